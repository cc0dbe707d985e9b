"""Randomised complete block designs' sizes (task x4): treatments x blocks x plots of each treatment per block,
the reference counted here with itertools over (block, treatment, copy); Graeco-Latin squares, incomplete blocks
and unreadable counts declined (Latin squares: test_f45_spc_design_reads)."""

from __future__ import annotations

import itertools

import pytest

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value


def _plots(treatments: int, n_blocks: int, per_block: int = 1) -> int:
    """Every (block, treatment, copy) cell of a complete block design, counted."""
    return sum(1 for _ in itertools.product(range(n_blocks), range(treatments), range(per_block)))


@pytest.mark.parametrize(
    ("question", "treatments", "n_blocks", "per_block"),
    [
        ("The variety trial will be a randomised complete block design: six varieties, four blocks, one plot per "
         "variety per block. How many plots in total must be sown?", 6, 4, 1),
        ("RCBD with 5 fertiliser treatments in 3 blocks — total plots?", 5, 3, 1),
        ("randomized complete block design, 4 treatments, 6 blocks, how many experimental units?", 4, 6, 1),
        ("A randomized complete block experiment compares 3 diets in 5 blocks with 2 pens per diet in each block. "
         "How many pens are needed?", 3, 5, 2),
        ("We plan an RCBD with 7 hybrids and 4 replications. How many plots?", 7, 4, 1),
        ("Complete blocks: 8 cultivars, 3 blocks, each cultivar appears twice in every block; number of plots?",
         8, 3, 2),
    ],
)  # fmt: skip
def test_a_complete_block_design_has_treatments_times_blocks_runs(
    question: str, treatments: int, n_blocks: int, per_block: int
) -> None:
    out = right_value(question, _plots(treatments, n_blocks, per_block), "design", key="runs")
    assert f"design {n_blocks}" in next(c["detail"] for c in out["checks"] if c["name"].startswith("blocks"))


@pytest.mark.parametrize(
    "question",
    [
        "a Graeco-Latin square for 5 treatments: how many runs?",
        "A balanced incomplete block design with 7 treatments in blocks of 3: how many runs?",
        "RCBD with 6 varieties and 3 fertilisers in 4 blocks: how many plots?",  # two treatment counts
        "randomized complete block design with 5 treatments: how many plots?",  # no blocks
        "RCBD, 4 treatments in 5 blocks, 2 replicates: how many plots?",  # replicates: blocks or per block?
    ],
)
def test_other_block_designs_and_unread_counts_are_declined(question: str) -> None:
    declined(question)


def test_the_anova_of_a_block_design_is_not_read_as_its_size() -> None:
    question = "In a randomized complete block design, is there a significant difference between the treatments?"
    assert reason(question).mode != "design"
