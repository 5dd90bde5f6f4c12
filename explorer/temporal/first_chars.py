"""Which characters a regular expression can start a match with.

The master grammar is one long alternation tried branch by branch at every candidate
position; knowing which branches can start with the character found there lets the
engine run a smaller alternation (same priority order) instead. The analysis walks the
parse tree of Python's own regex parser and errs on the safe side: anything it does not
understand, or any failure at all, answers "any character".
"""

from __future__ import annotations

import importlib
import re
import string
from typing import Any

_c: Any
_p: Any
try:  # Python 3.11+: the parser of the re module is internal, so import it by name
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - older Pythons: no dispatch, same results
    _c = _p = None

ASCII = frozenset(string.ascii_lowercase + string.digits + string.punctuation + " \t\n\r\f\v")
_DIGITS = frozenset(string.digits)
_SPACE = frozenset(" \t\n\r\f\v")


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters PATTERN can start with (None: any character or unknown)."""
    if _p is None or _c is None:
        return None
    try:
        found, _ = _first(_p.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an internal API: never let it break the tagger
        return None
    return found


def _first(seq: Any) -> tuple[frozenset[str] | None, bool]:
    """FIRST set of a sequence of parse items, and whether the sequence can match empty."""
    acc: set[str] = set()
    for op, av in seq:
        f, nullable = _item(op, av)
        if f is None:
            return None, False
        acc |= f
        if not nullable:
            return frozenset(acc), False
    return frozenset(acc), True


def _item(op: Any, av: Any) -> tuple[frozenset[str] | None, bool]:
    c = _c
    assert c is not None
    if op is c.LITERAL:
        return frozenset((chr(av),)), False
    if op is c.IN:
        return _charset(av), False
    if op is c.BRANCH:
        acc: set[str] = set()
        nullable = False
        for alt in av[1]:
            f, n = _first(alt)
            if f is None:
                return None, False
            acc |= f
            nullable = nullable or n
        return frozenset(acc), nullable
    if op is c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None, False
        return _first(av[3])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        f, n = _first(av[2])
        return f, n or av[0] == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first(av)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: what follows decides
        return frozenset(), True
    return None, False


def _charset(items: Any) -> frozenset[str] | None:
    c = _c
    assert c is not None
    acc: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            acc.add(chr(av))
        elif op is c.RANGE:
            acc.update(chr(i) for i in range(av[0], min(av[1], 127) + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            acc |= _DIGITS
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            acc |= _SPACE
        else:
            return None
    return frozenset(acc)
