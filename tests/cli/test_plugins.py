"""The registry through the real CLI: discovery, third-party plugins, broken plugins, filters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PLUGIN = REPO / "examples" / "plugins" / "havoc-sixsigma"


def havoc(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "havoc_cli", *args], capture_output=True, text=True, env=full_env, cwd=cwd, timeout=120
    )


def with_path(extra: Path) -> dict[str, str]:
    return {"PYTHONPATH": os.pathsep.join([str(extra), str(REPO), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(scope="module")
def installed_example(tmp_path_factory) -> Path:
    """pip-install the example third-party plugin into a private target folder."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(EXAMPLE_PLUGIN),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return target


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    """A distribution whose plugin module raises on import."""
    dist = tmp_path / "broken_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[havoc.plugins]\nbroken = broken_mod\n")
    (tmp_path / "broken_mod.py").write_text("raise RuntimeError('this plugin is broken on purpose')\n")
    return tmp_path


def test_builtin_plugins_are_listed_with_distribution_and_registrations():
    out = havoc("plugins", "--json")
    assert out.returncode == 0, out.stderr
    plugins = {p["name"]: p for p in json.loads(out.stdout)["plugins"]}
    core = plugins["core"]
    assert core["distribution"] == "havoc" and core["builtin"] and core["error"] is None
    assert {"study", "seed", "let", "data", "plot"} <= set(core["verbs"])


def test_third_party_plugin_adds_a_verb_used_from_a_study(installed_example, tmp_path):
    listing = json.loads(havoc("plugins", "--json", env=with_path(installed_example)).stdout)
    sixsigma = next(p for p in listing["plugins"] if p["name"] == "sixsigma")
    assert sixsigma["distribution"] == "havoc-sixsigma" and sixsigma["version"] == "0.2.0"
    assert sixsigma["verbs"] == ["sigma_level"] and not sixsigma["builtin"]

    study = tmp_path / "sigma.doe"
    study.write_text('study "Sigma"\nsigma_level dpmo=3.4\nsigma_level defects=1350 units=1000000 shift=0\n')
    run = havoc("doe", "run", str(study), "--json", env=with_path(installed_example))
    assert run.returncode == 0, run.stderr
    steps = [s for s in json.loads(run.stdout)["steps"] if s["verb"] == "sigma_level"]
    assert steps[0]["plugin"] == "sixsigma"
    assert steps[0]["result"]["sigma_level"] == pytest.approx(6.0, abs=1e-3)  # the textbook 3.4 DPMO
    assert steps[1]["result"]["sigma_level"] == pytest.approx(3.0, abs=1e-3)  # 1350 ppm one-sided at 3 sigma


def test_load_filter_can_exclude_third_party_plugins(installed_example, tmp_path):
    study = tmp_path / "sigma.doe"
    study.write_text("sigma_level dpmo=3.4\n")
    run = havoc("doe", "run", str(study), env={**with_path(installed_example), "HAVOC_LOAD_PLUGINS": ""})
    assert run.returncode == 2
    assert "unknown verb 'sigma_level'" in run.stderr
    names = [
        p["name"]
        for p in json.loads(
            havoc("plugins", "--json", env={**with_path(installed_example), "HAVOC_LOAD_PLUGINS": ""}).stdout
        )["plugins"]
    ]
    assert "sixsigma" not in names and "core" in names


def test_a_broken_plugin_is_reported_and_skipped(broken_plugin, tmp_path):
    listing = havoc("plugins", "--json", env=with_path(broken_plugin))
    assert listing.returncode == 0
    broken = next(p for p in json.loads(listing.stdout)["plugins"] if p["name"] == "broken")
    assert "this plugin is broken on purpose" in broken["error"]
    study = tmp_path / "ok.doe"
    study.write_text('study "still works"\n')
    assert havoc("doe", "run", str(study), env=with_path(broken_plugin)).returncode == 0


def test_strict_mode_makes_a_broken_plugin_fatal(broken_plugin):
    out = havoc("plugins", env={**with_path(broken_plugin), "HAVOC_STRICT_PLUGINS": "1"})
    assert out.returncode == 1
    assert "plugin 'broken' failed to load" in out.stderr


def test_help_imports_no_heavy_engine():
    code = (
        "import sys\nfrom havoc_cli.app import main\nsys.argv=['havoc','--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('torch','faiss','statsmodels','scipy','sympy','matplotlib','numpy','pandas') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "HEAVY=\n" in out.stdout or out.stdout.strip().endswith("HEAVY="), out.stdout


def test_version_and_module_entry_point():
    out = havoc("--version")
    assert out.returncode == 0 and out.stdout.startswith("havoc ")
