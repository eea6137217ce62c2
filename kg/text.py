"""Text keys: the one way names are folded for matching, searching and ids.

``fold`` takes case, accents and the letters that do not decompose (ł, ø, đ, ı, æ, œ, ß, þ)
away; ``words`` keeps the words, ``key`` only the letters and digits, ``slug`` the ASCII form
ids are made of.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
_ELIDED = re.compile(r"[.'’`]")  # 'U.S.' → 'us', "Côte d'Ivoire" → 'cote divoire'
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Casefolded, without accents: 'Orbán' → 'orban', 'Łódź' → 'lodz', 'STRASSE' → 'strasse'."""
    if text.isascii():  # nothing to decompose: most names, and the gazetteers load ~30 % faster
        return text.lower()
    t = text
    for _ in range(2):  # casefolding can make marks ("ǰ") and decomposing capitals ("ᴬ")
        t = unicodedata.normalize("NFKD", t.casefold())
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return t.translate(_LETTERS)


def words(text: str) -> str:
    """Folded words, one space apart: 'U.S.  Army' → 'us army'."""
    return " ".join(_NON_WORD.sub(" ", _ELIDED.sub("", fold(text))).split())


def key(text: str) -> str:
    """Folded letters and digits only: 'The U.S.' → 'theus', 'Al-Shabaab' → 'alshabaab'."""
    return _NON_WORD.sub("", fold(text))


def slug(text: str) -> str:
    """A lowercase ASCII slug for ids: 'Zaporizhzhia Oblast' → 'zaporizhzhia-oblast'; at most
    200 characters, so every slug is an id of the grammar (:data:`kg.namespaces.ID_GRAMMAR`)."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:200].rstrip("-") or "x"
