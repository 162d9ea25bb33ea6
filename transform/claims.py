"""Pass 3, claims: what a report's figures say about each other, found once, from the
figures' meaning and the parse, and stored as rows for Great Expectations to evaluate.

- part_whole: a whole and its parts, "380 people. This comprised 29 parents and 351
  children", "Of these, 120 ... and 45 ...", "of which", "made up of", "split between",
  "A and B out of N". A ranked list ("the majority ..., followed by ...", "the highest")
  is not a partition: its parts need not cover the whole, so no claim is made.
- change_difference: a change stated as a count next to the two levels it is the change
  between ("from 8,617 to 6,029, 2,588 fewer"; "X, N fewer than the Y the year before").
- percent_change: a change stated in per cent next to its two levels, in any wording.
- share: a percentage stated beside a part whose whole is stated too ("Of the 58 young
  people whose orders closed, 41 (70.7%) were in education", "1,102 of the 4,870
  incidents (22.6%)").

Levels pair up when they share a metric and their periods (or "from ... to") order them.
A claim's figures are taken from its sentence and, when that sentence refers back ("This
comprised ...", "Of these ..."), the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from itertools import combinations, dropwhile, takewhile

from spacy.tokens import Span, Token

from transform.figures import (
    AIMS,
    AMOUNTS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    FINITE_TAGS,
    GAPS,
    ORDINAL_WORDS,
    TIME_NOUNS,
    VERSUS,
    YEAR,
    Figure,
    attached_to,
    by_the_week,
    change_verb_by,
    column_head,
    estimated_before,
    item_opening,
    line_start,
    of_a_year,
    run_value,
    unit_word,
    word_after,
)
from transform.meaning import (
    AGENTS,
    BENCHMARKS,
    COMPARATIVES,
    CONTAINERS,
    CONTRASTS,
    DASHES,
    OUTCOME_VERBS,
    PEOPLE,
    RECORDS,
    TARGET_NOUNS,
    UNNAMED,
    WEAK,
    Concept,
    a_places_in_brackets,
    acting,
    apart,
    between_dashes,
    catalog,
    changed_from,
    compared_noun,
    concept_named,
    concept_of,
    counted_noun,
    first_conjunct,
    governing_verb,
    headline_words,
    inside_brackets,
    is_generic,
    is_infinitive,
    is_other_side,
    is_place,
    kind_said_after,
    labelled_cell_start,
    lead_words,
    metric_for,
    metric_of_level,
    of_a_rate_base,
    of_holder,
    of_them,
    other_cells,
    past_a_time_possessive,
    per_unit_money,
    range_end,
    same_clause,
    settle_change,
    subject_noun,
    years_back,
)
from transform.meaning import BASES as BASE_CONCEPTS  # claims' own BASES are words
from transform.nlp import BULLETS, text_of, word_forms
from transform.places import Period, period_in

PARTITION_CUES = [
    ("of", "these"),
    ("of", "those"),
    ("of", "which"),
    ("of", "whom"),
    ("of", "them"),
    ("of", "this", ","),  # "The budget was £186,500. Of this, £92,000 came from ..."
    ("of", "that", ","),
    ("of", "this", "total"),
    ("of", "this", "amount"),
    ("of", "this", "sum"),
    ("comprise",),
    ("comprising",),
    ("consist", "of"),
    ("made", "up", "of"),
    ("make", "up", "of"),
    ("split", "between"),
    ("split", "into"),
    ("broken", "down", "into"),
    ("break", "down", "into"),
    ("break", "down", "as"),
    ("broken", "down", "as"),
    ("divide", "between"),
    ("divided", "between"),
    ("accounting", "for"),  # "1,902 incidents, with Gwynedd accounting for 1,164 and ..."
    ("came", "from"),  # "income of £532,000 came from the PCC (£310,000), the council ..."
]
CUES_BY_WORD: dict[str, list[tuple]] = {}
for _cue in PARTITION_CUES:
    CUES_BY_WORD.setdefault(_cue[0], []).append(_cue)
EXHAUSTIVE = {"comprise", "comprising", "consist", "split", "divide", "total", "remaining"}
EXHAUSTIVE |= {"rest", "balance", "breakdown"}
EXHAUSTIVE_PAIRS = {("make", "up"), ("in", "all"), ("break", "down"), ("as", "follow")}
EXHAUSTIVE_PAIRS |= {("out", "of")}
RANKING = {"majority", "most", "highest", "lowest", "largest", "biggest", "followed", "top"}
RANKING |= {"common", "second", "third", "main"}
EXAMPLES = {"including", "include", "includes", "such"}  # "including 22 ...": examples
SOME_OF = {"among", "amongst", "notably", "example", "instance"}  # "..., among other types"
COMPARATORS = {"than", "compared", "compare", "on", "from", "against", "(", "versus", "vs"}
COMPARATORS |= {"above", "below"}  # "41%, 3 points above the national figure of 38%"
# How wide a place is: a district's figure is set against its county's or force area's
# ("6.2 higher than the Suffolk rate"), theirs against the country's or a region's.
BREADTH = {"county": 1, "police_force_area": 1, "region": 2, "country": 2}
WIDER = {t for t, b in BREADTH.items() if b == 2}  # "the London figure", "the national"
PEER_GROUPS = {"similar", "msg", "peer", "family", "group"}  # "the most similar group average"
SPENT_AGAINST_PLAN = {"underspend", "underspent", "overspend", "overspent", "variance"}
SPENT_AGAINST_PLAN |= {"unspent"}
VARIANCE = SPENT_AGAINST_PLAN | {"exceed"}
VARIANCE |= {"leave", "leaving"}  # "spent £96,400 of its £100,000 budget, leaving £3,600"
PLANS = {"budget", "allocation", "allocate", "target", "plan", "planned", "grant"}
PLANS |= {"ceiling", "cap", "baseline"}  # "Baseline 2022/23: 9,412 | ... | Variance: -306", "17
# below the ceiling of 221"
PLANS |= {"trajectory"}  # "The trajectory was for 3,950 adults ...; the year closed with 3,812"
PLANS |= {"award"}  # "awarded the CSP £80,000 ...; spend was £74,200, an underspend"
PLANS |= {"standard"}  # "up 4.5 points on 86.9% ... and above the national standard of 90%"
ACCOUNT = {"account", "accounts", "accounted", "accounting"}
REFERS_BACK = {"this", "these", "those", "it", "which", "they", "of", "the", "that"}


@dataclass
class Claim:
    kind: str  # part_whole | change_difference | percent_change | share | rate | repeated_figure
    stated: Figure  # the figure the others must agree with: the whole, or the change
    terms: list[tuple[str, Figure]]  # (role, figure): part | whole | from | to | count | base
    sentence: Span


def level_figures(figures: list[Figure], qualified: bool = False) -> list[Figure]:
    """The levels of a claim: exact ones, or an estimate's stated figure ("some 281" adds up
    to nothing exactly; "an estimated £940,000" is compared as stated), or any,
    qualified, for a percentage change checked within its rounding ("down 25%, from 320
    reports to no more than 240")."""
    levels = [f for f in figures if f.measure and f.role == "level"]
    return levels if qualified else [f for f in levels if exact_or_estimated(f)]


def concept(f: Figure) -> str:
    metric = f.meaning["metric"]
    return metric.concept or metric.code


def claims_in(sentences: list[list[Figure]]) -> list[Claim]:
    """Every claim of one cell (or overview section), its sentences' figures in order."""
    found: list[Claim] = []
    carried: tuple = NOTHING  # the whole and parts the sentence before stated
    for n, figures in enumerate(sentences):
        if not figures:
            continue
        previous = sentences[n - 1] if n else []
        group = figures
        if refers_back(figures[0].sentence):  # "This was 6.3% higher", "The reduction of 15"
            group = [f for s in sentences[max(0, n - 2) : n] for f in s] + figures
        following = sentences[n + 1] if n + 1 < len(sentences) else []
        listed_parts = the_rest_of(carried, figures) or stated_parts(figures, previous)
        carried = listed_parts
        stated = part_whole_claims(figures, listed_parts)
        if others_follow(figures[0].sentence):  # "... of which £171,500 went on youth work
            stated = [c for c in stated if claim_adds_up(c)]  # and £128,800 on treatment.
            # The largest of the other allocations, £96,000, ...": some parts, not all
        partitions = (
            stated or summed_claims(figures, previous) or totalled_before(figures, previous)
        )
        sums = summed_claims(figures, previous) if stated else []
        partitions += nested(stated, sums) + apart_from(stated, sums)
        # a whole's parts are not the levels of a change ("694 referrals (police 402, MARAC
        # 131, ...), a 9.1% increase on the 636 received the year before")
        parts = {id(f) for claim in partitions for _, f in claim.terms}
        parts |= {id(f) for c in found if c.kind == "part_whole" for r, f in c.terms if r == "part"}
        # ("... of which 2,131 were domestic abuse, .... This was 3.1% down on the 3,059")
        # a change on a line of its own ("Change: -7.4%") is between the lines above it
        reach = 1 if level_figures(figures) else 2
        above = [f for s in sentences[max(0, n - reach) : n] for f in s]
        group, following, previous_levels = (
            [f for f in s if id(f) not in parts] for s in (group, following, above)
        )
        found += change_claims(figures, group, following, previous_levels)
        for f in differences_said_as_levels(figures, group):
            found += added_difference(f, group, following, previous_levels)
        found += partitions
        found += share_claims(figures, listed_parts)
        rates_only = all(f.unit.startswith("per_") and labelled(f) for f in figures)  # a line
        lines = [f for s in sentences[max(0, n - 2) : n] for f in s]
        found += rate_claims(figures, lines if rates_only else previous)
    found += bullet_claims(sentences) + row_line_claims(sentences) + column_claims(sentences)
    found += then_column_claims(sentences)
    for claim in found:
        if claim.kind == "part_whole":
            share_whole(claim)
        elif claim.kind == "share":
            share_of_people(claim)
        elif claim.kind == "rate":
            rate_of_its_count(claim, [f for s in sentences for f in s])
            base_of_a_population_rate(claim)
    # A "Total" column's parts are columns, each measuring what its head names.
    return found + headed_total_claims(sentences)


ADDED_BEFORE = {"additional", "extra", "further", "adds", "add", "added"}
ADDED_AFTER = {"additional", "extra", "more", "over", "above"}


def differences_said_as_levels(figures: list[Figure], group: list[Figure]) -> list[Figure]:
    """Counts said as added ("adds £15 a year to a Band D bill, taking it from £200.99 to
    £215.99", "131 nights, 11 over the 120-night aim", "the 45 additional requests") that
    are exactly the difference of two levels beside them: a change, though no change word
    says so."""
    found = []
    for f in figures:
        if not f.measure or f.role != "level" or f.qualifier != "exact" or not said_added(f):
            continue
        levels = [g for g in level_figures(group) if g is not f and g.unit == f.unit]
        if any(abs(abs(a.value - b.value) - f.value) < 1e-6 for a, b in combinations(levels, 2)):
            found.append(f)
    return found


def added_difference(
    f: Figure, group: list[Figure], following: list[Figure], previous: list[Figure]
) -> list[Claim]:
    """The difference claim of a count said as added, when the pair of levels the
    change pass finds for it differs by exactly that much; else it stays the level it
    said."""
    said = f.role, f.direction, dict(f.meaning)
    f.role = "change"
    claims = [c for c in change_claims([f], group, following, previous) if exact_difference(c)]
    if not claims:
        f.role, f.direction, f.meaning = said
    return claims


def exact_difference(claim: Claim) -> bool:
    ends = [f.value for _, f in claim.terms]
    return len(ends) == 2 and abs(abs(ends[1] - ends[0]) - claim.stated.value) < 1e-6


def said_added(f: Figure) -> bool:
    doc, start, end = f.doc, f.sentence.start, f.sentence.end
    before = {t.lower_ for t in doc[max(start, f.first - 2) : f.first]}
    after = {t.lower_ for t in doc[f.unit_end : min(end, f.unit_end + 2)]}
    return bool(before & ADDED_BEFORE or after & ADDED_AFTER)


def labelled(f: Figure) -> bool:
    """Whether the figure is a label's value ("Rate per 1,000 population: 129.8")."""
    return f.first > f.sentence.start and f.doc[f.first - 1].text == ":"


def nested(stated: list[Claim], summed: list[Claim]) -> list[Claim]:
    """The breakdowns of a stated partition's parts ("Of these, 22 started and 12 did not
    (8 declined and four were unsuitable)"): a part that is the whole of a sum."""
    parts = {id(f) for claim in stated for _, f in claim.terms}
    return [c for c in summed if id(c.stated) in parts and not parts & {id(f) for _, f in c.terms}]


def apart_from(stated: list[Claim], summed: list[Claim]) -> list[Claim]:
    """Sums of figures no stated partition holds: the same items counted in another unit
    ("£450,000 supported 38 projects: 21 in Wirral (£240,000) and 17 in Sefton (£210,000)")."""
    held = {id(f) for claim in stated for f in [claim.stated] + [f for _, f in claim.terms]}
    return [c for c in summed if not held & {id(f) for f in [c.stated] + [f for _, f in c.terms]}]


LINE_MARKS = BULLETS | {"-", "–", "*"}  # a bullet line may start with a dash too


def bullet_claims(sentences: list[list[Figure]]) -> list[Claim]:
    """Bullets of one figure each under a heading's figure ("Community Protection Warnings
    issued: 84 / • Littering – 37 / • Dog fouling – 22 / • Noise – 25"), or above a "Total"
    bullet. A total bullet says the others are its parts; a heading's figure, or a first
    bullet that is a total ("• 412 arrests in total / • 190 for drugs / ..."), is their whole
    only when they add up to it (a heading may be followed by some of its parts)."""
    claims = []
    n = 0
    while n < len(sentences):
        start = n
        while n < len(sentences) and sentences[n] and bulleted(sentences[n][0]):
            n += 1
        if n == start:
            n += 1
            continue
        run = [without_aside(s) if only_a_total(s[0]) else s for s in sentences[start:n]]
        if any(len(s) != 1 or level_figures(s) != s for s in run):
            continue  # "• Total: 4,054 (2021/22: 4,460, down 9.1%)": the total's aside
        items = [s[0] for s in run]
        heading = level_figures(sentences[start - 1]) if start else []
        if heading and bullet_before(heading[-1], items[0]):
            items, heading = [heading[-1], *items], []  # "... (2024/25)\nQ1: 842 • Q2: 901
            # • Q3: 868": the first item shares the heading's sentence
        claims += sub_bullets(items)
        after = without_aside(sentences[n]) if n < len(sentences) else []
        if len(items) >= 3 and is_total(items[-1]):
            whole, parts = items[-1], items[:-1]
        elif len(items) >= 3 and is_total(items[0]) and adds_up(items[1:], items[0]):
            whole, parts = items[0], items[1:]  # "• 412 arrests in total / • 190 for ..."
        elif len(items) >= 2 and len(after) == 1 and a_totals_line(after[0]):
            whole, parts = after[0], items  # "... • Religion – 18 / All strands – 232"
        elif len(items) >= 2 and after and is_total(after[0]) and adds_up(items, after[0]):
            whole, parts = after[0], items  # "... • 6 Criminal Behaviour Orders / A total of
            # 275 uses of these powers": a total said after the bullets, when they make it up
        elif heading and not bulleted(heading[-1]):
            whole, parts = heading[-1], items
            if len(parts) < 2 or abs(sum(p.value for p in parts) - whole.value) > 1e-9:
                continue
        else:
            continue
        if {p.unit for p in parts} != {whole.unit} or not all(part_of(p, whole) for p in parts):
            continue
        claims.append(part_whole(whole, parts, whole.sentence))
    return claims


def bullet_before(f: Figure, item: Figure) -> bool:
    """Whether only a bullet stands between the figure and the next bullet's figure, on
    one line, the figure's own line a label and it ("Q1: 842 • Q2: 901")."""
    between = [t for t in f.doc[f.unit_end : item.sentence.start] if not t.is_space]
    same_line = "\n" not in f.doc[f.first : item.first].text
    return same_line and not between and a_row_line(f)


def row_line_claims(sentences: list[list[Figure]]) -> list[Claim]:
    """Rows of a table flattened to text, a line each with one figure ending it after its
    label ("Ward | ASB incidents / Central | 412 / Eastfield | 238 / Total | 650", "Q1: 212
    / Q2: 198 / Total: 410"), closed by a line labelled only "Total" (or "All"): the rows
    above it are its parts, whatever their sum, as a table's Total row says."""
    claims: list[Claim] = []
    run: list[Figure] = []
    for figures in sentences:
        line = without_aside(figures) if figures and only_a_total(figures[0]) else figures
        row = line[0] if len(line) == 1 and a_row_line(line[0]) else None
        total = row is not None and (only_a_total(row) or totals_the_rows(row, run))
        if total and len(run) >= 2:
            if a_sum(run, row) and part_of_all(run, row):
                claims.append(part_whole(row, run, row.sentence))
            run = []
        elif row is not None and not only_a_total(row):
            run.append(row)
        else:
            run = []
    return claims


def then_column_claims(sentences: list[list[Figure]]) -> list[Claim]:
    """Lines of a label, a figure and, in brackets after it, the figure of a period before
    ("Deliberate primary fires: 141 (2018/19: 166)"), closed by a total line of that shape
    ("All deliberate fires: 743 (2018/19: 911), down 168"): two columns, each of whose
    rows make up its total, whatever their sum, as a table's Total row says."""
    claims: list[Claim] = []
    run: list[tuple[Figure, Figure]] = []
    for figures in sentences:
        row = row_and_then(figures)
        closes = row is not None and closes_then_rows(row, run)
        if closes and len(run) >= 2:
            for k, total in enumerate(row):
                parts = [r[k] for r in run]
                if a_sum(parts, total) and part_of_all(parts, total):
                    claims.append(part_whole(total, parts, total.sentence))
        run = [*run, row] if row is not None and not closes else []
    return claims


def closes_then_rows(row: tuple[Figure, Figure], run: list[tuple[Figure, Figure]]) -> bool:
    """Whether the line totals the rows above it: labelled only "Total", or "Total <words>"
    the rows all say, or opening on "Total" with both columns adding up to it ("Total
    vehicle crime: 1,716 (2021/22: 1,858)" under the thefts from and of vehicles)."""
    now = row[0]
    if only_a_total(now) or totals_the_rows(now, [r[0] for r in run]):
        return True
    return opens_on_a_total(now) and columns_add_up(run, row)


def opens_on_a_total(f: Figure) -> bool:
    """Whether the figure's line opens on "Total" or "All" ("All vehicle crime: 1,923")."""
    return line_label(f)[:1] in (["total"], ["all"])


def columns_add_up(rows: list, total: list[Figure] | tuple) -> bool:
    """Whether each column of the rows adds up to the total line's figure under it."""
    return len(rows) >= 2 and all(
        adds_up([row[k] for row in rows], cell) for k, cell in enumerate(total)
    )


def row_and_then(figures: list[Figure]) -> tuple[Figure, Figure] | None:
    """A line's two levels, the first right after its label, the second in brackets after
    it and of an earlier period; any figures after them are changes."""
    levels = [f for f in figures if f.role == "level"]
    if len(levels) != 2 or figures[:2] != levels:
        return None
    now, then = levels
    labelled = now.first > now.sentence.start and now.doc[now.first - 1].text in (":", "|")
    if not labelled or aside_end(now) <= then.first:  # the bracket right after it
        return None
    periods = [f.meaning.get("period") for f in levels]
    return (now, then) if None not in periods and periods[1].end < periods[0].end else None


def totals_the_rows(row: Figure, run: list[Figure]) -> bool:
    """Whether the line is labelled "Total" with words every row above it says ("Deliberate
    primary fires: 312 / Deliberate secondary fires: 1,486 / Total deliberate fires:
    1,798")."""
    label = [w for w in line_label(row) if w.isalpha()]
    if len(label) < 2 or label[0] not in TOTAL_LABELS or len(run) < 2:
        return False
    return all(set(label[1:]) <= set(line_label(f)) for f in run)


def column_claims(sentences: list[list[Figure]]) -> list[Claim]:
    """Columns of a table flattened to lines of "|" cells and closed by a "Total" line:
    each column's cells above add up to its total ("Q1 | 61 | 55 / ... / Total | 255 |
    238"), whatever their sum, as a table's Total row says."""
    claims = []
    for lines in tables(sentences):
        for n, line in enumerate(lines):
            width = len(line)
            rows = list(takewhile(lambda r, w=width: len(r) == w, reversed(lines[:n])))[::-1]
            if len(line) < 2 or not closes_columns(line, rows):
                continue
            for k, total in enumerate(line if len(rows) >= 2 else []):
                parts = [row[k] for row in rows]
                if a_sum(parts, total) and part_of_all(parts, total):
                    claims.append(part_whole(total, parts, total.sentence))
    return claims


def closes_columns(line: list[Figure], rows: list[list[Figure]]) -> bool:
    """Whether a line of cells totals the rows above it: as closes_rows says, or opening
    on "Total" or "All" with every column adding up ("All vehicle crime | 2,094 | 1,923"
    under its kinds)."""
    if closes_rows(line[0], [row[0] for row in rows]):
        return True
    return opens_on_a_total(line[0]) and columns_add_up(rows, line)


def a_sum(parts: list[Figure], total: Figure) -> bool:
    """Whether a table's total can be the sum of its cells: levels of one unit that adds
    up; a column of shares only when its total is 100%. A rate's or an average's total
    row ("Total | 1,117 | 63.1" under "Rate per 1,000"), or a rate of success ("Solved
    %"), is taken over all, not summed."""
    if {p.unit for p in parts} != {total.unit} or level_figures([*parts, total]) != [*parts, total]:
        return False
    if any(f.qualifier == "average" for f in (*parts, total)):
        return False
    return total.unit in SUMMED_UNITS or (total.unit == "percent" and total.value == 100)


def headed_total_claims(sentences: list[list[Figure]]) -> list[Claim]:
    """A line of "|" cells under a head line whose last cell is "Total" ("Q1 | Q2 | Q3 |
    Q4 | Total / 612 | 587 | 655 | 701 | 2,555", or with a row label: "Measure | Q1 | ...
    | Total / Deliberate fires | 55 | ... | 373"): its last figure totals the others."""
    claims = []
    for figures in sentences:
        lines: dict[int, list[Figure]] = {}
        for f in figures:
            lines.setdefault(line_start(f), []).append(f)
        for line in lines.values():
            *parts, total = line
            head = " ".join(t.lower_ for t in column_head(total))
            if len(parts) < 2 or head not in TOTAL_LABELS:
                continue
            if all(column_head(p) for p in parts) and a_sum(parts, total):
                claims.append(part_whole(total, parts, total.sentence))
    return claims


def tables(sentences: list[list[Figure]]) -> list[list[list[Figure]]]:
    """The lines of "|" cells of each run of sentences that have them (a table's lines are
    sentences of their own, or one under a heading that ends in a colon)."""
    found: list[list[list[Figure]]] = [[]]
    for figures in sentences:
        lines = cell_lines(figures)
        found[-1] += lines
        if not lines and found[-1]:
            found.append([])
    return [lines for lines in found if lines]


def cell_lines(figures: list[Figure]) -> list[list[Figure]]:
    """The sentence's levels in "|" cells, line by line."""
    lines: dict[int, list[Figure]] = {}
    for f in level_figures(figures):
        if f.doc[f.first - 1].text == "|":
            line = f.doc[f.sentence.start : f.first].text.count("\n")
            lines.setdefault(line, []).append(f)
    return [lines[n] for n in sorted(lines)]


def a_row_line(f: Figure) -> bool:
    """A line of a label, a "|" or ":" and one level ending it ("Central | 412")."""
    if bulleted(f) or f not in level_figures([f]) or f.first <= f.sentence.start + 1:
        return False
    rest = [t for t in f.doc[aside_end(f) : f.sentence.end] if not t.is_space]
    compared = only_a_total(f) and bool(rest) and rest[0].text == ","  # "Total: 857, up 7.7%"
    return f.doc[f.first - 1].text in ("|", ":") and (compared or all(t.is_punct for t in rest))


def aside_end(f: Figure) -> int:
    """Where a bracket right after the figure closes ("Total: 3,116 (2023/24: 3,498, down
    10.9%)"), else where the figure ends."""
    doc, end = f.doc, f.unit_end
    if end < f.sentence.end and doc[end].text == "(":
        closing = [t.i for t in doc[end : f.sentence.end] if t.text == ")"]
        return closing[0] + 1 if closing else end
    return end


def without_aside(figures: list[Figure]) -> list[Figure]:
    """A line's figures but those that describe its first: on a line of a total, its
    comparison or share ("Total: 2,410 (1,838 paid, 76.3%)", "Total: 932, up 7.7% on
    2021/22 (865)") is no item of the list (but a table's "|" cells are)."""
    if not figures:
        return figures
    first = figures[0]
    if only_a_total(first) and "|" not in first.sentence.text:
        return [first]
    end = aside_end(first)
    return [first] + [f for f in figures[1:] if f.first >= end]


def only_a_total(f: Figure) -> bool:
    """Whether the label opening the figure's line says only that it is the total ("Total
    |", "Grand total:", "...\nTotal | 255 | 238", "All breaches | 183")."""
    label = line_label(f)
    if len(label) == 2 and label[0] == "all" and label[1] not in ("other", "others", "else"):
        return True  # "All breaches | 183 | 107", not "All other | 12"
    words = set(label)
    return bool(words & TOTAL_LABELS) and words <= TOTAL_LABELS | {"grand"}


TOTAL_LABELS = {"total", "all", "overall"}  # a line labelled only its total


def line_label(f: Figure) -> list[str]:
    """The words of the figure's line before it, lower case."""
    return [t.lower_ for t in line_before(f) if t.is_alpha]


def line_before(f: Figure) -> Span:
    """The tokens of the figure's line (in its sentence) before it."""
    before = f.doc[f.sentence.start : f.first]
    breaks = [t.i + 1 for t in before if "\n" in t.text_with_ws]
    return f.doc[max(breaks, default=f.sentence.start) : f.first]


def closes_rows(total: Figure, rows: list[Figure]) -> bool:
    """Whether a line closes the rows above it as their total: labelled only "Total", or
    "Total <what>" under a row of the rest ("Rape | 498 / Other sexual offences | 812 /
    Total sexual offences | 1,310"): an "other" row says the rows cover it all."""
    if only_a_total(total):
        return True
    labels = [line_label(r) for r in rows]
    rest = any(
        label[:1] in (["other"], ["rest"]) or label[:2] == ["all", "other"] for label in labels
    )
    return line_label(total)[:1] == ["total"] and rest


def sub_bullets(items: list[Figure]) -> list[Claim]:
    """Bullets opening "Of which" under the bullet before them ("• Referrals: 412 / • Of
    which accepted: 380 / • Of which declined: 32"), when they add up to it."""
    claims, whole, parts = [], None, []
    for item in [*items, None]:
        if item is not None and whole is not None and opens_of_which(item):
            parts.append(item)
            continue
        if whole is not None and adds_up(parts, whole):
            claims.append(part_whole(whole, parts, whole.sentence))
        whole, parts = item, []
    return claims


def opens_of_which(f: Figure) -> bool:
    words = [t.lower_ for t in f.sentence if not t.is_space and t.text not in LINE_MARKS]
    return words[:1] == ["of"] and words[1:2] in (["which"], ["whom"], ["these"], ["those"])


def a_totals_line(f: Figure) -> bool:
    """A line of one label and its figure whose label opens with "Total" or "All" ("All
    strands – 318", "Total: 590", "Total 367")."""
    label = f.doc[f.sentence.start : f.first]
    opens = bool(label) and label[0].lower_ in ("total", "all", "overall")
    return opens and (label[-1].is_punct or only_a_total(f))


def bulleted(f: Figure) -> bool:
    """Whether the figure's sentence is a bullet line."""
    words = [t for t in f.sentence if not t.is_space]
    return bool(words) and words[0].text in LINE_MARKS


def share_whole(claim: Claim) -> None:
    """Parts measure what their whole measures ("1,030 weapons surrendered, comprising 982
    knives, 31 firearms and 17 other items"), but for groups of people within people
    ("380 people ... 29 parents and 351 children"). A total of what a group of people
    counted measures what they counted ("Speedwatch volunteers recorded 1,926 speeding
    vehicles ... and 1,304 ..., a combined total of 3,230")."""
    whole, first = claim.stated.meaning["metric"], claim.terms[0][1]
    counted = not first.meaning["borrowed"] and first.meaning["metric"].concept not in WEAK
    core = claim.stated.meaning["core"]
    a_total = is_generic(core) or core[-1].lemma_.lower() == "total"  # "a combined total"
    own_codes = {p.meaning["metric"].code for _, p in claim.terms if not p.meaning["borrowed"]}
    counted = counted and len(own_codes) == 1  # not "126, split as 48 out-of-court
    # disposals, 61 community orders and 17 custodial sentences": each part its own
    agrees = agreed(claim) and not records_named(claim.stated)
    if a_total and counted and (whole.concept in PEOPLE | AGENTS or agrees):
        claim.stated.meaning["metric"] = whole = first.meaning["metric"]
    came_of = False  # "..., resulting in 30 arrests, 44 dispersal orders and ...": the
    for _, part in claim.terms:  # parts after the first the whole led to, too
        own = part.meaning["metric"]
        came_of = came_of or led_to(part)
        if whole.concept in PEOPLE and from_a_source(part):
            part.meaning["metric"] = whole  # "assessed 9,352 victims. Of these, 7,018 were
            continue  # referred by Gwent Police, 1,486 self-referred": victims, by source
        people_of_records = whole.concept not in PEOPLE and own.concept in PEOPLE  # "312
        # referrals: 198 young people engaged, ...": referrals, by what became of them
        if (
            whole.concept in WEAK
            and not people_of_records
            and (own.concept in WEAK or own.concept and whole.concept in PEOPLE)
        ):
            continue  # "34 children ..., of whom 22 were at risk of criminal exploitation"
        if whole.concept is None and own.concept:
            continue  # "• Successful completion: 148 ... • Total: 232": the part says more
        if said_about(part) and own.concept and own.concept not in WEAK:
            continue  # "604 requests ... Of these, 377 concerned anti-social behaviour"
        if not part.meaning["borrowed"] and kind_said_after(part, claim.stated) is not None:
            continue  # "512 fires, 139 of them deliberate and 373 accidental": of a kind
        if not part.meaning["borrowed"] and own.concept in covered_by(whole.concept):
            continue  # "2,964 VAWG crimes, of which ... 412 sexual offences": each its own
        if (
            not part.meaning["borrowed"]
            and own.concept not in WEAK | {None}
            and kinds_of_its_own(claim)
        ):
            continue  # "1,744 incidents: 803 false alarms, 512 fires and 429 other
            # emergencies": call-outs split into kinds that name concepts of their own
        if not part.meaning["borrowed"] and own.concept not in WEAK | {None} and came_of:
            continue  # "164 incidents captured, leading to 41 fixed penalty notices": what
            # came of the whole is a measure of its own
        part.meaning["metric"] = whole


CALL_OUTS = {"incident", "call", "job", "event", "callout", "mobilisation"}


def kinds_of_its_own(claim: Claim) -> bool:
    """Whether a whole of call-outs ("1,744 incidents") is split into kinds that name
    concepts of their own, two or more besides the whole's ("2,148 incidents, including
    412 fires, 986 false alarms and 750 special services")."""
    noun = counted_noun(claim.stated)
    if noun is None or noun.lemma_.lower() not in CALL_OUTS:
        return False
    whole = claim.stated.meaning["metric"].concept
    named = [p.meaning["metric"].concept for _, p in claim.terms if not p.meaning["borrowed"]]
    named = [c for c in named if c not in WEAK | {None}]
    return len(set(named) - {whole}) >= 2


def led_to(part: Figure) -> bool:
    """Whether the part is what its whole led to ("leading to 41 fixed penalty notices, 9
    prosecutions and ...", "resulting in 12 arrests")."""
    noun = first_conjunct(part.head)  # the list's first item
    if noun.dep_ in ("nsubj", "nsubjpass"):  # not "337 resulted in an arrest"
        return False
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in OUTCOME_VERBS


def from_a_source(part: Figure) -> bool:
    """Whether a part of a group says only where its people came from: "were referred by
    the police", "self-referred", "came from partner agencies"."""
    verb = governing_verb(part.head)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "refer":
        by = [c for c in verb.children if c.dep_ == "agent"]
        return bool(by) or verb.i > 0 and verb.nbor(-1).text == "-"  # "self-referred"
    return lemma == "come" and any(c.lower_ in ("from", "through") for c in verb.children)


def covered_by(group: str | None) -> tuple[str, ...]:
    """The concepts a group of crimes is made of ("neighbourhood crime": burglary, ...),
    and its kinds ("recorded crime": burglary, shoplifting, ...)."""
    if group is None:
        return ()
    kinds = tuple(c.code for c in catalog() if c.kind_of == group)
    return concept_named(group).covers + kinds


def share_of_people(claim: Claim) -> None:
    """A share of a group of people that names only people ("Of the 2,214 victims
    supported, 1,284 (58%) were women") measures the group: the part and its share."""
    terms = dict(claim.terms)
    part, whole = terms.get("part"), terms.get("whole")
    if part is None or whole is None or not only_people(part, whole):
        return
    concept = concept_named(whole.meaning["metric"].concept)
    for f in (part, claim.stated):
        f.meaning["metric"] = metric_for(concept, f)


def only_people(part: Figure, whole: Figure) -> bool:
    """Whether the part names people and no more, and the whole a group of them."""
    said, group = part.meaning["metric"].concept, whole.meaning["metric"].concept
    return said == "people_supported" and group in PEOPLE and group != said


ABOUT_VERBS = {"concern", "relate"}


def said_about(part: Figure) -> bool:
    """Whether a part is said to be about something: "377 concerned anti-social
    behaviour" (not "61 involved vehicles", a part of the fires all the same)."""
    verb = governing_verb(part.head)
    if verb is not None and verb.lemma_.lower() in ABOUT_VERBS:
        return True
    after = part.doc[part.unit_end] if part.unit_end < part.sentence.end else None
    return after is not None and after.lower_ in ("concerned", "related")  # the parser may
    # take "377 concerned anti-social behaviour" for an adjective's


def rate_of_its_count(claim: Claim, figures: list[Figure]) -> None:
    """A rate whose own words name only a group of people, or nothing the catalog knows,
    measures what its count counts ("First time entrants numbered 29; set against 16,870
    young people, that is a rate of 172 per 100,000"; "5,861 ASB incidents, equivalent to
    27.9 incidents per 1,000 residents"), and so do the rates it is compared with after it
    ("..., against 174 for England")."""
    rate, count = claim.stated, dict(claim.terms)["count"]
    counted = count.meaning["metric"].concept
    vague = rate.meaning["metric"].concept in PEOPLE | {None, "population"}  # "27.9 incidents
    # per 1,000", "47 cases per 10,000 adult women"
    broader = counted is not None and concept_named(counted).kind_of  # "2,961 violence with
    vague = vague or broader == rate.meaning["metric"].concept  # injury offences ..., 14.3
    vague = vague or not rate.meaning.get("core")  # "supported 2,296 victims, 82 per FTE"
    per_itself = per_its_base(claim)  # "312 sessions, making 4,870 contacts (an average of
    if not (vague and counted and counted not in WEAK or per_itself):  # 15.6 a session)"
        return
    was = rate.meaning["metric"].code
    compared = [f for f in figures if f.sentence == rate.sentence and f.first > rate.first]
    compared = [f for f in compared if f.unit == rate.unit and f.meaning["metric"].code == was]
    for f in [rate, *compared]:
        f.meaning["metric"] = per_unit_money(f, metric_of_level(count, f), figures)


def per_its_base(claim: Claim) -> bool:
    """Whether the rate took the metric of what it is per ("sessions per session"), which
    no rate measures."""
    base = dict(claim.terms).get("base")
    rated = claim.stated.meaning["metric"].concept
    return base is not None and rated is not None and base.meaning["metric"].concept == rated


def base_of_a_population_rate(claim: Claim) -> None:
    """The base of a rate per head of population is the population, when its own words
    name only a group of people ("with 12,040 children aged 10 to 17 living in the
    borough, that is a rate of 382 per 100,000"; not "against 67,300 households"), or it
    took what its count counts ("First time entrants ... fell to 58, a rate of 219 per
    100,000 among the borough's 26,480 10 to 17 year olds")."""
    base = dict(claim.terms).get("base")
    if base is None or not claim.stated.unit.endswith("_population"):
        return
    counted = dict(claim.terms)["count"].meaning["metric"].concept
    said = base.meaning["metric"].concept
    if said in PEOPLE - {"households"} or said is not None and said == counted:
        base.meaning["metric"] = metric_for(concept_named("population"), base)


def records_named(whole: Figure) -> bool:
    """Whether records its sentence names before the whole say what it counts ("Croydon
    had more domestic abuse offences than any other London borough, 5,406"): the whole's
    own kind, whatever kinds its parts are."""
    concept = whole.meaning["metric"].concept
    if concept is None or whole.meaning["borrowed"]:
        return False
    before = whole.doc[whole.sentence.start : whole.first]
    records = [t for t in before if t.lemma_.lower() in RECORDS]
    return any(
        concept_of(list(t.subtree), whole.unit)[0] == concept_named(concept) for t in records
    )


def agreed(claim: Claim) -> bool:
    """Whether the parts all count one thing their own words name ("ASB officers issued 64
    dispersal directions and 27 Community Protection Warnings, 91 in all"): what a total
    with no noun of its own counts too, whoever's sentence it is."""
    parts = [part for _, part in claim.terms]
    if any(part.meaning["borrowed"] for part in parts):
        return False
    return len({part.meaning["metric"].code for part in parts}) == 1


def refers_back(sentence: Span) -> bool:
    return sentence[0].lower_ in REFERS_BACK


# --- Changes ----------------------------------------------------------------------------


def change_claims(
    figures: list[Figure], group: list[Figure], following: list[Figure], previous: list[Figure]
) -> list[Claim]:
    """A change against its two levels, in its sentence (and those it refers back to),
    else with the next sentence ("Hate crime increased by 19%. A total of 412 ...")."""
    claims = []
    for change in figures:
        if not change.measure or change.role == "level" or change.qualifier == "average":
            continue  # "an increase of over 24%" holds on its side of the two levels
        if by_the_week(change):
            continue  # "£13 a year, or 25p a week": the weekly sum restates the change
        ends = level_figures(group, qualified=change.role == "percent_change")  # "Reduce
        said = [f for f in ends if comparable(f, change)]
        # aims stating both ends: "Reduce ... by 15% from 412 to no more than 350", "to
        # rise from 54 to 80 or more, an increase of at least 26", "Reduce ASB by 8% on
        # the 2021/22 level of 6,450, to no more than 5,934"
        # not a variance: "..., a shortfall of 24 against target"
        aim = is_aim(change) and not is_variance(change)
        starts = frozenset({"from", "on"} if aim else {"from"})
        stated = from_and_to(said, change, starts) or ends_before(group, change)
        stated = stated or (aimed_at_target(said, change, starts) if aim else None)
        if aim and not stated or against_unstated_plan(change, figures):
            continue  # "..., against a plan objective to reduce it by 10%": not the change
            # (but "schemes to grow from 112 to 132, 20 more than now" states both ends)
        if set_against_a_change(change, figures):
            continue  # "fell by 21%, ..., compared with a 6 per cent fall across the borough"
        pair = (stated if aim else None) or ends_in_brackets(said, change)
        pair = pair or restated_pair(change, figures)
        pair = pair or named_plan_pair(change, previous + group)
        # "to 212 from 264 in 2023/24 and 301 in 2022/23, a drop of 89 over two years"
        pair = pair or over_years(change, said) or level_pair(change, group)
        elsewhere = pair and any(end.sentence != change.sentence for end in pair)
        if elsewhere and its_own_subject(change, pair) and names_another(change, pair):
            pair = None  # "... £150,000 last year. The council has added £36,500, and the
            # Band D precept rose by £13": the precept's rise, not the grant's
        # "Hate crime rose by 19%. A total of 412 ...", but a line "Change: -1,512" is of
        # the line above, whatever follows
        if pair is None and not a_change_label(change):
            pair = level_pair(change, group + following)
            pair = None if pair and names_another(change, pair) else pair  # not "57 premises,
            # eight more than a year ago. Members issued 94 bans against 71 ...", nor
            # "violence fell 5%. The council logged 88 reports of begging, down from 120":
            # the next sentence's levels are of another measure
        if pair is None and (pair := level_pair(change, previous + group)) is not None:
            codes = {end.meaning["metric"].concept for end in pair}
            pair = pair if len(codes) == 1 or None in codes else None  # "... reached 1,318.
            # Compared to 1,047", "Noise complaints: 1,150\nPrevious year: 1,250", not "...
            # four fewer than the 65 of 2021/22. Deliberate fires rose by 18.3% to 291"
            pair = None if pair and names_another(change, pair) else pair  # nor "• Incidents
            # ... at least 1,500 (1,214 last year) ... • Recorded ASB ... down 10%"
        if pair is not None and named_elsewhere(change, pair):
            pair = None  # "ASB in Redditch fell from 3,214 to 2,987. / Batchley and
            # Brockhill saw the steepest fall, down 38%": the wards' fall, not the town's
        its_own = own_ends(change, ends)
        if pair is not None and its_own and not set(pair) & set(its_own):
            pair = None  # "2,146 incidents, 9.2% fewer than the 2,364 ..., yet referrals
            # rose by 74 to 658": the change's own verb names its end
        unstated = its_own or against_a_period(change, figures)  # "12 more than in 2018/19"
        if pair is not None and unstated and another_totals_start(pair[0], change):
            pair = None  # "totalled 10,377, down from 11,783 ..., while cases rose by 312
            # to 2,849": the 11,783 is the other total's start; "612 hate crimes, up 14.8%
            # from 533; ... took 57 reports, 12 more than in 2018/19": the 2018/19 level of
            # the reports is not said
        if pair is not None and of_another_item(change, pair):
            continue  # "4,000 attendances from 350 young people; a 10% fall in youth ASB"
        if pair is not None and any(another_change_of(end, change) for end in pair):
            continue  # "violence fell by 9%, and call-outs dropped from 310 to 262"; "crime
            # had risen ... from 5,150, while ASB had fallen by 312 to 1,904"
        if pair is not None and moved_after_a_contrast(pair, change):
            continue  # "totalled 318, 34 fewer than the year before, while admissions rose
            # from 27 to 33": the other clause's own change
        if pair is not None and another_quantitys_end(pair, change, group):
            continue  # "fallen by 6.2%, from 31,480 to 29,528, while ASB was down 1,104 to
            # 9,876": not from the crime's 31,480; "fell by 12% to 1,034, and ... 38
            # admissions, 14 fewer than the 52": not from the admissions' 52
        if pair is not None and not fits_its_comparison(change, pair, figures):
            pair = against_its_level(change, group, figures) or against_an_earlier_level(
                change, group, figures
            )
            if pair is None:
                continue  # "1,204, 96 more than in 2022/23 and 210 more than in 2021/22 (994)"
        if pair is None and change.role == "change":
            pair = between_averages(change, group)  # "answered in an average of 94 seconds,
            # against 212 seconds last year, a reduction of 118 seconds"
        if pair is None and change.unit == "percentage_points":
            pair = against_its_level(change, group, figures)  # "87.4% ..., 2.3 points above
            # the all-Wales figure of 85.1% and well ahead of the 80% target"
        if pair is None:
            if implied := one_level_and_change(change, group):  # "down 412 (8.1%) to 4,690"
                claims.append(Claim("percent_change", change, implied, change.sentence))
            continue
        kind = "percent_change" if change.role == "percent_change" else "change_difference"
        terms = [("from", pair[0]), ("to", pair[1])]
        claims.append(Claim(kind, change, terms, change.sentence))
        change.meaning["partner"], change.meaning["ends"] = pair[0], pair
        settle_change(change, *pair)
        for target in (f for f in figures if f.meaning.get("target_of") is change):
            target.meaning["metric"] = change.meaning["metric"]  # "..., short of the 25% target"
        if (after := word_after(change)) is not None and after.lower_ == "short":
            change.direction = None  # "371 ..., 14 short of the 357 aimed for": a shortfall
            # against a cut is above its plan, below one against a rise; the levels say which
        if change.direction is None and pair[0].value != pair[1].value:
            # "a difference of 22", "a 9-point improvement": its two levels say which way
            change.direction = "increase" if pair[1].value > pair[0].value else "decrease"
    return nearest_per_pair(claims)


def ends_in_brackets(levels: list[Figure], change: Figure) -> tuple | None:
    """The two levels of a bracket opened right after the change, the second after "to"
    ("had increased by 4.6% (1,173 offences to 1,227)", "down 9% (from 412 to 375)")."""
    shut = aside_end(change)  # the change's own end when no bracket follows it
    inside = [f for f in levels if change.unit_end < f.first and f.last < shut]
    if len(inside) == 2 and change.doc[inside[1].first - 1].lower_ == "to":
        return inside[0], inside[1]
    return None


def restated_pair(change: Figure, figures: list[Figure]) -> tuple | None:
    """The ends of the change right before that this one restates in another unit ("a
    reduction of 185 offences or 47.9%", "down 412 (8.1%)", "12 fewer than the baseline
    (9.8% below)")."""
    before = [f for f in figures if f.last < change.first and f.measure][-1:]
    if before and before[0].role == "level":
        return compared_in_brackets(before[0], change, figures)
    if not before or "ends" not in before[0].meaning:
        return None
    between = [t.lower_ for t in change.doc[before[0].unit_end : change.first]]
    own = {t.lower_ for t in before[0].meaning.get("core", [])}
    between = [w for w in between if w not in own]
    compared = between[-1:] == ["("] and between[0] in COMPARATIVES
    compared = compared and "than" in between and len(between) <= 6  # "30 fewer than the
    # average (25.4% below)": the bracket restates the change beside its comparison
    restates = between in (["or"], ["("], [",", "or"]) or compared or renamed(between)
    return before[0].meaning["ends"] if restates else None


def renamed(between: list[str]) -> bool:
    """Whether the words between two changes name the second as the same change again
    ("19 fewer and a fall of 30.2%", "down 412, a reduction of 8.1%"), the first's
    comparative aside."""
    words = list(dropwhile(lambda w: w in {",", "and", "or", *COMPARATIVES}, between))
    if words[:1] in (["a"], ["an"]) and len(words) < len(between):
        words = words[1:]
    return len(words) == 2 and words[0] in CHANGE_NOUNS and words[1] == "of"


def compared_in_brackets(level: Figure, change: Figure, figures: list[Figure]) -> tuple | None:
    """The ends of a change the level is compared with, when this change is in brackets
    right after it: "119 below the 3-year average of 640 (-18.6%)"."""
    between = [t.text for t in change.doc[level.unit_end : change.first] if not t.is_space]
    if len(between) == 3 and between[0] == "in" and YEAR.match(between[1]):
        between = between[2:]  # "14 fewer than the 52 in 2021/22 (26.9%)"
    earlier = [f for f in figures if f.last < level.first and "ends" in f.meaning]
    if between != ["("] or not earlier or earlier[-1].meaning["ends"][0] is not level:
        return None
    return earlier[-1].meaning["ends"]


def a_change_label(change: Figure) -> bool:
    """Whether only a change's name and a colon open the change's line ("Change: -1,512
    (-6.6%)"; not "A reduction of 30% in ...")."""
    words = list(change.doc[change.sentence.start : change.first])
    said = [t.lemma_.lower() for t in words if t.is_alpha and not t.is_stop]
    labelled = ":" in [t.text for t in words]
    return labelled and bool(said) and set(said) <= CHANGE_NOUNS | {"variance", "difference"}


def over_years(change: Figure, levels: list[Figure]) -> tuple | None:
    """(earlier, later) for a change said to span so many years ("a drop of 89 over two
    years", "166 fewer year on year"): the latest level and the one that many years
    before it."""
    years = years_spanned(change)
    if not years or not levels:
        return None
    last = latest(levels)
    year = last[0].meaning["period"].start.year - years
    earlier = [f for f in levels if f.meaning["period"].start.year == year]
    return (earlier[0], last[0]) if len(earlier) == 1 and len(last) == 1 else None


def years_spanned(change: Figure) -> float | None:
    """How many years the words after a change say it spans: "over two years", "year on
    year" (one)."""
    after = change.doc[change.unit_end : min(change.unit_end + 6, change.sentence.end)]
    if after and after[0].lower_ in COMPARATIVES:
        after = after[1:]  # "166 fewer year on year"
    words = [t.lower_ for t in after]
    if words[:3] == ["year", "on", "year"] or words[:5] == ["year", "-", "on", "-", "year"]:
        return 1
    if len(words) < 3 or words[0] not in ("over", "across") or words[2] != "years":
        return None
    return run_value([after[1]])[0]


def between_averages(change: Figure, group: list[Figure]) -> tuple | None:
    """(earlier, later): the only two levels of the change's unit stated before it, one
    of them or both averages, when the periods tell them apart ("The average wait was 252
    seconds, down from 400 seconds, 148 seconds quicker"; averages are otherwise no ends
    of changes: "the national average of 30%")."""
    levels = [f for f in group if f.measure and f.role == "level" and f.first < change.first]
    levels = [f for f in levels if f.unit == change.unit and f.qualifier in ("exact", "average")]
    averaged = any(f.qualifier == "average" for f in levels)
    return ordered_pair(levels) if len(levels) == 2 and averaged else None


PLAN_NOUNS = TARGET_NOUNS | {"end-point", "endpoint", "ceiling"}


def named_plan_pair(change: Figure, group: list[Figure]) -> tuple | None:
    """(plan, level) when the change is a gap to a plan it names with no figure ("1,319
    offences, 68 above the end-point and 71 below the baseline"): the one level so named
    (a baseline, a target, or the end an aim runs "to"), and the level before the change."""
    word = comparison_after(change)
    said = change.doc[word.i + 1 : change.sentence.end] if word is not None else []
    said = [t for t in said if t.lower_ not in ("the", "our", "its", "their")][:3]
    if not said or said[0].like_num:
        return None
    noun = "".join(t.text_with_ws for t in said).split()[0].lower().rstrip(",;.")  # as
    # written, hyphens kept: "end-point" is three tokens
    levels = [f for f in level_figures(group, qualified=True) if comparable(f, change)]
    if noun == "baseline":
        plans = [f for f in levels if names_a_plan(f, {"baseline"})]
    elif noun in PLAN_NOUNS:
        aims = [c for c in group if c.role != "level" and c is not change and is_aim(c)]
        ends = [pair[1] for c in aims if (pair := from_and_to(levels, c))]
        plans = [f for f in levels if names_a_plan(f, TARGETS)] or ends
    else:
        return None
    actual = [f for f in levels if f.first < change.first and f not in plans]
    actual = [f for f in actual if not names_a_plan(f) and f.qualifier == "exact"]
    actual = [f for f in actual if not any(inside(f, g) for g in actual if g is not f)]
    actual = latest(actual)  # "fell to 204 from 260 in 2022/23, ... 17 below the ceiling"
    actual = [f for f in actual if not counts_places(f)] or actual
    return (plans[0], actual[-1]) if len(plans) == 1 and actual else None


def counts_places(f: Figure) -> bool:
    """Whether the level says where or through what the counted happened ("reached 4,386
    pupils in 23 schools, 186 above the target", "96 mopeds seized through the two patrol
    teams, against 140"): no end of a change."""
    noun = counted_noun(f)
    if noun is None:
        return False
    means = noun.dep_ == "pobj" and noun.head.lower_ in SETTING_WORDS
    return is_place(noun) or means


SETTING_WORDS = {"at", "in", "through", "via", "across"}


def picked_out(f: Figure) -> bool:
    """Whether the figure is a part picked out of the one before ("of whom 8 died")."""
    return preceded(f, {"whom", "which"})


def a_subgroup(f: Figure) -> bool:
    """Whether the figure counts some of what the one before counts: "of whom 8 died",
    "including 18 aged under 18", "63 of them involving a needle", "112 of them vehicles"."""
    before = [t.lower_ for t in f.doc[max(f.sentence.start, f.first - 2) : f.first]]
    of_whom = before in [*OF_WHICH, ["of", "these"], ["of", "those"]] or in_of_which_clause(f)
    after = list(takewhile(lambda t: not t.is_punct, f.doc[f.unit_end + 2 : f.sentence.end]))
    kind = bool(after) and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in after)  # "112 of
    described = of_them(f) and bool(after) and (after[0].tag_ == "VBG" or kind)  # them vehicles"
    return (of_whom or before[-1:] == ["including"] or described) and not said_of_it(f)


OF_WHICH = (["of", "whom"], ["of", "which"])


def in_of_which_clause(f: Figure) -> bool:
    """Whether the figure's clause opens on "of which" or "of whom" ("rose by 7.9% to 15,284
    offences, of which violence against the person made up 5,411")."""
    doc, start = f.doc, f.first
    while start > f.sentence.start and doc[start - 1].text not in (",", ";", "("):
        start -= 1
    return [t.lower_ for t in doc[start : min(start + 2, f.first)]] in OF_WHICH


def said_of_it(f: Figure) -> bool:
    """Whether a finite verb says something of the figure before its clause ends ("of whom
    52 were men, up from 44"), as it does not of an aside ("32 of them due to misuse")."""
    words = takewhile(lambda t: t.text not in (",", ";"), f.doc[f.unit_end : f.sentence.end])
    return any(t.tag_ in FINITE_TAGS for t in words)


def inside(f: Figure, other: Figure) -> bool:
    """Whether the figure is in the words of another's noun ("213 staff from 9
    organisations"): it says which, not how many."""
    noun = counted_noun(other)
    return noun is not None and noun in f.head.ancestors


def against_its_level(change: Figure, group: list[Figure], figures: list[Figure]) -> tuple | None:
    """(the level a change is compared with, the one level of its period stated before the
    change): "71% ..., up from 64% two years earlier and 4 percentage points above the Wales
    figure of 67%" is between the 67% and the 71%, not the 64%."""
    stated = compared_level(change, figures)
    if stated is None:
        return None
    period = stated.meaning["period"]
    said = [f for f in level_figures(group) if comparable(f, change) and f is not stated]
    said = [f for f in said if f.first < change.first and overlaps(f.meaning["period"], period)]
    said = [f for f in said if not another_items_level(f, change, figures)]
    said = [f for f in said if went_on_from(f, change) or not any(so_many_of(f, w) for w in said)]
    said = [f for f in said if not counts_places(f)] or said
    said = [f for f in said if not names_a_plan(f, TARGETS, by_subject=False)] or said  # "beating
    # the target of 80% and 2.5 points above the 88.7% for Wales": the actual, not the aim
    if len(said) > 1 and (restated_by(said[-1], change) or went_on_from(said[-1], change)):
        said = said[-1:]  # "in 27 schools against 30 planned, reaching 8,412 pupils – 588
    return (stated, said[0]) if len(said) == 1 else None  # fewer than the 9,000 target"


def another_items_level(level: Figure, change: Figure, figures: list[Figure]) -> bool:
    """Whether the level is in a ";" item before the change's that states a change of its
    own: "burglary -11% (1,204 v 1,071); robbery +4% (312 v 324)" (but "... 23 of the 61
    people hurt in 2022; that was 9 fewer than the average of 70" is the 61's)."""
    if level.doc is not change.doc or same_clause(level, change):
        return False
    item = [f for f in figures if f.doc is level.doc and same_clause(f, level)]
    return any(f.role != "level" and f is not change for f in item)


def overlaps(a: Period, b: Period) -> bool:
    """Whether two periods share days: "in 2023" in a 2023/24 report is this year's."""
    return a.start <= b.end and b.start <= a.end


def so_many_of(part: Figure, whole: Figure) -> bool:
    """Whether the part is stated as so many "of the" whole ("19 of the 47 people")."""
    between = [t.lower_ for t in part.doc[part.unit_end : whole.first]]
    return between in (["of", "the"], ["of"])


def restated_by(level: Figure, change: Figure) -> bool:
    """Whether the change follows the level straight on, but for the level's noun and the
    change's own words: "8,412 pupils – 588 fewer than ...", "214 warnings, a rise of 39"."""
    noun = {t.i for t in level.meaning.get("noun", [])}
    between = [t for t in level.doc[level.unit_end : change.first] if t.i not in noun]
    return (
        level.last < change.first
        and len(between) <= 6
        and not any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in between)
    )


def set_against_a_change(change: Figure, figures: list[Figure]) -> bool:
    """Whether the change is what a change before it is compared with ("..., compared with
    a 6 per cent fall across the borough", "against a rise of 4% nationally"): another
    place's or time's change, whose levels the text does not give."""
    before = list(change.doc[max(change.sentence.start, change.first - 5) : change.first])
    at = [n for n, t in enumerate(before) if contrasts(t) or t.lemma_.lower() == "compare"]
    if not at or any(t.text in ",;()" or t.like_num for t in before[at[-1] :]):
        return False
    earlier = [f for f in figures if f.first < change.first and f.measure]
    return any(f.role == change.role and f.unit == change.unit for f in earlier)


def fits_its_comparison(change: Figure, pair: tuple, figures: list[Figure]) -> bool:
    """Whether the two levels agree with what the change is said to be compared with ("N
    more than X", "N below the baseline of X"): X, if a level follows in the comparison, is
    one end, and the other end lies on the side the words put it (before the change when X
    is the earlier level, "233, 29 more than the 214"; after it when X is the later, "47
    fewer than last year (365 compared with 412)"); with no level in the comparison ("38
    more than last year, 96 came from schools") the earlier level is not after the change;
    and no end is what another change is compared with ("340, 40 more than our target of
    300, and 28 more than last year's 312")."""
    word = comparison_after(change)
    if word is None:
        return True
    if word.nbor(-1).text == "," and from_and_to(level_figures(figures), change) == pair:
        return True  # "to grow to 3,412 from 3,024, an extra 388, against an ambition of
        # 3,600": both ends on the change's verb; the aside sets the later against an aim
    others = [compared_level(f, figures) for f in figures if f is not change]
    if any(level is end for level in others for end in pair):
        return False
    stated = compared_level(change, figures)
    earlier, later = pair
    after = change.first < min(earlier.first, later.first)
    if after and stated is None and set_against(earlier, later):
        return True  # "fell by 14% compared with the previous year, with 1,367 recorded
        # against 1,589 in 2022/23": both ends after it, set against each other
    if (
        stated is not None
        and a_mark(stated)
        and down_from_it(level_figures(figures), change) == pair
    ):
        return True  # "..., up from 81.0% the year before, a rise of 7.6 points against the
        # national target of 90%": the change's ends are said; the target is a mark beside
    if stated is None and against_a_period(change, figures):
        # "187 against a target of 195, 16 fewer than in Q3 of 2022/23"; "41 road deaths,
        # eight fewer than in 2022, and 412 people were ...": the change's later level is
        # the one it follows, not the subject of a clause after it
        after = later.first > change.first and noun_and_verb_of_its_own(later)
        if same_period(earlier, later) or after:
            return False
    if change.first < earlier.first and runs_to(earlier, later):
        return True  # "fell by 275 compared with last year (3,015 to 2,740)": both ends
    if stated is earlier and is_variance(change) and later.first > earlier.first:
        return True  # "an underspend of £23,450 against its £485,000 budget, having spent
        # £461,550": the outturn after the plan
    if stated is earlier and an_aside(later, change, figures):
        return False  # "rose to 612 (2022/23: 580) but remained 97 below the baseline of
        # 709": the later is the level said, not another year's in brackets beside it
    if stated is earlier:  # and, of the levels before the change, the one it restates
        nearer = [f for f in level_figures(figures) if later.last < f.first < change.first]
        nearer = [f for f in nearer if not inside_brackets(f)]  # "412 adults (opiates 156,
        # alcohol 158), 37 more than the 375": the parts of the later in brackets
        nearer = [f for f in nearer if went_on_from(f, change) or not inside(f, later)]
        nearer = [f for f in nearer if went_on_from(f, change) or not picked_out(f)]  # "213
        # staff from 9 ...", "96 ..., of whom 8 died; the total was 19% below the 118.5"
        # "fell to 112 from 131, eight below the ceiling of 120 and 29 below the baseline
        # of 141": the later's own start, and what another change is compared with, are no
        # nearer levels the change could restate
        nearer = [f for f in nearer if not any(f is level for level in others)]
        nearer = [f for f in nearer if not one_move(f, later) and not counts_places(f)]
        nearer = [f for f in nearer if not compared_with(f)]  # "That compared with 7,035
        # in 2022/23, ..., and was 23.3% below the 8,102": That, not what it compared with
        nearer = [f for f in nearer if not names_a_plan(f, TARGETS)]  # "fell to 1,742,
        # inside the target of 1,900 and 23.1% below the baseline of 2,265": an aim between
        return later.first < change.first and not any(comparable(f, change) for f in nearer)
    if stated is later:  # not a target beside it: "2.4 points below the all-Wales figure
        # of 89.6% but above the 80% target" is from the 89.6%, to the level before
        plan = names_a_plan(earlier, TARGETS) and not names_a_plan(later, TARGETS)
        return earlier.first > change.first and not plan
    return stated is None and earlier.first < change.first


def went_on_from(f: Figure, change: Figure) -> bool:
    """Whether the figure is a part picked out whose own verb the change goes on from ("of
    whom 301 engaged with support, 19 fewer than the 320 planned"; not "96 ..., of whom 8
    died; the total was 19% below ...")."""
    between = f.doc[f.unit_end : change.first]
    return picked_out(f) and said_of_it(f) and not any(t.text == ";" for t in between)


def one_move(start: Figure, end: Figure) -> bool:
    """Whether the two levels are the ends one verb runs from or to ("fell to 112 from 131")."""
    verb = governing_verb(end.head)
    return verb is not None and governing_verb(start.head) == verb and end_word(start) != ""


def against_a_period(change: Figure, figures: list[Figure]) -> bool:
    """Whether the comparison right after the change names a period and no measure ("16
    fewer than in Quarter 3 of 2022/23", "29 more than last year")."""
    word = comparison_after(change)
    if word is None:
        return False
    after = takewhile(lambda t: t.text not in ",;()", change.doc[word.i + 1 : change.sentence.end])
    said = list(after)
    if said and any(f.measure and said[0].i <= f.first <= said[-1].i for f in figures):
        return False
    return any(YEAR.match(t.text) for t in said) or years_back(said) > 0


def same_period(a: Figure, b: Figure) -> bool:
    return a.meaning["period"] == b.meaning["period"]


def runs_to(earlier: Figure, later: Figure) -> bool:
    """Whether the earlier level runs "to" the later, nothing else between ("3,015 to
    2,740", "(412 offences to 380)")."""
    own = {t.i for t in earlier.meaning.get("core", [])}
    between = earlier.doc[earlier.unit_end : later.first]
    return [t.lower_ for t in between if t.i not in own] == ["to"]


def comparison_after(change: Figure) -> Token | None:
    """The comparison word right after a change ("29 more than", "3 points above")."""
    after = change.doc[change.unit_end : min(change.unit_end + 3, change.sentence.end)]
    ends = {",", ")"} if change.doc[change.first - 1].text != "(" else {","}
    after = takewhile(lambda t: t.text not in ends, after)  # not "a drop of 6 points, and
    # below the county figure" nor "(a rise of 5.3 points) and above the national average":
    # a comparison of the level's own (but "rose by 41 (12%) on last year" is the 12%'s)
    return next((t for t in after if contrasts(t) or t.lower_ in ("above", "below")), None)


PLANNED = {"planned", "expected", "targeted", "forecast", "anticipated", "projected", "aimed"}
PLANNED |= {"budgeted", "earmarked", "allocated"}
PLANNED_AFTER = PLANNED | {"aim", "fund"}  # right after a figure: "short of the 75% aim",
# "a cost of £39,650 from the £48,000 fund, leaving £8,350 unspent"


def against_unstated_plan(change: Figure, figures: list[Figure]) -> bool:
    """Whether the change is set against a plan the text does not state ("236 attended,
    36 more than planned"): its other end is not in the text (as it is in "52 recovered
    against a target of 40, 12 more than planned")."""
    word = comparison_after(change)
    if word is None or any(names_a_plan(f, TARGETS) for f in level_figures(figures)):
        return False
    words = takewhile(lambda t: t.text not in ",;.()", change.doc[word.i + 1 : change.sentence.end])
    said = list(words)[:6]
    return any(t.lower_ in PLANNED for t in said) and not any(t.like_num for t in said)


MARKS_BESIDE = {"above", "below", "against", "than", "inside", "within", "under", "short"}


def compared_level(change: Figure, figures: list[Figure]) -> Figure | None:
    """The level a change is said to be compared with, when the comparison names one."""
    if change.role == "level":
        return None
    word = comparison_after(change)
    after = [f for f in figures if word is not None and f.first > word.i]
    after = [f for f in after if f.role != "level" or comparable(f, change)]  # "£58,900
    # more than in 2021/22, when 74 groups shared £553,500": the money, not the groups
    if not after or after[0].role != "level" or not comparing(word, after[0]):
        return None
    between = [t.lower_ for t in change.doc[word.i + 1 : after[0].first]]
    if "and" in between and set(between) & MARKS_BESIDE:
        return None  # "23 more than in 2021/22 and above the target of 380": the level's
    if a_band(after[0], figures):
        return None  # "down 4 points, against a range of 28 to 40%": a band, no one level
    return after[0]  # own comparison, not the change's


def nearest_per_pair(claims: list[Claim]) -> list[Claim]:
    """One change of a kind per pair of levels, the nearest to them: two percentage
    changes cannot both be the one between the same two figures ("rose by 6.4% (3,810 to
    4,054) ..., and by 2% across the force")."""

    def pair(claim: Claim) -> tuple:
        return (claim.kind, *(id(f) for _, f in claim.terms))

    def distance(claim: Claim) -> int:
        return min(abs(claim.stated.first - f.first) for _, f in claim.terms)

    nearest: dict[tuple, Claim] = {}
    for claim in claims:
        kept = nearest.get(pair(claim))
        if kept is None or distance(claim) < distance(kept):
            nearest[pair(claim)] = claim
    return [c for c in claims if nearest[pair(c)] is c]


def another_change_of(level: Figure, change: Figure) -> bool:
    """Whether the level moves by a change verb of its own, not the change's ("violence
    fell by 9%, and ambulance call-outs dropped from 310 to 262")."""
    verb, own = governing_verb(level.head), governing_verb(change.head)
    moves = verb is not None and verb.lemma_.lower() in CHANGE_VERBS
    if moves and own is not None and (restates(verb, own) or restates(own, verb)):
        return False  # "dropped by 18% ..., falling from 1,000 to 820": one change
    return moves and own is not None and own.lemma_.lower() in CHANGE_VERBS and verb != own


def moved_after_a_contrast(pair: tuple, change: Figure) -> bool:
    """Whether the levels are the "from" and "to" of one change verb in a clause that a
    "while" sets after the change's."""
    start, end = pair
    verb = governing_verb(start.head)
    if start.first < change.unit_end or verb is None or governing_verb(end.head) != verb:
        return False
    between = {t.lower_ for t in change.doc[change.unit_end : start.first]}
    ends = (end_word(start), end_word(end))
    return (
        verb.lemma_.lower() in CHANGE_VERBS and ends == ("from", "to") and bool(between & CONTRASTS)
    )


def another_quantitys_end(pair: tuple, change: Figure, group: list[Figure]) -> bool:
    """Whether an end is another change's, of another concept: the "from" or "to" of its
    verb ("crime had fallen by 6.2%, from 31,480 to 29,528, while ASB was down 1,104 to
    9,876") or what it is "fewer" or "more" than ("38 admissions, 14 fewer than the 52")."""
    own = governing_verb(change.head)
    moved = [f for f in group if f.measure and f.role != "level" and f is not change]
    restated = tuple(restated_pair(change, group) or ()) == tuple(pair)
    for level in pair:
        verb = governing_verb(level.head)
        ends_of = verb is not None and verb != own and end_word(level) in ("from", "to")
        owners = [f for f in moved if ends_of and governing_verb(f.head) == verb]
        owners += [f for f in moved if than_it(f, level)]
        if restated:  # "14 fewer than the 52 in 2021/22 (26.9%)": the change before, again
            owners = [f for f in owners if tuple(f.meaning.get("ends", ())) != tuple(pair)]
        if any(quantity(f) != quantity(change) for f in owners):
            return True
    return False


def than_it(change: Figure, level: Figure) -> bool:
    """Whether the change is so much "fewer" or "more" than the level ("14 fewer than the
    52 of the year before")."""
    words = [t.lower_ for t in change.doc[change.unit_end : level.first]]
    return 0 < len(words) <= 5 and "than" in words[:3]


def restates(participle: Token, verb: Token) -> bool:
    """Whether a participle with no subject of its own hangs on the verb, so says again
    how its subject moved ("..., falling from 1,000 to 820")."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)
    return participle.tag_ == "VBG" and participle.head == verb and not subject


def against_an_earlier_level(change: Figure, group: list[Figure], figures: list[Figure]):
    """(the earlier level a change is compared with, the level it compares): "72 deaths in
    2023, nine more than the 63 in 2022 and 15 above the 57 in 2021" (the 15 is from the 57
    to the 72, not to the 63 another change is compared with)."""
    stated = compared_level(change, figures)
    if stated is None:
        return None
    others = [compared_level(f, figures) for f in figures if f is not change]
    said = [f for f in level_figures(group) if comparable(f, change) and f is not stated]
    said = [f for f in said if f.first < change.first and not any(f is o for o in others)]
    said = [f for f in said if not an_aside(f, change, figures)]
    if not said or stated.meaning["period"].start >= said[-1].meaning["period"].start:
        return None
    return stated, said[-1]


def is_aim(change: Figure) -> bool:
    """A change something is to make ("an objective to reduce it by 10%", "aim to cut
    repeat victimisation by 5%", "Reduce deliberate fires by 10% from the baseline of
    236"), not one that happened between two levels."""
    if labelled_aim(change):
        return True  # "Target: -5% | Status: Achieved"
    verb = governing_verb(change.head)
    by = attached_to(change).lower_ == "by"  # not a row named by its aim, "Reduce ... | -3pts"
    if verb is not None and (is_infinitive(verb) or by and commands(verb) or pledged(verb)):
        return True
    noun = attached_to(change)
    if noun.lemma_.lower() in TARGET_NOUNS and noun.i > change.last:
        return True  # "beating the 15% aim", "a 10% reduction target"
    sought = noun.lemma_.lower() in CHANGE_NOUNS  # "a 12% cut"
    if sought and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in AIMING:
        done = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
        return not done  # "The plan aims for a 12% cut", "targets a 5% reduction"; not "The
        # cohort committed 412 offences ... and 171 ..., a 58.5% reduction"
    opening = change_verb_by(change)  # "...; increase hate incidents reported ... by 15%"
    return opening is not None and opening == item_opening(opening) and opening.tag_ not in PAST


def labelled_aim(change: Figure) -> bool:
    """Whether a label naming an aim stands right before the change ("Target: -5%", "Aim
    -10%")."""
    before = [t for t in change.doc[max(0, change.first - 2) : change.first] if t.text != ":"]
    return bool(before) and before[-1].lower_ in TARGET_NOUNS | {"objective"}


PLEDGING = {"commit", "committed", "aim", "plan", "seek", "intend", "pledge", "work", "strive"}
AIMING = PLEDGING | {"target"}  # verbs whose object is a change sought ("aims for a 12% cut")


def pledged(verb: Token) -> bool:
    """A change someone commits to making: "The plan commits to reducing violence by 10%",
    "We are committed to cutting burglary by 5%"."""
    to = verb.head
    return verb.tag_ == "VBG" and to.lower_ in ("to", "at") and to.head.lemma_.lower() in PLEDGING


PAST = {"VBD", "VBN"}  # "Reduced ASB by 10%" happened; "Reduce ASB by 10%" is an aim


def commands(verb: Token) -> bool:
    """A bare command, as targets are written ("Reduce deliberate fires ... by 10%")."""
    said_by = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "aux")]
    if verb.tag_ != "VB" or said_by:
        return False  # "Engage 300 young people and reduce youth ASB by 10%": a second
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and commands(verb.head)  # command


def one_level_and_change(percent: Figure, group: list[Figure]) -> list | None:
    """A percentage change stated beside its change in count and one of the two levels
    ("reduced by 412 (8.1%) to 4,690", "ASB: 4,690 (-412, -8.1%)", "up 194 or 19.2% from
    1,010"): the other level is the one plus or minus the change. Terms: the change, and
    the level as "from" (after "from") or "to"."""
    if percent.role != "percent_change" or percent.direction is None or is_relative(percent):
        return None
    at = group.index(percent)
    beside = group[max(0, at - 1) : at] + group[at + 1 : at + 2]
    counts = [f for f in beside if f.role == "change" and f.unit != "percent"]
    counts = [f for f in counts if f.qualifier == "exact" and f.direction == percent.direction]
    ends = counts if len(counts) == 1 and adjacent(counts[0], percent) else None
    if ends is None and (moved := moved_to(percent, group)):  # "rose by 26 to 380 – an
        ends = moved  # increase of 7.3 per cent"
    if ends is None or dated(ends[0]):
        return None
    levels = [f for f in level_figures(group) if f.unit == ends[0].unit]
    levels = [f for f in levels if f.meaning["areas"][0] == percent.meaning["areas"][0]]
    if len(levels) != 1 or set_against(ends[0], levels[0]):
        return None  # "down 2.6% (11,482 compared with 11,789)": two levels
    side = "from" if levels[0].doc[levels[0].first - 1].lower_ == "from" else "to"
    return [("change", ends[0]), (side, levels[0])]


def moved_to(percent: Figure, group: list[Figure]) -> list[Figure] | None:
    """The one change in count of the percentage's clause and direction when its verb
    moves it "to" or "from" a level ("rose by 26 to 380"), the percentage apart but said
    of the same verb (or of none: "..., an increase of 7.3 per cent")."""
    counts = [f for f in group if f.role == "change" and f.unit != "percent"]
    counts = [f for f in counts if f.qualifier == "exact" and same_clause(f, percent)]
    if len(counts) != 1 or counts[0].direction != percent.direction:
        return None
    bracketed = inside_brackets(counts[0]) and counts[0].first > percent.first
    if counts[0].doc[counts[0].first - 1].lower_ != "by" and not bracketed:
        return None  # "rose by 26", not "... while 999 calls increased"; but "rose by 3.2%
        # to 9,874 (an additional 306)" restates the change in count
    verb = governing_verb((percent if bracketed else counts[0]).head)
    if verb is None or governing_verb(percent.head) not in (None, verb):
        return None  # "..., while burglary fell 4 per cent": another verb's change
    ends = [f for f in level_figures(group) if governing_verb(f.head) == verb]
    ends = [f for f in ends if f.doc[f.first - 1].lower_ in ("to", "from")]
    return counts if len(ends) == 1 else None


def set_against(a: Figure, b: Figure) -> bool:
    """Whether a word between the two figures sets one against the other."""
    first, then = sorted([a, b], key=lambda f: f.first)
    return any(contrasts(t) for t in a.doc[first.unit_end : then.first])


def dated(f: Figure) -> bool:
    """Whether a year follows the figure ("rose by 18.2% (44 in 2021/22; 52 in 2022/23)"):
    a level of that year, not the change in count."""
    return of_a_year(list(f.doc[f.unit_end : min(f.unit_end + 2, f.sentence.end)]))


def a_band(start: Figure, figures: list[Figure]) -> bool:
    """Whether the figure opens a range a benchmark names ("the recommended 28 to 40%", "a
    range of 60 to 80"), not two levels a change runs between ("(171 to 209)")."""
    words = start.doc[max(start.sentence.start, start.first - 4) : start.first]
    named = any(t.lemma_.lower() in BENCHMARKS | {"recommend", "recommended"} for t in words)
    return named and range_end(start, figures) is not None


CALENDAR_YEAR = re.compile(r"(19|20)\d\d")
SPANS = {"-", "–", "to"}  # what joins the ends of a run of years


def of_years(average: Figure) -> bool:
    """Whether an average is over earlier years, a baseline to reckon a change from ("the
    2015-2019 average of 101", "a 3-year average of 118"), not a mean of the year's own."""
    if average.qualifier != "average":
        return False
    words = list(average.doc[max(average.sentence.start, average.first - 6) : average.first])
    for first, joiner, last in zip(words, words[1:], words[2:]):
        if CALENDAR_YEAR.fullmatch(first.text) and joiner.lower_ in SPANS and last.like_num:
            return True  # "2015-2019", "2014-18", "2015 to 2019"; not "In 2023/24, an average"
    return any(
        t.lemma_.lower() == "year" and (before.like_num or before.text in SPANS)
        for before, t in zip(words, words[1:])
    )  # "a 3-year average", "the five year average"


def adjacent(a: Figure, b: Figure) -> bool:
    """Nothing but brackets, commas and "or" between them: "412 (8.1%)", "-412, -8.1%"."""
    first, then = sorted([a, b], key=lambda f: f.first)
    words = first.doc[first.unit_end : then.first]
    noun = [t for t in words[:1] if t.pos_ == "NOUN" and t.i == first.head.head.i]
    between = {t.lower_ for t in words if t not in noun}  # "185 offences (-14.9%)"
    return between <= {"(", ",", "or", ";", "/"} or between == {"year", "-", "on", "("}


def names_another(change: Figure, pair: tuple[Figure, Figure]) -> bool:
    """Whether the change names a concept and an end of the pair names something else
    (another concept, or a thing of its own the catalog lacks), not nothing nor a plan."""
    mine = change.meaning["metric"].concept
    ends = [end for end in pair if not names_a_plan(end)]  # "the 2021/22 baseline of 420"
    metrics = [end.meaning["metric"] for end in ends]  # names the plan, not what it is of
    return mine is not None and any(m.concept != mine and m.name != UNNAMED for m in metrics)


NAMES = {"GPE", "LOC", "FAC", "ORG", "PERSON"}  # the entities that name a place or body


def named_elsewhere(change: Figure, pair: tuple[Figure, Figure]) -> bool:
    """Whether the change's subject is a name that its ends, in other sentences, do not
    hold: a place or thing of its own."""
    noun = subject_noun(change)
    if noun is None or noun.ent_type_ not in NAMES or concept_of([noun])[0] is not None:
        return False  # not "Arson fell by 52 on the year before (736)"
    if not its_own_subject(change, pair):
        return False
    ends = [end.sentence for end in pair if end.sentence != change.sentence]
    placed = all(names_some_place(s) for s in ends)  # "ASB incidents ... in Redditch"
    return bool(ends) and placed and all(noun.lower_ not in {t.lower_ for t in s} for s in ends)


def names_some_place(sentence: Span) -> bool:
    return any(names_a_place(sentence[n : n + 2]) for n in range(len(sentence) - 1))


def its_own_subject(change: Figure, pair: tuple[Figure, Figure]) -> bool:
    """Whether the change's verb has a noun of its own for its subject, not one standing
    for what was said before ("This is a 21.6% reduction", "The total was 9.6% higher")
    nor the noun its ends count ("... 640 incidents. ..., so incidents rose by 40")."""
    noun = subject_noun(change)
    if noun is None or noun.pos_ in ("PRON", "DET") or noun.lower_ in SAID:
        return False
    counted = [counted_noun(end) for end in pair]
    return all(c is None or c.lemma_.lower() != noun.lemma_.lower() for c in counted)


def level_pair(change: Figure, group: list[Figure]) -> tuple[Figure, Figure] | None:
    """The (earlier, later) levels a change is between: levels of the change's unit (any
    unit but per cent, for a percentage change), one for an earlier period and one for a
    later; when the words give more than one such pair, those of the change's metric."""
    if foreseen(change):
        return None  # "the ASB line was forecast to underspend by £12,000": not yet happened
    qualified = change.role == "percent_change"
    levels = [f for f in level_figures(group, qualified) if comparable(f, change)]
    # not a group picked out of a level, unless the change is said of it ("520 arrests in
    # 2023, including 140 for drug supply, compared with 610 in 2022, a fall of 14.8%")
    picked = [f for f in levels if a_subgroup(f) or of_them(f) and not in_clause_before(f, change)]
    referred = referred_to(levels, change)  # "..., 118 of them killed or seriously injured.
    # That KSI figure compares with 139 in 2023": the part the next sentence is about
    levels = [f for f in levels if f not in picked or said_before(f, change) or f is referred]
    if referred is not None:  # of the sentences before, only the level referred to
        levels = [f for f in levels if f is referred or f.sentence == change.sentence]
    levels = [f for f in levels if not another_item(f, change)]
    levels = [f for f in levels if not other_labelled_cells(f, change)]
    averages = [f for f in level_figures(group, True) if of_years(f)]
    levels += [f for f in averages if f not in levels and comparable(f, change)]
    levels.sort(key=lambda f: f.first)  # "27 fewer than the 2015-2019 average of 101"
    line = [f for f in levels if same_line(f, change)]
    if len(line) == 1 and (line[0].first < change.first or hung_on(line[0], {"on", "from"})):
        levels = [f for f in levels if not a_later_line_of_its_own(f, change)]  # "Same
        # period 2024/25: 612, a fall of 23 (3.8%)\nExclusion notices issued: 26", "ASB:
        # down 10% on the 2,860 of 2020/21\nASB calls: fewer than 3,400": not the next line's
    if len(line) >= 2:  # "Lessons: 1,164 (2022/23: 1,031; change +133)\nPupils: 24,870 ..."
        levels = line  # a line that states both ends states the change's
    elif line and a_label_line(change):  # "Door staff trained: 300, from 120 venues\nNTE
        levels = line  # violence with injury: down 10% on 2021/22 (1,460 offences)": its own
    item = [f for f in levels if same_clause(f, change)]
    if item and headline_words(change):  # "150 knives handed in; knife offences down 10% on
        levels = item  # 2017/18 (142)": a verbless item's change is between its own levels
    if is_variance(change):  # of the sentence's levels, else of the change's ";" clause
        averaged = [f for f in level_figures(group, True) if f.qualifier == "average"]
        averaged = [f for f in averaged if f not in levels and comparable(f, change)]
        levels = sorted(levels + averaged, key=lambda f: f.first)  # "averaged 91%, 6 points
        # above the 85% target"
        pair = (
            plan_and_actual(levels, change)
            or plan_and_actual([f for f in levels if same_clause(f, change)], change)
            or against_unnamed(levels, change)
            or spent_of_given(levels, change)
        )
    else:
        pair = between_levels(without_aims(levels, change), change, group)
    if pair and passes_its_own_level(pair, change, levels):
        return None
    commented = [f for f in level_figures(group) if comment_on_subject(f, change)]
    return None if pair and commented and commented[-1] not in pair else pair  # "Of the
    # 148, 19 people were killed, 6 fewer than in 2023": the 19's, whose 2023 is not given


def without_aims(levels: list[Figure], change: Figure) -> list[Figure]:
    """The levels a change a verb moves is between, not an aim set beside them ("rose eight
    points to 69%, just short of the 70% aimed for", "fell by 14 to 212, against a target
    of 200"), unless all are aims ("the target was raised from 60% to 70%"); a change said
    against a plan ("28 fewer than the 440 planned") keeps it."""
    verb = governing_verb(change.head)
    if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or apart(change.head, verb):
        return levels  # not "388 assessments (target 400, a shortfall of 12); 164 went on"
    aims = [f for f in levels if an_aim(f)]
    return [f for f in levels if f not in aims] if len(aims) < len(levels) else levels


def an_aim(f: Figure) -> bool:
    """Whether the figure is named an aim right before or after it: "a target of 200",
    "(target 240)", "the 70% aimed for", "the 10% aim" (not "the target wards fell from
    318", where the words before name the place)."""
    after = word_after(f)
    if after is not None and (after.lower_ in PLANNED or after.lemma_.lower() in AIMS):
        return True
    before = f.doc[max(f.sentence.start, f.first - 3) : f.first]
    before = [t for t in before if t.lower_ not in ("of", "the", "a", "an", "our", ":", "(")]
    return bool(before) and before[-1].lemma_.lower() in AIMS


def foreseen(change: Figure) -> bool:
    """Whether the change is one a forecast or projection foresees ("is forecast to
    underspend by £12,000", "is projected to rise by 4%"), not one the levels show."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in FORESEEING for t in change.head.ancestors)


FORESEEING = {"forecast", "project", "predict", "anticipate", "expect"}


def another_item(f: Figure, change: Figure) -> bool:
    """Whether the figure is of another ";" item of a list than the change, counting
    another concept ("at least 400 people kept out of A&E; violence with injury down 10%
    on 2019/20 (1,184 offences)")."""
    start, end = sorted((f, change), key=lambda g: g.first)
    depth = [t.text for t in f.doc[f.sentence.start : start.unit_end]]
    depth = depth.count("(") - depth.count(")")
    apart = False  # not "(2022/23: 540; change +80)", one item's brackets
    for t in f.doc[start.unit_end : end.first]:
        depth += (t.text == "(") - (t.text == ")")
        apart = apart or t.text == ";" and depth <= 0
    named = change.meaning["metric"].concept  # not "...; that was 9 fewer than ...": the
    return apart and named is not None and concept(f) != named  # change names nothing


def other_labelled_cells(f: Figure, change: Figure) -> bool:
    """Whether the figure is of another quantity in another "|" cell than the change,
    whose cell's label names its own ("Weapons handed in: 150 | Knife crime offences: down
    10% from 412"), not one row's cells ("Baseline 2022/23: 9,412 | 2023/24: 9,106 |
    Variance: -306")."""
    labelled = labelled_cell_start(change) is not None
    return labelled and other_cells(f, change) and concept(f) != concept(change)


def in_clause_before(f: Figure, change: Figure) -> bool:
    """Whether the figure is before the change in the change's own sentence ("418 of
    them, up 12"), not after it nor in a sentence before ("684 fires, 418 of them grass
    fires. Arson fell by 52 on the year before (736)": the fires, not the grass fires)."""
    return f.sentence == change.sentence and f.last < change.first


def a_later_line_of_its_own(f: Figure, change: Figure) -> bool:
    """Whether the figure is on a line after the change's, under a label of its own."""
    return f.first > change.first and not same_line(f, change) and bool(line_label(f))


def against_unnamed(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(plan, actual): a shortfall or excess right after two levels, the second set
    "against" the first and naming no plan ("Staff trained: 83 against 90, 7 short")."""
    before = [f for f in levels if f.last < change.first and same_clause(f, change)]
    if len(before) < 2 or not right_after(before[-1], change, 2):
        return None
    actual, plan = before[-2:]
    between = [t.lower_ for t in plan.doc[actual.unit_end : plan.first]]
    return (plan, actual) if between == ["against"] else None


def between_levels(levels: list[Figure], change: Figure, group: list[Figure]) -> tuple | None:
    """The (earlier, later) levels a change of the level before is between, when the words
    give one pair: "from" and "to", a level "down to" another, ..., else the one pair the
    periods tell apart, narrowed to the change's own quantity and clause."""
    around = around_a_comparison(levels, change)  # "27 people (28%) in employment,
    # compared with 15 at the start of the year, 12 more"
    narrower = (
        around if around and around[0].sentence != around[1].sentence else [],  # "6,214
        # ... in 2023/24. That compared with 7,035 in 2022/23, a fall of 821": the
        # sentence before's, whatever other years the sentence names
        levels,
        around,
        [f for f in levels if names_the_change(f, change)],
        [f for f in levels if not other_cells(f, change)],  # "... (target 300) | First-time
        # entrants: 69 against a baseline of 80, a reduction of 11 | ..."
        [f for f in levels if concept(f) == concept(change)],
        [f for f in levels if same_clause(f, change)],  # "...; calls fell from 264 to 219"
        stated_before(levels, change, group),
        of_one_unit(levels, change),  # "3,412 offences, up 24% on 2,752 ..., 23.9 per 1,000"
    )
    pairs = (ordered_pair(some, change) for some in narrower)
    against = [f for f in benchmarks(group, change) if comparable(f, change)]
    return (
        from_and_to(levels, change)  # "fell by 21 per cent, from 286 to 226 offences"
        or moved_down_to(levels, change)
        or ran_from_to(levels, change)
        or from_its_level(levels, change)
        or than_its_level(levels, change)
        or down_from_it(levels, change)
        or next((pair for pair in pairs if pair and one_quantity(*pair)), None)
        or (ordered_pair(levels + against, change) if against else None)
    )


def passes_its_own_level(pair: tuple, change: Figure, levels: list[Figure]) -> bool:
    """Whether a pair of levels of another concept leaves out the level of the change's
    own concept that the change follows straight on ("... 1,486 people in treatment, against
    1,402 a year earlier. The service gave out 388 naloxone kits, 92 more than the year
    before": the 92 is the kits', whose earlier level is not given)."""
    own = quantity(change)
    mine = [f for f in levels if f.sentence == change.sentence and f.last < change.first]
    if not mine or quantity(mine[-1]) != own or not right_after(mine[-1], change, 4):
        return False
    return all(quantity(f) != own for f in pair)


def comment_on_subject(level: Figure, change: Figure) -> bool:
    """Whether the change is a comment (an adverbial clause) on the verb the level is the
    subject of ("19 people were killed, 6 fewer than in 2023")."""
    verb = governing_verb(level.head)
    on = attached_to(change)
    comment = on.dep_ == "advcl" and on.head == verb
    return comment and is_subject(level) and right_after_clause(level, change)


def right_after_clause(level: Figure, change: Figure) -> bool:
    """Whether only the level's own clause (no other figure, no ";") lies between them."""
    between = change.doc[level.unit_end : change.first]
    return not any(t.like_num or t.text == ";" for t in between)


def quantity(f: Figure) -> str:
    """What a level or change counts: its concept, else its code without "_change"."""
    return concept(f).split("_change")[0]  # no concept's code says "_change"


SAID = {"figure", "total", "number"}  # nouns that stand for a quantity said before


def referred_to(levels: list[Figure], change: Figure) -> Figure | None:
    """The level a sentence opening "That ... figure" (or "This ... total") is about: the
    last of the sentences before; for "The KSI figure", the last whose words the short
    name spells ("38 people were killed or seriously injured and 319 slightly injured")."""
    opening = change.sentence[:4]
    words = [t.lower_ for t in opening]
    if not SAID & set(words):
        return None
    before = [f for f in levels if f.sentence != change.sentence and f.last < change.first]
    short = [t.text for t in opening if t.is_upper and t.is_alpha and 2 <= len(t) <= 5]
    if words[:1] == ["the"] and short:
        before = [f for f in before if spells(short[0], words_around(f, levels))]
    elif words[:1] not in (["that"], ["this"]):
        return None
    return before[-1] if before else None


CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}


def spells(short: str, tokens: list[Token]) -> bool:
    """Whether the short name is the initials of words running in the tokens ("KSI":
    "killed or seriously injured", "ASB": "anti-social behaviour")."""
    initials = "".join(t.lower_[0] for t in tokens if t.is_alpha and t.pos_ in CONTENT)
    return short.lower() in initials


def words_around(level: Figure, levels: list[Figure]) -> list[Token]:
    """The level's own words: those after it up to the next level of its sentence, else
    (none of them a content word) those before it, back to the level before."""
    mine = [f for f in levels if f.sentence == level.sentence]
    n = mine.index(level)
    end = mine[n + 1].first if n + 1 < len(mine) else level.sentence.end
    after = list(level.doc[level.unit_end : end])
    if any(t.pos_ in CONTENT for t in after):
        return after
    start = mine[n - 1].unit_end if n else level.sentence.start
    return list(level.doc[start : level.first])


def said_before(level: Figure, change: Figure) -> bool:
    """Whether the change is said of the level, right after it (not of a part picked out
    after the change: "2,418 incidents (2,096 in 2023/24), an increase of 15.4%, with
    operators directing officers to 1,137 of them")."""
    return level.last < change.first and right_after(level, change, 3)


def moved_down_to(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """The one pair "N down to M" (or "up to") whose change is right after it or said
    before it ("402 down to 331 (-17.7%)", "the 11.1% fall in ASB (3,905 incidents down to
    3,470)")."""
    pairs = [(a, b) for a, b in zip(levels, levels[1:]) if moved(a, b)]
    if len(pairs) != 1:
        return None
    start, end = pairs[0]
    near = (
        right_after(end, change, 6) or change.last < start.first and right_after(change, start, 8)
    )
    return pairs[0] if near else None


def moved(start: Figure, end: Figure) -> bool:
    """Whether the words between two levels say the one moved to the other: "down to"."""
    between = [t.lower_ for t in start.doc[start.unit_end : end.first] if t.pos_ != "NOUN"]
    return between in (["down", "to"], ["up", "to"])


def ran_from_to(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """The one "from" and one "to" level before a change that restates them, however far
    apart ("fell from 1,032 in the 12 months before they joined the cohort to 586 in the
    12 months after, a reduction of 43.2%")."""
    before = [f for f in levels if f.last < change.first and f.sentence == change.sentence]
    froms = [f for f in before if end_word(f) == "from"]
    tos = [f for f in before if end_word(f) == "to"]
    if len(froms) != 1 or len(tos) != 1 or not froms[0].first < tos[0].first == before[-1].first:
        return None
    if not right_after(tos[0], change, 10):
        return None  # the change right after its "to" level, in its clause
    return froms[0], tos[0]


def from_its_level(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(earlier, later): the one level "from" (or "on") after a change, and the level the
    change is set beside, before it in its clause with no verb between ("reported 2,870
    thefts through the app, down 8.0% from 3,120"; "1,018 knife crimes, a rise of 7.4% on
    948, and 612 ...")."""
    froms = [f for f in levels if f.first > change.first and (end_word(f) == "from" or on_it(f))]
    before = [f for f in levels if f.last < change.first and same_clause(f, change)]
    before = [f for f in before if not inside_brackets(f) and not a_mark(f)]  # not "96
    # referrals (target 92), an increase of 16 on ...", "86.3%, against the standard of 90%"
    own = [f for f in before if froms and concept(f) == concept(froms[0])]
    named = [f for f in own if counted_lemma(f) and counted_lemma(f) == counted_lemma(froms[0])]
    before = named or own or before  # "1,214 episodes involving 389 children, down 9% on"
    if len(froms) != 1 or not before:
        return None
    # its place and year between ("1,018 knife crimes in Bradford district in 2022/23, a
    # rise of 7.4% on 948"), but not "(a fall of 12.0%), and seized sound equipment from 6"
    level = before[-1]
    if not (right_after(level, change, 12) or its_predicate_between(level, change)):
        return None
    if not right_after(change, froms[0], 8):
        return None
    start = froms[0]
    if start.meaning["period"] == level.meaning["period"]:
        return start, level  # no year tells them apart: the words do
    return ordered_pair([start, level], change)


def its_predicate_between(level: Figure, change: Figure) -> bool:
    """Whether only what the level, a subject, says or did stands between it and the
    change: each verb between is its own or under it ("71% said they felt safe after dark,
    five points down on the 76% of 2022/23")."""
    verb = governing_verb(level.head)
    if verb is None or not is_subject(level):  # "1,204 people joined ...", "71% said"
        return False
    between = list(change.doc[level.unit_end : change.first])
    if len(between) > 14 or any(t.like_num or t.text == ";" for t in between):
        return False
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX")]
    return all(t == verb or verb in t.ancestors for t in verbs)


def counted_lemma(f: Figure) -> str:
    """The lemma of the noun the figure counts, if it has one of its own."""
    core = [t for t in f.meaning["core"] if t.pos_ == "NOUN"]
    return core[-1].lemma_.lower() if core else ""


def on_it(f: Figure) -> bool:
    """Whether the level follows "on", or hangs on it, the start a change is "up 7.4% on"
    ("an increase of 64 on the previous year's 507")."""
    return f.first > f.sentence.start and hung_on(f, {"on"}) == "on"


def down_from_it(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(earlier, later): a change in brackets right after the level another is "down from"
    or "up from", and that other level ("totalled 10,377 ..., down from 11,783 a year
    earlier (-1,406)")."""
    starts = [f for f in levels if f.last < change.first and end_word(f) == "from"]
    bracketed = preceded(change, {"("})
    if not (bracketed or named_change(change)) or not starts:
        return None
    start = starts[-1]
    if not right_after(start, change, 6 if bracketed else 9):  # "..., a rise of"
        return None
    if [t.lower_ for t in start.doc[start.first - 2 : start.first]] not in UP_OR_DOWN_FROM:
        return None
    before = [f for f in levels if f.last < start.first]
    if before and bracketed and right_after(before[-1], start, 12):
        return start, before[-1]
    alike = [f for f in before if f.sentence == start.sentence and f.unit == start.unit]
    alike = [f for f in alike if not inside_brackets(f)]  # not "73% (target 70%)"
    alike = [f for f in alike if not a_mark(f)]  # not "against a target of 85%"
    return (start, alike[-1]) if alike else None  # "71% said they felt safe ..., down
    # from 76% in 2019, a fall of 5 percentage points"


def a_mark(f: Figure) -> bool:
    """Whether the figure is a target, standard or benchmark set beside a level: "against
    a national standard of 90%", "below the 85% target"."""
    return set_as_a_mark(f) or names_a_plan(f, TARGETS, by_subject=False)


def named_change(change: Figure) -> bool:
    """Whether the change is said as a noun phrase of its own: "a fall of 5 points"."""
    words = [t.lower_ for t in change.doc[max(0, change.first - 3) : change.first]]
    return (
        len(words) == 3
        and words[0] in ("a", "an")
        and words[2] == "of"
        and (change.doc[change.first - 2].lemma_.lower() in CHANGE_NOUNS)
    )


UP_OR_DOWN_FROM = (["down", "from"], ["up", "from"])


def another_totals_start(level: Figure, change: Figure) -> bool:
    """Whether the level is "down from" or "up from" ("down 12% from") on another verb
    than the change's."""
    said = [t.lower_ for t in level.doc[max(0, level.first - 4) : level.first]]
    moved = said[-2:] in UP_OR_DOWN_FROM or said[-1:] == ["from"] and said[0] in ("up", "down")
    return moved and governing_verb(level.head) != governing_verb(change.head)


def than_its_level(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(earlier, later): the one level "than" a change compares with, and the level the
    change is set beside, right before it ("arrested 164 for drink or drug driving, 23
    fewer than the 187 arrested the previous December")."""
    after = change.doc[change.unit_end : change.unit_end + 1]
    if not after or after[0].lower_ not in COMPARATIVES:
        return None
    thans = [f for f in levels if f.first > change.first and hung_on(f, {"than"})]
    before = [f for f in levels if f.last < change.first]
    if not thans and before and (named := named_after_than(change, before[:-1])):
        return named, before[-1]  # "213 notices were served; 198 proceeded to a full order,
        # 15 fewer than the notices issued"
    if not thans and before and named_after_than(change, before[-1:]):
        actual = [f for f in before[:-1] if not names_a_plan(f, TARGETS, by_subject=False)]
        if actual:  # "88 fires against a ceiling of 95 and a 3-year average of 118, 30
            return before[-1], actual[-1]  # fewer than the average": the 88, not the 95
    compared = compared_noun(change)  # "96 children, 31 fewer episodes than the 305"
    if compared is not None:  # "2,950 pupils in 24 schools, 410 more pupils than"
        before = [f for f in before if head_noun(f) == compared.lemma_.lower()]
    if len(thans) != 1 or not before or not right_after(before[-1], change, 8):
        return None
    between = without_an_aside(list(change.doc[before[-1].unit_end : change.first]))
    between = [t for t in between if not any(t.i in range(f.first, f.unit_end) for f in levels)]
    between = [t for t in between if t.i not in had_with(before[-1])]
    named = {t.i for t in before[-1].meaning.get("core", [])}  # "104 Section 59 warnings"
    between = [t for t in between if t.i not in named]
    if any(t.like_num and not YEAR.match(t.text) for t in between):
        return None  # "against a target of 1,116: 22 below target and 146 fewer than"
    if names_a_plan(before[-1], TARGETS, by_subject=False):
        return None
    return ordered_pair([before[-1], thans[0]], change)


def named_after_than(change: Figure, levels: list[Figure]) -> Figure | None:
    """The one level whose noun "than the" names after the change, no number said."""
    words = list(change.doc[change.unit_end + 1 : min(change.unit_end + 4, change.sentence.end)])
    if not words or words[0].lower_ != "than" or any(t.like_num for t in words):
        return None
    nouns = [t for t in words[1:] if t.pos_ == "NOUN"][:1]
    forms = word_forms(nouns[0]) if nouns else set()
    named = [f for f in levels if any(forms & word_forms(n) for n in called(f))]
    return named[0] if len(named) == 1 else None


def called(level: Figure) -> list[Token]:
    """What the level is called: its noun, or the noun it is "of" ("a 3-year average of
    118", whose noun is the fires the sentence counts)."""
    holder = of_holder(level.doc[level.first])
    return level.meaning["core"][-1:] + ([holder] if holder is not None else [])


def right_after(level: Figure, change: Figure, most: int) -> bool:
    """Whether the change follows the level within a few words, no verb or ";" between, an
    aside set off by dashes apart ("702 deliberate fires – 588 secondary and 114 primary –
    9% fewer than the 771"), and what the level's noun has "with" it ("19 offences with a
    combined value of £238,000, 12 fewer than the 31")."""
    between = without_an_aside(list(change.doc[level.unit_end : change.first]))
    between = [t for t in between if t.i not in had_with(level)]
    return len(between) <= most and not any(
        t.pos_ in ("VERB", "AUX") or t.text == ";" for t in between
    )


def had_with(level: Figure) -> set[int]:
    """The words a "with" right after the level's noun says it has ("19 offences with a
    combined value of £238,000")."""
    noun = level.meaning.get("core", [])[-1:]
    withs = [n.nbor(1) for n in noun if n.i + 1 < len(n.doc) and n.nbor(1).lower_ == "with"]
    return {t.i for c in withs for t in c.subtree}


def without_an_aside(words: list[Token]) -> list[Token]:
    """The words but an aside set off by spaced dashes, and its dashes."""
    return [t for t in words if not between_dashes(t) and not (t.text in DASHES and t.whitespace_)]


def around_a_comparison(levels: list[Figure], change: Figure) -> list[Figure]:
    """The level a change restates right after "compared with" it, and the level the
    comparison is made from, the last before it outside brackets."""
    before = [f for f in levels if f.last < change.first]
    if len(before) < 2:
        return []
    compared = before[-1]
    between = compared.doc[compared.unit_end : change.first]
    numbers = [t for t in between if t.pos_ == "NUM" and not YEAR.match(t.text)]
    if (
        len(between) > 10
        or numbers
        or any(t.pos_ in ("VERB", "AUX") or t.text == ";" for t in between)
    ):
        return []  # not "compared with 15 at the start of the year, and rose ... 12"
    words = [t for t in compared.doc[compared.sentence.start : compared.first] if t.lower_ != "the"]
    if not words or words[-1].lower_ not in ("with", "against", "versus", "vs", "than"):
        return []
    start = [f for f in before[:-1] if not inside_brackets(f) and f.last < words[-1].i]
    start = [f for f in start if not counts_places(f)]  # "6,240 young people in 48 schools"
    return [start[-1], compared] if start else []


def of_one_unit(levels: list[Figure], change: Figure) -> list[Figure]:
    """The levels of the unit of the last level before the change, else of the first
    after it ("fell by 12% to 616 offences (2022/23: 700), a rate of 4.4 per 1,000")."""
    before = [f for f in levels if f.first < change.first]
    anchor = before[-1] if before else levels[0] if levels else None
    return [f for f in levels if anchor and f.unit == anchor.unit]


def of_another_item(change: Figure, pair: tuple) -> bool:
    """Whether both ends lie in another ";" item of the sentence than the change, and
    neither is of the change's own catalogued metric."""
    own = change.meaning["metric"].concept
    if own is None or own in WEAK or any(same_clause(end, change) for end in pair):
        return False
    return all(end.doc is change.doc and concept(end) != own for end in pair)


def a_label_line(f: Figure) -> bool:
    """Whether the figure's line is a "Label: ..." line after other lines of its text."""
    label = line_before(f)
    if label.start == 0:
        return False  # the text's first line
    return any(t.text == ":" for t in label) and not any(t.like_num for t in label)


def same_line(a: Figure, b: Figure) -> bool:
    """Whether no line break stands between the two figures."""
    if a.doc is not b.doc:
        return False  # another paragraph's
    first, then = sorted([a, b], key=lambda f: f.first)
    return "\n" not in text_of(first.doc)[first.doc[first.first].idx : first.doc[then.first].idx]


def one_quantity(a: Figure, b: Figure) -> bool:
    """Whether two levels can be one quantity at two times: not two concepts a word names
    outright ("Drug offences rose by 18% to 921, while weapons offences were up 9 at 131");
    a group of people may be what the other counts ("14 road deaths ..., when twenty
    people died")."""
    named = [f.meaning["metric"].concept for f in (a, b)]
    if "population" in named and named[0] != named[1]:
        return False  # "... (population 9,660). The year before there were 41": a base
    borrowed = a.meaning["borrowed"] or b.meaning["borrowed"]
    return named[0] == named[1] or borrowed or any(code in (None, *WEAK) for code in named)


def names_the_change(level: Figure, change: Figure) -> bool:
    """Whether the level counts what the change's own words name, or names nothing ("...,
    leading to 214 arrests. Last year it helped with 962, so incidents rose by 56": the
    962 and the incidents before, not the arrests)."""
    own, phrase = change.meaning["phrase"], level.meaning["phrase"]
    if not own:
        return False
    if not phrase and level.meaning["borrowed"] and compared_with(level):  # "..., but 5
        return concept(level) == concept(change)  # people were injured, compared with 2"
    return phrase in (own, "")


def stated_before(levels: list[Figure], change: Figure, group: list[Figure]) -> list[Figure]:
    """The levels stated before the change since the change before it ("fell to 290 from
    326, a drop of 36, with fatal casualties down from 9 to 6")."""
    others = [f.first for f in group if f.measure and f.role != "level" and f is not change]
    since = max([i for i in others if i < change.first], default=-1)
    return [f for f in levels if since < f.first < change.first]


def comparable(level: Figure, change: Figure) -> bool:
    """Whether the level can be one end of the change: of its unit (a change in points,
    of per cent; a percentage change, of any unit but per cent unless it is relative, "a
    relative increase of 20%") and area."""
    if change.role == "percent_change":
        same_unit = (level.unit == "percent") == is_relative(change)
    else:
        unit = "percent" if change.unit == "percentage_points" else change.unit
        same_unit = level.unit == unit
    return same_unit and compared_area(level, change)


def from_and_to(
    levels: list[Figure], change: Figure, starts: frozenset = frozenset({"from"})
) -> tuple[Figure, Figure] | None:
    """The levels after "from" and "to" on the change's own verb ("Four children ..., down
    from nine ..., and remand bed nights fell from 516 to 302, a reduction of 214")."""
    verb = governing_verb(change.head)
    ends = [f for f in levels if verb is not None and governing_verb(f.head) == verb]
    froms = [f for f in ends if hung_on(f, starts | {"to"}) in starts]
    bands = [range_end(f, levels) for f in levels if a_band(f, levels)]  # "against the
    tos = [f for f in ends if end_word(f) == "to" and f not in bands]  # recommended 28 to 40%"
    return (froms[0], tos[0]) if len(froms) == len(tos) == 1 else None


def aimed_at_target(levels: list[Figure], change: Figure, starts: frozenset) -> tuple | None:
    """(start, target) of an aim whose end is a target it names, not a "to": "Reduce
    fly-tipping by 20% on the baseline of 415 incidents (target: 332 or fewer)"."""
    after = [f for f in levels if f.first > change.first]
    froms = [f for f in after if hung_on(f, starts | {"to"}) in starts]
    targets = [f for f in after if f not in froms and names_a_plan(f, TARGETS, by_subject=False)]
    if len(froms) == len(targets) == 1 and froms[0].first < targets[0].first:
        return froms[0], targets[0]
    return None


def own_ends(change: Figure, levels: list[Figure]) -> list[Figure]:
    """The levels the change's own verb runs from or to ("rose by 74 to 658")."""
    verb = governing_verb(change.head)
    if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or not preceded(change, {"by"}):
        return []
    return [f for f in levels if governing_verb(f.head) == verb and end_word(f)]


def ends_before(group: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """The "from" and "to" levels right before a change in its clause ("to rise from 54
    to 80 or more, an increase of at least 26")."""
    levels = [f for f in level_figures(group, qualified=True) if comparable(f, change)]
    before = [f for f in levels if f.last < change.first and same_clause(f, change)][-2:]
    own = governing_verb(change.head) if preceded(change, {"by"}) else None
    if own is not None and any(governing_verb(f.head) not in (None, own) for f in before):
        return None  # "Increase centres from 18 to 30 and raise reporting by 25%"
    if len(before) == 2 and [end_word(f) for f in before] == ["from", "to"]:
        return before[0], before[1]
    if len(before) == 2 and subject_moved_to(*before):
        return before[0], before[1]
    return None


def subject_moved_to(a: Figure, b: Figure) -> bool:
    """Whether a is the subject of a change verb that runs "to" b ("the service's 16 FTE
    would need to rise to 22 FTE")."""
    between = a.doc[a.unit_end : b.first]
    moves = any(t.lemma_.lower() in CHANGE_VERBS and t.pos_ == "VERB" for t in between)
    return (
        moves and is_subject(a) and end_word(b) == "to" and not any(t.text == ";" for t in between)
    )


def end_word(f: Figure) -> str:
    """The "from" or "to" a level is an end of: the word before it, or the preposition
    its noun hangs on ("from the 2021/22 baseline of 412", "to no more than 350")."""
    return hung_on(f, {"from", "to"})


LIKENESS = {"close", "closer", "near", "nearer", "similar", "equal", "comparable", "identical"}


def hung_on(f: Figure, words: set[str] | frozenset) -> str:
    """Which of the words the figure follows, or its noun hangs on ("against the national
    standard of 90%"), up to its clause's verb; else "". A time that owns it is passed
    over ("than the year before's 408")."""
    token = f.doc[past_a_time_possessive(f) - 1]
    if token.lower_ in words:
        return token.lower_
    for _ in range(4):  # up to the clause's verb, no further
        token = token.head
        if token.lower_ == "to" and token.head.lemma_.lower() in LIKENESS:
            return ""  # "close to the national standard of 90%": a likeness, no end
        if token.lower_ in words:
            return token.lower_
        if token.pos_ in ("VERB", "AUX"):
            break
    return ""


def benchmarks(group: list[Figure], change: Figure) -> list[Figure]:
    """A country's average the change is stated against, which is compared with as any
    level is ("1.2 percentage points below the national average of 7.3%"; not "up 3
    points on last year, against a national average of 30%"), or a group of similar
    areas' ("0.14 above the most similar group average of 0.47"), or a baseline that is an
    average of earlier years ("21.5 per cent below the 2014-18 baseline average of 525")."""
    return [
        f
        for f in group
        if f.measure
        and f.role == "level"
        and f.qualifier == "average"
        and (
            f.meaning["areas"][0].type in WIDER
            or names_a_plan(f, {"baseline"})
            or names_a_plan(f, PEER_GROUPS)
        )
        and f.first > change.first
        and stated_against(change, f)
    ]


def stated_against(change: Figure, level: Figure) -> bool:
    """Whether a comparison word joins the change to the level, no clause between."""
    between = level.doc[change.unit_end : level.first]
    return any(compares(t) for t in between) and not any(t.text in ",;" for t in between)


def compared_area(level: Figure, change: Figure) -> bool:
    """Whether a level can be one end of the change: of its area, or the country's when
    the change is the area's difference ("41%, 3 points above the national figure of
    38%", whose change the words may give to the country; a percentage "12% higher than
    the national rate" may be relative or in points)."""
    area, of_change = level.meaning["areas"][0], change.meaning["areas"][0]
    national = BREADTH.get(area.type, 0) != BREADTH.get(of_change.type, 0)
    national = national and change.role == "change"  # not "12% higher"
    return area == of_change or national and not against_a_year(change)


def against_a_year(change: Figure) -> bool:
    """Whether the change is with another year, not another area: "1.9 points higher than
    in 2021/22 but below the England rate of 9.2%", "up 2 points on last year"."""
    after = list(change.doc[change.unit_end : min(change.unit_end + 10, change.sentence.end)])
    after = list(takewhile(lambda t: t.text not in (",", ";") and t.lower_ != "but", after))
    words = [t.lower_ for t in after]
    starts = [n for n, w in enumerate(words) if w in ("than", "on", "compared", "from")]
    return any(of_a_year(after[n + 1 :]) or years_back(after[n:]) > 0 for n in starts)


def is_relative(change: Figure) -> bool:
    """ "rose from 12.4% to 14.9%, a relative increase of 20%": a change in per cent of
    two shares (else a change of shares is in points)."""
    before = change.doc[max(change.sentence.start, change.first - 4) : change.first]
    after = change.doc[change.unit_end : min(change.unit_end + 2, change.sentence.end)]
    return any(t.lower_ in ("relative", "proportional") for t in [*before, *after])  # "or
    # 18.4% in relative terms"


def is_variance(change: Figure) -> bool:
    """ "an underspend of £4,250", "Variance +111", "was underspent by £18,400",
    "exceeding the target of 2,000 by 318", "36 short of the 800 planned", "245 above
    target": a change from a plan to the outturn."""
    before = list(change.doc[max(change.sentence.start, change.first - 3) : change.first])
    by = attached_to(change)
    verb = by.head if by.lower_ == "by" else None
    if any(t.lemma_.lower() in VARIANCE or t.lower_ in VARIANCE for t in before + [verb] if t):
        return True
    if verb is not None and verb.lemma_.lower() in GAPS:
        return True  # "beating the target of 84 by five" (but not "reported missing 14")
    after = list(change.doc[change.unit_end : change.sentence.end][:5])
    if after and after[0].lemma_.lower() in SPENT_AGAINST_PLAN:
        return True  # "The £7,400 underspend carries into next year", "£580 underspent"
    if change.unit == "gbp" and [t.lower_ for t in after[:2]] == ["left", "over"]:
        return True  # "The £17k left over was returned to the Commissioner"
    against = [t.lower_ for t in after[:3] if t.lower_ not in ("the", "our", "its", "their")]
    if against[:1] == ["against"] and against[1:2] and against[1] in TARGETS:
        return True  # "a shortfall of 64 against target"
    if [t.lower_ for t in after[:1]] not in (["short"], ["above"], ["below"], ["over"], ["under"]):
        return False
    if after[0].lower_ == "short" and change.direction == "decrease":
        return True  # the figures pass took it for a gap to a plan ("4,500, 314 short")
    said = [t for t in after[1:] if t.lower_ not in ("of", "the", "our", "its", "their", "a")]
    said = [t for t in said if t.text != "£"]  # "£18,600 under the £250,000 ceiling"
    named = [t.lower_ for t in said[1:] if t.text != "%"][:1] if said and said[0].like_num else []
    planned = bool(named) and (named[0] == "planned" or named[0] in TARGETS)  # "the 85% target"
    if said and (said[0].lower_ in PLANS or planned):
        return True  # "182 short of the 2,500 planned"
    words = list(takewhile(lambda t: not t.like_num, said))[:4]
    return any(t.lower_ in PLANS for t in words)  # "8.4 points above the Welsh
    # Government target of 80%", "223 above its uplift baseline of 3,964"


def plan_and_actual(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(plan, actual): the level a budget, allocation or target word names, and the other."""
    planned = [f for f in levels if names_a_plan(f)]
    actual = [f for f in levels if f not in planned and per_noun(f)[0] is None]  # not "an
    # average of £330 per home"
    if len(planned) == 1 and len(actual) > 1:  # "3,284 drivers trained against a target
        near = [f for f in actual if same_clause(f, planned[0])]  # of 3,000; 412 staff"
        actual = near or actual
    if len(planned) == 1 and len(actual) > 1 and planned[0].first > change.first:
        before = [f for f in actual if f.first < change.first]  # "27 new centres opened,
        actual = latest(before)[-1:] or actual  # three short of the 30 planned": the level
        # before, of this year ("371 (2021/22: 420) ..., 14 short of the 357 aimed for")
    if len(planned) == 1 and len(actual) > 1:  # "79 offences, down from 126 in 2021/22,
        actual = latest(actual)  # beating the target of 84 by five": this year's, not the last
    if len(planned) == 1 and len(actual) > 1:  # "grew to 37, with 11 new centres joining,
        actual = [f for f in actual if concept(f) == concept(planned[0])]  # one short of the
    if len(planned) == 1 and len(actual) > 1:  # "cost £96,000 against a budget of £90,000,
        before = [f for f in actual if f.first < change.first]  # an overspend of £6,000, and
        actual = before if len(before) == 1 else actual  # ... £80 per person": not after it
    if len(planned) != 1 or len(actual) != 1:  # 12 planned": the centres"
        return None
    return planned[0], actual[0]


def spent_of_given(levels: list[Figure], change: Figure) -> tuple[Figure, Figure] | None:
    """(given, spent): for money left unspent, the money spent before it and the money
    given to spend, which no plan word names ("received £48,000 ... and spent £44,620,
    leaving an underspend of £3,380", "Spend was £81,200 of the £85,000")."""
    money = [f for f in levels if f.unit == "gbp" and f.last < change.first]
    if change.unit != "gbp":
        return None
    for spent in reversed(spent_totals(money)):
        given = [f for f in money if f is not spent and given_money(f, spent)]
        if given:
            return given[-1], spent
    return None


def spent_totals(money: list[Figure]) -> list[Figure]:
    """The money said spent, but not the items of one "spend" ("spending £96,300 on ...,
    £71,200 on ... and £36,000 on ..."), unless broken down after a colon ("spent £231k of
    it: £96k on ...")."""
    spent = [f for f in money if spent_money(f)]
    verbs = [governing_verb(f.head) for f in spent]
    verbs = [v if v is not None and v.lemma_.lower() == "spend" else None for v in verbs]
    return [
        f for f, v in zip(spent, verbs) if v is None or verbs.count(v) == 1 or colon_after(f, money)
    ]


def colon_after(f: Figure, figures: list[Figure]) -> bool:
    """Whether a colon stands between the figure and the next ("spent £231k of it: £96k
    on the IDVA service, ...")."""
    after = [g for g in figures if g.first > f.last]
    return bool(after) and ":" in [t.text for t in f.doc[f.unit_end : after[0].first]]


GIVEN = {"award", "receive", "grant", "allocate", "give"}  # money given to be spent
SPEND = {"spend", "expenditure", "outturn"}


def spent_money(f: Figure) -> bool:
    """Whether the words say the money was spent ("spent £44,620", "Spend was £81,200"), not
    what it was spent of ("Of the £142,000 available, £137,600 was spent")."""
    of = f.head.head if f.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.pos_ in ("VERB", "AUX"):
        return False  # but "expenditure of £44,620" was spent
    verb, noun = governing_verb(f.head), subject_noun(f)
    return any(t is not None and t.lemma_.lower() in SPEND for t in (verb, noun))


def given_money(f: Figure, spent: Figure) -> bool:
    """Whether the money was given to spend ("received £48,000", "awarded ... £62,500", "a
    £1.2m grant"), or is what the money spent was "of" ("£81,200 of the £85,000")."""
    verb = governing_verb(f.head)
    if verb is not None and verb.lemma_.lower() in GIVEN:
        return True
    if head_noun(f) in PLANS:
        return True  # "The Commissioner's £1.2m community safety grant was split ..."
    between = [t.lower_ for t in f.doc[spent.unit_end : f.first]]
    if between in (["of"], ["of", "the"], ["of", "its"], ["of", "their"]):
        return True
    after = f.doc[f.unit_end] if f.unit_end < f.sentence.end else None
    return after is not None and after.lower_ == "available"  # "Of the £142,000 available,
    # £137,600 was spent", "bringing the total available to £620,000"


TARGETS = PLANS - {"baseline"}  # a plan that is no level at any time


def names_a_plan(f: Figure, plans: set[str] = PLANS, by_subject: bool = True) -> bool:
    """Whether the words before the figure (else, by_subject, its phrase) or right after
    it name a plan."""
    before = list(f.doc[max(f.sentence.start, f.first - 6) : f.first])
    breaks = [n for n, t in enumerate(before) if t.text in ("|", ";", ",", ")") or t.like_num]
    if breaks and before[-1].text == ":" and breaks[-1] == len(before) - 2:
        breaks = breaks[:-1]  # "Baseline 2022/23: 9,412": the label's own year
    before = before[breaks[-1] + 1 :] if breaks else before  # "Budget £95,000 | Spend"
    words = [
        t.lemma_.lower()
        for t in before
        if t.is_alpha and not t.is_stop and not in_a_name_of_a_noun(t) and not awards_given(t)
    ]
    if by_subject:
        words = words or f.meaning["phrase"].split()  # "The allocation ... was £62,400"
    after = word_after(f)
    if after is not None and (
        after.lower_ in PLANNED_AFTER or after.lemma_.lower() in plans - {"plan"}
    ):
        return True  # "36 short of the 800 planned", "above the 80% target", "the 75% aim"
    aside = after is not None and after.i + 1 < len(after.doc) and after.nbor(1).lower_ == "aside"
    if aside and after.lower_ == "set":
        return True  # "against the £54,500 set aside"
    verb = governing_verb(f.head)
    if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING:
        return bool(plans & TARGETS)  # "aimed to complete 1,450 visits and delivered 1,386"
    return bool(set(words) & plans)


def awards_given(word: Token) -> bool:
    """Whether the word is awards given out ("63 projects received awards totalling
    £1,296,400"), what was spent, not the sum awarded to spend."""
    return word.lemma_.lower() == "award" and word.pos_ == "NOUN"


def in_a_name_of_a_noun(word: Token) -> bool:
    """Whether the word is in a name that qualifies the noun after it: "the Police, Fire
    and Crime Plan consultation received 3,109 responses" (a consultation, not a plan)."""
    if word.pos_ != "PROPN":
        return False
    after = word.doc[word.i + 1 : word.sent.end]
    rest = list(dropwhile(lambda t: t.pos_ == "PROPN", after))
    return bool(rest) and rest[0].pos_ == "NOUN"


PLANNING = {"aim", "plan", "intend", "seek", "expect", "hope"}  # "aimed to complete 1,450"


def ordered_pair(levels: list[Figure], change: Figure | None = None) -> tuple | None:
    """The one earlier and one later level among them, if the periods tell them apart."""
    if not levels or len({f.unit for f in levels}) != 1:
        return None
    baselines = [f for f in levels if names_a_plan(f, {"baseline"}) or of_years(f)]
    others = [f for f in levels if f not in baselines and not picked_out(f)]
    actual = [f for f in others if not names_a_plan(f, TARGETS, by_subject=False)]
    others = actual if len(actual) == 1 and baselines else others  # "96 (target 92), ... on
    # the baseline of 80": the baseline against the actual, not its aim
    if len(others) == 1 and len(baselines) == 1:  # "78 ... in 2022, against a 2015-2019
        return baselines[0], others[0]  # baseline of 97"; "96 ..., of whom 8 died; the
        # total was 19% below the baseline average of 118.5": not the part picked out
    if len(levels) == 2 and levels[0].meaning["period"] == levels[1].meaning["period"]:
        return by_comparison(*levels, change)
    first = min(f.meaning["period"].start for f in levels)
    earlier = [f for f in levels if f.meaning["period"].start == first]
    later = [f for f in levels if f.meaning["period"].start != first]
    if len(earlier) == 1 and len(later) > 1 and not counts_places(earlier[0]):
        later = [f for f in later if not counts_places(f)] or later  # "engaged 6,240 young
        # people in 48 schools, against 4,815 pupils": the people, not where they were
    if len(earlier) == 1 and len(later) > 1 and change is not None:
        mine = [f for f in later if same_clause(f, change)]  # "..., up from 2,871, an
        later = mine or later  # increase of 8.1%; 412 left treatment": not another item's
    if len(earlier) == 1 and len(later) > 1:  # "79 offences, down from 126 ..., beating
        actual = [f for f in later if not names_a_plan(f, TARGETS, by_subject=False)]  # the
        later = actual if len(actual) == 1 else later  # target of 84": an aim, not a level
    if len(earlier) == 1 and len(later) > 1 and change is not None and since_a_year(change):
        latest = max(f.meaning["period"].start for f in later)  # "72%, against 65% in 2021
        later = [f for f in later if f.meaning["period"].start == latest]  # and 58% in
        # 2019, a rise of 14 points since 2019": from that year to the latest
    if len(earlier) == 1 and len(later) > 1:
        # "47 ... in 2023, 9 fewer than the 56 recorded in 2022; 4 of the KSI casualties":
        # a year the words name beats the report's by default
        stated = [f for f in later if f.meaning["period_basis"] == "stated"]
        if change is not None and any(doer(f) != doer(change) for f in stated):
            stated = []  # "The Council cleared 2,964 fly-tips in 2023/24, and officers issued
            # 148 notices, an increase of 52 on the 96": another doer's clause
        later = stated if len(stated) == 1 else later
    if len(earlier) == 1 and len(later) > 1 and change is not None:  # "diverted 148 children
        # (2021/22: 131), 17 more than last year, and only 16 went on to reoffend": not the
        # level of a clause of its own after the change
        own = [f for f in later if f.first < change.first or not joined_after(f, earlier[0])]
        later = own if len(own) == 1 else later
    if len(earlier) == 1 and len(later) > 1:  # "That compared with 7,035 in 2022/23, ...,
        # and was 23.3% below the 8,102 recorded in 2019/20": 7,035 is a point compared with
        own = [f for f in later if not compared_with(f)]
        later = own if len(own) == 1 else later
    if len(earlier) == 1 and len(later) > 1 and a_years_level(earlier[0]):
        before = [f for f in later if f.last < earlier[0].first]  # "..., a 6.4% fall on
        later = before[-1:] or later  # 2023/24 (2,293), and admissions fell to 118"
    if len(earlier) == 1 and len(later) > 1:  # "1,214 episodes, 389 children ... 1,334 episodes"
        same = [f for f in later if f.meaning["phrase"] == earlier[0].meaning["phrase"]]
        noun = head_noun(earlier[0])  # none, after the change: "... on the 175 recorded"
        unnamed = noun is None and change is not None and earlier[0].first > change.first
        later = same or [f for f in later if head_noun(f) == noun or unnamed]
        # "... (from 52, a reduction of 14), ... against 148 for our YJS family": a benchmark
        own = [f for f in later if not hung_on(f, {"against", "versus", "vs"})]
        later = own if len(own) == 1 else later
    plans_compared = set(earlier[0].meaning["phrase"].split()) & TARGETS
    if len(earlier) == 1 and len(later) > 1 and not plans_compared:  # "373 ..., down 9.5%
        actual = [f for f in later if not names_a_plan(f, TARGETS)]  # on the baseline of 412
        later = actual if len(actual) == 1 else later  # but above the target of 350" (but
        # "The budget ... is £253.6m, an increase of £12.4m on the £241.2m": budgets compared)
    if len(earlier) == 1 and len(later) > 1 and change is not None:
        # the level the change follows straight on ("214 warnings, a rise of 39 on the 175
        # ..., and had served 46 notices"), of the change's own noun if it names one ("274
        # episodes involving 96 children, 31 fewer episodes than the 305")
        compared = compared_noun(change)  # "31 fewer episodes than ..."
        own = head_noun(change) or (compared.lemma_.lower() if compared is not None else None)
        restated = [f for f in later if restated_by(f, change) and own in (None, head_noun(f))]
        later = restated if len(restated) == 1 else later
    if len(earlier) != 1 or len(later) != 1:
        return None
    return earlier[0], later[0]


def compared_with(f: Figure) -> bool:
    """Whether the level is what something is "compared with" or "compared to"."""
    before = f.doc[max(f.sentence.start, f.first - 2) : f.first]
    words = [t.lemma_.lower() for t in before]
    return len(words) == 2 and words[0] == "compare" and words[1] in ("with", "to")


def since_a_year(change: Figure) -> bool:
    """Whether the change is said to run "since" a year ("a rise of 14 points since 2019")."""
    after = [
        t.text for t in change.doc[change.unit_end : min(change.unit_end + 4, change.sentence.end)]
    ]
    return any(a.lower() == "since" and YEAR.match(b) for a, b in zip(after, after[1:]))


def a_years_level(figure: Figure) -> bool:
    """Whether the figure is bracketed after a year a comparison is made with ("a 6.4%
    fall on 2023/24 (2,293)", "compared with 2021/22 (1,146)"): that year's level of what
    the level before it counts, whatever noun the parse hangs on it."""
    start = max(figure.sentence.start, figure.first - 3)
    words = [t.lower_ for t in figure.doc[start : figure.first]]
    return (
        len(words) == 3
        and words[0] in COMPARED_WITH
        and bool(YEAR.match(words[1]))
        and words[2] == "("
    )


COMPARED_WITH = {"on", "than", "with", "against", "since", "from"} | VERSUS


def doer(f: Figure) -> str | None:
    """The subject of the verb the figure hangs on, if it has one."""
    verb = governing_verb(f.head)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return subjects[0].lower_ if subjects else None


def conjoined_subject(f: Figure) -> bool:
    """Whether the figure is the subject of a clause of its own joined by "and"."""
    verb = governing_verb(f.head) if f.head.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and verb.dep_ == "conj"


def joined_after(f: Figure, earlier: Figure) -> bool:
    """Whether the figure is of a clause joined on by "and", or the subject of one set
    against it ("..., a rise of 7 points, although only 46% felt safe in the town
    centre"), not the earlier level's."""
    verb = governing_verb(f.head)
    if verb is None or verb == governing_verb(earlier.head):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    conceded = verb.dep_ == "advcl" and is_subject(f) and bool(marks & CONCEDING)
    return verb.dep_ == "conj" or conceded


CONCEDING = {"although", "though", "while", "whilst", "whereas"}  # a clause set against


def head_noun(f: Figure) -> str | None:
    core = f.meaning["core"]  # the counted noun and its modifiers
    return core[-1].lemma_.lower() if core else None


def beaten_target(a: Figure, change: Figure | None, b: Figure) -> bool:
    """Whether the first level is a target beside the change, not what the change compares
    with the second ("91.2%, beating the target of 80% and 2.5 points above the 88.7% for
    Wales": the 91.2% is 2.5 points above, not the target)."""
    between = change is not None and a.last < change.first < b.first
    return between and names_a_plan(a, TARGETS, by_subject=False)


def by_comparison(a: Figure, b: Figure, change: Figure | None) -> tuple[Figure, Figure] | None:
    """Two levels the periods don't order: the one the comparison points to is the earlier
    ("5.2% fewer than in 2018/19 (4,235)", "at 418 (441)", "compared with 170")."""
    between = a.doc[a.unit_end : b.first]
    if any(t.text == ";" for t in between):
        return None  # another clause: "486 victims, 38 more than last year; 71 of them"
    if conjoined_subject(b):
        return None  # "1,025 adults, 77 more than a year earlier, and 214 left treatment"
    versus = [t for t in between if t.lower_ in VERSUS]
    if versus and change is not None and change.direction and len(between) == 1:
        low, high = sorted((a, b), key=lambda f: f.value)  # "-11% (1,204 v 1,071)": which
        return (low, high) if change.direction == "increase" else (high, low)  # comes first
        # is the writer's habit; the stated direction orders them, the check holds the size
    if any(compares(t) and comparing(t, b) for t in between):
        return None if beaten_target(a, change, b) else (b, a)
    if said_when(a, "before") and said_when(b, "after"):
        return a, b  # "386 offences in the 12 months before adoption and 201 in the 12
        # months after"
    named = [f for f in (a, b) if labelled_previous(f)]
    if len(named) == 1:  # "Quarter 2 activity 2,318, previous year quarter 2 activity 2,407"
        return named[0], b if named[0] is a else a
    own = {t.i for t in a.meaning.get("core", [])}
    if [t.lower_ for t in between if t.i not in own] == ["to"]:
        return a, b  # "(3,810 offences to 4,054)"
    if subject_moved_to(a, b):
        return a, b  # "the service's 16 FTE would need to rise to 22 FTE"
    if change is not None and change.direction and any(t.text == "|" for t in between):
        # a table row under headings it does not repeat ("Burglary | 412 | 380 | -32"):
        # the stated direction orders the two levels, and the check holds the size
        low, high = sorted((a, b), key=lambda f: f.value)
        return (low, high) if change.direction == "increase" else (high, low)
    return None


def said_when(f: Figure, word: str) -> bool:
    """Whether the few words after the figure, up to a comma, end a window on the word
    ("in the 12 months before adoption", "in the 12 months after")."""
    after = takewhile(lambda t: t.text not in (",", ";", "and"), f.doc[f.unit_end : f.unit_end + 7])
    return word in [t.lower_ for t in after]


def labelled_previous(f: Figure) -> bool:
    """Whether the label of the figure's own item names the period before ("previous year
    quarter 2 activity 2,318", "earlier period 2,760")."""
    words = list(f.doc[f.sentence.start : f.first])
    breaks = [n for n, t in enumerate(words) if t.text in (",", ";", "|", "(")]
    label = words[breaks[-1] + 1 :] if breaks else words
    return any(t.lower_ in ("previous", "last", "prior", "earlier") for t in label)


def compares(word: Token) -> bool:
    """A comparison word in any inflection ("That compares with 2,506 in 2022/23")."""
    verb = word.pos_ == "VERB" and word.lemma_.lower() == "compare"
    return word.lower_ in COMPARATORS or verb or contrasts(word)  # "(1,430 offences v 1,210)"


def comparing(word: Token, b: Figure) -> bool:
    """Whether the comparison word points to b, no clause between ("8% more than in
    2022/23, with Guildford accounting for 291" compares the 8%); and not
    "from" as a source ("... removed graffiti from 418 sites"); nor a bracket holding a
    change before b ("14,203 (down 3.1% / 454 offences)": b is the change in count)."""
    between = [t.lower_ for t in word.doc[word.i + 1 : b.first]]
    if word.text == "(" and ("%" in between or ")" in between or set(between) & CHANGE_WORDS):
        return False  # "1,204 (2022/23) | 1,098": the bracket is the first figure's own
    if ";" in between:
        return False  # "284 above target; 412 venue staff trained": another item's
    if "," in between:  # but "6.3% higher than in 2021/22, when 9,289 were recorded"
        after = between[len(between) - between[::-1].index(",") :]
        if after[:1] != ["when"]:
            return False
    return word.lower_ != "from" or word.i != b.first - 1 or changed_from(b, word)


# --- A rate, its count and its base ---------------------------------------------------

BASES = {"population", "resident", "household", "people", "inhabitant", "home", "property"}


def rate_claims(figures: list[Figure], previous: list[Figure]) -> list[Claim]:
    """ "1,950 ASB incidents among a population of 130,000, a rate of 15.0 per 1,000
    residents": the rate is the count over the base, per its unit's base."""
    claims = [
        c
        for rate in figures
        if (c := cost_per_head(rate, figures, previous) or priced_each(rate, figures))
        or (c := average_share(rate, figures))
    ]
    for rate in figures:
        per = re.fullmatch(r"per_(\d+_)?([a-z_]+)", rate.unit)
        if not per or rate.qualifier not in QUALIFIED_RATES or per.group(2) == "capita":
            continue
        levels = [
            f
            for f in level_figures(figures, qualified=True)
            if f.unit in ("count", "hours")
            and exact_or_estimated(f)
            and not a_places_in_brackets(f)  # "(England: 208; population 15,930)": a rate
        ]
        # a population, at least the count: the clearest sign first; else a group counted
        # in the sentence ("412 further offences by 96 reoffenders, 4.29 per reoffender")
        signs = BASE_SIGNS if per.group(1) else (partial(counts_noun, per.group(2)),)
        # the rate's own ";" clause first, then its sentence's ("First time entrants
        # numbered 29; set against 16,870 young people, that is a rate of 172 per 100,000"),
        # unless a rate before it is the sentence's ("...; the YJS family rate was 148")
        clauses = [partial(of_the_rate, rate=rate)]
        if not any(f.unit.startswith("per_") for f in figures if f.first < rate.first):
            clauses.append(partial(of_the_rate, rate=rate, anywhere=True))
        if not per.group(1):  # "21 reoffended, committing 74 further offences, 3.52
            # offences per reoffender": the doers, and the nearest count of what they did
            bases = [f for f in levels if counts_noun(per.group(2), f)]
            done = [f for f in levels if f not in bases and counts_what(rate, f)]
            counts = [f for f in levels if f not in bases and f.unit == "count"]
            done = done or [f for f in counts if f.first < rate.first][-1:]  # not "60 to 70
            # a year" after "a caseload of 91 per advocate"
            levels = bases + [f for f in done if f.first < rate.first][-1:]  # "18,420
            # attendances by 2,136 young people, an average of 8.6 visits each"
        found = (
            count_and_base([f for f in levels if clause(f)], sign, bool(per.group(1)), rate)
            for clause in clauses
            for sign in signs
        )
        terms = next(filter(None, found), None)
        if not terms and per.group(1):
            terms = count_in_sentence_before(rate, [f for f in levels if clauses[0](f)], previous)
        if not terms and per.group(1) and not levels and labelled(rate):
            terms = lines_above(rate, previous)
        if not terms and not per.group(1):
            terms = doers_before(rate, levels, previous, per.group(2), figures)
        if terms and any(same_terms(terms, c.terms) for c in claims):
            continue  # "a rate of 84.6 ..., compared with 71.2 for Devon": a benchmark's
        if terms:
            claims.append(Claim("rate", rate, terms, rate.sentence))
    return claims


def lines_above(rate: Figure, previous: list[Figure]) -> list | None:
    """The count and base on the lines above a rate's own line ("Recorded crime: 34,220
    offences / Population (mid-2021): 263,700 / Rate per 1,000 population: 129.8")."""
    above = [f for f in level_figures(previous) if f.unit == "count"]
    found = (count_and_base(above, sign, True, rate) for sign in BASE_SIGNS)
    return next(filter(None, found), None)


QUALIFIED_RATES = ("exact", "average", "approximately")  # "about 93 cases each"


def exact_or_estimated(f: Figure) -> bool:
    """Exact, or a base of an official estimate ("out of an estimated 30,750 children aged
    10 to 17, a rate of 273 per 100,000", "across about 251,200 households"), as every
    population is."""
    base = estimated_before(f) or f.meaning["metric"].concept in BASE_CONCEPTS
    return f.qualifier == "exact" or f.qualifier == "approximately" and base


def count_in_sentence_before(
    rate: Figure, levels: list[Figure], previous: list[Figure]
) -> list | None:
    """A population rate whose clause gives only its base counts what the sentence before
    counted in the rate's year ("First-time entrants fell from 214 to 173. With 26,990
    children aged 10 to 17 living in the borough, that is a rate of 641 per 100,000")."""
    levels = [f for f in levels if not set_as_a_mark(f)]  # "..., above the benchmark of 40"
    levels = [f for f in levels if not of_another_year(f, rate)]
    counts = [f for f in level_figures(previous) if f.unit == "count"]
    counts = of_the_rates_noun(
        [f for f in counts if f.meaning["period"] == rate.meaning["period"]], rate
    )
    if len(counts) != 1 or len(levels) != 1 or levels[0].value < counts[0].value:
        return None
    if rate.meaning["metric"].concept not in PEOPLE | {"population", None, concept(counts[0])}:
        return None  # "47 cases per 10,000 adult women" may be named by its base alone
    if not any(sign(levels[0]) for sign in BASE_SIGNS):
        return None
    return [("count", counts[0]), ("base", levels[0])]


def cost_per_head(rate: Figure, figures: list[Figure], previous: list[Figure]) -> Claim | None:
    """Money "per" a noun, its sentence stating the cost and the count of that noun ("cost
    £41,600 and reached 3,200 pupils, a cost of £13 per pupil"): the cost over the count;
    one the sentence lacks, the sentence before may state ("... secured 286 homes. The work
    cost £91,520, £320 a home")."""
    noun, said = per_noun(rate)
    each = counted_each(rate, figures)
    if rate.unit != "gbp" or (noun is None and each is None):
        return None
    if each is not None:
        return cost_for_each(rate, each, figures, previous)
    if not noun.is_alpha or noun.lemma_.lower() in PRICED_TIME | {"cent", "head", "capita"}:
        return None
    levels = [f for f in level_figures(figures) if f is not rate]
    costs = [f for f in levels if f.unit == "gbp" and f.first < rate.first]
    costs = [f for f in costs if not names_a_plan(f)] or costs  # the cost, not the budget
    # beside it; but money awarded is what it is shared out of ("awarded £148,600 to 61
    # groups, an average of £2,436 a group")
    nouns = {unit_word(noun)} | ({"people"} if noun.lemma_.lower() == "person" else set())
    heads = [f for f in levels if f.unit == "count" and any(counts_noun(n, f) for n in nouns)]
    if said and len(heads) > 1:  # "Homes surveyed: 642 | Homes fitted: 487 | ... | Cost per
        heads = [f for f in heads if said <= {t.lower_ for t in lead_words(f)}]  # home
        # fitted: £108": the homes fitted
    if len(heads) > 1 and len(before := [f for f in heads if f.first < rate.first]) == 1:
        heads = before  # "2,846 incidents ... at a cost of £187,840, an average of £66 per
        # incident, compared with 3,102 incidents ... the year before": the ones it is of
    if noun.lemma_.lower() == "hour":  # "gave 2,880 hours ..., time valued at £31,680, or
        heads = [f for f in levels if f.unit == "hours"]  # £11 an hour"
    counts = [f for f in levels if f.unit == "count"]
    if not heads and noun.lemma_.lower() in CONTAINERS and len(counts) == 1:
        heads = counts  # "dealt with 1,840 fly-tips at a cost of £214,600, an average of
        # £117 per incident": the sentence's one count is of the incidents
    if len(costs) > 1 and len(heads) == 1:  # "Confiscation orders totalling £1.37m ..., and
        costs = [f for f in costs if f.first < heads[0].first][-1:]  # £96,000 ... awarded to
        # 28 local groups, an average of £3,429 per group": the money nearest the groups
    if not costs and preceded(rate, {"at"}):  # "At £11.45 an hour, that labour was worth
        costs = [f for f in levels if f.unit == "gbp" and f.first > rate.first]  # £476,320"
    before = level_figures(previous)
    if not heads and noun.lemma_.lower() == "hour":
        heads = [f for f in before if f.unit == "hours"]
    elif not heads:  # the noun itself counted, not a label's ("Homes burgled again: 4")
        heads = [f for f in before if f.unit == "count" and core_noun(f) in nouns]
    if not costs:
        costs = [f for f in before if f.unit == "gbp" and not names_a_plan(f)]
        costs = [f for f in costs if is_total(f)] if len(costs) > 1 else costs
    if len(costs) != 1 or len(heads) != 1:
        return None
    return Claim("rate", rate, [("count", costs[0]), ("base", heads[0])], rate.sentence)


EACH_OF = (("for", "each", "of"), ("for", "every", "one", "of"))


def counted_each(rate: Figure, figures: list[Figure]) -> Figure | None:
    """The count money is "for each of" ("£709 for each of the 112 young people", "£12.80
    for each of the borough's 267,200 adults")."""
    words = [t.lower_ for t in rate.doc[rate.unit_end : min(rate.unit_end + 4, rate.sentence.end)]]
    opening = next((cue for cue in EACH_OF if tuple(words[: len(cue)]) == cue), None)
    if opening is None:
        return None
    after = [f for f in level_figures(figures) if f.first > rate.last and f.unit == "count"]
    if not after or after[0].first - rate.unit_end > len(opening) + 3:  # "the borough's"
        return None
    return after[0]


def cost_for_each(
    rate: Figure, each: Figure, figures: list[Figure], previous: list[Figure]
) -> Claim | None:
    """Money for each of a count is the one sum before it, in its sentence or else the
    sentence before, over that count ("Spend was £79,380 against the £84,000 budget. That
    works out at £709 for each of the 112 young people who started")."""
    before = [f for f in figures if f.first < rate.first]
    costs = sums_before(before, figures) or sums_before(previous, previous)
    if len(costs) != 1:
        return None
    return Claim("rate", rate, [("count", costs[0]), ("base", each)], rate.sentence)


def average_share(rate: Figure, figures: list[Figure]) -> Claim | None:
    """An "average grant" (or award, payment) of money after a sum shared among the
    sentence's one count ("awarded £96,400 to 31 projects, an average grant of £3,110",
    "..., and the average grant was £3,133"): the sum over the count."""
    words = [
        t.lemma_.lower() for t in rate.doc[max(rate.sentence.start, rate.first - 4) : rate.first]
    ]
    said = [["average", w, joint] for w in SHARED_MONEY for joint in ("of", "be")]
    if rate.unit != "gbp" or words[-3:] not in said:  # "... was £3,133"
        return None
    levels = [f for f in level_figures(figures) if f.first < rate.first]
    sums = [f for f in levels if f.unit == "gbp"]
    counts = [f for f in levels if f.unit == "count"]
    if not sums or len(counts) != 1:
        return None
    return Claim("rate", rate, [("count", sums[-1]), ("base", counts[0])], rate.sentence)


SHARED_MONEY = {"grant", "award", "payment", "allocation"}  # what each of a count received


def priced_each(rate: Figure, figures: list[Figure]) -> Claim | None:
    """Money "each" beside a sum of money, in one clause of a line with the count it is
    for: the sum over the count nearest before the later of the two ("14 civil penalties
    totalling £63,000, an average of £4,500 each"; "The fund gave £2,500 each to 6
    projects, £15,000 in all"). A sum after the price is a total, not what else was paid
    ("at £100 each, of which 51 were paid, bringing in £5,100": the 51 paid, not the
    notices)."""
    if rate.unit != "gbp" or not priced(rate) or rate.qualifier not in QUALIFIED_RATES:
        return None  # "at up to £900 each": a cap
    sums = [f for f in level_figures(figures) if f.unit == "gbp" and f is not rate]
    sums = [f for f in sums if not set_as_a_mark(f) and not is_other_side(f) and not priced(f)]
    before = [f for f in sums if f.first < rate.first][-1:]
    after = [f for f in sums if f.first > rate.first]
    sums = before or after
    if len(sums) != 1 or sums[0].first > rate.first and not is_total(sums[0]):
        return None
    end = max(rate.first, sums[0].first)
    counts = [f for f in level_figures(figures) if f.unit == "count" and f.first < end]
    if not counts or not all(together(rate, f) for f in (sums[0], counts[-1])):
        return None
    return Claim("rate", rate, [("count", sums[0]), ("base", counts[-1])], rate.sentence)


def together(a: Figure, b: Figure) -> bool:
    """Whether two figures stand in one clause of one line."""
    return same_clause(a, b) and same_line(a, b) and not other_cells(a, b)


def priced(f: Figure) -> bool:
    """Whether money is a price "each" ("at £250 each")."""
    return [t.lower_ for t in f.doc[f.unit_end : f.unit_end + 1]] in (["each"], ["apiece"])


def sums_before(before: list[Figure], figures: list[Figure]) -> list[Figure]:
    """The sums of money among the figures, not a plan, a mark, nor money for each of a
    count ("£709 for each of the 112 who started and £827 for each of the 96 who
    finished": the sum both share)."""
    sums = [f for f in level_figures(before) if f.unit == "gbp"]
    sums = [f for f in sums if not names_a_plan(f) and not set_as_a_mark(f)]
    return [f for f in sums if counted_each(f, figures) is None]


def per_noun(rate: Figure) -> tuple[Token | None, set[str]]:
    """The noun money is per, right after it ("£13 per pupil"), or in the label of its
    cell ("Cost per home fitted: £108"), with the label's words after that noun."""
    after = rate.doc[rate.unit_end : min(rate.unit_end + 2, rate.sentence.end)]
    if len(after) == 2 and after[0].lower_ in ("per", "a", "an"):
        noun = after[1]  # "per young person": the person
        return (
            noun.head if noun.dep_ in ("amod", "compound") and noun.head.i > noun.i else noun
        ), set()
    label = lead_words(rate)
    per = [n for n, t in enumerate(label[:-1]) if t.lower_ == "per"]
    if not per:
        return None, set()
    return label[per[-1] + 1], {t.lower_ for t in label[per[-1] + 2 :] if t.is_alpha}


PRICED_TIME = {"annum", "year", "month", "week", "day"}  # "£13 a year": a price, no cost
# over heads (but nights are counted: "98 nights at £310 a night")


def doers_before(
    rate: Figure, levels: list[Figure], previous: list[Figure], noun: str, figures: list[Figure]
):
    """A rate per doer whose doers the sentence before counted ("..., of whom 23
    reoffended. Between them the reoffenders committed 97 further offences, an average of
    4.22 per reoffender"): the count before it in its sentence, over them, or over its
    sentence's restating of them."""
    doers = [f for f in level_figures(previous) if counts_noun(noun, f)]
    done = [f for f in levels if f.first < rate.first and not counts_noun(noun, f)]
    if len(doers) != 1 or not done or done[-1].doc is not rate.doc:
        return None
    again = [f for f in level_figures(figures) if f.value == doers[0].value]  # "Those 33
    again = [f for f in again if f.first < done[-1].first]  # committed 142 further offences"
    return [("count", done[-1]), ("base", again[-1] if again else doers[0])]


def of_the_rates_noun(counts: list[Figure], rate: Figure) -> list[Figure]:
    """Of several counts, the one of the noun the rate names ("914 cases involving 1,187
    children ... 43 cases per 10,000"), else all of them."""
    noun = rate.meaning["core"][-1:]
    named = [f for f in counts if noun and head_noun(f) == noun[0].lemma_.lower()]
    return named if len(counts) > 1 and len(named) == 1 else counts


def same_terms(a: list, b: list) -> bool:
    return [(role, id(f)) for role, f in a] == [(role, id(f)) for role, f in b]


def core_noun(f: Figure) -> str | None:
    """The noun the figure counts, as a rate's unit names it ("286 homes": "home")."""
    core = f.meaning.get("core")
    return unit_word(core[-1]) if core else None


def counts_noun(noun: str, f: Figure) -> bool:
    """Whether the figure counts the noun a rate is per: "96 reoffenders", or a count
    that did what the noun's doer does ("21 reoffended ..., 3.52 offences per reoffender")."""
    if core_noun(f) == noun:
        return True  # "2,136 young people, an average of 8.6 visits each"
    if head_noun(f) == noun or (after := word_after(f)) is not None and after.lower_ == noun:
        return True  # "28 FTE IDVAs ..., 82 per FTE"
    cell = f.doc[max(0, f.first - 2) : f.first]  # "Reoffenders | 17 | ...": its row's label
    if len(cell) == 2 and cell[1].text == "|" and unit_word(cell[0]) == noun:
        return True
    lead = lead_words(f)
    own_label = lead and not any(t.like_num for t in f.doc[lead[-1].i + 1 : f.first])
    if own_label and any(unit_word(t) == noun for t in lead):
        return True  # "Homes fitted: 487", not "Volunteers: 58 volunteers gave 3,420 hours"
    verbs = [f.head.head] if f.head.dep_ == "nsubj" else []
    verbs += [c for c in f.head.children if c.dep_ == "relcl"]  # "72 who went on to reoffend"
    verbs += [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl") and c.i > v.i]
    return any(v.pos_ == "VERB" and noun in (v.lemma_ + "er", v.lemma_ + "r") for v in verbs)


def counts_what(rate: Figure, f: Figure) -> bool:
    """Whether the count counts what the rate counts, when the rate names it ("74 further
    offences ..., 3.52 offences per reoffender")."""
    core = rate.meaning["core"] or []
    if f.unit != "count" and any(t.lower_ == f.unit for t in core):
        return True  # "1,344 volunteer hours, an average of 14 volunteer hours per patrol"
    nouns = [t for t in core if t.pos_ == "NOUN" and not is_generic([t])]
    return not nouns or head_noun(f) == nouns[-1].lemma_.lower()


def count_and_base(counts: list[Figure], sign, population: bool, rate: Figure) -> list | None:
    """The one count the sign marks as the base and the one other count (of the rate's
    period, when the year before's is there too: "88 ..., down from 112 in 2020/21, a rate
    of 272 per 100,000"), if the base of a population is at least the count."""
    counts = [f for f in counts if not a_part(f, rate) and not set_as_a_mark(f)]
    counts = [f for f in counts if not of_another_year(f, rate)]  # "That compares with 298
    # in 2019/20 and equates to 47 per 10,000": the year before's is no count of the rate
    bases = [f for f in counts if sign(f)]
    others = [f for f in counts if not sign(f) and f.qualifier == "exact"]
    if len(others) > 1:
        others = [f for f in others if f.meaning["period"] == rate.meaning["period"]]
    others = of_the_rates_noun(others, rate)
    before = [f for f in others if f.first < rate.first and not of_them(f)]
    own_base = len(bases) == 1 and same_clause(bases[0], rate)
    others = before if len(others) > 1 and len(before) == 1 and own_base else others  # "6,804
    # ASB incidents, 48.6 per 1,000 (population 140,000), while the police took 9,370 calls"
    if len(bases) != 1 or len(others) != 1:
        return None
    # "..., Joiner's Square (71.8) and Burslem Central (64.2)": no counts; but staff may be
    # counted in part ("618 cases held by 7.5 FTE, 82 per FTE")
    whole_numbers = [bases[0], others[0]] if population else [others[0]]
    if any(f.value != int(f.value) for f in whole_numbers):
        return None
    if population and bases[0].value < others[0].value:
        return None
    return [("count", others[0]), ("base", bases[0])]


def of_another_year(f: Figure, rate: Figure) -> bool:
    """Whether the words put the count in a year the rate is not of."""
    stated = f.meaning.get("period_basis") == "stated"
    return stated and not overlaps(f.meaning["period"], rate.meaning["period"])


def set_as_a_mark(f: Figure) -> bool:
    """Whether the figure is a benchmark, target or average set beside others ("above the
    SafeLives benchmark of 40", "above SafeLives' recommended 40"), no count of anything."""
    before = [t.lower_ for t in f.doc[max(f.sentence.start, f.first - 2) : f.first]]
    return before[-1:] == ["of"] and before[0] in MARK_WORDS or before[-1:] == ["recommended"]


MARK_WORDS = {"benchmark", "target", "average", "aim", "ambition", "threshold", "standard"}


def a_part(f: Figure, rate: Figure) -> bool:
    """Whether the count is a part of another after the rate ("..., and 212 of them came in
    out of hours") or the field a rank is out of ("1st of the 12 in the county"), not the
    rate's count."""
    before = [t.lower_ for t in f.doc[max(f.sentence.start, f.first - 3) : f.first]]
    rank = f.doc[f.first - 3] if len(before) == 3 and before[1:] == ["of", "the"] else None
    ranked = rank is not None and (
        rank.ent_type_ == "ORDINAL"
        or rank.lower_ in {"first", *ORDINAL_WORDS}
        or rank.text[:1].isdigit()
        and rank.lower_.endswith(("st", "nd", "rd", "th"))
    )
    return of_them(f) and f.first > rate.first or ranked


def of_the_rate(count: Figure, rate: Figure, anywhere: bool = False) -> bool:
    """Whether the count can be the rate's count or base: of its area ("the 27 first time
    entrants give Carmarthenshire a rate of 185, compared with 142 for Wales") and its own
    ";" clause ("...(population 165,800); England and Wales 34.6"), or anywhere in its
    sentence."""
    area = count.meaning["areas"][0] == rate.meaning["areas"][0]
    anywhere = anywhere and count.meaning["period"] == rate.meaning["period"]  # not "fell
    return count is not rate and area and (anywhere or same_clause(count, rate))  # from 74"


def placed_as_base(f: Figure) -> bool:
    """What a rate is said to be of: "184 per 100,000 of the 22,310 children", "212 per
    100,000 10-17 year olds (17,900)"."""
    before = list(f.doc[max(f.sentence.start, f.first - 9) : f.first])
    if before and before[-1].text == "(" and any(t.lower_ == "per" for t in before):
        return True
    return of_a_rate_base(f)


def named_a_base(f: Figure) -> bool:
    """A count right after a population word: "(population 165,800)", "| Population
    118,400 |"."""
    return f.first > f.sentence.start and bool(word_forms(f.doc[f.first - 1]) & BASES)


def counts_a_base(f: Figure) -> bool:
    """ "58,400 households", "a population of 130,000": its own words, else its neighbours;
    not people doing something ("2,176 residents were in drug treatment")."""
    if (noun := counted_noun(f)) is not None and acting(noun):
        return False
    if f.meaning["phrase"]:
        return bool(set(f.meaning["phrase"].split()) & BASES)
    return any(t.lemma_.lower() in BASES for t in f.doc[max(0, f.first - 3) : f.unit_end + 2])


def names_a_population(f: Figure) -> bool:
    """ "(an adult population of 54,500)": clearer than a count of residents, who may be
    the rate's count ("The 289 residents in treatment ... per 1,000 adults")."""
    return "population" in f.meaning["phrase"].split() or concept(f) == "population"


def an_age_group(f: Figure) -> bool:
    """A count of people of an age range, a youth rate's base: "with 23,100 children aged
    10 to 17, that is a rate of 251 per 100,000", "the borough's 26,480 10 to 17 year
    olds"."""
    after = [t.lower_ for t in f.doc[f.unit_end : min(f.unit_end + 7, f.sentence.end)]]
    words = [w for w in after if w != "-"]  # "year-olds"
    return "aged" in after[:3] or ("year", "olds") in zip(words, words[1:])


BASE_SIGNS = (named_a_base, placed_as_base, names_a_population, counts_a_base, an_age_group)


# --- Parts and their whole --------------------------------------------------------------


def cue_at(sentence: Span, figures: list[Figure]) -> tuple[int, int] | None:
    """The token range of a partition cue ("of these", "comprised", "made up of", a colon
    after a measure: not after a year, "increased to 57 (2021/22: 44)")."""
    measured = {i for f in figures if f.measure for i in range(f.first, f.unit_end)}
    words = [t.lemma_.lower() for t in sentence]
    lowers = [t.lower_ for t in sentence]
    last_number = None  # the cell's last number: "| Engaged: 241", "...; injuries: 11"
    counted = False  # whether a measure came before it in the cell
    for n, token in enumerate(sentence):
        for cue in CUES_BY_WORD.get(words[n], []) + CUES_BY_WORD.get(lowers[n], []):
            if tuple(words[n : n + len(cue)]) == cue or tuple(lowers[n : n + len(cue)]) == cue:
                return token.i, token.i + len(cue)
        after_figure = token.text == ":" and last_number is not None
        if after_figure and (last_number in measured or counted and the_year_of(token.nbor(-1))):
            return token.i, token.i + 1  # "600: 512 ...", "318 offences in 2024/25: 142"
        if token.text in ("|", ";") or "\n" in token.text:
            last_number, counted = None, False  # a cell's (or a line's) own heading starts
        elif token.like_num:
            counted = counted or token.i in measured
            last_number = token.i
    return None


def the_year_of(token: Token) -> bool:
    """A year the words before a colon are "in", not a year labelling the figure after
    ("318 offences in 2024/25: 142 ...", not "(2021/22: 44)")."""
    return (
        bool(YEAR.match(token.text)) and token.i > 0 and token.nbor(-1).lower_ in ("in", "during")
    )


def part_whole_claims(figures: list[Figure], listed_parts: tuple) -> list[Claim]:
    sentence = figures[0].sentence
    if ranked(sentence):
        return []  # a ranked or illustrative list: its parts need not cover the whole
    whole, parts = listed_parts
    if whole is None or not parts or narrowed_down(sentence, whole, parts):
        return []
    if any(an_aim(p) for p in parts):
        return []  # "of these, 291 engaged, just short of the 300 aimed for": a list
        # holding what a part fell short of is set against a plan, not a whole's parts
    parts = counts_of_shares(parts, figures, whole)
    whole = their_sum_before(parts, figures) or whole
    parts = completed(parts, whole, figures)
    if len(parts) < 2 or rest_uncounted(parts, whole, figures):
        return []
    if not adds_up(parts, whole):  # "57 (89%) said they felt safer, and 12 Stalking
        # Protection Orders were applied for": the list ends where a clause of its own starts
        parts = [parts[0], *takewhile(lambda p: not a_clause_of_its_own(p, parts[0]), parts[1:])]
        if len(parts) < 2:
            return []
    if not of_its_unit(parts, whole):
        return []
    if any(p.qualifier != "exact" or p.role != "level" for p in parts):
        return []  # a qualified whole ("just over 1,200, of whom ...") is checked as such
    if any(p.value > whole.value or a_frequency(p) for p in parts):
        return []  # no part is more than its whole, nor happens "a week" ("out three
        # evenings a week ...: 130 sessions"; "one session a week, 54 sessions in all")
    if whole.role != "level" or whole.qualifier == "average" or whole.unit.startswith("per_"):
        return []  # rates do not add up ("312 per 100,000, against 208 for England and 251")
    if not all(part_of(p, whole) for p in parts):
        return []  # "Of the 47 children, 14 reoffended, committing 52 offences"
    if compared_with_other_places(parts, whole):
        return []  # "£1.83 per resident, compared with £0.96 in Bedford and £0.88 in
        # Central Bedfordshire": other districts' figures, no parts of the one district's
    summed = totals(whole, parts) or adds_up(parts, whole)
    if any(preceded(p, {"further"}) for p in parts) and not summed:
        return []  # "612 of those were charged and a further 118 released": and others
    listing = its_list(whole, figures)
    if falls_short(parts, whole) and not says_whole(listing):
        return []  # "Of the 214 referrals, 38 went to panel and 19 were adopted": stages
    short = sum(p.value for p in parts) < whole.value
    if short and grounds_picked_out(parts) and not summed and not says_whole(listing):
        return []  # "Of these, 2,118 were for drugs and 497 for weapons": the main grounds
    if short and crimes_picked_out(parts) and not summed and not says_whole(listing):
        return []  # "2,184 victims of crime ... Of those, 1,211 were victims of domestic
        # abuse and 236 of sexual violence": the main crimes, not all of them
    if short and places_picked_out(parts, whole) and not summed and not says_whole(listing):
        return []  # "2,486 incidents, of which 1,012 were in Torquay harbourside and 734 in
        # Paignton town centre": the busiest places picked out, not the whole district
    if accounts_for(sentence) and not summed and not says_whole(listing):
        return []  # "1,486 reports, with noise accounting for 524, disputes for 371 and
        # youth nuisance for 208": the largest parts picked out, not all of them
    if overlapping(parts, figures) or two_ways(parts) and not adds_up(parts, whole):
        return []
    if deeds_of_their_own(parts) and not adds_up(parts, whole) and not says_whole(listing):
        return []  # "44 of them cut their use of cannabis and 9 moved into training"
    if made_by_doers(parts) and not adds_up(parts, whole) and not says_whole(listing):
        return []  # "Education made 47 of them, the police 31 and health 18": sources
    if not adds_up(parts, whole) and (stage := a_stage_and_its_parts(parts)):
        return [part_whole(*stage, sentence)]
    return [part_whole(whole, first_to_add_up(parts, whole), sentence)]


def compared_with_other_places(parts: list[Figure], whole: Figure) -> bool:
    """Whether the parts are compared with the whole, each of another place as wide as
    the whole's or wider (not "830 across the partnership area, 512 in Gwynedd and 328 in
    Ynys Môn")."""
    between = whole.doc[whole.unit_end : parts[0].first] if whole.first < parts[0].first else []
    if not any(compares(t) for t in between):
        return False
    of_whole = whole.meaning["areas"][0]
    return all(
        p.meaning["areas"][0] != of_whole
        and p.meaning["areas"][0].type != "ward"
        and BREADTH.get(p.meaning["areas"][0].type, 0) >= BREADTH.get(of_whole.type, 0)
        for p in parts
    )


def rest_uncounted(parts: list[Figure], whole: Figure, figures: list[Figure]) -> bool:
    """Whether, short of the whole, the list ends with a rest it gives no figure for ("96
    were women and 31 men, and the rest gave no gender"): the parts are not all of it."""
    if adds_up(parts, whole):
        return False
    numbers = {i for f in figures for i in range(f.first - 1, f.unit_end + 2)}
    rests = REST - {"other"} | {"remainder"}  # "the others" may be parts named after
    rest = [t for t in its_list(whole, figures) if t.lower_ in rests]
    return any(t.i > parts[-1].last and t.i not in numbers for t in rest)


def a_frequency(f: Figure) -> bool:
    """Whether the figure is how often something happens: "one 50-minute session a week"."""
    words = f.doc[f.unit_end : min(f.unit_end + 7, f.sentence.end)]
    words = list(takewhile(lambda t: t.text == "-" or not t.is_punct, words))
    return any(
        a.lower_ in ("a", "per", "every", "each") and b.lemma_.lower() in TIME_NOUNS
        for a, b in zip(words, words[1:])
    )


def completed(parts: list[Figure], whole: Figure, figures: list[Figure]) -> list[Figure]:
    """The parts with those of the clause after them that make them add up to the whole
    exactly ("Of the 612 victims referred, 488 accepted support and a further 41 were
    signposted; 83 could not be contacted")."""
    if adds_up(parts, whole):
        return parts
    if (raised := raised_towards(parts, whole, figures)) is not None:
        return [raised, *parts]
    after = [f for f in level_figures(figures) if f.first > parts[-1].last]
    rest = listed([f for f in after if f.unit == parts[0].unit])
    remaining = [f for f in after if f not in rest and preceded(f, REST)][:1]  # "..., and
    rest += remaining  # self-referrals accounted for the remaining 142"
    more = next((n for n in range(1, len(rest) + 1) if adds_up(parts + rest[:n], whole)), 0)
    return parts + rest[:more]


def raised_towards(parts: list[Figure], whole: Figure, figures: list[Figure]) -> Figure | None:
    """The part said right before the whole that, with the parts after it, makes it up
    exactly, when those end on the rest ("raising £21,000 towards the £64,000 cost; the
    PCC puts in £30,000 and the BID the remaining £13,000")."""
    if not whole.last < parts[0].first or not preceded(parts[-1], REST):
        return None
    before = [f for f in level_figures(figures) if f.sentence == whole.sentence]
    before = [f for f in before if f.last < whole.first and f.unit == whole.unit]
    return before[-1] if before and adds_up([before[-1], *parts], whole) else None


def their_sum_before(parts: list[Figure], figures: list[Figure]) -> Figure | None:
    """The level before the parts that they add up to exactly, when another stands between
    it and them ("totalled 71, three above the 68 aimed for but down from 85 the year
    before: 29 ..., 24 ... and 18 ...": 71)."""
    before = [f for f in level_figures(figures) if f.first < parts[0].first]
    return next((f for f in reversed(before) if adds_up(parts, f)), None)


def falls_short(parts: list[Figure], whole: Figure) -> bool:
    """Whether the parts leave out more than half the whole, or as much as the largest
    named: those picked out, not all ("Of the 1,318 victims referred, 402 were victims of
    violence, 215 of burglary and 188 of criminal damage"; "Of the 62, 20 were cyclists
    and 21 pedestrians")."""
    left = whole.value - sum(p.value for p in parts)
    return left > whole.value / 2 or left >= max(p.value for p in parts)


def grounds_picked_out(parts: list[Figure]) -> bool:
    """Whether each part is "for" a reason and none is the rest ("other", "both"): grounds
    picked out, which a list of all of them closes with the rest ("... and 298 for stolen
    property or other grounds"), before a semicolon ends the list ("...; 417 led to an
    arrest and other items were found ...": not a ground)."""
    items = items_none_the_rest(parts, REST | {"both"})
    return bool(items) and all(for_a_reason(item) for item in items)


def items_none_the_rest(parts: list[Figure], rest: set[str]) -> list[Span]:
    """Each part's words up to where its ";" item ends, or [] when one names the rest."""
    items = [item.doc[item.start : item_end(item, item.start - 1)] for item in items_of(parts)]
    return [] if any(t.lower_ in rest for item in items for t in item) else items


def places_picked_out(parts: list[Figure], whole: Figure) -> bool:
    """Whether each part is "in" or "at" a place named within the whole's area and none
    is the rest: places picked out, which a list of all of them closes with the rest ("...
    and 463 elsewhere in the borough")."""
    items = items_of(parts)
    rest = any(t.lower_ in REST | {"elsewhere"} for item in items for t in item)
    inside = all(p.meaning["areas"] == whole.meaning["areas"] for p in parts)
    return not rest and inside and all(at_a_place(item) for item in items)


def crimes_picked_out(parts: list[Figure]) -> bool:
    """Whether each part is "of" a kind of crime and none is the rest: kinds picked out,
    which a list of all of them closes with the rest ("... and 737 of other crimes")."""
    items = items_none_the_rest(parts, REST)
    return bool(items) and all(of_a_crime(item) for item in items)


def of_a_crime(item: Span) -> bool:
    """Whether a part's words, after its verb "be" and a noun, open on "of" a crime:
    "(1,211) were victims of domestic abuse", "(236) of sexual violence"."""
    words = [t for t in item if t.lemma_ != "be" and not t.is_space and not t.like_num]
    at = next((n for n, t in enumerate(words[:3]) if t.lower_ == "of"), None)
    if at is None or any(t.pos_ != "NOUN" for t in words[:at]):
        return False
    return family_of(concept_of(words[at + 1 : at + 5])[0]) == "crime"


def at_a_place(item: Span) -> bool:
    """Whether a part's words open on "in" or "at" a name, after its verb "be": "(1,012)
    were in Torquay harbourside"."""
    words = [t for t in item if t.lemma_ != "be" and not t.is_space][:2]
    named = len(words) == 2 and (words[1].is_title or words[1].lower_ == "the")
    return named and words[0].lower_ in ("in", "at")


def for_a_reason(item: Span) -> bool:
    """Whether a part's words open on "for", after its verb "be": "(2,118) were for drugs"."""
    words = [t for t in item if t.lemma_ != "be"][:1]
    return bool(words) and words[0].lower_ == "for"


def accounts_for(sentence: Span) -> bool:
    """Whether the parts "account for" some of the whole, a verb of picking out."""
    words = [t.lower_ for t in sentence]  # the tagger may read "accounting" as a noun
    return any(a in ACCOUNT and b == "for" for a, b in zip(words, words[1:]))


def a_stage_and_its_parts(parts: list[Figure]) -> tuple | None:
    """(part, the parts after it) when those add up to it: a funnel, not a partition of
    the whole ("Of the 18 reviews, 11 met the threshold, 9 were resolved and 2 remain
    open": the 9 and the 2 are of the 11)."""
    for n, stage in enumerate(parts[:-2]):
        if adds_up(parts[n + 1 :], stage):
            return stage, parts[n + 1 :]
    return None


def first_to_add_up(parts: list[Figure], whole: Figure) -> list[Figure]:
    """The parts up to the first run of them that adds up to the whole: those after it cut
    the group another way ("410 were boys, 230 were girls and 95 had an EHCP")."""
    if adds_up(parts, whole):
        return parts  # "..., 5 were Y and 0 were Z": all of them
    for n in range(2, len(parts)):
        if adds_up(parts[:n], whole):
            return parts[:n]
    if not preceded(parts[-1], REST):
        return parts
    for n in range(1, len(parts) - 1):  # "Of those, 590 were answered, 41 passed on and 7
        if adds_up(parts[:n] + parts[-1:], whole):  # escalated; the remaining 50 ...":
            return parts[:n] + parts[-1:]  # the stages between are of the first part
    return parts


def overlapping(parts: list[Figure], figures: list[Figure]) -> bool:
    """Whether the words say the parts overlap or leave some out: their own shares add up
    to more or less than all ("1,460 (73%) felt safe by day and 880 (44%) after dark"), or
    each is a threshold of one scale ("620 were answered within 10 seconds and 980 within
    60 seconds")."""
    shares = [beside(p, figures, "percent") for p in parts]
    if all(shares) and abs(sum(s.value for s in shares) - 100) > len(shares) / 2:
        return True  # or fall short of all ("412 (38%) in the city centre and 226 (21%)
        # on buses": the places that stand out, not every place)
    return all(any(t.lower_ == "within" for t in item) for item in items_of(parts))


CUTS = {"over", "under", "above", "below", "older", "younger", "more", "less", "fewer"}


def two_ways(parts: list[Figure]) -> bool:
    """Whether the parts divide the group two ways, so they may overlap: some cut it on a
    scale by a number of their own ("41 were aged 15 or over", "310 were over 65"), others
    by something else ("22 were looked-after children", "420 were women"); some say what
    the members are, others what they did or had ("410 were boys, 230 were girls and 95 had
    an EHCP"); or each says the same of the whole at another time or place ("1,520 felt
    safe during the day and 980 felt safe after dark")."""
    cuts = [
        any(t.like_num for t in item) and any(t.lower_ in CUTS for t in item)
        for item in items_of(parts)
    ]
    if any(cuts) and not all(cuts):
        return True
    sayings = [saying(p) for p in parts]
    return None not in sayings and len(set(sayings)) == 1 and bool(sayings[0][1])


def deeds_of_their_own(parts: list[Figure]) -> bool:
    """Whether each part did something else, so the parts are outcomes that need not cover
    the whole ("68 were supported, 44 of them cut their use of cannabis and 9 moved into
    training"), unless they add up to it ("118 completed, 87 dropped out and 35 were
    transferred")."""
    verbs = [saying(p) for p in parts]
    repeats = 0  # "71 were helped into accommodation, 44 into treatment": a deed again
    for n, item in enumerate(items_of(parts)[1:], 1):
        if verbs[n - 1] and gapped(item):
            verbs[n], repeats = verbs[n - 1], repeats + 1
    if None in verbs or any(verb == "be" for verb, _ in verbs):
        return said_apart(parts)
    deeds = {verb for verb, _ in verbs}
    return len(deeds) == len(verbs) - repeats and len(deeds) > 1


def gapped(item: Span) -> bool:
    """Whether a part's words say the verb of the part before again, left out, with an
    object of their own ("..., 44 into treatment and ...")."""
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in item)
    return bool(item) and item[0].pos_ == "ADP" and verbless


def made_by_doers(parts: list[Figure]) -> bool:
    """Whether the first part is "N of them" that a doer of its own did, the others the
    same said of other doers ("Education made 47 of them, the police 31 and health 18"):
    some of the sources, which need not be all (not "The threshold was met in 11")."""
    first = parts[0]
    noun = first.head.head if first.head.dep_ == "nummod" else first.head
    verb = noun.head
    if not of_them(first) or noun.dep_ != "dobj":
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return bool(doers) and verb.lemma_.lower() not in ("be", "have", "include")


def said_apart(parts: list[Figure]) -> bool:
    """Whether a part after a first one that is no subject has a verb of its own: two
    statements ("Girls accounted for 36 of these children and 112 were from minority ethnic
    backgrounds", "contacted 812 of them, with 139 taking up support")."""
    if is_subject(parts[0]):
        return False
    first = governing_verb(parts[0].head)
    verbs = [verb_after(p) or governing_verb(p.head) for p in parts[1:]]
    return first is not None and any(v is not None and v != first for v in verbs)


def verb_after(part: Figure) -> Token | None:
    """The verb right after the figure: "112 were from ..."."""
    after = part.doc[part.unit_end] if part.unit_end < part.sentence.end else None
    return after if after is not None and after.pos_ in ("VERB", "AUX") else None


def saying(part: Figure) -> tuple | None:
    """(verb, what it says) of a part that is its clause's subject: ("feel", ("safe",))."""
    if not is_subject(part):
        return None
    verb = governing_verb(part.head)
    if verb is None:
        return None
    said = [t.lemma_.lower() for t in verb.children if t.dep_ in ("acomp", "attr", "dobj")]
    if any(t.dep_ == "ccomp" for t in verb.children):
        said.append("that")  # "120 said they felt ... and 98 said they would ...": answers
    return verb.lemma_.lower(), tuple(said)


def items_of(parts: list[Figure]) -> list[Span]:
    """The words of each part, from its figure to the next part (or its sentence's end)."""
    ends = [p.first for p in parts[1:]] + [parts[-1].sentence.end]
    return [p.doc[p.unit_end : end] for p, end in zip(parts, ends)]


def totals(whole: Figure, parts: list[Figure]) -> bool:
    """Whether the whole is a total stated after its parts ("164 ... and a further 38
    ..., 202 in total")."""
    return whole.first > parts[-1].first and is_total(whole)


def counts_of_shares(parts: list[Figure], figures: list[Figure], whole: Figure) -> list:
    """A list of shares, each with its count beside it, parts the whole by those counts
    ("Of the 3,240 reports, 71% (2,300) came from ..., 17% (551) from ...")."""
    if whole.unit == "percent" or any(p.unit != "percent" for p in parts):
        return parts
    counts = [beside(p, figures, whole.unit) for p in parts]
    return parts if any(c is None for c in counts) else counts


def of_its_unit(parts: list[Figure], whole: Figure) -> bool:
    """Whether the parts are of the whole's unit; bare numbers parting an amount of time
    or weight are of its unit ("2,460 volunteer hours ... split between Street Pastors
    (1,580) and Community Speedwatch (880)", "3,120 hours, 1,845 of them on patrols and
    the balance of 1,275 on Speedwatch": what a part counts, not where it went)."""
    bare = all(p.unit == "count" and counts_nothing_named(p) for p in parts)
    return whole.unit in AMOUNTS and bare or all(p.unit == whole.unit for p in parts)


def counts_nothing_named(part: Figure) -> bool:
    """Whether the part's counted noun names nothing but the rest ("the balance of")."""
    return is_generic([t for t in part.meaning["core"] if t.lower_ not in REST])


def part_whole(whole: Figure, parts: list[Figure], sentence: Span) -> Claim:
    """The claim that the parts make up the whole; the parts take the whole's unit, and
    their concept's metric in it ("3,680 hours, 2,240 of them ...": volunteer hours)."""
    for p in parts:
        changed, p.unit = p.unit != whole.unit, whole.unit
        if changed and (concept := p.meaning["metric"].concept):
            p.meaning["metric"] = metric_for(concept_named(concept), p)
    return Claim("part_whole", whole, [("part", p) for p in parts], sentence)


def its_list(whole: Figure, figures: list[Figure]) -> Span:
    """The words of the sentence that can say a list covers the whole: from the clause of
    the whole on when a figure stands before it, whose words they would be ("1,152
    volunteer hours in all, and helped 604 people: 211 ..."); else all ("In total, 604
    ...")."""
    sentence = figures[0].sentence
    before = [f.unit_end for f in figures if f.last < whole.first and f.doc is whole.doc]
    if not before or whole.first < sentence.start:
        return sentence
    breaks = [t.i + 1 for t in sentence.doc[max(before) : whole.first] if t.is_punct]
    return sentence.doc[max(breaks, default=whole.first) : sentence.end]


def says_whole(sentence: Span) -> bool:
    """Whether the sentence says its list covers the whole ("comprising", "made up of",
    "in total", "the remaining"), so a list that falls far short is a slip, not a few
    of the whole's members picked out ("Of the 214 ..., 38 ... and 19 ...")."""
    words = [t.lemma_.lower() for t in sentence if not of_the_total(t)]
    pairs = set(zip(words, words[1:]))
    return bool(set(words) & EXHAUSTIVE or pairs & EXHAUSTIVE_PAIRS)


def of_the_total(token: Token) -> bool:
    """ "1,120 and 486 of the 2023/24 total": the total names the whole the parts are of,
    not a list covering it."""
    return token.lemma_.lower() == "total" and token.dep_ == "pobj" and token.head.lower_ == "of"


# Units whose lists are checked for a sum they state by adding up (not shares: "41%, 35%
# and 6%" add up by chance)
SUMMED_UNITS = {"count", "gbp", "hours"}


def summed_claims(figures: list[Figure], previous: list[Figure]) -> list[Claim]:
    """Parts listed with no partition cue whose sum is a level stated before them, in the
    sentence or the one before: "Six reviews were held, resulting in two revocations and
    four suspensions", "412 cases (police 248; IDVA service 96; health 43; ...)", "Crews
    attended 1,462 fires. The figure includes 688 primary, 617 secondary and 157 chimney
    fires". Without a cue the words do not say the parts are all of the whole (a breakdown
    may leave some out), so the claim is made only when they add up to it exactly: never
    an error on a report whose breakdown is partial."""
    levels = level_figures(figures)
    claims, used = [], set()  # each list once: "heard 7 reviews, 5 brought by ... and 2
    for n, first in enumerate(figures):  # by ..., resulting in 3 revocations, 2 ... and 2"
        if n in used:
            continue
        whole_list = listed(figures[n:])
        lists = (
            listed(figures[n:], past_brackets=True),
            whole_list,
            *heads_before_a_semicolon(whole_list),
        )
        for parts in lists:
            if wholes := summed(parts, first, levels, previous):
                break
        if not summable(parts, levels):
            continue
        if wholes and not parallel(wholes[-1], parts) and not compared(parts):
            claims.append(part_whole(wholes[-1], parts, first.sentence))
            used |= set(range(n, figures.index(parts[-1]) + 1)) - bracketed(parts, figures)
        elif (stated := sum_stated_after(parts, figures)) and not compared(stated[1]):
            claims.append(part_whole(*stated, first.sentence))
            used |= set(range(n, figures.index(stated[0]) + 1)) - bracketed(parts, figures)
    if claims:
        return claims
    whole, parts = part_and_rest(levels) or named_total(levels, previous) or NOTHING
    if whole is not None and not compared(parts) and all(part_of(p, whole) for p in parts):
        return [part_whole(whole, parts, whole.sentence)]
    return []


def heads_before_a_semicolon(parts: list[Figure]) -> list[list[Figure]]:
    """The list's runs up to a ";" or a clause of its own that cuts it, longest first: a
    clause of it may add up ("The threshold was met in 9 and not met in 5; of the 9 reviews
    held, 7 led to ...", "684 took part, 396 from primary and 288 from secondary schools,
    and 10,944 meals were served")."""
    heads = [parts[:k] for k in range(len(parts) - 1, 1, -1)]
    return [h for h in heads if cut_after(h[-1], parts[len(h)], parts[0])]


def cut_after(last: Figure, following: Figure, first: Figure) -> bool:
    """Whether a list ends between the two figures: a ";" or a clause of its own."""
    between = last.doc[last.unit_end : following.first].text
    return ";" in between or a_clause_of_its_own(following, first)


def summed(parts: list[Figure], first: Figure, levels: list, previous: list) -> list[Figure]:
    """The levels stated before a list that its parts add up to."""
    if not summable(parts, levels):
        return []
    total = sum(p.value for p in parts)
    before = [f for f in level_figures(previous) if f.doc is first.doc]
    before += levels[: levels.index(first)]
    wholes = [f for f in before if abs(f.value - total) < 1e-9 and of_its_unit(parts, f)]
    return [f for f in wholes if all(part_of(p, f) for p in parts)]


def summable(parts: list[Figure], levels: list[Figure]) -> bool:
    """Whether the figures can be parts of a sum: two or more exact levels of a unit that
    adds up."""
    return len(parts) >= 2 and parts[0].unit in SUMMED_UNITS and set(parts) <= set(levels)


def bracketed(parts: list[Figure], figures: list[Figure]) -> set[int]:
    """Where the figures a list skipped as a part's breakdown in brackets are."""
    inner = range(figures.index(parts[0]), figures.index(parts[-1]))
    return {n for n in inner if figures[n] not in parts}


def totalled_before(figures: list[Figure], previous: list[Figure]) -> list[Claim]:
    """A sentence opening on a total of the list in the sentence before ("Officers seized
    46 knives and 9 firearms. A total of 55 weapons were taken off the streets"), or on
    all of them ("... 142 children on disposals and 61 on court orders. Of the 203
    children, ..."), when the list adds up to it: the words do not say the total is of
    that list alone."""
    levels = level_figures(figures)
    if not levels or levels[0] is not figures[0]:
        return []
    if not is_total(levels[0]) and not opens_of_the(levels[0]):
        return []
    whole, before = levels[0], [f for f in previous if f.measure and f.doc is figures[0].doc]
    for n in range(len(before)):
        parts = listed(before[n:])
        if not set(parts) <= set(level_figures(before)) or compared(parts):
            continue
        if adds_up(parts, whole) and part_of_all(parts, whole):
            return [part_whole(whole, parts, whole.sentence)]
    return []


def opens_of_the(f: Figure) -> bool:
    """Whether the sentence opens "Of the" or "Out of the" the figure ("Of the 203 ...")."""
    words = [t.lower_ for t in f.doc[f.sentence.start : f.first]]
    return words in (["of", "the"], ["out", "of", "the"])


def sum_stated_after(parts: list[Figure], figures: list[Figure]) -> tuple | None:
    """(whole, parts): the level right after a list, in a clause of its own that states it
    ("140 ... and 60 ..., making 200 penalties", "..., bringing the total for the spring
    to 120", "A (402) and B (1,118) together made up the 1,520 ..."), when the list adds
    up to it: the words do not say the list is all of it (a running total may count
    earlier ones too). A participle before a bare number may have been read as a list's
    label ("..., making 1,625 hours"): then the list's last item is the whole."""
    for some in (parts, parts[:-1]):
        after = [f for f in figures if some and f.first > some[-1].last]
        if not after or after[0] not in level_figures(after) or not part_of_all(some, after[0]):
            continue
        between = after[0].doc[some[-1].unit_end : after[0].first]
        states = any(
            t.pos_ in ("VERB", "AUX") or t.lower_ in ("together", "total", "combined")
            for t in between
        )
        if (states or is_total(after[0])) and adds_up(some, after[0]):
            return after[0], some
    return None


def part_of_all(parts: list[Figure], whole: Figure) -> bool:
    return all(part_of(p, whole) for p in parts)


def adds_up(parts: list[Figure], whole: Figure) -> bool:
    same = all(p.unit == whole.unit for p in parts) and whole.unit in SUMMED_UNITS
    return same and len(parts) >= 2 and abs(sum(p.value for p in parts) - whole.value) < 1e-9


def part_and_rest(levels: list[Figure]) -> tuple | None:
    """ "19 of the 24 PCSO posts were filled, with 5 vacancies", "Delivered in 11 of 12
    schools (one school withdrew)", "19 of the 23 actions were rated green, three amber and
    one red": a part, its whole right after "of", and a figure or list after them that is
    the rest when they add up to the whole."""
    whole, part = part_of_the(levels)
    if whole is None or part[0] not in levels:
        return None
    after = levels[levels.index(whole) + 1 :]
    lists = [listed(after[n:]) for n in range(len(after))]
    rests = [rest[:m] for rest in lists for m in range(1, len(rest) + 1)]
    rests = [rest for rest in rests if adds_up([part[0], *rest], whole)]
    return (whole, [part[0], *rests[0]]) if len(rests) == 1 else None


def named_total(levels: list[Figure], previous: list[Figure]) -> tuple | None:
    """ "Match funding of £37,500 was secured, bringing the total project value to £112,500
    alongside the Commissioner's contribution of £75,000": a level named a total, and the
    sentence's other levels of its unit when they add up to it, or with the one level of
    the sentence before that makes them ("The fund awarded £215,000 to 58 groups. They
    added £96,400 of match funding, taking the total value to £311,400")."""
    for whole in levels:
        before = whole.doc[max(whole.sentence.start, whole.first - 5) : whole.first]
        named = {t.lower_ for t in before} | set(whole.meaning["phrase"].split())
        if not named & {"total", "totalling", "overall", "altogether"}:
            continue
        parts = [f for f in levels if f is not whole and f.unit == whole.unit]
        if adds_up(parts, whole):
            return whole, parts
        earlier = [f for f in level_figures(previous) if adds_up([f, *parts], whole)]
        if len(earlier) == 1:
            return whole, [earlier[0], *parts]
    return None


# Words that make a figure a change or a level compared with another, not a part
CHANGE_WORDS = {"increase", "rise", "fall", "reduction", "decrease", "drop", "more", "fewer"}
CHANGE_WORDS |= {"less", "up", "down", "difference", "change", "so", "than", "compare"}


def compared(parts: list[Figure]) -> bool:
    """Whether the listed figures are a level and its change ("In 2022/23 there had been
    1,047, so the increase was 271"), not parts: a change word between them or right
    before one."""
    doc = parts[0].doc
    words = doc[max(parts[0].sentence.start, parts[0].first - 3) : parts[-1].first]
    words = [t for t in words if t.dep_ != "prt"]  # "making up 1,090", "broken down"
    words = [t for t in words if t.lower_ != "up" or t.nbor(1).lower_ != "to"]  # "suspended
    # for up to three months": a limit
    breaks = [n for n, t in enumerate(words) if t.text in ":;" and t.i < parts[0].first]
    words = words[breaks[-1] + 1 :] if breaks else words  # "to violence reduction: £610,000",
    # "up from 9; six were suspended"
    words = [t for t in words if t.dep_ != "compound"]  # "£52,000 from the crime and disorder
    # reduction grant, £21,500 from ...": a name's word
    return any(t.lemma_.lower() in CHANGE_WORDS or t.lower_ in CHANGE_WORDS for t in words)


def parallel(whole: Figure, parts: list[Figure]) -> bool:
    """Whether the whole is the first item of the same list ("12 burglaries, 5 robberies
    and 7 thefts"): nothing but its own noun and a comma or "and" before the parts, and the
    parts counting nouns of their own."""
    own = {t.i for t in whole.meaning.get("core", [])}
    between = [t for t in whole.doc[whole.unit_end : parts[0].first] if t.i not in own]
    listed_with = all(t.lower_ in (",", "and") for t in between)
    return listed_with and all(p.meaning.get("core") for p in parts)


def stated_parts(figures: list[Figure], previous: list[Figure]) -> tuple:
    """(whole, parts) the sentence lists, in any of the shapes below; (None, [])."""
    return (
        total_after(figures)
        or out_of(figures)
        or of_the(figures)
        or share_and_balance(figures)
        or by_place(figures)
        or by_group(figures)
        or money_with(figures)
        or after_cue(figures, previous)
    )


def share_claims(figures: list[Figure], listed_parts: tuple) -> list[Claim]:
    """A percentage beside a part of a stated whole is the part over the whole, whether
    or not the parts cover it ("Of the 58 ..., 41 (70.7%) were in education", "1,102 of
    the 4,870 incidents (22.6%)", "412, or 61%, of the 675", "Of 1,146 searches, 27.3%
    (313) ...")."""
    whole, parts = listed_parts
    if whole is None:
        whole, parts = part_of_the(figures)
    claims = []
    for part in parts:
        if part.unit == "percent":
            share, part = part, beside(part, figures, "count")
        else:
            share = beside(part, figures, "percent") or beside(whole, figures, "percent", part)
        if share is None or part is None or whole.unit != "count" or part.unit != "count":
            continue
        if whole.qualifier == part.qualifier == "exact" and 0 < part.value <= whole.value:
            terms = [("part", part), ("whole", whole)]
            claims.append(Claim("share", share, terms, share.sentence))
    return claims


def part_of_the(figures: list[Figure]) -> tuple:
    """ "1,102 of the 4,870 incidents", "19 out of 24 posts", "212 of our 240 visits": one
    part and its whole."""
    for part, whole in zip(figures, figures[1:]):
        between = [t.lower_ for t in part.doc[part.unit_end : whole.first]]
        if between[-1:] and between[-1] in ("the", "its", "our", "their"):
            between = between[:-1]
        if between in (["of"], ["out", "of"]):
            return whole, [part]
    return NOTHING


def beside(figure: Figure, figures: list[Figure], unit: str, part: Figure | None = None):
    """The level of the unit right beside the figure, in brackets or after "or": "41
    (70.7%)", "70.7% (41)", "412, or 61%,"; or beside the whole of the one part right
    before it ("1,102 of the 4,870 incidents (22.6%)")."""
    if part is not None and not (part.unit_end <= figure.first <= part.last + 4):
        return None
    ids = [id(f) for f in figures]
    if id(figure) not in ids:
        return None  # a part stated in the sentence before
    at = ids.index(id(figure))
    for other in (figures[at + 1 : at + 2], figures[max(0, at - 1) : at]):
        if not other or other[0].unit != unit or other[0].role != "level":
            continue
        first, then = sorted([figure, other[0]], key=lambda f: f.first)
        own = {t.i for t in first.meaning.get("core", [])}
        words = {t.lower_ for t in figure.doc[first.unit_end : then.first] if t.i not in own}
        if words & {"(", "or"} and words <= {"(", ",", "or", "-", "–"}:
            return other[0] if other[0].measure else None
    return None


def ranked(sentence: Span) -> bool:
    """A ranking word, a word saying the list is some of many ("among other types"), or an
    example word right before a figure ("including 22 ..."), unless the rest is counted
    too ("including 37 cautions ..., with the remaining 45")."""
    rest = any(t.lower_ in REST and t.nbor(1).like_num for t in sentence[:-1])
    for token in sentence:
        if token.lower_ in RANKING | SOME_OF and not names_a_kind(token):
            return True
        following = token.doc[token.i + 1 : min(token.i + 4, sentence.end)]
        if token.lower_ in EXAMPLES and any(t.like_num for t in following) and not rest:
            return True
    return False


def narrowed_down(sentence: Span, whole: Figure, parts: list[Figure]) -> bool:
    """Whether the parts are "of those" a clause of another verb than the whole's picks
    out: "verified 742 people sleeping rough ... Of those it worked with, 316 ...", a
    group within the whole, not the whole ("Of those it supported" after "supported 742"
    is the whole again; "..., 646 women and 96 men; 81% of those who answered" opens no
    part)."""
    verb = governing_verb(whole.head)
    first = min(p.first for p in parts)
    for token in sentence:
        if token.i < first and token.lower_ in ("those", "these") and token.head.lower_ == "of":
            clauses = [c for c in token.children if c.dep_ == "relcl"]
            if any(verb is None or c.lemma_ != verb.lemma_ for c in clauses):
                return True
    return False


def names_a_kind(word: Token) -> bool:
    """Whether a ranking word names a kind of what a figure counts, no rank: "64
    second-stage letters", "1,893 second letters"."""
    hyphened = word.i + 1 < len(word.doc) and word.nbor(1).text == "-" and not word.whitespace_
    counted = word.dep_ == "amod" and any(
        c.dep_ == "nummod" and c.i < word.i for c in word.head.children
    )  # not "the top three crime types"
    return hyphened or counted


def part_of(part: Figure, whole: Figure) -> bool:
    """Whether the part can be a part of the whole: not people within offences or
    sessions, nor the other way round ("Of the 47 children, 14 reoffended, committing
    52 offences")."""
    families = {family(f) for f in (part, whole)}
    return len(families - {None}) < 2


def family(f: Figure) -> str | None:
    """What kind of thing the figure's own noun counts ("boys", "offences", "sessions"):
    people, crime, activity or None. Its noun's head, else what it is said to be ("64
    ... were boys")."""
    core, said = f.meaning["core"], f.meaning.get("complement", [])
    nouns = [t for t in core or said if t.pos_ in ("NOUN", "PROPN")]
    head = nouns[-1:] if core else nouns[:1]
    return family_of(concept_of(head)[0]) if head else None


def family_of(concept: Concept | None) -> str | None:
    code = concept.code if concept else None
    if code in PEOPLE | {"people_trained", "volunteers", "offenders_managed"}:
        return "people"
    if code in ("sessions_delivered", "interventions"):
        return "activity"
    if code == "recorded_crime" or concept is not None and concept.kind_of == "recorded_crime":
        return "crime"
    return None


NOTHING: tuple = (None, [])
REST = {"remaining", "rest", "balance", "other"}


def total_after(figures: list[Figure]) -> tuple | None:
    """ "214 ... and 167 ... applications, 381 in all"; "...; total 590"; "83 in total,
    51 adults and 32 children"."""
    for n, f in enumerate(figures):
        if not is_total(f):
            continue
        parts = max(listed(figures[:n]), row_cells(figures[:n]), key=len)
        left_out = [p for p in level_figures(figures[:n]) if p.unit == f.unit and p not in parts]
        if left_out and not adds_up(parts, f) and not adds_up(parts + left_out, f):
            continue  # a list the parser cut ("Castle | 412; New Town | 268; ...; Total |
            # 1,100"): which of the levels before the total are its parts is not clear
        if len(parts) >= 2 and not any(of_them(p) for p in parts[1:]):  # "63 incidents, 29 of
            return f, parts  # which involved rescuing a total of 44": parts of the 63, not beside
        parts = listed(figures[n + 1 :])
        if len(parts) >= 2 and n == 0 and set_apart(f, parts[0]):
            return f, parts
    return None


def set_apart(total: Figure, part: Figure) -> bool:
    """Whether the list after a total is its parts ("83 in total, 51 adults and ..."),
    not joined to it by a bare "and" ("a total of 52 knives and 7 firearms": both)."""
    between = total.doc[total.unit_end : part.first]
    marks = any(t.text in (",", ":", ";", "–", "-", "(") or "\n" in t.text for t in between)
    return marks or not any(t.lower_ in ("and", "plus", "&") for t in between)


def row_cells(figures: list[Figure]) -> list[Figure]:
    """The figures of a table row's cells before its total ("Q1: 212 | Q2: 198 | ...",
    "Casualties, 2023: Fatal 6 | Serious 94 | Slight 517"); none when a figure of their
    unit before the total is not one of them (a cell whose label is not read as one:
    the cells read are only some of the total's parts)."""
    cells = [f for f in figures if f.measure and (f.doc[f.first - 1].text == ":" or in_cell(f))]
    if len(cells) < 2 or len({f.unit for f in cells}) != 1:
        return []
    same_unit = [f for f in figures if f.measure and f.unit == cells[0].unit]
    return cells if same_unit == cells else []


def in_cell(f: Figure) -> bool:
    """Whether the figure follows its cell's label of one to three words (words joined by
    "/" or "-" are one: "Charge/summons") right after a "|" (or a heading's ":"), and
    ends its cell: "| Northfield 31 |"."""
    start = f.sentence.start
    words = reversed(f.doc[max(start, f.first - 5) : f.first])
    label = list(takewhile(lambda t: t.is_alpha or glued(t) or a_period_label(t), words))
    at = f.first - len(label) - 1
    after = word_after(f)
    ends = after is None or after.text == "|" or after.is_punct and after.i == f.sentence.end - 1
    named = bool(label) and not glued(label[-1]) and len([t for t in label if not glued(t)]) <= 3
    opens_row = at == start - 1 and after is not None and after.text == "|"  # "Q1 118 | Q2"
    return named and (at >= start and f.doc[at].text in ("|", ":") or opens_row) and ends


def a_period_label(token: Token) -> bool:
    """A quarter or month label of a row's cell ("| Q1 88 |", "| P3 41 |")."""
    return re.fullmatch(r"[QP][1-4]", token.text) is not None


def glued(token: Token) -> bool:
    """A "/" or "-" joining two words with no space ("Charge/summons", "Drink-drive")."""
    joins = token.i > 0 and not token.nbor(-1).whitespace_
    return token.text in ("/", "-") and not token.whitespace_ and joins


def is_total(f: Figure) -> bool:
    """ "381 in all", "6 custody episodes in total", "altogether", "a total of 590", "In
    total, 42 ...", "a total caseload of 327"."""
    doc = f.doc
    before = [t.lower_ for t in doc[max(f.sentence.start, f.first - 3) : f.first]]
    return (
        totalled_after(f)
        or before[-1:] == ["total"]
        or (before[-1:] == ["of"] and "total" in before[:-1])  # "a total caseload of 327"
        or before[-2:] in (["total", "of"], ["making", "a"], ["a", "combined"])
        or before[-2:] in (["total", ":"], ["year", ":"], ["overall", ":"])  # "| Year: 877"
        or before[-2:] == ["|", "year"]  # "Q4 81 | Year 462"
        or before[-3:] in (["in", "total", ","], ["in", "all", ","])  # "In total, 42 ..."
        or total_cell(f)
    )


def totalled_after(f: Figure) -> bool:
    """Whether the words of the figure's noun phrase end on "in all", "in total",
    "altogether", "overall" or "combined", whatever the tagger made of the noun's words
    ("531 vehicle offences altogether"); not a clause's ("640 were received in all", after
    a list said to leave some out)."""
    phrase = takewhile(
        lambda t: not t.is_punct and t.pos_ != "AUX", f.doc[f.unit_end : f.sentence.end]
    )
    words = [t.lower_ for t in phrase][:5]
    pairs = set(zip(words, words[1:]))
    combined = words[-1:] == ["combined"]  # "11,500 incidents and crimes combined"
    return (
        bool(pairs & {("in", "all"), ("in", "total")} or {"altogether", "overall"} & set(words))
        or combined
    )


def total_cell(f: Figure) -> bool:
    """A table cell or bullet whose label says all of them: "Slight 517 | All 617", "| All
    outcomes 791", "| Total cases 412", "...; Total | 1,100", "• Total – 180"."""
    words = list(f.doc[f.sentence.start : f.first])
    marks = [n for n, t in enumerate(words) if t.text in CELL_MARKS or "\n" in t.text]
    if not marks:
        return False
    label = [t for t in words[marks[-1] + 1 :] if not t.is_punct]
    if not label and words[marks[-1]].text == "|":  # "Total | 1,100": the cell before's
        start = marks[-2] + 1 if len(marks) > 1 else 0
        label = [t for t in words[start : marks[-1]] if not t.is_punct]
    return 0 < len(label) <= 4 and label[0].lower_ in ("all", "total", "overall")


CELL_MARKS = {"|", ";"} | BULLETS


def out_of(figures: list[Figure]) -> tuple | None:
    """ "29 parents and 351 children out of 380 people"."""
    sentence = figures[0].sentence
    marks = [t.i for t in sentence[:-1] if t.lower_ == "out" and t.nbor(1).lower_ == "of"]
    marks = [i for i in marks if counts_after(sentence.doc, i + 2, sentence.end)]
    if not marks:
        return None
    wholes = [f for f in level_figures(figures) if f.first > marks[0]]
    parts = listed([f for f in figures if f.first < marks[0]])
    return (wholes[0], parts) if wholes and parts else None  # "Out of 530, ...": of_the


def counts_after(doc, at: int, end: int) -> bool:
    """Whether a number follows ("out of 380", "out of the 62"), not a noun ("out of
    court disposals", "out of hours")."""
    while at < end and doc[at].lower_ in ("the", "a", "an", "total", "of", "all"):
        at += 1
    return at < end and doc[at].like_num


def of_the(figures: list[Figure]) -> tuple | None:
    """ "Of the 240 clients who left treatment, 118 completed, 87 dropped out and 35 ...",
    "Out of 530 callers, 402 were women and 128 men", "Of the PCC's £1.6m grant, ...", "Of
    our 96 referrals, ...": the whole opens the sentence after "of" and whose it is."""
    sentence = figures[0].sentence
    first = figures[0]
    opening = list(sentence.doc[sentence.start : first.first])
    words = [t.lower_ for t in opening]
    if words[:2] == ["out", "of"]:
        owner = opening[2:]
    elif words[:1] == ["of"]:
        owner = opening[1:]
    else:
        return None
    if owner and not owned(owner):
        return None
    return first, listed([f for f in figures[1:] if not of_a_year_in_brackets(f)])


def owned(words: list[Token]) -> bool:
    """Whether the words say only whose the figure after them is: "the", "our", "the
    PCC's", "this year's"."""
    if len(words) == 1 and words[0].tag_ in ("DT", "PRP$"):
        return True
    names = ("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ")
    return words[-1].tag_ == "POS" and all(t.tag_ in names for t in words)


def share_and_balance(figures: list[Figure]) -> tuple | None:
    """ "1,406 of the 4,377 incidents ..., with the balance of 2,971 ...": a part, its
    whole right after "of (the)", and the rest."""
    for n, part in enumerate(figures[:-1]):
        whole = figures[n + 1]
        between = [t for t in part.doc[part.unit_end : whole.first]]
        described = all(t.tag_ in ("JJ", "VBN") for t in between[2:])  # "of the planned 144"
        if [t.lower_ for t in between[:2]] not in (["of"], ["of", "the"]) or not described:
            continue
        rest = [f for f in figures[n + 2 :] if preceded(f, REST)]
        if rest:
            return whole, [part, *rest]
    return None


def by_place(figures: list[Figure]) -> tuple | None:
    """ "830 repeat victims were identified, 512 in Gwynedd and 328 in Ynys Môn": a whole,
    a comma, then its parts each placed by a name."""
    for whole, between, parts in wholes_then_lists(figures):
        if "," in between and all(placed(p) for p in parts) and not placed_itself(whole):
            return whole, parts  # not "£900,000 in Ashford, £700,000 in Dover and ..."
    return None


def placed_itself(f: Figure) -> bool:
    """Whether the figure's own clause ends in a place, so it is the list's first item
    ("412 incidents were recorded in Central, 388 in North and 205 in South")."""
    clause = list(takewhile(lambda t: t.text != ",", f.doc[f.unit_end : f.sentence.end]))
    return names_a_place(clause[-2:]) or ends_in_a_street(clause)


def ends_in_a_street(clause: list[Token]) -> bool:
    """Whether the words end in a place of several words: "in the High Street", "in St
    Mary's Road"."""
    at = [n for n, t in enumerate(clause) if t.lower_ in ("in", "at", "on")]
    name = [t for t in clause[at[-1] + 1 :] if not t.is_punct and t.tag_ != "POS"] if at else []
    name = name[1:] if name and name[0].lower_ == "the" else name
    return len(name) > 1 and all(t.is_title for t in name)


def money_with(figures: list[Figure]) -> tuple | None:
    """ "£2.35m of New Burdens funding, with £1.6m committed to safe accommodation and
    £0.75m to support in refuges": a sum of money, then "with" and how it is split."""
    for whole, between, parts in wholes_then_lists(figures):
        if whole.unit == "gbp" and "with" in between:
            return whole, parts
    return None


# Groups of people that together make up everyone: "21 adults and 17 children".
COMPLEMENTS = [{"adult", "child"}, {"man", "woman"}, {"boy", "girl"}, {"male", "female"}]


def by_group(figures: list[Figure]) -> tuple | None:
    """ "38 referrals for potential victims of modern slavery, 21 adults and 17 children":
    a whole, then (after a comma or "with") its parts, each counting one of a set of
    groups that together make up everyone."""
    for whole, between, parts in wholes_then_lists(figures):
        if not {",", "with"} & set(between) or has_own_verb(parts[-1]):
            continue  # "212 arrests, 40 men and 12 women were charged": a clause of its own
        groups = [head_noun(p) for p in parts]
        if len(set(groups)) == len(groups) and any(set(groups) <= c for c in COMPLEMENTS):
            return whole, parts
    return None


def wholes_then_lists(figures: list[Figure]) -> Iterator[tuple[Figure, list[str], list]]:
    """Each figure that a list of two or more figures follows: (the figure, the words
    between it and the list, the list)."""
    for n, whole in enumerate(figures[:-2]):
        between = [t.lower_ for t in whole.doc[whole.unit_end : figures[n + 1].first]]
        parts = listed(figures[n + 1 :])
        if len(parts) >= 2:
            yield whole, between, parts


def has_own_verb(f: Figure) -> bool:
    """Whether a finite verb follows the figure's noun ("12 women were charged")."""
    after = f.doc[f.unit_end + 1 : min(f.unit_end + 3, f.sentence.end)]
    return any(t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP") for t in after)


def placed(f: Figure) -> bool:
    return names_a_place(f.doc[f.unit_end : min(f.unit_end + 2, f.sentence.end)])


SEASONS = {"easter", "christmas", "whitsun", "halloween", "half-term", "summer", "winter"}


def names_a_place(words: Span | list[Token]) -> bool:
    """ "in Gwynedd", "at Rhyl" (not "at Easter", "at Christmas": when, not where)."""
    if len(words) != 2 or words[0].lower_ not in ("in", "at", "for") or not words[1].is_title:
        return False
    return words[1].ent_type_ not in ("DATE", "TIME") and words[1].lower_ not in SEASONS


def after_cue(figures: list[Figure], previous: list[Figure]) -> tuple:
    """ "380 people. This comprised 29 parents and 351 children", "Of these, ...", "of
    which", "made up of", "... 538 victims. ... the remaining 264 ..."."""
    sentence = figures[0].sentence
    cue = cue_at(sentence, figures)
    remaining = [f for f in figures if preceded(f, REST)]
    if cue is None and not remaining:
        return NOTHING
    if cue is None:
        return before_the_rest(figures, remaining[-1], previous)
    of = sentence.doc[cue[0]].lower_ == "of"  # "64 of them", not "£532,000 came from"
    of = of and sentence.doc[cue[0] + 1].lower_ not in ("which", "whom")  # nor "640, of which"
    first = [f for f in figures if f.unit_end == cue[0] and cue[1] - cue[0] == 2 and of]
    start = first[0].first if first else cue[1]  # "64 of them were boys and 27 girls"
    parts = listed([f for f in figures if f.first >= start and not of_a_year_in_brackets(f)])
    if cue[0] - sentence.start > 2:  # a cue inside an item lists that item's parts:
        parts = [p for p in parts if p.first < item_end(sentence, cue[0])]  # "... – 1,486; of
        # which repeat incidents – 512 (34.5%); cases heard at MARAC – 214"
    if first:  # "2,946 visits, 1,018 of them to ..., and fitted 1,377 alarms": another act
        parts = parts[:1] + list(takewhile(lambda p: same_act(first[0], p), parts[1:]))
    left = [f for f in figures if parts and f.first > parts[-1].last and left_over(f)]
    if len(parts) == 1 and left and left[0].unit == parts[0].unit:
        parts += left[:1]  # "£3.4m of savings, of which £1.9m has been identified, leaving a
        # gap of £1.5m": what is left is the other part
    before = [f for f in level_figures(figures) if f.last < start]
    before = [f for f in before if all(part_of(p, f) for p in parts) and of_its_unit(parts, f)]
    if not before and (cue[0] - sentence.start <= 2 or first):  # "Of these, ...", "39 of
        # these": the sentence before, but not the year before ("allocated £128,500 ...,
        # 7.1% up on last year's £120,000. It is made up of"), its target ("162 households
        # ... against a target of 150") nor the whole a share of it is of ("8,412 offences
        # or 39% of all recorded crime (21,570)")
        before = latest([f for f in level_figures(previous) if not a_shares_whole(f)])
        before = [f for f in before if not names_a_plan(f, TARGETS)] or before
    actual = [f for f in before if not names_a_plan(f, TARGETS, by_subject=False)]  # "6,812
    before = actual or before  # visits against a target of 6,500, of which 4,470 ...": the
    # visits, not the target
    whole = before[-1] if before else None  # before ("6,312 more than the 61,902")
    if whole is not None and parts:  # the cue's first part is its own, whatever the parse
        parts = parts[:1] + list(takewhile(lambda p: not beside_its_whole(p, whole), parts[1:]))
    return whole, parts


def beside_its_whole(part: Figure, whole: Figure) -> bool:
    """Whether the part's noun is joined to the whole's by "and", or follows ", and" after
    an aside closed by a comma, a thing beside it ("71 notices, of which 58 were paid, and
    4 prosecutions", "attended 236 fires, 172 of them secondary, and 74 dwelling fires"),
    or is added to it in words, or is said to be in another state than the whole."""
    if added_beside(part) or in_another_state(part, whole):
        return True
    noun, own = counted_noun(part), counted_noun(whole)
    if noun is None or own is None or noun.i == own.i:
        return False
    between = [t.lower_ for t in part.doc[whole.unit_end : part.first]]
    if between[-2:] == [",", "and"] and between.count(",") >= 2:
        return True
    while noun.dep_ == "conj" and noun.i != own.i:
        noun = noun.head
    return noun.i == own.i


ADDED = (["together", "with"], ["as", "well", "as"], ["in", "addition", "to"], ["alongside"])


def added_beside(part: Figure) -> bool:
    """Whether words right before the part add it to what came before ("598 hate crimes,
    437 of them racially aggravated, together with 164 hate incidents")."""
    doc = part.doc
    words = [t.lower_ for t in doc[max(part.sentence.start, part.first - 3) : part.first]]
    return any(words[-len(added) :] == added for added in ADDED)


def in_another_state(part: Figure, whole: Figure) -> bool:
    """Whether the whole and the part are each said to be in a state of their own ("163
    cases were closed, 121 of them with risk reduced, and 58 were still open"): the part
    is beside the whole, not some of it."""
    states = [state_of(f) for f in (whole, part)]
    return None not in states and states[0].lemma_ != states[1].lemma_


def state_of(f: Figure) -> Token | None:
    """The adjective that "be" says of the figure ("163 cases were closed")."""
    verb = governing_verb(f.head)
    if verb is None or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "JJ"), None)


def a_shares_whole(f: Figure) -> bool:
    """Whether the figure stands in brackets after what a per cent before it is a share of
    ("39% of all recorded crime (21,570)")."""
    doc = f.doc
    if f.first < 1 or doc[f.first - 1].text != "(":
        return False
    start = max(f.sentence.start, f.first - 9)
    shares = [t for t in doc[start : f.first - 1] if t.text == "%" and t.nbor(1).lower_ == "of"]
    between = doc[shares[-1].i + 1 : f.first - 1] if shares else []
    return bool(shares) and not any(t.like_num or t.is_punct for t in between)


def left_over(f: Figure) -> bool:
    """Whether "leaving" introduces the figure ("leaving a gap of £1.5m", "leaving 12")."""
    return any(t.lower_ == "leaving" for t in f.doc[max(0, f.first - 4) : f.first])


def latest(levels: list[Figure]) -> list[Figure]:
    """The levels of the latest period among them."""
    last = max((f.meaning["period"].start for f in levels), default=None)
    return [f for f in levels if f.meaning["period"].start == last]


def item_end(sentence: Span, at: int) -> int:
    """Where the ";" item holding the token at `at` ends."""
    return next((t.i for t in sentence if t.i > at and t.text == ";"), sentence.end)


def same_act(first: Figure, part: Figure) -> bool:
    """Whether a listed part is of the first part's act ("64 of them were boys and 27
    girls"; its preposition repeated), or the subject of an act of its own ("... and 45
    were signposted"), not what another verb of the sentence does ("..., and fitted 1,377
    smoke alarms")."""
    if noun_and_verb_of_its_own(part):
        return False  # "38 of these went to a hearing and 35 orders were granted"
    if goes_further(first, part):
        return False  # "supported 148 of them, 61 into work": some of the 148
    if [t.lower_ for t in first.doc[first.unit_end : part.first]][2:4] == [",", "with"]:
        return False  # "Violence made up 7,412 of these, with violence with injury
        # accounting for 2,306": a detail of the first, not the next item
    verb = governing_verb(part.head)
    if verb is None or verb == governing_verb(first.head):
        return True
    repeated = object_of(first) is not None and object_of(first) == object_of(part)
    if repeated and verb.tag_ in NONFINITE:  # "drinking accounted for 131 of them, ... and
        return True  # refusing to surrender alcohol for 31": the act gapped, its
        # preposition repeated after a verb of the item's own label
    return part.head.dep_ in ("nsubj", "nsubjpass")


def goes_further(first: Figure, part: Figure) -> bool:
    """Whether the part, after a bare comma, opens a preposition the first part's clause
    has not: some of the first ("supported 148 of them, 61 into paid work"), not the next
    item ("58 of them came from the police, 38 from schools")."""
    doc = first.doc
    between = [t.lower_ for t in doc[first.unit_end : part.first]]
    if between[-1:] != [","] or "and" in between or part.unit_end >= part.sentence.end:
        return False
    after = doc[part.unit_end]
    if after.tag_ != "IN" or after.lower_ == "of":
        return False
    verb = governing_verb(first.head)
    start = min(first.first, verb.i) if verb is not None else first.first
    return after.lower_ not in {t.lower_ for t in doc[start : part.first] if t.tag_ == "IN"}


def a_clause_of_its_own(part: Figure, first: Figure) -> bool:
    """Whether the part is the subject of a clause of its own, not of the first part's verb;
    or, after a first part that is its verb's subject, the object of a clause whose subject
    is named ("431 were deliberate and 357 accidental, and the service completed 2,905")."""
    own_verb = governing_verb(part.head) != governing_verb(first.head)
    doer = named_doer(part, first.last) and not named_doer(first, first.sentence.start)
    return own_verb and (noun_and_verb_of_its_own(part) or doer)


def named_doer(f: Figure, after: int) -> bool:
    """Whether the verb the figure hangs on has a subject after the given token that is no
    figure ("..., and the service completed 2,905 visits")."""
    verb = governing_verb(f.head)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    subjects = [c for c in subjects if c.i > after and c.pos_ in ("NOUN", "PROPN")]
    return any(not any(t.like_num for t in s.subtree) for s in subjects)


def noun_and_verb_of_its_own(part: Figure) -> bool:
    """Whether a noun and then a verb follow the figure: the subject of a clause of its
    own, counting its own noun ("... and thirty-five orders were granted", "and 23
    children and vulnerable adults were safeguarded")."""
    at, end = part.unit_end, min(part.unit_end + 6, part.sentence.end)
    nominal = ("NOUN", "PROPN", "ADJ", "CCONJ")
    words = list(takewhile(lambda t: t.pos_ in nominal, part.doc[at:end]))
    if not words or words[-1].pos_ not in ("NOUN", "PROPN"):
        return False  # "12 Stalking Protection Orders were applied for": its noun's words
    following = words[-1].i + 1
    return following < part.sentence.end and part.doc[following].pos_ in ("AUX", "VERB")


NONFINITE = {"VB", "VBG"}


def object_of(f: Figure) -> str | None:
    """The preposition the figure is the object of ("for 131")."""
    return f.head.head.lower_ if f.head.dep_ == "pobj" else None


def others_follow(sentence: Span) -> bool:
    """Whether the sentence after opens on the rest of what a list picked out ("The
    remaining £162,000 ...", "The largest of the other allocations, ..."): the list is not
    all of its whole (the rest, when it is given, completes it there; see the_rest_of)."""
    doc = sentence.doc
    return any(t.lower_ in REST for t in doc[sentence.end : sentence.end + 6])


def claim_adds_up(claim: Claim) -> bool:
    return adds_up([f for role, f in claim.terms if role == "part"], claim.stated)


def the_rest_of(earlier: tuple, figures: list[Figure]) -> tuple | None:
    """ "Of the 18 reviews, 11 are complete. The remaining 7 are in progress.": a sentence
    opening on the rest completes the parts the sentence before picked out of its whole."""
    whole, parts = earlier
    if whole is None or not parts or not preceded(figures[0], REST):
        return None
    rest = listed(figures)
    return (whole, parts + rest) if rest and rest[0].unit == parts[0].unit else None


def before_the_rest(figures: list[Figure], rest: Figure, previous: list[Figure]) -> tuple:
    """ "Total spend was £412,000, with £300,000 met by grant and the balance of £112,000
    by partners": the parts run up to the rest, the whole is the level before them (or,
    "The service supported 538 victims. Half (274) ..., the remaining 264", before the
    sentence)."""
    upto = [f for f in figures if f.first <= rest.first and f.unit == rest.unit]  # not "64
    found = []  # bids valued at £1.32m; 23 ..., sharing £418.6k, and the remaining 41"
    for n in range(len(upto) - 2, -1, -1):
        parts = listed(upto[n + 1 :])
        whole = upto[n]
        between = whole.doc[whole.unit_end : upto[n + 1].first]
        # "the council (£742k) and the grant (£398k)", not "71 were referred and 58 ..."
        listed_with = any(t.lower_ == "and" for t in between) and not any(
            t.pos_ == "VERB" for t in between
        )
        if listed_with or n and an_item_after(upto[n - 1], whole):
            continue  # "the council (£742k) and the grant (£398k)": a part, not the whole
        if labelled_item_after(whole, upto[n + 1]):
            continue  # "Police referred 301, IDVA services 97, ... the remaining 36"
        if part_of_the([whole, upto[n + 1]]) != NOTHING:
            continue  # "achieved 11 of its 14 targets, with the remaining three": a part
        if len(parts) >= 2 and parts[-1] is rest and whole in level_figures(figures):
            found.append((whole, parts))
    # "fires: 287 (kitchen 164, electrical 58, smoking 31, other causes 34)": of several
    # wholes the list may close, the one it adds up to; none when none does
    adding = [c for c in found if adds_up(c[1], c[0])]
    if adding or len(found) > 1:
        return adding[0] if adding else NOTHING
    wholes = level_figures(previous)
    if len(listed(upto)) == 1:  # "... rose to 9,874, but only 6,112 were recorded as
        # incidents. The remaining 3,762 ...": the parts run on from the sentence before
        spread = [(w, wholes[n + 1 :] + [rest]) for n, w in enumerate(wholes)]
        adding = [(w, parts) for w, parts in spread if adds_up(parts, w)]
        if len(adding) == 1:
            return adding[0]
    latest_wholes = latest(wholes)  # "2,764 referrals, 9% more than the 2,536 .... 412 of
    # the total, with the remaining 2,352": this year's, not the year before's
    before = ((latest_wholes[-1] if latest_wholes else None), listed(upto))
    if before[0] is not None and a_category(rest) and not adds_up(before[1], before[0]):
        return NOTHING  # "Children in the households: 371\nReferring agency: police 188,
        # ..., other 10": an "other" item of a breakdown, no rest of the line before
    if found and before[0] is not None and adds_up(before[1], before[0]):
        return before  # "... stood at 148. 82 were fixed cohort, 49 flex and the remaining
        # 17 free": a list of three the sentence before's whole, not 82 split in two
    return found[0] if found else before


def a_category(rest: Figure) -> bool:
    """Whether the figure is labelled by a bare "other", an item of a breakdown ("health
    23, other 10"), not the rest of a whole ("the other 12", "the remaining 20")."""
    before = [t.lower_ for t in rest.doc[max(0, rest.first - 2) : rest.first]]
    return before[-1:] == ["other"] and before[:1] != ["the"]


def an_item_after(before: Figure, f: Figure) -> bool:
    """Whether the figure is the next item of a list after the other ("cooking 120,
    heaters 40"), whatever the parser makes of the item's words."""
    between = [t.text for t in f.doc[before.unit_end : f.first]]
    return before.unit == f.unit and between[:1] == [","] and len(between) <= 3


def labelled_item_after(before: Figure, f: Figure) -> bool:
    """Whether the figure is the next item of a list after the other, under a label of
    its own: "301, IDVA services 97" (not "£412,000, with £300,000 met by grant")."""
    between = list(f.doc[before.unit_end : f.first])
    label = between[1:]
    nouns = [t for t in label if t.pos_ in ("NOUN", "PROPN")]
    return (
        [t.text for t in between[:1]] == [","]
        and bool(nouns)
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in label)
    )


def preceded(figure: Figure, words: set[str]) -> bool:
    doc = figure.doc
    return any(t.lower_ in words for t in doc[max(0, figure.first - 2) : figure.first])


def listed(figures: list[Figure], past_brackets: bool = False) -> list[Figure]:
    """The figures of a list: measures of one unit, one after another, joined by commas
    or 'and'; the list ends at the first other figure (or, past_brackets, at the first
    other figure outside a part's brackets)."""
    parts: list[Figure] = []
    for f in figures:
        if not f.measure:
            continue
        if parts and f.unit != parts[0].unit and (preceded(f, {"("}) or not joined(parts[-1], f)):
            continue  # "118 (49%) completed", "38 received a £100 fixed penalty": the part's own
        if parts and f.unit != parts[0].unit and all(preceded(p, {"("}) for p in parts):
            continue  # "... road safety (£93,500) and funding for the six CSPs (£340,000)"
        if past_brackets and parts and in_brackets_after(parts[-1], f):
            continue  # "49 took part (31 in a conference and 18 by letter) and 97 declined":
            # the part's own breakdown, a list of its own that ends at its bracket
        closed = ")" in f.doc[parts[-1].unit_end : f.first].text if parts else False
        if past_brackets and closed and inside_brackets(parts[0]):
            break
        if parts and (f.unit != parts[0].unit or not joined(parts[-1], f)):
            break
        if parts and f.role != parts[0].role:
            break  # "... livestock 16 – six below the ceiling of 80": the list's gap
        parts.append(f)
    return parts


def of_a_year_in_brackets(f: Figure) -> bool:
    """ "(2019/20: 4)": a figure of another year, set beside one before it."""
    before = f.doc[max(0, f.first - 3) : f.first]
    return (
        len(before) == 3
        and before[0].text == "("
        and before[2].text == ":"
        and bool(period_in(before[1].text))
    )


def an_aside(level: Figure, change: Figure, figures: list[Figure]) -> bool:
    """Whether the level stands in brackets after a level of the change's quantity that
    does not: another year's figure given beside the one said ("rose to 612 (2022/23:
    580)")."""
    if not inside_brackets(level):
        return False
    said = [f for f in level_figures(figures) if f.sentence == level.sentence]
    return any(
        f.first < level.first and comparable(f, change) and not inside_brackets(f) for f in said
    )


def in_brackets_after(part: Figure, f: Figure) -> bool:
    """Whether f stands in brackets opened after the part, with words before it."""
    between = [t.text for t in part.doc[part.unit_end : f.first]]
    opened = [n for n, t in enumerate(between) if t == "("]
    return bool(opened) and ")" not in between[opened[-1] :] and opened[-1] > 0


def added_to(a: Figure, b: Figure) -> bool:
    """Whether the verb "add" puts the first figure to the second ("added 8 cameras to the
    44 already in place")."""
    verb = governing_verb(a.head)
    to_verb = hung_on(b, {"to"}) == "to" and governing_verb(b.head) == verb
    return verb is not None and verb.lemma_.lower() == "add" and to_verb


def joined(a: Figure, b: Figure) -> bool:
    """Whether a list's mark stands between the two figures, and no verb of a clause of
    its own after it ("214 primary and 832 secondary fires; secondary fires peaked in
    April with 131", "made 11,482 log entries, opened 874 incident records"); a part's own
    "of which" right after it ("412 of which were primary and 708 secondary") is no break."""
    between = a.doc[a.unit_end : b.first]
    if preceded(a, {"between"}) and [t.lower_ for t in between] == ["and"]:
        return False  # "grants of between £500 and £5,000": a range
    if added_to(a, b):
        return True  # "added 12 emergency beds to the 28 already available, giving 40"
    if between and between[-1].lower_ == "from":
        return False  # "in grants ranging from £1,000 to £15,000": a range, or a start
    after = [t.lower_ for t in b.doc[b.unit_end : min(b.unit_end + 4, b.sentence.end)]]
    if any(after[n : n + 2] in (["between", "them"], ["among", "them"]) for n in range(3)):
        return False  # "97 women and 6 men, with 139 children between them": theirs
    if any(t.text == ";" for t in between) and is_subject(b) and not preceded(b, REST):
        return False  # "... and 212 repeat cases; 640 children lived in ...": a clause
    if any(t.text == ";" for t in between) and subject_of_its_own(a, b, between):
        return False  # "...; health partners made 198 referrals": a clause of its own
    if repeats_its_cue(a, between):
        return True  # "640 of which from police: 410 of which from health: 230": items
        # each opened by the cue, as lines of a list are
    marks = (",", "and", "plus", "&", ";", "while", "with", "–", "-", "•")
    at = [n for n, t in enumerate(between) if t.lower_ in marks and not hyphen(t) or "\n" in t.text]
    if not at:  # nor a list's lines
        return False
    semicolon = [n for n, t in enumerate(between) if t.text == ";"]
    clause = list(between[min(semicolon + at[-1:]) + 1 :])  # after a ";", or the last mark
    own = 2 if [t.lower_ for t in between[:2]] in (["of", "which"], ["of", "whom"]) else 0
    if any(t.lower_ in ("whom", "which") or contrasts(t) for t in between[own:]):
        return False  # "96 boys and 24 girls, of whom 31 ...", "..., compared with 3,150"
    if clause and clause[0].lower_ in CHANGE_WORDS:
        return False  # "... and 75 from professionals, up from 467 calls in 2022/23"
    if [t.lower_ for t in clause[-2:]] == ["a", "further"] and not is_subject(b):
        return True  # "... gave 21,460 hours and Neighbourhood Watch coordinators a further
        # 8,115": the verb left out, whatever the tagger made of the subject
    if clause and clause[-1].text == ":" and any(t.text in (";", "|", "•") for t in between):
        return True  # "Threshold met: 12; Threshold not met: 7": lines of labels and values,
        # whatever the tagger made of a label's words
    if clause and clause[-1].text == "(" and preceded(a, {"("}):
        return True  # "refuge provision (£915,000), dispersed accommodation (£408,000)":
        # labels, whatever the tagger made of their words
    verbs = [t for t in clause if t.tag_ in ("VBD", "VBZ", "VBP") or participle_clause(t)]
    said = {t.lemma_.lower() for t in a.doc[max(a.sentence.start, a.first - 4) : a.first]}
    if verbs and all(v.lemma_.lower() in said for v in verbs):
        return True  # "threshold met in 11, not met in 6": the item before's verb again
    # a label's last word read as a verb ("and the community grants scheme £0.5m", ",
    # schools 61") is not; a verb with a counted object is ("opened 874 incident records"),
    # the more so with a subject of its own ("– and a protocol safeguarded 31 tenants")
    return not any(
        v is not clause[-1] or (v is clause[0] or has_subject(v)) and b.meaning["core"]
        for v in verbs
    )


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def repeats_its_cue(a: Figure, between: Span) -> bool:
    """Whether "of which" opens the words between two parts as it opened the first's."""
    cue = [t.lower_ for t in between[:2]] == ["of", "which"]
    own = [t.lower_ for t in a.doc[max(a.sentence.start, a.first - 8) : a.first]]
    return cue and "which" in own and ":" in [t.text for t in between]


def is_subject(f: Figure) -> bool:
    """Whether the figure, or the noun it counts, is the subject of a verb."""
    noun = f.head.head if f.head.dep_ == "nummod" else f.head
    return noun.dep_ in ("nsubj", "nsubjpass")


def subject_of_its_own(a: Figure, b: Figure, between: Span) -> bool:
    """Whether b's verb has a subject of its own after the last ";" before it, and is not
    the verb of the item before ("..., of which 547 were repeats; health partners made 198
    referrals"): a clause of its own, not the list's next item ("Of the 96 cases, police
    referred 41; schools referred 30")."""
    semicolons = [t.i for t in between if t.text == ";"]
    verb, before = governing_verb(b.head), governing_verb(a.head)
    if verb is None or not semicolons or before is not None and before.lemma_ == verb.lemma_:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(semicolons[-1] < c.i < b.first and not c.like_num for c in subjects)


def contrasts(token: Token) -> bool:
    """A word setting a figure against another, not beside it in a list; a bare "v" or
    "vs" between two numbers ("(2,740 v 3,011)") too."""
    if token.lower_ in VERSUS and token.i + 1 < len(token.doc):
        return token.nbor(1).like_num
    if token.lower_ == "against" and victims_named_after(token):
        return False  # "violence against women and girls": a crime's name
    return token.lower_ in ("than", "against", "versus", "vs") or token.lemma_ == "compare"


CRIMES_AGAINST = {"woman", "women", "girl", "girls", "child", "children", "person", "property"}


def victims_named_after(against: Token) -> bool:
    """Whether "against" names whom a crime is against ("violence against women and
    girls", "offences against the person"), not what a figure is set against."""
    after = [t for t in against.doc[against.i + 1 : against.i + 3] if t.lower_ != "the"]
    return bool(after) and after[0].lower_ in CRIMES_AGAINST


def participle_clause(token: Token) -> bool:
    """A participle that opens a clause of its own after a comma (", resulting in 3
    revocations"), not an item's label (", smoking materials 21", "; staffing £224,000",
    "and funding for the six CSPs (£340,000)")."""
    if token.tag_ != "VBG" or token.dep_ not in ("acl", "advcl") or token.i == 0:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    labels = after is not None and (after.pos_ in ("NOUN", "PROPN") or after.tag_ == "$")
    return token.nbor(-1).text == "," and not labels


def hyphen(token: Token) -> bool:
    """A "-" inside a word ("target-hardening"), not a dash between a list's items."""
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not token.nbor(-1).whitespace_
    )


# --- The same figure twice --------------------------------------------------------------


def repeated_claims(figures: list[Figure]) -> list[Claim]:
    """A figure stated again in another sentence (the overview and the table): the same
    metric, noun, area and period, and the same value or a sentence about the same
    thing, so the report says the same thing twice."""
    first: dict[tuple, Figure] = {}
    claims = []
    for f in figures:
        if f.qualifier != "exact":
            continue
        key = (
            f.meaning["metric"].code,
            f.meaning["phrase"],
            f.meaning["areas"][0],
            f.meaning["period"],
            f.role,
        )
        if key not in first:
            first[key] = f
            continue
        earlier = first[key]
        same_words = earlier.value == f.value or (
            f.meaning["phrase"] and overlap(earlier.sentence, f.sentence) >= 0.5
        )
        if earlier.sentence.text != f.sentence.text and same_words:
            claims.append(Claim("repeated_figure", f, [("first", earlier)], f.sentence))
    return claims


def overlap(a: Span, b: Span) -> float:
    """How much of the shorter sentence's content words the other shares: a figure with
    a new value counts as the same figure only in a sentence about the same thing."""
    words = [{t.lemma_.lower() for t in s if t.is_alpha and not t.is_stop} for s in (a, b)]
    return len(words[0] & words[1]) / max(1, min(len(w) for w in words))
