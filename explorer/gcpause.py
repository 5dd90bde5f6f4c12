"""A pause of the cyclic garbage collector around work that builds many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection while many acyclic objects are created (each pass would rescan
    them all for nothing); refcounting still frees garbage immediately. The collector is
    turned back on only if it was on before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
