"""The minimum or maximum of a function the question defines, asked as the argument that gives it, as text.

"Energy per batch ... is E(v) = 0.02v³ + 800/v. What v (v > 0) gives the minimum E?": the one function of one
variable the question defines ("E(v) = ...", or "Y = 4000 + 30N - 0.12N^2" with one letter), one kind of extreme
(minimum or maximum words, never both; "optimum" alone leaves the kind to the critical point found), the argument
asked ("what v", "which N rate", "at what v", "the N rate that maximises yield", "the optimum N rate", and of a
time t "at what time", "when", "how long after") and its domain ("v > 0", "positive v"; v >= 0; a time t asked
"when" is >= 0). An interval with two ends ("0 < v < 10",
"on [0, 5]") is not read: its ends may hold the extreme. The extreme of the function's rate, "at what time t is the
growth rate dN/dt at its maximum" (dN/dt or N' written in the sentence that asks the extreme), is the extreme of f'.
Only text is cut here; the planner solves f'(v) = 0 (f''(v) = 0 for the rate) and the audit checks the kind of the
critical point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import FUNCTIONS, plain_text
from plugins.symbolic.economic_optimum import profit_body
from plugins.symbolic.evaluate_prose import per_unit_values, settings, stated_parameters
from plugins.symbolic.parameters import joined_subscripts
from plugins.symbolic.units import UnitError, dimension, unit_expression
from plugins.symbolic.word_problems import Definition, composed, definitions, parameter_settings

# shop-floor verbs of an extreme: "maxed out", "maxes out", "tops out", "bottoms out", "bottomed out", and "max" as a
# verb of its own ("what h maxes A?", "the dose maxing the response")
_MAX_OUT = r"max(?:es|ed)\s+out|top(?:s|ped)?\s+out|max(?:es|ed|ing)"
_MIN_OUT = r"bottom(?:s|ed)?\s+out"
_OUT = f"{_MAX_OUT}|{_MIN_OUT}"
_MIN = rf"minimum|minimi[sz](?:e|es|ed|ing)|minimal|smallest|lowest|least|{_MIN_OUT}"
_FASTEST = r"fastest|quickest|most\s+rapid(?:ly)?"  # a rate's maximum: "when does W grow fastest"
_MAX = (
    rf"maximum|max|maximi[sz](?:e|es|ed|ing)|maximal|largest|highest|greatest|peak(?:s|ed|ing)?|{_MAX_OUT}|{_FASTEST}"
)
_OPTIMUM = r"optimum|optimal|optimi[sz](?:e|es|ed|ing)"
_KINDS = re.compile(rf"\b(?:(?P<min>{_MIN})|(?P<max>{_MAX})|(?P<opt>{_OPTIMUM}))\b", re.I)
# a root's ask beside the extreme's words: "where is it zero", "the roots", "break even"
_ROOT_WORDS = re.compile(
    r"\b(?:zero|zeros|zeroes|roots?|solve|solutions?|break[- ]?even)\b|(?<![<>!=])=\s*0(?![\d.])"
    r"|\b(?:is|be|equals?|reach(?:es)?|hits?|cross(?:es)?)\s+(?:[A-Za-z]\w*\s+)?0(?![\d.])",  # "is P zero" -> "is P 0"
    re.I,
)
# the time of an extreme asked: "at what time", "when", "how long after", "the time of peak concentration", "the time
# to (reach the) maximum", "the time at which", "the peak time"
_TIME_ASK = (
    r"\bat\s+what\s+(?:time|moment|instant)\b|\bwhen\b|\bhow\s+long\s+(?:after|until|before|does|will)\b"
    rf"|\btimes?\s+(?:of|to)\s+(?:reach\s+)?(?:the\s+|its\s+)?(?:{_MIN}|{_MAX})\b|\btime\s+at\s+which\b"
    rf"|\b(?:{_MIN}|{_MAX})\s+time\b"
)
# the extreme's value asked: "what is the maximum output P", "what peak temperature does the model predict", "find
# the minimum cost", "how high does it peak", "the max value of f"
_VALUE_ASK = re.compile(
    rf"\b(?:what|find|give|compute|calculate|determine|estimate|predict)\b[^.?;:]{{0,40}}?\b(?:{_MIN}|{_MAX})\b"
    rf"|\bhow\s+(?:high|low|large|big|small)\b|\b(?:{_MIN}|{_MAX})\s+(?:value\s+)?of\b",
    re.I,
)
_UNIT = r"[A-Za-zµ°][\w·*/^µ°²³-]*"
_LETTERS = re.compile(r"(?<![A-Za-z_])[A-Za-z](?![A-Za-z_(])")


@dataclass(frozen=True)
class Extremum:
    """The function's body, its variable, the kind asked ("minimum" or "maximum") and the solve domain ("real",
    "positive", "nonnegative")."""

    body: str
    var: str
    kind: str
    domain: str
    value: bool = False  # the function's value there is asked, not the argument
    rate: bool = False  # the extreme is the function's first derivative's ("when is dN/dt at its maximum")
    local: bool = False  # a local (relative) extreme asked: "at what t does A have its local minimum"


def extremum_parts(question: str) -> Extremum | None:
    """The extreme the question asks of its one defined function, by the argument that gives it or by its value ("what
    is the maximum output P", ``value``); None when it asks none. Raises ValueError when it asks one that is not read
    safely (an interval with ends, a function of other names too)."""
    text = joined_subscripts(plain_text(question))  # "(k_1 L_0)/... with k1 = 0.2": one name k1
    kinds = _kinds(text)
    defined = definitions(text)
    settings = parameter_settings(defined)  # "K = 12,000 t" of "P(B) = r*B*(1 - B/K)": a parameter's value
    functions = composed([d for d in defined if d not in settings])  # "N(t) = R(t) - 2t", "P = V*I" of "I = 9 - V^2"
    found = [d for d in functions if d.arg or len(_free_letters(d, text)) == 1]  # "P = rB(1 - B/K), r = 0.4, K = 50"
    if len(found) > 1:  # "sold ≈ 600 − 40p ... profit is (p − 4.50)(600 − 40p). What p gives the maximum profit?"
        found = _named_extreme(text, found)
    if len(found) == 1 and (economic := _economic(text, found[0])):  # "N costs $0.60/lb ... economic optimum N rate"
        return economic
    if len(kinds) != 1 or len(found) != 1:
        return None
    function = found[0]
    var = function.arg or next(iter(_free_letters(function, text)))
    rest = text[: function.start] + " " + text[function.start + len(function.name) :].replace(function.body, " ", 1)
    body = _valued(function.body, var, text)  # "with r = 0.4 /yr and K = 12,000 t": the parameters' values
    if _bound_on_other_name(rest, body, var):
        return None  # "the largest residual SD sigma we can tolerate" of LOQ = 10sigma/S: a bound solved for sigma
    asks_arg = _asks_argument(rest, var)
    if asks_arg is None:
        raise ValueError(f"'at what value/level' may ask the {var} that gives the extreme or the extreme's value: ask "
                         f"'at what {var}' or 'what is the maximum'")  # fmt: skip
    asks_value = not asks_arg and _VALUE_ASK.search(rest) is not None
    if not (asks_arg or asks_value):
        return None
    if _ROOT_WORDS.search(_other_settings_blanked(rest, function.name, var)):
        raise ValueError(f"this asks both an extreme and a root of {function.name}: ask one at a time")
    if {c for c in _LETTERS.findall(body) if c not in "eE"} != {var}:
        raise ValueError(f"the {kinds.pop()} needs a function of {var} alone: give a value for each other name")
    domain = _domain(rest, var)
    timed = var == "t" and re.search(_TIME_ASK, rest, re.I)
    objective = _objective(rest, function.name, var, body)
    body = objective[0] if objective else body
    if asks_value and objective and not _asks_value_of(rest, objective[1]):
        raise ValueError(f"the value of the extreme of {body} is not read: ask which {var} gives it")
    rate = not objective and (_asks_rate(rest, function.name, var) or _rate_in_words(rest, function))
    if domain == "real" and (timed or _measured(rest, var) or _glossed(rest, var)):
        domain = "nonnegative"
    local = _LOCAL.search(text) is not None
    return Extremum(body, var, kinds.pop(), domain, asks_value, rate, local)


def _other_settings_blanked(text: str, name: str, var: str) -> str:
    """``text`` without the settings of names other than the function's and its variable's ("initial deficit D0 = 0"
    of D(t)): a parameter's or an initial value's 0 asks no root, "D = 0" or "where is D 0" does."""
    for m in reversed(settings(text)):
        if m["name"] not in {name, var}:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# the noun phrase after an extreme's word: "the maximum weekly profit", "the lowest cost per part"
_EXTREME_NOUN = re.compile(rf"\b(?:{_MIN}|{_MAX})\s+(?P<noun>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){{0,2}})", re.I)


def _named_extreme(text: str, found: list[Definition]) -> list[Definition]:
    """The definitions of ``found`` that the noun after an extreme's word names ("profit" of "the maximum weekly
    profit", of "profit is (p - 4.50)(600 - 40p)"), each once, by the longest phrase that names one ("weekly
    profit" before "weekly"); all of ``found`` when that noun names none."""
    named: list[Definition] = []
    for m in _EXTREME_NOUN.finditer(text):
        words = m["noun"].split()
        for k in range(len(words), 0, -1):  # "profit per week", "profit per", "profit"
            those = [f for f in found if f.named_by(" ".join(words[:k]), text, m.start("noun"))]
            if those:
                named += [f for f in those if f not in named]
                break
    return named or found


def _economic(text: str, function: Definition) -> Extremum | None:
    """The maximum profit of an input rate ``function``'s variable: the response less the price ratio times the
    input (see ``profit_body``), over rates >= 0; None when the question asks no economic optimum with its prices."""
    var = function.arg or next(iter(function.letters()))
    body = profit_body(text, function.body, var)
    return Extremum(body, var, "maximum", "nonnegative") if body else None


# "its local minimum", "a relative maximum", "local max", "the local minima"
_LOCAL = re.compile(rf"\b(?:local|relative)\s+(?:{_MIN}|{_MAX}|minima|maxima|extremum|extreme)\b", re.I)
# dimensions a measured amount never takes below zero: a time, a length, a mass, a speed, a rate per time
_NONNEGATIVE = {"time", "length", "mass", "length*time^-1", "time^-1"}


def _valued(body: str, var: str, text: str) -> str:
    """``body`` with each name other than ``var`` that the text sets to one number ("with r = 0.4 /yr and K = 12,000
    t") written as that number; names without a value stay (the caller declines them). ValueError when a name is
    given two values or values in units to convert first."""
    return stated_parameters(body, var, per_unit_values(text, frozenset(_LETTERS.findall(body))))


def _free_letters(function: Definition, text: str) -> set[str]:
    """The one-letter names of a function's body that the text gives no value ("B" of "P = r*B*(1 - B/K) with r =
    0.4 and K = 12000"); all of them where the values cannot be read."""
    try:
        return set(_LETTERS.findall(_valued(function.body, "", text))) - {"e", "E"}
    except ValueError:
        return function.letters()


# a variable glossed as an amount that is never negative: "T = removal interval in FH", "T is the replacement
# interval", "Q = order quantity", "the inspection interval T", "at what voltage V" (a source's or panel's operating
# voltage, whose power V*I is asked)
_AMOUNT_NOUNS = (
    r"intervals?|time|periods?|durations?|lifetimes?|ages?|lengths?|widths?|heights?|depths?|thickness|radius|"
    r"diameters?|distances?|quantity|quantities|lot\s+sizes?|batch\s+sizes?|order\s+sizes?|speeds?|voltages?"
)


def _glossed(text: str, var: str) -> bool:
    """Whether the text glosses ``var`` as an amount that is never negative, a time, an interval, a length or a
    quantity: "T = removal interval in FH", "T is the replacement interval", "the order quantity Q"."""
    own = rf"(?<![\w.]){re.escape(var)}(?![\w(])"
    gloss = (
        rf"{own}\s*(?:=|:|\bis\b|\bdenotes\b|\bbeing\b)\s*(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){{0,2}}?"
        rf"(?:{_AMOUNT_NOUNS})\b"
    )
    named = rf"\b(?:{_AMOUNT_NOUNS})\s+{own}"
    return re.search(gloss, text) is not None or re.search(named, text) is not None


def _measured(text: str, var: str) -> bool:
    """Whether the text gives ``var`` a unit of an amount that is never negative ("t in weeks", "x in mm", "v in
    knots", "v in blisters/min": a count per time unit): a time, a length, a mass, a speed or a rate. A temperature
    or a unit the registry does not read leaves the sign open."""
    m = re.search(rf"(?<![\w.]){re.escape(var)}\s*(?:,\s*)?(?:is\s+)?(?:measured\s+|given\s+)?in\s+(?P<unit>{_UNIT})",
                  text)  # fmt: skip
    if m is None:
        return False
    unit = m["unit"].rstrip(".,;:)-")
    top, _, bottom = unit.partition("/")
    return any(_dimension(u) in _NONNEGATIVE for u in (unit, f"1/{bottom}" if bottom and top.isalpha() else ""))


def _dimension(unit: str) -> str | None:
    """The base dimension of a unit as the registry reads it; None for none or one it does not know."""
    if not unit:
        return None
    try:
        return dimension(unit_expression(unit))
    except (UnitError, ValueError, AttributeError, KeyError, TypeError):
        return None


def _asks_value_of(rest: str, kind: tuple[int, int]) -> bool:
    """Whether an ask of an extreme's value ("what's the peak power", "find the maximum of v*F") holds the extreme's
    word at ``kind``, the one the objective is attached to: its value is the objective's."""
    return any(m.start() <= kind[0] < m.end() for m in _VALUE_ASK.finditer(rest))


def _asks_rate(rest: str, name: str, var: str) -> bool:
    """Whether the sentence that asks the extreme asks it of the function's first derivative, written dN/dt,
    dN(t)/dt or N'(t): "at what time t is the growth rate dN/dt at its maximum"."""
    rate = (
        rf"(?<![A-Za-z])d\s*{re.escape(name)}\s*(?:\(\s*{var}\s*\))?\s*/\s*d\s*{var}(?![A-Za-z0-9])"
        rf"|(?<![\w.]){re.escape(name)}\s*['′](?!['′])"
    )
    sentences = re.split(r"(?<=[.?!;])\s+", rest)
    return any(_KINDS.search(sentence) and re.search(rate, sentence) for sentence in sentences)


# the rate of a quantity named in words beside an extreme: "the maximum crop growth rate", "the peak rate", "the
# maximum rate of increase", "grows fastest" (not "which N rate gives the maximum yield": a rate of its own)
_RATE_WORDS = re.compile(
    r"\b(?:growth|increase|change|rise|gain|uptake|accumulation|production|decline|decrease|loss)\s+rate\b"
    r"|\brate\s+of\s+(?:increase|growth|change|rise|gain|uptake|accumulation|production|decline|decrease|loss)\b"
    rf"|\b(?:{_MAX}|{_MIN})\s+rate\b|\b(?:{_FASTEST})\b",
    re.I,
)


def _rate_in_words(rest: str, function: Definition) -> bool:
    """Whether the sentence that asks the extreme names the rate of a function that is no rate itself ("W(t) = 12/(1 +
    e^(-0.08(t - 55))) ... the maximum crop growth rate": the extreme of W'); a function defined as a rate ("uptake
    rate u(t) = ...", "... kg/ha per day") is its own rate's extreme."""
    if function.rate:
        return False
    sentences = re.split(r"(?<=[.?!;])\s+", rest)
    return any(_KINDS.search(sentence) and _RATE_WORDS.search(sentence) for sentence in sentences)


def _bound_on_other_name(rest: str, body: str, var: str) -> bool:
    """Whether the extreme asked ("the largest residual SD sigma we can tolerate") describes a name of the body other
    than its variable, a word such as "sigma" or "Km": the most that name may be under a bound on the formula, which
    the formula solved for that name answers, not an extreme of the formula over its variable."""
    names = {w for w in re.findall(r"(?<![A-Za-z_])[A-Za-z]\w*", body) if w.lower() not in FUNCTIONS | {"e", "pi"}}
    others = "|".join(re.escape(n) for n in sorted(names - {var}, key=len, reverse=True))
    if not others:
        return False
    adjective = r"largest|highest|greatest|maximum|max|smallest|lowest|least|minimum"  # not "maximizes Q*H"
    pattern = rf"\b(?:{adjective})\s+(?:[A-Za-z][\w-]*\s+){{0,4}}?(?:{others})\b(?!\s*[-+*/^])"
    return re.search(pattern, rest, re.I) is not None


_EXPR = r"[\w().^]+(?:\s*[-+*/]\s*[\w().^]+)*"
# the quantity the extreme is asked of: "maximizes Q*H", "minimises the product t*C", "the maximum of v*F(v)", "makes
# Q*H a maximum", "maximizes hydraulic power" (a quantity the question states as an expression elsewhere)
_OBJECTIVE = (
    re.compile(
        rf"\b(?:{_MIN}|{_MAX})\s+(?:of\s+)?(?:the\s+(?:product|quantity|expression|value\s+of)\s+)?(?P<obj>{_EXPR})",
        re.I,
    ),
    re.compile(rf"(?P<obj>{_EXPR})\s+(?:(?:is|a|its|at|reaches)\s+)*(?:{_MIN}|{_MAX})\b", re.I),
    # a noun phrase naming the expression: "maximizes weekly revenue p*q", "the peak hydraulic power Q*H"
    re.compile(rf"\b(?:{_MIN}|{_MAX})\s+(?:the\s+|its\s+)?(?:[A-Za-z]{{3,}}\s+){{1,3}}(?P<obj>{_EXPR})", re.I),
    # a noun phrase and its expression in brackets after it: "maximises the return over fertiliser cost (200*Y -
    # 1.2*N)", "minimizes total cost (C + 3*t)"
    re.compile(
        rf"\b(?:{_MIN}|{_MAX})\s+(?:the\s+|its\s+)?(?:[A-Za-z][\w-]*\s+){{1,5}}\(\s*(?P<obj>{_EXPR})\s*\)", re.I
    ),
)
# the noun after the extreme's word: "maximizes the hydraulic power" -> "power"
_NAMED_QUANTITY = re.compile(
    rf"\b(?:{_MIN}|{_MAX})\s+(?:the\s+|its\s+)?(?P<words>[A-Za-z]+(?:\s+[A-Za-z]+){{0,2}})", re.I
)
# a quantity stated as an expression: "hydraulic power is proportional to the product Q*H", "power P = Q*H"
_STATED_AS = (
    r"\s+(?:is(?:\s+(?:proportional\s+to|given\s+by|equal\s+to))?|equals|goes\s+(?:like|as)|=|∝)\s+"
    r"(?:the\s+product\s+)?"
)


def _objective(rest: str, name: str, var: str, body: str) -> tuple[str, tuple[int, int]] | None:
    """The expression of the defined function that the extreme is asked of, with the function written out, and the
    span of the extreme's word it is attached to: "the flow Q > 0 that maximizes Q*H" of H(Q) = 45 - 0.002Q^2 ->
    "Q*(45 - 0.002Q^2)" (also "maximizes hydraulic power" where "hydraulic power is proportional to Q*H", "maximizes
    weekly revenue p*q", "the peak power" where "Power is F*v"); None when the extreme is asked of the function itself
    ("maximises H", "the maximum head"). Raises ValueError for an expression of other names too, or when the text
    combines the function with other factors and the extreme's quantity is not read."""
    own = rf"(?<![A-Za-z_]){re.escape(name)}(?:\(\s*{var}\s*\))?(?![A-Za-z_(])"
    written = [(m["obj"], _kind_span(m)) for pattern in _OBJECTIVE for m in pattern.finditer(rest)]
    for m in _NAMED_QUANTITY.finditer(rest):  # "maximizes the hydraulic power": the expression stated for "power"
        for word in (w for w in m["words"].split() if len(w) >= 3):
            stated = re.search(rf"\b{word}(?:\s+[A-Za-z]\b)?{_STATED_AS}(?P<obj>{_EXPR})", rest, re.I)
            written += [(stated["obj"], _kind_span(m))] if stated else []
    for expr, span in ((w.rstrip("."), span) for w, span in written):
        if re.search(own, expr) and not re.fullmatch(own, expr):
            return _written_out(expr, own, name, var, body), span
    if re.search(rf"[\w)]\s*[*/]\s*{own}|{own}\s*[*/]\s*[\w(]", rest):
        raise ValueError(f"the extreme's quantity is not read: write the expression of {name} it is asked of right "
                         f"after the word, e.g. 'which {var} maximizes {var}*{name}'")  # fmt: skip
    return None


def _kind_span(m: re.Match[str]) -> tuple[int, int]:
    """The span in the text of the extreme's word of a match (the first one outside the group ``obj``, if any)."""
    for k in _KINDS.finditer(m.string, m.start(), m.end()):
        if "obj" not in m.re.groupindex or not m.start("obj") <= k.start() < m.end("obj"):
            return k.span()
    return m.span()


def _written_out(written: str, own: str, name: str, var: str, body: str) -> str:
    """An expression of the function with the function's body in brackets in place of its name; ValueError when
    other names remain."""
    expr = re.sub(own, f"({body})", written)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", expr)} - FUNCTIONS - {"pi"}
    if words or {c for c in _LETTERS.findall(expr) if c not in "eE"} != {var}:
        raise ValueError(f"the extreme of {written} needs an expression of {var} and {name} alone")
    return expr


# a scale in percent of an extreme, a unit and no extreme asked: "E in % of max effect", "percent of maximum", "a
# fraction of the peak value"
_SHARE_OF_EXTREME = re.compile(
    rf"(?:%|\bper\s?cent|\bpercentage|\bfraction|\bshare)\s+of\s+(?:the\s+|its\s+)?(?:{_MIN}|{_MAX})\b", re.I
)


def _kinds(text: str) -> set[str]:
    """The kinds of extreme the text names: "minimum", "maximum", or "optimum" when it names neither (a scale in
    percent of one, "E in % of max effect", names none)."""
    text = _SHARE_OF_EXTREME.sub(" ", text)
    found = {name for m in _KINDS.finditer(text) for name in ("min", "max", "opt") if m[name]}
    named = {"minimum" if name == "min" else "maximum" for name in found - {"opt"}}
    return named or ({"optimum"} if found else set())


# the argument asked by a noun of its own: "at what nitrogen rate is yield maximised", "what N rate gives the maximum
# yield", "which speed minimises cost", "the feed rate that maximises output", "how much nitrogen should we apply"
_NOUN = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?"
_AUX = r"is|are|was|were|does|do|did|will|would|can|could|should|must|might|it|we|they|you"
_GIVES = rf"gives?|yields?|produces?|maximi|minimi|optimi|{_OUT}|results?\s+in|leads?\s+to|achieves?|delivers?|brings?"
_ARGUMENT_NOUN = (
    rf"\bat\s+(?:what|which)\s+(?P<at>{_NOUN})\s+(?:{_AUX})\b",
    rf"\b(?:what|which)\s+(?!(?:{_AUX})\b)(?P<noun>{_NOUN})\s+(?:{_GIVES})",
    rf"\b(?:the|a|an)\s+(?P<the>{_NOUN})\s+(?:that|which)\s+(?:{_GIVES}|is\s+(?:optimum|optimal))",
    rf"\bhow\s+much\s+(?P<much>{_NOUN})\s+(?:should|must|to|do|does|gives?|maximi|minimi)\b",
)
# a noun that may name the extreme's value as well as its argument: "at what level does the temperature peak"
_VALUE_NOUNS = {"value", "level", "height", "amount", "magnitude", "size"}


def _asks_argument(rest: str, var: str) -> bool | None:
    """Whether the text (the question less the function) asks the argument ``var`` that gives the extreme: "what v",
    "which N rate", "at what v", "the N rate that maximises", "the optimum N rate", "N_opt", "which residence time t",
    a noun of its own ("at what nitrogen rate is yield maximised", "what feed rate gives the maximum output", "the
    speed that minimises cost", "how much nitrogen should we apply"); of a time t also "at what time", "when", "how
    long after". None when "at what value" or "at what level" alone may ask either."""
    own = rf"{var}(?![\w(])"
    patterns = [
        rf"\b(?:what|wat|which)\s+(?:value\s+of\s+|[a-z]+\s+(?:[a-z]+\s+)?)?{own}",  # "which residence time t", "wat v"
        rf"\bat\s+what\s+{own}",
        rf"\b(?:the|a)\s+(?:[a-z]+\s+){{0,2}}{own}\s+(?:at|for)\s+which\b",  # "the t at which N'(t) is maximal"
        rf"\b(?:the|a|an)\s+(?:[a-z]+\s+){{0,2}}{own}(?:\s*>=?\s*0)?(?:\s+[a-z]+){{0,2}}?\s+(?:that|which)\s+(?:gives|yields|produces|maximi|minimi|"
        rf"optimi|is\s+(?:optimum|optimal))",
        rf"\b(?:{_OPTIMUM})\s+{own}",
        rf"(?<![\w.]){var}_?(?:opt|max|min)\b",
    ]
    if var == "t":
        patterns.append(_TIME_ASK)
    if any(re.search(pattern, rest, re.I) for pattern in patterns):
        return True
    nouns = [next(n for n in m.groups() if n) for p in _ARGUMENT_NOUN for m in re.finditer(p, rest, re.I)]
    nouns = [n for n in nouns if not _KINDS.search(n)]  # "what maximum yield ...", "the lowest cost that ..."
    if any(n.lower() in _VALUE_NOUNS for n in nouns):
        return None
    return bool(nouns)


def asks_extreme(question: str) -> bool:
    """Whether the question asks a maximum, minimum, optimum or peak and no root or zero: such a question is never
    answered by solving f = 0."""
    text = plain_text(question)
    return bool(_kinds(text)) and not _ROOT_WORDS.search(text)


def _domain(text: str, var: str) -> str:
    """The solve domain the question states for ``var``: "v > 0", "(v > 0)", "positive v"; raises ValueError for
    an interval with ends ("0 < v < 10", "on [0, 5]", "between 1 and 5"; not "the interval between runs")."""
    if re.search(rf"\d\s*<=?\s*{var}\s*<|\[\s*[-\d.]+\s*,|\bbetween\s+(?:{var}\s*=\s*)?[-+\d.]", text):
        raise ValueError("an extreme on an interval with ends is not read: its ends may hold it; ask for the "
                         f"critical point of the function ('what {var} > 0 gives the minimum')")  # fmt: skip
    if re.search(rf"\b{var}\s*>=\s*0\b|\bnon-?negative\s+{var}\b", text):
        return "nonnegative"
    if re.search(rf"\b{var}\s*>\s*0\b|\bpositive\s+{var}\b", text):
        return "positive"
    return "real"


def extremum_score(text: str) -> bool:
    """Whether the text asks the argument of a defined function's minimum or maximum (read or declined)."""
    try:
        return extremum_parts(text) is not None
    except ValueError:
        return True
