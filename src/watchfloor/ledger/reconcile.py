"""Reconciliation: the mentions of one event -> one set of fields, every claim kept.

Pure functions, no database. Rules (the README repeats them):

- **Date**: the finest precision any member gives (day over week over month over year); among
  those, the most frequent date, ties the earliest.
- **Place**: the finest precision supported (site over town over admin1 over country); among
  those, the most frequent place name, ties the first member by (document, mention id).
- **Actors**: for each role, the most specific compatible name: a name that is a family of
  another candidate ("Iran-backed militias" for "Kataib Hezbollah") gives way to it, and
  "Unidentified ..." gives way to any named actor; then the most frequent, ties the name with
  more families, then alphabetical.
- **Weapons**: the union, folded ("Air-strikes" = "airstrike"); a generic name contained in a
  more specific one ("missile" in "ballistic missile") is dropped.
- **Fatalities / injuries**: every claim is kept (source, document, span; a report's own
  figure without an attributed claim counts as a claim by the document's source).
  low = the smallest figure claimed, high = the largest. **best = the figure cited by the most
  documents among confirming sources (the target side, or an official body: a state force or
  government) if any gives one, else among all sources; ties take the lower figure**
  (ACLED's conservative rule).
- **Status**: `confirmed` when the target side or an official source (a claim source or a
  document source of kind state_force/government) reports it; `claimed` when every mention
  rests only on the perpetrator's word (all its claim sources, or its document's source, are
  on actor1's side); otherwise `reported`. `status_sources` names the sources behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal, NamedTuple, TypeVar

from watchfloor.errors import InputError
from watchfloor.ledger.dedupe import MentionRef, norm_name, unidentified, weapon_key
from watchfloor.models import Bound, Count, DatePrecision, Span

Status = Literal["claimed", "reported", "confirmed"]
Voice = Literal["perpetrator", "target", "official", "media"]
OFFICIAL_KINDS = frozenset({"state_force", "government"})
_T = TypeVar("_T", bound=Hashable)
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_GEO_RANK = {"site": 0, "town": 1, "admin1": 2, "country": 3}


@dataclass(frozen=True)
class ClaimRecord:
    """One casualty figure with who said it, where, and which side that is."""

    doc_name: str
    mention_id: str
    source: str | None
    killed: int | None
    injured: int | None
    killed_bound: Bound = "exact"
    injured_bound: Bound = "exact"
    span: Span | None = None
    voice: Voice = "media"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = [self.span.start, self.span.end] if self.span else None
        return d


class Evidence(NamedTuple):
    doc_name: str
    mention_id: str
    text: str


@dataclass(frozen=True)
class Reconciled:
    """The ledger's view of one event, built from all its mentions."""

    date: date | None
    date_precision: DatePrecision
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    weapons: tuple[str, ...]
    fatalities: Count
    injuries: Count
    claims: tuple[ClaimRecord, ...]
    status: Status
    status_sources: tuple[str, ...]
    outcome: str | None
    evidence: tuple[Evidence, ...]


Families = Callable[[str | None], frozenset[str]]
Kinds = Callable[[str | None], str | None]


def reconcile(
    members: Sequence[MentionRef],
    *,
    actor_kind: Kinds | None = None,
    actor_families: Families | None = None,
) -> Reconciled:
    """Reconcile the mentions of one event (see the module docstring for the rules)."""
    if not members:
        raise InputError("reconcile: an event needs at least one mention")
    refs = sorted(members, key=lambda r: (r.doc_name, r.mention_id))
    fam: Families = actor_families or (lambda _n: frozenset())
    kinds: Kinds = actor_kind or (lambda _n: None)

    def kind(source: str | None) -> str | None:
        # A source is often a described name: "U.S. Central Command (press release 12)".
        return kinds(source) or (kinds(source.split(" (")[0]) if source else None)

    ms = [r.mention for r in refs]
    when, precision = _date(refs)
    etype, subtype = _mode([(m.event_type, m.sub_event_type) for m in ms if m.event_type]) or (
        None,
        None,
    )
    actor1 = pick_actor([m.actor1 for m in ms], fam)
    actor2 = pick_actor([m.actor2 for m in ms], fam)
    place = _place(refs)
    country = _mode([m.country for m in ms if m.country])
    admin1 = place.mention.admin1 if place else None
    if admin1 is None:
        admin1 = _mode([m.admin1 for m in ms if m.admin1 and m.country == country])

    def voice(source: str | None) -> Voice:
        if source and _same_side(source, actor1, fam):
            return "official" if kind(source) in OFFICIAL_KINDS else "perpetrator"
        if source and _same_side(source, actor2, fam):
            return "target"
        return "official" if kind(source) in OFFICIAL_KINDS else "media"

    claims = tuple(c for r in refs for c in _claims(r, voice(r.source), voice))
    status, status_sources = _status(refs, claims, voice)
    outcomes = list(dict.fromkeys(m.outcome for m in ms if m.outcome))
    return Reconciled(
        date=when,
        date_precision=precision,
        event_type=etype,
        sub_event_type=subtype,
        actor1=actor1,
        actor2=actor2,
        country=country,
        admin1=admin1,
        location=place.mention.location if place else None,
        latitude=place.mention.latitude if place else None,
        longitude=place.mention.longitude if place else None,
        weapons=merge_weapons(w for m in ms for w in m.weapons),
        fatalities=figures(claims, "killed"),
        injuries=figures(claims, "injured"),
        claims=claims,
        status=status,
        status_sources=status_sources,
        outcome="; ".join(outcomes) or None,
        evidence=tuple(Evidence(r.doc_name, r.mention_id, r.mention.evidence) for r in refs),
    )


def figures(claims: Sequence[ClaimRecord], what: Literal["killed", "injured"]) -> Count:
    """low / best / high from the claims (best: see the module docstring)."""
    cited: list[tuple[int, Voice, str]] = []
    for c in claims:
        v = c.killed if what == "killed" else c.injured
        if v is not None:
            cited.append((v, c.voice, c.doc_name))
    if not cited:
        return Count()
    confirming = [t for t in cited if t[1] in ("target", "official")]
    pool = confirming or cited
    docs_per_value = Counter(v for v, _, _ in {(v, "", d) for v, _, d in pool})
    best = min(docs_per_value, key=lambda v: (-docs_per_value[v], v))
    values = [v for v, _, _ in cited]
    return Count(low=min(values), best=best, high=max(values))


def pick_actor(names: Iterable[str | None], families: Families) -> str | None:
    """The most specific of compatible names (see the module docstring)."""
    present = [n for n in names if n]
    named = [n for n in present if not unidentified(n)] or present
    if not named:
        return None
    fams = {n: {norm_name(f) for f in families(n)} - {norm_name(n)} for n in set(named)}
    specific = [n for n in named if not any(norm_name(n) in fams[o] for o in fams if o != n)]
    counts = Counter(specific or named)
    return min(counts, key=lambda n: (-counts[n], -len(fams[n]), n))


def merge_weapons(weapons: Iterable[str]) -> tuple[str, ...]:
    """Union of weapon names, folded; generic names inside a more specific one dropped."""
    shown: dict[str, str] = {}
    for w in weapons:
        label = " ".join(_singular(t) for t in w.lower().split())
        key = weapon_key(label)
        if key and (key not in shown or label < shown[key]):
            shown[key] = label
    keep = [k for k in shown if not any(o != k and o.endswith(" " + k) for o in shown)]
    return tuple(sorted(shown[k] for k in keep))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _date(refs: Sequence[MentionRef]) -> tuple[date | None, DatePrecision]:
    dated = [r.mention for r in refs if r.mention.date is not None]
    if not dated:
        return None, "day"
    finest = min(_DATE_RANK.get(m.date_precision, 3) for m in dated)
    pool = [m for m in dated if _DATE_RANK.get(m.date_precision, 3) == finest]
    counts = Counter(m.date for m in pool if m.date is not None)
    best = min(counts, key=lambda d: (-counts[d], d))
    return best, pool[0].date_precision


def _geo_rank(r: MentionRef) -> int:
    m = r.mention
    if m.geo_precision in _GEO_RANK:
        return _GEO_RANK[m.geo_precision]
    return 1 if m.location else 2 if m.admin1 else 3


def _place(refs: Sequence[MentionRef]) -> MentionRef | None:
    placed = [r for r in refs if r.mention.location or r.mention.admin1]
    if not placed:
        return None
    finest = min(_geo_rank(r) for r in placed)
    pool = [r for r in placed if _geo_rank(r) == finest]
    names = Counter(norm_name(r.mention.location or r.mention.admin1 or "") for r in pool)
    top = min(names, key=lambda n: (-names[n], n))
    return next(r for r in pool if norm_name(r.mention.location or r.mention.admin1 or "") == top)


def _same_side(source: str, actor: str | None, families: Families) -> bool:
    if not actor or unidentified(actor):
        return False
    fs = {norm_name(f) for f in families(source)} | {norm_name(source)}
    fa = {norm_name(f) for f in families(actor)} | {norm_name(actor)}
    # One within the other's family, or close kin (more than one shared family, not only a
    # distant umbrella such as an alliance of groups from different countries).
    return norm_name(source) in fa or norm_name(actor) in fs or len(fs & fa) >= 2


def _claims(
    r: MentionRef, doc_voice: Voice, voice: Callable[[str | None], Voice]
) -> list[ClaimRecord]:
    m = r.mention
    out = [
        ClaimRecord(
            r.doc_name,
            r.mention_id,
            c.source,
            c.killed,
            c.injured,
            c.killed_bound,
            c.injured_bound,
            c.span,
            voice(c.source),
        )
        for c in m.casualty_claims
    ]
    # The report's own figure, where no attributed claim gives that kind of figure.
    killed, k_bound = _own(m.fatalities) if all(c.killed is None for c in out) else (None, "exact")
    injured, i_bound = _own(m.injuries) if all(c.injured is None for c in out) else (None, "exact")
    if killed is not None or injured is not None:
        span = m.spans[0] if m.spans else None
        out.append(
            ClaimRecord(
                r.doc_name,
                r.mention_id,
                r.source,
                killed,
                injured,
                k_bound,
                i_bound,
                span,
                doc_voice,
            )
        )
    return out


def _own(c: Count) -> tuple[int | None, Bound]:
    """A report's own figure and its bound: "at least 2" is (2, at_least)."""
    if c.best is not None:
        return c.best, "exact" if c.low in (None, c.best) and c.high in (None, c.best) else "approx"
    if c.low is not None:
        return c.low, "at_least" if c.high is None else "approx"
    return c.high, "at_most"


def _status(
    refs: Sequence[MentionRef],
    claims: Sequence[ClaimRecord],
    voice: Callable[[str | None], Voice],
) -> tuple[Status, tuple[str, ...]]:
    said = [(c.source, c.voice) for c in claims if c.source]
    said += [(r.source, voice(r.source)) for r in refs if r.source]
    confirming = sorted({s for s, v in said if s and v in ("target", "official")})
    if confirming:
        return "confirmed", tuple(confirming)
    by_mention: dict[str, list[Voice]] = {}
    for c in claims:
        if c.source:
            by_mention.setdefault(c.mention_id, []).append(c.voice)
    perpetrator_only = all(
        voice(r.source) == "perpetrator"
        or (by_mention.get(r.mention_id) and set(by_mention[r.mention_id]) == {"perpetrator"})
        for r in refs
    )
    if perpetrator_only:
        return "claimed", tuple(sorted({s for s, v in said if s and v == "perpetrator"}))
    return "reported", tuple(sorted({r.source for r in refs if r.source}))


def _mode(values: Sequence[_T]) -> _T | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))
