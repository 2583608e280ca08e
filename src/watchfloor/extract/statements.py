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
  the next reporting verb (see `extract.stance` for the cues; `extract.speakers` for speakers).
The quote is the quoted text attributed to the speaker, when there is one. Headlines are
skipped (the body repeats them), and a speaker who speaks again within a few sentences is one
statement, kept where it was first made.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from watchfloor.extract.nearby import event_about
from watchfloor.extract.speakers import (
    Speaker,
    colon_quoted,
    find_speaker,
    titled_people,
    transcript_labels,
    transcript_speaker,
)
from watchfloor.extract.stance import REPORTING_VERB, stance_of
from watchfloor.models import Mention, Span, Statement

_REPEAT_WINDOW = 3  # sentences within which a repeating speaker is one statement
_OPEN_Q = '“"'
_CLOSE_Q = '”"'
_FINAL_STOP = re.compile(r"[.!?\"”]$")
_QUOTE_END = re.compile(r"[“\"]\s*$")
_QUOTE_MARK = re.compile(r"[“\"]")
_COLON_QUOTE = re.compile(r"\s*:\s*[“\"]")
_NOTHING_AFTER = re.compile(r"\W*(?:on\s+\w+\W*|in\s+a\s+statement\W*)?")


def find_statements(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    published: dt.date | None,
) -> tuple[Statement, ...]:
    """Attributed positions in the text, in order."""
    del published  # statements carry no date of their own yet
    out: list[Statement] = []
    seen: list[Speaker] = []
    last_at: dict[str, int] = {}
    labels = transcript_labels(text)
    for idx, sent in enumerate(sentences):
        if idx == 0 and not _FINAL_STOP.search(sent.text(text)):
            continue  # a headline; the body says it again
        verbs = list(REPORTING_VERB.finditer(text, sent.start, sent.end))
        spoke = False
        spoken_by: Speaker | None = None  # who made the sentence's last remark
        until = -1  # end of the reported clause of the last speaker found
        for n, m in enumerate(verbs):
            if m.start() < until:
                continue  # "X said that Baghdad rejected ...": part of what X said
            speaker, inverted = find_speaker(text, sentences, idx, m, seen)
            if speaker is None and spoken_by and _AND_THEN.search(text, sent.start, m.start()):
                # "Saree confirmed that ..., and warned that the operations 'will not stop'":
                # the same speaker's next remark
                speaker, inverted = spoken_by, False
            if speaker is None:
                continue
            spoken_by = speaker
            seen.append(speaker)
            nxt = _clause_end(text, verbs[n + 1 :], m.end(), sent.end)
            until = nxt
            quote, content = _said(text, sent, m, nxt, inverted, spoke)
            spoke = True
            stance = stance_of(m.group(1).lower(), content, quote)
            if (
                stance is None
                and quote
                and (len(quote.split()) >= _QUOTED_CLAUSE or speaker.person)
            ):
                # a whole quoted sentence on the record, whatever its stance ("a clear
                # message that ..."), or a person's quoted words ("President Joe Biden said
                # the United States was 'fully supportive'"); an institution's quoted phrase
                # ("the Pentagon said ... 'limited damage'") only reports a fact
                stance = "other"
            if stance is None:
                continue
            key = speaker.name.lower()
            recent = [k for k, at in last_at.items() if idx - at <= _REPEAT_WINDOW]
            if any(k == key or (min(len(k), len(key)) >= 5 and (k in key or key in k))
                   for k in recent):  # fmt: skip
                continue
            last_at[key] = idx
            about = event_about(text, sentences, idx, events, content)
            out.append(Statement(speaker.name, speaker.role, stance, quote, about, sent))
        # "President X chaired a summit. ... he said": named, then quoted
        seen.extend(titled_people(text, sent))
        colon = None if spoke else colon_quoted(text, sent)
        if colon is not None:
            speaker, opens = colon
            quoted = _QUOTED.match(text, opens, sent.end + 400)
            key = speaker.name.lower()
            if quoted is not None and not any(
                k == key and idx - at <= _REPEAT_WINDOW for k, at in last_at.items()
            ):
                last_at[key] = idx
                said = quoted.group("q")
                stance = stance_of("said", said, said) or "other"
                about = event_about(text, sentences, idx, events, said)
                out.append(Statement(speaker.name, speaker.role, stance, said, about, sent))
                seen.append(speaker)
                continue
        if spoke or not labels:
            continue
        labelled = transcript_speaker(labels, sent, seen)
        if labelled is None:
            continue
        seen.append(labelled)
        content = sent.text(text)
        stance = stance_of("said", content, None)
        key = labelled.name.lower()
        if stance is None or any(
            k == key and idx - at <= _REPEAT_WINDOW for k, at in last_at.items()
        ):
            continue
        last_at[key] = idx
        about = event_about(text, sentences, idx, events, content)
        out.append(Statement(labelled.name, labelled.role, stance, None, about, sent))
    return tuple(out)


_AND_THEN = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_QUOTED = re.compile(r"[\"“](?P<q>[^\"”]{8,400}?)[\"”]")
_QUOTED_CLAUSE = 4  # words a quote needs to count as a position taken ("limited damage" does not)


_BOUNDARY = re.compile(r"[;,]|\b(?:before|after|while|whereas|but|and|as|when)\b")


def _clause_end(text: str, later: Sequence[re.Match[str]], start: int, end: int) -> int:
    """Where a speaker's words end: at the next reporting verb that opens a new clause."""
    for v in later:
        if _BOUNDARY.search(text, start, v.start()):
            return v.start()
    return end


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
    colon = _COLON_QUOTE.match(text, m.end())
    if colon is not None:
        # 'Defence Secretary Grant Shapps said:' and the quote in the next paragraph
        close = min(
            (i for c in _CLOSE_Q if (i := text.find(c, colon.end(), colon.end() + 800)) >= 0),
            default=-1,
        )
        if close > colon.end():
            said = text[colon.end() : close].strip().rstrip(",.").strip()
            return said or None, said
    after = text[m.end() : nxt]
    quote: str | None = None
    content = after
    lead = _QUOTE_END.search(text[max(sent.start, m.start() - 4) : m.start()])
    qm = _QUOTE_MARK.search(text[m.end() : sent.end])
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
    if _NOTHING_AFTER.fullmatch(text[m.end() : sent.end]):
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
