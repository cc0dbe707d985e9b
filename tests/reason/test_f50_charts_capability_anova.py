"""Charts, capability and ANOVA plans (f50): a u chart whose inspection unit is an amount surveyed each period ("surveys
8 km of main every week", leaks per km), Cp from R-bar with the d2 the question gives (written "d₂ = 2.059", "d2 (n=4) =
2.059", "d2 for n = 4 is 2.059"), a two-way ANOVA with a level named "alpha" (a label, never the significance level),
and a one-way ANOVA of six or more groups (no group bound to the reserved name e). References by numpy, scipy and
statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from plugins.api.nodes import RESERVED_NAMES
from plugins.api.prose import alpha, plain_text
from plugins.api.reasoning import group_names
from tests.reason.answers import declined, right_value

_LEAKS = [5, 3, 7, 4, 6, 2, 5, 8, 4, 6, 3, 5]
_LEAK_TEXT = ", ".join(map(str, _LEAKS))


def _u_ucl(counts: list[int], n: float) -> float:
    """A u chart's 3-sigma UCL: u-bar + 3 sqrt(u-bar/n), u-bar = total/(samples x n)."""
    u = sum(counts) / (len(counts) * n)
    return u + 3 * math.sqrt(u / n)


@pytest.mark.parametrize(
    "question",
    [
        "The leak detection crew surveys 8 km of main every week. Leaks found in the last 12 weeks were: "
        f"{_LEAK_TEXT}. I'd like a u chart on leaks per km, using the standard 3-sigma limits. What is the UCL in leaks "
        "per km?",
        f"Each week the crew surveys 8 km of main. Leaks found over 12 weeks: {_LEAK_TEXT}. u chart UCL (leaks per km)?",
        f"8 km of pipe are inspected weekly; leak counts for 12 weeks: {_LEAK_TEXT}. Compute the u chart upper control "
        "limit per kilometre.",
    ],
)
def test_u_chart_of_an_amount_surveyed_each_period(question: str) -> None:
    right_value(question, _u_ucl(_LEAKS, 8), "control_chart", rel=1e-9, key="ucl")


@pytest.mark.parametrize("per", ["per 100 m", "per mile"])
def test_u_chart_asked_per_another_amount_declines(per: str) -> None:
    answer = declined(
        f"The crew surveys 8 km of main every week. Leaks in the last 12 weeks: {_LEAK_TEXT}. u chart on leaks {per}: "
        "UCL?"
    )
    assert "units of the rate" in answer


def _cp(lsl: float, usl: float, rbar: float, d2: float) -> float:
    return (usl - lsl) / (6 * rbar / d2)


@pytest.mark.parametrize(
    "question",
    [
        "carb spec 2.5–2.8 vols CO₂. X̄-R data, subgroups of 4, R̄ = 0.06 vols. estimate σ = R̄/d₂ with d₂ = 2.059 → Cp?",
        "Spec limits 2.5 to 2.8. X-bar/R chart with subgroups of 4 gives R-bar = 0.06; using d2 = 2.059 for sigma, what "
        "is Cp?",
        "LSL 2.5, USL 2.8, Rbar 0.06 from subgroups of n=4, d2 (n=4) = 2.059. Estimate sigma as Rbar/d2 and give Cp.",
    ],
)
def test_cp_from_rbar_with_d2_given(question: str) -> None:
    right_value(question, _cp(2.5, 2.8, 0.06, 2.059), "capability", rel=1e-9, key="value")


def test_cpk_with_d2_stated_for_its_size() -> None:
    question = "LSL 2.5, USL 2.8, grand mean 2.66, R-bar 0.06, subgroups of 4, d₂ for n = 4 is 2.059. Cpk?"
    want = min(2.8 - 2.66, 2.66 - 2.5) / (3 * 0.06 / 2.059)
    right_value(question, want, "capability", rel=1e-9, key="value")


def test_chart_constants_lose_their_subscripts_only() -> None:
    text = plain_text("σ = R̄/d₂, d₂ = 2.059, A₂ = 0.729, c₄; CO₂ and x₂ stay")
    assert "d2 = 2.059" in text and "A2 = 0.729" in text and "c4;" in text
    assert "CO₂" in text and "x₂" in text


_CELLS = {
    ("30C", "alpha"): [4.1, 4.3, 4.2],
    ("30C", "beta"): [5.0, 5.2, 5.1],
    ("30C", "gamma"): [4.6, 4.4, 4.5],
    ("37C", "alpha"): [4.8, 4.9, 4.7],
    ("37C", "beta"): [5.9, 6.1, 6.0],
    ("37C", "gamma"): [5.0, 5.3, 5.1],
}


def _twoway(term: str) -> tuple[float, float]:
    """(F, p) of a term ("temp", "strain", "temp:strain") of the balanced two-way ANOVA of _CELLS (statsmodels, Type
    III sums with sum-to-zero contrasts)."""
    import pandas as pd
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    rows = [(t, s, v) for (t, s), values in _CELLS.items() for v in values]
    frame = pd.DataFrame(rows, columns=["temp", "strain", "y"])
    fit = smf.ols("y ~ C(temp, Sum) * C(strain, Sum)", data=frame).fit()
    table = sm.stats.anova_lm(fit, typ=3)
    name = {"temp": "C(temp, Sum)", "strain": "C(strain, Sum)", "temp:strain": "C(temp, Sum):C(strain, Sum)"}[term]
    return float(table.loc[name, "F"]), float(table.loc[name, "PR(>F)"])


def _barred() -> str:
    return ". ".join(
        f"{temp}: "
        + " | ".join(f"{s} " + " ".join(f"{v:.1f}" for v in _CELLS[(temp, s)]) for s in ("alpha", "beta", "gamma"))
        for temp in ("30C", "37C")
    )


@pytest.mark.parametrize(
    ("question", "term"),
    [
        (f"Two-way ANOVA, yield by strain and temperature. {_barred()}. F for the interaction?", "temp:strain"),
        (f"Two-way ANOVA at alpha = 0.01, yield by strain and temperature. {_barred()}. F for temperature?", "temp"),
        (f"yield of three strains at two temperatures, 3 flasks per cell. {_barred()}. two-way ANOVA with interaction: "
         "F statistic of the interaction?", "temp:strain"),
    ],
)  # fmt: skip
def test_twoway_level_named_alpha_is_a_label(question: str, term: str) -> None:
    out = right_value(question, _twoway(term)[0], "anova", rel=1e-6, key="statistic")
    assert "alpha=4.1" not in out["plan"]


def test_alpha_after_a_level_label_is_no_significance_level() -> None:
    assert alpha("alpha 4.1 4.3 4.2; beta 5.0 5.2 5.1") is None
    assert alpha("alpha: 4.1, 4.3, 4.2") is None
    assert alpha("alpha = 0.05, 80% power") == "0.05"
    assert alpha("strain alpha 4.1 4.3; test at alpha = 0.01") == "0.01"


_SIX = [[5.1, 5.3, 5.2], [6.1, 6.0, 6.3], [5.5, 5.6, 5.4], [5.9, 6.2, 6.0], [5.0, 5.2, 5.1], [6.4, 6.5, 6.3]]


def _lists(groups: list[list[float]], sep: str = "; ") -> str:
    return sep.join(" ".join(f"{v:.1f}" for v in g) for g in groups)


@pytest.mark.parametrize(
    ("question", "groups"),
    [
        (f"one-way ANOVA: {_lists(_SIX)}", _SIX),
        (f"Six lines, three parts each: {_lists(_SIX)}. Do the line means differ (ANOVA)? p-value?", _SIX),
        ("ANOVA of 7 groups: " + _lists([*_SIX, [5.7, 5.8, 5.6]]), [*_SIX, [5.7, 5.8, 5.6]]),
    ],
)
def test_anova_of_six_or_more_groups(question: str, groups: list[list[float]]) -> None:
    out = right_value(question, stats.f_oneway(*groups).pvalue, "anova", rel=1e-6, key="p_value")
    assert "let e =" not in out["plan"]


def test_group_names_skip_reserved_names() -> None:
    names = group_names(30)
    assert len(set(names)) == 30 and not set(names) & RESERVED_NAMES
    assert names[:5] == ["a", "b", "c", "d", "f"]
    assert np.all([n.isidentifier() for n in names])
