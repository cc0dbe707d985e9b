"""Effects of two-level designs and Lenth's method for unreplicated factorials.

``estimate_effects`` finds every estimable contrast of a two-level design (main effects and
interactions, lowest order first), groups exactly aliased terms into alias chains found from the
design columns themselves, and estimates effect = 2 x coefficient. ``lenth`` gives the pseudo
standard error and the margins of error (Lenth 1989).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from math import comb

import numpy as np
from scipy import stats

MAX_SUBSETS = 20000  # interaction columns examined at most (keeps 15+ factor screens quick)
ALIAS_DEPTH = 2  # alias chains list terms up to this order, as printed by FrF2 and Minitab


@dataclass
class Effect:
    """One estimable contrast: its lowest-order term, the terms aliased with it, and its estimate."""

    term: tuple[int, ...]
    label: str
    aliases: list[str]
    column: np.ndarray
    effect: float = 0.0
    coefficient: float = 0.0


@dataclass
class Effects:
    effects: list[Effect]
    mean: float
    n_runs: int
    partially_aliased: list[str] = field(default_factory=list)


def two_level_rows(coded: np.ndarray) -> np.ndarray:
    """Mask of the rows whose every factor sits at -1 or +1 (center and axial points excluded)."""
    coded = np.asarray(coded, dtype=float)
    return np.all(np.isclose(np.abs(coded), 1.0), axis=1)


def _label(term: tuple[int, ...], names: list[str]) -> str:
    return ":".join(names[i] for i in term)


def find_contrasts(coded: np.ndarray, names: list[str]) -> tuple[list[Effect], list[str]]:
    """Orthogonal estimable contrasts of +-1 rows with their alias chains, and the low-order terms
    left out because they are only partially aliased (non-regular designs such as Plackett-Burman)."""
    coded = np.asarray(coded, dtype=float)
    n, k = coded.shape
    rank = np.unique(coded, axis=0).shape[0] - 1
    chosen: list[Effect] = []
    by_key: dict[bytes, tuple[Effect, float]] = {}
    partial: list[str] = []
    examined = 0
    for order in range(1, k + 1):
        if len(chosen) >= rank and order > ALIAS_DEPTH:
            break
        if examined + comb(k, order) > MAX_SUBSETS:
            break
        examined += comb(k, order)
        for term in combinations(range(k), order):
            column = np.prod(coded[:, term], axis=1)
            sign = 1.0 if column[0] > 0 else -1.0
            key = (column * sign > 0).tobytes()
            label = _label(term, names)
            if np.all(column * sign > 0):
                continue  # a word of the defining relation: confounded with the mean
            if key in by_key:
                effect, first_sign = by_key[key]
                if order <= ALIAS_DEPTH or order == len(effect.term):
                    effect.aliases.append(("-" if sign != first_sign else "") + label)
            elif len(chosen) < rank and abs(column.sum()) < 1e-9 and all(abs(column @ e.column) < 1e-9 for e in chosen):
                effect = Effect(term, label, [], column)
                chosen.append(effect)
                by_key[key] = (effect, sign)
            elif order <= ALIAS_DEPTH:
                partial.append(label)
    return chosen, partial


def estimate_effects(coded: np.ndarray, y: np.ndarray, names: list[str]) -> Effects:
    """Effects (2 x coefficient) of the two-level rows ``coded`` for response ``y``."""
    y = np.asarray(y, dtype=float)
    chosen, partial = find_contrasts(coded, names)
    for effect in chosen:  # orthogonal, balanced +-1 columns: coefficient = column . y / n
        effect.coefficient = float(effect.column @ y) / y.size
        effect.effect = 2 * effect.coefficient
    return Effects(chosen, float(y.mean()), int(y.size), partial)


@dataclass
class Lenth:
    s0: float
    pse: float
    df: float
    me: float
    sme: float
    alpha: float

    def to_dict(self) -> dict[str, float]:
        return {"s0": self.s0, "pse": self.pse, "df": self.df, "me": self.me, "sme": self.sme, "alpha": self.alpha}


def lenth(effects: np.ndarray, alpha: float = 0.05) -> Lenth:
    """Lenth's PSE = 1.5 median{|e| : |e| < 2.5 s0} with s0 = 1.5 median|e|; ME and SME use t on m/3 df."""
    e = np.abs(np.asarray(effects, dtype=float))
    m = e.size
    s0 = 1.5 * float(np.median(e))
    trimmed = e[e < 2.5 * s0]
    pse = 1.5 * float(np.median(trimmed)) if trimmed.size else s0
    d = m / 3
    me = float(stats.t.ppf(1 - alpha / 2, d)) * pse
    gamma = (1 + (1 - alpha) ** (1 / m)) / 2
    sme = float(stats.t.ppf(gamma, d)) * pse
    return Lenth(s0, pse, d, me, sme, alpha)
