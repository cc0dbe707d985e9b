"""Test and regression data read in more wordings: a chi-square table of each group's failures over its total
written with a slash and a word of the whole ("brand X 6 failed / 80 installed, brand Y 14 / 95"), rows whose
category is abbreviated in some ("20 rejects" and "35 rej"), a one-sided one-sample alternative written with a sign
after the mean ("one-sided t-test that mean φ' > 31°"), pairs tagged by the predictor's unit split by slashes ("30 Hz
6120 / 35 Hz 7080") and pairs of two numbers split by commas after a heading "A vs B:" ("130 5.1, 135 5.9, ...").
References: scipy's chi2_contingency, ttest_1samp and linregress; near misses are declined."""

from __future__ import annotations

import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from plugins.stats.reasoning_pasted_pairs import heading_pairs, unit_tagged_pairs
from tests.reason.answers import declined, right_value


def _of_totals(*groups: tuple[int, int]) -> float:
    """The chi-square p of the table [k, n - k] of each group's k failures of n."""
    return float(stats.chi2_contingency([[k, n - k] for k, n in groups]).pvalue)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "damper actuator failures at startup by brand -- brand X 6 failed / 80 installed, brand Y 14 / 95, brand "
            "Z 4 / 70. chi-square test of independence (brand vs fail/pass), p-value?",
            _of_totals((6, 80), (14, 95), (4, 70)),
        ),
        (
            "valve failures by vendor: vendor A: 5 failed / 60 installed; vendor B: 12 failed / 75 installed; vendor "
            "C: 3 failed / 58 installed. is failure independent of vendor? chi-square p-value",
            _of_totals((5, 60), (12, 75), (3, 58)),
        ),
        (
            "line 1 8 rejects/150 inspected, line 2 15 rejects/160 inspected, line 3 6 rejects/140 inspected. chi "
            "square test of independence, p?",
            _of_totals((8, 150), (15, 160), (6, 140)),
        ),
    ],
)
def test_failures_over_totals_by_slash(question: str, want: float) -> None:
    out = right_value(question, want, "hypothesis_test", rel=1e-9, key="p_value")
    assert out["plan"].startswith("test chisquare")


@pytest.mark.parametrize(
    "question",
    [
        "brand X 6 failed / 80 installed, brand Y 14 failed / 95 installed. two-proportion z test p-value?",
        "brand X 6 failed / 80 installed, brand Y 14 failed / 95 installed. is the failure rate different between "
        "brands? p-value",
    ],
)
def test_two_groups_failures_over_totals(question: str) -> None:
    # each group's 6 of 80, never a row [6, 80] of two categories (n = 86)
    want = float(proportions_ztest([6, 14], [80, 95])[1])
    out = right_value(question, want, "hypothesis_test", rel=1e-9, key="p_value")
    assert "n=[80, 95]" in out["plan"]


def test_two_categories_by_slash_stay_categories() -> None:
    # "on time / late" are two categories, no count of a total: the table is as written
    want = float(stats.chi2_contingency([[182, 18], [160, 30], [170, 25]]).pvalue)
    right_value(
        "X 182 on time / 18 late, Y 160 on time / 30 late, Z 170 on time / 25 late. chi-square test of independence "
        "p-value?",
        want,
        "hypothesis_test",
        rel=1e-9,
        key="p_value",
    )


@pytest.mark.parametrize(
    ("question", "table"),
    [
        (
            "rejects by shift last week. days: 1180 good / 20 rejects, swings: 1165 good / 35 rej, nights: 1150 good "
            "/ 50 rej. chi square test of independence (shift vs reject), whats the p value",
            [[1180, 20], [1165, 35], [1150, 50]],
        ),
        (
            "defects by line. line A: 480 pass, 20 def; line B: 470 pass, 30 defects; line C: 455 pass, 45 defective. "
            "is defect rate independent of line? chi-square p",
            [[480, 20], [470, 30], [455, 45]],
        ),
        (
            "day shift: 212 ok, 9 scrap; night shift: 198 ok, 17 scr. chi-square test of independence, p-value?",
            [[212, 9], [198, 17]],
        ),
    ],
)
def test_abbreviated_categories_line_up(question: str, table: list[list[int]]) -> None:
    want = float(stats.chi2_contingency(table, correction=False).pvalue)  # no Yates correction unless asked
    right_value(question, want, "hypothesis_test", rel=1e-9, key="p_value")


def test_different_categories_still_declined() -> None:
    declined("shift A: 1180 good / 20 rejects, shift B: 1165 good / 35 scrap. chi square test of independence p?")


_PHI = [32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9]


@pytest.mark.parametrize(
    ("question", "data", "mu", "side"),
    [
        (
            "direct shear, peak φ' (deg) on 8 remoulded specimens: 32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9. "
            "design assumes 31°. one-sided t-test that mean φ' > 31°, p-value?",
            _PHI,
            31,
            "greater",
        ),
        (
            "tensile results 512, 498, 505, 520, 509, 515 MPa; spec is 500 MPa. one-tailed t test, is mean strength "
            "> 500? p value",
            [512, 498, 505, 520, 509, 515],
            500,
            "greater",
        ),
        (
            "fill weights 49.2 49.8 50.1 49.5 49.0 49.6 g, target 50 g. one sided t-test that the average fill < 50 "
            "g, p?",
            [49.2, 49.8, 50.1, 49.5, 49.0, 49.6],
            50,
            "less",
        ),
    ],
)
def test_one_sided_alternative_by_sign(question: str, data: list[float], mu: float, side: str) -> None:
    want = float(stats.ttest_1samp(data, mu, alternative=side).pvalue)
    out = right_value(question, want, "hypothesis_test", rel=1e-9, key="p_value")
    assert f'alternative="{side}"' in out["plan"]


def test_one_sided_without_direction_still_declined() -> None:
    declined(
        "direct shear, peak φ' (deg) on 8 remoulded specimens: 32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9. "
        "design assumes 31°. one-sided t-test, p-value?"
    )


_HZ = [30, 35, 40, 45, 50, 55, 60]
_CFM = [6120, 7080, 8150, 9110, 10230, 11150, 12240]
_HZ_PAIRS = " / ".join(f"{h} Hz {c}" for h, c in zip(_HZ, _CFM, strict=True))


@pytest.mark.parametrize(
    ("question", "xs", "ys"),
    [
        (
            f"SF-1 VFD traverse, Hz vs measured cfm: / {_HZ_PAIRS} / least squares line cfm = a + b·Hz, whats the "
            "slope b (cfm/Hz)?",
            _HZ,
            _CFM,
        ),
        (
            "pump test 20 Hz 110 gpm / 30 Hz 168 gpm / 40 Hz 221 gpm / 50 Hz 279 gpm. regress flow on frequency, "
            "slope?",
            [20, 30, 40, 50],
            [110, 168, 221, 279],
        ),
        (  # one pair a line, as pasted from a balancing report
            "SF-1 VFD traverse, Hz vs measured cfm:\n"
            + "\n".join(f"{h} Hz {c}" for h, c in zip(_HZ, _CFM, strict=True))
            + "\nleast squares line cfm = a + b·Hz, whats the slope b (cfm/Hz)?",
            _HZ,
            _CFM,
        ),
        (  # the model names the tagged unit as the response: cfm is the predictor
            f"SF-1 VFD traverse, Hz vs measured cfm: / {_HZ_PAIRS} / least squares line Hz = a + b·cfm, whats the "
            "slope b?",
            _CFM,
            _HZ,
        ),
    ],
)
def test_unit_tagged_pairs_split_by_slashes(question: str, xs: list[float], ys: list[float]) -> None:
    right_value(question, float(stats.linregress(xs, ys).slope), "regression", rel=1e-9, key="slope")


def test_unit_tagged_reader_by_slashes() -> None:
    found = unit_tagged_pairs("30 Hz 6120 / 35 Hz 7080 / 40 Hz 8150")
    assert found is not None and (found.first, found.second) == (["30", "35", "40"], ["6120", "7080", "8150"])
    assert found.names[0] == "Hz"


_TEMP = [130, 135, 140, 145, 150, 155, 160]
_SEAL = [5.1, 5.9, 6.2, 7.0, 7.1, 7.9, 8.0]
_SEAL_PAIRS = ", ".join(f"{t} {s}" for t, s in zip(_TEMP, _SEAL, strict=True))


@pytest.mark.parametrize(
    ("question", "xs", "ys", "key"),
    [
        (
            f"jaw temp °C vs seal strength N/15mm: {_SEAL_PAIRS}. fit a straight line, what r² do i get?",
            _TEMP,
            _SEAL,
            "r_squared",
        ),
        (
            "cure time (min) vs hardness: 10 61.2; 20 64.8; 30 66.9; 40 70.1; 50 72.0. least squares slope?",
            [10, 20, 30, 40, 50],
            [61.2, 64.8, 66.9, 70.1, 72.0],
            "slope",
        ),
        (
            f"jaw temp vs seal strength: {_SEAL_PAIRS}. regress strength on temp, slope?",
            _TEMP,
            _SEAL,
            "slope",
        ),
    ],
)
def test_pairs_after_a_heading_on_one_line(question: str, xs: list[float], ys: list[float], key: str) -> None:
    fit = stats.linregress(xs, ys)
    right_value(question, float(fit.slope if key == "slope" else fit.rvalue**2), "regression", rel=1e-9, key=key)


def test_heading_pairs_turned_by_the_roles_declined() -> None:
    # "strength vs temp" over pairs whose first values are temperatures: the heading's order or the predictor's?
    declined(f"seal strength vs jaw temp: {_SEAL_PAIRS}. regress strength on temp, slope?")


def test_pairs_without_a_heading_not_read() -> None:
    assert heading_pairs(f"readings: {_SEAL_PAIRS}. fit a line") is None
    declined(f"readings: {_SEAL_PAIRS}. fit a line, slope?")
