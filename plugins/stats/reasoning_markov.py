"""The long-run (stationary) distribution of a Markov chain given as transitions, for the probability planner:
"host health as a markov chain: up→down w.p. 0.02, down→up w.p. 0.3; in the long run what fraction of minutes is the
host down?" is pi with pi P = pi and sum(pi) = 1, planned as ``show linsolve(A, b)`` with A the rows of P^T - I, its
last row replaced by ones, and b = (0, ..., 0, 1): the engine solves it exactly (sympy, rationals).

Transitions are written "a→b w.p. p", "a -> b with probability p", "a to b: p", "from a to b with probability p"
(percent allowed). A state's self-loop left unstated is 1 minus its other transitions. A row over 1, a stated
self-loop that does not complete its row, fewer than two states, a chain without one stationary distribution, or
several states asked are declined, never guessed."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from plugins.api.prose import NUMBER
from plugins.api.reasoning import Check, Plan, PlanError, study_list, study_matrix

_STATE = r"[a-z][\w-]*"
_PROB = r"(?:w\.?\s?p\.?|with\s+(?:a\s+)?(?:probability|prob\.?|chance|p)(?:\s+of)?|prob(?:ability)?\s*(?:of)?|p\s*=)"
# "up→down w.p. 0.02", "up -> down: 0.02", "from up to down with probability 2%"
_TRANSITION = re.compile(
    rf"(?:\bfrom\s+)?(?<![\w-])(?P<a>{_STATE})\s*(?:→|->|⟶|=>|\s+to\s+(?=(?:{_STATE})\s*(?:,\s*)?{_PROB}))\s*"
    rf"(?P<b>{_STATE})\s*(?:,\s*)?(?:{_PROB}|:|=)?\s*(?<![\w.])(?P<p>{NUMBER})\s*(?P<pct>%)?"
)
_ASKS = re.compile(
    r"\bmarkov\b|\blong[- ]run\b|\bsteady[- ]state\b|\bstationary\b|\blimiting\s+(?:distribution|probabilit)|"
    r"\bequilibrium\s+distribution\b|\bin\s+the\s+long\s+term\b"
)
_FILLERS = {"from", "the", "a", "an", "state", "to", "p", "w", "and"}


def asks_markov(q: str) -> bool:
    """Whether ``q`` (lower-cased) gives transitions between states and asks a long-run share of them."""
    return bool(_ASKS.search(q)) and len(read_transitions(q)) >= 1


def read_transitions(q: str) -> list[tuple[str, str, Fraction]]:
    """The transitions written in ``q`` as (from, to, probability), in the order written."""
    found = []
    for m in _TRANSITION.finditer(q):
        a, b = m.group("a"), m.group("b")
        if a in _FILLERS or b in _FILLERS:
            continue
        p = Fraction(m.group("p")) / (100 if m.group("pct") else 1)
        found.append((a, b, p))
    return found


def transition_matrix(transitions: list[tuple[str, str, Fraction]]) -> tuple[list[str], list[list[Fraction]]]:
    """The states in order of appearance and the row-stochastic matrix P, a self-loop left unstated completed to
    1 minus the row's other entries. PlanError for fewer than two states, a transition given twice, a probability
    outside [0, 1], a row over 1, or a stated self-loop that does not complete its row."""
    states = list(dict.fromkeys(s for a, b, _ in transitions for s in (a, b)))
    if len(states) < 2:
        raise PlanError("a Markov chain needs at least two states with transitions between them, e.g. 'up→down w.p. "
                        "0.02, down→up w.p. 0.3'")  # fmt: skip
    index = {s: i for i, s in enumerate(states)}
    p: list[list[Fraction | None]] = [[None] * len(states) for _ in states]
    for a, b, value in transitions:
        if not 0 <= value <= 1 or p[index[a]][index[b]] is not None:
            raise PlanError(f"the transition {a}→{b} is given twice or is not a probability in [0, 1]")
        p[index[a]][index[b]] = value
    rows = []
    for state, row in zip(states, p, strict=True):
        given = sum((v for v in row if v is not None), Fraction(0))
        if given > 1:
            raise PlanError(f"the transitions out of '{state}' add up to {float(given):g}, over 1: check them")
        if row[index[state]] is not None and given != 1:
            raise PlanError(f"the transitions out of '{state}' add up to {float(given):g}, not 1: check them")
        filled = [v if v is not None else Fraction(0) for v in row]
        filled[index[state]] += 1 - given
        rows.append(filled)
    return states, rows


def asked_state(q: str, states: list[str], last: int) -> str | None:
    """The one state the question asks the long-run share of, named after the last transition (``last``); None when
    it names none (the whole distribution is asked). PlanError when it names several."""
    named = {s for s in states if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", q[last:])}
    if len(named) > 1:
        raise PlanError(f"the question asks about several states ({', '.join(sorted(named))}): ask one, or the "
                        "stationary distribution")  # fmt: skip
    return named.pop() if named else None


def plan_markov(q: str) -> Plan:
    """``show linsolve(A, b)`` of pi (P - I) = 0 with sum(pi) = 1: the stationary distribution, the state asked
    first in the answer; PlanError naming what is unclear."""
    from plugins.symbolic.linear_system import LinearSystem, unique_or_fail

    transitions = read_transitions(q)
    states, p = transition_matrix(transitions)
    n = len(states)
    rows = [[p[j][i] - (1 if i == j else 0) for j in range(n)] for i in range(n - 1)] + [[Fraction(1)] * n]
    text_rows = [[str(v) for v in row] for row in rows]
    rhs = ["0"] * (n - 1) + ["1"]
    unknowns = [f"pi_{s.replace('-', '_')}" for s in states]
    try:
        unique_or_fail(LinearSystem(text_rows, rhs, unknowns, []))
    except PlanError as exc:
        raise PlanError(f"the chain has no single stationary distribution (it is not irreducible): {exc}") from exc
    last = max(m.end() for m in _TRANSITION.finditer(q))
    asked = asked_state(q, states, last)
    facts: dict[str, Any] = {
        "dist": "markov", "op": "linsolve", "matrix": text_rows, "rhs": rhs, "unknowns": unknowns,
        "states": states, "P": [[str(v) for v in row] for row in p],
        "transitions": [f"{a}->{b} {float(v):g}" for a, b, v in transitions],
        "label": f"long-run share of {asked}" if asked else "stationary distribution",
    }  # fmt: skip
    if asked is not None:
        facts["asked"] = unknowns[states.index(asked)]
    return Plan("probability", f"show linsolve({study_matrix(text_rows)}, {study_list(rhs)})", facts)


def markov_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Any) -> list[Check]:
    """The engine's pi substituted back (sympy, numpy, ranks: ``system_checks``), each share in [0, 1], and
    pi P = pi with sum 1 against numpy's eigenvector of P^T for the eigenvalue 1."""
    import numpy as np

    from plugins.symbolic.system_audit import system_checks

    pi = np.array(result.get("values") or [], dtype=float).ravel()
    p = np.array([[float(Fraction(v)) for v in row] for row in facts["P"]])
    inside = pi.size == len(p) and bool(np.all((pi >= -1e-12) & (pi <= 1 + 1e-12)))
    balance = pi.size == len(p) and np.allclose(pi @ p, pi, atol=1e-12) and abs(pi.sum() - 1) < 1e-12
    values, vectors = np.linalg.eig(p.T)
    vector = np.real(vectors[:, int(np.argmin(np.abs(values - 1)))])
    eig = vector / vector.sum()
    agrees = pi.size == len(p) and np.allclose(pi, eig, atol=1e-9)
    return [
        *system_checks(facts, result, read_expression),
        Check("long-run shares in [0, 1]", inside, f"{pi.tolist()}"),
        Check("pi P = pi and sum(pi) = 1 (numpy)", bool(balance), f"pi P = {(pi @ p).tolist() if inside else None}"),
        Check("numpy eigenvector of P^T for eigenvalue 1 agrees", bool(agrees), f"engine {pi.tolist()}, numpy "
              f"{eig.tolist()}"),
    ]  # fmt: skip
