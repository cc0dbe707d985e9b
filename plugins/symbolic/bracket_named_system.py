"""A linear system whose unknowns are words, each named by a letter in brackets, used by either name.

"grain bill — 3 malts, pale (x), munich (y), crystal (z), all lb. total 1200 lb; extract: 0.80x + 0.78y + 0.74z =
950 lb; and pale = 3 × (munich + crystal). solve the system, how many lb munich?": each word declared with its letter
("pale (x)") is that letter wherever the question writes it ("pale = 3 × (munich + crystal)" is x = 3(y + z)); a
coefficient may multiply a bracketed sum. A total stated in words ("total 1200 lb") is the sum of all the declared
unknowns, unless an equation writes that sum already. The equations must use the declared letters only, as many
equations as unknowns; the one unknown the ask names (by word or letter) is asked, none: all of them. Only text is
read here; the planner checks the system has one solution (else it declines, with the ranks) and solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import COEFFICIENT, UNKNOWN, blank_spans, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.indexed_system import TOTAL_WORDS
from plugins.symbolic.linear_system import (
    asked_unknown,
    declared_letters,
    fraction_text,
    grouped_terms,
    lettered_names,
    relates_unknowns,
)
from plugins.symbolic.worded_system import WordedSystem

# a term of a side: a coefficient times a bracketed sum ("3 * (y + z)"), a coefficient and a letter, or a number
_PLAIN_TERM = rf"(?:{COEFFICIENT}\s*\*?\s*)?{UNKNOWN}(?:\s*/\s*{COEFFICIENT})?|{COEFFICIENT}"
_TERM = rf"(?:(?:{COEFFICIENT}\s*\*?\s*)?\([^()=]*\)|{_PLAIN_TERM})"
_SIDE = rf"[-+]?\s*{_TERM}(?:\s*[-+]\s*{_TERM})*"
_EQUATION = re.compile(rf"(?<![\w.^*/])(?P<left>{_SIDE})\s*(?<![<>!=])=(?!=)\s*(?P<right>{_SIDE})(?![\w^*/(]|\.\d)")

Coefficients = dict[str | None, Fraction]


def _equations(text: str, letters: set[str]) -> list[tuple[re.Match[str], Coefficients]] | None:
    """Each linear equation of the lettered text, coefficients moved left and the constant right; None when one uses
    a letter that is no declared unknown or is not linear."""
    found = []
    for m in _EQUATION.finditer(text):
        if not set(re.findall(UNKNOWN, m.group())) <= letters:
            return None
        try:
            left, right = grouped_terms(m["left"].strip()), grouped_terms(m["right"].strip())
        except ValueError:
            return None
        coefficients = dict(left)
        for key, value in right.items():
            coefficients[key] = coefficients.get(key, Fraction(0)) - value
        coefficients[None] = -coefficients.get(None, Fraction(0))
        if any(key is not None and value for key, value in coefficients.items()):
            found.append((m, coefficients))
    return found


def _total(text: str, letters: list[str], written: list[Coefficients]) -> list[tuple[str, Coefficients]] | None:
    """The sum of all the unknowns a total in words states ("total 1200 lb" -> x + y + z = 1200), none when no total
    is stated or an equation writes that sum already; None when two totals are stated (which sums which is unsure)."""
    ended = re.sub(r"(?<=\d)\.(?!\d)", " .", text)  # "total 600." ends a sentence: its number is whole
    totals = {Fraction(m["value"]) for m in TOTAL_WORDS.finditer(ended)}
    if len(totals) > 1:
        return None
    summed = any({k for k, v in c.items() if k is not None and v} == set(letters) and
                 len({c[k] for k in letters}) == 1 for c in written)  # fmt: skip
    if not totals or summed:
        return []
    total = totals.pop()
    return [(" + ".join(letters) + f" = {fraction_text(total)}", {**dict.fromkeys(letters, Fraction(1)), None: total})]


def _read(question: str) -> tuple[dict[str, str], str, list[tuple[str, Coefficients]]] | None:
    """The declared words and their letters, the lettered text and the equations read (total included); None when
    the question declares no such names or its equations cannot all be read."""
    text = plain_text(question)
    words = declared_letters(text)
    if words is None:
        return None
    lettered = lettered_names(text, words)
    letters = sorted(set(words.values()))
    equations = _equations(lettered, set(letters))
    if not equations or not any(relates_unknowns(c) for _, c in equations):
        return None
    total = _total(blank_spans(lettered, [m.span() for m, _ in equations]), letters, [c for _, c in equations])
    if total is None:
        return None
    return words, lettered, [(m.group().strip(), c) for m, c in equations] + total


def bracket_named_system(question: str) -> WordedSystem | None:
    """The linear system of unknowns named by words and bracketed letters a question states (see the module's
    docstring); None when it declares no such names, or its equations cannot all be read, or they are not as many
    as the unknowns."""
    read = _read(question)
    if read is None:
        return None
    words, lettered, rows = read
    letters = sorted(set(words.values()))
    if len(rows) != len(letters):
        return None
    matrix = [[fraction_text(c.get(name, Fraction(0))) for name in letters] for _, c in rows]
    rhs = [fraction_text(c.get(None, Fraction(0))) for _, c in rows]
    return WordedSystem(matrix, rhs, letters, [written for written, _ in rows], asked_unknown(lettered, letters))


def bracket_named_shortfall(question: str) -> str | None:
    """What a system of unknowns named by words and bracketed letters lacks, when its equations read but are not as
    many as its unknowns ("pale (x), munich (y), crystal (z)" and two equations): None otherwise."""
    read = _read(question)
    if read is None or len(read[2]) == len(set(read[0].values())):
        return None
    words, _, rows = read
    named = ", ".join(f"{word} ({letter})" for word, letter in words.items())
    return (f"the unknowns {named} need {len(words)} equations (or a total stated in words, 'total 1200 lb'), but "
            f"{len(rows)} were read: {'; '.join(written for written, _ in rows)}")  # fmt: skip


def bracket_named_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a linear system of unknowns named by words and bracketed letters."""
    return outscore(scores, "algebra") if bracket_named_system(text) is not None else 0.0
