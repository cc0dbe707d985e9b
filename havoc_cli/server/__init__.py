"""``havoc serve``: the Starlette HTTP API (native and OpenAI-compatible) over a continuous-batching engine."""
