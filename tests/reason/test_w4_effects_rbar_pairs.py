"""Branch w4: effects of a 2^2 factorial from runs labelled "A-, B-: 20" or "(A low, B low) 62" (the mode too when a
remark names a regression coefficient it sets aside), Cp/Cpk with sigma = R-bar/d2 from a chart's summary, and a
regression of pairs pasted one a line under a titled "X vs Y:" heading. References: numpy contrasts, d2 by scipy
quadrature, scipy.stats.linregress."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import integrate, stats

from tests.reason.answers import declined, right_value


def _effect(responses: list[float], term: str) -> float:
    """A 2^2 effect from responses in standard order (1), a, b, ab: mean where the term's column is + less mean at -."""
    a = np.array([-1, 1, -1, 1])
    b = np.array([-1, -1, 1, 1])
    column = {"A": a, "B": b, "AB": a * b}[term]
    y = np.array(responses, dtype=float)
    return float(y[column > 0].mean() - y[column < 0].mean())


_CLINCH = [20, 30, 25, 45]
_ESTER = [62, 71, 65, 80]
_CLINCH_RUNS = "A−, B−: 20\nA+, B−: 30\nA−, B+: 25\nA+, B+: 45"


@pytest.mark.parametrize(
    ("question", "responses", "term"),
    [
        (f"2² DOE on clinch joint push-out strength, one replicate:\n{_CLINCH_RUNS}\nAB interaction effect? (effect = "
         "contrast/2, i.e. Montgomery-style effect, not the regression coefficient)", _CLINCH, "AB"),
        (f"2^2 experiment on push-out strength, one replicate:\n{_CLINCH_RUNS}\nmain effect of A?", _CLINCH, "A"),
        ("2^2 factorial, single replicate: A-B- 20, A+B- 30, A-B+ 25, A+B+ 45. Estimate the AB interaction effect.",
         _CLINCH, "AB"),
        ("2^2 unreplicated: A- B- = 20, A+ B- = 30, A- B+ = 25, A+ B+ = 45. Montgomery-style AB effect?", _CLINCH,
         "AB"),
        ("2² factorial on the esterification, A = temperature, B = acid catalyst conc, yield %:\n(A low, B low) 62; "
         "(A high, B low) 71; (A low, B high) 65; (A high, B high) 80.\nEstimate the AB interaction effect.", _ESTER,
         "AB"),
        ("Esterification yield from a 2^2 design (A = temperature, B = catalyst):\n(A low, B low) 62\n(A high, B low) "
         "71\n(A low, B high) 65\n(A high, B high) 80\nWhat is the interaction effect?", _ESTER, "AB"),
        ("2^2 factorial, yield %: (A lo, B lo) 62; (A hi, B lo) 71; (A lo, B hi) 65; (A hi, B hi) 80. Main effect of "
         "B?", _ESTER, "B"),
    ],
)  # fmt: skip
def test_effects_of_runs_labelled_by_signs_or_in_brackets(question, responses, term):
    right_value(question, _effect(responses, term), "design", rel=1e-9, key="value")


@pytest.mark.parametrize(
    "question",
    [
        f"2² DOE, one replicate:\n{_CLINCH_RUNS}\nWhat is the regression coefficient of the AB interaction?",
        "2^2 factorial: (A low, B low) 62; (A high, B low) 71; (A low, B high) 65. AB interaction effect?",
    ],
)
def test_a_coefficient_asked_or_a_run_missing_is_declined(question):
    declined(question)


def _d2(n: int) -> float:
    """d2(n) = E[range of n standard normals] by quadrature, rounded to the printed tables' 3 decimals."""
    f = lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n  # noqa: E731
    return round(integrate.quad(f, -np.inf, np.inf)[0], 3)


def _cpk(mean: float, rbar: float, d2: float, lsl: float, usl: float) -> float:
    sigma = rbar / d2
    return min(usl - mean, mean - lsl) / (3 * sigma)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("PPAP capability study on a pierced hole: spec 10.00 ± 0.15 mm, X-double-bar = 10.04, R-bar = 0.07 from "
         "subgroups of n = 5 (d2 = 2.326). Cpk using within sigma = R-bar/d2?", _cpk(10.04, 0.07, 2.326, 9.85, 10.15)),
        ("Hole diameter spec 10.00 +/- 0.15 mm; x̿ = 10.04, R̄ = 0.07, n = 5. Cpk with sigma = R-bar/d2?",
         _cpk(10.04, 0.07, _d2(5), 9.85, 10.15)),
        ("pH spec on the neutralizer outlet is 6.5 to 8.5. From the control chart (subgroups of n = 4) the process "
         "mean is 7.3 and R̄ = 0.42. Estimating σ as R̄/d2, what's Cpk?", _cpk(7.3, 0.42, _d2(4), 6.5, 8.5)),
        ("The outlet pH must stay between 6.5 and 8.5. X-bar/R chart, n = 4 per subgroup: center line 7.3, average "
         "range 0.42. Cpk?", _cpk(7.3, 0.42, _d2(4), 6.5, 8.5)),
        ("USL 8.5, LSL 6.5; control chart grand average 7.3, R-bar 0.42 with subgroups of 4; estimate Cp",
         (8.5 - 6.5) / (6 * 0.42 / _d2(4))),
    ],
)  # fmt: skip
def test_capability_with_sigma_from_rbar_over_d2(question, want):
    right_value(question, want, "capability", rel=1e-9, key="value")


def test_a_stated_d2_other_than_the_tables_is_used_and_said():
    question = ("spec 10.00 ± 0.15, X-double-bar = 10.04, R-bar = 0.07, subgroups of n = 5, d2 = 2.5. Cpk with "
                "sigma = R-bar/d2?")  # fmt: skip
    out = right_value(question, _cpk(10.04, 0.07, 2.5, 9.85, 10.15), "capability", rel=1e-9, key="value")
    assert any("2.5" in caveat and "stated" in caveat for caveat in out["caveats"])


@pytest.mark.parametrize(
    "question",
    [
        "spec 6.5 to 8.5, xbar-bar 7.3, Rbar 0.42, subgroup size 4: Ppk?",
        "spec 10.00 ± 0.15, X-double-bar = 10.04, R-bar = 0.07. Cpk with sigma = R-bar/d2?",
    ],
)
def test_ppk_from_rbar_or_no_subgroup_size_is_declined(question):
    declined(question)


_CONC = [0, 5, 10, 20, 40, 80]
_ABS = [0.012, 0.105, 0.198, 0.402, 0.790, 1.585]
_ROWS = "\n".join(f"{c} {a:.3f}" for c, a in zip(_CONC, _ABS, strict=True))


@pytest.mark.parametrize(
    "question",
    [
        f"ELISA calibration, conc (ng/mL) vs absorbance:\n{_ROWS}\nFit absorbance = b0 + b1*conc by ordinary least "
        "squares. Slope b1?",
        f"ELISA standards, conc (ng/mL) vs absorbance:\n{_ROWS}\nWhat is the OLS slope of absorbance on concentration?",
        f"Calibration: conc (ng/mL) vs absorbance\n{_ROWS}\nFit a straight line; slope?",
        f"Plate reader check - conc vs absorbance\n{_ROWS}\nLeast squares line: slope?",
    ],
)
def test_slope_of_pairs_under_a_titled_heading(question):
    right_value(question, stats.linregress(_CONC, _ABS).slope, "regression", rel=1e-9, key="slope")
