"""Stage-level properties: the prose translator, classification, arbitration and confidence."""

from __future__ import annotations

import pytest

from havoc_cli.reason.audit import confidence
from havoc_cli.reason.ground import ground
from havoc_cli.reason.mode import classify
from havoc_cli.reason.pipeline import reason, tools
from plugins.api.prose import ExtractError, alpha, math_expression, samples
from plugins.api.reasoning import Check


@pytest.mark.parametrize(
    ("prose", "study"),
    [
        ("x^3 sin x", "x^3*sin(x)"),
        ("x squared times e^x", "x^2*e^x"),
        ("x**2", "x^2"),
        ("3x^2 + 2x - 5", "3*x^2 + 2*x - 5"),
        ("sin^2 x", "sin(x)^2"),
        ("ln x over x", "ln(x)/x"),
        ("2^(5-1)", "2^(5 - 1)"),
        ("x^2 - 5x + 6 = 0", "x^2 - 5*x + 6 == 0"),
    ],
)
def test_math_translation(prose, study):
    assert math_expression(prose) == study


@pytest.mark.parametrize("hostile", ["__import__('os').system('ls')", "x.__class__", "open(x)", "lambda x: x"])
def test_hostile_text_is_refused(hostile):
    with pytest.raises(ExtractError):
        math_expression(hostile)


def test_samples_and_levels():
    assert samples("12.1 11.8 12.4 and 12.6, 12.3, 12.9") == [["12.1", "11.8", "12.4"], ["12.6", "12.3", "12.9"]]
    assert samples("20 22 21, 25 24 26") == [["20", "22", "21"], ["25", "24", "26"]]
    assert alpha("at 99% confidence") == "0.01" and alpha("alpha 0.1") == "0.1"


def test_classify_unknown_is_none():
    assert classify("what a lovely day", tools()).mode is None
    assert classify("design a 2^(5-1) fractional factorial", tools()).mode == "design"


def test_ground_prefers_cards_of_the_mode():
    passages = ground("Cpk for mean 10, sd 1, specs 7 to 13", "capability")
    assert passages and passages[0].title == "Process capability"


def test_a_failed_check_caps_confidence():
    checks = [Check("a", True, ""), Check("b", False, "")]
    assert confidence(0.97, checks) <= 0.3
    assert confidence(0.97, []) < 0.5
    assert confidence(0.97, [Check("a", True, "")]) > 0.9


def test_arbiter_switches_to_rank_test_for_skewed_data():
    out = reason("compare 1 1 1 1 2 1 1 30 and 5 6 5 7 6 5 6 7").to_dict()
    assert out["result"]["test"].lower().startswith("mann-whitney")
    assert any("normality rejected" in c for c in out["caveats"])
    argue = next(s for s in out["stages"] if s["name"] == "argue")
    assert {a["name"] for a in argue["alternatives"]} >= {"pooled t-test", "mann-whitney", "equal variances"}
