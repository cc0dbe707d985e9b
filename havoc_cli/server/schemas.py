"""Request bodies as data: each field's type, bounds and default, read by the validator and by /openapi.json.

A schema is a tuple of ``Field``; ``validate`` turns a decoded JSON body into a dict of every field
(defaults filled in) or raises ApiError 422 naming the first field at fault.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from havoc_cli.server.errors import ApiError

ROLES = ("system", "user", "assistant")
MAX_TOKENS = 4096


@dataclass(frozen=True)
class Field:
    """One body field. kind: integer, number, boolean, string, stop (string or list), messages."""

    name: str
    kind: str
    description: str
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    required: bool = False
    nullable: bool = False
    choices: tuple[str, ...] | None = None  # the allowed values of a string
    max_length: int | None = None  # the longest string

    def json_schema(self) -> dict:
        base: dict[str, Any]
        if self.kind == "stop":
            one = {"type": "string", "minLength": 1}
            base = {"oneOf": [one, {"type": "array", "items": one, "maxItems": 4}]}
        elif self.kind == "messages":
            message = {
                "type": "object",
                "required": ["role", "content"],
                "properties": {"role": {"type": "string", "enum": list(ROLES)}, "content": {"type": "string"}},
                "additionalProperties": False,
            }
            base = {"type": "array", "items": message, "minItems": 1}
        elif self.kind == "object":
            base = {
                "type": "object",
                "properties": {"include_usage": {"type": "boolean"}},
                "additionalProperties": False,
            }
        else:
            base = {"type": self.kind}
        if self.kind == "string" and self.required:
            base["minLength"] = 1
        if self.max_length is not None:
            base["maxLength"] = self.max_length
        if self.choices is not None:
            base["enum"] = list(self.choices)
        if self.minimum is not None:
            base["exclusiveMinimum" if self.exclusive_minimum else "minimum"] = self.minimum
        if self.maximum is not None:
            base["maximum"] = self.maximum
        if self.nullable:
            base = {"anyOf": [base, {"type": "null"}]}
        base["description"] = self.description
        if self.default is not None:
            base["default"] = self.default
        return base


def object_schema(fields: tuple[Field, ...]) -> dict:
    """The JSON Schema of a request body."""
    return {
        "type": "object",
        "properties": {f.name: f.json_schema() for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def parse_json(raw: bytes) -> Any:
    """Decode a body, 400 when it is not JSON."""
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, f"the body is not valid JSON: {exc}") from None


def validate(fields: tuple[Field, ...], body: Any) -> dict:
    """Every field of the schema, checked and with defaults filled; 422 naming the field otherwise."""
    if not isinstance(body, dict):
        raise ApiError(422, "the body must be a JSON object")
    known = {f.name for f in fields}
    for name in body:
        if name not in known:
            raise ApiError(422, f"unknown field {name!r}; known fields: {', '.join(sorted(known))}", name)
    values = {}
    for spec in fields:
        if spec.name not in body or (body[spec.name] is None and spec.nullable):
            if spec.required:
                raise ApiError(422, f"field {spec.name!r} is required", spec.name)
            values[spec.name] = spec.default
            continue
        values[spec.name] = _check(spec, body[spec.name])
    return values


def _check(spec: Field, value: Any) -> Any:
    name = spec.name

    def fail(message: str) -> ApiError:
        return ApiError(422, f"field {name!r} {message}", name)

    if spec.kind == "integer":
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, float) and value.is_integer())):
            raise fail("must be an integer")
        value = int(value)
    elif spec.kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise fail("must be a finite number")
        value = float(value)
    elif spec.kind == "boolean":
        if not isinstance(value, bool):
            raise fail("must be true or false")
    elif spec.kind == "string":
        if not isinstance(value, str) or (spec.required and not value):
            raise fail("must be a non-empty string" if spec.required else "must be a string")
        if spec.max_length is not None and len(value) > spec.max_length:
            raise fail(f"must be at most {spec.max_length} characters long (found {len(value)})")
        if spec.choices is not None and value not in spec.choices:
            raise fail(f"must be one of {', '.join(spec.choices)} (found {value!r})")
    elif spec.kind == "stop":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or len(items) > 4 or not all(isinstance(s, str) and s for s in items):
            raise fail("must be a non-empty string or a list of at most 4 non-empty strings")
        value = tuple(items)
    elif spec.kind == "messages":
        value = _messages(value, fail)
    elif spec.kind == "object":
        if (
            not isinstance(value, dict)
            or set(value) - {"include_usage"}
            or not isinstance(value.get("include_usage", False), bool)
        ):
            raise fail('must be an object {"include_usage": true|false}')
    if spec.minimum is not None and (value <= spec.minimum if spec.exclusive_minimum else value < spec.minimum):
        raise fail(f"must be {'>' if spec.exclusive_minimum else '>='} {spec.minimum}")
    if spec.maximum is not None and value > spec.maximum:
        raise fail(f"must be <= {spec.maximum}")
    return value


def _messages(value: Any, fail) -> list[dict]:
    if not isinstance(value, list) or not value:
        raise fail('must be a non-empty list of {"role", "content"} objects')
    for i, message in enumerate(value):
        if not isinstance(message, dict) or set(message) != {"role", "content"}:
            raise fail(f'item {i} must be an object with exactly "role" and "content"')
        if message["role"] not in ROLES:
            raise fail(f"item {i} has role {message['role']!r}; use one of {', '.join(ROLES)}")
        if not isinstance(message["content"], str):
            raise fail(f"item {i} content must be a string")
    return value


# -- the request bodies --------------------------------------------------------------------------
_SHARED_NATIVE = (
    Field("max_new_tokens", "integer", "Most tokens to generate.", 128, 1, MAX_TOKENS),
    Field("temperature", "number", "Sampling temperature (0 is greedy).", 0.8, 0, 5),
    Field(
        "top_p",
        "number",
        "Nucleus filter: smallest set with this much probability (1 is off, 0 keeps the top token).",
        0.95,
        0,
        1,
    ),
    Field("top_k", "integer", "Keep the k most likely tokens (0 is off).", 0, 0, 100000),
    Field("repetition_penalty", "number", "Penalise tokens already present (1 is off).", 1.0, 0.01, 10),
    Field("do_sample", "boolean", "false: always take the most likely token (greedy).", True),
    Field("stream", "boolean", "Stream the text as server-sent events.", False),
    Field("stop_sequences", "stop", "Text that ends the generation (not included).", nullable=True),
    Field("seed", "integer", "Random seed: the same seed gives the same text.", None, 0, 2**63 - 1, nullable=True),
)
COMPLETION = (Field("prompt", "string", "The text to continue.", required=True), *_SHARED_NATIVE)
CHAT = (Field("messages", "messages", "The conversation so far.", required=True), *_SHARED_NATIVE)

_SHARED_OPENAI = (
    Field("model", "string", "Model id (any value: the server has one model)."),
    Field(
        "max_tokens",
        "integer",
        "Most tokens per choice (default: 16 for completions, up to the context for chat).",
        None,
        1,
        MAX_TOKENS,
        nullable=True,
    ),
    Field("temperature", "number", "Sampling temperature (0 is greedy).", 1.0, 0, 2, nullable=True),
    Field("top_p", "number", "Nucleus filter (1 is off, 0 keeps the top token).", 1.0, 0, 1, nullable=True),
    Field("n", "integer", "How many choices to generate.", 1, 1, 8, nullable=True),
    Field("stream", "boolean", "Stream chunks as server-sent events.", False, nullable=True),
    Field("stream_options", "object", '{"include_usage": true} adds a usage chunk before [DONE].', nullable=True),
    Field("stop", "stop", "Up to 4 strings that end the text (not included).", nullable=True),
    Field("seed", "integer", "Random seed: the same seed gives the same text.", None, 0, 2**63 - 1, nullable=True),
    Field(
        "presence_penalty",
        "number",
        "Subtract this from the logit of every token already generated.",
        0.0,
        -2,
        2,
        nullable=True,
    ),
    Field("frequency_penalty", "number", "Subtract this times the token's count so far.", 0.0, -2, 2, nullable=True),
)
OPENAI_COMPLETION = (
    Field("prompt", "string", "The text to continue.", required=True),
    *_SHARED_OPENAI,
    Field(
        "logprobs",
        "integer",
        "Return log-probabilities with this many alternatives per token (0-5).",
        None,
        0,
        5,
        nullable=True,
    ),
)
OPENAI_CHAT = (
    Field("messages", "messages", "The conversation so far.", required=True),
    *_SHARED_OPENAI,
    Field("max_completion_tokens", "integer", "Alias of max_tokens.", None, 1, MAX_TOKENS, nullable=True),
    Field("logprobs", "boolean", "Return the log-probability of each token.", False, nullable=True),
    Field("top_logprobs", "integer", "Alternatives per token with logprobs (0-20).", None, 0, 20, nullable=True),
)

REASON = (
    Field("question", "string", "The question, as a user would type it.", required=True, max_length=2000),
    Field("stream", "boolean", "Stream each stage as an SSE event as it finishes, then the whole outcome.", True),
    Field("plan_only", "boolean", "Build and return the plan without running it.", False),
)
RETRIEVE = (
    Field("query", "string", "What to search the document index for.", required=True, max_length=2000),
    Field("k", "integer", "How many passages to return, best first.", 5, 1, 100),
    Field(
        "method",
        "string",
        "Ranking: dense (embeddings), lexical (BM25) or hybrid (both, fused); null: the index's default.",
        nullable=True,
        choices=("dense", "lexical", "hybrid"),
    ),
)
