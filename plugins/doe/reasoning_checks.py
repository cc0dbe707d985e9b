"""Checks of a planned factorial rebuilt from its run sheet, not from the engine's own bookkeeping: each
factor's levels (the distinct coded values of the factorial rows) against the plan and the question,
every combination of the levels once per replicate (itertools.product), and a fraction's resolution as
the shortest word of the defining relation its generators span, the generators verified on the rows.

``fewest_runs`` is the published minimum for a regular two-level fraction of k factors: resolution III
needs 2^m > k, resolution IV 2^m >= 2k (at most 2^(m-1) factors: the even-weight Hamming code),
resolution V the run sizes of NIST/SEMATECH's table of 2^(k-p) designs (5.3.3.4.7) and Montgomery's
Table 8.14 (at most 5, 6, 8, 11, 17, 23, 33 factors in 16 ... 1024 runs); never more than the full 2^k.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from functools import reduce
from typing import Any

from plugins.api.reasoning import Check

RESOLUTION_V_MOST = {16: 5, 32: 6, 64: 8, 128: 11, 256: 17, 512: 23, 1024: 33}


def fewest_runs(k: int, resolution: int) -> int | None:
    """The fewest runs of a regular two-level design of ``k`` factors with at least that resolution."""
    if resolution == 3:
        runs = 1 << k.bit_length()  # 2^m > k
    elif resolution == 4:
        runs = 1 << (2 * k - 1).bit_length()  # 2^m >= 2k
    elif resolution == 5:
        runs = min((n for n, most in RESOLUTION_V_MOST.items() if most >= k), default=None)
    else:
        return None
    return min(2**k, runs) if runs else None


def _factorial_rows(result: dict[str, Any]) -> tuple[list[str], list[tuple[float, ...]]]:
    names = [f["name"] for f in result.get("factors", [])]
    rows = [r for r in result.get("rows", []) if r.get("point_type") in {"factorial", "design"}]
    return names, [tuple(float(r["coded"][n]) for n in names) for r in rows]


def level_checks(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """Each factor's levels on the run sheet against the plan's and the numbers of levels the question
    names; a full factorial has every combination of them once per replicate."""
    names, rows = _factorial_rows(result)
    values = [sorted(set(column)) for column in zip(*rows, strict=True)] if rows else [[] for _ in names]
    counts = [len(v) for v in values]
    planned = facts.get("levels") or [2] * facts["k"]
    checks = [Check("levels per factor as planned", counts == planned, f"design {counts}, plan {planned}")]
    said = set(facts.get("levels_said") or [])
    if said:
        got = set(counts)
        ok = (said - {0}) <= got and (0 not in said or got != {2})  # 0: "mixed-level", levels other than two
        checks.append(Check("levels as the question states", ok, f"question {sorted(said)}, design {sorted(got)}"))
    if facts["kind"] == "full_factorial":
        reps = facts.get("replicates") or 1
        want = Counter({combo: reps for combo in itertools.product(*values)})
        ok = Counter(rows) == want and len(want) == math.prod(planned)
        detail = f"{len(want)} combinations x {reps} replicates, {len(rows)} factorial rows"
        checks.append(Check("every combination of the levels, once per replicate", ok, detail))
    return checks


def _generator(text: str, letters: dict[str, str]) -> tuple[str, int, list[str]] | None:
    """'F = -ABD' as (F, -1, [A, B, D]); None when it does not read."""
    m = re.fullmatch(r"\s*([A-Z])\s*=\s*([+-]?)\s*([A-Z]+)\s*", text)
    if not m or any(c not in letters for c in m.group(1) + m.group(3)):
        return None
    return m.group(1), -1 if m.group(2) == "-" else 1, list(m.group(3))


def resolution_checks(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """A fraction's generators hold on its rows, and the resolution (the shortest word of the defining
    relation they span) is the engine's and at least the one asked."""
    letters = result.get("letters") or {}
    names, rows = _factorial_rows(result)
    column = {letter: names.index(name) for letter, name in letters.items() if name in names}
    gens = [_generator(g, letters) for g in result.get("generators") or []]
    if None in gens:
        return [Check("generators read", False, f"{result.get('generators')}")]
    hold = all(
        row[column[lhs]] == sign * math.prod(row[column[c]] for c in rhs) for lhs, sign, rhs in gens for row in rows
    )
    checks = [Check("generators hold on the run sheet", hold and bool(rows), f"{len(gens)} generators")]
    words = [frozenset([lhs, *rhs]) for lhs, _, rhs in gens]
    relation = {reduce(frozenset.symmetric_difference, combo) for n in range(1, len(words) + 1)
                for combo in itertools.combinations(words, n)}  # fmt: skip
    rebuilt = min((len(w) for w in relation), default=None)  # None: the full factorial, no defining word
    asked = facts.get("resolution") or 0
    ok = rebuilt == result.get("resolution") and (rebuilt is None or rebuilt >= asked)
    if rebuilt is None:
        ok = ok and len(set(rows)) == 2 ** facts["k"]
    detail = f"shortest word {rebuilt}, engine {result.get('resolution')}, asked {asked or '-'}"
    checks.append(Check("resolution: the shortest word of the defining relation", ok, detail))
    return checks
