"""Round 54: a litre's SI prefix read in its own case ("ML" is a megalitre, "mL" a millilitre; "MW" and "mW", "Mm"
and "mm" kept apart), audited by a check that would have caught "25 ML/d" read as millilitres; a temperature
converted past the hold time after it ("72 °C for 15 s: in °F?"); and a chemical dosed into a flow from a stock,
q S = Q C solved for the stock's feed in the unit asked. References: scipy.constants; near misses are declined."""

from __future__ import annotations

import pytest
from scipy import constants

from havoc_cli.reason.pipeline import reason
from plugins.symbolic import units
from plugins.symbolic.reasoning_units import prefix_case_check
from tests.reason.answers import declined, right_value

_DAY, _HOUR, _L = constants.day, constants.hour, constants.liter


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("works output is 25 ML/d, what's that in L/s?", 25e6 / _DAY),
        ("how many L/s is 25 Ml/day?", 25e6 / _DAY),
        ("convert 25 megalitres per day to litres per second", 25e6 / _DAY),
        ("2 GL/yr in ML/d?", 2e3 / 365.25),
        ("500 mL in L?", 0.5),
        ("25 ml/d in L/s?", 25e-3 / _DAY),
        ("5 MW in kW?", 5000.0),
        ("5 mW in W?", 0.005),
        ("3 Mm in km?", 3000.0),
    ],
)
def test_litre_prefixes_follow_si_case(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_prefix_case_audit_catches_a_lowered_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check fails when "ML" is read as a millilitre (the old lower-casing of an all-capital name)."""
    assert prefix_case_check("ML/d", "L/s").passed
    real = units.unit_expression

    def lowered(text: str):
        return real("mL" if text == "ML" else text)

    monkeypatch.setattr(units, "unit_expression", lowered)
    assert not prefix_case_check("ML/d", "L/s").passed


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("72 °C for 15 s: in °F?", 72 * 9 / 5 + 32),
        ("pasteurise at 72 °C for 15 s - what is that in °F?", 72 * 9 / 5 + 32),
        ("hold 63 C for 30 min, in F?", 63 * 9 / 5 + 32),
        ("161 °F for 15 s in degrees Celsius?", (161 - 32) * 5 / 9),
    ],
)
def test_temperature_past_its_hold_time(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def _feed(flow_si: float, dose_si: float, stock_si: float, unit_si: float) -> float:
    """q = Q C / S in the unit asked (every value in SI: m³/s, kg/m³)."""
    return flow_si * dose_si / stock_si / unit_si


_MG_L, _G_L = 1e-3, 1.0  # kg/m³


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("sodium hypo dosing on a small works: flow 3500 m³/d, want a 1.8 mg/L chlorine dose, the hypo is 125 g/L "
         "available chlorine. how many litres of hypo per day do I need to pump?",
         _feed(3500 / _DAY, 1.8 * _MG_L, 125 * _G_L, _L / _DAY)),
        ("we dose 2.5 mg/L of chlorine into 12 ML/d using 12.5% w/v hypochlorite. how many L/h of hypo?",
         _feed(12e6 * _L / _DAY, 2.5 * _MG_L, 125 * _G_L, _L / _HOUR)),
        ("Chlorination: plant flow 8 ML/d, target dose 2.2 mg/L, sodium hypochlorite stock 150 g/L. Pump rate in L/h?",
         _feed(8e6 * _L / _DAY, 2.2 * _MG_L, 150 * _G_L, _L / _HOUR)),
        ("the plant treats 1200 m3/h and we dose alum at 30 mg/L from a 480 g/L solution - how much alum solution per "
         "hour in litres?", _feed(1200 / _HOUR, 30 * _MG_L, 480 * _G_L, _L / _HOUR)),
        ("Dosing ferric at 20 mg/L into a 150 L/s flow; the stock solution strength is 600 g/L. What feed rate in "
         "mL/min?", _feed(150 * _L, 20 * _MG_L, 600 * _G_L, 1e-3 * _L / constants.minute)),
        ("chlorine dose 3 mg/L at 5 MGD - how many kg of chlorine per day?",
         _feed(5e6 * constants.gallon / _DAY, 3 * _MG_L, 1.0, 1 / _DAY)),
    ],
)  # fmt: skip
def test_dosing_feed_from_flow_dose_and_stock(question: str, want: float) -> None:
    out = reason(question).to_dict()
    assert out["answered"], out["answer"]
    assert out["mode"] == "algebra"
    assert len(out["result"]) == 1
    assert eval_fraction(out["result"][0]) == pytest.approx(want, rel=1e-9)
    assert out["confidence"] >= 0.9
    assert all(c["passed"] for c in out["checks"])
    assert any("scipy.constants" in c["name"] for c in out["checks"])


def eval_fraction(text: str) -> float:
    """A solution written as an integer or a fraction ("252/5") as a float."""
    from fractions import Fraction

    return float(Fraction(text))


@pytest.mark.parametrize(
    "question",
    [
        # a stock in plain percent is by weight: it needs the solution's density
        "fluoride dosing: 20 ML/d works, 0.7 mg/L target, stock 12.5% (w/w), litres per day?",
        "dose 2 mg/L into 1000 m3/d with 12.5% hypo, how many litres per day of hypo?",
        # no stock's strength for a volume of stock
        "dose 2 mg/L into 1000 m3/d, how many litres of stock per day?",
        # a mass asked beside a stock: the chemical's or the solution's?
        "dose 2 mg/L into 1000 m3/d from a 125 g/L stock, how many kg per day?",
    ],
)
def test_dosing_near_misses_decline(question: str) -> None:
    declined(question)


def test_dose_calibrator_stays_a_conversion() -> None:
    """A "dose" with no flow nor a feed asked is still a unit conversion."""
    right_value("A patient dose of 25 mCi is how many MBq?", 25e-3 * 3.7e10 / 1e6, "unit_conversion", key="value")
