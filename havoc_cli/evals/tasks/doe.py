"""Task type ``doe``: study files run through the interpreter, their results checked against reference values.

Each item names a study (relative to the suite file) and a list of expectations. An expectation picks
a step (``{line: 5}`` or ``{verb: fit, kind: regression, index: 0}``), a path into that step's result
as ``havoc doe run --json`` prints it (``coef.1``, ``responses.y.effects[term=T].effect``, or a list of
keys, indices and ``{field: value}`` selectors), and a value: numbers (or lists of numbers) pass when
|got - value| <= atol + rtol * |value| elementwise; anything else must be equal.
"""

from __future__ import annotations

import contextlib
import math
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from havoc_cli.evals.options import Options
from havoc_cli.evals.records import Scored
from havoc_cli.evals.suite import Item, Suite, Where
from havoc_cli.evals.tasks import mean_metrics

SUITE_KEYS: set[str] = set()
ITEM_KEYS = {"study", "expect", "source"}
_SEGMENT = re.compile(r"^(?P<name>[^\[\]]+)?(?:\[(?P<field>[^=\]]+)=(?P<value>[^\]]*)\])?$")


def check_suite(top: Where, base: Path) -> dict[str, Any]:
    return {}


def check_item(where: Where, settings: dict[str, Any], base: Path) -> None:
    where.get("source", str, None)
    study = base / where.get("study", str, hint="the study file, relative to the suite file")
    if not study.is_file():
        where.fail("study", f"no such study file: {study}", "give its path relative to the suite file")
    _check_study(where, study)
    expectations = where.mappings("expect", hint="a list of {step, path, value, atol?, rtol?}")
    if not expectations:
        where.fail("expect", "no expectations", "add at least one {step, path, value}")
    for expect in expectations:
        expect.only({"step", "path", "value", "atol", "rtol", "note"}, "an expectation")
        step = expect.child("step", hint="e.g. step: {line: 5} or step: {verb: fit, kind: regression}")
        step.only({"line", "verb", "kind", "index"}, "a step selector")
        if "line" not in step.data and "verb" not in step.data:
            expect.fail("step", "a step is picked by 'line' or by 'verb' (and 'kind', 'index')", "e.g. {line: 5}")
        step.get("line", int, None)
        step.get("verb", str, None)
        step.get("kind", str, None)
        step.get("index", int, None)
        path = expect.get("path", (str, list))
        try:
            parse_path(path)
        except ValueError as exc:
            expect.fail("path", str(exc), "e.g. coef.1 or responses.y.effects[term=T].effect")
        if "value" not in expect.data:
            expect.fail(None, "missing field 'value'", "the reference value at the path")
        expect.number("atol", None, low=0.0)
        expect.number("rtol", None, low=0.0)


def _check_study(where: Where, study: Path) -> None:
    """The study must parse and its verbs resolve: the language's own error goes into the message."""
    from dsl.errors import StudySyntaxError, format_error
    from dsl.interpreter import resolve
    from dsl.parser import parse_file
    from plugins.api.errors import StudyError
    from plugins.registry import get_registry

    lines = study.read_text(encoding="utf-8", errors="replace").splitlines()
    try:
        resolve(parse_file(study), get_registry())
    except StudySyntaxError as exc:
        where.fail(
            "study",
            "the study does not parse:\n"
            + format_error(str(study), lines, exc.line, exc.column, exc.message, exc.hint),
        )
    except StudyError as exc:
        line, column = (exc.pos.line, exc.pos.column) if exc.pos else (None, None)
        where.fail(
            "study",
            "the study does not resolve:\n" + format_error(str(study), lines, line, column, exc.message, exc.hint),
        )


def parse_path(path: str | list[Any]) -> list[Any]:
    """Path segments: keys (str), list indices (int) and selectors (dict: the list entry whose fields match)."""
    if isinstance(path, list):
        if not path or not all(isinstance(p, (str, int, dict)) and not isinstance(p, bool) for p in path):
            raise ValueError("a path list holds keys, indices and {field: value} selectors")
        return path
    segments: list[Any] = []
    for part in path.split("."):
        match = _SEGMENT.match(part)
        if not part or match is None:
            raise ValueError(f"cannot read path segment '{part}' of '{path}'")
        name = match["name"]
        if name is not None:
            segments.append(int(name) if name.lstrip("-").isdigit() else name)
        if match["field"] is not None:
            segments.append({match["field"]: match["value"]})
    return segments


def default_category(data: dict[str, Any]) -> str | None:
    return None


def metrics(settings: dict[str, Any]) -> dict[str, str]:
    return {"accuracy": "min", "checks": "min"}


def describe(item: Item) -> Any:
    return {"study": item.data["study"], "expectations": len(item.data["expect"])}


@contextlib.contextmanager
def start(suite: Suite, options: Options) -> Iterator[Callable[[Item], Scored]]:
    if options.url:
        from havoc_cli.evals.errors import EvalUsageError

        raise EvalUsageError("doe suites run locally: the server has no study route", "drop --url for doe suites")
    yield lambda item: score(item, suite.base)


def score(item: Item, base: Path) -> Scored:
    """Run the item's study in a scratch folder and check each expectation."""
    steps = run_study(base / item.data["study"])
    checked = [check(steps, expect) for expect in item.data["expect"]]
    passed = sum(c["passed"] for c in checked)
    ok = passed == len(checked)
    failed = [f"{c['path']}: expected {c['value']!r}, got {c['got']!r}" for c in checked if not c["passed"]]
    expected = [{k: e[k] for k in ("step", "path", "value", "atol", "rtol") if k in e} for e in item.data["expect"]]
    output = [{"step": c["step"], "path": c["path"], "got": c["got"], "passed": c["passed"]} for c in checked]
    return Scored(
        output,
        expected,
        passed / len(checked),
        ok,
        {"accuracy": float(ok), "checks": passed / len(checked)},
        "; ".join(failed),
    )


def run_study(path: Path) -> list[dict[str, Any]]:
    """The steps of ``havoc doe run PATH --json``, with output files written to a scratch folder."""
    from dsl.interpreter import run
    from dsl.parser import parse_file
    from plugins.registry import get_registry

    with tempfile.TemporaryDirectory(prefix="havoc-eval-") as scratch:
        return run(parse_file(path), get_registry(), out_dir=Path(scratch)).to_dict()["steps"]


def check(steps: list[dict[str, Any]], expect: dict[str, Any]) -> dict[str, Any]:
    """One expectation against the steps: the value found and whether it is close enough."""
    selector = expect["step"]
    step = pick_step(steps, selector)
    got = None if step is None else follow(step["result"], parse_path(expect["path"]))
    ok = step is not None and close(got, expect["value"], expect.get("atol") or 0.0, expect.get("rtol") or 0.0)
    return {"step": selector, "path": expect["path"], "value": expect["value"], "got": got, "passed": ok}


def pick_step(steps: list[dict[str, Any]], selector: dict[str, Any]) -> dict[str, Any] | None:
    """The step at ``line``, or the index-th with ``verb`` (and ``kind``); None when there is none."""
    if "line" in selector:
        found = [s for s in steps if s["line"] == selector["line"]]
    else:
        found = [s for s in steps if s["verb"] == selector["verb"] and selector.get("kind") in (None, s["kind"])]
    index = selector.get("index", 0)
    return found[index] if -len(found) <= index < len(found) else None


def follow(value: Any, segments: list[Any]) -> Any:
    """Walk ``segments`` into ``value``; None when a key, index or selector finds nothing."""
    for segment in segments:
        if isinstance(segment, dict):
            if not isinstance(value, list):
                return None
            value = next((e for e in value if isinstance(e, dict) and _matches(e, segment)), None)
        elif isinstance(segment, int) and isinstance(value, list):
            value = value[segment] if -len(value) <= segment < len(value) else None
        elif isinstance(value, dict):
            value = value.get(str(segment))
        else:
            return None
        if value is None:
            return None
    return value


def _matches(entry: dict[str, Any], selector: dict[str, Any]) -> bool:
    return all(str(entry.get(k)) == str(v) for k, v in selector.items())


def close(got: Any, want: Any, atol: float, rtol: float) -> bool:
    """Numbers within atol + rtol*|want|, lists elementwise (same length), mappings by key, else equality."""
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and math.isfinite(got) and abs(got - want) <= atol + rtol * abs(want)
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(close(g, w, atol, rtol) for g, w in zip(got, want, strict=True))
        )
    if isinstance(want, dict):
        return (
            isinstance(got, dict)
            and want.keys() == got.keys()
            and all(close(got[k], want[k], atol, rtol) for k in want)
        )
    return got == want


def error_metrics(settings: dict[str, Any]) -> dict[str, float]:
    return {"accuracy": 0.0, "checks": 0.0}


def aggregate(settings: dict[str, Any], records: list[Any]) -> dict[str, float]:
    return mean_metrics(records)
