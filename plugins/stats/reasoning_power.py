"""What a power analysis states besides its power: the design (one sample, pairs, two groups) and an effect
written as an expected mean against the value it is compared with ("we expect the true mean is 502 ... exceeds
500"); and the data-shape evidence that a question asks for a sample size rather than a test."""

from __future__ import annotations

import re
from decimal import Decimal

from plugins.api.prose import NUMBER, asks_sample_size, blank_spans, samples
from plugins.api.reasoning import PlanError

_PAIRED = (
    r"\bpaired\b|\bpairs\b|\bmatched\b|"
    r"\bsame (?:\w+ ){0,2}?(?:units|parts|subjects|fixtures|specimens|samples|items|panels|patients|people|"
    r"tools|boards|coupons|devices)\b|\bwithin[- ]subjects?\b|\brepeated[- ]measures\b|"
    r"\b(?:sd|s\.d\.|standard deviation|sigma|spread) of (?:the )?(?:paired |pairwise |within-pair |pair )?differences\b"
)
_ONE_SAMPLE = r"\b(?:one|1|single)[- ]sample\b"
# independent groups said outright: "two-sample", "independent groups", "per group", "two arms"
_GROUPS_SAID = (
    r"\b(?:two|2)[- ]sample\b|\bindependent (?:groups|samples)\b|\bper[- ](?:group|arm)\b|\b(?:each|every) (?:group|arm)\b"
    r"|\btwo[- ]proportion|\btwo (?:\w+ )?(?:groups|arms|populations)\b"
)
# the two things compared, which pairs compare too ("a bias between the two labs", "two methods"): two groups only
# where no pairs are named
_COMPARED_NOUNS = r"lines|machines|suppliers|processes|methods|treatments|vendors|plants|shifts|designs|batches|formulations|materials"
_TWO_COMPARED = rf"\bbetween (?:the )?(?:two|2)\b|\btwo (?:\w+ )?(?:{_COMPARED_NOUNS})\b"
_TWO_SAMPLE = rf"{_GROUPS_SAID}|{_TWO_COMPARED}"
# the same with the count in digits and the things a pair's two readings come from ("2 labs", "two analyzers")
_TWO_MEMBERS = (
    rf"\bbetween (?:the )?(?:two|2)\b|\b(?:two|2) (?:\w+ )?(?:{_COMPARED_NOUNS}|labs|laboratories|instruments|gauges|"
    r"analy[sz]ers|raters|operators|assays|devices|meters)\b"
)


def compares_two(question: str) -> bool:
    """Whether the question names two things compared ("between the two labs", "two gauges", "2 instruments"): a
    paired design's two members of each pair."""
    return re.search(_TWO_MEMBERS, question, re.I) is not None


def stated_design(question: str) -> str | None:
    """The design a power analysis names: "paired" (pairs, before/after, the same fixtures, the SD of the
    differences), "one-sample" or "two-sample" (two groups, per group, between two lines); None when it names none.
    Two things compared beside pairs ("pairs ... a bias between the two labs") are what the pairs compare. Raises
    PlanError when it names two groups and one sample or pairs ("one-sample" with pairs is the paired test of the
    differences)."""
    groups = _GROUPS_SAID if re.search(_PAIRED, question, re.I) else _TWO_SAMPLE
    named = {design for design, words in (("paired", _PAIRED), ("one-sample", _ONE_SAMPLE), ("two-sample", groups))
             if re.search(words, question, re.I)}  # fmt: skip
    if "two-sample" in named and len(named) > 1:
        raise PlanError(f"the question names both two independent groups and {' and '.join(sorted(named - {'two-sample'}))}"
                        " data: name one design")  # fmt: skip
    return "paired" if "paired" in named else named.pop() if named else None


_FILLER = (r"(?:\s*(?:=|:|~|\bis\b|\bof\b|\b(?:to|will|would|should|could|may|might) be\b|\bbe\b|\baround\b|\babout\b|"
           r"\bapproximately\b|\broughly\b|\bnear\b|\bclose to\b|\bat\b|\blikely\b|\bprobably\b|\bactually\b|"
           r"\breally\b|\bclaimed\b))*\s*")  # fmt: skip
_NOT_A_CHANGE = (
    r"(?!\s+(?:difference|shift|change|increase|decrease|drop|rise|reduction|improvement|effect|delta|bias)(?:s|es)?\b)"
)
# "we expect the true mean is 502", "expected mean of 502", "a true mean of 502", "the mean is expected to be 502"
_EXPECTED_MEAN = (
    re.compile(rf"\b(?:expect\w*|anticipat\w*|believe\w*|assum\w*|true|actual|real)\b[^.;?!\d]{{0,30}}?"
               rf"\b(?:mean|average)\b{_NOT_A_CHANGE}{_FILLER}({NUMBER})(?![\d.]|\s*%)", re.I),
    re.compile(rf"\b(?:mean|average)\b{_NOT_A_CHANGE}(?:\s+[\w-]+){{0,3}}?\s+(?:is|are)\s+(?:expected|anticipated|"
               rf"believed|thought|likely)(?:\s+to\s+be)?{_FILLER}({NUMBER})(?![\d.]|\s*%)", re.I),
)  # fmt: skip
_UP = r"at least|no (?:less|fewer|lower) than|not less than|exceeds?|exceeding|above|over|(?<!no )(?<!not )(?:greater|more|higher) than"
_DOWN = r"at most|no (?:more|greater|higher) than|not more than|below|under|(?<!no )(?<!not )(?:less|lower|fewer) than"
# a compared value written before its name ("500 ml claimed", "a 500 ml target"), after a word of comparison and a
# few words ("vs the current 500", "compared with the old line's 500"), or as a bound ("is at least 250 MPa")
_COMPARED = (
    re.compile(rf"(?<![\w.])({NUMBER})\s*(?:[a-zµμ]+\.?\s+)?(?:claimed|claim|target|spec(?:ification)?|nominal|"
               rf"requirement)\b", re.I),
    re.compile(rf"\b(?:vs\.?|versus|against|compared (?:to|with)|relative to|rather than|instead of)\s+"
               rf"(?:[a-z']+\s+){{0,3}}?({NUMBER})(?![\d.])", re.I),
    re.compile(rf"\b(?:{_UP}|{_DOWN})\s+(?:the\s+)?({NUMBER})(?![\d.]|\s*%)", re.I),
)  # fmt: skip


def expected_mean(question: str) -> tuple[str, str] | None:
    """The mean a power analysis expects, as written, and the question with that statement blanked (same length),
    where the value it is compared with is to be read; None when it states none."""
    for pattern in _EXPECTED_MEAN:
        if m := pattern.search(question):
            return m.group(1), blank_spans(question, [m.span()])
    return None


def compared_value(rest: str, named: str | None) -> str | None:
    """The value an expected mean is compared with: the one a test would be against (``named``, read by the test
    planner's names: "exceeds 500", "target 500", "vs 500"), one written before its name ("500 ml claimed"), after
    a comparison and a few words ("vs the current 500") or as a bound ("at least 250"); None when there is none."""
    if named is not None:
        return named
    found = next((m for pattern in _COMPARED if (m := pattern.search(rest))), None)
    return found.group(1) if found else None


def bound_way(rest: str, against: str) -> str | None:
    """ "greater" or "less": the way a bound on the compared value points ("at least 250", "exceeds 500", "no more
    than 12"); None when the value is not written as a bound."""
    value = rf"(?:the\s+)?{re.escape(against)}(?![\d.])"
    for way, words in (("greater", _UP), ("less", _DOWN)):
        if re.search(rf"\b(?:{words})\s+{value}", rest, re.I):
            return way
    return None


def mean_gap(mean: str, against: str) -> str:
    """|expected mean - compared value|, exactly ("502", "500" -> "2"). Raises PlanError when they are equal."""
    gap = abs(Decimal(mean) - Decimal(against))
    if gap == 0:
        raise PlanError(f"the expected mean {mean} equals the value it is compared with: there is no effect to detect")
    return format(gap.normalize(), "f")


def planning_score(text: str, scores: dict[str, float]) -> float:
    """A sample size asked in planning words with a power (or an effect to detect) and no data lists: enough to beat
    the test words of the same question ("one-sample t-test", "paired", "before/after"); 0 otherwise."""
    if not asks_sample_size(text) or samples(text, minimum=3):
        return 0.0
    rival = max(scores.get(mode, 0.0) for mode in ("hypothesis_test", "anova", "probability"))
    return max(1.0, rival + 1.0 - scores.get("sample_size", 0.0))
