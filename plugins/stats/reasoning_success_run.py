"""Success-run (zero-failure) reliability demonstration for the sample-size planner: "demonstrate 95% reliability at
90% confidence with a zero-failure test: how many parts?" is n = ln(1 - C)/ln(R), rounded up, every part passing
(the binomial: R^n <= 1 - C)."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from plugins.api.prose import NUMBER, confidence, named_number
from plugins.api.reasoning import Check, Plan, PlanError

_ZERO_FAILURES = re.compile(
    r"\bsuccess[- ]run\b|\bzero[- ]failures?\b|\bno[- ]failures?\b|\b0[- ]failures?\b|\bwithout\s+(?:a\s+|any\s+)?"
    r"failures?\b|\ball\s+(?:of\s+them\s+|units\s+|parts\s+)?pass(?:ing|es)?\b|\bnone\s+(?:may\s+|can\s+)?fail"
)
_RELIABILITY = re.compile(rf"({NUMBER})\s*%\s*(?:reliab|r\b)")
# failures allowed in the test: a test with failures allowed needs the binomial sum, not this formula
_FAILURES_ALLOWED = re.compile(
    r"\b(?:[1-9]\d*|one|two|three)\s+failures?\s+(?:allowed|permitted|accepted)|\ballow(?:ing|s)?\s+(?:up\s+to\s+)?"
    r"(?:[1-9]\d*|one|two|three)\s+failures?|\bat\s+most\s+[1-9]\d*\s+failures?"
)


def asks_success_run(q: str) -> bool:
    """Whether the question asks the size of a zero-failure reliability demonstration (reliability, confidence and
    no failures)."""
    return bool(_ZERO_FAILURES.search(q) and re.search(r"\breliab", q) and re.search(r"\bconfiden", q))


def plan_success_run(q: str) -> Plan:
    """``power successrun reliability=R confidence=C``: the parts that must all pass; PlanError when failures are
    allowed or R or C is missing or out of (0, 1)."""
    if _FAILURES_ALLOWED.search(q):
        raise PlanError("a demonstration test that allows failures needs the binomial sum over the failures, not "
                        "the success-run formula: this plans zero-failure tests only")  # fmt: skip
    reliability = _share(_RELIABILITY, q) or named_number(q, [r"reliability(?:\s+of)?"])
    level = confidence(q)
    if reliability is None or level is None:
        raise PlanError("a success-run (zero-failure) sample size needs the reliability to demonstrate and the "
                        "confidence, e.g. '95% reliability at 90% confidence'")  # fmt: skip
    r, c = Fraction(reliability), Fraction(level)
    if not (0 < r < 1 and 0 < c < 1):
        raise PlanError(f"the reliability ({reliability}) and the confidence ({level}) must lie between 0 and 1")
    facts = {
        "test": "success_run",
        "reliability": reliability,
        "confidence": level,
        "label": f"parts to test with zero failures, n = ceil(ln(1 - {level})/ln({reliability}))",
        "assumed": (f"success-run (zero-failure) test: n = ln(1 - C)/ln(R) rounded up, with R = {reliability} and C = "
                    f"{level}; every one of the n parts must pass (one failure and the test does not demonstrate "
                    "R); the parts fail independently, each with the same reliability"),
    }  # fmt: skip
    return Plan("sample_size", f"power successrun reliability={reliability} confidence={level}", facts)


def _share(pattern: re.Pattern[str], q: str) -> str | None:
    m = pattern.search(q)
    return f"{float(m.group(1)) / 100:.10g}" if m else None


def success_run_checks(facts: dict[str, Any], value: Any) -> list[Check]:
    """The binomial check in exact fractions: all n passing has probability R^n <= 1 - C, and n - 1 would not."""
    r, c = Fraction(facts["reliability"]), Fraction(facts["confidence"])
    ok = value is not None and float(value).is_integer() and value >= 1
    n = int(value) if ok else 0
    smallest = ok and r**n <= 1 - c < r ** (n - 1)
    return [Check("binomial (fractions): R^n <= 1 - C < R^(n - 1), n the fewest parts all passing", bool(smallest),
                  f"n = {value}: R^n = {float(r**n):.6g}, 1 - C = {float(1 - c):g}" if ok else f"n = {value}")]  # fmt: skip
