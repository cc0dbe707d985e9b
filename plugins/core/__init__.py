"""Built-in plugin ``core``: the verbs every study uses (study, seed, let, data)."""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Verb

_HERE = "plugins.core.verbs"


@hookimpl
def register_verbs(register: Callable) -> None:
    register(Verb(name="study", handler=f"{_HERE}:study", summary='name the study: study "Plasma etch screening"'))
    register(Verb(name="seed", handler=f"{_HERE}:seed", summary="fix the random seed: seed 42"))
    register(Verb(name="let", handler=f"{_HERE}:let", summary="bind a name: let f = x^3 * sin(x)"))
    register(
        Verb(
            name="data",
            handler=f"{_HERE}:data",
            summary='load a CSV table; its columns become names: data "shaft.csv" column=diameter subgroup=5',
        )
    )
    register(
        Verb(
            name="plot",
            handler=f"{_HERE}:plot",
            summary='draw one or more plots: plot pareto main_effects  |  plot chart histogram format="svg"',
            kind_family="plot",
        )
    )
    register(
        Verb(
            name="report",
            handler="plugins.core.report:report",
            summary='write the study so far as a report: report "etch_report.md" (or .html)',
        )
    )
