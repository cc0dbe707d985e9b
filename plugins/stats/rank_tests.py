"""Rank tests: ``test mannwhitney``, ``test wilcoxon`` (signed rank) and ``test kruskal``."""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError
from plugins.stats import inputs
from plugins.stats.outcome import test_result


def mannwhitney(ctx: Context, inv: Invocation) -> Result:
    """Mann-Whitney U for two independent samples; exact p for small samples without ties."""
    from scipy import stats

    inv.check_keywords({"alternative", "alpha"})
    if len(inv.args) != 2:
        raise StudyError("'test mannwhitney' needs two samples: test mannwhitney a b", pos=inv.pos)
    a, b = (inputs.sample(ctx, node, f"sample {i + 1}", 1) for i, node in enumerate(inv.args))
    alternative, alpha = inputs.alternative(ctx, inv), inputs.alpha(ctx, inv)
    res = stats.mannwhitneyu(a.floats(), b.floats(), alternative=alternative, method="auto")
    u = float(res.statistic)
    return test_result(
        "mannwhitney",
        test="Mann-Whitney U test",
        assumptions=["independent samples", "H0: P(X > Y) = P(Y > X); a location shift when the shapes match"],
        statistic_name="U",
        statistic=u,
        p_value=res.pvalue,
        alpha=alpha,
        alternative=alternative,
        effect=("rank_biserial", 2 * u / (len(a) * len(b)) - 1),
        groups=[a, b],
        extra={"statistic_of": a.label},
    )


def wilcoxon(ctx: Context, inv: Invocation) -> Result:
    """Signed-rank test of paired differences (two samples) or of a sample against ``mu``."""
    from scipy import stats

    inv.check_keywords({"mu", "alternative", "alpha"})
    if len(inv.args) not in (1, 2):
        raise StudyError("'test wilcoxon' needs one sample (with mu=) or two paired samples", pos=inv.pos)
    samples = [inputs.sample(ctx, node, f"sample {i + 1}", 1) for i, node in enumerate(inv.args)]
    alternative, alpha = inputs.alternative(ctx, inv), inputs.alpha(ctx, inv)
    mu = ctx.number(inv.keyword("mu")) if inv.keyword("mu") is not None else 0.0
    if len(samples) == 2:
        a, b = samples
        if len(a) != len(b):
            raise StudyError(
                f"mismatched lengths: paired samples need equal sizes, '{a.label}' has {len(a)} and '{b.label}' has {len(b)}",
                b.node,
            )
        diff = a.floats() - b.floats() - mu
        test = "Wilcoxon signed-rank test (paired)"
    else:
        diff = samples[0].floats() - mu
        test = "Wilcoxon signed-rank test (one-sample)"
    nonzero = diff[diff != 0]
    if len(nonzero) < 1:
        raise StudyError("too few observations: every difference is zero", inv.args[0])
    res = stats.wilcoxon(diff, alternative=alternative, zero_method="wilcox")
    n = len(nonzero)
    w_plus = float(stats.rankdata(abs(nonzero))[nonzero > 0].sum())
    return test_result(
        "wilcoxon",
        test=test,
        assumptions=["independent pairs", "differences symmetric about their median", "zero differences dropped"],
        statistic_name="W",
        statistic=res.statistic,
        p_value=res.pvalue,
        alpha=alpha,
        alternative=alternative,
        effect=("rank_biserial", 2 * w_plus / (n * (n + 1) / 2) - 1),
        groups=samples,
        extra={"mu": mu, "n_nonzero": n, "w_plus": w_plus},
        notes=["W is the smaller of the positive and negative rank sums for a two-sided test, else the positive sum."],
    )


def kruskal(ctx: Context, inv: Invocation) -> Result:
    """Kruskal-Wallis H test (tie-corrected, chi-square approximation)."""
    from scipy import stats

    inv.check_keywords({"groups", "alpha"})
    found = inputs.groups(ctx, inv, minimum_groups=2, minimum_size=1, what="Kruskal-Wallis")
    alpha = inputs.alpha(ctx, inv)
    n = sum(len(g) for g in found)
    if n <= len(found):
        raise StudyError("too few observations for the Kruskal-Wallis test", pos=inv.pos)
    res = stats.kruskal(*[g.floats() for g in found])
    k = len(found)
    epsilon2 = float(res.statistic) / ((n * n - 1) / (n + 1))
    return test_result(
        "kruskal",
        test="Kruskal-Wallis H test",
        assumptions=["independent samples", "H0: all groups come from the same distribution"],
        statistic_name="H",
        statistic=res.statistic,
        df=k - 1,
        p_value=res.pvalue if math.isfinite(res.pvalue) else 1.0,
        alpha=alpha,
        effect=("epsilon_squared", epsilon2),
        groups=found,
    )
