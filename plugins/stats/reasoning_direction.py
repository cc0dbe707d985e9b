"""Which of two labelled groups a one-sided test's alternative says is larger, read from the question's words:
"does the mean of A exceed the mean of B?", "is line 2's reject rate higher than line 1's?", "is line A slower
than line B?" (of times), "did the torque drop after the retrofit?", "new > old", "H1: mu_B > mu_A". Each group is
named by the label written before its data ("group A: 41.2, ...", "line 2 had 45 rejects out of 900")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from plugins.api.nouns import singular
from plugins.api.prose import blank_spans

Span = tuple[int, int]

# the words of a comparison: up or down; times read "slower" as longer and "faster" as shorter
_UP = (r"greater|larger|higher|bigger|more|longer|heavier|taller|thicker|stronger|wider|above|exceed(?:s|ed|ing)?|"
       r"surpass(?:es|ed)?|"
       r"increase[sd]?|rose|rise[sn]?|grew|went up|>")  # fmt: skip
_DOWN = (r"smaller|lower|less|fewer|shorter|lighter|thinner|weaker|narrower|below|decrease[sd]?|reduced?|"
         r"drop(?:s|ped)?|fell|fall(?:s|en)?|declined?|went down|shrank|<")  # fmt: skip
_TIME_UP, _TIME_DOWN = r"slower", r"faster|quicker|sooner"
# words that say which group is preferred, not which is larger
AMBIGUOUS = r"\b(?:better|worse|outperform\w*|beats?|superior|inferior|improve[sd]?|improvement)\b"
_NOT_DIRECTION = r"(?![- ](?:spec|limit|bound|tail|sided|control|quartile|\d))"
_WAY = re.compile(
    rf"(?<![\w<>=])(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<time_up>{_TIME_UP})|(?P<time_down>{_TIME_DOWN}))"
    rf"(?![\w<>=]){_NOT_DIRECTION}",
    re.I,
)
# what is compared is a spread, not a location: a test of means does not answer it
_SPREAD = re.compile(r"\bvarian|\bvariab|\bspread\b|\bscatter|\bstandard deviations?\b|\bsds?\b|\bdispersion|"
                     r"\bconsisten|\bprecis|\bstable\b|\bstability\b", re.I)  # fmt: skip
# the group compared against follows these words ("than line 1's", "exceed the mean of B", "above A's")
_STRONG_PIVOT = r"than|exceed(?:s|ed|ing)?|surpass(?:es|ed)?|above|below|>|<"
_PIVOT = re.compile(
    rf"(?:(?<![\w<>=])(?:{_STRONG_PIVOT})|\b(?:over|compared (?:to|with)|relative to|versus|vs\.?|against))"
    r"\s*(?:[\w'.]+\s+){0,3}$",
    re.I,
)
_DURATION = re.compile(r"\b(?:times?|durations?|latenc(?:y|ies)|lead[- ]?times?|seconds?|secs?|minutes?|mins?|"
                       r"hours?|hrs?|days?|ms)\b|\((?:s|sec|min|h|hr|ms)\)", re.I)  # fmt: skip
_SPEED = re.compile(r"\bspeeds?\b|\bvelocit|\brpm\b|\bthroughput\b|\bper (?:second|minute|hour|sec|min|hr|s|h)\b|"
                    r"/\s*(?:s|sec|min|h|hr)\b|\brates?\b|\bfrequenc", re.I)  # fmt: skip


@dataclass(frozen=True)
class Direction:
    """The alternative for first - second, the groups' labels (first, second) and the one H1 says is larger."""

    side: str
    labels: tuple[str, str]
    larger: str
    note: str | None = None  # how a word was read ("slower" as a longer time)

    def facts(self) -> dict[str, Any]:
        """What the plan records, so that the audit can restate the alternative from it."""
        found: dict[str, Any] = {"direction": {"larger": self.larger, "labels": list(self.labels)}}
        return {**found, "assumed": self.note} if self.note else found


def side_from(larger: str, labels: tuple[str, str] | list[str]) -> str:
    """The alternative for first - second when H1 says the group labelled ``larger`` is the larger."""
    return "greater" if larger == labels[0] else "less"


def of_durations(question: str) -> bool:
    """Whether the values compared are times ("cycle times (s)", "lead time in days"), not speeds or rates."""
    return bool(_DURATION.search(question)) and not _SPEED.search(question)


def time_note(word: str, question: str) -> str | None:
    """How a time word is read when the values are times ("'slower' means a longer time ..."); None otherwise."""
    if not (re.fullmatch(rf"{_TIME_UP}|{_TIME_DOWN}", word, re.I) and of_durations(question)):
        return None
    longer = "longer" if re.fullmatch(_TIME_UP, word, re.I) else "shorter"
    return f"'{word.lower()}' means a {longer} time (the values compared are times)"


# a note of order ending a list's heading, no label: "conditioned values in the same order:", "aged, same order:",
# "..., respectively:"
_ORDER_NOTE = re.compile(
    r"[\s,]*\b(?:(?:in\s+)?(?:the\s+)?(?:same|matching|corresponding)\s+order|respectively)(?=\s*[:=]?\s*$)"
)


def group_labels(question: str, spans: list[Span]) -> tuple[str, str] | None:
    """The words that tell two groups apart, from the words written before each group's data (``spans``): the
    word before a colon ("line A: ..." -> "line a"), else the nearest one the other's lacks ("torque before: ...
    after: ..." -> ("before", "after"); "line 1 had 27 rejects ..., line 2 had 45 ..." -> ("line 1", "line 2"));
    None unless there are two groups with distinct labels."""
    if len(spans) != 2:
        return None
    heads = []
    for i, (start, _) in enumerate(spans):
        head = question[spans[i - 1][1] if i else 0 : start].lower()
        head = _ORDER_NOTE.sub("", re.sub(r"\([^)]*\)", " ", head))  # "conditioned values in the same order:"
        heads.append(re.split(r"[.;?!\n]", head)[-1])
    words = [re.findall(r"[a-z][\w'-]*|\d+\b", head)[-4:] for head in heads]
    labels = [_label(words[i], words[1 - i], heads[i]) for i in (0, 1)]
    return (labels[0], labels[1]) if None not in labels and labels[0] != labels[1] else None  # type: ignore[return-value]


_FILLER = {"and", "the", "a", "an", "of", "vs", "versus", "for", "with", "are", "is", "were", "was", "values", "data"}


_DATA_WORDS = {"values", "data"}  # a heading's word that names no group: "dry values:", "conditioned data:"


def _label(own: list[str], other: list[str], head: str) -> str | None:
    """The nearest of a group's words that the other group's lack: a word before a colon first, then one that
    is not filler; a single letter or a number with the word before it ("line a", "line 1")."""
    distinct = [i for i, w in enumerate(own) if w not in other]
    if not distinct:
        return None
    last = len(own) - 1
    heading = re.search(r"([a-z][\w'-]*|\d+)\s*[:=]\s*$", head)  # "line A:"
    marked = _marker(own[last]) and last > 0 and own[last - 1] in other  # "server A 120"
    headed = heading is not None and own[last] == heading.group(1) and own[last] not in _DATA_WORDS  # "dry values:"
    if not (last in distinct and (headed or marked)) and len(distinct) > 1:
        distinct = [i for i in distinct if own[i] not in _FILLER]
    if not distinct:
        return None
    i = distinct[-1]
    return " ".join(own[max(i - 1, 0) : i + 1]) if _marker(own[i]) else own[i]


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _marker(word: str) -> bool:
    """Whether a word only tells groups apart beside the word before it: a letter, a number, a number word ("line
    2", "line two")."""
    return len(word) == 1 or word.isdigit() or word in _NUMBER_WORDS


def states_comparison(question: str) -> bool:
    """Whether the question uses a word of comparison ("higher", "fewer", "better", ">"), so that a direction may be
    asked even where no groups' data can be told apart to read it."""
    return bool(_WAY.search(question) or re.search(AMBIGUOUS, question, re.I))


def stated_direction(question: str, spans: list[Span], words: bool = True) -> Direction | None:
    """The direction a comparison of the labelled groups states, in words ("is line 2's rate higher than line
    1's?") or symbols ("new > old"; only symbols when ``words`` is False); None when there is none, the
    comparison names a group no label matches, or the question's comparisons disagree."""
    labels = group_labels(question, spans)
    if labels is None:
        return None
    text = _masked(question, spans)
    refs = _references(text, labels)
    read = set()
    for start, end in _sentences(text):
        if not any(start <= s < end for s, _, _ in refs):  # "H1: consumption went down" of before/after groups
            sentence = text[start:end]
            changed = _change_direction(sentence, labels)
            if (changed := _treatment_direction(sentence, labels) if changed is None else changed) is not None:
                read.add((changed, None))
            continue
        found = _sentence_direction(text[start:end], [(s - start, e - start, i) for s, e, i in refs if start <= s < end],
                                    question, words)  # fmt: skip
        if found is not None:
            read.add(found)
    if len({larger for larger, _ in read}) != 1:
        return None
    larger, note = sorted(read, key=lambda r: r[1] or "")[-1]
    return Direction(side_from(labels[larger], labels), labels, labels[larger], note)


# the groups measured before and after a change, and the verbs that say how the change went
_BEFORE_AFTER = ({"before", "after"}, {"pre", "post"})
_CHANGE_UP = r"increased|rose|grew|went up|climbed"
_CHANGE_DOWN = r"decreased|reduced|dropped|fell|declined|went down|shrank"


def _change_direction(sentence: str, labels: tuple[str, str]) -> int | None:
    """The larger group (index into ``labels``) a sentence naming neither group says by a verb of change ("H1:
    consumption went down", "the scrap rate dropped") when the groups are before and after a change: down means
    before is the larger; None otherwise (other groups, no such verb, both ways, a negation, a spread)."""
    if (
        set(labels) not in _BEFORE_AFTER
        or re.search(r"\bnot\b|n't\b|\bno\b", sentence, re.I)
        or _SPREAD.search(sentence)
    ):
        return None
    up = re.search(rf"\b(?:{_CHANGE_UP})\b", sentence, re.I)
    down = re.search(rf"\b(?:{_CHANGE_DOWN})\b", sentence, re.I)
    if bool(up) == bool(down):
        return None
    later = labels.index("after" if "after" in labels else "post")
    return later if up else 1 - later


# a treatment's verb of effect on what is measured: "conditioning reduces the ILSS", "H1: coating increases hardness"
_EFFECT_UP = r"increase[sd]?|raise[sd]?"
_EFFECT_DOWN = r"reduce[sd]?|lower(?:s|ed)?|decrease[sd]?"
_EFFECT = re.compile(
    rf"\b(?P<noun>[a-z]{{4,}})\s+(?:(?:will|would|does|did|can|may|should)\s+)?(?:(?P<up>{_EFFECT_UP})|(?P<down>{_EFFECT_DOWN}))\b",
    re.I,
)


def _treatment_stems(noun: str) -> set[str]:
    """The stems a treatment's noun may share with its group's participle: "conditioning" -> {"condition",
    "conditione"}, "ageing" -> {"age", "agee"}, "treatment" -> {"treat"}, "irradiation" -> {"irradiat", "irradi"};
    empty for a word that names no treatment (not -ing, -ion, -ment or -ure)."""
    word = noun.lower()
    for suffix in ("ing", "ure"):
        if word.endswith(suffix):
            return {word[:-3], word[:-3] + "e"}
    if word.endswith("ment"):
        return {word[:-4]}
    if word.endswith("ion"):
        return {word[:-3], word[:-5]} if word.endswith("ation") else {word[:-3]}
    return set()


def _treated_label(noun: str, labels: tuple[str, str]) -> int | None:
    """Which group (index into ``labels``) a treatment's noun names by its participle ("conditioning" ->
    "conditioned", "ageing" -> "aged", never "unaged"); None when it names neither or both."""
    stems = {stem for stem in _treatment_stems(noun) if len(stem) >= 2}
    named = [
        i
        for i, label in enumerate(labels)
        if any(word.endswith("ed") and stems & {word[:-2], word[:-1]} for word in label.split())
    ]
    return named[0] if len(named) == 1 else None


def _treatment_direction(sentence: str, labels: tuple[str, str]) -> int | None:
    """The larger group (index into ``labels``) a sentence naming neither group says by a treatment's verb of
    effect whose noun is one group's participle, the other group the baseline ("the alternative that conditioning
    reduces the ILSS" of dry and conditioned groups: dry is the larger); None otherwise (no such verb, a noun that
    names neither group or both, both ways, a negation, a spread)."""
    if re.search(r"\bnot\b|n't\b|\bno\b", sentence, re.I) or _SPREAD.search(sentence):
        return None
    read = set()
    for m in _EFFECT.finditer(sentence):
        treated = _treated_label(m.group("noun"), labels)
        if treated is None:
            return None
        read.add(treated if m.group("up") else 1 - treated)
    return read.pop() if len(read) == 1 else None


def operand_index(operand: str, labels: tuple[str, str] | None) -> int | None:
    """Which group an operand of "H1: mu_B > mu_A" names: a label ("line 2", "B", "new"; with or without the
    parameter before it), else a subscript 1 or 2 (a or b when the groups have no labels): the first or second
    group written; None when it names neither."""
    plain = re.sub(r"^\s*(?:the\s+)?|\s*[)\]}]?\s*(?:'s)?\s*$", "", operand.lower())
    bare = re.sub(r"^(?:mean|median|mu|μ|m|p|pi|π|eta|η|theta|θ)\s*(?:of\s+)?[_(\[{]?\s*", "", plain)
    for core in (plain, bare):  # the operand's first words ("mu2 at alpha 0.05")
        for i, label in enumerate(labels or ()):
            if any(re.match(rf"{re.escape(form)}(?![\w-])", core) for form in (label, label.split()[-1])):
                return i
    index = re.match(r"([12ab])(?![\w-])", bare)
    positions = {"1": 0, "2": 1, **({"a": 0, "b": 1} if labels is None else {})}
    return positions.get(index.group(1)) if index else None


def _masked(question: str, spans: list[Span]) -> str:
    """The question with the groups' data blanked (same length, so positions stay)."""
    return blank_spans(question, spans)


def _sentences(text: str) -> list[Span]:
    """Where each sentence or clause is (split at . ; : ? ! and line breaks, not inside a number)."""
    bounds = [0, *(m.end() for m in re.finditer(r"[;?!:\n]|\.(?!\d)", text)), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _references(text: str, labels: tuple[str, str]) -> list[tuple[int, int, int]]:
    """(start, end, group) of each mention of a label (see ``_forms``)."""
    found = []
    for i, label in enumerate(labels):
        for pattern, flags in _forms(label, labels[1 - i]):
            found += [(m.start(), m.end(), i) for m in re.finditer(pattern, text, flags)]
    found.sort(key=lambda r: (r[0], -r[1]))
    kept: list[tuple[int, int, int]] = []
    for ref in found:  # the "A" inside "line A" is the same mention
        if not kept or ref[0] >= kept[-1][1]:
            kept.append(ref)
    return kept


def _forms(label: str, other: str) -> list[tuple[str, int]]:
    """Patterns of the ways a label is mentioned: the label in any case with its last word inflected ("nights",
    "night", "night-shift"; "line 2", "line two"), and its last word alone when the other label shares the words
    before it or is itself a letter ("a" of "line a" or "supplier a" beside "b": "A" only in capitals, never the
    article; a number alone never)."""
    words = label.split()
    head = "".join(rf"{re.escape(w)}\s+" for w in words[:-1])
    forms = [(rf"{head}{_inflected(words[-1])}", re.I)]
    short, rest = words[-1], other.split()
    shares = len(words) > 1 and (rest[:-1] == words[:-1] or (len(short) == 1 and len(rest[-1]) == 1))
    if (shares or len(label) == 1) and len(short) == 1 and short.isalpha():
        forms = [*forms[: len(words) > 1], (re.escape(short.upper()), 0)]
    elif shares and not _marker(short):
        forms.append((_inflected(short), re.I))
    end = r"(?![\w-]|\.\d)" if _marker(short) else r"(?!\w|-[^a-z])"  # "night-shift" is a mention of "night"
    return [(rf"(?<![\w'-]){pattern}{end}", flags) for pattern, flags in forms]


def _inflected(word: str) -> str:
    """A pattern of a label's last word in its forms: singular and plural ("day", "days"; "batch", "batches";
    "assembly", "assemblies"), a number as a digit or a word ("2", "two")."""
    if word.isdigit() and int(word) < len(_NUMBER_WORDS):
        return rf"(?:{word}|{_NUMBER_WORDS[int(word)]})"
    if word in _NUMBER_WORDS:
        return rf"(?:{word}|{_NUMBER_WORDS.index(word)})"
    if len(word) < 3 or not word.isalpha():
        return re.escape(word)
    stem = singular(word)
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return rf"{re.escape(stem[:-1])}(?:y|ies)"
    return rf"{re.escape(stem)}(?:es|s)?"


def _sentence_direction(sentence: str, refs: list[tuple[int, int, int]], question: str,
                        words: bool) -> tuple[int, str | None] | None:  # fmt: skip
    """(the group H1 says is larger, a note) from one sentence: one way (up or down), one group named before it
    and, after "than"/"exceed"/"over"/"from", the other; None when the sentence does not say that plainly."""
    if not refs or re.search(r"\bnot\b|n't\b|\bno\b", sentence, re.I) or _SPREAD.search(sentence):
        return None
    ways, note = set(), None
    for m in _WAY.finditer(sentence):
        if not words and m.group(0) not in "<>":
            continue
        if re.match(r"\s+by\b", sentence[m.end() :]):  # "B is exceeded by A": passive, not read
            return None
        kind = m.lastgroup or ""
        if kind.startswith("time"):
            if not (note := time_note(m.group(0), question)):
                continue
        ways.add("up" if kind in {"up", "time_up"} else "down")
    if len(ways) != 1:
        return None
    subject, against = set(), set()
    for k, (start, end, group) in enumerate(refs):  # "than" just before a mention, no other mention between
        before = sentence[refs[k - 1][1] if k else 0 : start]
        following = sentence[end : refs[k + 1][0]] if k + 1 < len(refs) else ""
        base = bool(re.search(r"\bfrom\s+(?:the\s+)?$", before) and re.search(r"\bto\s+(?:the\s+)?$", following))
        (against if base or _PIVOT.search(before) else subject).add(group)
    strong = re.search(rf"(?<![\w<>=])(?:{_STRONG_PIVOT})(?![\w<>=])", sentence, re.I)
    if len(subject) != 1 or not against <= {1 - min(subject)} or (strong and not against):
        return None
    group = subject.pop()
    return (group if ways.pop() == "up" else 1 - group), note
