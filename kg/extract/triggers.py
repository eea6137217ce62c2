"""The trigger matcher: the words that start an event frame, marked by pattern data.

The patterns are generated from the word lists of ``verbs.json`` (:func:`trigger_patterns`), so
a word added to a list is a trigger without a change of code. Each pattern is labelled by its
frame kind (which reader of ``relations.FrameReader`` reads the frame) and its event type; the
component (``marks.py``) stores the labels on the token where a match ends, as the token
extension ``geokg_triggers``: a token extension, so the labels survive ``Doc.from_docs`` when a
long text is parsed in pieces.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Token

from .marks import TokenMarker

TRIGGERS = "geokg_triggers"
Token.set_extension(TRIGGERS, default=(), force=True)

VERB = ["VERB", "AUX"]
NOUN = ["NOUN", "PROPN"]


def trigger_patterns(words: dict[str, Any]) -> list[dict[str, Any]]:
    """Every trigger pattern of the verb lexicon (``marks.py`` patterns, labelled by
    ``(kind, event type)``):

    - ``verb`` / ``noun``: ``events.<type>.verbs`` (lemma of a verb) and ``.nouns`` (the word
      of a noun);
    - ``participle``: ``events.WeaponTransfer.participles`` and ``capture_participles`` after
      a hyphen, in one token ("U.S.-supplied") or after a ``-`` token ("French", "-",
      "built");
    - ``war``: ``war_nouns`` ("the fighting between X and Y"), read as attacks;
    - ``mutual``: ``mutual_fire.nouns`` ("X and Y exchanged fire") and ``.fighting_verbs``
      ("X and Y clashed", "X fought Y"), attacks both ways;
    - ``patient``: the verb of each ``patient_frames`` entry ("X fell to Y");
    - ``member``: ``member_nouns`` ("a NATO member"), ``package``: ``package_verbs``
      ("the package includes A"), ``agreement``: ``agreement_nouns`` ("a truce between X
      and Y").
    """
    out: list[dict[str, Any]] = []

    def add(kind: str, etype: str, ws: list[str], attr: str, pos: list[str]) -> None:
        label = (kind, etype)
        out.extend({"label": label, "pattern": w, "attr": attr, "pos": pos} for w in ws)

    for etype, spec in words["events"].items():
        add("verb", etype, spec.get("verbs", []), "LEMMA", VERB)
        add("noun", etype, spec.get("nouns", []), "LOWER", NOUN)
    for etype, parts in (
        ("WeaponTransfer", words["events"]["WeaponTransfer"].get("participles", [])),
        ("TerritorialCapture", words["capture_participles"]),
    ):
        out.extend({"label": ("participle", etype), "ending": f"-{p.lower()}"} for p in parts)
        add("participle", etype, [f"- {p}" for p in parts], "LOWER", [])
    # "occupied Crimea": held by whoever the article last reported attacking the country
    add("participle", "TerritorialCapture", words["holding_adjectives"], "LOWER", ["VERB", "ADJ"])
    add("war", "Attack", words["war_nouns"], "LOWER", ["NOUN"])
    add("mutual", "Attack", words["mutual_fire"]["nouns"], "LOWER", ["NOUN"])
    add("mutual", "Attack", words["mutual_fire"]["fighting_verbs"], "LEMMA", VERB)
    for spec in words["patient_frames"]:
        add("patient", spec["type"], [spec["verb"]], "LEMMA", VERB)
    add("member", "TreatyParticipation", words["member_nouns"], "LEMMA", ["NOUN"])
    # capitalised, the model tags them proper nouns and keeps the word as their lemma
    # ("our Allies", "Member States"): the singular and the plural
    capitalised = [f for w in words["member_nouns"] for f in (w, _plural(w))]
    add("member", "TreatyParticipation", capitalised, "LOWER", ["PROPN"])
    add("package", "WeaponTransfer", words["package_verbs"], "LEMMA", ["VERB"])
    agreements = words["events"]["TreatyParticipation"]["agreement_nouns"]
    add("agreement", "TreatyParticipation", agreements, "LOWER", ["NOUN"])
    return out


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


@Language.factory(TRIGGERS)
def make_trigger_matcher(nlp: Language, name: str) -> TokenMarker:
    """An empty trigger matcher; ``add_patterns(trigger_patterns(words))`` fills it."""
    return TokenMarker(nlp, name, TRIGGERS)
