"""The SentencePiece tokenizer: exact round trips, byte fallback, domain symbols, chat template, CLI, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from havoc_cli.app import app
from plugins.model.corpus import generate_problems
from plugins.model.tokenizer import (
    DOMAIN_SYMBOLS,
    META_FILE,
    MODEL_FILE,
    ROLE_TOKENS,
    Tokenizer,
    TokenizerError,
    train_tokenizer,
)

runner = CliRunner()
VOCAB = 600


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    """About 40 kB of generated worked problems plus a little indented, tabbed prose."""
    text = "\n\n".join(p.text for p in generate_problems(150, seed=0))
    text += "\n\ndef mean(values):\n    return sum(values) / len(values)\n\tTabbed line.\n"
    path = tmp_path_factory.mktemp("corpus") / "train.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tokenizer_dir(corpus_file, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tok")
    train_tokenizer([corpus_file], out, VOCAB)
    return out


@pytest.fixture(scope="module")
def tok(tokenizer_dir) -> Tokenizer:
    return Tokenizer.load(tokenizer_dir)


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_round_trip_is_exact_for_any_text(tok, text):
    assert tok.decode(tok.encode(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "   leading",
        "trailing  ",
        "a  b   c",
        "\n\nx\n",
        "\tx\t\ty",
        "\r\n",
        "▁",
        "a▁ ▁b",
        "<|user|>",
        "x\u0304",
    ],
)
def test_round_trip_of_layout_edge_cases(tok, text):
    assert tok.decode(tok.encode(text)) == text


@pytest.mark.parametrize("text", ["😀", "中文", "∮", "ℵ₀", "🧪🔬"])
def test_unseen_symbols_fall_back_to_their_utf8_bytes(tok, text):
    ids = tok.encode(text)
    pieces = tok.pieces(ids)
    assert pieces == [f"<0x{b:02X}>" for b in text.encode("utf-8")]
    assert tok.unk_id not in ids
    assert tok.decode(ids) == text


def test_domain_symbols_are_single_pieces(tok):
    split = {s: tok.pieces(tok.encode(s)) for s in DOMAIN_SYMBOLS if tok.pieces(tok.encode(s)) != [s]}
    assert split == {}
    assert {"μm", "Cpk", "σ²", "x\u0304", "p-value", "≤", "**", "°C", "mTorr"} <= set(DOMAIN_SYMBOLS)


def test_digits_are_split_one_per_piece(tok):
    assert tok.pieces(tok.encode("31415")) == list("31415")
    pieces = tok.pieces(tok.encode("n = 2024"))
    assert pieces[-4:] == ["2", "0", "2", "4"]


def test_special_ids_and_metadata(tok, tokenizer_dir, corpus_file):
    ids = [tok.unk_id, tok.bos_id, tok.eos_id, tok.pad_id, *tok.special_ids.values()]
    assert len(set(ids)) == 8 and all(0 <= i < tok.vocab_size for i in ids)
    assert list(tok.special_ids) == list(ROLE_TOKENS)
    meta = json.loads((tokenizer_dir / META_FILE).read_text(encoding="utf-8"))
    assert (tokenizer_dir / MODEL_FILE).is_file()
    assert meta["vocab_size"] == tok.vocab_size == VOCAB and meta["model_type"] == "bpe"
    assert (
        meta["special_tokens"]["<pad>"] == tok.pad_id
        and meta["special_tokens"]["<|end|>"] == tok.special_ids["<|end|>"]
    )
    assert meta["domain_symbols"] == list(DOMAIN_SYMBOLS) and meta["havoc_version"]
    assert meta["corpus"]["characters"] == len(corpus_file.read_text(encoding="utf-8"))
    assert not [p for p in tokenizer_dir.iterdir() if p.name.endswith(".partial")]


def test_role_tokens_are_never_produced_from_plain_text(tok):
    assert not set(tok.encode("<|user|> hi <|end|>")) & set(tok.special_ids.values())


def test_chat_template_puts_role_tokens_in_order(tok):
    messages = [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "4"},
        {"role": "user", "content": "And 3+3?"},
    ]
    ids = tok.encode_chat(messages)
    s = tok.special_ids
    roles = [i for i in ids if i in s.values()]
    expected = ["<|system|>", "<|end|>", "<|user|>", "<|end|>", "<|assistant|>", "<|end|>", "<|user|>", "<|end|>"]
    assert roles == [s[name] for name in [*expected, "<|assistant|>"]]
    assert ids[0] == tok.bos_id and ids[-1] == s["<|assistant|>"]
    assert (
        tok.decode(ids)
        == "<|system|>Answer briefly.<|end|><|user|>What is 2+2?<|end|><|assistant|>4<|end|><|user|>And 3+3?<|end|><|assistant|>"
    )
    assert tok.encode_chat(messages, add_generation_prompt=False)[-1] == s["<|end|>"]
    with pytest.raises(ValueError, match="unknown chat role"):
        tok.encode_chat([{"role": "robot", "content": "x"}])


def test_unigram_model_type_round_trips(corpus_file, tmp_path):
    tok = train_tokenizer([corpus_file], tmp_path, VOCAB, model_type="unigram")
    assert tok.meta["model_type"] == "unigram"
    text = "Cpk = 1.33 at 25 °C; ∮ dx 😀"
    assert tok.decode(tok.encode(text)) == text
    assert Tokenizer.load(tmp_path).encode(text) == tok.encode(text)


def test_training_errors_say_what_to_do(corpus_file, tmp_path):
    with pytest.raises(TokenizerError, match=r"too large for this corpus.*--vocab-size \d+ or less"):
        train_tokenizer([corpus_file], tmp_path, 100_000)
    with pytest.raises(TokenizerError, match=r"too small.*--vocab-size \d+ or more"):
        train_tokenizer([corpus_file], tmp_path, 50)
    with pytest.raises(TokenizerError, match="no such file"):
        train_tokenizer([tmp_path / "absent.txt"], tmp_path, 500)
    with pytest.raises(TokenizerError, match="unknown model type"):
        train_tokenizer([corpus_file], tmp_path, 500, model_type="wordpiece")
    assert not (tmp_path / MODEL_FILE).exists()
    with pytest.raises(TokenizerError, match="train one"):
        Tokenizer.load(tmp_path)


def test_decode_rejects_ids_outside_the_vocabulary(tok):
    for bad in ([tok.vocab_size], [-1], [1, "2"]):
        with pytest.raises(TokenizerError, match="outside the vocabulary"):
            tok.decode(bad)


# --- the command line -----------------------------------------------------------------------------


def test_cli_encode_prints_space_separated_ids_and_decode_inverts(tok, tokenizer_dir):
    text = "  x̄ = 12.5 mm\n\tσ² ≈ 0.04 😀"
    run = runner.invoke(app, ["tokenize", "encode", "--tokenizer", str(tokenizer_dir), text])
    assert run.exit_code == 0, run.stderr
    assert [int(w) for w in run.stdout.split()] == tok.encode(text)
    as_json = runner.invoke(app, ["tokenize", "encode", "--tokenizer", str(tokenizer_dir), "--json", text])
    assert json.loads(as_json.stdout) == tok.encode(text)
    back = runner.invoke(app, ["tokenize", "decode", "--tokenizer", str(tokenizer_dir), run.stdout.strip()])
    assert back.exit_code == 0 and back.stdout == text + "\n"
    listed = runner.invoke(app, ["tokenize", "decode", "--tokenizer", str(tokenizer_dir), as_json.stdout])
    assert listed.stdout == text + "\n"


def test_cli_train_and_inspect(corpus_file, tmp_path):
    out = tmp_path / "tok"
    run = runner.invoke(app, ["tokenize", "train", str(corpus_file), "--vocab-size", "500", "--out", str(out)])
    assert run.exit_code == 0, run.stderr
    assert (out / MODEL_FILE).is_file() and (out / META_FILE).is_file()
    report = runner.invoke(app, ["tokenize", "inspect", "--tokenizer", str(out), "--text", "Cpk 1.33", "--json"])
    doc = json.loads(report.stdout)
    assert doc["vocab_size"] == 500 and doc["domain_symbols_kept_whole"] == len(DOMAIN_SYMBOLS)
    assert doc["special_tokens"]["<|assistant|>"] == Tokenizer.load(out).special_ids["<|assistant|>"]
    assert doc["text"]["tokens"] == 6 and doc["text"]["characters_per_token"] == pytest.approx(8 / 6)
    on_file = runner.invoke(app, ["tokenize", "inspect", "-t", str(out), "--file", str(corpus_file)])
    assert on_file.exit_code == 0 and "characters/token" in on_file.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "{missing}", "--out", "{tmp}"], "no such file"),
        (["train", "{corpus}", "--vocab-size", "100000", "--out", "{tmp}"], "--vocab-size"),
        (["decode", "-t", "{tok}", "1 two 3"], "not a token id: 'two'"),
        (["decode", "-t", "{tok}", "999999"], "outside the vocabulary"),
        (["encode", "-t", "{tmp}", "hello"], "no tokenizer in"),
        (["inspect", "-t", "{tok}", "--file", "{missing}"], "no such file"),
    ],
)
def test_cli_errors_exit_2_with_a_message(args, message, corpus_file, tokenizer_dir, tmp_path):
    values = {"missing": str(tmp_path / "absent.txt"), "tmp": str(tmp_path), "corpus": str(corpus_file)}
    values["tok"] = str(tokenizer_dir)
    run = runner.invoke(app, ["tokenize", *[a.format(**values) for a in args]])
    assert run.exit_code == 2
    assert message in run.stderr
