"""``design KIND [options]``: build a design from the declared factors, replicate, block, randomise.

The kind's handler (``handler(ctx, inv, factors) -> Plan``) builds one replicate in standard order;
this verb repeats it ``replicates=`` times
(centre points in every replicate, or only in the first with ``replicate_center=false``), numbers the runs (randomised within blocks with
``randomize=true``, seeded by ``seed=`` or the study's ``seed``), stores the ``Design`` in the
plugin state for ``export``, ``results`` and the analyses, and reports it.
"""

from __future__ import annotations

import numpy as np

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.doe import run_sheet
from plugins.doe.model import Design, Factor, doe_state
from plugins.doe.plan import Plan, design_seed, int_option
from plugins.doe.words import LETTERS, letters


def design(ctx: Context, inv: Invocation) -> Result:
    """Generate the design and report its run sheet (and aliases, where it has them)."""
    state = doe_state(ctx)
    factors: list[Factor] = state["factors"]
    if not factors:
        raise StudyError("no factors declared", inv.kind_node, hint='declare them first: factor temp 150 .. 190 "C"')
    inv.check_positional(0, "only name=value options after the design name")
    build = ctx.registry.kinds_of("design")[inv.kind].load()
    plan: Plan = build(ctx, inv, factors)
    replicates = int_option(ctx, inv, "replicates", 1, minimum=1)
    randomize = inv.keyword("randomize") is not None and ctx.boolean(inv.keyword("randomize"))
    center_each = inv.keyword("replicate_center") is None or ctx.boolean(inv.keyword("replicate_center"))
    coded, point_type, block, replicate = _replicate(plan, replicates, center_each)
    info = dict(plan.info)
    notes = list(plan.notes)
    if randomize:
        seed, drawn = design_seed(ctx, inv)
        info["seed"] = seed
        if drawn:
            notes.append(f"no seed given: run order randomised with seed {seed} (write 'seed {seed}' to repeat it)")
        run_order = _randomised_order(block, np.random.default_rng(seed))
    else:
        run_order = _standard_order(block)
    result_design = Design(inv.kind or "", list(factors), coded, run_order, point_type, block, info)
    state["design"] = result_design
    return _report(result_design, plan, replicate, replicates, randomize, notes)


def _replicate(
    plan: Plan, replicates: int, center_each: bool = True
) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
    """Repeat the plan; with more than one block each replicate has its own blocks. Without
    ``center_each`` the centre points stay in the first replicate only."""
    n_blocks = int(plan.block.max())
    offsets = [(r * n_blocks if n_blocks > 1 else 0) for r in range(replicates)]
    coded = np.vstack([plan.coded] * replicates)
    block = np.concatenate([plan.block + off for off in offsets])
    replicate = np.repeat(np.arange(1, replicates + 1), plan.coded.shape[0])
    point_type = plan.point_type * replicates
    if not center_each:
        keep = np.array([r == 1 or t != "center" for r, t in zip(replicate, point_type, strict=True)])
        point_type = [t for t, k in zip(point_type, keep, strict=True) if k]
        coded, block, replicate = coded[keep], block[keep], replicate[keep]
    return coded, point_type, block, replicate


def _standard_order(block: np.ndarray) -> np.ndarray:
    """Run numbers without randomisation: blocks in order, standard order within each block."""
    order = np.argsort(block, kind="stable")
    run = np.empty(len(block), dtype=int)
    run[order] = np.arange(1, len(block) + 1)
    return run


def _randomised_order(block: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Run numbers after shuffling the runs of each block (blocks keep their order)."""
    run = np.empty(len(block), dtype=int)
    next_run = 1
    for b in np.unique(block):
        members = np.flatnonzero(block == b)
        for i in rng.permutation(members):
            run[i] = next_run
            next_run += 1
    return run


def _report(
    design: Design, plan: Plan, replicate: np.ndarray, replicates: int, randomize: bool, notes: list[str]
) -> Result:
    factor_dicts = [
        dict(f.to_dict(), letter=letter) for f, letter in zip(design.factors, _letters(design), strict=True)
    ]
    sheet = run_sheet.rows_in_run_order(design)
    order = np.argsort(design.run_order, kind="stable")
    names = [f.name for f in design.factors]
    rows = []
    for values, i in zip(sheet, order, strict=True):
        k = len(names)
        rows.append(
            {
                "run": values[0],
                "std_order": values[1],
                "block": values[2],
                "replicate": int(replicate[i]),
                "point_type": values[3],
                "coded": dict(zip(names, values[4 : 4 + k], strict=True)),
                "real": dict(zip(names, values[4 + k :], strict=True)),
            }
        )
    counts = {t: design.point_type.count(t) for t in dict.fromkeys(design.point_type)}
    data = {
        "design": design.kind,
        "runs": design.n_runs,
        "factors": factor_dicts,
        "columns": run_sheet.columns(design),
        "replicates": replicates,
        "blocks": int(design.block.max()),
        "randomized": randomize,
        "point_counts": counts,
        **design.info,
        "rows": rows,
    }
    tables = [run_sheet.run_sheet_table(design, f"Run sheet: {design.kind}, {design.n_runs} runs"), *plan.tables]
    if "letters" in design.info:
        tables.insert(
            1, Table("Factor letters", ["letter", "factor"], [list(p) for p in design.info["letters"].items()])
        )
    return Result("design", data, tables=tables, notes=notes, summary=_summary(design, counts, randomize))


def _letters(design: Design) -> list[str]:
    return letters(len(design.factors)) if len(design.factors) <= len(LETTERS) else [""] * len(design.factors)


def _summary(design: Design, counts: dict[str, int], randomize: bool) -> str:
    parts = ", ".join(f"{n} {t}" for t, n in counts.items())
    text = f"{design.kind.replace('_', ' ').capitalize()} design in {len(design.factors)} factors: {design.n_runs} runs ({parts})"
    if "resolution_roman" in design.info and design.info.get("resolution") is not None:
        text += f", resolution {design.info['resolution_roman']}"
    order = f"randomised with seed {design.info['seed']}" if randomize else "in standard order"
    return f"{text}, {order}."
