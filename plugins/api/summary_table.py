"""A table of groups' summary statistics: a header naming each group's size, mean and standard deviation (in any
order, a label column first or not, a unit in brackets allowed: "| shift | n | mean (min) | SD |"), then one row per
group of a label and those numbers ("| day | 36 | 42.3 | 11.8 |"). Cells are apart by pipes or tabs; the rows are one
a line, or run together on one line with an empty cell or a slash between them ("| shift | n | mean | SD | | day |
36 | ...", "| shift | n | mean | SD | / | day | 36 | ...").
Such rows are summaries, never samples: a test reads them as n, mean and sd."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

# what a header cell is called for each statistic (its unit in brackets dropped first)
_STATISTICS = {
    "n": r"n|size|sample size|count|no\.? of (?:samples|units|obs(?:ervations)?)|obs",
    "mean": r"mean|average|avg\.?|x-?bar|x̄",
    "sd": r"sd|s\.d\.|s|std\.?(?: ?dev\.?)?|stdev|st\.? ?dev\.?|standard deviation|sigma|σ",
}
# a row break inside one line of pipes: an empty cell or a slash between rows ("... 11.8 | | night ...", "| / |")
_ROW_BREAK = re.compile(r"\|[ \t]*/?[ \t]*\|")


def _lines(text: str) -> list[list[str]]:
    """The text's lines of cells apart by pipes or tabs (two cells at least), a line of pipes holding several rows
    split at its empty cells (the prose around such a line's pipes dropped); other lines are an empty list (they end
    a table)."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        if _ROW_BREAK.search(line):  # rows run together: prose before the first pipe and after the last is no cell
            line = line[line.index("|") : line.rindex("|") + 1]
        pieces = _ROW_BREAK.split(line)
        for piece in pieces:
            cells = (
                [c.strip() for c in re.split(r"[|\t]", piece.strip().strip("|"))] if re.search(r"[|\t]", piece) else []
            )
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells) and cells:  # "|---|---|" under a header: skipped
                continue
            out.append(cells if len(cells) >= 2 else [])
    return out


def _statistic(cell: str) -> str | None:
    """The statistic a header cell names ("n", "mean", "sd"), its unit in brackets dropped; None when no statistic."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", cell).strip().lower()
    return next((key for key, pattern in _STATISTICS.items() if re.fullmatch(pattern, name)), None)


def summary_table(text: str) -> dict[str, list[str]] | None:
    """Each group's n, mean and sd from the first table whose header names all three (see the module's docstring),
    in the rows' order; None when the text has no such header or no row of numbers under it."""
    lines = _lines(text)
    for i, cells in enumerate(lines):
        named = [_statistic(c) for c in cells]
        if not {"n", "mean", "sd"} <= set(named) or len([k for k in named if k]) != 3:
            continue
        found: dict[str, list[str]] = {"n": [], "mean": [], "sd": []}
        for row in lines[i + 1 :]:
            if len(row) != len(cells) or not all(re.fullmatch(NUMBER, row[j]) for j, k in enumerate(named) if k):
                break
            for j, key in enumerate(named):
                if key:
                    found[key].append(row[j])
        if found["n"]:
            return found
    return None


def names_summary_table(text: str) -> bool:
    """Whether the text has a table header naming n, mean and sd (rows read or not): its rows are no samples."""
    return any({"n", "mean", "sd"} <= {_statistic(c) for c in cells} for cells in _lines(text))
