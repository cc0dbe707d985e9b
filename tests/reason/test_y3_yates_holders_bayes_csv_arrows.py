"""Task y3: a continuity correction refused in words ("no Yates continuity correction"), a binomial's n from the
holder that has the places counted ("a 96-well plate"), a share "coming in under f'c" as the bad share, Bayes' theorem
in exact fractions when asked, tables pasted as comma-separated values, groups written "LABEL -> values". References
are computed here with scipy and fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import continuity_correction
from tests.reason.answers import declined, right_value

_MYCO = "mycoplasma positives: site A 7 of 40 flasks, site B 15 of 45 flasks."
_TABLE = [[7, 33], [15, 30]]


@pytest.mark.parametrize(
    "q",
    [
        f"{_MYCO} chi-square test of independence on the 2x2 table, no Yates continuity correction. p?",
        "Site A had 7 of 40 flasks test positive for mycoplasma and site B 15 of 45. Chi-square test of independence "
        "without continuity correction: p-value?",
        "mycoplasma: lab A 7 out of 40 flasks positive, lab B 15 out of 45 positive. uncorrected chi-square test on "
        "the 2x2 table, what's p?",
        f"{_MYCO} chi-square test of independence, Yates correction not applied. p?",
    ],
)
def test_yates_refused(q: str) -> None:
    want = stats.chi2_contingency(_TABLE, correction=False).pvalue
    out = right_value(q, want, "hypothesis_test", rel=1e-6, key="p_value")
    assert any("k of n" in c["name"] and c["passed"] for c in out["checks"]) or "7 of 40" not in q


def test_yates_asked() -> None:
    q = f"{_MYCO} chi-square test of independence with Yates continuity correction. p?"
    right_value(q, stats.chi2_contingency(_TABLE, correction=True).pvalue, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("no Yates continuity correction", False),
        ("without Yates' correction", False),
        ("continuity correction off", False),
        ("do not apply the continuity correction", False),
        ("with Yates' continuity correction", True),
        ("Yates-corrected chi-square", True),
        ("a chi-square test", None),
    ],
)
def test_continuity_correction_reader(text: str, want: bool | None) -> None:
    assert continuity_correction(text) is want


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("Each well of a 96-well plate independently has a 2% chance of contamination. What's the probability that at "
         "most two wells on a plate are contaminated? (exact binomial)", stats.binom.cdf(2, 96, 0.02)),
        ("Each cavity of a 24-cavity mould independently has a 3% chance of a short shot. What is the probability that "
         "2 or more cavities are short on one shot?", stats.binom.sf(1, 24, 0.03)),
        ("Each can in a 12-pack of cans independently has a 5% chance of being dented. Probability that at most 1 can "
         "in the pack is dented?", stats.binom.cdf(1, 12, 0.05)),
    ],
)  # fmt: skip
def test_places_of_a_holder(q: str, want: float) -> None:
    right_value(q, want, "probability", rel=1e-9)


def test_places_over_several_holders_declined() -> None:
    declined("Each well of a 96-well plate independently has a 2% chance of contamination. What's the probability "
             "that at most two wells are contaminated across 10 plates?")  # fmt: skip


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("Historically 8% of our 28-day cylinders come in under f'c. If we break 15 cylinders (assume independent), "
         "what's the probability that at most one of them fails?", stats.binom.cdf(1, 15, 0.08)),
        ("About 8% of our 28-day cylinders fall below spec. If we test 15 cylinders (independent), what is the "
         "probability that at most one fails?", stats.binom.cdf(1, 15, 0.08)),
        ("Historically 8% of our 28-day cylinders come in below f'c. If we break 15 cylinders (assume independent), "
         "what's the probability that at least two of them fail?", stats.binom.sf(1, 15, 0.08)),
    ],
)  # fmt: skip
def test_share_under_strength(q: str, want: float) -> None:
    right_value(q, want, "probability", rel=1e-9)


_GRADE = ("15% of blast-hole samples in this bench are truly high grade. The pXRF screen flags 90% of true high-grade "
          "samples and also flags 10% of the ones that aren't. A sample gets flagged — probability it's really high "
          "grade?")  # fmt: skip


@pytest.mark.parametrize("asked", [" exact fraction", " Give it as a fraction.", " Exact answer please."])
def test_bayes_exact_fraction(asked: str) -> None:
    p, se, sp = Fraction(15, 100), Fraction(90, 100), Fraction(90, 100)
    want = p * se / (p * se + (1 - p) * (1 - sp))
    out = reason(_GRADE + asked).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["checks"]
    assert out["result"] == f"{want.numerator}/{want.denominator}"


def test_bayes_npv_exact_fraction() -> None:
    p, se, sp = Fraction(2, 100), Fraction(95, 100), Fraction(90, 100)
    want = (1 - p) * sp / ((1 - p) * sp + p * (1 - se))
    out = reason("Prevalence 2%, sensitivity 95%, specificity 90%. Given a negative test, probability the item is "
                 "clean? exact fraction").to_dict()  # fmt: skip
    assert out["result"] == f"{want.numerator}/{want.denominator}" and out["confidence"] >= 0.9


def test_bayes_without_exact_is_a_number() -> None:
    p, se, sp = 0.15, 0.9, 0.9
    right_value(_GRADE, p * se / (p * se + (1 - p) * (1 - sp)), "probability", rel=1e-12)


_GAUGE = [2385, 2402, 2371, 2410, 2395, 2380]
_CORE = [2378, 2390, 2369, 2398, 2391, 2372]


def _csv(header: str, sep: str, index: bool) -> str:
    rows = [
        sep.join(str(v) for v in ([i + 1] if index else []) + [g, c])
        for i, (g, c) in enumerate(zip(_GAUGE, _CORE, strict=True))
    ]
    return "\n".join([header, *rows])


@pytest.mark.parametrize(
    "q",
    [
        "Asphalt density, nuclear gauge vs core at the same six locations (kg/m³):\n" + _csv("loc,gauge,core", ",", True)
        + "\nDo the gauge readings differ from the cores on average? paired t-test, two-sided, what's the p-value",
        "Gauge vs core density at six spots:\n" + _csv("loc, gauge, core", ", ", True)
        + "\npaired t-test p-value, two-sided",
        _csv("gauge,core", ",", False) + "\nSame locations. Paired t test: is there a mean difference? p-value",
    ],
)  # fmt: skip
def test_comma_separated_columns(q: str) -> None:
    right_value(q, stats.ttest_rel(_GAUGE, _CORE).pvalue, "hypothesis_test", rel=1e-6, key="p_value")


def test_comma_separated_columns_of_thousands() -> None:
    """Three-digit cells after commas stay cells, not one number with thousands separators."""
    a, b = [238, 240, 236, 241, 239], [235, 238, 236, 237, 236]
    rows = "\n".join(f"{i + 1},{x},{y}" for i, (x, y) in enumerate(zip(a, b, strict=True)))
    q = f"run,before,after\n{rows}\npaired t-test, two-sided p-value?"
    right_value(q, stats.ttest_rel(a, b).pvalue, "hypothesis_test", rel=1e-6, key="p_value")


_STRENGTHS = {
    250: [84.1, 85.3, 83.8, 84.9],
    500: [86.0, 86.8, 85.5, 87.1],
    750: [87.9, 88.4, 87.2, 88.8],
    1000: [88.1, 88.9, 87.6, 89.0],
}


@pytest.mark.parametrize("arrow", ["->", "=>", "→"])
def test_arrow_headed_groups(arrow: str) -> None:
    lines = "\n".join(f"{k} ppm {arrow} {', '.join(str(v) for v in vs)}" for k, vs in _STRENGTHS.items())
    q = f"bottle rolls at four NaCN strengths, 4 bottles each, extraction %:\n{lines}\ndoes cyanide strength matter? one-way anova p value"
    right_value(q, stats.f_oneway(*_STRENGTHS.values()).pvalue, "anova", rel=1e-6, key="p_value")


def test_arrow_headed_groups_spaces() -> None:
    groups = {60: [71.2, 72.0, 70.8], 70: [74.1, 73.5, 74.8], 80: [76.0, 75.2, 76.9]}
    lines = "\n".join(f"{k} C -> {' '.join(str(v) for v in vs)}" for k, vs in groups.items())
    q = f"yield at three temperatures:\n{lines}\none-way anova p?"
    right_value(q, stats.f_oneway(*groups.values()).pvalue, "anova", rel=1e-6, key="p_value")
