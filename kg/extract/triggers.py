"""The trigger matcher: the words that start an event frame, found by a spaCy ``Matcher``.

The patterns are data generated from the word lists of ``verbs.json`` (:func:`trigger_patterns`),
so a word added to a list is a trigger without a change of code. Each pattern is labelled by
its frame kind (which reader of ``relations.FrameReader`` reads the frame) and its event type;
the component stores the labels on the token where a match ends, as the token extension
``geokg_triggers``: a token extension, so the labels survive ``Doc.from_docs`` when a long text
is parsed in pieces.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

TRIGGERS = "geokg_triggers"
Token.set_extension(TRIGGERS, default=(), force=True)

VERB = {"POS": {"IN": ["VERB", "AUX"]}}
NOUN = {"POS": {"IN": ["NOUN", "PROPN"]}}
COMMON_NOUN = {"POS": "NOUN"}


def trigger_patterns(words: dict[str, Any]) -> list[dict[str, Any]]:
    """Every trigger pattern of the verb lexicon, as ``{"kind", "type", "pattern"}``:

    - ``verb`` / ``noun``: ``events.<type>.verbs`` (lemma of a verb) and ``.nouns`` (the word
      of a noun), one pattern per event type;
    - ``participle``: ``events.WeaponTransfer.participles`` and ``capture_participles`` after
      a hyphen, in one token ("U.S.-supplied") or after a ``-`` token ("Russia - occupied");
    - ``war``: ``war_nouns`` ("the fighting between X and Y"), read as attacks;
    - ``patient``: the verb of each ``patient_frames`` entry ("X fell to Y");
    - ``member``: ``member_nouns`` ("a NATO member"), ``package``: ``package_verbs``
      ("the package includes A").
    """
    out: list[dict[str, Any]] = []

    def add(kind: str, etype: str, *tokens: dict[str, Any]) -> None:
        out.append({"kind": kind, "type": etype, "pattern": list(tokens)})

    for etype, spec in words["events"].items():
        if spec.get("verbs"):
            add("verb", etype, {**VERB, "LEMMA": {"IN": spec["verbs"]}})
        if spec.get("nouns"):
            add("noun", etype, {**NOUN, "LOWER": {"IN": spec["nouns"]}})
    for etype, parts in (
        ("WeaponTransfer", words["events"]["WeaponTransfer"].get("participles", [])),
        ("TerritorialCapture", words["capture_participles"]),
    ):
        if not parts:
            continue
        ending = "|".join(re.escape(p.lower()) for p in parts)
        add("participle", etype, {"LOWER": {"REGEX": f"-(?:{ending})$"}})
        add("participle", etype, {}, {"ORTH": "-"}, {"LOWER": {"IN": parts}})
    add("war", "Attack", {**COMMON_NOUN, "LOWER": {"IN": words["war_nouns"]}})
    for spec in words["patient_frames"]:
        add("patient", spec["type"], {**VERB, "LEMMA": spec["verb"]})
    add("member", "TreatyParticipation", {**COMMON_NOUN, "LEMMA": {"IN": words["member_nouns"]}})
    add("package", "WeaponTransfer", {"POS": "VERB", "LEMMA": {"IN": words["package_verbs"]}})
    return out


class TriggerMatcher:
    """Marks each token where a trigger pattern ends with the (kind, event type) labels of the
    patterns that match there, in the order the patterns were added, each label once."""

    def __init__(self, nlp: Language, name: str = TRIGGERS) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.matcher = Matcher(nlp.vocab)
        self.labels: list[tuple[str, str]] = []  # position = rank of the label

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for p in patterns:
            label = (p["kind"], p["type"])
            if label not in self.labels:
                self.labels.append(label)
            self.matcher.add(_key(label), [p["pattern"]])
        self._rank = {self.strings[_key(lb)]: i for i, lb in enumerate(self.labels)}

    def __call__(self, doc: Doc) -> Doc:
        hits: dict[int, set[int]] = {}
        for key, _start, end in self.matcher(doc):
            hits.setdefault(end - 1, set()).add(self._rank[key])
        for i, ranks in hits.items():
            doc[i]._.set(TRIGGERS, tuple(self.labels[r] for r in sorted(ranks)))
        return doc


def _key(label: tuple[str, str]) -> str:
    return f"{label[0]}:{label[1]}"


@Language.factory(TRIGGERS)
def make_trigger_matcher(nlp: Language, name: str) -> TriggerMatcher:
    """An empty trigger matcher; ``add_patterns(trigger_patterns(words))`` fills it."""
    return TriggerMatcher(nlp, name)
