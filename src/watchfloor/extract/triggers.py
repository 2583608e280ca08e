"""Event triggers: the words that say something happened ("airstrikes", "attacked", "was hit").

The lexicon is data (`lexicon/data/triggers.json`); this module only compiles it into one
regular expression and labels each hit with what the grammar around it tells: passive
voice ("was targeted by"), plural ("strikes"), a definite or demonstrative article ("the
attack", "these strikes": probably a thing already told).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from watchfloor import lexicon
from watchfloor.models import Span
from watchfloor.resolve.actors import expand_pattern
from watchfloor.text.number_words import spelled


@dataclass(frozen=True)
class Trigger:
    span: Span
    surface: str
    kind: str  # "noun" | "verb"
    family: (
        str  # attack | strike | explosion | clash | arrest | protest | abduction | agreement | weak
        # | intercept
    )
    sub: str | None  # sub_event_type the word itself implies
    weapon: str | None  # weapon the word itself implies ("airstrike", "drone")
    passive: bool
    plural: bool
    definite: bool  # "the"/"this"/"these"/"that"/"those"/"its" before it
    impact: bool = False  # "two rockets landed": tells where an attack's weapons fell
    anchored: bool = False  # "the assassination of X": an event only with its own day and place
    refers: bool = False  # "launched the operation in response to ...": joins, never makes one


def trigger_data() -> dict[str, Any]:
    data: dict[str, Any] = lexicon.load_json("triggers.json")
    return data


_WORD = re.compile(r"(?<![\w-])\w+")
_WARNING_AFTER = re.compile(
    r"[\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b", re.I
)


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, dict[str, Any]], frozenset[str]]:
    """The trigger pattern, its forms' entries, and the first words of its forms.

    One big alternation scanned at every position costs more than all the rest of trigger
    finding, so it is only tried where a word that can start a form begins."""
    table: dict[str, dict[str, Any]] = {}
    for entry in trigger_data()["triggers"]:
        # "agreed to a {phased|temporary} {ceasefire|truce}": a form may list alternatives
        for form in (f for pattern in entry["forms"] for f in expand_pattern(pattern)):
            # a form listed as a noun wins over the same form listed as a verb
            if form in table and table[form]["kind"] == "noun":
                continue
            table[form] = entry
    forms = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in forms)
    firsts = frozenset(m.group().lower() for f in forms if (m := _WORD.match(f)))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), table, firsts


def _trigger_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Exactly what `pattern.finditer(text, start, end)` finds, tried only at word starts
    whose word begins some form."""
    pattern, _, firsts = _compiled()
    out: list[re.Match[str]] = []
    taken = start
    for w in _WORD.finditer(text, start, end):
        if w.start() < taken or w.group().lower() not in firsts:
            continue
        m = pattern.match(text, w.start(), end)
        if m is not None:
            out.append(m)
            taken = m.end()
    return out


lexicon.on_reload(_compiled.cache_clear)

_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|being|be|is|are|got|get|gets|came\s+under)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_NOT_MODIFIERS = [
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "saw",
    "did",
    "came",
    "comes",
    "said",
    "says",
    "launched",
    "conducted",
    "carried",
    "claimed",
    "began",
    "struck",
    "hit",
    "targeted",
    "mark",
    "marks",
    "marked",
    "killed",
    "wounded",
    "after",
    "before",
    # "the southern forces responded by shelling": a preposition ends the phrase "the" opens
    "by",
    "responded",
    "retaliated",
    "answered",
]
_DEFINITE = re.compile(
    r"\b(?:the|this|these|that|those|its|their|his|her|both|"
    r"(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day[’']s|"
    # "Iran's first ever direct attack": an ordinal of an event already told
    r"[A-Z][\w.-]*[’']s(?=\s+(?:first|second|third|latest|largest|biggest|deadliest)\b))"
    r"\s+(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")\b)[\w.'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
_WEAPON_AHEAD = re.compile(
    r"(?:\s+[\w,-]+){0,6}?\s+(?:drones?|missiles?|rockets?|mortars?|shells?|projectiles?|"
    r"UAVs?|salvos?|barrages?|Katyushas?|interceptors?|bombs?|munitions|ordnance|launchers?|"
    r"IEDs?|explosive\s+devices?)\b",
    re.IGNORECASE,
)
# "seized a cache of rockets", "captured weapons and ammunition": the object of a verb of
# taking is arms, not ground
_CACHE_AHEAD = re.compile(
    r"\s+(?:[\w,-]+\s+){0,4}?(?:caches?|stockpiles?|shipments?|consignments?|weapons|arms|"
    r"ammunition|explosives|drones?|missiles?|rockets?|mortars?|launchers?|IEDs?|"
    r"explosive\s+devices?)\b",
    re.IGNORECASE,
)
# "retaliated with more than 300 drones", "answered on the night of April 13-14 with cruise
# and ballistic missiles", "responded with artillery fire": the weapons an answer was made with
# (an answer with "a barrage" or "strikes" is told by that word, a trigger of its own)
_ARMED_WITH = re.compile(
    r"(?:\s+(?!with\b)[\w,.-]+){0,7}?\s+with\s+"
    r"(?:(?!(?:barrages?|salvos?|waves?|volleys?|strikes?|attacks?|raids?|statements?)\b)[\w,-]+\s+){0,6}?"
    r"(?:drones?|missiles?|rockets?|mortars?|shells?|projectiles?|UAVs?|Katyushas?|bombs?|"
    r"munitions|artillery|gunfire|rocket\s+fire|fire)\b",
    re.IGNORECASE,
)
_REMNANTS = re.compile(
    r"(?:\s+[\w,-]+){0,3}?\s+(?:fragments|debris|remains|wreckage|parts|remnants|shrapnel)\b",
    re.IGNORECASE,
)
_WEAPON_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|drones?|projectiles?|shells?|mortars?|UAVs?)\s+$", re.IGNORECASE
)
_VERB_USE = re.compile(
    r"\b(?:drones?|missiles?|rockets?|jets?|F-\d+s?|aircraft|warplanes?|gunships?|bombers?|"
    r"helicopters?|militants|fighters|forces|troops|army|militia|militias)\s+$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|this|these|that|those|its|their|of|one|two|three|\d+)\s+(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# "two Katyusha rockets landed", "a drone that was launched from Iraq crashed"
_WEAPON_SUBJECT = re.compile(
    r"\b(?:missiles?|rockets?|drones?|projectiles?|shells?|mortars?|UAVs?|Katyushas?|(?:mortar|artillery|tank)\s+rounds?)\s+"
    r"(?:(?:that|which)\s+[^.;,]{0,30}?\s+|"
    # "a missile evaded Israeli air defences and landed"
    r"[a-z]+ed\s+[^.;,]{0,40}?\s+and\s+)?(?:also\s+|later\s+|reportedly\s+)?$",
    re.IGNORECASE,
)
# "Turkish jets destroyed", "warplanes also destroyed": aircraft as the subject
_AIRCRAFT_SUBJECT = re.compile(
    r"\b(?:jets|warplanes|fighter\s+jets|aircraft|fighters|bombers|drones|helicopters|"
    # "two F-15s destroyed", "an MQ-9 Reaper destroyed", "Apache gunships destroyed"
    r"planes|gunships|UAVs|[A-Z]{1,2}-\d{1,2}[A-Z]?s?|Reapers?|Typhoons|Tornados|Rafales)\s+"
    r"(?:(?:also|then|later|reportedly|had|have|has)\s+)*$",
    re.IGNORECASE,
)
# "hundreds of mourners carrying the coffins marched", "thousands of Jordanians rallied"
_CROWD_SUBJECT = re.compile(
    r"\b(?:protesters|protestors|demonstrators|mourners|supporters|crowds?|students|"
    r"residents|worshippers|(?:hundreds|thousands|tens\s+of\s+thousands|dozens)\s+of\s+[\w-]+)"
    r"\b[^.;]{0,65}?$",
    re.IGNORECASE,
)
_AT_TARGET = re.compile(r"[^.;]{0,50}?\b(?:against|at|toward|towards|into)\b", re.IGNORECASE)
_OBJECT_AHEAD = re.compile(
    r"\s+(?:(?i:an?|the|two|three|four|five|six|several|its|their|his)\b|\d|[A-Z])"
)
_CROWD_CONTROL = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:tear\s+gas|rubber\s+bullets|water\s+cannons?|warning\s+shots|"
    r"stun\s+grenades|flares|(?:shots\s+)?in(?:to)?\s+the\s+air)\b",
    re.IGNORECASE,
)


_COUNTED_LAUNCHES = re.compile(
    r"\b(?:\d+|" + spelled(2, 10) + r"|several|multiple|dozens\s+of|"
    r"a\s+number\s+of|(?:approximately|about|around|some)\s+\d+)\s+(?:more\s+)?$",
    re.IGNORECASE,
)
_LAUNCHES_SEEN = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:identified|detected|fired|"
    r"launched|observed|spotted)|cross(?:ed|ing))\b",
    re.IGNORECASE,
)
_TARGET_NOUN_AFTER = re.compile(
    r"\s+(?:profile|list|bank|set|package|area|zone|date|audience|of|for)\b", re.IGNORECASE
)
_TARGET_NOUN_BEFORE = re.compile(
    r"(?:[’']s?|\b(?:a|an|the|declared|legitimate|military|potential|prime|main|primary|key|"
    r"easy|soft|next|likely|possible))\s+$",
    re.IGNORECASE,
)


# the bare verbs ("Militants fire a missile at the base" in a timeline's present tense) after
# "to", a modal or "and" tell nothing done
_BARE_FORM_NOT_TOLD = re.compile(
    r"\b(?:to|and|or|would|will|could|can|may|might|must|should|not)\s+$", re.I
)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|from|of|at|outside|around|to)\s+$")


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """All trigger words in text[start:end], in order, with their grammatical labels."""
    _, table, _ = _compiled()
    end = len(text) if end is None else end
    out: list[Trigger] = []
    matches = _trigger_matches(text, start, end)
    for m in matches:
        surface = m.group(0)
        key = re.sub(r"[\s-]+", " ", surface.lower())
        entry = table.get(key) or table.get(key.replace(" ", "-")) or {}
        if not entry:
            continue
        if surface[0].isupper() and _PLACE_PREPOSITION.search(
            text, max(start, m.start() - 8), m.start()
        ):
            continue  # "suspects arrested in Hit": the town in Anbar, not the verb
        if (
            key == "launches"
            and _COUNTED_LAUNCHES.search(text, max(start, m.start() - 30), m.start())
            and _LAUNCHES_SEEN.match(text, m.end(), end)
        ):
            # "approximately 10 launches were identified crossing from Lebanese territory":
            # the military's word for rockets or missiles fired, a noun with no weapon named
            entry = {
                **entry,
                "kind": "noun",
                "needs_weapon": False,
                "sub": "Shelling/artillery/missile attack",
            }
        if entry.get("family") == "territory" and _CACHE_AHEAD.match(
            text, m.end(), min(end, m.end() + 70)
        ):
            # "seized a cache of rockets and two launchers": weapons taken, not ground
            entry = {**entry, "family": "arrest", "sub": "Disrupted weapons use"}
        if entry.get("needs_weapon") and not _WEAPON_AHEAD.match(
            text, m.end(), min(end, m.end() + 70)
        ):
            continue
        if entry.get("armed_with"):
            armed = _ARMED_WITH.match(text, m.end(), end)
            if armed is None or any(m.end() <= o.start() < armed.end() + 12 for o in matches):
                continue  # "responded with artillery fire and airstrikes": those tell it
        if key in ("fire", "launch") and _BARE_FORM_NOT_TOLD.search(
            text, max(start, m.start() - 12), m.start()
        ):
            continue  # "preparing to launch a drone", "primed to fire": not yet done
        if entry.get("sub") == "Disrupted weapons use" and _REMNANTS.match(
            text, m.end(), min(end, m.end() + 50)
        ):
            continue  # "investigators found fragments of the missile": what fell, not a cache
        if entry.get("needs_crowd") and not _CROWD_SUBJECT.search(
            text, max(start, m.start() - 70), m.start()
        ):
            continue
        if entry.get("weapon_subject") and not _WEAPON_SUBJECT.search(
            text, max(start, m.start() - 50), m.start()
        ):
            continue
        if entry.get("aircraft_subject") and not _AIRCRAFT_SUBJECT.search(
            text, max(start, m.start() - 40), m.start()
        ):
            continue  # "Turkish jets destroyed PKK targets", not "the house was destroyed"
        family = entry["family"]
        if entry.get("intercept_if_weapon") and _WEAPON_AHEAD.match(
            text, m.end(), min(end, m.end() + 40)
        ):
            family = "intercept"
        left = text[max(start, m.start() - 60) : m.start()]
        kind = entry["kind"]
        if kind == "verb" and key in {"attack", "attacks"} and _NOUN_BEFORE.search(left):
            kind = "noun"
        if (
            kind == "noun"
            and key in {"strike", "strikes", "attack", "attacks"}
            and _VERB_USE.search(left[-30:])
            and re.match(
                r"\s+(?:(?:an?|the|two|three|four|five|several|\d+)\b|[A-Z])",
                text[m.end() : m.end() + 8],
            )
        ):
            kind = "verb"  # "a drone strikes Tower 22", "F-16s strike two depots"
        if (
            key in ("drone strikes", "drone attacks")
            and re.search(r"\b(?:a|an|one|another|the)\s+$", left[-12:], re.IGNORECASE)
            and re.match(r"\s+(?:(?:an?|the|two|three|\d+)\b|[A-Z])", text[m.end() : m.end() + 8])
        ):
            kind = "verb"  # "a drone strikes Tower 22": the drone is the subject
        right = text[m.end() : min(end, m.end() + 12)]
        passive = (
            kind == "verb"
            and entry["family"] not in ("change", "agreement")
            and (
                bool(_PASSIVE_AUX.search(left))
                # "an anti-tank missile fired from Lebanon": the weapon was fired
                or (
                    key.endswith("ed")
                    and bool(_WEAPON_BEFORE.search(left[-25:]))
                    and bool(re.match(r"\s+(?:from|at|by|into|toward|towards)\b", right))
                )
                or (
                    key.endswith(("ed", "struck", "hit", "downed"))
                    and bool(re.match(r"\s+by\b", right))
                )
            )
        )
        if key == "sent" and not _AT_TARGET.match(text, m.end(), min(end, m.end() + 70)):
            continue  # "sent drones against the base" attacks; "sent missiles to Russia" does not
        if key in ("bomb", "bombs") and not _VERB_USE.search(left[-30:]):
            continue  # "Paveway IV guided bombs": the weapon, not the act
        if key == "target" and (
            _TARGET_NOUN_AFTER.match(right) or _TARGET_NOUN_BEFORE.search(left[-30:])
        ):
            continue  # "the Houthis' declared target profile", "a legitimate target"
        if key == "sank" and not _OBJECT_AHEAD.match(text, m.end()):
            continue  # "the ship, which sank on Saturday": it went down, no one sank it
        if key == "sunk" and not re.match(r"\s+by\b", text[m.end() : m.end() + 4]):
            continue
        if key == "died" and re.match(r"\s+(?:of|from|in\s+hospital|later|while)\b", right, re.I):
            continue  # "died of a cardiac episode", "died from wounds": a death, not an attack
        if key.startswith(("fired", "firing", "fires")) and _CROWD_CONTROL.match(text, m.end()):
            continue  # "police fired tear gas", "fired warning shots": not an attack
        if key in ("hit", "hits") and re.search(
            r"\b(?:a|direct|the|of|several|two|three|\d+)\s+$", left, re.IGNORECASE
        ):
            continue  # "a direct hit": an outcome, not an event
        if not entry.get("needs_weapon") and re.match(
            r"\s*(?:drones?|helicopters?|aircraft|fighters?|jets?|boats?|UAVs?|"
            r"submarines?|groups?|craft|force|forces|capabilit)",
            text[m.end() : m.end() + 14],
            re.I,
        ):
            continue  # "one-way attack drones", "strike group": part of a weapon's name
        if kind == "noun" and _WARNING_AFTER.match(text, m.end()):
            continue  # "air-raid sirens sounded": a warning, not a strike
        plural = kind == "noun" and (key.endswith("s") and not key.endswith("ss"))
        definite = kind == "noun" and bool(_DEFINITE.search(left[-60:]))
        out.append(
            Trigger(
                span=Span(m.start(), m.end()),
                surface=surface,
                kind=kind,
                family=family,
                sub=entry.get("sub"),
                weapon=entry.get("weapon"),
                passive=passive,
                plural=plural,
                definite=definite,
                anchored=bool(entry.get("anchored")),
                refers=bool(entry.get("refers")),
                impact=bool(entry.get("weapon_subject"))
                or (
                    family == "explosion"
                    and kind == "verb"
                    and bool(_WEAPON_SUBJECT.search(text, max(start, m.start() - 50), m.start()))
                ),
            )
        )
    return out


def weapon_subject(text: str, start: int, trig: Trigger) -> re.Match[str] | None:
    """The weapon that is the subject of an impact verb ("a Houthi missile ... landed")."""
    return _WEAPON_SUBJECT.search(text, max(start, trig.span.start - 90), trig.span.start)


def event_type_of(sub_event_type: str) -> str:
    """ACLED event_type for a sub_event_type."""
    subtypes: dict[str, str] = trigger_data()["subtypes"]
    return subtypes.get(sub_event_type, "Strategic developments")


def subtype_for_weapon_category(category: str) -> str | None:
    table: dict[str, str] = trigger_data()["weapon_category_subtype"]
    return table.get(category)


def default_subtype(*, state_actor: bool) -> str:
    defaults: dict[str, str] = trigger_data()["defaults"]
    return defaults["state_force" if state_actor else "non_state"]
