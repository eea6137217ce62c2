"""Relation rules: event frames read from the dependency parse of each sentence.

A frame starts at a trigger (a verb or event noun of the verb lexicon), takes its agent
from the subject (passive ``by``-phrase, inherited subject of xcomp/conj, pronoun, demonym
modifier, or the event noun's earlier agent) and its other roles from the mentions in its
clause, by class and by the preposition that introduces them. Coordination gives one
frame per agent and one statement per target.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..events import ROLES
from .lexicon import Lexicon, norm
from .link import Ment
from .nlp import Sentences

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
MODIFIER = {"compound", "amod", "poss", "nmod", "npadvmod", "nummod"}
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
    negated: bool = False
    lexical_negation: bool = False
    confidence: float = 0.85
    nominal: bool = False
    presupposed: bool = False  # "the fighting between X and Y": happening, whatever governs it


class FrameReader:
    """Reads frames from one article's sentences; keeps the article context between them."""

    def __init__(self, lex: Lexicon, doc: Doc, ments: list[Ment], entities: dict) -> None:
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
        self.member_nouns = set(w["member_nouns"])
        self.package_nouns = set(w["package_nouns"])
        self.package_verbs = set(w["package_verbs"])
        self.supplier_verbs = set(w["supplier_verbs"])
        self.decision_nouns = set(w["decision_nouns"])
        self.back_references: dict[str, list[str]] = w["back_references"]
        self.patient_frames: dict[str, list[dict]] = {}
        for pf in w["patient_frames"]:
            self.patient_frames.setdefault(pf["verb"], []).append(pf)
        self.last_agents: dict[str, list[str]] = {}
        self.last_frame: dict[str, Frame] = {}
        self.metonyms: set[int] = set()  # starts of city mentions read as their state
        self._kinds: dict[str, tuple[list[int], list[Ment]]] = {}  # antecedents by kind

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
            state = self.lex.state_for(e.id)
            if state:
                self.metonyms.add(m.start)
            return state
        return None

    def refer_back(self, tok: Token) -> Ment | None:
        """'the town', 'the region', 'the country': the place of that kind the article named
        last, within a few sentences (verbs.json ``back_references``)."""
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
        if "places" not in self._kinds:  # mentions of places, by start (bisection)
            fits = [m for m in self.ments if self.cls(m) in PLACE | {"Country"}]
            self._kinds["places"] = ([m.start for m in fits], fits)
        starts, places = self._kinds["places"]
        for m in reversed(places[bisect_left(starts, limit) : bisect_left(starts, tok.i)]):
            if m.kind in ("demonym", "metonym") or m.start in self.metonyms:
                continue
            if self.cls(m) in classes:
                return Ment(tok.i, tok.i + 1, m.entity_id, kind="anaphor", confidence=0.6)
        return None

    # -- agents --------------------------------------------------------------------------
    def np_agents(self, head: Token, etype: str) -> tuple[list[str], float]:
        """Actors named by a noun phrase in subject position (with its conjuncts)."""
        out: list[str] = []
        conf = 0.9
        for tok in [head, *_conjuncts(head)]:
            if tok.lemma_.lower() in self.force_nouns:  # "the militaries of X and Y"
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
            got, c = self._np_agent(tok, etype)
            if got:
                out.append(got)
                conf = min(conf, c)
        return list(dict.fromkeys(out)), conf

    def _np_agent(self, tok: Token, etype: str) -> tuple[str | None, float]:
        m = self.root_of.get(tok.i) or self.at.get(tok.i)
        if m is not None:
            actor = self.as_actor(m)
            if actor:
                return actor, 0.9 * m.confidence
        if tok.lower_ in self.lex.words["pronouns"] and tok.pos_ == "PRON":
            ref = self.antecedent(tok)
            return (ref, 0.7) if ref else (None, 0.0)
        for c in tok.children:  # "Russian forces", "Ukraine's drones", "the group Hamas"
            if c.dep_ in MODIFIER or c.dep_ in ("poss", "appos"):
                cm = self.root_of.get(c.i) or self.at.get(c.i)
                if cm is not None:
                    actor = self.as_actor(cm)
                    if actor:
                        return actor, 0.8
                if c.lower_ in ("its", "their", "his", "her") and c.dep_ == "poss":
                    ref = self.antecedent(c)
                    if ref and self.entity(ref).cls == "Person":
                        # "his forces": the forces of the leader's country
                        ref = self.entity(ref).country or ref
                    if ref:
                        return ref, 0.7
        led = self._leader(tok)
        if led:
            return led, 0.75
        if tok.lower_ in self.lex.words["event_nouns"] and self.last_agents.get(etype):
            return self.last_agents[etype][0], 0.65
        return None, 0.0

    def _leader(self, tok: Token) -> str | None:
        """'the Saudi-led coalition', 'U.S.-led coalition aircraft': the state leading it."""
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
            if cur.head is cur:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subj = self.subject_of(cur)
                return self.np_agents(subj, etype)[0] if subj is not None else []
        return []

    def antecedent(self, pron: Token) -> str | None:
        want = self.lex.words["pronouns"].get(pron.lower_, "actor")
        m = self._last_mention(want, pron.i)
        if m is None:
            return None
        return m.entity_id if want == "weapon" else self.as_actor(m)

    def _last_mention(self, want: str, before: int) -> Ment | None:
        """The last mention before token ``before`` that a pronoun of kind ``want`` can refer
        to, found by bisection in the article's mentions of that kind (linear time overall)."""
        if want not in self._kinds:
            fits = [m for m in self.ments if self._fits(m, want)]
            self._kinds[want] = ([m.start for m in fits], fits)
        starts, fits = self._kinds[want]
        i = bisect_left(starts, before)
        return fits[i - 1] if i else None

    def _fits(self, m: Ment, want: str) -> bool:
        cls = self.cls(m)
        if want == "person":
            return cls == "Person"
        if want == "weapon":
            return cls == "Weapon"
        if want == "actor":
            return cls in ("Country", "Organization") and m.kind != "demonym"
        return True

    def subject_of(self, verb: Token) -> Token | None:
        cur = verb
        for _ in range(5):
            for c in cur.children:
                if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl":
                    return c
            if cur.dep_ in ("xcomp", "acomp", "conj", "advcl", "ccomp") and cur.head is not cur:
                if cur.dep_ == "ccomp" and cur.head.lemma_ in self.lex.words["speech"]:
                    return None
                cur = cur.head
                continue
            if cur.dep_ == "acl" and cur.head.lemma_.lower() in PERMISSION_NOUNS:
                for c in cur.head.head.children:  # "gave Ukraine permission to use …"
                    if c.dep_ == "dative":
                        return c
            if cur.dep_ == "relcl":
                return None
            if cur.dep_ == "acl" and cur.tag_ == "VBG":
                # "soldiers using drones": the noun acts; "shot down drones using Patriot
                # systems": a weapon does not, the clause's subject does
                m = self.root_of.get(cur.head.i) or self.at.get(cur.head.i)
                if m is not None and self.cls(m) == "Weapon":
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
            break
        return None

    # -- mentions in a clause ------------------------------------------------------------
    def clause_mentions(self, root: Token, skip: set[int]) -> list[tuple[Ment, str | None, Token]]:
        """(mention, introducing preposition, effective token) for mentions in root's clause."""
        out: list[tuple[Ment, str | None, Token]] = []
        seen: set[int] = set()
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
                continue
            if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
                continue
            if tok.dep_ == "prep":
                if tok.lower_ in ("according", "like", "unlike") or (
                    tok.lower_ == "as" and not any(c.lower_ == "such" for c in tok.children)
                ):
                    continue
                if prep not in ("from", "against"):
                    # "fired from a site in X": X is where it came from; "against a base in
                    # X": X is what was attacked
                    prep = tok.lower_
            if tok.dep_ == "agent":
                prep = "by"
            m = self.root_of.get(tok.i) or self.at.get(tok.i) or self.refer_back(tok)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append((m, prep, tok))
            if (
                tok.pos_ == "NOUN"
                and tok.lower_ in self.noun_types
                and tok is not root
                and prep not in (None, "of")
                and m is None
            ):
                continue  # "in response to attacks on X": that event has its own frame
            for c in tok.children:
                stack.append((c, prep))
        return out

    # -- frames --------------------------------------------------------------------------
    def frames(self, sent) -> Iterator[Frame]:
        """Frames in token order, lazily: each is read after the previous one was recorded,
        so a later event noun can continue it."""
        for tok in sent:
            yield from self._frames_at(tok)

    def _frames_at(self, tok: Token) -> list[Frame]:
        out: list[Frame] = []
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in self.verb_types:
            for etype in self.verb_types[lemma]:
                f = self.verb_frame(tok, etype)
                if f:
                    out.append(f)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.noun_types:
            for etype in self.noun_types[tok.lower_]:
                f = self.noun_frame(tok, etype)
                if f:
                    out.append(f)
        out.extend(self.participle_frames(tok))
        if tok.pos_ == "NOUN" and tok.lower_ in self.lex.words["war_nouns"]:
            out.extend(self.war_frames(tok))
        if tok.pos_ in ("VERB", "AUX") and lemma in self.patient_frames:
            out.extend(self.patient_subject_frames(tok))
        if tok.pos_ == "NOUN" and lemma in self.member_nouns:
            out.extend(self.membership_frames(tok))
        if tok.pos_ == "VERB" and lemma in self.package_verbs:
            out.extend(self.package_frames(tok))
        return out

    def membership_frames(self, n: Token) -> list[Frame]:
        """'Hungary, a NATO member', 'NATO member Turkey', 'Hungary is a NATO country': the
        actor belongs to the alliance the modifier names (its founding treaty)."""
        treaties = []
        for c in n.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                m = self.root_of.get(c.i) or self.at.get(c.i)
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
            holders += [subj] if subj is not None else []
        elif n.dep_ in ("appos", "compound"):
            holders.append(n.head)
        holders += [c for c in n.children if c.dep_ == "appos"]
        agents = [a for h in holders for a in self.np_agents(h, "TreatyParticipation")[0]]
        agents = [
            a for a in dict.fromkeys(agents) if self.entity(a).cls in ("Country", "Organization")
        ]
        if not agents:
            return []
        return [Frame("TreatyParticipation", n, agents=agents, treaties=treaties, confidence=0.7)]

    def patient_subject_frames(self, v: Token) -> list[Frame]:
        """The subject undergoes the event and a phrase names the agent: 'X fell to Russian
        forces', 'X came under the control of Y', 'X came under fire from Y' (patterns in
        verbs.json ``patient_frames``)."""
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        place = self._place_of(subj)
        if place is None:
            return []
        out = []
        for spec in self.patient_frames[v.lemma_.lower()]:
            prep = next(
                (c for c in v.children if c.dep_ == "prep" and c.lower_ == spec["prep"]), None
            )
            if prep is None:
                continue
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            if not objs:
                continue
            if "nouns" in spec:  # 'came under fire from X': the agent follows the noun
                if objs[0].lemma_.lower() not in spec["nouns"]:
                    continue
                holders = [
                    p
                    for c in [*objs[0].children, *v.children]
                    if c.dep_ == "prep" and c.lower_ in spec["agent_preps"]
                    for p in c.children
                    if p.dep_ == "pobj"
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
        """'fighting between Israel and Hamas': each side attacks the other; 'Russia's war
        against Ukraine', 'its aggression on Georgia': the possessor attacks the object."""
        if not any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
            f = self.noun_frame(n, "Attack")
            return [f] if f is not None and f.agents and f.targets else []
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                sides: list[str] = []
                for p in c.children:
                    if p.dep_ == "pobj":
                        sides += self.np_agents(p, "Attack")[0]
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
        return []

    def verb_frame(self, v: Token, etype: str) -> Frame | None:
        spec = self.spec[etype]
        lemma = v.lemma_.lower()
        need_prt = spec.get("particle_required", {}).get(lemma)
        if need_prt and not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == need_prt for c in v.children
        ):
            return None
        if (
            lemma == "take"  # "took control of X", "took X"; not "took place", "took office"
            and not any(c.lower_ == "control" for c in v.subtree)
            and not any(
                c.dep_ == "dobj" and (self.root_of.get(c.i) or self.at.get(c.i)) for c in v.children
            )
        ):
            return None
        f = Frame(etype, v)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
            v.dep_ == "acl" and v.tag_ == "VBN"
        )  # "bombs used against Ukraine"
        subj = None if passive else self.subject_of(v)
        skip: set[int] = set()
        if subj is not None and subj.lower_ in ("that", "which") and v.dep_ == "relcl":
            subj = self._relative_antecedent(v)
        if subj is not None:
            skip.add(subj.i)
            f.agents, f.confidence = self.np_agents(subj, etype)
            if subj.dep_ != "nsubj" or subj.head is not v:
                f.confidence = min(f.confidence, 0.8)
            for like in [
                c for t in (subj, v) for c in t.children if c.dep_ == "prep" and c.lower_ == "like"
            ]:
                for p in like.children:
                    if p.dep_ == "pobj":
                        more, _ = self.np_agents(p, etype)
                        f.agents += [a for a in more if a not in f.agents]
            if f.agents:
                self._weapon_subject(subj, f)
            if subj.lower_ in self.lex.words["event_nouns"] and etype in self.last_frame:
                prev = self.last_frame[etype]
                f.weapons += [w for w in prev.weapons if w not in f.weapons]
        ments = self.clause_mentions(v, skip)
        if passive:
            by = [m for m, p, _ in ments if p == "by"]
            for m in by:
                a = self.as_actor(m)
                if a:
                    f.agents.append(a)
            patient = [c for c in v.children if c.dep_ == "nsubjpass"]
            if v.dep_ in ("relcl", "acl"):
                patient.append(v.head)
            for p in patient:
                pm = self.root_of.get(p.i) or self.at.get(p.i)
                if pm:
                    ments.append((pm, None, p))
                    if not f.agents and self.cls(pm) == "Weapon":
                        # "Russian bombs were used against Ukraine": the weapon's owner acts
                        owner = [self.as_actor(o) for o in self._modifier_ments(p)]
                        f.agents += [o for o in owner if o]
                if pm is None and etype in self.noun_types.get(p.lower_, []):
                    ments += self.clause_mentions(p, set())  # "the sale to X of A was approved"
                    continue
                for c in p.subtree:
                    cm = self.root_of.get(c.i)
                    if cm and cm is not pm:
                        ments.append((cm, "of", c))
        elif v.dep_ == "relcl":  # "the mines that the U.S. will provide"
            hm = self.root_of.get(v.head.i) or self.at.get(v.head.i)
            if hm:
                ments.append((hm, None, v.head))
            for c in v.head.subtree:
                cm = self.root_of.get(c.i)
                if cm and cm is not hm and c.i < v.i:
                    ments.append((cm, "of", c))
        if etype in spec.get("negative", []) or lemma in spec.get("negative", []):
            f.lexical_negation = True
        if lemma in spec.get("receiving_verbs", []):
            return self._receiving(f, ments)
        self.assign(f, ments)
        if lemma in spec.get("weapon_required", []) and not f.weapons:
            return None  # "dropped bombs on X" is an attack; "dropped leaflets on X" is not
        if not f.agents and not passive:
            f.agents = self._governing_agents(v, etype)
            f.confidence = min(f.confidence, 0.7)
        if not f.weapons and etype in ("Interception", "Deployment", "Attack"):
            for t in v.subtree:  # "shooting down 56 of them"
                if (
                    t.pos_ == "PRON"
                    and t.lower_ in ("them", "it")
                    and t.dep_ in ("pobj", "dobj")
                    and t.i > v.i
                ):
                    ref = self.antecedent_weapon(t)
                    if ref:
                        f.weapons.append(ref)
                    break
        return f

    def antecedent_weapon(self, pron: Token) -> str | None:
        m = self._last_mention("weapon", pron.i)
        return m.entity_id if m is not None else None

    def _receiving(self, f: Frame, ments: list[tuple[Ment, str | None, Token]]) -> Frame | None:
        """'Ukraine received Patriot systems from Germany': the subject receives, the
        from-phrase supplies. Without a named supplier there is no transfer to state."""
        suppliers = [
            a
            for m, p, _ in ments
            if p == "from" and self.cls(m) in ACTOR | {"City"}
            for a in [self.as_actor(m)]
            if a
        ]
        if not suppliers and f.agents:
            # "The Taiwanese will receive two frigates" after "the U.S. announced an arms
            # sale to Taiwan": the supplier of the last transfer to the same recipient
            prev = self.last_frame.get("WeaponTransfer")
            if prev is not None and set(f.agents) & set(prev.recipients) and self._near(prev, f):
                suppliers = list(prev.agents)
        if not suppliers or not f.agents:
            return None
        weapons = Frame(f.type, f.trigger)
        self.assign(weapons, [x for x in ments if x[1] != "from"])
        f.recipients, f.agents = list(f.agents), suppliers
        f.weapons, f.weapon_owner = weapons.weapons, weapons.weapon_owner
        return f

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

    def package_frames(self, v: Token) -> list[Frame]:
        """'The package includes A, B and C', 'The following items will be included: A; B':
        more weapons of the transfer read just before (its supplier and recipient)."""
        prev = self.last_frame.get("WeaponTransfer")
        if prev is None or not prev.agents or not prev.recipients:
            return []
        window = self._package_window(v)
        if window is None:
            return []
        f = Frame("WeaponTransfer", v, confidence=0.65)
        if not self._near(prev, f, sentences=window):
            return []
        # the items: the verb's objects and what follows a colon after it
        items = [t for t in self.doc[v.i + 1 : self.sents.of(v.i).end]]
        weapons = []
        for t in items:
            m = self.root_of.get(t.i)
            if m is not None and self.cls(m) == "Weapon" and m.entity_id not in weapons:
                weapons.append(m.entity_id)
        if not weapons:
            return []
        f.agents, f.recipients, f.weapons = list(prev.agents), list(prev.recipients), weapons
        if window == 0:  # "approved a sale that includes …": the approval qualifies it
            f.trigger = prev.trigger
        return [f]

    def _package_window(self, v: Token) -> int | None:
        """How many sentences back the transfer whose contents 'include' lists may be read,
        by what the verb's subject is: a package noun ('The package includes …': two); the
        package noun a relative clause hangs on ('a sale to Taiwan that includes …', 'in a
        package that is expected to include …': the same sentence); 'it' or 'this' ('… a
        new package for Ukraine. It includes …': the sentence before). None: no package."""
        cur = v
        while cur.dep_ == "xcomp" and cur.head is not cur:
            cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("that", "which") and cur.dep_ == "relcl":
            return 0 if cur.head.lemma_.lower() in self.package_nouns else None
        if subj.lower_ in ("it", "this") and subj.pos_ in ("PRON", "DET"):
            return 1
        return 2 if subj.lemma_.lower() in self.package_nouns else None

    def _supplier_of_nominal(self, n: Token) -> list[str]:
        """'The State Department approved a possible sale to X', 'Germany announced a new
        package for Ukraine': who announces, approves or makes a transfer supplies it."""
        cur = n
        for _ in range(5):
            if cur.head is cur or cur.dep_ in ("ccomp", "relcl", "advcl", "parataxis"):
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                if cur.lemma_.lower() not in self.supplier_verbs:
                    return []
                subj = self.subject_of(cur)
                if subj is not None:
                    return self.np_agents(subj, "WeaponTransfer")[0]
        return []

    def _relative_antecedent(self, v: Token) -> Token | None:
        """'a package that will send …': the noun, or the actor behind a non-actor noun
        ('The Pentagon announced a package that will send …' → the Pentagon)."""
        noun = v.head
        m = self.root_of.get(noun.i) or self.at.get(noun.i)
        if m is not None and self.cls(m) in ACTOR:
            return noun
        if noun.dep_ in ("dobj", "pobj", "attr"):
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            return self.subject_of(verb)
        return None

    def _governing_agents(self, tok: Token, etype: str) -> list[str]:
        """'Russia attacked …, with some of them targeting Kyiv': the enclosing event's agent."""
        cur = tok
        for _ in range(4):
            if cur.head is cur or cur.dep_ in ("ccomp", "parataxis", "relcl"):
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

    def _weapon_subject(self, subj: Token, f: Frame) -> None:
        m = self.root_of.get(subj.i)
        if m is not None and self.cls(m) == "Weapon" and f.type == "Attack":
            f.weapons.append(m.entity_id)

    def noun_frame(self, n: Token, etype: str) -> Frame | None:
        head = n.head
        if (
            n.dep_ in ("dobj", "pobj", "nsubjpass")
            and etype in self.verb_types.get(head.lemma_.lower(), [])
            or (
                head.dep_ == "prep"
                and head.lower_ in ("in", "of", "to", "from", "on")
                and etype in self.verb_types.get(head.head.lemma_.lower(), [])
            )
        ):
            return None  # "suspended its participation in": the verb's frame reads it
        f = Frame(etype, n, nominal=True, confidence=0.75)
        skip: set[int] = set()
        for c in n.children:
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
                elif c.lower_ in ("its", "their", "his", "her") and c.dep_ == "poss":
                    ref = self.antecedent(c)
                    refs = self._clause_subject_actors(n, etype) or ([ref] if ref else [])
                    if refs:
                        f.agents += refs
                        skip.add(c.i)
        if etype in ("TreatyParticipation",) and n.dep_ == "attr":
            subj = self.subject_of(n.head)
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                skip.add(subj.i)
            f.trigger = n
        light: tuple[Token, set[int]] | None = None
        verb = n.head
        if n.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ in ("dobj", "nsubj", "pobj"):
            verb = verb.head.head  # "carried out weeks of attacks", "a wave of strikes"
        if (
            not f.agents
            and n.dep_ in ("dobj", "pobj")
            and verb.lemma_ in self.lex.words["light_verbs"]
        ):
            subj = self.subject_of(verb)
            if subj is not None:
                f.agents, f.confidence = self.np_agents(subj, etype)
                f.confidence = min(f.confidence, 0.75)
                light = (verb, {subj.i, n.i} | {t.i for t in n.ancestors if t.i != verb.i})
        if not f.agents and etype == "WeaponTransfer" and n.dep_ in ("dobj", "pobj"):
            f.agents = self._supplier_of_nominal(n)
            f.confidence = min(f.confidence, 0.7)
        happen = n.dep_ == "nsubj" and n.head.lemma_ in self.lex.words["happen_verbs"]
        if not f.agents and n.dep_ in ("nsubj", "nsubjpass") and not happen:
            return None  # the verb's frame reads it
        ments = self.clause_mentions(n, skip)
        if happen:  # "The intercepts took place over the Kursk and Tula regions."
            ments += self.clause_mentions(n.head, {n.i})
        if light is not None:  # "carried out airstrikes on Houthi targets": the verb's phrases
            seen = {id(m) for m, _, _ in ments}
            ments += [x for x in self.clause_mentions(*light) if id(x[0]) not in seen]
        if etype in ("TreatyParticipation",) and n.lower_ in self.spec[etype].get(
            "negative_nouns", []
        ):
            f.lexical_negation = True
        self.assign(f, ments)
        if not f.agents and n.lower_ in self.lex.words["event_nouns"]:
            self.continue_previous(f)
        return f

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
        elif tok.lower_ in parts + capture and tok.i >= 2 and self.doc[tok.i - 1].text == "-":
            m = self.at.get(tok.i - 2)
            word = tok.lower_
            if m is not None:
                supplier = self.as_actor(m)
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
        clause = noun.head
        while clause.dep_ in ("prep", "pobj", "conj", "appos") and clause.head is not clause:
            clause = clause.head
        if noun.dep_ in ("nsubj", "nsubjpass") and clause.lemma_ in ARRIVAL_VERBS:
            # "U.S.-made tanks will soon arrive in Ukraine"
            for c in clause.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                    for p in c.children:
                        pm = self.root_of.get(p.i) or self.at.get(p.i)
                        if pm is not None and self.cls(pm) in ACTOR:
                            f.recipients.append(self.as_actor(pm) or pm.entity_id)
        elif clause.pos_ in ("VERB", "AUX", "ADJ"):
            subj = self.subject_of(clause)
            if subj is not None:
                rec, _ = self.np_agents(subj, "WeaponTransfer")
                f.recipients = [r for r in rec if r != supplier]
        f.recipients = [r for r in f.recipients if r != supplier]
        f.trigger = clause if clause.pos_ in ("VERB", "AUX") else tok
        return [f] if f.recipients else []

    def _capture_participle(self, tok: Token, holder: str) -> list[Frame]:
        """'a Houthi-controlled area of Yemen', 'Russian-occupied Crimea'."""
        noun = tok.head
        places = []
        for t in noun.subtree:
            m = self.root_of.get(t.i)
            if m is not None and self.cls(m) in PLACE and t.i > tok.i and m.entity_id != holder:
                places.append(m.entity_id)
        if not places:
            return []
        return [
            Frame("TerritorialCapture", tok, agents=[holder], locations=places[:1], confidence=0.7)
        ]

    # -- role assignment -----------------------------------------------------------------
    def assign(self, f: Frame, ments: list[tuple[Ment, str | None, Token]]) -> None:
        """Sort the clause's mentions into the frame's roles by verbs.json ``role_rules``: the
        event type's rules, then those of every type (``*``). The first rule that fits a
        mention (its class, the preposition introducing it, whether it modifies a noun, its
        dependency, the conditions of :data:`RULE_CONDITIONS` it names) decides the role it
        fills, if any, and how the mention gives its value (:data:`RULE_VALUES`)."""
        rules = self.role_rules.get(f.type, []) + self.role_rules["*"]
        for m, prep, tok in ments:
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

    def _modifier_ments(self, tok: Token) -> list[Ment]:
        """Actors that own a weapon noun: 'Russian drones', "Iran's missiles", 'drones
        launched by Russia'."""
        out = []
        for c in tok.children:
            if c.dep_ in MODIFIER or c.dep_ == "poss":
                m = self.root_of.get(c.i) or self.at.get(c.i)
                if m is not None and self.cls(m) in ACTOR:
                    out.append(m)
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                for by in c.children:
                    if by.dep_ == "agent":
                        for p in by.children:
                            m = self.root_of.get(p.i) or self.at.get(p.i)
                            if m is not None and self.cls(m) in ACTOR:
                                out.append(m)
        return out


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(_conjuncts(c))
    return out


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
    # "sent Ukraine howitzers": an indirect object parsed as a modifier of the direct object
    "indirect_object": lambda r, f, m, tok, eff: (
        tok.i == f.trigger.i + 1 and tok.head.dep_ == "dobj"
    ),
    # a capital city standing for its state ("sent tanks to Kyiv")
    "capital": lambda r, f, m, tok, eff: m.entity_id in r.lex.capitals,
    # the trigger is an event noun ("the Kharkiv attack")
    "nominal": lambda r, f, m, tok, eff: f.nominal,
    "head_is_trigger": lambda r, f, m, tok, eff: eff.head.i == f.trigger.i,
    "not_demonym": lambda r, f, m, tok, eff: m.kind != "demonym",
    # "struck Hezbollah sites": the modified noun is a target head (verbs.json target_heads)
    # in an object position, not the trigger itself
    "target_head": lambda r, f, m, tok, eff: (
        eff.head.lower_ in r.lex.words["target_heads"]
        and eff.head.dep_ in ("dobj", "pobj", "conj")
        and eff.head.i != f.trigger.i
    ),
    # "attacks on the town of X" (verbs.json place_nouns)
    "of_place_noun": lambda r, f, m, tok, eff: (
        eff.head.dep_ == "prep" and eff.head.head.lemma_.lower() in r.lex.words["place_nouns"]
    ),
    # "the United Nations convention on …": the organisation names the treaty's sponsor
    "modifies_treaty": lambda r, f, m, tok, eff: (
        (h := r.at.get(tok.head.i)) is not None and r.cls(h) == "Treaty"
    ),
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
