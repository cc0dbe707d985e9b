"""The model's shape, as one dataclass, and where named shapes (configs/model/*.yaml) come from."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

CONFIG_ROOT = Path(__file__).resolve().parents[2] / "configs"


@dataclass(frozen=True)
class ModelConfig:
    """A decoder-only transformer (Llama family): pre-norm RMSNorm, RoPE, GQA attention, SwiGLU MLP."""

    d_model: int = 192
    n_layers: int = 4
    n_heads: int = 4
    n_kv_heads: int = 2  # grouped-query attention: n_heads / n_kv_heads query heads share one K/V head
    d_mlp: int = 512
    vocab_size: int = 4096
    context: int = 256
    tie_embeddings: bool = True
    dropout: float = 0.0
    rope_theta: float = 10000.0
    norm_eps: float = 1e-5

    def __post_init__(self) -> None:
        if self.d_model % self.n_heads:
            raise ValueError(f"d_model={self.d_model} is not a multiple of n_heads={self.n_heads}")
        if self.n_heads % self.n_kv_heads:
            raise ValueError(f"n_heads={self.n_heads} is not a multiple of n_kv_heads={self.n_kv_heads}")
        if self.head_dim % 2:
            raise ValueError(f"head_dim={self.head_dim} must be even for rotary embeddings")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    def replace(self, **changes) -> ModelConfig:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> ModelConfig:
        """Build from a mapping, rejecting unknown keys with the list of known ones."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown model setting(s) {unknown}; known: {sorted(known)}")
        return cls(**values)

    def parameter_count(self) -> int:
        """Exact number of parameters, by formula (agrees with the built module)."""
        d, kv = self.d_model, self.n_kv_heads * self.head_dim
        attention = 2 * d * d + 2 * d * kv
        mlp = 3 * d * self.d_mlp
        per_layer = attention + mlp + 2 * d  # two RMSNorm weights
        embeddings = self.vocab_size * d * (1 if self.tie_embeddings else 2)
        return embeddings + self.n_layers * per_layer + d  # final norm


def yaml_load(text: str):
    """Safe YAML where 3e-4 is a float too (YAML 1.1 wants 3.0e-4 and would read a string)."""
    import re

    import yaml

    class Loader(yaml.SafeLoader):
        pass

    number = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")
    Loader.add_implicit_resolver("tag:yaml.org,2002:float", number, list("-+0123456789."))
    Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:float" or rx is number]
        for key, resolvers in Loader.yaml_implicit_resolvers.items()
    }
    return yaml.load(text, Loader=Loader)


def model_names() -> list[str]:
    """The named shapes under configs/model/."""
    return sorted(p.stem for p in (CONFIG_ROOT / "model").glob("*.yaml"))


def load_model_config(name_or_path: str) -> ModelConfig:
    """A named shape (``tiny``) from configs/model/, or a YAML/JSON file path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = CONFIG_ROOT / "model" / f"{name_or_path}.yaml"
    if not path.is_file():
        raise ValueError(f"no model config {name_or_path!r}; known names: {', '.join(model_names())}")
    text = path.read_text(encoding="utf-8")
    values = json.loads(text) if path.suffix == ".json" else yaml_load(text)
    return ModelConfig.from_dict(values or {})
