"""From merged candidates to `models.Mention`: names, types, weapons and counts.

The ACLED sub-event type comes from the trigger word, else from the weapons, else from a
default per kind of perpetrator (data in triggers.json). Casualty figures become
low / best / high over all claims: one claim with an exact figure fills all three, "at
least N" only low, "about N" only best; several claims give the smallest as low, the
largest as high and the smallest exact figure as best (ACLED's conservative reading).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract import agents, triggers
from watchfloor.extract.candidate import (
    ARMED_GROUP_KINDS,
    REMOTE_FAMILIES,
    STATE_KINDS,
    Candidate,
)
from watchfloor.models import CasualtyClaim, Count, Mention
from watchfloor.resolve.actors import (
    ActorMatch,
    actor_info,
    allied,
    compatible,
    force_abroad,
    police_force,
    qualified_name,
    state_force,
)
from watchfloor.resolve.places import PlaceMatch, country_info, distance_km
from watchfloor.resolve.weapons import WeaponMatch, weapon_broader


def finalise(
    text: str,
    merged: Sequence[Candidate],
    published: dt.date | None,
    doc_country: str | None,
    actors: Sequence[ActorMatch] = (),
) -> list[Mention]:
    out = []
    shooters = {c.actor1.canonical for c in merged if c.actor1 is not None}
    fired_from = _fired_from_by_target(merged)
    sections = _country_headings(text)
    for i, c in enumerate(merged):
        country = (
            c.country
            or _home_country(c, text)
            or _country_told_before(merged, i)
            or _actor_country(c, doc_country)
            or _section_country(sections, c.evidence.start)
            or doc_country
        )
        weapons = _weapon_names(c.weapons, c.trigger.weapon, c)
        sub = _subtype(c, text)
        side = c.actor1 or c.pronoun_side
        actor1 = qualified_name(side.canonical, country) if side else None
        abroad = _struck_abroad(c, side, country)
        if abroad is not None:
            actor1 = abroad
        if actor1 is None and (c.family == "strike" or _flown(c)) and country:
            # "CENTCOM said the strikes Thursday night ...", the country told elsewhere
            here = [a for a in actors if c.evidence.start <= a.span.start < c.evidence.end]
            teller = agents.reporting_air_force(text, c.trigger, c.evidence, here, country)
            actor1 = qualified_name(teller.canonical, country) if teller else None
        if actor1 is None and c.family in REMOTE_FAMILIES and (c.origin or country):
            where = c.origin or fired_from.get(country or "") or country or ""
            # "a rocket fired from Lebanon": the firing country's one armed group the report
            # tells of, else ACLED's unknown shooter named by where it fired from
            actor1 = _home_group_attacking(c, where, actors, shooters)
            if actor1 is None and not _flown(c, only=True):  # no armed group flies jets
                actor1 = f"Unidentified Armed Group ({where})"
        if actor1 is None and c.home_force and country:
            local = (c.home_force == "police" and police_force(country)) or state_force(country)
            actor1 = qualified_name(local, country) if local else None
        actor2 = qualified_name(c.actor2.canonical, country) if c.actor2 else None
        if c.family == "protest":
            # ACLED codes the crowd as actor1 (whoever's supporters it is) and the force
            # that met it as actor2
            if c.actor1 is not None and c.actor1.kind in STATE_KINDS:
                actor2 = actor1
            crowd = "Rioters" if sub == "Violent demonstration" else "Protesters"
            actor1 = qualified_name(crowd, country) if country else crowd
            if sub == "Peaceful protest":
                actor2 = None  # what a crowd marches for or against is no party to it
        if actor2 is None and c.place is not None and _a_base(text, c.place):
            hosts = agents.garrison(c.place.name)
            if hosts and not (actor1 and compatible(actor1, hosts)):
                actor2 = hosts
        if actor2 is None and c.soldiers_harmed and country:
            # "Hezbollah rockets hit Safed, killing a soldier": the soldiers of the country
            # where it happened, unless they are the attacker's own
            local = state_force(country)
            if local and not (actor1 and compatible(actor1, local)):
                actor2 = local
        if actor2 is None and sub == "Non-state actor overtakes territory" and country:
            # "HTS captured Hama": taken from the state's forces, unless the taker is them
            local = state_force(country)
            if local and not (actor1 and compatible(actor1, local)):
                actor2 = local
        if actor2 is None and c.civilians_harmed and country:
            actor2 = qualified_name("Civilians", country)
        if actor2 is None and country:
            actor2 = _armed_group_at_home(c, country, actors)
        if actor2 is None and c.arms_hit and country:
            # "Israel struck an air-defense radar near Isfahan": the state's own arms, when
            # no armed group of the country is told of
            local = state_force(country)
            if local and not (actor1 and compatible(actor1, local)):
                actor2 = local
        if actor2 is None and c.victims is not None:
            victims = qualified_name(c.victims.canonical, country)
            if not (actor1 and compatible(actor1, victims)):
                actor2 = victims
        if (
            actor2 is None
            and c.aimed_at is not None
            and (c.place is None or c.place.kind in ("country", "region") or _in_state_aimed_at(c))
            and not (actor1 and compatible(actor1, c.aimed_at.canonical))
        ):
            actor2 = c.aimed_at.canonical  # "fired 180 missiles at Israel", nowhere named
        if (
            actor2 is None
            and sub == "Armed clash"
            and country
            and actor1 is not None
            and _UNNAMED_FIGHTERS.search(text, c.evidence.start, c.evidence.end)
        ):
            # "border guards clashed with armed smugglers": an armed group no one names
            actor2 = f"Unidentified Armed Group ({country})"
        if actor2 is not None and actor2 == actor1:
            actor2 = None  # no side is its own target
        if sub == "Armed clash" and actor2 is not None and actor2.startswith("Civilians"):
            sub = "Attack"  # "killed by a sniper": the victims told no fight
        date = c.date.date if c.date else published
        precision = c.date.precision if c.date else "day"
        if precision not in ("day", "week", "month", "year"):
            precision = "day"
        place = c.place
        spans = sorted(set(c.spans), key=lambda s: s.start)
        out.append(
            Mention(
                id=f"e{i + 1}",
                date=date,
                date_precision=precision,  # type: ignore[arg-type]
                event_type=triggers.event_type_of(sub),
                sub_event_type=sub,
                actor1=actor1,
                actor1_aliases_in_text=tuple(sorted(c.aliases1)),
                actor2=actor2,
                actor2_aliases_in_text=tuple(sorted(c.aliases2)),
                country=country,
                admin1=place.admin1 if place else None,
                location=place.name if place and place.kind != "country" else None,
                latitude=place.latitude if place and place.kind != "country" else None,
                longitude=place.longitude if place and place.kind != "country" else None,
                geo_precision=place.kind if place else ("country" if country else None),
                weapons=weapons,
                fatalities=_count(
                    [(cl.killed, cl.killed_bound) for cl in c.claims],
                    named=[cl.named for cl in c.claims],
                    revised=[cl.revised for cl in c.claims],
                ),
                injuries=_count([(cl.injured, cl.injured_bound) for cl in c.claims]),
                casualty_claims=tuple(_dedupe_claims(c.claims)),
                outcome="; ".join(sorted(c.outcome)) or None,
                evidence=text[c.evidence.start : c.evidence.end],
                spans=tuple(spans),
            )
        )
    return out


_AIR_RAID = re.compile(r"\b(?:air\s*strikes?|air\s*raids?|raids?|bombing|bombed|bombard)", re.I)


def _flown(c: Candidate, *, only: bool = False) -> bool:
    """Aircraft struck: any weapon told is a warplane (all of them, with `only`)."""
    air = [w.category == "air" for w in c.weapons]
    return (all(air) if only and air else any(air)) or bool(_AIR_RAID.search(c.trigger.surface))


def _home_group_attacking(
    c: Candidate, country: str, actors: Sequence[ActorMatch], shooters: set[str]
) -> str | None:
    """'Attacks on the ship resumed on 8 July' in a report about the Houthis: an attack fired
    from a country that names no attacker is by the one armed group of that country the
    report tells of (at least twice, no rival of it there, and attacking elsewhere in the
    report), unless no side claimed it."""
    if c.unclaimed or c.family not in ("attack", "strike", "explosion", "intercept"):
        return None
    if _flown(c):
        return None  # "fighter jets struck targets in several villages": no armed group flies jets
    # only what it fires outward: across a border, at sea, or at a foreign force or shipping
    # (at home, the unnamed striker may as well be a state's aircraft)
    a2 = c.actor2
    outward = (
        (c.origin is not None and c.origin != c.country)
        or (c.place is not None and c.place.kind == "sea")
        or (a2 is not None and a2.canonical == "Civilians (International)")
        or (a2 is not None and a2.kind in STATE_KINDS and a2.country not in (None, country))
    )
    if not outward:
        return None
    groups = Counter(
        a.canonical for a in actors if a.kind in ARMED_GROUP_KINDS and a.country == country
    )
    if len(groups) != 1:
        return None
    name, n = groups.most_common(1)[0]
    if n < 2 or name not in shooters:
        return None
    if c.actor2 is not None and compatible(name, c.actor2.canonical):
        return None
    return name


# "the American occupation base in al-Shaddadi", "the Al-Shaddadi base": a town that is
# named for the base beside it
_BASE_BEFORE = re.compile(r"\b(?:base|garrison|outpost)\s+(?:in|at|near|of)\s+(?:the\s+)?$", re.I)
_BASE_AFTER = re.compile(r"\s+(?:air\s*)?(?:base|garrison|outpost)\b", re.I)


def _a_base(text: str, place: PlaceMatch) -> bool:
    if place.kind == "site":
        return True
    return place.kind == "town" and bool(
        _BASE_BEFORE.search(text, max(0, place.span.start - 30), place.span.start)
        or _BASE_AFTER.match(text, place.span.end)
        or re.search(r"\b(?:base|garrison|outpost)$", place.surface, re.I)
    )


_UNNAMED_FIGHTERS = re.compile(
    r"\b(?:(?:armed|drug|weapons|arms)\s+)?(?:smugglers|traffickers|infiltrators|gunmen|"
    r"armed\s+(?:men|groups?|gangs?))\b",
    re.I,
)


def _armed_group_at_home(c: Candidate, country: str, actors: Sequence[ActorMatch]) -> str | None:
    """'U.S. and British warplanes hit 60 targets across Yemen' in a report about the
    Houthis: a state's strike abroad that names no target hit the armed group of that country
    the report tells of most (at least twice), as ACLED codes such strikes."""
    a1 = c.actor1
    if c.family not in ("strike", "attack") or a1 is None or a1.kind not in STATE_KINDS:
        return None
    if a1.country == country:
        return None  # a state's forces at home strike insurgents, protesters, anyone
    counts = Counter(
        a.canonical
        for a in actors
        if a.kind in ARMED_GROUP_KINDS
        and a.country == country
        and not compatible(a1.canonical, a.canonical)
        and not allied(a1.canonical, a.canonical)
    )
    if not counts:
        return None
    (name, n), *rest = counts.most_common(2)
    if n < 2 or (rest and rest[0][1] == n):
        return None
    return name


_HEADING = re.compile(r"^[ \t]*([A-Z][\w .’'-]{2,40}?)[ \t]*:?[ \t]*$", re.M)


def _country_headings(text: str) -> list[tuple[int, str]]:
    """A digest's sections ("Jordan" on a line of its own, then its month's events): where
    each country's section starts."""
    out = []
    for m in _HEADING.finditer(text):
        info = country_info(m.group(1))
        if info is not None and info[0].lower() == m.group(1).strip().lower():
            out.append((m.start(), info[0]))
    return out


def _section_country(sections: Sequence[tuple[int, str]], at: int) -> str | None:
    """The country whose section holds a position, when the text is split into some."""
    before = [name for start, name in sections if start <= at]
    return before[-1] if before else None


def _country_told_before(merged: Sequence[Candidate], i: int) -> str | None:
    """'Pagers exploded across Lebanon on Tuesday. One day later, hand-held radios
    detonated': the same side's next blow, told with no place, landed in the country of the
    one told just before it."""
    c = merged[i]
    if i == 0 or c.actor1 is None or c.family not in REMOTE_FAMILIES:
        return None
    prev = merged[i - 1]
    if (
        prev.country is None
        or prev.actor1 is None
        or prev.family not in REMOTE_FAMILIES
        or c.sentence - prev.last_seen > 1
    ):
        return None
    return prev.country if prev.actor1.canonical == c.actor1.canonical else None


def _home_country(c: Candidate, text: str) -> str | None:
    """Police arrest at home, and border guards fight at home: with no place named, an
    arrest, or a clash on the border, is in the state whose forces made it."""
    a = c.actor1
    if a is None or a.kind not in STATE_KINDS:
        return None
    if c.family == "arrest":
        return a.country
    if c.family == "clash" and _BORDER.search(text, c.evidence.start, c.evidence.end):
        return a.country
    return None


_BORDER = re.compile(r"\bborders?\b", re.I)


def _actor_country(c: Candidate, doc_country: str | None = None) -> str | None:
    """With no place named at all, the country of the state forces attacked ("a convoy of
    the Iraqi army" was hit in Iraq, as far as the text tells), unless that country lies far
    from the one the report is about ("attacks on U.S. personnel" in a report on Iraq were in
    Iraq); an agreement is set where its second side is at home ("the ceasefire between
    Israel and Hezbollah": Lebanon)."""
    a = c.actor2  # the target's side: strikes abroad happen where their targets are
    if a is not None and (a.kind in STATE_KINDS or c.family == "agreement") and a.country:
        if c.family != "agreement" and _far_apart(a.country, doc_country):
            return None
        return a.country
    if (
        # "Israel struck Hezbollah positions": a foreign state's strike on an armed group
        # lands where the group is at home, as far as the text tells
        a is not None
        and a.kind in ARMED_GROUP_KINDS
        and a.country
        and c.family in REMOTE_FAMILIES
        and c.actor1 is not None
        and c.actor1.kind in STATE_KINDS
        and c.actor1.country not in (None, a.country)
    ):
        return a.country
    return None


# Farther apart than any two neighbours' centres in the theatres (Iran to Yemen ~2,100 km)
_FAR_KM = 2500.0


def _far_apart(country: str, other: str | None) -> bool:
    a = country_info(country)
    b = country_info(other) if other else None
    return a is not None and b is not None and distance_km(a[1], a[2], b[1], b[2]) > _FAR_KM


# "entered Damascus largely unopposed", "after Syrian army units abandoned their posts"
_UNOPPOSED = re.compile(
    r"\b(?:unopposed|without\s+(?:a\s+)?(?:fight|resistance|a\s+shot|fighting)|"
    r"(?:abandoned|withdrew\s+from|pulled\s+out\s+of|evacuated|fled)\b)",
    re.I,
)
_CLAUSE_END = re.compile(r";|,?\s+and\b|,\s+(?:while|but)\b")
_RETAKEN = re.compile(r"\b(?:recaptured|retook|regained|recapture|retake)\b", re.I)


def _territory_subtype(text: str, c: Candidate) -> str:
    """Who took the place and how: unopposed is a transfer; a state taking ground back at home
    regains it; an armed group overtakes it."""
    # the clause of the verb: "captured Hama last week and, on Sunday, entered Damascus
    # largely unopposed": only the second was unopposed
    tail = text[c.trigger.span.start : c.evidence.end]
    cut = _CLAUSE_END.search(tail, len(c.trigger.surface))
    words = tail[: cut.start()] if cut else tail
    a = c.actor1
    if _UNOPPOSED.search(words):
        return "Non-violent transfer of territory"
    if a is not None and a.kind in STATE_KINDS:
        home = a.country is None or c.country is None or a.country == c.country
        return "Government regains territory" if home else "Non-violent transfer of territory"
    if _RETAKEN.search(words) and a is None:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _subtype(c: Candidate, text: str = "") -> str:
    sub = _fight_subtype(c, text)
    if sub == "Armed clash" and c.actor2 is not None and c.actor2.kind == "civilian":
        return "Attack"  # "gunmen opened fire on passers-by": no fight, violence on civilians
    return sub


def _fight_subtype(c: Candidate, text: str) -> str:
    if c.family == "territory":
        return _territory_subtype(text, c)
    if c.trigger_sub:
        return c.trigger_sub
    # a warship or small boat is how the weapons came, not what struck: the weapons decide;
    # a state's strike told only by its warships ("aircraft, warships and a submarine
    # struck 60 targets") is its forces' strike like any other
    state = bool(c.actor1 and c.actor1.kind in STATE_KINDS)
    for w in sorted(c.weapons, key=lambda w: w.category == "naval"):
        if state and w.category == "naval":
            continue
        sub = triggers.subtype_for_weapon_category(w.category)
        if sub:
            return sub
    if (
        c.ground
        or (c.actor1 is not None and _GROUND_ATTACKERS.search(c.actor1.surface))
        or _GUNFIRE.search(c.trigger.surface)
    ):
        # "gunmen attacked a checkpoint", "border guards shot dead four smugglers": a fight
        # on the ground
        return "Armed clash"
    if c.family == "explosion" and c.actor1 is not None and c.actor1.kind not in STATE_KINDS:
        # "two explosions near the tomb killed 84 ... the Islamic State claimed": a group's
        # blast with no weapon named is a bomb, not a strike from the air
        return "Remote explosive/landmine/IED"
    return triggers.default_subtype(state_actor=state)


_GROUND_ATTACKERS = re.compile(r"\b(?:gunmen|gunman|armed\s+men)\b", re.I)
_GUNFIRE = re.compile(r"\b(?:(?:shot|shoots|shooting)\s+(?:dead|and\s+killed)|gunned|guns)\b", re.I)


def _in_state_aimed_at(c: Candidate) -> bool:
    info = actor_info(c.aimed_at.canonical) if c.aimed_at else None
    return info is not None and info.country is not None and info.country == c.country


def _fired_from_by_target(merged: Sequence[Candidate]) -> dict[str, str]:
    """'Two rockets fired from Lebanon hit Metula ... A rocket struck Kiryat Shmona': the one
    country a report says attacks on a country were fired from, for its attacks told with
    no origin and no side."""
    origins: dict[str, set[str]] = {}
    for c in merged:
        if c.origin and c.country and c.origin != c.country and c.family in REMOTE_FAMILIES:
            origins.setdefault(c.country, set()).add(c.origin)
    return {target: next(iter(o)) for target, o in origins.items() if len(o) == 1}


def _weapon_names(ws: Sequence[WeaponMatch], implied: str | None, c: Candidate) -> tuple[str, ...]:
    names: list[str] = []
    for w in ws:
        platform = re.match(r"[A-Z]{1,3}-\d+[A-Z]?", w.surface)
        extra = (platform.group(0),) if platform and platform.group(0) != w.canonical else ()
        for n in (w.canonical, *extra, *_parents(w)):
            if n not in names:
                names.append(n)  # "F-15s" is an airstrike by an F-15
    if implied and implied not in names:
        names.append(implied)
    state = bool(c.actor1 and c.actor1.kind in STATE_KINDS)
    if (
        not names
        and not state
        and _STRUCK_FROM_THE_AIR.search(c.trigger.surface)
        and _subtype(c) == "Air/drone strike"
    ):
        names.append("airstrike")  # "a strike on the Farwa market", by no side named
    aircraft_only = all(w.category == "air" for w in ws)
    if (
        state
        and aircraft_only
        and "airstrike" not in names
        and _subtype(c) == "Air/drone strike"
        and not any(w.category == "drone" for w in ws)
    ):
        names.append("airstrike")  # a state's strike with no weapon named, or by aircraft
    return tuple(names)


_STRUCK_FROM_THE_AIR = re.compile(r"\b(?:(?:air\s*)?strikes?|(?:air\s+)?raids?|bomb\w*)\b", re.I)


def _parents(w: WeaponMatch) -> tuple[str, ...]:
    return weapon_broader(w.canonical)


def _count(
    values: Sequence[tuple[int | None, str]],
    named: Sequence[bool] = (),
    revised: Sequence[bool] = (),
) -> Count:
    """low / best / high over the claims. One claim: an exact figure fills all three, "at
    least N" only low, "about N" only best. Several: low the smallest, high the largest,
    best the smallest exact figure (ACLED's conservative reading), leaving out one person
    named as killed when a toll is told too ("killed commander X" beside "three people"),
    and the largest toll told as revised ("the toll rose to 16") when there is one."""
    later = [
        v
        for (v, b), r in zip(values, _padded(revised, len(values)), strict=True)
        if r and v is not None and b in ("exact", "at_least")
    ]
    if later and len(values) > 1:
        whole = _count(values, named)
        return Count(whole.low, max(later), whole.high)
    flags = _padded(named, len(values))
    tolls = [(v, b) for (v, b), n in zip(values, flags, strict=True) if v is not None and not n]
    if any(flags) and any(b == "exact" for _, b in tolls):
        whole = _count(values)
        best = min(v for v, b in tolls if b == "exact")
        return Count(whole.low, best, whole.high)
    known = [(v, b) for v, b in values if v is not None]
    if not known:
        return Count()
    if len({v for v, _ in known}) == 1:
        v, _ = known[0]
        bounds = {b for _, b in known}
        if "exact" in bounds:
            return Count(v, v, v)
        if bounds <= {"approx"}:
            return Count(None, v, None)
        return Count(v, None, None)
    nums = [v for v, _ in known]
    exact = [v for v, b in known if b == "exact"] or nums
    return Count(min(nums), min(exact), max(nums))


def _padded(flags: Sequence[bool], n: int) -> list[bool]:
    return [*flags, *[False] * (n - len(flags))]


def _dedupe_claims(claims: Sequence[CasualtyClaim]) -> list[CasualtyClaim]:
    seen, out = set(), []
    for c in claims:
        key = (c.source, c.killed, c.injured)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


_FIGHTING = ("Explosions/Remote violence", "Battles")


def same_enemy(mentions: Sequence[Mention]) -> list[Mention]:
    """'Two F-16s hit a weapons store near Albu Kamal', in a report whose other U.S.
    strikes all hit the IRGC: a side's remote strike told with no target hit the one target
    its other remote strikes in the report hit (the civilians of a shipping campaign too);
    likewise a clash with no other side told, the one side its other clashes were with."""
    enemies: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.actor1 and m.actor2 and m.event_type in _FIGHTING:
            enemies.setdefault((m.actor1, m.event_type), set()).add(m.actor2)
    out = []
    for m in mentions:
        hit = enemies.get((m.actor1 or "", m.event_type or ""), set())
        if (
            m.actor2 is None
            and m.actor1 is not None
            and not m.actor1.startswith("Unidentified")
            and len(hit) == 1
        ):
            m = replace(m, actor2=next(iter(hit)), actor2_inferred=True)
        out.append(m)
    return out


def prune(mentions: Sequence[Mention], published: dt.date | None = None) -> list[Mention]:
    """Drop events told with no place, no country and no party ("it was the third attack
    this week"), an event told again with no place beside its placed telling (see
    `_placed_twin`), background known only to the year ("Yemen's war began in 2014, when the
    Houthis seized Sanaa"), and a group's change of course told in passing as background
    more than a week old ("Kataib Hezbollah had announced on January 30 that it was
    suspending attacks", in a report of February 8; a timeline's dated entry stays): nothing
    an analyst could check or date, or news the report is not about. Ids are renumbered and
    links kept."""
    kept = [
        m
        for m in mentions
        if not (m.country is None and _nobody(m.actor1) and m.actor2 is None)
        and m.date_precision != "year"
        and not _old_change(m, published)
    ]
    twin_of = {m.id: twin.id for m in kept if (twin := _placed_twin(m, kept)) is not None}
    kept = [m for m in kept if m.id not in twin_of]
    new_ids = {m.id: f"e{i + 1}" for i, m in enumerate(kept)}
    new_ids.update({old: new_ids[twin] for old, twin in twin_of.items()})
    return [
        replace(m, id=new_ids[m.id], responds_to=new_ids.get(m.responds_to or "")) for m in kept
    ]


# "30 Jan 2024 - Kataib Hezbollah announces ...", "January 30: ...": a timeline's entry
_DATED_ENTRY = re.compile(r"\W*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)")


def _old_change(m: Mention, published: dt.date | None) -> bool:
    return (
        m.sub_event_type == "Change to group/activity"
        and published is not None
        and m.date is not None
        and (published - m.date).days > 7
        and not _DATED_ENTRY.match(m.evidence)
    )


def _struck_abroad(c: Candidate, side: ActorMatch | None, country: str | None) -> str | None:
    """'A Yemeni ballistic missile struck near Ben Gurion Airport', 'a drone launched from
    Yemen hit Eilat': a remote strike beyond the borders of a country whose strikes abroad
    one actor makes (`force_abroad`) is that actor's, when the text names only the country
    (its state forces by an adjective, or no one); so is one at sea ("a Yemeni drone hit a
    ship in the Red Sea")."""
    if c.family not in REMOTE_FAMILIES or country is None:
        return None
    if side is not None:
        home = side.country if side.canonical == state_force(side.country or "") else None
    else:
        home = c.origin
    at_sea = c.place is not None and c.place.kind == "sea"  # beyond its shore, too
    if home is None or (home == country and not at_sea):
        return None
    return force_abroad(home)


def _nobody(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")


def _placed_twin(m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """'The Houthis struck the ship off Aden on Thursday ... Three seafarers were killed in
    a Houthi missile strike on a merchant ship': the same day's event of the same type and
    sides told again with no place is the placed one (links to it follow it there)."""
    if m.location is not None or m.responds_to is not None:
        return None
    return next(
        (
            o
            for o in mentions
            if o is not m
            and o.location is not None
            and (o.country, o.date, o.sub_event_type) == (m.country, m.date, m.sub_event_type)
            and (_nobody(m.actor1) or o.actor1 == m.actor1)
            and (m.actor2 is None or o.actor2 == m.actor2)
            # a toll told only with the placeless telling is kept with it
            and set(m.casualty_claims) <= set(o.casualty_claims)
        ),
        None,
    )
