"""Reading documents by structure and cutting them into overlapping chunks that fit the budget."""

from __future__ import annotations

import pytest

from plugins.retrieval.chunking import chunk_document, chunk_section, count_pieces, normalise
from plugins.retrieval.loaders import LoadError, Section, collect_files, load_file, load_text
from tests.retrieve.corpus import DESIGNS, GUIDE, MODULE


def test_markdown_sections_carry_the_heading_path_and_source_lines():
    document = load_text("guide.md", GUIDE)
    headings = [s.heading for s in document.sections]
    assert headings == ["Capability", "Capability > Cpk", "Capability > Cp"]
    lines = GUIDE.splitlines()
    for section in document.sections:
        for offset, text in enumerate(section.lines):
            assert lines[section.first_line - 1 + offset] == text


def test_markdown_code_fences_hide_hash_lines_and_setext_headings_count():
    text = "Title\n=====\n\nIntro.\n\n```python\n# not a heading\nx = 1\n```\n\nSub\n---\nBody.\n"
    document = load_text("a.md", text)
    assert [s.heading for s in document.sections] == ["Title", "Title > Sub"]
    assert "# not a heading" in document.sections[0].lines


def test_rst_heading_levels_follow_the_order_of_adornments():
    document = load_text("designs.rst", DESIGNS)
    assert [s.heading for s in document.sections] == ["Designs > Box-Behnken", "Designs > Central composite"]
    lines = DESIGNS.splitlines()
    for section in document.sections:
        for offset, text in enumerate(section.lines):
            assert lines[section.first_line - 1 + offset] == text
    assert "Box-Behnken design places runs" in document.sections[0].lines[1]


def test_python_docstrings_are_read_with_ast_and_headed_by_qualified_name(tmp_path):
    path = tmp_path / "pkg" / "stats.py"
    path.parent.mkdir()
    (path.parent / "__init__.py").write_text("")
    # Importing this file would exit the interpreter: the loader must only parse it.
    private = 'def _helper():\n    """Internal."""\n\n\nclass _Hidden:\n    def shown(self):\n        """No."""\n'
    path.write_text(MODULE + private + "\nraise SystemExit('imported!')\n", encoding="utf-8")
    document = load_file(path, path.read_bytes())
    headings = [s.heading for s in document.sections]
    assert headings == ["pkg.stats", "welch", "welch", "welch", "Model", "Model.fit"]
    source = path.read_text().splitlines()
    for section in document.sections:  # every docstring line maps back to its source line
        for offset, text in enumerate(section.lines):
            if text.strip():
                assert text.strip() in source[section.first_line - 1 + offset]
    parameters = document.sections[2]
    assert parameters.lines[:2] == ("Parameters", "----------")


def test_python_syntax_error_is_a_load_error_naming_the_file():
    with pytest.raises(LoadError, match=r"broken\.py: line 1"):
        load_text("broken.py", "def f(:\n")


def test_collect_files_walks_folders_skips_hidden_and_rejects_unknown_named_files(tmp_path, corpus):
    hidden = corpus / ".cache"
    hidden.mkdir()
    (hidden / "x.md").write_text("# hidden\n")
    (corpus / "image.png").write_bytes(b"\x89PNG")
    named, walked = collect_files([corpus])
    assert named == [] and sorted(p.name for p in walked) == ["designs.rst", "guide.md", "notes.txt", "stats.py"]
    with pytest.raises(LoadError, match="no such file or folder"):
        collect_files([tmp_path / "missing"])
    with pytest.raises(LoadError, match=r"unknown kind of file '\.png'"):
        collect_files([corpus / "image.png"])


def _section(paragraphs: list[list[str]]) -> Section:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(paragraph + [""])
    return Section("H", tuple(lines), 10)


def test_chunks_fit_the_budget_overlap_and_keep_their_lines():
    words = [f"w{i}" for i in range(400)]
    lines = [" ".join(words[i : i + 8]) for i in range(0, 400, 8)]  # 50 lines of 8 words
    section = _section([lines[i : i + 5] for i in range(0, 50, 5)])  # 10 paragraphs of 5 lines
    chunks = chunk_section("s.md", section, budget=60, overlap=10)
    assert all(count_pieces(c.text) <= 60 for c in chunks)
    seen = [w for c in chunks for w in c.text.split()]
    assert set(seen) == set(words)  # nothing lost
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before.text.split()[-8:] == after.text.split()[:8]  # one line (8 words <= 10) repeated
        assert after.start_line == before.end_line
    for chunk in chunks:  # line numbers point at the section's lines (first_line = 10)
        first = chunk.text.splitlines()[0]
        assert section.lines[chunk.start_line - 10] == first


def test_chunks_prefer_to_end_where_a_paragraph_starts():
    section = _section([["a " * 20], ["b " * 20], ["c " * 20]])  # three paragraphs of 20 words
    chunks = chunk_section("s.md", section, budget=50, overlap=0)
    assert [normalise(c.text) for c in chunks] == [normalise("a " * 20 + "b " * 20), normalise("c " * 20)]


def test_an_overlong_line_is_cut_at_sentences_then_words():
    line = "First sentence is short. " + " ".join(f"x{i}" for i in range(100)) + "."
    chunks = chunk_section("s.txt", Section("", (line,), 1), budget=30, overlap=0)
    assert all(count_pieces(c.text) <= 30 for c in chunks)
    assert chunks[0].text.startswith("First sentence is short.")
    assert all(c.start_line == c.end_line == 1 for c in chunks)


def test_the_heading_counts_against_the_budget():
    document = load_text("n.txt", "\n".join(["one two three four five"] * 60))
    headed = type(document)(document.source, (Section("a very long heading " * 5, document.sections[0].lines, 1),))
    plain = chunk_document(document, max_tokens=100)
    with_heading = chunk_document(headed, max_tokens=100)
    assert len(with_heading) > len(plain)
    assert all(count_pieces(c.embedding_text) <= 98 for c in with_heading)


def test_dedupe_key_ignores_case_and_spacing_but_chunk_id_sees_the_heading():
    from plugins.retrieval.chunking import Chunk

    a = Chunk("a.md", "One", 1, 1, "Equal   variances\nare assumed")
    b = Chunk("b.md", "Two", 5, 6, "equal variances are ASSUMED")
    assert a.dedupe_key == b.dedupe_key and a.chunk_id != b.chunk_id


def test_pdf_text_is_read_page_by_page(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(_pdf(["Specification limits and capability.", "Control charts watch a process."]))
    document = load_file(path, path.read_bytes())
    assert [s.heading for s in document.sections] == ["page 1", "page 2"]
    assert "capability" in " ".join(document.sections[0].lines)
    assert document.sections[1].first_line == 1 + len(document.sections[0].lines)


def test_a_damaged_pdf_is_a_clear_load_error(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(LoadError, match=r"cannot read .*bad\.pdf"):
        load_file(path, path.read_bytes())


def _pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF with one line of Helvetica text per page (byte offsets computed)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    font = 3 + 2 * len(pages)
    for i, text in enumerate(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>"
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
