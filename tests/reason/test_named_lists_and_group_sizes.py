"""Two lists named in sentences ("standards of 0, 2, 4, 6 and 8 ppm gave absorbances of ...") fitted with the roles
the question gives, the last value after "and" kept; ANOVA from summaries with the group size in words ("5 runs at
each", "each ran 8 batches"), never the number of groups. References: scipy linregress, statsmodels anova_generic."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from plugins.api.prose import samples
from tests.reason.answers import confident, declined

_PPM, _ABS = [0, 2, 4, 6, 8], [0.003, 0.101, 0.198, 0.305, 0.399]
_UG, _AU = [0, 2, 4, 6, 8, 10], [0.003, 0.121, 0.240, 0.362, 0.480, 0.601]
_DOSE, _INHIB = [0.5, 1, 2, 4, 8], [12, 18, 27, 35, 41]


@pytest.mark.parametrize(
    ("question", "x", "y"),
    [
        ("For the calibration curve, standards of 0, 2, 4, 6 and 8 ppm gave absorbances of 0.003, 0.101, 0.198, "
         "0.305 and 0.399. What is the slope of the straight-line fit of absorbance on concentration?", _PPM, _ABS),
        ("Absorbances of 0.003, 0.101, 0.198, 0.305 and 0.399 were read for standards of 0, 2, 4, 6 and 8 ppm. "
         "Slope of the regression of absorbance on concentration?", _PPM, _ABS),
        ("Calibration standards at 0, 2, 4, 6, 8, 10 ug/mL gave absorbances 0.003, 0.121, 0.240, 0.362, 0.480, "
         "0.601 AU. What is the slope of the calibration line?", _UG, _AU),
        ("In a dose-response study, doses 0.5, 1, 2, 4 and 8 mg/kg gave 12, 18, 27, 35 and 41 % inhibition. What "
         "is the slope of the regression of inhibition on dose?", _DOSE, _INHIB),
    ],
)  # fmt: skip
def test_lists_named_in_sentences_are_fitted_with_their_roles(question, x, y):
    out = confident(question, "regression")
    assert out.result["slope"] == pytest.approx(stats.linregress(x, y).slope, rel=1e-9)


def test_unnamed_lists_with_named_roles_are_still_declined():
    declined("Values 1, 2, 3, 4 and 5 and 2.1, 3.9, 6.2, 7.8 and 10.1. What is the slope of hardness on temperature?")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("0, 2, 4, 6 and 8 ppm", [["0", "2", "4", "6", "8"]]),
        ("a 1, 2, 3, and 4; b 5, 6", [["1", "2", "3", "4"], ["5", "6"]]),
        ("1 2 3 and 4 5 6", [["1", "2", "3"], ["4", "5", "6"]]),  # two lists
        ("1, 2, 3 and 4, 5, 6", [["1", "2", "3"], ["4", "5", "6"]]),  # two lists
    ],
)
def test_a_comma_list_keeps_its_value_after_and(text, want):
    assert samples(text) == want


def _f(means, sds, n):
    return anova_generic(np.array(means), np.array(sds) ** 2, np.full(len(means), n), use_var="equal").statistic


@pytest.mark.parametrize(
    ("question", "means", "sds", "n"),
    [
        ("Four catalyst loadings were compared, 5 runs at each. Mean yields 71.2, 74.8, 76.1 and 73.5 %, SDs 2.0, "
         "1.8, 2.3 and 2.1 %. What is the one-way ANOVA F ratio?", [71.2, 74.8, 76.1, 73.5], [2.0, 1.8, 2.3, 2.1], 5),
        ("Three shifts each ran 8 batches. Mean viscosities were 50.2, 51.5 and 49.8 cP with standard deviations "
         "1.4, 1.6 and 1.2 cP. What is the one-way ANOVA F statistic?", [50.2, 51.5, 49.8], [1.4, 1.6, 1.2], 8),
        ("Three lines, 6 replicates per group: means 10.2, 11.0 and 12.1, sds 1.1, 0.9 and 1.3. ANOVA F statistic?",
         [10.2, 11.0, 12.1], [1.1, 0.9, 1.3], 6),
        ("Three lines each had 7 samples; means 10.2, 11.0, 12.1 and sds 1.1, 0.9, 1.3. One-way ANOVA F?",
         [10.2, 11.0, 12.1], [1.1, 0.9, 1.3], 7),
    ],
)  # fmt: skip
def test_group_size_in_words_is_read_not_the_number_of_groups(question, means, sds, n):
    out = confident(question, "anova")
    assert out.result["statistic"] == pytest.approx(_f(means, sds, n), rel=1e-6)


def test_summaries_without_a_group_size_are_declined():
    declined("Three shifts. Mean viscosities were 50.2, 51.5 and 49.8 cP with standard deviations 1.4, 1.6 and 1.2 "
             "cP. What is the one-way ANOVA F statistic?")  # fmt: skip
