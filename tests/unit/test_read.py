"""Reading raw files: decoding, fallbacks and clear rejections."""

import codecs
from pathlib import Path

import pytest

import analysis.read.raw as raw_module
from analysis.read.raw import RejectedFile, decode, normalise_line_endings, read_text_file


def test_utf8_text_is_read_with_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Côte d’Ivoire\n".encode())
    raw = read_text_file(path)
    assert raw.text == "Côte d’Ivoire\n"
    assert raw.encoding == "utf-8"
    assert len(raw.sha256) == 64 and raw.notes == ()


def test_cp1252_fallback_is_logged() -> None:
    text, encoding, notes = decode("Côte d’Ivoire".encode("cp1252"))
    assert text == "Côte d’Ivoire"
    assert encoding == "cp1252"
    assert "not valid UTF-8" in notes[0]


def test_latin1_is_the_last_resort() -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can decode it.
    text, encoding, _ = decode(b"caf\xe9 \x81")
    assert encoding == "latin-1" and text.startswith("café")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.7\n", "PDF"),
        ("In 2017, Cô".encode()[:-1], "truncated"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(RejectedFile, match=reason):
        read_text_file(path)


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(RejectedFile, match="unreadable"):
        read_text_file(tmp_path / "missing.txt")


# --- encodings by byte-order mark, NUL bytes anywhere, size limit -------------------------

PROFILE = "Kazakhstan\r\nIn 2017, Côte d’Ivoire made a moderate advancement.\r\n" * 40


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path.write_bytes(bom + PROFILE.encode(encoding))
    raw = read_text_file(path)
    assert raw.text == PROFILE.replace("\r\n", "\n")
    assert raw.encoding == ("utf-32" if "32" in encoding else "utf-16")
    assert any("byte-order mark" in n for n in raw.notes)
    with open(path, encoding=raw.encoding) as fh:  # the recipe the README gives
        assert fh.read() == raw.text


def test_utf16_cut_inside_a_character_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + PROFILE.encode("utf-16-le")[:-1])
    with pytest.raises(RejectedFile, match="truncated"):
        read_text_file(path)


def test_utf16_without_its_mark_is_binary_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(PROFILE.encode("utf-16-le"))
    with pytest.raises(RejectedFile, match=r"binary.*UTF-16 without a byte-order mark"):
        read_text_file(path)


def test_a_nul_byte_beyond_the_first_64_kb_makes_a_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(PROFILE.encode() * 40 + b"\x00" + PROFILE.encode())
    assert path.stat().st_size > 70_000
    with pytest.raises(RejectedFile, match="binary: the file contains NUL bytes"):
        read_text_file(path)


def test_a_file_above_the_size_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw_module, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(PROFILE.encode())
    with pytest.raises(RejectedFile, match=r"too large: .* above the limit"):
        read_text_file(path)


# --- line endings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("a\nb\n", "lf", None),
        ("a\r\nb\r\n", "crlf", "2 CRLF read as LF"),
        ("a\rb\r", "cr", "2 CR read as LF"),
        ("a\r\nb\rc\n", "mixed", "1 CRLF and 1 CR read as LF"),
        ("a b c", "none", None),
    ],
)
def test_line_endings_are_read_as_lf_and_logged(text: str, kind: str, note: str | None) -> None:
    normal, found, notes = normalise_line_endings(text)
    assert "\r" not in normal and normal.count("\n") == text.count("\n") + text.count("\r") - (
        text.count("\r\n"))
    assert found == kind
    assert (notes[0].startswith(f"line endings: {note}") if note else notes == [])


def test_crlf_file_reads_like_python_open(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(PROFILE.encode("cp1252"))
    raw = read_text_file(path)
    assert (raw.encoding, raw.line_endings) == ("cp1252", "crlf")
    assert any(n.startswith("line endings: 80 CRLF") for n in raw.notes)
    with open(path, encoding=raw.encoding) as fh:
        assert fh.read() == raw.text


def test_a_text_on_one_long_line_is_noted_as_flattened(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(PROFILE.replace("\r\n", " ") * 10, encoding="utf-8")
    raw = read_text_file(path)
    assert raw.line_endings == "none"
    assert any(n.startswith("flattened: a line of ") for n in raw.notes)
