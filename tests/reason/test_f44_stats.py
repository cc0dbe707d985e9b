"""f44: a group label an ordinal names ("1st shift 2450, 2510, ...") keeps its first value as data, the groups' sizes
are checked against a size stated per group ("four readings per shift"), and the digit of a chemical formula ("NO2")
is never a Poisson rate."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.reading import group_size_check
from plugins.api.reasoning import Plan
from tests.reason.answers import declined, right_value

_SHIFTS = ([2450, 2510, 2480, 2495], [2530, 2560, 2545, 2580], [2470, 2440, 2500, 2465], [2520, 2490, 2535, 2505])
_ORDINAL_GROUPS = (
    "yogurt viscosity (cP) by shift, four readings per shift: 1st shift 2450, 2510, 2480, 2495; 2nd shift 2530, 2560, "
    "2545, 2580; 3rd shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. What's the F statistic from a "
    "one-way ANOVA across the four shifts?",
    "Viscosity (cP), 4 readings per shift. 1st shift 2450, 2510, 2480, 2495; 2nd shift 2530, 2560, 2545, 2580; 3rd "
    "shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. One-way ANOVA F statistic?",
    "One-way ANOVA across shifts: first shift 2450, 2510, 2480, 2495; second shift 2530, 2560, 2545, 2580; third "
    "shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. What is F?",
)


@pytest.mark.parametrize("question", _ORDINAL_GROUPS)
def test_ordinal_group_labels_keep_their_first_value(question: str) -> None:
    right_value(question, stats.f_oneway(*_SHIFTS).statistic, "anova", key="statistic")


def test_group_sizes_checked_against_the_size_per_group() -> None:
    question = "four readings per shift: day 1, 2, 3, 4; night 5, 6, 7, 8"
    short = group_size_check(question, Plan("anova", "", {"samples": [[2, 3, 4], [5, 6, 7, 8]]}))
    full = group_size_check(question, Plan("anova", "", {"samples": [[1, 2, 3, 4], [5, 6, 7, 8]]}))
    assert short is not None and not short.passed
    assert full is not None and full.passed
    assert group_size_check("day 1, 2, 3; night 5, 6, 7, 8", Plan("anova", "", {"samples": [[1], [2]]})) is None


@pytest.mark.parametrize(
    "question",
    [
        "Historically the station logs 2.3 exceedances of the hourly NO2 limit per year, on average. Treating "
        "exceedances as a Poisson process, what's the probability of four or more in a given year?",
        "The monitor records 2.3 exceedances of the NO2 limit per year on average (Poisson). What is the probability "
        "of 4 or more in a year?",
    ],
)
def test_formula_digit_is_no_rate(question: str) -> None:
    """Read 2 from "NO2" as the rate (a confident 0.1429, not poisson.sf(3, 2.3)) no more: answered right or
    declined."""
    from havoc_cli.reason.pipeline import reason

    out = reason(question).to_dict()
    if out["answered"] and out["confidence"] >= 0.5:
        assert out["result"]["value"] == pytest.approx(stats.poisson.sf(3, 2.3), rel=1e-9)
    else:
        declined(question)
