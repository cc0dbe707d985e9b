"""The ``ask`` verb: ``ask "question" max_tokens=80 [checkpoint="DIR"] [temperature=0] [seed=0]``.

The trained language model answers in the chat template. When the study ran ``retrieve`` before,
the passages it found are the model's context (spec section 5: the model and the documents, from
the same file). The checkpoint is loaded once per study.
"""

from __future__ import annotations

from typing import Any

from plugins.api import Context, Invocation, Result, StudyError, Table

KEYWORDS = {"max_tokens", "checkpoint", "temperature", "seed"}
DEFAULT_MAX_TOKENS = 80
MAX_TOKENS = 4096
_SYSTEM = "You are havoc's assistant for engineers and statisticians. Answer briefly and plainly."


def ask_messages(question: str, passages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The chat turns for ``question``, with the retrieved ``passages`` (hits) as context."""
    system = _SYSTEM
    if passages:
        notes = "\n".join(f"- [{p['source']}] {' '.join(p['text'].split())}" for p in passages)
        system += f"\nUse these passages:\n{notes}"
    return [{"role": "system", "content": system}, {"role": "user", "content": question}]


def ask(ctx: Context, inv: Invocation) -> Result:
    """The model's answer to the question (and the passages it was given)."""
    inv.check_keywords(KEYWORDS)
    if len(inv.args) != 1:
        raise StudyError("ask needs one question in quotes", pos=inv.pos, hint='ask "What is a p-value?" max_tokens=80')
    question = ctx.string(inv.args[0])
    if not question.strip():
        raise StudyError("the question is empty", inv.args[0], hint='ask "What is a p-value?"')
    max_tokens = _option(ctx, inv, "max_tokens", DEFAULT_MAX_TOKENS, integer=True)
    if not 1 <= max_tokens <= MAX_TOKENS:
        raise StudyError(
            f"max_tokens must be between 1 and {MAX_TOKENS}, found {max_tokens}", inv.keyword("max_tokens")
        )
    temperature = _option(ctx, inv, "temperature", 0.0)
    if not 0 <= temperature <= 5:
        raise StudyError(f"temperature must be between 0 and 5 (0 is greedy), found {temperature:g}",
                         inv.keyword("temperature"))  # fmt: skip
    seed = _option(ctx, inv, "seed", ctx.seed if ctx.seed is not None else 0, integer=True)
    chat = _model(ctx, inv)
    passages, trimmed = fit_passages(chat, question, _retrieved(ctx), max_tokens)
    try:
        answer = chat.reply(ask_messages(question, passages), max_tokens, temperature, seed)
    except ValueError as exc:
        raise StudyError(
            str(exc), inv.args[0], hint="ask a shorter question, or retrieve fewer passages (k=)"
        ) from None
    data = {"question": question, "answer": answer, "checkpoint": str(chat.path), "max_tokens": max_tokens,
            "temperature": temperature, "seed": seed, "context": [p["source"] for p in passages]}  # fmt: skip
    table = Table(f"ask: {question}", ["answer"], [[answer]])
    notes = ["the answer is the language model's text, not a computed result"]
    if trimmed:
        data["context_trimmed"] = True
        notes.append(f"the retrieved passages were shortened to fit the model's context of {chat.context} tokens")
    return Result("answer", data, tables=[table], notes=notes, summary=f"{question} -> {answer}")


def fit_passages(
    chat: Any, question: str, passages: list[dict[str, Any]], max_tokens: int
) -> tuple[list[dict[str, Any]], bool]:
    """The passages cut to their first words (fewer each round, the last dropped when too short) until
    the prompt leaves ``max_tokens`` (at most half the context) for the answer; and whether any was cut."""
    budget = chat.context - min(max_tokens, chat.context // 2)
    kept = list(passages)
    words = max((len(p["text"].split()) for p in kept), default=0)
    fitted = kept
    while fitted and chat.prompt_tokens(ask_messages(question, fitted)) > budget:
        words //= 2
        if words < 8:  # too short to help: drop the lowest-ranked passage, restart from whole texts
            kept = kept[:-1]
            words = max((len(p["text"].split()) for p in kept), default=0)
        fitted = [{**p, "text": " ".join(p["text"].split()[:words])} for p in kept]
    return fitted, fitted != passages


def _option(ctx: Context, inv: Invocation, name: str, default: Any, integer: bool = False) -> Any:
    node = inv.keyword(name)
    if node is None:
        return default
    return ctx.integer(node, minimum=0) if integer else ctx.number(node)


def _model(ctx: Context, inv: Invocation):
    """The checkpoint named by ``checkpoint=`` (relative to the study), or the newest under runs/."""
    from plugins.model.chat import ChatModel

    node = inv.keyword("checkpoint")
    path = ctx.base_dir / ctx.string(node) if node is not None else None
    cache = ctx.plugin_state("model").setdefault("chat", {})
    if path not in cache:
        try:
            cache[path] = ChatModel.load(path)
        except FileNotFoundError as exc:
            raise StudyError(
                str(exc) if path is not None else "no trained checkpoint under runs/",
                node,
                hint='train one with `havoc train`, or name one with checkpoint="DIR"',
            ) from None
        except ValueError as exc:
            raise StudyError(str(exc), node) from None
    return cache[path]


def _retrieved(ctx: Context) -> list[dict[str, Any]]:
    """The hits of the study's latest ``retrieve``, if it ran one."""
    for step in reversed(ctx.history):
        if step.result.kind == "retrieve":
            return list(step.result.data.get("hits", []))
    return []
