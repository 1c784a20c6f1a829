"""Reading raw files: decoding, fallbacks and clear rejections."""

from pathlib import Path

import pytest

from analysis.read.raw import RejectedFile, decode, read_text_file


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
