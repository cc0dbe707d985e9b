"""ANSWER: the machine-readable result and one line of prose per mode."""

from __future__ import annotations

import math
import re
from typing import Any

_TESTS = {"ttest", "ztest", "anova", "mannwhitney", "wilcoxon", "kruskal", "proportion"}
_TEST_KEYS = ("test", "statistic_name", "statistic", "df", "p_value", "alpha", "alternative", "reject_null")
# the documented keys a test's engine adds where they apply (an ANOVA's F under its own name, its two df)
_TEST_EXTRAS = ("f_statistic", "df_between", "df_within", "df_numerator", "df_denominator")


def _fmt(value: Any) -> str:
    return f"{value:.6g}" if isinstance(value, float) else str(value)


def machine_result(mode: str, result: dict[str, Any], facts: dict[str, Any] | None = None) -> Any:
    """The ``result`` field: a number, a list, a sympy expression string or an object (``facts`` of the plan name
    a capability answer's number)."""
    kind = result.get("kind")
    if mode == "capability" and (facts or {}).get("indices") and result.get("values"):  # "Cp and Cpk?"
        return capability_pair(result["values"], facts["indices"])
    if mode == "capability" and kind in {"expression", "capability"} and result.get("value") is not None:
        return capability_result(result["value"], (facts or {}).get("index") or result.get("index") or "")
    if mode == "regression" and kind == "expression" and (facts or {}).get("sums"):  # a line's quantity from its sums
        return {facts["asked"]: result.get("value"), "value": result.get("value"), "exact": result.get("result")}
    if kind == "expression":
        one = _asked_component(result, facts or {})
        one = one if one is not None else _asked_entry(result, facts or {})
        if one is not None:  # "3a + 2b = 16 and a - b = 2. What is a?": a's value, not the vector
            return one
        exact = (facts or {}).get("exact_form")  # a probability asked in exact form: the closed form
        if (
            isinstance(result.get("result"), str)
            and result.get("value") is not None
            and mode != "calculus"
            and not exact
        ):
            return result["value"]
        return result["result"]
    if kind == "anova" and (facts or {}).get("twoway"):  # the asked term of a two-way ANOVA
        from plugins.stats.reasoning_twoway import twoway_result

        return twoway_result(result, facts or {})
    if kind in _TESTS:
        return {**{k: result.get(k) for k in _TEST_KEYS}, **{k: result[k] for k in _TEST_EXTRAS if k in result}}
    if kind == "regression":
        return _regression_result(result, (facts or {}).get("asked"), (facts or {}).get("predictors"))
    if kind == "effects":
        from plugins.doe.reasoning_effects import effects_result

        return effects_result(result, facts or {})
    if kind == "design":
        keys = ("design", "runs", "resolution", "generators", "point_counts", "levels")
        return {k: result[k] for k in keys if k in result}
    if kind in {"power_ttest", "power_proportion"}:
        out = {"n": result["n"], "n_total": result.get("n_total"), "power": result.get("power")}
        return {**out, "method": result["method"]} if result.get("method") else out
    if kind == "power_precision":
        return {k: result.get(k) for k in ("n", "margin", "achieved_margin", "conf", "parameter")}
    if kind == "power_successrun":
        return {k: result.get(k) for k in ("n", "reliability", "confidence", "achieved_confidence")}
    if kind == "control_chart":
        return {k: result.get(k) for k in ("chart", "center", "lcl", "ucl", "out_of_control")}
    if kind == "control_limits":  # from summary statistics: no points
        return {k: result.get(k) for k in ("chart", "panel", "center", "lcl", "ucl", "secondary")}
    if str(kind).startswith("interval_"):
        return interval_result(result)
    if kind == "unit_conversion":  # asked exactly ("Exact value please"), a fraction no decimal ends is the value,
        closed = _repeating(result["exact"]) or _of_pi(result["exact"])  # and so is a multiple of pi (50*pi rad/s)
        value = result["exact"] if (facts or {}).get("exact_form") and closed else result["value"]
        return {"value": value, "unit": result["to"], "exact": result["exact"],
                "from": f"{result['quantity']} {result['from']}"}  # fmt: skip
    return result


def _of_pi(text: str) -> bool:
    """Whether ``text`` is a fraction of integers times pi as the engine prints it ("50*pi", "pi/6", "25*pi/3")."""
    from plugins.symbolic.reasoning_units import PI_MULTIPLE

    return PI_MULTIPLE.fullmatch(text.strip()) is not None


def _repeating(text: str) -> bool:
    """Whether ``text`` is a fraction of integers whose decimal never ends ("215/3"; not "7112/5", which is 1422.4
    exactly, nor "37" or a decimal)."""
    m = re.fullmatch(r"-?\d+/(\d+)", text.strip())
    if m is None:
        return False
    denominator = int(m.group(1))
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator > 1


_INTERVAL_KEYS = ("parameter", "method", "conf", "side", "estimate", "lower", "upper", "n", "successes")


def interval_result(result: dict[str, Any]) -> dict[str, Any]:
    """A confidence interval as an object: parameter, method, conf, side, estimate, lower, upper, n (and successes of
    a proportion); an end a one-sided bound leaves open (a mean's -inf or inf) is None, and the bound asked is also
    ``value``."""
    out = {k: result[k] for k in _INTERVAL_KEYS if k in result}
    for end in ("lower", "upper"):
        if isinstance(out.get(end), float) and math.isinf(out[end]):
            out[end] = None
    if out.get("side") in {"upper", "lower"}:
        out["value"] = out[out["side"]]
    return out


def interval_prose(value: dict[str, Any]) -> str:
    """ "95% confidence interval for the proportion: 0.0513 to 0.121 (Wilson score; estimate 0.0792, n = 240)", or
    one bound: "95% upper confidence bound for the mean: 50.87 (t; estimate 50.3, n = 12)"."""
    from plugins.stats.reasoning_intervals import METHOD_NAMES

    level = f"{_fmt(value['conf'] * 100)}%"
    method = METHOD_NAMES.get(value["method"], value["method"])
    said = f"({method}; estimate {_fmt(value['estimate'])}, n = {value['n']})"
    if value.get("side") in {"upper", "lower"}:
        return f"{level} {value['side']} confidence bound for the {value['parameter']}: {_fmt(value['value'])} {said}"
    return f"{level} confidence interval for the {value['parameter']}: {_fmt(value['lower'])} to {_fmt(value['upper'])} {said}"


def _power(term: str) -> int:
    """The power of x a regression term is (the intercept 0, "x" 1, "x^2" 2)."""
    return 0 if term == "intercept" else int(term.partition("^")[2] or 1)


_FIT_KEYS = ("r_squared", "adj_r_squared", "residual_sd", "df_residual", "f_statistic", "f_p_value")
_PREDICTION_KEYS = ("at", "prediction", "mean_ci", "prediction_interval")
# a quantity's name in the answer's first words
_QUANTITY_NAMES = {"r_squared": "R^2", "adj_r_squared": "adjusted R^2", "residual_sd": "residual standard error",
                   "df_residual": "residual degrees of freedom", "f_statistic": "F", "f_p_value": "p-value (F test)",
                   "p_value": "p-value (slope)", "prediction": "predicted y", "r": "correlation r"}  # fmt: skip


def _regression_result(result: dict[str, Any], asked: str | None = None,
                       predictors: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    """A straight line: intercept and slope. Any other model: its coefficients b_k of x^k by name, the model
    written with them, and the intercept (0 when the model goes through the origin; slope too when it is a line).
    Then R^2, adjusted R^2, the residual standard error and degrees of freedom, F and its p-value, each coefficient's
    p-value (a line's slope's as ``p_value``), the prediction where one was asked; and the quantity ``asked`` (a
    key, "p_values.b2" one coefficient's p-value) as ``value``, named by ``quantity``. Several ``predictors`` (a
    multiple regression): b1, b2 ... multiply them in their order, named in ``predictors``."""
    coef = dict(zip(result["terms"], result["coef"], strict=False))
    p_values = [c.get("p_value") for c in result.get("coefficients") or []]
    if list(coef) == ["intercept", "x"]:
        out: dict[str, Any] = {"intercept": coef["intercept"], "slope": coef["x"]}
        names = ["intercept", "slope"]
        if result.get("r_squared") is not None:  # Pearson's r: the slope's sign on the root of R^2
            out["r"] = math.copysign(math.sqrt(max(result["r_squared"], 0.0)), coef["x"])
    elif predictors:
        named = {f"b{i}": value for i, value in enumerate(coef.values())}
        labels = dict(zip(list(named)[1:], predictors, strict=True))
        model = "y = b0 + " + " + ".join(f"{name} {label}" for name, label in labels.items())
        out = {"model": model, **named, "intercept": named["b0"], "predictors": labels}
        names = list(named)
    else:
        named = {f"b{_power(term)}": value for term, value in coef.items()}
        model = "y = " + " + ".join(name if name == "b0" else f"{name} x" + (f"^{name[1:]}" if name != "b1" else "")
                                    for name in named)  # fmt: skip
        out = {"model": model, **named, "intercept": named.get("b0", 0.0)}
        names = list(named)
        if names == ["b1"]:
            out["slope"] = named["b1"]
    out.update({key: result.get(key) for key in _FIT_KEYS})
    out["p_values"] = dict(zip(names, p_values, strict=False))
    if "slope" in out:
        out["p_value"] = out["p_values"][names[-1]]
    out.update({key: result[key] for key in _PREDICTION_KEYS if key in result})
    value = _lookup(out, asked) if asked else None
    if value is not None:
        out.update({"quantity": asked, "value": value})
    return out


def _lookup(value: Any, key: str) -> Any:
    """``value[key]``, a dotted key ("p_values.b2") going down; None when absent."""
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _regression_prose(value: dict[str, Any]) -> str:
    """The quantity asked, then the fitted model in one line: "residual standard error = 0.192; y = 49.2 + 0.913 x -
    0.00823 x^2 (R^2 = 0.991)"; a prediction with its prediction interval."""
    lead = ""
    if "quantity" in value:
        quantity = value["quantity"]
        name = _QUANTITY_NAMES.get(quantity) or quantity.replace("p_values.", "p-value of ")
        lead = f"{name} = {_fmt(value['value'])}"
        if quantity == "prediction":
            low, high = value["prediction_interval"]
            lead = f"predicted y at x = {_fmt(value['at'])}: {_fmt(value['value'])} (95% prediction interval " \
                   f"{_fmt(low)} to {_fmt(high)})"  # fmt: skip
        lead += "; "
    return lead + _model_prose(value)


def _model_prose(value: dict[str, Any]) -> str:
    """The fitted model: "y = 49.2 + 0.913 x - 0.00823 x^2 (R^2 = 0.991)"."""
    if "model" not in value:
        return f"y = {_fmt(value['intercept'])} + {_fmt(value['slope'])} x (R^2 = {_fmt(value['r_squared'])})"
    parts = []
    for name in (k for k in value if re.fullmatch(r"b\d+", k)):
        number = value[name]
        power = int(name[1:])
        label = (value.get("predictors") or {}).get(name) or ("x" if power == 1 else f"x^{power}")
        term = _fmt(abs(number)) + ("" if power == 0 else f" {label}")
        parts.append(("- " if number < 0 else "+ ") + term if parts else ("-" if number < 0 else "") + term)
    return f"y = {' '.join(parts)} (R^2 = {_fmt(value['r_squared'])})"


_POWER_METHODS = {"t": "noncentral t; ", "z": "normal approximation (z); ", "pooled": "pooled-variance normal; "}
_POINT_NAMES = {"factorial": "factorial", "design": "design points", "axial": "axial", "center": "centre points"}


def _design_parts(result: dict[str, Any]) -> str:
    """What the runs are made of, centre points always said: ' (2 replicates: 16 factorial + 4 centre points)'."""
    counts = {"center": 0, **(result.get("point_counts") or {})}
    order = [*_POINT_NAMES, *counts]
    parts = " + ".join(f"{counts[t]} {_POINT_NAMES.get(t, t)}" for t in dict.fromkeys(order) if t in counts)
    reps, n_blocks = result.get("replicates") or 1, result.get("blocks") or 1
    blocks = f", in {n_blocks} blocks" if n_blocks > 1 else ""
    return f" ({reps} replicates: {parts}{blocks})" if reps > 1 else f" ({parts}{blocks})"


_INDEX_NAMES = {"cp": "Cp", "cpk": "Cpk", "pp": "Pp", "ppk": "Ppk"}


def _label(index: str) -> str:
    """The name of a capability plan's number: an index, or a share of the specification ("outside_spec_ppm")."""
    where, spec, unit = index.partition("_spec")
    if spec and where in {"outside", "within"}:
        amount = {"_ppm": "ppm", "_percent": "%"}.get(unit, "fraction")
        return f"expected {amount} {'out of' if where == 'outside' else 'within'} specification (normal model)"
    return _INDEX_NAMES.get(index, "value")


def capability_result(value: float, index: str) -> dict[str, Any]:
    """A capability answer as an object: the index under its lower-case name and as ``value`` ({"index": "Cpk",
    "cpk": 1.15, "value": 1.15}); a share of the specification under its name ({"quantity": "outside_spec_ppm",
    "outside_spec_ppm": 2700.0, "value": 2700.0})."""
    name = index.lower()
    if name in _INDEX_NAMES:
        return {"index": _INDEX_NAMES[name], name: value, "value": value}
    return {"quantity": name or "value", name or "value": value, "value": value}


def capability_pair(values: list[float], indices: list[str]) -> dict[str, Any]:
    """Two indices asked together as an object: each under its lower-case name, the last one ("Cpk" of "Cp and
    Cpk") also as ``index`` and ``value`` ({"index": "Cpk", "cp": 1.11, "cpk": 0.89, "value": 0.89})."""
    return {**capability_result(values[-1], indices[-1]), **dict(zip(indices, values, strict=True))}


def _components(names: list[str], result: dict[str, Any], asked: str | None = None) -> str:
    """ "x = 2, y = 3, z = -1 (solution vector Matrix([[2], [3], [-1]]))": each unknown with its value, then the
    vector; the unknown ``asked`` first ("F3 = 550/13 (≈ 42.3077); F1 = 500/13, F2 = 250/13 (solution vector ...)")."""
    values = [value for row in result["entries"] for value in row]
    pairs = list(zip(names, values, strict=False))
    named = ", ".join(f"{name} = {value}" for name, value in pairs if name != asked)
    if asked is None or asked not in names:
        return f"{named} (solution vector {result['result']})"
    value = dict(pairs)[asked]
    numeric = _numeric(value)
    shown = f" (≈ {_fmt(numeric)})" if numeric is not None and _fmt(numeric) != value else ""
    return f"{asked} = {value}{shown}; {named} (solution vector {result['result']})"


def _asked_component(result: dict[str, Any], facts: dict[str, Any]) -> str | None:
    """The exact value of the one unknown a linear system's question asks for (``facts["asked"]``), from the
    solution vector's entries; None when it asks for them all."""
    asked, names = facts.get("asked"), facts.get("unknowns") or []
    values = [value for row in result.get("entries") or [] for value in row]
    if facts.get("op") != "linsolve" or asked not in names or len(values) != len(names):
        return None
    return values[names.index(asked)]


def _asked_entry(result: dict[str, Any], facts: dict[str, Any]) -> str | None:
    """The exact entry of a matrix result a question asks for by its row and column (``facts["entry"]``, 1-based:
    "the top-right entry of A⁻¹" -> "-7/10"); None when it asks for the whole matrix."""
    entry, rows = facts.get("entry"), result.get("entries")
    if not entry or not rows:
        return None
    i, j = entry
    return rows[i - 1][j - 1] if i <= len(rows) and j <= len(rows[i - 1]) else None


def _entry_prose(result: dict[str, Any], facts: dict[str, Any]) -> str | None:
    """ "entry (1, 2) of inverse([[4, 7], [2, 6]]) = -7/10 (≈ -0.7); the whole result Matrix(...)", or None when no
    entry is asked."""
    value = _asked_entry(result, facts)
    if value is None:
        return None
    numeric = _numeric(value)
    shown = f" (≈ {_fmt(numeric)})" if numeric is not None and _fmt(numeric) != value else ""
    i, j = facts["entry"]
    return f"entry (row {i}, column {j}) of {result['input']} = {value}{shown}; the whole result {result['result']}"


def _numeric(text: str) -> float | None:
    """A plain number or fraction written by the engine ("550/13", "-4", "2.5") as a float; None otherwise."""
    number = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)(?:\s*/\s*(\d+))?\s*", text)
    if number is None:
        return None
    return float(number.group(1)) / float(number.group(2) or 1)


def _radical_values(exact: list[Any]) -> str:
    """The values of exact forms written with complex radicals (a cubic's real roots by Cardano, "7/3 + (-1/2 -
    sqrt(3)*I/2)*(...)**(1/3) + ..."), as numbers: "0.901468, 1.44438, 4.65415"; "" when no form holds I under a
    radical, or a member is not one number (an eigenvector triple "(-I, 1, [Matrix(...)])")."""
    if not any(re.search(r"\bI\b", str(e)) and "**(" in str(e) for e in exact):
        return ""
    from dsl.errors import StudySyntaxError
    from havoc_cli.reason.symbols import to_sympy

    try:
        values = [complex(to_sympy(str(e)).evalf(30)) for e in exact]
    except (StudySyntaxError, TypeError, ValueError, AttributeError):
        return ""
    return ", ".join(_fmt(v.real) if abs(v.imag) <= 1e-12 * max(1.0, abs(v)) else _fmt(v) for v in values)


def _groups(side: str, facts: dict[str, Any]) -> str:
    """ ", line 2 larger than line 1": the groups a one-sided alternative read from the question compares."""
    found = facts.get("direction")
    if not found or side != facts.get("alternative"):  # the audit restates the side from the groups
        return ""
    smaller = next(label for label in found["labels"] if label != found["larger"])
    return f", {found['larger']} larger than {smaller}"


def own_names(value: Any, facts: dict[str, Any]) -> Any:
    """``value`` (a string, or a list or dict of them) with each name the planner renamed for the study language
    written back as the question writes it (``facts["renamed"]``: n -> N, a variable N clashing with N(...))."""
    renamed = facts.get("renamed") or {}
    if isinstance(value, str):
        for new, old in renamed.items():
            value = re.sub(rf"(?<![\w.]){re.escape(new)}(?![\w(])", old, value)
        return value
    if isinstance(value, list):
        return [own_names(v, facts) for v in value]
    if isinstance(value, dict):
        return {k: own_names(v, facts) for k, v in value.items()}
    return value


def prose(mode: str, result: dict[str, Any], value: Any, facts: dict[str, Any] | None = None) -> str:
    """One line in words (``facts`` of the plan name what a bare number is, e.g. the capability index)."""
    kind = result.get("kind")
    if kind == "expression":
        exact = result["result"]
        text = ", ".join(exact) if isinstance(exact, list) else exact
        numeric = result.get("value")
        if numeric is not None and str(exact) != _fmt(numeric) and not isinstance(exact, list):
            text += f" (≈ {_fmt(numeric)})"
        if mode == "capability" and (facts or {}).get("indices") and result.get("values"):  # "Cp = 10/9, Cpk = 8/9"
            pairs = zip(facts["indices"], result["values"], exact, strict=True)
            return ", ".join(f"{_label(index)} = {_fmt(v)} (exactly {e})" for index, v, e in pairs)
        if mode in {"capability", "probability"} and numeric is not None:
            label = (facts or {}).get("label") or _label((facts or {}).get("index", ""))
            shown = mode == "capability" or (facts or {}).get("exact_form")
            return f"{label} = {_fmt(numeric)}" + (f" (exactly {exact})" if shown else "")
        if (entry := _entry_prose(result, facts or {})) is not None:  # "the top-right entry of A⁻¹"
            return entry
        if (facts or {}).get("unknowns") and result.get("entries"):  # a solution vector, its components named
            return _components(facts["unknowns"], result, facts.get("asked"))
        if (facts or {}).get("op") == "sum" and exact in {"oo", "-oo"}:  # Σ 1/n: no value, say so
            return f"{result['input']}: the series diverges (its partial sums grow without bound, to {exact})"
        if result.get("general"):  # sin(x) = 0: infinitely many solutions, in families
            return f"{result['input']}: {result['general']}"
        label = f"{(facts or {}).get('label') or result['input']} ="  # a planner's words for what was computed
        if isinstance(exact, list) and (approx := _radical_values(exact)):
            text += f" (≈ {approx})"
        return f"{label} {text}" if not isinstance(exact, list) else f"{result['input']}: {text or 'no real solutions'}"
    if kind == "anova" and (facts or {}).get("twoway"):
        from plugins.stats.reasoning_twoway import twoway_prose

        return twoway_prose(value)
    if kind in _TESTS:
        verdict = "a significant difference" if result.get("reject_null") else "no significant difference"
        if result.get("alternative") in {"greater", "less"}:
            verdict += f" (one-sided, H1: {result['alternative']}{_groups(result['alternative'], facts or {})})"
        return (f"{verdict} at alpha = {_fmt(result.get('alpha'))}: {result.get('test')}, "
                f"{result.get('statistic_name')} = {_fmt(result.get('statistic'))}, p = {_fmt(result.get('p_value'))}")  # fmt: skip
    if kind == "regression":
        names = (facts or {}).get("names")
        said = ", ".join(f"{k}: {v}" for k, v in (names or {}).items() if v)
        said = f" ({said})" if said else ""
        return _regression_prose(value) + said
    if kind == "effects":
        effects = ", ".join(f"{term} {_fmt(effect)}" for term, effect in value["effects"].items())
        lead = f"{value['quantity']} = {_fmt(value['value'])}; " if "quantity" in value else ""
        return f"{lead}effects (mean at high minus mean at low): {effects}"
    if kind == "design" and result.get("design") == "randomized_block":
        each = result.get("per_block", 1)
        return (f"randomized complete block design with {result['runs']} runs ({result.get('treatments')} treatments "
                f"x {result.get('blocks')} blocks, each treatment {each} time{'s' if each > 1 else ''} per block)")  # fmt: skip
    if kind == "design" and result.get("design") == "latin_square":
        k, reps = result.get("square"), result.get("replicates") or 1
        squares = f" x {reps} squares" if reps > 1 else ""
        return (f"{k}x{k} Latin square with {result['runs']} runs ({k} rows x {k} columns{squares}, each of the {k} "
                "treatments once in every row and every column)")  # fmt: skip
    if kind == "design":
        extra = f", resolution {result['resolution_roman']}" if result.get("resolution_roman") else ""
        gens = f", generators {', '.join(result['generators'])}" if result.get("generators") else ""
        levels = result.get("levels") or [2]
        shape = f" {'x'.join(map(str, levels))}" if set(levels) != {2} else ""  # "full factorial 3x3x3"
        name = result["design"].replace("_", " ") + shape
        return f"{name} with {result['runs']} runs{_design_parts(result)}{extra}{gens}"
    if kind in {"power_ttest", "power_proportion"}:
        from plugins.stats.power import describe_n

        method = _POWER_METHODS.get(result.get("method") or "", "")
        sides = "one-sided; " if result.get("alternative") in {"greater", "less"} else ""
        sizes = describe_n(result["n"], result.get("design", "two-sample"))
        return f"{sizes} ({method}{sides}achieved power {_fmt(result.get('power'))})"
    if kind == "power_precision":
        return (f"n = {result['n']} estimates the {result['parameter']} to within ±{_fmt(result['achieved_margin'])} "
                f"at {_fmt(result['conf'] * 100)}% confidence ({result['method']}-based)")  # fmt: skip
    if kind == "power_successrun":
        return (f"n = {result['n']} parts, every one passing, demonstrate {_fmt(result['reliability'] * 100)}% "
                f"reliability at {_fmt(result['achieved_confidence'] * 100)}% confidence (zero-failure test)")  # fmt: skip
    if kind == "control_chart":
        ooc = len(result.get("out_of_control") or [])
        chart = {"xbar_r": "X-bar chart", "imr": "I chart"}.get(result.get("chart"), f"{result.get('chart')} chart")
        return (f"{chart}: centre {_fmt(result['center'])}, LCL {_fmt(result['lcl'])}, UCL {_fmt(result['ucl'])}; "
                f"{ooc} point(s) out of control")  # fmt: skip
    if str(kind).startswith("interval_"):
        return interval_prose(value)
    if kind == "unit_conversion":
        exact = result["exact"]
        shown = _fmt(result["value"])
        closed = "/" in exact or _of_pi(exact)  # "215/3", "50*pi": no decimal ends them
        extra = f" (exactly {exact})" if closed and len(exact) < 40 and exact != shown else ""
        said = (facts or {}).get("count")  # an indirect yarn count, converted as its reciprocal: the count as said
        units = (facts or {}).get("said_units") or [result["from"], result["to"]]  # "rpm" for the engine's "turn/min"
        stated = f"{said} {facts['count_unit']}" if said else f"{result['quantity']} {units[0]}"
        return f"{stated} = {shown} {units[1]}{extra}"
    return result.get("summary", "")
