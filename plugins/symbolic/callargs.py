"""Checking the arguments of an operation call: how many, and which name=value options."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from plugins.api import Call, StudyError

_ENGINE_ERRORS = (TypeError, ValueError, ArithmeticError, NotImplementedError, AttributeError)


def check_call(call: Call, usage: str, minimum: int, maximum: int, options: set[str] | None = None) -> None:
    """Raise a StudyError when ``call`` has too few or too many values, or an unknown option."""
    count = len(call.args)
    if count < minimum or count > maximum:
        raise StudyError(f"'{call.func}' takes {_count(minimum, maximum)}, found {count}", call, hint=f"use {usage}")
    allowed = sorted(options or ())
    for kw in call.keywords:
        if kw.name not in allowed:
            near = difflib.get_close_matches(kw.name, allowed, n=1)
            hint = f"did you mean '{near[0]}'?" if near else f"use {usage}"
            raise StudyError(f"unknown argument '{kw.name}' for '{call.func}'", kw, hint=hint)


def attempt(call: Call, compute: Callable[[], Any], failure: str, hint: str | None = None) -> Any:
    """Run an engine call; an engine's refusal (bad shape, no method) becomes a StudyError at ``call``."""
    try:
        return compute()
    except _ENGINE_ERRORS as exc:
        detail = f" ({exc})" if str(exc) else ""
        raise StudyError(f"{failure}{detail}", call, hint=hint) from None


def _count(minimum: int, maximum: int) -> str:
    if minimum == maximum:
        return f"{minimum} value{'s' if minimum != 1 else ''}"
    return f"{minimum} to {maximum} values"
