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
from havoc_cli.reason.calculus_asks import integral_unit_check, names_check, point_check
from havoc_cli.reason.execute import ExecuteError, execute, main_result
from havoc_cli.reason.explain import explain
from havoc_cli.reason.extremes import extreme_ask_check
from havoc_cli.reason.ground import Passage, ground
from havoc_cli.reason.letters import letters_check
from havoc_cli.reason.lifetimes import rate_check
from havoc_cli.reason.matrix_asks import every_op_check, matrix_op_check, system_ask_check
from havoc_cli.reason.mode import EXPLANATION, asks_for_explanation, classify
from havoc_cli.reason.model import (
    MODEL_PLAN_CONFIDENCE,
    ReasoningModel,
    SuggestionRejected,
    accept_phrasing,
    audit_model_plan,
    is_prose,
    plan_from_suggestion,
)
from havoc_cli.reason.reading import (
    asked_quantity_check,
    data_check,
    group_size_check,
    method_check,
    model_terms_check,
    named_test,
    named_test_check,
    reading_check,
    summary_rows_check,
    table_rows_check,
)
from havoc_cli.reason.scales import scale_check, unit_check
from havoc_cli.reason.signs import sign_check
from havoc_cli.reason.stated_roots import stated_roots_check
from havoc_cli.reason.symbols import to_sympy
from havoc_cli.reason.windows import window_check
from plugins.api.prose import plain_text
from plugins.api.reasoning import Check, Plan, PlanError
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
    """How to reason: plan only, a user's document index, a language model, and who hears each stage."""

    plan_only: bool = False
    index_dir: Path | None = None
    model: ReasoningModel | None = None
    on_stage: StageListener | None = None


@dataclass
class Method:
    """How a plan is checked: its alternatives, its audit and the confidence when every check passes."""

    alternatives: Callable[[Plan], list[Any]]
    audit: Callable[[Plan, dict[str, Any]], list[Check]]
    confidence: float

    @classmethod
    def of_tool(cls, tool: ReasoningTool) -> Method:
        return cls(lambda plan: argue(tool, plan), lambda plan, result: audit(tool, plan, result), tool.confidence)


class _Run:
    """One question's way through the stages."""

    def __init__(self, question: str, settings: Settings) -> None:
        self.outcome = Outcome(question)
        self.text = plain_text(question)  # what the stages read: Unicode notation in ASCII
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
        found = classify(run.text, registered)
        run.outcome.mode = found.mode
        rec.update({"mode": found.mode, "scores": {k: v for k, v in found.scores.items() if v}})
        if found.problems:
            rec["problems"] = found.problems
    if found.mode is None:
        return _ask_model(run, [], "could not classify the question: name the task and give the numbers. havoc answers "
                          + "; ".join(f"{name} ({tool.summary})" for name, tool in registered.items()))  # fmt: skip
    with run.stage("ground") as rec:
        passages = ground(run.text, found.mode, run.settings.index_dir)
        rec["passages"] = [p.to_dict() for p in passages]
    if found.mode == EXPLANATION:
        return _explain(run, passages)
    tool = registered[found.mode]
    with run.stage("plan") as rec:
        try:
            plan = tool.load()(run.text)
        except PlanError as exc:
            rec["error"] = str(exc)
            plan = None
        except Exception as exc:  # a planner that crashes is a plugin bug: said, never a traceback
            rec["error"] = f"{type(exc).__name__}: {exc}"
            return run.fail(f"understood as {found.mode}, but the planner of plugin '{tool.plugin}' failed: {exc}")
        else:
            run.outcome.plan, run.outcome.plan_files, run.outcome.plan_source = plan.text, plan.files, "rules"
            if plan.facts.get("op") == "linsolve":  # equations in letters are algebra, matrices linear algebra
                run.outcome.mode = plan.mode
            rec.update({"tool": tool.plugin, "facts": plan.facts})
    if plan is None:
        understood = f"understood as {found.mode}, but {rec['error']}"
        if asks_for_explanation(run.text):  # "what is a Cpk?": a passage answers it, if one covers it
            run.outcome.mode = EXPLANATION
            explained = _explain(run, passages)
            if explained.answered:
                return explained
            run.outcome.mode = found.mode  # none does ("what's the Cpk? USL 10.5, LSL 9.5"): the planner says why
        return _ask_model(run, passages, understood)
    if run.settings.plan_only:
        return _plan_only(run)
    return _run(run, plan, passages, Method.of_tool(tool))


def _plan_only(run: _Run) -> Outcome:
    run.outcome.answered = True
    run.outcome.answer = "plan only (not run)"
    return run.outcome


def _ask_model(run: _Run, passages: list[Passage], understood: str) -> Outcome:
    """The rules gave no plan: a language model may suggest one, run and audited like any other."""
    model = run.settings.model
    if model is None:
        return run.fail(understood)
    mode = run.outcome.mode or "unclassified"
    with run.stage("model_plan") as rec:
        suggestion = model.suggest_plan(run.outcome.question)
        rec["suggestion"] = suggestion
        try:
            plan = plan_from_suggestion(suggestion, mode)
        except SuggestionRejected as exc:
            rec["rejected"] = str(exc)
            return run.fail(f"{understood}; {exc}")
        run.outcome.mode = mode
        run.outcome.plan, run.outcome.plan_source = plan.text, "model"
    if run.settings.plan_only:
        return _plan_only(run)
    question = run.text
    method = Method(
        lambda plan: [], lambda plan, result: audit_model_plan(question, plan, result), MODEL_PLAN_CONFIDENCE
    )
    outcome = _run(run, plan, passages, method)
    if outcome.answered:
        outcome.caveats.insert(0, "the plan was suggested by the language model, not built by havoc's rules")
    return outcome


def _explain(run: _Run, passages: list[Passage]) -> Outcome:
    outcome = run.outcome
    with run.stage("answer") as rec:
        found = explain(outcome.question, passages)
        rec["explained"] = found is not None
        if run.settings.model is not None and _model_explains(run, passages, rec):
            return outcome
        if found is None:
            return run.fail(
                "understood as a request for an explanation, but none of havoc's knowledge cards (or the "
                "documents indexed) covers it; explanations beyond them need a language model (--model)"
            )
        passage, checks = found
        outcome.result = {"title": passage.title, "text": passage.text, "source": passage.source}
        outcome.answer = f"{passage.title}: {passage.text}"
        outcome.answer_source = "card" if passage.origin == "card" else "document"
        outcome.checks = [c.to_dict() for c in checks]
        outcome.confidence = confidence(0.6, checks)
        where = "havoc's knowledge card" if passage.origin == "card" else "the indexed document"
        outcome.caveats = [f"quoted from {where} {passage.source}; nothing was computed"]
        outcome.answered = True
    return outcome


def _model_explains(run: _Run, passages: list[Passage], record: dict[str, Any]) -> bool:
    """The model's explanation from the passages, unverified and said so; False when it wrote no prose."""
    outcome = run.outcome
    text = run.settings.model.explain(outcome.question, [f"{p.title}: {p.text}" for p in passages])
    if not is_prose(text):
        record["model_rejected"] = f"not prose: {text[:200]!r}"
        return False
    outcome.result = {"text": text, "sources": [p.source for p in passages]}
    outcome.answer, outcome.answer_source = text, "model"
    outcome.confidence = confidence(0.6, [])
    outcome.caveats = ["written by the language model from the passages shown in the ground stage; not verified"]
    outcome.answered = True
    return True


def _run(run: _Run, plan: Plan, passages: list[Passage], method: Method) -> Outcome:
    outcome = run.outcome
    with run.stage("execute") as rec:
        try:
            primary = main_result(execute(plan))
        except ExecuteError as exc:
            rec["error"] = str(exc)
            return run.fail(f"understood as {plan.mode}, but the engines refused the plan: {exc}")
        rec["result_kind"] = primary.get("kind")
    with run.stage("argue") as rec:
        alternatives = method.alternatives(plan)
        rec["alternatives"] = [a.to_dict() for a in alternatives]
    with run.stage("arbiter") as rec:
        verdict = arbitrate(primary, alternatives, named_test(run.text))
        rec.update({"chosen": verdict.chosen, "reason": verdict.reason})
    with run.stage("audit") as rec:
        question = run.text
        machine = answer_stage.machine_result(plan.mode, verdict.result, plan.facts)
        asked = asked_quantity_check(question, plan, machine)
        named = [
            data_check(question, plan),
            group_size_check(question, plan),
            table_rows_check(question, plan),
            summary_rows_check(question, plan),
            method_check(question, plan),
            named_test_check(question, verdict.result),
            asked,
            rate_check(question, plan),
            model_terms_check(question, verdict.result),
            window_check(question, plan),
            scale_check(question, plan),
            unit_check(question, plan, verdict.result.get("value")),
            sign_check(question, plan, verdict.result, to_sympy),
            stated_roots_check(question, plan, verdict.result, to_sympy),
            extreme_ask_check(question, plan),
            point_check(question, plan, verdict.result, to_sympy),
            names_check(question, plan, verdict.result),
            integral_unit_check(question, plan),
            letters_check(question, plan),
            matrix_op_check(question, plan),
            every_op_check(question, plan),
            system_ask_check(question, plan),
        ]
        checks = [*method.audit(plan, verdict.result), reading_check(question, plan), *filter(None, named)]
        outcome.checks = [c.to_dict() for c in checks]
        outcome.confidence = confidence(method.confidence, checks)
        rec["passed"] = sum(c.passed for c in checks)
        rec["total"] = len(checks)
    with run.stage("answer") as rec:
        outcome.result = answer_stage.own_names(machine, plan.facts)  # the question's N, not the study's n
        outcome.answer = answer_stage.own_names(
            answer_stage.prose(plan.mode, verdict.result, machine, plan.facts), plan.facts
        )
        outcome.answer_source = "engine"
        outcome.caveats = verdict.caveats + list(verdict.result.get("notes", []))
        if plan.facts.get("assumed"):  # a model the planner chose because the question named none
            outcome.caveats.insert(0, f"assumed {plan.facts['assumed']}")
        if plan.facts.get("note"):  # how the planner read a notation ("the subscript is an upper-tail area")
            outcome.caveats.insert(0, plan.facts["note"])
        if asked is not None and not asked.passed:  # "... the answer does not give the residual standard error"
            outcome.caveats.insert(0, asked.detail)
        if verdict.chosen != primary.get("test", verdict.chosen):
            outcome.caveats.append(verdict.reason)
        outcome.caveats += [
            f"{p.title}: {p.text}"
            for p in passages[:1]
            if p.origin == "card" and plan.mode in {"capability", "control_chart"}
        ]
        if run.settings.model is not None:
            _phrase(run, rec)
        outcome.answered = True
    return outcome


def _phrase(run: _Run, record: dict[str, Any]) -> None:
    """Let the model restate the answer; its words replace the engine's line only when they keep its result."""
    outcome = run.outcome
    try:
        phrased = run.settings.model.phrase(outcome.question, outcome.answer)
    except ValueError as exc:  # the prompt does not fit the model's context
        record["phrasing_rejected"] = str(exc)
        return
    why_not = accept_phrasing(phrased, outcome.answer, outcome.question)
    if why_not is not None:
        record["phrasing_rejected"] = f"{why_not}: {phrased[:200]!r}"
        return
    record["engine_answer"] = outcome.answer
    outcome.answer, outcome.answer_source = phrased, "model"
