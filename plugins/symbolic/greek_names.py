"""Functions named by a Greek letter written as a word: "lambda (t) = 5t^2 e^(-0.2t). dlambda /dt?" (``plain_text``
writes "λ(t)" as "lambda (t)") reads as "L(t) = ... dL/dt?", a name the calculus readers take (three letters at
most). Text is only renamed here, never evaluated."""

from __future__ import annotations

import re

_GREEK = r"alpha|beta|gamma|delta|epsilon|theta|kappa|lambda|sigma|omega"
_DEFINED = re.compile(rf"(?<![A-Za-z])({_GREEK})\s*\(\s*[a-z]\s*\)\s*=", re.I)


def short_greek_functions(text: str) -> str:
    """``text`` with each function defined by a Greek letter's name renamed to that name's capital first letter
    ("lambda (t)" -> "L(t)", "dlambda/dt" -> "dL/dt"); a name whose letter the text already uses alone stays."""
    for name in dict.fromkeys(m.group(1) for m in _DEFINED.finditer(text)):
        letter = name[0].upper()
        if re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", text):
            continue
        text = re.sub(rf"(?<![A-Za-z])(d\s*)?{name}(?![A-Za-z])(?:\s+(?=\())?", rf"\g<1>{letter}", text)
    return text
