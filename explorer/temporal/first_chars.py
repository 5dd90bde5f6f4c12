"""Which characters a regular expression can start a match with.

The master grammar is one long alternation tried branch by branch at every candidate
position; knowing which branches can start with the first characters found there lets the
engine run a smaller alternation (same priority order) instead. The analysis walks the
parse tree of Python's own regex parser and errs on the safe side: assertions are ignored,
and anything it does not understand, or any failure at all, answers "any characters".
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
_FOLD = str.maketrans(string.digits, "0" * 10)


def fold(text: str) -> str:
    """TEXT with every ASCII digit as 0: prefixes tell words apart, not numbers."""
    return text.translate(_FOLD)
_SPACE = frozenset(" \t\n\r\f\v")


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


Prefixes = frozenset[tuple[str, bool]]
_WILD: Prefixes = frozenset((("", False),))
_EMPTY: Prefixes = frozenset((("", True),))
_SMALL_CLASS = 12


def prefixes(pattern: str, k: int, flags: int = 0) -> Prefixes:
    """The first K characters (digits folded to 0) a match of PATTERN can begin with, as
    (text, ended) pairs: TEXT shorter than K is either where the match may end (ENDED) or
    followed by anything. Assertions are ignored (a superset); anything not understood is
    "anything"."""
    if _p is None or _c is None:
        return _WILD
    try:
        return _seq(_p.parse(pattern, flags), k)
    except Exception:  # noqa: BLE001 - an internal API: never let it break the tagger
        return _WILD


def _concat(a: Prefixes, b: Prefixes, k: int) -> Prefixes:
    out: set[tuple[str, bool]] = set()
    for s, ended in a:
        if len(s) >= k or not ended:
            out.add((s, False))
            continue
        for t, e2 in b:
            joined = s + t
            out.add((joined[:k], e2 and len(joined) < k))
    return frozenset(out)


def _seq(seq: Any, k: int) -> Prefixes:
    acc = _EMPTY
    for op, av in seq:
        if all(len(s) >= k or not ended for s, ended in acc):
            break
        acc = _concat(acc, _pitem(op, av, k), k)
    return acc


def _pitem(op: Any, av: Any, k: int) -> Prefixes:
    c = _c
    assert c is not None
    if op is c.LITERAL:
        return frozenset(((fold(chr(av)), True),))
    if op is c.IN:
        chars = _charset(av)
        folded = {fold(ch) for ch in chars} if chars is not None else None
        if folded is None or len(folded) > _SMALL_CLASS:
            return _WILD
        return frozenset((ch, True) for ch in folded)
    if op is c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            out |= _seq(alt, k)
        return frozenset(out)
    if op is c.SUBPATTERN:
        return _WILD if av[1] & re.IGNORECASE else _seq(av[3], k)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq(av, k)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av[0], av[1], _seq(av[2], k)
        result: set[tuple[str, bool]] = set(_EMPTY) if low == 0 else set()
        current = _EMPTY
        for i in range(1, low + k + 1):
            if i > high:
                break
            current = _concat(current, sub, k)
            if i >= low:
                result |= current
        else:
            if ("", True) in sub:  # an empty repetition: no bound on what stays short
                result = {(s, False) if ended and len(s) < k else (s, ended) for s, ended in result}
        return frozenset(result)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY
    return _WILD
