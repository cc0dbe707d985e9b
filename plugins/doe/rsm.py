"""Second-order response surfaces: the stationary point and its canonical analysis.

A full quadratic in coded units is y = b0 + x'b + x'Bx with B symmetric (b_ii on the diagonal,
b_ij / 2 off it). The stationary point is x_s = -B^-1 b / 2; the signs of B's eigenvalues say
whether it is a maximum (all negative), a minimum (all positive) or a saddle (mixed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from plugins.doe.analysis_terms import Term

RIDGE = 1e-6  # |eigenvalue| below this share of the largest one counts as zero: a ridge


@dataclass
class Canonical:
    b0: float
    b: np.ndarray
    B: np.ndarray
    eigenvalues: np.ndarray
    eigenvectors: np.ndarray  # columns
    stationary: np.ndarray | None  # coded
    predicted: float | None
    nature: str  # maximum / minimum / saddle / ridge


def quadratic_parts(
    terms: list[Term], coef: np.ndarray, intercept: float, k: int
) -> tuple[float, np.ndarray, np.ndarray]:
    """(b0, b, B) of a quadratic model over factors 0..k-1; terms absent from the model count as 0."""
    b = np.zeros(k)
    B = np.zeros((k, k))
    for term, c in zip(terms, coef, strict=True):
        if len(term) == 1:
            b[term[0]] += c
        elif len(term) == 2 and term[0] == term[1]:
            B[term[0], term[0]] += c
        elif len(term) == 2:
            B[term[0], term[1]] += c / 2
            B[term[1], term[0]] += c / 2
        else:
            raise ValueError(f"term {term} is not part of a second-order model")
    return float(intercept), b, B


def canonical_analysis(b0: float, b: np.ndarray, B: np.ndarray) -> Canonical:
    """Stationary point, predicted value there and the nature of the surface."""
    eigenvalues, eigenvectors = np.linalg.eigh(B)
    scale = float(np.max(np.abs(eigenvalues))) if eigenvalues.size else 0.0
    flat = np.abs(eigenvalues) <= RIDGE * max(scale, 1e-300)
    if scale == 0 or np.any(flat):
        return Canonical(b0, b, B, eigenvalues, eigenvectors, None, None, "ridge")
    xs = -0.5 * np.linalg.solve(B, b)
    predicted = b0 + 0.5 * float(xs @ b)
    if np.all(eigenvalues < 0):
        nature = "maximum"
    elif np.all(eigenvalues > 0):
        nature = "minimum"
    else:
        nature = "saddle"
    return Canonical(b0, b, B, eigenvalues, eigenvectors, xs, predicted, nature)
