"""``test ttest n= mean= sd=``: one- and two-sample t-tests from summary statistics.

One sample: numbers (``n=16 mean=10.6 sd=1.2 mu=10``). Two samples: two-item lists
(``n=[12, 15] mean=[20.1, 18.7] sd=[2.2, 2.9]``), Welch by default, pooled with ``equal_var=true``.
"""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError
from plugins.stats import inputs
from plugins.stats.outcome import tail_p_value, test_result

SUMMARY_KEYS = ("n", "mean", "sd")


def summary_ttest(ctx: Context, inv: Invocation) -> Result:
    """The t-test of ``n=``, ``mean=``, ``sd=`` (each one number or two), ``mu=``, ``equal_var=``, ``alternative=``."""
    missing = [f"{k}=" for k in SUMMARY_KEYS if inv.keyword(k) is None]
    if missing:
        raise StudyError(f"a t-test from summary statistics needs n=, mean= and sd= (missing {', '.join(missing)})",
                         pos=inv.pos, hint="or give the samples: test ttest a b")  # fmt: skip
    if inv.keyword("paired") is not None:
        raise StudyError("paired= needs the raw pairs: give the two samples", inv.keyword("paired"))
    n, mean, sd = (
        [float(v) for v in inputs.one_or_two(ctx, inv.keyword(k), k, "one number (one sample)", "[12, 15]")]
        for k in SUMMARY_KEYS
    )
    if not len(n) == len(mean) == len(sd):
        raise StudyError("n=, mean= and sd= must all be one number, or all lists of two", pos=inv.pos)
    for size, value in zip(n, sd, strict=True):
        if size < 2 or size != int(size):
            raise StudyError(f"n must be a whole number of at least 2, found {size:g}", inv.keyword("n"))
        if value <= 0:
            raise StudyError(f"sd must be positive, found {value:g}", inv.keyword("sd"))
    alpha, alternative = inputs.alpha(ctx, inv), inputs.alternative(ctx, inv)
    mu = ctx.number(inv.keyword("mu")) if inv.keyword("mu") is not None else 0.0
    if len(n) == 1:
        return _one_sample(int(n[0]), mean[0], sd[0], mu, alternative, alpha)
    equal_var = inputs.flag(ctx, inv, "equal_var", False)
    return _two_sample([int(x) for x in n], mean, sd, mu, equal_var, alternative, alpha)


def _one_sample(n: int, mean: float, sd: float, mu: float, alternative: str, alpha: float) -> Result:
    from scipy import stats

    se = sd / math.sqrt(n)
    t = (mean - mu) / se
    dist = stats.t(n - 1)
    p = tail_p_value(dist, t, alternative)
    return test_result(
        "ttest",
        test="one-sample t-test from summary statistics",
        assumptions=["independent observations from a normal population (or n large enough)"],
        statistic_name="t",
        statistic=t,
        df=float(n - 1),
        p_value=p,
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_d", (mean - mu) / sd),
        extra={
            "mu": mu,
            "estimate": mean,
            "n": n,
            "sd": sd,
            "confidence_interval": _interval(mean, se, dist, alpha, alternative),
        },
    )


def _two_sample(
    n: list[int], mean: list[float], sd: list[float], mu: float, equal_var: bool, alternative: str, alpha: float
) -> Result:
    from scipy import stats

    v1, v2 = sd[0] ** 2 / n[0], sd[1] ** 2 / n[1]
    pooled = math.sqrt(((n[0] - 1) * sd[0] ** 2 + (n[1] - 1) * sd[1] ** 2) / (n[0] + n[1] - 2))
    if equal_var:
        se, df = pooled * math.sqrt(1 / n[0] + 1 / n[1]), float(n[0] + n[1] - 2)
    else:
        se = math.sqrt(v1 + v2)
        df = (v1 + v2) ** 2 / (v1**2 / (n[0] - 1) + v2**2 / (n[1] - 1))
    diff = mean[0] - mean[1]
    t = (diff - mu) / se
    dist = stats.t(df)
    name = "two-sample t-test (pooled variance)" if equal_var else "Welch two-sample t-test"
    return test_result(
        "ttest",
        test=f"{name} from summary statistics",
        assumptions=[
            "independent samples from normal populations (or n large enough)",
            "equal population variances" if equal_var else "variances may differ (Welch-Satterthwaite df)",
        ],
        statistic_name="t",
        statistic=t,
        df=df,
        p_value=tail_p_value(dist, t, alternative),
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_d", diff / pooled),
        extra={
            "mu": mu,
            "equal_var": equal_var,
            "estimate": diff,
            "estimate_of": "mean 1 - mean 2",
            "n": n,
            "sd": sd,
            "confidence_interval": _interval(diff, se, dist, alpha, alternative),
        },  # fmt: skip
    )


def _interval(centre: float, se: float, dist, alpha: float, alternative: str) -> list[float]:
    """The 1 - alpha confidence interval matching the alternative (one-sided ones are half-lines)."""
    if alternative == "two-sided":
        half = float(dist.ppf(1 - alpha / 2)) * se
        return [centre - half, centre + half]
    reach = float(dist.ppf(1 - alpha)) * se
    return [centre - reach, math.inf] if alternative == "greater" else [-math.inf, centre + reach]
