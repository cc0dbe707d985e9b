"""The spec's example studies: their design/export/results lines run on the shipped data."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "doe"


@pytest.mark.parametrize(
    ("study", "data", "runs"), [("etch.doe", "etch_results.csv", 22), ("bake.doe", "bake.csv", 15)]
)
def test_example_up_to_results(run_study, study, data, runs):
    lines = (EXAMPLES / study).read_text().splitlines()
    upto = next(i for i, line in enumerate(lines) if line.startswith("results")) + 1
    run = run_study("\n".join(lines[:upto]) + "\n", files={data: (EXAMPLES / data).read_text()})
    assert run.exit_code == 0, run.stderr
    assert run.step("design")["runs"] == runs and run.step("results")["runs"] == runs
