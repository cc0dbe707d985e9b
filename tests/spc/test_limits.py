"""``limits`` (control limits from summary statistics), the printed factor tables, and the capability verb's
``index=`` / ``sigma_method=`` options; references from the published tables, scipy and numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, stats

from havoc_cli.reason.execute import ExecuteError, run_program
from plugins.spc import constants

# Montgomery, Introduction to Statistical Quality Control, Appendix VI (n = 2 .. 10)
PUBLISHED = {
    "A2": [1.880, 1.023, 0.729, 0.577, 0.483, 0.419, 0.373, 0.337, 0.308],
    "A3": [2.659, 1.954, 1.628, 1.427, 1.287, 1.182, 1.099, 1.032, 0.975],
    "B3": [0, 0, 0, 0, 0.030, 0.118, 0.185, 0.239, 0.284],
    "B4": [3.267, 2.568, 2.266, 2.089, 1.970, 1.882, 1.815, 1.761, 1.716],
    "D3": [0, 0, 0, 0, 0, 0.076, 0.136, 0.184, 0.223],
    "D4": [3.267, 2.574, 2.282, 2.114, 2.004, 1.924, 1.864, 1.816, 1.777],
}


def d2(n: int) -> float:
    return integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]


def result(statement: str, files: dict[str, str] | None = None) -> dict:
    return run_program(statement, files)[-1]["result"]


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_printed_factors_reproduce_the_published_table(name):
    for n, want in zip(range(2, 11), PUBLISHED[name], strict=True):
        if name == "D4" and n == 3:  # printed 2.574 was computed from rounded d2, d3; exactly 2.5746
            assert constants.factors(n, "printed")[name] == 2.575
            continue
        assert constants.factors(n, "printed")[name] == want, (name, n)


def test_xbar_r_limits_from_the_grand_mean_and_rbar():
    exact = result("limits xbar_r center=74.001 rbar=0.023 n=5")
    width = 3 * 0.023 / (d2(5) * math.sqrt(5))
    assert exact["kind"] == "control_limits" and exact["chart"] == "xbar_r"
    assert exact["center"] == 74.001
    assert math.isclose(exact["ucl"], 74.001 + width, rel_tol=1e-12)
    assert math.isclose(exact["lcl"], 74.001 - width, rel_tol=1e-12)
    printed = result('limits xbar_r center=50.2 rbar=1.8 n=5 constants="printed"')
    assert math.isclose(printed["ucl"], 50.2 + 0.577 * 1.8, rel_tol=1e-12)  # the textbook's 51.2386
    assert math.isclose(printed["lcl"], 50.2 - 0.577 * 1.8, rel_tol=1e-12)
    r_panel = printed["secondary"][0]
    assert r_panel["name"] == "R" and r_panel["lcl"] == 0 and math.isclose(r_panel["ucl"], 2.114 * 1.8)
    assert any("exact A2 = 0.576819" in note for note in printed["notes"])


def test_r_s_and_xbar_s_limits():
    r = result('limits r rbar=0.35 n=7 constants="printed"')
    assert (r["panel"], r["center"]) == ("R", 0.35)
    assert math.isclose(r["lcl"], 0.076 * 0.35) and math.isclose(r["ucl"], 1.924 * 0.35)
    s = result('limits xbar_s center=100 sbar=2.5 n=5 constants="printed"')
    assert math.isclose(s["ucl"], 100 + 1.427 * 2.5) and math.isclose(s["secondary"][0]["ucl"], 2.089 * 2.5)
    c4 = math.sqrt(2 / 4) * math.gamma(2.5) / math.gamma(2)
    exact = result("limits s sbar=2.5 n=5")
    assert math.isclose(exact["ucl"], 2.5 * (1 + 3 * math.sqrt(1 - c4 * c4) / c4), rel_tol=1e-12)


@pytest.mark.parametrize(
    ("statement", "center", "lcl", "ucl"),
    [
        ("limits p total=150 samples=25 n=200", 0.03, 0.0, 0.03 + 3 * math.sqrt(0.03 * 0.97 / 200)),
        ("limits p total=160 samples=20 n=100", 0.08, 0.0, 0.08 + 3 * math.sqrt(0.08 * 0.92 / 100)),
        ("limits p center=0.2 n=100", 0.2, 0.2 - 3 * math.sqrt(0.0016), 0.2 + 3 * math.sqrt(0.0016)),
        ("limits np total=90 samples=30 n=150", 3.0, 0.0, 3 + 3 * math.sqrt(150 * 0.02 * 0.98)),
        ("limits c total=200 samples=25", 8.0, 0.0, 8 + 3 * math.sqrt(8)),
        ("limits c center=25", 25.0, 10.0, 40.0),
        ("limits u total=180 samples=20 n=5", 1.8, 0.0, 1.8 + 3 * math.sqrt(1.8 / 5)),
    ],
)
def test_attribute_limits_from_totals(statement, center, lcl, ucl):
    got = result(statement)
    assert math.isclose(got["center"], center, rel_tol=1e-12)
    assert math.isclose(got["lcl"], lcl, rel_tol=1e-12, abs_tol=1e-12)
    assert math.isclose(got["ucl"], ucl, rel_tol=1e-12)


@pytest.mark.parametrize(
    ("statement", "files"),
    [
        ("limits u total=180 samples=20 n=5", None),  # u-bar = 1.8 = 3 sqrt(1.8/5): 2.2e-16 in floats
        ("limits u center=0.9 n=10", None),
        ('data "u.csv" column=count size=units\nchart u', {"u.csv": "count,units\n9,5\n8,5\n10,5\n9,5\n"}),
    ],
)
def test_a_lower_limit_zero_up_to_round_off_is_exactly_zero(statement, files):
    got = result(statement, files)
    center, units = got["center"], 5 if files else float(statement.rsplit("n=", 1)[1])
    assert math.isclose(center, 3 * math.sqrt(center / units), rel_tol=1e-15)  # centre - 3 sigma is 0 exactly
    assert got["lcl"] == 0.0


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("limits xbar_r rbar=0.1 n=5", "needs center="),
        ("limits xbar_r center=1 rbar=0.1", "needs the subgroup size n="),
        ("limits r rbar=-1 n=5", "rbar must be positive"),
        ("limits xbar_r center=1 rbar=0.1 n=5 nsigmas=2 constants=printed", "3-sigma"),
        ("limits xbar_r center=1 rbar=0.1 n=5 constants=rounded", "unknown constants"),
        ("limits p total=150 samples=25", "needs n="),
        ("limits p center=0.1 total=3 samples=2 n=50", "not both"),
        ("limits p center=1.2 n=50", "proportion between 0 and 1"),
        ("limits c total=5", "total= and samples="),
        ("limits u center=1 n=5 rbar=2", "rbar"),
    ],
)
def test_limits_errors_say_what_is_missing(statement, message):
    with pytest.raises(ExecuteError, match=message):
        run_program(statement)


VALUES = [5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99]
CSV = {"v.csv": "value\n" + "\n".join(map(str, VALUES)) + "\n"}


def test_capability_index_and_overall_sigma():
    x = np.array(VALUES)
    ppk = min(5.10 - x.mean(), x.mean() - 4.90) / (3 * x.std(ddof=1))
    got = result('data "v.csv" column=value\ncapability lsl=4.90 usl=5.10 index=ppk', CSV)
    assert got["index"] == "Ppk" and math.isclose(got["value"], ppk, rel_tol=1e-12)
    assert got["summary"].startswith("Ppk = 1.171")
    overall = run_program('data "v.csv" column=value\ncapability lsl=4.90 usl=5.10 index=Cpk sigma_method=overall', CSV)
    cap = overall[-1]["result"]
    assert math.isclose(cap["value"], ppk, rel_tol=1e-12)
    mr_sigma = np.abs(np.diff(x)).mean() / d2(2)
    mr_cpk = min(5.10 - x.mean(), x.mean() - 4.90) / (3 * mr_sigma)
    assert any("Cpk = Ppk" in n and f"{mr_cpk:.6g}" in n for n in cap["notes"])


@pytest.mark.parametrize(
    ("options", "message"),
    [("lsl=4.9 index=Cp", "needs both specification limits"), ("lsl=4.9 index=Cq", "unknown index"),
     ("lsl=4.9 sigma_method=range", "needs subgroups")],
)  # fmt: skip
def test_capability_option_errors(options, message):
    with pytest.raises(ExecuteError, match=message):
        run_program(f'data "v.csv" column=value\ncapability {options}', CSV)
