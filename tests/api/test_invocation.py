"""Invocation helpers: source slices across lines, keyword checks with suggestions."""

from __future__ import annotations

import pytest

from dsl.interpreter import Resolved, invocation_for
from dsl.parser import parse
from plugins.api import StudyError, Verb


def invocation(text: str):
    study = parse(text)
    statement = study.statements[0]
    item = Resolved(statement, Verb(handler="x:y", name=statement.verb), None)
    return invocation_for(item, "\n".join(study.lines[statement.pos.line - 1 : statement.pos.end_line]))


def test_source_of_one_node_and_of_a_multiline_span():
    inv = invocation("show  integrate(\n    x^2,\n  x)  \n")
    assert inv.source(inv.args[0]) == "integrate(\n    x^2,\n  x)"
    inv = invocation('factor temp -10 .. 30 "C"\n')
    assert inv.source(inv.args[1]) == "-10 .. 30"
    assert inv.source(inv.args[0], inv.args[-1]) == 'temp -10 .. 30 "C"'


def test_check_keywords_suggests_the_nearest_name():
    inv = invocation("chart xbar_r rulez=nelson\n")
    with pytest.raises(StudyError) as info:
        inv.check_keywords({"rules", "subgroup"})
    assert info.value.hint == "did you mean 'rules'?" and info.value.pos.column == 14


def test_check_positional_points_at_the_extra_value():
    inv = invocation('study "a" "b"\n')
    with pytest.raises(StudyError) as info:
        inv.check_positional(1, "one title")
    assert info.value.pos.column == 11
