"""A paired difference written with a bare hyphen ("post-pre differences") orders the test, and a design's cells
"run on 2 separate days" are replicates; a cell repetition whose count is not read ("a few times") is no confident
answer.

References: scipy.stats.ttest_rel on the same numbers; the run count is the product of levels and replicates.
"""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident

PRE = [38.2, 41.5, 35.9, 44.0, 39.7, 42.3, 36.8, 40.1]
POST = [40.1, 42.0, 37.5, 45.2, 39.5, 44.6, 38.9, 41.0]
TABLE = "jump height (cm), 8 athletes\nathlete pre  post\n" + "\n".join(
    f"{i} {a} {b}" for i, (a, b) in enumerate(zip(PRE, POST, strict=True), start=1)
)


@pytest.mark.parametrize(("written", "first", "second"), [("post-pre", POST, PRE), ("pre-post", PRE, POST)])
def test_a_difference_written_with_a_bare_hyphen_orders_the_paired_test(written, first, second):
    out = confident(f"{TABLE}\npaired t-test on {written} differences: t statistic?", "hypothesis_test")
    assert out.result["statistic"] == pytest.approx(stats.ttest_rel(first, second).statistic, rel=1e-9)


@pytest.mark.parametrize("said", ["run on 2 occasions", "run on two separate days", "tested on 2 different days"])
def test_cells_run_on_several_occasions_are_replicates(said):
    out = confident(f"full factorial: 3 temperatures x 2 catalysts, each combination {said}. how many runs?", "design")
    assert out.result["runs"] == 3 * 2 * 2


def test_a_cell_repetition_without_its_count_is_no_confident_answer():
    out = reason("full factorial: 3 temperatures x 2 catalysts, each combination run a few times. how many runs?")
    assert not out.answered or out.confidence < 0.5
