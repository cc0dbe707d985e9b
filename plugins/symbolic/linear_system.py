"""A linear system A x = b read from prose: a matrix and its right-hand side ("A = [[2, 1], [1, 3]], b = [3, 5]",
"rows 2 1; 1 3 and right-hand side 3 5", an augmented matrix), or equations ("2x + y = 3, x + 3y = 5").

Coefficients are read by a small parser of linear terms (nothing is evaluated); the rank of A and of [A | b] is
computed exactly with fractions, so a system without a unique solution is said, never solved to a wrong number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import (
    COEFFICIENT,
    ENTRY,
    FUNCTIONS,
    MATRIX_LITERAL,
    UNKNOWN,
    VECTOR_LITERAL,
    amount_asked,
    entries,
    matrix_rows,
)
from plugins.api.reasoning import PlanError
from plugins.symbolic.composition_table import composition_system, tables_composition
from plugins.symbolic.fertiliser_grades import grade_system, names_grades
from plugins.symbolic.greek_letters import GREEK_NAMES
from plugins.symbolic.remarks import drop_remarks
from plugins.symbolic.tabled_system import TabledRows, tabled_rows

# "A x = b", "Ax=b", "A*x = b": the notation of the problem, no equation of numbers
_NOTATION = re.compile(r"\bA\s*\*?\s*(?:x|\\vec\{x\}|\\mathbf\{x\})\s*=\s*b\b", re.I)
SYSTEM_WORDS = (
    r"\ba\s*\*?\s*x\s*=\s*b\b|system of (?:linear )?equations|\blinear (?:system|equations)|simultaneous (?:linear )?"
    r"equations|matrix equation|coefficient matrix|augmented matrix|right[- ]hand[- ]side|\brhs\b|cramer'?s rule"
    r"|\]\s*\*?\s*x\s*=\s*[\[(]"  # "[[2, 1], [1, 3]] x = [3, 5]"
)
# a system written as matrices, not as equations in letters: "A x = b", "coefficient matrix", "[[2, 1], [1, 3]]"
_MATRIX_NOTATION = re.compile(
    r"\ba\s*\*?\s*x\s*=\s*b\b|\bmatri(?:x|ces)\b|\bcramer'?s rule|\brhs\b|right[- ]hand[- ]side(?:\s+vector)?\s*(?:=|:)"
    r"|\[\s*\[|\]\s*\*?\s*x\s*=",
    re.I,
)
_SOLVE_WORDS = r"\bsolv(?:e|es|ing)\b|\bsolutions?\b|\bunknowns?\b|\bfind (?:x|the (?:vector|unknowns?|solution))\b"
# the right-hand side's name, then its vector: "b = [8, -11, -3]", "right-hand side (8, -11, -3)", "[[..]] x = [..]"
_RHS_NAME = (
    r"(?:(?<![\w'])b\b|\bvector b\b|\bright[- ]hand[- ]side(?: vector)?|\brhs\b|\bconstants?(?: vector| column)?"
    r"|(?<=\])\s*\*?\s*x)\s*(?:=|:|is|of|as)?\s*"
)
_VECTOR = rf"{MATRIX_LITERAL.pattern}|{VECTOR_LITERAL.pattern}|{ENTRY}(?:\s*,?\s+{ENTRY}|\s*,\s*{ENTRY})+"
_RHS = re.compile(rf"{_RHS_NAME}(?P<vector>{_VECTOR})", re.I)
# the unknowns a question names: "solve for x, y and z", "unknowns x1, x2, x3"
_NAMED = re.compile(
    rf"\b(?:for|unknowns?|variables?|find)\s+(?P<names>{UNKNOWN}(?:\s*(?:,\s*and|,|and)\s*{UNKNOWN})+)", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;:\n?!]|\.(?!\d)|\band\b", re.I)
# an expression of unknowns asked without an equation: "what is x + y?", "find 2x - y"
_ASKED_EXPRESSION = re.compile(rf"^[^=]*{UNKNOWN}\s*[-+*/]\s*(?:{COEFFICIENT}\s*\*?\s*)?{UNKNOWN}[^=]*$")
# the two names such an expression combines ("x + y", "2x - y", and "l/s" of a unit "(l/s)", which combines none)
_COMBINED = re.compile(rf"(?P<left>{UNKNOWN})\s*[-+*/]\s*(?:{COEFFICIENT}\s*\*?\s*)?(?P<right>{UNKNOWN})")
_EQUALS = re.compile(r"(?<![<>!=])=(?!=)")
# a word of prose ("machine-hours"), or a number joined to one ("3-phase", "1-D model"): an unknown is one letter
# ("x", "x1", "x_2")
_WORD = re.compile(r"(?<![\w.])\d+-(?:[A-Za-z]{3,}|[Dd](?=\s+[A-Za-z]{2,}))(?![\w-])|[A-Za-z]{2,}(?:-[A-Za-z]{2,})*")
_TERM = re.compile(
    rf"\s*(?P<sign>[-+])?\s*(?:(?P<coef>{COEFFICIENT})\s*\*?\s*)?(?P<var>{UNKNOWN})?(?:\s*/\s*(?P<div>{COEFFICIENT}))?\s*"
)


@dataclass
class LinearSystem:
    """A x = b: A's rows and b as written (or as fractions of the equations' coefficients), the unknowns' names,
    and the equations when the question wrote them."""

    rows: list[list[str]]
    rhs: list[str]
    unknowns: list[str]
    equations: list[str]
    asked: str | None = None  # the one unknown a table's question asks by name ("the cruise burn rate")


def _unknown(name: str) -> str:
    return name.replace("_", "")


_LONG_NAME = r"(?<![A-Za-z_\d.])[A-Za-z]{2,3}(?![A-Za-z(\d_])"  # a name of letters: "ap" of "3ap", "Fx"
# a term of an equation whose names may be words of 2 or 3 letters, the coefficient against the name ("3ap", "2*f")
_WORD_TERM = rf"(?:{COEFFICIENT}(?:\s*\*\s*)?)?[A-Za-z]{{1,3}}(?![A-Za-z(\d_])|{COEFFICIENT}"
_WORD_SIDE = rf"[-+]?\s*(?:{_WORD_TERM})(?:\s*[-+]\s*(?:{_WORD_TERM}))*"
_WORD_EQUATION = re.compile(rf"(?<![\w.^*/]){_WORD_SIDE}\s*(?<![<>!=])=(?!=)\s*{_WORD_SIDE}(?![\w^*/(]|\.\d)")
_FREE_LETTERS = "xyzuvwqrstghjkmn"


def _word_names(question: str) -> dict[str, str]:
    """Single letters for the names of 2 or 3 letters a system's equations use ("2f + 3ap = 4.1 and f + ap = 1.6":
    {"x": "ap"}): a name is one unknown when it appears, whole, in every equation of two or more and none of its
    letters is an unknown too. Empty when there is no such name, or when the reading is ambiguous (a name in some
    equations only, or beside one of its own letters, "2a + 3ap = 4": ap may be a*p)."""
    spans = [m.group() for m in _WORD_EQUATION.finditer(question)]
    named = [{m.group() for m in re.finditer(r"(?<![A-Za-z_])[A-Za-z]{1,3}(?![A-Za-z(\d_])", span)} for span in spans]
    words = {name for names in named for name in names if len(name) > 1}
    singles = {name for names in named for name in names if len(name) == 1}
    if len(spans) < 2 or not words or words & {w.lower() for w in FUNCTIONS | {"pi"}}:
        return {}
    if any(not words <= names for names in named) or any(set(word) & singles for word in words):
        return {}
    used = singles | {letter.lower() for word in words for letter in word}
    free = [letter for letter in _FREE_LETTERS if letter not in used]
    return dict(zip(free, sorted(words), strict=False)) if len(free) >= len(words) else {}


def _lettered(text: str, names: dict[str, str]) -> str:
    """The text with each name of letters written as its single letter ("3ap" -> "3x")."""
    for letter, name in names.items():
        text = re.sub(rf"(?<![A-Za-z_]){name}(?![A-Za-z(\d_])", letter, text)
    return text


# the verbs that ask for a value: "find", "tell me", "report", "give me", "I need", "print"
_ASK_VERBS = (
    r"find|determine|calculate|compute|tell\s+me|report|give(?:\s+me)?|need|want|print|return|output|show(?:\s+me)?"
    r"|state"
)
# the words naming the system between "solve" and "for": "solve the following system for c", "solve these equations for"
_SYSTEM_WORDS = r"(?:(?:the|this|these|that|following|above|below|linear|system|set|of|equations?)\s+){0,4}"
# one unknown asked: "What is a?", "what's F3", "find x2.", "solve for y", "the value of z?", "a = ?", "how many
# tons is x_1?", "tell me q3", "report c1", its description or unit in brackets after it ("solve for b (IP install,
# min)", "what is z (l/s)?")
_ASKED_ONE = re.compile(
    rf"(?:\b(?:what(?:'s|\s+is|\s+are)|{_ASK_VERBS}|solve\s+{_SYSTEM_WORDS}for|(?:the\s+)?value\s+of|"
    rf"how\s+(?:much|many)(?:\s+[A-Za-z]{{2,}}){{0,2}}?\s+(?:is|are))\s+"
    rf"(?P<name>{UNKNOWN}|{_LONG_NAME})|(?P<equated>{UNKNOWN}|{_LONG_NAME})\s*=\s*\?)(?!\s*(?:,|\band\b|&)\s*(?:and\s+)?{UNKNOWN})"
    r"(?:\s*\([^()=]{1,100}\))?\s*(?:[?.!,;:]|\bexact(?:ly)?\b|$)",
    re.I,
)


# one unknown named in brackets at the end of a question in words: "How many kg of PET (y)?"
_ASKED_BRACKETED = re.compile(rf"\b(?:how\s+(?:much|many)|what)\b[^?.;]*?\(\s*(?P<name>{UNKNOWN})\s*\)\s*\?", re.I)


# one unknown closing a question in words: "how many go to district c?", "how much is shipped from plant b?" (never
# the last of several: "how many of x and y?")
_ASKED_LAST = re.compile(rf"\bhow\s+(?:much|many)\b[^?.;]*?(?<!\band\s)(?<!,\s)(?<!&\s)(?P<name>{UNKNOWN})\s*\?", re.I)


# one unknown asked by its type before a noun: "how many type c totes?", "how much of grade b resin?"
_ASKED_TYPED = re.compile(
    rf"\bhow\s+(?:much|many)\s+(?:of\s+)?(?:the\s+)?(?:type|kind|grade|class|model|size)\s+(?P<name>{UNKNOWN})"
    r"(?:\s+[A-Za-z]{2,})?\s*\?",
    re.I,
)


# one unknown asked as the amount of it: "how many kg of C was in there", "how much of the z is used"
_ASKED_OF = amount_asked(UNKNOWN)
# a word declared with its letter in brackets: "pale (x)", "Munich (y)", "crystal malt (z)" (the word before it)
DECLARED = re.compile(rf"(?<![\w-])(?P<word>[A-Za-z][A-Za-z-]{{2,}})\s*\(\s*(?P<letter>{UNKNOWN})\s*\)")
# words that name no unknown ("the", "total", "all"), before a letter in brackets
_NOT_NAMES = frozenset("the and for all total sum with each per unknown unknowns variable variables of".split())


def declared_letters(text: str) -> dict[str, str] | None:
    """Each word declared with its letter in brackets (lower case) and that letter ("pale (x), munich (y)" ->
    {"pale": "x", "munich": "y"}); None when fewer than two are declared, or a word or a letter is declared twice
    with different partners."""
    words: dict[str, str] = {}
    for m in DECLARED.finditer(text):
        word, letter = m["word"].lower(), m["letter"]
        if word in _NOT_NAMES:
            continue
        if words.get(word, letter) != letter:
            return None
        words[word] = letter
    if len(words) < 2 or len(set(words.values())) != len(words):
        return None
    return words


def lettered_names(text: str, words: dict[str, str]) -> str:
    """The text with each declaration written as its letter ("pale (x)" -> "x") and each declared word elsewhere as
    its letter ("pale = 3 * (munich + crystal)" -> "x = 3 * (y + z)")."""
    text = DECLARED.sub(lambda m: m["letter"] if m["word"].lower() in words else m.group(), text)
    for word, letter in words.items():
        text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", letter, text, flags=re.I)
    return text


def asked_unknown(question: str, unknowns: list[str]) -> str | None:
    """The one unknown a question asks for ("... What is a?", "solve the system; what is F3?", "How many kg of PET
    (y)?", "how many go to district c?", "solve the system and tell me q3", "how many kg of C was in there"), by its
    letter or by the word declared with it ("crystal (C) ... how many kg of crystal"); None when it asks for several
    or none by name ("solve for x, y and z", "solve the system")."""
    found = _asked_letters(question, unknowns)
    words = declared_letters(question)
    if not found and words and set(words.values()) <= set(unknowns):  # "base (B), crystal (C) ... of crystal?"
        found = _asked_letters(lettered_names(question, words), unknowns)
    return found.pop() if len(found) == 1 else None


def _asked_letters(question: str, unknowns: list[str]) -> set[str]:
    """The unknowns the question's asking phrases name by their letters."""
    found = {_unknown(m.group("name") or m.group("equated")) for m in _ASKED_ONE.finditer(question)}
    asks = (
        *_ASKED_BRACKETED.finditer(question),
        *_ASKED_LAST.finditer(question),
        *_ASKED_OF.finditer(question),
        *_ASKED_TYPED.finditer(question),
    )
    found |= {_unknown(m.group("name")) for m in asks}
    found &= set(unknowns)
    if not found and (closing := _asked_after_equations(question, unknowns)):
        found = {closing}
    return found


# a word that asks ("what", "solve", "tell", "report", "how many"), in the clause an asked unknown closes
_ASKING = re.compile(rf"\b(?:what|which|solve|{_ASK_VERBS}|how\s+(?:much|many))\b|\?", re.I)
# an unknown closing its clause, a remark in brackets after it: "... and tell me q3.", "report c1 (µg/mL)"
_CLOSING = re.compile(
    rf"(?P<name>{UNKNOWN})(?:\s*\([^()=]{{1,60}}\))?(?:\s+(?:please|pls|thanks))?\s*(?:[?.!,;:]|$)", re.I
)


def _asked_after_equations(question: str, unknowns: list[str]) -> str | None:
    """The one unknown the words after the last equation name, when they name exactly one and ask for it: the
    unknown closes a clause that asks ("Please solve the system and tell me q3.", "solve the system, report c1");
    None when they name none, several ("x and y"), or name one without asking ("x is in kg/h")."""
    equals = list(_EQUALS.finditer(question))
    if not equals:
        return None
    after = question[equals[-1].end() :]
    breaks = re.search(r"[,;\n?!]|\.(?!\d)|\band\b", after)  # the last equation's right-hand side ends there
    tail = after[breaks.start() :] if breaks else ""
    named = {_unknown(m.group()) for m in re.finditer(UNKNOWN, tail)} & set(unknowns)
    if len(named) != 1:
        return None
    for clause in re.split(r"(?<=[?!;\n])|\.(?!\d)", tail):
        closing = _CLOSING.search(clause.rstrip())
        if closing and closing.end() >= len(clause.rstrip()) and _unknown(closing["name"]) in named:
            return _unknown(closing["name"]) if _ASKING.search(clause) else None
    return None


def _natural(name: str) -> tuple[str, int]:
    """x2 before x10; a name of letters ("ap") by its letters."""
    return (name[0], int(name[1:] or 0)) if name[1:].isdigit() or len(name) == 1 else (name, 0)


def linear_terms(side: str) -> dict[str | None, Fraction]:
    """The coefficients of one side of a linear equation (None: the constant); ValueError when it is not linear."""
    out: dict[str | None, Fraction] = {}
    pos, first = 0, True
    while pos < len(side):
        m = _TERM.match(side, pos)
        if (
            m is None
            or m.end() == pos
            or not (m.group("coef") or m.group("var"))
            or (not first and not m.group("sign"))
        ):
            raise ValueError(f"cannot read {side[pos:].strip()!r} as a linear term")
        div = Fraction(re.sub(r"\s", "", m.group("div") or "1"))
        if div == 0:
            raise ValueError(f"{side.strip()!r} divides by zero")
        value = Fraction(re.sub(r"\s", "", m.group("coef") or "1")) / div
        key = _unknown(m.group("var")) if m.group("var") else None
        out[key] = out.get(key, Fraction(0)) + (-value if m.group("sign") == "-" else value)
        pos, first = m.end(), False
    return out


# a coefficient times a bracketed sum of linear terms: "3 * (y + z)", "- 2(a - b)", "(x + y)"
_GROUP = re.compile(rf"(?P<sign>[-+])?\s*(?:(?P<coef>{COEFFICIENT})\s*\*?\s*)?\((?P<inner>[^()]*)\)")


def grouped_terms(side: str) -> dict[str | None, Fraction]:
    """``linear_terms`` of a side that may multiply bracketed sums by a coefficient ("3 * (y + z)" -> 3y + 3z, "x -
    2(y - 1)"); ValueError when it is not linear (a bracket against a name, "x(y + z)", is a product)."""
    out: dict[str | None, Fraction] = {}
    rest, pos = [], 0
    for m in _GROUP.finditer(side):
        after = side[m.end() :].lstrip()
        if (not m["sign"] and side[: m.start()].strip()) or (after and after[0] not in "+-"):
            raise ValueError(f"cannot read {side.strip()!r} as a linear sum")  # "x(y + z)", "(x + y) 2"
        scale = Fraction(re.sub(r"\s", "", m["coef"] or "1")) * (-1 if m["sign"] == "-" else 1)
        for key, value in linear_terms(m["inner"].strip()).items():
            out[key] = out.get(key, Fraction(0)) + scale * value
        rest.append(side[pos : m.start()])
        pos = m.end()
    rest.append(side[pos:])
    remaining = " ".join(rest).strip()
    if remaining:
        for key, value in linear_terms(remaining).items():
            out[key] = out.get(key, Fraction(0)) + value
    return out


def _equation(clause: str) -> tuple[str, dict[str | None, Fraction]] | None:
    """The linear equation a clause writes ("solve the system 2x + y = 3" -> "2x + y = 3" and its coefficients moved
    to the left, the constant to the right): the words around it (two letters or more; an unknown has one) are prose.
    None when the clause writes no equation or sets a named value ("alpha = 0.05"); ValueError when it writes one
    that is not linear in letters, or its words hold a function or mathematics ("sin x + y = 1", "2 times x = 3")."""
    equals = _EQUALS.search(clause)
    if equals is None or _defines(clause, equals):
        return None
    words = list(_WORD.finditer(clause))
    lead = max((w.end() for w in words if w.end() <= equals.start()), default=0)
    tail = min((w.start() for w in words if w.start() >= equals.end()), default=len(clause))
    prose = clause[:lead] + " " + clause[tail:]
    beside = [w.group().lower() for w in words if w.end() == lead or w.start() == tail]  # the words touching it
    if re.search(r"[-+*/^=\d]", _WORD.sub(" ", prose)) or FUNCTIONS & set(beside) or _indexed(clause, lead):
        raise ValueError(f"cannot read {clause.strip()!r} as one linear equation")
    text = clause[lead:tail].strip(" :").rstrip(" -")  # "solve: x + y = 3", "2x + y = 5 - solve it"
    sides = _EQUALS.split(text)
    if len(sides) != 2:
        raise ValueError(f"cannot read {clause.strip()!r} as one linear equation")
    if not sides[0].strip() and lead:
        return None
    left, right = (linear_terms(side.strip()) for side in sides)
    coefficients = dict(left)
    for key, value in right.items():
        coefficients[key] = coefficients.get(key, Fraction(0)) - value
    coefficients[None] = -coefficients.get(None, Fraction(0))  # the constant, on the right-hand side
    if not any(key is not None and value for key, value in coefficients.items()):
        raise ValueError(f"{text!r} has no unknown")
    return text, coefficients


_GREEK_WORDS = frozenset(GREEK_NAMES.values())


def _indexed(clause: str, lead: int) -> bool:
    """Whether the equation starts with the index of a name the prose before it begins: a word against a digit
    ("lambda1 = 8 + 0.004*P1") or a Greek letter's name before one ("lambda 1 = ...", as plain text writes "λ1"),
    never a number of the equation."""
    word = re.search(r"[A-Za-z]+$", clause[:lead])
    return bool(word and re.match(r"\d" if word.group().lower() not in _GREEK_WORDS else r"\s?\d", clause[lead:]))


def _defines(clause: str, equals: re.Match[str]) -> bool:
    """Whether a clause says what an unknown stands for, in words and no numbers ("a = strokes/min on press A",
    "where x = the number of parts"): a definition, no equation."""
    left, right = clause[: equals.start()], clause[equals.end() :].strip()
    named = re.search(rf"{UNKNOWN}\s*$", left)
    return bool(named and re.match(r"[A-Za-z]{2,}", right) and not re.search(r"[\d=]", right))


# a line opening with a list's marker and a space: "- a + b + c = 1200", "* x - y = 2", "• 2b - c = 500"
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*•–])[ \t]+(?=\S)")


def unbulleted(text: str) -> str:
    """The text with the markers of its bulleted lines taken off ("fixture load split:\n- a + b = 12\n- a - b = 2"
    -> "a + b = 12", "a - b = 2"). A "*" or "•" opening a line is always a marker; a dash is one only in a list's
    shape: two or more such lines in a row, after a line that introduces them (ending in a colon) or holding an item
    of prose (no equation). A dash against its term ("-a + b = 3") is a minus, and so is one of a line alone;
    ValueError when two or more lines open with a spaced dash before equations, no colon before them: a minus sign or a
    bullet cannot be told."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        run = i
        while run < len(lines) and _BULLET.match(lines[run]):
            run += 1
        if run == i:
            i += 1
            continue
        dashed = [n for n in range(i, run) if _BULLET.match(lines[n])["mark"] in "-–"]
        introduced = i > 0 and lines[i - 1].rstrip().endswith(":")
        listed = (run - i >= 2 and introduced) or any(not _EQUALS.search(lines[n]) for n in range(i, run))
        if dashed and run - i >= 2 and not listed:
            raise ValueError("lines opening with '- ' may be minus signs or a list's bullets: write the minus against "
                             "its term ('-a + b = 3'), or introduce the list with a colon")  # fmt: skip
        for n in range(i, run):
            if listed or n not in dashed:
                out[n] = _BULLET.sub(r"\g<indent>", lines[n], count=1)
        i = run
    return "\n".join(out)


def bullet_hint(text: str) -> str:
    """Where the text's lines open with spaced dashes that may be minus signs or bullets (``unbulleted``), how to
    write them ("; lines opening with '- ' ..."); else ""."""
    try:
        unbulleted(text)
    except ValueError as exc:
        return f"; {exc}"
    return ""


def linear_equations(question: str) -> list[tuple[str, dict[str | None, Fraction]]]:
    """The linear equations of a question's clauses (split at commas, semicolons, "and", sentence ends, a bulleted
    list's lines without their markers); ValueError when a clause writes an equation that is not linear (the system
    cannot then be read whole)."""
    text = unbulleted(question)
    text = _NOTATION.sub(" ", text).translate(str.maketrans("{}", "  "))  # "{2x + y = 3, x - y = 0}"
    text = _BRACKETED_EQUATION.sub(_bracketed_clause, text)  # "PP must be twice the bico (x = 2z)": a clause
    text = "\n".join(drop_remarks(line) for line in text.split("\n"))  # "F1 + F2 = 50 (total, kg/h)", line by line
    text = _LABEL.sub(r"\g<rhs>", text)  # "0.62A + 0.55B + 0.48C = 6720 (Fe)": the equation's label
    names = _word_names(text)  # "2f + 3ap = 4.1": ap read as one unknown, under a single letter
    found = []
    if names:  # only inside the equations: "ap = ?" stays an ask
        text = _WORD_EQUATION.sub(lambda m: _lettered(m.group(), names), text)
    for clause in (part for written in _CLAUSE_BREAK.split(text) for part in _run_on(written)):
        equation = _equation(clause)
        if equation is not None:
            written, coefficients = equation
            back = {letter: name for letter, name in names.items() if letter in coefficients}
            found.append((_lettered(written, {name: letter for letter, name in back.items()}) if back else written,
                          {back.get(key, key) if key else key: value for key, value in coefficients.items()}))  # fmt: skip
    return found


# where one equation's right-hand side (a number) runs into the next equation on the same line: "4T1 - T2 = 100
# -T1 + 4T2 - T3 = 0": after "= 100", a space, then a term signed against it ("-T1") or a term of an unknown ("4T2")
_RUN_ON = re.compile(
    rf"(?<![<>!=])=(?!=)\s*[-+]?\s*{COEFFICIENT}(?P<gap>\s+)(?=[-+](?=[\d.A-Za-z])|(?:{COEFFICIENT}\s*\*?\s*)?{UNKNOWN})"
)


def _run_on(clause: str) -> list[str]:
    """A clause writing several equations one after another with no comma between them ("4T1 - T2 = 100 -T1 + 4T2 -
    T3 = 0 -T2 + 4T3 = 50"), split after each right-hand side; a clause of one equation (or none) as it is."""
    if len(_EQUALS.findall(clause)) < 2:
        return [clause]
    cuts = [m.start("gap") for m in _RUN_ON.finditer(clause)]
    return [clause[a:b] for a, b in zip([0, *cuts], [*cuts, len(clause)], strict=True)]


# a label in brackets after an equation's right-hand side, before its clause ends: a name of two characters or more,
# a chemical formula, and a unit or two after it ("= 6720 (Fe);", "= 840 (SiO₂)", "= 12 (Al2O3)", "= 6720 (Fe, t)"),
# or an equation's number ("= 5 (1)", "= 5 (eq. 2)"); never one letter, which may be an unknown ("= 5 (x)"), nor an
# expression ("= 5 (x + 1)")
_LABEL = re.compile(
    r"(?P<rhs>(?<![<>!=])=(?!=)\s*[-+]?\s*\d[\d.,]*)\s*\("
    r"(?:[A-Za-z][A-Za-z\d₀-₉]{1,11}(?:\s*,?\s+[A-Za-z][\w/₀-₉]{0,11}){0,3}"
    r"|(?:eq(?:n|uation)?\.?\s*)?\d{1,2})\)(?=\s*(?:[,;?!\n]|\.(?!\d)|$))"
)
# a bracket holding one equation and nothing else: "(x = 2z)"
_BRACKETED_EQUATION = re.compile(r"\((?P<inner>[^()=]+=[^()=]+)\)")


def _bracketed_clause(m: re.Match[str]) -> str:
    """A bracketed linear equation as a clause of its own ("twice the bico (x = 2z)" -> "twice the bico; x = 2z;");
    any other bracket as written."""
    try:
        linear = _equation(m["inner"]) is not None
    except ValueError:
        linear = False
    return f"; {m['inner'].strip()};" if linear else m.group()


def exact_solution(rows: list[list[Fraction]], rhs: list[Fraction]) -> list[Fraction] | None:
    """The one solution of a square A x = b by Gauss-Jordan elimination in exact fractions; None when A is singular."""
    n = len(rows)
    m = [[*row, b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return None
        m[col], m[pivot] = m[pivot], m[col]
        m[col] = [v / m[col][col] for v in m[col]]
        for r in range(n):
            if r != col and m[r][col] != 0:
                m[r] = [v - m[r][col] * p for v, p in zip(m[r], m[col], strict=True)]
    return [row[n] for row in m]


def fraction_text(value: Fraction) -> str:
    """An exact fraction as the study language writes it: "3", "7/2"."""
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def _from_equations(question: str) -> LinearSystem:
    try:
        equations = linear_equations(question)
    except ValueError as exc:
        raise PlanError(f"the system's equations could not all be read as linear equations: {exc}") from None
    if len(equations) < 2:
        raise PlanError("a linear system needs A and b ('A = [[2, 1], [1, 3]], b = [3, 5]', 'rows 2 1; 1 3 and "
                        "b = 3 5', an augmented matrix) or two or more equations ('2x + y = 3, x + 3y = 5')")  # fmt: skip
    letters = sorted({key for _, c in equations for key in c if key is not None}, key=_natural)
    named = _named_unknowns(question)
    unknowns = named if named is not None and sorted(named, key=_natural) == letters else letters
    rows = [[fraction_text(c.get(name, Fraction(0))) for name in unknowns] for _, c in equations]
    rhs = [fraction_text(c[None]) for _, c in equations]
    return LinearSystem(rows, rhs, unknowns, [text for text, _ in equations])


def _named_unknowns(question: str) -> list[str] | None:
    m = _NAMED.search(_NOTATION.sub(" ", question))
    return [_unknown(name) for name in re.findall(UNKNOWN, m.group("names"))] if m else None


def _rhs(question: str) -> tuple[list[str], tuple[int, int]] | None:
    """The right-hand side's values and where it is written (its name included)."""
    m = _RHS.search(question)
    return (entries(m.group("vector")), m.span()) if m else None


def matrix_notation(question: str) -> bool:
    """Whether the question writes its linear system in matrix notation ("A x = b", "the coefficient matrix",
    "augmented matrix", "[[2, 1], [1, 3]]"), not only as equations in letters ("3a + 2b = 16 and a - b = 2")."""
    return _MATRIX_NOTATION.search(question) is not None or MATRIX_LITERAL.search(question) is not None


def _composition(question: str) -> TabledRows | None:
    """The batch of tabled ingredients the question writes (``composition_system``), or of fertiliser products by
    their grades (``grade_system``); PlanError when it writes one that has no one solution with amounts >= 0."""
    try:
        return composition_system(question) or grade_system(question)
    except ValueError as exc:
        raise PlanError(str(exc)) from None


def read_system(question: str) -> LinearSystem:
    """A x = b as the question writes it: A with b (named, or A's last column when the matrix is "augmented"), or
    equations in letters. Raises PlanError when it cannot be read whole, or asks for more than the unknowns."""
    if table := tabled_rows(question) or _composition(question):  # "sector 1: 20 / 60 / 25 min, 5000 kg" a line
        return LinearSystem(table.rows, table.rhs, table.unknowns, [], table.asked)
    rhs = _rhs(question)
    augmented = bool(re.search(r"\baugmented\b", question, re.I))
    if not MATRIX_LITERAL.search(question) and (_equation_count(question) >= 2 or not (rhs or augmented)):
        system = _from_equations(question)  # "2x + y = 3, x + 3y = 5"
        _refuse_asked_expression(question, system.unknowns)
        return system
    _refuse_asked_expression(question, [])
    return _from_matrix(question, rhs, augmented)


def _refuse_asked_expression(question: str, unknowns: list[str]) -> None:
    """PlanError when the question asks for an expression of the unknowns ("..., what is x + y?"), not for them;
    letters that are not unknowns combine nothing ("3 banks x, y, z (l/s)": l/s is a unit)."""
    clauses = _CLAUSE_BREAK.split(_NOTATION.sub(" ", question))
    asked = next((c.strip() for c in clauses if _ASKED_EXPRESSION.search(c) and _combines_unknowns(c, unknowns)), None)
    if asked:
        raise PlanError(f"the question asks for {asked!r}, an expression of the unknowns: only the unknowns are solved")


def _combines_unknowns(clause: str, unknowns: list[str]) -> bool:
    """Whether the clause combines two of the unknowns ("what is x + y" of x, y, z); with none named (a matrix's
    system), any two letters are taken as asked."""
    names = set(unknowns)
    return any(
        not names or {_unknown(m.group("left")), _unknown(m.group("right"))} <= names
        for m in _COMBINED.finditer(clause)
    )


def _from_matrix(question: str, rhs: tuple[list[str], tuple[int, int]] | None, augmented: bool) -> LinearSystem:
    """A written as a matrix, with b beside it or as the last column of an augmented matrix."""
    rows = _matrix_beside(question, rhs)
    if rows is None:
        raise PlanError("the matrix A could not be read: write it [[2, 1], [1, 3]] or 'rows 2 1; 1 3', its rows all "
                        "of one length")  # fmt: skip
    if rhs is not None:
        b = rhs[0]
    elif augmented and len(rows[0]) > 1:
        rows, b = [row[:-1] for row in rows], [row[-1] for row in rows]
    else:
        raise PlanError("a linear system A x = b needs its right-hand side: 'b = [8, -11, -3]' (or an augmented "
                        "matrix [A | b] of two columns or more)")  # fmt: skip
    if len(b) != len(rows):
        raise PlanError(f"b has {len(b)} values but A has {len(rows)} rows: A x = b needs one value of b per row")
    named = _named_unknowns(question)
    count = len(rows[0])
    unknowns = named if named is not None and len(named) == count else [f"x{i}" for i in range(1, count + 1)]
    return LinearSystem(rows, b, unknowns, [])


def _matrix_beside(question: str, rhs: tuple[list[str], tuple[int, int]] | None) -> list[list[str]] | None:
    """The rows of A: the matrix the question writes besides its right-hand side (and the notation "A x = b")."""
    rest = question if rhs is None else question[: rhs[1][0]] + " " + question[rhs[1][1] :]
    return matrix_rows(_NOTATION.sub(" ", rest))


def _fraction(value: str) -> Fraction:
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise PlanError(f"the entry {value!r} of A or b is not a number") from None


def rank(rows: list[list[Fraction]]) -> int:
    """The rank of a matrix of fractions (exact Gaussian elimination)."""
    work = [list(row) for row in rows]
    found = 0
    for col in range(len(work[0]) if work else 0):
        pivot = next((r for r in range(found, len(work)) if work[r][col] != 0), None)
        if pivot is None:
            continue
        work[found], work[pivot] = work[pivot], work[found]
        for r in range(len(work)):
            if r != found and work[r][col] != 0:
                factor = work[r][col] / work[found][col]
                work[r] = [a - factor * p for a, p in zip(work[r], work[found], strict=True)]
        found += 1
    return found


def unique_or_fail(system: LinearSystem) -> None:
    """Nothing when A x = b has exactly one solution; otherwise PlanError saying why, with the ranks: infinitely many
    solutions (rank A = rank [A | b] < unknowns) or none (rank [A | b] > rank A)."""
    a = [[_fraction(v) for v in row] for row in system.rows]
    augmented = [[*row, _fraction(v)] for row, v in zip(a, system.rhs, strict=True)]
    n, rank_a, rank_ab = len(a[0]), rank(a), rank(augmented)
    if rank_a == n and rank_ab == n:
        return
    where = f"rank A = {rank_a}, rank [A | b] = {rank_ab}, {n} unknowns"
    if rank_ab > rank_a:
        raise PlanError(f"no unique solution: the system is inconsistent and has no solution ({where}); a least-squares "
                        "fit is not planned")  # fmt: skip
    raise PlanError(f"no unique solution: A is singular and the system has infinitely many solutions ({where}, so "
                    f"{n - rank_a} free); the reduced row echelon form of [A | b] ('rref of [[...]]') describes them")  # fmt: skip


def relates_unknowns(coefficients: dict[str | None, Fraction]) -> bool:
    """Whether an equation relates unknowns ("2x + y = 8", "x = y", "3x = 6"), not one value named ("n = 60")."""
    unknowns = [value for key, value in coefficients.items() if key is not None and value]
    return len(unknowns) > 1 or any(value != 1 for value in unknowns)


def _equation_count(question: str) -> int:
    """How many linear equations relating unknowns the question writes (0 when one of its equations is not
    linear): "n=60 parts ... H0: p = 0.03" names values, it writes no system."""
    try:
        return sum(relates_unknowns(coefficients) for _, coefficients in linear_equations(question))
    except ValueError:
        return 0


def writes_linear_system(question: str) -> bool:
    """Whether the question writes two or more linear equations relating unknowns ("x + y = 230, 3x - 2y = 40")."""
    return _equation_count(question) >= 2


def _beside(question: str) -> bool:
    """Whether the question writes a right-hand side and, besides it, a matrix ("B = [[1, 2], [3, 4]]" alone is a
    matrix named B, no right-hand side)."""
    rhs = _rhs(question)
    return rhs is not None and _matrix_beside(question, rhs) is not None


def asks_linear_system(question: str, operation_named: bool) -> bool:
    """Whether the question asks to solve A x = b: it names a system ("A x = b", "system of equations"), writes two
    or more linear equations, or asks to solve ("solve", "solution") a matrix written beside a right-hand side ("A =
    [[..]], b = [..]" alone may ask for a product); and it asks to solve or names no other matrix operation ("rank of
    the coefficient matrix" is a rank)."""
    solve = bool(re.search(_SOLVE_WORDS, question, re.I))
    named = bool(re.search(SYSTEM_WORDS, question, re.I)) or writes_linear_system(question)
    named = named or (solve and tabled_rows(question) is not None)  # labelled rows of coefficients and totals
    named = named or tables_composition(question)  # a batch of tabled ingredients, its total and amounts stated
    named = named or names_grades(question)  # fertiliser products by grade, the nutrients to supply stated
    return (named or (solve and _beside(question))) and (solve or not operation_named)


def linear_system_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for a linear system beyond words: two or more linear equations and no other equation, a bracketed
    matrix beside its right-hand side ("[[2, 1], [1, 3]] x = [3, 5]"), or a system named ("A x = b", "coefficient
    matrix") whose A and b read ("A = 2 1; 1 3, b = 3 5": rows that are no samples)."""
    from plugins.api.reasoning import outscore

    words = re.search(SYSTEM_WORDS, text, re.I) or re.search(_SOLVE_WORDS, text, re.I)
    written = writes_linear_system(text) or bool(words and MATRIX_LITERAL.search(text) and _beside(text))
    written = written or bool(words and tabled_rows(text))  # "sector 1: 20 / 60 / 25 min, 5000 kg" ... "solve"
    if tables_composition(text) or names_grades(text):  # compositions tabled (or graded) and the amounts to supply
        return outscore(scores, "linear_algebra") + 3.0  # + 3: over an equation guessed from "N 100 / P2O5 80 kg/ha"
    if not written and re.search(SYSTEM_WORDS, text, re.I):
        try:
            written = bool(read_system(text).rows)
        except PlanError:
            written = False
    return outscore(scores, "linear_algebra") if written else 0.0


def matrix_score(text: str, scores: dict[str, float]) -> float:
    """``linear_system_score``, else a matrix operation named with no group compared ("det of A = [4 2 1; 3 5 2; 1 1
    6]", "eigenvalues? row 1: 2 0 0 ...", "is A = [1 2; 2 4] singular?") beside a matrix that reads: its rows are
    no samples, and the matrix outscores the ANOVA or test their shape would point to."""
    from plugins.api.matrix_words import asks_about_matrix
    from plugins.api.reasoning import outscore
    from plugins.symbolic.pasted_matrix import written_matrix

    if system := linear_system_score(text, scores):
        return system
    return outscore(scores, "linear_algebra") if asks_about_matrix(text) and written_matrix(text) else 0.0
