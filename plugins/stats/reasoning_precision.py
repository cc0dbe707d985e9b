"""Sample size for a margin of error: "estimate the mean to within +/- 0.5 mm at 95% confidence, sigma 2",
"estimate the defect rate within ±2%, expect p≈0.10" -> ``power precision margin= sd= | p= [conf=]``."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, PM_SIGN, ExtractError, confidence, mean_method, stated_sd, stated_sd_in_percent
from plugins.api.reasoning import Plan, PlanError

_PERCENT = r"%|percent(?:age points?)?\b|pct\b|points?\b"
_LEVEL = r"\s*%?\s*(?:confidence|conf\b|ci\b)"
_VALUE = rf"({NUMBER})(?!\d|\.\d)(?!{_LEVEL})\s*({_PERCENT})?"  # a number, not the confidence level
_MARGIN = re.compile(
    rf"\bwithin\s*(?:about\s+|~\s*|≈\s*)?{PM_SIGN}?\s*{_VALUE}"
    rf"|(?:margin of error|half[- ]?width|precision|(?:max(?:imum)?|allowable|acceptable)\s+error)"
    rf"(?:[^.;?\d]|{NUMBER}{_LEVEL}){{0,40}}?"
    rf"(?:of|=|:|is|be|at most|no (?:more|larger|greater) than|not exceeding|to|±|\+/-|\+-)?\s*(?:about\s+)?{PM_SIGN}?\s*"
    rf"{_VALUE}|{PM_SIGN}\s*{_VALUE}",
    re.I,
)
_P_GUESS = (
    rf"\bp(?:-hat|̂)?\s*(?:≈|~|=|:|is|of|about|around)\s*({NUMBER})\s*(%)?",
    rf"(?:expect\w*|anticipat\w*|assum\w*|guess\w*|prior|historical\w*|previous\w*|past|pilot|typical\w*|"
    rf"currently|running at|believed|thought|think|suspect\w*|believe|reckon\w*|probably|likely|roughly|about|around|"
    rf"approximately|planning (?:value|estimate|figure)|baseline|ran|runs|averaged|hovered|came in|recent\w*|"
    rf"last (?:qtr|quarter|month|year|week|period|audit|study))\b[^.;,\d]{{0,30}}?({NUMBER})\s*(%|percent)?",
    rf"(?<![\w±])(?:~|≈)\s*({NUMBER})\s*(%|percent)",
    rf"(?<![\w±])(?:~|≈)\s*({NUMBER})()(?!\d|\s*[a-zµ°/])",  # "~0.9", not "~0.2 h per unit"
    rf"({NUMBER})\s*(%|percent)?\s+(?:as|for)\s+(?:the\s+|a\s+|our\s+)?(?:planning|expected|anticipated|prior)\b",
    rf"(?:proportion|rate|fraction|percentage|yield|share)\s+(?:is\s+|of\s+|about\s+|around\s+|≈\s*|~\s*|=\s*)+"
    rf"({NUMBER})\s*(%|percent)?",
    rf"({NUMBER})\s*(%|percent)\s+(?:\w+\s+)?(?:defective|defects?|nonconforming|failures?|fail|rejects?|yield)",
)
_PROPORTION_WORDS = r"proportion|\brates?\b|percent|fraction|defect|yield|share|\bp\s*[≈~=]|%"


def margin(question: str) -> tuple[str, bool, int] | None:
    """The margin of error a question asks for: (value, in percent?, where it starts), or None."""
    m = _MARGIN.search(question)
    if not m:
        return None
    at = next(i for i in (1, 3, 5) if m.group(i))
    return m.group(at), bool(m.group(at + 1)), m.start(at)


def _in_points(question: str, start: int) -> bool:
    """Whether the margin starting at ``start`` is in percentage points ("within ±2 percentage points"): an absolute
    margin in the units of a mean measured in percent, not a share of the mean."""
    return re.match(rf"{NUMBER}\s*(?:percentage\s+)?points?\b", question[start:], re.I) is not None


def _bare(question: str, start: int) -> bool:
    """Whether the margin starting at ``start`` is a bare number, no unit after it, of a quantity said to be measured
    in percent ("mean fat % ... margin of error ±0.05, assuming σ = 0.12 % known", "measured in %"): read in the
    units of an sd written in percent, as percentage points. A % after a number only ("σ is 1.2%") may be relative."""
    if not re.search(r"(?<![\d.])(?<![\d.]\s)%", question):
        return False
    return re.match(rf"{NUMBER}\s*(?:[,;?)]|\.(?!\d)|$|(?:at|with|and|for|assuming|if|given|when)\b)",
                    question[start:], re.I) is not None  # fmt: skip


def plan_precision(question: str) -> Plan:
    """``power precision`` for the mean (a known or estimated sd) or a proportion (p guessed, else 0.5)."""
    found = margin(question)
    if found is None:
        raise PlanError("a sample size for a margin of error needs the margin, e.g. 'within +/- 0.5'")
    value, percent, start = found
    taken = {start} | _confidence_starts(question)
    sd = stated_sd(question, taken)
    level = confidence(question) or _percent_level(question)
    options = f" conf={level}" if level else ""
    facts = {"test": "precision", "conf": float(level or 0.95), "margin_text": value}
    if (percent or _bare(question, start)) and sd is None and (sd := stated_sd_in_percent(question, taken)):
        facts["note"] = (f"the margin {value}% and the sd {sd}% are read as percentage points of the measured value "
                         "(e.g. % of label claim), both as written")  # fmt: skip
        percent = False
    if sd and percent and _in_points(question, start):
        facts["note"] = f"the margin {value} percentage points is read in the mean's units, as the sd {sd}"
        percent = False
    if sd:
        if percent:
            raise PlanError("a margin in percent of a mean is relative: give it in the mean's units (e.g. +/- 0.5 mm)")
        method = _mean_margin_method(question)
        facts.update({"parameter": "mean", "margin": float(value), "sd": float(sd), "method": method})
        text = f"power precision margin={value} sd={sd}{options}"
        return Plan("sample_size", text + (' method="t"' if method == "t" else ""), facts)
    if asks_mean(question) or not re.search(_PROPORTION_WORDS, question, re.I):
        raise PlanError("the margin of error of a mean needs the standard deviation (e.g. 'sigma = 1.2', 'historical "
                        "sd of 1.2'); of a proportion, say so (e.g. 'defect rate', 'expect p = 0.1')")  # fmt: skip
    share = str(float(value) / 100) if percent else value
    p = _guess(question, {start} | _confidence_starts(question))
    if p is None and hinted_unread(question):
        raise PlanError("the question speaks of an expected or recent proportion that could not be read: state it as "
                        "'expect p = 0.1' or 'it ran about 10%' (or say 'no prior estimate' for p = 0.5)")  # fmt: skip
    facts.update({"parameter": "proportion", "margin": float(share), "p": float(p) if p else None, "method": "z"})
    text = f"power precision margin={share}" + (f" p={p}" if p else ' parameter="proportion"') + options
    return Plan("sample_size", text, facts)


# an sd estimated from a sample, not a population's: "a pilot sd of 4", "sample standard deviation 4", "s = 4"
_ESTIMATED_SD = re.compile(
    r"\bpilot\b|\bpreliminary (?:sample|study|run)\b|\bsample (?:standard deviation|std\.? ?dev\w*|sd)\b|"
    r"(?<![\w.])s\s*(?:=|≈|~)\s*\d",
    re.I,
)
# a population sd's symbol: "pilot σ ≈ 6" plans with sigma as known, the textbook n = (z sigma / E)^2
_SIGMA = re.compile(r"σ|\bsigma\b", re.I)


def _mean_margin_method(question: str) -> str:
    """ "t" or "z" for a mean's margin-of-error sample size: the one the question names ("t-based", "Student's t",
    "normal approximation", "sigma known"), else t for an sd estimated from a sample ("pilot sd 4", "s = 4") and z for
    a population sd as stated ("σ is about 10", "sd of 2", "pilot σ ≈ 6": written as sigma): n = ceil((z sigma / E)^2).
    Raises PlanError when it names both."""
    try:
        named = mean_method(question)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None
    if named:
        return named
    return "t" if _ESTIMATED_SD.search(question) and not _SIGMA.search(question) else "z"


def asks_mean(question: str) -> bool:
    """Whether the quantity estimated is a mean ("estimate the mean bore diameter", "the average weight"),
    not a proportion: the question says mean or average and names no proportion, fraction or percentage."""
    return bool(re.search(r"\b(?:mean|average|avg)\b", question, re.I)) and not re.search(
        r"\b(?:proportion|fraction|percentage|share|yield)\b|\b(?:defect|failure|reject|scrap|error) rate\b",
        question,
        re.I,
    )


def _percent_level(question: str) -> str | None:
    """ "95 percent confidence" (prose.confidence reads "95%")."""
    m = re.search(rf"({NUMBER})\s*percent\s+(?:confidence|conf\b|ci\b)", question, re.I)
    return f"{float(m.group(1)) / 100:.10g}" if m else None


def _confidence_starts(question: str) -> set[int]:
    level = rf"({NUMBER})\s*(?:%|percent)\s*(?:confidence|conf|ci\b)"
    return {m.start(1) for m in re.finditer(level, question, re.I)}


def _guess(question: str, taken: set[int]) -> str | None:
    """The expected proportion ("expect p≈0.10", "about 10% defective"), skipping the margin and the level."""
    for pattern in _P_GUESS:
        for m in re.finditer(pattern, question, re.I):
            if m.start(1) in taken:
                continue
            p = str(float(m.group(1)) / 100) if m.group(2) else m.group(1)
            if 0 < float(p) < 1:
                return p
    return None


_HINTED = re.compile(
    r"expect\w*|anticipat\w*|planning (?:value|estimate|figure)|baseline|histor\w*|previous\w*|\bpast\b|pilot|"
    r"typical\w*|\bran\b|running at|recent\w*|last (?:qtr|quarter|month|year|week|period|audit|study)|prior",
    re.I,
)
_NONE_KNOWN = re.compile(
    r"\bno (?:prior|idea|estimate|guess|information|info|planning)|unknown|worst[- ]case|conservative|"
    r"(?:don'?t|do not) know|most conservative|\bp\s*=\s*0?\.50?\b|\b50\s*(?:%|percent)",
    re.I,
)


def hinted_unread(question: str) -> bool:
    """Whether the question speaks of an expected, recent or planning proportion ("last qtr it ran high", "use the
    planning value") that no reader took, and does not say none is known: p = 0.5 would then be a guess."""
    return bool(_HINTED.search(question)) and not _NONE_KNOWN.search(question)


# a test's power named: "80% power", "power of 0.9", "power = 80%", "statistical power", "power to detect"; not a
# physical power ("the mean 1-hour power output within ±15 kW")
_TEST_POWER = re.compile(
    r"\d\s*(?:%|percent)\s*(?:statistical\s+)?power\b|\bpower\b\s*(?:(?:of|=|:|is|at least|at|level|≥|>=)\s*)*"
    r"(?:about\s+)?\.?\d|\bstatistical power\b|\bpower\s+(?:to|of\s+(?:the|a|this)\s+test)\b|\b(?:adequate|enough|"
    r"sufficient|desired|target)\s+power\b",
    re.I,
)


def asks_precision(question: str) -> bool:
    """Whether a sample-size question asks for a margin of error rather than a power (a test's power named, or an
    effect to detect)."""
    estimating = re.search(r"estimat|confiden|\bci\b|\bconf\b|margin of error|half[- ]?width|precision", question, re.I)
    asks_power = _TEST_POWER.search(question) or re.search(r"\bdetect", question, re.I)
    return bool(estimating) and margin(question) is not None and not asks_power
