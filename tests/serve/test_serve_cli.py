"""``havoc serve`` start-up: what it serves when there is no checkpoint, and when there is nothing at all."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import uvicorn
from starlette.testclient import TestClient
from typer.testing import CliRunner

from havoc_cli.app import app

runner = CliRunner()


def test_no_checkpoint_and_no_tokenizer_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "havoc train" in result.output


def test_missing_checkpoint_dir_exits_2(tmp_path):
    result = runner.invoke(app, ["serve", "--checkpoint", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "no checkpoint" in result.output


def test_random_weights_are_announced_and_served(tmp_path, monkeypatch, tokenizer_dir):
    shutil.copytree(tokenizer_dir, tmp_path / "runs" / "only-tokenizer" / "tokenizer")
    monkeypatch.chdir(tmp_path)
    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.update(app=app, **kwargs))
    result = runner.invoke(app, ["serve", "--port", "8123", "--api-key", "k"])
    assert result.exit_code == 0, result.output
    assert "RANDOM weights" in result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8123
    with TestClient(served["app"]) as client:
        assert client.get("/health").json()["model"] == "havoc-tiny-random"
        assert client.get("/v1/models").status_code == 401
        ok = client.post(
            "/completion", json={"prompt": "mean", "max_new_tokens": 3}, headers={"Authorization": "Bearer k"}
        )
        assert ok.status_code == 200 and ok.json()["usage"]["prompt_tokens"] > 0


def test_help_lists_serve_without_importing_the_server():
    code = "import sys, havoc_cli.app; print(any(m.startswith(('starlette', 'uvicorn', 'torch')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert "serve" in runner.invoke(app, ["--help"]).output


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_workers_serve_from_several_processes(tmp_path, tokenizer_dir):
    shutil.copytree(tokenizer_dir, tmp_path / "runs" / "only-tokenizer" / "tokenizer")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "havoc_cli", "serve", "--workers", "2", "--port", str(port)]
    server = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            raise AssertionError("the server did not come up")
        replies = [
            httpx.post(f"http://127.0.0.1:{port}/completion", json={"prompt": "mean", "max_new_tokens": 2}, timeout=30)
            for _ in range(4)
        ]
        assert all(r.status_code == 200 for r in replies)
        assert len(_children(server.pid)) >= 2  # the supervisor and its worker processes
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
