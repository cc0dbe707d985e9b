"""``havoc retrieve``: build and search document indexes, and find a needle in a text.

The engines (faiss, numpy, sentence-transformers) are imported inside the commands, so
``havoc --help`` stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_USAGE, error, print_json, stderr_console

app = typer.Typer(
    help="Build and search document indexes (faiss + BM25), and find a passage in a long text.",
    no_args_is_help=True,
)

IndexDir = Annotated[
    Path | None,
    typer.Option("--index", help="The index folder (default: $HAVOC_INDEX, else runs/index).", show_default=False),
]
EmbedderName = Annotated[
    str | None,
    typer.Option(
        "--embedder", help="minilm (sentence model) or lexical (no model); default: $HAVOC_EMBEDDER or minilm."
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
METHOD_HELP = "dense (embeddings), lexical (BM25) or hybrid (reciprocal-rank fusion of both); default: hybrid."


def _fail(message: str) -> typer.Exit:
    error(f"error: {message}")
    return typer.Exit(EXIT_USAGE)


def _folder(index: Path | None) -> Path:
    from plugins.retrieval.store import default_index_dir

    return index if index is not None else default_index_dir()


@app.command("index")
def index_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to index.", show_default=False)],
    index: IndexDir = None,
    embedder: EmbedderName = None,
    hnsw_above: Annotated[
        int, typer.Option("--hnsw-above", min=0, help="Use HNSW instead of exact search above this many chunks.")
    ] = 100_000,
    json: JsonFlag = False,
) -> None:
    """Index .md, .txt, .rst, .py (docstrings) and .pdf files; re-indexing updates only what changed."""
    from plugins.retrieval.embedders import UnknownEmbedder
    from plugins.retrieval.indexing import IndexBusy, index_paths
    from plugins.retrieval.loaders import LoadError
    from plugins.retrieval.store import IndexCorrupt, IndexMismatch

    folder = _folder(index)
    try:
        with _progress() as progress:
            report = index_paths(paths, folder, embedder or os.environ.get("HAVOC_EMBEDDER"), progress, hnsw_above)
    except (LoadError, IndexMismatch, IndexCorrupt, IndexBusy, UnknownEmbedder) as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        error(f"interrupted: the index in {folder} is as it was")
        raise typer.Exit(130) from None
    if json:
        print_json(report.to_dict())
        return
    files, chunks = report.to_dict()["files"], report.to_dict()["chunks"]
    typer.echo(
        f"{folder}: {chunks['total']} chunks ({report.embedder}, {report.vector_index}); "
        f"added {chunks['added']}, kept {chunks['kept']}, removed {chunks['removed']}, "
        f"duplicates skipped {chunks['duplicates_skipped']}; files new {files['new']}, changed {files['changed']}, "
        f"unchanged {files['unchanged']}, removed {files['removed']} in {report.seconds:.1f} s"
    )
    for skipped in report.skipped:
        error(f"warning: skipped {skipped['reason']}")


class _progress:
    """A rich progress bar on stderr, one task per phase; called as ``progress(phase, done, total)``."""

    def __enter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr_console(),
            transient=True,
        )
        self._tasks: dict[str, int] = {}
        self._bar.__enter__()
        return self

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase not in self._tasks:
            self._tasks[phase] = self._bar.add_task(phase, total=total)
        self._bar.update(self._tasks[phase], completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self._bar.__exit__(*exc)


@app.command("query")
def query_command(
    query: Annotated[str, typer.Argument(help="What to search for, in your own words.", show_default=False)],
    k: Annotated[int, typer.Option("-k", "--k", min=1, help="How many passages to return.")] = 5,
    index: IndexDir = None,
    method: Annotated[str | None, typer.Option("--method", help=METHOD_HELP, show_default=False)] = None,
    embedder: Annotated[
        str | None, typer.Option("--embedder", help="Refuse the index unless this embedder built it.")
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Ranked passages for a query: source, lines, heading, score and text (query words highlighted)."""
    from plugins.retrieval.store import METHODS, IndexCorrupt, IndexMismatch, IndexMissing, open_index

    if method is not None and method not in METHODS:
        raise _fail(f"unknown --method '{method}' (use one of: {', '.join(METHODS)})")
    folder = _folder(index)
    try:
        opened = open_index(folder, embedder)
        hits = opened.search(query, k, method)
    except (IndexMissing, IndexMismatch, IndexCorrupt, ValueError) as exc:
        raise _fail(str(exc)) from None
    if json:
        print_json(
            {
                "query": query,
                "k": k,
                "method": method or opened.method,
                "index": str(folder),
                "embedder": opened.embedder_name,
                "hits": [h.to_dict() for h in hits],
            }
        )
        return
    _show_hits(query, hits, method or opened.method)


def _show_hits(query: str, hits: list, method: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    from plugins.retrieval.tokens import terms

    console = Console(highlight=False)
    if not hits:
        console.print(f"no passages match '{escape(query)}'")
        return
    wanted = set(terms(query))
    for rank, hit in enumerate(hits, start=1):
        lines = f"{hit.start_line}" if hit.start_line == hit.end_line else f"{hit.start_line}-{hit.end_line}"
        console.print(
            f"[bold]{rank}.[/bold] [cyan]{escape(_shown(hit.source))}:{lines}[/cyan]"
            f"  [bold]{escape(hit.heading)}[/bold]  [dim]{method} {hit.score:.4f}[/dim]"
        )
        console.print(_highlighted(hit.text, wanted))
        console.print()


def _highlighted(text: str, wanted: set[str]):
    """``text`` as rich Text with every word whose terms include a wanted term in bold yellow."""
    from rich.text import Text

    from plugins.retrieval.tokens import term_spans

    out = Text(text)
    for start, end, found in term_spans(text):
        if wanted.intersection(found):
            out.stylize("bold yellow", start, end)
    return out


def _shown(source: str) -> str:
    """A source path relative to the working folder when it lies under it."""
    try:
        return str(Path(source).relative_to(Path.cwd()))
    except ValueError:
        return source


@app.command("find")
def find_command(
    context: Annotated[Path, typer.Option("--context", help="The text file to search in.", show_default=False)],
    needle: Annotated[str, typer.Option("--needle", help="The passage to find (need not be exact).")],
    k: Annotated[int, typer.Option("-k", "--k", min=1, help="How many places to return.")] = 3,
    embedder: Annotated[
        str, typer.Option("--embedder", help="Embedder for inexact matches: lexical or minilm.")
    ] = "lexical",
    json: JsonFlag = False,
) -> None:
    """Needle in a haystack: line, column and offsets of a passage, its similarity and a confidence."""
    from plugins.retrieval.needle import find

    if not context.is_file():
        raise _fail(f"no such file: {context}")
    try:
        text = context.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _fail(f"{context} is not UTF-8 text; convert it first (e.g. iconv -t utf-8)") from None
    try:
        result = find(text, needle, k, embedder)
    except ValueError as exc:  # an empty needle or context, an unknown embedder
        raise _fail(str(exc)) from None
    if json:
        print_json(result.to_dict())
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    shown = "n/a" if result.confidence is None else f"{result.confidence:.3f}"
    console.print(f"{result.method} match, confidence {shown}")
    for match in result.matches:
        console.print(
            f"[cyan]{escape(str(context))}:{match.line}:{match.column}[/cyan] "
            f"[dim]chars {match.start}-{match.end}, similarity {match.similarity:.3f}[/dim]"
        )
        console.print(f"  {escape(match.text)}")
