"""Proportions in prose: a claimed bound and the direction it gives a one-sample test ("the vendor claims no more
than 2% defective"), the choice between the exact binomial test and the z-test, and the two proportions a sample
size compares ("current scrap rate 8%, the new process should bring it down to 5%")."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, stated_sd
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_hypotheses import alternative, count_pairs

# a bound someone states ("claims no more than 2%", "the spec says at most 1%", "guarantees at least 95%"): the
# null hypothesis, so the alternative is the other way
_AT_MOST = r"at most|no more than|not more than|not (?:to )?exceed|under|below|less than|lower than|fewer than|up to"
_AT_LEAST = r"at least|no less than|not less than|no fewer than|over|above|more than|greater than|higher than|exceeds?"
_CLAIM = re.compile(
    r"\b(?:claim\w*|guarantee\w*|promise\w*|spec(?:ification)?s?\b|warrant\w*|advertis\w*|assert\w*|contract\w*|"
    rf"quot\w*|certif\w*)[^.;?]{{0,40}}?\b(?P<way>{_AT_MOST}|{_AT_LEAST})\s*(?P<value>{NUMBER})\s*(?P<pct>%|percent)?",
    re.I,
)
_TWO_SIDED = r"two[- ](?:sided|tailed)|\bdiffers?\b|\bdifferent\b|\bchanged?\b|not equal|!=|≠"
# a rate known before the count: "historical rate is 5%", "the usual scrap rate of 3%", "target yield 95%",
# "historically 4% of castings", "typically about 2 percent"
_KNOWN_RATE = re.compile(
    r"\b(?:(?:historical|historic|usual|normal|long[- ]run|claim\w*|quoted|target|nominal|hypothesi[sz]ed|baseline|"
    r"past|previous|known|standard|stated|spec(?:'?d|ced|ified)|advertised|guaranteed|promised)\b[^.;?\d]{0,30}?\b(?:rates?|proportion|percentage|fraction|share|yield)\b"
    r"[^.;?\d]{0,12}|(?:historically|usually|normally|typically|traditionally|in the past|long[- ]run)\s+"
    rf"(?:about\s+|around\s+|roughly\s+)?)(?P<value>{NUMBER})\s*(?P<pct>%|percent)",
    re.I,
)
# a rate claimed with no bound, the value before its rate word: "claims a 2% defect rate", "spec'd at 2% defective",
# "quotes 1.5 percent scrap", "advertised as 98% yield"
_CLAIMED_SHARE = re.compile(
    r"\b(?:claim\w*|guarantee\w*|promis\w*|quot\w*|spec(?:'?d|ced|ified)|advertis\w*|warrant\w*|certif\w*|rated)\b"
    rf"[^.;?\d]{{0,20}}?(?<![\w.])(?P<value>{NUMBER})\s*(?P<pct>%|percent)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:rates?\b|defect\w*|scrap|rejects?\b|failures?\b|fail(?:ing|ures?)?\b|nonconform\w*|bad\b|yield|"
    r"proportion|fraction|share)",
    re.I,
)
_PROBABILITY = r"probabilit|\bchance\b|\bp\(|how likely|\bodds\b"
# the rate asked about against a stated value: "is the defect rate above 2%?", "does it differ from 5%?"
_COMPARED = (r"\b(?:above|below|over|under|exceeds?|(?:greater|higher|more|less|lower|smaller|fewer) than|differs? from|"
             rf"different from|equal to)\s+(?:the\s+)?(?:\w+\s+)?{NUMBER}\s*(?:%|percent)")  # fmt: skip


def count_test_score(text: str, scores: dict[str, float]) -> float:
    """A count "x of n" with a proportion to test it against (a claimed bound, a historical or target rate, "is the
    rate above 2%?") is a test of a proportion, outweighing the word "spec" of capability; not when a probability is asked."""
    if re.search(_PROBABILITY, text, re.I) or not count_pairs(text):
        return 0.0
    stated = _CLAIM.search(text) or _stated_rate(text) or re.search(_COMPARED, text, re.I)
    return max(4.0, scores.get("capability", 0.0) + 1) if stated else 0.0


def claimed_side(question: str, p0: str) -> str:
    """The alternative of a one-sample test of a proportion: a direction the question writes ("is the rate higher
    than 2%", "H1: p > 0.02") stands; otherwise a claimed bound equal to ``p0`` gives the other way ("claims no more
    than 2%" -> "greater", "guarantees at least 95%" -> "less"). The claim's own words never count as the question's
    direction ("claims less than 2%" is not "less")."""
    claim = next((m for m in _CLAIM.finditer(question) if _value(m) == float(p0)), None)
    if claim is None:
        return alternative(question, 1, p0)
    rest = question[: claim.start("way")] + " " * (claim.end() - claim.start("way")) + question[claim.end() :]
    try:
        side = alternative(rest, 1, p0)
    except PlanError:  # "one-sided" with no direction besides the claim's
        side = "two-sided"
    if side != "two-sided" or re.search(_TWO_SIDED, rest, re.I):
        return side
    return "greater" if re.fullmatch(_AT_MOST, claim.group("way").lower()) else "less"


def stated_p0(question: str) -> str | None:
    """The proportion a claimed bound or a known rate states ("guarantees at most 2 percent" -> "0.02",
    "historically 4% of castings" -> "0.04", "claims a 2% defect rate", "a quoted rate of 2%" -> "0.02"), as written
    when it is not a percentage; None when there is none."""
    found = _CLAIM.search(question) or _stated_rate(question)
    return None if found is None else _fraction(found.group("value"), found.group("pct"))


# a limit the share is held to, in percent: "the 5% limit", "a limit of 5%", "an allowed exceedance of 5%"
_LIMIT_WORDS = r"(?:limit|threshold|allowance|action level|criterion|ceiling|cap|maximum|max)"
_LIMIT = re.compile(
    rf"\b{_LIMIT_WORDS}\s*(?:is\s+|of\s+|=\s*|:\s*)?(?P<value>{NUMBER})\s*(?P<pct>%|percent\b)"
    rf"|(?<![\w.])(?P<before>{NUMBER})\s*(?P<bpct>%|percent\b)\s+(?:[\w-]+\s+)?{_LIMIT_WORDS}\b",
    re.I,
)


def _stated_rate(question: str) -> re.Match | None:
    """A known or claimed rate with no bound: "historically 4%", "a claimed defect rate of 2%", "claims a 2% defect
    rate"; or a limit in percent: "the 5% limit", "a limit of 5%"."""
    return _KNOWN_RATE.search(question) or _CLAIMED_SHARE.search(question) or _limit(question)


def _limit(question: str) -> re.Match | None:
    """A limit in percent (see ``_LIMIT``), its value in the groups "value" and "pct" either way it is written."""
    m = _LIMIT.search(question)
    if m is None or m.group("value"):
        return m
    return re.match(rf"(?P<value>{NUMBER})\s*(?P<pct>%|percent\b)", question[m.start("before") :], re.I)


def _value(claim: re.Match) -> float:
    value = float(claim.group("value"))
    return value / 100 if claim.group("pct") else value


_NAMES_EXACT = r"\bexact\b|binomial test|clopper"
_NAMES_Z = r"\bz[- ]?test\b|\bz[- ]statistic|normal approximation|\bapproximate\b"


def exact_choice(question: str, successes: int, n: int, p0: float) -> tuple[bool, str | None]:
    """Whether a one-sample test of a proportion is the exact binomial test, and why when the question did not say
    so: it is when named ("exact", "binomial test"), or when n*p0 or n*(1 - p0) is below 5 (too few expected for the
    normal approximation) and no z-test is named."""
    if re.search(_NAMES_EXACT, question, re.I):
        return True, None
    expected = min(n * p0, n * (1 - p0))
    if expected < 5 and not re.search(_NAMES_Z, question, re.I):
        return True, (f"the exact binomial test: n*p0 = {n * p0:g} and n*(1 - p0) = {n * (1 - p0):g}, one below 5, "
                      "too few for the normal approximation (the z-test is an alternative)")  # fmt: skip
    return False, None


# a percentage that is not a rate: a power, a confidence or significance level
_LEVEL_AFTER = re.compile(r"\s*(?:%|percent)\s*(?:statistical\s+)?(?:power|confidence|conf\b|significance|level|ci\b)")
_LEVEL_BEFORE = re.compile(r"(?:power|alpha|significance|confidence|level)\s*(?:level\s*)?(?:=|:|of|is|at)?\s*$")
_RATE_WORDS = (r"\b(?:rates?|proportions?|percentages?|fractions?|shares?|defect\w*|scrap|yields?|rejects?|failures?|"
               r"successes|success|conversion|response|prevalence|incidence|nonconforming|pass(?:ing)?|fail(?:ing)?)\b")  # fmt: skip
_MEANS = r"\bmeans?\b|\baverages?\b|effect size|cohen'?s d\b"
# a change written as a percentage ("a 20% reduction", "cut it by 3%", "20% relative"): not a rate of its own
_RELATIVE = (rf"{NUMBER}\s*(?:%|percent)\s*(?:relative|increase|decrease|reduction|drop|improvement|lift|change|rise|"
             rf"fewer|more|less|lower|higher|points?|pp\b)|\bby\s+(?:about\s+)?{NUMBER}\s*(?:%|percent)")  # fmt: skip
# "from 8% to 5%", "reduce 0.08 to 0.05", "8% down to 5%"
_FROM_TO = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(%|percent)?\s+(?:\w+\s+)?(?:down\s+|up\s+)?to\s+({NUMBER})\s*(%|percent)?"
)


def stated_proportions(question: str) -> tuple[str, str] | None:
    """The two proportions a sample size compares, written in prose: "current scrap rate is 8%, the new process
    should bring it down to 5%", "reduce the defect rate from 0.08 to 0.05", "a yield of 90% vs 95%"; None unless
    the question speaks of a rate and states exactly two percentages besides its power and levels (or one change
    "from p1 to p2" between 0 and 1), and never for a question about means or with an sd."""
    if not re.search(_RATE_WORDS, question, re.I) or re.search(_MEANS, question, re.I) or stated_sd(question):
        return None
    if re.search(_RELATIVE, question, re.I):  # "a 20% reduction": relative to the rate, or in points? not read
        return None
    change = _FROM_TO.search(question)
    if change:
        pair = [_fraction(change.group(1), change.group(2)), _fraction(change.group(3), change.group(4))]
        if all(0 < float(p) < 1 for p in pair) and bool(change.group(2)) == bool(change.group(4)):
            return pair[0], pair[1]
    rates = [
        _fraction(m.group(1), "%")
        for m in re.finditer(rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)", question, re.I)
        if not _LEVEL_AFTER.match(question, m.end(1)) and not _LEVEL_BEFORE.search(question[: m.start()])
    ]
    return (rates[0], rates[1]) if len(rates) == 2 and all(0 < float(p) < 1 for p in rates) else None


def _fraction(value: str, percent: str | None) -> str:
    return f"{float(value) / 100:.10g}" if percent else value


def sample_size_alternatives(plan: Plan) -> list[tuple[str, str]]:
    """The other standard formula beside the one the plan uses: for two proportions the pooled-variance normal
    formula (Fleiss) beside Cohen's h (arcsine), or the other way; for a mean the normal approximation beside the
    noncentral t, or the other way; none for a margin of error."""
    facts = plan.facts
    if facts.get("test") == "ttest":
        z = facts.get("method") == "z"
        name = "noncentral t formula" if z else "normal approximation (z) formula"
        return [(name, re.sub(r' method="\w+"', "", plan.text) + ("" if z else ' method="z"'))]
    if facts.get("test") != "proportion":
        return []
    pooled = facts.get("method") == "pooled"
    name = "Cohen's h (arcsine) formula" if pooled else "pooled-variance normal formula"
    text = re.sub(r' method="\w+"', "", plan.text) + ("" if pooled else ' method="pooled"')
    return [(name, text)]
