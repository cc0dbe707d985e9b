"""The regression planner: the model the question states (a line, a polynomial, through the origin) fitted to its
paired data, oriented by the words that say which variable is the response.

A model is read from words ("quadratic", "second-order polynomial", "degree 3", "no intercept") and from a model
written out ("y = b0 + b1 x + b2 x^2", "dp = a + b*flow + c*flow^2", "y = b x", "y ~ x + I(x^2)"); the two must
agree. A model the study language cannot fit (logarithms, exponentials, several predictors, a polynomial without its
degree) is declined, never replaced by a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from plugins.api.column_table import column_table
from plugins.api.prose import (
    NUMBER,
    PairedValues,
    blank_spans,
    matrix_rows,
    name_before,
    numbers,
    paired_values,
    sample_spans,
    unit_after,
)
from plugins.api.reasoning import Plan, PlanError, study_list
from plugins.api.row_table import row_table
from plugins.stats.reasoning_pasted_pairs import heading_pairs, heading_rows, unit_tagged_pairs
from plugins.stats.reasoning_regression_transform import Transformed, transformed_roles, transformed_values


@dataclass(frozen=True)
class Model:
    """The powers of the predictor fitted (1 for a line), whether an intercept is, the response's and the
    predictor's names where a written model gives them, and its coefficients' names (name -> the power of the
    predictor each multiplies, 0 the intercept) where it writes them."""

    powers: tuple[int, ...] = (1,)
    intercept: bool = True
    response: str | None = None
    predictor: str | None = None
    coefficients: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @property
    def names(self) -> dict[str, int]:
        """Each coefficient's name -> its power: the written names, else b0 (the intercept), b1, b2 ..."""
        if self.coefficients:
            return dict(self.coefficients)
        return {f"b{p}": p for p in ((0,) if self.intercept else ()) + self.powers}

    @property
    def formula(self) -> str:
        terms = " + ".join("x" if p == 1 else f"x^{p}" for p in self.powers)
        return f"y ~ {terms}" + ("" if self.intercept else " - 1")

    @property
    def written(self) -> str:
        """The model in the coefficients' names: "y = b0 + b1 x + b2 x^2" (b_k multiplies x^k)."""
        terms = ["b0"] if self.intercept else []
        terms += [f"b{p} x" + (f"^{p}" if p > 1 else "") for p in self.powers]
        return "y = " + " + ".join(terms)


_LINE = Model()

# ---- the model in words -----------------------------------------------------------------------------------------
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6}  # fmt: skip
_DEGREE_WORDS = (
    (r"\bquadratic\b|\bparabol(?:a|ic)\b|\bsquared? term\b", 2),
    (r"\bcubic\b|\bcubed? term\b", 3),
    (r"\bquartic\b", 4),
)
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})[- ](?:order|degree)\b", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERED = re.compile(
    rf"\b(?:degree|deg\.?|order)[- ]?(?:of\s+)?(\d|{'|'.join(_NUMBER_WORDS)})\b|\b(\d)[- ](?:order|degree)\b", re.I
)
_CURVE = re.compile(r"(?<!calibration )\bcurves?\b(?! fit\w* (?:a |the )?(?:straight )?line)", re.I)
# a standard curve fitted by least squares with no model named is the assay's calibration line
_STANDARD_CURVE = re.compile(r"\bstandard curves?\b", re.I)
_LEAST_SQUARES = re.compile(r"\b(?:ordinary )?least[- ]squares?\b|\bOLS\b|\bregress", re.I)
_STRAIGHT = re.compile(r"\bstraight[- ]line\b|\blinear fit\b|\bfit (?:a |the )?line\b|\bline of best fit\b", re.I)
_ORIGIN = re.compile(
    r"\bthrough (?:the )?(?:origin|zero|\(\s*0\s*,\s*0\s*\))|\bno (?:intercept|constant)\b|\bwithout (?:an? )?"
    r"(?:intercept|constant)(?: term)?\b|\bzero[- ]intercept\b|\bintercept (?:fixed |forced |set |constrained )?"
    r"(?:at|to|=|of) ?(?:0(?:\.0+)?|zero)\b|\bforced? through\b",
    re.I,
)
# models the study language's `fit regression` cannot express (no transformed terms, one predictor)
_UNFITTABLE = re.compile(
    r"\bexponential\b|\blog(?:arithmic|10|2|_\{?\d+\}?)?\s*(?:\(|fit|model|curve|regression|trend|transform|scale)|"
    r"\blog-?(?:log|linear)\b|"
    r"\bln\b|\bexp\b|\be\s*\^|\bpower[- ]law\b|\bpower (?:"
    r"model|fit)\b|\blogistic\b|\bsplines?\b|\bnon-?linear\b|\bsqrt\b|\breciprocal\b|\bsaturat|\bmichaelis|"
    r"\blo[w]?ess\b|\bmultiple (?:linear )?regression\b|\bmultivariate\b|\b(?:two|2|three|3|several) predictors\b",
    re.I,
)
# a list named by a logarithm, its values following ("log10(copies) 2, 3, 4"): data on that scale, no transform asked
_LOGGED_LIST = re.compile(r"\b(?:log(?:10|2)?|ln)\s*\([^()]*\)(?=\s*[:=]?\s*[-+]?\.?\d)", re.I)
# a power law, or the power a turbine or an engine gives against its speed: a power law unless a model is stated
# ("fit a straight line P = b0 + b1 v", "a linear fit")
_POWER_CURVE = re.compile(r"\bpower[- ]curve\b", re.I)


# a polynomial named without its degree: "polynomial", or "poly" as a model ("poly fit"); "poly(x, 2)" has its degree
# and "poly ER", "poly gate" name polysilicon, not a model
_POLYNOMIAL = re.compile(
    r"\bpolynomial\b(?!\s*\()|\bpoly\b(?=[\s-]*(?:fit|regression|model|curve|trend|term)s?\b)", re.I
)


def _degree(said: str) -> int:
    return int(said) if said.isdigit() else _NUMBER_WORDS[said.lower()]


def _calibration_blanked(question: str) -> str:
    """``question`` with "standard curve" blanked where it is fitted by least squares (or regressed) and no other
    model is named: an assay's standard curve (Ct against log10 copies) is its calibration line."""
    if not _LEAST_SQUARES.search(question):
        return question
    return _STANDARD_CURVE.sub(lambda m: " " * len(m.group(0)), question)


def worded_model(question: str, written: bool = False) -> Model | None:
    """The model the words name: a degree ("quadratic", "second-order", "2nd-degree", "cubic", "degree 3", "order 2
    polynomial") and "through the origin" / "no intercept"; None when they name neither. Several degrees, a
    straight line beside a curve, or a polynomial without its degree are declined (PlanError); a "curve" with no
    degree is declined only when no model is ``written`` ("survivor curve ... fit log10 N = b0 + b1 t")."""
    degrees = {d for said, d in _DEGREE_WORDS if re.search(said, question, re.I)}
    degrees |= {_ORDINALS[m.group(1).lower()] for m in _ORDINAL.finditer(question)}
    degrees |= {_degree(m.group(1) or m.group(2)) for m in _NUMBERED.finditer(question)}
    if _STRAIGHT.search(question) and degrees - {1}:
        raise PlanError("the question names both a straight line and a curve: ask for one model")
    curves = degrees - {1}
    if len(curves) > 1:
        raise PlanError(f"the question names several degrees ({', '.join(map(str, sorted(curves)))}): ask for one")
    if not curves and _POLYNOMIAL.search(question):
        raise PlanError("a polynomial fit needs its degree: say 'quadratic', 'cubic' or 'degree 3'")
    if (
        not degrees
        and not written
        and _CURVE.search(_calibration_blanked(question))
        and not re.search(r"\bline(?:ar)?\b|\bstraight\b", question, re.I)
    ):
        raise PlanError("a curve fit needs its model: say 'straight line', 'quadratic', 'cubic' or 'degree 3'")
    degree = curves.pop() if curves else None
    if degree is not None and not 1 <= degree <= 6:
        raise PlanError(f"havoc reason fits polynomials of degree 1 to 6 (the question says {degree})")
    origin = bool(_ORIGIN.search(question))
    if degree is None and not origin:
        return None
    return Model(tuple(range(1, (degree or 1) + 1)), intercept=not origin)


# ---- the model written out ----------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([^\W\d]\w*)|(\*\*|[-+*^()~,]))")
_COEFFICIENT = re.compile(r"(?:[^\W\d_]|alpha|beta|gamma|delta|theta|lambda)_?\d*", re.I)
_GLUED = re.compile(r"((?:[^\W\d_]|alpha|beta|gamma|theta)_?\d*)([^\W\d_]\w*)", re.I)  # "mx", "b1x", "bx^2"
_ERROR_TERMS = {"e", "eps", "epsilon", "error", "err", "ε", "noise"}
_MODEL_START = re.compile(r"(?<![\w.])([^\W\d]\w*)\s*(=|~)\s*(?=[^\W\d(]|\d+\s*[-+])", re.I)
_FUNCTIONS = {"exp", "log", "ln", "sqrt", "sin", "cos", "tan", "log10", "abs"}


class _NotAModel(ValueError):
    """The text after "y =" is not a model (data, an equation of something else)."""


def written_model(question: str) -> Model | None:
    """The model written out: "y = b0 + b1 x + b2 x^2", "y = a + bx", "y = mx + c", "dp = a + b*flow + c*flow^2",
    "y = b x" (no intercept), "y = a x^2 + b x + c", "y ~ x + I(x^2)", "y ~ poly(x, 2)". A transformed term, several
    predictors or a fixed coefficient are declined (PlanError); None when nothing is written."""
    question = _bracketed_names_joined(_ratio_names_joined(_METHOD_ASIDE.sub(_blanked, question)))
    found = []
    for m in _MODEL_START.finditer(question):
        rest = question[m.end() :]
        try:
            found.append(_read_model(rest, m.group(1), m.group(2) == "~"))
        except _NotAModel:
            if re.match(r"[^,;:?=]{0,40}?[*/^]", rest):  # "y = a + b/x", "y = (a + b x)^2": a model not read
                raise PlanError(f"havoc reason fits polynomials a + b x + c x^2 ...; it cannot read the model "
                                f"'{m.group(0)}{rest[:30].strip()}'") from None  # fmt: skip
    if len(set(found)) > 1:
        raise PlanError("the question writes several different models: ask for one")
    return found[0] if found else None


# the fitting method named in brackets after a model, no factor of it: "yield ~ N (OLS)", "y = a + b x (least squares)"
_METHOD_ASIDE = re.compile(
    r"(?<=\s)\(\s*(?:(?:ordinary|simple)\s+)?(?:OLS|LS|least[- ]squares?|linear|straight[- ]line)"
    r"(?:\s+(?:fit|regression|model|line))?\s*\)",
    re.I,
)


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_RATIO_NAME = re.compile(r"(?<![\w/.])([^\W\d_]\w{0,3})/([^\W\d_]\w{0,3})(?![\w/])")


def _ratio_names_joined(question: str) -> str:
    """``question`` with a ratio's name it writes more than once ("w/c ratio vs strength ... b·(w/c)") joined into one
    name ("w_c"), bracketed alone or not: in a model it is the predictor, not a division."""
    said = [m.group(0).lower() for m in _RATIO_NAME.finditer(question)]
    for name in {n for n in said if said.count(n) > 1}:
        joined = name.replace("/", "_")
        pattern = rf"\(\s*{re.escape(name)}\s*\)|(?<![\w/.]){re.escape(name)}(?![\w/])"
        question = re.sub(pattern, joined, question, flags=re.I)
    return question


# a predictor named in words in brackets after its coefficient: "b1*(layer thickness)", "b (feed rate)"
_BRACKETED_NAME = re.compile(r"(\*\s*|(?<![\w.])[^\W\d_]_?\d*\s*)\(\s*([^\W\d_]+(?:[\s-]+[^\W\d_]+){1,3})\s*\)")


def _bracketed_names_joined(question: str) -> str:
    """``question`` with a predictor named in words in brackets after its coefficient joined into one name:
    "Ra = b0 + b1·(layer thickness)" -> "Ra = b0 + b1*layer_thickness" (the lists it names keep their words)."""
    return _BRACKETED_NAME.sub(lambda m: m.group(1) + re.sub(r"[\s-]+", "_", m.group(2)), question)


def _read_model(rest: str, response: str, formula: bool) -> Model:
    """The model on the right of "response =" (``formula``: of "response ~")."""
    terms = _terms(_tokens(rest))
    if formula:
        return _formula_model(terms, response)
    kinds = [kind for kind in (_term_kind(factors) for _, factors in terms) if kind[0] != "error"]
    if len(kinds) > 1 and kinds[-1][0] == "power" and kinds[-1][1] not in {k[1] for k in kinds[:-1] if k[0] == "power"}:
        last = terms[-1][1]  # "... + c please": a word after the constant c ends the model
        if len(last) == 2 and re.fullmatch(r"[a-z]{3,}", last[1][0], re.I) and any(k[0] == "power" for k in kinds[:-1]):
            kinds[-1] = _term_kind(terms[-1][1][:1])
    variables = {k[1] for k in kinds if k[0] == "power"}
    if not variables:
        raise _NotAModel(rest)
    if len(variables) > 1:
        raise PlanError(f"havoc reason fits one predictor (the model has {', '.join(sorted(variables))})")
    if any(k[0] == "fixed" for k in kinds):
        raise PlanError("the model has a fixed coefficient (a number): write each coefficient as a name, y = a + b x")
    powers = [k[2] for k in kinds if k[0] == "power"]
    constants = sum(k[0] == "constant" for k in kinds)
    if constants > 1 or len(set(powers)) != len(powers):
        raise PlanError("the model repeats a term: write each power of the predictor once")
    names = tuple((k[-1], 0 if k[0] == "constant" else k[2]) for k in kinds)
    if len({name.lower() for name, _ in names}) != len(names):
        names = ()  # "y = b + b x": the names do not tell the coefficients apart
    return Model(tuple(sorted(powers)), constants == 1, response, variables.pop(), names)


def _tokens(rest: str) -> list[str]:
    """The tokens after "y =" up to the first that cannot belong to a model (a stop, a comma, an unmatched bracket)."""
    out: list[str] = []
    depth, pos = 0, 0
    while m := _TOKEN.match(rest, pos):
        tok = next(g for g in m.groups() if g is not None)
        depth += {"(": 1, ")": -1}.get(tok, 0)
        if depth < 0 or (tok == "," and depth == 0):
            break
        out.append(tok)
        pos = m.end()
    return out


def _terms(tokens: list[str]) -> list[tuple[int, list[tuple[str, int]]]]:
    """The signed terms (sign, [(factor, power)]) of a sum; the sum stops where a term cannot go on."""
    terms: list[tuple[int, list[tuple[str, int]]]] = []
    i, sign = 0, 1
    while i < len(tokens):
        if terms and tokens[i].lower() in _PROSE_WORDS:
            break  # "TAT = a + b*volume - what is b": the dash before a sentence's words ends the sum
        factors, i = _factors(tokens, i)
        if not factors:
            break
        terms.append((sign, factors))
        if i >= len(tokens) or tokens[i] not in "+-":
            break
        sign, i = (1 if tokens[i] == "+" else -1), i + 1
    return terms


# words of the sentence around a model: never its variable ("y = a + b and then ...")
_PROSE_WORDS = {"and", "to", "for", "with", "using", "where", "in", "on", "of", "at", "by", "from", "over", "then",
                "is", "the", "give", "find", "what", "fit", "data", "as", "via", "through", "into", "onto", "how",
                "which", "report", "estimate", "please", "so", "now", "here"}  # fmt: skip


def _factors(tokens: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    """A product of at most two factors (a coefficient, then the variable), each with an optional whole power;
    I(...) and poly(...) are one factor each; a function (log, exp, e^) is declined."""
    factors: list[tuple[str, int]] = []
    while i < len(tokens) and len(factors) < 2:
        tok = tokens[i]
        if tok.lower() in _FUNCTIONS or (tok.lower() == "e" and tokens[i + 1 : i + 2] in (["^"], ["**"])):
            raise PlanError("havoc reason fits polynomials only: a model with log, exp or e^ is not fitted")
        if factors and (tok.lower() in _PROSE_WORDS or not _COEFFICIENT.fullmatch(factors[0][0])):
            break  # a product is a coefficient times the variable: "b x", not "x and"
        if tokens[i + 1 : i + 2] == ["("] and tok.lower() not in ("i", "poly"):
            raise _NotAModel(f"a function {tok}(...)")  # "N(100, 15)", "f(x)"
        if tokens[i + 1 : i + 2] == ["("]:
            close = _closing(tokens, i + 1)
            factors.append(("".join(tokens[i : close + 1]), 1))
            i = close + 1
        elif re.fullmatch(rf"{NUMBER}|[^\W\d]\w*", tok):
            i += 1
            power = 1
            if tokens[i : i + 1] in (["^"], ["**"]):
                if i + 1 >= len(tokens) or not tokens[i + 1].isdigit():
                    raise PlanError("a power in the model must be a whole number (x^2)")
                power, i = int(tokens[i + 1]), i + 2
            factors.append((tok, power))
        else:
            break
        if tokens[i : i + 1] == ["*"]:
            i += 1
    return factors, i


def _closing(tokens: list[str], open_at: int) -> int:
    depth = 0
    for j in range(open_at, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[j], 0)
        if depth == 0:
            return j
    raise _NotAModel("unclosed bracket")


def _term_kind(factors: list[tuple[str, int]]) -> tuple:
    """("constant", name) the intercept, ("error",) an error term, ("power", variable, k, name) a coefficient times
    the variable^k ("b x^2", glued "bx^2", "mx", "b1x"), ("fixed",) a number standing for a coefficient; anything
    else is not a model."""
    if len(factors) == 2:
        (coef, _), (var, power) = factors
        if re.fullmatch(NUMBER, coef):
            return ("fixed",)
        if re.fullmatch(NUMBER, var):
            raise _NotAModel(var)
        return ("power", var.lower(), power, coef)
    name, power = factors[0]
    if re.fullmatch(NUMBER, name):
        return ("fixed",) if float(name) != 0 else ("error",)
    if name.lower() in _ERROR_TERMS and power == 1:
        return ("error",)
    if _COEFFICIENT.fullmatch(name) and power == 1:
        return ("constant", name)
    glued = _GLUED.fullmatch(name)
    if glued and len(glued.group(2)) == 1:  # "mx", "b1x", "cx^2"; never "temperature" read as t*emperature
        return ("power", glued.group(2).lower(), power, glued.group(1))
    raise _NotAModel(name)


_WRAPPED = re.compile(r"(i|poly)\(([^\W\d]\w*)(?:\^(\d+)|,(\d+))?\)", re.I)


def _formula_model(terms: list[tuple[int, list[tuple[str, int]]]], response: str) -> Model:
    """A formula: "y ~ x + x^2", "y ~ x + I(x^2) - 1" ("- 1" or "+ 0" drops the intercept), "y ~ poly(x, 2)"."""
    powers, variables, intercept = set(), set(), True
    for sign, factors in terms:
        if len(factors) != 1:
            raise _NotAModel("a product in a formula")
        name, power = factors[0]
        if name in ("0", "1"):
            intercept = (name == "1") == (sign > 0)
            continue
        wrapped = _WRAPPED.fullmatch(name)
        var = (wrapped.group(2) if wrapped else name).lower()
        if wrapped and wrapped.group(1).lower() == "poly":
            powers |= set(range(1, int(wrapped.group(4) or 1) + 1))
        else:
            powers.add(int(wrapped.group(3) or 1) if wrapped else power)
        variables.add(var)
    if len(variables) != 1:
        raise _NotAModel("no single predictor")
    return Model(tuple(sorted(powers)), intercept, response, variables.pop())


# ---- the model as the regressors listed: "regress y on x and x^2", "y regressed on x, x^2 and x^3" ------------------
_REGRESSOR = r"[^\W\d]\w*(?:\s*(?:\^|\*\*)\s*\d+|\s+(?:squared|cubed))?"
BETWEEN_NAMES = r"\s*(?:,\s*(?:and\s+)?|\band\s+|\+\s*)"  # "x1, x2 and x3", "x1 + x2"
_BETWEEN = BETWEEN_NAMES
_REGRESSORS = re.compile(
    rf"\bregress\w*\b[^.?;:]{{0,40}}?\b(?:on|onto|against)\s+({_REGRESSOR}(?:{_BETWEEN}{_REGRESSOR})+)", re.I
)
_POWERED = re.compile(r"([^\W\d]\w*)(?:\s*(?:\^|\*\*)\s*(\d+)|\s+(squared|cubed))?", re.I)


def listed_model(question: str) -> Model | None:
    """The model listed as regressors, powers of one predictor ("regress y on x and x^2": a quadratic); None when
    no power is listed. The list ends at another name ("on load, R squared?")."""
    m = _REGRESSORS.search(question)
    if not m:
        return None
    parts = [_POWERED.fullmatch(part) for part in re.split(_BETWEEN, m.group(1))]
    terms = [(p.group(1).lower(), int(p.group(2) or {"squared": 2, "cubed": 3}.get((p.group(3) or "").lower(), 1)))
             for p in parts if p]  # fmt: skip
    predictor = terms[0][0]
    powers = []
    for name, power in terms:
        if name != predictor:
            break  # "on x and x^2 and report": the list has ended
        powers.append(power)
    if max(powers) == 1:
        return None
    return Model(tuple(sorted(set(powers))), predictor=predictor)


# a list's variable defined as a transform of a quantity, with its unit in brackets: "y = ln(median life in h)",
# "x = 1000/T (1/K)", "let y be log10(k)"
_DEFINED = re.compile(
    r"(?<![\w.])([^\W\d]\w{0,5})\s*(?:=|:=|\bis\b|\bbe\b)\s*((?:ln|log(?:10)?|exp|sqrt)\s*\((?:[^()]|\([^()]*\))*\)"
    r"|\d+(?:\.\d+)?\s*/\s*[^\W\d]\w*)(?:\s*\([^()]*\))?",
    re.I,
)


def defined_lists(question: str) -> list[tuple[tuple[int, int], str, str]]:
    """Each listed variable the question defines as a transform of a quantity that is not listed, (span, name,
    definition as written): "y = ln(median life in h)" when "y:" heads a list of numbers. The lists are the data as
    given: a fit of them transforms nothing ("y = ln(x)" of listed x and y is a model, not a definition)."""

    def listed(name: str) -> bool:
        return re.search(rf"(?<![\w.]){re.escape(name)}\s*(?:=|:)\s*\[?\s*{NUMBER}(?!\s*/)", question) is not None

    found = []
    for m in _DEFINED.finditer(question):
        inside = (
            re.findall(r"[^\W\d_]\w*", m.group(2))[1:] if "(" in m.group(2) else re.findall(r"[^\W\d_]\w*", m.group(2))
        )
        if listed(m.group(1)) and not any(listed(word) for word in inside):
            found.append((m.span(), m.group(1), m.group(0)[m.start(2) - m.start() :].strip()))
    return found


def _without_defined_lists(question: str) -> str:
    """``question`` with its listed variables' definitions as transforms blanked (see ``defined_lists``)."""
    return blank_spans(question, [span for span, *_ in defined_lists(question)])


def stated_model(question: str) -> Model:
    """The model to fit: the words' and the written model's (they must agree), else a straight line. A model the
    study language cannot fit is declined (PlanError), never replaced by a line; a listed variable defined as a
    transform ("y = ln(life): 8.92 8.31 ...") is data, not a transformed term."""
    question = _LOGGED_LIST.sub(" ", _without_defined_lists(question))
    written, listed = written_model(question), listed_model(question)
    worded = worded_model(question, written=written is not None)
    stated = [model for model in (written, listed, worded) if model]
    if (found := _UNFITTABLE.search(question)) or (
        not (stated or _STRAIGHT.search(question)) and (found := _POWER_CURVE.search(question))
    ):
        raise PlanError(f"havoc reason fits polynomials in one predictor; '{found.group(0)}' names a model it does "
                        "not fit (transformed terms or several predictors)")  # fmt: skip
    if len({(model.powers[-1], model.intercept) for model in stated}) > 1:
        raise PlanError(f"the question states two models ({stated[0].written} and {stated[1].written}): ask for one")
    return stated[0] if stated else _LINE


# ---- the data and which of its two variables is the response --------------------------------------------------------
@dataclass(frozen=True)
class Series:
    """Two variables' values in the order the question gives them, their names where it gives them, whether they
    came item by item (pairs are written predictor first: "150 -> 62.1", "(x, y)"), whether the names are bound to
    the positions (not so for a heading "hardness vs temp" over pairs: a plot's "y vs x" too), and whether the pairs'
    notation itself puts the predictor first ("150 -> 62.1", where "(6.8, 4.5)" may follow the heading's order)."""

    first: list[str]
    second: list[str]
    names: tuple[str | None, str | None] = (None, None)
    paired: bool = False
    bound: bool = True
    predictor_first: bool = True
    step: str | None = None  # the step of a predictor stated as a range ("8000 to 14000 in 1000 steps")

    def swapped(self) -> Series:
        return replace(self, first=self.second, second=self.first, names=self.names[::-1])


_X_LIST = re.compile(rf"\bx\s*(?:=|:|values?|is|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})")
_Y_LIST = re.compile(rf"\by\s*(?:=|:|values?|is|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})")


# a variable's name before its unit in brackets, "raw water temp (°C)": up to four words after any joining word
_UNIT_NAME = (
    r"(?:\b(?:vs\.?|versus|against|and|of|on|with|by)\s+)?([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}}?)\s*\(\s*{}\s*\)"
)


def _unit_pairs(question: str) -> PairedValues | None:
    """The pairs tagged by the predictor's unit (``unit_tagged_pairs``), the predictor named by the words the question
    writes before that unit in brackets ("raw water temp (°C)") when it writes one such name; a one-letter unit never
    names it alone (the "h" of "2 h 61.0" is no initial of "hardness")."""
    pairs = unit_tagged_pairs(question)
    if pairs is None or pairs.names[0] is None:
        return pairs
    found = re.findall(_UNIT_NAME.format(re.escape(pairs.names[0])), question, re.I)
    found = [name.split()[-4:] for name in found if _words(name)]
    if len({" ".join(name).lower() for name in found}) == 1:
        return replace(pairs, names=(" ".join(found[0]), None))
    return replace(pairs, names=(None, None)) if len(pairs.names[0].strip("°.")) == 1 else pairs


def regression_data(question: str) -> Series:
    """The two variables: pairs item by item ("150 -> 62.1", "150: 62.1", "(150, 62.1)", "x=150 y=62.1", rows of two
    under a heading "A vs B" or on one line after it ("A vs B: 130 5.1, 135 5.9, ..."), "0 mo 100.2, 3 mo 99.6"), lists
    labelled x and y, two columns under a header of their names ("temp_C  HRC" / "400  55.1" / ...), two rows of
    values after their names, apart by pipes or tabs ("| pressure (bar) | 100 | 150 | ..."), rows of two
    ("1 2; 3 4; 5 6"), or the first two lists with the names written before them."""
    pairs = paired_values(question) or heading_rows(question) or heading_pairs(question) or _unit_pairs(question)
    if pairs:
        return Series(pairs.first, pairs.second, pairs.names, True, pairs.ordered, pairs.predictor_first)
    table = column_table(question)  # "temp_C   HRC" over rows "400   55.1": two named columns
    if table is not None and len(table.columns) == 2:
        return Series(table.columns[0], table.columns[1], (table.names[0], table.names[1]))
    rows = row_table(question)  # "day<TAB>0<TAB>3 ..." / "log TPC<TAB>2.1<TAB>2.6 ...": two named rows
    if rows is not None and len(rows.rows) == 2:
        return Series(rows.rows[0], rows.rows[1], (rows.names[0], rows.names[1]))
    xs, ys = _X_LIST.search(question), _Y_LIST.search(question)
    if xs and ys:
        return Series(numbers(xs.group(1)), numbers(ys.group(1)), ("x", "y"))
    rows = matrix_rows(question)
    if rows and len(rows) >= 3 and len(rows[0]) == 2:
        return Series([r[0] for r in rows], [r[1] for r in rows], paired=True)
    spans = sample_spans(question, minimum=2)
    if len(spans) == 1 and (
        times := timed_axis(question, len(spans[0][2]))
        or year_axis(question, spans[0])
        or stepped_axis(question, spans[0])
        or index_axis(question, spans[0])
    ):
        step = times[2] if len(times) > 2 else None
        return Series(times[0], spans[0][2], (times[1], _list_name(question, spans[0])), step=step)
    if len(spans) < 2:
        raise PlanError(f"a regression needs two lists of numbers or pairs such as '150 -> 62.1' (found {len(spans)})")
    return Series(spans[0][2], spans[1][2], (_list_name(question, spans[0]), _list_name(question, spans[1])))


# readings at a fixed step from a stated start: "readings every 5 min starting at t=0", "logged every 2 h from t = 0",
# "at 10-minute intervals beginning at 0 min"
_TIME_UNIT = r"(?:s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)"
_STEP = re.compile(
    rf"\bevery\s+({NUMBER})\s*({_TIME_UNIT})\b|(?<![\w.])({NUMBER})[- ]?({_TIME_UNIT})\s+intervals?\b", re.I
)
_START = re.compile(
    rf"\s*,?\s*(?:starting|beginning|from|commencing)\s+(?:at\s+|with\s+)?(?:t\s*=\s*|time\s+)?({NUMBER})"
    rf"(?:\s*{_TIME_UNIT}\b)?",
    re.I,
)


def timed_axis(question: str, count: int) -> tuple[list[str], str] | None:
    """The times of ``count`` readings taken at a fixed step from a stated start ("readings every 5 min starting at
    t=0" -> 0, 5, 10, ...) and their name ("time (min)"); None when the question states no such step with its start
    (where the first reading falls is then unknown) or states it twice."""
    found = [(m, _START.match(question, m.end())) for m in _STEP.finditer(question)]
    found = [(m, start) for m, start in found if start is not None]
    if len(found) != 1:
        return None
    step_m, start_m = found[0]
    step, unit = (step_m.group(1), step_m.group(2)) if step_m.group(1) else (step_m.group(3), step_m.group(4))
    first, width = Decimal(start_m.group(1)), Decimal(step)
    if width <= 0:
        return None
    return [str(first + width * i) for i in range(count)], f"time ({unit})"


# a predictor set over a range at a fixed step: "from 8000 to 14000 psi in 1000 psi steps", "in steps of 5 from 20
# to 60", "every 1000 psi from 8000 to 14000", "from 20 to 60 °C in 10-degree increments"
_UNIT_WORD = r"(?:\s*-?\s*(?:°\s*)?[a-z%µ°/]+\.?)?"
_RANGE = rf"(?:from\s+)?(?P<a>{NUMBER}){_UNIT_WORD}\s+(?:to|through|thru|up to)\s+(?P<b>{NUMBER}){_UNIT_WORD}"
_STEP_SIZE = rf"(?P<s>{NUMBER}){_UNIT_WORD}"
_STEPPED = (
    re.compile(rf"\b{_RANGE},?\s+(?:in|at|with)\s+(?:steps?|increments?|intervals?)\s+of\s+{_STEP_SIZE}(?![\w.])", re.I),
    re.compile(rf"\b{_RANGE},?\s+(?:in|at|with)\s+{_STEP_SIZE}[\s-]*(?:steps?|increments?|intervals?)\b", re.I),
    re.compile(rf"\b(?:every|each|(?:in\s+)?(?:steps?|increments?)\s+of)\s+{_STEP_SIZE},?\s+{_RANGE}(?![\w.])",
               re.I),
)  # fmt: skip
# the count stated just before the range: "7 settings from 8000 to 14000", "5 levels, every 10 from 20 to 60"
_RANGE_COUNT = re.compile(r"(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){1,2}?,?\s*$", re.I)


def stepped_axis(question: str, span: tuple[int, int, list[str]]) -> tuple[list[str], None, str] | None:
    """The predictor's values set over a range at a fixed step outside the list ("7 settings from 8000 to 14000 psi
    in 1000 psi steps" -> 8000, 9000, ..., 14000) and their name ("x"); None when no such range is stated (or more
    than one), with no name and the step as written. A range whose steps do not give one value per listed response, or a count stated before it that
    differs, raises PlanError."""
    found = [m for pattern in _STEPPED for m in pattern.finditer(question) if not span[0] <= m.start() < span[1]]
    if len(found) != 1:
        return None
    m = found[0]
    first, last, step = Decimal(m.group("a")), Decimal(m.group("b")), Decimal(m.group("s"))
    if step <= 0 or last <= first or (last - first) % step:
        raise PlanError(f"the range {m.group('a')} to {m.group('b')} is no whole number of steps of {m.group('s')}: "
                        "write the predictor's values as a list")  # fmt: skip
    count = int((last - first) / step) + 1
    stated = _RANGE_COUNT.search(question[: m.start()])
    if count != len(span[2]) or (stated and int(stated.group(1)) != count):
        said = f"{len(span[2])} responses listed" + (f" and {stated.group(1)} stated" if stated else "")
        raise PlanError(f"{m.group('a')} to {m.group('b')} in steps of {m.group('s')} gives {count} values, against "
                        f"{said}: write the predictor's values as a list")  # fmt: skip
    return [str(first + step * i) for i in range(count)], None, m.group("s")


# a run of calendar years: "for 2015 through 2022", "from 2015 to 2022", "in 2015-2022", "between 2015 and 2022",
# "over the years 2015–2022"
_YEAR = r"(1[89]\d\d|20\d\d)"
_YEARS = re.compile(
    rf"\b(?:for|from|between|over|in|during|covering)\s+(?:the\s+)?(?:years?\s+)?{_YEAR}\s*"
    rf"(?:through|thru|to|until|till|and|[-\u2013\u2014])\s*(?:the\s+end\s+of\s+)?{_YEAR}(?![\d.])",
    re.I,
)


def year_axis(question: str, span: tuple[int, int, list[str]]) -> tuple[list[str], str] | None:
    """The years of a list of yearly values over a stated run of years ("for 2015 through 2022 was 12.1, 13.4, ...":
    2015, 2016, ..., 2022) and their name ("year"); None unless exactly one run is stated outside the list and it
    has one year per value."""
    found = [m for m in _YEARS.finditer(question) if not span[0] <= m.start() < span[1]]
    if len(found) != 1:
        return None
    first, last = int(found[0].group(1)), int(found[0].group(2))
    if last - first + 1 != len(span[2]):
        return None
    return [str(year) for year in range(first, last + 1)], "year"


# a run of whole-numbered periods or items: "days 1..8", "day 1 to 8", "weeks 1-12", "runs 1 through 10"
_INDEX_NOUN = (r"day|week|month|quarter|hour|minute|run|batch|lot|cycle|trial|step|epoch|sample|shift|sprint|release|"
               r"version|iteration|round|period|session|wafer|unit|part|stage|generation|build")  # fmt: skip
_INDEXES = re.compile(
    rf"\b(?P<name>{_INDEX_NOUN})(?:e?s)?\s*(?:#|no\.?\s*)?(?P<a>\d+)\s*(?:\.\.\.?|…|-|–|—|to|through|thru)\s*"
    rf"(?:{_INDEX_NOUN})?(?:e?s)?\s*(?P<b>\d+)(?![\d.,]|\s*[%/])",
    re.I,
)


def index_axis(question: str, span: tuple[int, int, list[str]]) -> tuple[list[str], str] | None:
    """The whole numbers of a list of values over a stated run of periods or items ("days 1..8: [0.02, 0.03, ...]":
    1, 2, ..., 8) and their name ("day"); None unless exactly one run is stated outside the list and it has one
    number per value."""
    found = [m for m in _INDEXES.finditer(question) if not span[0] <= m.start() < span[1]]
    if len(found) != 1:
        return None
    first, last = int(found[0].group("a")), int(found[0].group("b"))
    if last - first + 1 != len(span[2]):
        return None
    return [str(i) for i in range(first, last + 1)], found[0].group("name").lower()


def _list_name(question: str, span: tuple[int, int, list[str]]) -> str | None:
    """The name before a list and its unit after it: "applied 0, 50, 100 kPa" -> "applied (kPa)"."""
    name, unit = name_before(question, span[0]), unit_after(question, span[1])
    return f"{name} ({unit})" if name and unit else name or (unit and f"({unit})")


_CUE_NAME = r"([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)"
# "regress A on B", "regression of A on B", "slope of A on B", "A regressed on B", "predict A from B",
# "A as a function of B", "plot A against B": A is the response
_ROLE_CUES = tuple(
    re.compile(cue, re.I)
    for cue in (
        rf"\bregress(?:ion|ed|ing)?(?:\s+(?:line|equation|model))?(?:\s+of)?\s+{_CUE_NAME}\s+(?:on|onto|against)\s+"
        rf"{_CUE_NAME}\b",
        rf"\b(?:slope|intercept|line|fit|coefficients?)\s+of\s+{_CUE_NAME}\s+(?:on|onto|against)\s+{_CUE_NAME}\b",
        rf"{_CUE_NAME}\s+regressed\s+(?:on|onto|against)\s+{_CUE_NAME}\b",
        rf"\bpredict(?:s|ing|ed)?\s+{_CUE_NAME}\s+from\s+{_CUE_NAME}\b",
        rf"{_CUE_NAME}\s+as\s+a\s+function\s+of\s+{_CUE_NAME}\b",
        rf"\b(?:plot(?:ted|ting)?|graph(?:ed)?|chart(?:ed)?)\s+(?:of\s+)?{_CUE_NAME}\s+(?:against|vs\.?|versus)\s+{_CUE_NAME}\b",
    )
)
_NOT_VARIABLES = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "its", "their", "fitted", "line",
                  "fit", "data", "values", "points", "regression", "slope", "intercept", "best", "straight", "model",
                  "least", "squares", "plot", "and", "of", "simple", "linear", "quadratic", "cubic", "polynomial",
                  "curve", "what", "is", "find", "give", "compute", "calculate", "get", "me", "us", "please"}  # fmt: skip
_GENERIC = {"x", "y"}


def _words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w-]*|\w+", (name or "").lower()) if w not in _NOT_VARIABLES]


def role_cue(question: str) -> tuple[str, str] | None:
    """(response, predictor) as the words say: "slope of hardness on temperature" -> ("hardness", "temperature");
    None when the question says neither."""
    for cue in _ROLE_CUES:
        for m in cue.finditer(question):
            response, predictor = (" ".join(_words(g)) for g in m.groups())
            if response and predictor:
                return response, predictor
    return None


def _same(a: str, b: str | None) -> bool:
    """Two names of one variable: a word in common, one word the start of the other ("temp", "temperature"), a
    letter the initial of a word ("F", "force"), or a word the initials of consecutive words of the other ("HDD",
    "heating degree days")."""
    u_words, v_words = _words(a), _words(b)
    return any(u == v or (min(len(u), len(v)) != 2 and (u.startswith(v) or v.startswith(u)))
               for u in u_words for v in v_words) or _acronym(u_words, v_words) or _acronym(v_words, u_words)  # fmt: skip


def _acronym(short: list[str], long: list[str]) -> bool:
    """Whether a word of ``short`` (two to five letters) spells the initials of consecutive words of ``long``."""
    initials = "".join(word[0] for word in long)
    # a header's unit glued on after an underscore is no letter of the acronym: "SOM_%", "SOM_pct"
    short = [w.split("_")[0] for w in short]
    return len(long) > 1 and any(re.fullmatch(r"[a-z]{2,5}", w) and w in initials for w in short)


# a role's other names: a calibration's standards are its concentrations
# and a time is a list named by its unit ("time" of "months: 0 3 6 ...")
_TIME_UNITS = "seconds minutes hours days weeks months years"
_ALIASES = {"concentration": "standards doses levels conc", "conc": "standards doses levels concentration",
            "dose": "doses concentration levels", "time": _TIME_UNITS, "age": _TIME_UNITS,
            "duration": _TIME_UNITS}  # fmt: skip


def _index(name: str, series: Series) -> int | None:
    names = [name, *(alias for word in _words(name) for alias in _ALIASES.get(word, "").split())]
    found = [i for i, given in enumerate(series.names) if any(_same(n, given) for n in names)]
    return found[0] if len(found) == 1 else None


# the word that introduces a list: "standards of 0, 2, ...", "absorbances were 0.003, ...", and the subject of a verb
# past an aside in commas, "the fibre volume fractions, determined by acid digestion, were 55.2, ..." (never the verb)
_INTRODUCED = re.compile(
    r"(?<![\w-])(?!(?:of|at|were|was|are|is)\b)([^\W\d_][\w-]*)"
    r"(?:\s+(?:of|at)\s+|(?:\s*,[^,;:.\d]{1,60},)?\s+(?:were|was|are|is)\s+|\s+)$"
)


def _introduced(question: str, series: Series) -> Series:
    """``series`` named by the word that introduces each of its two lists ("standards of 0, 2, 4 gave absorbances
    of 0.003, ..."), when the question has exactly these two lists; else ``series`` as it is."""
    spans = sample_spans(question, minimum=2)
    if series.paired or len(spans) != 2 or [v for *_, v in spans] != [series.first, series.second]:
        return series
    asked = [m.span() for cue in _ROLE_CUES for m in cue.finditer(question)]  # "regress A on B: 1 2 3; 4 5 6"
    words = [_INTRODUCED.search(question[: span[0]]) for span in spans]
    words = [m if m and not any(a <= m.start() < b for a, b in asked) else None for m in words]
    names = tuple(m.group(1).lower() if m and _words(m.group(1)) else None for m in words)
    return replace(series, names=names) if any(names) else series


_CLAUSE_END = re.compile(r"[;?!\n]|\.(?!\d)")


def _labelled(question: str, series: Series) -> Series:
    """``series`` named by the whole label each of its two lists follows ("monthly heating degree days (base 65 F):
    620 540 ...; gas use (therms) same months: 1850 ..."): the clause up to the colon, its bracketed words kept,
    when the question has exactly these two lists, each after a colon; else ``series`` as it is."""
    spans = sample_spans(question, minimum=2)
    if series.paired or len(spans) != 2 or [v for *_, v in spans] != [series.first, series.second]:
        return series
    names: list[str] = []
    for i, (start, _, _) in enumerate(spans):
        head = question[spans[i - 1][1] if i else 0 : start]
        if not re.search(r":\s*$", head):
            return series
        names.append(re.split(_CLAUSE_END, head)[-1].strip(" :,"))
    return replace(series, names=(names[0], names[1]))


# a list's name in a textbook statement ending just before it: "Let the fill depth d (mm) be set to", "and the mean
# tablet weights observed be", "Suppose the load is fixed at", "while the measured deflections were"
_STATED = re.compile(
    r"\b(?:let|suppose|if|when|and|while|with)\s+(?:the\s+)?(?P<name>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3}?)"
    r"\s*(?:\([^()]*\)\s*)?(?:(?:observed|measured|recorded|obtained)\s+)?(?:be|is|are|was|were)\s+"
    r"(?:(?:set|fixed|held|chosen|taken)\s+(?:to|at|as)\s+|equal\s+to\s+)?$",
    re.I,
)
_NOT_NAMED = {"observed", "measured", "recorded", "obtained", "values", "data"}


def _stated(question: str, series: Series) -> Series:
    """``series`` named by the textbook statement each of its two lists ends ("Let the fill depth d (mm) be set to
    8.0, ..., 9.0 and the mean tablet weights observed be 243.1, ... respectively" -> "fill depth d", "mean tablet
    weights"), when the question has exactly these two lists and both are so named; else ``series`` as it is."""
    spans = sample_spans(question, minimum=2)
    if series.paired or len(spans) != 2 or [v for *_, v in spans] != [series.first, series.second]:
        return series
    names: list[str] = []
    for i, (start, _, _) in enumerate(spans):
        m = _STATED.search(question[spans[i - 1][1] if i else 0 : start])
        words = [w for w in (m.group("name").lower().split() if m else []) if w not in _NOT_NAMED]
        if not words:
            return series
        names.append(" ".join(words))
    return replace(series, names=(names[0], names[1]))


def oriented(series: Series, question: str, model: Model) -> Series:
    """``series`` as (predictor, response): the written model's or the words' roles matched to the data's names;
    without roles, the order given (pairs and lists x first). Roles that name no variable of the data, or both the
    same one, are declined (PlanError) unless they are the generic y and x."""
    roles = (model.response, model.predictor) if model.response else role_cue(question)
    if roles is None:
        return series
    response, predictor = (_index(name, series) for name in roles)
    if response is None and predictor is None and series.bound:
        for renamed in (_introduced, _labelled, _stated):
            candidate = renamed(question, series)
            response, predictor = (_index(name, candidate) for name in roles)
            if response is not None or predictor is not None:
                series = candidate
                break
    if not series.bound:  # pairs under "A vs B": the notation puts the predictor first; the roles order the names
        turned = response == 0 or predictor == 1
        if turned and not series.predictor_first:  # "voids vs binder: (6.8, 4.5)": (voids, binder) or (binder, voids)?
            raise PlanError(f"the pairs under '{series.names[0]} vs {series.names[1]}' may be in the heading's order or "
                            f"predictor first: write them as '{series.names[1]} -> {series.names[0]}' pairs")  # fmt: skip
        names = series.names[::-1] if turned else series.names
        return replace(series, names=names, bound=response is not None or predictor is not None)
    if response is None and predictor is None:
        generic = set(_words(" ".join(roles))) <= _GENERIC or set(series.names) == _GENERIC
        # pairs unnamed, or only their first named (by its unit, "30 Hz 6120"), whose roles name neither: the
        # pairs' own order, predictor first
        if generic or (series.paired and series.names[1] is None):
            return series
        given = f"named {' and '.join(n or '(unnamed)' for n in series.names)}" if any(series.names) else "unnamed"
        raise PlanError(f"the question regresses {roles[0]} on {roles[1]}, but its lists are {given}: say which "
                        "values are which, e.g. 'temp 150 160 ...; hardness 62.1 64.0 ...'")  # fmt: skip
    if response is not None and response == predictor:
        raise PlanError(f"'{roles[0]}' and '{roles[1]}' name the same variable of the data: say which is the response")
    y_index = response if response is not None else 1 - predictor
    return series.swapped() if y_index == 0 else series


def plan_regression(question: str) -> Plan:
    """Fit the stated model (a line unless the question names another) of the response on the predictor, or of
    the response on two or more predictors each named with its values."""
    from plugins.stats.reasoning_multiple import plan_multiple
    from plugins.stats.reasoning_regression_sums import plan_from_sums, summary_sums

    if (sums := summary_sums(question)) is not None:  # "n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385"
        return plan_from_sums(question, sums)
    if (multiple := plan_multiple(question)) is not None:
        return multiple
    transformed = transformed_roles(question)  # "ln k on 1/T": the columns transformed, the line fitted to them
    if transformed is not None:
        question = _transform_blanked(question, transformed)
    model = stated_model(question)
    if transformed is not None:
        model = replace(model, response=transformed.response.variable, predictor=transformed.predictor.variable)
    data = oriented(regression_data(question), question, model)
    x, y = data.first, data.second
    if len(x) != len(y):
        raise PlanError(f"x and y need the same number of values (got {len(x)} and {len(y)})")
    needed = len(model.powers) + model.intercept + 1
    if len(x) < max(needed, 3):
        raise PlanError(f"fitting {model.written} needs at least {max(needed, 3)} points (found {len(x)})")
    from plugins.stats.reasoning_regression_asked import asked_quantity

    asked, at = asked_quantity(question, model)
    raw = {"x": x, "y": y}
    if transformed is not None:
        if at is not None:
            raise PlanError(f"a prediction from the fit of {transformed.response.written} on "
                            f"{transformed.predictor.written} is not planned: ask for its slope or intercept")  # fmt: skip
        x, y = transformed_values(x, transformed.predictor), transformed_values(y, transformed.response)
    text = f"let x = {study_list(x)}\nlet y = {study_list(y)}\nfit regression {model.formula}"
    facts: dict = {"x": x, "y": y}
    if data.step is not None:  # the step of a predictor stated as a range: read, so a number of the plan
        facts["x_step"] = data.step
    if at is not None:
        text += f" at={at}"
        facts["at"] = at
    if asked is not None:
        facts["asked"] = asked
    if (model.powers, model.intercept) != (_LINE.powers, _LINE.intercept):
        facts.update({"model": model.written, "powers": list(model.powers), "intercept": model.intercept})
    if any(data.names) and set(data.names) != _GENERIC and data.bound:
        facts["names"] = {"x": data.names[0], "y": data.names[1]}
    if transformed is not None:
        sides = {"x": transformed.predictor, "y": transformed.response}
        facts.update({"raw": raw, "transforms": {k: side.kind for k, side in sides.items()},
                      "names": {k: side.written for k, side in sides.items()}})  # fmt: skip
    if defined := defined_lists(question):
        facts["defined"] = {name: definition for _, name, definition in defined}
    return Plan("regression", text, facts)


def _transform_blanked(question: str, transformed: Transformed) -> str:
    """``question`` with the transformed relation, the words naming a logarithm ("natural log") and the transforms
    of its variables said elsewhere ("take ln of k") blanked: the transforms are planned, not a model the line cannot
    fit."""
    names = "|".join(re.escape(side.variable) for side in (transformed.response, transformed.predictor))
    said = re.compile(rf"\b(?:ln|log(?:10)?|sqrt|exp)\s*(?:of\s+)?\(?\s*(?:{names})\b", re.I)
    spans = [transformed.span, *(m.span() for pattern in (_LOG_WORDS, said) for m in pattern.finditer(question))]
    return blank_spans(question, spans)


# the words that name a logarithm taken: "natural log", "natural logarithm", "base-10 log"
_LOG_WORDS = re.compile(r"\b(?:natural|common|decimal|base[- ]?(?:10|e))\s+log(?:arithm)?s?\b", re.I)


def written_model_score(text: str, scores: dict[str, float]) -> float:
    """A model written out ("y = kx", "y = a + b x") beside two lists of numbers or pairs points to a regression."""
    try:
        model = written_model(text)
    except PlanError:  # a model not fitted is still a regression question: its planner says why
        model = _LINE
    has_data = paired_values(text) is not None or len(sample_spans(text, minimum=2)) >= 2
    return 3.0 if model is not None and has_data else 0.0
