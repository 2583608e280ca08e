"""The place record and the name key shared by the gazetteer modules."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

_TABLE = str.maketrans(
    {
        **{c: None for c in "'’ʼʿʾ`´."},
        **{c: " " for c in "-‐‑–—/\t\n"},
        **{chr(i): chr(i + 32) for i in range(65, 91)},
    }
)


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
    return s
