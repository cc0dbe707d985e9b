"""Declarations of the DOE analysis verbs and kinds (analyze, optimize, plot kinds).

A light module: it holds only ``Verb``/``Kind`` declarations with lazy handler strings, so importing
it (from ``plugins/doe/__init__.py``) loads no analysis code.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.specs import Kind, Verb

_ANALYSES = (
    ("effects", "effects and Lenth's test for two-level designs: analyze effects method=lenth alpha=0.05"),
    ("anova", 'least-squares fit and ANOVA: analyze anova model="main + 2fi"'),
    ("rsm", 'second-order response surface and its stationary point: analyze rsm model="quadratic"'),
)

_DATA_PLOTS = "plugins.doe.plots"
_MODEL_PLOTS = "plugins.doe.analysis_model_plots"
_PLOTS = (
    ("pareto", _DATA_PLOTS, "Pareto chart of effects with Lenth's margin of error"),
    ("half_normal", _DATA_PLOTS, "half-normal probability plot of effects"),
    ("main_effects", _DATA_PLOTS, "mean response at each level of each factor"),
    ("interactions", _DATA_PLOTS, "two-factor interaction plots"),
    ("contour", _MODEL_PLOTS, "contours of the fitted model: plot contour x=temp y=time"),
    ("surface", _MODEL_PLOTS, "3-D surface of the fitted model: plot surface x=temp y=time"),
    ("residuals", _MODEL_PLOTS, "residual diagnostics: normal plot, vs fitted, vs run order"),
)


def register_analysis_verbs(register: Callable) -> None:
    """Register the analysis verbs (``analyze``, ``optimize``) with ``register(Verb(...))``."""
    register(
        Verb(
            name="analyze",
            handler="plugins.doe.analysis_verbs:analyze",
            summary='analyze a designed experiment: analyze effects | analyze anova model="main + 2fi" | analyze rsm',
            kind_family="analysis",
        )
    )
    register(
        Verb(
            name="optimize",
            handler="plugins.doe.analysis_optimize:optimize_verb",
            summary="best settings in the design region: optimize hardness | optimize (desirability of all goals)",
        )
    )


def register_analysis_kinds(register: Callable) -> None:
    """Register the analysis kinds (family ``analysis``) and DOE plot kinds (family ``plot``)."""
    for name, summary in _ANALYSES:
        register(Kind(family="analysis", name=name, handler=f"plugins.doe.analysis_verbs:{name}", summary=summary))
    for name, module, summary in _PLOTS:
        register(Kind(family="plot", name=name, handler=f"{module}:{name}", summary=summary))
