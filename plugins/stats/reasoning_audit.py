"""Audits of the stats plugin's reasoning tools: every statistic recomputed with scipy, numpy, statsmodels or mpmath."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check, Plan, close_check

Reader = Callable[[str], Any]


def audit_probability(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    from plugins.stats.exact_distributions import DIGITS, Exact

    f = plan.facts
    value = result.get("value")
    if f["dist"] == "bayes":  # no distribution: the 2x2 table of condition and outcome
        from plugins.stats.reasoning_bayes import bayes_checks

        inside = value is not None and 0 <= value <= 1
        checks = [Check("probability in [0, 1]", inside, f"{value}"), *bayes_checks(f, value, read_expression)]
        return [*checks, _exact_form_check(result)] if f.get("exact_form") or f.get("exact_asked") else checks
    if f["dist"] == "bayes_sources":  # no distribution: shares and rates of several sources
        from plugins.stats.reasoning_sources import sources_checks

        inside = value is not None and 0 <= value <= 1
        return [Check("probability in [0, 1]", inside, f"{value}"), *sources_checks(f, value)]
    if f["dist"] == "markov":  # no distribution: a chain's stationary shares, solved as a linear system
        from plugins.stats.reasoning_markov import markov_checks

        return markov_checks(f, result, read_expression)
    if f["dist"] == "sd_band":  # a standard normal band: its mass by the error function
        from plugins.stats.reasoning_sd_band import band_checks

        return band_checks(f, value)
    if f["dist"] == "redundancy":  # no distribution: units up with stated probabilities, in series and parallel
        from plugins.stats.reasoning_redundancy import redundancy_check

        inside = value is not None and 0 <= value <= f.get("unit_scale", 1.0)
        return [Check("probability in [0, 1]", inside, f"{value}"), redundancy_check(f, value)]
    scale = f.get("unit_scale", 1.0)  # a probability asked in ppm, percent or per pieces: the fraction times the scale
    inside = value is not None and (0 <= value <= scale if f["fn"] != "ppf" else math.isfinite(value))
    what = (
        "quantile is finite"
        if f["fn"] == "ppf"
        else "probability in [0, 1]"
        if scale == 1
        else f"share in [0, {scale:g}]"
    )
    checks = [Check(what, inside, f"{value}")]
    if f["dist"] == "binomial":
        dist = Exact("binomial", n=f["n"], p=f["p"])
    elif f["dist"] == "poisson":
        dist = Exact("poisson", mu=f["mu"])
    elif f["dist"] == "hypergeom":
        dist = Exact("hypergeom", N=f["N"], K=f["K"], n=f["n"])
    elif f["dist"] == "normal":
        dist = Exact("normal", mu=float(read_expression(f["mu"])), sd=float(read_expression(f["sd"])))
    elif f["dist"] in {"t", "chi2", "f"}:
        dist = Exact(f["dist"], **dict(zip(("df",) if f["dist"] != "f" else ("df1", "df2"), f["df"], strict=True)))
    elif f["dist"] == "weibull":
        dist = Exact("weibull", shape=float(read_expression(f["shape"])), scale=float(read_expression(f["scale"])))
    else:
        dist = Exact("exponential", rate=float(read_expression(f["rate"])))
    if f["fn"] == "between":
        want = dist.cdf(float(read_expression(f["hi"]))) - dist.cdf(float(read_expression(f["lo"])))
    elif f["fn"] == "outside":  # below the lower limit plus above the upper (either may be absent)
        want = sum(tail(float(read_expression(f[k]))) for k, tail in (("lo", dist.cdf), ("hi", dist.sf)) if f[k])
    elif f["fn"] == "ppf":
        want = dist.ppf(f["q"])
    else:
        point = f["k"] if "k" in f else float(f["x"])
        want = getattr(dist, f["fn"])(point)
    unit = f" in {f['unit']}" if "unit" in f else ""
    checks.append(
        close_check(f"mpmath {f['dist']}.{f['fn']} ({DIGITS} digits){unit}", value, float(want) * scale, 1e-9)
    )
    if f.get("exact_form") or f.get("exact_asked"):  # asked in exact form: a closed form, no decimals
        checks.append(_exact_form_check(result))
    if "survived" in f and f["fn"] in {"sf", "cdf"}:  # memoryless: P(T > s + t | T > s) = P(T > s + t)/P(T > s)
        s_, t_ = float(f["survived"]), float(f["x"])
        kept = dist.sf(s_ + t_) / dist.sf(s_)
        want = kept if f["fn"] == "sf" else 1 - kept
        checks.append(close_check(f"conditional on surviving {f['survived']}: P(T > s + t)/P(T > s) (mpmath)", value,
                                  float(want) * scale, 1e-9))  # fmt: skip
    if "series" in f:  # a series system: the product of its components' reliabilities
        from plugins.stats.reasoning_series import series_check

        checks.append(series_check(f, value, read_expression))
    if f.get("rate_unit") and f.get("time_unit") and f["rate_unit"] != f["time_unit"]:
        checks.append(_rate_unit_check(f, read_expression))
    if "tail" in f and value is not None:
        checks.append(_tail_area_check(f, value, dist))
    if f.get("specification"):
        checks.append(_limits_near_check(f, read_expression))
    if "n_mean" in f:  # the sd of a mean of n values
        sigma, n = float(read_expression(f["sigma"])), f["n_mean"]
        checks.append(close_check(f"sd of the mean of {n} values is sigma/sqrt(n) (math.sqrt)",
                                  float(read_expression(f["sd"])), sigma / math.sqrt(n), 1e-12))  # fmt: skip
    return checks


# a specification limit further than this many sd from the mean is a misread value (a unit, a prefix, a separator)
_FAR_SD = 10


def _limits_near_check(f: dict[str, Any], read_expression: Reader) -> Check:
    """A normal's specification limits lie within 10 sd of its mean: "10 kΩ ±1%" read as 9 to 11 beside a mean of
    10 000 Ω (a share of 0 or 1 whatever the spread) fails, as a misreading of a unit, prefix or separator."""
    mu, sd = float(read_expression(f["mu"])), float(read_expression(f["sd"]))
    limits = [float(read_expression(f[k])) for k in ("lo", "hi") if f.get(k)]
    far = [f"{x:g}" for x in limits if sd <= 0 or abs(x - mu) > _FAR_SD * sd]
    detail = f"{', '.join(far)} more than {_FAR_SD} sd from the mean {mu:g}: check the units" if far else "near"
    return Check(f"specification limits within {_FAR_SD} sd of the mean", not far, detail)


def _exact_form_check(result: dict[str, Any]) -> Check:
    """An answer asked in exact form is a closed form: no decimal number in it."""
    exact = str(result.get("result"))
    return Check("exact form: no decimal numbers", re.search(r"\d\.\d", exact) is None, exact)


def _tail_area_check(f: dict[str, Any], value: float, dist: Any) -> Check:
    """A critical value's tail area recomputed in mpmath from the answer (sf above an upper one, cdf below a lower
    one, half of alpha above a two-sided one) against the area the question states: the tail the question names."""
    got = {"upper": dist.sf, "lower": dist.cdf, "two-sided": lambda x: 2 * dist.sf(x)}[f["tail"]](value)
    where = {"upper": "above", "lower": "below", "two-sided": "beyond +/-"}[f["tail"]]
    return close_check(f"mpmath {f['dist']}: the area {where} the answer is the stated {f['area']:g}", float(got),
                       f["area"], 1e-7)  # fmt: skip


def _rate_unit_check(f: dict[str, Any], read_expression: Reader) -> Check:
    """A rate per one unit of time restated per the unit of the times asked, with datetime.timedelta's seconds."""
    from datetime import timedelta

    units = (f["rate_unit"], f["time_unit"])
    if not all(u in ("second", "minute", "hour", "day", "week") for u in units):
        return Check(f"the rate per {units[1]} (datetime.timedelta)", False, f"no time unit for {units}")
    seconds = [timedelta(**{f"{u}s": 1}).total_seconds() for u in units]
    want = float(read_expression(f["rate_as_written"])) * seconds[1] / seconds[0]
    return close_check(f"the rate per {units[1]} (datetime.timedelta)", float(read_expression(f["rate"])), want, 1e-12)


def audit_tests(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    import numpy as np
    from scipy import stats

    if "twoway" in plan.facts:  # a two-way ANOVA: the asked term refitted by statsmodels
        from plugins.stats.reasoning_twoway import audit_twoway

        return audit_twoway(plan.facts, result)
    groups = [np.array([float(v) for v in g]) for g in plan.facts["samples"]]
    p = result.get("p_value")
    checks = [Check("p-value in [0, 1]", p is not None and 0 <= p <= 1, f"p = {p}")]
    kind = result.get("kind")
    side, stated = _stated_side(plan.facts)
    if result.get("alternative") is not None:  # F and chi-square tests have none
        checks.append(Check("the test answers the alternative the question states", result["alternative"] == side,
                            f"question {stated}, engine {result['alternative']}"))  # fmt: skip
    one = len((plan.facts.get("summary") or {"n": groups}).get("n", groups)) == 1  # one sample: no variance to pool
    if kind in ("ttest", "anova") and "equal_var" in plan.facts and not plan.facts.get("paired") and not one:
        named = "pooled" if plan.facts["equal_var"] else "Welch (unequal variances)"
        checks.append(Check(f"the {kind} uses the variance the question names", bool(result.get("equal_var")) == plan.facts["equal_var"],
                            f"question {named}, engine equal_var={bool(result.get('equal_var'))}"))  # fmt: skip
    if kind == "ztest":
        return [*checks, _z_check(plan.facts, result)]
    if kind == "ftest":
        from plugins.stats.reasoning_variances import audit_variance_f_test

        return [*checks, *audit_variance_f_test(plan.facts, result)]
    if kind == "anova" and result.get("equal_var") is False:
        return [*checks, _welch_anova_check(plan.facts, result)]
    if "sums_of_squares" in plan.facts:
        return [*checks, _sums_check(plan.facts, result)]
    if "blocked" in plan.facts:
        return [*checks, *_blocked_checks(plan.facts["blocked"], result)]
    if "summary" in plan.facts:
        return [*checks, _summary_check(plan.facts, result)]
    if kind == "proportion":
        return [*checks, _proportion_check(plan.facts, result)]
    if kind == "chisquare" and "table" in plan.facts:
        if "of_totals" in plan.facts:
            checks.append(_of_totals_check(plan.facts["table"], plan.facts["of_totals"]))
        table = np.array([[float(v) for v in r] for r in plan.facts["table"]])
        want = stats.chi2_contingency(table, correction=bool(plan.facts.get("correction")))
    elif kind == "chisquare":
        obs = np.array([float(v) for v in plan.facts["counts"]])
        exp = None if plan.facts["expected"] is None else np.array([float(v) for v in plan.facts["expected"]])
        f_exp = None if exp is None else exp * obs.sum() / exp.sum()
        want = stats.chisquare(obs, f_exp)
    elif kind == "ttest":
        if len(groups) == 1:
            want = stats.ttest_1samp(groups[0], float(plan.facts["mu"]), alternative=side)
        elif result.get("paired") or "paired" in result.get("test", "").lower():
            want = stats.ttest_rel(groups[0], groups[1], alternative=side)
        else:
            want = stats.ttest_ind(groups[0], groups[1], equal_var=bool(result.get("equal_var")), alternative=side)
    elif kind == "anova":
        want = stats.f_oneway(*groups)
    elif kind == "kruskal":
        want = stats.kruskal(*groups)
    elif kind == "mannwhitney":
        want = stats.mannwhitneyu(groups[0], groups[1], alternative=side)
    elif kind == "wilcoxon":
        want = stats.wilcoxon(groups[0] - (groups[1] if len(groups) > 1 else float(plan.facts["mu"])), alternative=side)
    else:
        return checks
    checks.append(close_check(f"scipy recomputes the {kind} p-value", p, float(want.pvalue), 1e-4))
    return checks


def _of_totals_check(table: list[list[Any]], written: list[str]) -> Check:
    """A table built from "k of n" counts: row i is [k, n - k] of the i-th count as written (its first and last whole
    numbers), so each row sums to its group's total n, never to n + k (the totals read as the failures)."""
    import re

    wanted = [[int(w) for w in re.findall(r"\d+", span)] for span in written]
    rows = [[int(float(v)) for v in row] for row in table]
    ok = len(rows) == len(wanted) and all(
        len(row) == 2 and len(w) >= 2 and row[0] == w[0] and sum(row) == w[-1]
        for row, w in zip(rows, wanted, strict=False)
    )
    return Check("each row of the table sums to its stated total (k of n)", ok,
                 f"rows {rows}, written {', '.join(written)}")  # fmt: skip


def _welch_anova_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """Welch's ANOVA rerun by statsmodels ``anova_oneway(use_var="unequal")`` on the groups, or on samples built to
    have exactly the stated n, means and sds."""
    import numpy as np
    from statsmodels.stats.oneway import anova_oneway

    if "summary" in facts:
        n, mean, sd = ([float(v) for v in facts["summary"][k]] for k in ("n", "mean", "sd"))
        groups = [_sample_with(int(size), m, s) for size, m, s in zip(n, mean, sd, strict=True)]
    else:
        groups = [np.array([float(v) for v in g]) for g in facts["samples"]]
    want = anova_oneway(groups, use_var="unequal")
    return close_check("statsmodels anova_oneway(use_var='unequal') p-value", result.get("p_value"),
                       float(want.pvalue), 1e-6)  # fmt: skip


def _stated_side(facts: dict[str, Any]) -> tuple[str, str]:
    """The alternative for first - second the question states, and how: restated from the groups its words compare
    ("line 2 larger than line 1", the first group "line 1": "less") when the plan read them, else the plan's."""
    from plugins.stats.reasoning_direction import side_from

    side = facts.get("alternative", "two-sided")
    found = facts.get("direction")
    if not found:
        return side, side
    labels, larger = found["labels"], found["larger"]
    smaller = next(label for label in labels if label != larger)
    side = side_from(larger, labels)
    return side, f"{side} ({larger} larger than {smaller}; the first group is {labels[0]})"


def _sums_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """The F test of a one-way ANOVA stated by its sums of squares, by scipy: F = (SSB / (k - 1)) / (SSW / (N - k))."""
    from scipy import stats

    between, within = (float(v) for v in facts["sums_of_squares"])
    k, n = facts["k"], facts["n_total"]
    f = (between / (k - 1)) / (within / (n - k))
    return close_check("scipy recomputes the F test from the sums of squares", result.get("p_value"),
                       float(stats.f.sf(f, k - 1, n - k)), 1e-6)  # fmt: skip


def _blocked_checks(blocked: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """The randomized complete block design refitted by statsmodels ``ols('y ~ C(trt) + C(block)')`` and
    ``anova_lm``: the treatment's F and p-value, and the additive model (no interaction term, one observation per
    treatment and block)."""
    import pandas as pd
    from statsmodels.formula.api import ols
    from statsmodels.stats.anova import anova_lm

    frame = pd.DataFrame({key: blocked[key] for key in ("y", "trt", "block")}).astype({"y": float})
    table = anova_lm(ols("y ~ C(trt) + C(block)", data=frame).fit())
    return [
        Check(
            "the model is additive (treatment + block, no interaction)",
            result.get("model") == "additive",
            f"engine model {result.get('model')}",
        ),  # fmt: skip
        close_check(
            "statsmodels ols + anova_lm treatment F", result.get("f_statistic"), float(table.loc["C(trt)", "F"]), 1e-6
        ),  # fmt: skip
        close_check(
            "statsmodels ols + anova_lm treatment p-value",
            result.get("p_value"),
            float(table.loc["C(trt)", "PR(>F)"]),
            1e-6,
        ),  # fmt: skip
    ]


def _summary_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """The summary-statistics test rerun by scipy: ``ttest_ind_from_stats`` for two samples; for one sample
    (``ttest_1samp``) and for an ANOVA (``f_oneway``), samples built to have exactly the stated n, mean and sd."""
    from scipy import stats

    n, mean, sd = ([float(v) for v in facts["summary"][k]] for k in ("n", "mean", "sd"))
    if result.get("kind") == "anova":
        want = stats.f_oneway(*(_sample_with(int(size), m, s) for size, m, s in zip(n, mean, sd, strict=True)))
        return close_check("scipy f_oneway on samples with the stated n, means, sds", result.get("p_value"),
                           float(want.pvalue), 1e-6)  # fmt: skip
    side = _stated_side(facts)[0]
    if len(n) == 2:
        want = stats.ttest_ind_from_stats(mean[0], sd[0], int(n[0]), mean[1], sd[1], int(n[1]),
                                          equal_var=bool(result.get("equal_var")), alternative=side)  # fmt: skip
        return close_check("scipy ttest_ind_from_stats p-value", result.get("p_value"), float(want.pvalue), 1e-6)
    want = stats.ttest_1samp(_sample_with(int(n[0]), mean[0], sd[0]), float(facts["mu"]), alternative=side)
    return close_check("scipy ttest_1samp on a sample with the stated n, mean, sd", result.get("p_value"),
                       float(want.pvalue), 1e-6)  # fmt: skip


def _z_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """z = (mean - mu) / (sigma / sqrt(n)) from the stated values (numpy's mean of a sample), its p-value from
    scipy.stats.norm under the alternative the question states."""
    import numpy as np
    from scipy import stats

    if facts["samples"]:
        data = np.array([float(v) for v in facts["samples"][0]])
        n, mean = len(data), float(data.mean())
    else:
        n, mean = int(facts["n"]), float(facts["mean"])
    z = (mean - float(facts["mu"])) / (float(facts["sigma"]) / math.sqrt(n))
    side = facts["alternative"]
    want = stats.norm.sf(z) if side == "greater" else stats.norm.cdf(z) if side == "less" else 2 * stats.norm.sf(abs(z))
    return close_check("scipy.stats.norm p-value of z = (mean - mu)/(sigma/sqrt(n))", result.get("p_value"),
                       float(want), 1e-9)  # fmt: skip


def _sample_with(n: int, mean: float, sd: float):
    """A sample of n values whose mean and sd are exactly ``mean`` and ``sd``."""
    import numpy as np

    z = np.arange(n, dtype=float)
    return mean + sd * (z - z.mean()) / z.std(ddof=1)


def _proportion_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """statsmodels recomputes the p-value: ``proportions_ztest`` (pooled; p0 in the standard error) or
    ``binom_test`` for the exact test."""
    from statsmodels.stats.proportion import binom_test, proportions_ztest

    x, n = [int(v) for v in facts["successes"]], [int(v) for v in facts["n"]]
    side = {"greater": "larger", "less": "smaller"}.get(_stated_side(facts)[0], "two-sided")
    if len(x) == 2:
        want = proportions_ztest(x, n, alternative=side)[1]
        name = "statsmodels proportions_ztest"
    elif facts["exact"]:
        want = binom_test(x[0], n[0], float(facts["p0"]), alternative=side)
        name = "statsmodels binom_test"
    else:
        p0 = float(facts["p0"])
        want = proportions_ztest(x[0], n[0], p0, alternative=side, prop_var=p0)[1]
        name = "statsmodels proportions_ztest (p0 in the standard error)"
    return close_check(f"{name} p-value", result.get("p_value"), float(want), 1e-6)


def audit_regression(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """A straight line against ``numpy.polyfit`` and R^2 against the squared correlation; another model against
    ``numpy.polyfit`` (a full polynomial) or statsmodels OLS (through the origin, or with powers left out), every
    coefficient and R^2 (uncentred without an intercept, as statsmodels and R report it); and the engine fitted the
    terms the plan asked for."""
    import numpy as np

    if "predictors" in plan.facts:
        return _multiple_checks(plan.facts, result)
    if "sums" in plan.facts:  # a line from its summary sums: the normal equations solved by numpy
        from plugins.stats.reasoning_regression_sums import sums_checks

        return sums_checks(plan.facts, result.get("value"))
    x, y = (np.array([float(v) for v in plan.facts[k]]) for k in ("x", "y"))
    coef = dict(zip(result["terms"], result["coef"], strict=False))
    powers, intercept = plan.facts.get("powers", [1]), plan.facts.get("intercept", True)
    terms = ["intercept"] * intercept + ["x" if p == 1 else f"x^{p}" for p in powers]
    checks = [Check("the engine fitted the planned terms", list(result["terms"]) == terms,
                    f"plan {terms}, engine {result['terms']}")]  # fmt: skip
    checks += _statistics_checks(x, y, powers, intercept, plan.facts, result)
    if "transforms" in plan.facts:
        x, y = _numpy_transformed(plan.facts)
        checks.append(
            Check(
                "numpy transforms of the data match the plan's columns",
                bool(
                    np.allclose(x, [float(v) for v in plan.facts["x"]], rtol=1e-12)
                    and np.allclose(y, [float(v) for v in plan.facts["y"]], rtol=1e-12)
                ),
                str(plan.facts["transforms"]),
            )
        )
    if "powers" not in plan.facts:
        slope, icept = np.polyfit(x, y, 1)
        r2 = float(np.corrcoef(x, y)[0, 1] ** 2)
        if plan.facts.get("asked") == "r":  # Pearson's r asked: the fit's sign(slope) sqrt(R^2) against scipy
            from scipy.stats import pearsonr

            r = math.copysign(math.sqrt(max(result.get("r_squared") or 0.0, 0.0)), coef.get("x") or 0.0)
            checks.append(close_check("scipy pearsonr r", r, float(pearsonr(x, y)[0]), 1e-7))
        return [*checks, close_check("numpy polyfit slope", coef.get("x"), float(slope), 1e-7),
                close_check("numpy polyfit intercept", coef.get("intercept"), float(icept), 1e-6),
                close_check("R^2 = squared correlation", result.get("r_squared"), r2, 1e-7)]  # fmt: skip
    return checks + _polynomial_checks(x, y, powers, intercept, coef, result.get("r_squared"))


def _numpy_transformed(facts: dict[str, Any]) -> tuple[Any, Any]:
    """The data as read (``facts["raw"]``) under each side's transform (``facts["transforms"]``: ln, log10, sqrt,
    exp, reciprocal or None), computed by numpy apart from the planner's Decimal arithmetic."""
    import numpy as np

    functions = {"ln": np.log, "log10": np.log10, "sqrt": np.sqrt, "exp": np.exp, "reciprocal": np.reciprocal,
                 None: lambda v: v}  # fmt: skip
    x, y = (functions[facts["transforms"][k]](np.array([float(v) for v in facts["raw"][k]])) for k in ("x", "y"))
    return x, y


def _fit_statistics_checks(ols, labels: list[int], facts: dict[str, Any], result: dict[str, Any],
                           row: Any = None) -> list[Check]:  # fmt: skip
    """Against a statsmodels OLS fit (its columns b_k for k in ``labels``): the residual standard error, and the
    statistic the question asks for (adjusted R^2, the residual degrees of freedom, F, a coefficient's p-value); a
    prediction at ``facts["at"]`` (``row``: the design row there) and its prediction interval."""
    import numpy as np

    checks = [close_check("statsmodels OLS residual standard error", result.get("residual_sd"),
                          float(np.sqrt(ols.scale)), 1e-7)]  # fmt: skip
    asked = str(facts.get("asked") or "")
    wanted = {"adj_r_squared": ols.rsquared_adj, "df_residual": ols.df_resid, "f_statistic": ols.fvalue}
    if asked in wanted:
        checks.append(close_check(f"statsmodels OLS {asked}", result.get(asked), float(wanted[asked]), 1e-7))
    if asked.startswith("p_value"):  # a line's slope's, or "p_values.b2"
        power = {"p_value": 1, "p_values.intercept": 0}.get(asked)
        index = labels.index(int(asked.removeprefix("p_values.b")) if power is None else power)
        got = (result.get("coefficients") or [{}] * len(labels))[index].get("p_value")
        checks.append(close_check(f"statsmodels OLS p-value of b{labels[index]}", got, float(ols.pvalues[index]),
                                  1e-6, 1e-12))  # fmt: skip
    if row is not None:
        frame = ols.get_prediction(row).summary_frame(alpha=0.05)
        checks.append(
            close_check("statsmodels OLS prediction", result.get("prediction"), float(frame["mean"][0]), 1e-7)
        )
        low = (result.get("prediction_interval") or [None])[0]
        checks.append(close_check("statsmodels OLS 95% prediction interval (low end)", low,
                                  float(frame["obs_ci_lower"][0]), 1e-7))  # fmt: skip
    return checks


def _statistics_checks(x, y, powers: list[int], intercept: bool, facts: dict[str, Any],
                       result: dict[str, Any]) -> list[Check]:  # fmt: skip
    """The fit's statistics of one predictor's polynomial against statsmodels OLS (see ``_fit_statistics_checks``)."""
    import numpy as np
    import statsmodels.api as sm

    columns = np.column_stack([x**p for p in powers])
    design = sm.add_constant(columns, prepend=True, has_constant="add") if intercept else columns
    at = float(facts["at"]) if facts.get("at") is not None else None
    row = np.array([[1.0] * intercept + [at**p for p in powers]]) if at is not None else None
    return _fit_statistics_checks(sm.OLS(y, design).fit(), [0] * intercept + list(powers), facts, result, row)


def _multiple_checks(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """A multiple regression against statsmodels OLS on [1, x1, x2 ...]: the terms fitted, each coefficient, R^2, the
    residual standard error and the statistic asked."""
    import numpy as np
    import statsmodels.api as sm

    y = np.array([float(v) for v in facts["y"]])
    columns = np.column_stack([[float(v) for v in column] for column in facts["columns"]])
    ols = sm.OLS(y, sm.add_constant(columns, prepend=True, has_constant="add")).fit()
    terms = ["intercept"] + [f"x{i}" for i in range(1, len(facts["columns"]) + 1)]
    checks = [Check("the engine fitted the planned terms", list(result["terms"]) == terms,
                    f"plan {terms}, engine {result['terms']}")]  # fmt: skip
    scale = 1e-9 * max(1.0, float(np.abs(y).max()))
    checks += [close_check(f"statsmodels OLS b{k} ({term})", got, float(want), 1e-6, scale)
               for k, (term, got, want) in enumerate(zip(terms, result["coef"], ols.params, strict=False))]  # fmt: skip
    checks.append(close_check("statsmodels OLS R^2", result.get("r_squared"), float(ols.rsquared), 1e-7))
    return checks + _fit_statistics_checks(ols, list(range(len(terms))), facts, result)


def _polynomial_checks(x, y, powers: list[int], intercept: bool, coef: dict[str, Any], r2: Any) -> list[Check]:
    """Each coefficient b_k of x^k and R^2 refitted: numpy.polyfit for a polynomial with every power up to its
    degree and an intercept, statsmodels OLS for any other set of terms; R^2 from statsmodels OLS."""
    import numpy as np
    import statsmodels.api as sm

    columns = np.column_stack([x**p for p in powers])
    design = sm.add_constant(columns, prepend=True, has_constant="add") if intercept else columns
    ols = sm.OLS(y, design).fit()
    full = intercept and powers == list(range(1, len(powers) + 1))
    want = list(np.polyfit(x, y, len(powers))[::-1]) if full else list(ols.params)
    source = "numpy polyfit" if full else "statsmodels OLS"
    names = ["intercept"] * intercept + ["x" if p == 1 else f"x^{p}" for p in powers]
    labels = [0] * intercept + list(powers)
    checks = [close_check(f"{source} b{k} ({name})", coef.get(name), float(w), 1e-6, 1e-9 * max(1.0, float(np.abs(y).max())))
              for k, name, w in zip(labels, names, want, strict=True)]  # fmt: skip
    checks.append(close_check("statsmodels OLS R^2" + ("" if intercept else " (uncentred, no intercept)"), r2,
                              float(ols.rsquared), 1e-7))  # fmt: skip
    return checks


def audit_sample_size(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    f = plan.facts
    n = result.get("n")
    if f["test"] == "success_run":
        from plugins.stats.reasoning_success_run import success_run_checks

        return success_run_checks(f, n)
    if f["test"] == "precision":
        return _precision_checks(f, result)
    alpha = result.get("alpha", 0.05)
    one_sided = f.get("alternative") == "one-sided"  # in the direction of the effect: statsmodels' "larger" of |effect|
    side = "larger" if one_sided else "two-sided"
    if f["test"] == "proportion" and f.get("method") == "pooled":
        from statsmodels.stats.proportion import power_proportions_2indep

        p1, p2 = float(f["p1"]), float(f["p2"])
        side = side if not one_sided or p2 > p1 else "smaller"
        power = [power_proportions_2indep(p2 - p1, p1, m, alpha=alpha, alternative=side).power if m else 0.0
                 for m in (n - 1, n)]  # fmt: skip
        return [Check(f"statsmodels power_proportions_2indep ({side}): n is the smallest reaching the power",
                      power[1] >= f["power"] > power[0], f"power {power[1]:.5f} at n = {n}, {power[0]:.5f} at n - 1")]  # fmt: skip
    if f["test"] == "proportion":
        from statsmodels.stats.power import NormalIndPower
        from statsmodels.stats.proportion import proportion_effectsize

        one = f.get("design") == "one-sample"  # ratio=0: one sample against a known rate
        h = abs(
            proportion_effectsize(float(f["p"]), float(f["p0"]))
            if one
            else proportion_effectsize(float(f["p2"]), float(f["p1"]))
        )
        found = NormalIndPower().solve_power(
            effect_size=h, power=f["power"], alpha=alpha, alternative=side, ratio=0.0 if one else 1.0
        )
        want = math.ceil(found - 1e-9)
        name = f"statsmodels NormalIndPower ({'one sample, ' if one else ''}{side}, rounded up)"
        return [Check(name, n == want, f"engine {n}, statsmodels {want}")]
    checks = [_mean_sample_size_check(f, n, alpha, side)]
    if "expected_mean" in f:  # the effect the engine used is the expected mean's distance from the compared value
        d = abs(float(f["expected_mean"]) - float(f["mu0"])) / float(f["sd"])
        checks.append(close_check("effect = |expected mean - compared value| / sd", result.get("effect"), d, 1e-9))
    return checks


def _mean_sample_size_check(f: dict[str, Any], n: Any, alpha: float, side: str) -> Check:
    """n against statsmodels ``solve_power`` rounded up: the noncentral t (``TTestIndPower``, ``TTestPower``) or,
    for the normal approximation, ``NormalIndPower`` (``ratio=0``: one sample, or the differences of pairs);
    ``side`` is statsmodels' alternative ("larger": one-sided, of the effect's size)."""
    import numpy as np
    from statsmodels.stats.power import NormalIndPower, TTestIndPower, TTestPower

    d = abs(f["d"]) if side == "larger" else f["d"]
    options = {"effect_size": d, "power": f["power"], "alpha": alpha, "alternative": side}
    with warnings.catch_warnings():  # a solve that does not converge is this check's failure, said below
        warnings.simplefilter("ignore")
        if f.get("method") == "z":
            ratio = 1.0 if f["design"] == "two-sample" else 0.0
            found, name = NormalIndPower().solve_power(ratio=ratio, **options), "statsmodels NormalIndPower"
        else:
            engine = TTestIndPower() if f["design"] == "two-sample" else TTestPower()
            found, name = engine.solve_power(**options), "statsmodels solve_power"
    found = float(np.asarray(found).squeeze())  # statsmodels returns nan (or an array of it) when it does not converge
    if not math.isfinite(found) or found < 1:
        return Check(f"{name} ({side}, rounded up)", False,
                     f"engine {n}, but statsmodels finds no sample size for the effect d = {d:g} (solved {found:g}): an "
                     "effect that large is reached by any n; check the difference and sd read")  # fmt: skip
    want = math.ceil(found - 1e-9)
    return Check(f"{name} ({side}, rounded up)", n == want, f"engine {n}, statsmodels {want}")


def _precision_checks(f: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """n is the smallest whose margin (scipy's normal or t quantile x spread / sqrt(n)) is within the one asked
    for; for a proportion also statsmodels ``samplesize_confint_proportion`` rounded up; and the engine used
    the stated sd or p (0.5 when none was stated)."""
    from scipy import stats

    n, level = result.get("n"), 1 - (1 - f["conf"]) / 2
    mean = f["parameter"] == "mean"
    p = f.get("p") if f.get("p") is not None else 0.5
    spread = f["sd"] if mean else math.sqrt(p * (1 - p))

    def reach(size: int) -> float:
        q = stats.t.ppf(level, size - 1) if f["method"] == "t" else stats.norm.ppf(level)
        return float(q * spread / math.sqrt(size))

    ok = isinstance(n, int) and n >= 2 and reach(n) <= f["margin"] and (n == 2 or reach(n - 1) > f["margin"])
    checks = [Check("n is the smallest sample reaching the margin (scipy quantiles)", ok,
                    f"margin {reach(n):.6g} at n = {n}" if isinstance(n, int) else f"n = {n!r}")]  # fmt: skip
    used = result.get("sd") if mean else result.get("p")
    checks.append(close_check(f"the engine used the stated {'sd' if mean else 'p'}", used, f["sd"] if mean else p))
    if not mean:
        from statsmodels.stats.proportion import samplesize_confint_proportion

        want = math.ceil(samplesize_confint_proportion(p, f["margin"], alpha=1 - f["conf"]) - 1e-9)
        checks.append(Check("statsmodels samplesize_confint_proportion (rounded up)", n == want,
                            f"engine {n}, statsmodels {want}"))  # fmt: skip
    return checks
