"""The whole extraction on short reports written for these tests, one behaviour each."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.extract.pipeline import extract
from watchfloor.ledger.records import mention_from_payload
from watchfloor.models import Document, Extraction, Mention

US = "Military Forces of the United States"
HOUTHIS = "Military Forces of Yemen (2017-) Houthi"
PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def run(text: str, published: dt.date = PUBLISHED) -> Extraction:
    return extract(Document(id="t", name="t", text=text, published=published))


def only(text: str, published: dt.date = PUBLISHED) -> Mention:
    events = run(text, published).events
    assert len(events) == 1, [e.evidence for e in events]
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah fighters attacked U.S. forces at Erbil air base on Tuesday.",
        "U.S. forces at Erbil air base were attacked by Kataib Hezbollah on Tuesday.",
        "On Tuesday, Erbil air base, which hosts U.S. troops, was hit by a drone launched by "
        "Kataib Hezbollah.",
    ],
)
def test_active_and_passive_voice_give_the_same_roles(text: str) -> None:
    ev = only(text)
    assert (ev.actor1, ev.actor2) == ("Kataib Hezbollah", US)
    assert ev.date == dt.date(2024, 3, 12)
    assert ev.country == "Iraq"


def test_a_retaliation_links_to_its_cause_and_never_merges_with_it() -> None:
    text = (
        "On March 10, Iran-backed militants fired rockets at Ain al-Asad air base. "
        "Two days later, U.S. aircraft struck a militia depot near al-Qaim in response to "
        "the rocket attack."
    )
    events = run(text).events
    assert len(events) == 2
    attack = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.responds_to == attack.id
    assert attack.actor2 == US and strike.actor1 == US


@pytest.mark.parametrize(
    "text",
    [
        "If the militias attack U.S. bases again, Washington would respond with force.",
        "The group threatened to strike American positions in Syria.",
        "Analysts expect more drone attacks on the base in the coming weeks.",
        "The faction denied carrying out the attack on the convoy.",
        "Militants have attacked U.S. forces at least 150 times since October.",
    ],
)
def test_hypotheticals_threats_denials_and_tallies_are_not_events(text: str) -> None:
    assert run(text).events == ()


def test_conflicting_casualty_claims_are_all_kept() -> None:
    text = (
        "An Israeli drone strike hit a car in Nabatieh on Monday. "
        "Hezbollah said two of its fighters were killed. "
        "Local medics said three people died and five were wounded."
    )
    ev = only(text)
    assert {(c.killed, c.injured) for c in ev.casualty_claims} == {(2, None), (3, 5)}
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (2, 2, 3)
    assert ev.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("on Sunday", dt.date(2024, 3, 10), "day"),
        ("yesterday", dt.date(2024, 3, 13), "day"),
        ("on 9 March", dt.date(2024, 3, 9), "day"),
        ("earlier this month", dt.date(2024, 3, 1), "month"),
    ],
)
def test_relative_dates_resolve_against_publication(
    phrase: str, expected: dt.date, precision: str
) -> None:
    ev = only(f"A drone struck the al-Tanf garrison {phrase}.")
    assert (ev.date, ev.date_precision) == (expected, precision)
    assert ev.date <= PUBLISHED


def test_strikes_in_two_countries_without_places_are_two_events() -> None:
    events = run("U.S. warplanes carried out airstrikes in Iraq and Syria on Friday.").events
    assert sorted(e.country or "" for e in events) == ["Iraq", "Syria"]


def test_later_sentences_fill_the_same_event() -> None:
    text = (
        "A drone attack targeted the Tower 22 outpost in Jordan on Sunday. "
        "The attack killed three U.S. soldiers and wounded dozens. "
        "The Islamic Resistance in Iraq claimed responsibility for the attack."
    )
    ev = only(text)
    assert ev.location == "Tower 22"
    assert ev.fatalities.best == 3
    assert ev.actor2 == US


def test_every_event_carries_evidence_spans_into_the_text() -> None:
    text = "Houthi forces fired an anti-ship missile at a tanker in the Gulf of Aden on Friday."
    ev = only(text)
    assert ev.spans and all(text[s.start : s.end] in text for s in ev.spans)
    assert ev.evidence == text


def test_extraction_never_raises_on_odd_text() -> None:
    for odd in ["", "   ", "\x00\x01", "attack " * 2000, "🙂" * 50]:
        assert isinstance(run(odd), Extraction)


def test_no_sample_report_makes_the_pipeline_fail() -> None:
    from importlib import resources

    folder = resources.files("watchfloor") / "samples"
    texts = [p.read_text("utf-8") for p in folder.iterdir() if p.name.endswith(".txt")]
    assert len(texts) >= 20
    for text in texts:
        out = run(text)
        assert not [w for w in out.warnings if w.startswith("extraction failed")]
        assert out.events, text[:80]


def test_a_retaliation_with_no_named_cause_answers_the_last_attack_on_the_responder() -> None:
    text = (
        "Iran-backed militants attacked U.S. troops at the al-Tanf garrison with drones on "
        "Monday. On Wednesday, U.S. warplanes carried out retaliatory strikes on militia depots "
        "near Abu Kamal."
    )
    attack, strike = run(text).events
    assert strike.responds_to == attack.id
    assert strike.actor2 == attack.actor1


def test_a_retaliation_by_no_named_side_answers_the_last_strike_by_its_target() -> None:
    text = (
        "U.S. jets struck two facilities near Albu Kamal in Syria on Sunday, the third round "
        "of American retaliatory strikes since the militias began targeting U.S. troops. In "
        "apparent retaliation, rockets were fired Sunday at U.S. forces at Shaddadi."
    )
    events = run(text, dt.date(2023, 11, 13)).events
    strike = next(e for e in events if e.location == "Albu Kamal")
    rockets = next(e for e in events if e.location == "Al-Shaddadi")
    # the rockets answer the strike; the strike, told first, does not answer the rockets
    assert (rockets.responds_to, strike.responds_to) == (strike.id, None)
    assert rockets.actor1 != strike.actor1


@pytest.mark.parametrize(
    ("cause", "answer", "side"),
    [
        (
            "On March 1, Iran fired ballistic missiles at Nevatim air base in Israel.",
            "Israel's retaliation came on Saturday, when warplanes struck military sites in "
            "Tehran and Khuzestan.",
            "Military Forces of Israel",
        ),
        (
            "On March 1, Israeli jets struck the Iranian consulate in Damascus.",
            "Iran's long-awaited response came on Saturday, as missiles struck Nevatim air "
            "base in the Negev.",
            "Military Forces of Iran",
        ),
    ],
)
def test_whose_answer_came_when_a_strike_was_made_is_the_striker(
    cause: str, answer: str, side: str
) -> None:
    first, strike = run(f"{cause} {answer}").events
    assert (strike.date, strike.actor1) == (dt.date(2024, 3, 9), side)
    assert strike.responds_to == first.id


def test_an_answer_that_came_names_no_striker_for_a_strike_by_another() -> None:
    text = "Iran's response came on Saturday, when Israeli jets struck sites in Tehran."
    assert only(text).actor1 == "Military Forces of Israel"


@pytest.mark.parametrize(
    "threat",
    [
        "Hezbollah said the killing was an assault that will not pass without response.",
        "Hezbollah called the strike an assault and vowed a swift response.",
        "Hezbollah called the strike an assault and warned of retaliation.",
    ],
)
def test_a_response_only_promised_answers_nothing(threat: str) -> None:
    text = (
        "An Israeli drone strike killed a Hamas commander in Beirut on Tuesday. "
        f"{threat} Earlier on Tuesday, Hezbollah fired anti-tank missiles at Israeli soldiers "
        "near Shtula."
    )
    events = run(text, dt.date(2024, 1, 3)).events
    assert len(events) == 2, [e.evidence for e in events]
    assert [e.responds_to for e in events] == [None, None]


def test_the_operation_ties_the_event_it_names_to_its_cause() -> None:
    text = (
        "Iran fired more than 300 drones and missiles at Israel overnight into Sunday, "
        "hitting Nevatim air base. The Revolutionary Guards said they launched the operation "
        "in response to the April 1 strike on Iran's consulate in Damascus that killed seven "
        "of its officers."
    )
    events = run(text, dt.date(2024, 4, 14)).events
    assert len(events) == 2, [e.evidence for e in events]
    attack = next(e for e in events if e.country == "Israel")
    cause = next(e for e in events if e.country == "Syria")
    assert (attack.responds_to, cause.responds_to) == (cause.id, None)
    # a cause told with no sides was carried out by the side the response hits, on the
    # side that responds
    assert (cause.actor1, cause.actor2) == (attack.actor2, attack.actor1)


@pytest.mark.parametrize(
    "text",
    [
        "The operation was carried out with ballistic missiles, cruise missiles and drones.",
        "Israel's military operations in Gaza continued on Sunday.",
    ],
)
def test_an_operation_alone_is_no_event(text: str) -> None:
    assert run(text).events == ()


def test_two_arms_joined_by_and_tell_one_answer() -> None:
    events = run(
        "Last Saturday, three rockets crossed into Israel and were intercepted near the town "
        "of Metula, the Israeli military said. Israel responded with artillery fire and "
        "airstrikes across southern Lebanon.",
        dt.date(2025, 3, 29),
    ).events
    rockets = next(e for e in events if e.location == "Metula")
    (answer,) = (e for e in events if e is not rockets)
    assert rockets.actor1 != "Military Forces of Israel"
    assert answer.actor1 == "Military Forces of Israel"
    assert {"artillery", "airstrike"} <= set(answer.weapons)


def test_a_timeline_heading_dates_the_entry_under_it() -> None:
    events = run(
        "From Damascus to Tehran: the milestones\n\n"
        "April 14, 2024\n\n"
        "April 1 - Damascus\n"
        "An airstrike attributed to Israel flattened a building next to the Iranian embassy "
        "in Damascus, killing seven Revolutionary Guards officers.\n\n"
        "April 13-14 - 'True Promise'\n"
        "Iran launched some 300 drones and missiles at Israel; a few struck Nevatim Airbase.",
        dt.date(2024, 4, 20),
    ).events
    assert sorted((e.date, e.country) for e in events) == [
        (dt.date(2024, 4, 1), "Syria"),
        (dt.date(2024, 4, 14), "Israel"),
    ]


def test_a_list_items_label_places_the_events_told_after_it() -> None:
    events = run(
        "Key incidents tracked so far:\n\n"
        "- April 28, Saada. A strike on a detention centre holding migrants killed 68 people, "
        "according to the civil defence authority.\n"
        "- April 17, Ras Isa fuel port (Hodeidah governorate). Strikes on the fuel terminal "
        "killed 80 people.",
        dt.date(2025, 5, 15),
    ).events
    assert sorted((e.date, e.admin1) for e in events) == [
        (dt.date(2025, 4, 17), "Al Hudaydah"),
        (dt.date(2025, 4, 28), "Sadah"),
    ]


def test_a_wire_lede_with_dateline_holder_and_rank() -> None:
    (ev,) = run(
        "Dubai - U.S. airstrikes on a fuel port held by Yemen's Houthi rebels killed at "
        "least 74 people, the rebels said Friday, making it the deadliest known attack of the "
        "American campaign that began last month.\n\n"
        "The strikes on the Ras Isa port late Thursday came as the U.S. military kept up "
        "near-daily attacks.",
        dt.date(2025, 4, 18),
    ).events
    # the port's holder is the target; Dubai is where the story was filed; the ranked
    # "attack" is this strike, not another
    assert (ev.actor1, ev.actor2) == (US, HOUTHIS)
    assert (ev.location, ev.date) == ("Ras Isa", dt.date(2025, 4, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Air-raid sirens sounded in several areas of Israel on Friday.",
        "Yemen's war began in 2014, when the Houthis seized Sanaa.",
    ],
)
def test_warnings_and_background_known_only_to_the_year_are_no_events(text: str) -> None:
    assert run(text, dt.date(2025, 4, 18)).events == ()


def test_a_ship_sunk_after_an_attack_places_the_attack_and_its_drone_boats_type_it() -> None:
    (ev,) = run(
        "The bulk carrier Eternity C has sunk in the Red Sea after a sustained attack by "
        "Yemen's Houthi rebels on Monday, when gunmen in small boats fired on it and "
        "explosive-laden drone boats struck it. These Iran-backed terrorists threaten "
        "navigation, the embassy said.",
        dt.date(2025, 7, 10),
    ).events
    assert (ev.country, ev.location) == ("Yemen", "Red Sea")
    assert "unmanned surface vessel" in ev.weapons
    assert ev.sub_event_type == "Air/drone strike"


def test_a_calendar_day_beats_the_weekday_that_describes_it() -> None:
    (ev,) = run(
        "On June 22, in the capital Damascus, a gunman opened fire during Sunday mass in the "
        "Mar Elias Church, killing 25 people.",
        dt.date(2025, 7, 16),
    ).events
    assert ev.date == dt.date(2025, 6, 22)


def test_a_cue_naming_the_dead_answers_the_strike_that_killed_them() -> None:
    events = run(
        "On July 31, Hamas leader Ismail Haniyeh was killed in a blast at a guesthouse in "
        "Tehran.\n\n"
        "On September 27, Israeli jets dropped bombs on Hezbollah's headquarters in Beirut, "
        "killing its leader Hassan Nasrallah and the IRGC general Abbas Nilforoushan.\n\n"
        "On October 1, Iran fired 180 ballistic missiles at Israel in what it called "
        "retaliation for the killings of Haniyeh, Nasrallah and Nilforoushan.",
        dt.date(2024, 10, 27),
    ).events
    barrage = next(e for e in events if e.country == "Israel")
    cause = next(e for e in events if e.id == barrage.responds_to)
    assert cause.date == dt.date(2024, 9, 27)  # names two of the three dead


def test_it_also_hit_takes_the_day_of_the_operation_told_before() -> None:
    events = run(
        "Israeli warplanes struck military targets in Tehran before dawn on Saturday.\n\n"
        "The Israeli military said it also hit IRGC missile bases near Kermanshah in western "
        "Iran.",
        dt.date(2024, 10, 27),
    ).events
    saturday = dt.date(2024, 10, 26)
    assert sorted((e.location, e.date) for e in events) == [
        ("Kermanshah", saturday),
        ("Tehran", saturday),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis also claimed to have targeted two US destroyers with drones on "
        "Wednesday, a claim US officials denied.",
        "The Houthis said they had targeted the USS Carl Vinson in the Red Sea with missiles "
        "on Wednesday. The U.S. military did not confirm any attack on its ships.",
    ],
)
def test_a_claim_denied_or_left_unconfirmed_by_its_target_is_no_event(text: str) -> None:
    assert run(text).events == ()


def test_a_when_clause_tells_where_the_same_strike_fell() -> None:
    (ev,) = run(
        "Israel last struck Houthi targets on Jan. 10, when its jets hit the port of Hodeidah.",
        dt.date(2025, 5, 4),
    ).events
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", HOUTHIS)
    assert (ev.date, ev.admin1) == (dt.date(2025, 1, 10), "Al Hudaydah")


def test_the_first_time_it_has_happened_is_the_event_told_before() -> None:
    events = run(
        "Iran launched about 300 drones and missiles at Israel overnight, hitting Nevatim "
        "air base, the military said.\n\n"
        "It is the first time Iran has launched a direct military attack on Israel from its "
        "own territory.",
        dt.date(2024, 4, 14),
    ).events
    assert len(events) == 1, [e.evidence for e in events]


def test_a_government_is_never_the_side_that_strikes_its_forces_are() -> None:
    (ev,) = run(
        "The Iraqi government attacked the Khurmala oil field near Erbil on Monday.",
        dt.date(2025, 7, 18),
    ).events
    assert ev.actor1 == "Military Forces of Iraq"


def test_the_fighters_of_a_group_are_the_subject_of_its_statement() -> None:
    (ev,) = run(
        "Statement\nAs part of the response, the fighters of the Islamic Resistance in Lebanon on "
        "Wednesday 12-06-2024 targeted the headquarters of the 91st Division in the Biranit "
        "barracks with Falaq-1 rockets.",
        dt.date(2024, 6, 12),
    ).events
    assert ev.actor1 == "Hezbollah"


def test_a_given_name_before_a_family_name_is_a_person_not_a_town() -> None:
    events = run(
        "Iraqi F-16 jets killed nine ISIS members on Tuesday, among them Jassim al-Mazrouei, "
        "the group's governor of Iraq.\n\nThe group is also active in Syria's Daraa province.",
        dt.date(2024, 10, 17),
    ).events
    assert [e.location for e in events] != ["Jasim"]  # a town in Daraa


def test_a_series_of_strikes_on_one_day_on_one_named_place_is_one_event() -> None:
    (ev,) = run(
        "Israeli warplanes on Sunday launched a series of airstrikes on Yemen's "
        "Houthi-controlled capital Sanaa, killing six people.",
        dt.date(2025, 8, 24),
    ).events
    assert (ev.location, ev.date) == ("Sanaa", dt.date(2025, 8, 24))
    # "a series of" is a quantity: the subject of "launched" did it
    assert ev.actor1 == "Military Forces of Israel"


def test_strikes_told_with_no_one_named_are_those_the_headline_names() -> None:
    events = run(
        "Yemen: what we know about civilian harm from seven weeks of US strikes\n\n"
        "- April 20, Farwa market, Sanaa. A strike on a busy market killed 12 people.\n"
        "- April 28, Saada. A strike on a detention centre killed 68 migrants.",
        dt.date(2025, 5, 15),
    ).events
    assert [e.actor1 for e in events] == [US, US]


def test_the_side_of_the_one_a_strike_kills_is_its_target() -> None:
    (ev,) = run(
        "- December 25: An Israeli strike in Sayyida Zeinab, south of Damascus, kills senior "
        "IRGC adviser Razi Mousavi.",
        dt.date(2024, 1, 8),
    ).events
    assert ev.actor2 == "Islamic Revolutionary Guard Corps"


def test_a_bulker_hit_at_sea_is_shipping() -> None:
    (ev,) = run(
        "On March 6, a Houthi missile hit the bulker True Confidence about 50 nautical miles "
        "southwest of Aden, killing three of its crew.",
        dt.date(2024, 6, 14),
    ).events
    assert ev.actor2 == "Civilians (International)"


def test_the_first_told_strike_of_a_wave_is_the_cause_answered() -> None:
    text = (
        "U.S. jets struck a training facility near Albu Kamal and a safe house near Mayadin in "
        "Syria on Sunday. In apparent retaliation, rockets were fired Sunday at U.S. forces at "
        "Shaddadi."
    )
    events = run(text, dt.date(2023, 11, 13)).events
    first = next(e for e in events if e.location == "Albu Kamal")
    rockets = next(e for e in events if e.location == "Al-Shaddadi")
    assert rockets.responds_to == first.id


def test_a_sentence_initial_cue_links_the_main_clause_to_its_cause() -> None:
    text = (
        "In retaliation for a rocket attack on Kiryat Shmona on Monday, Israeli jets struck "
        "Hezbollah positions near Khiam on Tuesday."
    )
    events = run(text).events
    strike = next(e for e in events if e.actor1 == "Military Forces of Israel")
    cause = next(e for e in events if e is not strike)
    assert strike.responds_to == cause.id
    assert cause.country == "Israel" and strike.country == "Lebanon"


THEATRES = [
    # (published, text, actor1, country, sub_event_type, killed)
    (
        "2024-03-12",
        "Israeli warplanes struck Hezbollah targets in the southern Lebanese town of Kfar Kila "
        "overnight, the Israeli military said. Lebanon's state news agency said two people "
        "were killed.",
        "Military Forces of Israel",
        "Lebanon",
        "Air/drone strike",
        2,
    ),
    (
        "2024-03-05",
        "Hezbollah said it launched dozens of Katyusha rockets at the Israeli town of Kiryat "
        "Shmona on Monday in response to the killing of one of its commanders.",
        "Hezbollah",
        "Israel",
        "Shelling/artillery/missile attack",
        None,
    ),
    (
        "2024-04-14",
        "Iran launched more than 300 drones and missiles at Israel on Saturday night.",
        "Military Forces of Iran",
        "Israel",
        None,
        None,
    ),
    (
        "2024-02-20",
        "Syrian air defenses intercepted Israeli missiles targeting positions near Damascus "
        "early Tuesday, state news agency SANA reported.",
        "Military Forces of Israel",
        "Syria",
        "Shelling/artillery/missile attack",
        None,
    ),
    (
        "2024-01-30",
        "Gunmen on motorcycles opened fire on a checkpoint of the Syrian Democratic Forces in "
        "the town of Busayrah in Deir ez-Zor province on Monday, killing three SDF fighters.",
        "Unidentified Armed Group (Syria)",
        "Syria",
        "Armed clash",
        3,
    ),
    (
        "2024-02-10",
        "A roadside bomb exploded near a convoy of the Iraqi army in Tarmiyah on Friday, "
        "wounding four soldiers, security sources said.",
        "Unidentified Armed Group (Iraq)",
        "Iraq",
        "Remote explosive/landmine/IED",
        None,
    ),
    (
        "2023-12-27",
        "Israeli strikes on Syria killed a senior adviser of Iran's Revolutionary Guards on "
        "Monday, Iranian state media reported.",
        "Military Forces of Israel",
        "Syria",
        "Air/drone strike",
        1,
    ),
    (
        "2024-05-20",
        "Hezbollah fighters targeted the Branit barracks with Burkan rockets on Sunday, the "
        "group said in a statement.",
        "Hezbollah",
        "Israel",
        "Shelling/artillery/missile attack",
        None,
    ),
]


@pytest.mark.parametrize(("published", "text", "actor1", "country", "sub", "killed"), THEATRES)
def test_neighbouring_theatres(
    published: str, text: str, actor1: str, country: str, sub: str | None, killed: int | None
) -> None:
    events = run(text, dt.date.fromisoformat(published)).events
    assert len(events) == 1, [e.evidence for e in events]
    ev = events[0]
    assert (ev.actor1, ev.country) == (actor1, country)
    if sub:
        assert ev.sub_event_type == sub
    assert ev.fatalities.best == killed
    assert ev.date is not None and ev.date <= dt.date.fromisoformat(published)


def test_an_attack_on_an_army_post_is_an_attack_on_its_army() -> None:
    ev = only("Hezbollah fighters targeted the Branit barracks with rockets on Sunday.")
    assert (ev.location, ev.actor2) == ("Biranit Base", "Military Forces of Israel")


def test_places_listed_together_are_events_of_their_own_with_their_own_dates() -> None:
    text = (
        "Drones struck U.S. forces at Ain al-Asad air base on March 10 and at the al-Tanf "
        "garrison on March 11."
    )
    events = sorted(run(text).events, key=lambda e: e.date or PUBLISHED)
    assert [(e.location, e.date) for e in events] == [
        ("Ain al-Asad Airbase", dt.date(2024, 3, 10)),
        ("Al-Tanf Garrison", dt.date(2024, 3, 11)),
    ]


def test_a_place_and_its_description_are_one_place() -> None:
    ev = only("A drone struck Tower 22, a U.S. outpost in Rukban, on Sunday.")
    assert ev.location == "Tower 22"


def test_a_toll_of_attacks_in_general_is_not_the_last_events_toll() -> None:
    text = (
        "A drone struck the al-Tanf garrison on Monday, wounding two soldiers. "
        "Most of the attacks since October caused no injuries."
    )
    ev = only(text)
    assert ev.injuries.best == 2
    assert all(c.injured != 0 for c in ev.casualty_claims)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "U.S. forces struck four Houthi missiles that were ready to launch from "
            "Houthi-held areas of Yemen on Sunday.",
            US,
            "Military Forces of Yemen (2017-) Houthi",
        ),
        (
            "The United States and Britain struck Houthi targets across Yemen on Saturday.",
            US,
            "Military Forces of Yemen (2017-) Houthi",
        ),
    ],
)
def test_the_subject_acts_and_the_first_of_allies_leads(
    text: str, actor1: str, actor2: str
) -> None:
    ev = only(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)
    assert ev.sub_event_type == "Air/drone strike"  # the missiles struck were targets


def test_a_campaign_told_in_the_present_perfect_is_a_tally_not_an_event() -> None:
    assert run("The Houthis have launched dozens of drones at ships since November.").events == ()


def test_the_tail_of_a_ships_name_is_not_a_town() -> None:
    ev = only("Houthi forces hit the Gibraltar Eagle, a cargo ship, in the Gulf of Aden on Monday.")
    assert ev.country == "Yemen"


def test_a_group_speaking_for_itself_after_being_named_is_that_group() -> None:
    text = (
        "An Israeli drone strike killed a Hezbollah commander near Tyre on Monday. "
        "In response, the Iran-backed group said it fired dozens of rockets at an Israeli "
        "army base in the Golan Heights."
    )
    strike, rockets = run(text).events
    assert rockets.actor1 == "Hezbollah"
    assert rockets.responds_to == strike.id


def test_a_suicide_bombing_claimed_by_a_group() -> None:
    text = (
        "A suicide bomber blew himself up at a police station in Zahedan on Friday, killing "
        "two officers. Jaish al-Adl, a militant group, claimed the attack."
    )
    ev = only(text, dt.date(2024, 2, 10))
    assert (ev.sub_event_type, ev.actor1, ev.fatalities.best) == ("Suicide bomb", "Jaish al-Adl", 2)


def test_a_group_the_lexicon_does_not_know_is_kept_as_written() -> None:
    text = (
        "A car bomb exploded near a market in Kirkuk on Friday. The Brigade of Nowhere, a "
        "new armed group, claimed the bombing."
    )
    assert only(text).actor1 == "Brigade of Nowhere"


def test_a_claim_names_the_group_behind_an_attack_told_generically() -> None:
    text = (
        "- Iranian-backed militants conducted a drone attack targeting US forces at the "
        "al-Tanf garrison on March 10. The Islamic Resistance in Iraq claimed the attack.\n"
        "- US forces could strike additional targets in Iraq in the coming days."
    )
    ev = only(text)
    assert (ev.actor1, ev.actor2) == ("Islamic Resistance in Iraq", US)


def test_the_people_killed_are_the_target_and_the_accused_the_perpetrator() -> None:
    text = (
        "A drone attack on a base housing U.S. troops in eastern Syria killed six fighters of "
        "the Syrian Democratic Forces on Sunday, the SDF said. The SDF blamed Iran-backed "
        "militias for the attack on the al-Omar oil field base."
    )
    ev = only(text)
    assert (ev.actor1, ev.actor2) == ("Iran-backed militias", "Syrian Democratic Forces")
    assert ev.fatalities.best == 6


def test_the_subject_of_an_active_killing_carries_out_the_raid() -> None:
    ev = only("Israeli forces killed two gunmen in a raid on a camp near Jenin on Wednesday.")
    assert ev.actor1 == "Military Forces of Israel"
    assert ev.fatalities.best == 2


def test_an_event_told_with_no_place_and_no_party_is_dropped() -> None:
    assert run("It was the third attack this week, officials said.").events == ()


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("U.S. and British forces struck Houthi radar sites in Yemen on Monday.", US),
        (
            "British and U.S. warplanes struck Houthi radar sites in Yemen on Monday.",
            "Military Forces of the United Kingdom",
        ),
        (
            "Kataib Hezbollah and Harakat al-Nujaba attacked U.S. forces at Erbil air base "
            "on Tuesday.",
            "Kataib Hezbollah",
        ),
        ("The U.S. and British militaries struck Houthi radar sites in Yemen on Monday.", US),
        ("US and British jets pounded Houthi targets in Yemen on Thursday night.", US),
        (
            "The campaign began on January 12, when American and British aircraft and "
            "warships hit more than 60 targets across Yemen.",
            US,
        ),
    ],
)
def test_the_first_named_of_joint_perpetrators_is_actor1(text: str, actor1: str) -> None:
    assert only(text).actor1 == actor1


def test_a_partner_telling_its_part_of_a_joint_strike_is_the_same_strike() -> None:
    joint = (
        "The U.S. and British militaries struck Houthi targets in Yemen early Friday. "
        "Royal Air Force Typhoons hit a drone ground station, the Ministry of Defence said."
    )
    assert only(joint).actor1 == US
    # a strike the partner makes on a day of its own is its own event
    apart = (
        "The U.S. and British militaries struck Houthi targets in Yemen on Friday. "
        "On Monday, Royal Air Force Typhoons hit a drone ground station in Yemen."
    )
    assert [e.actor1 for e in run(apart, dt.date(2024, 1, 23)).events] == [
        US,
        "Military Forces of the United Kingdom",
    ]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Syrian air defences intercepted Israeli missiles targeting positions near "
            "Damascus on Tuesday.",
            "Military Forces of Syria",
        ),
        (
            "Israeli air defenses intercepted a Hezbollah drone over Kiryat Shmona on Tuesday.",
            "Military Forces of Israel",
        ),
        (
            "The destroyer USS Carney shot down three Houthi drones over the Red Sea on Tuesday.",
            None,
        ),
    ],
)
def test_a_state_intercepting_over_its_own_territory_is_the_target(
    text: str, actor2: str | None
) -> None:
    ev = only(text)
    assert ev.actor2 == actor2
    assert ev.actor1 != actor2


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired rockets at Kiryat Shmona on Tuesday; most were intercepted by the "
        "Iron Dome system.",
        "The Houthis launched a drone at a merchant ship in the Red Sea on Tuesday. It was "
        "shot down by an SM-2 missile fired from a U.S. destroyer.",
        "The Houthis fired 18 drones toward shipping lanes in the Red Sea on Tuesday. All were "
        "shot down by F/A-18s from the carrier USS Eisenhower and by U.S. and British "
        "destroyers.",
    ],
)
def test_the_defenders_interceptors_are_not_the_attacks_weapons(text: str) -> None:
    weapons = {w for ev in run(text).events for w in ev.weapons}
    assert weapons and not {"surface-to-air missile", "naval vessel"} & weapons


@pytest.mark.parametrize(
    "text",
    [
        "Two Israeli soldiers were wounded when an anti-tank missile fired from Lebanon hit "
        "their position in Metula on Sunday.",
        "Rockets launched from Syria struck the Golan Heights on Sunday.",
    ],
)
def test_the_country_a_weapon_came_from_is_not_its_army(text: str) -> None:
    ev = only(text)
    assert ev.actor1 not in ("Military Forces of Lebanon", "Military Forces of Syria")


def test_gunmen_attacking_a_checkpoint_is_an_armed_clash() -> None:
    ev = only(
        "Unidentified gunmen attacked an army checkpoint in Daraa, Syria, on Tuesday, killing "
        "four soldiers."
    )
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities.best == 4


def test_shelling_is_shelling_whoever_shells() -> None:
    ev = only("Israeli forces shelled the outskirts of Aita al-Shaab in Lebanon on Tuesday.")
    assert (ev.actor1, ev.sub_event_type) == (
        "Military Forces of Israel",
        "Shelling/artillery/missile attack",
    )


def test_a_city_is_found_in_a_report_that_names_its_country_only_as_a_demonym() -> None:
    ev = only(
        "Gunmen attacked an army checkpoint in Daraa on Tuesday, killing four soldiers, the "
        "Syrian Observatory for Human Rights said."
    )
    assert (ev.country, ev.location) == ("Syria", "Dar'a")


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi missile struck the Marshall Islands-flagged tanker Marlin Luanda in the Gulf "
        "of Aden on Friday.",
        "Three crew members were killed on Wednesday when a Houthi missile hit the bulk carrier "
        "True Confidence off Aden.",
    ],
)
def test_a_merchant_ship_is_civilians_of_no_one_country(text: str) -> None:
    ev = only(text, dt.date(2024, 3, 7))
    assert (ev.actor1, ev.actor2) == (
        "Military Forces of Yemen (2017-) Houthi",
        "Civilians (International)",
    )


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Hezbollah fired rockets at Israeli positions near Metula on Tuesday.",
            "Military Forces of Israel",
        ),
        ("Kataib Hezbollah attacked two U.S. bases in eastern Syria on Tuesday.", US),
    ],
)
def test_a_states_bases_and_positions_are_its_forces(text: str, actor2: str) -> None:
    assert only(text).actor2 == actor2


def test_a_ships_flag_is_not_where_the_attack_happened() -> None:
    ev = only(
        "The crew of the Rubymar, a Belize-flagged bulk carrier hit by a Houthi missile on "
        "February 18, abandoned the ship, which sank in the Red Sea on Saturday."
    )
    assert ev.country == "Yemen"
    assert ev.actor1 == "Military Forces of Yemen (2017-) Houthi"
    assert "missile" in ev.weapons


def test_a_military_reporting_its_own_aircraft_is_the_perpetrator() -> None:
    ev = only(
        "The Israeli military said around 100 fighter jets struck Hezbollah rocket launchers "
        "in southern Lebanon on Sunday."
    )
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")


def test_weapons_whose_sites_were_struck_are_not_the_strikes_weapons() -> None:
    ev = only(
        "U.S. forces struck Houthi targets in Yemen on Friday. The strikes targeted radar "
        "systems, and storage and launch sites for one-way attack drones, cruise missiles and "
        "ballistic missiles."
    )
    assert not {"one-way attack drone", "cruise missile", "ballistic missile"} & set(ev.weapons)


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        (
            "US F-15E aircraft struck a training facility near Abu Kamal on November 12.",
            {"F-15E", "fighter jet", "airstrike"},
        ),
        (
            "Hezbollah drones attacked an Israeli army facility near Metula on Tuesday.",
            {"drone"},
        ),
    ],
)
def test_the_weapon_that_struck_a_facility_is_the_strikes_weapon(
    text: str, weapons: set[str]
) -> None:
    assert weapons <= set(only(text).weapons)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Hezbollah fired rockets at the Israeli city of Safed on Wednesday, killing a soldier.",
            "Military Forces of Israel",
        ),
        (
            "A drone struck Tower 22 in Jordan on Sunday, killing three soldiers.",
            US,  # the garrison of a base before the country's own army
        ),
    ],
)
def test_soldiers_harmed_with_no_side_named_are_the_local_forces(text: str, actor2: str) -> None:
    assert only(text).actor2 == actor2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "A Houthi drone struck a residential building in Tel Aviv on Friday, killing one man "
            "and wounding four others.",
            "Civilians (Israel)",
        ),
        (
            "Israeli tanks shelled the outskirts of Markaba in Lebanon on Thursday, wounding two "
            "people who had returned to check on their homes.",
            "Civilians (Lebanon)",
        ),
        (
            "A Palestinian man from Gaza was killed when missile fragments struck Jericho on "
            "Tuesday.",
            "Civilians (Palestine)",
        ),
        (
            "Israeli missiles hit Damascus airport on Sunday; a civilian worker was killed.",
            "Civilians (Syria)",
        ),
        (
            # a soldier among the harmed: the local forces, not civilians
            "A soldier was killed and eight people were wounded when rockets hit Safed in "
            "Israel on Wednesday.",
            "Military Forces of Israel",
        ),
        (
            # the harmed are named as one side's men: that side
            "An Israeli drone struck a car in Nabatieh in Lebanon on Monday, killing two "
            "Hezbollah members.",
            "Hezbollah",
        ),
    ],
)
def test_people_harmed_with_no_side_named_are_civilians(text: str, actor2: str) -> None:
    assert only(text).actor2 == actor2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "The Houthis vowed to keep up their attacks. U.S. and British warplanes hit more "
            "than 60 targets across Yemen on Friday. The Houthis said five fighters died.",
            "Military Forces of Yemen (2017-) Houthi",
        ),
        (
            # named once only: too little to lend it the strike
            "U.S. warplanes hit more than 60 targets across Yemen on Friday. The Houthis said "
            "nothing.",
            None,
        ),
        (
            # a state striking at home: no armed group is lent to it
            "Hezbollah fired at Israel again. Hezbollah vowed more. Israeli jets struck "
            "targets near Safed in Israel on Friday.",
            None,
        ),
        (
            # nor to its allies: Iran's forces did not strike the Iran-backed militias
            "The Islamic Resistance in Iraq vowed revenge. The Islamic Resistance in Iraq "
            "claimed drone attacks. Iranian forces struck a building in Erbil in Iraq on Monday.",
            None,
        ),
    ],
)
def test_a_strike_abroad_with_no_target_hits_the_armed_group_the_report_tells_of(
    text: str, actor2: str | None
) -> None:
    strikes = [
        e for e in run(text).events if e.actor1 not in ("Hezbollah", "Islamic Resistance in Iraq")
    ]
    assert [e.actor2 for e in strikes] == [actor2]


def test_a_day_after_dates_the_earlier_event_a_day_before() -> None:
    events = run(
        "Israeli jets struck the port of Hodeidah in Yemen on Saturday, a day after a Houthi "
        "drone attack killed one person in Tel Aviv.",
        dt.date(2024, 7, 20),
    ).events
    by_country = {e.country: e.date for e in events}
    assert by_country == {"Yemen": dt.date(2024, 7, 20), "Israel": dt.date(2024, 7, 19)}


def test_a_toll_before_a_definite_plural_is_that_events_toll() -> None:
    events = run(
        "Israeli jets struck the port of Hodeidah in Yemen on Saturday. Health officials said "
        "three people were killed and 87 wounded in the strikes on oil facilities.",
        dt.date(2024, 7, 20),
    ).events
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(3, 87)]


def test_a_group_claiming_an_attack_with_an_indefinite_article_is_its_perpetrator() -> None:
    ev = only(
        "The Houthis claimed a drone attack on a merchant ship in the Gulf of Aden on Sunday. "
        "CENTCOM did not confirm the attack."
    )
    assert ev.actor1 == "Military Forces of Yemen (2017-) Houthi"


@pytest.mark.parametrize(
    ("text", "n_events"),
    [
        ("Kataib Hezbollah claimed two rocket attacks on Ain al-Asad air base on Tuesday.", 1),
        (
            "Militias have carried out more than 150 attacks on U.S. forces in Iraq and Syria "
            "since October 17.",
            0,
        ),
        ("Militias carried out 150 attacks on bases in Iraq on Tuesday, so far this year.", 0),
    ],
)
def test_a_days_counted_attacks_on_a_named_place_are_events_a_campaigns_are_not(
    text: str, n_events: int
) -> None:
    assert len(run(text).events) == n_events


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "The next day, U.S. aircraft struck Kataib Hezbollah sites in Iraq.",
            dt.date(2024, 1, 29),
        ),
        (
            "Two days later U.S. aircraft struck Kataib Hezbollah sites in Iraq.",
            dt.date(2024, 1, 30),
        ),
        (
            "U.S. aircraft had struck Kataib Hezbollah sites in Iraq the previous day.",
            dt.date(2024, 1, 27),
        ),
        (
            "A day earlier, U.S. aircraft struck Kataib Hezbollah sites in Iraq.",
            dt.date(2024, 1, 27),
        ),
    ],
)
def test_a_day_counted_from_the_last_named_day_is_not_the_publication_date(
    second: str, expected: dt.date
) -> None:
    events = run(
        "A drone attack killed three U.S. soldiers at Tower 22 in Jordan on January 28. " + second,
        dt.date(2024, 2, 5),
    ).events
    assert {e.country: e.date for e in events} == {"Jordan": dt.date(2024, 1, 28), "Iraq": expected}


def test_a_district_named_after_its_citys_possessive_is_the_place() -> None:
    ev = only(
        "An Israeli airstrike on a building in Damascus’s Mezzeh neighbourhood killed five "
        "members of Iran's Revolutionary Guards, Iranian state media said on Saturday."
    )
    assert (ev.location, ev.country) == ("Mezzeh", "Syria")


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        (
            "Hundreds of demonstrators gathered outside the U.S. embassy in Baghdad on Friday "
            "to protest against the strikes.",
            "Peaceful protest",
            "Protesters (Iraq)",
            None,
        ),
        (
            "Protesters stormed the Swedish embassy in Baghdad early Thursday and set it on fire.",
            "Violent demonstration",
            "Rioters (Iraq)",
            None,
        ),
        (
            "Iraqi police fired tear gas to disperse protesters who tried to reach the Green "
            "Zone in Baghdad on Saturday.",
            "Protest with intervention",
            "Protesters (Iraq)",
            "Police Forces of Iraq",
        ),
        (
            "Demonstrators marched in Sanaa on Friday in support of the Houthi attacks on "
            "shipping.",
            "Peaceful protest",
            "Protesters (Yemen)",
            None,
        ),
    ],
)
def test_protests_are_typed_by_what_the_crowd_did_and_met(
    text: str, sub: str, actor1: str, actor2: str | None
) -> None:
    ev = only(text)  # one event: the attacks a crowd marches about are not told here
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.country) == (
        sub,
        actor1,
        actor2,
        actor1[actor1.index("(") + 1 : -1],
    )


def test_an_assassination_is_an_attack_by_its_subject() -> None:
    ev = only("Israel assassinated Hamas deputy leader Saleh al-Arouri in Beirut on Tuesday.")
    assert (ev.actor1, ev.actor2, ev.fatalities.best) == (
        "Military Forces of Israel",
        "Hamas Movement",
        1,
    )


def test_villages_shelled_the_same_day_are_events_of_their_own() -> None:
    events = run(
        "An Israeli airstrike destroyed a house in Aita al-Shaab on February 26. IDF artillery "
        "shelled the outskirts of Kfar Kila, Houla and Markaba in southern Lebanon on February 26.",
        dt.date(2024, 2, 27),
    ).events
    assert sorted(e.location for e in events) == ["Aita al-Shaab", "Houla", "Kfar Kila", "Markaba"]


def test_a_base_thirty_km_from_a_town_attacked_the_same_day_is_another_event() -> None:
    events = run(
        "Hezbollah fired 60 rockets at the air traffic control base on Mount Meron on February "
        "26. Hezbollah also claimed an anti-tank guided missile attack targeting Israeli soldiers "
        "in Metula on February 26.",
        dt.date(2024, 2, 27),
    ).events
    assert sorted((e.location, e.actor1) for e in events) == [
        ("Metula", "Hezbollah"),
        ("Mount Meron", "Hezbollah"),
    ]


def test_each_object_with_its_own_place_and_a_new_subject_with_its_own() -> None:
    events = run(
        "In response, Israeli jets struck a weapons depot in the area of Yaroun and a "
        "launch position near Houla, and Israeli artillery shelled the Wadi Saluki area.",
        dt.date(2024, 3, 4),
    ).events
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Houla", "Air/drone strike"),
        ("Wadi Saluki", "Shelling/artillery/missile attack"),
        ("Yaroun", "Air/drone strike"),
    ]


def test_civilian_victims_named_by_what_they_were_are_the_target() -> None:
    ev = only(
        "Hezbollah fired an anti-tank missile at an orchard near Margaliot on Monday. A "
        "foreign national was killed and seven others were injured.",
        dt.date(2024, 3, 4),
    )
    assert (ev.actor2, ev.fatalities.best) == ("Civilians (Israel)", 1)


def test_a_month_old_killing_told_again_with_its_day_is_one_event() -> None:
    events = run(
        "The group said the attack answered the killing of Houthi fighters by U.S. forces "
        "last month. On Dec. 30, U.S. Navy helicopters sank two Houthi boats in the Red Sea.",
        dt.date(2024, 1, 12),
    ).events
    assert [(e.date, e.actor1) for e in events] == [(dt.date(2023, 12, 30), US)]


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Britain have not carried out any strikes on Yemeni soil.",
        "The leader warned in a speech last week that any American attack would be answered.",
        "Tehran said any Israeli strike on its territory would meet a harsh response.",
    ],
)
def test_negated_and_hypothetical_any_strikes_are_not_events(text: str) -> None:
    assert run(text, dt.date(2024, 1, 10)).events == ()


def test_a_capital_speaking_for_its_government_is_no_place_of_the_event() -> None:
    events = run(
        "Houthi forces fired 21 drones and missiles at ships in the Red Sea on Tuesday. The "
        "British defence secretary called Tuesday's assault unacceptable, and said London and "
        "Washington had made clear the attacks must stop.",
        dt.date(2024, 1, 10),
    ).events
    assert [(e.location, e.country) for e in events] == [("Red Sea", "Yemen")]


def test_weapons_that_landed_tell_an_attack_or_the_impact_of_one_told_before() -> None:
    events = run(
        "A rocket attack hit Ain al-Asad air base on Monday, wounding five U.S. troops. Two "
        "Katyusha rockets landed inside the base. Last month, two rockets fell inside the "
        "perimeter of Ain al-Asad without causing damage.",
        dt.date(2024, 8, 6),
    ).events
    assert [(e.date, e.date_precision, e.location) for e in events] == [
        (dt.date(2024, 8, 5), "day", "Ain al-Asad Airbase"),
        (dt.date(2024, 7, 1), "month", "Ain al-Asad Airbase"),
    ]


def test_a_toll_told_after_since_belongs_to_the_event_referred_to() -> None:
    events = run(
        "Monday's attack on Ain al-Asad air base was the first to wound U.S. personnel in "
        "Iraq or Syria since a drone strike killed three U.S. soldiers at a base in Jordan.",
        dt.date(2024, 8, 6),
    ).events
    assert [(e.country, e.fatalities.best) for e in events] == [("Iraq", None)]


def test_separately_opens_another_event_at_a_nearby_place() -> None:
    events = run(
        "Iranian missiles struck residential areas of Erbil late Monday, killing four "
        "civilians. Separately, three drones were shot down near Erbil International Airport "
        "late Monday. No casualties were reported.",
        dt.date(2024, 1, 16),
    ).events
    assert sorted((e.location or "", e.fatalities.best or 0) for e in events) == [
        ("Erbil", 4),
        ("Erbil Air Base", 0),  # where the airport's military side is
    ]


def test_proxies_at_a_patrons_site_are_one_target_in_one_report() -> None:
    events = run(
        "U.S. F-15E jets struck a safe house used by the IRGC near Mayadin on Sunday. The "
        "Syrian Observatory reported that the strike near Mayadin killed eight Iranian-backed "
        "fighters.",
        dt.date(2023, 11, 13),
    ).events
    assert [(e.location, e.fatalities.best) for e in events] == [("Al Mayadin", 8)]


def test_a_strike_days_after_strikes_by_the_same_side_is_no_response() -> None:
    events = run(
        "An Israeli airstrike destroyed Iran's consular building in Damascus on Monday, "
        "killing a senior commander of Iran's Revolutionary Guard and six other officers. The "
        "strike came three days after Israeli airstrikes near Aleppo on Friday killed 36 "
        "Syrian soldiers.",
        dt.date(2024, 4, 1),
    ).events
    assert [(e.location, e.date, e.fatalities.best, e.responds_to) for e in events] == [
        ("Damascus", dt.date(2024, 4, 1), 7, None),
        ("Aleppo", dt.date(2024, 3, 29), 36, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said a direct Iranian attack on Israel was possible within days.",
        "Most said a direct Iranian attack on Israel remained unlikely.",
    ],
)
def test_forecasts_are_not_events(text: str) -> None:
    assert run(text, dt.date(2024, 4, 2)).events == ()


def test_where_missiles_were_fired_from_is_not_where_they_struck() -> None:
    ev = only(
        "Israeli F-35 jets fired six missiles from the direction of the occupied Golan "
        "Heights at a building in Damascus on Monday."
    )
    assert (ev.location, ev.country) == ("Damascus", "Syria")


def test_a_press_release_told_by_the_clock() -> None:
    events = run(
        "On Feb. 6, Houthi militants fired anti-ship ballistic missiles from Yemen.\n\n"
        "At approximately 2:15 a.m., the Houthis fired two missiles at M/V Star Harmony, a "
        "Liberia-flagged bulk carrier transiting the Red Sea. One missile exploded near the "
        "vessel, causing minor damage.\n\n"
        "At approximately 5:00 p.m., three missiles were fired toward M/V Ocean Tide, a "
        "cargo ship in the Gulf of Aden. The missiles impacted the water.",
        dt.date(2024, 2, 7),
    ).events
    assert [(e.date, e.actor1, e.actor2, e.location) for e in events] == [
        (dt.date(2024, 2, 6), HOUTHIS, "Civilians (International)", "Red Sea"),
        (dt.date(2024, 2, 6), HOUTHIS, "Civilians (International)", "Gulf of Aden"),
    ]


def test_a_wave_of_strikes_and_the_places_it_hit_told_after() -> None:
    events = run(
        "The health ministry said Friday that 16 people were killed in a wave of U.S. and "
        "British airstrikes that hit Hodeidah province on Thursday. Most of the casualties "
        "were in al-Salif, where jets struck a radio station. Strikes were also reported at "
        "the Ras Isa fuel terminal.",
        dt.date(2024, 5, 31),
    ).events
    assert {(e.location, e.date, e.actor1) for e in events} >= {
        ("As Salif", dt.date(2024, 5, 30), US),
        ("Ras Isa", dt.date(2024, 5, 30), US),
    }
    assert all(e.date == dt.date(2024, 5, 30) for e in events)


def test_the_targets_listed_after_strikes_are_their_places() -> None:
    events = run(
        "U.S. forces struck three facilities used by Kataib Hezbollah in Iraq early on "
        "Wednesday. Iraqi security sources said the targets included a site at Jurf al-Sakhar "
        "in Babil province and a location near al-Qaim in Anbar. A further U.S. strike inside "
        "Iraq would likely strengthen calls for a withdrawal.",
        dt.date(2024, 1, 24),
    ).events
    assert sorted(e.location for e in events) == ["Al-Qaim", "Jurf al-Sakhar"]


def test_a_live_blog_summary_with_references_and_denials() -> None:
    events = run(
        "IDF spokesperson Rear Adm. Daniel Hagari said Iran launched about 170 drones and "
        "more than 120 ballistic missiles at Israel overnight. No Israeli strike on Iran has "
        "been reported so far. Iran's mission said the operation answered the April 1 strike "
        "on its consulate in Damascus, widely attributed to Israel, that killed seven members "
        "of the Revolutionary Guards. It is Iran's first ever direct military attack on "
        "Israel. U.S. officials urged restraint.",
        dt.date(2024, 4, 14),
    ).events
    assert sorted((e.date, e.actor1, e.country) for e in events) == [
        (dt.date(2024, 4, 1), "Military Forces of Israel", "Syria"),
        (dt.date(2024, 4, 14), "Military Forces of Iran", "Israel"),
    ]


def test_a_sentence_going_on_with_the_story_keeps_its_day() -> None:
    events = run(
        "U.S. jets struck a depot near Mayadin on November 12.\n\n"
        "The Islamic Resistance in Iraq claimed three attacks on U.S. forces on November 12. "
        "The group said it fired rockets at U.S. forces at Rumeilan Landing Zone and launched "
        "two drones at Ain al-Asad Airbase. It described the attacks as retaliation for the "
        "U.S. strike near Mayadin.",
        dt.date(2023, 11, 13),
    ).events
    assert sorted((e.location, e.date) for e in events) == [
        ("Ain al-Asad Airbase", dt.date(2023, 11, 12)),
        ("Al Mayadin", dt.date(2023, 11, 12)),
        ("Rumeilan Landing Zone", dt.date(2023, 11, 12)),
    ]


def test_additionally_opens_another_incident() -> None:
    events = run(
        "Hezbollah fired an anti-tank missile at an orchard near Margaliot on Monday, killing "
        "a farm worker.\n\nAdditionally, rockets were intercepted over Kiryat Shmona this "
        "morning. No injuries were reported.",
        dt.date(2024, 3, 4),
    ).events
    margaliot = next(e for e in events if e.location == "Margaliot")
    assert (margaliot.fatalities.low, margaliot.fatalities.best) == (1, 1)


def test_in_response_opening_a_sentence_makes_each_of_its_strikes_a_response() -> None:
    events = run(
        "Hezbollah fired an anti-tank missile at Margaliot on Monday, killing a farm worker. "
        "In response, Israeli jets struck a compound in the area of Aitaroun, and Israeli "
        "artillery shelled the Wadi Saluki area.",
        dt.date(2024, 3, 4),
    ).events
    cause = next(e for e in events if e.location == "Margaliot")
    assert {e.location: e.responds_to for e in events if e is not cause} == {
        "Aitaroun": cause.id,
        "Wadi Saluki": cause.id,
    }


def test_an_arrest_with_no_place_is_in_the_arresting_state() -> None:
    ev = only("Israeli police arrested two men suspected of spying for Iran on Sunday.")
    assert (ev.sub_event_type, ev.country) == ("Arrests", "Israel")


def test_blamed_on_names_the_perpetrator_and_a_later_precise_telling_joins_the_vague_one() -> None:
    events = run(
        "Washington called the strike retaliation for the drone attack that killed three "
        "American soldiers in Jordan last month. Washington has blamed the Jan. 28 attack on "
        "the Tower 22 outpost in northeastern Jordan on the Islamic Resistance in Iraq.",
        dt.date(2024, 2, 7),
    ).events
    jordan = [e for e in events if e.country == "Jordan"]
    assert [(e.date, e.actor1, e.actor2) for e in jordan] == [
        (dt.date(2024, 1, 28), "Islamic Resistance in Iraq", US)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The group's spokesman said it had targeted the aircraft carrier in the northern Red "
        "Sea with missiles on Friday. A U.S. official said no attack on the carrier had taken "
        "place and that the claim was false.",
        "Militia channels claimed a rocket strike on the U.S. consulate in Erbil on Sunday, but "
        "Kurdish security officials said no such attack took place.",
    ],
)
def test_a_claimed_attack_the_text_says_never_happened_is_no_event(text: str) -> None:
    assert run(text, dt.date(2024, 5, 31)).events == ()


def test_a_second_round_of_strikes_joined_by_an_ally_is_the_allys_event() -> None:
    events = run(
        "Four RAF Typhoon aircraft joined US forces last night in a second round of precision "
        "strikes against Houthi military targets in Yemen. The UK aircraft used Paveway IV "
        "guided bombs to hit several targets at two military sites near Sanaa airport.",
        dt.date(2024, 1, 23),
    ).events
    assert [(e.date, e.actor1, e.location) for e in events] == [
        (
            dt.date(2024, 1, 22),
            "Military Forces of the United Kingdom",
            "Sanaa International Airport",
        )
    ]


def test_an_unknown_shooter_is_coded_by_where_it_fired_from() -> None:
    ev = only(
        "A man was killed when a rocket fired from Lebanon struck Kibbutz HaGoshrim in the "
        "Upper Galilee on Tuesday, Magen David Adom said."
    )
    assert (ev.actor1, ev.actor2, ev.location) == (
        "Unidentified Armed Group (Lebanon)",
        "Civilians (Israel)",
        "HaGoshrim",
    )


def test_a_killing_by_a_state_and_the_attacks_claimed_the_next_day() -> None:
    events = run(
        "Israel killed a Hezbollah commander near Tyre on June 11. Hezbollah responded the next "
        "day by firing rockets at IDF positions across northern Israel. Hezbollah claimed "
        "attacks on the Meron air traffic control base, the Ein Zeitim base near Safed, and IDF "
        "positions in Kiryat Shmona in retaliation for the commander's killing.",
        dt.date(2024, 6, 13),
    ).events
    by_place = {e.location: e for e in events}
    assert by_place["Tyre"].actor1 == "Military Forces of Israel"
    assert by_place["Tyre"].date == dt.date(2024, 6, 11)
    for site in ("Mount Meron", "Ein Zeitim Base", "Kiryat Shmona"):
        assert (by_place[site].actor1, by_place[site].date) == ("Hezbollah", dt.date(2024, 6, 12))


def test_tolls_on_each_side_of_hours_after_belong_to_their_own_events() -> None:
    events = run(
        "At least ten people were killed on Wednesday evening when an Israeli strike flattened "
        "a building in the southern city of Nabatieh, hours after a rocket salvo from Lebanon "
        "killed an Israeli soldier at a military base in Safed. On Thursday morning, Hezbollah "
        "said it had fired dozens of Katyusha rockets at Kiryat Shmona.",
        dt.date(2024, 2, 15),
    ).events
    by_place = {e.location: e for e in events}
    assert (by_place["Safed"].date, by_place["Safed"].fatalities.best) == (dt.date(2024, 2, 14), 1)
    assert by_place["Nabatiye et Tahta"].fatalities.low == 10
    assert (by_place["Kiryat Shmona"].actor1, by_place["Kiryat Shmona"].date) == (
        "Hezbollah",
        dt.date(2024, 2, 15),
    )


def test_a_response_to_a_massacre_named_by_its_town_answers_the_strike_there() -> None:
    events = run(
        "An Israeli strike killed ten people in the southern city of Nabatieh on Wednesday. "
        "Warplanes also hit the outskirts of Aitaroun on Wednesday. On Thursday, Hezbollah said "
        'it had fired rockets at Kiryat Shmona "in response to the Nabatieh massacre."',
        dt.date(2024, 2, 15),
    ).events
    by_place = {e.location: e for e in events}
    assert by_place["Kiryat Shmona"].responds_to == by_place["Nabatiye et Tahta"].id


def test_a_campaign_named_as_the_cause_is_not_an_event_of_its_own() -> None:
    events = run(
        "A U.S. drone strike in Baghdad on Wednesday killed a Kataib Hezbollah commander. "
        "CENTCOM said the strike was conducted in response to the attacks on U.S. service "
        "members, and an official said he had overseen the group's operations in Syria.",
        dt.date(2024, 2, 8),
    ).events
    assert [(e.location, e.actor1) for e in events] == [("Baghdad", US)]


def test_then_takes_the_day_of_the_event_told_before_not_of_its_cause() -> None:
    events = run(
        "Hezbollah fired a rocket barrage on Saturday at an Israeli base on Mount Meron, calling "
        "it a response to the killing of a Hamas leader in Beirut last week.\n\nThe Israeli army "
        "said its aircraft then struck the cell that had fired them in Lebanon.",
        dt.date(2024, 1, 9),
    ).events
    strike = next(e for e in events if e.evidence.startswith("The Israeli army"))
    assert (strike.date, strike.actor2) == (dt.date(2024, 1, 6), "Hezbollah")


def test_on_the_same_night_is_the_day_told_before() -> None:
    events = run(
        "Iran's Revolutionary Guards said they fired ballistic missiles at Erbil late on "
        "Monday. The Guards said that on the same night they also struck positions in Syria's "
        "Idlib province belonging to the Islamic State group.",
        dt.date(2024, 1, 16),
    ).events
    assert sorted((e.country, e.date) for e in events) == [
        ("Iraq", dt.date(2024, 1, 15)),
        ("Syria", dt.date(2024, 1, 15)),
    ]


def test_the_harmed_told_before_a_long_named_perpetrator_are_the_target() -> None:
    ev = only(
        "Three civilians were killed and five others wounded when Iran's Islamic Revolutionary "
        "Guard Corps (IRGC) struck a residential district of Erbil with ballistic missiles on "
        "Monday."
    )
    assert (ev.actor1, ev.actor2) == ("Islamic Revolutionary Guard Corps", "Civilians (Iraq)")


def test_a_group_behind_both_strikes_is_the_perpetrator_of_each() -> None:
    evs = run(
        "Two drones struck the Harir base in northern Iraq on Monday. A day later, on Tuesday, "
        "rockets were fired at the Rumeilan base in Syria.\n\nThe Islamic Resistance in Iraq "
        "said it was behind both attacks."
    ).events
    assert [e.actor1 for e in evs] == ["Islamic Resistance in Iraq"] * 2


def test_iran_backed_militant_groups_are_the_iran_backed_militias() -> None:
    ev = only(
        "A drone struck Tower 22 in northeast Jordan on Sunday. Officials said the attack had "
        "been carried out by radical Iran-backed militant groups operating in Syria and Iraq."
    )
    assert ev.actor1 == "Iran-backed militias"


def test_a_group_saying_its_fighters_had_fired_claims_a_new_attack() -> None:
    ev = only(
        "On Thursday morning, Hezbollah said its fighters had fired dozens of Katyusha rockets "
        "at Kiryat Shmona.",
        dt.date(2024, 2, 15),
    )
    assert (ev.actor1, ev.location, ev.date) == ("Hezbollah", "Kiryat Shmona", dt.date(2024, 2, 15))


def test_a_place_before_the_trigger_stands_when_the_one_after_is_only_an_owner() -> None:
    evs = run(
        "Israeli jets struck targets in south Lebanon on Wednesday. In Nabatieh, a strike on a "
        "residential building killed a commander, according to Lebanon's state news agency NNA."
    ).events
    assert "Nabatieh" in {e.admin1 for e in evs}


def test_a_participle_after_a_response_to_a_cause_is_the_subjects_own_event() -> None:
    evs = run(
        "Israel on Saturday carried out its long-awaited response to Iran's Oct. 1 ballistic "
        "missile attack, striking military sites in three Iranian provinces.",
        dt.date(2024, 10, 27),
    ).events
    got = {(e.actor1, e.date) for e in evs}
    assert ("Military Forces of Israel", dt.date(2024, 10, 26)) in got
    assert ("Military Forces of Iran", dt.date(2024, 10, 1)) in got


def test_claimed_attacks_an_official_is_not_aware_of_are_no_events() -> None:
    evs = run(
        "A drone struck Tower 22 in Jordan on Sunday.\n\nQ: The Islamic Resistance in Iraq also "
        "claimed attacks yesterday on al-Tanf and on the Shaddadi base in Syria. Were those "
        "bases hit?\n\nMS. SINGH: I'm not aware of any attacks on al-Tanf or Shaddadi yesterday.",
        dt.date(2024, 1, 29),
    ).events
    assert [e.location for e in evs] == ["Tower 22"]


def test_another_account_of_where_the_attack_took_place_is_no_second_attack() -> None:
    evs = run(
        "A drone struck Tower 22 in Jordan on Sunday. Jordanian officials said yesterday that "
        "the attack took place outside Jordan, at al-Tanf in Syria.",
        dt.date(2024, 1, 29),
    ).events
    assert len(evs) == 1
    assert evs[0].actor1 != "Government of Jordan"


def test_drones_shot_down_shortly_after_a_missile_strike_are_another_event_of_that_day() -> None:
    evs = run(
        "Iranian ballistic missiles struck homes in Erbil late on Monday. Erbil's governor told "
        "reporters on Tuesday that 17 people had been wounded. During the same night, the Guard "
        "fired missiles at Idlib in Syria. Shortly after the missile strikes, air defences shot "
        "down three drones approaching Erbil International Airport.",
        dt.date(2024, 1, 16),
    ).events
    # the airport is the site the gazetteer calls Erbil Air Base
    assert sorted((e.location, e.date) for e in evs) == [
        ("Erbil", dt.date(2024, 1, 15)),
        ("Erbil Air Base", dt.date(2024, 1, 15)),
        ("Idlib", dt.date(2024, 1, 15)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is not the first time Iran has struck the Kurdistan Region.",
        "This is the second time that the militia has attacked the base.",
        "A US official said no American personnel or facilities had been targeted.",
    ],
)
def test_background_and_denials_are_no_events(text: str) -> None:
    assert run(text, dt.date(2024, 1, 16)).events == ()


def test_hearsay_a_monitor_refutes_and_a_controlled_detonation_are_no_events() -> None:
    evs = run(
        "Reports circulated on social media on Tuesday morning of a new Israeli strike in the "
        "Sayyida Zeinab area south of Damascus. The monitor can confirm that no strike took "
        "place, and that the explosions heard were caused by regime forces detonating old "
        "ammunition.",
        dt.date(2024, 4, 2),
    ).events
    assert evs == ()


def test_a_waves_strikes_told_after_the_response_answer_the_same_cause() -> None:
    evs = run(
        "A Hezbollah rocket barrage hit a base in Safed on Wednesday morning, killing a soldier."
        "\n\nIsrael answered with a wave of airstrikes across south Lebanon on Wednesday "
        "afternoon. In Nabatieh, a strike on a building killed ten people. A drone strike on a "
        "house in al-Sawwaneh killed a woman and her two children.",
        dt.date(2024, 2, 15),
    ).events
    cause = next(e for e in evs if e.location == "Safed")
    answers = [e for e in evs if e.actor1 == "Military Forces of Israel" and e.country == "Lebanon"]
    assert {e.admin1 for e in answers} == {"Nabatieh"} and len(answers) >= 2
    assert all(e.responds_to == cause.id for e in answers)


def test_a_district_named_after_a_village_locates_it_and_is_no_second_place() -> None:
    evs = run(
        "The IDF killed a Hezbollah commander in an airstrike on a house in Jouaiya, Tyre "
        "District, on June 11.",
        dt.date(2024, 6, 13),
    ).events
    assert [e.location for e in evs] == ["Jwaya"]


def test_the_spelling_jouya_is_the_village_of_jwaya() -> None:
    ev = only("On Tuesday, an Israeli strike killed a Hezbollah commander in the town of Jouya.")
    assert (ev.country, ev.admin1, ev.location) == ("Lebanon", "South", "Jwaya")


def test_a_response_to_a_campaign_answers_no_single_attack() -> None:
    evs = run(
        "The Houthis fired a missile at a tanker in the Red Sea on Tuesday. On Thursday, U.S. "
        "and British forces hit 13 Houthi targets in Hodeidah, in response to the Houthis' "
        "continued attacks on international shipping.",
        dt.date(2024, 5, 31),
    ).events
    assert [e.responds_to for e in evs] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Israel also intensified its strikes in Syria.",
        "Israeli strikes and shelling targeted border villages in southern Lebanon on a daily "
        "basis.",
        "Last week, Iran-backed militias pressed on with the campaign of drone and rocket attacks "
        "against bases hosting US forces that began on 17 October.",
    ],
)
def test_trends_habits_and_campaigns_are_no_events(text: str) -> None:
    assert run(text, dt.date(2023, 11, 1)).events == ()


def test_rockets_fired_from_southern_syria_fell_in_israel() -> None:
    ev = only(
        "On the night of 24 October, rockets were fired from southern Syria towards northern "
        "Israel, landing in open areas.",
        dt.date(2023, 11, 1),
    )
    assert (ev.country, ev.date) == ("Israel", dt.date(2023, 10, 24))


def test_two_ships_hit_in_one_sentence_by_different_weapons_are_two_events() -> None:
    evs = run(
        "On Friday, the Liberia-flagged Al Jasrah was struck by a drone off Mokha, and MSC "
        "Palatium III was hit by an anti-ship ballistic missile in the Bab el-Mandeb later the "
        "same day.",
        dt.date(2023, 12, 19),
    ).events
    assert len(evs) == 2
    assert {("drone" in e.weapons, "ballistic missile" in e.weapons) for e in evs} == {
        (True, False),
        (False, True),
    }


def test_a_few_hours_later_is_the_same_day() -> None:
    evs = run(
        "A tanker was struck in the southern Red Sea on Monday morning. A few hours later, a "
        "containership reported an explosion in the water close to the vessel in the Bab "
        "el-Mandeb.",
        dt.date(2023, 12, 20),
    ).events
    assert {e.date for e in evs} == {dt.date(2023, 12, 18)}


def test_a_toll_over_the_week_is_no_toll_of_the_last_event() -> None:
    ev = only(
        "Israeli aircraft struck Syrian army positions near Daraa on 25 October, killing eight "
        "soldiers. Hezbollah announced the deaths of at least 15 of its fighters over the week.",
        dt.date(2023, 11, 1),
    )
    assert (ev.fatalities.low, ev.fatalities.high) == (8, 8)


def test_a_base_north_of_a_town_is_placed_at_the_town() -> None:
    """A base the gazetteer does not know is placed at the town that locates it; one it
    knows (the Shraga base, since the eleventh session's sites) at itself."""
    ev = only(
        "Hezbollah said it launched a swarm of drones at the Har Tzvia base north of Nahariya, "
        "in northern Israel, on Tuesday.",
        dt.date(2024, 11, 28),
    )
    assert (ev.admin1, ev.geo_precision) == ("HaZafon", "town")
    known = only(
        "Hezbollah said it launched a swarm of drones at the Shraga base north of Nahariya, in "
        "northern Israel, on Tuesday.",
        dt.date(2024, 11, 28),
    )
    assert (known.admin1, known.geo_precision) == ("HaZafon", "site")


def test_a_town_that_only_locates_a_province_is_not_the_place() -> None:
    ev = only(
        "U.S. aircraft hit sites in Babil province south of Baghdad on Monday.",
        dt.date(2023, 12, 27),
    )
    assert (ev.admin1, ev.location) == ("Babil", "Babil")


def test_jets_and_tanks_on_one_day_are_two_events_and_stored_rockets_are_no_weapon() -> None:
    evs = run(
        "The Israeli military says its jets struck a facility used by Hezbollah to store "
        "medium-range rockets in southern Lebanon on Thursday. Lebanon's news agency says "
        "Israeli tanks shelled the village of Markaba on Thursday, wounding two people.",
        dt.date(2024, 11, 28),
    ).events
    assert len(evs) == 2
    tanks = next(e for e in evs if e.location == "Markaba")
    assert "artillery" in tanks.weapons
    assert all("rocket" not in e.weapons for e in evs)


def test_unnamed_jets_answering_an_attack_on_a_state_are_its_forces_and_so_is_their_wave() -> None:
    evs = run(
        "A soldier was killed when a barrage of rockets fired from Lebanon struck Safed on "
        "Wednesday morning.\n\nHours later, in response to the barrage, fighter jets struck "
        "targets in several villages. In Nabatieh, a strike on a residential building killed a "
        "commander.",
        dt.date(2024, 2, 15),
    ).events
    safed = next(e for e in evs if e.location == "Safed")
    answers = [e for e in evs if e is not safed]
    assert answers and all(e.actor1 == "Military Forces of Israel" for e in answers)
    assert all(e.responds_to == safed.id for e in answers)


def test_a_date_after_since_is_not_the_events_day() -> None:
    evs = run(
        "A barrage of rockets struck Safed on Wednesday. It was the deepest deadly strike inside "
        "Israel since the fighting on the northern border began in October.",
        dt.date(2024, 2, 15),
    ).events
    assert [e.date for e in evs] == [dt.date(2024, 2, 14)]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis seized a ship last month. On Tuesday, the rebels launched 18 drones toward "
        "shipping lanes in the southern Red Sea.",
        "Hezbollah mourned two fighters on Monday. The Lebanese group later fired rockets at "
        "Kiryat Shmona.",
    ],
)
def test_a_description_of_the_group_named_before_is_its_perpetrator(text: str) -> None:
    evs = run(text, dt.date(2024, 1, 13)).events
    assert evs[-1].actor1 in ("Military Forces of Yemen (2017-) Houthi", "Hezbollah")


def test_a_generals_first_name_is_no_town() -> None:
    evs = run(
        "The rebels fired another missile on Friday that struck no vessel in the Gulf of Aden, "
        "said Lt. Gen. Douglas Sims, director of the Joint Staff.",
        dt.date(2024, 1, 13),
    ).events
    assert all(e.location != "Douglas" for e in evs)


def test_exploding_pagers_are_remote_explosives_in_the_place_they_went_off() -> None:
    ev = only(
        "Hezbollah's leader said his organization suffered a blow when thousands of pagers "
        "carried by its members exploded across Lebanon on Tuesday, and vowed that Israel would "
        "face a reckoning.",
        dt.date(2024, 9, 19),
    )
    assert (ev.sub_event_type, ev.country) == ("Remote explosive/landmine/IED", "Lebanon")
    assert {"pager", "explosive device", "IED"} <= set(ev.weapons)


def test_the_armed_forces_are_the_forces_named_before() -> None:
    evs = run(
        "The naval forces of the Yemeni Armed Forces on Sunday seized a ship in the Red Sea. "
        "Last Tuesday, according to their spokesman, the armed forces fired ballistic missiles "
        "at Eilat.",
        dt.date(2023, 11, 20),
    ).events
    eilat = next(e for e in evs if e.location == "Eilat")
    assert eilat.actor1 == "Military Forces of Yemen (2017-) Houthi"


def test_a_placed_attributed_strike_told_only_by_reference_is_an_event() -> None:
    evs = run(
        "The Islamic Revolutionary Guard Corps announced an operation late on Monday. In a "
        "statement, the IRGC said the strike on the spy centre in Erbil was a response to "
        "recent atrocities.",
        dt.date(2024, 1, 16),
    ).events
    assert [(e.actor1, e.location) for e in evs] == [("Islamic Revolutionary Guard Corps", "Erbil")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "The destroyer USS Carney fired Tomahawk land-attack missiles at a Houthi radar site "
            "in Yemen early Saturday.",
            "Military Forces of the United States",
        ),
        (
            "HMS Diamond fired its guns at Houthi boats in the Red Sea on Tuesday.",
            "Military Forces of the United Kingdom",
        ),
    ],
)
def test_a_warships_prefix_names_its_navy(text: str, actor1: str) -> None:
    assert only(text, dt.date(2024, 1, 13)).actor1 == actor1


def test_gunmen_backed_by_a_government_storming_checkpoints_fight_a_ground_clash() -> None:
    evs = run(
        "At dawn on Wednesday, gunmen backed by the Syrian government crossed the river in boats "
        "and attacked SDF checkpoints in the town of Dhiban. The same day, shelling from "
        "government-held areas hit houses in a nearby village, killing three children.",
        dt.date(2024, 8, 9),
    ).events
    clash = next(e for e in evs if e.location == "Dhiban")
    assert clash.sub_event_type == "Armed clash"
    assert clash.actor1 != "Government of Syria"
    assert any(e.sub_event_type == "Shelling/artillery/missile attack" for e in evs)


def test_the_aircraft_of_a_wave_told_after_it_fly_in_each_of_its_places() -> None:
    evs = run(
        "U.S. airstrikes hit targets in Iraq and Syria on Friday. The strikes hit more than 85 "
        "targets, four in Syria and three in Iraq, and included the use of long-range B-1 "
        "bombers that flew from the United States, the military said.",
        dt.date(2024, 2, 3),
    ).events
    assert {e.country for e in evs} == {"Iraq", "Syria"}
    assert all("B-1 bomber" in e.weapons for e in evs)


def test_a_towns_neighbourhood_after_a_possessive_places_the_strike_in_the_town() -> None:
    evs = run(
        "Hezbollah rockets hit Safed on Wednesday morning. In the evening, an Israeli strike "
        "flattened a building in Nabatieh's al-Bayad neighbourhood in south Lebanon, killing "
        "seven people.",
        dt.date(2024, 2, 15),
    ).events
    assert "Nabatieh" in {e.admin1 for e in evs if e.actor1 == "Military Forces of Israel"}


def test_a_side_does_not_retaliate_against_its_own_strike() -> None:
    evs = run(
        "Iran-backed militias kept attacking US forces, including an attack framed as "
        "retaliation for the US strikes.\n\nUS F-15E aircraft struck a training facility near "
        "Abu Kamal and a safe house near Mayadin in Deir ez-Zor Province on November 12.",
        dt.date(2023, 11, 13),
    ).events
    us = [e for e in evs if e.actor1 == "Military Forces of the United States"]
    ids = {e.id for e in us}
    assert us and not any(e.responds_to in ids for e in us)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "On Tuesday, the Houthis launched 18 drones and two anti-ship cruise missiles toward "
            "shipping lanes in the southern Red Sea.",
            "Civilians (International)",
        ),
        (
            "On Tuesday, the Houthis fired two missiles at the destroyer USS Carney in the Red "
            "Sea.",
            "Military Forces of the United States",
        ),
        (
            # the attacker's "naval missiles" are no warship attacked
            "On Wednesday, the Houthis' naval forces targeted the American ship True Confidence "
            "in the Gulf of Aden with naval missiles.",
            "Civilians (International)",
        ),
        (
            "On Tuesday, the Panama-flagged containership MSC Clara reported an explosion in "
            "the water close to the vessel in the Red Sea.",
            "Civilians (International)",
        ),
        (
            "On Tuesday, a Greek frigate shot down two Houthi drones that were heading towards a "
            "merchant vessel it was escorting in the Gulf of Aden.",
            "Civilians (International)",
        ),
    ],
)
def test_attacks_on_shipping_at_sea_target_international_civilians(text: str, actor2: str) -> None:
    assert only(text, dt.date(2024, 1, 13)).actor2 == actor2


def test_a_day_before_the_subject_is_no_apposition_of_a_target() -> None:
    ev = only(
        "On Tuesday, the Houthis fired two missiles at a tanker in the Red Sea.",
        dt.date(2024, 1, 13),
    )
    assert (ev.actor1, ev.actor2) == (
        "Military Forces of Yemen (2017-) Houthi",
        "Civilians (International)",
    )


def test_a_claimed_hit_on_a_carrier_officials_deny_is_no_event() -> None:
    evs = run(
        "The Houthis attacked a Greek-owned bulk carrier in the Red Sea on Wednesday. Saree also "
        "claimed that Houthi forces had attacked the USS Dwight D. Eisenhower aircraft carrier. "
        "US officials have repeatedly denied that the carrier has been targeted or hit.",
        dt.date(2024, 6, 13),
    ).events
    assert [e.actor2 for e in evs] == ["Civilians (International)"]


def test_died_after_a_weapon_struck_tells_the_attack_and_its_toll() -> None:
    ev = only(
        "That changed on January 28, when a drone slipped past the defences of Tower 22 in "
        "Jordan and three Army reservists died.",
        dt.date(2024, 2, 12),
    )
    assert (ev.location, ev.fatalities.best) == ("Tower 22", 3)


def test_dying_of_wounds_alone_is_no_new_attack() -> None:
    assert (
        run("Two soldiers died of their wounds in hospital on Monday.", dt.date(2024, 2, 12)).events
        == ()
    )


def test_a_report_the_outlet_could_not_verify_and_a_launch_area_are_no_events() -> None:
    evs = run(
        "Israeli warplanes struck the consulate in Damascus on Monday. Syria said the jets fired "
        "six missiles from the direction of the occupied Syrian Golan. Some Israeli news sites "
        "reported that a second strike hit a warehouse near Damascus International Airport on "
        "Monday night. The outlet could not verify the report.",
        dt.date(2024, 4, 2),
    ).events
    assert [e.location for e in evs] == ["Damascus"]


def test_the_one_side_attacking_ships_in_a_report_is_the_shooter_of_its_unclaimed_attacks() -> None:
    events = run(
        "A tanker was struck by a drone off Mokha on Monday. On Tuesday, the Houthis launched "
        "drones at a cargo ship in the Red Sea, the group's spokesman said.",
    ).events
    assert len(events) == 2
    assert {e.actor1 for e in events} == {HOUTHIS}


def test_a_shooter_is_not_borrowed_when_the_report_names_two_sides_attacking_there() -> None:
    events = run(
        "Drones struck a fuel depot near Hodeidah on Monday. On Tuesday, the Houthis launched "
        "drones at a cargo ship in the Red Sea. On Wednesday, U.S. drones struck a radar site "
        "in Hodeidah.",
    ).events
    assert [e.actor1 for e in events] == [
        "Unidentified Armed Group (Yemen)",
        HOUTHIS,
        US,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the Liberia-flagged Al Jasrah was struck by a drone off Mokha.",
        "A containership was hit by a missile about 20 nautical miles west of Hodeidah on Friday.",
        "Houthi drones hit a bulk carrier off the coast of Hodeidah on Friday.",
    ],
)
def test_a_merchant_ship_hit_off_a_coastal_town_is_international_shipping(text: str) -> None:
    assert only(text).actor2 == "Civilians (International)"


def test_a_street_named_after_a_city_does_not_place_the_event_there() -> None:
    ev = only(
        "Gunmen opened fire near a light rail station on Jerusalem Boulevard in Jaffa, Israel, "
        "on Tuesday, killing seven civilians."
    )
    assert ev.location == "Jaffa"


def test_a_capital_that_speaks_is_not_where_the_attack_happened() -> None:
    ev = only(
        "The Houthis fired 18 drones into the southern Red Sea on Tuesday, in what Washington "
        "described as their largest attack yet."
    )
    assert (ev.country, ev.location) == ("Yemen", "Red Sea")


@pytest.mark.parametrize(
    "text",
    [
        "Baghdad summoned the Iranian charge d'affaires on Tuesday to hand him a strongly worded "
        "protest over the strikes.",
        "Iraq lodged a formal protest with the U.N. Security Council on Tuesday.",
        "The ministry sent a protest note to Tehran on Tuesday.",
    ],
)
def test_a_diplomatic_protest_is_no_demonstration(text: str) -> None:
    assert run(text).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Iran-backed rebels fired 18 drones into the Red Sea on Tuesday.",
        "Iranian-backed militants fired rockets at a base in Syria on Tuesday.",
        "Turkish-backed fighters attacked a village near Manbij on Tuesday.",
    ],
)
def test_the_patron_in_a_backed_compound_is_not_the_shooter(text: str) -> None:
    actor1 = only(text).actor1 or ""
    assert not actor1.startswith("Military Forces of"), actor1


def test_gunmen_firing_on_passers_by_is_an_attack_on_civilians_not_a_clash() -> None:
    ev = only("In Jaffa, Israel, two gunmen opened fire on passers-by on Tuesday, killing seven.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters rallied in Amman, Jordan, on Tuesday to denounce the war in Gaza.",
        "Thousands of protesters rallied in Amman, Jordan, on Tuesday in solidarity with Gaza.",
        "Thousands of protesters rallied in Amman, Jordan, on Tuesday against the peace treaty "
        "with Israel.",
    ],
)
def test_what_a_protest_is_about_is_not_where_it_happened(text: str) -> None:
    ev = only(text)
    assert (ev.country, ev.location) == ("Jordan", "Amman")


def test_whom_a_crowd_chants_against_is_not_where_it_marched() -> None:
    ev = only(
        "On Thursday, hundreds of mourners marched through central Baghdad, chanting against "
        "the United States and demanding the expulsion of American troops."
    )
    assert (ev.sub_event_type, ev.country) == ("Peaceful protest", "Iraq")


def test_a_crowd_of_a_groups_supporters_is_coded_as_protesters() -> None:
    """ACLED codes the crowd, not the group it backs, as the protest's actor."""
    ev = only(
        "Several hundred supporters of Kataib Hezbollah had rallied near the burnt-out wreck "
        "in Baghdad, Iraq, on Thursday."
    )
    assert (ev.sub_event_type, ev.actor1) == ("Peaceful protest", "Protesters (Iraq)")


def test_an_exchange_of_fire_that_went_on_is_no_new_event() -> None:
    events = run(
        "Israeli jets struck a house in Aitaroun, Lebanon, on Wednesday, killing two people. "
        "The exchange of fire on the border went on."
    ).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_strikes_that_would_continue_are_a_forecast() -> None:
    extraction = run(
        "The defence minister said on Tuesday that the strikes would continue until Hezbollah "
        "withdraws from the border."
    )
    assert extraction.events == ()
    assert any("forecast" in w for w in extraction.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "The vessel fit the Houthis' declared target profile, the agency said on Tuesday.",
        "The group said on Tuesday that every U.S. base was a legitimate target.",
    ],
)
def test_target_as_a_noun_is_no_attack(text: str) -> None:
    assert run(text).events == ()


def test_a_clock_time_takes_no_day_from_the_cause_told_before() -> None:
    events = run(
        "Israel's military said the strikes were a response to attacks by Iran, including the "
        "firing of 180 ballistic missiles at Israel on March 1.\n"
        "At around 2am local time, Israeli jets struck military sites near Tehran, Iranian "
        "media said."
    ).events
    tehran = next(e for e in events if e.location == "Tehran")
    assert tehran.date == PUBLISHED


def test_an_attack_no_party_claimed_borrows_no_perpetrator() -> None:
    events = run(
        "Hezbollah fired rockets at Kiryat Shmona on Thursday. The Israeli army said a rocket "
        "attack on Safed earlier that day killed a soldier. No party claimed responsibility "
        "for that attack."
    ).events
    safed = next(e for e in events if e.location == "Safed")
    assert safed.actor1 == "Unidentified Armed Group (Israel)"


def test_an_unclaimed_attack_the_army_blames_on_a_group_may_still_take_that_group() -> None:
    events = run(
        "Hezbollah fired rockets at Kiryat Shmona on Thursday. A rocket attack on Safed earlier "
        "that day killed a soldier. No group claimed the attack, but the army said it held "
        "Hezbollah responsible."
    ).events
    safed = next(e for e in events if e.location == "Safed")
    assert safed.actor1 == "Hezbollah"


def test_strikes_retold_as_coming_days_after_an_attack_answer_it() -> None:
    events = run(
        "U.S. jets struck Houthi radar sites near Hodeidah on Thursday. The raids came two days "
        "after the Houthis fired 18 drones at shipping in the Red Sea on Tuesday."
    ).events
    strike = next(e for e in events if e.actor1 == US)
    attack = next(e for e in events if e.actor1 == HOUTHIS)
    assert strike.responds_to == attack.id


def test_an_air_aggression_in_state_media_style_is_an_air_strike() -> None:
    ev = only(
        "At dawn on Tuesday, the Israeli enemy launched an air aggression targeting a number of "
        "sites in Aleppo countryside, Syria."
    )
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Israel")


def test_a_spokesman_claiming_an_attack_claims_it_for_his_group() -> None:
    events = run(
        "A tanker was attacked in the Red Sea on Wednesday. Houthi military spokesperson Yahya "
        "Saree claimed responsibility for the attack on Wednesday night."
    ).events
    assert [e.actor1 for e in events] == [HOUTHIS]


def test_projectiles_are_fire_from_afar() -> None:
    ev = only("The vessel was struck by three projectiles in the Red Sea off Yemen on Tuesday.")
    assert (ev.sub_event_type, ev.weapons) == ("Shelling/artillery/missile attack", ("projectile",))


def test_a_count_of_attacks_told_one_by_one_is_those_attacks() -> None:
    events = run(
        "On Monday, the Islamic Resistance in Iraq claimed two more drone attacks: one on a "
        "base in Hasakah, and another on the Al-Shaddadi base south of Hasakah city."
    ).events
    assert len(events) == 2
    assert {e.actor1 for e in events} == {"Islamic Resistance in Iraq"}


def test_a_sentence_announcing_a_list_of_attacks_is_not_one() -> None:
    extraction = run(
        "Turkish attacks on the region continued on Friday. The monitor documented the following "
        "attacks: Turkish drones struck a car near Qamishli, Syria, killing two people."
    )
    assert [e.actor1 for e in extraction.events] == ["Military Forces of Turkey"]
    assert any("list heading" in w for w in extraction.warnings)


def test_a_dated_list_item_is_read_like_a_sentence() -> None:
    events = run(
        "Attacks in north-east Syria this week\n"
        "- Friday: Turkish drones struck a car near Qamishli, Syria, killing two people.\n"
    ).events
    assert [(e.date, e.actor1) for e in events] == [
        (dt.date(2024, 3, 8), "Military Forces of Turkey")
    ]


def test_a_lede_with_no_day_joins_its_retelling_with_the_day() -> None:
    events = run(
        "Israel has carried out airstrikes on the Yemeni port of Hodeidah.\n"
        "Israeli fighter jets hit fuel depots and a power station at the port on Saturday."
    ).events
    assert [(e.date, e.location) for e in events] == [(dt.date(2024, 3, 9), "Hodeidah Port")]


@pytest.mark.parametrize(
    ("lag", "day"),
    [("a day after", 8), ("two days after", 7), ("hours after", 9)],
)
def test_a_cause_told_with_no_day_came_that_long_before_its_response(lag: str, day: int) -> None:
    events = run(
        "Israeli jets struck the Yemeni port of Hodeidah on Saturday, "
        f"{lag} a drone launched by the Houthis killed a man in Tel Aviv."
    ).events
    drone = next(e for e in events if e.location == "Tel Aviv")
    assert drone.date == dt.date(2024, 3, day)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said it had hit an army position near Metula in northern Israel with a guided "
        "missile on Tuesday.",
        "Hezbollah fighters attacked a military post near Metula, Israel, with drones on Tuesday.",
    ],
)
def test_an_army_post_with_no_owner_named_is_the_local_army(text: str) -> None:
    assert only(text).actor2 == "Military Forces of Israel"


@pytest.mark.parametrize(
    "text",
    [
        "The IDF killed Hezbollah commander Taleb Sami Abdullah in an airstrike on a house in "
        "Jouaiya, Lebanon, on Tuesday.",
        "Israeli forces killed senior Hezbollah official Fuad Shukr in a strike on Beirut, "
        "Lebanon, on Tuesday.",
        "Israel killed senior Hezbollah official Fuad Shukr in a strike on Beirut, Lebanon, on "
        "Tuesday.",
    ],
)
def test_the_group_of_a_commander_killed_in_a_strike_is_its_target(text: str) -> None:
    ev = only(text)
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")


@pytest.mark.parametrize(
    "text",
    [
        "This morning, approximately 10 launches were identified crossing from Lebanese territory "
        "toward the area of Kiryat Shmona, Israel.",
        "On Tuesday, two launches crossed from Lebanese territory toward Metula, Israel.",
    ],
)
def test_launches_identified_crossing_from_a_territory_are_fire_from_there(text: str) -> None:
    ev = only(text)
    assert (ev.sub_event_type, ev.actor1) == (
        "Shelling/artillery/missile attack",
        "Unidentified Armed Group (Lebanon)",
    )


def test_launches_counted_in_passing_are_no_event_of_their_own() -> None:
    events = run(
        "Hezbollah said it fired 62 rockets at the Meron base in Israel on Tuesday. The Israeli "
        "army counted about 40 launches from Lebanon and said its aircraft then struck the cell "
        "that had fired them."
    ).events
    assert {e.actor1 for e in events} == {"Hezbollah", "Military Forces of Israel"}


def test_in_response_answers_what_was_told_before_it_on_that_day() -> None:
    events = run(
        "On Tuesday, Hezbollah launched an anti-tank missile toward Margaliot in northern Israel, "
        "killing a farm worker.\n"
        "In response, IDF fighter jets struck a Hezbollah compound in Aitaroun, Lebanon.\n"
        "Additionally, on Tuesday, approximately 10 launches were identified crossing from "
        "Lebanese territory toward Kiryat Shmona."
    ).events
    by_place = {e.location: e for e in events}
    assert by_place["Aitaroun"].responds_to == by_place["Margaliot"].id


def test_a_force_that_says_its_raids_answered_an_attack_carried_them_out() -> None:
    events = run(
        "Hezbollah fired rockets at Safed, Israel, on Wednesday. The Israeli army said its raids "
        "in south Lebanon on Wednesday came in response to the rocket attack on Safed."
    ).events
    raids = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert raids.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, hundreds of mourners carrying the coffins marched toward the Green Zone in "
        "central Baghdad, Iraq, chanting slogans against the United States.",
        "Thousands of Jordanians rallied outside the embassy in Amman, Jordan, on Thursday.",
    ],
)
def test_a_crowd_that_marched_or_rallied_is_a_protest(text: str) -> None:
    assert only(text).sub_event_type == "Peaceful protest"


def test_troops_that_marched_are_no_protest() -> None:
    assert run("Iraqi troops marched into the town of Rawa, Iraq, on Thursday.").events == ()


def test_the_targets_listed_after_strikes_in_a_province_are_events_of_their_own() -> None:
    events = run(
        "On Sunday, U.S. warplanes carried out strikes on two sites in Deir ez-Zor governorate, "
        "Syria. According to the Pentagon, the targets were a training facility near Albu Kamal "
        'and a "safe house" near the city of Mayadin.'
    ).events
    assert sorted(e.location or "" for e in events) == ["Al Mayadin", "Albu Kamal"]


def test_hearsay_its_own_sentence_says_was_not_confirmed_is_no_event() -> None:
    extraction = run(
        "Reports on social media that solar power systems had exploded in several villages on "
        "Wednesday were not confirmed by the Lebanese army."
    )
    assert extraction.events == ()


def test_a_day_told_only_as_when_officials_spoke_after_the_event_is_not_its_day() -> None:
    events = run(
        "A drone struck a U.S. outpost in eastern Syria, wounding four soldiers, U.S. officials "
        "said Thursday. The drone hit the outpost's barracks early Tuesday."
    ).events
    assert [e.date for e in events] == [dt.date(2024, 3, 12)]


def test_a_day_before_a_speech_verb_is_not_the_day_of_a_past_perfect_event() -> None:
    events = run(
        "A guesthouse in northern Tehran, Iran, was hit on Tuesday, killing two guards. A "
        "statement carried by state media on Thursday said the building had been struck by a "
        "short-range projectile."
    ).events
    assert [e.date for e in events] == [dt.date(2024, 3, 12)]


def test_a_day_earlier_than_the_day_a_side_spoke() -> None:
    ev = only(
        "The Syrian Democratic Forces said on Wednesday they had repelled tribal fighters who "
        "attacked their positions in the town of Dhiban, Syria, two days earlier."
    )
    assert ev.date == dt.date(2024, 3, 11)


def test_a_claim_the_next_sentence_says_could_not_be_verified_is_no_event() -> None:
    extraction = run(
        "The Islamic Resistance in Iraq claimed a drone attack on Monday on a base in Hasakah, "
        "Syria. That claim could not be independently verified."
    )
    assert extraction.events == ()


def test_the_nearest_speaker_owns_it_had_targeted() -> None:
    events = run(
        "Hezbollah's commander was killed in an Israeli airstrike in Beirut, Lebanon, the "
        "Iran-backed militant group confirmed Wednesday, a day after the Israel Defense Forces "
        "said it had targeted the group's headquarters."
    ).events
    assert [e.actor1 for e in events] == ["Military Forces of Israel"]


def test_a_groups_stronghold_named_before_the_verb_is_no_perpetrator() -> None:
    ev = only(
        "The IDF said Tuesday's strike in Dahiyeh, a densely populated Hezbollah stronghold, hit "
        "an underground command center."
    )
    assert ev.actor1 != "Hezbollah"


def test_the_speaker_before_a_passive_verb_is_no_target() -> None:
    ev = only(
        "The Revolutionary Guards (IRGC) said two guards died when a guesthouse in Tehran, "
        "Iran, was hit on Tuesday."
    )
    assert ev.actor2 != "Islamic Revolutionary Guard Corps"


def test_a_broadcaster_named_after_a_country_is_no_place_or_side() -> None:
    extraction = run(
        "Analysts told FRANCE 24 a retaliatory strike could target Iranian nuclear sites, but no "
        "decision had been announced."
    )
    assert extraction.events == ()


def test_a_place_inside_the_name_of_a_war_is_not_where_it_happened() -> None:
    events = run(
        "A drone struck a U.S. outpost in Jordan on Sunday, the first American deaths since the "
        "Israel-Hamas war began."
    ).events
    assert [e.country for e in events] == ["Jordan"]


def test_an_attack_named_as_what_arrests_were_in_connection_with_is_no_new_event() -> None:
    events = run(
        "Two rockets struck Ain al-Asad air base in Iraq on Monday. Iraqi forces arrested three "
        "suspects in Hit on Tuesday in connection with the attack, the Joint Operations Command "
        "said."
    ).events
    assert sorted(e.sub_event_type for e in events) == [
        "Arrests",
        "Shelling/artillery/missile attack",
    ]


def test_a_claim_officials_denied_had_taken_place_is_no_event() -> None:
    extraction = run(
        "Militia channels claimed a rocket strike on the U.S. consulate in Erbil, Iraq, on "
        "Tuesday, but Kurdish security officials denied that any attack had taken place."
    )
    assert extraction.events == ()


def test_no_such_attack_occurred_refutes_only_the_claim_of_its_own_sentence() -> None:
    events = run(
        "On Wednesday, Houthi missiles struck the bulk carrier Verbena in the Gulf of Aden, off "
        "Yemen. The Houthis claimed responsibility, saying they had targeted the Verbena with "
        "naval cruise missiles. The group also claimed to have targeted the aircraft carrier USS "
        "Eisenhower in the Red Sea; US officials said no such attack occurred."
    ).events
    assert len(events) == 1
    assert "cruise missile" in events[0].weapons


def test_two_raids_on_one_place_on_one_day_are_one_event() -> None:
    ev = only(
        "The American-British aggression launched on Tuesday two raids on the Ras Issa area in "
        "Hodeidah governorate, Yemen, a security source said. The source said there were no "
        "casualties."
    )
    assert (ev.actor1, ev.date, ev.location) == (US, dt.date(2024, 3, 12), "Ras Isa")
    assert ev.fatalities is not None and ev.fatalities.best == 0


def test_a_lede_naming_raids_joins_the_raid_told_next_not_a_later_missile_attack() -> None:
    events = run(
        "The toll of the American-British aggression raids on Hodeidah rose to 16, the ministry "
        "said. On Thursday, warplanes targeted the radio station in al-Salif, Hodeidah "
        "governorate, Yemen.\n\n"
        "Separately, the naval forces on Friday carried out an operation targeting a merchant "
        "ship in the Red Sea with ballistic missiles, the spokesman said.",
        dt.date(2024, 3, 16),
    ).events
    by_place = {e.location: e.actor1 for e in events}
    assert by_place.get("As Salif") == US
    assert by_place.get("Red Sea") != US


def test_the_addressees_of_a_call_are_no_side() -> None:
    ev = only(
        "Turkish drones struck a power station in Amuda, Syria, on Thursday. The SDF condemned "
        "the attacks and called on the International Coalition to assume its responsibilities."
    )
    assert ev.actor2 != US


def test_the_zionist_regime_is_israels_forces() -> None:
    ev = only("An attack by the Zionist regime hit military sites in Tehran, Iran, on Saturday.")
    assert ev.actor1 == "Military Forces of Israel"


def test_the_day_one_place_of_a_wave_is_given_is_every_places() -> None:
    events = run(
        "Iran's air defence said it intercepted an attack by the Israeli regime on military "
        "centres in the provinces of Tehran, Khuzestan and Ilam. The headquarters said the "
        "aggression was carried out in the early hours of Saturday. In July, an Israeli strike "
        "in Tehran killed Ismail Haniyeh.",
        dt.date(2024, 10, 26),
    ).events
    assert sorted((e.date, e.location) for e in events) == [
        (dt.date(2024, 7, 1), "Tehran"),
        (dt.date(2024, 10, 26), "Ilam"),
        (dt.date(2024, 10, 26), "Tehran"),
    ]


def test_the_owner_of_a_merchant_ship_is_not_the_target() -> None:
    ev = only(
        "On Monday, the Houthis' naval forces attacked two ships linked to the Zionist entity in "
        "the Red Sea with naval drones."
    )
    assert ev.actor2 != "Military Forces of Israel"


def test_the_armed_forces_are_the_ones_named_armed_forces() -> None:
    events = run(
        "The Yemeni Armed Forces seized a ship belonging to the Zionist enemy in the Red Sea on "
        "Sunday. On Tuesday, the armed forces fired ballistic missiles at Eilat, Israel."
    ).events
    eilat = [e for e in events if e.location == "Eilat"]
    assert [e.actor1 for e in eilat] == [HOUTHIS]


def test_the_first_time_a_side_acknowledged_a_strike_is_no_event() -> None:
    extraction = run(
        "It was the first time Israel has openly acknowledged a military strike on Iranian "
        "territory."
    )
    assert extraction.events == ()


def test_a_barrage_a_side_fired_is_that_sides_and_told_exactly_later_is_one_event() -> None:
    events = run(
        "Israeli warplanes struck military targets in Iran before dawn on Saturday, in "
        "retaliation for the barrage of ballistic missiles Iran fired at Israel at the start of "
        "the month.\n\nIran fired some 180 ballistic missiles at Israel on Oct. 1, and several "
        "hit the Nevatim air base.",
        dt.date(2024, 10, 26),
    ).events
    assert sorted((e.date, e.actor1, e.actor2) for e in events) == [
        (dt.date(2024, 10, 1), "Military Forces of Iran", "Military Forces of Israel"),
        (dt.date(2024, 10, 26), "Military Forces of Israel", "Military Forces of Iran"),
    ]


def test_unconfirmed_reports_tell_no_event() -> None:
    extraction = run(
        "According to some unconfirmed reports, Yemen's Ansarullah movement also launched drones "
        "toward Eilat, Israel, during the night."
    )
    assert extraction.events == ()


def test_ansarullah_is_the_houthis() -> None:
    ev = only("Yemen's Ansarullah movement launched drones toward Eilat, Israel, on Tuesday.")
    assert ev.actor1 == HOUTHIS


def test_soldiers_martyred_in_an_attack_are_its_target_and_not_the_strikes_that_answer_it() -> None:
    events = run(
        "Turkish jets struck PKK targets in northern Iraq on Friday, after nine Turkish soldiers "
        "were martyred in a terrorist attack on a base in northern Iraq on Friday."
    ).events
    # the attack the strikes answer was carried out by the side they hit
    assert sorted((e.actor1 or "", e.actor2 or "") for e in events) == [
        ("Military Forces of Turkey", "PKK: Kurdistan Workers Party"),
        ("PKK: Kurdistan Workers Party", "Military Forces of Turkey"),
    ]


def test_a_toll_of_decades_is_no_casualty_claim_of_the_event() -> None:
    events = run(
        "PKK militants attacked a Turkish base in Duhok, Iraq, on Friday, killing nine soldiers. "
        "The PKK has waged a campaign against Turkey for more than 40 years, responsible for the "
        "deaths of nearly 40,000 people."
    ).events
    assert [(e.fatalities.low, e.fatalities.high) for e in events if e.fatalities] == [(9, 9)]


def test_a_state_that_condemns_the_strike_neither_did_it_nor_tells_another() -> None:
    events = run(
        "Iran vows revenge after the attack destroyed its consulate in Damascus; Türkiye "
        "condemns the strike.\n\nAn Israeli air strike destroyed the consular section of Iran's "
        "embassy in Damascus, Syria, on Monday.",
        dt.date(2024, 4, 2),
    ).events
    assert [(e.actor1, e.location) for e in events] == [("Military Forces of Israel", "Damascus")]


def test_bare_plural_strikes_that_killed_a_counted_toll_are_an_event() -> None:
    events = run(
        "Israeli strikes near the northern city of Aleppo, Syria, killed at least 42 people, "
        "according to the war monitor."
    ).events
    assert [(e.actor1, e.location) for e in events] == [("Military Forces of Israel", "Aleppo")]


def test_military_sites_of_a_country_are_its_forces_unless_an_armed_group_of_it_is_named() -> None:
    ev = only("Israeli warplanes struck military targets in Iran before dawn on Saturday.")
    assert ev.actor2 == "Military Forces of Iran"
    events = run(
        "Israeli warplanes struck military targets in Lebanon on Saturday, a week after "
        "Hezbollah fired rockets at Metula."
    ).events
    assert "Military Forces of Lebanon" not in {e.actor2 for e in events}


def test_a_state_named_before_an_aside_fired_what_follows() -> None:
    ev = only(
        "Iran, in Operation True Promise II on October 1, fired some 200 ballistic missiles at "
        "the Nevatim air base in Israel.",
        dt.date(2024, 10, 26),
    )
    assert ev.actor1 == "Military Forces of Iran"


def test_the_aggression_that_came_after_an_attack_answers_it() -> None:
    events = run(
        "Israeli jets struck military sites in Iran on Saturday.\n\nThe aggression came three "
        "weeks after Iran, in Operation True Promise II on October 1, fired some 200 ballistic "
        "missiles at Israeli bases, including the Nevatim air base in Israel.",
        dt.date(2024, 10, 26),
    ).events
    by_id = {e.id: e for e in events}
    strike = next(e for e in events if e.actor1 == "Military Forces of Israel")
    assert strike.responds_to is not None
    assert by_id[strike.responds_to].actor1 == "Military Forces of Iran"


def test_strikes_on_the_side_that_attacked_a_day_after_answer_that_attack() -> None:
    events = run(
        "Israel carried out airstrikes on the Houthi-controlled port of Hodeidah, Yemen, on "
        "Saturday, a day after a drone launched by the Houthis killed a man in Tel Aviv, Israel."
    ).events
    strike = next(e for e in events if e.actor1 == "Military Forces of Israel")
    cause = next(e for e in events if e.id == strike.responds_to)
    assert (cause.actor1, cause.date) == (HOUTHIS, dt.date(2024, 3, 8))


def test_aircraft_that_raided_a_town_struck_it() -> None:
    ev = only("Enemy aircraft raided the outskirts of Aitaroun, Lebanon, on Tuesday.")
    assert (ev.sub_event_type, ev.location) == ("Air/drone strike", "Aitaroun")


@pytest.mark.parametrize(
    ("first", "day"),
    [
        ("on Tuesday afternoon", dt.date(2024, 3, 12)),  # hours later: the same day
        ("on Monday night", None),  # hours later may be past midnight: no day from it
    ],
)
def test_hours_later_is_the_same_day_unless_counted_from_a_night(
    first: str, day: dt.date | None
) -> None:
    from watchfloor.extract.context_days import anaphoric_day
    from watchfloor.models import Span
    from watchfloor.resolve.dates import find_dates

    text = f"Militants fired rockets at the base {first}. Hours later, a gunship struck them."
    clause = Span(text.index("Hours"), len(text))
    found = anaphoric_day(text, clause, find_dates(text, PUBLISHED))
    assert (found.date if found else None) == day


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi ballistic missile evaded Israeli air defences and landed near Ben Gurion "
        "Airport on Sunday.",
        "On Sunday a Houthi missile that Israeli interceptors missed landed near Ben Gurion "
        "Airport.",
    ],
)
def test_the_side_named_on_a_weapon_that_landed_fired_it(text: str) -> None:
    ev = only(text, dt.date(2025, 5, 5))
    assert (ev.actor1, ev.location) == (HOUTHIS, "Ben Gurion Airport")


def test_a_sea_naming_a_port_on_its_coast_is_no_place_at_sea() -> None:
    ev = only(
        "U.S. airstrikes on a Red Sea fuel port in Yemen killed at least 74 people on Thursday.",
        dt.date(2025, 4, 18),
    )
    assert (ev.country, ev.location) == ("Yemen", None)


def test_a_raid_storming_compounds_is_a_clash() -> None:
    ev = only(
        "Jaish al-Adl militants stormed IRGC compounds in Chabahar in Iran on Wednesday.",
        dt.date(2024, 4, 5),
    )
    assert (ev.sub_event_type, ev.actor1) == ("Armed clash", "Jaish al-Adl")


def test_a_strike_ranked_in_its_own_sentence_is_the_strike_told_there() -> None:
    evs = run(
        "Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, in the first "
        "Israeli strike acknowledged in Yemen.",
        dt.date(2024, 7, 21),
    ).events
    assert len(evs) == 1


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "location"),
    [
        (
            "Rebels led by Hayat Tahrir al-Sham captured the city of Hama in Syria on Thursday.",
            "Non-state actor overtakes territory",
            "Hayat Tahrir al-Sham",
            "Hamah",
        ),
        (
            "On Sunday, the Hayat Tahrir al-Sham fighters entered Damascus in Syria largely "
            "unopposed.",
            "Non-violent transfer of territory",
            "Hayat Tahrir al-Sham",
            "Damascus",
        ),
        (
            "Syrian government forces recaptured the town of Saraqib in Syria on Tuesday.",
            "Government regains territory",
            "Military Forces of Syria",
            "Saraqib",
        ),
        (
            "On Sunday, Israeli troops took control of the Syrian peak of Mount Hermon after "
            "Syrian army units abandoned their positions.",
            "Non-violent transfer of territory",
            "Military Forces of Israel",
            "Mount Hermon",
        ),
    ],
)
def test_taking_a_place_is_a_transfer_of_territory(
    text: str, sub: str, actor1: str, location: str
) -> None:
    ev = only(text, dt.date(2024, 12, 12))
    assert (ev.sub_event_type, ev.actor1, ev.location, ev.country) == (
        sub,
        actor1,
        location,
        "Syria",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah captured two Israeli soldiers near the border on Monday.",
        "The Houthis seized the Galaxy Leader in the Red Sea on Sunday.",
        "Border guards seized large quantities of narcotic pills on Monday.",
    ],
)
def test_taking_people_ships_or_goods_is_no_transfer_of_territory(text: str) -> None:
    assert all("territory" not in e.sub_event_type for e in run(text).events)


def test_a_leading_participles_subject_is_the_main_clauses() -> None:
    evs = run(
        "After seizing Aleppo in Syria in late November, Hayat Tahrir al-Sham fighters pushed "
        "south.",
        dt.date(2024, 12, 12),
    ).events
    assert [(e.actor1, e.actor2, e.location) for e in evs] == [
        ("Hayat Tahrir al-Sham", "Military Forces of Syria", "Aleppo")
    ]


def test_a_persons_surname_is_no_airbase() -> None:
    evs = run(
        "Rebels entered Damascus in Syria on Sunday largely unopposed as Bashar al-Assad fled.",
        dt.date(2024, 12, 12),
    ).events
    assert [e.location for e in evs] == ["Damascus"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Pakistan hit back with drone strikes on militant hideouts near Saravan in Iran on "
            "Thursday.",
            "Military Forces of Pakistan",
        ),
        (
            "Iranian police officers clashed with gunmen in Zahedan in Iran on Thursday.",
            "Police Forces of Iran",
        ),
    ],
)
def test_the_forces_of_states_beyond_the_first_theatre(text: str, actor1: str) -> None:
    assert only(text, dt.date(2024, 1, 20)).actor1 == actor1


def test_no_side_is_its_own_target() -> None:
    evs = run(
        "Rockets landed near the coalition base at Rmelan in Syria on Sunday, and a U.S. "
        "aircraft destroyed the launcher.\n\nThe attack is the first against U.S. forces in "
        "Iraq and Syria since early February, when the armed factions announced a halt to their "
        "operations following the killing of three American soldiers in Jordan and the "
        "American strikes that followed.",
        dt.date(2024, 4, 22),
    ).events
    assert evs and all(e.actor1 is None or e.actor1 != e.actor2 for e in evs)


def test_attacks_that_should_continue_are_a_condition() -> None:
    assert not run(
        "Last week, the United States and 12 partner nations warned the Houthis they would "
        "bear the responsibility of the consequences should the attacks continue.",
        dt.date(2024, 1, 10),
    ).events


def test_a_response_answers_no_attack_told_after_it_on_the_same_day() -> None:
    evs = run(
        "In response, IDF artillery struck the sources of fire in southern Syria on Thursday. "
        "Later on Thursday, a missile was launched by Hezbollah toward an IDF drone over southern "
        "Lebanon.",
        dt.date(2024, 3, 21),
    ).events
    strike = next(e for e in evs if e.country == "Syria")
    assert strike.responds_to is None


def test_counted_launches_are_those_launches_and_an_answer_to_them_links() -> None:
    evs = run(
        "Overnight, two launches were identified crossing from Syrian territory into Israel; "
        "one fell in an open area near Merom Golan. In response, IDF artillery struck the "
        "sources of fire in southern Syria.",
        dt.date(2024, 3, 21),
    ).events
    launches = next(e for e in evs if e.country == "Israel")
    strike = next(e for e in evs if e.country == "Syria")
    assert (launches.actor1, strike.responds_to) == (
        "Unidentified Armed Group (Syria)",
        launches.id,
    )


def test_a_side_responding_answers_the_attack_on_it() -> None:
    evs = run(
        "Hezbollah fired rockets at Metula in Israel on Saturday morning. Later on Saturday, the "
        "IDF was responding with artillery fire on Arnoun in southern Lebanon.",
        dt.date(2025, 3, 22),
    ).events
    rockets = next(e for e in evs if e.country == "Israel")
    shells = next(e for e in evs if e.country == "Lebanon")
    assert shells.responds_to == rockets.id


def test_a_cause_told_again_by_its_relative_clause_is_that_clauses_event() -> None:
    evs = run(
        "Israeli jets struck military sites in Iran on Saturday, in retaliation for the barrage "
        "of some 180 ballistic missiles that Iran fired at Israel on October 1.",
        dt.date(2024, 10, 27),
    ).events
    assert len(evs) == 2
    strike = next(e for e in evs if e.country == "Iran")
    barrage = next(e for e in evs if e.country == "Israel")
    assert (barrage.actor1, barrage.date) == ("Military Forces of Iran", dt.date(2024, 10, 1))
    assert strike.responds_to == barrage.id


def test_a_company_suspending_operations_is_no_change_of_an_armed_side() -> None:
    evs = run(
        "A drone hit the Sarsang oil field in Iraq on Tuesday. The blast started a fire and the "
        "company suspended all operations.",
        dt.date(2025, 7, 17),
    ).events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "The Houthis have vowed to keep attacking shipping. The Houthis fired missiles at a "
            "tanker on Monday. On Tuesday, a bulk carrier was hit by a missile in the Red Sea.",
            HOUTHIS,
        ),
        (
            # no side claimed it: the unnamed attacker stays unnamed
            "The Houthis fired missiles at a tanker on Monday. The Houthis vowed more. On "
            "Tuesday, a bulk carrier was hit by a missile in the Red Sea; no group claimed the "
            "attack.",
            "Unidentified Armed Group (Yemen)",
        ),
        (
            # no armed group flies jets: whose jets, the text does not say
            "The Houthis fired missiles at a tanker in the Red Sea on Monday. The Houthis vowed "
            "more. On Tuesday, jets struck a warehouse in Saada in Yemen.",
            None,
        ),
    ],
)
def test_an_attack_fired_outward_with_no_attacker_named_is_the_home_groups(
    text: str, actor1: str | None
) -> None:
    evs = run(text, dt.date(2024, 3, 7)).events
    tuesday = [e for e in evs if e.date == dt.date(2024, 3, 5)]
    assert [e.actor1 for e in tuesday] == [actor1]


def test_a_retaliation_told_first_may_answer_the_attack_told_after_it() -> None:
    evs = run(
        "Israeli jets carried out retaliatory strikes on Hezbollah positions near Khiam in "
        "Lebanon on Tuesday. Earlier on Tuesday, Hezbollah rockets hit Kiryat Shmona in Israel.",
        dt.date(2024, 2, 14),
    ).events
    strike = next(e for e in evs if e.country == "Lebanon")
    rockets = next(e for e in evs if e.country == "Israel")
    assert strike.responds_to == rockets.id


def test_two_districts_of_one_city_are_one_event_with_the_whole_toll() -> None:
    evs = run(
        "Israeli strikes on the Ras al-Nabaa and Basta neighborhoods of the Lebanese capital "
        "that evening killed 22 people, according to Lebanon's Health Ministry.",
        dt.date(2024, 10, 11),
    ).events
    assert [(e.admin1, e.fatalities.best) for e in evs] == [("Beirut", 22)]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier today, a surface-to-air missile was launched by Hezbollah toward an IDF drone "
        "operating over southern Lebanon. The drone was not hit. Subsequently, IDF fighter jets "
        "struck the launcher that was used, as well as a Hezbollah military compound, in the "
        "area of Tyre.",
        "A man was killed when a rocket fired from Lebanon struck Kibbutz HaGoshrim on Tuesday "
        "morning. The military says fighter jets struck the Hezbollah launchers used in the "
        "morning's deadly attack, in the area of Kfar Kila.",
        "Two rockets fired from Lebanon hit an open field near Metula on Tuesday. Israeli "
        "artillery later shelled the sources of fire near the village of Kfar Kila.",
    ],
)
def test_a_strike_at_the_source_of_an_attack_answers_it(text: str) -> None:
    evs = run(text, dt.date(2024, 7, 30)).events
    assert len(evs) == 2
    attack, answer = evs
    assert answer.responds_to == attack.id
    assert answer.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Resistance in Iraq issued new statements.\n\n1. Wednesday: The group "
        "claimed that two drones struck the American base at al-Tanf in Syria.",
        "The Islamic Resistance in Iraq issued new statements.\n\n1. Wednesday: The group "
        "claimed a drone attack on the American base at al-Tanf in Syria.",
    ],
)
def test_the_group_that_claims_an_attack_carried_it_out(text: str) -> None:
    evs = run(text, dt.date(2023, 10, 20)).events
    assert [e.actor1 for e in evs] == ["Islamic Resistance in Iraq"]


def test_a_list_item_with_no_subject_is_done_by_the_side_that_opens_the_list() -> None:
    text = (
        "Hezbollah mourned its fighters on Wednesday.\n\n"
        "In successive statements, the Islamic Resistance said its fighters:\n\n"
        "- At 9:15 a.m., targeted the Gibor barracks in Kiryat Shmona with Katyusha rockets.\n\n"
        "- At 11:45 a.m., launched attack drones at the Ein Zeitim base.\n\n"
        "Meanwhile, Israeli artillery shelled the outskirts of Kfar Kila."
    )
    evs = run(text, dt.date(2024, 6, 12)).events
    assert [e.actor1 for e in evs] == ["Hezbollah", "Hezbollah", "Military Forces of Israel"]


def test_a_list_opened_by_a_sentence_naming_no_side_lends_no_subject() -> None:
    text = (
        "The Turkish army kept up its attacks on the Internal Security Forces in the region. "
        "ANHA documented the following attacks:\n\n"
        "- Thursday, 09:15: Warplanes struck the Rmelan Landing Zone in Syria."
    )
    evs = run(text, dt.date(2024, 10, 25)).events
    listed = [e for e in evs if e.date == dt.date(2024, 10, 24)]
    assert len(listed) == 1
    assert listed[0].actor1 is None


def test_a_ship_attacked_at_a_point_at_sea_is_located_there_and_is_shipping() -> None:
    evs = run(
        "Houthi rebels in Yemen have resumed attacks on shipping.\n\n"
        "On the evening of 07 July, Eternity C was attacked approximately 50NM southwest of "
        "Al Hudaydah by small craft firing RPGs.",
        dt.date(2025, 7, 10),
    ).events
    ship = [e for e in evs if e.date == dt.date(2025, 7, 7)]
    assert [(e.actor2, e.admin1) for e in ship] == [("Civilians (International)", "Al Hudaydah")]
    assert ship[0].latitude is not None and ship[0].latitude < 14.79  # south-west of the port


def test_the_civilian_company_managing_a_ship_is_not_who_struck_it() -> None:
    evs = run(
        "Houthi rebels in Yemen attacked ships on Monday. The 2016-built Swan Atlantic, "
        "managed by Uni-Tankers, was hit while sailing about 15 nautical miles west of Mokha.",
        dt.date(2023, 12, 19),
    ).events
    assert all(not (e.actor1 or "").startswith("Civilians") for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, Hezbollah fighters shelled the Ramot Naftali barracks in northern Israel "
        "with artillery shells.",
        "On Wednesday, Hezbollah fighters targeted a Merkava tank near Metula in northern "
        "Israel with a guided missile.",
    ],
)
def test_barracks_and_tanks_hit_abroad_are_that_states_forces(text: str) -> None:
    evs = run(text, dt.date(2024, 6, 13)).events
    assert [(e.actor1, e.actor2) for e in evs] == [("Hezbollah", "Military Forces of Israel")]


def test_an_anti_tank_missile_at_an_orchard_hits_no_army() -> None:
    evs = run(
        "On Monday, Hezbollah launched an anti-tank missile toward an orchard near Margaliot in "
        "northern Israel.",
        dt.date(2024, 3, 5),
    ).events
    assert [e.actor2 for e in evs] != ["Military Forces of Israel"]
    assert len(evs) == 1


def test_a_country_after_to_is_no_agent() -> None:
    evs = run(
        "Pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing 12 people. "
        "Iran's ambassador to Lebanon, Mojtaba Amani, was among the wounded.",
        dt.date(2024, 9, 19),
    ).events
    assert len(evs) == 1
    assert evs[0].actor1 != "Military Forces of Lebanon"


def test_a_missile_from_abroad_intercepted_on_a_day_is_an_event() -> None:
    evs = run(
        "Separately, the Israeli military said a missile launched from Yemen toward Israel "
        "early Friday was intercepted. No injuries were reported.",
        dt.date(2025, 4, 19),
    ).events
    assert [(e.date, e.country) for e in evs] == [(dt.date(2025, 4, 18), "Israel")]


def test_counted_strikes_of_the_day_that_opens_the_sentence_are_one_event() -> None:
    evs = run(
        "On Feb. 17, between approximately 3 p.m. and 8 p.m. (Sanaa time), U.S. Central Command "
        "forces conducted five self-defense strikes against three mobile anti-ship cruise "
        "missiles in Houthi-controlled areas of Yemen.",
        dt.date(2024, 2, 18),
    ).events
    assert [(e.date, e.actor1) for e in evs] == [
        (dt.date(2024, 2, 17), "Military Forces of the United States")
    ]


def test_towns_taken_each_on_its_day_by_the_side_a_relative_clause_hangs_on() -> None:
    evs = run(
        "Israel struck Syria again. The escalation followed a lightning offensive by Hay'at "
        "Tahrir Al-Sham (HTS) and allied factions, which captured Aleppo on 30 November, Hama "
        "on 5 December and Homs on 7 December.",
        dt.date(2024, 12, 10),
    ).events
    taken = [
        (e.date.day, e.actor1, e.actor2)
        for e in evs
        if e.sub_event_type == "Non-state actor overtakes territory"
    ]
    force = "Military Forces of Syria"
    assert taken == [
        (30, "Hayat Tahrir al-Sham", force),
        (5, "Hayat Tahrir al-Sham", force),
        (7, "Hayat Tahrir al-Sham", force),
    ]


def test_operations_listed_after_a_summary_answer_the_summarys_cause() -> None:
    text = (
        "The Islamic Resistance in Lebanon carried out a series of operations on Wednesday "
        "against Israeli positions, in response to the assassination committed by the enemy in "
        "the southern town of Jouaiyya on Tuesday evening.\n\n"
        "The Israeli strike on a house in Jouaiyya killed a commander, Hezbollah said.\n\n"
        "In successive statements, the Islamic Resistance said its fighters:\n\n"
        "- At 9:15 a.m., targeted the Gibor barracks in Kiryat Shmona with Katyusha rockets.\n\n"
        "- At 11:45 a.m., launched attack drones at the Ein Zeitim base."
    )
    evs = run(text, dt.date(2024, 6, 12)).events
    cause = [e for e in evs if e.date == dt.date(2024, 6, 11)]
    assert [(e.actor1, e.location) for e in cause] == [("Military Forces of Israel", "Jwaya")]
    answers = [e for e in evs if e.actor1 == "Hezbollah"]
    assert len(answers) == 2
    assert all(e.responds_to == cause[0].id for e in answers)


def test_later_that_day_and_that_evening_are_the_day_told_before() -> None:
    evs = run(
        "On March 27, an Israeli strike on a centre in Hebbariyeh, Lebanon, killed seven "
        "paramedics.\n\nLater that day, rockets fired from Lebanon struck the northern Israeli "
        "town of Kiryat Shmona, killing a man.\n\nThat evening, an Israeli strike in the coastal "
        "town of Naqoura killed two paramedics.",
        dt.date(2024, 4, 2),
    ).events
    assert [e.date for e in evs] == [dt.date(2024, 3, 27)] * 3


@pytest.mark.parametrize(
    "text",
    [
        "In response to the attack on Ben-Gurion, the IDF bombed the port of Hodeidah in Yemen "
        "on Monday.",
        "On Monday, in its initial response to the attack on Ben-Gurion, the IDF bombed the "
        "port of Hodeidah in Yemen.",
    ],
)
def test_the_subject_after_an_opening_response_phrase_is_the_responder(text: str) -> None:
    evs = run(text, dt.date(2025, 5, 6)).events
    port = [e for e in evs if e.location == "Hodeidah Port"]
    assert [e.actor1 for e in port] == ["Military Forces of Israel"]


def test_a_digests_country_sections_and_its_telegraphic_ranking() -> None:
    text = (
        "Iraq\n"
        "Militants 8 Dec fired rockets at U.S. embassy compound in Baghdad's Green Zone, causing "
        "minor damage, in first attack on embassy since Gaza war began.\n\n"
        "Jordan\n"
        "Army 18 Dec clashed for hours with armed drug smugglers crossing from Syria along "
        "north-eastern border; one soldier and several smugglers killed."
    )
    evs = run(text, dt.date(2024, 1, 2)).events
    assert [(e.date.day, e.country) for e in evs] == [(8, "Iraq"), (18, "Jordan")]


def test_a_news_outlet_named_after_a_country_is_no_agent() -> None:
    evs = run(
        "Israel's attack on Iran early on Friday killed commanders in Tehran. Residents of "
        "Tehran told Iran International that explosions began at around 3 a.m. Strikes hit "
        "residential buildings in several districts of the capital.",
        dt.date(2025, 6, 14),
    ).events
    assert "Military Forces of Iran" not in {e.actor1 for e in evs}


@pytest.mark.parametrize(
    "header", ["Iran International - Saturday, June 14, 2025", "Published: 14 June 2025"]
)
def test_the_date_a_report_was_issued_is_no_date_of_its_events(header: str) -> None:
    from watchfloor.extract.steps import in_dateline
    from watchfloor.resolve.dates import find_dates

    text = f"Israel strikes Iran\n\n{header}\n\nIsraeli jets struck a base near Tabriz on Friday."
    found = find_dates(text, dt.date(2025, 6, 14))
    assert [in_dateline(text, d.span) for d in found] == [True, False]


def test_troops_coming_under_fire_is_a_clash_and_t4_is_an_airbase() -> None:
    evs = run(
        "Overnight, IDF troops came under fire from gunmen in the Tasil area of Syria. On "
        "Wednesday night, IDF fighter jets struck the Hama and T4 air bases in Syria.",
        dt.date(2025, 4, 3),
    ).events
    clash = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert [e.actor1 for e in clash] == ["Military Forces of Israel"]
    assert "Tiyas Military Airbase" in {e.location for e in evs}


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Action Front condemned the arrests on Friday and called for a rally.",
        "Organizers said more than 30 people were detained in Amman on Tuesday.",
    ],
)
def test_arrests_by_no_one_of_no_one_are_no_event(text: str) -> None:
    assert run(text, dt.date(2024, 3, 27)).events == ()


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Police arrested three men in Basra, Iraq, on Monday.", "Police Forces of Iraq"),
        ("Police arrested three men in Taiz, Yemen, on Monday.", "Police Forces of Yemen"),
        (
            "Security forces arrested two suspects in Fallujah, Iraq, on Monday.",
            "Military Forces of Iraq",
        ),
        (
            "The Security Media Cell announced on Monday the arrest of two suspects in Baghdad.",
            "Military Forces of Iraq",
        ),
    ],
)
def test_an_arrest_is_made_by_the_home_forces_or_the_state_body_announcing_it(
    text: str, actor1: str
) -> None:
    ev = only(text)
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", actor1)


def test_a_border_clash_told_by_the_army_whose_soldier_fell_is_its_clash_at_home() -> None:
    """No place but "the border": the army announcing that its soldier fell fought it, and
    border guards fight on their own side of the border."""
    ev = only(
        "The Jordan Armed Forces - Arab Army (JAF) announced Tuesday that one of its soldiers "
        "was martyred and another injured during an armed clash at dawn with dozens of "
        "smugglers on the Kingdom's northern border with Syria."
    )
    assert (ev.sub_event_type, ev.actor1, ev.country) == (
        "Armed clash",
        "Military Forces of Jordan",
        "Jordan",
    )
    assert (ev.fatalities.best, ev.injuries.best) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "In Taiz, Yemen, a 12-year-old boy was killed by a Houthi sniper on Monday.",
        "In Taiz, Yemen, a woman was wounded by a bullet fired by a Houthi sniper on Monday.",
    ],
)
def test_a_sniper_shooting_civilians_is_an_attack_on_them(text: str) -> None:
    ev = only(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", HOUTHIS, "Civilians (Yemen)")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli soldiers also fired on the UN position in Labbouneh, Lebanon, on Thursday.",
        "On Monday, a joint raid by U.S. and Iraqi forces on Islamic State hideouts in "
        "Anbar, Iraq, killed 15 militants.",
    ],
)
def test_troops_firing_and_joint_raids_are_fights_on_the_ground(text: str) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Armed clash"


def test_the_day_opening_a_sentence_before_a_response_clause_is_the_main_verbs() -> None:
    events = run(
        "On Monday, in its initial response to the attack on Ben-Gurion airport, the IDF "
        "bombed the port of Hodeidah, Yemen.",
        dt.date(2025, 5, 7),
    ).events
    strike = next(e for e in events if e.location and "Hodeidah" in e.location)
    assert strike.date == dt.date(2025, 5, 5)


def test_an_aggression_on_a_states_military_centres_in_three_provinces_is_three_strikes() -> None:
    events = run(
        "Iran's air defence system intercepted and counteracted an act of aggression by the "
        "Zionist regime against military centres in Tehran, Khuzestan and Ilam provinces in "
        "the early hours of Saturday.",
        dt.date(2024, 10, 27),
    ).events
    assert sorted(e.admin1 or "" for e in events) == ["Ilam", "Khuzestan", "Tehran"]
    assert {(e.actor1, e.actor2) for e in events} == {
        ("Military Forces of Israel", "Military Forces of Iran")
    }


def test_two_verbs_of_one_attack_tell_one_event() -> None:
    (ev,) = run(
        "The Houthis say they act in solidarity with Gaza. In July, the rebels attacked and "
        "sank two ships, the Magic Seas and the Eternity C, in the Red Sea.",
        dt.date(2025, 9, 24),
    ).events
    assert (ev.date, ev.location, ev.actor1) == (dt.date(2025, 7, 1), "Red Sea", HOUTHIS)


def test_a_province_of_pakistan_places_a_strike_in_pakistan() -> None:
    ev = only(
        "Iran struck what it said were Jaish al-Adl bases in Pakistan's Balochistan province "
        "on Tuesday.",
        dt.date(2024, 1, 18),
    )
    assert (ev.country, ev.admin1) == ("Pakistan", "Balochistan")


def test_an_attack_told_by_its_province_then_by_its_town_is_one_event() -> None:
    events = run(
        "Pakistan struck hideouts in Iran on Thursday, two days after Tehran launched a "
        "missile and drone attack on a village in Balochistan that killed two children. "
        "Tensions flared on Tuesday night when Iranian missiles and drones struck a village "
        "in the Panjgur area of Balochistan.",
        dt.date(2024, 1, 19),
    ).events
    in_pakistan = [e for e in events if e.country == "Pakistan"]
    assert [(e.date, e.location) for e in in_pakistan] == [(dt.date(2024, 1, 16), "Panjgur")]


def test_a_retaliation_carried_out_against_a_state_is_a_strike_on_it() -> None:
    ev = only(
        "In the early hours of Saturday, October 26, Israel carried out its long-anticipated "
        "retaliation against Iran.",
        dt.date(2024, 10, 28),
    )
    assert (ev.date, ev.actor1, ev.actor2, ev.country) == (
        dt.date(2024, 10, 26),
        "Military Forces of Israel",
        "Military Forces of Iran",
        "Iran",
    )


def test_a_retaliation_vowed_against_a_state_is_no_event() -> None:
    assert run("On Saturday Tehran vowed retaliation against Israel.").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Q1: What did Israel strike in Iran on Saturday?",
        "Will Hezbollah retaliate for the strike on Beirut?",
        "Who attacked the tanker in the Red Sea on Monday?",
    ],
)
def test_a_question_tells_no_event(text: str) -> None:
    assert run(text).events == ()


def test_jets_that_destroyed_targets_struck_them_but_a_destroyed_house_tells_no_strike() -> None:
    events = run(
        "Turkish jets destroyed PKK targets in northern Iraq on Saturday following attacks by "
        "the group on Turkish bases that killed 12 soldiers on Friday.",
        dt.date(2023, 12, 24),
    ).events
    strike = next(e for e in events if e.actor1 == "Military Forces of Turkey")
    assert (strike.sub_event_type, strike.actor2, strike.country) == (
        "Air/drone strike",
        "PKK: Kurdistan Workers Party",
        "Iraq",
    )
    assert run("The house was destroyed on Saturday.").events == ()


def test_suspects_involved_in_launching_rockets_tell_no_new_attack() -> None:
    events = run(
        "Two Katyusha rockets hit the Green Zone in Baghdad, Iraq, on Monday. On Tuesday, "
        "Iraqi forces arrested three suspects involved in launching Katyusha rockets toward "
        "the Green Zone."
    ).events
    assert sorted(e.sub_event_type for e in events) == [
        "Arrests",
        "Shelling/artillery/missile attack",
    ]


def test_a_side_telling_its_own_operation_tells_an_event() -> None:
    evs = run(
        "Nasrallah spoke on Thursday. Hours after the speech, the Israeli military said its jets "
        "had struck around 100 rocket launchers and other Hezbollah infrastructure in southern "
        "Lebanon.",
        dt.date(2024, 9, 19),
    ).events
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Israel", "Hezbollah")]


def test_a_spot_between_two_villages_is_one_event() -> None:
    evs = run(
        "The Lebanese Army says it located three makeshift rocket launchers between Kfar Tebnit "
        "and Arnoun in south Lebanon and dismantled them.",
        dt.date(2025, 3, 22),
    ).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Disrupted weapons use", "Military Forces of Lebanon")
    ]


def test_what_an_attack_prompted_answers_it() -> None:
    evs = run(
        "On Saturday, Israel intercepted three rockets fired from Lebanon towards the town of "
        "Metula, prompting Israeli airstrikes on the village of Touline in south Lebanon hours "
        "later.",
        dt.date(2025, 3, 28),
    ).events
    assert len(evs) == 2
    rockets, strikes = evs
    assert strikes.actor1 == "Military Forces of Israel"
    assert strikes.responds_to == rockets.id


def test_the_actors_home_country_places_a_town_the_report_never_places() -> None:
    """No "Yemen" anywhere, and an Israeli strike in the same report: the Houthis' shelling
    of Taiz is in Yemen, not in the report's most mentioned country."""
    text = (
        "Houthi shelling killed two civilians in Taiz on Monday, local officials said. "
        "Separately, an Israeli strike hit a house in Haifa on Tuesday."
    )
    m = run(text).events[0]
    assert (m.country, m.location, m.actor1) == ("Yemen", "Taiz", HOUTHIS)


@pytest.mark.parametrize(
    "when",
    [
        "the same evening",
        "within hours",
        "hours later",
        "on Monday",
        "overnight",
        "on Mar. 12",
        "on 12 March",
        "days later",
    ],
)
def test_a_side_that_answered_at_some_time_with_strikes_is_the_responder(when: str) -> None:
    """'Israel answered the same evening with strikes': when it answered, not what; the
    answer is Israel's and goes to the last attack on Israel."""
    text = (
        "On Monday, Hezbollah fired two mortar rounds at an Israeli position at Ruwaisat al-Alam. "
        f"Israel answered {when} with strikes that killed five people in Haris."
    )
    attack, strike = run(text).events
    assert (strike.actor1, strike.responds_to) == ("Military Forces of Israel", attack.id)


def test_a_report_naming_no_country_is_set_where_its_armed_groups_fight() -> None:
    """A local paper names fronts, not its country; the Houthis it tells of fight in Yemen."""
    text = (
        "Two soldiers were killed on Thursday night when the Houthi militia attacked their "
        "positions at the Bab Ghalaq front, north of Al-Dhalea."
    )
    (m,) = run(text).events
    assert (m.country, m.actor1) == ("Yemen", HOUTHIS)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # "the heaviest day since the front opened on October 8, 2023": that day starts a
        # period; the timestamped entry happened on Monday
        (
            "LBCI follows the Israeli escalation against Lebanon on Monday, the heaviest day "
            "since the southern front opened on October 8, 2023.\n\n"
            "07:10 | Israeli warplanes struck dozens of towns in the district of Tyre.\n",
            dt.date(2024, 9, 23),
            dt.date(2024, 9, 23),
        ),
        # a numbered heading dates the entry under it
        (
            "Amnesty International documented four attacks in southern Lebanon.\n\n"
            "Incident 3 — 5 November, road between Aynata and Aitaroun\n"
            "An Israeli drone strike hit a civilian car carrying a family, killing four.\n",
            dt.date(2023, 12, 7),
            dt.date(2023, 11, 5),
        ),
    ],
)
def test_an_entry_takes_the_day_its_heading_or_lede_tells(
    text: str, published: dt.date, day: dt.date
) -> None:
    (m,) = run(text, published=published).events
    assert m.date == day


@pytest.mark.parametrize(
    "source",
    ["According to the IDF,", "According to IDF spokesman Daniel Hagari,", "Citing CENTCOM,"],
)
def test_the_source_a_report_cites_is_no_party_to_the_event(source: str) -> None:
    (m,) = run(f"{source} Iran launched about 170 drones at Israel on Saturday.").events
    assert m.actor1 == "Military Forces of Iran"


@pytest.mark.parametrize("bullet", ["-", "•", "▪️", "►"])
def test_a_claims_list_is_done_by_the_side_answering_not_the_side_answered(bullet: str) -> None:
    """The list's subject is the side that carried out the operations; the side named in
    the cause it answers ('committed by the Zionist enemy') is not."""
    text = (
        "Summary of the operations of the Islamic Resistance\n\n"
        "In response to the massacres committed by the Zionist enemy against our people in "
        "Gaza, the Islamic Resistance in Iraq carried out the following operations on Sunday:\n"
        f"{bullet} Targeting the American base at Ain al-Asad with a barrage of rockets.\n"
        f"{bullet} Targeting the American base in Harir with a drone.\n"
    )
    events = run(text).events
    assert [e.actor1 for e in events] == ["Islamic Resistance in Iraq"] * 2


@pytest.mark.parametrize("lag", ["Minutes later", "Moments later", "An hour later"])
def test_minutes_later_is_the_day_of_what_came_before(lag: str) -> None:
    text = (
        "On Tuesday morning, an Israeli force advanced toward the village of Koya in Daraa "
        "province and came under fire from local men.\n\n"
        f"{lag}, Israeli artillery shelled the village."
    )
    shelling = run(text).events[-1]
    assert shelling.date == dt.date(2024, 3, 12)


def test_salvos_fired_at_the_same_time_are_one_attack_on_that_day() -> None:
    """'two salvos of rockets' counts munitions, not attacks; 'at the same time' keeps the
    day of the attack before; 'saying it was responding to Israeli strikes' names a cause,
    not an event of that day."""
    text = (
        "Iran attacked Israel with drones and missiles on Saturday night. At the same time, "
        "Hezbollah fired two salvos of Katyusha rockets at the IDF's Nafah base in the Golan "
        "Heights, saying it was responding to Israeli strikes on villages in southern Lebanon."
    )
    events = run(text, published=dt.date(2024, 4, 14)).events
    rockets = next(e for e in events if e.actor1 == "Hezbollah")
    assert (rockets.date, rockets.location) == (dt.date(2024, 4, 13), "Nafah Base")
    assert [e.actor1 for e in events].count("Military Forces of Israel") == 0


@pytest.mark.parametrize(
    ("text", "sides", "country"),
    [
        (
            "The ceasefire between Israel and Hezbollah came into effect at 4 a.m. on Wednesday.",
            ("Military Forces of Israel", "Hezbollah"),
            "Lebanon",
        ),
        (
            "Oman announces a ceasefire between the United States and the Houthis on Tuesday.",
            ("Military Forces of the United States", HOUTHIS),
            "Yemen",
        ),
        (
            "The ceasefire with Hezbollah took effect on Wednesday morning.",
            (None, "Hezbollah"),
            "Lebanon",
        ),
        (
            "On Tuesday, Oman's foreign minister announced in Muscat that Washington and the "
            "Houthis had agreed to stop targeting each other.",
            ("Military Forces of the United States", HOUTHIS),
            "Yemen",
        ),
        (
            "Oman said on Tuesday it had mediated an agreement between the United States and "
            "the Houthis.",
            ("Military Forces of the United States", HOUTHIS),
            "Yemen",
        ),
    ],
)
def test_an_agreement_that_took_effect_is_an_event_between_its_sides(
    text: str, sides: tuple[str | None, str], country: str
) -> None:
    (m,) = run(text, published=dt.date(2024, 11, 28)).events
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Agreement")
    assert ((m.actor1, m.actor2), m.country) == (sides, country)


@pytest.mark.parametrize(
    "text",
    [
        "Israel has struck Lebanon repeatedly since the ceasefire took effect on November 27.",
        "The truce is expected to take effect on Friday.",
        "The ceasefire would take effect if Hamas agreed.",
        "Strikes continued after the ceasefire came into effect on Wednesday.",
        "The new tariffs took effect on Monday.",
        "The two sides agreed to stop the fighting if the talks succeed.",
    ],
)
def test_a_pact_told_as_background_forecast_or_without_a_pact_is_no_agreement(text: str) -> None:
    assert all(m.sub_event_type != "Agreement" for m in run(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces repelled a Houthi attack on their positions in Marib on Wednesday.",
        "Soldiers fought off an attack by ISIS militants on an army post in Tikrit on Monday.",
        "Border guards foiled an attack by gunmen on a post near Ruwaished on Monday.",
    ],
)
def test_an_attack_fought_off_on_the_ground_is_an_armed_clash(text: str) -> None:
    assert [m.sub_event_type for m in run(text).events] == ["Armed clash"]


def test_a_group_announcing_what_its_mujahideen_did_is_their_perpetrator() -> None:
    (m,) = run(
        "The Islamic Resistance in Iraq announced in a statement that its mujahideen targeted "
        "the American base in Rumeilan with rockets on Saturday."
    ).events
    assert (m.actor1, m.actor2) == ("Islamic Resistance in Iraq", US)


def test_a_claims_list_is_not_done_by_the_side_it_hits() -> None:
    """'in resisting the American occupation forces ..., the mujahideen carried out': the
    side named first is the one the items hit."""
    text = (
        "Summary of operations\n\n"
        "In resisting the American occupation forces in Iraq and the region, the mujahideen of "
        "the Islamic Resistance in Iraq carried out the following operations on Sunday:\n"
        "- Targeting the American base in Harir with a drone.\n"
    )
    (m,) = run(text).events
    assert (m.actor1, m.actor2) == ("Islamic Resistance in Iraq", US)


@pytest.mark.parametrize(
    "after",
    ["The crew was unharmed.", "All crew members are safe.", "No casualties were reported."],
)
def test_a_crew_unharmed_is_a_toll_of_zero(after: str) -> None:
    (m,) = run(f"A missile hit the MV Tutor in the Red Sea on Monday. {after}").events
    assert (m.fatalities.low, m.fatalities.best, m.fatalities.high) == (0, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Further militia attacks on the bases are likely in the coming weeks, and additional "
        "strikes cannot be ruled out.",
        "The rebels have attacked ships in the strait for months.",
    ],
)
def test_forecasts_and_campaigns_are_no_events(text: str) -> None:
    assert run(text).events == ()


def test_a_war_named_after_a_place_does_not_place_the_event() -> None:
    ev = run(
        "A drone killed three soldiers at Tower 22 in Jordan on Sunday, the first troops killed "
        "since the Gaza war began."
    ).events
    assert [e.country for e in ev] == ["Jordan"]


def test_a_missile_fired_from_an_area_a_group_controls_is_not_that_states() -> None:
    ev = run(
        "The Houthis claimed the attack. On Wednesday, an anti-ship ballistic missile fired from "
        "Houthi-controlled Yemen struck the bulk carrier True Confidence in the Gulf of Aden."
    ).events
    assert [e.actor1 for e in ev] != [] and all("Government" not in (e.actor1 or "") for e in ev)


def test_a_command_telling_its_forces_strike_is_an_event_but_a_state_citing_jets_is_not() -> None:
    ev = run("On Thursday, CENTCOM said US forces had struck two anti-ship missiles in Yemen.")
    assert [e.actor1 for e in ev.events] == ["Military Forces of the United States"]
    cited = run(
        "Israeli warplanes struck the consulate in Damascus on Monday. Syria said the jets "
        "fired six missiles from the direction of the occupied Syrian Golan."
    )
    assert len(cited.events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Crosetto summoned the ambassador on Thursday to protest.",
        "The Houthis said they retaliated by targeting the carrier in the Red Sea, but a defense "
        "official told reporters that the carrier had not been attacked.",
        "The group says it targets ships linked to Israel, although many of the vessels attacked "
        "have had no clear connection to it.",
        'Premier Giorgia Meloni said the attacks on UNIFIL were "unacceptable" and told '
        "Benjamin Netanyahu in a phone call on Friday that the peacekeepers must be safe.",
    ],
)
def test_a_diplomatic_protest_a_refuted_claim_and_a_habit_are_no_events(text: str) -> None:
    assert run(text).events == ()


def test_a_crowd_gathering_to_protest_is_a_protest() -> None:
    ev = run("Hundreds of people gathered outside the embassy in Amman on Thursday to protest.")
    assert [e.sub_event_type for e in ev.events] == ["Peaceful protest"]


def test_an_offset_from_a_port_a_group_controls_is_a_point_at_sea() -> None:
    ev = run(
        "The bulk carrier Tutor was struck by an unmanned surface vessel about 66 nautical miles "
        "southwest of the Houthi-controlled port of Hodeidah on Wednesday."
    ).events
    assert [e.geo_precision for e in ev] == ["sea"]


def test_two_states_carrying_out_air_and_missile_strikes_lead_with_the_first() -> None:
    ev = run(
        "The United States and the United Kingdom carried out a wave of air and missile strikes "
        "against Houthi targets in Yemen on Friday."
    ).events
    assert [e.actor1 for e in ev] == ["Military Forces of the United States"]


def test_a_place_used_as_an_adjective_is_not_where_it_happened() -> None:
    ev = run(
        "As word spread Saturday that the commander had been killed in an Israeli airstrike in "
        "Beirut, Chicago-area Lebanese Americans spent the weekend glued to their phones."
    ).events
    assert [e.location for e in ev] == ["Beirut"]


def test_beginning_to_fire_on_a_given_day_is_that_days_attack() -> None:
    ev = run(
        "Hezbollah began firing rockets at Israel on Oct. 8, 2023, in support of Hamas.",
        dt.date(2024, 9, 29),
    ).events
    assert [(e.actor1, str(e.date)) for e in ev] == [("Hezbollah", "2023-10-08")]
    assert run("Hezbollah began firing rockets at Israel after the war started.").events == ()


def test_engaging_with_all_sides_is_diplomacy() -> None:
    text = "The United States said it had engaged with all sides to bring about a de-escalation."
    assert run(text).events == ()


def test_a_state_that_carried_out_a_limited_strike_is_its_perpetrator() -> None:
    ev = run("US officials told news outlets that Israel had carried out a limited strike.").events
    assert [e.actor1 for e in ev] == ["Military Forces of Israel"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The US and Britain struck Houthi targets across Yemen on January 12.", "United States"),
        ("As Israel and the US struck Yemen on Friday, Iran condemned the raids.", "Israel"),
    ],
)
def test_the_first_of_two_states_named_together_leads(text: str, actor1: str) -> None:
    ev = run(text, dt.date(2024, 7, 21)).events
    assert [e.actor1 for e in ev] == [f"Military Forces of {'the ' * (actor1[0] == 'U')}{actor1}"]


def test_that_same_day_is_the_day_told_before() -> None:
    ev = run(
        "A drone attack on al-Tanf wounded two US troops on October 18. That same day a drone "
        "attack on Al-Asad Air Base in Anbar province injured one more service member.",
        dt.date(2023, 10, 27),
    ).events
    assert [str(e.date) for e in ev] == ["2023-10-18", "2023-10-18"]


def test_the_day_of_a_clause_before_is_not_the_day_of_the_strike_named_after_it() -> None:
    ev = run(
        "On Tuesday, an Israeli strike in Beirut killed the commander. The army said he was "
        "responsible for the rocket strike on Majdal Shams on Saturday, and the strike in Beirut "
        "came in response to it.",
        dt.date(2024, 7, 31),
    ).events
    assert sorted((str(e.date), e.location) for e in ev) == [
        ("2024-07-27", "Majdal Shams"),
        ("2024-07-30", "Beirut"),
    ]


def test_states_stepping_up_a_campaign_are_not_places() -> None:
    ev = run(
        "RAF Typhoons struck Houthi military targets in Yemen last night, as Britain and America "
        "stepped up their campaign to stop the rebels."
    ).events
    assert [e.country for e in ev] == ["Yemen"]


def test_a_hypothetical_hit_a_reference_point_and_a_day_after_a_window_opened() -> None:
    assert run("A tanker being hit would be a different story, the analyst said.").events == ()
    ev = run(
        "Two soldiers were killed in an exchange of fire in the village of Maroun al-Ras, "
        "opposite Avivim, the military said."
    ).events
    assert [e.location for e in ev] == ["Maroun al-Ras"]
    hamas = run(
        "Hezbollah has fired 8,000 rockets at Israel since October 8th last year, a day after "
        "Hamas's attack on southern Israel.",
        dt.date(2024, 9, 19),
    ).events
    assert [str(e.date) for e in hamas] == ["2023-10-07"]


def test_the_day_a_since_clause_names_is_not_the_day_of_the_attack_told_after_it() -> None:
    ev = run(
        "Hezbollah on Wednesday carried out its largest operation since it opened the southern "
        "front on October 8, firing more than 150 rockets at bases in the occupied north.",
        dt.date(2024, 6, 13),
    ).events
    assert [(str(e.date), e.country) for e in ev] == [("2024-06-12", "Israel")]


TIMELINE = """Timeline of attacks on U.S. forces

Oct. 17: Drones target U.S. troops at al-Asad air base in western Iraq; one drone is shot down.
Oct 18 — Two drones attack the al-Tanf garrison in southern Syria, causing minor injuries.
- November 21: Militants fire a close-range ballistic missile at al-Asad air base.
• Dec. 25 - A one-way attack drone hits Erbil air base, wounding three U.S. service members.
January 20, 2024. Iran-backed militants fire ballistic missiles and rockets at al-Asad air base.
"""


def test_a_timeline_in_the_present_tense_is_a_list_of_events() -> None:
    ev = run(TIMELINE, dt.date(2024, 1, 29)).events
    assert sorted(str(e.date) for e in ev) == [
        "2023-10-17", "2023-10-18", "2023-11-21", "2023-12-25", "2024-01-20"
    ]  # fmt: skip
    assert run("The militants were preparing to launch a drone from a launch pad.").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Iran's army said Israeli jets struck military sites in Tehran, Khuzestan and Ilam "
        "provinces on Saturday.",
        "Iran's army said Israeli jets struck military sites in Ilam, Khuzestan and Tehran "
        "provinces on Saturday.",
    ],
)
def test_provinces_listed_together_are_each_a_place(text: str) -> None:
    evs = run(text, dt.date(2024, 10, 26)).events
    assert {e.admin1 for e in evs} == {"Tehran", "Khuzestan", "Ilam"}


def test_a_city_listed_with_a_province_but_no_plural_stays_one_place() -> None:
    evs = run(
        "Israeli jets struck a depot in Tehran and Khuzestan's oil minister condemned it on "
        "Saturday.",
        dt.date(2024, 10, 26),
    ).events
    assert [e.location for e in evs] == ["Tehran"]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, hours before the strikes, the Houthis fired an anti-ship ballistic missile "
        "into shipping lanes in the Gulf of Aden, CENTCOM said.",
        "On Thursday afternoon, a day before the airstrikes, the Houthis fired another "
        "anti-ship ballistic missile into the Gulf of Aden.",
    ],
)
def test_a_day_before_a_temporal_anchor_is_the_main_clause_s(text: str) -> None:
    ev = only(text, dt.date(2024, 1, 13))  # a Saturday
    assert ev.date == dt.date(2024, 1, 11)


def test_the_neighbour_named_after_border_with_is_not_where_it_happened() -> None:
    ev = only(
        "Jordanian border guards killed five smugglers in a firefight in Jordan, on the "
        "Kingdom's northern border with Syria, on Tuesday."
    )
    assert ev.country == "Jordan"
    assert ev.actor1 == "Military Forces of Jordan"


def test_a_toll_told_place_by_place_goes_to_each_place() -> None:
    evs = run(
        "In southern Lebanon, Israeli strikes on Thursday evening killed five people in the "
        "village of Haris and four in Tallousa, according to the health ministry."
    ).events
    assert sorted((e.location, e.fatalities.best) for e in evs) == [
        ("Haris", 5),
        ("Talloussa", 4),
    ]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "On Thursday, a US airstrike in Anbar province killed Abu Khadija and another ISIS "
            "operative.",
            "Islamic State",
        ),
        (
            "On Monday, an Israeli drone struck a car near Tyre in Lebanon, killing two "
            "commanders of Hamas.",
            "Hamas Movement",
        ),
        (
            "On Friday, Israeli strikes in Tehran killed the commander of the Islamic "
            "Revolutionary Guard Corps, Hossein Salami.",
            "Islamic Revolutionary Guard Corps",
        ),
    ],
)
def test_the_group_whose_people_were_killed_is_the_target(text: str, actor2: str) -> None:
    assert (only(text).actor2 or "").startswith(actor2)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "On Tuesday, Israel struck an air-defense radar near Isfahan, Iran said.",
            "Military Forces of Iran",
        ),
        (
            "On Tuesday the Israeli army said it had struck several tanks advancing toward "
            "Sweida in Syria.",
            "Military Forces of Syria",
        ),
    ],
)
def test_a_states_arms_struck_make_its_forces_the_target(text: str, actor2: str) -> None:
    assert only(text).actor2 == actor2


def test_the_dead_of_the_cause_are_not_the_targets_of_the_response() -> None:
    evs = run(
        "On Tuesday, Iran fired missiles at Israel in retaliation for the strike in Damascus "
        "that killed seven officers of the Islamic Revolutionary Guard Corps."
    ).events
    iran = [e for e in evs if e.actor1 == "Military Forces of Iran"]
    assert iran and iran[0].actor2 != "Islamic Revolutionary Guard Corps"


def test_a_time_of_day_after_after_is_no_cause() -> None:
    ev = only(
        "The drone struck just after 9:30 p.m. on Wednesday, turning an SUV into a fireball on a "
        "busy street in Baghdad's eastern Mashtal neighborhood."
    )
    assert (ev.country, ev.admin1) == ("Iraq", "Baghdad")


@pytest.mark.parametrize(
    "text",
    [
        "Houthi air defences shot down an American MQ-9 drone over Marib on Wednesday.",
        "On Wednesday the Houthis said they had shot down a US MQ-9 Reaper drone over Marib.",
    ],
)
def test_a_surveillance_platform_shot_down_is_disrupted_weapons_use(text: str) -> None:
    ev = only(text)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert (ev.actor1, ev.actor2) == (HOUTHIS, US)
    assert (ev.country, ev.admin1) == ("Yemen", "Marib")


def test_drones_shot_down_on_their_way_stay_the_attackers_attack() -> None:
    ev = only("On Tuesday, the USS Carney shot down three Houthi drones over the Red Sea.")
    assert ev.sub_event_type != "Disrupted weapons use"


def test_platforms_downed_over_weeks_are_a_tally_not_an_event() -> None:
    assert (
        run(
            "The Houthis have shot down seven US Air Force MQ-9 Reaper drones in less than six "
            "weeks, according to two US officials."
        ).events
        == ()
    )


def test_a_strike_by_no_side_named_is_an_airstrike() -> None:
    ev = only(
        "On Tuesday, a strike on the Farwa market in Sanaa's Shu'ub district killed 12 people, "
        "according to Houthi authorities."
    )
    assert "airstrike" in ev.weapons


def test_hours_later_opening_a_response_takes_the_day_told_before() -> None:
    evs = run(
        "On Wednesday, Hezbollah fired a barrage of rockets at Safed, killing a soldier. Hours "
        "later, in response to the barrage, Israeli jets struck targets in several villages in "
        "southern Lebanon.",
        dt.date(2024, 2, 15),
    ).events
    strike = next(e for e in evs if e.country == "Lebanon")
    assert strike.date == dt.date(2024, 2, 14)


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis also said on Tuesday they had targeted the aircraft carrier USS Eisenhower "
        "in the Red Sea; Pentagon officials said the carrier was never hit and called the claim "
        "false.",
        "On Tuesday the group said it had attacked the destroyer in the Red Sea. Officials called "
        "the claim baseless.",
    ],
)
def test_a_claim_called_false_is_no_event(text: str) -> None:
    assert run(text).events == ()


def test_the_weapons_of_a_response_stay_out_of_its_cause() -> None:
    evs = run(
        "On Wednesday, Hezbollah fired a barrage of rockets at Safed, killing a soldier. Hours "
        "later, in response to the barrage, fighter jets struck targets in several villages in "
        "southern Lebanon.",
        dt.date(2024, 2, 15),
    ).events
    barrage = next(e for e in evs if e.actor1 == "Hezbollah")
    assert "fighter jet" not in barrage.weapons


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Washington struck Houthi targets in Yemen on Tuesday.", US),
        ("Ankara launched airstrikes on PKK positions in northern Iraq on Tuesday.", None),
        ("Tehran fired ballistic missiles at Israel on Tuesday.", "Military Forces of Iran"),
    ],
)
def test_a_capital_acting_is_its_states_forces(text: str, actor1: str | None) -> None:
    ev = only(text)
    assert ev.actor1 == (actor1 or "Military Forces of Turkey")
    assert ev.location not in ("Washington", "Ankara", "Tehran")


def test_a_capitals_retaliation_answers_the_attack_on_its_forces() -> None:
    events = run(
        "The drone strike on Tower 22 on Sunday killed three U.S. soldiers. Washington "
        "retaliated on Tuesday, striking targets linked to Kataib Hezbollah in Iraq."
    ).events
    attack, answer = events
    assert answer.actor1 == US and answer.responds_to == attack.id


def test_a_capital_that_later_spoke_is_not_where_its_soldiers_died() -> None:
    ev = only(
        "Kataib Hezbollah attacked Tower 22 in northeastern Jordan with a drone on Sunday. "
        "Washington later said three of its soldiers were killed by the drone at the base."
    )
    assert ev.country == "Jordan" and ev.fatalities.best == 3


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Iran fired about 180 ballistic missiles at Israel on Tuesday.",
            "Military Forces of Israel",
        ),
        ("The Houthis launched a drone toward Israel on Tuesday.", "Military Forces of Israel"),
        ("Israel struck Iran on Tuesday, hitting missile sites.", "Military Forces of Iran"),
        # a country whose armed group the report names: the strike is on the group
        ("Israeli jets attacked Lebanon on Tuesday, killing a Hezbollah commander.", "Hezbollah"),
        # "Iran-linked" owns, it does not place
        ("U.S. jets struck Iran-linked sites in Syria on Tuesday.", None),
    ],
)
def test_a_state_aimed_at_as_a_whole_is_its_forces(text: str, target: str | None) -> None:
    assert only(text).actor2 == target


@pytest.mark.parametrize(
    "text",
    [
        "It was the first attack on U.S. troops since January 28, when a drone struck Tower 22 "
        "in Jordan, killing three soldiers.",
        "The region had been quiet since January 28, when a drone hit Tower 22 in Jordan.",
    ],
)
def test_the_day_a_window_opens_dates_the_event_its_when_clause_tells(text: str) -> None:
    ev = only(text, dt.date(2024, 8, 9))
    assert ev.date == dt.date(2024, 1, 28) and ev.location == "Tower 22"


@pytest.mark.parametrize(
    "text",
    [
        "Iran's answer, on 23 June, was carefully bounded. It launched 14 ballistic missiles at "
        "Al Udeid Air Base in Qatar.",
        "The Houthis struck back on 23 June. They fired two missiles at a tanker in the Red Sea.",
    ],
)
def test_a_pronoun_subject_goes_on_with_the_day_of_the_sentence_before(text: str) -> None:
    ev = run(text, dt.date(2025, 6, 27)).events[-1]
    assert ev.date == dt.date(2025, 6, 23)


def test_a_side_believed_to_be_behind_what_was_told_is_its_perpetrator() -> None:
    events = run(
        "On Tuesday, pagers used by Hezbollah members exploded across Lebanon, killing 12 "
        "people. One day later, hand-held radios detonated, killing 25 more. Israel, which is "
        "widely believed to be behind the operation, has not commented."
    ).events
    assert [e.actor1 for e in events] == ["Military Forces of Israel"] * 2
    assert {e.country for e in events} == {"Lebanon"}


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the Houthis seized the Israel-linked car carrier Galaxy Leader in the southern "
        "Red Sea and took its 25 crew members hostage.",
        "Iran's Revolutionary Guards seized the container ship MSC Aries near the Strait of "
        "Hormuz on Sunday.",
        "Somali pirates hijacked a bulk carrier off Puntland on Sunday.",
    ],
)
def test_a_ship_seized_with_its_crew_is_an_abduction(text: str) -> None:
    assert only(text).sub_event_type == "Abduction/forced disappearance"


def test_a_platform_shot_down_over_a_groups_land_is_that_groups_doing() -> None:
    ev = only(
        "Houthi spokesman Yahya Saree said the group's air defences had shot down an American "
        "MQ-9 drone over Marib on Tuesday."
    )
    assert ev.sub_event_type == "Disrupted weapons use"
    assert (ev.actor1, ev.actor2) == (HOUTHIS, US)


def test_a_change_of_course_told_as_old_background_is_no_event() -> None:
    text = (
        "Kataib Hezbollah announced on January 30 that it was suspending attacks on U.S. "
        "forces to avoid embarrassing the Iraqi government."
    )
    assert run(text, dt.date(2024, 2, 8)).events == ()
    (news,) = run(text, dt.date(2024, 1, 31)).events
    assert news.sub_event_type == "Change to group/activity"
    (entry,) = run(
        "30 Jan 2024 - Kataib Hezbollah announces it is suspending attacks on U.S. forces.",
        dt.date(2024, 2, 10),
    ).events
    assert entry.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "reply",
    [
        "Israel replied on April 19 with a limited strike that hit a radar near Isfahan.",
        "Israel struck back on April 19 with a limited strike on a radar near Isfahan.",
    ],
)
def test_a_state_that_replied_with_a_strike_answers_the_attack_on_it(reply: str) -> None:
    events = run(
        "On the night of April 13, Iran launched more than 300 drones and missiles at Israel. "
        + reply,
        dt.date(2024, 10, 28),
    ).events
    attack, answer = events
    assert answer.actor1 == "Military Forces of Israel" and answer.responds_to == attack.id


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Iran's answer, on 23 June, was carefully bounded. It launched 14 ballistic missiles "
            "at Al Udeid Air Base in Qatar.",
            "Military Forces of Iran",
        ),
        (
            "The Houthis were defiant on Monday. They fired two missiles at a tanker in the Red "
            "Sea.",
            HOUTHIS,
        ),
    ],
)
def test_a_pronoun_subject_stands_for_the_side_that_opens_the_sentence_before(
    text: str, side: str
) -> None:
    assert run(text, dt.date(2025, 6, 27)).events[-1].actor1 == side


def test_a_states_strike_told_by_its_warships_is_an_air_strike() -> None:
    ev = only(
        "U.S. aircraft, warships and a submarine struck more than 60 Houthi targets in Yemen on "
        "Tuesday, the U.S. military said."
    )
    assert (ev.actor1, ev.sub_event_type) == (US, "Air/drone strike")


def test_a_force_that_said_it_killed_someone_in_a_strike_carried_out_the_strike() -> None:
    ev = only(
        "The IDF announced on Tuesday that it had eliminated a Hezbollah commander in a strike "
        "in Nabatieh, in southern Lebanon."
    )
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")


def test_the_side_an_attack_is_attributed_to_did_it() -> None:
    pagers = (
        "Last Tuesday thousands of pagers carried by Hezbollah members exploded across "
        "Lebanon, killing 12 people, an attack widely attributed to Israel."
    )
    assert only(pagers, dt.date(2024, 9, 24)).actor1 == "Military Forces of Israel"
    # the blame belongs to the cause a retaliation names, not to the retaliation
    consulate = (
        "Iran launched more than 300 drones and missiles towards Israel on Saturday night, in "
        "retaliation for the April 1 strike on its consulate in Damascus, which it blamed on "
        "Israel."
    )
    events = run(consulate, dt.date(2024, 4, 14)).events
    assert [(e.date.isoformat(), e.actor1) for e in events] == [
        ("2024-04-13", "Military Forces of Iran"),
        ("2024-04-01", "Military Forces of Israel"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Biden administration, together with Britain, began striking Houthi targets in "
        "Yemen on Jan. 11, 2024.",
        "The U.S. government began striking Houthi targets in Yemen on Jan. 11, 2024.",
    ],
)
def test_a_government_that_began_striking_struck_with_its_forces(text: str) -> None:
    assert only(text, dt.date(2025, 3, 17)).actor1 == US


def test_who_issued_a_statement_about_a_strike_is_not_who_struck() -> None:
    ev = only(
        "Last Tuesday, a US strike on a site of the Popular Mobilisation Forces (PMF) in Jurf "
        "al-Nasr killed four members of the PMF's 47th Brigade, according to a statement by "
        "the PMF's Al-Jazira Operations Command.",
        dt.date(2024, 8, 6),
    )
    assert (ev.actor1, ev.actor2) == (US, "Popular Mobilization Forces")


@pytest.mark.parametrize("craft", ["submarine", "frigate", "commandos"])
def test_a_states_craft_or_soldiers_firing_are_its_forces(craft: str) -> None:
    ev = only(f"A U.S. {craft} fired Tomahawk cruise missiles at a site in Isfahan on Sunday.")
    assert ev.actor1 == US


def test_a_toll_belongs_to_the_clause_it_is_told_in() -> None:
    text = (
        "The bulk carrier Tutor sank in June after a Houthi drone boat rammed it 68 nautical "
        "miles southwest of Hodeidah on 12 June, killing a Filipino crew member, while the "
        "Rubymar, hit by Houthi missiles in February, sank in March."
    )
    events = run(text, dt.date(2024, 8, 29)).events
    assert [(e.date.isoformat(), e.fatalities.best) for e in events] == [
        ("2024-06-12", 1),
        ("2024-02-01", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. aircraft struck militants near Kirkuk on Sunday who were preparing to launch "
        "one-way attack drones.",
        "Israeli jets struck around 100 rocket launchers in southern Lebanon on Thursday.",
    ],
)
def test_the_targets_weapons_are_not_the_strikes(text: str) -> None:
    weapons = " ".join(only(text).weapons).lower()
    assert "drone" not in weapons and "rocket" not in weapons


def test_a_section_heading_ends_what_follow_up_sentences_add_to_an_event() -> None:
    text = (
        "**Iraq**\n"
        "A U.S. strike in Musayib, south of Baghdad, on Tuesday killed four fighters.\n\n"
        "**Yemen & Red Sea**\n"
        "A merchant vessel 90 nautical miles east of Aden reported a splash; the crew was "
        "unharmed.\n"
    )
    (strike,) = [e for e in run(text, dt.date(2024, 8, 2)).events if e.country == "Iraq"]
    assert strike.fatalities.best == 4
    assert strike.injuries.best is None


@pytest.mark.parametrize("craft", ["two F-15s", "an MQ-9 Reaper", "Apache gunships"])
def test_aircraft_by_model_that_destroyed_a_target_struck_it(craft: str) -> None:
    ev = only(f"On Wednesday, {craft} destroyed a weapons depot in Deir ez-Zor province.")
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian border guards killed five smugglers in a firefight along the border on "
        "January 6.",
        "The Jordanian army clashed with armed drug smugglers on the northern border on Monday.",
    ],
)
def test_unnamed_armed_men_in_a_clash_are_an_unidentified_armed_group(text: str) -> None:
    ev = only(text, dt.date(2024, 1, 10))
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Unidentified Armed Group (Jordan)")


@pytest.mark.parametrize(
    "text",
    [
        "The naval forces of the Yemeni Armed Forces on Sunday seized a ship belonging to the "
        "Zionist enemy in the Red Sea and led it to the Yemeni coast.",
        "The US embassy in Yemen accused the Houthis of kidnapping several of the surviving "
        "crew of the Eternity C on Wednesday.",
    ],
)
def test_a_merchant_ship_or_its_crew_taken_are_international_civilians(text: str) -> None:
    ev = only(text, dt.date(2025, 7, 10))
    assert (ev.sub_event_type, ev.actor2) == (
        "Abduction/forced disappearance",
        "Civilians (International)",
    )


def test_the_dead_of_a_strike_no_side_is_named_for_are_civilians() -> None:
    ev = only(
        "On 24 June an Iranian missile hit a residential building in Beersheba, Israel, "
        "killing four.",
        dt.date(2025, 6, 27),
    )
    assert ev.actor2 == "Civilians (Israel)"
    # in a clash the dead are the fighters'
    clash = only(
        "Syrian troops clashed with gunmen in Jableh on Thursday, killing four.",
        dt.date(2025, 3, 8),
    )
    assert clash.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "A drone targeted the American occupation base in al-Shaddadi in Syria on Sunday.",
        "Militants attacked the Al-Shaddadi base in Syria with drones on Sunday.",
    ],
)
def test_a_base_told_by_its_towns_name_hosts_its_garrison(text: str) -> None:
    assert only(text).actor2 == US


def test_the_town_itself_is_not_the_base() -> None:
    ev = only("Gunmen attacked a checkpoint in the town of al-Shaddadi in Syria on Sunday.")
    assert ev.actor2 != US


def test_an_event_told_again_without_its_place_is_the_placed_one() -> None:
    from watchfloor.extract.finalise import prune
    from watchfloor.models import CasualtyClaim

    day = dt.date(2024, 3, 7)
    sides = {"actor1": HOUTHIS, "country": "Yemen", "date": day}
    placed = Mention(id="e1", sub_event_type="Air/drone strike", location="Aden", **sides)
    placeless = Mention(id="e2", sub_event_type="Air/drone strike", **sides)
    answer = Mention(id="e3", actor1=US, country="Yemen", location="Sanaa", responds_to="e2")
    other_type = Mention(id="e4", sub_event_type="Armed clash", **sides)
    toll = CasualtyClaim(source="Houthi health ministry", killed=3, injured=None)
    with_toll = Mention(
        id="e5", sub_event_type="Air/drone strike", casualty_claims=(toll,), **sides
    )
    kept = prune([placed, placeless, answer, other_type, with_toll])
    assert [(m.id, m.location, m.sub_event_type) for m in kept] == [
        ("e1", "Aden", "Air/drone strike"),
        ("e2", "Sanaa", None),
        ("e3", None, "Armed clash"),  # another type is another event
        ("e4", None, "Air/drone strike"),  # its toll is told only there: kept
    ]
    assert kept[1].responds_to == "e1"  # the answer to the retelling answers the placed one


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a distance from a port is no ship's name ("the tanker Marlin Luanda" is)
        (
            "The Houthis struck a merchant ship 60 nautical miles southwest of Hodeidah on "
            "Tuesday.",
            "60 nm southwest of Al Hudaydah",
            "Al Hudaydah",
        ),
        # a sea with no port named takes the province of the coast facing it
        (
            "The Houthis attacked a container ship in the Red Sea on Tuesday.",
            "Red Sea",
            "Al Hudaydah",
        ),
        (
            "A Houthi missile hit the tanker Marlin Luanda in the Gulf of Aden on Friday.",
            "Gulf of Aden",
            "Aden",
        ),
    ],
)
def test_an_event_at_sea_lies_off_the_coast_it_is_told_from(
    text: str, location: str, admin1: str
) -> None:
    ev = only(text)
    assert (ev.country, ev.location, ev.admin1) == ("Yemen", location, admin1)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("On Sunday, a Yemeni ballistic missile struck near Ben Gurion Airport.", HOUTHIS),
        ("On Sunday, a missile launched from Yemen struck near Ben Gurion Airport.", HOUTHIS),
        ("On Sunday, a Yemeni drone hit a container ship in the Red Sea.", HOUTHIS),
        # at home, Yemen's government forces are themselves
        (
            "On Sunday, Yemeni government forces shelled Houthi positions near Taiz.",
            "Military Forces of Yemen (2017-) Government",
        ),
        # a country with no such row keeps its unknown shooter
        ("On Sunday, a drone launched from Iraq struck Eilat.", "Unidentified Armed Group (Iraq)"),
    ],
)
def test_a_countrys_strike_abroad_is_made_by_whoever_strikes_abroad_for_it(
    text: str, side: str
) -> None:
    assert only(text, dt.date(2024, 6, 3)).actor1 == side


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "In Syria, on Sunday, gunmen shot dead an SDF member in the town of Dhiban.",
            "Unidentified Armed Group (Syria)",
            "Syrian Democratic Forces",
        ),
        (
            "In Syria, unidentified gunmen on a motorcycle gunned down a civilian near Tafas on "
            "Sunday.",
            "Unidentified Armed Group (Syria)",
            "Civilians (Syria)",
        ),
        # the speaker's article does not make the jets told after it ones told before
        (
            "On Monday, the IDF said fighter jets struck Hezbollah targets in southern Lebanon "
            "overnight.",
            "Military Forces of Israel",
            "Hezbollah",
        ),
    ],
)
def test_unnamed_gunmen_and_jets_a_speaker_reports_make_events(
    text: str, actor1: str, actor2: str
) -> None:
    ev = only(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_soldiers_killed_in_clashes_with_a_named_side_fought_that_side() -> None:
    ev = only(
        "Eight Israeli soldiers were killed on Wednesday in clashes with Hezbollah in Lebanon."
    )
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Armed clash",
        "Hezbollah",
        "Military Forces of Israel",
    )


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On Monday, fighter jets struck Hezbollah targets in the Bekaa Valley, according to "
            "the IDF.",
            "Military Forces of Israel",
        ),
        (
            "On Sunday, jets struck three Houthi sites near Sanaa, U.S. Central Command said.",
            US,
        ),
        # at home, a state's forces tell of someone else's strike
        ("On Sunday, warplanes struck sites near Tyre, the Lebanese army said.", None),
    ],
)
def test_a_state_telling_of_an_air_strike_abroad_tells_of_its_own(
    text: str, actor1: str | None
) -> None:
    assert only(text).actor1 == actor1


def test_a_ceasefire_agreed_with_a_modifier_is_an_agreement() -> None:
    ev = only("On Monday, Israel and Iran agreed to a phased ceasefire.")
    assert (ev.sub_event_type, ev.date) == ("Agreement", dt.date(2024, 3, 11))


def test_the_brokers_of_a_truce_are_no_parties_to_it() -> None:
    ev = only("The truce, brokered by the United States and France, went into effect on Wednesday.")
    assert ev.sub_event_type == "Agreement"
    assert (ev.actor1, ev.actor2) == (None, None)


def test_a_truce_that_took_effect_after_an_aside_is_an_agreement() -> None:
    ev = only(
        "The ceasefire between Israel and Hezbollah, brokered by the United States and France, "
        "took effect on Wednesday."
    )
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Agreement",
        "Military Forces of Israel",
        "Hezbollah",
    )


@pytest.mark.parametrize(
    "cue", ["was revenge for", "was payback for", "came in retribution for", "was a reprisal for"]
)
def test_revenge_told_with_a_copula_names_the_cause(cue: str) -> None:
    text = (
        "Iran fired missiles at Israel on Wednesday. The Revolutionary Guards said the barrage "
        f"{cue} the Israeli air strike on Damascus on Monday."
    )
    events = run(text, dt.date(2024, 4, 19)).events
    barrage = next(e for e in events if e.actor1 == "Military Forces of Iran")
    strike = next(e for e in events if e.location == "Damascus")
    assert barrage.responds_to == strike.id
    assert strike.responds_to is None


def test_strikes_told_before_the_cue_answer_the_same_cause() -> None:
    text = (
        "Iranian missiles hit Nevatim air base on Sunday. Iranian drones struck near Arad on "
        "Sunday. The IRGC said it launched the operation in response to the April 1 Israeli "
        "strike on its consulate in Damascus."
    )
    events = run(text, dt.date(2024, 4, 15)).events
    cause = next(e for e in events if e.location == "Damascus")
    answers = [e for e in events if e.country == "Israel"]
    assert len(answers) == 2
    assert all(e.responds_to == cause.id for e in answers)


def test_a_different_sides_strike_told_before_the_cue_answers_nothing() -> None:
    text = (
        "Hezbollah fired rockets at Metula on Sunday. Iranian drones struck near Arad on "
        "Sunday. The IRGC said it launched the operation in response to the April 1 Israeli "
        "strike on its consulate in Damascus."
    )
    events = run(text, dt.date(2024, 4, 15)).events
    rockets = next(e for e in events if e.actor1 == "Hezbollah")
    assert rockets.responds_to is None


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Israeli jets struck Sanaa and the northern province of al-Jawf in Yemen on Tuesday.",
            "Al Jawf",
        ),
        (
            "Israeli jets struck targets in Sanaa and in Saada province in Yemen on Tuesday.",
            "Sadah",
        ),
        (
            "Israel responded on Tuesday with airstrikes in Sanaa, Yemen's capital, and in the "
            "northern province of al-Jawf.",
            "Al Jawf",
        ),
    ],
)
def test_a_province_listed_beside_a_city_is_a_place_of_its_own(text: str, second: str) -> None:
    events = run(text).events
    assert sorted(e.admin1 or "" for e in events) == sorted(["Amanat al Asimah", second])
    assert all(e.country == "Yemen" for e in events)


def test_a_province_after_a_comma_only_locates_the_town_before_it() -> None:
    ev = only(
        "Jaish al-Adl militants attacked a police station in Rask town, Sistan and Baluchestan "
        "province, on Tuesday, killing 11 police officers."
    )
    assert (ev.location, ev.admin1) == ("Rask", "Sistan and Baluchestan")


@pytest.mark.parametrize("verb", ["responds", "retaliates", "hits back"])
def test_a_state_answering_in_the_present_tense_answers_the_attack_on_its_soil(verb: str) -> None:
    text = (
        "March 22, 2025 — Three rockets are fired from Lebanon toward Metula and intercepted. "
        f"Israel {verb} with strikes on dozens of targets in the south. A strike on a house in "
        "the village of Touline killed five people, including a child, the Health Ministry said."
    )
    events = run(text, dt.date(2025, 4, 4)).events
    rockets = next(e for e in events if e.location == "Metula")
    strike = next(e for e in events if e.location == "Touline")
    assert rockets.actor1 != "Military Forces of Israel"
    assert strike.actor1 == "Military Forces of Israel"
    assert strike.responds_to == rockets.id


def test_a_target_also_hit_a_paragraph_on_is_of_the_day_of_the_event_told_last() -> None:
    text = (
        "In the attack, which began at around 3:30 am on Friday, Israeli jets targeted "
        "residential buildings in Tehran. Many people were killed.\n\n"
        "The Natanz enrichment facility in Isfahan province was also attacked."
    )
    events = run(text, dt.date(2025, 6, 14)).events
    natanz = next(e for e in events if e.location == "Natanz")
    assert natanz.date == dt.date(2025, 6, 13)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Israel struck Hezbollah positions on Friday, the IDF said.", "Lebanon"),
        ("U.S. jets struck Houthi rebels on Friday, officials in Washington said.", "Yemen"),
        ("Israel struck Hezbollah positions near Qusayr in Syria on Friday.", "Syria"),
    ],
)
def test_a_foreign_states_strike_on_an_armed_group_with_no_place_lands_at_its_home(
    text: str, country: str
) -> None:
    assert only(text, dt.date(2024, 9, 22)).country == country


def test_places_added_with_as_well_as_are_places_of_their_own() -> None:
    events = run(
        "The Israeli army said its fighter jets struck Houthi targets at Sanaa airport and the "
        "Hezyaz power station near the capital, as well as at the ports of Salif and Ras "
        "Kanatib on the western coast, on Thursday.",
        dt.date(2024, 12, 26),
    ).events
    assert sorted(e.location or "" for e in events) == sorted(
        ["Sanaa International Airport", "Hezyaz Power Station", "As Salif", "Ras Kanatib"]
    )


def test_whose_answer_came_when_weapons_were_launched_launched_them() -> None:
    ev = only(
        "Iran's answer came on the night of April 13-14, when some 350 drones and missiles "
        "were launched at Israel.",
        dt.date(2024, 4, 21),
    )
    assert ev.actor1 == "Military Forces of Iran"


def test_a_force_telling_what_its_strikes_abroad_were_for_made_them() -> None:
    events = run(
        "The Houthis fired a missile at Israel on Wednesday. U.S. Central Command said the "
        "strikes on Yemen on Thursday night were meant to eliminate a source of fuel for the "
        "Houthis.",
        dt.date(2025, 4, 18),
    ).events
    strike = next(e for e in events if e.country == "Yemen")
    assert strike.actor1 == US


def test_a_force_telling_of_strikes_at_home_did_not_make_them() -> None:
    events = run(
        "Warplanes struck near Tyre on Monday. The Lebanese army said the strikes killed two "
        "soldiers.",
        dt.date(2024, 10, 8),
    ).events
    assert all(e.actor1 != "Military Forces of Lebanon" for e in events)


def test_a_sides_strike_with_no_target_hit_the_one_enemy_its_other_strikes_hit() -> None:
    events = run(
        "U.S. jets struck IRGC facilities near Abu Kamal in Syria on Thursday. On Friday, two "
        "F-16s hit a weapons store near Mayadin in Syria.",
        dt.date(2023, 10, 28),
    ).events
    mayadin = next(e for e in events if e.location == "Al Mayadin")
    assert (mayadin.actor1, mayadin.actor2) == (US, "Islamic Revolutionary Guard Corps")
    assert mayadin.actor2_inferred and not mayadin.actor2_aliases_in_text
    # the ledger keeps the mark: its merger never takes an inferred target as evidence
    assert mention_from_payload(mayadin.to_dict()) == mayadin


def test_a_sides_strike_with_no_target_stays_so_when_its_strikes_hit_several_enemies() -> None:
    events = run(
        "U.S. jets struck IRGC facilities near Abu Kamal in Syria on Thursday. U.S. jets struck "
        "Kataib Hezbollah in al-Qaim in Iraq on Friday. On Saturday, two F-16s hit a weapons "
        "store near Mayadin in Syria.",
        dt.date(2023, 10, 29),
    ).events
    mayadin = next(e for e in events if e.location == "Al Mayadin")
    assert mayadin.actor2 is None


def test_a_clash_with_no_other_side_told_was_with_the_one_its_other_clashes_were_with() -> None:
    events = run(
        "Hezbollah fighters clashed with Israeli troops near Aita al-Shaab in Lebanon on "
        "Tuesday. On Wednesday, Hezbollah fighters clashed near Odaisseh in Lebanon.",
        dt.date(2024, 10, 3),
    ).events
    odaisseh = next(e for e in events if e.location == "Odaisseh")
    assert (odaisseh.actor2, odaisseh.actor2_inferred) == ("Military Forces of Israel", True)


def test_sides_that_fought_a_war_for_years_tell_no_clash() -> None:
    text = (
        "For decades Israel and Iran have fought a shadow war through allied groups across "
        "the region."
    )
    assert run(text).events == ()


@pytest.mark.parametrize("verb", ["torched", "looted", "ransacked", "set ablaze"])
def test_property_burnt_or_plundered_is_property_destruction(verb: str) -> None:
    ev = only(f"Israeli troops {verb} houses in the town of Kfar Kila, Lebanon, on Tuesday.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize("verb", ["withdrew from", "pulled out of"])
def test_a_force_leaving_a_town_transfers_it_without_a_fight(verb: str) -> None:
    ev = only(f"Israeli forces {verb} the town of Khiam in southern Lebanon on Tuesday.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert (ev.actor1, ev.country) == ("Military Forces of Israel", "Lebanon")


def test_leaving_a_country_or_a_deal_is_no_transfer_of_territory() -> None:
    text = "The United States withdrew from the nuclear deal with Iran in 2018."
    assert run(text).events == ()


@pytest.mark.parametrize(
    "obj",
    ["a cache of rockets and two launchers", "weapons and ammunition", "a shipment of drones"],
)
def test_arms_seized_are_disrupted_weapons_use_not_ground_taken(obj: str) -> None:
    ev = only(
        f"Iraqi security forces seized {obj} in the town of Jurf al-Sakhar, Iraq, on Tuesday."
    )
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 == "Military Forces of Iraq"


def test_a_town_seized_is_still_territory_taken() -> None:
    ev = only("Rebel fighters seized the town of Saraqeb in Idlib province, Syria, on Tuesday.")
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("verb", ["shot dead", "shot and killed", "gunned down"])
def test_a_force_shooting_people_dead_fought_on_the_ground(verb: str) -> None:
    ev = only(
        f"Jordanian border guards {verb} four armed smugglers on the border with Syria on "
        "Tuesday, the army said."
    )
    assert ev.sub_event_type == "Armed clash"
    assert ev.weapons == ()


def test_a_shot_down_drone_is_still_no_fight_on_the_ground() -> None:
    ev = only("The Houthis shot down an American MQ-9 Reaper drone over Marib, Yemen, on Tuesday.")
    assert ev.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Hezbollah, which has fought Israel since October, fired rockets at Kiryat Shmona "
            "on Tuesday.",
            "Hezbollah",
        ),
        (
            "The Houthis, who have attacked shipping since November, fired a missile at the "
            "tanker Marlin Luanda in the Gulf of Aden on Tuesday.",
            HOUTHIS,
        ),
        (
            "Kataib Hezbollah (KH), which Washington blames for the Tower 22 attack, launched "
            "drones at Ain al-Asad air base in Iraq on Tuesday.",
            "Kataib Hezbollah",
        ),
    ],
)
def test_the_side_before_a_relative_clause_is_the_subject_of_the_verb_after_it(
    text: str, side: str
) -> None:
    assert only(text).actor1 == side


def test_a_place_before_a_relative_clause_is_no_subject() -> None:
    ev = only("Israeli jets struck a house in Aitaroun, which lies near the border, on Tuesday.")
    assert ev.actor1 == "Military Forces of Israel"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish warplanes pounded PKK positions in northern Iraq on Tuesday, a day after a "
        "militant attack on the headquarters of Turkish Aerospace Industries near Ankara left "
        "five people dead.",
        "On Tuesday, Israel struck an air-defence radar near Isfahan in Iran, days after Iran "
        "fired more than 300 drones and missiles at Israel.",
    ],
)
def test_a_states_strike_abroad_after_an_attack_on_its_soil_answers_it(text: str) -> None:
    response, cause = run(text).events
    assert response.responds_to == cause.id
    assert response.country != cause.country


def test_a_strike_after_an_attack_elsewhere_answers_nothing() -> None:
    text = (
        "Turkish warplanes pounded PKK positions in northern Iraq on Tuesday, a day after a "
        "militant attack on a police station in Kirkuk left five people dead."
    )
    assert all(e.responds_to is None for e in run(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the Turkish-backed Syrian National Army and the SDF around the Tishrin "
        "dam in Syria left 12 fighters dead on Tuesday.",
        "Heavy clashes broke out between the Syrian National Army (SNA) and the Kurdish-led "
        "SDF near Manbij, Syria, on Tuesday.",
    ],
)
def test_the_sides_of_clashes_between_two_named_groups_are_those_groups(text: str) -> None:
    ev = only(text)
    assert (ev.actor1, ev.actor2) == ("Syrian National Army", "Syrian Democratic Forces")


def test_clashes_between_one_named_group_and_someone_unnamed_keep_one_side() -> None:
    ev = only("Clashes between gunmen and the SDF near Manbij, Syria, killed three on Tuesday.")
    assert "Syrian Democratic Forces" in (ev.actor1, ev.actor2)


def test_a_strike_told_in_an_as_clause_after_a_time_of_day_is_an_event() -> None:
    ev = only(
        "Explosions rocked Tehran before dawn on Tuesday as Israel struck military targets in Iran."
    )
    assert (ev.actor1, ev.country) == ("Military Forces of Israel", "Iran")


@pytest.mark.parametrize(
    "victims",
    ["five members of one family", "two journalists", "three paramedics", "four pilgrims"],
)
def test_victims_named_by_family_or_trade_are_civilians(victims: str) -> None:
    ev = only(f"An Israeli strike in the village of Qana, Lebanon, killed {victims} on Tuesday.")
    assert ev.actor2 == "Civilians (Lebanon)"


def test_fighters_killed_beside_paramedics_keep_their_side() -> None:
    ev = only(
        "An Israeli strike killed three Hezbollah fighters and two paramedics in Nabatieh, "
        "Lebanon, on Tuesday."
    )
    assert ev.actor2 == "Hezbollah"


def test_a_cause_named_by_reference_is_not_the_responders_own_strike() -> None:
    text = (
        "A drone attack killed three U.S. soldiers at Tower 22 in Jordan on March 10. On "
        "Tuesday, U.S. forces struck 85 targets in Iraq and Syria. The strikes were "
        "retaliation for the drone attack, officials said."
    )
    attack, *strikes = run(text).events
    assert attack.country == "Jordan"
    assert strikes and all(s.responds_to == attack.id for s in strikes)
    assert all("drone" not in s.weapons for s in strikes)


@pytest.mark.parametrize(("opening", "day"), [("Hours after", 12), ("Two days after", 14)])
def test_a_strike_told_hours_or_days_after_the_attack_counts_from_its_day(
    opening: str, day: int
) -> None:
    text = (
        "Militants attacked the headquarters of Turkish Aerospace Industries near Ankara on "
        f"Tuesday, killing five people. {opening} the attack, Turkish jets hit 32 PKK targets "
        "in northern Iraq."
    )
    strike = next(e for e in run(text).events if e.actor1 == "Military Forces of Turkey")
    assert strike.date == dt.date(2024, 3, day)


@pytest.mark.parametrize("verb", ["claim to have targeted", "claimed to have targeted"])
def test_a_side_claiming_to_have_attacked_did_it(verb: str) -> None:
    ev = only(f"The Houthis {verb} the USS Harry S. Truman in the northern Red Sea on Tuesday.")
    assert (ev.actor1, ev.actor2) == (HOUTHIS, US)


def test_a_side_saying_strikes_appeared_to_have_hit_is_not_their_target() -> None:
    ev = only("Israel said the strikes appeared to have hit Hezbollah depots near Tyre, Lebanon.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")


def test_a_fight_told_in_an_as_clause_does_not_make_a_strike_a_ground_fight() -> None:
    ev = only(
        "Israel struck the headquarters of the Syrian army general staff in Damascus on "
        "Tuesday, as fighting between government forces and Druze militias raged in Sweida."
    )
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("verb", ["responded", "answered", "retaliated"])
def test_an_answer_with_plural_strikes_is_one_wave_on_the_day_just_told(verb: str) -> None:
    text = (
        "Rockets fired from Lebanon killed a soldier at a base in Safed, Israel, on Tuesday. "
        f"Israel {verb} with air strikes on Hezbollah targets in southern Lebanon in the "
        "evening."
    )
    answer = next(e for e in run(text).events if e.actor1 == "Military Forces of Israel")
    assert answer.country == "Lebanon"
    assert answer.date == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops and Hezbollah fighters clashed in the village of Odaisseh, Lebanon, on "
        "Tuesday.",
        "Hezbollah fighters and Israeli troops exchanged fire near Odaisseh, Lebanon, on Tuesday.",
    ],
)
def test_two_sides_told_as_one_subject_of_a_clash_are_its_two_sides(text: str) -> None:
    ev = only(text)
    assert {ev.actor1, ev.actor2} == {"Military Forces of Israel", "Hezbollah"}


def test_clashes_between_a_named_group_and_someone_unnamed_name_the_group() -> None:
    ev = only(
        "Clashes erupted between Druze gunmen and pro-government fighters in Jaramana, Syria, "
        "on Tuesday, leaving at least 10 people dead."
    )
    assert ev.actor1 == "Druze Militia (Syria)"


def test_a_merchant_ship_that_came_under_fire_at_sea_is_civilians_attacked() -> None:
    ev = only(
        "The Liberia-flagged bulk carrier Magic Seas came under fire on Tuesday about 51 "
        "nautical miles southwest of Hodeidah, Yemen."
    )
    assert ev.actor2 == "Civilians (International)"
    assert ev.sub_event_type == "Attack"


def test_an_unclaimed_attack_comes_from_where_the_report_says_such_fire_came_from() -> None:
    text = (
        "Two rockets fired from Lebanon hit Metula, Israel, on Tuesday. Hours later, a rocket "
        "struck a house in Kiryat Shmona."
    )
    assert {e.actor1 for e in run(text).events} == {"Unidentified Armed Group (Lebanon)"}


def test_fire_from_two_countries_leaves_an_unclaimed_attack_where_it_fell() -> None:
    text = (
        "A rocket fired from Lebanon hit Metula, Israel, on Tuesday. A drone launched from "
        "Syria hit Katzrin the same day. Later, a rocket struck a house in Kiryat Shmona."
    )
    last = run(text).events[-1]
    assert last.actor1 == "Unidentified Armed Group (Israel)"


def test_fire_from_a_region_of_a_country_comes_from_that_country() -> None:
    ev = only(
        "On Tuesday, two rockets were fired from southern Lebanon toward the Israeli border "
        "town of Kiryat Shmona."
    )
    assert ev.actor1 == "Unidentified Armed Group (Lebanon)"


def test_a_groups_blast_with_no_weapon_named_is_a_bomb() -> None:
    ev = only(
        "Two explosions near the tomb of Qassem Soleimani in Kerman, Iran, killed at least 84 "
        "people on Tuesday. The Islamic State group claimed responsibility."
    )
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_explosions_as_a_state_strikes_stay_a_strike() -> None:
    ev = only("Explosions rocked Tehran on Tuesday as Israel struck military targets in Iran.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_third_country_condemning_the_attack_tells_no_second_one() -> None:
    ev = only(
        "Iran has fired about 180 ballistic missiles at Israel, sending millions into "
        "shelters. Foreign Minister Penny Wong said Australia \"condemns Iran's attack on "
        'Israel" and urged restraint.'
    )
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_missiles_fired_at_a_state_hit_its_forces_wherever_they_fell() -> None:
    ev = only("Iran fired about 180 ballistic missiles at Israel on Tuesday, hitting Tel Aviv.")
    assert (ev.location, ev.actor2) == ("Tel Aviv", "Military Forces of Israel")


def test_an_attack_on_a_far_away_states_troops_is_not_set_in_that_state() -> None:
    events = run(
        "Rockets hit a village near Kirkuk, Iraq, on Monday. On Tuesday, Kataib Hezbollah "
        "attacked U.S. troops with drones, the Pentagon said."
    ).events
    assert [e.country for e in events] == ["Iraq", "Iraq"]


def test_a_strike_only_announced_claims_no_day_of_the_strike_made() -> None:
    ev = only(
        "On the night of 20 October, hours after an army spokesperson announced that the army "
        'would strike Hezbollah\'s "financial infrastructure", Israeli aircraft struck branches '
        "of the association in Beirut's southern suburbs.",
        dt.date(2024, 10, 31),
    )
    assert ev.date == dt.date(2024, 10, 20)


def test_the_same_sides_next_blow_told_with_no_place_lands_in_the_same_country() -> None:
    events = run(
        "Hezbollah rockets hit Kiryat Shmona and Metula in northern Israel on Monday.\n\n"
        "On Tuesday, pagers used by Hezbollah members exploded across Lebanon, killing 12 "
        "people. One day later, hand-held radios detonated, killing 25 more people. Israel, "
        "which is widely believed to be behind the operation, has not confirmed involvement."
    ).events
    assert [e.country for e in events[-2:]] == ["Lebanon", "Lebanon"]


def test_an_imminent_attack_is_none_yet() -> None:
    assert not run(
        "Officials fear the group could also target the oil facilities in Shabwa, although "
        "there are no indications of an imminent attack."
    ).events
