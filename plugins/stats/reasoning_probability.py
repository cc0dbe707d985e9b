"""Reasoning tool of the stats plugin for probability questions: binomial, Poisson, normal, exponential."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from plugins.api.prose import NUMBER, ExtractError, named_number, normal_share, spec_limits, spec_share
from plugins.api.reasoning import Plan, PlanError

# a hypothesis, a p-value or a named test: the question asks for a test, not a distribution's probability
_TEST = re.compile(
    r"\bh[0o₀1a]\s*:|\b(?:null|alternative) hypothesis|\bp-?value|\b(?:exact|binomial|sign|z|t)[- ]test\b"
)


def plan_probability(question: str) -> Plan:
    q = _bounds_first(question.lower())
    if _TEST.search(q):
        raise PlanError("this asks for a hypothesis test (a null hypothesis, a p-value or a named test), not a "
                        "probability: e.g. '4 defectives out of 50, H0: p = 0.02, H1: p > 0.02, exact binomial test'")  # fmt: skip
    if (
        "binomial" in q
        or _BIN.search(q)
        or re.search(r"coin|heads|tosses|flips|trials|\bdi(?:c)?e\b.*\brolls?\b|\brolls?\b.*\bdi(?:c)?e\b", q)
        or (re.search(r"defect|nonconform|fail", q) and _sample_size(q) and "poisson" not in q)
    ):
        return _binomial(q)
    if "poisson" in q or _POIS.search(q):
        return _poisson(q)
    if re.search(r"normal|\bz\b|z-score|z score|z value|gaussian|\bn\(", q):
        return _normal(q)
    if "exponential" in q:
        return _exponential(q)
    raise PlanError("name the distribution: binomial, poisson, normal or exponential")


def _exponential(q: str) -> Plan:
    rate = named_number(q, ["rate", "lambda", "failure rate"])
    mean = named_number(q, ["mean", "mtbf", "mttf", "mean time (?:between|to) failures?", "mean life", "average life"])
    if rate is None and mean is None:
        raise PlanError("an exponential distribution needs its rate (rate=, lambda=) or its mean")
    rate_text = rate or f"1/{mean}"
    level = _percentile(q)
    if level is not None:
        text = f"show exponential.ppf({level}, {rate_text})"
        return Plan("probability", text, {"dist": "exponential", "fn": "ppf", "q": float(level), "rate": rate_text})
    x = _comparison_value(q)
    if x is None:
        raise PlanError("an exponential probability needs the value, e.g. P(X < 2), or the percentile asked for")
    fn, point = _tail(q, x)
    text = f"show exponential.{fn}({point}, {rate_text})"
    return Plan("probability", text, {"dist": "exponential", "fn": fn, "x": point, "rate": rate_text})


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
_ABOVE = r"more than|greater than|above|over|beyond|exceed(?:s|ing)?|(?:survives?|lasts?)\s+(?:past|longer than)|(?:taller|longer|heavier|larger|bigger|higher|wider|older)\s+than|>"
_AT_LEAST = r"at least|no less than|no fewer than|>=|≥"
_BELOW = r"fewer than|less than|below|under|before|(?:shorter|smaller|lighter|lower|narrower|younger)\s+than|<"
_AT_MOST = r"at most|no more than|up to|within|<=|≤"


def _bounds_first(q: str) -> str:
    """ "4 or fewer" -> "at most 4", "6 or more" -> "at least 6" (the comparison words before the value)."""
    q = re.sub(rf"({NUMBER})\s+or\s+(?:fewer|less|below|lower)\b", r"at most \1", q)
    return re.sub(rf"({NUMBER})\s+or\s+(?:more|greater|above|higher)\b", r"at least \1", q)


def _comparison_value(q: str) -> str | None:
    """The point of "P(X <= 3)", "at most 3", "exactly 3", "taller than 185" (parameters like n=20 are skipped)."""
    words = "|".join((_AT_MOST, _AT_LEAST, _ABOVE, _BELOW, "exactly"))
    m = re.search(rf"(?:{words})\s*({NUMBER})", q)
    m = m or re.search(rf"\b[xkz]\s*(?:<=|>=|<|>|=|≤|≥)\s*({NUMBER})", q)
    if m:
        return m.group(1)
    return (
        "0"
        if re.search(
            r"\b(?:no|zero|none of the)\s+(?!more\b|less\b|fewer\b|other\b|one\b)[a-z]+",
            q,
        )
        else None
    )


def _said(words: str, x: str, q: str) -> bool:
    return bool(re.search(rf"(?:{words})\s*{re.escape(x)}", q))


def _tail(q: str, x: str) -> tuple[str, str]:
    """cdf for P(X <= x) / P(X < x), sf for P(X > x) (continuous distributions)."""
    for words, fn in ((_AT_MOST, "cdf"), (_AT_LEAST, "sf"), (_BELOW, "cdf"), (_ABOVE, "sf")):
        if _said(words, x, q):
            return fn, x
    return "cdf", x


def _discrete(q: str, dist: str, params: str, facts: dict[str, Any]) -> Plan:
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
    return Plan("probability", f"show {dist}.{fn}({point}, {params})", facts)


def _sample_size(q: str) -> str | None:
    return named_number(
        q, ["n", "sample of", "sample size", "samples? of size", "batch of", "lot of", "lot size", "inspect"]
    )


_BIN = re.compile(rf"\bb(?:in(?:om(?:ial)?)?)?\(\s*(?:n\s*=\s*)?({NUMBER})\s*,\s*(?:p\s*=\s*)?({NUMBER})\s*\)")
_POIS = re.compile(rf"\bpoi(?:s|sson)?\(\s*(?:λ|lambda|mu|μ)?\s*=?\s*({NUMBER})\s*\)")


def _binomial(q: str) -> Plan:
    if m := _BIN.search(q):  # X ~ Bin(15, 0.3)
        return _discrete(
            q, "binomial", f"{m.group(1)}, {m.group(2)}", {"n": int(float(m.group(1))), "p": float(m.group(2))}
        )
    n = _sample_size(q) or _count(q, r"(trials|tosses|flips|throws|rolls|times|items|parts|units)")
    p = named_number(q, ["p", "probability of success", "success probability", "probability", "prob", "chance",
                         "defect(?:ive)? rate", "fraction defective", "proportion defective", "failure rate", "rate"])  # fmt: skip
    p = p or _rate_percent(q)
    if p is None and re.search(r"coin|heads|tails", q):
        p = "0.5"
    if p is None and re.search(r"\bdi(?:c)?e\b", q) and re.search(r"\bsix(?:es)?\b|\bones?\b|\ba [1-6]\b", q):
        p = "1/6"  # one face of a fair die
    if n is None or p is None:
        raise PlanError("a binomial probability needs n (trials) and p (success probability)")
    return _discrete(q, "binomial", f"{n}, {p}", {"n": int(float(n)), "p": float(Fraction(p))})


def _count(q: str, words: str) -> str | None:
    m = re.search(rf"({NUMBER})\s+(?:\w+\s+){{0,2}}{words}", q)
    return m.group(1) if m else None


def _rate_percent(q: str) -> str | None:
    """ "5% defective", "2% of the parts fail" -> 0.05, 0.02."""
    m = re.search(rf"({NUMBER})\s*%\s+(?:\w+\s+){{0,3}}?(?:defect|defective|nonconform|fail|bad|scrap)", q)
    return str(float(m.group(1)) / 100) if m else None


def _poisson(q: str) -> Plan:
    mu = named_number(q, ["mean", "mu", "lambda", "rate", "averages?", "averaging", "an average of", "average of",
                          "on average"])  # fmt: skip
    per = re.search(rf"({NUMBER})\s+(?:\w+\s+)?(?:per|an?|each|every)\s+(?:hour|minute|second|day|week|month|year|"
                    rf"shift|page|metre|meter|km|mile|square|unit|batch|lot|roll|sheet)\b", q)  # fmt: skip
    notation = _POIS.search(q)
    mu = (notation.group(1) if notation else None) or mu or (per.group(1) if per else None)
    if mu is None:
        raise PlanError("a poisson probability needs its mean (mean=, lambda= or rate=)")
    window = _window(q)
    if window is not None and window[0] != 1:  # 2.5 per minute over a two-minute window: mean 2.5*2
        scale, stated = window
        facts = {"mu": float(mu) * scale, "rate": mu, "window": scale, "interval": stated}
        return _discrete(q, "poisson", f"{mu}*{scale:g}", facts)
    return _discrete(q, "poisson", mu, {"mu": float(mu)})


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "half an": 0.5,
                "half a": 0.5, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}  # fmt: skip
_UNIT = r"(second|minute|hour|day|week|month|year|shift|page|metre|meter|km|mile|unit|batch|lot|roll|sheet)s?"


def _window(q: str) -> tuple[float, float] | None:
    """How many of the rate's units the question's interval spans, and the interval's length as stated:
    "2.5 per minute ... in a two-minute window" -> (2, 2), "3 per hour ... over 30 minutes" -> (0.5, 30);
    None when the rate or the interval has no unit, or their units do not convert."""
    rate = re.search(rf"(?:per|an?|each|every|/)\s*{_UNIT}\b", q)
    words = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    span = re.search(rf"\b(?:in|over|during|within|for)\s+(?:the\s+next\s+|a\s+given\s+|any\s+|a\s+|an\s+)?"
                     rf"({NUMBER}|{words})[- ]?(?:given\s+)?{_UNIT}\b", q)  # fmt: skip
    if not rate or not span:
        return None
    amount = _COUNT_WORDS.get(span.group(1)) or float(span.group(1))
    if rate.group(1) == span.group(2):
        return float(amount), float(amount)
    if rate.group(1) in _SECONDS and span.group(2) in _SECONDS:
        return amount * _SECONDS[span.group(2)] / _SECONDS[rate.group(1)], float(amount)
    return None


_VARIANCE = r"variance|var|sigma\s*\^\s*2|sigma squared|σ\s*\^?\s*2|σ²"


def _normal_parameters(q: str) -> tuple[str, str]:
    """(mean, sd) from "mean 50, sd 8", "variance 225" (sd sqrt(225)), "N(mu = 100, sigma^2 = 225)" or
    "N(50, 4^2)" (a variance written as a square)."""
    if squared := re.search(rf"\bn\(\s*(?:(?:mu|μ|mean)\s*=\s*)?({NUMBER})\s*,\s*({NUMBER})\s*\^\s*2\s*\)", q):
        return squared.group(1), squared.group(2)
    m = re.search(
        rf"\bn\(\s*(?:(?:mu|μ|mean)\s*=\s*)?({NUMBER})\s*,\s*(?:({_VARIANCE})|(sigma|σ|sd))?\s*=?\s*({NUMBER})\s*\)", q
    )
    if m and m.group(2) is None and m.group(3) is None:
        raise PlanError(f"N({m.group(1)}, {m.group(4)}): say whether {m.group(4)} is the variance (sigma^2 = "
                        f"{m.group(4)}) or the standard deviation (sigma = {m.group(4)})")  # fmt: skip
    if m:
        return m.group(1), f"sqrt({m.group(4)})" if m.group(2) else m.group(4)
    mu = named_number(q, ["mean", "mu"]) or "0"
    variance = named_number(q, [f"(?:{_VARIANCE})"])
    sd = named_number(q, ["sd", "sigma(?!\\s*\\^)", "standard deviation", "std"])
    return mu, sd or (f"sqrt({variance})" if variance else "1")


def _normal(q: str) -> Plan:
    mu, sd = _normal_parameters(q)
    quant = re.search(rf"({NUMBER})(?:st|nd|rd|th)?\s*(%|percentile|quantile)", q)
    if (share := _tail_share(q)) is not None:  # "the value that cuts off the top 5%"
        text = f"show normal.ppf({share}, {mu}, {sd})"
        return Plan("probability", text, {"dist": "normal", "fn": "ppf", "q": float(share), "mu": mu, "sd": sd})
    if quant or re.search(r"critical value|z for|quantile|percentile", q):
        conf = re.search(rf"({NUMBER})\s*%\s*(?:confidence|two-sided|conf)", q)
        if conf or not quant:
            if not conf:
                raise PlanError("a normal quantile needs the probability, e.g. 'the 97.5th percentile'")
            level = 1 - (1 - float(conf.group(1)) / 100) / 2
        else:
            level = float(quant.group(1)) / (100 if quant.group(2) in {"%", "percentile"} else 1)
        level_text = f"{level:.10g}"
        text = f"show normal.ppf({level_text}, {mu}, {sd})"
        return Plan("probability", text, {"dist": "normal", "fn": "ppf", "q": level, "mu": mu, "sd": sd})
    if (spec := _specification(q, mu, sd)) is not None:
        return spec
    between = re.search(rf"between\s+({NUMBER})\s+and\s+({NUMBER})", q) or re.search(
        rf"({NUMBER})\s*(?:<=|<|≤)\s*[xz]\s*(?:<=|<|≤)\s*({NUMBER})", q
    )
    if between:
        lo, hi = between.groups()
        text = f"show normal.cdf({hi}, {mu}, {sd}) - normal.cdf({lo}, {mu}, {sd})"
        return Plan("probability", text, {"dist": "normal", "fn": "between", "lo": lo, "hi": hi, "mu": mu, "sd": sd})
    x = _comparison_value(q)
    if x is None:
        raise PlanError("a normal probability needs the value, e.g. P(X < 120) or 'between 85 and 115'")
    fn, point = _tail(q, x)
    text = f"show normal.{fn}({point}, {mu}, {sd})"
    return Plan("probability", text, {"dist": "normal", "fn": fn, "x": point, "mu": mu, "sd": sd})


_OUTSIDE = (
    rf"\boutside\s+(?:of\s+)?(?:the\s+)?(?:range\s+|interval\s+)?[(\[]?\s*({NUMBER})\s*(?:to|and|,|-)\s*({NUMBER})"
)


def _specification(q: str, mu: str, sd: str) -> Plan | None:
    """A normal's share of its specification ("fraction out of spec", "% nonconforming", "below the LSL",
    "within tolerance") or outside a range ("outside 70 to 130"); None when the question asks neither."""
    lsl, usl = spec_limits(q)
    share = spec_share(q)
    if (outside := re.search(_OUTSIDE, q)) and lsl is None and usl is None:
        lsl, usl, share = *outside.groups(), "outside"
    if share is None or (lsl is None and usl is None):
        return None
    if sd == "1" and not re.search(r"\b(?:sd|sigma|σ|standard deviation|std|variance|var)\b|\bn\(", q):
        raise PlanError("the share of the specification needs the process standard deviation")
    try:
        text, fn, lower, upper = normal_share(share, lsl, usl, mu, sd)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None
    return Plan(
        "probability", f"show {text}", {"dist": "normal", "fn": fn, "lo": lower, "hi": upper, "mu": mu, "sd": sd}
    )


def normal_approximation(plan: Plan) -> list[tuple[str, str]]:
    """A binomial tail is also computed by the normal approximation with continuity correction."""
    facts = plan.facts
    if facts.get("dist") != "binomial" or facts["fn"] not in {"cdf", "sf"}:
        return []
    n, p, k = facts["n"], facts["p"], facts["k"]
    mean, sd = f"{n}*{p}", f"sqrt({n}*{p}*(1 - {p}))"
    return [("normal approximation", f"show normal.{facts['fn']}({k} + 0.5, {mean}, {sd})")]
