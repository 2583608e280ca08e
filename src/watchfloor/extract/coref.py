"""Merging within one document: the candidates that tell the same event become one.

"The strikes", "the attack", a later sentence with the same place and day: readers fold
them into the event told before, and so do we. Two candidates never merge when they
contradict on direction (who attacked whom), country, explicit date or place, or when the
text links them as response and cause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.candidate import REMOTE_FAMILIES, STATE_KINDS, Candidate
from watchfloor.extract.roles import PLACE_RANK
from watchfloor.extract.triggers import subtype_for_weapon_category
from watchfloor.models import Span
from watchfloor.resolve.actors import ActorMatch, actor_info, compatible
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch, distance_km


def merge_candidates(
    cands: list[Candidate], relations: Sequence[tuple[int, int]] = ()
) -> tuple[list[Candidate], list[int]]:
    """Fold candidates into events; returns the events and, per candidate, its event index.
    Two candidates linked as response and cause are never one event."""
    events: list[Candidate] = []
    owner: list[int] = []
    apart: dict[int, set[int]] = {}
    for a, b in relations:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    wave_of: dict[Span, int] = {}  # trigger -> the event its first place went to
    for ci, cand in enumerate(cands):
        if cand.refuted or cand.restated:
            owner.append(-1)
            continue
        banned = {owner[o] for o in apart.get(ci, ()) if o < len(owner)}
        if cand.merge_only:
            banned = _apart_from(events, banned)
        target = _merge_target(events, cand, banned)
        wave = wave_of.get(cand.trigger.span)
        if wave is not None and target != wave and wave >= 0:
            # "the strikes hit radar sites in Ilam as well as Tehran": another place of the
            # wave its first place joined, with that wave's sides and day
            _inherit(cand, events[wave])
            target = _merge_target(events, cand, banned)
        if (
            target is None
            and cand.anaphoric
            and cand.place is not None
            and cand.place.kind == "country"
        ):
            # "these strikes were separate from the conflict between Israel and Hamas"
            loose = replace(cand, place=None, country=None)
            target = _merge_target(events, loose, banned)
        if target is None:
            if cand.merge_only or (cand.weak and not (cand.actor1 and cand.actor2)):
                owner.append(-1)
                continue
            cand.members = [len(owner)]
            events.append(cand)
            owner.append(len(events) - 1)
            wave_of.setdefault(cand.trigger.span, len(events) - 1)
        else:
            wave_of.setdefault(cand.trigger.span, target)
            _absorb(events[target], cand)
            _share_day(events, events[target])
            events[target].members.append(len(owner))
            owner.append(target)
            if cand.covers > 1 and cand.actor1 is not None:
                _attribute_earlier(events, target, cand.covers, cand.actor1)
    # a lede that names the event before telling it ("the government condemned the American
    # strike near Abu Ghraib"; the strike is told in the next paragraph) joins what follows
    for ci, cand in enumerate(cands):
        if owner[ci] != -1 or not (cand.merge_only or cand.weak) or cand.refuted or cand.restated:
            continue
        banned = _apart_from(events, {owner[o] for o in apart.get(ci, ()) if owner[o] >= 0})
        target = _merge_target(events, cand, banned, lede=True)
        if target is not None:
            _absorb(events[target], cand)
            events[target].members.append(ci)
            owner[ci] = target
        elif _told_only_by_reference(cand, events):
            # "the IRGC said the strike on the 'spy centre' in Erbil was a response to ...":
            # the only telling of a placed, attributed event
            cand.members = [ci]
            events.append(cand)
            owner[ci] = len(events) - 1
    _lagged_causes(events, owner)
    _elaborations(events)
    _same_shooter(events)
    _campaign_shooter(events)
    _same_arms(events)
    _wave_arms(events)
    return events, owner


def _apart_from(events: Sequence[Candidate], partners: set[int]) -> set[int]:
    """The events a response's cause (or a cause's response) may not join: its partner's, and
    every other event of the partner's side ('U.S. forces struck 85 targets ... The strikes
    were retaliation for the drone attack': the attack is no strike of theirs)."""
    sides = [events[p].actor1 for p in partners if p >= 0 and events[p].actor1 is not None]
    return partners | {
        i
        for i, ev in enumerate(events)
        if ev.actor1 is not None and any(same_side(ev.actor1, side) for side in sides)
    }


def _lagged_causes(events: Sequence[Candidate], owner: Sequence[int]) -> None:
    """'Israel struck Hodeidah on Saturday, a day after a Houthi drone killed a man in Tel
    Aviv': a cause told with no day of its own came that long before its response's day."""
    for ev in events:
        if ev.date is not None or ev.lag is None:
            continue
        resp_i, days, cue = ev.lag
        if not 0 <= resp_i < len(owner) or owner[resp_i] < 0:
            continue
        when = events[owner[resp_i]].date
        if when is None or when.precision != "day" or when.kind != "point":
            continue
        ev.date = DateMention(
            span=cue, date=when.date - dt.timedelta(days=days), precision="day", kind="point"
        )


def _wave_arms(events: Sequence[Candidate]) -> None:
    """'U.S. airstrikes hit 85 targets in Iraq and Syria ... The strikes included B-1
    bombers': one wave split by country flew the same aircraft in each place, whichever of
    its events the retelling joined."""
    waves: dict[Span, list[Candidate]] = {}
    for ev in events:
        waves.setdefault(ev.trigger.span, []).append(ev)
    for group in waves.values():
        if len(group) < 2:
            continue
        arms = [w for ev in group for w in ev.weapons]
        for ev in group:
            ev.weapons.extend(w for w in arms if w not in ev.weapons)


def _told_only_by_reference(cand: Candidate, events: Sequence[Candidate]) -> bool:
    """A definite mention ("the strike on X") naming its perpetrator and a precise place
    that no event told in the report matches."""
    return (
        cand.trigger.definite
        and not cand.weak
        and cand.family in REMOTE_FAMILIES
        and cand.actor1 is not None
        and cand.actor1.kind not in ("generic", "civilian")
        and cand.place is not None
        and cand.place.kind in ("town", "site")
        and not any(ev.place is not None and ev.place.name == cand.place.name for ev in events)
    )


def _share_day(events: Sequence[Candidate], ev: Candidate) -> None:
    """'An attack on military centres in Tehran, Khuzestan and Ilam ... carried out in the
    early hours of Saturday': the day one place of a wave is given is every place's."""
    if ev.date is None:
        return
    for other in events:
        if other.date is None and other is not ev and other.trigger.span == ev.trigger.span:
            other.date = ev.date


def _inherit(cand: Candidate, wave: Candidate) -> None:
    cand.actor1 = cand.actor1 or wave.actor1
    cand.actor2 = cand.actor2 or wave.actor2
    cand.date = cand.date or wave.date
    cand.merge_only = cand.merge_only and wave.merge_only


def _attribute_earlier(
    events: Sequence[Candidate], target: int, covers: int, actor1: ActorMatch
) -> None:
    """'A group ... said it was behind both strikes': the claimant of the strikes named
    together is the perpetrator of each, where the text named none."""
    for ev in events[max(0, target - covers + 1) : target]:
        if ev.actor1 is None and ev.family == events[target].family:
            ev.actor1 = actor1


def _same_arms(events: Sequence[Candidate]) -> None:
    """'Hezbollah fired rockets and drones at IDF positions. It claimed attacks on the Meron
    base and Kiryat Shmona': the same day's attacks by the same side, told without their
    weapons, were made with the weapons told just before."""
    for i, ev in enumerate(events):
        if ev.weapons or ev.actor1 is None or ev.date is None or ev.family not in ("attack",):
            continue
        for prev in reversed(events[:i]):
            if prev.date is None or not _same_date(prev.date, ev.date):
                continue
            if prev.actor1 is not None and compatible(prev.actor1.canonical, ev.actor1.canonical):
                ev.weapons = list(prev.weapons)
            break


def _elaborations(events: Sequence[Candidate]) -> None:
    """'... airstrikes that hit Hodeidah province and Sanaa on Thursday. Most casualties were
    in al-Salif, where jets struck a radio station': a place of the wave told just before,
    undated and unattributed, takes the wave's day and perpetrator."""
    for i, ev in enumerate(events):
        if (ev.date is not None and ev.actor1 is not None) or ev.separate:
            continue
        if ev.place is None or ev.place.kind not in ("town", "site") or ev.place.admin1 is None:
            continue
        for prev in reversed(events[:i]):
            if ev.sentence - prev.last_seen > 3 or prev.date is None:
                continue
            if ev.date is not None and not _dates_agree(ev.date, prev.date):
                continue
            if prev.family != ev.family and {prev.family, ev.family} != {"attack", "strike"}:
                continue
            same_area = ev.place.admin1 in prev.areas or (
                prev.place is not None and prev.place.admin1 == ev.place.admin1
            )
            if not same_area:
                continue
            if (
                ev.actor2 is not None
                and prev.actor1 is not None
                and same_side(prev.actor1, ev.actor2)
            ):
                continue
            ev.date = ev.date or prev.date
            if not ev.unclaimed:
                ev.actor1 = ev.actor1 or prev.actor1
            ev.actor2 = ev.actor2 or prev.actor2
            break


def _same_shooter(events: Sequence[Candidate]) -> None:
    """'At 4:30 p.m., three missiles were fired toward a cargo ship': told right after the
    Houthis' missiles of that day, with no one named, they are the Houthis' too."""
    for i, ev in enumerate(events):
        if ev.actor1 is not None or ev.family not in ("attack", "strike") or ev.date is None:
            continue
        if ev.separate or ev.unclaimed or not ev.weapons:
            continue
        mine = {w.canonical for w in ev.weapons} | {w.category for w in ev.weapons}
        for prev in reversed(events[:i]):
            if prev.actor1 is None or prev.date is None or not _same_date(prev.date, ev.date):
                continue
            theirs = {w.canonical for w in prev.weapons} | {w.category for w in prev.weapons}
            if mine & theirs and not (ev.actor2 and same_side(prev.actor1, ev.actor2)):
                ev.actor1 = prev.actor1
            break


def _campaign_shooter(events: Sequence[Candidate]) -> None:
    """'A tanker was struck off Mokha ... The Houthis said their naval forces had carried
    out an operation against the ship': where the report names one side alone making this
    kind of attack in a country, its attacks there that name no one are that side's."""
    for ev in events:
        if ev.actor1 is not None or ev.family not in ("attack", "strike") or ev.country is None:
            continue
        if ev.unclaimed:
            continue
        shooters = [
            o.actor1
            for o in events
            if o.actor1 is not None
            and o.actor1.kind not in ("generic", "civilian")
            and o.family in REMOTE_FAMILIES
            and o.country == ev.country
            and not _arms_differ(ev, o)
            # the U.S. air raids on Hodeidah do not make a missile fired at a ship American
            and not (_kind(ev) and _kind(o) and _kind(ev) != _kind(o))
        ]
        if not shooters or not all(same_side(shooters[0], s) for s in shooters):
            continue
        if ev.actor2 is not None and same_side(shooters[0], ev.actor2):
            continue
        ev.actor1 = shooters[0]


def _kind(c: Candidate) -> str | None:
    """The sub-event type the trigger or the weapons name ("raids": an air strike)."""
    if c.trigger_sub:
        return c.trigger_sub
    return next((sub for w in c.weapons if (sub := subtype_for_weapon_category(w.category))), None)


def _merge_target(
    events: Sequence[Candidate], cand: Candidate, banned: set[int], *, lede: bool = False
) -> int | None:
    """The most recent compatible event, preferring one told with the same kind of word
    ("the strikes" refers back to strikes before attacks). A `lede` naming an event before
    telling it joins the first event told after it, not the last of the report."""
    # the event told most recently first (not the one first told most recently)
    order = sorted(range(len(events)), key=lambda i: (-events[i].last_seen, -i))
    if lede:
        after = sorted(
            (i for i in order if events[i].sentence >= cand.sentence),
            key=lambda i: (events[i].sentence, i),
        )
        order = after + [i for i in order if i not in after]
    if cand.separate:
        order = [i for i in order if events[i].last_seen == cand.sentence]
    found = [
        i
        for i in order
        if i not in banned
        and _compatible(events[i], cand)
        and _positive_signal(events[i], cand, most_recent=i == order[0])
    ]
    if not found:
        return None
    if cand.date is not None:
        # "Tuesday's assault" is the event told with that day, not a later undated one
        found = [i for i in found if events[i].date is not None] or found
    if cand.anaphoric or cand.merge_only:
        same = [i for i in found if events[i].family == cand.family]
        if same:
            return same[0]
    return found[0]


def _compatible(ev: Candidate, c: Candidate) -> bool:
    if not (ev.family in REMOTE_FAMILIES and c.family in REMOTE_FAMILIES) and ev.family != c.family:
        return False
    if not ((same_side(ev.actor1, c.actor1) or _joint(ev, c)) and same_side(ev.actor2, c.actor2)):
        return False
    # an attacker of one is the target of the other: opposite directions
    if _crossed(c.actor1, ev.actor2, ev.actor1) or _crossed(c.actor2, ev.actor1, ev.actor2):
        return False
    if ev.country and c.country and ev.country != c.country:
        return False
    if ev.date and c.date and not _dates_agree(ev.date, c.date):
        return False
    if _arms_differ(ev, c) or _kinds_differ(ev, c):
        return False
    if ev.place and c.place and not _near(ev.place, c.place):
        return _one_place_in_its_province(ev, c)
    return not (_answer_at_home(ev, c) or _answer_at_home(c, ev))


def _answer_at_home(ev: Candidate, c: Candidate) -> bool:
    """'Rockets were fired toward Metula. Israel responds with strikes': a state's answer
    told with no place of its own is not the attack on its own soil it answers."""
    if not (c.responds and c.place is None and ev.actor1 is None and c.actor1 is not None):
        return False
    info = actor_info(c.actor1.canonical)
    return (
        info is not None
        and info.kind in STATE_KINDS
        and info.country is not None
        and info.country == ev.country
    )


def _joint(ev: Candidate, c: Candidate) -> bool:
    """'U.S. and British jets struck on Friday' and then 'RAF Typhoons hit ...', with no day
    of their own: a partner in a joint strike telling its part of it."""
    a, b = ev.actor1, c.actor1
    if a is None or b is None:
        return False
    if b.canonical in a.partners:
        return not c.dates_here
    return a.canonical in b.partners and not ev.dates_here


def _one_place_in_its_province(ev: Candidate, c: Candidate) -> bool:
    """'an attack on a village in Balochistan' and 'missiles struck a village in the Panjgur
    area of Balochistan': one attack told by its province, then by its town (however far the
    province's centre lies); 'strikes on the Bekaa' are many, and keep their towns apart."""
    wide, narrow = (ev, c) if ev.place and ev.place.kind == "admin1" else (c, ev)
    if wide.place is None or narrow.place is None or wide.place.kind != "admin1":
        return False
    return (
        narrow.place.kind in ("town", "site")
        and not wide.trigger.plural
        and narrow.place.admin1 == wide.place.admin1
    )


# Weapon kinds a report may mix up for one attack share a group (a "rocket" that was a
# missile); the pairs below are never one attack told twice: drones and missiles, aircraft
# and tanks, shells and bombs.
_ARMS_GROUP = {"air": "aerial", "drone": "drone", "missile": "projectile",
               "rocket": "projectile", "artillery": "shell", "explosive": "explosive"}  # fmt: skip
_ARMS_APART = frozenset(
    frozenset(pair)
    for pair in (("drone", "projectile"), ("aerial", "shell"), ("drone", "shell"),
                 ("aerial", "explosive"), ("shell", "explosive"), ("drone", "explosive"),
                 ("projectile", "explosive"))
)  # fmt: skip


def _kinds_differ(ev: Candidate, c: Candidate) -> bool:
    """'Gunmen stormed SDF checkpoints' and 'shelling hit houses in a village': a fight on
    the ground and a bombardment are two events, whatever day and place they share."""
    a = ev.trigger_sub or ("Armed clash" if ev.ground else None)
    b = c.trigger_sub or ("Armed clash" if c.ground else None)
    # two accounts of one place ("tanks shelled Markaba", "forces opened fire in Markaba")
    # may type one incident differently
    same_place = ev.place is not None and c.place is not None and ev.place.name == c.place.name
    return a is not None and b is not None and a != b and not same_place


def _arms_differ(ev: Candidate, c: Candidate) -> bool:
    """'Missiles struck homes in Erbil' and 'air defences shot down three drones near the
    airport', 'jets struck a depot' and 'tanks shelled Markaba': both name their weapons,
    and every pair of kinds is told apart: two events."""
    a = {_ARMS_GROUP[w.category] for w in ev.weapons if w.category in _ARMS_GROUP}
    b = {_ARMS_GROUP[w.category] for w in c.weapons if w.category in _ARMS_GROUP}
    return bool(a and b) and all(frozenset((x, y)) in _ARMS_APART for x in a for y in b)


def _crossed(a: ActorMatch | None, other: ActorMatch | None, same: ActorMatch | None) -> bool:
    """`a` stands on the event's other side and not on its own."""
    return bool(a and other and same_side(a, other) and not (same and same_side(a, same)))


def same_side(a: ActorMatch | None, b: ActorMatch | None) -> bool:
    """Compatible actors, counting a state's government and its forces as one side."""
    if a is None or b is None:
        return True
    if compatible(a.canonical, b.canonical) or _patron(a, b) or _patron(b, a):
        return True
    return (
        a.kind in STATE_KINDS
        and b.kind in STATE_KINDS
        and a.country is not None
        and a.country == b.country
    )


def _patron(proxy: ActorMatch, state: ActorMatch) -> bool:
    """'Iranian-backed fighters' at an IRGC site: a report describing the target loosely
    names the patron's forces and its proxies as one side."""
    info = actor_info(proxy.canonical)
    return proxy.kind == "generic" and info is not None and state.canonical in info.backed_by


def _positive_signal(ev: Candidate, c: Candidate, *, most_recent: bool) -> bool:
    if c.sentence in (ev.sentence, ev.last_seen) or c.anaphoric or c.weak or c.merge_only:
        return True
    if c.date and ev.date and _same_date(c.date, ev.date):
        # the same day, compatible places and sides: in one report, one event told twice
        return c.date.precision == "day" or bool(c.place and ev.place)
    if c.place and ev.place and c.place.kind in ("site", "town") and _near(ev.place, c.place):
        return (
            c.date is None
            or ev.date is None
            or _same_date(c.date, ev.date)
            # "the attack in Jordan last month" told again as "the Jan. 28 attack on Tower 22"
            or (
                _precision_rank(c.date) < _precision_rank(ev.date) and _dates_agree(c.date, ev.date)
            )
        )
    if c.date is None and _no_place_but_its_country(ev, c) and _same_named(ev, c):
        # an undated retelling that names the same parties ("Australia condemns Iran's
        # attack on Israel": a country is no place of its own)
        return True
    if ev.date is None and c.place is None and _same_named(ev, c):
        # "Israel has carried out airstrikes on Hodeidah ... Israeli fighter jets hit fuel
        # depots at the port on Saturday": a lede with no day, told again with its day
        return True
    if c.date and ev.date and _dates_agree(c.date, ev.date) and _same_parties(ev, c):
        return True  # "the killing of its men by U.S. forces last month" and the day told
    if (
        c.date
        and ev.date
        and c.date.precision != ev.date.precision
        and _dates_agree(c.date, ev.date)
        and _same_specific(ev.actor1, c.actor1)
        and {w.canonical for w in ev.weapons} & {w.canonical for w in c.weapons}
    ):
        # "the ballistic missiles Iran fired at the start of the month" and "Iran fired 180
        # ballistic missiles at Israel on Oct. 1": one barrage, told vaguely then exactly
        return True
    # "four civilians were killed when several missiles hit homes in the city": no day,
    # place or perpetrator of its own, so it tells the event just told
    return (
        most_recent
        and c.date is None
        and c.place is None
        and (c.trigger.kind == "noun" or c.actor1 is None)
    )


def _no_place_but_its_country(ev: Candidate, c: Candidate) -> bool:
    if c.place is None:
        return True
    # a single event named by its noun ("Iran's attack on Israel"), not a new telling
    return (
        c.place.kind == "country"
        and c.country == ev.country
        and c.trigger.kind == "noun"
        and not c.trigger.plural
    )


def _same_named(ev: Candidate, c: Candidate) -> bool:
    """Both name the same specific (not generic, not unidentified) target or perpetrator."""
    return _same_specific(ev.actor2, c.actor2) or _same_specific(ev.actor1, c.actor1)


def _same_parties(ev: Candidate, c: Candidate) -> bool:
    """Both name the same specific perpetrator and the same specific target."""
    return _same_specific(ev.actor1, c.actor1) and _same_specific(ev.actor2, c.actor2)


def _same_specific(a: ActorMatch | None, b: ActorMatch | None) -> bool:
    return (
        a is not None
        and b is not None
        and a.canonical == b.canonical
        and a.kind not in ("generic", "civilian")
        and not a.canonical.startswith("Unidentified")
    )


def _dates_agree(a: DateMention, b: DateMention) -> bool:
    """The same date, or a coarser one ("last month") that holds the finer one."""
    if a.precision == b.precision:
        return _same_date(a, b)
    fine, coarse = (a, b) if _precision_rank(a) < _precision_rank(b) else (b, a)
    if coarse.precision == "month":
        return (fine.date.year, fine.date.month) == (coarse.date.year, coarse.date.month)
    if coarse.precision == "week":
        return 0 <= (fine.date - coarse.date).days < 7
    if coarse.precision == "year":
        return fine.date.year == coarse.date.year
    return False


def _same_date(a: DateMention, b: DateMention) -> bool:
    if a.precision != b.precision:
        return False
    if a.precision == "day":
        return abs((a.date - b.date).days) <= 0
    return a.date == b.date


def _near(a: PlaceMatch, b: PlaceMatch) -> bool:
    if a.country != b.country:
        return False
    if a.kind == "country" or b.kind == "country":
        return True
    if a.kind == b.kind == "site" and a.name != b.name:
        return False  # two bases attacked the same day: two events
    if a.kind == b.kind == "town" and a.name != b.name and max(a.population, b.population) < CITY:
        return False  # two villages a few km apart, shelled the same day: two events
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.name == b.name or a.admin1 == b.admin1
    # a base and the town it is named after or lies by are one place; a port 15 km away is not
    local = a.kind in _LOCAL and b.kind in _LOCAL and max(a.population, b.population) < CITY
    # "68 nautical miles southwest of Hodeidah" and "the Red Sea": a sea's point stands for
    # a wide water
    limit = 10 if local else SEA_KM if a.kind == b.kind == "sea" else 50
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit  # type: ignore[arg-type]


_LOCAL = frozenset({"site", "town"})
SEA_KM = 150


# A town this large may stand for its suburbs and outskirts ("near the capital, Baghdad" and
# "on the Abu Ghraib highway" tell one strike); smaller towns are places of their own.
CITY = 500_000


def _absorb(ev: Candidate, c: Candidate) -> None:
    ev.last_seen = max(ev.last_seen, c.sentence)
    ev.actor1 = _more_specific(ev.actor1, c.actor1)
    ev.actor2 = _more_specific(ev.actor2, c.actor2)
    for name, votes in c.place_votes.items():
        ev.place_votes[name] = ev.place_votes.get(name, 0) + votes
    if c.place and (
        ev.place is None
        or _rank(c.place) < _rank(ev.place)
        # as precise, but told more often ("on the Abu Ghraib highway", "in the Abu Ghraib
        # district" outvote one "near the capital, Baghdad")
        or (
            _rank(c.place) == _rank(ev.place)
            and ev.place_votes[c.place.name] > ev.place_votes.get(ev.place.name, 0)
        )
    ):
        ev.place = c.place
        ev.country = c.place.country
    ev.country = ev.country or c.country
    if c.date and (ev.date is None or _precision_rank(c.date) < _precision_rank(ev.date)):
        ev.date = c.date
    ev.weapons.extend(c.weapons)
    ev.trigger_sub = ev.trigger_sub or c.trigger_sub
    ev.claims.extend(c.claims)
    ev.spans.extend(s for s in c.spans if s not in ev.spans)
    ev.outcome |= c.outcome
    ev.soldiers_harmed = ev.soldiers_harmed or c.soldiers_harmed
    ev.civilians_harmed = ev.civilians_harmed or c.civilians_harmed
    ev.arms_hit = ev.arms_hit or c.arms_hit
    ev.victims = ev.victims or c.victims
    ev.aimed_at = ev.aimed_at or c.aimed_at
    ev.pronoun_side = ev.pronoun_side or c.pronoun_side
    ev.aliases1 |= c.aliases1
    ev.aliases2 |= c.aliases2
    ev.responds = ev.responds or c.responds
    ev.answers_before = ev.answers_before or c.answers_before
    ev.unclaimed = ev.unclaimed or c.unclaimed
    ev.lag = ev.lag or c.lag
    ev.cause_hint = ev.cause_hint or c.cause_hint


def _more_specific(a: ActorMatch | None, b: ActorMatch | None) -> ActorMatch | None:
    if a is None or b is None:
        return a or b
    if a.kind == "generic" and b.kind != "generic":
        return b
    return a


def _rank(p: PlaceMatch) -> int:
    return PLACE_RANK.get(p.kind, 9)


def _precision_rank(d: DateMention) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(d.precision, 4)
