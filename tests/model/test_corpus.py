"""The default corpus: deterministic builds, a held-out split, worked problems whose answers are right."""

from __future__ import annotations

import itertools
import json
import math
import statistics
from pathlib import Path

import numpy as np
import pytest
import sympy as sp
from scipy import integrate
from statsmodels.stats.oneway import anova_oneway
from statsmodels.stats.weightstats import DescrStatsW, ttest_ind

from plugins.model.corpus import (
    DOC_SEPARATOR,
    STATS_FILE,
    build_default_corpus,
    generate_problems,
    read_documents,
    unigram_entropy,
)
from plugins.model.corpus_problems import fixed, num
from plugins.model.corpus_stats import chart_constants
from tests.helpers import assert_close, reference_cases

SMALL = 60_000


@pytest.fixture(scope="module")
def problems() -> dict[str, list]:
    by_kind: dict[str, list] = {}
    for problem in generate_problems(330, seed=11):
        by_kind.setdefault(problem.kind, []).append(problem)
    return by_kind


def test_same_seed_same_corpus_and_a_held_out_split(tmp_path):
    first = build_default_corpus(tmp_path / "a", seed=3, max_chars=SMALL)
    again = build_default_corpus(tmp_path / "b", seed=3, max_chars=SMALL)
    other = build_default_corpus(tmp_path / "c", seed=4, max_chars=SMALL)
    assert first.train_path.read_bytes() == again.train_path.read_bytes()
    assert first.val_path.read_bytes() == again.val_path.read_bytes()
    assert first.train_path.read_bytes() != other.train_path.read_bytes()

    stats = first.stats
    train, val = list(read_documents(first.train_path)), list(read_documents(first.val_path))
    assert (len(train), len(val)) == (stats["documents"]["train"], stats["documents"]["val"])
    assert not set(train) & set(val)
    assert len(val) == round(0.05 * (len(train) + len(val)))
    assert all(DOC_SEPARATOR not in doc for doc in train)
    assert SMALL * 0.9 < stats["characters"]["total"] < SMALL * 1.2
    assert {s.split(":")[0] for s in stats["sources"]} == {"docstrings", "problems"}
    assert {"docstrings:numpy", "docstrings:scipy", "docstrings:statsmodels", "docstrings:sympy"} <= set(
        stats["sources"]
    )
    assert sum(e["documents"] for e in stats["sources"].values()) == stats["documents"]["total"]
    assert json.loads((tmp_path / "a" / STATS_FILE).read_text(encoding="utf-8"))["documents"] == stats["documents"]
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.endswith(".partial")]


def test_every_kind_of_problem_is_generated(problems):
    expected = {"derivative", "antiderivative", "definite_integral", "equation", "one_sample_t", "two_sample_t"}
    expected |= {"confidence_interval", "one_way_anova", "xbar_r_limits", "capability", "doe_runs"}
    assert set(problems) == expected
    assert all(len(group) == 30 for group in problems.values())


def _points(rng: np.random.Generator) -> list[float]:
    return list(rng.uniform(0.3, 2.0, size=3))


def test_derivatives_match_finite_differences(problems):
    rng = np.random.default_rng(0)
    for p in problems["derivative"]:
        f, x, answer = p.facts["function"], p.facts["variable"], p.facts["answer"]
        assert str(answer) in p.text
        f_num, d_num = sp.lambdify(x, f, "math"), sp.lambdify(x, answer, "math")
        for at in _points(rng):
            h = 1e-5
            central = (f_num(at + h) - f_num(at - h)) / (2 * h)
            assert d_num(at) == pytest.approx(central, rel=1e-5, abs=1e-6), p.text


def test_antiderivatives_differentiate_back_to_the_integrand(problems):
    for p in problems["antiderivative"]:
        f, x, answer = p.facts["integrand"], p.facts["variable"], p.facts["answer"]
        assert f"{answer} + C" in p.text or f"{answer};" in p.text
        assert sp.simplify(sp.diff(answer, x) - f) == 0, p.text


def test_definite_integrals_match_quadrature(problems):
    for p in problems["definite_integral"]:
        f, x = p.facts["integrand"], p.facts["variable"]
        area, _ = integrate.quad(sp.lambdify(x, f, "math"), p.facts["lower"], p.facts["upper"])
        assert float(p.facts["answer"]) == pytest.approx(area, rel=1e-9, abs=1e-9)
        assert str(p.facts["answer"]) in p.text


def test_equation_roots_satisfy_the_equation(problems):
    for p in problems["equation"]:
        lhs, rhs, x, roots = p.facts["lhs"], p.facts["rhs"], p.facts["variable"], p.facts["roots"]
        assert roots and all(sp.simplify(lhs.subs(x, r) - rhs) == 0 for r in roots)
        assert len(roots) == len(set(sp.Poly(lhs - rhs, x).all_roots()))
        assert all(f"{x} = {r}" in p.text for r in roots)


def test_one_sample_t_tests_match_statsmodels(problems):
    for p in problems["one_sample_t"]:
        t, pvalue, df = DescrStatsW(np.array(p.facts["data"])).ttest_mean(p.facts["mu0"])
        assert (p.facts["t"], p.facts["p"], p.facts["df"]) == pytest.approx((t, pvalue, df), rel=1e-9)
        assert f"t = (x̄ - μ0)/(s/√n) = {fixed(t)}" in p.text and f"p-value = {num(pvalue)}" in p.text
        assert ("reject H0" in p.text) and (("do not reject" in p.text) == (pvalue >= p.facts["alpha"]))


def test_two_sample_t_tests_match_statsmodels(problems):
    for p in problems["two_sample_t"]:
        usevar = "pooled" if p.facts["pooled"] else "unequal"
        t, pvalue, df = ttest_ind(np.array(p.facts["a"]), np.array(p.facts["b"]), usevar=usevar)
        assert (p.facts["t"], p.facts["p"], p.facts["df"]) == pytest.approx((t, pvalue, df), rel=1e-9)
        assert f"t = {fixed(t)}" in p.text


def test_confidence_intervals_match_statsmodels(problems):
    for p in problems["confidence_interval"]:
        lower, upper = DescrStatsW(np.array(p.facts["data"])).tconfint_mean(alpha=1 - p.facts["level"])
        assert (p.facts["lower"], p.facts["upper"]) == pytest.approx((lower, upper), rel=1e-9)
        assert f"[{num(lower, 6)}, {num(upper, 6)}]" in p.text


def test_anova_matches_statsmodels(problems):
    for p in problems["one_way_anova"]:
        result = anova_oneway([np.array(g) for g in p.facts["groups"]], use_var="equal")
        assert p.facts["F"] == pytest.approx(result.statistic, rel=1e-9)
        assert p.facts["p"] == pytest.approx(result.pvalue, rel=1e-7)
        assert p.facts["df"] == (round(result.df_num), round(result.df_denom))
        assert f"F = MS_between/MS_within = {fixed(result.statistic)}" in p.text


def test_control_chart_constants_match_the_published_table():
    expected = reference_cases()["cc-constants-table"]["expected"]
    for n in range(2, 11):
        computed = chart_constants(n)
        for name in ("d2", "d3", "A2", "D3", "D4"):
            assert_close(f"n={n} {name}", computed[name], expected[str(n)][name])


def test_xbar_r_limits_use_the_constants(problems):
    for p in problems["xbar_r_limits"]:
        c, grand, rbar = p.facts["constants"], p.facts["grand"], p.facts["rbar"]
        assert c["A2"] == pytest.approx(3 / (c["d2"] * math.sqrt(p.facts["n"])), abs=2e-3)
        assert p.facts["ucl"] == pytest.approx(grand + c["A2"] * rbar) and p.facts["lcl"] == pytest.approx(
            grand - c["A2"] * rbar
        )
        assert f"UCL = x̄̄ + A2·R̄ = {num(p.facts['ucl'], 6)}" in p.text


def test_capability_indices_and_tail_fraction(problems):
    for p in problems["capability"]:
        f = p.facts
        normal = statistics.NormalDist(f["mean"], f["sigma"])
        ppm = (normal.cdf(f["lsl"]) + 1 - normal.cdf(f["usl"])) * 1e6
        assert f["ppm"] == pytest.approx(ppm, rel=1e-6, abs=1e-6)
        assert f["cp"] == pytest.approx((f["usl"] - f["lsl"]) / (6 * f["sigma"]))
        assert f["cpk"] == pytest.approx(min(f["usl"] - f["mean"], f["mean"] - f["lsl"]) / (3 * f["sigma"]))
        assert f["cpk"] <= f["cp"] + 1e-12
        assert f"Cpk = min(USL - μ, μ - LSL)/(3σ) = {fixed(f['cpk'])}" in p.text


def test_doe_run_counts_match_pydoe3(problems):
    pydoe = pytest.importorskip("pyDOE3")
    for p in problems["doe_runs"]:
        f = p.facts
        if f["design"] == "full":
            runs = f["replicates"] * len(pydoe.ff2n(f["k"])) + f["centre"]
        elif f["design"] == "fractional":
            base = "abcdefgh"[: f["k"] - f["p"]]
            words = ["".join(c) for size in range(2, len(base) + 1) for c in itertools.combinations(base, size)]
            runs = len(pydoe.fracfact(" ".join([*base, *words[: f["p"]]]))) + f["centre"]
        elif f["design"] == "ccd":
            runs = len(pydoe.ccdesign(f["k"], center=(0, f["centre"])))
        else:
            runs = len(pydoe.bbdesign(f["k"], center=f["centre"]))
        assert f["runs"] == runs, p.text
        assert f"{runs} runs" in p.text


class _Characters:
    """A tokenizer stand-in: one token per character, so the token distribution is known exactly."""

    def encode(self, text: str) -> list[int]:
        return [ord(c) for c in text]


@pytest.mark.parametrize(("text", "entropy"), [("aabc", 1.5 * math.log(2)), ("abcd", math.log(4)), ("zzzz", 0.0)])
def test_unigram_entropy_of_known_distributions(tmp_path: Path, text, entropy):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    assert unigram_entropy(path, _Characters()) == pytest.approx(entropy, abs=1e-12)
