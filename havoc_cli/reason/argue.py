"""ARGUE: the alternatives a careful analyst would also run, and the assumption checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from havoc_cli.reason.execute import ExecuteError, run_program
from havoc_cli.reason.plan import Plan


@dataclass
class Alternative:
    """One extra statement and what it returned (``result`` None with ``error`` when it failed)."""

    name: str
    statement: str
    result: dict[str, Any] | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "statement": self.statement}
        if self.result is not None:
            out.update({k: self.result.get(k) for k in ("p_value", "statistic", "value", "test") if k in self.result})
        if self.error:
            out["error"] = self.error
        return out


def _statements(plan: Plan) -> list[tuple[str, str]]:
    facts = plan.facts
    if plan.mode == "hypothesis_test":
        groups = facts["samples"]
        names = "a b"[: 2 * len(groups) - 1].split()
        checks = [
            (f"normality of {n}", f"test shapiro {n}") for n, g in zip(names, groups, strict=False) if len(g) >= 3
        ]
        if len(groups) == 1:
            return [("wilcoxon signed-rank", f"test wilcoxon a mu={facts['mu']}"), *checks]
        if facts["paired"]:
            return [
                ("wilcoxon signed-rank (paired)", "test wilcoxon a b"),
                ("unpaired welch", "test ttest a b"),
                *checks,
            ]
        return [
            ("pooled t-test", "test ttest a b equal_var=true"),
            ("mann-whitney", "test mannwhitney a b"),
            ("equal variances", "test levene a b"),
            *checks,
        ]
    if plan.mode == "anova":
        names = " ".join(chr(ord("a") + i) for i in range(len(facts["samples"])))
        checks = [(f"normality of {chr(ord('a') + i)}", f"test shapiro {chr(ord('a') + i)}")
                  for i, g in enumerate(facts["samples"]) if len(g) >= 3]  # fmt: skip
        return [("kruskal-wallis", f"test kruskal {names}"), ("equal variances", f"test levene {names}"), *checks]
    if plan.mode == "probability" and facts.get("dist") == "binomial" and facts["fn"] in {"cdf", "sf"}:
        n, p, k = facts["n"], facts["p"], facts["k"]
        mean, sd = f"{n}*{p}", f"sqrt({n}*{p}*(1 - {p}))"
        fn = facts["fn"]
        return [("normal approximation", f"show normal.{fn}({k} + 0.5, {mean}, {sd})")]
    if plan.mode == "calculus" and facts.get("op") == "definite_integral":
        lo, hi = facts["bounds"]
        return [("numeric value", f"show N(integrate({facts['expr']}, {facts['var']}, {lo}, {hi}))")]
    return []


def argue(plan: Plan) -> list[Alternative]:
    """Run each alternative after the plan's bindings; a failing alternative is kept with its error."""
    bindings = "\n".join(line for line in plan.text.splitlines() if line.startswith("let "))
    out = []
    for name, statement in _statements(plan):
        try:
            steps = run_program(f"{bindings}\n{statement}".strip(), plan.files)
            out.append(Alternative(name, statement, steps[-1]["result"]))
        except ExecuteError as exc:
            out.append(Alternative(name, statement, None, str(exc)))
    return out
