"""Cross-source deduplication: mentions from many documents -> clusters, one per real event.

Pure functions, no database. The merge rule, in order:

1. **Blocking.** Pairs are scored only within one country: day-precise mentions at most one
   day apart (skipping grid cells too far apart for the place veto), week/month mentions with
   the same period, and each coarse mention against what its period touches (a week is +/-3
   days around its date, a month or year the whole period). No country or date: stays alone.
2. **Vetoes and conflicts**, checked between *every* member of two clusters before they join
   (complete link). Vetoes: same document (a document lists distinct events) unless identical
   in every field; an analyst's cannot-link pair or different pinned events; dates more than
   two days apart; event types of different families (violence / demonstrations / strategic);
   reversed roles (actor1 of one is the other's actor2: an attack and the strike answering
   it); places > 100 km apart, or in different admin1, when both are site/town precise.
   Conflicts (strong contradictions, scored -3): casualty figures 0 against 2 or more,
   actor1 of different families, two differently named sites more than 5 km apart.
3. **Score** (features with human-readable reasons, see `compare`): date closeness, type,
   place distance or admin1, actors through the injected `actor_families` (compatible when
   one is in the other's family; siblings under an umbrella are neutral; "Unidentified ..."
   and None match anyone), weapons, casualty figures. A day pair links when score >= 4 and
   the place/actor/weapon/casualty part ("support") >= 1, so two anonymous events on the same
   day never merge on date and type alone.
4. **Coarse dates**: a week/month mention joins a finer one only on strong agreement
   (score >= 4, support >= 2, same event type, actor1 known and compatible, no place penalty)
   and only when exactly one cluster qualifies.
5. Links are applied best-first (score, then mention ids), so the result does not depend on
   input order. `pinned` mentions are put together first and stay with their key.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from itertools import pairwise, product
from typing import Any

from watchfloor.errors import InputError
from watchfloor.models import Count, Mention

ActorFamilies = Callable[[str | None], frozenset[str]]

LINK_SCORE = 4.0
LINK_SUPPORT = 1.0
COARSE_SUPPORT = 2.0
MAX_KM = 100.0
VETO_DAYS = 2
STRONG_CONFLICT = -3.0  # a feature this negative keeps two mentions apart, even via others
_DATE_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_TYPE_FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}
_GEO_RANK = {"site": 0, "town": 1, "admin1": 2, "country": 3}
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


@dataclass(frozen=True)
class Cluster:
    """One real-world event: its member mention ids and the links that joined them."""

    key: str
    members: tuple[str, ...]
    decisions: tuple[MergeDecision, ...]


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


def block_window(ref: MentionRef) -> tuple[str, date, date] | None:
    """The country and days a mention can merge across: what an incremental update must load.

    Re-cluster the mentions in these windows (plus the other members of their events), passing
    the current assignment as `previous`, and only the events the new mention touches change.
    """
    iv = date_interval(ref.mention)
    if iv is None or not ref.mention.country:
        return None
    slack = timedelta(days=VETO_DAYS)
    return ref.mention.country, iv[0] - slack, iv[1] + slack


def compare(a: MentionRef, b: MentionRef, *, actor_families: ActorFamilies) -> MergeDecision:
    """Score one pair; symmetric (the pair is ordered by mention id first)."""
    return _compare(a, b, _folded(actor_families))


def _compare(a: MentionRef, b: MentionRef, actor_families: ActorFamilies) -> MergeDecision:
    if b.mention_id < a.mention_id:
        a, b = b, a
    x, y = a.mention, b.mention
    reasons: list[str] = []
    if a.doc_id == b.doc_id and not _identical(x, y):
        return _veto(a, b, "same document")
    if x.country and y.country and x.country != y.country:
        return _veto(a, b, f"different countries ({x.country} / {y.country})")
    date_pts, why = _date_feature(x, y)
    if date_pts is None:
        return _veto(a, b, why)
    reasons.append(why)
    type_pts, why = _type_feature(x, y)
    if type_pts is None:
        return _veto(a, b, why)
    reasons.append(why)
    actor_feats, veto = _actor_feature(x, y, actor_families)
    if veto:
        return _veto(a, b, veto)
    place_pts, why = _place_feature(x, y)
    if place_pts is None:
        return _veto(a, b, why)
    feats = [
        (place_pts, why),
        *actor_feats,
        _weapon_feature(x.weapons, y.weapons),
        _count_feature("fatalities", x.fatalities, y.fatalities),
        _count_feature("injuries", x.injuries, y.injuries),
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


def cluster_mentions(
    mentions: Sequence[MentionRef],
    *,
    actor_families: ActorFamilies,
    pinned: Mapping[str, str] | None = None,
    cannot_link: Iterable[tuple[str, str]] = (),
    previous: Mapping[str, str] | None = None,
) -> list[Cluster]:
    """Group mentions into events; deterministic whatever the input order (see module doc).

    `pinned` (mention id -> event key) and `cannot_link` carry analysts' edits. `previous`
    (mention id -> event key of the last run) keeps event keys stable: a cluster takes the
    previous key held by most of its members, unless a pinned cluster or one where more members
    held it took it first.
    """
    pinned = dict(pinned or {})
    refs = sorted(mentions, key=lambda r: r.mention_id)
    by_id = {r.mention_id: r for r in refs}
    if len(by_id) != len(refs):
        dup = next(r.mention_id for r, s in pairwise(refs) if r.mention_id == s.mention_id)
        raise InputError(f"mention {dup!r}: the same mention id appears twice; ids must be unique")
    forbidden = {frozenset(p) for p in cannot_link}
    cache: dict[tuple[str, str], MergeDecision] = {}
    fam = _folded(actor_families)

    def decide(i: str, j: str) -> MergeDecision:
        k = (i, j) if i < j else (j, i)
        if k not in cache:
            a, b = by_id[k[0]], by_id[k[1]]
            if frozenset(k) in forbidden:
                cache[k] = _veto(a, b, "analyst: cannot link")
            elif k[0] in pinned and k[1] in pinned and pinned[k[0]] != pinned[k[1]]:
                cache[k] = _veto(a, b, "analyst: pinned to different events")
            else:
                cache[k] = _compare(a, b, fam)
        return cache[k]

    uf = _UnionFind([r.mention_id for r in refs])
    for key in sorted(set(pinned.values())):
        ids = sorted(i for i, k in pinned.items() if k == key and i in by_id)
        for i in ids[1:]:
            uf.union(ids[0], i, MergeDecision(ids[0], i, True, 0.0, (f"analyst: pinned to {key}",)))

    def join(i: str, j: str, d: MergeDecision) -> bool:
        ri, rj = uf.find(i), uf.find(j)
        pairs = product(uf.members[ri], uf.members[rj])
        if ri == rj or any(decide(p, q).veto or decide(p, q).conflict for p, q in pairs):
            return False
        uf.union(i, j, d)
        return True

    fine, coarse = _blocks(refs)
    links = [decide(i, j) for i, j in fine]
    for d in sorted((d for d in links if d.same), key=lambda d: (-d.score, d.a, d.b)):
        join(d.a, d.b, d)
    for m, cands in coarse:
        own = uf.find(m)
        good = [d for d in (decide(m, c) for c in cands) if d.same]
        good = [d for d in good if uf.find(d.b if d.a == m else d.a) != own]
        if len({uf.find(d.b if d.a == m else d.a) for d in good}) == 1:
            best = min(good, key=lambda d: (-d.score, d.a, d.b))
            join(best.a, best.b, best)
    return _clusters(uf, pinned, previous or {})


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
    coarse = x if _DATE_ORDER[x.date_precision] > _DATE_ORDER[y.date_precision] else y
    return 0.5, f"dates overlap ({coarse.date_precision} of {coarse.date})"


def _type_feature(x: Mention, y: Mention) -> tuple[float | None, str]:
    if x.event_type is None or y.event_type is None:
        return 0.0, "event type unknown in one"
    if x.sub_event_type and x.sub_event_type == y.sub_event_type:
        return 1.5, f"same sub-event type ({x.sub_event_type})"
    if x.event_type == y.event_type:
        return 0.5, f"same event type ({x.event_type})"
    fx = _TYPE_FAMILY.get(x.event_type, x.event_type)
    if fx != _TYPE_FAMILY.get(y.event_type, y.event_type):
        return None, f"event types incompatible ({x.event_type} / {y.event_type})"
    return 0.0, f"event types compatible ({x.event_type} / {y.event_type})"


def _actor_relation(p: str | None, q: str | None, fam: ActorFamilies) -> str:
    if not p or not q or unidentified(p) or unidentified(q):
        return "unknown"
    if norm_name(p) == norm_name(q):
        return "same"
    fp, fq = fam(p), fam(q)  # folded (see _folded)
    if norm_name(p) in fq or norm_name(q) in fp:
        return "compatible"  # one is a family of the other: KH ~ "Iran-backed militias"
    return "related" if fp & fq else "conflict"  # siblings under an umbrella are neutral


def _folded(fam: ActorFamilies) -> ActorFamilies:
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
    r2 = _actor_relation(x.actor2, y.actor2, fam)
    crossed = {_actor_relation(x.actor1, y.actor2, fam), _actor_relation(x.actor2, y.actor1, fam)}
    if (r1 == "conflict" or r2 == "conflict") and crossed & {"same", "compatible"}:
        return [], f"roles reversed ({x.actor1} -> {x.actor2} / {y.actor1} -> {y.actor2})"
    out: list[tuple[float, str]] = []
    for role, rel, p, q, penalty in (
        ("actor1", r1, x.actor1, y.actor1, -3.0),
        ("actor2", r2, x.actor2, y.actor2, -2.0),
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


def _strong_actor1(x: Mention, y: Mention, fam: ActorFamilies) -> bool:
    return _actor_relation(x.actor1, y.actor1, fam) in {"same", "compatible"}


def geo_rank(m: Mention) -> int:
    """0 site, 1 town, 2 admin1, 3 country: the stated precision, if the fields back it."""
    has_place = bool(m.location) or m.latitude is not None
    rank = _GEO_RANK.get(m.geo_precision or "", 1 if has_place else 2)
    if rank <= 1 and not has_place:
        rank = 2
    return rank if rank < 2 or m.admin1 else 3


def _place_feature(x: Mention, y: Mention) -> tuple[float | None, str]:
    precise = geo_rank(x) <= 1 and geo_rank(y) <= 1
    if precise and None not in (x.latitude, x.longitude, y.latitude, y.longitude):
        km = _km(x.latitude or 0.0, x.longitude or 0.0, y.latitude or 0.0, y.longitude or 0.0)
        names = f"{x.location} / {y.location}"
        if km > MAX_KM:
            return None, f"places {km:.0f} km apart ({names})"
        if km > 5 and x.geo_precision == y.geo_precision == "site" and not _same_name(x, y):
            return -3.0, f"different sites {km:.0f} km apart ({names})"
        pts = 2.0 if km <= 10 else 1.5 if km <= 25 else 0.5 if km <= 50 else -1.0
        return pts, f"places {km:.0f} km apart ({names})"
    if precise and x.location and norm_name(x.location) == norm_name(y.location or ""):
        return 2.0, f"same place ({x.location})"
    if x.admin1 and y.admin1:
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
    kx, ky = {weapon_key(w) for w in wx}, {weapon_key(w) for w in wy}
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


def _veto(a: MentionRef, b: MentionRef, why: str) -> MergeDecision:
    return MergeDecision(a.mention_id, b.mention_id, False, 0.0, (why,), veto=why)


def _cell(m: Mention) -> tuple[int, int] | None:
    """A 1-degree grid cell for site/town mentions with coordinates (below 60 degrees)."""
    if geo_rank(m) > 1 or m.latitude is None or m.longitude is None or abs(m.latitude) > 60:
        return None
    return math.floor(m.latitude), math.floor(m.longitude)


def _blocks(
    refs: Sequence[MentionRef],
) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    """Candidate pairs: day-precise pairs on the same or next day, skipping grid cells too far
    apart to pass the place veto; each coarse mention with the mentions its interval touches."""
    by_country: dict[str, list[tuple[date, date, MentionRef]]] = {}
    for r in refs:
        iv = date_interval(r.mention)
        if iv and r.mention.country:
            by_country.setdefault(r.mention.country, []).append((iv[0], iv[1], r))
    fine: list[tuple[str, str]] = []
    coarse: list[tuple[str, list[str]]] = []
    for country in sorted(by_country):
        rows = sorted(by_country[country], key=lambda t: (t[0], t[2].mention_id))
        days: dict[date, list[MentionRef]] = {}
        for d, _, r in rows:
            if r.mention.date_precision == "day":
                days.setdefault(d, []).append(r)
        cells = {r.mention_id: _cell(r.mention) for day in days.values() for r in day}
        for d, today in days.items():
            tomorrow = days.get(d + timedelta(days=1), [])
            for n, r in enumerate(today):
                cr = cells[r.mention_id]
                for s in today[n + 1 :] + tomorrow:
                    cs = None if cr is None else cells[s.mention_id]
                    if cr and cs and (abs(cr[0] - cs[0]) > 1 or abs(cr[1] - cs[1]) > 2):
                        continue  # more than 100 km apart: the place veto would refuse it
                    fine.append((r.mention_id, s.mention_id))
        starts = [t[0] for t in rows]
        wide = sorted(
            (t for t in rows if t[2].mention.date_precision != "day"),
            key=lambda t: (_DATE_ORDER[t[2].mention.date_precision], t[0], t[1], t[2].mention_id),
        )
        for n, (lo, hi, r) in enumerate(wide):  # the same week or month: an ordinary pair
            for lo2, hi2, s in wide[n + 1 :]:
                if (lo2, hi2) != (lo, hi) or s.mention.date_precision != r.mention.date_precision:
                    break
                fine.append((r.mention_id, s.mention_id))
        for lo, hi, r in wide:
            first = bisect.bisect_left(starts, lo - timedelta(days=367))  # a year at most
            end = bisect.bisect_right(starts, hi + timedelta(days=1))
            near = [
                s.mention_id
                for a, b, s in rows[first:end]
                if s is not r and (lo - b).days <= 1 and (a, b) != (lo, hi)
            ]
            coarse.append((r.mention_id, near))
    return fine, coarse


class _UnionFind:
    def __init__(self, ids: Sequence[str]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: [i] for i in ids}
        self.links: dict[str, list[MergeDecision]] = {i: [] for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: str, j: str, d: MergeDecision) -> None:
        ri, rj = sorted((self.find(i), self.find(j)))
        if ri == rj:
            return
        self.parent[rj] = ri
        self.members[ri] += self.members.pop(rj)
        self.links[ri] += [*self.links.pop(rj), d]


def _clusters(
    uf: _UnionFind, pinned: Mapping[str, str], previous: Mapping[str, str]
) -> list[Cluster]:
    groups = sorted((tuple(sorted(ids)), root) for root, ids in uf.members.items())
    taken = {pinned[i] for members, _ in groups for i in members if i in pinned}
    votes = {m: Counter(previous[i] for i in m if i in previous) for m, _ in groups}
    keys: dict[tuple[str, ...], str] = {}
    for members, _ in groups:
        pins = sorted({pinned[i] for i in members if i in pinned})
        if pins:
            keys[members] = pins[0]
    ranked = sorted(
        ((-n, key, m) for m, v in votes.items() if m not in keys for key, n in v.items()),
    )
    for _, key, members in ranked:
        if members not in keys and key not in taken:
            keys[members] = key
            taken.add(key)
    out = []
    for members, root in groups:
        key = keys.get(members) or _new_key(members, taken)
        decisions = tuple(sorted(uf.links[root], key=lambda d: (d.a, d.b)))
        out.append(Cluster(key, members, decisions))
    return out


def _new_key(members: tuple[str, ...], taken: set[str]) -> str:
    """A key derived from the lowest member id (from all ids if that one is already used)."""
    key = "ev-" + hashlib.sha1(members[0].encode()).hexdigest()[:12]
    if key in taken:
        key = "ev-" + hashlib.sha1("\x1f".join(members).encode()).hexdigest()[:12]
    taken.add(key)
    return key
