"""``results "file.csv" [on=run]``: measured responses joined onto the design.

With a run column (``run`` unless ``on=`` names another) each row is matched to the design's run of
that number; missing, repeated and unknown runs and non-numeric cells are errors naming the run and
the column. Without one, a file with a column for every factor is taken as the runs as they stand
(natural units) and becomes a design of kind ``observed``. The joined run sheet becomes ``ctx.table``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import numpy as np

from plugins.api import Context, DataTable, Invocation, Result, StudyError, Table, read_csv
from plugins.api.nodes import Node
from plugins.doe import run_sheet
from plugins.doe.model import Design, Factor, doe_state

SHEET_COLUMNS = set(run_sheet.FIXED_COLUMNS) | {"replicate"}


def results(ctx: Context, inv: Invocation) -> Result:
    """Join the file's responses onto the design (or read the runs as they stand)."""
    inv.check_keywords({"on"})
    if len(inv.args) != 1:
        raise StudyError('write: results "measured.csv"', inv.args[1] if len(inv.args) > 1 else None, pos=inv.pos)
    path = ctx.input_path(inv.args[0])
    try:
        table = read_csv(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise StudyError(f"cannot read {path.name}: {exc}", inv.args[0]) from None
    state = doe_state(ctx)
    on = ctx.name(inv.keyword("on")) if inv.keyword("on") is not None else "run"
    design: Design | None = state["design"]
    factors: list[Factor] = state["factors"]
    node = inv.args[0]
    if on in table.columns and design is not None:
        mode = "run"
        by_row = _join(table, design, on, node)
    elif factors and all(f.name in table.columns for f in factors):
        mode = "observed"
        design = _observed(table, factors, node)
        by_row = list(range(table.n_rows))
        state["design"] = design
    elif design is None:
        raise StudyError(
            f"{path.name} has no column for every factor and there is no design to join on",
            node,
            hint="declare the factors (and a design) first, or give the file a column per factor",
        )
    else:
        raise StudyError(
            f"{path.name} has no '{on}' column to join on",
            node,
            hint=f"columns are: {', '.join(table.columns)}; name the run column with on=",
        )
    names = _response_names(state, table, design, on, node)
    texts = {}
    for name in names:
        design.responses[name] = _measured(table, name, by_row, on if mode == "run" else None, node)
        texts[name] = [table.columns[name].text[r] for r in by_row]
    ctx.table = _joined_table(design, texts, path)
    return _report(path, mode, on, design, names)


def _join(table: DataTable, design: Design, on: str, node: Node) -> list[int]:
    """For each standard-order row of the design, the file row holding its run."""
    row_of_run: dict[int, int] = {}
    for row, text in enumerate(table.columns[on].text):
        try:
            value = Decimal(text)
            run = int(value)
            if value != run:
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            raise StudyError(f"{on} {text!r} (file row {row + 1}) is not a run number", node) from None
        if run in row_of_run:
            raise StudyError(
                f"run {run} appears twice (column '{on}', file rows {row_of_run[run] + 1} and {row + 1})", node
            )
        if not 1 <= run <= design.n_runs:
            raise StudyError(
                f"run {run} (column '{on}') is not in the design, which has runs 1 to {design.n_runs}", node
            )
        row_of_run[run] = row
    missing = [r for r in range(1, design.n_runs + 1) if r not in row_of_run]
    if missing:
        raise StudyError(
            f"run(s) {', '.join(map(str, missing))} missing from column '{on}'",
            node,
            hint="every run of the design needs a row (add the missing runs)",
        )
    by_row = [row_of_run[int(r)] for r in design.run_order]
    _check_levels(table, design, by_row, on, node)
    return by_row


def _check_levels(table: DataTable, design: Design, by_row: list[int], on: str, node: Node) -> None:
    """Factor columns present in the file must agree with the design's real levels for each run."""
    real = design.real()
    for f in design.factors:
        if f.name not in table.columns:
            continue
        cells = table.columns[f.name].text
        for i, row in enumerate(by_row):
            expected, text = real[f.name][i], cells[row]
            if f.categorical:
                agree = str(expected) == text
            else:
                try:
                    agree = abs(float(text) - float(expected)) <= 1e-6 * max(1.0, abs(float(expected)))
                except ValueError:
                    agree = False
            if not agree:
                raise StudyError(
                    f"run {design.run_order[i]}, column '{f.name}': the file says {text!r} but the design has "
                    f"{run_sheet.tidy(expected)}",
                    node,
                    hint=f"check that the rows are matched to the right '{on}' numbers",
                )


def _observed(table: DataTable, factors: list[Factor], node: Node) -> Design:
    """A design of kind ``observed`` from the file's factor columns (rows in file order)."""
    coded = np.empty((table.n_rows, len(factors)))
    for j, f in enumerate(factors):
        cells = table.columns[f.name].text
        if f.categorical:
            labels = [str(v) for v in f.levels or []]
            for row, text in enumerate(cells):
                if text not in labels:
                    raise StudyError(
                        f"row {row + 1}, column '{f.name}': {text!r} is not a level of {f.name} ({', '.join(labels)})",
                        node,
                    )
            coded[:, j] = f.to_coded(np.array(cells, dtype=object))
        else:
            coded[:, j] = f.to_coded(_numbers(table, f.name, [str(r + 1) for r in range(table.n_rows)], "row", node))
    run = np.arange(1, table.n_rows + 1)
    point_type = ["center" if np.all(np.abs(r) < 1e-12) else "observed" for r in coded]
    return Design("observed", list(factors), coded, run, point_type, np.ones(table.n_rows, dtype=int))


def _numbers(table: DataTable, column: str, labels: list[str], label: str, node: Node) -> np.ndarray:
    values = []
    for text, who in zip(table.columns[column].text, labels, strict=True):
        try:
            number = Decimal(text)
            if not number.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            shown = repr(text) if text else "an empty cell"
            raise StudyError(f"{label} {who}, column '{column}': {shown} is not a number", node) from None
        values.append(float(number))
    return np.array(values)


def _response_names(state: dict, table: DataTable, design: Design, on: str, node: Node) -> list[str]:
    declared = [r.name for r in state["responses"]]
    if declared:
        absent = [n for n in declared if n not in table.columns]
        if absent:
            raise StudyError(
                f"response column(s) {', '.join(absent)} not in the file",
                node,
                hint=f"columns are: {', '.join(table.columns)}",
            )
        return declared
    skip = (
        SHEET_COLUMNS | {on} | {f.name for f in design.factors} | {run_sheet.coded_name(f.name) for f in design.factors}
    )
    found = [c.name for c in table.columns.values() if c.name not in skip and c.is_numeric]
    if not found:
        raise StudyError("no numeric response column in the file", node, hint="declare responses with 'response NAME'")
    return found


def _measured(table: DataTable, name: str, by_row: list[int], on: str | None, node: Node) -> np.ndarray:
    """The response per standard-order row; errors name the run (or file row) and the column."""
    column = table.columns[name]
    picked = DataTable.from_rows([name], [[column.text[r]] for r in by_row])
    if on is not None:
        labels = [table.columns[on].text[r] for r in by_row]
        return _numbers(picked, name, labels, "run", node)
    return _numbers(picked, name, [str(r + 1) for r in by_row], "row", node)


def _joined_table(design: Design, texts: dict[str, list[str]], path: Path) -> DataTable:
    """The run sheet (run order) with the responses as written in the file, as the study's table."""
    order = np.argsort(design.run_order, kind="stable")
    header = run_sheet.columns(design) + list(texts)
    rows = []
    for values, i in zip(run_sheet.rows_in_run_order(design), order, strict=True):
        rows.append([run_sheet.cell(v) for v in values] + [texts[n][i] for n in texts])
    return DataTable.from_rows(header, rows, path)


def _report(path: Path, mode: str, on: str, design: Design, names: list[str]) -> Result:
    stats = [
        [n, len(v), float(np.mean(v)), float(np.std(v, ddof=1)) if len(v) > 1 else None, float(v.min()), float(v.max())]
        for n, v in ((n, design.responses[n]) for n in names)
    ]
    data = {
        "file": str(path),
        "join": mode,
        "on": on if mode == "run" else None,
        "design": design.kind,
        "runs": design.n_runs,
        "responses": names,
        "statistics": {s[0]: dict(zip(["n", "mean", "sd", "min", "max"], s[1:], strict=True)) for s in stats},
        "values": {n: [float(design.responses[n][i]) for i in np.argsort(design.run_order)] for n in names},
    }
    how = f"joined on '{on}'" if mode == "run" else "read as observed runs"
    table = Table("Responses", ["response", "n", "mean", "sd", "min", "max"], stats)
    return Result(
        "results",
        data,
        tables=[table, run_sheet.run_sheet_table(design, "Runs with responses")],
        summary=f"{design.n_runs} runs with {', '.join(names)} {how}.",
    )
