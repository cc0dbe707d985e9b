"""A quantity defined by a formula of another defined function and its derivatives, as text.

"R(t) = exp(-(t/1000)^2). what is the hazard rate h(t) = -R'(t)/R(t) at t = 500?", "f(t) = -dR/dt and h(t) =
f(t)/R(t). Find h(500).", "density f(t) = -dR/dt and hazard = f/R ... at t = 500": the formula's references ("R'(t)",
"R′", "dR/dt", "d^2R/dt^2", "R(t)", a bare "R", another such quantity) are written out over the functions defined
plainly. The formula is kept over placeholders (one capital letter per function and order) so the audit can take the
derivatives its own way. A quantity asked at a point written "at t = 500", "when t = 500" or "h(500)" is its value there;
with no point, the quantity as a function. An ask beyond that (an extreme, a time, an average) is refused, never
answered as something else. Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plugins.api.prose import ExtractError, math_expression
from plugins.symbolic.derivative_prose import POINT, stated_points
from plugins.symbolic.remarks import MATH_WORDS
from plugins.symbolic.word_problems import Definition, defined_at, definitions

# a longer name set to a formula: "hazard = f/R", "hazard_rate = -R'/R"
_LONG_NAME = re.compile(r"(?<![\w.'])(?P<name>[A-Za-z][A-Za-z_]{3,})\s*=(?!=)\s*")
_OTHER_ASK = re.compile(
    r"\b(?:maximum|minimum|max|min|average|mean|peak|integral|integrate|area|limit|extrem\w*|critical)\b|"
    r"\bwhen\s+(?:is|does|will|do|was)\b|\bat\s+what\b|\bhow\s+long\b",
    re.I,
)
# prose after a formula: "-R'(t)/R(t) as a function of t"
_PROSE = re.compile(rf"\s(?=(?!(?:{'|'.join(sorted(MATH_WORDS))})\b)[A-Za-z]{{2,}}\b(?!\s*\())", re.I)
_SPARE = "QWXYZKLMNPUVGHJ"  # placeholder letters, those the question does not use


@dataclass
class Derived:
    """A derived quantity: its name, its formula over placeholders (study text), each placeholder's function body
    (study text) and derivative order, the variable, and the point asked (None: as a function)."""

    name: str
    formula: str
    parts: dict[str, tuple[str, int]] = field(default_factory=dict)
    var: str = "t"
    point: str | None = None

    def study(self) -> str:
        """The formula written out for the engine: each placeholder its function, or that function's derivative."""

        def written(m: re.Match[str]) -> str:
            body, order = self.parts[m.group()]
            if order == 0:
                return f"({body})"
            return f"diff({body}, {self.var}{', ' + str(order) if order > 1 else ''})"

        return re.sub(rf"(?<![\w.])(?:{'|'.join(self.parts)})(?![\w(])", written, self.formula)


def derived_parts(question: str) -> Derived | None:
    """The derived quantity the question asks (see the module's doc); None when it defines none; ValueError when it
    defines one but asks something havoc cannot read off it."""
    found = definitions(question)
    plain = {f.name: f for f in found if f.arg and not _references(f.body, found, f)}
    if not plain:
        return None
    candidates = [f for f in found if f.name not in plain] + _long_names(question, found)
    derived = [f for f in candidates if _references(f.body, found, f)]
    if not derived:
        return None
    asked = max(derived, key=lambda f: f.start)
    var = next(iter({f.arg for f in plain.values()}))
    if any(f.arg != var for f in plain.values()) or (asked.arg not in (None, var)):
        raise ValueError("the defined functions take different variables: write them all in one, e.g. R(t) and h(t)")
    if not any(re.search(_derivative(name, var), f.body) for f in derived for name in plain):
        return None  # a formula of the functions alone ("N(t) = R(t) - 2t") is read elsewhere
    used = set(re.findall(r"[A-Z]", question))
    spare = iter(c for c in _SPARE if c not in used)
    parts: dict[tuple[str, int], str] = {}
    formula = _formula(asked, {f.name: f for f in derived}, plain, var, parts, spare, set())
    point = _point(question, asked, var)
    tail = question[asked.start :]
    if _OTHER_ASK.search(tail):
        raise ValueError(f"this asks more of {asked.name} than its value: havoc gives {asked.name} at a point "
                         f"('at {var} = 500') or as a function of {var}")  # fmt: skip
    bodies = {p: (_study(plain[n].body), k) for (n, k), p in parts.items()}
    return Derived(asked.name, formula, bodies, var, point)


def _study(text: str) -> str:
    """Study text of prose math; ValueError when it does not read."""
    try:
        return math_expression(text)
    except ExtractError as exc:
        raise ValueError(str(exc)) from None


def _derivative(name: str, var: str) -> str:
    """A pattern of a derivative of ``name`` in ``var``: "R'(t)", "R′", "R''", "dR/dt", "d^2R/dt^2", "dR(t)/dt"."""
    n = re.escape(name)
    return (
        rf"(?<![\w.])(?:{n}(?P<primes>'{{1,3}}|′{{1,3}}|\")(?:\s*\(\s*{var}\s*\))?|"
        rf"d\s*(?:\^\s*)?(?P<o1>[2-4])?\s*{n}\s*(?:\(\s*{var}\s*\))?\s*/\s*d\s*{var}\s*(?:\^\s*)?(?P<o2>[2-4])?)(?![\w(])"
    )


def _reference(name: str, var: str) -> str:
    """A pattern of ``name`` itself: "R(t)" or a bare "R" (not "R(500)", not "R'")."""
    return rf"(?<![\w.'])(?<!d){re.escape(name)}(?:\s*\(\s*{var}\s*\))?(?![\w('′\"])"


def _references(body: str, found: list[Definition], own: Definition) -> bool:
    """Whether ``body`` refers to another defined function with an argument (by name or by a derivative)."""
    return any(
        f.name != own.name and f.arg and (re.search(_derivative(f.name, f.arg), body) or
                                          re.search(_reference(f.name, f.arg), body))
        for f in found
    )  # fmt: skip


def _formula(
    f: Definition,
    derived: dict[str, Definition],
    plain: dict[str, Definition],
    var: str,
    parts: dict[tuple[str, int], str],
    spare: object,
    seen: set[str],
) -> str:
    """The study text of a derived body over placeholders, derived names it uses written out in brackets."""
    if f.name in seen:
        raise ValueError(f"{f.name} is defined through itself")
    body = f.body

    def slot(name: str, order: int) -> str:
        if (name, order) not in parts:
            letter = next(spare, None)
            if letter is None:
                raise ValueError("too many functions in this formula")
            parts[(name, order)] = letter
        return parts[(name, order)]

    for name in plain:

        def derivative(m: re.Match[str], name: str = name) -> str:
            primes = m["primes"]
            order = (2 if primes == '"' else len(primes)) if primes else int(m["o1"] or m["o2"] or 1)
            return f" {slot(name, order)} "

        body = re.sub(_derivative(name, var), derivative, body)
        body = re.sub(_reference(name, var), lambda _, name=name: f" {slot(name, 0)} ", body)
    inner = {}
    for name, other in derived.items():
        if name != f.name and re.search(_reference(name, var), body):
            marker = slot(f"~{name}", 0)  # a placeholder for now, its formula written in below
            inner[marker] = _formula(other, derived, plain, var, parts, spare, seen | {f.name})
            body = re.sub(_reference(name, var), f" {marker} ", body)
    text = _study(_PROSE.split(body, maxsplit=1)[0])
    for marker, written in inner.items():
        text = re.sub(rf"(?<![\w.]){marker}(?![\w(])", f"({written})", text)
        del parts[next(k for k, v in parts.items() if v == marker)]
    return text


def _point(question: str, asked: Definition, var: str) -> str | None:
    """The point the quantity is asked at: "h(500)" or one point stated after its definition ("at t = 500")."""
    call = re.search(rf"(?<![\w.]){re.escape(asked.name)}\s*\(\s*(?P<p>{POINT})\s*\)", question[asked.start :])
    points = {p.value for p in stated_points(question[asked.start :], var) if p.problem is None}
    written = ({call["p"]} if call else set()) | points
    if len(written) > 1:
        raise ValueError(f"several points are stated ({', '.join(sorted(written))}): ask {asked.name} at one")
    return next(iter(written), None)


def _long_names(question: str, found: list[Definition]) -> list[Definition]:
    """The quantities a longer name is set to ("hazard = f/R"), their bodies read like any definition's."""
    out = []
    for m in _LONG_NAME.finditer(question):
        f = defined_at(question, m["name"], None, m.start(), m.end())
        if f is not None:
            out.append(f)
    return out
