"""The outside-air share of an air handler's mixed air, from the three streams' temperatures, as a blend.

"RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 80 °F. assuming simple sensible mixing what's the outside air fraction?":
outside air (OAT, "outside air", "outdoor air", OSA) and return air (RAT, "return air") mix to the mixed air (MAT,
"mixed air"), so MAT = f·OAT + (1 − f)·RAT in the outside-air share f, the blend ``Blend`` of a share. Each stream
needs one value in one unit for all three (°F, °C, K, or a CO2 level in ppm, which mixes the same way); the share asked
is of the outside or the return air, a fraction (0 to 1) or, asked as a percentage, 0 to 100. A mixed-air value not
between the other two has no share. Only text is cut here.
"""

from __future__ import annotations

import re

from plugins.api.prose import DECIMAL
from plugins.symbolic.blend_prose import Blend

_TEMP = r"(?:temp(?:erature)?s?\s*)?"
# each stream's names: its abbreviation (OAT, OA, OSA; RAT, RA; MAT, MA) or words ("outdoor air temp")
_STREAMS = {
    "outside air": rf"(?:OAT|OSAT?|OA|(?:outside|outdoor)(?:[- ]air)?)\s*{_TEMP}",
    "return air": rf"(?:RAT|RA|return(?:[- ]air)?)\s*{_TEMP}",
    "mixed air": rf"(?:MAT|MA|mix(?:ed)?(?:[- ]air)?)\s*{_TEMP}",
}
# a stream's value and unit after its name: "OAT 95 °F", "return air at 24 °C", "mixed air temp = 55F", "RA: 1000 ppm"
_VALUE = (
    r"\b{name}\s*(?:[:=]|\b(?:is|was|at|of|reads?)\b)?\s*(?P<value>-?" + DECIMAL + r")\s*"
    r"(?P<unit>°\s?[FCK]\b|deg\s?[FC]\b|[FCK]\b|ppm\b)"
)
# the share asked: "outside air fraction", "OA fraction", "fraction of outside air", "% OA", "percentage of return air"
_SHARE = r"(?P<{share}>fraction|percentage|percent|share|proportion|%)"
_WHICH = r"(?P<{which}>outside|outdoor|OSA|OA|return|RA)\b"
_ASK = re.compile(
    rf"\b{_WHICH.format(which='which')}(?:[- ]air)?\s*{_SHARE.format(share='share')}"
    rf"|{_SHARE.format(share='share2')}\s+(?:of\s+)?(?:the\s+)?{_WHICH.format(which='which2')}"
    rf"|%\s?{_WHICH.format(which='which3')}",
    re.I,
)


def _stream_value(text: str, pattern: str) -> tuple[str, str] | None:
    """The one value and unit a stream's name states ("OAT 95 °F" -> ("95", "F")); None when none or several."""
    found = {
        (m["value"], re.sub(r"^(?:°|deg)\s?", "", m["unit"]).upper())
        for m in re.finditer(_VALUE.format(name=pattern), text, re.I)
    }
    return found.pop() if len(found) == 1 else None


def _asked(text: str) -> tuple[str, str] | None:
    """The stream whose share is asked ("outside air" or "return air") and the whole of that share ("1" for a fraction,
    "100" for a percentage); None when no share of one stream is asked, or shares of both."""
    found = set()
    for m in _ASK.finditer(text):
        which = (m["which"] or m["which2"] or m["which3"]).lower()
        share = (m["share"] or m["share2"] or "%").lower()
        stream = "return air" if which in {"return", "ra"} else "outside air"
        found.add((stream, "100" if share in {"percentage", "percent", "%"} else "1"))
    return found.pop() if len(found) == 1 else None


def mixed_air_parts(text: str) -> Blend | None:
    """The share of outside (or return) air in an air handler's mixed air: MAT = f·OAT + (1 − f)·RAT solved for f (see
    the module's docstring); None when the text states no three streams and asks no share of one. Raises ValueError
    when the three are in different units or the mixed air is not between the other two."""
    asked = _asked(text)
    if asked is None:
        return None
    values = {stream: _stream_value(text, pattern) for stream, pattern in _STREAMS.items()}
    if any(v is None for v in values.values()):
        return None
    units = {unit for _, unit in values.values()}
    if len(units) != 1:
        raise ValueError(f"the outside, return and mixed air are in different units ({', '.join(sorted(units))}): "
                         "give all three in one")  # fmt: skip
    stream, whole = asked
    other = "return air" if stream == "outside air" else "outside air"
    a, b, target = values[stream][0], values[other][0], values["mixed air"][0]
    if not min(float(a), float(b)) < float(target) < max(float(a), float(b)):
        raise ValueError(f"mixed air at {target} is not between the outside and return air ({a}, {b}): no share of "
                         "outside air gives it")  # fmt: skip
    equation = f"{a}*x + {b}*({whole} - x) = {target}*{whole}"
    return Blend(equation, whole, target, a, b, False, (stream, other), True)
