"""The progress bar on stderr: one line per suite, items done, running pass rate, time."""

from __future__ import annotations

from types import TracebackType

from havoc_cli.evals.records import ItemRecord


class ProgressBar:
    """A rich progress display on stderr (``enabled=False`` draws nothing)."""

    def __init__(self, enabled: bool = True) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("passed {task.fields[passed]}/{task.completed}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not enabled,
        )
        self._task = None
        self._passed = 0

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._progress.stop()

    def begin(self, name: str, total: int) -> None:
        """Start a suite's line."""
        self._passed = 0
        self._task = self._progress.add_task(name, total=total, passed=0)

    def advance(self, record: ItemRecord) -> None:
        """One item done."""
        self._passed += record.passed
        self._progress.update(self._task, advance=1, passed=self._passed)
