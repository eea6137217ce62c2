"""The trigger matcher: the words that start an event frame, found by spaCy matchers.

The patterns are data generated from the word lists of ``verbs.json`` (:func:`trigger_patterns`),
so a word added to a list is a trigger without a change of code. Each pattern is labelled by
its frame kind (which reader of ``relations.FrameReader`` reads the frame) and its event type;
the component stores the labels on the token where a match ends, as the token extension
``geokg_triggers``: a token extension, so the labels survive ``Doc.from_docs`` when a long text
is parsed in pieces.

A pattern is written as the ``EntityRuler`` writes its own: ``pattern`` is either a string
(words, one token each between spaces) compared with the token attribute ``attr`` (``LEMMA``
or ``LOWER``) and kept where the last token's part of speech is one of ``pos`` (if any), or a
list of token patterns (``Matcher``). Strings go to a ``PhraseMatcher``, whose cost does not
grow with the number of patterns: a ``Matcher`` pattern of a word list costs a Python call per
token and pattern (0.78 s for 22 patterns on the 151 VOA articles, 2 % of extraction, against
0.01 s for the same words as phrases).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token

TRIGGERS = "geokg_triggers"
Token.set_extension(TRIGGERS, default=(), force=True)

VERB = ["VERB", "AUX"]
NOUN = ["NOUN", "PROPN"]


def trigger_patterns(words: dict[str, Any]) -> list[dict[str, Any]]:
    """Every trigger pattern of the verb lexicon, as ``{"kind", "type", "pattern"}`` (with
    ``attr`` and ``pos`` for a word):

    - ``verb`` / ``noun``: ``events.<type>.verbs`` (lemma of a verb) and ``.nouns`` (the word
      of a noun);
    - ``participle``: ``events.WeaponTransfer.participles`` and ``capture_participles`` after
      a hyphen, in one token ("U.S.-supplied") or after a ``-`` token ("French", "-",
      "built");
    - ``war``: ``war_nouns`` ("the fighting between X and Y"), read as attacks;
    - ``patient``: the verb of each ``patient_frames`` entry ("X fell to Y");
    - ``member``: ``member_nouns`` ("a NATO member"), ``package``: ``package_verbs``
      ("the package includes A").
    """
    out: list[dict[str, Any]] = []

    def add(kind: str, etype: str, ws: list[str], attr: str, pos: list[str]) -> None:
        out.extend(
            {"kind": kind, "type": etype, "pattern": w, "attr": attr, "pos": pos} for w in ws
        )

    for etype, spec in words["events"].items():
        add("verb", etype, spec.get("verbs", []), "LEMMA", VERB)
        add("noun", etype, spec.get("nouns", []), "LOWER", NOUN)
    for etype, parts in (
        ("WeaponTransfer", words["events"]["WeaponTransfer"].get("participles", [])),
        ("TerritorialCapture", words["capture_participles"]),
    ):
        if parts:
            ending = "|".join(re.escape(p.lower()) for p in parts)
            pattern = [{"LOWER": {"REGEX": f"-(?:{ending})$"}}]
            out.append({"kind": "participle", "type": etype, "pattern": pattern})
            add("participle", etype, [f"- {p}" for p in parts], "LOWER", [])
    add("war", "Attack", words["war_nouns"], "LOWER", ["NOUN"])
    for spec in words["patient_frames"]:
        add("patient", spec["type"], [spec["verb"]], "LEMMA", VERB)
    add("member", "TreatyParticipation", words["member_nouns"], "LEMMA", ["NOUN"])
    add("package", "WeaponTransfer", words["package_verbs"], "LEMMA", ["VERB"])
    return out


class TriggerMatcher:
    """Marks each token where a trigger pattern ends with the (kind, event type) labels of the
    patterns that match there, in the order the labels were first added, each label once."""

    def __init__(self, nlp: Language, name: str = TRIGGERS) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.phrases: dict[str, PhraseMatcher] = {}  # by token attribute
        self.labels: list[tuple[str, str]] = []  # position = rank of the label
        self.rules: dict[int, tuple[int, frozenset[str]]] = {}  # key → label rank, parts of speech

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for p in patterns:
            label = (p["kind"], p["type"])
            if label not in self.labels:
                self.labels.append(label)
            pos = frozenset(p.get("pos", ()))
            name = f"{p['kind']}:{p['type']}:{'|'.join(sorted(pos))}"
            self.rules[self.vocab.strings.add(name)] = (self.labels.index(label), pos)
            if isinstance(p["pattern"], str):
                attr = p.get("attr", "ORTH")
                ws = p["pattern"].split(" ")
                doc = Doc(self.vocab, words=ws, lemmas=ws if attr == "LEMMA" else None)
                if attr not in self.phrases:
                    self.phrases[attr] = PhraseMatcher(self.vocab, attr=attr)
                self.phrases[attr].add(name, [doc])
            else:
                self.matcher.add(name, [p["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        hits: dict[int, set[int]] = {}
        matches = [m for pm in self.phrases.values() for m in pm(doc)] + self.matcher(doc)
        for key, _start, end in matches:
            rank, pos = self.rules[key]
            if not pos or doc[end - 1].pos_ in pos:
                hits.setdefault(end - 1, set()).add(rank)
        for i, ranks in hits.items():
            doc[i]._.set(TRIGGERS, tuple(self.labels[r] for r in sorted(ranks)))
        return doc


@Language.factory(TRIGGERS)
def make_trigger_matcher(nlp: Language, name: str) -> TriggerMatcher:
    """An empty trigger matcher; ``add_patterns(trigger_patterns(words))`` fills it."""
    return TriggerMatcher(nlp, name)
