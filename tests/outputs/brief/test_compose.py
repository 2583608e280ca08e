"""Brief composition: events by date, one section per month, each line cited."""

from __future__ import annotations

import datetime as dt

from watchfloor.ledger.records import EventRecord, MentionRef
from watchfloor.outputs.brief.compose import compose, describe
from watchfloor.outputs.brief.render import render_markdown


def _event(event_id: int, date: dt.date | None, **fields: object) -> EventRecord:
    base: dict[str, object] = {
        "id": event_id,
        "date": date,
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": None,
        "actor2": None,
        "country": "Testland",
        "admin1": None,
        "location": None,
        "latitude": None,
        "longitude": None,
        "weapons": (),
        "fatalities": (None, None, None),
        "injuries": (None, None, None),
        "status": "reported",
        "claims": (),
        "locked": False,
        "mentions": (),
    }
    base.update(fields)
    return EventRecord(**base)  # type: ignore[arg-type]


def _ref(name: str, title: str | None, evidence: str) -> MentionRef:
    return MentionRef(
        doc_id="h" + name, doc_name=name, doc_title=title, mention_id="e1", evidence=evidence
    )


def test_sections_are_months_in_order_with_undated_last() -> None:
    events = [
        _event(1, dt.date(2024, 2, 3)),
        _event(2, None),
        _event(3, dt.date(2024, 1, 30)),
        _event(4, dt.date(2024, 2, 1)),
    ]
    sections = compose(events)
    assert [s.title for s in sections] == ["January 2024", "February 2024", "Undated"]
    assert [line.date for line in sections[1].lines] == [dt.date(2024, 2, 1), dt.date(2024, 2, 3)]


def test_each_line_cites_every_source_with_its_evidence() -> None:
    event = _event(
        1,
        dt.date(2024, 5, 6),
        mentions=(
            _ref("wire", "Wire story", "Drones struck the depot."),
            _ref("notes", None, "The depot was hit overnight."),
        ),
    )
    [section] = compose([event])
    [line] = section.lines
    assert [(c.title, c.evidence) for c in line.citations] == [
        ("Wire story", "Drones struck the depot."),
        ("notes", "The depot was hit overnight."),
    ]
    markdown = render_markdown([section], title="Test brief")
    assert markdown.startswith("# Test brief")
    assert '*Wire story*: "Drones struck the depot."' in markdown
    assert "## May 2024" in markdown


def test_describe_names_actors_place_and_toll() -> None:
    event = _event(
        1,
        dt.date(2024, 5, 6),
        actor1="Red Wing",
        actor2="Blue Guard",
        location="Hilltown",
        fatalities=(2, 3, 5),
        injuries=(4, None, None),
    )
    text = describe(event)
    assert text.startswith("Air/drone strike by Red Wing against Blue Guard in Hilltown, Testland")
    assert "3-5 killed" in text and "4 injured" in text


def test_an_empty_ledger_says_so() -> None:
    assert "No events" in render_markdown(compose([]))
