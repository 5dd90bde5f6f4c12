"""Safe, display-ready strings for the TUI. The plain-text work lives in
:mod:`explorer.display`; here it is wrapped in ``rich.text.Text`` — never markup parsing —
so ``[@click=app.quit]`` or an escape sequence in an article is shown literally and can
trigger nothing.
"""

from __future__ import annotations

from rich.text import Text

from explorer.display import clean, date_label, how_dated, interval_words, parse_when

__all__ = ["clean", "date_label", "how_dated", "interval_words", "parse_when", "plain"]


def plain(s: str | None, style: str = "", *, one_line: bool = True) -> Text:
    """A ``Text`` of untrusted ``s``: cleaned, never parsed as markup."""
    return Text(clean(s, one_line=one_line), style=style)
