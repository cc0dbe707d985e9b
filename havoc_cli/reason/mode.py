"""MODE: classify a question over the reasoning tools the plugins registered.

Each tool scores the question with its keyword patterns, then its optional ``score`` handler adds
evidence from the question's shape (given every tool's keyword score). The best positive score
wins; ties go to the tool registered first. A question worded as a request for an explanation
("what is a Cpk?") is an ``explanation`` when no tool scores above 2, or when the tool it points to
finds nothing to compute in it: GROUND's passages answer it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from plugins.api.specs import ReasoningTool

EXPLANATION = "explanation"
_EXPLAIN = re.compile(
    r"^(?:why\b|explain|what is|what are|what's|what does|describe|define|tell me about|how does|how do(?:es)? i "
    r"(?:read|interpret)|meaning of)"
)


@dataclass
class ModeResult:
    """The winning mode (None when nothing scored), and every score for the trace."""

    mode: str | None
    scores: dict[str, float]
    problems: list[str] = field(default_factory=list)  # score handlers that failed (their tool kept its keywords)


def classify(question: str, tools: Mapping[str, ReasoningTool]) -> ModeResult:
    """Score every registered tool (and the explanation mode) for ``question``."""
    text = question.lower()
    keyword = {name: sum(w * len(re.findall(p, text)) for p, w in tool.keywords) for name, tool in tools.items()}
    scores, problems = dict(keyword), []
    for name, tool in tools.items():
        try:
            extra = tool.part("score")
            scores[name] += float(extra(text, keyword)) if extra is not None else 0.0
        except Exception as exc:  # a broken plugin's score must not stop the others
            problems.append(f"{name} ({tool.plugin}): {type(exc).__name__}: {exc}")
    strong = any(score > 2 for score in scores.values())
    scores[EXPLANATION] = 2.0 if asks_for_explanation(text) and not strong else 0.0
    best = max(scores, key=lambda name: scores[name])  # max keeps the first of equal scores
    return ModeResult(best if scores[best] > 0 else None, scores, problems)


def asks_for_explanation(question: str) -> bool:
    """Whether the question is worded as a request for an explanation ("what is a Cpk?", "explain ...")."""
    return bool(_EXPLAIN.search(question.strip().lower()))
