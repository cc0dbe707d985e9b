"""Reasoning tool of the stats plugin for probability questions: binomial, hypergeometric, Poisson, normal, exponential,
Weibull."""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from plugins.api.nouns import singular as _singular
from plugins.api.number_words import number_words
from plugins.api.prose import (
    EXACT_FORM,
    MEAN_NAMES,
    NUMBER,
    ExtractError,
    blank_spans,
    limits_reversed,
    named_number,
    named_value,
    normal_share,
    relative_tolerance,
    scientific,
    spec_limits,
    spec_share,
    thousands,
)
from plugins.api.reasoning import Plan, PlanError
from plugins.api.share_units import asked_unit
from plugins.stats.reasoning_at_least_once import asks_at_least_once, plan_at_least_once
from plugins.stats.reasoning_bayes import asks_bayes, plan_bayes
from plugins.stats.reasoning_dpmo import FIRST_PASS, dpmo_defects_per_unit, dpu_text
from plugins.stats.reasoning_elimination import count_and_share
from plugins.stats.reasoning_gaps import plan_gap
from plugins.stats.reasoning_hypergeom import WITHOUT_REPLACEMENT, lot_and_marked, lot_described_apart
from plugins.stats.reasoning_lifetime import (
    Window,
    aged_window,
    exponential_rate,
    in_stated_hours,
    lifetime_window,
    rate_in,
    stated_median,
)
from plugins.stats.reasoning_markov import asks_markov, plan_markov
from plugins.stats.reasoning_normal_notation import VARIANCE, notation_sd, read_notation, squares_as_sd
from plugins.stats.reasoning_outage import probability_counted, read_unavailability
from plugins.stats.reasoning_piece_probability import per_piece_binomial
from plugins.stats.reasoning_quantiles import OTHER_DISTRIBUTIONS, Quantile, read_quantile
from plugins.stats.reasoning_rates import (
    block_rate,
    canonical,
    exposure_rate,
    mean_between_exposure,
    measures_apart,
    per_unit,
    piece_rate,
    piece_size,
    rate_span,
    unit_ratio,
)
from plugins.stats.reasoning_rates import rate_window as _window
from plugins.stats.reasoning_redundancy import asks_redundancy, plan_redundancy
from plugins.stats.reasoning_sample_mean import population_text, sample_mean_size, small_sample_problem
from plugins.stats.reasoning_sd_band import plan_sd_band
from plugins.stats.reasoning_series import asks_series, plan_series
from plugins.stats.reasoning_shares import (
    LABELLED_WORDS,
    item_share,
    named_ratio_share,
    property_share,
    ratio_share,
    share_per_time,
    yield_share,
)
from plugins.stats.reasoning_sources import plan_sources
from plugins.stats.reasoning_weibull import plan_weibull

# a hypothesis, a p-value or a named test: the question asks for a test, not a distribution's probability
_TEST = re.compile(
    r"\bh[0o₀1a]\s*:|\b(?:null|alternative) hypothesis|\bp-?value|\b(?:exact|binomial|sign|z|t)[- ]test\b"
)


def plan_probability(question: str) -> Plan:
    """A probability or quantile plan; a probability asked in ppm, percent or per a number of pieces is scaled to
    that unit (see ``in_unit_asked``)."""
    plan = in_unit_asked(question, _plan_probability(question))
    if EXACT_FORM.search(scientific(question.lower())):  # asked in exact form: the audit wants a closed form
        plan = Plan(plan.mode, plan.text, {**plan.facts, "exact_asked": True}, plan.files)
    return plan


def in_unit_asked(question: str, plan: Plan) -> Plan:
    """The plan's probability scaled to the unit the question asks it in ("expected ppm above USL": 1000000 times
    the fraction; "what %": 100 times; "out of 1000 parts, how many": 1000 times), said in its label; the plan
    unchanged for a fraction, a quantile or a Bayes posterior. PlanError for a count per pieces of a discrete
    distribution (its n is the pieces already) and for a unit asked of a quantile."""
    unit = asked_unit(question)
    *head, last = plan.text.split("\n")
    if unit is None or not last.startswith("show ") or any(line.startswith("show ") for line in head):
        return plan
    f = plan.facts
    if f.get("dist") == "bayes":  # a posterior in Bayes' theorem is answered as a fraction
        return plan
    if f.get("fn") == "ppf":
        raise PlanError(f"a quantile has the unit of the values, not {unit.name}: ask the quantile, or a share")
    if unit.suffix.startswith("per_") and f.get("dist") in {"binomial", "poisson", "hypergeom"}:
        raise PlanError(f"a count {unit.name} asked of a {f['dist']} count is ambiguous: ask the probability, or the "
                        "expected number (n times p)")  # fmt: skip
    body = last.removeprefix("show ")
    label = f.get("label") or "probability"
    said = {"ppm": f"{label} in ppm", "percent": f"{label} in percent"}.get(unit.suffix)
    facts = {**f, "unit_scale": unit.scale, "unit": unit.name,
             "label": said or f"expected number out of {unit.scale:.0f} ({unit.scale:.0f} x {label})"}  # fmt: skip
    return Plan(plan.mode, "\n".join([*head, f"show {unit.scale:.0f}*({body})"]), facts, plan.files)


def _plan_probability(question: str) -> Plan:
    q = _bounds_first(with_probability(scientific(question.lower())))
    q, event = _event_apart(q)
    if event is not None:  # "a 5% chance of reading over 0.3 ntu ... exactly 2 are over": the event, not the count
        plan = _plan_probability_of(q, question)
        plan.facts["event"] = event
        return plan
    return _plan_probability_of(q, question)


def _plan_probability_of(q: str, question: str) -> Plan:
    """The plan of ``question`` read as ``q``: lower-cased, its bounds first and its event's bound apart."""
    if (asked := read_quantile(q)) is not None:  # "chi^2_{0.05, 10}", "the upper 5% point of t with 12 df"
        return _quantile(q, asked)
    if _TEST.search(q):
        raise PlanError("this asks for a hypothesis test (a null hypothesis, a p-value or a named test), not a "
                        "probability: e.g. '4 defectives out of 50, H0: p = 0.02, H1: p > 0.02, exact binomial test'")  # fmt: skip
    if asks_markov(q):  # "up→down w.p. 0.02, down→up w.p. 0.3 ... in the long run": the stationary distribution
        return plan_markov(q)
    if asks_bayes(q):  # "sensitivity 98%, specificity 95%, 2% contaminated; given a positive": Bayes' theorem
        return plan_bayes(q)
    if asks_at_least_once(q):  # "a 100-year flood ... at least once during a 30-year design life": 1 - (1 - p)^n
        return plan_at_least_once(q)
    if asks_redundancy(q):  # "two uplinks, each 99.5% available, in parallel; in series with a router at 99.9%"
        return plan_redundancy(question)
    if asks_series(q):  # "series system: lambda = 2e-5 /h, 1e-5 /h ...": exponential with the rates' sum
        return plan_series(q)
    if (sources := plan_sources(q)) is not None:  # "day shift packs 60% at 1.5% bad, nights 40% at 3%; given a bad"
        return sources
    if "weibull" in q:
        return plan_weibull(q)
    if WITHOUT_REPLACEMENT.search(q):  # "a lot of 200 contains 6 defectives; 15 drawn without replacement"
        return _hypergeom(q)
    if (gap := plan_gap(q)) is not None:  # the time between events at a rate: exponential
        return gap
    if (n := sample_mean_size(q)) is not None:  # "n = 36, P(x-bar < 47)": the sampling distribution of a mean
        return _sample_mean(q, n)
    if (band := plan_sd_band(q)) is not None:  # "Gaussian ... at least one of 3 outside mean ± 2.5 SD": 2 Phi(-2.5)
        return band
    if _stated_normal(q):  # "reaction times are roughly normal, mean 450 ms, sd 60 ms ... what share of trials"
        return _normal(q)
    if (down := read_unavailability(q)) is not None and _asks_count(q) is not None:  # "FOR = 0.05 ... 3 of 4 up"
        return _units_up(q, down)
    if "binomial" not in q and (dpmo := dpmo_defects_per_unit(q)) is not None:  # "1600 opportunities ... 500 DPMO"
        return _dpmo(q, *dpmo)
    if (
        "binomial" in q
        or _BIN.search(q)
        or re.search(r"coin|heads|tosses|flips|trials|\bdi(?:c)?e\b.*\brolls?\b|\brolls?\b.*\bdi(?:c)?e\b", q)
    ):
        return _binomial(q)
    if re.search(r"defect|nonconform|fail", q) and _sample_size(q) and "poisson" not in q:
        return _inferred_binomial(q)
    if "poisson" in q or _POIS.search(q):
        return _poisson(q)
    if re.search(r"normal|\bz\b|z-score|z score|z value|gaussian|\bn\(", q):
        return _normal(q)
    if "exponential" in q:
        return _exponential(q)
    if (asked := _asked_count(q)) is not None and (pieces := per_piece_binomial(q, *asked)) is not None:
        return _piece_binomial(q, *pieces)  # "P(failure within a year) = 0.08 per unit ... 20 WTGs": binomial
    counts = _asks_count(q) is not None and not _NONE.search(q)  # "exactly 6 calls within 2 hours": Poisson
    if _CONSTANT_RATE.search(q) and not counts and lifetime_window(q) is not None:  # a constant rate: exponential
        return _assumed(_exponential(q), "exponential times: events at a constant rate")
    if (model := _implied_model(q)) is not None:
        return model
    if lifetime_window(q) is not None and exponential_rate(q) is not None:
        raise PlanError("a lifetime from its mean (MTBF) needs the distribution: say 'exponential' (a constant "
                        "failure rate) if that is the model")  # fmt: skip
    raise PlanError(_half_binomial(q) or "name the distribution: binomial, poisson, normal or exponential")


def _piece_binomial(q: str, n: str, p: str, pieces: str) -> Plan:
    """The binomial count of events among ``n`` independent pieces, each with probability ``p`` (see
    ``per_piece_binomial``), said to be assumed."""
    plan = _discrete(q, "binomial", f"{n}, {p}", {"n": int(n), "p": float(p)})
    return _assumed(plan, f"binomial: each of the {n} {pieces} one independent trial with probability {p} (the "
                          "probability per piece over the window it is stated for)")  # fmt: skip


def _dpmo(q: str, rate: str, per_unit: str) -> Plan:
    """Defects per unit at ``rate`` DPMO over ``per_unit`` opportunities, Poisson with mean DPMO/10^6 x opportunities
    (said to be assumed unless the question names it); a first-pass yield asked with no count is P(0). PlanError when
    no count is asked."""
    mu = dpu_text(rate, per_unit)
    facts: dict[str, Any] = {"mu": float(Fraction(rate) / 10**6 * Fraction(per_unit)), "dpmo": float(rate),
                             "opportunities": float(per_unit)}  # fmt: skip
    if _comparison_value(measures_apart(q)) is not None:
        plan = _discrete(q, "poisson", mu, facts)
    elif FIRST_PASS.search(q):
        facts.update({"dist": "poisson", "fn": "pmf", "k": 0, "asked": 0, "label": "first-pass yield"})
        plan = Plan("probability", f"show poisson.pmf(0, {mu})", facts)
    else:
        raise PlanError("a DPMO and opportunities give the mean defects per unit; say the count asked, e.g. 'zero "
                        "defects' or 'first-pass yield'")  # fmt: skip
    if "poisson" in q:
        return plan
    return _assumed(plan, f"poisson: defects independent, mean {rate} per million opportunities x {per_unit}")


def _units_up(q: str, down: str) -> Plan:
    """The count of units up (or down) among n, each down with the stated probability ``down`` (a forced outage rate,
    an unavailability): binomial with 1 - down per unit for units up, said to be assumed (see ``reasoning_outage``)."""
    p = probability_counted(down, _asks_count(q) or "")
    n = _items(q)
    if n is None or not float(n).is_integer():
        raise PlanError("a count of units up needs how many units there are: e.g. 'four identical units'")
    plan = _discrete(q, "binomial", f"{n}, {p}", {"n": int(float(n)), "p": float(p), "unavailability": down})
    state = "up" if p != down else "down"
    return _assumed(plan, f"binomial: each of the {n} units {state} independently with probability {p} (unavailability "
                          f"{down} per unit)")  # fmt: skip


def _stated_normal(q: str) -> bool:
    """Whether the question says its values are normal and states the normal's mean and spread ("roughly normal with
    mu = 450 ms and sigma = 60 ms"), naming no other distribution nor an approximation: its "trials" are then the values'
    occasions, not a binomial's."""
    if not re.search(r"\bnormal(?:ly)?\b|\bgaussian\b", q) or re.search(r"binomial|approximat|\bb(?:in)?\(", q):
        return False
    if OTHER_DISTRIBUTIONS.search(q):  # "Poisson calls ...; call length normal ...": the other one is asked about
        return False
    spread = named_value(q, _SD) or named_value(q, [f"(?:{_VARIANCE})"])
    return named_value(q, MEAN_NAMES) is not None and spread is not None


def _half_binomial(q: str) -> str | None:
    """What a count of bad pieces lacks for the binomial it implies: the number of pieces, or the share bad per
    piece; None when the question is not such a count."""
    if _asks_count(q) is None or per_unit(q) is not None:
        return None
    if _share(q) is not None and _items(q) is None:
        return "a share bad per piece implies a binomial count, which needs how many pieces: e.g. 'we pull 50 pieces'"
    if _share(q) is None and _items(q) is not None and re.search(_BAD, q):
        return "a count of bad pieces among them needs the share bad per piece: e.g. '2% defective' (or name the model)"
    return None


# a failure (hazard) rate per unit of time: lifetimes with that constant rate are exponential
_CONSTANT_RATE = re.compile(r"\b(?:constant\s+)?(?:failure|hazard)\s+rate\b(?:[^.;?]|\.(?=\d))*?(?:per|/)\s*\d*\s*[a-z]|"
                            r"\bconstant\s+(?:failure\s+|hazard\s+)?rate\b|\bconstant\s+hazard\b|\bmemoryless\b")  # fmt: skip


def _implied_model(q: str) -> Plan | None:
    """The model a count question implies when it names none: a share per item with a number of items is
    binomial ("3% scrap; in a lot of 50 parts, P(at most 2 scrapped)"), events at a rate per unit of time or
    space are Poisson ("calls at 4/hr: P(exactly 6 calls in an hour)"); the plan's first line says which was
    assumed. None when the question asks no count of items or events."""
    counted = _asks_count(q)
    if counted is None:
        return None
    p, n, rate = _share(q), _items(q), per_unit(q)
    if p is not None and n is not None:
        return _inferred_binomial(q)
    if rate is None and _independent_trials(q) and _eliminated(q, n, p) is not None:  # "24 guess independently"
        return _inferred_binomial(q)
    if rate is not None and _counts_pieces(counted, rate[1]):
        raise PlanError(f"the count asked is of {rate[1]}s with an event, not of events at {rate[0]} per {rate[1]}: "
                        f"P(a {rate[1]} has at least 1) is poisson.sf(0, {rate[0]}), and how many of n {rate[1]}s have "
                        "one is binomial with that p: ask one of them")  # fmt: skip
    if rate is not None and p is None and _same_events(rate[2], counted):
        span = rate_span(q)
        every = rate[1] if span == 1 else f"{span} {rate[1]}s"  # "3 every 10 minutes"
        return _assumed(_poisson(q), f"poisson: events independent, at a constant rate of {rate[0]} per {every}")
    if rate is None and p is None and (block := block_rate(q)) is not None and _same_events(_events(block[4]), counted):
        rate_text, per, _, piece, _ = block  # "0.8 leaks per 1000 pouches ... a lot of 2500 pouches, P(at most 1 leak)"
        return _assumed(
            _poisson(q), f"poisson: events independent, at a constant rate of {rate_text} per {per} {piece}"
        )
    return None


def _events(noun: str | None) -> str | None:
    """What a rate counts, singular ("blemishes" -> "blemish"), so that a count of one matches it; None stays."""
    return None if noun is None else _singular(noun)


# a count asked of a whole stated beside it, "at least 10 of the 12", "exactly 13 out of 24"; trials said to be
# independent in short, "indep."
_OF_WHOLE = re.compile(r"\bindep\b|(?:at\s+(?:most|least)|exactly)\s+\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b")


def _independent_trials(q: str) -> bool:
    """Whether ``q`` counts independent trials ("guess independently", "indep.", "at least 10 of the 12"): with one
    count and one share left, a binomial."""
    return _INDEPENDENT.search(q) is not None or _OF_WHOLE.search(q) is not None


def _counts_pieces(counted: str, unit: str) -> bool:
    """Whether the count asked is of pieces of the rate's own unit ("at most 2 sheets have a scratch" of a rate per
    sheet), not of the events."""
    m = re.match(r"\s*(?:[a-z-]+\s+)?([a-z]+)\b", counted)
    return m is not None and any(_unit_named(word) == unit for word in m.group(0).split())


def _unit_named(word: str) -> str | None:
    """The canonical unit ``word`` writes, or None."""
    try:
        return canonical(word)
    except StopIteration:
        return None


def _assumed(plan: Plan, note: str) -> Plan:
    """``plan`` saying the model it assumed: in its facts (a caveat of the answer) and as its first line."""
    said = plan.facts.get("assumed")
    plan.facts["assumed"] = f"{note}; {said}" if said else note  # a binomial inferred whose n and p were eliminated
    plan.text = f"# assumed {note}\n{plan.text}"
    return plan


def _inferred_binomial(q: str) -> Plan:
    """A binomial the question implies (a share bad per piece and a number of pieces), said to be assumed. Refused
    when the pieces are more than a tenth of a stated lot: drawn without replacement, the count is hypergeometric
    if the share is the lot's own."""
    plan = _binomial(q)
    n, lot = plan.facts["n"], _lot(q)
    labelled = _WINDOW_RATE.search(q)  # "30-day readmission rate is 8%": the rate's own window
    if labelled and math.isclose(float(labelled.group("value")) / 100, plan.facts["p"]):
        plan.facts["share_window"] = f"{labelled.group('n')} {labelled.group('unit')}s"
    if _period_trials(q) == str(n) and _items(q) == str(n):  # "each monthly sample ... over 12 months"
        return _assumed(plan, f"binomial: one trial a period, each of the {n} independent with probability "
                              f"{plan.facts['p']:g}")  # fmt: skip
    note = (f"binomial: each of the {n} pieces counted independently with probability {plan.facts['p']:g} (the share "
            "per piece); if they are drawn from a small lot of stated size, the count is hypergeometric")  # fmt: skip
    if lot is not None and n < lot:
        if n > lot / 10:
            raise PlanError(f"the {n} pieces are drawn from a lot of {lot}: without replacement the count is "
                            "hypergeometric if the share is the lot's own, binomial if it is the process's rate; say "
                            "'binomial' for the process's rate")  # fmt: skip
        note = f"{note} (here {n} of a lot of {lot}: the binomial is close)"
    return _assumed(plan, note)


_TIME_UNITS = r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\b"
_NOT_COUNTS = rf"\s*(?:%|percent|{_TIME_UNITS})"


def _asks_count(q: str) -> str | None:
    """What follows the whole count a question asks about ("at most 2 scrapped", "exactly 6 calls in an hour",
    "no flaws"), or None when it asks about a time or a share ("within 10 minutes", "more than 5%") or no count."""
    asked = _asked_count(q)
    return None if asked is None else asked[1]


def _asked_count(q: str) -> tuple[int, str] | None:
    """Where the count asked starts and what follows it (see ``_asks_count``)."""
    compared = rf"(?:{'|'.join((_AT_MOST, _AT_LEAST, _ABOVE, _BELOW, 'exactly'))})\s*({NUMBER})"
    # "over 12 months, ... exactly 1 exceedance": a window of periods is no count asked
    ages = {m.start() for m in _AGE_BOUND.finditer(q)}  # "meters older than 15 years": which items, no count
    ages |= {m.start("bound") for m in _LABEL_BOUND.finditer(q)}  # "a grade ≥3 adverse event": which events, no count
    classes = [m.span() for m in _size_classes(q)]  # "a sheared zone (rqd<25%)": which events, no count
    m = next((m for m in re.finditer(compared, q) if not _OVER_PERIODS.match(q, m.start()) and m.start() not in ages
              and not any(start <= m.start() < end for start, end in classes)), None)  # fmt: skip
    m = m or re.search(rf"\b[xk]\s*(?:<=|>=|<|>|=)\s*({NUMBER})", q)
    if m is None and (none := _NONE.search(q)):  # "no flaws": a count of 0
        noun = none.start(1) if none.group(1) is not None else none.start(2)
        return none.start(), q[noun - 1 : noun + 40]
    if not m or not float(m.group(1)).is_integer() or re.match(_NOT_COUNTS, q[m.end(1) :]):
        return None
    return m.start(1), q[m.end(1) : m.end(1) + 40]


def _same_events(rate_noun: str | None, counted: str) -> bool:
    """Whether the count asked is of the events the rate counts: "4 calls per hour" and "6 calls", or a rate
    that names no events ("4/hr"); "40 parts per hour" and "2 breakdowns" are not."""
    if rate_noun is None:
        return True
    stem = rate_noun.rstrip("s")
    counted = re.sub(r"^\s*(?:out\s+)?of\s+(?:the\s+)?\d+(?![\d.])", "", counted)  # "(1) of 12 patients": the whole
    return bool(re.match(rf"\s*(?:[a-z-]+\s+)?{re.escape(stem)}s?\b", counted))


_BAD = (
    r"defect|nonconform|fail|bad|scrap|reject|faulty|damaged|broken|leak|out of spec|rework|error|"
    # a wrong action named by its verb: "mis-pick", "mis-ship", "mislabel", "misfeed", "misprint", "misfire"
    r"\bmis-[a-z]{3,}|\bmis(?:pick|ship|label|feed|print|fire|sort|load|key|read|route|count|cut|align)|"
    r"false[- ](?:positive|negative|alarm|call)|"
    # a result short of its specification: "come in under f'c", "fall below spec", "off-spec", "out of tolerance"
    r"\b(?:come|comes|came|coming|test|tests|tested|break|breaks|broke|fall|falls|fell|end|ends|ended)\s+(?:in\s+|up\s+)?"
    r"(?:under|below|short\b|low\b)|\b(?:below|under)[- ]spec|\boff[- ]spec|\bout of tolerance|"
    # outside a window or limits, its width said or not: "come in outside the ±10% window", "out of window", "fall
    # outside the torque limits"
    r"\b(?:(?:come|comes|came|fall|falls|fell|land|lands|landed|end|ends|ended)\s+(?:in\s+|up\s+)?)?"
    r"out(?:side|\s+of)\s+(?:the\s+|its\s+)?(?:(?:±|\+/-)\s*\d+(?:\.\d+)?\s*%?\s+)?(?:[a-z-]+\s+)?"
    r"(?:window|limits?|tolerance|band|range)\b"
)


def _share(q: str) -> str | None:
    """The share per item as a fraction: "3% scrap", "2% of the parts fail", "scraps 3% of its parts",
    "a scrap rate of 3%", "fraction defective 0.02", "a 2% false-positive rate", "1 in 50 parts is defective"
    ("1/50"), "2% of bottles are underfilled" when the count asked is of underfilled ones; None when absent or not
    a fraction."""
    if (ppm := _ppm_share(q)) is not None:  # "joint defect rate 200 ppm": 200 in a million
        return ppm
    found = named_number(q, [rf"(?:{_BAD})\w* rate", "fraction defective", "proportion defective", "yield loss"])
    found = found or _qualified_rate(q)  # "defect rate on the vial line is 0.8%"
    m = re.search(rf"({NUMBER})\s*(?:%|percent\b)\s*(?:[\w-]+\s+){{0,6}}?(?:{_BAD})", q) or re.search(
        rf"\b(?:{_BAD})\w*\s+(?:about\s+|around\s+|roughly\s+)?({NUMBER})\s*(?:%|percent\b)", q
    )
    share = found or (str(float(m.group(1)) / 100) if m else None) or ratio_share(q, _BAD) or _each_probability(q)
    share = share or _per_item_probability(q)  # "the POD is 0.90 per flaw and detections are independent"
    share = share or property_share(q, _asks_count(q) or "")  # "2% of bottles are underfilled ... 2 underfilled"
    share = share or yield_share(q, _asks_count(q) or "")  # "die yield runs 92% ... at least 18 of them are good"
    if share is None and (defined := _DEFINED_SHARE.search(q)):  # "15% ... are missing at least 1 vaccine ... 5 are"
        share = str(Fraction(defined.group("share")) / 100)
    if share is None and (asked := _asked_count(q)) is not None:  # "92% of our shipments are on-time ... 17 on time"
        share = item_share(q, asked[1], asked[0]) or _window_rate_share(q, asked[1])
    return share if share is not None and 0 < Fraction(share) <= 1 else None


# a share bad per piece in parts per million: "defect rate 200 ppm", "200 ppm defective", "a defect rate of 150 per
# million", "350 dpmo" (defects per million opportunities); not a rate per million hours
_PER_MILLION = (
    rf"(?:ppm\b|parts[- ]per[- ]million\b|dpmo\b|per\s+(?:one\s+)?million\b(?!\s+(?:[a-z-]+\s+)?{_TIME_UNITS}))"
)
_PPM_SHARE = (
    re.compile(
        rf"\b(?:{_BAD})\w*\s+(?:rate|level|fraction)?\s*(?:of|is|=|:|at|runs?\s+at)?\s*"
        rf"(?:(?:about|around|roughly|approximately)\s+)?(?<![\w.])({NUMBER})\s*{_PER_MILLION}"
    ),
    re.compile(rf"(?<![\w.])({NUMBER})\s*{_PER_MILLION}\s*(?:[\w-]+\s+){{0,3}}?(?:{_BAD})"),
    re.compile(rf"(?<![\w.])({NUMBER})\s*dpmo\b"),
)


def _ppm_share(q: str) -> str | None:
    """The share bad per piece written per million (see ``_PPM_SHARE``) as a fraction ("200 ppm" -> "0.0002"); None
    when not so written."""
    m = next((m for m in (pattern.search(q) for pattern in _PPM_SHARE) if m), None)
    return str(Fraction(m.group(1)) / 10**6) if m else None


# a share named by the window it is counted in: "our 30-day readmission rate is 8%", "the 90-day return rate runs at
# 4%", "a 1-year attrition rate of 12%" (not a rate per a time: "8% per year")
_WINDOW_RATE = re.compile(
    rf"(?<![\w.])(?P<n>\d+)[- ](?P<unit>hour|day|week|month|year)\s+(?:[a-z-]+\s+){{0,2}}?(?:rate|risk|incidence)\s+"
    r"(?:(?:for|of|among|in)\s+(?:[a-z-]+\s+){1,3}?)?(?:is|was|of|=|:|runs?\s+at|stands?\s+at)?\s*"
    rf"(?:(?:about|around|roughly|approximately)\s+)?(?P<value>{NUMBER})\s*(?:%|percent\b)(?!\s*(?:per|a|an|each)\s)"
)


def _window_rate_share(q: str, counted: str) -> str | None:
    """The share per item of a rate named by its window ("30-day readmission rate is 8%", see ``_WINDOW_RATE``) when
    the count asked is of events within that same window ("at least 3 of them come back within 30 days") and the
    items are said to be independent: the window ties the count to the rate's event. None otherwise, or when the
    count's clause says "not" (a complement)."""
    m = _WINDOW_RATE.search(q)
    if m is None or not (_INDEPENDENT.search(q) or "binomial" in q):
        return None
    clause = re.split(r"[.;?,]|\band\b|\bbut\b", counted, maxsplit=1)[0]
    window = rf"\b(?:within|in|inside)\s+(?:the\s+)?(?:first\s+|next\s+)?{m.group('n')}[- ]{m.group('unit')}s?\b"
    if not re.search(window, clause) or re.search(_NEGATIVE, clause):
        return None
    return str(float(Fraction(m.group("value")) / 100))


# a bad share's rate with what it is of between the name and the value: "the defect rate on the vial line is 0.8%",
# "scrap rate for this press has historically been 3%", "the reject rate has typically been 2%", "rejection rate (all
# causes) is 2.1%" (an aside in brackets after the name)
_QUALIFIED_RATE = re.compile(
    rf"\b(?:{_BAD})\w*\s+(?:rate|fraction|proportion|percentage)\s+(?:\([^()]{{0,100}}\)\s*)?(?:(?:on|for|at|in|of|from|across)\s+"
    rf"{LABELLED_WORDS})?(?:has\s+)?(?:(?:historically|typically|usually|always|consistently)\s+)?"
    r"(?:is|was|been|runs?\s+(?:at\s+)?|stands?\s+at|averages?|=|:)\s*(?:(?:about|around|roughly|approximately)\s+)?"
    rf"({NUMBER})\s*(?:%|percent\b)"
)


def _qualified_rate(q: str) -> str | None:
    """The share bad per piece of a rate named with what it is of ("defect rate on the vial line is 0.8%" -> "0.008",
    see ``_QUALIFIED_RATE``), as a fraction; None when not so written."""
    m = _QUALIFIED_RATE.search(q)
    return str(float(Fraction(m.group(1)) / 100)) if m else None


# one item's own probability: "each one is independently out of spec with probability 0.05" (or "w/ p=0.05", "w.p.
# 0.05", "w.p. 1/3"), "every vial has a 2% chance of leaking", "a monthly sample has a 5% chance of exceeding" (one a period)
_EACH = re.compile(
    r"\b(?:each|every|any|(?:an?|the)\s+(?:[a-z-]+\s+)?(?:hourly|daily|weekly|monthly|quarterly|yearly|annual))\b"
    rf"(?:[^.;?]|\.(?=\d)){{0,90}}?\b(?:(?:(?:probability|chance|prob\.?|w\.\s?p\.?|w/p\b)\s*(?:of\s+|is\s+|=\s*|:\s*)?|p\s*=\s*)({NUMBER}(?:\s*/\s*\d+(?![\d.]))?)"
    rf"\s*(%?)|(?<![\w./])({NUMBER}(?:\s*/\s*\d+(?![\d.]))?)\s*(%?)\s*(?:probability|chance))"
)


def _each_probability(q: str) -> str | None:
    """The probability each item has, as a fraction (see ``_EACH``); None when not stated so."""
    if not (m := _EACH.search(q)):
        return None
    value, sign = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    value = re.sub(r"\s+", "", value)  # "1 / 3" -> "1/3"
    return str(float(Fraction(value)) / 100) if sign else value


# a probability named and stated per item: "the POD ... is 0.90 per flaw", "a 95% chance per weld", "probability of
# detection per flaw is 0.9", "pass probability 0.9 for each joint" (POD, POF: a probability of detection, of failure)
_PROBABILITY_NAME = r"\b(?:probabilit(?:y|ies)|chances?|likelihood|po[dfi]|pfd)\b"
_PER_ITEM = r"(?:per|for\s+(?:each|every|any|one|a|an))\s+(?:single\s+|individual\s+|given\s+)?(?P<noun>[a-z]{3,})\b"
_PER_ITEM_VALUE = (
    re.compile(
        rf"{_PROBABILITY_NAME}(?:[^.;?\n]|\.(?=\d))*?(?<![\w.])(?P<value>{NUMBER})\s*(?P<sign>%?)\s*"
        rf"(?:(?:probability|chance)\s+)?{_PER_ITEM}"
    ),  # fmt: skip
    re.compile(
        rf"{_PROBABILITY_NAME}\s+(?:[a-z-]+\s+){{0,3}}?{_PER_ITEM}\s*(?:is|of|=|:|was)?\s*"
        rf"(?:(?:about|around|roughly|approximately)\s+)?(?P<value>{NUMBER})\s*(?P<sign>%?)"
    ),  # fmt: skip
)
_INDEPENDENT = re.compile(r"\bindependen(?:t|tly|ce)\b|\bi\.i\.d\b|\biid\b")
# a rate or risk stated as a percentage per item: "the true rate of a grade 3 adverse event is 5% per patient", "an
# infection risk of 3% per procedure" (a share per a counted item only when the count asked is of those items)
_RATE_PER_ITEM = re.compile(
    rf"\b(?:rate|risk|incidence)\b(?:[^.;?\n]|\.(?=\d))*?(?<![\w.])(?P<value>{NUMBER})\s*(?P<sign>%)\s*{_PER_ITEM}"
)


def _rate_per_counted(q: str) -> re.Match[str] | None:
    """A rate stated as a percentage per item (see ``_RATE_PER_ITEM``) when the count asked is of those same items
    ("5% per patient ... at least 2 patients have the AE"); None otherwise (a rate per year, or per procedure with
    complications counted, is no probability of the items counted)."""
    m = _RATE_PER_ITEM.search(q)
    counted = _asks_count(q)
    return m if m is not None and counted is not None and _same_events(m.group("noun"), counted) else None


def _per_item_probability(q: str) -> str | None:
    """The probability named and stated per item (see ``_PER_ITEM_VALUE``; or a percentage rate per the items counted,
    see ``_rate_per_counted``), as a fraction, when the items are said
    to be independent and are named again ("twelve seeded flaws"): each item is a trial, so a count of them is
    binomial. None when not so stated; PlanError when the independence is not said."""
    m = next((m for m in (pattern.search(q) for pattern in _PER_ITEM_VALUE) if m), None) or _rate_per_counted(q)
    if m is None or len(re.findall(rf"\b{re.escape(m.group('noun'))}(?:s|es)?\b", q)) < 2:
        return None
    if not _INDEPENDENT.search(q) and "binomial" not in q:
        raise PlanError(f"a probability per {m.group('noun')} counts them as a binomial only when the {m.group('noun')}"
                        "s are independent: say so ('detections are independent') or name the model")  # fmt: skip
    _same_outcome(q, m)
    return str(float(m.group("value")) / 100) if m.group("sign") else m.group("value")


# an outcome that is the complement of a success: a bad piece, a miss, a "not"
_NEGATIVE = rf"{_BAD}|\bmiss(?:es|ed|ing)?\b|\bundetected\b|\bnot\b|n't\b"


def _same_outcome(q: str, stated: re.Match[str]) -> None:
    """PlanError when the probability stated per item (``stated``) and the count asked are of opposite outcomes, one
    bad ("fail", "missed", "not") and the other not ("passes with probability 0.95 per weld ... at most 2 of the 20
    fail"): the count would be of the complement. The items' own noun ("per defect") is no outcome."""
    asked = _asked_count(q)
    if asked is None:
        return
    noun = re.escape(stated.group("noun"))
    clause = q[q.rfind(".", 0, stated.start()) + 1 : stated.end()]
    ends = [q.find(c, asked[0]) for c in ".?;!"]
    sentence = q[max(q.rfind(c, 0, asked[0]) for c in ".?;!") + 1 : min([e for e in ends if e >= 0] or [len(q)])]
    bad = [bool(re.search(_NEGATIVE, re.sub(rf"\b{noun}\w*", " ", text))) for text in (clause, sentence)]
    if bad[0] != bad[1]:
        raise PlanError(f"the probability per {stated.group('noun')} and the count asked seem to be of opposite outcomes "
                        "(one a failure or miss, the other not): state the probability of the outcome counted")  # fmt: skip


_ITEMS = (
    r"(?:trials|items|parts|units|pieces|pcs|components|boards|bottles|devices|chips|products|widgets|assemblies|"
    r"castings|bolts|screws|welds|joints|cells|bulbs|lamps|tiles|bags|cans|tubes|samples|specimens|checks|tests|assays)\b"
)
_RATIO = r"(?<![\w.])(?:\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?"  # "1 in 200 boards": a share's denominator
_LOTS = (
    r"(?:batch|lot|box|shipment|pack|tray|pallet|carton|crate|cart|trolley|rack|bin|tote|skid|container|consignment)"
)
_GROUPED = rf"(?:sample|{_LOTS}) of"


# how many pieces are drawn: "we pull 50 pieces", "inspect a random sample of 20", "50 units are sampled", "we run 40
# samples", "sampling 50 pcs off the lot"
_DRAWN = (
    rf"\b(?:sampl(?:ing|e)|pull|draw|drew|inspect|probe|pick|select|take|took|test|check|choose|chose|examine|audit|measure|x-ray|"
    rf"scan|receive|buy|bought|order|install|ship)(?:s|d|ed|n|ing)?\s+"
    rf"(?:out\s+)?(?:an?\s+)?(?:random\s+)?(?:sample\s+of\s+)?({NUMBER})(?![\d.]|{_NOT_COUNTS})",
    # "50 units are inspected", "5 fuses are drawn", "6 are picked": any plural noun counted (or none), then drawn
    rf"\b({NUMBER})\s+(?:(?:[\w-]+\s+){{0,2}}?(?:{_ITEMS}|[a-z-]{{2,}}s\b)\s+)?(?:are|were|get|got)\s+"
    r"(?:randomly\s+|then\s+)?(?:sampled|pulled|drawn|inspected|picked|selected|taken|tested|checked|chosen)",
    # "we run 40 clean samples", "screened 200 boards", "we build 120 boards": these verbs draw pieces only when the
    # pieces are named
    rf"\b(?:run|runs|ran|running|screen(?:s|ed|ing)?|build(?:s|ing)?|built|make|makes|made|produc(?:e|es|ed|ing)|"
    rf"assembl(?:e|es|ed|ing))\s+({NUMBER})\s+(?:[\w-]+\s+)?{_ITEMS}",
)


# a count of items written as a compound adjective: "a 5000-unit media fill", "a 200-part lot"
_COMPOUND_ITEMS = re.compile(
    rf"(?<![\w.])({NUMBER})-(?:unit|part|piece|item|bottle|vial|device|sample|board|component|specimen|container)\b"
)


# a case of items named by its count: "pull a case of 20", "a case of 24 cans" (not "in the case of 500 N", nor a case
# of a measure: a count follows, then the clause ends or a plural noun does)
_CASE_OF = re.compile(
    rf"\b(?:an?|one|each|every|per)\s+case\s+of\s+(\d+)(?!\d|\.\d|{_NOT_COUNTS})"
    r"(?=\s*(?:[.,;:?!)]|$)|\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b)"
)


def _case_of(q: str) -> str | None:
    """How many items a case holds when the question names a case by its count ("pull a case of 20" -> "20", see
    ``_CASE_OF``); None otherwise."""
    m = _CASE_OF.search(q)
    return m.group(1) if m else None


def _in_ratio(q: str, start: int) -> bool:
    """Whether the number at ``start`` of ``q`` is a term of a share written as a ratio ("1 in 10000 units": the 1
    and the 10000), not a count of items."""
    return bool(re.match(_RATIO, q[start:]) or re.search(rf"{_RATIO}$", q[:start]))


def _drawn(q: str) -> str | None:
    """How many pieces the question draws: "pull 50 pieces", "a random sample of 20", "50 units are inspected"."""
    found = (re.search(pattern, q) for pattern in _DRAWN)
    return next((m.group(1) for m in found if m), None) or _sample_size(q, lots=False)


def _lot(q: str) -> int | None:
    """The size of the lot the pieces come from: "a lot of 200", "batch of 500", "lot size 1000"."""
    found = named_number(q, [f"{_LOTS} of", "lot size", "batch size"])
    return int(float(found)) if found is not None and float(found).is_integer() else None


# a lot counted by the items it holds: "a 25-wafer lot", "a 12-bottle case", "200-board batch"
_COMPOUND_LOT = re.compile(rf"(?<![\w.])({NUMBER})-([a-z]{{3,}}?)s?\s+(?:{_LOTS}|case|run)\b")


def _compound_lot(q: str) -> str | None:
    """The items a lot holds, "a 25-wafer lot" -> "25", when the question names those items again elsewhere ("each
    wafer", "2 or more wafers"), so the compound counts the items asked about, not a size or a time ("a 5-day batch");
    None otherwise."""
    for m in _COMPOUND_LOT.finditer(q):
        rest = q[: m.start()] + " " + q[m.end() :]
        if float(m.group(1)).is_integer() and re.search(rf"\b{re.escape(m.group(2))}s?\b", rest):
            return m.group(1)
    return None


def _items(q: str) -> str | None:
    """How many items: "pull 50 pieces", "a sample of 20", "n = 50", "a lot of 50" (when none is drawn from it),
    "50 parts" (a count asked, "at most 2 parts", or a share's denominator, "1 in 200 boards", is not it)."""
    found = _drawn(q) or _sample_size(q) or named_number(q, [_GROUPED]) or _case_of(q) or _of_next(q)
    found = found or _period_trials(q)
    found = found or _each_of(q)
    if found is not None:
        return found
    counted = _asks_count(q)
    noun = re.match(r"\s*([a-z]{3,})\b", counted) if counted else None  # "exactly 2 vials": the items are vials
    items = rf"{re.escape(noun.group(1).rstrip('s'))}s?\b|{_ITEMS}" if noun else _ITEMS
    if (compound := _COMPOUND_ITEMS.search(q)) and float(compound.group(1)).is_integer():  # "a 5000-unit media fill"
        return compound.group(1)
    if (held := _compound_lot(q)) is not None:  # "a 25-wafer lot ... each wafer"
        return held
    for m in re.finditer(rf"({NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{items})", q):
        if _in_ratio(q, m.start()) or _in_tag(q, m.start()):  # "1 in 10000 units", "AT-402 grab samples"
            continue
        if re.match(_MEASURE_UNIT, q[m.end(1) :]):  # "each 2 m core run": the runs' length, no count of them
            continue
        if float(m.group(1)).is_integer() and not re.search(
            rf"(?:{'|'.join((_AT_MOST, _AT_LEAST, _ABOVE, _BELOW, 'exactly', _RATIO))})\s*$", q[: m.start()]
        ):
            return m.group(1)
    return _holder_places(q) or _named_pieces(q)


def _in_tag(q: str, start: int) -> bool:
    """Whether the number starting at ``start`` is part of an equipment or instrument tag ("AT-402", "C-301",
    "TK101"): glued to the letters before it, it names a thing and counts nothing."""
    return re.search(r"\b[a-z]{1,4}-?$", q[:start]) is not None and re.match(r"-?\d", q[start:]) is not None


# the items each of which has the probability stated: "each of 12 bobbins", "each of the 12 spindles", "each of the 12
# vav box actuators", "every one of our 8 pumps", "12 bobbins each", "all 12 bobbins independently", "20 inverters on
# a site, each ...", "12 vav box actuators on floor 3, each ..."
_EACH_OF = (
    re.compile(
        r"\b(?:each|every\s+one|any)\s+of\s+(?:the\s+|these\s+|those\s+|our\s+|its\s+|their\s+)?(\d+)"
        r"(?![\d.%])\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b"
    ),  # fmt: skip
    re.compile(
        r"\b(?:all\s+)?(?<![\w.])(\d+)(?![\d.%])\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s*[,;]?\s+"
        r"(?:(?:on|at|in|across)\s+(?:(?:an?|the|our|one|this|that)\s+[a-z-]+|[a-z]+\s+\d+)\s*[,;]?\s+)?(?:\w+\s+)?(?:each|independently)\b"
    ),
)


def _each_of(q: str) -> str | None:
    """How many items the question gives each a probability of (see ``_EACH_OF``), when it states one per item
    ("each ... has a 6% chance"); None otherwise."""
    if _each_probability(q) is None:
        return None
    m = next((m for m in (pattern.search(q) for pattern in _EACH_OF) if m), None)
    return m.group(1) if m and not re.match(_NOT_COUNTS, q[m.end(1) :]) else _each_after(q) or _each_place(q)


# a whole named by how many places it has: "8-cavity hot runner", "a 4-engine aircraft", "12-cell pack"
_PLACES = re.compile(r"(?<![\w.])(\d+)-([a-z]{3,})\b(?:\s+([a-z]{3,}))?")


def _each_place(q: str) -> str | None:
    """How many places a whole named by its size has, when the probability is stated of each of them ("8-cavity hot
    runner. each cavity independently short-shots with prob 3%" -> 8; "a 4-engine aircraft, every engine ..."); a
    time or a share is no count; None when there is none or several; PlanError when several wholes are counted ("a
    96-well plate ... across 10 plates")."""
    found = set()
    for m in _PLACES.finditer(q):
        place = _singular(m.group(2))
        if re.match(_NOT_COUNTS, q[m.end(1) :].replace("-", " ")) or not re.search(rf"\b(?:each|every)\s+{place}\b", q):
            continue
        _one_holder(q, f"{place}s", m.group(1), m.group(3))
        found.add(m.group(1))
    return found.pop() if len(found) == 1 else None


# a clause opening with "each" that points back to the clause before it ("12 buses leave the depot on the 7am wave.
# each is independently late", "there are 8 pumps on the skid; each one fails with probability 0.02")
_EACH_CLAUSE = re.compile(r"[.;,!?]\s+(?:and\s+)?each\b(?!\s+of\b)")
_COUNTED_NOUN = re.compile(r"(?<![\w.:])(\d+)(?![\d.%:])\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b")
_CLOCK = r"\s*(?:a\.?m\.?|p\.?m\.?|o'?clock|h(?:rs?)?)\b"


def _each_after(q: str) -> str | None:
    """How many items a clause opening with "each" refers back to: the one whole number before a plural noun in the
    clause or sentence just before it ("12 buses leave the depot on the 7am wave. each is independently late" -> 12;
    a clock time or a duration is no count); None when there is none or several."""
    m = _EACH_CLAUSE.search(q)
    if m is None:
        return None
    bounds = [b.end() for b in re.finditer(r"[.;!?]\s", q[: m.start()])]
    before = q[bounds[-1] if bounds else 0 : m.start()]
    found = {c.group(1) for c in _COUNTED_NOUN.finditer(before)
             if not re.match(rf"{_NOT_COUNTS}|{_CLOCK}", before[c.end(1) :])}  # fmt: skip
    return found.pop() if len(found) == 1 else None


# a holder named by how many places it has: "a 96-well plate", "a 24-cavity mould", "a 12-pack (of cans)"
_HOLDER = re.compile(r"\b(?:an?|one|each|every|the|per)\s+(\d+)[- ]([a-z]{3,})\b(?:\s+([a-z]{3,}))?")


def _one_holder(q: str, places: str, size: str, holder: str | None) -> None:
    """PlanError when the question counts several of the ``holder`` each with ``size`` ``places`` ("a 96-well plate
    ... across 10 plates"): how many places in all is not read."""
    several = holder and re.search(rf"(?<![\w.-])\d+\s+(?:[a-z-]+\s+)?{re.escape(_singular(holder))}s\b", q)
    if several:
        raise PlanError(f"the {places} counted are on {several.group(0)}, each with {size}: give the number of "
                        f"{places} in all (n) or ask about one {holder}")  # fmt: skip


def _holder_places(q: str) -> str | None:
    """The trials of a count asked of the places on one holder, the holder named by its size ("a 96-well plate ...
    at most 2 wells on a plate" -> 96; "a 24-cavity mould ... 2 or more cavities"; "a 12-pack of cans ... at most 1
    can"): the count's noun is the holder's place ("well", "cavity") or its contents after a "-pack" ("of cans").
    None when the count names another noun; PlanError when the question counts several holders ("across 10 plates"):
    how many places in all is not read."""
    counted = _asks_count(q)
    noun = re.match(r"\s*(?:of\s+(?:them|these|those)\s+)?([a-z]{3,})\b", counted or "")
    if noun is None:
        return None
    found = set()
    for m in _HOLDER.finditer(q):
        place, holder = m.group(2), m.group(3)
        contents = re.match(r"\s*of\s+([a-z]{3,})", q[m.end(2) :]) if place == "pack" else None
        named = _singular(contents.group(1)) if contents else place
        if _singular(noun.group(1)) != named:
            continue
        _one_holder(q, noun.group(1), m.group(1), holder)
        found.add(m.group(1))
    return found.pop() if len(found) == 1 else None


def _named_pieces(q: str) -> str | None:
    """The pieces a count with no noun of its own is of ("I sow 20 seeds ... at least 18 of them germinate", "we plant
    20 seeds ... at least 18 germinate"): the one whole number before a plural noun that the question names again
    ("seed lot", "seeds independent") or that "of them" points back to, with at least as many pieces as the count
    asked; None when there are none or several (which pieces would be unclear)."""
    asked = _asked_count(q)
    if asked is None:
        return None
    found = set()
    for m in re.finditer(r"(?<![\w.])(\d+)(?![\d.%])\s+([a-z-]+)(?:\s+([a-z-]+))?", q):
        if m.start() == asked[0] or _in_ratio(q, m.start()) or re.match(_NOT_COUNTS + "|\\s*times\\b", q[m.end(1) :]):
            continue
        # the plural noun is the first word or the second ("60 departures this month", "20 glass vials")
        nouns = [re.escape(word[:-1]) for word in m.groups()[1:] if word and re.fullmatch(r"[a-z]{3,}s", word)]
        if not nouns:
            continue
        again = any(len(re.findall(rf"\b{noun}s?\b", q)) > 1 for noun in nouns)
        if again or re.match(r"\s*of\s+(?:them|these|those)\b", asked[1]):
            found.add(m.group(1))
    k = re.match(r"\d+", q[asked[0] :])
    return found.pop() if len(found) == 1 and int(next(iter(found))) >= int(k.group(0) if k else 0) else None


# one trial per period: "each monthly sample", "every weekly test", "each month", "a daily check", "independently
# every day"; and the periods asked over: "over 12 months", "in the next 52 weeks", "across a year"
_PERIODIC = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
             "yearly": "year", "annual": "year"}  # fmt: skip
_PERIOD = r"(hour|day|week|fortnight|month|quarter|year)"
_PER_PERIOD = re.compile(
    rf"\b(?:(?:(?:each|every|an?|the|any|our)\s+(?:[a-z-]+\s+)?|(?:^|(?<=[.;!?]\s)))({'|'.join(_PERIODIC)})\s+[a-z]|"
    rf"(?:each|every|any(?:\s+given)?)\s+{_PERIOD}\b(?!s))"
)
_OVER_PERIODS = re.compile(
    rf"\b(?:over|in|across|during|for|within)\s+(?:the\s+)?(?:next\s+|following\s+|coming\s+)?"
    rf"(?:({NUMBER})|an?|one)\s+(?:(?:straight|consecutive|successive)\s+)?{_PERIOD}s?\b|"
    rf"\b(?:over|in|across|during|for|within|throughout)\s+(?:an?|the|one|our|this)\s+({NUMBER}|[a-z]+)\s*-\s*{_PERIOD}\s+"
    r"(?!old\b)[a-z]"
)  # the second form a span said as a compound before what runs over it: "over a 12-month campaign"


def _period_trials(q: str) -> str | None:
    """The trials a question counts over periods, one a period: "each monthly sample has a 5% chance ... over 12
    months" or "over a twelve-month campaign" -> "12", "each week ... in the next 2 years" -> "104" (months in a year, weeks in a year by the
    calendar); None unless one period per trial and one span of whole periods are written."""
    per = _PER_PERIOD.findall(q)
    over = [(count or number_words(compound), unit or of_compound)
            for count, unit, compound, of_compound in _OVER_PERIODS.findall(q)]  # fmt: skip
    over = [(count, unit) for count, unit in over if not count or re.fullmatch(NUMBER, count)]
    units = {_PERIODIC.get(adjective, noun) for adjective, noun in per}
    if len(units) != 1 or len(over) != 1:
        return None
    count, unit = over[0]
    ratio = unit_ratio(next(iter(units)), unit, calendar=True)
    trials = Fraction(count or "1") * ratio if ratio is not None else None
    return str(trials) if trials is not None and trials.denominator == 1 and trials > 0 else None


def _of_next(q: str) -> str | None:
    """The items a count is asked of: "at most 17 of 20", "at least 5 of the next 20 intervals", or else "the next 20
    shipments" (a whole number, not a time)."""
    counted = _asks_count(q)
    m = re.match(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:next\s+|following\s+)?(\d+)(?![\d.%])", counted or "")
    m = m or re.search(rf"\b(?:next|following|coming|upcoming)\s+(\d+)(?![\d.%]|{_NOT_COUNTS})", q)
    return m.group(1) if m else None


def _exponential(q: str) -> Plan:
    """An exponential probability or quantile: the rate (or 1/mean) in the unit of the times asked about."""
    rate = exponential_rate(q)
    if rate is None:
        raise PlanError("an exponential distribution needs its rate (rate=, lambda=, 'failure rate 2e-4 per hour') "
                        "or its mean (mean=, MTBF, 'mean life 5000 h')")  # fmt: skip
    median = stated_median(q) if rate.text.startswith("log(2)/") else None
    level = _percentile(blank_spans(q, [median]) if median else q)  # a stated median is given, not asked
    if level is not None:  # in the rate's unit of time
        text = f"show exponential.ppf({level}, {rate.text})"
        facts = {"dist": "exponential", "fn": "ppf", "q": float(level), "rate": rate.text, "rate_unit": rate.unit}
        return Plan("probability", text, facts)
    aged = aged_window(q)  # "already survived 1000 h: P(survives another 2000 h)": memoryless, from now
    window = aged.window if aged else lifetime_window(q)
    if window is None and (x := _comparison_value(q)) is not None:
        window = Window(_tail(q, x)[0], (x,), None)
    if window is None:
        raise PlanError("an exponential probability needs the time, e.g. P(X < 2), 'fails within the first 1000 "
                        "hours', 'survives past 5000 h', or the percentile asked for")  # fmt: skip
    yearly = in_stated_hours(window, q) if rate.unit == "hour" and aged is None else None
    window = yearly[0] if yearly else window  # "5 years ... use 8760 h/yr": 43800 hours
    per = rate_in(rate, window.unit)
    facts = {"dist": "exponential", "rate": per, "rate_as_written": rate.text, "rate_unit": rate.unit,
             "time_unit": window.unit}  # fmt: skip
    if yearly:  # the years as written and the hours a year stated
        facts.update({"years": list(lifetime_window(q).times), "hours_per_year": yearly[1]})
    if aged is not None:
        facts.update({"survived": aged.age, "stated_time": aged.stated})
        plan = Plan("probability", f"show exponential.{window.fn}({window.times[0]}, {per})",
                    {**facts, "fn": window.fn, "x": window.times[0]})  # fmt: skip
        plan = _exact_exponential(q, plan)  # "... lasts past 1000 hours total? Exact answer.": exp(-3/4)
        since = "another " + window.times[0] if aged.stated is None else f"{aged.stated} - {aged.age}"
        return _assumed(plan, f"memoryless exponential: having survived {aged.age}, the remaining life is exponential "
                              f"with the same rate, so the time asked is {since}")  # fmt: skip
    if window.fn == "between":
        lo, hi = window.times
        text = f"show exponential.cdf({hi}, {per}) - exponential.cdf({lo}, {per})"
        return _exact_exponential(q, Plan("probability", text, {**facts, "fn": "between", "lo": lo, "hi": hi}))
    (point,) = window.times
    plan = Plan("probability", f"show exponential.{window.fn}({point}, {per})", {**facts, "fn": window.fn, "x": point})
    return _exact_exponential(q, plan)


def _exact_exponential(q: str, plan: Plan) -> Plan:
    """An exponential probability asked in exact form ("exact expression", "closed form") written in exact numbers,
    "exp(-5/8)" for sf(5000, 1/8000), "1 - exp(-5/8)" for the cdf, "exp(-a) - exp(-b)" between two times, for the
    symbolic engine to simplify; ``plan`` unchanged when no exact form is asked or a rate or time is not rational."""
    f = plan.facts
    if not EXACT_FORM.search(q) or f.get("fn") not in {"sf", "cdf", "between"}:
        return plan
    rate = _rational(str(f["rate"]))
    times = [_rational(str(f[k])) for k in (("lo", "hi") if f["fn"] == "between" else ("x",))]
    if rate is None or rate <= 0 or any(t is None or t < 0 for t in times):
        return plan
    survive = [f"exp(-({rate * t}))" for t in times]  # P(T > t) = exp(-rate t)
    text = {"sf": survive[0], "cdf": f"1 - {survive[0]}"}.get(f["fn"]) or f"{survive[0]} - {survive[-1]}"
    return Plan(plan.mode, f"show {text}", {**f, "exact_form": True}, plan.files)


_UPPER = r"top|upper|highest|largest|biggest|longest|heaviest|best"
_LOWER = r"bottom|lower|lowest|smallest|shortest|lightest|worst"


def _tail_share(q: str) -> str | None:
    """The cumulative probability of "the top 5%" (0.95) or "the lowest 10%" (0.1)."""
    m = re.search(rf"\b({_UPPER}|{_LOWER})\s+({NUMBER})\s*(?:%|percent)", q)
    if not m:
        return None
    share = float(m.group(2)) / 100
    return f"{1 - share if re.fullmatch(_UPPER, m.group(1)) else share:.10g}"


def _percentile(q: str) -> str | None:
    """The probability of a quantile question: "10th percentile", "median", "by what time have 10% failed"."""
    if (share := _tail_share(q)) is not None:
        return share
    m = re.search(
        rf"({NUMBER})(?:st|nd|rd|th)\s*(?:percentile|quantile)|({NUMBER})\s*%\s*(?:\w+\s+){{0,3}}?(?:have\s+)?fail", q
    )
    if m:
        return f"{float(m.group(1) or m.group(2)) / 100:.10g}"
    return "0.5" if re.search(r"\bmedian\b", q) else None


# comparison words: strictly above, at or above, strictly below, at or below (the value follows them)
# a time's comparatives say the other way round: "faster than 30 s" is below 30 s, "slower than 30 s" above
_TIME_AFTER = r"(?=\s*(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|ms|milliseconds?)\b(?!\s*/))"
# a speed's "faster than 70 km/h" is above it
_SPEED_AFTER = r"\s*(?:km/h|kph|mph|m/s|ft/s|knots?|rpm)(?![\w/])"
_ABOVE = (r"more than|greater than|above|over|beyond|exceed(?:s|ing)?|(?:survives?|lasts?)\s+(?:past|longer than)|"
          r"\b(?:taller|longer|heavier|larger|bigger|higher|wider|older|thicker|deeper|hotter|warmer|stronger|"
          rf"later)\s+than|\bslower\s+than(?=\s*{NUMBER}{_TIME_AFTER})|\b(?:faster|quicker)\s+than(?=\s*{NUMBER}{_SPEED_AFTER})|>")  # fmt: skip
_AT_LEAST = r"at least|no less than|no fewer than|>=|≥"
_BELOW = (r"fewer than|less than|below|under|before|\b(?:shorter|smaller|lighter|lower|narrower|younger|thinner|"
          rf"shallower|colder|cooler|weaker|earlier)\s+than|\b(?:faster|quicker)\s+than(?=\s*{NUMBER}{_TIME_AFTER})|<")  # fmt: skip
_AT_MOST = r"at most|no more than|up to|within|<=|≤"


# "below the 10.0 mL label claim", "under its 500 g declared weight": a value named after it, behind an article; or a
# short symbol given its value, "below f'c = 28 MPa", "under the design strength f'c = 28", "above LSL = 9.5"
_NAMED_LIMIT = (
    r"(?:(?:the|its|our|their)\s+(?=[-+]?\.?\d)|"
    r"(?:(?:the|its|our|their)\s+(?:[a-z-]+\s+){0,3}?)?[a-z][\w']{0,6}\s*=\s*(?=[-+]?\.?\d))?"
)


# the event a stated probability is of, defined by a bound on a measurement: "a 5% chance of reading over 0.3 ntu",
# "a 2% probability that it is above 40 c", "exceeds 0.3 ntu with probability 0.05", or a share of items so defined
# (the count asked is of such events)
_EVENT_BOUND = rf"(?:{_ABOVE}|{_BELOW}|{_AT_LEAST}|{_AT_MOST})\s*{_NAMED_LIMIT}(?<![\w.]){NUMBER}"
# a share of items and the verb of what defines them: "15% of kindergarteners in the county are missing ", "8% of the
# panels have "
_SHARE_OF_ITEMS = (
    rf"(?<![\w.])(?P<share>{NUMBER})\s*(?:%|percent\b)\s+of\s+(?:[\w-]+\s+){{0,6}}?(?:are|is|were|was|have|has|had|"
    rf"show|shows|contain|contains|with)\s+(?:[a-z-]+\s+){{0,2}}?"
)
# the share so stated once its bound is set apart (``_event_apart``): the share per item of the count asked
_DEFINED_SHARE = re.compile(rf"{_SHARE_OF_ITEMS}at-level\b")
_STATED_EVENT = (
    re.compile(
        rf"(?<![\w.]){NUMBER}\s*(?:%|percent\b)?\s*(?:probability|chance|likelihood|risk)\s+(?:of|that)\s+"
        rf"(?:[a-z]+\s+){{0,3}}?(?P<event>{_EVENT_BOUND})"
    ),
    re.compile(
        rf"(?P<event>{_EVENT_BOUND})\s*(?:[a-zµμ°%/]+\.?\s*)?,?\s*(?:independently\s+)?with\s+(?:an?\s+)?"
        rf"(?:(?:probability|chance|prob\.?)\s*(?:of\s+|=\s*|:\s*)?|p\s*=\s*)(?<![\w.]){NUMBER}"
    ),
    # a stated share of items defined by a bound: "15% of kindergarteners are missing at least 1 required vaccine",
    # "8% of the panels have more than 2 dead pixels" (the count asked is of such items)
    re.compile(rf"{_SHARE_OF_ITEMS}(?P<event>{_EVENT_BOUND})(?![\w.%]|\s*%)"),
)


def _event_apart(q: str) -> tuple[str, str | None]:
    """``q`` with the bound that defines the event of a stated probability made neutral ("a 5% chance of reading over
    0.3 ntu" -> "... of reading at-level 0.3 ntu"), so that a count asked of the events ("exactly 2 are over") is the
    one read; and the event as written, or None when no stated probability is of a bound."""
    m = next((m for m in (pattern.search(q) for pattern in _STATED_EVENT) if m), None)
    if m is None:
        return q, None
    value = re.search(rf"(?<![\w.]){NUMBER}$", m.group("event"))
    neutral = f"at-level {value.group(0)}" if value else "at-level"
    return q[: m.start("event")] + neutral + q[m.end("event") :], m.group("event")


# the shorthand of "with probability" before its value: "w.p. 0.98", "w.p 0.3", "wp 2%", "w/p 0.05", "w/ p 0.05"
_WITH_PROBABILITY = re.compile(r"\bw\s*(?:\.\s*p\b\.?|/\s*p\b|p\b)(?=\s*(?:=|:)?\s*[\d.])")


def with_probability(q: str) -> str:
    """``q`` with the shorthand of "with probability" written out ("flags a bad batch w.p. 0.98" -> "... with
    probability 0.98"): its full stops would otherwise end a clause, and its letters read as no word."""
    return _WITH_PROBABILITY.sub("with probability", q)


def _bounds_first(q: str) -> str:
    """ "4 or fewer" -> "at most 4", "6 or more" -> "at least 6" (the comparison words before the value); a count in
    words is in digits already ("at most one" -> "at most 1": ``prose.plain_text``)."""
    q = re.sub(rf"({NUMBER})\s+or\s+(?:fewer|less|below|lower)\b", r"at most \1", q)
    q = re.sub(rf"({NUMBER})\s+or\s+(?:more|greater|above|higher)\b", r"at least \1", q)
    return _COUNTS_FROM_ZERO.sub(_at_most_listed, q)


# "1 or 0 defects", "0 or 1 of them", "0, 1 or 2 calls": whole counts listed with "or", before the thing counted (not
# "coded 0 or 1", "either 0 or 1", a decimal or a percentage)
_COUNTS_FROM_ZERO = re.compile(
    r"(?<![\w.=])(?<!coded )(?<!either )(?<!values )(\d+(?:\s*,\s*\d+)*)\s*,?\s+or\s+(\d+)(?![\w.%])(?=\s+[a-z])"
)


def _at_most_listed(m: re.Match[str]) -> str:
    """ "at most k" for counts listed that are exactly 0..k in any order ("1 or 0" -> "at most 1"); else as written."""
    listed = [int(v) for v in re.findall(r"\d+", m.group(1))] + [int(m.group(2))]
    if len(listed) < 2 or sorted(listed) != list(range(len(listed))):
        return m.group(0)
    return f"at most {len(listed) - 1}"


def _comparison_value(q: str) -> str | None:
    """The point of "P(X <= 3)", "at most 3", "exactly 3", "taller than 185" (parameters like n=20 are skipped)."""
    words = "|".join((_AT_MOST, _AT_LEAST, _ABOVE, _BELOW, "exactly"))
    m = re.search(rf"(?:{words})\s*{_NAMED_LIMIT}({NUMBER})", q)
    m = m or re.search(rf"\b[xkz]\s*(?:<=|>=|<|>|=|≤|≥)\s*({NUMBER})", q)
    if m:
        return m.group(1)
    return "0" if _NONE.search(q) else None


# "no flaws", "none of them", "none of the 5 is cracked", "none of 5000 filled units", "without any (positives)": a
# count of 0
_NONE = re.compile(
    r"\b(?:no|zero|none\s+of\s+them|none\s+of(?:\s+(?:the|these|those|our|its|their))?(?:\s+\d+)?)\s+"
    r"(?!more\b|less\b|fewer\b|other\b|one\b)([a-z]+)|\bwithout\s+(?:any|a\s+single)\b\s*([a-z]*)"
)


def _said(words: str, x: str, q: str) -> bool:
    return bool(re.search(rf"(?:{words})\s*{_NAMED_LIMIT}{re.escape(x)}", q))


def _tail(q: str, x: str) -> tuple[str, str]:
    """cdf for P(X <= x) / P(X < x), sf for P(X > x) (continuous distributions)."""
    for words, fn in ((_AT_MOST, "cdf"), (_AT_LEAST, "sf"), (_BELOW, "cdf"), (_ABOVE, "sf")):
        if _said(words, x, q):
            return fn, x
    return "cdf", x


def _windows_apart(q: str) -> str:
    """``q`` with a window of periods said by a comparison word made neutral ("over 12 months", "within 2 weeks" ->
    "across 12 months"): for a count, the window is no bound of the count asked."""
    return _OVER_PERIODS.sub(lambda m: re.sub(r"^(?:over|within)\b", "across", m.group(0)), q)


# a size class in the definition of what is counted: "particulate counts (≥10 µm) per device", "particles (> 0.5 mm)",
# "voids (diameter over 50 microns)", "a sheared zone (RQD<25%)": a bound with a unit or a percent sign, in
# parentheses after a noun (not "P(...)")
_SIZE_CLASS = re.compile(
    rf"(?<=[a-z])\s*\(\s*(?:[a-z]+\s+|[a-z]+(?=[<>≤≥])){{0,2}}(?:{_ABOVE}|{_BELOW}|{_AT_LEAST}|{_AT_MOST})\s*{NUMBER}\s*"
    r"(?:[a-zµμ°][a-zµμ°/²³]{0,7}|%)\s*\)"
)


# a unit of a measured quantity (length, speed, temperature, pressure, mass, flow, level), not of time nor of pieces
_MEASURE_UNIT = (
    r"\s*(?:mm|cm|km|m|inch(?:es)?|ft|feet|mph|km/h|kph|m/s|knots?|kts|°\s*[cf]?|deg(?:rees)?\s*[cf]?|kpa|mpa|psig?|"
    r"bar|kg|lbs?|mg/l|db|m3/s|m³/s|cfs|µm|um|microns?)(?![\w/])"
)
# a bound on a measured quantity that defines the events counted: "daily rainfall > 50 mm happens 2.4 times a year",
# "gusts over 90 km/h", "floods above 3 m": a threshold of the event, no bound of the count
_MEASURED_BOUND = re.compile(rf"(?:{_ABOVE}|{_BELOW}|{_AT_LEAST}|{_AT_MOST})\s*{NUMBER}{_MEASURE_UNIT}")


# a bound on the items' age that says which items are counted: "meters older than 15 years", "pumps over 10 years
# old", "tags younger than 2 years": no bound of the count
_AGE_BOUND = re.compile(
    rf"\b(?:older|younger|newer)\s+than\s*{NUMBER}\s*{_TIME_UNITS}|"
    rf"(?:{_ABOVE}|{_BELOW}|{_AT_LEAST}|{_AT_MOST})\s*{NUMBER}\s*-?\s*{_TIME_UNITS}\s*-?\s*old\b"
)


# a bound on a graded label that says which events are counted: "a grade ≥3 adverse event", "stage > 2 tumours",
# "class >= 4 leaks": no bound of the count
_LABEL_BOUND = re.compile(
    rf"\b(?:grade|stage|class|category|tier|severity)\s*(?P<bound>{_AT_LEAST}|{_AT_MOST}|[<>])\s*{NUMBER}(?![\d.])"
)


def _size_classes(q: str) -> list[re.Match[str]]:
    """The size classes in parentheses of ``q`` (see ``_SIZE_CLASS``), not a probability's own brackets ("P(more
    than 3 mm)")."""
    return [m for m in _SIZE_CLASS.finditer(q) if not re.search(r"\b(?:p|pr|prob)\s*$", q[: m.start()])]


def _class_bounds(q: str) -> list[re.Match[str]]:
    """The bounds in ``q`` that define what is counted, in order: size classes in parentheses, bounds on a measured
    quantity and on the items' age (see ``_SIZE_CLASS``, ``_MEASURED_BOUND``, ``_AGE_BOUND``)."""
    found = _size_classes(q)
    for pattern in (_MEASURED_BOUND, _AGE_BOUND, _LABEL_BOUND):
        inside = [m.span() for m in found]
        found += [m for m in pattern.finditer(q) if not any(start <= m.start() < end for start, end in inside)]
    return sorted(found, key=lambda m: m.start())


def _size_classes_apart(q: str) -> tuple[str, list[str]]:
    """``q`` without the size classes of the counted thing, parenthesised ("particulate counts (≥10 µm) per device"
    -> "particulate counts per device") or a bound with a measured unit ("rainfall > 50 mm happens 2.4 times a
    year", "meters older than 15 years"), and the classes as written; a question whose only bound is such a class asks
    no count (declined rather than take the size for the count)."""
    found = _class_bounds(q)
    if not found:
        return q, []
    rest = q
    for m in reversed(found):
        rest = rest[: m.start()] + rest[m.end() :]
    if _comparison_value(rest) is None:
        raise PlanError(
            f"'{found[0].group(0).strip()}' defines what is counted; say which count is asked, e.g. 'at least 3'"
        )
    return rest, [m.group(0).strip(" ()") for m in found]


def _discrete(q: str, dist: str, params: str, facts: dict[str, Any]) -> Plan:
    q, classes = _size_classes_apart(_windows_apart(measures_apart(q)))
    if classes:
        facts["size_class"] = classes  # a definition of what is counted, no bound of the count
    x = _comparison_value(q)
    if x is None:
        raise PlanError(f"a {dist} probability needs the count, e.g. 'exactly 3', 'at most 3', 'P(X <= 3)'")
    k = int(float(x))
    if _said(_AT_MOST, x, q):
        fn, point = "cdf", str(k)
    elif _said(_AT_LEAST, x, q):
        fn, point = "sf", str(k - 1)
    elif _said(_BELOW, x, q):
        fn, point = "cdf", str(k - 1)
    elif _said(_ABOVE, x, q):
        fn, point = "sf", str(k)
    else:
        fn, point = "pmf", str(k)
    facts.update({"dist": dist, "fn": fn, "k": int(point), "asked": k})  # k as stated ("at least 3")
    if EXACT_FORM.search(q) and (exact := _exact_expression(dist, fn, int(point), params)) is not None:
        facts["exact_form"] = True  # "exact form": the symbolic engine's closed form is the answer
        return Plan("probability", f"show {exact}", facts)
    return Plan("probability", f"show {dist}.{fn}({point}, {params})", facts)


_EXACT_TERMS = 60  # the most terms an exact cumulative probability is written with


def _rational(text: str) -> Fraction | None:
    """A parameter's plan text ("2.5", "1/6", "12*1/6") as an exact fraction; None when it is not rational."""
    try:
        value = Fraction(1)
        for factor in text.split("*"):
            value *= Fraction(factor.strip())
    except (ValueError, ZeroDivisionError):
        return None
    return value


def _exact_expression(dist: str, fn: str, k: int, params: str) -> str | None:
    """A Poisson, binomial or hypergeometric pmf, cdf or sf at ``k`` as a study-language expression in exact numbers
    ("exp(-2)*2^3/factorial(3)", "binomial(4, 0)*binomial(46, 5)/binomial(50, 5)"), for the symbolic engine to simplify; None for another distribution, a parameter
    that is not rational or a sum of more than ``_EXACT_TERMS`` terms."""
    if dist == "poisson":
        mu = _rational(params)
        if mu is None or mu <= 0:
            return None
        m = f"({mu})"
        term = lambda i: f"{m}^{i}/factorial({i})"  # noqa: E731
        upper = None
    elif dist == "binomial":
        n_text, p_text = (part.strip() for part in params.split(","))
        p, n = _rational(p_text), _rational(n_text)
        if p is None or n is None or n.denominator != 1 or not 0 <= p <= 1:
            return None
        n_int = int(n)
        term = lambda i: f"binomial({n_int}, {i})*({p})^{i}*(1 - ({p}))^{n_int - i}"  # noqa: E731
        m, upper = None, n_int
    elif dist == "hypergeom":
        big, marked, drawn = (int(part) for part in params.split(","))
        term = lambda i: f"binomial({marked}, {i})*binomial({big - marked}, {drawn - i})/binomial({big}, {drawn})"  # noqa: E731
        m, upper = None, min(marked, drawn)
    else:
        return None
    if fn == "pmf":
        terms = [term(k)]
    elif k + 1 > _EXACT_TERMS:
        return None
    else:
        terms = [term(i) for i in range(0, k + 1)]
    total = " + ".join(terms)
    body = f"exp(-{m})*({total})" if m is not None else f"({total})"
    if upper is not None and k > upper:
        return None
    return f"1 - {body}" if fn == "sf" else body


def _sample_size(q: str, lots: bool = True) -> str | None:
    """The number of trials named "n", "sample of", "sample size", "inspect" (and, with ``lots``, "lot of", "batch
    of", "lot size")."""
    names = ["n", "sample of", "sample size", "samples? of size", "inspect"]
    return named_number(q, names + (["batch of", "lot of", "lot size"] if lots else []))


_BIN = re.compile(rf"\bb(?:in(?:om(?:ial)?)?)?\(\s*(?:n\s*=\s*)?({NUMBER})\s*,\s*(?:p\s*=\s*)?({NUMBER})\s*\)")
_POIS = re.compile(rf"\bpoi(?:s|sson)?\(\s*(?:λ|lambda|mu|μ)?\s*=?\s*({NUMBER})\s*\)")


def _binomial(q: str) -> Plan:
    if m := _BIN.search(q):  # X ~ Bin(15, 0.3)
        return _discrete(
            q, "binomial", f"{m.group(1)}, {m.group(2)}", {"n": int(float(m.group(1))), "p": float(m.group(2))}
        )
    n = _items(q) or _count(q, r"(trials|tosses|flips|throws|rolls|times)")
    p = _ppm_share(q) or ratio_share(q, _BAD) or named_ratio_share(q) or _each_probability(q)  # "w.p. 1/3" whole
    p = p or named_number(q, ["p", "probability of success", "success probability", "probability", "prob", "chance",
                         "defect(?:ive)? rate", "fraction defective", "proportion defective", "failure rate", "rate"])  # fmt: skip
    p = p or _share(q)  # "1 in 50" first: "a defect rate of 1 in 50" is no rate of 1
    if p is None and re.search(r"coin|heads|tails", q):
        p = "0.5"
    if p is None and re.search(r"\bdi(?:c)?e\b", q) and re.search(r"\bsix(?:es)?\b|\bones?\b|\ba [1-6]\b", q):
        p = "1/6"  # one face of a fair die
    taken = _eliminated(q, n, p) if n is None or p is None else None
    if taken is not None:
        n, p = taken
    if n is None or p is None:
        raise PlanError("a binomial probability needs n (trials) and p (success probability)")
    if (per_time := share_per_time(q, Fraction(p))) is not None:
        raise PlanError(f"{per_time} per unit of time is a rate, not the probability per piece a binomial needs: give "
                        "the share bad per piece, or the time and the model of the failures (e.g. Poisson, exponential)")  # fmt: skip
    plan = _discrete(q, "binomial", f"{n}, {p}", {"n": int(float(n)), "p": float(Fraction(p))})
    if taken is None:
        return plan
    return _assumed(plan, f"binomial n = {n} and p = {p}: by elimination, the only count of trials and the only "
                          "probability per trial the question states beside the count asked")  # fmt: skip


def _eliminated(q: str, n: str | None, p: str | None) -> tuple[str, str] | None:
    """(n, p) of a binomial read by elimination (see ``reasoning_elimination``) when the readers found one or neither:
    the count asked and the bounds that define the items set aside, the one whole count and the one share left. None
    when no count is asked, the numbers left are not exactly one of each, or they disagree with one already read."""
    asked = _asked_count(q)
    if asked is None or (k := re.match(NUMBER, q[asked[0] :])) is None:
        return None
    skipped = [(asked[0], asked[0] + k.end()), *(m.span() for m in _class_bounds(q))]
    found = count_and_share(q, skipped, asked[1])
    if found is None or int(found[0]) < int(float(k.group(0))):
        return None
    if (n is not None and Fraction(n) != Fraction(found[0])) or (p is not None and Fraction(p) != Fraction(found[1])):
        return None
    return found


def _hypergeom(q: str) -> Plan:
    """The count of marked items among n drawn without replacement from a lot of N holding K of them."""
    lot, drawn = lot_and_marked(q), _drawn(q)
    if lot is None or drawn is None or not float(drawn).is_integer():
        raise PlanError("a count drawn without replacement (hypergeometric) needs the lot size, how many in the lot "
                        "are defective and how many are drawn: e.g. 'a lot of 200 contains 6 defectives; 15 are "
                        "drawn at random without replacement'")  # fmt: skip
    (big, marked), n = lot, int(float(drawn))
    if not marked <= big or not 0 < n <= big:
        raise PlanError(f"a lot of {big} cannot hold {marked} marked items or give {n} drawn: check the counts")
    plan = _discrete(lot_described_apart(q), "hypergeom", f"{big}, {marked}, {n}", {"N": big, "K": marked, "n": n})
    if plan.facts["asked"] > n:
        raise PlanError(f"the count asked ({plan.facts['asked']}) exceeds the {n} drawn")
    return plan


def _count(q: str, words: str) -> str | None:
    m = re.search(rf"({NUMBER})\s+(?:\w+\s+){{0,2}}{words}", q)
    return m.group(1) if m else None


def _poisson(q: str) -> Plan:
    mu = named_number(q, ["mean", "mu", "lambda", "rate", "averages?", "averaging", "an average of", "average of",
                          "on average", "avg"])  # fmt: skip
    per = per_unit(q)
    notation = _POIS.search(q)
    if notation is None and (exposure := exposure_rate(q)) is not None:  # "1.2 per 1000 line-days ... 2500 line-days"
        return _exposed(q, *exposure)
    if notation is None and (block := block_rate(q)) is not None:  # "0.8 leaks per 1000 pouches ... 2500 pouches"
        return _exposed(q, *block[:4])
    if (
        notation is None and mu is None and (pieces := piece_rate(q)) is not None
    ):  # "0.7 per turbine per yr, 20 turbines"
        return _over_pieces(q, *pieces)
    mu = (notation.group(1) if notation else None) or mu or (per[0] if per else None)
    if mu is None and (between := mean_between_exposure(thousands(q))) is not None:  # "MTBUR 8000 FH ... fly 24000 FH"
        return _between_exposed(thousands(q), *between)
    if mu is None:
        raise PlanError(
            "a poisson probability needs its mean (mean=, lambda= or rate=, or a rate such as '4 per hour')"
        )
    if per is None and notation is None and (piece := piece_size(q)) is not None:  # "2.4 per quadrat ... a quadrat"
        return _one_piece(q, mu, *piece)
    window, span = _window(q), rate_span(q)
    facts: dict[str, Any] = {"mu": float(mu)}
    if span != 1:  # "3 calls every 10 minutes"
        facts["rate_interval"] = float(span)
    if window is not None and window[0] != 1:  # 2.5 per minute over a two-minute window: mean 2.5*2
        scale, stated = window
        facts.update({"mu": float(mu) * float(scale), "rate": mu, "window": float(scale), "interval": float(stated)})
        return _discrete(q, "poisson", f"{mu}*{scale}", facts)
    if window is not None:
        facts["interval"] = float(window[1])
    return _discrete(q, "poisson", mu, facts)


def _one_piece(q: str, mu: str, size: str, unit: str, piece: str) -> Plan:
    """A Poisson count over one piece of the size stated, at a rate per piece ("2.4 seedlings per quadrat" in "0.25
    m² quadrats": mean 2.4), the size said in the plan's first line (it sets the piece, no window to scale to)."""
    facts: dict[str, Any] = {"mu": float(mu), "piece": piece, "piece_size": float(Fraction(size)), "piece_unit": unit}
    plan = _discrete(q, "poisson", mu, facts)
    return _assumed(plan, f"poisson mean {mu} per {piece}, over one {piece} (each {size} {unit})")


def _exposed(q: str, rate: str, per: str, amount: str, unit: str) -> Plan:
    """A Poisson count over an exposure: the mean is the rate per ``per`` units of exposure times the ``amount``
    stated in that unit (1.2 per 1000 line-days over 2500 line-days: mean 1.2/1000*2500 = 3)."""
    mu = Fraction(rate) / Fraction(per) * Fraction(amount)
    facts: dict[str, Any] = {"mu": float(mu), "rate": rate, "rate_interval": float(Fraction(per)),
                             "exposure": float(Fraction(amount)), "exposure_unit": unit}  # fmt: skip
    exposure = rf"\b(?:over|within)\s+(?=(?:the\s+)?(?:next\s+)?{re.escape(amount)}(?![\d.]))"
    return _discrete(re.sub(exposure, "across ", q), "poisson", f"{rate}/{per}*{amount}", facts)  # "over 5000 FH"


def _over_pieces(q: str, rate: str, piece: str, count: int, per_time: str) -> Plan:
    """A Poisson count over several pieces: the mean is the rate per piece per time, times the pieces, times the
    window in the rate's time unit (0.7 strikes per turbine per year, 20 turbines, the next 6 months: 0.7*20*1/2 =
    7); ``per_time`` is the question less the piece, so the window is read of the rate per time alone."""
    window = _window(per_time)
    scale = window[0] if window is not None else Fraction(1)
    facts: dict[str, Any] = {"mu": float(Fraction(rate) * count * scale), "rate": rate, "pieces": count,
                             "piece": piece, "window": float(scale)}  # fmt: skip
    if window is not None:
        facts["interval"] = float(window[1])
    plan = _discrete(q, "poisson", f"{rate}*{count}*{scale}", facts)
    return _assumed(plan, f"poisson mean: {rate} per {piece} x {count} {piece}s x {scale} of the rate's time unit")


def _between_exposed(q: str, mean: str, amount: str, unit: str) -> Plan:
    """A Poisson count over an exposure from the mean exposure between events (MTBUR 8000 FH over 24000 FH: mean
    24000/8000 = 3), said in the plan's first line."""
    plan = _exposed(q, "1", mean, amount, unit)
    plan.facts["mean_between"] = float(Fraction(mean))
    return _assumed(plan, f"poisson mean: {amount} {unit} of exposure / {mean} {unit} between events")


_VARIANCE = VARIANCE
_SD = ["sd", "s\\.d\\.", "sigma(?!\\s*\\^)", "standard deviation", "std(?:\\.?\\s?dev\\.?)?", "stdev"]
# only these name a normal with mean 0 and sd 1: "standard normal", "Z", "z-score", "z_{0.025}", a z-test's critical
# value (a z-test itself is the hypothesis planner's), "N(0, 1)"
_STANDARD = re.compile(r"\b(?:standard|unit)\s+normal|(?<![\w'])z(?![a-z0-9'])|\bn\(\s*0\s*,\s*1\s*\)")


def _normal_parameters(q: str) -> tuple[str, str]:
    """(mean, sd) from "mean 50, sd 8", "variance 225" (sd sqrt(225)), "N(mu = 100, sigma^2 = 225)",
    "N(50, 4^2)" or "sigma^2 = 4^2" (a variance written as a square), "N(250 mg, 16 mg^2)" (the units say which) or
    "N(50, 0.04) ... variance 0.04" (the words say which). Mean 0
    and sd 1 only for a standard normal ("standard normal", "Z", a z-score, "N(0, 1)"); PlanError when another
    normal's mean or sd is missing, or the second parameter of N(., .) may be the variance or the sd."""
    q = squares_as_sd(q)
    written = read_notation(q)
    if written and (sd := notation_sd(written)) is not None:
        return written.mean, sd
    if written:  # "N(50, 0.04) ... i.e. variance 0.04": the words decide
        mean, second = written.mean, written.second
        said_variance = named_number(q, [f"(?:{_VARIANCE})"])
        said_sd = named_number(q, _SD)
        if called := re.search(rf"\b{re.escape(second)}\s+is\s+the\s+(?:({_VARIANCE})|sd|sigma|standard deviation)", q):
            said_variance, said_sd = (second, None) if called.group(1) else (None, second)
        if said_variance is not None and float(said_variance) == float(second) and said_sd is None:
            return mean, f"sqrt({second})"
        if said_sd is not None and float(said_sd) == float(second) and said_variance is None:
            return mean, second
        if float(second) == 1:  # N(50, 1): the variance and the sd are both 1
            return mean, "1"
        raise PlanError(f"N({mean}, {second}): say whether {second} is the variance (sigma^2 = "
                        f"{second}) or the standard deviation (sigma = {second})")  # fmt: skip
    mu = named_value(q, [*MEAN_NAMES, "expected value"])
    variance = named_value(q, [f"(?:{_VARIANCE})"])
    sd = named_value(q, _SD)
    if mu is not None and not mu[1] and ((sd and sd[1]) or (variance and variance[1])):
        raise PlanError(f"the mean {mu[0]} is not in percent but the spread is: a relative sd (% of the mean) or "
                        "percentage points? give the sd in the mean's units")  # fmt: skip
    # values in percent are percentage points of a measurement ("mean 99.5%, sd 0.8%, below 98.0%"): as written
    spread = sd[0] if sd else (f"sqrt({variance[0]})" if variance else None)
    return _standard_defaults(q, mu[0] if mu else None, spread)


def _standard_defaults(q: str, mu: str | None, sd: str | None) -> tuple[str, str]:
    """The stated mean and sd, the missing ones 0 and 1 only for a standard normal whose stated ones are its own;
    PlanError naming what is missing otherwise."""
    standard = _STANDARD.search(q) is not None
    if mu is not None and sd is not None:
        return mu, sd
    if standard and (mu is None or float(mu) == 0) and (sd is None or sd in {"1", "1.0", "sqrt(1)"}):
        return mu or "0", sd or "1"
    missing = " and ".join(name for name, v in (("mean", mu), ("standard deviation", sd)) if v is None)
    raise PlanError(f"this normal's {missing} {'is' if ' and ' not in missing else 'are'} missing: say e.g. 'mean "
                    "50, sd 4' (only a standard normal, 'Z', a z-score or N(0, 1), has mean 0 and sd 1)")  # fmt: skip


def _quantile(q: str, asked: Quantile) -> Plan:
    """``show DIST.ppf(q, ...)`` of a critical value or quantile, its cumulative probability computed exactly from
    the tail area read; the facts keep the area and tail for the audit, and the reading note for a caveat."""
    params = list(asked.df) if asked.dist != "normal" else list(_normal_parameters(q))
    facts: dict[str, Any] = {"dist": asked.dist, "fn": "ppf", "q": float(asked.q), "area": float(asked.area),
                             "tail": asked.tail, "read": asked.read, "note": asked.note}  # fmt: skip
    if asked.alpha is not None:
        facts["alpha"] = float(asked.alpha)
    if asked.n is not None:
        facts["n"] = float(asked.n)
    standard = params == ["0", "1"]
    if asked.dist == "normal":
        facts.update({"mu": params[0], "sd": params[1]})
    else:
        facts["df"] = [float(d) for d in asked.df]
    facts["label"] = asked.label("" if asked.dist != "normal" or standard else f"mean {params[0]}, sd {params[1]}")
    return Plan("probability", f"show {asked.dist}.ppf({asked.q}, {', '.join(params)})", facts)


def _normal(q: str, n: str | None = None) -> Plan:
    """A normal probability; with ``n``, of the mean of n values (sd sigma/sqrt(n), the facts keep sigma and n)."""
    mu, sd = _normal_parameters(q)
    extra = {} if n is None else {"sigma": sd, "n_mean": int(float(n))}
    sd = sd if n is None else f"{sd}/sqrt({n})"
    if re.search(r"critical value|\bz for\b|quantile|percentile|cuts? off", q):
        raise PlanError("a normal quantile needs its probability: e.g. 'the 97.5th percentile', 'the upper 5% point', "
                        "'z_{0.025}' or 'two-sided at 95% confidence'")  # fmt: skip
    if (spec := _specification(q, mu, sd)) is not None:
        return spec
    between = _RANGE.search(q) or re.search(rf"({NUMBER})\s*(?:<=|<|≤)\s*[xz]\s*(?:<=|<|≤)\s*({NUMBER})", q)
    if between:
        lo, hi = [v for v in between.groups() if v is not None]
        _same_scale(q, lo, hi)
        text = f"show normal.cdf({hi}, {mu}, {sd}) - normal.cdf({lo}, {mu}, {sd})"
        facts = {"dist": "normal", "fn": "between", "lo": lo, "hi": hi, "mu": mu, "sd": sd, **extra}
        return Plan("probability", text, facts)
    x = _comparison_value(q)
    named = _threshold_tail(q) or _referenced_limit(q) if x is None else None
    if named is not None:  # "the alarm threshold is 70 ... trip the alarm", "min landing size is 45 ... above mls"
        fn, point = named
    elif x is None:
        raise PlanError("a normal probability needs the value, e.g. P(X < 120) or 'between 85 and 115'")
    else:
        fn, point = _tail(q, x)
    _same_scale(q, point)
    text = f"show normal.{fn}({point}, {mu}, {sd})"
    return Plan("probability", text, {"dist": "normal", "fn": fn, "x": point, "mu": mu, "sd": sd, **extra})


# a threshold named with its value: "the alarm threshold is 70", "a trip point of 70", "cut-off set at 70", "the SLA is
# 50 minutes", "a deadline of 50 min"; or before it: "a 50-minute SLA"
_LIMIT_NOUN = r"(?:sla|service[- ]level(?:\s+(?:agreement|target|limit))?|deadline|time\s+limit)"
_THRESHOLD = re.compile(
    rf"\b(?:threshold|trip (?:point|level)|cut-?off|alarm (?:limit|level|point)|{_LIMIT_NOUN})\s*(?:value\s*)?"
    rf"(?:\(\s*)?(?:is\s+(?:set\s+)?(?:at|to)?|of|at|=|:|set\s+(?:at|to))?\s*({NUMBER})"
    rf"|(?<![\w.])({NUMBER})[- ]?(?:{_TIME_UNITS})?[- ]?{_LIMIT_NOUN}\b"
)
_LIMIT = rf"(?:alarm|alert|threshold|cut-?off|trip point|{_LIMIT_NOUN})"
# crossing it asked: "trip the alarm", "set off the alarm", "exceed the threshold", "above the cut-off"; a maximum
# time's limit also "blow (through) the SLA", "miss the deadline", "breach the SLA", "violate it"
_CROSSED = re.compile(r"\b(?:trip|trips|tripping|set(?:s|ting)? off|trigger(?:s|ing)?|exceed(?:s|ing)?|cross(?:es|ing)?|"
                      rf"above|over|beyond)\s+(?:the|its|that|this)\s+(?:[a-z]+\s+)?{_LIMIT}|"
                      r"\b(?:blow|blows|blew|blown|blowing|miss|misses|missed|missing|breach(?:es|ed|ing)?|"
                      r"violat(?:e|es|ed|ing)|bust(?:s|ed|ing)?)\s+(?:through\s+|past\s+)?(?:the|its|their|our|that|this)\s+"
                      rf"(?:[a-z0-9-]+\s+)?{_LIMIT_NOUN}")  # fmt: skip
_NOT_CROSSED = re.compile(r"\b(?:below|under|within|not (?:trip|set off|trigger|exceed))\s+(?:the|its|that|this)\s+"
                          rf"(?:[a-z]+\s+)?{_LIMIT}|\b(?:meet|meets|met|meeting|make|makes|made|making|hit|hits|hitting)\s+"
                          rf"(?:the|its|their|our|that|this)\s+(?:[a-z0-9-]+\s+)?{_LIMIT_NOUN}")  # fmt: skip


def _threshold_tail(q: str) -> tuple[str, str] | None:
    """(sf, x) for a named threshold x the question asks crossed ("the alarm threshold is 70 °C ... what fraction trip
    the alarm"), (cdf, x) for one asked not crossed; None when no threshold is named. PlanError when both or neither
    side is asked."""
    m = _THRESHOLD.search(q)
    if m is None:
        return None
    above, below = _CROSSED.search(q) is not None, _NOT_CROSSED.search(q) is not None
    if above == below:
        raise PlanError(f"the threshold {m.group(1) or m.group(2)} is named but not which side is asked: say 'above the threshold' "
                        "(trips the alarm) or 'below it'")  # fmt: skip
    return ("sf" if above else "cdf"), m.group(1) or m.group(2)


# a value named before it is asked by that name: "min landing size is 45 cm", "a legal minimum size (mls) of 45 cm",
# "the rejection limit is set at 70"; the name is one to four words, perhaps with its initials in brackets
_NAMED_VALUE = re.compile(
    r"(?<![\w-])(?P<name>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s*(?:\(\s*(?P<alias>[a-z]{2,6})\s*\)\s*)?"
    rf"(?:is\s+set\s+at|is\s+at|is|of|=|:|at|set\s+at)\s*(?:about\s+|~\s*)?(?P<value>{NUMBER})(?![\d.])"
)
_NOT_A_LIMIT = re.compile(rf"\b(?:{'|'.join(MEAN_NAMES)}|{'|'.join(_SD)}|{_VARIANCE}|n|p|k|alpha)$")
_ARTICLES = r"(?:(?:the|its|our|their|this|that|a|an)\s+)?"


def _limit_names(m: re.Match[str]) -> list[str]:
    """The ways a named value may be referred to again: the last two to four words of its name, their initials
    ("min landing size" -> "min landing size", "landing size", "mls", "ls") and a bracketed alias."""
    words = m.group("name").split()
    names = [" ".join(words[-k:]) for k in range(2, len(words) + 1)]
    names += ["".join(w[0] for w in words[-k:]) for k in range(2, len(words) + 1)]
    return names + ([m.group("alias")] if m.group("alias") else [])


def _referenced_limit(q: str) -> tuple[str, str] | None:
    """(sf, x) for a value named earlier and asked above by its name or initials ("min landing size is 45 cm ...
    what fraction are above mls"), (cdf, x) for one asked below it; None when no such reference is read, or several
    values are so referred to. A mean's or a spread's name is no limit."""
    found: set[tuple[str, str]] = set()
    for m in _NAMED_VALUE.finditer(q):
        if _NOT_A_LIMIT.search(m.group("name")):
            continue
        for name in _limit_names(m):
            for side, fn in ((f"{_ABOVE}|{_AT_LEAST}", "sf"), (f"{_BELOW}|{_AT_MOST}", "cdf")):
                if re.search(rf"(?:{side})\s*{_ARTICLES}{re.escape(name)}(?![\w-])", q[m.end() :]):
                    found.add((fn, m.group("value")))
    return found.pop() if len(found) == 1 else None


def _sample_mean(q: str, n: str) -> Plan:
    """A probability of the mean of n values: normal with the population's mean and sd sigma/sqrt(n), said in the
    plan's first line; refused for n < 30 from a population not said to be normal."""
    if (problem := small_sample_problem(q, n)) is not None:
        raise PlanError(problem)
    plan = _normal(population_text(q), n)
    if "sigma" not in plan.facts:
        raise PlanError("a share of the specification is of single values, not of a sample mean: ask P(x-bar < a)")
    sigma = plan.facts["sigma"]
    return _assumed(plan, f"normal sample mean: the mean of n = {n} values has mean {plan.facts['mu']} and sd "
                          f"sigma/sqrt(n) = {sigma}/sqrt({n}) (the population's sd over root n)")  # fmt: skip


# a measurement named with its unit, percent, after a word rather than a number: "butterfat %", "moisture (%)"; not
# an ask ("what % of", "in %")
_NAMED_IN_PERCENT = re.compile(
    r"\b(?!(?:what|which|how|in|as|the|a|an|of|by|to|at|per)\b)[a-z][a-z-]*\s*(?:\(\s*(?:%|percent)\s*\)|%(?!\w)(?!\s*of\b))"
)


# percent written as a unit after a number, plain or of a basis: "98.9%", "99.20 wt%", "12 vol %", "3 mol%"
_PERCENT_UNIT = r"(?:(?:wt|vol|mol|mass|w/w|v/v|w/v)\.?\s*)?(?:%|percent\b)"


def _written_in_percent(q: str, value: str) -> bool:
    """Whether ``value`` is written with a percent unit after it ("mean 99.20 wt%"): percentage points."""
    return re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])\s*{_PERCENT_UNIT}", q) is not None


def _same_scale(q: str, *points: str) -> None:
    """PlanError when a bound is written in percent and the stated mean is not, or the other way ("mean 0.995 ...
    below 98%"): a fraction beside percentage points. A mean of a measurement named in percent ("butterfat % ...
    mean 3.85") is in percent."""
    mean = named_value(q, MEAN_NAMES)
    if mean is None:
        return
    named = _NAMED_IN_PERCENT.search(q) is not None and float(mean[0]) > 1  # a mean of 0.995 is still a fraction
    in_percent = bool(mean[1]) or named or _written_in_percent(q, mean[0])
    for point in points:
        written = re.search(rf"(?<![\d.]){re.escape(point)}(?![\d.])\s*({_PERCENT_UNIT})?", q)
        if written and bool(written.group(1)) != in_percent:
            raise PlanError(f"the mean {mean[0]}{mean[1]} and the bound {point}{written.group(1) or ''} are on "
                            "different scales (one in percent): write both in percent or both as fractions")  # fmt: skip


# "between 85 and 115", "between 24.97 mm and 25.03 mm", "from 24.97 to 25.03 mm", "in the range 24.97-25.03 mm"
_BOUND_UNIT = r"(?:(?!to\b|and\b)[a-zµμ°%]+\.?\s*)?"
_RANGE = re.compile(
    rf"\b(?:between\s+({NUMBER})\s*{_BOUND_UNIT}and|from\s+({NUMBER})\s*{_BOUND_UNIT}to|in\s+the\s+range\s+(?:of\s+)?"
    rf"({NUMBER})\s*{_BOUND_UNIT}(?:to|-|–))\s*({NUMBER})"
)


_OUTSIDE = (
    rf"\boutside\s+(?:of\s+)?(?:the\s+)?(?:range\s+|interval\s+)?[(\[]?\s*({NUMBER})\s*{_BOUND_UNIT}"
    rf"(?:to|and|,|-|–|—)\s*({NUMBER})"
)


def _specification(q: str, mu: str, sd: str) -> Plan | None:
    """A normal's share of its specification ("fraction out of spec", "% nonconforming", "below the LSL",
    "within tolerance") or outside a range ("outside 70 to 130"); None when the question asks neither."""
    lsl, usl = spec_limits(q, as_written=True)  # in percentage points beside a mean and sd in percent
    if limits_reversed(lsl, usl):
        raise PlanError(f"the LSL ({lsl}) is not below the USL ({usl}): check which limit is which")
    share = spec_share(q)
    if (outside := re.search(_OUTSIDE, q)) and lsl is None and usl is None:
        lsl, usl, share = *outside.groups(), "outside"
    if share is None or (lsl is None and usl is None):
        return None
    try:
        text, fn, lower, upper = normal_share(share, lsl, usl, mu, sd)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None
    facts = {"dist": "normal", "fn": fn, "lo": lower, "hi": upper, "mu": mu, "sd": sd, "specification": True}
    if (relative := relative_tolerance(q)) is not None:  # "10 kΩ ±1%": the nominal and percent the limits come from
        facts.update({"nominal": relative[0], "tolerance_percent": relative[1], "unit_factor": relative[2]})
    return Plan("probability", f"show {text}", facts)


def normal_approximation(plan: Plan) -> list[tuple[str, str]]:
    """A binomial tail is also computed by the normal approximation with continuity correction."""
    facts = plan.facts
    if facts.get("dist") != "binomial" or facts["fn"] not in {"cdf", "sf"}:
        return []
    n, p, k = facts["n"], facts["p"], facts["k"]
    mean, sd = f"{n}*{p}", f"sqrt({n}*{p}*(1 - {p}))"
    return [("normal approximation", f"show normal.{facts['fn']}({k} + 0.5, {mean}, {sd})")]
