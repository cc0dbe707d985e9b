"""Confidence intervals asked in prose: a proportion from a count ("19 of 240 samples exceeded 1 NTU. 95% confidence
interval for the proportion?", "12 defectives in a sample of 300", "240 inspected, 19 failed") -> ``interval
proportion successes= n= [method=] [side=]``; a mean from summary statistics ("n = 12, mean 50.3, sd 1.1: 95% CI for the
mean") or from a list -> ``interval mean``; a standard deviation or variance -> ``interval sd`` / ``interval variance``;
one-sided bounds ("95% upper confidence bound") by ``side=``. A difference of two means or of two proportions is
refused (no interval kind plans it)."""

from __future__ import annotations

import math
import re
from typing import Any

from plugins.api.prose import NUMBER, confidence, samples
from plugins.api.reasoning import Check, Plan, PlanError, close_check, outscore, study_list
from plugins.stats.reasoning_hypotheses import count_pairs, count_spans, statistic_matches, summary_statistics

_LEVEL_WORDS = r"(?:(?:one|two|1|2)[- ]sided\s+|upper\s+|lower\s+|two[- ]tailed\s+|one[- ]tailed\s+)*"
_METHOD_WORDS = r"wilson|clopper[- ]?pearson|agresti[- ]?coull|wald|exact|score|binomial"
_NAMED = rf"{_METHOD_WORDS}|t"  # "a 95% t interval"
# the level, with up to two words between it and what it is of: "99% Wald confidence interval", "95% upper bound"
_LEVEL = re.compile(
    rf"({NUMBER})\s*(?:%|percent\b)\s*{_LEVEL_WORDS}(?:(?:{_NAMED})\s+)?(?:confidence|conf\b|ci\b|interval|bound|limit)",
    re.I,
)
ASKS_INTERVAL = (
    r"\bconfidence\s+(?:interval|bounds?|limits?)\b|\bci\b|"
    r"\b\d+(?:\.\d+)?\s*%\s+(?:one[- ]sided\s+)?(?:upper|lower)\s+(?:confidence\s+)?(?:bound|limit)s?\b|"
    rf"\b\d+(?:\.\d+)?\s*%\s+(?:(?:two|one)[- ]sided\s+)?(?:{_NAMED})\s+interval\b|\b(?:{_METHOD_WORDS})\s+interval\s+for\b"
)
# the method named: statsmodels' names beside the engine's
_METHODS = (
    (r"\bclopper[- ]?pearson\b|\bexact\b|\bbeta\b", "exact"),
    (r"\bagresti[- ]?coull\b|\badjusted\s+wald\b|\bplus[- ]?(?:four|4)\b", "agresti-coull"),
    (r"\bwilson\b|\bscore\s+interval\b", "wilson"),
    (r"\bwald\b|\bnormal[- ]approximation\b|\blarge[- ]sample\b|\bp\s*(?:±|\+/-)\s*z\b", "wald"),
)
# each method as the answer names it, by the engine's name in its result ("exact" is reported "clopper-pearson")
METHOD_NAMES = {"wilson": "Wilson score", "clopper-pearson": "Clopper-Pearson exact", "agresti-coull": "Agresti-Coull",
                "wald": "Wald (normal approximation)"}  # fmt: skip
_STATSMODELS = {"wilson": "wilson", "exact": "beta", "agresti-coull": "agresti_coull", "wald": "normal"}
# what the interval is for, named after "interval/bound/ci for|of|on the ..."
_FOR = re.compile(
    r"(?:interval|bounds?|limits?|\bci)\s+(?:for|of|on|around|about)\s+(?:the\s+|a\s+)?(?:true\s+|population\s+|"
    r"process\s+|underlying\s+|long[- ]run\s+)?([a-z-]+(?:\s+[a-z-]+)?)",
    re.I,
)
_PROPORTION = r"proportion|fraction|percentage|share|rate|probability|defective|nonconforming|yield|p\b"
_MEAN = r"mean|average|avg\b|mu\b|expected\s+value"
# quantities other tools or no tool estimate: an interval for them is refused, not read as a mean's
_UNPLANNED = (
    r"\b(?:cpk|cp|ppk|pp|median|percentile|quantile|slope|intercept|mtbf|mttf|life|lifetime|lambda|hazard|"
    r"poisson|odds|relative|correlation|coefficient|reliability|cv|variation|failure rate per|per)\b"
)
# an exposure after a count's trials: "3 failures in 1200 hours", "5 defects in 12 m^2"
_EXPOSURE = re.compile(
    r"\s*(?:(?:operating|device|unit|component|machine|test|flight)[- ])?(?:hours?|hrs?|h|days?|weeks?|months?|years?|"
    r"yrs?|minutes?|mins?|seconds?|secs?|s|cycles?|miles?|km|kilometres?|kilometers?|m|m\^?2|cm\^?2|ft\^?2|square|"
    r"sq|metres?|meters?|feet|litres?|liters?|l|ml)\b",
    re.I,
)
_SPREAD = {"sd": r"(?:standard\s+deviation|sd|sigma|std)\b", "variance": r"variance\b"}


def interval_score(text: str, keyword: dict[str, float]) -> float:
    """Win the question when it asks a confidence interval or bound with nothing else to compute: no sample size
    ("how many ... within"), no test ("is there a difference", a p-value), no critical value ("z for a 95% CI")."""
    if not re.search(ASKS_INTERVAL, text):
        return 0.0
    if re.search(
        r"\bhow many\b|\bsample size\b|\bcritical value|\b[zt]\s*\*|\bz_|\bt_|\bquantile|\bp-?value|\bh[0o₀1]\s*:|"
        r"\btest\b|\bsignifican|\bpredict|\bregress|\bslope|\bcontrol\s+limit|\btolerance\s+interval|\bspec|"
        r"\bc[p]k?\b|\bppk?\b|\bucl\b|\blcl\b|\bchart\b|half[- ]?width|margin of error|\bwithin\b|±|\+/-|"
        r"\bhow large\b|\bn\s*\?",
        text,
    ):
        return 0.0
    return outscore(keyword, "confidence_interval")


def side(question: str) -> str:
    """ "upper" for an upper confidence bound ("95% upper confidence bound", "one-sided upper limit"), "lower" for a
    lower one, else "two-sided"; a one-sided interval naming neither end is refused."""
    q = question.lower()
    upper = re.search(r"\bupper\s+(?:\d+(?:\.\d+)?\s*%\s+)?(?:one[- ]sided\s+)?(?:confidence\s+)?(?:bound|limit)", q)
    lower = re.search(r"\blower\s+(?:\d+(?:\.\d+)?\s*%\s+)?(?:one[- ]sided\s+)?(?:confidence\s+)?(?:bound|limit)", q)
    if upper and lower:
        raise PlanError("the question asks both an upper and a lower bound: ask one, or a two-sided interval")
    if upper or lower:
        return "upper" if upper else "lower"
    if re.search(r"\bone[- ]sided\b|\bone[- ]tailed\b", q):
        raise PlanError("a one-sided confidence bound: say which end, e.g. '95% upper confidence bound'")
    return "two-sided"


def level(question: str) -> str | None:
    """The confidence level as a fraction ("95% CI", "95% upper confidence bound", "90 percent confidence")."""
    m = _LEVEL.search(question)
    if m:
        return f"{float(m.group(1)) / 100:.10g}"
    return confidence(question)


def proportion_method(question: str) -> str | None:
    """The interval method the question names (exact/Clopper-Pearson, Agresti-Coull, Wilson, Wald), or None."""
    for pattern, method in _METHODS:
        if re.search(pattern, question, re.I):
            return method
    return None


def _parameter(question: str) -> str | None:
    """What the interval is for, by the noun after "interval for the": proportion, mean, sd, variance, or a
    difference (refused); None when no noun is named."""
    m = _FOR.search(question)
    if not m:
        return None
    noun = m.group(1).lower()
    if re.search(r"\bdifferen|\bratio\b", noun):
        return "difference"
    if re.search(_UNPLANNED, noun):
        return "unplanned"
    for name, pattern in (("proportion", _PROPORTION), ("mean", _MEAN), *_SPREAD.items()):
        if re.search(rf"\b(?:{pattern})", noun):
            return name
    return None


def _differences(question: str) -> bool:
    """Whether the interval is of a difference (or ratio) between two groups: refused, no kind plans it."""
    return bool(re.search(r"\bdifferen\w*\b[^.?;]{0,40}\b(?:means?|averages?|proportions?|rates?)\b|\bmu1\s*-\s*mu2\b|"
                          r"\bp1\s*-\s*p2\b|\btwo\s+(?:means|proportions)\b", question, re.I))  # fmt: skip


def plan_interval(question: str) -> Plan:
    """``interval proportion|mean|sd|variance`` for the confidence interval (or bound) the question asks."""
    if _differences(question) or _parameter(question) == "difference":
        raise PlanError("a confidence interval for a difference of two means or proportions is not planned: ask the "
                        "two-sample test ('is there a difference between ...'), whose result carries the interval")  # fmt: skip
    which = side(question)
    conf = level(question)
    facts: dict[str, Any] = {"side": which, "conf": float(conf or 0.95)}
    options = (f" conf={conf}" if conf else "") + (f' side="{which}"' if which != "two-sided" else "")
    parameter = _parameter(question)
    if parameter == "unplanned":
        raise PlanError("a confidence interval is planned for a proportion, a mean, a standard deviation or a variance; "
                        f"'{_FOR.search(question).group(1)}' is none of these")  # fmt: skip
    pairs = count_pairs(question)
    if any(_EXPOSURE.match(question, end) for end in (span[1] for span in count_spans(question))):
        raise PlanError("a count over a time, length or area is a rate (Poisson), not a proportion of items: its "
                        "confidence interval is not planned")  # fmt: skip
    if parameter == "proportion" or (parameter is None and pairs and not _has_summary(question)):
        return _proportion_plan(question, pairs, facts, options)
    if parameter in {"sd", "variance"}:
        return _spread_plan(question, parameter, facts, options)
    if parameter == "mean" or parameter is None:
        if parameter is None:
            facts["assumed"] = "the interval is for the mean (t interval), as no parameter is named"
        return _mean_plan(question, facts, options)
    raise PlanError("name what the interval is for: a proportion ('19 of 240'), a mean (n, mean, sd or the data), or "
                    "a standard deviation")  # fmt: skip


def _has_summary(question: str) -> bool:
    """Whether the question gives a sample's mean (a summary or a list of values)."""
    return bool(statistic_matches(question)["mean"]) or bool(samples(question, minimum=3))


def _proportion_plan(question: str, pairs: list[tuple[str, str]], facts: dict[str, Any], options: str) -> Plan:
    """``interval proportion successes= n=``: Wilson unless the question names a method."""
    if len(pairs) != 1:
        raise PlanError(f"a confidence interval for a proportion needs one count 'K of N' (found {len(pairs)}); "
                        "for two groups ask the two-proportion test")  # fmt: skip
    x, n = pairs[0]
    named = proportion_method(question)
    method = named or "wilson"
    facts.update({"parameter": "proportion", "successes": int(x), "n": int(n), "method": method})
    if named is None:
        facts["note"] = ("Wilson score interval (the default: it keeps close to the stated coverage for small n and p "
                         "near 0 or 1, where the Wald interval undercovers; name 'exact'/'Clopper-Pearson', "
                         "'Agresti-Coull' or 'Wald' for another)")  # fmt: skip
    facts["measure"] = _threshold(question)
    text = f'interval proportion successes={x} n={n} method="{method}"{options}'
    return Plan("confidence_interval", text, facts)


def _threshold(question: str) -> str | None:
    """The limit a count is of ("19 of 240 samples exceeded 1 NTU" -> "1"): what was counted, not a value."""
    m = re.search(rf"\b(?:exceed\w*|above|over|below|under|beyond|than)\s+({NUMBER})\s*[a-zµμ°%]", question, re.I)
    return m.group(1) if m else None


def _mean_plan(question: str, facts: dict[str, Any], options: str) -> Plan:
    """``interval mean`` of n, mean and sd, or of one list of values."""
    summary = summary_statistics(question, most=1)
    lists = samples(question, minimum=3)
    if summary and all(summary.get(k) for k in ("n", "mean", "sd")):
        n, mean, sd = summary["n"][0], summary["mean"][0], summary["sd"][0]
        facts.update({"parameter": "mean", "n": int(float(n)), "mean": float(mean), "sd": float(sd)})
        return Plan("confidence_interval", f"interval mean n={n} mean={mean} sd={sd}{options}", facts)
    if len(lists) == 1:
        facts.update({"parameter": "mean", "values": [float(v) for v in lists[0]]})
        return Plan("confidence_interval", f"let x = {study_list(lists[0])}\ninterval mean x{options}", facts)
    raise PlanError("a confidence interval for a mean needs n, the mean and the sd ('n = 12, mean 50.3, sd 1.1'), or "
                    f"one list of the values (found {len(lists)} lists)")  # fmt: skip


def _spread_plan(question: str, parameter: str, facts: dict[str, Any], options: str) -> Plan:
    """``interval sd`` / ``interval variance`` of n and sd, or of one list (chi-square, two-sided only)."""
    if facts["side"] != "two-sided":
        raise PlanError("a one-sided bound for a standard deviation or variance is not planned: ask the two-sided "
                        "interval")  # fmt: skip
    found = statistic_matches(question)
    lists = samples(question, minimum=3)
    if len(found["n"]) == 1 and len(found["sd"]) == 1:
        n, sd = found["n"][0].group(1), found["sd"][0].group(1)
        facts.update({"parameter": parameter, "n": int(float(n)), "sd": float(sd)})
        return Plan("confidence_interval", f"interval {parameter} n={n} sd={sd}{options}", facts)
    if len(lists) == 1:
        facts.update({"parameter": parameter, "values": [float(v) for v in lists[0]]})
        return Plan("confidence_interval", f"let x = {study_list(lists[0])}\ninterval {parameter} x{options}", facts)
    raise PlanError(f"a confidence interval for the {parameter} needs n and the sd, or one list of the values")


def audit_interval(plan: Plan, result: dict[str, Any], read_expression: Any = None) -> list[Check]:
    """The engine's bounds against statsmodels ``proportion_confint`` (a one-sided bound: the two-sided interval at
    alpha doubled) or scipy's t and chi-square quantiles on the values read from the question."""
    f = plan.facts
    want = _independent(f)
    if want is None:
        return [Check("independent interval", False, "nothing to recompute")]
    checks = []
    ends = {"lower": -math.inf, "upper": math.inf}  # an end a one-sided bound leaves open may arrive as None
    got = {key: ends[key] if result.get(key) is None else result.get(key) for key in ends}
    for key, value in zip(ends, want, strict=True):
        if math.isinf(value) or (isinstance(got[key], float) and math.isinf(got[key])):
            checks.append(Check(f"{key} end open", got[key] == value, f"engine {got[key]!r}, independent {value!r}"))
        else:
            checks.append(close_check(f"{key} bound against {_reference(f)}", got[key], value))
    lower, upper = got["lower"], got["upper"]
    estimate = result.get("estimate")
    inside = isinstance(estimate, float | int) and isinstance(lower, float | int) and lower <= estimate <= upper
    checks.append(Check("estimate inside the interval", bool(inside), f"{lower!r} <= {estimate!r} <= {upper!r}"))
    checks.append(
        Check("confidence level", result.get("conf") == f["conf"], f"engine {result.get('conf')}, read {f['conf']}")
    )
    return checks


def _reference(facts: dict[str, Any]) -> str:
    """The name of the independent computation."""
    if facts["parameter"] == "proportion":
        return f"statsmodels proportion_confint (method='{_STATSMODELS[facts['method']]}')"
    return "scipy.stats.t" if facts["parameter"] == "mean" else "scipy.stats.chi2"


def _independent(facts: dict[str, Any]) -> tuple[float, float] | None:
    """(lower, upper) recomputed without the engine."""
    import numpy as np
    from scipy import stats

    conf, which = facts["conf"], facts["side"]
    alpha = (1 - conf) * (2 if which != "two-sided" else 1)
    parameter = facts.get("parameter")
    if parameter == "proportion":
        from statsmodels.stats.proportion import proportion_confint

        low, high = proportion_confint(
            facts["successes"], facts["n"], alpha=alpha, method=_STATSMODELS[facts["method"]]
        )
        low, high = max(0.0, float(low)), min(1.0, float(high))
        return (0.0, high) if which == "upper" else (low, 1.0) if which == "lower" else (low, high)
    if "values" in facts:
        x = np.asarray(facts["values"], dtype=float)
        n, mean, sd = len(x), float(np.mean(x)), float(np.std(x, ddof=1))
    elif "n" in facts:
        n, mean, sd = facts["n"], facts.get("mean", math.nan), facts["sd"]
    else:
        return None
    if parameter == "mean":
        low, high = stats.t.interval(1 - alpha, n - 1, loc=mean, scale=sd / math.sqrt(n))
        return (-math.inf, float(high)) if which == "upper" else (float(low), math.inf) if which == "lower" else (
            float(low), float(high))  # fmt: skip
    if parameter in {"sd", "variance"}:
        var = (n - 1) * sd**2
        low, high = var / stats.chi2.isf(alpha / 2, n - 1), var / stats.chi2.ppf(alpha / 2, n - 1)
        return (math.sqrt(low), math.sqrt(high)) if parameter == "sd" else (low, high)
    return None
