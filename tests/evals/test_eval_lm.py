"""The lm task type: perplexity against a token-by-token reference and transformers, properties, thresholds as maxima."""

from __future__ import annotations

import math

import pytest
import torch

from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint
from plugins.model.perplexity import perplexity
from plugins.model.tokenizer import Tokenizer
from tests.evals.evalkit import run_eval, write_suite

TEXT = "The variance is the square of the standard deviation. A p-value is a probability. " * 3


@pytest.fixture(scope="module")
def loaded(checkpoint):
    ckpt = load_checkpoint(checkpoint, with_trainer=False)
    return ckpt, model_from_checkpoint(ckpt), Tokenizer.load(ckpt.tokenizer_dir)


def _token_by_token(model, ids: list[int], window: int, stride: int) -> float:
    """Reference NLL, one forward per token: token t is scored by window k = max(0, ceil((t + 1 - window) / stride)),
    so its context is ids[k * stride : t]."""
    total = 0.0
    with torch.no_grad():
        for t in range(1, len(ids)):
            k = max(0, math.ceil((t + 1 - window) / stride))
            logits = model(torch.tensor([ids[k * stride : t]]))[0, -1].double()
            total -= torch.log_softmax(logits, -1)[ids[t]].item()
    return total


@pytest.mark.parametrize("window, stride", [(None, None), (16, 5), (9, 8), (2, 1)])
def test_perplexity_matches_a_token_by_token_reference(loaded, window, stride):
    _, model, tokenizer = loaded
    ids = ([tokenizer.eos_id] + tokenizer.encode(TEXT)) * 2
    if window is None:  # one window holds the whole text
        ids, window, stride = ids[: model.config.context], model.config.context, model.config.context // 2
    result = perplexity(model, ids, window, stride)
    assert result.tokens == len(ids) - 1
    assert result.nll == pytest.approx(_token_by_token(model, ids, window, stride), rel=1e-5)


def test_full_window_perplexity_equals_transformers_llama(loaded, tmp_path):
    """A second engine: the checkpoint exported to Hugging Face, its mean token loss exponentiated."""
    transformers = pytest.importorskip("transformers")
    from plugins.model.export_hf import export_hf

    ckpt, model, tokenizer = loaded
    ids = ([tokenizer.eos_id] + tokenizer.encode(TEXT))[: model.config.context]
    export_hf(ckpt, tmp_path / "hf")
    hf = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "hf", dtype=torch.float32).eval()
    with torch.no_grad():
        loss = hf(torch.tensor([ids]), labels=torch.tensor([ids])).loss.item()  # mean NLL of tokens 1..n-1
    assert perplexity(model, ids).value == pytest.approx(math.exp(loss), rel=1e-5)


def test_windows_are_bounded_by_the_context(loaded):
    _, model, tokenizer = loaded
    ids = tokenizer.encode(TEXT) * 3
    assert len(ids) > 2 * model.config.context
    assert math.isfinite(perplexity(model, ids).value)  # default: context-sized windows, half overlapping
    with pytest.raises(ValueError):
        perplexity(model, ids, model.config.context + 1)
    with pytest.raises(ValueError):
        perplexity(model, ids, 8, 8)
    with pytest.raises(ValueError):
        perplexity(model, ids[:1])


def test_uniform_model_has_perplexity_equal_to_the_vocabulary(loaded):
    _, model, tokenizer = loaded
    uniform = type(model)(model.config).eval()
    with torch.no_grad():
        uniform.lm_head.weight.zero_()  # every logit 0: each token has probability 1/V
    ids = tokenizer.encode(TEXT) * 2
    assert perplexity(uniform, ids, 16, 7).value == pytest.approx(model.config.vocab_size, rel=1e-6)  # float32 logits


def test_lm_suite_thresholds_are_maxima(checkpoint, loaded, tmp_path):
    _, model, tokenizer = loaded
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text("Control charts plot a statistic against time.")
    items = [{"id": "a", "text": "a.txt"}, {"id": "b", "text": "b.txt", "max_perplexity": 1.5}]
    suite = write_suite(tmp_path / "lm.yaml", {"suite": "lm", "type": "lm", "window": 32, "items": items})
    run = run_eval(suite, "--json", "--checkpoint", checkpoint, "--out", tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    (doc,) = run.json["suites"]
    a, b = doc["items"]
    expected_a = perplexity(model, [tokenizer.eos_id] + tokenizer.encode(TEXT), 32)
    assert a["output"]["perplexity"] == pytest.approx(expected_a.value, rel=1e-9) and a["passed"]
    assert not b["passed"] and b["detail"].startswith("expected perplexity <= 1.5")  # a random model is far above
    pooled = math.exp((a["output"]["nll"] + b["output"]["nll"]) / (a["output"]["tokens"] + b["output"]["tokens"]))
    assert doc["metrics"]["perplexity"] == pytest.approx(pooled, rel=1e-12)
    assert doc["settings"]["checkpoint_loaded"] == str(checkpoint)
    vocab = model.config.vocab_size
    assert (
        run_eval(
            suite, "--checkpoint", checkpoint, "--fail-under", f"perplexity={vocab * 10}", "--out", tmp_path / "o"
        ).exit_code
        == 0
    )
    missed = run_eval(
        suite, "--json", "--checkpoint", checkpoint, "--fail-under", "perplexity=2", "--out", tmp_path / "o"
    )
    assert missed.exit_code == 1
    assert missed.json["suites"][0]["thresholds"][0]["direction"] == "max"


def test_lm_suite_without_a_checkpoint_is_bad_usage(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no runs/ here
    (tmp_path / "a.txt").write_text(TEXT)
    suite = write_suite(tmp_path / "lm.yaml", {"suite": "lm", "type": "lm", "items": [{"id": "a", "text": "a.txt"}]})
    run = run_eval(suite, "--out", tmp_path / "out")
    assert run.exit_code == 2 and "no checkpoint" in run.stderr and "--checkpoint" in run.stderr
    assert not (tmp_path / "out").exists()
