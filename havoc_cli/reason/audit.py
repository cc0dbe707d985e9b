"""AUDIT: the tool's independent checks of the engine's result, and the confidence they give.

A tool's audit handler uses sympy, numpy, scipy or statsmodels directly on the facts its planner
extracted; expression text reaches sympy through the study grammar (``symbols.to_sympy``).
"""

from __future__ import annotations

from typing import Any

from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Check, Plan
from plugins.api.specs import ReasoningTool


def audit(tool: ReasoningTool, plan: Plan, result: dict[str, Any]) -> list[Check]:
    """Every check of the tool; a check that crashes counts as failed, with the error as detail."""
    try:
        checks = tool.part("audit")
        return list(checks(plan, result, to_sympy)) if checks is not None else []
    except Exception as exc:  # an audit that cannot run is a failed check, never a silent pass
        return [Check("audit ran", False, f"{type(exc).__name__}: {exc}")]


def confidence(base: float, checks: list[Check]) -> float:
    """``base`` times the share of checks passed; any failure caps it at 0.3, and so does having no check."""
    if not checks:
        return 0.3
    passed = sum(c.passed for c in checks)
    value = base * passed / len(checks)
    return round(min(value, 0.3) if passed < len(checks) else value, 3)
