"""Property: whatever text it is given, the parser returns a Study or raises StudySyntaxError. Nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsl.ast import Study
from dsl.errors import StudySyntaxError
from dsl.parser import parse

SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "dsl-by-example.md"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

TOKENS = [
    "study",
    "factor",
    "let",
    "show",
    "by",
    "true",
    "false",
    "x",
    "f",
    "sin(",
    "normal.ppf(",
    "(",
    ")",
    "[",
    "]",
    ",",
    "=",
    "==",
    "<=",
    "~",
    "..",
    "+",
    "-",
    "*",
    "/",
    "^",
    "**",
    ":",
    "1",
    "-2",
    "2.5e-3",
    ".5",
    '"s"',
    "'q'",
    "#c",
    "\n",
    " ",
    "\t",
    '"',
    "\\",
    "é",
    "\x00",
    "\r\n",
    "1000000000000.4",
    "__import__(",
    "quadratic(",
]


def seed_texts() -> list[str]:
    texts = ['study "x"\nfactor a 1 .. 2\nshow diff(x^3, x)\n']
    if SPEC.is_file():
        texts += re.findall(r"```\n(.*?)```", SPEC.read_text(encoding="utf-8"), flags=re.S)
    texts += [p.read_text(encoding="utf-8") for p in EXAMPLES.rglob("*.doe")]
    return texts


def check(text: str) -> None:
    try:
        result = parse(text)
    except StudySyntaxError as err:
        assert err.line >= 1 and err.column >= 1
        return
    assert isinstance(result, Study)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_random_token_soup(tokens):
    check("".join(tokens))


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_text(text):
    check(text)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_studies(data):
    text = data.draw(st.sampled_from(seed_texts()))
    for _ in range(data.draw(st.integers(1, 6))):
        if not text:
            break
        at = data.draw(st.integers(0, len(text) - 1))
        action = data.draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
        piece = data.draw(st.sampled_from(TOKENS))
        if action == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 5)) :]
        elif action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "replace":
            text = text[:at] + piece + text[at + 1 :]
        else:
            end = min(len(text), at + data.draw(st.integers(1, 30)))
            text = text[:end] + text[at:end] + text[end:]
    check(text)
