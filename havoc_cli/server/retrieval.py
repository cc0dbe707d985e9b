"""``POST /v1/retrieve``: the best passages of the server's document index for a query.

The index is the one ``havoc serve --index DIR`` names (by default the default index folder when it
holds one); without one the route answers 503 saying how to build it. Opening and searching run on
a worker thread: the first dense query may load the embedding model.
"""

from __future__ import annotations

import asyncio
import time

from starlette.requests import Request
from starlette.responses import JSONResponse

from havoc_cli.server import schemas
from havoc_cli.server.errors import ApiError
from havoc_cli.server.state import read_body, server


async def retrieve(request: Request) -> JSONResponse:
    """Search the document index: ranked passages with source, heading, lines, text and score."""
    state = server(request)
    body = await read_body(request, schemas.RETRIEVE)
    if state.index_dir is None:
        raise ApiError(
            503,
            "this server has no document index: build one with `havoc retrieve index PATH... --index DIR` "
            "and start the server with `havoc serve --index DIR`",
        )
    started = time.perf_counter()
    hits = await asyncio.to_thread(_search, state.index_dir, body["query"], body["k"], body["method"])
    state.metrics.retrieval(time.perf_counter() - started)
    return JSONResponse({"object": "list", "index": str(state.index_dir), "data": [h.to_dict() for h in hits]})


def _search(index_dir, query: str, k: int, method: str | None) -> list:
    from havoc_cli.reason.ground import open_cached
    from plugins.retrieval.store import IndexCorrupt, IndexMissing

    try:
        index = open_cached(index_dir)
    except (IndexMissing, IndexCorrupt) as exc:
        raise ApiError(503, str(exc)) from None
    try:
        return index.search(query, k, method)
    except ValueError as exc:  # a query with nothing to search for
        raise ApiError(422, str(exc), "query") from None


retrieve.body = schemas.RETRIEVE
retrieve.unavailable = {"503": "no document index (start the server with --index DIR)"}
