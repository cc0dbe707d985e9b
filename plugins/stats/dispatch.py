"""The family verbs (test, fit, interval, power): hand the statement to its registered kind."""

from __future__ import annotations

from plugins.api import Context, Invocation, Result


def dispatch(ctx: Context, inv: Invocation) -> Result:
    """Run the kind the interpreter resolved; the verb's name is its kind family."""
    kind = ctx.registry.kinds_of(inv.verb)[inv.kind]
    return kind.load()(ctx, inv)
