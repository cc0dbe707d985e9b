"""The generate task type: scoring rules, seeded sampling, and the same answers from a live server (--url)."""

from __future__ import annotations

import re

import pytest

from havoc_cli.evals.tasks.generate import matches
from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint
from plugins.model.generation import GenerationParams, generate
from plugins.model.tokenizer import Tokenizer
from tests.evals.evalkit import run_eval, write_suite

PROMPTS = ["The mean of a sample is", "A p-value is the", "Control charts plot"]


@pytest.fixture(scope="module")
def greedy_texts(checkpoint) -> list[str]:
    """What the model continues each prompt with, greedily, computed here straight from the generation engine."""
    ckpt = load_checkpoint(checkpoint, with_trainer=False)
    model, tokenizer = model_from_checkpoint(ckpt), Tokenizer.load(ckpt.tokenizer_dir)
    stops = (tokenizer.eos_id, tokenizer.special_ids["<|end|>"])
    params = GenerationParams(max_new_tokens=12, temperature=0.0, top_p=1.0, stop_ids=stops)
    return [generate(model, tokenizer, tokenizer.encode(p), params).text for p in PROMPTS]


def _suite(tmp_path, greedy_texts, **extra):
    first, second, third = greedy_texts
    assert first.strip() and len(second) > 3
    items = [
        {"id": "exact", "prompt": PROMPTS[0], "expected": first, "match": "exact", "category": "match"},
        {"id": "contains", "prompt": PROMPTS[1], "expected": second[1:-1], "match": "contains", "category": "match"},
        {
            "id": "regex",
            "prompt": PROMPTS[2],
            "expected": "^" + re.escape(third[:3]),
            "match": "regex",
            "category": "match",
        },
        {"id": "wrong", "prompt": PROMPTS[0], "expected": first + " and more", "category": "miss"},
    ]
    document = {
        "suite": "gen",
        "type": "generate",
        "params": {"max_tokens": 12, "temperature": 0.0},
        "items": items,
        **extra,
    }
    return write_suite(tmp_path / "gen.yaml", document)


def test_match_rules():
    assert matches("  42 \n", ["42"], "exact") and not matches("42!", ["42"], "exact")
    assert matches("the answer is 42.", ["41", "42"], "contains") and not matches("4 2", ["42"], "contains")
    assert matches("p = 0.031", [r"p = 0\.0\d+"], "regex") and not matches("p = 0.31", [r"p = 0\.0\d+"], "regex")


def test_local_generation_is_scored(checkpoint, greedy_texts, tmp_path):
    suite = _suite(tmp_path, greedy_texts, categories={"match": {"accuracy": 1.0}})
    run = run_eval(suite, "--json", "--checkpoint", checkpoint, "--out", tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    (doc,) = run.json["suites"]
    by_id = {i["id"]: i for i in doc["items"]}
    assert [by_id[k]["passed"] for k in ("exact", "contains", "regex", "wrong")] == [True, True, True, False]
    assert by_id["exact"]["output"]["text"] == greedy_texts[0]
    assert by_id["wrong"]["detail"].startswith("expected (exact)")
    assert doc["metrics"] == {"accuracy": 0.75} and doc["categories"]["match"]["metrics"] == {"accuracy": 1.0}


def test_server_gives_the_same_greedy_answers(checkpoint, greedy_texts, server_url, tmp_path):
    suite = _suite(tmp_path, greedy_texts)
    remote = run_eval(suite, "--json", "--url", server_url, "--out", tmp_path / "remote")
    assert remote.exit_code == 0, remote.stderr
    local = run_eval(suite, "--json", "--checkpoint", checkpoint, "--out", tmp_path / "local")
    texts = [[i["output"]["text"] for i in run.json["suites"][0]["items"]] for run in (remote, local)]
    assert texts[0] == texts[1] == [greedy_texts[0], greedy_texts[1], greedy_texts[2], greedy_texts[0]]
    assert remote.json["url"] == server_url and remote.json["suites"][0]["metrics"] == {"accuracy": 0.75}


def test_sampling_is_repeatable_with_a_seed(checkpoint, tmp_path):
    items = [{"id": f"s{i}", "prompt": p, "expected": "x", "match": "contains"} for i, p in enumerate(PROMPTS * 2)]
    document = {
        "suite": "sampled",
        "type": "generate",
        "params": {"max_tokens": 10, "temperature": 1.5},
        "items": items,
    }
    suite = write_suite(tmp_path / "s.yaml", document)

    def texts(*args):
        run = run_eval(suite, "--json", "--checkpoint", checkpoint, "--out", tmp_path / "o", *args)
        return {i["id"]: i["output"]["text"] for i in run.json["suites"][0]["items"]}

    first, again, other = texts("--seed", "7"), texts("--seed", "7"), texts("--seed", "8")
    assert first == again
    assert first != other  # a different seed samples differently (10 tokens at temperature 1.5)
    assert first["s0"] != first["s3"]  # same prompt, different item: its own seed
    assert texts("--seed", "7", "--limit", "2").items() <= first.items()  # an item's seed ignores the others
