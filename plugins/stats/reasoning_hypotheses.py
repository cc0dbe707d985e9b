"""What a test question states besides its data: the alternative hypothesis, summary statistics
("n = 16, mean 10.6, s = 1.2") and counts ("18 defectives out of 200")."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, ONE_SIDED_NAME, ExtractError, sample_spans, sidedness
from plugins.api.reasoning import PlanError

_UP = r"greater|more|larger|higher|bigger|above|exceeds?|increase[sd]?|better"
_DOWN = r"less|smaller|lower|below|fewer|decrease[sd]?|reduced?|worse"
_H1 = re.compile(r"\b(?:h1|ha|h_1|h_a|h\u2081|alternative hypothesis)\s*:?\s*[^<>=≠!;]{0,30}?(>=|<=|>|<|≠|!=|=/=)")
_NAMED = re.compile(r"\balternative\s*(?:=|:|is)?\s*\"?(greater|less|larger|smaller|two-sided)")
_ONE_SIDED = re.compile(ONE_SIDED_NAME)
# "H0: p = 0.02 vs p > 0.02", "against mu < 10": the alternative written after the null
_VERSUS = re.compile(
    r"\b(?:vs\.?|versus|against)\s*(?:the\s+)?(?:alternative\s+(?:hypothesis\s+)?)?(?:h1|ha|h_1|h_a|h\u2081)?\s*:?\s*"
    r"[a-zμπ_0-9]{1,6}\s*(>=|<=|>|<|≠|!=|=/=)"
)


def alternative(question: str, samples: int, mu: str | None = None) -> str:
    """ "two-sided", "greater" or "less" from "H1: mu > 10", "alternative greater", "one-sided ... exceeds",
    "upper-tailed"; with one sample also "greater than <mu>" ("is the mean greater than 10?").

    Two samples need the direction written against their order (H1: mu1 > mu2): words alone could mean
    either sample, so they raise PlanError instead of guessing.
    """
    q = question.lower()
    if m := _H1.search(q) or _VERSUS.search(q):
        return {">": "greater", ">=": "greater", "<": "less", "<=": "less"}.get(m.group(1), "two-sided")
    if m := _NAMED.search(q):
        return {"larger": "greater", "smaller": "less"}.get(m.group(1), m.group(1))
    sided = _ONE_SIDED.search(q)
    if sided and sided.group(1) in {"upper", "right"}:
        return "greater"
    if sided and sided.group(1) in {"lower", "left"}:
        return "less"
    if samples == 2 and (side := _labelled_direction(q) or (sided and _worded_direction(question))):
        return side
    if samples == 1 and mu is not None:  # "greater than 10", "below target": the value or the word naming it
        value = rf"(?:{_as_written(mu)}|(?:target|mu_?0|hypothesi[sz]ed mean|nominal|{_CLAIMED_VALUE})\b)"
        if re.search(rf"(?:(?:{_UP})\s+than|exceeds?|above)\s+(?:the\s+)?(?:\w+\s+)?{value}(?!\d)", q):
            return "greater"
        if re.search(rf"(?:(?:{_DOWN})\s+than|below|under)\s+(?:the\s+)?(?:\w+\s+)?{value}(?!\d)", q):
            return "less"
    if not sided:
        return "two-sided"
    if samples == 1:
        up, down = re.search(rf"\b(?:{_UP})\b", q), re.search(rf"\b(?:{_DOWN})\b", q)
        if bool(up) != bool(down):
            return "greater" if up else "less"
    raise PlanError("a one-sided test needs its direction written as the alternative, e.g. 'H1: mu > 10' "
                    "or 'H1: mu1 > mu2'")  # fmt: skip


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
    if said is None and ((h1 and h1.group(1) in {">", ">=", "<", "<="}) or (named and named.group(1) != "two-sided")):
        return "one-sided"
    return said or "two-sided"


def side_option(side: str) -> str:
    """The study-language option for an alternative: `` alternative="greater"``, nothing for two-sided."""
    return f' alternative="{side}"' if side != "two-sided" else ""


def _as_written(value: str) -> str:
    """A pattern for a comparison value as the question may write it: 0.02 also as "2%"."""
    percent = f"{float(value) * 100:.10g}"
    return rf"(?:{re.escape(value)}|{re.escape(percent)}(?:\.0+)?\s*(?:%|percent))"


def _labelled_direction(q: str) -> str | None:
    """ "new > old" where the samples are labelled "old: ..." then "new: ...": the alternative for
    first - second ("less" here); None unless both names label the samples."""
    m = re.search(r"\b([a-z]\w*)\s*(>|<)\s*([a-z]\w*)\b", q)
    if not m or m.group(1) == m.group(3):
        return None
    where = [re.search(rf"\b{re.escape(name)}\s*[:=]", q) for name in (m.group(1), m.group(3))]
    if not all(where):
        return None
    first_is_left = where[0].start() < where[1].start()
    return "greater" if (m.group(2) == ">") == first_is_left else "less"


# a comparison in words: up or down (not "lower spec limit", "upper-tailed", "less than 0.05")
_RISE = (r"greater|larger|higher|bigger|more than|longer|heavier|thicker|stronger|wider|above|exceed(?:s|ed)?|"
         r"increase[sd]?|rose|rise[sn]?|grew|went up")  # fmt: skip
_FALL = (r"smaller|lower|less than|fewer|shorter|lighter|thinner|weaker|narrower|below|decrease[sd]?|reduced?|"
         r"drop(?:s|ped)?|fell|fall(?:s|en)?|declined?|went down|shrank")  # fmt: skip
_NOT_DIRECTION = r"(?![- ](?:spec|limit|bound|tail|sided|control|quartile|\d))"


def _worded_direction(question: str) -> str | None:
    """The alternative for first - second when a sentence names one sample by its label and says which way it
    goes: "before: ... after: ... whether the thickness after cure is lower" ("greater": before - after > 0),
    "did the after values drop", "is line B larger than line A"; None unless exactly one label and one way."""
    labels = sample_labels(question)
    if labels is None:
        return None
    text = question.lower()
    for start, end, _ in sample_spans(question):
        text = text[:start] + " " * (end - start) + text[end:]
    for sentence in re.split(r"[.;?!:\n]", text):
        ways = {way for way, words in (("up", _RISE), ("down", _FALL))
                if re.search(rf"\b(?:{words})\b{_NOT_DIRECTION}", sentence)}  # fmt: skip
        named = {i for i, label in enumerate(labels)
                 if re.search(rf"(?<!than )(?<!than the )\b{re.escape(label)}\b", sentence)}  # fmt: skip
        if len(ways) == 1 and len(named) == 1:
            up, first = ways.pop() == "up", named.pop() == 0
            return "greater" if up == first else "less"
    return None


def sample_labels(question: str) -> tuple[str, str] | None:
    """The words that tell two samples apart: of the words written before each, the nearest one the other's
    lacks ("torque before: 41.2 ... after: 40.1 ..." -> ("before", "after"); "Line A (mm): ...; Line B (mm): ..."
    -> ("line a", "line b")); None unless there are two samples with distinct labels."""
    spans = sample_spans(question)
    if len(spans) != 2:
        return None
    words = []
    for i, (start, _, _) in enumerate(spans):
        head = question[spans[i - 1][1] if i else 0 : start].lower()
        head = re.split(r"[.;?!\n]", re.sub(r"\([^)]*\)", " ", head))[-1]
        words.append(re.findall(r"[a-z][\w'-]*", head)[-4:])
    labels = []
    for own, other in ((words[0], words[1]), (words[1], words[0])):
        distinct = [i for i, w in enumerate(own) if w not in other]  # the nearest word not in the other's label
        distinct = [i for i in distinct if own[i] not in _FILLER] if len(distinct) > 1 else distinct
        if not distinct:
            return None
        i = distinct[-1]
        labels.append(own[i] if len(own[i]) > 1 else " ".join(own[max(i - 1, 0) : i + 1]))
    return (labels[0], labels[1]) if labels[0] != labels[1] else None


_FILLER = {"and", "the", "a", "an", "of", "vs", "versus", "for", "with", "are", "is", "were", "was", "values", "data"}


_COMPARED = r"(?:greater|less|more|larger|smaller|higher|lower|than|above|below|exceeds?|equals?|differs?|different)\b"
_SUMMARY_NAMES = {
    "n": r"n_?[12ab]?|sample size|size|(?:a )?sample of|batch of",
    "mean": rf"(?:sample )?mean_?[12ab]?(?: (?!{_COMPARED})[a-z]+){{0,2}}?|average(?: [a-z]+){{0,2}}?|avg\.?_?[12ab]?|x-?bar_?[12ab]?|x̄_?[12]?",
    "sd": r"s_?[12ab]?|sd_?[12ab]?|std(?:\.? ?dev\.?)?|stdev|(?:sample )?standard deviation",
}


# words before a mean that make it the hypothesised one ("H0: mean = 50", "hypothesized mean 5", "target mean")
_NULL_MEAN = re.compile(
    r"(?:\bh[0o₀]\b|\bnull\b|hypothesi[sz]ed|population|target|claimed|\btrue\b|\bmu\b|\bagainst|\bvs\.?)\W*(?:\w+\W+)?$",
    re.I,
)


def hypothesised(question: str, start: int) -> bool:
    """Whether the mean written at ``start`` is the hypothesised one, not the sample's (the words just before)."""
    return bool(_NULL_MEAN.search(question[max(0, start - 25) : start]))


def summary_statistics(question: str, most: int | None = 2) -> dict[str, list[str]] | None:
    """n, mean and sd of one to ``most`` samples (no limit when None), in the order written (None unless each
    is given equally often); a hypothesised mean ("H0: mean = 50") is not a sample's."""
    found = {
        key: [m.group(1) for m in re.finditer(rf"(?<![\w])(?:{names})\s*(?:=|:|of|is|was)?\s*({NUMBER})(?![\w%])",
                                               question, re.I) if key != "mean" or not hypothesised(question, m.start())]
        for key, names in _SUMMARY_NAMES.items()
    }  # fmt: skip
    sizes = {len(values) for values in found.values()}
    return found if len(sizes) == 1 and 1 <= min(sizes) <= (most or min(sizes)) else None


_PAIR = re.compile(
    r"(?<![\w.])(\d+)\s*(?:(?:[a-z-]+\s+){0,2}?(?:out of|of|in|among)\s+(?:(?:a\s+)?(?:sample|lot|batch)\s+of\s+|n\s*=\s*)?"
    r"|/\s*)(\d+)(?!\w|\.\d)",
    re.I,
)


_OUTCOME = (r"(?:defective|defects?|failed|failures?|nonconforming|bad|rejected|rejects|successes|positive|"
            r"(?:showed|shows?|had|has|have|contained|exhibited)\b)\b")  # fmt: skip
# the trials first: "out of 120 units 3 failed", "50 parts inspected, 4 defective", "n = 50, 4 defective",
# "we inspected 60 parts and found 4 defective", "of 600 units received, 16 were rejects"
_SEEN = r"inspected|tested|sampled|examined|checked|audited|received|delivered|produced|built|assembled|manufactured"
_TRIALS_FIRST = re.compile(
    rf"(?:(?:\bout of|\bn\s*=|\b(?:sample|lot|batch) of|\b(?:{_SEEN})"
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


def count_pairs(question: str) -> list[tuple[str, str]]:
    """(successes, trials) written as "18 defectives out of 200", "31 of 210", "12/80", or trials first:
    "out of 120 units 3 failed", "50 inspected, 4 defective", "inspected 60 parts and found 4 defective", "checked 150
    panels and found 5 with dead pixels", "in a sample of 300, 21 showed porosity"."""
    found = [(x, n) for x, n in _PAIR.findall(question) if int(x) <= int(n)]
    if not found:  # the trials first
        found = [(m.group(3), m.group(1) or m.group(2)) for m in _TRIALS_FIRST.finditer(question)]
    if not found:
        found = [(m.group(2), m.group(1)) for m in _TRIALS_FOUND.finditer(question)]
    return [(x, n) for x, n in found if int(x) <= int(n)]


# a list of numbers; a number followed by "per group", "each" ("8 parts per group") is a size, not an item
_ITEM = rf"{NUMBER}(?!\d|\.\d)(?!\s*(?:[a-z]+\s+)?(?:per|each|apiece)\b)"
_LIST = rf"\[?\s*((?:{_ITEM}\s*(?:,|;|and|\s)\s*)+{_ITEM})\s*\]?"
_GROUP_LISTS = {
    "mean": rf"\b(?:sample\s+|group\s+)?(?:means?|averages?)(?:\s+[a-z]+){{0,2}}?\s*(?:are|were|=|:|of)?\s*{_LIST}",
    "sd": rf"(?:\bsds|\bsd'?s|\bs\.d\.s?|\bstds?|standard deviations?|std\.? ?devs?|sigmas|\bsd|\bs)"
    rf"\s*(?:are|were|=|:|of)?\s*{_LIST}",
    "n": rf"(?:\bn'?s|\bns|sample sizes|group sizes|sizes|\bn)\s*(?:are|were|=|:|of)?\s*{_LIST}",
}
_GROUP = r"(?:group|grp)"  # "per grp"
_EACH = (
    rf"\b(?:n|sample size|size)\s*(?:=|:|of|is)?\s*({NUMBER})\s*"
    rf"(?:each|per {_GROUP}|in each(?: {_GROUP})?|apiece|per sample|for (?:all|each|every)(?: {_GROUP})?)\b"
    rf"|\b({NUMBER})\s+(?:\w+\s+)?(?:per {_GROUP}|in each {_GROUP}|each)\b"
)  # "n = 5 each", "8 parts per group": one size for every group


def group_summaries(question: str) -> dict[str, list[str]] | None:
    """n, mean and sd of two or more groups, as lists or one group at a time ("A: n=5, mean 10.2, sd 1.1;
    B: n=6, ..."); None when the question does not give them."""
    repeated = summary_statistics(question, most=None)
    return listed_summaries(question) or (repeated if repeated and len(repeated["n"]) >= 2 else None)


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
        single = re.findall(rf"\bn\s*[=:]\s*({NUMBER})", question, re.I)  # one "n = 5" for every group
        if not each and (len(single) != 1 or re.search(r"\b(?:total|overall|in all|altogether)\b", question, re.I)):
            raise PlanError("summary statistics of groups need each group's n ('n = 5, 6, 5' or 'n = 5 each')")
        sizes = [(each.group(1) or each.group(2)) if each else single[0]] * len(means)
    return {"n": sizes, "mean": means, "sd": sds}
