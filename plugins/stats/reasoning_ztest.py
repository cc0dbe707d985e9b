"""The one-sample z-test of a mean for the hypothesis planner: used when the question says the population
standard deviation is known ("sigma = 4 known", "known sigma of 4", "population sd 4", "sigma is known to be
4"), or names a z-test with a sigma; from n and the mean, or from one sample."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, named_number
from plugins.api.reasoning import Plan, PlanError, alpha_option, study_list
from plugins.stats.reasoning_hypotheses import alternative, hypothesised

_SIGMA = r"(?:sigma|sd|s\.d\.|std(?:\.?\s?dev\.?)?|standard\s+deviation)"
_KNOWN = (
    rf"\b(?:known|population|process)\s+(?:population\s+)?{_SIGMA}\s*(?:=|:|of|is|was)?\s*({NUMBER})",
    rf"\b(?:population\s+)?{_SIGMA}\s*(?:=|:|of|is)?\s*({NUMBER})\s*(?:[a-zµ]+\s*)?[(,]?\s*(?:is\s+|assumed\s+)?known\b",
    rf"\b(?:population\s+)?{_SIGMA}\s+(?:is\s+)?known\s*(?:to\s+be|as|=|:|,|of)?\s*({NUMBER})",
)
_Z_NAMED = re.compile(r"\bz[- ]?test\b|\bz[- ]statistic\b")
_N = ["n", "sample size", "size", "sample of", "samples? of size"]
_MEAN = re.compile(rf"(?<![\w])(?:mean|average|avg\.?|x-?bar|x̄)\s*(?:=|:|of|is|was)?\s*({NUMBER})(?![\w%])")


def known_sigma(question: str) -> str | None:
    """The population sd the question says is known ("sigma = 4 known", "known sigma of 4"), or the sigma (sd) of
    a question naming a z-test; None otherwise (a sample sd is the t-test's)."""
    q = question.lower()
    for pattern in _KNOWN:
        if m := re.search(pattern, q):
            return m.group(1)
    return (
        named_number(q, ["sigma", "sd", "s\\.d\\.", "std(?:\\.?\\s?dev\\.?)?", "standard deviation"])
        if _Z_NAMED.search(q)
        else None
    )


def sample_mean(question: str) -> str | None:
    """The sample's mean ("avg 52.3", "x-bar = 52.3"), not the hypothesised one ("H0: mean = 50")."""
    q = question.lower()
    return next((m.group(1) for m in _MEAN.finditer(q) if not hypothesised(q, m.start())), None)


def plan_z_test(question: str, samples: list[list[str]], mu: str | None) -> Plan | None:
    """``test ztest`` when the population sd is known; None when it is not (a t-test then)."""
    sigma = known_sigma(question)
    if sigma is None:
        return None
    side = alternative(question, 1, mu)
    if mu is None:
        raise PlanError("a one-sample z-test needs the hypothesised mean, e.g. 'H0: mu = 50'")
    if len(samples) > 1:
        raise PlanError("a z-test with a known sigma takes one sample (or n and its mean)")
    options = f" sigma={sigma} mu={mu}" + (f' alternative="{side}"' if side != "two-sided" else "")
    options += alpha_option(question)
    facts = {"sigma": sigma, "mu": mu, "alternative": side, "samples": samples}
    if samples:
        return Plan("hypothesis_test", f"let a = {study_list(samples[0])}\ntest ztest a{options}", facts)
    n, mean = named_number(question, _N), sample_mean(question)
    if n is None or mean is None:
        raise PlanError("a one-sample z-test needs n and the sample mean (or the data), e.g. 'n = 25, mean 52.3'")
    facts.update({"n": n, "mean": mean})
    return Plan("hypothesis_test", f"test ztest n={n} mean={mean}{options}", facts)
