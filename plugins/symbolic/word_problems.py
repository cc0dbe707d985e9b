"""Word problems over a function the question defines, as text for the calculus and algebra planners.

- an accumulation over explicit bounds is a definite integral: "v(t) = 3t^2 - 2t m/s. displacement between t=0
  and t=2 s", "flow rate r(t) = 5 + 2t L/min, total volume from t=0 to 10", "work done by F(x) = 3x^2 N from x=1
  to x=4", "area under y = ... from 0 to 3" ("distance" integrates the absolute value), "q(t) = 5 + 2t litres per
  minute. How many litres flow in between t = 0 and t = 10?";
- a change over explicit bounds is a difference f(b) - f(a), never an integral: "How much does the temperature
  T(t) = 20 + 5t - 0.1t^2 rise between t = 0 and t = 10?";
- a value the function reaches is an equation: "V = 500 - 20t (t in min). at what t is V = 140?", "when does h(t)
  reach 0", "find t such that V = 140", the function by a phrase that refers to it: "Crack length grows as a =
  0.5*e^(0.00002*N) mm. At how many cycles N does the crack reach 2 mm?", "when will the volume be 140 L".

A phrase refers to the one function the question defines when it is "it" or "the function", when its head noun is
a word of the clause that introduces the function ("Crack length grows as a = ..." -> "the crack length"), or when the
function's name is one letter and the noun starts with it ("the volume" for V).

Only what the question writes is read: the integrand and both bounds, or the function and the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from plugins.api.prose import FUNCTIONS, NUMBER, ExtractError, blank_spans, math_expression, stated_values_groups
from plugins.api.reasoning import outscore
from plugins.symbolic.calculus_prose import explicit_bounds, sole_bounds
from plugins.symbolic.remarks import MATH_WORDS, drop_remarks, only_units, strip_units

_DEFINITION = re.compile(
    r"(?<![\w.^])(?P<name>[A-Za-z][A-Za-z0-9_]{0,2}|[A-Za-z]{1,3}_[A-Za-z0-9]{1,10})"  # "L_mould": a subscripted name
    r"\s*(?:\(\s*(?P<arg>[A-Za-z])\s*\))?\s*=(?!=)\s*"
)
_WORD_DEFINITION = re.compile(r"(?<![\w.^])(?P<name>[A-Za-z][A-Za-z0-9_]{3,15})\s*=(?!=)\s*")
_INTEGRAL_SIGN = re.compile(r"∫|\\int\b|(?:the\s+)?integral\s+of\b", re.I)  # an integral written after an "="
_STOP_WORDS = re.compile(
    r"\s(?:(?:from|between|for|when|at|where|and|with|over|on|during|until|if|so|is|was|what|find|how|then|which|"
    r"to(?!\s+the\b))\b|w/(?=\s))",  # "w/ x = A·D0": "with"
    re.I,
)
_AFTER_HEAD = re.compile(r"\s(?:of|in|inside|within|at|on)\s.*$", re.I)  # "the volume of water in the tank"
_DETERMINERS = {"the", "its", "their", "this", "that", "our", "my"}
_NOT_NOUNS = {"after", "before", "when", "while", "then", "than", "is", "are", "was", "be", "been", "for", "with", "by",
              "to", "from", "if", "and", "or", "does", "do", "did", "will", "what", "how", "many", "much", "take", "takes"}  # fmt: skip
_TIMES = r"s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|cycles?"
_PER_TIME = re.compile(rf"/\s*(?:{_TIMES})\b|\bper\s+(?:{_TIMES})\b", re.I)  # "L/min", "mm per cycle"
_RATE_CLAUSE = re.compile(r"\b(?:rate|flows?|inflow|outflow|velocity|speed|per)\b", re.I)
_RATE_NOUNS = {"rate", "flow", "flowrate", "inflow", "outflow", "velocity", "speed"}
_GENERIC = {"it", "function", "curve", "graph", "model", "output", "quantity"}
# a phrase of up to seven words, or a function written with its argument: "the crack length", "it", "V(t)", "the
# volume of water in the tank"
_WORD = rf"(?!(?:{'|'.join(sorted(_NOT_NOUNS))})\b)[A-Za-z][\w']*"
PHRASE = rf"(?P<ref>{_WORD}(?:\s*\(\s*[a-z]\s*\))?(?:\s+{_WORD}){{0,6}}?)"
# one-letter variables (not e, E or I, the constants; not a function's name)
_LETTER = re.compile(r"(?<![A-Za-z_])([a-df-zA-DF-HJ-Z])(?![A-Za-z(_])")


@dataclass(frozen=True)
class Definition:
    """A function the question defines: its name, its argument when written ("v(t)"), the body as written
    (remarks and units left out), where the definition starts, and whether it is a rate (units per time, or said
    to be a rate, a flow or a velocity: "inflow r(t) = 5 + 2t L/min"), and the unit written after it ("degC")."""

    name: str
    arg: str | None
    body: str
    start: int
    rate: bool = False
    unit: str = ""

    def letters(self) -> set[str]:
        return set(_LETTER.findall(self.body))

    def named_by(self, phrase: str, question: str, at: int) -> bool:
        """Whether ``phrase`` ("it", "the crack length", "the tank's volume", "V(t)"), written at ``at``, refers to
        this function."""
        words = [w.lower().removesuffix("'s") for w in _AFTER_HEAD.sub("", phrase).split()]
        words = [w for w in words if w not in _DETERMINERS]
        if not words or _NOT_NOUNS & set(words):  # "the crack length after" (1000 cycles) is no noun phrase
            return False
        if re.sub(r"\s+", "", phrase) in {self.name, f"{self.name}({self.arg})"}:
            return True
        if len(self.name) >= 3 and words[-1] == self.name.lower():  # "the monthly profit" of "profit is ..."
            return True
        head = words[-1]
        if self.rate and head not in _RATE_NOUNS:  # "inflow r(t) = ... L/min": "the water", "it" may be its integral
            return False
        if set(words) <= _GENERIC:
            return True
        if len(head) < 3 or not head.isalpha():
            return False
        clause = re.split(r"[.;?!]\s", question[: min(self.start, at)])[-1].lower()  # not the phrase itself
        stem = head[:-1] if head.endswith("s") and len(head) > 3 else head
        return bool(re.search(rf"\b{stem}", clause)) or (len(self.name) == 1 and head[0] == self.name.lower())


def _body(text: str) -> str:
    """The expression after '=': up to the end of its clause (a comma, a full stop, a colon, a question word, or the
    bracket that closes one the definition is written in)."""
    depth, end = 0, len(text)
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        after = text[i + 1 : i + 2]
        if depth < 0:  # "(so N = 240*0.94^t). Solve ...": the bracket around the definition closes it
            end = i
            break
        if depth == 0 and (ch in ",;?!\n=" or (ch in ".:" and (not after or after.isspace()))):
            end = i
            break
    text, rest = text[:end], text
    stop = next((m for m in _STOP_WORDS.finditer(text) if _outside(text, m.start())), None)
    valued = set(_VALUED.findall(rest))  # "... rho A v^3 with rho = 1.225": rho a parameter, not prose
    text = text[: stop.start()] if stop else text
    prose = next(
        (
            m
            for m in _JUXTAPOSED.finditer(text)
            if _is_prose(m["word"]) and m["word"] not in valued and _outside(text, m.start())
        ),
        None,
    )
    text = text[: prose.start()] if prose else text  # "T(t) = 20 + 5t - 0.1t^2 rise between ...": up to "rise"
    dash = next((m for m in _DASHED.finditer(text) if _is_prose(m["word"]) and m["word"] not in valued), None)
    return text[: dash.start()] if dash else text  # "R = c(f-t)/[f(c-t)] — give it as a fraction": up to the dash


# a name the question sets to a number: "rho = 1.225 kg/m^3"
_VALUED = re.compile(rf"(?<![\w.])([A-Za-z]\w*)\s*=\s*{NUMBER}")
# a clause set off by a dash after a formula: "... - give it as a fraction" (a word, then another word)
_DASHED = re.compile(r"\s+-\s+(?P<word>[A-Za-z]{3,})\s+[A-Za-z]")
# a word after a term with no operator between them: "... - 0.1t^2 rise", "... e^(-0.3t) ppm"
_JUXTAPOSED = re.compile(r"(?<=[\w).])\s+(?P<word>[A-Za-z]{3,})\b(?!\s*[-+*/^(=])")


# a square bracket that groups a term of a formula: "c(f-t)/[f(c-t)]" (not a list "[1, 2]" nor a matrix)
_SQUARE = re.compile(r"\[(?P<inner>[^\[\],;]*[A-Za-z][^\[\],;]*)\]")


def round_brackets(body: str) -> str:
    """A formula's square brackets that group a term written as round ones: "c(f-t)/[f(c-t)]" -> "c(f-t)/(f(c-t))"."""
    while (grouped := _SQUARE.sub(r"(\g<inner>)", body)) != body:
        body = grouped
    return body


def _outside(text: str, at: int) -> bool:
    """Whether ``at`` lies outside every bracket of text (a remark "(t in seconds of BOE dip)" is left whole)."""
    return text.count("(", 0, at) <= text.count(")", 0, at)


def _is_prose(word: str) -> bool:
    """Whether a word written after an expression is prose, not a function, a constant or a unit ("per" of "L per
    min" a unit's)."""
    return word.lower() not in MATH_WORDS and word.lower() != "per" and not only_units(word)


def definitions(question: str, names: frozenset[str] = frozenset()) -> list[Definition]:
    """Every "name = expression" and "name(t) = expression" of the question whose expression holds a variable (a
    letter, or one of ``names``: "SG" of "P = 259 - 259/SG"); where there is none, the functions it defines in words
    ("monthly profit is -0.02q^2 + 9q - 400 (k$)")."""
    found = []
    valued = stated_values_groups(question)  # "(ka = 0.5/h, ke = 0.1/h)": values stated beside a formula
    for m in _DEFINITION.finditer(question):
        if m.group("name").lower() in FUNCTIONS or any(a < m.start() < b for a, b in valued):
            continue
        if _unit_identity(question, m.start()):  # "(mA·ms = µC)": how units convert, no function
            continue
        function = _defined(question, m.group("name"), m.group("arg"), m.start(), m.end())
        named = function and names & set(re.findall(r"[A-Za-z]\w*", function.body))
        if function and (_LETTER.search(function.body) or function.arg or named):
            found.append(function)
    if names:  # "area = 12.4*conc + 3.1 ... what conc": a formula named by a longer word, using a name asked
        for m in _WORD_DEFINITION.finditer(question):
            function = _defined(question, m.group("name"), None, m.start(), m.end())
            if function and names & set(re.findall(r"[A-Za-z]\w*", function.body)):
                found.append(function)
    return found or _worded(question)


def _unit_identity(question: str, at: int) -> bool:
    """Whether the equation at ``at`` lies in a bracket that relates units alone: "(mA·ms = µC)", "(1 kW·h = 3.6 MJ)"
    (a prefixed unit also as the scorer's lower case writes it: "µc" of "µC")."""
    start, end = question.rfind("(", 0, at), question.find(")", at)
    if start < 0 or end < 0 or ")" in question[start:at]:
        return False
    tokens = [t for t in re.split(r"[\s=·*/^]+", question[start + 1 : end]) if t and not re.fullmatch(r"[\d.]+", t)]
    return (
        "=" in question[start:end]
        and bool(tokens)
        and all(only_units(t) or only_units(t[:1] + t[1:].upper()) for t in tokens)
    )


def composed(found: list[Definition]) -> list[Definition]:
    """The definitions no other one uses, each with the functions it uses written out in brackets: "R(t) = 95(1 -
    e^(-0.2t)), N(t) = R(t) - 2t" -> [N(t) = (95(1 - e^(-0.2t))) - 2t]. A use must name the function's own argument
    ("R(t)"), or be the bare one-letter name of a formula in one other letter ("I = 9 - 0.0025V^2 ... P = V*I" ->
    [P = V*(9 - 0.0025V^2)]); the definitions are returned as found when one uses another at another point or uses
    itself, or a name is defined twice."""
    uses = {f.name: re.compile(rf"(?<![\w.]){re.escape(f.name)}\s*\(\s*{f.arg}\s*\)") for f in found if f.arg}
    if len({f.name for f in found}) == len(found):  # "P = V*I" of "I = 9 - 0.0025V^2" (I defined once)
        uses |= {f.name: re.compile(rf"(?<![\w.]){re.escape(f.name)}(?![\w(])") for f in found if _inner_letter(f)}
    used = {name for name, use in uses.items() for f in found if f.name != name and use.search(f.body)}
    if not used or any(re.search(rf"(?<![\w.]){re.escape(f.name)}\s*\(", f.body) for f in found):
        return found
    written = {f.name: f.body for f in found}
    for _ in found:  # a chain of uses, written out one level per pass
        for name in used:
            written = {n: uses[name].sub(f"({written[name]})", body) for n, body in written.items()}
    tops = [f for f in found if f.name not in used]
    if any(re.search(rf"(?<![\w.]){re.escape(n)}\s*\(", written[f.name]) for f in tops for n in uses):
        return found  # a use at another point ("R(2t)") stays unread
    return [replace(f, body=written[f.name]) for f in tops]


def _inner_letter(function: Definition) -> bool:
    """Whether a definition without an argument is a one-letter name for a formula of one other letter ("I = 9 -
    0.0025V^2"), which another formula may use by its bare name ("P = V*I")."""
    letters = function.letters()
    return not function.arg and len(function.name) == 1 and len(letters) == 1 and function.name not in letters


def parameter_settings(found: list[Definition]) -> list[Definition]:
    """The definitions that only set a name another definition uses to a number with its unit ("K = 12,000 t" of
    "P(B) = r*B*(1 - B/K)"): parameters of that formula, not functions of their own."""
    return [f for f in found if any(_uses(g, f.name) and _sets_value(f, g) for g in found if g is not f)]


def _sets_value(setting: Definition, user: Definition) -> bool:
    """Whether a definition's body is one number with its unit at most ("12000 t", "0.4"), the unit never a name of
    the formula that uses it (the "t" of "K = 3 t" is a unit only where that formula has no t)."""
    m = re.fullmatch(rf"{NUMBER}(?:\s+(?P<unit>.*))?", setting.body)
    unit = re.sub(r"^/\s*", "", (m and m["unit"]) or "")  # "0.2 /d": a rate per day, its unit "d"
    names = set(re.findall(r"[A-Za-z]\w*", user.body)) | {user.arg}
    return m is not None and (only_units(unit) or re.fullmatch(r"[A-Za-z]+", unit) is not None) and unit not in names


def _uses(function: Definition, name: str) -> bool:
    """Whether the body of ``function`` names ``name`` bare (not called, not part of a longer name)."""
    return re.search(rf"(?<![\w.]){re.escape(name)}(?![\w(])", function.body) is not None


def _glossed(written: str, name: str, arg: str | None) -> str:
    """A body without the units gloss of the function or its variable after it: "12/(1 + e^(-0.08(t - 55))) W in t
    DM/ha" -> "12/(1 + e^(-0.08(t - 55)))", "5(1 - e^(-t)) t in days" (the variable's only after a bracket: "2 t in
    litres" is 2t; never "x in terms of ...")."""
    glossed = rf"(?<=[\w)\]])\s+{re.escape(name)}" + (rf"|(?<=[)\]])\s+{re.escape(arg)}" if arg else "")
    m = re.search(
        rf"(?:{glossed})\s*,?\s+(?:is\s+)?(?:measured\s+|given\s+)?in\s+(?!terms\b)(?=[A-Za-z°µ%$€£])", written
    )
    return written[: m.start()] if m else written


def _defined(question: str, name: str, arg: str | None, start: int, end: int) -> Definition | None:
    """The function whose expression starts at ``end`` (its remarks, units and units gloss left out), or None when
    it is no expression (a list of numbers)."""
    tail = question[end:]
    tail = blank_spans(tail, stated_values_groups(tail))  # "10(e^(-0.1t) - e^(-0.5t)) (ka = 0.5/h)": no body's
    written = drop_remarks(_body(tail)).strip()
    body = round_brackets(strip_units(_glossed(written, name, arg), arg))
    if not body or re.search(r"\d\s+\.?\d", body) or _INTEGRAL_SIGN.match(body):
        return None  # "energy over the first 6 h = ∫ P dt": the integral asked names the function, defines none
    clause = re.split(r"[.;?!]\s", question[:start])[-1]
    rate = bool(_PER_TIME.search(written[len(body) :]) or _RATE_CLAUSE.search(clause))
    return Definition(name, arg, body, start, rate, written[len(body) :].strip())


def defined_at(question: str, name: str, arg: str | None, start: int, end: int) -> Definition | None:
    """The definition of ``name`` whose "=" ends at ``end`` (see ``_defined``), for readers with names of their own."""
    return _defined(question, name, arg, start, end)


# the verbs of a quantity's course in time: "spores fall as 1000 e^(-0.2t)", "the crack grows like 0.5 e^(0.1N)"
_COURSE_VERBS = (
    r"falls?|drops?|decays?|declines?|decreases?|grows?|rises?|increases?|varies|vary|goes|go|evolves?|behaves?|"
    r"changes?|develops?|shrinks?|dies|tapers?"
)
# a function defined in words: "monthly profit is -0.02q^2 + 9q - 400", "the cost equals 20q + 300", "remaining
# oxide follows 850 - 3.4t nm", "the count of spores falls as 1000*e^(-0.2t)", "the dose rate falls off like 40e^(-t)"
_WORDED = re.compile(
    r"(?<![\w'-])(?P<name>[A-Za-z]{3,})\s+(?:is|=|equals|is given by|is modell?ed (?:as|by)|is described by|"
    r"(?:follows|obeys)(?:\s+the\s+(?:law|curve|model))?|"
    rf"(?:{_COURSE_VERBS})(?:\s+(?:off|away|down|up|out))?\s+(?:as|like|according\s+to)"  # "falls off like"
    r"(?:\s+the\s+(?:law|curve|model))?)\s+",
    re.I,
)
_NOT_NAMES = {"what", "which", "that", "this", "there", "here", "where", "when", "answer", "result", "equation",
              "expression", "question", "value", "solution"}  # fmt: skip


# a noun qualified by its variable: "total wait after k retries", "cost for n units", "height at t seconds"
_QUALIFIED = re.compile(r"(?<![\w'-])(?P<noun>[A-Za-z]{3,})\s+(?:after|for|at|over|with|in)\s+[a-z]\s+$", re.I)


def _worded_name(question: str, m: re.Match[str]) -> str:
    """The noun a worded definition names: the word before "is", or the noun its variable qualifies ("total wait
    after k retries is ..." names the wait, not the retries)."""
    qualified = _QUALIFIED.search(question[: m.start("name")])
    return (qualified["noun"] if qualified else m.group("name")).lower()


def _worded(question: str) -> list[Definition]:
    """The functions a noun is said to be: an expression in a variable with an operator, not one side of an
    equation ("the equation is x^2 = 4")."""
    found = []
    for m in _WORDED.finditer(question):
        name = _worded_name(question, m)
        function = None if name in _NOT_NAMES | FUNCTIONS else _defined(question, name, None, m.start(), m.end())
        if function is None or not _LETTER.search(function.body) or not _OPERATION.search(function.body):
            continue
        side = question[m.end() + len(_body(question[m.end() :])) :].lstrip().startswith("=")  # "x^2 = 4"
        if not side and _is_expression(function.body):
            found.append(function)
    return found


_OPERATION = re.compile(r"[\w)]\s*[-+*/^]\s*[-+]?[\w(.]")


def _is_expression(text: str) -> bool:
    """Whether text reads as mathematics (numbers, one-letter variables, functions), no words."""
    try:
        math_expression(text)
    except ExtractError:
        return False
    return True


_DEFINED = re.compile(
    r"\s*(?:the\s+)?(?:curve\s+|graph\s+(?:of\s+)?|function\s+)?(?P<name>[A-Za-z][A-Za-z0-9_]{0,2})\s*"
    r"(?:\(\s*(?P<arg>[A-Za-z])\s*\))?\s*=(?!=)\s*(?P<body>.+)$",
    re.S,
)
_REFERENCE = re.compile(r"\b(?:the|curve|graph|function|of|it|this|that|above|given)\b", re.I)


def function_body(question: str, body: str) -> tuple[str, str | None]:
    """The integrand an integral's text names: "f(x) = x^2 + 1" -> "x^2 + 1" (its units left out, the variable
    "x" returned); "the curve", "it", "f(x)", a noun that refers to it ("the concentration curve" of C(t)) -> the body
    of the one function the question defines."""
    m = _DEFINED.match(body)
    if m:
        return strip_units(m.group("body"), m.group("arg")), m.group("arg")
    rest = re.sub(r"\s+", "", _REFERENCE.sub(" ", body))
    function = _one(definitions(question))
    if function is not None and rest in {"", function.name, f"{function.name}({function.arg})"}:
        return function.body, function.arg
    words = _REFERENCE.sub(" ", body).strip()
    if (
        function is not None
        and re.fullmatch(r"[A-Za-z]{3,}", words)
        and function.named_by(words, question, len(question))
    ):
        return function.body, function.arg  # "the concentration curve" of "the concentration is C(t) = ..."
    if function is not None and function.arg and function.name != function.arg:
        # the function a factor of the integrand: "u*2*pi*r dr" of "u(r) = ..." -> "(2(1 - r^2))*2*pi*r"
        own = re.compile(rf"(?<![\w.]){re.escape(function.name)}(?:\s*\(\s*{function.arg}\s*\))?(?![\w(])")
        if own.search(body):
            return own.sub(lambda _: f"({function.body})", body), function.arg
    return body, None


def names_function(question: str, body: str) -> bool:
    """Whether an integral's text is the one function the question defines ("y = x^2 from ...", "the curve
    from ...", "f from ..."), not an integrand of its own."""
    function = _one(definitions(question))
    if function is None:
        return False
    rest = _REFERENCE.sub(" ", body).strip()
    own = rf"{re.escape(function.name)}\s*(?:\(\s*[A-Za-z]\s*\))?(?![\w^('′\"])"
    if rest == "" or re.match(rf"(?:{own}|(?:from|between|over|on|for)\b)", rest, re.I):
        return True
    lead = _NOUN_LEAD.match(body)  # "the rate, so how much ...", "the rate over the first 10 years"
    words = _REFERENCE.sub(" ", lead["noun"]).split() if lead else []  # "velocity" of "the velocity curve"
    return bool(words) and function.named_by(" ".join(words), question, len(question))


# a noun phrase that opens an integral's text and ends at a clause break or the words of its span
_NOUN_LEAD = re.compile(
    r"\s*(?P<noun>(?:(?:the|its|this)\s+)?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?)"
    r"\s*(?:[,;:?]|\.(?:\s|$)|$|\s+(?:so|and|then|over|from|between|during|for)\b)",
    re.I,
)


_ACCUMULATION = re.compile(
    r"\b(?:displacement|distance|area|work|impulse|total|cumulative|net change|change in|accumulated|accumulates?|volume|"
    r"energy|charge|integral|how far|how much|how many)\b",
    re.I,
)
_NOT_ACCUMULATION = re.compile(
    r"\b(?:average|mean)\s+(?:value|velocity|speed|power|force|height|temperature|of|over)\b|"
    r"\b(?:maximum|minimum|acceleration|slope|derivative|rate of change|peak|limit)\b|"
    r"\b(?:at|when)\s+[a-z]\s*=\s*" + NUMBER + r"(?!\s*(?:to|and)\b)",
    re.I,
)


def inner_formula(body: str, question: str) -> tuple[str, dict[str, str]]:
    """The integrand with each letter the question defines as a formula of one other letter written out in brackets,
    and those formulas by letter: "10^((T - 121.1)/10)" of "T = 110 + 0.6t" -> ("10^(((110 + 0.6t) - 121.1)/10)",
    {"T": "110 + 0.6t"}) (a temperature ramp inside a lethal rate); a letter defined twice is left as it is."""
    found = [d for d in definitions(question) if len(d.name) == 1 and not d.arg]
    inner = {}
    for function in found:
        own = re.compile(rf"(?<![\w.]){re.escape(function.name)}(?![\w(])")
        twice = sum(d.name == function.name for d in found) > 1
        letters = function.letters()
        if len(letters) == 1 and function.name not in letters and not twice and own.search(body):
            inner[function.name] = strip_units(function.body, None)
            body = own.sub(lambda _, f=inner[function.name]: f"({f})", body)
    return body, inner


def _one(found: list[Definition]) -> Definition | None:
    return found[0] if len(found) == 1 else None


# a change of the function itself: "how much does T rise between ...", "the net change in h from ... to ..."
_CHANGE = re.compile(
    r"\b(?:rises?|rose|risen|increase[sd]?|grows?|grew|grown|falls?|fell|fallen|drops?|dropped|decrease[sd]?|"
    r"changes?|changed|climbs?|climbed|cools?|cooled|warms?|warmed|heats?\s+up|gains?|gained|loses|lost)\b",
    re.I,
)
# the words of an integral of the function: its area, the work of a force, the displacement of a velocity
_INTEGRAL_NOUNS = re.compile(
    r"\b(?:displacement|distance|area|work|impulse|accumulated|accumulates?|energy|charge|integral|"
    r"how far)\b",
    re.I,
)


@dataclass(frozen=True)
class Span:
    """The one function a question defines over explicit bounds: its body, variable, bounds, and whether the question
    asks the change of the function itself (f(b) - f(a)), not its integral."""

    body: str
    var: str
    lo: str
    hi: str
    change: bool


def span_parts(question: str, context: str | None = None) -> Span | None:
    """The function the question defines over explicit bounds and what it asks of it: its integral (an
    accumulation: "displacement", "total", "how much is pumped", "how many litres flow in" of a rate) or its
    change ("how much does the temperature T(t) rise between t = 0 and t = 10": a function that is no rate, or the
    rate itself, "how much does the velocity v increase", or the displacement of a position "h(t) = ... m"); None
    when it is neither (the distance a position travels is not read). An ask cut off the question as a closing
    clause is read in ``context``."""
    asks = [m.group().lower() for m in _ACCUMULATION.finditer(question)]
    if not asks and context is not None:  # the ask cut off as a closing clause: "..., how many liters total"
        asks = [m.group().lower() for m in _ACCUMULATION.finditer(context)]
        if _NOT_ACCUMULATION.search(context):
            return None
    bounds = explicit_bounds(question, context)  # t's unit may be in a remark of the whole question, ``context``
    if bounds is None and context is not None and (bounds := sole_bounds(context)) is not None:
        bounds = replace(bounds, start=len(question), end=len(question))  # in a remark: "(integrate 0 to 8)"
    unbounded = question if bounds is None else question[: bounds.start] + question[bounds.end :]
    if not asks or _NOT_ACCUMULATION.search(unbounded) or target_parts(question):
        return None  # ("starting at t = 0" of a window is its bound, no point asked)
    function = _one(definitions(question))
    if function is None or bounds is None:
        return None
    energy = _asks_unit_times_time(question, function)  # "how many kWh" of a power in kW: its integral, no change
    if set(asks) <= {"how many"} and not (function.rate or energy):
        return None  # "how many" counts what a rate adds up to ("how many litres flow in", "how many kWh" of kW)
    written, lo, hi = bounds.var, bounds.lo, bounds.hi
    letters = function.letters()
    var = function.arg or written or (letters.pop() if len(letters) == 1 else None)
    if var is None or (written and written != var) or not letters <= {var}:
        return None
    distance = re.search(r"\bdistance\b|\bhow far\b", question, re.I) and not re.search(
        r"\bdisplacement\b", question, re.I
    )
    if _is_position(question, function) and re.search(r"\b(?:displacement|distance|how far)\b", question, re.I):
        # "h(t) = 50 - 4.9t^2 m. how far does it fall": a position's displacement is h(b) - h(a); the distance it
        # travels (it may turn back) is not read
        return None if distance else Span(function.body, var, lo, hi, True)
    if not energy and _asks_change(question, function):
        return Span(function.body, var, lo, hi, True)
    return Span(f"abs({function.body})" if distance else function.body, var, lo, hi, False)


def _asks_unit_times_time(question: str, function: Definition) -> bool:
    """Whether the question asks "how many" of the function's unit times a time: "how many kWh" of a power in kW,
    "how many kW-h", "how many N*s" of a force in N, "how many amp-hours" of a current in amps, "how many kJ" of a
    power in watts (its integral over time), compared by dimension (or as written, in a lowercased text: "kwh")."""
    unit = function.unit.strip()
    time = r"(?:h|hr|hours?|s|sec|seconds?|min|minutes?)\b"
    written = re.fullmatch(r"[A-Za-z]{1,4}", unit) and re.search(
        rf"\b(?i:how\s+many)\s+{re.escape(unit)}\s*[-*.·]?\s*{time}", question
    )
    rate = _unit_of(unit)
    if written or rate is None:
        return bool(written)
    import sympy.physics.units as u

    from plugins.symbolic.units import dimension

    accumulated = dimension(rate * u.second)
    asked = (_unit_of(m["unit"]) for m in HOW_MANY_UNIT.finditer(question))
    return any(unit is not None and dimension(unit) == accumulated for unit in asked)


# the unit after "how many": "kWh", "amp-hours", "amp hours", "N*s", "kW-h", "watt hours"
HOW_MANY_UNIT = re.compile(
    r"\b(?i:how\s+many)\s+(?P<unit>[A-Za-z]+(?:\s*[-*.·]\s*[A-Za-z]+)?(?:\s+(?i:hours?|seconds?|minutes?))?)\b"
)


def _unit_of(text: str) -> object | None:
    """The sympy unit expression of ``text`` ("amps", "kWh", "amp-hours"), or None when it names no unit; a short
    lowercased symbol is read with one letter raised ("kj" -> "kJ", "mah" -> "mAh": the mode's lowercased text)."""
    from plugins.symbolic.units import UnitError, unit_expression

    if not text or not re.fullmatch(r"[A-Za-z][A-Za-z\s*.·/-]*", text):
        return None
    raised = [text[:i] + text[i].upper() + text[i + 1 :] for i in range(len(text))] if text.islower() else []
    for candidate in [text] + (raised if len(text) <= 4 else []):
        try:
            return unit_expression(candidate)
        except (UnitError, ValueError, TypeError):
            continue
    return None


_LENGTHS = {"m", "mm", "cm", "km", "ft", "in", "mi", "yd", "metre", "metres", "meter", "meters", "foot", "feet",
            "inch", "inches", "mile", "miles"}  # fmt: skip
_POSITION_WORDS = re.compile(r"\b(?:height|position|altitude|elevation|depth|location)\b", re.I)


def _is_position(question: str, function: Definition) -> bool:
    """Whether the function is a position, not a rate: written in a length ("h(t) = 50 - 4.9t^2 m") or introduced as
    a height or position, and asked no area or integral of it."""
    if function.rate or re.search(r"\b(?:area|integral)\b", question, re.I):
        return False
    clause = re.split(r"[.;?!]\s", question[: function.start])[-1]
    return function.unit.lower() in _LENGTHS or bool(_POSITION_WORDS.search(clause))


def _asks_change(question: str, function: Definition) -> bool:
    """Whether the question asks how much the function itself changes: a change word and no integral's word, of a
    function that is no rate, or of a rate the asking sentence names ("how much does the flow rate increase")."""
    change = _asked_change(question)
    if change is None or _INTEGRAL_NOUNS.search(question):
        return False
    if not function.rate:
        return True
    sentence = re.split(r"[.;?!]\s", question[: change.start()])[-1] + question[change.start() :]
    name = rf"(?<![\w.^]){re.escape(function.name)}(?![\w^])"
    rate = r"\b(?:" + "|".join(sorted(_RATE_NOUNS)) + r")\b"
    return bool(re.search(name, sentence) or re.search(rate, sentence, re.I))


def _asked_change(question: str) -> re.Match[str] | None:
    """The first change verb of a sentence that asks an amount ("how much does T rise", "the net change in h"): not
    a word of a hyphenated name ("the climb-cruise segment", "a cool-down phase") nor of a sentence that only
    describes the function ("fuel flow falls off as f(t) = ... kg/h. Total fuel burned ...?")."""
    for sentence in re.finditer(r"(?:[^.;?!]|[.;?!](?!\s))+", question):
        if not _ACCUMULATION.search(sentence.group()):
            continue
        for change in _CHANGE.finditer(question, sentence.start(), sentence.end()):
            hyphenated = question[change.start() - 1 : change.start()] == "-" or question[change.end() :][:1] == "-"
            if not hyphenated:
                return change
    return None


_REACHES = (
    r"(?:=|==|equals?|is equal to|reach(?:es)?|hits?|becomes?|gets? (?:down |up )?to|(?:falls?|drops?|rises?|"
    r"climbs?|grows?|decreases?|increases?|drains?|cools?|decays?|heats? up|fills? up) to|is (?:down |up )?to|is|was|were|be)"
)
_ASKS = re.compile(r"\b(?:when|what|which|find|how long|how many|until|solve|time)\b", re.I)
# a remark after a spaced dash, two words side by side: "... hits 150 - I want the exact t" (not "150 - k t")
_DASH_REMARK = r"\s+-\s+[A-Za-z]+\s+[A-Za-z]{2,}\b(?!\s*[-+*/^(=])"
# one number (not an expression), or zero: "140", "exactly zero"; a percent sign or word after it kept apart ("98%")
_VALUE = (
    rf"(?:(?:exactly|precisely|just)\s+)?"
    rf"(?:(?P<value>{NUMBER})(?![\w^*/(])(?!\.\d)(?!(?!{_DASH_REMARK})\s*[-+*/^]\s*[\w(])(?!\s*,?\s*\d)"
    r"(?P<percent>\s*(?:%|percent\b|per\s?cent\b))?|(?P<zero>zero)\b)"
)
# the people asking as the subject of a value reached: "how long until we reach 98%", "when do you hit 0.9"
_PERSONAL = {"we", "you", "i"}
# the volume at which a profit is zero
_BREAK_EVEN = re.compile(r"\bbreak(?:s|ing)?[- ]?even\b|\bbreakeven\b", re.I)
# the function by a phrase: "does the crack reach 2 mm", "until it drops to 5", "is the volume 140", "will it be 0"
_BY_PHRASE = [
    re.compile(
        rf"\b(?:(?:does|do|did|will|would|until|till|before|once|when|for)\s+|(?:at|for)\s+what\s+[a-z]\s+)+{PHRASE}\s+"
        rf"(?:to\s+)?{_REACHES}\s*{_VALUE}",
        re.I,
    ),
    re.compile(rf"\b(?:is|will)\s+{PHRASE}\s+(?:be\s+)?(?:equal\s+to\s+)?{_VALUE}", re.I),
]
# the variable asked by the value it gives: "which N rate(s) give exactly 9 t/ha", "what dose d yields 50" (the
# function's value, in a question that defines one function)
_GIVES = re.compile(
    rf"\b(?:which|what)(?:\s+[A-Za-z][\w()]*){{1,3}}?\s+(?P<verb>gives?|yields?|produces?|results?\s+in|delivers?)"
    rf"\s+(?:(?:an?|the)\s+(?:[A-Za-z]+\s+){{0,2}}?of\s+)?{_VALUE}",  # "gives a grain yield of 9 t/ha"
    re.I,
)
# an amount left, in the function's unit: "at what t is there 102 nm left", "when do only 102 nm remain"
_LEFT = re.compile(
    rf"(?<![\w.]){_VALUE}\s*(?P<unit>[A-Za-z%][\w/]*)\s+(?:(?:is|are|will\s+be)\s+)?(?:left|remain(?:s|ing)?)\b",
    re.I,
)
# a rate asked, not a value reached: "how fast is it changing when it is 500 L"
RATE_WORDS = re.compile(
    r"\bhow (?:fast|quickly|rapidly)\b|\brate (?:of change|at which)\b|\bwhat rate\b|\binstantaneous rate\b|"
    r"\bslope\b|\bgradient\b|\bderivative\b|\bd[a-z]?/d[a-z]\b",
    re.I,
)


def _settings(question: str, function: Definition) -> list[tuple[int, str, bool, bool]]:
    """(where its subject starts, value, whether that asks by itself, whether the value is written in percent) of
    each place the question sets ``function`` to a value: by its name ("V = 140", "h(t) reaches 0", "profit is
    exactly zero"), or, when it asks no rate, by a phrase that refers to it ("the crack reaches 2"), by the people
    asking when it is the one function the question defines ("how long into the hold do we reach 98% degree of
    cure"), or reaches a value in its unit ("the part reach 60 degC"); a profit's break-even point ("at what q does it
    break even", "the break-even points") sets it to zero and is an ask."""
    name = re.escape(function.name)
    pattern = rf"(?<![\w.^]){name}\s*(?:\(\s*[a-z]\s*\))?\s*{_REACHES}\s*{_VALUE}"
    bounds = explicit_bounds(question)  # "between t = 0 and t = 10" sets no T(t) (the text may be lower case)
    inside = range(bounds.start, bounds.end) if bounds else range(0)
    found = [
        (m.start(), _value(m), False, bool(m["percent"]))
        for m in re.finditer(pattern, question, re.I)
        if m.start() not in inside
    ]
    if not RATE_WORDS.search(question):
        matches = (m for pattern in _BY_PHRASE for m in pattern.finditer(question))
        found += [
            (m.start("ref"), _value(m), False, bool(m["percent"]))
            for m in matches
            if function.named_by(m["ref"], question, m.start("ref"))
            or _in_its_unit(question, m, function)
            or _by_us(question, m["ref"])
        ]
        found += [
            (m.start(), _value(m), False, False)
            for m in _LEFT.finditer(question)
            if m["value"] and function.unit and m["unit"] == function.unit and m.start() > function.start
        ]
        if len(definitions(question)) == 1:  # "which N rate(s) give exactly 9 t/ha": the one function's value
            found += [(m.start("verb"), _value(m), True, bool(m["percent"])) for m in _GIVES.finditer(question)]
    if function.named_by("profit", question, function.start):
        found += [(m.start(), "0", True, False) for m in _BREAK_EVEN.finditer(question)]
    return found


def _by_us(question: str, subject: str) -> bool:
    """Whether the subject of a value reached is the people asking ("do we reach 98%"), in a question that defines
    one function (which, then, is what they reach)."""
    return subject.strip().lower() in _PERSONAL and len(definitions(question)) == 1


def _in_its_unit(question: str, m: re.Match[str], function: Definition) -> bool:
    """Whether the value a phrase reaches is written in the unit of the one function the question defines ("T(t) =
    20 + 80 e^(-0.1t) degC. At what time does the part reach 60 degC?")."""
    if not function.unit or m["value"] is None or len(definitions(question)) != 1:
        return False
    return re.match(rf"\s*{re.escape(function.unit)}(?![\w/^])", question[m.end() :], re.I) is not None


def _value(m: re.Match[str]) -> str:
    """The value a setting writes: its number, or 0 for "zero"."""
    return m["value"] or "0"


@dataclass(frozen=True)
class Target:
    """A function the question defines set to a value it asks about: the expression, the value, the variable, and
    whether the value is written in percent ("reach 98%")."""

    body: str
    value: str
    var: str
    percent: bool = False


# an ask for a time or a count, whose answer is >= 0: "how long", "how many cycles", "when does it reach", "until",
# "after how many", "at what time"
_TIME_OR_COUNT = re.compile(
    r"\bhow\s+long\b|\bhow\s+many\b(?!\s+(?:\w+\s+)?(?:solutions?|roots?|zeros?|answers?|values?)\b)|\bwhen\s+(?:does|do|will|is|would)\b|\buntil\b|\bat\s+what\s+time\b|"
    r"\b(?:cycles?|time|years?|months?|days?|hours?|minutes?)\s+(?:to|until|before|needed|required)\b",
    re.I,
)
# a value written in percent of a share: "80% SOH", "Q/Q0", "retention", "fraction remaining", "capacity ratio"
_SHARE_WORDS = re.compile(
    r"\b(?:SOH|state\s+of\s+health|retention|retained|fraction|share|ratio|remaining)\b|\b[A-Za-z]\w*\s*/\s*[A-Za-z]\w*0\b",
    re.I,
)


def asks_time_or_count(question: str) -> bool:
    """Whether the question asks a time or a count ("how long", "how many cycles", "when does B reach 85"), whose
    value cannot be negative."""
    return _TIME_OR_COUNT.search(question) is not None


def names_share(question: str) -> bool:
    """Whether the question names its quantity as a share of a start ("SOH", "Q/Q0", "retention", "fraction
    remaining"), so that a target in percent is that share as a fraction."""
    return _SHARE_WORDS.search(question) is not None


# exp of minus a product of positive numbers and powers of the variable: "exp(-0.021*t)", "e^(-(t/12.5)^1.8)"
_DECAY = r"(?:exp\(|e\^\()\s*-\s*(?P<inside>[^-+]+)\)"


def fraction_model(expr: str, var: str) -> bool:
    """Whether ``expr`` (math text) is a fraction between 0 and 1 for ``var`` >= 0 by its form: an exponential decay
    "exp(-k*t)" or the approach "1 - exp(-k*t)" to 1, the exponent minus a product of positive numbers and powers of
    ``var`` ("0.021*t", "(t/12.5)^1.8")."""
    m = re.fullmatch(rf"(?:1\s*-\s*)?{_DECAY}", expr.strip())
    if not m:
        return False
    inside = m["inside"]
    names = set(re.findall(r"[A-Za-z_]\w*", inside))
    return (
        names == {var} and inside.count("(") == inside.count(")") and re.fullmatch(r"[\w.*/^()\s]+", inside) is not None
    )


def target_parts(question: str) -> Target | None:
    """The target of "V = 500 - 20t ... at what t is V = 140?", "profit is -0.02q^2 + 9q - 400. At what volumes q is
    profit exactly zero?": the function the question defines set to a value it asks about; None when it asks
    nothing of the kind."""
    for function in definitions(question):
        for start, value, percent in asked_settings(question, function):
            sentence = re.split(r"[.;?!]\s", question[:start])[-1]
            var = _asked_next(question, start) or _asked_variable(sentence, function)
            var = var if var in function.letters() | {function.arg} else None
            if var:
                return Target(function.body, value, var, percent)
    return None


def asked_settings(question: str, function: Definition) -> list[tuple[int, str, bool]]:
    """(where its subject starts, value, whether written in percent) of each value the question asks ``function``
    to reach, in a sentence that asks ("when", "how long", "until", "time"; see ``_settings``)."""
    found = []
    for start, value, asks, percent in _settings(question, function):
        sentence = re.split(r"[.;?!]\s", question[:start])[-1]
        asked = asks or _ASKS.search(sentence) or _asked_next(question, start) is not None
        if start != function.start and (asked or _asked_after(question, start)):
            found.append((start, value, percent))
    return found


# an ask that follows a setting in its own sentence, after a dash or comma: "total wait was 6300 ms - how many k?"
_ASK_AFTER = re.compile(
    r"^[^.;?!]*?(?:\s-\s|,)\s*(?:so\s+|then\s+)?(?:how many|how long|what|which|when|find|solve)\b", re.I
)


def _asked_after(question: str, start: int) -> bool:
    """Whether the sentence holding the setting at ``start`` goes on to ask, after a dash or a comma ("if the wait
    was 6300 ms, how many retries k?")."""
    return _ASK_AFTER.search(question[start:]) is not None


# a last sentence that only asks for a letter: "Solve for t (exact).", "Find t.", "What is t?"
_BARE_ASK = re.compile(
    r"\s*(?:solve\s+for|find|determine|calculate|compute|what\s+is|what's)\s+(?:the\s+value\s+of\s+)?"
    r"(?P<var>[A-Za-z])(?![\w'(])\s*(?:\((?:exact(?:ly)?|in\s+[a-z]+)\))?\s*[.?!]?\s*",
    re.I,
)


def _asked_next(question: str, start: int) -> str | None:
    """The letter a bare last sentence asks for ("... once slump hits 100 mm. Solve for t (exact).") when the sentence
    holding the setting at ``start`` is a condition ("once", "when", "until", ...) followed by that one ask; None
    otherwise."""
    rest = re.search(r"[.;?!]\s", question[start:])
    if rest is None:
        return None
    condition = re.split(r"[.;?!]\s", question[:start])[-1] + question[start : start + rest.start()]
    if not re.search(r"\b(?:once|when|whenever|until|till|as\s+soon\s+as|by\s+the\s+time)\b", condition, re.I):
        return None
    ask = _BARE_ASK.fullmatch(question, start + rest.end())
    return ask["var"] if ask else None


# two curves of one quantity set equal: "where do the curves cross", "the operating point", "where do they intersect",
# "where the pump curve meets the system curve", "at what Q are the two heads equal"
_CROSSING = re.compile(
    r"\b(?:cross(?:es|ing)?|intersect(?:s|ion)?|meet(?:s|ing)?|operating\s+point|(?:are|is|be|become)\s+equal"
    r"|are\s+(?:the\s+)?(?:two\s+|2\s+|both\s+)?[a-z]+\s+equal)\b",
    re.I,
)


def crossing_parts(question: str) -> tuple[str, str, str] | None:
    """(left, right, variable) of "pump curve H = 60 - 0.004Q^2, system curve H = 20 + 0.006Q^2 ... what flow Q do
    the curves cross at?": the two expressions the question gives one quantity, to be set equal, in the one variable
    they hold (or the one the ask names); None when it defines no such pair or asks no crossing."""
    found = definitions(question)
    if len(found) != 2 or found[0].name != found[1].name or not _CROSSING.search(question):
        return None
    first, second = found
    letters = first.letters() | second.letters()
    if first.arg != second.arg or first.body == second.body:
        return None
    var = first.arg if first.arg in letters else None
    if var is None:
        asked = re.search(r"\b(?:what|which|find)\s+(?:[a-z]{2,}\s+){0,4}?([A-Za-z])(?![\w'(])", question, re.I)
        named = asked.group(1) if asked and asked.group(1) in letters else None
        var = named or (next(iter(letters)) if len(letters) == 1 else None)
    return (first.body, second.body, var) if var else None


def _asked_variable(sentence: str, function: Definition) -> str | None:
    """The function's variable the ask names ("at what t", "at what volumes q", "find the value of x"), else its
    argument or its one letter; None when the ask names another letter."""
    letters = function.letters() | ({function.arg} if function.arg else set())
    asked = re.search(r"\b(?:what|which|find)\s+(?:[a-z]{2,}\s+){0,4}?([a-z])(?![\w'(])", sentence, re.I)
    if asked and asked.group(1) in letters:
        return asked.group(1)
    if asked and asked.group(1).lower() not in {"a", "i"}:
        return None
    own = function.letters()
    return function.arg or (own.pop() if len(own) == 1 else None)


def accumulation_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for calculus: a defined function accumulated, or its change asked, over explicit bounds."""
    return outscore(scores, "calculus") if span_parts(text) else 0.0


def target_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a defined function set to a value the question asks about."""
    return outscore(scores, "algebra") if target_parts(text) or crossing_parts(text) else 0.0
