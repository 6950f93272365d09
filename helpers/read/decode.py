"""Bytes -> text: byte-order marks, UTF-16/UTF-32 without one, detected code pages, and
binary files named for what they are (a PDF, an image, an archive, an office document).

A Windows "Unicode" export is UTF-16 with a byte-order mark (b"\\xff\\xfeT\\x00h\\x00e\\x00");
its NUL bytes are not a sign of a binary file. A PDF renamed ``.txt`` starts with ``%PDF-``
and is read as the PDF it is (see ``files.read_file``), not as "0 words of text".
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from helpers.read.records import InputProblem

WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman")
WESTERN_MAX_HIGH_SHARE = 0.15  # bytes >= 0x80 in English text (accents, curly quotes); Cyrillic runs at 0.6+
SNIFF_BYTES = 4096
# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Without a mark, ASCII-range text in UTF-16 has a NUL in every other byte; 90% of a sample
# leaves room for non-Latin characters while random binary data scores near 0.4%.
WIDE_NUL_SHARE = 0.9
# (pattern at the start of the file, what the file is); checked before any decoding.
MAGIC: list[tuple[re.Pattern, str]] = [
    (re.compile(rb, re.DOTALL), kind) for rb, kind in [
        (rb"^%PDF-", "pdf"),
        (rb"^PK\x03\x04.{26}\[Content_Types\]\.xml.*word/", "docx"),
        (rb"^PK\x03\x04.*word/document\.xml", "docx"),
        (rb"^PK\x03\x04.*xl/", "an Excel spreadsheet (.xlsx)"),
        (rb"^PK\x03\x04.*ppt/", "a PowerPoint presentation (.pptx)"),
        (rb"^PK\x03\x04.{26}mimetypeapplication/vnd\.oasis", "an OpenDocument file (.odt/.ods)"),
        (rb"^PK\x03\x04.{26}mimetypeapplication/epub", "an EPUB e-book"),
        (rb"^PK\x03\x04", "a ZIP archive"),
        (rb"^\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls/.ppt)"),
        (rb"^\{\\rtf", "an RTF document (save it as .docx or plain text)"),
        (rb"^\x89PNG", "a PNG image"), (rb"^\xff\xd8\xff", "a JPEG image"), (rb"^GIF8[79]a", "a GIF image"),
        (rb"^RIFF....WEBP", "a WebP image"), (rb"^(II\*\x00|MM\x00\*)", "a TIFF image"),
        (rb"^\x1f\x8b", "a gzip archive"), (rb"^7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"^Rar!\x1a\x07", "a RAR archive"), (rb"^\xfd7zXZ\x00", "an xz archive"),
        (rb"^BZh[1-9]1AY&SY", "a bzip2 archive"), (rb"^.{257}ustar", "a tar archive"),
        (rb"^(ID3|\xff[\xfb\xf3\xf2])", "an MP3 audio file"), (rb"^....ftyp", "an MP4/MOV video or audio file"),
        (rb"^\x7fELF", "a program (ELF executable)"), (rb"^MZ.{0,200}\x00", "a Windows program"),
        (rb"^SQLite format 3\x00", "an SQLite database"),
    ]
]
# (bytes per unit, encoding, positions that are NUL, position of the letter) for "A".
WIDE_LAYOUTS = ((4, "utf-32-le", (1, 2, 3), 0), (4, "utf-32-be", (0, 1, 2), 3),
                (2, "utf-16-le", (1,), 0), (2, "utf-16-be", (0,), 1))
READABLE_KINDS = {"pdf": "a PDF document", "docx": "a Word document (.docx)"}


def sniff_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes: "pdf", "docx", or a description such as
    "a PNG image"; None for anything that may be text."""
    head = data[:SNIFF_BYTES]
    for pattern, kind in MAGIC:
        if pattern.match(head):
            return kind
    return None


def describe_kind(kind: str) -> str:
    """Words for a sniffed kind ("pdf" -> "a PDF document")."""
    return READABLE_KINDS.get(kind, kind)


def decode_bytes(data: bytes) -> str:
    """Decode bytes: a byte-order mark first, then UTF-16/UTF-32 without one, UTF-8, and
    else the encoding charset-normalizer detects.

    Raises:
        InputProblem: for binary data (named when recognised) or bytes no encoding explains.
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputProblem("decode", f"starts with a {encoding.upper()} byte-order mark but does not "
                                   f"decode as {encoding.upper()} (byte {exc.start + len(mark):,})") from exc
    kind = sniff_kind(data)
    if kind is not None:
        raise InputProblem("decode", f"{describe_kind(kind)}, not text")
    wide = _wide_encoding(data[:SNIFF_BYTES])
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputProblem("decode", "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detected(data)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16/UTF-32 byte order of BOM-less text whose characters are mostly below U+0100
    ("T\\x00h\\x00e\\x00" is UTF-16-LE), from where the NUL bytes fall in each unit."""
    if b"\x00" not in head:  # such text is mostly NUL bytes; most files have none (and skip the scan)
        return None
    for width, encoding, zeros, letter in WIDE_LAYOUTS:
        units = [head[i:i + width] for i in range(0, len(head) - width + 1, width)]
        if len(units) < 4:
            continue
        fits = sum(u[letter] != 0 and all(u[z] == 0 for z in zeros) for u in units)
        if fits >= WIDE_NUL_SHARE * len(units):
            return encoding
    return None


def _western(data: bytes) -> str | None:
    """The text as cp1252 when it is mostly ASCII and every other byte decodes to a letter,
    a digit or punctuation ("caf\xe9", "\x93quoted\x94"): English with a few accented names.
    Short samples otherwise fit Baltic or Central European code pages as well ("na\xefve" is
    "naļve" in cp1257), and charset-normalizer may pick one of those."""
    high = sum(b >= 0x80 for b in data)
    if high > WESTERN_MAX_HIGH_SHARE * len(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    odd = [c for c in text if ord(c) >= 0x80 and unicodedata.category(c)[0] not in "LPNS"]
    return None if odd else text


def _detected(data: bytes) -> str:
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputProblem("decode", "could not decode: not UTF-8 and no other encoding fits")
    # Short samples fit several code pages equally well; English news is Western.
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    western = [m for m in tied if m.encoding in WESTERN_ENCODINGS]
    return str((western or tied)[0])
