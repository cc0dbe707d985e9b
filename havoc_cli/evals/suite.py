"""Suite files: a name, a task type, thresholds and items, all checked before anything runs.

Every problem is a ``SuiteError`` that names the file, the line, the item id and the field, and
says how to fix it, like the study language's errors (exit 2).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from havoc_cli.evals.errors import SuiteError
from havoc_cli.evals.thresholds import Threshold

TYPES = ("reason", "doe", "lm", "generate", "retrieve")
SUITE_KEYS = {"suite", "type", "description", "thresholds", "categories", "items"}
ITEM_KEYS = {"id", "category"}
_REQUIRED = object()
_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}


def _is(value: Any, kinds: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in kinds
    if isinstance(value, int) and float in kinds:
        return True
    return isinstance(value, kinds)


class Where:
    """A mapping in a suite file, and how to report a problem with one of its fields."""

    def __init__(self, data: dict[str, Any], path: tuple = (), item: str | None = None) -> None:
        self.data, self.path, self.item = data, path, item

    def fail(self, key: str | int | None, message: str, hint: str | None = None) -> NoReturn:
        """Raise a SuiteError pointing at ``key`` of this mapping (or at the mapping itself)."""
        raise SuiteError(message, self.path + ((key,) if key is not None else ()), item=self.item, hint=hint)

    def get(self, key: str, kinds: type | tuple[type, ...], default: Any = _REQUIRED, hint: str | None = None) -> Any:
        """The value of ``key`` checked against ``kinds``; without a default a missing key is an error."""
        kinds = kinds if isinstance(kinds, tuple) else (kinds,)
        wanted = " or ".join(_NAMES.get(k, k.__name__) for k in kinds)
        if key not in self.data or self.data[key] is None:
            if default is _REQUIRED:
                self.fail(None, f"missing field '{key}'", hint or f"add '{key}:' ({wanted})")
            return default
        value = self.data[key]
        if not _is(value, kinds):
            self.fail(key, f"expected {wanted}, got {type(value).__name__} {value!r}", hint)
        return value

    def number(self, key: str, default: Any = _REQUIRED, low: float | None = None) -> Any:
        """A number field (int or float), optionally at least ``low``."""
        value = self.get(key, float, default)
        if low is not None and self.data.get(key) is not None and value < low:
            self.fail(key, f"must be at least {low}, got {value}")
        return value

    def choice(self, key: str, options: tuple[str, ...], default: Any = _REQUIRED) -> Any:
        """A string field that must be one of ``options``."""
        value = self.get(key, str, default)
        if self.data.get(key) is not None and value not in options:
            self.fail(key, f"unknown {key} '{value}'", did_you_mean(value, options))
        return value

    def strings(self, key: str, default: Any = _REQUIRED) -> Any:
        """A list of strings (a single string is accepted as a list of one)."""
        value = self.get(key, (list, str), default)
        if isinstance(value, str):
            return [value]
        if value is default:
            return value
        for index, entry in enumerate(value):
            if not isinstance(entry, str):
                self.child_list(key, index).fail(None, f"expected a string, got {entry!r}")
        return value

    def child(self, key: str, default: Any = _REQUIRED, hint: str | None = None) -> Where | None:
        """The nested mapping at ``key`` as a Where (None when optional and absent)."""
        value = self.get(key, dict, default, hint)
        return None if value is None or value is default else Where(value, self.path + (key,), self.item)

    def child_list(self, key: str, index: int) -> Where:
        """Entry ``index`` of the list at ``key`` (for reporting, or when the entry is a mapping)."""
        entry = self.data[key][index]
        return Where(entry if isinstance(entry, dict) else {}, self.path + (key, index), self.item)

    def mappings(self, key: str, default: Any = _REQUIRED, hint: str | None = None) -> list[Where]:
        """A list of mappings at ``key``, each as a Where."""
        value = self.get(key, list, default, hint)
        if value is None:
            return []
        for index, entry in enumerate(value):
            if not isinstance(entry, dict):
                self.child_list(key, index).fail(None, f"entry {index + 1} should be a mapping, got {entry!r}")
        return [Where(entry, self.path + (key, i), self.item) for i, entry in enumerate(value)]

    def only(self, allowed: set[str], what: str) -> None:
        """Refuse keys outside ``allowed`` (a typo would otherwise be silently ignored)."""
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown field '{key}' for {what}", did_you_mean(str(key), sorted(allowed)))


def did_you_mean(word: str, options: Any) -> str:
    """A hint naming the closest option, or listing them all."""
    options = sorted(options)
    close = difflib.get_close_matches(word, options, n=1)
    listed = f"one of: {', '.join(options)}"
    return f"did you mean '{close[0]}'? ({listed})" if close else listed


@dataclass
class Item:
    """One item of a suite: its id, category and validated fields (task-specific)."""

    id: str
    category: str | None
    data: dict[str, Any]


@dataclass
class Suite:
    """A loaded, validated suite file."""

    path: Path
    name: str
    type: str
    settings: dict[str, Any]
    items: list[Item]
    metrics: dict[str, str]  # metric name -> "min" (higher is better) or "max" (lower is better)
    thresholds: list[Threshold] = field(default_factory=list)

    @property
    def base(self) -> Path:
        """The folder that relative paths in the suite are resolved against."""
        return self.path.parent

    def categories(self) -> list[str]:
        return sorted({i.category for i in self.items if i.category is not None})


def load_suite(path: Path) -> Suite:
    """Read and validate a suite file; any problem raises SuiteError with its file, line, item and field."""
    import yaml

    path = Path(path)
    if not path.is_file():
        error = SuiteError("no such suite file", hint="give the path of a suite .yaml (examples/evals/ has some)")
        error.file = str(path)
        raise error
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        error = SuiteError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", hint="fix the YAML syntax")
        error.file, error.lines = str(path), text.splitlines()
        if mark is not None:
            error.line, error.column = mark.line + 1, mark.column + 1
        raise error from None
    try:
        return _build(document, path)
    except SuiteError as error:
        error.file, error.lines = str(path), text.splitlines()
        if error.line is None and node is not None:
            error.line, error.column = _locate(node, error.path)
        raise


def _locate(node: Any, path: tuple) -> tuple[int, int]:
    """Line and column (1-based) of the deepest node of ``path`` that exists in the YAML tree."""
    import yaml

    for key in path:
        if isinstance(node, yaml.MappingNode):
            found = [value for name, value in node.value if name.value == str(key)]
            if not found:
                break
            node = found[0]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(document: Any, path: Path) -> Suite:
    from havoc_cli.evals import tasks

    if not isinstance(document, dict):
        raise SuiteError("a suite file is a mapping with 'suite', 'type' and 'items'", hint="see docs/eval.md")
    top = Where(document)
    name = top.get("suite", str, hint="name the suite: 'suite: my-suite'")
    kind = top.choice("type", TYPES) if "type" in document else top.get("type", str, hint=f"one of: {', '.join(TYPES)}")
    task = tasks.load(kind)
    top.only(SUITE_KEYS | task.SUITE_KEYS, f"a {kind} suite")
    settings = task.check_suite(top, path.parent)
    items: list[Item] = []
    seen: set[str] = set()
    for where in top.mappings("items"):
        item_id = where.get("id", str, hint="give every item a unique string id, e.g. 'id: q001'")
        where.item = item_id
        if item_id in seen:
            where.fail("id", f"duplicate id '{item_id}'", "every item needs its own id")
        seen.add(item_id)
        where.only(ITEM_KEYS | task.ITEM_KEYS, f"an item of a {kind} suite")
        category = where.get("category", str, None)
        task.check_item(where, settings, path.parent)
        items.append(Item(item_id, category or task.default_category(where.data), where.data))
    metrics = task.metrics(settings)
    suite = Suite(path, name, kind, settings, items, metrics)
    suite.thresholds = _thresholds(top, suite)
    return suite


def _thresholds(top: Where, suite: Suite) -> list[Threshold]:
    found: list[Threshold] = []
    scopes: list[tuple[Where, str | None]] = []
    overall = top.child("thresholds", None)
    if overall is not None:
        scopes.append((overall, None))
    per_category = top.child("categories", None)
    if per_category is not None:
        known = suite.categories()
        for category in per_category.data:
            if category not in known:
                per_category.fail(category, f"no item has category '{category}'", did_you_mean(str(category), known))
            scopes.append((per_category.child(category), category))
    for where, category in scopes:
        for metric in where.data:
            if metric not in suite.metrics:
                where.fail(
                    metric, f"unknown metric '{metric}' for a {suite.type} suite", did_you_mean(metric, suite.metrics)
                )
            found.append(Threshold(metric, float(where.number(metric)), category))
    return found
