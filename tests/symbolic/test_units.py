"""Unit conversion (sympy.physics.units) against scipy.constants, an independent set of definitions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from scipy import constants as c

from plugins.symbolic.units import UnitError, convert, parse_unit


@pytest.mark.parametrize(
    ("value", "source", "target", "want"),
    [
        ("3.5", "inches", "mm", 3.5 * c.inch / 1e-3),
        ("25", "psi", "bar", 25 * c.psi / c.bar),
        ("60", "mph", "km/h", 60 * c.mph / c.kmh),
        ("1", "MPa", "ksi", 1e6 / (1e3 * c.psi)),
        ("2", "cubic feet", "L", 2 * c.foot**3 / c.liter),
        ("1", "hp", "kW", c.hp / 1e3),
        ("10", "W/m^2/K", "Btu/(hr*ft^2*degF)", 10 / (c.Btu / (c.hour * c.foot**2 * 5 / 9))),
        ("1", "N m", "ft lbf", 1 / (c.foot * c.lbf)),
        ("3", "gallons", "litres", 3 * c.gallon / c.liter),
        ("90", "degrees", "rad", 90 * c.degree),
        ("1", "kWh", "Btu", 3.6e6 / c.Btu),
        ("5", "Mm", "km", 5000.0),
        ("1", "megapascals", "kPa", 1000.0),
        # flow rates: US gallons by default, imperial ones when said
        ("150", "gpm", "L/s", 150 * c.gallon / c.minute / c.liter),
        ("150", "GPM", "L/min", 150 * c.gallon / c.liter),
        ("150", "US gal/min", "L/s", 150 * c.gallon / c.minute / c.liter),
        ("150", "imperial gpm", "L/s", 150 * c.gallon_imp / c.minute / c.liter),
        ("150", "imp gal/min", "m^3/h", 150 * c.gallon_imp / c.minute * c.hour),
        ("40", "lpm", "gpm", 40 * c.liter / c.gallon),
        ("100", "cfm", "m^3/h", 100 * c.foot**3 / c.minute * c.hour),
        ("100", "CFM", "L/s", 100 * c.foot**3 / c.minute / c.liter),
        ("10", "m^3/h", "L/min", 10 / c.liter / 60),
    ],
)
def test_conversions_agree_with_scipy_constants(value, source, target, want):
    assert convert(Decimal(value), source, target).number == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("value", "source", "target", "scales"),
    [
        ("100", "F", "C", ("F", "C")),
        ("-40", "°C", "°F", ("C", "F")),
        ("300", "kelvin", "celsius", ("K", "C")),
        ("491.67", "rankine", "degrees Celsius", ("R", "C")),
        ("72", "fahrenheit", "K", ("F", "K")),
    ],
)
def test_temperatures_are_affine(value, source, target, scales):
    names = {"C": "Celsius", "F": "Fahrenheit", "K": "Kelvin", "R": "Rankine"}
    want = c.convert_temperature(float(value), names[scales[0]], names[scales[1]])
    done = convert(Decimal(value), source, target)
    assert done.affine and done.number == pytest.approx(float(want), rel=1e-12, abs=1e-12)


def test_exact_arithmetic_and_round_trip():
    done = convert(Decimal("3.5"), "inch", "mm")
    assert str(done.exact) == "889/10"
    assert convert(Decimal("100"), "F", "C").exact * 9 == 340  # 340/9 exactly
    back = convert(done.exact, "mm", "inch")
    assert str(back.exact) == "7/2"


def test_a_degree_inside_a_compound_unit_is_a_difference():
    per_f = convert(Decimal(1), "J/degF", "J/K").number
    assert per_f == pytest.approx(9 / 5)


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("inch", "kg", "dimensions differ"),
        ("furlongs per fortnight", "m/s", "unknown unit"),
        ("°C", "m", "temperature scale with an offset"),
        ("m^x", "m", "whole number"),
        ("m/", "m", "ends where a unit name was expected"),
    ],
)
def test_bad_units_say_what_is_wrong(source, target, message):
    with pytest.raises(UnitError, match=message):
        convert(Decimal(1), source, target)


def test_unit_text_is_parsed_not_evaluated():
    assert parse_unit("kg*m/s^2") == [("kg", 1), ("m", 1), ("s", -2)]
    assert parse_unit("meters per second squared".replace(" squared", "^2")) == [("meters", 1), ("second", -2)]
    with pytest.raises(UnitError):
        parse_unit("__import__('os')")


def test_convert_verb_in_a_study(run_study):
    run = run_study('convert 3.5 "inch" to="mm"\nconvert 100 "degF" to="degC"\n')
    assert run.exit_code == 0, run.stderr
    first, second = (s["result"] for s in run.json["steps"])
    assert first["kind"] == "unit_conversion" and first["value"] == pytest.approx(88.9) and first["exact"] == "889/10"
    assert second["affine"] and second["value"] == pytest.approx(37.77777777777778)
    assert any("offset" in note for note in second["notes"])


def test_convert_verb_errors_exit_2(run_study):
    run = run_study('convert 3 "inch" to="kg"\n')
    assert run.exit_code == 2 and "dimensions differ" in run.stderr
    run = run_study("convert 3 to=1\n")
    assert run.exit_code == 2 and 'convert 3.5 "inch" to="mm"' in run.stderr
