"""``havoc plugins``: what the registry found, and where from."""

from __future__ import annotations

from typing import Annotated

import typer

from havoc_cli.console import print_json, stderr_console


def plugins(json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False) -> None:
    """List the plugins found, where they come from, and what each registered.

    Plugins are entry points of the havoc.plugins group. HAVOC_LOAD_PLUGINS=a,b limits the
    third-party ones that load; HAVOC_STRICT_PLUGINS=1 makes a broken plugin fatal.
    """
    from plugins.registry import get_registry

    registry = get_registry()
    if json:
        print_json({"plugins": [p.to_dict() for p in registry.plugins]})
        return
    from rich.table import Table

    table = Table(title="havoc plugins", title_justify="left")
    for column in ("plugin", "distribution", "version", "registered"):
        table.add_column(column)
    for info in registry.plugins:
        if info.error:
            what = f"[red]failed to load: {info.error}[/red]"
        else:
            parts = []
            if info.verbs:
                parts.append("verbs: " + ", ".join(info.verbs))
            if info.kinds:
                parts.append("kinds: " + ", ".join(info.kinds))
            if info.functions:
                parts.append(f"functions: {len(info.functions)}")
            if info.embedders:
                parts.append("embedders: " + ", ".join(info.embedders))
            if info.reasoning_tools:
                parts.append("reasoning tools: " + ", ".join(info.reasoning_tools))
            if info.commands:
                parts.append("commands")
            parts.extend(f"[yellow]{p}[/yellow]" for p in info.problems)
            what = "\n".join(parts) or "(nothing)"
        table.add_row(info.name, info.distribution, info.version, what)
    stderr_console().print(table)
