"""Pass 3, claims: what a report's figures say about each other, found once, from the
figures' meaning and the parse, and stored as rows for Great Expectations to evaluate.

- part_whole: a whole and its parts, "380 people. This comprised 29 parents and 351
  children", "Of these, 120 ... and 45 ...", "of which", "made up of", "split between",
  "A and B out of N". A ranked list ("the majority ..., followed by ...", "the highest")
  is not a partition: its parts need not cover the whole, so no claim is made.
- change_difference: a change stated as a count next to the two levels it is the change
  between ("from 8,617 to 6,029, 2,588 fewer"; "X, N fewer than the Y the year before").
- percent_change: a change stated in per cent next to its two levels, in any wording.

Levels pair up when they share a metric and their periods (or "from ... to") order them.
A claim's figures are taken from its sentence and, when that sentence refers back ("This
comprised ...", "Of these ..."), the one before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from transform.figures import Figure

PARTITION_CUES = [
    ("of", "these"),
    ("of", "those"),
    ("of", "which"),
    ("of", "whom"),
    ("of", "them"),
    ("comprise",),
    ("comprising",),
    ("consist", "of"),
    ("made", "up", "of"),
    ("make", "up", "of"),
    ("split", "between"),
    ("split", "into"),
    ("broken", "down", "into"),
    ("break", "down", "into"),
    ("divide", "between"),
    ("divided", "between"),
]
RANKING = {"majority", "most", "highest", "lowest", "largest", "biggest", "followed", "top"}
RANKING |= {"common", "second", "third", "main", "including", "include", "includes", "such"}
REFERS_BACK = {"this", "these", "those", "it", "which", "they", "of", "the", "that"}


@dataclass
class Claim:
    kind: str  # part_whole | change_difference | percent_change
    stated: Figure  # the figure the others must agree with: the whole, or the change
    terms: list[tuple[str, Figure]]  # (role, figure): part | from | to
    sentence: Span


def level_figures(figures: list[Figure]) -> list[Figure]:
    return [f for f in figures if f.measure and f.role == "level" and f.qualifier == "exact"]


def concept(f: Figure) -> str:
    metric = f.meaning["metric"]
    return metric.concept or metric.code


def claims_in(sentences: list[list[Figure]]) -> list[Claim]:
    """Every claim of one cell (or overview section), its sentences' figures in order."""
    found: list[Claim] = []
    previous: list[Figure] = []
    for figures in sentences:
        if not figures:
            previous = []
            continue
        group = previous + figures if refers_back(figures[0].sentence) else figures
        found += change_claims(figures, group)
        found += part_whole_claims(figures, previous)
        previous = figures
    return found


def refers_back(sentence: Span) -> bool:
    return sentence[0].lower_ in REFERS_BACK


# --- Changes ----------------------------------------------------------------------------


def change_claims(figures: list[Figure], group: list[Figure]) -> list[Claim]:
    claims = []
    for change in figures:
        if not change.measure or change.role == "level" or change.qualifier != "exact":
            continue
        pair = level_pair(change, group)
        if pair is None:
            continue
        kind = "percent_change" if change.role == "percent_change" else "change_difference"
        terms = [("from", pair[0]), ("to", pair[1])]
        claims.append(Claim(kind, change, terms, change.sentence))
        change.meaning["partner"] = pair[0]
    return claims


def level_pair(change: Figure, group: list[Figure]) -> tuple[Figure, Figure] | None:
    """The (earlier, later) levels a change is between: same metric, ordered by period."""
    unit = "percent" if change.unit == "percentage_points" else change.unit
    if change.role == "percent_change":
        unit = None  # a percentage change is of levels of any unit but per cent
    levels = [
        f
        for f in level_figures(group)
        if concept(f) == concept(change)
        and (f.unit == unit if unit else f.unit != "percent")
        and f.meaning["areas"][0] == change.meaning["areas"][0]
    ]
    if len(levels) != 2 or levels[0].unit != levels[1].unit:
        return None
    a, b = levels
    pa, pb = a.meaning["period"].start, b.meaning["period"].start
    if pa == pb:
        return None
    return (a, b) if pa < pb else (b, a)


# --- Parts and their whole --------------------------------------------------------------


def cue_at(sentence: Span) -> tuple[int, int] | None:
    """The token range of a partition cue ("of these", "comprised", "made up of")."""
    words = [t.lemma_.lower() for t in sentence]
    lowers = [t.lower_ for t in sentence]
    for n in range(len(words)):
        for cue in PARTITION_CUES:
            window = words[n : n + len(cue)]
            if window == list(cue) or lowers[n : n + len(cue)] == list(cue):
                return sentence.start + n, sentence.start + n + len(cue)
    return None


def part_whole_claims(figures: list[Figure], previous: list[Figure]) -> list[Claim]:
    sentence = figures[0].sentence
    if any(t.lower_ in RANKING for t in sentence):
        return []  # a ranked or illustrative list: its parts need not cover the whole
    out_of = [t for t in sentence if t.lower_ == "out" and t.nbor(1).lower_ == "of"]
    if out_of:  # "29 parents and 351 children out of 380 people"
        at = out_of[0].i
        parts = listed([f for f in figures if f.first < at])
        wholes = [f for f in level_figures(figures) if f.first > at]
        whole = wholes[0] if wholes else None
    else:
        cue = cue_at(sentence)
        if cue is None:
            return []
        parts = listed([f for f in figures if f.first >= cue[1]])
        before = [f for f in level_figures(figures) if f.last < cue[0]]
        if not before and cue[0] - sentence.start <= 1:  # "Of these, ...": the sentence before
            before = level_figures(previous)
        if not before:  # "Of the 380 referrals, ..."
            before = [f for f in level_figures(figures) if f.first < cue[1] + 3][:1]
            parts = [p for p in parts if p not in before]
        whole = before[-1] if before else None
    if whole is None or len(parts) < 2 or any(p.unit != whole.unit for p in parts):
        return []
    if any(p.qualifier != "exact" or p.role != "level" for p in parts):
        return []
    return [Claim("part_whole", whole, [("part", p) for p in parts], sentence)]


def listed(figures: list[Figure]) -> list[Figure]:
    """The figures of a list: measures of one unit, one after another, joined by commas
    or 'and'; the list ends at the first other figure."""
    parts: list[Figure] = []
    for f in figures:
        if not f.measure:
            continue
        if parts and (f.unit != parts[0].unit or not joined(parts[-1], f)):
            break
        parts.append(f)
    return parts


def joined(a: Figure, b: Figure) -> bool:
    between = a.doc[a.unit_end : b.first]
    return any(t.lower_ in (",", "and", "plus", "&", ";", "while", "with") for t in between)
