"""Training records: metrics.jsonl (one JSON object per line), the loss-curve PNG and the progress bar."""

from __future__ import annotations

import json
from pathlib import Path


class MetricsLog:
    """Append-only JSONL of training and validation records for one run."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def append(self, record: dict) -> None:
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")

    def records(self) -> list[dict]:
        if not self.path.is_file():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def truncate_after(self, step: int) -> None:
        """Forget records past ``step`` (a resumed run writes them again)."""
        kept = [r for r in self.records() if r["step"] <= step]
        self.path.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")

    def plot(self, png: Path, reference: float | None = None) -> Path:
        """Training and validation loss against step, with the unigram entropy as a reference line."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        records = self.records()
        fig, ax = plt.subplots(figsize=(7, 4))
        for split, style in (("train", "-"), ("val", "o-")):
            points = [(r["step"], r["loss"]) for r in records if r["split"] == split]
            if points:
                ax.plot(*zip(*points, strict=True), style, label=f"{split} loss", markersize=4)
        if reference is not None:
            ax.axhline(reference, color="grey", linestyle="--", label="unigram entropy")
        ax.set_xlabel("step")
        ax.set_ylabel("loss (nats/token)")
        ax.legend()
        ax.grid(alpha=0.3)
        fig.tight_layout()
        fig.savefig(png, dpi=110)
        plt.close(fig)
        return png


def progress_bar(enabled: bool):
    """A rich progress bar on stderr: steps, loss, tokens/s and the time left (a no-op when disabled)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("train"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]:.3f}  {task.fields[tps]:,.0f} tok/s"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=False,
    )
