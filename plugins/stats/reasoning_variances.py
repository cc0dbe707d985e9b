"""The F test of two variances as a study plan: asked in words ("F test for equal variances", "variance ratio test",
"are the variances equal?"), of two samples or of each group's standard deviation and size ("old tool s = 4.2 from 16
wafers, new tool s = 2.6 from 21 wafers"); and its audit, F and p recomputed with numpy and scipy."""

from __future__ import annotations

import re
from typing import Any

from plugins.api.prose import ABOUT_VARIANCES, ExtractError, sidedness
from plugins.api.reasoning import Check, Plan, PlanError, alpha_option, close_check, study_list
from plugins.stats.reasoning_hypotheses import statistic_matches

# the F test named: "F test", "F-test", "F ratio", "variance ratio test", "ratio of the variances"
_F_NAMED = r"\bf[- ]?(?:test|ratio|statistic)\b|\bvariance[- ]ratio\b|\bratio of (?:the )?(?:two )?variances\b"
# the equal-variance tests from raw data only: never answered by the F test
_OTHER_TESTS = r"\blevene|\bbartlett|\bbrown[- ]forsythe"
# a test of means beside the variances ("t-test ... check the variances are equal first"): not this plan's question
_MEANS_TEST = r"\bt[- ]?tests?\b|\bwelch\b|\banova\b|\bstudent'?s t\b"
# a direction of the variances in words: "less variable", "smaller variance", "more consistent", "reduced the spread"
_DIRECTION = (
    r"\b(?:less|more|lower|higher|smaller|larger|greater|reduced?|increased?)\s+(?:\w+\s+)?"
    r"(?:variab\w*|variances?|spread|scatter|dispersion|consistent|precise|noisy)\b|\bh[1a₁]\s*:"
)
# a variance stated as such ("s^2 = 17.6", "variances 17.6 and 6.8"): the plan reads standard deviations only
_VARIANCE_VALUES = r"\b(?:s|sd|sigma|σ)_?\d?\s*(?:\^\s*2|²)|\bvariances?\s*(?:=|:|of|are|is|were)?\s*\d"
# a group's size as a count of what was measured: "from 16 wafers", "21 test coupons", "on 12 parts"
_COUNTED_SIZE = re.compile(r"(?<![\w.])(\d+)(?![.\d,])\s+(?:[a-z-]+\s+)?[a-z]+s\b", re.I)


def asks_variance_f_test(question: str, samples_found: int) -> bool:
    """Whether the question asks the F test of two variances: it asks whether variances are equal, names no other
    equal-variance test (Levene, Bartlett) nor a test of means nor more than two samples, and names the F test, or
    gives no samples (from summary statistics the F test is the one test there is)."""
    if samples_found > 2 or not re.search(ABOUT_VARIANCES, question, re.I) or re.search(_OTHER_TESTS, question, re.I):
        return False
    if re.search(_MEANS_TEST, question, re.I):
        return False
    return bool(re.search(_F_NAMED, question, re.I)) or samples_found == 0


def plan_variance_f_test(question: str, found: list[list[str]]) -> Plan:
    """``test ftest a b`` of two samples, else ``test ftest n=[n1, n2] sd=[s1, s2]`` from the two sds and sizes the
    question states (in the order written); two-sided, the one direction read. PlanError when the numbers or the
    direction cannot be read safely."""
    side = _two_sided(question)
    if len(found) == 2:
        text = f"let a = {study_list(found[0])}\nlet b = {study_list(found[1])}\ntest ftest a b"
        facts: dict[str, Any] = {"samples": found, "variances": {}, "alternative": side}
        return Plan("hypothesis_test", text + alpha_option(question), facts)
    if found:
        raise PlanError(f"the F test compares the variances of 2 samples, and {len(found)} were read")
    sizes, sds = stated_sizes_and_sds(question)
    text = f"test ftest n={study_list(sizes)} sd={study_list(sds)}{alpha_option(question)}"
    return Plan("hypothesis_test", text, {"samples": [], "variances": {"n": sizes, "sd": sds}, "alternative": side})


def _two_sided(question: str) -> str:
    """ "two-sided": the F test is planned two-sided (as stated, or stating no side); PlanError for a one-sided test
    or a direction of the variances in words, whose order the plan does not read."""
    try:
        said = sidedness(question)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None
    if said == "one-sided" or (said is None and re.search(_DIRECTION, question, re.I)):
        raise PlanError("a one-sided F test of variances is not planned: ask whether the variances differ (two-sided)")
    return "two-sided"


def stated_sizes_and_sds(question: str) -> tuple[list[str], list[str]]:
    """The two groups' sizes and standard deviations, in the order written: "n1 = 16, s1 = 4.2", "sd 4.2 (n = 16)",
    "s = 4.2 from 16 wafers"; PlanError unless exactly two of each are read (variances stated as such are refused:
    the plan takes sds)."""
    if re.search(_VARIANCE_VALUES, question, re.I):
        raise PlanError("the F test is planned from standard deviations: give each group's sd, e.g. 's = 4.2 from 16 "
                        "wafers'")  # fmt: skip
    found = statistic_matches(question)
    sds = [m.group(1) for m in found["sd"]]
    sizes = [m.group(1) for m in found["n"]] or _counted_sizes(question)
    if len(sds) != 2 or len(sizes) != 2:
        raise PlanError(f"an F test of two variances needs each group's sd and size, e.g. 'n1 = 16, s1 = 4.2; n2 = "
                        f"21, s2 = 2.6' (read {len(sds)} sds and {len(sizes)} sizes)")  # fmt: skip
    return sizes, sds


def _counted_sizes(question: str) -> list[str]:
    """The groups' sizes written as counts of what was measured ("from 16 wafers", "21 parts"); beside two others, a
    count of 2 is the groups compared ("2 suppliers: 16 parts ..., 21 parts ..."), not a size."""
    counts = [m.group(1) for m in _COUNTED_SIZE.finditer(question)]
    return [c for c in counts if c != "2"] if len(counts) > 2 else counts


def audit_variance_f_test(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """F = s1^2/s2^2 recomputed (numpy's sample variances, or the stated sds squared) against the engine's, its
    degrees of freedom n - 1, and the p-value from scipy.stats.f under the alternative planned."""
    import numpy as np
    from scipy import stats

    if facts["samples"]:
        values = [np.array([float(v) for v in s]) for s in facts["samples"]]
        sizes, variances = [len(v) for v in values], [float(v.var(ddof=1)) for v in values]
    else:
        sizes = [int(v) for v in facts["variances"]["n"]]
        variances = [float(v) ** 2 for v in facts["variances"]["sd"]]
    f = variances[0] / variances[1]
    dist = stats.f(sizes[0] - 1, sizes[1] - 1)
    side = facts.get("alternative", "two-sided")
    want = {"greater": dist.sf(f), "less": dist.cdf(f)}.get(side, min(1.0, 2 * min(dist.cdf(f), dist.sf(f))))
    df = [sizes[0] - 1, sizes[1] - 1]
    return [
        close_check("F = s1^2/s2^2 recomputed", result.get("statistic"), f, 1e-9),
        Check("F's degrees of freedom are n - 1", list(result.get("df") or []) == df, f"{result.get('df')} vs {df}"),
        close_check("scipy.stats.f p-value", result.get("p_value"), float(want), 1e-9),
    ]
