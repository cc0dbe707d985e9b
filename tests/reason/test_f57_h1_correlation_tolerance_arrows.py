"""f57 h1: Pearson's correlation of two columns asked ("correlation coefficient", "how correlated", "Pearson r") is
answered by the line's r (the slope's sign on the root of R^2), never by a t-test of the two columns, and checked
against scipy's pearsonr (a rank correlation asked is declined); a specification written as nominal "plus or minus"
a tolerance reads as LSL = N - T, USL = N + T; pairs written per labelled subject with arrows ("S1 71=>78, S2 ...",
"subject 1: 142 -> 135" one a line) are a paired t-test, against scipy's ttest_rel; thousands separators in lists
split by spaces, tabs or semicolons are one number each."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value

DOSE = [0.5, 0.5, 1, 1, 2, 2, 4, 4]
RESPONSE = [3.2, 3.6, 5.1, 4.7, 7.9, 8.4, 12.6, 13.3]


def _csv(header: str, x: list, y: list) -> str:
    return header + "\n" + "\n".join(f"{a},{b}" for a, b in zip(x, y, strict=True))


@pytest.mark.parametrize(
    "question",
    [
        "Pearson correlation coefficient of dose and response?\n" + _csv("dose,response", DOSE, RESPONSE),
        _csv("dose,response", DOSE, RESPONSE) + "\nHow strongly correlated are the two columns? Give r.",
        "Compute the correlation between x: " + " ".join(map(str, DOSE)) + " and y: " + " ".join(map(str, RESPONSE)),
        "What's Pearson's r for these (x,y) rows?\n" + _csv("x,y", DOSE, RESPONSE),
    ],
)
def test_correlation_is_pearson_r(question: str) -> None:
    want = stats.pearsonr(DOSE, RESPONSE)[0]
    out = right_value(question, want, "regression", key="value")
    assert out["result"]["r"] == pytest.approx(want, rel=1e-9)
    assert "t-test" not in out["answer"]


def test_negative_correlation_keeps_its_sign() -> None:
    x, y = [10, 20, 30, 40, 50], [8.1, 7.2, 6.6, 5.1, 4.4]
    question = f"How correlated are speed and life? speed: {' '.join(map(str, x))}; life: {' '.join(map(str, y))}"
    right_value(question, stats.pearsonr(x, y)[0], "regression", key="value")


def test_rank_correlation_is_declined() -> None:
    declined("Spearman rank correlation between x: 1 2 3 4 5 6 and y: 2 1 4 3 6 5?")


def test_pearson_chi_square_is_no_correlation() -> None:
    out = reason("Pearson chi-square test of independence: line 1 12 of 300 defective, line 2 25 of 320. p-value?")
    assert out.mode == "hypothesis_test"


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("Bore spec 12.00 mm plus or minus 0.03 mm; mean 12.01 mm, sd 0.004 mm. Cpk?", 11.97, 12.03, 12.01, 0.004),
        ("Fill weight must be 250 g plus/minus 6 g. Average 252 g, standard deviation 1.5 g. What is Cpk?",
         244, 256, 252, 1.5),
        ("Nominal 10.00 mm, tolerance plus or minus 0.06 mm, mean 9.98 mm, sd 0.01 mm, Cpk?", 9.94, 10.06, 9.98, 0.01),
        ("Slump target 5 ± 1.5 in; loads average 5.4 in with sd 0.3 in. Cpk?", 3.5, 6.5, 5.4, 0.3),
    ],
)  # fmt: skip
def test_plus_or_minus_spec(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="value")


BEFORE = [71, 65, 80, 58, 77, 69]
AFTER = [78, 70, 79, 66, 81, 74]


@pytest.mark.parametrize(
    "question",
    [
        "Paired t-test, scores per student: "
        + ", ".join(f"S{i} {a}=>{b}" for i, (a, b) in enumerate(zip(BEFORE, AFTER, strict=True), 1))
        + ". p-value?",
        "Before and after training (paired):\n"
        + "\n".join(f"subject {i}: {a} -> {b}" for i, (a, b) in enumerate(zip(BEFORE, AFTER, strict=True), 1))
        + "\nIs there a difference?",
        "Each operator's time before→after the fixture: "
        + "; ".join(f"Op{i} {a}→{b}" for i, (a, b) in enumerate(zip(BEFORE, AFTER, strict=True), 1))
        + ". Paired test p?",
    ],
)
def test_labelled_arrow_pairs(question: str) -> None:
    out = right_value(question, stats.ttest_rel(BEFORE, AFTER).pvalue, "hypothesis_test", key="p_value")
    assert out["result"]["test"] == "paired t-test"


@pytest.mark.parametrize(
    "question",
    [
        "95% confidence interval for the mean of 1,250  1,310  1,280  1,295  1,270",
        "95% confidence interval for the mean: 1,250; 1,310; 1,280; 1,295; 1,270",
        "95% confidence interval for the mean of these:\n1,250\t1,310\t1,280\t1,295\t1,270",
    ],
)
def test_thousands_in_lists(question: str) -> None:
    data = [1250, 1310, 1280, 1295, 1270]
    low = stats.t.interval(0.95, len(data) - 1, loc=stats.tmean(data), scale=stats.sem(data))[0]
    right_value(question, low, "confidence_interval", key="lower")


def test_comma_list_of_small_numbers_stays_a_list() -> None:
    data = [1, 2, 3, 4, 5]
    low = stats.t.interval(0.95, len(data) - 1, loc=stats.tmean(data), scale=stats.sem(data))[0]
    right_value("95% confidence interval for the mean of 1,2,3,4,5", low, "confidence_interval", key="lower")


def test_confidence_level_after_a_pasted_column_is_no_value() -> None:
    data = [2150, 2310, 2280, 2195, 2240]
    column = "\n".join(f"{v // 1000},{v % 1000:03d}" for v in data)
    low = stats.t.interval(0.95, len(data) - 1, loc=stats.tmean(data), scale=stats.sem(data))[0]
    right_value(f"Pasted from Excel:\n{column}\n95% CI for the mean?", low, "confidence_interval", key="lower")


def test_correlated_readings_said_of_a_paired_test_ask_no_r() -> None:
    before, after = [12.1, 11.8, 12.4, 12.0, 12.6], [12.5, 12.0, 12.9, 12.3, 12.8]
    question = (f"Readings on the same units before and after are correlated, so a paired t-test: before "
                f"{' '.join(map(str, before))}, after {' '.join(map(str, after))}")  # fmt: skip
    right_value(question, stats.ttest_rel(before, after).pvalue, "hypothesis_test", key="p_value")
