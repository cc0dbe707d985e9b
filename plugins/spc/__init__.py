"""Built-in plugin ``spc``: control charts, run rules, process capability and their plots.

This module only registers names; the engines (numpy, scipy, matplotlib) load on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Kind, ReasoningTool, Verb

_CHARTS = {
    "xbar_r": "X-bar and R chart of subgroups",
    "xbar_s": "X-bar and S chart of subgroups",
    "imr": "individuals and moving-range chart",
    "p": "proportion nonconforming (limits per sample size)",
    "np": "number nonconforming",
    "c": "nonconformities per sample",
    "u": "nonconformities per unit (limits per sample size)",
    "ewma": "EWMA chart with exact time-varying limits (lambda=, L=)",
    "cusum": "tabular CUSUM, C+ and C- (k=, h=)",
}
_LIMITS = {
    "xbar_r": "X-bar and R limits from the grand mean, R-bar and n",
    "xbar_s": "X-bar and S limits from the grand mean, S-bar and n",
    "r": "R chart limits from R-bar and n",
    "s": "S chart limits from S-bar and n",
    "p": "p chart limits from the totals (total=, samples=, n=) or center=",
    "np": "np chart limits from the totals or center=",
    "c": "c chart limits from the total count and the number of samples, or center=",
    "u": "u chart limits from the totals (n= units per sample) or center=",
}


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="chart",
            handler="plugins.spc.chart_verb:chart",
            summary="control chart with run rules: chart xbar_r rules=western_electric",
            kind_family="chart",
        )
    )
    register(
        Verb(
            name="limits",
            handler="plugins.spc.limits_verb:limits",
            summary="control limits from summary statistics: limits xbar_r center=74.001 rbar=0.023 n=5",
            kind_family="limits",
        )
    )
    register(
        Verb(
            name="capability",
            handler="plugins.spc.capability_verb:capability",
            summary="process capability: capability lsl=9.95 usl=10.05 target=10.00",
        )
    )


@hookimpl
def register_kinds(register: Callable) -> None:
    for name, summary in _CHARTS.items():
        register(Kind(family="chart", name=name, handler="plugins.spc.chart_verb:build", summary=summary))
    for name, summary in _LIMITS.items():
        register(Kind(family="limits", name=name, handler="plugins.spc.limits_verb:build", summary=summary))
    register(
        Kind(family="plot", name="chart", handler="plugins.spc.plots:chart_plot", summary="the last control chart")
    )
    register(
        Kind(
            family="plot",
            name="histogram",
            handler="plugins.spc.plots:histogram_plot",
            summary="capability histogram with spec limits and fitted normals",
        )
    )


@hookimpl
def register_reasoning_tools(register: Callable) -> None:
    register(
        ReasoningTool(
            name="control_chart",
            handler="plugins.spc.reasoning_charts:plan_control_chart",
            summary="I-MR limits of measurements, X-bar/R of subgroups or of the grand mean and R-bar (or S-bar), "
            "p, np, c and u limits from totals",
            keywords=(
                (r"control (?:charts?|limits?)|\bucl\b|\blcl\b|i-?mr|individuals chart|out of control", 3),
                (r"x-?bar|\bxbar|\b[rs][- ]charts?|chart limits|subgroups?|\b(?:np|p|c|u)[- ]?charts?\b", 3),
                (r"(?:defective|nonconforming|defects|nonconformities)[- ]charts?\b", 3),
            ),
            audit="plugins.spc.reasoning_charts:audit_control_chart",
            confidence=0.9,
        )
    )
    register(
        ReasoningTool(
            name="capability",
            handler="plugins.spc.reasoning:plan_capability",
            summary="Cp, Cpk, Pp, Ppk from the mean and sd or from the measurements; the expected fraction out of spec",
            keywords=(
                (r"\bcpk\b|\bcp\b|\bppk\b|\bpp\b|capability|spec(?:ification)?s?\b|\blsl\b|\busl\b", 3),
                (r"\btolerances?\b(?!\s+intervals?)", 3),  # a tolerance stated with its limits, mean and sd
            ),
            score="plugins.spc.reasoning:capability_score",
            audit="plugins.spc.reasoning:audit_capability",
            confidence=0.9,
        )
    )
