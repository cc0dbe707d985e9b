"""``GET /openapi.json``: built from the route table and the same field specs the validator reads."""

from __future__ import annotations

import inspect

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from havoc_cli import __version__
from havoc_cli.server.schemas import object_schema

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["type", "message", "param"],
            "properties": {
                "type": {"type": "string"},
                "message": {"type": "string"},
                "param": {"type": ["string", "null"]},
            },
        }
    },
}
ERRORS = {
    "400": "the body is not JSON",
    "401": "missing or wrong API key",
    "413": "the body is too large",
    "422": "a field is wrong (param names it)",
    "429": "queue full (Retry-After)",
}


def _operation(route: Route, method: str) -> dict:
    endpoint = route.endpoint
    doc = inspect.getdoc(endpoint) or ""
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    operation: dict = {
        "operationId": f"{method.lower()}_{route.name}",
        "summary": doc.splitlines()[0] if doc else route.name,
        "responses": {"200": {"description": "success (JSON, or text/event-stream when stream is true)"}},
    }
    fields = getattr(endpoint, "body", None)
    if fields is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": object_schema(fields)}},
        }
        codes = {**ERRORS, **getattr(endpoint, "unavailable", {})}
        operation["responses"].update({code: {"description": text, **error} for code, text in codes.items()})
    else:
        operation["responses"]["401"] = {"description": ERRORS["401"], **error}
    return operation


def openapi_document(routes: list[Route]) -> dict:
    """The OpenAPI 3.1 document of ``routes``."""
    paths: dict = {}
    for route in routes:
        for method in sorted(route.methods - {"HEAD"}):
            paths.setdefault(route.path, {})[method.lower()] = _operation(route, method)
    return {
        "openapi": "3.1.0",
        "info": {"title": "havoc", "version": __version__},
        "paths": paths,
        "components": {
            "schemas": {"Error": ERROR_SCHEMA},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


async def openapi(request: Request) -> JSONResponse:
    """This document."""
    return JSONResponse(openapi_document(request.app.routes))
