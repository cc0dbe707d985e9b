"""``havoc retrieve index|query|find``: JSON shapes, exit codes, messages, and a fast ``havoc --help``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from havoc_cli.app import app

HIT_KEYS = {"chunk_id", "source", "heading", "start_line", "end_line", "text", "score"}


def havoc(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture
def built(corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "index"
    run = havoc("retrieve", "index", str(corpus), "--index", str(folder), "--embedder", "lexical", "--json")
    assert run.exit_code == 0, run.stderr
    return folder


def test_index_json_reports_files_and_chunks(corpus, tmp_path):
    folder = tmp_path / "index"
    run = havoc("retrieve", "index", str(corpus), "--index", str(folder), "--embedder", "lexical", "--json")
    assert run.exit_code == 0, run.stderr
    report = json.loads(run.stdout)
    assert set(report) == {"index", "embedder", "vector_index", "files", "chunks", "embedded", "written", "seconds"}
    assert set(report["files"]) == {"new", "changed", "unchanged", "removed", "skipped"}
    assert set(report["chunks"]) == {"added", "kept", "removed", "duplicates_skipped", "total"}
    assert report["files"]["new"] == 4 and report["chunks"]["added"] == report["chunks"]["total"] > 0
    again = json.loads(
        havoc("retrieve", "index", str(corpus), "--index", str(folder), "--embedder", "lexical", "--json").stdout
    )
    assert again["chunks"]["kept"] == report["chunks"]["total"] and again["embedded"] == 0


def test_index_uses_havoc_index_and_havoc_embedder_from_the_environment(corpus, tmp_path):
    folder = tmp_path / "from-env"
    run = havoc(
        "retrieve", "index", str(corpus), "--json", env={"HAVOC_INDEX": str(folder), "HAVOC_EMBEDDER": "lexical"}
    )
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout)["embedder"] == "lexical" and (folder / "manifest.json").is_file()


def test_query_json_shape(built):
    run = havoc("retrieve", "query", "equal variances", "-k", "2", "--index", str(built), "--json")
    assert run.exit_code == 0, run.stderr
    doc = json.loads(run.stdout)
    assert set(doc) == {"query", "k", "method", "index", "embedder", "hits"}
    assert (doc["method"], doc["embedder"], doc["k"]) == ("hybrid", "lexical", 2)
    assert len(doc["hits"]) == 2 and all(set(h) == HIT_KEYS for h in doc["hits"])
    assert doc["hits"][0]["source"].endswith("notes.txt")


def test_query_on_the_terminal_shows_source_lines_heading_and_text(built):
    run = havoc(
        "retrieve", "query", "least squares coefficients", "-k", "1", "--index", str(built), "--method", "lexical"
    )
    assert run.exit_code == 0, run.stderr
    assert "stats.py:" in run.stdout and "Model.fit" in run.stdout and "ordinary least squares" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["retrieve", "index", "/no/such/path", "--embedder", "lexical"], "no such file or folder"),
        (["retrieve", "index", "{corpus}", "--embedder", "nope", "--index", "{tmp}/x"], "unknown embedder 'nope'"),
        (["retrieve", "query", "x", "--index", "{tmp}/none"], "havoc retrieve index PATH... --index"),
        (["retrieve", "query", "x", "--index", "{index}", "--embedder", "minilm"], "built with the 'lexical' embedder"),
        (["retrieve", "query", "x", "--index", "{index}", "--method", "fuzzy"], "unknown --method 'fuzzy'"),
        (["retrieve", "query", "  ", "--index", "{index}"], "the query is empty"),
        (["retrieve", "find", "--context", "{tmp}/none.txt", "--needle", "x"], "no such file"),
        (["retrieve", "find", "--context", "{corpus}/notes.txt", "--needle", " "], "the needle is empty"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_no_stdout(built, corpus, tmp_path, args, message):
    filled = [a.format(corpus=corpus, tmp=tmp_path, index=built) for a in args]
    run = havoc(*filled, "--json")
    assert run.exit_code == 2, (run.stdout, run.stderr)
    assert message in run.stderr and run.stdout == ""


def test_empty_input_exits_2_and_writes_nothing(tmp_path):
    (tmp_path / "blank.md").write_text("\n\n")
    run = havoc(
        "retrieve", "index", str(tmp_path / "blank.md"), "--index", str(tmp_path / "i"), "--embedder", "lexical"
    )
    assert run.exit_code == 2 and "no text to index" in run.stderr
    assert not (tmp_path / "i").exists()


def test_find_json_gives_positions_similarity_and_confidence(tmp_path):
    context = tmp_path / "haystack.txt"
    context.write_text("First line about nothing.\nThe needle is here: blue widget 42.\nLast line.\n")
    run = havoc("retrieve", "find", "--context", str(context), "--needle", "BLUE   widget 42", "--json")
    assert run.exit_code == 0, run.stderr
    doc = json.loads(run.stdout)
    assert set(doc) == {"needle", "method", "embedder", "confidence", "pieces", "occurrences", "matches"}
    assert (doc["method"], doc["confidence"], doc["occurrences"]) == ("exact", 1.0, 1)
    match = doc["matches"][0]
    assert set(match) == {"line", "column", "end_line", "start", "end", "text", "similarity", "exact"}
    assert (match["line"], match["column"], match["text"]) == (2, 21, "blue widget 42")
    assert context.read_text()[match["start"] : match["end"]] == "blue widget 42"


def test_help_does_not_import_the_heavy_engines():
    code = (
        "import sys\nfrom havoc_cli.app import app\nfrom plugins.registry import get_registry\n"
        "r = get_registry()\nassert 'minilm' in r.embedders and 'retrieve' in r.verbs\n"
        "heavy = [m for m in ('faiss', 'torch', 'sentence_transformers', 'numpy', 'scipy') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_plugins_lists_the_embedders():
    run = havoc("plugins", "--json")
    retrieval = next(p for p in json.loads(run.stdout)["plugins"] if p["name"] == "retrieval")
    assert retrieval["embedders"] == ["minilm", "lexical"] and retrieval["verbs"] == ["retrieve"]
