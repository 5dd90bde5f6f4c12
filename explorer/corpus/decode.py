"""Bytes to text: UTF-8 first, then a Windows-1252 fallback (news files saved by Office)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


class BinaryFile(ValueError):
    """The bytes are not text (NUL bytes)."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode document bytes without mojibake for the encodings news files really use.

    A NUL byte marks a binary file (UTF-16 text is recognised by its BOM first). UTF-8 is
    tried strictly; on failure cp1252 (a superset of Latin-1 for printable text) is used
    and the caller is told, since the guess may be wrong.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "utf-16")
    if b"\x00" in data:
        raise BinaryFile("binary file (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        text = data.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        text = data.decode("latin-1")
        enc = "latin-1"
    return Decoded(text, enc, f"not valid UTF-8 (byte {where}); decoded as {enc}")
