"""A linear system stated in words about members of one kind told apart by their numbers, read into A x = b.

"3 VAV boxes off one branch, total 2400 cfm. box 1 reads 200 cfm more than box 2, and box 3 gets half of what boxes
1+2 get combined. solve the system, whats Q1 in cfm?": the members are one noun and an index ("box 1", "pump 2"),
every index from 1 to the count named ("3 VAV boxes", when it is stated); several of them in one plural ("boxes 1+2",
"pumps 1 and 2", "boxes 1 & 2") are their sum. Each clause that names a member states one relation: a difference
("box 1 reads 200 cfm more than box 2", "200 less than", "200 above"), a multiple or share ("gets half of what boxes
1+2 get combined", "twice as much as", "3 times", "40% of", "1/3 of"), an equality ("the same as box 2") or a value
("box 2 gets 700 cfm"); a total without a member ("total 2400 cfm", "2400 cfm in total") is the sum of all of them.
The unknowns are named by the letter the ask gives them ("whats Q1" -> Q1, Q2, Q3), else by the members ("box 1").
A clause naming a member that no relation reads leaves the system unread: ``numbered_shortfall`` says which, and the
question is declined rather than answered from a guess. Only text is read here; the planner checks the system has one
solution (else it declines, with the ranks) and solves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.nouns import singular
from plugins.api.prose import DECIMAL, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.indexed_system import TOTAL_WORDS
from plugins.symbolic.linear_system import fraction_text
from plugins.symbolic.worded_system import _STATISTICS, WordedSystem

# a member: a noun and its index ("box 1", "pump #2", "zone no. 3"); never a number's unit ("200 cfm 1")
_MEMBER = re.compile(r"(?<![\w.-])(?P<noun>[A-Za-z]{3,})\s+(?:#\s*|no\.?\s*)?(?P<index>\d)(?!\w|\.\d)")
# several members in a plural: "boxes 1+2", "pumps 1 and 2", "boxes 1, 2 and 3", "boxes 1 & 2"
_SEVERAL = re.compile(
    r"(?<![\w.-])(?P<noun>[A-Za-z]{3,})\s+(?P<indices>\d(?:\s*(?:\+|&|,\s*and|,|\band\b)\s*\d)+)(?!\w|\.\d)", re.I
)
# the members' count before their noun: "3 VAV boxes", "three pumps" (written in digits by plain_text)
_COUNT = r"(?<![\w.])(?P<count>\d)\s+(?:[A-Za-z]+\s+){{0,2}}?{noun}\b"
# an ask: its first word, or a question mark
_ASKS = re.compile(
    r"^\s*(?:so\s+|then\s+|now\s+)?(?:what(?:'?s)?|which|find|solve|determine|how|compute|calculate|give|tell|report)"
    r"\b|\?",
    re.I,
)
# a share or multiple in words
_FACTORS = {
    "half": Fraction(1, 2), "one half": Fraction(1, 2), "a half": Fraction(1, 2), "a third": Fraction(1, 3),
    "one third": Fraction(1, 3), "two thirds": Fraction(2, 3), "a quarter": Fraction(1, 4),
    "one quarter": Fraction(1, 4), "three quarters": Fraction(3, 4), "a fifth": Fraction(1, 5),
    "one fifth": Fraction(1, 5), "twice": Fraction(2), "double": Fraction(2), "triple": Fraction(3),
    "thrice": Fraction(3),
}  # fmt: skip
_FACTOR_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _FACTORS), key=len, reverse=True))
_VERB = r"(?:\s+(?!than\b|of\b|as\b|what\b)[a-z]+){1,2}?"  # "reads", "gets", "is set to", "should get"
_END = r"(?:\s+(?![-+]?\d)[a-z]+){0,2}\s*$"  # "... than box 2 gets", "... boxes 1+2 get combined"
_UNIT = r"(?:\s*(?:[A-Za-z/%°µ][\w/%°µ^³²]*)){0,2}?"  # "200 cfm", "40 L/s"
_DIFFERENCE = re.compile(
    rf"^(?P<x>{{X}}){_VERB}\s+(?P<k>{DECIMAL}){_UNIT}\s+(?P<dir>more|less|fewer|higher|lower|greater|above|below)"
    rf"(?:\s+(?!than\b)[A-Za-z/]+)?(?:\s+than)?\s+(?:what\s+|that\s+of\s+)?(?P<y>{{X}}){_END}",
    re.I,
)
_MULTIPLE = re.compile(
    rf"^(?P<x>{{X}}){_VERB}\s+(?:(?P<m>{DECIMAL})\s*(?:times|x|×)|(?P<pct>{DECIMAL})\s*%|(?P<frac>\d+\s*/\s*\d+)"
    rf"|(?P<word>{_FACTOR_WORDS}))\s+(?:of\s+)?(?:as\s+(?:much|many)\s+as\s+)?(?:what\s+|that\s+of\s+|the\s+[a-z]+\s+of\s+)?"
    rf"(?P<y>{{X}}){_END}",
    re.I,
)
_SAME = re.compile(
    rf"^(?P<x>{{X}}){_VERB}\s+(?:the\s+same\s+as|as\s+much\s+as|as\s+many\s+as|equal\s+to)\s+(?:what\s+)?(?P<y>{{X}})"
    rf"{_END}",
    re.I,
)
_VALUE = re.compile(rf"^(?P<x>{{X}}){_VERB}\s+(?P<k>{DECIMAL}){_UNIT}\s*$", re.I)
# a total named after its value: "2400 cfm in total", "2400 cfm combined"
_TOTAL_AFTER = re.compile(
    rf"(?<![\w.])(?P<value>{DECIMAL})\s+(?:[A-Za-z/]+\s+){{0,2}}?(?:in\s+total|in\s+all|combined|altogether|together"
    r"|between\s+them)\b",
    re.I,
)
_CLAUSES = re.compile(r"[;,\n]|\.(?!\d)|\b(?:and|while|but|whereas)\b(?!\s*\d)", re.I)


Coefficients = dict[int | None, Fraction]


@dataclass(frozen=True)
class _Reading:
    """What was read: the unknowns' names by index, the equations (written in those names, "Q1 = Q2 + 200", and as
    coefficients by index, the constant under None), the index asked (None: all), and what keeps the system unread
    (None: nothing)."""

    names: dict[int, str]
    rows: list[tuple[str, Coefficients]]
    asked: int | None
    problem: str | None = None


def _noun(text: str) -> str | None:
    """The one noun two or more indices follow ("box" of "box 1 ... box 2", "boxes 1+2"); None when none or several
    nouns are so numbered."""
    indices: dict[str, set[str]] = {}
    for m in _MEMBER.finditer(text):
        indices.setdefault(singular(m["noun"].lower()), set()).add(m["index"])
    for m in _SEVERAL.finditer(text):
        indices.setdefault(singular(m["noun"].lower()), set()).update(re.findall(r"\d", m["indices"]))
    nouns = [noun for noun, found in indices.items() if len(found) >= 2]
    return nouns[0] if len(nouns) == 1 else None


def _lettered(text: str, noun: str) -> tuple[str, list[int]]:
    """The text with each member written as a token "@i" and each plural of several as "(@1 + @2)", and the indices
    named."""
    named: set[int] = set()

    def several(m: re.Match[str]) -> str:
        if singular(m["noun"].lower()) != noun:
            return m.group()
        indices = [int(i) for i in re.findall(r"\d", m["indices"])]
        named.update(indices)
        return "(" + " + ".join(f"@{i}" for i in indices) + ")"

    def one(m: re.Match[str]) -> str:
        if singular(m["noun"].lower()) != noun:
            return m.group()
        named.add(int(m["index"]))
        return f"@{m['index']}"

    text = _MEMBER.sub(one, _SEVERAL.sub(several, text))
    return text, sorted(named)


_X = r"@\d|\(@\d(?:\s*\+\s*@\d)+\)"


def _side(term: str) -> Coefficients:
    """A member or a bracketed sum of members as coefficients by index."""
    return {int(i): Fraction(1) for i in re.findall(r"@(\d)", term)}


def _factor(m: re.Match[str]) -> tuple[Fraction, str]:
    """The multiple a relation states and its text as the question gives it: "3 times" (3), "40%" (0.4), "1/3",
    "half" (1/2)."""
    if m["m"]:
        return Fraction(m["m"]), m["m"]
    if m["pct"]:
        return Fraction(m["pct"]) / 100, f"{float(m['pct']) / 100:g}"
    if m["frac"]:
        return Fraction(re.sub(r"\s", "", m["frac"])), re.sub(r"\s", "", m["frac"])
    factor = _FACTORS[re.sub(r"\s+", " ", m["word"].lower())]
    return factor, fraction_text(factor)


def _relation(clause: str) -> tuple[Coefficients, str] | None:
    """The equation one clause states of the members, coefficients moved left and the constant (key None) on the
    right, and the equation as written ("@1 = @2 + 200"); None when the clause states none of the relations read, or
    compares a member with itself."""
    clause = clause.strip()

    def match(template: re.Pattern[str]) -> re.Match[str] | None:
        return re.match(template.pattern.replace("{X}", _X), clause, template.flags)

    if m := match(_DIFFERENCE):
        more = m["dir"].lower() in {"more", "higher", "greater", "above"}
        k = Fraction(m["k"]) * (1 if more else -1)
        left, right, written = _side(m["x"]), _side(m["y"]), f"{m['x']} = {m['y']} {'+' if more else '-'} {m['k']}"
    elif m := match(_MULTIPLE):
        factor, text = _factor(m)
        left, k, written = _side(m["x"]), Fraction(0), f"{m['x']} = {text}*{m['y']}"
        right = {key: factor * v for key, v in _side(m["y"]).items()}
    elif m := match(_SAME):
        left, right, k, written = _side(m["x"]), _side(m["y"]), Fraction(0), f"{m['x']} = {m['y']}"
    elif m := match(_VALUE):
        left, right, k, written = _side(m["x"]), {}, Fraction(m["k"]), f"{m['x']} = {m['k']}"
    else:
        return None
    out: Coefficients = dict(left)
    for key, value in right.items():
        out[key] = out.get(key, Fraction(0)) - value
    if not any(value for key, value in out.items() if key is not None):
        return None
    out[None] = k
    return out, written


def _names(text: str, noun: str, indices: list[int]) -> tuple[dict[int, str], int | None] | None:
    """The unknowns' names and the index asked: a letter and an index the ask names ("whats Q1" -> Q1, Q2, Q3), or
    the member it names ("how much does box 3 get"); all asked when it names none but "each", "all" or the system;
    None when the ask names something else (or nothing is asked)."""
    asks = [c for c in _CLAUSES.split(text) if _ASKS.search(c)]
    if not asks:
        return None
    ask = asks[-1]
    letter = re.search(r"(?<![\w@])(?P<stem>[A-Za-z])_?(?P<index>\d)(?!\w|\.\d)", ask)
    if letter and int(letter["index"]) in indices:
        return {i: f"{letter['stem']}{i}" for i in indices}, int(letter["index"])
    names = {i: f"{noun} {i}" for i in indices}
    member = set(re.findall(r"@(\d)", ask))
    if len(member) == 1:
        return names, int(member.pop())
    if not member and re.search(r"\b(?:each|all|every|system|unknowns)\b", text, re.I):
        return names, None
    return None


def _total(clause: str, indices: list[int]) -> tuple[Coefficients, str] | None:
    """The sum of all the members a clause naming none states ("total 2400 cfm", "2400 cfm in total"); None when it
    states no total, or two."""
    values = {m["value"] for m in [*TOTAL_WORDS.finditer(clause), *_TOTAL_AFTER.finditer(clause)]}
    if len(values) != 1:
        return None
    value = values.pop()
    return {**dict.fromkeys(indices, Fraction(1)), None: Fraction(value)}, " + ".join(
        f"@{i}" for i in indices
    ) + f" = {value}"


def _read(question: str) -> _Reading | None:
    """The members, equations and ask of a question about numbered members (see the module's docstring); None when it
    names no such members, asks nothing of them, or is a statistical question."""
    text = plain_text(question)
    noun = _noun(text)
    if noun is None or _STATISTICS.search(text):
        return None
    lettered, indices = _lettered(text, noun)
    named = _names(lettered, noun, indices)
    if named is None:
        return None
    names, asked = named
    rows, unread, compared = [], [], False
    for clause in _CLAUSES.split(lettered):
        read = _relation(clause) if re.search(r"@\d", clause) else _total(clause, indices)
        if read is not None:
            rows.append(read)
            compared = compared or (re.search(r"@\d", clause) is not None and len(read[0]) > 2)
        elif re.search(r"@\d", clause) and not _ASKS.search(clause):
            unread.append(clause.strip())
    if not compared:
        return None  # no two members related ("pile 1 grades 1.2% Cu and pile 2 grades 0.4% Cu"): no such system
    count = re.search(_COUNT.format(noun=re.escape(noun) + r"(?:e?s)?"), text, re.I)
    if indices != list(range(1, len(indices) + 1)) or (count and int(count["count"]) != len(indices)):
        stated = count.group() if count else f"members numbered from 1 ({noun} 1, ...)"
        return _Reading(names, [], asked, f"{stated} are stated but only {', '.join(names.values())} are named")
    shown = [(re.sub(r"@(\d)", lambda m: names[int(m[1])], written), row) for row, written in rows]
    members = ", ".join(names.values())
    if unread:
        clause = re.sub(r"@(\d)", rf"{noun} \1", unread[0])
        problem = (f"the relation in {clause!r} could not be read as a linear equation in {members}: state it as a "
                   "difference ('box 1 gets 200 more than box 2'), a multiple ('half of what boxes 1+2 get'), or an "
                   "equation")  # fmt: skip
        return _Reading(names, shown, asked, problem)
    if len(rows) != len(names):
        problem = (f"the unknowns {members} need {len(names)} equations (a total stated in words counts as one), "
                   f"but {len(rows)} were read: {'; '.join(w for w, _ in shown)}")  # fmt: skip
        return _Reading(names, shown, asked, problem)
    return _Reading(names, shown, asked)


def numbered_system(question: str) -> WordedSystem | None:
    """The linear system of numbered members a question states (see the module's docstring); None when it states
    none, or something keeps it unread (``numbered_shortfall`` says what)."""
    read = _read(question)
    if read is None or read.problem:
        return None
    order = sorted(read.names)
    matrix = [[fraction_text(c.get(i, Fraction(0))) for i in order] for _, c in read.rows]
    rhs = [fraction_text(c[None]) for _, c in read.rows]
    asked = read.names[read.asked] if read.asked is not None else None
    return WordedSystem(matrix, rhs, [read.names[i] for i in order], [w for w, _ in read.rows], asked)


def numbered_shortfall(question: str) -> str | None:
    """Why a system of numbered members cannot be solved as read (a clause about a member no relation reads, a
    member counted but not named, fewer or more equations than members); None when it reads whole, or names no such
    members."""
    read = _read(question)
    return read.problem if read is not None else None


def numbered_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a linear system of numbered members stated in words, read whole."""
    return outscore(scores, "algebra") if numbered_system(text) is not None else 0.0
