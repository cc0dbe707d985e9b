"""The common shape of a hypothesis test's result: which test, assumptions, statistic, p, decision."""

from __future__ import annotations

import math
from typing import Any

from plugins.api import Result, Table
from plugins.stats.inputs import Sample


def summarize(s: Sample) -> dict[str, Any]:
    """n, mean, sd, median, min and max of a sample.

    The values are centred exactly (Decimal) on the first one before the float arithmetic, so data
    with many constant leading digits keep their precision.
    """
    import numpy as np

    shift = s.values[0]
    centred = np.array([float(v - shift) for v in s.values])
    base = float(shift)
    mean = float(centred.mean())
    return {
        "name": s.label,
        "n": len(centred),
        "mean": base + mean,
        "sd": float(np.sqrt(np.sum((centred - mean) ** 2) / (len(centred) - 1))) if len(centred) > 1 else None,
        "median": base + float(np.median(centred)),
        "min": base + float(centred.min()),
        "max": base + float(centred.max()),
    }


def tail_p_value(dist: Any, statistic: float, alternative: str) -> float:
    """The p-value of ``statistic`` under a symmetric frozen scipy distribution, for the alternative."""
    if alternative == "greater":
        return float(dist.sf(statistic))
    if alternative == "less":
        return float(dist.cdf(statistic))
    return float(min(1.0, 2 * dist.sf(abs(statistic))))


def decision(p_value: float, alpha: float) -> tuple[bool, str]:
    """Reject H0 when p <= alpha."""
    reject = bool(p_value <= alpha)
    word = "reject" if reject else "do not reject"
    return reject, f"{word} H0 at alpha={alpha:g} (p={p_value:.4g})"


def test_result(
    kind: str,
    *,
    test: str,
    assumptions: list[str],
    statistic_name: str,
    statistic: float,
    p_value: float,
    alpha: float,
    df: float | list[float] | None = None,
    alternative: str | None = None,
    effect: tuple[str, float] | None = None,
    groups: list[Sample] | None = None,
    extra: dict[str, Any] | None = None,
    notes: list[str] | None = None,
) -> Result:
    """A Result with the documented keys every test shares, plus the test's own ``extra`` keys."""
    reject, said = decision(p_value, alpha)
    summaries = [summarize(g) for g in groups or []]
    data: dict[str, Any] = {
        "test": test,
        "assumptions": assumptions,
        "alternative": alternative,
        "statistic_name": statistic_name,
        "statistic": float(statistic),
        "df": df,
        "p_value": float(p_value),
        "alpha": alpha,
        "reject_null": reject,
        "decision": said,
        "effect_size": {"name": effect[0], "value": float(effect[1])} if effect else None,
        "groups": summaries,
        **(extra or {}),
    }
    rows: list[list[Any]] = [["test", test], [statistic_name, float(statistic)]]
    if df is not None:
        rows.append(["df", df if not isinstance(df, list) else ", ".join(f"{d:g}" for d in df)])
    rows += [["p-value", float(p_value)], ["decision", said]]
    if effect:
        rows.append([effect[0], float(effect[1])])
    tables = [Table(test, ["quantity", "value"], rows)]
    if summaries:
        columns = ["name", "n", "mean", "sd", "median", "min", "max"]
        tables.append(Table("Groups", columns, [[g[c] for c in columns] for g in summaries]))
    p_text = f"{p_value:.3g}" if math.isfinite(p_value) else "undefined"
    summary = f"{test}: {statistic_name} = {statistic:.4g}, p = {p_text}; {said.split(' (')[0]}."
    return Result(kind, data, tables, [*assumptions_notes(assumptions), *(notes or [])], summary)


def assumptions_notes(assumptions: list[str]) -> list[str]:
    return [f"Assumes {a}." for a in assumptions]
