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
   it); places > 100 km apart (250 km between a point at sea and the coast it is told from),
   or in different admin1, when both are site/town precise.
   Conflicts (strong contradictions, scored -3): casualty figures 0 against 2 or more,
   actor1 of different families, two differently named sites more than 5 km apart.
3. **Score** (features with human-readable reasons, see `compare`): date closeness, type,
   place distance or admin1, actors through the injected `actor_families` (compatible when
   one is in the other's family; siblings under an umbrella are neutral; "Unidentified ..."
   and None match anyone), weapons, casualty figures. A day pair links when score >= 4 and
   the place/actor/weapon/casualty part ("support") >= 1, so two anonymous events on the same
   day never merge on date and type alone.
4. **Coarse dates**: a week/month mention joins a finer one only on strong agreement
   (score >= 4, support >= 2, same event type, actor1 known and compatible, or unknown in one
   with actor2 known and compatible, no place penalty)
   and only when one cluster qualifies, or one is told by at least `SALIENT` times as many
   mentions as any other ("Iran's April attack" in a later report is the attack everyone
   reported, not a side event of that month).
5. Links are applied best-first (score, then mention ids), so the result does not depend on
   input order. `pinned` mentions are put together first and stay with their key.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise, product

from watchfloor.errors import InputError
from watchfloor.ledger.features import (
    COARSE_SUPPORT,
    DATE_ORDER,
    LINK_SCORE,
    LINK_SUPPORT,
    MAX_KM,
    STRONG_CONFLICT,
    VETO_DAYS,
    ActorFamilies,
    MentionRef,
    MergeDecision,
    compare,
    compare_folded,
    count_interval,
    date_interval,
    fold_families,
    geo_rank,
    norm_name,
    unidentified,
    veto_decision,
    veto_reach,
    weapon_key,
)
from watchfloor.models import Mention

__all__ = [
    "COARSE_SUPPORT",
    "LINK_SCORE",
    "LINK_SUPPORT",
    "MAX_KM",
    "STRONG_CONFLICT",
    "VETO_DAYS",
    "ActorFamilies",
    "Cluster",
    "MentionRef",
    "MergeDecision",
    "block_window",
    "cluster_mentions",
    "compare",
    "count_interval",
    "date_interval",
    "geo_rank",
    "norm_name",
    "unidentified",
    "veto_reach",
    "weapon_key",
]


@dataclass(frozen=True)
class Cluster:
    """One real-world event: its member mention ids and the links that joined them."""

    key: str
    members: tuple[str, ...]
    decisions: tuple[MergeDecision, ...]


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


# a coarse mention fitting several events joins the most-told one when it leads by this factor
SALIENT = 1.5


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
    fam = fold_families(actor_families)

    def decide(i: str, j: str) -> MergeDecision:
        k = (i, j) if i < j else (j, i)
        if k not in cache:
            a, b = by_id[k[0]], by_id[k[1]]
            if frozenset(k) in forbidden:
                cache[k] = veto_decision(a, b, "analyst: cannot link")
            elif k[0] in pinned and k[1] in pinned and pinned[k[0]] != pinned[k[1]]:
                cache[k] = veto_decision(a, b, "analyst: pinned to different events")
            else:
                cache[k] = compare_folded(a, b, fam)
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
        roots = {uf.find(d.b if d.a == m else d.a) for d in good}
        if len(roots) > 1:
            sizes = sorted(((len(uf.members[r]), r) for r in roots), reverse=True)
            if sizes[0][0] < SALIENT * sizes[1][0]:
                continue
            good = [d for d in good if uf.find(d.b if d.a == m else d.a) == sizes[0][1]]
        if good:
            best = min(good, key=lambda d: (-d.score, d.a, d.b))
            join(best.a, best.b, best)
    return _clusters(uf, pinned, previous or {})


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
                    # more than 100 km apart (250 km from a point at sea): the place veto
                    # would refuse it
                    reach = veto_reach(r.mention, s.mention)
                    if cr and cs and (abs(cr[0] - cs[0]) > reach or abs(cr[1] - cs[1]) > 2 * reach):
                        continue
                    fine.append((r.mention_id, s.mention_id))
        starts = [t[0] for t in rows]
        wide = sorted(
            (t for t in rows if t[2].mention.date_precision != "day"),
            key=lambda t: (DATE_ORDER[t[2].mention.date_precision], t[0], t[1], t[2].mention_id),
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
