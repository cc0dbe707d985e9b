"""``havoc tokenize``: train, use and inspect the language model's SentencePiece tokenizer.

sentencepiece and the engines are imported inside the commands, so ``havoc --help`` stays fast.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_USAGE, error, print_json

app = typer.Typer(help="Train, use and inspect the language model's tokenizer.", no_args_is_help=True)

TokenizerDir = Annotated[
    Path, typer.Option("--tokenizer", "-t", help="Folder holding tokenizer.model and tokenizer.meta.json.")
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _fail(message: str) -> typer.Exit:
    error(f"error: {message}")
    return typer.Exit(EXIT_USAGE)


def _load(directory: Path):
    from plugins.model.tokenizer import Tokenizer, TokenizerError

    try:
        return Tokenizer.load(directory)
    except TokenizerError as exc:
        raise _fail(str(exc)) from None


@app.command()
def train(
    files: Annotated[list[Path], typer.Argument(help="UTF-8 text files to learn from.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the tokenizer to.")],
    vocab_size: Annotated[int, typer.Option("--vocab-size", help="Number of pieces, all included.")] = 8000,
    model_type: Annotated[str, typer.Option("--model-type", help="bpe or unigram.")] = "bpe",
    character_coverage: Annotated[
        float,
        typer.Option(
            "--character-coverage", help="Share of characters given their own piece; the rest fall back to bytes."
        ),
    ] = 0.9995,
    json: JsonFlag = False,
) -> None:
    """Train a SentencePiece tokenizer on FILE... and save it in --out."""
    from plugins.model.tokenizer import TokenizerError, train_tokenizer

    try:
        tokenizer = train_tokenizer(files, out, vocab_size, model_type, character_coverage=character_coverage)
    except TokenizerError as exc:
        raise _fail(str(exc)) from None
    if json:
        print_json(tokenizer.meta)
    else:
        corpus = tokenizer.meta["corpus"]
        typer.echo(
            f"trained a {model_type} tokenizer of {tokenizer.vocab_size} pieces on "
            f"{corpus['characters']} characters; wrote {out}"
        )


@app.command()
def encode(
    text: Annotated[str, typer.Argument(help="The text to encode.", show_default=False)],
    tokenizer: TokenizerDir,
    json: Annotated[bool, typer.Option("--json", help="Print the ids as a JSON list.")] = False,
) -> None:
    """Print the token ids of TEXT, separated by spaces."""
    ids = _load(tokenizer).encode(text)
    if json:
        print_json(ids)
    else:
        typer.echo(" ".join(map(str, ids)))


_ID_SEPARATORS = re.compile(r"[\s,\[\]]+")


def _parse_ids(words: list[str]) -> list[int]:
    """Ids written as '1 2 3', '1,2,3' or '[1, 2, 3]', over one or more arguments."""
    ids = []
    for word in _ID_SEPARATORS.split(" ".join(words)):
        if not word:
            continue
        if not re.fullmatch(r"\d+", word):
            raise _fail(f"not a token id: {word!r} (give non-negative integers separated by spaces)")
        ids.append(int(word))
    return ids


@app.command()
def decode(
    ids: Annotated[list[str], typer.Argument(help='Token ids: "1 2 3", "1,2,3" or "[1, 2, 3]".', show_default=False)],
    tokenizer: TokenizerDir,
) -> None:
    """Print the text of token ids (the inverse of encode)."""
    from plugins.model.tokenizer import TokenizerError

    numbers = _parse_ids(ids)
    loaded = _load(tokenizer)
    try:
        text = loaded.decode(numbers)
    except TokenizerError as exc:
        raise _fail(str(exc)) from None
    sys.stdout.write(text + "\n")


def _report(tokenizer, sample: str | None) -> dict:
    """What inspect shows: sizes, special tokens, how each domain symbol encodes, and a text's compression."""
    from plugins.model.tokenizer import DOMAIN_SYMBOLS

    symbols = []
    for symbol in DOMAIN_SYMBOLS:
        pieces = tokenizer.pieces(tokenizer.encode(symbol))
        symbols.append({"symbol": symbol, "pieces": pieces, "kept_whole": len(pieces) == 1})
    report = {
        "vocab_size": tokenizer.vocab_size,
        "model_type": tokenizer.meta.get("model_type"),
        "special_tokens": {
            "<unk>": tokenizer.unk_id,
            "<s>": tokenizer.bos_id,
            "</s>": tokenizer.eos_id,
            "<pad>": tokenizer.pad_id,
            **tokenizer.special_ids,
        },
        "domain_symbols": symbols,
        "domain_symbols_kept_whole": sum(s["kept_whole"] for s in symbols),
        "text": None,
    }
    if sample is not None:
        tokens = len(tokenizer.encode(sample))
        report["text"] = {
            "characters": len(sample),
            "tokens": tokens,
            "characters_per_token": len(sample) / tokens if tokens else None,
        }
    return report


@app.command()
def inspect(
    tokenizer: TokenizerDir,
    text: Annotated[str | None, typer.Option("--text", help="Measure characters per token on this text.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Measure characters per token on this file.")] = None,
    json: JsonFlag = False,
) -> None:
    """Vocabulary size, special tokens, domain symbols kept whole, and characters per token."""
    if text is not None and file is not None:
        raise _fail("give --text or --file, not both")
    if file is not None:
        if not file.is_file():
            raise _fail(f"no such file: {file}")
        text = file.read_text(encoding="utf-8", errors="replace")
    report = _report(_load(tokenizer), text)
    if json:
        print_json(report)
        return
    typer.echo(f"vocab size: {report['vocab_size']} ({report['model_type']})")
    typer.echo("special tokens: " + ", ".join(f"{name}={i}" for name, i in report["special_tokens"].items()))
    split = [s for s in report["domain_symbols"] if not s["kept_whole"]]
    typer.echo(f"domain symbols kept whole: {report['domain_symbols_kept_whole']}/{len(report['domain_symbols'])}")
    for entry in split:
        typer.echo(f"  split: {entry['symbol']!r} -> {' '.join(entry['pieces'])}")
    if report["text"] is not None:
        measured = report["text"]
        ratio = measured["characters_per_token"]
        shown = f"{ratio:.3f}" if ratio is not None else "n/a"
        typer.echo(f"text: {measured['characters']} characters, {measured['tokens']} tokens, {shown} characters/token")


@app.command()
def corpus(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write train.txt, val.txt and corpus.json to.")],
    seed: Annotated[int, typer.Option("--seed", help="Seed of the generated problems and of the split.")] = 0,
    max_chars: Annotated[
        int | None, typer.Option("--max-chars", min=1, help="Bound on the corpus size in characters.")
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Build the embedded default corpus (package documentation + generated worked problems)."""
    from plugins.model.corpus import build_default_corpus

    split = build_default_corpus(out, seed=seed, max_chars=max_chars)
    if json:
        print_json({"train_path": str(split.train_path), "val_path": str(split.val_path), **split.stats})
        return
    stats = split.stats
    typer.echo(
        f"{stats['documents']['total']} documents, {stats['characters']['total']} characters "
        f"({stats['documents']['val']} documents held out) in {stats['seconds']} s"
    )
    for source, entry in stats["sources"].items():
        typer.echo(f"  {source}: {entry['documents']} documents, {entry['characters']} characters")
    if stats["failed_imports"]:
        typer.echo("  could not import: " + ", ".join(stats["failed_imports"]))
    typer.echo(f"wrote {split.train_path} and {split.val_path}")
