"""A least-squares line from its summary sums, no data: "n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385. What is
the slope?" The slope is (n Σxy − Σx Σy)/(n Σx² − (Σx)²), the intercept (Σy − slope Σx)/n, and the correlation r
(or R²) needs Σy² too: (n Σxy − Σx Σy)/sqrt((n Σx² − (Σx)²)(n Σy² − (Σy)²)). The plan writes the formula in the
stated sums for the symbolic engine; the audit solves the normal equations with numpy."""

from __future__ import annotations

import math
import re
from typing import Any

from plugins.api.prose import NUMBER, named_number
from plugins.api.reasoning import Check, Plan, PlanError, close_check

# a sum named by its sign or in words, then what it sums, then its value: "Σx = 55", "∑xy = 1932", "Σx^2 = 385",
# "Σ x_i y_i = 1932", "sum of x squared = 385", "sum(xy) = 1932", "Σxᵢ = 55"
_SUM = re.compile(
    r"(?:[Σ∑]|\bsum\s*(?:of\s+(?:the\s+)?)?)\s*\(?\s*(?P<term>[xy](?:_?i|ᵢ)?(?:\s*(?:\^\s*2|squared)|\s*\*?\s*[xy](?:_?i|ᵢ)?)?)"
    rf"\s*\)?\s*(?:=|:|is)\s*(?P<value>{NUMBER})(?!\d|\.\d)",
    re.I,
)
_KEYS = {"x": "x", "y": "y", "xy": "xy", "yx": "xy", "x^2": "xx", "xx": "xx", "y^2": "yy", "yy": "yy"}
# the quantity asked of the line: its slope, its intercept, or the correlation / R^2 (which need the sum of y²)
_ASKED = (
    ("slope", re.compile(r"\bslope\b|\bgradient\b|\bregression coefficient\b", re.I)),
    ("intercept", re.compile(r"\bintercept\b", re.I)),
    ("r_squared", re.compile(r"\br\s*\^\s*2\b|\br-?squared\b|coefficient of determination", re.I)),
    ("r", re.compile(r"\bcorrelation\b|\bpearson\b|\br\s*(?:=\s*)?\?", re.I)),
)


def summary_sums(question: str) -> dict[str, str] | None:
    """The sums a question states in place of data ({"x": "55", "y": "320", "xy": "1932", "xx": "385", "n": "10"},
    "yy" when Σy² is stated), as written; None unless it states n, Σx, Σy, Σxy and Σx². PlanError when one sum is
    stated twice with different values."""
    found: dict[str, str] = {}
    for m in _SUM.finditer(question):
        term = re.sub(r"_?i\b|ᵢ|\s|\*", "", m.group("term").lower()).replace("squared", "^2")
        key = _KEYS.get(term)
        if key is None:
            continue
        if found.get(key, m.group("value")) != m.group("value"):
            raise PlanError(f"the sum of {term} is stated twice ({found[key]} and {m.group('value')}): state it once")
        found[key] = m.group("value")
    n = named_number(question, [r"n", "sample size", "number of (?:points|pairs|observations)"])
    if n is None or not {"x", "y", "xy", "xx"} <= set(found):
        return None
    return {**found, "n": n}


def _asked(question: str) -> str:
    """The one quantity of the line asked (see ``_ASKED``); PlanError for none or several."""
    asked = [key for key, pattern in _ASKED if pattern.search(question)]
    if "r_squared" in asked and "r" in asked:  # "the coefficient of determination r^2 of the correlation"
        asked.remove("r")
    if len(asked) != 1:
        raise PlanError("from summary sums havoc reason answers one quantity of the line: ask for the slope, the "
                        "intercept, the correlation r or R^2")  # fmt: skip
    return asked[0]


def plan_from_sums(question: str, sums: dict[str, str]) -> Plan:
    """The slope, intercept, r or R² of the least-squares line of y on x from the stated sums (see ``summary_sums``),
    as the symbolic engine's exact value of the textbook formula. PlanError for a regression of x on y, for r or R²
    without Σy², and for sums no data can have (n Σx² < (Σx)²)."""
    if re.search(r"\bof\s+x\s+on\s+y\b", question, re.I):
        raise PlanError("from summary sums havoc reason fits y on x; the line of x on y is not planned")
    asked = _asked(question)
    n, sx, sy, sxy, sxx = (sums[k] for k in ("n", "x", "y", "xy", "xx"))
    sxx_c = f"({n}*{sxx} - ({sx})^2)"  # n Sxx
    if float(n) * float(sxx) - float(sx) ** 2 <= 0:
        raise PlanError("the sums cannot come from data with two different x values: n Σx² must exceed (Σx)²")
    sxy_c = f"({n}*{sxy} - ({sx})*({sy}))"  # n Sxy
    if asked in {"r", "r_squared"}:
        if "yy" not in sums:
            raise PlanError("the correlation (and R²) of a line from its sums needs Σy² as well: state it")
        syy_c = f"({n}*{sums['yy']} - ({sy})^2)"
        if float(n) * float(sums["yy"]) - float(sy) ** 2 <= 0:
            raise PlanError("the sums cannot come from data with two different y values: n Σy² must exceed (Σy)²")
        body = f"{sxy_c}/sqrt({sxx_c}*{syy_c})" if asked == "r" else f"{sxy_c}^2/({sxx_c}*{syy_c})"
    elif asked == "slope":
        body = f"{sxy_c}/{sxx_c}"
    else:
        body = f"(({sy}) - ({sx})*{sxy_c}/{sxx_c})/({n})"
    formula = {"slope": "(n Σxy - Σx Σy)/(n Σx² - (Σx)²)", "intercept": "(Σy - slope Σx)/n",
               "r": "(n Σxy - Σx Σy)/sqrt((n Σx² - (Σx)²)(n Σy² - (Σy)²))", "r_squared": "r²"}[asked]  # fmt: skip
    text = f"# the {asked.replace('_', ' ')} of the least-squares line of y on x from its sums: {formula}\nshow {body}"
    label = {"slope": "slope", "intercept": "intercept", "r": "correlation r", "r_squared": "R^2"}[asked]
    return Plan("regression", text, {"sums": sums, "asked": asked, "label": f"{label} (from the sums)"})


def sums_checks(facts: dict[str, Any], value: Any) -> list[Check]:
    """The quantity asked against the normal equations [[n, Σx], [Σx, Σx²]] (a, b) = (Σy, Σxy) solved by numpy, r
    from the slope as b sqrt(Sxx/Syy); and the sums possible for real data (Cauchy-Schwarz: n Σx² >= (Σx)²)."""
    import numpy as np

    s = {key: float(v) for key, v in facts["sums"].items()}
    a, b = np.linalg.solve(np.array([[s["n"], s["x"]], [s["x"], s["xx"]]]), np.array([s["y"], s["xy"]]))
    want = {"slope": b, "intercept": a}.get(facts["asked"])
    if want is None:  # r or R^2: the slope times the spreads' ratio
        r = b * math.sqrt((s["n"] * s["xx"] - s["x"] ** 2) / (s["n"] * s["yy"] - s["y"] ** 2))
        want = r if facts["asked"] == "r" else r * r
    possible = s["n"] * s["xx"] > s["x"] ** 2 and ("yy" not in s or s["n"] * s["yy"] >= s["y"] ** 2)
    return [
        close_check(f"numpy normal equations: {facts['asked'].replace('_', ' ')}", value, float(want), 1e-9),
        Check("the sums are possible for real data (n Σx² > (Σx)²)", possible, str(facts["sums"])),
    ]
