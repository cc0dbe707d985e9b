"""``export design`` and ``results``: the run sheet round trip and the join errors."""

from __future__ import annotations

import csv
import io

STUDY = """seed 4
factor a 1 .. 3
factor b ["x", "y"]
response y
design full_factorial randomize=true
export design "runs.csv"
"""
SHEET = "run,y\n1,5\n2,6\n3,7\n4,8\n"


def test_export_writes_run_sheet_in_run_order(run_study, tmp_path):
    run = run_study(STUDY)
    assert run.exit_code == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "runs.csv").read_text())))
    assert list(rows[0]) == ["run", "std_order", "block", "point_type", "a_coded", "b_coded", "a", "b", "y"]
    assert [r["run"] for r in rows] == ["1", "2", "3", "4"] and all(r["y"] == "" for r in rows)
    design = run.step("design")
    assert [str(r["std_order"]) for r in design["rows"]] == [r["std_order"] for r in rows]
    assert run.json["outputs"] == [str((tmp_path / "runs.csv").resolve())]


def test_results_join_by_run(run_study):
    run = run_study(STUDY + 'results "m.csv"\n', files={"m.csv": SHEET})
    assert run.exit_code == 0, run.stderr
    result = run.step("results")
    assert result["join"] == "run" and result["values"]["y"] == [5, 6, 7, 8]
    assert result["statistics"]["y"]["mean"] == 6.5


def test_results_errors_name_run_and_column(run_study):
    cases = {
        "run,y\n1,5\n2,6\n3,7\n": "run(s) 4 missing from column 'run'",
        "run,y\n1,5\n2,6\n2,7\n4,8\n": "run 2 appears twice",
        "run,y\n1,5\n2,6\n3,7\n4,8\n9,1\n": "run 9 (column 'run') is not in the design",
        "run,y\n1,5\n2,oops\n3,7\n4,8\n": "run 2, column 'y': 'oops' is not a number",
        "run,z\n1,5\n2,6\n3,7\n4,8\n": "response column(s) y not in the file",
    }
    for content, message in cases.items():
        run = run_study(STUDY + 'results "m.csv"\n', files={"m.csv": content})
        assert run.exit_code == 2 and message in run.stderr, (content, run.stderr)


def test_results_join_on_another_column(run_study):
    run = run_study(STUDY + 'results "m.csv" on=order\n', files={"m.csv": SHEET.replace("run", "order")})
    assert run.exit_code == 0, run.stderr
    assert run.step("results")["on"] == "order"


def test_results_without_run_column_are_observed_runs(run_study):
    text = 'factor a 1 .. 3\nfactor b ["x", "y"]\nresults "m.csv"\n'
    run = run_study(text, files={"m.csv": "a,b,y\n1,x,3\n3,y,5\n2,x,4\n"})
    assert run.exit_code == 0, run.stderr
    result = run.step("results")
    assert result["join"] == "observed" and result["design"] == "observed" and result["responses"] == ["y"]
    assert result["values"]["y"] == [3, 5, 4]


def test_results_catch_a_mismatched_factor_level(run_study, tmp_path):
    first = run_study(STUDY)
    rows = (tmp_path / "runs.csv").read_text().splitlines()
    header, body = rows[0], rows[1:]
    swapped = [body[1], body[0], *body[2:]]  # rows moved, run numbers changed with them
    fixed = [",".join([str(i + 1), *r.split(",")[1:-1], "5"]) for i, r in enumerate(swapped)]
    assert first.exit_code == 0
    run = run_study(STUDY + 'results "m.csv"\n', files={"m.csv": "\n".join([header, *fixed]) + "\n"})
    assert run.exit_code == 2 and "the file says" in run.stderr
