"""Equal-variance tests: ``test levene`` (Brown-Forsythe median centring by default) and ``test bartlett``."""

from __future__ import annotations

from plugins.api import Context, Invocation, Result, StudyError
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


def ftest(ctx: Context, inv: Invocation) -> Result:
    """The F test of two variances, F = s1^2 / s2^2 on (n1 - 1, n2 - 1) df, from two samples (``test ftest a b``) or
    from their sizes and standard deviations (``test ftest n=[16, 21] sd=[4.2, 2.6]``); ``alternative="greater"``
    is H1: sigma1 > sigma2. Assumes normal populations (Levene's test does not)."""
    from scipy import stats

    inv.check_keywords({"n", "sd", "alpha", "alternative"})
    if inv.keyword("n") is not None or inv.keyword("sd") is not None:
        n, sd = _summary_sizes_and_sds(ctx, inv)
        found = []
    else:
        found = inputs.groups(ctx, inv, minimum_groups=2, minimum_size=2, what="the F test of two variances")
        if len(found) != 2:
            raise StudyError(f"the F test compares 2 variances, found {len(found)} samples", pos=inv.pos,
                             hint="for more groups use test bartlett or test levene")  # fmt: skip
        n = [len(g) for g in found]
        sd = [float(g.floats().std(ddof=1)) for g in found]
    if min(sd) <= 0:
        raise StudyError("the F test needs two positive standard deviations (a constant sample has none)", inv.pos)
    alternative = inputs.alternative(ctx, inv)
    f = sd[0] ** 2 / sd[1] ** 2
    dist = stats.f(n[0] - 1, n[1] - 1)
    p = {"greater": dist.sf(f), "less": dist.cdf(f)}.get(alternative, min(1.0, 2 * min(dist.cdf(f), dist.sf(f))))
    return test_result(
        "ftest",
        test="F test of equal variances",
        assumptions=["independent samples from normal populations", "H0: the two variances are equal"],
        statistic_name="F",
        statistic=f,
        df=[n[0] - 1, n[1] - 1],
        p_value=float(p),
        alpha=inputs.alpha(ctx, inv),
        alternative=alternative,
        groups=found,
        extra={"n": n, "sd": sd, "variance_ratio": f},
    )


def _summary_sizes_and_sds(ctx: Context, inv: Invocation) -> tuple[list[int], list[float]]:
    """``n=[n1, n2]`` and ``sd=[s1, s2]`` of an F test from summary statistics: whole sizes of at least 2."""
    if inv.keyword("n") is None or inv.keyword("sd") is None or inv.args:
        raise StudyError("an F test from summary statistics takes n=[n1, n2] and sd=[s1, s2] (and no samples)",
                         pos=inv.pos)  # fmt: skip
    n = [float(v) for v in inputs.one_or_two(ctx, inv.keyword("n"), "n", "a list of two", "[16, 21]", (2,))]
    sd = [float(v) for v in inputs.one_or_two(ctx, inv.keyword("sd"), "sd", "a list of two", "[4.2, 2.6]", (2,))]
    if len(n) != 2 or len(sd) != 2:
        raise StudyError("the F test compares two groups: n=[n1, n2] and sd=[s1, s2]", pos=inv.pos)
    if any(size < 2 or size != int(size) for size in n):
        raise StudyError("each n must be a whole number of at least 2", inv.keyword("n"))
    return [int(size) for size in n], sd
