"""Built-in plugin ``model``: a small Llama-style language model (train, generate, export).

The model's commands (``havoc train``, ``havoc generate``, ``havoc export``) are wired in
havoc_cli/app.py. This registration module registers no study verb yet: the ``ask`` verb will be
added here once it works end to end. Nothing heavy (torch) is imported here.
"""
