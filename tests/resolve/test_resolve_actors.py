"""Actor resolution: aliases, spellings, acronym case rules, possessives and families."""

from __future__ import annotations

import itertools

import pytest

from watchfloor.resolve.actors import (
    actor_families,
    all_actors,
    allied,
    canonical_actor,
    compatible,
    expand_pattern,
    family_members,
    find_actors,
    in_context,
    qualified_name,
    state_force,
)

KH = "Kataib Hezbollah"
US = "Military Forces of the United States"
IBM = "Iran-backed militias"


def canon(text: str) -> list[str]:
    return [m.canonical for m in find_actors(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fighters of Kataib Hezbollah fired on the base.", KH),
        ("Kata'ib Hizballah claimed the strike overnight.", KH),
        ("Kata’ib Hizballah claimed the strike overnight.", KH),
        ("A statement by Kataeb Hezbollah denied any role.", KH),
        ("Officials blamed KH for the barrage.", KH),
        ("Officials blamed the Hezbollah Brigades for the barrage.", KH),
        ("The PMF said two of its members died.", "Popular Mobilization Forces"),
        ("Units of the Popular Mobilisation Forces deployed.", "Popular Mobilization Forces"),
        ("Hashd al-Shaabi convoys moved west.", "Popular Mobilization Forces"),
        ("A PMU commander was among the dead.", "Popular Mobilization Forces"),
        ("Harakat al-Nujaba threatened more attacks.", "Harakat Hezbollah al-Nujaba"),
        ("Nujaba fighters were seen near the border.", "Harakat Hezbollah al-Nujaba"),
        ("Kataib Sayyid al-Shuhada issued a statement.", "Kataib Sayyid al-Shuhada"),
        ("Asa'ib Ahl al-Haq leaders met in Baghdad.", "Asaib Ahl al-Haq"),
        ("The Islamic Resistance in Iraq claimed responsibility.", "Islamic Resistance in Iraq"),
        ("Ansar Allah fired a missile at a tanker.", "Military Forces of Yemen (2017-) Houthi"),
        ("Yemen's Houthis targeted a merchant ship.", "Military Forces of Yemen (2017-) Houthi"),
        ("Houthi rebels said they hit the vessel.", "Military Forces of Yemen (2017-) Houthi"),
        ("Lebanese Hezbollah launched anti-tank missiles.", "Hezbollah"),
        ("Hizbullah fighters crossed the line.", "Hezbollah"),
        ("The IRGC Quds Force trains the groups.", "Islamic Revolutionary Guard Corps"),
        ("Iran's Revolutionary Guards denied it.", "Islamic Revolutionary Guard Corps"),
        ("The Israel Defense Forces struck a target.", "Military Forces of Israel"),
        ("The IDF said the rocket fell in an open area.", "Military Forces of Israel"),
        ("Iraqi security forces arrested three men.", "Military Forces of Iraq"),
        ("The Syrian Democratic Forces repelled the assault.", "Syrian Democratic Forces"),
        ("SDF units guard the camp.", "Syrian Democratic Forces"),
        ("ISIS cells remain active in the desert.", "Islamic State"),
        ("Daesh remnants attacked a checkpoint.", "Islamic State"),
        ("Hamas militants fired rockets.", "Hamas Movement"),
        ("Syrian government forces shelled the village.", "Military Forces of Syria"),
        ("The Jordanian Armed Forces shot down a drone.", "Military Forces of Jordan"),
        # a single position is its forces' as several positions are
        ("Hezbollah fired rockets at an Israeli position.", "Military Forces of Israel"),
        ("Militants shelled a Syrian military position.", "Military Forces of Syria"),
        # the actors of Syria after December 2024 and of Yemen's own fronts
        ("General Security forces clashed with gunmen.", "Military Forces of Syria"),
        ("Druze fighters repelled the attack on Sahnaya.", "Druze Militia (Syria)"),
        ("Remnants of the former regime ambushed a patrol.", "Assad regime loyalists"),
        (
            "The National Army repelled a Houthi attack in Marib.",
            "Military Forces of Yemen (2017-) Government",
        ),
        ("The southern forces shelled Houthi positions.", "Southern Transitional Council"),
    ],
)
def test_alias_resolves_to_canonical(sentence: str, expected: str) -> None:
    assert expected in canon(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. forces were targeted.",
        "US troops came under fire.",
        "American forces responded.",
        "The U.S. military said no one was hurt.",
        "CENTCOM said the strike was successful.",
        "U.S. Central Command released a statement.",
        "The U.S.-led coalition confirmed the attack.",
        "Coalition forces at the base were unharmed.",
        "Operation Inherent Resolve personnel were evacuated.",
        "American service members suffered minor injuries.",
    ],
)
def test_us_military_aliases(sentence: str) -> None:
    assert canon(sentence) == [US]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian-backed groups launched drones.",
        "Iran-backed militias launched drones.",
        "Iran backed militias launched drones.",
        "Iran-aligned factions launched drones.",
        "Iran-affiliated groups launched drones.",
        "Pro-Iran militias launched drones.",
        "pro-Iranian groups launched drones.",
        "Militants backed by Iran launched drones.",
        "Armed groups aligned with Tehran launched drones.",
        "Shia militias launched drones.",
        "Tehran-backed militias launched drones.",
    ],
)
def test_generic_iran_backed_descriptions(sentence: str) -> None:
    assert canon(sentence) == [IBM]


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us know what happened.",  # "us" the pronoun is not the United States
        "He told us the convoy was safe.",
        "The kh sound is hard to say.",  # acronyms match only in capitals
        "The pmf file format was invalid.",
        "An irgc string in lowercase.",
        "We met Sdf at noon.",
    ],
)
def test_acronyms_only_in_capitals(sentence: str) -> None:
    assert find_actors(sentence) == []


def test_possessive_is_matched_and_left_out_of_the_span() -> None:
    text = "Kataib Hezbollah's leaders and the PMF’s spokesman spoke."
    matches = find_actors(text)
    assert [m.canonical for m in matches] == [KH, "Popular Mobilization Forces"]
    assert [m.surface for m in matches] == ["Kataib Hezbollah", "PMF"]


def test_longest_match_wins_and_spans_are_absolute() -> None:
    text = "xx Harakat Hezbollah al-Nujaba and Hezbollah"
    matches = find_actors(text, 3)
    assert [m.canonical for m in matches] == ["Harakat Hezbollah al-Nujaba", "Hezbollah"]
    for m in matches:
        assert text[m.span.start : m.span.end] == m.surface


def test_window_restricts_the_search() -> None:
    text = "KH struck first. Then U.S. forces answered."
    first_sentence_end = text.index(".") + 1
    assert canon(text[:first_sentence_end]) == [KH]
    assert [m.canonical for m in find_actors(text, first_sentence_end)] == [US]
    assert [m.canonical for m in find_actors(text, 0, first_sentence_end)] == [KH]


def test_matches_do_not_overlap() -> None:
    text = "U.S. and coalition forces and the Islamic Resistance in Iraq"
    matches = find_actors(text)
    for a, b in itertools.pairwise(matches):
        assert a.span.end <= b.span.start


def test_kh_family_contains_its_umbrellas() -> None:
    fam = actor_families(KH)
    assert {KH, "Islamic Resistance in Iraq", "Popular Mobilization Forces", IBM} <= fam
    assert "Axis of Resistance" in fam
    assert US not in fam


@pytest.mark.parametrize("name", ["KH", "Kata'ib Hizballah", "Kataib Hezbollah's"])
def test_families_accept_surface_forms(name: str) -> None:
    assert actor_families(name) == actor_families(KH)


def test_families_of_descriptions_and_unknowns() -> None:
    assert IBM in actor_families("Iranian-backed groups")
    assert actor_families("Brigade of the Unknown Soldier") == frozenset(
        {"Brigade of the Unknown Soldier"}
    )
    assert actor_families(None) == frozenset()


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (IBM, KH, True),
        ("Iranian-backed groups", "Kata'ib Hizballah", True),
        ("Islamic Resistance in Iraq", "Harakat Hezbollah al-Nujaba", True),
        (KH, KH, True),
        (None, KH, True),
        (US, None, True),
        ("U.S. forces", "KH", False),
        (US, KH, False),
        (KH, "Harakat Hezbollah al-Nujaba", False),  # sister factions are distinct actors
        ("Hezbollah", "Houthis", False),  # sharing only the Axis umbrella is not enough
        ("Unidentified Armed Group (Iraq)", KH, True),
        ("Unidentified Armed Group (Iraq)", US, False),
        ("Some Unknown Brigade", "some unknown brigade", True),
        ("Some Unknown Brigade", KH, False),
    ],
)
def test_compatible(a: str | None, b: str | None, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Military Forces of Iran", "Islamic Resistance in Iraq", True),  # backer of a family
        ("Islamic Revolutionary Guard Corps", KH, True),
        ("Hezbollah", "Military Forces of Yemen (2017-) Houthi", True),  # one umbrella
        ("Military Forces of the United States", "Syrian Democratic Forces", True),
        ("Military Forces of the United States", KH, False),
        ("Military Forces of Israel", "Hezbollah", False),
    ],
)
def test_allied(a: str, b: str, ok: bool) -> None:
    assert allied(a, b) is ok
    assert allied(b, a) is ok


def test_family_members_finds_every_iran_backed_group() -> None:
    members = family_members("Iran-backed militias")
    assert {
        KH,
        "Harakat Hezbollah al-Nujaba",
        "Asaib Ahl al-Haq",
        "Islamic Resistance in Iraq",
    } <= (members)
    assert US not in members and "Saraya al-Salam" not in members


def test_canonical_actor() -> None:
    assert canonical_actor("the PMF") == "Popular Mobilization Forces"
    assert canonical_actor("pmf") is None
    assert canonical_actor("Civilians (Iraq)") == "Civilians"
    assert canonical_actor("Military Forces of Israel") == "Military Forces of Israel"
    assert canonical_actor("nobody in particular") is None
    assert canonical_actor("   ") is None


def test_qualified_names_and_state_forces() -> None:
    assert qualified_name("Civilians", "Iraq") == "Civilians (Iraq)"
    assert qualified_name("Unidentified Armed Group", "Syria") == "Unidentified Armed Group (Syria)"
    assert qualified_name(KH, "Iraq") == KH
    assert state_force("Israel") == "Military Forces of Israel"
    assert state_force("Iraq") == "Military Forces of Iraq"
    assert state_force("Atlantis") is None


def test_expand_pattern() -> None:
    assert sorted(expand_pattern("{a|b}-x {c|d}")) == ["a-x c", "a-x d", "b-x c", "b-x d"]


def test_every_alias_resolves_to_its_own_actor() -> None:
    """Catches two actors claiming one phrase (the index keeps only the first)."""
    wrong = []
    for info in all_actors():
        assert canonical_actor(info.name) == info.name
        for alias in info.aliases:
            found = find_actors(alias)
            if [m.canonical for m in found] != [info.name]:
                wrong.append((alias, info.name, [m.canonical for m in found]))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Three Syrian soldiers were killed.", "Military Forces of Syria"),
        ("A Lebanese soldier was wounded.", "Military Forces of Lebanon"),
        ("Iranian servicemen were at the site.", "Military Forces of Iran"),
        ("Israel's military said it struck the site.", "Military Forces of Israel"),
        ("Pakistan's army fired back.", "Military Forces of Pakistan"),
        ("Jordanian border guards killed five smugglers.", "Military Forces of Jordan"),
        ("Egyptian border guards opened fire.", "Military Forces of Egypt"),
        ("Israeli commandos raided the site.", "Military Forces of Israel"),
        ("Turkish ground forces crossed the border.", "Military Forces of Turkey"),
        ("An Israeli tank fired at the tower.", "Military Forces of Israel"),
        ("Turkish artillery shelled the villages.", "Military Forces of Turkey"),
        ("Syrian helicopters bombed the town.", "Military Forces of Syria"),
        ("Syrian air defences opened fire.", "Military Forces of Syria"),
    ],
)
def test_a_states_soldiers_by_its_demonym(text: str, canonical: str) -> None:
    assert [a.canonical for a in find_actors(text)] == [canonical]


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (("Lebanon", "Israel"), "Hezbollah"),
        (("Israel", "Lebanon", "Iraq"), "Hezbollah"),
        (("Iraq", "Lebanon"), "Islamic Resistance in Iraq"),
        (("Syria",), "Islamic Resistance in Iraq"),
    ],
)
def test_a_shared_name_goes_to_the_actor_whose_country_the_report_names_first(
    countries: tuple[str, ...], expected: str
) -> None:
    text = "The Islamic Resistance said its fighters fired rockets."
    [match] = in_context(find_actors(text), countries)
    assert (match.canonical, match.surface, match.span.start) == (expected, "Islamic Resistance", 4)
    assert expected in match.families


def test_only_the_shared_name_is_reread_in_context() -> None:
    text = "The Islamic Resistance in Iraq and Kataib Hezbollah fired rockets."
    names = [m.canonical for m in in_context(find_actors(text), ("Lebanon",))]
    assert names == ["Islamic Resistance in Iraq", KH]


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            # a Houthi statement names no government side: its army is the Houthis'
            "The Houthis struck Tel Aviv on Friday. On Sunday, Saree announced that the Yemeni "
            "army had fired ballistic missiles at Eilat.",
            "Military Forces of Yemen (2017-) Houthi",
        ),
        (
            "Yemeni government forces clashed with the Houthis. The Yemeni army said it repelled "
            "an attack near Marib.",
            "Military Forces of Yemen (2017-) Government",
        ),
    ],
)
def test_whose_the_yemeni_army_is(text: str, army: str) -> None:
    found = in_context(find_actors(text), ("Yemen",))
    assert [m.canonical for m in found if m.surface == "Yemeni army"] == [army]


def test_the_enemy_is_the_side_a_report_names_as_its_enemy() -> None:
    text = (
        "The Islamic Resistance pounded the Zionist enemy's bases. Meanwhile, enemy warplanes "
        "raided the town of Aitaroun."
    )
    found = in_context(find_actors(text), ("Lebanon",))
    raid = [m for m in found if m.surface == "enemy warplanes"]
    assert [m.canonical for m in raid] == ["Military Forces of Israel"]


def test_the_enemy_of_a_report_that_names_none_is_no_one() -> None:
    text = "Troops said enemy drones approached the base overnight."
    found = in_context(find_actors(text), ("Iraq",))
    assert not any(m.surface == "enemy drones" for m in found)


@pytest.mark.parametrize(
    "sentence",
    ["Targeting the American occupation forces in Rumeilan.", "US occupation forces fired."],
)
def test_the_occupation_forces_of_militia_statements_are_us_forces(sentence: str) -> None:
    assert "Military Forces of the United States" in canon(sentence)


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("the IOF", "Military Forces of Israel"),
        ("the PYD", "Syrian Democratic Forces"),
        ("the Free Syrian Army", "Syrian Free Army"),
        ("Alawite insurgents", "Assad regime loyalists"),
        ("the Radwan unit", "Hezbollah"),
        ("the Wagner Group", "Wagner Group"),
        ("ISKP", "Islamic State Khorasan Province"),
        ("the Balochistan Liberation Army", "BLA: Baloch Liberation Army"),
        ("Israeli settlers", "Settlers (Israel)"),
        ("the Golani Brigade", "Military Forces of Israel"),
        ("the Fourth Division", "Military Forces of Syria"),
        ("Liwa al-Baqir", "Liwa al-Baqir"),
        ("al-Shabaab", "Al Shabaab"),
        ("the RSF", "Rapid Support Forces"),
        ("the Sudanese army", "Military Forces of Sudan"),
    ],
)
def test_more_sides_of_the_neighbouring_theatres(surface: str, canonical: str) -> None:
    assert [a.canonical for a in find_actors(f"On Monday {surface} attacked a position.")] == [
        canonical
    ]


def test_bare_settlers_are_not_an_armed_group() -> None:
    # Iranian and Arab media call Israeli civilians "settlers"
    assert find_actors("Hebrew media said 86 settlers were injured.") == []
