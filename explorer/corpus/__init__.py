"""Corpus layer: documents from files, folders and stdin, with sentences and a DCT."""

from explorer.corpus.document import Document, Sentence
from explorer.corpus.loader import (
    TEXT_SUFFIXES,
    SkippedFile,
    discover,
    document_from_bytes,
    document_from_text,
    iter_documents,
    load_corpus,
    load_document,
    warn_stderr,
)

__all__ = [
    "TEXT_SUFFIXES",
    "Document",
    "Sentence",
    "SkippedFile",
    "discover",
    "document_from_bytes",
    "document_from_text",
    "iter_documents",
    "load_corpus",
    "load_document",
    "warn_stderr",
]
