"""Discovery of named actors that no list has: capitalised runs and title + name.

Precision comes first (the target is under 5% of actors that are no actor at all), so a run
becomes an actor only with positive evidence: a person title ("Col", "Mr", "Foreign Minister"),
a known first name, an organisation-like head word ("... Council", "... Brigade"), an acronym
seen twice or defined in brackets, speech ("X Y said"), or a surname already tied to a person.
Lone capitalised words, sentence-initial words, places, events and stop words are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .data import Lexicon
from .textnorm import fold

_WORD_TAIL = r"[A-Za-z0-9]*(?:['-][A-Za-z0-9]+)*"
_TOKEN = r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ud|ul)-)?[A-Z]" + _WORD_TAIL
# a period inside a name run only after a short title ("Mr. Smith", "Gen. X")
_ABBR_DOT = (
    r"(?:(?:(?<=Mr)|(?<=Mrs)|(?<=Ms)|(?<=Dr)|(?<=St)|(?<=Gen)|(?<=Col)|(?<=Lt)|(?<=Capt)"
    r"|(?<=Maj)|(?<=Sgt)|(?<=Prof)|(?<=Rev)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Adm)"
    r"|(?<=[ \t][A-Z]))\.)?"  # or a middle initial: "James C. Kopp"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}s?$|[A-Z][A-Z0-9]*-[A-Z0-9]+$")
# what the second character of an _ACRONYM match can be (a cheap test before the regex)
_ACRONYM_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_SPEECH_AFTER = re.compile(
    r",?\s+(?:said|says|told|added|explained|wrote|tweeted|stated|warned|argued|noted|"
    r"insisted|claimed|denied|confirmed)\b|,\s+(?:a|an|the|who|whose)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
# Words that open a capitalised run but are no given name: places and groups of people.
_NOT_GIVEN = frozenset((
    "East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central",
    "Little", "Greater", "Upper", "Lower", "New", "Old", "Ethnic", "Two", "Three", "Four",
    "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Dozens", "Hundreds",
    "Thousands", "Many", "Some", "Several", "Most", "All", "Both", "Republican", "Democrat",
    "Democratic", "Conservative", "Labour", "Liberal", "Super", "Tropical", "Honey", "Crazy",
    "Finals", "National", "International", "Royal", "Federal", "Rio", "Banda", "Santa", "San",
    "Los", "Las", "Port", "Fort", "Mount", "Lake", "Cape"))
_IF_SURNAME_ALONE = "person if its surname stands alone"
_NAMED_BEFORE = re.compile(r"\b(?:named|called)\s+$")


class Token(NamedTuple):
    """A word of a capitalised run (a tuple: cheap to build in the hot loop)."""

    start: int
    end: int
    text: str  # folded text of the token (without a trailing possessive)
    possessive: bool = False  # "Elian's Miami relatives": a name ends here


@dataclass(slots=True)
class Candidate:
    """A discovered name before coreference: tokens, titles stripped from its front, a guess."""

    start: int
    end: int
    tokens: list[Token]
    titles: list[str] = field(default_factory=list)
    # person | organisation | armed-group | media | political-party | acronym | surname
    kind: str = "unknown"
    sentence_initial: bool = False

    @property
    def text_key(self) -> str:
        return " ".join(t.text for t in self.tokens)


class Discoverer:
    """Finds candidate names in a sentence, outside the spans the gazetteer already took."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        conn = sorted(lexicon.connectors, key=len, reverse=True)
        conn_re = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in conn)
        # the first word needs no "al-" prefix; checking the boundary after [A-Z] is faster
        # than a lookbehind in front (the engine then skips to capitals quickly)
        self.run_re = re.compile(
            rf"[A-Z](?<![\w'-][A-Z]){_WORD_TAIL}"
            rf"(?:{_ABBR_DOT}[ \t\n]+(?:(?:{conn_re})[ \t\n]+)*{_TOKEN})*"
        )
        self.token_re = re.compile(_TOKEN)
        # titles as runs see them: capitalised words only ("Secretary of State" → Secretary State)
        self.titles = sorted({_caps(t) for t in lexicon.person_titles}, key=len, reverse=True)
        self.title_set = set(self.titles)
        self.lower_titles = {w.lower() for t in self.titles for w in t}
        self.title_lens = sorted({len(t) for t in self.titles}, reverse=True)
        self.title_max = max(self.title_lens)
        # first words of the titles: most words of a run open none, and one set lookup
        # then spares building the run's word tuples and trying every title length
        self.title_firsts = frozenset(t[0] for t in self.titles if t)
        self.title_roles = {_caps(t): r for t, r in lexicon.title_roles.items()}
        self.stop = {fold(s) for s in lexicon.stop}
        self.places = {fold(p) for p in lexicon.places}
        self.first_names = {fold(n) for n in lexicon.first_names}
        title_alts = "|".join(
            re.escape(" ".join(t)).replace(r"\ ", r"\s+") for t in self.titles
        )
        # titles right before a name found by the gazetteer ("Foreign Minister Antony Blinken")
        self.titles_before_re = re.compile(rf"(?:(?<![\w])(?:{title_alts})\.?\s+)+$")
        self.title_word_re = re.compile(rf"(?<![\w])(?:{title_alts})(?![\w])")
        self.title_ends = frozenset(t[-1].rstrip(".") for t in self.titles)

    # -- public ---------------------------------------------------------------------------

    def candidates(
        self,
        folded: str,
        starts: list[int],
        ends: list[int],
        taken: list[tuple[int, int]],
    ) -> list[tuple[int, Candidate]]:
        """(sentence index, candidate) for the sentences ``starts[k]:ends[k]`` (sorted).

        ``taken`` (the gazetteer's actor spans, sorted) is blanked out first, so that one regex
        pass over the whole text sees only the names no list has, already cut where a known
        name sat ("Foreign Minister [Antony Blinken]"); a merge walk assigns sentences.
        """
        masked = _mask(folded, taken)
        out: list[tuple[int, Candidate]] = []
        alone: set[str] = set()  # capitalised words met as a one-word run
        pending = False  # a full name waits for its surname to be met alone
        stop, titles = self.stop, self.title_set
        k, n = 0, len(starts)
        first_word = -1
        first_word_of = -1
        for m in self.run_re.finditer(masked):
            ms, me = m.span()
            while k < n and ends[k] <= ms:
                k += 1
            if k == n:
                break
            if ms < starts[k]:
                continue  # outside the content sentences (heading, boilerplate)
            if first_word_of != k:
                first_word, first_word_of = _first_word_start(folded, starts[k], ends[k]), k
            run = m.group()
            if " " not in run and "\t" not in run and "\n" not in run and me <= ends[k]:
                # one word: the common case, decided without tokenising
                word = run[:-2] if run.endswith("'s") else run.rstrip("'")
                if word in stop or (word,) in titles:
                    continue
                if folded[ms - 4 : ms] not in ("the ", "The "):
                    alone.add(word)  # "McCready said": a surname may stand alone
                end = ms + len(word)
                bracketed = folded[ms - 1 : ms] == "(" and folded[end : end + 1] == ")"
                acronym = bracketed or (
                    ms != first_word and word[1:2] in _ACRONYM_SECOND
                    and _ACRONYM.match(word) is not None
                )
                kind = "acronym" if acronym else "surname"
                tok = Token(ms, end, word)
                out.append((k, Candidate(ms, end, [tok], [], kind, ms == first_word)))
                continue
            if me > ends[k]:  # a run across a sentence end: take the part inside
                me = ends[k]
            tokens = [self._token(t) for t in self.token_re.finditer(masked, ms, me)]
            for part in self._split_names(folded, tokens):
                cand = self._classify(folded, part, first_word, starts[k], ends[k])
                if cand is None and len(part) > 1 and part[0].start == first_word:
                    # a capitalised common word opened the sentence: "Troops of the FDS"
                    cand = self._classify(folded, part[1:], first_word, starts[k], ends[k])
                if cand is not None:
                    out.append((k, cand))
                    pending = pending or cand.kind == _IF_SURNAME_ALONE
                    if len(cand.tokens) == 1:
                        alone.add(cand.tokens[0].text)  # "Mr. Ackerman"
        if not pending:
            return out
        settled: list[tuple[int, Candidate]] = []
        for k, c in out:
            if c.kind == _IF_SURNAME_ALONE:
                if c.tokens[-1].text not in alone:
                    continue
                c.kind = "person"
            settled.append((k, c))
        return settled

    def titles_before(self, folded: str, seg_start: int, pos: int) -> list[str]:
        """Person titles written right before ``pos`` ("interim President Col " → both)."""
        window = folded[max(seg_start, pos - 80) : pos]
        body = window.rstrip()
        if not body or len(body) == len(window) or body.split()[-1].rstrip(".") not in self.title_ends:
            return []  # no blank, or no title's last word, right before pos: no regex needed
        m = self.titles_before_re.search(window)
        if not m:
            return []
        return [t.group() for t in self.title_word_re.finditer(m.group())]

    def role_of_titles(self, titles: list[str]) -> str | None:
        for t in titles:
            role = self.title_roles.get(_caps(t))
            if role:
                return role
        return None

    # -- internals ------------------------------------------------------------------------

    @staticmethod
    def _token(m: re.Match[str]) -> Token:
        text = m.group()
        end = m.end()
        if text.endswith("'s"):
            return Token(m.start(), end - 2, text[:-2], True)
        if text.endswith("'"):
            return Token(m.start(), end - 1, text[:-1], True)
        return Token(m.start(), end, text)

    def _split_names(self, folded: str, tokens: list[Token]) -> list[list[Token]]:
        """Cut a run holding several names: after a possessive ("Elian's | Miami relatives"),
        before an inner title ("FBI | Director Louis Freeh", "National Assembly | President
        X"), and at "of" between a person and an organisation ("Joan Campbell | of the
        National Council of Churches")."""
        parts: list[list[Token]] = []
        cur: list[Token] = []
        for tok in tokens:
            cur.append(tok)
            if tok.possessive:
                parts.append(cur)
                cur = []
        if cur:
            parts.append(cur)
        out: list[list[Token]] = []
        for part in parts:
            out.extend(self._split_at_titles(part))
        return [p2 for p in out for p2 in self._split_person_of_org(folded, p)]

    def _title_len(self, tokens: list[Token], i: int) -> int:
        if tokens[i].text not in self.title_firsts:
            return 0
        words = tuple(t.text for t in tokens[i : i + self.title_max])
        return next((n for n in self.title_lens if words[:n] in self.title_set), 0)

    def _split_at_titles(self, tokens: list[Token]) -> list[list[Token]]:
        lead = 0  # titles opening the run belong to the name after them
        while lead < len(tokens) and (n := self._title_len(tokens, lead)):
            lead += n
        for i in range(lead + 1, len(tokens) - 1):
            n = self._title_len(tokens, i)
            if n and i + n < len(tokens) and tokens[i + n].text not in self.lex.org_heads:
                return [tokens[:i], *self._split_at_titles(tokens[i:])]
        return [tokens]

    def _split_person_of_org(self, folded: str, tokens: list[Token]) -> list[list[Token]]:
        """A person's name holds no "of": "Henry Mansell | of the Archdiocese of Buffalo"."""
        if len(tokens) < 3 or tokens[0].text not in self.first_names:
            return [tokens]
        for i in range(1, len(tokens)):
            gap = folded[tokens[i - 1].end : tokens[i].start]
            if " of" in gap or " for" in gap:
                return [tokens[:i], tokens[i:]]
        return [tokens]

    def _classify(
        self, folded: str, tokens: list[Token], first_word: int, seg_start: int, seg_end: int
    ) -> Candidate | None:
        lex = self.lex
        if any(t.text in lex.org_heads for t in tokens[1:]):
            # "Justice Department": a title word opening an organisation's name stays in it
            while tokens and tokens[0].text in self.stop:
                tokens = tokens[1:]
            while tokens and tokens[-1].text in self.stop:  # "... Stock Exchange Friday"
                tokens = tokens[:-1]
            return self._classify_plain(folded, tokens, first_word, seg_start, seg_end)
        titles: list[str] = []
        title_end = -1
        # leading stop words and titles ("Nevertheless", "President Col ...")
        while tokens:
            if tokens[0].text in self.title_firsts:
                words = tuple(t.text for t in tokens[: self.title_max])
                title = next((words[:n] for n in self.title_lens if words[:n] in self.title_set), None)
            else:
                title = None
            if title is not None and len(title) < len(tokens) + (1 if titles else 0):
                titles.append(" ".join(title))
                title_end = tokens[len(title) - 1].end
                tokens = tokens[len(title) :]
                continue
            if tokens[0].text in self.stop:
                tokens = tokens[1:]
                continue
            break
        # "Bill Clinton Thursday", "James C" (an initial cut off by a sentence split)
        while tokens and (tokens[-1].text in self.stop or len(tokens[-1].text) == 1):
            tokens = tokens[:-1]
        if not tokens:
            return None
        if titles and folded[title_end : tokens[0].start].strip(" \t.") != "":
            return None  # "Minister of Defence": a connector after the title, no name
        if titles:
            cand = Candidate(tokens[0].start, tokens[-1].end, tokens, titles, "person")
            cand.sentence_initial = tokens[0].start == first_word
            return cand
        return self._classify_plain(folded, tokens, first_word, seg_start, seg_end)

    def _classify_plain(
        self, folded: str, tokens: list[Token], first_word: int, seg_start: int, seg_end: int
    ) -> Candidate | None:
        """Type a name that carries no title, or None when nothing says it is an actor."""
        if not tokens:
            return None
        text = " ".join(t.text for t in tokens)
        if text in self.stop or text in self.places:
            return None
        first, last = tokens[0].text, tokens[-1].text
        lex = self.lex
        if (last in lex.place_heads or first in lex.thing_heads or last in lex.thing_heads
                or all(t.text in self.places for t in tokens)):
            return None
        cand = Candidate(tokens[0].start, tokens[-1].end, tokens)
        cand.sentence_initial = tokens[0].start == first_word
        if len(tokens) == 1:
            word = tokens[0].text
            if (word,) in self.title_set:
                return None  # "Mr" left over from "Mr [Blinken]"
            if _ACRONYM.match(word) and not cand.sentence_initial:
                cand.kind = "acronym"
            else:
                cand.kind = "surname"  # kept only if a person of the document has this name
        elif last in lex.armed_heads:
            cand.kind = "armed-group"
        elif last in lex.media_heads:
            cand.kind = "media"
        elif last in lex.party_heads:
            cand.kind = "political-party"
        elif last in lex.org_heads or any(t.text in lex.org_heads for t in tokens):
            cand.kind = "organisation"  # "Ministry of Defence", "Council on Foreign Relations"
        elif (first in self.first_names or self._speaker(cand, folded, seg_start, seg_end)
              or self.titles_before(folded, seg_start, cand.start)
              or _NAMED_BEFORE.search(folded, max(seg_start, cand.start - 8), cand.start)):
            # also a title written before it inside a known name ("Cypriot President Nicos
            # Anastasiades"), and "named X Y"
            cand.kind = "person"
        elif self._full_name_shape(folded, tokens):
            cand.kind = _IF_SURNAME_ALONE  # a person if its last word comes back alone
        else:
            return None
        return cand

    def _full_name_shape(self, folded: str, tokens: list[Token]) -> bool:
        """Two or three capitalised words that could be a given name and a surname ("Siobhan
        McCready"): no place, acronym, "of", or word that opens place names and groups."""
        if not 2 <= len(tokens) <= 3 or any(
                not t.text[:1].isupper() or t.text.isupper() or len(t.text) < 2
                or t.text in self.places or t.text.endswith("-based")
                or t.text in self.lex.thing_heads for t in tokens) or tokens[0].text in _NOT_GIVEN:
            return False  # "MVP", "South Florida", "Atlanta-based BellSouth", "Super Typhoon X"
        return not any(" " in folded[a.end : b.start].strip() or folded[a.end : b.start].strip()
                       in ("of", "for") for a, b in zip(tokens, tokens[1:], strict=False))

    @staticmethod
    def _speaker(c: Candidate, folded: str, seg_start: int, seg_end: int) -> bool:
        """A short name that speaks ("X Y said", "said X Y", "X Y, a researcher")."""
        if len(c.tokens) > 4:
            return False
        if _SPEECH_AFTER.match(folded, c.end, seg_end):
            return True
        before = folded[max(seg_start, c.start - 20) : c.start]
        return not c.sentence_initial and _SPEECH_BEFORE.search(before) is not None


def _first_word_start(folded: str, start: int, end: int) -> int:
    i = start
    while i < end and not folded[i].isalnum():
        i += 1
    return i


def _mask(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with the sorted, disjoint ``spans`` replaced by NUL characters (same length):
    no name run can start, continue or end inside them."""
    if not spans:
        return folded
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts.append(folded[pos:s])
        parts.append("\0" * (e - s))
        pos = e
    parts.append(folded[pos:])
    return "".join(parts)


def _caps(title: str) -> tuple[str, ...]:
    """The capitalised words of a title, without dots: "Secretary of State" → ("Secretary",
    "State")."""
    return tuple(w.rstrip(".") for w in fold(title).split() if w[:1].isupper())
