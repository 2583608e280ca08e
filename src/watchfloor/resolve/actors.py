"""Actor surface forms -> canonical ACLED-style actors, and the families they belong to.

The data is `lexicon/data/actors.json`: canonical names, aliases (plus alias patterns with
`{a|b}` alternations and per-word spelling variants), kind, country and affiliations.
Families are what deduplication and queries need: "Kataib Hezbollah" is also the "Islamic
Resistance in Iraq", the "Popular Mobilization Forces" and "Iran-backed militias", so a report
naming any of them can describe the same attack, and a query for Iran-backed actors finds all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from watchfloor import lexicon
from watchfloor.errors import InputError
from watchfloor.models import Span
from watchfloor.resolve.phrases import PhraseIndex, phrase_keys

KINDS = frozenset(
    [
        "state_force",
        "militia",
        "coalition",
        "government",
        "political",
        "civilian",
        "rebel",
        "terrorist",
        "generic",
    ]
)


@dataclass(frozen=True)
class ActorMatch:
    span: Span
    surface: str
    canonical: str
    kind: str
    country: str | None
    families: tuple[str, ...]
    # "U.S. and British forces struck": the states named with the first, who act with it
    partners: tuple[str, ...] = ()


def state_force_match(
    country: str, span: Span, surface: str, partners: Sequence[str] = ()
) -> ActorMatch | None:
    """The forces of a state named by a word in the text ("Iran", "British"), as an actor; None
    for a country without state forces in the lexicon."""
    force = state_force(country)
    if force is None:
        return None
    return ActorMatch(
        span=span,
        surface=surface,
        canonical=force,
        kind="state_force",
        country=country,
        families=(force,),
        partners=tuple(p for p in partners if p != force),
    )


@dataclass(frozen=True)
class ActorInfo:
    """One row of actors.json, validated."""

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    member_of: tuple[str, ...]
    backed_by: tuple[str, ...]
    qualified_by_country: bool = False
    wildcard_for: tuple[str, ...] = ()
    strikes_abroad_for: str | None = None  # the country whose strikes abroad are this actor's


@dataclass(frozen=True)
class _Lexicon:
    actors: dict[str, ActorInfo]
    index: PhraseIndex[str]
    families: dict[str, frozenset[str]]
    by_lower: dict[str, str]
    shared: dict[tuple[str, ...], str]  # alias keys -> the actor claiming it by context
    shared_owners: frozenset[str]  # the actors whose alias another may claim
    sole: dict[tuple[str, ...], str]  # alias keys -> the actor they mean when it alone is named


_ALT = re.compile(r"\{([^{}]*)\}")


def expand_pattern(pattern: str) -> list[str]:
    """'{Iran|Iranian}-backed {groups|militias}' -> the four phrases it stands for."""
    parts = _ALT.split(pattern)
    choices = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def _info(row: dict[str, Any]) -> ActorInfo:
    name = row.get("name")
    if not isinstance(name, str) or not name:
        raise InputError(f"actors.json: an actor has no name: {row!r}")
    kind = row.get("kind")
    if kind not in KINDS:
        raise InputError(f"actors.json: actor {name!r} has unknown kind {kind!r}")
    aliases = [name, *row.get("aliases", [])]
    for pattern in row.get("alias_patterns", []):
        aliases.extend(expand_pattern(pattern))
    return ActorInfo(
        name=name,
        kind=kind,
        country=row.get("country"),
        aliases=tuple(dict.fromkeys(aliases)),
        member_of=tuple(row.get("member_of", [])) + tuple(row.get("affiliated_with", [])),
        backed_by=tuple(row.get("backed_by", [])),
        qualified_by_country=bool(row.get("qualified_by_country", False)),
        wildcard_for=tuple(row.get("wildcard_for", [])),
        strikes_abroad_for=row.get("strikes_abroad_for"),
    )


@cache
def _lexicon() -> _Lexicon:
    data = lexicon.load_json("actors.json")
    actors: dict[str, ActorInfo] = {}
    for row in data["actors"]:
        info = _info(row)
        if info.name in actors:
            raise InputError(f"actors.json: actor {info.name!r} is listed twice")
        actors[info.name] = info
    for info in actors.values():
        for parent in (*info.member_of, *info.backed_by):
            if parent not in actors:
                raise InputError(f"actors.json: {info.name!r} refers to unknown actor {parent!r}")
    index: PhraseIndex[str] = PhraseIndex(data.get("spelling_variants", {}))
    for info in actors.values():
        for alias in info.aliases:
            index.add(alias, info.name)
    for info in actors.values():  # after the listed aliases, which win over derived ones
        for alias in _force_nouns(info):
            index.add(alias, info.name)
    shared: dict[tuple[str, ...], str] = {}
    owners: set[str] = set()
    for row in data["actors"]:
        for alias in row.get("shared_aliases", []):
            owner = index.lookup(alias)
            if owner is None:
                raise InputError(f"actors.json: shared alias {alias!r} is no actor's alias")
            shared[phrase_keys(alias)[0]] = row["name"]
            owners.add(owner)
    sole: dict[tuple[str, ...], str] = {}
    for row in data["actors"]:
        for alias in row.get("sole_aliases", []):
            if index.lookup(alias) is None:
                raise InputError(f"actors.json: sole alias {alias!r} is no actor's alias")
            sole[phrase_keys(alias)[0]] = row["name"]
    families = {name: _closure(name, actors) for name in actors}
    by_lower = {name.lower(): name for name in actors}
    return _Lexicon(actors, index, families, by_lower, shared, frozenset(owners), sole)


lexicon.on_reload(_lexicon.cache_clear)


_DEMONYM_FORCE = re.compile(
    r"([A-Z][a-z]+(?:i|n|ese|ish|ian|ic))\s+(?:army|forces|troops|military)"
)
_FORCE_NOUNS = (
    "soldier", "soldiers", "troops", "army", "forces", "military", "servicemen", "serviceman",
    "service members", "service member", "personnel", "armed forces", "officers", "officer",
    "jets", "fighter jets", "warplanes", "air force", "border guards", "border guard",
    "border forces", "border guard forces", "coast guard",
    "special forces", "commandos", "ground forces", "ground troops",
    # "an Israeli tank fired at the tower", "Turkish artillery shelled villages": its arms
    "tank", "tanks", "artillery", "gunboat", "gunboats", "helicopter", "helicopters",
    "attack helicopters", "aircraft", "fighter planes", "bombers", "sniper", "snipers",
    "air defences", "air defenses",
)  # fmt: skip


def _force_nouns(info: ActorInfo) -> list[str]:
    """'Syrian soldiers', 'a Lebanese soldier', 'Iranian troops': a state's forces by its
    demonym (read off its listed aliases, "Syrian army") and any word for its soldiers."""
    if info.kind != "state_force" or not info.name.startswith("Military Forces of"):
        return []
    demonyms = {m.group(1) for a in info.aliases if (m := _DEMONYM_FORCE.fullmatch(a))}
    # "Israel's military", "Pakistan's army": the country's own forces by its name
    owners = [f"{info.country}'s"] if info.country else []
    return [f"{d} {noun}" for d in [*sorted(demonyms), *owners] for noun in _FORCE_NOUNS]


def _closure(name: str, actors: dict[str, ActorInfo]) -> frozenset[str]:
    seen = {name}
    todo = [name]
    while todo:
        for parent in actors[todo.pop()].member_of:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)


def actor_info(name: str) -> ActorInfo | None:
    """The lexicon row of a canonical name or any alias."""
    canonical = canonical_actor(name)
    return _lexicon().actors.get(canonical) if canonical else None


def all_actors() -> tuple[ActorInfo, ...]:
    return tuple(_lexicon().actors.values())


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
    """Actor mentions in text[start:end]: longest match first, non-overlapping, absolute spans."""
    lex = _lexicon()
    out: list[ActorMatch] = []
    for s, e, name in lex.index.find(text, start, end):
        last_end = out[-1].span.end if out else start
        out.extend(m for m in _coordinated(text, start, s, e) if m.span.start >= last_end)
        out.append(_match(text, s, e, name))
    return out


def in_context(matches: list[ActorMatch], countries: Sequence[str]) -> list[ActorMatch]:
    """'The Islamic Resistance announced ...' in a report on south Lebanon is Hezbollah's
    armed wing; in one on Iraq, the Iraqi umbrella group. A name two actors share (a row's
    `shared_aliases`) goes to the one whose country the report mentions first."""
    lex = _lexicon()
    matches = _sole_side(_the_enemy(matches))
    if not lex.shared:
        return matches
    rank = {c: i for i, c in enumerate(countries)}
    out = []
    for m in matches:
        if m.canonical not in lex.shared_owners:
            out.append(m)  # only the listed owner of a shared name can be read otherwise
            continue
        other = lex.shared.get(phrase_keys(m.surface)[0])
        if other is not None and other != m.canonical:
            mine = rank.get(lex.actors[m.canonical].country or "", len(rank))
            theirs = rank.get(lex.actors[other].country or "", len(rank))
            if theirs < mine:
                m = _read_as(m, other)
        out.append(m)
    return out


def _read_as(m: ActorMatch, name: str) -> ActorMatch:
    """The same words, read as another actor of the lexicon."""
    lex = _lexicon()
    info = lex.actors[name]
    return replace(
        m,
        canonical=name,
        kind=info.kind,
        country=info.country,
        families=tuple(sorted(lex.families[name])),
    )


THE_ENEMY = "The enemy"


def _the_enemy(matches: list[ActorMatch]) -> list[ActorMatch]:
    """'Enemy warplanes raided Aitaroun' in a report that calls Israel 'the Zionist enemy':
    the one side the report names as its enemy; with none or several, no one."""
    if not any(m.canonical == THE_ENEMY for m in matches):
        return matches
    named = {
        m.canonical: m for m in matches if m.canonical != THE_ENEMY and "enemy" in m.surface.lower()
    }
    if len(named) != 1:
        return [m for m in matches if m.canonical != THE_ENEMY]
    (side,) = named.values()
    return [
        replace(side, span=m.span, surface=m.surface) if m.canonical == THE_ENEMY else m
        for m in matches
    ]


def _sole_side(matches: list[ActorMatch]) -> list[ActorMatch]:
    """'Saree announced that the Yemeni army had fired missiles': in a report that names the
    Houthis and never Yemen's government by a name of its own, the army it speaks of is the
    Houthis' (a row's `sole_aliases`)."""
    lex = _lexicon()
    if not lex.sole:
        return matches
    keyed = [(m, lex.sole.get(phrase_keys(m.surface)[0])) for m in matches]
    if not any(claimant for _, claimant in keyed):
        return matches
    named = {m.canonical for m, claimant in keyed if claimant is None}
    out = []
    for m, claimant in keyed:
        if claimant is not None and claimant in named and m.canonical not in named:
            m = _read_as(m, claimant)
        out.append(m)
    return out


def _match(text: str, s: int, e: int, name: str) -> ActorMatch:
    lex = _lexicon()
    info = lex.actors[name]
    return ActorMatch(
        span=Span(s, e),
        surface=text[s:e],
        canonical=name,
        kind=info.kind,
        country=info.country,
        families=tuple(sorted(lex.families[name])),
    )


_COORDINATED = re.compile(r"(?:^|[\s(])((?:[A-Z][\w.'-]*,\s+)*[A-Z][\w.'-]*)\s+(?:and|&)\s+$")


def _coordinated(text: str, start: int, s: int, e: int) -> list[ActorMatch]:
    """In "U.S. and British forces" the first nationality shares the matched second's noun."""
    head, _, tail = text[s:e].partition(" ")
    if not tail or not head[:1].isupper():
        return []
    window = max(start, s - 60)
    m = _COORDINATED.search(text, window, s)
    if m is None:
        return []
    found = []
    pos = m.start(1)
    for word in m.group(1).split(","):
        word_start = text.index(word.strip(), pos)
        word_end = word_start + len(word.strip())
        pos = word_end
        name = _lexicon().index.lookup(f"{word.strip()} {tail}")
        if name is not None:
            found.append(_match(text, word_start, word_end, name))
    return found


def _strip_qualifier(name: str) -> str:
    # "Unidentified Armed Group (Iraq)" -> "Unidentified Armed Group"; keeps "(2017-)" names.
    base, sep, rest = name.rpartition(" (")
    if sep and rest.endswith(")") and not any(ch.isdigit() for ch in rest) and base:
        return base
    return name


def canonical_actor(surface: str) -> str | None:
    """The canonical name for a canonical name, alias or description; None if unknown."""
    lex = _lexicon()
    text = " ".join(surface.split())
    if not text:
        return None
    exact = lex.by_lower.get(text.lower()) or lex.by_lower.get(_strip_qualifier(text).lower())
    if exact:
        return exact
    return lex.index.lookup(text) or lex.index.lookup(_strip_qualifier(text))


def actor_families(name: str | None) -> frozenset[str]:
    """The actor and every group it is a member of or affiliated with; unknown -> {name}."""
    if name is None:
        return frozenset()
    canonical = canonical_actor(name)
    if canonical is None:
        return frozenset({name})
    fam = _lexicon().families[canonical]
    return fam | {name} if name != canonical and _strip_qualifier(name) != name else fam


def allied(a: str, b: str) -> bool:
    """Is one a backer of the other, or do they share a family? (Iran's forces and the
    Iran-backed militias; Hezbollah and the Houthis): never each other's target by default."""
    fa, fb = actor_families(a), actor_families(b)
    if fa & fb:
        return True
    actors = _lexicon().actors
    backers_a = {p for f in fa if f in actors for p in actors[f].backed_by}
    backers_b = {p for f in fb if f in actors for p in actors[f].backed_by}
    return bool(backers_a & fb or backers_b & fa)


def family_members(name: str) -> frozenset[str]:
    """Every canonical actor whose family contains `name` (a query for "Iran-backed" finds all)."""
    canonical = canonical_actor(name) or name
    return frozenset(a for a, fam in _lexicon().families.items() if canonical in fam)


def compatible(a: str | None, b: str | None) -> bool:
    """Could two actor names denote the same side of one event?

    True when either is None, when one is in the other's family (KH and the Islamic
    Resistance in Iraq; KH and "Iran-backed militias"), or when one is a wildcard such as an
    unidentified armed group and the other is of a kind it can stand for. Sharing only a
    distant umbrella is not enough: Hezbollah and the Houthis are both in the Axis of
    Resistance, yet a strike by one is never the strike by the other.
    """
    if a is None or b is None:
        return True
    ca, cb = canonical_actor(a), canonical_actor(b)
    if ca is None or cb is None:
        return _norm(a) == _norm(b)
    lex = _lexicon()
    if ca in lex.families[cb] or cb in lex.families[ca]:
        return True
    ia, ib = lex.actors[ca], lex.actors[cb]
    return ib.kind in ia.wildcard_for or ia.kind in ib.wildcard_for


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", _strip_qualifier(name).lower()).split())


def qualified_name(canonical: str, country: str | None) -> str:
    """ACLED's country-qualified form: ("Civilians", "Iraq") -> "Civilians (Iraq)"."""
    info = _lexicon().actors.get(canonical)
    if info and info.qualified_by_country and country:
        return f"{canonical} ({country})"
    return canonical


def police_force(country: str) -> str | None:
    """The state's police for a country name: "Jordan" -> "Police Forces of Jordan"."""
    return _state_row(country, "Police Forces of", top_only=False)


def force_abroad(country: str) -> str | None:
    """Whose forces strike beyond a country's borders when the text names only the country
    ("a Yemeni missile hit Eilat"): an actor row's `strikes_abroad_for`, else None (the
    state's own forces, for most countries)."""
    for info in _lexicon().actors.values():
        if info.strikes_abroad_for == country:
            return info.name
    return None


def state_force(country: str) -> str | None:
    """The state's armed forces for a country name: "Israel" -> "Military Forces of Israel"."""
    return _state_row(country, "Military Forces of", top_only=True)


def _state_row(country: str, prefix: str, *, top_only: bool) -> str | None:
    """The first state-force row of a country whose name starts with `prefix` (the force as a
    whole, not one of its members, when `top_only`)."""
    for info in _lexicon().actors.values():
        if (
            info.kind == "state_force"
            and info.country == country
            and not (top_only and info.member_of)
            and info.name.startswith(prefix)
        ):
            return info.name
    return None
