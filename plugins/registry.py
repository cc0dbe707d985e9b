"""Plugin discovery and the registry of verbs, kinds, functions, embedders and reasoning tools.

Every plugin, built-in or third-party, is an entry point in the ``havoc.plugins`` group. A plugin that
fails to import is recorded with its error and skipped (``HAVOC_STRICT_PLUGINS=1`` makes that fatal);
``HAVOC_LOAD_PLUGINS=a,b`` limits which third-party entry points load ('' loads only the built-ins).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any

import pluggy

from plugins.api import hooks
from plugins.api.specs import Embedder, Function, Kind, ReasoningTool, Verb

GROUP = "havoc.plugins"
BUILTIN_DISTRIBUTION = "havoc"


class PluginLoadError(RuntimeError):
    """Raised for a broken plugin when HAVOC_STRICT_PLUGINS=1."""


@dataclass
class PluginInfo:
    name: str
    distribution: str
    version: str
    module: str
    verbs: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    embedders: list[str] = field(default_factory=list)
    reasoning_tools: list[str] = field(default_factory=list)
    commands: bool = False
    error: str | None = None
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "distribution": self.distribution,
            "version": self.version,
            "module": self.module,
            "builtin": self.distribution == BUILTIN_DISTRIBUTION,
            "verbs": self.verbs,
            "kinds": self.kinds,
            "functions": self.functions,
            "embedders": self.embedders,
            "reasoning_tools": self.reasoning_tools,
            "error": self.error,
            "problems": self.problems,
        }


class Registry:
    """What the loaded plugins registered, looked up by name."""

    def __init__(self) -> None:
        self.manager = pluggy.PluginManager(hooks.PROJECT)
        self.manager.add_hookspecs(hooks)
        self.plugins: list[PluginInfo] = []
        self.verbs: dict[str, Verb] = {}
        self.kinds: dict[str, dict[str, Kind]] = {}
        self.functions: dict[str, Function] = {}
        self.embedders: dict[str, Embedder] = {}
        self.reasoning_tools: dict[str, ReasoningTool] = {}  # by mode, in registration order

    # ---- loading -----------------------------------------------------------------------------
    def load_entry_points(self) -> None:
        """Discover and register every plugin of the ``havoc.plugins`` group."""
        strict = os.environ.get("HAVOC_STRICT_PLUGINS", "") not in ("", "0")
        wanted = os.environ.get("HAVOC_LOAD_PLUGINS")
        allowed = None if wanted is None else {w.strip() for w in wanted.split(",") if w.strip()}
        points = sorted(entry_points(group=GROUP), key=_builtin_first)
        for point in points:
            dist = point.dist.name if point.dist else "?"
            if allowed is not None and dist != BUILTIN_DISTRIBUTION and point.name not in allowed:
                continue
            info = PluginInfo(point.name, dist, point.dist.version if point.dist else "?", point.value)
            self.plugins.append(info)
            try:
                module = point.load()
            except Exception as exc:  # a broken plugin must not take havoc down
                info.error = f"{type(exc).__name__}: {exc}"
                if strict:
                    raise PluginLoadError(f"plugin '{point.name}' failed to load: {info.error}") from exc
                continue
            self.add(module, info)

    def add(self, module: ModuleType | object, info: PluginInfo) -> None:
        """Register one plugin object and collect what its hooks register."""
        self.manager.register(module, name=info.name)
        others = [p for p in self.manager.get_plugins() if p is not module]
        for hook_name, store in (
            ("register_verbs", self._add_verb),
            ("register_kinds", self._add_kind),
            ("register_functions", self._add_function),
            ("register_embedders", self._add_embedder),
            ("register_reasoning_tools", self._add_reasoning_tool),
        ):
            only_this = self.manager.subset_hook_caller(hook_name, remove_plugins=others)
            only_this(register=_bound(store, info))
        info.commands = any(impl.plugin is module for impl in self.manager.hook.register_commands.get_hookimpls())

    def _add_verb(self, verb: Verb, info: PluginInfo) -> None:
        if verb.name in self.verbs:
            info.problems.append(f"verb '{verb.name}' already registered by {self.verbs[verb.name].plugin}; skipped")
            return
        object.__setattr__(verb, "plugin", info.name)
        self.verbs[verb.name] = verb
        info.verbs.append(verb.name)

    def _add_kind(self, kind: Kind, info: PluginInfo) -> None:
        family = self.kinds.setdefault(kind.family, {})
        if kind.name in family:
            info.problems.append(
                f"{kind.family} '{kind.name}' already registered by {family[kind.name].plugin}; skipped"
            )
            return
        object.__setattr__(kind, "plugin", info.name)
        family[kind.name] = kind
        info.kinds.append(f"{kind.family}:{kind.name}")

    def _add_function(self, function: Function, info: PluginInfo) -> None:
        if function.name in self.functions:
            info.problems.append(f"function '{function.name}' already registered; skipped")
            return
        object.__setattr__(function, "plugin", info.name)
        self.functions[function.name] = function
        info.functions.append(function.name)

    def _add_embedder(self, embedder: Embedder, info: PluginInfo) -> None:
        if embedder.name in self.embedders:
            info.problems.append(
                f"embedder '{embedder.name}' already registered by {self.embedders[embedder.name].plugin}; skipped"
            )
            return
        object.__setattr__(embedder, "plugin", info.name)
        self.embedders[embedder.name] = embedder
        info.embedders.append(embedder.name)

    def _add_reasoning_tool(self, tool: ReasoningTool, info: PluginInfo) -> None:
        if tool.name in self.reasoning_tools:
            info.problems.append(
                f"reasoning tool '{tool.name}' already registered by {self.reasoning_tools[tool.name].plugin}; skipped"
            )
            return
        object.__setattr__(tool, "plugin", info.name)
        self.reasoning_tools[tool.name] = tool
        info.reasoning_tools.append(tool.name)

    # ---- look-ups ----------------------------------------------------------------------------
    def kinds_of(self, family: str) -> dict[str, Kind]:
        return self.kinds.get(family, {})

    def add_commands(self, app: object) -> None:
        """Let plugins add CLI sub-commands to ``app``."""
        self.manager.hook.register_commands(app=app)


def _builtin_first(point: EntryPoint) -> tuple[int, str]:
    dist = point.dist.name if point.dist else ""
    return (0 if dist == BUILTIN_DISTRIBUTION else 1, point.name)


def _bound(store: Callable[[Any, PluginInfo], None], info: PluginInfo) -> Callable[[Any], None]:
    def register(item: Any) -> None:
        store(item, info)

    return register


_REGISTRY: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, loaded on first use."""
    global _REGISTRY
    if _REGISTRY is None:
        registry = Registry()
        registry.load_entry_points()
        _REGISTRY = registry
    return _REGISTRY
