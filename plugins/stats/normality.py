"""``test shapiro`` and ``test anderson``: is a sample plausibly normal?"""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError
from plugins.stats import inputs
from plugins.stats.outcome import test_result


def _one_sample(ctx: Context, inv: Invocation, minimum: int, what: str) -> tuple[inputs.Sample, float]:
    inv.check_keywords({"alpha"})
    inv.check_positional(1, "one sample")
    if not inv.args:
        raise StudyError(f"'test {inv.kind}' needs a sample: test {inv.kind} x", pos=inv.pos)
    return inputs.sample(ctx, inv.args[0], minimum=minimum, what=what), inputs.alpha(ctx, inv)


def shapiro(ctx: Context, inv: Invocation) -> Result:
    """Shapiro-Wilk W (Royston's algorithm, as in R's shapiro.test)."""
    from scipy import stats

    s, alpha = _one_sample(ctx, inv, 3, "the Shapiro-Wilk test")
    res = stats.shapiro(s.floats())
    return test_result(
        "shapiro",
        test="Shapiro-Wilk normality test",
        assumptions=["independent observations", "H0: the population is normal"],
        statistic_name="W",
        statistic=res.statistic,
        p_value=res.pvalue,
        alpha=alpha,
        groups=[s],
        notes=["A small p-value is evidence against normality; a large one does not prove it."],
    )


def anderson_darling(x) -> tuple[float, float, float]:
    """A^2, the small-sample adjusted A*^2 = A^2 (1 + 0.75/n + 2.25/n^2), and its p-value.

    Mean and variance are estimated from the data (case 4); the p-value is D'Agostino and
    Stephens' (1986) piecewise approximation, as used by Minitab and R's nortest::ad.test.
    """
    import numpy as np
    from scipy import stats

    y = np.sort(np.asarray(x, dtype=float))
    n = len(y)
    z = (y - y.mean()) / y.std(ddof=1)
    i = np.arange(1, n + 1)
    a2 = -n - np.mean((2 * i - 1) * (stats.norm.logcdf(z) + stats.norm.logsf(z[::-1])))
    a2s = a2 * (1 + 0.75 / n + 2.25 / n**2)
    if a2s < 0.2:
        p = 1 - math.exp(-13.436 + 101.14 * a2s - 223.73 * a2s**2)
    elif a2s < 0.34:
        p = 1 - math.exp(-8.318 + 42.796 * a2s - 59.938 * a2s**2)
    elif a2s < 0.6:
        p = math.exp(0.9177 - 4.279 * a2s - 1.38 * a2s**2)
    else:
        p = math.exp(1.2937 - 5.709 * a2s + 0.0186 * a2s**2)
    return float(a2), float(a2s), min(max(p, 0.0), 1.0)


def anderson(ctx: Context, inv: Invocation) -> Result:
    """Anderson-Darling normality test with estimated mean and SD."""
    s, alpha = _one_sample(ctx, inv, 8, "the Anderson-Darling test")
    x = s.floats()
    if x.std() == 0:
        raise StudyError(f"'{s.label}' is constant: normality cannot be tested", s.node)
    a2, a2s, p = anderson_darling(x)
    return test_result(
        "anderson",
        test="Anderson-Darling normality test",
        assumptions=["independent observations", "H0: the population is normal (mean and SD estimated)"],
        statistic_name="A^2",
        statistic=a2,
        p_value=p,
        alpha=alpha,
        groups=[s],
        extra={"adjusted_statistic": a2s},
        notes=["p-value from D'Agostino & Stephens (1986) for the adjusted A*^2 = A^2 (1 + 0.75/n + 2.25/n^2)."],
    )
