"""``test chisquare``: goodness of fit (observed counts against expected counts or probabilities)
and independence (a contingency table as a nested list, or ``by`` two columns of the data table)."""

from __future__ import annotations

import math

from plugins.api import By, Context, Invocation, ListValue, Result, StudyError, Table
from plugins.stats import inputs
from plugins.stats.outcome import test_result


def chisquare(ctx: Context, inv: Invocation) -> Result:
    """Dispatch on the data's shape: a nested list or ``by a, b`` -> independence, else goodness of fit."""
    inv.check_keywords({"expected", "probabilities", "alpha", "correction"})
    alpha = inputs.alpha(ctx, inv)
    if len(inv.args) == 1 and isinstance(inv.args[0], By):
        return _independence(*_crosstab(ctx, inv.args[0]), alpha, inputs.flag(ctx, inv, "correction", False))
    inv.check_positional(1, "one list of counts or a nested table")
    if not inv.args:
        raise StudyError(
            "'test chisquare' needs counts: test chisquare [18, 22, 20] or a table [[..], [..]]", pos=inv.pos
        )
    node = ctx.resolve(inv.args[0])
    if isinstance(node, ListValue) and node.items and isinstance(ctx.resolve(node.items[0]), ListValue):
        rows = [inputs.exact_values(ctx, item) for item in node.items]
        if len({len(r) for r in rows}) != 1:
            raise StudyError("mismatched lengths: every row of the contingency table needs the same length", node)
        table = [[float(v) for v in r] for r in rows]
        labels = ([f"row {i + 1}" for i in range(len(rows))], [f"col {j + 1}" for j in range(len(rows[0]))])
        return _independence(table, labels, alpha, inputs.flag(ctx, inv, "correction", False))
    return _goodness(ctx, inv, alpha)


def _crosstab(ctx: Context, by: By) -> tuple[list[list[float]], tuple[list[str], list[str]]]:
    if len(by.groups) != 2:
        raise StudyError("an independence test takes two columns: test chisquare by a, b", by)
    a, b = (inputs.labels(ctx, g) for g in by.groups)
    rows, cols = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    counts = [[0.0] * len(cols) for _ in rows]
    for x, y in zip(a, b, strict=True):
        counts[rows.index(x)][cols.index(y)] += 1
    return counts, (rows, cols)


def _check_counts(values: list[float], node) -> None:
    if any(v < 0 for v in values):
        raise StudyError("counts cannot be negative", node)


def _goodness(ctx: Context, inv: Invocation, alpha: float) -> Result:
    from scipy import stats

    observed = inputs.sample(ctx, inv.args[0], "observed", 2, "a goodness-of-fit test")
    obs = [float(v) for v in observed.values]
    _check_counts(obs, observed.node)
    expected_node, prob_node = inv.keyword("expected"), inv.keyword("probabilities")
    if expected_node is not None and prob_node is not None:
        raise StudyError("give expected= or probabilities=, not both", prob_node)
    total = math.fsum(obs)
    if prob_node is not None:
        probs = [float(v) for v in inputs.exact_values(ctx, prob_node)]
        if abs(math.fsum(probs) - 1) > 1e-9 or any(p < 0 for p in probs):
            raise StudyError("probabilities must be non-negative and add up to 1", prob_node)
        expected = [p * total for p in probs]
        length_node = prob_node
    elif expected_node is not None:
        expected = [float(v) for v in inputs.exact_values(ctx, expected_node)]
        if abs(math.fsum(expected) - total) > 1e-8 * total:
            raise StudyError(
                f"expected counts add up to {math.fsum(expected):g} but the observed counts to {total:g}",
                expected_node,
                hint="give expected counts with the same total, or probabilities=",
            )
        length_node = expected_node
    else:
        expected = [total / len(obs)] * len(obs)
        length_node = None
    if len(expected) != len(obs):
        raise StudyError(f"mismatched lengths: {len(obs)} observed counts, {len(expected)} expected", length_node)
    if any(e <= 0 for e in expected):
        raise StudyError("every expected count must be positive", length_node)
    res = stats.chisquare(obs, expected)
    notes = ["Expected counts below 5 make the chi-square approximation unreliable."] if min(expected) < 5 else []
    result = test_result(
        "chisquare",
        test="chi-square goodness-of-fit test",
        assumptions=["independent observations", "expected counts of at least 5 in every category"],
        statistic_name="chi2",
        statistic=res.statistic,
        df=len(obs) - 1,
        p_value=res.pvalue,
        alpha=alpha,
        effect=("cohen_w", math.sqrt(float(res.statistic) / total)),
        extra={"observed": obs, "expected": expected},
        notes=notes + ([] if length_node is not None else ["Expected counts are equal (uniform) by default."]),
    )
    return result


def _independence(
    table: list[list[float]], labels: tuple[list[str], list[str]], alpha: float, correction: bool
) -> Result:
    import numpy as np
    from scipy import stats

    counts = np.array(table, dtype=float)
    if counts.shape[0] < 2 or counts.shape[1] < 2:
        raise StudyError("a contingency table needs at least 2 rows and 2 columns")
    if (counts < 0).any():
        raise StudyError("counts cannot be negative")
    if (counts.sum(axis=0) == 0).any() or (counts.sum(axis=1) == 0).any():
        raise StudyError("a row or column of the contingency table is all zero")
    res = stats.chi2_contingency(counts, correction=correction)
    n = counts.sum()
    cramer = math.sqrt(float(res.statistic) / (n * (min(counts.shape) - 1)))
    notes = (
        ["Expected counts below 5 make the chi-square approximation unreliable."] if res.expected_freq.min() < 5 else []
    )
    notes.append(_correction_note(correction, counts.shape == (2, 2)))
    result = test_result(
        "chisquare",
        test="chi-square test of independence",
        assumptions=["independent observations", "expected counts of at least 5 in every cell"],
        statistic_name="chi2",
        statistic=res.statistic,
        df=int(res.dof),
        p_value=res.pvalue,
        alpha=alpha,
        effect=("cramers_v", cramer),
        extra={
            "observed": counts.tolist(),
            "expected": res.expected_freq.tolist(),
            "rows": labels[0],
            "columns": labels[1],
            "correction": correction and counts.shape == (2, 2),
        },
        notes=notes,
    )
    result.tables.append(
        Table(
            "Observed counts", ["", *labels[1]], [[r, *row] for r, row in zip(labels[0], counts.tolist(), strict=True)]
        )
    )
    return result


def _correction_note(asked: bool, two_by_two: bool) -> str:
    """Which continuity correction the test used (Yates' applies to a 2x2 table only)."""
    if asked and two_by_two:
        return "Yates' continuity correction applied (2x2 table)."
    if asked:
        return "Yates' continuity correction applies to 2x2 tables only: none applied to this table."
    if two_by_two:
        return "No continuity correction (the Yates-corrected test is the alternative)."
    return "No continuity correction (none applies beyond a 2x2 table)."
