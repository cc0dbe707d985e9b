"""Several server processes (``havoc serve --workers N``): each uvicorn worker builds its own engine.

The parent resolves the options once and hands them to the workers through the environment;
uvicorn imports ``app_from_environment`` in every worker process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

WORKER_OPTIONS = "HAVOC_SERVE_WORKER_OPTIONS"
FACTORY = "havoc_cli.server.workers:app_from_environment"


def export_options(**options: Any) -> None:
    """Record the options every worker builds its app from (paths made absolute)."""
    checkpoint = options.get("checkpoint")
    options["checkpoint"] = str(Path(checkpoint).resolve()) if checkpoint else None
    os.environ[WORKER_OPTIONS] = json.dumps(options)


def app_from_environment():
    """The app of one worker process: its own model, engine and request queue."""
    import torch

    from havoc_cli.server.app import create_app
    from havoc_cli.server.loading import load_state

    options = json.loads(os.environ[WORKER_OPTIONS])
    if options["threads"] > 0:
        torch.set_num_threads(options["threads"])
    checkpoint = Path(options["checkpoint"]) if options["checkpoint"] else None
    index = Path(options["index"]) if options.get("index") else None
    state = load_state(checkpoint, options["max_batch"], options["max_queue"], options["max_body"], index_dir=index)
    return create_app(state, options["api_key"], options["cors"])
