"""Equal-variance tests: ``test levene`` (Brown-Forsythe median centring by default) and ``test bartlett``."""

from __future__ import annotations

from plugins.api import Context, Invocation, Result
from plugins.stats import inputs
from plugins.stats.outcome import test_result


def levene(ctx: Context, inv: Invocation) -> Result:
    """Levene's test; ``center="median"`` (Brown-Forsythe, robust, default) or ``"mean"`` (classic)."""
    from scipy import stats

    inv.check_keywords({"groups", "alpha", "center"})
    found = inputs.groups(ctx, inv, minimum_groups=2, minimum_size=2, what="Levene's test")
    center = inputs.choice(ctx, inv, "center", ("median", "mean"), "median")
    res = stats.levene(*[g.floats() for g in found], center=center)
    n = sum(len(g) for g in found)
    name = "Brown-Forsythe (Levene, median-centred) test" if center == "median" else "Levene test (mean-centred)"
    return test_result(
        "levene",
        test=name,
        assumptions=["independent samples", "H0: all group variances are equal"],
        statistic_name="W",
        statistic=res.statistic,
        df=[len(found) - 1, n - len(found)],
        p_value=res.pvalue,
        alpha=inputs.alpha(ctx, inv),
        groups=found,
        extra={"center": center},
    )


def bartlett(ctx: Context, inv: Invocation) -> Result:
    """Bartlett's test of equal variances (sensitive to non-normality)."""
    from scipy import stats

    inv.check_keywords({"groups", "alpha"})
    found = inputs.groups(ctx, inv, minimum_groups=2, minimum_size=2, what="Bartlett's test")
    res = stats.bartlett(*[g.floats() for g in found])
    return test_result(
        "bartlett",
        test="Bartlett test of equal variances",
        assumptions=["independent samples from normal populations", "H0: all group variances are equal"],
        statistic_name="chi2",
        statistic=res.statistic,
        df=len(found) - 1,
        p_value=res.pvalue,
        alpha=inputs.alpha(ctx, inv),
        groups=found,
    )
