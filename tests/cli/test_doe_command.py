"""``havoc doe run/check``: the JSON contract, error reports, exit codes, and no half-written outputs."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from havoc_cli.app import app

TABLE = "machine,response\nA,1.5\nA,1.7\nB,2.5\nB,2.1\n"


def test_json_contract_of_a_run(run_study):
    run = run_study('study "Contract"\nseed 7\ndata "t.csv"\nlet a = [1, 2]\n', files={"t.csv": TABLE})
    assert run.exit_code == 0, run.stderr
    doc = run.json
    assert set(doc) == {"study", "file", "steps", "outputs"}
    assert doc["study"] == "Contract" and doc["outputs"] == []
    assert [s["verb"] for s in doc["steps"]] == ["study", "seed", "data", "let"]
    assert [s["line"] for s in doc["steps"]] == [1, 2, 3, 4]
    assert all({"line", "verb", "kind", "plugin", "result"} <= set(s) for s in doc["steps"])
    data = run.step("data")
    assert data["rows"] == 4 and data["columns"] == ["machine", "response"] and data["kind"] == "data"


def test_unknown_verb_gets_file_line_col_caret_and_suggestion(run_study):
    run = run_study('study "x"\n\nstduy "y"\n')
    assert run.exit_code == 2 and run.stdout == ""
    assert "study.doe:3:1: error: unknown verb 'stduy'" in run.stderr
    assert "did you mean 'study'?" in run.stderr
    assert "   3 | stduy" in run.stderr and "\n       | ^" in run.stderr


def test_unknown_keyword_names_the_known_ones(run_study):
    run = run_study('report "r.md" titel="x"\n')
    assert run.exit_code == 2
    assert ":1:15: error: unknown argument 'titel'" in run.stderr and "did you mean 'title'?" in run.stderr


def test_syntax_error_exit_code_and_position(run_study):
    run = run_study("let x = (1 + \n")
    assert run.exit_code == 2
    assert "study.doe:1:9: error: '(' is not closed" in run.stderr


def test_failing_study_leaves_no_output_files(run_study, tmp_path):
    run = run_study('study "x"\nreport "r.md"\nreport "r.html"\ndata "missing.csv"\n', json_out=False)
    assert run.exit_code == 2
    assert "file not found" in run.stderr
    assert not (tmp_path / "r.md").exists() and not (tmp_path / "r.html").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_reports_are_written_when_the_study_succeeds(run_study, tmp_path):
    run = run_study('study "Report me"\ndata "t.csv"\nreport "out/r.md"\nreport "r.html"\n', files={"t.csv": TABLE})
    assert run.exit_code == 0, run.stderr
    md = (tmp_path / "out" / "r.md").read_text()
    assert md.startswith("# Report me") and "| machine | no | A, A, B, B |" in md
    page = (tmp_path / "r.html").read_text()
    assert page.startswith("<!doctype html>") and "<caption>t.csv: 4 rows</caption>" in page
    assert sorted(run.json["outputs"]) == sorted([str(tmp_path / "out" / "r.md"), str(tmp_path / "r.html")])


def test_out_option_redirects_outputs(run_study, tmp_path):
    run = run_study('report "r.md"\n', args=["--out", str(tmp_path / "elsewhere")])
    assert run.exit_code == 0
    assert (tmp_path / "elsewhere" / "r.md").is_file() and not (tmp_path / "r.md").exists()


def test_bad_values_are_reported_at_the_value(run_study):
    run = run_study('seed "forty-two"\n')
    assert run.exit_code == 2 and "study.doe:1:6: error: expected a number, found a string" in run.stderr
    run = run_study("let pi = 3\n")
    assert run.exit_code == 2 and "reserved" in run.stderr


def test_data_errors_name_the_row(run_study):
    run = run_study('data "t.csv"\n', files={"t.csv": "a,b\n1,2\n3\n"})
    assert run.exit_code == 2 and "t.csv:3: 1 cells but the header has 2 columns" in run.stderr


def test_check_resolves_without_running(tmp_path):
    study = tmp_path / "s.doe"
    study.write_text('study "x"\ndata "not-there.csv"\n')
    result = CliRunner().invoke(app, ["doe", "check", str(study), "--json"])
    assert result.exit_code == 0
    assert [s["verb"] for s in json.loads(result.stdout)["statements"]] == ["study", "data"]
    study.write_text("plot paretto\n")
    result = CliRunner().invoke(app, ["doe", "check", str(study)])
    assert result.exit_code == 2 and "unknown plot 'paretto'" in result.stderr or "unknown plot" in result.stderr


def test_missing_study_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["doe", "run", str(tmp_path / "nope.doe")])
    assert result.exit_code == 2 and "no such study file" in result.stderr


def test_new_writes_each_template_and_every_template_resolves(tmp_path):
    from havoc_cli.commands.doe import TEMPLATES

    for template in TEMPLATES:
        target = tmp_path / f"{template}.doe"
        assert CliRunner().invoke(app, ["doe", "new", template, str(target)]).exit_code == 0
        checked = CliRunner().invoke(app, ["doe", "check", str(target)])
        assert checked.exit_code == 0, (template, checked.stderr)


def test_new_refuses_to_overwrite_and_unknown_templates(tmp_path):
    target = tmp_path / "s.doe"
    target.write_text("mine\n")
    result = CliRunner().invoke(app, ["doe", "new", "rsm", str(target)])
    assert result.exit_code == 2 and "--force" in result.stderr and target.read_text() == "mine\n"
    result = CliRunner().invoke(app, ["doe", "new", "nope", str(tmp_path / "t.doe")])
    assert result.exit_code == 2 and "screening" in result.stderr
