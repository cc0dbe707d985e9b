"""Export a checkpoint as a Hugging Face LlamaForCausalLM directory (config.json + model.safetensors).

The module names follow Llama's and RoPE rotates split halves as Llama does, so the export prefixes
``model.``, splits the fused projections (``qkv_proj`` into q/k/v, ``gate_up_proj`` into gate/up) and
writes the matching config; no weight is permuted.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from plugins.model.checkpoint import Checkpoint


def hf_config(checkpoint: Checkpoint, bos_id: int | None = None, eos_id: int | None = None) -> dict:
    """The LlamaConfig fields describing this model."""
    c = checkpoint.config
    return {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "vocab_size": c.vocab_size,
        "hidden_size": c.d_model,
        "intermediate_size": c.d_mlp,
        "num_hidden_layers": c.n_layers,
        "num_attention_heads": c.n_heads,
        "num_key_value_heads": c.n_kv_heads,
        "head_dim": c.head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": c.context,
        "rms_norm_eps": c.norm_eps,
        "rope_theta": c.rope_theta,
        "rope_parameters": {"rope_type": "default", "rope_theta": c.rope_theta},
        "tie_word_embeddings": c.tie_embeddings,
        "attention_bias": False,
        "mlp_bias": False,
        "attention_dropout": 0.0,
        "torch_dtype": "float32",
        "bos_token_id": bos_id,
        "eos_token_id": eos_id,
    }


def _llama_pieces(name: str, weight, config) -> list[tuple[str, object]]:
    """One of our weights as Llama's: fused projections split by rows, everything else as it is."""
    if name.endswith("self_attn.qkv_proj.weight"):
        q_rows, kv_rows = config.n_heads * config.head_dim, config.n_kv_heads * config.head_dim
        parts = weight.split([q_rows, kv_rows, kv_rows])
        prefix = name.removesuffix("qkv_proj.weight")
        return [(f"{prefix}{p}_proj.weight", w) for p, w in zip("qkv", parts, strict=True)]
    if name.endswith("mlp.gate_up_proj.weight"):
        prefix = name.removesuffix("gate_up_proj.weight")
        return [
            (f"{prefix}gate_proj.weight", weight[: config.d_mlp]),
            (f"{prefix}up_proj.weight", weight[config.d_mlp :]),
        ]
    return [(name, weight)]


def hf_weights(checkpoint: Checkpoint) -> dict:
    """Weights under Llama's names: the decoder under ``model.``, the output head as ``lm_head``."""
    out = {}
    for name, weight in checkpoint.weights.items():
        for piece, value in _llama_pieces(name, weight, checkpoint.config):
            out[piece if piece == "lm_head.weight" else f"model.{piece}"] = value.contiguous()
    return out


def export_hf(checkpoint: Checkpoint, out_dir: Path) -> Path:
    """Write config.json, model.safetensors and (when the checkpoint has one) a copy of the tokenizer."""
    from safetensors.torch import save_file

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    bos = eos = None
    if checkpoint.tokenizer_dir is not None:
        from plugins.model.tokenizer import Tokenizer

        tokenizer = Tokenizer.load(checkpoint.tokenizer_dir)
        bos, eos = tokenizer.bos_id, tokenizer.eos_id
        shutil.copytree(checkpoint.tokenizer_dir, out_dir / "tokenizer", dirs_exist_ok=True)
    (out_dir / "config.json").write_text(json.dumps(hf_config(checkpoint, bos, eos), indent=2))
    save_file(hf_weights(checkpoint), str(out_dir / "model.safetensors"), metadata={"format": "pt"})
    return out_dir
