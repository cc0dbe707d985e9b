"""--limit takes a seeded, stable sample in suite order; --seed fixes it; --category filters first."""

from __future__ import annotations

from pathlib import Path

from havoc_cli.evals.options import Options
from havoc_cli.evals.runner import select
from havoc_cli.evals.suite import Item
from tests.evals.evalkit import run_eval

REASON = Path(__file__).resolve().parents[2] / "examples" / "evals" / "reason.yaml"
ITEMS = [Item(f"i{n:02d}", "even" if n % 2 == 0 else "odd", {}) for n in range(40)]


def _ids(**options) -> list[str]:
    return [item.id for item in select(ITEMS, Options(**options))]


def test_sample_is_seeded_stable_and_in_suite_order():
    five = _ids(limit=5, seed=3)
    assert len(five) == 5 and five == sorted(five)
    assert five == _ids(limit=5, seed=3)
    assert five != _ids(limit=5, seed=4)
    assert set(five) <= set(_ids(limit=12, seed=3))  # a longer sample with the same seed extends a shorter one
    assert _ids(limit=100) == [item.id for item in ITEMS] and _ids(limit=0) == []


def test_category_filter_comes_before_the_sample():
    odd = _ids(categories=("odd",), limit=4, seed=1)
    assert len(odd) == 4 and all(int(i[1:]) % 2 == 1 for i in odd)
    assert len(_ids(categories=("odd", "even"))) == 40


def test_cli_limit_and_seed_are_deterministic(tmp_path):
    def ids(seed: str) -> list[str]:
        run = run_eval(REASON, "--json", "--limit", "6", "--seed", seed, "--out", tmp_path)
        assert run.exit_code == 0, run.stderr
        assert run.json["seed"] == int(seed) and run.json["limit"] == 6
        return [item["id"] for item in run.json["suites"][0]["items"]]

    first = ids("11")
    assert len(first) == 6 and first == ids("11") and first != ids("12")


def test_progress_goes_to_stderr(tmp_path):
    run = run_eval(REASON, "--limit", "2", "--out", tmp_path)
    assert run.exit_code == 0 and run.stdout == ""
    assert "reason" in run.stderr and "2/2" in run.stderr
