"""Fertiliser products by their grade, and the nutrients to supply: A x = b.

"Need 76 kg N, 30 kg P2O5 and 90 kg K2O per ha from a compound 15-15-15, urea (46-0-0) and muriate of potash
(0-0-60): how many kg/ha of urea?": each product's grade is its N, P2O5 and K2O content in percent by weight (the
N-P2O5-K2O convention of fertiliser labels), and the amounts x_i of the products solve sum_i grade_ij/100 x_i =
amount_j for each nutrient j stated: a square system when as many products as nutrients are named. A grade stated
as elemental P and K is refused (its contents are no oxides). Only text is read here; the planner solves it.
"""

from __future__ import annotations

import re

from plugins.api.prose import DECIMAL
from plugins.symbolic.composition_table import _asked, _check_amounts
from plugins.symbolic.tabled_system import TabledRows

# a grade of three contents joined by hyphens, with the product's name before it: "a compound 15-15-15", "urea
# (46-0-0)", "muriate of potash (0-0-60)"; or after it: "15-15-15 compound"
_GRADE = re.compile(rf"(?<![\w.-])\(?\s*(?P<grade>{DECIMAL}-{DECIMAL}-{DECIMAL})\s*\)?(?![\w-]|\.\d)")
_CLAUSE = re.compile(r"[,;:]|\.(?!\d)|\band\b|\bplus\b|\bwith\b|\busing\b|\bfrom\b", re.I)
_ARTICLES = re.compile(
    r"^(?:(?:a|an|the|some|of|products?|fertili[sz]ers?|blend|blending|mix|mixing|combine)\s+)+", re.I
)
_NAME = re.compile(r"^[a-z][a-z -]{0,40}$", re.I)
# the nutrients a grade lists, in its order, and the words that name them in an amount stated
_NUTRIENTS = (r"n|nitrogen", r"p2o5|phosphate", r"k2o|potash")
_MASS = r"(?:kg|g|t|lbs?)(?:\s*/\s*(?:ha|ac|acre))?"
_ELEMENTAL = re.compile(r"\belemental\b|\bN-P-K\b.*\b(?:elements?|as\s+P\s+and\s+K)\b", re.I)


def _plain(text: str) -> str:
    """The text with subscript digits as digits ("P₂O₅" -> "P2O5")."""
    return text.translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789"))


def _products(text: str) -> list[tuple[str, list[str]]]:
    """Each product the text names with its grade: (name, [N, P2O5, K2O]), the name the words of the grade's clause
    before it without articles ("a compound 15-15-15" -> "compound"), else those after it ("15-15-15 compound"); no
    products when a name does not read as one."""
    found = []
    for m in _GRADE.finditer(text):
        before = [c.end() for c in _CLAUSE.finditer(text, 0, m.start())]
        after = _CLAUSE.search(text, m.end())
        start, end = (before[-1] if before else 0), (after.start() if after else len(text))
        said = [
            " ".join(_ARTICLES.sub("", part.strip()).split()) for part in (text[start : m.start()], text[m.end() : end])
        ]
        name = said[0] or said[1]  # the words before the grade, else those after it
        if not _NAME.match(name):
            return []
        found.append((name.lower(), m["grade"].split("-")))
    return found


def _amounts(text: str) -> list[list[str]]:
    """The amounts of each nutrient the text states ("76 kg N", "30 kg of P2O5", "90 kg/ha K2O"), in grade order."""
    return [
        re.findall(rf"(?<![\w.])({DECIMAL})\s*{_MASS}\s+(?:of\s+)?(?:{words})(?![\w-])", text, re.I)
        for words in _NUTRIENTS
    ]


def grade_system(question: str) -> TabledRows | None:
    """The amounts of the graded products (see the module's docstring) as A's rows, b, the products' names and the
    one asked; None when the text names no two graded products with nutrient amounts to supply and one product asked.
    Raises ValueError when it does, but the grades are elemental, the system is not square, has no one solution, or
    an amount would be negative."""
    text = _plain(question)
    products = _products(text)
    if len(products) < 2:
        return None
    stated = _amounts(text)
    if any(len(found) > 1 for found in stated) or not any(stated):
        return None
    names = [name for name, _ in products]
    asked = _asked(text, names)
    if asked is None or len(set(names)) != len(names):
        return None
    if _ELEMENTAL.search(text):
        raise ValueError("the grades are stated as elemental N-P-K: havoc reads grades as N-P2O5-K2O percentages")
    wanted = [j for j, found in enumerate(stated) if found]
    if len(wanted) != len(products):
        raise ValueError(f"{len(products)} products need as many nutrient amounts to supply, each stated once: "
                         f"{len(wanted)} are stated")  # fmt: skip
    rows = [[f"{grade[j]}/100" for _, grade in products] for j in wanted]
    rhs = [stated[j][0] for j in wanted]
    _check_amounts(rows, rhs, names)
    return TabledRows(rows, rhs, names, None if asked < 0 else names[asked], len(question))


def names_grades(text: str) -> bool:
    """Whether the text names graded products and the nutrients to supply (read, or refused with a reason)."""
    try:
        return grade_system(text) is not None
    except ValueError:
        return True
