"""The ``retrieve`` verb: ``retrieve "query" k=3 [index="DIR"] [method=dense|lexical|hybrid]``."""

from __future__ import annotations

from pathlib import Path

from plugins.api import Context, Invocation, Name, Result, StudyError, Table
from plugins.retrieval.store import METHODS, IndexCorrupt, IndexMissing, default_index_dir, open_index

KEYWORDS = {"k", "index", "method"}


def retrieve(ctx: Context, inv: Invocation) -> Result:
    """Rank the index's chunks for the query; ``data["hits"]`` holds them, best first."""
    inv.check_keywords(KEYWORDS)
    if not inv.args:
        raise StudyError(
            "retrieve needs a query", pos=inv.pos, hint='retrieve "Box-Behnken versus central composite" k=3'
        )
    inv.check_positional(1, "one query in quotes")
    query = ctx.string(inv.args[0])
    if not query.strip():
        raise StudyError("the query is empty", inv.args[0], hint="give a few words to search for")
    k_node = inv.keyword("k")
    k = ctx.integer(k_node, minimum=1) if k_node is not None else 5
    method = _method(ctx, inv)
    index_node = inv.keyword("index")
    folder = (ctx.base_dir / ctx.string(index_node)) if index_node is not None else default_index_dir()
    try:
        index = open_index(folder)
    except IndexMissing as exc:
        raise StudyError(
            f"no document index at {folder}",
            index_node,
            hint=f"build one with: havoc retrieve index PATH... --index {folder}",
        ) from exc
    except IndexCorrupt as exc:
        raise StudyError(str(exc), index_node, hint="rebuild it with: havoc retrieve index PATH...") from exc
    hits = index.search(query, k, method)
    method = method or index.method
    rows = [
        [i, round(h.score, 4), _where(h.source, h.start_line, h.end_line), h.heading, _excerpt(h.text)]
        for i, h in enumerate(hits, 1)
    ]
    summary = f"{len(hits)} passages for '{query}' from {folder} ({method})"
    data = {
        "query": query,
        "k": k,
        "method": method,
        "index": str(folder),
        "embedder": index.embedder_name,
        "hits": [h.to_dict() for h in hits],
    }
    table = Table(f"retrieve: {query}", ["rank", "score", "where", "heading", "passage"], rows)
    return Result("retrieve", data, tables=[table], summary=summary)


def _method(ctx: Context, inv: Invocation) -> str | None:
    node = inv.keyword("method")
    if node is None:
        return None
    method = node.id if isinstance(node, Name) else ctx.string(node)
    if method not in METHODS:
        raise StudyError(f"unknown ranking method '{method}'", node, hint=f"method= one of: {', '.join(METHODS)}")
    return method


def _where(source: str, start: int, end: int) -> str:
    name = Path(source).name
    return f"{name}:{start}" if start == end else f"{name}:{start}-{end}"


def _excerpt(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."
