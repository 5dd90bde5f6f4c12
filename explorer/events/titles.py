"""Event titles: a clause as a short headline ("Mali turned its back on France").

The clause's words without its dates and the words that lead to them, with a subject
borrowed where the clause has none (the sentence's head, the noun before a relative
clause, the speaker of an inverted report), cut at about ten words where a phrase ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from explorer.events.clauses import Clause, has_verb, in_quote, words
from explorer.temporal import Timex

# A number ("3,000", "3.5-year"), a word, or a sign. Written as one non-blank character
# and then what follows it by kind (the same matches as "\d[\d,.]*\d[\w'’-]*|[\w'’.-]+|
# [^\w\s]"): a pattern that opens with one class lets the engine skip the blanks between
# words instead of trying three alternatives at each (a seventh faster over titles).
_WORD = re.compile(r"\S(?:(?<=\d)[\d,.]*\d[\w'’-]*|(?<=[\w'’.-])[\w'’.-]*|(?<=[^\w\s]))")
MAX_TITLE_WORDS = 10
_TITLE_SPAN = 300  # characters of a clause read for its title


class MentionLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def actor_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...


_NOUN_AFTER = re.compile(r" [a-z]")


def is_adjectival(t: Timex, text: str) -> bool:
    """A date written as one hyphenated word before a noun: "third-quarter profit"."""
    return "-" in t.text and " " not in t.text and _NOUN_AFTER.match(text, t.end) is not None


_DATE_OWNER = "\1"  # the placeholder of a possessive date ("Friday's")
_POSSESSIVE = ("'s", "\u2019s")


def _tokens(text: str, c: Clause) -> list[str]:
    """Words of the clause; a date or time expression becomes a NUL placeholder (a
    possessive one "\1", and one used as an adjective keeps its words). A title keeps
    about ten words, so a long clause is read only as far as it can need."""
    end = min(c.end, c.start + _TITLE_SPAN)
    # "a month" (a rate) stays, and so does "third-quarter" in "third-quarter profit"
    dated = [t for t in c.timexes if t.type in ("DATE", "TIME") and not is_adjectival(t, text)]
    if not dated:
        return _WORD.findall(text, c.start, end)
    # Most words lie outside [lo, hi), the span of all the dated expressions: those are
    # read in bulk. No word holds a blank, so when a blank precedes lo no word crosses it
    # and the words before lo are those of text[start:lo]; after the first word at or past
    # hi the scan goes on from its end, as finditer would.
    lo, hi = min(t.start for t in dated), max(t.end for t in dated)
    if lo > c.start and text[lo - 1].isspace():
        out = _WORD.findall(text, c.start, min(lo, end))
        pos = lo
    else:
        out, pos = [], c.start
    for m in _WORD.finditer(text, pos, end):
        p = m.start()
        if p >= hi:
            out.append(m.group(0))
            out.extend(_WORD.findall(text, m.end(), end))
            break
        if p < lo:
            owner = None
        elif len(dated) == 1:  # its span is [lo, hi): no need to search
            owner = dated[0]
        else:
            owner = next((t for t in dated if t.start <= p < t.end), None)
        if owner is None:
            out.append(m.group(0))
        else:
            # "over Thursday's closing price": a possessive date qualifies the noun after
            # it, so the words before it stay
            out.append(_DATE_OWNER if text.startswith(_POSSESSIVE, owner.end) else "\0")
    return out


def _trim(tokens: list[str]) -> list[str]:
    w = words()
    toks: list[str] = []
    if "\0" not in tokens and _DATE_OWNER not in tokens:
        toks = list(tokens)
    else:
        for t in tokens:
            if t == _DATE_OWNER:
                continue
            if t == "\0":
                # "on Friday", "in July", "as early as Wednesday", "in 2001 and 2003": the
                # words that lead to a date go with it
                while toks and (toks[-1].lower() in w.time_prepositions
                                or toks[-1].lower() in w.date_links):
                    toks.pop()
            else:
                toks.append(t)
    while toks and (toks[0].lower() in w.leading_drop or not toks[0][0].isalnum()):
        toks.pop(0)
    while toks and (toks[-1].lower() in w.dangling or not toks[-1][0].isalnum()):
        toks.pop()
    return toks


def _cut(tokens: list[str], n: int) -> list[str]:
    """The first N words, or up to _STRETCH more to end the phrase they are in: "to shut
    down its second-largest bank", not "to shut"; "by at least 3.5 percent", not "3.5"."""
    if len(tokens) <= n:
        return _trim(tokens)
    w = words()
    for k in range(n - 1, max(0, n - 4), -1):
        if not tokens[k][0].isalnum() and tokens[k] not in _SIGNS:
            return _trim(tokens[:k])  # "coalition partners | , two days after ...": at the comma
    last = tokens[n - 1].lower()
    if last in w.prepositions or last in w.leading_drop:
        return _trim(tokens[: n - 1])  # "the staging ground | for many ...": cut before it
    for end in range(n, min(len(tokens), n + _STRETCH) + 1):
        if end == len(tokens):
            return _trim(tokens)
        nxt = tokens[end]
        if not nxt[0].isalnum() or nxt.lower() in w.prepositions or nxt.lower() in w.leading_drop:
            return _trim(tokens[:end])  # the next word opens another phrase
    return _trim(tokens[:n])


_STRETCH = 4
_SIGNS = frozenset("$\u00a3\u20ac\u00a5#%")  # tokens that belong to an amount

# Tokens that open what follows: a space before them, none after ("a $61 billion package").
_NO_SPACE_AFTER = "(\u201c[$\u00a3\u20ac\u00a5#"
_SPACE_BEFORE = "(\u201c\"'[$\u00a3\u20ac\u00a5#"


def _join(tokens: Sequence[str]) -> str:
    if all(t[0].isalnum() for t in tokens):
        # words only (most titles): a blank between every two, and no bracket to close (a
        # word holds none; see _WORD)
        return " ".join(tokens)
    s = ""
    for t in tokens:
        if s and s[-1] not in _NO_SPACE_AFTER and (t[0].isalnum() or t[0] in _SPACE_BEFORE):
            s += " "
        s += t
    if s.count("(") > s.count(")"):
        s = s[: s.rindex("(")].rstrip()
    return s


_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}$")


def _noun_chunk_before(text: str, sent_start: int, pos: int) -> str:
    """The words right before pos back to punctuation, a preposition or a time unit (max
    four); across one "of"/"for" when a noun stands before it ("unemployment benefits for
    2 million people")."""
    seg = text[sent_start:pos].rstrip(" ,\u2013\u2014-")
    age = _AGE_AFTER_NAME.search(seg)
    if age is not None:  # "Ramon Ortiz, 61, who has lived ...": the person, not the age
        seg = seg[: age.start()]
    toks = _WORD.findall(seg)
    w = words()
    chunk: list[str] = []
    crossed = False
    for k in range(len(toks) - 1, -1, -1):
        tok, low = toks[k], toks[k].lower()
        if low in ("of", "for") and chunk and not crossed and k > 0 and len(chunk) <= 3 and \
                (chunk[0][0].isdigit() or chunk[0].lower() in w.quantities):
            crossed = True  # "benefits for 2 million people", "the lives of thousands"
            chunk.insert(0, tok)
            continue
        if not tok[0].isalnum() or low in w.prepositions or low in w.leading_drop or \
                low in w.time_units or low in w.reporting or len(chunk) == (6 if crossed else 4) or crossed and (
                    low in w.verb_starts or _is_participle(tok)):
            break
        chunk.insert(0, tok)
    if chunk and chunk[0].lower() in ("of", "for"):
        chunk.pop(0)
    return _join(chunk)


def _needs_subject(tokens: list[str], relative: bool = False) -> bool:
    """A clause that starts with its verb ("that began in 2021", "when first deployed"); after
    a relative pronoun also a present tense ("which runs from June to September")."""
    w = words()
    for tok in tokens:
        low = tok.lower()
        if tok[0].isupper():
            return False
        if low in w.adverbs or low.endswith("ly"):
            continue
        return low in w.verb_starts or low.endswith("ed") or relative and _PRESENT_3RD.fullmatch(
            low) is not None and low not in w.not_verbs
    return False


def _subject_of(tokens: list[str]) -> list[str]:
    """The words before the first verb of a clause when they look like its subject: one to
    four words, the first capitalised ("Ukrenergo said ..." -> ["Ukrenergo"])."""
    w = words()
    for i, tok in enumerate(tokens[:5]):
        low = tok.lower()
        if tok[0].islower() and (low in w.verb_starts or low in w.inverted_reporting or (
                low.endswith("ed") and low not in w.not_verbs)):
            return tokens[:i] if i > 0 and tokens[0][0].isupper() else []
        if not tok[0].isalnum():
            return []
    return []


def _is_participle(tok: str) -> bool:
    low = tok.lower()
    return low.endswith("ed") and low not in words().not_verbs or low in words().participles


def _date_as_subject(text: str, c: Clause, toks: list[str]) -> list[str]:
    """The words of a date that opens the clause as its subject, when a verb follows it:
    "That winter was the coldest", "2022 saw record floods"."""
    if not toks or toks[0][0].isupper() or not c.timexes or c.timexes[0].start > c.start:
        return []
    low = toks[0].lower()
    w = words()
    if not (low in w.verb_starts or low.endswith("ed") or _PRESENT_3RD.fullmatch(low)):
        return []
    for t in c.timexes:
        if t.type in ("DATE", "TIME") and not text[c.start : t.start].strip() and \
                text[t.end : t.end + 1 + len(toks[0])].strip().lower() == low:
            return _WORD.findall(t.text)
    return []


def _head_tokens(text: str, head: Clause, cache: dict[int, list[str]] | None) -> list[str]:
    """The trimmed words of the sentence's first clause, read once per sentence."""
    if cache is None:
        return _trim(_tokens(text, head))
    toks = cache.get(head.start)
    if toks is None:
        toks = cache[head.start] = _trim(_tokens(text, head))
    return toks


def make_title(text: str, sent_start: int, c: Clause, mentions: Sequence[MentionLike],
               head: Clause | None = None, cache: dict[int, list[str]] | None = None) -> str:
    """The clause as a short title. ``head`` is the sentence's first clause: when this
    clause continues it after an interruption ("The war, which began in April, has
    killed ..."), a short verbless head is its subject."""
    toks = _trim(_tokens(text, c))
    inverted = c.opener is None and 1 < len(toks) <= _MAX_INVERTED_SUBJECT + 1 and \
        toks[0].lower() in words().inverted_reporting and toks[1][0].isalnum() and \
        toks[1].lower() not in _REPORTED_PRONOUNS  # not "said he would meet them"
    if inverted:
        toks = toks[1:] + toks[:1]  # '"...," said a WFP spokesperson' -> "A WFP spokesperson said"
    elif c.opener in words().coordinators and head is not None and head is not c and _needs_subject(toks):
        toks = _subject_of(_head_tokens(text, head, cache)) + toks  # "X said ..., but warned ..."
    elif c.opener is None and head is not None and head is not c and _needs_subject(toks):
        head_toks = _head_tokens(text, head, cache)
        if 0 < len(head_toks) <= 5 and not has_verb(text, head):
            toks = head_toks + toks
        elif _is_participle(toks[0]) and _AFTER_COMMA.search(text, sent_start, c.start):
            # "the dam, built in the late 19th century,": the noun before the comma
            toks = _WORD.findall(_noun_chunk_before(text, sent_start, c.start)) + toks
    elif c.opener in words().relativizers and _needs_subject(
            toks, c.opener in ("which", "who", "that")):
        subject = ""
        if c.opener in ("which", "who", "whom", "whose", "that"):
            subject = _noun_chunk_before(text, sent_start, c.start)
        if not subject:
            before = [m for m in mentions if sent_start <= m.start and m.end <= c.start]
            if before:
                subject = before[-1].text
        if subject:
            toks = _WORD.findall(subject) + toks
    date_words = _date_as_subject(text, c, toks)
    if date_words:  # "That winter was the coldest in 30 years"
        toks = date_words + toks
    elif head is not None and head is not c and len(toks) <= 2 and not has_verb(text, c):
        # "..., and again in the spring of 1998": the head clause again
        head_toks = _head_tokens(text, head, cache)
        if has_verb(text, head):
            toks = head_toks + toks
    if len(toks) > MAX_TITLE_WORDS:
        toks = _cut(toks, MAX_TITLE_WORDS)
    title = _join(toks)
    return title[:1].upper() + title[1:] if title else ""


# A third-person present verb: "runs", "holds", "carries" (not "was", "this", "press").
_PRESENT_3RD = re.compile(r"[a-z]{2,}[^su']s")
FALLBACK_TITLE_CHARS = 60
_AFTER_COMMA = re.compile(r",\s*$")
_MAX_REPORT_TOKENS = 7
_MAX_INVERTED_SUBJECT = 6  # words; a longer tail after "said" is no subject
_REPORTED_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "that", "there"))


def shortened(sentence: str, limit: int) -> str:
    """SENTENCE cut to LIMIT characters at a word boundary, with an ellipsis if cut."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    return sentence[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def what_was_said(text: str, title: str, sent: tuple[int, int],
                   around: tuple[Clause | None, Clause | None]) -> tuple[str, Clause | None]:
    """A title that is only "<who> said" gets what was said: the clause after it ("AFAD said
    that 6,400 buildings had collapsed") or, after a quotation, its first words."""
    w = words()
    if not title.endswith(w.reporting_ends):
        return title, None
    toks = _WORD.findall(title)
    if not toks or len(toks) > _MAX_REPORT_TOKENS or toks[-1].lower() not in w.reporting:
        return title, None
    prev, nxt = around
    if nxt is not None and nxt.opener in (None, "that") and not in_quote(text, *sent, nxt):
        said = _trim(_tokens(text, nxt))
        source = nxt
    elif prev is not None and in_quote(text, *sent, prev):
        said = _trim(_tokens(text, prev))
        source = prev
    else:
        return title, None
    room = MAX_TITLE_WORDS - len(toks)
    if room < 3 or not said:
        return title, None
    said = _cut(said, room)
    return f"{title} {_join(said)}" if said else title, source
