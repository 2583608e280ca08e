"""Date expressions resolved against the publication date, never into its future."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from watchfloor.resolve.dates import DateMention, find_dates, resolve_date_text

# A Wednesday.
PUB = dt.date(2025, 3, 12)


def _one(text: str, published: dt.date | None = PUB) -> tuple[str, DateMention]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0].span.text(text), found[0]


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        ("Gunmen opened fire on March 9.", "March 9", dt.date(2025, 3, 9)),
        ("Gunmen opened fire on Mar. 9.", "Mar. 9", dt.date(2025, 3, 9)),
        ("Gunmen opened fire on 9 March 2025.", "9 March 2025", dt.date(2025, 3, 9)),
        (
            "Gunmen opened fire on March 9, 2025, near the port.",
            "March 9, 2025",
            dt.date(2025, 3, 9),
        ),
        ("Gunmen opened fire (2025-03-09).", "2025-03-09", dt.date(2025, 3, 9)),
        ("A convoy was hit on Nov. 30, 2024.", "Nov. 30, 2024", dt.date(2024, 11, 30)),
        ("The raid began on the 4th, officials said.", "the 4th", dt.date(2025, 3, 4)),
        ("The raid began on the 20th, officials said.", "the 20th", dt.date(2025, 2, 20)),
        ("Thursday, March 6, saw heavy shelling.", "Thursday, March 6", dt.date(2025, 3, 6)),
        ("the 9th of March was quiet", "9th of March", dt.date(2025, 3, 9)),
        (
            "Five were killed on the third of this month.",
            "the third of this month",
            dt.date(2025, 3, 3),
        ),
        ("It was hit on the third of last month.", "the third of last month", dt.date(2025, 2, 3)),
        (
            "It fell on the twenty-first of February.",
            "the twenty-first of February",
            dt.date(2025, 2, 21),
        ),
        ("Before dawn on Friday the 7th, jets struck.", "Friday the 7th", dt.date(2025, 3, 7)),
        ("Israel struck on Friday the 13th.", "Friday the 13th", dt.date(2024, 12, 13)),
    ],
)
def test_calendar_dates(text: str, surface: str, date: dt.date) -> None:
    got, d = _one(text)
    assert (got, d.date, d.precision, d.kind) == (surface, date, "day", "point")


def test_a_day_of_last_month_in_digits() -> None:
    first = find_dates("A raid on the 3rd of last month.", PUB)[0]
    assert (first.date, first.precision) == (dt.date(2025, 2, 3), "day")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The ship was seized on December 28.", dt.date(2024, 12, 28)),  # last year
        ("The ship was seized on March 13.", dt.date(2024, 3, 13)),  # tomorrow -> a year ago
        ("The ship was seized on March 12.", dt.date(2025, 3, 12)),  # the day itself
    ],
)
def test_yearless_dates_never_fall_after_publication(text: str, date: dt.date) -> None:
    _, d = _one(text)
    assert d.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A mortar hit the base on Sunday.", dt.date(2025, 3, 9)),
        ("Monday's strike killed two.", dt.date(2025, 3, 10)),
        ("Officials spoke on Wednesday.", dt.date(2025, 3, 12)),  # publication day
        ("A drone fell on Thursday.", dt.date(2025, 3, 6)),
        ("A drone fell last Wednesday.", dt.date(2025, 3, 5)),
        ("Last Wednesday, a drone fell.", dt.date(2025, 3, 5)),  # capitalised, a week back
    ],
)
def test_weekdays(text: str, date: dt.date) -> None:
    _, d = _one(text)
    assert (d.date, d.precision) == (date, "day")


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Sirens sounded today.", dt.date(2025, 3, 12), "day"),
        ("Sirens sounded earlier today.", dt.date(2025, 3, 12), "day"),
        ("Sirens sounded this morning.", dt.date(2025, 3, 12), "day"),
        ("Sirens sounded yesterday.", dt.date(2025, 3, 11), "day"),
        ("Sirens sounded last night.", dt.date(2025, 3, 11), "day"),
        ("Sirens sounded three days ago.", dt.date(2025, 3, 9), "day"),
        ("Sirens sounded last week.", dt.date(2025, 3, 3), "week"),
        ("Sirens sounded last weekend.", dt.date(2025, 3, 8), "week"),
        ("Sirens sounded over the weekend.", dt.date(2025, 3, 8), "week"),
        ("Sirens sounded earlier this week.", dt.date(2025, 3, 10), "week"),
        ("Sirens sounded earlier this month.", dt.date(2025, 3, 1), "month"),
        ("Sirens sounded last month.", dt.date(2025, 2, 1), "month"),
        ("Sirens sounded in October 2024.", dt.date(2024, 10, 1), "month"),
        ("Sirens sounded in late November.", dt.date(2024, 11, 1), "month"),
        ("Sirens sounded in 2019.", dt.date(2019, 1, 1), "year"),
        ("Sirens sounded last year.", dt.date(2024, 1, 1), "year"),
    ],
)
def test_relative_expressions(text: str, date: dt.date, precision: str) -> None:
    _, d = _one(text)
    assert (d.date, d.precision) == (date, precision)
    assert d.date <= PUB


def test_last_month_in_january_wraps_the_year() -> None:
    _, d = _one("They withdrew last month.", dt.date(2025, 1, 15))
    assert d.date == dt.date(2024, 12, 1)


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("There have been 40 raids since November 2.", "since", dt.date(2024, 11, 2)),
        ("There have been 40 raids since 2 November.", "since", dt.date(2024, 11, 2)),
        ("The truce held until February 20.", "until", dt.date(2025, 2, 20)),
        ("As of March 1, 12 ships were hit.", "until", dt.date(2025, 3, 1)),
    ],
)
def test_windows(text: str, kind: str, date: dt.date) -> None:
    _, d = _one(text)
    assert (d.kind, d.date) == (kind, date)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes occurred between February 3 and February 7.",
        "Clashes occurred from February 3 to February 7.",
        "Clashes occurred February 3-7.",
        "Clashes occurred 3-7 February.",
        "Clashes occurred between 3 and 7 February.",
    ],
)
def test_between(text: str) -> None:
    _, d = _one(text)
    assert (d.kind, d.date, d.end_date) == ("between", dt.date(2025, 2, 3), dt.date(2025, 2, 7))


@pytest.mark.parametrize(
    "text",
    [
        "The blast came at 8:45 p.m. local time.",
        "Artillery of 155mm calibre was used at Outpost 14.",
        "Seven people died and 30 were hurt.",
        "They may return; the march was peaceful.",
        "It was the 20th attack on the base.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_without_publication_only_full_dates_resolve() -> None:
    text = "It began on 4 May 2023 and resumed on Friday and on June 2."
    found = find_dates(text, None)
    assert [d.date for d in found] == [dt.date(2023, 5, 4)]


def test_several_dates_in_order_within_a_window() -> None:
    text = "A drone hit on March 2; rockets followed on March 5 and again yesterday."
    assert [d.date.day for d in find_dates(text, PUB)] == [2, 5, 11]
    start = text.index("rockets")
    assert [d.date.day for d in find_dates(text, PUB, start=start)] == [5, 11]


def test_resolve_date_text() -> None:
    d = resolve_date_text("Feb. 14", PUB)
    assert d is not None and d.date == dt.date(2025, 2, 14)
    assert resolve_date_text("no date here", PUB) is None


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["on ", "March ", "Mar. ", "12", ", 2024", "since ", "between ", " and ", "last week",
     "yesterday", "Sunday", "the 5th", "-", "2024-02-30", "31 February", "\n", " "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=12).map("".join))
def test_relative_dates_never_after_publication(text: str) -> None:
    for d in find_dates(text, PUB):
        assert 0 <= d.span.start < d.span.end <= len(text)
        if not re.search(r"(?:19|20)\d\d", d.span.text(text)):
            assert d.date <= PUB  # no year written: never after publication
        if d.end_date is not None:
            assert d.end_date >= d.date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("a drone attack on Christmas Day", dt.date(2024, 1, 16), dt.date(2023, 12, 25)),
        ("rockets fell on Christmas Eve", dt.date(2023, 12, 26), dt.date(2023, 12, 24)),
        ("strikes on New Year's Day", dt.date(2024, 1, 3), dt.date(2024, 1, 1)),
        ("a raid on New Year’s Eve", dt.date(2024, 1, 3), dt.date(2023, 12, 31)),
        ("shelling on Boxing Day", dt.date(2024, 2, 1), dt.date(2023, 12, 26)),
    ],
)
def test_fixed_holidays_are_their_latest_day(text: str, published: dt.date, date: dt.date) -> None:
    found = find_dates(text, published)
    assert [(d.date, d.precision) for d in found] == [(date, "day")]


def test_last_year_is_still_a_year_beside_new_years_day() -> None:
    found = find_dates("Last year and on New Year's Day", dt.date(2024, 3, 1))
    assert [(d.date, d.precision) for d in found] == [
        (dt.date(2023, 1, 1), "year"),
        (dt.date(2024, 1, 1), "day"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard at around 2:30 am (2330 GMT Tuesday) near the airport.",
        "Aircraft struck at 1:50am local time (22:50 GMT Tuesday), the agency said.",
        "The first blasts came at 0200 local time (2300 UTC on Tuesday).",
    ],
)
def test_the_same_moment_in_another_time_zone_gives_no_day(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "overnight Saturday to Sunday",
        "on the night of Saturday into Sunday",
        "late Saturday and early Sunday",
        "on Saturday night into Sunday",
        "from Saturday evening to Sunday morning",
    ],
)
def test_a_night_is_dated_by_the_morning_it_ran_into(text: str) -> None:
    found = find_dates(f"Missiles were launched {text}.", dt.date(2024, 4, 15))
    assert [d.date for d in found] == [dt.date(2024, 4, 14)]


def test_the_modal_may_after_a_possessive_is_no_month() -> None:
    assert find_dates("Officials said the group's may attack rumours were false.", None) == []


def test_two_days_named_with_and_are_both_kept() -> None:
    found = find_dates("Strikes hit on Saturday and Sunday.", dt.date(2024, 4, 15))
    assert [d.date for d in found] == [dt.date(2024, 4, 13), dt.date(2024, 4, 14)]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("missiles fired at the start of the month", dt.date(2024, 10, 1)),
        ("a strike at the end of last month", dt.date(2024, 9, 1)),
        ("a raid late last month", dt.date(2024, 9, 1)),
        ("clashes early this month", dt.date(2024, 10, 1)),
        ("larger than Iran's April drone and missile attack", dt.date(2024, 4, 1)),
        ("in retaliation for the October barrage", dt.date(2024, 10, 1)),
    ],
)
def test_a_part_of_a_month_is_that_month(text: str, month: dt.date) -> None:
    found = find_dates(text, dt.date(2024, 10, 26))
    assert [(d.date, d.precision) for d in found] == [(month, "month")]


@pytest.mark.parametrize(
    "text",
    ["Overnight 06-07 July, jets struck the port.", "On the night of July 6-7, jets struck."],
)
def test_a_night_across_two_days_is_the_day_it_ended(text: str) -> None:
    found = find_dates(text, dt.date(2025, 7, 10))
    assert [(d.date, d.kind) for d in found] == [(dt.date(2025, 7, 7), "point")]


def test_two_days_with_no_night_stay_a_range() -> None:
    found = find_dates("On 6-7 July, jets struck.", dt.date(2025, 7, 10))
    assert [(d.date, d.kind) for d in found] == [(dt.date(2025, 7, 6), "between")]


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a busy market on a Sunday evening killed 12 people.",
        "Protesters gather every Friday after prayers.",
    ],
)
def test_a_kind_of_weekday_is_no_date(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_month_names_in_capitals_as_timelines_write_them() -> None:
    pub = dt.date(2024, 1, 29)
    found = find_dates("OCT. 17, 2023 - Drones target the base. NOV. 21 - A missile hits it.", pub)
    assert [d.date for d in found] == [dt.date(2023, 10, 17), dt.date(2023, 11, 21)]
    assert find_dates("IRAN MAY STRIKE BACK, OFFICIALS WARN", pub) == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("last Wednesday", dt.date(2024, 6, 20), dt.date(2024, 6, 12)),  # a Thursday: last week
        ("last Tuesday", dt.date(2025, 4, 24), dt.date(2025, 4, 15)),
        ("last Monday", dt.date(2025, 3, 8), dt.date(2025, 3, 3)),  # a Saturday: this week
        ("on Wednesday", dt.date(2024, 6, 20), dt.date(2024, 6, 19)),
    ],
)
def test_last_weekday_a_day_or_two_back_means_the_week_before(
    text: str, published: dt.date, date: dt.date
) -> None:
    assert [d.date for d in find_dates(text, published)] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on 12/06/2024", dt.date(2024, 6, 12)),  # day first, as the region writes it
        ("on 24.12.2023", dt.date(2023, 12, 24)),
        ("on 6/25/2023", dt.date(2023, 6, 25)),  # month first only when day first is impossible
        ("on 2024/06/12", dt.date(2024, 6, 12)),
    ],
)
def test_numeric_dates(text: str, date: dt.date) -> None:
    assert [d.date for d in find_dates(text, dt.date(2024, 6, 13))] == [date]
    assert find_dates("on 12/06/2099", dt.date(2024, 6, 13)) == []  # never after publication
