"""Terminal rendering of result objects as rich tables (on stderr: stdout is for data)."""

from __future__ import annotations

from typing import Any

from plugins.api.results import Result, Table


def _cell(value: Any) -> str:
    """A cell as plain text; rich markup in it is escaped, so '[x, y]' prints as written."""
    from rich.markup import escape

    if isinstance(value, float):
        return f"{value:.6g}"
    if value is None:
        return ""
    return escape(str(value))


def rich_table(table: Table):
    from rich.table import Table as RichTable

    out = RichTable(title=_cell(table.title), title_justify="left", show_lines=False)
    for column in table.columns:
        out.add_column(_cell(column))
    for row in table.rows:
        out.add_row(*(_cell(v) for v in row))
    return out


def render_result(console, heading: str, result: Result) -> None:
    """Print one step: a heading, its tables, its summary and notes."""
    console.print(f"[bold]{_cell(heading)}[/bold]")
    for table in result.tables:
        console.print(rich_table(table))
    if not result.tables and not result.summary and result.data and result.kind not in ("let", "seed", "study"):
        pairs = [[k, _cell(v)] for k, v in result.data.items() if not isinstance(v, (list, dict))]
        if pairs:
            console.print(rich_table(Table("", ["", "value"], pairs)))
    if result.summary:
        console.print(_cell(result.summary))
    for note in result.notes:
        console.print(f"[yellow]note:[/yellow] {_cell(note)}")
    for path in result.outputs:
        console.print(f"wrote {_cell(path)}")
