"""The embedded default corpus: built on this machine from text it already has, with no download.

Two sources, mixed and split by document into train and validation files:

- the documentation strings of the installed numpy, scipy, statsmodels and sympy (corpus_docstrings);
- worked problems that havoc writes and answers with its own engines: calculus and algebra through
  sympy (corpus_maths), statistics, control charts, capability and DOE run counts (corpus_stats).

Documents are written one after another separated by ``DOC_SEPARATOR`` (two blank lines); a document
itself never holds more than one blank line in a row, so ``read_documents`` splits the files back exactly.
"""

from __future__ import annotations

import json
import math
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plugins.api.files import write_atomic
from plugins.model import corpus_docstrings, corpus_maths, corpus_stats
from plugins.model.corpus_problems import Problem
from plugins.model.tokenizer import Tokenizer

TRAIN_FILE, VAL_FILE, STATS_FILE = "train.txt", "val.txt", "corpus.json"
DOC_SEPARATOR = "\n\n\n"
VALIDATION_FRACTION = 0.05
DEFAULT_PROBLEMS = 6000
DOCSTRING_CHARS_PER_PACKAGE = 750_000
DOCSTRING_SECONDS = 40.0  # stop importing further sub-packages after this long (slow machines)
PROBLEM_SHARE = 0.4  # with max_chars: the share of the budget given to worked problems

GENERATORS: tuple[Callable[[random.Random], Problem], ...] = corpus_maths.GENERATORS + corpus_stats.GENERATORS


@dataclass(frozen=True)
class CorpusSplit:
    """The corpus files and what they hold."""

    train_path: Path
    val_path: Path
    stats: dict[str, Any]


def generate_problems(count: int, seed: int, max_chars: int | None = None) -> list[Problem]:
    """``count`` worked problems (fewer if they would pass ``max_chars`` of prose), the generators taken in turn."""
    rng = random.Random(seed)
    problems: list[Problem] = []
    total = 0
    for index in range(count):
        problem = GENERATORS[index % len(GENERATORS)](rng)
        total += len(problem.text)
        if max_chars is not None and total > max_chars:
            break
        problems.append(problem)
    return problems


def _tidy(text: str) -> str:
    """One document: tabs expanded, trailing spaces dropped, at most one blank line in a row."""
    lines = [line.rstrip() for line in text.expandtabs(4).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _split(documents: list[str], seed: int) -> tuple[list[str], list[str]]:
    """Shuffle with the seed and hold out VALIDATION_FRACTION of the documents (at least one)."""
    order = list(range(len(documents)))
    random.Random(seed).shuffle(order)
    held = max(1, round(VALIDATION_FRACTION * len(documents))) if len(documents) > 1 else 0
    return [documents[i] for i in order[held:]], [documents[i] for i in order[:held]]


def read_documents(path: Path) -> Iterator[str]:
    """The documents of a corpus file written by ``build_default_corpus``."""
    text = Path(path).read_text(encoding="utf-8")
    yield from (doc for doc in text.split(DOC_SEPARATOR) if doc.strip())


def build_default_corpus(out_dir: Path, seed: int = 0, max_chars: int | None = None) -> CorpusSplit:
    """Build the default corpus into ``out_dir`` (train.txt, val.txt, corpus.json) and return its split.

    ``max_chars`` bounds the total size (a ``PROBLEM_SHARE`` of it for worked problems, the rest shared
    by the documentation of each package); without it, about 3 MB of documentation and
    ``DEFAULT_PROBLEMS`` worked problems.
    """
    if max_chars is not None and max_chars <= 0:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    started = time.monotonic()
    if max_chars is None:
        doc_budget, problem_budget = DOCSTRING_CHARS_PER_PACKAGE, None
    else:
        problem_budget = max(1, int(max_chars * PROBLEM_SHARE))
        doc_budget = max(1, (max_chars - problem_budget) // len(corpus_docstrings.PACKAGES))

    sources: dict[str, dict[str, int]] = {}
    failed: list[str] = []
    seen: set[str] = set()
    documents: list[str] = []

    def add(source: str, text: str) -> None:
        doc = _tidy(text)
        if doc and doc not in seen:
            seen.add(doc)
            documents.append(doc)
            entry = sources.setdefault(source, {"documents": 0, "characters": 0})
            entry["documents"] += 1
            entry["characters"] += len(doc)

    deadline = started + DOCSTRING_SECONDS
    for package in corpus_docstrings.PACKAGES:
        harvest = corpus_docstrings.harvest(package, doc_budget, deadline)
        failed.extend(harvest.failed_imports)
        for text in harvest.documents:
            add(f"docstrings:{package}", text)
    for problem in generate_problems(DEFAULT_PROBLEMS, seed, problem_budget):
        add(f"problems:{problem.kind}", problem.text)

    train, val = _split(documents, seed)
    out_dir = Path(out_dir)
    train_path, val_path = out_dir / TRAIN_FILE, out_dir / VAL_FILE
    for path, docs in ((train_path, train), (val_path, val)):
        write_atomic(path, (DOC_SEPARATOR.join(docs) + "\n").encode("utf-8"))
    stats = {
        "seed": seed,
        "max_chars": max_chars,
        "documents": {"total": len(documents), "train": len(train), "val": len(val)},
        "characters": {
            "total": sum(map(len, documents)),
            "train": sum(map(len, train)),
            "val": sum(map(len, val)),
        },
        "sources": dict(sorted(sources.items())),
        "failed_imports": failed,
        "seconds": round(time.monotonic() - started, 2),
    }
    write_atomic(out_dir / STATS_FILE, (json.dumps(stats, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return CorpusSplit(train_path, val_path, stats)


def unigram_entropy(path: Path, tokenizer: Tokenizer) -> float:
    """Entropy in nats per token of the unigram distribution of token ids over a text file.

    This is the cross-entropy a model that ignores context entirely would reach on the file itself,
    a yardstick for a language model's validation loss.
    """
    counts: Counter[int] = Counter()
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            counts.update(tokenizer.encode(line))
    total = sum(counts.values())
    if total == 0:
        raise ValueError(f"{path} holds no tokens")
    return -sum(c / total * math.log(c / total) for c in counts.values())
