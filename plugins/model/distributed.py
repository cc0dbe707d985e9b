"""Several processes (torchrun): process-group set-up, DDP or FSDP wrapping, and whole-model state for checkpoints.

Launched by torchrun, each process sees RANK/WORLD_SIZE/LOCAL_RANK in its environment; a plain
``havoc train`` is a world of one and wraps nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class World:
    """This process's place among the training processes."""

    rank: int = 0
    size: int = 1
    device: torch.device = torch.device("cpu")
    strategy: str = "none"  # none | ddp | fsdp

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def init_world(strategy: str, backend: str = "auto") -> World:
    """Join the process group when started by torchrun (gloo on CPU, nccl on GPU); otherwise a world of one."""
    size = int(os.environ.get("WORLD_SIZE", "1"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device(f"cuda:{local_rank}" if torch.cuda.is_available() else "cpu")
    if size == 1:
        return World(device=device)
    if strategy not in ("ddp", "fsdp"):
        raise ValueError(f"dist.strategy={strategy!r}: expected ddp or fsdp")
    if device.type == "cuda":
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group(backend=("nccl" if device.type == "cuda" else "gloo") if backend == "auto" else backend)
    return World(dist.get_rank(), size, device, strategy)


def wrap(model: torch.nn.Module, world: World, bf16: bool) -> torch.nn.Module:
    """DDP replicates the model and averages gradients; FSDP shards each block's parameters,
    gradients and optimizer state over the processes (for models too large for one device)."""
    if world.strategy == "ddp":
        from torch.nn.parallel import DistributedDataParallel

        # the only buffers are the rotary tables, identical everywhere: nothing to broadcast
        device_ids = [world.device.index] if world.device.type == "cuda" else None
        return DistributedDataParallel(model, device_ids=device_ids, broadcast_buffers=False)
    if world.strategy == "fsdp":
        from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

        policy = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32) if bf16 else None
        options = {"mp_policy": policy} if policy else {}
        for block in model.layers:
            fully_shard(block, **options)
        fully_shard(model, **options)
    return model


def unwrap(model: torch.nn.Module) -> torch.nn.Module:
    """The Transformer inside a DDP and/or torch.compile wrapper."""
    inner = getattr(model, "_orig_mod", model)
    return getattr(inner, "module", inner)


def full_state(model: torch.nn.Module, optimizer: torch.optim.Optimizer, world: World) -> tuple[dict, dict]:
    """Whole (unsharded) model and optimizer state dicts on CPU, as a single process would hold them."""
    if world.strategy == "fsdp":
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_state_dict

        return get_state_dict(model, optimizer, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
    return unwrap(model).state_dict(), optimizer.state_dict()


def load_full_state(
    model: torch.nn.Module, optimizer: torch.optim.Optimizer, weights: dict, optim_state: dict, world: World
) -> None:
    """Inverse of full_state: every process receives the whole state and keeps its part."""
    if world.strategy == "fsdp":
        from torch.distributed.checkpoint.state_dict import StateDictOptions, set_state_dict

        set_state_dict(
            model,
            optimizer,
            model_state_dict=weights,
            optim_state_dict=optim_state,
            options=StateDictOptions(full_state_dict=True, broadcast_from_rank0=False),
        )
        return
    unwrap(model).load_state_dict(weights)
    optimizer.load_state_dict(optim_state)


def mean_across(value: torch.Tensor, world: World) -> torch.Tensor:
    """The average of a tensor over all processes (itself in a world of one)."""
    if world.size > 1:
        value = value.detach().clone()
        dist.all_reduce(value, op=dist.ReduceOp.SUM)
        value /= world.size
    return value


def sum_across(value: torch.Tensor, world: World) -> torch.Tensor:
    """The sum of a tensor over all processes."""
    if world.size > 1:
        value = value.detach().clone()
        dist.all_reduce(value, op=dist.ReduceOp.SUM)
    return value


def barrier(world: World) -> None:
    if world.size > 1:
        dist.barrier()


def shutdown(world: World) -> None:
    """Leave the process group together: a rank tearing gloo down while a peer still works aborts it."""
    if world.size > 1 and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()
