"""Tying mentions of one document together, in reading order.

- Persons: after "Emmanuel Macron" (listed or discovered), "Macron" / "Mr Macron" is the same
  actor; a discovered "John Smith" makes a later "Mr Smith" that person.
- Roles: "the foreign minister" is the person last named with that role, from the gazetteer
  (valid in the document's year when known) or from a title in the text ("Foreign Minister X").
- Anaphors: "the mercenaries" is the most recent actor that lists it (a mercenary group ...);
  "the army" / "the junta" / "the country" is the state named last in the same sentence,
  else among those of the last few sentences the one the article names most (then first).
- Acronyms: kept when defined in brackets after a name, or seen at least twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .discover import Candidate, Discoverer
from .gazetteer import GazMatch
from .textnorm import fold_key, slugify
from .types import ActorInfo, Mention

_STATE_WINDOW = 3  # sentences back that "the army" may look for its state


@dataclass(frozen=True, slots=True)
class RoleHit:
    start: int
    end: int
    role: str


@dataclass(frozen=True, slots=True)
class AnaphorHit:
    start: int
    end: int
    actor_ids: tuple[str, ...]  # empty: a state anaphor ("the army")


Item = GazMatch | Candidate | RoleHit | AnaphorHit


@dataclass(slots=True)
class _Known:
    actor_id: str
    name: str
    type: str
    discovered: bool


class DocResolver:
    """One pass over a document's items (all sentences, in order) → mentions."""

    def __init__(
        self,
        text: str,
        folded: str,
        actors: dict[str, ActorInfo],
        discoverer: Discoverer,
        year: int | None,
    ) -> None:
        self.text, self.folded, self.actors = text, folded, actors
        self.disc, self.year = discoverer, year
        self.surnames: dict[str, _Known] = {}
        # role -> (person, strength): a title in the text (2) beats a gazetteer role (1)
        self.by_role: dict[str, tuple[_Known, int]] = {}
        self.last_seen: dict[str, int] = {}  # actor id -> position of last mention
        self.states: list[tuple[int, str]] = []  # (sentence index, state id)
        self.discovered: dict[str, _Known] = {}
        self.acronyms: dict[str, _Known] = {}
        self.mentions: list[Mention] = []
        self._known: dict[str, _Known] = {}
        self._registered: set[str] = set()

    def run(self, items: list[tuple[int, int, int, int, Item]]) -> list[Mention]:
        """``items`` are (start, kind rank, sentence index, sentence start, item), sorted."""
        acronym_counts = Counter(
            c.text_key for *_, c in items if isinstance(c, Candidate) and c.kind == "acronym"
        )
        mentions, text, known_of = self.mentions, self.text, self._known
        last_seen, states = self.last_seen, self.states
        for _, _, sent, seg_start, item in items:
            if type(item) is GazMatch:
                aid = item.entry.actor_id
                known = known_of.get(aid) if aid is not None else None
                if known is not None and known.type not in ("person", "state"):
                    # the common case, inlined: an organisation or group already seen
                    s, e = item.start, item.end
                    if not mentions or s >= mentions[-1].end:
                        mentions.append(Mention(s, e, text[s:e], known.actor_id, known.name,
                                                known.type))
                        last_seen[known.actor_id] = s
                    continue
                if known is not None and known.type == "state":
                    s, e = item.start, item.end
                    if not mentions or s >= mentions[-1].end:
                        mentions.append(Mention(s, e, text[s:e], known.actor_id, known.name,
                                                "state"))
                        last_seen[known.actor_id] = s
                        states.append((sent, known.actor_id))
                    continue
                self._gaz(item, sent, seg_start)
            elif isinstance(item, Candidate):
                self._candidate(item, sent, seg_start, acronym_counts)
            elif isinstance(item, RoleHit):
                self._role(item, sent)
            elif isinstance(item, AnaphorHit):
                self._anaphor(item, sent)
        return self._merge_short_names(self._merge_bracketed(self.mentions))

    def _merge_bracketed(self, mentions: list[Mention]) -> list[Mention]:
        """"Office for the Coordination of Humanitarian Affairs (OCHA)": a discovered name
        followed by a listed acronym in brackets is that listed actor, everywhere."""
        remap: dict[str, Mention] = {}
        folded = self.folded
        for prev, m in zip(mentions, mentions[1:], strict=False):
            if (prev.discovered and not m.discovered and m.type != "state" and " " not in m.text
                    and folded[m.start - 1 : m.start] == "("
                    and folded[prev.end : m.start - 1].strip() == ""
                    and folded[m.end : m.end + 1] == ")"):
                remap[prev.actor_id] = m
        if not remap:
            return mentions
        return [
            Mention(m.start, m.end, m.text, t.actor_id, t.name, t.type, False)
            if (t := remap.get(m.actor_id)) is not None else m
            for m in mentions
        ]

    @staticmethod
    def _merge_short_names(mentions: list[Mention]) -> list[Mention]:
        """"President Clinton" ... "Bill Clinton": a one-word discovered person whose word is
        the surname of exactly one fuller person of the document becomes that person."""
        full: dict[str, dict[str, Mention]] = {}
        for m in mentions:
            if m.type == "person" and " " in m.name:
                full.setdefault(fold_key(m.name.split()[-1]), {})[m.actor_id] = m
        if not full:
            return mentions
        out = []
        for m in mentions:
            if m.discovered and m.type == "person" and " " not in m.name:
                targets = full.get(fold_key(m.name), {})
                if len(targets) == 1:
                    (t,) = targets.values()
                    m = Mention(m.start, m.end, m.text, t.actor_id, t.name, t.type, t.discovered)
            out.append(m)
        return out

    # -- item kinds ---------------------------------------------------------------------------

    def _gaz(self, m: GazMatch, sent: int, seg_start: int) -> None:
        aid = m.entry.actor_id
        if aid is None:
            return
        known = self._known.get(aid)
        if known is None:
            info = self.actors[aid]
            known = self._known[aid] = _Known(info.id, info.name, info.type, False)
        self._emit(m.start, m.end, known, sent)
        if known.type == "person":
            info = self.actors[aid]
            self._register_person(known, [info.name, self.text[m.start : m.end]])
            for role in info.roles:
                if role.valid_in(self.year):
                    self._set_role(role.role, known, 1)
            titles = self.disc.titles_before(self.folded, seg_start, m.start)
            role_name = self.disc.role_of_titles(titles)
            if role_name:
                self._set_role(role_name, known, 2)

    def _candidate(self, c: Candidate, sent: int, seg_start: int, counts: Counter[str]) -> None:
        if c.kind == "surname" and not self.surnames and not self.acronyms:
            return  # no person or acronym yet that a lone word could name
        key = fold_key(c.text_key)
        if c.kind == "surname":
            known = self.surnames.get(key) or self.acronyms.get(key)
            if known:
                self._emit(c.start, c.end, known, sent)
            return
        if c.kind == "acronym":
            known = self.acronyms.get(key) or self._defined_acronym(c)
            bracketed = self.folded[c.start - 1 : c.start] == "("
            if known is None and (
                bracketed or counts[c.text_key] >= self.disc.lex.acronym_min_count
            ):
                known = self._new(c, "organisation")
            if known:
                self.acronyms[key] = known
                self._emit(c.start, c.end, known, sent)
            return
        if c.kind == "person" and len(c.tokens) == 1 and key in self.surnames:
            known = self.surnames[key]  # "Mr Smith" after "John Smith"
        else:
            known = self._new(c, c.kind)
        self._emit(c.start, c.end, known, sent)
        if known.type == "person":
            self._register_person(known, [known.name])
            role_name = self.disc.role_of_titles(c.titles)
            if role_name:
                self._set_role(role_name, known, 2)

    def _role(self, r: RoleHit, sent: int) -> None:
        prev = self.mentions[-1] if self.mentions else None
        if (prev is not None and prev.type == "person"
                and self.folded[prev.end : r.start].strip() == ","):
            # apposition: "Aliou Tounkara, the foreign minister, said ..." names the role
            known = _Known(prev.actor_id, prev.name, prev.type, prev.discovered)
            self._set_role(r.role, known, 2)
            self._emit(r.start, r.end, known, sent)
            return
        held = self.by_role.get(r.role)
        if held:
            self._emit(r.start, r.end, held[0], sent)

    def _anaphor(self, a: AnaphorHit, sent: int) -> None:
        if a.actor_ids:
            seen = [(self.last_seen[i], i) for i in a.actor_ids if i in self.last_seen]
            if seen:
                info = self.actors[max(seen)[1]]
                self._emit(a.start, a.end, _Known(info.id, info.name, info.type, False), sent)
            return
        # A state named earlier in the same sentence wins (the most recent one: "Mali's
        # junta said the army ..."). Otherwise, among the states named in the last few
        # sentences, the one the article keeps naming (its topic), then the one it named
        # first: "the country" in a report on Burkina Faso that mentions French
        # broadcasters is still Burkina Faso.
        for s_idx, sid in reversed(self.states):
            if s_idx != sent:
                break
            info = self.actors[sid]
            self._emit(a.start, a.end, _Known(info.id, info.name, info.type, False), sent)
            return
        nearby = {sid for s_idx, sid in self.states if sent - s_idx <= _STATE_WINDOW}
        if not nearby:
            return
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for n, (_, sid) in enumerate(self.states):
            if sid in nearby:
                counts[sid] += 1
                first.setdefault(sid, n)
        state_id = min(nearby, key=lambda i: (-counts[i], first[i]))
        info = self.actors[state_id]
        self._emit(a.start, a.end, _Known(info.id, info.name, info.type, False), sent)

    # -- helpers ---------------------------------------------------------------------------

    def _new(self, c: Candidate, kind: str) -> _Known:
        name = self.text[c.start : c.end]
        key = fold_key(name)
        if key in self.discovered:
            return self.discovered[key]
        slug = slugify(name)
        if slug in self.actors:
            slug += "-x"
        known = _Known(slug, name, kind if kind != "acronym" else "organisation", True)
        self.discovered[key] = known
        return known

    def _defined_acronym(self, c: Candidate) -> _Known | None:
        """'... Support Group (GSIM)': the acronym names the mention just before the bracket."""
        if c.start < 2 or self.folded[c.start - 1] != "(" or not self.mentions:
            return None
        prev = self.mentions[-1]
        if self.folded[prev.end : c.start - 1].strip() != "":
            return None
        return _Known(prev.actor_id, prev.name, prev.type, prev.discovered)

    def _set_role(self, role: str, known: _Known, strength: int) -> None:
        """The last person named in a role holds it, unless only a list says so and the text
        itself gave the role to someone else (a title in the text beats a gazetteer role)."""
        held = self.by_role.get(role)
        if held is None or strength >= held[1] or held[0].actor_id == known.actor_id:
            self.by_role[role] = (known, strength)

    def _register_person(self, known: _Known, names: list[str]) -> None:
        if known.actor_id in self._registered and len(names) > 1:
            names = names[1:]  # the canonical name is in already
        self._registered.add(known.actor_id)
        for name in names:
            if " " not in name:
                continue
            words = name.replace("'s", "").split()
            if len(words) >= 2:
                self.surnames.setdefault(fold_key(words[-1]), known)
                if words[-2][:1].islower() or words[-2] in ("Ag", "Al", "El", "Le", "De"):
                    self.surnames.setdefault(fold_key(" ".join(words[-2:])), known)

    def _emit(self, start: int, end: int, known: _Known, sent: int) -> None:
        mentions = self.mentions
        if mentions and start < mentions[-1].end:
            return  # overlaps the previous mention (items come sorted by start)
        aid = known.actor_id
        text = self.text[start:end]
        mentions.append(Mention(start, end, text, aid, known.name, known.type, known.discovered))
        self.last_seen[aid] = start
        # A state named outright ("Burkina Faso", "Bamako", "Malian armed forces") can be
        # what "the country" means; a lone adjective ("French broadcasters") or an anaphor
        # that itself resolved to a state is not a new naming.
        if known.type == "state" and not text.lower().startswith("the ") and not self._demonym(aid, text):
            self.states.append((sent, aid))

    def _demonym(self, actor_id: str, text: str) -> bool:
        """Is ``text`` just the state's demonym ("French"), not a naming of it?"""
        info = self.actors.get(actor_id)
        return info is not None and text in info.demonyms
