"""Latin squares read from prose: "five bakers, five days, five recipes: how many batches would a Latin square
need?", "a 4x4 Latin square with 2 replicates", "a Latin square of order 6". A k x k Latin square crosses two
blocking factors of k levels (rows, columns) with k treatments, each treatment once in every row and every column,
so one square has k^2 runs (the ``latin_square`` design kind builds the cyclic one), and squares x k^2 when several
are laid out ("two Latin squares", "one complete Latin square at each of two separate farms", "replicated 3 times"). Graeco-Latin and Youden squares
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


# several squares: "two Latin squares", "3 replicate squares", "two 5x5 squares", "2 separate Latin squares"
_SQUARE_WORDS = r"(?:separate|complete|full|independent|replicate|different|distinct|whole)"
_SQUARES = rf"{COUNT}\s+(?:(?:{_SQUARE_WORDS}|\d+\s*(?:x|×|by)\s*\d+)\s+)*(?:latin[- ])?squares\b"
# the places or occasions one square each is laid out at: "both farms", "each farm", "every day"
_SITES = r"(?:farm|site|location|field|day|plant|lab|station|mill|shift|season|year|region)s?\b|laborator(?:y|ies)\b"
# plural things "each of" counts that are no sites: the square's own rows, columns, cells and treatments
_NOT_SITES = r"(?:rows|columns|cells|treatments|directions|blocks)\b"
# a few words between the square and where it is laid out ("is laid out", "complete"), never a treatment's "once"
_BETWEEN = r"(?:(?!once\b|each\b|every\b)[\w-]+\s+){0,4}?"
# one square at each of several sites, days or fields: "one complete Latin square at each of two separate farms",
# "a square in each of the 3 fields", "a Latin square on both days"; group 1 the count, else "both"
_EACH_OF = (
    rf"\bsquares?\s+{_BETWEEN}(?:at|in|on|for|across)\s+(?:each\s+of\s+(?:the\s+|our\s+)?"
    rf"{COUNT}\s+(?:[a-z-]+\s+)?(?!{_NOT_SITES})[a-z]+s|(?:each\s+of\s+)?(?:the\s+)?(both)\s+(?:[a-z-]+\s+)?(?:{_SITES}))"
)
# one square at each of an uncounted number of sites: "a Latin square at each farm", "at each of several sites"
_EACH_UNCOUNTED = (
    rf"\bsquares?\s+{_BETWEEN}(?:at|in|on|for)\s+(?:each|every)\s+(?:of\s+(?:several|many|some|the|our)\s+)?"
    rf"(?:{_SITES})"
)


# a unit after a number that makes it a measurement, not a count: "3 m wide", "2 kg", "10 %"
_MEASURE = r"(?:m|cm|mm|km|ft|ha|acres?|kg|g|mg|l|ml|m2|m²|%|°c?|hours?|h|min|minutes)(?![\w²])"


def squares(q: str) -> int | None:
    """How many squares the question lays out (lower-case text): "two Latin squares", "one complete Latin square at
    each of two separate farms" (2), "a square on both days" (2); None when it counts none. PlanError when it
    counts two numbers, or puts a square at each of sites it does not count ("at each farm")."""
    found = {_count(m.group(1)) for m in re.finditer(_SQUARES, q)}
    found |= {_count(m.group(1)) if m.group(1) else 2 for m in re.finditer(_EACH_OF, q)}
    if not found and re.search(_EACH_UNCOUNTED, q):
        raise PlanError("one Latin square at each site, but the question does not count the sites: say how many "
                        "(e.g. 'one square at each of two farms')")  # fmt: skip
    if len(found) > 1:
        raise PlanError(f"the question lays out {sorted(found)} squares: say one number")
    return found.pop() if found else None


def _without_squares(q: str) -> str:
    """The question without the phrases that count its squares ("at each of two separate farms"), whose plural
    things are no side of the square."""
    return re.sub(_EACH_OF, " square ", re.sub(_SQUARES, " ", q))


def counts_said(q: str) -> list[int]:
    """Every count the question writes, in digits or words (lower-case text), read broadly: what the audit holds
    the design's side, squares and cells to, so that a count the planner did not read ("at each of two farms")
    fails instead of passing; a measurement ("plots 3 m wide", "2 kg of seed") is no count."""
    return sorted({_count(m.group(1)) for m in re.finditer(rf"{COUNT}(?!\s*{_MEASURE})", q)})


def asks_latin_square(q: str) -> bool:
    """Whether the question names a Latin square (lower-case text)."""
    return re.search(LATIN_SQUARE, q) is not None


def square_side(q: str) -> int:
    """The side k of the square (lower-case text): written as "5x5" or "order 5", else the one count of the plural
    things crossed ("five bakers, five days, five recipes"); PlanError when none, several or fewer than 2."""
    written = {_count(m.group(1)) for m in re.finditer(_SIDES, q) if _count(m.group(1)) == _count(m.group(2))}
    written |= {_count(m.group(1)) for m in re.finditer(_ORDER, q)}
    counted = {
        _count(m.group(1)) for m in re.finditer(_PLURAL_COUNT, _without_squares(q)) if m.group(2) not in _NOT_SIDES
    }
    found = set(written or counted)  # a copy: ``written`` is asked again below
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
    reps, laid_out = replicates(q), squares(q)
    if reps is not None and laid_out is not None and reps != laid_out:
        raise PlanError(f"the question states {reps} replicates and {laid_out} squares: say one number of squares")
    reps = laid_out if reps is None else reps
    if (each := _per_cell(q)) is not None and each > 1 and reps is None:
        raise PlanError(f"{each} observations in each cell of the {k}x{k} Latin square: say how many replicates "
                        f"of the square (e.g. '{each} replicates')")  # fmt: skip
    program = "\n".join(
        f"factor {name} [{', '.join(f'{tag}{i + 1}' for i in range(k))}]"
        for name, tag in (("row", "R"), ("column", "C"), ("treatment", "T"))
    )
    program += "\ndesign latin_square" + (f" replicates={reps}" if reps is not None else "")
    facts: dict[str, Any] = {"kind": "latin_square", "k": 3, "square": k, "replicates": reps,
                             "replication_said": mentions(q)["replicates"], "counts_said": counts_said(q)}  # fmt: skip
    return Plan("design", program, facts)


def audit_latin_square(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """The run sheet rebuilt: k^2 runs per square, and in each replicate every treatment once in every row and
    once in every column (Counter over the run sheet's rows); and every count the question writes is the side k,
    the squares, one (a cell, a square) or the runs (``unexplained_counts``)."""
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
        *_counts_check(facts, runs),
    ]  # fmt: skip


def _counts_check(facts: dict[str, Any], runs: Any) -> list[Check]:
    """Passed when every count the question writes (``facts["counts_said"]``) is the side, the squares, one or the
    runs: "one Latin square at each of two farms" answered with one square leaves 2 unexplained and fails; none for
    a plan without the broad reading."""
    said = facts.get("counts_said")
    if said is None:
        return []
    k, reps = facts["square"], facts.get("replicates") or 1
    unexplained = [n for n in said if n not in {k, reps, 1, runs}]
    detail = f"unexplained {unexplained}" if unexplained else f"{said}: side {k}, {reps} square(s), runs {runs}"
    return [Check("every count the question states is the side, the squares or the runs", not unexplained, detail)]
