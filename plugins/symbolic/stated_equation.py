"""An equation (or a polynomial, or a function) stated in one sentence and asked about in another, as text.

"The characteristic equation of our loop is s^3 - 6s^2 + 11s - 6 = 0. What are its roots?", "p(s) = s^2 + 3s + 2;
find the zeros", "y = x^2 - 4. where does it cross zero?", "the polynomial t^2 - 5t + 6: for what t is it zero?".
The statement is the one run of mathematics the question writes (tokens that are numbers, one-letter variables,
functions and operators); the ask is the rest of the question, which holds no mathematics of its own. Only text
is cut here; the planner turns it into a ``solve``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import FUNCTIONS
from plugins.api.reasoning import outscore
from plugins.symbolic.algebra_prose import SIGN_WORDS
from plugins.symbolic.blend_prose import blend_score
from plugins.symbolic.evaluate_prose import evaluation_score
from plugins.symbolic.extremum_prose import asks_extreme
from plugins.symbolic.greek_names import greek_unknowns, short_greek_functions
from plugins.symbolic.solve_for import solve_for_score
from plugins.symbolic.stages_prose import stages_score
from plugins.symbolic.word_problems import target_score

_MATH_WORDS = FUNCTIONS | {"pi", "e"}
_OPERATOR = re.compile(r"==?|[-+*/^]")
_PUNCTUATION = ".,;:?!"
_UNKNOWN = (  # "what is x", "solve for the positive N", "find the physically meaningful t"
    r"\b(?:what(?:'s|\s+is|\s+are)|find(?:\s+all)?|which|for\s+what|solve\s+for)\s+"
    rf"(?:{SIGN_WORDS}|the\s+)?(?:real\s+|possible\s+)?"
    r"(?:values?\s+(?:of\s+)?)?([a-z])(?![\w'])(?!\s*\()"
)
_ASKS = re.compile(
    r"\b(?:roots?|zeros|zeroes|solutions?|solve|vanish(?:es)?)\b|\b(?:poles?|eigenfrequenc(?:y|ies))\b"
    r"|\b(?:cross(?:es|ing)?|hits?|reach(?:es)?|equals?|equal to|goes? to|becomes?)\s+(?:zero|0)\b(?!\.\d)"
    r"|\bzero[- ]crossings?\b|\bcross(?:es)? the (?:[a-z]-?)?axis\b"
    r"|\b(?:is|are|be)\s+(?:it|this|that|they|the \w+|[a-z](?:\([a-z]\))?)\s+(?:equal to\s+)?(?:zero|0)\b(?!\.\d)"
    # the unknown asked by name: "what is x?", "find all real x with ..."
    rf"|{_UNKNOWN}"
    # every value that solves it: "every x that solves it", "all x which satisfy this", "each value of t that works"
    r"|\b(?:every|each|all|any)\s+(?:real\s+|possible\s+)?(?:values?\s+(?:of\s+)?)?[a-z]?\s*(?:that|which)\s+"
    r"(?:solves?|satisf(?:y|ies)|works?)\b",
    re.I,
)
_NAME = re.compile(r"[A-Za-z]\w{0,2}(?:\([a-z]\))?")  # a function's name: "p(s)", "y", "G(s)"
_TIME_ASK = re.compile(r"\bwhen\b|\bhow long\b|\bat what time\b", re.I)
# every root, complex ones too: the poles of a characteristic equation, eigenfrequencies
_ALL_ROOTS = re.compile(r"\b(?:poles?|eigenfrequenc(?:y|ies))\b", re.I)
# a divisor holding a variable: "1/(s^2 + 3s + 2)", "(s + 1)/s" (not "t/5")
_VARIABLE_DIVISOR = re.compile(r"/\s*(?:\([^()]*[a-df-zA-DF-Z]|[a-df-zA-DF-Z])")
# a slashed abbreviation standing alone, no mathematics: "A/C" (aircraft), "I/O", "N/A", "w/o", "S/N"
_ABBREVIATION = re.compile(r"[A-Za-z]/[A-Za-z]")
# how the equation came about, told in words: "setting the score function to zero", "after setting the derivative
# equal to 0", "putting its gradient to zero I got ..." (its 0 is the equation's own right side, no other
# mathematics; not "setting x to 0", a value given to a variable)
_SET_TO_ZERO = re.compile(
    r"\b(?:set(?:s|ting)?|put(?:s|ting)?|equat(?:e|es|ed|ing))\s+(?:the|its|their|our|my|this|that|it)\b"
    r"[^.;:?!=]{0,60}?\b(?:equal\s+)?to\s+(?:zero|0)\b(?!\.\d)",
    re.I,
)


@dataclass(frozen=True)
class Stated:
    """The equation as text ("lhs = rhs", or "body = 0" for a function or a polynomial), its variable when the
    question names one ("for what s", "solve for s"), whether the ask is a time ("when does it ...") and whether
    it asks for every root, complex ones too ("where are the poles?")."""

    equation: str
    named_var: str | None
    timed: bool
    all_roots: bool = False


def _is_math(token: str) -> bool:
    """A token of mathematics: a number, an operator, or letters, digits and operators whose words are one
    letter, a function or a constant ("6s^2", "e^(-t/5)", "sin(x)"; not "is", "filler-level")."""
    if not re.fullmatch(r"[\w.^*/+\-()=]+", token) or token in {"a", "A", "I"} or "_" in token:
        return False
    if re.fullmatch(r"[-+*/^=]+", token):  # an operator, not a dash "--"
        return token in {"+", "-", "*", "/", "^", "=", "=="}
    words = re.findall(r"[A-Za-z]+", token)
    return all(len(w) == 1 or w.lower() in _MATH_WORDS for w in words)


def _trimmed(question: str, start: int, end: int) -> tuple[int, int] | None:
    """A run without the operators it ends on (the dash of "... = 0 - what are the roots?", an em dash read as a
    minus, ends no equation); None for a run of operators alone."""
    kept = re.sub(r"(?:(?:^|\s+)[-+*/^=]+)+$", "", question[start:end])
    return (start, start + len(kept)) if kept else None


def math_runs(question: str) -> list[tuple[int, int]]:
    """Where each run of mathematical tokens starts and ends (a token's closing punctuation ends its run; an
    operator it ends on is left out)."""
    return [run for start, end in _runs(question) if (run := _trimmed(question, start, end))]


def _runs(question: str) -> list[tuple[int, int]]:
    """Where each run of mathematical tokens starts and ends, as read token by token."""
    runs: list[tuple[int, int]] = []
    start = end = None
    for m in re.finditer(r"\S+", question):
        token = m.group().rstrip(_PUNCTUATION)
        closes = len(token) < len(m.group())
        if token and _is_math(token):
            start = m.start() if start is None else start
            end = m.start() + len(token)
            if closes:
                runs.append((start, end))
                start = None
            continue
        if start is not None:
            runs.append((start, end))
        start = None
    if start is not None:
        runs.append((start, end))
    return runs


def _statement(text: str) -> str | None:
    """The equation a run states: "lhs = rhs"; "body = 0" for a definition "p(s) = body" or a polynomial; None when
    the run is no equation or polynomial in a variable (a number, "n = 30", a lone letter)."""
    sides = re.split(r"(?<![<>=!])==?(?!=)", text)
    if len(sides) == 1:  # a polynomial or expression: "s^3 - 6s^2 + 11s - 6"
        return f"{text} = 0" if one_letter_variables(text) and _OPERATOR.search(text) else None
    if len(sides) != 2 or not all(s.strip() for s in sides):
        return None
    lhs, rhs = (s.strip() for s in sides)
    if _NAME.fullmatch(lhs):  # a definition: "p(s) = ...", "y = ..."
        return f"{rhs} = 0" if one_letter_variables(rhs) else None
    return f"{lhs} = {rhs}" if one_letter_variables(text) else None


def _math_read(question: str) -> list[tuple[int, int]]:
    """The runs of mathematics of ``math_runs`` less a slashed abbreviation standing alone ("the A/C model", "I/O")."""
    return [(start, end) for start, end in math_runs(question) if not _ABBREVIATION.fullmatch(question[start:end])]


def _rational_function(text: str) -> bool:
    """Whether a run states a function or an expression (no equation of its own) that divides by its variable:
    "G(s) = (s + 1)/(s^2 + 5s + 6)", "1/(s^2 + 3s + 2)"."""
    sides = re.split(r"(?<![<>=!])==?(?!=)", text)
    function = len(sides) == 1 or (len(sides) == 2 and _NAME.fullmatch(sides[0].strip()))
    return bool(function and _VARIABLE_DIVISOR.search(sides[-1]))


def one_letter_variables(text: str) -> set[str]:
    """The one-letter variables of an expression (not e, Euler's number)."""
    return {w for w in re.findall(r"[A-Za-z]+", text) if len(w) == 1 and w not in "eE"}


def stated_equation(question: str) -> Stated | None:
    """The one equation, function or polynomial the question states, when the rest of it asks for its roots
    ("what are its roots?", "solve it", "find the zeros", "where does it cross zero") and writes no other
    mathematics; None otherwise, and None when it asks a maximum, minimum, optimum or peak and no root."""
    found = [(start, end, eq) for start, end in _math_read(question) if (eq := _statement(question[start:end]))]
    if len(found) != 1:
        return None
    start, end, equation = found[0]
    if equation.endswith(" = 0") and asks_extreme(question):
        return None  # "Y = 4000 + 30N - 0.12N^2 ... which N gives the maximum yield": an extreme, never Y = 0
    rest = question[:start] + " " + question[end:]
    # the ask's own "0" ("where does it cross 0?") is no mathematics, nor that of how the equation came ("setting
    # the score to zero")
    other = _SET_TO_ZERO.sub(" ", _ASKS.sub(" ", rest))
    if not _ASKS.search(rest) or any(
        (_OPERATOR.search(other[a:b]) or re.search(r"\d", other[a:b])) and not _count_of_noun(other, a, b)
        for a, b in _math_read(other)
    ):
        return None
    all_roots = bool(_ALL_ROOTS.search(rest))
    if all_roots and _rational_function(question[start:end]):
        return None  # the poles of a transfer function are its denominator's roots, not its zeros
    named = re.search(_UNKNOWN, rest, re.I)
    return Stated(equation, named.group(1) if named else None, bool(_TIME_ASK.search(rest)), all_roots)


# a whole number counting the noun after it: "only 1 root is meaningful", "the 2 samples" (no mathematics)
_COUNTED_NOUN = re.compile(r"\s+(?!(?:times|plus|minus|over|by|to|and|or|of)\b)[A-Za-z]{2,}\b", re.I)


def _count_of_noun(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is a whole number counting the word after it ("1 root", "2 samples")."""
    return re.fullmatch(r"\d+", text[start:end]) is not None and _COUNTED_NOUN.match(text, end) is not None


def algebra_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a defined function set to a value ("V = 500 - 20t ... at what t is V = 140?"), or an
    equation stated and its roots asked for in other words ("... = 0. What are its roots?"), or a formula's value at
    stated values ("v = Vmax*S/(Km + S) with Vmax = 10 and Km = 2. What is v at S = 2?"), or a product formula solved
    for one factor by values in units ("... density 7.85 t/m³. strip length in m? (just w×t×L×ρ)"), or a formula solved for one
    of its names at values given for the others ("L = L0(1 + alpha*ΔT) with ... solve for ΔT"), or an equation in the
    unknown asked by name ("L satisfies L*(1 - 0.018) = 50. What is L?"), or a two-component blend, or the fewest
    stages below a limit ("each stage removes 60% ... fewest stages to get below 20 mg/L"), or a population by mark and
    recapture ("tagged 240 ... caught 150, 18 had tags"), or the quantity at which two
    linear costs are equal ("$1200 up front + $3.50/part ... $800 up front + $4.10/part: costs equal at?")."""
    from plugins.symbolic.arrhenius_prose import arrhenius_score
    from plugins.symbolic.asked_equation import asked_equation_score  # it reads runs with this module's helpers
    from plugins.symbolic.bracket_named_system import bracket_named_score
    from plugins.symbolic.break_even_prose import break_even_score
    from plugins.symbolic.dosing_prose import dosing_score
    from plugins.symbolic.doubling_prose import doubling_score
    from plugins.symbolic.first_order_prose import first_order_score
    from plugins.symbolic.indexed_system import indexed_system_score
    from plugins.symbolic.mass_balance_prose import mass_balance_score
    from plugins.symbolic.parallel_pair import parallel_pair_score
    from plugins.symbolic.product_formula import product_score
    from plugins.symbolic.recapture_prose import recapture_score
    from plugins.symbolic.rectangle_prose import rectangle_score
    from plugins.symbolic.share_target_prose import share_target_score
    from plugins.symbolic.worded_formula import worded_formula_score
    from plugins.symbolic.worded_system import worded_system_score
    from plugins.symbolic.work_rate_prose import work_rate_score

    text = short_greek_functions(text)  # "α(t) = 1 − exp(−0.021·t)": a function named A
    return (
        target_score(text, scores)
        or evaluation_score(text, scores)
        or solve_for_score(text, scores)
        or product_score(text, scores)
        or dosing_score(text, scores)
        or mass_balance_score(text, scores)
        or (3.0 if stated_equation(text) or stated_equation(greek_unknowns(text)) else 0.0)  # "μ² − 3μ − 10 = 0"
        or asked_equation_score(text, scores)
        or doubling_score(text, scores)
        or first_order_score(text, scores)
        or share_target_score(text, scores)
        or worded_formula_score(text, scores)
        or worded_system_score(text, scores)
        or indexed_system_score(text, scores)
        or bracket_named_score(text, scores)
        or arrhenius_score(text, scores)
        or rectangle_score(text, scores)
        or parallel_pair_score(text, scores)
        or work_rate_score(text, scores)
        or recapture_score(text, scores)
        or (outscore(scores, "algebra") if blend_score(text) or stages_score(text) or break_even_score(text) else 0.0)
    )
