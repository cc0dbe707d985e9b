"""MODE evidence for the design tool: a design named by its name, with what a design question asks, outweighs the
words it shares with other tools ("Box-Behnken with temperature (factor A), pH (factor B) ...: how many runs?" is no
polynomial to factor). Light on purpose: every question is scored."""

from __future__ import annotations

import re

from plugins.api.reasoning import outscore
from plugins.doe.reasoning_blocks import asks_block_design
from plugins.doe.reasoning_effects import asks_effects

BOX_BEHNKEN = r"\bbox\W?behnken"  # "Box-Behnken", "Box Behnken", "BoxBehnken", "Box–Behnken"
_NAMED_DESIGN = (
    rf"{BOX_BEHNKEN}|central[- ]composite|\bccd\b|plackett|\b(?:full|fractional|two[- ]level|2[- ]level)[- ]factorial\b"
    r"|2\s*\^\s*\(\s*\d+\s*-\s*\d+\s*\)"
)
_DESIGN_ASKED = (
    r"\bruns?\b|\bexperiments?\b|\btrials?\b|treatment combinations?|run sheet|\bdesign\b|cent(?:er|re) points?"
)

# a size asked of a design of blocks ("how many plots", "total experimental units"), and what an analysis of its
# data asks instead (an RCBD's ANOVA is no question of its size)
_SIZE_ASKED = r"\bhow many\b|\bnumber of\b|\btotal\b|\bsize\b"
_ANALYSIS_ASKED = r"\banova\b|\bp[- ]?values?\b|\bsignifican|\bdifferen|\btest\b|\bmeans?\b|\bf[- ](?:test|ratio|stat)"

# a two-level factorial by its power, beside what only designs have: "2^4 with 2 blocks of 8", "2^3, 4 replicates"
_POWER_OF_TWO = r"(?<![\w.^])2\s*\^\s*(?:\d+|k)\b(?!\s*[-+*/^(.]|\s*=)"
_DESIGN_COUNTS = r"\bblocks?\b|\breplicat\w*|\breplications?\b|cent(?:er|re)[\s-]*(?:points?|runs?)|\d\s*cps?\b"


# an ANOVA's F statistic or p-value asked ("two-way anova ..., F statistic for the temperature main effect"): an
# analysis of the cells, which no effect of the factorial answers
_ANOVA_NAMED = r"\banova\b|\banalysis of variance\b"
_STATISTIC_ASKED = r"\bf[- ]?(?:stat\w*|ratio|value)\b|\bf\s*(?:\(|\b(?:for|of)\b)|\bp[- ]?values?\b"


def _asks_anova_statistic(text: str) -> bool:
    """Whether the text names an ANOVA and asks an F statistic or a p-value (of a term of it)."""
    return bool(re.search(_ANOVA_NAMED, text) and re.search(_STATISTIC_ASKED, text))


def design_score(text: str, scores: dict[str, float]) -> float:
    """Enough to win when the question names a design and asks about its runs, asks an effect of a 2^k factorial
    whose runs' responses it gives ("2^2 DOE ... A-, B-: 20 ... AB interaction effect?"), asks the size of a design of
    blocks ("RCBD ... total plots?", not its ANOVA), or writes a 2^k beside blocks, replicates or centre points;
    nothing otherwise."""
    if (re.search(_NAMED_DESIGN, text) and re.search(_DESIGN_ASKED, text)) or (
        asks_effects(text) and not _asks_anova_statistic(text)
    ):
        return outscore(scores, "design")
    if asks_block_design(text) and re.search(_SIZE_ASKED, text) and not re.search(_ANALYSIS_ASKED, text):
        return outscore(scores, "design")
    if re.search(_POWER_OF_TWO, text) and re.search(_DESIGN_COUNTS, text):
        return outscore(scores, "design")
    return 0.0
