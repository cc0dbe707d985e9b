"""Branch g7 (f54): a composition whose remainder is split by a ratio (a tablet's "Remainder: lactose monohydrate and
MCC in a 3:2 ratio", a feed batch's "Balance: maize and soybean meal 7:3") solved as a linear system for the
component asked; a growth formula written inside a bracket ("(so N = 240·0.94^t)") set to a value by a verb ("when N
hits 150") with a remark after a dash; two parallel resistors, one a stated amount bigger, from their equivalent
resistance; a backlog cleared by two lines, the second started later. References by numpy and sympy, independently
of havoc's engines."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.parallel_pair import parallel_pair_parts
from plugins.symbolic.remainder_split import remainder_split
from tests.reason.answers import declined


def _remainder_part(total: float, amounts: list[float], percents: list[float], parts: list[float], k: int) -> float:
    """The k-th part of the remainder (total less the amounts and the percents of the total) split by ``parts``."""
    rest = total - sum(amounts) - total * sum(percents) / 100
    return rest * parts[k] / sum(parts)


def _answered(question: str) -> dict:
    out = reason(question).to_dict()
    assert out["answered"] and out["mode"] == "algebra", out["answer"]
    assert out["confidence"] >= 0.9 and all(c["passed"] for c in out["checks"]), out["checks"]
    return out


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Formulation spec for a 250 mg core tablet:\n• API: 50 mg\n• Magnesium stearate: 1.0% w/w of tablet "
            "weight\n• Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass\nHow many mg of "
            "MCC per tablet?",
            _remainder_part(250, [50], [1.0], [3, 2], 1),
        ),
        (
            "A 1,000 kg feed batch is specified as:\n- Premix: 25 kg\n- Salt: 0.5% of batch weight\n- Balance: maize "
            "and soybean meal in a 7:3 ratio\nHow much soybean meal, in kg?",
            _remainder_part(1000, [25], [0.5], [7, 3], 1),
        ),
        (
            "Capsule fill weight 400 mg; drug: 100 mg; glidant: 0.5% w/w; rest: starch and lactose 1:3. What is the "
            "mass of lactose?",
            _remainder_part(400, [100], [0.5], [1, 3], 1),
        ),
        (
            "Spec for a 500 g premix:\n• vitamin pack: 40 g\n• flow agent: 2% of the total mass\n• the rest: wheat "
            "flour, rice flour and maltodextrin in a 5:3:2 ratio\nHow many g of rice flour?",
            _remainder_part(500, [40], [2], [5, 3, 2], 1),
        ),
    ],
)
def test_remainder_split_by_ratio(question: str, want: float) -> None:
    out = _answered(question)
    assert float(to_sympy(str(out["result"]))) == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        # a percent of another component, not of the total
        "Formulation spec for a 250 mg core tablet:\n• API: 50 mg\n• Magnesium stearate: 1.0% w/w of the API\n"
        "• Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass\nHow many mg of MCC per tablet?",
        # no ratio for the remainder
        "Formulation spec for a 250 mg core tablet:\n• API: 50 mg\n• Magnesium stearate: 1.0% w/w of tablet weight\n"
        "• Remainder: lactose monohydrate and MCC\nHow many mg of MCC per tablet?",
        # more than the total stated: the remainder would be below zero
        "Formulation spec for a 250 mg core tablet:\n• API: 260 mg\n• Magnesium stearate: 1.0% w/w of tablet weight\n"
        "• Remainder: lactose monohydrate and MCC in a 3:2 ratio\nHow many mg of MCC per tablet?",
    ],
)
def test_remainder_split_near_misses(question: str) -> None:
    assert remainder_split(question) is None
    declined(question)


t = sp.symbols("t")


@pytest.mark.parametrize(
    ("question", "start", "factor", "level"),
    [
        (
            "Our salamander population in the study pond was estimated at 240 adults and seems to be declining by a "
            "steady 6% per year (so N = 240·0.94^t). Solve for t when N hits 150 — I want the exact continuous t in "
            "years from the equation, not rounded to a whole year.",
            240, sp.Rational(94, 100), 150,
        ),
        (
            "A herd of 500 grows 3% a year (so P = 500·1.03^t). Solve for t when P reaches 800 — I need the exact t, "
            "not a whole year.",
            500, sp.Rational(103, 100), 800,
        ),
        (
            "Our stock is modelled (roughly C = 80·0.85^t). Solve for t once C falls to 20.",
            80, sp.Rational(85, 100), 20,
        ),
    ],
)  # fmt: skip
def test_bracketed_formula_set_by_a_verb(question: str, start: int, factor: sp.Expr, level: int) -> None:
    out = _answered(question)
    (want,) = sp.solve(sp.Eq(start * factor**t, level), t)
    got = out["result"][0] if isinstance(out["result"], list) else out["result"]
    assert float(to_sympy(str(got))) == pytest.approx(float(want), rel=1e-12)
    assert float(want) == pytest.approx(float(np.log(level / start) / np.log(float(factor))), rel=1e-12)


def _smaller_parallel(diff: float, equivalent: float) -> float:
    """The smaller R of R (R + diff)/(2R + diff) = equivalent, the positive root of R^2 + (diff - 2 eq) R - eq diff."""
    roots = np.roots([1.0, diff - 2 * equivalent, -equivalent * diff])
    (positive,) = [float(r.real) for r in roots if r.real > 0]
    return positive


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "rework tech paralleled two resistors, one is exactly 10 Ω bigger than the other, and the combo measures "
            "12 Ω. value of the smaller resistor in Ω?",
            _smaller_parallel(10, 12),
        ),
        (
            "Two resistors in parallel give 6 ohm; one is 5 ohm larger than the other. Find the smaller resistance.",
            _smaller_parallel(5, 6),
        ),
        (
            "two resistors connected in parallel have an equivalent resistance of 2.4 kΩ; one of them is 2 kΩ more "
            "than the other. What is the lower one, in kΩ?",
            _smaller_parallel(2, 2.4),
        ),
    ],
)
def test_parallel_pair(question: str, want: float) -> None:
    out = _answered(question)
    (got,) = out["result"]
    assert float(to_sympy(str(got))) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # the larger asked: its equation has a second positive root
        "two resistors in parallel give 12 Ω and one is 10 Ω bigger than the other. what's the larger resistor?",
        # two units
        "two resistors in parallel give 1.2 kΩ and one is 10 Ω bigger than the other. the smaller one?",
    ],
)
def test_parallel_pair_near_misses(question: str) -> None:
    with pytest.raises(ValueError):
        parallel_pair_parts(question)
    declined(question)


def test_series_resistors_are_not_read_as_parallel() -> None:
    assert (
        parallel_pair_parts("two resistors in series, one is 10 Ω bigger than the other, total 50 Ω. smaller?") is None
    )


def _staggered(total: float, first: float, second: float, delay: float) -> float:
    """The time t of first*t + second*(t - delay) = total (numpy)."""
    return float(np.linalg.solve(np.array([[first + second]]), np.array([total + second * delay]))[0])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "After a downtime we had a backlog of 1,560 chemistry tubes. The main analyzer processes 400 tubes/h and "
            "started immediately; the backup line (250 tubes/h) was only brought up 0.6 h later. Both then ran until "
            "the backlog was cleared. How many hours after the main analyzer started was the backlog cleared?",
            _staggered(1560, 400, 250, 0.6),
        ),
        (
            "We had a backlog of 900 sample cups. Analyzer A does 300 cups/h and started at once; analyzer B (150 "
            "cups/h) came online 0.5 h later. How many hours after A started was the backlog gone?",
            _staggered(900, 300, 150, 0.5),
        ),
        (
            "A queue of 2,000 print jobs: printer 1 handles 500 jobs/h from the start, printer 2 handles 300 jobs per "
            "hour but starts 1 h later. How long after printer 1 starts is the queue done?",
            _staggered(2000, 500, 300, 1),
        ),
    ],
)
def test_backlog_with_a_staggered_start(question: str, want: float) -> None:
    out = _answered(question)
    (got,) = out["result"]
    assert float(to_sympy(str(got))) == pytest.approx(want, rel=1e-12)


def test_backlog_counted_in_another_item_is_declined() -> None:
    declined(
        "We had a backlog of 900 sample racks. Analyzer A does 300 cups/h and started at once; analyzer B (150 cups/h) "
        "came online 0.5 h later. How many hours after A started was the backlog gone?"
    )
