"""Worked calculus and algebra problems for the default corpus, answered by sympy.

Expressions are built from sympy objects chosen by a seeded RNG (never parsed from text). The question
shows the expression either in caret notation (``x^3*sin(x)``) or in Python notation (``x**3*sin(x)``);
answers use sympy's printer.
"""

from __future__ import annotations

import functools
import random

import sympy as sp

from plugins.model.corpus_problems import Problem, frame

_VARIABLES = (sp.Symbol("x"), sp.Symbol("t"), sp.Symbol("z"))


def _show(expr: sp.Expr, rng: random.Random) -> str:
    text = str(expr)
    return text.replace("**", "^") if rng.random() < 0.5 else text


def _atom(rng: random.Random, x: sp.Symbol) -> sp.Expr:
    """An elementary function of x with small integer coefficients."""
    a, b, n = rng.randint(1, 6), rng.randint(1, 4), rng.randint(2, 5)
    builders = (
        lambda: a * x**n,
        lambda: x**n + a,
        lambda: sp.sin(b * x),
        lambda: sp.cos(b * x),
        lambda: sp.exp(b * x),
        lambda: sp.log(x),
        lambda: sp.sqrt(x),
        lambda: sp.atan(b * x),
    )
    return rng.choice(builders)()


def _combined(rng: random.Random, x: sp.Symbol) -> tuple[sp.Expr, str]:
    """Two atoms joined by a rule of differentiation; returns the expression and the rule's name."""
    f, g = _atom(rng, x), _atom(rng, x)
    while g == f:
        g = _atom(rng, x)
    rule = rng.choice(("product", "sum", "chain", "quotient"))
    if rule == "product":
        return f * g, "product rule"
    if rule == "sum":
        return f + g, "sum rule"
    if rule == "quotient":
        return f / g, "quotient rule"
    inner = rng.randint(2, 4) * x**2 + rng.randint(1, 5)
    return rng.choice((sp.sin, sp.cos, sp.exp, sp.log))(inner), "chain rule"


def derivative(rng: random.Random) -> Problem:
    """d/dx of a combination of elementary functions."""
    x = rng.choice(_VARIABLES)
    f, rule = _combined(rng, x)
    answer = sp.diff(f, x)
    shown = _show(f, rng)
    question = rng.choice(
        (
            f"What is the derivative of {shown}?",
            f"Differentiate {shown} with respect to {x}.",
            f"Find d/d{x} of {shown}.",
            f"Compute f'({x}) for f({x}) = {shown}.",
        )
    )
    reply = rng.choice(
        (
            f"{answer}.",
            f"By the {rule}, the derivative is {answer}.",
            f"Applying the {rule}: f'({x}) = {answer}.",
        )
    )
    return Problem("derivative", frame(rng, question, reply), {"function": f, "variable": x, "answer": answer})


def _integrand(rng: random.Random, x: sp.Symbol) -> sp.Expr:
    """An integrand whose antiderivative sympy finds at once."""
    a, b, n, m = rng.randint(1, 9), rng.randint(1, 5), rng.randint(1, 6), rng.randint(0, 3)
    builders = (
        lambda: a * x**n + b * x**m,
        lambda: a * sp.sin(b * x),
        lambda: a * sp.cos(b * x),
        lambda: a * sp.exp(b * x),
        lambda: x * sp.exp(b * x),
        lambda: x * sp.cos(b * x),
        lambda: a / x,
        lambda: a / (x + b),
        lambda: a * x**2 * sp.exp(x),
        lambda: a * sp.sqrt(x),
    )
    return rng.choice(builders)()


@functools.lru_cache(maxsize=4096)
def _integrate(f: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """sympy's antiderivative; polynomials take the quick road, and repeated integrands are remembered."""
    if f.is_polynomial(x):
        return sp.Poly(f, x).integrate().as_expr()
    return sp.integrate(f, x)


def antiderivative(rng: random.Random) -> Problem:
    """An indefinite integral, answered with its constant of integration."""
    x = rng.choice(_VARIABLES)
    f = _integrand(rng, x)
    answer = _integrate(f, x)
    shown = _show(f, rng)
    question = rng.choice(
        (
            f"What is the integral of {shown} with respect to {x}?",
            f"Integrate {shown} d{x}.",
            f"Find an antiderivative of {shown}.",
            f"Evaluate ∫ {shown} d{x}.",
        )
    )
    reply = rng.choice(
        (
            f"{answer} + C.",
            f"∫ {shown} d{x} = {answer} + C, where C is a constant.",
            f"An antiderivative is {answer}; every other one differs by a constant C.",
        )
    )
    return Problem("antiderivative", frame(rng, question, reply), {"integrand": f, "variable": x, "answer": answer})


def definite_integral(rng: random.Random) -> Problem:
    """The exact area under a polynomial between two integers."""
    x = rng.choice(_VARIABLES)
    coefficients = [rng.randint(-5, 6) for _ in range(rng.randint(2, 4))]
    f = sum(c * x**k for k, c in enumerate(coefficients))
    lo = rng.randint(-3, 2)
    hi = lo + rng.randint(1, 4)
    primitive = sp.Poly(f, x).integrate()  # polynomial arithmetic: far quicker than sp.integrate
    answer = primitive.eval(hi) - primitive.eval(lo)
    shown = _show(f, rng)
    question = rng.choice(
        (
            f"Evaluate the integral of {shown} from {x} = {lo} to {x} = {hi}.",
            f"What is ∫ from {lo} to {hi} of {shown} d{x}?",
            f"Compute the definite integral of {shown} over [{lo}, {hi}].",
        )
    )
    reply = rng.choice(
        (
            f"{answer}.",
            f"An antiderivative is F({x}) = {primitive.as_expr()}, so F({hi}) - F({lo}) = {answer}.",
            f"The value is {answer} (≈ {float(answer):.4g}).",
        )
    )
    facts = {"integrand": f, "variable": x, "lower": lo, "upper": hi, "answer": answer}
    return Problem("definite_integral", frame(rng, question, reply), facts)


def equation(rng: random.Random) -> Problem:
    """A linear or quadratic equation with rational roots, solved exactly."""
    x = rng.choice(_VARIABLES)
    if rng.random() < 0.4:
        a, b, c = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(-20, 20)
        lhs, rhs = a * x + b, sp.Integer(c)
    else:
        r1, r2, a = rng.randint(-9, 9), rng.randint(-9, 9), rng.choice((1, 1, 2, 3))
        lhs, rhs = sp.expand(a * (x - r1) * (x - r2)), sp.Integer(0)
    roots = sorted(sp.roots(sp.Poly(lhs - rhs, x)))  # exact roots of a degree-1 or -2 polynomial
    shown = f"{_show(lhs, rng)} = {rhs}"
    question = rng.choice(
        (f"Solve {shown} for {x}.", f"Find every {x} with {shown}.", f"What are the solutions of {shown}?")
    )
    listed = ", ".join(f"{x} = {r}" for r in roots)
    if len(roots) == 1:
        reply = rng.choice((f"{listed}.", f"The only solution is {listed}."))
    else:
        reply = rng.choice(
            (f"{listed}.", f"Factoring gives the roots {listed}.", f"There are two solutions: {listed}.")
        )
    facts = {"lhs": lhs, "rhs": rhs, "variable": x, "roots": roots}
    return Problem("equation", frame(rng, question, reply), facts)


GENERATORS = (derivative, antiderivative, definite_integral, equation)
