"""ARGUE: the alternatives a careful analyst would also run, and the assumption checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from havoc_cli.reason.execute import ExecuteError, run_program
from plugins.api.reasoning import Plan
from plugins.api.specs import ReasoningTool


@dataclass
class Alternative:
    """One extra statement and what it returned (``result`` None with ``error`` when it failed)."""

    name: str
    statement: str
    result: dict[str, Any] | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "statement": self.statement}
        if self.result is not None:
            out.update({k: self.result.get(k) for k in ("p_value", "statistic", "value", "test") if k in self.result})
        if self.error:
            out["error"] = self.error
        return out


def argue(tool: ReasoningTool, plan: Plan) -> list[Alternative]:
    """Run each of the tool's alternatives after the plan's bindings; a failing one is kept with its error."""
    try:
        statements = tool.part("alternatives")
        wanted = list(statements(plan)) if statements is not None else []
    except Exception as exc:  # a plugin's broken alternatives leave the primary result standing
        return [Alternative("alternatives", "", None, f"{type(exc).__name__}: {exc}")]
    bindings = "\n".join(line for line in plan.text.splitlines() if line.startswith("let "))
    out = []
    for name, statement in wanted:
        try:
            steps = run_program(f"{bindings}\n{statement}".strip(), plan.files)
            out.append(Alternative(name, statement, steps[-1]["result"]))
        except ExecuteError as exc:
            out.append(Alternative(name, statement, None, str(exc)))
    return out
