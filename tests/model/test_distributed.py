"""Two CPU processes under torchrun (gloo) follow the same losses as one process with the same global batch:
DDP (replicated model) and FSDP (sharded model, including a resume from its gathered checkpoint)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from plugins.model import training
from plugins.model.metrics import MetricsLog
from tests.model.conftest import micro_settings, prepare_run

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def train_losses(run_dir) -> list[float]:
    return [r["loss"] for r in MetricsLog(run_dir / "metrics.jsonl").records() if r["split"] == "train"]


def torchrun(run_dir, settings: dict, *extra: str) -> None:
    overrides = [f"--set={key}={value}" for key, value in (
        ("model", settings["model"]), ("train.max_steps", 6), ("train.batch_size", 4), ("train.seq_len", 32),
        ("train.eval_every", 4), ("train.eval_batches", 2), ("train.checkpoint_every", 2), ("train.log_every", 1),
        ("optim.warmup_steps", 2), ("train.time_limit_s", "null"), ("train.grad_accum", 1), ("train.dtype", "float32"),
    )]  # fmt: skip
    command = [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
        "-m", "havoc_cli", "train", "--out", str(run_dir), "--no-progress", *overrides, *extra,
    ]  # fmt: skip
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": REPO}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, cwd=run_dir)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("strategy", ["ddp", pytest.param("fsdp", marks=pytest.mark.slow)])
def test_two_processes_match_one_process(tmp_path, strategy):
    single, double = prepare_run(tmp_path / "one"), prepare_run(tmp_path / "two")
    settings = micro_settings(tmp_path, "train.max_steps=6", "train.grad_accum=2")  # batch 4: 2 micro x 2 ranks x 1
    training.train(single, settings, show_progress=False, log=lambda _: None)
    if strategy == "ddp":
        torchrun(double, settings)
    else:  # 3 steps, then resume from the gathered checkpoint for the rest
        torchrun(double, settings, "--set=dist.strategy=fsdp", "--steps=3")
        torchrun(double, settings, "--resume")
    assert len(train_losses(double)) == 6
    assert train_losses(single) == pytest.approx(train_losses(double), rel=1e-5)
    assert (double / "checkpoints" / "step_000006" / "model.safetensors").is_file()
