"""Fitted models of one response: terms + blocks + curvature, kept for ``optimize`` and the plots.

``fit_response`` fits a parsed model to the measured rows of a design; ``current_model`` returns
the model the last ``analyze anova``/``analyze rsm`` fitted for a response (while the data are
unchanged) or a default one: the full quadratic where the design supports it, else main + 2FI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from plugins.api import Context, Node, StudyError
from plugins.doe.analysis_data import measured_rows
from plugins.doe.analysis_fit import EstimabilityError, Fit, Group, curvature_test, fit_groups
from plugins.doe.analysis_terms import Term, natural_coefficients, parse_model, term_columns, term_label
from plugins.doe.model import Design, Factor, doe_state

DEFAULT_MODELS = ("quadratic", "main + 2fi", "main")


@dataclass
class ResponseModel:
    """A least-squares model of ``response`` over the design rows ``rows`` (standard order)."""

    response: str
    model: str
    terms: list[Term]
    factors: list[Factor]
    fit: Fit
    rows: np.ndarray
    curvature: dict[str, Any] | None = None

    @property
    def labels(self) -> list[str]:
        return [term_label(t, [f.name for f in self.factors]) for t in self.terms]

    @property
    def term_coef(self) -> np.ndarray:
        return self.fit.coef[1 : 1 + len(self.terms)]

    def predict(self, coded: np.ndarray) -> np.ndarray:
        """Predictions at coded settings (rows x factors), averaged over blocks, curvature term off."""
        return self.fit.coef[0] + term_columns(coded, self.terms) @ self.term_coef

    def natural(self) -> dict[str, float]:
        return natural_coefficients(self.terms, self.term_coef, float(self.fit.coef[0]), self.factors)


def _categorical_check(design: Design, terms: list[Term], node: Node | None) -> None:
    for index in sorted({i for t in terms for i in t}):
        factor = design.factors[index]
        if factor.categorical and len(factor.levels or []) > 2:
            raise StudyError(
                f"factor '{factor.name}' has {len(factor.levels or [])} levels: models here take "
                "continuous factors and two-level categorical ones",
                node,
                hint="analyze each level's runs apart, or use: test anova RESPONSE by FACTOR",
            )


def _block_group(blocks: np.ndarray) -> Group | None:
    labels = np.unique(blocks)
    if labels.size < 2:
        return None
    columns = np.zeros((blocks.size, labels.size - 1))
    for j, label in enumerate(labels[:-1]):
        columns[blocks == label, j] = 1.0
        columns[blocks == labels[-1], j] = -1.0
    return Group("blocks", columns, "block")


def center_mask(design: Design, rows: np.ndarray) -> np.ndarray:
    """Rows (of ``rows``) at the center of every continuous factor."""
    continuous = [j for j, f in enumerate(design.factors) if not f.categorical]
    coded = np.asarray(design.coded, dtype=float)[rows][:, continuous]
    return np.all(np.isclose(coded, 0.0), axis=1)


def _curvature_applies(design: Design, rows: np.ndarray, terms: list[Term]) -> bool:
    if any(len(set(t)) < len(t) for t in terms):
        return False
    centers = center_mask(design, rows)
    others = np.asarray(design.coded, dtype=float)[rows][~centers]
    return bool(centers.any() and (~centers).any() and np.all(np.isclose(np.abs(others), 1.0)))


def fit_response(
    design: Design, response: str, terms: list[Term], model: str, node: Node | None = None
) -> ResponseModel:
    """Fit ``terms`` (plus blocks, plus a curvature indicator for two-level designs with center
    points and no squared terms) to the measured rows of ``response``."""
    _categorical_check(design, terms, node)
    rows = measured_rows(design, response)
    coded = np.asarray(design.coded, dtype=float)[rows]
    y = np.asarray(design.responses[response], dtype=float)[rows]
    names = [f.name for f in design.factors]
    groups = [Group(term_label(t, names), term_columns(coded, [t])) for t in terms]
    blocks = np.asarray(design.block)[rows]
    block_group = _block_group(blocks)
    if block_group is not None:
        groups.append(block_group)
    curved = _curvature_applies(design, rows, terms)
    if curved:
        groups.append(Group("curvature", center_mask(design, rows).astype(float)[:, None], "curvature"))
    n_params = 1 + sum(np.asarray(g.columns).reshape(len(rows), -1).shape[1] for g in groups)
    if n_params > len(rows):
        raise StudyError(
            f"the model '{model}' has {n_params} coefficients but '{response}' has only {len(rows)} measured runs",
            node,
            hint='use a smaller model, e.g. model="main"',
        )
    try:
        fit = fit_groups(groups, y, np.column_stack([coded, blocks]))
    except EstimabilityError as exc:
        partners = f"with {', '.join(exc.aliased_with)}" if exc.aliased_with else "with the intercept"
        raise StudyError(
            f"model term '{exc.group}' cannot be estimated from this design: it is aliased {partners}",
            node,
            hint="drop the term from model=, or augment the design",
        ) from None
    curvature = None
    if curved:
        centers = center_mask(design, rows)
        curvature = curvature_test(y[~centers], y[centers], fit.mse, fit.df_resid)
    return ResponseModel(response, model, terms, list(design.factors), fit, rows, curvature)


def fit_text(design: Design, response: str, text: str, node: Node | None = None) -> ResponseModel:
    """Parse ``text`` against the design's factors and fit it."""
    return fit_response(design, response, parse_model(text, design.factors, node), text, node)


def default_model(design: Design, response: str) -> ResponseModel:
    """The first of quadratic, main + 2FI, main that this design can estimate."""
    last: StudyError | None = None
    for text in DEFAULT_MODELS:
        try:
            return fit_text(design, response, text)
        except StudyError as exc:
            last = exc
    assert last is not None
    raise last


def _store(ctx: Context) -> dict[str, Any]:
    return doe_state(ctx).setdefault("analysis", {"models": {}, "effects": {}, "last": None})


def remember(ctx: Context, kind: str, response: str, design: Design, value: Any) -> None:
    """Keep an analysis (``kind`` "models" or "effects") of these data for later plots and optimize."""
    store = _store(ctx)
    store[kind][response] = (design, np.array(design.responses[response], dtype=float), value)
    store["last"] = response


def recall(ctx: Context, kind: str, response: str, design: Design, y: np.ndarray) -> Any | None:
    """The kept analysis of ``response`` if it was made on this design with these data."""
    entry = _store(ctx)[kind].get(response)
    if entry is None or entry[0] is not design or not np.array_equal(entry[1], y, equal_nan=True):
        return None
    return entry[2]


def current_model(ctx: Context, design: Design, response: str) -> ResponseModel:
    """The model last fitted to ``response`` by analyze anova/rsm, else the default model."""
    y = np.asarray(design.responses[response], dtype=float)
    model = recall(ctx, "models", response, design, y)
    return model if model is not None else default_model(design, response)


def last_response(ctx: Context) -> str | None:
    """The response of the latest analysis, for plots given no response=."""
    return _store(ctx)["last"]
