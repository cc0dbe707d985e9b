"""``power successrun``: the parts of a zero-failure demonstration, against the binomial (scipy.stats)."""

from __future__ import annotations

import pytest
from scipy import stats


@pytest.mark.parametrize(("reliability", "confidence"), [(0.95, 0.90), (0.99, 0.95), (0.9, 0.9), (0.999, 0.5)])
def test_fewest_parts_all_passing(run_study, reliability, confidence):
    run = run_study(f"power successrun reliability={reliability} confidence={confidence}")
    assert run.exit_code == 0, run.stderr
    result = run.step("power", "successrun")
    n = result["n"]
    # n passing parts are at most 1 - C likely when the reliability is only R; n - 1 parts would not show it
    assert stats.binom.pmf(n, n, reliability) <= 1 - confidence < stats.binom.pmf(n - 1, n - 1, reliability)
    assert result["achieved_confidence"] == pytest.approx(1 - reliability**n, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("power successrun reliability=1.2 confidence=0.9", "reliability must lie strictly between 0 and 1"),
        ("power successrun reliability=0.95", "needs reliability= and confidence="),
    ],
)
def test_bad_arguments_are_study_errors(run_study, text, message):
    run = run_study(text)
    assert run.exit_code == 2, run.stdout
    assert message in run.stderr, run.stderr
