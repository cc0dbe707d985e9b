"""Reading documents into headed sections: Markdown, reStructuredText, plain text, Python docstrings, PDF.

A section is a run of lines under one heading, with the line number of its first line, so every
chunk cut from it knows where it came from. Python files are parsed with ``ast`` and never imported.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".md", ".markdown", ".txt", ".rst", ".py", ".pdf")
_SKIPPED_DIRS = {"__pycache__", "node_modules", "site-packages"}


class LoadError(ValueError):
    """A path or file that cannot be indexed; the message names it and says what to do."""


@dataclass(frozen=True)
class Section:
    """Lines under one heading; ``first_line`` is the 1-based source line of ``lines[0]``."""

    heading: str
    lines: tuple[str, ...]
    first_line: int


@dataclass(frozen=True)
class Document:
    source: str
    sections: tuple[Section, ...]


def collect_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """``(named, walked)``: the files given by name, and the indexable files found under given folders.

    Hidden entries and cache folders are not walked. Raises LoadError for a path that does not exist
    or a named file of a kind that cannot be read.
    """
    named: list[Path] = []
    walked: list[Path] = []
    for path in paths:
        if not path.exists():
            raise LoadError(f"no such file or folder: {path}")
        if path.is_dir():
            walked.extend(_walk(path))
        elif path.suffix.lower() in SUFFIXES:
            named.append(path)
        else:
            raise LoadError(
                f"cannot index {path}: unknown kind of file '{path.suffix}' (havoc reads {', '.join(SUFFIXES)})"
            )
    named = _unique(named)
    given = set(named)
    return named, [p for p in _unique(walked) if p not in given]


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") or part in _SKIPPED_DIRS for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            yield path


def _unique(paths: list[Path]) -> list[Path]:
    seen: dict[Path, None] = {}
    for path in paths:
        seen.setdefault(path.resolve(), None)
    return list(seen)


def load_file(path: Path, data: bytes) -> Document:
    """The sections of one file, from its bytes (already read, so the hash and the text agree)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return Document(str(path), tuple(_pdf_sections(path, data)))
    return load_text(str(path), data.decode("utf-8", errors="replace"), suffix)


def load_text(source: str, text: str, suffix: str | None = None) -> Document:
    """Sections of a text; the format comes from ``suffix`` (default: the source's), Markdown if unknown."""
    suffix = (suffix or Path(source).suffix).lower()
    if suffix == ".py":
        try:
            sections = list(python_sections(text, _module_name(source)))
        except SyntaxError as exc:
            raise LoadError(f"cannot read the docstrings of {source}: line {exc.lineno}: {exc.msg}") from None
    elif suffix == ".rst":
        sections = list(_rst_sections(text.splitlines()))
    elif suffix == ".txt":
        sections = [Section("", tuple(text.splitlines()), 1)]
    else:
        sections = list(_markdown_sections(text.splitlines()))
    return Document(source, tuple(s for s in sections if any(line.strip() for line in s.lines)))


# ---- Markdown ------------------------------------------------------------------------------------
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")


def _markdown_sections(lines: list[str]) -> Iterator[Section]:
    path: list[tuple[int, str]] = []  # (level, title) of the open headings
    body: list[str] = []
    start, fence, i = 1, None, 0

    def flush(next_start: int) -> Iterator[Section]:
        nonlocal body, start
        if body:
            yield Section(" > ".join(t for _, t in path), tuple(body), start)
        body, start = [], next_start

    while i < len(lines):
        line = lines[i]
        marker = _FENCE.match(line)
        if fence is not None or marker:
            if fence is None:
                fence = marker.group(1)[0] * len(marker.group(1))
            elif line.strip().startswith(fence):
                fence = None
            body.append(line)
            i += 1
            continue
        atx = _ATX.match(line)
        setext = (
            i + 1 < len(lines) and line.strip() and not _paragraph_open(body) and _SETEXT.match(lines[i + 1])
        ) and not line.lstrip().startswith(("-", "*", "+", ">"))
        if atx or setext:
            level = len(atx.group(1)) if atx else (1 if lines[i + 1].strip()[0] == "=" else 2)
            title = atx.group(2) if atx else line.strip()
            step = 1 if atx else 2
            yield from flush(i + step + 1)
            path[:] = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
            i += step
            continue
        body.append(line)
        i += 1
    yield from flush(len(lines) + 1)


def _paragraph_open(body: list[str]) -> bool:
    """True when the previous line continues a paragraph, so a '---' below the next line is a rule."""
    return bool(body) and bool(body[-1].strip())


# ---- reStructuredText ----------------------------------------------------------------------------
_RST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.<>_])\1{2,}\s*$")


def _rst_sections(lines: list[str]) -> Iterator[Section]:
    styles: list[tuple[str, bool]] = []  # adornment styles in order of first use: their level
    path: list[tuple[int, str]] = []
    body: list[str] = []
    start, i = 1, 0
    while i < len(lines):
        over = bool(_RST_ADORNMENT.match(lines[i])) and i + 2 < len(lines) and _RST_ADORNMENT.match(lines[i + 2])
        title_at = i + 1 if over else i
        under = title_at + 1
        is_title = (
            under < len(lines)
            and lines[title_at].strip()
            and not _RST_ADORNMENT.match(lines[title_at])
            and _RST_ADORNMENT.match(lines[under])
            and len(lines[under].rstrip()) >= len(lines[title_at].strip())
            and (title_at == 0 or not lines[title_at - 1].strip() or over)
        )
        if is_title:
            style = (lines[under].strip()[0], bool(over))
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
            if body:
                yield Section(" > ".join(t for _, t in path), tuple(body), start)
            path[:] = [(lv, t) for lv, t in path if lv < level] + [(level, lines[title_at].strip())]
            body, i = [], under + 1
            start = i + 1
            continue
        body.append(lines[i])
        i += 1
    if body:
        yield Section(" > ".join(t for _, t in path), tuple(body), start)


# ---- Python docstrings ---------------------------------------------------------------------------
_DOC_SECTION_RULE = re.compile(r"^\s*-{3,}\s*$")
_GOOGLE_SECTION = re.compile(
    r"^(Args|Arguments|Parameters|Returns|Yields|Raises|Examples?|Notes?|Attributes|References|See Also):\s*$"
)


def _module_name(source: str) -> str:
    """The dotted module name of a .py path: folders holding an __init__.py count as packages."""
    path = Path(source)
    parts = [] if path.stem == "__init__" else [path.stem]
    folder = path.parent
    while (folder / "__init__.py").is_file() and folder != folder.parent:
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts) or path.stem


def python_sections(text: str, module: str) -> Iterator[Section]:
    """Docstring sections of a module, its public classes, functions and methods, headed by qualified name.

    A numpydoc or Google-style docstring is split at its sections (Parameters, Returns, Notes ...);
    every part keeps the qualified name (``ttest_ind``, ``OLS.fit``) as its heading. Private names
    (``_helper``, and everything inside a ``_Private`` class) are skipped; dunders such as ``__init__`` are kept.
    """
    tree = ast.parse(text)
    for qualname, node in _documented(tree, module):
        expr = node.body[0]
        lines = _docstring_lines(expr.value.value)
        for offset, part in _split_docstring(lines):
            yield Section(qualname, tuple(part), expr.lineno + offset)


def _documented(tree: ast.Module, module: str) -> Iterator[tuple[str, ast.AST]]:
    if ast.get_docstring(tree, clean=False) is not None:
        yield module, tree
    kinds = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)

    def visit(node: ast.AST, prefix: str) -> Iterator[tuple[str, ast.AST]]:
        for child in getattr(node, "body", []):
            if isinstance(child, kinds) and not _private(child.name):
                name = f"{prefix}{child.name}"
                if ast.get_docstring(child, clean=False) is not None:
                    yield name, child
                if isinstance(child, ast.ClassDef):  # methods and nested classes; not functions' inner helpers
                    yield from visit(child, f"{name}.")

    yield from visit(tree, "")


def _private(name: str) -> bool:
    """``_helper`` is an implementation detail; ``__init__`` and other dunders document the public API."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _docstring_lines(raw: str) -> list[str]:
    """The docstring's lines with the common indentation removed; one list entry per source line."""
    lines = raw.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents, default=0)
    return [lines[0].strip()] + [line[cut:].rstrip() for line in lines[1:]]


def _split_docstring(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """``(offset, lines)`` parts: a new part starts at each numpydoc or Google section header."""
    starts = [0]
    for i, line in enumerate(lines):
        numpydoc = i + 1 < len(lines) and line.strip() and _DOC_SECTION_RULE.match(lines[i + 1])
        if (numpydoc or _GOOGLE_SECTION.match(line)) and i > 0:
            starts.append(i)
    starts.append(len(lines))
    for begin, end in zip(starts, starts[1:], strict=False):
        part = lines[begin:end]
        if any(line.strip() for line in part):
            yield begin, part


# ---- PDF -----------------------------------------------------------------------------------------
def _pdf_sections(path: Path, data: bytes) -> Iterator[Section]:
    """One section per page, headed ``page N``; line numbers count extracted lines across the file."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError(f"cannot read {path}: the PDF is encrypted (decrypt it first, e.g. qpdf --decrypt)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        if isinstance(exc, LoadError):
            raise
        raise LoadError(f"cannot read {path}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(page.strip() for page in pages):
        raise LoadError(f"cannot read {path}: the PDF has no text layer (a scanned PDF needs OCR first)")
    line = 1
    for number, page in enumerate(pages, start=1):
        lines = page.splitlines()
        yield Section(f"page {number}", tuple(lines), line)
        line += len(lines)
