"""f45: a matrix pasted as a labelled table (a header of names over rows carrying the same names, as a covariance or
correlation matrix is printed) read for its eigenvalues, a cubic's radicals given as numbers too; data x -> y pairs
(arrows, "→", "(x, y)") fitted by a line."""

from __future__ import annotations

import numpy as np
import pytest

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _values(result: list[str]) -> list[float]:
    return sorted(complex(to_sympy(r).evalf(30)).real for r in result)


@pytest.mark.parametrize(
    ("question", "matrix"),
    [
        (
            "      temp  press  flow\n temp  4.0  1.2  0.5\n press 1.2  2.0  0.3\n flow  0.5  0.3  1.0\n eigenvalues?",
            [[4.0, 1.2, 0.5], [1.2, 2.0, 0.3], [0.5, 0.3, 1.0]],
        ),  # fmt: skip
        (
            "Covariance matrix:\n\tx1\tx2\n x1\t2.5\t0.8\n x2\t0.8\t1.5\nWhat are its eigenvalues?",
            [[2.5, 0.8], [0.8, 1.5]],
        ),
        (
            "Correlation matrix\n        A     B     C\nA    1.00  0.45  0.12\nB    0.45  1.00  0.30\nC    0.12  0.30  1.00\n"
            "find the eigenvalues",
            [[1, 0.45, 0.12], [0.45, 1, 0.3], [0.12, 0.3, 1]],
        ),  # fmt: skip
    ],
)
def test_labelled_matrix_eigenvalues(question: str, matrix: list[list[float]]) -> None:
    out = confident(question, "linear_algebra")
    assert _values(out.result) == pytest.approx(list(np.linalg.eigvalsh(np.array(matrix))), rel=1e-9)


def test_cubic_radicals_shown_as_numbers() -> None:
    out = confident("      temp  press  flow\n temp  4.0  1.2  0.5\n press 1.2  2.0  0.3\n flow  0.5  0.3  1.0\n"
                    " eigenvalues?")  # fmt: skip
    want = np.linalg.eigvalsh(np.array([[4.0, 1.2, 0.5], [1.2, 2.0, 0.3], [0.5, 0.3, 1.0]]))
    assert all(f"{v:.6g}" in out.answer for v in want)


def test_row_names_not_the_header_declined() -> None:
    declined("      temp  press  flow\n temp  4.0  1.2  0.5\n flow 1.2  2.0  0.3\n press  0.5  0.3  1.0\n eigenvalues?")


@pytest.mark.parametrize(
    "question",
    [
        "Regression data: 650->48.2, 700->44.1, 750->40.3, 800->36.5, 850->32.4 (x->y). Slope, r^2, and predict y at "
        "x=900?",
        "Fit a line: 650 → 48.2, 700 → 44.1, 750 → 40.3, 800 → 36.5, 850 → 32.4. Slope and r²? Predict at 900",
        "Data (x, y): (650, 48.2), (700, 44.1), (750, 40.3), (800, 36.5), (850, 32.4). slope, R^2, predicted y at x = 900",
    ],
)
def test_arrow_pairs_line(question: str) -> None:
    x, y = np.array([650, 700, 750, 800, 850.0]), np.array([48.2, 44.1, 40.3, 36.5, 32.4])
    slope, intercept = np.polyfit(x, y, 1)
    out = confident(question, "regression")
    assert out.result["prediction"] == pytest.approx(intercept + slope * 900, rel=1e-9)
    assert out.result["r_squared"] == pytest.approx(np.corrcoef(x, y)[0, 1] ** 2, rel=1e-9)
