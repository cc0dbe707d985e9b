"""Readings added after the tenth unseen round: a one-sample t-test against a value named as a target, a
nominal, a (label) claim, a spec or "against X" (a percentage on the data's scale); a power analysis's effect in
standard deviations ("an effect of 0.5 SD", "half a standard deviation"); exercise numbers that are labels, not
values; periodic equations answered by their general solution. References from scipy, statsmodels and the
textbook general solutions."""

from __future__ import annotations

import math

import pytest
from scipy import stats
from statsmodels.stats.power import TTestIndPower

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import in_percent, label_starts, named_value
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning import hypothesised_mean, plan_sample_size
from tests.reason.answers import confident

ASSAY = [99.2, 98.7, 99.5, 100.1, 98.9, 99.4, 99.0, 99.6]
FILLS = [502.1, 499.8, 501.5, 500.9, 502.3, 501.1]
YIELDS = [0.93, 0.95, 0.91, 0.94, 0.92]


def _values(values: list[float]) -> str:
    return ", ".join(f"{v:g}" for v in values)


@pytest.mark.parametrize(
    ("question", "data", "mu"),
    [
        (
            f"assay results (% of label claim): {_values(ASSAY)}. label claim is 100%. two-sided one-sample t-test: "
            "p-value?",
            ASSAY,
            100,
        ),  # fmt: skip
        (f"fill weights {_values(FILLS)} g; nominal 500 g. one-sample t-test p-value", FILLS, 500),
        (f"one-sample t-test of {_values(FILLS)} against 501", FILLS, 501),
        (f"hypothesized mean 500.5; data {_values(FILLS)}; t-test", FILLS, 500.5),
        (f"yields {_values(YIELDS)}, target is 95%: t-test p-value", YIELDS, 0.95),  # fractions: 95% is 0.95
        (f"potency (%): {_values(ASSAY)}; is the mean different from the claimed 100%?", ASSAY, 100),
        (f"measurements {_values(FILLS)} mm against a spec of 500 mm: one-sample t-test", FILLS, 500),
    ],
)
def test_one_sample_t_test_against_a_stated_value(question, data, mu):
    out = confident(question)
    assert out.mode == "hypothesis_test" and f"mu={mu:g}" in out.plan
    assert out.result["p_value"] == pytest.approx(stats.ttest_1samp(data, mu).pvalue, rel=1e-9)


def test_a_percentage_is_read_on_the_data_scale():
    assert named_value("label claim is 100%", ["(?:label )?claim"]) == ("100", "%")
    assert in_percent("assay results (% of label claim): 99.2") and not in_percent("80% power, 95% confidence")
    assert hypothesised_mean("assay (% of label claim) 99.2 98.7; claim 100%", ["99.2", "98.7"]) == "100"
    assert hypothesised_mean("yields 0.93 0.95; target 95%", ["0.93", "0.95"]) == "0.95"
    assert hypothesised_mean("growth 1.2 0.8 1.5; target 1%", ["1.2", "0.8", "1.5"]) == "1"  # a value above 1


@pytest.mark.parametrize(
    ("question", "power"),
    [
        (
            "how many per group for a two-sample t-test to detect an effect of 0.5 SD with 80% power, alpha 0.05 "
            "two-sided?",
            0.8,
        ),  # fmt: skip
        ("sample size per group to detect 0.5 standard deviations, power 80%, alpha 0.05", 0.8),
        ("n per group: effect size d = 0.5, 80% power, two-sided alpha 0.05", 0.8),
        ("Cohen's d 0.5, power 0.8, alpha 0.05: how many per group?", 0.8),
        ("how many per group to detect half a standard deviation with 90% power at alpha 0.05", 0.9),
        ("how many per group to detect a 2 mm difference, sd 4 mm, 80% power, alpha 0.05", 0.8),
        ("per-group n to detect an effect of 2 mm with sd 4 mm, 90% power", 0.9),
    ],
)
def test_sample_size_for_an_effect_in_standard_deviations(question, power):
    out = confident(question)
    want = math.ceil(TTestIndPower().solve_power(effect_size=0.5, power=power, alpha=0.05))
    assert out.result["n"] == want and "per group" in out.answer


def test_an_effect_without_its_unit_is_refused():
    with pytest.raises(PlanError, match="0.5 SD"):
        plan_sample_size("how many per group to detect an effect of 0.5 with 80% power")


@pytest.mark.parametrize(
    ("question", "label"),
    [("Exercise 3: evaluate", "3"), ("Problem 2(b): integral", "2"), ("3) integrate 1/x", "3"),
     ("see Fig. 4 and question 12", "4"), ("(5) solve x^2 = 4", "5")],
)  # fmt: skip
def test_exercise_numbers_are_labels(question, label):
    assert question.index(label) in label_starts(question)


def test_a_numbered_exercise_integral_is_answered_with_confidence():
    out = confident("Exercise 3: evaluate the integral of x ln(x) dx from 0 to 1")
    assert out.result == "-1/4"
    quad = next(c for c in out.checks if "quadrature" in c["name"])
    assert quad["passed"] and "scipy quad" in quad["detail"]


def test_an_oscillating_improper_integral_is_confirmed_and_a_divergent_one_is_not():
    dirichlet = confident("integral of sin(x)/x from 0 to infinity")
    assert "QAWF" in next(c["detail"] for c in dirichlet.checks if "quadrature" in c["name"])
    assert reason("integral of 1/x from 0 to 1").confidence < 0.5  # divergent: nothing confirms a value


@pytest.mark.parametrize(
    ("question", "families"),
    [
        ("solve sin x = 0 over the reals", ["pi*n"]),
        ("solve sin(x)=0 for real x", ["pi*n"]),
        ("solve cos(x) = 0 where x is real", ["pi*n + pi/2"]),
        ("find x such that tan(x) = 1", ["pi*n + pi/4"]),
        ("solve 2 sin(x) = 1", ["2*pi*n + pi/6", "2*pi*n + 5*pi/6"]),
    ],
)
def test_a_periodic_equation_is_answered_by_its_general_solution(question, families):
    out = confident(question)
    step = out.to_dict()
    assert step["result"].startswith(("ImageSet(", "Union(")) and "for every integer n" in out.answer
    assert all(family in out.answer for family in families)
    assert any("numeric scan" in c["name"] and c["passed"] for c in out.checks)
