"""Micro checkpoints for tests: a 400-piece tokenizer, a tiny random model, and one taught fixed replies.

``teach`` trains the model until it reproduces given chat replies greedily (a few hundred Adam steps on
CPU, seconds): enough to drive code that reads a model's output through a real checkpoint.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = (
    "The mean of a sample is the sum of its values divided by their count. show diff(x^2, x) test ttest a b "
    "A p-value is the probability of data at least as extreme as observed, assuming the null hypothesis. "
    "The derivative of x squared is 2*x. convert 3.5 inch to mm. Control charts plot a statistic over time. "
) * 40


def micro_tokenizer(root: Path, corpus: str = CORPUS) -> Path:
    """Train a 400-piece tokenizer on ``corpus`` into ``root/tokenizer``."""
    from plugins.model.tokenizer import train_tokenizer

    root.mkdir(parents=True, exist_ok=True)
    (root / "corpus.txt").write_text(corpus, encoding="utf-8")
    train_tokenizer([root / "corpus.txt"], root / "tokenizer", 400)
    return root / "tokenizer"


def micro_model(vocab_size: int, context: int = 512, seed: int = 0):
    """A 2-layer, 32-wide model with random weights."""
    import torch

    from plugins.model.config import ModelConfig
    from plugins.model.transformer import build_model

    torch.manual_seed(seed)
    config = ModelConfig(d_model=32, n_layers=2, n_heads=4, n_kv_heads=2, d_mlp=64, vocab_size=vocab_size,
                         context=context)  # fmt: skip
    return build_model(config).eval()


def teach(model, tokenizer, lessons: list[tuple[list[dict[str, str]], str]], steps: int = 600) -> float:
    """Train ``model`` to answer each chat (messages) with its reply; the final loss is returned."""
    import torch

    end = tokenizer.special_ids["<|end|>"]
    rows = []
    for messages, reply in lessons:
        prompt = tokenizer.encode_chat(messages, add_generation_prompt=True)
        rows.append((torch.tensor([prompt + tokenizer.encode(reply) + [end]]), len(prompt)))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    loss = torch.tensor(0.0)
    for _ in range(steps):
        loss = sum(
            torch.nn.functional.cross_entropy(model(ids[:, :-1])[0, start - 1 :], ids[0, start:]) for ids, start in rows
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if loss.item() < 0.005 * len(rows):
            break
    model.eval()
    return float(loss.detach())


def save(model, tokenizer_dir: Path, run_dir: Path) -> Path:
    """Save ``model`` with its tokenizer as step 1 of ``run_dir``; the checkpoint directory."""
    from plugins.model.checkpoint import model_weights, save_checkpoint

    return save_checkpoint(run_dir, 1, model.config, {}, model_weights(model), tokenizer_dir=tokenizer_dir)
