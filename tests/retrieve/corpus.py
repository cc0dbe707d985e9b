"""The texts of the small test corpus (one of each kind of file)."""

from __future__ import annotations

GUIDE = """# Capability

Process capability compares the spread of a process with its specification limits.

## Cpk

Cpk is the distance from the mean to the nearest specification limit, in units of three sigma.
A process with Cpk below 1.33 is usually called not capable.

## Cp

Cp compares the specification width with six sigma, ignoring where the mean sits.
"""

DESIGNS = """Designs
=======

Box-Behnken
-----------

A Box-Behnken design places runs at the midpoints of the edges of the cube and never at its corners.

Central composite
-----------------

A central composite design adds axial star points and centre points to a two-level factorial.
"""

MODULE = '''"""Tools for comparing groups."""


def welch(a, b):
    """Welch's t-test for two samples with unequal variances.

    Parameters
    ----------
    a, b : array_like
        The two samples.

    Returns
    -------
    float
        The t statistic.
    """


class Model:
    """A linear model fitted by least squares."""

    def fit(self):
        """Estimate the coefficients by ordinary least squares."""
'''

NOTES = "Levene's test checks whether groups have equal variances.\n\nBartlett's test assumes normal data.\n"
