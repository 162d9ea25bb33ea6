"""A report's figures, read with their meaning and claims: the three passes run in turn.

Every paragraph of the report is parsed once (spaCy, in one batch). Then, sentence by
sentence, each pass adds to the figures of the sentence:
  transform.figures  which numbers are measures; value, unit, qualifier, change;
  transform.meaning  metric, areas, period;
  transform.claims   parts and wholes, differences, percentage changes (per cell);
  transform.learned  a model's second opinion on the concept, where the rules' differs.
An overview section and each table cell are read as one text, so a sentence can refer
back to the one before ("This compares with ...", "Of these, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.model import Box, Document, Paragraph
from transform.claims import Claim, claims_in, repeated_claims
from transform.figures import NUMBER_WORDS, Figure, figures_in
from transform.learned import second_opinion
from transform.meaning import CellMemory, Metric, read_meaning, referrals_of_their_topic
from transform.nlp import inside_a_line, parse
from transform.places import Area, Period

SECTIONS = ("activity", "expected_outcome", "outcome")  # the table's columns, in order
NUMBER = re.compile(rf"\d|\b({'|'.join(sorted(NUMBER_WORDS))})\b", re.I)


@dataclass(frozen=True)
class Measure:
    value: float
    unit: str
    qualifier: str
    metric: Metric
    area: Area
    period: Period
    period_basis: str  # stated | report | inferred
    role: str  # level | change | percent_change
    direction: str | None
    section: str  # overview | activity | expected_outcome | outcome
    sentence: str
    page: int
    boxes: tuple[Box, ...]
    figure: Figure  # its place in the parse, for claims


@dataclass
class Part:
    """One text read as a whole: an overview section or a table cell."""

    paragraphs: list[Paragraph]
    section: str
    row_number: int | None
    context: str  # the programme's Activity title, for figures whose words name nothing


@dataclass
class Reading:
    measures: list[tuple[int | None, Measure]]  # (table row number or None, measure)
    claims: list[tuple[int | None, Claim]]


def document_parts(document: Document) -> list[Part]:
    parts = [Part(s.paragraphs, "overview", None, "") for s in document.sections]
    for row in document.rows:
        title = row.activity.title.text if row.activity.title else row.activity.text[:200]
        for section, cell in zip(SECTIONS, row.cells):
            parts.append(Part(cell.all_paragraphs, section, row.number, title))
    return parts


def read_document(document: Document, home: Area, report: Period) -> Reading:
    parts = document_parts(document)
    texts = {t for part in parts for t in [part.context, *part_texts(part)] if t}
    parsed = dict(zip(texts, parse(list(texts))))  # one batch through the model
    reading = Reading([], [])
    for part in parts:
        paragraphs = [(p, parsed[p.text]) for p in part.paragraphs if has_number(p.text)]
        context = [list(parsed[part.context])] if part.context else []
        measures, claims = read_part(part, paragraphs, context, home, report)
        reading.measures += [(part.row_number, m) for m in measures]
        reading.claims += [(part.row_number, c) for c in claims]
    rows = {id(m.figure): row for row, m in reading.measures}
    figures = list({id(m.figure): m.figure for _, m in reading.measures}.values())
    reading.claims += [(rows[id(c.stated)], c) for c in repeated_claims(figures)]
    return reading


def part_texts(part: Part) -> list[str]:
    return [p.text for p in part.paragraphs if has_number(p.text)]


def has_number(text: str) -> bool:
    """Whether a paragraph can hold a figure at all: the ones that cannot (most prose)
    need no parse."""
    return bool(NUMBER.search(text))


def read_part(part: Part, parsed: list, context: list, home: Area, report: Period):
    memory = CellMemory()
    sentences, paragraphs = [], {}
    for paragraph, doc in parsed:
        for sentence in sentences_of(doc):
            figures = figures_in(sentence)
            read_meaning(sentence, figures, memory, home, report, context)
            sentences.append([f for f in figures if f.measure])
            paragraphs |= {id(f): paragraph for f in sentences[-1]}
    claims = read_across(sentences)
    measures = [
        m for figures in sentences for f in figures for m in as_measures(f, paragraphs[id(f)], part)
    ]
    return measures, claims


def sentences_of(doc) -> list[Span]:
    """The parser's sentences; a list number ("1.") stays with its item, a sentence the
    parser ended on a comma runs on ("..., of which £1.48m is for safe accommodation,
    £0.52m for IDVAs ..."), and so does one it started inside a table's line of cells."""
    found: list[Span] = []
    for sentence in doc.sents:
        if found and continues(found[-1], sentence):
            found[-1] = doc[found[-1].start : sentence.end]
        else:
            found.append(sentence)
    return found


def continues(before: Span, sentence: Span) -> bool:
    """Whether the parser's sentence goes on from the one before (see sentences_of)."""
    listed = len(before) <= 2 and before[0].like_num
    return listed or runs_on(before) or inside_a_line(sentence[0])


def runs_on(sentence: Span) -> bool:
    """Whether a sentence ends on a comma within its line, or on a word no sentence ends
    on (a possessive, "the", "of", "and": "... on last year's\n£280.79."), its line
    wrapped: no writer ends one there."""
    last = sentence[-1]
    if last.text == "," and "\n" not in last.whitespace_:
        return True
    last = next((t for t in reversed(sentence) if not t.is_space), last)  # not its "\n"
    return last.tag_ == "POS" or last.is_alpha and last.pos_ in ("DET", "ADP", "CCONJ")


def as_measures(figure: Figure, paragraph: Paragraph, part: Part) -> list[Measure]:
    """One measure per area the figure is stated for."""
    sentence = figure.sentence
    start = sentence.start_char + figure.start
    end = sentence.start_char + figure.end
    boxes = tuple(paragraph.boxes_of(start, end))
    m = figure.meaning
    return [
        Measure(
            value=figure.value,
            unit=figure.unit,
            qualifier=figure.qualifier,
            metric=m["metric"],
            area=area,
            period=m["period"],
            period_basis=m["period_basis"],
            role=figure.role,
            direction=figure.direction,
            section=part.section,
            sentence=sentence.text.strip(),
            page=boxes[0].page if boxes else paragraph.page,
            boxes=boxes,
            figure=figure,
        )
        for area in m["areas"]
    ]


def read_text(
    paragraphs: list[str], home: Area, report: Period
) -> tuple[list[list[Figure]], list[Claim]]:
    """Every figure of plain text (measures and not), sentence by sentence, with meaning,
    and its claims: the passes without a PDF (the labelled corpus is read this way)."""
    return read_docs(parse(paragraphs), home, report)


def read_docs(
    docs: list[Doc], home: Area, report: Period
) -> tuple[list[list[Figure]], list[Claim]]:
    """read_text of paragraphs parsed already (a parse is only read, so one serves many)."""
    memory, found = CellMemory(), []
    for doc in docs:
        for sentence in sentences_of(doc):
            figures = figures_in(sentence)
            read_meaning(sentence, figures, memory, home, report, [])
            found.append(figures)
    return found, read_across([[f for f in s if f.measure] for s in found])


def read_across(sentences: list[list[Figure]]) -> list[Claim]:
    """The passes that read a part's sentences together, after each was read alone: what
    its plain referrals are, by the domestic abuse counted beside them; its claims (which
    may refine a part's metric, so measures come after); the concept model's opinion."""
    referrals_of_their_topic(sentences)
    claims = claims_in(sentences)
    second_opinion([f for figures in sentences for f in figures])
    return claims
