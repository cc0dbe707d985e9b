"""A SentencePiece tokenizer for havoc's language model, with exact round trips and a chat template.

Training settings that make ``decode(encode(text)) == text`` hold for any Unicode text:

- no normalisation (``identity``), no added dummy prefix, extra whitespace kept, so spaces, leading
  spaces and repeated spaces survive;
- byte fallback: a character outside the vocabulary becomes its UTF-8 bytes, one piece per byte;
- newline and tab are pieces of their own (SentencePiece trains line by line and would never see them);
- the one character SentencePiece cannot carry, its space marker U+2581 ``▁``, is sent as its three
  bytes; ``decode`` is done here from a per-id byte table, so it is the exact inverse.

Digits are split one per piece; mathematical, statistical and engineering symbols (``DOMAIN_SYMBOLS``)
are always single pieces. Files: DIR/tokenizer.model (the SentencePiece model) and DIR/tokenizer.meta.json.
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import sentencepiece as spm

from plugins.api.files import write_atomic

MODEL_FILE = "tokenizer.model"
META_FILE = "tokenizer.meta.json"
FORMAT = "havoc-tokenizer/1"
MODEL_TYPES = ("bpe", "unigram")

UNK, BOS, EOS, PAD = "<unk>", "<s>", "</s>", "<pad>"
SYSTEM, USER, ASSISTANT, END = "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"
ROLE_TOKENS = (SYSTEM, USER, ASSISTANT, END)
ROLES = {"system": SYSTEM, "user": USER, "assistant": ASSISTANT}
CHAT_TEMPLATE = "<s><|system|>{system}<|end|><|user|>{user}<|end|><|assistant|>{assistant}<|end|>...<|assistant|>"

GREEK = tuple("αβγδεθλμνπρστφχψω") + tuple("ΣΔΩΦΠΓΛΘΨ")
OPERATORS = ("≤", "≥", "≠", "≈", "±", "×", "÷", "√", "∞", "∑", "∏", "∫", "∂", "∇", "∈", "→", "⇒")
OPERATORS += ("^", "**", "==", "<=", ">=", "!=")
UNITS = ("mm", "cm", "μm", "nm", "kg", "°C", "°F", "kPa", "MPa", "Hz", "kHz", "rpm", "W", "kW", "mTorr", "sccm", "%")
STATISTICS = ("x\u0304", "R\u0304", "s²", "σ²", "p-value", "Cpk", "Cp", "Ppk")  # x̄ and R̄: letter + combining macron
DOMAIN_SYMBOLS = GREEK + OPERATORS + UNITS + STATISTICS
LAYOUT_SYMBOLS = ("\n", "\t")

_SPACE_MARK = "\u2581"  # SentencePiece's stand-in for a space
_BYTE_PIECE = re.compile(r"<0x([0-9A-F]{2})>")


class TokenizerError(Exception):
    """A problem the user can fix: a missing file, an impossible vocabulary size, a bad token id."""


def havoc_version() -> str:
    """The installed havoc version, recorded in the metadata."""
    try:
        return version("havoc")
    except PackageNotFoundError:
        return "0.0.0"


class Tokenizer:
    """A trained SentencePiece model plus havoc's metadata; encodes and decodes text exactly."""

    def __init__(self, model: bytes, meta: dict[str, Any]) -> None:
        self._sp = spm.SentencePieceProcessor(model_proto=model)
        self.meta = meta
        self.vocab_size: int = self._sp.get_piece_size()
        self.unk_id: int = self._sp.unk_id()
        self.bos_id: int = self._sp.bos_id()
        self.eos_id: int = self._sp.eos_id()
        self.pad_id: int = self._sp.pad_id()
        self.special_ids: dict[str, int] = {token: self._required_id(token) for token in ROLE_TOKENS}
        self._surfaces = [self._surface(i) for i in range(self.vocab_size)]
        self._space_mark_ids = [self._required_id(f"<0x{b:02X}>") for b in _SPACE_MARK.encode("utf-8")]

    @classmethod
    def load(cls, directory: Path) -> Tokenizer:
        """Load DIR/tokenizer.model and DIR/tokenizer.meta.json."""
        directory = Path(directory)
        model_path, meta_path = directory / MODEL_FILE, directory / META_FILE
        for path in (model_path, meta_path):
            if not path.is_file():
                raise TokenizerError(
                    f"no tokenizer in {directory}: {path.name} is missing "
                    f"(train one with `havoc tokenize train FILE... --out {directory}`)"
                )
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise TokenizerError(f"{meta_path} is not valid JSON: {exc}") from None
        try:
            return cls(model_path.read_bytes(), meta)
        except RuntimeError as exc:
            raise TokenizerError(f"{model_path} is not a SentencePiece model: {exc}") from None

    def _required_id(self, piece: str) -> int:
        token_id = self._sp.piece_to_id(piece)
        if token_id == self.unk_id and piece != UNK:
            raise TokenizerError(
                f"this SentencePiece model has no {piece!r} piece; train it with `havoc tokenize train`"
            )
        return token_id

    def _surface(self, token_id: int) -> bytes:
        """The bytes one id stands for in decoded text."""
        piece = self._sp.id_to_piece(token_id)
        if token_id == self.unk_id:
            return "\ufffd".encode()
        if self._sp.is_byte(token_id):
            match = _BYTE_PIECE.fullmatch(piece)
            assert match is not None, piece
            return bytes([int(match.group(1), 16)])
        if self._sp.is_control(token_id):
            return piece.encode("utf-8") if piece in ROLE_TOKENS else b""
        return piece.replace(_SPACE_MARK, " ").encode("utf-8")

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` (no BOS/EOS added)."""
        ids: list[int] = []
        for index, part in enumerate(text.split(_SPACE_MARK)):
            if index:
                ids.extend(self._space_mark_ids)
            if part:
                ids.extend(self._sp.encode(part))
        return ids

    def decode(self, ids: list[int]) -> str:
        """The text of ``ids``: BOS, EOS and PAD vanish, role tokens show as their names."""
        chunks = []
        for token_id in ids:
            try:
                chunks.append(self._surfaces[token_id] if token_id >= 0 else None)
            except (IndexError, TypeError):
                chunks.append(None)
            if chunks[-1] is None:
                raise TokenizerError(f"token id {token_id!r} is outside the vocabulary (0..{self.vocab_size - 1})")
        return b"".join(chunks).decode("utf-8", errors="replace")

    def pieces(self, ids: list[int]) -> list[str]:
        """The SentencePiece piece of each id (``▁`` marks a space, ``<0xNN>`` a byte)."""
        return [self._sp.id_to_piece(i) for i in ids]

    def encode_chat(self, messages: list[dict[str, str]], add_generation_prompt: bool = True) -> list[int]:
        """Ids of a conversation: ``<s>`` then ``<|role|>content<|end|>`` per message, then ``<|assistant|>``.

        Roles are ``system``, ``user`` and ``assistant``. With ``add_generation_prompt`` the ids end with
        ``<|assistant|>`` so the model's continuation is the assistant's reply, which ends at ``<|end|>``.
        """
        ids = [self.bos_id]
        for message in messages:
            role, content = message.get("role"), message.get("content")
            if role not in ROLES:
                raise ValueError(f"unknown chat role {role!r}; use one of {', '.join(ROLES)}")
            if not isinstance(content, str):
                raise ValueError(f"the content of a {role} message must be text, got {type(content).__name__}")
            ids.append(self.special_ids[ROLES[role]])
            ids.extend(self.encode(content))
            ids.append(self.special_ids[END])
        if add_generation_prompt:
            ids.append(self.special_ids[ASSISTANT])
        return ids


@dataclass(frozen=True)
class _FileStats:
    path: str
    bytes: int
    characters: int
    lines: int


def _file_stats(path: Path) -> _FileStats:
    text = path.read_text(encoding="utf-8")
    return _FileStats(str(path), len(text.encode("utf-8")), len(text), text.count("\n") + (not text.endswith("\n")))


_TOO_HIGH = re.compile(r"Vocabulary size too high \((\d+)\)\. Please set it to a value <= (\d+)")
_TOO_LOW = re.compile(r"Vocabulary size is smaller than required_chars\. (\d+) vs (\d+)")


def _explain(exc: RuntimeError, vocab_size: int) -> TokenizerError:
    """Turn SentencePiece's trainer errors into a message that says what to do."""
    message = str(exc)
    if match := _TOO_HIGH.search(message):
        return TokenizerError(
            f"vocab size {vocab_size} is too large for this corpus: at most {match.group(2)} pieces can be learnt "
            f"from it; use --vocab-size {match.group(2)} or less, or train on more text"
        )
    if match := _TOO_LOW.search(message):
        return TokenizerError(
            f"vocab size {vocab_size} is too small: the byte pieces, special tokens, domain symbols and the "
            f"characters of the corpus need {match.group(2)}; use --vocab-size {match.group(2)} or more"
        )
    return TokenizerError(f"SentencePiece could not train on this input: {message}")


def train_tokenizer(
    files: list[Path],
    out_dir: Path,
    vocab_size: int,
    model_type: str = "bpe",
    *,
    character_coverage: float = 0.9995,
    num_threads: int | None = None,
) -> Tokenizer:
    """Train a tokenizer on text files and save DIR/tokenizer.model and DIR/tokenizer.meta.json atomically."""
    files = [Path(f) for f in files]
    if not files:
        raise TokenizerError("no training files given")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise TokenizerError(f"no such file: {', '.join(missing)}")
    if model_type not in MODEL_TYPES:
        raise TokenizerError(f"unknown model type {model_type!r}; use one of {', '.join(MODEL_TYPES)}")
    if not isinstance(vocab_size, int) or vocab_size < 1:
        raise TokenizerError(f"vocab size must be a positive integer, got {vocab_size!r}")
    try:
        corpus = [_file_stats(f) for f in files]
    except UnicodeDecodeError as exc:
        raise TokenizerError(f"training files must be UTF-8 text: {exc}") from None
    if sum(s.characters for s in corpus) == 0:
        raise TokenizerError("the training files are empty")

    model = io.BytesIO()
    try:
        spm.SentencePieceTrainer.train(
            input=[str(f) for f in files],
            model_writer=model,
            model_type=model_type,
            vocab_size=vocab_size,
            character_coverage=character_coverage,
            byte_fallback=True,
            split_digits=True,
            normalization_rule_name="identity",
            remove_extra_whitespaces=False,
            add_dummy_prefix=False,
            allow_whitespace_only_pieces=True,
            max_sentence_length=1 << 16,
            unk_id=0,
            bos_id=1,
            eos_id=2,
            pad_id=3,
            unk_piece=UNK,
            bos_piece=BOS,
            eos_piece=EOS,
            pad_piece=PAD,
            control_symbols=list(ROLE_TOKENS),
            user_defined_symbols=list(LAYOUT_SYMBOLS + DOMAIN_SYMBOLS),
            num_threads=num_threads or min(16, os.cpu_count() or 1),
            minloglevel=2,
        )
    except RuntimeError as exc:
        raise _explain(exc, vocab_size) from None

    tokenizer = Tokenizer(model.getvalue(), {})
    meta = {
        "format": FORMAT,
        "havoc_version": havoc_version(),
        "model_file": MODEL_FILE,
        "model_type": model_type,
        "vocab_size": tokenizer.vocab_size,
        "byte_fallback": True,
        "split_digits": True,
        "normalization": "identity",
        "character_coverage": character_coverage,
        "special_tokens": {
            UNK: tokenizer.unk_id,
            BOS: tokenizer.bos_id,
            EOS: tokenizer.eos_id,
            PAD: tokenizer.pad_id,
            **tokenizer.special_ids,
        },
        "chat_template": CHAT_TEMPLATE,
        "domain_symbols": list(DOMAIN_SYMBOLS),
        "corpus": {
            "files": [vars(s) for s in corpus],
            "bytes": sum(s.bytes for s in corpus),
            "characters": sum(s.characters for s in corpus),
            "lines": sum(s.lines for s in corpus),
        },
    }
    out_dir = Path(out_dir)
    write_atomic(out_dir / MODEL_FILE, model.getvalue())
    write_atomic(out_dir / META_FILE, (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    tokenizer.meta = meta
    return tokenizer
