"""Shared assertions of the planner tests: a question answered with high confidence, or declined."""

from __future__ import annotations

from havoc_cli.reason.pipeline import Outcome, reason


def confident(question: str, mode: str | None = None) -> Outcome:
    """The outcome of ``question``, which must be answered (in ``mode`` when given) with confidence >= 0.9."""
    out = reason(question)
    assert out.answered, out.answer
    assert mode is None or out.mode == mode, out.mode
    assert out.confidence >= 0.9, out.to_dict()["checks"]
    return out


def declined(question: str) -> str:
    """The answer text of ``question``, which must be refused or answered with confidence < 0.5."""
    out = reason(question)
    assert not out.answered or out.confidence < 0.5, out.answer
    return out.answer
