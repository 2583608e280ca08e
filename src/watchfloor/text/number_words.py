"""Number words: the English tables and the arithmetic that turns "two hundred and fifty" into 250.

Reports spell most small counts out ("two soldiers", "a dozen drones", "twenty-five rockets"),
so reading quantities needs a word-number grammar as well as digits. The vocabulary and the
rules for combining it (units, tens, scales, "a dozen", "half a dozen", and which sequences
are one number rather than two) are kept here, apart from the scanning, bounds and ranges
in `numbers`, so either side can change without wading through the other.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


_SEP = re.compile(r"[\s-]+")


def spelled(low: int, high: int) -> str:
    """A regex alternation of the number words from `low` to `high` ("two|three|four"), for
    patterns that count a few things ("two raids", "three days earlier")."""
    return "|".join(w for w, n in UNITS.items() if low <= n <= high)


def parse_words(t: str) -> int | None:
    """The integer a lower-cased, space-normalised run of number words denotes, or None."""
    words = [w for w in _SEP.split(t) if w and w != "and"]
    if words[:2] == ["half", "a"]:
        words = ["half", *words[2:]]
    if words and words[0] in ("a", "an"):
        if len(words) == 1 or words[1] not in ("dozen", *SCALES):
            return None
        words[0] = "one"
    total, chunk, seen = 0, 0, False
    half = bool(words) and words[0] == "half"
    if half:
        words = words[1:]
    for w in words:
        if w in UNITS:
            chunk += UNITS[w]
        elif w in TENS:
            chunk += TENS[w]
        elif w == "dozen":
            chunk = (chunk or 1) * 12
        elif w == "hundred":
            chunk = (chunk or 1) * 100
        elif w in SCALES:
            total += (chunk or 1) * SCALES[w]
            chunk = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + chunk
    return value // 2 if half else value


def valid_sequence(words: list[str]) -> bool:
    """Whether number words form one number ("twenty five") rather than two ("two three")."""
    low = 0  # the part below a hundred in the current chunk
    has_hundred = False
    last_scale = 10**12
    for w in words:
        if w in ("a", "an", "half"):
            continue
        if w in UNITS and UNITS[w] < 10:
            if low and not (low % 10 == 0 and 20 <= low < 100):
                return False
            low += UNITS[w]
        elif w in UNITS or w in TENS:
            if low:
                return False
            low += UNITS.get(w, 0) + TENS.get(w, 0)
        elif w == "hundred":
            if has_hundred:
                return False
            has_hundred, low = True, 0
        elif w == "dozen":
            has_hundred, low = True, 0
        elif w in SCALES:
            if SCALES[w] >= last_scale:
                return False
            last_scale, low, has_hundred = SCALES[w], 0, False
    return True
