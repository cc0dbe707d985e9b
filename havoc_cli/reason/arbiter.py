"""ARBITER: which result stands, and why, from the assumption checks the alternatives ran."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from havoc_cli.reason.argue import Alternative


@dataclass
class Verdict:
    """The result that stands, the reason, and caveats the assumption checks raised."""

    result: dict[str, Any]
    chosen: str
    reason: str
    caveats: list[str] = field(default_factory=list)


def _p(alternatives: list[Alternative], prefix: str) -> list[tuple[str, float]]:
    return [(a.name, a.result["p_value"]) for a in alternatives
            if a.name.startswith(prefix) and a.result and a.result.get("p_value") is not None]  # fmt: skip


def arbitrate(primary: dict[str, Any], alternatives: list[Alternative]) -> Verdict:
    """Parametric tests stand unless a normality check fails, then the rank test stands."""
    if not any(a.name.startswith("normality") for a in alternatives):
        reason = "single method; alternatives agree" if alternatives else "single method"
        return Verdict(primary, primary.get("test") or primary.get("kind", ""), reason)
    caveats = []
    non_normal = [name.removeprefix("normality of ") for name, p in _p(alternatives, "normality") if p < 0.05]
    unequal = [p for _, p in _p(alternatives, "equal variances") if p < 0.05]
    small = min((g["n"] for g in primary.get("groups", []) if "n" in g), default=0)
    if small and small < 5:
        caveats.append(f"small samples (n = {small}): normality and variance checks have little power")
    if unequal:
        caveats.append(f"variances differ (Levene p = {unequal[0]:.3g})")
    if non_normal:
        rank = next(
            (a for a in alternatives if a.name in {"mann-whitney", "kruskal-wallis"} or "wilcoxon" in a.name), None
        )
        if rank is not None and rank.result is not None:
            reason = f"normality rejected for {', '.join(non_normal)} (Shapiro-Wilk p < 0.05): the rank test stands"
            return Verdict(rank.result, rank.name, reason, caveats)
    reason = f"{primary.get('test', primary.get('kind'))} stands: normality not rejected"
    if primary.get("kind") == "ttest" and not primary.get("equal_var", True) and not unequal:
        reason += "; Welch's test is kept (it does not assume equal variances)"
    return Verdict(primary, primary.get("test", primary.get("kind", "")), reason, caveats)
