"""A one-way ANOVA stated by its sums of squares: "SS(treatments) = 84.6 and SS(error) = 112.8", "SSTr = 84.6,
SSE = 112.8", "the sum of squares between groups is 84.6 ...", with the number of groups ("4 catalyst formulations",
"k = 4", "4 treatments") and the observations per group ("5 batches per formulation", "n = 5 per group") or in all
("N = 20", "20 observations in all"), planned as ``test anova ss_between= ss_within= k= n=``."""

from __future__ import annotations

import re

from plugins.api.prose import named_value
from plugins.api.reasoning import Plan, PlanError, alpha_option

_BETWEEN = [r"ss\s*\(\s*(?:treatments?|trt|tr|between(?: groups)?|groups?|factor|model)\s*\)", r"ss_?(?:tr|trt|treat|b|between)",
            r"sum of squares (?:for |of |due to )?(?:the )?(?:treatments?|between(?: groups)?|groups?|factor)",
            r"(?:treatments?|between[- ]groups?) sum of squares"]  # fmt: skip
_WITHIN = [r"ss\s*\(\s*(?:error|within(?: groups)?|residuals?|e)\s*\)", r"ss_?(?:e|w|error|within|res)",
           r"sum of squares (?:for |of |due to )?(?:the )?(?:errors?|within(?: groups)?|residuals?)",
           r"(?:error|within[- ]groups?|residual) sum of squares"]  # fmt: skip
# the observations per group: "5 batches per formulation", "n = 5 per group", "5 replicates for each treatment"
_PER = re.compile(r"(?<![\w.])(?:n\s*=\s*)?(\d+)\s+(?:[a-z-]+\s+){0,2}?(?:per|for each|in each|of each)\s+([a-z]+)",
                  re.I)  # fmt: skip
_ALL = re.compile(
    r"\bN\s*=\s*(\d+)\b|(?<![\w.])(\d+)\s+(?:observations|runs|measurements|units)\s+in\s+(?:all|total)\b"
)
_GROUP_WORDS = r"groups|treatments|levels|samples"


def states_sums(question: str) -> bool:
    """Whether the question states the between- and within-group sums of squares."""
    return named_value(question, _BETWEEN) is not None and named_value(question, _WITHIN) is not None


def plan_anova_sums(question: str) -> Plan:
    """``test anova ss_between= ss_within= k= n=`` (n the observations in all); PlanError naming what is missing
    (the number of groups, or the observations per group or in all)."""
    between, within = named_value(question, _BETWEEN), named_value(question, _WITHIN)
    if between is None or within is None or between[1] or within[1]:
        raise PlanError("an ANOVA from sums of squares needs both, e.g. 'SS(treatments) = 84.6, SS(error) = 112.8'")
    per = _PER.search(question)
    k = _groups(question, per.group(2) if per else None)
    if k is None:
        raise PlanError("an ANOVA from sums of squares needs the number of groups, e.g. 'k = 4' or '4 treatments'")
    total = _ALL.search(question)
    if total:
        n = int(total.group(1) or total.group(2))
    elif per:
        n = k * int(per.group(1))
    else:
        raise PlanError("an ANOVA from sums of squares needs the observations per group or in all, e.g. "
                        "'5 per group' or 'N = 20'")  # fmt: skip
    text = f"test anova ss_between={between[0]} ss_within={within[0]} k={k} n={n}{alpha_option(question)}"
    facts = {"sums_of_squares": [between[0], within[0]], "k": k, "n_total": n, "samples": [], "equal_var": True}
    if per and not total:
        facts["per_group"] = int(per.group(1))
    return Plan("anova", text, facts)


def _groups(question: str, noun: str | None) -> int | None:
    """The number of groups: "k = 4", "4 groups" / "treatments" / "levels", or a count of the noun a per-group size
    names ("4 catalyst formulations" beside "5 batches per formulation"), else the count compared ("compared 4
    suppliers")."""
    if m := re.search(r"\bk\s*=\s*(\d+)\b", question):
        return int(m.group(1))
    nouns = _GROUP_WORDS + (f"|{re.escape(noun)}s?" if noun else "")
    counted = rf"(?<![\w.])(\d+)\s+(?:(?!(?:per|each|for|in|of)\b)[a-z-]+\s+){{0,2}}?(?:{nouns})\b"
    found = {int(m.group(1)) for m in re.finditer(counted, question, re.I)}
    if not found:  # "compared 4 suppliers", "4 suppliers were compared"
        compared = r"\bcompar(?:ed|ing|es)\s+(\d+)\b|(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){1,2}(?:were|are)\s+compared\b"
        found = {int(m.group(1) or m.group(2)) for m in re.finditer(compared, question, re.I)}
    return found.pop() if len(found) == 1 else None
