"""The parser: every spec example parses to the intended tree; errors carry line and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dsl.errors import StudySyntaxError
from dsl.parser import parse
from plugins.api.nodes import (
    BinOp,
    By,
    Call,
    Compare,
    Formula,
    Keyword,
    ListValue,
    Name,
    Number,
    Range,
    String,
    UnaryOp,
)

SHARED_SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "dsl-by-example.md"
VENDORED_SPEC = Path(__file__).resolve().parents[1] / "data" / "dsl-by-example.md"
SPEC = SHARED_SPEC if SHARED_SPEC.is_file() else VENDORED_SPEC  # CI clones the repository alone


def one(text: str):
    (statement,) = parse(text).statements
    return statement


def spec_blocks() -> list[str]:
    return re.findall(r"```\n(.*?)```", SPEC.read_text(encoding="utf-8"), flags=re.S)


def test_every_spec_example_parses():
    blocks = spec_blocks()
    assert len(blocks) >= 6
    for block in blocks:
        study = parse(block)
        assert study.statements, block


def test_statement_shape_and_positions():
    st = one("design fractional_factorial resolution=4 center=3 randomize=true")
    assert st.verb == "design"
    assert (st.verb_pos.line, st.verb_pos.column) == (1, 1)
    kind, *rest = st.arguments
    assert kind == Name(kind.pos, "fractional_factorial")
    assert [k.name for k in st.keywords] == ["resolution", "center", "randomize"]
    assert st.keywords[0].value.text == "4"
    assert st.keywords[0].pos.column == 29


def test_numbers_keep_their_exact_text():
    st = one("let big = [1000000000000.4, 2.5e-3, .5]")
    values = st.arguments[1].items
    assert [v.text for v in values] == ["1000000000000.4", "2.5e-3", ".5"]
    assert str(values[0].decimal) == "1000000000000.4"


@pytest.mark.parametrize("literal", ["1.5e-3", "2E6", "3.0e+2", "6.02e23", ".5e-1"])
def test_scientific_notation_is_one_number_inside_an_expression(literal):
    product = one(f"show {literal}*x - 1").arguments[0].left
    assert product.op == "*" and product.left == Number(product.left.pos, literal)
    assert product.right == Name(product.right.pos, "x")


def test_e_before_a_power_is_eulers_number():
    product = one("show 2*e^x").arguments[0]
    assert product.left.text == "2" and product.right.left == Name(product.right.left.pos, "e")


def test_range_and_negative_arguments():
    st = one('factor temp -10 .. 30 "C"')
    name, rng, unit = st.arguments
    assert isinstance(rng, Range) and isinstance(rng.low, UnaryOp) and rng.low.operand.text == "10"
    assert unit == String(unit.pos, "C")


@pytest.mark.parametrize("text", ["let y = x -1", "show (x -1)", "show x - 1", "show x-1", "show [x -1]"])
def test_minus_inside_an_expression_is_subtraction(text):
    st = one(text)
    value = st.arguments[-1]
    if isinstance(value, ListValue):
        value = value.items[0]
    assert isinstance(value, BinOp) and value.op == "-"


def test_a_spaced_negative_number_starts_a_new_argument():
    st = one("show x -1")
    assert len(st.arguments) == 2


def test_power_binds_tighter_than_a_leading_minus():
    st = one("show -5^2")
    (value,) = st.arguments
    assert isinstance(value, UnaryOp) and isinstance(value.operand, BinOp) and value.operand.op == "^"


def test_power_is_right_associative_and_double_star_is_power():
    value = one("show 2^3^2").arguments[0]
    assert value.op == "^" and isinstance(value.right, BinOp)
    assert one("show x**2").arguments[0].op == "^"


def test_calls_dotted_names_keywords_and_equations():
    value = one('show limit(sin(x)/x, x, 0, dir="+")').arguments[0]
    assert isinstance(value, Call) and value.func == "limit" and len(value.args) == 3
    assert value.keywords == (Keyword(value.keywords[0].pos, "dir", String(value.keywords[0].value.pos, "+")),)
    assert one("show normal.ppf(0.975)").arguments[0].func == "normal.ppf"
    eq = one("show solve(x^2 - 5*x + 6 == 0, x)").arguments[0].args[0]
    assert isinstance(eq, Compare) and eq.op == "=="


def test_formulas_interactions_and_by_clauses():
    formula = one("fit regression y ~ x + x^2 + a:b").arguments[1]
    assert isinstance(formula, Formula) and formula.lhs.id == "y"
    assert formula.rhs.right.op == ":"
    st = one("test anova strength by supplier, temp")
    assert isinstance(st.arguments[-1], By) and [g.id for g in st.arguments[-1].groups] == ["supplier", "temp"]


def test_lines_continue_inside_brackets_and_comments_are_ignored():
    study = parse("let a = [1, 2,  # first two\n   3]\n\n# a comment line\nshow sum(\n a)\n")
    assert [s.verb for s in study.statements] == ["let", "show"]
    assert len(study.statements[0].arguments[1].items) == 3
    assert study.statements[1].pos.line == 5


def test_strings_unescape_without_evaluation():
    assert one(r'study "say \"hi\"\n"').arguments[0].value == 'say "hi"\n'
    assert one("study 'single'").arguments[0].value == "single"


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ('study "x"\nfactor a 1 .. \n', 2, 15, "unexpected end of line; expected a value"),
        ("show sin(x\nshow 1\n", 1, 9, "'(' is not closed"),
        ("show 1 +* 2", 1, 9, "unexpected '*'"),
        ("show 1 = 2", 1, 8, "=="),
        ("show `ls`", 1, 6, "unexpected character"),
        ("show )", 1, 6, "closing bracket"),
        ("let 3 = x", 1, 5, "unexpected a number"),
    ],
)
def test_syntax_errors_point_at_the_problem(text, line, column, fragment):
    with pytest.raises(StudySyntaxError) as info:
        parse(text)
    err = info.value
    assert (err.line, err.column) == (line, column), err
    assert fragment in f"{err.message} {err.hint or ''}"


def test_deep_nesting_is_a_syntax_error_not_a_crash():
    with pytest.raises(StudySyntaxError, match="nested"):
        parse("show " + "(" * 5000 + "1" + ")" * 5000)


def test_number_values():
    assert Number(None, "42").value == 42 and isinstance(Number(None, "42").value, int)
    assert Number(None, "2.5e-3").value == pytest.approx(0.0025)
    assert Number(None, "3.0e+2").value == pytest.approx(300.0)
