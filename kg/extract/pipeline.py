"""The extractor: a pure function of (article, lexicons, model) → Extraction."""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, replace
from itertools import product
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ExtractionFailed, KGError, check_stop
from ..events import EVENTS, ROLES
from ..records import Article, Evidence, Extraction, Mention, Statement
from .edges import affiliations, located_in
from .lexicon import LEXICON_DIR, Lexicon, extractor_version, load_lexicon
from .link import DocLinker
from .nlp import PIECE_CHARS, load_pipeline, parse
from .qualify import date_of, governing_chain, modality, negated
from .relations import ACTOR, Frame, FrameReader

_SHARED: dict[str, Extractor] = {}


@dataclass
class Extractor:
    nlp: Language
    lex: Lexicon
    model: str
    model_version: str = ""
    version: str = ""  # kg.extract.lexicon.extractor_version: rules, lexicons and model

    @classmethod
    def load(cls, model: str, lexicon_dir: str | None = None) -> Extractor:
        lex = load_lexicon(lexicon_dir or str(LEXICON_DIR))
        nlp = load_pipeline(model, lex)
        # The model and the gazetteers live as long as the process: out of the collector's
        # generations, full collections no longer walk them while an article is read (long
        # articles: 22 % less extraction time, measured on 2 x 960 paragraphs)
        gc.freeze()
        # read once: Language.meta recomputes every component's labels on each access
        version = extractor_version(model, lexicon_dir or str(LEXICON_DIR))
        return cls(nlp, lex, model, str(nlp.meta.get("version", "")), version)

    @classmethod
    def shared(cls, model: str) -> Extractor:
        """One extractor per model and process: loading spaCy and the gazetteers takes seconds."""
        if model not in _SHARED:
            _SHARED[model] = cls.load(model)
        return _SHARED[model]

    def extract(self, article: Article, *, stop: threading.Event | None = None) -> Extraction:
        """The article's extraction. A failure inside spaCy or the rules is an
        :class:`ExtractionFailed` naming the article, so a build goes on with the next one; a
        set ``stop`` ends the work between pieces and sentences (:class:`Interrupted`)."""
        try:
            return _ArticleRun(self, article, parse(self.nlp, article.text, stop), stop).run()
        except KGError:
            raise
        except Exception as e:
            raise _failed(article, e) from e

    def extract_batch(self, articles: list[Article]) -> list[Extraction | KGError]:
        """Each article's extraction, or the :class:`KGError` of that article alone. The texts
        that fit in one piece are parsed together by ``nlp.pipe``, which gives the Docs that
        ``extract`` parses one at a time for less (17 % less parse time on the VOA corpus);
        should spaCy fail on the batch, each article is read alone, so only its own fails."""
        limit = min(self.nlp.max_length, PIECE_CHARS)
        try:
            docs = iter(self.nlp.pipe([a.text for a in articles if len(a.text) <= limit]))
            parsed = [next(docs) if len(a.text) <= limit else None for a in articles]
        except Exception:
            parsed = [None] * len(articles)
        out: list[Extraction | KGError] = []
        for article, doc in zip(articles, parsed, strict=True):
            try:
                out.append(
                    self.extract(article) if doc is None else _ArticleRun(self, article, doc).run()
                )
            except KGError as e:
                out.append(e)
            except Exception as e:
                out.append(_failed(article, e))
        return out

    def extract_doc(self, article: Article, doc: Doc) -> Extraction:
        """The extraction of an article already parsed into ``doc``."""
        return _ArticleRun(self, article, doc).run()


WATER_WORDS = {"sea", "ocean", "gulf", "strait", "bay", "channel"}


# prepositions of a destination that need not be a named place ("into the waters", "to
# the region")
TOWARD = {"to", "into", "toward", "towards", "near", "off"}


RELATING_PARTICIPLES = {"involve", "link", "connect", "tie", "associate", "suspect", "blame"}


def _background(tok: Token) -> bool:
    """Whether an event is told in a participle that relates a noun to it ("insurgents
    involved in attacks in X", "militants linked to the bombings"): background, not the story
    the article goes on with, so later agentless events do not continue it (not "forces
    killed in attacks by Y", nor a relative clause: "al-Shabab, which attacked the base …")."""
    return any(
        t.dep_ == "acl" and t.lemma_.lower() in RELATING_PARTICIPLES
        for t in [tok, *list(tok.ancestors)[:2]]
    )


def _water(label: str) -> bool:
    """Whether a place is a body of water ("Sea of Japan", "Red Sea", "Gulf of Aden")."""
    words = label.lower().split()
    return bool(words) and (words[-1] in WATER_WORDS or words[0] in WATER_WORDS)


def _failed(article: Article, e: Exception) -> ExtractionFailed:
    return ExtractionFailed(
        f"article '{article.id}': extraction failed ({type(e).__name__}: {e})",
        detail="a bug in GeoKG: please report it with the article",
    )


class _ArticleRun:
    def __init__(
        self, ex: Extractor, article: Article, doc: Doc, stop: threading.Event | None = None
    ) -> None:
        self.ex = ex
        self.stop = stop
        self.lex = ex.lex
        self.article = article
        self.doc = doc
        self.linker = DocLinker(ex.lex)
        self.statements: list[Statement] = []
        self._index: dict[tuple, int] = {}  # Statement.key() → position in statements
        self._pending_attacks: list = []
        self._armed_attack: Frame | None = None  # the last attack read with agent and weapons
        w = ex.lex.words
        self.speech = set(w["speech"])
        self.planned = set(w["modality"]["planned"])
        self.hypothetical = set(w["modality"]["hypothetical"])
        self.planned_triggers = set(w["modality"]["planned_triggers"])
        self.generic = set(w["generic_weapons"])
        self.launch_verbs = set(w["launch_verbs"])
        self.moving_verbs = set(w["events"]["Deployment"]["moving_verbs"])
        self.destinations = set(w["place_nouns"]) | set(w["destination_nouns"])

    def entity(self, eid: str):
        return self.linker.entities.get(eid) or self.lex.entities[eid]

    def run(self) -> Extraction:
        ments = self.linker.link(self.doc)
        reader = FrameReader(
            self.lex, self.doc, ments, self.linker.entities, publisher=self.article.source
        )
        self.reader = reader
        for sent in reader.sents.spans:
            check_stop(self.stop)
            for f in reader.frames(sent):
                self._frame(f, sent)
        self._infer_attacks_from_interceptions()
        for sub, obj, role, sent, conf in affiliations(
            self.lex,
            self.doc,
            ments,
            self.entity,
            reader.at,
            reader.sents.of,
            reader.publisher_body,
        ):
            if sub != obj:
                self._add(
                    Statement(
                        "Affiliation",
                        sub,
                        self._evidence(sent),
                        target=obj,
                        role=role,
                        confidence=conf,
                    )
                )
        literal = [m for m in ments if m.start not in reader.metonyms]
        for sub, obj, sent, conf in located_in(
            self.lex, self.doc, literal, self.entity, reader.sents.of
        ):
            self._add(
                Statement("LocatedIn", sub, self._evidence(sent), target=obj, confidence=conf)
            )
        used: set[str] = set()
        for st in self.statements:
            used.update(
                x for x in (st.agent, st.recipient, st.target, st.treaty, st.attributed_to) if x
            )
            used.update(st.weapons)
            used.update(st.locations)
        mentioned = {
            m.entity_id
            for m in ments
            if m.start not in reader.metonyms and m.entity_id not in self.generic
        }
        entities = {}
        for eid in sorted(mentioned | used):
            entities[eid] = self.entity(eid)
        forms = {
            eid: tuple(
                sorted(f for f in self.linker.forms.get(eid, ()) if f and f != entities[eid].label)
            )
            for eid in entities
        }
        mentions = tuple(
            Mention(
                self.doc[m.start].idx,
                self.doc[m.end - 1].idx + len(self.doc[m.end - 1]),
                self.doc[m.start : m.end].text,
                m.entity_id,
                m.confidence,
            )
            for m in ments
        )
        return Extraction(
            article=self.article,
            entities=entities,
            mentions=mentions,
            statements=tuple(self.statements),
            model=self.ex.model,
            model_version=self.ex.model_version,
            extractor=self.ex.version,
            surface_forms={k: v for k, v in forms.items() if v},
        )

    # -- frames → statements ---------------------------------------------------------------
    def _frame(self, f: Frame, sent: Span) -> None:
        r = self.reader
        if sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
            return  # "Is Iran sending drones to Russia?" asks; it states nothing
        if f.type == "Attack" and f.agents and f.weapons:
            self._armed_attack = f
        if f.agents and not _background(f.trigger):
            r.last_agents[f.type] = list(f.agents)
            if f.type in ("Attack", "TerritorialCapture"):
                for place in (*f.targets, *f.locations):
                    country = self.lex.country_of(place)
                    if country and country != f.agents[0] and self.entity(place).cls != "Person":
                        r.invaders[country] = f.agents[0]
            if f.recipients or f.type != "WeaponTransfer":  # "delivered the certification"
                r.last_frame[f.type] = f  # a transfer to no one named continues none
            if f.type == "Attack":
                r.attacks.append(f)
        elif f.type == "Attack" and set(f.targets) & set(r.last_agents.get("Attack", ())):
            # "Rockets were fired back at Israel": an attack on the last attacker by someone
            # unnamed; the strikes and weapons that follow are no longer that attacker's
            r.last_agents.pop("Attack", None)
            r.last_frame.pop("Attack", None)
        chain = governing_chain(f.trigger, self.speech)
        neg = negated(chain) != f.lexical_negation
        mod = modality(chain, self.planned, self.hypothetical)
        if (
            mod == "asserted"
            and f.trigger.lemma_.lower() in self.planned_triggers
            and not (
                f.type == "TreatyParticipation"
                and f.trigger.lemma_.lower() == "agree"
                and not any(c.dep_ in ("xcomp", "ccomp") for c in f.trigger.children)
            )
        ):
            mod = "planned"  # "approved the sale of …", "pledged tanks"; not "agreed to a deal"
        if f.nominal:
            mod = self._nominal_modality(f.trigger) or mod
            if mod == "planned" and f.trigger.dep_ == "dobj" and f.trigger.head.lemma_ == "commit":
                mod = "asserted"  # "committed atrocities": done, not pledged
        if f.presupposed:  # what was pledged stays a pledge ("thanked X for its pledge of A")
            pledged = f.nominal and f.trigger.lemma_.lower() in self.planned
            neg, mod = False, "planned" if pledged else "asserted"
        if f.attempted:  # "its campaign to retake X"; "lost its battle to take X" failed
            mod = "asserted" if neg else "planned"
        when = date_of(f.trigger, self.article.published)
        source = self._attribution(f.trigger)
        base = dict(negated=neg, modality=mod, date=when, attributed_to=source)
        self._emit(f, sent, base)
        for ell in self._ellipsis(f.trigger):  # "…did not sign X, but Ukraine did"
            agents, _ = r.np_agents(ell[0], f.type)
            if agents:
                g = replace(f, agents=agents)
                self._emit(g, sent, {**base, "negated": ell[1] != f.lexical_negation}, conf=0.7)

    def _emit(self, f: Frame, sent: Span, q: dict[str, Any], conf: float | None = None) -> None:
        if f.type == "WeaponTransfer" and not f.recipients and f.targets and f.weapons:
            if f.trigger.lemma_.lower() in self.moving_verbs and all(
                self.lex.attr(w, "category") == "ship" for w in f.weapons
            ):  # "sent its aircraft carrier into the Western Pacific": ships are not fired
                f = replace(f, type="Deployment", locations=f.targets, targets=[])
            else:
                f = replace(f, type="Attack")  # weapons sent at a place: an attack
        if (
            f.type == "WeaponTransfer"
            and not f.recipients
            and f.trigger.lemma_.lower() in self.moving_verbs
            and (f.locations or not f.targets and f.weapons and self._sent_to_a_place(f))
        ):
            # "sent warships to the Taiwan Strait", "its carrier into the waters off X"
            f = replace(f, type="Deployment")
        if (
            f.type == "Attack"
            and f.weapons
            and f.trigger.lemma_.lower() in self.launch_verbs
            and all(_water(self.entity(t).label) for t in f.targets)
            and not any(  # not "fired missiles at ships in the Red Sea" (nor "on Sunday")
                f.targets
                and c.dep_ == "prep"
                and c.lower_ in ("at", "against", "on")
                and p.dep_ == "pobj"
                and p.ent_type_ not in ("DATE", "TIME")
                for c in f.trigger.children
                for p in c.children
            )
        ):
            # "fired a rocket" at nothing named, or "into the Sea of Japan": a launch
            f = replace(f, type="Deployment", locations=list(f.targets), targets=[])
        if f.type == "Interception" and not f.agents and f.locations:
            # "twenty drones were shot down over X", no interceptor named: still an attack on X
            self._queue_attacks(f, "", list(dict.fromkeys(f.weapons)), self._evidence(sent), q)
            owners = set(f.weapon_owner.values())
            homes = {h for p in f.locations if (h := self.lex.country_of(p))}
            if owners and len(homes) == 1 and not homes & owners:
                # "Russian missiles were shot down over Kyiv": the state whose sky it is
                f = replace(f, agents=list(homes), confidence=min(f.confidence, 0.6))
        for w, owner in f.hit.items():  # "struck Russian S-400 launchers in Crimea": fielded,
            places = [  # whoever struck them
                t for t in f.targets if t != owner and self.entity(t).cls not in ACTOR - {"Country"}
            ]
            values = {**{r.name: [] for r in ROLES.values()}, "weapon": [w], "location": places}
            hit_conf = min(conf or f.confidence, 0.6)
            self._add_all("Deployment", owner, values, self._evidence(sent), hit_conf, q)
        if any(not getattr(f, ROLES[r].frame) for r in EVENTS[f.type].core):
            return
        ev = self._evidence(sent)
        weapons = [w for w in dict.fromkeys(f.weapons)]
        specific = [w for w in weapons if w not in self.generic]
        if not specific and f.type == "WeaponTransfer":
            return  # "sent weapons", "sold arms": a transfer names a weapon type or none
        weapons = specific or weapons
        c = round(min(conf or f.confidence, 1.0), 2)
        values = {
            r.name: weapons if r.name == "weapon" else list(dict.fromkeys(getattr(f, r.frame)))
            for r in ROLES.values()
        }
        agents = [a for a in dict.fromkeys(f.agents) if self.entity(a).cls in ACTOR]
        for a in agents:
            own = values  # "A from X and B from Y": each supplier its own weapons
            if f.supplier_of:
                own = {**values, "weapon": [w for w in weapons if f.supplier_of.get(w) == a]}
            if f.type == "Deployment":  # weapons used against a target: also an attack
                self._add_all("Attack", a, own, ev, c, q)
            self._add_all(f.type, a, own, ev, c, q)
            if f.type == "Interception" and f.instruments:  # an interceptor in action is deployed
                self._add_all("Deployment", a, {**values, "weapon": f.instruments}, ev, c, q)
            if f.type == "Interception":
                self._queue_attacks(f, a, weapons, ev, q)

    def _sent_to_a_place(self, f: Frame) -> bool:
        """Whether weapons moved with no recipient went to a place no name gives: ships and
        aircraft "into the waters off X", any weapon "to the region" or "to the border"
        (a place noun, not a group of people that could receive them)."""
        ends = [p for c in f.trigger.children if c.lower_ in TOWARD for p in c.children]
        if not ends:
            return False
        if all(self.lex.attr(w, "category") in ("ship", "aircraft") for w in f.weapons):
            return True
        return all(p.lemma_.lower() in self.destinations for p in ends)

    def _queue_attacks(
        self, f: Frame, interceptor: str, weapons: list[str], ev: Evidence, q: dict[str, Any]
    ) -> None:
        """Weapons intercepted over places: their owner attacked those places (read once the
        article is done, :meth:`_infer_attacks_from_interceptions`)."""
        for w in weapons:
            owner = f.weapon_owner.get(w) or self._attacker_with(w, interceptor)
            if owner and owner != interceptor:
                self._pending_attacks.append((owner, w, tuple(f.locations), ev, q))

    def _add_all(
        self,
        etype: str,
        agent: str,
        values: dict[str, list[str]],
        ev: Evidence,
        conf: float,
        q: dict[str, Any],
    ) -> None:
        """One statement of ``etype`` by ``agent`` per combination of its core roles' values
        (none naming the agent itself); its other list roles hold all their values."""
        t = EVENTS[etype]
        core = [r for r in t.core if r != "agent"]
        extra: dict[str, Any] = {
            ROLES[r].statement: tuple(values[r])
            for r in t.roles
            if r not in t.core and ROLES[r].many
        }
        for combo in product(*(values[r] for r in core)):
            if agent in combo:
                continue
            roles: dict[str, Any] = {
                ROLES[r].statement: (v,) if ROLES[r].many else v
                for r, v in zip(core, combo, strict=True)
            }
            self._add(Statement(etype, agent, ev, **roles, **extra, confidence=conf, **q))

    def _attacker_with(self, weapon: str, interceptor: str) -> str | None:
        """Whose were the intercepted drones? The last attacker the article reported using that
        kind of weapon ("Russia launched 20 drones … air defenses destroyed all four drones")."""
        prev = self._armed_attack
        if prev is None or prev.agents[0] == interceptor:
            return None
        related = {weapon, *self.linker._ancestors(weapon)}
        for w in prev.weapons:
            if w in related or weapon in self.linker._ancestors(w):
                return prev.agents[0]
        return None

    def _infer_attacks_from_interceptions(self) -> None:
        """Drones of X shot down over regions R → X attacked R with them."""
        for owner, w, locs, ev, q in self._pending_attacks:
            for loc in locs:
                self._add(
                    Statement(
                        "Attack",
                        owner,
                        ev,
                        target=loc,
                        weapons=(w,),
                        confidence=0.6,
                        **{**q, "attributed_to": q["attributed_to"]},
                    )
                )
        self._pending_attacks = []

    def _add(self, st: Statement) -> None:
        """Keep one statement per fact: a repeat merges its weapons, locations, confidence;
        a fact stated as done anywhere is asserted ("threatened to attack ships in the Red
        Sea … attacked a tanker in the Red Sea"), with the sentence that says so."""
        key = st.key()
        i = self._index.get(key)
        if i is None:
            self._index[key] = len(self.statements)
            self.statements.append(st)
            return
        old = self.statements[i]
        if old.modality != "asserted" and st.modality == "asserted":
            old = replace(
                old,
                modality=st.modality,
                evidence=st.evidence,
                date=st.date,
                attributed_to=st.attributed_to,
            )
        self.statements[i] = replace(
            old,
            weapons=tuple(dict.fromkeys(old.weapons + st.weapons)),
            locations=tuple(dict.fromkeys(old.locations + st.locations)),
            confidence=max(old.confidence, st.confidence),
        )

    # -- qualifiers ------------------------------------------------------------------------
    def _evidence(self, sent: Span) -> Evidence:
        start, end = sent.start_char, sent.end_char
        text = self.article.text
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return Evidence(text[start:end], start, end)

    def _nominal_modality(self, n: Token) -> str | None:
        for t in [n, *n.children]:
            if t.lower_ in self.hypothetical:
                return "hypothetical"
        if n.lemma_.lower() in self.planned:  # "Germany's pledge of IRIS-T systems for Ukraine"
            return "planned"
        cur = n
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in self.hypothetical or cur.lower_ in self.hypothetical:
                return "hypothetical"
            if cur.lemma_.lower() in self.planned and cur.pos_ == "VERB":
                return "planned"
        return None

    def _attribution(self, trig: Token) -> str | None:
        cur = trig
        for _ in range(8):
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for t in c.subtree:
                        m = self.reader.root_of.get(t.i)
                        if m is not None and self.entity(m.entity_id).cls in ACTOR:
                            return m.entity_id
            if cur.lemma_.lower() in self.speech and cur is not trig:
                for c in cur.children:
                    if c.dep_ == "nsubj":
                        m = self.reader.root_of.get(c.i) or self.reader.at.get(c.i)
                        if m is not None and self.entity(m.entity_id).cls in ACTOR:
                            return m.entity_id
                        if c.pos_ == "PRON":
                            return None
                return None
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _ellipsis(self, v: Token) -> list[tuple[Token, bool]]:
        out = []
        for c in v.children:
            if (
                c.dep_ == "conj"
                and c.lemma_ in ("do", "have", "be")
                and not any(g.dep_ in ("dobj", "attr", "acomp", "xcomp") for g in c.children)
            ):
                subj = [g for g in c.children if g.dep_ == "nsubj"]
                if subj:
                    neg = any(g.dep_ == "neg" for g in c.children)
                    out.append((subj[0], neg))
        return out
