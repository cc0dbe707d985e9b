"""Back-of-the-envelope memory needs of a model shape, for ``havoc train --dry-run``."""

from __future__ import annotations

from plugins.model.config import ModelConfig

GIB = 1024**3


def activation_elements(config: ModelConfig, tokens: int) -> int:
    """Values kept for the backward pass, per ``tokens`` tokens, without activation checkpointing.

    Per layer and token: the two norm inputs and outputs, q/k/v, the attention output, the residual
    (about 6 x d_model + 2 x kv width) and the MLP's gate, up, SiLU and product (4 x d_mlp); attention
    scores are not stored (SDPA recomputes them). Plus the logits and their gradient (2 x vocab).
    """
    kv = config.n_kv_heads * config.head_dim
    per_layer = 6 * config.d_model + 2 * kv + 4 * config.d_mlp
    return tokens * (config.n_layers * per_layer + 2 * config.vocab_size)


def kv_cache_elements(config: ModelConfig, tokens: int) -> int:
    """Keys and values of every layer for ``tokens`` positions of one sequence."""
    return 2 * config.n_layers * config.n_kv_heads * config.head_dim * tokens


def memory_estimate(config: ModelConfig, batch_tokens: int | None = None) -> dict:
    """Bytes for training (fp32, and bf16 autocast with fp32 master weights) and inference (fp32, bf16).

    Training activations are for ``batch_tokens`` tokens per micro-batch (default: one full-context sequence).
    """
    params = config.parameter_count()
    tokens = batch_tokens or config.context
    activations = activation_elements(config, tokens)
    kv = kv_cache_elements(config, config.context)
    training = {
        "float32": {
            "weights": 4 * params,
            "gradients": 4 * params,
            "adamw_states": 8 * params,
            "activations": 4 * activations,
        },
        # autocast keeps float32 master weights, gradients and moments; bf16 copies of weights and bf16 activations
        "bfloat16_mixed": {
            "weights": 4 * params + 2 * params,
            "gradients": 4 * params,
            "adamw_states": 8 * params,
            "activations": 2 * activations,
        },
    }
    inference = {
        "float32": {"weights": 4 * params, "kv_cache": 4 * kv},
        "bfloat16": {"weights": 2 * params, "kv_cache": 2 * kv},
    }
    for table in (training, inference):
        for parts in table.values():
            parts["total"] = sum(parts.values())
    return {
        "parameters": params,
        "activation_tokens": tokens,
        "kv_cache_tokens": config.context,
        "training": training,
        "inference": inference,
    }
