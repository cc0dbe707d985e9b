"""An activation energy from the ratio of two Arrhenius rate constants, as an equation for the algebra planner.

"the rate constant for our exotherm exactly doubles going from 300 K to 310 K. Using Arrhenius with R = 8.314
J/(mol·K), solve for the activation energy in J/mol": k = A e^(-Ea/(R T)), so k2/k1 = e^((Ea/R)(1/T1 - 1/T2)) and
Ea*(1/T1 - 1/T2)/R = ln(k2/k1), solved for Ea as x. The ratio is said in words ("doubles", "triples", "halves", "increases by a factor of
3", "3-fold", "3 times faster"), the temperatures in kelvin from the first to the second ("from 300 K to 310 K",
"between 300 K and 310 K"), R as written ("R = 8.314 J/(mol·K)"); a question without R, or with temperatures in
another unit, is declined. Only text is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import DECIMAL, NUMBER, plain_text
from plugins.api.reasoning import outscore

# the activation energy asked, not given: "solve for the activation energy", "what is Ea", "find E_a"
_ASKS = re.compile(
    r"\b(?:solve\s+for|find|what(?:'s|\s+is)|determine|compute|calculate|estimate|back\s+out)\s+(?:the\s+)?"
    r"(?:apparent\s+)?(?:activation\s+energy|E_?a\b)",
    re.I,
)
_NAMED = re.compile(r"\barrhenius\b", re.I)
_RATIO_WORDS = {"doubles": "2", "doubled": "2", "doubling": "2", "triples": "3", "tripled": "3", "quadruples": "4",
                "quadrupled": "4", "halves": "1/2", "halved": "1/2"}  # fmt: skip
_RATIO = re.compile(
    rf"\b(?P<word>{'|'.join(_RATIO_WORDS)})\b"
    rf"|\b(?:by\s+a\s+factor\s+of|factor\s+of)\s+(?P<factor>{DECIMAL})\b"
    rf"|(?<![\w.])(?P<fold>{DECIMAL})\s*(?:-\s*fold|\s+times\s+(?:faster|higher|larger|greater|as\s+fast|as\s+high))",
    re.I,
)
_KELVIN = rf"(?P<{{}}>{DECIMAL})\s*K\b"
_SPAN = re.compile(
    rf"\b(?:from|between)\s+{_KELVIN.format('t1')}\s+(?:to|and|->)\s+{_KELVIN.format('t2')}"
    rf"|\bat\s+{_KELVIN.format('t3')}\s+(?:and|than|vs\.?|versus)\s+(?:at\s+)?{_KELVIN.format('t4')}",
    re.I,  # the mode's scores read the question in lower case
)
_OTHER_SCALE = re.compile(rf"(?<![\w.]){DECIMAL}\s*(?:degC|degF|°|deg\b|C\b|F\b)")
_GAS_CONSTANT = re.compile(rf"\bR\s*=\s*(?P<value>{NUMBER})", re.I)


@dataclass(frozen=True)
class Arrhenius:
    """The equation in x (the activation energy) as text, and the values it uses as written."""

    equation: str
    ratio: str
    t1: str
    t2: str
    gas_constant: str


def arrhenius_parts(question: str) -> Arrhenius | None:
    """The equation of the activation energy the question asks from a ratio of rate constants at two temperatures;
    None when it names no Arrhenius model, asks no activation energy or says no ratio. Raises ValueError when the ratio, the two
    temperatures in kelvin or R are not written once each, or the ratio says the rate grows on cooling."""
    text = plain_text(question)
    ratios = {_ratio(m) for m in _RATIO.finditer(text)}
    if not (_NAMED.search(text) and _ASKS.search(text) and ratios):
        return None  # no Arrhenius model, no activation energy asked, or no ratio of rate constants (a fit's slope)
    spans = list(_SPAN.finditer(text))
    gas = {m["value"] for m in _GAS_CONSTANT.finditer(text)}
    if len(ratios) != 1 or len(spans) != 1 or len(gas) != 1 or _OTHER_SCALE.search(text):
        raise ValueError("an activation energy by Arrhenius needs the ratio of the rate constants ('doubles', 'by a "
                         "factor of 3'), the two temperatures in kelvin ('from 300 K to 310 K') and R ('R = 8.314 "
                         "J/(mol·K)'), each once")  # fmt: skip
    span = spans[0]
    t1, t2 = span["t1"] or span["t3"], span["t2"] or span["t4"]
    ratio, r = ratios.pop(), gas.pop()
    if (Fraction(ratio) > 1) != (Fraction(t2) > Fraction(t1)) or Fraction(ratio) == 1 or t1 == t2:
        raise ValueError(f"a rate constant that changes by {ratio} from {t1} K to {t2} K has no positive activation "
                         "energy: the rate must grow with the temperature")  # fmt: skip
    equation = f"x*(1/{t1} - 1/{t2})/({r}) = log({ratio})"
    return Arrhenius(equation, ratio, t1, t2, r)


def _ratio(m: re.Match[str]) -> str:
    """The ratio k2/k1 a match says: "doubles" -> "2", "by a factor of 3" -> "3", "halves" -> "1/2"."""
    return _RATIO_WORDS[m["word"].lower()] if m["word"] else m["factor"] or m["fold"]


def arrhenius_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: an activation energy asked of an Arrhenius model (read or declined), beyond the shapes
    its words also make ("the rate increases by a factor of 3 from 350 K to 370 K" reads as a rate of change and as
    a conversion of kelvin): the model named and read in full."""
    try:
        found = arrhenius_parts(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") + 1.0 if found else 0.0
