"""The language model's two roles in ``havoc reason --model``: suggest a plan, and phrase the answer.

Neither is trusted. A suggested plan must parse with the study grammar, use only verbs that compute
(no file access), and is then run and audited like any plan, with a lower confidence. A phrasing
replaces the engine's one-line answer only if it states the engine's result and brings in no number
of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from plugins.api.prose import numbers
from plugins.api.reasoning import Check, Plan

# verbs a suggested plan may use: they compute and touch no file
PLAN_VERBS = frozenset({"let", "show", "convert", "test", "fit", "interval", "power", "factor", "design"})
MODEL_PLAN_CONFIDENCE = 0.45  # below 0.5: an answer from a model's plan is never a confident one
_PLAN_SYSTEM = (
    "You translate a question into a program in havoc's study language. Reply with the program only, "
    "one statement a line, using the verbs show, convert, test, fit, interval, power, let, factor, design. "
    'Examples: show diff(x^3*sin(x), x) | show solve(x^2 - 4 == 0, x) | convert 3.5 "inch" to="mm" | '
    "let a = [1, 2, 3]  then  test ttest a mu=2"
)
_PHRASE_SYSTEM = "Restate the computed answer for the question in one plain sentence. Keep every number as given."


class SuggestionRejected(ValueError):
    """The model's suggestion is not a plan havoc will run (the message says why)."""


@dataclass
class ReasoningModel:
    """A chat model (``plugins.model.chat.ChatModel``) in the pipeline's roles: plan, explain, phrase."""

    chat: Any
    max_new_tokens: int = 160

    def suggest_plan(self, question: str) -> str:
        """The model's raw suggestion of a study program for ``question``."""
        return self.chat.reply(plan_messages(question), self.max_new_tokens)

    def explain(self, question: str, context: list[str]) -> str:
        """The model's explanation, given the grounding passages as context."""
        return self.chat.reply(explain_messages(question, context), self.max_new_tokens).strip()

    def phrase(self, question: str, answer: str) -> str:
        """The model's one-sentence restatement of the engine's ``answer``."""
        return self.chat.reply(phrase_messages(question, answer), self.max_new_tokens).strip()


def plan_messages(question: str) -> list[dict[str, str]]:
    """The chat turns asking for a plan."""
    return [{"role": "system", "content": _PLAN_SYSTEM}, {"role": "user", "content": question}]


def explain_messages(question: str, context: list[str]) -> list[dict[str, str]]:
    """The chat turns asking for an explanation from the grounding passages."""
    notes = "\n".join(f"- {c}" for c in context)
    system = f"Answer from these notes, in two or three sentences.\n{notes}"
    return [{"role": "system", "content": system}, {"role": "user", "content": question}]


def phrase_messages(question: str, answer: str) -> list[dict[str, str]]:
    """The chat turns asking to restate an answer."""
    content = f"Question: {question}\nComputed answer: {answer}"
    return [{"role": "system", "content": _PHRASE_SYSTEM}, {"role": "user", "content": content}]


def plan_from_suggestion(text: str, mode: str) -> Plan:
    """The suggested program as a Plan, or SuggestionRejected saying what is wrong with it."""
    from dsl.errors import StudySyntaxError
    from dsl.parser import parse

    body = re.sub(r"^```[a-z]*\s*$", "", text.strip(), flags=re.M)
    lines = [line.rstrip() for line in body.splitlines()]
    program = "\n".join(line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    if not program:
        raise SuggestionRejected("the model suggested no program")
    try:
        study = parse(program + "\n")
    except StudySyntaxError as exc:
        raise SuggestionRejected(
            f"the model's suggestion does not parse as a study (line {exc.line}: {exc.message}): {_clip(program)!r}"
        ) from None
    refused = sorted({s.verb for s in study.statements} - PLAN_VERBS)
    if refused:
        raise SuggestionRejected(
            f"the model's suggestion uses {', '.join(refused)}; a suggested plan may only use "
            f"{', '.join(sorted(PLAN_VERBS))}"
        )
    if not any(s.verb not in {"let", "factor"} for s in study.statements):
        raise SuggestionRejected(f"the model's suggestion computes nothing: {_clip(program)!r}")
    return Plan(mode, program, {"suggested": program})


def _clip(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def audit_model_plan(question: str, plan: Plan, result: dict[str, Any]) -> list[Check]:
    """What can be checked without knowing what the model meant: its numbers, and the result's ranges."""
    asked = {float(n) for n in numbers(question)}
    used = [n for n in numbers(plan.text) if float(n) not in asked | {0.0, 1.0, 2.0}]
    checks = [Check("every number in the plan comes from the question", not used,
                    f"not in the question: {', '.join(used)}" if used else "all found")]  # fmt: skip
    if "p_value" in result:
        p = result["p_value"]
        checks.append(Check("p-value in [0, 1]", isinstance(p, int | float) and 0 <= p <= 1, f"p = {p}"))
    return checks


def is_prose(text: str) -> bool:
    """At least three words of two letters or more."""
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 3


def accept_phrasing(phrased: str, answer: str, question: str) -> str | None:
    """None when ``phrased`` may replace ``answer``; else why not."""
    if not is_prose(phrased):
        return "it is not a sentence"
    said = numbers(answer)
    if said and said[0] not in numbers(phrased):
        return f"it does not state the result {said[0]}"
    if not said and answer.split(" = ")[-1] not in phrased:
        return "it does not state the result"
    allowed = {float(n) for n in numbers(answer) + numbers(question)}
    extra = [n for n in numbers(phrased) if float(n) not in allowed]
    if extra:
        return f"it brings in numbers the engines did not compute ({', '.join(extra[:3])})"
    return None
