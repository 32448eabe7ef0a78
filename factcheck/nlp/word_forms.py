"""The written forms of a verb, for patterns that must not depend on the lemmatiser.

Headlines are in title case ("Bitcoin Falls Below $50,000", "Ether Dips Under
$2,200"), and the tagger often reads such words as proper nouns whose lemma is the
word itself, so a pattern on LEMMA "fall" misses them. Each pattern with LEMMA
lists gets a twin that matches the same verbs by their lowercase forms."""

from __future__ import annotations

from typing import Any

_IRREGULAR = {
    "fall": ["fell", "fallen"], "rise": ["rose", "risen"], "sink": ["sank", "sunk"], "slide": ["slid"],
    "lose": ["lost"], "shed": ["shed"], "hit": ["hit"], "break": ["broke", "broken"], "go": ["went", "gone"],
    "hold": ["held"], "stand": ["stood"], "sit": ["sat"], "keep": ["kept"], "leap": ["leapt"], "grow": ["grew", "grown"],
    "set": ["set"], "drive": ["drove", "driven"], "dive": ["dove"], "swing": ["swung"], "blow": ["blew", "blown"],
    "cut": ["cut"], "spike": ["spiked"], "run": ["ran"], "fly": ["flew", "flown"], "bleed": ["bled"], "be": ["is", "was", "were", "are", "been"],
}


def forms(lemma: str) -> list[str]:
    """'fall' -> fall, falls, falling, fell, fallen; 'dip' -> dips, dipped, dipping; 'rally' -> rallies, rallied."""
    out = [lemma, *_IRREGULAR.get(lemma, [])]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out += [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith("e"):
        out += [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        out += [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        doubled = len(lemma) <= 4 and lemma[-1] not in "aeiouwxy" and lemma[-2:-1] in set("aeiou") and lemma[-3:-2] not in set("aeiou")
        stem = lemma + lemma[-1] if doubled else lemma
        out += [lemma + "s", stem + "ed", stem + "ing"]
    return list(dict.fromkeys(out))


def _noun_forms(lemma: str) -> list[str]:
    """'rally' -> rally, rallies; 'push' -> push, pushes; 'move' -> move, moves."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies"]
    return [lemma, lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"]


def with_written_forms(pattern: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The twin of a pattern with LEMMA lists matched by written forms, or None if it has none."""
    if not any(isinstance(token.get("LEMMA"), dict) and "IN" in token["LEMMA"] for token in pattern):
        return None
    twin = []
    for token in pattern:
        token = dict(token)
        lemma = token.get("LEMMA")
        if isinstance(lemma, dict) and "IN" in lemma:
            del token["LEMMA"]
            pos = token.pop("POS", None)  # the tag is what goes wrong in a headline
            # but a noun stays a noun: 'a return above $4,000' is a prospect, 'returned above' a fact
            spell = _noun_forms if pos == "NOUN" or isinstance(pos, dict) and set(pos.get("IN", [])) <= {"NOUN", "PROPN"} else forms
            token["LOWER"] = {"IN": sorted({f for word in lemma["IN"] for f in spell(word)})}
        twin.append(token)
    return twin
