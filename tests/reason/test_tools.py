"""Reasoning tools come from the registry: built-ins register theirs, a third-party plugin adds a mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from scipy.stats import norm

from plugins.api import ReasoningTool, hookimpl
from plugins.registry import PluginInfo, Registry

REPO = Path(__file__).resolve().parents[2]
SIXSIGMA = REPO / "examples" / "plugins" / "havoc-sixsigma"
BUILTIN_MODES = {
    "symbolic": ["calculus", "algebra", "linear_algebra", "unit_conversion"],
    "stats": ["probability", "hypothesis_test", "regression", "anova", "confidence_interval", "sample_size"],
    "doe": ["design"],
    "spc": ["control_chart", "capability"],
}


def havoc(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "havoc_cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def sixsigma_path(tmp_path_factory) -> dict[str, str]:
    """The example plugin on the path as an installed distribution (a dist-info with its entry point)."""
    root = tmp_path_factory.mktemp("sixsigma-site")
    dist = root / "havoc_sixsigma-0.2.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: havoc-sixsigma\nVersion: 0.2.0\n")
    (dist / "entry_points.txt").write_text("[havoc.plugins]\nsixsigma = havoc_sixsigma\n")
    path = os.pathsep.join([str(root), str(SIXSIGMA), str(REPO), os.environ.get("PYTHONPATH", "")])
    return {"PYTHONPATH": path}


def test_builtin_plugins_list_their_reasoning_tools():
    out = havoc("plugins", "--json")
    assert out.returncode == 0, out.stderr
    listed = {p["name"]: p["reasoning_tools"] for p in json.loads(out.stdout)["plugins"]}
    for plugin, modes in BUILTIN_MODES.items():
        assert listed[plugin] == modes


def test_a_third_party_plugin_adds_a_mode(sixsigma_path):
    out = havoc("reason", "what sigma level is 3.4 DPMO?", "--json", env=sixsigma_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["mode"] == "sigma_level" and doc["plan"] == "sigma_level dpmo=3.4"
    plan = next(s for s in doc["stages"] if s["name"] == "plan")
    assert plan["tool"] == "sixsigma"
    assert doc["result"]["sigma_level"] == pytest.approx(norm.isf(3.4e-6) + 1.5, rel=1e-12)
    assert doc["checks"] and all(c["passed"] for c in doc["checks"]) and doc["confidence"] > 0.8

    counted = havoc("reason", "12 defects in 500 units with 4 opportunities: sigma level?", "--json", env=sixsigma_path)
    result = json.loads(counted.stdout)["result"]
    assert result["sigma_level"] == pytest.approx(norm.isf(12 / 2000) + 1.5, rel=1e-12)


def test_without_the_plugin_the_mode_is_unknown_and_said_so():
    out = havoc("reason", "what sigma level is 3.4 DPMO?", "--json")
    assert out.returncode == 1
    doc = json.loads(out.stdout)
    assert doc["mode"] is None and "could not classify" in doc["answer"]
    assert "calculus (" in doc["answer"] and "capability (" in doc["answer"]  # what it can answer instead


def test_a_second_tool_of_the_same_mode_is_reported_and_skipped():
    registry = Registry()

    def plugin(name: str) -> ModuleType:
        module = ModuleType(name)

        @hookimpl
        def register_reasoning_tools(register):
            register(ReasoningTool(name="calculus", handler=f"{name}:plan", keywords=((r"derivative", 3),)))

        module.register_reasoning_tools = register_reasoning_tools
        return module

    first, second = PluginInfo("first", "x", "1", "first"), PluginInfo("second", "y", "1", "second")
    registry.add(plugin("first"), first)
    registry.add(plugin("second"), second)
    assert registry.reasoning_tools["calculus"].plugin == "first"
    assert first.reasoning_tools == ["calculus"] and not second.reasoning_tools
    assert "already registered by first" in second.problems[0]


def test_optional_parts_load_lazily():
    tool = ReasoningTool(name="m", handler="plugins.api.reasoning:Plan", audit="plugins.api.reasoning:close_check")
    assert tool.part("score") is None and tool.part("alternatives") is None
    assert tool.part("audit").__name__ == "close_check"
