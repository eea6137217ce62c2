"""Relation rules: event frames read from the dependency parse of each sentence.

A frame starts at a trigger (a verb or event noun of the verb lexicon), takes its agent
from the subject (passive ``by``-phrase, inherited subject of xcomp/conj, pronoun, demonym
modifier, or the event noun's earlier agent) and its other roles from the mentions in its
clause, by class and by the preposition that introduces them. Coordination gives one
frame per agent and one statement per target.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..events import ROLES
from ..records import Entity
from ..text import slug
from .cues import CUES
from .lexicon import Lexicon, norm
from .link import SHIP_STATES, Ment
from .nlp import Sentences
from .triggers import TRIGGERS

ACTOR = {"Country", "Person", "Organization"}
PLACE = {"Country", "AdministrativeRegion", "City", "Region"}
CLAUSE_STOP = {
    "ccomp",
    "advcl",
    "relcl",
    "parataxis",
    "csubj",
    "nsubj",
    "nsubjpass",
    "mark",
    "acl",
    "pcomp",
}
CAPTURED = {"capture", "captured", "seize", "seized", "steal", "stolen", "trophy", "abandon"}
# verbs of taking weapons on their way: who seizes them does not receive them
INTERDICTING = {"seize", "capture", "interdict", "intercept", "confiscate", "impound", "find"}
# "weapons bound for / destined for / intended for the Houthis": whom they were sent to
DESTINED = {"bound", "destined", "intended", "headed", "meant", "earmarked"}
SIDE_NOUNS = {"support", "coordination", "cooperation", "solidarity", "partnership"}
# "in response to the threats in the Red Sea", "in retaliation for X": a reason, another event
REASON_NOUNS = {"response", "retaliation", "reaction", "reprisal", "revenge"}
MODIFIER = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
# verbs of ships and traffic passing through a place ("tankers transiting the Red Sea")
# verbs whose by-phrase after a treaty names its parties ("the treaty, signed by X and Y")
TREATY_ACTS_BY = {"sign", "ratify", "conclude", "seal", "negotiate", "agree"}
PASSAGE_VERBS = {"transit", "sail", "pass", "cross", "travel", "navigate", "traverse"}
ARRIVAL_VERBS = {"arrive", "reach", "go", "head", "flow", "land", "enter"}
PERMISSION_NOUNS = {
    "permission",
    "approval",
    "authorization",
    "authorisation",
    "right",
    "go-ahead",
    "ability",
    "light",
}
STATE_KINDS = {"military", "ministry", "government", "intelligence"}
# "X claimed responsibility for the attack", "X took credit for the raid": the claimant acts
CLAIM_NOUNS = {"responsibility", "credit"}
CLAIM_VERBS = {"claim", "take", "accept", "admit", "bear"}
BLAME_VERBS = {"attribute", "blame"}
# passive verbs whose subject is that of the infinitive after them: "X is said to have …"
RAISING_VERBS = {"say", "believe", "report", "think", "know", "allege", "understand", "rumor"}
# "Russia's obligations under the CFE Treaty": only a party has duties under a treaty
DUTY_NOUNS = {"obligation", "commitment", "duty", "requirement", "responsibility"}
# a gerund after these has the subject of the verb or adjective they attach to ("accused of
# sending", "responded by striking", "succeeded in taking"); not "warned against", "without"
GERUND_PREPS = {"of", "by", "in", "after", "before", "on"}
# prepositions of a time phrase: the event it names says when, not who ("after the invasion")
TIME_PREPS = {"after", "before", "since", "following", "amid", "during", "until", "ahead"}
# words for a unit or craft of a named weapon: "a Patriot battery", "U.S. F/A-18 aircraft"
UNIT_NOUNS = {
    "system",
    "battery",
    "unit",
    "launcher",
    "aircraft",
    "jet",
    "plane",
    "warplane",
    "crew",
}
# capture verbs that capture only a place or control: "took X", "secured the town of X",
# "has ruled Gaza"; not "took office", "secured funding", "ruled out talks"
PLACE_OBJECT_VERBS = {"take", "secure", "rule"}
# nouns for a state's land that a possessive pronoun gives its owner: "their homeland"
HOMELAND_NOUNS = {"homeland", "country", "territory", "soil", "nation"}
RESPONDING_VERBS = {"respond", "reply", "retaliate", "hit"}  # "responded with airstrikes"
# nouns of an attempt whose infinitive names what was tried: "its battle to take Kyiv"
ATTEMPT_NOUNS = {
    "battle",
    "fight",
    "bid",
    "attempt",
    "effort",
    "push",
    "drive",
    "campaign",
    "offensive",
    "operation",
}
CONTESTING_VERBS = {"fight", "battle", "vie", "struggle", "compete", "jostle"}  # for control
FAILING_VERBS = {"lose", "abandon", "fail", "drop", "give"}  # "lost its battle to take X"
ORIGIN_VERBS = {"make", "build", "manufacture", "produce", "design", "develop", "assemble"}
PAST_TIME_PREPS = {"after", "since", "following", "amid", "during"}  # the event took place
# "Chinese warships were seen near Taiwan": a weapon sighted somewhere is deployed there
SIGHTING_VERBS = {"see", "spot", "sight", "observe", "detect", "photograph", "film"}
# what a state's ships and aircraft do where they are deployed: "Chinese jets crossed into X"
MOTION_VERBS = {
    "cross",
    "enter",
    "fly",
    "sail",
    "patrol",
    "transit",
    "circle",
    "operate",
    "move",
    "arrive",
    "head",
    "remain",  # "the USS Ford will remain in the eastern Mediterranean"
    "stay",
    "roll",  # "Israeli tanks rolled into Rafah"
    "surround",
}
# words an of-phrase names a part of places after ("each of the regions of X", "parts of X")
PARTITIVE_HEADS = {"each", "all", "most", "much", "part", "some", "one", "many", "several"}
# weapon categories that fly to their target: what moves is a munition, not a platform
IN_FLIGHT = {"missile", "munition", "rocket", "drone"}
MEMBER_VERBS = {"include", "comprise"}  # "the group, which includes X and Y"
# "185 miles southwest of X": units of a distance measured from a place
DISTANCE_UNITS = {"mile", "kilometer", "kilometre", "km", "meter", "metre", "yard", "foot"}
DEAL_NOUNS = {"deal", "agreement", "contract", "accord"}  # a purchase made under one
# words for a state's armed forces that "the …" refers back with (not "the government")
FORCES_BACK = {"troop", "soldier", "force", "army", "military"}
PROVISION_NOUNS = {"article", "chapter", "clause", "provision", "term"}  # "Article 5 of X"
BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}


@dataclass
class Frame:
    type: str
    trigger: Token
    agents: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    treaties: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    location_preps: list[str | None] = field(default_factory=list)
    weapon_owner: dict[str, str] = field(default_factory=dict)
    instruments: list[str] = field(default_factory=list)  # the interceptor's own weapons
    hit: dict[str, str] = field(default_factory=dict)  # weapons struck → their owner
    supplier_of: dict[str, str] = field(default_factory=dict)  # "A from X and B from Y"
    negated: bool = False
    lexical_negation: bool = False
    confidence: float = 0.85
    nominal: bool = False
    presupposed: bool = False  # "the fighting between X and Y": happening, whatever governs it
    attempted: bool = False  # "its bid to take X": planned, or a failure (negated, asserted)


class FrameReader:
    """Reads frames from one article's sentences; keeps the article context between them."""

    def __init__(
        self,
        lex: Lexicon,
        doc: Doc,
        ments: list[Ment],
        entities: dict,
        publisher: str | None = None,
    ) -> None:
        self.lex = lex
        self.entities = entities
        self.doc = doc
        self.sents = Sentences(doc)
        self.ments = ments
        self.root_of: dict[int, Ment] = {}
        self.at: dict[int, Ment] = {}
        for m in ments:
            span = doc[m.start : m.end]
            self.root_of.setdefault(span.root.i, m)
            for i in range(m.start, m.end):
                self.at[i] = m
        w = lex.words
        self.verb_types: dict[str, list[str]] = {}
        self.noun_types: dict[str, list[str]] = {}
        for etype, spec in w["events"].items():
            for v in spec["verbs"]:
                self.verb_types.setdefault(v, []).append(etype)
            for n in spec.get("nouns", []):
                self.noun_types.setdefault(n, []).append(etype)
        self.spec = w["events"]
        self.role_rules: dict[str, list[dict]] = w["role_rules"]
        self.force_nouns = set(w["force_nouns"])
        # common nouns for those who act, whose "its" / "their" is their own
        self.owner_nouns = self.force_nouns | set(w["group_nouns"]) | set(w["government_nouns"])
        self.package_nouns = set(w["package_nouns"])
        self.supplier_verbs = set(w["supplier_verbs"])
        self.decision_nouns = set(w["decision_nouns"])
        self.back_references: dict[str, list[str]] = w["back_references"]
        self.patient_frames: dict[str, list[dict]] = {}
        for pf in w["patient_frames"]:
            self.patient_frames.setdefault(pf["verb"], []).append(pf)
        self.last_agents: dict[str, list[str]] = {}
        self.last_frame: dict[str, Frame] = {}
        self.attacks: list[Frame] = []  # the attacks read, with an attacker, in order
        self.invaders: dict[str, str] = {}  # country → who last attacked or took a place in it
        self.transfers: list[Frame] = []  # transfers read so far with supplier and recipient
        self.unclaimed: Frame | None = None  # the last attack read with a target but no agent
        self.metonyms: set[int] = set()  # starts of city mentions read as their state
        self._kinds: dict[str, tuple[list[int], list[Ment]]] = {}  # antecedents by kind
        bodies = self._publishers(publisher)
        self.voice = self._state_publishing(bodies)  # "we" in the publisher's own words
        self.publisher_body = bodies[0].id if bodies else None  # "X, Department Spokesperson"

    # -- classes and metonymy --------------------------------------------------------------
    def cls(self, m: Ment) -> str:
        return self.entity(m.entity_id).cls

    def entity(self, eid: str):
        return self.entities.get(eid) or self.lex.entities[eid]

    def as_actor(self, m: Ment) -> str | None:
        """The actor a mention stands for in an agent or recipient role."""
        e = self.entity(m.entity_id)
        if e.cls == "Country":
            return e.id
        if e.cls == "Person":  # a head of state or minister acts for the state
            return e.country if e.linked and e.country else e.id
        if e.cls == "Organization":
            state = self.lex.state_for(e.id)
            if state:
                return state
            if self.lex.attr(e.id, "kind") in STATE_KINDS and e.country:
                return e.country
            if not e.linked and e.country:  # "Ukraine's air force"
                return e.country
            return e.id
        if e.cls == "City":
            if m.kind == "dateline":  # "OSLO, May 2 — …": where the article was written
                return None
            state = self.lex.state_for(e.id)
            if state:
                self.metonyms.add(m.start)
            return state
        return None

    def _state_publishing(self, bodies: list[Entity]) -> str | None:
        """The state an article's publisher (its organisations, ``bodies``) speaks for, when it
        is a state body ("U.S. Department of State", "The White House"; a parent body in
        brackets counts): in its own statements "we" and "our" are that state. A news medium
        speaks for none."""
        for e in bodies:
            state = self.lex.state_for(e.id)
            if not state and self.lex.attr(e.id, "kind") in STATE_KINDS:
                state = e.country
            if state:
                return state
        return None

    def _publishers(self, publisher: str | None) -> list[Entity]:
        """The organisations an article's publisher names (a parent body in brackets too)."""
        if not publisher:
            return []
        outer, _, inner = publisher.partition("(")
        return [
            e
            for name in (publisher, outer, inner.rstrip(") "))
            if name.strip()
            for e in self.lex.lookup(name.strip())
            if e.cls == "Organization"
        ]

    def speaker_state(self, pron: Token) -> str | None:
        """'we', 'our', 'us': the state of whoever says them. Reported speech ('we will
        respond,' the minister said) is the speaker's, a person standing for their state;
        the article's own words are the publisher's state (``voice``); a quotation whose
        speaker this sentence does not name gives nothing."""
        for a in pron.ancestors:
            if a.lemma_ not in self.lex.words["speech"]:
                continue
            subj = self.subject_of(a)
            if subj is None or subj.pos_ == "PRON":
                continue
            got = [x for x in self.np_agents(subj, "")[0] if self.entity(x).cls == "Country"]
            return got[0] if got else None
        if self._quoted(pron):
            return None  # inside a quotation whose speaker is named elsewhere
        return self.voice

    def _paragraph_start(self, tok: Token) -> int:
        """The index of the first token of ``tok``'s paragraph (walking back from ``tok``,
        not from the start of the article)."""
        start = self.doc.text.rfind("\n", 0, tok.idx) + 1
        i = tok.i
        while i > 0 and self.doc[i - 1].idx >= start:
            i -= 1
        return i

    def _quoted(self, tok: Token) -> bool:
        """Whether ``tok`` stands inside a direct quotation opened earlier in its paragraph."""
        para = self.doc.text[self.doc.text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
        return bool(para.count('"') % 2 or para.count("“") > para.count("”"))

    def refer_back(self, tok: Token) -> Ment | None:
        """'the town', 'the region', 'the country', 'the treaty': the place or treaty of that
        kind the article named last, within a few sentences (verbs.json ``back_references``)."""
        owners_of = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        pron = owners_of[0] if owners_of and tok.lower_ in HOMELAND_NOUNS else None
        if pron is not None:  # "Russia's invasion of their homeland": whose homeland
            # not the possessor of the event it belongs to ("Russia's invasion of their
            # country" is not Russia's country): then the subject of the clause
            event = next((a for a in tok.ancestors if a.pos_ == "NOUN"), None)
            taken = {
                x
                for c in (event.children if event is not None else ())
                if c.dep_ == "poss"
                for x in self.np_agents(c, "")[0]
            }
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subj = self.subject_of(verb) if verb is not None else None
            owners = [self.antecedent(pron)]
            owners += self.np_agents(subj, "")[0] if subj is not None else []
            owner = next(
                (o for o in owners if o and o not in taken and self.entity(o).cls == "Country"),
                None,
            )
            if owner is not None:
                return Ment(tok.i, tok.i + 1, owner, kind="anaphor", confidence=0.6)
        classes = self.back_references.get(tok.lower_)
        if (
            not classes
            or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
            )
            or any(
                c.dep_ in ("prep", "poss", "compound", "amod") and c.lower_ != "same"
                for c in tok.children
                if c.dep_ != "amod" or c.pos_ == "PROPN"
            )
        ):
            return None
        limit = self._window_start(tok.i, 3)  # the sentence and the three before it
        kind = "back:" + ",".join(classes)
        if kind not in self._kinds:  # mentions of those classes, by start (bisection)
            fits = [m for m in self.ments if self.cls(m) in classes]
            self._kinds[kind] = ([m.start for m in fits], fits)
        starts, places = self._kinds[kind]
        for m in reversed(places[bisect_left(starts, limit) : bisect_left(starts, tok.i)]):
            if m.kind in ("demonym", "metonym") or m.start in self.metonyms:
                continue
            if tok.lower_ in self.lex.words["facility_heads"] and not self.entity(
                m.entity_id
            ).label.lower().endswith(tok.lower_):
                continue  # "the base": the base named last, not any region
            if self.cls(m) in classes:
                return Ment(tok.i, tok.i + 1, m.entity_id, kind="anaphor", confidence=0.6)
        return None

    # -- agents --------------------------------------------------------------------------
    def np_agents(self, head: Token, etype: str) -> tuple[list[str], float]:
        """Actors named by a noun phrase in subject position (with its conjuncts)."""
        out: list[str] = []
        conf = 0.9
        for tok in [head, *_conjuncts(head)]:
            members = self._listed_members(tok, etype)
            if members:  # "the group, which includes X, Y and Z": its members act
                out += members
                conf = min(conf, 0.8)
                continue
            # "the militaries of X and Y"; not "the Malian army" with an of-phrase the parse
            # hangs on it ("the Malian army and mercenaries of X"): its own owner comes first
            owned = any(
                (c.dep_ in MODIFIER or c.dep_ == "poss") and c.i in self.at for c in tok.children
            )
            if tok.lemma_.lower() in self.force_nouns and not owned:
                owners = [
                    a
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for q in (p, *_conjuncts(p))
                    for a in [self._np_agent(q, etype)[0]]
                    if a
                ]
                if owners:
                    out += owners
                    conf = min(conf, 0.8)
                    continue
            if not self.root_of.get(tok.i) and not self.at.get(tok.i):
                sided = self._group_of_members(tok)
                if sided:  # "members of al-Shabaab", "militants loyal to Islamic State"
                    out.append(sided)
                    conf = min(conf, 0.8)
                    continue
            counted = self._counted_reference(tok)
            if counted:  # "the three countries", "both nations": the ones just named
                out += counted
                conf = min(conf, 0.75)
                continue
            got, c = self._np_agent(tok, etype)
            if got:
                out.append(got)
                out += self._coordinated_owners(tok)
                if tok.pos_ == "PRON" and tok.lower_ == "they":
                    out += self._coordinated_antecedents(tok, got)
                conf = min(conf, c)
        return list(dict.fromkeys(out)), conf

    def _counted_reference(self, tok: Token) -> list[str]:
        """'the three countries', 'both nations', 'the two sides' (verbs.json
        ``counted_nouns``): the states or bodies a list named just before, when the latest
        list within three sentences names that many."""
        words = self.lex.words["number_words"]
        if tok.lemma_.lower() not in self.lex.words["counted_nouns"] or tok.tag_ != "NNS":
            return []
        count = next(
            (
                words[c.lower_]
                for c in tok.children
                if c.dep_ in ("nummod", "det", "predet") and c.lower_ in words
            ),
            None,
        )
        if count is None:
            return []
        start = self._window_start(tok.i, 3)
        for m in reversed([m for m in self.ments if start <= m.start < tok.i]):
            head = _first_conjunct(self.doc[m.start : m.end].root)
            listed = [
                a
                for t in (head, *_conjuncts(head))
                if (tm := self.root_of.get(t.i) or self.at.get(t.i)) is not None
                and self.cls(tm) in ("Country", "Organization")
                and (a := self.as_actor(tm))
            ]
            listed = list(dict.fromkeys(listed))
            if len(listed) > 1:
                return listed if len(listed) == count else []
        return []

    def _group_of_members(self, tok: Token) -> str | None:
        """The organisation a word for members or fighters belongs to by a phrase: "members
        of X", "fighters from X", "militants loyal to / linked to / affiliated with /
        (suspected of) belonging to X"."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lex.words["group_nouns"] and lemma != "member":
            return None
        ties = ("loyal", "link", "affiliate", "belong")
        tied = [c for c in tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in ties]
        tied += [  # "gunmen suspected of belonging to X"
            g
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in ("suspect", "believe", "think")
            for prep in c.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pcomp" and g.lemma_.lower() in ties
        ]
        objects = [*_objects(tok, "of"), *_objects(tok, "from")] + [
            p for c in tied for q in ("to", "with") for p in _objects(c, q)
        ]
        for p in objects:  # "from the extremist group al-Shabab": the named apposition
            for t in (p, *(c for c in p.children if c.dep_ in ("appos", "compound"))):
                m = self.root_of.get(t.i) or self.at.get(t.i)
                if m is not None and self.cls(m) == "Organization":
                    return m.entity_id
        return None

    def _coordinated_antecedents(self, pron: Token, first: str) -> list[str]:
        """'Norway and Denmark said they would send jets': "they" is every actor of the
        coordination its antecedent stands in, not only the last one."""
        parallel = (
            self._conjunct_subject(pron) or self._previous_subject(pron)
            if pron.dep_ in ("nsubj", "nsubjpass")
            else []
        )
        if parallel:
            return parallel[1:] if parallel[0] == first else []
        said = self._speaker_of(pron)
        if said is not None:  # "X and Y announced they would …"
            got = [a for a in self.np_agents(said, "")[0] if self.entity(a).cls != "Person"]
            return got[1:] if got[:1] == [first] else []
        m = self._last_mention("actor", pron.i)
        if m is None or self.as_actor(m) != first:
            return []
        tok = self.doc[m.end - 1]
        while tok.head.i != tok.i and m.start <= tok.head.i < m.end:
            tok = tok.head
        out = []
        for q in [_first_conjunct(tok), *_conjuncts(_first_conjunct(tok))]:
            other = self.root_of.get(q.i) or self.at.get(q.i)
            actor = self.as_actor(other) if other is not None else None
            if other is None or actor is None or self.cls(other) != self.cls(m):
                return []
            out.append(actor)
        return [a for a in out if a != first]

    def _coordinated_owners(self, tok: Token) -> list[str]:
        """'American and British forces', 'U.S. and Israeli jets': the actors coordinated
        with the one that modifies the noun."""
        out = []
        m = self.root_of.get(tok.i)
        inside = range(m.start, m.end) if m is not None else range(tok.i, tok.i + 1)
        # "Russian Su-35 jets": the parse may hang the owner on a word inside the weapon's name
        children = [c for t in self.doc[inside.start : inside.stop] for c in t.children]
        for c in (c for c in children if c.i not in inside):
            if c.dep_ in MODIFIER or c.dep_ == "poss":
                for q in _conjuncts(c):
                    m = self.root_of.get(q.i) or self.at.get(q.i)
                    if m is None or self._irregulars_of(m, tok):
                        continue
                    actor = self.as_actor(m)
                    if actor:
                        out.append(actor)
        return out

    def _agents_of_event_around(self, v: Token) -> list[str]:
        """Who made the event a passive verb happened after, during or in: 'X was recaptured
        following an offensive by Y', 'was retaken in a counteroffensive by Z'; who attacked
        in the clause that says when ('20 soldiers were killed when al-Shabab raided a
        base')."""
        return [
            a
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("after", "following", "during", "in", "amid")
            for n in c.children
            if n.dep_ == "pobj" and n.lower_ in self.noun_types
            for b in n.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for p in b.children
            if p.dep_ == "pobj"
            for a in self.np_agents(p, "")[0]
        ] + [
            a
            for c in v.children
            if c.dep_ == "advcl"
            and "Attack" in self.verb_types.get(c.lemma_.lower(), [])
            and any(g.lower_ in ("when", "as") for g in c.children if g.dep_ in ("advmod", "mark"))
            and (s := self.subject_of(c)) is not None
            for a in self.np_agents(s, "Attack")[0]
        ]

    def _relative_weapon(self, p: Token) -> Ment | None:
        """The weapons a relative 'which' in ``p`` stands for ('most of which', 'all of
        which'): the weapon named last before it in its sentence."""
        which = next((t for t in p.subtree if t.lower_ == "which" and t.tag_ == "WDT"), None)
        if which is None:
            return None
        start = self.sents.of(which.i).start
        return next(
            (
                m
                for m in reversed(self.ments)
                if start <= m.start < which.i and self.cls(m) == "Weapon"
            ),
            None,
        )

    def _listed_members(self, tok: Token, etype: str) -> list[str]:
        """The actors a relative clause lists as a group's members: 'the P5+1 group, which
        includes the United States, Britain, …', 'a bloc that comprises X and Y', 'the P5+1,
        a group that includes X' (the clause on an apposition)."""
        named = self.root_of.get(tok.i) or self.at.get(tok.i)
        apposed = [g for a in tok.children if a.dep_ == "appos" and not named for g in a.children]
        for c in [*tok.children, *apposed]:
            if c.dep_ == "relcl" and c.lemma_.lower() in MEMBER_VERBS:
                return [
                    a
                    for o in c.children
                    if o.dep_ == "dobj"
                    for q in (o, *_conjuncts(o))
                    for a in [self._np_agent(q, etype)[0]]
                    if a
                ]
        return []

    def _np_agent(self, tok: Token, etype: str) -> tuple[str | None, float]:
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        if m is not None:
            actor = self.as_actor(m)
            if actor:
                return actor, 0.9 * m.confidence
            if m.kind == "ship":  # "USS Carney shot down …": the navy's state
                return SHIP_STATES[self.doc[m.start].lower_], 0.8
        if tok.lower_ in self.lex.words["pronouns"] and tok.pos_ == "PRON":
            ref = self.antecedent(tok)
            return (ref, 0.7) if ref else (None, 0.0)
        if m is not None and self.cls(m) == "Weapon":  # "North Korean missiles fired by
            users = [a for o in self._users_of(tok) if (a := self.as_actor(o))]
            if users:  # Russian forces": who fires them acts, not where they come from
                return users[0], 0.8
        for c in tok.children:  # "Russian forces", "Ukraine's drones", "the group Hamas"
            if c.dep_ in MODIFIER or c.dep_ in ("poss", "appos"):
                cm = self.root_of.get(c.i) or self.at.get(c.i)
                if cm is not None and self._irregulars_of(cm, tok):
                    return None, 0.0
                if cm is not None and cm.kind == "ship":  # "the USS Ford strike group"
                    return SHIP_STATES[self.doc[cm.start].lower_], 0.8
                if cm is not None:
                    actor = self.as_actor(cm)
                    if actor:
                        return actor, 0.8
                if c.dep_ == "poss" and (
                    c.lower_ in ("its", "their", "his", "her")
                    or c.lower_ == "our"  # "our forces", "our F-16s"; "our partners" are others
                    and (tok.lemma_.lower() in self.force_nouns or m is not None)
                ):
                    ref = self.antecedent(c)
                    if ref and self.entity(ref).cls == "Person":
                        # "his forces": the forces of the leader's country
                        ref = self.entity(ref).country or ref
                    if ref:
                        return ref, 0.7
        # "Russian Su-35 jets", "U.S. Navy F/A-18 aircraft": the owner may hang on a word
        # inside the weapon's name, or on the name that modifies the head noun
        named = [tok] if m is not None and self.cls(m) == "Weapon" else []
        named += [
            c
            for c in tok.children
            if c.dep_ in ("compound", "nmod")
            and (cm := self.root_of.get(c.i)) is not None
            and self.cls(cm) == "Weapon"
        ]
        if named:
            owners = [a for o in self._modifier_ments(named[0]) if (a := self.as_actor(o))]
            if owners:
                return owners[0], 0.8
        earlier = self._owner_named_before(m, tok) if named and m is not None else None
        if earlier:  # "a U.S. drone strike … the drone fired two missiles"
            return earlier, 0.7
        led = self._leader(tok)
        if led:
            return led, 0.75
        group = (
            self._armed_group_back(tok) or self._forces_back(tok) or self._government_forces(tok)
        )
        if group:
            return group, 0.6
        if tok.lower_ in self.lex.words["event_nouns"]:
            own = self._noun_agents(tok, etype)[0]  # "a strike attributed to X killed …"
            if own:
                return own[0], 0.7
            if self.last_agents.get(etype):
                return self.last_agents[etype][0], 0.65
        prev = self.last_frame.get(etype)
        if (
            etype == "Attack"
            and m is not None
            and self.cls(m) == "Weapon"
            and prev is not None
            and prev.trigger.i < tok.i
            and prev.trigger.i >= self._window_start(tok.i, 1)
            and (not prev.weapons or self._same_kind(m.entity_id, self._weapons_of(prev, tok)))
            and not any(  # "government warplanes", "rebel rockets": someone else's
                c.dep_ in ("compound", "nmod", "poss") and not m.start <= c.i < m.end
                for c in tok.children
            )
        ):
            # "Russia launched drones at Odesa overnight. Two drones hit the port.": weapons of
            # the kind the attack just reported (or of any kind, when it named none: "Russia
            # launched an air attack. Missiles struck Lviv"), with no owner named, are the
            # attacker's
            return prev.agents[0], 0.6
        return None, 0.0

    def _weapons_of(self, prev: Frame, tok: Token) -> list[str]:
        """The weapons of the attacks ``prev``'s attacker made within the sentence before
        ``tok``'s and its own ("a missile and drone attack … In Odesa, a drone hit … In
        Kharkiv, missiles struck …": missiles too)."""
        start = self._window_start(prev.trigger.i, 1)
        return [
            w
            for f in self.attacks
            if f.agents[:1] == prev.agents[:1] and f.trigger.i >= start
            for w in f.weapons
        ] + list(prev.weapons)

    def _owner_named_before(self, m: Ment, tok: Token) -> str | None:
        """The owner of 'the drone' with none named: the owner given where the article last
        named that weapon, within five sentences ("a U.S. drone strike", "Russian drones")."""
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
            return None
        start = self._window_start(tok.i, 5)
        before = [p for p in self.ments if start <= p.start < m.start]
        prev = next((p for p in reversed(before) if p.entity_id == m.entity_id), None)
        if prev is None:
            return None
        word = self.doc[prev.end - 1]
        owners = self._modifier_ments(word)
        if not owners and word.dep_ in ("compound", "nmod"):  # "a U.S. drone strike"
            owners = [
                o
                for c in word.head.children
                if c.dep_ in MODIFIER and c.i != word.i
                if (o := self.root_of.get(c.i) or self.at.get(c.i)) is not None
                and self.cls(o) in ACTOR
            ]
        return next((a for o in owners if (a := self.as_actor(o))), None)

    def _same_kind(self, weapon: str, others: list[str]) -> bool:
        """Whether ``weapon`` is one of ``others``, a subtype of one or a supertype."""

        def up(eid: str) -> set[str]:
            out, cur = {eid}, self.lex.entities.get(eid)
            while cur is not None and cur.broader and cur.broader not in out:
                out.add(cur.broader)
                cur = self.lex.entities.get(cur.broader)
            return out

        mine = up(weapon)
        return any(weapon in up(o) or o in mine for o in others)

    def _armed_group_back(self, tok: Token) -> str | None:
        """'the militants', 'the rebels', 'insurgents' with no group named in the phrase: the
        armed group the article named last, within three sentences (verbs.json
        ``group_nouns``); with none named, no agent (guidelines: unnamed attackers)."""
        if tok.lemma_.lower() not in self.lex.words["group_nouns"] or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children
        ):
            return None
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets != ["the"] and not (not dets and tok.tag_ == "NNS"):
            return None  # "some militants", "a rebel": not the group as a whole
        return self._last_armed_group(tok.i)

    def _group_back_ment(self, tok: Token) -> Ment | None:
        """'killed 13 militants' after the group was named: the armed group, as a mention."""
        group = self._armed_group_back(tok)
        return Ment(tok.i, tok.i + 1, group, kind="anaphor", confidence=0.6) if group else None

    def _forces_back(self, tok: Token) -> str | None:
        """'the troops', 'the soldiers', 'the army' with nothing else in the phrase: the state
        whose forces the article named last, within three sentences ("Kenyan troops …",
        "the Somali army …"); with none named, no one."""
        if (
            tok.lemma_.lower() not in FORCES_BACK
            or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]
            or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children)
        ):
            return None
        m = self._last_of("forces", self._names_forces, tok.i)
        if m is not None and m.start >= self._window_start(tok.i, 3):
            return self.as_actor(m)
        return None

    def _government_forces(self, tok: Token) -> str | None:
        """'government troops', 'government forces' with no state named: the state whose
        places the sentence names (one only), else the country the article named last within
        three sentences."""
        if tok.lemma_.lower() not in self.force_nouns or not any(
            c.lower_ == "government" and c.dep_ in ("compound", "amod", "nmod")
            for c in tok.children
        ):
            return None
        if any(
            (self.root_of.get(c.i) or self.at.get(c.i)) is not None
            for c in tok.children
            if c.dep_ in MODIFIER or c.dep_ == "poss"
        ):
            return None  # "Syrian government forces": the named state's, read elsewhere
        sent = self.sents.of(tok.i)
        homes = {
            h
            for m in self.ments
            if sent.start <= m.start < sent.end and self.cls(m) in PLACE
            for h in [m.entity_id if self.cls(m) == "Country" else self.lex.country_of(m.entity_id)]
            if h
        }
        if len(homes) == 1:
            return homes.pop()
        if homes:
            return None
        m = self._last_of("country", lambda m: self.cls(m) == "Country", tok.i)
        return m.entity_id if m is not None and m.start >= self._window_start(tok.i, 3) else None

    def _government_forces_ment(self, tok: Token) -> Ment | None:
        """'killed eight government soldiers': the state, as a mention."""
        state = self._government_forces(tok)
        return Ment(tok.i, tok.i + 1, state, kind="anaphor", confidence=0.6) if state else None

    def _names_forces(self, m: Ment) -> bool:
        """A state's armed forces ('the Kenya Defence Forces') or a state named on a word for
        them ('Kenyan troops', 'Somalia's army')."""
        if self.lex.attr(m.entity_id, "kind") == "military":
            return self.lex.state_for(m.entity_id) is not None
        head = self.doc[m.end - 1].head
        return self.cls(m) == "Country" and head.i >= m.end and head.lemma_.lower() in FORCES_BACK

    def _last_armed_group(self, at: int) -> str | None:
        """The armed group the article named last before token ``at``, within three sentences."""
        m = self._last_of(
            "armed",
            lambda m: self.lex.attr(m.entity_id, "kind") == "armed-group" or m.kind == "group",
            at,
        )
        return m.entity_id if m is not None and m.start >= self._window_start(at, 3) else None

    def _leader(self, tok: Token) -> str | None:
        """'the Saudi-led coalition', 'U.S.-led coalition aircraft': the state leading it; a
        bare 'the coalition', 'coalition warplanes': the one the article named led last."""
        led = self._led_by(tok)
        if led is not None:
            return led
        if any(t.lemma_.lower() == "coalition" for t in (tok, *tok.children) if t.i <= tok.i):
            earlier = [
                state
                for t in self.doc[: tok.i]
                if t.lemma_.lower() == "coalition" and (state := self._led_by(t))
            ]
            return earlier[-1] if earlier else None
        return None

    def _led_by(self, tok: Token) -> str | None:
        for noun in (tok, *[c for c in tok.children if c.dep_ == "compound"]):
            for c in noun.children:
                if c.dep_ not in ("amod", "compound"):
                    continue
                if c.lower_ == "led":  # "Saudi - led": the leader is a modifier of "led"
                    for g in c.children:
                        m = self.root_of.get(g.i) or self.at.get(g.i)
                        if m is not None and self.cls(m) in ACTOR | {"City"}:
                            return self.as_actor(m)
                elif c.lower_.endswith("-led"):  # one token: "U.S.-led"
                    prefix = c.text[: -len("-led")]
                    state = self.lex.demonyms.get(norm(prefix))
                    for cand in [] if state else self.lex.lookup(prefix):
                        state = self.lex.state_for(cand.id) or (
                            cand.id if cand.cls in ACTOR else None
                        )
                        if state:
                            break
                    if state:
                        return state
        return None

    def _clause_subject_actors(self, n: Token, etype: str) -> list[str]:
        """'Russian forces used glide bombs in their assault': 'their' is the subject of the
        clause the noun sits in, when that subject names actors."""
        cur = n
        for _ in range(4):
            if cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subj = self.subject_of(cur)
                return self.np_agents(subj, etype)[0] if subj is not None else []
        return []

    def _others_membership(self, n: Token) -> bool:
        """'ratified Sweden's NATO membership', 'approved Finland's accession': a membership
        noun whose named possessor (who joins) is not the subject of the verb (who decides)."""
        if n.lower_ not in self.spec["TreatyParticipation"]["nouns"]:
            return False
        owner = next((c for c in n.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON":
            return False
        owners = self.np_agents(owner, "TreatyParticipation")[0]
        subj = self.subject_of(n.head) if n.head.pos_ in ("VERB", "AUX") else None
        deciders = self.np_agents(subj, "TreatyParticipation")[0] if subj is not None else []
        return bool(owners) and not set(owners) & set(deciders)

    def _fall(self, n: Token) -> Frame | None:
        """'the fall of Kabul to the Taliban', "Mosul's fall to Islamic State": the place
        (of-phrase or possessor) was taken by whom it fell to; with no one named, nothing."""

        def objects(prep: str) -> list[Token]:
            return [
                p
                for c in n.children
                if c.dep_ == "prep" and c.lower_ == prep
                for p in c.children
                if p.dep_ == "pobj"
            ]

        agents = [a for p in objects("to") for a in self.np_agents(p, "TerritorialCapture")[0]]
        held = objects("of") + [c for c in n.children if c.dep_ == "poss"]
        places = [
            m.entity_id
            for p in held
            for m in [self.root_of.get(p.i) or self.at.get(p.i)]
            if m is not None and self.cls(m) in PLACE
        ]
        if not agents or not places:
            return None
        f = Frame("TerritorialCapture", n, agents=agents, nominal=True, confidence=0.7)
        f.locations = places
        f.location_preps = ["of"] * len(places)
        return f

    def _damages(self, v: Token) -> bool:
        """Whether a verb of damage ('damaged', 'destroyed', 'razed') is an attack: its subject
        is an attack ('Russian airstrikes damaged …'), a weapon ('missiles destroyed …'),
        forces, an armed group or a state ('the RSF razed villages', 'Russia destroyed
        Mariupol'); and what it destroyed is no weapon in flight (an interception)."""
        flying = self.spec["Interception"]["weapon_categories"]["destroy"]
        if v.lemma_.lower() == "destroy" and any(
            c.dep_ == "dobj"
            and (m := self.root_of.get(c.i) or self.at.get(c.i)) is not None
            and self.cls(m) == "Weapon"
            and self.lex.attr(m.entity_id, "category") in flying
            for c in v.children
        ):
            return False  # "destroyed the drones": brought down; not "destroyed launchers"
        subj = self.subject_of(v)
        if subj is None or subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            return v.dep_ in ("relcl", "acl") and self._damages_noun(v.head)
        if subj.pos_ == "PRON":  # "Ukraine said it destroyed two Russian tanks"
            actor = self.antecedent(subj)
            return actor is not None and self._damaging_actor(self.entity(actor), None)
        return self._damages_noun(subj)

    def _damaging_actor(self, e: Entity, m: Ment | None) -> bool:
        """A state, an armed group or a military body: one whose destroying is an attack."""
        return (
            e.cls in ("Weapon", "Country")
            or self.lex.attr(e.id, "kind") in ("armed-group", "military")
            or m is not None
            and m.kind == "group"
        )

    def _damages_noun(self, n: Token) -> bool:
        m = self.root_of.get(n.i) or self.at.get(n.i)
        if m is not None:
            return self._damaging_actor(self.entity(m.entity_id), m)
        return (
            "Attack" in self.noun_types.get(n.lower_, [])
            or n.lemma_.lower() in self.force_nouns
            or self._event_head(n)
        )

    def only_place_of(self, n: Token, agents: list[str]) -> list[str]:
        """'The governor of the Sumy region said two died after a Russian strike on a school':
        the one place its sentence names, for an attack on something that is no place (not
        the attacker's own country's)."""
        own = {self.lex.country_of(a) for a in agents}
        sent = self.sents.of(n.i)
        named = [
            m
            for m in self.ments
            if sent.start <= m.start < sent.end
            and m.kind not in ("metonym", "dateline", "demonym")
            and self.cls(m) in ("City", "AdministrativeRegion", "Region")
            and self.lex.country_of(m.entity_id) not in own
            and m.entity_id not in agents
        ]
        # "northeastern Ukraine's Kharkiv region": the named place, not the part of a country
        places = {m.entity_id for m in named if m.kind != "direction"} or {
            m.entity_id for m in named
        }
        return list(places) if len(places) == 1 else []

    def _event_head(self, n: Token) -> bool:
        """'an airstrike campaign', 'a bombing operation': a word for a course of events
        (verbs.json ``event_heads``) led by an event noun."""
        return n.lemma_.lower() in self.lex.words["event_heads"] and any(
            c.lower_ in self.noun_types for c in n.children if c.dep_ == "compound"
        )

    def _fighters(self, tok: Token) -> bool:
        """Whether the noun phrase names armed forces or fighters: an actor ('al-Shabab'),
        forces or a group ('Russian troops', 'the militants')."""
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        if m is not None and self.cls(m) in ("Country", "Organization"):
            return True
        lemma = tok.lemma_.lower()
        return lemma in self.force_nouns or lemma in self.lex.words["group_nouns"]

    def _reproached(self, n: Token, pron: Token) -> list[str]:
        """'sanctions on Russia over its invasion', 'condemned Iran for its attacks': in a
        phrase giving the reason (for, over, in response to, because of), the pronoun is the
        actor the clause acts on (its object, or whom sanctions are on or against), not the
        subject."""
        if not _reason_phrase(n):
            return []
        verb = n.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        acted_on = [
            t
            for t in verb.subtree
            if verb.i < t.i < pron.i
            and (
                t.dep_ == "dobj"
                and t.head.i == verb.i
                or t.dep_ == "pobj"
                and t.head.lower_ in ("on", "against", "with")
            )
        ]
        for t in reversed(acted_on):
            got = self.np_agents(t, "")[0]
            if got:
                return got
        return []

    def antecedent(self, pron: Token) -> str | None:
        want = self.lex.words["pronouns"].get(pron.lower_, "actor")
        if want == "speaker":
            return self.speaker_state(pron)
        said = self._speaker_of(pron) if want == "actor" else None
        if said is not None:  # "the rebels said they had captured X": they are the rebels
            got = [a for a in self.np_agents(said, "")[0] if self.entity(a).cls != "Person"]
            return got[0] if got else None  # a lone person is not "they"
        if (
            want == "actor"
            and self._quoted(pron)
            and any(
                t.lower_ in ("we", "our", "us") and self._quoted(t)
                for t in self.doc[self._paragraph_start(pron) : pron.sent.end]
            )
        ):
            # '"They attacked our bases," the rebel spokesman said': "they" is the side the
            # speaker sets against their own (in the same quotation or an earlier one of the
            # paragraph), which the last actor named (often the speaker's own) does not tell
            return None
        if want == "actor" and pron.dep_ == "poss":
            subj = self._clause_subject_noun(pron)
            if subj is not None:  # "the central government reasserted its control"
                named = self.np_agents(subj, "")[0]
                return named[0] if named else None
        if want == "actor" and pron.dep_ in ("nsubj", "nsubjpass"):
            parallel = self._conjunct_subject(pron) or self._previous_subject(pron)
            if parallel:
                return parallel[0]
        m = self._last_mention(want, pron.i)
        if m is None:
            return None
        return m.entity_id if want == "weapon" else self.as_actor(m)

    def _conjunct_subject(self, pron: Token) -> list[str]:
        """'Iran has sent drones to Russia, and it may send missiles': the subject pronoun
        of a second clause continues the subject of the first."""
        verb = pron.head
        if verb.dep_ != "conj" or pron.lower_ not in ("it", "they"):
            return []
        subj = self.subject_of(verb.head)
        return self._continued(subj, pron) if subj is not None and subj.i < pron.i else []

    def _previous_subject(self, pron: Token) -> list[str]:
        """'Poland sent jets to Ukraine. They also delivered tanks.': the subject pronoun of
        a main clause opening its sentence continues the subject of the sentence before (with
        its conjuncts), not the actor named last."""
        sent = self.sents.of(pron.i)
        if (
            sent.start == 0
            or pron.head.i != sent.root.i
            or any(
                (m := self.at.get(t.i)) is not None and self._fits(m, "actor")
                for t in self.doc[sent.start : pron.i]
            )
        ):
            return []
        prev = self.sents.of(sent.start - 1)
        subj = self.subject_of(prev.root) if prev.root.pos_ in ("VERB", "AUX") else None
        return self._continued(subj, pron) if subj is not None else []

    def _continued(self, subj: Token, pron: Token) -> list[str]:
        """The actors a named subject gives a pronoun that continues it: all of a
        coordination for "they", the first for "it"."""
        m = self.root_of.get(subj.i) or self.at.get(subj.i)
        if subj.pos_ == "PRON" or m is None or not self._fits(m, "actor"):
            return []
        got = [a for a in self.np_agents(subj, "")[0] if self.entity(a).cls != "Person"]
        return got if pron.lower_ == "they" else got[:1]

    def _clause_subject_noun(self, pron: Token) -> Token | None:
        """The subject of the clause a possessive pronoun stands in, when it comes first and is
        a common noun for those who act ('the militants said their …', 'the central government
        reasserted its control'; ``owner_nouns``): the pronoun is most likely its, not the
        last actor named's."""
        verb = pron.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = self.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if (
            subj is None
            or subj.right_edge.i >= pron.i  # after it, or holding it ("its forces said")
            or subj.pos_ != "NOUN"
            or subj.lemma_.lower() not in self.owner_nouns  # "the statement … its", "fighting"
        ):
            return None
        return subj

    def _speaker_of(self, pron: Token) -> Token | None:
        """The named subject of the speech verb whose report the pronoun is the subject of."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pron.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in self.lex.words["speech"]:
            return None
        subj = self.subject_of(clause.head)
        return subj if subj is not None and subj.pos_ != "PRON" else None

    def _last_mention(self, want: str, before: int) -> Ment | None:
        """The last mention before token ``before`` that a pronoun of kind ``want`` can refer
        to."""
        return self._last_of(want, lambda m: self._fits(m, want), before)

    def _last_of(self, kind: str, fits: Callable[[Ment], bool], before: int) -> Ment | None:
        """The last mention before token ``before`` that ``fits``, found by bisection in the
        article's mentions of that ``kind``, listed once (linear time overall)."""
        if kind not in self._kinds:
            chosen = [m for m in self.ments if fits(m)]
            self._kinds[kind] = ([m.start for m in chosen], chosen)
        starts, chosen = self._kinds[kind]
        i = bisect_left(starts, before)
        return chosen[i - 1] if i else None

    def _fits(self, m: Ment, want: str) -> bool:
        cls = self.cls(m)
        if want == "person":
            return cls == "Person"
        if want == "weapon":
            return cls == "Weapon"
        if want == "actor":  # a news medium reports events: "they" is not the medium
            return (
                (cls in ("Country", "Organization") or self._acting_capital(m))
                and m.kind != "demonym"
                and self.lex.attr(m.entity_id, "kind") not in ("media", "ngo")
                and m.kind != "service"  # "VOA Somali": a medium too
            )
        return True

    def _irregulars_of(self, m: Ment, head: Token) -> bool:
        """'Palestinian militants', 'Afghan insurgents': a country's demonym on a word for an
        armed group names where the fighters come from, not the state (verbs.json
        ``group_nouns``)."""
        backed = any(c.lower_ in ("backed", "sponsored") for c in head.children)
        return (
            m.kind == "demonym"
            and self.cls(m) == "Country"
            and head.lemma_.lower() in self.lex.words["group_nouns"]
            and (head.lemma_.lower() not in ("group", "fighter") or backed)
        )  # "Turkish-backed Syrian fighters": a state's proxies, not its forces

    def _acting_capital(self, m: Ment) -> bool:
        """'sanctions against Pyongyang for its missile launch': a capital the text makes the
        object of an action against a state stands for it, so its pronouns refer to it."""
        tok = self.doc[m.end - 1]
        return (
            self.cls(m) == "City"
            and self.lex.state_for(m.entity_id) is not None
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("against", "on", "with", "toward", "towards")
        )

    def subject_of(self, verb: Token) -> Token | None:
        cur = verb
        came_by = None  # the dependency by which the loop climbed to ``cur``
        for _ in range(5):
            for c in cur.children:
                if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl":
                    return c
                if (
                    c.dep_ == "nsubjpass"
                    and came_by == "xcomp"
                    and cur.lemma_.lower() in RAISING_VERBS
                ):
                    return c  # "X is believed to have bought …", "Y is said to have sent …"
            came_by = cur.dep_
            if cur.dep_ in ("xcomp", "advcl") and cur.head.lemma_.lower() in OBJECT_CONTROL:
                # "urged Israel to strike", "relied on Iraqi forces to retake": the one urged
                controller = next(
                    (c for c in cur.head.children if c.dep_ == "dobj"),
                    next(iter(_objects(cur.head, "on")), None),
                )
                if controller is not None:
                    return controller
            if cur.dep_ in ("xcomp", "acomp", "conj", "advcl", "ccomp") and cur.head.i != cur.i:
                if cur.dep_ == "ccomp" and cur.head.lemma_ in self.lex.words["speech"]:
                    return None
                cur = cur.head
                continue
            if cur.dep_ == "acl" and cur.tag_ == "VB":
                # "Sweden's bid to join NATO", "Germany's decision to send tanks", "the U.S.
                # plan to supply missiles"
                owner = self._owner_of_noun(cur.head)
                if owner is not None and cur.head.lemma_.lower() not in PERMISSION_NOUNS:
                    return owner
                if (
                    owner is None
                    and cur.head.dep_ == "dobj"
                    and cur.head.head.lemma_.lower() in DECLARING_VERBS
                    and cur.head.lemma_.lower() not in PERMISSION_NOUNS
                ):  # "Russia announced its decision to suspend …": who announces decides
                    cur = cur.head.head
                    continue
            if (
                cur.dep_ == "pcomp"
                and cur.tag_ == "VBG"
                and cur.head.lower_ == "for"
                and cur.head.head.pos_ == "NOUN"
                and cur.head.head.lemma_.lower() not in PERMISSION_NOUNS
            ):  # "U.S. plans for deploying a missile defense system"
                owner = self._owner_of_noun(cur.head.head)
                if owner is not None:
                    return owner
            if cur.dep_ == "acl" and cur.head.lemma_.lower() in PERMISSION_NOUNS:
                for c in cur.head.head.children:  # "gave Ukraine permission to use …"
                    if c.dep_ == "dative":
                        return c
            if cur.dep_ == "relcl":
                return None
            if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.lemma_ == "involve":
                return cur.head  # "the network of insurgents involved in attacks in X"
            if cur.dep_ == "acl" and cur.tag_ == "VBG":
                # "soldiers using drones": the noun acts; "shot down drones using Patriot
                # systems": a weapon does not, the clause's subject does
                m = self.root_of.get(cur.head.i) or self.at.get(cur.head.i)
                if m is not None and self.cls(m) == "Weapon":
                    if "Attack" in self.verb_types.get(cur.lemma_.lower(), []):
                        return cur.head  # "shot down drones targeting X": the drones' side
                    cur = cur.head.head
                    continue
                if m is not None or cur.head.lemma_.lower() in self.force_nouns:
                    return cur.head
                if (
                    cur.head.lemma_.lower() in self.decision_nouns
                    and cur.head.dep_ == "dobj"
                    and cur.head.head.lemma_.lower() in self.supplier_verbs
                ):  # "X made a determination approving …": X approves; not "X criticized …"
                    cur = cur.head.head
                    continue
            if (
                cur.dep_ == "pcomp"
                and cur.tag_ == "VBG"
                and cur.head.lower_ in GERUND_PREPS
                and cur.head.head.pos_ in ("VERB", "AUX", "ADJ")
            ):
                # "Iran is accused of sending …", "X accused Russia of shelling …", "Russia
                # responded by striking …", "Ukraine is capable of hitting …"
                gov = cur.head.head
                for c in gov.children:
                    if c.dep_ == "nsubjpass" or c.dep_ == "dobj" and cur.head.lower_ == "of":
                        return c
                cur = gov
                continue
            break
        return None

    def _owner_of_noun(self, noun: Token) -> Token | None:
        """Whose plan, decision or bid: its possessor ("Germany's decision"), or an actor
        named before it ("the U.S. plan", "the American proposal")."""
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                return c
        for c in noun.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                m = self.root_of.get(c.i) or self.at.get(c.i)
                if m is not None and self.cls(m) in ACTOR:
                    return c
        return None

    # -- mentions in a clause ------------------------------------------------------------
    def clause_mentions(self, root: Token, skip: set[int]) -> list[tuple[Ment, str | None, Token]]:
        """(mention, introducing preposition, effective token) for mentions in root's clause."""
        out: list[tuple[Ment, str | None, Token]] = []
        # a mention the parse splits ("USS" subject, "Gravely" adverb) is skipped whole
        seen: set[int] = {id(self.at[i]) for i in skip if i in self.at}
        stack: list[tuple[Token, str | None]] = [
            (c, None) for c in root.children if c.i not in skip
        ]
        while stack:
            tok, prep = stack.pop()
            if tok.i in skip:
                continue
            if (
                tok.dep_ in CLAUSE_STOP
                and not (tok.dep_ == "acl" and tok.lemma_ in self.lex.words["happen_verbs"])
                and not (tok.dep_ == "pcomp" and tok.pos_ not in ("VERB", "AUX"))
            ):
                if tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in TIME_PREPS for c in tok.children
                ):  # "gave X $5 billion since the war began, including A"
                    stack += [(c, "including") for c in tok.children if c.lower_ == "including"]
                if (
                    tok.dep_ == "acl"
                    and tok.tag_ == "VBG"
                    and tok.lemma_ in PASSAGE_VERBS
                    and "Attack"
                    in self.verb_types.get(root.lemma_.lower(), [])
                    + self.noun_types.get(root.lower_, [])
                ):
                    # "attacks on ships transiting the Red Sea": where they were
                    stack += [(c, "in") for c in tok.children if c.dep_ == "dobj"]
                    stack += [
                        (p, "in")
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ in ("through", "across", "in", "along")
                        for p in c.children
                        if p.dep_ == "pobj"
                    ]
                if _listing_clause(tok):  # "struck eight sites, which included radars"
                    stack += [
                        (c, "including")
                        for c in tok.children
                        if c.dep_ == "dobj" and any(self.cls_at(t) == "Weapon" for t in c.subtree)
                    ]
                continue
            if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
                continue
            if tok.dep_ == "appos" and (
                tok.lemma_.lower() in SOURCE_NOUNS or tok.lemma_.lower() in self.lex.words["roles"]
            ):
                continue  # "striking substations, a source in Kyiv told …": who reports it
            if tok.dep_ == "prep" or tok.dep_ == "dative" and tok.pos_ == "ADP":  # "sent X to Y"
                if tok.lower_ in ("according", "like", "unlike") or (
                    tok.lower_ == "as" and not any(c.lower_ == "such" for c in tok.children)
                ):
                    continue
                if any(
                    c.lemma_.lower() in SIDE_NOUNS | REASON_NOUNS
                    for c in tok.children
                    if c.dep_ == "pobj"
                ):
                    continue  # "in support of X": a side; "in response to Y": a reason
                of_forces = tok.lower_ == "of" and tok.head.lemma_.lower() in self.force_nouns
                listed_by = prep == "by" and tok.lower_ in ("including", "like")
                # "in each of the regions of X and Y", "over parts of the Kursk region": still
                # where it happened
                partitive = (
                    prep in ("in", "over", "across", "into")
                    and tok.lower_ == "of"
                    and (
                        tok.head.lemma_.lower() in PARTITIVE_HEADS
                        or tok.head.tag_ == "NNS"  # "the regions of X and Y", not "the town of X"
                        and tok.head.lemma_.lower() in self.lex.words["place_nouns"]
                    )
                )
                if (
                    prep not in ("from", "against")
                    and not (prep and of_forces)
                    and not listed_by
                    and not partitive
                ):
                    # "fired from a site in X": X is where it came from; "against a base in
                    # X": X is what was attacked; "sold to the government of X": X is sold to;
                    # "by European countries, including X and Y": X and Y did it
                    prep = tok.lower_
            if tok.dep_ == "agent":
                prep = "by"
            m = (
                self.root_of.get(tok.i)
                or self.at.get(tok.i)
                or self.refer_back(tok)
                or self._group_back_ment(tok)
                or self._government_forces_ment(tok)
            )
            if (
                m is not None
                and tok.dep_ in ("compound", "nmod", "amod")
                and tok.head.lemma_.lower() in self.lex.words["not_weapon_heads"]
                and self.cls(m) == "Weapon"
            ):
                m = None  # "F-16 training", "the HIMARS coalition": no weapon in the event
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append((m, prep, tok))
            if (
                tok.pos_ == "NOUN"
                and tok.lower_ in self.noun_types
                and tok.i != root.i
                and prep not in (None, "of", "by")  # "hit by Russian airstrikes": by whom
                and m is None
                and not (prep == "in" and tok.head.head.like_num)  # "$60 billion in aid to X"
            ):
                if prep in TIME_PREPS:  # "gave X $5 billion since the invasion, including A"
                    stack += [(c, "including") for c in tok.children if c.lower_ == "including"]
                continue  # "in response to attacks on X": that event has its own frame
            for c in tok.children:
                stack.append((c, prep))
        return out

    # -- frames --------------------------------------------------------------------------
    def frames(self, sent) -> Iterator[Frame]:
        """Frames in token order, lazily: each is read after the previous one was recorded,
        so a later event noun can continue it."""
        for tok in sent:
            for f in self._frames_at(tok):
                if f.type == "Attack" and f.agents and not f.targets:
                    # "Belgorod Governor X said Ukrainian shelling killed two": the place
                    f.targets = self._officials_places(sent)  # the official speaks for
                yield f
                if f.type == "WeaponTransfer" and f.agents and f.recipients:
                    self.transfers.append(f)
                if f.type == "Attack" and f.targets and not f.agents:
                    self.unclaimed = f

    def _officials_places(self, sent) -> list[str]:
        """The places whose governor or mayor the sentence names: 'Belgorod Governor X',
        'Kharkiv's mayor', 'the governor of the Sumy region', 'the Kharkiv regional governor'
        (verbs.json ``local_officials``)."""
        out: list[str] = []
        for t in sent:
            if t.lower_ not in self.lex.words["local_officials"]:
                continue
            before = t.i - 1  # "Belgorod Governor"; "the Kharkiv regional governor"
            if t.i >= 2 and self.doc[before].lower_ in ("regional", "'s", "’s", "city"):
                before -= 1
            cands = [self.at.get(before)] + [
                self.root_of.get(p.i) or self.at.get(p.i)
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            for m in cands:
                if m is None or self.cls(m) not in ("City", "AdministrativeRegion"):
                    continue
                eid = m.entity_id
                if self.cls(m) == "City" and t.lower_ == "governor":  # governs the region
                    stem = norm(self.entity(eid).label)
                    regions = [
                        r
                        for r in self.lex.region_stems.get(stem, [])
                        if self.lex.entities[r].country == self.entity(eid).country
                    ]
                    eid = regions[0] if regions else eid
                if eid not in out:
                    out.append(eid)
        return out

    def _frames_at(self, tok: Token) -> list[Frame]:
        """The frames that start at ``tok``: each (kind, event type) trigger it holds, marked by
        the trigger matcher (``triggers.py``) or given by the mention it heads
        (:data:`MENTION_TRIGGERS`), read by the reader of its kind (:data:`READERS`), in the
        order of that table."""
        hits = list(tok._.get(TRIGGERS))
        m = self.root_of.get(tok.i)
        if m is not None and self.cls(m) in MENTION_TRIGGERS:
            hits.append(MENTION_TRIGGERS[self.cls(m)])
        d = self.at.get(tok.i)
        if d is not None and d.kind in MENTION_TRIGGERS and tok.i == d.start:
            hits.append(MENTION_TRIGGERS[d.kind])
        out: list[Frame] = []
        for kind, etype in sorted(hits, key=lambda h: RANK[h[0]]):
            out.extend(READERS[kind](self, tok, etype))
        return out

    def treaty_between_frames(self, n: Token) -> list[Frame]:
        """'the INF Treaty between Washington and Moscow': both are parties to it; "Iran's
        nuclear deal with X": the possessor and X; 'the treaty, signed by X and Y': X and Y
        (a head of state or government for their state)."""
        phrase = n
        while phrase.dep_ == "compound":  # "the New START treaty between …"
            phrase = phrase.head

        def named(tokens: Iterable[Token]) -> list[str]:
            return [
                a if self.entity(a).cls != "Person" else self.entity(a).country or ""
                for t in tokens
                for a in self.np_agents(t, "TreatyParticipation")[0]
            ]

        # "AUKUS, the security partnership among X, Y and Z": the apposition's phrase too
        described = [phrase, *(c for c in phrase.children if c.dep_ == "appos")]
        between = [p for h in described for prep in ("between", "among") for p in _objects(h, prep)]
        owner = [c for c in phrase.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        signers = [
            p
            for c in phrase.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TREATY_ACTS_BY
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        ]
        partners = _objects(phrase, "with")
        sides = named(between)
        # "Iran's deal with world powers", "the Mutual Defense Treaty with the Republic of
        # Korea": the possessor, and whom it is with
        sides += named(owner) + named(partners)
        sides += named(signers) + self._pair_in_name(self.root_of[n.i])
        sides = [
            a
            for a in dict.fromkeys(sides)
            if a and self.entity(a).cls in ("Country", "Organization")
        ]
        # "between Iran and world powers": the one named is a party (the parse may hang
        # "Iran and world" on "powers")
        two = len(between) > 1 or any(t.dep_ == "cc" for p in between for t in p.subtree)
        if not sides or len(sides) < 2 and not (two or owner or signers or partners):
            return []
        treaty = self.root_of[n.i].entity_id
        return [
            Frame(
                "TreatyParticipation",
                n,
                agents=sides,
                treaties=[treaty],
                confidence=0.7,
                nominal=True,
                presupposed=True,
            )
        ]

    def _pair_in_name(self, m: Ment) -> list[str]:
        """The states a treaty's name pairs with a hyphen: "the U.S.-Japan Security Treaty",
        "the Israel-Jordan peace treaty" (each side a country's name or demonym)."""
        for t in self.doc[m.start : m.end]:
            parts = t.text.split("-")
            if len(parts) != 2:
                continue
            states = [
                c
                for part in parts
                for c in [self.lex.demonyms.get(norm(part))]
                + [e.id for e in self.lex.lookup(part) if e.cls == "Country"][:1]
                if c
            ]
            states = list(dict.fromkeys(states))
            if len(states) == 2:
                return states
        return []

    def obligation_frames(self, n: Token) -> list[Frame]:
        """ "Russia's obligations under the CFE Treaty", 'its commitments under the accord':
        only a party has duties under a treaty, so the holder of the duties is one (breaking
        them does not end the membership); 'Under the accord, Iran agreed to …': who acts
        under a treaty's terms too."""
        m = self.root_of[n.i]
        first = next((t for t in self.doc[m.start : m.end] if t.dep_ == "pobj"), None)
        phrase = first if n.dep_ == "prep" and first is not None else n  # a name the parse split
        while phrase.dep_ == "compound":  # "under the New START treaty"
            phrase = phrase.head
        if (  # "under Article 5 of the treaty": the article's treaty
            phrase.dep_ == "pobj"
            and phrase.head.lower_ == "of"
            and phrase.head.head.lemma_.lower() in PROVISION_NOUNS
        ):
            phrase = phrase.head.head
        prep = phrase.head
        duty = prep.head
        committed = prep.lower_ == "to" and duty.lemma_.lower() == "commitment"
        if phrase.dep_ != "pobj" or prep.lower_ != "under" and not committed:
            return []  # "our commitment to the NPT" is a party's, as its duties under it are
        spec = self.spec["TreatyParticipation"]
        if duty.dep_ == "dobj" and duty.head.lemma_.lower() in spec.get("negative", []):
            return []  # "will suspend their obligations under X": what the verb reads
        if duty.lemma_.lower() in DUTY_NOUNS:
            holders = [c for c in duty.children if c.dep_ == "poss"]
        elif (
            duty.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "neg" for c in duty.children)
            and duty.lemma_.lower() not in spec.get("negative", [])
        ):
            # "Under the accord, Iran agreed to …", "under Article 5 of the treaty, the
            # allies must …": who acts under a treaty's terms is bound by them
            holders = [c for c in duty.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            return []
        agents = [
            a
            for c in holders
            for a in self.np_agents(c, "TreatyParticipation")[0]
            if self.entity(a).cls in ("Country", "Organization")
        ]
        if not agents:
            return []
        treaty = self.root_of[n.i].entity_id
        return [
            Frame(
                "TreatyParticipation",
                n,
                agents=agents,
                treaties=[treaty],
                confidence=0.7,
                nominal=True,
                presupposed=True,
            )
        ]

    def standing_frames(self, n: Token) -> list[Frame]:
        """Where a state stands to a treaty, told by a verb of being: 'X remains outside the
        NPT' (not a party), 'X is committed to / bound by the accord' (a party)."""
        phrase = n
        while phrase.dep_ == "compound":
            phrase = phrase.head
        prep = phrase.head
        if phrase.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
            return []
        holder = prep.head  # "outside" hangs on the verb; "to" / "by" on the adjective
        if prep.lower_ == "outside":
            outside = True
        elif (prep.lower_, holder.lower_) in (("to", "committed"), ("by", "bound")):
            outside, holder = False, holder.head if holder.dep_ == "acomp" else holder
        else:
            return []
        if holder.lemma_.lower() not in ("be", "remain", "stay", "bind"):
            return []
        subj = self.subject_of(holder) or next(
            (c for c in holder.children if c.dep_ == "nsubjpass"), None
        )
        agents = [
            a
            for a in (self.np_agents(subj, "TreatyParticipation")[0] if subj is not None else [])
            if self.entity(a).cls in ("Country", "Organization")
        ]
        if not agents:
            return []
        treaty = self.root_of[n.i].entity_id
        f = Frame("TreatyParticipation", holder, agents=agents, treaties=[treaty], confidence=0.7)
        f.lexical_negation = outside  # the verb carries the clause's negation and modality
        return [f]

    def membership_frames(self, n: Token) -> list[Frame]:
        """'Hungary, a NATO member', 'NATO member Turkey', 'Hungary is a NATO country': the
        actor belongs to the alliance the modifier names (its founding treaty)."""
        treaties = []
        named = [  # "NATO member", "NATO's members", "members of the alliance", "ally in X",
            # "a party to the treaty"
            *(c for c in n.children if c.dep_ in ("compound", "amod", "nmod", "poss")),
            *(
                p
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "to")
                for p in c.children
                if p.dep_ == "pobj"
            ),
        ]
        for c in named:
            m = self.root_of.get(c.i) or self.at.get(c.i) or self.refer_back(c)
            if m is None:
                continue
            treaty = (
                m.entity_id if self.cls(m) == "Treaty" else self.lex.attr(m.entity_id, "treaty")
            )
            if treaty:
                treaties.append(treaty)
        if not treaties:
            return []
        holders: list[Token] = []
        if n.dep_ == "attr":
            subj = self.subject_of(n.head)
            if subj is not None and subj.tag_ in ("WDT", "WP") and n.head.dep_ == "relcl":
                subj = n.head.head  # "Austria, which is not part of NATO"
            holders += [subj] if subj is not None else []
        elif n.dep_ == "appos":
            holders += [a] if (a := self._apposed_actor(n)) is not None else []
        elif n.dep_ == "compound":
            holders.append(n.head)
        elif n.dep_ == "pobj" and n.head.lower_ == "among" and n.head.head.lemma_ == "be":
            subj = self.subject_of(n.head.head)  # "X is among NATO's members"
            holders += [subj] if subj is not None else []
        holders += [  # not "NATO members … U.S. troops" misparsed: members are states
            c for c in n.children if c.dep_ == "appos" and c.lemma_.lower() not in self.force_nouns
        ]
        holders += [  # "our NATO allies", "Turkey's NATO allies": whose allies is one too
            c for c in n.children if c.dep_ == "poss" and _noun_lemma(n) == "ally"
        ]
        if n.dep_ == "conj" and any(c.lower_ in ("other", "fellow") for c in n.children):
            holders.append(_first_conjunct(n))  # "Poland and other NATO members"
        holders += [  # "NATO members including X", "members of the alliance such as X"
            p
            for t in (n, *named)
            for c in t.children
            if c.dep_ == "prep"
            and (
                c.lower_ == "including"
                or c.lower_ == "as"
                and any(s.lower_ == "such" for s in c.children)
            )
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if n.dep_ == "nsubj" and n.head.lemma_ in self.lex.words["package_verbs"]:
            holders += [c for c in n.head.children if c.dep_ == "dobj"]  # "its members include X"
        agents = [a for h in holders for a in self.np_agents(h, "TreatyParticipation")[0]]
        agents = [  # not the alliance itself ("Poland and other NATO allies")
            a
            for a in dict.fromkeys(agents)
            if self.entity(a).cls in ("Country", "Organization")
            and self.lex.attr(a, "treaty") not in treaties
        ]
        if not agents:
            return []
        return [Frame("TreatyParticipation", n, agents=agents, treaties=treaties, confidence=0.7)]

    def _apposed_actor(self, appos: Token) -> Token | None:
        """The actor an apposition describes: the one named last before it in the phrase it
        hangs on ("Hungary, a NATO member"; "the war on X – another State Party –", where
        the parser hangs it on the larger phrase)."""
        head = appos.head
        if (m := self.root_of.get(head.i)) is not None and self.as_actor(m):
            return head  # with its conjuncts: "X and Y, both members of NATO"
        named = [
            t
            for t in head.subtree
            if t.i < appos.i and (m := self.root_of.get(t.i)) is not None and self.as_actor(m)
        ]
        return named[-1] if named else None

    def patient_subject_frames(self, v: Token, etype: str) -> list[Frame]:
        """The subject undergoes the event and a phrase names the agent: 'X fell to Russian
        forces', 'X came under the control of Y', 'X came under fire from Y'; or the object
        does ('Z lost X to Y', ``"patient": "object"``). Patterns in verbs.json
        ``patient_frames``; those of ``etype``."""
        out = []
        for spec in self.patient_frames[v.lemma_.lower()]:
            if spec["type"] != etype:
                continue
            deps = ("dobj",) if spec.get("patient") == "object" else ("nsubj", "nsubjpass")
            patient = next((c for c in v.children if c.dep_ in deps), None)
            place = None if patient is None else self._place_of(patient)
            if place is None:
                continue
            prep = next(
                (c for c in v.children if c.dep_ == "prep" and c.lower_ == spec["prep"]), None
            )
            if prep is None:
                continue
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            if not objs:
                continue
            if "nouns" in spec and objs[0].lemma_.lower() not in spec["nouns"]:
                # "came under heavy Russian shelling": the parse may take the noun for a verb
                # hung on "came" and the adjective before it for the object
                misread = any(
                    c.i > objs[0].i and c.lower_ in spec["nouns"] and c.tag_ == "VBG"
                    for c in v.children
                )
                owner = self.at.get(objs[0].i)
                if not (misread and owner is not None and self.as_actor(owner)):
                    continue
                holders = [objs[0]]
            elif "nouns" in spec:  # 'came under fire from X': the agent follows the noun
                holders = [
                    p
                    for c in [*objs[0].children, *v.children]
                    if c.dep_ == "prep" and c.lower_ in spec["agent_preps"]
                    for p in c.children
                    if p.dep_ == "pobj"
                ] or [  # "is now under Russian control", "came under Taliban rule"
                    c for c in objs[0].children if c.dep_ in ("amod", "compound", "poss", "nmod")
                ]
            else:  # 'fell to X': the object is the agent
                holders = objs
            agents = [a for h in holders for a in self.np_agents(h, spec["type"])[0]]
            agents = [a for a in dict.fromkeys(agents) if a != place]
            if not agents:
                continue
            f = Frame(spec["type"], v, agents=agents, confidence=0.7)
            if spec["type"] == "Attack":
                f.targets = [place]
            else:
                f.locations = [place]
            out.append(f)
        return out

    def _place_of(self, tok: Token) -> str | None:
        """The place a noun phrase names: itself, or 'the town of X'."""
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        if m is None:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    m = next((self.root_of.get(p.i) for p in c.children if p.dep_ == "pobj"), None)
        if m is None or self.cls(m) not in PLACE:
            return None
        return m.entity_id

    def war_frames(self, n: Token) -> list[Frame]:
        """'fighting between Israel and Hamas', 'the Israel-Hamas war': each side attacks the
        other; 'Russia's war against Ukraine', 'its aggression on Georgia': the possessor
        attacks the object."""
        between = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "between"]
        sides = self._hyphen_pair(n) or [
            a
            for c in between[:1]
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.np_agents(p, "Attack")[0]
        ]
        if len(sides) == 2:
            a, b = sides
            return [
                Frame(
                    "Attack",
                    n,
                    agents=[x],
                    targets=[y],
                    confidence=0.6,
                    nominal=True,
                    presupposed=True,
                )
                for x, y in ((a, b), (b, a))
            ]
        if between:
            return []
        f = self.noun_frame(n, "Attack")
        return [f] if f is not None and f.agents and f.targets else []

    def _hyphen_pair(self, n: Token) -> list[str]:
        """The two actors a hyphen joins before a noun: "the Israel-Hamas war", "the
        Russia-Ukraine conflict"."""
        for c in n.children:
            if c.dep_ != "compound" or c.i + 1 != n.i:
                continue
            first = next((g for g in c.children if g.dep_ == "compound" and g.i == c.i - 2), None)
            if first is None or self.doc[c.i - 1].text != "-":
                continue
            actors = [
                a
                for t in (first, c)
                if (m := self.root_of.get(t.i) or self.at.get(t.i)) is not None
                and self.cls(m) in ("Country", "Organization")
                and (a := self.as_actor(m))
            ]
            if len(set(actors)) == 2:
                return actors
        return []

    def mutual_frames(self, n: Token) -> list[Frame]:
        """'Israel and Hezbollah exchanged fire', 'X traded fire with Y', 'X and Y clashed',
        'the army is fighting the RSF': each side attacks the other (verbs.json
        ``mutual_fire``: the nouns and the verbs that trade them, the verbs of fighting). Only
        when the clause names two actors as the sides."""
        spec = self.lex.words["mutual_fire"]
        if n.pos_ in ("VERB", "AUX"):
            verb, objects = n, [c for c in n.children if c.dep_ == "dobj"]
            if n.lemma_.lower() not in spec["fighting_verbs"] or any(
                c.lower_ in ("alongside", "beside") for c in n.children
            ):
                return []  # "fought alongside X": X is a side with it, not against it
        else:
            verb, objects = n.head, []
            if n.dep_ != "dobj" or verb.lemma_.lower() not in spec["verbs"]:
                return []
        subj = self.subject_of(verb)
        sides = self.np_agents(subj, "Attack")[0] if subj is not None else []
        others = [
            p
            for c in [*verb.children, *n.children]
            if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for p in [*objects, *others]:
            sides += [a for a in self.np_agents(p, "Attack")[0] if a not in sides]
        if len(sides) != 2:
            return []
        a, b = sides
        return [
            Frame("Attack", verb, agents=[x], targets=[y], confidence=0.6)
            for x, y in ((a, b), (b, a))
        ]

    def _reads_frame(self, v: Token, etype: str) -> bool:
        """Whether verb ``v`` reads a frame of ``etype`` itself (with the particle or
        preposition it needs: 'ordered tanks *from* X' is a purchase, 'ordered the transfer'
        is not)."""
        lemma = v.lemma_.lower()
        need = self.spec[etype].get("particle_required", {}).get(lemma)
        return etype in self.verb_types.get(lemma, []) and (
            need is None
            or any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == need for c in v.children)
        )

    def verb_frame(self, v: Token, etype: str) -> Frame | None:
        spec = self.spec[etype]
        lemma = v.lemma_.lower()
        if lemma in spec.get("damage_verbs", []) and not self._damages(v):
            return None
        if etype == "TreatyParticipation" and any(
            c.dep_ == "dobj" and self._others_membership(c) for c in v.children
        ):
            return None  # "Turkey ratified Sweden's membership": the noun's frame reads it
        if lemma in spec.get("presence_verbs", []) and not any(
            self.cls(m) == "Weapon" for m, _, _ in self.clause_mentions(v, set())
        ):
            return None  # "Kyiv has proof": no weapon, no frame (nor its subject read as actor)
        if not self._reads_frame(v, etype) and not self._weapon_brought_down(v):
            return None  # "pulled" with no "out", "ordered" with no "from"
        if (
            lemma in PLACE_OBJECT_VERBS  # "took control of X", "took X"; not "took place",
            and not any(c.lower_ == "control" for c in v.subtree)
            and not any(
                c.dep_ == "dobj"
                and (
                    self.root_of.get(c.i)
                    or self.at.get(c.i)
                    or self.refer_back(c)
                    or (c.lemma_.lower() in self.lex.words["place_nouns"] and self._place_of(c))
                    or (  # "took over large parts of X", "took most of X"
                        c.lemma_.lower() in PARTITIVE_HEADS | {"swath", "chunk"}
                        and any(self.cls_at(p) in PLACE for p in _objects(c, "of"))
                    )
                )  # "took the village of X"
                for c in v.children
            )
        ):
            return None
        if etype == "WeaponTransfer" and any(
            c.dep_ == "dobj" and "Deployment" in self.noun_types.get(c.lower_, [])
            for c in v.children
        ):
            return None  # "approved the deployment of jets to X": the noun's frame reads it
        objects = spec.get("object_required", {}).get(lemma)
        if objects and not any(  # "inflicted heavy losses on X", not "inflicted pain on Y"
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in v.children
        ):
            return None
        f = Frame(etype, v)
        fronted = (  # "Signed by Moscow and Washington, the treaty …"
            v.dep_ == "advcl"
            and v.tag_ == "VBN"
            and v.i < v.head.i
            and any(c.dep_ == "agent" for c in v.children)
        )
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
            or (v.dep_ == "acl" and v.tag_ == "VBN")  # "bombs used against Ukraine"
            or fronted
            or (  # "a soldier was shot and killed": the second verb is passive too
                v.dep_ == "conj"
                and v.tag_ == "VBN"
                and not any(c.dep_ in ("nsubj", "aux") for c in v.children)
                and any(c.dep_ == "auxpass" for c in v.head.children)
            )
        )
        subj = None if passive else self.subject_of(v)
        if subj is not None and subj.i == v.i - 2 and self.doc[v.i - 1].text == "-":
            subj = self.subject_of(subj)  # "Russia de-ratified X": the prefix parsed as subject
        skip: set[int] = set()
        if subj is not None and subj.lower_ in ("that", "which") and v.dep_ == "relcl":
            subj = self._relative_antecedent(v)
        elif subj is not None and subj.lower_ == "who" and v.dep_ == "relcl":
            subj = v.head  # "Houthi rebels, who seized the port, …": the noun acts
        if subj is not None:
            skip.add(subj.i)
            f.agents, f.confidence = self.np_agents(subj, etype)
            if subj.dep_ != "nsubj" or subj.head.i != v.i:
                f.confidence = min(f.confidence, 0.8)
            likes = [
                c for t in (subj, v) for c in t.children if c.dep_ == "prep" and c.lower_ == "like"
            ]
            likes += [  # "X, along with Y and Z, reaffirmed …": they act together
                w
                for t in (subj, v)
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "along"
                for w in c.children
                if w.dep_ == "prep" and w.lower_ == "with"
            ]
            for like in likes:
                for p in like.children:
                    if p.dep_ == "pobj":
                        more, _ = self.np_agents(p, etype)
                        f.agents += [a for a in more if a not in f.agents]
            m = self._subject_weapon(subj)
            if (
                not f.agents
                and etype == "Interception"
                and m is not None
                and self.cls(m) == "Weapon"
                and not self._modifier_ments(subj)
            ):  # "The navy said fighter jets shot down two drones"
                f.agents = self._reporting_state(v)
            if (
                not f.agents
                and etype == "WeaponTransfer"
                and subj.lemma_.lower() in self.package_nouns
            ):  # "The package provides X with A": the supplier of the package just read
                prev = self._last_transfer(f, sentences=2)
                f.agents = list(prev.agents) if prev is not None else []
                f.confidence = min(f.confidence, 0.65)
            if f.agents:
                self._weapon_subject(subj, f)
            if subj.lower_ in self.lex.words["event_nouns"] and etype in self.last_frame:
                prev = self.last_frame[etype]
                f.weapons += [w for w in prev.weapons if w not in f.weapons]
                if (
                    not f.agents
                    and any(
                        c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                        for c in subj.children
                    )
                    and not any(
                        c.dep_ in ("prep", "poss", "compound", "amod") for c in subj.children
                    )
                ):
                    self.continue_previous(f)  # "X struck Y. The strikes hit Z": X's strikes
            prev_attack = self.last_frame.get("Attack")
            if (
                not f.agents
                and etype == "Deployment"
                and "Attack" in self.noun_types.get(subj.lower_, [])
                and any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in subj.children)
                and prev_attack is not None
                and self._near(prev_attack, f, 2)
            ):  # "U.S. forces struck 85 targets. The airstrikes employed 125 munitions."
                f.agents = list(prev_attack.agents)
                f.confidence = min(f.confidence, 0.65)
        attempt = v.head if v.dep_ == "acl" and v.head.lemma_.lower() in ATTEMPT_NOUNS else None
        if v.dep_ == "xcomp":  # "continued their campaign to retake X", parsed on the verb
            attempt = next(
                (
                    c
                    for c in v.head.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in ATTEMPT_NOUNS and c.i < v.i
                ),
                None,
            )
        if attempt is not None:
            # "its battle to take Kyiv", "Russia's bid to capture X": the attempt's owner acts;
            # an attempt lost, abandoned or that failed did not succeed
            holder = next((c for c in attempt.children if c.dep_ == "poss"), None)
            if holder is not None and not f.agents:
                got = self.np_agents(holder, etype)[0]
                f.agents = got or ([a] if (a := self.antecedent(holder)) else [])
            gov = attempt.head
            launcher = self.subject_of(gov) if attempt.dep_ == "dobj" else None
            if holder is None and not f.agents and launcher is not None:
                # "Russian forces launched an offensive to retake Kursk": who launched it
                f.agents = self.np_agents(launcher, etype)[0]
            failed = (
                attempt.dep_ == "dobj"
                and gov.lemma_.lower() in FAILING_VERBS
                or attempt.dep_ == "nsubj"
                and gov.lemma_.lower() in ("fail", "collapse", "stall")
            )
            f.lexical_negation = f.lexical_negation or failed
            f.attempted = True
        ments = self.clause_mentions(v, skip)
        if not any(c.dep_ == "dobj" for c in v.children):
            # "attacked and captured the town of X": the object the coordinated verb takes
            ments += [
                x
                for c in v.children
                if c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for o in c.children
                if o.dep_ == "dobj"
                for x in self.clause_mentions(c, {g.i for g in c.children if g.i != o.i})
            ]
        if passive:
            by = [m for m, p, _ in ments if p == "by"]
            for m in by:
                a = self.as_actor(m)
                if a:
                    f.agents.append(a)
            if not f.agents and etype == "TreatyParticipation":
                # "Russia was expelled from the Council of Europe": the subject is the member
                f.agents = [
                    a
                    for c in v.children
                    if c.dep_ == "nsubjpass"
                    for a in self.np_agents(c, etype)[0]
                    if not self.lex.attr(a, "treaty")
                ]
            if not f.agents:  # "was liberated during an offensive by Ukraine"
                f.agents = self._agents_of_event_around(v)
            patient = [c for c in v.children if c.dep_ == "nsubjpass"]
            if v.dep_ in ("relcl", "acl"):
                patient.append(v.head)
            elif fronted:  # the main clause's subject undergoes it
                main = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                patient += [main] if main is not None else []
            for p in patient:
                pm = self.root_of.get(p.i) or self.at.get(p.i) or self.refer_back(p)
                if pm is None:  # "Izium, a town controlled by Russian forces"
                    pm = self._apposed_place(p)
                if pm is None:  # "180 missiles, most of which were intercepted": the weapons
                    pm = self._relative_weapon(p)
                if pm:
                    ments.append((pm, None, p))
                    if not f.agents and self.cls(pm) == "Weapon" and etype != "Interception":
                        # "Russian bombs were used against Ukraine": the weapon's owner acts
                        # (not the owner of drones shot down: they were the attacker's)
                        owner = [self.as_actor(o) for o in self._modifier_ments(p)]
                        f.agents += [o for o in owner if o]
                if pm is None and etype in self.noun_types.get(p.lower_, []):
                    ments += self.clause_mentions(p, set())  # "the sale to X of A was approved"
                    continue
                for c in p.subtree:
                    cm = self.root_of.get(c.i)
                    if cm and cm is not pm:
                        # "two Russian soldiers were killed": the owner of the patient is
                        # read as on an object ("killed two Russian soldiers")
                        own = c.head.i == p.i and (c.dep_ in MODIFIER or c.dep_ == "poss")
                        ments.append((cm, None if own else "of", c))
        elif v.dep_ == "relcl":  # "the tanks that Poland will send"
            hm = self.root_of.get(v.head.i) or self.at.get(v.head.i)
            does = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children)
            # not "an explosive device that destroyed a vehicle": the device did it, nothing
            # shot it down
            if not (etype == "Interception" and does):
                if hm:
                    ments.append((hm, None, v.head))
                for c in v.head.subtree:
                    cm = self.root_of.get(c.i)
                    if cm and cm is not hm and c.i < v.i:
                        ments.append((cm, "of", c))
        if etype in spec.get("negative", []) or lemma in spec.get("negative", []):
            f.lexical_negation = True
        if lemma in spec.get("bound_verbs", []) and not _no_longer(v):
            f.presupposed = True  # "Russia violated / has not complied with X": bound by it;
            # "would no longer abide by X": it leaves
        if (
            v.i >= 2
            and self.doc[v.i - 1].text == "-"
            and self.doc[v.i - 2].lower_ in spec.get("negative_prefixes", [])
        ):
            f.lexical_negation = not f.lexical_negation  # "de-ratified the treaty"
        if etype == "WeaponTransfer":
            ments += self._semicolon_items(v, ments)
        if lemma in spec.get("receiving_verbs", []):
            return self._receiving(f, ments)
        self.assign(f, ments)
        if etype == "WeaponTransfer" and f.agents and not f.recipients:
            f.recipients = [  # "announced a Moldova Resilience Support package"
                r for o in v.children if o.dep_ == "dobj" for r in self._named_for(o, f.agents)
            ]
        if lemma in spec.get("expelling_verbs", []):
            # "pushed Russian troops out of Kherson", "expelled the militants from Palmyra":
            # who expels takes the place they leave, only when armed forces or a group of
            # fighters are expelled (not "forced residents out of their homes")
            expelled = [c for c in v.children if c.dep_ == "dobj"]
            if not any(self._fighters(c) for c in expelled) or any(
                c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in v.children
            ):
                return None  # "pushed them back from X": repelled, X was not theirs to take
            left = {
                m.entity_id
                for m, p, t in ments
                if p == "from"
                or p == "of"
                and t.head.lower_ == "of"
                and t.head.head.lower_ == "out"
            }
            kept = [(x, p) for x, p in zip(f.locations, f.location_preps, strict=True) if x in left]
            if not kept:
                return None
            f.locations, f.location_preps = [x for x, _ in kept], [p for _, p in kept]
        if lemma in spec.get("object_only", []):
            # "Rebels held the town", "much of X is held by rebels": the place held is the
            # object; not "held talks in X", "held X responsible", "held off the attack"
            if any(c.dep_ in ("acomp", "oprd", "prt", "xcomp", "ccomp") for c in v.children):
                return None
            kept = [
                (x, p)
                for x, p in zip(f.locations, f.location_preps, strict=True)
                if p in (None, "of")
            ]
            f.locations, f.location_preps = [x for x, _ in kept], [p for _, p in kept]
        if etype == "Interception" and passive and not f.agents:
            # "Russia's Defense Ministry said 50 drones were shot down": not when the state
            # reports its own weapons brought down
            owners = set(f.weapon_owner.values())
            own_losses = any(  # "30 of its drones were shot down"
                t.dep_ == "poss" and t.pos_ == "PRON"
                for c in v.children
                if c.dep_ == "nsubjpass"
                for t in c.subtree
            )
            reported = [] if own_losses else self._reporting_state(v)
            f.agents = [a for a in reported if a not in owners]
        kinds = spec.get("weapon_categories", {}).get(lemma)
        if kinds and (f.weapons or etype != "Interception"):
            # "left mines behind": what is left is deployed only if it is laid to go off;
            # "destroyed drones" is an interception, "destroyed S-400 systems" none ("26 of
            # them were destroyed": the pronoun's weapons are read below)
            f.weapons = [w for w in f.weapons if self.lex.attr(w, "category") in kinds]
            if not f.weapons:
                return None
        if lemma in spec.get("hosting_verbs", []):
            # "Belarus hosts Russian nuclear weapons": the owner deploys them in the host
            deployers = [o for w in f.weapons if (o := f.weapon_owner.get(w))]
            if not deployers:
                return None
            f.locations, f.agents = list(f.agents), list(dict.fromkeys(deployers))
        if lemma in spec.get("concluding_verbs", []):
            self._concluded(v, f, ments)
        elif etype == "TreatyParticipation" and lemma in spec["negative"]:
            self._concluded(v, f, ments, parties=False)
        if lemma in spec.get("weapon_required", []) and not f.weapons:
            return None  # "dropped bombs on X" is an attack; "dropped leaflets on X" is not
        if lemma in spec.get("presence_verbs", []) and not (
            f.weapons
            and not passive
            and any(p in ("in", "near", "off", "along", "at", "inside") for p in f.location_preps)
        ):
            return None  # "the U.S. has two carriers in the Middle East"; not "has missiles"
        if not f.agents and not passive:
            f.agents = self._governing_agents(v, etype)
            f.confidence = min(f.confidence, 0.7)
        if etype == "Attack" and passive and not f.agents and f.targets:
            f.agents = self._same_campaign(f)
        if (
            etype == "Attack" and f.agents and not f.targets and lemma in RETURN_FIRE
        ):  # "X attacked the base. The Kenyans counterattacked": who attacked them last
            f.targets = [a for a in self.last_agents.get("Attack", []) if a not in f.agents]
            f.confidence = min(f.confidence, 0.6)
        if (
            etype == "WeaponTransfer"
            and v.dep_ == "relcl"
            and not passive
            and not f.recipients
            and self.cls_at(v.head) == "Weapon"
            and v.lemma_.lower() not in self.spec[etype].get("receiving_verbs", [])
        ):
            # "Ukraine used the HIMARS (that) the United States provided": who uses them got them
            f.recipients = [r for r in self._user_of(v.head) if r not in f.agents]
            w = self.root_of.get(v.head.i) or self.at.get(v.head.i)
            if w is not None and w.entity_id not in f.weapons:
                f.weapons.append(w.entity_id)
        if etype == "WeaponTransfer" and not f.recipients and not passive:
            # "Iran denies supplying the drones that Russia has used": who uses them got them
            uses = set(self.spec["Deployment"]["verbs"]) | set(self.lex.words["launch_verbs"])
            f.recipients = [
                a
                for o in v.children
                if o.dep_ == "dobj" and self.cls_at(o) == "Weapon"
                for r in o.children
                if r.dep_ == "relcl"
                and r.lemma_.lower() in uses
                and (s := self.subject_of(r)) is not None
                and s.lower_ not in ("that", "which")
                for a in self.np_agents(s, etype)[0]
                if a not in f.agents
            ]
        if etype == "WeaponTransfer" and v.dep_ == "acl" and passive and not f.recipients:
            # "rockets provided by the United States": who fires or uses them received them
            f.recipients = [r for r in self._user_of(v.head) if r not in f.agents]
            named = [self.root_of.get(t.i) for t in v.head.subtree if t.i < v.i]
            f.weapons = [m.entity_id for m in named if m is not None and self.cls(m) == "Weapon"]
        if etype == "WeaponTransfer" and f.agents and f.weapons and not (f.recipients or f.targets):
            # "Norway sent tanks to Ukraine. Oslo also shipped howitzers.": the same
            # supplier's last recipient
            same = self._last_transfer(f, sentences=2, agents=f.agents)
            if same is None and v.dep_ == "conj":  # "X gave tanks to Ukraine, and Y sent jets"
                same = self._last_transfer(f, sentences=0)
                same = same if same is not None and same.trigger.i == v.head.i else None
            if same is not None:
                f.recipients = list(same.recipients)
                f.confidence = min(f.confidence, 0.6)
        if not f.agents and passive and etype in ("Deployment", "Attack"):
            f.agents = self._agents_of_event_in(v)
        if not f.agents and passive and etype == "Deployment" and v.dep_ in ("relcl", "acl"):
            # "the rockets Chad will buy from Iran, which will be used in the north": who
            # receives the weapons in this sentence uses them
            sale = self.last_frame.get("WeaponTransfer")
            if sale is not None and self._near(sale, f, 0) and set(sale.weapons) & set(f.weapons):
                f.agents = list(sale.recipients)
        if not f.weapons and etype in ("Interception", "Deployment", "Attack"):
            for t in v.subtree:  # "shooting down 56 of them", "26 of them were destroyed"
                if (
                    t.pos_ == "PRON"
                    and t.lower_ in ("them", "it")
                    and t.dep_ in ("pobj", "dobj")
                    and (t.i > v.i or t.head.head.dep_ in ("nsubj", "nsubjpass"))
                ):
                    ref = self.antecedent_weapon(t)
                    if ref:
                        f.weapons.append(ref)
                    break
        return f

    def _agents_of_event_in(self, v: Token) -> list[str]:
        """'facilities were targeted in a Ukrainian drone attack': the agent of the event noun;
        'ATACMS missiles were used in the attack': whoever made the attack the article just
        reported (within four sentences)."""
        prev = self.last_frame.get("Attack")
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during", "for"):
                continue
            for p in c.children:
                if p.dep_ != "pobj" or p.lower_ not in self.lex.words["event_nouns"]:
                    continue
                own = [
                    a
                    for x in p.children
                    if x.dep_ in ("amod", "compound", "poss", "nmod")
                    for om in [self.root_of.get(x.i) or self.at.get(x.i)]
                    if om is not None and self.cls(om) in ACTOR | {"City"}
                    for a in [self.as_actor(om)]
                    if a
                ]
                if own:
                    return own
                got, _ = self._noun_agents(p, "Attack")
                if got:
                    return got
                if prev is not None and self._near(prev, Frame("Deployment", v)):
                    return list(prev.agents)
        return []

    def presence_frames(self, tok: Token) -> list[Frame]:
        """'a British Royal Navy frigate in the Gulf', 'Russian warships off Crimea': a weapon of a
        state's forces placed somewhere is deployed there, also where it was seen ('Russian
        launchers were spotted in Belarus', ``SIGHTING_VERBS``). A demonym owner counts for a
        country only off or near it ('Iranian drones in Ukraine' says who made them)."""
        m = self.root_of.get(tok.i)
        if m is None or self.cls(m) != "Weapon" or tok.pos_ != "NOUN" and m.kind != "ship":
            return []
        owners = self._modifier_ments(tok)
        owner = self.as_actor(owners[0]) if owners else None
        ship = m if m.kind == "ship" else None
        for c in tok.subtree if ship is None else ():  # "the USS Ford carrier strike group"
            cm = self.at.get(c.i)
            if c.i < tok.i and cm is not None and cm.kind == "ship":
                ship = cm
        if owner is None and ship is not None:
            owner = SHIP_STATES[self.doc[ship.start].lower_]
        if owner is None:
            return []
        places = []
        holders = [tok]
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in SIGHTING_VERBS:
            holders.append(tok.head)  # "Russian launchers were spotted in Belarus"
        spec = self.spec["Deployment"]
        placing = set(spec["verbs"]) - set(spec["presence_verbs"]) - {"leave", "host", "use"}
        holders += [  # "Russian tanks massed near Kharkiv", "U.S. jets stationed in Qatar"
            c
            for c in tok.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in placing
        ]
        moving = (
            tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in MOTION_VERBS
            and self.lex.attr(m.entity_id, "category") in ("aircraft", "ship", "armour")
        )  # platforms, not munitions in flight ("missiles flew over Moldova")
        if moving:  # "Chinese jets crossed into the Taiwan Strait", "Russian warships entered X"
            holders.append(tok.head)
        preps = [c for h in holders for c in h.children]
        if moving:  # what they crossed or entered: the place, or the place of its of-phrase
            for o in tok.head.children:
                if o.dep_ == "dobj":
                    om = self.root_of.get(o.i)
                    if om is not None and self.cls(om) in PLACE:
                        places.append(om.entity_id)
                    preps += [c for c in o.children if c.lower_ == "of"]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("toward", "towards", "at"):
            # "fired toward a U.S. destroyer in the Red Sea": the parse may hang the place on
            # the verb; the ship fired at is there
            preps += [c for c in tok.head.head.children if c.i > tok.i]
        wheres = ("in", "off", "near") + (
            ("into", "over", "through", "across", "of") if moving else ()
        )
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in wheres:
                for p in self._coast_of(c):
                    pm = self.root_of.get(p.i)
                    if pm is None or p.dep_ != "pobj" or self.cls(pm) not in PLACE:
                        continue
                    if (
                        self.cls(pm) == "Country"
                        and owners
                        and owners[0].kind == "demonym"
                        and c.lower_ == "in"
                        and c.head.i == tok.i
                    ):
                        continue
                    if pm.entity_id != owner and pm.kind != "metonym":
                        places.append(pm.entity_id)
        if not places:
            return []
        f = Frame("Deployment", tok, agents=[owner], weapons=[m.entity_id], confidence=0.65)
        f.locations = places
        return [f]

    def _coast_of(self, prep: Token) -> list[Token]:
        """The objects of a preposition, or the place whose coast or waters they are ('off the
        coast of Norway', 'in Yemeni waters' is its own)."""
        out = []
        for p in prep.children:
            if (
                p.dep_ == "pobj"
                and p.lemma_.lower() in ("coast", "shore", "water")
                and p.i not in self.root_of
            ):
                out += [
                    g
                    for c in p.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                ]
            out.append(p)
        return out

    def antecedent_weapon(self, pron: Token) -> str | None:
        m = self._last_mention("weapon", pron.i)
        return m.entity_id if m is not None else None

    def _receiving(
        self, f: Frame, ments: list[tuple[Ment, str | None, Token]], owners: Sequence[str] = ()
    ) -> Frame | None:
        """'Ukraine received Patriot systems from Germany': the subject receives, the
        from-phrase supplies, else the state whose weapons they are ('bought Turkish drones',
        ``owners``: 'the Turkish purchase of Russian missiles'). Without a named supplier
        there is no transfer to state."""
        weapons = Frame(f.type, f.trigger)
        # "bought weapons from Iran, such as drones": the items may sit under the from-phrase
        self.assign(weapons, [x for x in ments if x[1] != "from" or self.cls(x[0]) == "Weapon"])
        suppliers = [
            a
            for m, p, _ in ments
            if p == "from" and self.cls(m) in ACTOR | {"City"}
            for a in [self.as_actor(m)]
            if a
        ] or [
            o
            for o in dict.fromkeys([*owners, *weapons.weapon_owner.values()])
            if o not in f.agents and self.entity(o).cls == "Country"
        ]
        if not suppliers:  # "signed a deal with Russia to buy …", "under a deal with X, Y buys"
            suppliers = [a for a in self._deal_partners(f.trigger) if a not in f.agents]
        if not suppliers:  # "received ATACMS as part of a U.S. aid package"
            suppliers = [a for a in self._package_owners(f.trigger) if a not in f.agents]
        if not suppliers and f.agents:
            # "The Taiwanese will receive two frigates" after "the U.S. announced an arms
            # sale to Taiwan": the supplier of the last transfer to the same recipient
            prev = self._last_transfer(f, recipients=f.agents)
            if prev is not None:
                suppliers = list(prev.agents)
        if not suppliers or not f.agents:
            return None
        f.recipients, f.agents = list(f.agents), suppliers
        f.weapons, f.weapon_owner = weapons.weapons, weapons.weapon_owner
        f.supplier_of = self._paired_suppliers(ments, f.weapons)
        return f

    def _paired_suppliers(
        self, ments: list[tuple[Ment, str | None, Token]], weapons: list[str]
    ) -> dict[str, str]:
        """'received Leopard tanks from Germany and Challenger tanks from Britain': each
        weapon comes from the from-phrase that follows it before the next weapon, when two
        or more suppliers are named so."""
        order = sorted(
            (
                m
                for m, p, _ in ments
                if self.cls(m) == "Weapon"
                and m.entity_id in weapons
                or p == "from"
                and self.cls(m) in ACTOR | {"City"}
            ),
            key=lambda m: m.start,
        )
        out: dict[str, str] = {}
        pending: list[str] = []
        for m in order:
            if self.cls(m) == "Weapon":
                pending.append(m.entity_id)
            elif pending and (actor := self.as_actor(m)):
                out.update((w, actor) for w in pending)
                pending = []
        return out if len(set(out.values())) > 1 and not pending else {}

    def _package_owners(self, v: Token) -> list[str]:
        """Whose is the package or aid the verb's 'as part of' / 'under' phrase names: 'as
        part of a U.S. aid package', "under Germany's aid programme"."""
        nouns = [
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("as", "under", "in")
            for p in c.subtree
            if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.words["package_nouns"]
        ]
        return [
            a
            for n in nouns
            for m in self._modifier_ments(n)
            for a in [self.as_actor(m)]
            if a and self.entity(a).cls == "Country"
        ]

    def _deal_partners(self, v: Token) -> list[str]:
        """The actors a deal is made with, where a verb acts under or through it: 'signed a
        deal with Russia to buy', 'under a contract with X, Y will buy', 'a deal with X to
        buy'."""
        holders: list[Token] = []  # words that may carry the deal's with-phrase
        for c in [v, v.head] if v.dep_ in ("advcl", "xcomp", "acl") else [v]:
            if c.lemma_.lower() in DEAL_NOUNS:
                holders.append(c)  # "a deal with X to buy": the verb hangs on the deal
            for d in c.children:
                if d.dep_ == "dobj" and d.lemma_.lower() in DEAL_NOUNS:
                    holders += [c, d]
                if d.dep_ == "prep" and d.lower_ in ("under", "through"):
                    holders += [p for p in d.children if p.lemma_.lower() in DEAL_NOUNS]
        return [
            a
            for h in holders
            for w in h.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for p in w.children
            if p.dep_ == "pobj"
            for a in self.np_agents(p, "WeaponTransfer")[0]
            if self.entity(a).cls in ("Country", "Organization")
        ]

    def _same_campaign(self, f: Frame) -> list[str]:
        """'Russia launched an air attack on Ukraine overnight. Lviv and Odesa were hit': an
        attack with no attacker named, right after one whose targets hold all its places, is
        the same attacker's (not 'Ukraine struck Belgorod. Kyiv was hit')."""
        prev = self.last_frame.get("Attack")
        if prev is None or not prev.agents or not self._near(prev, f, 1):
            return []
        hit = set(prev.targets)
        places = [t for t in f.targets if self.entity(t).cls in PLACE]
        if len(places) != len(f.targets) or not all(
            t in hit or self.lex.country_of(t) in hit for t in places
        ):
            return []
        f.confidence = min(f.confidence, 0.6)
        return list(prev.agents)

    def _window_start(self, i: int, sentences: int) -> int:
        """The first token of the sentence ``sentences`` sentences before token ``i``'s."""
        start = self.sents.of(i).start
        for _ in range(sentences):
            if start > 0:
                start = self.sents.of(start - 1).start
        return start

    def _near(self, prev: Frame, f: Frame, sentences: int = 4) -> bool:
        """Whether ``prev`` was read at most ``sentences`` sentences before ``f``."""
        return prev.trigger.i >= self._window_start(f.trigger.i, sentences)

    def _last_transfer(
        self,
        f: Frame,
        sentences: int = 4,
        recipients: list[str] | None = None,
        agents: list[str] | None = None,
    ) -> Frame | None:
        """The latest transfer with supplier and recipient read at most ``sentences``
        sentences before ``f``: to one of ``recipients``, by one of ``agents`` if given."""
        for prev in reversed(self.transfers):
            if prev.trigger.i > f.trigger.i or prev is f:
                continue
            if not self._near(prev, f, sentences):
                return None
            if recipients and not set(recipients) & set(prev.recipients):
                continue
            if agents and not set(agents) & set(prev.agents):
                continue
            return prev
        return None

    def package_frames(self, v: Token) -> list[Frame]:
        """'The package includes A, B and C', 'The capabilities in this package include:' and
        a list of lines, 'The following items will be included: A; B', '… a new package. It
        includes A', 'a sale that includes A': more weapons of the transfer read just before
        (its supplier and recipient)."""
        window = self._package_window(v)
        if window is None:
            return []
        f = Frame("WeaponTransfer", v, confidence=0.65)
        prev = self._last_transfer(f, sentences=window)
        if prev is None:
            return []
        weapons = []
        for t in self._items_after(v):
            m = self.root_of.get(t.i)
            if m is not None and self.cls(m) == "Weapon" and m.entity_id not in weapons:
                weapons.append(m.entity_id)
        if not weapons:
            return []
        f.agents, f.recipients, f.weapons = list(prev.agents), list(prev.recipients), weapons
        # the transfer it adds to qualifies it: "approved a sale that includes …", "approved
        # a possible sale … Also included are …" (planned), "sent a package … It includes …";
        # not when it says what the transfer leaves out ("The aid does not include X")
        if not any("negation" in c._.get(CUES) for c in v.children):
            f.trigger = prev.trigger
        return [f]

    def _items_after(self, v: Token) -> list[Token]:
        """The tokens that list what ``v`` includes: the rest of its sentence and, after a
        colon, the lines of the list below it (each led by a bullet, or the line before
        ending with a semicolon)."""
        sent = self.sents.of(v.i)
        out = list(self.doc[v.i + 1 : sent.end])
        last = next((t for t in reversed(out) if not t.is_space), None)
        if last is None or last.text != ":":
            return out
        while sent.end < len(self.doc):
            sent = self.sents.of(sent.end)
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            if words[0].text not in BULLETS and last.text not in BULLETS | {";"}:
                break
            out += words
            last = words[-1]
        return out

    def _semicolon_items(
        self, v: Token, ments: list[tuple[Ment, str | None, Token]]
    ) -> list[tuple[Ment, str | None, Token]]:
        """'requested to buy 612 Javelin missiles; 200 launch units; and 40 Humvees': the
        weapons of a list cut by semicolons after the verb, which the parse scatters over the
        sentence."""
        after = self._items_after(v)
        if not any(t.text == ";" for t in after):
            return []
        seen = {id(m) for m, _, _ in ments}
        out: list[tuple[Ment, str | None, Token]] = []
        for t in after:
            m = self.root_of.get(t.i)
            if m is not None and id(m) not in seen and self.cls(m) == "Weapon":
                seen.add(id(m))
                out.append((m, None, t))
        return out

    def _package_window(self, v: Token) -> int | None:
        """How many sentences back the transfer whose contents 'include' lists may be read,
        by what the verb's subject is: a package noun ('The package includes …': two); the
        package noun a relative clause hangs on ('a sale to Taiwan that includes …', 'in a
        package that is expected to include …': the same sentence); 'it' or 'this' ('… a
        new package for Ukraine. It includes …': the sentence before). None: no package."""
        cur = v
        while cur.dep_ == "xcomp" and cur.head.i != cur.i:
            cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and any(c.dep_ == "auxpass" for c in cur.children):
            # "Also included are A, B and C": the items are the subject, after the verb
            listed = [t for t in self.doc[cur.i + 1 : self.sents.of(cur.i).end]]
            return 2 if any(self.cls_at(t) == "Weapon" for t in listed) else None
        if subj is None:
            return None
        if subj.lower_ in ("that", "which") and cur.dep_ == "relcl":
            return 0 if cur.head.lemma_.lower() in self.package_nouns else None
        if subj.lower_ in ("it", "this") and subj.pos_ in ("PRON", "DET"):
            return 1
        # "The package includes …", "The capabilities in this package include: …"
        named = any(t.lemma_.lower() in self.package_nouns for t in subj.subtree if t.i < cur.i)
        return 3 if named else None

    def _named_for(self, n: Token, suppliers: list[str]) -> list[str]:
        """The state a package's name is for when another supplies it: "announced a $2
        billion Moldova Resilience Support package" (a country in the words
        before the package noun, not its supplier)."""
        if n.lemma_.lower() not in self.package_nouns:
            return []
        return list(
            dict.fromkeys(
                m.entity_id
                for t in n.subtree
                if t.i < n.i and t.dep_ in ("compound", "nmod")
                if (m := self.root_of.get(t.i) or self.at.get(t.i)) is not None
                and self.cls(m) == "Country"
                and m.kind != "demonym"
                and m.entity_id not in suppliers
            )
        )

    def _supplier_of_nominal(self, n: Token, verbs: set[str] | None = None) -> list[str]:
        """'The State Department approved a possible sale to X', 'Germany announced a new
        package for Ukraine': who announces, approves or makes a transfer supplies it; with
        ``verbs`` (Deployment ``ordering_verbs``), 'X ordered the deployment of A': X deploys."""
        verbs = self.supplier_verbs if verbs is None else verbs
        cur = n
        for _ in range(5):
            if cur.head.i == cur.i or cur.dep_ in ("ccomp", "relcl", "advcl", "parataxis"):
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                if cur.lemma_.lower() not in verbs:
                    return []
                subj = self.subject_of(cur)
                if subj is not None:
                    return self.np_agents(subj, "WeaponTransfer")[0]
        return []

    def _concluded(
        self, v: Token, f: Frame, ments: list[tuple[Ment, str | None, Token]], parties: bool = True
    ) -> None:
        """'X signed a cease-fire agreement with Y', 'X and Y reached a peace deal': the
        parties named with 'with' conclude it too, and an agreement of a named kind that the
        gazetteer lacks is a Treaty of its own ('cease-fire agreement', 'peace deal'). Without
        ``parties`` (a verb of leaving: 'X scrapped its defense pact with Y'), only the treaty:
        who leaves is the subject alone."""
        f.agents += [
            a
            for m, p, _ in ments
            if parties and p == "with" and self.cls(m) in ACTOR | {"City"}
            for a in [self.as_actor(m)]
            if a and a not in f.agents
        ]
        if f.treaties:
            return
        spec = self.spec["TreatyParticipation"]
        objs = (
            [c for c in v.children if c.dep_ == "dobj"]
            + [v.head] * (v.dep_ == "relcl")
            + [
                p
                for c in v.children
                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for p in c.children
                if p.dep_ == "pobj"
            ]
        )
        # "signed a cessation of hostilities agreement": the parse may make the agreement the
        # object of the first noun's of-phrase; the name then starts at that noun
        starts = {}
        for o in list(objs):
            for c in o.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and o.lower_ not in spec["agreement_nouns"]
                ):
                    for p in c.children:
                        if (
                            p.dep_ == "pobj"
                            and p.lower_ in spec["agreement_nouns"]
                            and any(g.dep_ == "compound" for g in p.children)
                            and not any(g.dep_ in ("det", "poss") for g in p.children)
                        ):  # not "a copy of the agreement"
                            objs.append(p)
                            starts[p.i] = o
        for n in objs:
            eid = self._agreement_entity(n, starts.get(n.i))
            if eid is not None:
                f.treaties.append(eid)
                return

    def _agreement_entity(self, n: Token, start: Token | None = None) -> str | None:
        """An agreement of a named kind the gazetteer lacks, as a Treaty of its own ('a
        cease-fire agreement', 'the peace deal', 'a truce'; ``start``: where its name begins
        when the parse splits it); None for an agreement of no named kind."""
        spec = self.spec["TreatyParticipation"]
        if n.lower_ not in spec["agreement_nouns"] or n.i in self.at:
            return None
        kind = [
            c
            for c in n.children
            if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in spec["agreement_kinds"]
        ]
        first = start or (kind[0].left_edge if kind else None)
        if first is None and n.lower_ not in ("ceasefire", "cease-fire", "truce", "armistice"):
            return None  # "reached an agreement": no kind of agreement named
        words = (
            [
                t.lower_
                for t in self.doc[first.i : n.i + 1]
                if t.dep_ not in ("det", "poss", "predet")
            ]
            if first is not None
            else [n.lower_]
        )
        label = " ".join(words).replace(" - ", "-")
        eid = slug(f"{label} treaty")  # (an id of at most 200 characters)
        if eid not in self.entities:
            self.entities[eid] = Entity(id=eid, label=label, cls="Treaty", linked=False)
        return eid

    def agreement_between_frames(self, n: Token) -> list[Frame]:
        """'a cease-fire agreement between X and Y', 'the truce between X and Y': both
        conclude it (an agreement of a named kind the gazetteer lacks; a named treaty is
        read at its name, :meth:`treaty_between_frames`)."""
        between = _objects(n, "between")
        sides = [
            a
            for p in between
            for a in self.np_agents(p, "TreatyParticipation")[0]
            if self.entity(a).cls in ("Country", "Organization")
        ]
        if len(dict.fromkeys(sides)) < 2:
            return []
        eid = self._agreement_entity(n)
        if eid is None:
            return []
        return [
            Frame(
                "TreatyParticipation",
                n,
                agents=list(dict.fromkeys(sides)),
                treaties=[eid],
                confidence=0.7,
                nominal=True,
                # "halted since a 1994 cease-fire agreement between X and Y": it was made
                presupposed=n.dep_ == "pobj" and n.head.lower_ in PAST_TIME_PREPS,
            )
        ]

    def _member_of_nominal(self, n: Token) -> list[str]:
        """Who would belong: 'approved membership for Sweden', 'promised membership to
        Georgia' (a verb of intent: the fact is planned, not 'supports membership for X'),
        'Ukraine applied for NATO membership', "Ukraine's bid for membership" (verbs.json
        ``seeking_verbs`` and ``seeking_nouns``)."""
        spec = self.spec["TreatyParticipation"]
        gov = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head
        planned = n.dep_ == "dobj" and gov.lemma_.lower() in self.lex.words["modality"]["planned"]
        for c in [*n.children, *gov.children] if planned else []:
            if c.dep_ == "prep" and c.lower_ in ("for", "to"):
                for p in c.children:
                    if p.dep_ == "pobj" and self.cls_at(p) in ACTOR:
                        return self.np_agents(p, "TreatyParticipation")[0]
        if n.dep_ not in ("dobj", "pobj") or gov.i == n.i:
            return []
        if gov.pos_ == "VERB" and gov.lemma_.lower() in spec.get("seeking_verbs", []):
            subj = self.subject_of(gov)
            return self.np_agents(subj, "TreatyParticipation")[0] if subj is not None else []
        if gov.pos_ == "NOUN" and gov.lower_ in spec.get("seeking_nouns", []):
            for c in gov.children:
                if c.dep_ == "poss":
                    return self.np_agents(c, "TreatyParticipation")[0]
        return []

    def cls_at(self, tok: Token) -> str | None:
        """The class of the mention at ``tok``, if any."""
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        return self.cls(m) if m is not None else None

    def _apposed_place(self, noun: Token) -> Ment | None:
        """The place a place noun stands beside: 'Izium, a town …' (an apposition, or a second
        object where the parser made one: 'reached Mosul, a city …')."""
        before: Token | None = None
        if noun.dep_ == "appos":
            before = noun.head
        elif noun.lemma_.lower() in self.lex.words["place_nouns"] and noun.left_edge.i >= 2:
            comma = self.doc[noun.left_edge.i - 1]
            before = self.doc[comma.i - 1] if comma.text == "," else None
        m = None if before is None else self.root_of.get(before.i) or self.at.get(before.i)
        return m if m is not None and self.cls(m) in PLACE else None

    def _relative_antecedent(self, v: Token) -> Token | None:
        """'a package that will send …': the noun, or the actor behind a non-actor noun
        ('The Pentagon announced a package that will send …' → the Pentagon)."""
        noun = v.head
        m = self.root_of.get(noun.i) or self.at.get(noun.i)
        if m is not None and self.cls(m) in ACTOR:
            return noun
        noun = _one_of(noun) or noun  # "X is one of the states that signed Y"
        if noun.lower_ in self.noun_types or self._event_head(noun):
            # "a Russian strike that killed …": the event, whose named owner acts; "condemned
            # a bombing that killed …": not who condemned, nor the last attacker
            owned = self._noun_agents(noun, "Attack")[0] or self._modifier_ments(noun)
            return noun if owned else None
        if noun.dep_ == "appos":  # "Hamas, the militant group that controls Gaza, …"
            named = self.root_of.get(noun.head.i) or self.at.get(noun.head.i)
            if named is not None and self.cls(named) in ACTOR:
                return noun.head
        if noun.dep_ in ("dobj", "pobj", "attr"):
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            return self.subject_of(verb)
        return None

    def _governing_agents(self, tok: Token, etype: str) -> list[str]:
        """'Russia attacked …, with some of them targeting Kyiv': the enclosing event's agent."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i or cur.dep_ in ("ccomp", "parataxis", "relcl"):
                return []
            cur = cur.head
            lem = cur.lemma_.lower()
            if cur.pos_ in ("VERB", "AUX") and etype in self.verb_types.get(lem, []):
                subj = self.subject_of(cur)
                if subj is not None:
                    return self.np_agents(subj, etype)[0]
            if cur.pos_ == "NOUN" and etype in self.noun_types.get(cur.lower_, []):
                f = self.noun_frame(cur, etype)
                if f is not None and f.agents:
                    return f.agents
        return []

    def _weapon_brought_down(self, v: Token) -> bool:
        """'Ten drones were shot over the region': a weapon that was shot (passive) and not
        at anything was brought down, as 'shot down' says ('missiles were shot at X' were
        fired)."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or any(
            c.dep_ == "prep" and c.lower_ in ("at", "toward", "towards", "into") for c in v.children
        ):
            return False
        heads = [subj] + [  # "20 of the drones were shot over X"
            p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        return any(
            (m := self.root_of.get(h.i)) is not None and self.cls(m) == "Weapon" for h in heads
        )

    def _reporting_state(self, v: Token) -> list[str]:
        """The state whose forces report an interception no one is named as making ('The navy
        said fighter jets shot down two drones', 'the ministry said 50 drones were shot
        down'): they report their own air defences."""
        cur = v
        for _ in range(3):
            if cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.lemma_.lower() in self.lex.words["speech"]:
                subj = self.subject_of(cur)  # "the ministry confirmed … and added that …"
                if subj is None or subj.pos_ == "PRON":
                    return []
                agents = self.np_agents(subj, "Interception")[0]
                return [a for a in agents if self.entity(a).cls == "Country"][:1]
        return []

    def _subject_weapon(self, subj: Token) -> Ment | None:
        """The weapon a subject names: its mention, or the one before a word for a unit of it
        ("the David's Sling system", "a Patriot battery", "F/A-18 aircraft")."""
        m = self.root_of.get(subj.i)
        if m is None and subj.lemma_.lower() in UNIT_NOUNS:
            m = next(
                (
                    cm
                    for c in subj.children
                    if c.dep_ in ("compound", "nmod")
                    and (cm := self.root_of.get(c.i) or self.at.get(c.i)) is not None
                    and self.cls(cm) == "Weapon"
                ),
                None,
            )
        return m

    def _weapon_subject(self, subj: Token, f: Frame) -> None:
        m = self._subject_weapon(subj)
        if m is not None and self.cls(m) == "Weapon" and f.type == "Attack":
            f.weapons.append(m.entity_id)
        if (
            m is not None
            and self.cls(m) == "Weapon"
            and f.type == "Deployment"
            and not any(c.dep_ == "dobj" for c in subj.head.children)
            and self.lex.attr(m.entity_id, "category") not in IN_FLIGHT
        ):  # "Russian tanks massed near Kharkiv": what massed is deployed; not "missiles flew"
            f.weapons.append(m.entity_id)
        if m is not None and self.cls(m) == "Weapon" and f.type == "Interception":
            f.instruments.append(m.entity_id)  # "Polish jets shot down a drone": jets in action
        # "air defenses, including Patriot systems, shot down …"; "U.S. forces, including
        # B-2 bombers, struck …"
        for p in _objects(subj, "including") if f.type in ("Interception", "Attack") else ():
            pm = self.root_of.get(p.i) or self.at.get(p.i)
            if pm is not None and self.cls(pm) == "Weapon":
                (f.instruments if f.type == "Interception" else f.weapons).append(pm.entity_id)

    def noun_frame(self, n: Token, etype: str) -> Frame | None:
        head = n.head
        if etype == "TerritorialCapture" and n.lower_ == "fall":
            return self._fall(n)
        if etype == "WeaponTransfer" and n.dep_ == "dobj" and head.lemma_.lower() == "take":
            # "Ukraine took delivery of F-16s from Denmark": the subject receives
            subj = self.subject_of(head)
            f = Frame(etype, head, confidence=0.75)
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
            return self._receiving(f, self.clause_mentions(head, {subj.i} if subj else set()))
        if not (etype == "TreatyParticipation" and self._others_membership(n)) and (
            n.dep_ in ("dobj", "pobj", "nsubjpass")
            and self._reads_frame(head, etype)
            or (
                head.dep_ == "prep"
                and head.lower_ in ("in", "of", "to", "from", "on")
                and head.head.pos_ in ("VERB", "AUX")  # not "the target of the strikes"
                and etype in self.verb_types.get(head.head.lemma_.lower(), [])
                and not (etype == "Attack" and head.lower_ == "in")
            )
        ):
            # "suspended its participation in": the verb's frame reads it; "killed ten in an
            # airstrike near X": the attack noun keeps its own places
            return None
        f = Frame(etype, n, nominal=True, confidence=0.75)
        skip: set[int] = set()
        # "Hamas' surprise attack": the possessor may hang on a modifier in the parse
        deeper = [
            g
            for c in n.children
            if c.dep_ in ("nmod", "compound") and c.i not in self.at
            for g in c.children
            if g.dep_ == "poss"
        ]
        for c in [*n.children, *deeper]:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                m = self.root_of.get(c.i) or self.at.get(c.i)
                if (
                    m is not None
                    and etype == "TreatyParticipation"
                    and self.lex.attr(m.entity_id, "treaty")
                ):
                    continue  # "a NATO member": the alliance names the treaty, not the agent
                if m is not None:
                    actor = self.as_actor(m) if self.cls(m) in ACTOR | {"City"} else None
                    if actor and (
                        c.dep_ != "compound"
                        or m.kind == "demonym"
                        or self.cls(m) in ("Country", "Organization")
                    ):
                        f.agents.append(actor)
                        skip.add(c.i)
                elif c.lower_ in ("its", "their", "his", "her", "our") and c.dep_ == "poss":
                    ref = self.antecedent(c)
                    refs = (
                        self._reproached(n, c)
                        or self._clause_subject_actors(n, etype)
                        or ([ref] if ref else [])
                    )
                    if refs:
                        f.agents += refs
                        skip.add(c.i)
        if etype == "TreatyParticipation" and not f.agents and n.lemma_.lower() in TREATY_ACTS:
            for p in _objects(n, "of"):  # "the accession of Finland to the alliance"
                m = self.root_of.get(p.i) or self.at.get(p.i)
                if m is not None and not self.lex.attr(m.entity_id, "treaty"):
                    f.agents += [
                        a
                        for a in self.np_agents(p, etype)[0]
                        if self.entity(a).cls in ("Country", "Organization")
                    ]
                    skip.add(p.i)
        if (_reason_phrase(n) or n.dep_ == "pobj" and n.head.lower_ in PAST_TIME_PREPS) and any(
            c.dep_ == "poss" or c.lower_ == "the" for c in n.children
        ):
            # "sanctions over its invasion", "applied to join after Russia's invasion": it
            f.presupposed = True  # happened, whatever governs
        if etype == "WeaponTransfer" and n.lower_ in self.spec[etype].get("receiving_nouns", []):
            # "Turkey's purchase of the S-400 from Russia", "the Turkish purchase of Russian
            # missiles": the possessor receives
            if not f.agents:
                return None
            return self._receiving(f, self.clause_mentions(n, skip), self._owner_of_weapons(n))
        by: list[Token] = []  # "attacks by X on Y": Y may hang on X in the parse
        if not f.agents and etype != "TreatyParticipation":
            f.agents, by = self._noun_agents(n, etype)
            skip |= {p.head.i for p in by}
        # "a tranche of aid from Britain to Ukraine": the parse may hang the phrases on the
        # package noun the transfer noun is of
        outer = (
            n.head.head
            if etype == "WeaponTransfer"
            and n.dep_ == "pobj"
            and n.head.lower_ == "of"
            and n.head.head.lemma_.lower() in self.package_nouns
            else None
        )
        if not f.agents and etype == "WeaponTransfer":  # "aid from Britain to Ukraine"
            sources = [  # "shipments of drones from Iran to Russia": or on the items
                p
                for t in (n, outer, *_objects(n, "of"))
                if t is not None
                for p in _objects(t, "from")
                if self.np_agents(p, etype)[0]
            ]
            f.agents = [a for p in sources for a in self.np_agents(p, etype)[0]]
            skip |= {p.head.i for p in sources}
        claimant = self._claimant(n) if not f.agents and etype == "Attack" else None
        if claimant is not None:
            f.agents, f.confidence = self.np_agents(claimant, etype)
            f.confidence = min(f.confidence, 0.7)
            skip.add(claimant.i)
        if (
            not f.agents
            and etype == "Attack"
            and n.dep_ == "pobj"
            and n.head.lower_ in ("in", "during", "for")
            and n.head.head.pos_ == "VERB"
            and n.head.head.lemma_.lower()
            in set(self.spec["Deployment"]["verbs"]) | set(self.lex.words["launch_verbs"])
        ):  # "Israel used F-35s in the strike on Iran": who uses weapons in an attack makes it
            subj = self.subject_of(n.head.head)
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                f.confidence = min(f.confidence, 0.7)
                skip.add(subj.i)
        holder = _one_of(n) or n  # "X is one of the parties to Y"
        if etype in ("TreatyParticipation",) and holder.dep_ == "attr":
            subj = self.subject_of(holder.head)
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                skip.add(subj.i)
            f.trigger = n
        elif etype == "TreatyParticipation" and holder.dep_ == "appos":
            apposed = self._apposed_actor(holder)  # "X, a party to Y"
            if apposed is not None:
                f.agents, f.confidence = self.np_agents(apposed, etype)
                skip.add(apposed.i)
        elif (
            etype == "TreatyParticipation"
            and holder.dep_ == "pobj"
            and holder.head.lower_ == "as"
            and holder.head.head.pos_ in ("VERB", "AUX")
        ):  # "As a party to the treaty, X must …"; "welcomed X as NATO's newest member": X
            governor = holder.head.head
            obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < holder.i), None)
            described = obj or self.subject_of(governor)
            if described is not None:
                f.agents, f.confidence = self.np_agents(described, etype)
                skip.add(described.i)
        light: tuple[Token, set[int]] | None = None
        verb = n.head
        if n.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ in ("dobj", "nsubj", "pobj"):
            verb = verb.head.head  # "carried out weeks of attacks", "a wave of strikes"
        elif (
            n.dep_ == "pobj"
            and verb.dep_ == "prep"
            and verb.head.pos_ == "VERB"
            and verb.lower_ not in TIME_PREPS
        ):  # "shifted to missile strikes", "resorted to shelling"; not "joined X after the
            verb = verb.head  # invasion": a time phrase says when, not who
        if (
            not f.agents
            and n.dep_ in ("dobj", "pobj")
            and (
                verb.lemma_ in self.lex.words["light_verbs"]
                or _takes_part(verb)
                or verb.lemma_ in RESPONDING_VERBS
                and n.head.lower_ == "with"
            )
        ):
            # "carried out airstrikes", "took part in the assault", "was involved in attacks",
            # "responded with airstrikes on X" (not "responded to the attack")
            subj = self.subject_of(verb) or next(
                (c for c in verb.children if c.dep_ == "nsubjpass"), None
            )
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                f.confidence = min(f.confidence, 0.75)
                light = (verb, {subj.i, n.i} | {t.i for t in n.ancestors if t.i != verb.i})
        if not f.agents and etype == "TerritorialCapture" and n.lemma_.lower() == "control":
            # "X is in control of Y", "X has full control over Y": the holder
            gov = (
                n.head.head
                if n.dep_ == "pobj" and n.head.lower_ == "in"
                else n.head
                if n.dep_ == "dobj"
                else None
            )
            holding = gov is not None and gov.lemma_.lower() in self.spec[etype]["holding_verbs"]
            subj = self.subject_of(gov) if gov is not None and holding else None
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                skip.add(subj.i)
                if gov is not None and gov.i == n.head.i:  # "retains control over X": on the verb
                    light = (gov, {c.i for c in gov.children if c.lower_ not in ("over", "of")})
            fighting = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "for" else None
            if (
                fighting is not None
                and fighting.lemma_.lower() in CONTESTING_VERBS
                and (fighter := self.subject_of(fighting)) is not None
            ):  # "The Taliban fought for control of Lashkar Gah": an attempt to take it
                f.agents, f.confidence = self.np_agents(fighter, etype)
                f.attempted = True
                skip.add(fighter.i)
        if not f.agents and etype == "WeaponTransfer" and n.dep_ in ("dobj", "pobj"):
            f.agents = self._supplier_of_nominal(n)
            f.confidence = min(f.confidence, 0.7)
        if not f.agents and etype == "Deployment" and n.dep_ in ("dobj", "pobj"):
            f.agents = self._supplier_of_nominal(n, set(self.spec[etype]["ordering_verbs"]))
            f.confidence = min(f.confidence, 0.7)
        if not f.agents and etype in ("WeaponTransfer", "Deployment") and n.lower_ != "use":
            f.agents = self._owner_of_weapons(n)
            f.confidence = min(f.confidence, 0.7)
        if not f.agents and etype == "TreatyParticipation":
            f.agents = self._member_of_nominal(n)
            skip.update(c.i for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "to"))
            f.confidence = min(f.confidence, 0.7)
        happen = n.dep_ == "nsubj" and n.head.lemma_ in self.lex.words["happen_verbs"]
        verb = n.head
        by_words = [t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i]
        if not f.agents and n.dep_ == "nsubjpass" and by_words:
            # "the attack was carried out by X": the by-phrase of a light verb names the
            # attacker (wherever the parse hung it); "was condemned by X" names none
            if verb.lemma_.lower() not in self.lex.words["light_verbs"]:
                return None
            f.agents = [
                a
                for t in by_words
                for p in t.children
                if p.dep_ == "pobj"
                for a in self.np_agents(p, etype)[0]
            ]
            if not f.agents:
                return None
            f.confidence = min(f.confidence, 0.7)
        if (
            not f.agents
            and n.dep_ in ("nsubj", "nsubjpass")
            and not happen
            and n.head.lemma_.lower() in self.verb_types
        ):
            return None  # the verb's frame reads it
        ments = self.clause_mentions(n, skip)
        if etype == "TreatyParticipation" and holder.dep_ == "attr":
            # "Russia remains a party to X", the parse hanging "to X" on the verb
            keep = {
                c.i for c in holder.head.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
            }
            ments += self.clause_mentions(holder.head, {c.i for c in holder.head.children} - keep)
        if happen:  # "The intercepts took place over the Kursk and Tula regions."
            ments += self.clause_mentions(n.head, {n.i})
        if outer is not None:
            keep = {c.i for c in outer.children if c.dep_ == "prep" and c.lower_ in ("to", "for")}
            ments += self.clause_mentions(outer, {c.i for c in outer.children} - keep)
        governing = n.head.head if n.dep_ == "pobj" else n.head if n.dep_ == "dobj" else None
        if etype == "WeaponTransfer" and governing is not None and governing.pos_ == "VERB":
            # "thanked X for its gift of A to Y", "blocked the export of A to Y": the parse
            verb = governing  # hangs "to Y" on the verb
            keep = {c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"}
            keep = {i for i in keep if i > n.i}
            if keep and not self.verb_types.get(verb.lemma_.lower()):
                ments += self.clause_mentions(verb, {c.i for c in verb.children} - keep)
        for p in by:
            keep = {c.i for c in p.children if c.dep_ == "prep" and c.lower_ in ("on", "against")}
            ments += self.clause_mentions(p, {c.i for c in p.children} - keep)
        if (
            light is None
            and n.dep_ == "nsubjpass"
            and n.head.lemma_.lower() in self.lex.words["light_verbs"]
            and not by_words
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in n.children)
        ):  # "The strikes were carried out against X": the light verb's phrases
            light = (n.head, {n.i})
        if light is not None:  # "carried out airstrikes on Houthi targets": the verb's phrases
            seen = {id(m) for m, _, _ in ments}
            ments += [x for x in self.clause_mentions(*light) if id(x[0]) not in seen]
        if etype in ("TreatyParticipation",) and n.lower_ in self.spec[etype].get(
            "negative_nouns", []
        ):
            f.lexical_negation = True
        self.assign(f, ments)
        if etype == "WeaponTransfer" and f.agents and not f.recipients:
            f.recipients = self._named_for(n, f.agents)
        if (
            not f.agents
            and n.lower_ in self.lex.words["event_nouns"]
            and not any(c.dep_ == "prep" and c.lower_ == "by" for c in n.children)
            and not any(a.lemma_.lower() in REASON_NOUNS for a in n.ancestors)
        ):  # "an assault by militants": someone else, unnamed, made it; "in response to
            # attacks on X": the other side's, as a rule
            self.continue_previous(f)
        prev = self.unclaimed
        if claimant is not None and f.agents and not f.targets and prev and self._near(prev, f, 3):
            # "Gunmen attacked a hotel in X. Al-Shabab claimed responsibility for the attack."
            f.targets = list(prev.targets)
            f.weapons += [w for w in prev.weapons if w not in f.weapons]
        return f

    def _claimant(self, n: Token) -> Token | None:
        """Who claims the attack an event noun names: 'X claimed responsibility for the
        attack', 'X took credit for the raid', 'X claimed the bombing', 'X was behind the
        attack', 'X is responsible for the attack' (not 'Y held X responsible': an accusation)."""
        gov = n.head
        verb: Token | None = None
        if n.dep_ == "pobj" and gov.lower_ == "for" and gov.head.i != gov.i:
            word = gov.head
            claimed = word.lemma_.lower() in CLAIM_NOUNS and word.head.lemma_.lower() in CLAIM_VERBS
            if claimed or word.lower_ == "responsible" and word.head.lemma_ == "be":
                verb = word.head
        elif n.dep_ == "dobj" and gov.lemma_.lower() == "claim":
            after = n.doc[n.right_edge.i + 1] if n.right_edge.i + 1 < len(n.doc) else None
            if after is None or after.pos_ not in ("VERB", "AUX"):  # not "claimed X was …"
                verb = gov
        elif n.dep_ == "pobj" and gov.lower_ == "behind" and gov.head.lemma_ == "be":
            verb = gov.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = self.subject_of(verb)
        if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Al-Shabab, which claimed the attack, …"
        return subj

    def _noun_agents(self, n: Token, etype: str) -> tuple[list[str], list[Token]]:
        """Who acts in an event noun without a possessor: 'attacks by the rebels on X', or the
        owner of the weapon that names it ('a Russian drone barrage', "Iran's missile
        strikes"). Returns the agents and the objects of the by-phrase."""
        for c in n.children:
            by = c.dep_ == "prep" and c.lower_ == "by"
            # "a strike attributed to X", "attacks blamed on Y": who they are laid at acts
            laid = c.dep_ == "acl" and c.lemma_.lower() in BLAME_VERBS
            if by:
                preps = [c]
            elif laid:
                preps = [p for p in c.children if p.dep_ == "prep"]
            else:
                continue
            for prep in preps:
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                agents = [a for o in objs for a in self.np_agents(o, etype)[0]]
                if agents:
                    return list(dict.fromkeys(agents)), objs
        for c in n.children:
            m = self.root_of.get(c.i) if c.dep_ in ("compound", "nmod", "amod") else None
            if m is not None and self.cls(m) == "Weapon":
                owners = [self.as_actor(o) for o in self._modifier_ments(c)]
                if owners and owners[0]:
                    return [owners[0]], []
        return [], []

    def continue_previous(self, f: Frame) -> None:
        """A bare event noun ("the intercepts", "the aerial attacks") continues the last event
        of its type: it takes that event's agent and weapons."""
        prev = self.last_frame.get(f.type)
        sent_start = self.sents.of(f.trigger.i).start
        if prev is None or self.sents.of(prev.trigger.i).start < sent_start - 80:
            return
        f.agents = list(prev.agents)
        if not f.weapons:
            f.weapons = list(prev.weapons)
            f.weapon_owner = dict(prev.weapon_owner)
        f.confidence = min(f.confidence, 0.65)

    def participle_frames(self, tok: Token) -> list[Frame]:
        """'U.S.-supplied missiles', 'Washington-supplied, long-range missiles'."""
        parts = self.lex.words["events"]["WeaponTransfer"]["participles"]
        capture = self.lex.words["capture_participles"]
        groups = self.lex.words["group_nouns"]
        text = tok.text
        supplier: str | None = None
        word = ""
        if "-" in text and text.rsplit("-", 1)[1].lower() in parts + capture:
            prefix, word = text.rsplit("-", 1)
            word = word.lower()
            supplier = self.lex.demonyms.get(norm(prefix))
            for cand in [] if supplier else self.lex.lookup(prefix):
                supplier = self.lex.state_for(cand.id) or (cand.id if cand.cls in ACTOR else None)
                if supplier:
                    break
            if not supplier and word in capture and prefix.lower() in groups:
                supplier = self._last_armed_group(tok.i)
        elif tok.lower_ in parts + capture and tok.i >= 2 and self.doc[tok.i - 1].text == "-":
            m = self.at.get(tok.i - 2)
            word = tok.lower_
            if m is not None:
                supplier = self.as_actor(m)
            elif word in capture and self.doc[tok.i - 2].lemma_.lower() in groups:
                supplier = self._last_armed_group(tok.i)  # "rebel-held": the rebels named last
        # "in occupied X", "to leave occupied X": the adjective read as a verb with an object
        misread = (
            tok.tag_ == "VBN"
            and tok.dep_ in ("pobj", "xcomp", "dobj")
            and any(c.dep_ == "dobj" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        )
        if (
            not supplier
            and tok.lower_ in self.lex.words["holding_adjectives"]
            and (tok.dep_ == "amod" or misread)
        ):
            # "in occupied Crimea", "the occupied city of Melitopol": who the article last
            # reported attacking or taking the country holds it
            place = next(
                (
                    m
                    for t in (tok.subtree if misread else tok.head.subtree)
                    if t.i > tok.i and (m := self.root_of.get(t.i)) is not None
                ),
                None,
            )
            if place is not None and self.cls(place) in PLACE:
                country = self.lex.country_of(place.entity_id) or place.entity_id
                supplier, word = self.invaders.get(country), tok.lower_
        if not supplier:
            return []
        if word in capture:
            return self._capture_participle(tok, supplier)
        noun = tok.head
        weapons = [
            m.entity_id
            for m in {
                id(x): x for x in (self.at.get(t.i) for t in noun.subtree if t.i >= tok.i) if x
            }.values()
            if self.cls(m) == "Weapon"
        ]
        if not weapons:
            return []
        f = Frame("WeaponTransfer", tok, agents=[supplier], weapons=weapons, confidence=0.75)
        clause = self._clause_of(noun)
        if noun.dep_ in ("nsubj", "nsubjpass") and clause.lemma_ in ARRIVAL_VERBS:
            # "U.S.-made tanks will soon arrive in Ukraine"
            for c in clause.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                    for p in c.children:
                        pm = self.root_of.get(p.i) or self.at.get(p.i)
                        if pm is not None and self.cls(pm) in ACTOR:
                            f.recipients.append(self.as_actor(pm) or pm.entity_id)
        else:
            f.recipients = self._user_of(noun)
        f.recipients = [r for r in f.recipients if r != supplier]
        f.trigger = clause if clause.pos_ in ("VERB", "AUX") else tok
        return [f] if f.recipients else []

    def foreign_weapon_frames(self, tok: Token) -> list[Frame]:
        """'Russia fired North Korean missiles', 'Ukraine used British Storm Shadow missiles':
        a state's weapons that another actor uses, fires or launches were supplied to it (the
        guidelines' plainly implied supply); not weapons said to be captured or seized."""
        m = self.at.get(tok.i)
        if m is None or m.kind != "demonym" or tok.i != m.start:
            return []
        root = self.doc[m.start : m.end].root
        if root.dep_ not in MODIFIER:
            return []
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        weapon = self.root_of.get(noun.i)
        clause = self._clause_of(noun)
        owner = self.as_actor(m)
        uses = set(self.spec["Deployment"]["verbs"]) | set(self.lex.words["launch_verbs"])
        uses -= set(self.spec["Deployment"]["hosting_verbs"])  # a host keeps no one's weapons
        bound = self._destination_of(noun)
        if weapon is not None and self.cls(weapon) == "Weapon" and owner and bound:
            # "a shipment of Iranian missiles destined for the Houthis"
            recipients = [b for b in bound if b != owner]
            return (
                [
                    Frame(
                        "WeaponTransfer",
                        noun,
                        agents=[owner],
                        recipients=recipients,
                        weapons=[weapon.entity_id],
                        confidence=0.6,
                        nominal=True,
                    )
                ]
                if recipients
                else []
            )
        if (
            weapon is None
            or self.cls(weapon) != "Weapon"
            or not owner
            or self.entity(owner).cls != "Country"
            or clause.lemma_.lower() not in uses
            or noun.dep_ not in ("dobj", "nsubjpass", "pobj")
            or noun.dep_ == "pobj"
            and noun.head.lower_ not in ("with", "of")  # not fired "at"
            or any(t.lemma_.lower() in CAPTURED for t in noun.subtree)
        ):
            return []
        users = [u for u in self._user_of(noun) if u != owner and self.entity(u).cls in ACTOR]
        if not users:
            return []
        return [
            Frame(
                "WeaponTransfer",
                clause,
                agents=[owner],
                recipients=users,
                weapons=[weapon.entity_id],
                confidence=0.6,
            )
        ]

    @staticmethod
    def _clause_of(noun: Token) -> Token:
        """The word that governs the clause a noun phrase sits in ('struck the bridge with
        rockets': struck)."""
        clause = noun.head
        while (
            clause.dep_ in ("prep", "pobj", "conj", "appos", "dobj") and clause.head.i != clause.i
        ):
            clause = clause.head
        return clause

    def _user_of(self, noun: Token) -> list[str]:
        """Who has the weapons a noun names: their possessor ("Pakistan's U.S.-made jets"), or
        the subject of its clause ('Ukraine fired U.S.-supplied missiles', 'Ukraine struck the
        bridge with rockets provided by X'); whom they were bound for ("Iranian-made missiles
        bound for the Houthis"), never who seized them on the way."""
        bound = self._destination_of(noun)
        if bound:
            return bound
        owners = [
            a
            for c in noun.children
            if c.dep_ == "poss" and c.pos_ != "PRON"
            for a in self.np_agents(c, "WeaponTransfer")[0]
        ]
        if owners:
            return owners
        clause = self._clause_of(noun)
        if clause.pos_ == "NOUN":  # "Russia's use of North Korean missiles": the possessor
            return [
                a
                for c in clause.children
                if c.dep_ == "poss" and c.pos_ != "PRON"
                for a in self.np_agents(c, "WeaponTransfer")[0]
            ]
        if clause.pos_ not in ("VERB", "AUX", "ADJ") or clause.lemma_.lower() in INTERDICTING:
            return []
        if noun.dep_ == "nsubjpass":  # "North Korean shells are used by Russian troops"
            return [
                a
                for c in clause.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
                for a in self.np_agents(p, "WeaponTransfer")[0]
            ] or self._attacker_of_event(clause)
        subj = self.subject_of(clause)
        return self.np_agents(subj, "WeaponTransfer")[0] if subj is not None else []

    def _destination_of(self, noun: Token) -> list[str]:
        """Whom weapons were on their way to: "missiles bound for the Houthis", "a shipment
        of weapons destined for Houthi forces" (on the noun, a conjunct of it or the shipment
        it is of)."""
        first = _first_conjunct(noun)
        holders = [first, *_conjuncts(first)]
        if first.dep_ == "pobj" and first.head.lower_ == "of":
            holders.append(first.head.head)
        return [
            a
            for h in holders
            for c in h.children
            if c.dep_ in ("amod", "acl") and c.lower_ in DESTINED
            for prep in ("for", "to")
            for p in _objects(c, prep)
            for a in self.np_agents(p, "WeaponTransfer")[0]
            if self.entity(a).cls in ACTOR
        ]

    def _attacker_of_event(self, verb: Token) -> list[str]:
        """'U.S.-supplied missiles were used in the strike': who made the attack the verb's
        in-phrase names, its owner ("in a Ukrainian strike") or, for "the strike", the
        attacker the article reported last, within three sentences."""
        events = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "for")
            for p in c.children
            if p.dep_ == "pobj" and "Attack" in self.noun_types.get(p.lower_, [])
        ]
        if not events:
            return []
        own = [
            a
            for c in events[0].children
            if c.dep_ in MODIFIER
            if (m := self.root_of.get(c.i) or self.at.get(c.i)) is not None
            and (a := self.as_actor(m))
        ]
        if own:
            return own
        prev = self.last_frame.get("Attack")
        if (
            prev is None
            or prev.trigger.i < self._window_start(verb.i, 3)
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in events[0].children)
        ):
            return []
        return list(prev.agents[:1])

    def _capture_participle(self, tok: Token, holder: str) -> list[Frame]:
        """'a Houthi-controlled area of Yemen', 'Russian-occupied Crimea'."""
        noun = tok.head
        first = next(
            (
                t
                for t in noun.subtree
                if (m := self.root_of.get(t.i)) is not None
                and self.cls(m) in PLACE
                and t.i > tok.i
                and m.entity_id != holder
            ),
            None,
        )
        if first is None:
            return []
        places = [  # "the rebel-held cities of Luhansk and Donetsk": each of them
            m.entity_id
            for t in (first, *_conjuncts(first))
            if (m := self.root_of.get(t.i)) is not None and self.cls(m) in PLACE
        ]
        # "the rest of occupied Ukraine", whatever the verb around it says: held (guidelines)
        f = Frame("TerritorialCapture", tok, agents=[holder], locations=places, confidence=0.7)
        f.presupposed = True
        return [f]

    # -- role assignment -----------------------------------------------------------------
    def assign(self, f: Frame, ments: list[tuple[Ment, str | None, Token]]) -> None:
        """Sort the clause's mentions into the frame's roles by verbs.json ``role_rules``: the
        event type's rules, then those of every type (``*``). The first rule that fits a
        mention (its class, the preposition introducing it, whether it modifies a noun, its
        dependency, the conditions of :data:`RULE_CONDITIONS` it names) decides the role it
        fills, if any, and how the mention gives its value (:data:`RULE_VALUES`)."""
        rules = self.role_rules.get(f.type, []) + self.role_rules["*"]
        for m, prep, tok in ments:
            if self._describes_named_place(tok):
                continue  # "the Indian Ocean coastal town of Addale": Addale is the place
            eff = tok
            if m.head is not None and tok.dep_ in MODIFIER | {"conj", "appos"}:
                eff = self.doc[m.head]  # "the Kharkiv, Sumy and Poltava regions"
                if eff.dep_ == "appos":
                    eff = eff.head
            if (
                tok.dep_ in MODIFIER
                and tok.head.lemma_.lower() in self.lex.words["territory_nouns"]
            ):
                eff = tok.head
            rule = next((r for r in rules if self._rule_fits(r, f, m, prep, tok, eff)), None)
            if rule is not None and "weapon_hit" in rule.get("if", []):
                # "struck Houthi radar sites, drone launchers and air defense systems": the
                # owner named at the head of a list owns all of it
                owner = [
                    self.as_actor(o) for o in self._modifier_ments(tok) or self._list_owner(tok)
                ]
                if owner and owner[0] and not _stored(tok):
                    f.hit[m.entity_id] = owner[0]
            if rule is None or rule["role"] is None:
                continue
            value = RULE_VALUES[rule.get("value", "entity")](self, m)
            if value is None or rule.get("not_agent") and value in f.agents:
                continue
            if rule["role"] == "weapon":
                if value not in f.weapons:
                    f.weapons.append(value)
                owner = [self.as_actor(o) for o in self._modifier_ments(tok)]
                if owner and owner[0]:
                    f.weapon_owner[value] = owner[0]
                continue
            getattr(f, ROLES[rule["role"]].frame).append(value)
            if rule["role"] == "location":
                f.location_preps.append(prep)
        if f.type == "TerritorialCapture" and any(p != "in" for p in f.location_preps):
            # "took the village of X in eastern Ukraine": X was taken, not all of eastern Ukraine
            f.locations = [
                x for x, p in zip(f.locations, f.location_preps, strict=True) if p != "in"
            ]

    def _describes_named_place(self, tok: Token) -> bool:
        """Whether a place modifies a place noun that names its own place ("the Indian Ocean
        coastal town of Addale", "the Black Sea port of Odesa")."""
        head = tok.head
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        return (
            tok.dep_ in MODIFIER
            and m is not None
            and self.cls(m) in ("Region", "AdministrativeRegion", "City")  # "the Ukrainian city
            # of X" still names whose city was hit
            and head.lemma_.lower() in self.lex.words["place_nouns"]
            and any(
                (pm := self.root_of.get(p.i)) is not None and self.cls(pm) in PLACE
                for p in _objects(head, "of")
            )
        )

    def _rule_fits(
        self, rule: dict, f: Frame, m: Ment, prep: str | None, tok: Token, eff: Token
    ) -> bool:
        cls = self.cls(m)
        position = "modifier" if eff.dep_ in MODIFIER else "head"
        return (
            any(cls in RULE_CLASSES[c] for c in rule["class"])
            and not any(cls in RULE_CLASSES[c] for c in rule.get("not_class", ()))
            and ("prep" not in rule or prep in rule["prep"])
            and rule.get("position", position) == position
            and ("dep" not in rule or eff.dep_ in rule["dep"])
            and all(RULE_CONDITIONS[c](self, f, m, tok, eff) for c in rule.get("if", ()))
        )

    def _owner_of_weapons(self, n: Token) -> list[str]:
        """'the delivery of German tanks to X', 'the deployment of Russian nuclear weapons in
        Y': the state owning the weapons of the of-phrase sends or deploys them. Not for
        'use': 'the use of American weapons inside Russia' is by whoever received them."""
        return [
            a
            for c in n.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for w in (p, *_conjuncts(p))
            if self.cls_at(w) == "Weapon"
            for m in self._modifier_ments(w)
            for a in [self.as_actor(m)]
            if a
        ]

    def _list_owner(self, tok: Token) -> list[Ment]:
        """The actor named at the head of a list a conjunct belongs to, among the modifiers of
        its first item: "Houthi weapons storage facilities, air defense systems and radars"."""
        first = _first_conjunct(tok)
        if first.i == tok.i:
            return []
        return [
            m
            for t in first.subtree
            if t.i < first.i and t.dep_ in MODIFIER
            if (m := self.root_of.get(t.i) or self.at.get(t.i)) is not None and self.cls(m) in ACTOR
        ]

    def _users_of(self, tok: Token) -> list[Ment]:
        """Actors a participle says fire or use a weapon noun: 'drones launched by Russia'
        (not 'made by' or 'supplied by': who made or sold them)."""
        return [
            m
            for c in tok.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() not in ORIGIN_VERBS
            and "WeaponTransfer" not in self.verb_types.get(c.lemma_.lower(), [])
            for by in c.children
            if by.dep_ == "agent"
            for p in by.children
            if p.dep_ == "pobj"
            # "by Russia", "by Russian forces": the name, or the state of the forces
            for t in (p, *(g for g in p.children if g.dep_ in MODIFIER or g.dep_ == "poss"))
            if (m := self.root_of.get(t.i) or self.at.get(t.i)) is not None
            and self.cls(m) in ACTOR
            and (t.i == p.i or p.lemma_.lower() in self.force_nouns)
        ]

    def _modifier_ments(self, tok: Token) -> list[Ment]:
        """Actors that own a weapon noun: 'Russian drones', "Iran's missiles", 'drones
        launched by Russia'."""
        out = []
        m = self.root_of.get(tok.i)
        inside = range(m.start, m.end) if m is not None else range(tok.i, tok.i + 1)
        # "Russian Su-35 jets": the parse may hang the owner on a word inside the weapon's name
        children = [c for t in self.doc[inside.start : inside.stop] for c in t.children]
        for c in (c for c in children if c.i not in inside):
            if c.dep_ in MODIFIER or c.dep_ == "poss":
                m = self.root_of.get(c.i) or self.at.get(c.i)
                if m is not None and self.cls(m) in ACTOR:
                    out.append(m)
        return out + self._users_of(tok)


# The frames that start at a mention rather than at a word: at the head of a mention of a
# class, or at the first word of a mention of a kind → (kind of frame, event type)
MENTION_TRIGGERS = {
    "Weapon": ("presence", "Deployment"),
    "Treaty": ("treaty", "TreatyParticipation"),
    "demonym": ("foreign", "WeaponTransfer"),  # "fired North Korean missiles"
}


def _verb_frames(r: FrameReader, v: Token, etype: str) -> list[Frame]:
    f = r.verb_frame(v, etype)
    return [f] if f else []


def _noun_frames(r: FrameReader, n: Token, etype: str) -> list[Frame]:
    """Read at the noun an event noun modifies when that names the event: 'a strike
    operation against X', 'a bombing campaign by Y'."""
    if n.dep_ == "compound" and n.head.lemma_.lower() in r.lex.words["event_heads"]:
        n = n.head
    f = r.noun_frame(n, etype)
    if (
        f is not None
        and etype == "Attack"
        and f.agents
        and not f.targets
        and any(_objects(n, p) for p in ("on", "against"))
    ):
        f.targets = r.only_place_of(n, f.agents)  # "… after a Russian strike on a school"
    return [f] if f else []


# Each kind of trigger (``triggers.trigger_patterns``, :data:`MENTION_TRIGGERS`) and its reader;
# the frames that start at one token are read in this order.
READERS: dict[str, Callable[[FrameReader, Token, str], list[Frame]]] = {
    "verb": _verb_frames,
    "noun": _noun_frames,
    "participle": lambda r, tok, etype: r.participle_frames(tok),
    "foreign": lambda r, tok, etype: r.foreign_weapon_frames(tok),
    "presence": lambda r, tok, etype: r.presence_frames(tok),
    "war": lambda r, tok, etype: r.war_frames(tok),
    "mutual": lambda r, tok, etype: r.mutual_frames(tok),
    "patient": FrameReader.patient_subject_frames,
    # a capitalised member noun not inside a name: "our NATO Allies"
    "member": lambda r, tok, etype: (
        r.membership_frames(tok) if tok.pos_ == "NOUN" or tok.i not in r.at else []
    ),
    "treaty": lambda r, tok, etype: (
        r.treaty_between_frames(tok) + r.obligation_frames(tok) + r.standing_frames(tok)
    ),
    "package": lambda r, tok, etype: r.package_frames(tok),
    "agreement": lambda r, tok, etype: r.agreement_between_frames(tok),
}
RANK = {kind: i for i, kind in enumerate(READERS)}


def _stored(weapon: Token) -> bool:
    """'missile storage facilities', 'drones in a warehouse': weapons kept, not fielded."""
    return any(
        t.lemma_.lower() in ("storage", "depot", "warehouse", "stockpile", "factory", "plant")
        for t in (*weapon.subtree, weapon.head)
    )


def _objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep`` with their conjuncts."""
    return [
        q
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
        for q in (p, *_conjuncts(p))
    ]


def _one_of(n: Token) -> Token | None:
    """'one' in 'one of the parties to X', 'one of four countries that …', for ``n``."""
    of = n.head
    if n.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one":
        return of.head
    return None


def _noun_lemma(tok: Token) -> str:
    """The lemma of a noun, also when capitalised and tagged a proper noun ('Allies',
    'Member States'), where the model gives the word itself."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    word = tok.lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _under_clause(tok: Token, top: Token) -> bool:
    """Whether a verb complement ('to sink …') lies between ``tok`` and ``top``, one of its
    heads."""
    between = False
    for a in tok.ancestors:
        if a.i == top.i:
            return between
        between = between or a.dep_ == "xcomp" and a.pos_ in ("VERB", "AUX")
    return False


def _compound_head(tok: Token) -> Token:
    """The noun a chain of compounds modifies: 'missiles' for 'Ukraine' in 'gave Ukraine Storm
    Shadow missiles', where the parser reads the recipient as part of the name."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


# verbs whose object does what their infinitive says: "urged Israel to strike", "asked
# North Korea to send", "relied on Iraqi forces to retake"
OBJECT_CONTROL = {
    "urge",
    "ask",
    "tell",
    "order",
    "force",
    "help",
    "allow",
    "permit",
    "enable",
    "encourage",
    "press",
    "pressure",
    "persuade",
    "convince",
    "compel",
    "call",
    "rely",
    "count",
    "want",
    "expect",
    "invite",
    "authorize",
    "authorise",
    "instruct",
    "direct",
}
# answering an attack in kind: with no object, the last attacker is hit ("retaliate" with no
# object was measured and not kept: check +1 FP)
RETURN_FIRE = {"counterattack"}
# what a state does with a treaty, as nouns whose "of" names the state: "the accession of X"
TREATY_ACTS = {"accession", "ratification", "withdrawal", "suspension", "participation"}
# people who report, whom the parser may hang on the object before them as an apposition
SOURCE_NOUNS = {"source", "official", "witness", "resident", "analyst", "observer"}
# verbs that make one's own decision or plan known: "announced its decision to …"
DECLARING_VERBS = {"announce", "make", "take", "reach", "confirm", "declare", "unveil"}
AIMED_AT = {"at", "on", "against", "toward", "towards"}


def _weapon_hit(r: FrameReader, f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is the object of the event's verb of hitting (not of launching,
    firing, dropping or using, whose object is what is sent), or what a verb or its object
    is aimed at ('fired a missile at a destroyer', 'launched drones against warships')."""
    verb = f.trigger
    if f.nominal:
        return False
    tok = _first_conjunct(tok)  # "struck radar sites, drone launchers and air defense systems"
    listed = _listed_in(tok)
    if listed is not None:  # "struck eight sites, including / which included radars"
        return _weapon_hit(r, f, listed)
    if tok.dep_ == "pobj":
        prep = tok.head
        return prep.lower_ in AIMED_AT and (
            prep.head.i == verb.i or prep.head.head.i == verb.i and prep.head.dep_ == "dobj"
        )
    return (
        tok.head.i == verb.i
        and tok.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() not in r.lex.words["launch_verbs"]
        and verb.lemma_.lower() not in r.spec["Attack"].get("weapon_required", [])
        and verb.lemma_.lower() not in ("use", "employ", "deploy")
    )


def _no_longer(v: Token) -> bool:
    """'no longer' on a verb: 'would no longer abide by the treaty'."""
    return any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in v.children
    )


def _listing_clause(tok: Token) -> bool:
    """A relative clause that lists what its noun is made of: 'eight sites, which included
    radars and launchers'."""
    return (
        tok.dep_ == "relcl"
        and tok.lemma_ in MEMBER_VERBS
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children)
    )


def _listed_in(tok: Token) -> Token | None:
    """The noun whose list ``tok`` is part of: 'sites, including radars', 'sites, which
    included radars'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    if tok.dep_ == "dobj" and _listing_clause(tok.head):
        return tok.head.head
    return None


def _takes_part(verb: Token) -> bool:
    """'took part in': the verb with the noun that makes it one of taking part."""
    return verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def _reason_phrase(n: Token) -> bool:
    """The noun gives a reason: 'sanctions over its invasion', 'condemned X for its attacks',
    'in response to the shelling', 'because of their raids'."""
    return n.dep_ == "pobj" and (
        n.head.lower_ in ("over", "for")
        or n.head.lower_ == "to"
        and n.head.head.lower_ in ("response", "reaction", "retaliation")
        or n.head.lower_ == "of"
        and n.head.head.lower_ == "because"
    )


def _first_conjunct(tok: Token) -> Token:
    while (tok.dep_ == "conj" or _listed_apposition(tok)) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of ``tok``, with a list of three names parsed as a name, an apposition
    and its conjunct (:func:`_listed_apposition`)."""
    out = []
    for c in tok.children:
        if c.dep_ == "conj" or _listed_apposition(c):
            out.append(c)
            out.extend(_conjuncts(c))
    return out


def _listed_apposition(tok: Token) -> bool:
    """'Mali, Burkina Faso and Niger': 'Faso' hangs on 'Mali' as an apposition and 'Niger'
    on 'Faso' as its conjunct; the apposition is the second name of a list."""
    return (
        tok.dep_ == "appos"
        and tok.head.pos_ == tok.pos_ == "PROPN"
        and any(g.dep_ == "cc" for g in tok.children)
        and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in tok.children)
    )


# The classes a rule's "class" names: an ontology class and its subclasses (a Country is an
# Actor and a Region).
RULE_CLASSES = {
    "Actor": ACTOR,
    "Region": PLACE,
    **{c: {c} for c in ("Country", "Person", "Organization", "AdministrativeRegion", "City")},
    "Weapon": {"Weapon"},
    "Treaty": {"Treaty"},
}

# The conditions a rule's "if" names: (reader, frame, mention, token, effective token) → bool.
RULE_CONDITIONS: dict[str, Callable[[FrameReader, Frame, Ment, Token, Token], bool]] = {
    # "sent Ukraine howitzers", "gave the Houthis drones": an indirect object parsed as a
    # modifier of the direct object (a name, not a demonym: "sent the Ukrainian tanks")
    "indirect_object": lambda r, f, m, tok, eff: (
        f.trigger.i < m.start
        and all(t.dep_ == "det" for t in r.doc[f.trigger.i + 1 : m.start])
        and (m.start == f.trigger.i + 1 or m.kind != "demonym")
        and (tok.head.dep_ == "dobj" or _compound_head(tok).dep_ == "dobj")
    ),
    # "used drones to sink a warship": the warship is the purpose clause's, not deployed
    "in_purpose_clause": lambda r, f, m, tok, eff: _under_clause(tok, f.trigger),
    # a capital city standing for its state ("sent tanks to Kyiv")
    "capital": lambda r, f, m, tok, eff: m.entity_id in r.lex.capitals,
    # the trigger is an event noun ("the Kharkiv attack")
    "nominal": lambda r, f, m, tok, eff: f.nominal,
    "head_is_trigger": lambda r, f, m, tok, eff: eff.head.i == f.trigger.i,
    # "strikes across Ukraine", "hit targets throughout Iran": places the event spread over;
    # not "a bridge across the river"
    "spread_over": lambda r, f, m, tok, eff: (
        (on := eff.head.head).i == f.trigger.i
        or on.pos_ in ("VERB", "AUX")
        or on.lower_ in r.lex.words["target_heads"]
        or on.lower_ in r.noun_types
    ),
    # "drove the militants out of X", "expelled Y from X": the place they leave
    "expelling": lambda r, f, m, tok, eff: (
        f.trigger.lemma_.lower() in r.spec["TerritorialCapture"]["expelling_verbs"]
    ),
    # "struck Hezbollah rocket launchers", "hit Russian warplanes at an airbase": a weapon
    # that a verb of hitting takes as its object was hit, not used (not "fired missiles")
    "weapon_hit": lambda r, f, m, tok, eff: (
        _weapon_hit(r, f, eff) and r.lex.attr(m.entity_id, "category") not in ("mine", "munition")
    ),  # "the vehicle hit a roadside bomb": the bomb is what struck
    # "struck drone launchers", "hit a weapons depot": a weapon naming what was hit is not
    # what hit it
    "modifies_hit": lambda r, f, m, tok, eff: _weapon_hit(r, f, eff.head),
    # "struck Hezbollah-controlled villages", "shelled rebel-held areas of X": who holds
    # the places hit is attacked too
    "holds_target": lambda r, f, m, tok, eff: (
        eff.head.lower_ in r.lex.words["capture_participles"]
        and eff.head.dep_ == "amod"
        and eff.head.head.dep_ in ("dobj", "pobj", "nsubjpass", "conj")
        and r.cls(m) != "Country"
    ),
    # "Ukraine was given 31 Abrams tanks by Washington", "Taiwan will be sold F-16s": the
    # passive subject of a verb that keeps its object is whom the weapons go to
    "retained_object": lambda r, f, m, tok, eff: (
        eff.head.i == f.trigger.i
        and any(
            r.cls_at(t) == "Weapon"
            for c in eff.head.children
            if c.dep_ in ("dobj", "dative")
            for t in c.subtree
        )
    ),
    # its owner was hit ("Hezbollah" of "Hezbollah rocket launchers")
    "owns_weapon_hit": lambda r, f, m, tok, eff: (
        r.cls_at(eff.head) == "Weapon" and _weapon_hit(r, f, eff.head)
    ),
    # "launched an invasion of X": the event noun a verb's frame reads as its object
    "of_event_noun": lambda r, f, m, tok, eff: (
        (first := _first_conjunct(eff)).head.lower_ == "of"
        and f.type in r.noun_types.get(first.head.head.lower_, [])
    ),
    "not_demonym": lambda r, f, m, tok, eff: m.kind != "demonym",
    # "struck Hezbollah sites": the modified noun is a target head (verbs.json target_heads)
    # in an object position, not the trigger itself
    "target_head": lambda r, f, m, tok, eff: (
        eff.head.lower_ in r.lex.words["target_heads"]
        and eff.head.dep_ in ("dobj", "pobj", "conj", "nsubjpass")
        and not r._irregulars_of(m, eff.head)  # "Palestinian militants": not the state's
        and eff.head.i != f.trigger.i
    ),
    # "hit Ukraine's ports", "stormed the Kandahar police headquarters", "killed Hamas
    # commanders": a named owner of the object hit is hit, unless the object is a relation
    # ("its allies"), a purpose or a time (verbs.json not_target_heads), a place noun (its
    # own rules), an event or a mention itself
    "owned_object": lambda r, f, m, tok, eff: (
        m.kind != "demonym"
        and eff.head.pos_ == "NOUN"
        and eff.head.lemma_.lower() not in r.lex.words["not_target_heads"]
        and eff.head.lemma_.lower() not in r.lex.words["place_nouns"]
        and eff.head.lower_ not in r.noun_types
        and r.cls_at(eff.head) is None
        and (
            eff.head.dep_ == "dobj"
            and eff.head.head.i == f.trigger.i
            or eff.head.dep_ == "pobj"
            and eff.head.head.head.i == f.trigger.i
        )
    ),
    # "attacks on the town of X" (verbs.json place_nouns); "the towns of X and Y": Y as X
    # "struck facilities of the Quds Force": the owner of a target head in an object position
    "of_target_head": lambda r, f, m, tok, eff: (
        (first := _first_conjunct(eff)).head.lower_ == "of"
        and (owned := first.head.head).lower_ in r.lex.words["target_heads"]
        and owned.dep_ in ("dobj", "pobj", "conj", "nsubjpass")
        and owned.i != f.trigger.i
    ),
    "of_place_noun": lambda r, f, m, tok, eff: (
        (first := _first_conjunct(eff)).head.dep_ == "prep"
        and first.head.head.lemma_.lower() in r.lex.words["place_nouns"]
    ),
    # "struck the village of X": the modified noun is a place noun in an object position
    "place_noun_head": lambda r, f, m, tok, eff: (
        eff.head.lemma_.lower() in r.lex.words["place_nouns"]
        and eff.head.dep_ in ("dobj", "pobj", "conj")
        and eff.head.i != f.trigger.i
    ),
    # "a house near Pakistan", "districts near X": near a country, or near a place that is
    # itself near something, is not the place hit
    # "185 miles southwest of X", "30 kilometers from X", "within 25 km of X": a place a
    # distance is measured from is where nothing happened
    "distance_from": lambda r, f, m, tok, eff: (
        eff.head.dep_ == "prep"
        and (
            eff.head.head.lemma_.lower() in DISTANCE_UNITS
            or any(
                c.lemma_.lower() in DISTANCE_UNITS
                for c in [*eff.head.children, *eff.head.head.children]
            )
        )
    ),
    # "struck an ammunition dump", "attacked a tank battalion": a weapon word that describes
    # something else (not an event: "a missile strike") is no weapon of the event
    "describes_other": lambda r, f, m, tok, eff: (
        eff.dep_ in MODIFIER
        and eff.head.pos_ in ("NOUN", "PROPN")
        and r.cls_at(eff.head) is None
        and eff.head.lower_ not in r.noun_types
        and eff.head.lemma_.lower() not in r.lex.words["weapon_heads"]
    ),
    "near_nothing_hit": lambda r, f, m, tok, eff: (
        r.cls(m) == "Country"
        or r.at.get(eff.head.head.i) is not None
        or eff.head.head.lemma_.lower() in r.lex.words["place_nouns"]
    ),
    # "sent warships to the Taiwan Strait": a place under a "to" the parse put elsewhere
    "object_of_to": lambda r, f, m, tok, eff: eff.dep_ == "pobj" and eff.head.lower_ == "to",
    "not_capital": lambda r, f, m, tok, eff: m.entity_id not in r.lex.capitals,
    # "the United Nations convention on …": the organisation names the treaty's sponsor
    "modifies_treaty": lambda r, f, m, tok, eff: (
        (h := r.at.get(tok.head.i)) is not None and r.cls(h) == "Treaty"
    ),
    # "use of a missile monitoring station", "drone factories": the weapon names what the
    # facility serves, the facility is what is used or placed (verbs.json facility_nouns)
    "modifies_facility": lambda r, f, m, tok, eff: (
        _compound_head(eff).lemma_.lower() in r.lex.words["facility_nouns"]
    ),
    # "sent Ukraine and tanks …" misparsed: a weapon coordinated with an actor
    "coordinated_with_actor": lambda r, f, m, tok, eff: r.cls_at(eff.head) in ACTOR,
}

# The values a rule's "value" names: what a mention puts in the role.
RULE_VALUES: dict[str, Callable[[FrameReader, Ment], str | None]] = {
    "entity": lambda r, m: m.entity_id,
    # the actor it stands for: a minister's state, a capital's state
    "actor": lambda r, m: r.as_actor(m),
    # the actor for a person or organisation, the place (or country) itself otherwise
    "actor_or_place": lambda r, m: (
        r.as_actor(m) if r.cls(m) in ("Person", "Organization") else m.entity_id
    ),
    # the treaty of the alliance it names ("NATO" → the North Atlantic Treaty)
    "alliance_treaty": lambda r, m: r.lex.attr(m.entity_id, "treaty"),
}
