"""Branch g17: screening shorthand "sens 92%, spec 97%" read as Bayes' theorem (not a screening design); a share of
items defined by a bound ("15% ... are missing at least one vaccine") set apart from the count asked; a series system
of counted identical exponential components ("8 nodes ... dies if any node fails, mean 400 h"); goodness-of-fit
proportions written as percentages ("50% / 30% / 20%"); a regression's x as a run of periods ("days 1..8"); spec
limits in "supposed to have X between a and b"; lab units behind a prefix ("µg/dL in mg/L"). References: scipy, or
the closed forms computed here."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(prev: float, sens: float, spec: float) -> float:
    return sens * prev / (sens * prev + (1 - spec) * (1 - prev))


def _npv(prev: float, sens: float, spec: float) -> float:
    return spec * (1 - prev) / (spec * (1 - prev) + (1 - sens) * prev)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Hep C rapid test: sens 92%, spec 97%. Prevalence in the screening population ~2%. What's the PPV?",
         _ppv(0.02, 0.92, 0.97)),
        ("screening assay with sens = 90% and spec = 99%; 1% prevalence. positive predictive value?",
         _ppv(0.01, 0.90, 0.99)),
        ("rapid strep test, sens. 0.85, spec. 0.95, prevalence 10% in the clinic. NPV?", _npv(0.10, 0.85, 0.95)),
    ],
)  # fmt: skip
def test_screening_shorthand_is_bayes(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("If 15% of kindergarteners in the county are missing at least one required vaccine, and a school nurse pulls "
         "20 records at random (treat as independent), what's P(5 or more are incomplete)? exact binomial pls",
         stats.binom.sf(4, 20, 0.15)),
        ("8% of the panels have more than 2 dead pixels. In a box of 25 panels, what is the probability that at most 3 "
         "are rejected? binomial", stats.binom.cdf(3, 25, 0.08)),
    ],
)  # fmt: skip
def test_share_defined_by_a_bound(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("training job runs on 8 nodes for 72 h and dies if ANY node fails. node time-to-failure is exponential w/ "
         "mean 400 h, nodes independent. prob the job finishes with zero node failures?", math.exp(-8 * 72 / 400)),
        ("A pumping station has 4 identical pumps and stops if any pump fails. Each pump's life is exponential with "
         "MTBF 2000 hours. Probability the station survives 100 hours?", math.exp(-4 * 100 / 2000)),
        ("a batch job uses 16 GPUs for 24 hours and crashes if a single GPU fails; each GPU has failure rate 1e-4 per "
         "hour (exponential). P(job completes)?", math.exp(-16 * 24 * 1e-4)),
    ],
)  # fmt: skip
def test_series_of_identical_units(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_counted_units_without_series_stay_unconfident() -> None:
    declined("8 nodes, each with exponential life mean 400 h. probability a 72 h run has no failures?")


@pytest.mark.parametrize(
    ("question", "counts", "shares"),
    [
        ("label drift check. training set class mix was 50% / 30% / 20% for classes [a, b, c]. last week's prod "
         "labels: [230, 170, 100]. chi-square goodness of fit vs the training proportions -- p-value?",
         [230, 170, 100], [0.5, 0.3, 0.2]),
        ("expected proportions 50%, 30%, 20%; observed counts 230, 170, 100. chi-square goodness of fit p-value?",
         [230, 170, 100], [0.5, 0.3, 0.2]),
        ("survey answers split 25% / 25% / 50% historically; this year 40, 30, 130 responses. chi-square test of "
         "fit, p?", [40, 30, 130], [0.25, 0.25, 0.5]),
    ],
)  # fmt: skip
def test_goodness_of_fit_percent_shares(question: str, counts: list[int], shares: list[float]) -> None:
    want = stats.chisquare(counts, [s * sum(counts) for s in shares]).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    ("question", "x", "y"),
    [
        ("PSI drift score by day since deploy, days 1..8: [0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11]. fit a "
         "straight line psi vs day. r² ?", range(1, 9), [0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11]),
        ("yield for batches 1-5: 88.2, 89.0, 90.1, 90.4, 91.8 — fit a line, what is R^2?", range(1, 6),
         [88.2, 89.0, 90.1, 90.4, 91.8]),
        ("weekly defect rate for weeks 1 to 6 was 4.1, 3.8, 3.5, 3.6, 3.0, 2.7. linear regression on week, r^2?",
         range(1, 7), [4.1, 3.8, 3.5, 3.6, 3.0, 2.7]),
    ],
)  # fmt: skip
def test_regression_on_a_run_of_periods(question: str, x: range, y: list[float]) -> None:
    right_value(question, stats.linregress(list(x), y).rvalue ** 2, "regression", key="r_squared")


def test_run_of_periods_of_the_wrong_length_declines() -> None:
    declined("yield for batches 1-6: 88.2, 89.0, 90.1, 90.4, 91.8 — fit a line, what is R^2?")


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("embedding vectors are supposed to have L2 norm between 0.95 and 1.05. measured mean norm 1.012, std dev "
         "0.011 (treat as the process sigma). Cpk?", 0.95, 1.05, 1.012, 0.011),
        ("the resistors must have a resistance between 990 and 1010 ohms. process mean 1003, sigma 2.5. what is Cpk?",
         990, 1010, 1003, 2.5),
        ("fill volume is supposed to be between 498 and 502 mL; mean 500.6, sd 0.5. Cpk?", 498, 502, 500.6, 0.5),
    ],
)  # fmt: skip
def test_spec_limits_said_as_a_requirement(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="cpk")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("CDC blood lead reference value is 3.5 µg/dL. The partner lab reports in mg/L — what's 3.5 µg/dL in mg/L?",
         3.5e-6 / 0.1 * 1e3),
        ("3.5 μg/dL in mg/L", 3.5e-6 / 0.1 * 1e3),
        ("how many ng/mL is 12 µg/L", 12.0),
    ],
)  # fmt: skip
def test_lab_units(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", key="value")
