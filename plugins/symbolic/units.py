"""Unit conversion through sympy.physics.units: unit text parsed by a small tokenizer, never evaluated.

A unit is written as engineers write it: ``mm``, ``psi``, ``km/h``, ``N*m``, ``W/m^2/K``, ``ft²``,
``cubic inches``, ``meters per second``. Names are looked up in a table of aliases, then among
sympy's Quantity objects (``inch``, ``kPa``, ``mmHg`` ...), then as an SI prefix on a known unit
(``MPa``, ``kN``, ``µm``). Temperatures on the Celsius, Fahrenheit and Rankine scales are affine: a
bare temperature converts with its offset (100 F is 37.78 C), never as a plain factor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

PREFIXES = {"Y": 24, "Z": 21, "E": 18, "P": 15, "T": 12, "G": 9, "M": 6, "k": 3, "h": 2, "da": 1, "d": -1,
            "c": -2, "m": -3, "µ": -6, "u": -6, "n": -9, "p": -12, "f": -15}  # fmt: skip
PREFIX_WORDS = {"kilo": 3, "mega": 6, "giga": 9, "hecto": 2, "deci": -1, "centi": -2, "milli": -3, "micro": -6,
                "nano": -9}  # fmt: skip
# units an SI prefix may precede (symbols and words)
PREFIXABLE = {"m", "g", "s", "L", "l", "Pa", "N", "J", "W", "V", "A", "Hz", "eV", "mol", "bar", "Wh", "ohm", "C",
              "meter", "gram", "second", "liter", "pascal", "newton", "joule", "watt", "volt", "ampere", "hertz",
              "Nm", "metre", "litre", "Torr", "torr", "Bq", "Ci", "becquerel", "curie", "tex"}  # fmt: skip
# temperature scales: kelvin = (value + offset) * factor, exact
SCALES = {"K": (Decimal(0), (1, 1)), "C": (Decimal("273.15"), (1, 1)), "F": (Decimal("459.67"), (5, 9)),
          "R": (Decimal(0), (5, 9))}  # fmt: skip
_SCALE_NAMES = {
    "K": {"k", "kelvin", "kelvins", "degk", "°k"},
    "C": {"c", "°c", "degc", "celsius", "centigrade", "deg c", "degree celsius", "degrees celsius", "℃"},
    "F": {"f", "°f", "degf", "fahrenheit", "deg f", "degree fahrenheit", "degrees fahrenheit", "℉"},
    "R": {"°r", "degr", "rankine", "degree rankine", "degrees rankine"},
}
for _scale, _names in _SCALE_NAMES.items():
    if _scale != "K":
        _names |= {f"degree {_scale.lower()}", f"degrees {_scale.lower()}", f"° {_scale.lower()}"}
_NAME = r"[A-Za-zµΩ°_]+(?:\^\d+)?"
# "ft-lbf", "N·m", "N.m", "W/m-K": unit names joined by a hyphen, a middle dot or a dot are one product, so that
# a "/" before it divides by all of it (W/(m*K))
_JOINED = re.compile(rf"(?<![\w^]){_NAME}(?:[-·.]{_NAME})+(?![\w^])")
# a pound beside a length is a pound-force: "ft-lb", "lb-ft", "foot-pound", "in-lb" (torque, work)
_LENGTH = r"ft|foot|feet|in|inch|inches"
_POUND = r"lbs?|pounds?"
_POUND_LENGTH = re.compile(
    rf"\b(?:(?P<l1>{_LENGTH})(?P<s1>[-·*. ]+)(?:{_POUND})|(?:{_POUND})(?P<s2>[-·*. ]+)(?P<l2>{_LENGTH}))\b(?!\s*\^|[²³])",
    re.I,
)
_TOKEN = re.compile(r"\s*(?:([A-Za-zµΩ°_][A-Za-zµΩ°_]*)(\d*)|(\d+)|(\^|/|\*|\(|\)|-))")


class UnitError(ValueError):
    """Unit text that cannot be read, an unknown unit, or units of different dimensions."""


@dataclass(frozen=True)
class Factor:
    """One unit of a product: its name as looked up, the SI prefix exponent, and its power."""

    name: str
    prefix: int
    power: int


@dataclass(frozen=True)
class Conversion:
    """``value`` in ``source`` is ``exact`` (a sympy number) in ``target``."""

    value: Any
    source: str
    target: str
    exact: Any
    dimension: str
    affine: bool

    @property
    def number(self) -> float:
        return float(self.exact)


def temperature_scale(text: str) -> str | None:
    """The scale ("C", "F", "K" or "R") when ``text`` names a temperature scale on its own (``°F``, ``celsius``)."""
    low = " ".join(text.strip().lower().split())
    return next((scale for scale, names in _SCALE_NAMES.items() if low in names), None)


def parse_unit(text: str) -> list[tuple[str, int]]:
    """Unit text as (name, power) pairs: ``"W/m^2/K"`` -> [("W", 1), ("m", -2), ("K", -1)]."""
    normal = text.strip().replace("²", "^2").replace("³", "^3").replace("**", "^")
    normal = re.sub(r"\b(?:square|sq\.?)\s+([A-Za-zµ]+)", r"\1^2", normal, flags=re.I)
    normal = re.sub(r"\bcubic\s+([A-Za-zµ]+)", r"\1^3", normal, flags=re.I)
    normal = re.sub(r"\s+per\s+", "/", normal, flags=re.I)
    normal = re.sub(r"\bfl(?:uid)?\.?\s*(?:oz|ounces?)\b", "floz", normal, flags=re.I)
    normal = re.sub(
        r"\b(?:imperial|imp\.?|uk|british)\s+(gallon|gal|gpm|pint|quart|floz)s?\b", r"imp_\1", normal, flags=re.I
    )
    normal = re.sub(r"(?<![\w.])(?:us|u\.s\.)\s+(?=[a-z])", "", normal, flags=re.I)  # US measures are the default
    normal = _TROY_AND_TONS.sub(_troy_or_ton, normal)
    normal = _POUND_LENGTH.sub(_pound_force, normal)
    normal = _JOINED.sub(lambda m: "(" + re.sub(r"[-·.]", "*", m.group()) + ")", normal).replace("·", "*")
    if not normal:
        raise UnitError("the unit is empty")
    tokens = _tokens(normal)
    factors, rest = _product(tokens, 0)
    if rest != len(tokens):
        raise UnitError(f"cannot read the unit {text!r} (unexpected {tokens[rest]!r})")
    return factors


# a troy ounce ("troy ounces", "troy oz", "ozt"), an avoirdupois one said so, and tons by their kind ("short ton",
# "long ton", "metric tonne"): a bare "ton" stays unknown (short, long or metric)
_TROY_AND_TONS = re.compile(
    r"\btroy\s+(?:ounces?|oz)\b|\bavoirdupois\s+(?:ounces?|oz)\b|\b(short|long|metric)\s+(?:tons?|tonnes?)\b", re.I
)


def _troy_or_ton(m: re.Match) -> str:
    """The alias of a troy or avoirdupois ounce or of a ton by its kind."""
    said = m.group(0).lower()
    if said.startswith("troy"):
        return "troy_oz"
    if said.startswith("avoirdupois"):
        return "oz"
    return {"short": "short_ton", "long": "long_ton", "metric": "tonne"}[m.group(1).lower()]


def _pound_force(m: re.Match) -> str:
    """ "ft-lb" -> "ft-lbf", "lb-ft" -> "lbf-ft": the pound of a torque or of work is a force."""
    if m.group("l1"):
        return f"{m.group('l1')}{m.group('s1')}lbf"
    return f"lbf{m.group('s2')}{m.group('l2')}"


def _tokens(text: str) -> list[str]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip() == "":
                break
            raise UnitError(f"cannot read {text[pos:].strip()!r} in a unit")
        pos = m.end()
        name, power, integer, op = m.groups()
        if name:
            out += [name, "^", power] if power else [name]
        else:
            out.append(integer or op)
    return out


def _product(tokens: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    """factor ((* | / | juxtaposition) factor)*, left to right."""
    factors, i = _factor(tokens, i)
    while i < len(tokens) and tokens[i] != ")":
        sign = 1
        if tokens[i] in {"*", "/"}:
            sign = -1 if tokens[i] == "/" else 1
            i += 1
        more, i = _factor(tokens, i)
        factors += [(name, sign * power) for name, power in more]
    return factors, i


def _factor(tokens: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    if i >= len(tokens):
        raise UnitError("the unit ends where a unit name was expected")
    if tokens[i] == "(":
        inner, i = _product(tokens, i + 1)
        if i >= len(tokens) or tokens[i] != ")":
            raise UnitError("a '(' in the unit is not closed")
        group, i = inner, i + 1
    elif tokens[i] == "1" and i + 1 < len(tokens) and tokens[i + 1] == "/":  # "1/m^3": a count per volume
        group, i = [], i + 1
    elif re.fullmatch(r"[A-Za-zµΩ°_]+", tokens[i]):
        group, i = [(tokens[i], 1)], i + 1
    else:
        raise UnitError(f"expected a unit name, found {tokens[i]!r}")
    if i < len(tokens) and tokens[i] == "^":
        negative = i + 1 < len(tokens) and tokens[i + 1] == "-"
        j = i + 1 + negative
        if j >= len(tokens) or not tokens[j].isdigit():
            raise UnitError("a power in a unit must be a whole number, e.g. m^2")
        power = int(tokens[j]) * (-1 if negative else 1)
        group, i = [(name, p * power) for name, p in group], j + 1
    return group, i


@lru_cache(maxsize=1)
def _aliases() -> dict[str, Any]:
    """Units sympy lacks or names differently, defined exactly in terms of sympy's units."""
    import sympy.physics.units as u
    from sympy import Rational as Q
    from sympy import pi

    lbf = u.pound * u.gee
    gallon = Q(231) * u.inch**3  # US liquid gallon
    imperial_gallon = Q("4.54609") * u.liter
    return {
        "in": u.inch, "thou": u.inch / 1000, "mil": u.inch / 1000, "yd": u.yard, "metre": u.meter,
        "fathom": 6 * u.foot, "ftm": 6 * u.foot,  # a depth: six feet (1.8288 m)
        "lb": u.pound, "lbs": u.pound, "lbm": u.pound, "oz": u.pound / 16, "ounce": u.pound / 16, "ounces": u.pound / 16,
        "stone": 14 * u.pound, "slug": lbf * u.second**2 / u.foot,
        "troy_oz": Q("31.1034768") * u.gram, "ozt": Q("31.1034768") * u.gram,
        "short_ton": 2000 * u.pound, "long_ton": 2240 * u.pound,
        "sec": u.second, "secs": u.second, "hr": u.hour, "hrs": u.hour, "min": u.minute, "mins": u.minute,
        "wk": 7 * u.day, "week": 7 * u.day, "weeks": 7 * u.day, "yr": Q(36525, 100) * u.day, "year": Q(36525, 100) * u.day,
        "litre": u.liter, "gal": gallon, "gallon": gallon, "gallons": gallon, "quart": gallon / 4, "qt": gallon / 4,
        "pint": gallon / 8, "pt": gallon / 8, "floz": gallon / 128, "cc": u.centimeter**3,
        "imp_gallon": imperial_gallon, "imp_quart": imperial_gallon / 4, "imp_pint": imperial_gallon / 8,
        "imp_floz": imperial_gallon / 160, "imp_gal": imperial_gallon,
        # flow rates: US gallons (imperial ones when said), litres and cubic feet per minute
        "gpm": gallon / u.minute, "imp_gpm": imperial_gallon / u.minute, "lpm": u.liter / u.minute,
        "cfm": u.foot**3 / u.minute, "cfs": u.foot**3 / u.second, "cfh": u.foot**3 / u.hour,
        "gph": gallon / u.hour, "gpd": gallon / u.day, "mgd": 10**6 * gallon / u.day, "Mgal": 10**6 * gallon,
        "mld": 10**6 * u.liter / u.day, "d": u.day,
        # a count's scale word inside a unit: "12 million gallons per day"
        "thousand": Q(10**3), "million": Q(10**6), "billion": Q(10**9),
        # a yarn's linear density (direct counts): tex, grams per kilometre (dtex by its prefix), and the denier,
        # grams per 9000 m; the cotton hank of 840 yd, the length an English cotton count (Ne) counts per pound
        "tex": u.gram / u.kilometer, "denier": u.gram / (9000 * u.meter), "den": u.gram / (9000 * u.meter),
        "cotton_hank": 840 * u.yard,
        "gsm": u.gram / u.meter**2,  # a fabric's or paper's areal density: grams per square metre
        "acre": Q(4840) * u.yard**2, "acres": Q(4840) * u.yard**2, "ac": Q(4840) * u.yard**2,
        "lbf": lbf, "kgf": u.kilogram * u.gee, "gf": u.gram * u.gee, "ozf": lbf / 16, "kip": 1000 * lbf,
        "kp": u.kilogram * u.gee, "kilopond": u.kilogram * u.gee, "kiloponds": u.kilogram * u.gee,  # kilopond = kgf
        "dyn": u.gram * u.centimeter / u.second**2,
        "ksi": 1000 * lbf / u.inch**2,
        "psf": lbf / u.foot**2, "ksf": 1000 * lbf / u.foot**2,  # a soil pressure: pound-force (kip) per square foot
        "inHg": Q("3386.389") * u.pascal, "mbar": u.bar / 1000,
        "cal": Q("4.184") * u.joule, "calorie": Q("4.184") * u.joule, "calories": Q("4.184") * u.joule,
        "kcal": 4184 * u.joule, "Btu": Q("1055.05585262") * u.joule, "BTU": Q("1055.05585262") * u.joule,
        "Wh": u.watt * u.hour, "kWh": 1000 * u.watt * u.hour, "erg": u.joule / 10**7,
        "Ah": u.ampere * u.hour, "mAh": u.ampere * u.hour / 1000,  # charge: a battery's amp-hours
        "amp": u.ampere,
        # activity: the becquerel (one decay per second) and the curie, 3.7e10 Bq exactly
        "Bq": u.becquerel, "Ci": Q(37 * 10**9) * u.becquerel, "curie": Q(37 * 10**9) * u.becquerel,
        "hp": 550 * u.foot * lbf / u.second, "horsepower": 550 * u.foot * lbf / u.second,
        "mph": u.mile / u.hour, "kph": u.kilometer / u.hour, "kmh": u.kilometer / u.hour,
        "knot": u.nautical_mile / u.hour, "knots": u.nautical_mile / u.hour, "kn": u.nautical_mile / u.hour,
        "fps": u.foot / u.second, "fpm": u.foot / u.minute,
        "sfm": u.foot / u.minute, "sfpm": u.foot / u.minute,  # a cutting speed: surface feet per minute
        "rpm": 1 / u.minute, "turn": 2 * pi * u.radian, "deg": u.degree, "degrees": u.degree,
        "Nm": u.newton * u.meter, "Ω": u.ohm, "ohm": u.ohm, "K": u.kelvin, "C": u.coulomb, "F": u.farad, "torr": u.atmosphere / 760,
        # inside a compound unit a degree is a temperature difference: no offset
        "°C": u.kelvin, "degC": u.kelvin, "°F": Q(5, 9) * u.kelvin, "degF": Q(5, 9) * u.kelvin,
        "°R": Q(5, 9) * u.kelvin, "degR": Q(5, 9) * u.kelvin,
    }  # fmt: skip


def lookup(name: str) -> Any | None:
    """The unit called ``name`` (alias table, then sympy's quantities), or None."""
    import sympy.physics.units as u

    # "Mm" is a megameter, not "mm"; "PSI", "GPM" are shouted psi and gpm, but "ML" is SI as written (a megalitre)
    lower = name.lower() if (len(name) >= 3 or name.isupper()) and not si_litre(name) else name
    for candidate in dict.fromkeys((name, lower)):
        if candidate in _aliases():
            return _aliases()[candidate]
        found = getattr(u, candidate, None)
        if isinstance(found, u.Quantity):
            return found
    return None


def si_litre(name: str) -> bool:
    """Whether ``name`` is an SI prefix symbol before the litre's symbol, as SI writes it ("ML", "Ml", "GL", "mL",
    "µL", "kL"): the litre is the one SI unit written in either case (L or l), so "ML" is a megalitre, never a shouted
    "ml", and only the prefix's own case tells mega (M) from milli (m)."""
    return len(name) >= 2 and name[-1] in "Ll" and name[:-1] in PREFIXES


def prefix_as_written(name: str) -> tuple[str, int] | None:
    """(base, exponent) of a name that is an SI prefix symbol, in its own case, before a symbol that takes one
    ("ML" -> ("L", 6), "mm" -> ("m", -3), "MW" -> ("W", 6)); None for any other name ("psi", "MG", "min")."""
    for prefix, exponent in sorted(PREFIXES.items(), key=lambda kv: -len(kv[0])):
        base = name[len(prefix) :]
        if name.startswith(prefix) and base in PREFIXABLE:
            return base, exponent
    return None


def resolve(name: str) -> tuple[str, int]:
    """(base name, SI prefix exponent) of one unit name: ``"MPa"`` -> ("Pa", 6), ``"inches"`` -> ("inches", 0)."""
    if lookup(name) is not None:
        return name, 0
    for words, table in ((False, PREFIXES), (True, PREFIX_WORDS)):
        for prefix, exponent in sorted(table.items(), key=lambda kv: -len(kv[0])):
            base = name[len(prefix) :]
            if name.startswith(prefix) and base and (base if not words else base.lower()) in PREFIXABLE:
                if lookup(base) is not None:
                    return base, exponent
    if name.endswith("s") and len(name) > 2:
        return resolve(name[:-1])
    raise UnitError(f"unknown unit {name!r}")


def factors(text: str) -> list[Factor]:
    """Every unit of ``text`` resolved: name, SI prefix and power."""
    out = []
    for name, power in parse_unit(text):
        base, prefix = resolve(name)
        out.append(Factor(base, prefix, power))
    return out


def unit_expression(text: str) -> Any:
    """The sympy expression of the unit ``text``."""
    from sympy import Integer

    expr: Any = Integer(1)
    for f in factors(text):
        expr *= (Integer(10) ** f.prefix * lookup(f.name)) ** f.power
    return expr


def _in_base_units(expr: Any) -> Any:
    import sympy.physics.units as u

    base = [u.meter, u.kilogram, u.second, u.ampere, u.kelvin, u.mole, u.candela, u.radian]
    return u.convert_to(expr, base)


def dimension(expr: Any) -> str:
    """The dimension of a unit expression in base dimensions (``length``, ``mass*length^-1*time^-2``)."""
    from sympy.physics.units.systems.si import SI, dimsys_SI

    powers = dimsys_SI.get_dimensional_dependencies(SI.get_dimensional_expr(expr))
    parts = [f"{d.name}" if p == 1 else f"{d.name}^{p}" for d, p in sorted(powers.items(), key=lambda kv: -kv[1]) if p]
    return "*".join(str(part) for part in parts) or "dimensionless"


def convert(value: Decimal | Any, source: str, target: str) -> Conversion:
    """``value`` (a Decimal or a sympy number) in unit ``source`` expressed in unit ``target``, exact where the
    unit definitions are."""
    scales = temperature_scale(source), temperature_scale(target)
    if all(scales):
        return Conversion(value, source, target, _affine(value, *scales), "temperature", True)
    src, dst = unit_expression(_plain(source, scales[0])), unit_expression(_plain(target, scales[1]))
    ratio = _in_base_units(src) / _in_base_units(dst)
    if ratio.free_symbols or ratio.atoms(_quantity_class()):
        raise UnitError(
            f"cannot convert {source} ({dimension(src)}) to {target} ({dimension(dst)}): the dimensions differ"
        )
    return Conversion(value, source, target, _exact(value) * ratio, dimension(src), False)


def _plain(text: str, scale: str | None) -> str:
    """Unit text for a side whose other side is no temperature: a bare C, F or K is then coulomb, farad or
    kelvin; a spelled-out scale with an offset (°C, fahrenheit) converts only to another temperature."""
    if scale in {"C", "F", "R"} and text.strip() not in {"C", "F"}:
        raise UnitError(
            f"{text} is a temperature scale with an offset; it converts only to another temperature (C, F, K, R)"
        )
    return text


def _quantity_class() -> type:
    import sympy.physics.units as u

    return u.Quantity


def _exact(value: Decimal | Any) -> Any:
    from sympy import Rational

    return Rational(str(value)) if isinstance(value, Decimal) else value


def _affine(value: Decimal | Any, source: str, target: str) -> Any:
    from sympy import Rational

    offset_in, (num_in, den_in) = SCALES[source]
    offset_out, (num_out, den_out) = SCALES[target]
    kelvin = (_exact(value) + Rational(str(offset_in))) * Rational(num_in, den_in)
    return kelvin * Rational(den_out, num_out) - Rational(str(offset_out))
