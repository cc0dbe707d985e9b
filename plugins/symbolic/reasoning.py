"""Reasoning tools of the symbolic plugin: calculus, algebra and linear-algebra questions as ``show`` plans."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from fractions import Fraction
from typing import Any

from plugins.api.matrix_words import PRINCIPAL_VALUES
from plugins.api.prose import EXACT_FORM, ExtractError, math_expression, plain_text, scientific, symbol_names
from plugins.api.reasoning import Plan, PlanError, study_list, study_matrix
from plugins.symbolic.algebra_prose import asks_negative, drop_domain_words, solve_domain
from plugins.symbolic.arrhenius_prose import arrhenius_parts
from plugins.symbolic.asked_equation import asked_equation
from plugins.symbolic.average_prose import AverageAsk, average_value
from plugins.symbolic.blend_prose import Blend, blend_parts, worded_system_hint
from plugins.symbolic.blend_system import composed_blends, listed_blend
from plugins.symbolic.bracket_named_system import bracket_named_shortfall, bracket_named_system
from plugins.symbolic.break_even_prose import break_even_parts
from plugins.symbolic.calculus_prose import VAR as _VAR
from plugins.symbolic.calculus_prose import calculus_words, integral_parts, limit_parts, plain_scripts, sole_bounds
from plugins.symbolic.cross_section_prose import section_flow
from plugins.symbolic.derivative_prose import point_phrase
from plugins.symbolic.derived_prose import Derived, derived_parts
from plugins.symbolic.dosing_prose import dosing_parts
from plugins.symbolic.doubling_prose import doubling_parts
from plugins.symbolic.eoq_prose import eoq_parts
from plugins.symbolic.evaluate_prose import evaluation_parts, parameter_values, stated_parameters
from plugins.symbolic.extremum_prose import Extremum, extremum_parts
from plugins.symbolic.first_order_prose import first_order_parts
from plugins.symbolic.greek_names import greek_unknowns, lone_greek_words, short_greek_functions, spelled_greek
from plugins.symbolic.half_life_prose import half_life_written, writes_half_life
from plugins.symbolic.indexed_system import indexed_system
from plugins.symbolic.integral_units import integral_scale
from plugins.symbolic.limit_prose import defined_body, informal_limit
from plugins.symbolic.linear_system import (
    LinearSystem,
    asked_unknown,
    asks_linear_system,
    bullet_hint,
    matrix_notation,
    read_system,
    unique_or_fail,
)
from plugins.symbolic.mass_balance_prose import three_product, two_product
from plugins.symbolic.matrix_entry import asked_entry
from plugins.symbolic.numbered_system import numbered_shortfall, numbered_system
from plugins.symbolic.ode_prose import OdeAsk, ode_parts, ode_rhs, time_units_problem
from plugins.symbolic.parallel_pair import parallel_pair_parts, parallel_partner_parts
from plugins.symbolic.parameters import symbolic_parameters
from plugins.symbolic.pasted_matrix import written_matrix
from plugins.symbolic.product_formula import product_parts
from plugins.symbolic.rate_prose import asked_derivative
from plugins.symbolic.recapture_prose import recapture_parts
from plugins.symbolic.rectangle_prose import rectangle_parts
from plugins.symbolic.remainder_split import remainder_split
from plugins.symbolic.remarks import (
    MATH_WORDS,
    POLITE,
    cut_closing_prose,
    cut_trailing_remarks,
    drop_remarks,
    only_units,
    restated_integral,
    strip_units,
)
from plugins.symbolic.series_prose import series_parts, series_words
from plugins.symbolic.share_target_prose import share_target_parts, start_share_parts
from plugins.symbolic.solve_audit import SIGNED
from plugins.symbolic.solve_for import solve_for_parts
from plugins.symbolic.stages_prose import stages_parts
from plugins.symbolic.stated_equation import stated_equation
from plugins.symbolic.sum_prose import SumParts, sum_parts, writes_sum
from plugins.symbolic.time_split import time_split
from plugins.symbolic.vessel_prose import vessel_parts
from plugins.symbolic.word_problems import (
    Target,
    asks_time_or_count,
    crossing_parts,
    definitions,
    explicit_bounds,
    fraction_model,
    function_body,
    inner_formula,
    names_function,
    names_share,
    span_parts,
    target_parts,
)
from plugins.symbolic.worded_formula import worded_formula
from plugins.symbolic.worded_mixture import sized_mixture, worded_mixture
from plugins.symbolic.worded_pair import worded_pair
from plugins.symbolic.worded_system import WordedSystem, worded_system
from plugins.symbolic.work_rate_prose import staggered_parts, work_rate_parts


def _expr(text: str) -> str:
    """Study-language text of prose math, a definition's name left out ("N(t) = 50/(1 + e^(-0.2t))" -> its body)."""
    text = re.sub(r"^(?:the\s+)?(?:function\s+|y\s*=\s*)", "", text.strip(), flags=re.I)
    named = re.match(r"(?P<name>[A-Za-z][A-Za-z0-9_]{0,2})\s*\(\s*[a-z]\s*\)\s*=(?!=)\s*", text)
    if named and named["name"].lower() not in MATH_WORDS:  # "N(t) = ...", not the equation "sin(x) = 0"
        text = text[named.end() :]
    # "d/dx [e^(2x) ln x]", LaTeX "e^{-x}": brackets and braces group, no matrix or set here
    text = drop_remarks(text.translate(str.maketrans("[]{}", "()()")))
    try:
        return math_expression(text)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None


def _bound(text: str) -> str:
    low = re.sub(r"\s+", " ", text.strip().lower()).replace("∞", "inf").replace("\\infty", "inf")
    low = re.sub(r"^(?:minus|negative) ", "-", re.sub(r"^(?:plus|positive) |^\+", "", low))
    if low in {"infinity", "inf", "oo"}:
        return "oo"
    if low.replace(" ", "") in {"-infinity", "-inf", "-oo"}:
        return "-oo"
    return _expr(text)


def _side(point: str) -> tuple[str, str | None]:
    """ "0+", "0 from the right", "0 from above" -> ("0", "+"); the left side likewise; else two-sided."""
    for pattern, side in (
        (r"\s*(?:\+|\^\+|⁺|from (?:the )?right|from above)$", "+"),
        (r"\s*(?:-|\^-|⁻|from (?:the )?left|from below)$", "-"),
    ):
        text = point.strip()
        m = re.search(pattern, text, re.I)
        if m and text[: m.start()].strip():
            return text[: m.start()], side
    return point, None


def _variable(question: str, expr: str) -> str:
    m = re.search(_VAR, question, re.I) or re.search(r"\bd(?!o\b)([a-z])\b", question)  # not the verb "do"
    if m:
        return m.group(1)
    letters = _letters(expr) or _capitals(expr)  # "I^2 - 14*I + 45": a capital letter is the variable
    return "x" if "x" in letters or not letters else letters[0]


def _capitals(expr: str) -> list[str]:
    """The one-letter capital names of an expression ("I" of "I^2 - 14*I + 45"), sorted; a variable only when the
    expression holds no lower-case one."""
    return sorted(set(re.findall(r"(?<![A-Za-z])([A-Z])(?![A-Za-z(])", expr)))


def _letters(expr: str) -> list[str]:
    """The one-letter variables of an expression (not e), sorted."""
    return sorted(set(re.findall(r"(?<![A-Za-z])([a-df-z])(?![A-Za-z(])", expr)))


def _read(reader: Callable[[str], Any], text: str) -> Any:
    """A prose reader's parts of ``text``; a question it reads but cannot answer (its ValueError) is a PlanError."""
    try:
        return reader(text)
    except ValueError as exc:
        raise PlanError(str(exc)) from None


def plan_calculus(question: str) -> Plan:
    """The calculus plan of ``question``, its multi-letter parameters ("Vmax", "Km") read as symbols."""
    with symbol_names(symbolic_parameters(question)), _renaming() as renamed:
        return _kept_name(_plan_calculus(question), renamed)


def _plan_calculus(question: str) -> Plan:
    question, partial = calculus_words(scientific(plain_scripts(question.strip())))  # 6.02x10^23 -> 6.02e23
    question = short_greek_functions(question)  # "lambda (t) = ... dlambda/dt" -> "L(t) = ... dL/dt"
    ode = _read(
        lambda text: ode_parts(text, question), drop_remarks(question)
    )  # "solve the ODE dT/dt = -0.1(T - 20) with T(0) = 90"
    if ode:
        return _ode(ode, question)
    derived = _read(derived_parts, drop_remarks(question))  # "R(t) = ... hazard h(t) = -R'(t)/R(t) at t = 500"
    if derived:
        return _derived(derived)
    extremum = _read(extremum_parts, drop_remarks(question))  # "E(v) = 0.02v^3 + 800/v. what v gives the minimum E?"
    if extremum:
        return _extremum(extremum)
    vessel = _read(vessel_parts, question)  # "an open-top cylinder holds 10 m^3 ... what radius minimizes the area?"
    if vessel:
        plan = _extremum(vessel.extremum)
        plan.facts.update({"shape": vessel.shape, "open_top": vessel.open_top, "fixed": vessel.fixed,
                           "value": vessel.value, "unit": vessel.unit})  # fmt: skip
        if vessel.upper:  # a folded sheet's corner squares: the side is below half the narrower side
            plan.facts.update({"upper": vessel.upper, "corners": 4})  # "cut from its four corners": the model's 4
        return plan
    eoq = _read(eoq_parts, question)  # "annual demand 12000, $50 per order, holding $2.40 per unit per year: EOQ?"
    if eoq:
        return _extremum(eoq)
    summed = sum_parts(question)  # "Σ_{n=1}^inf 1/n^2", "the sum of k^2 from k = 1 to 10"
    if summed:
        return _sum(summed)
    q = _restated(question) or cut_trailing_remarks(question)  # "the AUC of ..., i.e. ∫_0^10 10e^(−0.2t) dt"
    q = re.sub(r"\(\s*(from\s+(?:the\s+)?(?:right|left|above|below))\s*\)", r"\1", q, flags=re.I)  # a limit's side
    # "limit of ... as x -> 0" asked, or "use the Maclaurin series to find the limit of ...": a series named beside it
    # is the method or the context
    limit = limit_parts(q) or _purposed_limit(question)
    series = None if limit else _series(q, question)
    if series is not None:
        return series
    limit = limit or informal_limit(q)
    if limit:
        body, var, at = limit
        body = defined_body(question, body, var) or body  # "limit of fc(t)" of "fc(t) = 40t/(4 + 0.85t)"
        at, side = _side(at)
        expr, point = _expr(body), _bound(at)
        facts = {"op": "limit", "expr": expr, "var": var, "point": point, "dir": side}
        option = f', dir="{side}"' if side else ""
        return Plan("calculus", f"show limit({expr}, {var}, {point}{option})", facts)
    flow = section_flow(question)  # "u(r) = 8(1 - (r/0.2)^2) m/s in a round duct, R = 0.2 m: volumetric flow?"
    if flow:
        return _definite(f"({_expr(flow.body)})*2*pi*{flow.var}", flow.var, "0", flow.radius, question)
    average = average_value(cut_trailing_remarks(drop_remarks(q)), question)  # "average value of f on [a, b]"
    if average:
        return _average(average, question)
    # "w(t) = 2t^2 e^(-t/5). dw/dt?", "f(x) = ...; f'(2)", "how fast is V changing at t = 4" (not "integral of
    # f'(x)": an integral's integrand)
    asked = None if integral_parts(q) else asked_derivative(drop_remarks(plain_scripts(question)), question)
    if asked:
        if asked.problem:
            raise PlanError(asked.problem)
        body = _read(lambda text: stated_parameters(text, asked.var, question), asked.body)  # "with rho = 1.225"
        return _derivative(_expr(body), asked.var, max(asked.order, _order(q)), asked.point)
    q = cut_trailing_remarks(drop_remarks(q))  # "... between x=0 and x=3 (numerically is fine)"
    span = span_parts(
        q, question
    )  # "v(t) = 3t^2 - 2t m/s. displacement between t=0 and t=2 s", "how much does T rise ..."
    if span and span.change:
        return _change(_expr(span.body), span.var, span.lo, span.hi)
    integral = integral_parts(q)
    if integral and integral[1] is None and span and _rate_named(q, integral[0]):
        integral = None  # "q(t) = 12 + 3t m^3/min during a 10 min campaign. ∫q dt in m^3?": the window's bounds
    if integral:
        try:
            return _integral(q, question, *integral)
        except PlanError:
            if not (span and names_function(q, integral[0])):
                raise
    if span:
        return _definite(_expr(span.body), span.var, span.lo, span.hi, question)
    m = re.search(  # "derivative of f", "differentiate please: f(x) = ...", "need the derivative pls: C(t) = ..."
        rf"(?:derivative|differentiate|d[a-z]?/d([a-z])(?![a-z]))(?:\s*,?\s*\b{POLITE}\b)*\s*:?\s*"
        r"(?:of\s+|for\s+|if\s+|when\s+)?(.+)$",
        q,
        re.I,
    )
    if m:
        return _derivative_in_words(m.group(2), m.group(1), question, partial, _order(q))
    if writes_sum(question):
        raise PlanError("a sum needs its summand in the index alone (in brackets when it adds terms) and both "
                        "bounds, e.g. 'Σ_{n=1}^inf 1/n^2' or 'the sum of k^2 for k from 1 to 10'")  # fmt: skip
    raise PlanError("a calculus question needs 'derivative of', 'integral of' or 'limit of ... as x -> a'")


def _restated(question: str) -> str | None:
    """The definite integral an "i.e." aside writes out whole (see ``restated_integral``), when the prose before it
    states no other window ("the AUC from t=0 to t=12 h ..., i.e. ∫_0^10 ..." is declined: which is meant is unsure)."""
    restated = restated_integral(question)
    if restated is None:
        return None
    prose = span_parts(cut_trailing_remarks(question[: question.find(restated)]), question)
    bounds = integral_parts(restated)[1]
    if prose and [_bound(prose.lo), _bound(prose.hi)] != [_bound(b) for b in bounds]:
        raise PlanError(f"the integral {restated!r} and the window the question states before it (from {prose.lo} to "
                        f"{prose.hi}) differ: state one window")  # fmt: skip
    return restated


def _rate_named(question: str, integrand: str) -> bool:
    """Whether an integral's text names the one function the question defines, and that function is a rate per time
    ("q(t) = 12 + 3t m^3/min ... ∫q dt"): its total over the window the question states is asked (not "f(x) = x^2
    on [0, 2]. Find the integral of f": an antiderivative)."""
    found = definitions(question)
    return len(found) == 1 and found[0].rate and names_function(question, integrand)


_PURPOSED_LIMIT = re.compile(
    r"\bto\s+(?:find|get|obtain|determine|evaluate|compute)\s+(?:the\s+)?(?P<ask>lim.+)$", re.I
)


def _purposed_limit(question: str) -> tuple[str, str, str] | None:
    """The limit a closing purpose asks ("use the Taylor series through x^4 to find the limit of f as x -> 0"), which
    cutting the purpose off as a remark would lose; None when there is none."""
    m = _PURPOSED_LIMIT.search(question)
    return limit_parts(cut_trailing_remarks(drop_remarks(m["ask"]))) if m else None


def _extremum(ask: Extremum) -> Plan:
    """``show solve(diff(f, x) == 0, x)``: the critical points, whose kind (minimum or maximum) the audit checks."""
    expr, var = _free_variable(_expr(ask.body), ask.var)
    option = "" if ask.domain == "real" else f', domain="{ask.domain}"'
    objective = f"diff({expr}, {var})" if ask.rate else expr  # "when is dN/dt at its maximum": the rate's extreme
    if ask.kind != "optimum":  # a minimum is where f'' > 0, a maximum where f'' < 0: the other critical points go
        option += f", where=diff({objective}, {var}, 2) {'>' if ask.kind == 'minimum' else '<'} 0"
    critical = f"solve(diff({objective}, {var}) == 0, {var}{option})"
    facts = {"expr": expr, "var": var, "kind": ask.kind, "domain": ask.domain, "local": ask.local}
    if ask.rate:
        facts["derivative"] = 1  # the audit checks the extreme of f', not of f
    if ask.value:  # the function at its one critical point: "what is the maximum output P"
        if ask.kind == "optimum":
            raise PlanError("the value of an optimum needs its kind: ask for the maximum or the minimum")
        return Plan("calculus", f"show subs({objective}, {var}, {critical})", {"op": "extremum_value", **facts})
    return Plan("calculus", f"show {critical}", {"op": "extremum", **facts})


def _ode(ode: OdeAsk, question: str) -> Plan:
    """``show dsolve(f, y, x, x0, y0)``: the solution of y' = f(x, y) through (x0, y0); with a point asked, ``show
    subs(dsolve(...), x, a)``: its value there; with a level asked, ``show
    solve(dsolve(...) == level, x)``: the x (from x0 on) at which the solution reaches it. An equation of order 2 or more: see ``_higher_ode``."""
    if ode.order > 1:
        return _higher_ode(ode, question)
    rhs, x0, y0 = _expr(_read(lambda text: ode_rhs(ode, text), question)), _bound(ode.x0), _bound(ode.y0)
    facts = {"op": "ode", "expr": rhs, "function": ode.y, "var": ode.x, "initial": [x0, y0]}
    solution = f"dsolve({rhs}, {ode.y}, {ode.x}, {x0}, {y0})"
    if ode.at is not None:  # "dV/dt = 3t^2 + 2, V(0) = 5, find V(2)": the solution at the point
        facts.update({"op": "ode_value", "point": _bound(ode.at)})
        return Plan("calculus", f"show subs({solution}, {ode.x}, {facts['point']})", facts)
    if ode.target is None:
        return Plan("calculus", f"show {solution}", facts)
    if problem := time_units_problem(question):
        raise PlanError(problem)
    target = _bound(ode.target)
    option = ', domain="nonnegative"' if x0 == "0" else ""
    facts.update({"op": "ode_level", "target": target})
    return Plan("calculus", f"show solve({solution} == {target}, {ode.x}{option})", facts)


def _higher_ode(ode: OdeAsk, question: str) -> Plan:
    """``show dsolve(F == G, [y, yp, ypp], x, x0, [y0, y'0])``: the solution of an equation of order 2 or more, its
    derivatives read as the placeholder names, with one initial value per order below its own."""
    names = ode.names()
    with symbol_names(frozenset(names[1:])):
        equation = _expr(_read(lambda text: ode_rhs(ode, text), question))
    x0, values = _bound(ode.x0), [_bound(v) for v in (ode.y0, *ode.slopes)]
    facts = {"op": "ode", "expr": equation, "function": ode.y, "var": ode.x, "initial": [x0, values[0]],
             "names": names, "values": values}  # fmt: skip
    return Plan(
        "calculus", f"show dsolve({equation}, [{', '.join(names)}], {ode.x}, {x0}, [{', '.join(values)}])", facts
    )


def _derived(derived: Derived) -> Plan:
    """``show subs(F, t, a)`` (or ``simplify(F)``) of a quantity defined by a formula of a function and its
    derivatives, the formula kept over placeholders for the audit to take the derivatives its own way."""
    study, var = derived.study(), derived.var
    facts = {"op": "derived", "formula": derived.formula, "var": var, "point": derived.point, "name": derived.name,
             "parts": {k: list(v) for k, v in derived.parts.items()}}  # fmt: skip
    if derived.point is None:
        return Plan("calculus", f"show simplify({study})", facts)
    facts["point"] = _bound(derived.point)
    return Plan("calculus", f"show subs({study}, {var}, {facts['point']})", facts)


def _derivative_in_words(body: str, dvar: str | None, question: str, partial: bool, order: int) -> Plan:
    """The derivative "derivative of f [wrt t] [at t = 20]" asks: the point and the variable cut from the body's end
    in either order ("f wrt t at t = 20", "f at t = 20 wrt t", "f evaluated at 20", "f after 4 s" of a time t)."""
    written, at = None, ""
    for _ in range(2):
        wrt = re.search(rf"\s*,?\s*(?:{_VAR})\s*$", body, re.I)
        if wrt and wrt.start() > 0:  # "derivative wrt P of f (P in MW). thx" ends "f . thx wrt P": cut the remark too
            body, written = cut_trailing_remarks(body[: wrt.start()]), wrt.group(1)
        point = point_phrase(body, None, question, at_start=False)
        if point and point.start > 0 and not at:
            body, at = body[: point.start], body[point.start :]
    expr = _expr(_named_formula(body))
    named = point_phrase(at, None, question) if at else None
    hinted = named.var if named and named.var in _letters(expr) else None  # "a t^2 at t = 2": t, not a
    var = dvar or written or _said_variable(question) or hinted or _variable(question, expr)
    if partial and not (dvar or written or _said_variable(question)) and len(_letters(expr)) > 1:
        raise PlanError(f"a partial derivative of {expr} needs the variable: 'with respect to y' or 'wrt y'")
    point = point_phrase(at, var, question) if at else None
    if at and (point is None or point.problem):
        raise PlanError(point.problem if point else f"the point is not a value of {var}; write it 'at {var} = 2'")
    return _derivative(expr, var, order, point.value if point else None)


# "the Arrhenius rate k = ...", "the rate constant k(T) = ...": up to three words naming a formula, its name, "="
_NAMED_FORMULA = re.compile(
    r"^(?:(?:the|a|an|this|our)\s+)?(?P<words>(?:[A-Za-z][\w'-]*\s+){0,3})(?P<name>[A-Za-z][A-Za-z0-9_]{0,3})\s*"
    r"(?:\(\s*[A-Za-z]\s*\))?\s*=(?!=)\s*(?=\S)"
)


def _named_formula(body: str) -> str:
    """A derivative's body without the words and the name that introduce its formula: "the Arrhenius rate k =
    A*exp(-Ea/(R*T))" -> "A*exp(-Ea/(R*T))" (the words are prose, none a function's name such as "sin")."""
    m = _NAMED_FORMULA.match(body.strip())
    if m is None or any(word.lower() in MATH_WORDS for word in m["words"].split()):
        return body
    return body.strip()[m.end() :]


def _said_variable(question: str) -> str | None:
    """The variable "with respect to t" or "wrt t" names."""
    m = re.search(_VAR, question, re.I)
    return m.group(1) if m else None


def _sum(parts: SumParts) -> Plan:
    """``show sum(f, n, a, b)`` (b may be oo): the value of the sum, or oo when it diverges."""
    expr, var = _free_variable(_expr(parts.body), parts.var)
    facts = {"op": "sum", "expr": expr, "var": var, "bounds": [parts.lo, parts.hi]}
    return Plan("calculus", f"show sum({expr}, {var}, {parts.lo}, {parts.hi})", facts)


def _derivative(expr: str, var: str, order: int, point: str | None) -> Plan:
    """``show diff(...)``, or at a point ``show subs(diff(...), x, a)``."""
    expr, var = _free_variable(expr, var)
    call = f"diff({expr}, {var}{', ' + str(order) if order > 1 else ''})"
    facts = {"op": "derivative", "expr": expr, "var": var, "order": order}
    if point is not None:
        point = _bound(point)
        call, facts["point"] = f"subs({call}, {var}, {point})", point
    return Plan("calculus", f"show {call}", facts)


def _series(q: str, question: str) -> Plan | None:
    """``show taylor(f, x, a, n)`` (through (x - a)^n) or ``taylor(f, x, a, terms=k)``; None when no series is asked."""
    try:
        parts = series_parts(q)
    except ValueError as exc:
        raise PlanError(str(exc)) from None
    if parts is None:
        return None
    expr, point = _expr(parts.body), _bound(parts.point)
    var = parts.var or _variable(question, expr)
    label, assumed = series_words(parts, expr, var, point)
    how = f"terms={parts.terms}" if parts.terms is not None else str(parts.degree)
    facts = {"op": "series", "expr": expr, "var": var, "point": point, "degree": parts.degree,
             "terms": parts.terms, "label": label, "assumed": assumed}  # fmt: skip
    return Plan("calculus", f"show taylor({expr}, {var}, {point}, {how})", facts)


_AREA = re.compile(r"\b(?:area|definite)\b", re.I)


def _integral(q: str, question: str, body: str, bounds: tuple[str, str] | None, dvar: str | None) -> Plan:
    """The integral an integral's words write: its integrand (or the function the question defines), its bounds."""
    found, named = explicit_bounds(body) if bounds is None else None, None
    if found and found.start > 0 and only_units(body[found.end :]):  # "x^2 from 0 m to 3 m", "cp from 300 K to 500 K"
        body, bounds, named = body[: found.start], (found.lo, found.hi), found.var
    written = body
    body, defined = function_body(q, body)
    body_own = body == written
    inner: dict[str, str] = {}
    if body_own:  # "120 e^(-0.3t) ppm from 0 to 10": its unit is no factor; "T" of "T = 110 + 0.6t" written out
        body, inner = inner_formula(_noun_dropped(body), plain_text(question))
        body = strip_units(body, dvar, letters=2)
    body = _valued_integrand(spelled_greek(body), dvar or defined or named or _variable(question, body), question)
    expr = _expr(body)
    var = dvar or defined or named or _variable(question, expr)
    sentence = re.split(r"(?<!\bi\.e)(?<!\be\.g)[.;?!]\s", q)[-1]  # the integral's own sentence ("i.e." ends none)
    stated = explicit_bounds(sentence) if bounds is None and not body_own else None
    if stated and stated.var in {None, var}:  # "heating from 300 K to 500 K, i.e. the integral of cp dT"
        bounds = (stated.lo, stated.hi)
    sole = sole_bounds(q) if bounds is None and not body_own and _AREA.search(sentence) else None
    if sole and sole.var in {None, var}:  # "f(t) = ... over t in [0, 30] min. what's the area under f?"
        bounds = (sole.lo, sole.hi)
    if bounds:
        plan = _definite(expr, var, *_valued_bounds(bounds, var, question))
        if inner:  # the reading check evaluates them at the bounds ("122 °C at t = 20" of T = 110 + 0.6t)
            plan.facts["inner"] = {name: _expr(formula) for name, formula in inner.items()}
        if writes_half_life(written):  # the 1 and 2 of "T(1/2)" name the symbol the half-life replaced
            plan.facts["half_life_symbol"] = [1, 2]
        return plan
    if inner:
        raise PlanError(f"an integral of {', '.join(inner)} written as a formula of another variable needs its bounds")
    if explicit_bounds(q) and _AREA.search(q):
        raise PlanError("the bounds of this definite integral could not be read; write them 'from a to b'")
    return Plan("calculus", f"show integrate({expr}, {var})", {"op": "integral", "expr": expr, "var": var})


def _valued_bounds(bounds: tuple[str, str], var: str, question: str) -> tuple[str, str]:
    """An integral's bounds, a bound that is a name the question sets to one number as that number ("∫₀^H ... with
    H = 6 m" -> 0 to 6); other bounds as written."""
    try:
        values = parameter_values(lone_greek_words(question), {var})
    except ValueError as exc:
        raise PlanError(str(exc)) from None
    low, high = (values.get(bound.strip(), bound) for bound in bounds)
    return low, high


def _valued_integrand(body: str, var: str, question: str) -> str:
    """The integrand's text with the values the question states: a half-life symbol ("T(1/2)") as the half-life in
    words in ``var``'s unit, and each name set to one number ("mu = 0.5 cm^-1", "Ka = 1/3", "γ = 18 kN/m³") as that
    number."""
    body = _read(lambda text: half_life_written(text, question, var), body)
    named = lone_greek_words(body)  # "Ka·γ·z dz" with "Ka = 1/3, γ = 18 kN/m³": γ is gamma, set to 18
    valued = _read(lambda text: stated_parameters(text, var, lone_greek_words(question)), named)
    return valued if valued != named else _read(lambda text: stated_parameters(text, var, question), body)


_NOUN_BEFORE = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<words>(?:[a-z]{3,}\s+){1,3})(?=[\d(])")


def _noun_dropped(body: str) -> str:
    """The integrand without the words that name it before its formula: "the lethal rate 10^((T - 121.1)/10)" ->
    "10^((T - 121.1)/10)" (up to three words, none a function's name such as "sin" or "exp", and only mathematics
    after them: not the "from day" of "from day 0 to day 40")."""
    m = _NOUN_BEFORE.match(body)
    if m is None or any(word in MATH_WORDS for word in m["words"].split()):
        return body
    rest = body[m.end() :]
    return rest if all(word.lower() in MATH_WORDS for word in re.findall(r"[A-Za-z]{2,}", rest)) else body


def _definite(expr: str, var: str, lo: str, hi: str, question: str = "") -> Plan:
    """``show integrate(f, x, a, b)``, times the factor to the unit the question asks ("in mAh" of A over hours)."""
    expr, var = _free_variable(expr, var)
    lo, hi = _bound(lo), _bound(hi)
    scale, problem = integral_scale(question, var)
    if problem:
        raise PlanError(problem)
    facts = {"op": "definite_integral", "expr": expr, "var": var, "bounds": [lo, hi]}
    if scale is None:
        return Plan("calculus", f"show integrate({expr}, {var}, {lo}, {hi})", facts)
    facts["scale"] = scale
    return Plan("calculus", f"show ({scale})*integrate({expr}, {var}, {lo}, {hi})", facts)


def _change(expr: str, var: str, lo: str, hi: str) -> Plan:
    """``show subs(f, x, b) - subs(f, x, a)``: how much f changes from a to b (never its integral)."""
    expr, var = _free_variable(expr, var)
    lo, hi = _bound(lo), _bound(hi)
    facts = {"op": "change", "expr": expr, "var": var, "bounds": [lo, hi]}
    return Plan("calculus", f"show subs({expr}, {var}, {hi}) - subs({expr}, {var}, {lo})", facts)


def _average(ask: AverageAsk, question: str) -> Plan:
    """``show integrate(f, x, a, b)/(b - a)``: the average value of f over a finite interval (the names the question
    sets to a number replaced by it: "v = Vmax·S/(Km + S) with Vmax = 180 and Km = 2.5")."""
    body = ask.body
    if ask.var:
        body = _read(lambda text: stated_parameters(text, ask.var, question), body)
    expr = _expr(body)
    plan = _definite(expr, ask.var or _variable(question, expr), ask.lo, ask.hi)
    expr, var, (lo, hi) = plan.facts["expr"], plan.facts["var"], plan.facts["bounds"]
    if "oo" in (lo, hi) or lo == hi:
        raise PlanError(f"an average value needs a finite interval of some width; read [{lo}, {hi}]")
    facts = {"op": "average_value", "expr": expr, "var": var, "bounds": [lo, hi]}
    return Plan("calculus", f"show integrate({expr}, {var}, {lo}, {hi})/{_width(lo, hi)}", facts)


def _width(lo: str, hi: str) -> str:
    """(hi - lo) as study text, lo bracketed unless it is one term: "(10 - 0)", "(pi - pi/2)", "(1 - (-1))"."""
    return f"({hi} - {lo})" if re.fullmatch(r"[\w.]+(?:[*/^][\w.]+)*", lo) else f"({hi} - ({lo}))"


# one-letter names the study language keeps for itself (N(...) a numeric value, I the imaginary unit, E Euler's
# number), each with the names a variable so named is renamed to
_STUDY_NAMES = {"N": ("n", "n1", "n2", "n3"), "I": ("i", "i1", "i2", "i3"), "E": ("E1", "E2", "E3")}


# the renames ``_free_variable`` made while a plan is built (the study's name -> the question's), None outside one
_RENAMED: ContextVar[dict[str, str] | None] = ContextVar("_RENAMED", default=None)


@contextmanager
def _renaming() -> Iterator[dict[str, str]]:
    """Within the block, every rename ``_free_variable`` makes is recorded in the dict yielded."""
    renamed: dict[str, str] = {}
    token = _RENAMED.set(renamed)
    try:
        yield renamed
    finally:
        _RENAMED.reset(token)


def _kept_name(plan: Plan, renamed: dict[str, str]) -> Plan:
    """The plan with the question's own name of its renamed variable in ``facts["renamed"]`` (n -> N), for the
    answer to print the name the question writes."""
    var = plan.facts.get("var")
    if isinstance(var, str) and var in renamed:
        plan.facts["renamed"] = {var: renamed[var]}
    return plan


def _free_variable(expr: str, var: str) -> tuple[str, str]:
    """The expression and its variable with a variable named like a study-language name renamed: a count of cycles N
    becomes n (or n1 when n is taken), a current I becomes i, an energy E becomes E1 (the rename recorded for the
    answer to undo)."""
    if var not in _STUDY_NAMES:
        return expr, var
    taken = set(re.findall(r"[A-Za-z]\w*", expr))
    new = next(name for name in _STUDY_NAMES[var] if name not in taken)
    if (renamed := _RENAMED.get()) is not None:
        renamed[new] = var
    return re.sub(rf"(?<![\w.]){var}(?![\w(])", new, expr), new


def _order(question: str) -> int:
    words = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
    m = re.search(r"\b(second|third|fourth|2nd|3rd|4th)\s+(?:order\s+)?derivative", question, re.I)
    return words[m.group(1).lower()] if m else 1


def plan_algebra(question: str) -> Plan:
    """The algebra plan of ``question``, its multi-letter parameters ("Vmax", "Km") read as symbols."""
    with symbol_names(symbolic_parameters(question)), _renaming() as renamed:
        plan = _kept_name(_plan_algebra(question), renamed)
    if plan.facts.get("op") == "solve" and asks_time_or_count(question):  # its answer must not be negative
        plan.facts["counted"] = True
    return plan


def _plan_algebra(question: str) -> Plan:
    question = short_greek_functions(scientific(question))  # "α(t) = 1 − exp(−0.021·t) ... α" -> "A(t) = ... A"
    question = greek_unknowns(question)  # "λ³ − 2λ² − 5λ + 6 = 0" -> "l^3 - 2l^2 - 5l + 6 = 0"
    if asks_negative(question):
        raise PlanError("havoc selects the roots > 0 ('the positive root', 't > 0') or >= 0, not the negative ones: "
                        "ask for all the real roots and pick the negative one")  # fmt: skip
    q = cut_trailing_remarks(question)
    m = re.search(r"\b(simplify|expand|multiply out|factori[sz]e|factor)\s*:?\s+(.+)$", q, re.I)
    if m and "=" not in m.group(2):
        body = m.group(2)
        over = re.search(
            r"\s+over\s+(?:the\s+)?(rationals|rational numbers|integers|q|z|reals|real numbers|complex(?: numbers)?|c|r)$",
            body,
            re.I,
        )
        if over and over.group(1).lower() not in {"rationals", "rational numbers", "integers", "q", "z"}:
            raise PlanError(f"factoring over the {over.group(1)} is not supported: havoc factors over the rationals")
        body = body[: over.start()] if over else body
        op = {"factorise": "factor", "factorize": "factor", "multiply out": "expand"}.get(
            m.group(1).lower(), m.group(1).lower()
        )
        expr = _expr(body)
        return Plan("algebra", f"show {op}({expr})", {"op": op, "expr": expr})
    share = _read(share_target_parts, question)  # "(after n years it's 0.995^n of nameplate) ... n at 90% of nameplate"
    if share:
        return _solve(_expr(share.equation), share.var, "real", {"model": share.model, "share": share.share})
    arrhenius = _read(arrhenius_parts, question)  # "k doubles going from 300 K to 310 K ... the activation energy"
    if arrhenius:
        return _solve(_expr(arrhenius.equation), "x", "real", {
            "model": "Arrhenius: k2/k1 = exp((x/R)(1/T1 - 1/T2)), x the activation energy", "ratio": arrhenius.ratio,
            "temperatures": [arrhenius.t1, arrhenius.t2], "R": arrhenius.gas_constant})  # fmt: skip
    recapture = _read(recapture_parts, question)  # "we tagged 240 bass ... caught 150 and 18 had tags. pop estimate?"
    if recapture:
        return _solve(_expr(recapture.equation), "N", "positive", {
            "model": recapture.model, "marked": recapture.marked, "caught": recapture.caught,
            "recaptured": recapture.recaptured})  # fmt: skip
    # "I = I0·e^(−μx) ... cuts the intensity to 5% of its unattenuated value"
    started = _read(start_share_parts, question)
    if started:
        return _solve(_expr(started.equation), started.var, "real", {"model": started.model, "share": started.share})
    rectangle = _read(rectangle_parts, question)  # "a rectangle whose length is 7 m longer than its width ... area 120"
    if rectangle:
        facts = {"unknown": rectangle.asked, "relation": rectangle.relation, "given": rectangle.given}
        return _solve(_expr(rectangle.equation), "x", "positive", facts)
    parallel = _read(parallel_pair_parts, question)  # "paralleled two resistors, one 10 Ω bigger ... combo 12 Ω"
    if parallel:
        facts = {"model": "R1*R2/(R1 + R2), x the smaller", "difference": parallel.difference,
                 "equivalent": parallel.equivalent, "unit": parallel.unit}  # fmt: skip
        return _solve(_expr(parallel.equation), "x", "positive", facts)
    partner = _read(parallel_partner_parts, question)  # "it's 470 Ω, the combo must read 330 Ω. what goes in parallel?"
    if partner:
        facts = {"model": "R*x/(R + x) = equivalent, x the resistor added in parallel", "present": partner.present,
                 "equivalent": partner.equivalent, "unit": partner.unit}  # fmt: skip
        return _solve(_expr(partner.equation), "x", "positive", facts)
    work = _read(work_rate_parts, question)  # "pump A alone fills a tank in 6 hours, B alone in 9 ... together?"
    if work:
        facts = {"model": "work rate", "times_alone": list(work.times), "unit": work.unit}
        if work.undoing:  # "drain B alone empties it in 9 hours": its share taken away
            facts["undoing"] = list(work.undoing)
        return _solve(_expr(work.equation), "t", "positive", facts)
    staggered = _read(staggered_parts, question)  # "Line A 45 packs/min from 0, Line B 60 packs/min 20 min later"
    if staggered:
        facts = {"model": "staggered start", "rates": list(staggered.times), "delay": staggered.delay,
                 "unit": staggered.unit}  # fmt: skip
        return _solve(_expr(staggered.equation), "t", "positive", facts)
    # "feed 2.10 % Cu, conc 26.5 % Cu, tails 0.18 % Cu: Cu recovery to conc in %?" (the two-product formula)
    if two := _read(two_product, question):
        facts = {"model": f"two-product {two.asked} (%)", "feed": two.feed, "conc": two.conc, "tail": two.tail}
        return _solve(_expr(two.equation), "x", "real", facts)
    # a table "stream Pb % Zn %" over feed, two concs and a tail: the three-product balance in % of feed
    if three := _read(three_product, question):
        return _counted_system(three)
    # "3 buses plus 2 trams move 540; one bus plus 4 trams move 580 ...", "58 between them, and A has 6 more than B"
    # "Blending 3 coals. HHV: 12000 / 10500 / 9000 Btu/lb; sulfur: ... what mass fraction of coal 3?"
    # "Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia ... (B, C) ... 29 kg Brazil, ... how many kg of Blend C?"
    # "λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2 ... total demand 600 MW ... equal incremental cost: P1?"
    if worded := (
        worded_system(question)
        or worded_pair(question)
        or worded_mixture(question)
        or sized_mixture(question)
        or _read(listed_blend, question)
        or _read(composed_blends, question)
        or indexed_system(question)
        or bracket_named_system(question)  # "pale (x), munich (y) ... pale = 3 × (munich + crystal) ... munich?"
        or numbered_system(question)  # "total 2400 cfm. box 1 reads 200 cfm more than box 2, ... whats Q1?"
        or remainder_split(question)  # "250 mg tablet: • API: 50 mg • ... • Remainder: lactose and MCC 3:2"
    ):
        return _counted_system(worded)
    # "pale (x), munich (y), crystal (z)" and two equations; "box 3 is roughly balanced with box 1": unread
    if shortfall := bracket_named_shortfall(question) or numbered_shortfall(question):
        raise PlanError(shortfall)
    # "coil wt 23.55 t, width 1250 mm, gauge 3.0 mm, density 7.85 t/m³. strip length in m? (just w×t×L×ρ)"
    if product := product_parts(question):
        facts = {"formula": product.formula, "product": product.product, "factors": product.factors,
                 "unit": product.unit}  # fmt: skip
        return _solve(_expr(product.equation), product.var, "positive", facts)
    # "flow 3500 m³/d, want a 1.8 mg/L chlorine dose, the hypo is 125 g/L ... how many litres of hypo per day?"
    if dosed := _read(dosing_parts, question):
        facts = {"model": "dosing: stock feed x S = flow Q x dose C", "flow": dosed.flow, "dose": dosed.dose,
                 "stock": dosed.stock, "unit": dosed.unit, "read": dosed.read, **({"note": dosed.note} if dosed.note else {})}  # fmt: skip
        return _solve(_expr(dosed.equation), dosed.var, "positive", facts)
    # "L = L0(1 + alpha*ΔT) with L0 = ..., L = ... solve for ΔT" (its names' units may be declared in a remark)
    solved = _read(lambda text: solve_for_parts(text, q), drop_remarks(q))
    # its ask after a dash or a comma, no remark: "A sample gives area 158.1 — what conc is that?"
    solved = solved or _read(solve_for_parts, drop_remarks(question))
    # "v = Vmax*S/(Km + S) with Vmax = 10. What is v at S = 2?" (a conversion to kelvin may be said in a remark)
    evaluation = _read(lambda text: evaluation_parts(text, q), drop_remarks(q))
    # "20 hL at 1.048 ... blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060", "... of each", "250 mL of
    # 0.5% from a 2% stock, what volume of stock is needed?" (its ask may look like a remark: ", how many kg from lot A?")
    blend = _read(blend_parts, question)
    stages = _read(
        stages_parts, question
    )  # (its "to get below ..." is no remark) "each stage removes 60% ... influent 800 mg/L ... fewest stages below 20 mg/L"
    doubling = _read(doubling_parts, question)  # "at OD600 = 0.05, doubling time 25 min ... until it hits 0.8"
    # "100% at release, 95% at 12 months, first-order ... when does it reach 90%?": C0 * (95/100)^(t/12) = 90
    doubling = doubling or _read(first_order_parts, question)
    if doubling:
        plan = _solve(_expr(doubling.equation()), "t", "nonnegative")
        plan.facts.update({"start": doubling.start, "target": doubling.target, "period": doubling.written,
                           "model": doubling.model, "unit": doubling.unit})  # fmt: skip
        if doubling.stated:  # "exact solution of 1.08^n = 2": the equation the question writes, solved as the plan's
            plan.facts["stated"] = doubling.stated
        return plan
    worded = _read(worded_formula, question)  # "shrinkage is defined as (mould dimension − part dimension) / ..."
    if worded:
        facts = {"unknown": worded.unknown, "formula": worded.definition, "values": worded.values}
        return _solve(_expr(worded.equation), "x", "real", facts)
    if stages:
        facts = {"op": "fewest_stages", "expr": stages.expression(), "start": stages.start, "kept": stages.kept,
                 "limit": stages.limit, "strict": stages.strict, "step": stages.step}  # fmt: skip
        return Plan("algebra", f"show {stages.expression()}", facts)
    if blend and blend.each:
        return _blend_system(blend)
    if blend:  # the plan holds both components by name ("two lots: lot A ..., stockpile 1 ...": a list of 2)
        plan = _solve(_expr(blend.equation), "x", "real")
        plan.facts["components"] = blend.components()
        if blend.share:  # "what proportion of A (0 to 1)": x is a share of the blend, from 0 to 1 (or 100, in percent)
            plan.facts["share"] = f"0 to {blend.total}"
        return plan
    if split := time_split(question):  # "main etch 85 nm/min, overetch 30 nm/min; 4.0 min and 285 nm in all" (a
        return _counted_system(split)  # blend's reading, "line A at 120 parts per hour ... 10 hour shift", first)
    if solved and (share := _share_target(q, question, solved.var)):  # "SOH = exp(-n/5000) ... SOH reach 80%"
        return _target(share, q, solve_domain(question))
    if solved:  # every real root, or the positive ones asked ("the positive root")
        asked = solve_domain(question)
        read = {"unknown": f"{solved.name} (written {solved.var})"} if solved.name != solved.var else None
        return _solve(_expr(solved.equation), solved.var, asked if asked in SIGNED else "real", read)
    if evaluation:
        plan = _value(_expr(evaluation.body), evaluation.points)
        if EXACT_FORM.search(question):  # "as exact fraction please": the exact value is the answer
            plan.facts["exact_form"] = True
        return plan
    target = target_parts(q) or target_parts(drop_remarks(question))  # its ask may follow a dash: "... - how many k?"
    if target:  # "V = 500 - 20t (t in min). at what t is V = 140?": the times (>= 0) it does
        return _target(target, q, solve_domain(question))
    costs = _read(break_even_parts, question)  # "Fixture 1: $1200 up front + $3.50/part ... costs equal?"
    if costs:
        return _solve(_expr(costs.equation.replace("=", "==")), "x", "positive")
    crossing = crossing_parts(q) or crossing_parts(question)  # its ask may be a restatement: ", i.e. where do ..."
    if crossing:  # "pump curve H = 60 - 0.004Q^2, system curve H = 20 + 0.006Q^2 ... where do the curves cross?"
        left, right, var = crossing
        asked = solve_domain(question)
        return _solve(f"{_expr(left)} == {_expr(right)}", var, asked if asked in SIGNED else "real")
    domain = solve_domain(question)
    # its ask may be the domain's words themselves: "... = 0. Can you give me all the real roots?"
    stated = stated_equation(drop_domain_words(drop_remarks(question))) or stated_equation(drop_remarks(question))
    q = cut_trailing_remarks(drop_domain_words(drop_remarks(q)))
    if stated:  # "... is s^3 - 6s^2 + 11s - 6 = 0. What are its roots?", "p(s) = ...; find the zeros"
        expr = _expr(stated.equation)
        var = stated.named_var or _variable(question, expr)
        every = "complex" if stated.all_roots and domain == "auto" else domain  # poles: complex ones too
        timed = stated.timed and var == "t" and every not in SIGNED
        return _solve(_valued_parameters(expr, var, question), var, "nonnegative" if timed else every)
    if asked := asked_equation(drop_remarks(question)):  # "... L satisfies L*(1 - 0.018) = 50. What is L?"
        expr = _valued_parameters(_expr(asked.equation), asked.var, question)
        return _solve(expr, asked.var, "real" if domain == "auto" else domain)
    if unread := re.search(r"\b(?:solve|re-?arrange)\s+(?:it\s+)?for\s+(\w+)\s*$", q, re.I):  # no equation after it
        raise PlanError(f"solving for {unread.group(1)} needs the one formula that holds it and one value for each "
                        "of its other names, e.g. 'V = I*R with V = 12 and I = 0.5, solve for R'")  # fmt: skip
    m = re.search(
        r"(?:solve|roots?\s+of|zeros?\s+of|solutions?\s+(?:of|to)|find\s+[a-z]\b\s*(?:if|when|such that|where|:)?|"
        r"(?:which|what)\s+(?:values?\s+(?:of\s+)?)?[a-z]\s+(?:satisf(?:y|ies)|solves?|makes?))"
        r"\s*(?:for\s+[a-z]\s*)?[:,]?\s*(.+)$",
        q,
        re.I,
    )
    if not m:
        raise PlanError("an algebra question needs 'solve ...', 'roots of ...', 'simplify/expand/factor ...'"
                        + worded_system_hint(question) + bullet_hint(question))  # fmt: skip
    body = cut_closing_prose(m.group(1))  # "... = 0. Both answers please, she says there are two"
    named = re.search(r"\s+for\s+([A-Za-z])\s*[.?!]?\s*$", body)  # "... = 88 for L."
    expr = _expr(body[: named.start()] if named else body)
    if "==" not in expr:
        expr = f"{expr} == 0"
    var = named.group(1) if named and re.search(rf"(?<![A-Za-z]){named.group(1)}(?![A-Za-z])", expr) else None
    var = var or _variable(question, expr)
    return _solve(_valued_parameters(expr, var, question), var, domain)


def _valued_parameters(expr: str, var: str, question: str) -> str:
    """The equation's names other than ``var`` that the question sets to one number ("k = 0.0035 month⁻¹; solve
    100·e^(−kt) = 90 for t") replaced by their values; a PlanError when a rate per one unit of time meets a time asked
    in another ("k = 0.0035 per day ... solve for t (months)"). Unset names stay symbols."""
    valued = _read(lambda text: stated_parameters(text, var, question), expr)
    if valued == expr:
        return expr
    if problem := time_units_problem(question):
        raise PlanError(problem)
    return _expr(valued)


def _blend_system(blend: Blend) -> Plan:
    """``show linsolve(A, b)`` of x + y = T and a x + b y = c T: the amounts of both components of a blend."""
    rows, rhs, equations = blend.system()
    facts = {"op": "linsolve", "matrix": rows, "rhs": rhs, "unknowns": ["x", "y"], "equations": equations,
             "components": {"x": blend.asked, "y": blend.other}}  # fmt: skip
    return Plan("algebra", f"show linsolve({study_matrix(rows)}, {study_list(rhs)})", facts)


def _counted_system(worded: WordedSystem) -> Plan:
    """``show linsolve(A, b)`` of a linear system stated in words, the things counted as its unknowns (otherwise
    PlanError says why it has no one solution)."""
    unique_or_fail(LinearSystem(worded.rows, worded.rhs, worded.unknowns, worded.equations))
    facts = {"op": "linsolve", "matrix": worded.rows, "rhs": worded.rhs, "unknowns": worded.unknowns,
             "equations": worded.equations}  # fmt: skip
    if worded.asked:  # "how many passengers per tram?": the answer is the tram's value, the others beside it
        facts["asked"] = worded.asked
    return Plan("algebra", f"show linsolve({study_matrix(worded.rows)}, {study_list(worded.rhs)})", facts)


def _value(expr: str, points: dict[str, str]) -> Plan:
    """``show subs(subs(f, x, a), y, b)``: a formula's value at the values stated for its variables."""
    call = expr
    for var, value in points.items():
        call = f"subs({call}, {var}, {value})"
    facts = {"op": "value", "expr": expr, "points": points}
    return Plan("algebra", f"show {call}", facts)


def _target(target: Target, q: str, asked: str) -> Plan:
    """``solve(f == value, var)`` of a function set to a value, over the times or counts (>= 0) a time or count asked
    takes; a value in percent of a fraction's model ("α(t) = 1 − exp(−0.021·t) ... reach 98%") as its fraction, said
    in a note."""
    expr, value, var = _expr(target.body), target.value, target.var
    timed = var == "t" or re.search(r"\bhow long\b|\btime\b|\bhow many\b", q, re.I)  # a time or a count
    every = asked if asked in SIGNED or asked == "complex" else "real"
    domain = "nonnegative" if timed and every == "real" else every
    if target.percent and every == "real" and names_share(q) and fraction_model(expr, var):
        domain = "nonnegative"  # "at what n does SOH reach 80%": a share's model is a fraction only for n >= 0
    fraction = target.percent and domain in {"nonnegative", "positive"} and fraction_model(expr, var)
    if fraction:
        value = f"{float(value) / 100:g}"
    plan = _solve(f"{expr} == {value}", var, domain)
    if fraction:
        plan.facts["note"] = (f"the target {target.value}% is read as the fraction {value}: {expr} lies between 0 "
                              f"and 1 for {var} >= 0")  # fmt: skip
    return plan


def _share_target(q: str, question: str, var: str) -> Target | None:
    """The target in percent of a share's model that the solve-for reader would read as a plain number ("SOH =
    exp(-n/5000) ... at what n does SOH reach 80%?"), for ``_target`` to read as the fraction 0.8; None otherwise."""
    target = target_parts(q) or target_parts(drop_remarks(question))
    if target is None or not target.percent or target.var != var:
        return None
    return target if fraction_model(_expr(target.body), var) else None


def _solve(expr: str, var: str, domain: str, read: dict[str, Any] | None = None) -> Plan:
    """``show solve(...)`` in the domain asked: real roots, complex ones, or "auto" (complex where no real root);
    ``read``: what the reader of the question found (a model, the unknown's name), kept in the plan's facts."""
    expr, var = _free_variable(expr, var)
    option = "" if domain == "real" else f', domain="{domain}"'
    facts = {"op": "solve", "expr": expr, "var": var, "domain": domain, **(read or {})}
    if domain in SIGNED:  # "x > 0", "t >= 0": the bound the domain states
        facts["bound"] = 0
    return Plan("algebra", f"show solve({expr}, {var}{option})", facts)


# a matrix's inverse by its power: "A⁻¹", "A^-1", "A^(-1)", "A^{-1}", "A**-1" (a capital letter: "x^-1" is no matrix)
INVERSE_POWER = (
    r"(?-i:\b[A-Z])\s*(?:⁻¹|\^\s*[({]?\s*[-−]\s*1\s*[)}]?(?!\d|\.\d)|\*\*\s*\(?\s*[-−]\s*1\s*\)?(?!\d|\.\d))"
)
MATRIX_OPS = [  # the operation and its shorthand ("det", "inv", "eigvals", "evecs", "rref", "tr"); vectors first
    (r"determinant|\bdet\b", "det"),
    (rf"\binverses?\b|\binvert(?:s|ed|ing)?\b|\binv\b|{INVERSE_POWER}", "inverse"),
    (r"eigen ?vec(?:tor)?s?|\beig ?vecs?\b|\bevecs?\b", "eigenvectors"),
    (r"eigen ?val(?:ue)?s?|\beig(?:en|s| ?vals?)?\b|\bevals?\b", "eigenvalues"),
    (r"\brref\b|reduced row[- ]echelon|\brow[- ]reduc", "rref"),
    (r"\brank\b", "rank"),
    (r"\btranspose\b|\btransp\b", "transpose"),
    (r"\btrace\b|\btr\b", "trace"),
    (PRINCIPAL_VALUES, "eigenvalues"),  # "principal stresses" of a symmetric tensor
    (r"\bnon-?singular\b|\bsingular(?:ity)?\b|\binvertib", "det"),  # "is A singular?": det A = 0 says it
    (r"\bpositive[- ](?:semi-?)?definite\b|\b(?:is it|is this|is the matrix|is [a-z]) (?:pd|psd)\b", "eigenvalues"),
]
# how a property asked is read: the operation that decides it
_PROPERTY_NOTES = {
    "det": "read as the determinant: a square matrix is singular (not invertible) exactly when its determinant is 0",
    "eigenvalues": "read as the eigenvalues: a symmetric matrix is positive definite exactly when all of them are "
    "positive (semidefinite when none is negative)",
}


_EIGENVALUE = r"eigen ?value\b(?!s)"
# one eigenvalue asked, by which: "the spectral radius", "the dominant eigenvalue" (largest modulus), "the largest
# eigenvalue" (largest real one), "the smallest eigenvalue"; the spectral radius first, as it is written beside the
# dominant one ("the dominant eigenvalue (spectral radius)"), and the audit holds the two to agree
_ONE_EIGENVALUE = [
    (r"\bspectral radius\b", "spectral_radius"),
    (
        rf"\b(?:dominant|leading|principal|perron(?:[- ]frobenius)?)\s+{_EIGENVALUE}|{_EIGENVALUE}\s+(?:of\s+)?"
        r"(?:the\s+)?largest\s+(?:magnitude|modulus|absolute value)|\blargest\s+(?:in\s+)?(?:magnitude|modulus|absolute)"
        rf"\s+{_EIGENVALUE}",
        "dominant_eigenvalue",
    ),  # fmt: skip
    (rf"\b(?:largest|biggest|greatest|maximum|max|highest|top)\s+(?:real\s+)?{_EIGENVALUE}", "max_eigenvalue"),
    (rf"\b(?:smallest|least|minimum|min|lowest)\s+(?:real\s+)?{_EIGENVALUE}", "min_eigenvalue"),
]


def _one_eigenvalue(question: str) -> str | None:
    """The operation of the one eigenvalue ``question`` asks for (see ``_ONE_EIGENVALUE``), None when it asks none."""
    return next((name for pattern, name in _ONE_EIGENVALUE if re.search(pattern, question, re.I)), None)


# a bracketed remark beside the ask, one level of brackets inside it ("(det(A − λI) = 0 right?)"), no matrix's brackets
BRACKETED_REMARK = r"\([^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*\)"
# a remark beside the ask, and the characteristic equation written as a method ("using det(A - lambda I) = 0"), which
# names the determinant as the way to the eigenvalues
_OP_ASIDE = re.compile(
    rf"{BRACKETED_REMARK}"
    r"|\b(?:det(?:erminant)?\s*(?:of\s*)?)\(?\s*[A-Z]\s*[-−–]\s*(?:λ|lambda|l)\s*\*?\s*I\s*\)?",
    re.I,
)


def asked_matrix_op(question: str) -> str | None:
    """The matrix operation the question asks for (see ``MATRIX_OPS``), read outside its bracketed remarks and the
    characteristic equation written as a method ("find the eigenvalues of A (det(A − λI) = 0 right?)" asks the
    eigenvalues, not the determinant); the whole question is read when its asides name none."""
    for text in (_OP_ASIDE.sub(" ", question), question):
        op = next((name for pattern, name in MATRIX_OPS if re.search(pattern, text, re.I)), None)
        if op is not None:
            return op
    return None


def plan_linear_algebra(question: str) -> Plan:
    op = asked_matrix_op(question)
    one = _one_eigenvalue(question) if op in {None, "eigenvalues"} else None
    op = one or op
    if asks_linear_system(question, op is not None):
        return _linear_system(question)
    rows = written_matrix(question)  # "[[1, 2], [3, 4]]", "[1 2; 3 4]", "det of\n3 1\n0 4": one row a line
    if op is None or rows is None:
        raise PlanError("a matrix question needs the operation (determinant, inverse, eigenvalues, eigenvectors, "
                        "rref, rank, transpose, trace, or solve A x = b with b) and the matrix as [[1, 2], [3, 4]] or "
                        "'rows 1 2; 3 4'")  # fmt: skip
    _refuse_op_of_inverse(question)
    matrix = study_matrix(rows)
    facts: dict = {"op": op, "matrix": rows}
    if one == "spectral_radius" and _one_eigenvalue(re.sub(_ONE_EIGENVALUE[0][0], " ", question, flags=re.I)):
        facts["dominant_too"] = True  # "the dominant eigenvalue (spectral radius)": the audit holds them to one
    if _asks_property(question, op):
        facts["note"] = _PROPERTY_NOTES[op]
    if op == "eigenvalues" and re.search(PRINCIPAL_VALUES, question, re.I):
        facts["note"] = _principal_values_note(rows)
    if (entry := asked_entry(question, op, (len(rows), len(rows[0])))) is not None:
        facts["entry"] = entry  # "the top-right entry of A⁻¹": the answer is that entry of the whole result
    return Plan("linear_algebra", f"show {op}({matrix})", facts)


def _refuse_op_of_inverse(question: str) -> None:
    """PlanError when an operation other than the inverse is asked of an inverse ("det(A⁻¹)", "the eigenvalues of
    A^-1", "trace of A^(-1)"): the plan would apply it to the matrix itself, or answer the inverse."""
    for pattern, name in MATRIX_OPS:
        if name != "inverse" and re.search(rf"(?:{pattern})\s*(?:of\s+)?\(?\s*{INVERSE_POWER}", question, re.I):
            raise PlanError(f"the {name} of an inverse is not planned: ask for the inverse itself, or the {name} of "
                            "the matrix")  # fmt: skip


def _principal_values_note(rows: list[list[str]]) -> str:
    """The note of principal values (stresses, strains) asked of a tensor: its eigenvalues; PlanError when the
    written matrix is not symmetric (a stress or strain tensor is, so a reading slip or a typo)."""
    n = len(rows)
    if any(len(row) != n for row in rows) or any(
        _entry(rows[i][j]) != _entry(rows[j][i]) for i in range(n) for j in range(i)
    ):
        raise PlanError("principal values are the eigenvalues of a symmetric tensor, but the matrix read is not "
                        "symmetric: check its entries")  # fmt: skip
    return "read as the eigenvalues: the principal values of a symmetric tensor"


def _entry(text: str) -> Fraction | str:
    """A matrix entry as an exact number, or as written (spaces dropped) when it is no plain number."""
    try:
        return Fraction(text)
    except ValueError:
        return text.replace(" ", "")


def _asks_property(question: str, op: str) -> bool:
    """Whether the question asks whether a matrix is singular (or invertible) and ``op`` is the determinant, or
    whether it is positive definite and ``op`` is the eigenvalues."""
    pattern = {"det": MATRIX_OPS[-2][0], "eigenvalues": MATRIX_OPS[-1][0]}.get(op)
    return bool(pattern and re.search(pattern, question, re.I))


def _linear_system(question: str) -> Plan:
    """``show linsolve(A, b)`` of a system with exactly one solution (otherwise PlanError says why, with the ranks)."""
    system = read_system(question)
    unique_or_fail(system)
    facts = {"op": "linsolve", "matrix": system.rows, "rhs": system.rhs, "unknowns": system.unknowns}
    asked = system.asked or asked_unknown(question, system.unknowns)
    if asked:  # "What is a?": the answer is a's value, the others beside it
        facts["asked"] = asked
    if system.equations:
        facts["equations"] = system.equations
    mode = "algebra" if system.equations and not matrix_notation(question) else "linear_algebra"
    return Plan(mode, f"show linsolve({study_matrix(system.rows)}, {study_list(system.rhs)})", facts)


def definite_integral_alternatives(plan: Plan) -> list[tuple[str, str]]:
    """A definite integral (or an average value) is also evaluated numerically (``N(...)``)."""
    facts = plan.facts
    if facts.get("op") not in {"definite_integral", "average_value"}:
        return []
    lo, hi = facts["bounds"]
    width = f"/{_width(lo, hi)}" if facts["op"] == "average_value" else ""
    return [("numeric value", f"show N(integrate({facts['expr']}, {facts['var']}, {lo}, {hi}){width})")]
