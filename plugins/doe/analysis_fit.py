"""Least-squares fits of designed experiments: coefficients, ANOVA, lack of fit, diagnostics.

Pure numpy/scipy on arrays: ``fit_groups`` takes named column groups (model terms, blocks, a
curvature indicator) and the response, and returns a ``Fit`` with every number the ``analyze``
verbs report. Term sums of squares are adjusted (each group dropped from the full model, Type III),
which equals the sequential sums for orthogonal designs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import stats


class EstimabilityError(ValueError):
    """A column group cannot be estimated: it is a combination of earlier groups' columns."""

    def __init__(self, group: str, aliased_with: list[str]) -> None:
        super().__init__(f"'{group}' is aliased with {', '.join(aliased_with) or 'the intercept'}")
        self.group = group
        self.aliased_with = aliased_with


@dataclass
class Group:
    """Named model columns: one per term, or several (blocks); ``kind`` is term/block/curvature."""

    name: str
    columns: np.ndarray  # n x p
    kind: str = "term"


@dataclass
class AnovaRow:
    source: str
    df: int
    ss: float
    ms: float | None = None
    f: float | None = None
    p: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "df": self.df, "ss": self.ss, "ms": self.ms, "f": self.f, "p": self.p}


@dataclass
class Fit:
    """An ordinary least-squares fit of ``y`` on an intercept plus the groups' columns."""

    groups: list[Group]
    names: list[str]  # one per coefficient, "intercept" first
    coef: np.ndarray
    se: np.ndarray
    y: np.ndarray
    fitted: np.ndarray
    leverage: np.ndarray
    df_resid: int
    sse: float
    sst: float
    anova: list[AnovaRow] = field(default_factory=list)
    lack_of_fit: dict[str, object] | None = None

    @property
    def n(self) -> int:
        return int(self.y.size)

    @property
    def residuals(self) -> np.ndarray:
        return self.y - self.fitted

    @property
    def mse(self) -> float | None:
        return self.sse / self.df_resid if self.df_resid > 0 else None

    @property
    def s(self) -> float | None:
        mse = self.mse
        return float(np.sqrt(mse)) if mse is not None else None

    @property
    def r2(self) -> float | None:
        return 1 - self.sse / self.sst if self.sst > 0 else None

    @property
    def adj_r2(self) -> float | None:
        if self.sst <= 0 or self.df_resid <= 0:
            return None
        return 1 - (self.sse / self.df_resid) / (self.sst / (self.n - 1))

    @property
    def press(self) -> float | None:
        if np.any(self.leverage > 1 - 1e-10):
            return None
        return float(np.sum((self.residuals / (1 - self.leverage)) ** 2))

    @property
    def pred_r2(self) -> float | None:
        press = self.press
        return 1 - press / self.sst if press is not None and self.sst > 0 else None

    @property
    def studentized(self) -> np.ndarray:
        """Internally studentized residuals e / (s sqrt(1 - h)); NaN where undefined."""
        s = self.s
        out = np.full(self.n, np.nan)
        if s is None or s == 0:
            return out
        ok = self.leverage < 1 - 1e-10
        out[ok] = self.residuals[ok] / (s * np.sqrt(1 - self.leverage[ok]))
        return out

    def t_values(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.se > 0, self.coef / self.se, np.nan)

    def p_values(self) -> np.ndarray:
        if self.df_resid <= 0:
            return np.full(self.coef.size, np.nan)
        return 2 * stats.t.sf(np.abs(self.t_values()), self.df_resid)


def _design(groups: list[Group], n: int) -> tuple[np.ndarray, list[str], list[int]]:
    blocks = [np.ones((n, 1))] + [np.asarray(g.columns, dtype=float).reshape(n, -1) for g in groups]
    owner = [-1] + [i for i, g in enumerate(groups) for _ in range(blocks[i + 1].shape[1])]
    names = ["intercept"]
    for g, cols in zip(groups, blocks[1:], strict=True):
        names += [g.name] if cols.shape[1] == 1 else [f"{g.name}[{j + 1}]" for j in range(cols.shape[1])]
    return np.hstack(blocks), names, owner


def _check_estimable(x: np.ndarray, groups: list[Group], owner: list[int]) -> None:
    """Raise EstimabilityError at the first group whose columns add no rank."""
    tol = 1e-9 * max(1.0, float(np.abs(x).max()))
    for j in range(1, x.shape[1]):
        prev = x[:, :j]
        beta, *_ = np.linalg.lstsq(prev, x[:, j], rcond=None)
        if np.linalg.norm(x[:, j] - prev @ beta) <= tol * np.sqrt(x.shape[0]):
            partners = sorted({owner[i] for i in range(1, j) if abs(beta[i]) > 1e-8})
            raise EstimabilityError(groups[owner[j]].name, [groups[i].name for i in partners])


def _sse(x: np.ndarray, y: np.ndarray) -> float:
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    r = y - x @ beta
    return float(r @ r)


def _f_row(source: str, df: int, ss: float, mse: float | None, df_resid: int) -> AnovaRow:
    ms = ss / df if df > 0 else None
    if ms is None or mse is None or mse <= 0:
        return AnovaRow(source, df, ss, ms)
    f = ms / mse
    return AnovaRow(source, df, ss, ms, f, float(stats.f.sf(f, df, df_resid)))


def replicate_groups(keys: np.ndarray) -> list[np.ndarray]:
    """Indices of rows sharing identical settings (``keys`` is rows x settings)."""
    _, inverse = np.unique(np.round(np.asarray(keys, dtype=float), 9), axis=0, return_inverse=True)
    return [np.flatnonzero(inverse.ravel() == g) for g in range(int(inverse.max()) + 1)]


def fit_groups(groups: list[Group], y: np.ndarray, settings: np.ndarray | None = None) -> Fit:
    """Fit ``y`` on an intercept plus ``groups``; ``settings`` (rows x factors) gives pure error."""
    y = np.asarray(y, dtype=float)
    n = y.size
    x, names, owner = _design(groups, n)
    _check_estimable(x, groups, owner)
    q, r = np.linalg.qr(x)
    coef = np.linalg.solve(r, q.T @ y)
    fitted = x @ coef
    resid = y - fitted
    sse = float(resid @ resid)
    sst = float(np.sum((y - y.mean()) ** 2))
    df_resid = n - x.shape[1]
    mse = sse / df_resid if df_resid > 0 else None
    r_inv = np.linalg.inv(r)
    cov_unscaled = r_inv @ r_inv.T
    se = np.sqrt(np.diag(cov_unscaled) * mse) if mse is not None else np.full(coef.size, np.nan)
    fit = Fit(groups, names, coef, se, y, fitted, np.sum(q**2, axis=1), df_resid, sse, sst)
    fit.anova = _anova(fit, x, owner)
    if settings is not None:
        fit.lack_of_fit = _lack_of_fit(fit, settings)
        if fit.lack_of_fit is not None:
            fit.anova = _insert_lof(fit.anova, fit.lack_of_fit)
    return fit


def _anova(fit: Fit, x: np.ndarray, owner: list[int]) -> list[AnovaRow]:
    mse, dfe = fit.mse, fit.df_resid
    model_df = x.shape[1] - 1
    rows = [_f_row("model", model_df, fit.sst - fit.sse, mse, dfe)]
    for i, group in enumerate(fit.groups):
        keep = [j for j, o in enumerate(owner) if o != i]
        ss = max(_sse(x[:, keep], fit.y) - fit.sse, 0.0)
        rows.append(_f_row(group.name, len(owner) - len(keep), ss, mse, dfe))
    rows.append(AnovaRow("residual", dfe, fit.sse, mse))
    rows.append(AnovaRow("total", fit.n - 1, fit.sst))
    return rows


def _lack_of_fit(fit: Fit, settings: np.ndarray) -> dict[str, object] | None:
    """Split the residual SS into pure error (replicates) and lack of fit, when both have df."""
    groups = replicate_groups(settings)
    ss_pe = float(sum(np.sum((fit.y[g] - fit.y[g].mean()) ** 2) for g in groups))
    df_pe = fit.n - len(groups)
    df_lof = fit.df_resid - df_pe
    if df_pe <= 0 or df_lof <= 0:
        return None
    ss_lof = max(fit.sse - ss_pe, 0.0)
    ms_pe, ms_lof = ss_pe / df_pe, ss_lof / df_lof
    f = ms_lof / ms_pe if ms_pe > 0 else None
    p = float(stats.f.sf(f, df_lof, df_pe)) if f is not None else None
    return {
        "lack_of_fit": {"df": df_lof, "ss": ss_lof, "ms": ms_lof, "f": f, "p": p},
        "pure_error": {"df": df_pe, "ss": ss_pe, "ms": ms_pe},
    }


def _insert_lof(rows: list[AnovaRow], lof: dict[str, object]) -> list[AnovaRow]:
    lack, pure = lof["lack_of_fit"], lof["pure_error"]
    assert isinstance(lack, dict) and isinstance(pure, dict)
    extra = [
        AnovaRow("lack of fit", lack["df"], lack["ss"], lack["ms"], lack["f"], lack["p"]),
        AnovaRow("pure error", pure["df"], pure["ss"], pure["ms"]),
    ]
    at = next(i for i, r in enumerate(rows) if r.source == "residual") + 1
    return rows[:at] + extra + rows[at:]


def curvature_test(y_factorial: np.ndarray, y_center: np.ndarray, mse: float | None, df: int) -> dict[str, object]:
    """Single-df curvature: SS = nF nC (mean_F - mean_C)^2 / (nF + nC), F against ``mse``."""
    n_f, n_c = len(y_factorial), len(y_center)
    diff = float(np.mean(y_factorial) - np.mean(y_center))
    ss = n_f * n_c * diff**2 / (n_f + n_c)
    f = ss / mse if mse else None
    return {
        "factorial_mean": float(np.mean(y_factorial)),
        "center_mean": float(np.mean(y_center)),
        "ss": ss,
        "df": 1,
        "f": f,
        "p": float(stats.f.sf(f, 1, df)) if f is not None and df > 0 else None,
    }
