"""Control charts against the published reference cases (qcc vignette, Montgomery; constants tables)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers import assert_close
from tests.spc.cases import expected, pistonrings_csv, table_csv


def _chart(run, index: int = -1) -> dict:
    assert run.exit_code == 0, run.stderr
    return run.step("chart", index=index)


def test_cc_constants_table_exact_constants_reproduce_the_published_tables(run_study):
    sizes = [2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20]
    values = np.random.default_rng(5).normal(10.0, 1.0, 2520)
    rows = "\n".join(f"{v:.6f}" for v in values)
    lines = "\n".join(f"chart xbar_r subgroup={n}" for n in sizes)
    run = run_study(f'data "v.csv" column=x\n{lines}\n', files={"v.csv": f"x\n{rows}\n"})
    for i, n in enumerate(sizes):
        factors = _chart(run, i)["factors"]
        for name, spec in expected("cc-constants-table")[str(n)].items():
            assert_close(f"n={n} {name}", factors[name], spec)


def test_table_constants_are_the_rounded_published_values(run_study):
    run = run_study(
        'data "p.csv" column=diameter subgroup=sample\nchart xbar_r limits_from=trial constants="table"\n',
        files={"p.csv": pistonrings_csv()},
    )
    chart = _chart(run)
    assert chart["factors"]["d2"] == 2.326 and chart["factors"]["d3"] == 0.864 and chart["constants"] == "table"
    # with d2 = 2.326, qcc's printed sigma is reproduced to all 7 digits
    assert_close("sigma", chart["sigma"], {"value": 0.009785039, "rtol": 1e-7})


@pytest.mark.parametrize("baseline", ["limits_from=trial", 'limits_from="phase1.csv"'])
def test_cc_xbar_r_pistonrings(run_study, baseline):
    phase1 = "\n".join(pistonrings_csv().splitlines()[: 1 + 125]) + "\n"
    run = run_study(
        f'data "p.csv" column=diameter subgroup=sample\nchart xbar_r {baseline}\n',
        files={"p.csv": pistonrings_csv(), "phase1.csv": phase1},
    )
    chart = _chart(run)
    exp = expected("cc-xbar-r-pistonrings")
    assert chart["points"] == 40 and chart["n"] == 5
    assert_close("xbar_center", chart["center"], exp["xbar_center"])
    assert_close("sigma_within", chart["sigma"], exp["sigma_within"])
    assert_close("xbar_LCL", chart["lcl"], exp["xbar_LCL"])
    assert_close("xbar_UCL", chart["ucl"], exp["xbar_UCL"])
    r_panel = chart["secondary"][0]
    assert r_panel["name"] == "R"
    assert_close("R_center", r_panel["center"], exp["R_center"])
    assert_close("R_LCL", r_panel["lcl"], exp["R_LCL"])
    assert_close("R_UCL", r_panel["ucl"], exp["R_UCL"])
    # phase II drifts upward: the late subgroups break the phase-I limits (qcc flags 37, 38, 39)
    assert {37, 38, 39} <= {v["point"] for v in chart["violations"] if v["rule"] == 1}


def test_cc_xbar_s_pistonrings(run_study):
    run = run_study(
        'data "p.csv" column=diameter subgroup=sample\nchart xbar_s limits_from=trial\n',
        files={"p.csv": pistonrings_csv()},
    )
    chart = _chart(run)
    exp = expected("cc-xbar-s-pistonrings")
    s_panel = chart["secondary"][0]
    assert chart["sigma_method"] == "S-bar/c4" and s_panel["name"] == "S"
    assert_close("S_center", s_panel["center"], exp["S_center"])
    assert_close("sigma_within", chart["sigma"], exp["sigma_within"])
    assert_close("S_LCL", s_panel["lcl"], exp["S_LCL"])
    assert_close("S_UCL", s_panel["ucl"], exp["S_UCL"])


def test_cc_imr_viscosity(run_study):
    viscosity = table_csv("cc-imr-viscosity", revised=lambda r: r["phase1"] and r["batch"] != 4)
    revised = table_csv("cc-imr-viscosity").splitlines()
    without_4 = "\n".join(line for line in revised[:21] if not line.startswith("4,")) + "\n"
    run = run_study(
        'data "v.csv" column=viscosity\n'
        "chart imr limits_from=phase1\n"
        "chart imr limits_from=phase1 sigma_method=sd\n"
        'chart imr limits_from="revised.csv"\n',
        files={"v.csv": viscosity, "revised.csv": without_4},
    )
    exp = expected("cc-imr-viscosity")
    mr, sd, rev = (_chart(run, i) for i in range(3))
    assert_close("center", mr["center"], exp["center"])
    assert_close("sigma_mr", mr["sigma"], exp["sigma_mr"])
    assert_close("LCL_mr", mr["lcl"], exp["LCL_mr"])
    assert_close("UCL_mr", mr["ucl"], exp["UCL_mr"])
    assert_close("sigma_sd", sd["sigma"], exp["sigma_sd"])
    assert_close("LCL_sd", sd["lcl"], exp["LCL_sd"])
    assert_close("UCL_sd", sd["ucl"], exp["UCL_sd"])
    assert_close("rev_center", rev["center"], exp["rev_center"])
    assert_close("rev_sigma_mr", rev["sigma"], exp["rev_sigma_mr"])
    assert_close("rev_LCL", rev["lcl"], exp["rev_LCL"])
    assert_close("rev_UCL", rev["ucl"], exp["rev_UCL"])
    assert mr["secondary"][0]["name"] == "MR" and mr["statistic"][3] == 35.96


def test_cc_p_np_orangejuice(run_study):
    juice = table_csv("cc-p-np-orangejuice", revised=lambda r: r["trial"] and r["sample"] not in (15, 23))
    run = run_study(
        'data "j.csv" column=nonconforming n=n\n'
        "chart p limits_from=trial\nchart np limits_from=trial\nchart p limits_from=revised\n",
        files={"j.csv": juice},
    )
    exp = expected("cc-p-np-orangejuice")
    p, np_, rev = (_chart(run, i) for i in range(3))
    for prefix, chart in (("p", p), ("np", np_), ("rev_p", rev)):
        assert_close(f"{prefix}_center", chart["center"], exp[f"{prefix}_center"])
        assert_close(f"{prefix}_sigma", chart["sigma_statistic"], exp[f"{prefix}_sigma"])
        assert_close(f"{prefix}_LCL", chart["lcl"], exp[f"{prefix}_LCL"])
        assert_close(f"{prefix}_UCL", chart["ucl"], exp[f"{prefix}_UCL"])
    # Montgomery: samples 15 and 23 are above the trial UCL
    assert {15, 23} <= {v["point"] for v in p["violations"] if v["rule"] == 1}


def test_cc_c_u_circuit(run_study):
    boards = table_csv("cc-c-u-circuit", revised=lambda r: r["trial"] and r["sample"] not in (6, 20))
    run = run_study(
        'data "b.csv" column=nonconformities\n'
        "chart c limits_from=trial\nchart c limits_from=revised\nchart u n=size limits_from=revised\n",
        files={"b.csv": boards},
    )
    exp = expected("cc-c-u-circuit")
    c, rev, u = (_chart(run, i) for i in range(3))
    for prefix, chart in (("c", c), ("rev_c", rev)):
        assert_close(f"{prefix}_center", chart["center"], exp[f"{prefix}_center"])
        assert_close(f"{prefix}_sigma", chart["sigma"], exp[f"{prefix}_sigma"])
        assert_close(f"{prefix}_LCL", chart["lcl"], exp[f"{prefix}_LCL"])
        assert_close(f"{prefix}_UCL", chart["ucl"], exp[f"{prefix}_UCL"])
    for name in ("center", "LCL", "UCL"):
        assert_close(f"u_{name}", u[name.lower()], exp[f"u_{name}"])
    assert [v["point"] for v in c["violations"] if v["rule"] == 1] == [6, 20]


def test_cc_u_pcmanufact(run_study):
    run = run_study(
        'data "pc.csv" column=nonconformities size=units\nchart u\n', files={"pc.csv": table_csv("cc-u-pcmanufact")}
    )
    chart = _chart(run)
    exp = expected("cc-u-pcmanufact")
    assert_close("u_center", chart["center"], exp["u_center"])
    assert_close("u_LCL", chart["lcl"], exp["u_LCL"])
    assert_close("u_UCL", chart["ucl"], exp["u_UCL"])
    assert_close("sigma_printed", chart["sigma"], exp["sigma_printed"])


def test_p_chart_with_variable_sample_sizes_has_limits_per_point(run_study):
    text = "d,n\n5,100\n9,150\n4,80\n12,200\n7,120\n"
    chart = _chart(run_study('data "v.csv" column=d n=n\nchart p\n', files={"v.csv": text}))
    pbar = 37 / 650
    sizes = np.array([100, 150, 80, 200, 120])
    assert_close("center", chart["center"], {"value": pbar, "rtol": 1e-12})
    assert_close("ucl", chart["ucl"], {"value": pbar + 3 * np.sqrt(pbar * (1 - pbar) / sizes), "rtol": 1e-12})
    assert_close(
        "lcl", chart["lcl"], {"value": np.maximum(pbar - 3 * np.sqrt(pbar * (1 - pbar) / sizes), 0), "atol": 1e-15}
    )


def test_cc_ewma_pistonrings_viscosity(run_study):
    exp = expected("cc-ewma-pistonrings-viscosity")
    pist = run_study(
        'data "p.csv" column=diameter subgroup=sample\n'
        "chart ewma lambda=0.2 L=3 limits_from=trial\nchart ewma lambda=0.2 L=2.7 limits_from=trial\n",
        files={"p.csv": pistonrings_csv()},
    )
    l3, l27 = _chart(pist, 0), _chart(pist, 1)
    for chart, label, points in ((l3, "pist_L3", (1, 2, 25)), (l27, "pist_L27", (1, 2, 40))):
        for i in points:
            assert_close(f"{label}_i{i}", [chart["lcl"][i - 1], chart["ucl"][i - 1]], exp[f"{label}_i{i}"])
    visc = run_study(
        'data "v.csv" column=viscosity\nchart ewma lambda=0.2 L=2.7 limits_from=phase1\n',
        files={"v.csv": table_csv("cc-imr-viscosity")},
    )
    chart = _chart(visc)
    for i in (1, 2, 35):
        assert_close(f"visc_L27_i{i}", [chart["lcl"][i - 1], chart["ucl"][i - 1]], exp[f"visc_L27_i{i}"])
