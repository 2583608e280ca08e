"""Place names in text -> geocoded places (country, ACLED admin1, coordinates, kind).

Two passes over the text:
1. curated phrases (military sites, seas, countries, "Anbar province") through the token
   phrase index, so "Ain al-Asad" or "Tower 22" resolve to their own coordinates;
2. GeoNames populated places: runs of capitalised words are cut into n-grams and each is
   looked up by name key in a dict (no giant regex). A name with several candidates keeps the
   best given the document's context: a candidate in a country the document mentions wins,
   then population. Common words and people's names are held back by `place_stopwords.txt`
   and a few rules (a word after a title such as "Secretary", or a capitalised first name).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from watchfloor import lexicon
from watchfloor.models import Span
from watchfloor.resolve.gazetteer import Gazetteer, Place, countries, gazetteer, name_key
from watchfloor.resolve.phrases import tokenize

__all__ = [
    "PlaceMatch",
    "context_countries",
    "country_info",
    "distance_km",
    "find_places",
    "resolve_place",
]


@dataclass(frozen=True)
class PlaceMatch:
    span: Span
    surface: str
    name: str
    country: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    kind: str  # "site" | "town" | "admin1" | "country" | "region" | "sea"
    population: int = 0  # GeoNames' figure for a town; 0 when unknown or not a town


# A capitalised word, and runs of them joined by spaces, hyphens and name particles.
_WORD = r"[A-Z][\w'’`ʿ]*"
_PART = r"(?:al|el|ad|an|ar|as|at|az|ash|ez|es|ed|ul|um|bin|ibn|abu|bani|of|de|la|du|da|the)"
# (the lookahead, on the letters a run can start with, only lets the engine skip ahead)
_RUN = re.compile(
    rf"(?=[A-Zabdeilotu])(?<![\w-])(?:{_PART}[-‐‑])?{_WORD}"
    rf"(?:(?:[ ]|[-‐‑])(?:{_PART}(?:[ ]|[-‐‑]))*{_WORD})*"
)
_PIECE = re.compile(r"[\w'’`ʿ]+")
_MAX_NGRAM = 5
MIN_POP_ALONE = 1_000_000  # a one-word town outside the context countries needs this many people
MIN_POP_MULTI = 100_000  # ... a multi-word one this many
MIN_POP_INITIAL = 15_000  # a one-word name opening a sentence ("Many", "Early") needs this many
_ADMIN1_POP = 10_000  # an admin1 unit ranks like a town of this size against same-name towns


@cache
def _stopwords() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(never places, places only with country context, words that start a person's name)."""
    sections: dict[str, set[str]] = {"never": set(), "context": set(), "person": set()}
    current = "never"
    for line in lexicon.read_text("place_stopwords.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, set()).update(name_key(w) for w in line.split(","))
    return (
        frozenset(sections["never"]),
        frozenset(sections["context"]),
        frozenset(sections["person"]),
    )


lexicon.on_reload(_stopwords.cache_clear)


def _to_match(place: Place, text: str, start: int, end: int) -> PlaceMatch:
    return PlaceMatch(
        Span(start, end),
        text[start:end],
        place.name,
        place.country,
        place.admin1,
        place.latitude,
        place.longitude,
        place.kind,
        place.population,
    )


def context_countries(text: str) -> tuple[str, ...]:
    """Countries a text mentions (by name, demonym, site or province), most mentioned first."""
    return _context(text).ranked


@dataclass(frozen=True)
class _Context:
    ranked: tuple[str, ...]  # every country mentioned, most mentioned first
    ranking: frozenset[str]
    named: frozenset[str]  # countries named as places (names, sites, provinces)
    phrases: tuple[tuple[int, int, Place], ...]  # curated-phrase matches over the whole text
    anchors: tuple[tuple[float, float], ...]  # where the named sites and provinces lie


@lru_cache(maxsize=16)
def _context(text: str) -> _Context:
    """What the whole text says about countries, computed once per text.

    Only `named` lets a small town count as "in context": "U.S. forces" says nothing about
    whether "Early" at the start of a sentence is a village in Texas.
    """
    g = gazetteer()
    toks = tokenize(text)
    counts: dict[str, int] = {}
    named: set[str] = set()
    # "the northern province of al-Jawf" names no "Northern" province: a province's name
    # has a capital (only a region may have a lower-case alias: "the occupied north")
    hits = [
        (s, e, place)
        for s, e, place in g.phrases.find_tokens(toks)
        if not (place.kind == "admin1" and text[s:e].islower())
    ]
    for _s, _e, place in hits:
        counts[place.country] = counts.get(place.country, 0) + 1
        named.add(place.country)
    for _s, _e, country in g.country_names.find_tokens(toks):
        counts[country] = counts.get(country, 0) + 1
    ranked = tuple(sorted(counts, key=lambda c: -counts[c]))
    anchors = tuple(
        dict.fromkeys(
            (p.latitude, p.longitude)
            for _s, _e, p in hits
            if p.kind in ("site", "admin1", "town")
            and p.latitude is not None
            and p.longitude is not None
        )
    )
    return _Context(ranked, frozenset(ranked), frozenset(named), tuple(hits), anchors)


lexicon.on_reload(_context.cache_clear)


def find_places(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    actor_countries: Iterable[str] = (),
) -> list[PlaceMatch]:
    """Places named in text[start:end] (absolute spans), ambiguous names resolved by the
    countries the whole text mentions. The home countries of the actors it names
    (`actor_countries`: the Houthis' Yemen) rank a country's cities above their namesakes and
    let "in Taiz" be Yemen's Taiz in a report that never says "Yemen"; they do not count as
    countries named."""
    stop = len(text) if end is None else end
    g = gazetteer()
    ctx = _context(text)
    homes = frozenset(actor_countries) - ctx.ranking
    if homes:
        ctx = replace(ctx, ranking=ctx.ranking | homes)
    out = [_to_match(p, text, s, e) for s, e, p in ctx.phrases if start <= s and e <= stop]
    taken = [(m.span.start, m.span.end) for m in out]
    for run in _RUN.finditer(text, start, stop):
        for pieces in _name_runs(text, run.start(), run.end()):
            _match_pieces(text, pieces, ctx, g, taken, out)
    out.sort(key=lambda m: m.span.start)
    out = [m for m in out if not _BROADCASTER.match(text, m.span.start)]
    nexts: list[PlaceMatch | None] = [*out[1:], None]
    return [
        m
        for m, nxt in zip(out, nexts, strict=False)
        if not _elsewhere(text, m, nxt) and not _a_persons_name(text, m)
    ]


# "Bashar al-Assad", "Assad's ancestral hometown", "forces loyal to Assad", "the Assad regime":
# a place's name borne by a person (Ain al-Asad is also "al-Asad")
# a capitalised word right before "al-X" that is no preposition is a given name ("Bashar al-")
_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:In|At|Near|On|From|To|The|Of|And|But|Around|Outside|Inside|Into|Across|"
    r"Toward|Towards|Over|Via|By|For|With|Against|Off|North|South|East|West|Northern|Southern|"
    r"Eastern|Western|Central|Upper|Lower|Greater|Old|New|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Then|Later|Meanwhile|Also)\b)[A-Z][a-z]+\s+$"
)
_ARTICLE_NAME = re.compile(r"(?i:al|el)[-\s]")
_AS_A_PERSON_BEFORE = re.compile(
    r"\b(?:loyal\s+to|pro-|anti-|(?:fall|ouster|overthrow|toppling|flight)\s+of|President|"
    r"ousted|deposed|former\s+(?:Syrian\s+)?president)\s*$"
)
_AS_A_PERSON_AFTER = re.compile(
    r"(?:[’']s\s+(?:ancestral|regime|government|forces|family|fall|rule|ouster|loyalists|"
    r"supporters|father|son|brother|wife|era|army|troops|hometown|home\s+town|statue|palace)|"
    r"\s+(?:regime|government|loyalists|family|era|clan|dynasty|fled|resigned|died|ruled|"
    r"was\s+(?:ousted|toppled|overthrown|born)))\b"
)


# "Defense Minister Israel Katz", "Israel Katz said": a country's name as a given name
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:Minister|Secretary|President|Premier|Speaker|Ambassador|Envoy|General|Gen\.|"
    r"Spokesman|Spokeswoman|Spokesperson|Chief|Commander|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$"
)
_SURNAME_SPEAKS = re.compile(
    r"\s+[A-Z][a-z]{2,}\s+(?:said|says|told|warned|added|wrote|stated|vowed|threatened)\b"
)


def _a_persons_name(text: str, m: PlaceMatch) -> bool:
    if m.kind == "country":
        return bool(
            _TITLE_BEFORE_NAME.search(text, max(0, m.span.start - 16), m.span.start)
            or _SURNAME_SPEAKS.match(text, m.span.end)
        )
    return m.kind in ("site", "town") and bool(
        (
            _ARTICLE_NAME.match(m.surface)
            and _GIVEN_NAME_BEFORE.search(text, max(0, m.span.start - 20), m.span.start)
        )
        or _AS_A_PERSON_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
        or _AS_A_PERSON_AFTER.match(text, m.span.end)
    )


# "Koya in Daraa province": the province or country that holds a place (not a comma, which
# as often lists the next place: "Erbil, Syria and Jordan")
_HELD_BY_NEXT = re.compile(r"\s+in\s+(?:the\s+)?")


def _elsewhere(text: str, m: PlaceMatch, nxt: PlaceMatch | None) -> bool:
    """A town or site said to lie in a province or country other than its own is another
    place of the same name that the gazetteer lacks ('Koya in Daraa province' is not Iraq's
    Koya)."""
    return (
        nxt is not None
        and m.kind in ("town", "site")
        and nxt.kind in ("admin1", "country")
        and nxt.country != m.country
        and _HELD_BY_NEXT.fullmatch(text, m.span.end, nxt.span.start) is not None
    )


# "told FRANCE 24": a broadcaster named after a country, not the country
_BROADCASTER = re.compile(r"[A-Z]{4,}\s+\d{1,3}\b")


def _name_runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The word pieces of a capitalised run, cut after a possessive: "Damascus's Mezzeh"
    is Damascus and then Mezzeh, with the 's left out."""
    chunk = text[start:end]
    if "'s" not in chunk and "’s" not in chunk:
        return [[m.span() for m in _PIECE.finditer(text, start, end)]]
    runs: list[list[tuple[int, int]]] = [[]]
    for m in _PIECE.finditer(text, start, end):
        s, e = m.span()
        if e - s > 2 and text[e - 2] in "'’" and text[e - 1] == "s":
            runs[-1].append((s, e - 2))
            runs.append([])
        else:
            runs[-1].append((s, e))
    return [r for r in runs if r]


def _match_pieces(
    text: str,
    pieces: list[tuple[int, int]],
    ctx: _Context,
    g: Gazetteer,
    taken: list[tuple[int, int]],
    out: list[PlaceMatch],
) -> None:
    i = 0
    while i < len(pieces):
        hit = _longest(text, pieces, i, ctx, g)
        if hit is None:
            i += 1
            continue
        j, place = hit
        s, e = pieces[i][0], pieces[j - 1][1]
        if not any(s < te and ts < e for ts, te in taken):
            out.append(_to_match(place, text, s, e))
        i = j


@lru_cache(maxsize=1 << 16)
def _key(surface: str) -> str:
    """name_key, memoised: the same names recur in every report."""
    return name_key(surface)


@lru_cache(maxsize=1 << 15)
def _lookup(surface: str) -> tuple[str, list[Place]] | None:
    """(key, gazetteer candidates) of an n-gram, or None for one with a word in capitals
    (acronyms, headlines). Memoised: n-grams recur across reports. Callers must not mutate
    the list."""
    if any(len(w) > 1 and w.isupper() for w in surface.split()):
        return None
    key = _key(surface)
    return key, gazetteer().candidates(key)


lexicon.on_reload(_lookup.cache_clear)


def _longest(
    text: str,
    pieces: list[tuple[int, int]],
    i: int,
    ctx: _Context,
    g: Gazetteer,
) -> tuple[int, Place] | None:
    never, needs_context, person = _stopwords()
    ranking, named = ctx.ranking, ctx.named
    for j in range(min(len(pieces), i + _MAX_NGRAM), i, -1):
        if not text[pieces[j - 1][0]].isupper():
            continue  # a name ends on a capitalised word, not on "al" or "of"
        looked_up = _lookup(text[pieces[i][0] : pieces[j - 1][1]])
        if looked_up is None:
            continue  # acronyms and headlines in capitals ("COME", "TAMPA") are not looked up
        key, cands = looked_up
        if not cands or key in never:
            continue
        single = j - i == 1
        if single and i > 0 and _key(text[slice(*pieces[i - 1])]) in person:
            return None  # "Lloyd Austin", "Secretary Austin"
        if i == 0 and _TITLE_BEFORE.search(text, max(0, pieces[0][0] - 8), pieces[0][0]):
            return None  # "Lt. Gen. Douglas Sims": a run cut at the title's full stop
        # "Al-Bayda" is one word with its article: a one-word name's bar, out of context
        one_word = single or (
            j - i == 2 and text[slice(*pieces[i])].lower() in ("al", "el", "ad", "ar", "as", "ash")
        )
        best = _best_of(key, ranking, ctx.anchors)
        if best is None:
            continue
        if single and j < len(pieces) and text[pieces[j][0]].isupper() and key != _key(best.name):
            continue  # "Majdal" of "Majdal Shams" is not Ashkelon, whose old name it is
        # a country named, or a city of a neighbour, or one after a locative preposition in
        # a country only met as a demonym ("in Daraa" in a report quoting the Syrian
        # Observatory; not "Washington said" in a report on U.S. forces)
        own_name = key == _key(best.name)
        in_context = (
            best.country in named
            or (
                # "the town of X" vouches for X's own name, not for another place's old one,
                # and not for a town far from every country the report mentions
                own_name
                and (not ranking or best.country in ranking or best.country in _neighbours(named))
                and _NAMED_AS_PLACE.search(text, max(0, pieces[i][0] - 40), pieces[i][0])
                is not None
            )
            or (
                best.population >= MIN_POP_INITIAL
                and (
                    # a neighbour's town by an old or foreign name ("al-Sour" for Tyre) needs
                    # its country named: the name is as likely a village here
                    (own_name and best.country in _neighbours(named))
                    or (
                        best.country in ranking
                        and _LOCATIVE.search(text, max(0, pieces[i][0] - 12), pieces[i][0])
                    )
                )
            )
        )
        initial = single and _sentence_initial(text, pieces[i][0])
        if key in needs_context and (not in_context or initial):
            continue
        if best.kind != "town":
            return j, best
        if initial and best.population < MIN_POP_INITIAL:
            continue
        if in_context or best.population >= (MIN_POP_ALONE if one_word else MIN_POP_MULTI):
            return j, best
    return _fuzzy(text, pieces, i, ctx, g) if ctx.named and len(pieces) > i + 1 else None


# a preposition of place, or the object of an attack ("targeted the Haifa port")
# "the southern city of Tyre", "the village of Dhiban": the text says it is a place
_TITLE_BEFORE = re.compile(
    r"\b(?:Gen|Lt|Col|Maj|Brig|Adm|Sgt|Capt|Cpl|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+$"
)
_NAMED_AS_PLACE = re.compile(
    r"\b(?:city|town|village|port|district|province|governorate|suburb|outskirts|"
    r"neighbou?rhood|camp|municipality)\s+of\s+(?:the\s+)?\Z",
    re.I,
)
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|around|into|of|toward|towards|on|against|targeted|targeting|"
    r"over|across|above|inside|within|throughout|from|off|"
    r"attacked|struck|hit|bombed|shelled)\s+(?:the\s+)?\Z",
    re.I,
)


_PARTICLES = frozenset(
    [
        "al",
        "abu",
        "umm",
        "bin",
        "ibn",
        "bani",
        "beni",
        "ras",
        "tall",
        "ayn",
        "dayr",
        "bayt",
        "kafr",
        "jabal",
    ]
)


def _fuzzy(
    text: str, pieces: list[tuple[int, int]], i: int, ctx: _Context, g: Gazetteer
) -> tuple[int, Place] | None:
    """Last resort for transliterations ("Abu Ghreib" for GeoNames' "Abu Ghurayb"): the same
    consonant skeleton, a name of two or three words none of which is a common word or a
    given name, in a country the document names. One-word skeletons collide too often."""
    person = _stopwords()[2]
    if i > 0 and _key(text[slice(*pieces[i - 1])]) in person:
        return None
    for j in range(min(len(pieces), i + 3), i + 1, -1):
        if not text[pieces[j - 1][0]].isupper():
            continue
        key = _fuzzy_key(text[pieces[i][0] : pieces[j - 1][1]])
        if key is None:
            continue
        cands = [p for c in ctx.named if (iso := _iso(c)) for p in g.towns.fuzzy(key, iso)]
        if cands:
            return j, max(cands, key=lambda p: p.population)
    return None


@lru_cache(maxsize=1 << 14)
def _fuzzy_key(surface: str) -> str | None:
    """The key of a name `_fuzzy` may try: two or three words, none in capitals or a common
    word or a given name; else None. Memoised (a pure function of the surface)."""
    if any(len(w) > 1 and w.isupper() for w in surface.split()) or "'" in surface:
        return None
    never, _needs_context, person = _stopwords()
    key = _key(surface)
    words = [w for w in key.split() if w != "al"]
    if len(words) < 2 or any(
        w not in _PARTICLES and (w in never or w in person or len(w) < 3) for w in words
    ):
        return None
    return key


lexicon.on_reload(_fuzzy_key.cache_clear)


@cache
def _iso(country: str) -> str | None:
    c = countries().get(country)
    return c.iso2 if c else None


lexicon.on_reload(_iso.cache_clear)


@lru_cache(maxsize=64)
def _neighbours(named: frozenset[str]) -> frozenset[str]:
    """Countries bordering the named ones (GeoNames neighbour lists), for mid-size towns."""
    by_name = countries()
    by_iso = {c.iso2: c.name for c in by_name.values()}
    table = lexicon.geonames_countries()
    out: set[str] = set()
    for name in named:
        c = by_name.get(name)
        row = table.get(c.iso2) if c else None
        if row:
            out.update(by_iso[n] for n in str(row.get("neighbours", "")).split(",") if n in by_iso)
    return frozenset(out)


lexicon.on_reload(_neighbours.cache_clear)


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


NEAR_KM = 150.0  # a candidate this close to a site or province the text names gets a bonus


def _score(
    place: Place,
    context: Sequence[str] | frozenset[str],
    anchors: Sequence[tuple[float, float]] = (),
) -> float:
    """Country named in the text first, then closeness to the text's other places, then size."""
    pop = _ADMIN1_POP if place.kind == "admin1" else place.population
    score = math.log10(pop + 1)
    if place.country in context:
        score += 100
    if anchors and place.latitude is not None and place.longitude is not None:
        lat, lon = place.latitude, place.longitude
        if any(distance_km(lat, lon, a, b) <= NEAR_KM for a, b in anchors):
            score += 3
    return score


def _best(
    cands: Sequence[Place],
    context: Sequence[str] | frozenset[str],
    anchors: Sequence[tuple[float, float]] = (),
) -> Place | None:
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    in_context = [p for p in cands if p.country in context]
    if len(in_context) > 1 and anchors:  # nearness only decides within the context countries
        best = max(in_context, key=lambda p: _score(p, context, anchors))
    else:
        best = max(cands, key=lambda p: _score(p, context))
    big = max(cands, key=lambda p: p.population)
    if big.population >= MIN_POP_ALONE and best.population * 100 < big.population:
        return big  # Damascus is the Syrian capital, even in a report that names U.S. officials
    return best


@lru_cache(maxsize=4096)
def _best_of(
    key: str, ranking: frozenset[str], anchors: tuple[tuple[float, float], ...]
) -> Place | None:
    """_best over a key's candidates, memoised: a report names the same places again and
    again, and each choice weighs distances to every anchor."""
    return _best(gazetteer().candidates(key), ranking, anchors)


lexicon.on_reload(_best_of.cache_clear)


def resolve_place(surface: str, *, context_countries: Sequence[str] = ()) -> PlaceMatch | None:
    """The best place for one name ("Erbil", "al-Tanf", "Anbar province"), or None."""
    text = " ".join(surface.split())
    if not text:
        return None
    g = gazetteer()
    place = g.phrases.lookup(text)
    if place is None:
        key = name_key(text[4:] if text.lower().startswith("the ") else text)
        cands = g.candidates(key)
        if key in _stopwords()[0]:
            cands = []
        place = _best(cands, frozenset(context_countries))
    return _to_match(place, text, 0, len(text)) if place else None


def country_info(name_or_adjective: str) -> tuple[str, float, float] | None:
    """(ACLED country name, centroid latitude, longitude) for "Iraqi", "Iraq" or "U.S."."""
    name = gazetteer().country_names.lookup(" ".join(name_or_adjective.split()))
    if name is None:
        return None
    c = countries()[name]
    return c.name, c.latitude, c.longitude


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


# "68 nautical miles southwest of Hodeidah", "50NM west of Al Hudaydah": a point at sea
_OFFSET = re.compile(
    r"(?P<n>\d{1,3}(?:\.\d)?)\s*(?:nautical\s+miles?|nm\b|NM\b)\s+(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:of|from)\s+"
    # "... southwest of the Houthi-controlled port of Hodeidah"
    r"(?:the\s+)?(?:[\w’'-]+-(?:controlled|held|run)\s+)?(?:(?:port|city|town|coast)\s+of\s+)?$",
    re.I,
)
_BEARING = {"north": 0, "east": 90, "south": 180, "west": 270}
NM_KM = 1.852


_OFFSET_NAME = re.compile(r"\d{1,3}(?:\.\d)? nm ")


def named_from_a_port(name: str) -> bool:
    """'68 nm southwest of Al Hudaydah': the name `at_sea_offset` gives a point at sea."""
    return _OFFSET_NAME.match(name) is not None


def at_sea_offset(text: str, p: PlaceMatch) -> PlaceMatch:
    """'attacked 68 nautical miles southwest of Hodeidah': where the ship was, a point that
    far from the port in that direction (approximate: the bearing is one of eight), in the
    port's country and province as ACLED codes events at sea. Any other place is returned
    as it is."""
    if p.latitude is None or p.longitude is None or p.kind not in ("town", "site"):
        return p
    m = _OFFSET.search(text, max(0, p.span.start - 60), p.span.start)
    if m is None:
        return p
    bearings = [_BEARING[w] for w in re.findall(r"north|south|east|west", m.group("dir").lower())]
    # the mean of the two bearings ("south-west": 225), but north-west is 315, not 135
    bearing = 315.0 if bearings == [0, 270] else sum(bearings) / len(bearings)
    km = float(m.group("n")) * NM_KM
    rad = math.radians(bearing)
    lat = p.latitude + km * math.cos(rad) / 111.32
    lon = p.longitude + km * math.sin(rad) / (111.32 * math.cos(math.radians(p.latitude)))
    return PlaceMatch(
        span=Span(m.start(), p.span.end),
        surface=text[m.start() : p.span.end],
        name=f"{m.group('n')} nm {m.group('dir').lower()} of {p.name}",
        country=p.country,
        admin1=p.admin1,
        latitude=round(lat, 4),
        longitude=round(lon, 4),
        kind="sea",
    )
