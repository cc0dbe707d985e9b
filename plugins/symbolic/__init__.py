"""Built-in plugin ``symbolic``: the ``show`` verb, exact mathematics through sympy.

This registration module imports nothing heavy: sympy is imported by the handler on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Verb


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="show",
            handler="plugins.symbolic.show:show",
            summary="evaluate one math expression: show diff(x^3 * sin(x), x)  |  show solve(x^2 == 4, x)",
        )
    )
