"""Branch w2 (w2b): a fraction's model (first-order "1 − exp(−k·t)", a decay "exp(−k·t)") reaches a target written in
percent as that fraction, also when the people asking are the subject ("how long ... do we reach 98%") and the model
is named by a Greek letter ("α(t)"), while a model in percent keeps the percent; equations written out win over the
blend reading and a subscripted unknown asked ("How many tons is x_1?") is its value; a percentage restated as the
equation's growth factor (5% ~ 1.05) counts as used; a linear system stated in words is declined with how to write
it. References by math and sympy, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of

CURE = math.log(1 / (1 - 0.98)) / 0.021  # 1 - exp(-0.021 t) = 0.98

FRACTION_TARGETS = [
    ("Follow-up to the kinetics email. If we assume first-order behaviour, α(t) = 1 − exp(−0.021·t) with t in "
     "minutes, how long into the hold do we reach 98% degree of cure?", CURE),
    ("Assuming first-order kinetics, α(t) = 1 − exp(−0.021·t), t in minutes. When does α reach 98%?", CURE),
    ("Cure follows α(t) = 1 - exp(-0.021 t) (t in min). How many minutes until we hit 98% cure?", CURE),
    ("α(t) = 1 − exp(−0.021·t) with t in minutes. when does α reach 0.98?", CURE),
    ("Survival S(t) = exp(-0.05 t), t in years. After how many years do we get to 20%?", math.log(1 / 0.2) / 0.05),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), FRACTION_TARGETS)
def test_a_fraction_model_reaches_its_percent_target_as_a_fraction(question: str, want: float) -> None:
    out = confident(question, "algebra")
    (root,) = roots_of(out.result)
    assert float(root) == pytest.approx(want, rel=1e-9)
    if "%" in question:
        assert any("read as the fraction" in c for c in out.caveats), out.caveats


def test_a_model_in_percent_keeps_its_percent_target() -> None:
    out = confident("With conversion X(t) = 100(1 - exp(-0.021 t)) in percent and t in minutes, how long until we "
                    "reach 98%?", "algebra")  # fmt: skip
    (root,) = roots_of(out.result)
    assert float(root) == pytest.approx(CURE, rel=1e-9)
    assert "98" in out.to_dict()["plan"]
    assert not any("read as the fraction" in c for c in out.caveats)


x1, x2 = sp.symbols("x1 x2")
COAL = sp.linsolve([x1 + x2 - 100, sp.Rational(1, 2) * x1 + 2 * x2 - 110], [x1, x2])
(COAL_X1, COAL_X2) = next(iter(COAL))

WRITTEN_SYSTEMS = [
    ("We blend 100 tons of coal from two sources: x_1 tons at 0.5% sulfur and x_2 tons at 2.0% sulfur. Constraints: "
     "x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110 (tons × %S). How many tons is x_1?", COAL_X1),
    ("Constraints: x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110. How many tons is x_1?", COAL_X1),
    ("We blend coal: x1 tons at 0.5% S and x2 tons at 2.0% S, with x1 + x2 = 100 and 0.5x1 + 2x2 = 110. Find x1.",
     COAL_X1),
    ("Blending two coals, x_1 + x_2 = 100 and 0.5x_1 + 2x_2 = 110. How much is x_2?", COAL_X2),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), WRITTEN_SYSTEMS)
def test_equations_written_out_win_over_the_blend(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert sp.Rational(out.result) == want, out.result


GROWTH = [
    ("order vol growing 5%/wk compounding. solve 1.05^n = 2 for n exactly (closed form, dont round to whole weeks)",
     sp.log(2) / sp.log(sp.Rational(21, 20))),
    ("Sales grow 8% a month, compounded. Solve 1.08^t = 3 for t exactly.", sp.log(3) / sp.log(sp.Rational(27, 25))),
    ("Signal decays 3 percent per cycle. solve 0.97^n = 0.5 for n (closed form)",
     sp.log(sp.Rational(1, 2)) / sp.log(sp.Rational(97, 100))),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), GROWTH)
def test_a_percentage_restated_as_its_growth_factor_is_used(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    (root,) = roots_of(out.result)
    assert complex(root) == pytest.approx(complex(sp.N(want, 30)), rel=1e-12)


def test_a_percentage_the_equation_does_not_restate_stays_unused() -> None:
    declined("Growth of 5% per week: solve 1.5^n = 2 for n exactly")


WORDED_SYSTEMS = [
    "Two zones, A and B, did 230 picks combined in the last hour. Also 3 times zone A's count minus twice zone B's "
    "count comes out to 40. How many picks did zone A do?",
    "The sum of A and B is 230 and three times A minus two times B equals 40. Find A.",
    "Zones A and B picked 230 items together; 3 times A's count minus twice B's count is 40. How many did zone A pick?",
]


@pytest.mark.parametrize("question", WORDED_SYSTEMS)
def test_a_linear_system_in_words_is_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize("question", WORDED_SYSTEMS[:2])
def test_its_decline_says_how_to_write_the_system(question: str) -> None:
    assert "write its equations" in declined(question)


def test_the_system_written_out_is_answered() -> None:
    a, b = sp.symbols("a b")
    (solution,) = sp.linsolve([a + b - 230, 3 * a - 2 * b - 40], [a, b])
    out = confident("A + B = 230 and 3A - 2B = 40. How many picks is A?", "algebra")
    assert sp.Rational(out.result) == solution[0]
