"""Export a checkpoint as a Hugging Face LlamaForCausalLM directory (config.json + model.safetensors).

The module names already follow Llama's and RoPE rotates split halves as Llama does, so the export
only prefixes ``model.`` and writes the matching config; no weight is permuted.
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


def hf_weights(checkpoint: Checkpoint) -> dict:
    """Weights under Llama's names: the decoder under ``model.``, the output head as ``lm_head``."""
    return {(k if k == "lm_head.weight" else f"model.{k}"): v.contiguous() for k, v in checkpoint.weights.items()}


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
