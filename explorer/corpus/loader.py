"""Loading documents from files, folders (recursive) and stdin."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from explorer.corpus.dct import infer_dct, parse_loose_date
from explorer.corpus.decode import BinaryFile, decode_bytes
from explorer.corpus.document import DctSource, Document
from explorer.corpus.frontmatter import parse_front_matter
from explorer.corpus.segment import rules, segment
from explorer.errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
Warn = Callable[[str], None]


class SkippedFile(Exception):
    """A file that is not a usable document (binary, empty); the corpus goes on without it."""


def warn_stderr(message: str) -> None:
    print(f"timeline-explorer: warning: {message}", file=sys.stderr)


def _slug(name: str) -> str:
    s = re.sub(r"[^\w]+", "-", name.lower(), flags=re.ASCII).strip("-")
    return s[:48] or "doc"


def document_from_text(
    text: str,
    path: str = "-",
    ref_date: date | None = None,
    *,
    digest: str | None = None,
    warn: Warn = warn_stderr,
) -> Document:
    """Build a Document from decoded text: front matter, segments, metadata, DCT."""
    warnings: list[str] = []

    def note(msg: str) -> None:
        warnings.append(msg)
        warn(msg)

    fm = parse_front_matter(text)
    for line, problem in fm.problems:
        note(f"{path}:{line}: malformed front matter: {problem}")
    fields = fm.fields
    sentences = segment(text, fm.body_start)

    r = rules()
    source = fields.get("source")
    datelines: list[str] = []
    for s in sentences:
        if s.kind != "boilerplate":
            continue
        m = r.metadata["source"].fullmatch(s.text)
        if m and not source:
            source = m.group("value").strip()
        m = r.metadata["dateline"].fullmatch(s.text)
        if m:
            datelines.append(m.group("value"))

    title = fields.get("title")
    if not title:
        first = next((s for s in sentences if s.kind != "boilerplate"), None)
        if first is not None and first.kind == "heading":
            title = first.text

    published: date | None = None
    published_from: DctSource = "none"
    raw_date = fields.get("published") or fields.get("date")
    if raw_date:
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError:
            published = parse_loose_date(raw_date)
        if published is None:
            note(f"{path}: front matter date {raw_date!r} is not a date; ignored")
        else:
            published_from = "front-matter"
    if published is None and ref_date is not None:
        published, published_from = ref_date, "flag"
    if published is None:
        published = infer_dct(text[fm.body_start :], datelines)
        if published is not None:
            published_from = "inferred"
            note(f"{path}: no publication date given; inferred {published.isoformat()} from the text")
        else:
            note(f"{path}: no publication date; relative dates stay unresolved (use --ref-date)")

    digest = digest or hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    stem = Path(path).stem if path != "-" else "stdin"
    return Document(
        id=f"{_slug(stem)}-{digest[:8]}",
        path=path,
        text=text,
        body_start=fm.body_start,
        title=title,
        source=source,
        url=fields.get("url"),
        published=published,
        published_from=published_from,
        sentences=tuple(sentences),
        warnings=tuple(warnings),
    )


def load_document(path: str | Path, ref_date: date | None = None, *, warn: Warn = warn_stderr) -> Document:
    """Read and decode one file. Raises SkippedFile for binary or empty files."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file or directory") from None
    except OSError as exc:
        raise SkippedFile(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return document_from_bytes(data, str(p), ref_date, warn=warn)


def document_from_bytes(
    data: bytes, path: str, ref_date: date | None = None, *, warn: Warn = warn_stderr
) -> Document:
    if not data.strip():
        raise SkippedFile(f"{path}: empty file")
    digest = hashlib.sha1(data).hexdigest()
    try:
        decoded = decode_bytes(data)
    except BinaryFile as exc:
        raise SkippedFile(f"{path}: {exc}") from None
    del data
    if decoded.warning:
        warn(f"{path}: {decoded.warning}")
    return document_from_text(decoded.text, path, ref_date, digest=digest, warn=warn)


def discover(paths: Iterable[str], suffixes: frozenset[str] = TEXT_SUFFIXES) -> list[str]:
    """Expand folders recursively (sorted, hidden entries skipped). '-' stays as stdin.

    A path that does not exist is an InputError naming it; a folder with no file of the
    given suffixes is too.
    """
    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                raise InputError(f"{raw}: folder has no readable documents ({', '.join(sorted(suffixes))})")
            out.extend(found)
        elif p.exists():
            out.append(str(p))
        else:
            raise InputError(f"{raw}: no such file or directory")
    return out


def iter_documents(
    paths: Iterable[str], ref_date: date | None = None, *, warn: Warn = warn_stderr
) -> Iterator[Document]:
    """Documents of the already discovered paths; unusable files are skipped with a warning."""
    for path in paths:
        try:
            if path == "-":
                yield document_from_bytes(sys.stdin.buffer.read(), "-", ref_date, warn=warn)
            else:
                yield load_document(path, ref_date, warn=warn)
        except SkippedFile as exc:
            warn(f"{exc}; skipped")


def load_corpus(
    paths: Iterable[str], ref_date: date | None = None, *, warn: Warn = warn_stderr
) -> list[Document]:
    """All documents under paths. InputError when none is readable."""
    paths = list(paths)
    files = discover(paths)
    docs = list(iter_documents(files, ref_date, warn=warn))
    if not docs:
        raise InputError(f"{', '.join(paths) or '(no path)'}: no readable documents")
    return docs
