"""Reason suites against a live server (POST /v1/reason, stream=false) give what the local pipeline gives."""

from __future__ import annotations

from pathlib import Path

from tests.evals.evalkit import run_eval

REASON = Path(__file__).resolve().parents[2] / "examples" / "evals" / "reason.yaml"


def test_remote_reason_matches_local(server_url, tmp_path):
    args = ("--json", "--limit", "8", "--seed", "5")
    remote = run_eval(REASON, *args, "--url", server_url, "--out", tmp_path / "remote")
    local = run_eval(REASON, *args, "--out", tmp_path / "local")
    assert remote.exit_code == local.exit_code == 0, remote.stderr
    (r,), (loc,) = remote.json["suites"], local.json["suites"]
    assert [i["id"] for i in r["items"]] == [i["id"] for i in loc["items"]]
    for a, b in zip(r["items"], loc["items"], strict=True):
        assert a["passed"] == b["passed"] and a["output"]["result"] == b["output"]["result"]
    assert r["metrics"] == loc["metrics"]
