"""Reading articles from files, stdin and HTML, and writing outputs atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from scoring.errors import InvalidInputError

__all__ = ["Article", "atomic_write", "atomic_writer", "decode", "html_to_text", "read_article"]

# Share of control characters above which bytes are taken for a binary file, not text.
BINARY_CONTROL_SHARE = 0.05
# Share of zero bytes in one byte position (odd or even) above which BOM-less bytes are taken for UTF-16:
# ASCII-range text in UTF-16 has a zero in every other byte, binary files rarely have such a regular pattern.
UTF16_ZERO_SHARE = 0.4
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "iframe"})
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "title",
    ]
)


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text, where it came from, and any note on how it was decoded."""

    text: str
    name: str
    note: str = ""


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text of ``data``: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252 with a note."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), ""
            except UnicodeDecodeError as exc:
                raise InvalidInputError(f"{name}: damaged {codec} text ({exc.reason}); re-save it as UTF-8") from exc
    sample = data[:65536]
    utf16 = _bomless_utf16(sample)
    if utf16:
        try:
            return data.decode(utf16), f"no byte-order mark: decoded as {utf16.upper()}"
        except UnicodeDecodeError:
            pass
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or (sample and controls / len(sample) > BINARY_CONTROL_SHARE):
        raise InvalidInputError(f"{name} looks like a binary file, not text; give a UTF-8 text or HTML article")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not UTF-8: decoded as Windows-1252/Latin-1"


def _bomless_utf16(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when every other byte of ``sample`` is mostly zero, else None."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0) / pairs, sample[1 : 2 * pairs : 2].count(0) / pairs
    if odd > UTF16_ZERO_SHARE and even < UTF16_ZERO_SHARE / 4:
        return "utf-16-le"
    if even > UTF16_ZERO_SHARE and odd < UTF16_ZERO_SHARE / 4:
        return "utf-16-be"
    return None


class _TextExtractor(HTMLParser):
    """Visible article text: scripts, styles and page furniture dropped, blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self._skip = 0
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "article":
            self._in_article += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag == "article" and self._in_article:
            self._in_article -= 1
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self._in_article and self.article_parts is not None:
            self.article_parts.append(text)


def html_to_text(html: str) -> str:
    """The readable text of an HTML page: the <article> element when there is one, else the body."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parts = parser.article_parts if parser.article_parts and "".join(parser.article_parts).strip() else parser.parts
    lines = [" ".join(line.split()) for line in "".join(parts).splitlines()]
    return "\n\n".join(line for line in lines if line)


def _looks_like_html(name: str, text: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_article(path: str, *, stdin_bytes: bytes | None = None) -> Article:
    """Read an article from a path (text or HTML) or from stdin bytes when ``path`` is ``-``."""
    if path == "-":
        data = stdin_bytes if stdin_bytes is not None else b""
        name = "<stdin>"
    else:
        file = Path(path)
        if not file.exists():
            raise InvalidInputError(f"{path}: no such file; give a text or HTML file, or - for stdin")
        if file.is_dir():
            raise InvalidInputError(f"{path} is a directory; give one article file (use `credscore batch` for many)")
        try:
            data = file.read_bytes()
        except PermissionError as exc:
            raise InvalidInputError(f"{path}: permission denied; check the file's permissions") from exc
        name = str(path)
    text, note = decode(data, name)
    if _looks_like_html(name, text):
        text = html_to_text(text)
        note = (note + "; " if note else "") + "HTML reduced to its article text"
    return Article(text, name, note)


_NEW_FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends without error."""
    target = Path(path)
    if not target.parent.exists():
        raise InvalidInputError(f"{target.parent} does not exist; create the folder or choose another --output")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(temporary, _NEW_FILE_MODE & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def atomic_write(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` via a temporary file and a rename: never a partial file."""
    with atomic_writer(path) as out:
        out.write(content)
