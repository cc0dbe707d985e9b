"""Every example study runs end to end and writes the files it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from havoc_cli.app import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# examples/plugins needs its package installed; examples/documents a checkpoint (tests/model/test_ask.py)
STUDIES = sorted(p for p in EXAMPLES.rglob("*.doe") if not {"plugins", "documents"} & set(p.parts))


def test_the_examples_cover_the_spec_sections():
    names = {p.name for p in STUDIES}
    assert {"etch.doe", "bake.doe", "shaft.doe", "scratchpad.doe", "norris.doe"} <= names


@pytest.mark.parametrize("study", STUDIES, ids=lambda p: p.name)
def test_example_study_runs(study: Path, tmp_path: Path):
    result = CliRunner().invoke(app, ["doe", "run", str(study), "--json", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["steps"] and all(step["result"]["kind"] for step in doc["steps"])
    for output in doc["outputs"]:
        assert Path(output).is_file() and Path(output).stat().st_size > 0
        assert Path(output).parent == tmp_path
