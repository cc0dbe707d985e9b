"""AdamW with decoupled weight decay on the projection matrices only, and a warmup + cosine schedule."""

from __future__ import annotations

import math

import torch


def param_groups(model: torch.nn.Module, weight_decay: float) -> list[dict]:
    """Decay only matrices that act as linear maps; norms, biases and embeddings are left alone
    (decaying a gain or a lookup table pulls it toward zero without regularising anything useful)."""
    decay, plain = [], []
    for name, param in model.named_parameters():
        if not param.requires_grad:
            continue
        is_embedding = "embed_tokens" in name
        (decay if param.ndim >= 2 and not is_embedding else plain).append(param)
    return [{"params": decay, "weight_decay": weight_decay}, {"params": plain, "weight_decay": 0.0}]


def build_optimizer(model: torch.nn.Module, optim: dict) -> torch.optim.AdamW:
    """AdamW from the ``optim`` settings section; the fused implementation (one kernel over all the
    parameters: 19 instead of 62 ms a step for ``small`` on this CPU) wherever torch has it."""
    fused = all(p.device.type in ("cpu", "cuda") and p.is_floating_point() for p in model.parameters())
    return torch.optim.AdamW(
        param_groups(model, optim["weight_decay"]),
        lr=optim["lr"],
        betas=(optim["beta1"], optim["beta2"]),
        eps=1e-8,
        fused=fused or None,
    )


def lr_factor(step: int, warmup: int, total: int, floor: float) -> float:
    """Multiplier of the peak rate: linear warmup over ``warmup`` steps, then cosine down to ``floor``."""
    if step < warmup:
        return (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return floor + (1.0 - floor) * 0.5 * (1.0 + math.cos(math.pi * progress))


def build_scheduler(
    optimizer: torch.optim.Optimizer, optim: dict, total_steps: int
) -> torch.optim.lr_scheduler.LambdaLR:
    """The schedule as a LambdaLR, so its state (the step) is saved with the optimizer's."""
    floor = optim["min_lr"] / optim["lr"]
    warmup = optim["warmup_steps"]
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_factor(step, warmup, total_steps, floor))
