"""The cue matcher: the words that qualify a statement, found by a spaCy ``Matcher``.

The patterns are data generated from ``verbs.json`` ``negation`` (:func:`cue_patterns`): a
``negation`` word negates the word it is attached to ("did *not* sign", "*never* joined"); a
``negating`` verb negates what it governs ("*refused* to sign"). The component stores the cue
names on the matched token, as the token extension ``geokg_cues``; ``qualify.negated()`` reads
them along the chain of heads governing a trigger.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

CUES = "geokg_cues"
Token.set_extension(CUES, default=(), force=True)

NEGATION_DEPS = ["advmod", "det", "neg"]  # how a negation word attaches ("no", "never")


def cue_patterns(words: dict[str, Any]) -> list[dict[str, Any]]:
    """Every cue pattern of the verb lexicon, as ``{"cue", "pattern"}`` (``Matcher``)."""
    neg = words["negation"]
    return [
        {"cue": "negation", "pattern": [{"DEP": "neg"}]},
        {
            "cue": "negation",
            "pattern": [{"LOWER": {"IN": neg["words"]}, "DEP": {"IN": NEGATION_DEPS}}],
        },
        {"cue": "negating", "pattern": [{"LEMMA": {"IN": neg["verbs"]}}]},
    ]


class CueMatcher:
    """Marks each matched token with the names of the cues found there."""

    def __init__(self, nlp: Language, name: str = CUES) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.matcher = Matcher(nlp.vocab)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for p in patterns:
            self.matcher.add(p["cue"], [p["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        cues: dict[int, set[str]] = {}
        for key, start, _end in self.matcher(doc):
            cues.setdefault(start, set()).add(self.strings[key])
        for i, names in cues.items():
            doc[i]._.set(CUES, tuple(sorted(names)))
        return doc


@Language.factory(CUES)
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    """An empty cue matcher; ``add_patterns(cue_patterns(words))`` fills it."""
    return CueMatcher(nlp, name)
