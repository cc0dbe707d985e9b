"""Numbers glued to their units ("1.8g/t", "82µm", "0.45g/t"), units stated in words ("reports are in troy oz per
short ton"), limits a contract sets, names holding digits ("P80") and scaled counts per time ("1.2 billion requests
per day in rps"): references computed here with scipy and numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import constants, stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    "question",
    [
        "need to blend stockpile A at 1.8g/t with stockpile B at 4.2g/t to make 600t of mill feed at exactly 2.6g/t, "
        "how many tonnes of A go in",
        "blending stockpile A at 1.8 g/t and stockpile B at 4.2 g/t for 600 t of feed at 2.6 g/t; how many tonnes of A?",
        "we blend pile A @ 1.8g/t with pile B @ 4.2g/t into 600t at 2.6g/t. how many tonnes of A are needed?",
    ],
)
def test_blend_of_labelled_stockpiles(question: str) -> None:
    a = np.linalg.solve([[1.0, 1.0], [1.8, 4.2]], [600.0, 2.6 * 600])[0]  # A + B = 600, 1.8 A + 4.2 B = 2.6 * 600
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["confidence"] >= 0.9
    assert [float(v) for v in doc["result"]] == pytest.approx([a])


@pytest.mark.parametrize(
    "question",
    [
        "spec on the ball mill P80 is 70 to 90 µm, process runs at mean 82µm with σ=2.5µm (stable), whats Cpk",
        "P80 spec for the ball mill is 70 to 90 µm; mean 82µm, sd 2.5µm. Cpk?",
        "ball mill P80 spec 70-90µm, process mean 82µm, σ 2.5µm — what is the Cpk",
    ],
)
def test_cpk_with_a_named_size(question: str) -> None:
    right_value(question, min(90 - 82, 82 - 70) / (3 * 2.5), "capability", key="value")


_LOTS = [8.6, 8.9, 8.2, 9.1, 8.7, 8.4, 9.3, 8.8, 8.5, 9.0, 8.3, 8.8]


@pytest.mark.parametrize(
    "question",
    [
        "filter cake moisture % for the conc shipments, contract says 7.0–10.0 %. last 12 lots: 8.6 8.9 8.2 9.1 8.7 "
        "8.4 9.3 8.8 8.5 9.0 8.3 8.8 — Ppk using the overall sample std dev (n−1)?",
        "customer requires 7.0 to 10.0 % moisture. lots: 8.6 8.9 8.2 9.1 8.7 8.4 9.3 8.8 8.5 9.0 8.3 8.8. what's the "
        "Ppk (overall sd, n-1)?",
    ],
)
def test_ppk_with_limits_a_contract_sets(question: str) -> None:
    mean, sd = np.mean(_LOTS), np.std(_LOTS, ddof=1)
    right_value(question, min(10.0 - mean, mean - 7.0) / (3 * sd), "capability", key="value")


@pytest.mark.parametrize(
    "question",
    [
        "how many grab samples do i need to estimate the mean stockpile grade to within ±0.1 g/t with 95% confidence, "
        "sd from previous campaign is 0.45g/t (assume known σ, normal approx)",
        "sample size to estimate mean stockpile grade within 0.1g/t at 95% confidence? σ known = 0.45g/t",
    ],
)
def test_margin_sample_size_with_a_glued_sd(question: str) -> None:
    right_value(question, math.ceil((stats.norm.ppf(0.975) * 0.45 / 0.1) ** 2), "sample_size", key="n")


@pytest.mark.parametrize(
    "question",
    [
        "old us drill reports are in troy oz per short ton, convert 0.25 oz/ton to g/t (metric tonne)",
        "our assays are reported in troy ounces per short ton. what is 0.25 oz/t in g/t?",
    ],
)
def test_ounce_per_ton_stated_in_words(question: str) -> None:
    right_value(question, 0.25 * constants.troy_ounce / constants.short_ton * 1e6, "unit_conversion", key="value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("1.2 billion requests per day is how many rps on average?", 1.2e9 / constants.day),
        ("1.2 billion requests per day in requests per second", 1.2e9 / constants.day),
        ("3.6 million events/hour in events per second", 3.6e6 / constants.hour),
    ],
)
def test_scaled_count_per_time(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", key="value")


@pytest.mark.parametrize("question", ["convert 0.25 oz/ton to g/t", "1.2 billion requests per day in qps"])
def test_declined(question: str) -> None:
    declined(question)
