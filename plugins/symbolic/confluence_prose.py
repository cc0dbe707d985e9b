"""Two streams mixed completely, a conservative substance carried by their flows: a mass balance.

"river upstream is 2.5 m³/s at 3 mg/L nitrate-N, an ag drainage ditch comes in at 18 mg/L. assuming complete mixing
+ conservative, what ditch flow (m³/s) would bring the downstream conc to exactly 6 mg/L?" is Q1 C1 + Q2 C2 = (Q1 +
Q2) C with Q1 = 2.5, C1 = 3, C2 = 18, C = 6, solved for the flow Q2 = x: 18 x + 3*2.5 = 6 (2.5 + x). With both flows
stated, each with its concentration ("a 4 m³/s river at 2 mg/L is joined by a 1 m³/s tributary at 12 mg/L"), the
mixed (downstream) concentration asked is x in (Q1 + Q2) x = Q1 C1 + Q2 C2. A flow is a volume per time ("m³/s",
"L/s", "cfs", "MGD"); a concentration is per volume or a share ("mg/L", "g/m³", "ppm", "%"), all in one unit; the
stream's concentration follows its flow ("2.5 m³/s at 3 mg/L"), and the target is the one concentration said of the
mix ("downstream", "mixed", "to bring ... to 6 mg/L"). Only text is read here; the planner solves the equation.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.symbolic.blend_prose import _CONCENTRATION, Blend
from plugins.symbolic.linear_system import fraction_text

# a flow, a volume per time: "m^3/s", "m3/d", "L/s", "ML/d", "gal/min", or one word: "cfs", "gpm", "MGD"
_FLOW_UNIT = (
    r"(?:(?:m\^?3|ft\^?3|[mM]?[Ll]|litres?|liters?|gal(?:lons?)?)\s*/\s*(?:s|sec|min|h|hr|d|day)\b"
    r"|(?:cfs|cfm|gpm|gpd|mgd|mld|lps)\b)"
)
# a concentration: per volume ("mg/L", "g/m^3"), a share ("%", "ppm") or molar ("mM")
_CONC_UNIT = rf"(?:(?:[mµu]?g)\s*/\s*m\^?3(?![\d^])|{_CONCENTRATION})"
_FLOW = re.compile(rf"(?<![\w.^])(?P<value>{DECIMAL})\s*(?P<unit>{_FLOW_UNIT})", re.I)
_CONC = re.compile(rf"(?<![\w.^])(?P<value>{DECIMAL})\s*(?P<unit>{_CONC_UNIT})", re.I)
# words of complete mixing of streams
_MIXING = re.compile(
    r"\b(?:mix(?:es|ed|ing)?|confluence|join(?:s|ed|ing)?|merg(?:e|es|ed|ing)|comes?\s+in|flows?\s+in(?:to)?|"
    r"discharg(?:e|es|ed|ing)\s+into|downstream)\b",
    re.I,
)
# what is said of the mix before its concentration, in one clause: "bring the downstream conc to exactly 6 mg/L"
_OF_MIX = re.compile(
    r"\b(?:downstream|mixed|mixture|combined|resulting|final|target|below\s+the\s+(?:confluence|outfall))\b|"
    r"\b(?:bring|brings|reach|reaches|raise|raises|lower|lowers|gives?)\b",
    re.I,
)
_CLAUSE = re.compile(r"[,;:?!]|\.(?!\d)|\n")
# the flow asked: "what ditch flow", "how much flow", "what discharge ... would", "find the flow rate"
_FLOW_ASK = re.compile(
    r"\b(?:what|which|how\s+much|find|determine|calculate)\b[^.?!;]{0,60}?\b(?:flow(?:\s*rate)?|discharge)\b"
    rf"(?:\s*\(\s*(?P<unit>{_FLOW_UNIT})\s*\)|\s+in\s+(?P<unit2>{_FLOW_UNIT}))?",
    re.I,
)
# the mixed concentration asked: "what is the downstream concentration", "the fully mixed conc?"
_CONC_ASK = re.compile(
    r"\b(?:what|find|determine|calculate|estimate)\b[^.?!;]{0,40}?\b(?:downstream|mixed|resulting|final|combined)\s+"
    r"(?:[a-z-]+\s+)?(?:conc(?:entration)?|level)\b",
    re.I,
)


def _unit_key(unit: str) -> str:
    """A unit in one form: no spaces, lower case, "m3" as "m^3", "litre" as "l"."""
    key = re.sub(r"\s+", "", unit).lower().replace("^", "")
    return re.sub(r"lit(?:re|er)s?", "l", key)


def _clause(text: str, at: int) -> str:
    """The clause of the text around position ``at``: between the breaks (comma, semicolon, sentence end) about it."""
    before = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    after = _CLAUSE.search(text, at)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _carried(text: str, flow: re.Match[str], concs: list[re.Match[str]]) -> re.Match[str] | None:
    """The concentration a flow carries: the first one after it in its clause, joined by "at", "of", "with",
    "carrying" or a comma-free space ("2.5 m^3/s at 3 mg/L"); None when none follows so."""
    after = [c for c in concs if c.start() >= flow.end()]
    if not after:
        return None
    gap = text[flow.end() : after[0].start()]
    joined = r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:(?:at|of|with|carrying|containing)\s+)?(?:about\s+)?"
    return after[0] if re.fullmatch(joined, gap, re.I) else None  # "4 m^3/s river at 2 mg/L"


def _one_unit(concs: list[re.Match[str]]) -> None:
    """ValueError when the concentrations are written in different units: a mass balance mixes one unit."""
    units = {_unit_key(c["unit"]) for c in concs}
    if len(units) > 1:
        raise ValueError(f"the concentrations are in different units ({', '.join(sorted(units))}): convert them to one")


def confluence_parts(question: str) -> Blend | None:
    """The mass balance of two streams mixed completely (see the module's docstring): the equation in the flow x
    asked, or in the mixed concentration x asked; None when the text is not so written. ValueError when it is, but
    the units disagree or the target lies outside the two streams' concentrations."""
    text = plain_text(question)
    if not _MIXING.search(text):
        return None
    flows = list(_FLOW.finditer(text))
    within = {at for flow in flows for at in range(*flow.span())}
    concs = [c for c in _CONC.finditer(text) if c.start() not in within]  # "2.5 m^3/s" holds no "2.5 m" (molar)
    if len(flows) == 1 and len(concs) == 3 and (ask := _FLOW_ASK.search(text)):
        return _flow_asked(text, flows[0], concs, ask)
    if len(flows) == 2 and len(concs) == 2 and _CONC_ASK.search(text):
        return _concentration_asked(text, flows, concs)
    return None


def _flow_asked(text: str, flow: re.Match[str], concs: list[re.Match[str]], ask: re.Match[str]) -> Blend | None:
    """Q2 in C2 Q2 + C1 Q1 = C (Q1 + Q2): the one flow with the concentration it carries, the mix's concentration
    (said of the mix in its clause) and the other stream's (the one left)."""
    carried = _carried(text, flow, concs)
    targets = [c for c in concs if c is not carried and _OF_MIX.search(_clause(text, c.start()))]
    if carried is None or len(targets) != 1:
        return None
    target = targets[0]
    other = next(c for c in concs if c is not carried and c is not target)
    _one_unit(concs)
    asked_unit = ask["unit"] or ask["unit2"]
    if asked_unit and _unit_key(asked_unit) != _unit_key(flow["unit"]):
        raise ValueError(f"the flow asked is in {asked_unit} but the stream's flow in {flow['unit']}: ask in one unit")
    q1, c1, c2, c = flow["value"], carried["value"], other["value"], target["value"]
    if not min(Fraction(c1), Fraction(c2)) < Fraction(c) < max(Fraction(c1), Fraction(c2)):
        raise ValueError(f"no flow at {c2} mixed with {q1} {flow['unit']} at {c1} gives {c}: the mixed concentration "
                         "must lie between the two streams'")  # fmt: skip
    equation = f"{c2}*x + {c1}*{q1} = {c}*({q1} + x)"
    return Blend(equation, q1, c, c2, c1, names=("stream added", f"{q1} {flow['unit']} stream"))


def _concentration_asked(text: str, flows: list[re.Match[str]], concs: list[re.Match[str]]) -> Blend | None:
    """C in (Q1 + Q2) C = Q1 C1 + Q2 C2: two flows, each carrying the concentration after it."""
    carried = [_carried(text, flow, concs) for flow in flows]
    if None in carried or carried[0] is carried[1]:
        return None
    _one_unit(concs)
    if _unit_key(flows[0]["unit"]) != _unit_key(flows[1]["unit"]):
        raise ValueError(f"the flows are in different units ({flows[0]['unit']}, {flows[1]['unit']}): convert one")
    (q1, q2), (c1, c2) = (f["value"] for f in flows), (c["value"] for c in carried if c)
    total = fraction_text(Fraction(q1) + Fraction(q2))
    equation = f"({q1} + {q2})*x = {q1}*{c1} + {q2}*{c2}"
    return Blend(equation, total, "x", c1, c2, names=(f"{q1} {flows[0]['unit']}", f"{q2} {flows[1]['unit']}"))
