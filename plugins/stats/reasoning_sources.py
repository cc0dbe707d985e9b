"""Bayes' theorem over several sources, for the probability planner: "day shift packs 60% of orders with a 1.5%
mis-ship rate, night shift packs the other 40% with a 3% mis-ship rate; a customer reports a mis-ship: probability
it was packed on nights?" is P(source | event) = share x rate / sum of share x rate (the law of total probability).

The question is cut into clauses (at sentence ends, semicolons and bulleted lines; a part of more than two
probabilities at its commas and dashes); each clause holding exactly two
probabilities is a source: its share of the items first, then the rate of the event among its items; the shares
must sum to 1. The source asked is the one whose name (its leading words, less those every source shares) the
asking clause names ("nights" for "night shift", "machine B"). The shares may also be stated in one sentence and the
rates in the next ("60% come from crew A and 40% from crew B. Crew A's fail 4% of the time, crew B's 10%", see
``read_transposed``). Nothing is guessed: a clause of one or three
probabilities, shares that do not sum to 1, no source named or two named, or an ask of the event's absence ("not
mis-shipped") give None or PlanError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from plugins.api.nouns import singular
from plugins.api.prose import EXACT_FORM
from plugins.api.reasoning import Check, Plan, PlanError
from plugins.stats.reasoning_bayes import _VALUE, _value

_SENTENCE = re.compile(r"(?<!\d)\.(?!\d)|[;:!?]|\n(?=\s*[-*•])")  # a bulleted line is a clause: one bullet a source
_SPLIT = re.compile(r"[,—–]|\s-\s|\bwhile\b|\bwhereas\b")
_ASK = re.compile(r"\b(?:prob(?:ability)?|chance|likelihood|odds|how likely)\b")
_STOP = {"the", "a", "an", "of", "its", "their", "our", "other", "remaining", "rest", "and", "w", "with", "has",
         "have", "had", "is", "are", "was", "were", "makes", "made", "produces", "produced", "packs", "packed",
         "ships", "handles", "handled", "supplies", "supplied", "builds", "runs", "does", "did", "accounts", "for"}  # fmt: skip
_NEGATED = re.compile(
    r"\bnot\b|n't\b|\bno\b|\bwithout\b|\bgood\b|\bfine\b|\bok\b|\bcorrect(?:ly)?\b|\bpass(?:es|ed)?\b"
)


@dataclass(frozen=True)
class Source:
    """One source: its name's words, its share of the items and the event's rate among them (plan text)."""

    words: tuple[str, ...]
    share: str
    rate: str


def _stem(word: str) -> str:
    """A word without a plural "s" ("nights" -> "night")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _probabilities(text: str) -> int:
    """How many probabilities ``text`` states."""
    return sum(_value(m) is not None for m in _VALUE.finditer(text))


def _clauses(q: str) -> list[str]:
    """The sentences (and semicolon-separated parts) of ``q``, a part stating more than two probabilities cut
    further at its commas and dashes ("A makes 60% with 2% bad, B 40% with 3% bad")."""
    out = []
    for part in _SENTENCE.split(q):
        out.extend(_SPLIT.split(part) if _probabilities(part) > 2 else [part])
    return out


# sources named as one noun and a list of labels: "presses 1, 2, 3", "machines A, B and C", "lines 1, 2 & 3"
_LABEL = r"[a-z0-9]{1,2}"
_NAMED_LIST = re.compile(rf"\b([a-z]{{3,}})\s+({_LABEL}(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*){_LABEL})+)\b")


def read_respective(q: str) -> list[Source] | None:
    """The sources of a question that lists them once and their shares and rates in the same order ("presses 1, 2, 3
    make 50%, 30% and 20% of our output; blister rates are 1%, 2% and 4% respectively"): "respectively" said, k
    labels after one noun, and 2k probabilities before the asking sentence, the first k the shares. None when the
    question is not written that way."""
    if not re.search(r"\brespectively\b", q) or not _ASK.search(q):
        return None
    stated = q[: _ASK.search(q).start()]  # type: ignore[union-attr]
    values = [v for m in _VALUE.finditer(stated) if (v := _value(m)) is not None]
    listed = next((m for m in _NAMED_LIST.finditer(stated) if _probabilities(m.group(0)) == 0), None)
    if listed is None or len(values) < 4 or len(values) % 2:
        return None
    labels = re.findall(_LABEL, re.sub(r"\band\b", " ", listed.group(2)))
    k = len(values) // 2
    if len(labels) != k:
        return None
    noun = singular(listed.group(1))
    return [
        Source((noun, label), share, rate) for label, share, rate in zip(labels, values[:k], values[k:], strict=True)
    ]


# a source named by a noun and a short label: "crew a", "line 2", "shift b's" (not a value: "spec 4%", "line 1.5")
_MENTION = re.compile(r"\b([a-z]{3,})\s+([a-z]|\d{1,2})\b(?!\.\d|\s*(?:%|percent\b))")
_NOT_NOUNS = {"from", "than", "that", "with", "into", "onto", "this", "then", "when", "what", "which", "over", "only"}


def _labels(text: str, noun: str) -> list[str]:
    """The labels ``noun`` is written with in ``text``, in order ("crew a ... crew b's" -> ["a", "b"])."""
    return [m.group(2) for m in _MENTION.finditer(text) if m.group(1) == noun]


def read_transposed(q: str) -> list[Source] | None:
    """The sources of a question that states every source's share in one sentence and every rate in the next
        ("60% of the cores come from paving crew a and 40% from crew b. crew a's cores fail 4% of the time, crew b's
        10%"): one noun written with two or more labels, and before the ask exactly two sentences holding probabilities,
        each naming as many labelled sources as it states probabilities, all different; the i-th probability belongs to
        the i-th source named. The sentence whose probabilities sum to 1 holds the shares (the first when neither or both
    do: ``plan_sources`` then refuses shares that do not sum to 1). None when the question is not written that way."""
    ask = _ASK.search(q)
    if ask is None:
        return None
    stated = q[: ask.start()]
    nouns = {m.group(1) for m in _MENTION.finditer(stated) if m.group(1) not in _NOT_NOUNS | _STOP}
    labelled = [noun for noun in nouns if len(set(_labels(stated, noun))) >= 2]
    if len(labelled) != 1:
        return None
    noun, rows = labelled[0], []
    for sentence in _SENTENCE.split(stated):
        values = [v for m in _VALUE.finditer(sentence) if (v := _value(m)) is not None]
        labels = _labels(sentence, noun)
        if not values:
            continue
        if len(labels) != len(values) or len(set(labels)) != len(labels):
            return None
        rows.append(dict(zip(labels, values, strict=True)))
    if len(rows) != 2 or set(rows[0]) != set(rows[1]):
        return None
    whole = [sum(Fraction(v) for v in row.values()) == 1 for row in rows]
    shares, rates = rows[::-1] if whole == [False, True] else rows
    return [Source((noun, label), share, rates[label]) for label, share in shares.items()]


def read_sources(q: str) -> list[Source] | None:
    """The sources of a question (two or more clauses each holding a share and a rate, in that order); None when the
    question is not written that way."""
    sources = []
    for clause in _clauses(q):
        found = [(m, v) for m in _VALUE.finditer(clause) if (v := _value(m)) is not None]
        if len(found) != 2:
            if found and sources:
                return None
            continue
        head = clause[: found[0][0].start()]
        words = tuple(_stem(w) for w in re.findall(r"[a-z0-9]+", head) if w not in _STOP)
        if not words:
            return None
        sources.append(Source(words, found[0][1], found[1][1]))
    return sources if len(sources) >= 2 else None


def plan_sources(q: str) -> Plan | None:
    """``show s_i*r_i/(s_1*r_1 + ...)`` for the source the question asks about, given the event; None when the
    question states no sources (see the module's docstring), PlanError when it does but the ask is unclear."""
    sources = read_transposed(q) or read_sources(q) or read_respective(q)
    if sources is None or not _ASK.search(q):
        return None
    if sum(Fraction(s.share) for s in sources) != 1:
        raise PlanError("the sources' shares (" + ", ".join(s.share for s in sources) + ") do not sum to 1: give "
                        "every source's share of the items, e.g. 'line A makes 60%, line B the other 40%'")  # fmt: skip
    ask = q[_ASK.search(q).start() :]  # type: ignore[union-attr]
    if _NEGATED.search(ask) or _NEGATED.search(_event(q)):
        raise PlanError("this plans P(source | the event), not the probability of an item without the event: ask e.g. "
                        "'given a mis-ship, probability it came from nights'")  # fmt: skip
    common = set.intersection(*(set(s.words) for s in sources))
    asked_words = {_stem(w) for w in re.findall(r"[a-z0-9]+", ask)}
    named = [i for i, s in enumerate(sources) if _names(s, common, ask, asked_words)] or _named_by_label(sources, ask)
    if len(named) != 1:
        raise PlanError("name one source in the question asked, e.g. 'probability it came from machine B' (found "
                        f"{len(named)} of: " + ", ".join(" ".join(s.words) for s in sources) + ")")  # fmt: skip
    i = named[0]
    terms = [f"{s.share}*{s.rate}" for s in sources]
    name = " ".join(w for w in sources[i].words if w not in common)
    name = " ".join(sources[i].words) if len(name) <= 2 else name  # "press 3", not "3"
    label = f"P({name} | the event), Bayes' theorem over {len(sources)} sources"
    facts: dict[str, Any] = {"dist": "bayes_sources", "fn": "posterior", "shares": [s.share for s in sources],
                             "rates": [s.rate for s in sources], "index": i, "label": label,
                             "assumed": f"sources' shares {', '.join(s.share for s in sources)} with event rates "
                                        f"{', '.join(s.rate for s in sources)}; {label}"}  # fmt: skip
    if EXACT_FORM.search(q):  # "as a fraction": the exact shares and rates, for the symbolic engine to simplify
        terms = [f"({Fraction(s.share)})*({Fraction(s.rate)})" for s in sources]
        facts["exact_form"] = True
    return Plan("probability", f"show {terms[i]}/({' + '.join(terms)})", facts)


def _event(q: str) -> str:
    """The words between the last probability stated before the ask and the ask: where the event observed is said
    ("... crew b's 10%. a core just came back failing — ")."""
    ask = _ASK.search(q)
    stated = q[: ask.start()] if ask else q
    ends = [m.end() for m in _VALUE.finditer(stated) if _value(m) is not None]
    return stated[ends[-1] :] if ends else stated


def _names(source: Source, common: set[str], ask: str, asked: set[str]) -> bool:
    """Whether the asking text names ``source``: its own words (a single letter or digit, "B", with the shared word
    before it: "machine b")."""
    own = [w for w in source.words if w not in common]
    if not own:
        return False
    if all(len(w) == 1 for w in own):
        at = source.words.index(own[0])
        before = source.words[at - 1] if at and source.words[at - 1] in common else None
        label = r"s?\s+".join(map(re.escape, own))
        if before is None:
            return re.search(rf"\b{label}\b", ask) is not None
        return any(_shortens(m.group(1), before) for m in re.finditer(rf"\b([a-z]+)\.?'?s?\s+{label}\b", ask))
    return all(w in asked for w in own)


def _label(source: Source) -> str | None:
    """The one short label in a source's name ("b" of "jet b", "2" of "line 2", "b" of "kiln b fire"); None when
    it has none or several."""
    short = [w for w in source.words if len(w) == 1 or (len(w) == 2 and w.isdigit())]
    return short[0] if len(short) == 1 else None


def _named_by_label(sources: list[Source], ask: str) -> list[int]:
    """The source whose bare label the ask ends on after "from" or "by" ("prob it came from b?" of "jet dyer a" and
    "jet b", whose "a" is read as an article): the labels all different, and exactly one of them so asked; []
    otherwise."""
    labels = [_label(s) for s in sources]
    written = [label for label in labels if label is not None]
    if len(set(written)) != len(written):
        return []
    return [i for i, label in enumerate(labels) if label is not None
            and re.search(rf"\b(?:from|by)\s+{re.escape(label)}\s*(?:[?.!,]|$)", ask.strip())]  # fmt: skip


def _shortens(written: str, word: str) -> bool:
    """Whether ``written`` is ``word`` or a clipped form of it of three letters or more ("supp" of "supplier")."""
    return written == word or (len(written) >= 3 and word.startswith(written))


def sources_checks(facts: dict[str, Any], value: float | None) -> list[Check]:
    """The joint shares of source and event in exact fractions: shares summing to 1, the asked source's joint share
    over the event's total (the law of total probability), against the answer."""
    shares = [Fraction(s) for s in facts["shares"]]
    rates = [Fraction(r) for r in facts["rates"]]
    joint = [s * r for s, r in zip(shares, rates, strict=True)]
    total = sum(joint)
    checks = [Check("the sources' shares sum to 1 (fractions)", sum(shares) == 1, ", ".join(map(str, shares)))]
    want = joint[facts["index"]] / total if total else None
    ok = value is not None and want is not None and abs(value - float(want)) <= 1e-9 * max(1.0, float(want))
    checks.append(Check("total probability (fractions): joint share / sum of joint shares", ok,
                        f"answer {value}, fractions {want}"))  # fmt: skip
    return checks
