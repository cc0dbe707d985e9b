"""A mineral-processing mass balance from assays: the two-product formula, and the three-product balance.

Two products: "feed 2.10 % Cu, conc 26.5 % Cu, tails 0.18 % Cu: Cu recovery to conc in %?" is R = c(f − t)/(f(c − t))
× 100 with f, c, t the feed's, the concentrate's and the tailing's assays; the concentrate's mass yield ("mass
yield", "weight recovery", "mass pull", "% of feed") is (f − t)/(c − t) × 100. Each stream ("feed", "conc" or
"concentrate", "tail", "tails", "tailings") is followed by its assay in percent within its line or clause; a formula
the question writes itself ("R = c(f - t)/[f(c - t)]", no × 100) is left to the formula's reader.

Three products: a table of two metals' assays over the feed, two concentrates and a tail ("stream  Pb %  Zn %" /
"feed 3.8 6.2" / "Pb conc 62.0 5.5" / "Zn conc 1.6 48.0" / "final tail 0.3 0.6") is the linear system C1 + C2 + T
= 100 and c1 C1 + c2 C2 + t T = 100 f for each metal, the products' masses in % of feed; a mass yield asked is the
product's mass, a metal's recovery to a concentrate ("Zn recovery to the Zn conc") is R with f R = c C. Only text is
read here; the planner solves the equation or the system in exact fractions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.linear_system import fraction_text
from plugins.symbolic.worded_system import WordedSystem

# the words of a mineral-processing balance: an assay, a concentrate, a tail
_BALANCE_WORDS = re.compile(r"\b(?:assays?|conc(?:entrates?|s)?|tails?|tailings?|mass\s+balance)\b", re.I)
_FEED = r"feed"
_CONC = r"conc(?:entrate)?s?"
_TAIL = r"(?:final\s+)?tail(?:s|ings?)?"
_STREAM = re.compile(rf"\b(?:(?P<feed>{_FEED})|(?P<conc>{_CONC})|(?P<tail>{_TAIL}))\b", re.I)
# an assay after its stream, in one line or clause: "feed    2.10 % Cu", "conc grade 26.5% Cu", "tails at 0.18 %"
_ASSAY = re.compile(rf"[^\d\n;,]{{0,30}}?(?<![\w.])(?P<value>{DECIMAL})\s*%", re.I)
# the asks: a mass yield (weight recovery, mass pull, share of feed) or a metal's recovery
_YIELD = re.compile(
    r"\b(?:(?:mass|weight|wt\.?)\s+(?:yield|recovery|pull|split)|yield|mass\s+pull|%\s+of\s+(?:the\s+)?feed)\b", re.I
)
_RECOVERY = re.compile(r"\brecover(?:y|ies|ed)\b", re.I)
# a table's row: a label of words and two assays ("Pb conc    62.0      5.5")
_ROW = re.compile(
    rf"^\s*\|?\s*(?P<label>[A-Za-z][A-Za-z /-]*?)\s*[:|]?\s+(?P<a>{DECIMAL})\s*%?\s*[,|]?\s+(?P<b>{DECIMAL})\s*%?\s*\|?\s*$"
)
# a header naming the two metals assayed: "stream  Pb %  Zn %", "stream | Pb (%) | Zn (%)"
_METAL = r"[A-Za-z]{1,2}"
_HEADER = re.compile(
    rf"^\s*\|?\s*(?:(?:streams?|products?|assays?|stream\s+name)\s*[|,]?\s+)?(?P<m1>{_METAL})\s*(?P<p1>\(\s*%\s*\)|%)?\s*"
    rf"[|,]?\s+(?P<m2>{_METAL})\s*(?P<p2>\(\s*%\s*\)|%)?\s*\|?\s*$",
    re.I,
)


@dataclass(frozen=True)
class TwoProduct:
    """The two-product formula's equation in x (the quantity asked, in %), what is asked, and the assays read."""

    equation: str
    asked: str
    feed: str
    conc: str
    tail: str


def two_product(question: str) -> TwoProduct | None:
    """The recovery or mass yield asked of a feed, a concentrate and a tail each with one assay in % (see the module's
    docstring); None when the text is not so written. ValueError when the assays cannot be a balance (the feed's not
    strictly between the tail's and the concentrate's)."""
    text = plain_text(question)
    if not _BALANCE_WORDS.search(text) or _three_table(text) or "=" in text:
        return None  # a formula the question writes ("R = c(f - t)/[f(c - t)]") is solved as written
    assays: dict[str, str] = {}
    for m in _STREAM.finditer(text):
        kind = m.lastgroup or ""
        assay = _ASSAY.match(text, m.end())
        if assay is None or kind in assays:
            if assay is not None:
                return None  # a stream assayed twice: no two-product balance
            continue
        assays[kind] = assay["value"]
    if set(assays) != {"feed", "conc", "tail"}:
        return None
    asked = _two_ask(text)
    if asked is None:
        return None
    f, c, t = (Fraction(Decimal(assays[k])) for k in ("feed", "conc", "tail"))
    if not t < f < c:
        raise ValueError(f"the feed's assay ({assays['feed']} %) must lie between the tail's ({assays['tail']} %) and "
                         f"the concentrate's ({assays['conc']} %) for a two-product balance")  # fmt: skip
    fs, cs, ts = assays["feed"], assays["conc"], assays["tail"]
    if asked == "yield":
        equation = f"x == 100*({fs} - {ts})/({cs} - {ts})"
    else:
        equation = f"x == 100*{cs}*({fs} - {ts})/({fs}*({cs} - {ts}))"
    return TwoProduct(equation, asked, fs, cs, ts)


def _two_ask(text: str) -> str | None:
    """ "yield" or "recovery" by the ask's words: a mass yield's ("weight recovery" included) first."""
    asks = [s for s in re.split(r"(?<=[?])|\n", text) if re.search(r"\?|\bwhat|\bfind|\bcalculate|\bhow\b", s, re.I)]
    ask = " ".join(asks) or text
    if _YIELD.search(ask):
        return "yield"
    if _RECOVERY.search(ask):
        return "recovery"
    return None


@dataclass(frozen=True)
class _Table:
    """A three-product table: the two metals, the feed's assays, the products' labels and assays (concentrates first,
    the tail last)."""

    metals: tuple[str, str]
    feed: tuple[str, str]
    products: list[tuple[str, tuple[str, str]]]


def _three_table(text: str) -> _Table | None:
    """The table of two metals' assays over a feed, two concentrates and a tail; None when there is none."""
    metals = None
    rows: list[tuple[str, tuple[str, str]]] = []
    for line in text.splitlines():
        head = _HEADER.match(line)
        if head and head["p1"] and head["p2"] and metals is None and not rows:
            metals = (head["m1"].capitalize(), head["m2"].capitalize())
        elif row := _ROW.match(line):
            rows.append((row["label"].strip(), (row["a"], row["b"])))
    if metals is None or len(rows) != 4:
        return None
    feeds = [r for r in rows if re.fullmatch(r"(?:\w+\s+)?feed", r[0], re.I)]
    concs = [r for r in rows if re.search(rf"\b{_CONC}\b", r[0], re.I)]
    tails = [r for r in rows if re.search(rf"\b{_TAIL}\b", r[0], re.I)]
    if len(feeds) != 1 or len(concs) != 2 or len(tails) != 1:
        return None
    return _Table(metals, feeds[0][1], [*concs, *tails])


def three_product(question: str) -> WordedSystem | None:
    """The three-product balance's system in the products' masses (% of feed), and a recovery's unknown when one is
    asked (see the module's docstring); None when the text is not so written or asks nothing of one product."""
    text = plain_text(question)
    table = _three_table(text)
    if table is None:
        return None
    asks = [s for s in re.split(r"(?<=[?])|\n", text) if re.search(r"\?|\bwhat|\bfind|\bcalculate|\bhow\b", s, re.I)]
    ask = " ".join(asks)
    labels = [label for label, _ in table.products]
    named = [label for label in labels if _names_product(ask, label)]
    if len(named) != 1:
        return None
    product = named[0]
    index = labels.index(product)
    rows = [["1", "1", "1"]]
    rhs = ["100"]
    equations = [f"{' + '.join(labels)} = 100 (% of feed)"]
    for k in range(len(table.metals)):
        assays = [Fraction(Decimal(a[k])) for _, a in table.products]
        rows.append([fraction_text(a) for a in assays])
        rhs.append(fraction_text(100 * Fraction(Decimal(table.feed[k]))))
        equations.append(" + ".join(f"{a[k]}·{label}" for label, a in table.products) + f" = 100·{table.feed[k]}")
    recovered = [m for m in table.metals if re.search(rf"\b{m}\b[^.?]{{0,30}}\brecover|\brecover\w*\s+(?:of\s+)?{m}\b", ask, re.I)]  # fmt: skip
    if _RECOVERY.search(ask) and not _YIELD.search(ask):
        if len(recovered) != 1 or index == 2:
            return None
        k = table.metals.index(recovered[0])
        name = f"{recovered[0]} recovery to {product} (%)"
        rows = [[*r, "0"] for r in rows]
        feed = Fraction(Decimal(table.feed[k]))
        assay = Fraction(Decimal(table.products[index][1][k]))
        last = ["0", "0", "0", fraction_text(feed)]
        last[index] = fraction_text(-assay)
        rows.append(last)
        rhs.append("0")
        equations.append(f"{table.feed[k]}·R = {table.products[index][1][k]}·{product}")
        return WordedSystem(rows, rhs, [*labels, name], equations, name)
    if not _YIELD.search(ask):
        return None
    return WordedSystem(rows, rhs, labels, equations, product)


def _names_product(ask: str, label: str) -> bool:
    """Whether the ask names the product ``label`` ("the Zn conc", "Zn concentrate", "the tail")."""
    words = label.split()
    head = [w for w in words if not re.fullmatch(rf"{_CONC}|{_TAIL}|final", w, re.I)]
    kind = _CONC if re.search(rf"\b{_CONC}\b", label, re.I) else r"(?:final\s+)?tail(?:s|ings?)?"
    prefix = r"\s+".join(re.escape(w) for w in head)
    pattern = rf"\b{prefix}\s+{kind}\b" if prefix else rf"\b{kind}\b"
    return re.search(pattern, ask, re.I) is not None


def mass_balance_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a two-product or three-product balance's recovery or yield asked from assays."""
    try:
        found = two_product(text) or three_product(text)
    except ValueError:
        return outscore(scores, "algebra")
    return outscore(scores, "algebra") if found is not None else 0.0
