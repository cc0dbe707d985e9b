"""Which of a regression's quantities the question asks for: a coefficient by its name in the model ("estimate
b2", "what is c?"), by its term ("the coefficient of x^2", "the quadratic coefficient"), or a statistic by name
(the residual standard error, adjusted R^2, a p-value, a prediction at x = 7). A coefficient the model does not have
("b3" of a quadratic), or the slope of a curve, is declined."""

from __future__ import annotations

import re

from plugins.api.asked import PREDICTION_AT, named_statistics
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_regression import Model

_COEF = r"(?:beta|β|[a-z])_?\d*"
_ASK = r"\b(?:estimate|find|what(?:'s| is| are)|give|report|compute|calculate|determine|obtain|values? of|solve for)"
_ASKED_NAME = re.compile(
    rf"{_ASK}\s+(?:the\s+)?(?:(?:fitted |estimated |least[- ]squares )?(?:values?|estimates?|coefficients?)\s+"
    rf"(?:of\s+|for\s+)?)?(?:the\s+)?(?:coefficient\s+)?({_COEF})(?=\s*(?:[.?,;:!)]|$|and\b|=))|\bcoefficient\s+"
    rf"({_COEF})\b(?!\s*[=(])",
    re.I,
)
_NUMBERED = re.compile(r"(?:b|beta|β|a|c)_?\d+", re.I)  # a coefficient's name by its number: b3, beta_2
_TERM_WORDS = {"linear": 1, "quadratic": 2, "squared": 2, "square": 2, "cubic": 3, "cubed": 3, "cube": 3}
_BY_TERM = re.compile(
    r"\bcoefficient (?:of|on|for) (?:the )?[^\W\d]\w*\s*(?:\^|\*\*)\s*(\d)\b|\b(linear|quadratic|squared?|cubic|"
    r"cubed?) (?:term'?s? )?coefficient\b|\bcoefficient (?:of|on|for) the (linear|quadratic|squared?|cubic|cubed?) "
    r"term\b",
    re.I,
)


def _key(power: int, model: Model) -> str:
    """The result's key of the coefficient of x^power: a line's intercept and slope, else b0, b1, b2 ..."""
    if model.powers == (1,):
        return "intercept" if power == 0 else "slope"
    return "intercept" if power == 0 else f"b{power}"


def _coefficients(question: str, model: Model) -> set[str]:
    """The result keys of the coefficients asked by name or by term; one the model lacks is declined."""
    names = {name.lower(): power for name, power in model.names.items()}
    keys = set()
    for m in _ASKED_NAME.finditer(question):
        name = (m.group(1) or m.group(2)).lower()
        if name in names:
            keys.add(_key(names[name], model))
        elif _NUMBERED.fullmatch(name):
            raise PlanError(f"the question asks for {name}, but the model fitted, {model.written}, has no such "
                            "coefficient")  # fmt: skip
    for m in _BY_TERM.finditer(question):
        power = int(m.group(1)) if m.group(1) else _TERM_WORDS[(m.group(2) or m.group(3)).lower()]
        if power not in model.powers:
            raise PlanError(f"the question asks for the coefficient of x^{power}, but the model fitted is "
                            f"{model.written}")  # fmt: skip
        keys.add(_key(power, model))
    return keys


def asked_quantity(question: str, model: Model) -> tuple[str | None, str | None]:
    """(the result key of the one quantity the question asks for, None when it asks for several or none; the
    predictor's value of a prediction, as written, None when none is asked). A p-value of one coefficient is
    "p_values.KEY" (a line's slope's: "p_value")."""
    said = set(named_statistics(question))
    if re.search(r"\bspearman|\bkendall|\brank[- ]correlation|\btau\b", question, re.I) and "r" in said:
        raise PlanError("a rank correlation (Spearman's rho, Kendall's tau) is not planned: havoc reason answers "
                        "Pearson's r of two variables")  # fmt: skip
    if "r" in said and (model.powers, model.intercept) != ((1,), True):
        raise PlanError(f"Pearson's correlation r is a straight line's with an intercept, not {model.written}'s")
    if "slope" in said and model.powers != (1,):
        raise PlanError(f"{model.written} has no single slope: ask for a coefficient (b1, b2 ...) or a prediction")
    keys = _coefficients(question, model) | said
    if "p_value" in keys:
        coefficients = keys & ({"slope", "intercept"} | {f"b{p}" for p in model.powers})
        if len(coefficients) == 1:
            (coefficient,) = coefficients
            keys -= {coefficient, "p_value"}
            keys.add("p_value" if coefficient == "slope" else f"p_values.{coefficient}")
    at = PREDICTION_AT.search(question)
    return (next(iter(keys)) if len(keys) == 1 else None), (at.group(1) if at else None)
