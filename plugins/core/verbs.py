"""Handlers of the core verbs."""

from __future__ import annotations

from plugins.api import Context, Invocation, Name, Result, StudyError, Table, read_csv
from plugins.api.nodes import RESERVED_NAMES


def study(ctx: Context, inv: Invocation) -> Result:
    """``study "title"``."""
    inv.check_keywords(set())
    if len(inv.args) != 1:
        raise StudyError("'study' takes one title in quotes", inv.args[1] if inv.args else None, pos=inv.pos)
    ctx.title = ctx.string(inv.args[0])
    return Result("study", {"title": ctx.title}, summary=f"Study: {ctx.title}")


def seed(ctx: Context, inv: Invocation) -> Result:
    """``seed 42``: the seed every random step (randomisation, sampling) draws from."""
    inv.check_keywords(set())
    if len(inv.args) != 1:
        raise StudyError("'seed' takes one whole number, e.g. seed 42", pos=inv.pos)
    ctx.seed = ctx.integer(inv.args[0], minimum=0)
    return Result("seed", {"seed": ctx.seed})


def let(ctx: Context, inv: Invocation) -> Result:
    """``let name = value``: the value is kept as written (math stays symbolic until used)."""
    target, value = inv.args
    name = ctx.name(target)
    if name in RESERVED_NAMES:
        raise StudyError(f"'{name}' is a reserved name and cannot be bound", target, hint="choose another name")
    ctx.variables[name] = ctx.resolve(value) if isinstance(value, Name) else value
    return Result("let", {"name": name})


def data(ctx: Context, inv: Invocation) -> Result:
    """``data "file.csv" [name=value ...]``: load a table; options stay with the table for later verbs."""
    if not inv.args:
        raise StudyError("'data' needs a file name: data \"measurements.csv\"", pos=inv.pos)
    inv.check_positional(1, "one file name")
    path = ctx.input_path(inv.args[0])
    try:
        table = read_csv(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise StudyError(f"cannot read {path.name}: {exc}", inv.args[0]) from None
    table.options = {name: kw.value for name, kw in inv.keywords.items()}
    ctx.table = table
    preview = Table(
        f"{path.name}: {table.n_rows} rows",
        ["column", "numeric", "first values"],
        [[c.name, "yes" if c.is_numeric else "no", ", ".join(c.text[:4])] for c in table.columns.values()],
    )
    return Result(
        "data",
        {"file": str(path), "rows": table.n_rows, "columns": list(table.columns)},
        tables=[preview],
    )


def plot(ctx: Context, inv: Invocation) -> Result:
    """``plot KIND [KIND ...] [name=value ...]``: every positional name is a plot kind, drawn in turn."""
    kinds = ctx.registry.kinds_of("plot")
    names = [inv.kind_node, *inv.args]
    results = []
    for node in names:
        if not isinstance(node, Name) or node.id not in kinds:
            known = ", ".join(sorted(kinds))
            label = node.id if isinstance(node, Name) else "this value"
            raise StudyError(f"unknown plot '{label}'", node, hint=f"plots installed: {known}")
        sub = Invocation(inv.verb, node.id, [], inv.keywords, inv.pos, kind_node=node, line_text=inv.line_text)
        results.append(kinds[node.id].load()(ctx, sub))
    outputs = [path for r in results for path in r.outputs]
    return Result(
        "plot",
        {"plots": [r.to_dict() for r in results], "files": [str(p) for p in outputs]},
        tables=[t for r in results for t in r.tables],
        notes=[n for r in results for n in r.notes],
        outputs=outputs,
    )
