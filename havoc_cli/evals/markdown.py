"""The markdown summary: per suite and per category, items, metric values, thresholds, pass/fail."""

from __future__ import annotations

from havoc_cli.evals.records import SuiteRun


def _value(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4g}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(runs: list[SuiteRun]) -> str:
    """A markdown document with one table per suite and the items that failed."""
    out = ["# havoc eval", ""]
    for run in runs:
        names = sorted({*run.metrics, *(m for c in run.categories.values() for m in c["metrics"])})
        verdict = "PASS" if run.passed else "FAIL"
        out += [f"## {_cell(run.name)} ({run.type}): {verdict}", "", f"Suite file `{run.file}`, seed {run.seed}.", ""]
        out.append("| scope | items | passed | " + " | ".join(_cell(n) for n in names) + " | thresholds | result |")
        out.append("|" + "---|" * (len(names) + 5))
        scopes = [(None, len(run.records), sum(r.passed for r in run.records), run.metrics)]
        scopes += [(name, c["items"], c["passed"], c["metrics"]) for name, c in run.categories.items()]
        for scope, items, passed, metrics in scopes:
            checks = [c for c in run.checks if c.threshold.category == scope]
            marks = "; ".join(f"{c.describe()} {'✓' if c.status == 'passed' else '✗' if c.status == 'failed' else '-'}"
                              for c in checks)  # fmt: skip
            if scope is None:
                result = verdict.lower()
            else:
                result = "fail" if any(c.status == "failed" for c in checks) else "pass" if checks else ""
            label = "**suite**" if scope is None else _cell(scope)
            values = " | ".join(_value(metrics.get(n)) for n in names)
            out.append(f"| {label} | {items} | {passed} | {values} | {_cell(marks)} | {result} |")
        out.append("")
        for reason in run.failure_reasons():
            out.append(f"- {_cell(reason)}")
        failed = [r for r in run.records if not r.passed]
        if failed:
            out += ["", f"Items that failed ({len(failed)}):", ""]
            out += [f"- `{_cell(r.id)}`: {_cell(r.error or r.detail or 'failed')}" for r in failed]
        out.append("")
    return "\n".join(out)
