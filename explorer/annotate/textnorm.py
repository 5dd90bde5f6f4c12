"""Length-preserving text folding, slugs, and trie-shaped regexes.

Folding maps every character to exactly one character (``Gnassingbé`` → ``Gnassingbe``, ``’`` → ``'``),
so offsets found in the folded text are offsets into the original text: no re-mapping is needed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0x00C0, 0x0250), (0x1E00, 0x1F00)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            base = unicodedata.normalize("NFKD", ch)[:1]
            if base and base.isascii() and base.isalpha() and base != ch:
                table[cp] = base
    extra = {
        "ß": "s", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
        "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "þ": "t", "Þ": "T", "ð": "d", "Ð": "D",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
        "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
    for k, v in extra.items():
        table[ord(k)] = v
    return table


FOLD_TABLE = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    ch = m.group()
    return FOLD_TABLE.get(ord(ch), ch)


def fold(text: str) -> str:
    """Strip accents and unify apostrophes, keeping the length (one char in, one char out).

    News text is mostly ASCII: substituting only the non-ASCII characters is several times
    faster than ``str.translate`` over every character, and ASCII text is not scanned.
    """
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_char, text)


_KEYS: dict[str, str] = {}  # fold_key memo: names recur within and across articles


def fold_key(text: str) -> str:
    """Case- and accent-insensitive lookup key with collapsed whitespace."""
    key = _KEYS.get(text)
    if key is None:
        key = " ".join(fold(text).casefold().split())
        if len(_KEYS) < 100_000:
            _KEYS[text] = key
    return key


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """A stable id from a name: ``Faure Gnassingbé`` → ``faure-gnassingbe``."""
    return _SLUG_RE.sub("-", fold(text).casefold()).strip("-") or "x"


# A space in a name matches any run of blanks or a line break: hard-wrapped news text
# ("North Atlantic Treaty\nOrganization") still matches; ``squash`` gives the lookup key.
_SPACE = r"\s+"


def squash(matched: str) -> str:
    """The dictionary key of a trie match: blanks and line breaks read as one space."""
    return " ".join(matched.split()) if "  " in matched or "\n" in matched or "\t" in matched \
        else matched


def trie_regex(phrases: Iterable[str], star: bool = False) -> str:
    """One regex alternation shaped as a prefix trie, longest alternative first.

    A flat alternation of thousands of names is tried name by name at every position; a trie
    shares prefixes, so the engine follows one branch per character. With ``star``, a phrase
    ending in ``*`` also matches any word continuation (``militant*`` → ``militants``).
    """
    root: dict[str, dict] = {}
    END, STAR = "", "*"  # marker keys (never real characters after escaping decisions)
    for phrase in phrases:
        is_star = star and phrase.endswith("*")
        literal = phrase[:-1] if is_star else phrase
        if not literal:
            continue
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[STAR if is_star else END] = {}
    return _node_regex(root, END, STAR)


def _node_regex(node: dict[str, dict], end: str, star: str) -> str:
    children = sorted((k, v) for k, v in node.items() if k not in (end, star))
    alts = [(_SPACE if ch == " " else re.escape(ch)) + _node_regex(child, end, star)
            for ch, child in children]
    if star in node:
        alts.append(r"\w*")
        optional = False
    else:
        optional = end in node
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        if len(alts) == 1 and not (len(alts[0]) == 1 or body.startswith("(?:")):
            body = "(?:" + body + ")"
        return body + "?"
    return body
