"""EXECUTE: parse a plan with the study grammar and run it through the registry."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from plugins.api.reasoning import Plan


class ExecuteError(RuntimeError):
    """The program did not run: the message carries the engine's or the grammar's words."""


def run_program(text: str, files: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Run study text in a temporary folder (data files written there); each step's JSON dict."""
    from dsl.errors import StudySyntaxError
    from dsl.interpreter import StepFailure, run
    from dsl.parser import parse
    from plugins.api.errors import StudyError
    from plugins.registry import get_registry

    with tempfile.TemporaryDirectory(prefix="havoc-reason-") as tmp:
        folder = Path(tmp)
        for name, content in (files or {}).items():
            (folder / name).write_text(content, encoding="utf-8")
        try:
            study = parse(text + "\n", path=folder / "reason.doe")
            report = run(study, get_registry(), out_dir=folder)
        except StudySyntaxError as exc:
            raise ExecuteError(f"the plan does not parse: line {exc.line}: {exc.message}") from None
        except StudyError as exc:
            raise ExecuteError(
                f"the plan was refused: {exc.message}" + (f" ({exc.hint})" if exc.hint else "")
            ) from None
        except StepFailure as exc:
            raise ExecuteError(str(exc)) from None
    return [step.to_dict() for step in report.steps]


def execute(plan: Plan) -> list[dict[str, Any]]:
    """Run the plan; the steps as ``havoc doe run --json`` records them."""
    return run_program(plan.text, plan.files)


def main_result(steps: list[dict[str, Any]]) -> dict[str, Any]:
    """The result of the last statement that is not a binding, factor or data load."""
    for step in reversed(steps):
        if step["verb"] not in {"let", "factor", "data", "response"}:
            return step["result"]
    raise ExecuteError("the plan produced no result")
