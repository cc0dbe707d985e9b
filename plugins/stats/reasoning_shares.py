"""Shares per item that a binomial count may be built on, beyond a percentage: a ratio ("1 in 50 parts is
defective", "one out of every 200 boards fails") and the rates that are no share per item: a percentage or a
fraction per unit of time ("0.5% per hour", "a failure rate of 0.002 per day", "1 in 50 per hour"), which says how often, not which
share of the pieces; and a yield, the share of good items ("die yield runs 92%") when the count asked is of good
ones."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER

_RATIO = r"(\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?(\d+)"  # "1 in 50", "one out of every 200"
_TIME = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|shifts?)"
# "0.5% per hour", "0.5% of units fail per hour", "0.002 failures an hour", "0.5%/h", "1 in 50 per hour"
_PER_TIME = re.compile(
    rf"(?<![\w.])((?:\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?\d+|{NUMBER})\s*(%|percent\b)?\s*"
    rf"(?:[a-z-]+\s+){{0,4}}?(?:(?:per|an?|each|every)\s+(?:{NUMBER}\s*)?|/\s*){_TIME}(?![a-z0-9^])"
)


def share_per_time(q: str, share: Fraction) -> str | None:
    """Where the question states ``share`` per unit of time, as written ("0.5% per hour" -> "0.5%" for 0.005, "1 in
    50 per hour" for 1/50); None when it states it per item only ("200 parts per hour, 2% defective": the 2% is no
    rate)."""
    for m in _PER_TIME.finditer(q):
        value = _ratio(re.fullmatch(_RATIO, m.group(1))) or Fraction(m.group(1)) / (100 if m.group(2) else 1)
        if value == share and (m.group(2) or value < 1):
            return m.group(1) + ("%" if m.group(2) else "")
    return None


def _ratio(m: re.Match[str] | None) -> Fraction | None:
    """k/N of a ratio matched by ``_RATIO`` ("one in 50" -> 1/50); None without one, or when k is not below N."""
    if m is None:
        return None
    bad_items, items = (1 if m.group(1) == "one" else int(m.group(1))), int(m.group(2))
    return Fraction(bad_items, items) if 0 < bad_items < items else None


def ratio_share(q: str, bad: str) -> str | None:
    """The share bad per item written as a ratio, exactly ("1 in 50 parts is defective" -> "1/50", "one out of every
    200 boards fails" -> "1/200", "the defect rate is 1 in 50"; a lone "one" stays a word in the plain text): k in
    N with k < N, a word of ``bad`` within a few words after it or naming its rate before it; None when absent."""
    m = re.search(
        rf"(?<![\w.]){_RATIO}(?!\.?\d|\s*%|\s*{_TIME}\b)\s*(?:[\w-]+\s+){{0,3}}?"
        rf"(?:is|are|will be|turns? out|comes? out|)\s*(?:{bad})",
        q,
    ) or re.search(
        rf"\b(?:{bad})[\w-]*\s+(?:rate|risk|chance|probability)\s+(?:is\s+|of\s+|=\s*|:\s*)?"
        rf"(?:about\s+|around\s+|roughly\s+)?{_RATIO}(?!\.?\d|\s*%|\s*{_TIME}\b)",
        q,
    )
    share = _ratio(m)
    return None if share is None else str(share)


# a rate or chance written as a ratio, with what it is of between the name and the value: "the true contamination
# rate of an aseptic process were 1 in 10,000 units", "a risk of 1 in 500", "the chance per unit is 1 in 20"
_NAMED_RATIO = re.compile(
    r"\b(?:rate|risk|chance|probability|odds)\s+(?:(?:of|for|in|on|per)\s+(?:[a-z-]+\s+){1,4}?)?"
    r"(?:(?:is|was|were|are|be|of|=|:|runs?\s+at|stands?\s+at)\s*)?(?:(?:about|around|roughly|approximately)\s+)?"
    rf"(?<![\w.]){_RATIO}(?!\.?\d|\s*%|\s*{_TIME}\b)"
)


def named_ratio_share(q: str) -> str | None:
    """A rate, risk or chance written as a ratio k in N (see ``_NAMED_RATIO``) as an exact fraction ("1/10000");
    None when absent, or when k is not below N."""
    share = _ratio(_NAMED_RATIO.search(q))
    return None if share is None else str(share)


# "2% of bottles off the filler are underfilled", "5 percent of the castings turn out porous": a share of the items
# and the property it counts (group 2)
_PROPERTY = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+of\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){{0,4}}?"
    r"(?:are|is|were|was|come\s+out|comes\s+out|turn\s+out|turns\s+out|end\s+up|ends\s+up)\s+(?:being\s+)?"
    r"([a-z][a-z-]{3,})\b"
)


def property_share(q: str, counted: str) -> str | None:
    """The share of the items with a property ("2% of bottles are underfilled" -> "0.02") when the count asked
    (``counted``, the text after its number) names the same property ("at most 2 of them are underfilled"); None
    otherwise: a share of something else is no probability per item of what is counted."""
    for m in _PROPERTY.finditer(q):
        word = m.group(2)
        if word not in {"from", "made", "sold", "used"} and re.search(rf"\b{re.escape(word)}\b", counted):
            share = Fraction(m.group(1)) / 100
            return str(float(share)) if 0 < share <= 1 else None
    return None


# "die yield on this product runs 92%", "a yield of 95%", "95% first-pass yield": the share of good items
_YIELD = re.compile(
    rf"\byield\b\s+(?:[\w-]+\s+){{0,4}}?(?:is|of|runs?|=|:|at|around|about|averages?)\s*(?:about\s+|around\s+)?"
    rf"({NUMBER})\s*(?:%|percent\b)|(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+(?:first[- ]pass\s+|final\s+)?yield\b"
)
_GOOD = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:are\s+|is\s+|turn\s+out\s+|come\s+out\s+)?(?:good|working|functional|conforming|pass(?:es)?)\b"
)


def yield_share(q: str, counted: str) -> str | None:
    """The yield as the share of good items ("die yield runs 92%" -> "0.92") when the count asked (``counted``, the
    text after its number) is of good ones ("at least 18 of them are good"); None otherwise (a count of bad ones
    is left to the share bad per item)."""
    m = _YIELD.search(q)
    if m is None or not _GOOD.search(counted):
        return None
    share = Fraction(m.group(1) or m.group(2)) / 100
    return str(float(share)) if 0 < share <= 1 else None


# the words of a clause that name no property: articles, links, quantifiers, the count's own framing
_FILLER = frozenset(
    "a an the of our their its his her my your this that these those all any each every are is was were be been being "
    "will would to in on at for from by with as than next following coming upcoming first last them they it which who "
    "what whats probability chance odds likely exactly least most more fewer less over do does did get gets got one".split()
)
# words that turn a property into its complement: a share of one is no probability of the other
_NEGATION = re.compile(r"\b(?:not|no|never|none|without|fail(?:s|ed)? to|non|un)\b|n't\b")
# a share of the items and the clause that says what they are or do: "92% of our shipments are on-time", "15% of
# inspection intervals show a fault"; or a rate named by its property: "a 92% on-time rate", "an on-time rate of 92%"
_OF_ITEMS = re.compile(rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+of\s+([^.;?,]+)")
# a hedge before a stated value: "about 85%", "roughly 85%", "~85%", "≈ 85%"
_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?)\s+|[~≈]\s*)?"
# what a rate is of, one to four words, each perhaps with its label number: "the vial line", "press 3", "line #2"
LABELLED_WORDS = r"(?:[a-z-]+(?:\s+#?\d+)?\s+){1,4}?"
_RATE_BEFORE = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+((?:[\w-]+\s+){{1,3}}?)(?:rate|record|probability|chance|share)\b"
)
_RATE_AFTER = re.compile(
    rf"\b((?:[\w-]+\s+){{1,2}})(?:rate|record|share)\s+(?:(?:for|of|at|on|in|across)\s+{LABELLED_WORDS}(?=(?:is|was|runs?)\b))?"
    rf"(?:is\s+|was\s+|of\s+|=\s*|:\s*|runs?\s+(?:at\s+)?)?{_ABOUT}({NUMBER})\s*(?:%|percent\b)"
)
# a chance of what the count counts: "a 1.5% chance of a tech delay", "5% risk of a late delivery", "2% probability
# that a vial leaks"
_CHANCE_OF = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+(?:chance|probability|risk|likelihood)\s+(?:of|that)\s+([^.;?,()]+)"
)
# a property named by its noun alone: "seed lot germination is 85%", "survival was 90%", "85% germination"
_NOUN_IS = re.compile(
    rf"\b([a-z][a-z-]{{3,}})\s+(?:is|was|runs?\s+(?:at\s+)?|averages?|=|:)\s*{_ABOUT}"
    rf"({NUMBER})\s*(?:%|percent\b)"
)
# a share that names no property of its own, only that the items have the one counted: "vaccine coverage is 85%",
# "uptake was 60%", "prevalence is 12%" (of the items that are vaccinated, take it up, have the condition)
_IMPLICIT_PROPERTY = frozenset({"coverage", "uptake", "prevalence"})
# a word that says the opposite of what it is built on: "unvaccinated", "non-smokers", "nonresponders"
_NEGATED_WORD = re.compile(r"^(?:un|non)[a-z]{4,}$")
_NOUN_AFTER = re.compile(rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+([a-z][a-z-]{{3,}})\b(?!\s+(?:of|in|on|for)\b)")


def content_words(text: str) -> set[str]:
    """The content words of ``text``, lower case, hyphenated words split and a plural's s dropped."""
    found = re.findall(r"[a-z]+", text.lower().replace("'", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in found} - _FILLER


_SUFFIXES = ("ation", "ition", "ion", "ment", "ing", "ate", "ure", "al", "ed", "e")


def _stem(word: str) -> str:
    """``word`` less one derivational ending, keeping 4 letters or more: "germination" and "germinate" -> "germin",
    "survival" and "survive" -> "surviv", "failure" -> "fail"."""
    return next((word[: -len(end)] for end in _SUFFIXES if word.endswith(end) and len(word) - len(end) >= 4), word)


def alike(word: str, other: str) -> bool:
    """The same word or one built on the other ("fault" and "faulty", "defect" and "defective"), or two built on one
    stem ("germination" and "germinate")."""
    short, long = sorted((word, other), key=len)
    return long.startswith(short) and len(short) >= 4 or word == other or _stem(word) == _stem(other)


def _item_words(q: str, counted_at: int, whole_said: bool = False) -> set[str]:
    """The words naming the items, the one or two after a whole number ("the next 20 shipments", "20 inspection
    intervals"), except after the count asked (at ``counted_at``) and, with ``whole_said``, after the whole it is of
    ("at least 10 of the 12 survive": the verb says the property): they say which items, not which property."""
    found: set[str] = set()
    out_of = re.match(r"\d+\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|our\s+)?", q[counted_at:])
    whole = counted_at + out_of.end() if out_of and whole_said else -1
    for m in re.finditer(r"(?<![\w.])\d+(?![\d.%])\s+([a-z-]+)(?:\s+([a-z-]+s)\b)?", q):
        if m.start() not in (counted_at, whole):
            found |= content_words(" ".join(g for g in m.groups() if g))
    return found


def _implicit_property(prop: set[str], said: set[str]) -> bool:
    """Whether a share named only by a word that stands for whatever is counted ("coverage", "uptake",
    "prevalence", see ``_IMPLICIT_PROPERTY``) is the share of what the count asked says (``said``): so when the
    count says no word built on "not" ("unvaccinated", "non-users"), which would ask the complement."""
    return bool(prop) and prop <= _IMPLICIT_PROPERTY and not any(_NEGATED_WORD.match(w) for w in said)


def item_share(q: str, counted: str, counted_at: int) -> str | None:
    """The share of the items with the property the count asked counts, as a fraction: "92% of our shipments are
    on-time ... at most 17 of 20 arrive on time" -> "0.92", "15% of inspection intervals show a fault ... exactly 3
    faulty intervals" -> "0.15", "a 92% on-time rate", "germination is 85% ... at least 18 of them germinate", "85%
    germination", "the pass rate at final test is 97% ... at least 38 pass". ``counted`` is the text after the count asked, which starts
    at ``counted_at``. None unless every word the count says of its items, beside the items' own nouns, is a word of
    the share's clause (or built on one), and neither says "not" where the other does not: "92% on time ... at most
    2 late" or "... not on time" is a complement, not read."""
    clause = re.split(r"[.;?,]|\band\b|\bbut\b", counted, maxsplit=1)[0]
    items = _item_words(q, counted_at)
    said = content_words(clause) - items
    if not said:  # "at least 10 of the 12 survive": the words after the whole say the property
        items = _item_words(q, counted_at, whole_said=True)
        said = content_words(clause) - items
    if not said:
        return None
    shares = [(m.group(1), m.group(2)) for m in _OF_ITEMS.finditer(q)]
    shares += [(m.group(1), m.group(2)) for m in _RATE_BEFORE.finditer(q)]
    shares += [(m.group(1), m.group(2)) for m in _CHANCE_OF.finditer(q)]
    shares += [(m.group(2), m.group(1)) for m in _RATE_AFTER.finditer(q)]
    shares += [(m.group(2), m.group(1)) for m in _NOUN_IS.finditer(q)]
    shares += [(m.group(1), m.group(2)) for m in _NOUN_AFTER.finditer(q)]
    for value, words in shares:
        prop = content_words(words) - items
        same = all(any(alike(w, p) for p in prop) for w in said) or _implicit_property(prop, said)
        if same and bool(_NEGATION.search(words)) == bool(_NEGATION.search(clause)):
            share = Fraction(value) / 100
            return str(float(share)) if 0 < share < 1 else None
    return None
