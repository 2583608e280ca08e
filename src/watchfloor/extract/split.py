"""One event per place, as ACLED codes them.

'Strikes in Iraq and Syria' with nothing more precise is one event per country; 'a facility
near Abu Kamal and a safe house near Mayadin' one per town, each with the date told next to
it when there is one ("on Ain al-Asad on October 17 and on al-Tanf on October 18").
"""

from __future__ import annotations

import re

from watchfloor.extract.candidate import Candidate
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch, distance_km

# Places closer than this are one location to ACLED: two districts of one city
SAME_SPOT_KM = 2.0


def split_by_place(cand: Candidate, text: str) -> list[Candidate]:
    """One event per place, as ACLED codes them: 'strikes in Iraq and Syria' with nothing
    more precise gives one per country; 'a facility near Abu Kamal and a safe house near
    Mayadin' one per town, each with the date told next to it when there is one."""
    places = cand.places_here
    if len(places) < 2 or cand.merge_only:
        return [cand]
    if cand.place is not None and cand.place.kind == "country":
        if cand.trigger.definite:
            return [cand]  # "Monday's attack was the first in Iraq or Syria": a scope
        places = [p for p in places if p.kind == "country"]
    elif any(p.kind == "country" for p in places):
        return [cand]
    elif (
        _one_spot(places)
        or all(p.kind == "sea" for p in places)
        # "between Kfar Tebnit and Arnoun": one spot between two places
        or re.search(
            r"\bbetween\s+(?:the\s+)?$",
            text[max(0, places[0].span.start - 20) : places[0].span.start],
            re.I,
        )
    ):
        # "strikes on the Ras al-Nabaa and Basta districts": one city; "68 nautical miles
        # southwest of Hodeidah in the Red Sea": one point at sea
        return [cand]
    out = []
    for i, p in enumerate(places):
        c = Candidate(**{**cand.__dict__})
        c.place, c.country, c.place_votes = p, p.country, {p.name: 1}
        c.date = _date_for(text, cand, p, places[i + 1] if i + 1 < len(places) else None)
        c.weapons, c.claims, c.spans = list(cand.weapons), [], list(cand.spans)
        c.outcome, c.aliases1, c.aliases2 = (
            set(cand.outcome),
            set(cand.aliases1),
            set(cand.aliases2),
        )
        c.members, c.places_here = [], [p]
        out.append(c)
    return out


def _date_for(
    text: str, cand: Candidate, place: PlaceMatch, following: PlaceMatch | None
) -> DateMention | None:
    """'on Ain al-Asad on October 17 and on al-Tanf on October 18': the date right after a
    place, before the next one, is that place's."""
    stop = following.span.start if following else None
    for d in cand.dates_here:
        gap = text[place.span.end : d.span.start]
        if (
            d.span.start >= place.span.end
            and (stop is None or d.span.start < stop)
            and len(gap.split()) <= 3
            and not re.search(r",|\band\b", gap)
        ):
            return d
    return cand.date


def _one_spot(places: list[PlaceMatch]) -> bool:
    first = places[0]
    if first.latitude is None or first.longitude is None:
        return False
    return all(
        p.latitude is not None
        and p.longitude is not None
        and distance_km(first.latitude, first.longitude, p.latitude, p.longitude) < SAME_SPOT_KM
        for p in places[1:]
    )
