"""Readings added after the fourteenth unseen rounds (main): specification limits given in either order or named
in words ("minimum spec of 450 psi, no upper spec"), a d2 the question states for R-bar/d2, a u chart's sample
measured in area or length ("20 samples, each 5 m²"), a repeated polynomial root, and rows of counts under a
question of association. References: numpy (indices from the measurements), scipy (chi-square), sympy (roots),
the u-chart formula u-bar +- 3 sqrt(u-bar / n)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import integrate, stats

from plugins.api.prose import spec_limits
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

s = sp.Symbol("s")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Cpk: mean 10.01, sd 0.03, specs 10.10 / 9.90", min(10.10 - 10.01, 10.01 - 9.90) / 0.09),
        ("process mean 10.01, std dev 0.03, spec limits 10.10 to 9.90. Cpk?", min(10.10 - 10.01, 10.01 - 9.90) / 0.09),
        ("Burst pressure has a minimum spec of 450 psi, no upper spec. Process mean is 512 psi with a standard "
         "deviation of 14.5 psi. What's the Cpk?", (512 - 450) / (3 * 14.5)),
        ("max spec 0.50 mm, mean 0.31 mm, sd 0.05 mm: Cpk", (0.50 - 0.31) / (3 * 0.05)),
        ("Cp with spec min 3.0, spec max 9.0 and sigma 0.8", 6.0 / (6 * 0.8)),
    ],
)  # fmt: skip
def test_spec_limits_in_either_order_or_named_in_words(question, want):
    out = confident(question, "capability")
    assert out.result["value"] == pytest.approx(want, rel=1e-12)


def test_named_limits_that_contradict_each_other_are_declined():
    assert "not below the USL" in declined("Cpk: mean 10.01, sd 0.03, LSL 10.10, USL 9.90")
    assert "not below the USL" in declined("mean 10.01, sd 0.03, LSL 10.1 USL 9.9: fraction out of spec?")
    assert spec_limits("lower limit 3, upper limit 9") == ("3", "9")


_PINS = ("Five subgroups of 5 pins, diameters in mm, in order: 10.02 9.98 10.01 10.04 9.99 | 10.03 10.00 9.97 10.02 "
         "10.01 | 9.99 10.05 10.02 10.00 10.03 | 10.01 9.98 10.04 10.02 10.00 | 10.04 10.01 10.00 10.03 9.98. LSL 9.90, "
         "USL 10.10. Compute Cpk with the within-subgroup sigma estimated as R-bar/d2")  # fmt: skip


def _pins_cpk(d2: float) -> float:
    x = np.array([float(v) for v in _PINS.split(": ")[1].split(". LSL")[0].replace("|", " ").split()])
    sigma = np.ptp(x.reshape(5, 5), axis=1).mean() / d2
    return min(10.10 - x.mean(), x.mean() - 9.90) / (3 * sigma)


def test_a_stated_d2_is_the_one_used():
    assert confident(_PINS + ", d2 = 2.326.", "capability").result["cpk"] == pytest.approx(_pins_cpk(2.326), rel=1e-12)
    # E[range of 5 standard normals] by quadrature (Harter's tables: 2.32593)
    exact = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 5 - stats.norm.sf(w) ** 5, -np.inf, np.inf)[0]
    assert confident(_PINS + ", d2 = 2.32593.", "capability").result["cpk"] == pytest.approx(_pins_cpk(exact), rel=1e-9)
    assert "is not d2(5)" in declined(_PINS + ", d2 = 2.5.")


@pytest.mark.parametrize(
    ("question", "ubar", "n"),
    [
        ("Paint line audit: 20 samples, each 5 m² of panel, 96 defects found in total. What's the UCL of the u "
         "chart (defects per m²)?", 96 / 100, 5),
        ("u chart: 25 rolls, each 10 m of fabric, 180 flaws total. UCL?", 180 / 250, 10),
    ],
)  # fmt: skip
def test_u_chart_samples_measured_in_area_or_length(question, ubar, n):
    out = confident(question, "control_chart")
    assert out.result["ucl"] == pytest.approx(ubar + 3 * math.sqrt(ubar / n), rel=1e-12)


@pytest.mark.parametrize("question", ["s^3 + 3s^2 + 3s + 1 = 0, roots?", "solve (s-2)^4 (s+1) = 0"])
def test_repeated_roots_pass_the_audit(question):
    out = confident(question, "algebra")
    polynomial = sp.sympify(out.plan.split("solve(")[1].split(" ==")[0].replace("^", "**"), locals={"s": s})
    assert roots_of(out.result) == as_set(sp.roots(sp.Poly(polynomial, s)))


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("is there an association? shift A 20 15 5; shift B 30 10 12", [[20, 15, 5], [30, 10, 12]]),
        ("are defect types related to shift? day: 12, 8, 5; night: 15, 6, 9", [[12, 8, 5], [15, 6, 9]]),
        ("is line associated with defect type? line 1: 14, 9, 4; line 2: 8, 12, 10", [[14, 9, 4], [8, 12, 10]]),
        ("shift A: 20 15 5; shift B: 30 10 12. independent of shift?", [[20, 15, 5], [30, 10, 12]]),
    ],
)
def test_rows_of_counts_with_a_question_of_association(question, table):
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(stats.chi2_contingency(table, correction=False).pvalue, rel=1e-9)


def test_a_difference_between_rows_of_counts_is_still_a_t_test():
    out = confident("is there a difference between shift A 20 15 5 and shift B 30 10 12?", "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(stats.ttest_ind([20, 15, 5], [30, 10, 12], equal_var=False).pvalue)


def test_two_named_variables_are_not_a_table_of_counts():
    from plugins.stats.reasoning_tables import tagged_rows_table

    assert tagged_rows_table("is yield associated with temperature? temp 1: 150 160 170; yield 2: 62 64 66") is None


def test_arrow_pairs_with_units_are_paired_data():
    question = ("Weekly averages: 18 degC -> 2.1%, 21 degC -> 2.4%, 24 degC -> 2.3%, 27 degC -> 2.9%, 30 degC -> "
                "3.2%, 33 degC -> 3.1%. R-squared of a straight-line fit of scrap on temperature?")  # fmt: skip
    out = confident(question, "regression")
    fit = stats.linregress([18, 21, 24, 27, 30, 33], [2.1, 2.4, 2.3, 2.9, 3.2, 3.1])
    assert out.result["r_squared"] == pytest.approx(fit.rvalue**2, rel=1e-12)


def test_a_nominal_at_the_middle_of_the_limits_is_read_as_the_nominal():
    out = confident("bore 12 mm, LSL 11.95 USL 12.05, xbar 12.012, sigma 0.011 -> cpk?", "capability")
    value = out.result["value"] if isinstance(out.result, dict) else out.result
    assert value == pytest.approx(min(12.05 - 12.012, 12.012 - 11.95) / (3 * 0.011), rel=1e-12)


@pytest.mark.parametrize(
    ("question", "mu", "k"),
    [
        ("Flaws on a coated sheet follow a Poisson distribution with an average of 2.5 flaws per sheet. What is the "
         "probability that a sheet has at least 2 flaws?", 2.5, 1),
        ("calls arrive at 4 per hour (Poisson). probability of more than 10 calls in a busy hour?", 4, 10),
    ],
)  # fmt: skip
def test_a_window_of_one_unit_described_in_words(question, mu, k):
    assert confident(question, "probability").result == pytest.approx(stats.poisson.sf(k, mu), rel=1e-12)


def test_a_vague_window_is_declined():
    declined("calls arrive at 4 per hour (Poisson). probability of more than 10 calls in a few hours?")


_T = sp.Symbol("t")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("C(t) = 50 e^(-0.2 t) mg/L. What is the integral of C(t) from t = 0 to t = 10 h?",
         sp.integrate(50 * sp.exp(-_T / 5), (_T, 0, 10))),
        ("integral of 3t^2 dt from 0 to 10 s", sp.integrate(3 * _T**2, (_T, 0, 10))),
    ],
)  # fmt: skip
def test_a_unit_after_the_upper_bound(question, want):
    out = confident(question, "calculus")
    assert same_expr(out.result, want)


def test_a_certified_value_is_the_one_sample_target():
    data = [49.2, 50.1, 49.6, 49.8, 49.4, 49.9]
    out = confident("reference material certified at 50.0 mg/kg. replicates 49.2, 50.1, 49.6, 49.8, 49.4, 49.9 mg/kg. "
                    "one-sample t-test p-value?", "hypothesis_test")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(stats.ttest_1samp(data, 50.0).pvalue, rel=1e-9)
