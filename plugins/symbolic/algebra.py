"""Algebra operations: solve (equations, systems, inequalities), nsolve, simplify, expand, factor, N."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import sympy as sp
from sympy.logic.boolalg import BooleanAtom

from plugins.api import Call, ListValue, Node, StudyError
from plugins.symbolic.callargs import attempt, check_call
from plugins.symbolic.matrices import linear_solve
from plugins.symbolic.periodic import general_solution
from plugins.symbolic.solve_audit import SIGNED

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter

_INEQUALITIES = (sp.StrictLessThan, sp.LessThan, sp.StrictGreaterThan, sp.GreaterThan, sp.Unequality)
_DOMAINS = ("real", "complex", "auto", *SIGNED)
MAX_DIGITS = 1000


def solve(conv: Converter, call: Call) -> Any:
    """``solve(eq, x)``, ``solve([eq1, eq2], [x, y])``, ``solve(x^2 < 4, x)``, ``solve(A, b)``.

    An expression without ``==`` is taken as ``expr == 0``. Symbols are real, so the roots are the
    real ones; ``domain="complex"`` gives them all; ``domain="auto"`` gives the real ones, or the complex
    ones when there is no real root and the equations are polynomial (or ratios of polynomials);
    ``domain="nonnegative"`` the real ones that are >= 0 (a time), ``domain="positive"`` those > 0. An equation
    with infinitely many roots (sin(x) == 0) gives its general solution, families a*n + b:
    ``ImageSet(Lambda(n, pi*n), Integers)``. ``where=`` keeps the roots of one equation at which a condition of the
    variable holds: ``solve(diff(f, x) == 0, x, where=diff(f, x, 2) > 0)`` the critical points that are minima.
    """
    check_call(call, "solve(x^2 == 4, x) or solve([eq1, eq2], [x, y])", 1, 2, {"domain", "where"})
    first = conv.convert(call.args[0])
    if isinstance(first, sp.MatrixBase):
        if len(call.args) != 2:
            raise StudyError("a linear system needs its right-hand side: solve(A, b)", call)
        return linear_solve(call, first, conv.matrix(call.args[1]))
    items = first if isinstance(first, list) else [first]
    for item, node in zip(items, _item_nodes(call.args[0], len(items)), strict=True):
        if not isinstance(item, sp.Expr | sp.Rel | BooleanAtom):
            raise StudyError(f"expected an equation or an expression to solve, found {item}", node)
    variables = conv.symbols(call.args[1]) if len(call.args) > 1 else _free_symbols(call, items)
    present = {s.name for item in items for s in item.free_symbols}
    if absent := [v.name for v in variables if v.name not in present]:  # solve(1/R == 2, o): no answer, not "none"
        raise StudyError(f"{', '.join(absent)} does not occur in the equation: solve for one of its variables "
                         f"({', '.join(sorted(present)) or 'none'})", call.args[1])  # fmt: skip
    if any(isinstance(item, _INEQUALITIES) for item in items):
        return _inequalities(call, items, variables)
    domain = _domain(conv, call)
    if len(items) == 1 and len(variables) == 1 and not _algebraic(_as_zero(call, items[0]), variables):
        general = general_solution(call, _as_zero(call, items[0]), variables[0], domain)
        if general is not None:  # sin(x) = 0: x = pi*n for every integer n, not [0, pi]
            return general
    if domain in SIGNED:
        wanted = {v: sp.Symbol(v.name, **{domain: True}) for v in variables}
        items, variables = [item.xreplace(wanted) for item in items], [wanted[v] for v in variables]
        if any(item is sp.false for item in items):  # t^2 + 1 == 0 with t >= 0: decided, no solution
            return []
    found = _solve(call, items, variables, domain == "complex")
    if domain == "auto" and found == [] and all(_algebraic(_as_zero(call, item), variables) for item in items):
        found = _solve(call, items, variables, True)
    return _where(conv, call, found, variables)


def _where(conv: Converter, call: Call, found: Any, variables: list[sp.Symbol]) -> Any:
    """The roots of ``found`` at which the ``where=`` condition (an inequality in the one variable) holds, decided
    exactly where sympy can and else numerically; ``found`` itself when the call gives no condition."""
    option = conv.keyword(call, "where")
    if option is None:
        return found
    condition = conv.convert(option.value)  # a constant f'' decides it for every root: true or false
    if (
        not isinstance(condition, (*_INEQUALITIES[:4], BooleanAtom))
        or len(variables) != 1
        or not isinstance(found, list)
    ):
        raise StudyError("where= needs an inequality of the one variable solved for, e.g. where=diff(f, x, 2) > 0",
                         option)  # fmt: skip
    var = sp.Symbol(variables[0].name)
    named = {s: var for s in condition.free_symbols if s.name == var.name}
    condition = condition.xreplace(named)
    if isinstance(condition, BooleanAtom):
        return found if condition else []
    if condition.free_symbols - {var}:
        raise StudyError("where= may use no name but the variable solved for", option)
    if any(isinstance(root, sp.Basic) and root.free_symbols for root in found):
        raise StudyError("where= needs roots that are numbers: give the other names of the equation values", option)
    return [root for root in found if _holds(condition.subs(var, root))]


def _holds(condition: Any) -> bool:
    """Whether a condition without variables is true: exactly, or by the sign of its sides' difference evaluated."""
    if condition in (sp.true, sp.false):
        return bool(condition)
    gap = complex(sp.N(condition.lhs - condition.rhs, 30))
    if abs(gap.imag) > 1e-12:
        return False
    return bool(condition.func(sp.Float(gap.real), 0))


def _algebraic(expr: Any, variables: list[sp.Symbol]) -> bool:
    """Whether ``expr`` is a ratio of polynomials in ``variables`` (finitely many complex roots, all listed)."""
    top, bottom = sp.fraction(sp.together(expr))
    return bool(top.is_polynomial(*variables) and bottom.is_polynomial(*variables))


def _solve(call: Call, items: list[Any], variables: list[sp.Symbol], complex_domain: bool) -> Any:
    """The roots of one equation (sorted), or the solutions of a system; complex ones too when asked."""
    if complex_domain:
        plain = {s: sp.Symbol(s.name) for item in items for s in item.free_symbols}
        plain.update({v: sp.Symbol(v.name) for v in variables})
        items = [item.xreplace(plain) for item in items]
        variables = [plain[v] for v in variables]
    if not complex_domain and len(items) == 1 and len(variables) == 1:
        root = _exponent_root(items[0], variables[0])
        root = root if root is not None else _reciprocal_exponent_root(_as_zero(call, items[0]), variables[0])
        if root is not None:
            return [root]
    equations = [_as_zero(call, item) for item in items]
    if len(equations) == 1 and len(variables) == 1:
        roots = attempt(call, lambda: sp.solve(equations[0], variables[0]), *_NO_CLOSED_FORM)
        return distinct(sorted((_compact_logs(r) for r in roots), key=sp.default_sort_key))
    found = attempt(call, lambda: sp.solve(equations, variables, dict=True), *_NO_CLOSED_FORM)
    return distinct(found) if isinstance(found, list) else found


def distinct(found: list[Any]) -> list[Any]:
    """``found`` with equal solutions merged, the first of each kept: sympy may list one number twice in two forms
    (2*log(6) and log(36), the peak of 8(e^(-0.1t) - e^(-0.6t))); a system's solutions (dicts) are equal when every
    value is."""
    kept: list[Any] = []
    for item in found:
        if not any(_same(item, other) for other in kept):
            kept.append(item)
    return kept


def _same(a: Any, b: Any) -> bool:
    """Whether two solutions are one: equal as written, their difference simplifying to 0, or, for numbers, equal
    to 40 significant digits."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    if a == b or not (isinstance(a, sp.Expr) and isinstance(b, sp.Expr)):
        return bool(a == b)
    if a.free_symbols or b.free_symbols:
        try:
            return sp.simplify(a - b) == 0
        except (TypeError, ValueError, NotImplementedError):
            return False
    try:
        gap, size = abs(complex(sp.N(a - b, 50))), abs(complex(sp.N(a, 50)))
    except (TypeError, ValueError):
        return False
    return gap <= 1e-40 * max(1.0, size)


def _exponent_root(item: Any, var: sp.Symbol) -> Any:
    """The one real root of a power of a positive constant, linear in ``var``, set to a positive constant, b^(p x + q)
    == c (a constant factor a of the power divides c: a*b^(p x + q) == c): x = (log(c)/log(b) - q)/p, as sympy would not write it (it solves 10^((T - 1211/10)/10) == 4 as log(2^1411
    5^1211)/(10 log 10); this gives 1211/10 + 10 log(4)/log(10)). None for any other item, or a variable with a sign
    assumed (its domain's filter is sympy's)."""
    if not isinstance(item, sp.Eq) or var.is_positive or var.is_nonnegative:
        return None
    for side, other in ((item.lhs, item.rhs), (item.rhs, item.lhs)):
        scale, power = side.as_independent(var, as_Add=False) if isinstance(side, sp.Mul) else (sp.Integer(1), side)
        value = other / scale  # "85*e^(-30 k) == 40": e^(-30 k) == 40/85
        if (
            isinstance(power, sp.Pow | sp.exp)
            and power.base.is_positive
            and power.base != 1
            and not power.base.has(var)
            and value.is_positive
            and not value.has(var)
            and power.exp.is_polynomial(var)
            and sp.degree(power.exp, var) == 1
        ):
            slope, intercept = sp.diff(power.exp, var), power.exp.subs(var, 0)
            level = sp.log(value) / sp.log(power.base) if power.base != sp.E else sp.log(value)
            if scale != 1 and power.base != sp.E:  # "3*10^(t/2) == 3e12": 12, as sympy would give it
                level = sp.log(value, power.base)
            return sp.expand_mul(level / slope) - sp.expand_mul(intercept / slope)
    return None


def _reciprocal_exponent_root(expr: Any, var: sp.Symbol) -> Any:
    """The one real root of a*b^(p/x + q) + c = 0 with a, b, c, p, q constants (b > 0, b != 1, -c/a > 0, p != 0): a
    time constant from one point of an exponential, 60 + 100*e^(-30/u) - 140 = 0 -> u = 30/log(5/4), where sympy lists
    its complex branches as well. None for any other expression, or a variable with a sign assumed."""
    if var.is_positive or var.is_nonnegative:
        return None
    rest, term = expr.as_independent(var, as_Add=True)
    scale, power = term.as_independent(var, as_Add=False)
    if not isinstance(power, sp.Pow | sp.exp) or power.base.has(var) or not power.base.is_positive or power.base == 1:
        return None
    level = -rest / scale
    inverse = sp.Dummy("w")
    exponent = sp.expand(power.exp.subs(var, 1 / inverse))
    if not level.is_positive or exponent.has(var) or not exponent.is_polynomial(inverse):
        return None
    if sp.degree(exponent, inverse) != 1:
        return None
    slope, intercept = sp.diff(exponent, inverse), exponent.subs(inverse, 0)
    logged = sp.log(level) if level >= 1 or not level.is_Rational else -sp.log(1 / level)  # log(4/5) as -log(5/4)
    target = logged / sp.log(power.base) if power.base != sp.E else logged
    if sp.simplify(target - intercept) == 0:
        return None  # b^(p/x) = 1: no finite x
    return sp.simplify(slope / (target - intercept))


def _compact_logs(root: Any) -> Any:
    """A long whole number under a log written as a power: sympy's root of e^(t/20) = 2 is log(1048576), which reads
    better as 20*log(2); e^(-t/40) = 23/57 gives log(57**40/23**40), which is 40*log(57/23); and the root of
    e^(n/50000) = 4, log(2**100000), cannot even be printed: it is 100000*log(2)."""

    def power_log(number: sp.Rational) -> Any:
        if (common := _common_power(number)) is not None:
            base, exponent = common
            return exponent * sp.log(base)
        if max(number.p, number.q) <= _HUGE:
            return sp.log(number)
        parts = []
        for whole in (number.p, number.q):
            found = sp.perfect_power(whole) if whole > _HUGE else False
            parts.append(found[1] * sp.log(found[0]) if found else sp.log(whole))
        return parts[0] - parts[1]

    return root.replace(_large_log, lambda a: power_log(a.args[0])) if isinstance(root, sp.Basic) else root


def _common_power(number: sp.Rational) -> tuple[sp.Rational, int] | None:
    """(b, k) with ``number`` = b^k for the largest whole k > 1 that both its numerator and denominator are powers
    of: 57**40/23**40 -> (57/23, 40); None when there is none."""
    found = [sp.perfect_power(whole) or (whole, 1) for whole in (number.p, number.q)]
    exponents = [exponent for (base, exponent) in found if base != 1]
    k = math.gcd(*exponents) if exponents else 1
    if k <= 1:
        return None
    return sp.Rational(*(base ** (exponent // k) if base != 1 else 1 for base, exponent in found)), k


def _large_log(node: Any) -> bool:
    return isinstance(node, sp.log) and node.args[0].is_Rational and max(node.args[0].p, node.args[0].q) > _LARGE


_LARGE = 999  # a log of a smaller rational stays as written: log(16)
_HUGE = 10**100
_NO_CLOSED_FORM = ("no closed-form solution was found", "for a numeric root try nsolve(f, x, guess)")


def nsolve(conv: Converter, call: Call) -> Any:
    """``nsolve(eq, x, guess)``: a numeric root near the guess."""
    check_call(call, "nsolve(cos(x) == x, x, 1)", 3, 3)
    item = conv.expr(call.args[0])
    x, guess = conv.symbol(call.args[1]), conv.real(call.args[2])
    equation = _as_zero(call, item)
    return attempt(call, lambda: sp.nsolve(equation, x, guess), "no root was found near this guess")


def subs(conv: Converter, call: Call) -> Any:
    """``subs(f, x, a)``: ``f`` with ``x`` replaced by ``a`` (a derivative at a point: ``subs(diff(f, x), x, 2)``);
    ``a`` may be a solve with exactly one root (f at its critical point: ``subs(f, x, solve(diff(f, x) == 0, x))``)."""
    check_call(call, "subs(f, x, a)", 3, 3)
    f, x, value = conv.expr(call.args[0]), conv.symbol(call.args[1]), conv.convert(call.args[2])
    if isinstance(value, list):
        if len(value) != 1 or not isinstance(value[0], sp.Expr):
            raise StudyError(f"subs needs one value, found {len(value)} (of {value})", call.args[2])
        value = value[0]
    value = conv.expr(call.args[2]) if not isinstance(value, sp.Expr) else value
    return attempt(call, lambda: sp.simplify(f.subs(x, value)), "cannot substitute this")


def simplify(conv: Converter, call: Call) -> Any:
    """``simplify(f)``."""
    return _elementwise(conv, call, sp.simplify)


def expand(conv: Converter, call: Call) -> Any:
    """``expand(f)``."""
    return _elementwise(conv, call, sp.expand)


def factor(conv: Converter, call: Call) -> Any:
    """``factor(f)``: polynomials into irreducible factors; a whole number into primes."""
    check_call(call, "factor(f)", 1, 1)
    value = conv.convert(call.args[0])
    if isinstance(value, sp.Integer) and abs(value) > 1:
        primes = sp.factorint(value)  # a negative number's factors include -1
        return sp.Mul(
            *(sp.Pow(p, k, evaluate=False) if k > 1 else p for p, k in sorted(primes.items())), evaluate=False
        )
    return _elementwise(conv, call, sp.factor, value)


def evalf(conv: Converter, call: Call) -> Any:
    """``N(f)`` or ``N(f, digits)`` (also ``evalf``): a numeric value to 15 (or ``digits``) digits."""
    check_call(call, "N(f) or N(f, 30)", 1, 2)
    value = conv.convert(call.args[0])
    digits = conv.integer(call.args[1], minimum=1) if len(call.args) > 1 else 15
    if digits > MAX_DIGITS:
        raise StudyError(f"at most {MAX_DIGITS} digits can be asked for", call.args[1])
    return _numeric(call, value, digits)


def _numeric(call: Call, value: Any, digits: int) -> Any:
    if isinstance(value, list):
        return [_numeric(call, v, digits) for v in value]
    if isinstance(value, dict):
        return {k: _numeric(call, v, digits) for k, v in value.items()}
    if isinstance(value, sp.MatrixBase | sp.Expr | sp.Rel):
        return attempt(call, lambda: value.evalf(digits), "cannot evaluate this numerically")
    raise StudyError("N applies to numbers, expressions, lists and matrices", call)


def _elementwise(conv: Converter, call: Call, engine: Any, value: Any = None) -> Any:
    check_call(call, f"{call.func}(f)", 1, 1)
    value = conv.convert(call.args[0]) if value is None else value
    if isinstance(value, list):
        return [attempt(call, lambda v=v: engine(v), f"cannot {call.func} this") for v in value]
    if isinstance(value, sp.MatrixBase):
        return attempt(call, lambda: value.applyfunc(engine), f"cannot {call.func} this")
    return attempt(call, lambda: engine(value), f"cannot {call.func} this")


def _inequalities(call: Call, items: list[Any], variables: list[sp.Symbol]) -> Any:
    if len(variables) != 1:
        raise StudyError("inequalities are solved for one variable", call, hint="solve(x^2 < 4, x)")
    if not all(isinstance(item, _INEQUALITIES) for item in items):
        raise StudyError("solve either equations or inequalities, not both at once", call)
    x = variables[0]
    answer = sp.S.Reals
    for item in items:
        answer = answer & attempt(call, lambda item=item: sp.solveset(item, x, sp.S.Reals), "cannot solve this")
    return answer


def _as_zero(call: Call, item: Any) -> Any:
    """An equation as ``lhs - rhs`` (to be zero); an expression as itself."""
    if isinstance(item, sp.Equality):
        return item.lhs - item.rhs
    if item is sp.true or item is sp.false:
        raise StudyError(f"this equation is always {str(item).lower()}: there is nothing to solve", call)
    return item


def _free_symbols(call: Call, items: list[Any]) -> list[sp.Symbol]:
    found = sorted({s for item in items for s in item.free_symbols}, key=lambda s: s.name)
    if not found:
        raise StudyError("there is no variable to solve for", call)
    if len(found) > 1 and len(items) == 1:
        names = ", ".join(s.name for s in found)
        raise StudyError(f"say which variable to solve for: {names}", call, hint=f"solve(eq, {found[0].name})")
    return found


def _domain(conv: Converter, call: Call) -> str:
    option = conv.keyword(call, "domain")
    if option is None:
        return "real"
    text = conv.ctx.string(option.value)
    if text not in _DOMAINS:
        raise StudyError(
            f"unknown domain '{text}'", option, hint='use domain="real", "complex", "auto", "nonnegative" or "positive"'
        )
    return text


def _item_nodes(node: Node, count: int) -> list[Node]:
    """The nodes of the equations, for pointing at a bad one (the whole argument when not a literal list)."""
    if isinstance(node, ListValue) and len(node.items) == count:
        return list(node.items)
    return [node] * count
