"""Handler of ``optimize [RESPONSE ...]``: best settings for one goal, or by overall desirability."""

from __future__ import annotations

from itertools import product
from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Name, Result, StudyError, Table
from plugins.doe.analysis_data import Region, design_region, measured_design, response_info, response_name
from plugins.doe.analysis_models import ResponseModel, current_model
from plugins.doe.model import Design, doe_state
from plugins.doe.optimize import Goal, desirability, maximize, overall_desirability

GOALS = ("maximize", "minimize", "target")


def _targets(ctx: Context, inv: Invocation, design: Design) -> list[str]:
    if inv.args:
        return [response_name(ctx, node, design) for node in inv.args]
    with_goals = [r.name for r in doe_state(ctx)["responses"] if r.goal and r.name in design.responses]
    if not with_goals:
        raise StudyError(
            "'optimize' needs a response with a goal",
            pos=inv.pos,
            hint="declare one (response hardness maximize) or name it: optimize hardness goal=maximize",
        )
    return with_goals


def _keyword_number(ctx: Context, inv: Invocation, name: str) -> float | None:
    node = inv.keyword(name)
    return ctx.number(node) if node is not None else None


def _goal(ctx: Context, inv: Invocation, name: str, observed: np.ndarray, single: bool) -> Goal:
    """The response's goal and bounds: keywords (one response only), then its declaration, then the
    observed range for missing bounds."""
    declared = response_info(ctx, name)
    goal, lower, upper, target = declared.goal, declared.lower, declared.upper, declared.target
    if single:
        node = inv.keyword("goal")
        if node is not None:
            goal = node.id if isinstance(node, Name) else ctx.string(node)
            if goal not in GOALS:
                raise StudyError(f"unknown goal '{goal}'", node, hint="goal=maximize, goal=minimize or goal=target")
        lower = _keyword_number(ctx, inv, "lower") if inv.keyword("lower") else lower
        upper = _keyword_number(ctx, inv, "upper") if inv.keyword("upper") else upper
        target = _keyword_number(ctx, inv, "target") if inv.keyword("target") else target
    if goal is None:
        raise StudyError(
            f"response '{name}' has no goal",
            pos=inv.pos,
            hint=f"declare it (response {name} maximize) or, for one response, add goal=maximize",
        )
    if goal == "target" and target is None:
        raise StudyError(f"response '{name}' has goal target but no target value", pos=inv.pos, hint="add target=VALUE")
    span = np.append(observed, [] if target is None else [target])
    lower = float(np.min(span)) if lower is None else lower
    upper = float(np.max(span)) if upper is None else upper
    if not lower < upper:
        raise StudyError(f"response '{name}': lower ({lower}) must be below upper ({upper})", pos=inv.pos)
    if target is not None and not lower <= target <= upper:
        raise StudyError(
            f"response '{name}': target {target} lies outside lower..upper ({lower} .. {upper})",
            pos=inv.pos,
            hint="give lower= and upper= around the target",
        )
    return Goal(name, goal, lower, upper, target)


def _single_objective(model: ResponseModel, goal: Goal):
    def value(x: np.ndarray) -> float:
        y = float(model.predict(x[None, :])[0])
        if goal.goal == "maximize":
            return y
        if goal.goal == "minimize":
            return -y
        assert goal.target is not None
        return -((y - goal.target) ** 2)

    return value


def _search(objective, design: Design, region: Region, seed: int) -> tuple[np.ndarray, float]:
    """Maximise over the continuous factors for every combination of categorical levels."""
    coded = np.asarray(design.coded, dtype=float)
    free = [j for j, f in enumerate(design.factors) if not f.categorical]
    fixed = [j for j, f in enumerate(design.factors) if f.categorical]
    sub = Region(region.shape, region.low[free], region.high[free], region.radius)
    best: tuple[np.ndarray, float] | None = None
    for levels in product(*[np.unique(coded[:, j]) for j in fixed]):
        full = np.zeros(coded.shape[1])
        full[fixed] = levels

        def partial(x: np.ndarray, full: np.ndarray = full) -> float:
            point = full.copy()
            point[free] = x
            return objective(point)

        x, value = maximize(partial, sub, coded[:, free], seed)
        point = full.copy()
        point[free] = x
        if best is None or value > best[1]:
            best = (point, value)
    assert best is not None
    return best


def optimize_verb(ctx: Context, inv: Invocation) -> Result:
    """``optimize [RESPONSE ...] [goal= lower= upper= target=]``."""
    design = measured_design(ctx, inv)
    names = _targets(ctx, inv, design)
    single = len(names) == 1
    inv.check_keywords({"goal", "lower", "upper", "target"} if single else set())
    models = {name: current_model(ctx, design, name) for name in names}
    goals = [_goal(ctx, inv, n, models[n].fit.y, single) for n in names]
    region = design_region(design)
    if single:
        objective = _single_objective(models[names[0]], goals[0])
    else:

        def objective(x: np.ndarray) -> float:
            return overall_desirability(
                [desirability(float(models[g.response].predict(x[None, :])[0]), g) for g in goals]
            )

    x, _ = _search(objective, design, region, ctx.seed or 0)
    predicted = {n: float(models[n].predict(x[None, :])[0]) for n in names}
    ds = {g.response: desirability(predicted[g.response], g) for g in goals}
    factors = design.factors
    real = {f.name: f.to_real(np.array([v]))[0] for f, v in zip(factors, x, strict=True)}
    data: dict[str, Any] = {
        "responses": names,
        "method": "goal" if single else "desirability",
        "goals": [g.to_dict() for g in goals],
        "settings": {"coded": {f.name: v for f, v in zip(factors, x, strict=True)}, "real": real},
        "predicted": predicted,
        "desirability": ds,
        "overall_desirability": overall_desirability(list(ds.values())),
        "models": {n: m.model for n, m in models.items()},
        "region": region.to_dict(),
    }
    table = Table(
        "Optimum settings",
        ["item", "value"],
        [[f"{f.name} ({f.unit})" if f.unit else f.name, _show(real[f.name])] for f in factors]
        + [[f"predicted {n}", _show(v)] for n, v in predicted.items()]
        + [[f"desirability {n}", _show(d)] for n, d in ds.items()]
        + [["overall desirability", _show(data["overall_desirability"])]],
    )
    notes = [f"{n}: model {m.model}" for n, m in models.items()]
    settings = ", ".join(f"{k}={_show(v)}" for k, v in real.items())
    summary = f"best settings {settings}: " + ", ".join(f"{n} {_show(v)}" for n, v in predicted.items())
    return Result("optimize", data, [table], notes, summary)


def _show(value: Any) -> Any:
    return float(f"{value:.6g}") if isinstance(value, (float, np.floating)) else value
