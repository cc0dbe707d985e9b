"""A population estimated by mark and recapture, as an equation in the population N.

"mark-recapture on the pond: we tagged 240 bass, released them, a week later electrofished 150 and 18 of those had
tags. pop estimate?" -> 18*N == 240*150 (Lincoln-Petersen: the share marked in the second catch, R/C, is the share
marked in the population, M/N); "Chapman" named (and not "no Chapman") -> N + 1 == (M + 1)(C + 1)/(R + 1). The
three counts are read in the order a survey tells them: the number marked (a word of marking beside it), the second
catch, then the marked ones in it (a word of marking after it, no more than either other count). Another number of
fish, a model for more than two samples (Schnabel, Schumacher) or counts out of that order are declined. Told
without the survey named ("we caught and marked 50 deer, later caught 40, 10 of them marked: population?"), it is
read only when a second catch is told and the three counts stand in that order; else nothing is read. Nothing is
evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.number_words import number_words
from plugins.api.reasoning import outscore

# the survey named: "mark-recapture", "capture-recapture", "tag and recapture", "Lincoln-Petersen", "Petersen"
_SURVEY = re.compile(
    r"\b(?:(?:mark|capture|tag)(?:[- ]+and)?[- ]+re-?capture|lincoln|petersen|recaptur\w*)\b",
    re.I,
)
# the population asked: "pop estimate?", "estimate the population", "how many bass are in the pond", "abundance"
_ASKS = re.compile(
    r"\b(?:pop(?:ulation)?\b|abundance|how\s+many\b[^.?!]*\b(?:in|live|are\s+there|total)|estimate[ds]?\b|\bN\s*(?:=\s*)?\?)",
    re.I,
)
# a second catch told without the survey named: "later caught 40", "caught 40 again", "a second sample of 40"
_RECATCH = re.compile(
    r"\b(?:later|again|second|next|subsequent(?:ly)?|afterwards?|re-?(?:caught|captured|sampled|trapped|netted))\b",
    re.I,
)
_MARKING = r"(?:tag|mark|band|clip|paint)"  # "floy-tagged", "had tags", "marked", "fin-clipped", "banded"
_MARKED_NEAR = re.compile(rf"{_MARKING}", re.I)
# a count: no label ("site 2", "day 1", "#3"), no time ("a week later", "2 days later"), no ordinal
_COUNT = re.compile(
    r"(?<![\w.,#-])(?<!day )(?<!site )(?<!pass )(?<!sample )(?<!trip )(?<!week )"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,](?!\s|$))(?!\s*(?:st|nd|rd|th)\b)"
    r"(?!\s*(?:days?|weeks?|months?|years?|h(?:ou)?rs?|hours?|min(?:ute)?s?|nights?)\b)",
    re.I,
)
# a model for more than two samples, or an estimator this reader does not write
_OTHER_MODEL = re.compile(r"\b(?:schnabel|schumacher|jolly|seber|bailey|cormack)\b", re.I)
_NO_CHAPMAN = re.compile(r"\b(?:no|not|without|skip|ignore|don'?t\s+use)\s+(?:the\s+|a\s+)?chapman\b", re.I)


@dataclass(frozen=True)
class Recapture:
    """The equation in N, the model, and the three counts: marked, caught the second time, marked among those."""

    equation: str
    model: str
    marked: str
    caught: str
    recaptured: str


def _counts(text: str) -> list[re.Match[str]]:
    """The counts the text states, in order (see ``_COUNT``)."""
    return list(_COUNT.finditer(text))


def _marking_after(text: str, count: re.Match[str]) -> bool:
    """Whether a word of marking follows a count in its clause ("18 of those had tags", "18 were marked")."""
    return _MARKED_NEAR.search(re.split(r"[.;,?!]", text[count.end() :], maxsplit=1)[0][:40]) is not None


def _marking_beside(text: str, count: re.Match[str]) -> bool:
    """Whether a word of marking stands in a count's clause, before or after it ("we tagged 240 bass", "240 fish
    were marked")."""
    before = re.split(r"[.;,?!]", text[: count.start()])[-1][-40:]
    return _MARKED_NEAR.search(before) is not None or _marking_after(text, count)


def recapture_parts(question: str) -> Recapture | None:
    """The mark-recapture estimate a question asks; None when it asks none. Raises ValueError when it names the survey
    and asks a population but its three counts are not read in order (see the module's docstring)."""
    text = number_words(question)
    if not _ASKS.search(text):
        return None
    if not _SURVEY.search(text):
        return _unnamed_recapture(text)
    if _OTHER_MODEL.search(text):
        raise ValueError("havoc estimates a population from two samples only (Lincoln-Petersen, or Chapman named): "
                         "give the number marked, the second catch and the marked ones in it")  # fmt: skip
    counts = _counts(text)
    if len(counts) != 3:
        raise ValueError(f"a mark-recapture estimate needs three counts, read {len(counts)}: the number marked ('we "
                         "tagged 240'), the second catch ('caught 150') and the marked ones in it ('18 had tags')")  # fmt: skip
    first, second, third = counts
    marked, caught, recaptured = (int(m["value"].replace(",", "")) for m in counts)
    if not _marking_beside(text, first) or not _marking_after(text, third) or not 0 < recaptured <= min(marked, caught):
        raise ValueError("a mark-recapture estimate reads its counts in order: the number marked ('we tagged 240'), "
                         "the second catch ('caught 150'), then the marked ones in it ('18 of those had tags'), no "
                         "more than either")  # fmt: skip
    if re.search(r"\bchapman\b", text, re.I) and not _NO_CHAPMAN.search(text):
        equation = f"N + 1 == ({marked} + 1)*({caught} + 1)/({recaptured} + 1)"
        model = "Chapman: N = (M + 1)(C + 1)/(R + 1) - 1"
    else:
        equation = f"{recaptured}*N == {marked}*{caught}"
        model = "Lincoln-Petersen: N = M C / R (the share marked in the second catch is the population's)"
    return Recapture(equation, model, str(marked), str(caught), str(recaptured))


def _unnamed_recapture(text: str) -> Recapture | None:
    """A mark-recapture estimate told without naming the survey ("we caught and marked 50 deer, later caught 40, 10
    of them marked: population?"): read only when a second catch is told ("later", "again", "second") and the three
    counts stand in the survey's order, each with its word of marking; None otherwise (no decline: the text may ask
    anything else)."""
    if not _RECATCH.search(text) or _OTHER_MODEL.search(text) or re.search(r"\bchapman\b", text, re.I):
        return None
    try:
        return recapture_parts(f"mark-recapture: {text}")
    except ValueError:
        return None


def recapture_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a population estimated by mark and recapture (read, or declined saying what it needs)."""
    try:
        found = recapture_parts(text) is not None
    except ValueError:
        found = True  # read as this problem, so the planner says what it needs
    return outscore(scores, "algebra") if found else 0.0
