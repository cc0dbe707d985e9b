"""Built-in plugin ``model``: a small Llama-style language model (train, generate, export) and the ``ask`` verb.

The model's commands (``havoc train``, ``havoc generate``, ``havoc export``) are wired in
havoc_cli/app.py. Nothing heavy (torch) is imported here: ``ask`` loads its handler on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Verb


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="ask",
            handler="plugins.model.ask:ask",
            summary='ask the trained model (after retrieve: with its passages): ask "Which design first?" max_tokens=80',
        )
    )
