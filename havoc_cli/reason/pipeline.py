"""The staged pipeline: MODE -> GROUND -> PLAN -> EXECUTE -> ARGUE -> ARBITER -> AUDIT -> ANSWER."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from havoc_cli.reason import answer as answer_stage
from havoc_cli.reason.arbiter import arbitrate
from havoc_cli.reason.argue import argue
from havoc_cli.reason.audit import audit, confidence
from havoc_cli.reason.execute import ExecuteError, execute, main_result
from havoc_cli.reason.ground import ground
from havoc_cli.reason.mode import UNSUPPORTED, classify
from havoc_cli.reason.plan import Plan, PlanError, make_plan


@dataclass
class Outcome:
    """Everything ``havoc reason --json`` prints; ``answered`` decides the exit code."""

    question: str
    answered: bool = False
    mode: str | None = None
    plan: str | None = None
    plan_files: dict[str, str] = field(default_factory=dict)
    result: Any = None
    answer: str = ""
    confidence: float = 0.0
    checks: list[dict[str, Any]] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        keys = ("question", "answered", "mode", "plan", "result", "answer", "confidence", "checks", "caveats", "stages")
        return {k: getattr(self, k) for k in keys}


@contextmanager
def _stage(outcome: Outcome, name: str) -> Iterator[dict[str, Any]]:
    record: dict[str, Any] = {"name": name}
    start = time.perf_counter()
    try:
        yield record
    finally:
        record["seconds"] = round(time.perf_counter() - start, 4)
        outcome.stages.append(record)


def _fail(outcome: Outcome, message: str) -> Outcome:
    outcome.answer = message
    outcome.confidence = 0.0
    return outcome


def reason(question: str, plan_only: bool = False) -> Outcome:
    """Answer ``question``; an unanswerable one comes back with ``answered`` False and the reason."""
    outcome = Outcome(question)
    with _stage(outcome, "mode") as rec:
        found = classify(question)
        outcome.mode = found.mode
        rec.update({"mode": found.mode, "scores": {k: v for k, v in found.scores.items() if v}})
    if found.mode is None:
        return _fail(outcome, "could not classify the question: name the task (derivative, solve, t-test, "
                     "design, Cpk, sample size, ...) and give the numbers")  # fmt: skip
    if found.mode in UNSUPPORTED:
        return _fail(outcome, f"understood as {found.mode}, but {UNSUPPORTED[found.mode]}")
    with _stage(outcome, "ground") as rec:
        passages = ground(question, found.mode)
        rec["passages"] = [p.to_dict() for p in passages]
    with _stage(outcome, "plan") as rec:
        try:
            plan = make_plan(question, found.mode)
        except PlanError as exc:
            rec["error"] = str(exc)
            return _fail(outcome, f"understood as {found.mode}, but {exc}")
        outcome.plan, outcome.plan_files = plan.text, plan.files
        rec["facts"] = plan.facts
    if plan_only:
        outcome.answered = True
        outcome.answer = "plan only (not run)"
        return outcome
    return _run(outcome, plan, passages)


def _run(outcome: Outcome, plan: Plan, passages: list) -> Outcome:
    with _stage(outcome, "execute") as rec:
        try:
            primary = main_result(execute(plan))
        except ExecuteError as exc:
            rec["error"] = str(exc)
            return _fail(outcome, f"understood as {plan.mode}, but the engines refused the plan: {exc}")
        rec["result_kind"] = primary.get("kind")
    with _stage(outcome, "argue") as rec:
        alternatives = argue(plan)
        rec["alternatives"] = [a.to_dict() for a in alternatives]
    with _stage(outcome, "arbiter") as rec:
        verdict = arbitrate(plan.mode, primary, alternatives)
        rec.update({"chosen": verdict.chosen, "reason": verdict.reason})
    with _stage(outcome, "audit") as rec:
        checks = audit(plan, verdict.result)
        outcome.checks = [c.to_dict() for c in checks]
        outcome.confidence = confidence(plan.mode, checks)
        rec["passed"] = sum(c.passed for c in checks)
        rec["total"] = len(checks)
    with _stage(outcome, "answer"):
        outcome.result = answer_stage.machine_result(plan.mode, verdict.result)
        outcome.answer = answer_stage.prose(plan.mode, verdict.result, outcome.result)
        outcome.caveats = verdict.caveats + list(verdict.result.get("notes", []))
        if verdict.chosen != primary.get("test", verdict.chosen):
            outcome.caveats.append(verdict.reason)
        outcome.caveats += [
            f"{p.title}: {p.text}" for p in passages[:1] if plan.mode in {"capability", "control_chart"}
        ]
        outcome.answered = True
    return outcome
