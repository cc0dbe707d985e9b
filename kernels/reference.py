"""Pure-PyTorch reference implementations of the kernels, with the same signatures and semantics.

They run whenever the compiled extension is unavailable (no compiler, HAVOC_KERNELS=reference,
unsupported dtype or device, autograd needed) and are what the tests hold the kernels to. They
favour clarity over speed: scores are materialised, rows are sorted.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

Scalar = float | int
PerRow = Scalar | torch.Tensor


def _fold_groups(q: torch.Tensor, n_kv: int) -> torch.Tensor:
    """(B, Hq, L, D) -> (B, Hkv, group, L, D): the query heads that share one K/V head, side by side."""
    batch, n_q, length, dim = q.shape
    return q.reshape(batch, n_kv, n_q // n_kv, length, dim)


def attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True, scale: float | None = None
) -> torch.Tensor:
    """softmax(q k^T * scale [+ causal mask]) v in float32; q (B, Hq, Lq, D), k/v (B, Hkv, Lk, D) -> like q.

    The causal mask lets query i see keys j <= i (top-left aligned, as scaled_dot_product_attention).
    """
    scale = q.shape[-1] ** -0.5 if scale is None else scale
    grouped = _fold_groups(q.float(), k.shape[1])
    scores = torch.matmul(grouped, k.float()[:, :, None].transpose(-1, -2)) * scale
    if causal:
        len_q, len_k = q.shape[2], k.shape[2]
        hidden = torch.ones(len_q, len_k, dtype=torch.bool, device=q.device).triu(1)
        scores = scores.masked_fill(hidden, float("-inf"))
    out = torch.matmul(torch.softmax(scores, dim=-1), v.float()[:, :, None])
    return out.reshape(q.shape).to(q.dtype)


def swiglu(gate_up: torch.Tensor) -> torch.Tensor:
    """silu(gate) * up for gate_up (..., 2F) holding the gate in its first half -> (..., F)."""
    gate, up = gate_up.chunk(2, dim=-1)
    return F.silu(gate) * up


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """x * cos + roll(x, D/2) * sin in float32, back in x's dtype: the pairs (i, i + D/2) rotated by
    tables with a signed sin (first half negated); cos/sin broadcast against x (B, H, L, D)."""
    return (x * cos + x.roll(x.shape[-1] // 2, dims=-1) * sin).to(x.dtype)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """x / sqrt(mean(x^2) + eps) * weight over the last dimension."""
    return F.rms_norm(x, weight.shape, weight, eps)


def decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor, lengths: torch.Tensor
) -> torch.Tensor:
    """One query token per sequence against its cache: q (B, Hq, 1, D), caches (B, Hkv, Lmax, D),
    lengths (B,) int64; sequence b attends to cache positions [0, lengths[b]). Returns (B, Hq, 1, D)."""
    grouped = _fold_groups(q.float(), k_cache.shape[1])  # (B, Hkv, G, 1, D)
    keys, values = k_cache.float()[:, :, None], v_cache.float()[:, :, None]
    scores = torch.matmul(grouped, keys.transpose(-1, -2)) * q.shape[-1] ** -0.5
    filled = torch.arange(k_cache.shape[2], device=q.device) < lengths.to(q.device)[:, None]
    scores = scores.masked_fill(~filled[:, None, None, None, :], float("-inf"))
    out = torch.matmul(torch.softmax(scores, dim=-1), values)
    return out.reshape(q.shape).to(q.dtype)


def per_row(value: PerRow, rows: int, dtype: torch.dtype, device: torch.device, name: str) -> torch.Tensor:
    """A sampling parameter as a (rows,) tensor: a Python scalar is repeated, a tensor must be (rows,) or 0-d."""
    if isinstance(value, torch.Tensor):
        if value.dim() == 0:
            return value.to(device=device, dtype=dtype).expand(rows).contiguous()
        if value.shape != (rows,):
            raise ValueError(f"{name} must be a scalar or a ({rows},) tensor, got shape {tuple(value.shape)}")
        return value.to(device=device, dtype=dtype)
    return torch.full((rows,), value, dtype=dtype, device=device)


def sampling_inputs(
    logits: torch.Tensor,
    temperature: PerRow,
    top_k: PerRow,
    top_p: PerRow,
    min_p: PerRow,
    repetition_penalty: PerRow,
    prev_tokens: torch.Tensor | None,
    generator: torch.Generator | None,
) -> tuple[torch.Tensor, ...]:
    """The tensor arguments of the sampling operator: logits, five (B,) parameters, prev_tokens (B, T)
    and one float64 uniform per row drawn from generator (drawn for every row, greedy ones too)."""
    if logits.dim() != 2:
        raise ValueError(f"logits must be (B, V), got shape {tuple(logits.shape)}")
    rows, device = logits.shape[0], logits.device
    params = (
        per_row(temperature, rows, torch.float32, device, "temperature"),
        per_row(top_k, rows, torch.int64, device, "top_k"),
        per_row(top_p, rows, torch.float32, device, "top_p"),
        per_row(min_p, rows, torch.float32, device, "min_p"),
        per_row(repetition_penalty, rows, torch.float32, device, "repetition_penalty"),
    )
    if prev_tokens is None:
        prev_tokens = torch.empty((rows, 0), dtype=torch.int64, device=device)
    uniforms = torch.rand(rows, generator=generator, dtype=torch.float64, device=device)
    return (logits, *params, prev_tokens.to(device=device, dtype=torch.int64), uniforms)


def _penalised(logits: torch.Tensor, penalty: torch.Tensor, prev_tokens: torch.Tensor) -> torch.Tensor:
    """CTRL/HF repetition penalty: seen tokens' positive logits divided by the penalty, negative ones multiplied."""
    logits = logits.float()
    if prev_tokens.shape[1] == 0:
        return logits
    seen = logits.gather(1, prev_tokens)
    factor = penalty[:, None]
    return logits.scatter(1, prev_tokens, torch.where(seen > 0, seen / factor, seen * factor))


def filtered_logits(
    logits: torch.Tensor,
    temperature: torch.Tensor,
    top_k: torch.Tensor,
    top_p: torch.Tensor,
    min_p: torch.Tensor,
    repetition_penalty: torch.Tensor,
    prev_tokens: torch.Tensor,
) -> torch.Tensor:
    """Penalised, tempered logits with every token the filters remove set to -inf (per-row parameters).

    top-k keeps the tokens at least as large as the k-th largest; top-p keeps a token when the tokens
    strictly above it hold less than top_p of the probability; min-p keeps tokens whose probability is
    at least min_p times the largest. Rows with temperature 0 are tempered by 1 (they are greedy).
    """
    _check_parameters(temperature, top_k, top_p, min_p, repetition_penalty)
    vocab = logits.shape[1]
    x = _penalised(logits, repetition_penalty, prev_tokens)
    x = x / torch.where(temperature > 0, temperature, torch.ones_like(temperature))[:, None]
    minus_inf = torch.tensor(float("-inf"), device=x.device)

    ordered = x.sort(dim=-1, descending=True).values
    kth = ordered.gather(1, (top_k.clamp(1, vocab) - 1)[:, None])
    use_k = ((top_k > 0) & (top_k < vocab))[:, None]
    x = torch.where(use_k & (x < kth), minus_inf, x)

    ordered = x.sort(dim=-1, descending=True).values
    probs = torch.softmax(ordered, dim=-1)
    before = probs.cumsum(dim=-1) - probs
    cut = torch.where(before < top_p[:, None], ordered, float("inf")).min(dim=-1, keepdim=True).values
    x = torch.where((top_p < 1.0)[:, None] & (x < cut), minus_inf, x)

    probs = torch.softmax(x, dim=-1)
    floor = min_p[:, None] * probs.max(dim=-1, keepdim=True).values
    return torch.where((min_p > 0)[:, None] & (probs < floor), minus_inf, x)


def _check_parameters(temperature, top_k, top_p, min_p, repetition_penalty) -> None:
    checks = (
        (temperature >= 0, "temperature must be >= 0"),
        (top_k >= 0, "top_k must be >= 0"),
        ((top_p > 0) & (top_p <= 1), "top_p must be in (0, 1]"),
        ((min_p >= 0) & (min_p < 1), "min_p must be in [0, 1)"),
        (repetition_penalty > 0, "repetition_penalty must be > 0"),
    )
    for ok, message in checks:
        if not bool(ok.all()):
            raise ValueError(f"sample: {message}")


def sample_rows(
    logits: torch.Tensor,
    temperature: torch.Tensor,
    top_k: torch.Tensor,
    top_p: torch.Tensor,
    min_p: torch.Tensor,
    repetition_penalty: torch.Tensor,
    prev_tokens: torch.Tensor,
    uniforms: torch.Tensor,
) -> torch.Tensor:
    """The sampling operator on tensor arguments (see sampling_inputs); returns (B, 1) int64.

    Greedy rows (temperature 0) take the argmax of the penalised logits, lowest index on ties; the
    others invert the CDF of the filtered distribution at their uniform, summing in float64 in index order.
    """
    x = filtered_logits(logits, temperature, top_k, top_p, min_p, repetition_penalty, prev_tokens)
    weights = torch.exp(x - x.max(dim=-1, keepdim=True).values)
    cdf = weights.double().cumsum(dim=-1)
    drawn = torch.searchsorted(cdf, (uniforms.double() * cdf[:, -1])[:, None], right=True)
    last_kept = (weights > 0).cumsum(dim=-1).argmax(dim=-1, keepdim=True)  # first index reaching the final count
    drawn = torch.minimum(drawn, last_kept)
    greedy = _penalised(logits, repetition_penalty, prev_tokens).argmax(dim=-1, keepdim=True)
    return torch.where((temperature == 0)[:, None], greedy, drawn)


def sample(
    logits: torch.Tensor,
    temperature: PerRow = 1.0,
    top_k: PerRow = 0,
    top_p: PerRow = 1.0,
    min_p: PerRow = 0.0,
    repetition_penalty: PerRow = 1.0,
    prev_tokens: torch.Tensor | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Next token of each row of logits (B, V) -> (B, 1) int64; each parameter a scalar or a (B,) tensor.

    Order: repetition penalty on prev_tokens (B, T), greedy argmax where temperature is 0, else
    temperature, top-k, top-p, min-p and a draw with one uniform per row from generator.
    top_k=0, top_p=1.0, min_p=0.0 and repetition_penalty=1.0 switch a filter off.
    """
    return sample_rows(
        *sampling_inputs(logits, temperature, top_k, top_p, min_p, repetition_penalty, prev_tokens, generator)
    )
