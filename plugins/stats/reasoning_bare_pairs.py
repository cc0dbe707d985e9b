"""Groups' summaries where only the first names its statistics: "Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06; lot C
1.49, 0.04", with one size for every group ("six parts per lot"); each later group's "X, Y" is its mean and sd in
the first group's order."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.stats.reasoning_hypotheses import shared_size, statistic_matches

# a later group: its label, then its two values ("lot B 1.58, 0.06", "and lot D: 1.61, 0.07")
_BARE = re.compile(rf"\s*(?:and\s+)?[a-z][\w-]*(?:\s+[\w-]+){{0,2}}?\s*:?\s*({NUMBER})\s*,\s*({NUMBER})\s*", re.I)
_SENTENCE_END = re.compile(r"\.(?!\d)|[?!\n]")


def bare_pair_summaries(question: str) -> dict[str, list[str]] | None:
    """n, mean and sd of each group when the first group gives "mean X sd Y" (or "sd Y, mean X") and each later
    one, after a ';', only its label and "X, Y" in the same order, with one size for all; None when the question is
    not written so (any later part not read as a label and two values, another mean or sd, no shared size)."""
    found = statistic_matches(question)
    if len(found["mean"]) != 1 or len(found["sd"]) != 1:
        return None
    mean, sd = found["mean"][0], found["sd"][0]
    first, second = sorted((mean, sd), key=lambda m: m.start())
    if not re.fullmatch(r"[\s,]*", question[first.end() : second.start()]):
        return None  # the first group's mean and sd are not written together
    stop = _SENTENCE_END.search(question, second.end())
    rest = question[second.end() : stop.start() if stop else len(question)]
    if not rest.startswith(";"):
        return None
    pairs = [_BARE.fullmatch(piece) for piece in rest[1:].split(";")]
    size = shared_size(question, found)
    if not pairs or None in pairs or size is None:
        return None
    values = [(first.group(1), second.group(1)), *((m.group(1), m.group(2)) for m in pairs if m)]
    mean_first = first is mean
    means = [a if mean_first else b for a, b in values]
    sds = [b if mean_first else a for a, b in values]
    return {"n": [size] * len(values), "mean": means, "sd": sds}
