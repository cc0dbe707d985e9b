"""Task f57_h2: a Poisson count over pieces at a rate per a block of those pieces ("1.5 seal failures per 1000
pouches ... a shipment of 4000 pouches": mean 1.5/1000*4000). References come from scipy.stats, computed here."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("On average 1.2 leaks occur per 1000 sachets. In a batch of 3000 sachets, what is P(at most 2 leaks)?",
         stats.poisson.cdf(2, 1.2 / 1000 * 3000)),
        ("Seal failures average 1.5 per 1000 pouches. For a shipment of 4000 pouches, what is the probability of at "
         "most 3 seal failures?", stats.poisson.cdf(3, 6)),
        ("A weld line produces 2.4 defects per 1,000 welds. What is the probability of exactly 2 defects in 500 welds?",
         stats.poisson.pmf(2, 1.2)),
        ("There are 0.6 blemishes in every 100 lenses; a tray holds 250 lenses. P(at least 1 blemish)?",
         stats.poisson.sf(0, 1.5)),
    ],
)  # fmt: skip
def test_a_rate_per_a_block_of_pieces_scales_to_the_pieces_counted(question, want):
    right_value(question, want, "probability")


def test_a_block_rate_without_a_count_of_pieces_still_declines():
    declined("0.8 leaks per 1000 sachets; P(no more than 1 leak)?")


def test_a_rate_per_an_area_keeps_its_window():
    right_value("Cloth averages 3 flaws per 100 m². P(a 250 m² panel has at most 5 flaws)?",
                stats.poisson.cdf(5, 7.5), "probability")  # fmt: skip
