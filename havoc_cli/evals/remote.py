"""A minimal JSON client for a running ``havoc serve`` (``--url``), on the standard library only.

``HAVOC_API_KEY`` in the environment is sent as a bearer token, as ``havoc serve --api-key`` expects.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any

from havoc_cli.evals.errors import EvalUsageError


class ServerError(RuntimeError):
    """The server answered with an error status; the item fails with its message."""


def post_json(url: str, route: str, body: dict[str, Any], timeout: float = 300.0) -> dict[str, Any]:
    """POST ``body`` to ``url + route`` and return the JSON answer.

    An unreachable server is bad usage (EvalUsageError, exit 2); an error status is a ServerError.
    """
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    key = os.environ.get("HAVOC_API_KEY")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(
        url.rstrip("/") + route, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise EvalUsageError(f"{url} has no route {route}", "is it a `havoc serve` of this version?") from None
        raise ServerError(f"{route}: HTTP {exc.code}: {_message(exc)}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EvalUsageError(
            f"cannot reach {url} ({reason})", "start the server with `havoc serve`, or fix --url"
        ) from None


def _message(exc: urllib.error.HTTPError) -> str:
    try:
        document = json.loads(exc.read().decode("utf-8"))
        return document["error"]["message"]
    except (ValueError, KeyError, TypeError):
        return exc.reason
