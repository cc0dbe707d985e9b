"""A regression's data as people paste them: rows of two numbers, one a line, under a heading "A (unit) vs B (unit)"
(the first column is A, the second B), or pairs of two numbers after such a heading on one line, split by commas
("A vs B: 130 5.1, 135 5.9, ..."), and pairs tagged by the predictor's unit, "0 mo 100.2, 3 mo 99.6, 6 mo 99.1"
(the tagged number is the predictor's value, the bare one the response's)."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, PairedValues, header_names

_MIN_PAIRS = 3
# a heading's words: no number but one glued to a word by a hyphen ("28-day strength") or a unit's ("N/15mm", "kg/m3")
_HEADING_TEXT = r"(?:[^\d\n]|\d+(?=-[^\W\d])|(?<=/)\d+(?=[^\W\d_])|(?<=[^\W\d_])\d+(?![\d.]))"
_HEADING = re.compile(rf"{_HEADING_TEXT}*?\S\s+(?:vs\.?|versus|against)\s+{_HEADING_TEXT}*", re.I)
_TWO_NUMBERS = re.compile(rf"\s*({NUMBER})(?:\s*[,;]\s*|[ \t]+)({NUMBER})\s*")
_UNIT = r"°?[^\W\d_][\w°/²³µ]{0,7}\.?"  # "mo", "Hz", "°C"
_Y_UNIT = rf"(?:\s*%|\s+(?!and\b|or\b){_UNIT})"  # the response's unit: "0 h 10.02 mm", "0 mo 100.2%"
_TAGGED = re.compile(rf"(?<![\w.])({NUMBER})\s*({_UNIT})\s+({NUMBER}){_Y_UNIT}?(?!\w|\.\d)", re.I)
# what parts two tagged pairs: a comma, a semicolon, "and", a slash between spaces ("30 Hz 6120 / 35 Hz 7080"), a
# line break (one pair a line)
_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+/\s+|[ \t]*\n\s*", re.I)


def heading_rows(text: str) -> PairedValues | None:
    """The rows of two numbers (at least three, one a line) under a heading line "A vs B", A's values first, with
    the names the heading gives; None when the text has none."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if not _HEADING.fullmatch(line.strip()):
            continue
        rows = []
        for below in lines[i + 1 :]:
            if not (m := _TWO_NUMBERS.fullmatch(below)):
                break
            rows.append((m.group(1), m.group(2)))
        names = header_names(line.strip())
        if len(rows) >= _MIN_PAIRS and all(names):
            return PairedValues([a for a, _ in rows], [b for _, b in rows], names, ordered=True)
    return None


# two numbers apart by spaces, "130 5.1", one pair of a run split by commas or semicolons
_SPACED_PAIR = re.compile(rf"(?<![\w.])({NUMBER})[ \t]+({NUMBER})(?!\w|\.\d)")
_PAIR_BREAK = re.compile(r"\s*[,;]\s*(?:and\s+)?")


def heading_pairs(text: str) -> PairedValues | None:
    """The pairs of two numbers written on one line after a heading "A vs B:" and split by commas or semicolons
    ("jaw temp °C vs seal strength N/15mm: 130 5.1, 135 5.9, 140 6.2"), at least three, A's values first, with the
    names the heading gives; None when the text has none (or the heading names no two variables)."""
    runs: list[list[re.Match[str]]] = []
    for m in _SPACED_PAIR.finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and _PAIR_BREAK.fullmatch(text, last.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in (run for run in runs if len(run) >= _MIN_PAIRS):
        head = re.split(r"[.?!;\n](?:\s|$)", text[: run[0].start()])[-1]
        if not re.search(r":\s*$", head) or not _HEADING.fullmatch(head.strip().rstrip(":").strip()):
            continue
        names = header_names(head.strip())
        if all(names):
            return PairedValues(
                [m.group(1) for m in run], [m.group(2) for m in run], names, ordered=False, predictor_first=False
            )
    return None


def unit_tagged_pairs(text: str) -> PairedValues | None:
    """The longest run of at least three pairs "x unit y" with one unit throughout ("0 mo 100.2, 3 mo 99.6"), one
    after another; the unit's numbers first, named by the unit ("Hz" of "30 Hz 6120"), the other left to the
    question's words."""
    runs: list[list[re.Match[str]]] = []
    for m in _TAGGED.finditer(text):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and _GAP.fullmatch(text, last.end(), m.start())
            and m.group(2).lower() == last.group(2).lower()
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    runs += [[m, *bare] for m in _TAGGED.finditer(text) if (bare := _bare_after(text, m))]
    runs = [run for run in runs if len(run) >= _MIN_PAIRS]
    if not runs:
        return None
    run = max(runs, key=len)
    unit = run[0].group(2).rstrip(".")
    return PairedValues([m.group(1) for m in run], [m.group(len(m.groups())) for m in run], (unit, None), ordered=True)


def _bare_after(text: str, tagged: re.Match[str]) -> list[re.Match[str]]:
    """The bare pairs "7 0.70" that follow a tagged one, "4°C 0.62, 7 0.70, 10 0.81", one after another (the unit
    written once, on the first pair's predictor); [] when none follows or a later one is tagged again."""
    found: list[re.Match[str]] = []
    end = tagged.end()
    while gap := _GAP.match(text, end):
        if _TAGGED.match(text, gap.end()):
            return []
        if not (m := _SPACED_PAIR.match(text, gap.end())):
            break
        found.append(m)
        end = m.end()
    return found
