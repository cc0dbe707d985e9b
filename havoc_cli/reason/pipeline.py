"""The staged pipeline: MODE -> GROUND -> PLAN -> EXECUTE -> ARGUE -> ARBITER -> AUDIT -> ANSWER.

MODE picks one of the reasoning tools the plugins registered; the tool plans the question as a study
program, which the interpreter runs; the tool's alternatives and audit follow. A question worded as a
request for an explanation is answered from a grounding passage, marked as such.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from havoc_cli.reason import answer as answer_stage
from havoc_cli.reason.arbiter import arbitrate
from havoc_cli.reason.argue import argue
from havoc_cli.reason.audit import audit, confidence
from havoc_cli.reason.execute import ExecuteError, execute, main_result
from havoc_cli.reason.explain import explain
from havoc_cli.reason.ground import Passage, ground
from havoc_cli.reason.mode import EXPLANATION, asks_for_explanation, classify
from plugins.api.reasoning import Plan, PlanError
from plugins.api.specs import ReasoningTool

StageListener = Callable[[dict[str, Any]], None]


@dataclass
class Outcome:
    """Everything ``havoc reason --json`` prints; ``answered`` decides the exit code."""

    question: str
    answered: bool = False
    mode: str | None = None
    plan: str | None = None
    plan_source: str | None = None  # "rules" (a tool's planner) or "model" (suggested by the language model)
    plan_files: dict[str, str] = field(default_factory=dict)
    result: Any = None
    answer: str = ""
    answer_source: str | None = None  # "engine", "card", "document" or "model"
    confidence: float = 0.0
    checks: list[dict[str, Any]] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        keys = ("question", "answered", "mode", "plan", "plan_source", "result", "answer", "answer_source",
                "confidence", "checks", "caveats", "stages")  # fmt: skip
        return {k: getattr(self, k) for k in keys}


@dataclass
class Settings:
    """How to reason: plan only, a user's document index, and who hears each stage as it finishes."""

    plan_only: bool = False
    index_dir: Path | None = None
    on_stage: StageListener | None = None


class _Run:
    """One question's way through the stages."""

    def __init__(self, question: str, settings: Settings) -> None:
        self.outcome = Outcome(question)
        self.settings = settings

    @contextmanager
    def stage(self, name: str) -> Iterator[dict[str, Any]]:
        record: dict[str, Any] = {"name": name}
        start = time.perf_counter()
        try:
            yield record
        finally:
            record["seconds"] = round(time.perf_counter() - start, 4)
            self.outcome.stages.append(record)
            if self.settings.on_stage is not None:
                self.settings.on_stage(record)

    def fail(self, message: str) -> Outcome:
        self.outcome.answer = message
        self.outcome.confidence = 0.0
        self.outcome.result = None
        return self.outcome


def tools() -> dict[str, ReasoningTool]:
    """The reasoning tools of every loaded plugin, by mode."""
    from plugins.registry import get_registry

    return get_registry().reasoning_tools


def reason(question: str, settings: Settings | None = None) -> Outcome:
    """Answer ``question``; an unanswerable one comes back with ``answered`` False and the reason."""
    run = _Run(question, settings or Settings())
    registered = tools()
    with run.stage("mode") as rec:
        found = classify(question, registered)
        run.outcome.mode = found.mode
        rec.update({"mode": found.mode, "scores": {k: v for k, v in found.scores.items() if v}})
    if found.mode is None:
        return run.fail(
            "could not classify the question: name the task and give the numbers. havoc answers "
            + "; ".join(f"{name} ({tool.summary})" for name, tool in registered.items())
        )
    with run.stage("ground") as rec:
        passages = ground(question, found.mode, run.settings.index_dir)
        rec["passages"] = [p.to_dict() for p in passages]
    if found.mode == EXPLANATION:
        return _explain(run, passages)
    tool = registered[found.mode]
    with run.stage("plan") as rec:
        try:
            plan = tool.load()(question)
        except PlanError as exc:
            rec["error"] = str(exc)
            if asks_for_explanation(question):
                rec["fallback"] = EXPLANATION
                run.outcome.mode = EXPLANATION
                return _explain(run, passages)
            return run.fail(f"understood as {found.mode}, but {exc}")
        run.outcome.plan, run.outcome.plan_files, run.outcome.plan_source = plan.text, plan.files, "rules"
        rec.update({"tool": tool.plugin, "facts": plan.facts})
    if run.settings.plan_only:
        run.outcome.answered = True
        run.outcome.answer = "plan only (not run)"
        return run.outcome
    return _run(run, tool, plan, passages)


def _explain(run: _Run, passages: list[Passage]) -> Outcome:
    with run.stage("answer") as rec:
        found = explain(run.outcome.question, passages)
        rec["explained"] = found is not None
        if found is None:
            return run.fail(
                "understood as a request for an explanation, but none of havoc's knowledge cards (or the "
                "documents indexed) covers it; explanations beyond them need a language model (--model)"
            )
        passage, checks = found
        run.outcome.result = {"title": passage.title, "text": passage.text, "source": passage.source}
        run.outcome.answer = f"{passage.title}: {passage.text}"
        run.outcome.answer_source = "card" if passage.origin == "card" else "document"
        run.outcome.checks = [c.to_dict() for c in checks]
        run.outcome.confidence = confidence(0.6, checks)
        where = "havoc's knowledge card" if passage.origin == "card" else "the indexed document"
        run.outcome.caveats = [f"quoted from {where} {passage.source}; nothing was computed"]
        run.outcome.answered = True
    return run.outcome


def _run(run: _Run, tool: ReasoningTool, plan: Plan, passages: list[Passage]) -> Outcome:
    outcome = run.outcome
    with run.stage("execute") as rec:
        try:
            primary = main_result(execute(plan))
        except ExecuteError as exc:
            rec["error"] = str(exc)
            return run.fail(f"understood as {plan.mode}, but the engines refused the plan: {exc}")
        rec["result_kind"] = primary.get("kind")
    with run.stage("argue") as rec:
        alternatives = argue(tool, plan)
        rec["alternatives"] = [a.to_dict() for a in alternatives]
    with run.stage("arbiter") as rec:
        verdict = arbitrate(primary, alternatives)
        rec.update({"chosen": verdict.chosen, "reason": verdict.reason})
    with run.stage("audit") as rec:
        checks = audit(tool, plan, verdict.result)
        outcome.checks = [c.to_dict() for c in checks]
        outcome.confidence = confidence(tool.confidence, checks)
        rec["passed"] = sum(c.passed for c in checks)
        rec["total"] = len(checks)
    with run.stage("answer"):
        outcome.result = answer_stage.machine_result(plan.mode, verdict.result)
        outcome.answer = answer_stage.prose(plan.mode, verdict.result, outcome.result)
        outcome.answer_source = "engine"
        outcome.caveats = verdict.caveats + list(verdict.result.get("notes", []))
        if verdict.chosen != primary.get("test", verdict.chosen):
            outcome.caveats.append(verdict.reason)
        outcome.caveats += [
            f"{p.title}: {p.text}"
            for p in passages[:1]
            if p.origin == "card" and plan.mode in {"capability", "control_chart"}
        ]
        outcome.answered = True
    return outcome
