"""Multi-letter parameter names a formula uses ("Vmax", "Km", "k1", "Ea", "V_max"), kept as symbols.

"v = Vmax*S/(Km + S). what's dv/dS? (symbolic, in terms of Vmax, Km, S)": the names the question lists after "in terms
of", and names shaped like a parameter (a capital and more letters, letters and digits, a subscript after "_")
written beside an operator of a formula, are symbols of the expression reader (``plugins.api.prose.symbol_names``)
unless the question gives them a value ("Km = 2 mM", "Km is 2", "Km of 2"): a parameter with a value is never read as
a symbol. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.symbolic.remarks import MATH_WORDS

# the question asks for a symbolic answer: "symbolic", "symbolically", "in terms of", "as a formula", "in general"
_SYMBOLIC = re.compile(r"\bsymbolic(?:ally)?\b|\bin\s+terms\s+of\b|\bas\s+a\s+(?:general\s+)?formula\b", re.I)
# the names listed after "in terms of": "in terms of Vmax, Km and S"
_TERMS_OF = re.compile(r"\bin\s+terms\s+of\s+(?P<names>[A-Za-z]\w*(?:\s*(?:,|\band\b|,\s*and\b)\s*[A-Za-z]\w*)*)", re.I)
# a parameter's shape: "Vmax", "Km", "Ea" (a capital, then letters), "k1", "Ea2" (letters, then digits), "V_max"
_SHAPE = r"(?:[A-Z][a-z]+[A-Za-z]*\d*|[A-Za-z]{1,4}\d+|[A-Za-z]+_\w+)"
# a parameter beside an operator of a formula: "Vmax*S", "(Km + S)", "/Km"
_IN_FORMULA = re.compile(
    rf"(?:(?<=[-+*/^(=])\s*|(?<![\w.]))(?P<name>{_SHAPE})(?![\w(])(?=\s*[-+*/^)])"
    rf"|(?<=[-+*/^(])\s*(?P<after>{_SHAPE})(?![\w(])"
)
_WORDS = {"and", "of", "the", "in", "is", "for", "at", "to"}


def asks_symbolic(question: str) -> bool:
    """Whether the question asks for a symbolic answer ("symbolic", "in terms of Vmax, Km, S", "as a formula")."""
    return _SYMBOLIC.search(question) is not None


def symbolic_parameters(question: str) -> frozenset[str]:
    """The multi-letter names of the question's formulas that stand as symbols: those listed after "in terms of"
    and those of a parameter's shape written beside an operator, less any the question gives a value, a function's
    name or a constant."""
    listed = {n for m in _TERMS_OF.finditer(question) for n in re.findall(r"[A-Za-z]\w*", m["names"])}
    shaped = {m["name"] or m["after"] for m in _IN_FORMULA.finditer(question)}
    names = {n for n in listed | shaped if len(n) > 1 and n.lower() not in MATH_WORDS | _WORDS and not _valued_call(n)}
    return frozenset(n for n in names if not _valued(question, n))


def _valued_call(name: str) -> bool:
    """Whether a name is a function's name run into its number, a value: "ln2" (ln(2)), not a parameter "k1"."""
    m = re.fullmatch(r"([a-z]+)\d+", name)
    return m is not None and m.group(1) in MATH_WORDS


def _valued(question: str, name: str) -> bool:
    """Whether the question gives ``name`` a value: "Km = 2", "Km is 2 mM", "Km of 2", "Km: 2"."""
    return (
        re.search(rf"(?<![\w.]){re.escape(name)}\s*(?:=|:|\bis\b|\bof\b|\bequals\b)\s*{NUMBER}", question) is not None
    )


# a subscripted name: "k_1", "L_0", "k_{2}", "V_max" (its letters, then the subscript)
_SUBSCRIPTED = re.compile(r"(?<![\w.])([A-Za-z]+)_\{?([A-Za-z0-9]+)\}?(?![\w(])")


def joined_subscripts(text: str) -> str:
    """``text`` with each subscripted name written joined where the text also writes it so ("D(t) = (k_1 L_0)/... with
    k1 = 0.2, L0 = 20" -> "(k1 L0)/..."): one name in two spellings, a formula's and its value's. A subscripted name
    the text never writes joined stays."""
    words = set(re.findall(r"(?<![\w.])[A-Za-z]+\d*[A-Za-z]*(?![\w])", text))

    def join(m: re.Match[str]) -> str:
        joined = m[1] + m[2]
        return joined if joined in words else m[0]

    return _SUBSCRIPTED.sub(join, text)
