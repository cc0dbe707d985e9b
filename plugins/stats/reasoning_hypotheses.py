"""What a test question states besides its data: the alternative hypothesis, summary statistics
("n = 16, mean 10.6, s = 1.2") and counts ("18 defectives out of 200")."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, ONE_SIDED_NAME, PER_GROUP, ExtractError, sample_spans, sidedness
from plugins.api.reasoning import PlanError
from plugins.api.summary_table import summary_table
from plugins.stats.reasoning_direction import (
    AMBIGUOUS,
    Direction,
    Span,
    group_labels,
    of_durations,
    operand_index,
    stated_direction,
)

_UP = r"greater|more|larger|higher|bigger|longer|heavier|above|exceeds?|increase[sd]?"
_DOWN = r"less|smaller|lower|below|fewer|shorter|lighter|decrease[sd]?|reduced?"
_H1 = re.compile(r"\b(?:h1|ha|h_1|h_a|h\u2081|alternative hypothesis)\s*:?\s*(?P<left>[^<>=≠!;]{0,30}?)\s*"
                 r"(?P<op>>=|<=|>|<|≠|!=|=/=)(?P<right>(?:[^<>=≠!;,?.\n]|\.\d){0,30})")  # fmt: skip
_NAMED = re.compile(r"\balternative\s*(?:=|:|is)?\s*\"?(greater|less|larger|smaller|two-sided)")
_ONE_SIDED = re.compile(ONE_SIDED_NAME)
# "H0: p = 0.02 vs p > 0.02", "against mu < 10": the alternative written after the null
_VERSUS = re.compile(
    r"\b(?:vs\.?|versus|against)\s*(?:the\s+)?(?:alternative\s+(?:hypothesis\s+)?)?(?:h1|ha|h_1|h_a|h\u2081)?\s*:?\s*"
    r"(?P<left>[a-zμπ_0-9]{1,6})\s*(?P<op>>=|<=|>|<|≠|!=|=/=)(?P<right>(?:[^<>=≠!;,?.\n]|\.\d){0,30})"
)
_SIDES = {">": "greater", ">=": "greater", "<": "less", "<=": "less"}
_FLIP = {"greater": "less", "less": "greater", "two-sided": "two-sided"}


def alternative(question: str, samples: int, mu: str | None = None, spans: list[Span] | None = None) -> str:
    """ "two-sided", "greater" or "less" (see ``read_alternative``)."""
    return read_alternative(question, samples, mu, spans)[0]


def read_alternative(question: str, samples: int, mu: str | None = None,
                     spans: list[Span] | None = None) -> tuple[str, Direction | None]:  # fmt: skip
    """The alternative from "H1: mu > 10", "alternative greater", "one-sided ... exceeds", "upper-tailed"; with one
    sample also "greater than <mu>" ("is the mean greater than 10?"); with two, the groups whose data follow their
    labels at ``spans`` (the lists of numbers by default) named in "H1: mu_B > mu_A", "new > old" or, when the test
    is one-sided, in words ("is B's mean higher than A's?"), and the ``Direction`` so read (None when the order of
    the groups was not needed). A one-sided test whose direction cannot be read raises PlanError saying why."""
    q = question.lower()
    if samples == 2 and spans is None:
        spans = [(start, end) for start, end, _ in sample_spans(question)]
    if m := _H1.search(q) or _VERSUS.search(q):
        side = _SIDES.get(m.group("op"), "two-sided")
        return _ordered(side, m, question, spans) if samples == 2 else (side, None)
    if m := _NAMED.search(q):
        return {"larger": "greater", "smaller": "less"}.get(m.group(1), m.group(1)), None
    sided = _ONE_SIDED.search(q)
    if sided and sided.group(1) in {"upper", "right"}:
        return "greater", None
    if sided and sided.group(1) in {"lower", "left"}:
        return "less", None
    if samples == 2 and (found := stated_direction(question, spans or [], words=bool(sided))):
        return found.side, found
    if samples == 1 and mu is not None and (side := _against_value(question, mu)):
        return side, None
    if not sided:
        return "two-sided", None
    if samples == 1:
        up, down = re.search(rf"\b(?:{_up_words(q)})\b", q), re.search(rf"\b(?:{_down_words(q)})\b", q)
        if bool(up) != bool(down) and not re.search(AMBIGUOUS, q):
            return ("greater" if up else "less"), None
    raise PlanError(_unread_direction(question, spans if samples == 2 else None))


def _up_words(q: str) -> str:
    """Words saying larger; "slower" too when the values are times."""
    return f"{_UP}|slower" if of_durations(q) else _UP


def _down_words(q: str) -> str:
    """Words saying smaller; "faster", "quicker" too when the values are times."""
    return f"{_DOWN}|faster|quicker" if of_durations(q) else _DOWN


def _against_value(question: str, mu: str) -> str | None:
    """ "greater than 10", "below target", "slower than 40 s" (of times), "mean φ' > 31°" (the mean compared with the
    value by a sign): the one-sample alternative against the hypothesised value, or the word naming it; "better than
    90%" raises PlanError (which way is better?)."""
    q = question.lower()
    value = rf"(?:{_as_written(mu)}|(?:target|set[- ]?point|mu_?0|hypothesi[sz]ed mean|nominal|{_CLAIMED_VALUE})\b)"
    if m := re.search(rf"({AMBIGUOUS})\s+than\s+(?:the\s+)?(?:\w+\s+)?{value}(?!\d)", q):
        raise PlanError(f"'{m.group(1)}' does not say whether larger or smaller values are better: write the direction, "
                        f"e.g. 'is the mean greater than {mu}?' or 'H1: mu > {mu}'")  # fmt: skip
    signed = rf"\b(?:mean|average|mu|μ)(?![\w-])[^<>=≠≥≤;,?\n\d]{{0,20}}?(>=|<=|>|<|≥|≤)\s*{value}(?!\d)"
    if m := re.search(signed, q):  # "one-sided t-test that mean φ' > 31°"
        return "greater" if m.group(1) in {">", ">=", "≥"} else "less"
    if re.search(rf"(?:(?:{_up_words(q)})\s+than|exceeds?|above)\s+(?:the\s+)?(?:\w+\s+)?{value}(?!\d)", q):
        return "greater"
    if re.search(rf"(?:(?:{_down_words(q)})\s+than|below|under)\s+(?:the\s+)?(?:\w+\s+)?{value}(?!\d)", q):
        return "less"
    return None


def _ordered(side: str, m: re.Match[str], question: str, spans: list[Span] | None) -> tuple[str, Direction | None]:
    """A two-sample alternative written with operands ("H1: mu_B > mu_A", "H1: p2 - p1 > 0") as the alternative for
    first - second: flipped when the left operand names the second group; as written when neither is named."""
    left, right = m.group("left"), m.group("right")
    if (difference := re.fullmatch(r"\s*(.+?)\s+-\s+(.+?)\s*", left)) and re.match(r"\s*0(?:\.0*)?(?![\w.])", right):
        left, right = difference.group(1), difference.group(2)
    labels = group_labels(question, spans or [])
    i, j = operand_index(left, labels), operand_index(right, labels)
    if side != "two-sided" and None in (i, j) and not re.match(rf"\s*{NUMBER}(?![\w.])", right):
        raise PlanError(f"the alternative compares '{left.strip()}' with '{right.strip()}', which do not name the "
                        f"groups{_labelled(labels)}: write it as 'H1: mu1 > mu2' (1 the first group written)")  # fmt: skip
    if i is None or i == j or side == "two-sided":
        return side, None
    side = side if i == 0 else _FLIP[side]
    if labels is None:
        return side, None
    larger = labels[0] if side == "greater" else labels[1]
    return side, Direction(side, labels, larger)


def _labelled(labels: tuple[str, str] | None) -> str:
    """ " (labelled 'line 1', 'line 2')", or nothing when the groups have no labels."""
    return f" (labelled '{labels[0]}', '{labels[1]}')" if labels else ""


def _unread_direction(question: str, spans: list[Span] | None) -> str:
    """Why a one-sided test's direction was not read, and how to write it."""
    how = "write it as the alternative, e.g. 'H1: mu > 10' or 'H1: mu1 > mu2'"
    if m := re.search(AMBIGUOUS, question, re.I):
        return f"'{m.group(0)}' does not say whether larger or smaller values are better, so the one-sided direction is unknown: {how}"
    if m := re.search(r"\b(?:slower|faster|quicker|sooner)\b", question, re.I):
        return (f"'{m.group(0)}' gives a direction only when the values are times (not speeds or rates), which the "
                f"question does not say: {how}")  # fmt: skip
    if spans is not None and (labels := group_labels(question, spans)):
        return (f"a one-sided test needs its direction: a comparison naming the groups by their labels "
                f"('{labels[0]}', '{labels[1]}') was not read; {how}")  # fmt: skip
    return "a one-sided test needs its direction written as the alternative, e.g. 'H1: mu > 10' or 'H1: mu1 > mu2'"


# the one-sample value referred to ("is ours higher than that?", "above the claim", "below the quoted rate")
_CLAIMED_VALUE = (r"(?:claimed|quoted|stated|advertised|specified) (?:mean|value|rate|proportion|figure|one)|that|this|it|"
                  r"(?:their|the supplier'?s|the vendor'?s) (?:claim|figure|rate)|claim")  # fmt: skip


def power_sides(question: str) -> str:
    """ "one-sided" or "two-sided" for a power analysis: as the question words it (``sidedness``: "one-tailed",
    "we only care if it increases", "show it is at least ..."), or an H1 with an inequality ("H1: mu > mu0",
    "alternative greater"); the effect sets the direction, so only the number of tails matters."""
    try:
        said = sidedness(question)
    except ExtractError as exc:
        raise PlanError(f"{exc}: name one") from None
    q = question.lower()
    h1 = _H1.search(q) or _VERSUS.search(q)
    named = _NAMED.search(q)
    if said is None and (
        (h1 and h1.group("op") in {">", ">=", "<", "<="}) or (named and named.group(1) != "two-sided")
    ):
        return "one-sided"
    return said or "two-sided"


def side_option(side: str) -> str:
    """The study-language option for an alternative: `` alternative="greater"``, nothing for two-sided."""
    return f' alternative="{side}"' if side != "two-sided" else ""


def _as_written(value: str) -> str:
    """A pattern for a comparison value as the question may write it: 0.02 also as "2%"."""
    percent = f"{float(value) * 100:.10g}"
    return rf"(?:{re.escape(value)}|{re.escape(percent)}(?:\.0+)?\s*(?:%|percent))"


def sample_labels(question: str) -> tuple[str, str] | None:
    """The labels of two lists of numbers ("torque before: 41.2 ... after: 40.1 ..." -> ("before", "after"))."""
    return group_labels(question, [(start, end) for start, end, _ in sample_spans(question)])


# a sample's size as a verb of sampling writes it: "we pulled 12 bolts", "measured a random sample of 20 shafts"
_DRAWN = (
    r"(?:pulled|took|drew|measured|tested|weighed|sampled|selected|inspected|checked)"
    r"(?:\s+(?:a\s+)?(?:random\s+)?(?:sample|batch|lot)\s+of)?(?=\s*\d+\s+(?!times\b)[a-z])"
)
_COMPARED = r"(?:greater|less|more|larger|smaller|higher|lower|than|above|below|exceeds?|equals?|differs?|different)\b"
_SUMMARY_NAMES = {
    "n": rf"n_?[12ab]?|sample size|size|(?:a )?sample of|batch of|{_DRAWN}",
    "mean": rf"(?:sample )?mean_?[12ab]?(?: (?!{_COMPARED})[a-z]+){{0,2}}?|average(?: [a-z]+){{0,2}}?|avg\.?_?[12ab]?|x-?bar_?[12ab]?|x̄_?[12]?",
    "sd": r"s_?[12ab]?|sd_?[12ab]?|std(?:\.? ?dev\.?)?|stdev|(?:sample )?standard deviation",
}

# what may follow each statistic's number: a mean or sd in percentage points ("mean 78.4%"), never a size ("n 10%")
_UNIT = {"n": r"(?![\w%])", "mean": r"(?!\w)", "sd": r"(?!\w)"}


def percent_means(question: str) -> bool:
    """Whether the samples' means are written in percent ("mean conversion 78.4%"): their percentage points."""
    found = _summaries(question, None) or {}
    return any(re.match(r"\s*%", question[m.end(1) :]) for m in found.get("mean", []))


# words before a mean that make it the hypothesised one ("H0: mean = 50", "hypothesized mean 5", "target mean")
_NULL_MEAN = re.compile(
    r"(?:\bh[0o₀]\b|\bnull\b|hypothesi[sz]ed|population|target|set[- ]?point|claimed|\btrue\b|\bmu\b|\bagainst|\bvs\.?)\W*(?:\w+\W+)?$",
    re.I,
)


def hypothesised(question: str, start: int) -> bool:
    """Whether the mean written at ``start`` is the hypothesised one, not the sample's (the words just before)."""
    return bool(_NULL_MEAN.search(question[max(0, start - 25) : start]))


def summary_statistics(question: str, most: int | None = 2) -> dict[str, list[str]] | None:
    """n, mean and sd of one to ``most`` samples (no limit when None), in the order written (None unless each
    is given equally often), or read from a table of them ("| shift | n | mean | SD |" / "| day | 36 | 42.3 | 11.8 |");
    a hypothesised mean ("H0: mean = 50") is not a sample's."""
    if (table := summary_table(question)) and len(table["n"]) <= (most or len(table["n"])):
        return table
    found = _summaries(question, most)
    return {key: [m.group(1) for m in matches] for key, matches in found.items()} if found else None


def summary_spans(question: str) -> list[Span]:
    """Where each sample's n, mean and sd are written, from the first to the last of them ("A: n=12, mean 20.1,
    sd 2.2; B: ..."): its label is the words before."""
    found = _summaries(question, None)
    if not found:
        return []
    groups = zip(*found.values(), strict=True)
    return [(min(m.start() for m in group), max(m.end() for m in group)) for group in groups]


# replicates as a sample's size: "measured in triplicate" (n = 3), "run in duplicate", "triplicate determinations"
_REPLICATES = {"duplicate": 2, "triplicate": 3, "quadruplicate": 4, "quintuplicate": 5}
_REPLICATED = re.compile(
    rf"\bin\s+({'|'.join(_REPLICATES)})\b|\b({'|'.join(_REPLICATES)})\s+(?=(?:measurements|readings|runs|"
    r"determinations|analyses|assays|tests|replicates)\b)",
    re.I,
)


def _replicates_as_n(question: str) -> str:
    """``question`` with each count of replicates written as its n, in the same length ("in triplicate" -> "n = 3"
    and spaces), so that where a summary is written stays where it was."""

    def n(m: re.Match[str]) -> str:
        written = f"n = {_REPLICATES[(m.group(1) or m.group(2)).lower()]}"
        return written + " " * (m.end() - m.start() - len(written))

    return _REPLICATED.sub(n, question)


def _summaries(question: str, most: int | None) -> dict[str, list[re.Match[str]]] | None:
    """The matches of each sample's n, mean and sd (see ``summary_statistics``); replicates ("in triplicate") are
    an n."""
    found = statistic_matches(question)
    sizes = {len(values) for values in found.values()}
    return found if len(sizes) == 1 and 1 <= min(sizes) <= (most or min(sizes)) else None


def statistic_matches(question: str) -> dict[str, list[re.Match[str]]]:
    """Every match of a sample's n, mean and sd ("n", "mean", "sd"), in the order written (see ``_summaries``)."""
    question = _replicates_as_n(question)
    found = {
        key: [m for m in re.finditer(rf"(?<![\w])(?:{names})\s*(?:=|:|of|is|was|came (?:out |in )?at)?\s*({NUMBER})(?!\.?\d){_UNIT[key]}", question, re.I)
              if key != "mean" or not hypothesised(question, m.start())]
        for key, names in _SUMMARY_NAMES.items()
    }  # fmt: skip
    if not found["n"]:  # "12 bolts had a mean length of 50.12", "line 1: 15 parts, mean 4.52"
        found["n"] = list(_COUNTED.finditer(question))
    return found


# a sample's size as a count of the items whose mean follows: "12 bolts had a mean", "15 parts, mean 4.52",
# "(15 parts): mean 4.52", "6 runs with an average of"
_COUNTED = re.compile(
    r"(?<![\w.:])(\d+)(?![.\d])\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"\)?\s*(?:,|;|:|\b(?:had|have|has|with|showed|gave|gives|averaged|averaging)\b)\s*(?:an?\s+|the\s+)?"
    r"(?:sample\s+)?(?=mean|average|avg\b)",
    re.I,
)


# a threshold between the count and its trials, a number with its unit: "19 exceeded 1 NTU out of 240"
_MEASURE = r"(?:exceed(?:ed|s|ing)?|above|over|below|under|beyond|than)\s+\d+(?:\.\d+)?\s*[a-zµμ°][a-z/]*\s+"
# a word of a count's noun, or a code glued to letters ("5xx errors", "404s", "2nd-pass rejects"): no number
COUNT_WORD = r"(?:[a-z-]+|\d+[a-z][a-z0-9-]*)"
# a count of its trials, "18 defectives out of 200", never a percentage ("a stage 2 rate of 10%")
_PAIR = re.compile(
    rf"(?<![\w.])(\d+)\s*(?:(?:{COUNT_WORD}\s+){{0,3}}?(?:{_MEASURE})?(?:out of|of|in|among)\s+(?:the\s+)?"
    r"(?:(?:a\s+)?(?:sample|lot|batch)\s+of\s+|n\s*=\s*)?|/\s*)(\d+)(?!\w|\.\d|\s*(?:%|percent\b))",
    re.I,
)


_OUTCOME = (r"(?:defective|defects?|failed|failures?|nonconforming|bad|rejected|rejects|successes|positive|exceed(?:ed|s)?|"
            r"(?:showed|shows?|had|has|have|contained|exhibited|got|became|developed)\b)\b")  # fmt: skip
# the trials first: "out of 120 units 3 failed", "50 parts inspected, 4 defective", "n = 50, 4 defective",
# "we inspected 60 parts and found 4 defective", "of 600 units received, 16 were rejects"
_SEEN = (r"inspected|tested|sampled|examined|checked|audited|received|delivered|produced|built|assembled|manufactured|"
         r"surveyed|screened|polled|survey of")  # fmt: skip
_TRIALS_FIRST = re.compile(
    rf"(?:(?:\bout of|(?:^|[.;:]\s*)of|\bn\s*=|\b(?:sample|lot|batch) of|\b(?:{_SEEN})"
    r"(?:\s+(?:a\s+)?(?:sample|lot|batch)\s+of)?)\s*(\d+)(?!\w|\.\d)"
    rf"|(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_SEEN})\b)"
    rf"[^.;\d]{{0,40}}?(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){{0,2}}?(?:were\s+|was\s+|are\s+|is\s+)?{_OUTCOME}",
    re.I,
)


# the trials, then the count found: "checked 150 panels and found 5 with dead pixels"
_TRIALS_FOUND = re.compile(
    rf"\b(?:{_SEEN})(?:\s+(?:a\s+)?(?:sample|lot|batch)\s+of)?\s*(\d+)"
    r"(?!\w|\.\d)[^.;\d]{0,40}?\b(?:found|detected|saw|counted)\s+(\d+)(?![\w.%]|\s*%|\s*percent)",
    re.I,
)


# the trials as a count before a hyphen ("in our 400-unit durability run we saw 12 failures"): items, never hours or
# cycles (a rate of failures per hour is no binomial count)
_ITEMS = (r"(?:units?|parts?|pieces?|items?|samples?|specimens?|devices?|boards?|components?|assembl(?:y|ies)|"
          r"bottles?|cans?|bags?|vials?|tablets?|chips?|cells?|modules?|welds?|castings?|bolts?|panels?)")  # fmt: skip
_TRIALS_HYPHENATED = re.compile(
    rf"(?<![\w.])(\d+)-{_ITEMS}\b[^.;\d]{{0,40}}?\b(?:found|detected|saw|counted|observed|recorded|had|got)\s+"
    rf"(\d+)(?![\w.%])\s+(?:[a-z-]+\s+)?{_OUTCOME}",
    re.I,
)


# the count over its total named by a word of the whole ("6 failed / 80 installed", "5 rejects/120 inspected", "3 bad /
# 50 total"): never two categories ("182 on time / 18 late")
_WHOLE = rf"(?:{_SEEN}|installed|fitted|shipped|fielded|deployed|made|started|in service|in total|total)"
_SLASH_OF_TOTAL = re.compile(
    rf"(?<![\w.])(\d+)\s+(?:{COUNT_WORD}\s+)?{COUNT_WORD}\s*/\s*(\d+)(?![\w.])\s*(?:[a-z-]+\s+)?{_WHOLE}\b", re.I
)


def slash_totals_written(question: str) -> bool:
    """Whether the question writes a count over its total by a slash and a word of the whole, "6 failed / 80
    installed" (so "14 / 95" beside it is a count of 95 too, not two categories)."""
    return _SLASH_OF_TOTAL.search(question) is not None


def count_pairs(question: str) -> list[tuple[str, str]]:
    """(successes, trials) written as "18 defectives out of 200", "31 of 210", "12/80", "6 failed / 80 installed", or
    trials first: "out of 120 units 3 failed", "50 inspected, 4 defective", "inspected 60 parts and found 4
    defective", "checked 150 panels and found 5 with dead pixels", "in a sample of 300, 21 showed porosity", "our
    400-unit run saw 12 failures"."""
    return [(x, n) for x, n, _ in _counts(question)]


def count_spans(question: str) -> list[Span]:
    """Where each count of ``count_pairs`` is written (its labels are the words before it)."""
    return [span for _, _, span in _counts(question)]


def _counts(question: str) -> list[tuple[str, str, Span]]:
    """(successes, trials, where) of each count (see ``count_pairs``)."""
    found = [(m.group(1), m.group(2), m.span()) for m in _PAIR.finditer(question) if int(m.group(1)) <= int(m.group(2))]
    slashed = [(m.group(1), m.group(2), (m.start(), m.end(2))) for m in _SLASH_OF_TOTAL.finditer(question)]
    taken = [span for *_, span in found]
    slashed = [c for c in slashed if not any(a < c[2][1] and c[2][0] < b for a, b in taken)]
    found = sorted(found + slashed, key=lambda c: c[2][0])  # "6 failed / 80 installed" beside "14 / 95"
    if not found:  # the trials first
        found = [(m.group(3), m.group(1) or m.group(2), m.span()) for m in _TRIALS_FIRST.finditer(question)]
    for trials_first in (_TRIALS_FOUND, _TRIALS_HYPHENATED):
        if not found:
            found = [(m.group(2), m.group(1), m.span()) for m in trials_first.finditer(question)]
    return [(x, n, span) for x, n, span in found if int(x) <= int(n)]


# a list of numbers; a number followed by "per group", "each" ("8 parts per group", "6 bottle rolls each") is a size,
# not an item
_ITEM = rf"{NUMBER}(?!\d|\.\d)(?!\s*(?:[a-z]+\s+){{0,2}}(?:per|each|apiece)\b)"
_LIST = rf"\[?\s*((?:{_ITEM}\s*(?:,|;|/|and|\s)\s*)+{_ITEM})\s*\]?"  # "2.41, 2.40", "2.41 / 2.40"
_IN_UNIT = r"(?:\s*\([^()\d]{1,12}\))?"  # "means (g): 500.4, 501.1": the unit in parentheses
# the groups a list of means is of, named before it: "the mean yields for catalysts A, B, C were 78.2, ..."
_OF_GROUPS = r"(?:\s+(?:for|of)\s+[a-z][\w ,]{0,40}?(?=\s*(?:were|are|=|:)))?"
_GROUP_LISTS = {
    "mean": rf"(?:\b(?:sample\s+|group\s+)?(?:means?|averages?)(?:\s+[a-z]+){{0,2}}?{_OF_GROUPS}|\bx-?bars?\b|x̄)"
    rf"{_IN_UNIT}\s*(?:are|were|=|:|of)?\s*{_LIST}",
    "sd": rf"(?:\bsds|\bsd'?s|\bs\.d\.s?|\bstds?|standard deviations?|std\.? ?devs?|sigmas|\bsd|\bs)"
    rf"{_IN_UNIT}\s*(?:are|were|=|:|of)?\s*{_LIST}",
    "n": rf"(?:\bn'?s|\bns|sample sizes|group sizes|sizes|\bn)\s*(?:are|were|=|:|of)?\s*{_LIST}",
}
_GROUP = r"(?:group|grp)"  # "per grp"
_EACH_HAD = rf"(?:had|has|ran|runs|used|uses|gave|took|made|received|contributed|of|with)\s+({NUMBER})"
_EACH = (
    rf"\b(?:n|sample size|size)\s*(?:=|:|of|is)?\s*({NUMBER})\s*"
    rf"(?:each|per {_GROUP}|in each(?: {_GROUP})?|apiece|per sample|for (?:all|each|every)(?: {_GROUP})?)\b"
    rf"|\b({NUMBER})\s+(?:(?:(?!(?:were|was|are|is|had|have|got)\b)\w+\s+){{0,2}}(?:per {_GROUP}|each)|(?:[a-z]+\s+){{0,2}}(?:at|in|for|from|on) each(?: {_GROUP})?)\b"
    rf"(?!\s+{_EACH_HAD})|\beach\s+{_EACH_HAD}\s+[a-z]+"
)  # "n = 5 each", "8 parts per group", "6 bottle rolls each" (not "3 fertilizers were each"), "5 runs at each", "6 cartons timed on each", "each ran 8 batches" (not "3 shifts each ran 8")


def group_summaries(question: str) -> dict[str, list[str]] | None:
    """n, mean and sd of two or more groups, as lists or one group at a time ("A: n=5, mean 10.2, sd 1.1;
    B: n=6, ..."), or one group at a time with one size for all ("6 gears per shift. Day: mean 58.2, sd 1.1;
    Swing: ..."); None when the question does not give them."""
    if (table := summary_table(question)) and len(table["n"]) >= 2:  # "| group | n | mean | sd |" and its rows
        return table
    repeated = summary_statistics(question, most=None) or _sized_alike(question)
    return listed_summaries(question) or (repeated if repeated and len(repeated["n"]) >= 2 else None)


def _sized_alike(question: str) -> dict[str, list[str]] | None:
    """Each group's mean and sd written one group at a time, with one size stated once for every group ("n = 6
    per group", "6 gears per shift"); None unless exactly one such size is written and no group has its own."""
    found = statistic_matches(question)
    means, sds = found["mean"], found["sd"]
    if len(means) < 2 or len(means) != len(sds):
        return None
    size = shared_size(question, found)
    return (
        {"n": [size] * len(means), "mean": [m.group(1) for m in means], "sd": [m.group(1) for m in sds]}
        if size
        else None
    )


def shared_size(question: str, found: dict[str, list[re.Match[str]]]) -> str | None:
    """The one size stated once for every group ("n = 6 per group", "6 gears per shift"), apart from the means and
    sds ``found``; None unless exactly one such size is written and no group has its own."""
    each = [m for m in re.finditer(_EACH, question, re.I) if m.group(1) or m.group(2)]
    shared = [m for m in (*each, *PER_GROUP.finditer(question)) if not _overlaps(m, [*found["mean"], *found["sd"]])]
    sizes = {next(g for g in m.groups() if g) for m in shared}
    if len(sizes) != 1 or any(not _overlaps(m, shared) for m in found["n"]):  # a group with a size of its own
        return None
    return sizes.pop()


def _overlaps(match: re.Match[str], others: list[re.Match[str]]) -> bool:
    """Whether ``match`` shares characters with any of ``others``."""
    return any(other.start() < match.end() and match.start() < other.end() for other in others)


_MEAN_GIVEN = re.compile(rf"\b(?:means?|averages?)\b\W{{0,3}}(?:[a-z]+\W{{1,3}}){{0,3}}?{NUMBER}", re.I)
_SD_GIVEN = re.compile(
    rf"\b(?:sds?|s\.d\.|std|standard deviations?|sigmas?)\W{{0,3}}(?:[a-z]+\W{{1,3}}){{0,3}}?{NUMBER}", re.I
)


def unread_summaries(question: str) -> bool:
    """Whether the question speaks of means and sds that were not read as summaries (its lists of numbers
    are then summaries in a form not understood, not data)."""
    given = _MEAN_GIVEN.search(question) and _SD_GIVEN.search(question)
    return bool(given) and not group_summaries(question) and not summary_statistics(question)


def listed_summaries(question: str) -> dict[str, list[str]] | None:
    """n, mean and sd of groups written as lists ("means 10.2 11.0 12.1, sds 1.1 0.9 1.3, n = 5 each");
    None unless the question lists the means and the sds; PlanError when a size is missing."""
    found = {key: re.search(pattern, question, re.I) for key, pattern in _GROUP_LISTS.items()}
    if not (found["mean"] and found["sd"]):
        return None
    means, sds = (re.findall(NUMBER, found[k].group(1)) for k in ("mean", "sd"))
    if len(means) != len(sds):
        raise PlanError(f"each group needs a mean and an sd: {len(means)} means but {len(sds)} sds")
    sizes = re.findall(NUMBER, found["n"].group(1)) if found["n"] else []
    if len(sizes) != len(means):
        each = re.search(_EACH, question, re.I)
        # one size for every group as a count per group ("10 coupons per supplier")
        alike = None if each else shared_size(question, {"mean": [found["mean"]], "sd": [found["sd"]], "n": []})
        single = re.findall(rf"\bn\s*[=:]\s*({NUMBER})", question, re.I)  # one "n = 5" for every group
        if not (each or alike) and (
            len(single) != 1 or re.search(r"\b(?:total|overall|in all|altogether)\b", question, re.I)
        ):
            raise PlanError("summary statistics of groups need each group's n ('n = 5, 6, 5' or 'n = 5 each')")
        sizes = [next(g for g in each.groups() if g) if each else alike or single[0]] * len(means)
    return {"n": sizes, "mean": means, "sd": sds}
