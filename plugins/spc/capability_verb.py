"""The ``capability`` verb: capability of the last variables chart (or of the data options)."""

from __future__ import annotations

from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Name, Result, StudyError, Table
from plugins.spc import charts, constants
from plugins.spc.capability import CPM_DF, Specs
from plugins.spc.capability import capability as compute
from plugins.spc.inputs import current_table, read_series

KEYWORDS = {"lsl", "usl", "target", "confidence", "cpm_df", "column", "subgroup", "index", "sigma_method", "constants"}
WITHIN = (*charts.SIGMA_METHODS, "overall")  # "overall": the sample SD, so that Cp = Pp and Cpk = Ppk
INDICES = ("Cp", "Cpl", "Cpu", "Cpk", "Pp", "Ppl", "Ppu", "Ppk", "Cpm")


def capability(ctx: Context, inv: Invocation) -> Result:
    """``capability lsl= usl= [target=] [confidence=0.95] [cpm_df="qcc"|"boyles"] [index=Ppk] [sigma_method=]
    [constants="exact"|"table"]``."""
    inv.check_keywords(KEYWORDS)
    inv.check_positional(0, "only name=value arguments")
    specs = _specs(ctx, inv)
    values, starts, method, source = _process(ctx, inv)
    if values.size < 2:
        raise StudyError("capability needs at least 2 values", pos=inv.pos)
    method = _word(ctx, inv, "sigma_method", WITHIN) or method
    stated = _word(ctx, inv, "constants", constants.MODES)
    mode = stated or ("exact" if source is None else source.extras["constants"])
    sigma = _within(values, starts, method, mode, inv)
    index = _word(ctx, inv, "index", INDICES)
    confidence = _confidence(ctx, inv)
    df_node = inv.keyword("cpm_df")
    cpm_df = (df_node.id if isinstance(df_node, Name) else ctx.string(df_node)) if df_node is not None else "qcc"
    if cpm_df not in CPM_DF:
        raise StudyError(f"unknown cpm_df '{cpm_df}'", df_node, hint='cpm_df="qcc" (default) or cpm_df="boyles"')
    data = {"lsl": specs.lsl, "usl": specs.usl, "target": specs.target, "sigma_within_method": sigma.sigma_method}
    data.update(compute(values, sigma.sigma, specs, confidence, cpm_df))
    if index is not None:
        if index not in data["indices"]:
            raise StudyError(
                f"{index} needs both specification limits", inv.keyword("index"), hint="give lsl= and usl="
            )
        data.update(index=index, value=data["indices"][index]["value"])
    notes = _notes(data, source)
    if method == "overall":
        notes.append(_overall_note(values, starts, data))
    column = source.extras["column"] if source is not None else None
    ctx.plugin_state("spc")["capability"] = {"values": values, "column": column, **data}
    return Result("capability", data, tables=[_table(data)], notes=notes, summary=_summary(data))


def _word(ctx: Context, inv: Invocation, name: str, allowed: tuple[str, ...]) -> str | None:
    """A name or string option among ``allowed`` (case-insensitive), as ``allowed`` spells it; None when absent."""
    node = inv.keyword(name)
    if node is None:
        return None
    value = node.id if isinstance(node, Name) else ctx.string(node)
    found = next((a for a in allowed if a.lower() == value.lower()), None)
    if found is None:
        raise StudyError(f"unknown {name} '{value}'", node, hint=f"one of: {', '.join(allowed)}")
    return found


def _within(values: np.ndarray, starts: np.ndarray, method: str, mode: str, inv: Invocation) -> charts.Limits:
    """The within sigma by ``method``; "overall" takes the sample SD (no subgroups to estimate it within)."""
    if method == "overall":
        return charts.Limits(float(np.mean(values)), float(np.std(values, ddof=1)), "overall sample SD")
    grouped = starts.size < values.size
    if method in ("range", "sbar") and not grouped:
        raise StudyError(f"sigma_method={method} needs subgroups", inv.keyword("sigma_method"),
                         hint="add subgroup= on the data statement, or use sigma_method=mr, sd or overall")  # fmt: skip
    try:
        return charts.estimate_variables(values, starts, method, mode)
    except ValueError as exc:
        raise StudyError(str(exc), pos=inv.pos) from None


def _overall_note(values: np.ndarray, starts: np.ndarray, data: dict[str, Any]) -> str:
    """Says that Cp/Cpk use the overall SD, and what the moving-range within sigma (Minitab's for single values) gives."""
    text = "Cp and Cpk use the overall sample SD as sigma (sigma_method=overall): Cp = Pp and Cpk = Ppk"
    if starts.size < values.size:
        return text
    mr = charts.estimate_variables(values, starts, "mr", "exact").sigma
    sides = [(s - data["mean"]) * sign for s, sign in ((data["usl"], 1), (data["lsl"], -1)) if s is not None]
    return f"{text}; with the moving-range sigma MR-bar/d2 = {mr:.6g} (in the order given) Cpk = {min(sides) / (3 * mr):.6g}"


def _specs(ctx: Context, inv: Invocation) -> Specs:
    lsl, usl, target = (inv.keyword(k) for k in ("lsl", "usl", "target"))
    if lsl is None and usl is None:
        raise StudyError("capability needs a specification limit", pos=inv.pos, hint="add lsl= and/or usl=")
    specs = Specs(*(ctx.number(n) if n is not None else None for n in (lsl, usl, target)))
    if specs.lsl is not None and specs.usl is not None:
        if specs.usl <= specs.lsl:
            raise StudyError(f"usl ({specs.usl}) must be above lsl ({specs.lsl})", usl)
        if specs.target is None:
            specs.target = (specs.lsl + specs.usl) / 2.0
        elif not specs.lsl <= specs.target <= specs.usl:
            raise StudyError("target must lie between lsl and usl", target)
    return specs


def _confidence(ctx: Context, inv: Invocation) -> float:
    return ctx.fraction_option(inv, "confidence", 0.95)


def _process(ctx: Context, inv: Invocation) -> tuple[np.ndarray, np.ndarray, str, charts.Chart | None]:
    """The individual values, their subgroups and the within-sigma estimator to use.

    The last variables chart when there is one (and no column=/subgroup= here), else the data
    statement's options: subgroups by R-bar/d2, single values by MR-bar/d2.
    """
    last = ctx.plugin_state("spc").get("chart")
    fresh = inv.keyword("column") is not None or inv.keyword("subgroup") is not None
    if last is not None and last.kind in charts.VARIABLES and not fresh:
        return last.values, last.starts, last.extras["sigma_estimator"], last
    series = read_series(ctx, inv, current_table(ctx, inv), attribute=False)
    return series.values, series.starts, "range" if np.any(series.sizes > 1) else "mr", None


def _notes(data: dict[str, Any], chart: charts.Chart | None) -> list[str]:
    notes = [
        f"within sigma {data['sigma_within']:.6g} ({data['sigma_within_method']}), "
        f"overall sigma {data['sigma_overall']:.6g} (sample SD)"
    ]
    normality = data["normality"]
    if not normality["normal"]:
        notes.append(
            f"warning: the data fail the Anderson-Darling normality test (p = {normality['p_value']:.3g} < "
            f"{normality['alpha']}); normal-theory indices and % outside may mislead"
        )
    if chart is not None and chart.panels[0].check is not None and chart.panels[0].check.labels.any():
        notes.append("warning: the chart has out-of-control points; capability assumes a stable process")
    return notes


def _table(data: dict[str, Any]) -> Table:
    rows = [
        [name, round(v["value"], 4), round(v["ci"][0], 4), round(v["ci"][1], 4)] for name, v in data["indices"].items()
    ]
    level = f"{100 * data['confidence']:g}%"
    return Table("Process capability", ["index", "value", f"{level} lower", f"{level} upper"], rows)


def _summary(data: dict[str, Any]) -> str:
    key = data.get("index") or ("Cpk" if "Cpk" in data["indices"] else next(iter(data["indices"])))
    sigma = "overall" if key.startswith("P") else "within"
    return (
        f"{key} = {data['indices'][key]['value']:.3f}; expected {data['expected_pct'][sigma]['total']:.3g}% "
        f"outside specification ({sigma} sigma), observed {data['observed_pct']['total']:.3g}%."
    )
