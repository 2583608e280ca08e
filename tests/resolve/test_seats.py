"""Capitals named as the subject of what a state does stand for the state."""

from __future__ import annotations

import pytest

from watchfloor.resolve.places import find_places
from watchfloor.resolve.seats import seats, seats_acting


def _acting(text: str) -> list[tuple[str, str, str]]:
    return [(p.surface, p.name, p.kind) for p in seats_acting(text, find_places(text))]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Washington retaliated on Friday, striking 85 targets.", "Washington", "United States"),
        ("Tehran launched more than 180 missiles at Israel.", "Tehran", "Iran"),
        ("Two days after Tehran launched a drone attack, Pakistan struck.", "Tehran", "Iran"),
        ("Ankara has also carried out airstrikes on PKK positions.", "Ankara", "Turkey"),
        ("Before Amman acknowledged it, the army denied any role.", "Amman", "Jordan"),
        ("Teheran later said it had targeted militant bases.", "Teheran", "Iran"),
    ],
)
def test_a_capital_acting_is_its_state(text: str, surface: str, country: str) -> None:
    assert (surface, country, "country") in _acting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Tehran on Saturday.",
        "A U.S. strike in eastern Baghdad killed a commander.",
        "Officials in Washington said the strikes hit 85 targets.",
        "Explosions were heard in Damascus on Tuesday night.",
        "Tehran is home to nine million people.",
    ],
)
def test_a_capital_as_place_or_object_stays_a_place(text: str) -> None:
    assert not any(kind == "country" and name != surface for surface, name, kind in _acting(text))


def test_every_seat_names_a_known_country() -> None:
    from watchfloor.resolve.gazetteer import countries

    table = seats()
    assert table["Washington"] == "United States" and table["Tel Aviv"] == "Israel"
    assert set(table.values()) <= set(countries())
