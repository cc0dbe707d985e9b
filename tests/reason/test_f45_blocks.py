"""f45: a randomized complete block design's table (a block a line, or a treatment a line) tested by the additive
two-way ANOVA (treatment + block), never by a one-way ANOVA; the words of a block design without a readable table
declined."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason as run
from tests.reason.answers import confident, declined

_BLOCKS = [[42, 45, 48, 50], [40, 44, 47, 49], [43, 46, 50, 53]]  # rows the blocks, columns the 4 N rates


def _rcbd_p(table: list[list[float]]) -> tuple[float, float]:
    """Treatment F and p of the additive model by hand (rows the treatments, columns the blocks), with scipy's F."""
    y = np.array(table, dtype=float)
    t, b = y.shape
    grand = y.mean()
    ss_t = b * ((y.mean(axis=1) - grand) ** 2).sum()
    ss_b = t * ((y.mean(axis=0) - grand) ** 2).sum()
    ss_e = ((y - grand) ** 2).sum() - ss_t - ss_b
    df_e = (t - 1) * (b - 1)
    f = (ss_t / (t - 1)) / (ss_e / df_e)
    return f, float(stats.f.sf(f, t - 1, df_e))


@pytest.mark.parametrize(
    "question",
    [
        "RCBD, test treatments, p-value?\nN rate: 0 50 100 150\nBlock 1: 42 45 48 50\nBlock 2: 40 44 47 49\n"
        "Block 3: 43 46 50 53",
        "Randomized complete block design, N rates 0/50/100/150 in columns.\nBlock 1: 42 45 48 50\n"
        "Block 2: 40 44 47 49\nBlock 3: 43 46 50 53\nDo the N rates differ?",
        "Four N rates in a randomized block design. Block 1: 42, 45, 48, 50. Block 2: 40, 44, 47, 49. "
        "Block 3: 43, 46, 50, 53. Is there a treatment effect? p-value?",
    ],
)
def test_block_rows(question: str) -> None:
    f, p = _rcbd_p(np.array(_BLOCKS).T.tolist())
    out = run(question)
    assert "by trt, block interaction=false" in out.plan
    assert out.result["f_statistic"] == pytest.approx(f, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-6)
    oneway = stats.f_oneway(*np.array(_BLOCKS).T).pvalue
    assert out.result["p_value"] < oneway / 10  # never the one-way ANOVA of the columns


def test_treatments_named_by_a_slashed_list_are_read() -> None:
    out = confident("Randomized complete block design, N rates 0/50/100/150 in columns.\nBlock 1: 42 45 48 50\n"
                    "Block 2: 40 44 47 49\nBlock 3: 43 46 50 53\nDo the N rates differ?", "anova")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(_rcbd_p(np.array(_BLOCKS).T.tolist())[1], rel=1e-6)


def test_block_rows_confident() -> None:
    out = confident("RCBD, test treatments, p-value?\nN rate: 0 50 100 150\nBlock 1: 42 45 48 50\n"
                    "Block 2: 40 44 47 49\nBlock 3: 43 46 50 53", "anova")  # fmt: skip
    from statsmodels.formula.api import ols
    from statsmodels.stats.anova import anova_lm

    frame = pd.DataFrame([(y, t, b) for b, row in enumerate(_BLOCKS) for t, y in enumerate(row)],
                         columns=["y", "trt", "block"])  # fmt: skip
    table = anova_lm(ols("y ~ C(trt) + C(block)", data=frame).fit())
    assert out.result["p_value"] == pytest.approx(table.loc["C(trt)", "PR(>F)"], rel=1e-6)


def test_treatment_rows() -> None:
    rows = [[31.2, 29.8, 33.0], [34.5, 33.1, 35.9], [30.1, 29.0, 31.8]]
    out = confident("RCBD analysis, test the treatments: Variety A: 31.2 29.8 33.0; Variety B: 34.5 33.1 35.9; "
                    "Variety C: 30.1 29.0 31.8 (columns are blocks). p-value?", "anova")  # fmt: skip
    f, p = _rcbd_p(rows)
    assert out.result["f_statistic"] == pytest.approx(f, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        "RCBD with 4 treatments in 3 blocks, yields 42 45 48 50 40 44 47 49 43 46 50 53: ANOVA, do treatments differ?",
        "Randomized block ANOVA of the three fertilisers, blocks as fields: 42, 45, 48, 40, 44, 47, 43, 46, 50",
    ],
)
def test_blocks_unread_declined(question: str) -> None:
    declined(question)


def test_engine_blocks_one_way_keeps_its_answer() -> None:
    groups = [[212, 215, 209, 214], [220, 224, 219, 223], [208, 211, 207, 210]]
    out = confident("Hardness of engine blocks cast at three foundries: A: 212, 215, 209, 214; B: 220, 224, 219, 223; "
                    "C: 208, 211, 207, 210. One-way ANOVA: do the foundries differ?", "anova")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(stats.f_oneway(*groups).pvalue, rel=1e-6)
