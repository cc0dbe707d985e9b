"""What a test question states besides its data: the alternative hypothesis, summary statistics
("n = 16, mean 10.6, s = 1.2") and counts ("18 defectives out of 200")."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError

_UP = r"greater|more|larger|higher|bigger|above|exceeds?|increase[sd]?|better"
_DOWN = r"less|smaller|lower|below|fewer|decrease[sd]?|reduced?|worse"
_H1 = re.compile(r"\b(?:h1|ha|h_1|h_a|h\u2081|alternative hypothesis)\s*:?\s*[^<>=≠!;]{0,30}?(>=|<=|>|<|≠|!=|=/=)")
_NAMED = re.compile(r"\balternative\s*(?:=|:|is)?\s*\"?(greater|less|larger|smaller|two-sided)")
_ONE_SIDED = re.compile(r"\b(one|upper|lower|right|left)[- ](?:sided|tailed|tail)\b")


def alternative(question: str, samples: int, mu: str | None = None) -> str:
    """ "two-sided", "greater" or "less" from "H1: mu > 10", "alternative greater", "one-sided ... exceeds",
    "upper-tailed"; with one sample also "greater than <mu>" ("is the mean greater than 10?").

    Two samples need the direction written against their order (H1: mu1 > mu2): words alone could mean
    either sample, so they raise PlanError instead of guessing.
    """
    q = question.lower()
    if m := _H1.search(q):
        return {">": "greater", ">=": "greater", "<": "less", "<=": "less"}.get(m.group(1), "two-sided")
    if m := _NAMED.search(q):
        return {"larger": "greater", "smaller": "less"}.get(m.group(1), m.group(1))
    sided = _ONE_SIDED.search(q)
    if sided and sided.group(1) in {"upper", "right"}:
        return "greater"
    if sided and sided.group(1) in {"lower", "left"}:
        return "less"
    if samples == 2 and (side := _labelled_direction(q)):
        return side
    if samples == 1 and mu is not None:
        value = re.escape(mu)
        if re.search(rf"(?:(?:{_UP})\s+than|exceeds?|above)\s+(?:the\s+)?(?:\w+\s+)?{value}\b", q):
            return "greater"
        if re.search(rf"(?:(?:{_DOWN})\s+than|below|under)\s+(?:the\s+)?(?:\w+\s+)?{value}\b", q):
            return "less"
    if not sided:
        return "two-sided"
    if samples == 1:
        up, down = re.search(rf"\b(?:{_UP})\b", q), re.search(rf"\b(?:{_DOWN})\b", q)
        if bool(up) != bool(down):
            return "greater" if up else "less"
    raise PlanError("a one-sided test needs its direction written as the alternative, e.g. 'H1: mu > 10' "
                    "or 'H1: mu1 > mu2'")  # fmt: skip


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


_SUMMARY_NAMES = {
    "n": r"n_?[12ab]?|sample size|size|(?:a )?sample of|batch of",
    "mean": r"(?:sample )?mean_?[12ab]?(?: [a-z]+){0,2}?|average(?: [a-z]+){0,2}?|x-?bar_?[12ab]?|x̄_?[12]?",
    "sd": r"s_?[12ab]?|sd_?[12ab]?|std(?:\.? ?dev\.?)?|(?:sample )?standard deviation",
}


def summary_statistics(question: str) -> dict[str, list[str]] | None:
    """n, mean and sd of one or two samples, in the order written (None unless each is given equally often)."""
    found = {
        key: re.findall(rf"(?<![\w])(?:{names})\s*(?:=|:|of|is|was)?\s*({NUMBER})(?![\w%])", question, re.I)
        for key, names in _SUMMARY_NAMES.items()
    }
    sizes = {len(values) for values in found.values()}
    return found if len(sizes) == 1 and sizes <= {1, 2} else None


_PAIR = re.compile(r"(?<![\w.])(\d+)\s*(?:(?:[a-z-]+\s+){0,2}?(?:out of|of|in)\s+|/\s*)(\d+)(?!\w|\.\d)", re.I)


def count_pairs(question: str) -> list[tuple[str, str]]:
    """(successes, trials) written as "18 defectives out of 200", "31 of 210", "12/80"."""
    return [(x, n) for x, n in _PAIR.findall(question) if int(x) <= int(n)]
