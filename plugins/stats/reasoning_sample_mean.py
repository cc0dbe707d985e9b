"""The sampling distribution of a sample mean for the probability planner: "mu = 50, sigma = 12, n = 36, find
P(x-bar < 47)", "the probability that the average of 36 parts exceeds 51": normal with the population's mean and
sd sigma/sqrt(n) (exactly for a normal population, by the central limit theorem for n >= 30 otherwise)."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, named_number

# "the average of 36 parts", "the mean of a random sample of 36" (group 1: n); not "a mean of 50 hours"
_OF_N = re.compile(
    rf"\bthe\s+(?:mean|average)\s+(?:of|from)\s+(?:the\s+|these\s+|an?\s+)?(?:random\s+)?(?:sample\s+of\s+)?"
    rf"({NUMBER})\b(?!\s*(?:%|percent|hours?|h|hrs?|min|minutes?|days?|mm|cm|m|kg|g|lb|psi|mpa|v|a)\b)"
)
# the sample mean as the thing whose probability is asked: "P(x-bar < 47)", "the sample mean", "x-bar"
_SAMPLE_MEAN = re.compile(rf"\bp\s*\(\s*x-?bar|\b(?:the\s+)?sample\s+(?:mean|average)\b|\bx-?bar\b|{_OF_N.pattern}")
_ASKS = re.compile(r"\bprobability\b|\bp\s*\(|\bchances?\b|\bhow likely\b|\bwhat (?:fraction|proportion|share)\b")
# a test, an interval or chart work: not a probability of the sample mean
_ELSEWHERE = re.compile(
    r"\bh[0o₀1a]\s*:|hypothesis|p-?value|confidence interval|\bci\b|control (?:chart|limit)|\bucl\b|\blcl\b|"
    r"subgroups?|\br-?bar\b|\bs-?bar\b|grand mean|\bchart\b|"
    # a sample's own sd: the mean's distribution is then a t, not this normal
    r"\bsample\s+(?:sd|s\.d\.|standard\s+deviation|std)|\bs\s*=|\bt[- ]distribution|\bstudent"
)
_SIZE = [r"n", r"sample size", r"samples?\s+of\s+size", r"(?:random\s+)?samples?\s+of"]


def sample_mean_size(q: str) -> str | None:
    """The sample size n when the question asks a probability of a sample mean (not a test, an interval or a
    chart), None otherwise."""
    if not (_SAMPLE_MEAN.search(q) and _ASKS.search(q)) or _ELSEWHERE.search(q):
        return None
    of_n = _OF_N.search(q)
    found = named_number(q, _SIZE) or (of_n.group(1) if of_n else None)
    return found if found is not None and float(found).is_integer() and float(found) >= 2 else None


def population_text(q: str) -> str:
    """The question with the sample mean's own mentions written "x" ("P(47 < x-bar < 53)" -> "P(47 < x < 53)"), so
    that "mean" and "sd" name the population's."""
    return re.sub(r"\bp\s*\(\s*x\b", "p(x", _SAMPLE_MEAN.sub(" x ", q))


def small_sample_problem(q: str, n: str) -> str | None:
    """Why a sample mean of n below 30 from a population not said to be normal is not read as normal; None when it
    may be."""
    if float(n) >= 30 or re.search(r"\bnormal(?:ly)?\b|\bgaussian\b|\bbell", q):
        return None
    return (f"a mean of only {n} values is normal only if the population is: say the population is normally "
            "distributed (the central limit theorem is trusted here from n = 30)")  # fmt: skip


def probability_score(text: str, scores: dict[str, float]) -> float:
    """The probability tool's score beyond its keywords: a quantile of a named distribution (``quantile_score``),
    or a probability of a sample mean, which outweighs the "x-bar" of a control chart, or the availability of units in
    series and parallel (``asks_redundancy``), or at least one occurrence over years (``asks_at_least_once``), or a
    screening test's rates on bad and good items (``states_accuracy``), which outweigh a specification "limit" read as calculus's."""
    from plugins.stats.reasoning_at_least_once import asks_at_least_once
    from plugins.stats.reasoning_bayes import states_accuracy
    from plugins.stats.reasoning_quantiles import quantile_score
    from plugins.stats.reasoning_redundancy import asks_redundancy

    redundant = 3.0 if asks_redundancy(text) or asks_at_least_once(text) else 0.0
    screening = 4.0 if states_accuracy(text.lower()) else 0.0
    return quantile_score(text, scores) + (4.0 if sample_mean_size(text) is not None else 0.0) + redundant + screening
