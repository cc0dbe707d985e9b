"""Test and regression data pasted as rows whose cells are apart by pipes or tabs ("Route A | 4.21 | 4.35 ...",
"day<TAB>0<TAB>3 ..."), a range of levels written with an ellipsis beside two labelled samples ("same bins
6,7,...,13"), and a one-sample mean tested against a limit named after its number ("above the 10 mg/L MCL");
references from scipy. Three rows for a two-sample test still decline."""

from __future__ import annotations

import pytest
from scipy import stats

from plugins.api.row_table import row_table
from tests.reason.answers import declined, right_value

ROUTE_A = [4.21, 4.35, 4.10, 4.42, 4.28, 4.15, 4.33]
ROUTE_B = [4.48, 4.61, 4.39, 4.70, 4.55, 4.52]
BEFORE = [640, 905, 1240, 1630, 2050, 2420, 2780, 2950]
AFTER = [652, 921, 1262, 1641, 2078, 2431, 2790, 2968]
NITRATE = [9.4, 10.8, 11.2, 10.1, 9.9, 10.6, 11.5, 10.3]


def _piped(name: str, values: list[float]) -> str:
    """A row of a table pasted with pipes: "Route A | 4.21 | 4.35 ..."."""
    return " | ".join([name, *map(str, values)])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "We compared raw milk total plate counts (log10 cfu/mL) from two collection routes:\n\n"
            f"{_piped('Route A', ROUTE_A)}\n{_piped('Route B', ROUTE_B)}\n\nPlease do a two-sample t-test WITHOUT "
            "assuming the two routes have equal variances (Welch), two-sided, and let me know the p-value.",
            stats.ttest_ind(ROUTE_A, ROUTE_B, equal_var=False).pvalue,
        ),
        (
            "Two suppliers, tensile strength (MPa):\n\nSupplier X\t512\t498\t505\t521\t509\n"
            "Supplier Y\t530\t541\t526\t538\t533\t529\n\nWelch t-test, two-sided: p-value?",
            stats.ttest_ind([512, 498, 505, 521, 509], [530, 541, 526, 538, 533, 529], equal_var=False).pvalue,
        ),
        (
            "bore diameters before and after the fixture change\n| before | 10.02 | 10.05 | 9.98 | 10.04 | 10.01 |\n"
            "| after | 10.00 | 10.01 | 9.97 | 10.00 | 9.99 |\npaired t test, two-sided p-value?",
            stats.ttest_rel([10.02, 10.05, 9.98, 10.04, 10.01], [10.00, 10.01, 9.97, 10.00, 9.99]).pvalue,
        ),
        (
            "leading-edge repair on T12, binned power curve (same bins 6,7,...,13 m/s), kW per bin\n"
            f"before: {', '.join(map(str, BEFORE))}\nafter:  {', '.join(map(str, AFTER))}\n"
            "paired by bin, two-sided paired t -- p-value?",
            stats.ttest_rel(BEFORE, AFTER).pvalue,
        ),
        (
            f"nitrate-N in well MW-3 over 8 quarters (mg/L): {', '.join(map(str, NITRATE))}. want to test if the true "
            "mean is above the 10 mg/L MCL, one-sided t test. p-value?",
            stats.ttest_1samp(NITRATE, 10, alternative="greater").pvalue,
        ),
        (
            "sulfate in the effluent over 6 samples (mg/L): 240, 262, 255, 248, 270, 259. is the mean above the "
            "250 mg/L permit limit? one-sided t test p-value",
            stats.ttest_1samp([240, 262, 255, 248, 270, 259], 250, alternative="greater").pvalue,
        ),
    ],
)
def test_pasted_samples_are_tested(question: str, want: float) -> None:
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    ("question", "xs", "ys", "key"),
    [
        (
            "Shelf-life study on pasteurised milk at 7 °C, log10 total count (cfu/mL) by storage day:\n\n"
            "day\t0\t3\t6\t9\t12\t15\nlog TPC\t2.1\t2.6\t3.2\t3.7\t4.1\t4.8\n\nCould you fit an ordinary "
            "least-squares straight line of log TPC on day and tell me the slope (log units per day)?",
            [0, 3, 6, 9, 12, 15],
            [2.1, 2.6, 3.2, 3.7, 4.1, 4.8],
            "slope",
        ),
        (
            "We ran the homogeniser at five first-stage pressures and measured mean fat globule size:\n\n"
            "| pressure (bar) | 100 | 150 | 200 | 250 | 300 |\n| d (µm) | 1.42 | 1.10 | 0.91 | 0.78 | 0.70 |\n\n"
            "For a simple linear regression of globule size on pressure, what is the R²?",
            [100, 150, 200, 250, 300],
            [1.42, 1.10, 0.91, 0.78, 0.70],
            "r_squared",
        ),
        (
            "Cure time vs hardness:\n\ncure time (min) | 10 | 20 | 30 | 40 | 50\n"
            "hardness (Shore A) | 61 | 66 | 70 | 73 | 78\n\nfit a straight line of hardness on cure time; slope?",
            [10, 20, 30, 40, 50],
            [61, 66, 70, 73, 78],
            "slope",
        ),
    ],
)
def test_pasted_rows_are_regressed(question: str, xs: list[float], ys: list[float], key: str) -> None:
    fit = stats.linregress(xs, ys)
    right_value(question, fit.slope if key == "slope" else fit.rvalue**2, "regression", key=key)


def test_three_pasted_rows_are_no_two_samples() -> None:
    declined(
        "Route A | 4.21 | 4.35 | 4.10 | 4.42\nRoute B | 4.48 | 4.61 | 4.39 | 4.70\nRoute C | 4.30 | 4.40 | 4.20 | 4.50\n"
        "two-sample t-test p-value?"
    )


def test_prose_with_spaces_is_no_row_table() -> None:
    assert row_table("machine 1 20.1 19.8 20.4\nmachine 2 21.0 20.7 21.3") is None
    table = row_table("| pressure (bar) | 100 | 150 | 200 |\n| d (µm) | 1.42 | 1.10 | 0.91 |")
    assert table is not None and table.names == ["pressure (bar)", "d (µm)"]
    assert table.rows == [["100", "150", "200"], ["1.42", "1.10", "0.91"]]


def test_a_first_row_numbering_the_items_is_their_header() -> None:
    old, new = [2.8, 3.1, 2.6, 3.4, 2.9], [2.5, 2.9, 2.5, 3.0, 2.8]
    rows = "\n".join(["opening\t1\t2\t3\t4\t5", "\t".join(["old", *map(str, old)]), "\t".join(["new", *map(str, new)])])
    table = row_table(rows)
    assert table is not None and table.names == ["old", "new"]
    right_value(f"side gap (mm), same 5 openings:\n{rows}\npaired t test, two-sided: t statistic?",
                stats.ttest_rel(old, new).statistic, "hypothesis_test", key="statistic")  # fmt: skip
    two = row_table("day\t1\t2\t3\t4\nweight\t5.1\t5.4\t5.9\t6.3")  # two rows: the numbered one is x, not a header
    assert two is not None and two.names == ["day", "weight"]
