"""The ``convert`` verb: ``convert 3.5 "inch" to="mm"``, ``convert 100 "F" to="C"`` (sympy.physics.units)."""

from __future__ import annotations

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.symbolic.units import UnitError
from plugins.symbolic.units import convert as convert_units


def convert(ctx: Context, inv: Invocation) -> Result:
    """A value in one unit expressed in another; ``data`` holds the number, its exact form and the units."""
    inv.check_keywords({"to"})
    if len(inv.args) != 2 or inv.keyword("to") is None:
        raise StudyError(
            "convert needs a value, its unit in quotes and to= the target unit",
            pos=inv.pos,
            hint='convert 3.5 "inch" to="mm"',
        )
    value = ctx.decimal(inv.args[0])
    source, target = ctx.string(inv.args[1]), ctx.string(inv.keyword("to"))
    try:
        done = convert_units(value, source, target)
    except UnitError as exc:
        raise StudyError(
            str(exc), inv.args[1], hint='units as written: "mm", "psi", "km/h", "W/m^2/K", "degF"'
        ) from None
    number = done.number
    exact = str(done.exact)
    data = {"value": number, "exact": exact, "quantity": str(value), "from": source, "to": target,
            "dimension": done.dimension, "affine": done.affine}  # fmt: skip
    notes = ["temperature scales converted with their offsets (a temperature difference has none)"] * done.affine
    summary = f"{value} {source} = {number:.10g} {target}"
    table = Table("unit conversion", ["value", "from", "result", "to"], [[str(value), source, number, target]])
    return Result("unit_conversion", data, tables=[table], notes=notes, summary=summary)
