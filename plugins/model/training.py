"""The training loop: data, model, AdamW, schedule, evaluation, checkpoints, one or many processes.

Everything that decides a step's result is a function of (settings, step) or is saved in the
checkpoint (weights, optimizer and scheduler state, RNG state), so ``--resume`` continues bit for bit.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from plugins.model import distributed as D
from plugins.model.checkpoint import load_checkpoint, load_weights, save_checkpoint
from plugins.model.config import ModelConfig, load_model_config
from plugins.model.data import TokenData, prepare_default_data, read_token_data, train_batch, val_batches
from plugins.model.metrics import MetricsLog, progress_bar
from plugins.model.optim import build_optimizer, build_scheduler
from plugins.model.transformer import build_model


@dataclass
class TrainSummary:
    """How a training invocation ended."""

    run_dir: Path
    step: int
    max_steps: int
    train_loss: float | None
    val_loss: float | None
    unigram_entropy: float | None
    wall_s: float
    tokens_per_s: float
    checkpoint: Path | None
    interrupted: bool
    is_main: bool = True  # False in the other processes of a torchrun launch

    @property
    def val_perplexity(self) -> float | None:
        return math.exp(self.val_loss) if self.val_loss is not None else None


def _autocast(settings: dict, device: torch.device):
    dtype = settings["train"]["dtype"]
    if dtype not in ("float32", "bfloat16"):
        raise ValueError(f"train.dtype={dtype!r}: expected float32 or bfloat16")
    return torch.autocast(device.type, dtype=torch.bfloat16, enabled=dtype == "bfloat16")


def _check(settings: dict, config: ModelConfig, world: D.World) -> None:
    train = settings["train"]
    if train["seq_len"] > config.context:
        raise ValueError(f"train.seq_len={train['seq_len']} exceeds the model context {config.context}")
    per_step = train["grad_accum"] * world.size
    if train["batch_size"] % per_step:
        raise ValueError(
            f"train.batch_size={train['batch_size']} is not divisible by grad_accum x processes = {per_step}"
        )


@torch.no_grad()
def evaluate(model, data: TokenData, settings: dict, world: D.World) -> float:
    """Mean validation loss (nats/token) over fixed windows, shared out among the processes."""
    train = settings["train"]
    model.eval()
    total = torch.zeros(2, dtype=torch.float64)
    for x, y in val_batches(
        data.tokens("val"), train["eval_batches"], train["batch_size"], train["seq_len"], world.rank, world.size
    ):
        with _autocast(settings, world.device):
            logits = model(x.to(world.device))
        loss = F.cross_entropy(logits.float().flatten(0, 1), y.to(world.device).flatten(), reduction="sum")
        total += torch.tensor([loss.item(), y.numel()], dtype=torch.float64)
    model.train()
    total = D.sum_across(total, world)
    return float(total[0] / total[1])


def _data_for(run_dir: Path, settings: dict, world: D.World, log: Callable[[str], None]) -> TokenData:
    """The run's encoded data; the main process prepares it (default corpus + tokenizer) if missing."""
    if world.is_main and read_token_data(run_dir / "data") is None:
        prepare_default_data(run_dir, settings, log)
    D.barrier(world)
    return read_token_data(run_dir / "data")


def _trainer_state(optimizer_state: dict, scheduler, step: int) -> dict:
    return {
        "optimizer": optimizer_state,
        "scheduler": scheduler.state_dict(),
        "rng": torch.get_rng_state(),
        "step": step,
    }


@contextlib.contextmanager
def _stop_on_sigint():
    """Turn Ctrl+C into a request honoured between steps, so the state saved is always a whole step's."""
    requested = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield requested
        return
    previous = signal.signal(signal.SIGINT, lambda *_: requested.set())
    try:
        yield requested
    finally:
        signal.signal(signal.SIGINT, previous)


def _should_stop(requested: threading.Event, world: D.World) -> bool:
    """Whether any process was asked to stop (all must stop at the same step)."""
    flag = torch.tensor(float(requested.is_set()))
    return bool(D.sum_across(flag, world) > 0)


def _out_of_time(started: float, limit_s: float | None, world: D.World) -> bool:
    """Whether this invocation's wall-clock budget is spent (the main process's clock decides for all)."""
    if not limit_s:
        return False
    spent = torch.tensor(float(time.perf_counter() - started >= limit_s and world.is_main))
    return bool(D.sum_across(spent, world) > 0)


def train(
    run_dir: Path,
    settings: dict,
    resume: bool = False,
    steps: int | None = None,
    log: Callable[[str], None] = print,
    show_progress: bool = True,
) -> TrainSummary:
    """Train (or continue training) the model of ``settings`` in ``run_dir``; at most ``steps`` steps this call."""
    started = time.perf_counter()
    run_dir = Path(run_dir)
    train_cfg, optim_cfg = settings["train"], settings["optim"]
    world = D.init_world(settings["dist"]["strategy"], settings["dist"]["backend"])
    if world.is_main:
        run_dir.mkdir(parents=True, exist_ok=True)
    data = _data_for(run_dir, settings, world, log)
    config = load_model_config(str(settings["model"])).replace(vocab_size=data.vocab_size)
    _check(settings, config, world)

    torch.manual_seed(settings["seed"])
    model = build_model(config, world.device)
    model = D.wrap(model, world, train_cfg["dtype"] == "bfloat16")  # before the optimizer: FSDP replaces parameters
    optimizer = build_optimizer(model, optim_cfg)
    scheduler = build_scheduler(optimizer, optim_cfg, train_cfg["max_steps"])
    torch.manual_seed(settings["seed"] + world.rank)  # dropout differs between processes
    start = 0
    checkpoint = load_checkpoint(run_dir) if resume else None
    if checkpoint is not None:
        weights = dict(checkpoint.weights)
        if config.tie_embeddings:
            weights["lm_head.weight"] = weights["embed_tokens.weight"]
        if world.strategy == "fsdp":
            D.load_full_state(model, optimizer, weights, checkpoint.trainer["optimizer"], world)
        else:
            load_weights(D.unwrap(model), checkpoint.weights)
            optimizer.load_state_dict(checkpoint.trainer["optimizer"])
        scheduler.load_state_dict(checkpoint.trainer["scheduler"])
        torch.set_rng_state(checkpoint.trainer["rng"])
        start = checkpoint.trainer["step"]
        log(f"resumed from {checkpoint.path} at step {start}")
    compiled = torch.compile(model) if train_cfg["compile"] else model

    metrics = MetricsLog(run_dir / "metrics.jsonl")
    if world.is_main:
        metrics.truncate_after(start) if resume else metrics.path.unlink(missing_ok=True)
    end = train_cfg["max_steps"] if steps is None else min(train_cfg["max_steps"], start + steps)
    tokens_per_step = train_cfg["batch_size"] * train_cfg["seq_len"]
    n_micro = train_cfg["grad_accum"]
    tokens = data.tokens("train")
    step, last_loss, val_loss, interrupted, trained_tokens = start, None, None, False, 0
    loop_started = time.perf_counter()

    def save() -> Path | None:
        weights, optim_state = D.full_state(model, optimizer, world)
        if not world.is_main:
            return None
        weights = {k: v.detach().cpu().contiguous() for k, v in weights.items()}
        if config.tie_embeddings:
            weights.pop("lm_head.weight", None)
        return save_checkpoint(
            run_dir,
            step,
            config,
            settings,
            weights,
            _trainer_state(optim_state, scheduler, step),
            data.tokenizer_dir,
            train_cfg["keep_last"],
        )

    def validate() -> float:
        loss = evaluate(compiled, data, settings, world)
        if world.is_main:
            metrics.append({"step": step, "split": "val", "loss": loss, "perplexity": math.exp(loss)})
        return loss

    evaluated_at = -1
    with progress_bar(show_progress and world.is_main) as bar, _stop_on_sigint() as stop_requested:
        task = bar.add_task("train", total=train_cfg["max_steps"], completed=start, loss=float("nan"), tps=0.0)
        while step < end:
            tick = time.perf_counter()
            step_loss = torch.zeros(())
            for micro in range(n_micro):
                x, y = train_batch(
                    tokens,
                    settings["seed"],
                    step,
                    train_cfg["batch_size"],
                    train_cfg["seq_len"],
                    micro,
                    n_micro,
                    world.rank,
                    world.size,
                )
                x, y = x.to(world.device), y.to(world.device)
                sync = micro == n_micro - 1 or world.strategy != "ddp"
                with contextlib.nullcontext() if sync else compiled.no_sync():
                    with _autocast(settings, world.device):
                        logits = compiled(x)
                    loss = F.cross_entropy(logits.float().flatten(0, 1), y.flatten()) / n_micro
                    loss.backward()
                step_loss += loss.detach().cpu()
            if train_cfg["grad_clip"] > 0:
                torch.nn.utils.clip_grad_norm_(model.parameters(), train_cfg["grad_clip"])
            lr = optimizer.param_groups[0]["lr"]
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            trained_tokens += tokens_per_step
            last_loss = float(D.mean_across(step_loss, world))
            tps = tokens_per_step / (time.perf_counter() - tick)
            bar.update(task, completed=step, loss=last_loss, tps=tps)
            if world.is_main and (step % train_cfg["log_every"] == 0 or step == end):
                metrics.append(
                    {
                        "step": step,
                        "split": "train",
                        "loss": last_loss,
                        "lr": lr,
                        "tokens_per_s": tps,
                        "elapsed_s": time.perf_counter() - started,
                    }
                )
            if step % train_cfg["eval_every"] == 0 or step == train_cfg["max_steps"]:
                val_loss, evaluated_at = validate(), step
            if step % train_cfg["checkpoint_every"] == 0 and step < end:
                saved = save()
            if _should_stop(stop_requested, world):
                interrupted = True
                log(f"interrupted at step {step}: saving a checkpoint")
                break
            if _out_of_time(started, train_cfg["time_limit_s"], world):
                log(f"time limit of {train_cfg['time_limit_s']} s reached at step {step}: stopping")
                break
        if evaluated_at != step:  # stopped early (Ctrl+C, time limit, --steps): measure where it stopped
            val_loss = validate()
        saved = save()
    if world.is_main and metrics.records():
        metrics.plot(run_dir / "loss.png", data.unigram_entropy)
    D.shutdown(world)
    elapsed = time.perf_counter() - loop_started
    return TrainSummary(
        run_dir,
        step,
        train_cfg["max_steps"],
        last_loss,
        val_loss,
        data.unigram_entropy,
        time.perf_counter() - started,
        trained_tokens / elapsed if elapsed > 0 else 0.0,
        saved,
        interrupted,
        world.is_main,
    )
