"""The reading check: every number the question states is used by the plan.

The audits recompute the engine's result from the facts the planner read, so a misread question
(a bound dropped from "P(85 < X < 115)", a subgroup size ignored) passes them. This check catches
the commonest misreading, a number left out, and its failure caps the confidence like any audit.
Labels ("machine 2", "supplier 1", "lot #23", and identifiers such as "QR-114", "PN 4471-B", "ISO 9001")
are not values, nor is a size naming the items a test's data measure ("a 50 mg tablet lot"); percentages may be used as fractions, confidence
levels as their alpha, and quantiles as their tail. A list the plan holds also accounts for its size
and its total ("same 6 operators", "rolled 120 times"), and a range as wide as a list for its ends
("faces 1-6" or "1 through 6" of six counts).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from plugins.api.asked import named_statistics
from plugins.api.column_table import column_table, column_time_starts, indexed_series, title_label_starts
from plugins.api.long_table import long_label_starts
from plugins.api.matrix_words import asks_about_matrix
from plugins.api.prose import (
    ABOUT_VARIANCES,
    NUMBER,
    ONE_SIDED_SAID,
    TWO_SIDED_SAID,
    UNEQUAL_VARIANCES,
    ExtractError,
    asks_sample_size,
    continuity_correction,
    elided_ranges,
    engineering_values,
    equal_variances,
    label_starts,
    mean_method,
    number_spans,
    scientific,
    size_per_group,
    spec_conditions,
    stated_values_groups,
    tag_label_starts,
    threshold_percents,
    unequal_variances,
    without_set_aside,
)
from plugins.api.reasoning import Check, Plan
from plugins.api.record_table import record_table
from plugins.api.row_table import row_table
from plugins.api.summary_table import names_summary_table


def _values(value: Any) -> Iterator[float]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _values(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _values(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield float(value)
    elif isinstance(value, str):
        for m in re.finditer(NUMBER, value):
            yield float(m.group(0))
            if m.group(0)[0] in "+-" and value[max(m.start() - 1, 0)].isalnum() and m.start():
                yield float(m.group(0)[1:])  # a hyphen, no sign: the label "30-49" holds 49


def _lists(value: Any) -> Iterator[list[float]]:
    """Every list of numbers in ``value`` (rows of a table too), and its rows when it is a table."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _lists(item)
    elif isinstance(value, (list, tuple)) and value:
        if all(isinstance(item, (list, tuple)) for item in value):
            for item in value:
                yield from _lists(item)
        elif not any(isinstance(item, (dict, list, tuple)) for item in value):
            numbers = [x for item in value for x in _values(item)]
            if len(numbers) == len(value):
                yield numbers


def _lengths(value: Any) -> Iterator[float]:
    """The length of every list in ``value``, nested ones too ("4 suppliers": a list of 4 samples)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _lengths(item)
    elif isinstance(value, (list, tuple)):
        yield float(len(value))
        for item in value:
            yield from _lengths(item)


def _sizes(facts: dict[str, Any]) -> set[float]:
    """The sizes of the lists the plan's facts hold (groups of samples too) and the totals of number lists."""
    return set(_lengths(facts)) | {sum(x) for x in _lists(facts)}


def _range_ends(question: str, sizes: set[float]) -> set[int]:
    """Where the question writes a range "1-6" as wide as one of the plan's lists: the starts of both ends."""
    ends = set()
    for m in re.finditer(r"(?<![\w.])(\d+)\s*(?:-|–|to|through)\s*(\d+)(?!\w|\.\d)", question):
        if float(int(m.group(2)) - int(m.group(1)) + 1) in sizes:
            ends |= {m.start(1), m.start(2)}
    return ends | _elided_levels(question, sizes)


def _elided_levels(question: str, sizes: set[float]) -> set[int]:
    """Where the numbers of a range written with an ellipsis start ("bins 6,7,...,13") when its evenly stepped levels
    are as many as one of the plan's lists: the levels the list's values stand at, no value."""
    found: set[int] = set()
    for start, end in elided_ranges(question):
        spans = number_spans(question[start:end])
        values = [float(text) for _, text in spans]
        step = values[1] - values[0] if len(values) > 2 else 0.0
        if step > 0 and float(round((values[-1] - values[0]) / step) + 1) in sizes:
            found |= {start + at for at, _ in spans}
    return found


def _split_totals(question: str, used: set[float]) -> set[int]:
    """Where the question writes a total "k of n" ("7 successes in 10 trials", "3 out of 20 parts") whose two parts,
    k and n - k, are both in the plan (a log-likelihood 7 ln p + 3 ln(1 - p)): the start of n."""
    totals = set()
    for m in re.finditer(r"(?<![\w.])(\d+)\s+(?:[A-Za-z]+\s+){0,2}?(?:in|of|out of)\s+(\d+)(?!\w|\.\d)", question):
        part, total = float(m.group(1)), float(m.group(2))
        if part < total and {part, total - part} <= used:
            totals.add(m.start(2))
    return totals


def _forms(text: str, percent: bool = False) -> set[float]:
    """The ways a stated number may reach a plan: itself, a percentage, an alpha, a two-sided tail; one written
    as a percentage ("5%", "5 percent") also as its growth factor (1.05: "growing 5%/wk ... solve 1.05^n = 2"); one
    in scientific notation ("3.0e+2") only as itself (no percentage: 3.0 does not account for it)."""
    value = float(text)
    if "e" in text.lower():
        return {value, abs(value)}
    share = value / 100
    forms = {value, abs(value), share, 1 - share, (1 - share) / 2, 1 - (1 - share) / 2}
    return forms | {1 + share} if percent else forms


# a percent sign or word right after a number
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s?cent\b)", re.I)


# a share per million right after a number: "200 ppm", "350 dpmo", "150 parts per million", "150 per million"
_PER_MILLION_AFTER = re.compile(r"\s*(?:ppm\b|dpmo\b|parts[- ]per[- ]million\b|per\s+(?:one\s+)?million\b)", re.I)


def plan_values(plan: Plan) -> set[float]:
    """Every number in the plan's text, its facts and its files."""
    return set(_values([plan.text, plan.facts, list(plan.files.values())]))


# a size that names the kind of item measured, between an article (a possessive, "each" or "every") and its noun: "a
# 50 mg tablet lot", "an 8 mm bolt", "the 2 mm flat-bottom holes", "our 28-day cylinders", "each 3 m core run" (not an
# effect: "a 0.5 mm shift", "a 2 g difference")
_ITEM_SIZE = re.compile(
    rf"\b(?:a|an|the|our|your|their|each|every)\s+({NUMBER})[\s-]?([a-zµΩ]{{1,3}})\s+(?!(?:shift|difference|change|increase|decrease|drop|rise|"
    r"reduction|improvement|gain|loss|margin|offset|bias|error|deviation|tolerance|step|effect)s?\b)[a-z]{3,}",
    re.I,
)


def _item_sizes(question: str, plan: Plan) -> set[int]:
    """Where the sizes naming the measured or counted items start (see ``_ITEM_SIZE``), when the plan tests samples
    of data, counts items (a binomial's or hypergeometric's count) or blends named components ("agg A has 80% passing
    the 4.75 mm sieve": the sieve's size, and the same size in its unit again, "45% passing 4.75 mm"), or finds the
    extreme of a defined function ("the price of our 250 g bags that maximises profit (p - 4.5)(600 - 40p)")."""
    counted = plan.facts.get("dist") in {"binomial", "hypergeom"}
    extreme = plan.mode == "calculus" and plan.facts.get("op") in {"extremum", "extremum_value"}
    if not (plan.facts.get("samples") or counted or plan.facts.get("components") or extreme):
        return set()
    sizes = list(_ITEM_SIZE.finditer(question))
    again = {
        m.start()
        for size in sizes
        if plan.facts.get("components")
        for m in re.finditer(rf"(?<![\w.]){re.escape(size[1])}(?=\s*{re.escape(size[2])}\b)", question)
    }
    return {m.start(1) for m in sizes} | again


def _domain_zeros(question: str, plan: Plan) -> set[int]:
    """Where the 0 of the calculus plan's variable's domain starts ("V(r) = r^3 ln r (r > 0)", "t >= 0"): a
    statement of where the function lives, no value of the problem."""
    var = plan.facts.get("var") if plan.mode == "calculus" else None
    if not isinstance(var, str) or not re.fullmatch(r"[A-Za-z]", var):
        return set()
    return {m.start(1) for m in re.finditer(rf"(?<![\w.]){var}\s*(?:>|>=|≥)\s*(0)(?![\w.])", question)}


# a whole number counting an equation's roots: "only 1 root is physically meaningful", "2 real solutions", "the key
# has 1 answer"
_ROOT_COUNT = re.compile(
    r"(?<![\w.])(\d+)\s+(?:(?:real|positive|negative|distinct|possible|physical|valid|admissible|sensible|correct|extraneous|spurious)\s+)?(?:roots?|solutions?|zeros?|answers?)\b",
    re.I,
)


def _root_counts(question: str, plan: Plan) -> set[int]:
    """Where the counts of a solve plan's roots start ("only 1 root is physically meaningful"): how many roots the
    question speaks of, no value of the equation."""
    return {m.start(1) for m in _ROOT_COUNT.finditer(question)} if plan.facts.get("op") == "solve" else set()


def _clock_times(question: str, plan: Plan) -> set[int]:
    """Where the numbers of clock times a calculus plan reads as bounds start ("between 7 and 9am" of t in hours
    from 7am): the clock's, not the problem's values."""
    if plan.mode != "calculus":
        return set()
    from plugins.symbolic.calculus_prose import clock_number_starts

    return clock_number_starts(question)


# a time of day: "7am", "7 a.m.", "6:40 pm", "at 7 o'clock", "the 6:40 run", "by 16:30" (the hour and the minutes)
_TIME_OF_DAY = re.compile(
    r"(?<![\w.:])(\d{1,2})(?::(\d{2}))?\s*(?:[ap]\.?m\.?(?![a-z])|o'?clock\b)|"
    r"\b(?:at|the|by|from|until|till|before|after|around)\s+(\d{1,2}):(\d{2})(?![\d.:])",
    re.I,
)


def _times_of_day(question: str, plan: Plan) -> set[int]:
    """Where the numbers of times of day start, outside a calculus plan (whose clock times may be bounds, see
    ``_clock_times``): "12 buses leave on the 7am wave" states when, no value."""
    if plan.mode == "calculus":
        return set()
    return {m.start(g) for m in _TIME_OF_DAY.finditer(question) for g in range(1, 5) if m.start(g) >= 0}


# the threshold that defines a counted event: "more than 5 minutes late", "over 2 mm out of round", "longer than 30
# seconds on hold", "at least 3 days overdue" (a comparison, a number, its unit and the word the event is named by)
_EVENT_THRESHOLD = re.compile(
    rf"\b(?:more than|longer than|over|above|beyond|later than|at least|in excess of|exceeding)\s+({NUMBER})\s*"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mm|cm|m|km|in|inch(?:es)?|ft|feet|g|kg|"
    r"lbs?|°?[CF]|degrees?)\s+(?:late|early|overdue|behind|delayed|out|off|past|on|over|beyond|too)\b",
    re.I,
)


def _event_thresholds(question: str, plan: Plan) -> set[int]:
    """Where the thresholds defining the counted event start ("400 of 5000 departures left more than 5 minutes
    late": the 5), when the plan counts events (a p, np, c or u chart, a binomial): a definition, no value."""
    counted = plan.facts.get("dist") == "binomial" or (
        plan.mode == "control_chart" and re.match(r"limits\s+(?:p|np|c|u)\b", plan.text) is not None
    )
    return {m.start(1) for m in _EVENT_THRESHOLD.finditer(question)} if counted else set()


# a temperature a process is held at: "after 12 min at 121 °C", "at 70 degC" (see ``_held_temperatures``)
_HELD_AT = re.compile(rf"\bat\s+({NUMBER})\s*(?:°\s*[CF]|deg\s*[CF]|degrees?\s+[CF]\w*)(?![A-Za-z])", re.I)


def _held_temperatures(question: str, plan: Plan) -> set[int]:
    """Where the temperatures a process is held at start ("N = N0*10^(-t/D) ... after 12 min at 121 °C": the 121),
    when an algebra plan solves a stated formula with every name given: a condition of the data, no value; a formula
    holding a temperature would have had it put in. So are they where the data of a test or a regression are a table
    pasted in rows ("Shelf-life study at 7 °C ... day<TAB>0<TAB>3 ..."): the condition the table was measured at."""
    tabled = plan.mode in ("regression", "hypothesis_test") and row_table(question) is not None
    return {m.start(1) for m in _HELD_AT.finditer(question)} if plan.mode == "algebra" or tabled else set()


# the time or condition a response is measured at, no value of the data: "response = % dissolved at 30 min", "yield
# measured after 2 h", "viscosity recorded at 25 °C", defined in brackets "(% dissolved at 30 min)", or named with its
# unit "Dissolution at 30 min (%), ..."
_TIME_UNIT = r"(?:s|secs?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?)"
_RESPONSE_AT = re.compile(
    rf"\b(?:response|measured|recorded|sampled|read)\b[^.;\n\d]{{0,40}}?\b(?:at|after)\s+({NUMBER})\s*(?:{_TIME_UNIT}\b|°)"
    rf"|\((?:%|[^\W\d])[^()\d]{{0,40}}?\bat\s+({NUMBER})\s*{_TIME_UNIT}\s*\)"
    rf"|(?:^|\n)\s*[^\W\d][^\W\d ]*(?:\s+[^\W\d]+){{0,3}}\s+at\s+({NUMBER})\s*{_TIME_UNIT}\s*\((?:%|[^()\d]{{1,12}})\)",
    re.I,
)


def _response_conditions(question: str, plan: Plan) -> set[int]:
    """Where the condition of the measured response starts ("response = % dissolved at 30 min": the 30) when a test
    or a sample size names its response, or an ANOVA reads its data as a layout of cells (two-way or blocked): what
    each value is, no value itself."""
    laid_out = plan.mode == "anova" and ("twoway" in plan.facts or "blocked" in plan.facts)
    if not laid_out and plan.mode not in ("sample_size", "hypothesis_test"):
        return set()
    return {m.start(m.lastindex or 1) for m in _RESPONSE_AT.finditer(question)}


# a sentence told as past background: "Last year the shop shipped 40,000 parts overall.", "Historically, ..."
_PAST_OPENER = re.compile(
    r"(?:last|previous|prior)\s+(?:year|month|quarter|week|season)\b|historically\b|in\s+(?:19|20)\d\d\b", re.I
)
_SENTENCE = re.compile(r"[^.;?!]+(?:[.;?!](?!\d)|$)")


def _words(text: str) -> set[str]:
    """The words of four letters or more in ``text``, lower case, a plural's "s" dropped."""
    return {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]{4,}", text)}


def _past_asides(question: str, plan: Plan) -> set[int]:
    """Where the numbers of a background sentence in the past start ("Last year the shop shipped 40,000 parts
    overall."), when an algebra plan answers a question whose asking (last) sentence shares none of that sentence's
    words: history told beside the problem, no value of it; one that names the quantity asked ("Last year 3,000
    brackets sold. How many brackets ...") stays a value."""
    sentences = [m for m in _SENTENCE.finditer(question) if m.group().strip()]
    if plan.mode != "algebra" or len(sentences) < 2:
        return set()
    asked = _words(sentences[-1].group())
    found = set()
    for m in sentences[:-1]:
        text = m.group().lstrip()
        if _PAST_OPENER.match(text) and "=" not in text and not _words(text) & asked:
            found |= {start for start, _ in number_spans(question) if m.start() <= start < m.end()}
    return found


# the base a measured rate is stated per: "incidence per 100,000", "deaths per 1000 live births", "per 10 000
# population" (a power of ten, 100 or more, as its unit and no exposure: not "per 1000 hours")
_RATE_BASE = re.compile(
    r"\bper\s+(1(?:,?000|\s000|00)+|100)(?=\s*(?:$|[.,;:)?!]|(?:population|people|persons|inhabitants|residents|"
    r"live\s+births|births|admissions|patients|patient[- ]days|in|for|among|across|of|was|were|is|are)\b))",
    re.I,
)


def _rate_bases(question: str, plan: Plan) -> set[int]:
    """Where the base of a rate the data are stated per starts ("incidence per 100,000 ... was 12.1, 13.4"), when the
    plan fits or tests lists of data: the values' unit, no value."""
    if not (plan.facts.get("samples") or ("x" in plan.facts and "y" in plan.facts)):
        return set()
    return {m.start(1) for m in _RATE_BASE.finditer(question)}


def _inner_values(plan: Plan) -> set[float]:
    """The values at the integral's bounds of each formula the plan wrote into its integrand ("T = 110 + 0.6t" of a
    lethal rate over 0 to 20: 110 and 122): a question stating the ramp's ends states them; one that states other
    ends than the formula's leaves them unused."""
    inner, var, bounds = plan.facts.get("inner"), plan.facts.get("var"), plan.facts.get("bounds")
    if not inner or not isinstance(var, str) or not bounds:
        return set()
    from havoc_cli.reason.symbols import to_sympy

    values, x = set(), to_sympy(var)
    for formula in inner.values():
        f = to_sympy(formula)
        if f.free_symbols - {x}:  # a formula of another letter than the integral's has no value at its bounds
            continue
        for bound in bounds:
            value = complex(f.subs(x, to_sympy(str(bound))).evalf())
            if value.imag == 0 and math.isfinite(value.real):
                values.add(value.real)
    return values


def _restated_values(question: str, used: set[float]) -> set[int]:
    """Where the numbers of a bracketed list of stated values start ("C(t) = 10(e^(-0.1t) - e^(-0.5t)) (ka = 0.5/h,
    ke = 0.1/h)") that restate a number the plan uses, up to its sign (the rate constants in the formula's
    exponents): a stated value the plan has nowhere stays unused."""
    magnitudes = {abs(u) for u in used}
    return {
        start
        for start, text in number_spans(question)
        if any(a < start < b for a, b in stated_values_groups(question))
        and any(math.isclose(abs(float(text)), m, rel_tol=1e-9) for m in magnitudes)
    }


# a value the asker guesses for a calculus result, or quotes from someone: "... over x squared is 16?? my friend says
# its 8", "i got 0.5 but ..." (a claim to check, no value of the problem)
_GUESSED = re.compile(
    rf"\b(?:is|equals?|equal\s+to|(?:says?|said|got|get|gets|getting|thinks?|reckons?)\s+(?:it'?s\s+|it\s+is\s+)?)\s*({NUMBER})"
    r"(?=\s*(?:\?|\b(?:and|but)\b))"
    rf"|\b(?:says?|said|got|get|gets|getting|thinks?|reckons?)\s+(?:it'?s\s+|it\s+is\s+)?({NUMBER})(?![\w.])",
    re.I,
)


def _guessed(question: str, plan: Plan) -> set[int]:
    """Where the values a calculus question guesses or quotes for its result start ("is 16??", "my friend says its
    8"): claims, no value of the problem."""
    if plan.mode != "calculus":
        return set()
    return {m.start(1) if m.group(1) else m.start(2) for m in _GUESSED.finditer(question)}


# a number the question says may be left out: "Board thickness is 4 mm but can be ignored", "wall thickness (2 mm) is
# negligible", "neglect the 0.5 mm gap", "ignoring the 3 mm lip" (not "a 50 kg mass ... a rope whose weight can be
# ignored", "neglecting drag the 2 kg ball")
_IGNORABLE = re.compile(
    rf"({NUMBER})(?:(?!\b(?:whose|which|that|from|of|on|in|with|by)\b)[^.;,?!\d]){{0,40}}?\b"  # not "a rope whose weight"
    r"(?:(?:can|may|should|is\s+to|are\s+to)\s+be\s+(?:safely\s+)?(?:ignored|neglected|disregarded)|(?:is|are)\s+negligible)\b"
    rf"|\b(?:ignor(?:e|ing)|neglect(?:ing)?|disregard(?:ing)?)\s+(?:the\s+)?({NUMBER})",  # the number right after
    re.I,
)


def _ignorable(question: str) -> set[int]:
    """Where the numbers the question says may be ignored start ("thickness is 4 mm but can be ignored": the 4): a
    distractor, no value."""
    return {m.start(1) if m.group(1) else m.start(2) for m in _IGNORABLE.finditer(question)}


# a layer named by its depths: "soil mineral N (0–90 cm)", "the 0-30 cm layer", "at 30–60 cm depth" (a label of what is
# measured, no value)
_LAYER = re.compile(
    rf"(?:\(\s*|\b)(?<![\d.])({NUMBER})\s*[-–]\s*({NUMBER})\s*(?:cm|mm|m|in)\b"
    r"(?:\s*(?:\)|(?:soil\s+)?(?:layer|depth|horizon|band|increment)s?\b))",
    re.I,
)


def _layers(question: str) -> set[int]:
    """Where the depths of a layer named by them start ("(0–90 cm)": the 0 and the 90): a label, no value."""
    return {m.start(g) for m in _LAYER.finditer(question) for g in (1, 2)}


# a rate's period named with its length: "0.8 per 12-h shift", "3 per 8-hour shift" (the shift is the unit)
_PERIOD_LENGTH = re.compile(
    rf"\bper\s+({NUMBER})\s*-?\s*(?:h|hrs?|hours?|min(?:ute)?s?|days?)\s+(?:shift|run|tour|watch)s?\b", re.I
)


def _period_lengths(question: str) -> set[int]:
    """Where the length of a rate's named period starts ("per 12-h shift": the 12): a label of the unit, no value."""
    return {m.start(1) for m in _PERIOD_LENGTH.finditer(question)}


# the precision the answer is asked to: "4 sig figs", "4+ sig figs", "to 3 decimal places", "3 dp", "5 significant
# digits", "3 s.f." (a request about the answer, no value of the problem)
_PRECISION = re.compile(
    r"(?<![\w.])(\d+)\s*\+?\s*(?:sig(?:nificant|\.)?\s*(?:figs?|figures?|digits?)\b|decimal\s+(?:places?|digits?)\b"
    r"|d\.?p\.?(?![\w])|s\.f\.?(?![\w]))",
    re.I,
)


def _precision_asked(question: str) -> set[int]:
    """Where the numbers of a precision asked start ("(number, 4+ sig figs)": the 4): how to round the answer, no
    value of the problem."""
    return {m.start(1) for m in _PRECISION.finditer(question)}


def _context_quantities(question: str, plan: Plan) -> set[int]:
    """Where a unit conversion's other quantities start, of another dimension than the value converted ("161 °F for 15
    s": the hold time; see ``context_quantity_starts``): conditions around the value, no value of it."""
    if plan.mode != "unit_conversion":
        return set()
    from plugins.symbolic.reasoning_units import context_quantity_starts

    return context_quantity_starts(question, plan)


_COUNT_MODELS = {"binomial", "poisson", "hypergeom", "bayes"}


def _count_bounds(question: str, plan: Plan) -> set[int]:
    """Where the percentages bounding a measure start ("3% of joints come in outside the ±10% window": the 10) when
    the plan counts items or tests them (binomial, Poisson, Bayes): the definition of what is counted, no value."""
    return threshold_percents(question) if plan.facts.get("dist") in _COUNT_MODELS else set()


def unused_numbers(question: str, plan: Plan) -> list[str]:
    """The numbers of ``question`` (labels left out; "2x10^-4" is one number) that appear nowhere in the plan, its
    facts or its files."""
    question = scientific(question)
    used = plan_values(plan)
    sizes = _sizes(plan.facts)
    used |= sizes | _inner_values(plan)
    # a pasted table's index column (1, 2, ..., n), or a pasted series' ("day  result"), counts rows: no data
    table = indexed_series(question) or column_table(question)
    skipped = _range_ends(question, sizes) | label_starts(question) | _split_totals(question, used)
    skipped |= spec_conditions(question)
    skipped |= (table.index_starts | title_label_starts(question) | column_time_starts(question)) if table else set()
    skipped |= long_label_starts(question)  # a long table's groups and ids
    skipped |= records.index_starts if (records := record_table(question)) else set()  # "plot,block,trt,yield"
    skipped |= _item_sizes(question, plan) | _domain_zeros(question, plan)
    skipped |= _clock_times(question, plan) | _event_thresholds(question, plan) | _times_of_day(question, plan)
    skipped |= _rate_bases(question, plan) | _restated_values(question, used) | _context_quantities(question, plan)
    skipped |= (
        _held_temperatures(question, plan)
        | _ignorable(question)
        | _layers(question)
        | _period_lengths(question)
        | _precision_asked(question)
        | _past_asides(question, plan)
        | _count_bounds(question, plan)
        | _root_counts(question, plan)
        | _response_conditions(question, plan)
        | _guessed(question, plan)
    )
    unused = []
    engineered = engineering_values(question)  # "9.9k" reaches the plan as 9900
    for start, text in number_spans(question):
        if start in skipped:
            continue
        forms = _forms(text, bool(_PERCENT_AFTER.match(question, start + len(text))))
        forms |= {engineered[start]} if start in engineered else set()
        if _PER_MILLION_AFTER.match(question, start + len(text)):  # "200 ppm" reaches the plan as 0.0002
            forms |= {float(text) / 1e6}
        if not any(math.isclose(f, u, rel_tol=1e-9, abs_tol=1e-12) for f in forms for u in used):
            unused.append(text)
    return unused


def data_check(question: str, plan: Plan) -> Check | None:
    """Passed when every value of the plan's samples is a number the question states as a value (the 1 of a
    label "S1" or the 114 of "QR-114" read as data fails); None when the plan holds no samples."""
    data = [value for sample in plan.facts.get("samples") or [] for value in _values(sample)]
    if not data:
        return None
    labels = label_starts(question)
    stated = {float(text) for start, text in number_spans(question) if start not in labels}
    foreign = [f"{v:g}" for v in data if not any(math.isclose(v, s, rel_tol=1e-12) for s in stated)]
    detail = f"not in the question: {', '.join(foreign)}" if foreign else "every data value is in the question"
    return Check("the plan's data are numbers the question states", not foreign, detail)


def group_size_check(question: str, plan: Plan) -> Check | None:
    """Passed when every group of the plan's samples holds as many values as the question states per group ("four
    readings per shift": 4 each; a group label's number read as data, or a value dropped as a label, fails); None
    when the plan holds fewer than two groups or the question states no one size per group."""
    groups = plan.facts.get("samples") or []
    listed = len(groups) >= 2 and all(isinstance(group, (list, tuple)) for group in groups)
    size = size_per_group(question) if listed else None
    if size is None:
        return None
    sizes = [len(group) for group in groups]
    wrong = [n for n in sizes if n != size]
    detail = f"question {size} per group, plan {sizes}"
    return Check("every group holds the values the question states per group", not wrong, detail)


def summary_rows_check(question: str, plan: Plan) -> Check | None:
    """Failed when the question has a table whose header names n, mean and sd ("| shift | n | mean | SD |") and the
    plan tests raw samples: such rows are each group's summaries, never its values. None when there is no such
    table or the plan holds no samples."""
    if not plan.facts.get("samples") or not names_summary_table(question):
        return None
    return Check("a table of n, mean and sd is read as summaries, not samples", False,
                 "the table's header names n, mean and sd, yet its rows were tested as samples")  # fmt: skip


# what ends the clause of a table's last row: a semicolon, a line break, a sentence's end
_CLAUSE_END = re.compile(r"[;\n]|[.?!](?=\s|$)")


def table_rows_check(question: str, plan: Plan) -> Check | None:
    """Passed when each row of a contingency table read from labelled rows holds, in order, the numbers the question
    writes after its label up to the next row's label (the last row's up to the end of its clause): a label's number
    read as a count ("30 to 50: 28 ..." as [50, 28, ...]), a row left out between two read, or a count dropped
    fails. None when the plan holds no labelled table, or a label is not written before its counts (row names listed
    apart: "rows: day, night; cols: ...")."""
    table, labels = plan.facts.get("table"), plan.facts.get("row_labels")
    if table and not labels:
        return _tag_counts_check(question, table, bool(plan.facts.get("of_totals")))
    if not table or not labels or len(labels) != len(table) or not all(labels):
        return None
    spans = _label_spans(question, labels)
    if spans is None:
        return None
    written = []
    for i, (_, end) in enumerate(spans):
        stop = spans[i + 1][0] if i + 1 < len(spans) else _clause_end(question, end)
        written.append([text for _, text in number_spans(question[end:stop])])
    if not all(written):
        return None
    wrong = [f"{label} read {', '.join(map(str, row))}, written {', '.join(found)}"
             for label, row, found in zip(labels, table, written, strict=True)
             if [float(v) for v in row] != [float(v) for v in found]]  # fmt: skip
    detail = "; ".join(wrong) if wrong else f"{len(table)} rows, each as written after its label"
    return Check("each row of the table holds the counts written after its label", not wrong, detail)


def _tag_counts_check(question: str, table: list[list[Any]], of_totals: bool) -> Check | None:
    """Failed when a count of an unlabelled table is the number of a tag ("R-101 14 off-spec" read as 101) that the
    question writes nowhere else; of a table built from "k of n" only the counts k are as written. None when the
    question writes no tag."""
    tags = tag_label_starts(question)
    if not tags:
        return None
    spans = number_spans(question)
    named = {float(text) for at, text in spans if at in tags}
    written = {float(text) for at, text in spans if at not in tags}
    cells = [row[:1] if of_totals else row for row in table]
    wrong = sorted({float(v) for row in cells for v in row} & (named - written))
    detail = (
        f"read a tag's number as a count: {', '.join(f'{v:g}' for v in wrong)}" if wrong else "no tag read as a count"
    )
    return Check("no count of the table is a tag's number", not wrong, detail)


def _label_spans(question: str, labels: list[str]) -> list[tuple[int, int]] | None:
    """Where each row label is written, one after another, as written (case kept) and with a number after it in
    its clause; None when one is not found."""
    spans, at = [], 0
    for label in labels:
        words = r"\s+".join(re.escape(word) for word in label.split())
        m = re.compile(rf"(?<!\w){words}(?!\w)(?=[^.;\n\d]*\d)").search(question, at)
        if m is None:
            return None
        spans.append((m.start(), m.end()))
        at = m.end()
    return spans


def _clause_end(question: str, start: int) -> int:
    """Where the clause that holds ``start`` ends (the question's end when none does)."""
    m = _CLAUSE_END.search(question, start)
    return m.start() if m else len(question)


def reading_check(question: str, plan: Plan) -> Check:
    """Passed when the plan uses every value the question states."""
    unused = unused_numbers(question, plan)
    detail = f"not used: {', '.join(unused)}" if unused else "every number of the question is in the plan"
    return Check("the plan uses every number the question states", not unused, detail)


# a method the question names -> a pattern of the plan: required (True) or forbidden (False); the classic
# (one- or two-way) ANOVA pools the groups' variances, so it follows "equal variances assumed" and not Welch, which
# Welch's ANOVA (equal_var=false) follows
_CLASSIC_ANOVA = r"^test anova\b(?!.*equal_var=false)"
_POOLED_PLAN = rf'equal_var=true|method="pooled"|test proportion successes=\[|{_CLASSIC_ANOVA}'
_ONE_SIDED_PLAN = r'alternative="(?:greater|less|one-sided)"'
# one sample (or the differences of pairs) against a value: a sample size's design or margin, a test's mu= or p0=
_ONE_SAMPLE_PLAN = r'design="(?:one-sample|paired)"|\bmu=|\bp0=|paired=true|^power precision'
# (what the question says: a pattern, or a reader where a pattern cannot tell a negation; the plan's pattern; whether
# it is required or forbidden; the method's name)
_METHODS: tuple[tuple[str | Callable[[str], bool], str, bool, str], ...] = (
    (equal_variances, _POOLED_PLAN, True, "pooled variance"),
    (UNEQUAL_VARIANCES, rf"equal_var=true|{_CLASSIC_ANOVA}", False, "Welch (unequal variances)"),
    (r"\bpaired\b", r'paired=true|design="paired"', True, "paired"),
    (r"\b(?:one|1|single)[- ]sample\b", _ONE_SAMPLE_PLAN, True, "one sample"),
    (r"\b(?:two|2)[- ]sample\b", _ONE_SAMPLE_PLAN, False, "two samples"),
    (ONE_SIDED_SAID, _ONE_SIDED_PLAN, True, "one-sided"),
    (TWO_SIDED_SAID, _ONE_SIDED_PLAN, False, "two-sided"),
    (lambda text: continuity_correction(text) is True, r"correction=true", True, "continuity correction"),
    (lambda text: continuity_correction(text) is False, r"correction=true", False, "no continuity correction"),
    (r"\bexact (?:binomial )?test\b|\bfisher", r'method="exact"', True, "exact test"),
    (r"\bcohen['’]?s h\b|\barc-?sine\b", r'method="pooled"', False, "Cohen's h (arcsine)"),
)  # fmt: skip
_TESTING_MODES = {"hypothesis_test", "sample_size", "anova", "regression"}


def method_check(question: str, plan: Plan) -> Check | None:
    """Whether a test's plan does what the question names (pooled, Welch, paired, one-sided, exact,
    continuity correction, Cohen's h); None when the question names none of them or is not about a test."""
    if plan.mode not in _TESTING_MODES:
        return None
    named, ignored = [], []
    for said, pattern, required, name in _METHODS:
        if said(question) if callable(said) else re.search(said, question, re.I):
            named.append(name)
            if bool(re.search(pattern, plan.text, re.M)) != required:
                ignored.append(name)
    distribution = _mean_distribution(question, plan)
    if distribution is not None:
        name = {"z": "normal approximation (z)", "t": "t distribution"}[distribution[0]]
        named.append(name)
        if distribution[0] != distribution[1]:
            ignored.append(name)
    if not named:
        return None
    detail = f"not followed: {', '.join(ignored)}" if ignored else f"followed: {', '.join(named)}"
    return Check("the plan follows the method the question names", not ignored, detail)


def _mean_distribution(question: str, plan: Plan) -> tuple[str, str] | None:
    """(named, used): the distribution ("z" or "t") the question names for a mean's sample size or margin of error
    and the one the plan uses (``power ttest`` is t unless method="z", ``power precision`` z unless method="t");
    None when the plan computes neither or the question names none."""
    if re.search(r"^power ttest", plan.text, re.M):
        used = "z" if 'method="z"' in plan.text else "t"
    elif re.search(r"^power precision .*\bsd=", plan.text, re.M):
        used = "t" if 'method="t"' in plan.text else "z"
    else:
        return None
    try:
        named = mean_method(question)
    except ExtractError:
        return None
    return (named, used) if named else None


# "F test", "F statistic" of an ANOVA (an F test "for equal variances" is another test)
F_TEST = r"\bf[- ](?:test|statistic|ratio|value)\b(?![^.?;]{0,40}\bvariances?\b)"
# a test the question names -> the word of the engine's test name that is that test
_NAMED_TESTS = (
    (rf"\banova\b|analysis of variance|{F_TEST}", "anova"),
    (ABOUT_VARIANCES, "variances"),  # an F test of variances, Levene, "are the variances equal?": no ANOVA answers it
    (r"\bkruskal", "kruskal"),
    (r"mann[- ]whitney|rank[- ]sum|\bu[- ]test\b", "mann-whitney"),
    (r"\bwilcoxon(?![- ]rank[- ]sum)|signed[- ]rank", "wilcoxon"),
    (r"\bt[- ]?test\b|\bstudent'?s t\b|\bt[- ]statistic", "t-test"),
)
_NAMEABLE = {"ttest", "anova", "mannwhitney", "wilcoxon", "kruskal", "ftest"}  # result kinds these names tell apart


def named_test(question: str) -> str | None:
    """The one test the question names ("anova" for ANOVA or an F test, "kruskal", "mann-whitney",
    "wilcoxon", "t-test", "welch" for Welch's test or ANOVA by name or by its assumption, "ANOVA not assuming
    equal variances": Welch's t-test of two groups, Welch's ANOVA of more); None when it names none, or several."""
    named = {word for said, word in _NAMED_TESTS if re.search(said, question, re.I)}
    welch = {"anova", "variances"} if re.search(r"\bwelch\b", question, re.I) else {"anova"}  # "Welch's F test"
    if named <= welch and unequal_variances(question):
        named = {"welch"}
    return named.pop() if len(named) == 1 else None


def named_test_check(question: str, result: dict[str, Any]) -> Check | None:
    """Whether the answer is the test the question names (an ANOVA asked for and a Kruskal-Wallis answered
    fails); None when the question names none or the answer is not one of those tests."""
    named = named_test(question)
    if named is None or result.get("kind") not in _NAMEABLE:
        return None
    test = str(result.get("test", ""))
    return Check("the answer is the test the question names", named in test.lower(),
                 f"question names {named}, answer: {test}")  # fmt: skip


# a capability index named: "Cp", "Ppk"; "cP" is centipoise
_INDEX_NAMED = r"(?-i:\b[CcPp]pk?\b)|\bcapability\b"
# a quantity the question asks for -> the modes whose answers give it ("slope" is also a tangent's, "intercept" a
# line's in algebra)
_ASKED_QUANTITIES = (
    # an R^2, not the r^2 of arithmetic: "(1 - r^2/0.05^2)" asks no fit's quality
    (r"(?<![-+*/(]\s)(?<![-+*/(])\br\s*\^\s*2\b(?!\s*[-+*/^]\s*[\w(.])|"
     r"\br-?squared\b|coefficient of determination|\bregression\b|least[- ]squares|best[- ]fit|"
     # a calibration line whose equation is given ("our calibration line is area = 12.4*conc + 3.1") asks no fit
     r"straight[- ]line fit|\bfitted line\b|calibration (?:curve|line)(?!\s*(?:is|:)?\s*[A-Za-z]\w*\s*=)",
     {"regression"}),
    (r"\bslope\b|\bintercept\b", {"regression", "calculus", "algebra"}),
    (_INDEX_NAMED, {"capability"}),
    (r"\b[ul]cl\b|control limits?|control chart", {"control_chart"}),
)  # fmt: skip


def _gives(result: dict[str, Any], key: str) -> bool:
    """Whether an object result gives the statistic ``key`` (a p-value: its own, a fit's F test's or a coefficient's;
    an F statistic: a fit's or a test's named F)."""
    if key == "p_value":
        return any(result.get(k) is not None for k in ("p_value", "f_p_value", "p_values"))
    if key == "f_statistic":
        return result.get("f_statistic") is not None or result.get("statistic_name") == "F"
    return result.get(key) is not None


def missing_statistics(question: str, mode: str, result: Any) -> list[str]:
    """The statistics the question names (residual standard error, adjusted R^2, slope, a prediction, p-value, F
    ...) that an object result does not give, or does not lead with when it leads with another (its ``quantity``);
    a prediction is a regression's only. Empty for results that are not objects."""
    if not isinstance(result, dict):
        return []
    named = named_statistics(question)
    if mode != "regression":
        named.pop("prediction", None)
    missing = [words for key, words in named.items() if not _gives(result, key)]
    leads = str(result.get("quantity") or "")
    if len(named) == 1 and leads and not missing and not leads.startswith(next(iter(named))):
        missing.append(f"{next(iter(named.values()))} (the answer leads with {leads})")
    return missing


# centre points abbreviated in a design question: a whole count before "cp" or set to it ("3 cp", "cp = 4")
_CENTRE_POINTS_CP = r"(?i)(?<![\d.])\d+\s*cps?\b|\bcp\s*[=:]\s*\d+(?!\d|\.\d)"


# a share of the items asked ("frac underfilled?", "proportion out of spec", "what share is below"): a probability,
# never a capability index unless one is named
_SHARE_ASKED = re.compile(
    r"\b(?:frac(?:tion)?|proportion|share|percent(?:age)?|ppm|parts per million)\b|\bwhat\s*%", re.I
)


def index_answers_share(question: str, plan: Plan) -> bool:
    """Whether a capability index answers a question that asks for a share of the items and names no index."""
    if plan.mode != "capability" or "index" not in plan.facts or "share" in plan.facts:
        return False
    return bool(_SHARE_ASKED.search(question)) and not re.search(_INDEX_NAMED, question, re.I)


# the modes that compare groups: a matrix's rows read as their samples fail the asked-quantity check
_GROUP_TESTS = frozenset({"anova", "hypothesis_test"})


# a function's one variable: a letter, Greek too ("Cp(λ) = ...", a rotor's power coefficient), or a Greek letter's name
_ARGUMENT = r"(?:[^\W\d_]|lambda|theta|alpha|beta|gamma|omega|phi|tau)"


def asked_quantity_check(question: str, plan: Plan, result: Any = None) -> Check | None:
    """Whether the answer gives the quantity the question asks for: of its kind (an R^2 asked and a t-test answered
    fails, so does a sample size asked in planning words and a test answered, and a matrix operation named with no
    group compared, "det of A = [4 2 1; 3 5 2; 1 1 6]", answered by a test or an ANOVA), and, for an object ``result`` (the
    machine result), holding each statistic the question names (a residual standard error asked and only the
    coefficients answered fails); None when the question names none of those quantities (nor, for an object
    result, any statistic). A name the question defines a function by ("cp(T) = ...", a heat capacity) asks
    nothing, nor does a thing it sets aside ("not the regression coefficient"); a design's centre points abbreviated
    "cp" ask no capability."""
    functions = re.findall(
        rf"\b([A-Za-z]\w*)\s*\(\s*{_ARGUMENT}\s*\)\s*=", question
    )  # "cp(T) = ...": a function's name
    said = re.sub(rf"\b(?:{'|'.join(map(re.escape, functions))})\b", " ", question) if functions else question
    if plan.mode == "design":  # "3 cp", "cp = 4": a design's centre points, no capability index
        said = re.sub(_CENTRE_POINTS_CP, " ", said)
    said = without_set_aside(said)  # "(effect = contrast/2, not the regression coefficient)" asks no fit
    wanted = [modes for pattern, modes in _ASKED_QUANTITIES if re.search(pattern, said, re.I)]
    if asks_sample_size(question):  # "how many pairs do we need ... 80% power": a sample size, never a test
        wanted.append({"sample_size"})
    if plan.mode in _GROUP_TESTS and asks_about_matrix(question):  # "eigenvalues of ...", no group: never a test
        wanted.append({"linear_algebra"})
    if index_answers_share(question, plan):  # "LSL 100 g. frac underfilled?": P(X < LSL), not Cpk
        wanted.append({"probability"})
    missing = missing_statistics(question, plan.mode, result)
    if not wanted and not (isinstance(result, dict) and named_statistics(question)):
        return None
    answers = not wanted or any(plan.mode in modes for modes in wanted)
    named = sorted(set().union(*wanted))
    detail = f"question asks for {' or '.join(named)}, answer: {plan.mode}" if wanted else f"answer: {plan.mode}"
    if missing:
        detail += f"; the answer does not give the {', '.join(missing)} asked for"
    return Check("the answer is of the kind the question asks for", answers and not missing, detail)


# a second, broad reading of the model a question states (apart from the regression planner's): a degree in words,
# a power written on a variable the question names again, "x squared"; and a line through the origin
_DEGREE_SAID = (
    (r"\bquadratic|\bparabol|\bsquared? term|\bsecond[- ](?:order|degree)|\b(?:degree|order)[- ]?(?:of )?two\b", 2),
    (r"\bcubic|\bcubed? term|\bthird[- ](?:order|degree)|\b(?:degree|order)[- ]?(?:of )?three\b", 3),
    (r"\bquartic|\bfourth[- ](?:order|degree)|\b(?:degree|order)[- ]?(?:of )?four\b", 4),
)
_DEGREE_NUMBER = re.compile(
    r"\b(?:degree|deg\.?|order)[- ]?(?:of )?(\d)\b|\b(\d)(?:st|nd|rd|th)?[- ](?:order|degree)\b", re.I
)
_POWER_SAID = re.compile(r"(?<![\w^])([a-z][a-z_]*\d?)\s*(?:\^|\*\*)\s*\(?(\d+)|\b([a-z]\w*) (squared|cubed)\b", re.I)
_ORIGIN_SAID = re.compile(
    r"(?<![\w.])[a-z]\w*\s*=\s*[a-z]\d?\s*\*?\s*[a-z]\d?(?![\w(^]|\.\d|\s*[-+*/^])"  # "y = kx", "F = k*x"
    r"|\borigin\b|\bno (?:intercept|constant)|\bwithout (?:an? )?(?:intercept|constant)|\bzero[- ]intercept"
    r"|\bintercept (?:\w+ )?(?:at|to|=|of) ?(?:0|zero)\b|\bforced? through",
    re.I,
)


# words squared that are no term of a model: R^2, chi-squared, mean squared error, sum of squared residuals
_NOT_POWERED = {"r", "chi", "mean", "error", "errors", "residual", "residuals", "deviation", "deviations", "sum"}


def _stated_degree(question: str) -> int | None:
    """The highest power of the predictor the question states, None when it states none."""
    found = [degree for said, degree in _DEGREE_SAID if re.search(said, question, re.I)]
    found += [int(m.group(1) or m.group(2)) for m in _DEGREE_NUMBER.finditer(question)]
    for m in _POWER_SAID.finditer(question):
        base = (m.group(1) or m.group(3)).lower()
        named = ({base} | ({base[-1]} if len(base) == 2 else set())) - _NOT_POWERED  # "flow^2", "x^2", "ax^2"
        if any(re.search(rf"\b{re.escape(b)}\b(?!\s*(?:\^|\*\*))", question, re.I) for b in named):
            found.append(int(m.group(2)) if m.group(2) else {"squared": 2, "cubed": 3}[m.group(4).lower()])
    return max(found) if found else None


def model_terms_check(question: str, result: dict[str, Any]) -> Check | None:
    """Whether a regression fitted the model the question states: its highest power (a quadratic named and a line
    fitted fails, and a curve fitted where none is named) and its intercept ("through the origin"); None for other
    results, and for a straight line where the question states no model."""
    if result.get("kind") != "regression":
        return None
    terms = list(result.get("terms") or [])
    fitted = max((0 if t == "intercept" else int(t.partition("^")[2] or 1) for t in terms), default=0)
    stated, origin = _stated_degree(question), bool(_ORIGIN_SAID.search(question))
    if stated is None and not origin and fitted == 1 and "intercept" in terms:
        return None
    want = stated or 1
    ok = fitted == want and ("intercept" in terms) != origin
    said = f"degree {want}" + (", no intercept" if origin else "")
    return Check("the fitted model has the terms the question states", ok, f"question: {said}; fitted: {terms}")
