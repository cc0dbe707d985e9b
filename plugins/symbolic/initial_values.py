"""Values a question states after a word that a formula's name is the initial of.

"die area 0.5 cm²" gives A, "yield 85%" gives Y (0.85), "fibre modulus is 230 GPa" gives E_f; where the reader allows a
word between ("feed assay 2.4 g/t" gives f, "tailings grade 0.3" gives t), one more word may stand between the label
and its value. Shared by the readers of a formula solved for a name and of a formula's value.
"""

from __future__ import annotations

import re
from decimal import Decimal

from plugins.api.prose import NUMBER

# a bound said before a value: "no more than 5", "at most 5", "under 5"
BOUND = r"(?:(?:no\s+(?:more|less|greater|higher|lower)\s+than|at\s+(?:most|least)|not\s+(?:to\s+)?exceed|under|over|below|above)\s+)?"
# the letter a name's label starts with: "A" of "area", the "f" of "E_f" ("fibre"), the subscript a short word
_INITIAL = re.compile(r"^(?:(?P<letter>[A-Za-z])|[A-Za-z]{1,3}_(?P<sub>[A-Za-z]{1,3}))$")
_NO_LABELS = frozenset("with when where which what then than that this from into also each after before".split())


def initial_spans(
    outside: str, name: str, wanted: set[str], names: set[str], gap: bool = False
) -> set[tuple[str, int]]:
    """The values stated after a word that the one-letter ``name`` is the initial of ("die area 0.5 cm²" for A,
    "yield 85%" for Y: a percentage as its fraction, 0.85; with ``gap`` also one word later, "feed assay 2.4" for f),
    or, for a subscripted name, after a word that starts with its subscript and one word more ("fibre modulus is 230
    GPa" for E_f); each with where its value starts. Empty when the initial is not the name's alone among the
    ``wanted`` names (A and a, E_f and V_f both wanted) or no such value is stated."""
    m = _INITIAL.match(name)
    if m is None:
        return set()
    start = (m["letter"] or m["sub"]).lower()
    if sum(1 for w in wanted if (o := _INITIAL.match(w)) and (o["letter"] or o["sub"]).lower() == start) != 1:
        return set()
    others = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    word = rf"\s+(?!(?:{others}|is|of|at|was|are|be)\b)[A-Za-z]+"
    between = f"(?:{word})?" if m["letter"] and gap else "" if m["letter"] else word
    pattern = (
        rf"(?<![\w.])(?P<word>{re.escape(start)}[a-z]{{3,}}){between}\s*(?::|=|\bis\b|\bof\b|\bat\b)?\s*{BOUND}"
        rf"(?P<value>{NUMBER})(?![\w]|\.\d)(?P<percent>\s*%)?"
    )
    return {
        (str(Decimal(v["value"]) / 100) if v["percent"] else v["value"], v.start("value"))
        for v in re.finditer(pattern, outside, re.I)
        if v["word"].lower() not in _NO_LABELS
    }
