"""Critical values and quantiles of the t, chi-square, F and normal distributions, as textbooks write them.

Notation: "χ²_{0.05,10}", "chi2_{0.05, 10}", "t_{0.025, 9}", "t_{9, 0.025}", "F_{0.05, 3, 20}", "z_{0.025}",
"z_0.05", "z_{α/2}" (alpha stated), "t(0.975, 9)", "chi-square(0.95; 10)"; words: "the upper 5% point of t with 12
df", "the critical value of t for a two-sided 95% test with 15 df", "the 95th percentile of the chi-square
distribution with 4 df", "the lower 2.5% point of chi-square with 9 df", "P(T > t) = 0.05".

A subscript is the area of the UPPER tail (the textbook convention: z_{0.025} = 1.96, χ²_{0.05,10} = 18.307); a
function's probability, t(0.975, 9), is the cumulative (lower-tail) one, as R's qt and Excel's T.INV read it. The
plan's note, shown as a caveat, says which reading was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from plugins.api.prose import UNSIGNED, confidence, named_number, numbers
from plugins.api.reasoning import PlanError

_CHI = r"(?:χ|chi)\s*(?:\^\s*\{?2\}?|2(?![\d.])|-?\s*squared?(?![a-z])|-?\s*sq(?![a-z]))"
_ARG = rf"(?:1\s*-\s*)?(?:alpha|{UNSIGNED})(?:\s*/\s*2)?|n\s*-\s*\d+|df|nu"
_ARGS = rf"(?:{_ARG})(?:\s*[,;]\s*(?:{_ARG}))*"
_NAME = rf"(?P<name>{_CHI}|χ|chi|t|z|f)"
# "χ^2_{0.05, 10}", "t_0.025,9", "z_(alpha/2)", "χ_{0.05,10}^2"
_SUBSCRIPT = re.compile(
    rf"(?<![\w']){_NAME}\s*_\s*(?:\{{\s*(?P<braced>{_ARGS})\s*\}}|\(\s*(?P<bracketed>{_ARGS})\s*\)|(?P<bare>{_ARGS}))"
    r"(?P<square>\s*\^\s*\{?2\}?)?"
)
_CALL = re.compile(rf"(?<![\w']){_NAME}\s*\(\s*(?P<args>{_ARGS})\s*\)")
_PARAMETERS = {"normal": 0, "t": 1, "chi2": 1, "f": 2}
_SYMBOLS = {"normal": "z", "t": "t", "chi2": "chi2", "f": "F"}
_R = {"normal": "qnorm", "t": "qt", "chi2": "qchisq", "f": "qf"}

# the question asks for a quantile: by name, or by the area it cuts off ("the upper 5%")
_ASKS = re.compile(
    r"critical\s+(?:value|point)|\bcritical\b|quantile|percentile|percentage\s+point|cuts?\s+off|\bppf\b|"
    r"inverse\s+(?:cdf|of the cdf)|\btable\s+value|\bz\s+for\b|"
    r"\b(?:to|in|on)\s+(?:its|the)\s+(?:right|left|upper|lower)\b|"
    r"\b(?:upper|lower|right|left|top|bottom)[- ]?(?:tail(?:ed)?\s+)?(?:area\s+|probability\s+)?(?:of\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|percent)|\bp\([^)]*[<>][^)]*\)\s*=\s*\.?\d"
)
# other distributions, whose own planners answer their percentiles ("exponential ... 10th percentile")
OTHER_DISTRIBUTIONS = re.compile(
    r"exponential|poisson|binomial|weibull|lognormal|log-normal|uniform|\bmtbf\b|\bmttf\b|gamma"
)
# a sample size or a margin of error, whose formula may write its quantile ("n = (z_{alpha/2} sigma / E)^2")
_SIZING = re.compile(r"\bhow many\b|sample size|margin of error|\bpower\b|half[- ]?width|\bwithin\b|\bdetect\b")
_DF = r"(?:df|d\.f\.|dof|degrees?\s+of\s+freedom)"
_CLAUSE = r"(?:[^.;?]|\.(?=\d))"  # within a sentence (a decimal point is no full stop)


def _name_words(letter: str, df: str) -> str:
    """How words name the t or F distribution ("t-distribution", "critical t", "t*", "value of t", "t(9)", "t with
    9 df"): a bare letter only beside a quantile word or its degrees of freedom."""
    return (
        rf"(?<![\w']){letter}[- ](?:distribution|critical|quantile|percentile|value|table|test)\b|"
        rf"\bcritical\s+{letter}\b|"
        rf"(?<![\w']){letter}\s*\*|\b(?:values?|quantile|percentile|point)\s+(?:of|for|from)\s+(?:the\s+|an?\s+)?"
        rf"{letter}\b(?![-'])|(?<![\w']){letter}\s*\(\s*{df}\s*\)|(?<![\w']){letter}\b(?![-']){_CLAUSE}{{0,60}}?"
        rf"\b(?:with|on|for|and)\s+{df}\s*{_DF}"
    )


_NAMED = {
    "chi2": _CHI,
    "t": r"\bstudent'?s?\s+t\b|" + _name_words("t", r"\d+"),
    "f": r"\bfisher\b|" + _name_words("f", r"\d+\s*(?:and|,)\s*\d+"),
    "normal": r"\bnormal(?:ly)?\b|\bgaussian\b|(?<![\w'])z(?![a-z0-9'])|\bn\(",
}


@dataclass(frozen=True)
class Quantile:
    """A quantile asked: the distribution, its degrees of freedom as written, the probability cut off, which tail
    it lies in ("upper", "lower", "two-sided": half in each), and what was read (the notation or the words)."""

    dist: str
    df: tuple[str, ...]
    area: Decimal
    tail: str
    read: str
    note: str
    alpha: Decimal | None = None
    n: str | None = None  # the sample size of degrees of freedom written "n - 1"

    @property
    def q(self) -> Decimal:
        """The cumulative probability of the quantile (the argument of ppf)."""
        return {"upper": 1 - self.area, "lower": self.area, "two-sided": 1 - self.area / 2}[self.tail]

    def label(self, parameters: str = "") -> str:
        """What the number is, in words: "chi^2_{0.05, 10} (upper-tail area 0.05, 10 df)"; ``parameters`` names a
        normal's mean and sd ("mean 50, sd 4")."""
        where = {"upper": f"upper-tail area {self.area}", "lower": f"cumulative probability {self.area}",
                 "two-sided": f"two-sided, alpha = {self.area}: {self.area / 2} in each tail"}[self.tail]  # fmt: skip
        given = f", {' and '.join(self.df)} df" if self.df else f", {parameters}" if parameters else ""
        name = "normal" if parameters else _SYMBOLS[self.dist]
        return f"{self.read or name + ' quantile'} ({where}{given})"


def asks_quantile(text: str) -> bool:
    """Whether the question asks for a critical value, quantile or percentile of the t, chi-square, F or normal
    distribution (in notation or in words), giving no data (no observed counts, no more numbers than a quantile
    takes) and asking no sample size."""
    q = _plain(text.lower())
    if OTHER_DISTRIBUTIONS.search(q) or _observed(q) or _SIZING.search(q):
        return False
    try:
        return _notation(q) is not None or (_ASKS.search(q) is not None and _named(q) is not None)
    except PlanError:  # two distributions named: the planner says so
        return True


def quantile_score(text: str, scores: dict[str, float]) -> float:
    """A quantile of a named distribution asked without data outweighs the test a "chi-square" or "F" names."""
    return 5.0 if asks_quantile(text) else 0.0


def _observed(q: str) -> bool:
    """Whether the question gives data: observed counts, frequencies, data, or more numbers than a quantile takes
    (its area, two degrees of freedom, n and alpha)."""
    said = re.search(r"\bobserved\b|\bcounts?\b|\bfrequenc|\btall(?:y|ies)\b|\bdata\b", q)
    return said is not None or len(numbers(q)) > 5


def read_quantile(question: str) -> Quantile | None:
    """The quantile the question asks for, or None when it asks none of a t, chi-square, F or normal distribution.
    Raises PlanError when it asks one that cannot be read unambiguously (the tail, the degrees of freedom)."""
    q = _plain(question.lower())
    if OTHER_DISTRIBUTIONS.search(q):
        return None
    written = _notation(q)
    if written is None and not _ASKS.search(q):
        return None
    dist = written[0] if written else _named(q)
    if dist is None:
        return None
    if written:
        area, tail, note, read, df = _from_notation(q, *written)
    else:
        (area, tail, note), read, df = _from_words(q, dist), "", []
    df = df or _dfs(q)
    if len(df) != _PARAMETERS[dist]:
        raise PlanError(_df_message(dist, df))
    if not 0 < area < 1:
        raise PlanError(f"the tail area {area} is not a probability between 0 and 1")
    alpha = _significance(q)[0] if "alpha" in read else None
    n = _sample_n(q) if re.search(r"\bn\s*-", read) else None
    return Quantile(dist, tuple(df), area, tail, read, note, alpha, n)


def _plain(q: str) -> str:
    """Subscript digits as an underscore and digits: "t₀.₀₂₅,₉" -> "t_0.025,9"."""
    digits = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
    return re.sub(r"[₀-₉](?:[₀-₉]|[.,]\s*(?=[₀-₉]))*", lambda m: "_" + m.group(0).translate(digits), q)


def _dist(name: str) -> str:
    name = name.replace(" ", "")
    return {"t": "t", "z": "normal", "f": "f"}.get(name, "chi2")


def _notation(q: str) -> tuple[str, list[str], str, str] | None:
    """(distribution, arguments, "subscript" or "call", the text read) of the first notation that holds a
    probability and no more arguments than the distribution takes; None when there is none."""
    for m in _SUBSCRIPT.finditer(q):
        if m.group("name") in {"χ", "chi"} and not m.group("square"):
            continue
        args = _split(m.group("braced") or m.group("bracketed") or m.group("bare"))
        if _fits(_dist(m.group("name")), args):
            return _dist(m.group("name")), args, "subscript", m.group(0)
    for m in _CALL.finditer(q):
        if m.group("name") in {"χ", "chi"}:
            continue
        args = _split(m.group("args"))
        if _fits(_dist(m.group("name")), args, exact=True):
            return _dist(m.group("name")), args, "call", m.group(0)
    return None


def _split(args: str) -> list[str]:
    return [a.strip() for a in re.split(r"[,;]", args)]


def _is_area(arg: str) -> bool:
    return "alpha" in arg or "/" in arg or (re.fullmatch(UNSIGNED, arg) is not None and 0 < float(arg) < 1)


def _fits(dist: str, args: list[str], exact: bool = False) -> bool:
    """Whether the arguments hold one probability and the distribution's degrees of freedom (all of them when
    ``exact``, else at most them: "t_{0.025}" with "9 df" in words)."""
    areas = sum(_is_area(a) for a in args)
    rest = len(args) - 1
    return areas == 1 and (rest == _PARAMETERS[dist] if exact else rest <= _PARAMETERS[dist])


def _from_notation(q: str, dist: str, args: list[str], kind: str, read: str):
    """(area, tail, note, text read, degrees of freedom) of "t_{0.025, 9}" (an upper tail) or "t(0.975, 9)"
    (cumulative)."""
    (area_arg,) = [a for a in args if _is_area(a)]
    df = [_df_arg(q, a) for a in args if a != area_arg]
    area = _area_arg(q, area_arg)
    symbol = _SYMBOLS[dist]
    if kind == "call":
        if area < Decimal("0.5"):
            raise PlanError(f"{read}: a probability below 0.5 in function notation is read either way (the "
                            f"cumulative {area}, as R's q-functions, or an upper-tail area): say 'the upper "
                            f"{_percent(area)} point' or 'the {_ordinal(area)} percentile'")  # fmt: skip
        note = (f"{read} read as the cumulative (lower-tail) probability {area}, as R's {_R[dist]} and "
                f"Excel's inverse functions take it: {area} of the distribution lies below the answer")  # fmt: skip
        return area, "lower", note, read, df
    if area > Decimal("0.5") and dist in {"normal", "t"}:
        raise PlanError(f"{read}: in the textbook convention the subscript is the upper-tail area, so "
                        f"{symbol}_{{{area}}} is negative (-{symbol}_{{{1 - area}}}); some courses write the "
                        f"cumulative probability instead: say 'the {_ordinal(area)} percentile' or 'the upper "
                        f"{_percent(1 - area)} point'")  # fmt: skip
    note = (f"the subscript of {read} is the upper-tail area (the textbook convention: z_{{0.025}} = 1.96): "
            f"{area} of the distribution lies above the answer, its cumulative probability is {1 - area}")  # fmt: skip
    return area, "upper", note, read, df


def _area_arg(q: str, arg: str) -> Decimal:
    """The probability of a notation's argument: "0.025", "alpha/2" (alpha stated), "0.05/2", "1 - alpha"."""
    body = re.sub(r"\s+", "", arg)
    complement, body = body.startswith("1-"), body.removeprefix("1-")
    halved, body = body.endswith("/2"), body.removesuffix("/2")
    if body == "alpha":
        alpha = _significance(q)[0]
        if alpha is None:
            raise PlanError(f"{arg} needs alpha: say 'alpha = 0.05' (or the confidence level)")
        value = alpha
    else:
        value = Decimal(body)
    value = value / 2 if halved else value
    return 1 - value if complement else value


def _df_arg(q: str, arg: str) -> str:
    """Degrees of freedom as written ("9"), or from n ("n - 1" with "n = 10") or a named df ("df = 9")."""
    if re.fullmatch(UNSIGNED, arg):
        return arg
    if m := re.fullmatch(r"n\s*-\s*(\d+)", arg):
        if (n := _sample_n(q)) is None:
            raise PlanError(f"the degrees of freedom {arg} need n: say 'n = 10'")
        return str(int(float(n)) - int(m.group(1)))
    found = _dfs(q)
    if len(found) != 1:
        raise PlanError(f"the degrees of freedom '{arg}' need their value: say 'df = 9'")
    return found[0]


def _sample_n(q: str) -> str | None:
    """The sample size of "n = 16", "sample size 16", "a sample of 16" (not the n of "n - 1")."""
    return named_number(q, [r"n\s*(?==|:|\bis\b|\bof\b)", "sample size", "sample of"])


def _from_words(q: str, dist: str) -> tuple[Decimal, str, str]:
    """(area, tail, note) of a percentile ("95th percentile", "0.95 quantile"), a tail ("upper 5%", "0.05 in the
    right tail", "P(T > t) = 0.05") or a significance level with its sides ("two-sided 95% test", "alpha = 0.05")."""
    for reader in (_percentile, _tail_words, _probability_statement):
        if (found := reader(q)) is not None:
            return found
    return _critical(q, dist)


def _percentile(q: str) -> tuple[Decimal, str, str] | None:
    m = re.search(rf"({UNSIGNED})\s*(?:st|nd|rd|th)?\s*percentile|\bpercentile\s*(?:of\s+|=\s*|:\s*)?({UNSIGNED})\b", q)
    if m:
        p = Decimal(m.group(1) or m.group(2)) / 100
        return p, "lower", f"the {_ordinal(p)} percentile: {p} of the distribution lies below it"
    m = re.search(
        rf"({UNSIGNED})\s*(%)?\s*-?\s*quantile|\bquantile\s*(?:of\s+order\s+|at\s+|=\s*)?({UNSIGNED})\s*(%)?", q
    )
    if m:
        p = _probability(m.group(1) or m.group(3), m.group(2) or m.group(4))
        return p, "lower", f"the {p} quantile: {p} of the distribution lies below it"
    return None


_UPPER_WORDS = r"upper|right|top|highest|largest"
_TAIL_WORDS = rf"{_UPPER_WORDS}|lower|left|bottom|lowest|smallest"
_TAIL_BEFORE = re.compile(
    rf"\b({_TAIL_WORDS})(?:[- ]?(tail(?:ed)?|hand))?\s*(?:(area|probability|prob)\s+)?(?:of|=|:|is)?\s*"
    rf"({UNSIGNED})\s*(%|percent\b)?\s*(critical|point|quantile|percentage)?"
)
_TAIL_AFTER = re.compile(
    rf"({UNSIGNED})\s*(%|percent\b)?\s+(?:of\s+the\s+)?(?:(?:tail\s+)?(area|probability)\s+)?"
    rf"((?:in|to|on|at)\s+(?:the\s+|its\s+)?)?({_TAIL_WORDS})\b"
)


def _tail_words(q: str) -> tuple[Decimal, str, str] | None:
    """ "the upper 5% point", "upper-tail area 0.05", "right-tail probability of 0.05", "0.05 in the upper tail",
    "5% to the right", "the top 5%", "the lower 2.5% point" (a bare number beside "upper" is no tail area)."""
    found = [(m, 1, 4, 5, (2, 3, 6)) for m in _TAIL_BEFORE.finditer(q)] + [
        (m, 5, 1, 2, (3, 4)) for m in _TAIL_AFTER.finditer(q)
    ]
    for m, word, value, percent, said in sorted(found, key=lambda f: f[0].start()):
        if m.group(percent) or any(m.group(i) for i in said):
            p = _probability(m.group(value), m.group(percent))
            tail = "upper" if re.fullmatch(_UPPER_WORDS, m.group(word)) else "lower"
            side = "above" if tail == "upper" else "below"
            return p, tail, f"the {tail} {_percent(p)} point: {p} of the distribution lies {side} it"
    return None


def _probability_statement(q: str) -> tuple[Decimal, str, str] | None:
    """ "P(T > t) = 0.05" (upper), "P(Z < z) = 0.975" (lower)."""
    m = re.search(rf"\bp\(\s*[^()<>=]*?\s*(>=|<=|>|<)\s*[^()<>=]*\)\s*=\s*({UNSIGNED})\s*(%)?", q)
    if not m:
        return None
    p, tail = _probability(m.group(2), m.group(3)), "upper" if ">" in m.group(1) else "lower"
    return p, tail, f"{m.group(0)}: {p} of the distribution lies {'above' if tail == 'upper' else 'below'} the answer"


def _critical(q: str, dist: str) -> tuple[Decimal, str, str]:
    """A critical value at a significance level: two-sided (alpha split between the tails) when the question says
    so or gives a confidence level, one-sided upper when it says "one-sided" or "upper-tailed"; a chi-square or F
    test's critical value is the upper one. PlanError when a t or z critical value says no side."""
    alpha, from_confidence = _significance(q)
    if alpha is None:
        raise PlanError(f"a {_SYMBOLS[dist]} critical value needs its tail area: e.g. 'alpha = 0.05', 'the upper 5% "
                        "point', 'the 95th percentile' or a subscript 't_{0.025, 9}'")  # fmt: skip
    side = _sides(q)
    if side is None and from_confidence and dist in {"normal", "t"}:
        side = "two-sided"  # a confidence interval's critical value
    if side is None and dist in {"chi2", "f"} and not from_confidence:
        note = (f"the {_SYMBOLS[dist]} test's critical value at alpha = {alpha} is the upper one (the test rejects "
                f"for large statistics): {alpha} of the distribution lies above it")  # fmt: skip
        return alpha, "upper", note
    if side is None and dist in {"chi2", "f"}:  # a confidence interval of a variance uses both quantiles
        raise PlanError(f"a {_SYMBOLS[dist]} interval at {1 - alpha} confidence has two critical values: ask for the "
                        f"upper ({alpha / 2} above) or the lower ({alpha / 2} below) one")  # fmt: skip
    if side is None:
        raise PlanError(f"a {_SYMBOLS[dist]} critical value at alpha = {alpha} is one- or two-sided: say which "
                        f"(two-sided puts {alpha / 2} in each tail)")  # fmt: skip
    if side == "two-sided":
        if dist in {"chi2", "f"}:
            raise PlanError(f"a two-sided {_SYMBOLS[dist]} test has two critical values: ask for the upper "
                            f"({alpha / 2} above) or the lower ({alpha / 2} below) one")  # fmt: skip
        return alpha, "two-sided", (f"two-sided at alpha = {alpha}: {alpha / 2} in each tail, the answer is the "
                                    f"positive critical value (+/-)")  # fmt: skip
    where = "below" if side == "lower" else "above"
    return alpha, side, f"one-sided ({side} tail) at alpha = {alpha}: {alpha} of the distribution lies {where} it"


def _sides(q: str) -> str | None:
    """ "two-sided", "upper" or "lower" as the question words its test; None when it does not."""
    if re.search(r"\b(?:two|2|double)[- ]?(?:sided|tailed|tails?)\b|\bboth tails\b", q):
        return "two-sided"
    if re.search(r"\b(?:lower|left)[- ]?(?:sided|tailed|tail)\b", q):
        return "lower"
    if re.search(r"\b(?:one|1|single|upper|right)[- ]?(?:sided|tailed|tail)\b", q):
        return "upper"
    return None


def _significance(q: str) -> tuple[Decimal | None, bool]:
    """(alpha, whether it came from a confidence level) from "alpha = 0.05", "at the 5% level", "5% significance",
    "95% confidence", "a 95% test"."""
    conf = confidence(q)
    if conf is not None:
        return 1 - Decimal(conf), True
    found = named_number(q, ["alpha", "significance level", "level of significance", "significance"])
    if found is not None:
        return Decimal(found), False
    for m in re.finditer(
        rf"({UNSIGNED})\s*(%)?\s*(?:(?:one|two|1|2)[- ]?(?:sided|tailed)\s+)?(?:test|level|significance)\b", q
    ):
        level = _probability(m.group(1), m.group(2))
        if level < 1:
            return (1 - level, True) if level > Decimal("0.5") else (level, False)
    return None, False


def _named(q: str) -> str | None:
    """The distribution the words name: t, chi-square or F before a normal (often named as an assumption);
    PlanError when two of t, chi-square and F are named."""
    named = [dist for dist, pattern in _NAMED.items() if re.search(pattern, q)]
    if len([d for d in named if d != "normal"]) > 1:
        raise PlanError(f"the question names {' and '.join(_SYMBOLS[d] for d in named)}: ask for one quantile")
    return named[0] if named else None


def _dfs(q: str) -> list[str]:
    """Degrees of freedom in words, in the order written: "10 degrees of freedom", "df = 10", "3 and 20 df",
    "df1 = 3, df2 = 20", "(3, 20) df", "F(3, 20)", "t(9)"."""
    numerator = named_number(q, [r"df_?1", r"nu_?1", r"numerator (?:df|degrees of freedom)"])
    denominator = named_number(q, [r"df_?2", r"nu_?2", r"denominator (?:df|degrees of freedom)"])
    if numerator and denominator:
        return [numerator, denominator]
    patterns = (
        rf"(?<![\w.])({UNSIGNED})\s*(?:numerator\s*)?(?:and|,|&)\s*({UNSIGNED})\s*(?:denominator\s*)?{_DF}",
        rf"\(\s*({UNSIGNED})\s*,\s*({UNSIGNED})\s*\)\s*{_DF}",
        rf"{_DF}\s*(?:=|:|of|is)?\s*\(?\s*({UNSIGNED})(?:\s*(?:and|,)\s*({UNSIGNED}))?",
        rf"(?<![\w.])({UNSIGNED})\s*{_DF}",
        rf"(?<![\w'])(?:{_CHI}|t|f)\s*\(\s*({UNSIGNED})(?:\s*,\s*({UNSIGNED}))?\s*\)",
        r"\b(?:nu|ν)\s*=\s*(\d+)",
    )
    for pattern in patterns:
        if m := re.search(pattern, q):
            return [g for g in m.groups() if g is not None]
    return []


def _df_message(dist: str, df: list[str]) -> str:
    want = {"normal": "no degrees of freedom", "t": "one number of degrees of freedom ('with 9 df')",
            "chi2": "one number of degrees of freedom ('with 10 degrees of freedom')",
            "f": "two numbers of degrees of freedom, numerator and denominator ('with 3 and 20 df')"}[dist]  # fmt: skip
    found = f"read {', '.join(df)}" if df else "none read"
    return f"a {_SYMBOLS[dist]} quantile takes {want}; {found}"


def _probability(value: str, percent: str | None) -> Decimal:
    return Decimal(value) / 100 if percent else Decimal(value)


def _percent(p: Decimal) -> str:
    return f"{(p * 100).normalize():f}%"


def _ordinal(p: Decimal) -> str:
    return f"{(p * 100).normalize():f}th"
