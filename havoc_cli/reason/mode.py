"""MODE: classify a question by keyword scores and the shape of the data in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from havoc_cli.reason.extract import samples

MODES = (
    "calculus", "algebra", "linear_algebra", "probability", "hypothesis_test", "regression", "anova",
    "design", "control_chart", "capability", "sample_size", "unit_conversion", "explanation",
)  # fmt: skip
UNSUPPORTED = {
    "unit_conversion": "unit conversion is not supported (havoc has no unit converter yet)",
    "explanation": "explanations need a language model, and none is configured for `havoc reason`",
}
_KEYWORDS: dict[str, list[tuple[str, float]]] = {
    "calculus": [(r"derivative|differentiate|d/dx|integral|integrate|antiderivative|limit\b|dx\b", 3)],
    "algebra": [(r"\bsolve\b|find [a-z]\b|roots?\b|zeros? of|simplify|expand|factori[sz]e|\bfactor\b(?! \w+ \d)", 2.5)],
    "linear_algebra": [(r"determinant|\bdet\b|inverse|eigen|matrix|rank|transpose|trace", 3)],
    "probability": [
        (r"probability|\bp\(|binomial|poisson|normal distribution|standard normal|quantile|percentile", 2.5),
        (r"\bz[- ]?(?:score|value)|critical value|cdf|pdf|pmf|exponential distribution", 2.5),
        (r"\bheads\b|\bcoin|\bdice\b|\bdie\b|\bnormal\b|\bpoisson\b", 1.5),
    ],
    "hypothesis_test": [
        (r"t-?test|difference|different|significant|compare|hypothes|p-?value|mann|wilcoxon|before|after", 2),
        (r"\bmean (?:of|is) \d|\bequal to\b|greater than|less than", 0.5),
        (r"\btest whether\b|\bhas (?:a )?mean\b", 2),
    ],
    "regression": [(r"regress|fit a line|line of best fit|least squares|slope|intercept|linear fit|trend", 3)],
    "anova": [(r"anova|analysis of variance|groups|machines|suppliers|operators|three|four|several", 1.5)],
    "design": [
        (r"factorial|box[- ]behnken|central composite|plackett|latin hypercube|design (?:an? |the )?|\bccd\b", 3),
        (r"\bruns?\b|screening|experiment", 1),
    ],
    "control_chart": [(r"control (?:chart|limits)|\bucl\b|\blcl\b|i-?mr|individuals chart|out of control", 3)],
    "capability": [(r"\bcpk\b|\bcp\b|\bppk\b|capability|spec(?:ification)?s?\b|\blsl\b|\busl\b", 3)],
    "sample_size": [(r"sample size|how many (?:samples|subjects|observations|units|per group)|\bpower\b", 3)],
    "unit_conversion": [(r"\bconvert\b|\bin (?:inches|mm|meters|feet|kg|pounds|psi|bar|celsius|fahrenheit)\b", 3)],
    "explanation": [(r"^(?:why|explain|what is|what are|describe|tell me about)\b", 2)],
}


@dataclass
class ModeResult:
    """The winning mode (None when nothing scored), and every score for the trace."""

    mode: str | None
    scores: dict[str, float]


def classify(question: str) -> ModeResult:
    """Score every mode; the best positive score wins, ties go to the earlier mode in MODES."""
    text = question.lower()
    scores = {m: sum(w * len(re.findall(p, text)) for p, w in _KEYWORDS[m]) for m in MODES}
    _shape_scores(text, scores)
    best = max(MODES, key=lambda m: scores[m])
    return ModeResult(best if scores[best] > 0 else None, scores)


def _shape_scores(text: str, scores: dict[str, float]) -> None:
    """Data shapes: several samples suggest tests or ANOVA; a matrix suggests linear algebra."""
    groups = samples(text, minimum=2)
    if "[[" in text:
        scores["linear_algebra"] += 2
    if len(groups) >= 3 and scores["regression"] == 0:
        scores["anova"] += 3
    if len(groups) == 2 and scores["regression"] == 0 and scores["anova"] < 3:
        scores["hypothesis_test"] += 1.5
    if scores["capability"] and re.search(r"\b(?:mean|average)\b", text):
        scores["capability"] += 1
    if scores["sample_size"] and re.search(r"\b(?:effect size|detect|power)\b", text):
        scores["sample_size"] += 1
    if re.search(r"2\s*\^\s*\(?\s*\d+\s*-\s*\d+", text):
        scores["design"] += 3
    if scores["explanation"] and any(scores[m] > 2 for m in MODES if m != "explanation"):
        scores["explanation"] = 0
