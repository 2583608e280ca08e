"""Weapon resolution: variants, categories and broader names."""

from __future__ import annotations

import pytest

from watchfloor import lexicon
from watchfloor.resolve.weapons import (
    CATEGORIES,
    canonical_weapon,
    find_weapons,
    weapon_broader,
    weapon_category,
)


@pytest.mark.parametrize(
    ("sentence", "canonical", "category"),
    [
        (
            "The militia fired two short-range ballistic missiles.",
            "short-range ballistic missile",
            "missile",
        ),
        ("Officials said SRBMs were used.", "short-range ballistic missile", "missile"),
        (
            "It launched close-range ballistic missiles at dawn.",
            "short-range ballistic missile",
            "missile",
        ),
        ("A ballistic missile struck the pier.", "ballistic missile", "missile"),
        ("A destroyer downed an anti-ship cruise missile.", "anti-ship cruise missile", "missile"),
        ("Houthis fired two ASBMs at the tanker.", "anti-ship ballistic missile", "missile"),
        ("Officials said an anti-ship missile missed.", "anti-ship missile", "missile"),
        ("Two cruise missiles were intercepted.", "cruise missile", "missile"),
        ("Katyusha rockets landed near the embassy.", "Katyusha rocket", "rocket"),
        ("Three 107mm rockets hit the airfield.", "rocket", "rocket"),
        ("Rocket fire was reported overnight.", "rocket", "rocket"),
        ("Mortar rounds fell short of the perimeter.", "mortar", "artillery"),
        ("A one-way attack drone struck the housing area.", "one-way attack drone", "drone"),
        ("The group used a kamikaze drone.", "one-way attack drone", "drone"),
        ("A suicide drone exploded.", "one-way attack drone", "drone"),
        ("Shahed drones were launched in waves.", "one-way attack drone", "drone"),
        ("An OWA UAS was shot down.", "one-way attack drone", "drone"),
        ("An explosive-laden drone hit the tower.", "one-way attack drone", "drone"),
        ("An unmanned aerial vehicle was seen overhead.", "drone", "drone"),
        ("A UAV crashed near the road.", "drone", "drone"),
        ("U.S. airstrikes hit five sites.", "airstrike", "air"),
        ("Air strikes continued for hours.", "airstrike", "air"),
        ("F-15E Strike Eagles took part.", "fighter jet", "air"),
        ("IDF fighter jets struck a compound.", "fighter jet", "air"),
        ("Four RAF Typhoon FGR4 aircraft joined.", "Typhoon FGR4", "air"),
        ("RAF Typhoons struck a site at Bani.", "Typhoon", "air"),
        ("U.S. Navy helicopters sank three boats.", "helicopter", "air"),
        ("Apache attack helicopters fired.", "helicopter", "air"),
        ("Warplanes flew over the valley.", "warplane", "air"),
        ("U.S. bombers hit 85 targets.", "bomber", "air"),
        ("B-1 bombers flew from the United States.", "B-1 bomber", "air"),
        ("An AC-130 gunship engaged the vehicle.", "AC-130 gunship", "air"),
        ("A roadside bomb struck the convoy.", "IED", "explosive"),
        ("An improvised explosive device detonated.", "IED", "explosive"),
        ("Artillery shelling hit the outskirts.", "artillery", "artillery"),
        ("They fired anti-tank guided missiles.", "anti-tank guided missile", "missile"),
        ("A Kornet missile hit the house.", "anti-tank missile", "missile"),
        ("Small-arms fire was heard.", "small arms", "small_arms"),
        ("A guided-missile destroyer shot it down.", "naval vessel", "naval"),
        # ACLED codes attacks by drone boats as drone strikes
        ("An unmanned surface vessel approached the ship.", "unmanned surface vessel", "drone"),
        ("An uncrewed surface vessel hit the ship.", "unmanned surface vessel", "drone"),
    ],
)
def test_weapon_phrases(sentence: str, canonical: str, category: str) -> None:
    found = {(m.canonical, m.category) for m in find_weapons(sentence)}
    assert (canonical, category) in found


def test_spans_and_longest_match() -> None:
    text = "They fired short-range ballistic missiles and rockets."
    matches = find_weapons(text)
    assert [m.canonical for m in matches] == ["short-range ballistic missile", "rocket"]
    for m in matches:
        assert text[m.span.start : m.span.end] == m.surface


@pytest.mark.parametrize("sentence", ["Let us go.", "The uav file.", "a sam sandwich"])
def test_acronyms_need_capitals(sentence: str) -> None:
    assert find_weapons(sentence) == []


def test_broader_names() -> None:
    assert weapon_broader("B-1 bomber") == ("B-1 bomber", "bomber", "airstrike")
    assert weapon_broader("anti-ship ballistic missile") == (
        "anti-ship ballistic missile",
        "anti-ship missile",
        "ballistic missile",
    )
    assert weapon_broader("Typhoon FGR4") == ("Typhoon FGR4", "Typhoon", "fighter jet", "airstrike")
    assert weapon_broader("short-range ballistic missile") == (
        "short-range ballistic missile",
        "ballistic missile",
    )
    assert weapon_broader("one-way attack drone") == ("one-way attack drone", "drone")
    assert weapon_broader("rocket") == ("rocket",)


def test_lookup_helpers() -> None:
    assert canonical_weapon("Katyusha rockets") == "Katyusha rocket"
    assert weapon_broader("Katyusha rocket") == ("Katyusha rocket", "rocket")
    assert canonical_weapon("a picnic") is None
    assert weapon_category("mortar") == "artillery"
    assert weapon_category("slingshot") is None


def test_every_variant_resolves_to_its_own_weapon() -> None:
    wrong = []
    for row in lexicon.load_json("weapons.json")["weapons"]:
        assert row["category"] in CATEGORIES
        for alias in [row["name"], *row["aliases"]]:
            got = [m.canonical for m in find_weapons(alias)]
            if got != [row["name"]]:
                wrong.append((alias, row["name"], got))
    assert wrong == []


def test_ballast_and_fuel_tanks_are_no_tank_fire() -> None:
    text = "It hit the ship's water ballast tanks and fuel tanks. Army tanks shelled a village."
    assert [(m.surface, m.canonical) for m in find_weapons(text)] == [("Army tanks", "tank fire")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("a Tomahawk hit the site", ("Tomahawk cruise missile", "cruise missile")),
        ("an MQ-9 Reaper fired", ("MQ-9 Reaper", "drone")),
        ("a hypersonic missile was fired", ("hypersonic ballistic missile", "ballistic missile")),
        ("gunmen fired RPGs", ("rocket-propelled grenade", "grenade")),
        ("a surface-to-surface missile", ("surface-to-surface missile", "missile")),
    ],
)
def test_a_named_system_keeps_its_name_and_its_kind(sentence: str, names: tuple[str, ...]) -> None:
    """The specific name as reports write it, then what it counts as."""
    (w,) = find_weapons(sentence)
    assert weapon_broader(w.canonical) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "fired 18 ballistic and cruise missiles and a drone",
            ["ballistic missile", "cruise missile", "drone"],
        ),
        ("launched ballistic, cruise missiles", ["ballistic missile", "cruise missile"]),
        ("the cruise missiles", ["cruise missile"]),
        ("a ballistic and political crisis", []),
    ],
)
def test_two_kinds_sharing_one_noun_are_both_named(text: str, names: list[str]) -> None:
    assert [w.canonical for w in find_weapons(text)] == names


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("They fired Fattah missiles at the base.", "ballistic missile"),
        ("Iran fired a Kheibar missile at Haifa.", "ballistic missile"),
        ("B-2 bombers dropped 14 Massive Ordnance Penetrators on Fordow.", "airstrike"),
        ("Jets dropped JDAMs on the depot.", "airstrike"),
    ],
)
def test_more_named_weapons(text: str, weapon: str) -> None:
    assert weapon in [w.canonical for w in find_weapons(text)]


def test_a_missiles_name_borne_by_a_person_or_a_city_is_no_weapon() -> None:
    text = "President Abdel Fattah el-Sisi spoke in Khorramshahr on Monday."
    assert find_weapons(text) == []


@pytest.mark.parametrize(
    ("text", "bomber"),
    [
        ("B-2 bombers dropped bunker busters on Fordow.", "B-2 bomber"),
        ("Two B-2 Spirit stealth bombers flew from Missouri.", "B-2 bomber"),
        ("B-52s flew over the region.", "B-52 bomber"),
    ],
)
def test_a_b2_is_no_b52(text: str, bomber: str) -> None:
    names = [w.canonical for w in find_weapons(text)]
    assert bomber in names
    assert {"B-2 bomber", "B-52 bomber"} - {bomber} & set(names) == set()
