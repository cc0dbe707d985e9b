"""Where output goes: data on stdout, people's text and logs on stderr. Exit codes in one place."""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1  # the work ran and failed: a test, a threshold, a crash inside an engine
EXIT_USAGE = 2  # bad usage or bad input: the user can fix it


def stderr_console():  # rich is imported only when something is rendered
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def print_json(document: Any) -> None:
    """Write one JSON document to stdout (NaN and infinities become null)."""
    from plugins.api.results import jsonable

    sys.stdout.write(json.dumps(jsonable(document), indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One error message on stderr."""
    sys.stderr.write(message.rstrip() + "\n")
