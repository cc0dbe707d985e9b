"""A batch made of ingredients whose composition is tabled, its total and each component's amount stated: A x = b.

"ingredient<TAB>protein (kg/kg)<TAB>fat (kg/kg)" / "skim milk powder<TAB>0.35<TAB>0.01" / "cream<TAB>0.02<TAB>0.40" /
"water<TAB>0<TAB>0" ... "The batch must weigh exactly 100 kg and contain exactly 3.4 kg protein and 3.5 kg fat ... how
many kg of cream go in?": a table pasted in rows (cells apart by tabs or pipes), one row an ingredient and its content
of each component per unit of its own mass ("kg/kg", "g/g", "g/kg", "%"), under a header naming the components. The
amounts x_i of the n ingredients solve x_1 + ... + x_n = total and sum_i c_ij x_i = amount_j for each of the n - 1
components: a square system. The total is the one other amount in the unit of the components' amounts ("100 kg"),
said of the batch ("weigh", "batch", "total", "make"). The ingredient asked is named ("how many kg of cream", "how
much skim milk powder"), or "each". Cells may also be apart by commas ("product,N%,P2O5%,K2O%" / "MOP,0,0,60", a
header's unit a percent sign after the name); with as many components as ingredients and no total the system is
sum_i c_ij x_i = amount_j alone, the amounts stated around the table, perhaps listed with one unit ("N 100 / P2O5 80
/ K2O 120 kg/ha"), and all the ingredients asked when the ask lists them ("solve for the rates of A, B, MOP"). Only
text is read here; the planner solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.api.row_table import row_table
from plugins.symbolic.tabled_system import TabledRows

_MASS = r"(?:kg|g|mg|t|tonnes?|lbs?|lb)"
# an amount per area, as a dose is stated ("100 kg/ha", "80 lb/ac")
_DOSE = rf"{_MASS}(?:\s*/\s*(?:ha|ac|acre|m2|m²))?"
# a component's content per unit of the ingredient's mass, its scale to a share: "(kg/kg)" 1, "(g/kg)" 1/1000, "(%)"
_SCALES = {"kg/kg": 1, "g/g": 1, "lb/lb": 1, "t/t": 1, "mg/mg": 1, "g/kg": Fraction(1, 1000), "%": Fraction(1, 100),
           "%w/w": Fraction(1, 100), "wt%": Fraction(1, 100), "g/100g": Fraction(1, 100)}  # fmt: skip
# a header's cell: a component's name and its unit in brackets ("protein (kg/kg)") or a percent sign after it ("N%")
_HEADER_CELL = re.compile(r"^\s*(?P<name>[A-Za-z][\w -]*?)\s*(?:\((?P<unit>[^()]{1,12})\)|(?P<unit2>%))?\s*$")
# the words of a batch's total: "weigh exactly 100 kg", "a 100 kg batch", "100 kg in total", "make 100 kg"
_TOTAL_WORDS = re.compile(r"\b(?:weigh\w*|batch|total|in\s+all|make|makes|making|produce|blend|mix(?:ture)?)\b", re.I)
_ASK = re.compile(
    r"\b(?:how\s+(?:many|much)|what\s+(?:mass|amount|weight|quantity)|tell\s+me|find|determine|solve\s+for)\b"
    r"[^.?!;\n]*",
    re.I,
)
_EACH = re.compile(r"\b(?:of\s+)?each\b|\ball\s+(?:three|four|the\s+ingredients)\b", re.I)
_CLAUSE = re.compile(r"[,;:?!]|\.(?!\d)|\n|\band\b", re.I)


def _header(text: str, first_row: int) -> list[tuple[str, Fraction]] | None:
    """The components the header over the rows names, each with its scale to a share of the ingredient's mass
    ("protein (kg/kg)" -> ("protein", 1)); None when the line above the rows is no header of named columns in a unit
    of content."""
    start = text.rfind("\n", 0, first_row)
    if start < 0:  # the rows open the text: no header above them
        return None
    line = text[:start].rsplit("\n", 1)[-1]
    separator = "|" if "|" in line else "\t" if "\t" in line else "," if "," in line else None
    if separator is None:
        return None
    cells = [cell for cell in line.split(separator) if cell.strip()]
    found = [_HEADER_CELL.match(cell) for cell in cells[1:]]
    if len(cells) < 3 or not all(found):
        return None
    scales = [_SCALES.get(re.sub(r"\s+", "", m["unit"] or m["unit2"] or "").lower()) for m in found if m]
    if any(scale is None for scale in scales):
        return None
    return [(m["name"].strip().lower(), Fraction(scale)) for m, scale in zip(found, scales, strict=True) if m and scale]


def _stated(text: str, component: str) -> list[tuple[str, str, int]]:
    """The amounts the text states of a component ("3.4 kg protein", "3.4 kg of protein", "protein 3.4 kg",
    "protein: 3.4 kg", "80 kg/ha P2O5"), or in a list whose one unit follows its last value ("N 100 / P2O5 80 / K2O
    120 kg/ha"): value, unit and where each starts."""
    name = re.escape(component)
    amount = rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?P<unit>{_DOSE})"
    listed = rf"(?:\s*(?:/|,|;|\band\b)\s*[A-Za-z][\w]*\s*[:=]?\s*{DECIMAL})+\s*(?P<unit>{_DOSE})\b"
    patterns = (
        rf"{amount}\s+(?:of\s+)?{name}\b",
        rf"\b{name}\s*(?:[:=]|of|at)?\s*(?:exactly\s+)?{amount}\b",
        rf"\b{name}\s*[:=]?\s*(?<![\w.])(?P<value>{DECIMAL})(?={listed})",
    )
    found = {m.start("value"): m for pattern in patterns for m in re.finditer(pattern, text, re.I)}
    return [(m["value"], m["unit"], at) for at, m in sorted(found.items())]


def _unit(unit: str) -> str:
    """An amount's unit in one form: lower case, no spaces ("kg / ha" -> "kg/ha")."""
    return re.sub(r"\s+", "", unit).lower()


def _asked(text: str, names: list[str]) -> int | None:
    """The index of the ingredient the ask names ("how many kg of cream"), -1 for each; None when it names none or
    several."""
    for ask in _ASK.finditer(text):
        if _EACH.search(ask.group()):
            return -1
        said = {i: found for i, name in enumerate(names) if (found := _named(name, ask.group()))}
        if len(said) == 1:
            return said.popitem()[0]
        if len(names) > 1 and len(said) == len(names) and _lists(ask.group(), list(said.values())):
            return -1  # "solve for the rates of A, B, MOP": all of them, listed
    return None


def _named(name: str, text: str) -> re.Match[str] | None:
    """Where the text names the ingredient: its name as a word, a one-letter name in capitals ("A", not the article
    "a") or in lower case with no word but "and" or "or" after it ("of a, b and mop"), the grade bracketed after it
    optional ("A" of "A (20-10-10)"); None when it does not."""
    short = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    if len(short) == 1:
        letter = re.escape(short.upper())
        return re.search(rf"\b{letter}\b", text) or re.search(rf"\b{letter}\b(?!\s*(?!(?:and|or)\b)\w)", text, re.I)
    return next((m for n in (name, short) if n and (m := re.search(rf"\b{re.escape(n)}\b", text, re.I))), None)


def _lists(text: str, found: list[re.Match[str]]) -> bool:
    """Whether the names found in the text are one list ("A, B, MOP", "A, B and MOP"): nothing but commas,
    semicolons, "and" and spaces between them."""
    spans = sorted(m.span() for m in found)
    gaps = (text[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False))
    return all(re.fullmatch(r"\s*(?:[,;&]|and|,\s*and)?\s*", gap, re.I) for gap in gaps)


def composition_system(question: str) -> TabledRows | None:
    """The amounts of the tabled ingredients (see the module's docstring) as A's rows, b, the ingredients' names and
    the one asked; None when the text tables no composition with a total and each component's amount. Raises
    ValueError when it does, but the system is not square, has no one solution, or an amount would be negative."""
    text = plain_text(question)
    table = row_table(text, least=1, commas=True)
    if table is None or not re.search(rf"\b{_MASS}\b", text):
        return None
    components = _header(text, table.starts[0][0])
    if components is None or any(len(row) != len(components) for row in table.rows):
        return None
    header = text.rfind("\n", 0, text.rfind("\n", 0, table.starts[0][0])) + 1
    end = text.find("\n", table.starts[-1][-1])
    rest = text[:header] + "\n" + (text[end:] if end >= 0 else "")  # the prose around the header and the rows
    targets = [_stated(rest, name) for name, _ in components]
    if any(len(found) != 1 for found in targets):
        _check_stated(rest, components, targets, table.names)
        return None
    units = {_unit(found[0][1]) for found in targets}
    used = {found[0][2] for found in targets}
    totals = [
        m
        for m in re.finditer(rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?P<unit>{_DOSE})\b", rest, re.I)
        if m.start() not in used and _unit(m["unit"]) in units and _TOTAL_WORDS.search(_clause(rest, m.start()))
    ]
    names = [name.lower() for name in table.names]
    asked = _asked(rest, names)
    n = len(names)
    square = len(components) == n and not totals  # "N 100 / P2O5 80 / K2O 120 kg/ha" from three products
    if len(units) != 1 or not (square or len(totals) == 1) or asked is None:
        return None
    if not square and len(components) != n - 1:
        raise ValueError(f"{n} ingredients need {n - 1} components tabled, each with its amount, and the batch's "
                         f"total: {len(components)} are tabled")  # fmt: skip
    contents = [[_scaled(row[j], scale) for row in table.rows] for j, (_, scale) in enumerate(components)]
    rows = contents if square else [["1"] * n, *contents]
    rhs = ([] if square else [totals[0]["value"]]) + [found[0][0] for found in targets]
    _check_amounts(rows, rhs, names)
    return TabledRows(rows, rhs, names, None if asked < 0 else names[asked], len(question))


def _check_stated(
    rest: str, components: list[tuple[str, Fraction]], targets: list[list[tuple[str, str, int]]], names: list[str]
) -> None:
    """ValueError when the text states the amounts of some components tabled, once each, and asks for the
    ingredients, but leaves a component's amount unstated ("N 100 / P2O5 80 kg/ha" over N, P2O5 and K2O columns)."""
    missing = [name for (name, _), found in zip(components, targets, strict=True) if not found]
    stated = [found for found in targets if found]
    if missing and stated and all(len(found) == 1 for found in stated):
        if _asked(rest, [name.lower() for name in names]) is not None:
            raise ValueError(f"each component tabled needs its amount stated once: {', '.join(missing)} is not "
                             "('N 100 / P2O5 80 / K2O 120 kg/ha')")  # fmt: skip


def tables_composition(text: str) -> bool:
    """Whether the text tables a batch's ingredients with its total and amounts (read, or refused with a reason): its
    rows are compositions, no samples."""
    try:
        return composition_system(text) is not None
    except ValueError:
        return True


def _scaled(value: str, scale: Fraction) -> str:
    """A content as the share it is: as written when its unit is a share already ("0.35" of kg/kg), else over its
    unit's denominator ("35" of "%" -> "35/100", "650" of g/kg -> "650/1000"), reduced where it is no whole number
    ("0.5" of "%" -> "1/200")."""
    if scale == 1:
        return value
    if re.fullmatch(r"\d+", value) and scale.numerator == 1:
        return f"{value}/{scale.denominator}"
    share = Fraction(value) * scale
    return str(share.numerator) if share.denominator == 1 else f"{share.numerator}/{share.denominator}"


def _clause(text: str, at: int) -> str:
    """The clause of the text around position ``at`` (between commas, semicolons, "and" and sentence ends)."""
    before = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    after = _CLAUSE.search(text, at)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _check_amounts(rows: list[list[str]], rhs: list[str], names: list[str]) -> None:
    """ValueError when the system has no one solution or an ingredient's amount would be negative."""
    from plugins.symbolic.linear_system import exact_solution, fraction_text

    amounts = exact_solution([[Fraction(v) for v in row] for row in rows], [Fraction(v) for v in rhs])
    if amounts is None:
        raise ValueError("no unique batch: the ingredients' tabled compositions make the system singular")
    if any(amount < 0 for amount in amounts):
        shown = ", ".join(f"{name} {fraction_text(amount)}" for name, amount in zip(names, amounts, strict=True))
        raise ValueError(f"no batch of these ingredients meets every amount: one would be negative ({shown})")
