"""The decoder-only transformer, in reading order: norm, rotary positions, attention, MLP, block, model.

Module names follow Hugging Face's LlamaForCausalLM (``layers.N.self_attn.q_proj`` ...) and RoPE
uses the same split-halves rotation, so exporting is a rename, not a weight permutation.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from plugins.model import ops
from plugins.model.config import ModelConfig


class RMSNorm(nn.Module):
    """Scale by the root mean square (no mean subtraction, no bias), computed in float32 for stability."""

    def __init__(self, dim: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dtype == self.weight.dtype:  # one fused op, forward and backward (same float32 arithmetic as below)
            return ops.rms_norm(x, self.weight, self.eps)
        x32 = x.float()
        x32 = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x32.to(x.dtype)


def rope_tables(head_dim: int, length: int, theta: float, device=None) -> tuple[torch.Tensor, torch.Tensor]:
    """cos and signed sin tables (length, head_dim) for rotary embeddings.

    Frequencies repeat over both halves; the sin table's first half is negated so that ``apply_rope``
    needs only a roll of x instead of Llama's ``rotate_half`` (slice, negate, concatenate): the same
    products, bit for bit.
    """
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, device=device, dtype=torch.float32) / head_dim))
    angles = torch.outer(torch.arange(length, device=device, dtype=torch.float32), inv_freq)
    sin = angles.sin()
    return torch.cat([angles, angles], dim=-1).cos(), torch.cat([-sin, sin], dim=-1)


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate pairs (i, i + D/2) of x (B, H, L, D) by position angles; cos/sin from ``rope_tables``,
    broadcast as (B|1, 1, L, D).

    Rotating q and k by their positions makes q.k depend only on the distance between them. One fused
    pass forward and backward on the CPU (``ops.rope``), which also lays the heads out contiguously.
    """
    return ops.rope(x, cos, sin)


def project_parts(x: torch.Tensor, weight: torch.Tensor, widths: list[int]) -> tuple[torch.Tensor, ...]:
    """x projected by a fused weight whose rows are ``widths`` stacked parts, returned part by part.

    Without gradients: one matrix product, split (fewer, larger calls: what decode wants). With
    gradients: one product per part, so that backward never concatenates activation-sized gradients
    (it only joins the weight's, which are far smaller).
    """
    if torch.is_grad_enabled() and (x.requires_grad or weight.requires_grad):
        return tuple(F.linear(x, part) for part in weight.split(widths))
    return F.linear(x, weight).split(widths, dim=-1)


class KVCache:
    """Preallocated keys and values for every layer, for a batch of sequences with their own lengths."""

    def __init__(self, config: ModelConfig, batch: int, max_len: int, device=None, dtype=torch.float32) -> None:
        shape = (config.n_layers, batch, config.n_kv_heads, max_len, config.head_dim)
        self.k = torch.zeros(shape, device=device, dtype=dtype)
        self.v = torch.zeros(shape, device=device, dtype=dtype)
        self.lengths = torch.zeros(batch, dtype=torch.int64, device=device)
        self.max_len = max_len

    def write(self, layer: int, k: torch.Tensor, v: torch.Tensor) -> None:
        """Store new k, v (B, Hkv, L, D) after each sequence's current length."""
        new = k.shape[2]
        if new == 1 and k.shape[0] == 1:  # decode of one sequence: a plain copy, cheaper than indexing
            position = int(self.lengths[0])
            self.k[layer, 0, :, position] = k[0, :, 0]
            self.v[layer, 0, :, position] = v[0, :, 0]
        elif new == 1:  # decode of a batch: each sequence writes at its own position
            rows = torch.arange(k.shape[0], device=k.device)
            self.k[layer][rows, :, self.lengths] = k[:, :, 0]
            self.v[layer][rows, :, self.lengths] = v[:, :, 0]
        else:  # prefill of an empty cache (checked by the caller)
            self.k[layer, :, :, :new] = k
            self.v[layer, :, :, :new] = v


class Attention(nn.Module):
    """Grouped-query self-attention with rotary positions; uses the cache when one is given.

    q, k and v come from one fused projection (one matrix product instead of three, in training and
    in decode); the export splits it back into Llama's q_proj, k_proj and v_proj.
    """

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.n_heads, self.n_kv_heads, self.head_dim = config.n_heads, config.n_kv_heads, config.head_dim
        self.qkv_proj = nn.Linear(
            config.d_model, (config.n_heads + 2 * config.n_kv_heads) * config.head_dim, bias=False
        )
        self.o_proj = nn.Linear(config.d_model, config.d_model, bias=False)

    def forward(self, x, cos, sin, cache: KVCache | None = None, layer: int = 0) -> torch.Tensor:
        batch, length, _ = x.shape
        qk_width = (self.n_heads + self.n_kv_heads) * self.head_dim
        qk_raw, v = project_parts(x, self.qkv_proj.weight, [qk_width, self.n_kv_heads * self.head_dim])
        qk_raw = qk_raw.view(batch, length, self.n_heads + self.n_kv_heads, self.head_dim).transpose(1, 2)
        v = v.view(batch, length, self.n_kv_heads, self.head_dim).transpose(1, 2)
        # q and k heads share the position angles: one rotation
        q, k = apply_rope(qk_raw, cos, sin).split([self.n_heads, self.n_kv_heads], dim=1)
        if cache is not None:
            cache.write(layer, k, v)
        if cache is not None and length == 1:
            out = ops.decode_attention(q, cache.k[layer], cache.v[layer], cache.lengths + 1)
        else:
            out = ops.attention(q, k, v, causal=True)
        return self.o_proj(out.transpose(1, 2).reshape(batch, length, -1))


class MLP(nn.Module):
    """SwiGLU: a SiLU-gated linear unit, then back down to the model width.

    The gate and up projections are one fused matrix (gate rows first); the export splits it. One
    product, then one fused SwiGLU whose backward writes the gate and up gradients side by side, so
    backward is again one product per operand.
    """

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.gate_up_proj = nn.Linear(config.d_model, 2 * config.d_mlp, bias=False)
        self.down_proj = nn.Linear(config.d_mlp, config.d_model, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(ops.swiglu(self.gate_up_proj(x)))


class Block(nn.Module):
    """Pre-norm residual block: x + attention(norm(x)), then x + mlp(norm(x))."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(config.d_model, config.norm_eps)
        self.self_attn = Attention(config)
        self.post_attention_layernorm = RMSNorm(config.d_model, config.norm_eps)
        self.mlp = MLP(config)
        self.dropout = nn.Dropout(config.dropout) if config.dropout > 0 else None  # no call at all when off

    def forward(self, x, cos, sin, cache: KVCache | None = None, layer: int = 0) -> torch.Tensor:
        attended = self.self_attn(self.input_layernorm(x), cos, sin, cache, layer)
        x = x + (attended if self.dropout is None else self.dropout(attended))
        transformed = self.mlp(self.post_attention_layernorm(x))
        return x + (transformed if self.dropout is None else self.dropout(transformed))


class Transformer(nn.Module):
    """Token embeddings, n_layers blocks, a final norm and the output projection (optionally tied)."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.embed_tokens = nn.Embedding(config.vocab_size, config.d_model)
        self.layers = nn.ModuleList(Block(config) for _ in range(config.n_layers))
        self.norm = RMSNorm(config.d_model, config.norm_eps)
        self.lm_head = nn.Linear(config.d_model, config.vocab_size, bias=False)
        if config.tie_embeddings:
            self.lm_head.weight = self.embed_tokens.weight
        cos, sin = rope_tables(config.head_dim, config.context, config.rope_theta)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """GPT-2 initialisation: N(0, 0.02), residual output projections shrunk by sqrt(2 * n_layers)
        so the residual stream's variance does not grow with depth."""
        residual_std = 0.02 / math.sqrt(2 * self.config.n_layers)
        for name, param in self.named_parameters():
            if name.endswith("layernorm.weight") or name == "norm.weight":
                nn.init.ones_(param)
            elif name.endswith(("o_proj.weight", "down_proj.weight")):
                nn.init.normal_(param, std=residual_std)
            else:
                nn.init.normal_(param, std=0.02)

    def forward(self, idx: torch.Tensor, cache: KVCache | None = None, last_only: bool = False) -> torch.Tensor:
        """Logits (B, L, V) for tokens idx (B, L); with a cache, the tokens continue each cached sequence.

        ``last_only`` projects only the last position (prefill needs nothing else).
        """
        length = idx.shape[1]
        if length > self.config.context:
            raise ValueError(f"sequence of {length} tokens is longer than the context ({self.config.context})")
        if cache is not None and length > 1 and bool(cache.lengths.any()):
            raise ValueError("a multi-token forward with a cache needs an empty cache (prefill)")
        if cache is not None and length == 1 and self._fused_decode_serves():
            return self._fused_decode(idx, cache)
        if cache is not None and length == 1:  # decode: each sequence at its own position, shaped (B, 1, 1, D)
            cos = self.rope_cos.index_select(0, cache.lengths)[:, None, None]
            sin = self.rope_sin.index_select(0, cache.lengths)[:, None, None]
        else:  # a whole sequence from position 0 (with or without an empty cache)
            cos, sin = self.rope_cos[:length], self.rope_sin[:length]
        x = self.embed_tokens(idx)
        for layer, block in enumerate(self.layers):
            x = block(x, cos, sin, cache, layer)
        if cache is not None:
            cache.lengths += length
        x = self.norm(x[:, -1:] if last_only else x)
        return self.lm_head(x)

    def _fused_decode_serves(self) -> bool:
        no_dropout = not self.training or self.config.dropout == 0
        return no_dropout and not torch.is_grad_enabled() and ops.serves_decode_step(self.embed_tokens.weight)

    def _fused_decode(self, idx: torch.Tensor, cache: KVCache) -> torch.Tensor:
        """One token per sequence as a single compiled call (kernels.decode_step): the same computation
        as the modules, without their per-operator dispatch. Logits (B, 1, V)."""
        layers = [
            weight
            for block in self.layers
            for weight in (
                block.input_layernorm.weight, block.self_attn.qkv_proj.weight, block.self_attn.o_proj.weight,
                block.post_attention_layernorm.weight, block.mlp.gate_up_proj.weight, block.mlp.down_proj.weight,
            )
        ]  # fmt: skip
        config = self.config
        logits = ops.decode_step(
            idx[:, 0], self.embed_tokens.weight, layers, self.norm.weight, self.lm_head.weight,
            (self.rope_cos, self.rope_sin), (cache.k, cache.v), cache.lengths, (config.n_heads, config.n_kv_heads),
            config.norm_eps,
        )  # fmt: skip
        cache.lengths += 1
        return logits[:, None].to(self.embed_tokens.weight.dtype)

    def new_cache(self, batch: int, max_len: int | None = None) -> KVCache:
        """An empty cache for ``batch`` sequences of up to ``max_len`` (default: the context) tokens."""
        weight = self.embed_tokens.weight
        return KVCache(self.config, batch, max_len or self.config.context, weight.device, weight.dtype)


def build_model(config: ModelConfig, device: str | torch.device = "cpu") -> Transformer:
    """The model on a device; ``"meta"`` builds shapes only (parameter counts, no memory)."""
    with torch.device(device):
        return Transformer(config)
