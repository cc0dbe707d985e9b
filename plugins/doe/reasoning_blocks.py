"""Randomised complete block designs read from prose: "a randomised complete block design: six varieties, four
blocks", "RCBD with 5 fertiliser treatments in 3 blocks", "randomized complete block, 4 treatments, 6 blocks, 2 plots
per treatment in each block". Every treatment appears in every block (``per_block`` times, 1 unless said), so the
design has treatments x blocks x per_block runs (plots, experimental units). In the agronomist's usage a complete
block is a replicate: "5 treatments, 4 replications" of an RCBD are 4 blocks.

Latin squares are planned by ``reasoning_latin``. Designs of blocks that are not complete (balanced incomplete
blocks, Youden squares, lattices), Graeco-Latin squares and split plots are not planned here: ``block_design_refused`` says so, and a treatment count that cannot be told
apart from other counts is refused rather than guessed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.doe.reasoning_counts import COUNT, _count, blocks, center_points, mentions, replicates
from plugins.doe.reasoning_latin import asks_latin_square, plan_latin_square
from plugins.doe.reasoning_levels import factor_levels
from plugins.doe.reasoning_listed import listed_spans

# factors crossed: every combination of their levels a treatment ("3 rates × 4 varieties", "a 2x3 factorial")
_CROSSED = r"[×*]|(?<![a-z0-9])x(?![a-z0-9])|\bfactorial\b|\bcrossed\b"

COMPLETE_BLOCKS = r"(?<!in)complete[- ]blocks?\b|\brcbd\b|\brandomi[sz]ed[- ]blocks?\b"
_NOT_PLANNED = {
    r"\bincomplete[- ]blocks?\b|\bbibd?\b|\bpbibd?\b": "incomplete block designs (BIBD)",
    r"\bgraeco|\byouden\b": "Graeco-Latin and Youden squares",
    r"\bsplit[- ]plots?\b|\bstrip[- ]plots?\b": "split-plot designs",
    r"\blattice designs?\b|\balpha[- ]designs?\b": "lattice designs",
}
# what a count of plural things may count besides the treatments: the blocks, the runs, their replicates
_NOT_TREATMENTS = {
    "blocks", "plots", "units", "runs", "replicates", "replications", "reps", "times", "observations",
    "measurements", "pots", "plants", "rows", "columns", "days", "weeks", "months", "years", "hours", "minutes",
    "trials", "experiments", "levels", "each",
}  # fmt: skip
_PLURAL_COUNT = rf"{COUNT}\s+(?:[a-z-]+\s+)?([a-z]+s)\b"
_WITHIN_BLOCK = r"(?:per|in each|in every|within each|within every|within a|in a|each)\s+block\b"
# "2 plots per treatment in each block", "two pens of each diet per block"
_PER_BLOCK = (
    rf"{COUNT}\s+[a-z-]+\s+"
    rf"(?:per|of each|for each|of every|for every)\s+[a-z-]+\s+{_WITHIN_BLOCK}"
)
# "each treatment appears twice in every block", "every variety is sown 2 times per block"
_TIMES_PER_BLOCK = rf"(?:{COUNT}\s+times|(once|twice|thrice))\s+{_WITHIN_BLOCK}"
_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def asks_block_design(question: str) -> bool:
    """Whether the question names a design of blocks: complete, incomplete, a Latin square, a split plot."""
    q = question.lower()
    return bool(re.search(COMPLETE_BLOCKS, q) or asks_latin_square(q) or any(re.search(p, q) for p in _NOT_PLANNED))


def block_design_refused(q: str) -> None:
    """PlanError for a design of blocks that is not a randomised complete block design."""
    for pattern, name in _NOT_PLANNED.items():
        if re.search(pattern, q):
            raise PlanError(f"{name} are not planned (only randomised complete block designs are): "
                            "state the number of runs, or ask about a complete block design")  # fmt: skip


def _factorial(q: str) -> list[int] | None:
    """The levels of the factors whose every combination is a treatment ("3 n rates (80/140/200) × 4 varieties ×
    fungicide (yes/no), full factorial" -> [3, 4, 2]), read as a full factorial's; None when fewer than two factors
    are read. PlanError when the question crosses factors ("×", "factorial") whose levels cannot be read."""
    try:
        levels = factor_levels(q, lambda _text: None)
    except PlanError:
        if re.search(_CROSSED, q):
            raise
        return None
    return levels if levels is not None and len(levels) >= 2 else None


def _treatments(q: str, factorial: list[int] | None) -> int:
    """The number of treatments: "5 fertiliser treatments", else the combinations of the ``factorial``'s levels,
    else the one count of plural things that are not blocks, plots, replicates or times ("six varieties");
    PlanError when none or several are read, or the treatments stated are not the factorial's combinations."""
    q = re.sub(_PER_BLOCK, " ", q)  # "2 pens per diet in each block" counts no treatments
    stated = {_count(m.group(1)) for m in re.finditer(rf"{COUNT}\s+(?:[a-z-]+\s+)?treatments\b", q)}
    if factorial is not None:
        if stated and stated != {math.prod(factorial)}:
            raise PlanError(f"{sorted(stated)} treatments stated, but the factors' levels {factorial} make "
                            f"{math.prod(factorial)} combinations: say one")  # fmt: skip
        return math.prod(factorial)
    if not stated:
        stated = {_count(m.group(1)) for m in re.finditer(_PLURAL_COUNT, q) if m.group(2) not in _NOT_TREATMENTS}
    if len(stated) != 1:
        found = f"{sorted(stated)} read" if stated else "none read"
        raise PlanError(f"a complete block design needs one number of treatments ({found}): e.g. '5 treatments'")
    t = stated.pop()
    if t < 2:
        raise PlanError("a complete block design compares 2 or more treatments")
    return t


def _per_block(q: str) -> int | None:
    """How many times each treatment appears in each block, as the question says; None when it says nothing."""
    found = {_count(m.group(1)) for m in re.finditer(_PER_BLOCK, q)}
    found |= {_count(m.group(1)) if m.group(1) else _TIMES[m.group(2)] for m in re.finditer(_TIMES_PER_BLOCK, q)}
    if len(found) > 1:
        raise PlanError(f"the question states each treatment {sorted(found)} times per block: say one")
    return found.pop() if found else None


def _blocks_and_replicates(q: str, per_block: int | None) -> int:
    """The blocks: their number, or the replications of an RCBD (each a complete block) when no block count is
    stated; PlanError when neither is, or when both are and the replicates are not the treatments per block."""
    without = re.sub(_PER_BLOCK, " ", q)
    n_blocks = blocks(re.sub(COMPLETE_BLOCKS, " ", without))
    reps = replicates(without)
    if n_blocks is None and reps is None:
        raise PlanError("a complete block design needs the number of blocks: e.g. 'in 4 blocks'")
    if n_blocks is not None and reps is not None and reps not in {n_blocks, per_block}:
        raise PlanError(f"{n_blocks} blocks and {reps} replicates: say whether the replicates are the blocks or "
                        "the plots of each treatment in a block")  # fmt: skip
    return n_blocks if n_blocks is not None else reps  # type: ignore[return-value]


def plan_block_design(question: str) -> Plan:
    """A randomised complete block design: one treatment factor of t levels, each ``per_block`` times in each
    of b blocks; other designs of blocks, centre points and unreadable counts refused."""
    q = question.lower()
    block_design_refused(q)
    if asks_latin_square(q) and not re.search(COMPLETE_BLOCKS, q):
        return plan_latin_square(question)
    if center_points(q) is not None:
        raise PlanError("a complete block design has no centre points")
    factorial = _factorial(q)
    t = _treatments(q, factorial)
    per_block = _per_block(q)
    n_blocks = _blocks_and_replicates(q, per_block)
    if n_blocks < 2:
        raise PlanError("a complete block design has 2 or more blocks")
    levels = ", ".join(f"T{i + 1}" for i in range(t))
    per = per_block or 1
    facts: dict[str, Any] = {
        "kind": "randomized_block",
        "k": 1,
        "treatments": t,
        "blocks": n_blocks,
        "per_block": per,
        "replication_said": mentions(q)["replicates"] or per_block is not None,
    }
    program = f"factor treatment [{levels}]\ndesign randomized_block blocks={n_blocks} per_block={per}"
    if factorial is not None:  # every combination of the factors' levels a treatment
        facts["levels"] = factorial
        facts["settings"] = [items for _, _, items in listed_spans(q)]  # "(80/140/200)": the levels as written
        factors = "\n".join(f"factor x{i + 1} -1 .. 1" for i in range(len(factorial)))
        program = f"{factors}\ndesign randomized_block blocks={n_blocks} per_block={per} levels={factorial}"
    return Plan("design", program, facts)


def audit_block_design(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """The run sheet rebuilt: treatments x blocks x per_block runs, the blocks and treatments the question
    states (a factorial's: the product of its factors' levels), and every block holding every treatment
    ``per_block`` times (Counter over the run sheet's rows)."""
    rows = result.get("rows", [])
    t, b, r = facts["treatments"], facts["blocks"], facts["per_block"]
    runs = result.get("runs")
    cells = Counter((row.get("block"), tuple(sorted(row.get("coded", {}).items()))) for row in rows)
    treatments = {cell[1] for cell in cells}
    got_blocks = {cell[0] for cell in cells}
    complete = len(cells) == t * b and set(cells.values()) == {r}
    factorial = []
    if (levels := facts.get("levels")) is not None:  # the treatments every combination of the factors' levels
        factorial = [Check("treatments: every combination of the factors' levels",
                           result.get("levels") == levels and math.prod(levels) == t == len(treatments),
                           f"levels {levels} read, design {result.get('levels')}: {math.prod(levels)} combinations, "
                           f"{len(treatments)} treatments on the run sheet")]  # fmt: skip
    return factorial + [
        Check("run sheet has one row per run", len(rows) == runs, f"{runs} runs"),
        Check("run count: treatments x blocks x plots per block", runs == t * b * r,
              f"engine {runs}, formula {t} x {b} x {r} = {t * b * r}"),
        Check("blocks as the question states", result.get("blocks") == b == len(got_blocks),
              f"question {b}, design {result.get('blocks')}, run sheet {len(got_blocks)}"),
        Check("treatments as the question states", len(treatments) == t,
              f"question {t}, run sheet {len(treatments)}"),
        Check("every treatment in every block, as often as said", complete,
              f"{len(cells)} block-treatment cells, counts {sorted(set(cells.values()))}, want {r}"),
    ]  # fmt: skip
