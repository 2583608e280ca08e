"""The place record and the name key shared by the gazetteer modules."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_TABLE = str.maketrans(
    {
        **{c: None for c in "'’ʼʿʾ`´."},
        **{c: " " for c in "-‐‑–—/\t\n"},
        **{chr(i): chr(i + 32) for i in range(65, 91)},
    }
)


# Transliteration habits folded to one form on both sides of a lookup, so that reporting's
# "Deir ez-Zor", "Tal Tamr", "Ain Issa" meet GeoNames' "Dayr az Zawr", "Tall Tamr", "Ayn Isa".
_FOLD = {
    **dict.fromkeys(
        [
            "el",
            "ul",
            "ez",
            "es",
            "ed",
            "et",
            "ad",
            "as",
            "ar",
            "an",
            "at",
            "az",
            "ash",
            "adh",
            "ath",
        ],
        "al",
    ),
    **dict.fromkeys(["tal", "tel", "tell", "tall"], "tall"),
    **dict.fromkeys(["ain", "ayn", "ein", "ayin"], "ayn"),
    **dict.fromkeys(["deir", "dayr", "dair"], "dayr"),
    **dict.fromkeys(["beit", "bait", "bayt"], "bayt"),
    **dict.fromkeys(["kfar", "kafr", "kafar"], "kafr"),
    **dict.fromkeys(["jebel", "jabal", "jbel"], "jabal"),
    **dict.fromkeys(["abu", "abou"], "abu"),
    **dict.fromkeys(["khirbet", "khirbat", "kherbet", "khirbeh"], "khirbat"),
}
_FOLD_RE = re.compile(
    r"(?<![^\s\x1f])(?:" + "|".join(sorted(_FOLD, key=len, reverse=True)) + r")(?![^\s\x1f])"
)


def fold_words(key: str) -> str:
    """Fold the transliteration variants of `_FOLD` in a key (or in keys joined by \\x1f)."""
    return _FOLD_RE.sub(lambda m: _FOLD[m.group()], key)


class Place(NamedTuple):
    """One gazetteer entry (a NamedTuple: hundreds of thousands are made, cheaply)."""

    name: str
    country: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    kind: str  # site | town | admin1 | country | region | sea
    population: int = 0


def translate_key(text: str) -> str:
    """The ASCII part of name_key: lower case, apostrophes and dots dropped, dashes as spaces."""
    return text.translate(_TABLE)


def name_key(name: str) -> str:
    """Comparison key of a place name: case, accents, apostrophes and hyphens ignored, so
    "Deir ez-Zor", "Deir Ez Zor" and "Deir ez‑Zor" share one key."""
    s = name.translate(_TABLE)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.lower()
    if "  " in s or s[:1] == " " or s[-1:] == " ":
        s = " ".join(s.split())
    return fold_words(s)
