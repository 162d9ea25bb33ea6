"""Pass 2, meaning: what each measure measures (its metric), where and when.

- metric: the concept (transform/concepts.yml) that the figure's noun phrase names, read
  from the parse: what the number counts (`nummod`: "669 interventions"), what a
  percentage is of ("62% of respondents felt safe"), the subject a figure is the value of
  ("referrals to the Hate MARAC increased from 103"), then its clause. A figure whose own
  words name nothing ("a rate of 40.9% across England") takes the metric of the figure
  it is compared with. An uncatalogued figure is named from its own noun phrase.
- area: the report's district unless the figure's own words place it elsewhere ("across
  England", "the Merseyside average", "the national rate"); "shares ... with Sefton" is
  stated for both.
- period: the report's year unless the words fix another ("in 2019/20", "the year
  before", "last year"); the earlier side of "from X to Y" is the year before, inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import dropwhile, takewhile
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from transform.figures import (
    AIMS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    FINITE_TAGS,
    SET_BESIDE,
    STRUCTURAL,
    VERSUS,
    YEAR,
    Figure,
    attached_to,
    change_verb_by,
    column_head,
    head_line,
    heads_before,
    line_start,
    named_a_target,
    past_brackets,
    per_unit,
    qualifier_words,
    rate_unit,
    row_label,
    run_value,
    shared_unit,
    to_a_number,
    unit_word,
    word_after,
)
from transform.nlp import BULLETS, tag, text_of, word_forms
from transform.places import (
    Area,
    Period,
    areas_in,
    calendar_year,
    financial_year,
    period_in,
    previous_period,
)

CONCEPTS_FILE = Path(__file__).with_name("concepts.yml")
GENERIC = set(
    """number numbers total rate level figure proportion percentage per cent percent amount
    pair pairs count average point points % reduction increase decrease rise fall drop decline
    change cut growth improvement of the a an this that these those it which there year years
    overall further additional extra new more less fewer than some all hour hours hrs day
    days week weeks month months tonne tonnes kg thanks due difference variance underspend
    overspend uplift time times occasion occasions period quarter previous preceding prior
    estimate estimated current latest actual whole gap""".split()
)
# "in 2022", "an increase on 2021": a calendar year
YEAR_WORDS = {"in", "during", "throughout", "for", "year", "on", "than", "with"}
PRONOUNS = {"this", "these", "that", "it", "which", "they"}  # a sentence that refers back
FUNCTION_WORDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"}
PEOPLE = {"people_supported", "children_young_people", "parents_carers", "families_supported"}
PEOPLE |= {"victims_supported", "households", "perpetrators"}
WEAK = PEOPLE | {"referrals", "interventions", "sessions_delivered"}
WEAK |= {"recorded_crime"}
UNNAMED = "unnamed figure"  # an uncatalogued figure with no words of its own
TOTALS = {"record", "recorded", "total", "overall", "all"}  # "all recorded crime"
CIRCUMSTANCES = {"after", "before", "following", "because", "since", "despite", "while"}
REPORTING = {"note", "report", "say", "inform", "tell", "hear", "explain", "state", "confirm"}
REPORTING |= {"advise", "highlight", "show", "indicate", "reveal", "update", "brief"}
REPORTING |= {"encourage", "please", "delight", "proud", "know", "believe"}  # "I am pleased that"
PROCEEDINGS = {"prosecution", "prosecutions", "conviction", "convictions"}  # of a crime named
ATTITUDES = {"feel_safe", "satisfaction", "asb_perception"}  # what people think, of any topic
ATTITUDES |= {"knowledge_understanding"}  # "81% said they understood the law better"
BASES = {"population", "households"}  # what a rate is per
NOT_SUBJECTS = {"pobj", "dobj", "compound", "npadvmod", "poss", "appos"}
PREVIOUS_WORDS = [("previous", "year"), ("last", "year"), ("year", "before"), ("prior", "year")]
PREVIOUS_WORDS += [("preceding", "year"), ("previous", "twelve"), ("last", "twelve")]
PREVIOUS_WORDS += [("year", "earlier"), ("year", "ago"), ("previous", "period")]
PREVIOUS_WORDS += [("previous", "12"), ("preceding", "12"), ("prior", "12")]
PREVIOUS_WORDS += [("preceding", "twelve")]
NATIONAL = {"national", "nationally", "england"}
PLACE_PREPS = {"at", "across", "in", "within", "throughout"}
AREA_PREPS = {"in", "across", "for", "throughout", "within", "from", "at", "of"}
AGAINST = SET_BESIDE | {"than", "below", "above", "beating"}  # what sets one figure by another
ORGANISATIONS = {"police", "council", "constabulary", "fire", "partnership", "service", "nhs"}
ORGANISATIONS |= {"county", "borough", "city", "cps", "probation", "trust", "university"}
CONTAINERS = set(
    """case incident offence report occurrence crime call episode contact notification record
    application issue complaint instance allegation referral job request reported""".split()
)
PRECEPT_MOST = 1000  # a Band D property's yearly police precept is some hundreds of pounds
FUNDING = {"fund", "funding", "grant", "budget", "allocation", "allocate", "award", "spend"}
FUNDING |= {"invest", "investment", "commission", "contract", "underspend", "overspend"}
NOT_FUNDING = {"seize", "seizure", "confiscation", "confiscate", "worth", "fine", "loss"}
NOT_FUNDING |= {"lose", "steal", "stolen", "recover", "proceeds", "society", "volunteer"}
NOT_FUNDING |= {"compensation", "penalty", "estimate", "defraud"}
GIVING = {"give", "contribute", "donate", "volunteer"}  # what a group gives its hours by
VALUED = {"value", "valued"}  # money a thing is worth, when the sentence is not of funding
ROW_LABELS = {"indicator", "measure", "metric", "kpi", "performance indicator"}
ROW_LABELS |= {"performance measure", "key performance indicator", "pi"}
LOSSES = {"loss", "lose", "lost", "losses", "defraud"}  # money lost to a crime
BENCHMARKS = AIMS | {"benchmark", "baseline", "standard", "minimum", "maximum", "ceiling", "plan"}
BENCHMARKS |= {"trajectory", "range", "threshold", "expectation", "forecast"}
AGENTS = {"volunteers", "people_trained", "offenders_managed"}  # groups that act
COMPARATIVES = {"fewer", "more", "less", "lower", "higher"}
BOUNDS = ("below", "under", "above", "beneath")  # "keep first-time entrants below 95"
ARROWS = {"→", "->", "⇒", "➔"}
COMPARATORS = {"national", "regional", "force", "similar", "group", "family", "peer", "msg"}
COMPARATORS |= {"comparator", "benchmark", "target", "baseline"}
COMPARATORS |= {"yjs", "yot", "yos"}  # "a YJS family average of 183": a comparator group
COMPARATORS |= {"county"}  # "the county figure of 41.2": where, not what
RECORDS = CONTAINERS | {"crime", "offence", "crimes", "offences"}  # say only what kind of record
COMPARING = {"compare", "versus", "against", "than", "average", "similar", "whereas"}
MULTIPLES = {"double", "twice", "treble", "triple", "half"}  # "double the county figure of 41.2"
COMPARING |= MULTIPLES
NOT_NAMES = GENERIC | COMPARING | CHANGE_VERBS  # words no metric is named by
HEADLINE_BREAKS = {";", ",", ":", "(", ")", "|", "-", "–", "\n"} | BULLETS
ITEM_BREAKS = {";", "|"} | BULLETS  # what starts an item of a list of its own
LABEL_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VB", "DT"}  # a noun phrase's
FINITE = {"is", "are", "was", "were", "has", "have", "had", "been", "be"}
NEGATING = {"non"}  # prefixes that deny the word they join
WHOLE_WORDS = {"night-time", "nighttime", "day-time", "daytime"}  # no parts of their own
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "while", "whereas", "but", "compared", "compare"}
CLAUSE_BREAKS |= {"against", "versus", "vs", "with", "where", "which", "whilst", "|"}
CONTRASTS = {"while", "whilst", "whereas"}  # open a clause of another subject


@dataclass(frozen=True)
class Concept:
    code: str
    name: str
    unit: str
    terms: tuple[tuple[frozenset[str], ...], ...]  # each term: the forms of each word
    excluded: tuple[tuple[frozenset[str], ...], ...]  # each "not" phrase, as terms are
    in_units: dict  # unit -> the concept a figure of this one in that unit is
    kind_of: str | None = None  # the broader concept: hate_crime is a kind of recorded_crime
    covers: tuple[str, ...] = ()  # the concepts a group of crimes is made of
    service: bool = False  # a service whose referrals and clients are its cases


@dataclass(frozen=True)
class Metric:
    code: str
    name: str
    unit: str
    catalogued: bool
    concept: str | None = None


@dataclass
class CellMemory:
    """What the sentences read so far in one cell (or overview section) tell the next."""

    figures: list[Figure] = field(default_factory=list)
    period: Period | None = None
    previous: Span | None = None  # the sentence before
    heading: Span | None = None  # a title line over the lines after it


@cache
def catalog() -> tuple[Concept, ...]:
    entries = yaml.safe_load(CONCEPTS_FILE.read_text())["concepts"]
    phrases = sorted({p for e in entries for p in [*e["terms"], *e.get("not", [])]})
    forms = {p: term_forms(doc) for p, doc in zip(phrases, tag(phrases))}
    return tuple(
        Concept(
            code=e["code"],
            name=e["name"],
            unit=e["unit"],
            terms=tuple(forms[t] for t in e["terms"]),
            excluded=tuple(forms[p] for p in e.get("not", [])),
            in_units=e.get("in_units", {}),
            kind_of=e.get("kind_of"),
            covers=tuple(e.get("covers", ())),
            service=e.get("service", False),
        )
        for e in entries
    )


def full_time_posts(token: Token) -> bool:
    """Whether "FTE" is full-time equivalent posts, after a number or "per" ("2.4 FTE",
    "cases per FTE"), not first-time entrants (as "48 FTEs" are)."""
    if token.lower_ != "fte" or token.i == 0:
        return False
    before = token.nbor(-1)
    return before.like_num or before.lower_ == "per"


def term_forms(doc) -> tuple[frozenset[str], ...]:
    """A term's words, but its function words ("stop and search", "victims of crime")."""
    words = words_of([t for t in doc if t.pos_ not in FUNCTION_WORDS], parts=False)
    return tuple(frozenset(w) for w in words)


def words_of(tokens: list[Token], parts: bool = True) -> list[set[str]]:
    """The forms of each word. A hyphenated word is one word ("anti-social" ->
    "antisocial", "re-offending" -> "reoffending", "reoffend"); in a text its parts are
    words too, in a catalog term they are not ("break-in" does not match "in"), nor after
    a negating prefix ("non-domestic" names no domestic abuse)."""
    words: list[set[str]] = []
    joined: list[Token] = []
    for token in tokens:
        if token.is_punct and token.text != "-" or token.like_num or token.is_space:
            joined = []
            continue
        if token.text == "-" or full_time_posts(token):
            continue
        glued = joined and joined[-1].i == token.i - 2 and token.nbor(-1).text == "-"
        glued = glued and not joined[-1].whitespace_ and not token.nbor(-1).whitespace_
        if not glued:
            joined = [token]
            words.append(word_forms(token))
            continue
        joined.append(token)
        whole = {"".join(t.lower_ for t in joined), "".join(t.lemma_.lower() for t in joined)}
        whole |= {"-".join(t.lower_ for t in joined), "-".join(t.lemma_.lower() for t in joined)}
        own_parts = parts and joined[0].lower_ not in NEGATING and not whole & WHOLE_WORDS
        # "non-domestic" says no domestic abuse, "night-time economy" no nights
        words[-1] = (words[-1] | word_forms(token) | whole) if own_parts else whole
    return words


def concept_of(
    tokens: list[Token], unit: str | None = None, head: bool = False
) -> tuple[Concept | None, int]:
    """The concept the words name, and how many words its matching term has. When the
    words are a noun phrase's core, a term naming its head noun wins ("74 knife crime
    awareness assemblies" are sessions), unless the head only says what kind of record
    is counted ("hate crime reports"); then the longest term ("hate crime" beats "crime"),
    one naming a topic over a record ("arson offences"), one of the figure's unit."""
    words = words_of(tokens)
    present = frozenset().union(*words) if words else frozenset()
    last = frozenset(words[-1]) if words and head else frozenset()
    if head and (noun := head_before_a_preposition(tokens)) is not None:
        last = frozenset(word_forms(noun))  # "Children in the households: 371": children
    return matching_concept(present, last, unit)


def head_before_a_preposition(tokens: list[Token]) -> Token | None:
    """The head noun of words that are one noun phrase with a prepositional phrase or a
    participle after it ("children in the households", "ambulances called by door
    staff"), so not their last word."""
    tokens = list(dropwhile(lambda t: t.text in BULLETS, tokens))  # "• Arrests following a"
    if any(t.like_num or t.is_punct and t.text != "-" for t in tokens):
        return None  # a clause or a list, not one noun phrase
    roots = roots_of(tokens)
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    root = roots[0]
    if root.lemma_.lower() in CONTAINERS | PROCEEDINGS:
        return None  # "Calls to the police reporting ASB": what they are about decides
    after = [t for t in tokens if t.head.i == root.i and t.i > root.i]  # "Young people
    described = any(t.dep_ == "prep" or t.dep_ == "acl" and not led_to(t) for t in after)
    return root if described else None  # reached by talks"


def roots_of(tokens: list[Token]) -> list[Token]:
    """The words of the span whose heads lie outside it (one, for one phrase)."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def led_to(verb: Token) -> bool:
    """Whether a participle says what its noun led to ("Searches resulting in arrest"): the
    outcome is counted, not the noun."""
    return verb.lemma_.lower() in OUTCOME_VERBS


@lru_cache(maxsize=1 << 16)
def matching_concept(
    present: frozenset[str], last: frozenset[str], unit: str | None
) -> tuple[Concept | None, int]:
    """concept_of, on the words' forms (a figure's scopes are asked again and again)."""
    concepts = catalog()
    best, best_rank = None, (False, False, 0, False, False, False)
    for number, term_number in terms_starting_with(present):  # in the catalog's order
        concept, term = concepts[number], concepts[number].terms[term_number]
        if ruled_out_by(concept, term, present):
            continue
        if concept.unit == "gbp" and unit not in (None, "gbp"):
            continue  # "46 alleyways at a cost of £92,000" are not money
        names_head = any(w & last for w in term) and not last & (CONTAINERS | PROCEEDINGS)
        topical = not all(w & RECORDS for w in term)  # "arson offences": arson
        specific = concept.code not in WEAK  # "adults in the tracked cohort": the cohort
        attitude = unit == "percent" and concept.code in ATTITUDES  # "satisfied with ... ASB"
        rank = (attitude, names_head, len(term), topical, specific, concept.unit == unit)
        if rank > best_rank and all(w & present for w in term):
            best, best_rank = concept, rank
    if best is None or best.code not in broader_concepts():
        return best, best_rank[2]
    kinds = [concept_named(k) for k in kinds_named(present)]
    kinds = [k for k in kinds if k.kind_of == best.code]
    return (kinds[0] if len(kinds) == 1 else best), best_rank[2]


def kinds_named(present: frozenset[str]) -> list[str]:
    """The concepts that are kinds of another whose terms the words say ("police-recorded
    hate crime" says hate crime, a kind of recorded crime, with all the words of "police
    recorded crime")."""
    concepts = catalog()
    named = {n for n, t in terms_starting_with(present) if concepts[n].kind_of}
    named = [concepts[n] for n in sorted(named)]
    said = [(c, t) for c in named for t in c.terms if all(w & present for w in t)]
    return list(dict.fromkeys(c.code for c, t in said if not ruled_out_by(c, t, present)))


def ruled_out_by(concept: Concept, term: tuple, present: frozenset[str]) -> bool:
    """Whether the words say what the concept is not ("hate crime referrals"), and its
    term does not say it ("victim-based crime")."""
    excluded = [f for p in concept.excluded if says(p, present) for f in p]
    return bool(excluded) and not any(f & w for f in excluded for w in term)


def terms_starting_with(present: frozenset[str]) -> list[tuple[int, int]]:
    """The catalog's terms whose first word is among the forms, as (concept, term)
    numbers in the catalog's order: only they can match."""
    index = term_index()
    return sorted({t for form in present for t in index.get(form, ())})


@cache
def term_index() -> dict[str, list[tuple[int, int]]]:
    """Each form a term's first word may take -> the terms, as (concept, term) numbers."""
    index: dict[str, list[tuple[int, int]]] = {}
    for number, concept in enumerate(catalog()):
        for term_number, term in enumerate(concept.terms):
            for form in term[0] if term else ():
                index.setdefault(form, []).append((number, term_number))
    return index


# --- The figure's own words -------------------------------------------------------------


def numbers_of(figures: list[Figure], figure: Figure) -> set[int]:
    """Token indices of the other figures' numbers and units."""
    return {i for f in figures if f is not figure for i in range(f.first, f.unit_end)}


def partitive_noun(of: Token) -> Token | None:
    """The noun of a part "of the" things named before it ("498 of the episodes"), not
    of a whole numbered here ("47 of the 63 children", a part-whole)."""
    nouns = [o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if not nouns or any(c.dep_ == "nummod" for c in nouns[0].children):
        return None
    determiners = {c.lower_ for c in nouns[0].children if c.dep_ == "det"}
    return nouns[0] if determiners & {"the", "these", "those"} else None


def kind_as_subject(number: Token) -> bool:
    """Whether the subject of the number's verb is a kind with no number of its own, what
    the part "of the" whole counts ("Stab wounds accounted for 71 of the referrals")."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(not any(t.like_num for t in s.subtree) for s in subjects)


def phrase_start(noun: Token) -> int:
    """Where a noun's phrase starts, but for its determiner ("a further 26 ... volunteers":
    the "a" is the head's, the number under a modifier)."""
    lefts = [c.left_edge.i for c in noun.lefts if c.dep_ not in ("det", "predet")]
    return min([noun.i, *lefts])


def counted_noun(figure: Figure) -> Token | None:
    """The noun the number counts: "669 interventions", "62% of respondents", "a 30%
    reduction in ASB" (the thing that changed)."""
    doc = figure.doc
    token = doc[figure.unit_end - 1] if figure.unit_end - 1 > figure.last else figure.head
    noun = token.head if token.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod") else None
    if noun is not None and (noun.i < token.i or in_rate_base(figure, noun)):
        noun = None
    if noun is not None and not noun.is_alpha and noun.text != "%":
        noun = None  # "Q1: 212 | Q2: 198": a table's bar is not a noun
    if noun is not None and any(t.text in ("|", ";") for t in doc[token.i : noun.i]):
        noun = None  # "Sessions delivered: 64 | Attendees: 1,102": the next cell's
    if noun is not None and any("\n" in t.text_with_ws for t in doc[token.i : noun.i]):
        noun = None  # "Members: 87\nExclusion notices issued: 53": the next line's
    if noun is not None and any(gapped_to(t) for t in doc[token.i + 1 : noun.i]):
        noun = None  # "4,470 were to high-risk households and 2,342 to low-risk households":
        # the number gapped from its verb, the noun where it went
    if noun is not None and gapped_after(token, noun):
        noun = None  # "primary fires numbered 84 and accidental dwelling fires 63": the
        # noun of the clause after "and", its verb left out
    if noun is None and misread_verb(token):
        noun = token.head  # "418 calls to the ASB hotline were received" ("calls" a verb)
    if noun is not None and noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i > noun.i:
        noun = noun.head  # "214 Safe and Well visits", the number parsed under "Safe"
    if (
        noun is not None
        and noun.i < figure.unit_end
        and noun.dep_ in ("nmod", "compound", "nummod")
    ):
        noun = noun.head if noun.head.i > noun.i else None  # "£1.2m community safety grant":
        # the figure's own scale word is no noun; the one it qualifies is
    while noun is not None and noun.dep_ in ("nmod", "compound") and noun.head.i > noun.i:
        start = phrase_start(noun.head) if noun.is_alpha else noun.head.left_edge.i
        if start < noun.left_edge.i:
            break  # the head's phrase starts before the number's: not one noun phrase
        noun = noun.head  # "12 youth conditional cautions", the number parsed under "youth"
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if noun is None and token.pos_ == "NOUN" and (token.dep_ != "pobj" or of):
        noun = token  # "62 per cent" -> "cent", "in 29% of knife offences" -> "%"
    after = list(doc[figure.unit_end : min(figure.unit_end + 3, figure.sentence.end)])
    out_of = [t.lower_ for t in after[:2]] == ["out", "of"] and len(after) == 3
    if noun is None and out_of and after[2].is_alpha and not after[2].is_stop:
        # "94 out of court disposals": a noun after "out of", not a whole ("47 out of 61")
        noun = next((t for t in after[2].subtree if t.dep_ == "pobj"), after[2].head)
        noun = noun if noun.pos_ == "NOUN" else None
    if noun is None and of and token.pos_ == "NUM" and not kind_as_subject(token):
        noun = partitive_noun(of[0])  # "57 children accounted for 498 of the episodes"
    before = doc[figure.first - 2 : figure.first] if figure.first >= 2 else []
    own = noun is not None and noun.i in range(figure.first, figure.unit_end)  # "%"
    bracketed = len(before) == 2 and before[1].text == "(" and before[0].pos_ == "NOUN"
    counted = bracketed and any(t.like_num for t in before[0].lefts)  # "14 completers (86%)"
    bracketed = bracketed or len(before) == 2 and ranked_at(before[0], before[1], figure)
    if (noun is None or own) and bracketed and not counted and before[0].lower_ != "cent":
        noun = before[0]  # "Shop theft (1,406)", "Violence (41%), theft (19%) and ..."
        joined = noun.dep_ == "conj" and doc[noun.i - 1].dep_ == "cc"
        if joined and noun.head.i == noun.i - 2 and one_noun(noun.head, noun):
            noun = noun.head  # "criminal damage and arson (11%)": one category
    if noun is None and (holder := of_holder(rate_top(figure))) is not None:
        noun = holder  # "a population of 130,000", "Sheffield's burglary rate of 9.6"
    if (changed := compared_noun(figure)) is not None and (noun is None or noun.lower_ in GENERIC):
        noun = changed  # "10% fewer deliberate fires"
    mine = range(figure.first, figure.unit_end)
    for _ in range(3):  # "the number of", "30% of", "a reduction in"
        if noun is None or noun.lower_ not in GENERIC and noun.lemma_.lower() not in GENERIC:
            break
        inner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "on")]
        objects = [o for p in inner for o in p.children if o.dep_ == "pobj" and o.i not in mine]
        objects = [o for o in objects if not in_rate_base(figure, o)]
        if not objects or one_term_across(noun, objects[0]):
            break  # "4 days of action": a day of action is a thing of its own
        if a_cohort(objects[0]):
            break  # "the re-offending rate of the 2022 cohort", "lower than the 33.6% of
            # the previous cohort": whose, not what
        noun = objects[0]
    return noun


def ranked_at(item: Token, at: Token, figure: Figure) -> bool:
    """Whether a ranked list's item the catalog names stands right before "at" its figure
    ("..., followed by shoplifting at 1,774 and criminal damage at 1,402")."""
    if at.lower_ != "at" or not ranked_item(figure):
        return False
    if any(t.tag_ in ("JJS", "RBS") for t in item.subtree):
        return False  # "the most common offence at 912": the ranking's noun, not an item
    return concept_of(list(item.doc[item.left_edge.i : item.i + 1]))[0] is not None


EARLIER = {"previous", "last", "earlier", "prior", "preceding"}


def a_cohort(noun: Token) -> bool:
    """Whether the noun is the group a rate is of, not what it measures: a cohort ("the
    2022 cohort"), or an earlier period ("the previous year")."""
    if noun.lemma_.lower() == "cohort":
        return True
    return noun.lemma_.lower() in ("year", "period") and any(
        c.lower_ in EARLIER for c in noun.children if c.dep_ == "amod"
    )


def one_term_across(head: Token, inner: Token) -> bool:
    """Whether a catalog term is made of the generic head and the noun of its "of"
    ("day of action", "week of action")."""
    forms = words_of([head, inner])
    return len(forms) == 2 and any(a & forms[0] and b & forms[1] for a, b in two_word_terms())


@cache
def two_word_terms() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((t[0], t[1]) for concept in catalog() for t in concept.terms if len(t) == 2)


def gapped_after(number: Token, noun: Token) -> bool:
    """Whether the noun a number was hung on opens a clause after "and" whose own number
    follows it ("84 and accidental dwelling fires 63")."""
    between = number.doc[number.i + 1 : noun.i]
    after = noun.i + 1 < len(noun.doc) and noun.nbor(1).like_num
    return after and any(t.lower_ == "and" for t in between)


def gapped_to(word: Token) -> bool:
    """A "to" or "from" standing as a word of its own (not "one-to-one")."""
    return (
        word.lower_ in ("to", "from") and bool(word.whitespace_) and bool(word.nbor(-1).whitespace_)
    )


def misread_verb(number: Token) -> bool:
    """Whether the word after a number is a plural noun the parser read as a verb with
    the number as its subject ("418 calls", "212 visits"): a plural number is never the
    subject of a verb in the third person singular."""
    word = number.head
    return number.dep_ == "nsubj" and word.i == number.i + 1 and word.tag_ == "VBZ"


def compared_noun(figure: Figure) -> Token | None:
    """The noun after a comparative right after the figure: "10% fewer deliberate fires"."""
    after = word_after(figure)
    if after is None or after.lower_ not in COMPARATIVES:
        return None
    if after.head.i > after.i:
        return after.head if after.head.pos_ == "NOUN" else None
    # "410 more pupils", the parser hanging "more" on the number: the noun right after it
    following = after.nbor(1) if after.i + 1 < len(after.doc) else None
    return following if following is not None and following.pos_ == "NOUN" else None


def in_rate_base(figure: Figure, token: Token) -> bool:
    """Whether the token is in the figure's rate base ("9.6 per 1,000 households")."""
    after = figure.doc[figure.last + 1 : token.i + 1]
    return figure.unit.startswith("per_") and any(t.lower_ == "per" for t in after)


def rate_top(figure: Figure) -> Token:
    """The figure's number, or for a rate parsed under its base ("9.6 per 1,000
    households"), the base's noun."""
    top = figure.head
    while top.head.i != top.i and top.head.i > figure.last and in_rate_base(figure, top.head):
        top = top.head
    return top


def rate_base(figure: Figure) -> set[int]:
    """The tokens of the figure's rate base: "per 1,000 population"."""
    if not figure.unit.startswith("per_"):
        return set()
    doc, end = figure.doc, figure.sentence.end
    after = doc[figure.last + 1 : min(figure.last + 12, end)]
    per = next((t for t in after if t.lower_ == "per"), None)
    if per is None:  # "an average of 11 a night": what a shared rate is per
        shared = [t for t in after[:4] if t.lower_ in ("a", "an") and t.i + 1 < end]
        shared = [t for t in shared if figure.unit == f"per_{unit_word(t.nbor())}"]
        return {shared[0].i, shared[0].i + 1} if shared else set()
    noun = next((t for t in doc[per.i + 1 : min(per.i + 5, end)] if t.pos_ == "NOUN"), None)
    last = noun.i if noun is not None else min(per.i + 1, end - 1)  # "... 79.6 crimes per"
    return set(range(per.i, last + 1))


def rate_of(figure: Figure) -> list[Token]:
    """What the nearest rate before a rate names: "the 4th lowest rate of residential
    burglary in its group, at 3.1 per 1,000 households", "the burglary rate was 5.2 per
    1,000" (not a rate that says what it is per: "re-offences per re-offender average rate")."""
    before = figure.doc[figure.sentence.start : figure.first]
    rates = [t for t in before if t.lemma_ == "rate"][-1:]
    if not rates:
        return []
    said_per = any(t.lower_ == "per" for t in figure.doc[before.start : rates[0].i])
    kinds = ("prep",) if said_per else ("prep", "compound", "amod")
    words = []
    for child in [c for c in rates[0].children if c.dep_ in kinds]:
        named = [child] if child.dep_ != "prep" else list(child.subtree)
        if child.dep_ == "prep" and (child.lower_ != "of" or any(t.like_num for t in named)):
            continue  # not "a rate of 9.6 per 1,000 households"
        words += named
    return words


def of_holder(number: Token) -> Token | None:
    """The noun a number is the "of" object of, before it: "a population of 130,000"."""
    of = number.head if number.dep_ == "pobj" else None
    if of is None or of.lower_ not in ("of", "at") or of.head.i > number.i:
        return None  # "... followed by theft at 6,122"
    return of.head if of.head.pos_ in ("NOUN", "PROPN") else None


def one_noun(noun: Token, conj: Token) -> bool:
    return conj.dep_ == "conj" and conj.head == noun and not list(conj.lefts)


def a_term_run(word: Token) -> Token | None:
    """The noun ending a catalog term of an adjective, "and", a word and the noun that the
    parser split ("2,846 Safe and Well visits", "visits" read as a verb)."""
    doc = word.doc
    if word.i + 3 >= len(doc) or doc[word.i + 1].dep_ != "cc":
        return None
    run = list(doc[word.i : word.i + 4])
    return run[-1] if run[-1].tag_ in ("NNS", "NN", "VBZ") and concept_of(run)[1] >= 3 else None


def one_term(noun: Token, word: Token) -> bool:
    """Whether the noun, "and" and the word modifying the noun's conjunct are one term of
    the catalog ("stop and search encounters")."""
    conj = word.head
    if word.dep_ != "compound" or conj.dep_ != "conj" or conj.head != noun:
        return False
    return concept_of([noun, noun.nbor(1), word])[1] >= 2


def phrase(
    noun: Token | None, skip: set[int], appositions: bool = False
) -> tuple[list[Token], list[Token]]:
    """(core, whole): the noun with its modifiers ("anti-social behaviour incidents"), and
    with its attachments too ("... reported to Cleveland Police"); never another figure's
    words, nor a list's next item."""
    if noun is None or noun.i in skip:
        return [], []
    doc, start = noun.doc, noun.left_edge.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2  # "Fly-tipping", parsed as three subjects
    opener = doc[start - 1] if start > 0 else None
    if opener is not None and opener.is_sent_start and opener.is_title and not opener.is_stop:
        start -= 1  # "Deliberate secondary fires ...", its first word parsed as a verb
    end = noun.i + 1
    if end + 1 < len(doc) and doc[end].dep_ == "cc" and one_noun(noun, doc[end + 1]):
        end += 2  # "1,204 stop and searches", "96 parents and carers": one noun
    elif end + 1 < len(doc) and doc[end].dep_ == "cc" and one_term(noun, doc[end + 1]):
        end = doc[end + 1].head.i + 1  # "Stop and search encounters", "Stop" the subject
    end = max([end] + [c.i + 1 for c in noun.rights if glued_apposition(noun, c)])
    if noun.pos_ == "ADJ" and (run := a_term_run(noun)) is not None:
        end = run.i + 1  # "2,846 Safe and Well visits", "visits" read as a verb
    core = [t for t in doc[start:end] if t.i not in skip]
    found: list[Token] = []

    def walk(token: Token) -> None:
        left_out = ("conj", "cc", "punct") + (() if appositions else ("appos",))
        if token.i in skip or token.dep_ in left_out and not of_records(token):
            return
        if token.lower_ in ("per",):
            return  # a rate's base, or examples: not what the figure counts
        others = [t for t in token.subtree if t.i in skip and t.like_num]
        if others:
            objects = [c for c in token.children if c.dep_ == "pobj" and not c.like_num]
            aside = all("(" in (t.nbor(-1).text, doc[max(t.i - 2, 0)].text) for t in others)
            if token.dep_ == "prep" and aside and objects and objects[0].i not in skip:
                found.extend([token, objects[0]])  # "referrals to MARAC (target 92)", the
                for child in objects[0].children:  # target hung on MARAC: the place named
                    walk(child)
            return  # "87 cases, of which 52 involved adults": another figure's words
        found.append(token)
        for child in token.children:
            walk(child)

    said_of = noun.lemma_.lower() in GENERIC  # "an increase of 109, driven by ...": a cause
    for child in noun.children:
        if said_of and child.dep_ in ("acl", "relcl"):
            continue
        if child.dep_ == "acl" and doc[child.left_edge.i - 1].text == ",":
            continue  # "334 incidents, driven by refuse and grassland fires": a cause
        if child.i > noun.i or appositions and child.dep_ == "appos":
            walk(child)
    return core, sorted(core + found, key=lambda t: t.i)


def glued_apposition(noun: Token, child: Token) -> bool:
    """Whether a noun run straight after the noun, parsed as its apposition, goes on its
    name ("9 premises closure orders", "premises" taken as the number's noun)."""
    run = noun.doc[noun.i + 1 : child.i + 1]
    return (
        child.dep_ == "appos"
        and child.left_edge.i == noun.i + 1
        and all(t.pos_ == "NOUN" for t in run)
    )


def of_records(token: Token) -> bool:
    """Whether the word joins the object of records "of" what ("incidents of nuisance and
    anti-social behaviour"): what the records are of, both of it."""
    of = token.head.head
    joined = token.dep_ in ("conj", "cc") and token.head.dep_ == "pobj" and of.lower_ == "of"
    return joined and of.head.lemma_.lower() in CONTAINERS


def named_act(act: list[Token], unit: str) -> Concept | None:
    """What a verb and its object name together ("the play was performed 34 times")."""
    concept, size = concept_of(act, unit)
    return concept if size > 1 else None  # a term of both, not "witnessing" alone


def act_repeated(figure: Figure) -> list[Token]:
    """What was done so many times, when the words say what it was done to ("called an
    ambulance 19 times", "footage was supplied on 540 occasions"): the verb and its object
    (or its subject, when passive), and the state it left them in ("went missing")."""
    noun = counted_noun(figure) or figure.head
    if noun.lemma_.lower() not in ("occasion", "time") or noun.lower_ == "time":
        return []
    verb = governing_verb(noun)
    if verb is None:
        return []
    went = verb.dep_ == "advcl" and verb.head.lemma_.lower() == "go"  # "went missing"
    state = [verb] if verb.dep_ in ("xcomp", "oprd", "acomp") or went else []  # "were
    verb = verb.head if state else verb  # reported missing on 214 occasions"
    done = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "nsubjpass", "acomp")]
    done = [c for c in done if c not in state and not is_generic(with_compounds(c))]
    done = state + [t for c in done for t in with_compounds(c)]  # not "ran a total of"
    return [verb] + done if done else []


COHORTS = {"cohort", "iom", "nominal", "nominals", "reoffender", "reoffenders"}


def by_a_cohort(figure: Figure, memory: CellMemory) -> bool:
    """Whether the offences counted are an offender cohort's ("the IOM cohort ... was
    responsible for 412 offences", "14 reoffended, committing 52 further offences")."""
    words = list(figure.sentence) + (list(memory.previous) if memory.previous else [])
    lemmas = [t.lemma_.lower() for t in words]  # "Integrated Offender Management", spelt out
    managed = ("offender", "management") in set(zip(lemmas, lemmas[1:]))
    return managed or any(t.lower_ in COHORTS or t.lemma_.lower() == "reoffend" for t in words)


def subject_up(figure: Figure) -> list[Token]:
    """The subject of the nearest verb above the figure that has one, with its modifiers
    ("Street Pastors completed 96 patrols totalling 470 hours": Street Pastors)."""
    token = figure.head
    while token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return list(token.doc[subjects[0].left_edge.i : subjects[0].i + 1])
    return []


def later_subject(clause: Token) -> bool:
    """Whether the verb a clause hangs on has its subject only after the clause: a later
    clause the parser took for the one above it."""
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.i > clause.i for s in subjects)


def governing_verb(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return token if token.pos_ in ("VERB", "AUX") else None


def conjunct_before(verb: Token) -> Token | None:
    """The noun right before a verb joined to another, when the parser made it a
    conjunct of that verb's object instead of this verb's subject."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    noun = verb.nbor(-1)
    joined = noun.dep_ == "conj" and noun.head.dep_ == "dobj" and noun.head.head == verb.head
    return noun if joined and noun.pos_ in ("NOUN", "PROPN") else None


def subject_noun(figure: Figure) -> Token | None:
    """The subject the figure is the value of: "The number of referrals to the Hate MARAC
    increased from 103", "Knife crime fell 8.7% to 231"."""
    verb = governing_verb(figure.head)
    if verb is None or apart(figure.head, verb):
        return None  # the parser hung the item on the next item's verb
    if a_misread_gerund(verb):
        return verb  # "while shoplifting, at 2,905 offences, rose": the shoplifting
    mine = {t.i for t in figure.head.subtree}
    came_from = None
    for _ in range(4):  # "Reported ASB ... was down 18%, falling from 1,410 incidents"
        if came_from is not None and verb.lemma_.lower() in REPORTING:
            # "The Panel noted that the proportion of 999 calls ... had improved to 91.3%":
            # who reported it is not what; the subject the parser left in the clause is
            said = [t for t in verb.subtree if t.dep_ in ("nsubj", "nsubjpass")]
            said = [t for t in said if verb.i < t.i < figure.first and t.i not in mine]
            subjects = [noun_read_as_verb(t) for t in said[-1:]]
            break
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and (hung := conjunct_before(verb)) is not None:
            subjects = [hung]  # "received 1,742 referrals and its IDVAs worked with 468
            # clients": the noun the parser hung on the object before "and"
        clausal = [c for c in verb.children if c.dep_ == "csubj"]  # "The number of
        subjects = subjects or [s for c in clausal for s in c.children if s.dep_ == "nsubj"]
        subjects = subjects or clausal  # "Shoplifting ... was up 27%" (parsed as a verb)
        subjects = subjects or [c for c in verb.children if a_misread_gerund(c)]
        if any(s.i in mine for s in subjects) and verb.dep_ == "conj":
            return None  # "143 knives were handed in and a further 61 were recovered"
        if any(s.i in mine for s in subjects) and verb.dep_ == "ccomp" and later_subject(verb):
            return None  # "Of those, 46 went on to start treatment, ... and 118 naloxone
            # kits were handed out" (parsed as the object of "handed"): its verb's subject
        subjects = [s for s in subjects if s.i not in mine and not apart(s, verb)]
        timed = [s for s in subjects if a_time_phrase(s)]  # "... after dark rose to 58%"
        subjects = [outside_aside(s) for s in subjects if s not in timed][-1:]
        if timed and verb.dep_ == "advcl" and verb.head.dep_ == "relcl":
            return verb.head.head  # "Residents who felt safe ... after dark rose to 58%"
        if subjects or verb.dep_ not in ("relcl", "acl", "conj", "advcl", "xcomp", "ccomp"):
            break
        if verb.head.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("relcl", "acl"):
            return what_is_placed(verb.head)  # "offences recorded", "victims, who lost ..."
        came_from = verb if verb.dep_ == "ccomp" else None
        if any(
            t.text == ";" for t in figure.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)]
        ):
            break  # "... fell to 171; 14 people lost their lives": another clause's subject
        verb = verb.head
    noun = gapped_subject(figure) or (subjects[0] if subjects else unparsed_subject(figure))
    if noun is not None and noun.lemma_.lower() in GENERIC:
        inner = [o for c in noun.children if c.lower_ == "of" for o in c.children]
        inner = [o for o in inner if not any(t.lower_ == "per" for t in o.subtree if t.i < o.i)]
        noun = inner[0] if inner and not inner[0].like_num else noun  # not a rate's base
    return noun


def a_misread_gerund(word: Token) -> bool:
    """Whether the word is a crime the tagger read as a verb after "while" and hung on the
    next verb as a clause: "..., while shoplifting, at 2,905 offences, rose by 22%"."""
    marked = any(c.dep_ == "mark" for c in word.children)
    clause = word.dep_ == "advcl" and word.tag_ == "VBG" and word.i < word.head.i and marked
    return clause and named([word]) is not None


def noun_read_as_verb(subject: Token) -> Token:
    """The noun the tagger read as a verb after "that", which it then made that verb's
    subject: "noted that calls to the police about ASB totalled 6,905" (the calls)."""
    verb = subject.head
    misread = subject.lower_ == "that" and verb.tag_ in ("VBZ", "VBP") and verb.i == subject.i + 1
    return verb if misread and verb.dep_ == "ccomp" else subject  # not "a scheme that helps"


def what_is_placed(noun: Token) -> Token:
    """The noun a place phrase places, for a participle the parser hung on the place
    ("Knife crime offences in the two areas cut by 10%": the offences were cut)."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in ROW_PLACES or prep.dep_ != "prep":
        return noun
    # "to" too: "Ambulance call-outs to the town centre cut by 20%"
    into = prep.lower_ in PLACE_PREPS or prep.lower_ == "to"
    return prep.head if into and prep.head.pos_ == "NOUN" else noun


def object_counted(figure: Figure, figures: list[Figure]) -> bool:
    """Whether the verb the figure hangs on has an object another figure counts: its
    subject is the doers, and the figure is of what they did."""
    verb = governing_verb(figure.head)
    if verb is None:
        return False
    objects = {c.i for c in verb.children if c.dep_ == "dobj"}
    return any(f is not figure and f.head.head.i in objects for f in figures)


HELPERS = {"volunteers", "people_trained"}  # doers who help people


def done_to(noun: Token) -> bool:
    """Whether the noun is what its verb is done to: its object ("mentored 64 young
    people"), or a phrasal verb's ("looked after 428 people", "worked with 96 families")."""
    held = noun.dep_ == "pobj" and noun.head.lower_ in ("after", "with")
    verb = noun.head.head if held else noun.head
    having = verb.lemma_.lower() in ("have", "be", "include", "number", "total")  # "has 46
    return (noun.dep_ == "dobj" or held and verb.pos_ == "VERB") and not having  # officers"


def a_time_phrase(token: Token) -> bool:
    """ "after dark", "before school": a time the parser may take for a subject."""
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    return before in ("after", "before") and token.lower_ in ("dark", "school", "midnight")


DASHES = {"–", "—", "-"}


def aside_start(token: Token) -> Token | None:
    """The dash opening the aside the token is in ("Neighbourhood crime – vehicle
    offences, theft, burglary and robbery – decreased by 12.4%"), if it is in one."""
    spaced = [t for t in token.sent if t.text in DASHES and t.whitespace_]
    return next((a for a, b in zip(spaced, spaced[1:]) if a.i < token.i < b.i), None)


def between_dashes(token: Token) -> bool:
    return aside_start(token) is not None


def outside_aside(subject: Token) -> Token:
    """A subject the parser found in an aside: the noun the aside follows."""
    dash = aside_start(subject)
    before = dash.nbor(-1) if dash is not None and dash.i > dash.sent.start else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else subject


def gapped_subject(figure: Figure) -> Token | None:
    """The subject of a clause that leaves out its verb ("Thefts fell from 37 to 24, and hare
    coursing reports from 19 to 11", "Burglary fell by 12% and robbery by 7%"): the noun
    right before its "from" or "by", after "and" or ","."""
    doc, start = figure.doc, figure.sentence.start
    at = figure.first - 1
    if at > start + 1 and doc[at].lower_ == "to" and doc[at - 1].like_num:
        at -= 2  # "from 19 to 11": the 11's clause begins where the 19's does
    if at <= start or doc[at].lower_ not in ("from", "by"):
        return None
    nouns = list(takewhile(nominal, reversed(doc[start:at])))
    opener = doc[at - len(nouns) - 1] if at - len(nouns) - 1 >= start else None
    if not nouns or nouns[0].pos_ == "ADJ" or opener is None or opener.lower_ not in ("and", ","):
        return None
    return nouns[0]


def nominal(token: Token) -> bool:
    """A noun, its adjective, or a gerund the tagger took for a verb ("shoplifting"), or a
    participle describing the noun ("total recorded crime")."""
    described = token.tag_ == "VBN" and token.dep_ == "amod"
    return token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ == "VBG" or described


def apart(word: Token, other: Token) -> bool:
    """Whether two words are in different items of a list ("...; burglary fell"): the
    parser may hang a subject on the next item's verb."""
    low, high = sorted((word.i, other.i))
    return any(t.text in ITEM_BREAKS - {"|"} for t in word.doc[low + 1 : high])  # not a row


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts the token is one of ("Tredworth" in "Barton and
    Tredworth": "Barton"), whose role in the sentence they share."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def unparsed_subject(figure: Figure) -> Token | None:
    """The noun right before a verb the parser gave no subject ("..., and alcohol-related
    ambulance call-outs on weekend nights dropped from 310 to 262"): the last noun before
    it that is not in a phrase of its own, back to a comma."""
    verb = governing_verb(figure.head)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if any(not apart(s, verb) for s in subjects):
        return None
    if verb.lemma_.lower() in COMPARING:
        return None  # "...: 2,904 in 2023/24 compared to 3,310": the other side, not a subject
    breaks = ITEM_BREAKS - {"|"} | {","}  # a table row's label is across its bars
    if verb.i == figure.sentence.start and verb.i > 0 and figure.doc[verb.i - 1].text == ".":
        return None  # "Killed or seriously injured casualties ...: 83" (a verb, to the
        # tagger): no noun before it, and a finished sentence's are not its (a line
        # wrapped mid-phrase goes on)
    before = list(takewhile(lambda t: t.text not in breaks, reversed(figure.doc[: verb.i])))
    nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN")]
    named = [t for t in nouns if first_conjunct(t).dep_ not in NOT_SUBJECTS]  # not "...;
    # burglary in Barton and Tredworth fell from 212", a place joined to the "in"'s
    opens = before and before[-1].i > 0 and figure.doc[before[-1].i - 1].text in ITEM_BREAKS
    if not named and opens:  # "...; burglary in the area fell from 117", parsed in
        named = [t for t in nouns if t.dep_ == "appos"]  # apposition to the item before
    return named[0] if named else None


def headline_words(figure: Figure) -> list[Token]:
    """The words of a verbless item a change figure ends: "Burglary down 12%; robbery up
    4%", "knife crime down by 14%, ASB down 9%" (the parser makes little of these)."""
    doc, start = figure.doc, figure.sentence.start
    at = figure.first - qualifier_words(list(doc[start : figure.first])) - 1
    at -= at > start and doc[at].lower_ == "by"
    if at >= start and doc[at].lower_ in ("up", "down") and figure.role != "level":
        words = item_before(figure, at)
    elif figure.role != "level" and compared_after(figure):  # "knife crime 5% below the
        words = item_before(figure, at + 1)  # 2018/19 level of 812"
    elif figure.role == "level":  # "Hate crime 412 (+8%); knife crime 231 (-9%)", not
        words = item_before(figure, figure.first)  # "96 referrals: education 41, ..."
        opens = words and (words[0].i == start or doc[words[0].i - 1].text in ITEM_BREAKS)
        words = words if opens and all(t.tag_ in LABEL_TAGS for t in words) else []
    else:
        return []
    finite = any(t.lower_ in FINITE or t.lemma_.lower() in CHANGE_VERBS for t in words)
    content = [t for t in words if t.is_alpha and not t.is_stop]  # not "the 4th highest"
    return [] if finite or not content or len(content) > 5 else words


def headline_of_its_change(figure: Figure, figures: list[Figure]) -> list[Token]:
    """The words of a verbless item whose change the level follows in the item, the level
    it is compared with ("knife crime down 5% on the 2018/19 level of 812")."""
    before = [f for f in figures if f.sentence == figure.sentence and f.last < figure.first]
    if not before or before[-1].role == "level" or figure.role != "level":
        return []
    change = before[-1]
    if any(t.text in ITEM_BREAKS for t in figure.doc[change.unit_end : figure.first]):
        return []
    return headline_words(change)


def compared_after(figure: Figure) -> bool:
    """Whether the word after a change compares it ("5% below", "12 fewer than")."""
    after = figure.doc[figure.unit_end] if figure.unit_end < figure.sentence.end else None
    return after is not None and after.lower_ in COMPARATIVES | {"below", "above", "up", "down"}


def item_before(figure: Figure, at: int) -> list[Token]:
    """The words of the list item before the token at `at`, back to the item's start."""
    words: list[Token] = []
    aside = 0  # "knife crime (possession and knife-enabled offences) 5% below ...": the
    for token in reversed(figure.doc[figure.sentence.start : at]):  # item, not its aside
        if token.text == ")" and token.i == at - 1 or aside:
            aside += (token.text == ")") - (token.text == "(")
            continue
        glued = token.text == "-" and token.i > 0 and not token.whitespace_
        glued = glued and not token.nbor(-1).whitespace_
        if token.text in HEADLINE_BREAKS and not glued or token.like_num and not determined(token):
            break  # a glued hyphen joins a word ("knife-enabled offences down 10%"), and
            # "the two town centres" is a place of the item's, not a figure before it
        words.insert(0, token)
    return words


def determined(number: Token) -> bool:
    """Whether a number follows a determiner: "the two town centres", "its 21 wards"."""
    return number.i > 0 and number.nbor(-1).lower_ in DETERMINERS


DETERMINERS = {"the", "these", "those", "its", "their", "our", "all"}


def changed_object(figure: Figure) -> Token | None:
    """What a change verb changes: the object of "reduce ... by 10%"."""
    verb = governing_verb(figure.head)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    noun = objects[0] if objects else None
    if noun is not None and noun.lemma_.lower() in GENERIC and not modified(noun):  # "the
        # number of ...", but not "the proven reoffending rate of the IOM cohort"
        inner = [o for c in noun.children if c.lower_ == "of" for o in c.children]
        noun = inner[0] if inner else noun
    return noun


def modified(noun: Token) -> bool:
    """Whether words before the noun say what it is of ("the reoffending rate")."""
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() not in GENERIC for c in noun.lefts
    )


def complement_of(figure: Figure, skip: set[int]) -> list[Token]:
    """What a figure is said to be when it is the subject of "be": "Of these, 5,133 were
    violence against the person", "22 were at risk of criminal exploitation"."""
    verb = figure.head.head
    if figure.head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be":
        return []
    attributes = [c for c in verb.children if c.dep_ == "attr" and c.i not in skip]
    if attributes:
        return phrase(attributes[0], skip)[1]
    states = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")]
    return [t for t in states[0].subtree if t.i not in skip] if states else []  # "at risk of"


def clause_words(figure: Figure, skip: set[int]) -> list[Token]:
    """The figure's clause: its verb and everything under it but other figures' words."""
    verb = governing_verb(figure.head)
    if verb is None:  # "First Time Entrants below 40; reoffending rate under 35%": with no
        start, end = item_span(figure)  # verb, the words of its own item of the list
        return [t for t in figure.doc[start:end] if t.i not in skip]
    return [t for t in verb.subtree if t.i not in skip]


def others_clauses(figure: Figure) -> set[int]:
    """The words of the clauses under the figure's verb that hold other figures and not
    this one: "cleared 5,127 fly-tips at a cost of £598,000, while fines brought in £43,600"."""
    verb = governing_verb(figure.head)
    if verb is None:
        return set()
    return set().union(*(others_clause(child, figure) for child in verb.children))


def later_clauses_of_their_own(figure: Figure) -> set[int]:
    """The words of the clauses after the figure that hold other figures under a subject
    of their own: "Incidents were 8.4% lower than the 8,664 ..., and closure orders were
    obtained on 7 premises" says nothing of the incidents (but "..., and 15 were flagged as
    transgender hate" says what the figures before were)."""
    verb = governing_verb(figure.head)
    if verb is None or verb.lemma_.lower() in REPORTING:
        return set()  # "85% said Ceredigion was a safe place": what was said is of them
    clauses = [c for c in verb.children if c.i > figure.first and others_clause(c, figure)]
    return {t.i for c in clauses if named_subject(c) for t in c.subtree}


def named_subject(verb: Token) -> bool:
    """Whether the verb has a subject of words, not a number ("closure orders were ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ in ("NOUN", "PROPN") and not s.like_num for s in subjects)


def others_clause(child: Token, figure: Figure) -> set[int]:
    """The words of the child's clause, if it holds other figures and not this one."""
    if child.dep_ not in ("advcl", "conj", "ccomp") or child.pos_ not in ("VERB", "AUX"):
        return set()
    words = {t.i for t in child.subtree}
    if figure.first in words or not any(t.like_num for t in child.subtree):
        return set()
    return words


def item_span(figure: Figure) -> tuple[int, int]:
    """Where the figure's item of a list (between ";" or bullets) starts and ends; a
    table's "|" cells are one row, its label in another cell."""
    sentence = figure.sentence
    breaks = [t.i for t in sentence if t.text in ITEM_BREAKS and t.text != "|"]
    start = max([i + 1 for i in breaks if i < figure.first], default=sentence.start)
    end = min([i for i in breaks if i >= figure.unit_end], default=sentence.end)
    return start, end


def verb_phrase(figure: Figure, skip: set[int]) -> list[Token]:
    """The figure's verb with its objects, one preposition deep ("were sentenced to
    custody"), not its circumstances ("offered support ... with the help of the MARAC")."""
    verb = governing_verb(figure.head)
    if verb is None or across_a_semicolon(figure, verb):
        return []  # "214 victims supported (...); 76% reported feeling safer": the parser
        # hung the count on the next item's verb
    found = objects_of(verb)
    for child in verb.children:  # "1,234 clients said they felt safer"
        if child.dep_ in ("ccomp", "xcomp") or child.dep_ == "advcl" and goes_on(verb):
            found += objects_of(child)
    return [t for t in found if t.i not in skip]


def goes_on(verb: Token) -> bool:
    """Whether the verb is "go on" (to do what the figure counts): "236 people went on to
    start treatment" counts treatment starts, whatever the parser makes of "to start"."""
    return verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def across_a_semicolon(figure: Figure, token: Token) -> bool:
    """Whether a ";" outside brackets stands between the figure and the token."""
    start, end = sorted((figure.unit_end, token.i))
    return semicolon_in(figure.doc[start:end])


def objects_of(verb: Token) -> list[Token]:
    """The verb, its particle and its objects, with their compounds and conjuncts ("were
    in suitable education, training or employment", "handed in")."""
    found = [verb] + [c for c in verb.children if c.dep_ == "prt"]  # "handed in"
    found += [c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]  # "were
    # seriously injured"
    found += joined_verbs(verb)  # "were stopped and searched"
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "oprd"):
            found += [t for o in (child, *child.conjuncts) for t in with_compounds(o)]
        if child.dep_ in ("acomp", "oprd"):  # "identified 19 addresses subject to cuckooing"
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "of")]
            found += [o for p in preps for o in p.children]  # (not "available on each cohort")
        if child.dep_ in ("prep", "agent", "dative") and child.i < verb.i + 4:  # "made 94
            # referrals to Prevent", "to" parsed as the verb's dative
            objects = [o for o in child.children if o.dep_ == "pobj"]
            found += [t for o in objects for c in (o, *o.conjuncts) for t in with_compounds(c)]
    return found


def joined_verbs(verb: Token) -> list[Token]:
    """The verb joined to this one by the word after it ("stopped and searched"): the two
    say together what was done."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i == verb.i + 2 and c.pos_ == "VERB"]


def with_compounds(noun: Token) -> list[Token]:
    """The noun and the nouns compounded with it ("the MACE panel")."""
    return [c for c in noun.lefts if c.dep_ == "compound"] + [noun]


def is_generic(tokens: list[Token]) -> bool:
    """Whether the words name nothing measured: "the figure", "the South Yorkshire rate",
    "the Most Similar Group average" (a place or comparator says where, not what)."""
    return all(
        t.lower_ in GENERIC | COMPARATORS | MULTIPLES
        or t.is_stop
        or t.is_punct
        or t.like_num
        or names_a_place(t)
        or in_a_place_name(t)
        for t in tokens
    )


def names_a_place(token: Token) -> bool:
    """Whether the token is in the name of a place: one the tagger calls a place, or an
    area the catalog of places knows ("for Wales as a whole", which the tagger may not)."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    sentence = token.sent
    at = token.idx - sentence.start_char
    return token.pos_ == "PROPN" and any(s <= at < e for s, e in place_spans(sentence.text))


@lru_cache(maxsize=4096)
def place_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the areas a sentence names are in its text (asked again for each word)."""
    return tuple((s, e) for s, e, _ in areas_in(text))


# --- The metric -------------------------------------------------------------------------


def counts_it(figure: Figure, noun: Token, figures: list[Figure], nouns: dict) -> bool:
    """Whether the figure is the number of the noun ("212 notices") and the others the noun
    is said of are what each is worth ("of £400"), not its parts nor its shares."""
    others = [f for f in figures if f is not figure and nouns[id(f)] is not None]
    others = [f for f in others if nouns[id(f)].i == noun.i]
    counted = figure.head.dep_ == "nummod" and figure.head.head.i == noun.i
    return counted and figure.unit == "count" and all(f.unit == "gbp" for f in others)


def own_words(figures: list[Figure]) -> None:
    """Each figure's own noun phrase, before any is given a meaning: one figure's phrase
    is never another's ("29 parents and 351 children")."""
    nouns = {id(f): counted_noun(f) for f in figures}
    for figure in figures:
        theirs = {n.i for f in figures if f is not figure and (n := nouns[id(f)]) is not None}
        if (noun := nouns[id(figure)]) is not None and counts_it(figure, noun, figures, nouns):
            theirs.discard(noun.i)  # "issued 212 fixed penalty notices of £400": the notices
            # are the 212's, which counts them, though the £400 is said of them too
        if others := modifiers_of_sharers(figure, figures, nouns):
            theirs = (theirs - {noun.i}) | others  # "412 accidental and 388 deliberate
            # fires": the fires are each's, each with its own modifier
        skip = numbers_of(figures, figure) | theirs | rate_base(figure)
        core, whole = phrase(nouns[id(figure)], skip)
        mine = range(figure.first, figure.unit_end)
        figure.meaning["core"] = [t for t in core if t.i not in mine]
        whole += [t for t in up_to_per(figure) if t not in whole]
        figure.meaning["noun"] = [t for t in whole if t.i not in mine]


def modifiers_of_sharers(figure: Figure, figures: list[Figure], nouns: dict) -> set[int]:
    """The words of the other figures counting the same noun, when each number has a
    modifier of its own before it ("412 accidental and 388 deliberate fires"): each number
    owns its modifier, as long as the first's, and words nearer the noun are all theirs
    ("240 first and 61 final warning letters"); none for "412 and 388 deliberate fires"."""
    noun = nouns[id(figure)]
    if noun is None:
        return set()
    sharers = [f for f in figures if (n := nouns[id(f)]) is not None and n.i == noun.i]
    if len(sharers) < 2 or sharers[-1].last >= noun.i:
        return set()
    owned = []
    for f, end in zip(sharers, [g.first for g in sharers[1:]] + [noun.i]):
        gap = list(f.doc[f.unit_end : end])
        joined = f is sharers[-1] or gap[-1:] and gap[-1].lower_ in ("and", "or", ",")
        words = [t.i for t in gap if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")]
        if not words or not joined:
            return set()
        owned.append(range(f.first, words[-1] + 1))
    modifier = owned[0].stop - sharers[0].unit_end  # the last's own is no longer
    last = sharers[-1]
    owned[-1] = range(last.first, min(noun.i, last.unit_end + modifier))
    return {i for f, span in zip(sharers, owned) if f is not figure for i in span}


def change_aimed_at(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The percentage change right before a target of one (the figures pass gave the
    target the change's role)."""
    if figure.role != "percent_change" or not named_a_target(figure):
        return None
    before = [f for f in figures if f.first < figure.first and f.measure][-1:]
    same = before and before[0].role == figure.role and "metric" in before[0].meaning
    return before[0] if same else None


def referred_on(figure: Figure) -> bool:
    """Whether the figure counts whom a verb "refer" sends on ("referred 52 into positive
    activities", "41 were referred on"): people referred are referrals."""
    noun = counted_noun(figure) or figure.head
    verb = noun.head
    if verb.lemma_.lower() != "refer":
        return False
    onward = any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return noun.dep_ in ("dobj", "nsubjpass") or noun.dep_ == "nsubj" and onward  # "41 of
    # them referred on to the youth service"


def people_referred(figure: Figure, figures: list[Figure], memory: CellMemory) -> bool:
    """Whether a figure with no noun of its own counts people its sentence, label or
    heading calls "referred" ("The number of young people referred to the offer rose from
    96", "Young people referred to the diversion scheme / Q1: 38"): they are referrals;
    but not a group another figure counts ("Of the 58 children referred, 41 ...")."""
    if figure.meaning["core"]:
        return False
    counted = [t for f in figures for t in f.meaning["core"]]
    words = list(figure.doc[figure.sentence.start : figure.first]) + lead_noun(figure)
    words += list(memory.heading or [])
    return any(
        t.lower_ == "referred" and t.i > 0 and people_not_counted(t.nbor(-1), counted)
        for t in words
    )


def people_not_counted(noun: Token, counted: list[Token]) -> bool:
    named = noun.pos_ in ("NOUN", "PROPN") and is_people(concept_of([noun], "count")[0])
    return named and noun not in counted


def up_to_per(figure: Figure) -> list[Token]:
    """A rate's words up to its "per", however the parser hung them ("3.1 hospital
    admissions for assault with a sharp object per 10,000 population")."""
    base = rate_base(figure)
    words = list(figure.doc[figure.unit_end : min(base)]) if base else []
    return [] if any(t.pos_ in ("VERB", "AUX") for t in words) else words


def skip_for(figure: Figure, figures: list[Figure]) -> set[int]:
    taken = numbers_of(figures, figure)
    for other in figures:
        if other is not figure:
            taken |= {t.i for t in other.meaning["noun"]}
    return taken


def figure_metric(figure: Figure, figures: list[Figure], memory: CellMemory, context: list):
    """The figure's metric and whether it took it from another figure, but people an
    ambulance or hospital took ("helped 604 people: ... and 9 needed an ambulance") are
    counted as those (an ambulance's as its conveyances), not as the people the service
    helped; so are those of no noun of their own ("...; 212 needed an ambulance")."""
    metric, borrowed = metric_of_words(figure, figures, memory, context)
    bare = not figure.meaning["core"] and figure.head.dep_ in ("nsubj", "nsubjpass")
    if (metric.concept in PEOPLE or bare) and (care := emergency_care(figure, figures)):
        if care.lemma_.lower() == "ambulance" or by_ambulance(care):
            return metric_for(concept_named("ambulance_callouts"), figure), False  # "...
            # and 212 needed an ambulance": conveyances
        return uncatalogued(figure, [care]), False
    return metric, borrowed


def by_ambulance(care: Token) -> bool:
    """Whether the people were taken to hospital by ambulance: conveyances."""
    verb = care.head.head if care.dep_ == "pobj" else care.head
    by = [t for c in verb.children if c.dep_ in ("agent", "prep") for t in c.children]
    return any(t.lemma_.lower() == "ambulance" for t in by)


def metric_of_words(figure: Figure, figures: list[Figure], memory: CellMemory, context: list):
    """The figure's metric and whether it took it from another figure: its own noun
    phrase decides when it says something ("two healthy meals"); else the words around it
    ("the number of referrals ... increased from 103", "1,400 hours", "a rate of 40.9%")."""
    if sample_size(figure) or answered_a_survey(figure):  # "84% (n=212)"
        return named_metric("survey respondents", figure), False
    if (after := word_after(figure)) is not None and after.text == "FTE" and figure.unit == "count":
        return metric_for(concept_named("staff_posts"), figure), False  # "7.5 FTE", "(0.5
        # FTE)": staff counted in full-time posts, not first-time entrants ("48 FTEs")
    if (said := source_of(figure)) is not None and (concept := named([said])) is not None:
        return metric_for(concept, figure), False  # "Referrals came from the police (58)"
    if (whole := sourced_whole(figure, figures, memory)) is not None:
        return metric_of_level(whole, figure), True  # "..., with the police the source of
        # 1,540": referrals, from the police
    if (above := level_of_the_line_above(figure, figures, memory)) is not None:
        return metric_of_level(above, figure), True  # "Total recorded crime, 2024/25:
        # 31,406 / 2023/24: 32,653", "... referrals: 2,455 / From other agencies: 538": the
        # measure of the line above, in the year or from the source its line names
    if (headed := column_concept(figure)) is not None:  # "Ward | Burglaries | Vehicle crimes"
        return metric_for(headed, figure), False  # over "Central | 140 | 96"
    if (labelled := row_concept(figure)) is not None:  # "Street Pastor patrols | 374 | 141"
        return metric_for(labelled, figure), False  # under "Measure | Q1 | Q2": its own row's
    if (outcome := outcome_after(figure)) is not None:  # "1,889 led to an arrest", "636
        return metric_for(outcome, figure), False  # (21.8%) ending in arrest": arrests
    if (base := base_counted(figure, figures)) is not None:  # "Vehicle crime: 1,105
        return metric_for(base, figure), False  # offences across 84,900 households, ..."
    if (noun := respective_noun(figure, figures)) is not None:
        core = list(figure.doc[noun.left_edge.i : noun.i + 1])  # "Burglary and theft fell
        concept, _ = concept_of(core, figure.unit, head=True)  # by 12% and 7% respectively"
        if concept is not None:
            return metric_for(concept, figure), False
    if aimed := change_aimed_at(figure, figures):  # "a 21.6% reduction, short of the 25%
        figure.meaning["target_of"] = aimed  # target": the target of that change
        return aimed.meaning["metric"], True
    if count := restated_count(figure, figures):  # "34 (35%) involved a suspect aged ..."
        return metric_of_level(count, figure), True
    if of_the_total(figure) and (total := referred(figure, figures, memory)):
        if (kind := kind_said_of(figure, total)) is not None:  # "Violence against the person
            return metric_for(kind, figure), False  # made up 17,230 of the total"
        return metric_of_level(total, figure), True  # "38% of the borough's total"
    if (ones := named_by_ones(figure, figures)) is not None:  # "8 new cameras and 19
        return metric_of_level(ones, figure), True  # existing ones": cameras
    if (whole := listed_after_a_colon(figure, figures)) is not None:  # "led to 47 arrests:
        return metric_of_level(whole, figure), True  # 31 for supplying drugs, 9 for ..."
    if (kind := kind_of_the_elided(figure, figures)) is not None:  # "126 incidents of ASB, 45 of
        return metric_for(kind, figure), False  # fly-tipping": fly-tipping incidents
    if (done := object_left_out(figure, figures)) is not None:  # "received 1,046 noise
        return metric_of_level(done, figure), True  # complaints ... and attended 781"
    metric, borrowed = own_metric(figure, figures, memory, context)
    if (action := action_headed(figure, memory, metric)) is not None:
        return metric_for(action, figure), False  # "Penalty notices:" over "• Littering: 41"
    if not metric.catalogued and (item := item_of_places(figure, figures, memory)) is not None:
        return metric_of_level(item, figure), True  # "· Abbey ward: 412 ASB incidents ·
        # Greenlands ward: 286": the list's measure, by place
    if metric.concept == "exploitation" and counts_lines(figure):
        return metric_for(concept_named("organised_crime"), figure), borrowed  # "23 county
        # lines closed": the dealing networks disrupted, not the people they exploit
    if figure.role != "level" and offending_changed(figure):
        return metric_for(concept_named("reoffending"), figure), False  # "The IOM cohort
        # ... reduced their offending by 47%": the cohort's reoffending
    if metric.concept in PEOPLE | {"offenders_managed"} and (cohort := cohort_named(figure)):
        return metric_for(cohort, figure), False  # "Of the 184 children in the reoffending
        # cohort": the cohort is what is measured
    if (served_victims := service_victims(figure, figures, memory, metric)) is not None:
        return served_victims.meaning["metric"], True  # "supported 9,418 victims of crime,
        # 2,106 of them victims of domestic abuse": the service's victims, by crime
    if metric.concept in PEOPLE and (harm := harm_counted(figure, figures, memory)):
        return metric_for(harm, figure), True  # "KSI casualties: 167 ... and 12 people
        # died": those harmed are casualties of what was counted before them
    if metric.concept == "people_supported" and (harm := harm_suffered(figure)):
        return named_metric(harm, figure), False  # "5 people were injured in deliberate
        # fires": the people hurt, no catalogued casualties, are a harm of their own
    if metric.concept in PEOPLE and (noun := things_for_people(figure)) is not None:
        return uncatalogued(figure, with_modifiers(noun)), False  # "made 6,870 contacts with
        # 1,216 young people": the contacts, not the young people they were made with
    if metric.concept == "people_supported" and in_a_refuge(figure):
        return metric_for(concept_named("victims_supported"), figure), False  # "The refuge
        # took in 61 women": who a refuge shelters are victims of domestic abuse
    sent_on = referred_on(figure) or people_referred(figure, figures, memory)
    if metric.concept in PEOPLE and sent_on:
        return metric_for(concept_named("referrals"), figure), False  # "referred 52 into";
        # "The number of young people referred to the offer rose from 96"
    if figure.unit.startswith("per_") and metric.concept == "recorded_crime":
        base, _ = concept_of([figure.doc[i] for i in sorted(rate_base(figure))])
        if base is not None and not is_weak(base) and base.code not in BASES:
            return metric_for(base, figure), False  # "1.21 offences per reoffender"
    pupils = metric.concept == "children_young_people" and figure.unit == "count"
    if pupils and in_school(figure) and not counted_apart(figure, figures, {"pupil", "student"}):
        return metric_for(concept_named("schools_reached"), figure), borrowed  # "1,412
        # children from 38 primary schools taking part": children reached in school are pupils
    if (given := given_by_a_count(figure, figures, metric)) is not None:
        return metric_for(given, figure), True  # "1,150 people volunteered ..., contributing
        # 52,000 hours valued at £520,000": volunteer hours, and their value
    if metric.concept == "asb_incidents" and counts_cases(figure):
        return metric_for(concept_named("asb_cases"), figure), False  # "The ASB team
        # opened 412 cases": the team's casework, not the incidents reported to it
    if (homes := homes_hardened(figure, metric)) is not None:
        return metric_for(homes, figure), False  # "Target hardening at 87 homes of domestic
        # abuse victims", "... for 150 households affected by burglary": homes, not crimes
    if figure.unit == "rank" and (metric.concept is None or metric.concept in BASES):
        ranked = [f for f in figures if f.first < figure.first and f.unit != "rank"]
        if not ranked and set(metric.name.split()) <= RANK_WORDS | COMPARATORS:
            # "Rate per 1,000: 117.6 / Position in group: 12th of 15": the line above's
            ranked = [f for f in memory.figures if f.measure and f.unit != "rank"]
        ranked = [f for f in ranked if "metric" in f.meaning and f.meaning["metric"].concept]
        ranked = not_a_base(ranked)
        if ranked:  # "58 crimes per 1,000 population, the 3rd lowest of the ... areas",
            concept = concept_named(ranked[-1].meaning["metric"].concept)  # "moved from
            return metric_for(concept, figure), True  # 9th to 12th highest"
    people = is_people(concept_named(metric.concept) if metric.concept else None)
    if people and (whole := broken_down(figure, figures)):  # "38 NRM referrals ..., 21 adults"
        return metric_for(concept_named(whole.meaning["metric"].concept), figure), True
    if metric.concept == "people_supported" and (whole := opening_whole(figure, figures)):
        group = concept_named(whole.meaning["metric"].concept or "people_supported")
        if is_people(group):  # "Among the 530 victims referred, 148 were men": victims
            return metric_for(group, figure), True
    if figure.unit == "percent" and figure.role == "level" and (base := opening_base(figure)):
        weak = is_weak(concept_named(metric.concept) if metric.concept else None)
        if weak or base.unit == "gbp":  # "Of the budget, 46% goes to ..., 23% to reducing
            return metric_for(base, figure), False  # reoffending": shares of money are money
    if not metric.catalogued and (whole := counted_out_of(figure, figures)) is not None:
        return metric_of_level(whole, figure), True  # "Of 318 referrals ..., the most common
        # reasons were isolation (104) and debt (77)": referrals, for a reason of their own
    if (level := named_again(figure, figures, memory)) is not None:
        return metric_of_level(level, figure), True
    if not metric.catalogued and (level := subject_named_before(figure, figures, memory)):
        return metric_of_level(level, figure), True
    if not metric.catalogued and (level := a_places_part(figure, figures, memory)):
        return metric_of_level(level, figure), True
    return metric, borrowed


def subject_named_before(figure: Figure, figures: list[Figure], memory: CellMemory):
    """The level a bare subject names again by its head noun alone, in the sentence or the
    one before: "... closed as 7,936 ASB incidents. Incidents were 8.4% lower than the
    8,664 of the previous year" (ASB incidents, not incidents of any kind)."""
    subject = subject_noun(figure)
    if subject is None or subject.pos_ != "NOUN" or any(subject.lefts):
        return None
    earlier = [f for f in memory.figures if f.sentence == memory.previous]
    earlier += [f for f in figures if f.first < figure.first]
    for level in reversed(earlier):
        if (level.role, level.unit) != ("level", figure.unit) or "metric" not in level.meaning:
            continue
        noun = counted_noun(level)
        if noun is not None and noun.lemma_.lower() == subject.lemma_.lower():
            return level if level.meaning["metric"].catalogued else None
    return None


def a_places_part(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The level before that a place's bare count is a part of: "Leeds recorded 4,210
    burglaries. Harehills ward alone accounted for 610" (burglaries in Harehills)."""
    subject = subject_noun(figure)
    if figure.meaning["core"] or subject is None or subject.dep_ != "nsubj":
        return None
    # the subject or its apposition: "Bloomfield, Claremont and Talbot, the three wards
    # with the most, logged 2,705"
    named = [subject] + [c for c in subject.children if c.dep_ == "appos"]
    if not any(names_a_place(t) or t.lemma_.lower() in ROW_PLACES for t in named):
        return None
    earlier = [f for f in memory.figures if f.sentence == memory.previous]
    earlier += [f for f in figures if f.first < figure.first]
    earlier = [f for f in earlier if (f.role, f.unit) == ("level", figure.unit)]
    earlier = [f for f in earlier if "metric" in f.meaning and f.meaning["metric"].catalogued]
    # not a rate's base ("25.6 per 1,000 residents (population 231,000)")
    earlier = [f for f in earlier if f.meaning["metric"].concept not in BASES]
    return earlier[-1] if earlier else None


def kind_said_of(figure: Figure, total: Figure) -> Concept | None:
    """The kind of the total's concept the figure's subject names, of a count of it."""
    subject = subject_noun(figure)
    if subject is None or figure.unit not in ("count", "percent"):
        return None
    concept = named(list(figure.doc[subject.left_edge.i : subject.right_edge.i + 1]))
    whole = total.meaning["metric"].concept
    return concept if concept is not None and whole and concept.kind_of == whole else None


def listed_after_a_colon(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level right before a colon that a list after it breaks down, for an item with
    no noun of its own ("47 arrests: 31 for supplying drugs, 9 for possession ...")."""
    doc = figure.doc
    if figure.meaning["core"] or figure.role != "level" or figure.first == 0:
        return None
    if doc[figure.first - 1].lower_ not in (":", ",", "and"):
        return None  # not "...: welfare visits were made to 71"
    for whole in reversed([f for f in figures if f.unit_end < figure.first]):
        if whole.unit != figure.unit or whole.role != "level" or not whole.measure:
            continue
        colon = next((t for t in doc[whole.unit_end : figure.first] if t.text == ":"), None)
        if colon is None:
            continue  # an item before it in the list
        if any(t.text == ";" for t in doc[colon.i : figure.first]):
            return None
        noun = counted_noun(whole)  # the colon right after the whole's noun phrase, not
        # a label's ("(baseline survey: 61%)", "(2020/21: 962)")
        right_after = noun is not None and colon.i in (noun.i + 1, noun.right_edge.i + 1)
        return whole if right_after else None
    return None


def counts_lines(figure: Figure) -> bool:
    """Whether the figure counts lines: its noun's, or with none its subject's ("Seven
    county lines were closed, two more than the five planned")."""
    noun = counted_noun(figure)
    if noun is None and (subject := subject_up(figure)):
        noun = subject[-1]
    return noun is not None and noun.lower_ in ("line", "lines")  # "Lines closed: 11",
    # which the tagger may read as a name, its lemma "Lines"


def named_again(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The level a comparison names again by its head noun alone: "Calls about ASB
    numbered 6,118, a drop of 9.3% on the 6,746 calls received the year before" (calls
    about ASB, not calls of any kind), in its sentence or, when it refers back ("That
    is ..."), the one before."""
    if figure.role != "level" or not (is_other_side(figure) or changed_on(figure)):
        return None
    noun = counted_noun(figure)
    if noun is None or not any(c.lower_ == "the" for c in noun.children):
        return None
    mine = figure.meaning.get("metric")
    earlier = [f for f in figures if f.first < figure.first and f.measure]
    if figure.sentence[0].lower_ in PRONOUNS and memory.previous is not None:
        earlier = [f for f in memory.figures if f.sentence == memory.previous] + earlier
    for level in reversed(earlier):
        if (level.unit, level.role) != (figure.unit, figure.role) or "metric" not in level.meaning:
            continue
        head = counted_noun(level) or subject_noun(level)
        if head is not None and head.lemma_.lower() == noun.lemma_.lower():
            said = level.meaning["metric"].concept
            named_more = said and (mine is None or said != mine.concept)
            return level if named_more else None
    return None


def counts_cases(figure: Figure) -> bool:
    """Whether the figure's own noun is "cases" (a caseload, not the incidents in it)."""
    core = figure.meaning.get("core") or []
    return figure.unit == "count" and bool(core) and core[-1].lemma_.lower() == "case"


DWELLINGS = {"home", "household", "property", "house", "dwelling"}


def homes_hardened(figure: Figure, metric: Metric) -> Concept | None:
    """Homes a sentence says were target-hardened, whatever the figure's words say of them
    (whose they are, what befell them)."""
    core = figure.meaning.get("core") or []
    head = core[-1] if core else None
    if figure.unit != "count" or head is None or head.lemma_.lower() not in DWELLINGS:
        return None
    if metric.concept == "target_hardening":
        return None
    hardened = concept_named("target_hardening")
    return hardened if names(hardened, list(figure.sentence)) else None


def item_of_places(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The catalogued level before a figure whose label names only a place ("Greenlands
    ward: 286" after "Abbey ward: 412 ASB incidents"): a list of places of one measure."""
    label = lead_noun(figure)
    named = [t for t in label if t.is_alpha and not t.is_stop]
    if not named or not all(names_a_place(t) or in_a_place_name(t) for t in named):
        return None
    earlier = memory.figures + [f for f in figures if f.first < figure.first]
    earlier = [f for f in earlier if "metric" in f.meaning and f.meaning["metric"].catalogued]
    earlier = [f for f in earlier if f.role == "level" and f.unit == figure.unit]
    return earlier[-1] if earlier else None


def row_concept(figure: Figure) -> Concept | None:
    """The concept a bare cell's row label names, in a table with a head line: the row
    says what its cells measure, whatever the row above measured; its head noun first
    ("Street Pastor patrols"), unless that names only a base ("Burglary dwelling")."""
    if not column_head(figure):
        return None
    label = row_label(figure)
    concept = concept_of(label, figure.unit, head=True)[0]
    if concept is not None and concept.code in BASES:
        concept = concept_of(label, figure.unit)[0]
    if figure.unit == "gbp" and concept is not None and concept.unit != "gbp":
        return None  # "Youth diversion | £45,000 | -£3,500": money spent on it, read as money
    return concept


def column_concept(figure: Figure) -> Concept | None:
    """The concept the head of a bare cell's column names, when its row's label names none
    (a ward, a quarter): a table's columns each count their own thing. A rate's column
    that names only its base ("Rate per 1,000 population") rates the count before it."""
    head = column_head(figure)
    rated = list(takewhile(lambda t: t.lower_ != "per", head))
    if figure.unit.startswith("per_") and rated:
        head = rated  # "MARAC cases per 10,000 adult women": what is rated, not its base
    if not head:
        return None
    if figure.unit == "count" and column_is_a_base(figure, head):
        return concept_named("population")  # "Adult women | ... per 10,000 adult women"
    concept = concept_of(head, figure.unit, head=True)[0]
    row = concept_of(row_label(figure), figure.unit)[0]
    if row is not None and not stage_of_a_service(concept, row):
        return None
    if figure.unit.startswith("per_") and concept is not None and concept.code in BASES:
        counted = [concept_of(h, "count", head=True)[0] for h in heads_before(figure)]
        return next((c for c in reversed(counted) if c and c.code not in BASES), concept)
    return concept


def column_is_a_base(figure: Figure, head: list[Token]) -> bool:
    """Whether the column's head names what another column's rate is per ("Adult women"
    beside "MARAC cases per 10,000 adult women"): the count is the rate's population."""
    named = set(content_lemmas(head))
    for cell in head_line(figure):
        words = [t for t in cell if not t.like_num]
        per = next((n for n, t in enumerate(words) if t.lower_ == "per"), None)
        if per is not None and named and set(content_lemmas(words[per + 1 :])) == named:
            return True
    return False


def stage_of_a_service(column: Concept | None, row: Concept) -> bool:
    """Whether a column names what a service's row counts at one stage of its work
    ("Service | Referrals | Victims supported | Felt safer" over "ASB victim advocate |
    312 | 276 | 83%"), not a kind the row names more narrowly ("Offences" over "Burglary")."""
    if column is None or column == row:
        return False
    return row.kind_of != column.code and column.code in PEOPLE | STAGES


STAGES = {"referrals", "feel_safe", "satisfaction", "sessions_delivered", "interventions"}


def own_metric(figure: Figure, figures: list[Figure], memory: CellMemory, context: list):
    words = Words.of(figure, figures)
    lead = lead_noun(figure) if figure.doc[figure.first - 1].text == ":" else []
    if is_generic(words.own) and content_lemmas(lead) and not all_of_a_list(lead):
        words.core = words.own = lead  # "Attendees: 1,102"; not "• Q1: 2,104" under its
        # heading, nor "• All strands: 924" under "Hate crimes recorded, 2019/20:"
    named_unit = list(figure.doc[figure.last + 1 : figure.unit_end])  # "1,152 volunteer
    if not words.core and len(named_unit) > 1 and (concept := named(named_unit, unit=figure.unit)):
        return metric_for(concept, figure), False  # hours": the unit's words name it
    if figure.unit in ("minutes", "seconds") and responding(figure, words):
        return named_metric("response time", figure), False  # "officers reached emergency
        # incidents in an average of 11.8 minutes": how fast they got there, not officers
    if figure.unit == "gbp":
        partner = just_before(figure, figures) if is_other_side(figure) else None
        if partner is not None and not content_lemmas(words.own):
            return partner.meaning["metric"], True  # "valued at £1.26m, compared with
            # £870,000 in 2022/23": the same money a year before
        metric = money_metric(figure, words, memory.previous)
        return per_unit_money(figure, metric, figures), False
    share = figure.unit == "percent" and figure.role == "level" and splits_a_count(words)
    if share and (count := counted_before(figure, figures)):  # "2,146 stop and searches,
        return metric_of_level(count, figure), True  # 41% for drugs ... in 27.8% of cases"
    # "27 schools engaged; deliberate fires down 6%", else the item of the change the level
    # follows: "150 weapons surrendered; knife crime down 5% on the 2018/19 level of 812"
    headlines = (words.headline, False), (headline_of_its_change(figure, figures), True)
    for headline, borrowed in headlines:
        if is_generic(words.own) and headline and (concept := named(headline, unit=figure.unit)):
            return metric_for(concept, figure), borrowed
    if not is_generic(words.own):
        metric, borrowed = named_by_own_words(figure, figures, memory, words)
    else:
        metric, borrowed = named_by_context(figure, figures, memory, context, words)
        if (kind := kind_said(figure, metric)) is not None:
            return metric_for(kind, figure), True  # "642 fires ...; 318 were deliberate"
    ranked = ranked_item(figure) and not metric.concept and ranked_topic(figure, figures, memory)
    if ranked:  # "... 512 hate crimes. Race was the most common (352), followed by
        return metric_for(ranked, figure), True  # disability (44)": what is ranked
    if ranked_item(figure) and (whole := reasons_ranked(figure, figures, memory, metric)):
        return metric_for(whole, figure), True  # "38 new bans; the most common reasons were
        # assaults on door staff (17) and drug possession (11)": bans, by reason
    if metric.concept == "recorded_crime" and by_a_cohort(figure, memory):
        return metric_for(concept_named("reoffending"), figure), False  # "The 42 people in
        # the IOM cohort were charged with 118 offences": their reoffending
    doers = best(subject_up(figure), unit="count") if figure.unit == "hours" else None
    if doers is not None and doers.code == "volunteers":
        return metric_for(doers, figure), False  # "Street Pastors completed 96 patrols
        # totalling 470 hours": hours the volunteers gave, whatever they did
    records = counts_only_records(words.core, metric) and not of_a_thing(figure, metric)
    if records and share_of(figure) and (said := measured_share(words.subject_core, figure)):
        return metric_for(said, figure), False  # "Positive outcomes for burglary rose to
        # 11.2% of offences": what the share of the records measures
    restated = restated_change(figure, figures) if records else None
    if restated is not None and restated.meaning["metric"].concept:  # "fell by 18.6% –
        return metric_of_level(restated, figure), True  # 1,104 fewer reports"
    topic = records and not says_total(words.subject_core)
    topic = topic and topic_of(figure, figures, memory, metric)
    if topic:
        return metric_for(topic, figure), False  # "Hate crime rose ... 412 offences"
    own = concept_named(metric.concept) if metric.concept else None
    if (whole := including_whole(figure, figures, own)) is not None:
        return metric_for(whole, figure), True  # "214 deliberate fires, including 38
        # vehicle fires": deliberate ones too
    if figure.role != "level" and is_weak(own):
        # "First-time entrants fell to 40, 12 fewer young people": the level's change
        level = changed_level(figure, figures, CellMemory()) or restated_change(figure, figures)
        if level is not None and own is not None and own_clause(figure, level):
            level = None if names(own, words.subject_core) else level  # "Volunteers gave
            # 2,730 hours, and referrals rose by 40": the referrals' own change
        concept = concept_of_figure(level) if level else None
        if concept is not None and (not is_weak(concept) or is_people(own) > is_people(concept)):
            return metric_for(concept, figure), True  # "Total crime reduced by 2.2%,
            # equating to 341 fewer victims": crime, its victims counted
    return metric, borrowed


def including_whole(figure: Figure, figures: list[Figure], own: Concept | None) -> Concept | None:
    """The concept of the whole the figure is an example of ("including"), when it names
    the figure's own concept more narrowly (a term of the whole's ends with one of its
    own)."""
    if own is None or figure.role != "level":
        return None
    said = figure.doc[figure.sentence.start : figure.first]
    including = [t.i for t in said if t.lower_ == "including"]
    if not including or any(t.text == ";" for t in figure.doc[including[-1] : figure.first]):
        return None
    wholes = [f for f in figures if f.last < including[-1] and f.role == "level" and f.measure]
    wholes = [f for f in wholes if f.unit == figure.unit and "metric" in f.meaning]
    whole = concept_of_figure(wholes[-1]) if wholes else None
    if whole is None or whole.code == own.code:
        return None
    narrower = any(  # "deliberate fire" ends with "fire" ("fire incident" does not)
        len(theirs) > len(mine) and theirs[-len(mine) :] == mine
        for mine in own.terms
        for theirs in whole.terms
    )
    return whole if narrower else None


RANK_WORDS = {"position", "rank", "ranking", "place", "league", "table", "group", "overall"}
ARRIVING = {"reach", "attend", "arrive", "respond"}
RESPONSE = {"response", "attendance"}


def responding(figure: Figure, w: Words) -> bool:
    """Whether a time is how long responders took to get somewhere: its verb is reaching
    or attending, or its words name a response or attendance time."""
    verb = governing_verb(figure.head)
    if verb is not None and verb.lemma_.lower() in ARRIVING:
        return True
    return bool({t.lemma_.lower() for t in w.own + w.subject_all} & RESPONSE)


SOURCE_WORDS = {"from", "via"}


def level_of_the_line_above(figure: Figure, figures: list[Figure], memory: CellMemory):
    """The level of the line above when the figure's own line is labelled only by a year
    ("2023/24: 32,653") or by where some of it came from ("From Gwent Police: 1,702")."""
    start = line_start(figure)
    line = takewhile(lambda t: t.idx >= start, reversed(figure.doc[: figure.first]))
    label = [t for t in reversed(list(line)) if not t.is_space]
    if not label or label[-1].text != ":":
        return None
    dated = len(label) == 2 and YEAR.match(label[0].text)
    if not dated and label[0].lower_ not in SOURCE_WORDS:  # "From Gwent Police: 1,702"
        return None
    earlier = [f for f in figures if f.first < figure.first] or memory.figures
    levels = [f for f in earlier if f.measure and f.role == "level" and f.unit == figure.unit]
    return levels[-1] if levels and "metric" in levels[-1].meaning else None


def share_of(figure: Figure) -> bool:
    """Whether a per cent is a share of what follows it ("11.2% of offences")."""
    after = word_after(figure)
    return figure.unit == "percent" and after is not None and after.lower_ == "of"


def measured_share(subject: list[Token], figure: Figure) -> Concept | None:
    """What the subject of a share of records names, if not a kind of record itself."""
    said = named(subject, unit=figure.unit)
    if said is None or is_weak(said) or said.kind_of or said.code in broader_concepts():
        return None
    return said


def offending_changed(figure: Figure) -> bool:
    """Whether what the change changes is offending ("the cohort's offending fell by 64%",
    "a 41% reduction in their offending")."""
    changed = [subject_noun(figure), changed_object(figure), compared_noun(figure)]
    changed += figure.meaning.get("noun", [])  # "a 41% reduction in their offending"
    return any(t is not None and t.lower_ == "offending" and t.pos_ == "NOUN" for t in changed)


def cohort_named(figure: Figure) -> Concept | None:
    """The concept a cohort the figure's people are in is named by ("the 184 children in
    the reoffending cohort")."""
    cohorts = [t for t in figure.meaning.get("noun", []) if t.lemma_.lower() == "cohort"]
    words = [c for t in cohorts for c in t.children if c.dep_ in ("compound", "amod")]
    named_by = named(words) if words else None
    return named_by if named_by is not None and not is_weak(named_by) else None


def service_victims(
    figure: Figure, figures: list[Figure], memory: CellMemory, metric: Metric
) -> Figure | None:
    """The victims a service worked with that counted victims of one crime are among: an
    earlier figure of its sentence counting victims supported, or of the sentence before
    when they are counted out of it ("... supported 11,640 victims. 4,000 of them were
    victims of domestic abuse")."""
    noun = counted_noun(figure) or complement_noun(figure)  # "412 were victims of ..."
    if noun is None or noun.lemma_.lower() != "victim" or metric.concept == "victims_supported":
        return None
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    if not earlier and (of_them(figure) or part_of_before(figure)):
        earlier = [f for f in memory.figures if f.measure]
    earlier = [f for f in earlier if f.unit == figure.unit and f.role == figure.role]
    served = [f for f in earlier if f.meaning["metric"].concept == "victims_supported"]
    return served[-1] if served else None


HARM_NOUNS = {"die": "death", "kill": "death", "injure": "injury", "hurt": "injury"}
HARMED = set(HARM_NOUNS)
HARMS = {"road_casualties", "drownings", "drug_deaths", "homicides"}  # counts of the harmed


def harm_counted(figure: Figure, figures: list[Figure], memory: CellMemory) -> Concept | None:
    """The count of harmed people the figure's people belong to when they died or were
    hurt: the catalogued casualties or deaths counted before it, in its sentence or the
    one before ("Child pedestrians remain a concern: 31 were hurt")."""
    verb = governing_verb(figure.head)
    if verb is None or verb.lemma_.lower() not in HARMED:
        return None
    before = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    counted = [f.meaning["metric"].concept for f in before + memory.figures if f.measure]
    harms = [c for c in counted if c in HARMS]
    return concept_named(harms[0]) if harms else None


def harm_suffered(figure: Figure) -> str | None:
    """The harm the figure's people suffered, by its noun ("were injured": injury)."""
    verb = governing_verb(figure.head)
    return HARM_NOUNS.get(verb.lemma_.lower()) if verb is not None else None


EMERGENCY_CARE = {"ambulance", "hospital"}


def emergency_care(figure: Figure, figures: list[Figure]) -> Token | None:
    """The ambulance or hospital the figure's verb says its people needed or were taken
    to ("9 needed an ambulance", "58 of whom were taken to hospital"); not those who
    "would otherwise have needed an ambulance", whom the service helped, nor those
    "admitted to hospital" after a crime, its harm."""
    verb = governing_verb(figure.head)
    if verb is None or verb.lemma_.lower() == "admit":
        return None
    if any(figure.last < f.first and f.last < verb.i and not inside_brackets(f) for f in figures):
        return None  # another's verb: "702 for a welfare check, ...; 96 needed an ambulance"
    if any(c.lower_ in ("would", "otherwise") for c in verb.children):
        return None
    said = [t for t in verb.children if t.dep_ == "dobj"]
    said += [t for p in verb.children if p.lower_ == "to" for t in p.children if t.dep_ == "pobj"]
    return next((t for t in said if t.lemma_.lower() in EMERGENCY_CARE), None)


SHELTERS = {"refuge"}  # and "safe accommodation", two words (not a Sanctuary Scheme's
# home security, nor a "City of Sanctuary", which shelter no one)


def in_a_refuge(figure: Figure) -> bool:
    """Whether the figure counts those a refuge or safe accommodation shelters, the
    victims the Domestic Abuse Act duty funds it for (not its residents, children too)."""
    core = figure.meaning.get("core") or []
    if not core or core[-1].lemma_.lower() == "resident":
        return False  # a figure of no noun of its own is counted as its partner is
    words = [t.lemma_.lower() for t in figure.sentence]
    pairs = {(a, b) for a, b in zip(words, words[1:])}
    return bool(set(words) & SHELTERS) or ("safe", "accommodation") in pairs


def complement_noun(figure: Figure) -> Token | None:
    """The noun a figure is said to be ("412 were victims of domestic abuse")."""
    nouns = [t for t in figure.meaning.get("complement") or [] if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None


def splits_a_count(w: Words) -> bool:
    """Whether a share's own words only say which part of a count it is: why ("41% for
    drugs") or of which records ("in 27.8% of cases")."""
    reason = bool(w.own) and not w.core and w.own[0].lower_ == "for"
    return reason or len(w.core) == 1 and is_container(w.core)


def trained(verb: list[Token], core: list[Token]) -> bool:
    """Whether the group is trained, not training others: "we trained 60 staff and
    volunteers", "31 volunteers were trained" (not "40 volunteers trained 300 pupils")."""
    if not verb or verb[0].lemma_.lower() != "train":
        return False
    return verb[0].tag_ == "VBN" or any(is_object(t) for t in core)


def in_school(figure: Figure) -> bool:
    """Whether the sentence reaches children in schools: pupils, schools counted ("from 38
    primary schools") or where it happened ("assemblies in schools"), not "excluded from
    school" nor "during school hours"."""
    school = concept_named("schools_reached")
    places = [t for t in figure.sentence if names(school, [t])]
    places = [t for t in places if t.head.lower_ != "by"]  # "31 referred by schools": a source
    pupils = any(t.lemma_.lower() in ("pupil", "student") for t in places)  # "Year 6 pupils"
    counted = any(c.like_num for t in places for c in t.children)
    return pupils or counted or any(t.head.lower_ in ("in", "at", "across") for t in places)


def counted_apart(figure: Figure, figures: list[Figure], nouns: set[str]) -> bool:
    """Whether another figure of the sentence counts one of the nouns ("worked with 57
    young people, and 112 pupils took part ...": the pupils are another group)."""
    others = [counted_noun(f) for f in figures if f is not figure and f.measure]
    return any(n is not None and n.lemma_.lower() in nouns for n in others)


def sample_size(figure: Figure) -> bool:
    """Whether the figure is a survey's sample size: "(n=1,206)"."""
    before = figure.doc[max(figure.sentence.start, figure.first - 2) : figure.first]
    return [t.lower_ for t in before] == ["n", "="]


SURVEYS = {"survey", "questionnaire", "form", "feedback", "consultation"}
ANSWERING = {"complete", "return", "answer", "fill", "take", "respond", "submit"}


def answered_a_survey(figure: Figure) -> bool:
    """Whether the figure counts the people who answered a survey: "1,406 people
    responded", "the 2,310 pupils who completed the survey", "... returned a feedback
    form" (how many answered, whatever the question)."""
    noun = counted_noun(figure)
    if noun is None or figure.unit != "count":
        return False
    if noun.lemma_.lower() == "respondent":
        return True  # "The survey had 1,806 respondents"
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    verbs += [noun.head] if noun.dep_ == "nsubj" else []
    for verb in (v for v in verbs if v.lemma_.lower() in ANSWERING):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
        if verb.lemma_.lower() == "respond" and not objects:
            return True
        if any(o.lemma_.lower() in SURVEYS for o in objects):
            return True
    return False


def respective_noun(figure: Figure, figures: list[Figure]) -> Token | None:
    """The noun a figure of a list pairs with by "respectively": the n-th of the
    sentence's list of as many conjoined nouns, before the figures ("Burglary and robbery
    fell by 12% and 7% respectively")."""
    sentence = figure.sentence
    if not any(t.lower_ == "respectively" for t in sentence):
        return None
    run = [f for f in figures if f.measure and f.unit == figure.unit and f.role == figure.role]
    run = [f for f in run if abs(f.first - figure.first) < 12]  # the figure's own list
    first = min(f.first for f in run)
    for token in sentence:
        if token.i >= first or token.dep_ == "conj" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        nouns = sorted([token, *token.conjuncts], key=lambda t: t.i)
        if len(nouns) == len(run) > 1 and nouns[-1].i < first:
            return nouns[run.index(figure)]
    return None


def broken_down(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure a list of groups of people breaks down: "38 referrals for potential
    victims of modern slavery, 21 adults and 17 children" (a comma, then two or more
    groups conjoined to the whole's noun), when the whole's concept is a thing."""
    noun = counted_noun(figure)
    if noun is None or noun.dep_ != "conj":
        return None
    first = noun
    while first.dep_ == "conj":
        first = first.head
    nouns = {id(f): counted_noun(f) for f in figures}
    wholes = [f for f in figures if f is not figure and nouns[id(f)] == first]
    whole = wholes[0] if wholes else None
    if whole is None or "metric" not in whole.meaning or not whole.meaning["metric"].concept:
        return None
    if is_weak(concept_named(whole.meaning["metric"].concept)):
        return None
    listed = [f for f in figures if (n := nouns[id(f)]) is not None and n.dep_ == "conj"]
    listed = [f for f in listed if f.first > whole.first and f.unit == whole.unit]
    between = figure.doc[whole.unit_end : min(f.first for f in listed)] if listed else []
    if len(listed) < 2 or not any(t.text == "," for t in between):
        return None
    return whole


def parts_counted_out(figure: Figure, figures: list[Figure]) -> bool:
    """Whether parts are counted out of the figure ("47 of the 63 children were ...", "Of
    the 58 young people ..., 41 were ..."): what is said of the parts is not said of it."""
    if any(whole_start(f) == figure.first for f in figures if f is not figure):
        return True
    comma = opening_comma(figure.sentence, ("of",))
    return comma is not None and figure.first < comma


def opening_comma(sentence: Span, words: tuple[str, ...]) -> int | None:
    """Where a sentence's opening phrase ("Of the 58 young people,", "Among ...,") ends:
    the index of its first comma, when the sentence begins with one of the words."""
    if sentence[0].lower_ not in words:
        return None
    return next((t.i for t in sentence if t.text == ","), None)


def opening_whole(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The one figure of a sentence's opening "Of the N ...," or "Among the N ...," that
    the figures after it are counted out of."""
    comma = opening_comma(figure.sentence, ("of", "among", "amongst"))
    if comma is None:
        return None
    opening = [f for f in figures if f.first < comma and "metric" in f.meaning]
    return opening[0] if len(opening) == 1 and figure.first > comma else None


def counted_out_of(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The catalogued whole of a sentence's opening "Of the N ...," that a count in
    brackets after an item is out of."""
    if figure.doc[figure.first - 1].text != "(":
        return None
    whole = opening_whole(figure, figures)
    ok = whole is not None and whole.unit == figure.unit and whole.meaning["metric"].catalogued
    return whole if ok else None


def opening_base(figure: Figure) -> Concept | None:
    """What a sentence opening "Of the ...," names, when it is a thing and not a group of
    people: the whole its per-cent shares are of ("Of the commissioning budget, 46% goes
    to victim services"; not "Of those surveyed, 84% felt safe")."""
    comma = opening_comma(figure.sentence, ("of",))
    if comma is None or comma > figure.first:
        return None
    concept, _ = concept_of(list(figure.doc[figure.sentence.start + 1 : comma]))
    return None if is_weak(concept) else concept


def money_metric(figure: Figure, w: Words, previous: Span | None) -> Metric:
    """Money is funding, whatever it was spent on, unless its own words or subject name
    something else and its clause says nothing of funding ("fraud losses totalled £11.8m")."""
    funding = concept_named("funding")
    seized = concept_named("assets_recovered")
    fines = concept_named("fines_and_penalties")
    said = w.own + w.subject_all  # "Confiscation orders of £640,000 were granted"
    after = figure.doc[figure.unit_end : min(figure.unit_end + 4, figure.sentence.end)]
    after = list(takewhile(lambda t: not t.is_punct, after))  # "£84,300 in cash seized"
    priced = {t.lemma_.lower() for t in priced_noun(figure) + w.core} & {"penalty", "fine"}
    if priced or names(fines, said + after):
        return metric_for(fines, figure)  # "72 fixed penalty notices at £400", "£400 fixed
        # penalty notices" (though a grant paid for issuing them), "fines and costs of
        # £6,750 were awarded", "awarded £4,380 in fines" (by a court: not funding)
    if is_income(figure, said + after) and penalties_named(figure, w, previous):
        return metric_for(fines, figure)  # "131 fixed penalty notices ... bringing in £25,600"
    if saved_for_others(figure):
        return metric_for(concept_named("money_saved"), figure)
    if names(seized, said + verb_phrase(figure, w.skip) + after) and not forms_in(said) & FUNDING:
        return metric_for(seized, figure)  # "recovered £38,500 in cash", not county lines
    if raised_by(figure):
        return metric_for(funding, figure)  # "the precept will raise £116.2m": money raised
    concept = best(w.own, w.subject_core, w.subject_all, unit="gbp")
    if concept is not None and concept.unit == "gbp" and concept != funding:
        return metric_for(concept, figure)  # "The value of volunteer time ... was £61,000"
    if crime := crime_costing(figure):
        return metric_for(crime, figure)  # "Cyber-enabled fraud cost local victims £2.1m"
    said = best(verb_arguments(figure), unit="gbp") if concept is None else None
    if said is not None and said.unit == "gbp" and said != funding:
        return metric_for(said, figure)  # "... proposal to raise the policing precept ...
        # by £13": what its clause says the money is (not "£139.8m raised through the
        # precept", where it came from)
    if concept is None and said is None and (named := money_named_in(figure, w)) is not None:
        return metric_for(named, figure)  # "The police precept [tagged a verb] for a Band D
        # property rises from £279.46 to £292.46": a parse that lost the subject
    words = w.own + w.subject_all + w.clause
    if concept is None or is_weak(concept) or names(funding, words):
        others = others_clauses(figure) | next_items(figure)
        lemmas = {t.lemma_.lower() for t in words if t.i not in others}
        valued = lemmas & VALUED and not {t.lemma_.lower() for t in figure.sentence} & FUNDING
        if (lemmas & NOT_FUNDING or valued) and not lemmas & FUNDING:  # "the seizure of
            # £48,000 in cash", "thefts ... with a combined value of £238,000"
            if names(seized, words):
                return metric_for(seized, figure)
            if lemmas & LOSSES and (crime := crime_named(list(figure.sentence))):
                return metric_for(crime, figure)  # "residents ... lost £4.7m" (Action Fraud)
            if concept is not None and concept.kind_of == "recorded_crime":
                return metric_for(concept, figure)  # "Fraud ... cost residents an estimated £4.2m"
            thing = valued_thing(figure) or w.own + w.subject_all or w.clause
            if valued and names(concept_named("volunteers"), list(figure.sentence)):
                return metric_for(concept_named("volunteer_time_value"), figure)
            value = [t for t in words if t.lemma_.lower() in VALUED][-1:] if valued else []
            worth = any(t.lower_ == "worth" for t in words)  # "goods worth £48,000": their value
            return uncatalogued(figure, thing + value, "value" if worth else "")  # "property
            # value"
        concept = funding
    elif concept.unit != "gbp" and not is_crime(concept) and not forms_in(words) & NOT_FUNDING:
        concept = funding  # "The town's CCTV refresh came in at £91,400": what the
        # scheme cost, not a measure of CCTV in pounds
    return metric_for(concept, figure)


RAISING = {"raise", "generate", "yield"}


def raised_by(figure: Figure) -> bool:
    """Whether the money is what its subject raises ("the precept will raise £116.2m"):
    income, not the subject's own amount."""
    verb = attached_to(figure)  # "£88.9m": the parser may make "m" the noun
    if verb.lemma_.lower() not in RAISING:
        return False
    mine = range(figure.first, figure.unit_end)
    raised = any(c.dep_ == "dobj" and c.i in mine for c in verb.children)
    return raised and any(c.dep_ == "nsubj" for c in verb.children)


def next_items(figure: Figure) -> set[int]:
    """The words after a comma closing the figure's phrase, when a noun phrase of a list
    opens there ("at a cost of £11,200, recruitment and training of new volunteers")."""
    doc, end = figure.doc, figure.sentence.end
    if figure.unit_end + 1 >= end or doc[figure.unit_end].text != ",":
        return set()
    opening = doc[figure.unit_end + 1]
    listed = opening.dep_ == "conj" or opening.head.dep_ == "conj" and opening.head.i > opening.i
    return set(range(figure.unit_end, end)) if listed else set()


def per_unit_money(figure: Figure, metric: Metric, figures: list[Figure]) -> Metric:
    """Funding shared over what it paid for ("£145 per home", "£200 a night", "£2,500
    each to 6 projects") is a unit cost: a metric of its own, not a sum of funding; and so
    is bare money set against one ("£570 per victim, compared with £610 in Plymouth")."""
    if metric.concept != "funding" or figure.role != "level":
        return metric
    if (per := money_per(figure)) is None:
        return compared_unit_cost(figure, figures) or metric
    funding = concept_named("funding")
    words = per.removeprefix("per_").replace("_", " ")
    return Metric(f"funding_{per}", f"{funding.name}: per {words}", "gbp", True, "funding")


def money_per(figure: Figure) -> str | None:
    """What money is per ("per_home" of "£145 per home", "per_place" of "£700 for each of
    120 places"), but a period's (a year's funding is a sum of funding)."""
    doc, at = figure.doc, figure.unit_end
    per = rate_unit(figure, at) or shared_unit(figure, at)
    rest = list(doc[at : min(at + 3, figure.sentence.end)])
    shared = len(rest) > 1 and rest[0].lower_ in ("a", "an") and rest[1].pos_ == "NOUN"
    if per is None and shared and (len(rest) == 2 or rest[2].pos_ != "NOUN"):
        per = f"per_{unit_word(rest[1])}"  # "£1,600 a place", "£28 a head"
    if per is None and [t.lower_ for t in rest[:2]] in (["for", "each"], ["for", "every"]):
        words = doc[at + 2 : min(at + 8, figure.sentence.end)]
        nouns = [t for t in words if t.pos_ == "NOUN" and t.dep_ != "poss"]
        per = f"per_{unit_word(nouns[0])}" if nouns else None  # "£12.80 for each of the
        # borough's 267,200 adults"
    return None if per is None or per.removeprefix("per_") in PERIODS else per


def compared_unit_cost(figure: Figure, figures: list[Figure]) -> Metric | None:
    """The unit cost right before bare money set against it ("£187 per resident, below
    the England and Wales average of £214")."""
    before = just_before(figure, figures)
    if before is None or not before.meaning["metric"].code.startswith("funding_per_"):
        return None
    between = list(figure.doc[before.unit_end : figure.first])
    if any(t.like_num or t.text == ";" for t in between):
        return None
    return before.meaning["metric"] if {t.lower_ for t in between} & AGAINST else None


PERIODS = {"year", "annum", "month", "week", "quarter", "yr"}


INCOME = {"income", "payment", "receipt", "revenue"}
PENALTIES = {"penalty", "fine", "fpn", "pcn"}


def is_income(figure: Figure, said: list[Token]) -> bool:
    """Whether money is said to come in: "income £97,600", "collected £16,400 in
    payments", "bringing in £25,600"."""
    verb = governing_verb(figure.head)
    if verb is not None and verb.lemma_ == "bring":
        return any(c.lower_ == "in" for c in verb.children)
    came = verb is not None and verb.lemma_ in ("collect", "generate")
    return came or bool({t.lemma_.lower() for t in said} & INCOME)


def penalties_named(figure: Figure, w: Words, previous: Span | None) -> bool:
    """Whether the figure's sentence, or the one before it, is about penalties issued,
    and its clause not about funding ("Paid notices brought in £243,900" after "issued
    1,612 fixed penalty notices"; not "a grant of £5,000 ... from fixed penalty income")."""
    if {t.lemma_.lower() for t in w.own + w.subject_all + w.clause} & FUNDING:
        return False
    about = list(figure.sentence) + (list(previous) if previous is not None else [])
    return bool({t.lemma_.lower() for t in about} & PENALTIES)


def saved_for_others(figure: Figure) -> bool:
    """Money a service saved someone or protected: a cost avoided or a loss prevented
    ("saving the NHS around £300,000", "it saved victims £214,000", "calls protecting
    £146,200", "a saving to residents of £312,000"), not a budget's own saving ("the
    contract saved a further £12,000", "savings of £9,800 were reinvested")."""
    verb = governing_verb(figure.head)
    if verb is not None and verb.lemma_ == "protect":
        return True
    own = range(figure.first, figure.unit_end)
    if verb is not None and verb.lemma_ in ("save", "spare"):
        return any(c.dep_ in ("dobj", "dative") and c.i not in own for c in verb.children)
    near = figure.doc[max(figure.sentence.start, figure.first - 8) : figure.first]
    savings = [t for t in near if t.lemma_.lower() == "saving"]
    return bool(savings) and any(c.lower_ == "to" for c in savings[-1].children)


def valued_thing(figure: Figure) -> list[Token]:
    """The noun money is the worth of, right before "worth" or "valued at" ("property
    worth an estimated £6.3m", "goods valued at £41,000"), with its modifiers."""
    before = list(figure.doc[max(figure.sentence.start, figure.first - 5) : figure.first])
    marks = [n for n, t in enumerate(before) if t.lower_ in ("worth", "valued")]
    if not marks or marks[-1] == 0 or before[marks[-1] - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    return with_modifiers(before[marks[-1] - 1])


def money_named_in(figure: Figure, w: Words) -> Concept | None:
    """A kind of money other than funding its sentence names, when the sentence up to the
    figure after it says nothing of funding (a budget the sum raised goes towards is the
    next figure's: "the precept for a Band D property at £333.74, ..., raising £73.2m
    towards a net budget of £132.9m")."""
    sentence = figure.sentence
    after = (t.i for t in sentence if t.i >= figure.unit_end and t.like_num)
    words = [t for t in figure.doc[sentence.start : next(after, sentence.end)] if t.i not in w.skip]
    if forms_in(words) & FUNDING:
        return None
    concept = best(words, unit="gbp")
    ok = concept is not None and concept.unit == "gbp" and concept.code != "funding"
    if ok and concept.code == "precept" and figure.value >= PRECEPT_MOST:
        return None  # "The precept rises to £310.46 ... raising £74.6 million": a Band D
        # property's share is some hundreds of pounds, the sum raised is funding
    return concept if ok else None


def is_crime(concept: Concept) -> bool:
    """Whether the concept is recorded crime or a kind of it (money of it is its cost)."""
    return "recorded_crime" in (concept.code, concept.kind_of)


def priced_noun(figure: Figure) -> list[Token]:
    """The noun money is the price or size of ("72 fixed penalty notices at £400", "fines
    of £100"), with its modifiers."""
    on = attached_to(figure)
    objects = [c for c in on.head.children if c.dep_ == "dobj" and c.i < on.i]
    noun = on.head if on.head.pos_ == "NOUN" else (objects or [None])[0]  # the parser may
    if on.lower_ not in ("at", "of") or noun is None:  # hang "at £400" on "issued"
        noun = tariff_noun(figure)
    return [] if noun is None else with_modifiers(noun)


def with_modifiers(noun: Token) -> list[Token]:
    return [t for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun]


TARIFFS = {"penalty", "fine", "notice", "fpn"}  # what a sum "each" or "if paid" prices


def tariff_noun(figure: Figure) -> Token | None:
    """The penalty a bracketed or following sum prices: "73 fixed penalty notices (£400
    each, 51 paid)", "notices of £400, reduced to £250 if paid within 10 days"."""
    doc = figure.doc
    after = [t.lower_ for t in doc[figure.unit_end : min(figure.unit_end + 2, len(doc))]]
    if after[:1] != ["each"] and after != ["if", "paid"]:
        return None
    before = doc[figure.sentence.start : figure.first]
    named = [t for t in before if t.lemma_.lower() in TARIFFS and t.pos_ in ("NOUN", "PROPN")]
    return named[-1] if named else None


def verb_arguments(figure: Figure) -> list[Token]:
    """The subject and object of the verb the figure hangs on ("raise the policing precept
    for a Band D property by £13"), not where the money came from ("£139.8m is raised
    through the precept")."""
    verb = governing_verb(figure.head)
    if verb is None:
        return []
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    own = range(figure.first, figure.unit_end)
    return [t for a in args for t in a.subtree if t.i not in own]


def crime_costing(figure: Figure) -> Concept | None:
    """The crime that "cost" someone the money before it: a loss to it, not spending
    ("Shoplifting cost local retailers £1.2m", "NFU Mutual estimated that rural theft cost
    the county £1.38m", "put the cost of rural theft at £1,214,000"; but "The project cost
    £40,000")."""
    before = figure.doc[figure.sentence.start : figure.first]
    costs = [t for t in before if t.lower_ in ("cost", "costs", "costing")]
    return crime_of_cost(costs[-1]) if costs else None


def crime_of_cost(cost: Token) -> Concept | None:
    """The crime a cost is of: the subject of "cost" the verb, or what "cost of" names."""
    if cost.pos_ == "VERB":
        said = [c for c in cost.children if c.dep_ == "nsubj"]
    else:
        said = [o for c in cost.children if c.lower_ == "of" for o in c.children]
        said += [c for c in cost.children if c.dep_ == "compound"]  # "shoplifting cost
        # traders £2.3m", "cost" read as a noun
        if cost.dep_ == "compound":  # "Doorstep crime cost victims £96,000", all one noun
            said += [c for c in cost.head.children if c.dep_ == "compound" and c.i < cost.i]
    words = [t for s in said for t in s.subtree]
    crime = crime_named(words) if words else None  # not "Burglary prevention work cost":
    return crime if crime and names_with(crime, [words], said) else None  # its head says it


def crime_named(tokens: list[Token]) -> Concept | None:
    """The kind of crime the words name, if they name one ("Action Fraud")."""
    concept, _ = concept_of(tokens)
    if concept is None or concept.kind_of != "recorded_crime":
        return None
    return concept


def names_with(concept: Concept, scopes: list[list[Token]], head: list[Token]) -> bool:
    """Whether a term of the concept that includes the head noun is in one of the scopes."""
    heads = forms_in(head)
    for tokens in scopes:
        present = forms_in(tokens)
        for term in concept.terms:
            if any(w & heads for w in term) and all(w & present for w in term):
                return True
    return False


def ruled_out(concept: Concept, tokens: list[Token]) -> bool:
    present = forms_in(tokens)
    return any(says(phrase, present) for phrase in concept.excluded)


def says(phrase: tuple[frozenset[str], ...], present: set[str]) -> bool:
    """Whether every word of the phrase is among the forms ("handed in": both words)."""
    return all(w & present for w in phrase)


def names(concept: Concept, tokens: list[Token]) -> bool:
    present = forms_in(tokens)
    return any(all(w & present for w in term) for term in concept.terms)


def forms_in(tokens: list[Token]) -> set[str]:
    """Every form of every word of the tokens."""
    return set().union(*words_of(tokens)) if tokens else set()


def counts_only_records(core: list[Token], metric: Metric) -> bool:
    """Whether the figure's noun says only what kind of record it counts ("412 offences",
    "1,410 incidents", "93 cases"), so the topic of its sentence says what about."""
    content = [t for t in core if not is_generic([t])]
    if not content:  # "61 more than the 477 recorded the year before"
        return metric.concept in broader_concepts()
    if metric.concept not in broader_concepts() | {None}:
        return False
    kinds = [t for t in content if t.pos_ != "ADJ" or t.lemma_.lower() in TOTALS]
    return all(t.pos_ == "NOUN" and t.lemma_.lower() in RECORDS for t in kinds)


def of_a_thing(figure: Figure, metric: Metric) -> bool:
    """Whether records the catalog does not name are "of" a thing of their own ("163
    reports of spiking"), which their sentence's topic does not overrule."""
    noun = counted_noun(figure)
    if metric.concept is not None or noun is None:
        return False
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    things = [o for p in of for o in p.children if o.dep_ in ("pobj", "pcomp")]
    things = [t for t in things if t.pos_ == "NOUN" or t.tag_ == "VBG"]  # "of spiking"
    return any(not is_generic([t]) and not names_a_place(t) for t in things)


def says_total(subject: list[Token]) -> bool:
    """Whether the subject is all of its records ("Recorded crime fell from 9,816 to
    9,402, ... including 46 fewer burglaries"), not one kind the sentence names."""
    return any(t.lemma_.lower() in TOTALS for t in subject)


@cache
def broader_concepts() -> set[str]:
    return {c.kind_of for c in catalog() if c.kind_of}


def topic_of(
    figure: Figure, figures: list[Figure], memory: CellMemory, metric: Metric
) -> Concept | None:
    """The nearest concept its sentence names that the records can be of (a kind of
    recorded crime for "offences"), else the one the cell's last such figure had."""

    def fits(concept: Concept | None) -> bool:
        if concept is None or is_weak(concept) or concept.code in {metric.concept, *BASES}:
            return False  # "... 4 per cent of the county's population. Of the 528 cases":
            # no record is of a population
        return metric.concept is None or concept.kind_of == metric.concept

    # "6,912 crimes, 2,140 ASB incidents and ...": a counted noun's topic is not a listed
    # level's noun; a change's may be ("211 fewer recorded thefts, with 2,969 offences"),
    # and a bare figure's any ("... calls for service, 9.1% more than (2,122)")
    others = [f for f in figures if f.role == figure.role] if figure.meaning["noun"] else [figure]
    others = [f for f in others if f.unit != "rank" or f is figure]  # "the 3rd highest rate
    # of shoplifting ..., at 14.2 offences per 1,000": the rank ranks the same offences
    taken = {t.i for f in others for t in f.meaning.get("noun", [])}
    nouns = [t for t in figure.sentence if is_nominal(t) and t.i not in taken]
    nouns = [t for t in nouns if not between_dashes(t)]  # "crime – theft, burglary ... –"
    nouns = [t for t in nouns if not in_a_make_up(t)]  # "226 ... crimes, mostly thefts"
    nouns = [t for t in nouns if not in_a_with_aside(t, figure)]
    nouns.sort(key=lambda t: abs(t.i - figure.first))
    subject = subject_noun(figure)  # "Arson ... was up 15.6%, from 289 to 334 incidents"
    if subject is not None and subject.i not in taken:
        nouns.insert(0, subject)
    if memory.previous is not None:  # "The ASB Group met monthly. It reviewed 93 cases"
        nouns += [t for t in reversed(memory.previous) if is_nominal(t)]
    for noun in nouns:
        concept, _ = concept_of(phrase(noun, taken)[1])
        if fits(concept):
            return concept
    for earlier in reversed(memory.figures):
        code = earlier.meaning["metric"].concept
        if code and fits(concept := concept_named(code)):
            return concept
    return None


def in_a_with_aside(token: Token, figure: Figure) -> bool:
    """Whether the word is in a ", with ..." aside after the figure ("crime had risen by
    5.2% ..., with shoplifting up 23% and burglary down 9%"): the aside's items have topics
    of their own, not the figure's."""
    withs = [t for t in figure.doc[figure.unit_end : token.i] if t.lower_ == "with"]
    return bool(withs) and figure.doc[withs[0].i - 1].text == ","


MAKE_UP = {"mostly", "mainly", "largely", "chiefly", "predominantly", "primarily", "principally"}


def in_a_make_up(token: Token) -> bool:
    """Whether the word is in an aside saying what records were mostly made up of
    ("1,311 incidents, 226 of which were crimes, mostly thefts and assaults"): a part of
    them, not their topic."""
    before = token.doc[token.sent.start : token.i]
    for word in reversed(before):
        if word.is_punct and word.text != "-":
            return False
        if word.lower_ in MAKE_UP:
            return True
    return False


# people in general, whom a participle after them can say more of (not figures.py's
# PEOPLE_NOUNS, whose victims, pupils and patients are already a group of their own)
PERSONS = {"people", "person", "individual", "adult", "man", "woman", "child", "resident"}


def people_doing(core: list[Token]) -> list[Token]:
    """The participle right after a people noun that says who they are, which the parser
    hung on the verb ("recorded 14 people sleeping rough"), when it names a kind of its
    own that is neither a group of people nor a crime."""
    noun = core[-1] if core else None
    if noun is None or noun.lemma_.lower() not in PERSONS or noun.i + 1 >= len(noun.doc):
        return []
    after = noun.nbor(1)
    if after.tag_ != "VBG" or after.head == noun:
        return []
    words = [t for t in after.subtree if not t.is_punct]
    concept, _ = concept_of(words)
    kept = concept is not None and concept.code not in PEOPLE and not is_crime(concept)
    return words if kept else []


def things_for_people(figure: Figure) -> Token | None:
    """The figure's noun, when it counts things a catalog concept does not name, done
    with, to or for the people a phrase after it names ("6,870 contacts with young
    people", "412 assessments of children")."""
    noun = counted_noun(figure)
    if noun is None or noun.lemma_.lower() in NOT_NAMES or is_generic([noun]):
        return None
    if concept_of([noun])[0] is not None or noun.pos_ != "NOUN":
        return None
    phrase, _ = concept_of(list(noun.subtree))  # "650 members of the public": people
    if phrase is not None and names_with(phrase, [list(noun.subtree)], [noun]):
        return None
    after = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i]
    return noun if any(c.lower_ in ("with", "to", "for", "of") for c in after) else None


def is_nominal(token: Token) -> bool:
    """A noun, or a word standing as a subject ("Shoplifting was up 27%")."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("nsubj", "nsubjpass", "csubj")


@dataclass
class Words:
    """The words a figure's metric can come from, nearest first."""

    core: list[Token]  # its counted noun and the noun's modifiers
    own: list[Token]  # ... and the noun's attachments
    subject_core: list[Token]  # the subject it is the value of
    subject_all: list[Token]
    clause: list[Token]  # its clause, but other figures' words
    skip: set[int]  # other figures' words
    headline: list[Token]  # the verbless list item it ends, if any

    @classmethod
    def of(cls, figure: Figure, figures: list[Figure]) -> Words:
        skip = skip_for(figure, figures)
        own = figure.meaning["noun"] + people_doing(figure.meaning["core"])
        mine = numbers_of(figures, figure) | {t.i for t in own}
        subject = None if subject_of_the_next_verb(figure) else subject_noun(figure)
        on = attached_to(figure)  # "raise completions to 6.0%", "keep entrants below 95"
        bound = on.lower_ in BOUNDS and (on.head.pos_ in ("VERB", "AUX") or on.head.dep_ == "dobj")
        moved = figure.role != "level" or on.lower_ in ("from", "to") or bound
        if moved and (subject is None or subject.pos_ == "PRON"):
            subject = changed_object(figure) or subject  # "Reduce the number of KSIs by 10%",
            # "taking the precept from £259.79 to £272.79"
        labelled = labelled_cell_start(figure)  # "Pupils reached: 6,000 | Knife crime
        if subject is not None and labelled is not None and subject.i < labelled:  # offences:
            subject = None  # down 10% from 412": the cell's label says what, not the row's
        subject_core, subject_all = phrase(subject, mine, appositions=True)
        if (held := held_in(subject)) is not None:  # "Increase adults in treatment from
            extra = [t for t in held.subtree if t.i not in mine]  # 2,650": "in treatment",
            subject_core, subject_all = subject_core + extra, subject_all + extra  # on the verb
        headline = headline_words(figure)
        if headline:  # "Burglary down 12%; robbery up 4%"
            subject_core, subject_all = headline, headline
        if subject is not None and subject.dep_ == "nsubj" and subject.head.dep_ == "csubj":
            # "Residents feeling safe in the town centre rose to 58%": the whole clause
            subject_all = [t for t in subject.head.subtree if t.i not in mine]
        elif subject is not None and subject.head.tag_ == "VBG" and subject.head.dep_ == "ROOT":
            verb = governing_verb(figure.head)  # ... parsed as the sentence's root, the
            if verb is not None and verb.i > subject.head.i:  # figure's verb a conjunct
                subject_all = [t for t in subject.head.subtree if t.i < verb.i and t.i not in mine]
        if complement := complement_of(figure, mine):  # "5,133 were violence against ..."
            subject_core, subject_all = complement, complement
            figure.meaning["complement"] = complement
        clause = [t for t in clause_words(figure, skip) if t not in own]
        core = figure.meaning["core"]
        return cls(core, own, subject_core, subject_all, clause, skip, headline)


def labelled_cell_start(figure: Figure) -> int | None:
    """Where the figure's "|" cell starts, when a label naming a concept and a colon open
    it ("| Knife crime offences: ...", not "| Change: -27")."""
    before = figure.doc[figure.sentence.start : figure.first]
    bars = [t.i for t in before if t.text == "|"]
    if not bars:
        return None
    colons = [t.i for t in figure.doc[bars[-1] + 1 : figure.first] if t.text == ":"]
    label = list(figure.doc[bars[-1] + 1 : colons[0]]) if colons else []
    return bars[-1] + 1 if named(label) is not None else None


def subject_of_the_next_verb(figure: Figure) -> bool:
    """Whether the figure's noun, parsed as joined to the object before it, is the subject
    of the verb right after it ("received 1,406 referrals and 418 high-risk cases went to
    MARAC"): the sentence's subject is not its."""
    noun = counted_noun(figure)
    if noun is None or noun.dep_ != "conj" or noun.i + 1 >= figure.sentence.end:
        return False
    verb = noun.doc[noun.i + 1]
    return verb.tag_ in FINITE_TAGS and verb.dep_ == "conj" and verb.head.i < noun.i


def held_in(noun: Token | None) -> Token | None:
    """The "in" right after a verb's object that the parser hung on the verb, not on the
    object: "Increase adults in treatment from ...", the people in it."""
    if noun is None or noun.dep_ != "dobj" or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.right_edge.i + 1]
    attached = after.dep_ == "prep" and after.head.i == noun.head.i
    return after if attached and after.lower_ == "in" else None


def named_by_own_words(figure: Figure, figures: list[Figure], memory: CellMemory, w: Words):
    unit = figure.unit
    dependants = in_the_household(figure)  # people a case involves, not its service's
    concept, size = concept_of(w.core, unit, head=True)
    own = w.own + next_to(w.core)  # "1,134 thefts from shops" (the parser may hang "from
    if concept is not None and own != w.core:  # shops" on the verb): shoplifting
        wider, wider_size = concept_of(own, unit)
        kind = wider is not None and wider.kind_of == concept.code and of_a_kind(w.core)
        named_too = wider is not None and wider_size > size
        if kind or named_too and names_with(wider, [own], w.core[-1:]):
            concept = wider  # "312 offences of most serious violence": the kind named
    concept = concept or named(without_whom_about(w.core, w.own), unit=unit)
    chargeable = is_weak(concept) or concept.code == "offenders_managed"  # "122 offenders"
    if chargeable and (outcome := justice_outcome(figure)) is not None:
        return outcome, False  # "131 people were charged": what became of them
    if concept is None and own != w.core and (wider := named(own, unit=unit)) is not None:
        concept = wider if names_with(wider, [own], w.core[-1:]) else None  # "1,284
        # admissions to hospital for alcohol-specific conditions" (hung on the verb)
    if is_provision(figure, w.core) and (concept is None or not names(concept, w.core[-1:])):
        return uncatalogued(figure, w.core), False  # "2 detached youth workers", "2 ASB
        # caseworkers", "6 knife surrender bins": posts and places, not what they serve
    if concept is not None and issued_about(concept, w.core):
        return uncatalogued(figure, w.core), False  # "287 ASB warnings": not ASB incidents
    concept = about_what(concept, w.core, w.own, unit)  # "418 calls to the ASB hotline"
    verb = [] if parts_counted_out(figure, figures) else verb_phrase(figure, w.skip)
    said = [t for t in w.own if t not in w.core]  # "150 knives handed in at police stations"
    if concept is not None and ruled_out(concept, verb + w.subject_all):
        concept = concept_of(w.core + verb + w.subject_all, unit)[0]  # "318 knives handed in"
    elif concept is not None and ruled_out(concept, said):
        concept = concept_of(w.core + said, unit)[0]
    if concept is not None and concept.code in AGENTS and trained(verb, w.core):
        concept = concept_named("people_trained")  # "71 staff and volunteers were trained"
    if figure.unit == "percent" and figure.role == "level" and is_people(concept):
        # "62% of respondents felt safe", "Violence ... made up 38% of all crime": the
        # group is the base, not the measure
        concept = best(w.subject_core, w.subject_all, w.clause, unit=unit) or concept
        described = [figure.doc[i] for i in described_by(w.core[-1])] if w.core else []
        thought = concept_of(described, unit)[0]  # "75% of residents who nominated a site
        if is_people(concept) and thought is not None and thought.code in ATTITUDES:
            concept = thought  # satisfied with the result", the parser hanging "satisfied"
    elif figure.unit == "percent" and figure.role == "level" and says_total(w.core[:1]):
        # "Deliberate fires make up 66% of all incidents the station attends": the share's
        # base is all of them; its subject is what is measured
        subject = best(w.subject_core, w.subject_all, unit=unit)
        concept = concept if is_weak(subject) else subject  # not "Looked-after children"
    elif is_weak(concept) and not counts_a_rate_base(figure, figures):
        # "First-time entrants fell from 64 children"
        # "Two young people were sentenced to custody"
        head = w.core[-1:]  # its modifiers have had their say
        scopes = [w.subject_core + head, w.subject_all + head, head + verb]
        doers = best(w.subject_core, unit=unit)
        if head and done_to(head[0]) and doers is not None and doers.code in HELPERS:
            scopes = scopes[2:]  # "volunteers looked after 428 people": those they helped
        if unit.startswith("per_"):  # "the highest rate of violent crime, at 32.4 crimes"
            scopes.insert(0, rate_of(figure))
        # "supported 284 victims of ASB": victims a service helped, whatever befell them
        helped = concept is not None and concept.code == "victims_supported" and served(head)
        if is_people(concept) and not helped:  # "1,402 adults in structured drug and
            # alcohol treatment"
            near = w.core[-1].i + 6 if w.core else figure.unit_end  # not "... after fleeing"
            described = described_by(w.core[-1]) if w.core else set()  # "people entering
            nearby = [t for t in w.own if t not in w.core and (t.i <= near or t.i in described)]
            nearby += doing(w.core[-1], w.skip) if w.core else []
            scopes.insert(0, head + nearby)  # the youth justice system for the first time"
        better = best(*scopes, unit=unit)
        if concept is not None and is_people(concept) and is_weak(better):
            better = object_named(verb, unit) or better  # "received a warning letter"
            # "146 perpetrators were referred to ...": a person referred is a referral
            # (but one visited or trained is not a visit or a training session)
            if verb and is_referred(verb[0]):
                concept = concept_named("referrals")
        # "Street Pastors ... handing out 1,800 pairs of flip-flops": not the Street Pastors,
        # unless the subject has or is them ("The Special Constabulary has 46 officers")
        owns = verb[0].lemma_ in ("have", "be", "number", "include", "comprise") if verb else True
        thing = concept is None and names_a_thing(head) and unit == "count" and not owns
        if thing and better is not None and better.code in PEOPLE | AGENTS:
            better = better if names(better, head + verb) else None
        if thing and better and is_place(head[-1]) and not names_with(better, scopes, head):
            better = None  # "sessions across 27 villages": where, not what
        from_subject = (
            better and not names_with(better, scopes, head) and not names(better, head + verb)
        )
        if thing and two_subjects(head) and from_subject:
            better = None  # "160 sanctions in total, and its 134 member businesses
            # reported ...": the other subject's words are not the sanctions'
        if is_people(concept) and agent_topic(better, figure, head + verb + w.own):
            better = None  # "The violence reduction team reached 5,412 children": whom
            # the team reached, not violence
        harmed = bool(verb) and verb[0].lemma_.lower() in HARMED
        if is_people(concept) and harmed and better is not None and better.code not in HARMS:
            better = None  # "9 people were hurt in deliberate fires": the hurt, not fires
        doer = better is not None and better.code in AGENTS and concept is not None
        doer = doer and concept.code in PEOPLE  # people, not a bare "total"
        doer = doer and bool(verb) and any(is_object(t) for t in w.core) and not owns
        if doer and not names(better, head + verb + w.own):  # "Safe space volunteers
            better = best(head + verb, unit=unit)  # assisted 644 people": who helped them
        if narrower_group(concept, better):
            concept = better  # "96 men who completed the perpetrator programme"
        elif better is not None and not is_weak(better):
            # an activity is renamed only by a term of its own noun ("412 referrals"
            # to the MARAC); a group of people by anything done to them
            kept = concept is not None and dependants
            if is_people(concept) and not kept or better.kind_of == concept.code:
                concept = better  # "Shoplifting was ..., at 2,230 offences"
            elif names_with(better, scopes, head):
                concept = better
    clients = concept is None or is_people(concept) or concept.code == "referrals"
    clients = clients or is_container(w.core)  # "874 new high-risk cases" it took on
    clients = clients and not dependants
    if clients and unit == "count" and (service := service_named(w.own + w.subject_all)):
        concept = service  # "The IDVA service received 724 referrals": its cases
    if concept is None and is_container(w.core):  # "The MARAC heard 412 cases"
        concept = named(w.subject_core + w.core, w.subject_all + w.core, unit=unit)
        if concept is not None and concept.code in AGENTS:
            concept = None  # "Staff took 58 reports of drink spiking": who took them
    lead = lead_noun(figure)  # not for a later figure with a noun of its own: "Dwelling
    first = first_after(lead, figure, figures)  # fires: 212 ..., with 11 people injured"
    if lead and (concept is None and first or is_container(w.core)):
        concept = named(lead, unit=unit) or concept  # "Hate crime: 204 reports"
    elif concept is not None and is_people(concept) and lead and not dependants:
        topic = named(lead, unit=unit)  # "County lines: ...; 11 vulnerable people safeguarded"
        helped = topic is not None and topic.code in AGENTS and any(is_object(t) for t in w.core)
        if topic is not None and not is_weak(topic) and not helped:  # "Street Pastors: ...,
            concept = topic  # helping 412 people": whom the volunteers helped
    if (concept is None or is_weak(concept)) and (same := same_noun(figure, figures, memory)):
        said = same.meaning["metric"].concept  # "1,214 missing episodes ... 1,334 episodes"
        if concept is None:
            return same.meaning["metric"], True
        core_says = named(same.meaning["core"] or lead_noun(same))  # or its label's
        if said and not is_weak(concept_named(said)) and core_says and core_says.code == said:
            return metric_for(concept_named(said), figure), True  # "1,214 Safe and Well
            # visits ... A further 312 visits" (not "felt safer": that was the verb's)
    if concept is not None and concept.code == "referrals" and memory.heading is not None:
        concept = referrals_headed(concept, list(memory.heading) + w.core, unit)
    records = any(t.lemma_.lower() in CONTAINERS for t in w.core)  # "Incidents reported to"
    if concept is None and records and memory.heading is not None:
        concept = named(list(memory.heading), unit=unit)  # "Domestic Abuse – Key Figures /
        # Incidents reported to Durham Constabulary: 3,118": records of the heading's topic
    if concept is None:
        return uncatalogued(figure, w.own if is_container(w.core) else w.core or w.own), False
    return metric_for(concept, figure), False


ABOUT = {"about", "regarding", "concerning"}


LIST_KINDS = STRUCTURAL | {"category", "type", "kind", "motivation", "source", "quarter", "month"}


def all_of_a_list(label: list[Token]) -> bool:
    """Whether a label says only that its line totals the kinds listed ("All strands",
    "Total, all categories"): what they are of is the heading's."""
    words = [t.lemma_.lower() for t in label if t.is_alpha]
    return bool(words) and words[0] in ("all", "total") and set(words[1:]) <= LIST_KINDS | {"all"}


ACTIONS = {"environmental_enforcement", "arrests", "stop_search", "charges", "court_orders"}
ACTIONS |= {"out_of_court_disposals", "closure_orders", "injunctions_cbos", "crime_outcomes"}
ACTIONS |= {"exclusion_notices", "pubwatch_bans", "vehicles_seized"}  # taken against people
ACTIONS |= {"acceptable_behaviour_contracts"}  # agreed with them


def action_headed(figure: Figure, memory: CellMemory, metric: Metric) -> Concept | None:
    """The action a heading names over lines labelled only by what it was taken for
    ("Fixed penalty notices issued, 2020/21:" over "• Littering: 1,672", "Arrests by
    offence:" over "Burglary: 41"): notices and arrests, by offence."""
    labelled = figure.first > 0 and figure.doc[figure.first - 1].text == ":"
    if memory.heading is None or not labelled or counted_noun(figure) is not None:
        return None
    concept = concept_named(metric.concept) if metric.concept else None
    if concept is not None and (concept.code in ACTIONS or is_people(concept)):
        return None
    action = named(list(memory.heading), unit=figure.unit)
    return action if action is not None and action.code in ACTIONS else None


def referrals_headed(referrals: Concept, words: list[Token], unit: str) -> Concept:
    """The referrals of the kind a heading over them names with them ("Torbay Domestic
    Abuse Service" over "Referrals received: 1,486": referrals to domestic abuse services)."""
    kind, _ = concept_of(words, unit)
    named_with = kind is not None and any("referral" in w for t in kind.terms for w in t)
    return kind if named_with else referrals


def without_whom_about(core: list[Token], own: list[Token]) -> list[Token]:
    """The figure's words without the people its noun is about or is had with ("1,987
    safeguarding concerns about Mansfield residents", "1,137 contacts with young people
    sleeping rough": concerns and contacts, not residents or rough sleepers)."""
    about = [c for c in core[-1].children if c.lower_ in ABOUT | {"with"}] if core else []
    whom = [o for c in about for o in c.children if o.dep_ == "pobj"]
    if not whom or not all(is_people(named(with_compounds(o))) for o in whom):
        return own
    gone = {t.i for c in about for t in c.subtree}
    return [t for t in own if t.i not in gone]


def in_the_household(figure: Figure) -> bool:
    """Whether the people counted are those a case involves or who live in its household
    ("The MARAC heard 318 cases, involving 412 children in the households"): not the
    service's clients."""
    noun, verb = counted_noun(figure), governing_verb(figure.head)
    if verb is not None and verb.lemma_.lower() == "involve":
        return True
    if noun is None:
        return False
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl"]  # "506 children living
    held = [o for h in holders for p in h.children if p.lower_ == "in" for o in p.children]
    return any(o.lemma_.lower() in ("household", "home", "family") for o in held)  # in the
    # households concerned"


def is_referred(verb: Token) -> bool:
    """Whether the people were referred: "were referred", or "61 young people referred to
    the panel" tagged as if they referred (one who refers refers someone)."""
    if verb.lemma_.lower() != "refer":
        return False
    return verb.tag_ == "VBN" or not any(c.dep_ == "dobj" for c in verb.children)


def service_named(tokens: list[Token]) -> Concept | None:
    """A service the words name, whose referrals and clients are its cases."""
    return next((c for c in catalog() if c.service and names(c, tokens)), None)


def of_a_kind(core: list[Token]) -> bool:
    """Whether "of" follows the counted noun ("offences of most serious violence")."""
    return bool(core) and core[-1].i + 1 < len(core[-1].doc) and core[-1].nbor(1).lower_ == "of"


def agent_topic(better: Concept | None, figure: Figure, own: list[Token]) -> bool:
    """Whether a crime names only the subject that acted on the people counted ("The
    stalking advocacy service supported 164 victims"): it says what the service works on."""
    noun = counted_noun(figure)
    if better is None or "recorded_crime" not in (better.code, better.kind_of) or not noun:
        return False
    group = concept_of([noun], "count")[0]
    if group is None or group.code not in PEOPLE:
        return False  # "Action Fraud received 1,122 reports from residents": reports
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":  # "worked with 212 children"
        noun = noun.head
    acted_on = noun.dep_ in ("dobj", "prep") and noun.head.pos_ == "VERB"
    return acted_on and not names(better, own)


SERVING = {"support", "help", "assist", "contact", "reach", "outreach", "advocacy", "visit"}


def served(core: list[Token]) -> bool:
    """Whether the victims counted are ones a service worked with ("supported 284 victims of
    ASB", "outreach to 250 victims of domestic abuse"), not victims the crime had."""
    if not core:
        return False
    noun, head = core[0], core[0].head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "for"):
        noun, head = head, head.head
    clauses = [c for c in core[0].children if c.dep_ == "acl"]  # "victims supported by"
    given = [c for c in head.children if c.dep_ == "dobj"] if noun.dep_ == "prep" else []
    helpers = [head] + given  # "provide outreach to 250 victims"
    helped = noun.dep_ in ("dobj", "pobj", "nsubjpass", "prep")
    helped = helped and any(t.lemma_.lower() in SERVING for t in helpers)
    return helped or any(c.lemma_.lower() in SERVING for c in clauses)


STAFF = {"worker", "caseworker", "officer", "post", "fte"}  # who is paid to do the work
PROVISIONS = {"centre", "center", "hub", "bin", "van", "project"}  # what the money set up
ISSUED = {"warning", "letter"}  # what a team sends out about a topic


def issued_about(concept: Concept, core: list[Token]) -> bool:
    """Whether the noun counts what a team sent out about the concept's topic, none of
    whose terms has the noun ("287 ASB warnings"; not "214 warning letters")."""
    forms = word_forms(core[-1]) if core else set()
    return bool(forms & ISSUED) and not any(forms & w for term in concept.terms for w in term)


def is_provision(figure: Figure, core: list[Token]) -> bool:
    """Whether the noun counts the staff or places a service provides ("2 ASB caseworkers",
    "12 hate crime reporting centres"), not the topic they serve."""
    forms = word_forms(core[-1]) if core else set()  # "Third Party Reporting Centres" too
    if not forms & (STAFF | PROVISIONS):
        return False
    if forms & STAFF:
        return True
    number = figure.doc[figure.first : figure.unit_end]  # a place only as the number's noun,
    return any(t.head == core[-1] for t in number)  # not "Reports to the hub: 188"


def about_what(concept: Concept | None, core: list[Token], whole: list[Token], unit: str):
    """The topic records are about when their noun names only the kind of record ("418
    calls to the ASB hotline", "Calls to the noise line dropped from 1,204")."""
    if is_weak(concept) or not is_container(core) or not only_records(concept, core):
        return concept
    topic, _ = concept_of([t for t in whole if t not in core], unit)
    return topic if topic is not None and not is_weak(topic) else concept


def subject_head_says(concept: Concept | None, core: list[Token], whole: list[Token], unit: str):
    """The concept the subject's head noun names over one only the words after it name
    ("Arrests for possession with intent to supply rose": arrests), as a figure's own noun
    decides; but not over a term the head noun is a word of ("Thefts from vehicles")."""
    head = core[-1:]
    if head and head[0].lemma_.lower() == "rate" and len(core) > 1:
        rated, _ = concept_of(core[-2:], unit, head=True)  # "the domestic abuse charge rate"
        if rated is not None and not is_weak(rated):
            return rated
        rated, _ = concept_of(core[:-1], unit, head=True)  # "The domestic abuse arrest rate",
        if rated is not None and not is_weak(rated):  # "the arrest rate for domestic abuse":
            return rated  # what the word before "rate" names is what is rated
    own, _ = concept_of(head, unit, head=True)
    if concept is not None and own is not None and is_people(concept) and not is_people(own):
        return own  # "Victim Care referrals totalled 3,912": referrals, not victims
    if concept is None or own is None or is_weak(own) or is_container(head):
        return concept
    if names_with(concept, [core, whole], head) or is_crime(own) or head[0].lower_ in PROCEEDINGS:
        return concept  # "Catalytic converter thefts": its own; but "Drug trafficking
        # arrests" are arrests
    return own


HELD_AT = {"below", "under", "above", "within"}  # not "at" nor "over": "fined 30 drivers
# at £100", "over 12 months"


def held_at(figure: Figure) -> list[Token]:
    """What a verb holds at the figure: its object ("hold first-time entrants below 160
    per 100,000", "keep repeat referrals under 35%")."""
    prep = figure.head.head if figure.head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in HELD_AT:
        return []
    held = prep.head  # the verb, or its object the parser hung the figure on
    if held.dep_ == "dobj" and held.head.pos_ == "VERB":
        objects = [held]
    elif held.pos_ == "VERB":
        objects = [c for c in held.children if c.dep_ == "dobj" and c.i < prep.i]
    else:
        return []
    inside = {t.i for t in prep.subtree}
    return [t for c in objects[:1] for t in c.subtree if t.i not in inside and not t.like_num]


def described_by(noun: Token) -> set[int]:
    """The words of a clause that says which of a group are counted: "young people
    entering the youth justice system for the first time", "adults who ..."."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i]
    return {t.i for c in clauses for t in what_it_says(c)}


def doing(noun: Token, skip: set[int]) -> list[Token]:
    """What a group is said to be doing right after it, which the parser made a clause
    with the group its subject: "37 people sleeping rough"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.i != noun.i + 1:
        return []
    said = [t for c in verb.children if c != noun and c.dep_ != "prep" for t in what_it_says(c)]
    return [t for t in [verb, *said] if t.i not in skip]


def what_it_says(clause: Token) -> list[Token]:
    """A clause's words but its circumstances ("supported in securing accommodation after
    fleeing domestic abuse": not the abuse)."""
    said = [clause]
    for child in clause.children:
        aside = child.dep_ == "advcl" or child.dep_ == "prep" and child.lower_ in CIRCUMSTANCES
        said += [] if aside else what_it_says(child)
    return said


def next_to(core: list[Token]) -> list[Token]:
    """The prepositional phrase right after a noun that the parser hung on the verb
    instead ("reported 1,134 thefts from shops")."""
    if not core or core[-1].i + 1 >= core[-1].sent.end:
        return []
    prep = core[-1].nbor(1)
    if prep.dep_ != "prep" or prep.head == core[-1]:
        return []
    clauses = [c for t in prep.subtree for c in t.children if c.dep_ in ("relcl", "acl", "appos")]
    counted = {t.i for c in clauses if any(w.like_num for w in c.subtree) for t in c.subtree}
    return [t for t in prep.subtree if not t.like_num and t.i not in counted]  # not "fires
    # in Knowsley, of which 658 were deliberate", "fires in 2024/25 (658 accidental, 388
    # deliberate)": other figures' clause or list


def only_records(concept: Concept, core: list[Token]) -> bool:
    """Whether the concept is named in the words only by a kind of record ("calls"), not
    by words beyond them ("requests for an ASB case review": the case reviews' own term)."""
    present = forms_in(core)
    terms = [term for term in concept.terms if all(w & present for w in term)]
    return bool(terms) and all(all(w & RECORDS for w in term) for term in terms)


def object_named(verb: list[Token], unit: str) -> Concept | None:
    """A concept an object of the verb names with its noun and the noun's modifiers
    ("received a warning letter", "signed up to the community messaging system"); not
    one the modifiers name alone ("joined the rural crime team")."""
    for noun in [t for t in verb[1:] if t.pos_ == "NOUN"]:
        words = [t for t in noun.subtree if t.i <= noun.i and not t.like_num]
        concept, _ = concept_of(words, unit, head=True)
        if not is_weak(concept) and names_with(concept, [words], [noun]):
            return concept
    return None


def two_subjects(head: list[Token]) -> bool:
    """Whether the noun is one of two subjects the parser gave one verb (a list's item
    run into the next clause's subject)."""
    if not head or head[-1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    return sum(c.dep_ in ("nsubj", "nsubjpass") for c in head[-1].head.children) > 1


def names_a_thing(head: list[Token]) -> bool:
    """Whether the figure's noun is a common noun of its own that is not a record, a
    generic word or a unit ("pairs", "nights", "bottles"): it says what is counted."""
    if not head or head[-1].pos_ != "NOUN":
        return False
    return not {head[-1].lemma_.lower(), head[-1].lower_} & (GENERIC | RECORDS)


def is_object(noun: Token) -> bool:
    """Whether the noun is what its verb acts on ("assisted 644 people", "helped 214
    people ..., 381 people in total", however the parser hangs the total)."""
    while noun.dep_ == "appos" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "to", "for"):
        noun = noun.head  # "worked with 96 parents", "gave talks to 1,520 older people"
    return noun.dep_ in ("dobj", "prep", "npadvmod") and noun.head.pos_ == "VERB"


def is_place(noun: Token) -> bool:
    """Whether the noun is where something happened: "at 36 sites", "across 27 villages"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS


SOURCE_VERBS = {"come", "refer", "make", "receive", "originate", "arrive"}


def sourced_whole(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The count a figure said to be what a source gave is part of ("The hub received 2,264
    referrals, ..., with the police the source of 1,540", "schools were the source of 24 of
    them"): the last level of its unit before it, in its sentence or the one before."""
    words = [t.lemma_.lower() for t in figure.doc[max(figure.first - 2, 0) : figure.first]]
    if words != ["source", "of"]:
        return None
    earlier = [f for f in figures if f.first < figure.first] or memory.figures
    levels = [f for f in earlier if f.unit == figure.unit and f.role == "level"]
    return levels[-1] if levels and "metric" in levels[-1].meaning else None


def source_of(figure: Figure) -> Token | None:
    """What came from the source a bracketed figure follows: "Most referrals came from the
    police (58), followed by children's social care (41) and schools (23)", "Most were
    referred by Merseyside Police (412)" (the referrals, not the police or the schools)."""
    doc = figure.doc
    if figure.first < 2 or doc[figure.first - 1].text != "(":
        return None
    source = doc[figure.first - 2]
    while source.dep_ == "conj":  # "... and schools (23)"
        source = source.head
    prep = source.head if source.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("from", "by") or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if verb.lemma_.lower() == "follow" and verb.dep_ in ("advcl", "xcomp", "conj"):
        verb = verb.head  # "..., followed by children's social care (41)": the same list
        if not any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in verb.children
        ):
            return None  # of sources, not "made up the largest share (38%), followed by"
    if verb.lemma_.lower() not in SOURCE_VERBS:
        return None
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return subject_noun(figure) or next(subjects, None)


RESIDENTS = {"resident", "residents", "inhabitant", "inhabitants"}  # a population
LIVING = {"live", "reside"}


def a_population(noun: Token) -> bool:
    """Whether residents counted are a population ("among its 275,300 residents"), not
    some of them."""
    return bool(word_forms(noun) & RESIDENTS) and not acting(noun)


def acting(noun: Token) -> bool:
    """Whether the people counted do or undergo something, and so are not a rate's base:
    "2,176 residents were in drug treatment", "residents who reported ASB"; but not those
    living there ("the 283,900 people living in the borough") or to whom what the rate
    counts happened ("Peterborough's 215,700 residents experienced 27,912 crimes")."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]  # not "aged 10 to 17"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clauses.append(noun.head)
    return any(v.lemma_.lower() not in LIVING and not counts_an_object(v) for v in clauses)


def counts_an_object(verb: Token) -> bool:
    """Whether the verb's object is counted: "experienced 27,912 recorded crimes"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.like_num for o in objects for t in o.subtree)


def base_counted(figure: Figure, figures: list[Figure]) -> Concept | None:
    """The population or households a count of a rate's base counts, whatever the
    heading over it says ("Burglary: ...; rate 23.1 per 1,000 households (63,700
    households)")."""
    if figure.unit == "count" and bracketed_after_a_base(figure):
        return concept_named("population")  # "38.6 per 10,000 adult women (132,700)"
    noun = counted_noun(figure)
    if noun is None or figure.unit != "count" or not counts_a_rate_base(figure, figures):
        return None
    concept, _ = concept_of([noun], figure.unit, head=True)
    people = concept is not None and is_people(concept)
    if a_population(noun) or of_a_rate_base(figure) and people:
        return concept_named("population")  # "184 per 100,000 of the 22,310 children"
    return concept if concept is not None and concept.code in BASES else None


def bracketed_after_a_base(figure: Figure) -> bool:
    """Whether the figure stands alone in brackets right after a rate's base, which it
    counts ("38.6 per 10,000 adult women (132,700)", "232 per 100,000 10 to 17 year olds
    (31,900)")."""
    doc = figure.doc
    start, end = figure.first - 1, figure.unit_end
    if start < 1 or doc[start].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    base = list(doc[max(figure.sentence.start, start - 8) : start])
    pers = [n for n, t in enumerate(base) if t.lower_ == "per"]
    if not pers or base[-1].pos_ != "NOUN":
        return False
    words = base[pers[-1] + 1 :]
    return bool(words) and words[0].like_num and not any(t.is_punct for t in words)


def of_a_rate_base(figure: Figure) -> bool:
    """Whether the figure is what a rate's base is of: "184 per 100,000 of the 22,310
    children"."""
    before = list(figure.doc[max(figure.sentence.start, figure.first - 4) : figure.first])
    if before and before[-1].pos_ == "DET":
        before.pop()
    return [t.lower_ for t in before[-3::2]] == ["per", "of"] and before[-2].like_num


def counts_a_rate_base(figure: Figure, figures: list[Figure]) -> bool:
    """Whether the figure counts what a rate of its sentence is per ("58,400 households
    ... 4.5 per 1,000 households", "184 per 100,000 of the 22,310 children"): the base
    is itself, not what the rate counts."""
    if of_a_rate_base(figure):
        return True
    noun = counted_noun(figure)
    if noun is None:
        return False
    forms = word_forms(noun)
    forms |= {"population"} if a_population(noun) else set()  # "among its 275,300 residents"
    bases = {f.unit.rsplit("_", 1)[-1] for f in figures if f.unit.startswith("per_")}
    return bool(forms & bases)


def what_it_did(figure: Figure) -> Concept | None:
    """The catalogued act of a verb the figure is the subject of ("... and 6 went on to
    reoffend", "... and 164 led to an arrest"), unless it is a weak one."""
    if figure.head.dep_ not in ("nsubj", "nsubjpass") or figure.head.head.lemma_ == "be":
        return None
    verb = figure.head.head
    going_on = goes_on(verb)
    acts = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    acts += joined_verbs(verb)  # "... and 26 were stopped and searched"
    if verb.lemma_.lower() in OUTCOME_VERBS | ENTERING or going_on:
        acts += objects_of(verb)  # "46 went on to reoffend": "reoffend" parsed as the
        # object of "to"
    if going_on:  # "went on to start treatment": what they went on to do
        acts += [o for c in verb.children if c.dep_ in ("xcomp", "advcl") for o in objects_of(c)]
    acts += [c for c in verb.children if c.dep_ == "advcl" and is_infinitive(c)]
    done = best(acts, unit=figure.unit)
    return None if done is None or is_weak(done) else done


def named_by_context(
    figure: Figure, figures: list[Figure], memory: CellMemory, context: list, w: Words
):
    unit, unit_words = figure.unit, list(figure.doc[figure.last + 1 : figure.unit_end])
    if unit.startswith("per_"):
        unit_words = []  # "3.1 per 1,000 households": what the rate is per, not of
    if (whole := whole_after(figure, figures)) and whole.unit == unit:
        return part_metric(figure, whole, w)  # "23 of the 51 hate crimes", "11 of 12 schools"
    if (noun := unattached_noun(figure)) and (concept := concept_of(noun, unit, head=True)[0]):
        return metric_for(concept, figure), False  # "Upgrade 46 town centre cameras"
    if noun and is_provision(figure, noun):  # "Fund 2 Community Safety Officers to patrol"
        return uncatalogued(figure, noun), False
    if (whole := bracketed_whole(figure, figures)) and (kind := kind_said_after(figure, whole)):
        return metric_for(kind, figure), False  # "871 fires (498 deliberate, 373 accidental)"
    if (them := referred(figure, figures, memory)) is not None:
        if (kind := kind_said_after(figure, them)) is not None:
            return metric_for(kind, figure), False  # "512 fires, 139 of them deliberate"
        if goes_on(figure.head.head) and (done := what_it_did(figure)) is not None:
            return metric_for(done, figure), False  # "964 people ..., 341 of them went on
            # to start treatment": what they went on to do
        return metric_for(concept_named(them.meaning["metric"].concept), figure), True
    if (same := named_before(figure, figures, memory)) is not None:  # "... fell to 78.
        return metric_of_level(same, figure), True  # Of the 78, 31 were pedestrians"
    if act := act_repeated(figure):  # "called an ambulance on 12 occasions": what was
        concept = best(act[1:], unit=unit) or named_act(act, unit)  # called, not calls; else what
        doer = best(w.subject_core, w.subject_all, unit=unit)  # the doer is about ("the
        if concept is None and not is_weak(doer) and doer.code not in AGENTS:  # noise
            concept = doer  # service ... witnessing statutory nuisance on 37 occasions")
        return (metric_for(concept, figure) if concept else uncatalogued(figure, act)), False
    sibling = (
        elided(figure, figures) or further_of(figure, figures) or elided_bullet(figure, memory)
    )
    if (sibling := sibling or set_against_level(figure, figures)) is not None:
        return sibling.meaning["metric"], True  # "412 offences in the year before and 186 ..."
    other_side = is_other_side(figure) and gapped_subject(figure) is None  # not "..., and
    partner = just_before(figure, figures) if other_side else None  # robbery from 120 to 100"
    changed = other_side or changed_on(figure) and gapped_subject(figure) is None
    before = level_changed_by(figure, figures) if changed and not partner else None
    if before is not None and before.meaning["core"] and same_clause(before, figure):
        return before.meaning["metric"], True  # "The provider supplied 1,146
        # naloxone kits, 23.4% more than the 929": the level's noun, not the provider
    partner = partner or before
    if partner and (not own_clause(figure, partner) or best(w.subject_core, w.subject_all) is None):
        return partner.meaning["metric"], True  # "164 referrals ..., up from 139"
    verb = governing_verb(figure.head)
    stated_by_verb = verb is not None and verb.lemma_.lower() in CHANGE_VERBS  # "decreased by"
    stated_by_verb = stated_by_verb or change_verb_by(figure) is not None  # "...; reduce X by"
    if figure.role != "level" and not stated_by_verb:
        # "164 referrals ..., an increase of 18%": the level's, not the YJS's
        level = changed_level(figure, figures, CellMemory())
        level = level or changed_level(figure, figures, CellMemory(), catalogued=False)
        if level is not None:  # "94 flooding incidents, a 16 per cent drop"
            return metric_of_level(level, figure), True
    aim = change_verb_by(figure) if not w.own else None  # "...; reduce youth-related ASB
    if aim is not None and (concept := named(aimed_at(aim), unit=unit)):  # calls by 10%"
        return metric_for(concept, figure), False  # what the aim changes
    if (concept := named(held_at(figure), unit=unit)) is not None:
        return metric_for(concept, figure), False  # "hold first-time entrants below 160"
    if (attitude := attitude_said(figure, w)) is not None:
        return metric_for(attitude, figure), False  # "... | 97% satisfied with the service"
    if unit.startswith("per_") and (concept := named(rate_of(figure), unit=unit)):
        return metric_for(concept, figure), False  # "the rate of burglary ..., at 3.1 per"
    where = w.subject_core[:1] and w.subject_core[0].pos_ == "ADP"  # "Of these, 1,212 were
    if where and part_of_before(figure) and (whole := inherited(figure, figures, memory)):
        return whole.meaning["metric"], True  # in homes of people aged over 65": where
        # the checks were, not whom they counted
    concept = best(
        w.own + unit_words + w.subject_core, w.own + unit_words + w.subject_all, unit=unit
    )
    if concept is not None and concept.code in AGENTS and object_counted(figure, figures):
        concept = best(w.own + unit_words, unit=unit)  # "Staff referred 214 young people,
        # up 47 on 2021/22 (167)": what the doers did, counted, not the doers
    if concept is not None and not w.own and (item := listed_kind(figure, concept)):
        return metric_for(item, figure), False  # "Neighbourhood crime fell ...: burglary
        # 612, robbery 140": each item its own kind of the subject's
    if not w.own:  # "Calls to the noise line dropped from 1,204": what the calls were about
        concept = about_what(concept, w.subject_core, w.subject_all, unit)
        concept = subject_head_says(concept, w.subject_core, w.subject_all, unit)
    done = verb_phrase(figure, w.skip)
    if concept is not None and ruled_out(concept, done + w.subject_all):
        # "196 knives and 7 other weapons were handed in, 203 in total"
        concept = concept_of(w.own + unit_words + w.subject_all + done, unit)[0]
    if concept is None and (label := label_before(figure)):  # "(population 165,800)"
        concept = named(label, unit=unit)
    if concept is None and (lead := lead_noun(figure)):  # "Hate crime: 204 reports"
        concept = named(lead, unit=unit)
        if is_weak(concept) and not is_weak(headed := best(lead_head(lead), unit=unit)):
            concept = headed  # "ASB incidents involving young people ...: down 10%"
    if concept is not None:
        return metric_for(concept, figure), False
    if (done := what_it_did(figure)) is not None:
        return metric_for(done, figure), False  # "... and 6 went on to reoffend"
    if (same := restated_change(figure, figures)) and same.meaning["metric"].concept:
        return metric_of_level(same, figure), True  # "fell by 18.6%, down 1,104"
    if partner := inherited(figure, figures, memory):
        if parts_counted_out(partner, figures):  # "Of the 58 young people ..., 41 were in"
            return part_metric(figure, partner, w)
        return partner.meaning["metric"], True
    if (
        figure.unit == "percent"
        and figure.role == "level"
        and (count := counted_before(figure, figures))
    ):
        return metric_for(concept_named(count.meaning["metric"].concept), figure), True  # "1,204
        # stop and searches; 26% resulted in a positive outcome such as an arrest"
    if figure.unit.startswith("per_") and (count := counted_by_rate(figure, figures, memory)):
        return metric_for(concept_named(count.meaning["metric"].concept), figure), True
    if figure.role != "level" and (level := changed_level(figure, figures, memory)):
        return metric_for(concept_named(level.meaning["metric"].concept), figure), True
    standing_for = names_a_figure(subject_noun(figure)) or existential(figure)
    if standing_for and (topic := last_concept(memory) or subject_before(memory, unit)):
        if figure.unit == "count" and compared(figure) and (rate := rate_ended_on(memory, topic)):
            figure.unit = rate.unit  # "... a rate of 33.8 per 1,000 residents (population
            # 278,500). This is the fourth highest in its group, where the average is 27.6"
        return metric_for(topic, figure), True  # "Burglary went down 11.5%. The figure ..."
    if opens_bare(figure) and (before := level_before(figure, memory)) is not None:
        return before.meaning["metric"], True  # "... contacted 18,640 victims. 4,312 asked
        # for further help, and 1,287 ... to hate crime services": victims, not hate crime
    later = later_clauses_of_their_own(figure)
    clause = [t for t in w.clause if t.i not in later]
    concept = named(w.own + unit_words + clause, *context, unit=unit)
    if concept is not None:
        return metric_for(concept, figure), False
    if a_rate_in_per_cent(figure) and (count := counted_by_rate(figure, figures, memory)):
        # "3,812 stop and searches, with a positive outcome rate of 27%"
        return metric_for(concept_named(count.meaning["metric"].concept), figure), True
    own = w.own + w.subject_all or w.clause
    said = set(content_lemmas(own))
    if said <= RECORDING and (topic := topic_of_sentence(figure, unit)):
        return metric_for(topic, figure), True  # "Burglaries fell by 14%, with 1,367
        # recorded against 1,589": what the sentence is about was recorded; "Crime is 3%
        # lower (12,405 compared to 12,789)": no word but comparing ones, so many of it
    nouns = [t for t in own if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in GENERIC]
    names_only = bool(nouns) and all(t.pos_ == "PROPN" for t in nouns)
    if names_only and (topic := named(list(figure.sentence), unit=unit)) is not None:
        return metric_for(topic, figure), True  # "ASB calls [parsed a verb] to Staffordshire
        # Police from Stoke-on-Trent had numbered 8,903": names say who and where, not what
    near = named(nearest_nouns(figure), unit=unit) if not content_lemmas(own) else None
    if near is not None and near.unit == unit:
        return metric_for(near, figure), False  # "Killed or seriously injured casualties
        # [a misparse: "Killed" the verb] on the borough's roads numbered 41": the nouns
        # its name would be made of name a concept
    return uncatalogued(figure, own), False


RECORDING = {"record", "report", "log", "register", "recorded", "reported", "logged"}


def topic_of_sentence(figure: Figure, unit: str) -> Concept | None:
    """The concept the subject of the figure's sentence names."""
    root = figure.sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].like_num:
        return None
    return named(list(figure.doc[subjects[0].left_edge.i : subjects[0].i + 1]), unit=unit)


def attitude_said(figure: Figure, w: Words) -> Concept | None:
    """What a share of people is said to think: "97% satisfied with the service", "84%
    felt safe"."""
    if figure.unit != "percent" or figure.role != "level":
        return None
    concept = named(verb_phrase(figure, w.skip), unit=figure.unit)
    return concept if concept is not None and concept.code in ATTITUDES else None


def is_infinitive(verb: Token) -> bool:
    """ "to reoffend" in "6 went on to reoffend", parsed as an adverbial clause; not a
    "to" the parser hung on a verb far from it ("calls to Staffordshire Police ... had
    numbered"), but "to have completed"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and verb.i - c.i <= 3 for c in verb.children)


def a_rate_in_per_cent(figure: Figure) -> bool:
    """ "a rate of 27%": a share of something counted nearby."""
    before = figure.doc[max(figure.sentence.start, figure.first - 3) : figure.first]
    return figure.unit == "percent" and any(t.lemma_.lower() == "rate" for t in before)


SHARED_WHOLES = [["them"], ["these"], ["those"], ["which"], ["whom"]]


def of_them(figure: Figure) -> bool:
    """Whether "of them", "of which", "of whom" ... follows the figure: it is counted out
    of something said before it ("29 of which involved ...", "93% of them")."""
    words = [t.lower_ for t in figure.doc[figure.unit_end : figure.unit_end + 2]]
    return words[:1] == ["of"] and words[1:] in SHARED_WHOLES


def referred(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The level a share "of them" or a part "of the total" is of: "handled 61,204
    emergency calls and answered 93% of them", "418 high-risk cases, 29% of which were
    repeats", "The town centre accounted for 1,867 of the total"; the nearest catalogued
    one before it, in its sentence or the one before."""
    inside = figure.first > 0 and figure.doc[figure.first - 1].lower_ == "in"  # "victims
    them = figure.unit == "percent" or inside or said_nothing_of(figure)  # in 612 of them",
    them = them and of_them(figure)  # "87 arrests, 31 of them for drug supply"; not "64 of
    if not them and not of_the_total(figure):  # them were boys": what they are said to be
        return None
    if them and defined_after(figure.doc[figure.unit_end + 1]):
        return None  # "86% of those completing an exit survey": a group of its own
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    levels = [f for f in earlier or memory.figures if f.role == "level"]
    levels = [f for f in levels if f.meaning["metric"].concept]
    levels = [f for f in levels if figure.unit == "percent" or f.unit == figure.unit]
    levels = not_a_base(levels)  # "3,104 robberies ... (population 320,000). ... victims in
    # 612 of them": what the rate counts, not its base
    if of_the_total(figure):  # "Burglary accounted for 1,420 of the total. Shoplifting made
        levels = [f for f in levels if not of_the_total(f)]  # up 9% of the total": the whole
    return levels[-1] if levels else None


def kind_said_after(figure: Figure, whole: Figure) -> Concept | None:
    """The kind of the whole's thing a part's own modifier names, when one term joins the
    two ("512 fires, 139 of them deliberate", "871 fires (498 deliberate, ...)": deliberate
    fires); not what the modifier names alone ("87 arrests, 31 of them violent" are
    arrests)."""
    counted_out = of_them(figure)
    if not counted_out and not bracketed_part(figure, whole):
        return None
    own = counted_noun(figure)
    if own is not None and (counted_out or own.i != figure.unit_end):
        return None  # "688 primary fires, 617 secondary fires": each its own noun; but
        # "(498 deliberate, 373 accidental)" is parsed as one phrase
    noun, kind = counted_noun(whole), whole.meaning["metric"].concept
    start = figure.unit_end + 2 if counted_out else figure.unit_end  # past "of them"
    after = list(figure.doc[start : figure.sentence.end])
    said = [t for t in takewhile(lambda t: t.pos_ in ("ADJ", "AUX"), after) if t.pos_ == "ADJ"]
    if noun is None or not said or getattr(concept_of([noun])[0], "code", None) != kind:
        return None  # the whole's noun alone must name its concept: not "young people"
    joined, length = concept_of(said + [noun], figure.unit)
    if joined is None or length <= concept_of(said, figure.unit)[1]:
        return None
    return joined if joined.code != kind else None


def bracketed_part(figure: Figure, whole: Figure) -> bool:
    """Whether the figure is in a bracket opened right after the whole ("attended 1,046
    fires (658 accidental, 388 deliberate)")."""
    if not inside_brackets(figure) or whole.last >= figure.first:
        return False
    opened = [t for t in figure.doc[whole.unit_end : figure.first] if t.text == "("]
    return len(opened) == 1 and opened[0].i <= whole.unit_end + 3  # "fires in 2024/25 ("


def bracketed_whole(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The whole a bracketed part follows, if the figure is one."""
    before = [f for f in figures if f.last < figure.first and f.meaning.get("metric")]
    before = [f for f in before if not inside_brackets(f) and bracketed_part(figure, f)]
    return before[-1] if before else None


def said_nothing_of(figure: Figure) -> bool:
    """Whether the figure is set after a comma with no verb of its own to say what it is
    ("87 arrests, 31 of them for drug supply"; not "64 of them were boys", nor "Closure
    orders were granted on 22 of them")."""
    doc = figure.doc
    if figure.first == 0 or doc[figure.first - 1].text != ",":
        return False
    after = takewhile(lambda t: not t.is_punct, doc[figure.unit_end : figure.sentence.end])
    return not any(t.tag_ in FINITE_TAGS | {"VBN"} for t in after)  # "to supply" says no more


def given_by_a_count(figure: Figure, figures: list[Figure], metric: Metric) -> Concept | None:
    """What hours a group of people gave, or what the time it gave was valued at, are of
    the concept the group's count has in that unit: the nearest count before it in its
    sentence whose concept has one ("1,150 people volunteered ..., contributing 52,000
    hours valued at £520,000": volunteer hours, the value of volunteer time)."""
    given = governing_verb(figure.head)
    given = given is not None and given.lemma_.lower() in GIVING  # "they gave 1,236 hours"
    people_hours = figure.unit == "hours" and (metric.concept in PEOPLE | {None} or given)
    valued = figure.unit == "gbp" and valued_at(figure)
    if not (people_hours or valued):
        return None
    earlier = [f for f in figures if f.first < figure.first and f.sentence == figure.sentence]
    for f in reversed([f for f in earlier if "metric" in f.meaning]):
        code = f.meaning["metric"].concept
        if code and figure.unit in (concept := concept_named(code)).in_units:
            return concept_named(concept.in_units[figure.unit])
    return None


def valued_at(figure: Figure) -> bool:
    """Whether the money is what something was valued at ("valued at £31,680")."""
    before = [t.lower_ for t in figure.doc[max(0, figure.first - 2) : figure.first]]
    return before == ["valued", "at"] or before[-1:] == ["worth"]


def named_by_ones(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The count whose noun a count of "ones" stands for: the nearest before it in its
    sentence ("8 new cameras and 19 existing ones"); or the count its noun is joined to
    when both are the same noun and its own words name nothing ("412 Stage 1 warning
    letters and 96 Stage 2 letters")."""
    noun = counted_noun(figure)
    if noun is None:
        return None
    earlier = [f for f in figures if f.first < figure.first and f.unit == figure.unit]
    earlier = [f for f in earlier if "metric" in f.meaning and f.sentence == figure.sentence]
    if noun.lower_ == "ones":
        return earlier[-1] if earlier else None
    if noun.dep_ != "conj" or named(phrase(noun, set())[0], unit=figure.unit) is not None:
        return None
    joined = [f for f in earlier if (n := counted_noun(f)) is not None and n.i == noun.head.i]
    same = joined and noun.head.lemma_.lower() == noun.lemma_.lower()
    return joined[-1] if same and joined[-1].meaning["metric"].concept else None


def kind_of_the_elided(figure: Figure, figures: list[Figure]) -> Concept | None:
    """The concept a bare number's "of" names when the number stands for a record left
    out ("126 incidents of ASB, 45 of fly-tipping"), not for people ("412 were victims of
    domestic abuse, 296 of sexual violence": victims) nor a part of a whole ("45 of the
    cases", "12 of 15 schools", "5 of them")."""
    if counted_noun(figure) is not None:
        return None
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    if earlier and earlier[-1].meaning["metric"].concept in PEOPLE:
        return None
    ofs = [c for c in figure.head.children if c.dep_ == "prep" and c.lower_ == "of"]
    kinds = [o for c in ofs for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    if not kinds or any(c.dep_ in ("det", "poss", "nummod") for c in kinds[0].children):
        return None
    concept, _ = concept_of(list(kinds[0].subtree), figure.unit, head=True)
    return None if is_weak(concept) else concept


def object_left_out(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The count whose noun a bare object of a second verb leaves out: the object of the
    first ("received 1,046 noise complaints ... and attended 781": complaints)."""
    number, verb = figure.head, figure.head.head
    if number.dep_ != "dobj" or not number.like_num or verb.dep_ != "conj":
        return None
    if verb.lemma_.lower() in ("number", "total") and any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "..., and KSI casualties numbered 49": its subject is what it counts
    objects = [
        f
        for f in figures
        if f.first < figure.first and f.unit == figure.unit and f.meaning.get("noun")
        if f.meaning["noun"][-1].dep_ == "dobj" and f.meaning["noun"][-1].head.i == verb.head.i
    ]
    if not objects or "metric" not in objects[-1].meaning:
        return None
    people = objects[-1].meaning["metric"].concept in PEOPLE  # not "engaged 437 young people
    return None if people else objects[-1]  # and referred 52": the verb says what they are


def of_the_total(figure: Figure) -> bool:
    """Whether the figure is a part "of the total" said before it, with no number of its
    own: "1,867 of the total", "38% of the borough's total"."""
    words = figure.doc[figure.unit_end : min(figure.unit_end + 5, figure.sentence.end)]
    if not len(words) or words[0].lower_ != "of":
        return False
    totals = [t for t in words if t.lemma_.lower() == "total" and t.head.i == words[0].i]
    return bool(totals) and not any(c.like_num for c in totals[0].children)


def named_before(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The level a bare "the N" stands for: the one of its value and unit stated before
    ("... fell to 78 in 2023. Of the 78, 31 were pedestrians")."""
    if figure.first == 0 or figure.doc[figure.first - 1].lower_ != "the":
        return None
    earlier = [
        f for f in memory.figures + figures if f.first < figure.first or f.doc is not figure.doc
    ]
    same = [f for f in earlier if f.value == figure.value and f.unit == figure.unit]
    same = [
        f
        for f in same
        if f.role == "level" and "metric" in f.meaning and f.meaning["metric"].concept
    ]
    return same[-1] if same else None


def defined_after(those: Token) -> bool:
    """Whether "those" is defined by the words after it ("those completing a survey",
    "those who replied", "those surveyed") rather than pointing back."""
    following = those.nbor(1) if those.i + 1 < len(those.doc) else None
    if following is None:
        return False
    hung = following.dep_ in ("acl", "relcl") and following.head == those  # "those leaving"
    return hung or following.tag_ in ("VBG", "VBN") or following.lower_ == "who"


def whole_start(figure: Figure) -> int | None:
    """Where the number a figure is counted out of would start: "23 of the 51 hate
    crimes", "delivered in 11 of 12 schools", "47 out of 61 children"."""
    doc = figure.doc
    after = past_brackets(figure)  # "412 (61%) of the 675 cases"
    words = [t.lower_ for t in doc[after : min(after + 4, len(doc))]]
    skipped = 2 if words[:2] == ["out", "of"] else 1
    if words[skipped - 1 : skipped] != ["of"]:
        return None
    determiner = words[skipped : skipped + 1] in (["the"], ["its"], ["our"], ["their"])
    start = after + skipped + determiner
    if start + 1 < len(doc) and doc[start + 1].tag_ == "POS":
        start += 2  # "41 of the borough's 126 cameras"
    return start


def reading_order(measures: list[Figure]) -> list[Figure]:
    """Levels before changes, each in the text's order, but a figure after those it
    reads: the whole it is counted out of ("11 of 12 schools"), the count a bracketed
    share restates ("412 (61%) of the 675 cases")."""
    at = {f.first: f for f in measures}
    after = {f.unit_end: f for f in measures}

    def read_by(f: Figure) -> list[Figure]:
        whole = at.get(whole_start(f))
        count = after.get(f.first - 1) if f.doc[f.first - 1].text == "(" else None
        return [g for g in (whole, count) if g is not None and g is not f]

    pending, order = sorted(measures, key=lambda f: f.role != "level"), []
    while pending:
        ready = [f for f in pending if all(g in order for g in read_by(f))]
        order.append((ready or pending)[0])
        pending.remove(order[-1])
    return order


def kind_said(figure: Figure, metric: Metric) -> Concept | None:
    """The narrower concept a bare count's adjective makes of the quantity it borrows
    ("attended 642 fires ...; 318 were deliberate", "871 fires (498 deliberate, 373
    accidental)"): the adjective with the borrowed concept's first term, when they name
    another concept than the term alone does."""
    adjective = adjective_said(figure) or adverb_said(figure)
    if adjective is None or not metric.concept:
        return None
    term = concept_named(metric.concept).terms[0]
    alone = matching_concept(frozenset().union(*term), frozenset(term[-1]), figure.unit)[0]
    forms = word_forms(adjective)
    if adjective.pos_ == "ADV":
        forms |= {adjective.lower_.removesuffix("ly")}  # "deliberately": "deliberate"
    said = frozenset().union(forms, *term)
    kind = matching_concept(said, frozenset(term[-1]), figure.unit)[0]
    return kind if kind is not None and kind != alone else None


def adjective_said(figure: Figure) -> Token | None:
    """The adjective said of a bare count: "318 were deliberate", "(498 deliberate, ...)";
    by position, as "of these 286 were deliberate" is often misparsed."""
    after = list(figure.doc[figure.unit_end : min(figure.unit_end + 3, figure.sentence.end)])
    if after and after[0].lemma_ == "be":
        after = after[1:]
    if not after or after[0].pos_ != "ADJ" or after[0].dep_ not in ("acomp", "amod"):
        return None
    return after[0] if len(after) == 1 or after[1].pos_ not in ("NOUN", "PROPN") else None


def adverb_said(figure: Figure) -> Token | None:
    """The adverb said of how a bare count's things came about, whose adjective names a
    kind: "389 of them started deliberately", "61 were set deliberately" (read as
    "deliberate")."""
    after = list(figure.doc[figure.unit_end : min(figure.unit_end + 5, figure.sentence.end)])
    if [t.lower_ for t in after[:1]] == ["of"] and after[1:2] and after[1].pos_ == "PRON":
        after = after[2:]  # "of them", "of these"
    after = [t for t in after if t.lemma_ != "be"]
    if len(after) < 2 or after[0].tag_ not in ("VBN", "VBD") or after[1].pos_ != "ADV":
        return None
    return after[1] if after[1].lower_.endswith("ly") else None


def part_metric(figure: Figure, whole: Figure, w: Words) -> tuple[Metric, bool]:
    """A part's metric: its whole's, but what the part of a group of people is said to
    be or do, when that names something ("47 of the 63 children were in suitable
    education, training or employment")."""
    said = verb_phrase(figure, w.skip)
    if said and said[0].i < figure.first:  # the parser hung the part on the whole's clause
        said = predicate_after(figure)
    state = concept_of(said, figure.unit)[0]
    if (is_weak(concept_of_figure(whole)) or of_people(whole)) and not is_weak(state):
        return metric_for(state, figure), False  # "Of 412 people released from prison,
        # 371 had settled accommodation": what the people had, not who they were
    deed = predicate_after(figure)  # "612 (25%) tested positive for cocaine"
    if state is None and does_something(deed) and of_people(whole):
        return uncatalogued(figure, deed), False
    return whole.meaning["metric"], True


# what came of the things counted: "led to an arrest", "resulted in a charge", "were
# sentenced to custody"
OUTCOME_VERBS = {"lead", "result", "end", "sentence"}
JUSTICE_OUTCOMES = {"charge", "convict", "caution"}  # what became of people a crime was put to
ACCUSED = PERSONS | {"suspect", "offender", "perpetrator", "defendant", "driver", "rider"}


def justice_outcome(figure: Figure) -> Metric | None:
    """People said to have been charged, convicted or cautioned, named so whoever they are
    ("402 suspects were charged", "57 people charged": people charged), not as people
    supported."""
    noun = counted_noun(figure)  # with none, of the people before: "Officers arrested 64
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):  # people, and 41 were
        return None  # charged" are arrests
    if noun.head.lemma_.lower() not in JUSTICE_OUTCOMES or not accused(noun):
        return None  # not "3 breaches were charged"
    owned = any(c.dep_ == "poss" for c in noun.children)  # "the cohort's 64 offenders"
    if of_them(figure) or determined(figure.doc[figure.first]) or owned:
        return None  # "612 of those arrested were charged": arrests; "The 42 people in the
        # IOM cohort were charged with 118 offences": a group named before
    return named_metric(f"people {noun.head.lower_}", figure)


def accused(noun: Token) -> bool:
    """Whether the noun names people a crime may be put to ("people", "suspects")."""
    group = concept_of([noun])[0]
    return group is not None and group.code in PEOPLE or noun.lemma_.lower() in ACCUSED


def outcome_after(figure: Figure) -> Concept | None:
    """The action a count of cases is said right after to have led to, when it names one
    alone ("1,889 led to an arrest", "636 (21.8%) ending in arrest"; not "resulted in an
    arrest or other positive outcome", the outcomes of the searches)."""
    doc, end = figure.doc, figure.sentence.end
    at = past_brackets(figure)
    if at + 1 >= end or doc[at].lemma_.lower() not in OUTCOME_VERBS:
        return None
    if doc[at + 1].lower_ not in ("in", "to"):
        return None
    words = list(takewhile(lambda t: not t.is_punct and t.pos_ != "CCONJ", doc[at + 2 : end]))
    after = doc[at + 2 + len(words)] if at + 2 + len(words) < end else None
    if after is not None and after.lower_ == "or":
        return None
    concept = named(words, unit=figure.unit)
    if concept is None and [t.lemma_.lower() for t in words[-1:]] == ["charge"]:
        concept = concept_named("charges")  # "139 led to a charge": too short a term alone
    taken = concept is not None and concept.code in ACTIONS - {"crime_outcomes"}  # not "led
    return concept if taken else None  # to a positive outcome": the searches' own outcome


ENTERING = {"enter", "leave", "exit", "start", "begin", "commence"}  # "244 left treatment
# successfully", "96 entered treatment", "66 started structured treatment": entries to and
# exits from what they entered, not who they are


def does_something(said: list[Token]) -> bool:
    """Whether a predicate says what its subject did to or had of something ("found paid
    work"), not what it is ("were motorcyclists") nor how it went ("completed successfully")."""
    verbs = [t for t in said if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[0].lemma_ != "be" and any(t.pos_ == "NOUN" for t in said)


def of_people(whole: Figure) -> bool:
    """Whether a whole counts people ("the 2,405 people arrested", "118 adults")."""
    noun = counted_noun(whole)
    concept = concept_of([noun])[0] if noun is not None else None
    return concept is not None and is_people(concept)


def predicate_after(figure: Figure) -> list[Token]:
    """The words after a figure, and after its share in brackets, up to its clause's end:
    "71 (74.0%) had not reoffended within 12 months"."""
    words = figure.doc[past_brackets(figure) : figure.sentence.end]
    return list(takewhile(lambda t: t.lower_ not in CLAUSE_BREAKS and not a_number(t), words))


def a_number(token: Token) -> bool:
    """Whether the token is a number, not an ordinal adjective ("became first time
    entrants"), which spaCy also finds like a number."""
    return token.like_num and token.pos_ != "ADJ"


def whole_after(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure a bare one is counted out of, right after it."""
    start = whole_start(figure)
    return next((f for f in figures if f.first == start and "metric" in f.meaning), None)


def restated_count(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The count or sum of money a per-cent share in brackets restates: "34 (35%)
    involved ...", "£185,400 (45%) for domestic abuse services", or one set after the
    count's noun and a comma: "1,906 false alarms, 64% of all incidents"."""
    if figure.unit != "percent" or figure.role != "level" or not figure.first:
        return None
    doc, before = figure.doc, figure.doc[figure.first - 1]
    counts = [f for f in figures if f.unit in ("count", "gbp") and f.role == "level"]
    if before.text == "(":  # "34 (35%)", "236 people (43.1%)"
        bare = next((f for f in counts if f.unit_end == before.i), None)
        bare = bare or count_ending_at(counts, before.i - 1)
        return bare or subject_said_to_be(counts, doc[before.i - 1])
    of = figure.unit_end < len(doc) and doc[figure.unit_end].lower_ == "of"
    if before.text != "," or not of:
        return None
    return count_ending_at(counts, before.i - 1)


def subject_said_to_be(counts: list[Figure], said: Token) -> Figure | None:
    """The count a clause ending on the word says is something: "412 cases, of which 131
    were repeats (31.8%)", the share in brackets being the count's."""
    if said.dep_ not in ("attr", "acomp") or said.head.lemma_ != "be":
        return None
    subjects = [f for f in counts if f.head.dep_ == "nsubj" and f.head.head.i == said.head.i]
    return subjects[-1] if subjects else None


def count_ending_at(counts: list[Figure], at: int) -> Figure | None:
    """The count whose noun phrase, right after its number, ends at the token."""
    nouns = [f for f in counts if f.meaning["noun"] and f.meaning["noun"][-1].i == at]
    return next((f for f in nouns if f.meaning["noun"][0].i == f.unit_end), None)


def own_clause(figure: Figure, other: Figure) -> bool:
    """Whether the figure is of a clause of its own, not the other's: "... 1,318 domestic
    abuse incidents, while the number of schemes grew from 14"."""
    if figure.doc is other.doc and not same_clause(figure, other):
        return True  # "163 homes target-hardened; repeat burglary victims fell from 58"
    verb, others = governing_verb(figure.head), governing_verb(other.head)
    if verb is not None and verb.dep_ == "relcl" and other.last < verb.head.i < figure.first:
        return False  # "192 knife crime with injury offences where the victim was under
        # 25, down from 231": a clause describing what the other counts
    return verb is not None and (others is None or verb.i != others.i)


def is_other_side(figure: Figure) -> bool:
    """A bare figure on the other side of a comparison: "up from 139", "compared with
    346", "compared to 3,310", "against 965", "than the 477"."""
    first = past_a_time_possessive(figure)  # "than the year before's 408"
    before = [t.lower_ for t in figure.doc[max(figure.sentence.start, first - 3) : first]]
    compared_to = any(
        a in ("compared", "comparison") and b == "to" for a, b in zip(before, before[1:])
    )
    return compared_to or bool(set(before) & {"from", "with", "against", "than", "versus", "vs"})


TIME_OWNERS = EARLIER | {"the", "same", "year", "before", "month", "quarter", "period"}


def past_a_time_possessive(figure: Figure) -> int:
    """Where the words before the figure end, past a time that owns it ("the year
    before's", "last year's"), else the figure's first token."""
    doc, at = figure.doc, figure.first
    if at <= figure.sentence.start or doc[at - 1].lower_ not in ("'s", "’s"):
        return at
    at -= 1
    while at > figure.sentence.start and doc[at - 1].lower_ in TIME_OWNERS:
        at -= 1
    return at


CHANGED_ON = {"%", "cent", "up", "down", "more", "fewer", "higher", "lower", "rise", "fall"}


def changed_on(figure: Figure) -> bool:
    """Whether the change right before the figure is "on", "from" or "than" it: "up 18.5%
    on the 1,067", "down 14.5% from 470", "an increase of 35 on the 113", "23.4% more than
    the 929"."""
    first = past_a_time_possessive(figure)  # "more than last year's 408"
    doc, start = figure.doc, max(figure.sentence.start, first - 3)
    before = list(doc[start:first])
    if before[-1:] and before[-1].lower_ == "the":
        before = before[:-1]
    if len(before) < 2 or before[-1].lower_ not in ("on", "from", "than"):
        return False
    changed = before[-2].lower_ in CHANGED_ON or before[-2].like_num
    return changed and (before[-1].lower_ != "than" or before[-2].lower_ in COMPARATIVES)


def just_before(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure right before this one, when it is of the same unit and role."""
    earlier = [f for f in figures if f.first < figure.first and f.measure]
    f = earlier[-1] if earlier else None
    if f is None or "metric" not in f.meaning or (f.unit, f.role) != (figure.unit, figure.role):
        return None
    return f


def level_changed_by(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level the change right before a bare figure compares with it: "43 water
    rescues, 11 more than the 32 in 2023", "1,264 kits, up 18.5% on the 1,067"."""
    earlier = [f for f in figures if f.first < figure.first and f.measure][-2:]
    if len(earlier) < 2 or "metric" not in earlier[0].meaning:
        return None
    level, change = earlier  # levels are read first: the change has no metric yet
    if level.role != "level" or change.role == "level" or figure.role != "level":
        return None  # "1,264 kits, up 18.5% on the 1,067 issued in 2022/23" too
    in_units = change.unit == level.unit or change.role == "percent_change" and changed_on(figure)
    between = figure.doc[level.unit_end : change.first]
    subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in between)  # "..., while X rose"
    cell = labelled_cell_start(change)  # "Weapons handed in: 150 | Knife crime offences:
    apart = cell is not None and cell > level.first  # down 10% from 412": another cell's
    return level if in_units and level.unit == figure.unit and not subject and not apart else None


def restated_change(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The change this one states again in the other unit, right after it with no verb
    between but one that restates ("fell by 18.6% – 1,104 fewer reports", "down 93
    (13.2%)", "reduced by 2.2%, equating to 341 fewer victims")."""
    earlier = [f for f in figures if f.first < figure.first and f.measure]
    f = earlier[-1] if earlier else None
    if f is None or "metric" not in f.meaning or f.role == "level" or f.role == figure.role:
        return None
    between = figure.doc[f.unit_end : figure.first]
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in RESTATING]
    return None if verbs else f


RESTATING = {"equate", "represent", "amount", "mean", "translate"}  # "..., equating to 341"


def compared(figure: Figure) -> bool:
    """Whether the words just before the figure compare it with another ("compared with
    192", "against 77.2", "the England rate of 146", "the recommended level of 40")."""
    start = max(figure.first - 6, item_span(figure)[0])  # its own item's words: not "an
    # average of 11 a night; 62 were taken to hospital"
    before = figure.doc[start : figure.first]
    return any(t.lemma_.lower() in COMPARED_WORDS for t in before) or a_places_in_brackets(figure)


def inside_brackets(f: Figure) -> bool:
    """Whether a bracket opened before the figure, in its sentence, is still open."""
    before = [t.text for t in f.doc[f.sentence.start : f.first]]
    return before.count("(") > before.count(")")


def a_places_in_brackets(figure: Figure) -> bool:
    """Whether the figure is a place's, labelled by the place's name alone in brackets
    after another ("339 per 100,000 (England 208)", "(population 15,930; Wales: 231)")."""
    if not inside_brackets(figure):
        return False
    before = list(figure.doc[max(figure.sentence.start, figure.first - 5) : figure.first])
    starts = [n for n, t in enumerate(before) if t.text in ("(", ";", ",")]
    label = [t for t in before[starts[-1] + 1 :] if t.text != ":"] if starts else []
    if not label:
        return False
    text = figure.doc[label[0].i : label[-1].i + 1].text
    named = any(s == 0 and e == len(text) for s, e, _ in areas_in(text))
    return named or all(names_a_place(t) for t in label)


COMPARED_WORDS = COMPARING | {"rate", "figure", "level", "benchmark", "twice", "double", "half"}
COMPARED_WORDS |= VERSUS  # "228 per 100,000 v 154 England", "twice the 0.12 recorded across"


def listed_kind(figure: Figure, subject: Concept) -> Concept | None:
    """The kind a list item's label names before its number, when it is a kind of the
    subject's, or of the same kind, or a rate's base ("Neighbourhood crime ...: burglary
    612, robbery 140", "Vehicle crime ..., population 261,400"); not a source of the
    subject's ("noise complaints ..., and commercial premises 14%")."""
    label = item_label(figure)
    item = named(label, unit=figure.unit) if label else None
    if item is None or item.code == subject.code or is_weak(item):
        return None
    kin = item.code in subject.covers or item.kind_of in {subject.code, subject.kind_of} - {None}
    return item if kin or item.code in BASES else None


def item_label(figure: Figure) -> list[Token]:
    """The words naming a list item right before its number, back to the list's comma,
    colon or "and": "burglary 612", "and theft from the person 98"."""
    doc, start = figure.doc, figure.sentence.start
    label = list(takewhile(inside_an_item, reversed(doc[start : figure.first])))
    if not label or label[0].pos_ not in ("NOUN", "PROPN") or figure.first - len(label) <= start:
        return []
    wordy = any(t.pos_ in ("VERB", "AUX", "PRON") for t in label)
    return [] if wordy else label[::-1]


def inside_an_item(token: Token) -> bool:
    """Whether a word before a list item's number is still the item's: not the list's
    punctuation, another number or a joining "and"."""
    return not (token.text in "(,;:|" or token.like_num or token.lower_ in ("and", "or"))


def label_before(figure: Figure) -> list[Token]:
    """Nouns right before the figure that label it, back to a bracket or a comma:
    "(population 165,800)", "; households 72,400"; not a place ("England 34.6")."""
    doc, start = figure.doc, figure.sentence.start
    label = list(takewhile(lambda t: t.text not in "(,;:|", reversed(doc[start : figure.first])))
    nouns = all(t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.ent_type_ for t in label)
    return label[::-1] if label and nouns and label[0].pos_ == "NOUN" else []


def first_after(lead: list[Token], figure: Figure, figures: list[Figure]) -> bool:
    """Whether the figure is the first measure after its lead words."""
    start = lead[-1].i if lead else figure.first
    return not any(f.measure and start < f.first < figure.first for f in figures)


def lead_words(figure: Figure) -> list[Token]:
    """The words before a colon or a bar that opens the figure's line: a heading for what
    follows ("Home fire safety visits: 4,120 completed")."""
    sentence, doc = figure.sentence, figure.doc
    edges = [t.i for t in sentence if t.text in ("|", ";") and t.i < figure.first]
    edges += [t.i for t in sentence if "\n" in t.text_with_ws and t.i < figure.first]  # a
    cell = max(edges) + 1 if edges else sentence.start  # line under a heading: its own label
    colons = [t.i for t in doc[cell : figure.first] if t.text == ":"]
    heading = list(doc[cell : colons[0]]) if colons else []
    opened = [n for n, t in enumerate(heading) if t.text == "("]  # "(Wales: 152)"
    clause = heading[opened[-1] + 1 :] if opened else heading
    counted = any(t.like_num for t in clause) and any(t.tag_ in FINITE_TAGS for t in clause)
    if any(t.pos_ == "AUX" for t in heading) or counted:
        return []  # "131 disputes were referred: 88 were resolved ...", "The Haven opened on
        # 48 nights and helped 311 people: 189 ...": a clause, no label
    labels = re.fullmatch(r"(q[1-4]|year|quarter|total|annual|ytd)", heading_text(heading))
    if heading and not is_generic(heading) and not explicit_period(heading) and not labels:
        return heading  # "Sessions delivered: 64 | Attendees: 1,102": the figure's own cell
    marks = [t.i for t in sentence if t.text in (":", "|") and t.i < figure.first]
    marks = [i for i in marks if not closed_aside(doc[sentence.start : figure.first], i)]
    # not "90 patrols (2018/19: 82); fewer than 250 violent crimes": another year's figure
    if not marks:
        return []
    start = max([t.i + 1 for t in sentence if t.text == "|" and t.i < marks[0]], default=0)
    heading = list(doc[max(sentence.start, start) : marks[0]])
    if heading_text(heading) in ROW_LABELS and len(marks) > 1:
        return list(doc[marks[0] + 1 : marks[1]])  # "Indicator: Total recorded crime | ..."
    if explicit_period(heading) and not is_generic(heading[1:] if len(heading) > 1 else []):
        return heading  # "2022/23 ASB incidents: ..."
    if explicit_period(heading):
        return []  # "Q3 2023/24: 1,084 ASB incidents (Q3 2022/23: 1,262)": a period, not a what
    return heading


def closed_aside(words: Span, at: int) -> bool:
    """Whether the word at `at` stands in brackets that close before the words end."""
    depth, inside = 0, False
    for token in words:
        if token.i == at:
            inside = depth > 0
        depth += (token.text == "(") - (token.text == ")")
        if inside and depth == 0:
            return True
    return False


def lead_noun(figure: Figure) -> list[Token]:
    """The lead words that say what is counted: up to a rate's "per" ("Crimes per 1,000
    population: 84.1")."""
    return list(takewhile(lambda t: t.lower_ != "per", lead_words(figure)))


def lead_head(lead: list[Token]) -> list[Token]:
    """The head noun of lead words that are one noun phrase, with its compounds."""
    roots = roots_of(lead)
    one_noun = len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")
    return with_compounds(roots[0]) if one_noun else []


def heading_text(tokens: list[Token]) -> str:
    return " ".join(t.lower_ for t in tokens)


def is_container(core: list[Token]) -> bool:
    """A noun that says what kind of record is counted, not what about ("412 cases",
    "1,410 incidents"): its subject says what."""
    return bool(core) and core[-1].lemma_.lower() in CONTAINERS


def best(*scopes: list[Token], unit: str | None = None) -> Concept | None:
    """The most specific concept any of the scopes names, a group of people last."""
    found = [concept_of(tokens, unit) for tokens in scopes]
    found = [(not is_weak(c), size, -n, c) for n, (c, size) in enumerate(found) if c]
    return max(found, key=lambda f: f[:3])[3] if found else None


def named(*scopes: list[Token], unit: str | None = None) -> Concept | None:
    """The concept the first scope that names one names."""
    for tokens in scopes:
        concept, _ = concept_of(tokens, unit)
        if concept is not None:
            return concept
    return None


def same_noun(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """An earlier figure of the cell counting the same noun."""
    noun = named_noun(figure)
    earlier = memory.figures + [f for f in figures if f.first < figure.first]
    for f in reversed(earlier):
        other = named_noun(f)
        if "metric" not in f.meaning or other is None or noun is None:
            continue
        if other.lemma_.lower() == noun.lemma_.lower() and f.unit == figure.unit:
            return f
    return None


def named_noun(figure: Figure) -> Token | None:
    """The noun the figure counts, or, for a figure after a label ("Visits to people over
    65: 1,612"), the label's highest noun."""
    noun = counted_noun(figure)
    if noun is not None or figure.doc[figure.first - 1].text != ":":
        return noun
    lead = lead_noun(figure)
    span = {t.i for t in lead}
    nouns = [t for t in lead if t.pos_ in ("NOUN", "PROPN")]
    return min(nouns, key=lambda t: sum(a.i in span for a in t.ancestors), default=None)


def metric_of_level(level: Figure, figure: Figure) -> Metric:
    """The level's metric for another figure of it (its change, its share in brackets):
    its concept's, or its uncatalogued name's."""
    metric = level.meaning["metric"]
    if metric.concept:
        return metric_for(concept_named(metric.concept), figure)
    return named_metric(metric.name, figure)


def settle_change(change: Figure, before: Figure, after: Figure) -> None:
    """A change whose arithmetic holds between two levels of one metric is a change of
    that metric, whatever its own words ("612 deliberate fires against 705, a reduction of
    93"; "burglary fell to 412 from 497. This represented 85 fewer victims")."""
    stated = abs(after.value - before.value)
    if change.role == "percent_change":
        stated = stated / before.value * 100 if before.value else -1.0
    if abs(stated - change.value) > half_a_unit(change.text):
        return
    named = [f for f in (before, after) if not is_weak(concept_of_figure(f))]
    records = all(not f.meaning["core"] or is_container(f.meaning["core"]) for f in (before, after))
    if not named and records and not is_weak(concept_of_figure(change)):
        for level in (before, after):  # "A 14% fall in fly-tipping saw reported incidents
            level.meaning["metric"] = metric_of_level(change, level)  # drop from 3,540 to 3,044"
        return
    if len(named) == 2:  # "attended 23 water rescues, 6 more than in 2020/21 (17)": the
        named = [f for f in named if f.meaning["core"]] or named  # bare level is the other's
    if len(named) == 1:  # "14 road deaths ... 6 fewer than in 2022, when twenty people died"
        strong = named[0]
        for level in (before, after):
            if level is not strong:
                level.meaning["metric"] = metric_of_level(strong, level)
    if before.meaning["metric"].code == after.meaning["metric"].code:
        change.meaning["metric"] = metric_of_level(before, change)


def concept_of_figure(f: Figure) -> Concept | None:
    code = f.meaning["metric"].concept
    return concept_named(code) if code else None


def half_a_unit(text: str) -> float:
    """Half a unit of the last decimal place the text states ("13.2%" -> 0.05)."""
    digits = re.search(r"\d+(?:\.(\d+))?", text.replace(",", ""))
    places = len(digits.group(1) or "") if digits else 0
    return 0.5 * 10**-places


def changed_level(
    figure: Figure, figures: list[Figure], memory: CellMemory, catalogued: bool = True
) -> Figure | None:
    """The level a change is a change of ("down 9% on the 1,334 episodes"; "This was 6.3%
    higher than ..." after a sentence stating the level): the level whose noun phrase it
    follows straight after a comma, else the nearest catalogued level of the sentence, else
    of the sentence before when this one refers back to it."""
    levels = [f for f in figures if f.role == "level" and "metric" in f.meaning]
    if (apposed := apposed_to(figure, levels)) is not None:  # "341 evidence packages ...,
        named = apposed.meaning["metric"].concept or not catalogued  # 43 more than the year
        return apposed if named else None  # before": no other level's change
    if cell_named(figure):  # "Pupils reached: 4,500 | Possession of a bladed article
        levels = [f for f in levels if not other_cells(f, figure)]  # offences: down 15%"
    if not levels:  # "This was 6.3% higher", "... | 2022/23: 1,377 | Change: +14.4%"
        levels = [f for f in memory.figures if f.role == "level"]
    worded = [f for f in levels if f.meaning["metric"].name != UNNAMED]  # not "there had been
    # 1,047"; of the change's own ";" item if it has one ("Test purchases: 48; failures: 6,
    # two fewer than ...")
    worded = [f for f in worded if f.doc is figure.doc and same_clause(f, figure)] or worded
    levels = [f for f in worded if f.meaning["metric"].concept or not catalogued]
    levels = [f for f in levels if not moved_apart(f, figure)]
    later = {i for i in others_clauses(figure) if i > figure.first}  # "Incidents were 8.4%
    levels = [f for f in levels if f.doc is not figure.doc or f.first not in later]  # lower
    # ..., and closure orders were obtained on 7 premises": no later clause's level changed
    return min(levels, key=lambda f: abs(f.first - figure.first), default=None)


def cell_named(figure: Figure) -> bool:
    """Whether the figure's "|" cell names something before it ("| Possession of a bladed
    article offences: down 15%"), not only a change ("| Change: +14.4%")."""
    doc = figure.doc
    bars = [t.i for t in doc[figure.sentence.start : figure.first] if t.text == "|"]
    if not bars:
        return False
    label = doc[bars[-1] + 1 : figure.first]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in GENERIC for t in label)


def other_cells(a: Figure, b: Figure) -> bool:
    """Whether a "|" stands between the two figures (or they are of two texts)."""
    start, end = sorted((a, b), key=lambda f: f.first)
    return a.doc is not b.doc or any(t.text == "|" for t in a.doc[start.unit_end : end.first])


def apposed_to(change: Figure, levels: list[Figure]) -> Figure | None:
    """The level whose noun phrase the change follows straight after a comma, catalogued
    or not ("staff produced 341 evidence packages for police and court use, 43 more than
    the year before")."""
    for level in levels:
        noun = counted_noun(level)
        if noun is None or noun.i >= change.first:
            continue
        between = list(change.doc[noun.i + 1 : change.first])
        if between and between[-1].text == "," and not any(not_of_a_noun(t) for t in between[:-1]):
            return level
    return None


def not_of_a_noun(token: Token) -> bool:
    """Whether the token ends a noun phrase: a verb, a number or a stop."""
    return token.pos_ in ("VERB", "AUX") or token.like_num or token.text in ",;:()|"


def same_clause(a: Figure, b: Figure) -> bool:
    """Whether no ";" stands between the two figures: a list's items, or clauses, of their
    own ("22 sessions delivered; 203 young people engaged; calls fell from 264 to 219"),
    but for one inside brackets ("62.4 (14,950 crimes; 239,600 residents)")."""
    first, then = sorted([a, b], key=lambda f: f.first)
    return not semicolon_in(a.doc[first.unit_end : then.first])


def semicolon_in(words: Span) -> bool:
    """Whether a ";" outside brackets stands among the words."""
    depth = 0
    for t in words:
        depth += (t.text == "(") - (t.text == ")")
        if t.text == ";" and depth <= 0:
            return True
    return False


def moved_apart(level: Figure, change: Figure) -> bool:
    """Whether the level moves by a change verb of its own, not the change's ("violence
    fell by 9%, and ambulance call-outs dropped from 310 to 262")."""
    verb, own = governing_verb(level.head), governing_verb(change.head)
    if verb is None or own is None or verb == own:
        return False
    return {verb.lemma_.lower(), own.lemma_.lower()} <= CHANGE_VERBS


def is_people(concept: Concept | None) -> bool:
    return concept is None or concept.code in PEOPLE


def narrower_group(concept: Concept | None, better: Concept | None) -> bool:
    """Whether the better concept is a group of people narrower than people in general."""
    general = concept is not None and concept.code == "people_supported"
    return general and better is not None and better.code in PEOPLE - {concept.code}


def is_weak(concept: Concept | None) -> bool:
    """No concept, or a group of people that another word may say more about."""
    return concept is None or concept.code in WEAK


def concept_named(code: str) -> Concept:
    return next(c for c in catalog() if c.code == code)


def inherited(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The figure this one is compared with when its own words name nothing: the
    earlier figure of its unit in the sentence, else in the sentence before."""
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    subject = subject_noun(figure)
    own = subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in GENERIC
    compares = any(t.lemma_.lower() in COMPARING for t in figure.sentence) and not own  # not
    # "... assisted 1,684 people. Ambulance conveyances averaged 7 a month"
    refers = compares or names_a_figure(subject)  # "This year it was 548"
    refers = refers or part_of_before(figure)  # "Of these, 39 were closed"
    candidates = memory.figures if not earlier and refers else earlier
    start, _ = item_span(figure)
    if start > figure.sentence.start and named(list(figure.doc[start : figure.first])):
        candidates = [f for f in earlier if f.first >= start]  # "...; 25 repeat offenders;
        # recorded shoplifting down 10% on 2019/20's 1,214": its own item's, not theirs
    if of_them(figure) or candidates is memory.figures:  # "3,318 incidents ... for a
        # population of 102,600, ...; Wisbech accounted for 1,402 of them": the incidents;
        # "... (population 9,950). This was down from 34": the count, not a rate's base
        candidates = not_a_base(candidates)
    for f in reversed(candidates):
        a_rate = figure.unit == "count" and f.unit.startswith("per_") and compared(figure)
        if f.measure and (f.unit == figure.unit or a_rate) and f.role == figure.role:
            figure.unit = f.unit  # "236 per 100,000, compared with 192 in Lancashire"
            return f
    return None


def opens_bare(figure: Figure) -> bool:
    """Whether a bare count opens its sentence as the subject of its verb: it stands for
    those the sentence before counted ("4,312 asked for further help")."""
    opening = figure.first == figure.sentence.start and figure.unit == "count"
    subject = figure.head.dep_ in ("nsubj", "nsubjpass")
    did = any(c.dep_ == "dobj" for c in figure.head.head.children)  # "812 returned both
    return opening and counted_noun(figure) is None and subject and not did  # surveys"


def level_before(figure: Figure, memory: CellMemory) -> Figure | None:
    """The last level of the figure's unit in the sentence before."""
    levels = [f for f in memory.figures if f.role == "level" and f.unit == figure.unit]
    return levels[-1] if levels and levels[-1].meaning["metric"].concept else None


def unattached_noun(figure: Figure) -> list[Token]:
    """The noun right after a figure the parser left without one ("Upgrade 46 town centre
    cameras"): the words up to and including the first noun, all of them nouns or
    adjectives."""
    words = figure.doc[figure.unit_end : min(figure.unit_end + 4, figure.sentence.end)]
    run = list(takewhile(lambda t: t.pos_ in ("NOUN", "PROPN", "ADJ"), words))
    nouns = [t for t in run if t.pos_ == "NOUN"]
    return run[: run.index(nouns[-1]) + 1] if nouns and figure.unit == "count" else []


def aimed_at(verb: Token) -> list[Token]:
    """What an aim's verb is to change, with all its modifiers ("Reduce deliberate fires in
    the upper valleys by 10%": deliberate fires)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [t for o in objects for t in o.subtree if t.i <= o.i] or objects_of(verb)[1:]


def further_of(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure "a further" or "another" adds to: the one before it of its unit ("helped
    214 people on Friday nights and a further 167 on Saturdays")."""
    if figure.doc[figure.first - 1].lower_ not in ("further", "another"):
        return None
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    same = [f for f in earlier if f.unit == figure.unit and f.role == figure.role]
    return same[-1] if same else None


def part_of_before(figure: Figure) -> bool:
    """Whether the figure is a part of a whole stated before: "388 of these ended ...",
    "Of these, 39 were closed", "Of this year's total, 1,370 concerned amplified music"."""
    after = [t.lower_ for t in figure.doc[figure.unit_end : figure.unit_end + 2]]
    if after in (["of", "these"], ["of", "those"], ["of", "them"]):
        return True
    sentence = figure.sentence
    if sentence[0].text in BULLETS and under_of_these(sentence):
        return True  # "Of these:\n• 1,212 were in homes of people aged over 65"
    if opens_on_most(sentence):
        return True  # "Most were in Kirkby (312), Halewood (118) and Prescot (97)"
    comma = next((t.i for t in sentence if t.text == ","), None)
    if sentence[0].lower_ not in ("of", "among") or comma is None or comma > figure.first:
        return False
    return is_generic(list(figure.doc[sentence.start + 1 : comma]))


MOST = (["most"], ["the", "majority"], ["the", "bulk"])


def opens_on_most(sentence: Span) -> bool:
    """Whether the sentence opens on most of what was counted before, with no noun of its
    own: "Most took place in ...", "The majority of them were ..." (not "Most offences")."""
    words = [t.lower_ for t in sentence[:4]]
    lead = next((m for m in MOST if words[: len(m)] == m), None)
    if lead is None or len(words) <= len(lead):
        return False
    after = sentence[len(lead)]
    return after.pos_ in ("AUX", "VERB") or words[len(lead) : len(lead) + 2] in (
        ["of", "them"],
        ["of", "these"],
        ["of", "those"],
    )


def under_of_these(line: Span) -> bool:
    """Whether the lines before the bullet line open on a lead-in "Of these:" (or "those")."""
    before = text_of(line.doc)[: line.start_char]
    colon = before.rfind(":")
    lines = before[colon + 1 :].split("\n")
    bullets = all(not s.strip() or s.strip()[0] in BULLETS for s in lines)  # the bullets above
    lead = before[:colon].lower().split()[-2:]
    return colon >= 0 and bullets and lead in (["of", "these"], ["of", "those"])


RANKING_PHRASES = {("the", "most"), ("most", "common"), ("followed", "by"), ("the", "highest")}
RANKING_PHRASES |= {("the", "largest"), ("the", "biggest")}


def ranked_item(figure: Figure) -> bool:
    """Whether the figure stands in brackets, or after "with" or "at", after an item of a
    ranked list ("Bedwell ward recorded the most (164), followed by St Nicholas (121)")."""
    words = [t.lower_ for t in figure.sentence]
    before = figure.doc[figure.first - 1].lower_ if figure.first > 0 else ""
    placed = before in ("(", "with", "at")  # "Education was the largest source with 41"
    placed |= before == "for" and figure.doc[figure.first - 2].lemma_.lower() == "account"
    # "Race accounted for 281, followed by sexual orientation (52)"
    top = "top" in words  # "top three reasons: violence (27), ..."
    return placed and (top or bool(set(zip(words, words[1:])) & RANKING_PHRASES))


REASONS = {"reason", "motivation", "source", "need", "concern", "factor", "cause"}


def reasons_ranked(
    figure: Figure, figures: list[Figure], memory: CellMemory, metric: Metric
) -> Concept | None:
    """What a ranked list of reasons, sources or needs breaks down: the sentence's last
    catalogued level before it, else the sentence before's topic, when the item names
    something other than a kind of it ("38 new bans; the most common reasons were drug
    possession (11) ...": bans, by reason, not drug offences)."""
    if not {t.lemma_.lower() for t in figure.sentence} & REASONS or not metric.concept:
        return None
    levels = [f for f in figures if f.first < figure.first and f.role == "level"]
    named = [f.meaning["metric"].concept for f in levels if not ranked_item(f)]
    named = [last_concept(memory)] + [concept_named(c) for c in named if c]
    whole = named[-1]  # the nearest
    if whole is None or whole.code == metric.concept or metric.concept in whole.covers:
        return None
    return None if concept_named(metric.concept).kind_of == whole.code else whole


def ranked_topic(figure: Figure, figures: list[Figure], memory: CellMemory) -> Concept | None:
    """What a ranked list ranks: its sentence's first level of a catalogued topic (not a
    group of people nor a referral), else the sentence before's topic."""
    levels = [f for f in figures if f.first < figure.first and f.role == "level"]
    levels = [f for f in levels if not ranked_item(f)]  # not the list's own items
    named = [f.meaning["metric"].concept for f in levels if f.measure and "metric" in f.meaning]
    named = [concept_named(code) for code in named if code]
    named = [c for c in named if not is_weak(c)] + [last_concept(memory)]
    return named[0]


def last_concept(memory: CellMemory) -> Concept | None:
    """The concept of the sentence before's last catalogued figure, one naming a topic
    over a group of people ("MARAC heard 1,196 cases involving 1,710 children. The
    repeat rate was 26%": the cases')."""
    codes = [f.meaning["metric"].concept for f in memory.figures if f.measure]
    counted = [c for c in codes if c not in BASES] or codes  # not a rate's base
    said = sorted((concept_named(c) for c in reversed(counted) if c), key=is_weak)
    return said[0] if said else None


def subject_before(memory: CellMemory, unit: str) -> Concept | None:
    """The concept the subject of the sentence before names when it has no figure:
    "Residential burglaries fell again. The number recorded in 2023/24 was 486"."""
    if memory.figures or memory.previous is None:
        return None
    subjects = [
        t for t in memory.previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
    ]
    words = [list(s.doc[s.left_edge.i : s.i + 1]) for s in subjects]
    return named(words[0], unit=unit) if words else None


def not_a_base(figures: list[Figure]) -> list[Figure]:
    """The figures that count something, not a rate's base (its population or households),
    unless a base is all there is."""
    return [f for f in figures if f.meaning["metric"].concept not in BASES] or figures


def rate_ended_on(memory: CellMemory, topic: Concept) -> Figure | None:
    """The rate of the topic the sentence before ended on, its base aside."""
    counted = [f for f in memory.figures if f.measure and f.meaning["metric"].concept not in BASES]
    last = counted[-1] if counted else None
    rate = last is not None and last.unit.startswith("per_") and last.role == "level"
    return last if rate and last.meaning["metric"].concept == topic.code else None


def names_a_figure(subject: Token | None) -> bool:
    """ "it", "this", "the figure", "the total": a subject standing for a figure before."""
    return subject is not None and (subject.pos_ == "PRON" or subject.lemma_.lower() in GENERIC)


def existential(figure: Figure) -> bool:
    """ "In 2022/23 there had been 1,047": a figure of the thing the sentence before named."""
    verb = governing_verb(figure.head)
    return verb is not None and any(c.dep_ == "expl" for c in verb.children)


def counted_before(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The count a bare share in its sentence is a share of: the nearest catalogued count
    before it, but people (a share of them is what they say or do)."""
    saying = REPORTING | {"feel", "agree", "rate"}
    verbs = [governing_verb(figure.head), *figure.doc[figure.unit_end : figure.unit_end + 3]]
    if any(v is not None and v.lemma_.lower() in saying for v in verbs):
        return None  # "81% said they felt safe", "90% to say ...": what they think
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    counts = [f for f in earlier if f.unit == "count" and f.role == "level"]
    concept = counts[-1].meaning["metric"].concept if counts else None
    return counts[-1] if concept and concept not in BASES | WEAK else None


def counted_by_rate(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The count a rate of no named thing is the rate of: the nearest catalogued count
    before it in its sentence, else in the sentence before ("1,950 ASB incidents among
    a population of 130,000, a rate of 15.0 per 1,000")."""
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    for f in reversed(earlier or memory.figures):
        concept = f.meaning["metric"].concept
        if f.unit == "count" and f.role == "level" and concept and concept not in BASES:
            return f  # not "a population of 130,000": what the rate is per
    return None


def metric_for(concept: Concept, figure: Figure) -> Metric:
    if figure.unit in concept.in_units:  # volunteers' hours are volunteer_hours
        concept = concept_named(concept.in_units[figure.unit])
    suffix = ""
    if figure.role == "change":
        suffix = "_change" + ("" if figure.unit in ("count", concept.unit) else f"_{figure.unit}")
    elif figure.role == "percent_change":
        suffix = "_change_percent"
    elif figure.unit != concept.unit:
        suffix = f"_{figure.unit}"
    words = suffix.strip("_").replace("_", " ")
    words = {"change percent": "change, per cent"}.get(words, words.replace("change ", "change, "))
    name = f"{concept.name}: {words}" if words else concept.name
    return Metric(concept.code + suffix, name, figure.unit, True, concept.code)


def content_lemmas(tokens: list[Token]) -> list[str]:
    """The words that can name a metric: not dates or places, which say when and where,
    nor comparing or change words, which say against what and which way."""
    return [
        lettered(t) or name_form(t)
        for t in tokens
        if t.is_alpha
        and (lettered(t) or not t.is_stop and not {t.lower_, t.lemma_.lower()} & NOT_NAMES)
        and t.ent_type_ not in ("DATE", "GPE", "LOC")
        and not names_a_place(t)
        and not in_a_place_name(t)
        and not in_an_organisation_name(t)
        and not (t.i > 1 and lettered(t.doc[t.i - 2]))
    ]


def name_form(token: Token) -> str:
    """A word as a metric's name says it: its lemma, but a gerund, a participle before its
    noun and a plural-only noun as written ("begging", "stolen goods", not "beg", "steal
    good")."""
    if token.tag_ == "VBG" or token.tag_ == "VBN" and token.dep_ == "amod":
        return token.lower_
    return token.lower_ if token.lower_ in PLURAL_ONLY else token.lemma_.lower()


PLURAL_ONLY = {"goods", "premises", "proceeds", "earnings", "savings", "arrears"}


def in_an_organisation_name(token: Token) -> bool:
    """Whether the word is in a named council, force or service ("BCP Council", "Avon and
    Somerset Police"), which says who, not what."""
    doc, end = token.doc, token.i
    if not name_word(token):
        return False
    while end + 1 < len(doc) and (name_word(doc[end + 1]) or joins_a_name(doc, end + 1)):
        end += 1
    return doc[end].lower_ in ORGANISATIONS


def name_word(token: Token) -> bool:
    """A capitalised proper noun ("Council" of "Torbay Council")."""
    return token.pos_ == "PROPN" and token.is_title


def joins_a_name(doc: Doc, at: int) -> bool:
    """ "and" or "&" between two words of a name ("Avon and Somerset Police")."""
    return doc[at].lower_ in ("and", "&") and at + 1 < len(doc) and name_word(doc[at + 1])


def lettered(token: Token) -> str | None:
    """A word led by a letter and a hyphen, or ended by a particle, which the tokenizer
    splits ("e-scooters" -> "e", "-", "scooters"; "call-outs" -> "call", "-", "outs"): the
    word whole, "e-scooter", "call-out" (its parts name something else)."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or not doc[i + 2].is_alpha:
        return None
    if token.whitespace_ or doc[i + 1].whitespace_:
        return None
    if len(token) != 1 and doc[i + 2].lemma_.lower() not in PARTICLES:
        return None
    return f"{token.lower_}-{doc[i + 2].lemma_.lower()}"


PARTICLES = {"out", "in", "up", "off", "on", "down", "over", "back"}  # "break-in", "drop-in"


PLACE_NOUNS = {"ward", "wards", "estate", "borough", "parish", "district"}
CENTRES = {"city", "town"}  # "the city centre", "Bradford town centre"


def in_a_place_name(token: Token) -> bool:
    """Whether the word names where, as part of a local place's name: "Greenlands ward",
    "the city centre", "Bradford town centre" (not "youth centres", counted things)."""
    doc = token.doc  # the tagger may call "Greenlands ward" a noun and a verb: by case
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ in PLACE_NOUNS and token.i > 0 and doc[token.i - 1].is_title:
        return True
    if token.is_title and after is not None and after.lower_ in PLACE_NOUNS:
        return True
    if token.lower_ in CENTRES and after is not None and after.lemma_.lower() == "centre":
        return True
    if token.lower_ in CENTRES | PLACE_NOUNS and after is not None and after.text == "'s":
        return True  # "the city's rate of 3.0": whose, not what
    if token.lower_ == "force" and after is not None and after.lemma_.lower() == "area":
        return True  # "the Wiltshire force area rate": a police force's area, and its name
    if token.is_title and after is not None and after.lower_ == "force":
        return in_a_place_name(after)
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if token.lemma_.lower() == "area" and before == "force":
        return True
    return token.lemma_.lower() == "centre" and before in CENTRES


def uncatalogued(figure: Figure, tokens: list[Token], head: str = "") -> Metric:
    """A readable name from the figure's own words: lemmas, no stop-words or numbers, nor
    the figure's own unit ("m" of "£6.3m"); ended by the head given, if they lack it."""
    kept = content_lemmas(without_figure(figure, tokens))
    if not kept:  # "... compared with three last year": the nearest nouns of its sentence
        kept = content_lemmas(nearest_nouns(figure))
    kept = list(dict.fromkeys([*kept, head] if head else kept))[-5:]  # the head noun is
    # last; then its nearest words
    return named_metric(" ".join(kept) or UNNAMED, figure)


def nearest_nouns(figure: Figure) -> list[Token]:
    """The three nouns of the figure's sentence nearest it, in their order."""
    nouns = [t for t in figure.sentence if t.pos_ in ("NOUN", "PROPN")]
    nouns = without_figure(figure, nouns)
    nouns = sorted(nouns, key=lambda t: abs(t.i - figure.first))[:3]
    return sorted(nouns, key=lambda t: t.i)


def without_figure(figure: Figure, tokens: list[Token]) -> list[Token]:
    """The tokens but the figure's own, its unit words among them ("m" of "£6.3m")."""
    return [t for t in tokens if not figure.first <= t.i < figure.unit_end]


def named_metric(name: str, figure: Figure) -> Metric:
    """An uncatalogued metric of the name, for the figure's role and unit."""
    code = re.sub(r"[^a-z0-9]+", "_", name).strip("_")
    change = {"change": "_change", "percent_change": "_change_percent"}.get(figure.role, "")
    unit = "" if figure.unit in ("count",) or change else f"_{figure.unit}"
    return Metric(code + change + unit, name + change.replace("_", " "), figure.unit, False)


# --- Where and when ---------------------------------------------------------------------


def window(figure: Figure, figures: list[Figure]) -> tuple[list[Token], list[Token]]:
    """The words of the figure's own clause before and after it, up to the next figure
    or clause break."""
    doc, sentence = figure.doc, figure.sentence
    taken = numbers_of(figures, figure)
    before: list[Token] = []
    for token in reversed(doc[sentence.start : figure.first]):
        if token.i in taken or token.lower_ in CLAUSE_BREAKS:
            break
        if token.i == figure.first - 1 and token.lower_ in ("and", "or"):
            break  # a conjunct of its own: "412 offences in the year before and 186 ..."
        before.insert(0, token)
    after: list[Token] = []
    for token in doc[figure.unit_end : sentence.end]:
        if token.i in taken or token.lower_ in CLAUSE_BREAKS:
            break
        after.append(token)
    return before, after


def areas_of(figure: Figure, figures: list[Figure], home: Area) -> list[Area]:
    sentence = figure.sentence
    before, after = window(figure, figures)
    mentions = [
        (sentence[0].doc.char_span(sentence.start_char + s, sentence.start_char + e, "expand"), a)
        for s, e, a in areas_in(sentence.text)
    ]
    mentions = [(span, area) for span, area in mentions if span is not None]
    for n, (span, _) in enumerate(mentions):  # "40.9% across England", "in Birkenhead
        if span.start in {t.i for t in after}:  # Ward"
            lead = figure.doc[span.start - 1].lower_ if span.start > 0 else ""
            between = figure.doc[figure.unit_end : span.start]
            set_against = figure.role == "level" and any(t.lower_ in AGAINST for t in between)
            if (lead in AREA_PREPS or lead == "the") and not set_against | ranked(between):
                return joint_areas(mentions[n:], home)  # not "65% two years ago and below
                # the Wales figure", nor "13.1, the highest of any district in Suffolk"
    mentions = [(span, a) for span, a in mentions if not names_an_organisation(span)]
    for span, area in reversed(mentions):  # "the Merseyside average is 14%", "England's"
        token = span[-1]
        owner = span.end < len(span.doc) and span.doc[span.end].text == "'s"  # the text may
        describes = token.dep_ in ("poss", "compound", "nmod", "amod") or owner  # end on it
        describes |= span.end == figure.first  # "(England 5.0%)": a place labelling it
        lead = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        describes |= lead in AREA_PREPS - {"of"} and not ranked(before)  # not "the 4th
        # lowest rate in Wales at 32.0", nor "the University Hospital of Wales recorded"
        if span.start in {t.i for t in before} and describes:  # "Across West Mercia the
            return [area]  # fall was 14.6%"
    level = level_it_follows(figure, figures)
    if level is not None and "areas" in level.meaning:
        return level.meaning["areas"]  # "212 referrals, 47 of them from Crawley, 18 more
        # than the 29 the year before": the 47's change, not the 212's place
    place = subject_place(figure, mentions)
    if place is not None and place.name != home.name:
        return [place]  # "..., while Calderdale's total rose 1.4% to 19,870"
    before, after = unnamed(before), unnamed(after)
    words = {t.lower_ for t in before + after}
    if words & NATIONAL and "average" in words | {t.lemma_ for t in before + after}:
        return [Area("England", "country")]
    subject = {t.lower_ for t in before} | {t.lemma_ for t in before}
    if subject & NATIONAL and subject & ({"rate", "figure"} | CHANGE_NOUNS):
        return [Area("England", "country")]  # "while the national increase was 7.4%"
    if any(t.lemma_ == "share" for t in sentence):  # "Wirral shares ... with Sefton at 79"
        partners = [a for span, a in mentions if span.doc[span.start - 1].lower_ == "with"]
        if partners and partners[0] != home:
            return [home, partners[0]]
    return [home]


def level_it_follows(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level a change follows after a comma, no verb between: the level whose change
    it is ("47 of them from Crawley, 18 more than ...", "£1.2m in Kent, up 18.7%")."""
    level = last_before(figure, figures)
    if figure.role not in ("change", "percent_change") or level is None:
        return None
    between = figure.doc[level.unit_end : figure.first]
    words = [t.text for t in between]
    if level.role != "level" or "," not in words[-2:] or words[-1] not in (",", "up", "down"):
        return None
    if ")" in words:
        return None  # "12.4% (England 10.9%), up 0.6 points": the bracket's is an aside
    return None if any(t.pos_ in ("VERB", "AUX") for t in between) else level


def level_it_is_set_against(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The change a level follows as what it is compared with: "up 18.7% from £1,023,000",
    "18 more than the 29 the year before"."""
    change = last_before(figure, figures)
    if figure.role != "level" or change is None or change.role == "level":
        return None
    between = [t.lower_ for t in figure.doc[change.unit_end : figure.first]]
    return change if between and between[-1] in ("from", "than", "on", "the") else None


def ranked(words: Span) -> bool:
    """Whether the words rank a figure among others ("the highest in", "ranks third in"):
    the place after them is the field it is ranked in, not the figure's."""
    return any(
        t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" or t.lemma_ == "rank" for t in words
    )


def joint_areas(mentions: list[tuple[Span, Area]], home: Area) -> list[Area]:
    """The place named; the home area when it and those joined to it by "and" name the
    joint partnership ("across Conwy and Denbighshire"). (A sum across other places is
    no one place's figure: it stays with the first named, as before.)"""
    joint = [mentions[0]]
    for span, area in mentions[1:]:
        between = [t.lower_ for t in span.doc[joint[-1][0].end : span.start]]
        if between not in (["and"], [","], ["&"]):
            break
        joint.append((span, area))
    areas = [area for _, area in joint]
    if len(areas) > 1 and all(a.name.lower() in home.name.lower() for a in areas):
        return [home]
    return areas[:1]


def unnamed(words: list[Token]) -> list[Token]:
    """The words but a capitalised one opening a name: the "National" of "the National
    Referral Mechanism" says no country."""

    def opens_a_name(t: Token) -> bool:
        following = t.nbor(1) if t.i + 1 < len(t.doc) else None
        return t.text[:1].isupper() and following is not None and following.pos_ == "PROPN"

    return [t for t in words if not (t.lower_ in NATIONAL and opens_a_name(t))]


def subject_place(figure: Figure, mentions: list[tuple[Span, Area]]) -> Area | None:
    """The place whose subject the figure's verb has, when the figure follows the verb: the
    change and its level of "Calderdale's total rose 1.4% to 19,870" (not a place in an
    organisation's name, "Dorset & Wiltshire Fire and Rescue Service carried out ...")."""
    verb = governing_verb(figure.head)
    if verb is None or verb.i > figure.first:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [s for s in subjects if s.right_edge.i < figure.first]
    subjects = [s for s in subjects if not {t.lower_ for t in s.subtree} & ORGANISATIONS]
    for span, area in mentions:
        inside = [
            s for s in subjects if s.left_edge.i <= span.start < span.end <= s.right_edge.i + 1
        ]
        if semicolon_in(span.doc[span.end : figure.first]):
            continue  # "... the England rate of 5.0; 2,176 residents ..., up 4.1% on 2,090"
        whose = span[-1].dep_ in ("poss", "compound", "nmod", "amod")  # "the Leeds total"
        whose |= span.doc[max(0, span.start - 1)].lower_ in AREA_PREPS
        if inside and (whose or span.start <= inside[0].i < span.end):  # "Calderdale recorded"
            return area
    return None


def names_an_organisation(span: Span) -> bool:
    """ "South Wales Police", "West Yorkshire Fire and Rescue Service": a place's name
    inside an organisation's is not where a figure is."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].is_title and doc[span.start - 1].pos_ == "PROPN":
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.lower_ in ORGANISATIONS


def explicit_period(tokens: list[Token]) -> Period | None:
    text = " ".join(t.text for t in tokens)
    if found := period_in(text):
        return found
    span = re.search(r"\b[A-Z][a-z]+ (\d{4}) to [A-Z][a-z]+ (\d{4})\b", text)
    if span and int(span.group(2)) == int(span.group(1)) + 1:
        return financial_year(int(span.group(1)))
    return named_calendar_year(tokens)


def year_label(before: list[Token]) -> Period | None:
    """A calendar year labelling the figure across a dash or colon: "KSI: 2022 – 312"."""
    if len(before) < 2 or before[-1].text not in DASHES | {":"}:
        return None
    year = before[-2].text
    return calendar_year(int(year)) if re.fullmatch(r"(19|20)\d\d", year) else None


def named_calendar_year(tokens: list[Token]) -> Period | None:
    """A calendar year a preposition or "year" attaches to ("recorded in 2022", "during
    2021", "calendar year 2023", "the 243 of 2021" right after the figure); not "since
    2019" or "by 2025", which are not periods, nor "32 of 2019's 40", a year's figure."""
    for n, (before, token) in enumerate(zip(tokens, tokens[1:])):
        owner = token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "POS"
        of_it = n == 0 and before.lower_ == "of" and not owner
        if (before.lower_ in YEAR_WORDS or of_it) and re.fullmatch(r"(19|20)\d\d", token.text):
            return calendar_year(int(token.text))
    return None


def says_previous(tokens: list[Token]) -> bool:
    lemmas = [t.lower_ for t in tokens]
    return any(
        a in lemmas and b in lemmas[lemmas.index(a) + 1 : lemmas.index(a) + 3]
        for a, b in PREVIOUS_WORDS
    )


def years_back(tokens: list[Token]) -> int:
    """How many years before the sentence's the words put a figure: 1 for "the year
    before", N for "two years earlier" or "three years ago", else 0."""
    if says_previous(tokens):
        return 1
    for number, years, back in zip(tokens, tokens[1:], tokens[2:]):
        if years.lower_ == "years" and back.lower_ in ("earlier", "ago", "before", "previously"):
            value, _ = run_value([number]) if number.like_num else (None, "")
            return int(value) if value and value == int(value) and value < 20 else 0
    return 0


def years_before(period: Period, years: int) -> Period:
    for _ in range(years):
        period = previous_period(period)
    return period


def sentence_period(
    sentence: Span, measures: list[Figure], memory: CellMemory, report: Period
) -> Period:
    """A period the sentence names, else the one its predecessor named when it refers back
    ("This compares with ..."), else the report's."""
    own = governing_period(sentence, measures)
    if own is None and opens_on_the_year_before(sentence, measures):
        own = previous_period(memory.period or report)  # "The year before there had been 241"
    if says_this_year(sentence):  # "This year it was 548": the report's own year
        memory.period = None
        return report
    refers_back = sentence[0].lower_ in PRONOUNS or opens_on_the_whole_before(sentence)
    period = own or (memory.period if refers_back else None)
    memory.period = own or (memory.period if refers_back else None)
    return period or report


def opens_on_the_whole_before(sentence: Span) -> bool:
    """Whether the sentence opens on parts of what the one before counted ("Of these,",
    "Among them,"): of its period too."""
    words = [t.lower_ for t in sentence[:3]]
    return words[:1] in (["of"], ["among"]) and words[1:2] in SHARED_WHOLES and words[2:] == [","]


def opens_on_the_year_before(sentence: Span, measures: list[Figure]) -> bool:
    """Whether the words before the sentence's first measure name the year before, and no
    comparison ("The year before there had been 241", not "Compared with the year before,
    287"); "last year" is often the report's own ("Last year 1,502 people used ...")."""
    end = measures[0].first if measures else sentence.end
    opening = list(sentence.doc[sentence.start : end])
    compared = any(t.lower_ in ("than", "compared", "from", "since", "against") for t in opening)
    return not compared and "last" not in {t.lower_ for t in opening} and says_previous(opening)


def says_this_year(sentence: Span) -> bool:
    words = [t.lower_ for t in sentence]
    return any(words[n : n + 2] == ["this", "year"] for n in range(len(words) - 1))


SETS_AGAINST = SET_BESIDE | {"than", "from", "since", "on"}


def period_before_break(figure: Figure, sentence_period: Period) -> Period | None:
    """A period named right before the clause break that opens the figure's clause ("in
    2018/19 (4,235)", "on the previous year (66.5%)")."""
    doc, at = figure.doc, figure.first - 1
    if (when := when_clause(figure)) is not None:
        at = when.i  # "higher than in 2019/20, when there were 1,957"
    opened = at
    while at > figure.sentence.start and doc[at].lower_ in CLAUSE_BREAKS | {"when", "where"}:
        at -= 1
    if at == opened or ";" in doc[at : figure.first].text:
        return None  # after ";" a new clause: "486 victims, 38 more than last year; 71 ..."
    if {t.lower_ for t in doc[at : figure.first]} & CONTRASTS:
        return None  # "up 7 points on 2020/21, while 58% agreed ...": the change's period
    if set_beside_after(figure):
        return None  # "3% lower than last year (12,405 compared to 12,789)", "down 14% on
        # last year, with 1,126 offences recorded compared with 1,309": this year's, set
        # beside last year's
    words = list(doc[max(figure.sentence.start, at - 3) : at + 1])
    words = words[max([n + 1 for n, t in enumerate(words) if t.text == ";"], default=0) :]
    if says_previous(words):  # not "... in 2023/24; this compares with 5,210 in 2022/23"
        return previous_period(sentence_period)
    return explicit_period(words)


def set_beside_after(figure: Figure) -> bool:
    """Whether the figure's phrase goes on to set it beside another ("12,405 compared to",
    "1,126 offences recorded compared with")."""
    after = figure.doc[figure.unit_end : min(figure.unit_end + 3, figure.sentence.end)]
    words = list(takewhile(lambda t: not t.is_punct and not t.like_num, after))
    return any(t.lower_ in SET_BESIDE for t in words)


def when_clause(figure: Figure) -> Token | None:
    """The "when" opening a short clause the figure ends ("..., when there were 1,957")."""
    doc = figure.doc
    words = doc[max(figure.sentence.start, figure.first - 5) : figure.first]
    when = [t for t in words if t.lower_ == "when"]
    if not when or any(t.is_punct for t in doc[when[-1].i : figure.first]):
        return None
    return when[-1]


def governing_period(sentence: Span, measures: list[Figure]) -> Period | None:
    """The period of the whole sentence: named at its opening, or as its first figure's
    when nothing sets that figure against another ("Medway dealt with 1,840 fly-tips in
    2022/23 at a cost of £214,600": the cost is of 2022/23 too)."""
    return opening_period(sentence, measures) or first_figure_period(sentence, measures)


def first_figure_period(sentence: Span, measures: list[Figure]) -> Period | None:
    if not measures or measures[0].role != "level":
        return None
    first, doc = measures[0], sentence.doc
    opening = doc[sentence.start : first.first]
    if any(t.lower_ in SETS_AGAINST or t.lemma_.lower() == "compare" for t in opening):
        return None  # "... compared with 870 in 2020/21", "That compares with 298 in
        # 2019/20": the other side's
    end = measures[1].first if len(measures) > 1 else sentence.end
    said = list(takewhile(lambda t: t.lower_ not in SETS_AGAINST, doc[first.unit_end : end]))
    said = list(takewhile(lambda t: not next_item(t), said))  # "The year before there
    # were 1,652, and in 2021/22 1,930": the next item's year
    for n, token in enumerate(said[:-1]):
        if token.lower_ in ("in", "during") and (period := explicit_period(said[n + 1 :])):
            return period
    return None


def next_item(token: Token) -> bool:
    """Whether the token starts the sentence's next item: "; ", ", and", ", while"."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    joined = after is not None and after.lower_ in ("and", "while", "but", "whereas")
    return token.text == ";" or token.text == "," and joined


def opening_period(sentence: Span, measures: list[Figure]) -> Period | None:
    """A period that governs the whole sentence: named before its first measure and not as
    the other side of a comparison ("In 2016/17 the team supervised 174 orders", "The
    rate for April 2016 to March 2017 is 5.22")."""
    end = measures[0].first if measures else sentence.end
    opening = list(sentence.doc[sentence.start : end])
    if any(t.lower_ in ("than", "compared", "from", "since", "against") for t in opening):
        return None
    cells = opening[-1:] and opening[-1].text == ":" and "|" in sentence[len(opening) :].text
    if cells:
        return None  # "ASB incidents 2023/24: 6,524 | ASB incidents 2024/25: 6,211 | ...":
        # the first cell's label, not the row's
    return explicit_period(opening)


def period_of(figure: Figure, figures: list[Figure], sentence_period: Period) -> tuple:
    """(period, basis): basis 'stated' when the words fix it, 'report' when it is the
    report's own year by default, 'inferred' for the earlier side of "from X to Y"."""
    opening = governing_period(figure.sentence, figures)
    if figure.role != "level":  # a change is to the sentence's year, whatever it is from
        return sentence_period, "stated" if opening else "report"
    before, after = window(figure, figures)
    if [t.lower_ for t in after[:2]] == ["this", "year"]:
        return sentence_period, "stated"  # "486 last year, 402 this year"
    if (bracketed := bracketed_period(figure)) is not None:
        return bracketed, "stated"  # "5,880 (2022/23) | 5,467 (2023/24)"
    if (headed := explicit_period(column_head(figure))) is not None:
        return headed, "stated"  # "Burglary | 412 | 380" under "Crime | 2022/23 | 2023/24"
    own_after = bool(after[:1]) and after[0].lower_ in ("in", "during")  # "compared with
    own_after = own_after and explicit_period(after[:2]) is not None  # 38 in 2022/23"
    if not own_after and (back := years_back(after[:4])):  # "..., compared with 357 a year
        return years_before(sentence_period, back), "stated"  # earlier", "two years earlier"
    opens = not before or when_clause(figure) is not None  # "in 2021/22, when there were"
    if opens and not own_after and (period := period_before_break(figure, sentence_period)):
        return period, "stated"  # "fewer than in 2018/19 (4,235)", "in 2021/22, when 9,289"
    if level_after_change(figure, figures, before):
        return sentence_period, "stated" if opening else "report"
    connectors = [n for n, t in enumerate(before) if t.lower_ in ("to", "from", "than", "with")]
    before = before[connectors[-1] :] if connectors else before
    mine = list(takewhile(lambda t: not next_item(t), after))  # not the next item's year
    own = explicit_period(mine[:6]) or explicit_period(before[-4:]) or year_label(before)
    if own := own or named_calendar_year(after):  # "47 people killed ... in 2023"
        return own, "stated"
    said_before = years_back(before[-4:]) if not opened_on_it(figure, figures, before) else 0
    if back := years_back(after[:6]) or said_before:
        return years_before(sentence_period, back), "stated"
    if before and before[-1].lower_ == "from" and changed_from(figure, before[-1]):
        return previous_period(sentence_period), "inferred"  # "from 103 to 188", "up from 212"
    arrow = figure.unit_end < figure.sentence.end and figure.doc[figure.unit_end].text in ARROWS
    if arrow:  # "301 → 288"
        return previous_period(sentence_period), "inferred"
    if (partner := joined_figure(figure, figures)) is not None:  # "than the 2,611 and 201
        return period_of(partner, figures, sentence_period)  # of 2018/19": both of 2018/19
    return sentence_period, "stated" if opening else "report"


def opened_on_it(figure: Figure, figures: list[Figure], before: list[Token]) -> bool:
    """Whether the year before the words name is the sentence's own, which opened on it
    ("The year before there were 1,652, and in 2021/22 1,930"): not a year before that."""
    opens = bool(before) and before[0].i == figure.sentence.start
    return opens and opens_on_the_year_before(figure.sentence, [f for f in figures if f.measure])


def bracketed_period(figure: Figure) -> Period | None:
    """The period that is all of a bracket right after the figure: "5,880 (2022/23)",
    "388 (2018)"; not "412 (2019/20: 367)", the bracket's own figure's."""
    doc, at = figure.doc, figure.unit_end
    if at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")":
        return None
    year = doc[at + 1].text
    return period_in(year) or (
        calendar_year(int(year)) if re.fullmatch(r"(19|20)\d\d", year) else None
    )


def joined_figure(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level right after the figure, joined to it by "and" or "or" alone."""
    after = [f for f in figures if f.first > figure.last and f.role == "level"][:1]
    between = [t.lower_ for f in after for t in figure.doc[figure.unit_end : f.first]]
    return after[0] if between in (["and"], ["or"]) else None


def level_after_change(figure: Figure, figures: list[Figure], before: list[Token]) -> bool:
    """Whether the figure is the level a change before it reached ("up 9 on last year at
    131"): the period words between them are the change's."""
    if not before or before[-1].lower_ != "at":
        return False
    changes = [f for f in figures if f.role != "level" and f.unit_end == before[0].i]
    return bool(changes)


def changed_from(figure: Figure, word: Token) -> bool:
    """Whether "from" starts a change ("rose from 103", "up from 212", "from 46 to 52"),
    not a source ("removed graffiti from 418 sites", "referrals from 46 schools")."""
    if word.head.lemma_.lower() in CHANGE_VERBS | CHANGE_NOUNS | {"up", "down"}:
        return True
    rest = list(figure.doc[figure.unit_end : figure.sentence.end])
    return counted_noun(figure) is None or to_a_number(rest)


def counted_phrase(figure: Figure, figures: list[Figure]) -> str:
    """What the figure counts in the report's own words, as lemmas: its noun ("prolific
    offender"), else its subject's ("hate crime"). Two figures of one metric with
    different phrases are different quantities ("referrals to the Hate MARAC", "hate
    crimes through the courts")."""
    words = figure.meaning["core"]
    if is_generic(words) and (partner := set_against_level(figure, figures)) is not None:
        return partner.meaning["phrase"]  # "118 offences ..., against 307 in the ..."
    if is_generic(words):
        words = phrase(subject_noun(figure), numbers_of(figures, figure))[0]
    kept = [t.lemma_.lower() for t in words if t.is_alpha and not t.is_stop]
    return " ".join(w for w in kept if w not in GENERIC)


def set_against_level(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level a bare figure right after "against" or "versus", or a target set against
    it, is set against: the level of its unit before it ("118 offences in the year after,
    against 307 before")."""
    bare = figure.doc[figure.first - 1].lower_ in ("against", "versus", "vs")
    if not bare and not against_a_target(figure):
        return None
    after = word_after(figure)
    if after is not None and after.lemma_.lower() in ("plan", "target", "expect"):
        return None  # "27 schools against 30 planned": a plan, its words its own
    before = [f for f in figures if f.last < figure.first and f.unit == figure.unit]
    before = [f for f in before if f.role == "level" and "metric" in f.meaning]
    return before[-1] if before else None


TARGET_WORDS = {"a", "an", "the", "its", "our", "their", "annual", "agreed", "of"}
TARGET_NOUNS = {"target", "aim", "ambition", "goal", "trajectory"}


def against_a_target(figure: Figure) -> bool:
    """Whether the figure is a target set "against" a level before it ("6,812 visits
    against a target of 6,500"): the level's target, whoever's sentence it is."""
    words = figure.doc[max(figure.sentence.start, figure.first - 6) : figure.first]
    at = [t.i for t in words if t.lower_ == "against"]
    said = [t.lower_ for t in figure.doc[at[-1] + 1 : figure.first]] if at else []
    return bool(set(said) & TARGET_NOUNS) and set(said) <= TARGET_WORDS | TARGET_NOUNS


# what a service's referrals are in a passage about domestic abuse: referrals to its
# services, but to the MARAC when its cases are what the passage counts nearest
REFERRALS_BESIDE = {
    "domestic_abuse_incidents": "domestic_abuse_referrals",
    "domestic_abuse_referrals": "domestic_abuse_referrals",
    "idva_cases": "domestic_abuse_referrals",
    "marac_cases": "marac_cases",
}


def referrals_of_their_topic(sentences: list[list[Figure]]) -> None:
    """Referrals that name no kind ("the service received 1,742 referrals"), in a sentence
    or beside one that counts domestic abuse, are of the nearest count of it ("Police
    recorded 6,214 domestic abuse incidents ...; the service received 1,742 referrals",
    "The hub took 3,214 referrals ... They came from 4,406 domestic abuse incidents"), and
    so are the figures of their sentence that took their metric from them ("..., 96 more")."""
    for at, figures in enumerate(sentences):
        near = [f for s in sentences[max(at - 1, 0) : at + 2] for f in s]
        for figure in filter(plain_referrals, figures):
            topics = [f for f in near if f.doc is figure.doc and topic_count(f)]
            if not topics:
                continue
            nearest = min(topics, key=lambda f: abs(f.first - figure.first))
            kind = concept_named(REFERRALS_BESIDE[nearest.meaning["metric"].concept])
            for f in [figure, *(f for f in figures if borrowed_referrals(f))]:
                f.meaning["metric"] = metric_for(kind, f)


def borrowed_referrals(figure: Figure) -> bool:
    return figure.meaning["borrowed"] and figure.meaning["metric"].concept == "referrals"


def plain_referrals(figure: Figure) -> bool:
    """Whether the figure counts referrals its own words name no kind of, nor a service
    its subject names ("Cheshire West and Chester's IDVA service received 1,074 referrals",
    parsed with "Cheshire West" for its subject: the service decides)."""
    core = figure.meaning["core"]
    ruled = figure.meaning["metric"].concept == "referrals" and not figure.meaning["borrowed"]
    plain = ruled and bool(core) and set(content_lemmas(core)) == {"referral"}
    verb = governing_verb(figure.head)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb else []
    return plain and service_named([t for s in subjects for t in s.subtree]) is None


def topic_count(figure: Figure) -> bool:
    """Whether the figure is a count of domestic abuse a passage can be about."""
    return figure.unit == "count" and figure.meaning["metric"].concept in REFERRALS_BESIDE


def read_meaning(
    sentence: Span,
    figures: list[Figure],
    memory: CellMemory,
    home: Area,
    report: Period,
    context: list,
) -> None:
    """Give each measure of one sentence its metric, areas and period."""
    heading = [list(memory.heading)] if memory.heading is not None else []
    if figures:
        read_figures(sentence, figures, memory, home, report, context + heading)
    if not any(f.measure for f in figures) and is_heading(sentence) and names_some(sentence):
        memory.heading = sentence
    memory.previous = sentence


def names_some(sentence: Span) -> bool:
    """Whether a line names something, not only the periods of a table's columns ("Q1 |
    Q2 | Q3 | Total") or where and how much they changed ("Ward | 2021/22 | 2022/23 | %
    change"), which leave the title above them in force."""
    named = set(content_lemmas(list(sentence))) - TOTALS - ROW_PLACES - {"change"}
    return "|" not in sentence.text or bool(named)


ROW_PLACES = {"ward", "area", "locality", "district", "borough", "neighbourhood", "beat"}
ROW_PLACES |= {"town", "division", "sector", "patch", "lsoa", "place", "location", "csp", "centre"}
ROW_PLACES |= {"estate", "village", "hotspot"}


def is_heading(sentence: Span) -> bool:
    """A title line ("Alcohol treatment exits, 2023/24", "Outcomes:"): a few words with
    no full stop, over the lines (bullets, "Label: value") that follow it."""
    words = [t for t in sentence if t.is_alpha]
    last = [t for t in sentence if not t.is_space][-1:]
    if last and last[0].text == ":":  # "Night-time economy violence, Gloucester city
        return 0 < len(words) <= 16  # centre, Friday and Saturday nights:" over its lines
    if not last or last[0].text in (".", "!", "?"):
        return False
    return 0 < len(words) <= (16 if a_line_of_its_own(sentence) else 8)  # "ASB incidents
    # reported to South Yorkshire Police, selected wards" over a table


def a_line_of_its_own(sentence: Span) -> bool:
    """Whether the sentence is a whole line of the text, a line break either side."""
    doc = sentence.doc
    starts = sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws
    ends = "\n" in sentence.text_with_ws[-2:] or sentence.end == len(doc)
    return starts and (ends or doc[sentence.end].is_space)


def read_figures(sentence, figures, memory, home, report, context) -> None:
    measures = [f for f in figures if f.measure]
    period = sentence_period(sentence, measures, memory, report)
    own_words(measures)
    # a change reads its level, a figure counted out of another ("11 of 12 schools") that one
    for figure in measures:
        range_start(figure, measures)
        compared_rate(figure, measures)
    for figure in reading_order(measures):
        figure.meaning["metric"], figure.meaning["borrowed"] = figure_metric(
            figure, measures, memory, context
        )
        figure.meaning["phrase"] = counted_phrase(figure, measures)
        figure.meaning["areas"] = areas_of(figure, measures, home)
        figure.meaning["period"], figure.meaning["period_basis"] = period_of(
            figure, measures, period
        )
    for figure in measures:  # a change's level after "from" or "than" is of its place
        change = level_it_is_set_against(figure, measures)
        if change is not None and level_it_follows(change, measures) is not None:
            figure.meaning["areas"] = change.meaning["areas"]
    for figure in measures:  # "a caseload of 12 to 15 pupils": the range's end's
        end = range_end(figure, measures)
        if end is not None and end.role == figure.role and end.meaning["metric"].catalogued:
            figure.meaning["metric"], figure.meaning["borrowed"] = end.meaning["metric"], True
    for figure in measures:  # "412 families against an annual target of 380"
        if (measured := benchmarked(figure, measures, memory)) is not None:
            figure.meaning["metric"], figure.meaning["borrowed"] = (
                metric_of_level(measured, figure),
                True,
            )
    memory.figures += measures


def elided(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure whose noun a bare one leaves out, joined to it by "and": "1,204
    burglaries in 2021/22 and 1,010 in 2022/23", past bare ones before it ("2,912 in
    treatment for opiates, 734 for non-opiates and 1,050 for alcohol") (not "... and 71
    were charged", a clause of its own)."""
    doc = figure.doc
    if figure.first - 1 <= figure.sentence.start or doc[figure.first - 1].lower_ != "and":
        return None
    after = word_after(figure)
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "AUX", "VERB") or after.text == "%"):
        return None
    earlier = [f for f in figures if f.first < figure.first and "metric" in f.meaning]
    earlier = [f for f in earlier if f.unit == figure.unit and f.role == figure.role]
    if of_them(figure):  # "1,146 complaints, 7.4 per 1,000 of the 154,500 residents, and
        earlier = [f for f in earlier if f.meaning["metric"].concept not in BASES]  # 212 of
        # them": not the rate's population
    while earlier and counted_noun(earlier[-1]) is None and elided_before(earlier[-1]):
        earlier.pop()  # "..., 734 for non-opiates only and 1,050 for alcohol only"
    if not earlier or counted_noun(earlier[-1]) is None:
        return None
    return earlier[-1]


def elided_bullet(figure: Figure, memory: CellMemory) -> Figure | None:
    """The figure of the bullet line before whose noun a bare bullet leaves out ("• 64
    fixed penalty notices for street drinking / • 29 for aggressive begging")."""
    after = word_after(figure)
    if not opens_a_bullet(figure) or after is None or after.pos_ != "ADP":
        return None
    before = [f for f in memory.figures if f.measure][-1:]
    if not before or not opens_a_bullet(before[0]) or counted_noun(before[0]) is None:
        return None
    same = before[0].unit == figure.unit and before[0].role == figure.role
    return before[0] if same else None


def opens_a_bullet(figure: Figure) -> bool:
    """Whether the figure is the first word of a bullet line."""
    words = [t for t in figure.doc[figure.sentence.start : figure.first] if not t.is_space]
    return len(words) == 1 and words[0].text in BULLETS


def elided_before(figure: Figure) -> bool:
    """Whether a bare figure leaves out its noun after a comma, before a preposition."""
    after = word_after(figure)
    joined = figure.first > 0 and figure.doc[figure.first - 1].text == ","
    return joined and after is not None and after.pos_ == "ADP"


def compared_rate(figure: Figure, figures: list[Figure]) -> None:
    """A figure that counts nothing, compared with a rate before it, is in the rate's
    unit: "812 per 100,000 population, well above the England rate of 626"."""
    placed = in_brackets(figure) and after_a_place(figure)  # "the West Midlands force
    # area (21.8)": a place's label, not a noun counted
    if figure.unit != "count" or counts_a_noun(figure) and not placed or label_before(figure):
        return  # not "(13,680 crimes; population 200,000)"
    per = [t for t in lead_words(figure) if t.lower_ == "per"]
    if per:  # "First time entrants per 100,000 of the youth population: Wrexham 182, ..."
        figure.unit = per_unit(list(figure.doc[per[-1].i + 1 : per[-1].i + 6])) or figure.unit
        return
    rates = [f for f in figures if f.first < figure.first and f.unit.startswith("per_")]
    if figure.role == "change" and gap_to_a_rate(figure):  # "31.4 per 1,000, 6.2 higher
        rates = [f for f in rates if f.role == "level"]  # than the Suffolk rate of 25.2"
        figure.unit = rates[-1].unit if rates else figure.unit
        return
    if figure.role == "change" and moved_rate(figure, figures):  # "fell from 341 to 286 per
        figure.unit = rates[-1].unit  # 100,000 ..., a drop of 55": the rate's change
        return
    rates = [f for f in rates if f.role == figure.role]
    apart = rates and across_a_semicolon(figure, rates[-1].doc[rates[-1].first])
    if not rates or apart and not said_as_a_rate(figure):
        return  # "... 112.4 crimes per 1,000 residents; violence made up 9,730": a count
        # (but "...; most similar group average 6.4", "...; the family rate was 148")
    before = figure.doc[max(figure.sentence.start, figure.first - 3) : figure.first]
    ends = before[-1:].text.lower() in ("from", "to")  # "fell to 7.4 per 1,000 ... from 8.6"
    ends = ends or any(t.lower_ in ("above", "below") for t in before)  # "just above the 6.0
    # aimed for"
    stood = before[-1:].text.lower() == "at" and before[-2:-1].lemma_.lower() in ("stand", "sit")
    ends = ends or stood  # "..., while London's stood at 279"
    ends = ends and not a_count_between(rates[-1], figure, figures)
    placed = in_brackets(figure) and (in_brackets(rates[-1], closed=False) or after_a_place(figure))
    joined = before[-1:].text.lower() in ("and", "or") and rates[-1] is last_before(figure, figures)
    if compared(figure) or ends or placed or joined:  # "Hanley Park (112.4 per 1,000),
        figure.unit = rates[-1].unit  # Joiner's Square (71.8)", "below both the North East
        # (251) and ...", "compares with 71.6 for the force area and 82.3 for Wales"


def a_count_between(rate: Figure, figure: Figure, figures: list[Figure]) -> bool:
    """Whether a count of a noun of its own stands between the rate and the figure, outside
    brackets: the nearer level the figure's "from" or "to" is the other end of ("3.9 per
    1,000 residents, and 192 ... offences ..., down from 231")."""
    last = last_before(figure, figures)
    if last is None or last is rate or last.first < rate.first or last.unit != "count":
        return False
    gap = [t.lower_ for t in figure.doc[rate.unit_end : last.first]]
    apart = "," in gap or "and" in gap  # not the rate's base ("per 100,000 of the 21,120")
    return apart and counts_a_noun(last) and not in_brackets(last, closed=False)


def said_as_a_rate(figure: Figure) -> bool:
    """Whether the figure's own item calls it a rate or an average before it."""
    start, _ = item_span(figure)
    return any(t.lemma_.lower() in ("rate", "average") for t in figure.doc[start : figure.first])


def moved_rate(change: Figure, figures: list[Figure]) -> bool:
    """Whether the two measures right before a bare change are a rate's two levels ("fell
    from 341 to 286 per 100,000 10 to 17 year olds, a drop of 55")."""
    before = [f for f in figures if f.measure and f.last < change.first]
    before = [f for f in before if not of_a_rate_base(f)][-2:]  # not "... per 100,000 of the
    # 21,120 young people, down from 198 the year before, 37 lower"
    rates = [f for f in before if f.role == "level" and f.unit.startswith("per_")]
    return (
        len(rates) == 2
        and rates[0].unit == rates[1].unit
        and not across_a_semicolon(change, rates[1].doc[rates[1].first])
    )


def last_before(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The measure right before the figure in its sentence: "compares with 71.6 for the
    force area and 82.3 for Wales", the comparators of one rate."""
    before = [f for f in figures if f.measure and f.last < figure.first]
    return before[-1] if before else None


def range_end(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure that ends a range the bare figure opens: "60 to 80 cases per FTE"."""
    after = [f for f in figures if f.first >= figure.unit_end][:1]
    if not after or figure.unit not in ("count", after[0].unit) or counts_a_noun(figure):
        return None
    between = figure.doc[figure.unit_end : after[0].first]
    return after[0] if [t.lower_ for t in between] in (["to"], ["-"], ["–"], ["—"]) else None


def range_start(figure: Figure, figures: list[Figure]) -> None:
    """A bare number that opens a range is in the unit its end states: "the SafeLives
    recommended 60 to 80 cases per FTE"."""
    if (end := range_end(figure, figures)) is not None:
        figure.unit = end.unit


def after_a_place(figure: Figure) -> bool:
    """Whether an area's name stands right before the figure's bracket: "the North East
    (251)", "the West Midlands force area (21.8)"."""
    at = figure.first - 2
    while at > 0 and figure.doc[at].lower_ in ("force", "area", "average", "rate"):
        at -= 1
    return at >= 0 and names_a_place(figure.doc[at])


def gap_to_a_rate(change: Figure) -> bool:
    """Whether a bare change is a gap to a rate it is compared with, right after it:
    "6.2 higher than the Suffolk rate of 25.2", "4.1 above the national rate"."""
    after = change.doc[change.unit_end : min(change.unit_end + 6, change.sentence.end)]
    words = [t.lower_ for t in after]
    named = {"rate", "average"} & set(words)  # "0.14 above the most similar group average"
    return bool(words) and words[0] in COMPARATIVES | {"above", "below"} and bool(named)


def in_brackets(figure: Figure, closed: bool = True) -> bool:
    """Whether the figure opens a bracket (and, if closed, is all of it): "(71.8)"."""
    doc = figure.doc
    opens = figure.first > 0 and doc[figure.first - 1].text == "("
    return opens and (not closed or figure.unit_end < len(doc) and doc[figure.unit_end].text == ")")


def counts_a_noun(figure: Figure) -> bool:
    """Whether the figure counts a noun of its own (not one the parser hung on it across a
    bracket: "68.4 (13,680 crimes; ...)")."""
    after = word_after(figure)
    noun = counted_noun(figure)
    if noun is not None and "(" in figure.doc[figure.unit_end : noun.i].text:
        noun = None
    own = noun is not None and noun.lemma_.lower() not in GENERIC | {"rate"}
    return own or (after is not None and after.pos_ in ("NOUN", "PROPN"))


def benchmarked(figure: Figure, figures: list[Figure], memory: CellMemory) -> Figure | None:
    """The figure a target or benchmark is the target of: the level a bracket opening on
    its name follows ("No more than 5 people found sleeping rough (baseline 11)"); else,
    for an uncatalogued one, its nearest catalogued figure of the sentence ("412 families
    against an annual target of 380", "Public confidence – Target 80% | Actual 82.6%",
    "108% of target"), else the last of the sentences before."""
    if (followed := bracketed_benchmark(figure, figures)) is not None:
        return followed
    metric = figure.meaning["metric"]
    if metric.catalogued or not set(metric.name.split()) & BENCHMARKS:
        return None
    levels = [f for f in figures if f is not figure and f.role == "level"]
    # not another ";" item's: "Fly-tipping reports ... cut by 15% from the baseline of
    # 1,120; at least 80 penalty notices"
    levels = [f for f in levels if not across_a_semicolon(figure, f.doc[f.first])]
    others = [f for f in levels if f.meaning["metric"].catalogued]
    if not others:  # "Officer numbers reached 1,395, 68 above the baseline of 1,327"
        others = [f for f in levels if is_named(f) and f.unit == figure.unit]
    if not others:  # "Safe and well visits completed: 2,874 / Target: 3,000": the line before
        earlier = [f for f in memory.figures if f.meaning["metric"].catalogued]
        return next((f for f in reversed(earlier) if f.role == "level"), None)
    return min(others, key=lambda f: abs(f.first - figure.first), default=None)


def bracketed_benchmark(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The level of the figure's unit right before a bracket that opens on a benchmark's
    name and the figure ("... 5 people found sleeping rough (baseline 11)")."""
    doc, first = figure.doc, figure.first
    if first - 2 < figure.sentence.start or doc[first - 2].text != "(":
        return None
    if doc[first - 1].lemma_.lower() not in BENCHMARKS or figure.meaning["core"]:
        return None
    before = [f for f in figures if f.last < first - 2 and f.role == "level"]
    before = [f for f in before if f.unit == figure.unit and f.sentence == figure.sentence]
    return before[-1] if before else None


def is_named(figure: Figure) -> bool:
    """Whether an uncatalogued figure's name says what it counts, not that it is a target."""
    words = set(figure.meaning["metric"].name.split())
    return figure.meaning["metric"].name != UNNAMED and not words & BENCHMARKS
