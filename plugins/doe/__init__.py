"""Built-in plugin ``doe``: factors, responses, designs, run sheets and measured results.

Only declarations live here; handlers are imported on first use. The analysis verbs and kinds are
declared in ``plugins.doe.analysis_specs`` (a light module of declarations only).
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Kind, ReasoningTool, Verb
from plugins.doe.analysis_specs import register_analysis_kinds, register_analysis_verbs

# an engineering design value is no experiment: "plant design flow is 15 MGD", "the design load", "design pressure"
_NO_QUANTITY = (
    r"(?!(?:flows?|loads?|pressures?|temperatures?|lifes?|lives|speeds?|velocit(?:y|ies)|capacit(?:y|ies)|storms?|"
    r"discharges?|heads?|stress(?:es)?|strengths?|winds?|floods?|volumes?|depths?|thickness|torques?|powers?|"
    r"currents?|voltages?|rainfall|demands?|populations?|years?|periods?|service life)\b)"
)
_DESIGNS = (
    ("full_factorial", "plugins.doe.factorial:full_factorial", "all level combinations (levels= for multi-level)"),
    (
        "fractional_factorial",
        "plugins.doe.fractional:fractional_factorial",
        'two-level fraction by resolution= (minimum aberration) or generators=["E = ABCD"]',
    ),
    ("plackett_burman", "plugins.doe.screening:plackett_burman", "two-level screening design, runs= a multiple of 4"),
    ("box_behnken", "plugins.doe.response_surface:box_behnken", "three-level response-surface design, 3 to 7 factors"),
    (
        "central_composite",
        "plugins.doe.response_surface:central_composite",
        'factorial + axial + center points: alpha="rotatable"|"orthogonal"|"face", type=',
    ),
    (
        "randomized_block",
        "plugins.doe.blocked:randomized_block",
        "randomised complete block design: every treatment per_block= times (1) in each of blocks= blocks",
    ),
    (
        "latin_square",
        "plugins.doe.blocked:latin_square",
        "k x k Latin square: factors row, column, treatment of k levels each; every treatment once per row and column",
    ),
    ("latin_hypercube", "plugins.doe.space_filling:latin_hypercube", "space-filling design, runs=, maximin, seeded"),
)


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="factor",
            handler="plugins.doe.declare:factor",
            summary='declare a factor: factor power 100 .. 300 "W"  |  factor gas [C2F6, CF4]',
        )
    )
    register(
        Verb(
            name="response",
            handler="plugins.doe.declare:response",
            summary='declare a response: response etch_rate "A/min" maximize  |  response y target=5 lower=4 upper=6',
        )
    )
    register(
        Verb(
            name="design",
            handler="plugins.doe.design_verb:design",
            summary="generate a design: design fractional_factorial resolution=4 center=3 randomize=true",
            kind_family="design",
        )
    )
    register(
        Verb(
            name="export",
            handler="plugins.doe.run_sheet:export",
            summary='write the run sheet as CSV: export design "runs.csv"',
        )
    )
    register(
        Verb(
            name="results",
            handler="plugins.doe.results:results",
            summary='join measured responses onto the design by run number: results "measured.csv"',
        )
    )
    register_analysis_verbs(register)


@hookimpl
def register_kinds(register: Callable) -> None:
    for name, handler, summary in _DESIGNS:
        register(Kind(family="design", name=name, handler=handler, summary=summary))
    register_analysis_kinds(register)


@hookimpl
def register_reasoning_tools(register: Callable) -> None:
    register(
        ReasoningTool(
            name="design",
            handler="plugins.doe.reasoning:plan_design",
            summary="full factorials (2^k or 3x3x3), fractions by 2^(k-p) or resolution, Plackett-Burman, Box-Behnken, CCD",
            keywords=(
                (
                    rf"factorial|\bbox\W?behnken|central composite|plackett|latin hypercube|design {_NO_QUANTITY}(?:an? |the )?|\bccd\b",
                    3,
                ),
                (r"\bruns?\b|screening|experiment|\breplicat|\breps\b|cent(?:er|re) (?:points?|runs?)", 1),
                (r"2\s*\^\s*\(?\s*\d+\s*-\s*\d+|2\s*\^\s*\d+\s*(?:full\s+)?(?:design|experiment)", 3),
                (r"\b(?:\d+|two|three|four|five|six)[\s-]+levels?\b|\bres(?:olution|\.)?\s+(?:iii|iv|v|[345])\b", 2),
            ),
            score="plugins.doe.reasoning_mode:design_score",
            audit="plugins.doe.reasoning:audit_design",
            confidence=0.95,
        )
    )
