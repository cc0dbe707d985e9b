"""Training settings: a YAML file under configs/train/, deep-merged over the default, with ``--set`` overrides."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from plugins.model.config import CONFIG_ROOT, yaml_load

DEFAULT_TRAIN = CONFIG_ROOT / "train" / "default.yaml"


def _read_yaml(path: Path) -> dict:
    values = yaml_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(values, dict):
        raise ValueError(f"{path}: expected a mapping of settings")
    return values


def _merge(base: dict, changes: dict, where: str = "") -> dict:
    """``changes`` over ``base``, refusing keys the default does not know (a typo would be silently ignored)."""
    merged = copy.deepcopy(base)
    for key, value in changes.items():
        name = f"{where}{key}"
        if key not in merged:
            raise ValueError(f"unknown setting {name!r}; known here: {', '.join(sorted(merged))}")
        if isinstance(merged[key], dict):
            if not isinstance(value, dict):
                raise ValueError(
                    f"setting {name!r} is a section; set one of its keys, e.g. {name}.{next(iter(merged[key]))}"
                )
            merged[key] = _merge(merged[key], value, f"{name}.")
        else:
            merged[key] = value
    return merged


def parse_override(text: str) -> dict:
    """``optim.lr=3e-4`` as a nested mapping; the value is read as YAML (numbers, booleans, null, strings)."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"--set {text!r}: expected section.key=value, e.g. optim.lr=3e-4")
    value: Any = yaml_load(raw) if raw.strip() else ""
    for part in reversed(key.strip().split(".")):
        value = {part: value}
    return value


def resolve_settings(base: dict | None = None, config_path: Path | None = None, overrides: list[str] = ()) -> dict:
    """The default settings, then ``base`` (e.g. a checkpoint's), then a config file, then each override."""
    settings = _read_yaml(DEFAULT_TRAIN)
    if base is not None:
        settings = _merge(settings, base)
    if config_path is not None:
        settings = _merge(settings, _read_yaml(config_path))
    for text in overrides:
        settings = _merge(settings, parse_override(text))
    return settings
