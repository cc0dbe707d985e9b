"""Availability (or reliability) of a series-parallel system from its units' probabilities: "two redundant uplinks,
each 99.5% available, in parallel; that pair in series with a core router at 99.9%" -> (1 - (1 - 0.995)^2) * 0.999.

The question is cut into blocks at its series joints ("in series with", "then", "followed by", ";"); a block that
says "parallel" or "redundant" is k units in parallel, k identical ("two pumps ... each 0.9", "A and B (0.95 each)")
or one stated value per unit ("A at 0.95 and B at 0.9 in parallel"): 1 - prod(1 - a_i); any other block is one unit
in series. The system is the product of its blocks, and two or more blocks need the word "series". Standby,
k-out-of-n, nested ("in parallel with" a block, a parallel block of series strings), rates or times, or any number
left unread are refused: this reads independent units, each up with a stated probability, in series and parallel.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError

# a unit's probability of being up: "99.5%", "0.9", ".95"
_VALUE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%|(?<![\w.])(0?\.\d+)(?!\d|\.\d|\s*%)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
_PARALLEL = re.compile(r"\bparallel\b|\bredundan\w*")
_SYSTEM = re.compile(r"\bavailab\w*|\breliab\w*|\buptime\b")
_JOINT = re.compile(
    r"\bin\s+series\s+with\b|\bseries\s+with\b|\b(?:and\s+)?then\b|\bfollowed\s+by\b|;|(?<=[a-z%)\d])\.\s"
)
_REFUSED = re.compile(
    r"\bstand-?by\b|\bbackup\b|\b\d+\s*-?\s*(?:out-?\s*of|oo)\s*-?\s*\d+\b|\bk-out-of-n\b|\bat\s+least\s+\w+\s+of\b|"
    r"\bvot\w+\b|\bmajority\b|\bbridge\b|\bcommon[- ]cause\b|\bmtbf\b|\bmttr\b|\bmttf\b|\bfailure\s+rate\b|"
    r"\blambda\b|\bper\s+(?:hour|year|day)\b|\bhours?\b|\bdependent\b"
)
_NESTED = re.compile(r"\bparallel\s+(?:to|with)\b(?!\s+(?:each\s+other|one\s+another))|\bseries\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 2, "twin": 2, "dual": 2, "both": 2,
           "duplicate": 2, "duplicated": 2, "triple": 3, "triplicate": 3, "triplicated": 3}  # fmt: skip
_COUNT = re.compile(rf"\b(?:{'|'.join(_COUNTS)})\b|(?<![\w.])([2-9])\s+(?=[a-z])")
_NAMES = re.compile(r"\b([A-Z]\w*)((?:\s*,\s*[A-Z]\w*)*)\s*,?\s+and\s+[A-Z]\w*\b")


@dataclass
class Block:
    """A block of the system: its units' probabilities as written ("0.995"); one unit in series, or in parallel."""

    values: list[str]
    parallel: bool

    def up(self) -> float:
        """The block's probability of being up: 1 - prod(1 - a_i) in parallel, the unit's own in series."""
        down = math.prod(1 - float(v) for v in self.values)
        return 1 - down if self.parallel else float(self.values[0])

    def text(self) -> str:
        """The block as plan text: "(1 - (1 - 0.995)^2)" for identical units, "(1 - (1 - a)*(1 - b))", or "0.999"."""
        if not self.parallel:
            return self.values[0]
        if len(set(self.values)) == 1:
            return f"(1 - (1 - {self.values[0]})^{len(self.values)})"
        return "(1 - " + "*".join(f"(1 - {v})" for v in self.values) + ")"


def asks_redundancy(q: str) -> bool:
    """Whether ``q`` asks a system's availability or reliability, names units in parallel or redundant, and states
    its units' values as probabilities (a percentage or a decimal below 1)."""
    low = q.lower()
    return bool(_SYSTEM.search(low) and _PARALLEL.search(low) and _VALUE.search(low))


def plan_redundancy(question: str) -> Plan:
    """``show`` the product of the blocks' probabilities (a parallel block 1 - (1 - a)^k); PlanError naming what is
    unclear: standby or k-out-of-n units, rates or times, a nested topology, a block without its count or value, or a
    number left unread."""
    q = question.lower()
    if _REFUSED.search(q):
        raise PlanError("a redundant system is read here only as independent units, each up with a stated "
                        "probability, in series and parallel: standby, k-out-of-n, rates and times are not planned")  # fmt: skip
    pieces = _JOINT.split(question)
    blocks = [b for piece in pieces if (b := _block(piece)) is not None]
    stated = len(_NUMBER.findall(_VALUE.sub(" ", question)))
    if stated - _count_numerals(question):
        raise PlanError("a number of the question is neither a unit's probability nor a count of units: state each "
                        "unit's availability (e.g. 'two pumps in parallel, each 0.9, in series with a valve at 0.98')")  # fmt: skip
    if not blocks:
        raise PlanError("each unit's availability must be read once: e.g. 'two pumps in parallel, each 0.9'")
    if len(blocks) > 1 and not re.search(r"\bseries\b", q):
        raise PlanError("two or more blocks need the way they are joined: say 'in series' (or name the topology)")
    facts: dict[str, Any] = {
        "dist": "redundancy", "fn": "availability", "blocks": [{"values": b.values, "parallel": b.parallel}
                                                               for b in blocks],
        "label": "availability" if "availab" in q else "reliability",
        "assumed": "independent units; " + "; ".join(
            f"{len(b.values)} in parallel ({', '.join(b.values)})" if b.parallel else f"one in series ({b.values[0]})"
            for b in blocks),
    }  # fmt: skip
    return Plan("probability", "show " + " * ".join(b.text() for b in blocks), facts)


def _block(piece: str) -> Block | None:
    """The block a piece of the question describes, None when it states no probability; PlanError for a nested
    topology or a parallel block whose number of units is unclear."""
    values = [_fraction(m) for m in _VALUE.finditer(piece)]
    if not values:
        return None
    if not _PARALLEL.search(piece.lower()):
        if len(values) != 1:
            raise PlanError(f"'{piece.strip()}' states {len(values)} probabilities and no parallel units: write one "
                            "unit per block, or say which are in parallel")  # fmt: skip
        return Block(values, False)
    if _NESTED.search(piece.lower()):
        raise PlanError("a nested topology (a block in parallel with another, or strings in series inside a parallel "
                        "block) is not planned: this reads units in parallel, then blocks in series")  # fmt: skip
    counts = _unit_counts(piece)
    if len(values) == 1 and len(counts) == 1 and (k := counts.pop()) >= 2:
        return Block(values * k, True)
    if len(values) >= 2 and counts <= {len(values)} and not re.search(r"\beach\b", piece.lower()):
        return Block(values, True)
    raise PlanError(f"the units in parallel in '{piece.strip()}' need their number and each one's probability: e.g. "
                    "'two pumps in parallel, each 0.9'")  # fmt: skip


def _fraction(m: re.Match[str]) -> str:
    """A probability as plan text: "99.5%" -> "0.995", "0.9" -> "0.9"."""
    if m.group(1) is not None:
        return format(float(m.group(1)) / 100, ".12g")
    return format(float(m.group(2)), ".12g")


def _unit_counts(piece: str) -> set[int]:
    """The numbers of units a piece states: a count word or numeral before a noun ("two uplinks", "a pair of", "2
    pumps"), or names listed with "and" ("A and B", "P1, P2 and P3")."""
    found = {_COUNTS[m.group(0).lower()] if m.group(1) is None else int(m.group(1))
             for m in _COUNT.finditer(piece.lower())}  # fmt: skip
    found |= {len(m.group(2).split(",")) + 1 for m in _NAMES.finditer(piece)}
    return found


def _count_numerals(question: str) -> int:
    """How many numerals of the question count units ("2 pumps"), read by ``_unit_counts``."""
    return len(re.findall(r"(?<![\w.])[2-9]\s+(?=[a-z])", _VALUE.sub(" ", question.lower())))


def redundancy_check(facts: dict[str, Any], value: float | None) -> Check:
    """The system's probability recomputed by enumerating every up/down state of its units (itertools.product) and
    summing those where each block has a unit up, against the answer (scaled as the plan's unit asks)."""
    units = [(i, float(v)) for i, block in enumerate(facts["blocks"]) for v in block["values"]]
    total = 0.0
    for state in itertools.product((True, False), repeat=len(units)):
        if all(any(up for up, (b, _) in zip(state, units, strict=True) if b == i) for i in range(len(facts["blocks"]))):
            total += math.prod(p if up else 1 - p for up, (_, p) in zip(state, units, strict=True))
    want = total * facts.get("unit_scale", 1.0)
    ok = value is not None and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-15)
    return Check("system availability by enumerating every unit state", ok, f"{want:.12g}")
