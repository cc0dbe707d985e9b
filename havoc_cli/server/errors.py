"""Every error leaves the server as ``{"error": {"type", "message", "param"}}`` with a fitting status."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("havoc.serve")

TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "method_not_allowed",
    413: "request_too_large",
    422: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    503: "overloaded_error",
}


class ApiError(Exception):
    """An error answered to the client: HTTP status, message, and the request field at fault (if any)."""

    def __init__(self, status: int, message: str, param: str | None = None, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.headers = status, message, param, headers or {}


class ClientGone(Exception):
    """The client hung up before its answer was ready."""


def error_body(status: int, message: str, param: str | None = None) -> dict:
    """The JSON document of an error."""
    return {"error": {"type": TYPES.get(status, "error"), "message": message, "param": param}}


def error_response(status: int, message: str, param: str | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, param), status_code=status, headers=headers)


async def on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.param, exc.headers)


async def on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's own 404 / 405 in the API's shape."""
    assert isinstance(exc, HTTPException)
    messages = {
        404: f"no route {request.url.path}; GET / lists the routes",
        405: f"{request.method} is not allowed on {request.url.path}",
    }
    return error_response(exc.status_code, messages.get(exc.status_code, str(exc.detail)), None, exc.headers)


async def on_client_gone(request: Request, exc: Exception) -> Response:
    """Nobody reads this: 499 (nginx's "client closed request") is for the metrics and the access log."""
    return Response(status_code=499)


HANDLERS = {ApiError: on_api_error, HTTPException: on_http_exception, ClientGone: on_client_gone}


class InternalErrors:
    """ASGI middleware: anything unexpected is logged with its traceback and answered as a plain 500
    (the connection stays usable; a response already started is left to end as it can)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if scope["type"] != "http" or started:
                raise
            log.exception("internal error on %s %s", scope["method"], scope["path"])
            await error_response(500, "internal server error; the cause is in the server log")(scope, receive, send)
