"""Speakers: who a reporting verb belongs to, with their title as the role.

A statement is only worth keeping when it is pinned on someone an analyst can track, and
reading that someone off the words around a verb is most of the work: the noun phrase
before the verb or after an inverted `"...," said X`, a title split from a name ("White
House adviser Jane Roe"), an appositive name ("its leader, Hassan X,"), and back-references
("he", "the spokesperson", "the group") resolved to an earlier speaker or a named actor,
while anonymous sources and news media are refused. This module holds those rules and the
word lists they use, apart from the statement assembly in `statements`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from watchfloor.models import Span
from watchfloor.resolve.actors import find_actors


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Words that may sit between the speaker and the verb ("has long maintained").
_SKIP = _words(
    """has have had was were is are also later earlier then again long previously publicly
    reportedly repeatedly swiftly quickly immediately already since further once today
    yesterday tonight overnight privately nonetheless nevertheless however meanwhile though
    too instead"""
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
    police senior top regional provincial tribal air guard intelligence press political
    bureau member members health mission committee of the and"""
)  # fmt: skip
# Words a side's media call the other side's forces by ("the Israeli enemy army"), dropped
# from a speaker's name
_EPITHETS = _words("enemy occupation occupying zionist")
_TITLES = _words(
    """president vice prime minister secretary spokesperson spokesman spokeswoman adviser
    mp lawmaker legislator parliamentarian
    advisor commander general gen. lieutenant lt. colonel col. major maj. admiral adm.
    brigadier brig. sergeant captain capt. chief deputy director ambassador envoy leader
    head official chairman chair senator sen. representative rep. governor mayor king emir prince
    member
    sheikh ayatollah imam sayyed sayyid hajj mullah premier chancellor"""
)  # fmt: skip
_NON_SPEAKERS = re.compile(
    r"\b(?:sources?|media|reports?|reporting|agency|news|outlets?|newspaper|witnesses|"
    r"analysts?|observers?|experts?|footage|video|statement|assessments?|documents?|tally)$"
    r"|^(?:officials?|an?\s+official|someone|people|residents)$",
    re.IGNORECASE,
)
_PREPOSITIONS = _words("with by to for from against of on in into at over under toward towards")
_PRONOUNS = frozenset({"he", "she"})
_LINKS = frozenset({"of", "for", "in", "and", "to", "with", "at", "on"})
# Bare heads that name a specific body on their own ("the ministry said").
_INSTITUTIONS = _words(
    """government ministry army military cabinet parliament presidency embassy command
    authorities administration council office forces navy police"""
)
# Heads that point back to a state's forces named earlier ("the army said")
_ARMED = _words("army military navy forces")
# Heads that point back to a group named earlier ("the group said", "the Lebanese group").
_ANAPHORIC = _words("group militia movement organisation organization faction militants rebels")
_NOT_NAMES = _words(
    """The A An This That These Those It They We I However But And While When If After
    Before Earlier Later On In At Meanwhile Officials Sources Some Many Others Both
    All Most Few Local Overnight Yesterday Today Tonight Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September
    October November December"""
)  # fmt: skip
# "Having promised a heavier blow, the leadership ...", "Our Minister stated": an opening
# participle or a possessive determiner is no part of a name
_ADJECTIVE = re.compile(r"-(?:run|backed|led|affiliated|aligned|controlled|held|based)$")
_NOT_FIRST = re.compile(r"(?:[A-Z][a-z]+ing|Our|My|Your|Their|His|Her|Its)$")
_NAME_TOKEN = r"(?:[A-Z][\w.\-’']*|(?:al|el|bin|ibn|abu)-\w+)"
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu)-")
_WORD_END = re.compile(r"([A-Za-z][\w.\-’']*)\s*$")
_ALPHA_END = re.compile(r"([A-Za-z]+)\s*$")
# Patterns of the per-verb tests, compiled once.
_AND_END = re.compile(r"\b(?:and|but)\s*$")
_QUOTE_THEN_SPEAKER = re.compile(r"[,!?][”\"]\s*(?:[\w.'’-]+\s+){1,8}$")
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE_END = re.compile(r"[’']s$")
_DOTTED_END = re.compile(r"\.\w+\.$")
_ASIDE = re.compile(
    r"(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however|too|also|in\s+"
    r"(?:a|its|his|her|their)\s+(?:\w+\s+)?statement|in\s+response|separately|instead)",
    re.IGNORECASE,
)
_OFFICE_FOR = re.compile(r"((?:\w+\s+)?\w+)\s+(?:for|with)\s+(?:the\s+)?(.+)")


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase: the name, the role its title gives, and whether it is a person."""

    name: str
    role: str | None
    person: bool
    head: str  # last word of the phrase, lower-case ("spokesperson", "government")


def find_speaker(
    text: str,
    sentences: Sequence[Span],
    idx: int,
    m: re.Match[str],
    seen: list[Speaker],
) -> tuple[Speaker | None, bool]:
    """The speaker of the reporting verb `m` in sentence `idx`, and whether it follows the
    verb (`"...," said X`); back-references are resolved against `seen`."""
    sent = sentences[idx]
    if m.group(1).lower().startswith("according"):
        return _speaker_after(text, sent, m.end()), True
    found = _speaker_before(text, sent, m.start())
    # '"We will never allow it," he said', '"...," President Joe Biden said': the quote
    # right before the speaker is theirs
    inverted = found is not None and bool(_QUOTE_THEN_SPEAKER.search(text, sent.start, m.start()))
    if found is None and _AND_END.search(text[sent.start : m.start()]):
        found = _sentence_subject(text, sent)  # "X visited the site and said ..."
    told = m.group(1).lower() in ("told", "tells")  # "X, ..., told Reuters": an addressee
    if found is None and not told and _inverted(text, sent, m.start()):
        found = _speaker_after(text, sent, m.end())
        inverted = found is not None
    if found is None:
        return None, False
    lo = sentences[max(0, idx - 2)].start
    return _refer(found, seen, text, lo, m.start()), inverted


_LABEL_LINE = re.compile(
    r"^(?P<label>(?:[A-Z][A-Z.'’-]*[ \t]+){0,6}[A-Z][A-Z.'’-]*):\s", re.MULTILINE
)
_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR|SEN|REP)\.?\s+")


def transcript_labels(text: str) -> list[tuple[int, str]]:
    """(paragraph start, speaker label) of every labelled paragraph of a transcript
    ("DEPUTY PRESS SECRETARY SABRINA SINGH: ...", "Q: ..."), in order; none for a text
    with no reporter's question, which is no transcript."""
    out = [(m.start(), m.group("label")) for m in _LABEL_LINE.finditer(text)]
    # a transcript has a reporter's turn; a live blog's "IDF: 99% intercepted" is a headline
    return out if any(label.rstrip(".") in ("Q", "QUESTION") for _, label in out) else []


def transcript_speaker(
    labels: Sequence[tuple[int, str]], sent: Span, seen: Sequence[Speaker]
) -> Speaker | None:
    """The speaker whose labelled turn holds the sentence: the turn runs on over unlabelled
    paragraphs until the next label ("Q:" is a reporter, who takes no position)."""
    i = bisect_right(labels, (sent.start, "\uffff")) - 1
    if i < 0:
        return None
    label = labels[i][1]
    if label.rstrip(".") in ("Q", "QUESTION", "A", "ANSWER"):
        return None
    bare = _HONORIFIC.sub("", label)
    if bare != label and len(bare.split()) == 1:
        surname = bare.title()  # "MS. SINGH": the speaker named in full before
        return next((s for s in reversed(seen) if s.name.endswith(surname)), None) or Speaker(
            surname, None, True, surname.lower()
        )
    return _make_speaker([w.title() if w.isupper() else w for w in bare.split()], None)


def titled_people(text: str, sent: Span) -> list[Speaker]:
    """'President Recep Tayyip Erdoğan chaired a summit': people named with their title, to
    whom a later "he said" may refer though they said nothing yet."""
    out = []
    for m in _NAME_RUN.finditer(text, sent.start, sent.end):
        words = m.group(0).split()
        if len(words) < 3 or words[0].lower().rstrip(".") not in _TITLES:
            continue
        found = _make_speaker(words, None)
        if found is not None and found.person and found.role:
            out.append(found)
    return out


# 'X: "..."', 'X, visiting the base: "..."', 'X issued a blunt warning: "..."'
_COLON_QUOTE = re.compile(
    r"(?:,\s*[^,:\"“]{1,40}|\s+(?:issued|gave|sent|delivered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:warning|message|statement|response|reply))?\s*:\s*[\"“]"
)


def colon_quoted(text: str, sent: Span) -> tuple[Speaker, int] | None:
    """'Prime Minister Benjamin Netanyahu: "The fire ..."': a titled person, a colon and a
    quote, as live blogs give a leader's words. Returns the speaker and where the quote opens."""
    for m in _NAME_RUN.finditer(text, sent.start, sent.end):
        colon = _COLON_QUOTE.match(text, m.end(), sent.end)
        words = m.group(0).split()
        titled = any(w.lower().rstrip(".") in _TITLES for w in words[:-1])
        if colon is None or len(words) < 3 or not titled:
            continue
        found = _make_speaker(words, None)
        if found is not None and found.person and found.role:
            return found, colon.end() - 1
    return None


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


def _speaker_before(text: str, sent: Span, verb_at: int) -> Speaker | None:
    """The speaker phrase that ends just before the verb, if it looks like one."""
    i = _skip_back(text, sent, verb_at)
    comma = text.rfind(",", sent.start, verb_at)
    if comma > sent.start and not text[comma + 1 : verb_at].strip():
        prev = text.rfind(",", sent.start, comma)
        aside = text[prev + 1 : comma].split() if prev >= 0 else []
        if aside and _PARTICIPLE.fullmatch(aside[0].lower()) and aside[0].lower() not in _NP_WORDS:
            i = comma + 1  # "X, speaking at the United Nations on Thursday, warned": skip it whole
    role_app: str | None = None
    if i > sent.start and text[i - 1] == ",":
        prev = text.rfind(",", sent.start, i - 1)
        app = text[prev + 1 : i - 1].strip() if prev >= 0 else ""
        if (
            prev > sent.start
            and app.split()[:1] in (["who"], ["which"], ["whose"])
            and len(app.split()) <= 30
        ):
            # "President Joe Biden, who cut short a weekend trip to meet with his national
            # security team, said": the speaker is before the clause, however long
            return _speaker_before(text, sent, prev + 1) or _speaker_before(text, sent, prev)
        if prev < 0 or len(app.split()) > 12:
            return None
        if _NAME_RUN.fullmatch(app):
            # "Its leader, Hassan X, warned": the name is the speaker, the head its role
            head = _collect_back(text, sent.start, prev)
            role = " ".join(w for w in head if w.lower() not in ("its", "his", "her", "their"))
            return _make_speaker(app.split(), role or None, force_person=True)
        first = app.split()[0].lower() if app else ""
        if _ASIDE.fullmatch(app):
            # "Iran's foreign ministry, for its part, denied": an aside, not an apposition
            return _speaker_before(text, sent, prev)
        if first.endswith(("'s", "’s")) and set(re.split(r"[\s-]+", app.lower())) & _TITLES:
            # "Qasim al-Araji, Iraq's national security adviser, said": the title is the role
            words = _collect_back(text, sent.start, prev)
            named = bool(words) and bool(_NAME_RUN.fullmatch(" ".join(words)))
            return _make_speaker(words, app, force_person=named) if words else None
        if first in ("who", "which", "whose") and prev > sent.start:
            # "Hossein Akbari, who was not hurt, said": the speaker is before the clause
            return _speaker_before(text, sent, prev + 1) or _speaker_before(text, sent, prev)
        if (_PARTICIPLE.fullmatch(first) and first not in _NP_WORDS) or re.match(
            r"(?:one|some|part|many|several|among)\s+of\b|another\b", app, re.I
        ):
            i = prev  # "X, asked about the report, said", "X, one of the factions, said"
        elif first in ("the", "a", "an") or first in _TITLES or first in _NP_WORDS:
            role_app = _ARTICLE_START.sub("", app)
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
        bare = _POSSESSIVE_END.sub("", w).lower()
        if not words and w in _PRONOUNS:
            return [w]  # '"...," he said': the pronoun alone
        ok = w[0].isupper() or bare in _NP_WORDS or bare in _TITLES or _PARTICLE.match(w)
        if w in ("in", "for", "with") and words and (words[0][0].isupper() or words[0] == "the"):
            # "Islamic Resistance in Iraq", "a spokesman for the government"
            prev = _WORD_END.search(text, max(lo, m.start(1) - 40), m.start(1))
            pw = prev.group(1) if prev else ""
            ok = bool(pw) and (
                pw[0].isupper() or pw.lower() in _TITLES or pw.lower() in ("official", "officials")
            )
        if bare in _EPITHETS and words:
            k = m.start(1)  # "the Israeli enemy army": the epithet is no part of the name
            continue
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


# what may open a sentence before its subject: a run-in label ("Update: "), an adverbial or a
# participle clause ("On Sunday, ", "For its part, ", "Commenting on the strikes, ")
_OPENING = re.compile(
    r"\W*(?:[A-Z][\w ]{0,20}:\s+)?(?:(?:on|in|at|for|after|before|during|late|early|earlier|"
    r"later|meanwhile|however|separately|overnight|yesterday|today|[a-z]+ing)\b[^,]{0,60},\s+)*",
    re.I,
)


def _sentence_subject(text: str, sent: Span) -> Speaker | None:
    """The name-like phrase opening a sentence, for "X did this and said ..."."""
    body = sent.text(text)
    lead = _OPENING.match(body)
    pos = sent.start + (lead.end() if lead else 0)
    app = re.match(rf"([^,]{{1,60}}),\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}),\s+[a-z]",
                   text[pos : sent.end])  # fmt: skip
    if app:
        head = [w for w in app.group(1).split() if w.lower() not in ("its", "his", "her", "the")]
        return _make_speaker(app.group(2).split(), " ".join(head) or None, force_person=True)
    words: list[str] = []
    comma = text.find(",", pos, sent.end)  # "X, the group's chief negotiator, said": X
    for w in re.findall(r"[\w.\-’']+", text[pos : comma if comma > 0 else sent.end]):
        bare = _POSSESSIVE_END.sub("", w).lower()
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


# "said White House spokesman John Kirby", "said the Iraqi government": lower-case titles and
# office words may sit inside the name run
_AFTER_NAME = re.compile(
    rf"\s+(?:the\s+)?({_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|(?:"
    + "|".join(
        sorted((re.escape(t) for t in _TITLES | _NP_WORDS | {"press"}), key=len, reverse=True)
    )
    + r")\b))*)"
)


def _speaker_after(text: str, sent: Span, verb_end: int) -> Speaker | None:
    rest = text[verb_end : sent.end]
    m = _AFTER_NAME.match(rest)
    if not m:
        return None
    role_app = None
    app = re.match(r",\s+(?:the\s+)?([^,;]+?)\s*[.;]?\s*$", rest[m.end() :])
    if app and (app.group(1)[0].isupper() or app.group(1).split()[0] in _NP_WORDS):
        role_app = app.group(1).strip()
    return _make_speaker(m.group(1).split(), role_app)


def _make_speaker(
    words: list[str], role_app: str | None, *, force_person: bool = False
) -> Speaker | None:
    clean = [w.rstrip(",") for w in words]
    inner = [i for i, w in enumerate(clean[1:], 1) if w == "the" and clean[i - 1] not in _LINKS]
    if inner:
        # "Kataib Hezbollah, the militia the Pentagon blamed": the last "the" opens the name
        clean = clean[inner[-1] + 1 :]
    if clean and _POSSESSIVE_END.search(clean[-1]):
        clean[-1] = clean[-1][:-2]  # "Lebanon's" (health ministry): the owner speaks for it
    if not clean or _NOT_FIRST.match(clean[0]) or _ADJECTIVE.search(clean[-1]):
        return None
    if len(clean) == 1 and clean[0].lower() in _PRONOUNS:
        return Speaker(clean[0].lower(), None, True, clean[0].lower())
    if len(clean) == 1 and clean[0] in _NOT_NAMES:
        return None
    if clean[0] in ("No", "Nobody", "None"):
        return None  # "No group claimed responsibility": nobody spoke
    if len(clean[-1]) > 3 and clean[-1].endswith(".") and not _DOTTED_END.search(clean[-1]):
        clean[-1] = clean[-1][:-1]  # a sentence's full stop, not "U.S."
    phrase = " ".join(clean)
    if _NON_SPEAKERS.search(phrase) or clean[0].lower() in ("which", "who"):
        return None
    lower = [_POSSESSIVE_END.sub("", w).lower() for w in clean]
    titles = {i for i, w in enumerate(lower) if w in _TITLES or set(w.split("-")) & _TITLES}
    of = len(lower) - 1 - lower[::-1].index("of") if "of" in lower[1:-1] else -1
    if (
        of > 1
        and any(i < of - 1 for i in titles)
        and (of - 1) not in titles
        and len(clean) - of <= 4
        and all(w[0].isupper() for w in clean[of + 1 :])
    ):
        # "President Joseph Aoun of Lebanon": the person, whose title the place qualifies
        person = _make_speaker(clean[:of], role_app, force_person=force_person)
        if person is not None and person.person and person.role:
            where = " ".join(clean[of + 1 :])
            return replace(person, role=person.role if role_app else f"{person.role} of {where}")
    if force_person:
        return Speaker(phrase, role_app, True, lower[-1])
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
        return Speaker(" ".join(clean[k:]), role, True, lower[-1])
    if not titles and k == 0 and 2 <= len(clean) <= 4 and "’s" not in phrase and "'s" not in phrase:
        return Speaker(phrase, role_app, True, lower[-1])
    # an institution or an unnamed office holder: "the Pentagon's spokesperson"
    if len(clean) >= 2 and lower[-1] in _TITLES and clean[-2].endswith(("’s", "'s")):
        clean[-2] = clean[-2][:-2]
    office = _OFFICE_FOR.fullmatch(" ".join(clean))
    if office and office.group(1).split()[-1].lower() in _TITLES | {"official", "officials"}:
        # "spokesman for the Iraqi government" -> "Iraqi government spokesman"
        return Speaker(f"{office.group(2)} {office.group(1)}", role_app or phrase, False,
                        office.group(1).split()[-1].lower())  # fmt: skip
    return Speaker(" ".join(clean), role_app, False, lower[-1])


def _refer(found: Speaker, seen: list[Speaker], text: str, lo: int, hi: int) -> Speaker | None:
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
            return Speaker(actor, None, False, found.head)
    if len(words) == 1 and len(found.head) >= 5:
        stem = found.head.rstrip("s")
        for s in reversed(seen):
            named = [_PARTICLE.sub("", w).rstrip("s") for w in s.name.lower().split()]
            if stem in named and s.name.lower() != found.name.lower():
                return s  # "the Guards" after "the Revolutionary Guard Corps"
    if any(c.isupper() for c in found.name):
        return found
    if found.head in _ARMED and len(words) <= 2:
        # "the army said", after "the Israeli army struck": the state force named before
        forces = [
            a
            for a in find_actors(text, lo, hi)
            if a.kind == "state_force"
            and ((last := a.surface.split()[-1]).lower() in _ARMED or last[0].isupper())
        ]  # "the Israeli army", "the IDF"; not "Israeli jets"
        if forces:
            return Speaker(forces[-1].surface, None, False, found.head)
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
