"""Statements: who took which position on what ("the Iraqi government condemned the strikes").

A statement is an attributed position, not every "X said": a spokesman reporting that a strike
hit eleven targets tells us about the event (the casualty and event components keep that),
while "condemned", "in self-defence", "no intention of leaving" or "denied any involvement"
is a stance an analyst tracks. So a statement needs three things:

- a reporting or position verb ("said", "stated", "condemned", "denied", "vowed", "wants");
- a speaker: the noun phrase before the verb ("White House adviser Jane Roe", "the Iraqi
  government", "Iran") or after it in inverted quotes (`"...," said General X, Commander`).
  Titles become the role, the name the speaker; "he"/"she" and "the spokesperson" refer back
  to an earlier speaker; anonymous sources and news media are reporters, not speakers;
- a stance read from the verb (condemn, deny, threaten, ...) or from what was said
  (demand-withdrawal, reject-withdrawal, support-response, claim, deny-involvement).
The quote is the quoted text attributed to the speaker, when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.models import Mention, Span, Statement


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_VERB_STANCE: dict[str, str | None] = {
    "said": None, "says": None, "say": None, "stated": None, "states": None, "told": None,
    "tells": None, "announced": None, "announces": None, "added": None, "adds": None,
    "expressed": None, "underscored": None, "emphasised": None, "emphasized": None,
    "asserted": None, "stressed": None, "reiterated": None, "insisted": None,
    "maintained": None, "noted": None, "declared": None, "argued": None, "wants": None,
    "wanted": None, "urged": None, "demanded": None, "called": None, "pledged": None,
    "promised": None, "vowed": "threaten", "vows": "threaten", "warned": "threaten",
    "warns": "threaten", "threatened": "threaten", "threatens": "threaten",
    "condemned": "condemn", "condemns": "condemn", "denounced": "condemn",
    "denounces": "condemn", "decried": "condemn", "slammed": "condemn",
    "criticised": "condemn", "criticized": "condemn", "accused": "condemn",
    "accuses": "condemn", "blamed": "condemn", "denied": "deny", "denies": "deny",
    "rejected": None, "claimed": None, "claims": None,
}  # fmt: skip
_VERB_RE = re.compile(r"\b(" + "|".join(_VERB_STANCE) + r")\b")

# Words that may sit between the speaker and the verb ("has long maintained").
_SKIP = _words(
    """has have had was were is are also later earlier then again long previously publicly
    reportedly repeatedly swiftly quickly immediately already since further once"""
)
# Lower-case words that belong to a speaker phrase ("the prime minister's office").
_NP_WORDS = _words(
    """government office ministry minister prime president spokesperson spokesman
    spokeswoman spokespeople official officials military army forces command commander
    general secretary adviser advisor security national deputy chief foreign defence
    defense interior state council parliament embassy leader leadership leaders group
    movement militia militias authorities administration cabinet presidency department
    director ambassador envoy representative lawmakers legislators parliamentarians mps
    politicians clerics cleric factions faction party parties coalition alliance
    of the and"""
)  # fmt: skip
_TITLES = _words(
    """president vice prime minister secretary spokesperson spokesman spokeswoman adviser
    advisor commander general gen. lieutenant lt. colonel col. major maj. admiral adm.
    brigadier brig. sergeant captain capt. chief deputy director ambassador envoy leader
    head chairman chair senator sen. representative rep. governor mayor king emir prince
    sheikh ayatollah imam minister-president premier chancellor"""
)  # fmt: skip
_NON_SPEAKERS = re.compile(
    r"\b(?:sources?|media|reports?|reporting|agency|news|outlets?|newspaper|witnesses|"
    r"analysts?|observers?|experts?|footage|video|statement|assessments?|documents?)$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she"})
_NOT_NAMES = _words(
    """The A An This That These Those It They We I He She However But And While When If
    After Before Earlier Later On In At Meanwhile"""
)  # fmt: skip

_OPEN_Q = '“"'
_CLOSE_Q = '”"'

_REJECT_WD = re.compile(
    r"\bno\s+(?:intention|plans?|desire)\s+(?:of|to)\s+(?:leav|withdraw|pull|depart|exit)"
    r"|\b(?:will|would|does|do|is|are)\s+not\s+(?:be\s+)?(?:leav|withdraw|pull|depart)"
    r"|\bnot\s+(?:leaving|withdrawing)\b|\b(?:will|to)\s+(?:stay|remain)\s+in\b"
    r"|\brejected?\s+(?:calls?|demands?)\s+(?:for|to)\s+(?:a\s+)?(?:withdraw|leave|exit)",
    re.IGNORECASE,
)
_DEMAND_WD = re.compile(
    r"\b(?:exit|withdrawal|departure|expulsion|ouster|pull-?out|removal)\s+of\b"
    r"|\b(?:end|ending|terminate|terminating|conclude|concluding)\s+(?:the\s+)?"
    r"(?:presence|existence|mission|deployment)\b"
    r"|\b(?:forces|troops|coalition)\s+(?:to\s+|must\s+|should\s+)?(?:leave|withdraw|depart)"
    r"|\b(?:leave|withdraw\s+from|get\s+out\s+of)\s+(?:the\s+country|its\s+soil|our\s+soil)",
    re.IGNORECASE,
)
_SUPPORT = re.compile(
    r"\bdeterren(?:ce|t)\b|\bhold\b[^.;]{0,60}?\baccountable\b|\bself[-\s]defen[cs]e\b"
    r"|\bnecessary\s+and\s+proportionate\b|\bright\s+to\s+(?:respond|defend)\b"
    r"|\bprotect\s+(?:our|its|their)\s+(?:forces|troops|personnel|people)\b"
    r"|\bdefend\s+(?:our|its|their)\s+(?:forces|troops|personnel)\b|\bjustified\b",
    re.IGNORECASE,
)
_CONDEMN = re.compile(
    r"\bviolation\s+of\s+(?:\w+\s+){0,3}sovereignty\b|\baggression\b|\bcondemn"
    r"|\bdangerous\s+escalation\b|\bdespicable\b|\bheinous\b|\bcowardly\b|\bunacceptable\b"
    r"|\boutrageous\b|\bterrorist\s+attack\b|\bbarbaric\b",
    re.IGNORECASE,
)
_CLAIM = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|the\s+attack|the\s+strike)\b"
    r"|\btook\s+responsibility\b"
    r"|^\W*(?:that\s+)?(?:it|they|the\s+group|its\s+(?:fighters|forces))\s+(?:had\s+)?"
    r"(?:targeted|attacked|launched|fired|struck|shot\s+down|downed|hit)\b",
    re.IGNORECASE,
)
_PLEDGE = re.compile(
    r"\b(?:will|would|shall|are\s+going\s+to)\s+(?:\w+\s+)?(?:respond|retaliate|avenge|"
    r"strike\s+back|hit\s+back|take\s+revenge|make\s+\w+\s+pay)\b|\bwill\s+pay\b",
    re.IGNORECASE,
)
_RETALIATE = re.compile(r"\b(?:retaliat\w*|revenge|avenge|respond|response)\b", re.I)
_INVOLVEMENT = re.compile(r"\b(?:involvement|responsibility|role|link|links|part|behind)\b", re.I)
_EVENT_REF = re.compile(
    r"\b(?:the|these|this|that|those|its|their)\s+(?:(?!to\b)\w+\s+){0,2}?"
    r"(?:strikes?|airstrikes?|attacks?|action|operation|raids?|incident|bombings?|assault)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Speaker:
    name: str
    role: str | None
    person: bool
    head: str  # last word of the phrase, lower-case ("spokesperson", "government")


def find_statements(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    published: dt.date | None,
) -> tuple[Statement, ...]:
    """Attributed positions in the text, one per speaker, stance and event."""
    del published  # statements carry no date of their own yet
    out: list[Statement] = []
    seen: list[_Speaker] = []
    keys: set[tuple[str, str, str | None]] = set()
    for idx, sent in enumerate(sentences):
        for m in _VERB_RE.finditer(text, sent.start, sent.end):
            verb = m.group(1)
            found = _speaker_before(text, sent, m.start())
            inverted = False
            if found is None and _inverted(text, sent, m.start()):
                found = _speaker_after(text, sent, m.end())
                inverted = found is not None
            if found is None:
                continue
            speaker = _refer(found, seen)
            if speaker is None:
                continue
            seen.append(speaker)
            quote, content = _said(text, sent, m, inverted)
            stance = _stance(verb, content, quote)
            if stance is None:
                continue
            about = _about(text, sentences, idx, events, content)
            key = (speaker.name.lower(), stance, about)
            if key in keys:
                continue
            keys.add(key)
            span = Span(sent.start, sent.end)
            out.append(Statement(speaker.name, speaker.role, stance, quote, about, span))
    return tuple(out)


_WORD_END = re.compile(r"([A-Za-z][\w.\-’']*)\s*$")
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu)-")


def _skip_back(text: str, sent: Span, pos: int) -> int:
    """Step back over quote marks, adverbs and auxiliaries ("has long", “unequivocally)."""
    while True:
        j = pos
        while j > sent.start and text[j - 1] in ' \t“”"':
            j -= 1
        w = re.search(r"([A-Za-z]+)$", text[sent.start : j])
        if w is None or j - len(w.group(1)) <= sent.start:
            return j
        word = w.group(1)
        if word.lower() not in _SKIP and not word.endswith("ly"):
            return j
        pos = j - len(word)


def _speaker_before(text: str, sent: Span, verb_at: int) -> _Speaker | None:
    """The speaker phrase that ends just before the verb, if it looks like one."""
    i = _skip_back(text, sent, verb_at)
    role_app: str | None = None
    if i > sent.start and text[i - 1] == ",":
        # an appositive role between commas: "Jane Roe, the director of X, said"
        prev = text.rfind(",", sent.start, i - 1)
        app = text[prev + 1 : i - 1].strip() if prev >= 0 else ""
        if prev < 0 or not re.match(r"(?:the|a|an)\s+[a-z]", app) or len(app.split()) > 8:
            return None
        role_app = re.sub(r"^(?:the|a|an)\s+", "", app)
        i = prev
    words: list[str] = []
    k = i
    while k > sent.start:
        m = _WORD_END.search(text, sent.start, k)
        if m is None:
            break
        w = m.group(1)
        bare = re.sub(r"[’']s$", "", w).lower()
        if not (w[0].isupper() or bare in _NP_WORDS or _PARTICLE.match(w)):
            break
        words.insert(0, w)
        k = m.start(1)
    while words and words[0].lower() in ("the", "a", "an", "of", "and"):
        words.pop(0)
    if not words or words[-1].lower() in ("of", "and", "the"):
        return None
    return _make_speaker(words, role_app)


def _inverted(text: str, sent: Span, verb_at: int) -> bool:
    """`"...," said X` : the verb follows a closing quote or a comma."""
    before = text[sent.start : verb_at].rstrip()
    return before.endswith((",”", ',"', "”", '"', ","))


def _speaker_after(text: str, sent: Span, verb_end: int) -> _Speaker | None:
    rest = text[verb_end : sent.end]
    m = re.match(r"\s+((?:[A-Z][\w.\-’']*|(?:al|el|bin|abu)-\w+)(?:\s+(?:[A-Z][\w.\-’']*|"
                 r"(?:al|el|bin|abu)-\w+))*)", rest)  # fmt: skip
    if not m:
        return None
    words = m.group(1).split()
    role_app = None
    app = re.match(r",\s+(?:the\s+)?([^,;]+?)\s*[.;]?\s*$", rest[m.end() :])
    if app and (app.group(1)[0].isupper() or app.group(1).split()[0] in _NP_WORDS):
        role_app = app.group(1).strip()
    return _make_speaker(words, role_app)


def _make_speaker(words: list[str], role_app: str | None) -> _Speaker | None:
    clean = [w.rstrip(",") for w in words]
    if len(clean) == 1 and clean[0] in _NOT_NAMES:
        return None
    phrase = " ".join(clean)
    if _NON_SPEAKERS.search(phrase) or clean[0].lower() in ("which", "who"):
        return None
    if len(clean[-1]) > 3 and clean[-1].endswith(".") and not re.search(r"\.\w+\.$", clean[-1]):
        clean[-1] = clean[-1][:-1]  # a sentence's full stop, not "U.S."
    lower = [re.sub(r"[’']s$", "", w).lower() for w in clean]
    titles = {i for i, w in enumerate(lower) if w in _TITLES or set(w.split("-")) & _TITLES}
    if len(clean) == 1 and lower[0] in _PRONOUNS:
        return _Speaker(lower[0], None, True, lower[0])
    k = len(clean)
    while k > 0 and k - 1 not in titles and lower[k - 1] not in _NP_WORDS and (
        clean[k - 1][0].isupper() or _PARTICLE.match(clean[k - 1])
    ):
        k -= 1
    if 0 < k < len(clean) and any(i < k for i in titles):
        role = role_app or " ".join(clean[:k])
        return _Speaker(" ".join(clean[k:]), role, True, lower[-1])
    if (
        not titles
        and k == 0
        and 2 <= len(clean) <= 4
        and not any(w.endswith(("’s", "'s")) for w in clean)
    ):
        return _Speaker(phrase, role_app, True, lower[-1])
    # an institution or an unnamed office holder: "the Pentagon's spokesperson"
    if len(clean) >= 2 and lower[-1] in _TITLES and clean[-2].endswith(("’s", "'s")):
        clean[-2] = clean[-2][:-2]
    return _Speaker(" ".join(clean), role_app, False, lower[-1])


def _refer(found: _Speaker, seen: list[_Speaker]) -> _Speaker | None:
    """Resolve "he"/"she" and bare offices ("the spokesperson") to an earlier speaker."""
    if found.name in _PRONOUNS:
        return next((s for s in reversed(seen) if s.person), None)
    if not any(c.isupper() for c in found.name):
        for s in reversed(seen):
            if s.head == found.head or found.head in (s.role or "").lower().split():
                return s
            if found.name.lower() in s.name.lower():
                return s
        if found.head not in _TITLES and found.head not in ("government", "ministry"):
            return None
    return found


def _said(text: str, sent: Span, m: re.Match[str], inverted: bool) -> tuple[str | None, str]:
    """The quote attributed to the speaker and the text whose content carries the stance."""
    para_end = text.find("\n", sent.end)
    para_end = len(text) if para_end < 0 else para_end
    para_start = text.rfind("\n", 0, sent.start) + 1
    if inverted:
        close = max(text.rfind(c, para_start, m.start()) for c in _CLOSE_Q)
        if close < 0:
            return None, text[sent.start : m.start()]
        open_ = max(text.rfind(c, para_start, close) for c in _OPEN_Q)
        if open_ < 0:
            return None, text[sent.start : m.start()]
        inner = text[open_ + 1 : close].strip().rstrip(",").strip()
        return inner or None, inner
    after = text[m.end() : sent.end]
    content = after
    quote: str | None = None
    lead = re.search(r"[“\"]\s*$", text[sent.start : m.start()])
    qm = re.search(r"[“\"]", after)
    q_open = -1
    if lead:
        q_open = sent.start + lead.start()
    elif qm:
        q_open = m.end() + qm.start()
    if q_open >= 0:
        q_close = min(
            (i for c in _CLOSE_Q if (i := text.find(c, q_open + 1, para_end)) >= 0),
            default=-1,
        )
        if q_close > q_open:
            quote = text[q_open + 1 : q_close].strip().rstrip(",.").strip() or None
            content = text[m.end() : max(q_close, sent.end)]
    if re.fullmatch(r"\W*(?:on\s+\w+\W*|in\s+a\s+statement\W*)?", after):
        content = text[sent.start : m.start()]  # "..., the ministry said."
        if quote is None:
            close = max(content.rfind(c) for c in _CLOSE_Q)
            open_ = max(text.rfind(c, para_start, sent.start + close) for c in _OPEN_Q)
            if close > 0 and 0 <= open_:
                quote = text[open_ + 1 : sent.start + close].strip().rstrip(",.").strip() or None
    return quote, content


def _stance(verb: str, content: str, quote: str | None) -> str | None:
    said = content + " " + (quote or "")
    default = _VERB_STANCE.get(verb)
    if default == "deny":
        return "deny-involvement" if _INVOLVEMENT.search(content[:80]) else "deny"
    if verb in ("vowed", "vows", "pledged", "promised", "threatened", "threatens", "warned"):
        head = content[:80]
        if _RETALIATE.search(head):
            return "pledge-retaliation"
        if default:
            return default
    if default == "condemn":
        return "condemn"
    if verb in ("claimed", "claims") and re.match(r"\s*(?:responsibility|credit)\b", content):
        return "claim"
    if _REJECT_WD.search(said):
        return "reject-withdrawal"
    if verb == "rejected" and _DEMAND_WD.search(said):
        return "reject-withdrawal"
    if _DEMAND_WD.search(said):
        return "demand-withdrawal"
    if _CLAIM.search(content):
        return "claim"
    if _CONDEMN.search(said):
        return "condemn"
    if _SUPPORT.search(said):
        return "support-response"
    if _PLEDGE.search(said):
        return "pledge-retaliation"
    return None


def sentence_index(sentences: Sequence[Span], offset: int) -> int:
    """Index of the sentence holding `offset` (the last one starting before it)."""
    best = 0
    for i, s in enumerate(sentences):
        if s.start <= offset:
            best = i
        else:
            break
    return best


def events_in(sentences: Sequence[Span], events: Sequence[Mention], idx: int) -> list[Mention]:
    """Events whose evidence lies in sentence `idx`."""
    sent = sentences[idx]
    return [e for e in events if any(sp.start < sent.end and sp.end > sent.start for sp in e.spans)]


def nearest_event_before(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    idx: int,
    noun: str | None = None,
) -> Mention | None:
    """The event with evidence closest before sentence `idx` (inclusive).

    With a `noun` ("strike", "attack"), the closest event whose evidence uses that word
    wins ("these strikes" points past a later-told attack to the strikes), else the closest.
    """
    closest: Mention | None = None
    for j in range(idx, -1, -1):
        for ev in reversed(events_in(sentences, events, j)):
            if closest is None:
                closest = ev
            if noun is None:
                return ev
            evidence = " ".join(text[sp.start : sp.end] for sp in ev.spans).lower()
            if noun in evidence:
                return ev
    return closest


def _about(
    text: str, sentences: Sequence[Span], idx: int, events: Sequence[Mention], content: str
) -> str | None:
    here = events_in(sentences, events, idx)
    if here:
        return here[0].id
    sent = text[sentences[idx].start : sentences[idx].end]
    ref = _EVENT_REF.search(content) or _EVENT_REF.search(sent)
    if ref:
        ev = nearest_event_before(text, sentences, events, idx, event_noun(ref.group(0)))
        return ev.id if ev else None
    return None


def event_noun(phrase: str) -> str | None:
    """The event word a phrase uses ("the US airstrikes" -> "strike")."""
    m = re.search(r"(strike|attack|raid|bombing|assault|incident|operation)", phrase.lower())
    return m.group(1) if m else None
