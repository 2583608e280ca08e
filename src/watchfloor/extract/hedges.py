"""Is a trigger an event the text asserts? Hypotheticals, forecasts, threats, denials,
negations, habitual or aggregate mentions ("70 attacks since October 7") and temporal
anchors ("since the October 7 attacks") are not events.

Each check returns a short reason (kept in the extraction's warnings when debugging) or
None when the trigger reads as an asserted, single event.
"""

from __future__ import annotations

import re

from watchfloor.extract.triggers import Trigger
from watchfloor.models import Span
from watchfloor.text.number_words import spelled
from watchfloor.text.segment import BULLET

_IF = re.compile(
    r"(?:^|[\s,;(“\"])(?:if|unless|whether|should\s+\w+\s+(?:resume|continue))\b", re.I
)
# "Were Israel to strike Iran's nuclear sites", "Had the Houthis hit the carrier": a
# condition told by inverting the verb
_INVERTED_IF = re.compile(
    r"(?:^|[.;:,(“\"]\s*)(?:(?i:were)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+to|"
    r"(?i:had|should)\s+(?:the\s+[\w.’'-]+|[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,2}"
    r"(?:\s+ever)?)\s+$"
)
# what something was set up or sent to do, not what it did
_PURPOSE = re.compile(
    r"\b(?:(?:in\s+order|so\s+as)\s+to|(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:launched|set\s+up|"
    r"formed|created|established|designed|deployed|sent|built|intended|meant|tasked)\b"
    r"[^.;,]{0,60}?\bto)\s+$",
    re.I,
)
_SHOULD_THE = re.compile(r"\bshould\s+(?:the|these|such|further|any)\s+(?:[\w-]+\s+)?$", re.I)
_MODAL = re.compile(
    r"\b(?:would|could|might|may|will|shall|can|won't|wouldn't|must)\s+(?:\w+\s+){0,3}$", re.I
)
_HEDGE_LEFT = re.compile(
    r"\b(?:threat(?:en|ened|ens|ening)?|vow(?:ed|s)?|pledg(?:e|ed|es)|warn(?:ed|s|ing)?|"
    r"plan(?:s|ned|ning)?|intend(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|forecast(?:s)?|"
    r"prepar(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|risk(?:s|ed|ing)?|"
    r"likely\s+to|possib(?:le|ly)|potential(?:ly)?|fear(?:s|ed)?\s+(?:of|that|an?(?=\s))|"
    # "there are no indications of an imminent attack"
    r"imminent|impending|"
    # "bracing for an Iranian attack", "awaiting Hezbollah's response"
    r"brac(?:e|es|ed|ing)\s+(?:itself\s+|themselves\s+)?for|await(?:s|ed|ing)?|"
    r"calls?\s+for|urg(?:e|ed|es)|in\s+support\s+of|in\s+solidarity\s+with|"
    r"protest(?:s|ed|ing)?\s+(?:against|over)|seek(?:s|ing)?\s+to|aim(?:s|ed)?\s+to|"
    r"in\s+case\s+of|avoid(?:ed|ing)?|prevent(?:ed|ing)?|deter(?:red|ring)?|"
    r"continu(?:e|es|ed|ing)|resum(?:e|ed|es|ing)|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|froze(?:n)?|freez(?:e|es|ing)|"
    r"suspend(?:s|ed|ing)?|suspension\s+of|cease(?:s|d)?|ceasing|"
    r"stop(?:ped)?|end(?:ed)?\s+(?:their|its)|ready\s+to|capable\s+of|respond\s+to\s+any|"
    # "Israel also intensified its strikes in Syria": a trend, not a strike
    r"intensif(?:y|ied|ies|ying)|stepp?(?:ed|ing)?\s+up|ramp(?:ed|ing)?\s+up|"
    r"press(?:ed|es|ing)?\s+on\s+with)\s+"
    r"(?:[\w’'-]+\s+){0,5}$",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected\s+claims?|did\s+not|didn[’']t|does\s+not|"
    r"doesn[’']t|never|no|not|without|nor|neither|nobody|no\s+one)\s+(?:(?:any|involvement|"
    r"role|part|responsibility|in|for|of|the|a|an|carrying|out|conducting|launching|\w+ing|"
    r"yet|carried|conducted|launched|made|staged|claimed|confirmed|been|has|have|had|either|"
    r"both)\s+){0,5}$",
    re.I,
)
_TEMPORAL_ANCHOR = re.compile(
    r"\b(?:since|between|before|until|prior\s+to|ahead\s+of|start\s+of)\s+"
    # "explosions rocked Tehran before dawn as Israel struck": a time of day, not an event
    r"(?!(?:dawn|daybreak|sunrise|sunset|midnight|noon|midday|nightfall|first\s+light)\b)"
    r"(?:[\w’'.-]+\s+){0,5}$",
    re.I,
)
_QUANTIFIED = re.compile(
    r"(?:(?<![\w-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|scores?|multiple|several|numerous|many|repeated|frequent|more|fewer|"
    r"series|campaign|(?<!first\s)(?<!second\s)(?<!third\s)(?<!latest\s)(?<!another\s)(?<!fresh\s)"
    r"(?:waves|rounds?)|string|spate|number|most\s+of|half\s+of|all|some\s+of|"
    r"none\s+of|each\s+of|many\s+of)\b\s+"
    # "three days after Israeli airstrikes": a span of time, not a count of strikes
    r"(?!(?:days?|weeks?|months?|hours?|years?|nights?)\b)(?:(?!(?:launched|conducted|carried|"
    r"began|fired|said|was|were|killed|wounded|injured|hurt|dead|died|people|civilians)\b)"
    r"[\w-]+\s+){0,4}$)",
    re.I,
)
# a month's name, a weekday's, and the two ways a day of the month is written with one
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MD = _MONTH + r"\.?\s+\d{1,2}"
_DM = r"\d{1,2}\s+" + _MONTH
_MONTH_DAY = re.compile(r"\b" + _MD + r"\b|\b" + _DM + r"\b")
# "the Houthis have attacked ships for months": a campaign, not one attack
_FOR_MONTHS = (
    r"^[^.;,]{0,40}?\bfor\s+(?:(?:several|many|two|three|\d+)\s+)?(?:months|weeks|years)\b"
)
_AGGREGATE_RIGHT = re.compile(
    r"^[^;]{0,80}?\b(?:times|occasions|incidents)\b|^\s+(?:since|so\s+far|to\s+date)\b"
    r"|" + _FOR_MONTHS,
    re.I,
)
# "claimed three drone attacks on positions in Eilat on January 20": a day's attacks on
# named places are events, however many; "70 attacks since October" is a tally
_ONE_DAY = re.compile(
    r"^[^.;]{0,120}?\b(?:in|at|near|on)\s+[A-Z][^.;]{0,80}?\bon\s+(?:"
    + _MD
    + "|"
    + _DM
    + "|"
    + _WEEKDAY
    + r")\b(?![^.;]*\b(?:since|so\s+far|to\s+date)\b)"
)
# "launched on Tuesday two raids on the Ras Issa area": a few strikes on one day, one event
_DAY_THEN_COUNT = re.compile(
    r"\bon\s+(?:" + _WEEKDAY + "|" + _MD + r")\s+(?:" + spelled(2, 5) + r"|\d)\s+(?:[\w-]+\s+)?$"
)
# "On Feb. 17, between 3 p.m. and 8 p.m., CENTCOM forces conducted five self-defense
# strikes": the count of one day told at the head of its sentence
_OPENS_WITH_DAY = re.compile(
    r"\W*(?:(?:early|late)\s+)?on\s+(?:"
    + _WEEKDAY
    + "|"
    + _MD
    + "|"
    + _DM
    + r")\b(?:,?\s+\d{4})?\s*,",
    re.I,
)
_DAY_IN = re.compile(r"\b(?:on|early|late)\s+(?:" + _WEEKDAY + "|" + _MD + "|" + _DM + r")\b")
# "hundreds of raids on Monday on dozens of villages in the Nabatieh district": one day's wave
_DAY_THEN_PLACE = re.compile(
    r"\s+(?:early\s+|late\s+)?on\s+(?:" + _WEEKDAY + "|" + _MD + "|" + _DM + r")\b[^.;]{0,80}?"
    r"\b(?:on|in|at|near|against)\s+(?:[\w'’-]+\s+){0,5}?[A-Z]"
)
_AT_A_NAMED_PLACE = re.compile(r"\s+(?:on|in|at|near|against)\s+(?:[\w'’-]+\s+){0,5}?[A-Z]")
# "two raids on the Jarban area of Sanhan district": a few strikes on one named place
_FEW = re.compile(rf"\b(?:{spelled(2, 5)}|[2-5])\s+(?:[\w-]+\s+)?$", re.I)
_ON_A_PLACE = re.compile(
    r"\s+(?:on|at|near|targeting)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?(?:al-)?[A-Z]"
)
_UNLIKELY_RIGHT = re.compile(
    r"^[^.;]{0,60}?\b(?:remains?|remained|is|was|are|were|seems?|seemed|looks?|looked|appears?|"
    r"appeared)\s+(?:\w+\s+)?(?:unlikely|likely|possible|improbable|imminent|inevitable)\b"
    # "additional US strikes cannot be ruled out"
    r"|^[^.;]{0,60}?\b(?:cannot|can[’']t|could\s+not|couldn[’']t)\s+be\s+(?:\w+\s+)?ruled\s+out\b",
    re.I,
)
_ANALYSTS = re.compile(
    r"\W*(?:some\s+|many\s+|most\s+|other\s+)?(?:analysts|experts|observers|commentators|"
    r"diplomats|officials\s+fear)\s+(?:\w+\s+)?(?:said|say|believe|believed|expect|expected|"
    r"warn|warned|predict|predicted|think|thought|fear|feared)\b",
    re.I,
)
_REPORTED_AT = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:reported|carried\s+out|conducted|"
    r"launched|heard)\s+(?:on|at|in|near|against)\b",
    re.I,
)
_FURTHER = re.compile(
    r"\b(?:a|any)\s+(?:further|new|possible|potential|future|wider)\s+(?:[\w.-]+\s+){0,2}$|"
    r"\banother\s+(?:[\w.-]+\s+){0,2}$",
    re.I,
)
# "said the strikes would continue until ...": a forecast about strikes told or not told
_WILL_GO_ON = re.compile(
    r"\s+(?:would|will|could|might|may|must|are\s+set\s+to|are\s+going\s+to)\s+(?:not\s+)?"
    r"(?:\w+ly\s+)?(?:continue|resume|go\s+on|intensify|expand|escalate|stop|end|cease)\b",
    re.I,
)
# "The exchange of fire on the border went on.": a course, no new event (its days are told)
_WENT_ON = re.compile(
    r"(?:\s+(?:on|along|across|in)\s+(?:the\s+)?[\w\s-]{1,30}?)?\s+(?:went|carried|raged)\s+on"
    r"(?:\s+(?:unabated|meanwhile|regardless))?\s*[.;]",
    re.I,
)
# "directed the security authorities to swiftly arrest the perpetrators": an order, not a deed
_ORDERED_TO = re.compile(
    r"\b(?:direct(?:ed|s|ing)|order(?:ed|s|ing)|instruct(?:ed|s|ing)|tasked|authori[sz]ed)\s+"
    r"[^.;]{0,80}?\bto\s+[\"“]?(?:\w+ly\s+)?$",
    re.I,
)
_MODAL_AHEAD = re.compile(r"[^.;]{0,50}?\b(?:would|could|might|may|will)\b", re.I)
_ANY = re.compile(r"\b(?:any|every|no\s+further)\s+(?:[\w.-]+\s+){0,2}$", re.I)
# "the next U.S. strike", "future attacks": not yet happened ("the next day's strike" has)
_NEXT = re.compile(
    r"\b(?:the\s+next|future)\s+(?!(?:day|morning|night|evening|afternoon|week)\b)"
    r"(?:[\w.-]+\s+){0,2}$",
    re.I,
)
_CONTROLLED = re.compile(
    r"\s+(?:heard\s+)?(?:\w+\s+)?(?:were|was)\s+(?:caused\s+by|the\s+result\s+of|due\s+to|from)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:detonat|controlled|disposal|demolition|exercise|drill|training|"
    r"an?\s+accident)",
    re.I,
)
_HABITUAL_RIGHT = re.compile(
    r"[^.;]{0,80}?\b(?:on\s+a\s+(?:daily|nightly|weekly|regular)\s+basis|(?:almost|nearly)\s+daily|"
    r"every\s+(?:day|night)|day\s+after\s+day|night\s+after\s+night)\b",
    re.I,
)
_NTH_TIME = re.compile(
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?"
    r"(?:[\w’'.-]+\s+){0,5}(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?"
    # "the first time Israel has openly acknowledged a military strike on Iranian territory"
    r"(?:(?:acknowledged|admitted|claimed|confirmed|carried\s+out|conducted|launched)\s+"
    # "... has launched a direct military attack on Israel"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$",
    re.I,
)
_GENERIC_LEFT = re.compile(r"\b(?:of|in|for|by|from)\s+$", re.I)


# "summoned the charge d'affaires to hand him a strongly worded protest", "a protest note":
# a government's complaint, not a crowd in the street
_NOTE_LEFT = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|lodg(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|submit(?:ted|s|ting)?|"
    r"fil(?:e|ed|es|ing)|sen[dt]|register(?:ed|s|ing)?)\s+(?:\w+\s+){0,2}(?:an?\s+)?"
    r"(?:(?:strongly[\s-]worded|formal|official|diplomatic|written|verbal)\s+)*$",
    re.I,
)
_NOTE_RIGHT = re.compile(r"\s+(?:note|letter|memorandum|memo)\b", re.I)
# "UNIFIL protested through its liaison mechanism that ...", "Amman protested to the
# Israeli ambassador": a complaint made to someone, not a crowd in the street
_COMPLAINED = re.compile(
    r"\s+(?:(?:through|via|with|to)\s+(?:[\w'’-]+\s+){1,4})?that\b|"
    r"\s+to\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}(?:ambassador|envoy|embassy|government|"
    r"mission|authorities|liaison|charg[ée]\s+d'affaires|foreign\s+ministry)\b",
    re.I,
)
# "a tanker being hit would be ...", but not "the vessel reported being struck"
_BEING = re.compile(
    r"\b(?:a|an|the|any|its)\s+(?:(?!(?:reported|recalled|confirmed|acknowledged)\b)[\w-]+\s+)"
    r"{0,2}being\s+$",
    re.I,
)
_MANY_OF_THE = re.compile(
    r"\b(?:many|most|some|all|none|several)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:vessels|ships|sites|targets|places|bases)\s+$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she)\s+(?:\w+ly\s+|also\s+|only\s+)?$", re.I)
_SUMMONED = re.compile(r"\b(?:summon(?:ed|s|ing)?|call(?:ed|s)?\s+in)\b[^.;]{0,80}\bto\s+$", re.I)
_CROWD = re.compile(
    r"\b(?:protesters|demonstrators|crowds?|rall(?:y|ied|ies)|marche[ds]|gathered|thousands|"
    r"hundreds|dozens|streets)\b",
    re.I,
)


# plural nouns that count what was fired, not how many times: "approximately 10 launches"
_MUNITIONS_FIRED = frozenset({"launches", "salvos", "volleys"})
_LIST_HEAD = re.compile(r"\b(?:the\s+following|these|below)\s+(?:[\w-]+\s+){0,2}$", re.I)
_LIST_COLON = re.compile(r"\s*(?:\([^)]*\)\s*)?:")
# "Israeli strikes near Aleppo killed at least 42 people": a toll counts what those strikes did
_COUNTED_TOLL = re.compile(
    r"[^.;]{0,120}?\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|"
    r"more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\d|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b)",
    re.I,
)
# "a week in which Israel says it has struck 2,000 targets": a period's sum
_PERIOD_IN_WHICH = re.compile(
    r"\b(?:week|weeks|month|months|year|fortnight|period|days)\s+(?:in|during)\s+which\b", re.I
)
# "According to some unconfirmed reports, the group also launched drones"
_HEARSAY = re.compile(
    r"\baccording\s+to\s+(?:some\s+)?(?:unconfirmed|unverified)\s+(?:reports?|accounts?)\b|"
    r"\b(?:unconfirmed|unverified)\s+(?:reports?|accounts?)\s+(?:said|say|suggested|claimed)\b",
    re.I,
)
_NO_WORD_OF = re.compile(
    r"\b(?:no|nor\s+any|without\s+any)\s+(?:further\s+|new\s+|immediate\s+)?"
    r"(?:reports?|signs?|evidence|indications?|word|confirmation)\s+of\s+(?:[\w.’'-]+\s+){0,3}$",
    re.I,
)
_PROTEST_EVENTS = frozenset({"demonstrations", "protests"})  # the plural event nouns
# "two more drone attacks: one on the Rumalan landing zone, and another on Shaddadi": a count
# told one by one is those events
_ENUMERATED = re.compile(r"\s*[:—–]\s*(?:one|the\s+first)\b", re.I)


# "regularly carries out drone strikes", "often launches raids": a habit, no one event
_HABIT_OF_DOING = re.compile(
    r"\b(?:routinely|regularly|often|frequently|usually|repeatedly|periodically)\s+"
    r"(?:carries\s+out|conducts|launches|mounts|stages|undertakes)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


_WHOEVER = re.compile(
    r"\b(?:those|anyone|anybody|whoever|all\s+those|he|whomever)\s+who\s+(?:\w+\s+){0,2}$|"
    r"\bwhoever\s+(?:\w+\s+){0,2}$",
    re.I,
)


def assertion_problem(text: str, clause: Span, trig: Trigger) -> str | None:
    """Why this trigger is not an asserted event, or None."""
    if trig.family == "change":
        return _change_problem(text, clause, trig)
    if trig.family == "agreement":
        return _agreement_problem(text, clause, trig)
    left = text[clause.start : trig.span.start]
    right = text[trig.span.end : clause.end]
    near_left = left[-70:]
    if trig.family == "protest" and (
        _NOTE_LEFT.search(near_left)
        or _NOTE_RIGHT.match(right)
        or (trig.surface.lower().endswith("ed") and _COMPLAINED.match(right))
    ):
        return "diplomatic protest"
    if (
        trig.family == "protest"
        and _SUMMONED.search(text, clause.start, trig.span.start)
        and not _CROWD.search(text, clause.start, clause.end)
    ):
        return "diplomatic protest"  # "summoned the ambassador on Thursday to protest"
    if trig.surface.lower() == "engaged" and re.match(r"\s+(?:with|in|on|to|for)\b", right):
        return "not an attack"  # "said it had engaged with all sides", "engaged in talks"
    if _LIST_HEAD.search(near_left) and _LIST_COLON.match(right):
        return "list heading"  # "ANHA documented the following attacks:" (the list follows)
    if (
        _IF.search(left)
        or (trig.kind == "noun" and _SHOULD_THE.search(near_left))
        or (not trig.passive and _INVERTED_IF.search(left))
    ):
        return "conditional"  # "... the consequences should the attacks continue"
    if _MODAL.search(near_left):
        return "modal"
    if _PURPOSE.search(near_left):
        return "purpose"  # "the operation was launched in April 2022 to target PKK hideouts"
    if _WHOEVER.search(near_left) and not trig.surface.lower().endswith("ed"):
        # "Those who target the survival of our nation will never ...", not "those who
        # attacked the base on Tuesday"
        return "generic"
    if _HEDGE_LEFT.search(near_left) or _HEARSAY.search(left):
        return "hedged"
    if _ORDERED_TO.search(left):
        return "ordered"
    if trig.kind == "noun" and _WILL_GO_ON.match(right):
        return "forecast"
    if trig.kind == "noun" and _WENT_ON.match(right):
        return "course"
    if _UNLIKELY_RIGHT.search(right) or _ANALYSTS.match(left):
        return "forecast"  # "a direct Iranian attack remained unlikely", "analysts said ..."
    if trig.kind == "noun" and (_ANY.search(near_left) or _NEXT.search(near_left)):
        return "hypothetical"  # "any American attack would not go unanswered"
    if trig.kind == "noun" and _FURTHER.search(near_left) and _MODAL_AHEAD.match(right):
        return "hypothetical"  # "a further U.S. strike inside Iraq would likely ..."
    if (
        _DENIAL.search(near_left[-40:])
        or re.search(
            r"\b(?:no|not|never)\s+(?:[\w’'.-]+\s+){0,6}(?:was|were|been|be)\s+$", near_left, re.I
        )
        or re.search(r"\b(?:denied|denies|deny)\b[^.;]{0,80}$", near_left, re.I)
        # "No Israeli strike on Iran has been reported"
        or (trig.kind == "noun" and re.search(r"\bno\s+(?:[\w.’'-]+\s+){0,2}$", near_left, re.I))
        # "There were no reports of Turkish strikes in the region on Friday"
        or (trig.kind == "noun" and _NO_WORD_OF.search(near_left))
    ):
        return "negated or denied"
    if re.match(
        rf"\s*{BULLET}?\s*(?:between|from)\b[^.;]{{3,120}}\b(?:and|to|until)\b[^.;]{{3,60}},",
        left,
        re.I,
    ):
        return "period"  # "Between October 7 and 27 January, groups launched ...": a tally
    if _TEMPORAL_ANCHOR.search(near_left) or re.match(r"\s+since\b", right):
        return "temporal anchor"
    if _CONTROLLED.match(right):
        return "controlled detonation"  # "the explosions were caused by detonating old ammunition"
    if _NTH_TIME.search(near_left):
        return "aggregate"  # "It is not the first time Iran has struck the region"
    if re.search(
        r"\b(?:launching|conducting|carrying\s+out|striking|attacking)\s+$", near_left, re.I
    ) and re.search(r"^[^.;]{0,50}?\b(?:could|would|might|may|will|risks?)\b", right, re.I):
        return "hypothetical"  # "launching strikes in Iraq could inflame ..."
    if (
        trig.kind == "verb"
        and re.search(r"\b(?:have|has)\s+(?:\w+ly\s+|also\s+)?(?:been\s+)?$", near_left, re.I)
        and re.search(r"\b(?:since|so\s+far|to\s+date|tally|toll|in\s+total)\b", right, re.I)
    ):
        return "aggregate"  # "the Houthis have launched dozens of attacks since November"
    if re.search(r"^[^;]{0,30}?\b(?:twice|thrice)\b", right, re.I):
        return "aggregate"
    if trig.kind == "verb" and _MANY_OVER_A_PERIOD.match(right):
        return "aggregate"  # "attacked more than 100 merchant ships between November and January"
    if trig.kind == "verb" and _FEW_OVER_WEEKS.match(right):
        return "aggregate"  # "shot down seven MQ-9 Reaper drones in less than six weeks"
    if trig.kind == "verb" and _PERFECT.search(near_left) and _MANY_TARGETS.match(right):
        return "aggregate"  # "the Houthis have now attacked more than 60 merchant vessels"
    if _PERIOD_IN_WHICH.search(left):
        return "aggregate"  # "caps a week in which Israel says it has struck 2,000 targets"
    if trig.kind == "verb" and _BEING.search(near_left):
        return "hypothetical"  # "a tanker being hit would be a different story"
    if trig.kind == "verb" and _MANY_OF_THE.search(near_left):
        return "aggregate"  # "many of the vessels attacked have had no link to Israel"
    if (
        trig.kind == "verb"
        and re.fullmatch(r"[a-z]+[^s]s", trig.surface)
        and _PRONOUN_SUBJECT.search(near_left)
    ):
        return "habitual"  # "the group says it targets ships linked to Israel"
    if _HABITUAL_RIGHT.match(right):
        return "aggregate"  # "strikes targeted border villages on a daily basis"
    if trig.surface.endswith("ing") and re.search(
        r"\b(?:are|is|have\s+been|has\s+been)\s+(?:still\s+)?$", near_left, re.I
    ):
        return "ongoing"
    if trig.kind == "noun" and _HABIT_OF_DOING.search(near_left):
        return "habitual"  # "Turkey regularly carries out drone strikes in the region"
    began = re.search(
        r"\b(?:still|routinely|regularly|often|repeatedly|frequently|usually|started|starts|"
        # "has repeatedly been targeted"
        r"began|begun|begin|begins|keep|keeps|kept)\s+(?:been\s+)?$",
        near_left,
        re.I,
    )
    if began and not (
        # "Hezbollah began firing rockets at Israel on Oct. 8, 2023": the first attack's day
        began.group(0).lower().startswith(("began", "started")) and _DAY_IN.search(right[:80])
    ):
        return "ongoing"
    if (
        trig.kind == "verb"
        and not trig.surface.lower().endswith(("ed", "ing"))
        and _TO_DO.search(near_left)
    ):
        return "intended"  # "calls on Baghdad to identify, arrest and prosecute those"
    if trig.kind == "noun" and _TO_TAKE.search(near_left) and _MEANT.search(near_left):
        return "intended"  # "urged him to take decisive action against those responsible"
    if (
        trig.kind == "noun"
        and trig.plural
        # a crowd is not a count ("thousands of protesters"), but "6,000 demonstrations" is
        and (trig.family != "protest" or trig.surface.lower() in _PROTEST_EVENTS)
        and trig.surface.lower() not in _MUNITIONS_FIRED  # "10 launches": one barrage
    ):
        if (
            _QUANTIFIED.search(_MONTH_DAY.sub("DATE", near_left)[-40:])
            and not _ONE_DAY.search(right)
            and not _DAY_THEN_PLACE.match(right)
            and not _DAY_THEN_COUNT.search(near_left)
            and not _OPENS_WITH_DAY.match(left)
            and not (_FEW.search(near_left) and _ON_A_PLACE.match(right))
            # "Israeli warplanes on Sunday launched a series of airstrikes on Yemen's capital
            # Sanaa": one day's strikes on one named place are one event
            and not (_DAY_IN.search(near_left) and _AT_A_NAMED_PLACE.match(right))
            and not _ENUMERATED.match(right)
        ):
            return "aggregate"
        if _AGGREGATE_RIGHT.search(right):
            return "aggregate"
        if _TREND_RIGHT.match(right):
            return "trend"  # "militia attacks on U.S. troops largely stopped in February"
    if trig.kind == "verb" and re.match(_FOR_MONTHS, right, re.I):
        return "aggregate"
    if re.search(
        r"^[^;]{0,130}?\b(?:\w+\s+times|on\s+[\w,]+\s+occasions)\b", right, re.I
    ) and not re.search(r"^[^;]{0,60}?\b(?:one|a)\s+times\b", right, re.I):
        return "aggregate"
    return None


# "more than", "at least", "some" ... before a count
_ROUGHLY = r"(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+|about\s+|around\s+)?"
_MANY_OVER_A_PERIOD = re.compile(
    r"\s+" + _ROUGHLY + r"(?:\d{2,}|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ships|vessels|targets|sites|times|attacks|positions|locations)\b[^.;,]{0,40}?"
    r"\b(?:between\s+[A-Z]|since\s+[A-Z0-9]|so\s+far|to\s+date|this\s+year|in\s+recent\s+months)",
    re.I,
)
_FEW_OVER_WEEKS = re.compile(
    r"\s+"
    + _ROUGHLY
    + r"(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+"
    r"(?:[\w.’'-]+\s+){0,4}?(?:drones|ships|vessels|aircraft|jets|planes|tankers|boats)\b"
    r"[^.;]{0,30}?\bin\s+(?:less\s+than\s+|just\s+over\s+|more\s+than\s+|under\s+|"
    r"the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:days|weeks|months|years)\b",
    re.I,
)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?$", re.I)
_MANY_TARGETS = re.compile(
    r"\s+" + _ROUGHLY + r"(?:\d{2,}|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ships|vessels)\b",  # not "targets": "have struck 36 targets" is often one wave
    re.I,
)
# "urged him to take decisive action against those responsible", "vowed to carry out
# attacks": an action someone means to take, told by a noun
_TO_TAKE = re.compile(
    r"\bto\s+[“\"]?(?:take|carry\s+out|launch|conduct|mount)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_MEANT = re.compile(
    r"\b(?:urg\w*|call(?:s|ed)?\s+on|ask\w*|demand\w*|vow\w*|pledg\w*|promis\w*|threat\w*|"
    r"plan\w*|intend\w*|want\w*|seek\w*|sought|warn\w*|ready|prepared|will|would|could|may|"
    r"might|must|should)\b",
    re.I,
)
# "calls on Baghdad to take steps to identify, arrest and prosecute": what one asks for; not
# "used Paveway IV bombs to hit several targets", which says how it was done
_TO_DO = re.compile(
    r"\b(?:calls?\s+on|called\s+on|urg(?:e|es|ed)|ask(?:s|ed)?|demand(?:s|ed)?|plan(?:s|ned)?|"
    r"intend(?:s|ed)?|wants?|wanted|seeks?|sought|tr(?:y|ies|ied)|attempt(?:s|ed)?|steps)\b"
    r"[^.;]{0,80}?\bto\s+(?:[a-z]+,?\s+(?:and\s+|or\s+)?){0,3}$",
    re.I,
)
# a plural of attacks that stopped, resumed or grew: a campaign's course, not one event
_TREND_RIGHT = re.compile(
    r"(?:[^.;,]|(?<=[A-Z])\.){0,60}?\b(?:largely\s+|mostly\s+|all\s+but\s+|virtually\s+|have\s+|has\s+|had\s+)?"
    r"(?:stopped|ceased|halted|paused|subsided|slowed|dwindled|declined|decreased|"
    r"dropped\s+off|increased|intensified|escalated|tapered\s+off|petered\s+out)\b",
    re.I,
)


_FEW_COUNTED = re.compile(rf"(?:^|[\s,])(?:{spelled(2, 9)}|[2-9])\s+(?:[\w-]+\s+)?$", re.I)


def is_generic_plural(text: str, clause: Span, trig: Trigger, *, has_date: bool) -> bool:
    """A bare plural ("attacks on U.S. forces") with no article and no date is habitual."""
    if trig.kind != "noun" or not trig.plural or trig.definite or has_date:
        return False
    if trig.family == "protest":
        return False  # "demonstrators gathered": a crowd, not a habit
    left = text[max(clause.start, trig.span.start - 40) : trig.span.start]
    if _FEW_COUNTED.search(left):
        return False  # "two launches were identified crossing from Syria": those two
    if trig.family in ("strike", "attack") and _REPORTED_AT.match(text, trig.span.end, clause.end):
        return False  # "Strikes were also reported at the Ras Issa terminal": these strikes
    if trig.family in ("strike", "attack") and _COUNTED_TOLL.match(text, trig.span.end, clause.end):
        return False  # "Israeli strikes near Aleppo killed at least 42 people": those strikes
    # "conducted airstrikes against ...": a plural object of an action verb is one wave
    return not re.search(
        r"\b(?:conducted|carried\s+out|launched|began|begun|executed|staged|mounted|"
        r"made|ordered|carries\s+out|conducts|launches|claimed|claims|"
        # "responded with artillery and air strikes on dozens of targets": the answer
        r"(?:responded|retaliated|answered|hit\s+back|struck\s+back)\s+with)"
        r"\s+(?:[\w’'-]+\s+){0,3}$",
        left,
        re.I,
    )


def _change_problem(text: str, clause: Span, trig: Trigger) -> str | None:
    """'X announced it is suspending attacks' is a change to the group's activity; it needs
    an object that is a campaign of violence, and no condition or denial."""
    right = text[trig.span.end : min(clause.end, trig.span.end + 60)]
    left = text[clause.start : trig.span.start]
    if not re.search(
        r"\b(?:attacks?|operations|military|strikes?|hostilities|fire)\b", right, re.I
    ):
        return "not a change of activity"
    if _IF.search(left) or _MODAL.search(left[-70:]) or _DENIAL.search(left[-40:]):
        return "hedged"
    return None


# what an agreement event is about: "the ceasefire ... came into effect", "signed a deal"
_PACT = re.compile(
    r"\b(?:cease-?fires?|truces?|deals?|agreements?|arrangements?|accords?|armistice|"
    r"agreed\s+(?:to\s+(?:stop|halt)|not\s+to|that\s+neither))\b",
    re.I,
)
# "violations since the ceasefire took effect", "strikes despite the truce": a pact told as the
# background of other events
_PACT_BACKGROUND = re.compile(
    r"\b(?:since|after|following|despite|under|until|before|violat\w*|breach\w*|ahead\s+of|when|"
    r"once|set\s+to|due\s+to|scheduled\s+to|expected\s+to)\s+(?:[\w’'-]+\s+){0,4}$",
    re.I,
)


def _agreement_problem(text: str, clause: Span, trig: Trigger) -> str | None:
    """'The ceasefire between Israel and Hezbollah came into effect on Wednesday', 'X and Y
    signed an agreement': a pact that took effect or was made. 'Took effect' needs a pact as
    its subject, and a pact told as a condition, forecast or background is no event."""
    left = text[clause.start : trig.span.start]
    # the pact the clause is about: in the trigger ("signed an agreement") or just before it
    named = [
        m.start()
        for m in _PACT.finditer(text, max(clause.start, trig.span.start - 130), trig.span.start)
    ]
    if not (_PACT.search(trig.surface) or named):
        return "no agreement named"
    before = text[clause.start : named[-1]] if named and not _PACT.search(trig.surface) else left
    if _IF.search(left) or _MODAL.search(left[-70:]) or _DENIAL.search(left[-40:]):
        return "hedged"
    if _HEDGE_LEFT.search(left[-70:]) or _PACT_BACKGROUND.search(before[-60:]):
        return "hedged"
    return None
