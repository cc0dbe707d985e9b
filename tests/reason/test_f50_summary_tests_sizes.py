"""Summary-statistics tests and sizes worded as testers type them: the F test of two variances from each group's sd
and size ("old tool s = 4.2 Å from 16 wafers"), two-sided; a mean's sample size from a difference written "Δ = 2.0%"
with an sd in percent (percentage points), or "a 15 Å mean thk offset between 2 furnaces", by the normal
approximation; the smallest Plackett-Burman design for k factors counted with several words between ("9 litho track
factors"). Near misses stay declined: a one-sided F test in words, variances stated as such, a relative change."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value


def _f_two_sided(n1: int, s1: float, n2: int, s2: float) -> float:
    """Two-sided p of F = s1^2/s2^2 on (n1 - 1, n2 - 1) df (scipy)."""
    dist = stats.f(n1 - 1, n2 - 1)
    ratio = s1**2 / s2**2
    return float(2 * min(dist.cdf(ratio), dist.sf(ratio)))


@pytest.mark.parametrize(
    ("question", "sizes", "sds"),
    [
        (
            "SPC on nitride thk: old CVD tool s = 4.2 Å from 16 wafers, new tool s = 2.6 Å from 21 wafers. F test for "
            "equal variances, two-sided -> p-value?",
            (16, 21),
            (4.2, 2.6),
        ),
        (
            "Line A: n = 16, sd = 4.2; line B: n = 21, sd = 2.6. F-test of equal variances, p-value?",
            (16, 21),
            (4.2, 2.6),
        ),
        (
            "two suppliers: 16 parts with standard deviation 4.2 and 21 parts with standard deviation 2.6; F test for "
            "equality of variances at alpha 0.05",
            (16, 21),
            (4.2, 2.6),
        ),
        ("n1=10, s1=1.8, n2=13, s2=0.9: are the variances equal? (F test)", (10, 13), (1.8, 0.9)),
    ],
)
def test_f_test_of_variances_from_summaries(question: str, sizes: tuple[int, int], sds: tuple[float, float]) -> None:
    out = right_value(question, _f_two_sided(sizes[0], sds[0], sizes[1], sds[1]), "hypothesis_test", key="p_value")
    assert out["result"]["statistic"] == pytest.approx(sds[0] ** 2 / sds[1] ** 2)
    assert out["result"]["df"] == [sizes[0] - 1, sizes[1] - 1]


def test_f_test_of_variances_from_samples() -> None:
    a, b = [10.1, 10.4, 9.8, 10.3, 10.0], [9.2, 11.1, 10.7, 8.9, 10.9]
    ratio = stats.tvar(a) / stats.tvar(b)
    want = 2 * min(stats.f.cdf(ratio, 4, 4), stats.f.sf(ratio, 4, 4))
    right_value("F test for equal variances: 10.1 10.4 9.8 10.3 10.0 and 9.2 11.1 10.7 8.9 10.9", want,
                "hypothesis_test", key="p_value")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "is the new tool less variable? old s = 4.2 from 16 wafers, new s = 2.6 from 21 wafers, F test",
        "old tool variance 17.64 from 16 wafers, new tool variance 6.76 from 21 wafers. F test for equal variances?",
    ],
)
def test_f_test_near_misses_decline(question: str) -> None:
    declined(question)


def test_t_test_with_equal_variances_keeps_its_answer() -> None:
    out = reason("t-test assuming equal variances: A n = 10 mean 5.1 sd 0.4; B n = 12 mean 5.6 sd 0.5").to_dict()
    want = stats.ttest_ind_from_stats(5.1, 0.4, 10, 5.6, 0.5, 12, equal_var=True).pvalue
    assert out["result"]["p_value"] == pytest.approx(want, rel=1e-6)


def _z_per_group(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    """n per group of a two-sample z test: 2 ((z_{1-a/2} + z_power) sd / delta)^2, rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * (z * sd / delta) ** 2)


@pytest.mark.parametrize(
    ("question", "delta", "sd", "power"),
    [
        (
            "dissolution, old vs new excipient supplier; want to detect Δ = 2.0% dissolved between means; sd 3.0% "
            "both; α = 0.05 two-sided; power 80%. n per group? (z-based formula, no t iteration; round up)",
            2.0,
            3.0,
            0.8,
        ),
        (
            "assay, two suppliers: detect a difference of 1.5% between means with sd 2.5%, alpha 0.05, 80% power, "
            "z-based. n per group?",
            1.5,
            2.5,
            0.8,
        ),
        (
            "tool matching study: want to detect a 15 Å mean thk offset between 2 furnaces, σ ≈ 20 Å on both, α = "
            "0.05 two-sided, 90% power, normal approx (z formula). wafers needed per furnace?",
            15,
            20,
            0.9,
        ),
        (
            "we want to detect a 4 psi strength offset between two plants, sd 6 psi, alpha 0.05, power 80%, z "
            "formula: n per plant?",
            4,
            6,
            0.8,
        ),
    ],
)
def test_mean_sample_size_from_points_or_offsets(question: str, delta: float, sd: float, power: float) -> None:
    out = right_value(question, _z_per_group(delta, sd, power), "sample_size", key="n")
    assert out["result"]["method"] == "z"


@pytest.mark.parametrize(
    "question",
    [
        "detect a 10% increase in yield between two lines, sd 3%, 80% power, alpha 0.05: n per group?",
        "detect Δ = 2.0% between means; 80% power, alpha 0.05: n per group?",
    ],
)
def test_relative_or_sd_less_changes_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "k"),
    [
        ("want a plackett-burman screen for 9 litho track factors, smallest PB design that fits -> how many runs?", 9),
        ("smallest Plackett-Burman design for 11 wet etch bath factors: how many runs?", 11),
        ("smallest PB screen for 13 molding process factors -> runs?", 13),
    ],
)
def test_smallest_plackett_burman(question: str, k: int) -> None:
    runs = next(n for n in range(4, 100, 4) if n > k)  # the least multiple of 4 above k
    out = reason(question).to_dict()
    assert out["answered"] and out["mode"] == "design"
    assert out["result"]["design"] == "plackett_burman" and out["result"]["runs"] == runs
    assert out["confidence"] >= 0.9 and all(c["passed"] for c in out["checks"])


def test_lead_content_is_no_plackett_burman() -> None:
    out = reason("a 2^3 full factorial for pb, sn and cu content: runs?").to_dict()
    assert out["result"]["design"] == "full_factorial" and out["result"]["runs"] == 8
