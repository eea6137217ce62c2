"""Marking tokens by pattern data: the engine of the trigger and cue components.

A pattern labels the token where it ends. It is written as the ``EntityRuler`` writes its own,
with one more shape: ``pattern`` is a string of words (one token each, between spaces) compared
on the token attribute ``attr`` (``LOWER``, ``LEMMA``, ``DEP``…; a ``PhraseMatcher``) or a list
of ``Matcher`` token patterns; or ``ending`` is the end of a token's lower-case text from its
last hyphen ("-supplied" in "U.S.-supplied"). A match counts where that token's part of speech
is one of ``pos`` and its dependency one of ``dep``, when they are given.

Word lists go to a ``PhraseMatcher`` and endings to a dictionary, whose costs do not grow with
the number of words: as ``Matcher`` patterns, each list and each regular expression is a Python
call per token (on the 151 VOA articles, the 22 trigger lists took 0.78 s, 2 % of extraction,
against 0.01 s as phrases).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc


class TokenMarker:
    """Stores on each token where patterns match the labels of those patterns (in the order
    the labels were first added, each once) as the token extension ``ext``."""

    def __init__(self, nlp: Language, name: str, ext: str) -> None:
        self.name = name
        self.ext = ext
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.phrases: dict[str, PhraseMatcher] = {}  # by token attribute
        self.endings: dict[str, list[int]] = {}  # "-supplied" → rule keys
        self.labels: list[Hashable] = []  # position = rank of the label
        # rule key → label rank, parts of speech, dependencies
        self.rules: dict[int, tuple[int, frozenset[str], frozenset[str]]] = {}

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        for p in patterns:
            if p["label"] not in self.labels:
                self.labels.append(p["label"])
            rank = self.labels.index(p["label"])
            pos, dep = frozenset(p.get("pos", ())), frozenset(p.get("dep", ()))
            name = f"{rank}:{'|'.join(sorted(pos))}:{'|'.join(sorted(dep))}"
            key = self.vocab.strings.add(name)
            self.rules[key] = (rank, pos, dep)
            if "ending" in p:
                self.endings.setdefault(p["ending"], []).append(key)
            elif isinstance(p["pattern"], str):
                attr = p.get("attr", "ORTH")
                if attr not in self.phrases:
                    self.phrases[attr] = PhraseMatcher(self.vocab, attr=attr)
                self.phrases[attr].add(name, [self._phrase(p["pattern"].split(" "), attr)])
            else:
                self.matcher.add(name, [p["pattern"]])

    def _phrase(self, ws: list[str], attr: str) -> Doc:
        """The words as a Doc whose ``attr`` holds them (a lemma, a dependency label)."""
        if attr == "LEMMA":
            return Doc(self.vocab, words=ws, lemmas=ws)
        if attr == "DEP":
            return Doc(self.vocab, words=ws, deps=ws, heads=list(range(len(ws))))
        return Doc(self.vocab, words=ws)

    def __call__(self, doc: Doc) -> Doc:
        matches = [(key, end - 1) for pm in self.phrases.values() for key, _, end in pm(doc)]
        if len(self.matcher):
            matches += [(key, end - 1) for key, _, end in self.matcher(doc)]
        if self.endings:
            for tok in doc:
                text = tok.lower_
                cut = text.rfind("-")
                if cut != -1 and text[cut:] in self.endings:
                    matches += [(key, tok.i) for key in self.endings[text[cut:]]]
        hits: dict[int, set[int]] = {}
        for key, i in matches:
            rank, pos, dep = self.rules[key]
            if (not pos or doc[i].pos_ in pos) and (not dep or doc[i].dep_ in dep):
                hits.setdefault(i, set()).add(rank)
        for i, ranks in hits.items():
            doc[i]._.set(self.ext, tuple(self.labels[r] for r in sorted(ranks)))
        return doc
