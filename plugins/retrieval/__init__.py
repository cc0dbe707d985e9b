"""Built-in plugin ``retrieval``: document indexes (embeddings, faiss) and the ``retrieve`` verb."""
