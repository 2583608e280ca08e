"""Pairwise features: how alike two mentions are, and why, as scored points with reasons.

Deduplication (see `dedupe`) is two jobs: deciding whether two mentions could be one event,
and choosing which candidate pairs to try and in what order to join them. This module is the
first job alone: the date, event type, actor, place, weapon and casualty features, their
vetoes and strong conflicts, and the name folding they share, so the scoring can be read,
tuned and tested pair by pair without the clustering around it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from watchfloor.models import Count, Mention
from watchfloor.resolve.places import named_from_a_port

ActorFamilies = Callable[[str | None], frozenset[str]]

LINK_SCORE = 4.0
LINK_SUPPORT = 1.0
COARSE_SUPPORT = 2.0
MAX_KM = 100.0
# a point at sea against a place on land: how far offshore a report's "off X" reaches
MAX_SEA_KM = 250.0
VETO_DAYS = 2
STRONG_CONFLICT = -3.0  # a feature this negative keeps two mentions apart, even via others
DATE_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_TYPE_FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}
# a region ("southern Lebanon") is as coarse as a province; a sea is placed by its province
# when it is a point off a coast ("50 nm southwest of Aden"), else it is a whole basin
_GEO_RANK = {"site": 0, "town": 1, "sea": 1, "admin1": 2, "region": 2, "country": 3}
# Generic military vocabulary (not theatre data): the class of a weapon's head word.
_WEAPON_CLASS = {
    word: cls
    for cls, words in (
        (
            "aerial",
            "strike airstrike drone uav uas aircraft jet bomber gunship helicopter warplane",
        ),
        ("projectile", "missile rocket mortar artillery shell shelling grenade"),
        ("explosive", "ied bomb explosive mine landmine"),
        ("firearm", "gun rifle firearm arm sniper gunfire"),
    )
    for word in words.split()
}


@dataclass(frozen=True)
class MentionRef:
    """A mention with the document facts the ledger needs (who published it, when)."""

    mention_id: str
    doc_id: str
    doc_name: str
    source: str | None
    published: date | None
    mention: Mention


@dataclass(frozen=True)
class MergeDecision:
    """Why two mentions are (or are not) one event: the features that decided it."""

    a: str
    b: str
    same: bool
    score: float
    reasons: tuple[str, ...]
    veto: str | None = None  # a hard contradiction: never in one event
    conflict: str | None = None  # a strong contradiction: never in one event through others

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "reasons": list(self.reasons)}


def date_interval(m: Mention) -> tuple[date, date] | None:
    """The days a mention's date may stand for, given its precision."""
    d = m.date
    if d is None:
        return None
    if m.date_precision == "week":
        return d - timedelta(days=3), d + timedelta(days=3)
    if m.date_precision == "month":
        nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return d.replace(day=1), nxt - timedelta(days=1)
    if m.date_precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def compare(a: MentionRef, b: MentionRef, *, actor_families: ActorFamilies) -> MergeDecision:
    """Score one pair; symmetric (the pair is ordered by mention id first)."""
    return compare_folded(a, b, fold_families(actor_families))


def compare_folded(a: MentionRef, b: MentionRef, actor_families: ActorFamilies) -> MergeDecision:
    """`compare` with families already folded by `fold_families` (one fold per run)."""
    if b.mention_id < a.mention_id:
        a, b = b, a
    x, y = a.mention, b.mention
    reasons: list[str] = []
    if a.doc_id == b.doc_id and not _identical(x, y):
        return veto_decision(a, b, "same document")
    if x.country and y.country and x.country != y.country:
        return veto_decision(a, b, f"different countries ({x.country} / {y.country})")
    date_pts, why = _date_feature(x, y)
    if date_pts is None:
        return veto_decision(a, b, why)
    reasons.append(why)
    type_pts, why = _type_feature(x, y)
    if type_pts is None:
        return veto_decision(a, b, why)
    reasons.append(why)
    actor_feats, veto = _actor_feature(x, y, actor_families)
    if veto:
        return veto_decision(a, b, veto)
    place_pts, why = _place_feature(x, y)
    if place_pts is None:
        return veto_decision(a, b, why)
    feats = [
        (place_pts, why),
        *actor_feats,
        _weapon_feature(x.weapons, y.weapons),
        _count_feature("fatalities", x.fatalities, y.fatalities),
        _count_feature("injuries", x.injuries, y.injuries),
        _rare_type_feature(x, y),
    ]
    reasons.extend(why for _, why in feats if why)
    support = sum(pts for pts, _ in feats)
    conflict = next((why for pts, why in feats if pts <= STRONG_CONFLICT), None)
    score = round(date_pts + type_pts + support, 3)
    same = score >= LINK_SCORE and support >= LINK_SUPPORT
    coarse = x.date_precision != "day" or y.date_precision != "day"
    if coarse and (x.date_precision != y.date_precision or date_interval(x) != date_interval(y)):
        # A coarse date against a finer one: only on strong agreement (and see the caller).
        same = (
            score >= LINK_SCORE
            and support >= COARSE_SUPPORT
            and place_pts >= 0
            and x.event_type == y.event_type
            and _strong_actor1(x, y, actor_families)
        )
    return MergeDecision(a.mention_id, b.mention_id, same, score, tuple(reasons), None, conflict)


# -- features ---------------------------------------------------------------------------------


def _date_feature(x: Mention, y: Mention) -> tuple[float | None, str]:
    """Points for date closeness; None (a veto) beyond the tolerance.

    A link needs dates at most one day apart; the veto only bites beyond two days, so two
    retellings dated one day either side of a third still end in one event."""
    ix, iy = date_interval(x), date_interval(y)
    if ix is None or iy is None:
        return None, "date unknown"
    gap = max((iy[0] - ix[1]).days, (ix[0] - iy[1]).days, 0)
    if gap > VETO_DAYS:
        return None, f"dates {gap} days apart beyond tolerance"
    if gap > 1:
        return -LINK_SCORE, f"dates {gap} days apart"
    if x.date_precision == y.date_precision:
        if x.date_precision == "day":
            return (2.0, "same day") if gap == 0 else (1.0, "1 day apart")
        if ix == iy:
            return 1.0, f"same {x.date_precision} ({x.date})"
    coarse = x if DATE_ORDER[x.date_precision] > DATE_ORDER[y.date_precision] else y
    return 0.5, f"dates overlap ({coarse.date_precision} of {coarse.date})"


_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _type_feature(x: Mention, y: Mention) -> tuple[float | None, str]:
    if x.event_type is None or y.event_type is None:
        return 0.0, "event type unknown in one"
    if x.sub_event_type and x.sub_event_type == y.sub_event_type:
        return 1.5, f"same sub-event type ({x.sub_event_type})"
    if {x.sub_event_type, y.sub_event_type} == _STRIKES:
        # one report's "missiles" are another's "airstrikes": reports tell the same strike
        # by the weapons they name, and the two types differ only by those
        return 1.0, f"strike types ({x.sub_event_type} / {y.sub_event_type})"
    if x.event_type == y.event_type:
        return 0.5, f"same event type ({x.event_type})"
    fx = _TYPE_FAMILY.get(x.event_type, x.event_type)
    if fx != _TYPE_FAMILY.get(y.event_type, y.event_type):
        return None, f"event types incompatible ({x.event_type} / {y.event_type})"
    return 0.0, f"event types compatible ({x.event_type} / {y.event_type})"


# Kinds of event a country sees seldom enough that two told within a day are one: "the
# ceasefire took effect" and "Israel and Hezbollah agreed to a truce" in two reports
_RARE_SUBTYPES = frozenset({"Agreement"})


def _rare_type_feature(x: Mention, y: Mention) -> tuple[float, str]:
    if x.sub_event_type == y.sub_event_type and x.sub_event_type in _RARE_SUBTYPES:
        return LINK_SUPPORT, f"a rare kind of event ({x.sub_event_type}) in one country"
    return 0.0, ""


def _actor_relation(p: str | None, q: str | None, fam: ActorFamilies) -> str:
    if not p or not q or unidentified(p) or unidentified(q):
        return "unknown"
    if norm_name(p) == norm_name(q):
        return "same"
    fp, fq = fam(p), fam(q)  # folded (see fold_families)
    if norm_name(p) in fq or norm_name(q) in fp:
        return "compatible"  # one is a family of the other: KH ~ "Iran-backed militias"
    return "related" if fp & fq else "conflict"  # siblings under an umbrella are neutral


def _civilians(name: str | None) -> bool:
    return bool(name) and norm_name(name or "").startswith("civilians")


def fold_families(fam: ActorFamilies) -> ActorFamilies:
    """`fam` with folded names, the name itself included, cached for one clustering run."""

    @functools.cache
    def folded(name: str | None) -> frozenset[str]:
        own = {norm_name(name)} if name else set()
        return frozenset({norm_name(f) for f in fam(name)} | own)

    return folded


def _actor_feature(
    x: Mention, y: Mention, fam: ActorFamilies
) -> tuple[list[tuple[float, str]], str]:
    r1 = _actor_relation(x.actor1, y.actor1, fam)
    x2, y2 = _evidenced_target(x), _evidenced_target(y)
    r2 = _actor_relation(x2, y2, fam)
    if r2 == "conflict" and any(_civilians(a) for a in (x2, y2)):
        # one report names the militia a strike targeted, another the civilians it killed:
        # both are the strike's targets
        r2 = "related"
    if r2 == "conflict" and not (x.actor2_aliases_in_text and y.actor2_aliases_in_text):
        # a target no words of the text name (what a response was aimed at, the civilians
        # a toll implies) does not contradict one another report names
        r2 = "related"
    crossed = {_actor_relation(x.actor1, y2, fam), _actor_relation(x2, y.actor1, fam)}
    if (r1 == "conflict" or r2 == "conflict") and crossed & {"same", "compatible"}:
        return [], f"roles reversed ({x.actor1} -> {x2} / {y.actor1} -> {y2})"
    out: list[tuple[float, str]] = []
    for role, rel, p, q, penalty in (
        ("actor1", r1, x.actor1, y.actor1, -3.0),
        ("actor2", r2, x2, y2, -2.0),
    ):
        if rel == "same":
            out.append((1.0, f"same {role} ({p})"))
        elif rel == "compatible":
            out.append((0.5, f"{role} compatible ({p} ~ {q})"))
        elif rel == "related":
            out.append((0.0, f"{role} related ({p} / {q})"))
        elif rel == "conflict":
            out.append((penalty, f"{role} differ ({p} / {q})"))
    return out, ""


def _evidenced_target(m: Mention) -> str | None:
    """A target inferred from a report's other events is no evidence about this one."""
    return None if m.actor2_inferred else m.actor2


def _strong_actor1(x: Mention, y: Mention, fam: ActorFamilies) -> bool:
    rel = _actor_relation(x.actor1, y.actor1, fam)
    if rel == "unknown":
        return _actor_relation(_evidenced_target(x), _evidenced_target(y), fam) in {
            "same",
            "compatible",
        }
    return rel in {"same", "compatible"}


def geo_rank(m: Mention) -> int:
    """0 site, 1 town, 2 admin1, 3 country: the stated precision, if the fields back it."""
    has_place = bool(m.location) or m.latitude is not None
    rank = _GEO_RANK.get(m.geo_precision or "", 1 if has_place else 2)
    if rank <= 1 and not has_place:
        rank = 2
    if _basin(m):
        return 3  # "the Red Sea": a basin hundreds of kilometres across
    return rank if rank < 2 or m.admin1 else 3


def _basin(m: Mention) -> bool:
    """A sea told by its name, not a point told from a port ("68 nm southwest of Al
    Hudaydah"); the province of the coast it faces, if given, says nothing of where in it."""
    return m.geo_precision == "sea" and not named_from_a_port(m.location or "")


def veto_reach(x: Mention, y: Mention) -> int:
    """How many one-degree grid cells apart two mentions may lie and still pass the place
    veto: one for places on land (MAX_KM), two when one is a point at sea (MAX_SEA_KM)."""
    return 2 if "sea" in (x.geo_precision, y.geo_precision) else 1


def _place_feature(x: Mention, y: Mention) -> tuple[float | None, str]:
    precise = geo_rank(x) <= 1 and geo_rank(y) <= 1
    if precise and None not in (x.latitude, x.longitude, y.latitude, y.longitude):
        km = _km(x.latitude or 0.0, x.longitude or 0.0, y.latitude or 0.0, y.longitude or 0.0)
        names = f"{x.location} / {y.location}"
        if "sea" in (x.geo_precision, y.geo_precision) and x.geo_precision != y.geo_precision:
            # "68 nm southwest of Hodeidah" and "off Hodeidah": a point at sea and the coast
            # it is told from, as far apart as the ship was offshore
            if km > MAX_SEA_KM:
                return None, f"places {km:.0f} km apart ({names})"
            return 0.0, f"at sea off the same coast, {km:.0f} km apart ({names})"
        if km > MAX_KM:
            return None, f"places {km:.0f} km apart ({names})"
        if km > 5 and x.geo_precision == y.geo_precision == "site" and not _same_name(x, y):
            return -3.0, f"different sites {km:.0f} km apart ({names})"
        pts = 2.0 if km <= 10 else 1.5 if km <= 25 else 0.5 if km <= 50 else -1.0
        return pts, f"places {km:.0f} km apart ({names})"
    if precise and x.location and norm_name(x.location) == norm_name(y.location or ""):
        return 2.0, f"same place ({x.location})"
    if x.admin1 and y.admin1 and not (_basin(x) or _basin(y)):
        if x.admin1 == y.admin1:
            return 0.5, f"same admin1 ({x.admin1})"
        if precise:
            return None, f"different admin1 at site precision ({x.admin1} / {y.admin1})"
        return -1.5, f"different admin1 ({x.admin1} / {y.admin1})"
    return 0.0, "place unknown in one"


def _same_name(x: Mention, y: Mention) -> bool:
    """One place name inside the other ("al-Asad" in "Ain al-Asad Airbase")."""
    a, b = norm_name(x.location or ""), norm_name(y.location or "")
    return bool(a and b) and (a in b or b in a)


def weapon_key(w: str) -> str:
    """A weapon name folded for comparison: "Air-strikes" and "airstrike" are "air strike"."""
    w = re.sub(r"[-_/]+", " ", w.lower()).replace("airstrike", "air strike")
    words = [
        t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t for t in w.split()
    ]
    return " ".join(words)


def _weapon_feature(wx: Sequence[str], wy: Sequence[str]) -> tuple[float, str]:
    # a name that folds to nothing ("-", " ") says nothing about the weapon
    kx, ky = {weapon_key(w) for w in wx} - {""}, {weapon_key(w) for w in wy} - {""}
    if not kx or not ky:
        return 0.0, ""
    heads_x, heads_y = {k.split()[-1] for k in kx}, {k.split()[-1] for k in ky}
    common = sorted(heads_x & heads_y)
    if common:
        return 1.0, f"weapons overlap ({', '.join(common)})"
    cx = {_WEAPON_CLASS.get(h, h) for h in heads_x}
    if cx & {_WEAPON_CLASS.get(h, h) for h in heads_y}:
        return 0.0, f"weapons related ({', '.join(sorted(kx))} / {', '.join(sorted(ky))})"
    return -0.5, f"weapons differ ({', '.join(sorted(kx))} / {', '.join(sorted(ky))})"


def count_interval(c: Count) -> tuple[float, float] | None:
    """The range a Count allows: "at least 2" is [2, inf), "some 40" is [40, 40]."""
    if c.low is None and c.best is None and c.high is None:
        return None
    lo = c.low if c.low is not None else c.best if c.best is not None else 0
    hi = c.high if c.high is not None else c.best if c.best is not None else math.inf
    return float(lo), float(hi)


def _count_feature(what: str, cx: Count, cy: Count) -> tuple[float, str]:
    ix, iy = count_interval(cx), count_interval(cy)
    if ix is None or iy is None:
        return 0.0, ""
    shown = f"{_fmt(ix)} / {_fmt(iy)}"
    if max(ix[0], iy[0]) <= min(ix[1], iy[1]):
        if ix == iy and ix[0] == ix[1]:
            return 1.0, f"{what} agree ({_fmt(ix)})"
        return 0.5, f"{what} consistent ({shown})"
    small, big = min(ix[1], iy[1]), max(ix[0], iy[0])
    if small == 0 and big >= 2:
        return -3.0, f"{what} contradict ({shown})"
    if big - small <= max(2.0, 0.3 * big):
        return 0.25, f"{what} close ({shown})"
    return -1.0, f"{what} differ ({shown})"


# -- helpers ----------------------------------------------------------------------------------


def _fmt(i: tuple[float, float]) -> str:
    if i[0] == i[1]:
        return f"{i[0]:g}"
    return f">={i[0]:g}" if math.isinf(i[1]) else f"{i[0]:g}-{i[1]:g}"


@functools.lru_cache(maxsize=65536)
def norm_name(s: str) -> str:
    """A name folded for comparison (case, punctuation)."""
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


@functools.lru_cache(maxsize=4096)
def unidentified(name: str) -> bool:
    """ACLED's convention for an unnamed perpetrator: compatible with anyone."""
    return name.lower().startswith(("unidentified", "unknown"))


def _identical(x: Mention, y: Mention) -> bool:
    return replace(x, id="", evidence="", spans=()) == replace(y, id="", evidence="", spans=())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def veto_decision(a: MentionRef, b: MentionRef, why: str) -> MergeDecision:
    """A decision that keeps `a` and `b` apart for good, with `why` as its reason."""
    return MergeDecision(a.mention_id, b.mention_id, False, 0.0, (why,), veto=why)
