"""`watchfloor query KIND`: the analysts' questions over the ledger, one shared set of filters.

Kinds: count, ordinal, rank, nth-weapon, series, chain, tally-check. Filters (all kinds):
--since --until --country --actor --actor-family --target --type --sub-type --weapon
--status; repeat a list option to give several values. --format table|json|csv.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from watchfloor.cli.listing import _emit, _open
from watchfloor.cli.options import Db, Format, FormatOpt, Since, Until, as_date

if TYPE_CHECKING:
    from watchfloor.query.spec import Query

app = typer.Typer(
    name="query",
    no_args_is_help=True,
    help="Ask the ledger: counts, ordinals, ranks, Nth use of a weapon, series, chains, "
    "and tallies claimed in reports checked against the ledger.",
)

Many = list[str] | None
Countries = Annotated[Many, typer.Option("--country", help="Country (repeatable).")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="actor1 or actor2 contains this.")]
Family = Annotated[
    str | None,
    typer.Option("--actor-family", help="actor1 is this actor or one of its family members."),
]
Target = Annotated[
    str | None, typer.Option("--target", help="actor2 is this actor or one of its members.")
]
Types = Annotated[Many, typer.Option("--type", help="ACLED event type (repeatable).")]
SubTypes = Annotated[Many, typer.Option("--sub-type", help="ACLED sub-event type (repeatable).")]
Weapons = Annotated[Many, typer.Option("--weapon", help="Weapon used (repeatable: all of them).")]
Status = Annotated[
    Many, typer.Option("--status", help="claimed, reported or confirmed (repeatable).")
]
EventOpt = Annotated[int, typer.Option("--event", help="The ledger event asked about.")]


class Measure(enum.StrEnum):
    casualties = "casualties"
    fatalities = "fatalities"
    injuries = "injuries"
    weapons = "weapons"


class Period(enum.StrEnum):
    week = "week"
    month = "month"


class Grouping(enum.StrEnum):
    none = "none"
    type = "type"
    sub_type = "sub_type"
    weapon = "weapon"
    actor_family = "actor_family"


def _query(**kw: Any) -> Query:
    from watchfloor.query.spec import Query

    return Query(
        since=as_date(kw["since"]),
        until=as_date(kw["until"]),
        countries=tuple(kw["country"] or ()),
        actor=kw["actor"],
        actor_family=kw["actor_family"],
        target=kw["target"],
        types=tuple(kw["type_"] or ()),
        sub_types=tuple(kw["sub_type"] or ()),
        weapons=tuple(kw["weapon"] or ()),
        status=tuple(kw["status"] or ()),
    )


def _show(fmt: Format, rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    _emit(fmt.value, rows, columns)


@app.command("count")
def count(
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """How many ledger events match.

    Example: watchfloor query count --target "U.S. forces" --country Iraq --since 2023-10-07
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        answer = ledger.count(store, q)
    _show(fmt, [answer.to_dict()], [("query", "Query"), ("count", "Count")])


@app.command("ordinal")
def ordinal(
    event: EventOpt,
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """Which number this event is among matching events (date order) since --since.

    Example: watchfloor query ordinal --event 12 --target "U.S. forces" --since 2023-10-07
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        answer = ledger.ordinal(store, q, event)
    _ordinal_out(fmt, answer)


def _ordinal_out(fmt: Format, answer: Any) -> None:
    _show(
        fmt,
        [answer.to_dict()],
        [
            ("event_id", "Event"),
            ("date", "Date"),
            ("position", "Position"),
            ("total", "Of"),
            ("query", "Query"),
        ],
    )


@app.command("rank")
def rank(
    event: EventOpt,
    by: Annotated[Measure, typer.Option("--by", help="What makes an event large.")] = (
        Measure.casualties
    ),
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """Rank of this event among matching events by a measure (1 = the largest).

    Example: watchfloor query rank --event 12 --by casualties --since 2023-10-07
    """
    from watchfloor.flows import ledger

    kw = dict(locals())
    q = _query(**kw)
    with _open(db) as store:
        answer = ledger.rank(store, q, event, by.value)  # type: ignore[arg-type]
    _show(
        fmt,
        [answer.to_dict()],
        [
            ("event_id", "Event"),
            ("by", "By"),
            ("value", "Value"),
            ("rank", "Rank"),
            ("total", "Of"),
            ("query", "Query"),
        ],
    )


@app.command("nth-weapon")
def nth_weapon(
    event: EventOpt,
    weapon: Annotated[list[str], typer.Option("--weapon", help="The weapon (repeatable).")],
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    status: Status = None,
) -> None:
    """Which use of this weapon the event is ("the second using ballistic missiles").

    Example: watchfloor query nth-weapon --event 12 --weapon "ballistic missile" --since 2023-10-07
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        answer = ledger.ordinal(store, q, event)
    _ordinal_out(fmt, answer)


@app.command("series")
def series(
    period: Annotated[Period, typer.Option("--period", help="Bucket size.")] = Period.week,
    by: Annotated[Grouping, typer.Option("--by", help="Split the counts by.")] = Grouping.none,
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """Weekly or monthly counts, optionally split by type, weapon or actor family.

    Example: watchfloor query series --period month --by actor_family --since 2023-10-07
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        points = ledger.series(store, q, period=period.value, by=by.value)  # type: ignore[arg-type]
    rows = [p.to_dict() for p in points]
    _show(fmt, rows, [("period", "Period"), ("group", "Group"), ("count", "Events")])


@app.command("chain")
def chain(
    event: Annotated[int | None, typer.Option("--event", help="Only the chain of this event.")] = (
        None
    ),
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """Retaliation chains: events linked by "in response to", oldest first.

    Example: watchfloor query chain --event 12
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        found = ledger.retaliation_chains(store, q, event_id=event)
    if fmt is Format.json:
        _emit("json", [c.to_dict() for c in found], [])
        return
    rows = []
    for n, c in enumerate(found, start=1):
        answers = {a: b for a, b in c.links}
        for e in c.to_dict()["events"]:
            rows.append({"chain": n, **e, "responds_to": answers.get(e["id"])})
    _show(
        fmt,
        rows,
        [
            ("chain", "Chain"),
            ("id", "Event"),
            ("date", "Date"),
            ("sub_event_type", "Type"),
            ("actor1", "Actor 1"),
            ("actor2", "Actor 2"),
            ("location", "Location"),
            ("responds_to", "Responds to"),
        ],
    )


@app.command("tally-check")
def tally_check(
    show_all: Annotated[bool, typer.Option("--all", help="Also list tallies that agree.")] = False,
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Countries = None,
    actor: ActorOpt = None,
    actor_family: Family = None,
    target: Target = None,
    type_: Types = None,
    sub_type: SubTypes = None,
    weapon: Weapons = None,
    status: Status = None,
) -> None:
    """Tallies claimed in reports against the ledger's own count; disagreements first.

    Example: watchfloor query tally-check --all --format json
    """
    from watchfloor.flows import ledger

    q = _query(**locals())
    with _open(db) as store:
        checks = ledger.tally_check(store, q, only_disagreements=not show_all)
    _show(
        fmt,
        [c.to_dict() for c in checks],
        [
            ("doc_name", "Document"),
            ("claim", "Claim"),
            ("claimed", "Claimed"),
            ("ledger", "Ledger"),
            ("agrees", "Agrees"),
            ("query", "Scope"),
        ],
    )
