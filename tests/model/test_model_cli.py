"""The commands through Typer's CliRunner: train (dry run and a few steps), generate, export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from havoc_cli.app import app
from tests.model.conftest import prepare_run

runner = CliRunner()

FEW_STEPS = [
    "--set", "train.max_steps=4", "--set", "train.batch_size=4", "--set", "train.seq_len=32",
    "--set", "train.eval_every=2", "--set", "train.eval_batches=1", "--set", "train.time_limit_s=null",
]  # fmt: skip


@pytest.fixture
def trained_run(tmp_path, stand_in_tokenizer):
    tokenizer_dir = tmp_path / "tok"
    tokenizer_dir.mkdir()
    (tokenizer_dir / "stand-in.txt").write_text("byte-level stand-in")
    run = prepare_run(tmp_path / "run", tokenizer_dir)
    model_file = tmp_path / "micro.yaml"
    model_file.write_text("d_model: 32\nn_layers: 2\nn_heads: 4\nn_kv_heads: 2\nd_mlp: 64\ncontext: 64\n")
    result = runner.invoke(
        app, ["train", "--out", str(run), "--model", str(model_file), "--no-progress", "--json", *FEW_STEPS]
    )
    assert result.exit_code == 0, result.output
    return run, json.loads(result.stdout)


def test_train_dry_run_7b_reports_parameters_and_memory():
    result = runner.invoke(app, ["train", "--dry-run", "--model", "7b", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    params = report["parameters"]
    assert params == 6_244_405_248
    assert report["training"]["float32"]["adamw_states"] == 8 * params
    assert report["inference"]["bfloat16"]["weights"] == 2 * params
    assert (
        report["inference"]["bfloat16"]["kv_cache"] == 2 * 2 * 32 * 8 * 128 * 4096
    )  # k+v, layers, kv heads, head dim, context
    text = runner.invoke(app, ["train", "--dry-run", "--model", "7b"])
    assert "6,244,405,248 parameters" in text.stdout


def test_train_reports_losses_and_writes_the_run(trained_run):
    run, outcome = trained_run
    assert outcome["step"] == 4 and outcome["val_loss"] < 6.0 and outcome["unigram_entropy"] == 2.5
    assert (run / "metrics.jsonl").is_file() and (run / "loss.png").is_file()
    assert (run / "checkpoints" / "step_000004" / "tokenizer" / "stand-in.txt").is_file()


def test_generate_json_and_seeded_text(trained_run):
    run, _ = trained_run
    args = ["generate", "the mean", "--checkpoint", str(run), "--max-new-tokens", "8", "--seed", "3", "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    document = json.loads(first.stdout)
    assert set(document) == {"text", "usage", "finish_reason"} and document["finish_reason"] in ("stop", "length")
    assert document["usage"]["prompt_tokens"] == len(b"the mean")
    assert document["usage"]["total_tokens"] == 8 + document["usage"]["completion_tokens"]
    assert json.loads(runner.invoke(app, args).stdout) == document
    chat = runner.invoke(
        app,
        [
            "generate",
            "hi",
            "--checkpoint",
            str(run),
            "--chat",
            "--system",
            "be brief",
            "--greedy",
            "--max-new-tokens",
            "4",
        ],
    )
    assert chat.exit_code == 0, chat.output


def test_generate_in_bfloat16_is_seeded_and_counts_like_float32(trained_run):
    run, _ = trained_run
    args = ["generate", "the mean", "--checkpoint", str(run), "--max-new-tokens", "6", "--seed", "5", "--json"]
    half = runner.invoke(app, [*args, "--bf16"])
    assert half.exit_code == 0, half.output
    document = json.loads(half.stdout)
    assert document["usage"]["prompt_tokens"] == len(b"the mean")
    assert json.loads(runner.invoke(app, [*args, "--bf16"]).stdout) == document


def test_bad_input_exits_2_with_the_reason(tmp_path):
    unknown = runner.invoke(app, ["train", "--set", "optim.lrr=1", "--out", str(tmp_path)])
    assert unknown.exit_code == 2 and "unknown setting 'optim.lrr'" in unknown.output
    missing = runner.invoke(app, ["generate", "x", "--checkpoint", str(tmp_path)])
    assert missing.exit_code == 2 and "no checkpoint" in missing.output
    assert runner.invoke(app, ["train", "--dry-run", "--model", "huge"]).exit_code == 2
