"""Bayes' theorem for a screening test, for the probability planner: "sensitivity 98%, specificity 95%, 2% of samples
contaminated; given a positive screen, probability it really is contaminated?" is the positive predictive value.

The question is cut into clauses (at sentence ends, commas, semicolons, dashes, "and", "but", "while"); each clause
holding one probability (a percentage, "1 in 500", or a decimal in [0, 1]) is read by its words:

- sensitivity: "sensitivity", "detection rate", "hit rate", "true positive rate", or a test's positive action on the
  items with the condition ("catches 98% of them", "flags 98% of defective parts");
- specificity: "specificity", "true negative rate", or a negative action on clean items ("clears 95% of good ones");
- the false positive rate, 1 - specificity: "false positive rate", "false alarm rate", "falsely flags", "false-flags 8%
  of solid ground", or a positive action on clean items ("also alarms on 1% of clean packs");
- the false negative rate, 1 - sensitivity: "false negative rate", "misses 2%";
- the prevalence: "prevalence", "base rate", "prior", or a share of the items said to have the condition ("about 2% of
  samples are actually contaminated", "0.2% of packs really contain metal").

Two positive actions on items of no known state ("flags 92% of true leaks but also alarms on 6% of tight systems") are
told apart by the prevalence ("5% actually have a leak"): the one on the items it names is the sensitivity, the other
the false positive rate; when neither names more of it, both are refused.

The clauses without a probability hold the ask: a positive outcome ("given a positive screen", "a pack just alarmed",
"tests positive", "is flagged") or a negative one ("tests negative", "does not alarm", "passes the test"), and the
state asked: the condition ("really contaminated"), its absence ("clean", "not", "no metal"), or "false" (the truth
against the outcome: a false alarm). Anything missing or read twice with two values is refused, never guessed; the
same value restated ("~4% actually have it (use 4%)") is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from plugins.api.prose import EXACT_FORM, NUMBER, threshold_percents
from plugins.api.reasoning import Check, Plan, PlanError
from plugins.stats.reasoning_shares import alike, content_words

# the shorthand of a test's accuracy beside its value, "sens 92%", "spec: 0.97" (not "spec limits", "spec of 10 mm")
_SENS_SHORT = r"\bsens\b\.?(?=\s*(?:[:=]|of|is|was)?\s*~?\s*\.?\d)"
_SPEC_SHORT = r"\bspec\b\.?(?=\s*(?:[:=]|of|is|was)?\s*~?\s*\.?\d[\d.]*\s*(?:%|percent\b|[,;]|$))"
# a question of this kind: the words of a test's accuracy or of a predictive value
_NAMED = re.compile(
    rf"\bsensitivity\b|\bspecificity\b|\bpredictive\s+value\b|\b[pn]pv\b|\bbayes\b|{_SENS_SHORT}.*{_SPEC_SHORT}"
)
# a full stop ends a clause, not the one of "sens." or "spec." (but "off-spec." or "in-spec." ends one), and so do a line
# break and a bullet ("• NIR flags 95% of sub-potent tablets" one a line); "with" ends a
# clause unless it introduces the clause's own rate: "flags a bad code with probability 0.99"
_CLAUSE_END = re.compile(
    r"(?<!\bsens)(?<!\bspec)\.(?!\d)|(?<=-spec)\.(?!\d)|[,;:?!—–()\n•▪◦]|\s-\s|\b(?:and|but|while|whereas)\b"
    r"|\bwith\b(?!\s+(?:an?\s+)?(?:probability|prob|chance|likelihood)\b)"
)
_VALUE = re.compile(
    rf"(?<![\w.])(?:(?P<k>\d+|one)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n>\d+)(?![\d.])|(?P<pct>{NUMBER})\s*(?:%|percent\b)"
    r"|(?P<dec>0?\.\d+)(?![\d%]|\.\d))"
)
# the roles of a clause's probability, by its words (tried in this order)
_SPECIFICITY = re.compile(rf"\bspecificity\b|\btrue[- ]negative\s+rate\b|{_SPEC_SHORT}")
_FALSE_POSITIVE = re.compile(
    r"\bfalse[- ]?(?:positive|alarm|reject(?:ion)?|call|trip|indication|hit|signal|detection)s?\b|"
    r"\bfalse[- ]?flag(?:s|ged|ging)?\b|\bfalsely\b|\bwrongly\b|\bmistakenly\b|"
    r"\berroneously\b|\bspurious(?:ly)?\b|\bnuisance\b"
)
_FALSE_NEGATIVE = re.compile(
    r"\bfalse[- ]?negatives?\b|\bmiss(?:es|ed)?\b|\bfails?\s+to\s+(?:detect|catch|flag|find|pick)\b"
)
_SENSITIVITY = re.compile(
    r"\bsensitivity\b|\bdetection\s+(?:rate|probability)\b|\bprobability\s+of\s+detection\b|\bhit\s+rate\b|"
    rf"\btrue[- ]positive\s+rate\b|\brecall\b|\bcapture\s+rate\b|{_SENS_SHORT}"
)
_PREVALENCE = re.compile(r"\bprevalence\b|\bbase\s+rate\b|\bprior\b|\bincidence\b")
_REALLY = re.compile(r"\b(?:really|actually|truly|genuinely|in\s+fact)\b")
# a test's outcome as a verb or adjective: positive (alarm, flag, reject) or negative (clear, pass)
_POSITIVE = re.compile(
    r"\bpositive\b|\balarm(?:s|ed|ing)?\b|\bflag(?:s|ged)?\b|\breject(?:s|ed)?\b|\btrigger(?:s|ed)?\b|\bbeep(?:s|ed)?\b|"
    r"\bcatch(?:es)?\b|\bcaught\b|\bdetect(?:s|ed)?\b|\bpicks?\s+up\b|\bpicked\s+up\b|\bidentif(?:y|ies|ied)\b|"
    r"\breacts?\b|\breacted\b|\bfails?\b|\bfailed\b|\bsignals?\b|\bsignalled\b|\bfir(?:es|ed|ing)\b|"
    r"\b(?:goes|went|going|gone)\s+off\b|\btrip(?:s|ped)\b|\bsound(?:s|ed)\s+(?:an?\s+)?(?:alarm|alert)\b|"
    r"\bindicat(?:es|ed|ions?)\b|"
    # an inspector's call: "calls a crack", "called it", "gets a crack call" (not "3% of calls are ...", nor "a false
    # call", which says the truth against the outcome)
    r"\bcall(?:s|ed)\s+(?:an?|the|it)\b|\b(?:an?|the)\s+(?!(?:false|spurious|nuisance)\b)(?:[a-z-]+\s+)?call\b(?!s|\s+(?:rate|centre|center)\b)"
)
_NEGATIVE = re.compile(
    r"\bnegative\b|\bno\s+(?:alarm|indication|signal|flag)s?\b|\b(?:does|did|do)\s*(?:n't|\s+not)\s+(?:alarm|flag|"
    r"trigger|beep|detect|reject|react|signal|indicate)\b|\bnot\s+(?:flagged|rejected|detected|alarmed|triggered)\b|\bclears?\b|\bcleared\b|"
    r"\bpass(?:es|ed)?\s+(?:the\s+|its\s+)?(?:test|screen|inspection|check|detector|gauge)\b|\baccept(?:s|ed)?\b|"
    r"\bpass(?:es|ed)?\s+(?=\d)"  # "correctly passes 90% of the good ones"
)
_ACTION = re.compile(f"{_POSITIVE.pattern}|{_NEGATIVE.pattern}")
# the outcome's own words, which also say an item's state: "2% are truly positive", "1% of units actually fail"
_OUTCOME_WORDS = re.compile(r"\b(?:positive|negative|fails?|failed|failing)\b")
# an item without the condition
_CLEAN = re.compile(
    r"\bclean\b|\bgood\b|\bfine\b|\bhealthy\b|\bsound\b|\bok\b|\bconforming\b|\bnon-?\s?(?:defective|conforming|"
    r"contaminated|infected|diseased)\b|\bun(?:contaminated|infected|affected)\b|\bfree\s+(?:of|from)\b|\bwithout\b|"
    r"\bnot\b|n't\b|\bno\b|(?<!non-)(?<!non\s)\bcompliant\b|\bin[- ]spec(?:ification)?\b|\bwithin\s+spec|"
    r"\bin[- ]control\b|\bin\s+compliance\b|\b[a-z]+-free\b|\blegit(?:imate)?\b|\bintact\b|\bbenign\b|\bnormal\b"
)
# a clause that opens on a preposition and has no verb of its own shares the previous clause's ("alarms on 95% of
# bad hours and on 4% of good ones")
_ELLIPTIC = re.compile(
    r"(?:also\s+)?(?:on|in|during|for|at|of|with)\b|"
    # or is the probability and its items alone: "flags 95% of fraudulent orders and 4% of legit ones"
    rf"(?:also\s+)?(?:{_VALUE.pattern})\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){{0,2}}?(?:[a-z-]+s)$"
)
_FALSE = re.compile(r"\bfalse\b|\bspurious\b|\bnuisance\b")
# "not a false call", "rather than a false alarm": the truth agrees with the outcome, no falsehood asked
_NOT_FALSE = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:(?:a|an|just|merely)\s+)?(?:false|spurious|nuisance)\b[\w\s-]*"
)
# a remark naming a stated rate's role, beside it: "(false calls)", "- false positives", "i.e. the hit rate"
_ROLE_LABEL = re.compile(
    r"(?:(?:i\.?\s*e\.?|aka|so[- ]called|called|known\s+as|these\s+are|those\s+are|the|its|their)\s+)*"
    r"(?:(?:false|true)[- ]?(?:positive|negative|alarm|reject(?:ion)?|call|trip|hit|detection)s?|hits?|misses|"
    r"nuisance\s+(?:alarm|trip)s?|sensitivity|specificity|prevalence|base\s+rate|prior|detection|recall|"
    r"(?:false|true)[- ]?(?:positive|negative|alarm|call)[- ]rate)(?:\s+rate)?"
)
# the ask of a probability: the words after it say the state asked ("probability it really has a defect")
_ASK = re.compile(
    r"\b(?<!with\s)(?:probability|prob|chance|chances|likelihood|odds|how\s+likely|what\s+(?:fraction|share|proportion|"
    r"percent(?:age)?)|p\s*\()"
)


@dataclass(frozen=True)
class Read:
    """A probability read from a clause: its value as plan text ("0.98", "1/500") and the clause, as written."""

    text: str
    clause: str


def asks_bayes(q: str) -> bool:
    """Whether ``q`` is a screening question for Bayes' theorem: it names sensitivity, specificity or a predictive
    value, or states both a detection rate ("catches 98% of them") and a false positive rate or specificity ("alarms
    on 1% of clean packs"): a share that "failed" beside a failure rate is no screening question."""
    return bool(_NAMED.search(q)) or states_accuracy(q)


def states_accuracy(q: str) -> bool:
    """Whether ``q`` states both a test's rate on items with the condition (sensitivity or misses) and its rate on
    clean ones (specificity or false positives), however worded ("catches 95% of the bad loads and correctly passes
    90% of the good ones")."""
    roles = _roles(q, strict=False).keys()
    return bool({"sensitivity", "false_negative"} & roles and {"specificity", "false_positive"} & roles)


def plan_bayes(q: str) -> Plan:
    """``show bayes.ppv(p, se, sp)`` (or npv, or 1 minus either) from the question's prevalence, sensitivity and
    specificity; PlanError naming what is missing, read twice, or the outcome or state that is unclear."""
    roles = _roles(q, strict=True)
    sensitivity = _one_of(roles, "sensitivity", "false_negative")
    specificity = _one_of(roles, "specificity", "false_positive")
    prevalence = roles.get("prevalence")
    missing = [name for name, v in (("the prevalence (the share of items that truly have the condition, e.g. '2% of "
                                     "samples are contaminated')", prevalence), ("the sensitivity (detection rate, "
                                     "e.g. 'catches 98% of them')", sensitivity), ("the specificity or the false "
                                     "positive rate (e.g. 'alarms on 1% of clean packs')", specificity)) if v is None]  # fmt: skip
    if missing:
        raise PlanError("Bayes' theorem for a test needs the prevalence, the sensitivity and the specificity: missing "
                        + "; ".join(missing))  # fmt: skip
    assert prevalence is not None and sensitivity is not None and specificity is not None
    fn, label = _asked(q)
    args = f"{prevalence.text}, {sensitivity.text}, {specificity.text}"
    call = f"bayes.{fn.removeprefix('1-')}({args})"
    facts: dict[str, Any] = {"dist": "bayes", "fn": fn, "prevalence": prevalence.text, "sensitivity": sensitivity.text,
                             "specificity": specificity.text, "label": label, "question": q,
                             "assumed": f"Bayes' theorem: prevalence {prevalence.text}, sensitivity {sensitivity.text}, "
                                        f"specificity {specificity.text}; {label}"}  # fmt: skip
    if EXACT_FORM.search(q) and (exact := _exact_posterior(fn, (prevalence.text, sensitivity.text, specificity.text))):
        facts["exact_form"] = True  # "exact fraction": Bayes' theorem in the stated fractions, simplified exactly
        return Plan("probability", f"show {exact}", facts)
    return Plan("probability", f"show {'1 - ' if fn.startswith('1-') else ''}{call}", facts)


def _fraction(text: str) -> Fraction | None:
    """A rate's plan text ("0.15", "1/500", "1 - 0.1") as an exact fraction; None when it is none of these."""
    complement = re.fullmatch(r"1\s*-\s*(.+)", text.strip())
    try:
        value = Fraction(complement.group(1).strip()) if complement else Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        return None
    return 1 - value if complement else value


def _exact_posterior(fn: str, rates: tuple[str, str, str]) -> str | None:
    """Bayes' theorem for ``fn`` ("ppv", "npv", "1-ppv", "1-npv") as a study-language expression in the exact
    fractions of the prevalence, sensitivity and specificity (PPV = p se / (p se + (1 - p)(1 - sp)), NPV = (1 - p) sp /
    ((1 - p) sp + p (1 - se))), for the symbolic engine to simplify to one fraction; None when a rate is no fraction."""
    read = [_fraction(text) for text in rates]
    if any(v is None for v in read):
        return None
    p, se, sp = (f"({v})" for v in read)
    hit, alarm = f"{p}*{se}", f"(1 - {p})*(1 - {sp})"
    clear, miss = f"(1 - {p})*{sp}", f"{p}*(1 - {se})"
    ppv, npv = f"{hit}/({hit} + {alarm})", f"{clear}/({clear} + {miss})"
    return {"ppv": ppv, "npv": npv, "1-ppv": f"{alarm}/({hit} + {alarm})", "1-npv": f"{miss}/({clear} + {miss})"}[fn]


def _one_of(roles: dict[str, Read], direct: str, complement: str) -> Read | None:
    """The rate ``direct`` as stated, or 1 minus its ``complement`` (the false negative or positive rate)."""
    if direct in roles and complement in roles:
        raise PlanError(f"both the {direct} and the {complement.replace('_', ' ')} rate are stated: give one of them")
    if complement in roles:
        read = roles[complement]
        return Read(f"1 - {read.text}", read.clause)
    return roles.get(direct)


# a gauge's name, not a clause nor a clean state: "go/no-go gauge", "go-no-go", "go / no go"
_GO_NO_GO = re.compile(r"\bgo\s*[/-]?\s*no[\s-]*go\b", re.IGNORECASE)


# one adverb in parentheses, "it still (wrongly) flags 3%": it qualifies its clause's verb, it ends no clause
_ADVERB_ASIDE = re.compile(r"\(\s*([a-z]+ly)\s*\)")


# a numbered list's label at a line's start, "1. Sensitivity 98%", "2) Specificity 95%": a bullet, not a count
_LIST_LABEL = re.compile(r"^[ \t]*\d{1,2}[.)](?=[ \t]+\D)", re.MULTILINE)
# a heading that only names the topic, "AOI false-call question", "Westgard problem": no state asked in it
_HEADING = re.compile(r"[\w\s/-]*\b(?:question|problem|query|scenario|exercise|example)", re.IGNORECASE)


def _clauses(q: str) -> list[str]:
    """The clauses of ``q`` (see the module's docstring), a go/no-go gauge's name read as "gauge", an adverb in
    parentheses read in its clause, a numbered list's labels read as bullets and a topic heading dropped."""
    said = _ADVERB_ASIDE.sub(r" \1 ", _GO_NO_GO.sub("gauge", _LIST_LABEL.sub("•", q)))
    clauses = [c.strip() for c in _CLAUSE_END.split(said) if c and c.strip()]
    return [c for c in clauses if not (_HEADING.fullmatch(c) and not _ASK.search(c.lower()) and not _ACTION.search(c))]


def _has_value(clause: str) -> bool:
    """Whether ``clause`` states a probability (a percentage, "1 in 500", a decimal in [0, 1])."""
    return any(_value(m) for m in _VALUE.finditer(clause))


def _ask_clauses(q: str) -> list[str]:
    """The clauses without a probability, less the remarks that only name the role of the rate just stated ("flags 5%
    of clean joints (false calls)": "false calls" labels the false positive rate, it is not the state asked), and the
    limits that define the condition ("too wet (over 12.5% moisture)")."""
    kept: list[str] = []
    after_rate = False
    for clause in _clauses(q):
        if _has_value(clause):
            after_rate = True
            continue
        if threshold_percents(clause):  # "(over 12.5% moisture)": the condition's definition, nothing asked
            continue
        if not (after_rate and _ROLE_LABEL.fullmatch(clause.lower())):
            kept.append(clause)
        after_rate = False
    return kept


def _value(m: re.Match[str]) -> str | None:
    """A probability as plan text: "98%" -> "0.98", "1 in 500" -> "1/500", "0.95"; None when it is no probability
    (a percentage bounding a measure, "over 12.5% moisture", among them)."""
    if m.group("pct"):
        if m.start("pct") + (m.group("pct")[0] in "+-") in threshold_percents(
            m.string
        ):  # "over 12.5% moisture": a limit
            return None
        value = Fraction(m.group("pct")) / 100
        return f"{float(value):.12g}" if 0 <= value <= 1 else None
    if m.group("n"):
        k, n = (1 if m.group("k") == "one" else int(m.group("k"))), int(m.group("n"))
        return f"{k}/{n}" if 0 < k <= n else None
    return m.group("dec")


def _roles(q: str, strict: bool) -> dict[str, Read]:
    """The role of each clause's probability (see the module's docstring). With ``strict``, PlanError for a clause
    with two probabilities or a role read twice; without, those are skipped."""
    roles: dict[str, Read] = {}
    detections: list[Read] = []
    action = None
    clauses = _clauses(q)
    for i, clause in enumerate(clauses):
        values = [v for v in (_value(m) for m in _VALUE.finditer(clause)) if v is not None]
        if not values:
            continue
        if i + 1 < len(clauses) and _ROLE_LABEL.fullmatch(clauses[i + 1].lower()):
            clause = f"{clause} {clauses[i + 1]}"  # "flags 6% of ore rocks (false rejects)": the label says the role
        verb = _ACTION.search(clause)
        if verb is None and action is not None and _ELLIPTIC.match(clause):
            clause = f"{action} {clause}"
        action = verb.group(0) if verb else None
        if len(values) > 1:
            if strict:
                raise PlanError(f"'{clause}' states {len(values)} probabilities: give one rate a clause, e.g. "
                                "'sensitivity 98%, specificity 95%'")  # fmt: skip
            continue
        role = _role(clause)
        read = Read(values[0], clause)
        if role == "sensitivity" and "sensitivity" in roles and detections == [roles["sensitivity"]]:
            detections.append(read)  # two detections on items of no stated state: which is the false alarm, below
            continue
        if role in roles and roles[role].text == read.text:
            continue  # "~4% ... actually have it (use 4%)": the same value restated is one reading
        if role in roles:
            if strict:
                raise PlanError(f"the {role.replace('_', ' ')} is read twice ('{roles[role].clause}' and "
                                f"'{clause}'): give it once")  # fmt: skip
            continue
        roles[role] = read
        if role == "sensitivity":
            detections = [read]
    if len(detections) == 2:
        split = _detection_and_false_alarm(roles.get("prevalence"), *detections)
        if split is None or "false_positive" in roles or "specificity" in roles:
            if strict:
                raise PlanError(f"the sensitivity is read twice ('{detections[0].clause}' and '{detections[1].clause}'"
                                "): say which items are clean, e.g. 'also alarms on 6% of clean units'")  # fmt: skip
        else:
            roles["sensitivity"], roles["false_positive"] = split
    return roles


def _object_words(clause: str) -> set[str]:
    """The content words after a clause's probability, the items it is of ("flags 92% of true leaks" -> {"true",
    "leak"})."""
    m = next((m for m in _VALUE.finditer(clause) if _value(m)), None)
    return content_words(clause[m.end() :] if m else clause)


# the items a share is of, just after it: "5% of the rooftop units", "2% of orders", "5% of systems"
_SHARE_ITEMS = re.compile(r"\s*of\s+(?:the\s+|all\s+|our\s+|these\s+)*((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b")


def _condition_words(clause: str) -> set[str]:
    """The words of a prevalence's clause that say the condition, less the items it is a share of and the words that
    only stress it ("5% of systems really leak" -> {"leak"})."""
    m = next((m for m in _VALUE.finditer(clause) if _value(m)), None)
    items = _SHARE_ITEMS.match(clause, m.end()) if m else None
    said = _REALLY.sub(" ", clause)
    return content_words(said) - (content_words(items.group(1)) if items else set())


def _names(words: set[str], condition: set[str]) -> set[str]:
    """The words of ``words`` that the condition's clause (``condition``, its words) names, or one built on them."""
    return {w for w in words if any(alike(w, c) for c in condition)}


def _detection_and_false_alarm(prevalence: Read | None, one: Read, other: Read) -> tuple[Read, Read] | None:
    """Two positive outcomes on items of no stated state ("flags 92% of true leaks but also alarms on 6% of tight
    systems"): the sensitivity is the one on the items the prevalence names ("5% actually have a leak"), the other
    the false positive rate, when the words of one clause's items that the prevalence names strictly include the
    other's. None when no prevalence is read first or neither names more of it: which is which is then unclear."""
    if prevalence is None:
        return None
    condition = _condition_words(prevalence.clause)
    named = [_names(_object_words(read.clause), condition) for read in (one, other)]
    if named[0] > named[1]:
        return one, other
    if named[1] > named[0]:
        return other, one
    return None


# the first word of a hyphenated compound noun ("alarm-check intervals", "flag-review queue"): it names a thing, it
# states no outcome
_MODIFIER = re.compile(r"\b[a-z]+-(?=[a-z]{3,})")


def _role(clause: str) -> str:
    """What a clause's probability is: sensitivity, specificity, false_positive, false_negative or prevalence."""
    if _SPECIFICITY.search(clause):
        return "specificity"
    if _FALSE_POSITIVE.search(clause):
        return "false_positive"
    if _FALSE_NEGATIVE.search(clause):
        return "false_negative"
    if _SENSITIVITY.search(clause):
        return "sensitivity"
    if _PREVALENCE.search(clause):
        return "prevalence"
    if _REALLY.search(clause) and not _ACTION.search(_OUTCOME_WORDS.sub(" ", clause)):  # "truly positive", "2% fail"
        return "prevalence"
    clean = _CLEAN.search(clause) is not None
    clause = _MODIFIER.sub(" ", clause)  # "present in 1% of alarm-check intervals": the alarm names the intervals
    if _NEGATIVE.search(clause):
        return "specificity" if clean else "false_negative"
    if _POSITIVE.search(clause):
        return "false_positive" if clean else "sensitivity"
    return "prevalence"


def _asked(q: str) -> tuple[str, str]:
    """The predictive value asked, from the clauses without a probability: ("ppv" | "npv" | "1-ppv" | "1-npv",
    its label). PlanError when the outcome conditioned on is not read, or both outcomes are."""
    words = _NOT_FALSE.sub(" ", " ; ".join(_ask_clauses(q)))
    if count := re.search(r"(?<![\w.])(?<![a-z]-)\d+(?:\.\d+)?(?![\w.])", words):  # not a tag's: "at-402"
        raise PlanError(f"'{count.group(0)}' is a count or size beside the test's rates: this plans one item's "
                        "predictive value (P(condition | outcome)), not a count among several")  # fmt: skip
    if re.search(r"\bppv\b|\bpositive\s+predictive\s+value\b", words):
        return "ppv", "P(condition | positive), the positive predictive value"
    if re.search(r"\bnpv\b|\bnegative\s+predictive\s+value\b", words):
        return "npv", "P(no condition | negative), the negative predictive value"
    rest = re.sub(r"\bfalse[- ]?negatives?\b", " missed ", words)  # a false negative: the condition, tested negative
    negative = bool(_NEGATIVE.search(rest))
    rest = _NEGATIVE.sub(" ", rest)
    positive = bool(_POSITIVE.search(re.sub(r"\bfalse[- ]?(?:positive|alarm)s?\b", " ", rest)))
    if " missed " in rest:
        negative = True
    if negative == positive:
        raise PlanError("a predictive value needs the test's outcome it is given: e.g. 'given a positive screen' or "
                        "'if the test is negative', and the state asked ('really contaminated', 'clean')")  # fmt: skip
    stripped = _POSITIVE.sub(" ", rest)
    if _FALSE.search(stripped):  # the truth against the outcome: a false alarm, a false negative
        absent = positive
    else:
        absent = _CLEAN.search(stripped) is not None and " missed " not in stripped
    if positive:
        return ("1-ppv", "P(no condition | positive), a false alarm") if absent else (
            "ppv", "P(condition | positive), the positive predictive value")  # fmt: skip
    return ("npv", "P(no condition | negative), the negative predictive value") if absent else (
        "1-npv", "P(condition | negative), a missed one")  # fmt: skip


def _ask_sentence(q: str) -> str | None:
    """The sentence of ``q`` that asks: the last one holding an ask word ("probability", "chance", "what fraction")."""
    sentences = re.split(r"[?!]|\.(?!\d)", q)  # "w.p. 0.03. batch gets flagged": a full stop after a number too
    asking = [s for s in sentences if _ASK.search(s.lower())]
    return asking[-1] if asking else None


def _second_reading(q: str) -> str | None:
    """The state asked, read a second way, from the words after the ask word of the asking sentence only: "c" (the
    condition: "probability it really has a defect"), "n" (its absence: "clean", "defect-free", "no defect") or
    "false" (the truth against the outcome: "a false call"); None when no sentence asks."""
    sentence = _ask_sentence(q)
    if sentence is None:
        return None
    ask = _ASK.search(sentence.lower())
    assert ask is not None
    words = _NOT_FALSE.sub(" ", sentence.lower()[ask.end() :])
    if _FALSE.search(words):
        return "false"
    words = _ACTION.sub(" ", words)  # "it passed", "a flagged joint": the outcome, not the state
    return "n" if _CLEAN.search(words) else "c"


def _asked_state_check(facts: dict[str, Any]) -> Check | None:
    """The state the plan answers (condition or none) against the state the asking sentence names, read a second way;
    None when no sentence asks in words this reading knows."""
    again = _second_reading(facts.get("question", ""))
    if again is None:
        return None
    fn = facts["fn"]
    state = {"ppv": "c", "1-ppv": "n", "npv": "n", "1-npv": "c"}[fn]
    if again == "false":  # a false outcome: no condition behind a positive, the condition behind a negative
        again = "n" if fn.endswith("ppv") else "c"
    return Check("the state asked (read again from the asking sentence) is the one answered", again == state,
                 f"asked {again}, answered {state} ({facts['label']})")  # fmt: skip


def bayes_checks(facts: dict[str, Any], value: float | None, read_expression: Any) -> list[Check]:
    """The 2x2 joint table of condition and outcome recomputed in exact fractions (its cells sum to 1, the asked
    cell over its outcome's column), and the odds form of Bayes' theorem (prior odds x likelihood ratio)."""
    from fractions import Fraction as F

    p, se, sp = (F(str(float(read_expression(facts[k])))) for k in ("prevalence", "sensitivity", "specificity"))
    table = {("c", "+"): p * se, ("c", "-"): p * (1 - se), ("n", "+"): (1 - p) * (1 - sp), ("n", "-"): (1 - p) * sp}
    fn = facts["fn"]
    outcome = "+" if fn.endswith("ppv") else "-"
    state = {"ppv": "c", "1-ppv": "n", "npv": "n", "1-npv": "c"}[fn]
    column = table[("c", outcome)] + table[("n", outcome)]
    cells = ", ".join(f"{s}{o} {float(v):.6g}" for (s, o), v in table.items())
    checks = [Check("joint table (fractions): the four cells sum to 1", sum(table.values()) == 1, cells)]
    want = table[(state, outcome)] / column if column else None
    ok = value is not None and want is not None and abs(value - float(want)) <= 1e-9 * max(1.0, abs(float(want)))
    checks.append(Check(f"joint table (fractions): P({state} | {outcome}) = cell / column", ok,
                        f"answer {value}, table {float(want) if want is not None else 'undefined'}"))  # fmt: skip
    if outcome == "+" and sp < 1 and p < 1:  # posterior odds = prior odds x LR+
        odds = p / (1 - p) * (se / (1 - sp))
        posterior = odds / (1 + odds)
        got = posterior if state == "c" else 1 - posterior
        checks.append(Check("odds form: prior odds x sensitivity/(1 - specificity)",
                            value is not None and abs(value - float(got)) <= 1e-9, f"{float(got):.10g}"))  # fmt: skip
    if (asked := _asked_state_check(facts)) is not None:
        checks.append(asked)
    return checks
