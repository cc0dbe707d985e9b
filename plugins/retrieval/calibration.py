"""How the needle finder's confidence is calibrated: synthetic haystacks, a logistic fit, a reliability check.

A case is a haystack of 30 to 120 lines of real prose (paragraphs of the scipy.stats docstrings,
installed with havoc) and a needle: in 70 % of cases a sentence of the haystack, damaged (each word
dropped with probability s/2, misspelt with probability s/3, neighbours swapped with probability
s/4, s uniform in [0, 0.8]); in 30 % a damaged sentence from elsewhere, absent from the haystack.
The finder is right when its best piece overlaps the sentence (never, for an absent needle). The
confidence is P(right | best similarity, margin), a logistic regression fitted by Newton's method.
``python benchmarks/retrieve.py --calibrate`` refits it and prints the coefficients for needle.py.
"""

from __future__ import annotations

import importlib.util
import random
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from plugins.retrieval import needle
from plugins.retrieval.loaders import load_text

SOURCE_MODULES = ("scipy.stats._stats_py", "scipy.stats._morestats")
PRESENT = 0.7


@dataclass(frozen=True)
class Case:
    context: str
    needle: str
    span: tuple[int, int] | None  # where the damaged sentence sits in the context; None when absent


def prose_paragraphs(modules: tuple[str, ...] = SOURCE_MODULES) -> list[str]:
    """Paragraphs of plain prose from the docstrings of installed modules (read with ast, never imported)."""
    paragraphs: list[str] = []
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        document = load_text(spec.origin, Path(spec.origin).read_text(encoding="utf-8"))
        for section in document.sections:
            for block in "\n".join(section.lines).split("\n\n"):
                words = block.split()
                prose = len(words) >= 12 and not re.search(r">>>|-{3,}|:math:|^\s*\w+ :", block, re.M)
                if prose:
                    paragraphs.append(block.strip())
    return paragraphs


def make_cases(paragraphs: list[str], count: int, seed: int) -> list[Case]:
    """``count`` haystack cases drawn with ``seed`` (see the module docstring)."""
    rng = random.Random(seed)
    cases: list[Case] = []
    while len(cases) < count:
        lines: list[str] = []
        used: set[int] = set()
        target = rng.randint(30, 120)
        while len(lines) < target:
            pick = rng.randrange(len(paragraphs))
            used.add(pick)
            lines.extend(paragraphs[pick].splitlines() + [""])
        context = "\n".join(lines)
        strength = rng.uniform(0.0, 0.8)
        if rng.random() < PRESENT:
            pieces = [p for p in needle.split_pieces(context) if len(context[p[0] : p[1]].split()) >= 6]
            if not pieces:
                continue
            span = rng.choice(pieces)
            text = _damage(context[span[0] : span[1]], strength, rng)
        else:
            others = [i for i in range(len(paragraphs)) if i not in used]
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", paragraphs[rng.choice(others)]) if len(s.split()) >= 6]
            if not sentences:
                continue
            span, text = None, _damage(rng.choice(sentences), strength, rng)
        if text.strip() and not needle.exact_matches(context, text):
            cases.append(Case(context, text, span))
    return cases


def _damage(sentence: str, strength: float, rng: random.Random) -> str:
    words = [w for w in sentence.split() if rng.random() >= strength / 2] or sentence.split()[:3]
    for i, word in enumerate(words):
        if len(word) > 3 and rng.random() < strength / 3:
            j = rng.randrange(len(word) - 1)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    for i in range(len(words) - 1):
        if rng.random() < strength / 4:
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def features(cases: list[Case], embedder: str) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)``: best similarity and margin of each case, and whether the best piece was right."""
    x, y = [], []
    for case in cases:
        result = needle.find(case.context, case.needle, k=2, embedder=embedder)
        best = result.matches[0]
        runner_up = result.matches[1].similarity if len(result.matches) > 1 else 0.0
        x.append((best.similarity, best.similarity - runner_up))
        right = case.span is not None and best.start < case.span[1] and case.span[0] < best.end
        y.append(float(right))
    return np.asarray(x), np.asarray(y)


def fit_logistic(x: np.ndarray, y: np.ndarray, ridge: float = 1e-3, steps: int = 50) -> tuple[float, ...]:
    """Coefficients (intercept, then one per column of ``x``) of a logistic regression, by Newton's method."""
    design = np.column_stack([np.ones(len(x)), x])
    beta = np.zeros(design.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (y - p) - ridge * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + ridge * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-10:
            break
    return tuple(float(b) for b in beta)


def expected_calibration_error(predicted: np.ndarray, observed: np.ndarray, bins: int = 10) -> float:
    """Mean |predicted - observed rate| over equal-width confidence bins, weighted by their counts."""
    edges = np.minimum((predicted * bins).astype(int), bins - 1)
    error = 0.0
    for b in range(bins):
        inside = edges == b
        if inside.any():
            error += inside.sum() / len(predicted) * abs(predicted[inside].mean() - observed[inside].mean())
    return float(error)
