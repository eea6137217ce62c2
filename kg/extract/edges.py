"""Direct edges read from names and noun phrases: Affiliation (with role) and LocatedIn."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from ..records import Entity
from .lexicon import Lexicon, norm
from .link import Ment

ORG_KINDS_OF_STATE = {"ministry", "military", "intelligence", "legislature", "agency", "government"}
PLACES = {"AdministrativeRegion", "City", "Region"}
ACTOR = {"Country", "Organization"}  # bodies a person may serve
# a body named by its kind alone in its own statement's sign-off ("Department Spokesperson")
PUBLISHER_WORDS = {"Department", "Ministry", "Office", "Agency"}


def located_in(
    lex: Lexicon,
    doc: Doc,
    ments: list[Ment],
    entity: Callable[[str], Entity],
    sent_of: Callable[[int], Span],
) -> Iterator[tuple[str, str, Span, float]]:
    """(region, container, sentence, confidence): stated ("Ukraine's Sumy region", "Janta in the
    Bekaa Valley") or implied by the gazetteer's country of a region the article names."""
    seen: set[tuple[str, str]] = set()
    at = {i: m for m in ments for i in range(m.start, m.end)}
    named = {m.entity_id for m in ments}
    place_nouns = set(lex.words["place_nouns"])
    for m in ments:
        e = entity(m.entity_id)
        if e.cls not in PLACES:
            continue
        sent = sent_of(m.start)
        stated = (
            _possessor(doc, m, at, entity, place_nouns)
            or _in_phrase(doc, m, at, entity, place_nouns)
            or _comma_container(lex, doc, m, at, e)
            or _adjacent_container(doc, m, at, entity, e)
        )
        # the gazetteer's country only where the article names that country too: a place the
        # text never puts in a country is not stated to lie in it; nor a contested territory
        # (Crimea, the Gaza Strip), whose country in the gazetteer is one side's claim
        implied = e.country if e.country in named and not lex.attr(e.id, "contested") else None
        # "in southern Lebanon": a part of a country named by it, so in that country too; a
        # village "in Borno state": in Nigeria too, when the article names Nigeria
        holder = entity(stated) if stated else None
        part_of = (
            holder.country
            if holder is not None
            and holder.country
            and (holder.cls == "Region" or holder.country in named)
            else None
        )
        for container, conf in ((stated, 0.9), (part_of, 0.85), (implied, 0.75)):
            if container and container != e.id and (e.id, container) not in seen:
                seen.add((e.id, container))
                yield e.id, container, sent, conf


def _possessor(doc: Doc, m: Ment, at: dict, entity, place_nouns: set[str]) -> str | None:
    """'Ukraine's Sumy region'; a town's too when a place noun follows ('X's Bakara Market
    area': a part of X)."""
    i = m.start
    if i >= 2 and doc[i - 1].lower_ in ("'s", "’s") and (i - 2) in at:
        owner = at[i - 2]
        part = m.end < len(doc) and doc[m.end].lemma_.lower() in place_nouns
        after = doc[m.end] if m.end < len(doc) else None
        if (
            entity(m.entity_id).cls == "Region"
            and not entity(m.entity_id).country
            and after is not None
            and after.pos_ == "NOUN"
            and not part
        ):
            return None  # "Russia's Black Sea coast": the coast is Russia's, not the sea
        if entity(owner.entity_id).cls in ("Country", "AdministrativeRegion", "Region") or (
            part and entity(owner.entity_id).cls == "City"
        ):
            return owner.entity_id
    return None


def _comma_container(lex: Lexicon, doc: Doc, m: Ment, at: dict, e: Entity) -> str | None:
    """'El Fasher, North Darfur', 'Kramatorsk, in the Donetsk region', 'Aleppo, Syria': the
    place named after a comma, where the gazetteer puts the first place in it (a comma
    between two places lists them as often as it locates one)."""
    if m.end >= len(doc) or doc[m.end].text != ",":
        return None
    pm = _place_after(doc, m, at, ("in", "the"))
    if pm is None:
        return None
    containers = (lex.attr(m.entity_id, "admin_region"), e.country)
    if pm.entity_id in containers:
        return pm.entity_id
    part = lex.entities.get(pm.entity_id)
    if part is not None and part.cls == "Region" and e.country and part.country == e.country:
        return pm.entity_id  # "Zaporizhzhia, in southeastern Ukraine": a part of its country
    after = doc[pm.end].text if pm.end < len(doc) else "."
    if (
        not e.linked
        and lex.entities.get(pm.entity_id, e).cls == "Country"
        and after in (",", ".", ";", ")")
    ):  # "Ramstein Air Base, Germany, …": a place the gazetteer lacks, then its country
        return pm.entity_id
    return None


def _place_after(doc: Doc, m: Ment, at: dict, skip: tuple[str, ...]) -> Ment | None:
    """The mention after the word that follows ``m`` (a comma, "in") and any words of
    ``skip``; of "X's Y", Y ("in eastern Ukraine's Donetsk region": the region)."""
    i = m.end + 1
    while i < len(doc) and doc[i].lower_ in skip:
        i += 1
    pm = at.get(i)
    if pm is None or pm is m or pm.start != i:
        return None
    if pm.end + 1 < len(doc) and doc[pm.end].lower_ in ("'s", "’s") and pm.end + 1 in at:
        pm = at[pm.end + 1]
    return pm


def _adjacent_container(doc: Doc, m: Ment, at: dict, entity, e: Entity) -> str | None:
    """'Novoshakhtinsk in Russia's Rostov region', 'the Donetsk region of eastern Ukraine':
    a place right after "in" (or "of", for a region) that holds it, whatever the parse
    attaches the phrase to; not where the gazetteer puts the first place elsewhere."""
    i = m.end
    if i >= len(doc) or not (
        doc[i].lower_ == "in" or doc[i].lower_ == "of" and e.cls == "AdministrativeRegion"
    ):
        return None
    pm = _place_after(doc, m, at, ("the",))
    if pm is None or pm.entity_id == e.id:
        return None
    c = entity(pm.entity_id)
    if c.cls not in ("Country", "AdministrativeRegion", "Region"):
        return None
    country = c.id if c.cls == "Country" else c.country
    if e.country and country and country != e.country:
        return None  # "a strike in Kharkiv in response to …": no known place holds it
    if c.cls == "Region" and not c.country:
        return None  # "Tal Afar in the Middle East" says little; "in the Black Sea" is no holder
    return c.id


# verbs of heading a body, with the role they give: "X, who leads the group"
HEADING_VERBS = {
    "head": "head",
    "lead": "leader",
    "command": "commander",
    "chair": "chair",
    "run": "head",
    "direct": "director",
}
# verbs that say where a place is: "X is located in Y", "X, which lies in Y"
LOCATING_VERBS = {"locate", "situate", "lie", "sit"}


def _in_phrase(doc: Doc, m: Ment, at: dict, entity, place_nouns: set[str]) -> str | None:
    """'Arsal and Hermel in the Bekaa Valley', 'the Kherson region, in southern Ukraine',
    'Kherson, a city in southern Ukraine', 'X is located in Y', 'X, which lies in Y', 'X is
    a town in Y', 'in the Y plain' (a place naming the noun after it); "the town of X, in Y"
    and "X, the capital of Y" (verbs.json ``place_nouns``)."""
    root = doc[m.start : m.end].root
    heads = [root] + ([root.head] if root.dep_ == "conj" else [])
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in place_nouns:
        heads.append(root.head.head)  # "the town of Kupiansk, in the Kharkiv region"
    heads += [c for c in root.children if c.dep_ == "appos" and c.i not in at]
    heads += [
        c
        for c in root.children
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in LOCATING_VERBS
    ]
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        if verb.lemma_.lower() in LOCATING_VERBS:
            heads.append(verb)
        elif verb.lemma_ == "be":  # "X is a town in Y"
            heads += [c for c in verb.children if c.dep_ == "attr" and c.i not in at]
    if (target := _first_object(root)) is not None and target.head.pos_ == "VERB":
        # "struck Baalbek and Hermel in the Bekaa Valley": the phrase hangs on the verb
        heads.append(target.head)
    for h in heads:
        for c in h.children:
            # "Goma, the capital of North Kivu province": of a place noun in apposition
            of_place = c.lower_ == "of" and h.dep_ == "appos" and h.lemma_ in place_nouns
            if c.dep_ == "prep" and (c.lower_ == "in" or of_place):
                for p in c.children:
                    pm = at.get(p.i)
                    if pm is None and p.dep_ == "pobj":  # "in the Bekaa Valley plain"
                        pm = next(
                            (at[g.i] for g in p.children if g.dep_ == "compound" and g.i in at),
                            None,
                        )
                    if (
                        pm is not None
                        and pm is not m
                        and entity(pm.entity_id).cls
                        in ("Country", "AdministrativeRegion", "Region")
                    ):
                        return pm.entity_id
    return None


def _first_object(tok):
    """The direct object (or passive subject) ``tok`` is, or is a conjunct of."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ in ("dobj", "nsubjpass") else None


def affiliations(
    lex: Lexicon,
    doc: Doc,
    ments: list[Ment],
    entity: Callable[[str], Entity],
    at: dict[int, Ment],
    sent_of: Callable[[int], Span],
    publisher: str | None = None,
) -> Iterator[tuple[str, str, str | None, Span, float]]:
    """(subject, object, role, sentence, confidence). ``publisher``: the organisation that
    published the article, whose bare "Department" or "Ministry" a title names ("Matthew
    Miller, Department Spokesperson" in the State Department's own statement)."""
    roles = set(lex.words["roles"])
    stated: set[str] = set()  # people whose affiliation the article states
    first: dict[str, Span] = {}  # where each other known person is first named
    for m in ments:
        e = entity(m.entity_id)
        sent = sent_of(m.start)
        if e.cls == "Person":
            got = list(_person_affiliation(lex, doc, m, e, roles, entity, at, sent, publisher))
            yield from got
            if got:
                stated.add(e.id)
            first.setdefault(e.id, sent)
        elif e.cls == "Organization":
            kind = lex.attr(e.id, "kind")
            parent = lex.attr(e.id, "parent")
            parent_kind = lex.attr(parent, "kind") if parent else None
            if parent and parent_kind in ("igo", "alliance"):
                yield e.id, parent, None, sent, 0.8  # "the U.N. Security Council"
                continue
            owner = _org_possessor(doc, m, at, entity)
            if owner:  # "Egypt's state-run news agency MENA"
                yield e.id, owner, None, sent, 0.85
                continue
            whole = _wing_of(doc, m, at, entity)
            if whole:  # "Hamas's armed wing, the Qassam Brigades"; "X, the armed wing of Y"
                yield e.id, whole, None, sent, 0.8
                continue
            country = e.country or (entity(parent).country if parent in lex.entities else None)
            if (
                country
                and (not e.linked or kind in ORG_KINDS_OF_STATE)
                and _names_country(lex, doc, m, country)
            ):
                yield e.id, country, None, sent, 0.8
    # A known office holder named without a title serves their state, unless the article
    # states another affiliation (one spokesman serves several bodies in a career) or the
    # gazetteer's role is a past one.
    for pid, sent in first.items():
        e = entity(pid)
        role = lex.attr(pid, "role") or ""
        if pid not in stated and e.linked and e.country and not role.startswith("former"):
            body = lex.attr(pid, "affiliation")
            # a leader or spokesman of a group or an international body serves it, not the
            # country the gazetteer places them in ("Yahya Saree": the Houthis, not Yemen)
            own = (
                body in lex.entities
                and lex.attr(body, "kind") not in ORG_KINDS_OF_STATE
                and not lex.state_for(body)
            )
            yield pid, body if own else e.country, role or None, sent, 0.6


WING_NOUNS = {"wing", "arm", "branch", "faction", "affiliate", "offshoot", "unit", "division"}


def _wing_of(doc: Doc, m: Ment, at: dict, entity) -> str | None:
    """The body an organisation is a wing of, told by an apposition: "Hamas's armed wing, the
    Qassam Brigades", "the Qassam Brigades, the armed wing of Hamas"."""
    root = doc[m.start : m.end].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for n in nouns:
        if n.lemma_.lower() not in WING_NOUNS:
            continue
        holders = [c for c in n.children if c.dep_ == "poss"] + [
            p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        for h in holders:
            hm = at.get(h.i)
            if hm is not None and hm is not m and entity(hm.entity_id).cls == "Organization":
                return hm.entity_id
    return None


def _names_country(lex: Lexicon, doc: Doc, m: Ment, country: str) -> bool:
    """Whether the mention of a state body names its state ("the U.S. State Department",
    "Russia's defense ministry", "the Ukrainian military"); a bare "the Pentagon" or "the
    State Department" does not say which state it belongs to."""
    start = m.start - 2 if m.start >= 2 and doc[m.start - 1].lower_ in ("'s", "’s") else m.start
    words = doc[start : m.end]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            text = words[i : i + size].text
            if lex.demonyms.get(norm(text)) == country:
                return True
            if any(c.id == country for c in lex.lookup(text)):
                return True
    return False


def _org_possessor(doc: Doc, m: Ment, at: dict, entity) -> str | None:
    """The state that possesses a body: "Egypt's news agency MENA", and the bodies listed
    after it ("Ukraine's SBU security service, the GUR military intelligence agency and …")."""
    tok = doc[m.start : m.end].root
    if tok.dep_ in ("compound", "nmod", "amod"):
        tok = tok.head  # "the GUR military intelligence agency"
    heads = [tok]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        heads.append(tok)
    for h in heads:
        for c in h.children:
            if c.dep_ == "poss" and c.i < m.start and c.i in at:
                owner = entity(at[c.i].entity_id)
                if owner.cls == "Country":
                    return owner.id
                if owner.cls == "Organization" and owner.country and h.i != heads[0].i:
                    # "Ukraine's SBU and the GUR agency": the first body's name holds the state
                    return owner.country
    return None


def _legislature(lex: Lexicon, country: str) -> str | None:
    houses = [
        eid
        for eid, row in lex.raw.items()
        if row.get("kind") == "legislature" and lex.entities[eid].country == country
    ]
    houses.sort(key=lambda eid: (bool(lex.raw[eid].get("parent")), len(lex.entities[eid].label)))
    return houses[0] if houses else None


def _role_phrase(head):
    """The role noun of an apposition with its modifiers and of/for/at objects."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod"):
            out += [t for t in c.subtree if t.dep_ not in ("det", "punct")]
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "in"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [
                        t
                        for t in p.subtree
                        if t.dep_ not in ("det", "punct", "prep")
                        and t.head.dep_ != "relcl"
                        and t.dep_ != "relcl"
                    ]
    return out


def _person_affiliation(lex, doc, m, e, roles, entity, at, sent, publisher=None):
    span = doc[m.start : m.end]
    root = span.root
    # tokens of the noun phrase before the name, and of an apposition
    left = [t for t in root.subtree if t.i < m.start and t.dep_ not in ("det", "punct")]

    def person(t) -> bool:  # "Chancellor A, President B and C": a list the parser reads as
        return t.i in at and entity(at[t.i].entity_id).cls == "Person"  # appositions

    for c in root.children:
        if c.dep_ == "appos" and not person(c):
            left += _role_phrase(c)
    if root.dep_ == "appos" and not person(root.head):
        left += [t for t in root.head.subtree if t.i < m.start and t.dep_ not in ("det", "punct")]
    # "the spokesman for the Houthis, Yahya Saree": the parse hangs the name on "for", or on
    # the body as its apposition
    named = root.head if root.dep_ == "appos" else root
    if (
        named.dep_ == "pobj"
        and named.head.lower_ in ("for", "of")
        and named.head.head.lower_ in roles
        and named.head.head.i < m.start
        and any(entity(at[t.i].entity_id).cls in ACTOR for t in left if t.i in at)
    ):
        left.append(named.head.head)
    first = at.get(root.head.i) if root.dep_ == "conj" else None
    if first is not None and entity(first.entity_id).cls == "Person":
        # "Russian nationals X and Y", "Ukrainian Defense Minister X and Deputy Chief Y": what
        # precedes the first name stands for the next one, in what it does not say itself
        head = doc[first.start : first.end].root
        before = [t for t in head.subtree if t.i < first.start and t.dep_ not in ("det", "punct")]
        shared = any(t.lower_ in roles and t.tag_ == "NNS" for t in before)  # "nationals"
        own_role = any(t.lower_ in roles and t.i not in at for t in left)
        others = [c for c in head.children if c.dep_ == "conj"]
        if (shared and not left) or (own_role and others == [root]):
            if not any(t.i in at and t.i not in range(m.start, m.end) for t in left):
                left += [t for t in before if t.i in at]
            if not own_role:
                left += [t for t in before if t.lower_ in roles and t.i not in at]
    # "X, who heads / leads / commands Y": the body the relative clause's verb governs
    heading = [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and c.lemma_.lower() in HEADING_VERBS
        and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
    ]
    for v in heading:
        left += [
            t
            for d in v.children
            if d.dep_ == "dobj"
            for t in d.subtree
            if t.dep_ not in ("det", "punct")
        ]
    role_words = list({t.i: t for t in left if t.lower_ in roles and t.i not in at}.values())
    actors: list[str] = []
    for t in left:
        am = at.get(t.i)
        if am is None or am is m:
            continue
        ae = entity(am.entity_id)
        found: list[str | None] = []
        if ae.cls in ("Country", "Organization"):
            found = [ae.id]
        elif ae.cls == "Person" and t.dep_ == "poss":  # "Biden's national security adviser"
            found = [ae.id, ae.country]
        elif ae.cls in ("City", "AdministrativeRegion"):  # "the regional governor in Kirovohrad"
            found = [lex.state_for(ae.id) or ae.country]
        for actor in found:
            if actor and actor not in actors and actor != e.id:
                actors.append(actor)
    if not role_words and not heading:
        # "Michael Kofman of the Carnegie Endowment", "the Crisis Group's Richard Atwood": a
        # person named with a body of no role word is of it
        bodies = [
            am.entity_id
            for t in [
                *(
                    p
                    for c in root.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                ),
                *(t for t in left if t.dep_ == "poss"),
            ]
            if (am := at.get(t.i)) is not None
            and am is not m
            and entity(am.entity_id).cls == "Organization"
            and lex.attr(am.entity_id, "kind") != "media"  # reporters are not the article's
        ]
        for body in dict.fromkeys(bodies):
            yield e.id, body, None, sent, 0.7
        return
    role = (
        HEADING_VERBS[heading[0].lemma_.lower()]
        if heading
        else " ".join(t.text for t in sorted(role_words, key=lambda t: t.i)).lower()
    )
    legislators = set(lex.words.get("legislator_roles", []))
    # "Deputy Ivan Petrov" sits in the legislature; a "Deputy Chief of Defense" does not
    if any(t.lower_ in legislators and t.head.lower_ not in roles for t in role_words):
        countries = [a for a in actors if entity(a).cls == "Country"] or (
            [e.country] if e.country else []
        )
        for c in countries:  # "an Ohio congressman" → the country's legislature
            house = _legislature(lex, c)
            if house:
                actors = [house]
    if (
        not actors and publisher and any(t.text in PUBLISHER_WORDS and t.i not in at for t in left)
    ):  # "Matthew Miller, Department Spokesperson": the publishing department
        actors = [publisher]
    if not actors and e.linked:
        c = e.country
        if c:
            actors = [c]
    for a in actors:
        yield e.id, a, role, sent, 0.8 if a != e.country else 0.7
