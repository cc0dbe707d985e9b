"""``havoc reason --model``: a model's plan is parsed, run, audited and marked; garbage is refused cleanly."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from havoc_cli.reason.model import ReasoningModel, phrase_messages, plan_from_suggestion, plan_messages
from havoc_cli.reason.pipeline import Settings, reason
from tests.micro_model import micro_model, micro_tokenizer, save, teach

UNCOVERED = "how steep is x squared everywhere"  # no reasoning tool claims it
TAUGHT_PLAN = "show diff(x^2, x)"
TAUGHT_PHRASE = "The derivative of x squared is 2*x."
COVERED = "derivative of x^2"


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory) -> dict[str, Path]:
    """A random-weight checkpoint, and one taught to suggest TAUGHT_PLAN and to phrase COVERED's answer."""
    from plugins.model.tokenizer import Tokenizer

    root = tmp_path_factory.mktemp("reason-model")
    tokenizer_dir = micro_tokenizer(root)
    tokenizer = Tokenizer.load(tokenizer_dir)
    random_model = micro_model(tokenizer.vocab_size, seed=1)
    taught = micro_model(tokenizer.vocab_size, seed=0)
    lessons = [
        (plan_messages(UNCOVERED), TAUGHT_PLAN),
        (phrase_messages(COVERED, "diff(x^2, x) = 2*x"), TAUGHT_PHRASE),
    ]
    assert teach(taught, tokenizer, lessons) < 0.05
    return {
        "random": save(random_model, tokenizer_dir, root / "random"),
        "taught": save(taught, tokenizer_dir, root / "taught"),
    }


def _model(path: Path) -> ReasoningModel:
    from plugins.model.chat import ChatModel

    return ReasoningModel(ChatModel.load(path))


def test_a_model_plan_is_run_audited_and_marked(checkpoints):
    out = reason(UNCOVERED, Settings(model=_model(checkpoints["taught"]))).to_dict()
    assert out["answered"] and out["plan_source"] == "model" and out["plan"] == TAUGHT_PLAN
    assert out["result"] == "2*x" and out["mode"] == "unclassified"
    assert [c["name"] for c in out["checks"]] == [
        "every number in the plan comes from the question",
        "the plan uses every number the question states",
    ]
    assert all(c["passed"] for c in out["checks"]) and 0 < out["confidence"] < 0.5
    assert "suggested by the language model" in out["caveats"][0]
    suggestion = next(s for s in out["stages"] if s["name"] == "model_plan")
    assert suggestion["suggestion"].strip() == TAUGHT_PLAN


def test_a_phrasing_that_keeps_the_result_replaces_the_engine_line(checkpoints):
    out = reason(COVERED, Settings(model=_model(checkpoints["taught"]))).to_dict()
    assert out["plan_source"] == "rules" and out["answer_source"] == "model" and out["answer"] == TAUGHT_PHRASE
    answer = next(s for s in out["stages"] if s["name"] == "answer")
    assert answer["engine_answer"] == "diff(x^2, x) = 2*x" and out["confidence"] > 0.9


def test_random_weights_garbage_is_refused_through_the_cli(checkpoints):
    command = [sys.executable, "-m", "havoc_cli", "reason", UNCOVERED, "--model", str(checkpoints["random"]), "--json"]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert not doc["answered"] and doc["result"] is None and doc["confidence"] == 0
    assert doc["answer"].startswith("could not classify the question")  # what it understood
    stage = next(s for s in doc["stages"] if s["name"] == "model_plan")
    assert stage["rejected"] in doc["answer"] and "suggest" in stage["rejected"]


def test_random_weights_never_replace_a_computed_answer(checkpoints):
    out = reason("derivative of x^3 sin x", Settings(model=_model(checkpoints["random"]))).to_dict()
    assert out["answered"] and out["answer_source"] == "engine"
    assert out["answer"] == "diff(x^3*sin(x), x) = x**3*cos(x) + 3*x**2*sin(x)"
    assert "phrasing_rejected" in next(s for s in out["stages"] if s["name"] == "answer")


@dataclass
class Scripted:
    """A chat model that always replies with ``text`` (for the suggestion rules)."""

    text: str

    def reply(self, messages, max_new_tokens=128, temperature=0.0, seed=0) -> str:
        return self.text


@pytest.mark.parametrize(
    ("suggestion", "reason_words"),
    [
        ("", "suggested no program"),
        ("show diff(x^2, x", "does not parse"),
        ("the answer is obviously 42", "may only use"),
        ('data "/etc/passwd"\nshow 1', "may only use"),
        ("let a = [1, 2]", "computes nothing"),
    ],
)
def test_suggestions_that_are_not_plans_are_rejected(suggestion, reason_words):
    with pytest.raises(ValueError, match=reason_words):
        plan_from_suggestion(suggestion, "unclassified")
    out = reason(UNCOVERED, Settings(model=ReasoningModel(Scripted(suggestion)))).to_dict()
    assert not out["answered"] and reason_words in out["answer"]


def test_a_plan_with_invented_numbers_fails_its_audit():
    out = reason(UNCOVERED, Settings(model=ReasoningModel(Scripted("show diff(x^2, x) + 17")))).to_dict()
    assert out["answered"] and out["plan_source"] == "model"
    failed = [c for c in out["checks"] if not c["passed"]]
    assert failed and "17" in failed[0]["detail"] and out["confidence"] <= 0.3


def test_explanations_without_a_card_come_from_the_model_marked_unverified():
    text = "Rayleigh scattering favours short wavelengths, so the sky looks blue."
    out = reason("explain why the sky is blue", Settings(model=ReasoningModel(Scripted(text)))).to_dict()
    assert out["answered"] and out["answer"] == text and out["answer_source"] == "model"
    assert out["confidence"] < 0.5 and "not verified" in out["caveats"][0]
