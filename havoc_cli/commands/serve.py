"""``havoc serve``: the HTTP API (native and OpenAI-compatible) over the newest trained checkpoint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.checkpoints import CheckpointOption
from havoc_cli.console import EXIT_USAGE, error


def serve(
    checkpoint: CheckpointOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=0, max=65535)] = 8000,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="HAVOC_API_KEY", help="Require 'Authorization: Bearer KEY'.")
    ] = None,
    max_batch: Annotated[int, typer.Option("--max-batch", help="Requests decoded together.", min=1)] = 16,
    max_queue: Annotated[
        int, typer.Option("--max-queue", help="Requests waiting beyond a full batch before 429.", min=0)
    ] = 64,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body in bytes (413 beyond).", min=1)] = 1
    << 20,
    cors: Annotated[
        str | None, typer.Option("--cors", help="Comma-separated origins allowed by CORS (e.g. http://localhost:3000).")
    ] = None,
    threads: Annotated[int, typer.Option("--threads", help="torch CPU threads (0: torch's default).", min=0)] = 1,
    workers: Annotated[
        int, typer.Option("--workers", help="Server processes, each with its own model and batching engine.", min=1)
    ] = 1,
    index: Annotated[
        Path | None,
        typer.Option(
            "--index",
            help="Document index for /v1/retrieve and reasoning (default: $HAVOC_INDEX or runs/index when built).",
        ),
    ] = None,
) -> None:
    """Serve the model over HTTP: /completion, /chat, OpenAI-compatible /v1/*, /metrics, /openapi.json."""
    import torch
    import uvicorn

    from havoc_cli.server.app import create_app
    from havoc_cli.server.loading import LoadError, load_state, serving_index
    from plugins.model.checkpoint import newest_checkpoint

    if threads > 0:
        torch.set_num_threads(threads)
    try:
        index_dir = serving_index(index)
        state = load_state(checkpoint, max_batch, max_queue, max_body, index_dir=index_dir)
    except LoadError as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    origins = [o.strip() for o in cors.split(",") if o.strip()] if cors else None
    auth = "on" if api_key else "off"
    if workers > 1:  # the check above loaded the model once; each worker now loads its own
        from havoc_cli.server.workers import FACTORY, export_options

        del state
        export_options(
            checkpoint=checkpoint or newest_checkpoint(),
            max_batch=max_batch,
            max_queue=max_queue,
            max_body=max_body,
            api_key=api_key or None,
            cors=origins,
            threads=threads,
            index=str(index_dir) if index_dir else None,
        )
        error(f"serving on http://{host}:{port} with {workers} worker processes; auth {auth}")
        uvicorn.run(FACTORY, factory=True, workers=workers, host=host, port=port, log_level="info")
        return
    app = create_app(state, api_key or None, origins)
    error(f"serving {state.model_name} on http://{host}:{port} ({state.device}); auth {auth}; index {index_dir}")
    uvicorn.run(app, host=host, port=port, log_level="info")
