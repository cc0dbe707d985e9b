"""Bearer-token authentication: when a key is configured every route except ``GET /health`` needs it."""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from havoc_cli.server.errors import error_response

OPEN_PATHS = frozenset({"/health"})


class BearerAuth:
    """ASGI middleware: ``Authorization: Bearer KEY`` compared in constant time, 401 otherwise."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app, self.key = app, (api_key or "").encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.key or scope["path"] in OPEN_PATHS:
            return await self.app(scope, receive, send)
        header = dict(scope["headers"]).get(b"authorization", b"")
        scheme, _, token = header.partition(b" ")
        if scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), self.key):
            return await self.app(scope, receive, send)
        response = error_response(
            401, "missing or wrong API key: send the header 'Authorization: Bearer KEY'", None,
            {"WWW-Authenticate": "Bearer"},
        )  # fmt: skip
        await response(scope, receive, send)
