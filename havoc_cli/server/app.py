"""The Starlette app: the route table (the API reference, as data), middleware and error handlers."""

from __future__ import annotations

from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from havoc_cli.server import native, openai_api, reasoning, retrieval
from havoc_cli.server.auth import BearerAuth
from havoc_cli.server.errors import HANDLERS, InternalErrors
from havoc_cli.server.openapi import openapi
from havoc_cli.server.state import ServerState

ROUTES = [
    Route("/", native.index, methods=["GET"], name="index"),
    Route("/health", native.health, methods=["GET"], name="health"),
    Route("/completion", native.completion, methods=["POST"], name="completion"),
    Route("/chat", native.chat, methods=["POST"], name="chat"),
    Route("/v1/models", openai_api.models, methods=["GET"], name="models"),
    Route("/v1/completions", openai_api.completions, methods=["POST"], name="completions"),
    Route("/v1/chat/completions", openai_api.chat_completions, methods=["POST"], name="chat_completions"),
    Route("/v1/reason", reasoning.reason, methods=["POST"], name="reason"),
    Route("/v1/retrieve", retrieval.retrieve, methods=["POST"], name="retrieve"),
    Route("/metrics", native.metrics, methods=["GET"], name="metrics"),
    Route("/openapi.json", openapi, methods=["GET"], name="openapi"),
]
KNOWN_PATHS = frozenset(route.path for route in ROUTES)


class RequestCounter:
    """ASGI middleware counting responses by method, route and status (unknown paths as "unmatched")."""

    def __init__(self, app: ASGIApp, state: ServerState) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        status = [500]

        async def recording_send(message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            route = scope["path"] if scope["path"] in KNOWN_PATHS else "unmatched"
            self.state.metrics.request(scope["method"], route, status[0])


def create_app(state: ServerState, api_key: str | None = None, cors_origins: list[str] | None = None) -> Starlette:
    """The app over a ready ServerState; the engine thread runs for the app's lifetime."""

    @asynccontextmanager
    async def lifespan(app: Starlette):
        state.engine.start()
        try:
            yield
        finally:
            state.engine.stop()
            state.reasoner.close()

    middleware = [Middleware(RequestCounter, state=state), Middleware(InternalErrors)]
    if cors_origins:
        middleware.append(
            Middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"], allow_headers=["*"])
        )
    middleware.append(Middleware(BearerAuth, api_key=api_key))
    app = Starlette(routes=ROUTES, middleware=middleware, exception_handlers=HANDLERS, lifespan=lifespan)
    app.state.server = state
    return app
