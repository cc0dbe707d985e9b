"""``test proportion``: one-sample and two-sample tests of proportions from counts.

* one sample: ``test proportion successes=18 n=200 p0=0.05``: the score z-test (standard error from
  p0, as textbooks write it), or the exact binomial test with ``method="exact"``;
* two samples: ``test proportion successes=[18, 31] n=[200, 210]``: the z-test with the pooled
  proportion (equal to the uncorrected chi-square test of the 2x2 table).
"""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError
from plugins.api.nodes import Node
from plugins.stats import inputs
from plugins.stats.outcome import tail_p_value, test_result

_KEYWORDS = {"successes", "n", "p0", "method", "alternative", "alpha"}


def _counts(ctx: Context, node: Node | None, key: str) -> list[int]:
    if node is None:
        raise StudyError(f"'test proportion' needs successes= and n= (missing {key}=)", hint=(
            "test proportion successes=18 n=200 p0=0.05, or successes=[18, 31] n=[200, 210]"))  # fmt: skip
    values = inputs.one_or_two(ctx, node, key, "one whole count", "[18, 31]", list_sizes=(1, 2))
    if any(v != v.to_integral_value() or v < 0 for v in values):
        raise StudyError(f"{key}= takes one whole count or a list of two", node, hint=f"e.g. {key}=[18, 31]")
    return [int(v) for v in values]


def proportion(ctx: Context, inv: Invocation) -> Result:
    """``test proportion successes= n= [p0=0.5] [method="z"|"exact"] [alternative=] [alpha=]``."""
    inv.check_keywords(_KEYWORDS)
    inv.check_positional(0, "no positional arguments")
    successes = _counts(ctx, inv.keyword("successes"), "successes")
    n = _counts(ctx, inv.keyword("n"), "n")
    if len(successes) != len(n):
        raise StudyError("successes= and n= must both be one count or both lists of two", pos=inv.pos)
    for x, size in zip(successes, n, strict=True):
        if size < 1 or x > size:
            raise StudyError(f"successes ({x}) must lie between 0 and n ({size}), n at least 1", inv.keyword("n"))
    alpha, alternative = inputs.alpha(ctx, inv), inputs.alternative(ctx, inv)
    method = inputs.choice(ctx, inv, "method", ("z", "exact"), "z")
    if len(n) == 2:
        if inv.keyword("p0") is not None or method == "exact":
            raise StudyError("p0= and method=\"exact\" are for one sample; two samples are compared with each other",
                             inv.keyword("p0") or inv.keyword("method"))  # fmt: skip
        return _two_sample(successes, n, alternative, alpha)
    p0 = ctx.fraction_option(inv, "p0", 0.5)
    return _one_sample(successes[0], n[0], p0, method, alternative, alpha)


def _one_sample(x: int, n: int, p0: float, method: str, alternative: str, alpha: float) -> Result:
    from scipy import stats

    share = x / n
    extra = {"p0": p0, "estimate": share, "successes": x, "n": n, "method": method}
    if method == "exact":
        res = stats.binomtest(x, n, p0, alternative=alternative)
        ci = res.proportion_ci(confidence_level=1 - alpha, method="exact")
        return test_result(
            "proportion",
            test="exact binomial test",
            assumptions=["independent trials with a constant success probability"],
            statistic_name="successes",
            statistic=float(x),
            p_value=res.pvalue,
            alpha=alpha,
            alternative=alternative,
            extra={**extra, "confidence_interval": [float(ci.low), float(ci.high)]},
        )
    z = (share - p0) / math.sqrt(p0 * (1 - p0) / n)
    notes = (
        []
        if min(n * p0, n * (1 - p0)) >= 5
        else [f'n*p0 = {n * p0:g}: the normal approximation is poor; use method="exact"']
    )
    return test_result(
        "proportion",
        test="one-sample z-test for a proportion",
        assumptions=["independent trials with a constant success probability", "n*p0 and n*(1 - p0) at least 5"],
        statistic_name="z",
        statistic=z,
        p_value=tail_p_value(stats.norm(), z, alternative),
        alpha=alpha,
        alternative=alternative,
        extra=extra,
        notes=notes,
    )


def _two_sample(x: list[int], n: list[int], alternative: str, alpha: float) -> Result:
    from scipy import stats

    p1, p2 = x[0] / n[0], x[1] / n[1]
    pooled = (x[0] + x[1]) / (n[0] + n[1])
    se = math.sqrt(pooled * (1 - pooled) * (1 / n[0] + 1 / n[1]))
    if se == 0:
        raise StudyError("both samples are all successes or all failures: the z statistic is undefined")
    z = (p1 - p2) / se
    small = min(pooled * min(n), (1 - pooled) * min(n)) < 5
    return test_result(
        "proportion",
        test="two-sample z-test for proportions (pooled)",
        assumptions=[
            "independent samples of independent trials",
            "at least 5 expected successes and failures per sample",
        ],
        statistic_name="z",
        statistic=z,
        p_value=tail_p_value(stats.norm(), z, alternative),
        alpha=alpha,
        alternative=alternative,
        extra={
            "estimate": p1 - p2,
            "estimate_of": "p1 - p2",
            "proportions": [p1, p2],
            "pooled": pooled,
            "successes": x,
            "n": n,
        },  # fmt: skip
        notes=["few expected successes or failures: prefer Fisher's exact test"] if small else [],
    )
