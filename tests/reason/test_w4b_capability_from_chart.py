"""Branch w4 (w4b): a capability index asked with specification limits beside a control chart's words ("From an R
chart with subgroups of n=4, Rbar = 1.8 oz") is capability's, with sigma = R-bar/d2 (or S-bar/c4 from an S chart);
a subgroup counted by its things ("4 cartons per subgroup"); an index asked of R-bar with no specification, or Pp/Ppk
of S-bar, declined. References: d2 by scipy quadrature (3 decimals), c4 by scipy's gamma function (4 decimals)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, special, stats

from tests.reason.answers import declined, right_value


def _d2(n: int) -> float:
    """d2(n) = E[range of n standard normals] by quadrature, rounded to the printed tables' 3 decimals."""
    return round(integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0], 3)


def _c4(n: int) -> float:
    """c4(n) = sqrt(2/(n-1)) Gamma(n/2)/Gamma((n-1)/2), rounded to the printed tables' 4 decimals."""
    return round(math.sqrt(2 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2)), 4)


_CP = (36 - 24) / (6 * 1.8 / _d2(4))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Carton fill weight, spec 24 to 36 oz. From an R chart with subgroups of n=4, Rbar = 1.8 oz; estimate sigma "
         "as Rbar/d2 and give Cp.", _CP),
        ("An R chart of subgroups of size 4 shows R-bar = 1.8 oz. Specification limits are 24 and 36 oz. What is Cp "
         "using sigma-hat = R-bar/d2?", _CP),
        ("From the R chart (subgroup size 4), Rbar = 1.8. LSL = 24, USL = 36. Estimate process sigma by Rbar/d2 and "
         "report Cp.", _CP),
        ("From an R chart with 4 cartons per subgroup, the average range is 1.8 oz. Spec limits 24 and 36 oz. "
         "Estimate Cp using sigma = Rbar/d2.", _CP),
        ("Spec 24 to 36 oz. A range chart with subgroups of four cartons has Rbar = 1.8 oz. Estimate sigma as Rbar/d2 "
         "and give Cp.", _CP),
        ("R chart: n=4, R-bar=1.8 oz. Spec 24 to 36 oz, X-double-bar = 31. Give Cpk using sigma = Rbar/d2.",
         min(36 - 31, 31 - 24) / (3 * 1.8 / _d2(4))),
        ("From an S chart with subgroups of n=4, S-bar = 0.8 oz; spec 24 to 36 oz; estimate sigma as Sbar/c4 and "
         "give Cp.", (36 - 24) / (6 * 0.8 / _c4(4))),
        ("From an S chart with 5 bottles in each subgroup, the average standard deviation is 0.6 ml; spec limits 495 "
         "to 505 ml. Cp with sigma = S-bar/c4?", (505 - 495) / (6 * 0.6 / _c4(5))),
        ("X-bar and S chart: subgroups of size 5, S-bar = 0.6, grand mean 500.5; LSL 495, USL 505. Cpk using within "
         "sigma S-bar/c4.", min(505 - 500.5, 500.5 - 495) / (3 * 0.6 / _c4(5))),
    ],
)  # fmt: skip
def test_an_index_of_a_chart_summary_with_specs_is_capability(question, want):
    right_value(question, want, "capability", rel=1e-9, key="value")


@pytest.mark.parametrize(
    "question",
    [
        "From an R chart with subgroups of n=4, Rbar = 1.8 oz; estimate sigma as Rbar/d2 and give Cp.",
        "Carton fill weight, spec 24 to 36 oz. From an R chart with subgroups of n=4, Rbar = 1.8 oz; estimate sigma "
        "as Rbar/d2 and give Cpk.",
        "S chart, n=5, s-bar 0.6; specs 495 to 505; Ppk?",
        "From an S chart, S-bar = 0.6 oz; spec 24 to 36 oz; give Cp with sigma = S-bar/c4.",
    ],
)
def test_an_index_missing_a_limit_a_mean_or_the_subgroup_size_is_declined(question):
    declined(question)
