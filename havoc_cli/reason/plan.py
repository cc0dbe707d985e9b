"""PLAN: a question turned into a study-language program, with the values it was built from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from havoc_cli.reason.extract import NUMBER, ExtractError, alpha, math_expression, named_number, numbers, samples


@dataclass
class Plan:
    """The program text, the values extracted from the question (``facts``, used by the audit) and
    any data files the program reads (name -> CSV text)."""

    mode: str
    text: str
    facts: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)


class PlanError(ValueError):
    """The question was understood as ``mode`` but lacks what the program needs (said in the message)."""


def _alpha_kw(question: str) -> str:
    found = alpha(question)
    return f" alpha={found}" if found and float(found) != 0.05 else ""


def _samples_or_fail(question: str, count: int, what: str) -> list[list[str]]:
    found = samples(question, minimum=2)
    if len(found) < count:
        raise PlanError(f"{what} needs {count} lists of numbers (found {len(found)})")
    return found


def _list(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


# ---- calculus and algebra ----------------------------------------------------------------------
_VAR = r"(?:with respect to|wrt|w\.r\.t\.?)\s+([a-z])"
_BOUND = r"(-?\s*(?:[\w.]+|\([^)]*\)))"


def _expr(text: str) -> str:
    text = re.sub(r"^(?:the\s+)?(?:function\s+|f\(x\)\s*=\s*|y\s*=\s*)", "", text.strip(), flags=re.I)
    try:
        return math_expression(text)
    except ExtractError as exc:
        raise PlanError(str(exc)) from None


def _bound(text: str) -> str:
    low = text.strip().lower()
    if low in {"infinity", "inf", "oo", "+infinity"}:
        return "oo"
    if low in {"-infinity", "-inf", "-oo", "minus infinity", "negative infinity"}:
        return "-oo"
    return _expr(text)


def _variable(question: str, expr: str) -> str:
    m = re.search(_VAR, question, re.I) or re.search(r"\bd([a-z])\b", question)
    if m:
        return m.group(1)
    letters = sorted(set(re.findall(r"(?<![A-Za-z])([a-df-z])(?![A-Za-z(])", expr)))
    return "x" if "x" in letters or not letters else letters[0]


def plan_calculus(question: str) -> Plan:
    q = question.strip().rstrip("?. ")
    m = re.search(r"limit\s+(?:of\s+)?(.+?)\s+as\s+([a-z])\s*(?:->|→|approaches|tends to|goes to)\s*(.+)$", q, re.I)
    if m:
        expr, var, point = _expr(m.group(1)), m.group(2), _bound(m.group(3))
        return Plan("calculus", f"show limit({expr}, {var}, {point})", {"op": "limit", "expr": expr, "var": var})
    m = re.search(r"(?:integral|integrate|antiderivative)\s+(?:of\s+)?(.+)$", q, re.I)
    if m:
        body = m.group(1)
        bounds = re.search(rf"\s+(?:from|between)\s+{_BOUND}\s+(?:to|and)\s+{_BOUND}\s*$", body, re.I)
        if bounds:
            body = body[: bounds.start()]
        body = re.sub(rf"\s*(?:{_VAR})\s*$", "", body, flags=re.I)
        dvar = re.search(r"\s*\bd([a-z])\s*$", body)
        body = body[: dvar.start()] if dvar else body
        expr = _expr(body)
        var = _variable(question, expr)
        if bounds:
            lo, hi = _bound(bounds.group(1)), _bound(bounds.group(2))
            facts = {"op": "definite_integral", "expr": expr, "var": var, "bounds": [lo, hi]}
            return Plan("calculus", f"show integrate({expr}, {var}, {lo}, {hi})", facts)
        return Plan("calculus", f"show integrate({expr}, {var})", {"op": "integral", "expr": expr, "var": var})
    m = re.search(r"(?:derivative|differentiate|d/d([a-z]))\s+(?:of\s+)?(.+)$", q, re.I)
    if m:
        body = re.sub(rf"\s*(?:{_VAR})\s*$", "", m.group(2), flags=re.I)
        order = _order(q)
        expr = _expr(re.sub(r"\s+at\s+[a-z]\s*=.*$", "", body))
        var = m.group(1) or _variable(question, expr)
        if re.search(rf"\s+at\s+{var}\s*=", body):
            raise PlanError("evaluating a derivative at a point is not supported yet; ask for the derivative")
        call = f"diff({expr}, {var}{', ' + str(order) if order > 1 else ''})"
        facts = {"op": "derivative", "expr": expr, "var": var, "order": order}
        return Plan("calculus", f"show {call}", facts)
    raise PlanError("a calculus question needs 'derivative of', 'integral of' or 'limit of ... as x -> a'")


def _order(question: str) -> int:
    words = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
    m = re.search(r"\b(second|third|fourth|2nd|3rd|4th)\s+(?:order\s+)?derivative", question, re.I)
    return words[m.group(1).lower()] if m else 1


def plan_algebra(question: str) -> Plan:
    q = question.strip().rstrip("?. ")
    m = re.search(r"\b(simplify|expand|factori[sz]e|factor)\s*:?\s+(.+)$", q, re.I)
    if m and "=" not in m.group(2):
        op = {"factorise": "factor", "factorize": "factor"}.get(m.group(1).lower(), m.group(1).lower())
        expr = _expr(m.group(2))
        return Plan("algebra", f"show {op}({expr})", {"op": op, "expr": expr})
    m = re.search(
        r"(?:solve|roots?\s+of|zeros?\s+of|find\s+[a-z]\s*(?:if|when|such that|where|:)?)\s*(?:for\s+[a-z]\s*)?[:,]?\s*(.+)$",
        q,
        re.I,
    )
    if not m:
        raise PlanError("an algebra question needs 'solve ...', 'roots of ...', 'simplify/expand/factor ...'")
    body = re.sub(r"\s+for\s+[a-z]\s*$", "", m.group(1), flags=re.I)
    expr = _expr(body)
    if "==" not in expr:
        expr = f"{expr} == 0"
    var = _variable(question, expr)
    return Plan("algebra", f"show solve({expr}, {var})", {"op": "solve", "expr": expr, "var": var})


_MATRIX_OPS = [
    (r"determinant|\bdet\b", "det"),
    (r"inverse|invert", "inverse"),
    (r"eigenvalue|eigen ?values|eigen\b", "eigenvalues"),
    (r"\brank\b", "rank"),
    (r"transpose", "transpose"),
    (r"\btrace\b", "trace"),
]


def plan_linear_algebra(question: str) -> Plan:
    op = next((name for pattern, name in _MATRIX_OPS if re.search(pattern, question, re.I)), None)
    rows = _matrix_rows(question)
    if op is None or rows is None:
        raise PlanError("a matrix question needs the operation (determinant, inverse, eigenvalues, rank, "
                        "transpose, trace) and the matrix as [[1, 2], [3, 4]] or 'rows 1 2; 3 4'")  # fmt: skip
    matrix = "[" + ", ".join(_list(r) for r in rows) + "]"
    return Plan("linear_algebra", f"show {op}({matrix})", {"op": op, "matrix": rows})


def _matrix_rows(question: str) -> list[list[str]] | None:
    m = re.search(r"\[\s*\[(.*)\]\s*\]", question, re.S)
    if m:
        rows = [numbers(r) for r in re.split(r"\]\s*,?\s*\[", m.group(1))]
    else:
        m = re.search(rf"((?:{NUMBER}[ ,]+)*{NUMBER}(?:\s*;\s*(?:{NUMBER}[ ,]+)*{NUMBER})+)", question)
        if not m:
            return None
        rows = [numbers(r) for r in m.group(1).split(";")]
    if not rows or any(len(r) != len(rows[0]) or not r for r in rows):
        return None
    return rows


# ---- probability -------------------------------------------------------------------------------
def plan_probability(question: str) -> Plan:
    q = question.lower()
    if "binomial" in q or re.search(r"coin|heads|tosses|flips|trials", q):
        return _binomial(q)
    if "poisson" in q:
        return _poisson(q)
    if re.search(r"normal|\bz\b|z-score|z score|z value|gaussian", q):
        return _normal(q)
    if "exponential" in q:
        rate = named_number(q, ["rate", "lambda"])
        mean = named_number(q, ["mean"])
        x = _comparison_value(q)
        if x is None or (rate is None and mean is None):
            raise PlanError("an exponential probability needs rate= (or mean) and the value, e.g. P(X < 2)")
        rate_text = rate or f"1/{mean}"
        fn, point = _tail(q, x)
        text = f"show exponential.{fn}({point}, {rate_text})"
        return Plan("probability", text, {"dist": "exponential", "fn": fn, "x": point, "rate": rate_text})
    raise PlanError("name the distribution: binomial, poisson, normal or exponential")


def _comparison_value(q: str) -> str | None:
    """The point of "P(X <= 3)", "at most 3", "exactly 3", "below 120" (parameters like n=20 are skipped)."""
    m = re.search(rf"(?:at most|at least|exactly|no more than|more than|fewer than|less than|greater than|below|above|"
                  rf"under|over|exceed(?:s|ing)?)\s*({NUMBER})", q)  # fmt: skip
    m = m or re.search(rf"\b[xkz]\s*(?:<=|>=|<|>|=|≤|≥)\s*({NUMBER})", q)
    return m.group(1) if m else None


def _tail(q: str, x: str) -> tuple[str, str]:
    """cdf for P(X <= x) / P(X < x), sf for P(X > x) (continuous distributions)."""
    if re.search(rf"(?:>=|>|≥|more than|greater than|above|over|exceed(?:s|ing)?|at least)\s*{re.escape(x)}", q):
        return "sf", x
    return "cdf", x


def _discrete(q: str, dist: str, params: str, facts: dict[str, Any]) -> Plan:
    x = _comparison_value(q)
    if x is None:
        raise PlanError(f"a {dist} probability needs the count, e.g. 'exactly 3', 'at most 3', 'P(X <= 3)'")
    k = int(float(x))
    if re.search(rf"(?:at most|<=|≤|no more than)\s*{re.escape(x)}", q):
        fn, point = "cdf", str(k)
    elif re.search(rf"(?:fewer than|less than|below|under|<)\s*{re.escape(x)}", q):
        fn, point = "cdf", str(k - 1)
    elif re.search(rf"(?:at least|>=|≥)\s*{re.escape(x)}", q):
        fn, point = "sf", str(k - 1)
    elif re.search(rf"(?:more than|greater than|above|over|>)\s*{re.escape(x)}", q):
        fn, point = "sf", str(k)
    else:
        fn, point = "pmf", str(k)
    facts.update({"dist": dist, "fn": fn, "k": int(point)})
    return Plan("probability", f"show {dist}.{fn}({point}, {params})", facts)


def _binomial(q: str) -> Plan:
    n = named_number(q, ["n"]) or _count(q, r"(trials|tosses|flips|throws|items|parts|units)")
    p = named_number(q, ["p", "probability of success", "success probability", "probability"])
    if p is None and re.search(r"coin|heads|tails", q):
        p = "0.5"
    if n is None or p is None:
        raise PlanError("a binomial probability needs n (trials) and p (success probability)")
    return _discrete(q, "binomial", f"{n}, {p}", {"n": int(float(n)), "p": float(p)})


def _count(q: str, words: str) -> str | None:
    m = re.search(rf"({NUMBER})\s+(?:\w+\s+)?{words}", q)
    return m.group(1) if m else None


def _poisson(q: str) -> Plan:
    mu = named_number(q, ["mean", "mu", "lambda", "rate", "average"])
    if mu is None:
        raise PlanError("a poisson probability needs its mean (mean=, lambda= or rate=)")
    return _discrete(q, "poisson", mu, {"mu": float(mu)})


def _normal(q: str) -> Plan:
    mu = named_number(q, ["mean", "mu"]) or "0"
    sd = named_number(q, ["sd", "sigma", "standard deviation", "std"]) or "1"
    quant = re.search(rf"({NUMBER})(?:st|nd|rd|th)?\s*(%|percentile|quantile)", q)
    if quant or re.search(r"critical value|z for|quantile|percentile", q):
        conf = re.search(rf"({NUMBER})\s*%\s*(?:confidence|two-sided|conf)", q)
        if conf or not quant:
            if not conf:
                raise PlanError("a normal quantile needs the probability, e.g. 'the 97.5th percentile'")
            level = 1 - (1 - float(conf.group(1)) / 100) / 2
        else:
            level = float(quant.group(1)) / (100 if quant.group(2) in {"%", "percentile"} else 1)
        level_text = f"{level:.10g}"
        text = f"show normal.ppf({level_text}, {mu}, {sd})"
        return Plan("probability", text, {"dist": "normal", "fn": "ppf", "q": level, "mu": mu, "sd": sd})
    between = re.search(rf"between\s+({NUMBER})\s+and\s+({NUMBER})", q)
    if between:
        lo, hi = between.groups()
        text = f"show normal.cdf({hi}, {mu}, {sd}) - normal.cdf({lo}, {mu}, {sd})"
        return Plan("probability", text, {"dist": "normal", "fn": "between", "lo": lo, "hi": hi, "mu": mu, "sd": sd})
    x = _comparison_value(q)
    if x is None:
        raise PlanError("a normal probability needs the value, e.g. P(X < 120) or 'between 85 and 115'")
    fn, point = _tail(q, x)
    text = f"show normal.{fn}({point}, {mu}, {sd})"
    return Plan("probability", text, {"dist": "normal", "fn": fn, "x": point, "mu": mu, "sd": sd})


# ---- statistics --------------------------------------------------------------------------------
def plan_hypothesis_test(question: str) -> Plan:
    found = samples(question, minimum=2)
    mu = named_number(question, ["mu", "hypothesi[sz]ed mean", "target", "equal to", "has (?:a )?mean", "mean is"])
    if len(found) == 1 and mu is not None:
        a = list(found[0])
        text = f"let a = {_list(a)}\ntest ttest a mu={mu}{_alpha_kw(question)}"
        return Plan("hypothesis_test", text, {"samples": [a], "mu": mu, "paired": False})
    found = _samples_or_fail(question, 2, "a two-sample test")
    a, b = found[0], found[1]
    paired = len(a) == len(b) and bool(re.search(r"before|after|paired|same (?:units|parts|subjects)", question, re.I))
    options = " paired=true" if paired else ""
    text = f"let a = {_list(a)}\nlet b = {_list(b)}\ntest ttest a b{options}{_alpha_kw(question)}"
    return Plan("hypothesis_test", text, {"samples": [a, b], "paired": paired})


def plan_anova(question: str) -> Plan:
    found = _samples_or_fail(question, 2, "ANOVA")
    names = [chr(ord("a") + i) for i in range(len(found))]
    lets = "\n".join(f"let {n} = {_list(s)}" for n, s in zip(names, found, strict=False))
    text = f"{lets}\ntest anova {' '.join(names)}{_alpha_kw(question)}"
    return Plan("anova", text, {"samples": found})


def plan_regression(question: str) -> Plan:
    xs = re.search(rf"\bx\s*(?:=|:|values?|is|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})", question)
    ys = re.search(rf"\by\s*(?:=|:|values?|is|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})", question)
    if xs and ys:
        x, y = numbers(xs.group(1)), numbers(ys.group(1))
    else:
        found = _samples_or_fail(question, 2, "a regression")
        x, y = found[0], found[1]
    if len(x) != len(y):
        raise PlanError(f"x and y need the same number of values (got {len(x)} and {len(y)})")
    if len(x) < 3:
        raise PlanError("a regression needs at least 3 points")
    text = f"let x = {_list(x)}\nlet y = {_list(y)}\nfit regression y ~ x"
    return Plan("regression", text, {"x": x, "y": y})


# ---- DOE, SPC, sample size ---------------------------------------------------------------------
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _factor_count(q: str) -> int | None:
    m = re.search(r"(\d+|" + "|".join(_WORD_NUMBERS) + r")[\s-]+(?:\w+\s+)?(?:factors?|variables?)", q)
    if not m:
        m = re.search(r"(?:factors?|variables?)\s*(?:=|:)?\s*(\d+)", q)
    if not m:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _WORD_NUMBERS[word]


def plan_design(question: str) -> Plan:
    q = question.lower()
    center = named_number(q, ["center", "centre", "center points", "centre points"])
    if center is None:
        m = re.search(r"(\d+)\s+cent(?:er|re)\s*(?:points?|runs?)?", q)
        center = m.group(1) if m else None
    frac = re.search(r"2\s*\^\s*\(?\s*(\d+)\s*-\s*(\d+)\s*\)?", q)
    full = re.search(r"2\s*\^\s*(\d+)(?!\s*-)", q)
    k = _factor_count(q)
    options = ""
    if frac:
        k, p = int(frac.group(1)), int(frac.group(2))
        kind, options = "fractional_factorial", f" runs={2 ** (k - p)}"
    elif "box" in q and "behnken" in q:
        kind = "box_behnken"
    elif "central composite" in q or re.search(r"\bccd\b", q):
        kind = "central_composite"
    elif "plackett" in q:
        kind = "plackett_burman"
    elif "fractional" in q:
        res = re.search(r"resolution\s+(iii|iv|v|3|4|5)\b", q)
        if not res:
            raise PlanError("a fractional factorial needs 2^(k-p), a resolution or a run count")
        kind, options = "fractional_factorial", f" resolution={_roman(res.group(1))}"
    elif "factorial" in q or full:
        kind = "full_factorial"
        k = int(full.group(1)) if full and k is None else k
    else:
        raise PlanError(
            "name the design: full or fractional factorial, box-behnken, central composite, plackett-burman"
        )
    if k is None or not 2 <= k <= 15:
        raise PlanError("a design needs the number of factors (2 to 15), e.g. '3 factors' or 2^(5-1)")
    if center is not None:
        options += f" center={int(float(center))}"
    factors = "\n".join(f"factor x{i + 1} -1 .. 1" for i in range(k))
    facts = {"kind": kind, "k": k, "center": int(float(center)) if center else None}
    if frac:
        facts["p"] = int(frac.group(2))
    return Plan("design", f"{factors}\ndesign {kind}{options}", facts)


def _roman(text: str) -> int:
    return {"iii": 3, "iv": 4, "v": 5}.get(text, int(text) if text.isdigit() else 0)


def plan_capability(question: str) -> Plan:
    q = question.lower()
    mean = named_number(q, ["mean", "average", "mu", "xbar"])
    sd = named_number(q, ["sd", "sigma", "standard deviation", "std dev", "std", "s"])
    lsl = named_number(q, ["lsl", "lower spec(?:ification)?(?: limit)?"])
    usl = named_number(q, ["usl", "upper spec(?:ification)?(?: limit)?"])
    span = re.search(rf"(?:specs?|specifications?|limits?|tolerance)\s*(?:of|are|is|:|=|from|between)?\s*({NUMBER})\s*"
                     rf"(?:to|and|-|\.\.)\s*({NUMBER})", q)  # fmt: skip
    if span and (lsl is None or usl is None):
        lsl, usl = span.groups()
    pm = re.search(rf"({NUMBER})\s*(?:±|\+/-|\+-)\s*({NUMBER})", q)
    if pm and lsl is None and usl is None:
        lsl, usl = f"{pm.group(1)} - {pm.group(2)}", f"{pm.group(1)} + {pm.group(2)}"
    if mean is None or sd is None or (lsl is None and usl is None):
        raise PlanError("capability from summary statistics needs the mean, the sd and the specification limits")
    want = "cp" if re.search(r"\bcp\b(?!k)", q) and "cpk" not in q else "cpk"
    if want == "cp":
        if lsl is None or usl is None:
            raise PlanError("Cp needs both specification limits")
        expr = f"({usl} - ({lsl}))/(6*{sd})"
    else:
        sides = [f"({usl} - {mean})/(3*{sd})"] * (usl is not None) + [f"({mean} - ({lsl}))/(3*{sd})"] * (
            lsl is not None
        )
        expr = f"min({', '.join(sides)})" if len(sides) > 1 else sides[0]
    facts = {"index": want, "mean": mean, "sd": sd, "lsl": lsl, "usl": usl}
    return Plan("capability", f"show {expr}", facts)


def plan_sample_size(question: str) -> Plan:
    q = question.lower()
    power = named_number(q, ["power"])
    m = re.search(rf"({NUMBER})\s*%\s*power", q)
    if m:
        power = str(float(m.group(1)) / 100)
    if power is None:
        raise PlanError("a sample size needs the power, e.g. '80% power'")
    opts = f" power={power}{_alpha_kw(q)}"
    p1, p2 = named_number(q, ["p1"]), named_number(q, ["p2"])
    if p1 and p2:
        return Plan(
            "sample_size",
            f"power proportion p1={p1} p2={p2}{opts}",
            {"test": "proportion", "p1": p1, "p2": p2, "power": float(power)},
        )
    d = named_number(q, ["effect size", "cohen's d", "cohens d", "d"])
    delta, sd = (
        named_number(q, ["difference", "delta", "shift"]),
        named_number(q, ["sd", "sigma", "standard deviation"]),
    )
    if d is None and delta and sd:
        effect, facts = f" delta={delta} sd={sd}", {"d": float(delta) / float(sd)}
    elif d is not None:
        effect, facts = f" d={d}", {"d": float(d)}
    else:
        raise PlanError("a sample size needs the effect: 'effect size 0.5', or a difference and sd, or p1 and p2")
    design = "paired" if "paired" in q else "one-sample" if "one-sample" in q or "one sample" in q else "two-sample"
    design_opt = f' design="{design}"' if design != "two-sample" else ""
    facts.update({"test": "ttest", "design": design, "power": float(power)})
    return Plan("sample_size", f"power ttest{design_opt}{effect}{opts}", facts)


def plan_control_chart(question: str) -> Plan:
    found = samples(question, minimum=5)
    if not found:
        raise PlanError("control limits need the measurements: at least 5 numbers in a row")
    values = found[0]
    csv = "value\n" + "\n".join(values) + "\n"
    text = 'data "reason_values.csv" column=value\nchart imr'
    return Plan("control_chart", text, {"values": values}, {"reason_values.csv": csv})


BUILDERS = {
    "calculus": plan_calculus,
    "algebra": plan_algebra,
    "linear_algebra": plan_linear_algebra,
    "probability": plan_probability,
    "hypothesis_test": plan_hypothesis_test,
    "anova": plan_anova,
    "regression": plan_regression,
    "design": plan_design,
    "capability": plan_capability,
    "sample_size": plan_sample_size,
    "control_chart": plan_control_chart,
}


def make_plan(question: str, mode: str) -> Plan:
    """The program for ``question`` in ``mode``; PlanError says what is missing."""
    return BUILDERS[mode](question)
