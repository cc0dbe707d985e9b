"""The sigma_level verb: short-term sigma level = z(1 - DPMO/1e6) + shift."""

from scipy.stats import norm

from plugins.api import Context, Invocation, Result, StudyError


def sigma_level(ctx: Context, inv: Invocation) -> Result:
    """``sigma_level dpmo=X`` or ``sigma_level defects=D units=U [opportunities=O]`` with ``shift=1.5``."""
    inv.check_keywords({"dpmo", "defects", "units", "opportunities", "shift"})
    inv.check_positional(0, "only name=value arguments")
    shift = ctx.number(inv.keyword("shift")) if inv.keyword("shift") is not None else 1.5
    if inv.keyword("dpmo") is not None:
        dpmo = ctx.number(inv.keyword("dpmo"))
    elif inv.keyword("defects") is not None and inv.keyword("units") is not None:
        opportunities = ctx.integer(inv.keyword("opportunities"), minimum=1) if inv.keyword("opportunities") else 1
        units = ctx.integer(inv.keyword("units"), minimum=1)
        dpmo = ctx.number(inv.keyword("defects")) / (units * opportunities) * 1e6
    else:
        raise StudyError("sigma_level needs dpmo= or defects= and units=", pos=inv.pos)
    if not 0 < dpmo < 1e6:
        raise StudyError(f"DPMO must lie strictly between 0 and 1,000,000, got {dpmo}", pos=inv.pos)
    level = float(norm.isf(dpmo / 1e6)) + shift
    return Result(
        "sigma_level",
        {"dpmo": dpmo, "shift": shift, "sigma_level": level},
        summary=f"{dpmo:g} DPMO is a {level:.2f} sigma process (shift {shift:g}).",
    )
