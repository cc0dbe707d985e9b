"""Reasoning tool of the spc plugin for control limits: I-MR and X-bar/R charts of measurements, X-bar/R,
X-bar/S, R and S limits from summary statistics (grand mean, R-bar or S-bar, n), and p, np, c, u limits from
a phase I study's totals; with audits that recompute the limits independently."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from plugins.api.column_table import column_table, indexed_series
from plugins.api.prose import NUMBER, named_number, named_value, named_value_of_noun, sample_spans, samples
from plugins.api.reasoning import Check, Plan, PlanError, close_check
from plugins.spc.reasoning import d2_quadrature, stated_d2
from plugins.spc.reasoning_counted import counted_over, counted_per_unit, other_period, samples_in_digits

_SUBGROUPED = r"x-?bar|\bxbar|\br[- ]chart|subgroup"
_ATTRIBUTE = re.compile(r"\b(np|p|c|u)[- ]?charts?\b")
_ATTRIBUTE_WORDS = (
    (r"(?:fraction|proportion|percent(?:age)?)[- ](?:defective|nonconforming)[- ]charts?", "p"),
    (r"number[- ](?:of[- ])?(?:defective|nonconforming)(?:[- ]units)?[- ]charts?", "np"),
    (r"(?:defects|nonconformities)[- ]per[- ]unit[- ]charts?", "u"),
    (r"(?:number[- ]of[- ])?(?:defects|nonconformities)[- ]charts?", "c"),
)
_AVG = r"(?:mean|average|avg\.?)"
# the means (ranges) of the subgroups "average" a value: "the subgroup means average 50.2", "sample ranges averaged 4.1"
_AVERAGED = r"(?:average|averaged|averaging|average out at|come to|came to)"
# "the grand average of the subgroup means", "overall mean of all subgroup averages"
_OF_MEANS = r" of (?:all )?(?:the )?(?:subgroup |sample )?(?:means|averages|avgs)"
GRAND_NAMES = [f"grand {_AVG}{_OF_MEANS}", f"overall {_AVG}{_OF_MEANS}", f"grand {_AVG}", f"overall {_AVG}",
               "x[- ]?double[- ]?bar", "x-?bar-?bar", "x̿",
               f"{_AVG} of (?:the )?(?:subgroup |sample )?(?:means|averages|avgs)", "cent(?:er|re)[- ]?line",
               f"process {_AVG}", f"(?:subgroup|sample) (?:means|averages) {_AVERAGED}",
               "mean", "average", "avg\\.?", "x-?bar"]  # fmt: skip
_GRAND_ONLY = 11  # GRAND_NAMES[:11] name the grand mean alone; "mean", "average", "x-bar" after them may name others


def grand_mean(q: str) -> str | None:
    """The grand mean of a chart's subgroups as written: "X-double-bar = 10.04", "x-bar-bar 10.04", "grand mean
    10.04", or with the quantity's noun between ("grand mean absorbance 1.245", "overall average fill weight 500.2");
    a measurement, so a percentage stays in percent ("grand mean 99.8 %" is 99.8)."""
    strong = GRAND_NAMES[:_GRAND_ONLY]
    found = (
        named_value(q, strong) or named_value_of_noun(q, strong, most=2) or named_value(q, GRAND_NAMES[_GRAND_ONLY:])
    )
    return found[0] if found else None


def measured_number(q: str, names: list[str]) -> str | None:
    """The number after one of ``names`` as written: a chart's R-bar or S-bar is a measurement, never a share, so a
    percentage stays in percent ("R-bar = 1.2 %" is 1.2, on the scale of a grand mean of 99.8 %)."""
    found = named_value(q, names)
    return found[0] if found else None


# where a spread is taken: "the average range within a subgroup", "the mean sd of each sample"
_WITHIN_SUBGROUP = r"(?: (?:with)?in| of| across) (?:a |an |each |every |the )?(?:sub-?groups?|samples?)"
RBAR_NAMES = [
    "r-?bar",
    "r̄",
    f"(?:average|mean|avg\\.?) (?:subgroup )?range{_WITHIN_SUBGROUP}",
    "(?:average|mean|avg\\.?) (?:subgroup )?range",
    "(?:average|mean) of (?:the )?(?:subgroup )?ranges",
    f"(?:(?:subgroup|sample) )?ranges {_AVERAGED}",
]
_SD_WORDS = r"(?:standard deviation|std\.? dev(?:iation)?|sd|s)"
SBAR_NAMES = ["s-?bar", "s̄", f"(?:average|mean|avg\\.?) (?:subgroup )?{_SD_WORDS}{_WITHIN_SUBGROUP}",
              f"(?:average|mean|avg\\.?) (?:subgroup )?{_SD_WORDS}",
              "(?:average|mean) of (?:the )?(?:subgroup )?(?:standard deviations|sds)"]  # fmt: skip
SIZE_NAMES = ["subgroup size", "sub-?groups? of size", "samples? of size", "sample size", "size", "n", "sub-?groups? of",
         "samples? of"]  # fmt: skip
_UNITS = r"(?:units|items|parts|pieces|boards|bottles|cans|products|articles|pcs|rolls|sheets|panels|pages|assemblies)"


# an area, length, mass, volume or time each sample covers ("20 samples, each 5 m² of panel"): a u chart's n in
# inspection units of one of those
_MEASURE = (r"(?:m²|m\^?2\b|ft²|ft\^?2\b|sq\.?\s*(?:m|ft|in)\b|square\s+\w+|km\b|kilomet(?:re|er)s?\b|miles?\b|m\b|"
            r"metres?\b|meters?\b|feet\b|ft\b|yards?\b|kg\b|litres?\b|liters?\b|l\b|hours?\b|h\b)")  # fmt: skip


def plan_control_chart(question: str) -> Plan:
    q = question.lower()
    width = nsigmas(q)
    attribute = _attribute_kind(q)
    if attribute is not None:
        plan = _plan_attribute(q, attribute)
    elif named_number(q, RBAR_NAMES) is not None or named_number(q, SBAR_NAMES) is not None:
        plan = _plan_summary(q, width)
    elif (
        re.search(r"\b(?:means|averages)\b", q) and re.search(r"\b(?:ranges|standard deviations|sds)\b", q)
    ) or labelled_statistics(question) is not None:
        plan = _plan_subgroup_statistics(question, width)
    elif charts_subgroups(q):
        plan = _plan_xbar_r(question)
    else:
        plan = _plan_individuals(q, _individual_values(question))
    if width is not None:  # "3-sigma UCL", "2-sigma warning limits": the width the question states
        plan.text += f" nsigmas={width}"
        plan.facts["nsigmas"] = width
    return plan


# an individuals chart named ("I-MR chart", "X-mR", "an I chart", "individuals chart", "moving range of 2", "MR-bar"),
# and a chart of subgroups named ("X-bar chart", "X-bar and R", "Xbar/R", "R chart", "subgroups of 5")
_INDIVIDUALS = r"\b(?:i|x)[- ]?mr\b|\bi[- ]charts?\b|\bindividuals?\b|\bmoving[- ]ranges?\b|\bmr-?bar\b"
_SUBGROUP_CHART = r"sub-?groups?|\bx-?bar\s*(?:[- ]?charts?\b|and\b|&|/|-\s*[rs]\b)|\br[- ]chart"


def charts_subgroups(q: str) -> bool:
    """Whether the question charts subgroups (X-bar and R of raw subgroups) rather than single values: an x-bar or a
    subgroup said, unless an individuals chart is named and no chart of subgroups is ("I-MR chart ... x-bar +
    2.66*MR-bar": that x-bar is the mean of the single values)."""
    if re.search(_INDIVIDUALS, q) and not re.search(_SUBGROUP_CHART, q):
        return False
    return re.search(_SUBGROUPED, q) is not None


def _individual_values(question: str) -> list[str]:
    """The measurements of an individuals chart: the value column of a series pasted beside its index ("day  result"
    / "1  4.52" / "2  4.48" ..., the days no data), else the first run of 5 or more numbers."""
    series = indexed_series(question)
    if series is not None and len(series.columns[0]) >= 5:
        return series.columns[0]
    found = samples(question, minimum=5)
    if not found:
        raise PlanError("control limits need the measurements: at least 5 numbers in a row")
    return found[0]


def _plan_individuals(q: str, values: list[str]) -> Plan:
    """I-MR limits of the measurements, with the printed d2(2) = 1.128 where the question states it ("sigma from the
    average moving range (d2 = 1.128)"; the exact d2 then in a note) or the factor E2 = 3/d2 written ("x-bar +
    2.66*MR-bar": the printed d2), else the exact d2 = 2/sqrt(pi)."""
    csv = "value\n" + "\n".join(values) + "\n"
    d2, mode = stated_d2(q, 2)
    facts: dict[str, Any] = {"values": values}
    span = re.search(rf"\bmoving[- ]ranges?\s+(?:of\s+)?(?:\(?\s*(?:span|length|size|n)\s*(?:=\s*)?)?({NUMBER})\b", q)
    if span:
        if float(span.group(1)) != 2:
            raise PlanError(f"havoc charts individuals with moving ranges of 2 (the question says {span.group(1)})")
        facts["span"] = span.group(1)
    text = 'data "reason_values.csv" column=value\nchart imr'
    if (e2 := stated_e2(q)) is not None:  # "x-bar + 2.66*MR-bar": 3/d2 with the printed d2 = 1.128
        d2, mode = _e2_limits(q, e2, d2, mode, facts)
    if d2 is not None:
        facts["d2"] = d2
        if mode == "table":
            text += " constants=table"
    if "nsigmas" in facts and nsigmas(q) is None:
        text += f" nsigmas={facts['nsigmas']}"
    return Plan("control_chart", text, facts, {"reason_values.csv": csv})


def _e2_limits(q: str, e2: str, d2: str | None, mode: str | None, facts: dict[str, Any]) -> tuple[str, str]:
    """The d2 and constants of limits written with E2 ("x-bar + 2.66*MR-bar"): the printed d2 = 1.128, E2 = 3/d2
    rounded; where no width is stated the limits are E2 x MR-bar as written (E2 d2 = 3.00048 sigmas), said in a
    note. PlanError when the d2 stated is not the printed one."""
    from plugins.spc import constants

    printed = str(constants.d2(2, "table"))
    if mode not in (None, "table"):
        raise PlanError(f"the factor {e2} of MR-bar is 3/d2 with the printed d2 = {printed}, not the d2 stated ({d2})")
    facts["e2"] = e2
    if nsigmas(q) is None:
        width = str(Decimal(e2) * Decimal(printed))
        facts["nsigmas"] = width
        facts["note"] = f"the limits as written, x-bar -+ {e2} MR-bar ({width} sigmas with d2 = {printed})"
    return d2 or printed, "table"


_WIDTH_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
_WIDTH = re.compile(
    rf"(?:±|\+/-|\+-)?\s*({NUMBER}|one|two|three|four)\s*[- ]?\s*(?:sigma|σ|sd|standard[- ]deviations?)s?\b"
    r"(?!\s*(?:=|:|is|of|was)?\s*\d)(?!\s*(?:project|program|programme|belt|team|method|methodology|quality)\b)"
)


# E2 = 3/d2(2), the factor of the average moving range in an individuals chart's limits: "x-bar + 2.66*MR-bar",
# "2.66 x MRbar", "E2 = 2.66"
_STATED_E2 = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:\*|×|x|·)?\s*(?:mr-?bar|m̄r|mr̄)\b|\be_?2\s*(?:\(\s*2\s*\)\s*)?(?:=|:|of|is)\s*({NUMBER})"
)


def stated_e2(q: str) -> str | None:
    """The factor E2 of MR-bar an individuals chart's limits are written with ("x-bar + 2.66*MR-bar", "E2 = 2.66"),
    as written; None when none is written. PlanError when it is not 3/d2 = 2.66 (the printed d2(2) = 1.128)."""
    from plugins.spc import constants

    m = _STATED_E2.search(q)
    if m is None:
        return None
    stated = m.group(1) or m.group(2)
    places = max(len(stated.partition(".")[2]), 2)
    if float(stated) != round(3 / constants.d2(2, "table"), places):
        raise PlanError(f"the factor of MR-bar stated ({stated}) is not E2 = 3/d2 = 2.66 for moving ranges of 2: "
                        "say the width of the limits in sigmas")  # fmt: skip
    return stated


# the width (1 to 6 sigmas) written as the multiplier of sigma's estimate: "3/d2", "3 MRbar/d2", "3*R-bar/d2", "3 mr-bar / 1.128"
_WIDTH_OVER_D2 = re.compile(
    r"(?<![\w./])([1-6](?:\.\d+)?)\s*\*?\s*(?:(?:mr|r|s)-?bar\s*)?/\s*(?:d_?2\b|1\.128\b)(?!\s*\*?\s*sqrt)"
)


def nsigmas(q: str) -> str | None:
    """The width of the limits in sigmas the question states ("3-sigma UCL", "2 sigma limits", "+/- 2.5 sigma",
    "two-sigma warning limits", "3/d2", "3 MRbar/d2"); None when it states none (the charts' default is 3)."""
    m = _WIDTH.search(q)
    if m:
        return _WIDTH_WORDS.get(m.group(1), m.group(1))
    m = _WIDTH_OVER_D2.search(q)
    return m.group(1) if m else None


def _plan_xbar_r(question: str) -> Plan:
    """X-bar and R limits from the raw subgroups ("10.1 10.2 10.0; 9.9 10.1 10.3; ...", or the rows of a table,
    ``table_subgroups``)."""
    groups = table_subgroups(question) or samples(question, minimum=2)
    if re.search(r"\branges?\b|\bmeans\b", question, re.I) or len(groups) < 2 or len({len(g) for g in groups}) != 1:
        raise PlanError("X-bar and R limits need the measurements of each subgroup, the subgroups of equal size "
                        "separated by ';' (e.g. '10.1 10.2 10.0; 9.9 10.1 10.3; ...'), or the grand mean, R-bar "
                        "(or S-bar) and the subgroup size n, or the subgroup means and ranges")  # fmt: skip
    values = [v for g in groups for v in g]
    csv = "value\n" + "\n".join(values) + "\n"
    text = f'data "reason_values.csv" column=value subgroup={len(groups[0])}\nchart xbar_r'
    return Plan(
        "control_chart",
        text,
        {"values": values, "subgroup": len(groups[0]), "subgroups": len(groups)},
        {"reason_values.csv": csv},
    )


def table_subgroups(question: str) -> list[list[str]] | None:
    """The subgroups of a table pasted in columns under a header ("hr  s1  s2  s3  s4  s5" / "1  14.2  14.6 ..."),
    its index column of subgroup numbers left out: one subgroup a row, or one a column where the subgroup size
    stated is the number of rows and not of columns ("sub 1 2 3 ... 12" over 5 rows, n = 5); None when the
    question has no such table."""
    table = column_table(question)
    if table is None:
        return None
    rows = [list(row) for row in zip(*table.columns, strict=True)]
    n = subgroup_size(question.lower())
    if n is not None and float(n) == len(rows) != len(table.columns):
        return table.columns
    return rows


def _dispersion_asked(q: str) -> bool:
    """Whether the question asks the R (or S) chart's own limits, not the X-bar chart's (both asked: X-bar,
    with the R or S chart beside it)."""
    rest = re.sub(r"x-?bar\s*(?:-|–|and|&|/)?\s*(?:r|s)\b", " ", q)
    dispersion = re.search(r"\b(?:r|s|range|sigma|standard deviation)[- ]charts?\b", rest)
    return bool(dispersion) and not re.search(r"\bx-?bar[- ]?charts?\b", rest)


def _plan_summary(q: str, width: str | None = None) -> Plan:
    """X-bar/R or X-bar/S (or the R or S chart alone) from the grand mean, R-bar or S-bar and n, with the factors
    as printed in the tables (A2(5) = 0.577); the notes give the exact-factor limits beside them."""
    rbar, sbar = measured_number(q, RBAR_NAMES), measured_number(q, SBAR_NAMES)
    if rbar is not None and sbar is not None:
        raise PlanError("give R-bar or S-bar, not both: the limits use one of them")
    spread, name = ("rbar", rbar) if rbar is not None else ("sbar", sbar)
    plan = _limits_plan(q, grand_mean(q), spread, name, width)
    count = subgroup_count(q)
    if count:
        plan.facts["subgroups"] = count  # how many subgroups gave the summaries: not used by the limits
    return plan


def subgroup_count(q: str) -> str | None:
    """How many subgroups gave a chart's summaries, as written: "25 subgroups", "25 samples", "over 25 plates", or
    25 of the thing a subgroup is taken per ("5 wells per plate ... 25 plates"); None when not written."""
    per = re.search(r"\bper\s+([a-z]{3,}?)s?\b", q)
    unit = rf"|{re.escape(per.group(1))}s?" if per else ""
    m = re.search(
        rf"(?:\b(?:over|across|from|for)\s+(?:the\s+(?:last\s+)?)?)?\b({NUMBER})\s+(?:sub-?groups|samples{unit})\b", q
    )
    m = m or re.search(rf"\b(?:over|across)\s+(?:the\s+(?:last\s+)?)?({NUMBER})\s+[a-z]+s\b", q)
    return m.group(1) if m else None


def _limits_plan(q: str, center: str | None, spread: str, value: str, width: str | None) -> Plan:
    """The limits plan from a centre, R-bar ("rbar") or S-bar ("sbar") and the subgroup size the question gives."""
    n = subgroup_size(q)
    if n is None:
        raise PlanError("X-bar limits from summary statistics need the subgroup size n (A2, D3, D4 depend on it)")
    kind = ("r" if spread == "rbar" else "s") if _dispersion_asked(q) else ("xbar_r" if spread == "rbar" else "xbar_s")
    if kind.startswith("xbar") and center is None:
        raise PlanError("X-bar limits from summary statistics need the grand mean (x-double-bar, the centre line)")
    centre = f" center={center}" if kind.startswith("xbar") else ""
    # the printed factor tables stop at n = 25 and are for 3-sigma limits
    mode = "printed" if float(n) <= 25 and float(width or 3) == 3 else "exact"
    facts = {"chart": kind, "center": center, spread: value, "n": n, "constants": mode}
    return Plan("control_chart", f'limits {kind}{centre} {spread}={value} n={n} constants="{mode}"', facts)


def _plan_subgroup_statistics(question: str, width: str | None) -> Plan:
    """X-bar/R or X-bar/S limits from the subgroups' means and ranges (or standard deviations), listed in that
    order ("subgroup means 10.1 10.3 9.9 with ranges 0.4 0.5 0.3, n=4"): the grand mean and R-bar (S-bar) are
    their averages, computed exactly."""
    q = question.lower()
    labelled = labelled_statistics(question)
    lists = list(labelled[:2]) if labelled else samples(question, minimum=2)
    if len(lists) != 2 or len(lists[0]) != len(lists[1]):
        raise PlanError("X-bar limits from subgroup statistics need two lists of equal length: the subgroup means, "
                        "then their ranges (or standard deviations), and the subgroup size n")  # fmt: skip
    means, spreads = ([Decimal(v) for v in values] for values in lists)
    spread = labelled[2] if labelled else "rbar" if re.search(r"\branges\b", q) else "sbar"
    center, value = (str(sum(v) / len(v)) for v in (means, spreads))
    plan = _limits_plan(q, center, spread, value, width)
    plan.facts.update({"means": lists[0], "spreads": lists[1], "subgroups": str(len(means))})
    return plan


# a list's label at the start of its line: "xbar: 44.1 43.6 ...", "X̄ = ...", "R:  2.3 1.9 ...", "- s: 0.8 0.9 ..."
_MEANS_LABEL = r"(?:(?:subgroup|sample)\s+)?(?:x[- ]?bars?|x̄|means?|averages?|avgs?\.?)"
_SPREAD_LABEL = (
    r"(?:(?:subgroup|sample)\s+)?(?:(?P<r>r|ranges?)|(?P<s>s|sds?|std\.?\s*devs?\.?|standard\s+deviations?))"
)

# a unit in brackets after the label: "xbar (mm):", "R [g]:", "s (µm) ="
_LABEL_UNIT = r"(?:\s*[(\[][^()\[\]\n\d]{1,12}[)\]])?"


def labelled_statistics(question: str) -> tuple[list[str], list[str], str] | None:
    """The subgroups' means and ranges (or standard deviations) given as two lists each labelled at the start of its
    line ("xbar: 44.1 43.6 ..." / "R: 2.3 1.9 ...", a unit in brackets allowed: "xbar (mm): ..."), with "rbar" or
    "sbar" for the spread; None unless exactly one list of means and one of spreads are labelled so (a single "R:"
    list, or unlabelled runs, are other readings)."""
    means: list[list[str]] = []
    spreads: list[tuple[list[str], str]] = []
    for start, _, values in sample_spans(question, minimum=2):
        head = question[question.rfind("\n", 0, start) + 1 : start].lower()
        if re.fullmatch(rf"\s*(?:[-*•]\s*)?{_MEANS_LABEL}{_LABEL_UNIT}\s*[:=]\s*", head):
            means.append(values)
        elif m := re.fullmatch(rf"\s*(?:[-*•]\s*)?{_SPREAD_LABEL}{_LABEL_UNIT}\s*[:=]\s*", head):
            spreads.append((values, "rbar" if m.group("r") else "sbar"))
    if len(means) != 1 or len(spreads) != 1:
        return None
    return means[0], spreads[0][0], spreads[0][1]


def subgroup_size(q: str) -> str | None:
    """The subgroup size a question states: "n = 5", "subgroups of 4", "subgroup size 5", "5 parts per subgroup", or
    the count drawn each period, "every hour I weigh 5 bags", or from each of anything, "we audit 5 clamps per job"."""
    return named_number(q, SIZE_NAMES) or _per_subgroup(q) or _first_of(_PERIOD_FIRST, q)


def _per_subgroup(q: str) -> str | None:
    """The size of each subgroup as the count of its things: "5 parts per ...", "5 readings each", or any one noun
    before the subgroup (sample) it is counted in, "4 cartons per subgroup", "6 shafts in each sample", or that
    names the subgroups by their size: "4 sites/wafer subgroups", "3 pins per board samples", "5-piece subgroups"
    (a bare count before them, "25 subgroups", counts the subgroups)."""
    m = re.search(rf"({NUMBER})\s+(?:{_UNITS}|measurements|observations|readings)\s+(?:per|in each|each)\b", q)
    m = m or re.search(rf"({NUMBER})\s+[a-z][a-z-]*\s+(?:per|in each|in every|each|a)\s+(?:sub-?group|sample)\b", q)
    m = m or re.search(rf"({NUMBER})(?:\s+[a-z]+\s*(?:/|\bper\b)\s*[a-z]+|-[a-z]+)\s+(?:sub-?groups?|samples)\b", q)
    return m.group(1) if m else _first_of(_DRAWN_PER_ANY, q)


def _attribute_kind(q: str) -> str | None:
    m = _ATTRIBUTE.search(q)
    if m:
        return m.group(1)
    return next((kind for words, kind in _ATTRIBUTE_WORDS if re.search(words, q)), None)


_COUNTED = (
    r"(?:defectives?|defects?|nonconforming|nonconformities|rejects|failures|fails|flaws|errors|blemishes"
    r"|(?:defective|nonconforming|bad|rejected|failed|faulty|scrapped) \w+)"
)


# the samples a total is over, said between its name and its number: "total defectives over all 20 samples = 96"
_OVER_SAMPLES = rf"(?:\s+(?:over|across|in|from|for)\s+(?:(?:all|the|those|these)\s+)*(?:{NUMBER}\s+)?[a-z][a-z-]*)?"

# a word naming the sampled things, not the counted ones nor a function word: "20 car door panels", "150 syringes"
_SAMPLED = rf"(?!(?:{_COUNTED}|on|in|of|over|across|from|per|each|every|and|with|were|was|the|an?)\b)[a-z][a-z-]*"


def _plan_attribute(q: str, kind: str) -> Plan:
    """p, np, c or u limits from the totals ("25 samples of 200, 150 defectives in total") or the stated centre."""
    q = samples_in_digits(q)
    rate = _rate(q, kind)
    units = _inspection_units(q) if kind == "u" else None  # "each roll = 5 inspection units of 10 m²": n = 5
    n = (
        None
        if kind == "c"
        else units or _sample_size(q) or (_per_sample(q) if kind in ("p", "np") else _amount_surveyed(q))
    )
    if kind != "c" and n is None:
        raise PlanError(f"{kind} chart limits need the sample size n (units in each sample)")
    size = f" n={n}" if n is not None else ""
    counts = samples(q, minimum=3)
    if counts:  # the counts of each sample: the chart itself, with its limits from their total
        if len(counts) > 1:
            raise PlanError(f"{kind} chart limits read one list of counts per sample (with one sample size n)")
        if kind in ("p", "np") and n is not None and max(float(c) for c in counts[0]) > float(n):
            raise PlanError(f"a count above the sample size n = {n} read: say how many units each sample holds")
        csv = "count\n" + "\n".join(counts[0]) + "\n"
        facts = {"chart": kind, "counts": counts[0], "n": n}
        if units is not None and (sizes := _unit_sizes(q)):  # the unit's size and the sample's amount, said in passing
            facts["inspection_unit"] = sizes
        text = f'data "reason_counts.csv" column=count\nchart {kind}{size}'
        return Plan("control_chart", text, facts, {"reason_counts.csv": csv})
    if rate is not None:
        return _centre_plan(q, kind, rate, n)
    total = (
        _first(rf"({NUMBER})\s+(?:total\s+)?{_COUNTED}", q)
        or named_number(q, [f"total (?:number )?(?:of )?{_COUNTED}{_OVER_SAMPLES}"])
        or _first(_FOUND_COUNTED, q)
    )
    if kind in ("c", "u"):  # "25 plates with a total of 80 colonies": any counted thing, any sampled thing
        total = total or _first(rf"\ba total of ({NUMBER})\s+[a-z]", q) or _total_counted(q)
    if kind in ("p", "np") and n is not None:  # "340 abandoned calls in total": a named thing, not the units sampled
        total = total or _total_named(q, n)
    samples_count = _samples_count(q)
    inspected = None
    if kind in ("p", "np") and n is not None and samples_count is not None and total is None:
        total = _total_of_all(q, n, samples_count)  # "400 of those 5000 departures"
        inspected = total and _number(float(samples_count) * float(n))
    if kind == "c" and samples_count is None:
        inspected = (
            rf"({NUMBER})\s+(?:\w+\s+)?{_UNITS}\b(?:\s+\w+){{0,3}}?\s+(?:were\s+)?(?:inspected|examined|checked)"
        )
        samples_count = _first(inspected, q)
    if kind in ("c", "u") and samples_count is None:  # "25 plates", "20 dishes"; a u chart's units are its n
        samples_count = _first(rf"({NUMBER})\s+(?:plates|dishes|panels|{'units|' * (kind == 'c')}samples)\b", q)
    if kind in ("c", "u") and (total is None or samples_count is None) and (named := counted_per_unit(q)):
        total, samples_count = named
    if kind == "c" and (total is None or samples_count is None):
        total, samples_count = _counted_over(q, total, samples_count)
    if (total is None or samples_count is None) and kind in ("p", "np"):  # no totals: "overall fraction late 4.5%"
        if (overall := named_number(q, [_SHARE_OVERALL])) is not None:
            return _centre_plan(q, kind, overall, n)
    if total is None or samples_count is None:
        what = "the total count and the number of samples" + ("" if kind == "c" else " (or p-bar/u-bar)")
        raise PlanError(f"{kind} chart limits need {what}, e.g. '25 samples of 200, 150 defectives in total'")
    facts = {"chart": kind, "total": total, "sample_count": samples_count, "n": n}
    inspected = inspected or (n is not None and _stated_whole(q, n, samples_count))
    if inspected:
        facts["inspected"] = inspected  # the units inspected in all, samples x n
    return Plan("control_chart", f"limits {kind} total={total} samples={samples_count}{size}", facts)


def _counted_over(q: str, total: str | None, samples_count: str | None) -> tuple[str | None, str | None]:
    """A c chart's total and number of periods (or units) from a total said over them ("108 leak indications over
    the last 24 months"), where they agree with any read otherwise; PlanError when the counts are said to be taken
    in another period ("... over 24 months, counted per week")."""
    over = counted_over(q)
    if over is None or total not in (None, over[0]) or samples_count not in (None, over[1]):
        return total, samples_count
    if (other := other_period(q, over[2])) is not None:
        raise PlanError(f"c chart limits: {over[0]} counted over {over[1]} {over[2]}, but the counts are taken "
                        f"{other!r}: give the number of samples the total is counted in")  # fmt: skip
    return over[0], over[1]


def _centre_plan(q: str, kind: str, rate: str, n: str | None) -> Plan:
    """The limits from a stated centre (p-bar, c-bar or u-bar) and the sample size n; the samples it averages over
    ("over 25 samples") say nothing more of the limits."""
    facts = {"chart": kind, "center": rate, "n": n}
    if (samples_count := _samples_count(q)) is not None:
        facts["sample_count"] = samples_count
    if kind == "c" and (unit := _inspection_unit(q)) is not None:
        facts["inspection_unit"] = unit  # the size of the unit c-bar counts in: not used by the limits
    return Plan("control_chart", f"limits {kind} center={rate}" + (f" n={n}" if n is not None else ""), facts)


def _inspection_unit(q: str) -> str | None:
    """The size of a c chart's inspection unit as written ("a fixed 10 m inspection length", "a 2 m^2 inspection
    area", "an inspection unit of 50 m"); None when not written."""
    return _first(
        rf"({NUMBER})\s*{_MEASURE}\s+(?:inspection\s+)?(?:length|area|section|unit|stretch|piece)\b", q
    ) or _first(rf"\binspection\s+(?:unit|length|area)\s+(?:of|is|=)\s*({NUMBER})\s*{_MEASURE}", q)


# a sample said in inspection units: "each roll = 50 m² = 5 inspection units of 10 m²", "5 inspection units per roll"
_UNITS_OF = rf"(?<![\w.])({NUMBER})\s+inspection\s+units?\b(?:\s+of\s+({NUMBER})\s*{_MEASURE})?"


def _inspection_units(q: str) -> str | None:
    """A u chart's n as the inspection units in each sample ("each roll = 50 m² = 5 inspection units of 10 m²": 5,
    the rate per 10 m² unit); None when none is said, or the rate is asked per a bare measure ("defects per m²",
    where n is the sample's amount in that measure)."""
    m = re.search(_UNITS_OF, q)
    if m is None or re.search(rf"\bper\s+(?:1\s*|one\s+)?{_MEASURE}(?!\s*(?:inspection\s+)?unit)", q):
        return None
    return m.group(1)


def _unit_sizes(q: str) -> list[str]:
    """The sizes said beside the inspection units of a sample: the unit's ("5 inspection units of 10 m²": 10) and the
    sample's amount when it is that many units ("each roll = 50 m² = 5 inspection units of 10 m²": 50)."""
    m = re.search(_UNITS_OF, q)
    if m is None or m.group(2) is None:
        return []
    whole = float(m.group(1)) * float(m.group(2))
    before = re.search(rf"({NUMBER})\s*{_MEASURE}\s*=\s*$", q[: m.start()])
    return [m.group(2)] + ([before.group(1)] if before and math.isclose(float(before.group(1)), whole) else [])


def _samples_count(q: str) -> str | None:
    """The number of samples: "k = 25", "number of samples 25", "25 samples", "over the last 25 lots"."""
    return named_number(q, ["k", "number of samples", "number of subgroups"]) or _first(
        rf"({NUMBER})\s+(?:{_SAMPLED}\s+){{0,2}}(?:samples|sub-?groups|lots|batches|inspections|audits|days|shifts|hours|rolls|coils|"
        r"sheets|panels|boards)\b",
        q,
    )


# "117 were found defective in total", "96 of them were rejected": a total said with a verb
_FOUND_COUNTED = (rf"({NUMBER})\s+(?:[a-z]+\s+){{0,2}}?(?:were|was)\s+(?:found\s+|judged\s+|classed\s+)?(?:to be\s+|"
                  rf"as\s+)?(?:{_COUNTED}|rejected)\b")  # fmt: skip


# "340 abandoned calls in total", "96 late orders altogether": a total and the words naming what it counts
_IN_TOTAL = rf"(?<![\w.])({NUMBER})\s+((?:[a-z][a-z-]*\s+){{1,2}}?)(?:in total|in all|altogether|total)\b"


def _total_named(q: str, n: str) -> str | None:
    """The total of a p chart's counted items named by any words ("340 abandoned calls in total") unless they name
    only the units sampled ("5000 calls in total" of "200 calls sampled each day": no count of bad ones)."""
    sampled = re.search(rf"(?<![\w.]){re.escape(n)}\s+([a-z][a-z-]*)", q)
    for m in re.finditer(_IN_TOTAL, q):
        words = m.group(2).split()
        if not (sampled and words == [sampled.group(1)]) and m.group(1) != n:
            return m.group(1)
    return None


def _total_counted(q: str) -> str | None:
    """A c or u chart's total count said with the thing it counts ("240 alarms total", "96 flaws in all"), never a
    total of the samples or units themselves ("25 shifts in total")."""
    for m in re.finditer(_IN_TOTAL, q):
        if not re.fullmatch(
            rf"(?:{_SAMPLED}\s+)?(?:{_SAMPLES}|units|plates|dishes|panels|pieces|parts)", m.group(2).strip()
        ):
            return m.group(1)
    return None


def _total_of_all(q: str, n: str, samples_count: str) -> str | None:
    """The count of a p chart's counted items said as a part of all the units inspected: "400 of those 5000
    departures", "of the 5000 departures, 400 left late", where the whole is the samples times n (25 x 200 = 5000);
    None when no such part is said, or the whole is not the units inspected."""
    whole = float(samples_count) * float(n)
    parts = (
        rf"(?<![\w.])({NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|all\s+)*({NUMBER})\s+[a-z]",
        rf"\bof\s+(?:the\s+|those\s+|these\s+|all\s+)*({NUMBER})\s+[a-z][a-z-]*\s*,\s*({NUMBER})\s+[a-z]",
    )
    for pattern, (i_part, i_whole) in zip(parts, ((1, 2), (2, 1)), strict=True):
        for m in re.finditer(pattern, q):
            part, total = m.group(i_part), m.group(i_whole)
            if float(total.replace(",", "")) == whole and float(part.replace(",", "")) <= whole:
                return part
    return None


def _stated_whole(q: str, n: str, samples_count: str) -> str | None:
    """The units inspected in all, samples x n, where the question states that number of things ("20 weekly audits,
    each audit checks 25 CRFs, ... across all 500 CRFs": 500); None when it does not."""
    whole = _number(float(samples_count) * float(n))
    stated = re.search(rf"(?<![\w.]){re.escape(whole)}\s+(?:{_SAMPLED}\s+)?{_SAMPLED}", q)
    return whole if stated else None


def _number(value: float) -> str:
    """A count as written, without a trailing ".0": 5000.0 -> "5000"."""
    return f"{value:g}" if value != int(value) else str(int(value))


def _first(pattern: str, q: str) -> str | None:
    m = re.search(pattern, q)
    return m.group(1) if m else None


def _first_of(pattern: str, q: str) -> str | None:
    """The first group that took part in the first match of a pattern of alternatives, each with one group."""
    m = re.search(pattern, q)
    return next((g for g in m.groups() if g is not None), None) if m else None


# the span a stated centre averages over, between its name and its value: "pbar across the last month = 0.06", "c-bar
# over the past 30 days is 4.2" (never a count of samples "of" a size: "pbar over 25 samples of 200")
_SPAN = (
    r"(?:\s+(?:over|across|for|from|in|during)\s+(?:the\s+)?(?:(?:last|past|previous|prior|first)\s+)?(?:\d+\s+)?"
    r"[a-z]+\b(?!\s+of\b))?"
)


def _rate(q: str, kind: str) -> str | None:
    """A stated centre: p-bar (a fraction or a percentage), c-bar or u-bar ("1.8 defects per unit"), also with the span
    it averages over between its name and its value ("pbar across the last month = 0.06")."""
    centre = ["cent(?:er|re)[- ]?line(?: at| of)?"] * (kind != "np")  # an np chart's centre is n p-bar
    if kind in ("p", "np"):
        names = ["p-?bar", "p̄", _SHARE_NAMED, "defective rate", *centre]
        return named_number(q, [f"(?:{name}){_SPAN}" for name in names]) or _average_share(q)
    bars = [*(["c-?bar", "c̄"] if kind == "c" else ["u-?bar", "ū"]), *centre]
    bar = named_number(q, [f"(?:{name}){_SPAN}" for name in bars])
    return (
        bar
        or _first(rf"({NUMBER})\s+{_COUNTED}\s+per\s+(?:unit|item|board|sample|piece|roll|sheet|panel)", q)
        or (_first_of(_AVERAGE_PER_UNIT, q) if kind == "c" else None)  # a u chart's u-bar is per unit of its n
    )


# c-bar or u-bar as an average of any counted thing per inspection unit: "average 4.6 specks per inspection unit", "an
# average of 2.1 voids per board", "on average 3 gels per roll", per period counted: "average 9.4 alarms/day",
# "averaged 9.4 a day"
_AVERAGE_PER_UNIT = (
    rf"\b(?:(?:on\s+)?average|mean|avg\.?|an\s+average\s+of|averag(?:es|ed|ing))\s*(?:of\s+|is\s+|=\s*|:\s*)?({NUMBER})\s*"
    r"(?:[a-z][a-z-]*\s*){0,2}?(?:per\s+|/\s*|an?\s+)(?:inspection\s+)?"
    r"(?:unit|item|board|sample|piece|roll|sheet|panel|length|area|day|shift|hour|week|month|batch|lot)\b|"
    rf"\b(?:(?:the\s+)?average|mean|avg\.?)\s+(?:is|was|=|:|of)\s*({NUMBER})\s+(?:[a-z][a-z-]*\s+){{0,1}}{_COUNTED}\s+"
    r"per\s+[a-z][a-z-]*\b"
)  # "average is 4.5 defects per side": the counted thing named, per any one inspected thing


# p-bar in words (the samples it averages over, between the name and its value, read by _SPAN: "average fraction
# defective over 25 samples is 0.035"), "the mean proportion of nonconforming units across the last 20 lots was 2.5%"
_SHARE_NAMED = (
    r"(?:(?:average|mean|process|overall)\s+)?(?:fraction|proportion|share)\s+(?:of\s+)?"
    r"(?:defective|nonconforming|non-conforming)(?:\s+(?:units|items|parts|pieces))?"
)  # the span it averages over is _SPAN's, after the name
# p-bar as an overall share of any named bad outcome, read where no totals are stated: "overall fraction late is 4.5%", "the average proportion of late
# orders was 0.045", "long-run share of missed picks 2%", "the average proportion positive for RSV was 0.035"
_SHARE_OVERALL = (
    r"(?:average|mean|process|overall|long[- ]run|historical)\s+(?:[a-z][a-z-]*\s+)?(?:fraction|proportion|share|percent(?:age)?|rate)"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?!(?:is|was|are|were|of|about|around)\b)[a-z][a-z-]*){0,3}?"
)
# "process average 3.5% defective", "an average of 3.5% nonconforming", "3.5% defective on average"
_SHARE_AVERAGE = re.compile(
    rf"(?:(?:process|overall)\s+average|an\s+average\s+of|averag(?:es|ing))\s*(?:is\s+|of\s+|=\s*|:\s*)?({NUMBER})\s*%"
    rf"\s*(?:defective|nonconforming|non-conforming)\b|({NUMBER})\s*%\s*(?:defective|nonconforming)\s+on\s+average\b",
    re.I,
)


def _average_share(q: str) -> str | None:
    """p-bar said as an average percentage ("process average 3.5% defective") as a fraction ("0.035")."""
    m = _SHARE_AVERAGE.search(q)
    return str(Decimal(m.group(1) or m.group(2)) / 100) if m else None


# what one sample of an attribute chart is: "150 units per lot", "inspects 150 from each lot", "lots of 150"
_SAMPLES = (
    r"(?:samples?|sub-?groups?|lots?|batch(?:es)?|days?|shifts?|hours?|hrs?|weeks?|wks?|months?|runs?|inspections?|audits?|rolls?"
    r"|coils?|orders?)"
)


# the verbs that draw a sample, so that the thing after its number is what is sampled ("we inspect 150 syringes
# every day"), not what is counted ("3 scratches per roll"); a manner may be joined to the verb ("squeeze-test")
_DRAWN = r"(?:[a-z]+-(?=[a-z]))?(?:re-?)?(?:inspect|sampl|check|test|examin|pull|draw|select|audit|scor|review|screen|assess|grad|evaluat|verifi|verif|weigh|measur|gaug|x-?ray|scann?|imag|radiograph)(?:s|ed|ing|e|es)?"
# "from each of 12 hatchery batches": the samples counted after "each of", up to two words naming them
_EACH_OF = rf"(?:from|in|out of)\s+each\s+of(?:\s+(?:the|our))?(?:\s+{NUMBER})?(?:\s+[a-z][a-z-]*){{0,2}}?"
_EVERY = rf"(?:per|each|every|{_EACH_OF}|(?:from|in|out of)\s+(?:each|every))"
_EVERY_DRAWN = rf"(?:{_EVERY}|an?)"  # after a drawing verb also "a day": "we inspect 200 tablets a day"


# a count drawn, by a verb that samples, from each of whatever a subgroup is taken per: "we audit 5 clamps per job",
# "measure 4 shafts from each batch", "5 clamps are audited per job"
_DRAWN_PER_ANY = (
    rf"\b{_DRAWN}\s+({NUMBER})\s+(?:{_SAMPLED}\s+)?{_SAMPLED}\s+{_EVERY}\s+[a-z][a-z-]*\b"
    rf"|(?<![\w.])({NUMBER})\s+{_SAMPLED}\s+(?:are|were|get|got)\s+{_DRAWN}\s+{_EVERY}\s+[a-z][a-z-]*\b"
)


# the period named before what is drawn in it: "each week we re-score 150 exams", "each week our lab tests 400", "each week, 150 exams are re-scored", "every day, 200 tablets are checked"
_PERIOD_FIRST = (
    rf"\b{_EVERY}\s+{_SAMPLES}\s*,?\s+(?:(?:(?:we|they|i|(?:the|our|their|this|that)\s+[a-z-]+)\s+)?{_DRAWN}\s+({NUMBER})\b"
    rf"|({NUMBER})\s+(?:{_SAMPLED}\s+)?{_SAMPLED}\s+(?:are|were|get|got)\s+{_DRAWN}\b)"
)


# a sample's size said of each sample: "each subgroup = 5 vehicles", "every sample contains 50 bottles"
# the samples named, then each one's units: "20 samples, each of 150 tablets", "25 lots, each with 200 vials" (never
# "each of 20 samples": the samples are named before "each")
_EACH_OF_UNITS = (
    rf"\b{_SAMPLES}\s*[,;]?\s*(?:each|every\s+one)\s+(?:of|with|holding|containing|having)\s+({NUMBER})\s+"
    rf"(?!{_SAMPLES}\b){_SAMPLED}\b"
)
_EACH_HOLDS = (
    rf"\b(?:each|every)\s+{_SAMPLES}\s*(?:=|:|is|has|contains|holds|covers|consists\s+of)\s*({NUMBER})\s+"
    rf"(?:{_SAMPLED}\s+)?{_SAMPLED}\b"
)


def _sample_size(q: str) -> str | None:
    """The units in each sample: "n = 200", "samples of 200", "lots of 150", "25 samples of 200 units each", "the line
    pulls 150 units per lot", "inspects 150 from each lot", "160 units tested each shift", "150 per day", "150
    syringes every day", "each week we re-score 150 exams", "each week, 150 exams are re-scored", "we inspect 200 tablets a day", "each sample covering 5 m^2", "each subgroup = 5 vehicles", "12 rolls, 5 m^2 each", "200
    wells/day", "250 larvae x-rayed from each of 12 batches", "25 daily samples, 200 cases each", "20 samples, each of 150
    tablets"."""
    found = named_number(q, ["n", r"(?:sample|lot|batch|subgroup) size\s+(?:const(?:ant)?|fixed)(?:\s+at)?", "sample size", "subgroup size", "samples? of size", "of size", "size", "samples? of",
                             "sub-?groups? of", "lots? of", "batch(?:es)? of"])  # fmt: skip
    return (
        found
        or _first(rf"(?:of|with)\s+({NUMBER})\s+(?:{_UNITS}\b|each\b)", q)
        or _first(rf"({NUMBER})\s+{_UNITS}\s+(?:each|per sample|in each)", q)
        or _first(rf"({NUMBER})\s+(?:{_UNITS}\s+)?(?:{_DRAWN}\s+)?{_EVERY}\s+{_SAMPLES}\b", q)
        or _first(rf"\b{_DRAWN}\s+({NUMBER})\s+(?:{_SAMPLED}\s+)?{_SAMPLED}\s+{_EVERY_DRAWN}\s+{_SAMPLES}\b", q)
        or _first(
            rf"({NUMBER})\s+(?:{_SAMPLED}\s+)?{_SAMPLED}\s+(?:(?:are|were|get|got)\s+)?{_DRAWN}\s+{_EVERY_DRAWN}\s+{_SAMPLES}\b",
            q,
        )
        or _first_of(_PERIOD_FIRST, q)
        or _first(_EACH_HOLDS, q)
        or _first(rf"\beach\s+(?:sample\s+)?(?:covering\s+|of\s+|is\s+|spans?\s+)?({NUMBER})\s*{_MEASURE}", q)
        or _first(rf"({NUMBER})\s*{_MEASURE}\s*each\b", q)
        or _first(rf"(?<![\w.])({NUMBER})\s+{_SAMPLED}\s*/\s*{_SAMPLES}\b", q)  # "200 wells/day"
        or _first(rf"\b{_SAMPLES}\s*[,;]?\s*(?:(?:of|with)\s+)?({NUMBER})\s+{_SAMPLED}\s+(?:each|apiece)\b", q)
        or _first(_EACH_OF_UNITS, q)
    )  # the last two: "25 daily samples, 200 cases each", "20 samples, each of 150 tablets"


# an amount of a measure inspected each period, a u chart's n in inspection units of that measure: "surveys 8 km of
# main every week", "8 km of pipe are walked weekly", "each week the crew surveys 8 km of main"
_PERIODIC = r"(?:hourly|daily|weekly|monthly|quarterly)\b"
_AMOUNT_PER_PERIOD = (
    rf"(?<![\w.])({NUMBER})\s*({_MEASURE})(?:\s+of(?:\s+[a-z][a-z-]*){{1,3}}?)?\s+(?:(?:is|are|was|were|gets?|got)\s+"
    rf"[a-z]+\s+)?(?:{_EVERY_DRAWN}\s+{_SAMPLES}\b|{_PERIODIC})"
    rf"|\b(?:{_EVERY}\s+{_SAMPLES}\b|{_PERIODIC})\s*,?\s+(?:[a-z][a-z-]*\s+){{0,4}}?({NUMBER})\s*({_MEASURE})"
)
# a unit's names in one spelling: "kilometres" -> "km", "metre" -> "m", "feet" -> "ft", "square metres" -> "m2"
_UNIT_SPELLINGS = {"kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "mile": "mi", "foot": "ft",
                   "feet": "ft", "yard": "yd", "litre": "l", "liter": "l", "hour": "h"}  # fmt: skip


def _unit_key(unit: str) -> str:
    """One spelling of a unit of _MEASURE: "km" and "kilometres" -> "km", "m²", "m^2", "sq m", "square metres" ->
    "m2"."""
    text = re.sub(r"[\s.]+", " ", unit.lower()).strip()
    square = bool(re.match(r"(?:square|sq)\b", text)) or bool(re.search(r"(?:²|\^?2)$", text))
    base = re.sub(r"^(?:square|sq)\s*|\s*(?:²|\^?2)$", "", text)
    base = base[:-1] if base.endswith("s") and base[:-1] in _UNIT_SPELLINGS else base
    base = _UNIT_SPELLINGS.get(base, base)
    return base + "2" * square


def _amount_surveyed(q: str) -> str | None:
    """A u chart's n as the amount of a length, area, mass, volume or time inspected each period ("the crew surveys 8
    km of main every week": n = 8, u-bar in leaks per km); None when none is said. PlanError when the chart's rate is
    asked per another amount ("leaks per 100 m", "per mile" of 8 km a week): n would be in other units."""
    m = re.search(_AMOUNT_PER_PERIOD, q)
    if m is None:
        return None
    amount, unit = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    for per in re.finditer(rf"\bper\s+(?:({NUMBER})\s*)?({_MEASURE})", q):
        if (per.group(1) not in (None, "1", "one")) or _unit_key(per.group(2)) != _unit_key(unit):
            raise PlanError(f"u chart limits: {amount} {unit} inspected each period, but the rate is asked per "
                            f"{per.group(0)[4:]}: give the sample size n in the units of the rate")  # fmt: skip
    return amount


def _per_sample(q: str) -> str | None:
    """A p or np chart's units in each sample counted as any sampled thing "per sample" ("200 splices per sample",
    "150 welds in each subgroup"): what a p chart counts in each sample are its units (the counted bad ones,
    "4 rejects per sample", are no units), or each period, "160 deps every day", "300 specimens received per day",
    or per any thing the samples are counted as (``_per_counted_sample``)."""
    return (
        _first(rf"(?<![\w.])({NUMBER})\s+{_SAMPLED}\s+(?:per|in\s+each|in\s+every|each)\s+(?:sample|sub-?group)\b", q)
        or _first(
            rf"(?<![\w.])({NUMBER})\s+{_SAMPLED}\s+(?:(?:are|were|get|got)\s+)?(?:{_RECEIVED}\s+)?(?:per|each|every)\s+{_PERIOD}\b",
            q,
        )
        or _per_counted_sample(q)
    )


# a period a p chart's sample is taken in: "160 deps every day" (units, where "3 scratches per roll" counts defects)
_PERIOD = r"(?:days?|shifts?|hours?|weeks?|months?)"
# how the units of a period's sample come in: "300 specimens received per day", "250 tubes inspected each shift"
_RECEIVED = rf"(?:{_DRAWN}|received|processed|submitted|delivered|logged|handled)"


# "200 seeds per test", "200 seeds in each tray": a count of any sampled thing per one of any other thing
_PER_THING = rf"(?<![\w.])({NUMBER})\s+{_SAMPLED}\s+(?:(?:are|were)\s+)?(?:{_RECEIVED}\s+)?(?:per|in\s+each|in\s+every|from\s+each|each)\s+([a-z][a-z-]*?)(?:es|s)?\b"
# "12 tests of 200 seeds", "12 tests of 200 each", "each of the 12 tests used 200 seeds", "each of 12 trays held 200"
_THINGS_OF = (
    rf"(?<![\w.]){NUMBER}\s+(?:{_SAMPLED}\s+)?[a-z][a-z-]*s\s+(?:of|with)\s+({NUMBER})\s+(?:{_SAMPLED}\b|each\b)"
    rf"|\beach\s+of\s+(?:the\s+)?{NUMBER}\s+(?:{_SAMPLED}\s+)?[a-z][a-z-]*s\s*,?\s+(?:had|has|held|holds|used|uses|"
    rf"contained|contains|covered|covers|(?:is|was)\s+of|of|with)\s+({NUMBER})\b"
)


def _per_counted_sample(q: str) -> str | None:
    """A p or np chart's n as the units per any thing that the samples are counted as: "200 seeds per test, 12
    tests" (200, the tests counted elsewhere), "250 seeds per lot" (a sample's name), "12 tests of 200 seeds", "each
    of the 12 tests used 200 seeds"; None when the thing a count is per is never counted nor a sample's name ("200 seeds per hour": the hours are no samples said)."""
    for m in re.finditer(_PER_THING, q):
        thing = re.escape(m.group(2))
        if re.fullmatch(_SAMPLES, m.group(2)) or re.search(
            rf"(?<![\w.]){NUMBER}\s+(?:{_SAMPLED}\s+)?{thing}(?:es|s)\b", q
        ):
            return m.group(1)
    return _first_of(_THINGS_OF, q)


def audit_control_chart(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Centre and limits recomputed with numpy/scipy: I chart (d2 = 2/sqrt(pi) for moving ranges of two),
    X-bar/R of raw subgroups (d2(n) by quadrature), summary limits from d2, d3 and c4 computed here, and
    attribute limits from their binomial/Poisson sigma."""
    import numpy as np

    f = plan.facts
    if "chart" in f:
        return _audit_limits(f, result)
    x = np.array([float(v) for v in f["values"]])
    k = float(f.get("nsigmas", 3))
    if "subgroup" in f:
        n = f["subgroup"]
        groups = x.reshape(-1, n)
        want_ucl = x.mean() + k * np.ptp(groups, axis=1).mean() / (d2_quadrature(n) * math.sqrt(n))
        return [close_check("centre = grand mean", result.get("center"), float(x.mean()), 1e-9),
                close_check(f"UCL = grand mean + {k:g} Rbar/(d2 sqrt n)", result.get("ucl"), float(want_ucl), 1e-7)]  # fmt: skip
    mr = np.abs(np.diff(x)).mean()
    d2 = float(f.get("d2") or 2 / math.sqrt(math.pi))  # the d2 stated for n = 2, else the exact one
    want_ucl, want_lcl = x.mean() + k * mr / d2, x.mean() - k * mr / d2
    checks = [close_check("centre = mean", result.get("center"), float(x.mean()), 1e-9),
              close_check(f"UCL = mean + {k:g} MRbar/d2 (d2 = {d2:g})", result.get("ucl"), float(want_ucl), 1e-9),
              close_check(f"LCL = mean - {k:g} MRbar/d2 (d2 = {d2:g})", result.get("lcl"), float(want_lcl), 1e-9)]  # fmt: skip
    if "e2" in f and "nsigmas" in f:  # the limits as the question writes them: mean + E2 MR-bar, E2 within 0.01 of 3/d2
        written = x.mean() + float(f["e2"]) * mr
        checks.append(close_check(f"UCL = mean + {f['e2']} MRbar as written", result.get("ucl"), float(written), 1e-9))
    return checks


def _audit_limits(f: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    kind = f["chart"]
    want = _summary_limits(f) if kind in ("xbar_r", "xbar_s", "r", "s") else _attribute_limits(f)
    return [close_check(f"{kind} {name} recomputed", result.get(name), value, 1e-7, 1e-12)
            for name, value in zip(("center", "lcl", "ucl"), want, strict=True)]  # fmt: skip


def _summary_limits(f: dict[str, Any]) -> tuple[float, float, float]:
    """Factors from d2, d3 (quadrature) and c4 (gamma functions), rounded to 3 decimals as printed."""
    from scipy.special import gamma

    n, k = int(f["n"]), float(f.get("nsigmas", 3))
    printed = (lambda v: round(v, 3)) if f.get("constants") == "printed" else (lambda v: v)
    if "rbar" in f:  # A2 = k/(d2 sqrt n), D3, D4 = 1 -+ k d3/d2 (k = 3 sigmas unless stated)
        spread, d2 = float(f["rbar"]), d2_quadrature(n)
        width, ratio = k / (d2 * math.sqrt(n)), k * _d3_quadrature(n, d2) / d2
    else:  # A3 = k/(c4 sqrt n), B3, B4 = 1 -+ k sqrt(1 - c4^2)/c4
        spread = float(f["sbar"])
        c4 = math.sqrt(2 / (n - 1)) * gamma(n / 2) / gamma((n - 1) / 2)
        width, ratio = k / (c4 * math.sqrt(n)), k * math.sqrt(1 - c4 * c4) / c4
    width, low, high = printed(width), printed(max(1 - ratio, 0.0)), printed(1 + ratio)
    if f["chart"] in ("r", "s"):
        return spread, low * spread, high * spread
    center = float(f["center"])
    return center, center - width * spread, center + width * spread


def _d3_quadrature(n: int, d2: float) -> float:
    """SD of the range of n standard normals: E[W^2] = 2 int w P(W > w) dw with P(W <= w) = n int phi(x)
    (Phi(x + w) - Phi(x))^(n-1) dx (inner integral by scipy's quad_vec on a grid of w, outer by Simpson)."""
    import numpy as np
    from scipy import integrate, stats

    w = np.linspace(0.0, 16.0, 3201)
    inner = lambda x: stats.norm.pdf(x) * (stats.norm.cdf(x + w) - stats.norm.cdf(x)) ** (n - 1)  # noqa: E731
    cdf = n * integrate.quad_vec(inner, -np.inf, np.inf, epsabs=1e-13)[0]
    second = 2 * integrate.simpson(w * (1 - cdf), x=w)
    return math.sqrt(second - d2 * d2)


def _attribute_limits(f: dict[str, Any]) -> tuple[float, float, float]:
    """p: p-bar -+ k sqrt(p-bar(1 - p-bar)/n) in [0, 1]; np: n times that in [0, n]; c: c-bar -+ k sqrt(c-bar);
    u: u-bar -+ k sqrt(u-bar/n); lower limits at least 0 (k = 3 sigmas unless stated)."""
    kind, k = f["chart"], float(f.get("nsigmas", 3))
    n = float(f["n"]) if f.get("n") is not None else 1.0
    if "counts" in f:
        total, samples_count = sum(float(c) for c in f["counts"]), len(f["counts"])
    else:
        total, samples_count = float(f.get("total") or 0), float(f.get("sample_count") or 1)
    rate = float(f["center"]) if "center" in f else total / (samples_count * n)
    if kind == "p":
        half = k * math.sqrt(rate * (1 - rate) / n)
        return rate, max(rate - half, 0.0), min(rate + half, 1.0)
    if kind == "np":
        half = k * math.sqrt(n * rate * (1 - rate))
        return n * rate, max(n * rate - half, 0.0), min(n * rate + half, n)
    half = k * math.sqrt(rate / n)
    return rate, max(rate - half, 0.0), rate + half
