"""A fitted regression's prediction at one value of its single predictor, with the confidence interval of the mean
response there and the prediction interval of a new observation."""

from __future__ import annotations

import math
from typing import Any

from plugins.stats.formula import Monomial


def _row(terms: list[Monomial], values: dict[str, Any], one: Any) -> list[Any]:
    """Each term's monomial of ``values`` (``one`` is the intercept's column: 1.0, or a vector of ones)."""
    return [math.prod((values[var] ** power for var, power in term), start=one) for term in terms]


def prediction(terms: list[Monomial], data: dict[str, list], coef: list[float], residual_sd: float, t_crit: float,
               at: float) -> dict[str, Any]:  # fmt: skip
    """The fitted value at ``at`` (the one predictor's value) and its intervals: se_fit = s sqrt(x0' (X'X)^-1 x0),
    the mean response fit +- t se_fit, a new observation fit +- t sqrt(s^2 + se_fit^2)."""
    import numpy as np

    floats = {name: np.array([float(v) for v in values]) for name, values in data.items()}
    n = len(next(iter(floats.values())))
    design = np.column_stack(_row(terms, floats, np.ones(n)))
    x0 = np.array(_row(terms, dict.fromkeys(floats, float(at)), 1.0))
    fit = float(x0 @ np.array(coef))
    se_fit = residual_sd * math.sqrt(max(float(x0 @ np.linalg.pinv(design.T @ design) @ x0), 0.0))
    se_new = math.hypot(residual_sd, se_fit)
    return {"at": at, "prediction": fit, "se_fit": se_fit,
            "mean_ci": [fit - t_crit * se_fit, fit + t_crit * se_fit],
            "prediction_interval": [fit - t_crit * se_new, fit + t_crit * se_new]}  # fmt: skip
