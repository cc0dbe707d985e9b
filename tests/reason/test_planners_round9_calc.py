"""Readings added after the ninth unseen round (calculus, algebra, units): definite integrals written as physics
(displacement from a velocity, a total from a rate, work from a force) over explicit bounds, remarks around an
expression ("i.e. definite integral", "(complex roots ok)"), the domain of roots, "at what t is V = 140?", and
unit conversions in conversational phrasing. References come from sympy, solved or integrated here, and from
scipy.constants."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import constants

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.calculus_prose import explicit_bounds
from plugins.symbolic.remarks import cut_trailing_remarks, drop_remarks, strip_units
from plugins.symbolic.word_problems import span_parts, target_parts
from tests.reason.answers import as_set, confident, roots_of, same_expr

x = sp.Symbol("x", real=True)
t = sp.Symbol("t", real=True)
T = sp.Symbol("T", real=True)
z = sp.Symbol("z")  # complex


# ---- accumulations: a defined function integrated over bounds the question writes -------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("particle velocity v(t) = 3t² - 2t m/s. displacement between t=0 and t=2 s?", sp.integrate(3 * t**2 - 2 * t, (t, 0, 2))),
        ("flow rate r(t) = 5 + 2t L/min, total volume from t=0 to 10 min", sp.integrate(5 + 2 * t, (t, 0, 10))),
        ("work done by F(x) = 3x^2 + 2 N from x=1 to x=4 m", sp.integrate(3 * x**2 + 2, (x, 1, 4))),
        ("the force is F = 3x^2 + 2 N, what work is done from x = 1 to 4 m?", sp.integrate(3 * x**2 + 2, (x, 1, 4))),
        ("water flows at r(t) = 100e^(-0.2t) L/h. how much water flows in between t = 0 and t = 5 h?",
         sp.integrate(100 * sp.exp(-t / 5), (t, 0, 5))),
        ("current i(t) = 2 sin(t) A, charge delivered from 0 to pi s", sp.integrate(2 * sp.sin(t), (t, 0, sp.pi))),
        ("power P(t) = 3t^2 kW. energy used between t=0 and t=2 h", sp.integrate(3 * t**2, (t, 0, 2))),
        ("the mean rate r(t) = 2t defects/h. total defects from t = 0 to 8", sp.integrate(2 * t, (t, 0, 8))),
        ("f(x) = x^2 + 1. find the area under the curve from x = 0 to x = 2", sp.integrate(x**2 + 1, (x, 0, 2))),
        ("area under the curve y = x^2 from x = 0 m to x = 3 m", sp.integrate(x**2, (x, 0, 3))),
        ("v(t) = 3t^2 - 2t, displacement for 0 <= t <= 2", sp.integrate(3 * t**2 - 2 * t, (t, 0, 2))),
    ],
)  # fmt: skip
def test_accumulations_are_definite_integrals(question, reference):
    assert same_expr(confident(question, "calculus").result, reference)


@pytest.mark.parametrize(
    ("question", "v", "lo", "hi"),
    [
        ("speed v(t) = 3t^2 - 2t. total distance travelled from t = 0 to 2", 3 * t**2 - 2 * t, 0, 2),
        ("a car's velocity is v = 4t - 6 m/s. how far does it travel from t = 0 to t = 5 s?", 4 * t - 6, 0, 5),
    ],
)
def test_a_distance_integrates_the_speed(question, v, lo, hi):
    # the distance travelled is the integral of |v|: where v changes sign it differs from the displacement
    (zero,) = [r for r in sp.solve(v, t) if lo < r < hi]
    reference = -sp.integrate(v, (t, lo, zero)) + sp.integrate(v, (t, zero, hi))
    assert reference != sp.integrate(v, (t, lo, hi))
    assert same_expr(confident(question, "calculus").result, reference)


@pytest.mark.parametrize(
    "question",
    [
        "v(t) = 3t^2 - 2t. what is the displacement in the first 2 seconds?",  # a bound left implicit
        "x(t) = t^3, v(t) = 3t^2. displacement from t=0 to t=2",  # which function: not said
        "v(t) = 3t^2 - 2t. average velocity from t=0 to t=2",  # an average, not a total
    ],
)
def test_accumulations_not_written_in_full_are_not_read(question):
    assert span_parts(question) is None


def test_an_integrand_of_its_own_is_not_replaced_by_a_definition():
    out = reason("integral of x^2 + y from 0 to 1 where y = 2x")
    assert not out.answered or out.confidence < 0.5 or same_expr(out.result, sp.Rational(4, 3))


# ---- remarks around an expression -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "notebook: need the area under x^2 e^(-x) between x=0 and x=3, i.e. definite integral",
        "area under x^2 e^(-x) between x=0 and x=3, thanks",
        "please compute the definite integral of x^2 e^(-x) between x=0 and x=3 (numerically is fine)",
        "integral of x^2 e^(-x) from 0 to 3 please",
    ],
)
def test_trailing_and_bracketed_remarks_are_not_read_into_the_integrand(question):
    assert same_expr(confident(question, "calculus").result, sp.integrate(x**2 * sp.exp(-x), (x, 0, 3)))


def test_remarks_are_cut_as_text():
    assert drop_remarks("x**2 + 4x + 13 = 0 (complex roots ok)") == "x**2 + 4x + 13 = 0"
    assert drop_remarks("V = 500 - 20t (t in min)") == "V = 500 - 20t"
    assert drop_remarks("(x + 1)(x y) sin(x) v(t)") == "(x + 1)(x y) sin(x) v(t)"  # mathematics stays
    assert cut_trailing_remarks("int x^2 dx, with respect to x") == "int x^2 dx, with respect to x"
    assert cut_trailing_remarks("solve x^2 = 4, thanks!") == "solve x^2 = 4"
    assert strip_units("3t^2 - 2t m/s", "t") == "3t^2 - 2t"
    assert strip_units("2x + c", "x") == "2x + c"  # after an operator: a constant, not a unit
    assert strip_units("3 x/2", "x") == "3 x/2"
    assert strip_units("5 t", "t") == "5 t"
    assert explicit_bounds("displacement between t=0 and t=2 s") is not None


def test_a_limit_side_in_brackets_is_read():
    assert to_sympy(confident("lim x->0 (from the right) 1/x", "calculus").result) == sp.oo


# ---- the domain of roots ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "polynomial"),
    [
        ("solve x**2 + 4x + 13 = 0 (complex roots ok)", z**2 + 4 * z + 13),
        ("solve x^2 + 4x + 13 = 0", z**2 + 4 * z + 13),  # no real root: the complex ones, with a note
        ("roots of x^2 + 2x + 5, complex allowed", z**2 + 2 * z + 5),
        ("solve z^2 + 1 = 0 in the complex plane", z**2 + 1),
        ("find all complex solutions of x^4 = 16", z**4 - 16),
        ("what are the roots of 2x^2 + 3x + 5 (including complex ones)", 2 * z**2 + 3 * z + 5),
        ("find the complex roots of x^3 - 1", z**3 - 1),
    ],
)
def test_complex_roots_when_asked_or_when_there_is_no_real_one(question, polynomial):
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(polynomial, z))


def test_the_default_says_there_is_no_real_root():
    out = confident("solve x^2 + 4x + 13 = 0", "algebra")
    assert sp.solve(x**2 + 4 * x + 13, x) == []
    assert any("no real solution" in c for c in out.caveats)


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        ("solve x^2 + 4x + 13 = 0 (real roots only)", x**2 + 4 * x + 13),
        ("real roots of x^2+1", x**2 + 1),
        ("solve x^3 = 8", x**3 - 8),  # a real root: the complex pair is not listed
        ("solve x^2 - 5x + 6 = 0", x**2 - 5 * x + 6),
    ],
)
def test_real_roots_when_asked_or_when_there_are_some(question, equation):
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(equation, x))


def test_complex_roots_of_a_transcendental_equation_are_not_trusted():
    out = reason("solve e^x = -1 over the complex numbers")  # sympy lists I*pi, not I*pi + 2*pi*I*k
    assert out.answered and out.confidence < 0.5


# ---- a defined function set to a value -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "equation", "var"),
    [
        ("tank holds 500 L and drains so that V = 500 - 20t (t in min). at what t is V = 140?", 500 - 20 * t - 140, t),
        ("tank: V = 500 - 20t (t in min). when will V be 140 L?", 500 - 20 * t - 140, t),
        ("after how many minutes is V = 140 if V = 500 - 20t", 500 - 20 * t - 140, t),
        ("the temperature T = 20 + 5t degC. when does T reach 60?", 20 + 5 * t - 60, t),
        ("y = 2x + 1, find x such that y = 7", 2 * x + 1 - 7, x),
        ("y = x^2 - 4; find x such that y = 0", x**2 - 4, x),
        ("a rod's length L = 2 + 0.01T (T in degC). at what T is L = 2.5?", 2 + T / 100 - sp.Rational(5, 2), T),
        ("C(t) = 50e^(-0.1t) mg/L; find t such that C = 10", 50 * sp.exp(-t / 10) - 10, t),
    ],
)
def test_a_value_the_function_reaches_is_an_equation(question, equation, var):
    out = confident(question, "algebra")
    want = [r for r in sp.solve(equation, var) if var != t or r >= 0]
    assert roots_of(out.result) == as_set(want)


def test_a_time_is_not_negative():
    out = confident("the height is h = 50 - 4.9t^2. when does h hit 0?", "algebra")
    roots = sp.solve(50 - sp.Rational(49, 10) * t**2, t)
    assert len(roots) == 2 and roots_of(out.result) == as_set([r for r in roots if r >= 0])


def test_a_value_never_reached_has_no_time():
    out = confident("h(t) = 20t - 4.9t^2 m. when does h reach 100?", "algebra")
    assert out.result == [] and sp.solve(20 * t - sp.Rational(49, 10) * t**2 - 100, t) == []


def test_an_evaluation_is_no_equation():
    assert target_parts("V = 500 - 20t. what is V at t = 10?") is None


# ---- unit conversions in conversational phrasing ------------------------------------------------------------------
PSI_KPA = constants.psi / constants.kilo


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("oven's at 350°F, what's that in °C", float(constants.convert_temperature(350, "F", "C"))),
        ("tyre pressure 32 psi -> kPa?", 32 * PSI_KPA),
        ("relief valve set at 250 psi -- what is that in kPa?", 250 * PSI_KPA),
        ("250 psi is how many kPa", 250 * PSI_KPA),
        ("32 psi => bar", 32 * constants.psi / constants.bar),
        ("what's 32 psi in kPa, roughly?", 32 * PSI_KPA),
        ("boiler at 10 bar; in psi?", 10 * constants.bar / constants.psi),
        ("The line pressure reads 6 bar. What is it in psi?", 6 * constants.bar / constants.psi),
        ("room is 20 degC - in degF?", float(constants.convert_temperature(20, "C", "F"))),
        ("5 atm expressed in psi", 5 * constants.atm / constants.psi),
        ("a 3.5 US gallon bucket, what's that in liters please", 3.5 * constants.gallon / constants.liter),
        ("the pump moves 30 gal/min, how many L/min is that?", 30 * constants.gallon / constants.liter),
    ],
)
def test_conversational_unit_conversions(question, reference):
    out = confident(question, "unit_conversion")
    assert out.result["value"] == pytest.approx(reference, rel=1e-9)


# ---- the engine: solve's domains, integrals of absolute values -----------------------------------------------------
def test_solve_domains_and_absolute_values(run_study):
    run = run_study(
        'show solve(x^2 + 4*x + 13 == 0, x, domain="auto")\n'
        'show solve(x^3 == 1, x, domain="auto")\n'
        'show solve(exp(x) == -1, x, domain="auto")\n'
        'show solve(50 - 4.9*t^2 == 0, t, domain="nonnegative")\n'
        'show solve(t^2 + 1 == 0, t, domain="nonnegative")\n'
        "show integrate(abs(3*t^2 - 2*t), t, 0, 2)\n"
        "show integrate(abs(sin(x)), x, 2*pi, 0)\n"
    )
    assert run.exit_code == 0, run.stderr
    auto, real, transcendental, time, never, distance, backwards = (s["result"] for s in run.json["steps"])
    assert roots_of(auto["result"]) == as_set(sp.solve(z**2 + 4 * z + 13, z))
    assert any("complex solutions are listed" in n for n in auto["notes"])
    assert [to_sympy(r) for r in real["result"]] == sp.solve(x**3 - 1, x)  # real roots exist: only they
    assert transcendental["result"] == []  # not a polynomial: its complex roots are infinitely many
    assert [to_sympy(r) for r in time["result"]] == [r for r in sp.solve(50 - sp.Rational(49, 10) * t**2, t) if r >= 0]
    assert never["result"] == [] and any(">= 0" in n for n in never["notes"])
    v = 3 * t**2 - 2 * t
    assert same_expr(
        distance["result"], -sp.integrate(v, (t, 0, sp.Rational(2, 3))) + sp.integrate(v, (t, sp.Rational(2, 3), 2))
    )
    assert same_expr(backwards["result"], -4)  # 4 arches of |sin| from 2*pi down to 0
