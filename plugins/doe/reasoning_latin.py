"""Latin squares read from prose: "five bakers, five days, five recipes: how many batches would a Latin square
need?", "a 4x4 Latin square with 2 replicates", "a Latin square of order 6". A k x k Latin square crosses two
blocking factors of k levels (rows, columns) with k treatments, each treatment once in every row and every column,
so one square has k^2 runs (the ``latin_square`` design kind builds the cyclic one). Graeco-Latin and Youden squares
are not planned (``reasoning_blocks`` refuses them), nor a square whose size cannot be read as one number.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.doe.reasoning_counts import COUNT, WORD_NUMBERS, _count, center_points, mentions, replicates

LATIN_SQUARE = r"\blatin[- ]squares?\b"
# "5x5", "5 × 5", "5-by-5", "five by five": the square's side written twice
_SIDE = r"(\d+|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_SIDES = rf"(?<![\w.]){_SIDE}\s*(?:x|×|\*|-?by-?)\s*{_SIDE}(?![\w^.])"
_ORDER = rf"\b(?:order|size|side)\s*(?:of\s*|=\s*|:\s*)?{COUNT}"
# the counts of plural things that are not the square's side: runs, replicates, repeats, levels
_NOT_SIDES = {
    "runs", "replicates", "replications", "reps", "times", "squares", "observations", "measurements", "trials",
    "experiments", "levels", "each", "batches", "units", "plots", "obs", "readings", "samples",
}  # fmt: skip
# a count of plural things, never one said per cell of the square ("1 obs per cell", "two readings in each cell")
_PLURAL_COUNT = rf"{COUNT}\s+(?:[a-z-]+\s+)?([a-z]+s)\b(?!\.?\s+(?:per|in\s+(?:each|every)|an?)\s+cell\b)"


_PER_CELL = rf"{COUNT}\s+(?:[a-z-]+\s+)?[a-z]+s?\.?\s+(?:per|in\s+(?:each|every)|an?)\s+cell\b"


def _per_cell(q: str) -> int | None:
    """The observations said of each cell of the square ("1 obs per cell", "two readings in each cell"); None when
    none is said."""
    m = re.search(_PER_CELL, q)
    return _count(m.group(1)) if m else None


def asks_latin_square(q: str) -> bool:
    """Whether the question names a Latin square (lower-case text)."""
    return re.search(LATIN_SQUARE, q) is not None


def square_side(q: str) -> int:
    """The side k of the square (lower-case text): written as "5x5" or "order 5", else the one count of the plural
    things crossed ("five bakers, five days, five recipes"); PlanError when none, several or fewer than 2."""
    written = {_count(m.group(1)) for m in re.finditer(_SIDES, q) if _count(m.group(1)) == _count(m.group(2))}
    written |= {_count(m.group(1)) for m in re.finditer(_ORDER, q)}
    counted = {_count(m.group(1)) for m in re.finditer(_PLURAL_COUNT, q) if m.group(2) not in _NOT_SIDES}
    found = written or counted
    if len(found) != 1:
        what = f"{sorted(found)} read" if found else "none read"
        raise PlanError(f"a Latin square needs one size k (rows, columns and treatments k each; {what}): e.g. "
                        "'a 5x5 Latin square' or 'five operators, five days, five treatments'")  # fmt: skip
    k = found.pop()
    if k < 2:
        raise PlanError("a Latin square has 2 or more rows, columns and treatments")
    if written and counted - {k}:
        raise PlanError(f"a {k}x{k} Latin square, but the question counts {sorted(counted - {k})}: say the size once")
    return k


def plan_latin_square(question: str) -> Plan:
    """A k x k Latin square (``replicates`` squares when said): rows, columns and treatments of k levels each;
    centre points refused."""
    q = question.lower()
    if center_points(q) is not None:
        raise PlanError("a Latin square has no centre points")
    k = square_side(q)
    reps = replicates(q)
    if (each := _per_cell(q)) is not None and each > 1 and reps is None:
        raise PlanError(f"{each} observations in each cell of the {k}x{k} Latin square: say how many replicates "
                        f"of the square (e.g. '{each} replicates')")  # fmt: skip
    program = "\n".join(
        f"factor {name} [{', '.join(f'{tag}{i + 1}' for i in range(k))}]"
        for name, tag in (("row", "R"), ("column", "C"), ("treatment", "T"))
    )
    program += "\ndesign latin_square" + (f" replicates={reps}" if reps is not None else "")
    facts: dict[str, Any] = {"kind": "latin_square", "k": 3, "square": k, "replicates": reps,
                             "replication_said": mentions(q)["replicates"]}  # fmt: skip
    return Plan("design", program, facts)


def audit_latin_square(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """The run sheet rebuilt: k^2 runs per square, and in each replicate every treatment once in every row and
    once in every column (Counter over the run sheet's rows)."""
    k, reps = facts["square"], facts.get("replicates") or 1
    rows, runs = result.get("rows", []), result.get("runs")
    by_row = Counter((r.get("replicate"), r["real"].get("row"), r["real"].get("treatment")) for r in rows)
    by_column = Counter((r.get("replicate"), r["real"].get("column"), r["real"].get("treatment")) for r in rows)
    treatments = {r["real"].get("treatment") for r in rows}
    return [
        Check("run sheet has one row per run", len(rows) == runs, f"{runs} runs"),
        Check("run count: k^2 per square x replicates", runs == k * k * reps,
              f"engine {runs}, formula {k}^2 x {reps} = {k * k * reps}"),
        Check("treatments as the question states", len(treatments) == k, f"question {k}, run sheet {len(treatments)}"),
        Check("every treatment once in every row and every column",
              len(by_row) == len(by_column) == k * k * reps and set(by_row.values()) == set(by_column.values()) == {1},
              f"{len(by_row)} row-treatment and {len(by_column)} column-treatment cells, want {k * k * reps} each"),
    ]  # fmt: skip
