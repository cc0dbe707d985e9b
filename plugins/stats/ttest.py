"""``test ttest``: one-sample, two-sample (Welch by default, or pooled) and paired t-tests."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from plugins.api import Context, Invocation, Node, Result, StudyError
from plugins.stats import inputs
from plugins.stats.inputs import Sample
from plugins.stats.outcome import test_result
from plugins.stats.ttest_summary import SUMMARY_KEYS, summary_ttest

if TYPE_CHECKING:
    import numpy as np

_KEYWORDS = {"mu", "paired", "equal_var", "alternative", "alpha", *SUMMARY_KEYS}


def ttest(ctx: Context, inv: Invocation) -> Result:
    """``test ttest a [b] [mu=] [paired=] [equal_var=] [alternative=] [alpha=]``, or from summary
    statistics ``test ttest n= mean= sd= ...`` (see plugins.stats.ttest_summary)."""
    inv.check_keywords(_KEYWORDS)
    inv.check_positional(2, "one or two samples")
    summary = [key for key in SUMMARY_KEYS if inv.keyword(key) is not None]
    if inv.args and summary:
        raise StudyError(f"give the samples or summary statistics, not both ({summary[0]}=)", inv.keyword(summary[0]))
    if summary:
        return summary_ttest(ctx, inv)
    if not inv.args:
        raise StudyError("'test ttest' needs one or two samples (test ttest before after) "
                         "or summary statistics (test ttest n=16 mean=10.6 sd=1.2 mu=10)", pos=inv.pos)  # fmt: skip
    alpha = inputs.alpha(ctx, inv)
    alternative = inputs.alternative(ctx, inv)
    mu = ctx.number(inv.keyword("mu")) if inv.keyword("mu") is not None else 0.0
    paired = inputs.flag(ctx, inv, "paired", False)
    equal_var = inputs.flag(ctx, inv, "equal_var", False)
    samples = [inputs.sample(ctx, node, f"sample {i + 1}", 2, "the t-test") for i, node in enumerate(inv.args)]
    if len(samples) == 1:
        if paired or inv.keyword("equal_var") is not None:
            raise StudyError("paired= and equal_var= need two samples", pos=inv.pos)
        return _one_sample(samples[0], mu, alternative, alpha)
    if paired:
        return _paired(samples[0], samples[1], mu, alternative, alpha, inv)
    return _two_sample(samples[0], samples[1], mu, equal_var, alternative, alpha)


# a standard deviation this small against the data's magnitude is round-off: the data are constant (R's t.test:
# "data are essentially constant")
_ROUND_OFF = 1e-12


def _no_spread(values: np.ndarray, *data: np.ndarray) -> bool:
    """Whether ``values`` are constant up to round-off relative to the largest magnitude in ``data``."""
    scale = max(float(abs(d).max()) for d in data)
    return float(values.std()) <= _ROUND_OFF * scale


def _undefined(what: str, node: Node | None) -> StudyError:
    """The error for a t statistic whose standard error is zero (``what``: the data with no spread)."""
    return StudyError(
        f"the t statistic is undefined: {what}, so the standard error is zero and t divides by it",
        node,
        hint="check the data for a copy or rounding error: with no variation a t-test has nothing to weigh the mean against",
    )


def _ci(res, alpha: float) -> list[float]:
    ci = res.confidence_interval(confidence_level=1 - alpha)
    return [float(ci.low), float(ci.high)]


def _one_sample(a: Sample, mu: float, alternative: str, alpha: float) -> Result:
    from scipy import stats

    x = a.floats()
    if _no_spread(x, x):
        raise _undefined(f"the sample '{a.label}' has no spread (every value is {x[0]:.10g})", a.node)
    res = stats.ttest_1samp(x, mu, alternative=alternative)
    d = (x.mean() - mu) / x.std(ddof=1) if x.std(ddof=1) > 0 else math.nan
    return test_result(
        "ttest",
        test="one-sample t-test",
        assumptions=["independent observations from a normal population (or n large enough)"],
        statistic_name="t",
        statistic=res.statistic,
        df=float(res.df),
        p_value=res.pvalue,
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_d", d),
        groups=[a],
        extra={"mu": mu, "estimate": float(x.mean()), "confidence_interval": _ci(res, alpha)},
    )


def _paired(a: Sample, b: Sample, mu: float, alternative: str, alpha: float, inv: Invocation) -> Result:
    from scipy import stats

    if len(a) != len(b):
        raise StudyError(
            f"mismatched lengths: a paired test needs equal sizes, '{a.label}' has {len(a)} and '{b.label}' has {len(b)}",
            b.node,
            hint="pair every observation, or drop paired=true for a two-sample test",
        )
    diff = a.floats() - b.floats()
    if _no_spread(diff, a.floats(), b.floats()):
        raise _undefined(f"the differences {a.label} - {b.label} have no spread (every one is {diff[0]:.10g})", b.node)
    res = stats.ttest_1samp(diff, mu, alternative=alternative)
    sd = diff.std(ddof=1)
    return test_result(
        "ttest",
        test="paired t-test",
        assumptions=["pairs are independent", "the differences are normally distributed"],
        statistic_name="t",
        statistic=res.statistic,
        df=float(res.df),
        p_value=res.pvalue,
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_dz", (diff.mean() - mu) / sd if sd > 0 else math.nan),
        groups=[a, b],
        extra={
            "mu": mu,
            "estimate": float(diff.mean()),
            "estimate_of": f"mean of {a.label} - {b.label}",
            "confidence_interval": _ci(res, alpha),
        },
    )


def _two_sample(a: Sample, b: Sample, mu: float, equal_var: bool, alternative: str, alpha: float) -> Result:
    from scipy import stats

    x, y = a.floats(), b.floats()
    if _no_spread(x, x, y) and _no_spread(y, x, y):
        raise _undefined(
            f"neither sample has any spread ('{a.label}' is all {x[0]:.10g}, '{b.label}' all {y[0]:.10g})", b.node
        )
    res = stats.ttest_ind(x - mu, y, equal_var=equal_var, alternative=alternative)
    nx, ny = len(x), len(y)
    pooled = math.sqrt(((nx - 1) * x.var(ddof=1) + (ny - 1) * y.var(ddof=1)) / (nx + ny - 2))
    ci = res.confidence_interval(confidence_level=1 - alpha)
    name = "two-sample t-test (pooled variance)" if equal_var else "Welch two-sample t-test"
    assumptions = ["independent samples from normal populations (or n large enough)"]
    assumptions.append("equal population variances" if equal_var else "variances may differ (Welch-Satterthwaite df)")
    return test_result(
        "ttest",
        test=name,
        assumptions=assumptions,
        statistic_name="t",
        statistic=res.statistic,
        df=float(res.df),
        p_value=res.pvalue,
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_d", (x.mean() - y.mean()) / pooled if pooled > 0 else math.nan),
        groups=[a, b],
        extra={
            "mu": mu,
            "equal_var": equal_var,
            "estimate": float(x.mean() - y.mean()),
            "estimate_of": f"mean of {a.label} - mean of {b.label}",
            "confidence_interval": [float(ci.low) + mu, float(ci.high) + mu],
        },
    )
