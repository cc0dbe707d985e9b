"""The ``ask`` verb: a trained checkpoint answers from a study; retrieved passages become its context."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.model.ask import ask_messages
from tests.micro_model import micro_model, micro_tokenizer, save, teach

QUESTION = "Which design should a first study use?"
REPLY = "A two-level fractional factorial."


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory) -> Path:
    """A micro checkpoint taught to answer QUESTION (asked without retrieved passages) with REPLY."""
    from plugins.model.tokenizer import Tokenizer

    root = tmp_path_factory.mktemp("ask-model")
    tokenizer_dir = micro_tokenizer(root, "A two-level fractional factorial is a screening design. " * 50)
    tokenizer = Tokenizer.load(tokenizer_dir)
    model = micro_model(tokenizer.vocab_size)
    assert teach(model, tokenizer, [(ask_messages(QUESTION, []), REPLY)]) < 0.05
    return save(model, tokenizer_dir, root / "run")


def test_ask_answers_with_the_named_checkpoint(run_study, checkpoint):
    run = run_study(f'ask "{QUESTION}" max_tokens=30 checkpoint="{checkpoint}"\n')
    assert run.exit_code == 0, run.stderr
    (step,) = run.json["steps"]
    assert step["verb"] == "ask" and step["plugin"] == "model"
    result = step["result"]
    assert result["kind"] == "answer" and result["answer"] == REPLY
    assert result["checkpoint"] == str(checkpoint) and result["context"] == [] and result["temperature"] == 0.0


def test_ask_defaults_to_the_newest_checkpoint_under_runs(run_study, checkpoint, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(checkpoint.parent.parent, tmp_path / "runs" / "default")
    monkeypatch.chdir(tmp_path)
    run = run_study(f'ask "{QUESTION}" max_tokens=30\n')
    assert run.exit_code == 0, run.stderr
    assert run.json["steps"][0]["result"]["answer"] == REPLY


def test_without_a_checkpoint_it_says_to_train(run_study, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = run_study('ask "What is a p-value?"\n')
    assert run.exit_code == 2
    assert "no trained checkpoint under runs/" in run.stderr and "havoc train" in run.stderr


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('ask "x" max_tokens=0 checkpoint="{c}"', "max_tokens must be between 1"),
        ('ask "x" temperature=9 checkpoint="{c}"', "temperature must be between 0 and 5"),
        ('ask "x" colour="red" checkpoint="{c}"', "unknown argument 'colour'"),
        ('ask checkpoint="{c}"', "ask needs one question"),
        ('ask "x" checkpoint="nowhere"', "no checkpoint in"),
    ],
)
def test_bad_asks_exit_2(run_study, checkpoint, line, words):
    run = run_study(line.format(c=checkpoint) + "\n")
    assert run.exit_code == 2 and words in run.stderr, run.stderr


def test_retrieved_passages_are_the_context(run_study, checkpoint, tmp_path):
    from plugins.retrieval.indexing import index_paths

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "designs.md").write_text("# Designs\n\n## Screening\n\nStart with a fractional factorial.\n")
    index_paths([docs], tmp_path / "index", embedder="lexical")
    text = f'retrieve "fractional factorial screening" k=1 index="index"\nask "{QUESTION}" checkpoint="{checkpoint}"\n'
    run = run_study(text)
    assert run.exit_code == 0, run.stderr
    answer = run.json["steps"][1]["result"]
    assert len(answer["context"]) == 1 and answer["context"][0].endswith("designs.md")
    assert isinstance(answer["answer"], str)  # the taught reply was for no context: any text will do here


def test_the_prompt_carries_the_passages():
    messages = ask_messages("q?", [{"source": "a.md", "text": "line one\nline two"}])
    assert messages[0]["role"] == "system" and "- [a.md] line one line two" in messages[0]["content"]
    assert messages[1] == {"role": "user", "content": "q?"}


def test_the_spec_section_5_example_runs(run_study, checkpoint, tmp_path, monkeypatch):
    """examples/documents/documents.doe against an index of docs/ and the newest checkpoint under runs/."""
    import shutil

    from plugins.retrieval.indexing import index_paths

    root = Path(__file__).resolve().parents[2]
    index_paths([root / "docs"], tmp_path / "index", embedder="lexical")
    shutil.copytree(checkpoint.parent.parent, tmp_path / "runs" / "default")
    monkeypatch.setenv("HAVOC_INDEX", str(tmp_path / "index"))
    monkeypatch.chdir(tmp_path)
    run = run_study((root / "examples" / "documents" / "documents.doe").read_text(encoding="utf-8"))
    assert run.exit_code == 0, run.stderr
    retrieved, answered = run.json["steps"]
    hits = retrieved["result"]["hits"]
    assert len(hits) == 3 and any("Box-Behnken" in h["text"] or "box_behnken" in h["text"] for h in hits)
    assert answered["result"]["kind"] == "answer" and answered["result"]["answer"].strip()
    # three whole passages overflow the 512-token context: shortened, the lowest-ranked dropped if need be
    assert answered["result"]["context_trimmed"] is True
    context = answered["result"]["context"]
    assert 1 <= len(context) <= 3 and context == [h["source"] for h in hits][: len(context)]
