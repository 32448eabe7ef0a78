"""Supports and resistances listed after their role: 'Key Support Levels: $2890, $2770, $2600.',
'Further resistance points are at $2,600, $2,650, and $2,720', 'major support zones at $2,450
and $2,400', and the list carried on in the next sentence ('This is followed by $3180, $3200
(20-day MA), $3350, and $3500').

Technical-analysis pages give their levels this way more often than one by one. Binding reads a
figure with the cue next to it, so the first of the list becomes a price ('are at $2,600') and
the others are lost. A role word (optionally with 'levels', 'zones', 'points'), then a colon or
a verb of lying ('are at', 'lies at', 'sit near'), then prices joined by commas and
'and' (a bracketed label after a price is skipped): each price is a level of that role. A list
of one price is read too when a colon or a verb links it ('Key Resistance Levels: $3000.', 'the first resistance for
Solana lies at $160'; a data box's 'Support levels- $2,740 and $2,610', its dash glued to the noun), unless a
claim of that role already holds it; a price or target read on a listed price gives way to the level.
A list may also come before its role, the role noun in the plural after the last price ('faces the
$18.00 and $18.40 resistance levels', 'the $25 and $20 support levels'): each price is that level.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_ROLES = {"support": ClaimKind.support, "supports": ClaimKind.support, "floor": ClaimKind.support, "floors": ClaimKind.support,
          "resistance": ClaimKind.resistance, "resistances": ClaimKind.resistance, "ceiling": ClaimKind.resistance,
          "ceilings": ClaimKind.resistance}
_ROLE_NOUNS = {"level", "levels", "zone", "zones", "point", "points", "area", "areas", "line", "lines"}
_SIDES = {"above", "below", "overhead", "underneath", "beneath"}
_LYING = {"is", "are", "was", "were", "lie", "lies", "sit", "sits", "stand", "stands", "come", "comes", "at", "near", "around",
          "approximately", "roughly", "about",
          "seen", "placed", "located", "now", "include", "includes", ":", "-", "–",
          "still", "currently", "also", "be", "("}  # 'the main resistance for XRP is still near $2.60', 'Resistance 1 ($0.55)'
_MODALS = {"may", "might", "could", "can", "will", "would", "should"}  # lying only with 'be': 'may be $214', not 'would put $89,500'
_JOINS = {",", "and", "&", "then", "around", "near", "at", "or", "followed", "by", "further", "down", "up", "lower", "higher",
          "→", "➝", "⟶"}  # 'Support: $4,300 → $4,256 → $3,842': a ladder drawn with arrows in threads and posts
_PREPOSITIONS = {"at", "near", "around"}
_RANKS = {"1", "2", "3", "4", "5"}
_CARRY_ON = ("this is followed by", "that is followed by", "followed by", "after that,", "after that")
_REPLACED = {ClaimKind.price_level, ClaimKind.forecast}


def _money(q: Span) -> bool:
    amount = q._.quantity
    return amount.unit == "USD" and amount.value > 0


def _run_from(doc: Doc, sentence: Span, start: int) -> list[Span]:
    """The prices listed from token `start`: joined by commas and 'and', a bracketed label skipped."""
    quantities = [q for q in group(doc, "quantities") if start <= q.start and q.end <= sentence.end]
    run: list[Span] = []
    at = _past_line_item(doc, sentence, start)
    for q in quantities:
        if q.start < at:
            continue  # '$120-$124' read as a range: its upper figure is inside it; a line listed first
        if run and _bracketed(doc, doc[q.start]):
            continue  # '$3200 (20-day MA)': the label's own numbers
        between = [t for t in doc[at : q.start] if not _bracketed(doc, t)]
        if run and not all(t.lower_ in _JOINS or t.text in {"(", ")"} for t in between) or not run and len(between) > 2:
            break
        if not _money(q) or any(t.text in {"-", "–", "—"} or t.lower_ == "to" for t in doc[max(0, q.start - 1) : q.start]) and run:
            break  # '$83,000-$84,000': a zone, read as one
        run.append(q)
        at = q.end
    return run


_AVERAGE_WORDS = {"sma", "ema", "ma", "dma", "moving", "average"}
_LINE_ITEM_REACH = 6  # tokens of a line's name listed first ('the 50-day EMA,')


def _past_line_item(doc: Doc, sentence: Span, start: int) -> int:
    """'Support: 100 SMA, $55,400 and $54,000': a moving average listed first, by name, is a support
    with no figure; the prices after its comma are the list's. The token the prices start from."""
    comma = next((t.i for t in doc[start : min(start + _LINE_ITEM_REACH, sentence.end)] if t.text == ","), None)
    if comma is None or comma == start:
        return start
    item = doc[start:comma]
    if any(t.lower_ in _AVERAGE_WORDS for t in item) and not any(t.text == "$" or t.lower_ in _JOINS - {"-"} for t in item):
        return comma + 1
    return start


def _bracketed(doc: Doc, token) -> bool:
    opened = next((t for t in reversed(doc[max(0, token.i - 8) : token.i + 1]) if t.text in {"(", ")"}), None)
    return opened is not None and opened.text == "(" and opened.i != token.i


def _role_lists(doc: Doc, sentence: Span) -> list[tuple[ClaimKind, list[Span], bool]]:
    found = []
    for t in sentence:
        kind = _ROLES.get(t.lower_)
        if kind is None:
            continue
        i = t.i + 1
        while i < sentence.end and doc[i].lower_ in _ROLE_NOUNS:
            i += 1
        if i < sentence.end and doc[i].lower_[-1:] in {"-", "–"} and doc[i].lower_[:-1] in _ROLE_NOUNS:
            # 'Resistance levels- $28,875 and $30,750': a data box's label with its dash glued to the noun
            after = doc[i + 1].sent if i + 1 == sentence.end and i + 1 < len(doc) else sentence  # the parser may end the line at the dash
            run = _run_from(doc, after, i + 1)
            if run:
                found.append((kind, run, True))
            continue
        if i + 1 < sentence.end and doc[i].text in _RANKS and doc[i + 1].text in {":", "(", "-", "–"}:
            i += 1  # 'Resistance 1: $5,000', 'Support 2 ($0.48)': a numbered level of a ladder
        plural = i > t.i + 1 and doc[i - 1].lower_.endswith("s")
        if i < sentence.end and doc[i].lower_ in _SIDES:
            i += 1  # 'Resistance levels above are approximately around $2,740 and $2,900
        coins = {tok.i for a in group(doc, "assets") for tok in a}
        while i < sentence.end and (doc[i].lower_ in {"for", "of"} or i in coins):
            i += 1
        i = _past_infinitive(doc, sentence, i)
        lead = i
        while i < sentence.end and (doc[i].lower_ in _LYING or doc[i].lower_ in _MODALS and i + 1 < sentence.end
                                    and doc[i + 1].lower_ == "be") and i - lead < 3:
            i += 1
        if i == lead:
            run = _run_from(doc, sentence, i) if plural else []
            if len(run) >= 2 and run[0].start == i:  # 'must overcome the resistance levels $138 and $140'
                found.append((kind, run, False))
            continue
        run = _run_from(doc, sentence, i)
        labelled = any(doc[j].text in {":", "-", "–"} for j in range(lead, i))
        verb = any(doc[j].lower_ not in _PREPOSITIONS for j in range(lead, i))
        if len(run) >= 2 or run and verb:
            found.append((kind, run, labelled))  # 'its next ceiling near $260' alone is left to the cues (a target there)
    return found


_LIST_JOINS = {",", "and", "&", "or"}


def _trailing_role_lists(doc: Doc, sentence: Span) -> list[tuple[ClaimKind, list[Span], bool]]:
    """'the $18.00 and $18.40 resistance levels': prices joined by commas and 'and', then a role
    word and a plural level noun; one price before the role is left to the cues."""
    found = []
    quantities = [q for q in group(doc, "quantities") if sentence.start <= q.start and q.end <= sentence.end]
    for t in sentence:
        kind = _ROLES.get(t.lower_)
        if kind is None or t.i + 1 >= sentence.end or doc[t.i + 1].lower_ not in {"levels", "zones", "areas", "lines"}:
            continue
        last = next((q for q in quantities if q.end == t.i), None)
        if last is None or not _money(last):
            continue
        run = [last]
        for q in reversed([q for q in quantities if q.end <= run[0].start]):
            between = doc[q.end : run[0].start]
            if not _money(q) or not len(between) or not all(w.lower_ in _LIST_JOINS or w.lower_ == "the" for w in between):
                break
            run.insert(0, q)
        side = _side_before(doc, run[0].start, sentence)
        across = side in _BELOW_WORDS and kind is ClaimKind.support or side in _ABOVE_WORDS and kind is ClaimKind.resistance
        told = any(w.tag_ in {"VBD", "VBN"} for w in doc[sentence.start : run[0].start])
        if len(run) >= 2 and not (across and told):
            # not 'drove DOT below the $4.50 and $4.20 support levels': floors told as broken; but 'a move
            # above the $18.00 and $18.40 resistance levels might ...' names ceilings standing now
            found.append((kind, run, False))
    return found


_BELOW_WORDS = {"below", "under", "beneath", "underneath"}
_ABOVE_WORDS = {"above", "over", "past", "beyond"}


def _side_before(doc: Doc, start: int, sentence: Span) -> str | None:
    """The side word just before a list ('below the $4.50 and ...'), if any."""
    i = start - 1
    while i >= sentence.start and doc[i].lower_ in {"the", "key", "major", "both"}:
        i -= 1
    return doc[i].lower_ if i >= sentence.start else None


def _crossed(claims: list[Claim], figure: Span) -> bool:
    """'pushed SOL below the $25 and $20 support levels': a listed level the price is told to have
    crossed is read as the crossing, not as a line standing now."""
    return any(c.kind is ClaimKind.price_level and c.comparator in {Comparator.crossed_above, Comparator.crossed_below}
               and c.value == figure._.quantity.value and c.span[0] < figure.end_char and figure.start_char < c.span[1]
               for c in claims)


def _past_infinitive(doc: Doc, sentence: Span, i: int) -> int:
    """'the support levels to pay attention to are $26,600 and ...', 'the next resistance to watch is
    $28,035': a 'to'-clause saying what to do with the levels stands between the role and its verb."""
    if i + 1 >= sentence.end or doc[i].lower_ != "to" or doc[i + 1].pos_ != "VERB":
        return i
    for j in range(i + 2, min(i + 7, sentence.end)):
        if doc[j].lower_ in {"is", "are", "include", "includes", ":"}:
            return j
        if doc[j].is_punct or doc[j].like_num or doc[j].text.startswith("$"):
            return i
    return i


def _carried_on(doc: Doc, sentence: Span, previous: list[Claim]) -> tuple[ClaimKind, list[Span], bool] | None:
    """'The first resistance lies at $3000. This is followed by $3180, ... and $3500.'"""
    said = sentence.text.lower().lstrip()
    lead = next((p for p in _CARRY_ON if said.startswith(p)), None)
    roles = [c for c in previous if c.kind in {ClaimKind.support, ClaimKind.resistance}]
    if lead is None or not roles:
        return None
    skip = len(lead.split())
    run = _run_from(doc, sentence, sentence.start + skip)
    return (roles[-1].kind, run, False) if run else None


def _claim(doc: Doc, article: Article, sentence: Span, kind: ClaimKind, figure: Span, carried, dominant) -> Claim:
    asset = asset_for(doc, sentence, figure, carried, dominant)[0]
    modality, source = modality_of(figure, sentence)
    if modality.value == "forecast":
        modality = modality.__class__("asserted")  # a level where buyers or sellers stand now, not a target
    q = figure._.quantity
    span = (figure.start_char, figure.end_char)
    return Claim(kind=kind, asset=asset, metric="price", value=q.value, unit="USD", decimals=q.decimals, magnitude=q.magnitude,
                 comparator=Comparator.at, time=resolve(article, "instant", None), modality=modality, attributed_to=source,
                 text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(), span=span)


def with_level_lists(doc: Doc, article: Article, claims: list[Claim], by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    """The claims, with each price of a listed support or resistance read as that level."""
    previous: list[Claim] = []
    added: list[Claim] = []
    for sentence in doc.sents:
        here = [c for c in claims if sentence.start_char <= c.span[0] < sentence.end_char]
        lists = _role_lists(doc, sentence) + [(kind, [f for f in run if not _crossed(claims, f)], labelled)
                                              for kind, run, labelled in _trailing_role_lists(doc, sentence)]
        condition = None  # "If $2,000 breaks, support will be at $1,925. This is followed by ...": the ladder shares its lead's condition
        if not lists and (carried_on := _carried_on(doc, sentence, previous)) is not None:
            lists = [carried_on]
            lead = next((c for c in reversed(previous) if c.kind is carried_on[0]), None)
            condition = lead.modality if lead is not None and lead.modality is Modality.conditional else None
        for kind, run, labelled in lists:
            for figure in run:
                lo, hi = figure.start_char, figure.end_char
                if labelled:  # 'Support: 100 SMA, $55,400 and ...': the line is one item, the figure the next, not its value
                    claims = [c for c in claims if not (c.kind is ClaimKind.indicator and c.value == figure._.quantity.value
                                                        and c.span[0] < lo < c.span[1] and "," in text_of(doc)[c.span[0] : lo])]
                zone = next((c for c in claims if c.kind in _REPLACED and c.comparator is Comparator.between
                             and c.value == figure._.quantity.value and c.span[0] < hi and lo < c.span[1]), None)
                if zone is not None:  # 'support sits at $120-$124': a zone of that role
                    claims = [c for c in claims if c is not zone]
                    added.append(zone.model_copy(update={"kind": kind, "metric": "price", "time": resolve(article, "instant", None)}))
                    continue
                claims = [c for c in claims if not (c.kind in _REPLACED and c.comparator is Comparator.at
                                                    and c.value == figure._.quantity.value and c.span[0] < hi and lo < c.span[1])]
                if any(c.kind is kind and (c.value == figure._.quantity.value or c.value_high is not None)
                       and c.span[0] < hi and lo < c.span[1] + 1 for c in claims + added):
                    continue  # read already: 'initial support near $2,495', a zone '$83,000-$84,000'
                listed = _claim(doc, article, sentence, kind, figure, by_sentence.get(sentence.start), dominant)
                if condition is not None and listed.modality is Modality.asserted:
                    listed = listed.model_copy(update={"modality": condition})
                added.append(listed)
        here = [c for c in claims + added if sentence.start_char <= c.span[0] < sentence.end_char]
        previous = here or previous if not here else here
    return sorted(claims + added, key=lambda c: c.span)
