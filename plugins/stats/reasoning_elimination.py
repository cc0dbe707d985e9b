"""A binomial's trials and probability read by elimination, for the probability planner.

When the distribution is known (a binomial named, or a count of independent trials asked) but its n or p is not
said in words the readers know ("24 panelists, pure guessing = 1/3 chance of picking the odd cup ... P(13 or more
correct)", "about 8% of our meters under-register ... pull 25 of them ... at most 2 fail"), the numbers left after the
count asked, the labels and the bounds that define the items ("older than 15 years") are read by their form: a whole
number is a count, a percentage, a proper fraction ("1/3"), "1 in 50" or a decimal below 1 a share. Exactly one of
each is the binomial's n and p; anything else left over (a second count, a second share, a number with a unit, a rate
"per hour") leaves the reading unsafe, and nothing is taken.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER, label_starts, tag_label_starts

# a number as written with what makes it a share: "8%", "8 percent", "1/3", "1 in 50", "0.3"
_WRITTEN = re.compile(
    rf"(?<![\w.])(?:(?P<k>\d+)\s*(?:/|\s+in\s+|\s+out\s+of\s+)\s*(?P<n>\d+)(?![\d.])|"
    rf"(?P<value>{NUMBER})(?P<pct>\s*(?:%|percent\b))?)"
)
# what after a number makes it neither a count of trials nor a share: a unit, a rate's "per", a power, a time of day
_NEITHER = re.compile(
    r"\s*(?:-?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|mm|cm|km|m|kg|g|"
    r"mg|lbs?|ml|l|°|deg|psi|kpa|mpa|bar|ppm|x\b)(?![a-z])|(?:per|/|a|an|each|every)\s+[a-z]|\^|[:.]\d)"
)


# the words that say an item came out well or badly: a share of the one and a count of the other are complements
# ("survival is 85% ... at least 2 die", "rel 98.5% per departure ... at most 1 tech delay"), never one probability
_GOOD = re.compile(
    r"\b(?:surviv\w*|reliab\w*|rel|pass(?:es|ed|ing)?|good|yields?|success\w*|on[- ]time|availab\w*|conform\w*|"
    r"correct(?:ly)?|right|hatch\w*|germ|germinat\w*|comes?\s+up|emerg\w*|sprout\w*|work(?:s|ing)?|intact|accept\w*|"
    r"ok)\b"
)
_BAD = re.compile(
    r"\b(?:defect\w*|fail\w*|bad|scrap\w*|reject\w*|faulty|broken|break\w*|leak\w*|errors?|delay\w*|late|die|dies|"
    r"died|dead|death|miss\w*|wrong(?:ly)?|lost|loss|crack\w*|stuck|trips?|outages?|nonconform\w*|non-conform\w*|"
    r"off-spec|out\s+of\s+spec|under-?\w+|over-?\w+|mis-?\w+)\b"
)
# the whole a count asked is of, right after it: "(at least 9) of the 10", "(13) out of 24"
_WHOLE = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?(\d+)(?![\d.])")
_CHANCE = re.compile(r"\b(?:chances?|probability|prob|likelihood|odds)\b")
_CLAUSE = re.compile(r"[;,?!()]|\.(?!\d)|\b(?:and|but|while|whereas|if|so)\b")


def count_and_share(q: str, skipped: list[tuple[int, int]], counted: str) -> tuple[str, str] | None:
    """(n, p) as plan text of the one whole count and the one share ``q`` states outside the ``skipped`` spans (the
    count asked, the bounds that define the items), labels ("machine 2", "R-101") left out; None when the numbers
    left are not exactly one of each, or the share is not safely of the counted event: its clause and the ``counted``
    words (what follows the count asked) must both say a good outcome or both a bad one (a share of good items is no
    probability of a bad one), or the share be a chance per trial with no outcome said against it."""
    labels = label_starts(q) | tag_label_starts(q)
    counts: list[str] = []
    shares: list[tuple[str, int]] = []
    for m in _WRITTEN.finditer(q):
        if m.start() in labels or any(start <= m.start() < end for start, end in skipped):
            continue
        read = _read(q, m)
        if read is None:
            return None
        if read[1]:
            shares.append((read[0], m.start()))
        else:
            counts.append(read[0])
    whole = _WHOLE.match(counted)  # "at least 9 of the 10 come up": the trials stated with the count asked
    if whole is not None and whole.group(1) in counts:  # "10 seeds per cell ... 9 of the 10": the same n restated
        counts = [whole.group(1)] + [count for count in counts if count != whole.group(1)]
        counted = counted[whole.end() :]  # the outcome is said after the whole
    if len(counts) != 1 or len(shares) != 1:
        return None
    clause = _clause(q, shares[0][1])
    said, asked = _outcome(clause), _outcome(" ".join(counted.split()[:4]))
    if said and asked:  # "8% under-register ... at most 2 fail": both bad
        return (counts[0], shares[0][0]) if said == asked else None
    # a chance per trial of an event not named again ("1/3 chance of picking the odd cup ... 13 correct"); a rate of
    # a property neither good nor bad ("capping rate 2% ... 1 chipped", "coverage 85% ... 3 unvaccinated") is unsafe
    return (counts[0], shares[0][0]) if _CHANCE.search(clause) else None


def _clause(q: str, at: int) -> str:
    """The clause of ``q`` around the position ``at`` (between clause ends, see ``_CLAUSE``)."""
    starts = [m.end() for m in _CLAUSE.finditer(q, 0, at)]
    end = _CLAUSE.search(q, at)
    return q[starts[-1] if starts else 0 : end.start() if end else len(q)]


def _outcome(words: str) -> str | None:
    """ "good" or "bad" for words that say only one of them (see ``_GOOD``, ``_BAD``); None for neither or both."""
    good, bad = _GOOD.search(words) is not None, _BAD.search(words) is not None
    return None if good == bad else ("good" if good else "bad")


def _read(q: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """A number as plan text and whether it is a share (a probability in (0, 1): "8%" -> "0.08", "1/3", "1 in 50" ->
    "1/50", "0.3"), not a whole count ("24"); None for a number of neither form (a unit or a rate after it, a
    number above 1 with decimals, a share of 0 or 1)."""
    if m.group("k") is not None:
        k, n = int(m.group("k")), int(m.group("n"))
        return (f"{k}/{n}", True) if 0 < k < n else None
    if m.group("pct"):
        share = Fraction(m.group("value")) / 100
        return (f"{float(share):.12g}", True) if 0 < share < 1 else None
    if _NEITHER.match(q, m.end()):
        return None
    written = m.group("value").lstrip("+")
    value = Fraction(written)
    if value.denominator == 1 and re.fullmatch(r"\d+", written) and value >= 1:
        return written, False
    return (written, True) if 0 < value < 1 else None
