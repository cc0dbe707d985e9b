"""Readings mended after a review of stop 18's change: a normal named beside another distribution is not the one
asked about; a planner's own unknown (Km solved for as "m") is no letter of a unit ("10 mm"); p-bar's span is read
once, so "over 25 samples of 200" gives no p-bar of 200.

References: scipy.stats for the probabilities, sympy for the root.
"""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident


def test_a_normal_beside_a_poisson_count_is_no_normal_answer():
    out = reason("Calls arrive Poisson with mean 4 per hour; call length is normal, mean 5 min, sd 1 min. "
                 "P(more than 6 calls in an hour)?")  # fmt: skip
    assert "normal" not in (out.plan or "")  # the count is Poisson's: P(X > 6) with mean 4, or no answer


def test_a_planners_own_unknown_is_no_letter_of_a_unit():
    out = confident("v = Vmax*S/(Km + S) with Vmax = 10 and S = 2 mM, v = 5. Solve for Km (in mM); the cuvette path "
                    "is 10 mm", "algebra")  # fmt: skip
    km = sp.Symbol("Km", positive=True)
    (want,) = sp.solve(sp.Eq(10 * 2 / (km + 2), 5), km)
    assert float(sp.sympify(out.result[0])) == pytest.approx(float(want), rel=1e-12)


def test_a_share_named_over_samples_of_a_size_gives_no_confident_p_bar():
    out = reason("p chart: average fraction defective over 25 samples of 200 is 0.035. UCL?")
    assert not out.answered or out.confidence < 0.5
