"""Run rules against the qcc test-suite sequences, through studies with stated limits."""

from __future__ import annotations

import pytest

from tests.spc.cases import CASES, expected


def _flagged(run_study, sequence, options: str) -> dict:
    text = "z\n" + "\n".join(str(v) for v in sequence) + "\n"
    run = run_study(f'data "z.csv" column=z\nchart imr center=0 sigma=1 {options}\n', files={"z.csv": text})
    assert run.exit_code == 0, run.stderr
    return run.step("chart")


def _points(chart: dict, rule: int) -> list[int]:
    return [v["point"] for v in chart["violations"] if v["rule"] == rule]


@pytest.mark.parametrize("name", ["WE1", "WE2", "WE3", "WE4"])
def test_rules_western_electric(run_study, name):
    sequence = CASES["rules-western-electric"]["input"]["sequences"][name]
    rule = int(name[2:])
    chart = _flagged(run_study, sequence, f"rules=western_electric tests=[{rule}]")
    assert _points(chart, rule) == expected("rules-western-electric")[name]["value"]


@pytest.mark.parametrize("name", ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N8_same_side_only"])
def test_rules_nelson(run_study, name):
    sequence = CASES["rules-nelson"]["input"]["sequences"][name]
    rule = int(name[1])
    chart = _flagged(run_study, sequence, f"rules=nelson tests=[{rule}]")
    assert chart["rules"] == "nelson"
    assert _points(chart, rule) == expected("rules-nelson")[name]["value"]


def test_nelson8_either_side_option_flags_the_same_side_run(run_study):
    sequence = CASES["rules-nelson"]["input"]["sequences"]["N8_same_side_only"]
    chart = _flagged(run_study, sequence, 'rules=nelson tests=[8] nelson8="either"')
    assert _points(chart, 8) == [8]


def test_rules_we_precedence(run_study):
    sequence = CASES["rules-we-precedence"]["input"]["sequence"]
    exp = expected("rules-we-precedence")
    full = _flagged(run_study, sequence, "rules=western_electric")
    for rule in (1, 2, 3, 4):
        assert _points(full, rule) == exp[f"WE{rule}"]["value"]
    assert full["labels"] == exp["label_rules_4_3_2_1"]["value"]
    assert _flagged(run_study, sequence, "tests=[4, 3, 2]")["labels"] == exp["label_rules_4_3_2"]["value"]
    descriptions = {v["rule"]: v["description"] for v in full["violations"]}
    assert descriptions[1] == "1 point beyond the control limits"
