"""The domain an equation's roots are asked in, as the question words it, and those words taken out of it.

"solve x^2 + 4x + 13 = 0 (complex roots ok)", "... over the complex numbers", "find the complex roots of ..."
ask for complex roots; "real roots of ...", "... over the reals", "real solutions only", "for real x" for real ones. Otherwise
the real roots are given, or the complex ones when there is no real root (said in a note). "only the positive
root", "the positive solution", "t > 0", "positive Q", "Q (positive)", "the (positive) N" ask for the roots > 0; "the non-negative
root", "t >= 0", "the physical root", "the physically meaningful N" for those >= 0. Every real root is given when
the question asks for all or both roots or for the unphysical one too ("all real roots (both, even the non-physical
one)"), whatever sign words it uses beside.
"""

from __future__ import annotations

import re

_NUMBERS = r"(?:numbers?|plane|line|field|domain)"
_COMPLEX = re.compile(r"(?<!no )(?<!not )(?<!without )\bcomplex\b|\bover\s+c\b|\bin\s+c\b(?!\s*\w)|ℂ", re.I)
_REAL = re.compile(r"\breal\b|\breals\b|\bover\s+r\b|ℝ", re.I)
_SIGN = r"(?:strictly\s+)?positive|non-?negative|nonnegative"
# "the physically meaningful root", "the physical solution", "physically realistic N": a root >= 0 (not "the
# non-physical one", "unphysical roots", which ask for the others)
_PHYSICAL = (
    r"(?<!non-)(?<!non)(?<!un)physical(?:ly\s+(?:meaningful|realistic|sensible|possible|valid|admissible|relevant))?"
)
# a root the asker calls unphysical: "the non-physical one", "the unphysical root", "the spurious one"
_UNPHYSICAL = r"(?:non-?|un)physical|nonsense|spurious|extraneous|meaningless|unrealistic"
# "the positive root", "positive solution(s)", "the non-negative one"; "t > 0", "x >= 0", "t ≥ 0"
# the words before a name that ask its sign: "for positive N", "for the physically meaningful (positive) N"
SIGN_WORDS = rf"(?:the\s+)?(?:(?:{_SIGN}|{_PHYSICAL}|\(\s*(?:{_SIGN})\s*\))\s+)+"
_SIGNED = re.compile(
    rf"\b(?P<word>{_SIGN}|{_PHYSICAL})\s+(?:real\s+)?(?:roots?|solutions?|zeros?|answers?|values?|ones?|[a-z](?![\w'(]))\b"
    r"|(?<![\w.^*/+-])[a-z]\s*(?P<op>>=|≥|>)\s*0(?!\w|\.\d)"
    rf"|(?<![\w.^*/+-])[a-z]\s*\(\s*(?P<said>{_SIGN})\s*\)"  # "what flow Q (positive)"
    rf"|\(\s*(?P<before>{_SIGN}|{_PHYSICAL})\s*\)\s*[a-z](?![\w'(])",  # "the physically meaningful (positive) N"
    re.I,
)
_PHRASES = re.compile(
    rf"[\s,;]*\b(?:over|in)\s+(?:the\s+)?(?:complex|reals?|c|r)(?:\s+{_NUMBERS})?\b(?!\s*[\w(])"
    rf"|[\s,;]*\b(?:(?:with|allowing|including|include|allow|only)\s+)?(?:complex|real)\s+"
    rf"(?:roots?|solutions?|zeros?|answers?|values?|ones|{_NUMBERS})(?:\s+(?:are|is))?"
    rf"(?:\s+(?:ok(?:ay)?|allowed|fine|welcome|too|included|only|accepted|please))*(?=[\s,;.?!]*$)"
    # "for real x" (also before the equation: "solve for real x: ..."), "for x real", "where x is complex"
    rf"|[\s,;]*\b(?:for|with|where)\s+(?:(?:all|every|any)\s+)?(?:real|complex)\s+[a-z]\b(?=[\s,;.?!]*$|\s*:)"
    rf"|[\s,;]*\b(?:for|with|where)\s+[a-z]\s+(?:is\s+|being\s+)?(?:real|complex)\b(?=[\s,;.?!]*$)"
    # a sign condition: "(t > 0)", ", with x >= 0", "for t ≥ 0"
    rf"|[\s,;]*\(?\s*(?:\b(?:for|with|where|and|assuming|given)\s+)?"
    rf"(?<![\w.^*/+-])[a-z]\s*(?:>=|≥|>)\s*0(?!\w|\.\d)\s*\)?",
    re.I,
)


# the negative roots set aside: "discard the negative root", "ignoring negative solutions" leave those >= 0
_DISCARDED = re.compile(
    r"\b(?:discard(?:ing)?|ignor(?:e|ing)|reject(?:ing)?|drop(?:ping)?|exclud(?:e|ing)|throw(?:ing)? out|without)\s+"
    r"(?:the\s+|any\s+|all\s+)?negative\s+(?:real\s+)?(?:roots?|solutions?|zeros?|ones?|values?)\b",
    re.I,
)


# every root asked: "give both roots, I'll throw out the negative one" leaves the discarding to the user
_ALL_ASKED = re.compile(r"\b(?:both|all(?:\s+the)?|every)\s+(?:real\s+)?(?:roots?|solutions?|zeros?|values?)\b", re.I)


def solve_domain(question: str) -> str:
    """ "complex" when the question asks for complex roots, "real" when it asks for real ones only, "positive" or
    "nonnegative" when it asks for the roots > 0 or >= 0 (or discards the negative ones, unless it asks for both or
    all roots), else "auto" (real roots, or complex ones where there is no real root)."""
    signed = _SIGNED.search(question)
    if signed and signed["op"] is None and asks_every_root(question):
        signed = None  # "all real roots (both, even the non-physical one)": no sign in words selects among them
    if signed is None and _DISCARDED.search(question) and not asks_every_root(question):
        return "nonnegative"
    if signed:
        strict = signed["op"] == ">" or (signed["word"] or signed["said"] or signed["before"] or "").lower().endswith(
            "positive"
        )
        return "positive" if strict else "nonnegative"
    if _COMPLEX.search(question):
        return "complex"
    return "real" if _REAL.search(question) else "auto"


_NEGATIVE = re.compile(
    r"(?<!non-)(?<!non)\b(?:negative|non-?positive)\s+(?:real\s+)?(?:roots?|solutions?|zeros?|ones?)\b"
    r"|(?<![\w.^*/+-])[a-z]\s*(?:<=|≤|<)\s*0(?!\w|\.\d)",
    re.I,
)


# the negative (or unphysical) roots asked beside the others: "even the (nonsense) negative one", "including the
# negative root", "even the non-physical one"
_INCLUDED = re.compile(
    rf"\b(?:even|including|incl\.|also|as\s+well\s+as|plus)\s+(?:the\s+|any\s+)?(?:[a-z]+\s+)?"
    rf"(?:negative|{_UNPHYSICAL})\s+(?:real\s+)?(?:roots?|solutions?|zeros?|ones?)\b",
    re.I,
)


def asks_every_root(question: str) -> bool:
    """Whether the question asks for every real root ("all real roots", "both solutions", "even the non-physical
    one"), so that no sign it mentions selects among them."""
    return bool(_ALL_ASKED.search(question) or _INCLUDED.search(question))


def asks_negative(question: str) -> bool:
    """Whether the question asks only for the roots < 0 or <= 0 ("the negative root", "x < 0"), which havoc does not
    select; not when it asks every root ("both roots, even the negative one", "all roots including the negative one")."""
    if asks_every_root(question):
        return False
    return _NEGATIVE.search(_DISCARDED.sub(" ", question)) is not None


def drop_domain_words(text: str) -> str:
    """The equation's text without the words that ask for a domain ("over the complex numbers", ", complex roots
    ok", "real solutions only")."""
    return _PHRASES.sub("", text).strip()
