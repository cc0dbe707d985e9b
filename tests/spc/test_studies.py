"""End-to-end studies: the spec's section-3 example, phase II, CUSUM, plots and user errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.spc.cases import pistonrings_csv

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "spc"
PNG = b"\x89PNG\r\n\x1a\n"


def test_shaft_example_runs_end_to_end(run_study, tmp_path):
    run = run_study((EXAMPLE / "shaft.doe").read_text(), files={"shaft.csv": (EXAMPLE / "shaft.csv").read_text()})
    assert run.exit_code == 0, run.stderr
    chart = run.step("chart", "xbar_r")
    assert chart["points"] == 25 and chart["n"] == 5 and chart["rules"] == "western_electric"
    assert chart["violations"] and min(v["point"] for v in chart["violations"]) >= 19  # the late shift fires
    assert all(
        label is None or label == min(v["rule"] for v in chart["violations"] if v["point"] == i)
        for i, label in enumerate(chart["labels"], start=1)
    )
    cap = run.step("capability")
    assert cap["lsl"] == 9.95 and cap["usl"] == 10.05 and cap["target"] == 10.0
    assert cap["indices"]["Cpk"]["value"] > 1.33
    plots = run.step("plot")["files"]
    assert [Path(p).name for p in plots] == ["chart_xbar_r.png", "capability_histogram.png"]
    for name in plots:
        assert Path(name).read_bytes()[:8] == PNG and Path(name).stat().st_size > 20_000
    assert sorted(Path(p).name for p in run.json["outputs"]) == ["capability_histogram.png", "chart_xbar_r.png"]


def test_every_chart_kind_plots_as_svg(run_study, tmp_path):
    study = 'data "p.csv" column=diameter subgroup=sample\n'
    for kind, extra in (("xbar_s", ""), ("ewma", " lambda=0.1"), ("cusum", " k=0.5 h=4")):
        study += f'chart {kind} limits_from=trial{extra}\nplot chart format="svg" file="{kind}.svg"\n'
    run = run_study(study, files={"p.csv": pistonrings_csv()})
    assert run.exit_code == 0, run.stderr
    for kind in ("xbar_s", "ewma", "cusum"):
        assert (tmp_path / f"{kind}.svg").read_text().lstrip().startswith("<?xml")
    cusum = run.step("chart", "cusum")
    assert cusum["rules"] == "cusum" and cusum["secondary"][0]["name"] == "C-"
    # the phase-II upward drift (subgroups 34 onward) drives C+ over h
    signals = [v["point"] for v in cusum["violations"]]
    assert signals and min(signals) > 25
    assert all(v["description"] == "C+ or C- beyond the decision interval h" for v in cusum["violations"])


def test_stated_limits_and_attribute_plot(run_study, tmp_path):
    text = "defects\n" + "\n".join(str(v) for v in [3, 5, 2, 4, 12, 3, 4]) + "\n"
    run = run_study(
        'data "d.csv" column=defects\nchart c ucl=10 lcl=0 rules=none\nplot chart\nchart c center=4\n',
        files={"d.csv": text},
    )
    assert run.exit_code == 0, run.stderr
    stated, centred = run.step("chart", index=0), run.step("chart", index=1)
    assert stated["ucl"] == 10 and stated["lcl"] == 0 and stated["center"] == 5
    assert [v["point"] for v in stated["violations"]] == [5]
    assert centred["center"] == 4 and np.isclose(centred["ucl"], 4 + 3 * 2)
    assert (tmp_path / "chart_c.png").is_file()


def _error(run_study, study: str, files: dict[str, str]) -> str:
    run = run_study(study, files=files)
    assert run.exit_code == 2 and run.stdout == ""
    return run.stderr


def test_user_errors_point_at_the_problem(run_study):
    data = {"p.csv": pistonrings_csv()}
    head = 'data "p.csv" column=diameter subgroup=sample\n'
    err = _error(run_study, head + "chart xbar_r rule=nelson\n", data)
    assert "unknown argument 'rule'" in err and "did you mean 'rules'" in err
    err = _error(run_study, head + "chart xbar_r rules=nelsen\n", data)
    assert "unknown rules 'nelsen'" in err and "western_electric" in err
    err = _error(run_study, 'data "p.csv" column=diameter subgroup=7\nchart xbar_r\n', data)
    assert "200 values do not split into subgroups of 7" in err
    err = _error(run_study, 'data "p.csv" column=diam\nchart imr\n', data)
    assert "no column 'diam'" in err and "columns are: sample, diameter, trial" in err
    err = _error(run_study, head + "chart p\n", data)
    assert "needs the sample sizes" in err
    err = _error(run_study, head + "chart xbar_r\ncapability lsl=74.1 usl=73.9\n", data)
    assert "usl (73.9) must be above lsl (74.1)" in err
    err = _error(run_study, head + "plot histogram\n", data)
    assert "needs a capability study first" in err
    err = _error(run_study, head + "chart xbar_r tests=[5]\n", data)
    assert "rule 5 is not one of the western_electric rules" in err
    err = _error(run_study, head + 'chart xbar_r limits_from="missing.csv"\n', data)
    assert "file not found" in err


def test_unequal_subgroups_by_id_column_get_limits_per_subgroup(run_study):
    rows = [
        ("a", 9.8),
        ("a", 10.1),
        ("b", 10.0),
        ("b", 10.4),
        ("b", 9.9),
        ("c", 10.2),
        ("c", 9.7),
        ("c", 10.0),
        ("c", 10.3),
        ("a", 10.0),
    ]  # ids need not be contiguous: 'a' has 3 values
    text = "lot,x\n" + "\n".join(f"{lot},{x}" for lot, x in rows) + "\n"
    run = run_study('data "u.csv" column=x subgroup=lot\nchart xbar_r constants="table"\n', files={"u.csv": text})
    assert run.exit_code == 0, run.stderr
    chart = run.step("chart")
    groups = {"a": [9.8, 10.1, 10.0], "b": [10.0, 10.4, 9.9], "c": [10.2, 9.7, 10.0, 10.3]}
    d2 = {3: 1.693, 4: 2.059}  # published table values
    sigma = np.mean([(max(g) - min(g)) / d2[len(g)] for g in groups.values()])
    center = np.mean([x for _, x in rows])
    sizes = np.array([3, 3, 4])
    assert chart["n"] == [3, 3, 4]
    assert np.allclose(chart["statistic"], [np.mean(g) for g in groups.values()])
    assert np.allclose(chart["ucl"], center + 3 * sigma / np.sqrt(sizes), rtol=1e-12)
    assert np.isclose(chart["sigma"], sigma, rtol=1e-12)
