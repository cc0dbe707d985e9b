"""Readings added after the eighth unseen round: limit and integral shorthands ("lim x->0 f", "int_0^inf
f dx", "int f dx, 0..1"), and replicates and centre points in design questions, audited so that an
ignored replicate cannot pass with high confidence."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import PlanError
from plugins.doe.reasoning import audit_design, plan_design
from plugins.doe.reasoning_counts import center_points, replicates
from plugins.symbolic.calculus_prose import integral_parts, limit_parts
from tests.reason.answers import confident

x = sp.Symbol("x", real=True)
t = sp.Symbol("t", real=True)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("lim x->0 (1 - cos x)/x^2", sp.limit((1 - sp.cos(x)) / x**2, x, 0)),
        ("lim(x->0) sin(x)/x", sp.limit(sp.sin(x) / x, x, 0)),
        ("lim_{x \\to 0^+} x ln x", sp.limit(x * sp.log(x), x, 0, "+")),
        ("limit x->0+ 1/x", sp.limit(1 / x, x, 0, "+")),
        ("lim x->0- 1/x", sp.limit(1 / x, x, 0, "-")),
        ("lim as x->inf of (1+1/x)^x", sp.limit((1 + 1 / x) ** x, x, sp.oo)),
        ("lim x→∞ x e^(-x)", sp.limit(x * sp.exp(-x), x, sp.oo)),
        ("lim x->-inf e^x", sp.limit(sp.exp(x), x, -sp.oo)),
        ("lim as x approaches pi / 2 of sin x", sp.limit(sp.sin(x), x, sp.pi / 2)),
        ("lim x -> 0 from the right of 1/x", sp.limit(1 / x, x, 0, "+")),
        ("lim t->0 sin(3t)/t", sp.limit(sp.sin(3 * t) / t, t, 0)),
    ],
)
def test_limit_shorthands(question, reference):
    assert to_sympy(confident(question).result) == reference


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("int x^2 e^(-x) dx from 0 to inf", sp.integrate(x**2 * sp.exp(-x), (x, 0, sp.oo))),
        ("int_0^inf x^2 e^(-x) dx", sp.integrate(x**2 * sp.exp(-x), (x, 0, sp.oo))),
        ("int_{0}^{\\infty} x^2 e^{-x} dx", sp.integrate(x**2 * sp.exp(-x), (x, 0, sp.oo))),
        ("∫_0^1 x^2 dx", sp.Rational(1, 3)),
        ("∫ x^2 dx from 0 to 1", sp.Rational(1, 3)),
        ("int x^2 dx, 0..1", sp.Rational(1, 3)),
        ("int x^3 dx, x=0..2", sp.integrate(x**3, (x, 0, 2))),
        ("integrate x^2 over [0, 2]", sp.integrate(x**2, (x, 0, 2))),
        ("integral from 0 to 1 of x^2 dx", sp.Rational(1, 3)),
        ("int_{-1}^{1} x^2 dx", sp.integrate(x**2, (x, -1, 1))),
        ("int_0^pi/2 sin x dx", sp.integrate(sp.sin(x), (x, 0, sp.pi / 2))),
        ("integral of sin x dx on the interval [0, pi]", sp.integrate(sp.sin(x), (x, 0, sp.pi))),
        ("int e^(-t) dt from 0 to infinity", sp.integrate(sp.exp(-t), (t, 0, sp.oo))),
        ("integral of 1/x^2 from 1 to ∞", sp.integrate(1 / x**2, (x, 1, sp.oo))),
    ],
)
def test_integral_shorthands(question, reference):
    assert sp.simplify(to_sympy(confident(question).result) - reference) == 0


def test_an_indefinite_shorthand_is_an_antiderivative():
    got = to_sympy(confident("int x^2 cos x dx").result)
    assert sp.simplify(sp.diff(got, x) - x**2 * sp.cos(x)) == 0


def test_the_pieces_as_written():
    assert limit_parts("lim x->0 max(x, 1)") == ("max(x, 1)", "x", "0")  # a comma in the body is no separator
    assert limit_parts("lim_{h->0} (f)") == ("(f)", "h", "0")
    assert limit_parts("derivative of x^2") is None
    assert integral_parts("int x^2 dx") == ("x^2", None, "x")
    assert integral_parts("integral of x and x^2") == ("x and x^2", None, None)  # "and" alone is no bound pair
    assert integral_parts("mean 5, sd 2") is None


@pytest.mark.parametrize(
    ("question", "reps", "centre"),
    [
        ("2^3 full factorial with 2 replicates, how many runs", 2, None),
        ("2^3 factorial replicated twice with 4 center points", 2, 4),
        ("full factorial 3 factors in duplicate", 2, None),
        ("resolution iv fractional factorial for 6 factors in triplicate", 3, None),
        ("2^4 design, 3 reps", 3, None),
        ("2^2 factorial n=2 per cell", 2, None),
        ("2^3 factorial with 3 observations per treatment combination", 3, None),
        ("replicates = 4, 2^3 factorial", 4, None),
        ("a 2^3 design with 2 replicates plus 3 centre runs", 2, 3),
        ("2^3 factorial with four center points", None, 4),
        ("2^3 factorial with 4 replicates at the center point", None, 4),
        ("2^3 factorial, center point replicated 5 times, 2 replicates", 2, 5),
        ("a single replicate of a 2^4 factorial", 1, None),
        ("2^3 factorial, unreplicated", 1, None),
        ("a half replicate of a 2^5 design", None, None),
        ("three factor full factorial with no center points", None, 0),
    ],
)
def test_replicates_and_centre_points_read(question, reps, centre):
    assert (replicates(question), center_points(question)) == (reps, centre)


@pytest.mark.parametrize(
    ("question", "runs", "reps"),
    [
        ("2^3 full factorial with 2 replicates, how many runs", 2**3 * 2, 2),
        ("how many runs: three factors, two levels, full factorial, 2 reps and 4 centre points", 2**3 * 2 + 4, 2),
        ("2^(5-1) fractional factorial replicated 3 times", 2**4 * 3, 3),
        ("Plackett-Burman for 11 factors with 2 replicates and 4 center points", 12 * 2 + 4, 2),
        ("box behnken for 4 factors with 5 center points, replicated twice", 24 * 2 + 5, 2),  # 6 pairs x 4 runs
        ("central composite design for 2 factors, 2 replicates, 6 center points", (4 + 4) * 2 + 6, 2),
        ("2 replicates of a 2^3 factorial with 4 center points per replicate", (8 + 4) * 2, 2),
        ("a 2^4 factorial run in triplicate", 2**4 * 3, 3),
        ("2^3 factorial with 3 center points", 2**3 + 3, 1),
    ],
)
def test_designs_honour_replicates_and_centre_points(question, runs, reps):
    out = confident(question)
    assert out.result["runs"] == runs
    assert "centre points" in out.answer and (f"{reps} replicates" in out.answer) == (reps > 1)


@pytest.mark.parametrize(("question", "centre"), [("box-behnken 3 factors", 3), ("ccd with 3 factors", 8)])
def test_response_surface_answers_state_their_centre_points(question, centre):
    assert f"{centre} centre points" in confident(question).answer


def test_an_ignored_replicate_fails_the_audit():
    plan = plan_design("2^3 full factorial with 2 replicates")
    plan.facts["replicates"] = None  # as if the count had been missed: the design has 8 runs
    result = {"runs": 8, "rows": [{}] * 8, "replicates": 1, "point_counts": {"factorial": 8}}
    failed = [c.name for c in audit_design(plan, result, to_sympy) if not c.passed]
    assert failed == ["replicates as the question states", "replicates as the question's words count them"]
    plan = plan_design("2^3 factorial with 4 center points")
    plan.facts["center"] = None
    failed = [c.name for c in audit_design(plan, {**result, "replicates": 1}, to_sympy) if not c.passed]
    assert failed == ["centre points as the question states"]


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("2^3 factorial, each run repeated twice", "repeated"),
        ("2^3 factorial with 2 replicates and 3 replicates", "replicates"),
        ("2^3 factorial with 2 center points and 4 center points", "centre points"),
    ],
)
def test_ambiguous_counts_are_refused(question, message):
    with pytest.raises(PlanError, match=message):
        plan_design(question)


@pytest.mark.parametrize(
    ("question", "runs", "n_blocks"),
    [
        ("2^3 factorial in 2 blocks with 2 center points in each block", 8 + 2 * 2, 2),
        ("2^4 factorial in 4 blocks with 4 center points", 16 + 4, 4),
        ("a 2^3 factorial with 2 replicates and 2 blocks", 8 * 2, 2 * 2),  # each replicate has its own blocks
    ],
)
def test_blocks_are_read_for_two_level_factorials(question, runs, n_blocks):
    out = confident(question)
    assert out.result["runs"] == runs and f"in {n_blocks} blocks" in out.answer


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("blocked 2^3 factorial", "how many"),
        ("2^4 factorial in 4 blocks with 2 center points", "per block"),
        ("box-behnken 3 factors in 2 blocks", "two-level factorials only"),
    ],
)
def test_blocks_that_cannot_be_read_are_refused(question, message):
    with pytest.raises(PlanError, match=message):
        plan_design(question)
