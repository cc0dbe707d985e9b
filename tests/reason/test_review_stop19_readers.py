"""Negative cases of readers widened in stop 19 (a reviewer's findings): a "must not exceed" said of another
quantity is no upper spec, "<word> range is a to b" is a spec only for a rule's or an operator's band, and a number
beside "can be ignored" or "neglecting" is skipped by the reading check only when it is the thing ignored."""

from __future__ import annotations

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import _ignorable
from plugins.api.prose import spec_limits


def test_not_exceed_of_another_quantity_is_no_upper_spec() -> None:
    question = (
        "Oven temperature averages 180 C with sd 2 C; the lower spec is 172 C. Compute Cpk. The door must not exceed"
        " 186 C on its surface."
    )
    out = reason(question)
    one_sided = (180 - 172) / (3 * 2)  # the lower limit only: (mean - LSL) / 3 sd
    assert not out.answered or out.confidence < 0.5 or abs(out.result["cpk"] - one_sided) < 1e-9


def test_a_plain_range_is_no_specification() -> None:
    assert spec_limits("The temperature range is 15 to 25 C, mean 20, sd 1.") == (None, None)
    assert spec_limits("Final effluent pH consent band is 6.0 to 9.0.") == ("6.0", "9.0")


def test_only_the_ignored_number_is_skipped() -> None:
    assert _ignorable("A 50 kg mass hangs from a rope whose weight can be ignored. Tension?") == set()
    assert _ignorable("Neglecting drag the 2 kg ball falls 10 m. Speed?") == set()
    question = "Board thickness is 4 mm but can be ignored"
    assert _ignorable(question) == {question.index("4")}
