"""Two-level effect algebra: effects as words over factor letters, multiplied modulo squares.

A word is a bit mask (bit j is factor j, lettered A, B, C ... with I skipped, as in Montgomery);
multiplying two effects is the XOR of their masks. A signed word is ``(sign, mask)``. The defining
relation, the resolution, the word-length pattern and the alias chains all come from this algebra.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"  # I is the identity, so factors skip it

SignedWord = tuple[int, int]  # (+1 or -1, mask)


def letters(n: int) -> list[str]:
    """The letters of the first ``n`` factors."""
    if n > len(LETTERS):
        raise ValueError(f"two-level word algebra supports at most {len(LETTERS)} factors, got {n}")
    return list(LETTERS[:n])


def length(mask: int) -> int:
    """The number of letters in a word."""
    return bin(mask).count("1")


def text(mask: int, names: Sequence[str]) -> str:
    """The word's letters in factor order (``"I"`` for the empty word)."""
    return "".join(names[j] for j in range(len(names)) if mask >> j & 1) or "I"


def signed_text(word: SignedWord, names: Sequence[str]) -> str:
    sign, mask = word
    return ("-" if sign < 0 else "") + text(mask, names)


def sort_key(mask: int) -> tuple[int, list[int]]:
    """Shorter words first, then by the factors they contain (AB < AC < BC)."""
    return length(mask), [j for j in range(mask.bit_length()) if mask >> j & 1]


def parse_word(word: str, names: Sequence[str]) -> int:
    """Letters to a mask; raises ValueError naming an unknown or repeated letter."""
    mask = 0
    for ch in word:
        if ch not in names:
            raise ValueError(f"'{ch}' is not a factor letter (factors are {', '.join(names)})")
        bit = 1 << names.index(ch)
        if mask & bit:
            raise ValueError(f"letter '{ch}' is repeated in '{word}'")
        mask |= bit
    return mask


_GENERATOR = re.compile(r"^\s*([A-Z])\s*=\s*([+-]?)\s*([A-Z]+)\s*$")


def parse_generator(spec: str, names: Sequence[str]) -> tuple[int, SignedWord]:
    """``"E = ABCD"`` or ``"F=-ABC"`` to (index of the generated factor, signed word of base factors)."""
    match = _GENERATOR.match(spec.upper())
    if match is None:
        raise ValueError(f"'{spec}' is not a generator of the form 'E = ABCD' or 'F = -ABC'")
    target, sign, word = match.groups()
    if target not in names:
        raise ValueError(f"'{target}' is not a factor letter (factors are {', '.join(names)})")
    mask = parse_word(word, names)
    if length(mask) < 2:
        raise ValueError(f"'{spec}': a generator is a product of at least two factors")
    return names.index(target), (-1 if sign == "-" else 1, mask)


def defining_words(generators: Iterable[SignedWord]) -> list[SignedWord]:
    """All products of the defining generators (the defining relation without I), sorted."""
    group: dict[int, int] = {0: 1}
    for sign, mask in generators:
        for m, s in list(group.items()):
            group[m ^ mask] = s * sign
    return sorted(((s, m) for m, s in group.items() if m), key=lambda w: sort_key(w[1]))


def word_length_pattern(masks: Iterable[int], n_factors: int) -> list[int]:
    """(A3, A4, ..., Ak): how many defining words have each length from 3 to ``n_factors``."""
    pattern = [0] * max(n_factors - 2, 0)
    for mask in masks:
        if length(mask) >= 3:
            pattern[length(mask) - 3] += 1
    return pattern


def resolution(masks: Iterable[int]) -> int | None:
    """Length of the shortest defining word; None for a full factorial (no defining words)."""
    lengths = [length(m) for m in masks]
    return min(lengths) if lengths else None


def roman(n: int | None) -> str:
    """3 -> "III"; None -> "full"."""
    if n is None:
        return "full"
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, symbol in numerals:
        while n >= value:
            out += symbol
            n -= value
    return out


def effects_up_to(n_factors: int, order: int) -> list[int]:
    """Every effect of 1..order letters, main effects first."""
    return [
        sum(1 << j for j in combo)
        for size in range(1, order + 1)
        for combo in itertools.combinations(range(n_factors), size)
    ]


def aliases(effect: int, words: Sequence[SignedWord], order: int) -> list[SignedWord]:
    """The effects of at most ``order`` letters aliased with ``effect``, sorted, with their signs."""
    found = [(sign, effect ^ mask) for sign, mask in words if 0 < length(effect ^ mask) <= order]
    return sorted(found, key=lambda w: sort_key(w[1]))
