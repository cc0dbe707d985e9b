"""The reference-answer rules, and alternatives that count only when the answer names their method."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.evals.compare import judge, matches, names_method

A = [20.1, 19.8, 20.5, 20.3, 19.9, 20.2]
B = [21.0, 20.7, 21.3, 20.9, 21.1, 20.8]
WELCH = stats.ttest_ind(A, B, equal_var=False).pvalue
POOLED = stats.ttest_ind(A, B, equal_var=True).pvalue


def _item(reference, alternatives=None):
    item = {
        "mode": "hypothesis_test",
        "compare": {"rule": "number", "tol": 1e-9, "key": "p_value"},
        "reference": reference,
    }
    if alternatives:
        item["alternatives"] = alternatives
    return item


def _outcome(test: str, p: float, answer: str = "") -> dict:
    return {"answered": True, "mode": "hypothesis_test", "result": {"test": test, "p_value": p}, "answer": answer}


@pytest.mark.parametrize(
    "rule, got, want, tol, ok",
    [
        ("expr", "x**2*exp(x) + 2*x*exp(x)", "x*(x + 2)*exp(x)", 0, True),
        ("expr", "x**2", "x**3", 0, False),
        ("expr", "Matrix([[1, 0], [0, 1]])", "Matrix([[1, 0], [0, 1]])", 0, True),
        ("expr", "not an expression (", "x", 0, False),
        ("expr", "-oo", "-oo", 0, True),  # oo - oo is nan: infinities compare by identity
        ("expr", "oo", "-oo", 0, False),
        ("expr", "zoo", "oo", 0, False),
        ("expr", ["100*sqrt(5)"], "100*sqrt(5)", 0, True),  # an equation's one solution is the expression asked
        ("expr", ["-10*sqrt(5)", "10*sqrt(5)"], "10*sqrt(5)", 0, False),  # two roots are not the one asked
        ("set", ["2", "3"], ["3", "2"], 0, True),
        # a decimal reference (numpy's eigenvalues) is an approximation: the exact value within 1e-9 matches it
        ("set", ["2", "2 - sqrt(2)", "sqrt(2) + 2"], [0.585786437626905, 2.0, 3.414213562373095], 0, True),
        ("set", ["2", "2 - sqrt(3)", "sqrt(2) + 2"], [0.585786437626905, 2.0, 3.414213562373095], 0, False),
        ("expr", "4*exp(-2)/3", 0.18044704431548356, 0, True),
        ("expr", 0.18044704431548356, "4*exp(-2)/3", 0, False),  # an exact form asked, a decimal given
        ("set", ["2"], ["3", "2"], 0, False),
        ("runs", {"runs": 16}, 16, 0, True),
        ("runs", {"runs": 15}, 16, 0, False),
        ("int", 64, 64, 0, True),
        ("int", True, 1, 0, False),
        ("number", 0.1000001, 0.1, 1e-6, True),
        ("number", 0.1001, 0.1, 1e-6, False),
        ("number", float("nan"), 0.1, 1e-6, False),
        ("number", 1000.5, 1000.0, 1e-3, True),  # relative to max(1, |want|)
        ("number", "9/2", 4.5, 1e-12, True),  # an exact result (a limit, a definite integral) is its value
        ("number", "2 - 10*exp(-2)", 0.6466471676338731, 1e-12, True),
        ("number", "2 - 10*exp(-3)", 0.6466471676338731, 1e-6, False),
        ("number", "x/2", 4.5, 1e-6, False),  # not a number
        ("number", "oo", 4.5, 1e-6, False),
        ("number", True, 1.0, 1e-6, False),
        ("number", ["log(390625)"], 12.875503299472802, 1e-9, True),  # an equation's one solution
        ("number", ["2", "3"], 2.0, 1e-6, False),  # two roots are not the number asked
    ],
)
def test_rules(rule, got, want, tol, ok):
    assert matches(rule, got, want, tol) is ok


def test_refuse_rule_wants_no_answer():
    item = {"mode": None, "compare": {"rule": "refuse"}, "reference": None}
    assert judge(item, {"answered": False}).correct
    assert not judge(item, {"answered": True, "mode": "calculus", "result": "1"}).correct


def test_object_results_compare_through_key_or_value_field():
    item = {"mode": "unit_conversion", "compare": {"rule": "number", "tol": 1e-9}, "reference": 1000 / 3.6}
    converted = {"answered": True, "mode": "unit_conversion", "result": {"value": 1000 / 3.6, "unit": "m/s"}}
    assert judge(item, converted).correct
    assert not judge(item, dict(converted, result={"value": 277.0, "unit": "m/s"})).correct
    no_value = dict(converted, result={"ucl": 1000 / 3.6})
    assert not judge(item, no_value).correct  # no key, no value field: nothing to compare
    assert judge({**item, "compare": {**item["compare"], "key": "ucl"}}, no_value).correct


def test_wrong_mode_is_wrong_even_with_the_right_value():
    outcome = dict(_outcome("Welch two-sample t-test", WELCH), mode="anova")
    assert not judge(_item(WELCH), outcome).correct


def test_a_linear_system_counts_as_algebra_or_linear_algebra():
    item = {"mode": "algebra", "compare": {"rule": "expr"}, "reference": "4"}
    system = {"answered": True, "mode": "linear_algebra", "result": "4", "confidence": 0.98}
    assert judge(item, system).correct
    assert judge({**item, "mode": "linear_algebra"}, dict(system, mode="algebra")).correct
    assert not judge({**item, "mode": "calculus"}, system).correct


def test_alternative_counts_only_when_the_answer_names_its_method():
    assert POOLED != pytest.approx(WELCH, rel=1e-3)  # the data make the two methods differ
    item = _item(WELCH, [{"method": "pooled", "reference": POOLED}])
    pooled = judge(item, _outcome("two-sample t-test (pooled variance)", POOLED))
    assert pooled.correct and pooled.matched == "alternative: pooled"
    unnamed = judge(item, _outcome("two-sample t-test", POOLED))
    assert not unnamed.correct and unnamed.matched is None
    said_in_prose = judge(item, _outcome("two-sample t-test", POOLED, "pooled t-test: p = 0.000121"))
    assert said_in_prose.correct
    assert judge(item, _outcome("Welch two-sample t-test", WELCH)).matched == "reference"


def test_method_is_matched_as_a_whole_word():
    assert names_method({"answer": "the Welch test"}, "welch")
    assert not names_method({"answer": "unpooled variances"}, "pooled")
    assert not names_method({"answer": "pooled-ish"}, "pooled")


def test_capital_s_is_a_variable_not_sympys_singleton() -> None:
    """ "S" of a Michaelis-Menten rate is a variable in both strings (sympy's S registry would not subtract)."""
    assert matches("expr", "-S*Vmax/(Km + S)**2 + Vmax/(Km + S)", "Km*Vmax/(Km + S)**2")
    assert not matches("expr", "Vmax/(Km + S)", "Km*Vmax/(Km + S)**2")


def test_a_decimal_answers_an_exact_reference_unless_an_exact_form_is_asked():
    item = {"mode": "probability", "compare": {"rule": "expr"}, "reference": "2/7"}
    posterior = {"answered": True, "mode": "probability", "result": 0.2857142857142855, "confidence": 0.95}
    assert judge({**item, "question": "Given a positive screen, what is the probability?"}, posterior).correct
    assert not judge({**item, "question": "... what is the probability? exact fraction"}, posterior).correct
    assert not judge({**item, "question": "Given a positive screen?"}, dict(posterior, result=0.2857)).correct
