"""f50: two-way ANOVA cells written as a level before its first cell's label, the other factor's cells labelled
alone after it ("Citra @12°C: 6.8, 7.1, 6.9 | @18°C: ..."), or a level then "label values" cells split at
semicolons ("A1: D1 99.6, 99.9; D2 100.2, 100.5; ..."); a capability specification stated as "must deliver
<quantity> between A% and B%"; and an extreme asked with the verb "maxes" ("what h maxes A?"). References from
statsmodels' Type III ANOVA (sum-to-zero coding), the Cpk formula and sympy's critical points."""

from __future__ import annotations

import pandas as pd
import pytest
import statsmodels.formula.api as smf
import sympy as sp
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import confident, declined, right_value

HOPS = {("Citra", "12"): [6.8, 7.1, 6.9], ("Citra", "18"): [7.4, 7.6, 7.2], ("Citra", "22"): [7.0, 7.3, 6.9],
        ("Mosaic", "12"): [6.5, 6.7, 6.4], ("Mosaic", "18"): [7.0, 6.8, 7.1], ("Mosaic", "22"): [6.9, 7.2, 6.8]}  # fmt: skip
ANALYSTS = {("A1", "D1"): [99.6, 99.9], ("A1", "D2"): [100.2, 100.5], ("A1", "D3"): [99.8, 99.4],
            ("A2", "D1"): [99.0, 99.3], ("A2", "D2"): [99.9, 99.5], ("A2", "D3"): [98.9, 99.2]}  # fmt: skip
LINES = {("L1", "day"): [52, 55], ("L1", "night"): [49, 47], ("L2", "day"): [58, 60], ("L2", "night"): [51, 50],
         ("L3", "day"): [54, 53], ("L3", "night"): [50, 52]}  # fmt: skip
HOP_GRID = ("Citra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, 7.3, 6.9\n"
            "Mosaic @12°C: 6.5, 6.7, 6.4 | @18°C: 7.0, 6.8, 7.1 | @22°C: 6.9, 7.2, 6.8\n")  # fmt: skip
ANALYST_CELLS = ("A1: D1 99.6, 99.9; D2 100.2, 100.5; D3 99.8, 99.4. A2: D1 99.0, 99.3; D2 99.9, 99.5; D3 98.9, "
                 "99.2.")  # fmt: skip


def type3(cells: dict[tuple[str, str], list[float]], term: str, column: str) -> float:
    """statsmodels' Type III ``column`` ("F" or "PR(>F)") of ``term`` ("a", "b" or "a:b")."""
    rows = [(float(v), a, b) for (a, b), values in cells.items() for v in values]
    fit = smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=pd.DataFrame(rows, columns=["y", "a", "b"])).fit()
    index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    return float(anova_lm(fit, typ=3).loc[index, column])


@pytest.mark.parametrize(
    ("question", "cells", "term"),
    [
        ("dry hop trial, aroma score (panel avg) — 2 hops × 3 dry-hop temps, 3 reps each:\n" + HOP_GRID +
         "two-way ANOVA w/ hop×temp interaction in the model — p-value for the temperature main effect?", HOPS, "b"),
        ("dry hop trial, aroma score — 2 hops × 3 dry-hop temps, 3 reps each:\n" + HOP_GRID +
         "two-way ANOVA w/ hop×temp interaction in the model — p-value for the hop effect?", HOPS, "a"),
        ("aroma scores, 2 hops x 3 temps, triplicate. Citra 12°C: 6.8, 7.1, 6.9; 18°C: 7.4, 7.6, 7.2; 22°C: 7.0, "
         "7.3, 6.9. Mosaic 12°C: 6.5, 6.7, 6.4; 18°C: 7.0, 6.8, 7.1; 22°C: 6.9, 7.2, 6.8. Two-way ANOVA with "
         "interaction: what is the p-value for the temp?", HOPS, "b"),
        ("intermediate precision, %LC; 2 analysts × 3 days, n=2 reps per cell (balanced). " + ANALYST_CELLS +
         " two-way ANOVA w/ analyst×day interaction in the model; p-value for the analyst main effect?", ANALYSTS,
         "a"),
        ("assay %LC, 2 analysts × 3 days, duplicate. Analyst A1: D1 99.6, 99.9; D2 100.2, 100.5; D3 99.8, 99.4. "
         "Analyst A2: D1 99.0, 99.3; D2 99.9, 99.5; D3 98.9, 99.2. Two-way ANOVA with analyst x day interaction; "
         "p-value for the day effect?", ANALYSTS, "b"),
        (ANALYST_CELLS + " two-way ANOVA w/ analyst×day interaction; p for the interaction?", ANALYSTS, "a:b"),
    ],
)  # fmt: skip
def test_prefixed_and_semicolon_cells(question: str, cells: dict, term: str) -> None:
    right_value(question, type3(cells, term, "PR(>F)"), "anova", key="p_value")


def test_prefixed_cells_f_of_a_main_effect() -> None:
    question = ("yield by line and shift, 2 reps each\nL1 @day: 52, 55 | @night: 49, 47\nL2 @day: 58, 60 | @night: "
                "51, 50\nL3 @day: 54, 53 | @night: 50, 52\ntwo-way ANOVA with line x shift interaction. F for the "
                "shift main effect?")  # fmt: skip
    right_value(question, type3(LINES, "b", "F"), "anova", key="statistic")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Our meter refurbishment shop must deliver registration accuracy between 98.5% and 101.5%. The shop's "
         "process is stable with mean 100.3% and a within-process standard deviation of 0.35%. What is the Cpk?",
         min(101.5 - 100.3, 100.3 - 98.5) / (3 * 0.35)),
        ("Spec: the press must deliver a bore diameter between 11.95 mm and 12.05 mm. Process mean 12.01 mm, sd "
         "0.012 mm. Cpk?", min(12.05 - 12.01, 12.01 - 11.95) / (3 * 0.012)),
        ("The filler must produce fill weights between 495 g and 505 g. Process mean 501.2 g, sd 1.1 g. Cpk?",
         min(505 - 501.2, 501.2 - 495) / (3 * 1.1)),
        ("The line has to achieve a torque between 10 and 14 N·m; mean 12.5, standard deviation 0.4. What's the Cpk?",
         min(14 - 12.5, 12.5 - 10) / (3 * 0.4)),
    ],
)  # fmt: skip
def test_capability_spec_delivered(question: str, want: float) -> None:
    right_value(question, want, "capability", key="value")


def _critical(expr: sp.Expr, x: sp.Symbol, sign: int) -> list[sp.Expr]:
    """The critical points x >= 0 of ``expr`` where its second derivative has ``sign`` (-1 a maximum, 1 a minimum),
    computed independently with sympy."""
    points = [p for p in sp.solve(sp.diff(expr, x), x) if p.is_real and p >= 0]
    return [p for p in points if sp.sign(sp.diff(expr, x, 2).subs(x, p)) == sign]


_h, _x, _v = sp.symbols("h x v", real=True)


@pytest.mark.parametrize(
    ("question", "expr", "var", "sign"),
    [
        ("sensory team fit aroma score vs dry hop rate: A(h) = −h³ + 6h² + 15h + 10, h in g/L (h ≥ 0). what h "
         "maxes A?", -_h**3 + 6 * _h**2 + 15 * _h + 10, _h, -1),
        ("profit P(x) = -2x^3 + 9x^2 + 60x - 20 for x >= 0. Which x maxes P?", -2 * _x**3 + 9 * _x**2 + 60 * _x - 20,
         _x, -1),
        ("A(h) = −h³ + 6h² + 15h + 10 for h ≥ 0. which h maximises A?", -_h**3 + 6 * _h**2 + 15 * _h + 10, _h, -1),
        ("cost C(v) = 0.5v^2 - 12v + 100, v ≥ 0. what v minimizes C?", sp.Rational(1, 2) * _v**2 - 12 * _v + 100, _v,
         1),
    ],
)  # fmt: skip
def test_extreme_verbs(question: str, expr: sp.Expr, var: sp.Symbol, sign: int) -> None:
    want = _critical(expr, var, sign)
    assert len(want) == 1
    out = confident(question, "calculus").to_dict()
    assert [sp.nsimplify(sp.sympify(r)) for r in out["result"]] == [sp.nsimplify(w) for w in want]
    assert all(c["passed"] for c in out["checks"])


@pytest.mark.parametrize(
    "question",
    [
        # the second hop lacks its 22°C cell: no full grid
        "aroma, 2 hops × 3 temps, 3 reps each:\nCitra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, "
        "7.3, 6.9\nMosaic @12°C: 6.5, 6.7, 6.4 | @18°C: 7.0, 6.8, 7.1\ntwo-way ANOVA with interaction — p-value for "
        "the temperature main effect?",
        # "delivered ... between" describes last year's output, not a specification
        "The shop delivered registration accuracy between 98.5% and 101.5% last year. The process mean is 100.3% and "
        "the standard deviation 0.35%. What is the Cpk?",
        # "maxes" beside a root's ask: both asked, neither answered
        "A(h) = -h^3 + 6h^2 + 15h + 10 for h >= 0; the panel says A maxes somewhere. At what h is A zero?",
    ],
)  # fmt: skip
def test_declined(question: str) -> None:
    declined(question)
