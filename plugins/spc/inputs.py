"""What a chart reads from the study: the measured series, its subgroups, and the baseline.

Options come from the chart statement first and then from the ``data`` statement's options
(``data "shaft.csv" column=diameter subgroup=5``), so either place may carry them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from plugins.api import Column, Context, DataTable, Invocation, Name, Node, Number, String, StudyError, read_csv

TRUE_WORDS = {"true", "yes", "1"}
FALSE_WORDS = {"false", "no", "0"}


@dataclass
class Series:
    """Values to chart: individual observations grouped by ``starts``, or counts with ``sizes``."""

    values: np.ndarray
    starts: np.ndarray
    sizes: np.ndarray
    column: str


def option(ctx: Context, inv: Invocation, name: str) -> Node | None:
    """The chart's ``name=`` value, else the data statement's, else None."""
    node = inv.keyword(name)
    if node is None and ctx.table is not None:
        found = ctx.table.options.get(name)
        node = found if isinstance(found, Node) else None
    return node


def sample_size_node(ctx: Context, inv: Invocation) -> Node | None:
    """The sample-size option of attribute charts: ``n=`` or its synonym ``size=``."""
    return option(ctx, inv, "n") or option(ctx, inv, "size")


def current_table(ctx: Context, inv: Invocation) -> DataTable:
    if ctx.table is None:
        raise StudyError(
            f"'chart {inv.kind}' needs data", pos=inv.pos, hint='load it first: data "file.csv" column=NAME'
        )
    return ctx.table


def table_column(ctx: Context, table: DataTable, node: Node, what: str) -> Column:
    """The column named by a Name or String node, in ``table``; suggests names when unknown."""
    if isinstance(node, String):
        name = node.value
    elif isinstance(node, Name):
        name = node.id
    else:
        raise StudyError(f"expected a column name for {what}", node)
    if name not in table.columns:
        where = table.source.name if table.source else "the data"
        raise StudyError(f"no column '{name}' in {where}", node, hint=f"columns are: {', '.join(table.columns)}")
    return table.columns[name]


def column_floats(ctx: Context, table: DataTable, node: Node, what: str) -> np.ndarray:
    column = table_column(ctx, table, node, what)
    try:
        return column.floats()
    except ValueError as exc:
        raise StudyError(str(exc), node, hint=f"{what} must be numeric") from None


def read_series(ctx: Context, inv: Invocation, table: DataTable, attribute: bool) -> Series:
    """The chart's series from ``table`` using the column=, subgroup= and n=/size= options."""
    column_node = option(ctx, inv, "column")
    if column_node is None:
        numeric = [c.name for c in table.columns.values() if c.is_numeric]
        raise StudyError(
            f"'chart {inv.kind}' needs the column to chart",
            pos=inv.pos,
            hint=f"add column=NAME (numeric columns: {', '.join(numeric) or 'none'})",
        )
    values = column_floats(ctx, table, column_node, "the charted column")
    name = column_node.id if isinstance(column_node, Name) else ctx.string(column_node)
    if values.size == 0:
        raise StudyError(f"column '{name}' has no rows", column_node)
    if attribute:
        return Series(values, np.arange(values.size), _sample_sizes(ctx, inv, table, values.size), name)
    values, starts = _subgroups(ctx, inv, table, values)
    return Series(values, starts, np.diff(np.append(starts, values.size)), name)


def _sample_sizes(ctx: Context, inv: Invocation, table: DataTable, rows: int) -> np.ndarray:
    node = sample_size_node(ctx, inv)
    if node is None:
        if inv.kind == "c":
            return np.ones(rows)
        raise StudyError(
            f"'chart {inv.kind}' needs the sample sizes",
            pos=inv.pos,
            hint="add n=COLUMN (a column of sample sizes) or n=50 (one size for every sample)",
        )
    if isinstance(node, Number):
        sizes = np.full(rows, ctx.number(node))
    else:
        sizes = column_floats(ctx, table, node, "the sample-size column")
    if np.any(sizes <= 0):
        raise StudyError("sample sizes must be positive", node)
    return sizes


def _subgroups(ctx: Context, inv: Invocation, table: DataTable, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Values reordered so that each subgroup is contiguous, and the start of each subgroup."""
    node = option(ctx, inv, "subgroup")
    if node is None:
        return values, np.arange(values.size)
    if isinstance(node, (Name, String)):
        ids = table_column(ctx, table, node, "the subgroup column").text
        codes: dict[str, int] = {}
        code = np.array([codes.setdefault(i, len(codes)) for i in ids])
        order = np.argsort(code, kind="stable")
        counts = np.bincount(code)
        return values[order], np.concatenate(([0], np.cumsum(counts)[:-1]))
    size = ctx.integer(node, minimum=1)
    if values.size % size:
        raise StudyError(
            f"{values.size} values do not split into subgroups of {size}",
            node,
            hint="check the subgroup size, or give a column of subgroup ids: subgroup=NAME",
        )
    return values, np.arange(0, values.size, size)


def baseline_table(ctx: Context, node: Node, table: DataTable) -> DataTable:
    """The in-control data named by ``limits_from=``: a CSV file, or a true/false column of this table."""
    if isinstance(node, String):
        path = ctx.input_path(node)
        try:
            return read_csv(path)
        except (ValueError, UnicodeDecodeError) as exc:
            raise StudyError(f"cannot read {path.name}: {exc}", node) from None
    if isinstance(node, Name):
        flags = table_column(ctx, table, node, "limits_from").text
        keep = []
        for row, cell in enumerate(flags, start=1):
            word = cell.strip().lower()
            if word not in TRUE_WORDS | FALSE_WORDS:
                raise StudyError(
                    f"column '{node.id}' row {row}: {cell!r} is not true or false",
                    node,
                    hint="limits_from=COLUMN marks the in-control rows with true/false (or 1/0)",
                )
            keep.append(word in TRUE_WORDS)
        if not any(keep):
            raise StudyError(f"column '{node.id}' marks no row as in control", node)
        rows = [i for i, k in enumerate(keep) if k]
        columns = {name: Column(name, [c.text[i] for i in rows]) for name, c in table.columns.items()}
        return DataTable(columns, table.source, table.options)
    raise StudyError(
        "limits_from= takes a file name in quotes or a true/false column", node, hint='limits_from="baseline.csv"'
    )
