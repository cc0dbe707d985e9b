"""Server-sent events: ``data: {json}`` lines, a final ``data: [DONE]``, and a generation that stops when
the client goes away (Starlette cancels the body iterator on disconnect; ``finally`` frees the row)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

from starlette.responses import StreamingResponse

from havoc_cli.server.errors import error_body

log = logging.getLogger("havoc.serve")

DONE = b"data: [DONE]\n\n"


def event(document: dict, name: str | None = None) -> bytes:
    """One SSE event carrying a JSON document (``event: name`` first when the event is named)."""
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + json.dumps(document, ensure_ascii=False).encode() + b"\n\n"


async def _guarded(events: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The events; a fault after the headers went out becomes an error event and ``[DONE]`` (logged here)."""
    try:
        async for item in events:
            yield item
    except Exception:
        log.exception("stream failed")
        yield event(error_body(500, "internal server error; the cause is in the server log"))
        yield DONE


def sse_response(events: AsyncIterator[bytes]) -> StreamingResponse:
    """A text/event-stream response over ``events``."""
    return StreamingResponse(
        _guarded(events),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
