"""Capability indices and intervals against the qcc piston-ring scenarios, and their properties."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from tests.helpers import assert_close
from tests.spc.cases import CASES, expected, pistonrings_csv

SPECS = {
    "S1": "lsl=73.95 usl=74.05",
    "S2": "lsl=73.95 usl=74.05 target=74.02",
    "S3": "lsl=73.99 usl=74.01",
    "S4": "lsl=73.99 usl=74.1",
}
PERCENTS = {
    "pct_below_LSL_expected": ("expected_pct", "within", "below_lsl"),
    "pct_above_USL_expected": ("expected_pct", "within", "above_usl"),
    "pct_below_LSL_observed": ("observed_pct", "below_lsl"),
    "pct_above_USL_observed": ("observed_pct", "above_usl"),
}


def _phase1_csv() -> str:
    return "\n".join(pistonrings_csv().splitlines()[: 1 + 125]) + "\n"


@pytest.mark.parametrize("scenario", sorted(SPECS))
def test_cap_pistonrings_cp_cpk_cpm(run_study, scenario):
    # the case's input is qcc's sigma_within 0.009785039 = R-bar / 2.326 (the table d2); exact d2 moves
    # S4's Cpu by 0.0006, just outside the case's tolerance, so the study asks for the table constants
    run = run_study(
        f'data "p.csv" column=diameter subgroup=sample\nchart xbar_r constants="table"\ncapability {SPECS[scenario]}\n',
        files={"p.csv": _phase1_csv()},
    )
    assert run.exit_code == 0, run.stderr
    cap = run.step("capability")
    assert cap["n"] == CASES["cap-pistonrings-cp-cpk-cpm"]["input"]["n_obs"]
    assert cap["sigma_within_method"] == "R-bar/d2"
    assert_close("sigma_within", cap["sigma_within"], {"value": 0.009785039, "rtol": 1e-7})
    for name, spec in expected("cap-pistonrings-cp-cpk-cpm")[scenario].items():
        if name in PERCENTS:
            value = cap
            for key in PERCENTS[name]:
                value = value[key]
            assert_close(f"{scenario}.{name}", value, spec)
        elif name.endswith("_CI"):
            assert_close(f"{scenario}.{name}", cap["indices"][name[:-3]]["ci"], spec)
        else:
            assert_close(f"{scenario}.{name}", cap["indices"][name]["value"], spec)


def test_overall_indices_use_the_sample_sd_and_boyles_df_is_narrower(run_study):
    values = np.array([v for g in CASES["cc-xbar-r-pistonrings"]["input"]["subgroups"][:25] for v in g])
    run = run_study(
        'data "p.csv" column=diameter subgroup=sample\nchart xbar_r\n'
        "capability lsl=73.95 usl=74.05 target=74.02\n"
        'capability lsl=73.95 usl=74.05 target=74.02 cpm_df="boyles" confidence=0.9\n',
        files={"p.csv": _phase1_csv()},
    )
    qcc, boyles = run.step("capability", index=0), run.step("capability", index=1)
    sd = np.std(values, ddof=1)
    assert_close("sigma_overall", qcc["sigma_overall"], {"value": sd, "rtol": 1e-12})
    assert_close("Pp", qcc["indices"]["Pp"]["value"], {"value": 0.1 / (6 * sd), "rtol": 1e-12})
    ppk = min(74.05 - values.mean(), values.mean() - 73.95) / (3 * sd)
    assert_close("Ppk", qcc["indices"]["Ppk"]["value"], {"value": ppk, "rtol": 1e-12})
    width = np.diff(qcc["indices"]["Cpm"]["ci"])[0]
    assert np.diff(boyles["indices"]["Cpm"]["ci"])[0] < width
    assert boyles["confidence"] == 0.9 and boyles["cpm_df"] == "boyles"


def test_one_sided_spec_and_normality_warning(run_study):
    skewed = stats.expon.ppf((np.arange(60) + 0.5) / 60)
    text = "y\n" + "\n".join(f"{v:.6f}" for v in skewed) + "\n"
    run = run_study('data "s.csv" column=y\nchart imr rules=none\ncapability usl=6\n', files={"s.csv": text})
    assert run.exit_code == 0, run.stderr
    cap = run.step("capability")
    assert set(cap["indices"]) == {"Cpu", "Cpk", "Ppu", "Ppk"}
    assert cap["indices"]["Cpk"]["value"] == cap["indices"]["Cpu"]["value"]
    assert cap["expected_pct"]["within"]["below_lsl"] == 0.0
    assert cap["normality"]["test"] == "anderson-darling" and cap["normality"]["normal"] is False
    assert any("normality" in note for note in cap["notes"])


def test_anderson_darling_agrees_with_statsmodels():
    from statsmodels.stats.diagnostic import normal_ad

    from plugins.spc.capability import anderson_darling

    rng = np.random.default_rng(3)
    for sample in (rng.normal(size=25), rng.gamma(2.0, size=80), rng.normal(size=400)):
        ours = anderson_darling(sample)
        a2, p = normal_ad(sample)
        assert ours["statistic"] == pytest.approx(a2, rel=1e-10)
        assert ours["p_value"] == pytest.approx(p, rel=1e-8)


def test_constants_on_the_capability_verb_choose_the_d2(run_study):
    # qcc's piston-ring sigma within is R-bar / 2.326 (the printed d2(5)); constants="table" on the verb itself, with
    # no chart before it, gives that sigma, and "exact" R-bar / 2.32593 (E[range of 5 standard normals])
    values = np.array([v for g in CASES["cc-xbar-r-pistonrings"]["input"]["subgroups"][:25] for v in g])
    rbar = np.ptp(values.reshape(25, 5), axis=1).mean()
    run = run_study(
        'data "p.csv" column=diameter subgroup=sample\ncapability lsl=73.95 usl=74.05 constants="table"\n'
        'capability lsl=73.95 usl=74.05 constants="exact"\n',
        files={"p.csv": _phase1_csv()},
    )
    assert run.exit_code == 0, run.stderr
    table, exact = run.step("capability", index=0), run.step("capability", index=1)
    assert_close("sigma_within table", table["sigma_within"], {"value": 0.009785039, "rtol": 1e-7})
    assert_close("sigma_within table d2", table["sigma_within"], {"value": rbar / 2.326, "rtol": 1e-12})
    assert_close("sigma_within exact", exact["sigma_within"], {"value": rbar / 2.325929, "rtol": 1e-6})
