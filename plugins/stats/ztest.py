"""``test ztest``: the one-sample z-test of a mean when the population standard deviation is known.

From summary statistics ``test ztest n=25 mean=52.3 sigma=4 mu=50`` or from a sample ``test ztest a sigma=4
mu=50``; ``alternative=`` ("two-sided", "less", "greater") and ``alpha=`` as for the t-test. z = (mean - mu) /
(sigma / sqrt(n)), referred to the standard normal.
"""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError
from plugins.stats import inputs
from plugins.stats.outcome import tail_p_value, test_result

_KEYWORDS = {"n", "mean", "sigma", "mu", "alternative", "alpha"}


def ztest(ctx: Context, inv: Invocation) -> Result:
    """``test ztest n= mean= sigma= mu=`` or ``test ztest a sigma= mu=`` [alternative=] [alpha=]."""
    inv.check_keywords(_KEYWORDS)
    inv.check_positional(1, "one sample")
    if inv.keyword("sigma") is None:
        raise StudyError("a z-test needs the known population sd: sigma=", pos=inv.pos,
                         hint="without a known sigma use test ttest")  # fmt: skip
    sigma = ctx.number(inv.keyword("sigma"))
    if not sigma > 0:
        raise StudyError(f"sigma must be positive, found {sigma:g}", inv.keyword("sigma"))
    mu = ctx.number(inv.keyword("mu")) if inv.keyword("mu") is not None else 0.0
    groups = []
    if inv.args:
        if inv.keyword("n") is not None or inv.keyword("mean") is not None:
            raise StudyError("give the sample or n= and mean=, not both", inv.keyword("n") or inv.keyword("mean"))
        sample = inputs.sample(ctx, inv.args[0], "sample", 1, "the z-test")
        n, mean, groups = len(sample), float(sample.floats().mean()), [sample]
    else:
        missing = [f"{k}=" for k in ("n", "mean") if inv.keyword(k) is None]
        if missing:
            raise StudyError(f"a z-test from summary statistics needs n= and mean= (missing {', '.join(missing)})",
                             pos=inv.pos, hint="or give the sample: test ztest a sigma=4 mu=50")  # fmt: skip
        n_value, mean = ctx.number(inv.keyword("n")), ctx.number(inv.keyword("mean"))
        if n_value < 1 or n_value != int(n_value):
            raise StudyError(f"n must be a whole number of at least 1, found {n_value:g}", inv.keyword("n"))
        n = int(n_value)
    return _z(n, mean, sigma, mu, inputs.alternative(ctx, inv), inputs.alpha(ctx, inv), groups)


def _z(n: int, mean: float, sigma: float, mu: float, alternative: str, alpha: float, groups: list) -> Result:
    from scipy import stats

    se = sigma / math.sqrt(n)
    z = (mean - mu) / se
    normal = stats.norm()
    if alternative == "two-sided":
        half = float(normal.ppf(1 - alpha / 2)) * se
        interval = [mean - half, mean + half]
    else:
        reach = float(normal.ppf(1 - alpha)) * se
        interval = [mean - reach, math.inf] if alternative == "greater" else [-math.inf, mean + reach]
    return test_result(
        "ztest",
        test="one-sample z-test (sigma known)",
        assumptions=[
            "independent observations from a normal population (or n large enough)",
            "the population standard deviation is known",
        ],  # fmt: skip
        statistic_name="z",
        statistic=z,
        p_value=tail_p_value(normal, z, alternative),
        alpha=alpha,
        alternative=alternative,
        effect=("cohen_d", (mean - mu) / sigma),
        groups=groups,
        extra={
            "mu": mu,
            "estimate": mean,
            "n": n,
            "sigma": sigma,
            "standard_error": se,
            "confidence_interval": interval,
        },  # fmt: skip
    )
