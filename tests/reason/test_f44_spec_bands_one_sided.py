"""f44: a specification stated as a band, range or window a rule names ("pH consent band is 6.0 to 9.0"), and a
one-sided upper limit a rule sets ("permit maximum 5.0", "maximum allowed", "must not exceed") with no lower limit."""

from __future__ import annotations

import statistics

import pytest

from tests.reason.answers import right_value

_CPK = min(9.0 - 7.8, 7.8 - 6.0) / (3 * 0.3)


@pytest.mark.parametrize(
    "question",
    [
        "Final effluent pH consent band is 6.0 to 9.0. Process runs at mean 7.8 with a standard deviation of 0.3 "
        "(treat as the process sigma). What's Cpk?",
        "The operating range is 6.0 to 9.0. Process mean 7.8, process sigma 0.3. What is Cpk?",
        "Permit window for effluent pH is 6.0-9.0; the process averages 7.8 with standard deviation 0.3. Calculate Cpk.",
    ],
)
def test_band_named_by_a_rule(question: str) -> None:
    right_value(question, _CPK, "capability", rel=1e-9, key="value")


_NH3 = [2.8, 3.4, 3.1, 2.6, 3.9, 3.3, 2.9, 3.6, 3.2, 3.0, 3.5, 2.7]
_PPU = (5.0 - statistics.mean(_NH3)) / (3 * statistics.stdev(_NH3))


@pytest.mark.parametrize(
    "question",
    [
        "Ammoniacal N in discharge, 12 weekly spot samples (mg/L): 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7. "
        "Permit maximum 5.0 mg/L, no lower limit. Ppk against the upper limit only, overall sample standard "
        "deviation (n−1)?",
        "Weekly ammonia readings (mg/L): 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7. Maximum allowed 5.0 mg/L, "
        "no lower limit. What is Ppk?",
        "Samples: 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7 mg/L. The discharge must not exceed 5.0 mg/L; "
        "there is no lower limit. Compute Ppk using the overall standard deviation.",
    ],
)
def test_one_sided_upper_limit_a_rule_sets(question: str) -> None:
    right_value(question, _PPU, "capability", rel=1e-9, key="value")


def test_consent_maximum_with_summary() -> None:
    right_value("Effluent BOD has mean 12 and sd 2. Consent maximum 20, no lower limit. Cpk?", (20 - 12) / 6,
                "capability", rel=1e-9, key="value")  # fmt: skip
