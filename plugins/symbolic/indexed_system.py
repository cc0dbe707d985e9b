"""A linear system in indexed names: formulas, an equality said in words, and a total of the names sharing a stem.

"Incremental costs: unit 1 λ1 = 8 + 0.004·P1 $/MWh, unit 2 λ2 = 7.5 + 0.006·P2 $/MWh. Total demand 600 MW. Setting
λ1 = λ2, what's P1?": the names are a stem and an index ("λ1", "P2", "x_3"), two or more of each stem; the equations
are the linear ones written in them ("λ1 = 8 + 0.004·P1", "λ1 = λ2", "P1 + P2 = 600"), a coefficient against its
name or joined by "*" ("unit 2 λ2 = ..." is a label and a name, never 2·λ2); a total stated in words ("total demand
600 MW", "combined output of 600") is the sum of the one stem that no formula defines (P1 + P2 = 600), and an
equality said in words ("equal incremental cost", "the λ's are equal") sets the names of the one stem the formulas
define equal (λ1 = λ2). The one name the ask names is asked; none: all of them. Only text is read here; the planner
checks the system has one solution (else it declines, with the ranks) and solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import COEFFICIENT, NUMBER, UNKNOWN, blank_spans, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.greek_letters import GREEK_NAMES
from plugins.symbolic.linear_system import fraction_text, linear_terms, relates_unknowns, writes_linear_system
from plugins.symbolic.solve_for import words_for_greek
from plugins.symbolic.worded_system import WordedSystem

# an indexed name: a stem of letters and one index ("P1", "lambda2", "x_3"), no word nor number around it
_INDEXED = re.compile(r"(?<![\w.])(?P<stem>[A-Za-z]+)_?(?P<index>\d)(?!\w|\.\d)")
# a term whose coefficient is against its name or joined by "*" ("0.004*P1", "3x1"), never across a space
_TERM = rf"(?:{COEFFICIENT}\s*\*\s*|{COEFFICIENT})?{UNKNOWN}(?:\s*/\s*{COEFFICIENT})?|{COEFFICIENT}"
_SIDE = rf"[-+]?\s*(?:{_TERM})(?:\s*[-+]\s*(?:{_TERM}))*"
_EQUATION = re.compile(rf"(?<![\w.^*/])(?P<left>{_SIDE})\s*(?<![<>!=])=(?!=)\s*(?P<right>{_SIDE})(?![\w^*/(]|\.\d)")
# a total stated in words: "total demand 600 MW", "combined output of 600", "the sum is 600", "together 600"
TOTAL_WORDS = re.compile(
    rf"\b(?:total|combined|sum|together)\b(?:\s+[A-Za-z]+){{0,3}}?\s*(?::|=|\bis\b|\bof\b)?\s*(?P<value>{NUMBER})"
    r"(?![\w.]|\.\d)",
    re.I,
)
# an equality said in words: "equal incremental cost", "costs are equal", "equalising λ" (not "equal to 600")
_EQUAL = re.compile(r"\bequal(?:i[sz](?:e|es|ed|ing))?\b(?!\s+to\b)", re.I)
_ASK = re.compile(r"\b(?:what|find|determine|solve\s+for|calculate|compute|how\s+(?:much|many))\b[^.;!]*", re.I)
_FREE = "qrsuvwghjkmnabcdfptxyz"
# an ask of a quantity no name of a system is: an extremum ("the time t at which B is a maximum") or a quantity
# named by a noun and its symbol ("determine the time t", "the rate r")
_OTHER_ASKED = re.compile(
    rf"\b(?:maxim(?:um|a|ise|ize)|minim(?:um|a|ise|ize)|peaks?|largest|smallest|highest|lowest)\b"
    rf"|\bthe\s+[a-z]{{3,}}\s+(?P<symbol>{UNKNOWN})(?=\s|[,.;:?!]|$)",
    re.I,
)
# a Greek name that plain text writes apart from its index ("λ1" -> "lambda 1"), the index ending a term
_GREEK_APART = re.compile(
    rf"\b(?P<name>{'|'.join(sorted(set(GREEK_NAMES.values())))}) (?P<index>\d)(?=\s*(?:[=,;:+*/)?-]|\.(?!\d)|$|\s(?:and|or)\b))"
)


def _lettered(text: str) -> tuple[str, dict[str, str]] | None:
    """The text with each indexed name of a stem used with two or more indices written as a letter and its index
    ("lambda1" -> "q1", "P1" stays "P1"), and each such letter-name to the name as written; None when there are
    fewer than two such names."""
    stems: dict[str, set[str]] = {}
    for m in _INDEXED.finditer(text):
        stems.setdefault(m["stem"], set()).add(m["index"])
    stems = {stem: found for stem, found in stems.items() if len(found) >= 2}
    used = {stem.lower() for stem in stems if len(stem) == 1}
    letters: dict[str, str] = {}
    free = (c for c in _FREE if c not in used)
    for stem in sorted(stems):
        letters[stem] = stem if len(stem) == 1 and stem not in "eE" else next(free, "")
    if not stems or "" in letters.values():
        return None
    names: dict[str, str] = {}

    def letter(m: re.Match[str]) -> str:
        if m["stem"] not in letters:
            return m.group()
        names[f"{letters[m['stem']]}{m['index']}"] = m.group()
        return f"{letters[m['stem']]}{m['index']}"

    lettered = _INDEXED.sub(letter, text)
    return (lettered, names) if len(names) >= 2 else None


def _equations(text: str, names: dict[str, str]) -> list[tuple[re.Match[str], dict[str | None, Fraction]]] | None:
    """Each linear equation written in the names, its coefficients moved left and the constant right; None when one
    uses a letter that is no indexed name ("x + P1 = 3") or cannot be read as linear."""
    found = []
    for m in _EQUATION.finditer(text):
        if not set(re.findall(UNKNOWN, m.group())) <= set(names):
            return None
        try:
            left, right = linear_terms(m["left"].strip()), linear_terms(m["right"].strip())
        except ValueError:
            return None
        coefficients = dict(left)
        for key, value in right.items():
            coefficients[key] = coefficients.get(key, Fraction(0)) - value
        coefficients[None] = -coefficients.get(None, Fraction(0))
        if any(key is not None and value for key, value in coefficients.items()):
            found.append((m, coefficients))
    return found


def _stem(name: str) -> str:
    return name.rstrip("0123456789")


def _defined(equations: list[tuple[re.Match[str], dict[str | None, Fraction]]]) -> set[str]:
    """The names a formula defines: the lone name left of an equation whose right side holds a constant or another
    stem's name ("q1 = 8 + 0.004*P1"), not an equality of names of one stem ("q1 = q2")."""
    out = set()
    for m, _ in equations:
        left, right = m["left"].strip(), linear_terms(m["right"].strip())
        if re.fullmatch(UNKNOWN, left) and any(key is None or _stem(key) != _stem(left) for key in right):
            out.add(left)
    return out


def _sums(coefficients: dict[str | None, Fraction], names: list[str]) -> bool:
    """Whether an equation relates exactly ``names`` with equal coefficients (a total of them)."""
    keys = {key for key, value in coefficients.items() if key is not None and value}
    return keys == set(names) and len({coefficients[key] for key in keys}) == 1


def _implied(
    text: str, names: dict[str, str], equations: list[tuple[re.Match[str], dict[str | None, Fraction]]]
) -> list[tuple[str, dict[str | None, Fraction]]] | None:
    """The equations said in words: the total of the one stem no formula defines, the equality of the one stem the
    formulas define; none where an equation already writes them. None when a word of them cannot be matched to one
    stem (a total with two stems undefined, two totals)."""
    blanked = blank_spans(text, [m.span() for m, _ in equations])
    defined = _defined(equations)
    stems = sorted({_stem(name) for name in names})
    free = [s for s in stems if not any(_stem(d) == s for d in defined)]
    bound = [s for s in stems if all(n in defined for n in names if _stem(n) == s)]
    written = [c for _, c in equations]
    out: list[tuple[str, dict[str | None, Fraction]]] = []
    totals = {m["value"] for m in TOTAL_WORDS.finditer(blanked)}
    if totals:
        members = sorted(n for n in names if len(free) == 1 and _stem(n) == free[0])
        if len(totals) != 1 or not members:
            return None
        if not any(_sums(c, members) for c in written):
            total = Fraction(totals.pop())
            out.append((" + ".join(names[n] for n in members) + f" = {total}", {**dict.fromkeys(members, Fraction(1)),
                                                                                None: total}))  # fmt: skip
    if _EQUAL.search(blanked):
        members = sorted(n for n in names if len(bound) == 1 and _stem(n) == bound[0])
        if not members:
            return None
        for other in members[1:]:
            pair = {members[0]: Fraction(1), other: Fraction(-1), None: Fraction(0)}
            if not any(c in (pair, {k: -v for k, v in pair.items()}) for c in written):
                out.append((f"{names[members[0]]} = {names[other]}", pair))
    return out


def _asked(text: str, names: dict[str, str], spans: list[tuple[int, int]]) -> str | None:
    """The one name the last ask names outside the equations ("what's P1 in MW?"); None when it names none or several."""
    asks = [m for m in _ASK.finditer(blank_spans(text, spans))]
    named = {n for n in re.findall(UNKNOWN, asks[-1].group()) if n in names} if asks else set()
    return names[named.pop()] if len(named) == 1 else None


def _asks_other(text: str, names: dict[str, str], spans: list[tuple[int, int]]) -> bool:
    """Whether the last ask asks a quantity that is none of the names ("determine the time t at which the
    concentration of B is a maximum"): the system's solution would not answer it."""
    asks = list(_ASK.finditer(blank_spans(text, spans)))
    if not asks:
        return False
    return any(not m["symbol"] or m["symbol"] not in names for m in _OTHER_ASKED.finditer(asks[-1].group()))


def indexed_system(question: str) -> WordedSystem | None:
    """The linear system of indexed names a question states (see the module's docstring); None when it states none
    that the equation readers of plain letters do not read already, or a word of it cannot be matched."""
    text = _GREEK_APART.sub(r"\g<name>\g<index>", plain_text(words_for_greek(question)))
    if writes_linear_system(question) or not _ASK.search(text):
        return None
    lettered = _lettered(text)
    if lettered is None:
        return None
    text, names = lettered
    equations = _equations(text, names)
    if not equations or not _defined(equations) or not any(relates_unknowns(c) for _, c in equations):
        return None  # "k1 = 0.5 min^-1, k2 = 0.25 min^-1": values given, no system to solve
    if _asks_other(text, names, [m.span() for m, _ in equations]):
        return None
    implied = _implied(text, names, equations)
    if implied is None:
        return None
    rows = [(m.group().strip(), c) for m, c in equations] + implied
    unknowns = sorted({key for _, c in rows for key in c if key is not None}, key=lambda n: (_stem(n), int(n[-1])))
    matrix = [[fraction_text(c.get(name, Fraction(0))) for name in unknowns] for _, c in rows]
    rhs = [fraction_text(c.get(None, Fraction(0))) for _, c in rows]
    shown = [_restored(written, names) for written, _ in rows]
    asked = _asked(text, names, [m.span() for m, _ in equations])
    if len(unknowns) < 2 or (asked is not None and asked not in {names[n] for n in unknowns}):
        return None  # "R1 = 10 kΩ ... What R2?": a value stated and another name asked is no system
    return WordedSystem(matrix, rhs, [names[n] for n in unknowns], shown, asked)


def _restored(written: str, names: dict[str, str]) -> str:
    """An equation with its letter-names written back as the question names them ("q1 = q2" -> "lambda1 = lambda2")."""
    return re.sub(UNKNOWN, lambda m: names.get(m.group(), m.group()), written)


def indexed_system_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a linear system of indexed names, its total or equality said in words."""
    return outscore(scores, "algebra") if indexed_system(text) is not None else 0.0
