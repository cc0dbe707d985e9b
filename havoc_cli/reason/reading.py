"""The reading check: every number the question states is used by the plan.

The audits recompute the engine's result from the facts the planner read, so a misread question
(a bound dropped from "P(85 < X < 115)", a subgroup size ignored) passes them. This check catches
the commonest misreading, a number left out, and its failure caps the confidence like any audit.
Labels ("machine 2", "supplier 1") are not values; percentages may be used as fractions, confidence
levels as their alpha, and quantiles as their tail. A list the plan holds also accounts for its size
and its total ("same 6 operators", "rolled 120 times"), and a range as wide as a list for its ends
("faces 1-6" or "1 through 6" of six counts).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from plugins.api.prose import LABEL_WORDS, NUMBER, number_spans
from plugins.api.reasoning import Check, Plan

_LABEL = re.compile(rf"(?:{LABEL_WORDS})\s*#?\s*$", re.I)


def _values(value: Any) -> Iterator[float]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _values(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _values(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield float(value)
    elif isinstance(value, str):
        yield from (float(m) for m in re.findall(NUMBER, value))


def _lists(value: Any) -> Iterator[list[float]]:
    """Every list of numbers in ``value`` (rows of a table too), and its rows when it is a table."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _lists(item)
    elif isinstance(value, (list, tuple)) and value:
        if all(isinstance(item, (list, tuple)) for item in value):
            for item in value:
                yield from _lists(item)
        elif not any(isinstance(item, (dict, list, tuple)) for item in value):
            numbers = [x for item in value for x in _values(item)]
            if len(numbers) == len(value):
                yield numbers


def _sizes(facts: dict[str, Any]) -> set[float]:
    """The sizes and totals of the lists the plan's facts hold."""
    found = list(_lists(facts))
    return {float(len(x)) for x in found} | {sum(x) for x in found}


def _range_ends(question: str, sizes: set[float]) -> set[int]:
    """Where the question writes a range "1-6" as wide as one of the plan's lists: the starts of both ends."""
    ends = set()
    for m in re.finditer(r"(?<![\w.])(\d+)\s*(?:-|–|to|through)\s*(\d+)(?!\w|\.\d)", question):
        if float(int(m.group(2)) - int(m.group(1)) + 1) in sizes:
            ends |= {m.start(1), m.start(2)}
    return ends


def _forms(value: float) -> set[float]:
    """The ways a stated number may reach a plan: itself, a percentage, an alpha, a two-sided tail."""
    share = value / 100
    return {value, abs(value), share, 1 - share, (1 - share) / 2, 1 - (1 - share) / 2}


def unused_numbers(question: str, plan: Plan) -> list[str]:
    """The numbers of ``question`` (labels left out) that appear nowhere in the plan, its facts or its files."""
    used = set(_values([plan.text, plan.facts, list(plan.files.values())]))
    sizes = _sizes(plan.facts)
    used |= sizes
    ranges = _range_ends(question, sizes)
    unused = []
    for start, text in number_spans(question):
        if _LABEL.search(question[:start]) or start in ranges:
            continue
        forms = _forms(float(text))
        if not any(math.isclose(f, u, rel_tol=1e-9, abs_tol=1e-12) for f in forms for u in used):
            unused.append(text)
    return unused


def reading_check(question: str, plan: Plan) -> Check:
    """Passed when the plan uses every value the question states."""
    unused = unused_numbers(question, plan)
    detail = f"not used: {', '.join(unused)}" if unused else "every number of the question is in the plan"
    return Check("the plan uses every number the question states", not unused, detail)


# a method the question names -> a pattern of the plan: required (True) or forbidden (False)
_METHODS = (
    (r"\bpooled\b|assum\w* equal variances?|equal variances? assumed", r'equal_var=true|method="pooled"|test proportion successes=\[', True, "pooled variance"),
    (r"\bwelch\b|\bunequal variances?", r"equal_var=true", False, "Welch (unequal variances)"),
    (r"\bpaired\b", r'paired=true|design="paired"', True, "paired"),
    (r"\bone[- ](?:sided|tailed)\b|\b(?:upper|lower|right|left)[- ]tail", r"alternative=", True, "one-sided"),
    (r"(?<!no )(?<!without )\b(?:continuity correction|yates)", r"correction=true", True, "continuity correction"),
    (r"\bexact (?:binomial )?test\b|\bfisher", r'method="exact"', True, "exact test"),
)  # fmt: skip
_TESTING_MODES = {"hypothesis_test", "sample_size", "anova", "regression"}


def method_check(question: str, plan: Plan) -> Check | None:
    """Whether a test's plan does what the question names (pooled, Welch, paired, one-sided, exact,
    continuity correction); None when the question names none of them or is not about a test."""
    if plan.mode not in _TESTING_MODES:
        return None
    named, ignored = [], []
    for said, pattern, required, name in _METHODS:
        if re.search(said, question, re.I):
            named.append(name)
            if bool(re.search(pattern, plan.text)) != required:
                ignored.append(name)
    if not named:
        return None
    detail = f"not followed: {', '.join(ignored)}" if ignored else f"followed: {', '.join(named)}"
    return Check("the plan follows the method the question names", not ignored, detail)
