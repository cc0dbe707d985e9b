"""Documentation strings of the installed scientific packages, read at run time for the default corpus.

Each public sub-package of a root package (``scipy.stats``, ``numpy.linalg``, ...) is imported, and the
documentation of its public functions, classes and their public methods becomes one document headed by
the object's dotted name. Private names, test suites and build helpers are skipped; a sub-package that
fails to import is skipped and counted; identical docstrings (aliases, shared ufunc docs) are kept once.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType

PACKAGES = ("numpy", "scipy", "statsmodels", "sympy")

# Sub-packages with no user-facing mathematics, or whose import is slow or noisy.
_SKIP = frozenset(
    {
        "tests",
        "testing",
        "conftest",
        "distutils",
        "f2py",
        "sandbox",
        "datasets",
        "benchmarks",
        "plotting",
        "interactive",
        "this",
        "parsing",
        "compat",
        "includes",
        "misc",
        "version",
        "release",
        "external",
        "galgebra",
        "graphics",
        "iolib",
        "io",
    }
)


@dataclass
class DocstringHarvest:
    """The documents found for one root package, and the sub-packages that could not be imported."""

    package: str
    documents: list[str] = field(default_factory=list)
    failed_imports: list[str] = field(default_factory=list)


def _public_children(path: list[str], prefix: str) -> Iterator[pkgutil.ModuleInfo]:
    for info in pkgutil.iter_modules(path, prefix):
        leaf = info.name.rsplit(".", 1)[1]
        if not leaf.startswith("_") and leaf not in _SKIP:
            yield info


def _public_submodules(root: ModuleType) -> list[str]:
    """The root, its public children, and each child package's ``api`` module (statsmodels keeps its API there)."""
    names = [root.__name__]
    for info in _public_children(getattr(root, "__path__", []), root.__name__ + "."):
        names.append(info.name)
        if info.ispkg:
            location = getattr(info.module_finder, "path", None)
            if location is not None:
                child_path = [f"{location}/{info.name.rsplit('.', 1)[1]}"]
                names.extend(
                    sub.name for sub in _public_children(child_path, info.name + ".") if sub.name.endswith(".api")
                )
    return sorted(names)


def _import_quietly(name: str) -> ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return importlib.import_module(name)


def _members(module: ModuleType, package: str) -> Iterator[tuple[str, object]]:
    """Public functions and classes in a module's namespace that belong to the package, by sorted name."""
    for name in sorted(vars(module)):
        if name.startswith("_"):
            continue
        obj = vars(module)[name]
        owner = getattr(obj, "__module__", None) or ""
        if owner.split(".")[0] != package:
            continue
        if inspect.isclass(obj) or callable(obj):
            yield f"{module.__name__}.{name}", obj


def _methods(cls: type) -> Iterator[tuple[str, object]]:
    for name in sorted(vars(cls)):
        if not name.startswith("_"):
            yield name, vars(cls)[name]


def _document(title: str, obj: object) -> str | None:
    try:
        doc = inspect.getdoc(obj)
    except Exception:  # a broken __doc__ property on some third-party object
        return None
    if not doc or len(doc) < 40:
        return None
    return f"{title}\n\n{doc.strip()}"


def _module_documents(module: ModuleType, package: str) -> list[str]:
    """The documents of one module: its own docstring, its public members and their public methods."""
    candidates: list[tuple[str, object]] = [(module.__name__, module)]
    for title, obj in _members(module, package):
        candidates.append((title, obj))
        if inspect.isclass(obj):
            candidates.extend((f"{title}.{name}", method) for name, method in _methods(obj))
    return [text for title, obj in candidates if (text := _document(title, obj)) is not None]


def _round_robin(per_module: list[list[str]]) -> Iterator[str]:
    """One document from each module in turn, so a size cap samples every module instead of the first few."""
    for row in range(max((len(docs) for docs in per_module), default=0)):
        for docs in per_module:
            if row < len(docs):
                yield docs[row]


def harvest(package: str, max_chars: int, deadline: float) -> DocstringHarvest:
    """Collect at most ``max_chars`` of documentation from ``package``; imports stop at ``deadline`` (monotonic)."""
    result = DocstringHarvest(package)
    try:
        root = _import_quietly(package)
    except Exception:
        result.failed_imports.append(package)
        return result
    per_module: list[list[str]] = []
    for module_name in _public_submodules(root):
        if time.monotonic() > deadline:
            break
        try:
            module = _import_quietly(module_name)
        except Exception:
            result.failed_imports.append(module_name)
            continue
        per_module.append(_module_documents(module, package))
    seen: set[str] = set()
    total = 0
    for text in _round_robin(per_module):
        body = text.split("\n\n", 1)[1]
        if body in seen or total + len(text) > max_chars:  # a document too long for what is left is skipped
            continue
        seen.add(body)
        result.documents.append(text)
        total += len(text)
    return result
