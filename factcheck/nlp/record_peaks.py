"""The level a new record was set at, told beside the record in a participle or apposition:
"set a new all-time high on Monday, peaking at $126,200", "climbed to fresh record highs,
trading as high as $111,900", "rose to $112,000, surpassing its previous peak of $111,970",
"climbed to $4,950, topping its 2021 record". The high of the move that made the record is the
new record itself, not a session high beside it; a level joined by 'and' or 'while', or one the
price merely trades at, is another claim and is left alone.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator, Modality

_REACHED_KINDS = {ClaimKind.intraday_high, ClaimKind.price_level}
# the old record is called so ('its previous peak', 'its 2021 high') or named by its level ('topping its
# $4,950 record'): either way the record passed, below the new one
_PASSED_OLD = re.compile(r"\b(surpass|topp|top|better|eclips|exceed|break|broke|beat|pass|overtak|clear)\w*\b.*\b(previous|prior|former|old|earlier|\d{4}|record)\b")
_JOINED = re.compile(r"\b(and|but|while|whereas|after|before|then|although|though)\b|[;(]")
# 'and thus', 'thereby', 'and in doing so': the second clause is the result of the first, as a participle is
_CONSEQUENCE = re.compile(r"^\s*,?\s*(?:and\s*,?\s+)?(?:thus|thereby|hence|in\s+doing\s+so|in\s+the\s+process)\s*,?\s*$", re.IGNORECASE)
_LINK_CHARS = 30  # characters between the two: ', peaking at', ' on Wednesday, surpassing'
_REACHING_WORDS = re.compile(r"^(rose|rising|climb|jump|surg|soar|rall|spik|hit|touch|reach|peak|top|trading as high|traded as high|as high|went|push|rocket|shot|vault|advanc|gain)", re.IGNORECASE)


_RISE_BEFORE = re.compile(r"\b(?:rose|rising|climb\w*|jump\w*|surg\w*|soar\w*|rall\w*|spik\w*|rocket\w*|shot|vault\w*|advanc\w*)\b(?:(?![,;.]\s)[^;])*$",
                          re.IGNORECASE)


def _reached_to(text: str, level: Claim) -> bool:
    """'jumping from $4,238 to $4,885': the level a rise went to, its verb a few words before 'to'."""
    return level.text.lower().startswith("to ") and bool(_RISE_BEFORE.search(text[max(0, level.span[0] - 40) : level.span[0]]))


def _record_without_level(claim: Claim) -> bool:
    return claim.kind is ClaimKind.all_time_high and claim.comparator is Comparator.crossed_above and claim.value is None


_NOUN_AFTER = 12  # characters after a record's level where its noun may stand: 'its $4,950 record'


def _old_record_passed(claim: Claim, text: str) -> bool:
    words = text[claim.span[0] : claim.span[1] + _NOUN_AFTER].lower()
    return claim.kind is ClaimKind.all_time_high and claim.comparator is Comparator.at and claim.value is not None \
        and bool(_PASSED_OLD.search(words))


def _linked(text: str, a: Claim, b: Claim) -> bool:
    """Whether two claims of a sentence are joined by a comma alone (a participle or apposition)."""
    first, second = sorted((a, b), key=lambda c: c.span)
    between = text[first.span[1] : second.span[0]]
    if _CONSEQUENCE.match(between):
        return True  # 'jumping to $4,885 and thus hitting a new record': the record is that level
    return 0 <= len(between) <= _LINK_CHARS and "," in between and not _JOINED.search(between.lower())


def levels_as_new_records(claims: list[Claim], text: str) -> list[Claim]:
    """The claims with a level reached beside a new record (or beside the old record it passed)
    made that record's level."""
    out = list(claims)
    for record in claims:
        passed = _old_record_passed(record, text)
        if not (passed or _record_without_level(record)):
            continue
        for n, level in enumerate(out):
            if level.kind not in _REACHED_KINDS or level.comparator is not Comparator.at or level.value is None \
                    or level.sentence != record.sentence or level.asset != record.asset \
                    or level.modality not in {Modality.asserted, Modality.attributed} or not _linked(text, record, level):
                continue
            if level.kind is ClaimKind.price_level and not _REACHING_WORDS.search(level.text) and not _reached_to(text, level):
                continue  # 'was trading at $120,000': where the price is, not how high it went
            if passed and (level.unit != record.unit or level.value <= (record.value or 0)):
                continue  # the new record lies above the one it passed
            out[n] = level.model_copy(update={"kind": ClaimKind.all_time_high})
    return out
