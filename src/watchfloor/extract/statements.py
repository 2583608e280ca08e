"""Statements: who took which position on what ("the Iraqi government condemned the strikes").

A statement is an attributed position, not every "X said": a spokesman reporting that a strike
hit eleven targets tells us about the event (the casualty and event components keep that),
while "condemned", "in self-defence", "no intention of leaving" or "denied any involvement"
is a stance an analyst tracks. So a statement needs three things:

- a reporting or position verb ("said", "condemned", "denied", "vowed", "wants") or
  "according to X";
- a speaker: the noun phrase before the verb ("White House adviser Jane Roe", "the Iraqi
  government", "its leader, Hassan X,") or after it (`"...," said General X, Commander`).
  Titles become the role, the name the speaker; "he"/"she", "the spokesperson", "the
  President" and "the group" refer back to an earlier speaker or a named actor; anonymous
  sources, bare "officials" and news media are reporters, not speakers;
- a stance read from the verb (condemn, deny, threaten, ...) or from what was said, up to
  the next reporting verb (see `_stance` for the cues).
The quote is the quoted text attributed to the speaker, when there is one. Headlines are
skipped (the body repeats them), and a speaker who speaks again within a few sentences is one
statement, kept where it was first made.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.models import Mention, Span, Statement
from watchfloor.resolve.actors import find_actors


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_VERB_STANCE: dict[str, str | None] = {
    "said": None, "says": None, "say": None, "stated": None, "states": None, "told": None,
    "tells": None, "announced": None, "announces": None, "added": None, "adds": None,
    "expressed": None, "underscored": None, "emphasised": None, "emphasized": None,
    "asserted": None, "stressed": None, "reiterated": None, "insisted": None,
    "maintained": None, "noted": None, "declared": None, "argued": None, "wants": None,
    "wanted": None, "urged": None, "demanded": None, "called": None, "pledged": None,
    "promised": None, "described": None, "spoke": None, "rejected": None, "claimed": None,
    "claims": None, "vowed": "threaten", "vows": "threaten", "warned": "threaten",
    "warns": "threaten", "threatened": "threaten", "threatens": "threaten",
    "condemned": "condemn", "condemns": "condemn", "denounced": "condemn",
    "denounces": "condemn", "decried": "condemn", "slammed": "condemn",
    "criticised": "condemn", "criticized": "condemn", "accused": "condemn",
    "accuses": "condemn", "blamed": "condemn", "denied": "deny", "denies": "deny",
    "wrote": None, "tweeted": None, "posted": None, "welcomed": "support-response",
    "welcomes": "support-response", "praised": "support-response", "hailed": "support-response",
}  # fmt: skip
_VERB_RE = re.compile(r"\b(" + "|".join(_VERB_STANCE) + r"|according\s+to)\b")

# Words that may sit between the speaker and the verb ("has long maintained").
_SKIP = _words(
    """has have had was were is are also later earlier then again long previously publicly
    reportedly repeatedly swiftly quickly immediately already since further once today
    yesterday tonight overnight privately"""
)
_TIME_BACK = re.compile(
    r"(?:,\s*)?\b(?:(?:late|early|earlier|later)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?(?:\s*,)?\s*$"
    r"|\b(?:hours|days|minutes)\s+(?:later|earlier)\s*$"
)
# Lower-case words that belong to a speaker phrase ("the prime minister's office").
_NP_WORDS = _words(
    """government office ministry minister prime president spokesperson spokesman
    spokeswoman spokespeople official officials military army forces command commander
    general secretary adviser advisor security national deputy chief foreign defence
    defense interior state council parliament embassy leader leadership leaders group
    movement militia militias authorities administration cabinet presidency department
    director ambassador envoy representative lawmakers legislators parliamentarians mps
    politicians clerics cleric factions faction party parties coalition alliance navy naval
    police senior top regional provincial tribal air guard intelligence press of the and"""
)  # fmt: skip
_TITLES = _words(
    """president vice prime minister secretary spokesperson spokesman spokeswoman adviser
    advisor commander general gen. lieutenant lt. colonel col. major maj. admiral adm.
    brigadier brig. sergeant captain capt. chief deputy director ambassador envoy leader
    head chairman chair senator sen. representative rep. governor mayor king emir prince
    sheikh ayatollah imam premier chancellor"""
)  # fmt: skip
_NON_SPEAKERS = re.compile(
    r"\b(?:sources?|media|reports?|reporting|agency|news|outlets?|newspaper|witnesses|"
    r"analysts?|observers?|experts?|footage|video|statement|assessments?|documents?|tally)$"
    r"|^(?:officials?|an?\s+official|someone|people|residents)$",
    re.IGNORECASE,
)
_PREPOSITIONS = _words("with by to for from against of on in into at over under toward towards")
_PRONOUNS = frozenset({"he", "she"})
_REPEAT_WINDOW = 3  # sentences within which a repeating speaker is one statement
# Bare heads that name a specific body on their own ("the ministry said").
_INSTITUTIONS = _words(
    """government ministry army military cabinet parliament presidency embassy command
    authorities administration council office forces navy police"""
)
# Heads that point back to a group named earlier ("the group said", "the Lebanese group").
_ANAPHORIC = _words("group militia movement organisation organization faction militants rebels")
_NOT_NAMES = _words(
    """The A An This That These Those It They We I However But And While When If After
    Before Earlier Later On In At Meanwhile Officials Sources"""
)  # fmt: skip
_NAME_TOKEN = r"(?:[A-Z][\w.\-’']*|(?:al|el|bin|ibn|abu)-\w+)"
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu)-")
_WORD_END = re.compile(r"([A-Za-z][\w.\-’']*)\s*$")
_ALPHA_END = re.compile(r"([A-Za-z]+)\s*$")
_OPEN_Q = '“"'
_CLOSE_Q = '”"'


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Stance cues, tried in this order on what the speaker said.
_REJECT_WD = _rx(
    r"\bno\s+(?:intention|plans?|desire)\s+(?:of|to)\s+(?:leav|withdraw|pull|depart|exit)"
    r"|\b(?:will|would|does|do|is|are)\s+not\s+(?:be\s+)?(?:leav|withdraw|pull|depart)"
    r"|\bnot\s+(?:leaving|withdrawing)\b|\b(?:will|to)\s+(?:stay|remain)\s+in\b"
    r"|\brejected?\s+(?:calls?|demands?)\s+(?:for|to)\s+(?:a\s+)?(?:withdraw|leave|exit)"
)
_DEMAND_WD = _rx(
    r"\b(?:exit|withdrawal|departure|expulsion|ouster|pull-?out|removal)\s+of\b"
    r"|\b(?:end|ending|terminate|terminating|conclude|concluding)\s+(?:the\s+)?"
    r"(?:presence|existence|mission|deployment)\b"
    r"|\b(?:forces|troops|coalition)\s+(?:to\s+|must\s+|should\s+)?(?:leave|withdraw|depart)"
    r"|\b(?:leave|withdraw\s+from|get\s+out\s+of)\s+(?:the\s+country|its\s+soil|our\s+soil)"
)
_CLAIM = _rx(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the\s+(?:attack|strike|operation)|"
    r"(?:\w+\s+){0,2}(?:attacks|operations|strikes))\b|\btook\s+responsibility\b"
    r"|^\W*(?:in\s+a\s+(?:\w+\s+)?statement\s+)?[^.;“\"]{0,50}?\b(?:it|they|its\s+(?:fighters|"
    r"forces|units|members|drones|missiles)|the\s+group|their\s+fighters)\s+(?:had\s+|has\s+|"
    r"have\s+)?(?:also\s+|successfully\s+)?(?:targeted|attacked|launched|fired|struck|"
    r"shot\s+down|downed|hit|sent|carried\s+out|bombed|shelled|(?:was|were)\s+behind)\b"
)
_ATTRIBUTE = _rx(
    r"\bhallmarks?\s+of\b|\b(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|"
    r"launched|conducted|staged)\s+by\b"
)
_CONDEMN = _rx(
    r"\bviolat\w*\s+(?:of\s+)?(?:\w+\s+){0,3}sovereignty\b|\baggression\b|\bcondemn"
    r"|\bdangerous\s+escalation\b|\bdespicable\b|\bheinous\b|\bcowardly\b|\bunacceptable\b"
    r"|\boutrageous\b|\boutraged\b|\bterrorist\s+attack\b|\bbarbaric\b|\bhostile\s+act\b"
    r"|\bunprovoked\b|\bblatant\b|\bwar\s+crimes?\b|\bcrime\b"
    r"|\bsummon(?:ed|s)?\s+(?:the\s+)?[^;]{0,30}?(?:ambassador|envoy|charg)"
    r"|\brejects?(?:ed)?\s+(?:any\s+|all\s+|the\s+)?(?:attacks?|strikes?|aggression)\b"
)
_DENY = _rx(r"\bno\s+evidence\b|\bbaseless\b|\bfabricat\w+|\bunfounded\b")
_SUPPORT = _rx(
    r"\bdeterren(?:ce|t)\b|\bhold\b[^.;]{0,60}?\b(?:accountable|to\s+account)\b"
    r"|\bself[-\s]defen[cs]e\b|\bnecessary\s+and\s+proportionate\b"
    r"|\bright\s+to\s+(?:respond|defend)\b|\b(?:in|as)\s+(?:a\s+)?(?:direct\s+)?response\s+to\b"
    r"|\b(?:was|were|is|are)\s+(?:a\s+)?(?:direct\s+)?response\s+to\b|\bour\s+response\b"
    r"|\b(?:protect|defend)(?:ing)?\s+(?:our|its|their)\s+(?:forces|troops|personnel|people)\b"
    r"|\bjustified\b"
)
_PLEDGE = _rx(
    r"\b(?:will|would|shall|are\s+going\s+to)\s+(?:\w+\s+)?(?:respond|retaliate|avenge|"
    r"strike\s+back|hit\s+back|take\s+revenge)\b|\bof\s+our\s+choosing\b"
    r"|\bnot\s+go\s+(?:unanswered|unpunished)\b"
)
_THREAT = _rx(
    r"\blegitimate\s+targets?\b|\bpay\s+(?:a\s+)?(?:heavy\s+|high\s+)?price\b|\bwill\s+pay\b"
    r"|\b(?:keep\s+up|continue|escalate|expand|widen)\s+(?:its|their|our)\s+(?:attacks|"
    r"operations|campaign)\b"
)
_RETALIATE = _rx(r"\b(?:retaliat\w*|revenge|avenge|respond|response)\b")
_INVOLVEMENT = _rx(r"\b(?:involvement|responsibility|role|link|links|part|behind)\b")
_EVENT_REF = _rx(
    r"\b(?:the|these|this|that|those|its|their)\s+(?:(?!to\b)\w+\s+){0,2}?"
    r"(?:strikes?|airstrikes?|attacks?|action|operation|raids?|incident|bombings?|assault|"
    r"killing|assassination)\b"
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
    """Attributed positions in the text, in order."""
    del published  # statements carry no date of their own yet
    out: list[Statement] = []
    seen: list[_Speaker] = []
    last_at: dict[str, int] = {}
    for idx, sent in enumerate(sentences):
        if idx == 0 and not re.search(r"[.!?\"”]$", sent.text(text)):
            continue  # a headline; the body says it again
        verbs = list(_VERB_RE.finditer(text, sent.start, sent.end))
        spoke = False
        until = -1  # end of the reported clause of the last speaker found
        for n, m in enumerate(verbs):
            if m.start() < until:
                continue  # "X said that Baghdad rejected ...": part of what X said
            speaker, inverted = _find_speaker(text, sentences, idx, m, seen)
            if speaker is None:
                continue
            seen.append(speaker)
            nxt = _clause_end(text, verbs[n + 1 :], m.end(), sent.end)
            until = nxt
            quote, content = _said(text, sent, m, nxt, inverted, spoke)
            spoke = True
            stance = _stance(m.group(1).lower(), content, quote)
            if stance is None:
                continue
            key = speaker.name.lower()
            recent = [k for k, at in last_at.items() if idx - at <= _REPEAT_WINDOW]
            if any(k == key or (min(len(k), len(key)) >= 5 and (k in key or key in k))
                   for k in recent):  # fmt: skip
                continue
            last_at[key] = idx
            about = _about(text, sentences, idx, events, content)
            out.append(Statement(speaker.name, speaker.role, stance, quote, about, sent))
    return tuple(out)


_BOUNDARY = re.compile(r"[;,]|\b(?:before|after|while|whereas|but|and|as|when)\b")


def _clause_end(text: str, later: Sequence[re.Match[str]], start: int, end: int) -> int:
    """Where a speaker's words end: at the next reporting verb that opens a new clause."""
    for v in later:
        if _BOUNDARY.search(text, start, v.start()):
            return v.start()
    return end


def _find_speaker(
    text: str,
    sentences: Sequence[Span],
    idx: int,
    m: re.Match[str],
    seen: list[_Speaker],
) -> tuple[_Speaker | None, bool]:
    sent = sentences[idx]
    if m.group(1).lower().startswith("according"):
        return _speaker_after(text, sent, m.end()), True
    found = _speaker_before(text, sent, m.start())
    inverted = False
    if found is None and re.search(r"\band\s*$", text[sent.start : m.start()]):
        found = _sentence_subject(text, sent)  # "X visited the site and said ..."
    if found is None and _inverted(text, sent, m.start()):
        found = _speaker_after(text, sent, m.end())
        inverted = found is not None
    if found is None:
        return None, False
    lo = sentences[max(0, idx - 2)].start
    return _refer(found, seen, text, lo, m.start()), inverted


def _skip_back(text: str, sent: Span, pos: int) -> int:
    """Step back over quote marks, adverbs, auxiliaries and times ("has long", "on Monday")."""
    while True:
        j = pos
        while j > sent.start and text[j - 1] in ' \t“”"':
            j -= 1
        t = _TIME_BACK.search(text, max(sent.start, j - 40), j)
        if t and t.start() > sent.start:
            pos = t.start()
            continue
        w = _ALPHA_END.search(text, max(sent.start, j - 30), j)
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
        prev = text.rfind(",", sent.start, i - 1)
        app = text[prev + 1 : i - 1].strip() if prev >= 0 else ""
        if prev < 0 or len(app.split()) > 8:
            return None
        if re.fullmatch(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}", app):
            # "Its leader, Hassan X, warned": the name is the speaker, the head its role
            head = _collect_back(text, sent.start, prev)
            role = " ".join(w for w in head if w.lower() not in ("its", "his", "her", "their"))
            return _make_speaker(app.split(), role or None, force_person=True)
        first = app.split()[0].lower() if app else ""
        if re.fullmatch(r"[a-z]+(?:ed|ing)", first) and first not in _NP_WORDS:
            i = prev  # "X, asked about the report, said": skip the aside
        elif first in ("the", "a", "an") or first in _TITLES or first in _NP_WORDS:
            role_app = re.sub(r"^(?:the|a|an)\s+", "", app)
            i = prev
        else:
            return None
    words = _collect_back(text, sent.start, i)
    while words and words[0].lower() in ("the", "a", "an", "of", "and", "in", "for"):
        words.pop(0)
    if not words or words[-1].lower() in ("of", "and", "the", "in", "for"):
        return None
    start = _word_start(text, sent.start, i, len(words))
    before = _ALPHA_END.search(text, max(sent.start, start - 30), start)
    if before and before.group(1).lower() in _PREPOSITIONS:
        return None  # "militias aligned with Tehran threatened": Tehran is not the subject
    return _make_speaker(words, role_app)


def _collect_back(text: str, lo: int, end: int) -> list[str]:
    """Words of a name-like phrase ending at `end`, read backwards."""
    words: list[str] = []
    k = end
    while k > lo:
        m = _WORD_END.search(text, max(lo, k - 40), k)
        if m is None:
            break
        w = m.group(1)
        bare = re.sub(r"[’']s$", "", w).lower()
        ok = w[0].isupper() or bare in _NP_WORDS or bare in _TITLES or _PARTICLE.match(w)
        if w in ("in", "for") and words and (words[0][0].isupper() or words[0] == "the"):
            # "Islamic Resistance in Iraq", "a spokesman for the government"
            prev = _WORD_END.search(text, max(lo, m.start(1) - 40), m.start(1))
            pw = prev.group(1) if prev else ""
            ok = bool(pw) and (pw[0].isupper() or pw.lower() in _TITLES)
        if not ok:
            break
        words.insert(0, w)
        k = m.start(1)
    return words


def _word_start(text: str, lo: int, end: int, n: int) -> int:
    k = end
    for _ in range(n):
        m = _WORD_END.search(text, max(lo, k - 40), k)
        if m is None:
            break
        k = m.start(1)
    return k


def _sentence_subject(text: str, sent: Span) -> _Speaker | None:
    """The name-like phrase opening a sentence, for "X did this and said ..."."""
    body = sent.text(text)
    lead = re.match(r"[\W]*(?:[A-Z][\w ]{0,20}:\s+)?", body)
    pos = sent.start + (lead.end() if lead else 0)
    app = re.match(rf"([^,]{{1,60}}),\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}),\s+[a-z]",
                   text[pos : sent.end])  # fmt: skip
    if app:
        head = [w for w in app.group(1).split() if w.lower() not in ("its", "his", "her", "the")]
        return _make_speaker(app.group(2).split(), " ".join(head) or None, force_person=True)
    words: list[str] = []
    for w in re.findall(r"[\w.\-’']+", text[pos : sent.end]):
        bare = re.sub(r"[’']s$", "", w).lower()
        if not (w[0].isupper() or bare in _NP_WORDS or bare in _TITLES or _PARTICLE.match(w)):
            break
        words.append(w)
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    return _make_speaker(words, None) if words else None


def _inverted(text: str, sent: Span, verb_at: int) -> bool:
    """`"...," said X` : the verb follows a closing quote or a comma."""
    before = text[max(sent.start, verb_at - 8) : verb_at].rstrip()
    return before.endswith((",”", ',"', "”", '"', ","))


def _speaker_after(text: str, sent: Span, verb_end: int) -> _Speaker | None:
    rest = text[verb_end : sent.end]
    m = re.match(rf"\s+(?:the\s+)?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)", rest)
    if not m:
        return None
    role_app = None
    app = re.match(r",\s+(?:the\s+)?([^,;]+?)\s*[.;]?\s*$", rest[m.end() :])
    if app and (app.group(1)[0].isupper() or app.group(1).split()[0] in _NP_WORDS):
        role_app = app.group(1).strip()
    return _make_speaker(m.group(1).split(), role_app)


def _make_speaker(
    words: list[str], role_app: str | None, *, force_person: bool = False
) -> _Speaker | None:
    clean = [w.rstrip(",") for w in words]
    if len(clean) == 1 and clean[0].lower() in _PRONOUNS:
        return _Speaker(clean[0].lower(), None, True, clean[0].lower())
    if len(clean) == 1 and clean[0] in _NOT_NAMES:
        return None
    if len(clean[-1]) > 3 and clean[-1].endswith(".") and not re.search(r"\.\w+\.$", clean[-1]):
        clean[-1] = clean[-1][:-1]  # a sentence's full stop, not "U.S."
    phrase = " ".join(clean)
    if _NON_SPEAKERS.search(phrase) or clean[0].lower() in ("which", "who"):
        return None
    lower = [re.sub(r"[’']s$", "", w).lower() for w in clean]
    titles = {i for i, w in enumerate(lower) if w in _TITLES or set(w.split("-")) & _TITLES}
    if force_person:
        return _Speaker(phrase, role_app, True, lower[-1])
    k = len(clean)
    while (
        k > 0
        and k - 1 not in titles
        and lower[k - 1] not in _NP_WORDS
        and (clean[k - 1][0].isupper() or _PARTICLE.match(clean[k - 1]))
    ):
        k -= 1
    if 0 < k < len(clean) and any(i < k for i in titles):
        role = role_app or " ".join(clean[:k])
        return _Speaker(" ".join(clean[k:]), role, True, lower[-1])
    if not titles and k == 0 and 2 <= len(clean) <= 4 and "’s" not in phrase and "'s" not in phrase:
        return _Speaker(phrase, role_app, True, lower[-1])
    # an institution or an unnamed office holder: "the Pentagon's spokesperson"
    if len(clean) >= 2 and lower[-1] in _TITLES and clean[-2].endswith(("’s", "'s")):
        clean[-2] = clean[-2][:-2]
    office = re.fullmatch(r"((?:\w+\s+)?\w+)\s+for\s+(?:the\s+)?(.+)", " ".join(clean))
    if office and office.group(1).split()[-1].lower() in _TITLES:
        # "spokesman for the Iraqi government" -> "Iraqi government spokesman"
        return _Speaker(f"{office.group(2)} {office.group(1)}", role_app or phrase, False,
                        office.group(1).split()[-1].lower())  # fmt: skip
    return _Speaker(" ".join(clean), role_app, False, lower[-1])


def _refer(found: _Speaker, seen: list[_Speaker], text: str, lo: int, hi: int) -> _Speaker | None:
    """Resolve "he"/"she", bare offices ("the spokesperson", "the President") and "the group".

    `text[lo:hi]` is the stretch before the verb where a named actor may be found.
    """
    if found.name in _PRONOUNS:
        return next((s for s in reversed(seen) if s.person), None)
    words = found.name.lower().split()
    if all(w in _TITLES or w in _NP_WORDS for w in words):
        for s in reversed(seen):
            role = (s.role or "").lower().split()
            if s.head == found.head or (s.person and found.head in role):
                return s
    if found.head in _ANAPHORIC and len(words) <= 2:
        actor = _antecedent(text, lo, hi, words[0] if len(words) == 2 else None)
        if actor:
            return _Speaker(actor, None, False, found.head)
    if len(words) == 1 and len(found.head) >= 5:
        stem = found.head.rstrip("s")
        for s in reversed(seen):
            if stem in s.name.lower() and s.name.lower() != found.name.lower():
                return s  # "the Guards" after "the Revolutionary Guard Corps"
    if any(c.isupper() for c in found.name):
        return found
    if found.head in _TITLES or found.head in _INSTITUTIONS:
        return found
    if found.head in ("official", "officials") and len(words) >= 2:
        return found  # "a senior military official"
    return None


def _antecedent(text: str, lo: int, hi: int, adjective: str | None) -> str | None:
    """The named non-state actor "the (Lebanese) group" points back to."""
    actors = [a for a in find_actors(text, lo, hi) if a.kind != "state_force"]
    if adjective:
        stem = adjective[:4]
        same = [a for a in actors if a.country and a.country.lower().startswith(stem)]
        if same:
            return same[-1].surface
    return actors[-1].surface if actors else None


def _said(
    text: str, sent: Span, m: re.Match[str], nxt: int, inverted: bool, spoke: bool
) -> tuple[str | None, str]:
    """The quote attributed to the speaker and the text whose content carries the stance.

    The content runs from the verb to the next reporting verb; a sentence-final "X said"
    takes the sentence before it, unless an earlier speaker in the sentence already owns it.
    """
    para_start = text.rfind("\n", 0, sent.start) + 1
    para_end = text.find("\n", sent.end)
    para_end = len(text) if para_end < 0 else para_end
    if inverted:
        before = _quote_before(text, para_start, m.start())
        return before, before or text[sent.start : m.start()]
    after = text[m.end() : nxt]
    quote: str | None = None
    content = after
    lead = re.search(r"[“\"]\s*$", text[max(sent.start, m.start() - 4) : m.start()])
    qm = re.search(r"[“\"]", text[m.end() : sent.end])
    q_open = (
        max(sent.start, m.start() - 4) + lead.start()
        if lead
        else (m.end() + qm.start() if qm else -1)
    )
    if q_open >= 0:
        closes = [i for c in _CLOSE_Q if (i := text.find(c, q_open + 1, para_end)) >= 0]
        q_close = min(closes, default=-1)
        if q_close > q_open:
            quote = text[q_open + 1 : q_close].strip().rstrip(",.").strip() or None
            content = text[m.end() : max(q_close, nxt)]
    if re.fullmatch(r"\W*(?:on\s+\w+\W*|in\s+a\s+statement\W*)?", text[m.end() : sent.end]):
        if spoke:
            return None, ""
        content = text[sent.start : m.start()]  # "..., the ministry said."
        quote = quote or _quote_before(text, para_start, m.start())
    return quote, content


def _quote_before(text: str, lo: int, pos: int) -> str | None:
    close = max(text.rfind(c, lo, pos) for c in _CLOSE_Q)
    if close < 0:
        return None
    open_ = max(text.rfind(c, lo, close) for c in _OPEN_Q)
    if open_ < 0:
        return None
    return text[open_ + 1 : close].strip().rstrip(",.").strip() or None


def _stance(verb: str, content: str, quote: str | None) -> str | None:
    said = content + " " + (quote or "")
    default = _VERB_STANCE.get(verb)
    if default == "deny":
        return "deny-involvement" if _INVOLVEMENT.search(content[:80]) else "deny"
    if verb in ("vowed", "vows", "pledged", "promised", "threatened", "threatens", "warned"):
        if _RETALIATE.search(content[:80]):
            return "pledge-retaliation"
        if default:
            return default
    if default in ("condemn", "support-response"):
        return default
    if verb in ("claimed", "claims") and _CLAIM.search(verb + content):
        return "claim"
    for rx, stance in _CUES:
        if rx.search(content if stance in ("claim", "attribute") else verb + " " + said):
            return stance
    if verb == "rejected" and _DEMAND_WD.search(said):
        return "reject-withdrawal"
    return None


_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_REJECT_WD, "reject-withdrawal"),
    (_DEMAND_WD, "demand-withdrawal"),
    (_CLAIM, "claim"),
    (_CONDEMN, "condemn"),
    (_DENY, "deny"),
    (_SUPPORT, "support-response"),
    (_PLEDGE, "pledge-retaliation"),
    (_THREAT, "threaten"),
    (_ATTRIBUTE, "attribute"),
)


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
            if re.search(_STEMS.get(noun, noun), evidence):
                return ev
    return closest


def _about(
    text: str, sentences: Sequence[Span], idx: int, events: Sequence[Mention], content: str
) -> str | None:
    here = events_in(sentences, events, idx)
    if here:
        return here[0].id
    ref = _EVENT_REF.search(content) or _EVENT_REF.search(sentences[idx].text(text))
    if ref:
        ev = nearest_event_before(text, sentences, events, idx, event_noun(ref.group(0)))
        return ev.id if ev else None
    return None


_STEMS = {"strike": "stri|struck", "attack": "attack", "raid": "raid", "bomb": "bomb",
          "assault": "assault", "incident": "incident", "operation": "operation",
          "kill": "kill", "assassin": "kill|assassin"}  # fmt: skip


def event_noun(phrase: str) -> str | None:
    """The stem of the event word a phrase uses ("the US airstrikes" -> "strike")."""
    m = re.search(
        r"(strike|attack|raid|bomb|assault|incident|operation|kill|assassin)", phrase.lower()
    )
    return m.group(1) if m else None
