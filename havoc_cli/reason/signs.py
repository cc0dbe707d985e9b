"""The sign check: a root asked positive or physical is never answered with a negative one.

The solve audit substitutes the engine's roots back into the equation in the domain the planner read, so a question
whose "(positive)" or "physically meaningful" the planner missed passes it with both roots of a quadratic. This check
reads the question a second, broader way (any of positive, non-negative, physical(ly), "N > 0", "N >= 0", or the
negative roots discarded, and no ask for both or all roots) and fails a solve whose answer lists a root that is
negative or not real; a question that asks for every root ("all real roots", "both", "even the non-physical one")
fails a solve restricted to the roots >= 0 or > 0.
"""

from __future__ import annotations

import re
from typing import Any

from plugins.api.reasoning import Check, Plan

# a sign stated as an inequality: "t > 0", "x >= 0"
_BOUND = r"(?<![\w.])[a-z]\s*(?:>=|≥|>)\s*0(?!\w|\.\d)"
_ASKS_SIGN = re.compile(
    r"\b(?:strictly\s+)?(?:positive|non-?negative|nonnegative)\b(?!\s+(?:definite|semi|and\s+negative|or\s+negative))"
    r"|(?<!non-)(?<!non)(?<!un)\bphysical(?:ly)?\b"
    rf"|{_BOUND}"
    r"|\b(?:discard|ignor|reject|drop|exclud|throw(?:ing)?\s+out)\w*\s+(?:\w+\s+){0,2}negative\b",
    re.I,
)
# the user asks every root and discards the negative ones themselves: "give both roots, I'll throw out the negative one",
# "all real roots pls", "even the non-physical one", "the unphysical root too"
_EVERY = re.compile(
    r"\b(?:both|all(?:\s+(?:the|of\s+the))?|every)\s+(?:real\s+)?(?:roots?|solutions?|zeros?|values?)\b"
    r"|\b(?:even|including|also|plus)\s+(?:the\s+|any\s+)?(?:\w+\s+)?(?:negative|(?:non-?|un)physical|spurious|"
    r"extraneous|nonsense)\b"
    r"|\b(?:negative|(?:non-?|un)physical)\s+(?:root|one|solution)s?\s+(?:too|as\s+well)\b",
    re.I,
)


def asks_sign(question: str) -> bool:
    """Whether the question asks for the roots >= 0 or > 0 in any wording, and not for every root."""
    return _ASKS_SIGN.search(question) is not None and _EVERY.search(question) is None


def sign_check(question: str, plan: Plan, result: dict[str, Any], read: Any) -> Check | None:
    """Whether every root of a solve is real and >= 0 when the question asks a positive, non-negative or physical
    root, and whether the solve kept every root when the question asks for all of them ("all real roots, even the
    non-physical one" solved for x >= 0 fails); None for another plan or a question that asks neither. ``read`` turns
    a root's text into sympy."""
    if plan.facts.get("op") != "solve":
        return None
    restricted = plan.facts.get("domain") in {"positive", "nonnegative"}
    if restricted and _EVERY.search(question) and not re.search(_BOUND, question):  # "all real x > 0" restricts
        detail = f"every root asked, but only those {'> 0' if plan.facts['domain'] == 'positive' else '>= 0'} solved"
        return Check("every root asked is answered", False, detail)
    if not asks_sign(question):
        return None
    roots = result.get("result")
    if not isinstance(roots, list):
        return None
    wrong = []
    for text in roots:
        value = complex(read(str(text)).evalf())
        if abs(value.imag) > 1e-12 or value.real < 0:
            wrong.append(str(text))
    detail = f"negative or complex roots answered: {', '.join(wrong)}" if wrong else f"{len(roots)} roots, each >= 0"
    return Check("the root asked positive or physical is >= 0", not wrong, detail)
