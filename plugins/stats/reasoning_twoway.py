"""A two-way ANOVA with replicates read from the question: a two-factor layout with several observations per cell,
planned as ``test anova y by a, b`` (interaction included, Type III sums) on a long table written beside the plan,
and the F statistic / p-value of the term asked (a main effect, named by its factor or one of its levels, or the
interaction).

Cells are read in the notations people write them:
  - a label pair joined by '/', ':', '→' or a space, then the values: "A/fasted: 820, 865, 790",
    "200 °C strong: 41, 43, 42", "T1 day = 0.8, 1.1";
  - a level of one factor with the cells of the other nested: "HSS: 860→1.12,1.18 ; 880→1.25,1.21", "sand: 5 m/h →
    0.42, 0.38; 10 m/h → 0.55, 0.61", "urban: SMS 12,15,13 | letter 18,20,17", "A1: D1 99.6, 99.9; D2 100.2, 100.5", or the level before its first cell's label
    and the other cells labelled alone: "Citra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2";
  - a level written once with its factor's word, bare after: "supplier A @140: 6.1, 6.4; A @150: 7.0, 7.3",
    "smooth drum: 200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8" (the word then names the factor);
  - a pasted table, one cell a line, under a header naming the factors: "tool shift readings / T1 day 0.8 1.1 0.9".
One observation per cell or an additive model (a randomized block, no interaction) is handed to
``reasoning_blocks.plan_blocked_anova``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from plugins.api.column_table import RULE
from plugins.api.reasoning import Check, Plan, PlanError, alpha_option
from plugins.stats.reasoning_blocks import plan_blocked_anova

_NUM = r"-?\d+(?:\.\d+)?(?![\d.]\d)"
_VALUES = rf"{_NUM}(?:\s*,\s*{_NUM}|\s+{_NUM})+"  # two or more: "820, 865, 790", "1.12,1.18", "0.8 1.1 0.9"
_ARROW = r"(?:→|->|=>)"
# a level, nested cells of the other factor: "HSS: 860→1.12,1.18 ; 880→1.25,1.21", "sand: 5 m/h → 0.42, 0.38; 10
# m/h → 0.55, 0.61", "low : 60 → 31.2, 30.4 | 70 → 29.8, 30.9" (a nested level is one token, or a number and its unit)
_ARROW_LEVEL = r"(?:\d+(?:\.\d+)?\s+[A-Za-z°%µ][^\s;:→,]*|[^\s;:→]+)"
_NESTED = re.compile(
    rf"(?:^|(?<=[.;\n])|(?<=[.;]\s))\s*(?P<outer>[^\s.;:,→][^.;:\n→]{{0,30}}?)\s*:\s*"
    rf"(?P<body>{_ARROW_LEVEL}\s*{_ARROW}\s*{_VALUES}(?:\s*[;|]\s*{_ARROW_LEVEL}\s*{_ARROW}\s*{_VALUES})+)"
)
_INNER = re.compile(rf"(?P<label>{_ARROW_LEVEL})\s*{_ARROW}\s*(?P<values>{_VALUES})")
# a level, then the other factor's cells as "label values" split at bars or semicolons: "urban: SMS 12,15,13 | letter
# 18,20,17", "A1: D1 99.6, 99.9; D2 100.2, 100.5; D3 99.8, 99.4", "padfoot: 200 mm lift 99.0, 98.4; 300 mm 97.5, 97.9"
# (a nested level is one word, or a number, a space and its unit, perhaps a word naming its factor: not "30C alpha",
# a row's level before its first cell)
_BARRED_LEVEL = r"(?:\d+(?:\.\d+)?[ \t]+[A-Za-z°%µ][^\s;:,|]*(?:[ \t]+[A-Za-z][\w-]*)?|[A-Za-z][\w-]*)"
_BARRED_CELL = rf"{_BARRED_LEVEL}\s+{_VALUES}"
_BARRED = re.compile(
    rf"(?:^|(?<=[.;\n])|(?<=[.;]\s))\s*(?P<outer>[^\s.;:,|][^.;:\n|]{{0,30}}?)\s*:\s*"
    rf"(?P<body>{_BARRED_CELL}(?:\s*\|\s*{_BARRED_CELL})+|{_BARRED_CELL}(?:\s*;\s*{_BARRED_CELL})+)"
    rf"(?=\s*(?:[.;\n]|$))"
)
# a level before its first cell's label, the other factor's cells after it labelled alone, split at bars or
# semicolons: "Citra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, 7.3, 6.9" (a level of the second
# factor: one word, or a number with its unit, an '@' before it dropped)
_PREFIX_LEVEL = r"(?:\d+(?:\.\d+)?\s*°?\s*[A-Za-z%]*|[^\s\d@;:,|][^\s;:,|]*)"
_PREFIX_CELL = rf"@?\s*{_PREFIX_LEVEL}\s*:\s*{_VALUES}"
_PREFIXED = re.compile(
    rf"(?:^|(?<=[.;\n])|(?<=[.;]\s))[ \t]*(?P<outer>[^\s.;:,|@][^.;:\n|@]{{0,30}}?)[ \t]+"
    rf"(?P<body>{_PREFIX_CELL}(?:\s*\|\s*{_PREFIX_CELL})+|{_PREFIX_CELL}(?:\s*;\s*{_PREFIX_CELL})+)"
    rf"(?=\s*(?:[.;\n]|$))"
)
_PREFIXED_INNER = re.compile(rf"@?\s*(?P<label>{_PREFIX_LEVEL})\s*:\s*(?P<values>{_VALUES})")
# a table row of the same: a level at the line's start, no colon, then the barred cells to the line's end
# ("12°C  fishmeal 24.1 25.3 22.8 | insect 23.2 24.5 21.9 | algal 22.0 23.6 21.4")
_BARRED_ROW = re.compile(
    rf"^[ \t]*(?P<outer>[^\s.;:,|][^.;:\n|]{{0,30}}?)[ \t]+"
    rf"(?P<body>{_BARRED_CELL}(?:[ \t]*\|[ \t]*{_BARRED_CELL})+)[ \t]*$",
    re.M,
)
_BARRED_INNER = re.compile(rf"(?P<label>{_BARRED_LEVEL})\s+(?P<values>{_VALUES})")
# a cell's values in square brackets: "fp16 bs32: [1510, 1490, 1525]"
_BRACKETED = re.compile(rf"\[\s*({_VALUES})\s*\]")
# a level's unit that names its factor: "350°F", "200 °C" are temperatures
_UNIT_NAMES = ((re.compile(r"\d\s*°\s*[CFK]?$|\d\s*(?:deg\s*)?[CF]$"), {"temperature", "temp"}),)
# one cell: a label (from a sentence's start, or after the colon that opens a list of cells, "3 batches per combo: 18
# °C/A: 21.4, ...") then ':', '=' or an arrow, then its values, up to a sentence's end or a spaced dash ("28.2 -- two-way
# anova ...")
_CELL = re.compile(
    rf"(?:^|(?<=[.;\n])|(?<=[.;:]\s))\s*(?P<label>[^\s.;:,=][^.;\n=]{{0,40}}?)\s*(?::|=|{_ARROW})\s*"
    rf"(?P<values>{_VALUES})(?=\s*(?:[.;\n]|$)|\s+(?:--?|—|–)\s)"
)
# a table row: its label words, then its values to the end of the line
_ROW = re.compile(rf"^[ \t]*(?P<label>[^\d\s][^\n]*?)[ \t]+(?P<values>{_VALUES})[ \t]*$", re.M)
_PAIR_SEPARATORS = ("/", "→", "->", ":", "|", "@")  # "@": "supplier A @140"
_STOP = {"the", "of", "for", "a", "an", "main", "effect", "effects", "f", "statistic", "stat", "p", "value", "and",
         "term", "factor", "what", "is", "s", "due", "to", "in", "on", "ratio", "test", "anova", "two", "way",
         "each", "every", "combination", "level", "cell", "with", "by", "at", "between"}  # fmt: skip
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = rf"(\d+|{'|'.join(_COUNT_WORDS)})"
_CROSS = r"(?:×|\*|\s+x\s+|\s+by\s+)"
_INTERACTION = re.compile(r"\binteraction\b|\b[a-z][\w-]*\s*(?:×|\*|\bx\b|:)\s*[a-z][\w-]*\s+(?:term|effect)\b", re.I)
_NO_INTERACTION = re.compile(r"\b(?:no|without|ignor\w*|omit\w*|drop\w*)\s+(?:the\s+|an?\s+|any\s+)?interaction|"
                             r"\badditive\b|\bmain[- ]effects?[- ]only\b", re.I)  # fmt: skip
# one observation per cell, said so: "without replication", "no replication", "unreplicated", "each tested once"
_UNREPLICATED = re.compile(r"\b(?:without|no|not)\s+(?:any\s+)?replicat\w*|\bunreplicated\b|"
                           r"\bone\s+observation\s+per\s+cell\b", re.I)  # fmt: skip
_PER_CELL = re.compile(rf"\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:per|for each|in each|of each)\s+"
                       r"(?:cell|combination|treatment combination|condition|level combination)\b", re.I)  # fmt: skip


@dataclass
class Layout:
    """The cells read: each (level of A, level of B, values), the factors' levels in order and their names."""

    cells: list[tuple[str, str, list[str]]]
    levels: tuple[list[str], list[str]]
    names: list[set[str]] = field(default_factory=lambda: [set(), set()])
    titles: list[str] = field(default_factory=lambda: ["", ""])

    def name(self, i: int, phrase: str) -> None:
        """Factor i is named by ``phrase`` (its words kept for matching; the first phrase shown)."""
        # the words after the last joining word: "x sex" of "diet (A, B) x sex (M, F)" -> "sex"
        phrase = re.split(r"\b(?:for|of|and|with|in|by|at|on|between|each|the|an?|x)\b", phrase, flags=re.I)[-1]
        words = _words(phrase)
        self.names[i] |= words
        if words and not self.titles[i]:
            self.titles[i] = " ".join(w for w in re.findall(r"[\w°-]+", phrase) if _words(w) & words)


def _words(text: str, parts: bool = True) -> set[str]:
    """Lower-case content words, a plural 's' dropped ("ies" made "y"), a hyphenated word with its parts (unless not
    ``parts``): "roll grades" -> {"roll", "grade"}, "reminder-type" -> {"reminder-type", "reminder", "type"}."""
    out = set()
    found = re.findall(r"[a-z][a-z-]*", text.lower())
    split = [part for word in found if "-" in word for part in word.split("-") if part] if parts else []
    for w in found + split:
        w = w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else w  # "varieties" -> "variety"
        w = w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        if w not in _STOP:
            out.add(w)
    return out


def _values(text: str) -> list[str]:
    return re.findall(_NUM, text)


# a grid row's level, then its first value: "20mT 210.4, 212.1 ...", "20 mTorr | 210.4, 212.1 | ..."
_GRID_ROW = re.compile(rf"^\s*\|?\s*(?P<label>[^\s|:][^|:]*?)\s*[:|]?\s+(?P<rest>{_NUM}(?=[\s,;|]).*)$")


def _grid_header(line: str) -> list[str]:
    """A grid's header cells: split at bars or tabs, else at spaces with a unit kept with its number ("400 W 600 W" ->
    ["400W", "600W"]) and a name with its number ("Booth 1 Booth 2" -> ["Booth1", "Booth2"])."""
    for bar in ("|", "\t"):  # "| 400 W | 600 W |", a pasted sheet's tabs "\tBooth 1\tBooth 2"
        if bar in line.strip():
            return [h.strip().replace(" ", "") for h in line.strip().strip(bar).split(bar) if h.strip()]
    tokens = line.split()
    words, numbers = tokens[::2], tokens[1::2]
    if (
        len(tokens) >= 4
        and len(words) == len(numbers)
        and len(set(words)) == 1
        and all(re.fullmatch(_NUM, n) for n in numbers)
    ):  # "Booth 1  Booth 2  Booth 3": a name and its number each
        return [w + n for w, n in zip(words, numbers, strict=True)]
    merged: list[str] = []
    for token in tokens:
        if merged and re.fullmatch(_NUM, merged[-1]) and not re.match(r"[-\d]", token):
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _grid_cells_of(rest: str, width: int) -> list[list[str]] | None:
    """A grid row's cells of replicates, ``width`` of them: split at bars, else at a space after a value that no
    comma joins to the next ("210.4, 212.1 265.3, 262.8"), else evenly ("210 212 265 262"); None when they do not
    come out two values or more each."""
    if "|" in rest:
        parts = [p for p in rest.split("|") if p.strip()]
    elif "," in rest or ";" in rest:
        parts = re.split(r"(?<![,;])\s+(?=-?\d)", rest.strip())
    else:
        values = _values(rest)
        n = len(values) // width if width else 0
        parts = [" ".join(values[i * n : (i + 1) * n]) for i in range(width)] if n * width == len(values) else []
    cells = [_values(p) for p in parts]
    ok = len(cells) == width and all(len(c) >= 2 and re.fullmatch(rf"[\s,;]*(?:{_NUM}[\s,;]*)+", p)
                                     for c, p in zip(cells, parts, strict=True))  # fmt: skip
    return cells if ok else None


def _grid_cells(question: str) -> tuple[list[tuple[str, list[str]]], str | None]:
    """The cells of a grid whose header line names one factor's levels and whose rows start with the other's, a cell
    of replicates under each header ("400W 600W 800W" / "20mT 210.4, 212.1 265.3, 262.8 318.0, 321.6"), each
    labelled "row|column", and the rows' factor when the header's corner names it ("pressure | 400 W | 600 W");
    ([], None) when the question holds no such grid (two rows or more, as many cells as headers). A markdown rule
    under the header ("|---|---|") is skipped."""
    lines = [line for line in question.splitlines() if not RULE.fullmatch(line)]
    for at in range(1, len(lines)):
        header = _grid_header(lines[at - 1])
        rows = [_GRID_ROW.match(line) for line in lines[at:]]
        rows = rows[: next((i for i, m in enumerate(rows) if m is None), len(rows))]
        for corner in (None, header[0] if header else None):
            columns = header[1:] if corner else header
            cells = [(m["label"], _grid_cells_of(m["rest"], len(columns))) for m in rows]
            if len(rows) >= 2 and len(columns) >= 2 and all(c for _, c in cells):
                found = [(f"{label}|{col}", v) for label, row in cells for col, v in zip(columns, row, strict=True)]
                return found, corner
    return [], None


def _unnested(text: str, nested: re.Pattern[str], inner: re.Pattern[str]) -> str:
    """``text`` with each level whose cells of the other factor are nested after it written as cells of their own:
    "HSS: 860→1.1,1.2 ; 880→..." or "urban: SMS 12,15 | letter 18,20" -> "HSS/860: 1.1,1.2; HSS/880: ..."."""
    for m in reversed(list(nested.finditer(text))):
        outer = m.group("outer").strip()
        cells = list(inner.finditer(m.group("body")))
        # the levels joined by a separator neither holds: "sand|5 m/h" (a unit's slash is no pair's)
        sep = next(s for s in ("/", "|") if s not in outer and all(s not in c.group("label") for c in cells))
        body = "; ".join(f"{outer}{sep}{c.group('label')}: {c.group('values')}" for c in cells)
        text = text[: m.start("outer")] + body + text[m.end() :]
    return text


def _labelled_cells(question: str) -> tuple[list[tuple[str, list[str]]], list[str] | None]:
    """(label, values) of each cell as written, and a table's header words (None off a table)."""
    grid, corner = _grid_cells(question)
    if grid:
        return grid, [corner] if corner else None
    text = _BRACKETED.sub(r"\1", question)  # "fp16 bs32: [1510, 1490, 1525]" -> "fp16 bs32: 1510, 1490, 1525"
    text = _unnested(_unnested(text, _NESTED, _INNER), _BARRED, _BARRED_INNER)
    text = _unnested(_unnested(text, _BARRED_ROW, _BARRED_INNER), _PREFIXED, _PREFIXED_INNER)
    cells = [(m.group("label").strip(), _values(m.group("values"))) for m in _CELL.finditer(text)]
    if len(cells) >= 4:
        return cells, None
    rows = list(_ROW.finditer(question))
    if len(rows) < 4:
        return [], None
    header = question[: rows[0].start()].rstrip("\n").rsplit("\n", 1)[-1].split()
    return [(m.group("label").strip(), _values(m.group("values"))) for m in rows], header


def _split_pairs(labels: list[str]) -> list[tuple[str, str]] | None:
    """Each label as (level of A, level of B): split at a separator every label holds once, else at the one token
    boundary (counted from the start or from the end) that makes the labels a full grid of two factors; failing
    that, the split whose levels make one once the factor's word some of them carry is dropped (see
    ``_merge_named``)."""
    for merge in (False, True):
        pairs = _split_pairs_as(labels, merge)
        if pairs:
            return pairs
    return None


def _split_pairs_as(labels: list[str], merge: bool) -> list[tuple[str, str]] | None:
    """``_split_pairs`` with the grid checked as written, or (``merge``) once its levels are merged."""

    def full(pairs: list[tuple[str, str]]) -> bool:
        return _full_grid(_merge_named(pairs)[0] if merge else pairs)

    for sep in _PAIR_SEPARATORS:
        if all(label.count(sep) == 1 for label in labels):
            pairs = [tuple(p.strip() for p in label.split(sep)) for label in labels]
            if full(pairs):  # type: ignore[arg-type]  # else the separator is part of a level ("sand|5 m/h")
                return pairs  # type: ignore[return-value]
    tokens = [label.split() for label in labels]
    found = set()
    for k in range(1, max(len(t) for t in tokens)):
        for from_end in (False, True):
            if any(len(t) <= k for t in tokens):
                continue
            cut = [(len(t) - k if from_end else k) for t in tokens]
            pairs = [(" ".join(t[:c]), " ".join(t[c:])) for t, c in zip(tokens, cut, strict=True)]
            if full(pairs):
                found.add(tuple(pairs))
    if len(found) > 1:  # "200 °C strong": the unit stays with its number, not "°C strong" a level of B
        found = {pairs for pairs in found if len({b.split()[0] for _, b in pairs}) > 1}
    return list(found.pop()) if len(found) == 1 else None


def _merge_named(pairs: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[set[str]]]:
    """The pairs with a level written once with its factor's word beside it merged into the level written bare
    ("supplier A @140; A @150" -> "A"; "200 mm lift 98.1; 300 mm 96.2; ... 200 mm 99.0" -> "200 mm"), and each
    factor's words so dropped. A factor is merged only when every such level carries the same word(s), letters only,
    before or after a level written bare."""
    merged: list[dict[str, str]] = [{}, {}]
    named: list[set[str]] = [set(), set()]
    for i in (0, 1):
        levels = list(dict.fromkeys(p[i] for p in pairs))
        extras: set[str] = set()
        for level in levels:
            tokens = level.split()
            for bare in levels:
                n = len(bare.split())
                if bare == level or len(tokens) <= n:
                    continue
                for extra, rest in ((tokens[:-n], tokens[-n:]), (tokens[n:], tokens[:n])):
                    if rest == bare.split() and all(re.fullmatch(r"[A-Za-z][a-z-]*", t) for t in extra):
                        merged[i][level] = bare
                        extras.add(" ".join(extra))
        if len(extras) == 1 and not set(merged[i]) & set(merged[i].values()):
            named[i] = _words(extras.pop())
        else:
            merged[i] = {}
    return [(merged[0].get(a, a), merged[1].get(b, b)) for a, b in pairs], named


def _full_grid(pairs: list[tuple[str, str]]) -> bool:
    """Every level of A with every level of B exactly once, each factor at two levels or more."""
    a, b = {p[0] for p in pairs}, {p[1] for p in pairs}
    return len(a) >= 2 and len(b) >= 2 and len(set(pairs)) == len(pairs) == len(a) * len(b) and all(a | b)


def read_layout(question: str) -> Layout | None:
    """The two-factor cells the question writes, with the factors' names it gives; None when no full grid of
    replicated cells is read."""
    written, header = _labelled_cells(question)
    pairs = _split_pairs([label for label, _ in written]) if written else None
    if not pairs:
        return None
    pairs, named = _merge_named(pairs) if not _full_grid(pairs) else (pairs, [set(), set()])
    cells = [(a, b, values) for (a, b), (_, values) in zip(pairs, written, strict=True)]
    levels = (list(dict.fromkeys(c[0] for c in cells)), list(dict.fromkeys(c[1] for c in cells)))
    layout = Layout(cells, levels)
    if header:  # a table's header, or a grid's corner naming its rows' factor
        layout.name(0, header[0])
    if header and len(header) >= 2:
        layout.name(1, header[1])
    for i, levels in enumerate(layout.levels):  # "350°F / 375°F": a temperature, however else named
        # (known before "strain × temperature" names the other factor by it)
        for unit, names in _UNIT_NAMES:
            if all(unit.search(level) for level in levels):
                layout.names[i] |= names
    _name_factors(question, layout)
    for i, words in enumerate(named):  # "supplier A @140; A @150": the word a level carried names its factor
        if words:
            layout.name(i, " ".join(sorted(words)))
    _drop_shared_parts(layout)
    return layout


def _drop_shared_parts(layout: Layout) -> None:
    """A word naming both factors is kept by the one whose title holds it as a word of its own, dropped from the one
    where it is only a part of a hyphenated word ("2 hops × 3 dry-hop temps": "hop" names the hops, not the temps)."""
    shared = layout.names[0] & layout.names[1]
    whole = [_words(title, parts=False) for title in layout.titles]
    for i in (0, 1):
        layout.names[i] -= {w for w in shared if w not in whole[i] and w in whole[1 - i]}


def _named(names: set[str], words: set[str]) -> bool:
    """Whether ``words`` name a factor of ``names``: the same word, or one cut short of the other ("temp" for
    "temperature"), four letters or more."""
    return any(
        n == w or (min(len(n), len(w)) >= 4 and (n.startswith(w) or w.startswith(n))) for n in names for w in words
    )


def _which(layout: Layout, words: set[str]) -> int | None:
    """The factor whose level words (and only its) appear among ``words``."""
    hits = [i for i in (0, 1) if any(_words(level) & words or level.lower() in words for level in layout.levels[i])]
    return hits[0] if len(hits) == 1 else None


def _mentions(text: str, level: str) -> bool:
    """Whether ``text`` writes the level as a word of its own (a one- or two-letter level, "A", in its case)."""
    flags = 0 if len(level) <= 2 else re.I
    return re.search(rf"(?<![\w-]){re.escape(level)}(?![\w-])", text, flags) is not None


# a crossed pair of factors' names, a name one word or two on the line ("formulation × food", "gas chem × chamber
# pressure")
_CROSSED_NAMES = re.compile(
    r"\b((?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*)\s*(?:×|\*|\s+x\s+)\s*([A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)\b"
)


def _name_factors(question: str, layout: Layout) -> None:
    """The words that name each factor: before a list of its levels ("prandial state (fasted, fed)"), before the
    count of its levels ("2 roll grades × 3 FDT aims"), and the other of a crossed pair one of whose names is known
    ("formulation × food"), or both in the cells' order when none is ("gas chem × chamber pressure")."""
    for m in re.finditer(r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*\(([^()]{1,80})\)", question):
        inside = set(re.split(r"[\s,]+|\band\b|\bor\b", m.group(2).lower())) | _words(m.group(2))
        levels_in = [i for i in (0, 1) if any(_mentions(m.group(2), level) for level in layout.levels[i])]
        i = levels_in[0] if len(levels_in) == 1 else _which(layout, inside)
        if i is not None:
            layout.name(i, re.sub(rf"\b{_COUNT}\b", " ", m.group(1), flags=re.I))
    sizes = [len(levels) for levels in layout.levels]
    crossed = rf"\b{_COUNT}\s+((?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*)\s*{_CROSS}\s*{_COUNT}\s+((?:[A-Za-z][\w-]*\s*){{1,3}})"
    if sizes[0] != sizes[1]:
        for m in re.finditer(crossed, question, re.I):
            for count, name in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
                n = _COUNT_WORDS.get(count.lower()) or int(count)
                if n in sizes:
                    layout.name(sizes.index(n), name)
    for m in re.finditer(_CROSSED_NAMES, question):
        first, second = _words(m.group(1)), _words(m.group(2))
        known = [i for i in (0, 1) if layout.names[i] & first or layout.names[i] & second]
        if len(known) == 1 and first and second:
            i = known[0]
            other = m.group(2) if layout.names[i] & first else m.group(1)
            if not _words(other) & layout.names[i]:
                layout.name(1 - i, other)
        elif not layout.names[0] and not layout.names[1] and first and second:  # written in the cells' order
            layout.name(0, m.group(1))
            layout.name(1, m.group(2))


_QUANTITY = re.compile(r"\bF\b|\bf[- ]?(?:stat\w*|ratio|value)\b|\bp[- ]?values?\b|\bsignifican\w*", re.I)


def _ask(question: str) -> str:
    """The asking clause: in the last sentence that asks (a '?' or "what"/"find"/"report"), from its first word for
    the quantity ("F statistic for ...", "p-value of ...") on; else that sentence, else the whole question."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+|\n", question) if p.strip()]
    asks = [p for p in parts if "?" in p or re.search(r"\b(?:what|find|report|give|compute|calculate)\b", p, re.I)]
    ask = asks[-1] if asks else question
    found = list(_QUANTITY.finditer(ask))
    return ask[found[0].start() :] if found else ask


def asked_term(question: str, layout: Layout) -> int | None:
    """0 or 1 for a main effect, 2 for the interaction; None when the ask names neither factor (or both)."""
    ask = _ask(question)
    if re.search(r"\binteraction\b", ask, re.I):
        return 2
    words = _words(ask)
    by_name = [i for i in (0, 1) if _named(layout.names[i], words)]
    if len(by_name) == 2 and re.search(r"×|\*|\bx\b", ask):
        return 2  # "F for A×B"
    if len(by_name) == 1:
        return by_name[0]
    return _which(layout, words) if not by_name else None


def asks_p_value(question: str) -> bool:
    """Whether the ask is a p-value (else the F statistic)."""
    return bool(re.search(r"\bp[- ]?val|\bp\s*=|\bsignificance (?:level|probability)|\bp\b", _ask(question), re.I))


def _long_table(layout: Layout) -> str:
    """The cells as a long CSV table: y, a, b."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["y", "a", "b"])
    for a, b, values in layout.cells:
        for v in values:
            writer.writerow([v, a, b])
    return out.getvalue()


def plan_twoway(question: str) -> Plan:
    """``test anova y by a, b`` on the cells read, the term asked kept in the facts; PlanError saying what is needed
    when the layout, the replication or the term asked is not read."""
    layout = read_layout(question)
    if _NO_INTERACTION.search(question) or _UNREPLICATED.search(question):
        if layout is not None:  # cells of replicates read: an additive model of them is not planned
            raise PlanError("a two-way ANOVA without interaction (additive) of replicated cells is not planned here: "
                            "havoc reason plans the two-way model with interaction from replicated cells, and the "
                            "additive one from a table of one observation per cell")  # fmt: skip
        return plan_blocked_anova(question)  # the additive model: a treatment a row, one observation per cell
    if layout is None:
        raise PlanError("a two-way ANOVA needs every cell with the levels of both factors and its values, e.g. "
                        "'A/fasted: 820, 865, 790. A/fed: 1010, 1075, 980. ...' or a table, one cell a line")  # fmt: skip
    sizes = [len(values) for _, _, values in layout.cells]
    if max(sizes) < 2:
        raise PlanError("one observation per cell: no replicate to estimate the interaction")
    per = _PER_CELL.search(question)
    if per and any(n != (_COUNT_WORDS.get(per.group(1).lower()) or int(per.group(1))) for n in sizes):
        raise PlanError(f"the question states {per.group(0)!r}, but the cells read hold {sizes} values: write each "
                        "cell as 'level/level: v1, v2, ...'")  # fmt: skip
    term = asked_term(question, layout)
    if term is None:
        raise PlanError("the two-way ANOVA was read, but not which term is asked: name the factor (or one of its "
                        "levels) or the interaction")  # fmt: skip
    names = [title or "/".join(layout.levels[i]) for i, title in enumerate(layout.titles)]
    facts = {
        "twoway": {"cells": [[a, b, v] for a, b, v in layout.cells], "levels": [*layout.levels], "names": names},
        "term": ["a", "b", "a:b"][term],
        "quantity": "p_value" if asks_p_value(question) else "statistic",
        "samples": [],
        "equal_var": True,
        "note": "two-way ANOVA with the interaction term (replicated cells), Type III sums of squares",
    }
    text = f'data "cells.csv"\ntest anova y by a, b{alpha_option(question)}'
    return Plan("anova", text, facts, files={"cells.csv": _long_table(layout)})


def twoway_result(result: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """The asked term's F and p-value (``statistic``, ``p_value``, its df and the error df), with every term's."""
    names = facts["twoway"]["names"]
    label = {"a": names[0], "b": names[1], "a:b": f"{names[0]} × {names[1]} interaction"}
    row = next(t for t in result["terms"] if t["term"] == facts["term"])
    return {
        "test": result.get("test"),
        "term": label[facts["term"]],
        "statistic_name": "F",
        "statistic": row["f_statistic"],
        "p_value": row["p_value"],
        "df": [row["df"], result["df_error"]],
        "value": row[facts["quantity"] if facts["quantity"] == "p_value" else "f_statistic"],
        "terms": {
            label[t["term"]]: {"F": t["f_statistic"], "p_value": t["p_value"], "df": t["df"]} for t in result["terms"]
        },  # fmt: skip
        "alpha": result.get("alpha"),
    }


def twoway_prose(value: dict[str, Any]) -> str:
    """One line: the asked term's F (df) and p-value."""
    df = value["df"]
    return (f"{value['term']}: F({df[0]}, {df[1]}) = {value['statistic']:.6g}, p = {value['p_value']:.6g} "
            f"({value['test']}, Type III sums of squares)")  # fmt: skip


def audit_twoway(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """The two-way model refitted by statsmodels (``ols`` with sum-to-zero coding and ``anova_lm(typ=3)``, which
    matches the engine's Type III sums; for a balanced design Type I, II and III agree): the asked term's F and p."""
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm

    rows = [(float(v), a, b) for a, b, values in facts["twoway"]["cells"] for v in values]
    frame = pd.DataFrame(rows, columns=["y", "a", "b"])
    fit = smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit()
    table = anova_lm(fit, typ=3)
    index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[facts["term"]]
    row = next(t for t in result["terms"] if t["term"] == facts["term"])
    want_f, want_p = float(table.loc[index, "F"]), float(table.loc[index, "PR(>F)"])
    checks = [
        Check("statsmodels anova_lm(typ=3) F of the term asked", abs(row["f_statistic"] - want_f) <= 1e-6 * max(1, abs(want_f)),
              f"engine {row['f_statistic']}, statsmodels {want_f} ({index})"),
        Check("statsmodels anova_lm(typ=3) p-value of the term asked", abs(row["p_value"] - want_p) <= 1e-6,
              f"engine {row['p_value']}, statsmodels {want_p}"),
        Check("every cell of the two-factor grid read", len(result.get("cells", [])) == len(facts["twoway"]["cells"]),
              f"{len(facts['twoway']['cells'])} cells read"),
    ]  # fmt: skip
    return checks
