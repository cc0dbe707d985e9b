"""Hadamard matrices for Plackett-Burman designs, normalised so the first column is all +1.

Constructions: Sylvester doubling ``[[H, H], [H, -H]]`` (powers of two, and twice any order built
here), Paley I (``q`` prime, ``q = 3 mod 4``: order ``q + 1``) and Paley II (``q`` prime,
``q = 1 mod 4``: order ``2(q + 1)``), both from the quadratic character of GF(q).
"""

from __future__ import annotations

import numpy as np


def _is_prime(n: int) -> bool:
    return n >= 2 and all(n % d for d in range(2, int(n**0.5) + 1))


def _character(q: int) -> np.ndarray:
    """chi(x) for x in 0..q-1: +1 on non-zero squares, -1 on non-squares, 0 at 0."""
    squares = {(x * x) % q for x in range(1, q)}
    return np.array([0] + [1 if x in squares else -1 for x in range(1, q)], dtype=int)


def _jacobsthal(q: int) -> np.ndarray:
    """Q[i, j] = chi(j - i)."""
    chi = _character(q)
    index = np.arange(q)
    return chi[(index[None, :] - index[:, None]) % q]


def paley_one(q: int) -> np.ndarray:
    """Order q + 1: first row and column all +1, the rest Q - I (rows are cyclic shifts of one row)."""
    n = q + 1
    h = np.ones((n, n), dtype=int)
    h[1:, 1:] = _jacobsthal(q) - np.eye(q, dtype=int)
    return h


def paley_two(q: int) -> np.ndarray:
    """Order 2(q + 1) from the symmetric conference matrix C = [[0, 1'], [1, Q]]."""
    c = np.zeros((q + 1, q + 1), dtype=int)
    c[0, 1:] = c[1:, 0] = 1
    c[1:, 1:] = _jacobsthal(q)
    h = np.kron(c, np.array([[1, -1], [-1, -1]])) + np.kron(np.eye(q + 1, dtype=int), np.array([[1, 1], [1, -1]]))
    return h * h[:, :1]  # flip rows so the first column is +1


def construction(n: int) -> str | None:
    """How an order-n Hadamard matrix is built here, or None when none of the constructions reach n."""
    if n in (1, 2) or (n & (n - 1) == 0 and n > 0):
        return "Sylvester"
    if n % 4:
        return None
    if _is_prime(n - 1) and (n - 1) % 4 == 3:
        return f"Paley I (q = {n - 1})"
    if _is_prime(n // 2 - 1) and (n // 2 - 1) % 4 == 1:
        return f"Paley II (q = {n // 2 - 1})"
    if construction(n // 2) is not None:
        return f"doubled {construction(n // 2)}"
    return None


def hadamard(n: int) -> np.ndarray:
    """A normalised Hadamard matrix of order n (H H' = n I, first column +1)."""
    if n == 1:
        return np.ones((1, 1), dtype=int)
    how = construction(n)
    if how is None:
        raise ValueError(f"no Hadamard construction for order {n}")
    if how.startswith("Paley I "):
        return paley_one(n - 1)
    if how.startswith("Paley II"):
        return paley_two(n // 2 - 1)
    half = hadamard(n // 2)
    return np.block([[half, half], [half, -half]])
