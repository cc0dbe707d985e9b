"""Multiple regression: the response on two or more predictors, each a list the question labels with its name
("regress y on x1 and x2: x1 = 1, 2, ...; x2 = ...; y = ...", "y = b0 + b1*x1 + b2*x2"). The coefficients are b0
(the intercept) and b1, b2 ... in the order the predictors are named."""

from __future__ import annotations

import re

from plugins.api.asked import PREDICTION_AT, named_statistics
from plugins.api.prose import NUMBER
from plugins.api.reasoning import Plan, PlanError, study_list
from plugins.stats.reasoning_regression import BETWEEN_NAMES as _BETWEEN

_NAME = r"[^\W\d][\w-]*"
_ON = re.compile(
    rf"\bregress(?:ion|ed|ing)?(?:\s+(?:of|model))?\s+({_NAME})\s+(?:on|onto|against)\s+({_NAME}(?:{_BETWEEN}{_NAME})+)",
    re.I,
)
_COEF = r"(?:b|beta|β|a)_?\d+"
_WRITTEN = re.compile(
    rf"(?<![\w.])({_NAME})\s*=\s*{_COEF}((?:\s*\+\s*{_COEF}(?:\s*\*\s*|\s+){_NAME}(?![\w^*]))+)", re.I
)
_WRITTEN_TERM = re.compile(rf"({_COEF})(?:\s*\*\s*|\s+)({_NAME})", re.I)


def _named_list(question: str, name: str) -> list[str] | None:
    """The list of numbers written after ``name`` ("x1 = 1, 2, 3", "x2: 4 5 6"); None when there is none."""
    m = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])\s*(?:=|:|values?|is|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})",
                  question, re.I)  # fmt: skip
    return re.findall(NUMBER, m.group(1)) if m else None


def _roles(question: str) -> tuple[str, list[str], bool] | None:
    """(the response, the predictors, whether a power follows the last: "on x1 and x2^2") a cue or a written model
    names, two predictors at least; None otherwise."""
    if m := _WRITTEN.search(question):
        predictors = [name for _, name in _WRITTEN_TERM.findall(m.group(2))]
        return (m.group(1), predictors, False) if len({p.lower() for p in predictors}) >= 2 else None
    if m := _ON.search(question):
        predictors = re.split(_BETWEEN, m.group(2))
        if len({p.lower() for p in predictors}) < len(predictors):  # "on x and x^2": powers of one predictor
            return None
        powered = re.match(r"\s*(?:\^|\*\*)|\s+(?:squared|cubed)\b", question[m.end() :], re.I)
        return m.group(1), predictors, bool(powered)
    return None


def _asked(question: str, predictors: list[str]) -> str | None:
    """The result key of the one quantity asked: a coefficient by its name (b2) or its predictor ("the coefficient
    of x2"), or a statistic of the fit; a prediction, a slope without its predictor or a coefficient the model lacks
    are declined (PlanError)."""
    if PREDICTION_AT.search(question):
        raise PlanError(
            "havoc reason predicts from a fit in one predictor; a multiple regression's prediction is not read"
        )
    keys = set(named_statistics(question)) - {"prediction"}
    lowered = [p.lower() for p in predictors]
    for m in re.finditer(rf"\b(?:coefficient|slope|effect)s?\s+(?:of|on|for)\s+({_NAME})", question, re.I):
        if m.group(1).lower() in lowered:
            keys.add(f"b{lowered.index(m.group(1).lower()) + 1}")
            keys.discard("slope")
    for m in re.finditer(r"\b(?:b|beta|β)_?(\d+)\b(?!\s*[*(]|\s+[^\W\d])", question, re.I):
        if int(m.group(1)) > len(predictors):
            raise PlanError(f"the question asks for {m.group(0)}, but the model has b0 to b{len(predictors)}")
    if "slope" in keys:
        raise PlanError("a multiple regression has a slope per predictor: ask for the coefficient of one by name")
    return keys.pop() if len(keys) == 1 else None


def plan_multiple(question: str) -> Plan | None:
    """The multiple regression the question asks for; None when it names fewer than two predictors, or fewer than
    two with their values. A predictor or the response without its values, lists of unequal length or too few rows
    are declined (PlanError)."""
    roles = _roles(question)
    if roles is None:
        return None
    response, predictors, powered = roles
    lists = {name: _named_list(question, name) for name in [*predictors, response]}
    if sum(lists[name] is not None for name in predictors) < 2:
        return None  # "regress y on x and report ...", "regression of deflection on load, R squared?": one predictor
    if powered:
        raise PlanError("a multiple regression here takes its predictors as given, not their powers")
    if any(values is None for values in lists.values()):
        unlabelled = ", ".join(name for name, values in lists.items() if values is None)
        raise PlanError(f"a multiple regression needs each variable's values after its name: none for {unlabelled}")
    sizes = {len(values) for values in lists.values()}
    if len(sizes) != 1:
        raise PlanError(f"the variables need the same number of values (found {sorted(sizes)})")
    n = sizes.pop()
    if n < len(predictors) + 2:
        raise PlanError(
            f"fitting {len(predictors)} predictors and an intercept needs at least {len(predictors) + 2} rows"
        )
    lets = [f"let x{i} = {study_list(lists[name])}" for i, name in enumerate(predictors, start=1)]
    terms = " + ".join(f"x{i}" for i in range(1, len(predictors) + 1))
    text = "\n".join([*lets, f"let y = {study_list(lists[response])}", f"fit regression y ~ {terms}"])
    facts = {"y": lists[response], "columns": [lists[name] for name in predictors], "predictors": predictors,
             "response": response}  # fmt: skip
    if (asked := _asked(question, predictors)) is not None:
        facts["asked"] = asked
    return Plan("regression", text, facts)
