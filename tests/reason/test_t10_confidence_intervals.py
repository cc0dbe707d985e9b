"""Task t10: confidence intervals asked in prose (a proportion from a count, a mean from summaries or data, one-sided
bounds), each bound against statsmodels or scipy computed here; differences, rates over time and other quantities
declined."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

from tests.reason.answers import declined, right_value

_MODE = "confidence_interval"


def _t_interval(n: int, mean: float, sd: float, conf: float) -> tuple[float, float]:
    """The two-sided t interval, by scipy."""
    low, high = stats.t.interval(conf, n - 1, loc=mean, scale=sd / math.sqrt(n))
    return float(low), float(high)


@pytest.mark.parametrize(
    ("question", "x", "n", "conf", "method"),
    [
        ("19 of 240 samples exceeded 1 NTU. 95% confidence interval for the proportion?", 19, 240, 0.95, "wilson"),
        ("19 out of 240 samples exceeded 1 NTU; what's the 95% CI for the proportion?", 19, 240, 0.95, "wilson"),
        ("We found 12 defectives in a sample of 300. What is the 90% confidence interval for the defect rate?", 12,
         300, 0.90, "wilson"),
        ("240 inspected, 19 failed. 95% CI for the failure rate (exact)?", 19, 240, 0.95, "beta"),
        ("19 out of 240 samples exceeded 1 NTU. Give a 95% Clopper-Pearson interval for the proportion.", 19, 240,
         0.95, "beta"),
        ("240 inspected, 19 failed. 99% Wald confidence interval for the proportion defective", 19, 240, 0.99,
         "normal"),
        ("Of 500 parts, 38 were defective. Construct a 95% Agresti-Coull confidence interval for the true defect "
         "rate.", 38, 500, 0.95, "agresti_coull"),
    ],
)  # fmt: skip
def test_proportion_interval(question: str, x: int, n: int, conf: float, method: str) -> None:
    low, high = proportion_confint(x, n, alpha=1 - conf, method=method)
    out = right_value(question, max(0.0, low), _MODE, key="lower")
    assert out["result"]["upper"] == pytest.approx(min(1.0, high), rel=1e-6)


def test_wilson_default_is_said() -> None:
    out = right_value("19 of 240 samples exceeded 1 NTU. 95% confidence interval for the proportion?",
                      proportion_confint(19, 240, method="wilson")[0], _MODE, key="lower")  # fmt: skip
    assert "Wilson" in out["answer"] and any("Wilson" in c for c in out["caveats"])


def test_exact_binomtest_agrees() -> None:
    want = stats.binomtest(19, 240).proportion_ci(0.95, method="exact")
    out = right_value("19/240 exceeded the limit. 95% exact confidence interval for the proportion", want.low, _MODE,
                      key="lower")  # fmt: skip
    assert out["result"]["upper"] == pytest.approx(want.high, rel=1e-6)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("3 of 50 units failed. 95% upper confidence bound on the failure proportion (exact)?",
         proportion_confint(3, 50, alpha=0.10, method="beta")[1]),
        ("0 failures in 59 trials: 95% upper confidence bound on the failure probability (Clopper-Pearson)",
         1 - 0.05 ** (1 / 59)),
    ],
)  # fmt: skip
def test_proportion_upper_bound(question: str, want: float) -> None:
    out = right_value(question, want, _MODE, key="upper")
    assert out["result"]["value"] == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize(
    ("question", "n", "mean", "sd", "conf"),
    [
        ("n = 12, mean 50.3, sd 1.1: 95% CI for the mean", 12, 50.3, 1.1, 0.95),
        ("A sample of 25 bolts has mean length 50.12 mm and standard deviation 0.08 mm. Find a 99% confidence "
         "interval for the mean length.", 25, 50.12, 0.08, 0.99),
        ("95% confidence interval for the mean, n=12, xbar=50.3, s=1.1", 12, 50.3, 1.1, 0.95),
    ],
)  # fmt: skip
def test_mean_interval_from_summaries(question: str, n: int, mean: float, sd: float, conf: float) -> None:
    low, high = _t_interval(n, mean, sd, conf)
    out = right_value(question, low, _MODE, key="lower")
    assert out["result"]["upper"] == pytest.approx(high, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "95% confidence interval for the mean of 10.1 9.8 10.3 10.0 9.9 10.2",
        "Data: 10.1, 9.8, 10.3, 10.0, 9.9, 10.2. Compute a 95% confidence interval for the population mean.",
        "what's the 95% CI of the average? 10.1 9.8 10.3 10.0 9.9 10.2",
    ],
)
def test_mean_interval_from_data(question: str) -> None:
    x = np.array([10.1, 9.8, 10.3, 10.0, 9.9, 10.2])
    low, high = stats.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=stats.sem(x))
    out = right_value(question, low, _MODE, key="lower")
    assert out["result"]["upper"] == pytest.approx(high, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "key", "want"),
    [
        ("n = 12, mean 50.3, sd 1.1: 95% upper confidence bound for the mean", "upper",
         50.3 + stats.t.ppf(0.95, 11) * 1.1 / math.sqrt(12)),
        ("95% lower confidence bound for the mean: n = 20, mean 12.4, sd 0.8", "lower",
         12.4 - stats.t.ppf(0.95, 19) * 0.8 / math.sqrt(20)),
    ],
)  # fmt: skip
def test_mean_one_sided_bound(question: str, key: str, want: float) -> None:
    out = right_value(question, want, _MODE, key="value")
    assert out["result"][key] == pytest.approx(want, rel=1e-9)
    assert out["result"]["lower" if key == "upper" else "upper"] is None


def test_sd_interval() -> None:
    n, s = 15, 0.42
    want = (
        math.sqrt((n - 1) * s**2 / stats.chi2.isf(0.025, n - 1)),
        math.sqrt((n - 1) * s**2 / stats.chi2.ppf(0.025, n - 1)),
    )
    out = right_value("what is the 95% confidence interval for the standard deviation, n = 15, sd = 0.42", want[0],
                      _MODE, key="lower")  # fmt: skip
    assert out["result"]["upper"] == pytest.approx(want[1], rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "95% confidence interval for the difference in means: 12.1 11.8 12.4 12.0 and 12.6 12.3 12.9 12.7",
        "95% CI for the difference between two proportions: 45 of 200 vs 30 of 210",
        "3 failures in 1200 hours of testing. 95% confidence interval for the failure rate?",
        "Cpk for mean 10.02, sd 0.015, n = 50, specs 9.95 to 10.05: 95% lower confidence bound on Cpk?",
        "one-sided 95% confidence bound for the mean, n = 12, mean 50.3, sd 1.1",
        "95% CI for the median of 3 5 7 9 11 13",
    ],
)
def test_declined(question: str) -> None:
    declined(question)


def test_sample_size_and_critical_values_stay() -> None:
    """Questions that only mention an interval keep their own modes."""
    from havoc_cli.reason.pipeline import reason

    assert reason("how many parts to estimate the mean within +/-0.5 mm with a 95% CI, sd=2 mm (z-based)").mode == (
        "sample_size"
    )
    assert reason("critical value z_{alpha/2} for a 99% confidence interval").mode == "probability"
    assert reason("R-bar 1.2 with subgroups of 6: where is the upper limit of the range chart?").mode == "control_chart"
    assert reason("we want the 90% CI half-width for the mean diameter to be 0.05 mm; sigma = 0.2 mm. n?").mode == (
        "sample_size"
    )
