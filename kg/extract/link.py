"""Linking: spaCy entity spans → mentions of canonical entities.

Gazetteer matches resolve through the alias index; region names in lists ("the Sumy, Kursk
and Tula regions") resolve by stem, with typo tolerance; demonyms resolve to countries;
surnames to the full name used earlier in the article; names outside the gazetteers become
unlinked entities of the class the model gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from ..records import Entity
from ..text import slug
from .lexicon import Lexicon, norm
from .nlp import DASHES, dateline_at, entity_span

CLASS_PREFERENCE = [
    "Country",
    "Organization",
    "Person",
    "Treaty",
    "Weapon",
    "AdministrativeRegion",
    "Region",
    "City",
]
PLACES = {"Country", "AdministrativeRegion", "City", "Region"}
SKIP_LABELS = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "LANGUAGE"}
# Prefixes of a navy ship's name ("USS Carney", "HMS Diamond"): the name is one ship, an
# individual weapon the guidelines do not annotate, never the person or place it honours
# the prefixes of navies' ship names and the state each stands for ("USS Carney")
SHIP_STATES = {
    "uss": "united-states",
    "hms": "united-kingdom",
    "hmcs": "canada",
    "hmas": "australia",
    "hmnzs": "new-zealand",
    "ins": "india",
    "roks": "south-korea",
    "tcg": "turkey",
    "hnlms": "netherlands",
    "rfs": "russia",
}
SHIP_PREFIXES = set(SHIP_STATES)
# sentences that credit journalists: "X contributed to this report", a line "By Jane Doe"
BYLINE = re.compile(
    r"contributed to this report|reported from|contributed reporting"
    r"|^\s*By\s+(?-i:[A-Z][a-zA-Z.'’-]*(\s+[A-Z][a-zA-Z.'’-]*){0,3}"
    r"(\s*(,|and)\s*[A-Z][a-zA-Z.'’-]*(\s+[A-Z][a-zA-Z.'’-]*){0,3})*)\s*$",
    re.I,
)
_FUZZY_MIN = 84
_LIST_SPAN = 64  # tokens a list of region names may span before its head word ("regions")
# Countries whose names put the family name first ("Kim Yo Jong" is "Kim" on second mention).
FAMILY_NAME_FIRST = {"china", "taiwan", "north-korea", "south-korea", "vietnam"}
# Named-entity types of words that say whose, where or when a weapon is, never which
# ("Russian missiles", "Crimea drones", "Sunday's strikes"): such a word ends a weapon's name.
# (ORG is not among them: the model takes most unknown system names for organisations, and
# the organisations that field weapons are in the gazetteer; "Army", "Navy" are org_heads.)
_NOT_A_NAME = {
    "NORP",
    "GPE",
    "LOC",
    "FAC",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "ORDINAL",
    "EVENT",
    "LAW",
    "LANGUAGE",
}
# Prepositions whose object is a place, never a person ("near Tarvo", "outside Velm")
_PLACE_PREPS = {"in", "near", "outside", "around", "into", "across", "toward", "towards"}


@dataclass
class Ment:
    """A mention inside one doc: token span [start, end) and the entity it names."""

    start: int
    end: int
    entity_id: str
    # name | demonym | generic | list | capital | metonym | direction | dateline | group |
    # service
    kind: str = "name"
    confidence: float = 1.0
    head: int | None = None  # list members: the token of "regions" that heads the list

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass
class DocLinker:
    lex: Lexicon
    entities: dict[str, Entity] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)
    _persons: dict[str, str] = field(default_factory=dict)  # norm(surname) → entity id

    # -- public ----------------------------------------------------------------------------
    def link(self, doc: Doc) -> list[Ment]:
        ments: list[Ment] = []
        taken: set[int] = set()
        self._headline = _title_case_lines(doc)
        self._acronyms: dict[str, str] = {}
        self._towns: set[str] = set()  # names read as places where the model saw a person
        self._places: dict[str, str] = {}  # stem of an unknown place → its entity id
        self._titled_names(doc)
        self._extend_persons(doc)
        self._full = _full_names(doc)
        self._full_orgs = _full_orgs(doc)
        # countries the article names, itself or by a demonym or a place of theirs
        self._countries: set[str] = {
            c for t in doc if t.ent_id_ and (c := self.lex.country_of(t.ent_id_))
        }

        def put(m: Ment, surface: str) -> None:
            if any(i in taken for i in range(m.start, m.end)):
                return
            taken.update(range(m.start, m.end))
            ments.append(m)
            self._use(m.entity_id, surface)

        # the readers of names the model does not tag, in order: each is a generator, run
        # after the ones before it have taken their tokens
        readers = (
            self._region_lists(doc),
            self._directional(doc),
            self._generic_orgs(doc),
            self._sided_groups(doc),
            self._language_services(doc),
            self._capital_references(doc),
            self._governments(doc),
            self._alliance_references(doc, ments),
            self._halves(doc),
            self._ship_names(doc, taken),
            self._named_weapons(doc, taken),
            self._sold_items(doc, taken),
            self._elided_weapons(doc, taken),
            self._named_facilities(doc, taken),
            self._named_treaties(doc, taken),
            self._lakes_and_mountains(doc, taken),
            self._capital_datelines(doc, taken),
        )
        for m, surface in chain.from_iterable(readers):
            put(m, surface)
        byline = {i for s in doc.sents if BYLINE.search(s.text) for i in range(s.start, s.end)}
        for ent in doc.ents:
            if ent.label_ in SKIP_LABELS:
                continue
            if ent.label_ == "PERSON" and ent.start in byline:
                continue
            if ent[0].lower_ in SHIP_PREFIXES or (
                ent.start > 0 and doc[ent.start - 1].lower_ in SHIP_PREFIXES
            ):
                continue
            if ent.label_ == "WEAPON" and ent.text.islower() and _after_hyphen(ent[0]):
                continue  # "tank" in "anti-tank", "armor" in "anti-armor"
            if ent.label_ == "WEAPON" and _whose_air_defenses(ent):
                continue
            resolved = self._resolve_span(ent)
            if resolved is None:
                continue
            given = self._other_given_name(ent, resolved.entity_id)
            if given is not None:  # "Ali Bagheri" is not Mohammad Bagheri
                resolved = Ment(given.start, given.end, self._unlinked(given.text, "Person"))
                ent = given
            if self._name_not_town(ent, resolved.entity_id):
                full = self._full.get(norm(ent.text))
                eid = self._person(full) if full is not None else None
                if eid is None:
                    continue
                resolved = Ment(ent.start, ent.end, eid)  # "Hassan said" of "Omar Hassan"
            if (
                not self.entities.get(resolved.entity_id, _LINKED).linked
                and ent.start in self._headline
            ):
                continue  # title case hides what is a name: "Ukraine Says it Shot Down …"
            state = self._metonym(doc, ent, resolved.entity_id)
            if state:  # "Moscow's forces", "Washington-supplied": the state, not the city
                if not any(i in taken for i in range(ent.start, ent.end)):
                    taken.update(range(ent.start, ent.end))
                    ments.append(Ment(ent.start, ent.end, state, "metonym"))
                    self._use(state, self.lex.entities[state].label)
                continue
            if _dateline(ent):
                resolved.kind = "dateline"
            put(resolved, ent.text)
            self._acronym_after(doc, ent, resolved.entity_id)
            person = self.lex.entities.get(resolved.entity_id, _LINKED)
            parts = _clean(ent.text).split()
            if len(parts) > 1 and person.cls == "Person":
                family = parts[0] if person.country in FAMILY_NAME_FIRST else parts[-1]
                self._persons.setdefault(norm(family), resolved.entity_id)
        # "pro-Russian separatists", "anti-American protests": a stance, not the state
        ments = [
            m
            for m in ments
            if not (
                m.kind == "demonym"
                and m.start >= 2
                and doc[m.start - 1].text == "-"
                and doc[m.start - 2].lower_ in ("pro", "anti")
            )
        ]
        ments.sort(key=lambda m: m.start)
        self._weapon_anaphora(doc, ments)
        return ments

    def _other_given_name(self, ent: Span, eid: str) -> Span | None:
        """A known person's family name matched alone right after another capitalised name
        that is no title ("Ali Bagheri" for the gazetteer's "Bagheri", Mohammad Bagheri): the
        name of someone else, as a span."""
        e = self.lex.entities.get(eid)
        if e is None or e.cls != "Person" or len(ent) != 1 or ent.start == 0:
            return None
        prev = ent.doc[ent.start - 1]
        if (
            not prev.is_alpha
            or not prev.text[:1].isupper()
            or prev.pos_ != "PROPN"
            or prev.ent_type_ not in ("", "PERSON")
            or prev.lower_ in self.lex.words["person_titles"]
            or prev.lower_ in self.lex.words["roles"]
            or any(  # one of the person's own names, in any spelling ("Mansour" / "Mansur")
                fuzz.ratio(norm(prev.text), norm(word)) >= 80
                for name in (e.label, *e.aliases)
                for word in name.split()
            )
        ):
            return None
        return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")

    def _extend_persons(self, doc: Doc) -> None:
        """A person's name that the model cut short: up to two capitalised proper nouns right
        after a PERSON span join it when they belong to no entity or are a town's name from
        the gazetteer ("Amina Yusuf Kenton": many family names are also town names)."""
        ents = list(doc.ents)
        out: list[Span] = []
        i = 0
        grown: list[Span] = []
        w = self.lex.words
        other = set(w["roles"]) | set(w["org_heads"]) | set(w["place_nouns"])
        other |= set(w["region_heads"])
        while i < len(ents):
            e = ents[i]
            i += 1
            town = self.lex.entities.get(e.ent_id_)
            if (  # "Vladimir Orlov": a town's name as a first name
                len(e) == 1
                and town is not None
                and town.cls == "City"
                and e.ent_id_ not in self.lex.capitals
                and e.end < len(doc)
                and not doc[e.end].ent_type_
                and doc[e.end].pos_ == "PROPN"
                and doc[e.end].is_alpha
                and doc[e.end].text[:1].isupper()
                and doc[e.end].lower_ not in other
                and (e.end + 1 == len(doc) or doc[e.end + 1].tag_ != "POS")  # "Tarvo People's"
            ):
                e = Span(doc, e.start, e.start + 1, label="PERSON")
            elif e.label_ != "PERSON" or e.ent_id_:
                out.append(e)
                continue
            end = e.end
            while end < len(doc) and end - e.end < 2:
                t = doc[end]
                if not (t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN"):
                    break
                if t.ent_type_:
                    town = self.lex.entities.get(t.ent_id_)
                    if (
                        t.ent_iob_ != "B"
                        or town is None
                        or town.cls != "City"
                        or t.ent_id_ in self.lex.capitals
                        or (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I")
                    ):
                        break
                    i += 1  # the town's span is part of the name
                end += 1
            if end > e.end:
                e = Span(doc, e.start, end, label="PERSON")
                grown.append(e)
            out.append(e)
        if grown:
            doc.ents = out
            for t in (t for e in grown for t in e):
                t.ent_id_ = ""  # the town's gazetteer id

    def _titled_names(self, doc: Doc) -> None:
        """A title the model did not see a name after: "Lieutenant General Varga", "Mullah
        Omid Rahim" (verbs.json ``person_titles``). One to three capitalised proper nouns in
        no entity, none of them a word of roles or organisations, become a PERSON span."""
        w = self.lex.words
        titles = set(w["person_titles"])
        other = titles | set(w["roles"]) | set(w["org_heads"]) | set(w["place_nouns"])
        new: list[Span] = []
        i = 0
        while i < len(doc):
            if doc[i].lower_ not in titles or doc[i].ent_type_ or not doc[i].text[:1].isupper():
                i += 1
                continue
            j = i + 1
            while j < len(doc) and doc[j].lower_ in titles and doc[j].text[:1].isupper():
                j += 1
            k = j
            while (
                k < len(doc)
                and k - j < 3
                and doc[k].pos_ == "PROPN"
                and doc[k].is_alpha
                and doc[k].text[:1].isupper()
                and not doc[k].ent_type_
                and doc[k].lower_ not in other
            ):
                k += 1
            nxt = doc[k] if k < len(doc) else None
            if k > j and not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                new.append(Span(doc, j, k, label="PERSON"))
            i = max(k, i + 1)
        if new:
            doc.set_ents(new, default="unmodified")

    def _named_weapons(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A weapon word led by a name or a model code ("AGM-86 missiles", "the Type 039
        submarine", "Sovremenny-class destroyers", "Ejder armored vehicles"). The weapon
        word is a general weapon type of the gazetteer or one of verbs.json ``weapon_heads``.
        A name the gazetteer knows as a system links the whole phrase to it (the general words
        stand for that system: "Hwasong-19 intercontinental ballistic missile"); any other
        name makes an unlinked Weapon named by the phrase, with the bare name as an alias."""
        heads = set(self.lex.words["weapon_heads"])
        for tok in doc:
            if tok.i in taken or tok.i in self._headline:
                continue
            general = self._general_weapon(tok)
            if general is None:
                if tok.pos_ != "NOUN" or tok.ent_id_ or tok.lemma_.lower() not in heads:
                    continue
                first = tok.i
            else:
                first = general.start
            start, system = self._name_before(doc, first, tok.i, taken)
            if start == first:
                continue
            span = doc[start : tok.i + 1]
            if system is not None:
                yield Ment(start, tok.i + 1, system, confidence=0.8), span.text
                continue
            name = doc[start:first].text
            label = f"{doc[start : tok.i].text} {tok.lemma_.lower()}"
            eid = self._unlinked(label, "Weapon")
            self.forms.setdefault(eid, set()).add(name)
            yield Ment(start, tok.i + 1, eid, confidence=0.6), span.text

    def _elided_weapons(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A weapon type that shares its weapon words with the next one ("ballistic and cruise
        missiles", "anti-tank and anti-aircraft weapons", "short-range and medium-range
        ballistic missiles"): the modifier before "and" / "or" is the gazetteer type it makes
        with the shared words."""
        for tok in doc:
            general = self._general_weapon(tok)
            c = general.start - 1 if general is not None else -1
            if general is None or c < 1 or doc[c].lower_ not in ("and", "or", ","):
                continue
            m = c
            while (
                m > 0
                and c - m < 4
                and m - 1 not in taken
                and (not doc[m - 1].ent_id_ or _after_hyphen(doc[m - 1]))
            ):
                prev = doc[m - 1]
                if not (prev.is_lower and prev.is_alpha or prev.text == "-"):
                    break
                m -= 1
            found = self._elided_type(doc, general, m, c)
            if found is not None:
                k, eid = found
                yield Ment(k, c, eid, confidence=0.8), doc[k:c].text

    def _elided_type(self, doc: Doc, general: Span, m: int, c: int) -> tuple[int, str] | None:
        """The longest modifier ``doc[k:c]`` (``m`` <= k) and the longest tail of the shared
        words that together name a gazetteer weapon type."""
        for k in range(m, c):
            if doc[k].text == "-":
                continue
            for t in range(general.start + 1, general.end):
                form = f"{doc[k:c].text} {doc[t : general.end].text}"
                hits = [e for e in self.lex.lookup(form) if e.cls == "Weapon"]
                if hits:
                    return k, hits[0].id
        return None

    def _general_weapon(self, tok: Token) -> Span | None:
        """The general weapon type of the gazetteer ("armored vehicles") that ends at ``tok``."""
        e = self.lex.entities.get(tok.ent_id_) if tok.ent_id_ else None
        if e is None or e.cls != "Weapon" or not e.label.islower():
            return None
        span = entity_span(tok)
        return span if span is not None and span.end == tok.i + 1 else None

    def _name_before(
        self, doc: Doc, first: int, last: int, taken: set[int]
    ) -> tuple[int, str | None]:
        """Where the name before the weapon words ``first``..``last`` starts, and the gazetteer
        system it is (if any). Read leftwards: lower-case modifiers of the weapon words
        ("Toufan ballistic missile"), then name words and model codes, a number after a name
        word ("Type 055", "MK 48") and "-class" ("Kilo-class"); a gazetteer name, or a name
        of a state, a place or a date, ends it (these say whose, where or when, not which).
        A gazetteer system right before the name words takes them in as its variant."""
        start, pending, j = first, 0, first - 1
        while j >= 0 and j not in taken:
            t = doc[j]
            if t.ent_id_:
                e = self.lex.entities.get(t.ent_id_)
                span = entity_span(t)
                if (
                    e is not None
                    and e.cls == "Weapon"
                    and not e.label.islower()
                    and span is not None
                    and span.end == j + 1
                    and (start == first or pending == 0)
                ):
                    return span.start, e.id  # "Tomahawk Block IV missiles": a variant
                break
            if self._name_word(t):
                start, pending = j, 0
            elif t.like_num and j > 0 and self._name_word(doc[j - 1]):
                pending += 1
            elif t.lower_ in ("class", "type") and j > 1 and doc[j - 1].text == "-":
                pending, j = pending + 2, j - 1
            elif (
                start == first
                and pending < 4
                and (t.is_lower and t.is_alpha or t.text == "-")
                and t.dep_ in ("amod", "compound", "nmod", "npadvmod", "punct")
                and j < t.head.i <= last
            ):
                pending += 1
            else:
                break
            j -= 1
        if _after_hyphen(doc[start]):
            return first, None  # a piece of a compound ("Surface-to-Air Missile")
        return start, None

    def _name_word(self, t: Token) -> bool:
        """A model code, or a capitalised word that may name a weapon (not a stop word, not the
        model's state, place or date, not an organisation's acronym, not "Army" or "Navy")."""
        return _designation(t) or (
            t.text[:1].isupper()
            and t.is_alpha
            and not t.is_stop
            and (t.pos_ in ("PROPN", "NOUN") or _class_name(t))
            and t.ent_type_ not in _NOT_A_NAME
            and not (t.ent_type_ == "ORG" and t.is_upper)  # "AMISOM": a mission's acronym
            and t.lower_ not in self.lex.words["org_heads"]
            and (t.pos_ == "PROPN" or not t.is_sent_start)
        )

    def _sold_items(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """What a sale notice sells by a name the gazetteer lacks: "a possible sale to X of
        Tactical Mission Network Software, Equipment, and Services", "X has requested to buy
        an Integrated Battle Command System": a name of two or more capitalised words after
        the sale's "of" or a verb of buying is the materiel (an unlinked Weapon)."""
        buying = set(self.lex.words["events"]["WeaponTransfer"]["receiving_verbs"])
        for tok in doc:
            starts: list[int] = []
            sale = tok.lemma_.lower() == "sale"
            if sale and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                # "sale to the Government of X of A": each "of" after it, the first name wins
                stop = next((t.i for t in doc[tok.i + 1 :] if t.is_sent_start), len(doc))
                starts = [t.i + 1 for t in doc[tok.i + 1 : stop] if t.lower_ == "of"]
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in buying:
                starts = [tok.i + 1]
            for start in starts:
                while start < len(doc) and doc[start].pos_ in ("DET", "NUM"):
                    start += 1
                end = start
                while (
                    end < len(doc)
                    and end not in taken
                    and doc[end].text[:1].isupper()
                    and (doc[end].is_alpha or doc[end].text == "-")
                ):
                    end += 1
                named = doc[start].ent_id_ or self.lex.lookup(doc[start:end].text)
                people = doc[start].ent_type_ in ("GPE", "NORP", "PERSON", "DATE", "MONEY")
                if end - start >= 2 and not named and not people:
                    break
            else:
                continue
            text = doc[start:end].text
            # "Tactical Mission Network Software" … "a Tactical Mission Network": one item
            same = [
                e.id
                for e in self.entities.values()
                if e.cls == "Weapon"
                and not e.linked
                and (e.label.startswith(text) or text.startswith(e.label))
            ]
            eid = same[0] if same else self._unlinked(text, "Weapon")
            yield Ment(start, end, eid, confidence=0.6), text

    def _named_facilities(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A facility word led by a name ("the Saky air base", "the Zaporizhzhia nuclear power
        plant", "Ben Gurion airport"): a place, typed AdministrativeRegion as the guidelines
        type places that are not administrative units (verbs.json ``facility_heads``). A name
        of an actor leads no facility: "a Hezbollah base" is the group's."""
        heads = set(self.lex.words["facility_heads"])
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lower_ not in heads or tok.i in taken or tok.ent_id_:
                continue
            if tok.lower_ == "site" and (tok.i == 0 or not doc[tok.i - 1].text.islower()):
                continue  # "the Sohae launch site", not "a World Heritage site"
            start, named = tok.i, False
            while start > 0:
                prev = doc[start - 1]
                if prev.i in taken or prev.head.i < start - 1 or prev.head.i > tok.i:
                    break
                hyphen = (  # "El-Wak": a hyphen inside the name
                    prev.text == "-"
                    and not prev.whitespace_
                    and start >= 2
                    and doc[start - 2].pos_ == "PROPN"
                )
                if not hyphen and (prev.dep_ not in ("compound", "nmod", "amod") or prev.is_punct):
                    break
                demonym = (
                    prev.ent_type_ == "NORP"
                    and not hyphen
                    and (prev.ent_id_ or prev.pos_ != "PROPN")
                )
                if demonym or (
                    prev.ent_id_ and self.lex.entities[prev.ent_id_].cls not in PLACES - {"Country"}
                ):
                    break  # "a U.S. base", "the Russian base": whose base, not its name
                if prev.pos_ == "PROPN":
                    named = True
                elif named and not hyphen:
                    break  # "military Saky base": a word before the name is not part of it
                start -= 1
            if not named or not doc[start].text[:1].isupper() or tok.i in self._headline:
                continue
            span = doc[start : tok.i + 1]
            # one entity for "the X air base" and "the X base": the name and the head word
            name = "".join(t.text_with_ws for t in span if t.pos_ == "PROPN" or t.text == "-")
            eid = self._unlinked(f"{name.strip()} {tok.lower_}", "AdministrativeRegion")
            yield Ment(start, tok.i + 1, eid, confidence=0.6), span.text

    def _named_treaties(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A name in title case that ends in a word for an agreement ("the Reciprocal Access
        Agreement", "the Treaty of Kars", "a Status of Forces Agreement"), or a city's name
        before one ("the Sochi agreement"): a treaty of its own when no gazetteer entry
        names it (verbs.json ``treaty_heads``)."""
        heads = set(self.lex.words["treaty_heads"])
        joins = {"of", "on", "for", "and", "between", "the", "to", "in", "-"}

        def titled(t: Token) -> bool:
            return t.text[:1].isupper() and t.is_alpha and not t.ent_id_

        for tok in doc:
            if tok.lower_ not in heads or tok.i in taken or tok.ent_id_ or tok.i in self._headline:
                continue
            start = tok.i
            while start > 0 and not doc[start].is_sent_start:
                prev = doc[start - 1]
                if prev.i in taken or not (titled(prev) or prev.lower_ in ("of", "on", "-")):
                    break  # "General Security of Military Information Agreement"
                start -= 1
            while start < tok.i and not titled(doc[start]):
                start += 1
            end = tok.i + 1
            if titled(tok):  # "Treaty of Friendship and Cooperation"
                j = end
                while j < len(doc) and (doc[j].lower_ in joins or titled(doc[j])):
                    j += 1
                while j > end and not titled(doc[j - 1]):
                    j -= 1
                end = j
                if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    continue  # "the Collective Security Treaty Organization": an organisation
                if end - start < 2 or doc[start].is_sent_start and end == tok.i + 1 == start + 1:
                    continue
            elif tok.i > 0 and self._city_before(doc[tok.i - 1], taken):
                start = tok.i - 1  # "the Sochi agreement"; not "the Ukraine deal"
            else:
                continue
            if any(i in taken or doc[i].ent_id_ for i in range(start + 1, end)):
                continue
            span = doc[start:end]
            yield (
                Ment(start, end, self._unlinked(_clean(span.text), "Treaty"), confidence=0.7),
                span.text,
            )

    def _lakes_and_mountains(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """ "Lake Chad", "Mount Sinjar": a lake or a mountain named after another place is a
        place of its own (typed as the guidelines type places that are not administrative
        units), not the country or town whose name it shares; names the gazetteer has
        ("Mount Lebanon") stay its own."""
        for tok in doc:
            if tok.text not in ("Lake", "Mount", "Mt.") or tok.i in taken:
                continue
            end = tok.i + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == tok.i + 1 or any(i in taken for i in range(tok.i, end)):
                continue
            span = doc[tok.i : end]
            if self.lex.lookup(span.text):
                continue  # the gazetteer's own name ("Mount Lebanon")
            eid = self._unlinked(span.text, "AdministrativeRegion")
            yield Ment(tok.i, end, eid, confidence=0.7), span.text

    def _ship_names(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A navy's ship by name ("USS Carney", "HMS Diamond"): a warship (weapons are types,
        not single ships), whose state the prefix names (``SHIP_STATES``); not after the word
        for its type, which names it ("the destroyer USS Carney")."""
        for tok in doc:
            if tok.text.lower() not in SHIP_STATES or not tok.is_upper or tok.i in taken:
                continue
            end = tok.i + 1
            while (
                end < len(doc)
                and end - tok.i <= 5
                and (
                    doc[end].text[:1].isupper()
                    or doc[end].lower_ == "of"  # "HMS Prince of Wales"
                    and end + 1 < len(doc)
                    and doc[end + 1].text[:1].isupper()
                    and end > tok.i + 1
                )
            ):
                end += 1
            before = doc[tok.i - 1] if tok.i else None
            if end == tok.i + 1 or before is not None and before.ent_type_ == "WEAPON":
                continue
            # "the USS Eisenhower carrier strike group": the type that follows names the ship
            kind = doc[end].ent_id_ if end < len(doc) and doc[end].ent_type_ == "WEAPON" else ""
            eid = kind if kind in self.lex.entities else "warship"
            yield Ment(tok.i, end, eid, "ship", confidence=0.8), doc[tok.i : end].text

    def _capital_datelines(self, doc: Doc, taken: set[int]) -> Iterator[tuple[Ment, str]]:
        """A dateline written in capitals ("KYIV, UKRAINE —", "SEOUL -"): its first place,
        which the model, reading capitals, often does not tag."""
        for sent in doc.sents:
            start = sent.start
            while start < sent.end and doc[start].is_space:
                start += 1
            if start >= len(doc) or start in taken or doc[start].ent_id_:
                continue
            if not dateline_at(doc, start):
                continue
            end = start
            while end < sent.end and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            text = doc[start:end].text.title()
            found = sorted(
                (e for e in self.lex.lookup(text) if e.cls in ("City", "AdministrativeRegion")),
                key=lambda e: e.cls != "City",
            )
            if found:
                yield Ment(start, end, found[0].id, "dateline"), text

    def _city_before(self, tok: Token, taken: set[int]) -> bool:
        """Whether ``tok`` is a one-word city name of the gazetteer ("Sochi" of "the Sochi
        agreement"), a name not joined to a longer one before it."""
        e = self.lex.entities.get(tok.ent_id_) if tok.ent_id_ else None
        return (
            e is not None
            and e.cls == "City"
            and tok.i not in taken
            and (tok.i == 0 or _not_name(tok.doc[tok.i - 1]))
        )

    def _weapon_anaphora(self, doc: Doc, ments: list[Ment]) -> None:
        """'long-range missiles … the missiles': a bare general weapon word after a mention of
        one of its subtypes refers to that subtype."""
        seen: dict[str, None] = {}  # weapons named so far, the latest last
        generic = set(self.lex.words["generic_weapons"])
        for m in ments:
            e = self.entities.get(m.entity_id)
            if e is None or e.cls != "Weapon":
                continue
            words = doc[m.start : m.end]
            definite = any(
                c.dep_ == "poss" or c.lower_ in ("the", "these", "those", "such")
                for c in words[0].children
            )
            if len(words) == 1 and words[0].is_lower and (e.id not in generic or definite):
                for prior in reversed(seen):
                    if prior != e.id and e.id in self._ancestors(prior):
                        m.entity_id, m.confidence = prior, 0.8
                        self.forms.setdefault(prior, set()).add(words.text)
                        break
            seen.pop(m.entity_id, None)
            seen[m.entity_id] = None
        # "Ukraine fires U.S. missiles at Crimea … ATACMS were used": a bare general word
        # before the one subtype of it the article names refers to that subtype too
        for m in ments:
            words = doc[m.start : m.end]
            if (
                len(words) != 1
                or not words[0].is_lower
                or m.entity_id in generic
                or words[0].dep_ in ("compound", "amod", "nmod")  # "artillery munitions"
            ):
                continue
            subtypes = [w for w in seen if w != m.entity_id and m.entity_id in self._ancestors(w)]
            if len(subtypes) == 1:
                m.entity_id, m.confidence = subtypes[0], 0.8
                self.forms.setdefault(subtypes[0], set()).add(words.text)
        used = {m.entity_id for m in ments}
        for eid in [k for k, v in self.entities.items() if v.cls == "Weapon" and k not in used]:
            del self.entities[eid]
            self.forms.pop(eid, None)

    def _ancestors(self, eid: str) -> list[str]:
        out: list[str] = []
        cur = self.lex.entities.get(eid)
        while cur is not None and cur.broader and cur.broader not in out:
            out.append(cur.broader)
            cur = self.lex.entities.get(cur.broader)
        return out

    # -- entity registry -------------------------------------------------------------------
    def _use(self, eid: str, surface: str) -> None:
        if eid not in self.entities:
            self.entities[eid] = self.lex.entities[eid]
        self.forms.setdefault(eid, set()).add(surface.strip())

    def _unlinked(self, label: str, cls: str, country: str | None = None) -> str:
        """The id of an entity outside the gazetteers. A name is one entity per article: an
        unknown name the model reads as a place here and as a person there ("fighting in
        Tarvo … Tarvo has long been …") keeps its first reading."""
        eid = slug(label)
        seen = self.entities.get(eid)
        if seen is not None and not seen.linked and "Weapon" not in (seen.cls, cls):
            return eid
        known = self.lex.entities.get(eid) or seen
        if known is not None and known.cls != cls:
            eid = slug(f"{label} {cls}")  # ("tarvo-city"; an id of at most 200 characters)
        if eid not in self.entities:
            self.entities[eid] = Entity(id=eid, label=label, cls=cls, country=country, linked=False)
        return eid

    def _metonym(self, doc: Doc, ent: Span, eid: str) -> str | None:
        state = self.lex.capitals.get(eid)
        if state is None:
            return None
        if self._acts(ent):
            return state
        if ent.end + 1 >= len(doc):
            return None
        nxt, after = doc[ent.end], doc[ent.end + 1]
        if nxt.lower_ in ("'s", "’s") and after.lower_ not in (
            "mayor",
            "city",
            "residents",
            "streets",
            "center",
            "centre",
        ):
            return state
        if (
            nxt.text == "-"
            and after.lower_
            in self.lex.words["events"]["WeaponTransfer"]["participles"]
            + self.lex.words["capture_participles"]
        ):
            return state
        return None

    def _acts(self, ent: Span) -> bool:
        """A capital that acts or speaks is its government: the subject of a verb of saying,
        deciding, demanding or of an event ("Lisbon denied it", "Ottawa will send troops"),
        asked to act ("urged Oslo to respond"), or naming a government ("the Rome
        authorities"). A place undergoes: "Lima was flooded", "Quito lies high"."""
        w = self.lex.words
        root = ent.root
        head = root.head
        if _dateline(ent):
            return False
        if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in w["government_nouns"]:
            return True
        verbs = actor_verbs(self.lex)
        if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children):
                return True  # "time for Lisbon to decide"
            return head.lemma_.lower() in verbs
        if root.dep_ == "dobj" and head.lemma_.lower() in ("ask", "urge", "call", "press"):
            return any(c.dep_ == "xcomp" for c in head.children)
        return False

    def _acronym_after(self, doc: Doc, ent: Span, eid: str) -> None:
        """'the Taipei Economic and Cultural Representative Office (TECRO)'."""
        e = ent.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
            acr = doc[e + 1].text
            if acr.isupper() and 2 <= len(acr) <= 8:
                self._acronyms[acr] = eid

    # -- span resolution -------------------------------------------------------------------
    def _name_not_town(self, ent: Span, eid: str) -> bool:
        """A town's name that is here part of a person's name ("Abdi Ahmed Baidoa", "Igor
        Strelkov") or a person who speaks ("Hassan said"): thousands of small towns share
        their names with people, and no town but a capital speaks."""
        e = self.lex.entities.get(eid)
        if e is None or e.cls != "City" or eid in self.lex.capitals or len(ent) != 1:
            return False
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None

        titles = set(self.lex.words["roles"]) | set(self.lex.words["person_titles"])

        def name_word(t) -> bool:  # not "Belgorod Governor X": a title after a town
            return (
                t is not None
                and t.lower_ not in titles
                and t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and t.text.isalpha()
                and t.ent_type_ in ("", "PERSON")
            )

        if before is not None and name_word(before) and not before.is_sent_start:
            return True
        if name_word(after):
            return True
        head = ent.root.head
        return ent.root.dep_ == "nsubj" and head.lemma_ in self.lex.words["speech"]

    def _resolve_span(self, ent: Span) -> Ment | None:
        text = ent.text.strip()
        label = ent.label_
        if _describes_noun(ent) and len(ent) > 1:
            # "Russian military personnel", "U.S. military equipment": no body named, only the
            # state's adjective
            adjective = ent[: len(ent) - 1]
            demonym = norm(adjective.text) in self.lex.demonyms
            return self._resolve_span(
                Span(ent.doc, ent.start, ent.end - 1, label="NORP" if demonym else "GPE")
            )
        if text in self._acronyms:
            return Ment(ent.start, ent.end, self._acronyms[text])
        if label == "NORP":
            cid = self.lex.demonyms.get(norm(text))
            if cid:
                return Ment(ent.start, ent.end, cid, "demonym")
            if len(ent) == 1 and self._in_place_slot(ent):
                return self._place(ent)  # "recaptured Tarvo", "near Tarvo": a town, not a people
            return None
        full = self._full_orgs.get(norm(_clean(text)))
        if (
            full is not None
            and len(full) > len(ent)
            and (label == "ORG" or _definite(ent))
            and not ent.ent_id_
            and not self.lex.lookup(text)
            and (len(ent) > 1 or ent[0].lower_ not in self.lex.words["roles"])
        ):
            m = self._resolve_span(full)  # "the Observatory" of "the Lund Observatory"
            return Ment(ent.start, ent.end, m.entity_id) if m else None
        key = norm(text)
        full = self._full.get(key)
        if full is not None and label != "PERSON" and not ent.ent_id_ and not self.lex.lookup(text):
            eid = self._person(full)  # "Rashidi" read as a place, of "Nasser al-Rashidi"
            return Ment(ent.start, ent.end, eid) if eid else None
        key = norm(text)
        if label == "PERSON" and " " not in text and key in self._persons:
            return Ment(ent.start, ent.end, self._persons[key])  # the person named in full
        if label == "PERSON" and not ent.ent_id_:
            if key not in self._persons and (key in self._towns or self._in_place_slot(ent)):
                self._towns.add(key)
                return self._place(ent)  # "fighting near Tarvo", "the town of Velm"
            eid = self._person(ent)
            return Ment(ent.start, ent.end, eid) if eid else None
        regions = self.lex.region_stems.get(norm(text), [])
        if regions and _after_region_of(ent, self.lex.words["region_heads"]):
            # "the regions of Kharkiv and Sumy": the regions, not the cities
            eid = sorted(regions, key=lambda i: self._cityish(self.lex.entities[i]))[0]
            return Ment(ent.start, ent.end, eid)
        cands = self.lex.lookup(text)
        if cands:
            return Ment(ent.start, ent.end, self._choose(cands, ent).id)
        if ent.ent_id_ and ent.ent_id_ in self.lex.entities:
            return Ment(ent.start, ent.end, ent.ent_id_)
        if label in ("GPE", "LOC", "FAC", "ORG") and self._looks_personal(ent):
            eid = self._person(ent)  # "Pavel Orlin" read as a place
            return Ment(ent.start, ent.end, eid) if eid else None
        if label in ("GPE", "LOC", "FAC"):
            return self._place(ent)
        if label == "ORG":
            if len(text) < 3 or not any(c.isupper() for c in text):
                return None
            hit = self._fuzzy(text, {"Organization"}, 92)
            if hit:
                return Ment(ent.start, ent.end, hit[0], confidence=hit[1])
            parts = _clean(text).split()
            words = {w.lower().strip(".,'’") for w in parts}
            if words <= {"state", "states", "party", "parties"}:
                return None  # "a State Party" to a treaty: a role, not an organisation
            acronym = len(parts) == 1 and parts[0].isupper() and len(parts[0]) >= 2
            if not words & set(self.lex.words["org_heads"]) and self._in_place_slot(ent):
                self._towns.add(key)
                return self._place(ent)
            heads = set(self.lex.words["org_heads"])
            if ent.root.lower_ not in heads and parts[0].lower() not in heads:
                words = set()  # a head word only inside: "Systems Integration", a product
            if not words & heads or (len(parts) < 2 and not acronym):
                return None  # "Foreign Military Sale", "Telegram", "Defense": not clearly one
            country, _ = self._country_modifier(ent.doc, ent.start)
            if country and ent[0].lower_ != "the":  # "Ruritanian Defense Forces"
                return Ment(ent.start, ent.end, self._country_org(country, _clean(text)), "generic")
            return Ment(
                ent.start, ent.end, self._unlinked(_clean(text), "Organization"), confidence=0.7
            )
        if label == "LAW" and re.search(r"treaty|convention|accord|agreement|pact", text, re.I):
            return Ment(ent.start, ent.end, self._unlinked(_clean(text), "Treaty"))
        return None

    def _in_place_slot(self, ent: Span) -> bool:
        """Whether a name stands where only a place can: the object of "in", "near",
        "outside", "around", "into", "across" or "toward"; after "the town of" (verbs.json
        ``place_nouns``); before a place noun ("the Tarvo district"); or the subject of
        "located" / "situated". The small model
        reads many unfamiliar town names as persons; a one-word name that is captured or
        seized is a town too."""
        root = ent.root
        head = root.head
        places = set(self.lex.words["place_nouns"]) - {"capital"}  # "capital of" a state
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        if ent.text.isupper() or before == "the" or any(t.tag_ == "NNPS" for t in ent):
            return False  # "the MNLA", "Yazidis": groups, not towns
        if root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
            return True
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in places:
            return True
        if root.dep_ == "compound" and head.lemma_.lower() in places:
            return True
        if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("locate", "situate"):
            return True  # "Tarvo is located in the north"
        capture = self.lex.words["events"]["TerritorialCapture"]
        if (
            len(ent) == 1
            and root.dep_ == "dobj"
            and head.lemma_.lower() in capture["verbs"]
            and head.lemma_.lower() not in capture["expelling_verbs"]  # not "ousted Assad"
            and head.lemma_.lower() not in capture["object_required"]
            and head.lemma_.lower() not in ("take", "hold", "gain", "control")
        ):
            return True  # "recaptured Tarvo": a one-word name captured is a town
        appos = places | {"capital"}  # "Velm, the capital of the province"
        return any(c.dep_ == "appos" and c.lemma_.lower() in appos for c in root.children)

    def _choose(self, cands: list[Entity], ent: Span) -> Entity:
        nxt = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        heads = self.lex.words["region_heads"]
        if nxt in heads:
            regions = [c for c in cands if c.cls == "AdministrativeRegion"]
            if regions:
                return sorted(regions, key=self._cityish)[0]
        if nxt == "city":
            cities = [c for c in cands if c.cls == "City"]
            if cities:
                return cities[0]
        for c in cands:  # a bare capital's name is the city ("Kyiv", "Moscow", "Washington")
            if c.id in self.lex.capitals:
                return c
            same = self.lex.attr(c.id, "same_as")
            if same in self.lex.entities and len(cands) > 1:
                return self.lex.entities[same]
        return sorted(cands, key=lambda c: CLASS_PREFERENCE.index(c.cls))[0]

    def _cityish(self, e: Entity) -> bool:
        return self.lex.attr(e.id, "kind") in ("municipality", "federal city", "city")

    def _person(self, ent: Span) -> str | None:
        text = _clean(ent.text)
        parts = text.split()
        titles = self.lex.words["person_titles"]
        while len(parts) > 2 and parts[0].lower() in titles:  # "Spokeswoman Ana Ruiz"
            parts = parts[1:]
        text = " ".join(parts)
        if not parts or not parts[0][:1].isupper():
            return None
        key = norm(parts[-1])
        if len(parts) == 1 and key in self._persons:
            return self._persons[key]
        full = self._full.get(norm(text))
        if full is not None and len(full) > len(ent):  # "Hassan" of "Omar Abdi Hassan"
            return self._person(full)
        cands = [c for c in self.lex.lookup(text) if c.cls == "Person"]
        if not cands and len(parts) == 1:  # a bare surname: only a person named in full here
            ids = [i for i in self.lex.surnames.get(key, []) if self._named(i, ent.doc.text)]
            if len(ids) == 1:
                cands = [self.lex.entities[ids[0]]]
        if cands:
            eid = cands[0].id
        else:
            hit = self._fuzzy(text, {"Country", "AdministrativeRegion", "City", "Region"}, 90)
            if hit:  # the small model often reads places as persons
                return hit[0]
            if len(parts) == 1 and not self._speaks_or_titled(ent):
                return None  # a lone unknown word: "Trojan horse", "on Twitter", "Sirens"
            eid = self._unlinked(text, "Person")
        self._persons.setdefault(key, eid)
        return eid

    def _looks_personal(self, ent: Span) -> bool:
        """Whether an unknown two- or three-word name the model gave a place or organisation
        label is a person's: it starts with a given name of the gazetteer's people and holds
        no word of places or organisations ("Pavel Orlin", not "Pavel Street")."""
        w = self.lex.words
        words = [t for t in ent if t.lower_ != "the"]
        if not 2 <= len(words) <= 3 or any(t.ent_id_ for t in ent):
            return False
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
            return False
        other = set(w["org_heads"]) | set(w["place_nouns"]) | set(w["region_heads"])
        if any(t.lower_ in other for t in words):
            return False
        return words[0].text in given_names(self.lex)

    def _speaks_or_titled(self, ent: Span) -> bool:
        """Whether a one-word name acts as a person: after a title or role ("President
        Varga", "Mr. Varga"), or the subject of a verb of saying ("Varga said")."""
        w = self.lex.words
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        if before in w["person_titles"] or before in w["roles"]:
            return True
        root = ent.root
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in actor_verbs(self.lex)

    def _named(self, eid: str, text: str) -> bool:
        """Whether the article names the person in full (label or a multi-word alias)."""
        e = self.lex.entities[eid]
        return any(f in text for f in (e.label, *e.aliases) if len(f.split()) > 1)

    def _place(self, ent: Span) -> Ment | None:
        text = _clean(ent.text)
        stem_ids = self.lex.region_stems.get(norm(text), [])
        if norm(text) in self.lex.words["directions"]:
            # "the South", "the Centre": a region of that name only of a country the article names
            stem_ids = [i for i in stem_ids if self.lex.country_of(i) in self._countries]
        if stem_ids:
            return Ment(ent.start, ent.end, stem_ids[0])
        hit = self._fuzzy(text, {"Country", "AdministrativeRegion", "City", "Region"}, _FUZZY_MIN)
        if hit:
            return Ment(ent.start, ent.end, hit[0], confidence=hit[1])
        if not text[:1].isupper() or not _place_name(text, self.lex):
            return None
        cls = "Region" if ent.label_ in ("LOC", "FAC") else "City"
        words = text.split()
        stem = norm(" ".join(words[:-1]))
        if len(words) > 1 and words[-1].lower() in self.lex.words["region_heads"]:
            cls = "AdministrativeRegion"  # "Kunar province", "Unity State"
        else:
            stem = norm(text)
        eid = self._places.get(stem)  # "Tarvo province … in Tarvo": one place
        if eid is None:
            eid = self._places[stem] = self._unlinked(text, cls)
        return Ment(ent.start, ent.end, eid, confidence=0.6)

    def _fuzzy(self, text: str, classes: set[str], cutoff: int) -> tuple[str, float] | None:
        choices = self._choices()
        key = norm(text)
        if len(key) < 5:
            return None
        best = process.extractOne(key, choices.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
        if not best:
            return None
        eid = choices[best[0]]
        if self.lex.entities[eid].cls not in classes or not self._in_scope(eid):
            return None
        return eid, round(best[1] / 100, 2)

    def _in_scope(self, eid: str) -> bool:
        """Whether a near match is plausible here: an organisation, or a place in a country
        the article names, if it names any ("Kunar province" in an article on Afghanistan
        is no misspelt Lebanese governorate)."""
        if self.lex.entities[eid].cls == "Organization" or not self._countries:
            return True
        return self.lex.country_of(eid) in self._countries

    def _choices(self) -> dict[str, str]:
        return fuzzy_choices(self.lex)

    # -- patterns over tokens ---------------------------------------------------------------
    def _region_lists(self, doc: Doc):
        heads = self.lex.words["region_heads"]
        for tok in doc:
            if tok.lower_ not in heads or tok.i == 0:
                continue
            plural = tok.lower_.endswith("s") and tok.lower_ not in ("oblast",)
            names: list[tuple[int, int]] = []
            j = tok.i - 1
            lo = max(0, tok.i - _LIST_SPAN)
            while j >= lo:
                end = j + 1
                while j >= lo and _namelike(doc[j]):
                    j -= 1
                if j + 1 < end:
                    names.append((j + 1, end))
                else:
                    break
                if not plural:
                    break
                if j >= 0 and doc[j].lower_ in (",", "and", "or"):
                    j -= 1
                    if j >= 0 and doc[j].lower_ in ("and", "or"):
                        j -= 1
                    continue
                break
            country = self._country_before(doc, j)
            for s, e in reversed(names):
                eid, conf = self._region_by_stem(doc[s:e].text, country)
                if eid:
                    m = Ment(
                        s,
                        e if plural or len(names) > 1 else tok.i + 1,
                        eid,
                        "list",
                        conf,
                        head=tok.i,
                    )
                    yield m, doc[s:e].text + (f" {tok.text}" if not plural else "")

    def _country_before(self, doc: Doc, j: int) -> str | None:
        # "Ukraine's Sumy, Kharkiv ... regions": a possessive just before the list
        if j >= 1 and doc[j].tag_ == "POS" or (j >= 1 and doc[j].lower_ in ("'s", "’s")):
            cands = self.lex.lookup(doc[j - 1].text)
            for c in cands:
                if c.cls == "Country":
                    return c.id
        return None

    def _region_by_stem(self, text: str, country: str | None) -> tuple[str | None, float]:
        key = norm(text)
        ids = self.lex.region_stems.get(key)
        conf = 1.0
        if not ids:
            for c in self.lex.lookup(text):
                if c.cls == "AdministrativeRegion":
                    return c.id, 1.0
            stems = self.lex.region_stems
            best = process.extractOne(key, stems.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN)
            if not best:
                return None, 0.0
            ids, conf = stems[best[0]], round(best[1] / 100, 2)
            ids = [i for i in ids if self._in_scope(i)]
            if not ids:
                return None, 0.0
        ids = sorted(ids, key=lambda i: self._cityish(self.lex.entities[i]))
        if country:
            inside = [i for i in ids if self.lex.entities[i].country == country]
            if inside:
                return inside[0], conf
        return ids[0], conf

    def _capital_references(self, doc: Doc):
        """'the Ukrainian capital', "Russia's capital" → the capital city."""
        for tok in doc[1:]:
            if tok.lower_ != "capital":
                continue
            prev = doc[tok.i - 1]
            country = self.lex.demonyms.get(norm(prev.text))
            start = tok.i - 1
            if country is None and prev.lower_ in ("'s", "’s") and tok.i >= 2:
                cands = [c for c in self.lex.lookup(doc[tok.i - 2].text) if c.cls == "Country"]
                country, start = (cands[0].id, tok.i - 2) if cands else (None, start)
            city = self.lex.capital_of.get(country or "")
            if city:
                yield Ment(start, tok.i + 1, city, "capital", 0.9), doc[start : tok.i + 1].text

    def _governments(self, doc: Doc):
        """'the Government of Japan', 'the government of the Netherlands': the state itself,
        in whatever role the phrase fills (the model tags the words apart or not at all)."""
        ents = {e.start: e for e in doc.ents if e.label_ == "GPE"}
        for tok in doc[:-2]:
            if tok.lower_ != "government" or doc[tok.i + 1].lower_ != "of":
                continue
            e = ents.get(tok.i + 2) or ents.get(tok.i + 3)
            if e is None or e.start == tok.i + 3 and doc[tok.i + 2].lower_ != "the":
                continue
            countries = [c.id for c in self.lex.lookup(e.text) if c.cls == "Country"]
            if countries:
                start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" else tok.i
                state = countries[0]
                yield Ment(start, e.end, state, "metonym"), self.lex.entities[state].label

    def _alliance_references(self, doc: Doc, ments: list[Ment]):
        """'the alliance' refers to the alliance the article last named (NATO)."""
        words = set(self.lex.words["alliance_words"])
        last: str | None = None
        ents = {e.start: e for e in doc.ents}
        for tok in doc:
            e = ents.get(tok.i)
            if e is not None:
                for c in self.lex.lookup(e.text):
                    if self.lex.attr(c.id, "kind") == "alliance":
                        last = c.id
            if tok.lower_ in words and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and last:
                yield Ment(tok.i, tok.i + 1, last, "reference", 0.8), "the " + tok.text

    def _halves(self, doc: Doc):
        """'the North', 'the South': the half of a divided country the article names, where
        the gazetteer has both halves ('North Korea' … 'the North said'); not 'the North of
        the country', 'the South China Sea'."""
        for tok in doc[1:]:
            if tok.text not in ("North", "South") or doc[tok.i - 1].lower_ != "the":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.text in ("-", "of")):
                continue
            named = set()
            for c in self._countries:
                side, _, rest = self.lex.entities[c].label.partition(" ")
                halves = [
                    [e.id for e in self.lex.lookup(f"{half} {rest}") if e.cls == "Country"]
                    for half in (tok.text, "South" if tok.text == "North" else "North")
                ]
                if side in ("North", "South") and all(halves):
                    named.add(halves[0][0])
            if len(named) == 1:
                yield Ment(tok.i, tok.i + 1, named.pop(), "reference", 0.8), "the " + tok.text

    def _directional(self, doc: Doc):
        dirs = set(self.lex.words["directions"])
        for tok in doc[:-1]:
            if tok.lower_ not in dirs or tok.i + 1 >= len(doc):
                continue
            nxt = doc[tok.i + 1]
            cands = [c for c in self.lex.lookup(nxt.text) if c.cls == "Country"]
            if not cands or not nxt.text[:1].isupper():
                continue
            ent = entity_span(tok)
            if (ent is not None and ent.end > tok.i + 2) or (
                tok.i + 2 < len(doc)
                and doc[tok.i + 2].text[:1].isupper()
                and doc[tok.i + 2].is_alpha
            ):
                continue  # "South China Sea", "North Korea"'s neighbours are names, not directions
            country = cands[0]
            label = f"{tok.lower_} {country.label}"
            eid = slug(label)
            if eid in self.lex.entities:
                pass
            elif eid not in self.entities:
                self.entities[eid] = Entity(
                    eid, label, "AdministrativeRegion", country=country.id, linked=False
                )
            m = Ment(tok.i, tok.i + 2, eid, "direction")
            if eid in self.lex.entities:
                self._use(eid, doc[tok.i : tok.i + 2].text)
            yield m, doc[tok.i : tok.i + 2].text

    def _sided_groups(self, doc: Doc):
        """'pro-Russian separatists', 'Moscow-backed rebels': an armed group the article names
        only by the side it takes, one entity per article (an Organization outside the
        gazetteers, mention kind "group"); the state named in it is not the group."""
        for t in doc:
            if t.lemma_.lower() not in SIDED_GROUP_HEADS or t.i < 3:
                continue
            a, dash, b = doc[t.i - 3], doc[t.i - 2], doc[t.i - 1]
            if dash.text != "-":
                continue
            if a.lower_ == "pro":
                side = b  # "pro - Russian separatists"
            elif b.lower_ == "backed":
                side = a  # "Russian - backed separatists"
            else:
                continue
            state = self.lex.demonyms.get(norm(side.text)) or next(
                (
                    self.lex.capitals.get(c.id) or c.id
                    for c in self.lex.lookup(side.text)
                    if c.cls == "Country" or c.id in self.lex.capitals
                ),
                None,
            )
            if state is None:
                continue
            start = t.i - 3
            if start > 0 and doc[start - 1].lower_ == "the":
                named = self._armed_group_before(doc, start)
                if named is not None:  # "Houthi forces … the Iranian-backed rebels": them
                    yield Ment(start, t.i + 1, named, "group", 0.7), doc[start : t.i + 1].text
                    continue
            side_text = doc[start : t.i].text.replace(" ", "")
            if a.lower_ == "pro":
                side_text = "pro" + side_text[3:]  # "Pro-Russian" opening a sentence
            label = f"{side_text} {t.lemma_.lower()}s"
            eid = self._unlinked(label, "Organization")
            yield Ment(start, t.i + 1, eid, "group"), doc[start : t.i + 1].text

    def _language_services(self, doc: Doc):
        """'told VOA Somali', 'VOA Burmese reported': a broadcaster's service in a language
        is an organisation of its own (not the broadcaster, not the language's country)."""
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if t.text not in BROADCASTERS or not nxt.text[:1].isupper():
                continue
            if nxt.lower_ in LANGUAGES or nxt.lower_ in self.lex.demonyms:
                label = f"{t.text} {nxt.text}"
                eid = self._unlinked(label, "Organization")
                yield Ment(t.i, t.i + 2, eid, "service"), label

    def _armed_group_before(self, doc: Doc, i: int) -> str | None:
        """The armed group of the gazetteer named last before token ``i``."""
        for t in reversed(doc[:i]):
            if t.ent_id_ and self.lex.attr(t.ent_id_, "kind") == "armed-group":
                return t.ent_id_
        return None

    def _generic_orgs(self, doc: Doc):
        generics = sorted(self.lex.words["generic_orgs"], key=lambda g: -len(g.split()))
        firsts = {g.split()[0] for g in generics}
        lower = [t.lower_ for t in doc]
        for i in range(1, len(doc)):
            if lower[i] not in firsts:
                continue
            for g in generics:
                parts = g.split()
                if lower[i : i + len(parts)] != parts:
                    continue
                country, start = self._country_modifier(doc, i)
                if country is None:
                    continue
                if _describes_noun(doc[start : i + len(parts)]):
                    # "Russian military personnel": no body named, only the state's adjective
                    end = i - 1 if doc[i - 1].lower_ in ("'s", "’s") else i
                    if self.lex.demonyms.get(norm(doc[start:end].text)) == country:
                        yield Ment(start, end, country, "demonym"), doc[start:end].text
                    break
                surface = doc[start : i + len(parts)].text
                phrase = doc[i : i + len(parts)].text
                eid = self._country_org(country, phrase)
                yield Ment(start, i + len(parts), eid, "generic"), surface
                break

    def _country_modifier(self, doc: Doc, i: int) -> tuple[str | None, int]:
        prev = doc[i - 1]
        if prev.lower_ in ("'s", "’s") and i >= 2:
            for j in range(max(0, i - 5), i - 1):  # the longest name: "South Sudan's army"
                for c in self.lex.lookup(doc[j : i - 1].text):
                    if c.cls == "Country":
                        return c.id, j
        for j in range(max(0, i - 3), i):  # "South Sudanese army", not Sudan's
            cid = self.lex.demonyms.get(norm(doc[j:i].text))
            if cid and doc[j].text[:1].isupper():
                return cid, j
        if "." in prev.text or (prev.text.isupper() and len(prev.text) <= 4):  # "U.S. military"
            for c in self.lex.lookup(prev.text):
                if c.cls == "Country":
                    return c.id, i - 1
        return None, i

    def _country_org(self, country: str, phrase: str) -> str:
        c = self.lex.entities[country]
        demonyms = self.lex.attr(country, "demonyms", [])
        forms = (
            [f"{d} {phrase}" for d in demonyms[:2]]
            + [f"{n}'s {phrase}" for n in (c.label, *c.aliases)]
            + [f"{phrase} of {c.label}", f"{c.label} {phrase}"]
        )
        for f in forms:
            for cand in self.lex.lookup(f):
                if cand.cls == "Organization":
                    return cand.id
        adj = demonyms[0] if demonyms else c.label
        name = phrase if any(c.isupper() for c in phrase) else phrase.title()
        return self._unlinked(f"{adj} {name}", "Organization", country)


_LINKED = Entity("", "", "Region")
_FUZZY_CACHE: dict[int, dict[str, str]] = {}
_VERB_CACHE: dict[int, set[str]] = {}
_GIVEN_CACHE: dict[int, set[str]] = {}


def given_names(lex: Lexicon) -> set[str]:
    """First words of the gazetteer's people's names that are neither titles nor names of
    anything else in the gazetteers ("Valery", "Amina"; not "President", "Israel")."""
    out = _GIVEN_CACHE.get(id(lex))
    if out is None:
        w = lex.words
        skip = set(w["person_titles"]) | set(w["roles"])
        out = set()
        for e in lex.entities.values():
            if e.cls != "Person":
                continue
            for form in (e.label, *e.aliases):
                first = form.split()[0] if len(form.split()) > 1 else ""
                if first.isalpha() and first.lower() not in skip and not lex.lookup(first):
                    out.add(first)
        _GIVEN_CACHE[id(lex)] = out
    return out


def actor_verbs(lex: Lexicon) -> set[str]:
    """Verbs whose subject acts: saying, deciding, refusing, planning and the event verbs
    (verbs.json ``speech``, ``actor_verbs``, negation verbs, planned modality, events)."""
    out = _VERB_CACHE.get(id(lex))
    if out is None:
        w = lex.words
        out = set(w["speech"]) | set(w["actor_verbs"]) | set(w["negation"]["verbs"])
        out |= {v for v in w["modality"]["planned"] if v.isalpha() and v not in ("will", "shall")}
        for spec in w["events"].values():  # every verb list of every event type
            for key in (
                "verbs",
                "negative",
                "receiving_verbs",
                "seeking_verbs",
                "concluding_verbs",
                "moving_verbs",
            ):
                out |= set(spec.get(key, ()))
            out -= set(spec.get("presence_verbs", ()))  # "Kyiv has 3 million people"
        _VERB_CACHE[id(lex)] = out
    return out


def fuzzy_choices(lex: Lexicon) -> dict[str, str]:
    """Normalised names (5+ characters) and region stems → entity id, built once per lexicon."""
    out = _FUZZY_CACHE.get(id(lex))
    if out is None:
        out = {}
        for key, ids in lex.by_alias.items():
            if len(key) >= 5:
                out.setdefault(key, ids[0])
        for key, ids in lex.region_stems.items():
            out.setdefault(key, ids[0])
        _FUZZY_CACHE[id(lex)] = out
    return out


def _full_names(doc: Doc) -> dict[str, Span]:
    """Short forms of the multi-word person names in ``doc`` → the first such name: the
    family name, with and without an Arabic article ("al-Rashidi" and "Rashidi"), and runs
    of two or more of its words at its start or end ("Omar Abdi" of "Omar Abdi Hassan")."""
    out: dict[str, Span] = {}
    for ent in doc.ents:
        parts = _clean(ent.text).split()
        if ent.label_ != "PERSON" or len(parts) < 2:
            continue
        forms = [parts[-1], re.sub(r"^(?:al|el|ad|as|ar|an|at|az)[-‐]", "", parts[-1], flags=re.I)]
        forms += [" ".join(parts[i:]) for i in range(1, len(parts) - 1)]
        forms += [" ".join(parts[:j]) for j in range(2, len(parts))]
        for f in forms:
            out.setdefault(norm(f), ent)
    return out


def _dateline(ent: Span) -> bool:
    """Whether a name opens a dateline ("OSLO, May 2 — …"): where the article was written,
    a place even when the parser makes it the subject of the first sentence."""
    opens = bool(ent[0].is_sent_start)
    return (
        opens
        and any(
            t.text in DASHES and ent.doc[t.i - 1].whitespace_  # a spaced dash, not "Test-Ban"
            for t in ent.doc[ent.end : ent.end + 8]
        )
    )


def _place_name(text: str, lex: Lexicon) -> bool:
    """Whether an unknown span can name a place: not a bare direction ("the West"), not a
    short all-capitals token ("MR.", "ISR"), not cut off ("Republic of", "Wadi al-"), not
    two known names joined by a hyphen ("Franco-German", "U.S.-Iran")."""
    if text.lower() in lex.words["directions"] or text.isupper() and len(norm(text)) <= 3:
        return False
    if re.search(r"(\s(of|the|and)|-)$", text, re.I):
        return False
    parts = [p for p in text.split("-") if p.strip()]
    return len(parts) < 2 or not all(lex.lookup(p) for p in parts)


def _after_region_of(ent: Span, heads) -> bool:
    """'the regions of Poltava, Sumy and Cherkasy', 'the province of Idlib': a name in a list
    after a region word and "of"."""
    doc = ent.doc
    i = ent.start - 1
    while (
        i > 0
        and ent.start - i < 16
        and (doc[i].text in (",", "and", "or") or doc[i].text[:1].isupper())
    ):
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in heads


def _definite(ent: Span) -> bool:
    """Whether a span begins with, or follows, "the", "this" or "that"."""
    first = ent[0] if ent[0].lower_ in ("the", "this", "that") or ent.start == 0 else None
    return first is not None or ent.doc[ent.start - 1].lower_ in ("the", "this", "that")


def _full_orgs(doc: Doc) -> dict[str, Span]:
    """Short forms of the organisations named in ``doc`` → the first full name: its head word
    and the runs of two or more words that end with it ("Observatory", "Contact Group")."""
    out: dict[str, Span] = {}
    for ent in doc.ents:
        words = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
        if ent.label_ != "ORG" or len(words) < 2:
            continue
        root = ent.root
        if root not in words or not root.text[:1].isupper():
            continue
        k = words.index(root)
        for i in range(k + 1):
            out.setdefault(norm(" ".join(t.text for t in words[i : k + 1])), ent)
    return out


def _not_name(tok: Token) -> bool:
    """Whether a token is no part of a name (no entity, not capitalised)."""
    return tok.ent_id_ == "" and not (tok.text[:1].isupper() and tok.is_alpha)


def _title_case_lines(doc: Doc) -> set[int]:
    """Token indices of lines written in title case (headlines), where NER misfires."""
    out: set[int] = set()
    line: list[Token] = []
    for tok in [*doc, None]:
        if tok is None or "\n" in tok.text:
            words = [t for t in line if t.is_alpha and len(t) > 3]
            ends = [t for t in line if not t.is_space]
            final = ends[-1].text if ends else ""
            if (
                len(words) >= 3
                and final not in (".", "!", "?", '"', "”")
                and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
            ):
                out.update(t.i for t in line)
            line = []
        else:
            line.append(tok)
    return out


def _namelike(tok: Token) -> bool:
    """A word of a name: capitalised (not "The"), or a hyphen inside one ("Ivano-Frankivsk";
    not the dash of "WASHINGTON - The State Department")."""
    if tok.text == "-":
        return tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in ("the", "a", "an")


def _clean(text: str) -> str:
    text = re.sub(r"^(the|this|that|these|those|its|their|our)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"(['’]s)$", "", text).strip()


def _designation(tok: Token) -> bool:
    """A model code: capital letters and digits in one word ("AGM-88", "M777", "2S19",
    "Su-34"); a measure ("155mm") has no capital."""
    return any(c.isdigit() for c in tok.text) and any(c.isupper() for c in tok.text)


def _class_name(tok: Token) -> bool:
    """A word before "-class" or "-type" ("Sovremenny-class"), a name whatever its tag."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ in ("class", "type")
    )


# broadcasters with services in many languages ("VOA Somali", "BBC Persian")
BROADCASTERS = {"VOA", "BBC", "RFE/RL"}
# languages that are no demonym of the gazetteer (those are read as languages too)
LANGUAGES = {
    "urdu",
    "pashto",
    "dari",
    "deewa",
    "mandarin",
    "cantonese",
    "swahili",
    "hausa",
    "amharic",
    "persian",
    "farsi",
    "kurdish",
    "tigrinya",
    "bambara",
    "oromo",
    "lingala",
    "khmer",
    "tibetan",
    "uyghur",
    "arabic",
    "english",
}
SIDED_GROUP_HEADS = {"separatist", "rebel"}  # "pro-Russian separatists", "Moscow-backed rebels"
MILITARY = ("military", "army")  # a state's forces, unless they describe the noun after them
# what "military" describes without naming a body that acts: "Russian military equipment",
# "U.S. military aid", "Iranian military personnel" (not "military officials said", "military
# sources say its forces …", whose forces are the body)
DESCRIBED = {
    "personnel",
    "equipment",
    "hardware",
    "aid",
    "assistance",
    "production",
    "industry",
    "industrial",
    "spending",
    "budget",
    "technology",
    "technologies",
    "supplies",
    "exports",
    "imports",
    "cooperation",
    "presence",
    "buildup",
    "build-up",
    "capabilities",
    "capability",
    "modernization",
    "doctrine",
    "ties",
    "sales",
    "infrastructure",
    "expenditure",
}


def _describes_noun(ent: Span) -> bool:
    """Whether a name ending in a word for a state's forces (:data:`MILITARY`) only describes
    the noun right after it (:data:`DESCRIBED`)."""
    doc = ent.doc
    last = ent[-1]
    return (
        last.lower_ in MILITARY
        and ent.end < len(doc)
        and doc[ent.end].lower_ in DESCRIBED
        and last.dep_ in ("amod", "compound", "nmod")
        and last.head.i >= ent.end
    )


def _after_hyphen(tok: Token) -> bool:
    """Whether ``tok`` ends a hyphenated compound ("tank" in "anti-tank")."""
    doc = tok.doc
    return (
        tok.i > 1
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


def _whose_air_defenses(ent: Span) -> bool:
    """ "Ukraine's air defenses", "Russian air defenses": the forces that defend a state's
    sky, as "its air force" is, not a weapon type named."""
    head = ent[-1]
    return ent.text.lower() in ("air defenses", "air defences") and any(
        c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") for c in head.children
    )
