"""Reasoning tool of the spc plugin for capability: an index from summary statistics or from the measurements,
and the expected fraction out of specification of a normal process; with audits."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from plugins.api.prose import (
    MEAN_NAMES,
    NUMBER,
    PM_SIGN,
    ExtractError,
    engineering,
    exact_limit,
    in_percent,
    limits_reversed,
    named_value,
    named_value_of_noun,
    normal_share,
    number_spans,
    numbers,
    samples,
    spec_limits,
    spec_limits_in_percent,
    spec_share,
)
from plugins.api.reasoning import Check, Plan, PlanError, close_check

_INDEX = re.compile(r"\b(cpk|ppk|cp|pp)\b")
_INDEX_NAMES = {"cp": "Cp", "cpk": "Cpk", "pp": "Pp", "ppk": "Ppk"}
_SD = ["sd", "sigma", "standard deviation", "std dev", "std", "s"]


def plan_capability(question: str) -> Plan:
    q = engineering(question).lower()  # "spec 9.9k–10.1k" -> "spec 9900–10100" (before "M" could read as milli)
    lsl, usl = capability_limits(q, as_written=True)  # "USL 0.50%" beside "averages 0.32%": percentage points
    if limits_reversed(lsl, usl):
        raise PlanError(f"the LSL ({lsl}) is not below the USL ({usl}): check which limit is which")
    index = _INDEX.search(q)
    want = index.group(1) if index else "cpk"
    data = _measurements(q)
    if data is not None:
        return _from_data(q, data, want, lsl, usl)
    mean = process_mean(q)  # "averages 99.2 %" with "spec 95-105 %": percentage points as written
    if (lsl, usl) == (None, None) and index is not None and (half := _tolerance_only(q)) is not None:
        lsl, usl, mean = f"-{half}", half, None  # Cp needs only the width: the limits as deviations from nominal
        plan = _from_summary(q, False, want, mean, lsl, usl)
        plan.facts["note"] = f"the limits read as deviations from nominal, -{half} and +{half}"
        if widths := [m.group(1) for m in _TOTAL_WIDTH.finditer(q)]:
            plan.facts["tolerance_width"] = widths  # "spec width 0.06 mm total": the same limits said as a width
        return plan
    plan = _from_summary(q, index is None, want, mean, lsl, usl)
    if not same_units(q, mean, lsl, usl):
        plan.facts.setdefault("note", "the values are read as written, in percentage points (some without a %)")
    return plan


# a specification's range written before its name: "the 147–155 g spec", "a 9.5-10.5 mm specification", "the 20 to 25
# tolerance" (no percentage: a share or a level)
_RANGE_BEFORE_SPEC = re.compile(
    rf"(?<![\w.])(?P<low>{NUMBER})\s*(?:[^\W\d_]{{1,6}}\.?\s*)?(?:–|-|to)\s*(?P<high>{NUMBER})\s*"
    r"(?:[^\W\d_]{1,6}\.?\s+)?(?:spec(?:ification)?s?(?:\s+limits)?|tolerances?)\b"
)


def capability_limits(q: str, as_written: bool = False) -> tuple[str | None, str | None]:
    """(LSL, USL) as ``spec_limits`` reads them, or a range written before the word spec ("same 147–155 g spec":
    ("147", "155")) where it reads none; None where a limit is not given."""
    lsl, usl = spec_limits(q, as_written=as_written)
    if (lsl, usl) != (None, None):
        return lsl, usl
    m = _RANGE_BEFORE_SPEC.search(q)
    if m is None or re.match(r"\s*(?:%|percent)", q[m.end("low") :]) or float(m["low"]) >= float(m["high"]):
        return None, None
    return m["low"], m["high"]


# the whole width of a specification, named so: "spec width 0.06 mm", "tolerance width of 0.06", "total tolerance 0.06",
# "total spec width = 0.06" (not "spec range 9.5 to 10.5": a range's first number is its lower limit)
_TOTAL_WIDTH = re.compile(
    rf"\b(?:(?:spec(?:ification)?|tolerance)\s+width|total\s+(?:(?:spec(?:ification)?|tolerance)\s+width|tolerance|width))"
    rf"\s*(?:of|is|=|:)?\s*({NUMBER})(?!\s*(?:%|percent))"
)


def _tolerance_only(q: str) -> str | None:
    """The half-width of a symmetric tolerance stated without its nominal, when only Cp or Pp is asked ("tolerance
    is ±0.3 mm around nominal ... Cp?", "spec width 0.06 mm total (±0.03) ... Cp?", "total tolerance 0.06 mm ...
    Pp?"): the width is all those indices need. None when a nominal or a mean could matter (Cpk or Ppk named, a
    number right before the ±), when the tolerance is a percentage, or when two different half-widths are stated."""
    if set(_INDEX.findall(q)) - {"cp", "pp"} or not re.search(r"\btoleranc|\bspec(?:ification)?s?\b", q):
        return None
    found = {
        m.group(1)
        for m in re.finditer(rf"(?<![\d.])\s*{PM_SIGN}\s*({NUMBER})(?!\s*(?:%|percent))", q)
        if not re.search(rf"{NUMBER}\s*(?:[a-zµ°Ω]+\s*)?$", q[: m.start()])
    }
    halves = {Decimal(half) for half in found} | {Decimal(m.group(1)) / 2 for m in _TOTAL_WIDTH.finditer(q)}
    if len(halves) != 1 or not (half := halves.pop()) > 0:
        return None
    return found.pop() if found else format(half, "f")


def process_mean(q: str) -> str | None:
    """The process mean as written: "mean 10.02", "averages 99.2 %", or after the noun it qualifies, "mean
    resistance 1001.5 ohm", "average lead time is 4.4 days"."""
    found = named_value(q, MEAN_NAMES) or named_value_of_noun(q, MEAN_NAMES)
    return found[0] if found else None


def _pair_asked(q: str, want: str) -> list[str]:
    """The indices of one term asked together, "Cp and Cpk?", "Pp/Ppk": ["cp", "cpk"] (["pp", "ppk"]); else
    [``want``] alone."""
    named = set(_INDEX.findall(q))
    pair = ["cp", "cpk"] if want in {"cp", "cpk"} else ["pp", "ppk"]
    return pair if set(pair) <= named else [want]


def _index_text(want: str, mean: str | None, sd: str | None, lsl: str | None, usl: str | None) -> str:
    """Study-language text of the index ``want`` from summary statistics; PlanError saying what is missing."""
    if want in {"cp", "pp"}:  # Pp and Ppk are Cp and Cpk of the overall sd the question gives
        if sd is None or lsl is None or usl is None:
            raise PlanError(_missing(want, {"the process standard deviation": sd, "the LSL": lsl, "the USL": usl}))
        return f"({usl} - ({lsl}))/(6*{sd})"
    if mean is None or sd is None or (lsl is None and usl is None):
        needed = {"the process mean": mean, "the process standard deviation": sd, "a specification limit": lsl or usl}
        raise PlanError(_missing(want, needed))
    sides = [f"({usl} - {mean})/(3*{sd})"] * (usl is not None) + [f"({mean} - ({lsl}))/(3*{sd})"] * (lsl is not None)
    return f"min({', '.join(sides)})" if len(sides) > 1 else sides[0]


def _from_summary(q: str, unnamed: bool, want: str, mean: str | None, lsl: str | None, usl: str | None) -> Plan:
    """The index ``want`` from the mean, sd and limits (both of a pair asked together, "Cp and Cpk", as a list led
    by Cp), or the share of the specification asked when no index is named (``unnamed``)."""
    if unnamed and (share := _share_asked(q)) is not None:
        return _share(q, share, mean, process_sd(q, None), lsl, usl)
    sd = process_sd(q, "short" if want in {"cp", "cpk"} else "long")
    within = _within(q, want, sd)
    if within is not None:  # sigma = R-bar/d2 (S-bar/c4) from a control chart's summary, the grand mean its mean
        mean = mean or _grand_mean(q)
        sd = repr(within.value)
    asked = _pair_asked(q, want)
    texts = [_index_text(index, mean, within.text if within else sd, lsl, usl) for index in asked]
    expr = texts[0] if len(texts) == 1 else f"[{', '.join(texts)}]"
    facts = {"index": asked[-1], "mean": mean, "sd": sd, "lsl": lsl, "usl": usl, "nominal": _nominal(q, lsl, usl),
             **_placement(q, mean, sd, lsl, usl)}  # fmt: skip
    if (percent := _tolerance_percent(q, facts["nominal"], lsl, usl)) is not None:
        facts["tolerance_percent"] = percent  # "10k ±1% ..., spec limits 9.9k–10.1k": the same limits said twice
    if within is not None:
        facts.update(within.facts())
        if within.note:
            facts["note"] = "; ".join(filter(None, [within.note, facts.get("note")]))
    if len(asked) > 1:
        facts["indices"] = asked
    if terms := {term: value for term, value in _stated_sds(q) if term}:  # the short- and long-term sigmas said
        facts["sigmas"] = terms
    return Plan("capability", f"show {expr}", facts)


def _within(q: str, want: str, sd: str | None) -> Any:
    """The within-subgroup sigma R-bar/d2 or S-bar/c4 (``reasoning_within.WithinSigma``) for Cp or Cpk when the
    question states R-bar (S-bar) and no sd of its own (an sd read that is R-bar's own number, "sigma = R-bar/d2 =
    0.07/2.326", is none); None otherwise. PlanError for Pp or Ppk from R-bar alone: they use the overall sigma."""
    from plugins.spc.reasoning_within import WITHIN_FORMULA, within_sigma

    within = within_sigma(q) if sd is None or re.search(WITHIN_FORMULA, q) else None
    if within is None or (sd is not None and sd != within.value_text):
        return None
    if want in {"pp", "ppk"}:
        formula = f"{'R' if within.spread == 'rbar' else 'S'}-bar/{within.constant_name}"
        raise PlanError(f"Pp and Ppk use the overall (long-term) sigma; {formula} is the within-subgroup one: ask "
                        "for Cp/Cpk or give the overall sd")  # fmt: skip
    return within


def _grand_mean(q: str) -> str | None:
    from plugins.spc.reasoning_charts import grand_mean

    return grand_mean(q)


_SHORT = (r"short[- ]?term|within(?:[- ]sub-?groups?)?|potential|(?:from|off)\s+(?:the\s+|an?\s+)?(?:control\s+|"
          r"x-?bar[- /]*(?:r|s)?\s+|r\s+|s\s+)?chart|[rs]-?bar\s*/\s*(?:d_?2|c_?4)")  # fmt: skip
_LONG = r"long[- ]?term|overall"
_SIGMA = re.compile(r"(?<!\d)(?<!\d[- ])(?:\bsigma|\bsd|\bs\.d\.|\bstd\.?(?:\s?dev(?:iation)?\.?)?|\bstdev|"
                    r"\bstandard deviation)(?:_?(st|lt))?\b(?!\s*(?:\^|\*\*|squared))")  # fmt: skip
# between an sd's name and its number: no sentence's end nor another quantity's name ("sigma = R-bar/d2: subgroup
# size 4": the 4 is the size's)
_GAP = re.compile(r"(?:(?!\.\s|[;?!\n]|\b(?:mean|average|lsl|usl|spec\w*|limits?|nominal|target|cp\w?|pp\w?|size)\b|\bn\s*=)"
                  r"(?:d_?2|[^\d])){0,40}")  # fmt: skip


def process_sd(q: str, term: str | None) -> str | None:
    """The process sd for an index of ``term`` ("short": Cp, Cpk; "long": Pp, Ppk; None: either, the long-term one
    first): one named so ("short-term sigma from the chart is 0.4", "within sigma 0.4", "sigma (short term) = 0.4",
    "sigma_ST 0.4", "long-term sigma", "overall sd"), else an sd named neither way ("sd 0.015"). PlanError when
    only the other term's sd is stated (a long-term sigma gives Pp, not Cp)."""
    stated = _stated_sds(q)
    if term is None:
        ranked = sorted(stated, key=lambda found: found[0] != "long")
        return ranked[0][1] if ranked else _written(q, _SD)
    named = [value for said, value in stated if said == term]
    if named:
        return named[0]
    plain = next((value for said, value in stated if said is None), None) or _written(q, _SD)
    other = next((said for said, _ in stated if said not in (None, term)), None)
    if other is not None and not any(said is None for said, _ in stated):
        indices, sigma = (
            ("Cp and Cpk", "short-term (within)") if term == "short" else ("Pp and Ppk", "long-term (overall)")
        )
        raise PlanError(f"{indices} use the {sigma} sigma, but the question gives the {other}-term one: ask for "
                        f"{'Pp/Ppk' if term == 'short' else 'Cp/Cpk'} or give the {sigma} sigma")  # fmt: skip
    return plain


def same_units(q: str, mean: str | None, lsl: str | None, usl: str | None) -> bool:
    """Whether the mean and the specification limits are all written as percentages, or all without. PlanError when
    they are not and, read as written, the mean lies far outside the specification ("averages 32% ... USL 0.50": a
    fraction beside percentage points?); or when the sd alone is a percentage ("mean 10.0 mm, sd 2%": a relative
    sd?). Values in percent are read in percentage points as written ("spec 95-105 % ... mean 99.2" too)."""
    said_mean, said_sd = named_value(q, MEAN_NAMES), named_value(q, _SD)
    said = {
        name: flag for name, flag in zip(("LSL", "USL"), spec_limits_in_percent(q), strict=True) if flag is not None
    }
    if said_mean is not None:
        said["mean"] = said_mean[1] == "%"
    sd = process_sd(q, None)
    if len(set(said.values())) > 1 and mean is not None and sd is not None and _far_outside(mean, sd, lsl, usl):
        percent = " and ".join(name for name, flag in said.items() if flag)
        plain = " and ".join(name for name, flag in said.items() if not flag)
        raise PlanError(f"the {percent} {'is' if ' and ' not in percent else 'are'} written in percent but the "
                        f"{plain} {'is' if ' and ' not in plain else 'are'} not, and so read the mean lies far outside "
                        "the specification: give the mean and the specification limits in the same unit")  # fmt: skip
    if said_sd is not None and said_sd[1] == "%" and said_mean is not None and said_mean[1] != "%":
        raise PlanError("the sd is written in percent but the mean is not (a relative sd?): give the sd in the "
                        "mean's unit")  # fmt: skip
    return len(set(said.values())) <= 1


def _written(q: str, names: list[str]) -> str | None:
    """The number after one of ``names`` as written: a percentage kept in points, as the limits are read."""
    found = named_value(q, names)
    return found[0] if found else None


# a chart constant stated on its own just before a number ("(d2 = 2.059)", ", c4 = 0.94"), not the end of the sd's
# formula ("sigma = R-bar/d2 = 0.4": that number is the sd)
_CONSTANT_STATED = re.compile(r"(?:^|[^/\s])\s*\b(?:d_?2|c_?4)\s*(?:\(\s*\d+\s*\)\s*)?(?:=|:|of|is)\s*$")


def _stated_sds(q: str) -> list[tuple[str | None, str]]:
    """Each sd the question states, as (its term: "short", "long" or None, the number as written)."""
    found = []
    for word in _SIGMA.finditer(q):
        after = q[word.end() : word.end() + 60]
        value = next(((start, v) for start, v in number_spans(after)), None)
        if value is None or not _GAP.fullmatch(after[: value[0]]) or re.match(rf"{NUMBER}\s*%", after[value[0] :]):
            continue
        if _CONSTANT_STATED.search(after[: value[0]]):  # "sigma = R-bar/d2 (d2 = 2.059)": the number is d2's
            continue
        before = re.split(r"[,;:.](?:\s|$)", q[max(0, word.start() - 30) : word.start()])[-1]
        words = f"{before} {word.group(1) or ''} {after[: value[0]]}"
        short, long = re.search(rf"\b(?:{_SHORT}|st)\b", words), re.search(rf"\b(?:{_LONG}|lt)\b", words)
        found.append(("short" if short and not long else "long" if long and not short else None, value[1]))
    return found


def _nominal(q: str, lsl: str | None, usl: str | None) -> str | None:
    """The nominal dimension a question states beside two-sided limits ("bore 12 mm, LSL 11.95 USL 12.05"): a
    number at the middle of the specification; None when there is none."""
    if lsl is None or usl is None:
        return None
    middle = (float(exact_limit(lsl)) + float(exact_limit(usl))) / 2
    return next((v for v in numbers(q) if math.isclose(float(v), middle, rel_tol=1e-12)), None)


def _tolerance_percent(q: str, nominal: str | None, lsl: str | None, usl: str | None) -> str | None:
    """The tolerance in percent of the nominal that the question writes beside limits it agrees with ("10000 ±1%
    ..., spec limits 9900–10100": "1"); None when none is written or it gives other limits."""
    if nominal is None or lsl is None or usl is None:
        return None
    for m in re.finditer(rf"(?:±|\+/-|\+-)\s*({NUMBER})\s*%", q):
        half = float(nominal) * float(m.group(1)) / 100
        low, high = float(exact_limit(lsl)), float(exact_limit(usl))
        if math.isclose(low, float(nominal) - half, rel_tol=1e-9) and math.isclose(
            high, float(nominal) + half, rel_tol=1e-9
        ):
            return m.group(1)
    return None


def _missing(index: str, needed: dict[str, str | None]) -> str:
    """What a capability index lacks, said: "Cpk needs the mean, the sd and the specification limits (missing: the
    process mean and the process standard deviation); or give the measurements"."""
    absent = [name for name, value in needed.items() if value is None]
    what = " and ".join([", ".join(absent[:-1]), absent[-1]] if len(absent) > 1 else absent)
    limits = "both specification limits" if index in {"cp", "pp"} else "the specification limits"
    sd = "the sd" if index in {"cp", "pp"} else "the mean, the sd"
    return f"{_INDEX_NAMES[index]} from summary statistics needs {sd} and {limits} (missing: {what}); or give the measurements"


def _measurements(q: str) -> list[list[str]] | None:
    """One list of 5+ measurements, or equal subgroups ("subgroups 5.02 4.98 5.05; 5.01 4.97 5.03; ...")."""
    runs = samples(q, minimum=2)
    if len(runs) >= 2 and re.search(r"\bsub-?groups?\b", q):
        if len({len(r) for r in runs}) != 1:
            raise PlanError("capability from subgroups needs subgroups of equal size, separated by ';'")
        return runs
    long = [r for r in runs if len(r) >= 5]
    if len(long) > 1:
        raise PlanError("capability from measurements reads one list of values (or subgroups separated by ';' "
                        "with the word 'subgroups'), found several lists")  # fmt: skip
    return long or None


def _from_data(q: str, groups: list[list[str]], want: str, lsl: str | None, usl: str | None) -> Plan:
    """The ``capability`` verb on the measurements: Pp/Ppk with the overall sample SD; Cp/Cpk with the
    within-subgroup R-bar/d2 when there are subgroups (the d2 the question states: the printed table's or the
    exact one), else with the overall SD (said in the notes)."""
    if lsl is None and usl is None:
        raise PlanError("capability needs a specification limit (LSL, USL, or 'specs 4.9 to 5.1')")
    values = [v for g in groups for v in g]
    size = len(groups[0]) if len(groups) > 1 else 1
    written = [v for v in (lsl, usl) if v is not None]  # "10.00 - 0.06": the nominal and tolerance as written
    lsl, usl = (exact_limit(v) if v is not None else None for v in (lsl, usl))  # the verb takes numbers
    spec = " ".join(f"{k}={v}" for k, v in (("lsl", lsl), ("usl", usl)) if v is not None)
    within = ' sigma_method="overall"' if size == 1 and want in {"cp", "cpk"} else ""
    grouping = f" subgroup={size}" if size > 1 else ""
    d2, mode = stated_d2(q, size) if size > 1 and want in {"cp", "cpk"} else (None, None)
    table = f' constants="{mode}"' if mode else ""
    text = (
        f'data "reason_values.csv" column=value{grouping}\ncapability {spec} index={_INDEX_NAMES[want]}{within}{table}'
    )
    facts = {"index": want, "values": values, "subgroup": size, "lsl": lsl, "usl": usl, "limits_as_written": written,
             "d2": d2, "constants": mode}  # fmt: skip
    return Plan("capability", text, facts, {"reason_values.csv": "value\n" + "\n".join(values) + "\n"})


_SHARE_WORDS = (
    r"\b(?:frac(?:tion)?|proportion|percent(?:age)?|ppm|parts per million|share|probability|yield|how many)\b"
)


def _share_asked(q: str) -> str | None:
    """The share of the specification asked ("below", "above", "outside", "within"); "outside" for a share
    asked in general words ("what ppm ...?"); None when no share is asked (an index is)."""
    share = spec_share(q)
    asked = re.search(_SHARE_WORDS, q) or in_percent(q)  # "what % ...?", not a value's own "0.50%"
    return share if share is not None or not asked else "outside"


# the subgroup size a chart constant is stated for, between its name and its value: "d2(4)", "d2 (n=4)", "d2 for n = 4",
# "d2 at n=4,"
CONSTANT_SIZE = r"(?:\(\s*(?:n\s*=\s*)?\d+\s*\)\s*|(?:for|at)\s+(?:n\s*=\s*)?\d+\s*,?\s*)?"
STATED_D2 = re.compile(rf"\bd_?2\s*{CONSTANT_SIZE}(?:=|:|of|is)\s*({NUMBER})")


def stated_d2(q: str, size: int) -> tuple[str | None, str | None]:
    """The d2 a question states for its subgroups ("R-bar/d2, d2 = 2.326") and the constants that give it:
    "table" (the printed 3 decimals) or "exact"; (None, None) when none is stated. PlanError for another value."""
    from plugins.spc import constants

    found = STATED_D2.search(q)
    if found is None:
        return None, None
    stated, places = found.group(1), len(found.group(1).partition(".")[2])
    if float(stated) == constants.d2(size, "table"):
        return stated, "table"
    if places > 3 and float(stated) == round(constants.d2(size), places):
        return stated, "exact"
    raise PlanError(f"the d2 stated ({stated}) is not d2({size}) for subgroups of {size}: "
                    f"{constants.d2(size, 'table')} (table) or {constants.d2(size):.6f} (exact)")  # fmt: skip


def _share(q: str, share: str, mean: str | None, sd: str | None, lsl: str | None, usl: str | None) -> Plan:
    """The expected share of a normal process with the stated mean and sd below, above, outside or within the
    specification, as a fraction, or in percent or ppm when the question asks so."""
    if mean is None or sd is None or (lsl is None and usl is None):
        raise PlanError("the share of the specification needs the mean, the sd and the specification limits")
    try:
        text, fn, lower, upper = normal_share(share, lsl, usl, mean, sd)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None
    # a percent asked, not a value's own ("USL 0.50%, mean 0.32% ... what fraction?" asks a fraction)
    unit = "ppm" if re.search(r"\bppm\b|parts per million", q) else "percent" if in_percent(q) else ""
    scale = {"ppm": "1000000*", "percent": "100*", "": ""}[unit]
    expr = f"{scale}({text})" if scale else text
    facts = {"index": f"{'within' if fn == 'between' else 'outside'}_spec{'_' + unit if unit else ''}",
             "share": fn, "scale": {"ppm": 1e6, "percent": 100.0, "": 1.0}[unit],
             "mean": mean, "sd": sd, "lsl": lower, "usl": upper, **_placement(q, mean, sd, lsl, usl)}  # fmt: skip
    return Plan("capability", f"show {expr}", facts)


# words that say the process is off target, so that a mean far outside the specification is what the question means
_OFF_TARGET = (r"\boff[- ]?(?:target|cent(?:er|re)d?|spec)\b|\b(?:shifted|drifted)\b|\bnot capable\b|"
               r"\b(?:is|are|runs|running|ran)\s+(?:well\s+)?(?:out of|outside (?:the\s+)?)spec")  # fmt: skip
_OUTSIDE_NOTE = "the mean lies outside the spec limits by more than 3 standard deviations: check the units"


def _placement(q: str, mean: str | None, sd: str | None, lsl: str | None, usl: str | None) -> dict[str, Any]:
    """{"mean_outside": True, "note": ...} when the mean lies far outside the specification (see ``_far_outside``),
    unless the question says the process is off target; {} otherwise."""
    if mean is None or sd is None or re.search(_OFF_TARGET, q) or not _far_outside(mean, sd, lsl, usl):
        return {}
    return {"mean_outside": True, "note": _OUTSIDE_NOTE}


def _far_outside(mean: str, sd: str, lsl: str | None, usl: str | None) -> bool:
    """Whether the mean lies beyond a specification limit by more than 3 sd (a Cpk below -1: a limit read in other
    units than the mean, such as a fraction beside percentage points)."""
    if float(sd) <= 0:
        return False
    centre = float(mean)
    beyond = [float(exact_limit(lsl)) - centre if lsl is not None else -math.inf,
              centre - float(exact_limit(usl)) if usl is not None else -math.inf]  # fmt: skip
    return max(beyond) > 3 * float(sd)


def capability_score(text: str, scores: dict[str, float]) -> float:
    """A mean with capability wording is stronger evidence; a question that asks only a share of the
    specification of a normal distribution it names is left to the probability tool, and one whose only
    capability word is "spec" with no limits, mean or sd ("torque spec is 45 ft-lbf, what's that in N·m?") to
    the others."""
    own = scores.get("capability", 0.0)
    if not own:
        return 0.0
    if _spec_in_passing(text) or _index_function(text):
        return -own
    normal = re.search(r"normal|gaussian|~\s*n\(|\bn\(", text)
    if normal and scores.get("probability", 0.0) > 0 and not _INDEX.search(text) and _share_asked(text) is not None:
        return -own
    limits = capability_limits(text) != (None, None)
    within = _spread_said(text) and not re.search(r"\b[ul]cl\b|control limits?", text)
    if _INDEX.search(text) and ((limits and (process_sd(text, None) or _spread_said(text))) or within):
        # an index asked of a specification, with its sd: stronger than a word ("lower limit" is no calculus); of a
        # chart's R-bar (S-bar) and no control limits asked: capability's, which says what else it needs
        others = max((score for name, score in scores.items() if name != "capability"), default=0.0)
        return max(1.0, others - own + 3.0)
    return 1.0 if re.search(r"\b(?:mean|average)\b", text) else 0.0


# an index's name given to a function of one variable: "cp(λ) = -0.005λ² + 0.07λ + 0.165" (a rotor's power
# coefficient against its tip speed ratio), "pp(x) = 2x + 1": the variable (one letter, or a Greek letter's name) named
# again after the "="
_INDEX_FUNCTION = re.compile(
    r"\b(?:cpk|ppk|cp|pp)\s*\(\s*(?P<arg>[^\W\d_]|lambda|theta|alpha|beta|omega|phi|tsr)\s*\)\s*=(?P<body>[^=;?]{1,80})"
)


def _index_function(text: str) -> bool:
    """Whether an index's name is a function of a variable the text defines ("cp(λ) = -0.005λ² + 0.07λ + 0.165"),
    not a capability index: its variable stands in the expression after the "=" and no specification limit or sd is
    given."""
    m = _INDEX_FUNCTION.search(text)
    if m is None or capability_limits(text) != (None, None) or process_sd(text, None):
        return False
    arg = re.escape(m["arg"])
    return re.search(rf"(?<![^\W\d_]){arg}(?![^\W\d_])|\d{arg}", m["body"]) is not None


def _spread_said(text: str) -> bool:
    """Whether the question states an R-bar or S-bar (a within sigma R-bar/d2 or S-bar/c4 for Cp and Cpk)."""
    from plugins.spc.reasoning_within import spread_said

    return spread_said(text)


def _spec_in_passing(text: str) -> bool:
    """Whether "spec" is said in passing: no index or capability named, no specification limit, mean or sd."""
    if _INDEX.search(text) or re.search(r"capabilit|\b[lu]sl\b", text):
        return False
    stats, limits = (process_mean(text), process_sd(text, None)), capability_limits(text)
    if not re.search(r"\bspec", text):  # only a tolerance named: a specification with its limits, mean and sd
        return None in stats or limits == (None, None)
    return stats == (None, None) and limits == (None, None)


def _limit(read_expression: Callable[[str], Any], text: str | None) -> float | None:
    return float(read_expression(text)) if text else None


def audit_capability(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """The index recomputed in floats (numpy for measurements, d2 by quadrature), or the normal tails by scipy."""
    f = plan.facts
    lsl, usl = _limit(read_expression, f["lsl"]), _limit(read_expression, f["usl"])
    if "values" in f:
        got, want = result.get("value"), _index_from_values(f, lsl, usl)
    elif "share" in f:
        return [*_audit_share(f, lsl, usl, result.get("value")), _placement_check(f)]
    elif "indices" in f:  # "Cp and Cpk": each index of the list recomputed
        return [*_pair_checks(f, result.get("values"), lsl, usl), _placement_check(f), *_d2_checks(f)]
    else:
        got, want = result.get("value"), _index(f["index"], f["mean"] and float(f["mean"]), float(f["sd"]), lsl, usl)
    return [Check("index is finite", got is not None and math.isfinite(got), f"{got}"),
            close_check("float recomputation", got, want, 1e-9), _placement_check(f), *_d2_checks(f)]  # fmt: skip


def _d2_checks(f: dict[str, Any]) -> list[Check]:
    """For sigma = R-bar/d2 (S-bar/c4): the sd the index used is R-bar/d2 recomputed here, and the d2 is d2(n) by
    quadrature (c4(n) by scipy's gamma function) up to the places it is written with (none when the question states
    another constant, used as stated and said)."""
    spread, name = ("rbar", "d2") if "rbar" in f else ("sbar", "c4") if "sbar" in f else (None, None)
    if spread is None:
        return []
    words = f"{spread[0].upper()}-bar/{name}"
    checks = [close_check(f"sd = {words}", float(f["sd"]), float(f[spread]) / float(f[name]), 1e-12)]
    places = len(str(f[name]).partition(".")[2])
    if not f.get(f"{name}_as_stated"):
        n = int(float(f["n"]))
        want, how = (d2_quadrature(n), "quadrature") if name == "d2" else (c4_gamma(n), "gamma functions")
        checks.append(Check(f"{name}({f['n']}) by {how}", abs(float(f[name]) - want) <= 0.5 * 10.0**-places + 1e-12,
                            f"used {f[name]}, {how} {want:.6f}"))  # fmt: skip
    return checks


def _pair_checks(f: dict[str, Any], got: list[float] | None, lsl: float | None, usl: float | None) -> list[Check]:
    """Each index of a pair asked together ("Cp and Cpk") finite and recomputed in floats."""
    mean, sd = f["mean"] and float(f["mean"]), float(f["sd"])
    checks = []
    for index, value in zip(f["indices"], got or [None] * len(f["indices"]), strict=True):
        name = _INDEX_NAMES[index]
        checks += [Check(f"{name} is finite", value is not None and math.isfinite(value), f"{value}"),
                   close_check(f"{name} float recomputation", value, _index(index, mean, sd, lsl, usl), 1e-9)]  # fmt: skip
    return checks


def _placement_check(f: dict[str, Any]) -> Check:
    """Failed when the mean lies far outside the specification the question did not call off target."""
    outside = bool(f.get("mean_outside"))
    return Check("mean within 3 sd of the specification", not outside, _OUTSIDE_NOTE if outside else f"{f.get('mean')}")


def _audit_share(f: dict[str, Any], lsl: float | None, usl: float | None, got: Any) -> list[Check]:
    """The share recomputed with mpmath's normal at 30 digits (tails, or the mass between the limits), in the
    unit asked: an engine apart from the one that answers (the standard library's erfc)."""
    import mpmath

    mp = mpmath.mp.clone()
    mp.dps = 30
    mean, sd = mp.mpf(f["mean"]), mp.mpf(f["sd"])
    if f["share"] == "between":
        want = mp.ncdf(usl, mean, sd) - mp.ncdf(lsl, mean, sd)
    else:
        want = (mp.ncdf(lsl, mean, sd) if lsl is not None else 0) + (
            1 - mp.ncdf(usl, mean, sd) if usl is not None else 0
        )
    scale = f["scale"]
    return [Check(f"share in [0, {scale:g}]", got is not None and 0 <= got <= scale, f"{got}"),
            close_check("mpmath normal (30 digits)", got, float(want) * scale, 1e-9)]  # fmt: skip


def _index(index: str, mean: float | None, sd: float, lsl: float | None, usl: float | None) -> float:
    if index in {"cp", "pp"}:
        return (usl - lsl) / (6 * sd)
    return min(v for v in ((usl - mean) / (3 * sd) if usl is not None else None,
                           (mean - lsl) / (3 * sd) if lsl is not None else None) if v is not None)  # fmt: skip


def _index_from_values(facts: dict[str, Any], lsl: float | None, usl: float | None) -> float:
    """P indices with the sample SD (ddof 1); C indices with R-bar/d2 of the subgroups, or the sample SD."""
    import numpy as np

    x = np.array([float(v) for v in facts["values"]])
    sd = float(np.std(x, ddof=1))
    n = facts["subgroup"]
    if facts["index"] in {"cp", "cpk"} and n > 1:  # the printed d2 the question states, else E[range] by quadrature
        d2 = float(facts["d2"]) if facts.get("constants") == "table" else d2_quadrature(n)
        sd = float(np.ptp(x.reshape(-1, n), axis=1).mean()) / d2
    return _index(facts["index"], float(x.mean()), sd, lsl, usl)


def d2_quadrature(n: int) -> float:
    """E[range of n standard normals] = integral of 1 - Phi^n - (1 - Phi)^n, by scipy.integrate.quad."""
    import numpy as np
    from scipy import integrate, stats

    return integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]


def c4_gamma(n: int) -> float:
    """E[S]/sigma for samples of n normals: sqrt(2/(n-1)) Gamma(n/2)/Gamma((n-1)/2), by scipy.special.gammaln."""
    from scipy import special

    return math.sqrt(2.0 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2))
