"""The run sheet: a design's runs in run order with coded and real levels side by side.

The same sheet feeds the ``design`` result's rows, the terminal table, ``export design`` (CSV) and the
table ``results`` leaves in ``ctx.table``.
"""

from __future__ import annotations

import csv
import os
from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Result, String, StudyError, Table
from plugins.doe.model import Design, doe_state

FIXED_COLUMNS = ["run", "std_order", "block", "point_type"]


def coded_name(factor_name: str) -> str:
    """The run-sheet column holding a factor's coded level."""
    return f"{factor_name}_coded"


def columns(design: Design) -> list[str]:
    """Run-sheet columns: run, std_order, block, point_type, coded levels, real levels."""
    return FIXED_COLUMNS + [coded_name(f.name) for f in design.factors] + [f.name for f in design.factors]


def tidy(value: Any) -> Any:
    """A level for people: 12 significant digits (so 0.8 + 0.2 prints as 1), integers without '.0'."""
    if isinstance(value, (float, np.floating)):
        value = float(f"{float(value):.12g}")
        return int(value) if value.is_integer() else value
    if isinstance(value, np.integer):
        return int(value)
    return value


def rows_in_run_order(design: Design) -> list[list[Any]]:
    """One list per run (in run order) matching ``columns(design)``."""
    real = design.real()
    order = np.argsort(design.run_order, kind="stable")
    out = []
    for i in order:
        row = [int(design.run_order[i]), int(i) + 1, int(design.block[i]), design.point_type[i]]
        row += [tidy(design.coded[i, j]) for j in range(len(design.factors))]
        row += [tidy(real[f.name][i]) for f in design.factors]
        out.append(row)
    return out


def cell(value: Any) -> str:
    """CSV text of a cell ('' for a missing value)."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    return str(tidy(value))


def export(ctx: Context, inv: Invocation) -> Result:
    """``export design "file.csv"``: write the run sheet, with one column per response (empty until measured)."""
    inv.check_keywords(set())
    if len(inv.args) != 2 or not isinstance(inv.args[1], String):
        raise StudyError('write: export design "runs.csv"', inv.args[0] if inv.args else None, pos=inv.pos)
    what = ctx.name(inv.args[0])
    if what != "design":
        raise StudyError(f"cannot export '{what}'", inv.args[0], hint='export design "runs.csv"')
    state = doe_state(ctx)
    design: Design | None = state["design"]
    if design is None:
        raise StudyError("no design to export yet", inv.args[0], hint="put a 'design ...' statement before 'export'")
    names = [r.name for r in state["responses"]] or list(design.responses)
    header = columns(design) + names
    order = np.argsort(design.run_order, kind="stable")
    body = []
    for row, i in zip(rows_in_run_order(design), order, strict=True):
        measured = [design.responses[n][i] if n in design.responses else None for n in names]
        body.append([cell(v) for v in row + measured])
    staged = ctx.output_path(inv.args[1])
    partial = staged.with_name(staged.name + ".partial")
    with partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(body)
    os.replace(partial, staged)
    final = ctx.final_path(staged)
    return Result(
        "export",
        {"file": str(final), "what": "design", "rows": len(body), "columns": header},
        summary=f"Run sheet of {len(body)} runs written to {final.name}.",
        outputs=[final],
    )


def run_sheet_table(design: Design, title: str) -> Table:
    """The run sheet for the terminal: each factor's cell reads ``real (coded)``; measured responses last."""
    k = len(design.factors)
    order = np.argsort(design.run_order, kind="stable")
    names = list(design.responses)
    body = []
    for row, i in zip(rows_in_run_order(design), order, strict=True):
        levels = [f"{real} ({coded})" for coded, real in zip(row[4 : 4 + k], row[4 + k :], strict=True)]
        body.append(row[:4] + levels + [tidy(design.responses[n][i]) for n in names])
    header = ["run", "std", "block", "type"] + [f.name for f in design.factors] + names
    return Table(title, header, body)
