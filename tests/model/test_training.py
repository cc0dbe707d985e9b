"""Training: bitwise resume, checkpoints (atomic, keep-last-N), Ctrl+C, settings."""

from __future__ import annotations

import signal

import pytest
import torch

from plugins.model import checkpoint as ckpt
from plugins.model import training
from plugins.model.settings import parse_override, resolve_settings
from tests.model.conftest import micro_settings, prepare_run


def train_losses(run_dir) -> list[float]:
    from plugins.model.metrics import MetricsLog

    return [r["loss"] for r in MetricsLog(run_dir / "metrics.jsonl").records() if r["split"] == "train"]


def test_resume_continues_bit_for_bit(tmp_path):
    straight, split = prepare_run(tmp_path / "a"), prepare_run(tmp_path / "b")
    settings = micro_settings(tmp_path, "train.grad_accum=2", dropout=0.1)  # dropout: RNG state matters
    training.train(straight, settings, show_progress=False, log=lambda _: None)
    first = training.train(split, settings, steps=4, show_progress=False, log=lambda _: None)
    assert first.step == 4 and not first.interrupted
    resumed_settings = resolve_settings(base=ckpt.load_checkpoint(split, with_trainer=False).settings)
    training.train(split, resumed_settings, resume=True, show_progress=False, log=lambda _: None)
    assert len(train_losses(straight)) == 8
    assert train_losses(split) == train_losses(straight)  # exact equality, every step
    a, b = ckpt.load_checkpoint(straight), ckpt.load_checkpoint(split)
    assert a.path.name == b.path.name == "step_000008"
    assert all(torch.equal(a.weights[k], b.weights[k]) for k in a.weights)


def test_checkpoints_keep_last_n_and_carry_settings(tmp_path):
    run = prepare_run(tmp_path)
    settings = micro_settings(tmp_path, "train.keep_last=2")
    training.train(run, settings, show_progress=False, log=lambda _: None)
    assert [p.name for p in ckpt.checkpoint_dirs(run)] == ["step_000006", "step_000008"]
    assert not [p for p in (run / "checkpoints").iterdir() if p.name.startswith(".")]
    loaded = ckpt.load_checkpoint(run)
    assert loaded.settings == settings and loaded.trainer["step"] == 8
    assert (run / "loss.png").stat().st_size > 1000


def test_a_failed_save_leaves_the_previous_checkpoint_whole(tmp_path, monkeypatch):
    run = prepare_run(tmp_path)
    training.train(run, micro_settings(tmp_path, "train.max_steps=2"), show_progress=False, log=lambda _: None)
    loaded = ckpt.load_checkpoint(run)

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ckpt.torch, "save", crash)
    with pytest.raises(OSError):
        ckpt.save_checkpoint(run, 3, loaded.config, loaded.settings, loaded.weights, {"step": 3})
    assert [p.name for p in ckpt.checkpoint_dirs(run)] == ["step_000002"]
    assert ckpt.load_checkpoint(run).trainer["step"] == 2


def test_ctrl_c_saves_the_finished_step_and_stops(tmp_path, monkeypatch):
    run = prepare_run(tmp_path)
    real_batch = training.train_batch

    def batch_then_interrupt(*args):
        if args[2] == 2:  # during step 3 (index 2)
            signal.raise_signal(signal.SIGINT)
        return real_batch(*args)

    monkeypatch.setattr(training, "train_batch", batch_then_interrupt)
    summary = training.train(run, micro_settings(tmp_path), show_progress=False, log=lambda _: None)
    assert summary.interrupted and summary.step == 3
    assert ckpt.load_checkpoint(run).trainer["step"] == 3
    assert summary.val_loss is not None


def test_settings_overrides_and_unknown_keys():
    assert parse_override("optim.lr=3e-4") == {"optim": {"lr": 3e-4}}
    assert resolve_settings(overrides=["train.compile=true", "model=small"])["train"]["compile"] is True
    with pytest.raises(ValueError, match="unknown setting 'optim.lrr'"):
        resolve_settings(overrides=["optim.lrr=1"])
    with pytest.raises(ValueError, match="section.key=value"):
        parse_override("optim.lr")
