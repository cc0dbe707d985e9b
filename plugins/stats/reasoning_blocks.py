"""A randomized complete block design (RCBD) written as a table of one observation per treatment and block, a row a
line or between semicolons: "Block 1: 42 45 48 50" / "Block 2: 40 44 47 49" ... (the rows the blocks, the columns the
treatments, a row such as "N rate: 0 50 100 150" naming them), or "Variety A: 42 40 43" / "Variety B: ..." (the rows
the treatments, the columns the blocks). Planned as the additive two-way ANOVA ``test anova y by trt, block
interaction=false``: the treatment F is tested against the error left after the blocks, never a one-way ANOVA."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.column_table import is_index_name
from plugins.api.number_words import number_words
from plugins.api.prose import NUMBER
from plugins.api.reasoning import Plan, PlanError, alpha_option, study_list
from plugins.api.record_table import record_table

# "Block 1: 42 45 48 50", "block B = 40, 44, 47, 49", "Variety A: 42 40 43", "Blk 2 40 44 47 49"
_ROW = re.compile(
    rf"\s*(?P<label>[^\W\d][\w.#'()/ -]{{0,30}}?)\s*(?::|=|(?<=\d)\s)\s*(?P<values>{NUMBER}(?:\s*[,\s]\s*{NUMBER})+)\s*(?:\([^()]*\)\s*)?[.?]?\s*"
)
_BLOCK_LABEL = re.compile(r"(?:block|blk|rep(?:licate)?)\b", re.I)
# a row of the blocks' names alone: "Blocks: 1 2 3 4", "block: 1 2 3"
_BLOCK_HEADER = re.compile(r"(?:blocks?|blks?|reps?|replicates?)", re.I)

_NEEDED = ("a randomized complete block design needs its table, one observation per treatment and block, a block a "
           "line ('Block 1: 42 45 48 50' / 'Block 2: 40 44 47 49' / ...) or a treatment a line; it is tested by the "
           "additive two-way ANOVA (treatment + block), not by a one-way ANOVA")  # fmt: skip


@dataclass(frozen=True)
class BlockTable:
    """The observations (``values[i][j]``: treatment i in block j), the treatments' and blocks' names."""

    values: list[list[str]]
    treatments: list[str]
    blocks: list[str]


# a row labelled by a number and a colon, a level of a quantitative treatment: "340: 84.1 85.0 83.6 84.8"
_NUMBER_ROW = re.compile(
    rf"\s*(?P<label>{NUMBER}(?:\s*°\s*[CF]?)?)\s*:\s*(?P<values>{NUMBER}(?:\s*[,\s]\s*{NUMBER})+)\s*"
)
# a row whose values are each labelled by a column: "soil 1: A 95.1, B 96.4, C 97.2"
_CELLS_ROW = re.compile(rf"\s*(?P<label>[^\W\d][\w.#'() -]{{0,30}}?)\s*:\s*(?P<cells>[^\W\d]\w*\s+{NUMBER}"
                        rf"(?:\s*,\s*[^\W\d]\w*\s+{NUMBER})+)\s*[.?]?\s*")  # fmt: skip
_CELL = re.compile(rf"([^\W\d]\w*)\s+({NUMBER})")


def _labelled_rows(question: str) -> list[tuple[str, list[str]]]:
    """Every piece (a line, or between semicolons) that is a label and two or more numbers (a numeric label only
    when every such row has one, two or more of them)."""
    rows, numbered = [], []
    for piece in re.split(r"\n|;|[.?!](?=\s|$)", question):
        if m := _ROW.fullmatch(piece) or _ROW.fullmatch(piece.partition(":")[2]):  # "RCBD, test: Variety A: 31 29"
            rows.append((re.sub(r"\s+", " ", m.group("label").strip()), re.findall(NUMBER, m.group("values"))))
        elif m := _NUMBER_ROW.fullmatch(piece):
            numbered.append((re.sub(r"\s+", " ", m.group("label").strip()), re.findall(NUMBER, m.group("values"))))
    if not rows and len(numbered) >= 2 and len({label for label, _ in numbered}) == len(numbered):
        return numbered
    return rows


def _cell_rows(question: str) -> tuple[list[tuple[str, list[str]]], list[str]] | None:
    """Rows whose values are each labelled by their column ("soil 1: A 95.1, B 96.4, C 97.2"), the columns in the
    first row's order, and those labels; None unless two rows or more hold the same column labels once each."""
    rows = []
    for piece in re.split(r"\n|;", question):
        if m := _CELLS_ROW.fullmatch(piece):
            rows.append((re.sub(r"\s+", " ", m.group("label").strip()), _CELL.findall(m.group("cells"))))
    if len(rows) < 2:
        return None
    columns = [c for c, _ in rows[0][1]]
    if len(set(columns)) != len(columns) or any(sorted(c for c, _ in cells) != sorted(columns) for _, cells in rows):
        return None
    return [(label, [dict(cells)[c] for c in columns]) for label, cells in rows], columns


def _named_block(question: str) -> set[str]:
    """The stems of the factor the question names as its blocks: "soil type treated as a block", "lot as block",
    "blocked by operator"."""
    found = re.findall(r"([A-Za-z][\w-]*)(?:\s+types?)?\s+(?:(?:is|are|was|were)\s+)?(?:treated\s+|used\s+)?as\s+"
                       r"(?:an?\s+|the\s+)?blocks?\b|\bblocked\s+(?:by|on)\s+([A-Za-z][\w-]*)", question, re.I)  # fmt: skip
    return _stems(" ".join(w for pair in found for w in pair)) - {"block"}


def _cells_table(question: str) -> BlockTable | None:
    """The design's table from rows of labelled cells: the rows the blocks when their labels name the factor the
    question blocks on ("soil 1: A 95.1, ..." with "soil as a block"), the columns the blocks when theirs do; None
    when no such rows are read or neither is named the block."""
    read = _cell_rows(question)
    if read is None:
        return None
    rows, columns = read
    block = _named_block(question)
    labels = [label for label, _ in rows]
    if block & _stems(" ".join(labels)) or all(_BLOCK_LABEL.match(label) for label in labels):
        return BlockTable([[values[i] for _, values in rows] for i in range(len(columns))], columns, labels)
    if block & _stems(" ".join(columns)):
        return BlockTable([values for _, values in rows], labels, columns)
    asked = _asked_factor(question, labels, columns)
    if asked == "columns":  # the F of the columns' factor: they are the treatments, the rows the blocks
        return BlockTable([[values[i] for _, values in rows] for i in range(len(columns))], columns, labels)
    if asked == "rows":
        return BlockTable([values for _, values in rows], labels, columns)
    return None


def _counted_names(question: str, count: int) -> set[str]:
    """The stems of the word the question counts ``count`` of ("4 raw water sources", "three coagulants": the last
    word of up to three after the count)."""
    found = re.findall(rf"\b{count}\s+(?:[A-Za-z][\w-]*\s+){{0,2}}([A-Za-z][\w-]*)", number_words(question))
    return _stems(" ".join(found))


def _asked_factor(question: str, rows: list[str], columns: list[str]) -> str | None:
    """Which factor of a two-way table of one observation per cell the asked F (or p-value) names, "rows" or
    "columns": by its levels' words ("source 1", "alum") or the word the question counts as many of as it has levels
    ("4 raw water sources × 3 coagulants", counts that differ); None when the ask names neither or both. With no
    interaction either factor's F is tested against the same residual, so the one asked is taken as the treatment."""
    asked = [m.group("rest") for m in _ASKED.finditer(question)]
    words = _stems(asked[-1]) if asked else set()
    row_words, column_words = _stems(" ".join(rows)), _stems(" ".join(columns))
    if len(rows) != len(columns):
        row_words |= _counted_names(question, len(rows))
        column_words |= _counted_names(question, len(columns))
    hits = [side for side, names in (("rows", row_words), ("columns", column_words)) if words & names]
    return hits[0] if len(hits) == 1 else None


def _records_table(question: str) -> BlockTable | None:
    """The design's table from a long-format table of records, one observation a line ("plot,block,trt,yield" /
    "1,I,N0,5.1" / ...): a column named the blocks, the treatments and the response the two columns left that are no
    index (the response a column of numbers, the last one that leaves the treatments a complete design); None unless
    every treatment is observed once in every block."""
    table = record_table(question)
    if table is None:
        return None
    blocks = [j for j, name in enumerate(table.names) if _BLOCK_HEADER.fullmatch(name)]
    rest = [j for j, name in enumerate(table.names) if j not in blocks and not is_index_name(name)]
    if len(blocks) != 1 or len(rest) != 2:
        return None
    for y in reversed([j for j in rest if table.numeric(j)]):  # "block,N_rate,yield": yield, the last, first
        t = next(j for j in rest if j != y)
        if cells := _complete_cells(table.columns[t], table.columns[blocks[0]], table.columns[y]):
            treatments, block_names = list(dict.fromkeys(table.columns[t])), table.levels(blocks[0])
            values = [[cells[trt, blk] for blk in block_names] for trt in treatments]
            if table.numeric(t):  # levels of a quantitative treatment named by their column: "N_rate 60"
                treatments = [f"{table.names[t]} {level}" for level in treatments]
            return BlockTable(values, treatments, [f"block {name}" for name in block_names])
    return None


def _complete_cells(trt: list[str], blk: list[str], y: list[str]) -> dict[tuple[str, str], str] | None:
    """Each (treatment, block)'s one observation; None unless every treatment of two or more is observed exactly
    once in every block of two or more."""
    cells = dict(zip(zip(trt, blk, strict=True), y, strict=True))
    treatments, blocks = set(trt), set(blk)
    if len(cells) != len(y) or len(cells) != len(treatments) * len(blocks) or min(len(treatments), len(blocks)) < 2:
        return None
    return cells


def block_table(question: str) -> BlockTable | None:
    """The design's table (see the module's docstring); None when no two rows of as many numbers are read."""
    if cells := _cells_table(question) or _records_table(question):
        return cells
    rows = _labelled_rows(question)
    blocks = [(label, values) for label, values in rows if _BLOCK_LABEL.match(label) and re.search(r"\w\s*\w", label)]
    blocks = [(label, values) for label, values in blocks if not _BLOCK_HEADER.fullmatch(label)]
    if len(blocks) >= 2:  # the rows are the blocks
        k = len(blocks[0][1])
        if any(len(values) != k for _, values in blocks) or k < 2:
            return None
        names = next((values for label, values in rows if (label, values) not in blocks and len(values) == k), None)
        treatments = names or _slashed_names(question, k) or [f"treatment {i + 1}" for i in range(k)]
        columns = [[values[i] for _, values in blocks] for i in range(k)]
        return BlockTable(columns, treatments, [label for label, _ in blocks])
    treatments = [(label, values) for label, values in rows if not _BLOCK_HEADER.fullmatch(label)]
    if len(treatments) < 2 or len({len(values) for _, values in treatments}) != 1 or len(treatments[0][1]) < 2:
        return None
    header = next((values for label, values in rows if _BLOCK_HEADER.fullmatch(label)), None)
    k = len(treatments[0][1])
    header = header if header and len(header) == k else _column_header(question, treatments[0][0], k)
    names = header or [f"block {j + 1}" for j in range(k)]
    return BlockTable([values for _, values in treatments], [label for label, _ in treatments], names)


def _slashed_names(question: str, k: int) -> list[str] | None:
    """The treatments' names written once in prose as ``k`` names joined by slashes ("N rates 0/50/100/150 in
    columns", "varieties A/B/C"); None unless exactly one such run is written."""
    runs = re.findall(rf"(?<![\w/.])([\w.]+(?:\s*/\s*[\w.]+){{{k - 1}}})(?![\w/])", question)
    return [name.strip() for name in runs[0].split("/")] if len(runs) == 1 else None


def _column_header(question: str, first_row: str, k: int) -> list[str] | None:
    """The columns' names on the line above the first row, ``k`` words and no number alone: "Lot1  Lot2  Lot3
    Lot4" above "Catalyst 1: 71.2 68.5 74.0 70.1"; None when that line is no such header."""
    lines = question.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip().startswith(first_row)), None)
    names = lines[at - 1].split() if at else []
    return names if len(names) == k and not any(re.fullmatch(NUMBER, n) for n in names) else None


# the asked quantity's clause: "the F statistic for the catalyst effect", "p-value of the lots"
_ASKED = re.compile(r"(?:\bF\b|\bf[- ]?(?:stat\w*|ratio|value)|\bp[- ]?values?\b)(?P<rest>[^.?;\n]*)", re.I)


def _stems(text: str) -> set[str]:
    """Lower-case words of three letters or more, digits and a plural 's' dropped: "Lot1 Lots" -> {"lot"}."""
    words = (w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


def _asks_blocks(question: str, table: BlockTable) -> bool:
    """Whether the asked F or p-value names the blocks (by their names' words) and not the treatments."""
    asked = [m.group("rest") for m in _ASKED.finditer(question)]
    words = _stems(asked[-1]) if asked else set()
    blocks, treatments = _stems(" ".join(table.blocks)) - {"block"}, _stems(" ".join(table.treatments))
    blocks |= _named_block(question)  # "soil as a block ... p-value for soil"
    return bool(words & (blocks | {"block", "blk"})) and not words & treatments


def plan_blocked_anova(question: str) -> Plan:
    """``test anova y by trt, block interaction=false`` of the design's table; PlanError (what is needed) when the
    table is not read."""
    table = block_table(question)
    if table is None:
        raise PlanError(_NEEDED)
    if _asks_blocks(question, table):
        raise PlanError("the F (or p-value) of the blocks is asked: havoc reason reports the treatments' F of a "
                        "block design; write the treatments a row each and ask for their effect")  # fmt: skip
    y = [value for row in table.values for value in row]
    trt = [str(i + 1) for i, row in enumerate(table.values) for _ in row]
    block = [str(j + 1) for row in table.values for j in range(len(row))]
    text = (f"let y = {study_list(y)}\nlet trt = {study_list(trt)}\nlet block = {study_list(block)}\n"
            f"test anova y by trt, block interaction=false{alpha_option(question)}")  # fmt: skip
    facts = {"samples": [], "blocked": {"y": y, "trt": trt, "block": block, "treatments": table.treatments,
                                        "blocks": table.blocks}}  # fmt: skip
    return Plan("anova", text, facts)
