"""Pass 1, figures: which numbers of a parsed sentence are measures, and their value,
unit, qualifier and whether they state a change.

Reads spaCy tokens only (lemmas, parts of speech, entities), never the raw text again.
Libraries do what they are made for: `phonenumbers` finds phone numbers, `word2number`
reads number words. What is left by hand is the genre's own grammar of figures:

- not a measure: dates, years and financial years; ages and school years; phone numbers;
  the base of a rate ("per 1,000 population"); list numbers; labels ("Phase 2",
  "Section 17"); compounds ("24/7", "1-2-1", "12-month"); time windows and frequencies
  ("within 48 hours", "7 days a week");
- units: `count`, `percent`, `percentage_points`, `gbp` (scaled: "£3.4 million" is
  3400000), `hours`, `days`, `weeks`, `months`, `minutes`, `seconds`, `tonnes`, `kg`,
  `rank`, and rates `per_1000_population`, `per_100000_population`, `per_<noun>`;
- qualifiers: exact, more_than, less_than, approximately, average;
- a change: "fell by 12%", "a 30% reduction", "2,588 fewer", "up 3 percentage points".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import takewhile

import phonenumbers
from spacy.tokens import Doc, Span, Token
from word2number import w2n

from transform.nlp import text_of

DIGITS = re.compile(
    r"^(?P<sign>[-+−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[a-z%]*)$",
    re.I,
)
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9}
SCALES |= {"billion": 1e9}
NUMBER_WORDS = set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand""".split()
)
CALLS = {"call", "ring", "dial", "phone", "text", "contact", "on", "via", "or"}
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
ORDINAL_WORDS |= {"eighth": 8, "ninth": 9, "tenth": 10}  # "the second highest crime type"
MONTHS = set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
TIME_NOUNS = {"hour", "hr", "hrs", "day", "week", "month", "year", "yr", "minute", "min", "night"}
TIME_NOUNS |= {"second", "sec"}
OCCASIONS = {"night", "evening"}  # time nouns that count the occasions a service ran
TIME_UNITS = {"hour": "hours", "hr": "hours", "hrs": "hours", "h": "hours", "day": "days"}
TIME_UNITS |= {"week": "weeks", "month": "months", "minute": "minutes", "min": "minutes"}
TIME_UNITS |= {"second": "seconds", "sec": "seconds"}
SHARES = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}  # in %
SHARE_FOLLOWERS = {"of", "fewer", "more", "less", "lower", "higher", "down", "up"}
YEAR = re.compile(r"(19|20)\d\d([/-]\d\d(\d\d)?)?$")  # "2021", "2021/22"
WRITTEN = {"million", "billion"}  # a multiplier written as a word
SERVICE_WORDS = {"service", "line", "number", "abandonment", "non", "non-emergency", "system"}
SERVICE_WORDS |= {"caller"}  # "while 101 callers waited an average of 252 seconds"
SERVICE_WORDS |= {"wait", "waiting"}  # "the average 101 wait was 4 minutes"
PEOPLE_NOUNS = {"people", "person", "adult", "resident", "child", "woman", "man", "those"}
PEOPLE_NOUNS |= {"victim", "driver", "pupil", "individual", "patient", "client"}
PEOPLE_NOUNS |= {"occupant", "householder", "tenant"}
OFFENDERS = {"offender", "suspect", "perpetrator", "defendant"}
POPULATION = {"population", "resident", "people", "head", "inhabitant", "person", "capita"}
AMOUNTS = {"hours", "days", "weeks", "months", "minutes", "tonnes", "kg"}  # of time, weight
MASS_UNITS = {"tonne": "tonnes", "ton": "tonnes", "tonnes": "tonnes", "kg": "kg"}
MASS_UNITS |= {"kilogram": "kg", "kilo": "kg"}
SPAN_KINDS = {"working", "calendar", "school", "summer", "winter", "consecutive"}
VERSUS = {"versus", "vs", "vs.", "v", "v."}  # "(1,204 v 1,071)"
SET_BESIDE = {"compared", "against"} | VERSUS  # figures set beside each other
WINDOW_WORDS = {"within", "after", "for", "every", "each", "last", "past", "first", "next"}
WINDOW_WORDS |= {"per", "in", "up", "than", "least", "during", "until", "before", "previous"}
WINDOW_WORDS |= {"over", "throughout", "across", "rolling", "preceding"}
LEVEL_VERBS = {"stand", "remain", "be", "total", "peak", "reach", "settle", "average"}
LABEL_WORDS = set(
    """phase tier priority section level stage step part appendix page pages chapter article
    objective version room item covid q quarter wave round cohort ks unit floor block no
    programme project strand theme workstream operation op
    paragraph para recommendation action outcome option figure table chart annex schedule
    route junction grade band year years""".split()
)
TITLED_LABEL_WORDS = {"group"}  # "Group 1 e-learning"; not "ran the group 14 times"
STRUCTURAL = {"priority", "locality", "ward", "area", "district", "authority", "force"}
STRUCTURAL |= {"borough", "county", "theme", "strand", "pillar", "objective", "region"}
STRUCTURAL |= {"neighbourhood", "partnership", "council", "constituency"}
STRUCTURAL |= {"centre", "town", "city", "village", "estate", "hotspot", "zone"}  # "in the
# two centres": where, not how many
STRUCTURAL |= {"college", "beach", "road", "csp", "holiday"}  # "at the two colleges"
STRUCTURAL |= {"university", "campus"}
INSTITUTIONS = {"school", "academy"}  # "21 of the 22 secondary schools": all there are
AGE_WORDS = {"aged", "age", "ages", "ageing"}
AGE_GROUPS = {"population", "year", "yr", "olds", "cohort"}
# what a year names rather than counts: "against the 2022 baseline", "the 2021 census"
DATED_NOUNS = {"baseline", "census", "survey", "figure", "level", "data", "strategy", "plan"}
DATED_NOUNS |= {"review", "report", "peak", "benchmark", "assessment", "outturn", "position"}
DATED_NOUNS |= {"cohort", "campaign"}  # "the 2022 cohort": a group by its year
SUPERLATIVES = """lowest highest best worst largest smallest safest most least fewest biggest
    greatest top""".split()
DECREASE = set(
    """reduce reduction decrease fall drop decline down few fewer less low lower cut lessen
    shrink underspend underspent below saving short shortfall""".split()
)
INCREASE = set("increase rise up grow growth more high higher boost surge jump climb".split())
INCREASE |= {"additional", "further", "extra", "overspend", "overspent", "above", "uplift"}
INCREASE |= {"exceed", "raise"}
QUICKER = {"quicker", "faster", "sooner", "shorter"}  # "148 seconds quicker": a time that fell
SLOWER = {"slower", "longer"}
DECREASE |= QUICKER
INCREASE |= SLOWER
RAISING = {"raise", "lift", "boost"}  # change verbs only with "by": "raised £5,000" is a level
GAPS = {"beat", "miss", "outperform", "surpass", "overshoot", "undershoot", "outstrip"}  # "beating
# the target of 84 by five": a gap to a level, whose way the two levels tell
PHRASAL = {"make", "set", "take", "build", "pick", "end", "sign", "follow", "open", "back"}
PHRASAL |= {"join", "step", "break", "turn", "round", "shut", "close", "write", "bring"}
CHANGE_NOUNS = {"reduction", "decrease", "fall", "drop", "decline", "cut", "increase", "rise"}
CHANGE_NOUNS |= {"growth", "surge", "jump", "change", "improvement", "reduce"}
CHANGE_NOUNS |= {"difference", "underspend", "overspend", "variance", "uplift", "shortfall"}
CHANGE_NOUNS |= {"gap"}  # "against the expected 1,290, leaving a gap of 186"
CHANGE_NOUNS |= {"underspent", "overspent"}  # "£580 underspent", the participle tagged a noun
CHANGE_VERBS = {"reduce", "decrease", "fall", "drop", "decline", "cut", "increase", "rise"}
CHANGE_VERBS |= {"grow", "go", "climb", "jump", "improve", "lower", "change"}
CHANGE_VERBS |= {"exceed", "underspend", "underspent", "overspend", "overspent"}
QUALIFIERS = [  # (words right before the figure, qualifier); longest first
    ("at or below", "less_than"),  # "MARAC repeat rate at or below 30%"
    ("at or above", "more_than"),
    ("not exceeding", "less_than"),
    ("no more than", "less_than"),
    ("no fewer than", "more_than"),
    ("no less than", "more_than"),
    ("not more than", "less_than"),
    ("not fewer than", "more_than"),
    ("not less than", "more_than"),
    ("just over", "more_than"),
    ("just under", "less_than"),
    ("more than", "more_than"),
    ("greater than", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("at least", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("exceeding", "more_than"),
    ("exceeded", "more_than"),
    ("exceeds", "more_than"),
    ("fewer than", "less_than"),
    ("less than", "less_than"),
    ("up to", "less_than"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("in the region of", "approximately"),
    ("estimated at", "approximately"),
    ("capped at", "less_than"),  # "Each install is capped at £350"
    ("a minimum of", "more_than"),
    ("a maximum of", "less_than"),
    ("the minimum of", "exact"),  # "55 more than the minimum of 600": a level named
    ("the maximum of", "exact"),
    ("minimum of", "more_than"),  # "Minimum of 400 young people engaged"
    ("maximum of", "less_than"),
    ("an estimated", "approximately"),
    ("estimated", "approximately"),
    ("approximately", "approximately"),
    ("approx", "approximately"),
    ("approx.", "approximately"),
    ("around", "approximately"),
    ("about", "approximately"),
    ("almost", "approximately"),
    ("nearly", "approximately"),
    ("roughly", "approximately"),
    ("circa", "approximately"),
    ("c.", "approximately"),
    ("some", "approximately"),
    ("on average", "average"),
    ("an average of", "average"),
    ("average of", "average"),
    ("averaging", "average"),
    ("averaged", "average"),
]


@dataclass(eq=False)
class Figure:
    """A number in a sentence: tokens [first, last] of the number (a '£' and a scale word
    included), `unit_end` the token after its unit words. Later passes add meaning and
    claims to it."""

    sentence: Span
    first: int
    last: int
    unit_end: int
    value: float
    unit: str = "count"
    qualifier: str = "exact"
    measure: bool = True
    why: str | None = None  # why it is not a measure
    role: str = "level"  # level | change | percent_change
    direction: str | None = None  # increase | decrease, for a change
    meaning: dict = field(default_factory=dict)  # filled by transform.meaning

    @property
    def doc(self):
        return self.sentence.doc

    @cached_property  # asked often; a figure's tokens never change
    def span(self) -> Span:
        return self.doc[self.first : self.last + 1]

    @cached_property
    def head(self) -> Token:
        """The token carrying the number (the last one of "two hundred", "£3.4 million")."""
        numeric = [t for t in self.span if t.like_num or DIGITS.match(t.text)]
        return numeric[-1] if numeric else self.doc[self.last]

    @property
    def start(self) -> int:
        """Character offset in its sentence."""
        return self.doc[self.first].idx - self.sentence.start_char

    @property
    def end(self) -> int:
        token = self.doc[self.last]
        return token.idx + len(token) - self.sentence.start_char

    @property
    def text(self) -> str:
        return self.span.text


# --- Finding numbers --------------------------------------------------------------------


def is_number_word(token: Token) -> bool:
    if token.lower_ == "zero":
        return counts_none(token)
    return token.lower_ in NUMBER_WORDS and token.like_num


def counts_none(zero: Token) -> bool:
    """ "zero fire deaths", "fell to zero": a count of none; not "zero tolerance", "net
    zero", "Vision Zero", "zero-hours"."""
    doc = zero.doc
    after = doc[zero.i + 1] if zero.i + 1 < len(doc) else None
    before = doc[zero.i - 1] if zero.i > 0 else None
    if before is not None and before.lower_ in ("net", "vision", "absolute"):
        return False
    glued = after is not None and not zero.whitespace_ and after.text in ("-", "–")
    return not glued and (
        after is None or after.lower_ not in ("tolerance", "emission", "emissions")
    )


def numeric_tokens(sentence: Span) -> list[list[Token]]:
    """Runs of tokens that spell one number: "8,617", "twenty - five", "two hundred"."""
    runs: list[list[Token]] = []
    for token in sentence:
        digits = DIGITS.match(token.text)
        if digits:
            runs.append([token])
        elif is_share_word(token):
            start = token.i if token.lower_ == "half" else token.i - 1  # "a third"
            runs.append(list(token.doc[start : token.i + 1]))
        elif token.lower_ in ORDINAL_WORDS and ranks(token):
            runs.append([token])  # "the second highest", "third lowest"
        elif is_number_word(token):
            previous = runs[-1][-1] if runs else None
            joined = previous is not None and previous.i in (token.i - 1, token.i - 2)
            if joined and is_number_word(previous) and between_is_joiner(previous, token):
                runs[-1].append(token)
            else:
                runs.append([token])
    return runs


RATIO_WORDS = (["in"], ["in", "every"], ["out", "of", "every"])  # "one in four", "7 in every 10"
RATIO_BASES = {2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000}


def join_ratios(runs: list[list[Token]]) -> list[list[Token]]:
    """Two numbers joined as a ratio ("one in four residents", "seven in every 10 victims")
    become one run: a share, not two counts."""
    joined: list[list[Token]] = []
    for run in runs:
        if joined and ratio_gap(joined[-1], run) is not None and counts(joined[-1]):
            doc = run[0].doc
            joined[-1] = list(doc[joined[-1][0].i : run[-1].i + 1])
        else:
            joined.append(run)
    return joined


def counts(run: list[Token]) -> bool:
    """Whether the run can count on its own terms (not "Year 5 in 10 schools"; "one" is
    read as a pronoun only for want of a noun)."""
    figure = as_figure(run[0].sent, run)
    return figure is not None and (figure.measure or figure.why == "pronoun")


def ratio_gap(part: list[Token], base: list[Token]) -> list[str] | None:
    """The words joining two runs as a ratio, if they are one and the part is no more
    than the base."""
    doc = part[0].doc
    gap = [t.lower_ for t in doc[part[-1].i + 1 : base[0].i]]
    if gap not in RATIO_WORDS:
        return None
    (top, _), (bottom, _) = run_value(part), run_value(base)
    if top is None or bottom not in RATIO_BASES or top > bottom:
        return None
    return gap


def as_ratio(sentence: Span, run: list[Token]) -> Figure | None:
    """A ratio run as a share in per cent ("one in four" is 25%)."""
    words = [t.lower_ for t in run]
    cut = next((n for n, w in enumerate(words) if w in ("in", "out")), None)
    if cut is None or cut == 0:
        return None
    top_run = run[:cut]
    rest = [t for t in run[cut:] if t.lower_ not in ("in", "out", "of", "every")]
    (top, _), (bottom, _) = run_value(top_run), run_value(rest)
    if top is None or not bottom:
        return None
    figure = Figure(sentence, run[0].i, run[-1].i, run[-1].i + 1, round(100 * top / bottom, 1))
    figure.unit = "percent"
    figure.qualifier = qualifier_of(figure)
    figure.role, figure.direction = change_of(figure)
    return figure


def is_share_word(token: Token) -> bool:
    """A fraction said as a share or a change: "a third fewer", "fell by a quarter", "almost
    half of them", "nearly a third linked to ..."; not "the first half of the year", "a
    third consecutive year", "third-party", "half-term", nor "half (274)" (the bracket
    gives the number) or "half the England rate" (a multiple)."""
    word = token.lower_
    if word not in SHARES:
        return False
    before = token.doc[token.i - 1].lower_ if token.i > token.sent.start else None
    if word == "half":
        framed = before in ("first", "second", "last", "the", "each", "every", "a", "one")
        framed |= before in ("same", "this", "previous", "next")  # "in the same half of 2024/25"
        return not framed and share_follows(token)
    return before in ("a", "an") and share_follows(token)


def share_follows(token: Token) -> bool:
    """Whether the words after a fraction make it a share (see is_share_word)."""
    doc, end = token.doc, token.sent.end
    if token.i + 1 >= end:
        return True
    after = doc[token.i + 1]
    if not token.whitespace_ and after.text in ("-", "–"):
        return False  # "third-party", "half-term"
    if after.lower_ == "of":
        rest = doc[after.i + 1 : min(after.i + 4, end)]
        return not any(t.lemma_.lower() in TIME_NOUNS | {"season", "term"} for t in rest)
    if after.lower_ in SHARE_FOLLOWERS or after.pos_ in ("VERB", "AUX"):
        return True
    return after.is_punct and after.text not in ("(", "-", "–")


def as_share(sentence: Span, run: list[Token]) -> Figure | None:
    """A fraction run ("a third", "half") as a share in per cent. A fraction is a round
    figure: unless a word qualifies it, it is approximate."""
    word = run[-1].lower_
    if word not in SHARES or not is_share_word(run[-1]):
        return None
    figure = Figure(sentence, run[0].i, run[-1].i, run[-1].i + 1, SHARES[word])
    figure.unit = "percent"
    qualifier = qualifier_of(figure)
    figure.qualifier = "approximately" if qualifier == "exact" else qualifier
    figure.role, figure.direction = change_of(figure)
    return figure


def ranks(token: Token) -> bool:
    """Whether a superlative follows the word: a rank ("second highest in Hulme")."""
    after = token.doc[token.i + 1 : min(token.i + 3, token.sent.end)]
    return any(t.lower_ in SUPERLATIVES for t in after)


def between_is_joiner(a: Token, b: Token) -> bool:
    gap = a.doc[a.i + 1 : b.i]
    return all(t.text in ("-", "and") for t in gap)


def figures_in(sentence: Span) -> list[Figure]:
    """Every number of the sentence, measure or not, in order."""
    phones = phone_spans(sentence)
    figures = []
    for run in join_ratios(numeric_tokens(sentence)):
        figure = as_ratio(sentence, run) or as_share(sentence, run) or as_figure(sentence, run)
        if figure is None:
            continue
        if any(s <= figure.start < e for s, e in phones):
            figure.measure, figure.why = False, "phone"
        figures.append(figure)
    for before, figure in zip(figures, figures[1:]):
        measured = [f for f in figures if f.measure and f.first < figure.first][-1:]
        if measured and conjoined_change(measured[0], figure):  # "fell by 12% and 7%
            figure.role, figure.direction = measured[0].role, measured[0].direction  # ..."
        if target_of_change(before, figure):  # "a 21.6% reduction, short of the 25% target"
            figure.role, figure.direction = before.role, before.direction
        if more_of_the_same(before, figure):  # "gave 21,460 hours and ... a further 8,115"
            figure.unit = before.unit
        levels = [f for f in figures if f.measure and f.first < figure.first and f.role == "level"]
        levels = [f for f in levels if f.unit != "percent"]
        if levels and listed_bare(levels[-1], figure):  # "6,412 hours – 3,950 in Southport
            figure.unit = levels[-1].unit  # and 2,462 in Bootle –"
        if levels and compared_bare(levels[-1], figure):  # "21,760 hours ..., down 6.2%
            figure.unit = levels[-1].unit  # from 23,198 the previous year"
        rates = [f for f in figures if f.measure and f.first < figure.first]
        rates = [f for f in rates if f.unit.startswith("per_")]
        if rates and base_unnamed(figure) and size_of(rates[-1]) == size_of(figure):
            figure.unit = rates[-1].unit  # "7.4 per 1,000 households ..., a fall of 1.2 per
            # 1,000": the base the rate before named
        if rates and ranked_alike(rates[-1], figure):
            figure.unit = rates[-1].unit  # "the highest rate at 61.2 per 1,000, followed
            # by St Thomas at 39.8"
        if restates_a_change_by(before, figure):  # "and violence without injury by 2% (41
            figure.role = "percent_change" if figure.unit == "percent" else "change"
            figure.direction = before.direction  # offences) to 2,009"
    return figures


def base_unnamed(figure: Figure) -> bool:
    """Whether the figure is a rate "per" a number that no noun follows ("1.2 per 1,000")."""
    doc, at = figure.doc, figure.last + 1
    if not figure.unit.startswith("per_") or at + 1 >= figure.sentence.end:
        return False
    if doc[at].lower_ != "per" or not DIGITS.match(doc[at + 1].text):
        return False
    after = doc[at + 2] if at + 2 < figure.sentence.end else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def ranked_alike(rate: Figure, figure: Figure) -> bool:
    """Whether a bare count of a place stands "at" where a rate before it in its sentence
    stood, the next of a ranking with its base left out ("had the highest rate at 61.2
    per 1,000, ..., followed by St Thomas at 39.8")."""
    doc = figure.doc
    if figure.unit != "count" or figure.role != "level" or rate.sentence != figure.sentence:
        return False
    after = word_after(figure)
    if after is not None and not after.is_punct and after.lower_ not in ("and", "then"):
        return False
    at = [doc[f.first - 1].lower_ if f.first > f.sentence.start else "" for f in (rate, figure)]
    named = figure.first > figure.sentence.start + 1 and doc[figure.first - 2].pos_ == "PROPN"
    return at[0] == at[1] == "at" and named  # a place ranked, not "and arrests at 412"


def size_of(rate: Figure) -> str:
    """The number a rate is per ("per_1000_households" -> "1000")."""
    return rate.unit.split("_")[1] if rate.unit.count("_") > 1 else ""


def restates_a_change_by(before: Figure, figure: Figure) -> bool:
    """Whether a level in brackets right after a change "by" so much restates it in
    another unit: "by 2% (41 offences)"."""
    if not (before.measure and figure.measure) or before.role == "level":
        return False
    if figure.role != "level" or figure.unit == before.unit:
        return False
    doc = figure.doc
    between = [t.text for t in doc[before.unit_end : figure.first]]
    by = before.first > 0 and doc[before.first - 1].lower_ == "by"
    inside = [t.text for t in doc[figure.unit_end : min(figure.unit_end + 3, len(doc))]]
    closes = ")" in inside and all(t.isalpha() for t in inside[: inside.index(")")])
    return by and between == ["("] and closes  # not "(6,204 offences to 6,570)"


MEASURED = set(TIME_UNITS.values()) | set(MASS_UNITS.values())


def word_after(figure: Figure) -> Token | None:
    """The word right after the figure and its unit, in its sentence."""
    return figure.doc[figure.unit_end] if figure.unit_end < figure.sentence.end else None


def more_of_the_same(before: Figure, figure: Figure) -> bool:
    """Whether a bare count said to be "a further" or "another" is more of the unit the
    figure before it is in: "Specials gave 21,460 hours and coordinators a further 8,115"."""
    if not (before.measure and figure.measure) or before.unit not in MEASURED:
        return False
    doc = figure.doc
    words = [t.lower_ for t in doc[max(figure.sentence.start, figure.first - 2) : figure.first]]
    after = word_after(figure)
    bare = figure.unit == "count" and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    return bare and (
        words[-1:] == ["another"] or words[-2:] in (["a", "further"], ["an", "additional"])
    )


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def after_hours(level: Figure, figure: Figure) -> bool:
    """Whether a measure counted in nothing follows a level of hours or days ("87 school
    days, down 54 on the 141 lost"; not weeks, which may be a window)."""
    return figure.measure and level.unit in ("hours", "days") and figure.unit == "count"


def listed_bare(level: Figure, figure: Figure) -> bool:
    """Whether a bare count is an item of a list after a level of hours, its unit left
    out: "6,412 hours were completed – 3,950 in Southport and 2,462 in Bootle", "1,920
    hours clearing alleyways, 1,016 in parks and 448 at community centres"."""
    if not after_hours(level, figure):
        return False
    doc, after = figure.doc, word_after(figure)
    if after is None or after.lower_ not in ("in", "at", "on", "for", "across"):
        return False
    between = list(doc[level.unit_end : figure.first])
    breaks = [n for n, t in enumerate(between) if t.lower_ in (",", "–", "—", "and")]
    item = between[breaks[-1] + 1 :] if breaks else between  # the item's own words
    told = any(t.tag_ in FINITE_TAGS or t.dep_ in ("nsubj", "nsubjpass") for t in item)
    return bool(breaks) and not told


COMPARED_BY = {"from", "than", "with", "against", "versus", "on", "target", "aim", "baseline"}
COMPARED_BY |= {"short", "below", "above", "behind", "ahead"}  # "182 short of the 2,500"


def compared_bare(level: Figure, figure: Figure) -> bool:
    """Whether a bare count is the other side of a comparison with a level of hours before
    it, or a change of it, so in hours: "21,760 hours, down 6.2% from 23,198 the year
    before", "2,730 hours against a target of 3,000, a shortfall of 270"."""
    if not after_hours(level, figure):
        return False
    doc, after = figure.doc, word_after(figure)
    bare = after is None or after.pos_ not in ("NOUN", "PROPN") and after.lower_ != "to"
    words = {t.lower_ for t in doc[max(figure.sentence.start, figure.first - 4) : figure.first]}
    subjects = [t for t in doc[level.unit_end : figure.first] if t.dep_ in ("nsubj", "nsubjpass")]
    return bare and not subjects and (figure.role != "level" or bool(words & COMPARED_BY))


AIMS = {"target", "aim", "ambition", "goal"}


def target_of_change(before: Figure, figure: Figure) -> bool:
    """Whether a per cent level right after a percentage change is the change's target:
    "a 16.0% fall against the 15% aim", "(11.9%), beating the 10% target"."""
    if not (before.measure and figure.measure) or before.role != "percent_change":
        return False
    if figure.role != "level" or figure.unit != "percent":
        return False
    gap = list(figure.doc[before.unit_end : figure.first])
    return len(gap) <= 6 and not any(t.text == ";" for t in gap) and named_a_target(figure)


def named_a_target(figure: Figure) -> bool:
    """Whether a word right by the figure calls it a target: "the 15% aim", "a target of
    10%"."""
    doc, sentence = figure.doc, figure.sentence
    near = list(doc[max(sentence.start, figure.first - 3) : figure.first])
    near += list(doc[figure.unit_end : min(figure.unit_end + 1, sentence.end)])
    return any(t.lemma_.lower() in AIMS for t in near)


def conjoined_change(before: Figure, figure: Figure) -> bool:
    """Whether a level is the second of two changes a change word states together:
    "fell by 12% and 7%", "were down 8% and 11% respectively" (the second conjoined to
    the first, or sharing its head), not "rose to 412 and 188" or "fell 9%, and 7% of"."""
    if not (before.measure and figure.measure) or before.role == "level":
        return False
    if figure.role != "level" or figure.unit != before.unit:
        return False
    between = list(figure.doc[before.unit_end : figure.first])
    gap = [t.lower_ for t in between]
    if of_a_year(between) and of_a_year(list(figure.doc[figure.unit_end : figure.unit_end + 2])):
        return gap[2:] in (["and"], [","], [",", "and"])  # "down 2.4% in 2023 and 5.1% in 2024"
    if gap not in (["and"], [","], ["or"], [",", "and"]):
        return False
    a, b = before.doc[before.unit_end - 1], figure.doc[figure.unit_end - 1]
    return (b.dep_ == "conj" and b.head == a) or (b.head == a.head and b.dep_ == a.dep_)


def phone_spans(sentence: Span) -> list[tuple[int, int]]:
    """Where phone numbers stand, by `phonenumbers` (UK numbers as the reports print them:
    a national number starts with 0 or +44), and short numbers one is told to call
    ("call 101", "ring 999")."""
    leniency = phonenumbers.Leniency.POSSIBLE
    found = [
        (m.start, m.end)
        for m in phonenumbers.PhoneNumberMatcher(sentence.text, "GB", leniency=leniency)
        if m.raw_string.lstrip("(").startswith(("0", "+44")) and not inside_number(sentence, m)
    ]
    for token in sentence:
        if is_service_number(token):
            found.append((token.idx - sentence.start_char, token.idx + 3 - sentence.start_char))
    return found


def inside_number(sentence: Span, match) -> bool:
    """Whether a match starts inside a number ("Rate per 1,000 24.5": "000 24" is no
    phone number)."""
    before = sentence.text[match.start - 1] if match.start > 0 else " "
    return before.isdigit() or before in ",."


def is_service_number(token: Token) -> bool:
    """ "call 101", "ring 999", "999 calls", "non-emergency 101 calls": the number, not a
    count."""
    if token.text not in ("101", "999", "111", "112"):
        return False
    before = token.nbor(-1) if token.i > token.sent.start else None
    after = token.nbor(1) if token.i + 1 < token.sent.end else None
    if before is not None and (before.lemma_.lower() in CALLS or before.lower_ == "non-emergency"):
        joined = before.lower_ in ("or", "on", "via")  # "call 999 or 101", "on 101"; but
        return not (joined and counts_a_noun(token))  # "or 111 less ASB incidents" a count
    if after is not None and after.lemma_.lower() in SERVICE_WORDS:
        return True  # "the 101 service", "the 101 abandonment rate", "the 999 line"
    opens = before is None or before.text in (";", "|", "(", ",")  # "(999: 38,205; 101: 74,435)"
    labels = opens and after is not None and after.text in ("|", ":")
    if labels and any(t.lemma_.lower() in ("call", "caller") for t in token.sent):
        return True  # "Calls received | 2022/23 | 2023/24; 999 | 312,460 | 298,115": a row's line
    called = after is not None and after.lemma_.lower() in ("call", "emergency")
    if before is not None and before.lower_ == "emergency" and token.i - 2 >= token.sent.start:
        # "non-emergency 101 calls", tokenised apart; "22,930 emergency 999 calls"
        return token.nbor(-2).text == "-" or called
    if before is not None and before.lower_ == "to" and token.i - 2 >= token.sent.start:
        return token.nbor(-2).lemma_.lower() == "call"  # "Calls to 101 fell by 12%"
    emergency = token.text in ("999", "112")  # "999 calls" is the line; "received 101 calls"
    emergency |= before is not None and before.lower_ in ("a", "the", "each", "every", "per")
    return emergency and called


def counts_a_noun(token: Token) -> bool:
    """Whether the number counts the noun it modifies, one that is no call or line."""
    noun = token.head
    words = {"call", "caller"} | SERVICE_WORDS
    return token.dep_ == "nummod" and noun.pos_ == "NOUN" and noun.lemma_.lower() not in words


def as_figure(sentence: Span, run: list[Token]) -> Figure | None:
    doc = sentence.doc
    first, last = run[0].i, run[-1].i
    value, suffix = run_value(run)
    if value is None:
        return None
    if first > sentence.start and doc[first - 1].text in ("£", "$", "€"):
        first -= 1
    after = last + 1
    scale = SCALES.get(suffix) or (
        SCALES.get(doc[after].lower_.rstrip(".")) if after < sentence.end and not suffix else None
    )  # "£0.4m." may end the sentence
    # "0.5m tonnes": a multiplier glued on scales any figure, not only money
    glued = scale is not None and not suffix and not doc[last].whitespace_
    written = scale is not None and after < sentence.end and doc[after].lower_ in WRITTEN
    if suffix == "p":
        value = round(value / 100, 6)  # "about 29p a week": pence are hundredths of a pound
    if scale and (doc[first].text == "£" or suffix or glued or written):
        value = round(value * scale, 6)  # 4.1 * 1e6 is 4099999.9999999995 in floats
        if not suffix:
            last = after
    figure = Figure(sentence, first, last, last + 1, value)
    figure.unit, figure.unit_end = unit_of(figure, suffix)
    why = not_a_measure(figure, run, suffix)
    if why:
        figure.measure, figure.why = False, why
        return figure
    figure.qualifier = qualifier_of(figure)
    figure.role, figure.direction = change_of(figure)
    return figure


def run_value(run: list[Token]) -> tuple[float | None, str]:
    if len(run) == 1 and (m := DIGITS.match(run[0].text)):
        return float(m.group("num").replace(",", "")), m.group("suffix").lower()
    if len(run) == 1 and run[0].lower_ in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[run[0].lower_]), "th"  # a rank's word: "second"
    words = " ".join(t.lower_ for t in run if t.text != "-")
    try:
        return float(w2n.word_to_num(words)), ""
    except ValueError:
        return None, ""


# --- Measure or not ---------------------------------------------------------------------


def per_cent_after(token: Token, suffix: str) -> bool:
    """Whether the number is in per cent, by its suffix or a "%" glued to it."""
    doc = token.doc
    glued = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "%"
    return suffix == "%" or glued


def not_a_measure(figure: Figure, run: list[Token], suffix: str) -> str | None:
    """Why this number is not a measure, or None when it is one."""
    doc, sentence = figure.doc, figure.sentence
    token, first = run[0], figure.first
    prev = doc[first - 1] if first > sentence.start else None
    prev2 = doc[first - 2] if first - 1 > sentence.start else None
    nxt = doc[run[-1].i + 1] if run[-1].i + 1 < sentence.end else None
    text = token.text
    if suffix not in ("", "%", "k", "m", "bn", "mn", "p", "st", "nd", "rd", "th", "hrs", "hr", "h"):
        return {"s": "age", "am": "time", "pm": "time"}.get(suffix, "label")
    joined_before = prev is not None and not prev.whitespace_ and prev.text in "-/–:"
    if joined_before and not is_sign(prev):
        if prev2 is None or not DIGITS.match(prev2.text):
            return "compound"
        if not (prev.text in ("-", "–") and per_cent_after(run[-1], suffix)):
            return "range"  # "aged 13-17"; but "a range of 28-40%" is of shares
    glued_after = nxt is not None and not run[-1].whitespace_ and not nxt.whitespace_
    if glued_after and nxt.text in ("-", "/", "–", ":"):
        after = doc[nxt.i + 1] if nxt.i + 1 < sentence.end else None
        shares = after is not None and nxt.text in ("-", "–") and per_cent_after(after, "")
        if after is not None and (DIGITS.match(after.text) or after.like_num) and not shares:
            return "range"
        if after is not None and after.lemma_.lower() in TIME_NOUNS | {"old"}:
            return "compound"  # "12-month programme", "16-year-old"
        if after is not None and nxt.text == "-" and describes_a_noun(after):
            return "compound"  # "a four-step escalation", "a 10-point plan"
    if "/" in text or re.fullmatch(r"\d+(-\d+)+", text):
        return "compound"
    numeral = text.isdigit() and first == token.i  # no "£", no decimals
    if first == sentence.start and nxt is not None and nxt.text in (".", ")") and numeral:
        return "list_number"  # "1. Reduce ...", not "...on last year's\n£280.79."
    if prev is not None and prev.text in (":", ";") and numbers_an_item(figure, nxt):
        return "list_number"  # "Knife crime: 1) assemblies ...; 2) 2 surrender bins"
    if is_list_item(figure, prev, nxt):
        return "list_number"
    if is_structural(figure, prev) or a_top_few(token, prev, nxt) or names_its_list(run):
        return "structural"
    if is_address(figure):
        return "address"
    if defines_a_row(figure):
        return "definition"
    if is_suppression_threshold(figure, prev):
        return "threshold"
    if suffix in ("am", "pm") or nxt is not None and nxt.lower_ in ("am", "pm", "a.m.", "p.m."):
        return "time"
    if is_year(figure, token, suffix):
        return "year"
    after_a_range = prev is not None and month_range(prev)  # "April–June 26": a quarter's
    if (prev is not None and prev.lower_.rstrip(".") in MONTHS and not after_a_range) or (
        nxt is not None and nxt.lower_.rstrip(".") in MONTHS
    ):
        return "date"
    if preceded_by(figure, {"per"}, within=2) and not after_a_base(figure):
        return "rate_base"
    if figure.first >= 2 and is_per(figure.doc[figure.first - 1]):
        return "rate_base"  # "7.0 for every 1,000 residents"
    if is_age(figure, prev, nxt):
        return "age"
    labelled = prev is not None and label_word(prev) and not a_time(prev)
    labelled |= prev is not None and prev.lower_ == "to" and labelled_range(prev)  # "5 to 7"
    labelled &= not re.match(r"[£$€]|\d{1,3}(,\d{3})+", figure.text)  # "sports projects
    if labelled and not a_cells_value(prev, nxt):  # £410,000": an amount numbers nothing
        if not prev.lower_.startswith("year"):
            return "label"
        if figure.value <= 13:  # "Year 9"; not "| Year 305 |", a table's cell
            return "school_year"
    if is_school_year_list(figure):
        return "school_year"
    if numbers_a_name(figure, prev, prev2, nxt) or a_point_in_time(prev, prev2, nxt):
        return "label"
    if suffix in ("st", "nd", "rd", "th") or token.ent_type_ == "ORDINAL":
        return None if is_rank(figure) else "ordinal"
    if is_time_window(figure):
        return "time_window"
    if is_schedule(figure):
        return "schedule"
    if is_threshold(figure):
        return "threshold"
    if token.lower_ == "one" and not is_counting_one(figure):
        return "pronoun"
    if token.ent_type_ == "DATE" and not figure_has_unit_noun(figure) and names_a_month(token):
        return None if after_a_range else "date"
    return None


STREETS = set(
    """street road lane avenue way drive place square close crescent terrace row parade walk
    gardens court precinct""".split()
)


def numbers_a_name(figure: Figure, prev, prev2, nxt) -> bool:
    """A small number ending a capitalised name, a singular noun after it: "Safer Streets 4
    funding", "Safer Streets 3 bid" (the round of a programme, not a count)."""
    if prev is None or prev2 is None or nxt is None or not figure.text.isdigit():
        return False
    named = prev.is_title and prev2.is_title and prev.is_alpha and prev2.is_alpha
    return named and int(figure.text) <= 20 and nxt.tag_ == "NN" and nxt.is_lower


def a_point_in_time(prev, prev2, nxt) -> bool:
    """A number naming the month, week or day of a scheme's run at which something stood:
    "At month 6, £176,900 had been spent", "7 dropped out before week 4." (not "During
    Operation Sceptre week 318 knives were handed in")."""
    if prev is None or prev2 is None or prev.lower_ not in ("month", "week", "day"):
        return False
    return prev2.pos_ == "ADP" and (nxt is None or nxt.is_punct)


def defines_a_row(figure: Figure) -> bool:
    """A number in brackets in the label cell of a table's row ("Repeat callers (3+ calls
    in 12 months) | 311 | 344"): it says what the row counts."""
    start = line_start(figure)
    line = text_of(figure.doc)[start:].split("\n")[0]
    at = figure.doc[figure.first].idx - start
    label, bar, _ = line.partition("|")
    opened = label.rfind("(", 0, at)
    if not bar or at >= len(label) or opened < label.rfind(")", 0, at):
        return False
    return not any(c.isdigit() or c == ":" for c in label[:opened])  # not "Referrals: 312
    # (target 300) | Engaged: 241": a cell's own figure and its aim


def line_start(figure: Figure) -> int:
    """Where the figure's line starts in its text."""
    return text_of(figure.doc).rfind("\n", 0, figure.doc[figure.first].idx) + 1


def month_range(month: Token) -> bool:
    """Whether the month ends a range of months ("April–June 26": a quarter's figure, not
    the 26th of June)."""
    if month.i - 2 < month.sent.start or month.lower_.rstrip(".") not in MONTHS:
        return False
    dash, first = month.nbor(-1), month.nbor(-2)
    return dash.text in ("–", "-", "to") and first.lower_.rstrip(".") in MONTHS


def a_top_few(token: Token, prev: Token | None, nxt: Token | None) -> bool:
    """ "the top 10 ASB hotspots", "the two largest groups": how many of a ranking are
    named, not a measure (but "the 3rd largest" is a rank)."""
    ordinal = token.ent_type_ == "ORDINAL" or token.lower_.endswith(("st", "nd", "rd", "th"))
    if prev is None or nxt is None or ordinal:
        return False
    return prev.lower_ == "top" or prev.lower_ == "the" and nxt.tag_ == "JJS"


def is_address(figure: Figure) -> bool:
    """A house number: "at 12 Henblas Street, Wrexham", "41 Market Street" (title-case
    words ending in a kind of street, with no noun after them that the number counts)."""
    doc, end = figure.doc, figure.sentence.end
    after = doc[figure.unit_end : min(figure.unit_end + 4, end)]
    name = list(takewhile(lambda t: t.is_title, after))
    if not name or name[-1].lower_ not in STREETS or figure.unit != "count":
        return False  # not "Our 54 Street Pastors"
    after = name[-1].i + 1
    return after >= end or doc[after].pos_ != "NOUN"  # not "12 High Street shops"


def is_suppression_threshold(figure: Figure, prev: Token | None) -> bool:
    """ "Numbers below 5 are suppressed": the threshold of a table's disclosure rule."""
    below = prev is not None and prev.lower_ in ("below", "under", "than")
    return below and any(t.lemma_.lower() == "suppress" for t in figure.sentence)


def label_word(token: Token) -> bool:
    """ "Section 17", "Sections 5 to 7", "Phase 2", "Group 1": a word that numbers what
    follows it."""
    word = token.lower_.rstrip(".")
    titled = token.is_title and word in TITLED_LABEL_WORDS
    return titled or bool({word, word.removesuffix("s")} & LABEL_WORDS)


def labelled_range(to: Token) -> bool:
    """Whether "to" ends a range whose start a label word numbers ("Sections 5 to 7")."""
    start = to.i - 1
    return start - 1 >= to.sent.start and to.doc[start].like_num and label_word(to.doc[start - 1])


def after_a_base(figure: Figure) -> bool:
    """Whether the figure follows a rate's base, as a scorecard puts it: "Rate per 1,000
    24.5" (the base is the number right after "per")."""
    doc = figure.doc
    return (
        figure.first >= 2
        and doc[figure.first - 2].lower_ == "per"
        and doc[figure.first - 1].like_num
    )


def is_structural(figure: Figure, prev: Token | None) -> bool:
    """A count of the report's own frame, not a measure: "across the three localities",
    "our four priorities", "of the 22 Welsh local authorities"."""
    frames = ("the", "our", "its", "their", "these", "all", "of", "'s", "’s")  # "the force's
    if prev is None or prev.lower_ not in frames:  # four counties"
        return False
    of_the = prev.lower_ == "the" and prev.i > 0 and prev.doc[prev.i - 1].lower_ == "of"
    prev = prev.doc[prev.i - 1] if of_the else prev
    if prev.lower_ == "of" and after_a_rank(prev):
        return True  # "9th of 15 in its Most Similar Group", "1st of the 12 in the county"
    counted = figure.head.head if figure.head.dep_ == "nummod" else None
    while counted is not None and counted.dep_ == "compound" and counted.head.i > counted.i:
        counted = counted.head  # "the 32 London boroughs"
    if counted is None:
        return False
    kinds = STRUCTURAL | (INSTITUTIONS if of_the and a_part_before(prev) else set())
    return bool(singular_forms(counted) & kinds)


def a_part_before(of: Token) -> bool:
    """Whether a number stands just before "of the" ("21 of the 22 secondary schools")."""
    return of.i > of.sent.start and of.doc[of.i - 1].like_num


LIST_ENDS = {";", ".", "which", "together", "–", "—"}


def names_its_list(run: list[Token]) -> bool:
    """Whether the number counts the items of the list its noun opens, each with a figure
    of its own ("split across three risk bands: 42 red, 77 amber and 67 green",
    "concentrated in three wards: Woodside (338), ..."): the list's frame, not a measure
    (not "12 cases: 7 from police and 5 from schools", whose items add up to it)."""
    value, _ = run_value(run)
    noun = run[-1].head if run[-1].dep_ == "nummod" else None
    doc = run[0].doc
    if value is None or noun is None or noun.tag_ not in ("NNS", "NNPS") or value > 12:
        return False
    colon = noun.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return False
    items = []
    for token in doc[colon + 1 : noun.sent.end]:
        if token.lower_ in LIST_ENDS:
            break
        amount, _ = run_value([token]) if token.like_num else (None, "")
        items += [amount] if amount is not None else []
    return len(items) == value and sum(items) != value


def after_a_rank(of: Token) -> bool:
    """Whether a rank stands before the "of" ("9th of 15", "1st of 150", "ranked 7 out of
    8")."""
    at = of.i - 1 - (of.i > 0 and of.doc[of.i - 1].lower_ == "out")
    before = of.doc[at] if at >= of.sent.start else None
    if before is None:
        return False
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)", before.lower_)) or placed(before)


def placed(number: Token) -> bool:
    """Whether the number is a place a verb of ranking gives ("ranked 7 out of 8")."""
    before = number.doc[number.i - 1] if number.i > number.sent.start else None
    return before is not None and before.lower_ in ("ranked", "placed", "ranking")


def singular_forms(noun: Token) -> set[str]:
    """The noun's lemma, and for a proper noun the parser leaves plural ("Community Safety
    Partnerships"), its singular."""
    lemma = noun.lemma_.lower()
    return {lemma, lemma.removesuffix("s"), lemma.removesuffix("ies") + "y"}


def numbers_an_item(figure: Figure, nxt: Token | None) -> bool:
    """Whether the number, closed by "." or ")", numbers one of a run of items, its
    neighbour numbered the same way ("...: 1) assemblies ...; 2) surrender bins")."""
    if nxt is None or nxt.text not in (".", ")") or nxt.whitespace_ == "":
        return False
    number = item_number(figure)
    if number is None:
        return False
    sentence = figure.sentence  # "1. Protecting ...; 2. Reducing": the parser may end a
    start = max(0, sentence.start_char - 200)  # sentence at "1."
    text = text_of(figure.doc)[start : sentence.end_char + 200]
    return any(f"{number + d}{nxt.text} " in text for d in (-1, 1) if number + d > 0)


def item_number(figure: Figure) -> int | None:
    """The figure's value, if small and whole enough to number an item of a list."""
    value, _ = run_value([figure.head])
    return int(value) if value is not None and value == int(value) and value <= 20 else None


def is_list_item(figure: Figure, prev: Token | None, nxt: Token | None) -> bool:
    """ "(1) prevent harm, (2) protect victims and (3) pursue offenders": numbered items,
    each in brackets, one after another, each opening its item (not "health (11), police
    (6), housing (4) and the partnership (3)", counts after their items)."""
    if prev is None or nxt is None or (prev.text, nxt.text) != ("(", ")"):
        return False
    item = figure.doc[nxt.i + 1] if nxt.i + 1 < figure.sentence.end else None
    if item is None or item.is_punct or item.lower_ in ("and", "or"):
        return False
    number = item_number(figure)
    if number is None:
        return False
    text = figure.sentence.text.replace(" ", "")
    return f"({number + 1})" in text or f"({number - 1})" in text


def describes_a_noun(word: Token) -> bool:
    """Whether a word hyphened to a number makes with it a modifier of the noun after it
    ("four-step escalation"), not a count of the word itself ("12-strong")."""
    after = word.nbor(1) if word.i + 1 < word.sent.end else None
    unit = word.lemma_.lower() in ("point", "percent", "pence", "pound")  # "a 9-point rise"
    changed = after is not None and after.lemma_.lower() in CHANGE_NOUNS  # "that 46-offence
    # rise": the change, in what it counts
    return (
        word.tag_ == "NN"
        and not unit
        and not changed
        and after is not None
        and after.pos_ == "NOUN"
    )


def names_a_month(token: Token) -> bool:
    """Whether the DATE entity the token stands in names a month ("the 3rd of March")."""
    entity = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    return any(t.lower_.rstrip(".") in MONTHS for t in entity)


def is_sign(token: Token) -> bool:
    """A '+' or '-' written as the sign of a change: "(-12.6%)", "+8.1%"."""
    if token.text not in ("-", "+", "−", "–"):
        return False
    before = token.nbor(-1) if token.i > token.sent.start else None
    return before is None or before.whitespace_ or before.text in ("(", "[")


def preceded_by(figure: Figure, words: set[str], within: int) -> bool:
    start = max(figure.sentence.start, figure.first - within)
    return any(t.lower_ in words for t in figure.doc[start : figure.first])


def is_year(figure: Figure, token: Token, suffix: str) -> bool:
    if suffix or "," in token.text or not re.fullmatch(r"(19[5-9]\d|20[0-4]\d)", token.text):
        return False
    if figure.doc[figure.first].text == "£":
        return False
    head = token.head
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.is_title and nxt.i < figure.sentence.end:
        return True  # "the 2022 Residents' Survey"
    counts_a_thing = token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > token.i
    dated = nxt is not None and nxt.lemma_.lower() in DATED_NOUNS  # "the 2022 baseline"
    dated |= head.dep_ == "poss" and head.head.lemma_.lower() in DATED_NOUNS  # "the 2023
    # residents' survey": the survey's year, not 2,023 residents
    dated |= counts_a_thing and head.lemma_.lower() in DATED_NOUNS  # "the 2020 community
    # safety survey"
    return not counts_a_thing or head.lemma_.lower() in TIME_NOUNS or dated


def is_age(figure: Figure, prev: Token | None, nxt: Token | None) -> bool:
    doc, sentence = figure.doc, figure.sentence
    if prev is not None and prev.lower_ in AGE_WORDS:
        return True
    if preceded_by(figure, AGE_WORDS, within=3) and doc[figure.first - 1].lower_ in (
        "to",
        "and",
        "between",
        "-",
        "under",
        "over",
        "or",
    ):
        return True
    if group_over(figure, prev, nxt) or counted_over(figure, prev, nxt):
        return True  # "Visits to people over 65", "residents under 18", "40 were under 18"
    rest = [t.lower_ for t in doc[figure.last + 1 : min(figure.last + 4, sentence.end)]]
    if rest[:2] in (["year", "old"], ["years", "old"], ["-", "year"], ["yrs", "old"]):
        return True
    if age_range(figure) or said_of_an_age(figure):
        return True
    return bool(rest[:1] == ["year"] and rest[1:2] == ["-"])  # "16 year-olds"


def said_of_an_age(figure: Figure) -> bool:
    """ "the most common age was 17", "ages ranged from 13 to 81": the number is what a
    verb says of an age."""
    token = figure.head
    while token.dep_ in ("quantmod", "pobj", "prep", "attr", "acomp") and token.head is not token:
        token = token.head
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.i > figure.sentence.start:
        subjects.append(token.nbor(-1))  # "and the most common age was 17", misparsed
    return any(s.lemma_.lower() == "age" or s.lower_ == "ages" for s in subjects)


def group_over(figure: Figure, prev: Token | None, nxt: Token | None) -> bool:
    """ "people over 65": a group of people over or under an age, not "over 65 people"."""
    if prev is None or prev.lower_ not in ("over", "under") or prev.i == figure.sentence.start:
        return False
    group = prev.nbor(-1).lemma_.lower() in PEOPLE_NOUNS
    return group and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


def counted_over(figure: Figure, prev: Token | None, nxt: Token | None) -> bool:
    """ "376 (17%) were under 18", "12 of them were over 65": counted people said to be
    over or under an age, not a level over or under a threshold ("calls were under 400")."""
    if prev is None or prev.lower_ not in ("over", "under") or prev.i < figure.sentence.start + 2:
        return False
    verb, subject = prev.nbor(-1), prev.nbor(-2)
    of_them = subject.lower_ == "of" and verb.lower_ in ("them", "whom")  # "102 of them under 18"
    counted = subject.like_num or subject.text == ")" or subject.lower_ in ("them", "whom")
    counted |= subject.lemma_.lower() in PEOPLE_NOUNS | OFFENDERS  # "where the victim was
    # under 25"
    plain = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")
    return (verb.lemma_ == "be" and counted or of_them) and plain and figure.value < 100


def age_range(figure: Figure) -> bool:
    """Either end of an age band before the group it ages: "a 10 to 17 population",
    "10-17 year olds"."""
    doc, sentence = figure.doc, figure.sentence
    window = doc[max(sentence.start, figure.first - 2) : min(figure.last + 5, sentence.end)]
    words = [t.lower_ for t in window]
    for n in range(len(words) - 3):
        low, joiner, high, group = window[n : n + 4]
        if figure.first not in (low.i, high.i) or not (low.like_num and high.like_num):
            continue
        if joiner.lower_ not in ("to", "-", "and") or group.lemma_.lower() not in AGE_GROUPS:
            continue
        after = doc[group.i + 1] if group.i + 1 < sentence.end else None
        if (
            group.lemma_.lower() in ("population", "cohort")
            or after is not None
            and (after.lower_ in ("old", "olds"))
        ):
            return True  # "10 to 17 year olds", not "from 88 to 121 year on year"
    return False


def a_cells_value(word: Token, nxt: Token | None) -> bool:
    """Whether the number ends a table cell whose words end in a lower-case label word:
    a value ("| No further action 512 |"), not a label ("Action 3:", "| Phase 2 |")."""
    return word.text.islower() and (nxt is None or nxt.text == "|")


def a_time(word: Token) -> bool:
    """ "Last year 1,502 people ...", "During the year 17 were issued": a time, not a
    label's word ("every Year 9 pupil")."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and before.lower_ == "the" and word.text.islower():
        return True  # "the year 17": a school year is "Year 9"
    return before is not None and before.lower_ in ("last", "this", "next", "per")


def is_school_year_list(figure: Figure) -> bool:
    """The second number of "Years 10 and 11"."""
    doc, at = figure.doc, figure.first
    if at - 3 < figure.sentence.start:
        return False
    joined = doc[at - 1].lower_ in ("and", "to", "&") and doc[at - 2].like_num
    return joined and doc[at - 3].lower_ in ("years", "year")  # not "third year, to 612"


def is_rank(figure: Figure) -> bool:
    after = figure.doc[figure.last + 1 : min(figure.last + 4, figure.sentence.end)]
    words = [t.lower_ for t in after]
    of = 2 if words[:2] == ["of", "the"] else 1  # "9th of 15", "1st of the 12 in the county"
    out_of = words[:1] == ["of"] and len(after) > of and after[of].like_num
    among = words[:1] in (["in"], ["among"]) and ranked_by_verb(figure)  # "ranking it 11th in
    return (
        out_of or among or any(w in SUPERLATIVES or w in ("place", "position") for w in words[:2])
    )


def ranked_by_verb(figure: Figure) -> bool:
    """Whether a verb of ranking places the ordinal ("ranking it 11th in London", "placing
    the force 2nd in its most similar group")."""
    before = figure.doc[max(figure.sentence.start, figure.first - 4) : figure.first]
    return any(t.lemma_.lower() in ("rank", "place", "position") for t in before)


def is_counting_one(figure: Figure) -> bool:
    """ "one" counts only as a number of something: "from one to three", "one arrest"."""
    token = figure.doc[figure.first]
    nxt = figure.doc[token.i + 1] if token.i + 1 < figure.sentence.end else None
    if preceded_by(figure, {"from"}, within=1) and nxt is not None and nxt.lower_ == "to":
        return True
    earlier = [t for t in figure.sentence if t.i < token.i and (DIGITS.match(t.text) or t.like_num)]
    if earlier and preceded_by(figure, {"and", ",", "or", ";"}, within=1) and nxt_not_of(nxt):
        return True  # "15 were completed, three partially and one has not started"
    named = nxt is not None and nxt.dep_ in ("compound", "amod") and nxt.head.pos_ == "NOUN"
    if named and nxt.head.i > nxt.i:
        return True  # "One premises licence was reviewed", "premises" tagged a verb
    later = [t for t in figure.sentence if t.i > token.i and (DIGITS.match(t.text) or t.like_num)]
    if later and nxt is not None and nxt.tag_ == "VBN":
        return True  # "with one revoked and three given extra conditions"
    return (
        token.dep_ == "nummod"
        and token.head.i > token.i
        and token.head.lemma_.lower() not in TIME_NOUNS
        and not (nxt is not None and nxt.lower_ in ("of", "-", "to"))
    )


def nxt_not_of(nxt: Token | None) -> bool:
    return nxt is None or nxt.lower_ not in ("of", "-", "another", "other")  # "one of them"


def figure_has_unit_noun(figure: Figure) -> bool:
    durations = ("hours", "days", "weeks", "months", "minutes", "seconds")
    return figure.unit in durations or figure.unit.startswith("per_")


SCHEDULED = {"evening", "morning", "afternoon", "night", "session", "patrol", "shift", "time"}
SCHEDULE_PERIODS = {"week", "night", "fortnight", "weekend", "month"}


def is_schedule(figure: Figure) -> bool:
    """How often a service runs ("patrolled on 3 evenings a week", "four dedicated patrol
    nights a month", "3 sessions a week"), not how much it did: a few occasions in each week
    or month ("36 cases a month" and "30 staff a quarter" are counted)."""
    doc, end = figure.doc, figure.sentence.end
    if figure.value > 10:
        return False
    for noun in doc[figure.last + 1 : min(figure.last + 8, end - 2)]:
        if noun.pos_ not in ("NOUN", "PROPN", "ADJ") and noun.dep_ != "amod" and noun.text != "-":
            return False  # "3 officers visited on evenings", "two workers out five mornings"
        every, period = doc[noun.i + 1], doc[noun.i + 2]
        if (
            noun.lemma_.lower() in SCHEDULED
            and every.lower_ in ("a", "an", "per", "each", "every")
            and period.lemma_.lower() in SCHEDULE_PERIODS
        ):
            return True
    return False


AT_LEAST_AFTER = (["or", "more"], ["or", "over"], ["or", "above"])
BARS = {"threshold", "rated", "scored", "graded"}  # "the threshold is three or more", "rated 7"


def is_threshold(figure: Figure) -> bool:
    """The bar a count sets for joining a group, not an amount: "64 attended ten or more",
    "74 went missing five or more times", "repeat callers (3 or more calls in 28 days)",
    "homes rated 7 or above". A target ("Seize 25 or more bikes") has no group counted
    beside it."""
    doc, first = figure.doc, figure.first
    after = [t.lower_ for t in doc[figure.unit_end : min(figure.unit_end + 2, len(doc))]]
    glued_plus = after[:1] == ["+"] and not doc[figure.last].whitespace_
    before = [t.lower_ for t in doc[max(figure.sentence.start, first - 2) : first]]
    at_least_one = before == ["at", "least"] and figure.value == 1  # "at least one session"
    if figure.unit != "count" or not (after in AT_LEAST_AFTER or glued_plus or at_least_one):
        return False
    if first > figure.sentence.start and doc[first - 1].text == "(":
        return True  # a bracket defining the noun before it
    if any(t.lower_ in BARS for t in doc[max(figure.sentence.start, first - 4) : first]):
        return True
    return group_counted_beside(figure)


def group_counted_beside(figure: Figure) -> bool:
    """Whether the verb the figure hangs on (or a clause it sits in) has a subject with a
    number of its own: "64 attended ten or more", "150 young people attending one or more
    sessions"."""
    mine = range(figure.first, figure.unit_end)
    counted = figure.head.head if figure.head.dep_ == "nummod" else figure.head
    if counted.dep_ == "pobj":
        counted = counted.head  # "attended on 3 or more days"
    verb = counted.head if counted.dep_ in ("dobj", "npadvmod", "prep") else None
    verb = verb if verb is not None and verb.pos_ == "VERB" else None
    for step in range(3):
        if verb is None:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        numbers = [t for s in subjects if s.i not in mine for t in s.subtree if t.like_num]
        if verb.dep_ in ("acl", "relcl") and step == 0:  # "150 young people attending ..."
            numbers += [c for c in verb.head.children if c.dep_ == "nummod"]
        if any(t.i not in mine for t in numbers):
            return True
        if verb.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
            return False
        verb = verb.head
    return False


def is_time_window(figure: Figure) -> bool:
    """A window or frequency ("within 48 hours", "7 days a week", "for 12 weeks"), not an
    amount of time given ("300 hours of volunteering", "volunteers gave 1,200 hours")."""
    doc, end = figure.doc, figure.sentence.end
    nxt = doc[figure.last + 1] if figure.last + 1 < end else None
    glued = figure.unit == "hours" and figure.unit_end == figure.last + 1  # "24hrs"
    if glued:  # "within 24hrs of an incident" but "over 300hrs of their time"
        of_time = (
            nxt is not None
            and nxt.lower_ == "of"
            and nxt.i + 1 < len(doc)
            and nxt.nbor(1).lower_
            in ("their", "his", "her", "our", "volunteer", "volunteering", "time")
        )
        return preceded_by(figure, WINDOW_WORDS - {"over"}, within=1) and not of_time
    if nxt is not None and nxt.lower_ in SPAN_KINDS and nxt.i + 1 < end:
        nxt = doc[nxt.i + 1]  # "within 5 working days", "for 14 summer weeks"
    if nxt is None or nxt.lemma_.lower() not in TIME_NOUNS:
        return False
    rest = [t.lower_ for t in doc[nxt.i + 1 : min(nxt.i + 3, end)]]
    within = preceded_by(figure, {"within"}, within=2)  # "within 48 hours of referral"
    spans = nxt.lemma_.lower() in ("week", "month")  # how long something ran or was looked at
    if not within and (rest[:1] == ["of"] and not spans or rest[:2] == ["on", nxt.lower_]):
        return False  # "10 years of age"; "from 88 to 121 year on year"; not "the first six
        # months of the year", "12 weeks of support"
    if rest[:1] == ["on"] and rest[1:2] in ([","], ["."], []):
        return True  # "Twelve months on, 51 had not reoffended": after that long
    if rest[:1] and rest[0] in ("earlier", "ago", "later", "previously"):
        return True  # "the 963 in treatment twelve months earlier": when, not how long
    the = figure.first > figure.sentence.start and doc[figure.first - 1].lower_ == "the"
    if the and rest[:1] and rest[0] in ("before", "after", "to", "prior", "following"):
        return True  # "compared with the 12 months before", "the 12 months to March"
    if rest[:2] and rest[0] in ("a", "per", "each", "every") and rest[1:2]:
        return not preceded_by(figure, {"average"}, within=2)  # "7 days a week", not "an
        # average of 42 hours a patrol"
    if nxt.lemma_.lower() in ("year", "yr"):
        label = nxt.text.istitle() and rest[:1] and doc[nxt.i + 1].like_num
        return not label  # not "180 Year 5 and 6 pupils"; nor nights: "on 104 nights"
    before = doc[max(figure.sentence.start, figure.first - 5) : figure.first]
    words = [t.lower_ for t in before]
    at = len(before) - (2 if words[-1:] == ["for"] else 1)  # "lasts for 3 years"
    verb = before[at].lemma_.lower() if at >= 0 else ""
    each = "each" in words and before[at].tag_ == "VBG"  # "47 dispersal orders, each covering
    after = [t.lower_ for t in doc[figure.unit_end : min(figure.unit_end + 3, end)]]
    lasting = (verb == "last" or verb == "cover" and each) and "average" not in words + after
    if lasting:  # 48 hours", "46 banning notices, each lasting 12 months": how long each is,
        return True  # not an amount of time (but "the average remand lasted 68 days")
    if "average" in words:  # "the average case was open for 38 days", "closed on average
        return False  # after 47 days": how long, on average
    cut = qualifier_words(list(before))
    if nxt.lemma_.lower() in ("hour", "hr", "hrs") and cut > 1:  # hours are given; weeks last
        words = words[:-cut]  # "gave more than 1,400 hours", not "within less than 24 hours"
    elif cut and words[:-cut][-1:] in (["for"], ["within"]) and "average" not in words[-cut:]:
        words = words[:-cut]  # "support for up to 12 weeks": how long, at most
    if nxt.lemma_.lower() in OCCASIONS and words[-1:] in (["across"], ["over"], ["during"]):
        return False  # "gave 2,146 hours across 98 nights": the nights it ran, counted
    if words and before[len(words) - 1].dep_ == "prt":
        return False  # "mentors put in 880 hours": a verb's particle, not a window
    if words and (words[-1] in WINDOW_WORDS or words[-2:] in (["the", "last"], ["the", "past"])):
        return True
    if spans and (words[-1:] == ["all"] or cut and words[-cut:] == ["up", "to"]):
        return True  # "completed all 26 weeks", "up to 12 weeks of support"
    if words[-1:] == ["at"] and nxt.lemma_.lower() in ("day", "week", "month", "year"):
        said = before[-2].lemma_.lower() if len(before) > 1 else ""
        return said not in LEVEL_VERBS  # "still engaged at 12 weeks", not "stood at 3 weeks"
    return "the" in words[-1:] and any(w in WINDOW_WORDS for w in words[-3:])


# --- Unit, qualifier, change ------------------------------------------------------------


def unit_of(figure: Figure, suffix: str) -> tuple[str, int]:
    """The figure's unit and the token after the words naming it."""
    doc, end = figure.doc, figure.sentence.end
    at = figure.last + 1
    words = [t.lower_ for t in doc[at : min(at + 4, end)]]
    if doc[figure.first].text == "£" or suffix == "p":
        return "gbp", at
    if not words and at < len(doc) and doc[at].text == "%" and not doc[at - 1].whitespace_:
        return "percent", at  # "| -11.8%" at a row's end, the "%" parsed as a sentence
    if suffix == "%" or words[:1] == ["%"]:
        if words[1:3] == ["percentage", "points"]:
            return "percentage_points", at + 3
        if words[1:2] in (["points"], ["pts"]):
            return "percentage_points", at + 2
        return "percent", at + (0 if suffix else 1)
    if words[:2] == ["per", "cent"]:
        return "percent", at + 2
    if words[:1] in (["points"], ["point"], ["pts"]) and says_per_cent(figure.sentence):
        return "percentage_points", at + 1  # "down 4.4 points on the previous year (66.5%)"
    if words[:2] in (["-", "point"], ["-", "points"]) and says_per_cent(figure.sentence):
        return "percentage_points", at + 2  # "58% from 49%, a 9-point improvement"
    if words[:1] in (["percent"], ["pc"]):
        return "percent", at + 1
    if words[:3] in (["percentage", "-", "point"], ["percentage", "-", "points"]):
        return "percentage_points", at + 3  # "a 6.6 percentage-point improvement"
    if words[:2] in (["percentage", "points"], ["percentage", "point"]):
        return "percentage_points", at + 2  # "a 6.6 percentage point improvement"
    if words[:1] in (["pp"], ["ppts"]):
        return "percentage_points", at + 1
    if suffix in ("st", "nd", "rd", "th") or placed(doc[figure.first]):
        return "rank", at  # "3rd", "ranked 7 out of 8"
    if suffix in ("h", "hr", "hrs"):
        return "hours", at
    if name := shared_unit(figure, at):
        return name, at
    one = doc[figure.first].lower_ in ("1", "one")  # "758 second warnings", "2,968 second
    ordinal = words[:1] == ["second"] and (doc[at].head.i > at or not one)  # and 356 third"
    ordinal |= words[1:3] in (["of", "action"], ["of", "activity"])  # "5 days of action":
    if words and not ordinal and (name := TIME_UNITS.get(doc[at].lemma_.lower())):  # events
        return name, at + 1
    name = TIME_UNITS.get(doc[at + 1].lemma_.lower()) if len(words) > 1 else None
    if name and doc[at].pos_ in ("NOUN", "ADJ") and doc[at].head == doc[at + 1]:
        return name, at + 2  # "21,480 duty hours", "160 volunteer hours"
    if words and (name := MASS_UNITS.get(doc[at].lemma_.lower()) or MASS_UNITS.get(words[0])):
        return name, at + 1
    if rate := rate_unit(figure, at):
        return rate, at
    if name := subject_time_unit(figure) or label_time_unit(figure):
        return name, at
    if name := column_unit(figure):
        return name, at
    return "count", at


def says_per_cent(sentence: Span) -> bool:
    """Whether the sentence speaks in per cent, so "points" are percentage points ("fell 4
    points to 71 per cent")."""
    return "%" in sentence.text or bool(PER_CENT.search(sentence.text.lower()))


PER_CENT = re.compile(r"\bper ?cent\b|\bpercent\b")


def column_unit(figure: Figure) -> str | None:
    """The unit the head of a bare figure's column names, in a table flattened to lines
    of cells ("Locality | ASB incidents | Rate per 1,000 | % of all ASB" over "Carlisle |
    2,146 | 19.6 | 41.2"): a rate per its base, or per cent."""
    head = column_head(figure)
    if not head:
        return None
    words = [t.lower_ for t in head]
    if "per" in words and words.index("per") + 1 < len(words):
        return per_unit(head[words.index("per") + 1 :])
    return "percent" if "%" in words or "percentage" in words else None


def column_head(figure: Figure) -> list[Token]:
    """The words heading the figure's cell: the same cell of the first line above with
    as many cells as the figure's line, and no figure of its own there."""
    heads = head_line(figure)
    return list(heads[cell_of(figure)[2]]) if heads else []


def heads_before(figure: Figure) -> list[list[Token]]:
    """The heads of the columns before the figure's, nearest last (not the row label's)."""
    heads = head_line(figure)
    return [list(h) for h in heads[1 : cell_of(figure)[2]]] if heads else []


def head_line(figure: Figure) -> list[list[Token]]:
    """The cells of the line heading a bare figure's table (see column_head), or []."""
    lines, at, cell = cell_of(figure)
    if not lines or len(lines[at]) < 3:
        return []
    own = [t for t in lines[at][cell] if t.i not in range(figure.first, figure.last + 1)]
    if any(t.is_alpha for t in own):
        return []  # "Target 2,500": a cell naming its own figure
    heads = [line for line in lines[:at] if len(line) == len(lines[at])]
    return heads[0] if heads else []


def row_label(figure: Figure) -> list[Token]:
    """The first cell of the figure's line when the figure is in another ("Central" in
    "Central | 140 | 96")."""
    lines, at, cell = cell_of(figure)
    return lines[at][0] if lines and cell > 0 else []


def cell_of(figure: Figure) -> tuple[list, int, int]:
    """The doc's lines of cells, and the line and cell the figure stands in."""
    lines = cell_lines(figure.doc)
    for n, line in enumerate(lines):
        for k, cell in enumerate(line):
            if any(t.i == figure.first for t in cell):
                return lines, n, k
    return [], 0, 0


@lru_cache(maxsize=16)  # each figure of a doc asks: its lines are cut once (not to be changed)
def cell_lines(doc: Doc) -> list[list[list[Token]]]:
    """The doc's lines, each a list of its cells' tokens: cells are parted by a bar or by
    a run of spaces, as a table's columns come out of a PDF. A line opening on a bar keeps
    its empty first cell (a head row under merged heads: "| 2022/23 | 2023/24")."""
    lines: list[list[list[Token]]] = [[[]]]
    opens_on_bar = [False]
    for token in doc:
        if token.is_space and "\n" in token.text:
            lines.append([[]])
            opens_on_bar.append(False)
        elif token.text == "|" or token.is_space:
            opens_on_bar[-1] = opens_on_bar[-1] or (token.text == "|" and lines[-1] == [[]])
            lines[-1].append([])
        else:
            lines[-1][-1].append(token)
        if "\n" in token.whitespace_:
            lines.append([[]])
            opens_on_bar.append(False)
    return [[[]] * bar + [c for c in line if c] for line, bar in zip(lines, opens_on_bar)]


def shared_unit(figure: Figure, at: int) -> str | None:
    """A rate written as a share per doer or occasion: "an average of 42 hours a patrol"
    (per_patrol), "reoffenders committing an average of 3.9 further offences each"
    (per_reoffender), "2,136 young people, an average of 8.6 visits each"."""
    doc, end = figure.doc, figure.sentence.end
    counted = figure.head.head  # "42 hours": the noun the number counts, if any
    noun = counted if counted.i >= at and counted.pos_ in ("NOUN", "PROPN") else None
    if noun is not None and noun.i == at + 1 and doc[at].lower_ in ("a", "per"):
        noun = None  # "an average of 36 a session": the tagger's count of the session
    after = noun.i + 1 if noun is not None else at
    rest = list(doc[after : min(after + 3, end)])
    if not rest:
        return None
    closed = len(rest) == 1 or not rest[1].is_alpha or rest[1].pos_ in ("ADP", "CCONJ", "ADV")
    if rest[0].lower_ == "each" and closed:
        doer = doer_of(figure, noun)
        return f"per_{doer}" if doer else None
    shared = rest[0].lower_ in ("a", "per") and len(rest) > 1 and rest[1].pos_ == "NOUN"
    said = shared and (len(rest) == 2 or not rest[2].is_alpha or rest[2].pos_ != "NOUN")
    # "an average of 11 a night" is per night, as "42 hours a patrol" is per patrol; but
    # "averaged 2,600 a week" counts what a week brings
    said = said and rest[1].lemma_.lower() not in TIME_NOUNS - OCCASIONS
    if said and preceded_by(figure, AVERAGE, 4):
        return f"per_{unit_word(rest[1])}"
    return None


AVERAGE = {"average", "averaged", "averaging"}


def doer_of(figure: Figure, noun: Token | None) -> str | None:
    """Who each has the figure: the subject of the verb whose object it is ("Officers
    carried an average caseload of 38 ASB cases each"), else what the count before it
    in its sentence counts ("23 Special Constables gave 9,840 hours, an average of 428
    hours each")."""
    word = noun or figure.head
    while word.dep_ in ("pobj", "prep", "nummod", "compound", "amod") or (
        word.dep_ == "dobj" and word.head.pos_ != "VERB"
    ):
        word = word.head
    if word.dep_ == "dobj":
        subjects = [
            c for c in word.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
        ]
        if subjects:
            return unit_word(subjects[0])
    counted = [
        t.head
        for t in figure.doc[figure.sentence.start : figure.first]
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN")
    ]
    own = noun.lemma_.lower() if noun is not None else None
    counted = [c for c in counted if c.lemma_.lower() not in TIME_NOUNS | {own}]
    return unit_word(counted[-1]) if counted else None


def attached_to(f: Figure) -> Token:
    """The word the figure's span hangs on ("by" in "by 10%")."""
    token = f.head
    while token.head.i != token.i and f.first <= token.head.i < f.unit_end:
        token = token.head
    return token.head


def unit_word(noun: Token) -> str:
    """A rate's base in a unit's name: "patrol", "fte", "young_person"."""
    young = (
        noun.lemma_.lower() in ("people", "person")
        and noun.i > 0
        and noun.nbor(-1).lower_ == "young"
    )
    if young:
        return "young_person"
    hyphenated = noun.i + 1 < len(noun.doc) and noun.nbor(1).text == "-"
    word = joined_word(noun) if hyphenated else noun.lemma_.lower()
    return "".join(c for c in word if c.isalnum())


LINE_STARTS = {"\n", "|", ";", "•"}


def label_time_unit(figure: Figure) -> str | None:
    """The time unit a "Label: value" line's label counts in: "Hours on nominated
    projects: 21,760", "Volunteer hours: 1,240"; not a window ("Seen within 5 days: 212")."""
    doc = figure.doc
    if figure.first < 2 or doc[figure.first - 1].text != ":":
        return None
    label = []
    for token in reversed(doc[figure.sentence.start : figure.first - 1]):
        if token.text.strip() == "" or token.text in LINE_STARTS:
            break
        label.insert(0, token)
    if not label or any(t.like_num for t in label):
        return None
    hours = {label[0].lemma_.lower(), label[-1].lemma_.lower()} & {"hour", "hr", "hrs"}
    return "hours" if hours else None  # ("Days of action: 12" counts the days, as events)


def subject_time_unit(figure: Figure) -> str | None:
    """The time unit of a level its subject counts: "Volunteer hours rose from 2,460 to
    3,115"."""
    prep = figure.head.head
    if figure.head.dep_ != "pobj" or prep.lower_ not in ("from", "to"):
        return None
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return TIME_UNITS.get(subjects[0].lemma_.lower()) if subjects else None


def rate_unit(figure: Figure, at: int) -> str | None:
    """ "79 crimes per 1,000 population" -> per_1000_population; "5.22 re-offences per
    re-offender" -> per_reoffender; "the rate per 1,000 was 79" too."""
    doc, sentence = figure.doc, figure.sentence
    window = list(doc[at : min(at + 12, sentence.end)])
    window_before = list(doc[max(sentence.start, figure.first - 14) : figure.first])
    for tokens in (window, window_before):
        for n, token in enumerate(tokens):
            if not is_per(token) or token.i + 1 == len(token.doc):
                continue  # a text ending on "per"
            if token.nbor(1).lower_ in ("cent", "centum"):
                continue
            if tokens is window_before and token.i > 0 and token.nbor(-1).like_num:
                continue  # another figure's: "52.3 per 1,000 households reflects 2,410 ..."
            between = tokens[:n] if tokens is window else tokens[n + 2 :]
            if tokens is window_before and between[-1:] and between[-1].text in (":", "|"):
                between = between[:-1]  # "Rate per 1,000: 26.3", a label and its value
            years = re.compile(r"(19|20)\d\d")
            if any(
                t.like_num and not years.fullmatch(t.text) or t.text in ",;:()|" or "\n" in t.text
                for t in between
            ):
                continue  # nor a line's: "Resident population: 198,200\nKSI rate per 100,000"
            if tokens is window_before and [t.lower_ for t in between] in (["of"], ["of", "the"]):
                continue  # "184 per 100,000 of the 22,310 children": the base itself
            if tokens is window_before and any(t.lemma_ == "population" for t in between):
                continue  # "27.9 per 1,000 residents based on a population of 210,100"
            return per_unit(list(doc[token.i + 1 : min(token.i + 6, sentence.end)]))
    return None


def is_per(token: Token) -> bool:
    """ "per", or the "every" of "for every 1,000 residents"."""
    if token.lower_ == "per":
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    every = token.lower_ == "every" and token.i > 0 and token.nbor(-1).lower_ == "for"
    return every and after is not None and bool(DIGITS.match(after.text))


RATE_VERBS = {"compare", "compares", "remain", "remains", "stand", "stands"}


def per_unit(tokens: list[Token]) -> str | None:
    base, noun, modifier = None, None, None
    for token in tokens:
        if DIGITS.match(token.text) or token.lower_ in ("thousand", "hundred"):
            base = base or token
        elif token.is_alpha or token.text == "-":
            if token.text == "-":
                continue
            if token.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "AUX", "VERB"):
                break
            if token.lemma_.lower() in RATE_VERBS:
                break  # "171 per 100,000 compares with ...", the verb tagged a noun
            noun = token
            hyphenated = not token.whitespace_ and token.i + 1 < len(token.doc)
            if hyphenated and token.nbor(1).text == "-":
                continue  # "re-offender": the word goes on
            if token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
                break  # ... and ends here
            if token.dep_ == "compound" and token.head.lemma_.lower() not in POPULATION:
                modifier = token  # "per 10,000 adult females": one noun of two words
                continue
            if token.pos_ in ("NOUN", "PROPN"):
                break
        else:
            break
    if base is None and noun is None:
        return None
    size = ""
    if base is not None:
        value, _ = run_value([base])
        size = f"{int(value)}_" if value else "1000_"
        if base.lower_ == "thousand":
            size = "1000_"
    lemma = noun.lemma_.lower() if noun is not None else "population"
    if lemma == "year" and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ in ("olds", "old"):
        lemma = "population"  # "per 100,000 10-17 year olds"
    if lemma in POPULATION:
        return f"per_{size}population" if size else "per_capita"
    joined = "".join(c for c in joined_word(noun) if c.isalnum())
    if modifier is not None and modifier.head.i == noun.i:
        joined = f"{modifier.lower_}_{joined}"
    return f"per_{size}{joined}"


def joined_word(token: Token) -> str:
    """A hyphenated word as one, as written: "re-offender" -> "reoffender", "households"."""
    doc, start, end = token.doc, token.i, token.i
    while start - 2 >= 0 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    return "".join(t.lower_ for t in doc[start : end + 1] if t.text != "-")


def qualifier_of(figure: Figure) -> str:
    doc, sentence = figure.doc, figure.sentence
    first = figure.first
    before = doc[max(sentence.start, first - 4) : first]
    words = [t.lower_ for t in before]
    # "2,588 fewer than the 8,617": a comparison between figures, not a qualifier
    for phrase, qualifier in QUALIFIERS:
        parts = phrase.split()
        if words[-len(parts) :] == parts:
            opener = first - len(parts) - 1
            opens = opener >= sentence.start and DIGITS.match(doc[opener].text)
            if opens and not YEAR.match(doc[opener].text) and not ends_years(doc, opener):
                return "exact"  # not "the 2015-2019 average of", "the 2015-19 average of"
            if phrase == "over" and across(doc[first - 1], figure):
                return "exact"  # "463 contacts over 38 sessions": across them, not more
            return qualifier
    if estimated_before(figure):
        return "approximately"  # "with an estimated street value of £215,000"
    if marked := bound_sign(figure):
        return marked
    after = [t.lower_ for t in doc[figure.unit_end : min(figure.unit_end + 2, sentence.end)]]
    if after in (["or", "more"], ["or", "over"], ["or", "above"]):
        return "more_than"  # "90% or more of those helped"
    if after in (["or", "fewer"], ["or", "less"], ["or", "under"], ["or", "below"]):
        return "less_than"
    head = figure.head
    if any(c.dep_ == "quantmod" and c.lower_ in ("about", "around") for c in head.children):
        return "approximately"
    clause = list(doc[max(sentence.start, first - 12) : first])
    ends = [n for n, t in enumerate(clause[1:], 1) if ends_a_clause(t, clause[n - 1])]
    ends += [n for n, t in enumerate(clause) if t.lower_ in SET_BESIDE | {"than", "("}]  # "an
    ends.sort()  # average caseload of 94 against the recommended 60 to 80": 94's average
    clause = clause[ends[-1] + 1 :] if ends else clause  # "averaged 91%, 6 points above the
    # 85% target": the average is the 91%'s
    changes = [
        n for n, t in enumerate(clause) if t.lemma_.lower() in CHANGE_NOUNS and t.pos_ == "NOUN"
    ]
    clause = clause[changes[-1] :] if changes else clause  # not "a baseline average of 97,
    at = [n for n, t in enumerate(clause) if t.lemma_.lower() == "average"]  # a reduction
    if at and not averaged_another(clause[at[-1] :]):  # of 19.6%"
        return "average"
    return "exact"


def ends_years(doc, i: int) -> bool:
    """Whether token i closes a span of years written short: the "19" of "2015-19"."""
    return i >= 2 and doc[i - 1].text in ("-", "–", "to") and bool(YEAR.match(doc[i - 2].text))


BOUND_SIGNS = {">": "more_than", "≥": "more_than", ">=": "more_than", "<": "less_than"}
BOUND_SIGNS |= {"≤": "less_than", "<=": "less_than"}


def bound_sign(figure: Figure) -> str | None:
    """A bound written as a sign: "600+", ">90%", "<= 4,100"."""
    doc = figure.doc
    end = figure.unit_end
    if end < len(doc) and doc[end].text == "+" and not doc[end - 1].whitespace_:
        return "more_than"
    before = doc[figure.sentence.start : figure.first].text.rstrip()
    sign = next((s for s in sorted(BOUND_SIGNS, key=len, reverse=True) if before.endswith(s)), None)
    return BOUND_SIGNS[sign] if sign else None


def averaged_another(words: list[Token]) -> bool:
    """Whether the average words lead to a figure of their own, then a clause joined by
    ", and" or a colon ("an average of 14 hours per patrol, and helped 402 people"): not
    this one's."""
    numbers = [n for n, t in enumerate(words) if t.like_num]
    joins = [n for n, t in enumerate(words[:-1]) if t.text == "," and joined(words[n + 1])]
    joins += [n for n, t in enumerate(words) if t.text == ":"]  # "averaged 18% across the
    return bool(numbers) and any(n > numbers[0] for n in joins)  # year: of 412,600 calls"


JOINS = {"and", "but", "while", "whilst"}


def joined(word: Token) -> bool:
    """Whether the word after a comma opens a clause of its own: a conjunction, or a
    participle ("an average of 30 per camera, leading to 463 arrests")."""
    return word.lower_ in JOINS or word.tag_ == "VBG"


def ends_a_clause(token: Token, before: Token) -> bool:
    """Whether an average before the token is another clause's: after ";" or ")" ("(an
    average of £77 each); officers issued 41"), or after "," that ends a figure."""
    return token.text in ";)" or (token.text == "," and ends_a_figure(before))


def across(over: Token, figure: Figure) -> bool:
    """Whether "over" leads a phrase of the noun the figure counts ("over 38 sessions"),
    not a quantity ("over 300 people attended")."""
    counted = figure.head.head if figure.head.dep_ == "nummod" else None
    return over.dep_ == "prep" and counted is not None and counted.head.i == over.i


def estimated_before(figure: Figure) -> bool:
    """Whether "estimated" (or "estimate") leads to the figure in its clause, no other
    figure between: "an estimated street value of £215,000", "estimated the cost ... at
    £1.24m"."""
    doc = figure.doc
    before = list(doc[max(figure.sentence.start, figure.first - 9) : figure.first])
    at = [n for n, t in enumerate(before) if t.lemma_.lower() == "estimate"]
    if not at:
        return False
    between = before[at[-1] + 1 :]
    return not any(t.like_num or t.text in (";", "(", ")") for t in between)


def ends_a_figure(token: Token) -> bool:
    """Whether the token ends a figure: its number, "%", or the word right after its
    number ("4 minutes, and 18.7% ...")."""
    after_number = token.i > 0 and bool(DIGITS.match(token.nbor(-1).text)) and token.is_alpha
    return token.text == "%" or bool(DIGITS.match(token.text)) or after_number


def change_of(figure: Figure) -> tuple[str, str | None]:
    """("change" | "percent_change", direction) when the figure states a change, else
    ("level", None)."""
    doc, sentence = figure.doc, figure.sentence
    after = past_an_aside(figure) or list(
        doc[figure.unit_end : min(figure.unit_end + 3, sentence.end)]
    )
    if [t.text for t in after[:1]] == ["-"] and after[1:2] and after[1].is_alpha:
        after = list(doc[after[1].i + 1 : min(after[1].i + 4, sentence.end)])  # "a 46-offence
        # rise": the change noun past the word hyphened to the number
    before = [t for t in doc[max(sentence.start, figure.first - 4) : figure.first]]
    signs = (
        [before[-1].text] if before and is_sign(before[-1]) and not before[-1].whitespace_ else []
    )
    signs += [figure.head.text[0]] if figure.head.text[0] in "+-−" else []
    signs += [before[-1].text] if before and before[-1].text in TREND_ARROWS else []  # "▼13"
    if signs:  # "(-12.6%)", "+8.1%": the sign of a change
        role = "percent_change" if figure.unit == "percent" else "change"
        return role, "increase" if signs[0] in ("+", *UP_ARROWS) else "decrease"
    bare = before[: len(before) - qualifier_words(before)]  # "an increase of over 24%"
    leaving = figure.unit == "gbp" and any(t.lower_ == "leaving" for t in bare[-3:])
    leaves_a_part = any(t.lower_ == "leaving" for t in bare)
    if leaves_a_part and "of which" in doc[sentence.start : figure.first].text.lower():
        return "level", None  # "£3.4m of savings, of which £1.9m ..., leaving a gap of £1.5m"
    word = change_word_after(after) or change_word_before(bare) or change_verb_by(figure)
    restates = bare and bare[-1].lower_ in ("(", "or") and not runs_to(after)
    if word is None and restates and not of_a_year(after):  # not "(44 in 2021/22; 52 ...)"
        wider = doc[max(sentence.start, figure.first - 6) : figure.first]  # "of 2.3 percentage
        unitless = [t for t in wider if t.lower_ not in POINT_WORDS | CURRENCY][-4:]  # points,
        # or 18.4%", "an increase of £18.50 (6.1%)"
        word = restated_change(unitless)  # "a reduction of 58 (11%)", "of 288 or 8.5%"
        word = word or from_to_verb(figure)  # "grew from 312 to 356, or 14.1%"
        words = [t for t in before[:-1] if not t.is_punct]  # past "," of ", or 5.1%"
        if len(words) > 2 and YEAR.match(words[-1].text) and words[-2].lower_ == "in":
            words = words[:-2]  # "14 fewer than the 52 in 2021/22 (26.9%)": the level's year
        level = words[-1] if words and figure.unit == "percent" else None
        if word is None and level is not None and not YEAR.match(level.text):
            word = change_compared_with(level)  # "down 55 on last year's 286 (19.2%)"
    if word is None and before and before[-1].text == "(":  # "fell by almost a fifth (19%)"
        word = restated_fraction(
            list(doc[max(sentence.start, figure.first - 8) : figure.first - 1])
        )
    word = word or restated_by_the_week(figure)  # "an increase of £13, about 25p a week"
    if word is None:
        word = change_subject(figure) or change_after_or(figure)  # "the national increase
        # was 7.4%", "121 or 9.2% more than the 1,315 received in 2019/20"
    if word is None and leaving:
        return "change", "decrease"  # "£389,600 against a grant of £400,000, leaving £10,400"
    if word is None:
        if figure.unit == "percentage_points":
            return "change", direction_in(before + after)
        return "level", None
    role = "percent_change" if figure.unit == "percent" else "change"
    return role, AGAINST_A_PLAN.get(word.lower_) or direction_of(word)


POINT_WORDS = {"percentage", "points", "point", "pts", "pp", "ppts"}  # a change's unit words
CURRENCY = {"£", "$", "€"}
UP_ARROWS = {"▲", "↑", "⬆"}
TREND_ARROWS = UP_ARROWS | {"▼", "↓", "⬇"}  # a scorecard's arrow: the direction of a change


def change_after_or(figure: Figure) -> Token | None:
    """The change word after the figure "or" restates it in another unit, its own: "121 or
    9.2% more than", "9.2% or 121 more"."""
    doc, end = figure.doc, figure.sentence.end
    at = figure.unit_end
    if at + 1 >= end or doc[at].lower_ != "or" or not doc[at + 1].like_num:
        return None
    at += 2
    while at < end and doc[at].lower_ in ("%", "per", "cent", "percent"):
        at += 1
    return change_word_after(list(doc[at : min(at + 3, end)]))


def restated_by_the_week(figure: Figure) -> Token | None:
    """The change word of the money before a sum "a week" (or a day, a month) that
    restates it: "a Band D increase of £15 a year, or 29p a week", "The £13 rise ...,
    about 25p a week"."""
    doc, sentence = figure.doc, figure.sentence
    if figure.unit != "gbp" or not by_the_week(figure):
        return None
    pounds = [t for t in doc[sentence.start : figure.first] if t.text in CURRENCY]
    if not pounds or pounds[-1].i + 1 >= figure.first:
        return None
    sign, number = pounds[-1], pounds[-1].nbor(1)
    before = list(doc[max(sentence.start, sign.i - 4) : sign.i])
    return change_word_before(before) or change_word_after(list(doc[number.i + 1 : number.i + 3]))


def by_the_week(figure: Figure) -> bool:
    """Whether the figure is said "a week" (a day, a month): a sum over a shorter time
    than the levels a report compares ("29p a week" restates "£15 a year")."""
    at, end = figure.unit_end, figure.sentence.end
    per = [t.lower_ for t in figure.doc[at : min(at + 2, end)]]
    return per[:1] in (["a"], ["per"]) and per[1:] in (["week"], ["day"], ["month"])


def from_to_verb(figure: Figure) -> Token | None:
    """The change verb of a "from X to Y" just before the figure ("grew from 312 to 356,
    or 14.1%"), whose change the figure restates."""
    words = list(figure.doc[figure.sentence.start : figure.first])
    froms = [t for t in words if t.lower_ == "from" and t.head.lemma_.lower() in CHANGE_VERBS]
    tos = [t for t in words if t.lower_ == "to" and froms and t.i > froms[-1].i]
    near = figure.unit == "percent" or tos and tos[-1].i >= figure.first - 6  # a count
    # far after it is no restatement: "... rose from 63 to 91, an increase of 44%, ... the
    # most common type (38 referrals)"
    return froms[-1].head if froms and tos and near else None


def of_a_year(after: list[Token]) -> bool:
    """Whether the figure is said to be of a year: "44 in 2021/22", "during 2023"."""
    years = len(after) > 1 and bool(YEAR.match(after[1].text))
    return years and after[0].lower_ in ("in", "for", "during")


def runs_to(after: list[Token]) -> bool:
    """ "(3,810 offences to 4,054)": the earlier level of a from-to pair, not a change
    (but "(63 offences) to 1,512" restates the change)."""
    return to_a_number(list(takewhile(lambda t: t.text != ")", after)))


def to_a_number(tokens: list[Token]) -> bool:
    """Whether "to" and a number are among the tokens ("... to 4,054")."""
    return any(t.lower_ == "to" and t.i + 1 < len(t.doc) and t.nbor(1).like_num for t in tokens)


def restated_change(before: list[Token]) -> Token | None:
    """The change word of the figure just before "(" or "or", which this one restates
    in per cent: "a drop of 57 offences or 18.9%", "2,565 more, or 18.4%"."""
    numbers = [t for t in before[-4:-1] if DIGITS.match(t.text) or t.like_num]
    if not numbers:
        return None
    doc, number = numbers[-1].doc, numbers[-1]
    after = list(doc[number.i + 1 : before[-1].i])  # "That is 2,565 more, or 18.4%"
    start = number.i - 1 if number.i and doc[number.i - 1].text in CURRENCY else number.i
    return change_word_before(list(doc[max(0, start - 4) : start])) or change_word_after(after)


def change_compared_with(level: Token) -> Token | None:
    """The change word of a change compared "on" or "from" the level, which a per cent
    in brackets after the level restates: "down 55 on last year's 286 (19.2%)"."""
    doc, start = level.doc, max(level.sent.start, level.i - 5)
    preps = [t for t in doc[start : level.i] if t.lower_ in ("on", "from", "than")]
    if preps and preps[0].lower_ == "than" and preps[0].i > 1:  # "14 fewer than the 52"
        said = doc[preps[0].i - 1]
        fewer = said.lower_ in SHARE_FOLLOWERS - {"of"} and DIGITS.match(doc[said.i - 1].text)
        return said if fewer else None
    if not preps or preps[0].i < 2 or not DIGITS.match(doc[preps[0].i - 1].text):
        return None
    change = doc[preps[0].i - 1]  # the change's number, right before its "on"
    return change_word_before(list(doc[max(0, change.i - 3) : change.i]))


def past_an_aside(figure: Figure) -> list[Token]:
    """The three words after the brackets right after the figure, or around it: "176
    (6.0%) above the 2,940" for both figures."""
    doc, end, at = figure.doc, figure.sentence.end, figure.unit_end
    if at < end and doc[at].text == ")" and doc[figure.first - 1].text == "(":
        at += 1  # the aside itself
    elif (past := past_brackets(figure)) != at:
        at = past  # the figure's own aside
    else:
        return []
    return list(doc[at : min(at + 3, end)])


def past_brackets(figure: Figure) -> int:
    """Where the words after a figure go on, past a short aside in brackets right after it
    ("412 (61%) of ...")."""
    doc, after = figure.doc, figure.unit_end
    if after < figure.sentence.end and doc[after].text == "(":
        return next((t.i + 1 for t in doc[after : after + 6] if t.text == ")"), after)
    return after


def restated_fraction(before: list[Token]) -> Token | None:
    """The change word of a fraction the figure restates: "fell by almost a fifth (19%)",
    "a reduction of nearly a third (31%)"."""
    if not before or before[-1].lemma_.lower() not in SHARES:
        return None
    words = before[:-1]
    while words and (words[-1].lower_ in ("a", "an", "one", "two") or qualifier_words(words)):
        words = words[: len(words) - max(1, qualifier_words(words))]
    return change_word_before(words)


RESTATING = {"equate", "represent", "amount", "equal"}  # "That drop equates to 14.0%"


def change_subject(figure: Figure) -> Token | None:
    """A change noun the figure is said to be, or to come to: "the national increase was
    7.4%", "That drop of 1,314 equates to 14.0%", "The rise represents 9%"."""
    head = figure.doc[figure.unit_end - 1] if figure.unit_end - 1 > figure.last else figure.head
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to":
        head, verb = verb, verb.head  # "equates to 14.0%", "amounts to"
    said = head.dep_ in ("attr", "acomp") and verb.lemma_ == "be"
    if not said and not (head.dep_ in ("dobj", "prep") and verb.lemma_.lower() in RESTATING):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    changes = [s for s in subjects if s.lemma_.lower() in CHANGE_NOUNS]
    return changes[0] if changes else None


def qualifier_words(before: list[Token]) -> int:
    """How many of the last words are a qualifier ("over", "more than", "almost")."""
    words = [t.lower_ for t in before]
    found = [len(q.split()) for q, _ in QUALIFIERS if words[-len(q.split()) :] == q.split()]
    return max(found, default=0)


def change_word_after(after: list[Token]) -> Token | None:
    """ "a 30% reduction", "2,588 fewer incidents", "12% down on last year"."""
    for n, token in enumerate(after[:2]):
        lemma = token.lemma_.lower()
        if not token.is_alpha:
            return None  # "1,377 | Change: +14.4%": the next cell
        if n == 1 and token.pos_ == "VERB":
            return None  # "ASB in the two parks fell": the verb of the noun counted
        moved_to = token.lower_ in ("up", "down") and token.i + 1 < len(token.doc)
        if moved_to and token.nbor(1).lower_ == "to":
            return None  # "402 down to 331": the level it moved from
        if token.lower_ == "more" and a_further_count(token):
            return None  # "and 402 more ended in another positive outcome": no change
        if token.lower_ in ("fewer", "less", "more", "lower", "higher", "up", "down"):
            return token
        if token.lower_ in ("above", "below") and token.i == after[0].i:
            return token  # "9.4 per cent below the 234 recorded a year earlier"
        if token.lower_ in QUICKER | SLOWER and token.i == after[0].i and ends_phrase(after):
            return token  # "148 seconds quicker", "two days longer than in 2022/23"
        if token.lower_ in ("under", "over") and token.i == after[0].i and set_by_a_plan(token):
            return token  # "£18,600 under the £250,000 ceiling", "£4,100 over budget"
        if token.lower_ == "short" and token.i == after[0].i:
            return token if short_of_a_plan(after) else None  # "36 short of the 800 planned"
        if lemma in CHANGE_NOUNS and token.pos_ in ("NOUN", "VERB"):
            if hyphened(token):
                return None  # "24 drop-in sessions", "30 drop-outs": a word of its own
            named = token.head.pos_ in ("NOUN", "PROPN")  # not "a 12.4% rise district-wide"
            if token.dep_ == "compound" and token.head.i > token.i and named:
                return None  # "a £1.2m violence reduction allocation": a name's word
            if token.i + 1 < len(token.doc) and token.nbor(1).lower_ in ("out", "off"):
                return None  # "87 dropped out", "34 people cut off by the tide": nothing fell
            return None if has_object(token) else token  # not "11 declined support"
        if not (token.is_punct is False and token.pos_ in ("ADJ", "NOUN", "PROPN")):
            return None
    return None


def a_further_count(more: Token) -> bool:
    """Whether "more" after a figure means "a further" ("and 402 more ended in another
    positive outcome"): a verb follows it, and no "than" after it sets a comparison."""
    doc = more.doc
    if more.i + 1 >= more.sent.end or doc[more.i + 1].pos_ not in ("VERB", "AUX"):
        return False
    return all(t.lower_ != "than" for t in doc[more.i : more.sent.end])


def ends_phrase(after: list[Token]) -> bool:
    """Whether the first word after a figure ends its phrase ("148 seconds quicker.", "...
    longer than"), not one that describes a noun after it ("three longer sessions")."""
    return len(after) == 1 or after[1].is_punct or after[1].lower_ in ("than", "on", "and")


BUDGETS = {"budget", "target", "ceiling", "cap", "allocation", "plan", "forecast", "profile"}
AGAINST_A_PLAN = {"under": "decrease", "over": "increase"}  # "£4,100 over budget"


def set_by_a_plan(word: Token) -> bool:
    """Whether "under" or "over" after a figure sets it against a plan named within a few
    words ("under the £250,000 ceiling", "over budget"), not against an age ("under 18")."""
    doc = word.doc
    near = doc[word.i + 1 : min(word.i + 5, word.sent.end)]
    if near and (near[0].like_num or near[0].text[:1].isdigit()):
        return False  # "45 under 18s against a target of 50"
    return any(t.lemma_.lower() in BUDGETS for t in near)


def short_of_a_plan(after: list[Token]) -> bool:
    """Whether "short" after a figure is its gap to a plan: "36 short of the 800 planned",
    "against a target of 4,500, 314 short;" (not "12 short breaks")."""
    ends = (
        len(after) == 1 or after[1].is_punct or after[1].lower_ in ("because", "due", "as", "owing")
    )
    if len(after) > 1 and after[1].lower_ == "of":
        return True
    before = after[0].doc[after[0].sent.start : after[0].i]
    return ends and any(t.lower_ in ("against", "target", "planned") for t in before)


def hyphened(token: Token) -> bool:
    """Whether a hyphen glues the token to the next word ("drop-in")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "-" and not token.whitespace_


def has_object(verb: Token) -> bool:
    """Whether a change word is a verb acting on something ("11 declined support"), not
    a fall or rise; the object may be parsed as its head's, so the next noun counts."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    after_noun = verb.pos_ == "VERB" and following is not None and following.pos_ == "NOUN"
    return after_noun or any(c.dep_ == "dobj" for c in verb.children) or refused(verb)


def refused(verb: Token) -> bool:
    """Whether a count "declined" an offer ("49 took part and 97 declined"): the count is
    who declined, with no "by" or "to" saying how far something fell."""
    counted = [c for c in verb.children if c.dep_ == "nsubj" and c.like_num]
    before = verb.nbor(-1) if verb.i else None  # "and 1,056 (33%) declined", parsed apart
    counted = counted or before is not None and (before.like_num or before.text == ")")
    ends = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "to", "from")]
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    ends = ends or following is not None and following.like_num  # "declined 12% to 400"
    return verb.lemma_.lower() == "decline" and bool(counted) and not ends


def change_word_before(before: list[Token]) -> Token | None:
    """ "a reduction of 30%", "fell by 12%", "down 3%", "up by 200", "an increase of 45"."""
    if not before:
        return None
    last = before[-1]
    if last.pos_ == "VERB" and last.lemma_.lower() in CHANGE_VERBS:
        return last  # "burglary dropped 45"
    if last.text in ("–", "-", ":") and len(before) > 1:
        before, last = before[:-1], before[-2]  # "change – 25", "Reduction: 33"
    opens = len(before) == 1 or before[-2].text in (";", "|", ",", ":") or before[-2].is_sent_start
    opens = opens or last.is_sent_start or before[-2].is_space  # a line of its own
    if last.lemma_.lower() in CHANGE_NOUNS and last.pos_ == "NOUN" and opens:
        return last  # "...; reduction 33": a label of a change
    if last.dep_ == "prt" and last.head.lemma_.lower() in PHRASAL:
        return None  # "made up 38%", "broken down"
    if last.lower_ in ("up", "down") and len(before) > 2 and hyphened(before[-3]):
        return None  # "CSP top-up £15,000", "follow-up 212": a word of its own, no change
    if last.lower_ in ("up", "down") or (last.lower_ == "by" and len(before) > 1):
        anchor = before[-2] if last.lower_ == "by" else last
        if anchor.lower_ in ("up", "down") or anchor.lemma_.lower() in CHANGE_VERBS:
            return anchor
        if last.lower_ == "by" and anchor.lower_ in ("higher", "lower"):
            return anchor  # "higher by 612 (+8%) than the 7,650"
        return None
    if last.lower_ in ("additional", "extra") and len(before) > 2 and before[-2].lower_ == "an":
        # "grew to 64 from 51, an extra 13" restates the change; "includes an additional
        # £14.6m raised" and "a further 118 were released" are more of a level
        return last if before[-3].text in (",", ";", "(", "–", "-") else None
    stated = len(before) > 2 and before[-3].lower_ == "the" and last.lemma_.lower() == "be"
    if stated and before[-2].lemma_.lower() in CHANGE_NOUNS:
        return before[-2]  # "so the increase was 271"
    if last.lower_ == "of" and len(before) > 1:
        noun = before[-2]
        if noun.lemma_.lower() in CHANGE_NOUNS:
            return noun
        if noun.lower_ == "saving" and len(before) > 2 and before[-3].lower_ == "a":
            return noun  # "reduced costs from £286,000 to £214,000, a saving of £72,000"
    if last.lower_ in ("a", "an") and len(before) > 1 and before[-2].lemma_.lower() in CHANGE_VERBS:
        return None
    return None


def change_verb_by(figure: Figure) -> Token | None:
    """ "reduce repeat victimisation by 10%": the figure is what a change verb is 'by'."""
    counted = [figure.head.head] if figure.head.dep_ == "nummod" else []  # "by 60 incidents"
    for token in (figure.head, *counted, *figure.doc[figure.last + 1 : figure.unit_end]):
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "by":
            continue
        if any(t.like_num for t in figure.doc[prep.i + 1 : figure.first]):
            continue  # "reduced by 9 to 161": 161 is where it went, not by how much
        if prep.head.lemma_.lower() in CHANGE_VERBS | RAISING | GAPS:
            return prep.head  # "raise the precept by £13"; but "raised £5,000" is money raised
        subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        gapped = prep.head.dep_ == "conj" and not subjects  # "shoplifting" may be a verb
        if gapped and prep.head.head.lemma_.lower() in CHANGE_VERBS:
            return prep.head.head  # "Burglary fell by 12% and robbery by 7%": its verb gapped
        opening = item_opening(prep)  # "Reduce KSIs on the borough's roads by 10%", "...;
        if opening.lemma_.lower() in CHANGE_VERBS and not opening.like_num:  # reduce
            return opening  # youth-related ASB calls ... by 10%" (an aim in a list of aims)
    return None


def item_opening(token: Token) -> Token:
    """The first word of the sentence, or of the ";"-separated item the token is in."""
    sentence = token.sent
    breaks = [t.i for t in sentence if t.i < token.i and t.text == ";"]
    return token.doc[breaks[-1] + 1] if breaks else sentence[0]


def direction_of(token: Token) -> str | None:
    for form in (token.lower_, token.lemma_.lower()):
        if form in DECREASE:
            return "decrease"
        if form in INCREASE:
            return "increase"
    return None


def direction_in(tokens: list[Token]) -> str | None:
    for token in reversed(tokens):
        if found := direction_of(token):
            return found
    return None
