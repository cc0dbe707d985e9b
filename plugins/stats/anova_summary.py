"""``test anova n= mean= sd=``: one-way ANOVA from each group's size, mean and standard deviation.

``mean=`` and ``sd=`` are lists with one entry per group (at least two groups); ``n=`` is a list of the
same length, or one whole number when every group has that size (``n=5``).
"""

from __future__ import annotations

from decimal import Decimal

from plugins.api import Context, Invocation, StudyError

SUMMARY_KEYS = ("n", "mean", "sd")


def summary_groups(ctx: Context, inv: Invocation) -> tuple[list[int], list[Decimal], list[Decimal]]:
    """The groups' sizes, means and sds from ``n=``, ``mean=``, ``sd=``, checked (exact numbers as written)."""
    missing = [f"{k}=" for k in SUMMARY_KEYS if inv.keyword(k) is None]
    if missing:
        raise StudyError(f"an ANOVA from summary statistics needs n=, mean= and sd= (missing {', '.join(missing)})",
                         pos=inv.pos, hint="e.g. test anova n=[5, 5, 5] mean=[10.2, 11.0, 12.1] sd=[1.1, 0.9, 1.3]")  # fmt: skip
    means, sds = ctx.decimals(inv.keyword("mean")), ctx.decimals(inv.keyword("sd"))
    if len(means) < 2:
        raise StudyError(f"mean= needs one mean per group, at least two (found {len(means)})", inv.keyword("mean"))
    if len(sds) != len(means):
        raise StudyError(f"sd= needs one value per group: {len(means)} means but {len(sds)} sds", inv.keyword("sd"))
    sizes = _sizes(ctx, inv, len(means))
    for value in sds:
        if value < 0:
            raise StudyError(f"sd must not be negative, found {value}", inv.keyword("sd"))
    if all(value == 0 for value in sds):
        raise StudyError("every sd is zero: the within-group variance is zero and F is undefined", inv.keyword("sd"))
    return sizes, means, sds


def _sizes(ctx: Context, inv: Invocation, groups: int) -> list[int]:
    node = inv.keyword("n")
    try:
        values = [ctx.decimal(node)] * groups  # one size for every group
    except StudyError:
        values = ctx.decimals(node)
    if len(values) != groups:
        raise StudyError(f"n= needs one size per group ({groups}) or one size for all, found {len(values)}", node)
    for value in values:
        if value != value.to_integral_value() or value < 2:
            raise StudyError(f"each n must be a whole number of at least 2, found {value}", node)
    return [int(value) for value in values]
