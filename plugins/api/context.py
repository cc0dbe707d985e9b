"""The running study's state, shared by the verbs of one ``havoc doe run``, and typed accessors.

Accessors turn value nodes into Python values and raise StudyError pointing at the node when the
value is of the wrong type, so every plugin reports bad input the same way.
"""

from __future__ import annotations

import difflib
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plugins.api.errors import StudyError
from plugins.api.nodes import Boolean, ListValue, Name, Node, Number, String, UnaryOp, describe
from plugins.api.table import DataTable

if TYPE_CHECKING:
    import numpy as np

    from plugins.api.invocation import Invocation
    from plugins.api.results import Step
    from plugins.api.table import Column
    from plugins.registry import Registry


class Context:
    """State of one study run.

    ``variables`` holds ``let`` bindings as value nodes (math stays a tree until a plugin converts it);
    ``table`` is the current data table (``data``/``results``); ``state`` is for plugins, keyed by
    plugin name (``ctx.state["doe"]``); files go through ``output_path`` so a failing study leaves none.
    """

    def __init__(self, registry: Registry, base_dir: Path, out_dir: Path, staging_dir: Path) -> None:
        self.registry = registry
        self.base_dir = base_dir
        self.out_dir = out_dir
        self.staging_dir = staging_dir
        self.title: str | None = None
        self.seed: int | None = None
        self.variables: dict[str, Node] = {}
        self.table: DataTable | None = None
        self.state: dict[str, dict[str, Any]] = {}
        self.staged: dict[Path, Path] = {}  # final path -> staged path
        self.history: list[Step] = []  # the steps run so far, in order (for reports)

    # ---- files -------------------------------------------------------------------------------
    def input_path(self, node: Node) -> Path:
        """A readable file named by a string node, relative to the study file's folder."""
        path = self.base_dir / self.string(node)
        if not path.is_file():
            raise StudyError(f"file not found: {path}", node, hint="paths are relative to the study file's folder")
        return path

    def output_path(self, node: Node | str) -> Path:
        """Where to write an output named by a node (or a plain file name); returns a staging path.

        The file reaches its final place (relative to ``--out``) only when the whole study succeeds.
        """
        name = node if isinstance(node, str) else self.string(node)
        final = (self.out_dir / name).resolve()
        staged = self.staging_dir / f"{len(self.staged):03d}_{Path(name).name}"
        self.staged[final] = staged
        return staged

    def final_path(self, staged: Path) -> Path:
        """Where a staged output will land when the study succeeds."""
        for final, path in self.staged.items():
            if path == staged:
                return final
        raise KeyError(staged)

    # ---- typed accessors ---------------------------------------------------------------------
    def resolve(self, node: Node) -> Node:
        """Follow ``let`` bindings: a Name bound by ``let`` becomes its value node."""
        seen = set()
        while isinstance(node, Name) and node.id in self.variables and node.id not in seen:
            seen.add(node.id)
            node = self.variables[node.id]
        return node

    def string(self, node: Node) -> str:
        value = self.resolve(node)
        if isinstance(value, String):
            return value.value
        raise StudyError(f"expected a string in quotes, found {describe(node)}", node)

    def name(self, node: Node) -> str:
        if isinstance(node, Name):
            return node.id
        raise StudyError(f"expected a name, found {describe(node)}", node)

    def boolean(self, node: Node) -> bool:
        value = self.resolve(node)
        if isinstance(value, Boolean):
            return value.value
        raise StudyError(f"expected true or false, found {describe(node)}", node)

    def decimal(self, node: Node) -> Decimal:
        value = self.resolve(node)
        if isinstance(value, Number):
            return value.decimal
        if isinstance(value, UnaryOp) and isinstance(value.operand, Number):
            return -value.operand.decimal if value.op == "-" else value.operand.decimal
        raise StudyError(f"expected a number, found {describe(node)}", node)

    def number(self, node: Node) -> float:
        return float(self.decimal(node))

    def integer(self, node: Node, minimum: int | None = None) -> int:
        value = self.decimal(node)
        if value != value.to_integral_value():
            raise StudyError(f"expected a whole number, found {value}", node)
        if minimum is not None and value < minimum:
            raise StudyError(f"expected a whole number of at least {minimum}, found {value}", node)
        return int(value)

    def fraction_option(self, inv: Invocation, name: str, default: float) -> float:
        """The ``name=`` option (alpha, conf, confidence ...) strictly between 0 and 1, or ``default``."""
        node = inv.keyword(name)
        if node is None:
            return default
        value = self.number(node)
        if not 0 < value < 1:
            raise StudyError(f"{name} must lie between 0 and 1, found {value:g}", node, hint=f"e.g. {name}={default:g}")
        return value

    def decimals(self, node: Node) -> list[Decimal]:
        """Exact numbers from a list literal, a ``let`` list, or a data column name."""
        value = self.resolve(node)
        if isinstance(value, ListValue):
            return [self.decimal(item) for item in value.items]
        if isinstance(value, Name):
            column = self.column(value)
            try:
                return column.decimals()
            except ValueError as exc:
                raise StudyError(str(exc), node) from None
        raise StudyError(f"expected a list of numbers or a column name, found {describe(node)}", node)

    def numbers(self, node: Node) -> np.ndarray:
        """Float array from a list literal, a ``let`` list, or a data column name."""
        import numpy as np

        return np.array([float(d) for d in self.decimals(node)], dtype=float)

    def column(self, node: Name) -> Column:
        """The data table's column named by ``node``; suggests the nearest column name."""
        if self.table is None:
            raise StudyError(
                f"'{node.id}' is not defined: no 'let' binds it and no data table is loaded",
                node,
                hint='load a table first with: data "file.csv"',
            )
        if node.id not in self.table.columns:
            names = list(self.table.columns) + list(self.variables)
            near = difflib.get_close_matches(node.id, names, n=1)
            raise StudyError(
                f"unknown name '{node.id}'",
                node,
                hint=f"did you mean '{near[0]}'?" if near else f"columns are: {', '.join(self.table.columns)}",
            )
        return self.table.columns[node.id]

    def plugin_state(self, plugin: str) -> dict[str, Any]:
        """The mutable state dict a plugin keeps across statements of one study."""
        return self.state.setdefault(plugin, {})
