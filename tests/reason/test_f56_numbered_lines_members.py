"""Numbered list lines ("1. Lot A: 301, ...", "2) ...") are labels, never values of the sample above them; one
member of a linear system asked as "solve the following system for c (...)" or "how many type c totes?" is answered
alone. References: scipy's f_oneway, sympy's linsolve; near misses keep the whole vector."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident, right_value, same_expr

LOTS = {"A": [301, 308, 296, 304, 311], "B": [315, 322, 309, 318, 313], "C": [299, 305, 302, 294, 307]}


@pytest.mark.parametrize("marker", ["{i}.", "{i})", "({i})"])
def test_numbered_group_lines_are_labels(marker: str) -> None:
    lines = "\n".join(
        f"{marker.format(i=i)} Lot {k}: {', '.join(map(str, v))}" for i, (k, v) in enumerate(LOTS.items(), 1)
    )
    question = f"# Burst pressure (psi), n = 5 per lot\n{lines}\n\nOne-way ANOVA, α = 0.05: what is the p-value?"
    right_value(question, stats.f_oneway(*LOTS.values()).pvalue, "anova", key="p_value")


A, B, C = sp.symbols("a b c")
EQUATIONS = [(2 * A + B + C, 8), (A + 3 * B + 2 * C, 13), (3 * A + B + 4 * C, 13)]
SOLUTION = dict(zip((A, B, C), next(iter(sp.linsolve([lhs - rhs for lhs, rhs in EQUATIONS], A, B, C))), strict=True))
LISTED = "\n".join(f"{i}. {str(lhs).replace('*', '')} = {rhs}" for i, (lhs, rhs) in enumerate(EQUATIONS, 1))


def member_alone(question: str, want: sp.Expr) -> None:
    """``question`` answered with the one member asked, exactly ``want``, every check passing (a letter system is
    algebra or linear_algebra: the testers file it under both)."""
    out = confident(question).to_dict()
    assert out["mode"] in {"algebra", "linear_algebra"}
    assert same_expr(str(out["result"]), want), out["result"]
    assert all(c["passed"] for c in out["checks"])


@pytest.mark.parametrize(
    ("ask", "member"),
    [
        ("Solve the following system for c (it comes from a three-component load-sharing model on a catheter hub):", C),
        ("Solve these equations for b:", B),
        ("solve the linear system below for a (kN):", A),
    ],
)
def test_member_asked_after_system_words(ask: str, member: sp.Symbol) -> None:
    member_alone(f"{ask}\n{LISTED}", SOLUTION[member])


def test_member_asked_by_its_type() -> None:
    question = ("3 tote types (a, b, c), counts unknown:\n2a + b + c = 1,850\na + 3b + 2c = 3,100\na + b + 4c = 2,800\n"
                "solve the system — how many type c totes?")  # fmt: skip
    system = [2 * A + B + C - 1850, A + 3 * B + 2 * C - 3100, A + B + 4 * C - 2800]
    member_alone(question, next(iter(sp.linsolve(system, A, B, C)))[2])


@pytest.mark.parametrize("ask", ["Solve the following system for a, b and c:", "Solve the following system:"])
def test_every_member_asked_keeps_the_vector(ask: str) -> None:
    out = reason(f"{ask}\n{LISTED}").to_dict()
    assert out["answered"] and "solution vector" in out["answer"]
    assert not isinstance(out["result"], (int, float))
