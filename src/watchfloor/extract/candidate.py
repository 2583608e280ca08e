"""The working record of one event while a document is read.

Every extraction step fills a `Candidate`; merging within the document folds candidates
into events; `finalise` turns them into `models.Mention`. Kept apart so that roles, merging,
relations and finalising can import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.extract.triggers import Trigger
from watchfloor.models import CasualtyClaim, Span
from watchfloor.resolve.actors import ActorMatch
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch
from watchfloor.resolve.weapons import WeaponMatch

REMOTE_FAMILIES = frozenset({"attack", "strike", "explosion", "intercept", "weak", "clash", "harm"})


STATE_KINDS = frozenset({"state_force", "coalition", "government"})
#: armed groups that are not a state's: they fight, and mostly at home
ARMED_GROUP_KINDS = frozenset({"militia", "rebel", "terrorist"})


@dataclass
class Candidate:
    """A mutable working record for one event while the document is read."""

    sentence: int
    trigger: Trigger
    evidence: Span
    family: str
    actor1: ActorMatch | None = None
    actor2: ActorMatch | None = None
    place: PlaceMatch | None = None
    date: DateMention | None = None
    weapons: list[WeaponMatch] = field(default_factory=list)
    trigger_sub: str | None = None
    claims: list[CasualtyClaim] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    outcome: set[str] = field(default_factory=set)
    aliases1: set[str] = field(default_factory=set)
    aliases2: set[str] = field(default_factory=set)
    country: str | None = None
    responds: bool = False  # "retaliatory", "in response to" with no event named
    answers_before: bool = False  # "In response, ...": answers what was told before it
    members: list[int] = field(default_factory=list)
    merge_only: bool = False  # told only as the object of a statement ("condemned the strikes")
    places_here: list[PlaceMatch] = field(default_factory=list)  # every place the window names
    dates_here: list[DateMention] = field(default_factory=list)  # point dates in the window
    last_seen: int = -1  # the last sentence that told this event
    soldiers_harmed: bool = False  # "killing a soldier": the local state's forces were hit
    civilians_harmed: bool = False  # "killing one man": people no side is named for were hit
    arms_hit: bool = False  # "struck an air-defence radar": a state's weapons were hit
    victims: ActorMatch | None = None  # "killing three leaders of the PFLP": whose people died
    pronoun_side: ActorMatch | None = None  # "It launched ...": whom "it" stands for
    aimed_at: ActorMatch | None = None  # "fired missiles at Israel": the state aimed at, whole
    separate: bool = False  # "Separately, ...": told as another event than those before
    refuted: bool = False  # a claim the text says never happened: no event, merges with none
    restated: bool = False  # "the barrage that Iran fired": told again by the verb that follows
    origin: str | None = None  # the country it was fired from ("a rocket fired from Lebanon")
    cause_hint: str = ""  # the words after "in response to" when no event is told there
    areas: set[str] = field(default_factory=set)  # admin1 regions the window's places lie in
    covers: int = 1  # how many events told before it names ("both strikes": 2)
    ground: bool = False  # told as a fight on the ground ("stormed", "clashes", "checkpoints")
    unclaimed: bool = False  # "no party claimed responsibility": no perpetrator may be lent
    home_force: str | None = None  # "police arrested": the forces of wherever it happened
    # "a day after a drone killed a man": (the response's candidate index, days before it,
    # the words that say so), for a cause told with no day of its own
    lag: tuple[int, int, Span] | None = None

    place_votes: dict[str, int] = field(default_factory=dict)  # how often each place is told

    def __post_init__(self) -> None:
        self.last_seen = max(self.last_seen, self.sentence)
        if self.place is not None and not self.place_votes:
            self.place_votes[self.place.name] = 1

    @property
    def anaphoric(self) -> bool:
        # "the strikes", "they hit", and agentless passives ("sites were hit") tell again
        t = self.trigger
        return t.definite or (t.passive and self.actor1 is None and self.date is None)

    @property
    def weak(self) -> bool:
        return self.family == "weak"
