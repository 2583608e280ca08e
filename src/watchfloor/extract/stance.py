"""Stance: what position a reported remark takes (condemn, deny, claim, pledge-retaliation, ...).

Analysts track positions, not every "X said", so a statement is kept only when its verb
("condemned", "denied", "vowed") or what was said ("in self-defence", "no intention of
leaving", "legitimate targets") shows a stance. The verb table and the cue patterns, tried
in a fixed order, live here so the vocabulary can grow without touching how speakers and
quotes are found. The cues are regular expressions rather than word lists (they need
context such as "will not leave" or "claimed responsibility"), so they stay in code.
"""

from __future__ import annotations

import re

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
    "accuses": "condemn", "blamed": "condemn", "deplored": "condemn", "deplores": "condemn",
    "denied": "deny", "denies": "deny",
    "wrote": None, "writes": None, "tweeted": None, "tweets": None, "posted": None,
    "declined": None, "refused": None, "confirmed": None, "confirms": None,
    "acknowledged": None,
    "welcomed": "support-response",
    "welcomes": "support-response", "praised": "support-response", "hailed": "support-response",
    "defended": "support-response", "defends": "support-response",
    "dismissed": "dismiss", "dismisses": "dismiss", "derided": "criticize",
    "derides": "criticize", "mocked": "criticize", "ridiculed": "criticize",
}  # fmt: skip
# The lookahead on the first letters only filters (every alternative starts with one of
# them), but lets the engine skip most positions before trying the long alternation.
_FIRST = "".join(sorted({w[0] for w in _VERB_STANCE} | {"a"}))
REPORTING_VERB = re.compile(rf"(?=[{_FIRST}])\b(" + "|".join(_VERB_STANCE) + r"|according\s+to)\b")


def _rx(pattern: str, first: str = "") -> re.Pattern[str]:
    """A caseless cue; `first` lists the letters every alternative starts with: a lookahead
    on them filters only, and lets the engine skip most positions cheaply."""
    if first:
        pattern = rf"(?=[{first}])(?:{pattern})"
    return re.compile(pattern, re.IGNORECASE)


# Stance cues, tried in this order on what the speaker said.
_REJECT_WD = _rx(
    r"\bno\s+(?:intention|plans?|desire)\s+(?:of|to)\s+(?:leav|withdraw|pull|depart|exit)"
    r"|\b(?:will|would|does|do|is|are)\s+not\s+(?:be\s+)?(?:leav|withdraw|pull|depart)"
    r"|\bnot\s+(?:leaving|withdrawing)\b|\b(?:will|to)\s+(?:stay|remain)\s+in\b"
    r"|\brejected?\s+(?:calls?|demands?)\s+(?:for|to)\s+(?:a\s+)?(?:withdraw|leave|exit)",
    "adinrtw",
)
_DEMAND_WD = _rx(
    r"\b(?:exit|withdrawal|departure|expulsion|ouster|pull-?out|removal)\s+of\b"
    r"|\b(?:end|ending|terminate|terminating|conclude|concluding)\s+(?:the\s+)?"
    r"(?:presence|existence|mission|deployment)\b"
    r"|\b(?:forces|troops|coalition)\s+(?:to\s+|must\s+|should\s+)?(?:leave|withdraw|depart)"
    r"|\b(?:leave|withdraw\s+from|get\s+out\s+of)\s+(?:the\s+country|its\s+soil|our\s+soil)",
    "cdefgloprtw",
)
_CLAIM = _rx(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the\s+(?:attack|strike|operation)|"
    r"(?:\w+\s+){0,2}(?:attacks|operations|strikes))\b|\btook\s+responsibility\b"
    r"|^\W*(?:in\s+a\s+(?:\w+\s+)?statement\s+)?[^.;“\"]{0,50}?\b(?:it|they|its\s+(?:fighters|"
    r"forces|units|members|drones|missiles)|the\s+group(?:[’']s\s+(?:[\w-]+\s+)?(?:forces|fighters|"
    r"units|members|navy))?|their\s+fighters)\s+(?:had\s+|has\s+|"
    r"have\s+)?(?:also\s+|successfully\s+)?[“\"]?(?:targeted|attacked|launched|fired|struck|"
    r"shot\s+down|downed|hit|sent|carried\s+out|bombed|shelled|(?:was|were)\s+behind|"
    r"neutrali[sz]ed|destroyed|eliminated|killed)\b"
)
_ATTRIBUTE = _rx(
    r"\bhallmarks?\s+of\b|\b(?:foot|finger)prints?\s+of\b|\b(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|"
    r"launched|conducted|staged)\s+by\b",
    "fhw",
)
_CONDEMN = _rx(
    r"\bviolat\w*\s+(?:of\s+)?(?:\w+\s+){0,3}sovereignty\b|\baggression\b|\bcondemn"
    r"|\bdangerous\s+escalation\b|\bdespicable\b|\bheinous\b|\bcowardly\b|\bunacceptable\b"
    r"|\boutrageous\b|\boutraged\b|\b(?:deeply\s+)?disturbing\b|\bappalling\b|\bhorrific\b|\bdeplor"
    r"|\bterrorist\s+attack\b|\bbarbaric\b|\bhostile\s+act\b"
    r"|\bunprovoked\b|\bblatant\b|\bwar\s+crimes?\b|\bcrime\b|\breckless\b|\billegal\b"
    r"|\birresponsible\b|\bcriminal\b|\bflagrant\b|\bdisregard\s+for\b"
    r"|\bviolat\w*\s+(?:of\s+)?[“\"]?(?:all\s+)?international\s+(?:law|conventions|norms)\b"
    r"|\bact\s+of\s+(?:\w+\s+)?terrorism\b|\bdeclaration\s+of\s+war\b"
    r"|\bdeliberate(?:ly)?\s+(?:fire|firing|attack|targeting|shelling|targeted|fired|attacked)\b"
    r"|\brecall(?:ed|ing|s)?\s+(?:its\s+|the\s+|their\s+)?ambassador|\bno\s+justification\b"
    r"|\b(?:file|filed|lodge|lodged)\s+(?:a\s+)?(?:formal\s+)?complaint\b"
    r"|\bsummon(?:ed|s)?\s+(?:the\s+)?[^;]{0,30}?(?:ambassador|envoy|charg)"
    r"|\brejects?(?:ed)?\s+(?:any\s+|all\s+|the\s+)?(?:attacks?|strikes?|aggression)\b"
    # "said the perpetrators would be brought to justice"
    r"|\bbrought\s+to\s+justice\b",
    "abcdfhilnorstuvw",
)
_DENY = _rx(
    r"\bno\s+evidence\b|\bbaseless\b|\bfabricat\w+|\bunfounded\b|\b(?:was|were|is|are)\s+not\s+"
    r"(?:involved|behind)\b|\bhad\s+no\s+(?:role|involvement|part)\b|\bnever\s+took\s+place\b|"
    r"\bhad\s+(?:not\s+)?taken\s+place\b[^.;]{0,40}\bfalse\b|\bclaims?\s+(?:was|were|is)\s+(?:\"?)false\b|"
    # "calling the claim 'false'", "called the reports baseless"
    r"\b(?:calling|called)\s+(?:the|their|its|those|these)\s+(?:claims?|reports?|allegations?)\s+"
    r"[“\"]?(?:false|untrue|baseless|lies)\b|"
    # "the tanker had no connection to Israel"
    r"\b(?:had|has|have)\s+no\s+(?:connection|links?|ties|affiliation|relation)\s+(?:to|with)\b|"
    # "the group had nothing to do with the attack"
    r"\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b",
    "abcfhinuw",
)
_NO_COMMENT = _rx(
    r"\b(?:does|did|do|would|will)\s+not\s+comment\b|\b(?:declined|refused)\s+to\s+comment\b"
    r"|\bno\s+comment\b|\b(?:does|did|do|would|will)\s+not\s+(?:respond|react)\s+to\s+"
    r"(?:\w+\s+){0,3}?reports\b",
    "dnrwb",
)
# "would stop its attacks only if Israel halts ...": a position with a condition
_CONDITION = _rx(
    r"\b(?:would|will|to)\s+(?:only\s+)?(?:stop|halt|end|cease|suspend)\b[^.;]{0,60}?"
    r"\b(?:only\s+)?(?:if|when|until|once)\b"
    r"|\b(?:keep|continue)\s+(?:fighting|attacking|its\s+attacks|their\s+attacks)\s+until\b",
    "tkwc",
)
_DISMISSED = re.compile(
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:as|claims?|reports?|allegations?|accusations?|"
    r"threats?|attack|strike)\b",
    re.IGNORECASE,
)
_SUPPORT = _rx(
    r"\bdeterren(?:ce|t)\b|\bhold\b[^.;]{0,60}?\b(?:accountable|to\s+account)\b"
    r"|\bself[-\s]defen[cs]e\b|\bnecessary\s+and\s+proportionate\b"
    r"|\bright\s+to\s+(?:respond|defend)\b|\b(?:in|as)\s+(?:a\s+)?(?:direct\s+)?response\s+to\b"
    r"|\b(?:was|were|is|are)\s+(?:a\s+)?(?:direct\s+)?response\s+to\b|\bour\s+response\b"
    r"|\b(?:protect|defend)(?:ing)?\s+(?:our|its|their)\s+(?:forces|troops|personnel|people)\b"
    r"|\bjustified\b|\ba\s+direct\s+response\s+to\b|\bresponding\s+to\b|\b(?:was|were|is|are)\s+(?:a\s+|in\s+)?(?:retaliation|revenge|reprisal)\s+for\b",
    "adhijnoprsw",
)
_PLEDGE = _rx(
    r"\b(?:will|would|shall|are\s+going\s+to)\s+(?:\w+\s+){0,3}?(?:respond|retaliate|avenge|"
    r"strike\s+back|hit\s+back|take\s+revenge)\b|\bof\s+our\s+choosing\b"
    r"|\bnot\s+go\s+(?:unanswered|unpunished)\b"
    r"|\bwill\s+not\s+pass\s+without\s+(?:a\s+)?(?:response|reply|punishment)\b",
    "anosw",
)
_THREAT = _rx(
    r"\blegitimate\s+targets?\b|\bpay\s+(?:a\s+)?(?:heavy\s+|high\s+)?price\b|\bwill\s+pay\b"
    r"|\bexact\s+(?:a\s+)?(?:heavy\s+)?price\b|\bresponse\s+would\s+be\b"
    r"|\b(?:harsh|severe|crushing|decisive|painful|forceful)\s+(?:response|retaliation|reply)\b"
    r"|\b(?:would|will)\s+[“\"]?\s*(?:continue\s+and\s+)?(?:increase|intensify|expand|escalate|"
    r"step\s+up)\b"
    r"|\b(?:could|would|will|may|might)\s+(?:\w+\s+)?(?:strike|hit|target|attack|destroy)\s+"
    r"(?:\w+\s+){0,3}?(?:deeper|further|inside|harder|again|beirut|tehran|baghdad|sanaa)\b"
    r"|\b(?:keep\s+up|continue|escalate|expand|widen)\s+(?:its|their|our)\s+(?:attacks|"
    r"operations|campaign)\b|\bcrossed\s+(?:a|the|all)\s+(?:\w+\s+)?red\s+lines?\b"
    r"|\bwill\s+be\s+punished\b|\b(?:just|severe|harsh)\s+(?:punishment|reckoning|retribution)\b"
    r"|\b(?:will|would)\s+not\s+tolerate\b"
    r"|\bcontinue\s+to\s+(?:strike|hit|target|attack|pound)\b|\bnew\s+phase\b"
    # "the strikes will continue until", "respond forcefully to any breach"
    r"|\b(?:will|would|shall)\s+continue\s+until\b"
    r"|\brespond\s+(?:forcefully|harshly|decisively|strongly|with\s+(?:full\s+)?force)\b",
    "cdefhijklnprsw",
)
# "urged all sides to exercise maximum restraint", "called for de-escalation", "expressed
# great concern": a call to hold back, tried last (a condemnation or threat says more)
_RESTRAINT = _rx(
    r"\brestraint\b|\bde-?escalat\w*|\b(?:avoid|prevent)\w*\s+(?:\w+\s+){0,2}?escalation\b"
    r"|\b(?:great|grave|deep|serious)\s+concern\b|\b(?:deeply\s+)?(?:concerned|alarmed)\b"
    r"|\bcalm\b|\brefrain\s+from\b",
    "acdgpr",
)
_RETALIATE = _rx(r"\b(?:retaliat\w*|revenge|avenge|respond|response)\b", "ar")
_INVOLVED = _rx(r"\b(?:involved|involvement|behind|responsib\w+|role)\b", "bilr")
_INVOLVEMENT = _rx(r"\b(?:involvement|responsibility|role|link|links|part|behind)\b", "bilpr")


def stance_of(verb: str, content: str, quote: str | None) -> str | None:
    """The stance of a remark: from the verb, else from the cues in what was said."""
    said = content + " " + (quote or "")
    default = _VERB_STANCE.get(verb)
    if default == "dismiss" and not _DISMISSED.match(content):
        return None  # "the government dismissed the army chief": he lost his post
    if default == "deny":
        return "deny-involvement" if _INVOLVEMENT.search(content[:80]) else "deny"
    if verb in ("vowed", "vows", "pledged", "promised", "threatened", "threatens", "warned"):
        if _RETALIATE.search(content[:80]):
            return "pledge-retaliation"
        if default:
            return default
    if default in ("condemn", "support-response", "dismiss", "criticize"):
        return default
    if verb in ("declined", "refused"):
        # "declined to comment and did not claim responsibility": no comment, no claim
        return "no-comment" if _NO_COMMENT.search(verb + content) else None
    if verb in ("claimed", "claims") and _CLAIM.search(verb + content):
        return "claim"
    full = verb + " " + said
    for rx, stance in _CUES:
        if rx.search(content if stance in ("claim", "attribute") else full):
            if stance == "deny" and _INVOLVED.search(content):
                return "deny-involvement"  # "the group was not involved"
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
    (_NO_COMMENT, "no-comment"),
    (_CONDITION, "condition"),
    (_SUPPORT, "support-response"),
    (_PLEDGE, "pledge-retaliation"),
    (_THREAT, "threaten"),
    (_ATTRIBUTE, "attribute"),
    (_RESTRAINT, "call-for-restraint"),
)
