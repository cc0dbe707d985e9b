"""Cardinal numbers written in words, as digits: "twelve bolts" -> "12 bolts", "twenty-five" -> "25", "one hundred
and twenty" -> "120", "a dozen" -> "12", "two and a half" -> "2.5", "five per cent" -> "5%", and decimals read digit by digit after "point" ("zero point
eight" -> "0.8", "one point five" -> "1.5", "point two five" -> "0.25", "two point oh five" -> "2.05").

Words that name a method or describe a thing stay as written: a number joined by a hyphen to a word ("two-sided",
"one-way", "two-level", "a two-minute window", "one-eighth"), one before the name of a design ("one sample t-test",
"two way ANOVA", "two proportions", "two sided"), and "one" or "zero" alone unless it is a count after a
comparison ("at most one of them" -> "at most 1 of them", "exactly one", "one or more", "one percent"): "one of them",
"no one", "the one", "one more", "one at a time", "one shift", "zero defects" (read as none), "approaches zero" keep
their word. Ordinals ("first", "second derivative") are not cardinals.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"thousand": 1000, "million": 1_000_000}
_WORD = re.compile(r"[A-Za-z]+")
# a word after a number that makes the pair the name of a method or a design, not a count
_NAMES = r"samples?|sided|tailed|tails?|ways?|proportions?|factor|level|stage|populations?"
# words before "one" that make it a count ("at most one of them is bad"), and after it ("one or more")
_COMPARED = (
    r"(?:at most|at least|exactly|more than|fewer than|less than|no more than|no fewer than|no less than|up to|"
    r"only|precisely)\s+$"
)
_NUMBER_WORD = rf"(?:\d|(?:{'|'.join([*_SMALL, *_TENS])})\b)"
_OR_MORE = rf"\s*(?:%|per\s?cent\b)|\s+(?:or\s+(?:fewer|less|more|greater)\b|(?:or|to|through)\s+{_NUMBER_WORD})"
_PAIRED = rf"(?:\b(?:between|from)|{_NUMBER_WORD}\s+(?:or|to|and))\s+$"  # "between one and five", "zero or one"
# words after "zero" that leave it a value ("zero and", "zero as x", "zero to pi"), not a quantifier ("zero defects")
_FUNCTION_WORDS = r"(?:and|or|to|as|when|at|in|of|for|from|is|with|then|through|but|if|so|plus|minus|times)\b"
# the digits after "point" ("oh" and "nought" only there), and the words before a lone "point" that make it a place
# or a thing ("the point", "set point two"), not a decimal
_DECIMAL_DIGITS = {**{word: str(value) for word, value in _SMALL.items() if value < 10}, "oh": "0", "nought": "0"}
_NOT_BEFORE_POINT = {
    "a", "an", "the", "this", "that", "each", "every", "any", "which", "what", "one", "set", "data", "end", "mid",
    "break", "change", "test", "decimal", "boiling", "melting", "freezing", "operating", "design", "starting",
}  # fmt: skip
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*per\s?cent\b", re.I)


@dataclass
class _Reading:
    """A cardinal being read word by word: the finished thousands, the group below them, the last word's kind."""

    total: int = 0
    group: int = 0
    last: str = ""
    scale: int = 0  # the smallest scale word read so far (0 before any)

    def take(self, word: str) -> bool:
        """Read ``word`` when it continues the number; False (nothing changed) when it does not."""
        kind = _kind(word)
        value = _SMALL.get(word) or _TENS.get(word) or 0
        tens_done = self.last == "tens" and kind == "unit"
        if kind in {"unit", "teen", "tens"} and (tens_done or self.last in {"", "hundred", "scale", "and"}):
            if word == "zero" and self.last:
                return False
            self.group += value
            self.last = "unit" if tens_done else kind
        elif kind == "hundred" and self.last in {"unit", "teen", "tens", "a"} and 0 < self.group < 100:
            self.group, self.last = self.group * 100, "hundred"
        elif (
            kind == "scale" and self.last not in {"", "scale", "and"} and (not self.scale or _SCALES[word] < self.scale)
        ):
            self.total, self.group, self.scale = self.total + self.group * _SCALES[word], 0, _SCALES[word]
            self.last = "scale"
        elif kind == "a" and not self.last:
            self.group, self.last = 1, "a"
        else:
            return False
        return True

    @property
    def value(self) -> int:
        return self.total + self.group


def _kind(word: str) -> str:
    if word in _SMALL:
        return "teen" if _SMALL[word] >= 10 or word == "zero" else "unit"
    if word in _TENS:
        return "tens"
    if word in _SCALES:
        return "scale"
    return {"hundred": "hundred", "a": "a", "an": "a"}.get(word, "")


def number_words(text: str) -> str:
    """``text`` with its cardinal numbers in words written in digits (see the module's docstring)."""
    text = re.sub(r"\bhalf an? dozen\b", "6", text, flags=re.I)
    words = list(_WORD.finditer(text))
    out, last, i = [], 0, 0
    while i < len(words):
        found = _cardinal(text, words, i)
        if found is None:
            i += 1
            continue
        end_word, value, end = found
        out += [text[last : words[i].start()], value]
        last, i = end, end_word
    return _PERCENT.sub(r"\1%", "".join(out) + text[last:])


def _cardinal(text: str, words: list[re.Match[str]], i: int) -> tuple[int, str, int] | None:
    """The cardinal starting at word ``i``: (the index of the word after it, its digits, where it ends in
    ``text``); None when no cardinal starts there, or when its words name a method or are not a count."""
    start = words[i].start()
    if start and (text[start - 1].isdigit() or text[start - 1] in "_-"):
        return None  # "x2two", "type-two": part of a name
    if words[i].group(0).lower() == "point":
        return _lone_point(text, words, i)
    if words[i].group(0) in {"A", "An"} and not re.search(r"(?:^|[.!?;:]\s)\s*$", text[:start]):
        return None  # "line A hundred": a label, not the article
    reading, j, end = _Reading(), i, start
    while j < len(words) and _joined(text, end, words[j], j == i):
        word = words[j].group(0).lower()
        if word == "and" and reading.last in {"hundred", "scale"} and _tail(words, j + 1, reading.last):
            reading.last, end, j = "and", words[j].end(), j + 1
            continue
        if word == "dozen" and reading.last in {"a", "unit", "teen", "tens"} and reading.scale == 0:
            reading.group, reading.last, end, j = reading.group * 12, "dozen", words[j].end(), j + 1
            break
        if not reading.take(word):
            break
        end, j = words[j].end(), j + 1
    if reading.last in {"", "a", "and"}:
        return None
    digits, j, end = _half(text, words, j, end, reading.value)
    if digits == str(reading.value):
        decimals, j, end = _decimals(text, words, j, end)
        digits += decimals
    taken = text[start:end].lower()
    if _named(text, end, start) or (taken in {"zero", "one"} and not _counted(text, start, end, taken)):
        return None
    return j, digits, end


def _tail(words: list[re.Match[str]], j: int, last: str) -> bool:
    """Whether the words from ``j`` go on the number after its "and" ("one hundred and twenty", "... and twenty
    thousand", "two thousand and five"), not start a second one ("between one hundred and two hundred", "between
    two thousand and five thousand")."""
    kinds = [_kind(word.group(0).lower()) for word in words[j : j + 3]]
    below = list(itertools.takewhile(lambda kind: kind in {"unit", "teen", "tens"}, kinds))
    after = kinds[len(below) : len(below) + 1]
    return bool(below) and after != ["hundred"] and (last == "hundred" or after != ["scale"])


def _joined(text: str, end: int, word: re.Match[str], first: bool) -> bool:
    """Whether ``word`` follows the number read so far as part of it: after spaces or a hyphen."""
    return first or bool(re.fullmatch(r"\s+|\s*-\s*", text[end : word.start()]))


def _half(text: str, words: list[re.Match[str]], j: int, end: int, value: int) -> tuple[str, int, int]:
    """The digits of ``value``, with "and a half" ("two and a half" -> "2.5") read when it follows."""
    m = re.compile(r"\s+and\s+(?:a|one)\s+half\b", re.I).match(text, end)
    if m is None:
        return str(value), j, end
    while j < len(words) and words[j].start() < m.end():
        j += 1
    return f"{value}.5", j, m.end()


def _decimals(text: str, words: list[re.Match[str]], j: int, end: int) -> tuple[str, int, int]:
    """The decimals read digit by digit when "point" follows the number ending at ``end`` ("one point five" ->
    ".5", "two point oh five" -> ".05"): ("", j, end) when none follow."""
    if j >= len(words) or words[j].group(0).lower() != "point" or not _joined(text, end, words[j], False):
        return "", j, end
    return _point_digits(text, words, j) or ("", j, end)


def _point_digits(text: str, words: list[re.Match[str]], j: int) -> tuple[str, int, int] | None:
    """The decimals after the "point" at word ``j``: (".05", the index of the word after them, where they end); None
    when no digit words follow, or when they run on into a number not read digit by digit ("point twenty five")."""
    digits, k, stop = "", j + 1, words[j].end()
    while k < len(words) and _joined(text, stop, words[k], False) and words[k].group(0).lower() in _DECIMAL_DIGITS:
        if _named(text, words[k].end()):
            break  # "point two-sided": a name follows
        digits, stop, k = digits + _DECIMAL_DIGITS[words[k].group(0).lower()], words[k].end(), k + 1
    if not digits or (k < len(words) and _joined(text, stop, words[k], False) and _kind(words[k].group(0).lower())):
        return None
    return "." + digits, k, stop


def _lone_point(text: str, words: list[re.Match[str]], i: int) -> tuple[int, str, int] | None:
    """A decimal below one that starts at "point" ("point two five" -> "0.25"); None after a word that makes
    "point" a place or a thing ("the point", "set point two")."""
    if i and words[i - 1].group(0).lower() in _NOT_BEFORE_POINT and _joined(text, words[i - 1].end(), words[i], False):
        return None
    found = _point_digits(text, words, i)
    return None if found is None else (found[1], "0" + found[0], found[2])


def _named(text: str, end: int, start: int | None = None) -> bool:
    """Whether the number ending at ``end`` is part of a name: joined by a hyphen to a word ("two-sided", "one-way",
    "a two-minute window"), or before the word of a design ("two sample t-test", "two proportions") unless a
    comparison before the number at ``start`` makes it a count ("exactly two samples exceed")."""
    after = text[end:]
    if re.match(r"\s*-\s*[A-Za-z]|['’]\w", after):
        return True
    compared = start is not None and re.search(_COMPARED, text[:start], re.I)
    return bool(re.match(rf"\s+(?:{_NAMES})\b", after, re.I)) and not compared


def _counted(text: str, start: int, end: int, word: str) -> bool:
    """Whether a lone "zero" or "one" is a number: after a comparison ("at most one", "exactly one"), before "or
    more"/"or fewer" or a percent sign, or one end of a range ("one or two", "between one and five"); "zero" also
    as a value ("approaches zero", "from zero to pi"), not before a noun ("zero defects": none)."""
    if word == "zero" and not re.match(rf"\s+(?!{_FUNCTION_WORDS})[a-z]", text[end:], re.I):
        return True
    before = text[:start]
    return bool(re.search(f"{_COMPARED}|{_PAIRED}", before, re.I) or re.match(_OR_MORE, text[end:], re.I))
