"""The cue matcher: the words that qualify a statement, marked by pattern data.

The patterns are generated from ``verbs.json`` ``negation`` (:func:`cue_patterns`): a
``negation`` word negates the word it is attached to ("did *not* sign", "*never* joined"); a
``negating`` verb negates what it governs ("*refused* to sign"). The component (``marks.py``)
stores the cue names on the matched token, as the token extension ``geokg_cues``;
``qualify.negated()`` reads them along the chain of heads governing a trigger.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Token

from .marks import TokenMarker

CUES = "geokg_cues"
Token.set_extension(CUES, default=(), force=True)

NEGATION_DEPS = ["advmod", "det", "neg", "preconj"]  # how a negation word attaches ("no",
# "never", "neither X nor Y")


def cue_patterns(words: dict[str, Any]) -> list[dict[str, Any]]:
    """Every cue pattern of the verb lexicon (``marks.py`` patterns, labelled by cue)."""
    neg = words["negation"]
    return [
        {"label": "negation", "pattern": "neg", "attr": "DEP"},  # any word the parser says negates
        *(
            {"label": "negation", "pattern": w, "attr": "LOWER", "dep": NEGATION_DEPS}
            for w in neg["words"]
        ),
        *({"label": "negating", "pattern": v, "attr": "LEMMA"} for v in neg["verbs"]),
    ]


@Language.factory(CUES)
def make_cue_matcher(nlp: Language, name: str) -> TokenMarker:
    """An empty cue matcher; ``add_patterns(cue_patterns(words))`` fills it."""
    return TokenMarker(nlp, name, CUES)
