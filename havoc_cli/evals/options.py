"""How a run was asked for on the command line (shared by the runner and the task types)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

from havoc_cli.evals.thresholds import Threshold


@dataclass(frozen=True)
class Options:
    """``--seed``, ``--limit``, ``--url``, ``--checkpoint``, ``--category`` and ``--fail-under``."""

    seed: int = 0
    limit: int | None = None
    url: str | None = None
    checkpoint: Path | None = None
    categories: tuple[str, ...] = ()
    fail_under: tuple[Threshold, ...] = field(default_factory=tuple)

    def item_seed(self, item_id: str) -> int:
        """A per-item seed from --seed and the item's id: stable whichever other items run."""
        return zlib.crc32(f"{self.seed}:{item_id}".encode())
