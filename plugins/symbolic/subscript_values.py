"""Values of a formula's subscripted names stated in prose, as text for the evaluation reader.

"burn-in at 125 °C, field use at 55 °C, ... AF = exp[(Ea/k)(1/T_use - 1/T_stress)]": the name T_use takes the value
whose label, the words just before it ("field use at"), holds its subscript "use" or a word of the same kind
("field", "operating", "service"); T_stress the one labelled "burn-in" (a stress, test or accelerated condition). A
name takes exactly one such value and no value serves two names, or nothing is read. A temperature in degrees
Celsius becomes kelvin ("(125 + 273.15)") only where the question says so ("+273.15", "in kelvin"); degrees
Fahrenheit are not read. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

# words that name the same condition as a subscript
_KINDS = [
    {"use", "field", "operating", "operation", "service", "ambient", "nominal", "normal", "usage"},
    {"stress", "burn-in", "burnin", "test", "accelerated", "oven", "chamber", "elevated", "aging", "ageing"},
    {"ref", "reference"},
]
_NOT_LABELS = {"at", "of", "in", "on", "the", "a", "an", "is", "and", "with", "for", "to", "was", "are", "be"}
# a value and the words before it: "field use at 55 degC", "burn-in: 125 degC", "stress temperature 125 degC"
_LABELLED = re.compile(
    rf"(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}})\s*(?:\b(?:at|of|is|was|=)\b|:)?\s*"
    rf"(?<![\w.])(?P<value>{NUMBER})\s*(?P<unit>degC|degF|K|°C|°F)?(?![\w.])"
)
_LISTED = re.compile(rf"\s*(?:,\s*|\s+(?:and|or|to)\s+){NUMBER}")
_SUBSCRIPTED = re.compile(r"^(?P<base>[A-Za-z]{1,3})_(?P<sub>[A-Za-z][\w-]*)$")
_KELVIN_STATED = re.compile(r"\+\s*273(?:\.15)?\b|\bkelvins?\b|\bin\s+K\b", re.I)


def _kind(word: str) -> set[str]:
    """The words that name the same condition as ``word`` (itself at least)."""
    word = word.lower()
    return next((kind for kind in _KINDS if word in kind), {word})


def _labels(label: str) -> set[str]:
    """The words of a label that may name a condition ("field use at" -> {"field", "use"})."""
    return {w.lower() for w in label.split()} - _NOT_LABELS


def subscript_values(question: str, names: set[str], said: str) -> dict[str, str]:
    """The value of each subscripted name of ``names`` ("T_use") that the question states by a label; ``said`` is
    the whole question (remarks included), where a conversion to kelvin may be said. Raises ValueError when a name
    has no value or several, or one value would serve two names, or a temperature's scale is not said."""
    subscripted = {name: m for name in names if (m := _SUBSCRIPTED.match(name))}
    if not subscripted:
        return {}
    stated = list(_LABELLED.finditer(question))
    found: dict[str, str] = {}
    for name, parts in subscripted.items():
        kind = _kind(parts["sub"])
        own = [m for m in stated if _labels(m["label"]) & kind]
        if len(own) != 1:
            raise ValueError(f"{name} needs one value labelled '{parts['sub']}' in the question ({len(own)} found)")
        if _LISTED.match(question, own[0].end()):  # "stress at 125 or 150 degC": which one?
            raise ValueError(f"{name} is given several values ('{parts['sub']}'): give it one")
        others = {w for other in subscripted.values() if other is not parts for w in _kind(other["sub"])}
        if _labels(own[0]["label"]) & others:
            raise ValueError(f"the value {own[0]['value']} could be {name} or another name: label each one")
        found[name] = _in_kelvin(own[0], parts["base"], said)
    if len(set(found.values())) != len(found):
        raise ValueError("two names read the same value: label each one")
    return found


def _in_kelvin(m: re.Match[str], base: str, said: str) -> str:
    """The value as the formula takes it: a temperature in degC plus 273.15 where the question says so."""
    unit = (m["unit"] or "").replace("°", "deg")
    if unit == "degF":
        raise ValueError("a temperature in degF is not converted here: give it in degC or K")
    if unit == "degC":
        if not base.upper().startswith("T") or not _KELVIN_STATED.search(said):
            raise ValueError(f"{m['value']} degC: say whether the formula takes kelvin ('+273.15') or degC")
        return f"({m['value']} + 273.15)"
    return m["value"]
