"""A rate of change of a function the question defines, asked in words, as a derivative (text only).

"Tank drains as V(t) = 2000 e^(-0.15t) litres. How fast is the volume changing at t = 4 min?", "how quickly does
it grow", "at what rate is T rising when t = 5", "the rate at which the level changes", "rate of change of V at
t = 3", "instantaneous rate of change of the temperature", "slope of the curve at x = 2", "slope of the tangent at
x = 1"; for a position ("position s(t) = ...", "height h(t)", or named x, y, z, s, h) "velocity at t = 2" (the first
derivative) and "acceleration at t = 2" (the second; the first of a velocity v(t)). The phrase must refer to the
function (see ``Definition.named_by``: "the area" is not r(t), the radius). A rate of decrease ("how fast is it
draining") leaves its sign to the reader and is refused, as is a point written otherwise than "t = 4", "when t is 4",
"at 4", "at t = 4 min" or, for a time t, "after 4 minutes" (``point_in``: a number the ask holds and the point does not
take, or a time unit other than the one the question gives t).
"""

from __future__ import annotations

import re

from plugins.api.reasoning import outscore
from plugins.symbolic.average_prose import average_value
from plugins.symbolic.calculus_prose import (
    TIGHT,
    arrow_bounds,
    auc_words,
    bare_integral,
    integral_parts,
    plain_scripts,
    unit_named_bounds,
)
from plugins.symbolic.cross_section_prose import section_flow
from plugins.symbolic.derivative_prose import (
    DerivativeAsk,
    defined_derivative,
    point_in,
    point_phrase,
    variable_of,
)
from plugins.symbolic.eoq_prose import eoq_score
from plugins.symbolic.extremum_prose import extremum_score
from plugins.symbolic.greek_names import short_greek_functions
from plugins.symbolic.limit_prose import informal_limit
from plugins.symbolic.ode_prose import ode_score
from plugins.symbolic.remarks import cut_trailing_remarks, drop_remarks
from plugins.symbolic.sum_prose import sum_parts
from plugins.symbolic.vessel_prose import vessel_score
from plugins.symbolic.word_problems import PHRASE, Definition, accumulation_score, definitions

_UP = r"chang(?:e|es|ing)|increas(?:e|es|ing)|ris(?:e|es|ing)|grow(?:s|ing)?|climb(?:s|ing)?|mov(?:e|es|ing)"
_DOWN = (
    r"decreas(?:e|es|ing)|fall(?:s|ing)?|drop(?:s|ping)?|drain(?:s|ing)?|declin(?:e|es|ing)|shrink(?:s|ing)?|"
    r"cool(?:s|ing)?|decay(?:s|ing)?|leak(?:s|ing)?|empt(?:y|ies|ying)|sink(?:s|ing)?|los(?:e|es|ing)"
)
_VERB = rf"(?P<verb>{_UP}|{_DOWN})\b"
_AFTER = r"(?=\s+(?:at|when|for|where|if)\b|\s*[,;:?.]|\s*$)"  # the phrase ends before the point or the punctuation
_ASKS = [
    re.compile(
        rf"\b(?:how\s+(?:fast|quickly|rapidly)|(?:at\s+)?what\s+rate)\s+(?:is|are|does|do|will|was|would)\s+{PHRASE}"
        rf"\s+(?:be\s+)?{_VERB}",
        re.I,
    ),
    re.compile(rf"\brate\s+at\s+which\s+{PHRASE}\s+(?:is\s+)?{_VERB}", re.I),
    re.compile(
        rf"\b(?:(?:instantaneous\s+)?rate\s+of\s+change|(?:slope|gradient)(?:\s+of\s+the\s+tangent(?:\s+line)?)?)\s+"
        rf"(?:of|to)\s+{PHRASE}{_AFTER}",
        re.I,
    ),
    re.compile(
        rf"\b(?:instantaneous\s+rate(?:\s+of\s+change)?|slope\s+of\s+the\s+tangent(?:\s+line)?)(?P<ref>){_AFTER}", re.I
    ),
]
_MOTION = re.compile(r"\b(?P<kind>velocity|acceleration)\b", re.I)
_POSITION = re.compile(r"\b(?:position|displacement|height|altitude|elevation|distance|location|depth)\b", re.I)
_VELOCITY = re.compile(r"\b(?:velocity|speed)\b", re.I)
_END = re.compile(r"[.;?!](?:\s|$)")
_NOT_VALUES = re.compile(
    r"\^\s*-?\d+|\bto\s+\d+\s+(?:decimal places|dp|d\.p\.|significant figures|sig\.? figs?|s\.?f\.?)", re.I
)
_DECREASE = (
    "a rate of decrease ('how fast is it draining') leaves its sign unclear: ask how fast it is changing (the "
    "derivative, negative while it falls)"
)
# more than the rate at a point: a time ("when is the velocity zero"), an extreme, an average, an initial value
_OTHER_ASK = re.compile(
    r"\b(?:zero|maximum|minimum|max|average|mean|initial|final|terminal|peak|greatest|least|largest|smallest|highest|"
    r"lowest|stationary|extrem\w*|critical)\b|\bwhen\s+(?:is|does|will|do|was)\b|\bat\s+what\s+(?:time|moment|instant|"
    r"[a-z])\b|\b(?:for|after)\s+what\b|\bhow\s+long\b|\bwhere\s+(?:is|does)\b",
    re.I,
)
_OTHER = (
    "this asks more than a rate at a point (a time, an extreme, an average or a starting value): havoc answers "
    "the rate at a point written 't = 4'"
)
_UNREAD = "the point of this rate could not be read: write it as 't = 4' ('at t = 4 min', 'when t = 4')"


def rate_of_change(question: str) -> DerivativeAsk | None:
    """The derivative a rate asked in words takes of a function the question defines; None when it asks none."""
    found = definitions(question)
    if not found:
        return None
    for pattern in _ASKS:
        for m in pattern.finditer(question):
            function = _referent(found, m["ref"], question, m.start("ref"))
            if function is not None and function.start != m.start("ref"):
                falling = m.groupdict().get("verb") and re.fullmatch(_DOWN, m["verb"], re.I)
                return _at_point(question, function, 1, (m.start(), m.end()), _DECREASE if falling else None)
    return _motion(question, found) or _process_rate(question, found)


# "the rate of germination (%/day) at day 5", "germination rate at day 5", "instantaneous pick rate at t = 6", "rate
# of picking at t = 6": the rate of the process an amount counts (a verb's bare stem only after "instantaneous")
_PROCESS_NOUN = r"[a-z]{4,}(?:ation|tion|sion|ment)|[a-z]{3,}ing"
_PROCESS = re.compile(
    rf"\b(?:rate\s+of\s+(?P<noun>{_PROCESS_NOUN})|(?P<before>{_PROCESS_NOUN})\s+rate|"
    rf"instantaneous\s+(?P<stem>[a-z]{{3,}})\s+rate)(?:\s*\([^()]*\))?{_AFTER}",
    re.I,
)
# rates that are no derivative of the amount a question defines: a failure (hazard) rate is -R'/R
_NOT_PROCESS = re.compile(r"fail|hazard|death|mortal|interest|discount|exchange|tax", re.I)


def _process_rate(question: str, found: list[Definition]) -> DerivativeAsk | None:
    """ "rate of germination at t = 5" of "cumulative % germinated G(t) = ...": the derivative of the one function,
    an amount (not itself a rate), whose clause names the process's verb ("germinated", "accumulated")."""
    m = _PROCESS.search(question)
    if m is None or len(found) != 1 or found[0].rate:
        return None
    function = found[0]
    word = (m["noun"] or m["before"] or m["stem"]).lower()
    stem = re.sub(r"(?:ation|ion|ment|ing)$", "", word)
    clause = re.split(r"[.;?!]\s", question[: function.start])[-1].lower()
    inflected = rf"\b{re.escape(stem)}(?:ed|ing|s)\b" if m["stem"] or word.endswith("ing") else rf"\b{re.escape(stem)}"
    if len(stem) < 3 or _NOT_PROCESS.search(word) or not re.search(inflected, clause):
        return None
    return _at_point(question, function, 1, (m.start(), m.end()), None)


def _referent(found: list[Definition], ref: str, question: str, at: int) -> Definition | None:
    """The one function a phrase refers to; an empty phrase ("the instantaneous rate at t = 4") to the one defined."""
    if not ref.strip():
        return found[0] if len(found) == 1 else None
    named = [f for f in found if f.named_by(ref, question, at)]
    return named[0] if len(named) == 1 else None


def _motion(question: str, found: list[Definition]) -> DerivativeAsk | None:
    """ "velocity at t = 2" of a position (order 1), "acceleration" of a position (2) or of a velocity (1)."""
    if len(found) != 1:
        return None
    function = found[0]
    m = _MOTION.search(question, function.start)
    if m is None:
        return None
    clause = re.split(r"[.;?!]\s", question[: function.start])[-1]
    is_position = bool(_POSITION.search(clause)) or (
        not _VELOCITY.search(clause) and function.name in {"x", "y", "z", "s", "h"}
    )
    is_velocity = bool(_VELOCITY.search(clause)) or (not _POSITION.search(clause) and function.name == "v")
    order = {("velocity", True, False): 1, ("acceleration", True, False): 2, ("acceleration", False, True): 1}
    asked = order.get((m["kind"].lower(), is_position, is_velocity))
    return _at_point(question, function, asked, (m.start(), m.end()), None) if asked else None


def _at_point(
    question: str, function: Definition, order: int, ask: tuple[int, int], problem: str | None
) -> DerivativeAsk | None:
    """The ask with its variable and the point its sentence names ("at t = 4 min" after it, "At t = 4," before)."""
    var = variable_of(function)
    if not var or not (function.letters() <= {var} or function.arg == var):
        return None
    lead, tail = _sentence(question, function, ask)
    point, unread = _point(var, lead, tail, question)
    if _OTHER_ASK.search(f"{lead} {tail}"):
        problem = problem or _OTHER
    return DerivativeAsk(function.body, var, order, point, problem or unread)


def _sentence(question: str, function: Definition, ask: tuple[int, int]) -> tuple[str, str]:
    """The ask's sentence before it and after it; the part after stops where the definition starts."""
    start, end = ask
    begin = max((m.end() for m in _END.finditer(question, 0, start)), default=0)
    stop = _END.search(question, end)
    finish = stop.start() if stop else len(question)
    if end <= function.start < finish:  # "how fast is V changing at t = 4 if V(t) = ...": not the definition's numbers
        finish = function.start
    return question[begin:start], question[end:finish]


def _point(var: str, lead: str, tail: str, question: str) -> tuple[str | None, str | None]:
    """(the point after the ask, or before it closing with a comma, "At t = 4 min, how fast ..."; why it cannot be
    read: the ask's sentence holds a number the point does not take, or a time unit other than t's)."""
    opening = lead.rstrip()
    head = point_phrase(opening[:-1], var, question, at_start=False) if opening.endswith(",") else None
    written = point_in(tail, var, question) or head
    if written and written.problem:
        return None, written.problem
    rest = tail[: written.start] + tail[written.end :] if written and written is not head else tail
    unread = _UNREAD if re.search(r"\d", _NOT_VALUES.sub("", rest)) else None
    return (written.value if written else None), unread


def asked_derivative(question: str, context: str | None = None) -> DerivativeAsk | None:
    """The derivative the question asks of a function it defines, in notation or in words (``context``: the question
    as written, whose glosses give a point's unit)."""
    return defined_derivative(question, context) or rate_of_change(question)


def calculus_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for calculus: a defined function accumulated over explicit bounds, its derivative asked in
    notation ("w(t) = ... dw/dt?", "f'(2)") or in words ("how fast is V changing at t = 4"), a limit asked in
    words ("what does f go to as x -> 0"), an average value over an interval ("average value of f on [0, 3]"), an
    integral with no word for it ("e^(-t) dt for 0 <= t <= 1") or with its differential and both bounds ("integrate
    u*2*pi*r dr from 0 to 0.05"), a sum written in full ("Σ_{n=1}^inf 1/n^2"), or the argument of a defined
    function's minimum or maximum ("E(v) = ... what v gives the minimum E?"), a first-order ODE's solution ("dC/dt =
    (80 - C)/15 ... what's C(t)?"), or the flow of a profile u(r) through a round cross-section (``section_flow``)."""
    text = auc_words(short_greek_functions(text))  # "AUC from 0 to infinity": the area under the curve
    text = arrow_bounds(unit_named_bounds(text))  # "from day 0 to day 40" of t in days, "from t=0 -> 4 s"
    shaped = (asked_derivative(text) or informal_limit(text) or _average(text) or bare_integral(text)
              or _bounded_differential(text) or _signed_integral(text) or sum_parts(text) or extremum_score(text) or ode_score(text) or section_flow(text) or vessel_score(text) or eoq_score(text))  # fmt: skip
    return accumulation_score(text, scores) or (outscore(scores, "calculus") if shaped else 0.0)


def _average(text: str) -> bool:
    """Whether the text asks an average value over an interval, read as written or, as the planner reads it, without
    its bracketed remarks ("... over the first 6 hours (t=0 to t=6)?")."""
    return bool(
        average_value(cut_trailing_remarks(text), text) or average_value(cut_trailing_remarks(drop_remarks(text)), text)
    )


# an integral written with its sign, both bounds on it and its differential: "MTTF = ∫₀^∞ R(t) dt, what's ...",
# "∫_{0}^{1} x e^x dx" (its bounds braced or tight)
_SIGNED_INTEGRAL = re.compile(
    rf"∫\s*_\s*(?:\{{[^}}]*\}}|{TIGHT})\s*\^\s*(?:\{{[^}}]*\}}|\(\s*[^)]*\)|{TIGHT})\s*"
    r"(?P<body>[^,;?]{1,80}?)(?<![A-Za-z])d(?P<var>[a-z])(?![A-Za-z])"
)


def _signed_integral(text: str) -> bool:
    """Whether the text writes a definite integral by its sign, both bounds and its differential, the differential's
    variable in the integrand ("MTTF = ∫₀^∞ R(t) dt"): calculus, whatever distribution the prose around it names."""
    m = _SIGNED_INTEGRAL.search(plain_scripts(text))
    return bool(m and re.search(rf"(?<![A-Za-z]){m['var']}(?![A-Za-z])", m["body"]))


def _bounded_differential(text: str) -> bool:
    """Whether the text writes an integral with both bounds and its differential ("integrate f dr from 0 to 1")."""
    found = integral_parts(cut_trailing_remarks(text))
    return bool(found and found[1] and found[2] and re.search(rf"(?<![a-z])d{found[2]}\b", text))
