"""Reading a statistics statement's data and options: samples, groups, alpha, alternative, conf.

Numbers stay exact (``Decimal``) until an engine decides how to compute with them: list literals
and ``let`` lists through ``ctx.decimals``, table columns parsed straight from their text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from plugins.api import By, Context, Invocation, ListValue, Name, Node, StudyError

if TYPE_CHECKING:
    import numpy as np

ALTERNATIVES = ("two-sided", "less", "greater")


@dataclass
class Sample:
    """A named list of exact observations and the node it came from (for error positions)."""

    label: str
    values: list[Decimal]
    node: Node

    def floats(self) -> np.ndarray:
        import numpy as np

        return np.array([float(v) for v in self.values], dtype=float)

    def __len__(self) -> int:
        return len(self.values)


def _column_decimals(ctx: Context, node: Name) -> list[Decimal]:
    """A table column as Decimals, naming the first cell that is not a finite number."""
    column = ctx.column(node)
    try:
        values = [Decimal(cell) for cell in column.text]
        if all(v.is_finite() for v in values):
            return values
    except InvalidOperation:
        pass
    for row, cell in enumerate(column.text, start=1):
        try:
            ok = Decimal(cell).is_finite()
        except InvalidOperation:
            ok = False
        if not ok:
            raise StudyError(
                f"column '{node.id}' is not numeric: row {row} holds {cell!r}",
                node,
                hint="choose a numeric column, or fix that cell in the CSV file",
            )
    raise AssertionError("unreachable")


def exact_values(ctx: Context, node: Node) -> list[Decimal]:
    """Exact numbers from a list literal, a ``let`` list or a data column name."""
    value = ctx.resolve(node)
    if isinstance(value, Name):
        return _column_decimals(ctx, value)
    return ctx.decimals(node)


def label_of(node: Node, default: str) -> str:
    return node.id if isinstance(node, Name) else default


def sample(ctx: Context, node: Node, default_label: str = "sample", minimum: int = 1, what: str = "") -> Sample:
    """One sample, with at least ``minimum`` observations."""
    result = Sample(label_of(node, default_label), exact_values(ctx, node), node)
    require_size(result, minimum, what)
    return result


def require_size(s: Sample, minimum: int, what: str) -> None:
    if len(s) < minimum:
        raise StudyError(
            f"too few observations: '{s.label}' has {len(s)}, {what or 'this test'} needs at least {minimum}",
            s.node,
            hint="give more data",
        )


def labels(ctx: Context, node: Name) -> list[str]:
    """A column's cells as group labels (any text), or a ``let``-bound list's values (``let block = [1, 2, 1, 2]``)
    where no data column has that name."""
    if node.id in ctx.variables and (ctx.table is None or node.id not in ctx.table.columns):
        return [format(value, "f") for value in exact_values(ctx, node)]
    return list(ctx.column(node).text)


def split_by(response: Sample, keys: list[str], by_node: Node) -> list[Sample]:
    """Split a response into groups by label, in order of first appearance."""
    if len(keys) != len(response):
        raise StudyError(
            f"mismatched lengths: '{response.label}' has {len(response)} values but the grouping has {len(keys)}",
            by_node,
        )
    groups: dict[str, list[Decimal]] = {}
    for key, value in zip(keys, response.values, strict=True):
        groups.setdefault(key, []).append(value)
    return [Sample(key, values, by_node) for key, values in groups.items()]


def groups(
    ctx: Context, inv: Invocation, minimum_groups: int = 2, minimum_size: int = 1, what: str = ""
) -> list[Sample]:
    """Groups from ``groups=[a, b, c]``, from positional samples ``a b c``, or from ``response by g``."""
    node = inv.keyword("groups")
    by = [a for a in inv.args if isinstance(a, By)]
    if node is not None:
        inv.check_positional(0, "its samples in groups=[...] only")
        listed = ctx.resolve(node)
        if not isinstance(listed, ListValue):
            raise StudyError("groups= takes a list of samples: groups=[a, b, c]", node)
        found = [sample(ctx, item, f"group {i + 1}") for i, item in enumerate(listed.items)]
    elif by:
        if len(inv.args) != 2 or not isinstance(inv.args[0], Name) or len(by[0].groups) != 1:
            raise StudyError(f"write '{inv.verb} {inv.kind} response by group' with one grouping column", inv.args[0])
        response = sample(ctx, inv.args[0])
        found = split_by(response, labels(ctx, by[0].groups[0]), by[0])
    else:
        found = [sample(ctx, item, f"sample {i + 1}") for i, item in enumerate(inv.args)]
    if len(found) < minimum_groups:
        raise StudyError(
            f"'{inv.verb} {inv.kind}' needs at least {minimum_groups} groups, found {len(found)}",
            pos=inv.pos,
            hint="give groups=[a, b, c], several samples, or 'response by group' on a data table",
        )
    for g in found:
        require_size(g, minimum_size, what)
    return found


def alpha(ctx: Context, inv: Invocation, default: float = 0.05) -> float:
    """The significance level ``alpha=`` (default 0.05)."""
    return ctx.fraction_option(inv, "alpha", default)


def conf(ctx: Context, inv: Invocation, default: float = 0.95) -> float:
    """The confidence level ``conf=`` (default 0.95)."""
    return ctx.fraction_option(inv, "conf", default)


def probability(ctx: Context, inv: Invocation, key: str) -> float | None:
    """The keyword's value strictly between 0 and 1, or None when it is not given."""
    node = inv.keyword(key)
    if node is None:
        return None
    value = ctx.number(node)
    if not 0 < value < 1:
        raise StudyError(f"{key} must lie strictly between 0 and 1, found {value:g}", node)
    return value


def choice(ctx: Context, inv: Invocation, keyword: str, options: tuple[str, ...], default: str) -> str:
    """A string keyword restricted to ``options``."""
    node = inv.keyword(keyword)
    if node is None:
        return default
    value = ctx.string(node).lower()
    if value not in options:
        raise StudyError(
            f"unknown {keyword} '{value}'", node, hint=f"use one of: {', '.join(repr(o) for o in options)}"
        )
    return value


def alternative(ctx: Context, inv: Invocation) -> str:
    return choice(ctx, inv, "alternative", ALTERNATIVES, "two-sided")


def flag(ctx: Context, inv: Invocation, keyword: str, default: bool) -> bool:
    node = inv.keyword(keyword)
    return default if node is None else ctx.boolean(node)


def one_or_two(
    ctx: Context, node: Node, key: str, one: str, example: str, list_sizes: tuple[int, ...] = (2,)
) -> list[Decimal]:
    """``key=`` as one number (one sample) or a list of two (two samples), exactly as written.

    ``one`` names the single form in the error ("one number", "one whole count"); ``example`` is a list
    of two for the hint; ``list_sizes`` are the list lengths taken (a caller may also take ``[18]``).
    """
    try:
        return [ctx.decimal(node)]
    except StudyError:
        values = ctx.decimals(node)
    if len(values) not in list_sizes:
        raise StudyError(
            f"{key}= takes {one} or a list of two, found {len(values)}", node, hint=f"e.g. {key}={example}"
        )
    return values
