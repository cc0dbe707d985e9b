"""Tables of groups' summary statistics: a header naming n, mean and sd in any order (pipes or tabs, the rows one a
line or run together on one line) is read as each group's summaries and tested from them, never as samples.
References: scipy's ttest_ind_from_stats and a one-way ANOVA computed from the summaries; near misses decline."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import summary_rows_check
from plugins.api.reasoning import Plan
from plugins.api.summary_table import summary_table
from tests.reason.answers import declined, right_value


def _anova_p(n: list[int], mean: list[float], sd: list[float]) -> float:
    """The one-way ANOVA p-value of groups given by their size, mean and sd."""
    total = sum(k * m for k, m in zip(n, mean, strict=True)) / sum(n)
    between = sum(k * (m - total) ** 2 for k, m in zip(n, mean, strict=True)) / (len(n) - 1)
    within = sum((k - 1) * s**2 for k, s in zip(n, sd, strict=True)) / (sum(n) - len(n))
    return float(stats.f.sf(between / within, len(n) - 1, sum(n) - len(n)))


_TAT = ("| shift | n | mean | SD |", "| day | 36 | 42.3 | 11.8 |", "| night | 29 | 48.9 | 16.4 |")
_ASK = "The SDs look different so please don't pool them (Welch test). Two-sided p-value for a difference in mean TAT?"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (  # rows one a line
            "Troponin turnaround time, receipt to result (minutes):\n" + "\n".join(_TAT) + "\n" + _ASK,
            stats.ttest_ind_from_stats(42.3, 11.8, 36, 48.9, 16.4, 29, equal_var=False).pvalue,
        ),
        (  # rows run together on one line
            "Troponin turnaround time, receipt to result (minutes): " + " ".join(_TAT) + " " + _ASK,
            stats.ttest_ind_from_stats(42.3, 11.8, 36, 48.9, 16.4, 29, equal_var=False).pvalue,
        ),
        (  # rows apart by slashes, the header in another order
            "TAT (minutes): / | shift | mean | SD | n | / | day | 42.3 | 11.8 | 36 | / | night | 48.9 | 16.4 | 29 | / "
            "Welch t test, two-sided p-value?",
            stats.ttest_ind_from_stats(42.3, 11.8, 36, 48.9, 16.4, 29, equal_var=False).pvalue,
        ),
        (  # tabs, a pooled test
            "Cure time by oven (h):\noven\tmean\tsd\tn\nA\t5.2\t0.4\t12\nB\t5.6\t0.5\t10\nIs there a difference? "
            "two-sided t test, pooled variance.",
            stats.ttest_ind_from_stats(5.2, 0.4, 12, 5.6, 0.5, 10, equal_var=True).pvalue,
        ),
    ],
)
def test_summary_table_t_test(question: str, want: float) -> None:
    out = right_value(question, float(want), "hypothesis_test", key="p_value")
    assert "summary" in out["plan"] or "n=" in out["plan"]


def test_summary_table_anova() -> None:
    question = (
        "Yield by catalyst:\n| catalyst | n | mean | sd |\n|---|---|---|---|\n| A | 8 | 71.2 | 3.1 |\n"
        "| B | 8 | 74.5 | 2.8 |\n| C | 8 | 76.0 | 3.4 |\nOne-way ANOVA p-value?"
    )
    right_value(question, _anova_p([8, 8, 8], [71.2, 74.5, 76.0], [3.1, 2.8, 3.4]), "anova", key="p_value")


def test_summary_table_reader() -> None:
    assert summary_table("| grp | SD (mm) | N | avg |\n| a | 1.5 | 10 | 20.1 |\n| b | 1.7 | 12 | 21.0 |") == {
        "n": ["10", "12"],
        "mean": ["20.1", "21.0"],
        "sd": ["1.5", "1.7"],
    }
    assert summary_table("| route | 1 | 2 | 3 |\n| A | 4.2 | 4.4 | 4.1 |\n| B | 4.5 | 4.6 | 4.3 |") is None


def test_row_missing_sd_declines() -> None:
    declined("TAT (min):\n| shift | n | mean | SD |\n| day | 36 | 42.3 | 11.8 |\n| night | 29 | 48.9 |\nWelch test, p?")


def test_summaries_never_samples() -> None:
    plan = Plan("hypothesis_test", "", {"samples": [["36", "42.3", "11.8"], ["29", "48.9", "16.4"]]})
    check = summary_rows_check("\n".join(_TAT), plan)
    assert check is not None and not check.passed


def test_raw_pipe_rows_keep_their_test() -> None:
    question = (
        "Route A | 4.21 | 4.35 | 4.10 | 4.28\nRoute B | 4.48 | 4.52 | 4.39 | 4.61\nWelch t-test, two-sided p-value?"
    )
    out = reason(question).to_dict()
    want = stats.ttest_ind([4.21, 4.35, 4.10, 4.28], [4.48, 4.52, 4.39, 4.61], equal_var=False).pvalue
    assert out["result"]["p_value"] == pytest.approx(want, rel=1e-6)
