"""ARBITER: which result stands, and why, from the test the question names and the assumption checks."""

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


def _test(result: dict[str, Any]) -> str:
    return str(result.get("test") or result.get("kind", ""))


def arbitrate(primary: dict[str, Any], alternatives: list[Alternative], named: str | None = None) -> Verdict:
    """The test the question names (``named``, a word of the engine's test name such as "anova") stands;
    otherwise the parametric test stands unless a normality check fails, then the rank test stands."""
    if str(primary.get("kind", "")).startswith("power_"):  # a sample size: the plan's formula stands, whatever test
        return _sample_size(primary, alternatives)  # the question names ("a t-test, by the normal approximation")
    caveats = _caveats(primary, alternatives)
    non_normal = [name.removeprefix("normality of ") for name, p in _p(alternatives, "normality") if p < 0.05]
    rank = next((a for a in alternatives if a.result is not None
                 and (a.name in {"mann-whitney", "kruskal-wallis"} or "wilcoxon" in a.name)), None)  # fmt: skip
    if named and named in _test(primary).lower():
        if non_normal and rank is not None:
            r = rank.result
            caveats.append(f"normality rejected for {', '.join(non_normal)} (Shapiro-Wilk p < 0.05): the rank-based "
                           f"{_test(r)} gives {r.get('statistic_name')} = {r.get('statistic'):.6g}, "
                           f"p = {r.get('p_value'):.6g}")  # fmt: skip
        return Verdict(primary, _test(primary), f"the question names it: {_test(primary)} stands", caveats)
    asked = next((a for a in alternatives if named and a.result and named in _test(a.result).lower()), None)
    if asked is not None:
        return Verdict(asked.result, asked.name, f"the question names it: {_test(asked.result)} stands", caveats)
    if not any(a.name.startswith("normality") for a in alternatives):
        reason = "single method; alternatives agree" if alternatives else "single method"
        return Verdict(primary, _test(primary), reason)
    if non_normal and rank is not None:
        reason = f"normality rejected for {', '.join(non_normal)} (Shapiro-Wilk p < 0.05): the rank test stands"
        return Verdict(rank.result, rank.name, reason, caveats)
    reason = f"{_test(primary)} stands: normality not rejected"
    unequal = _p(alternatives, "equal variances")
    if primary.get("kind") == "ttest" and not primary.get("equal_var", True) and not any(p < 0.05 for _, p in unequal):
        reason += "; Welch's test is kept (it does not assume equal variances)"
    return Verdict(primary, _test(primary), reason, caveats)


def _sample_size(primary: dict[str, Any], alternatives: list[Alternative]) -> Verdict:
    """The plan's sample-size formula stands (the one the question names, or the default); another standard
    formula's n is said."""
    sizes = [f"the {a.name} gives n = {a.result['n']}" for a in alternatives
             if a.result and a.result.get("n") is not None and "n" in primary]  # fmt: skip
    if sizes:
        return Verdict(primary, _test(primary), "the formula the question names, or the default, stands", sizes)
    return Verdict(primary, _test(primary), "single method; alternatives agree" if alternatives else "single method")


def _caveats(primary: dict[str, Any], alternatives: list[Alternative]) -> list[str]:
    """Small samples and unequal variances (with Welch's ANOVA beside a classic one), where the alternatives checked
    them."""
    if not any(a.name.startswith("normality") for a in alternatives):
        return []
    caveats = []
    small = min((g["n"] for g in primary.get("groups", []) if "n" in g), default=0)
    if small and small < 5:
        caveats.append(f"small samples (n = {small}): normality and variance checks have little power")
    unequal = [p for _, p in _p(alternatives, "equal variances") if p < 0.05]
    if unequal:
        welch = _p(alternatives, "welch's anova")  # beside a classic ANOVA: the test that does not pool them
        said = f"; Welch's ANOVA (unequal variances) gives p = {welch[0][1]:.6g}" if welch else ""
        caveats.append(f"variances differ (Levene p = {unequal[0]:.3g}){said}")
    return caveats
