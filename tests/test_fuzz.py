"""Fuzz the extractor with mutations of the sample's bytes: every input ends in a Document
or an UnreadableReport with a one-line reason, never a hang or another exception; and the
figure passes with text cut anywhere."""

import os
import time

from conftest import SAMPLE
from corpus_score import CORPUS, passages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Document, UnreadableReport, extract_document
from extract.limits import Limits
from transform.measures import read_text
from transform.places import Area, financial_year

SAMPLE_BYTES = SAMPLE.read_bytes()
# The whole test's time; examples past it return at once. Longer runs: PCC_FUZZ_SECONDS.
BUDGET_S = float(os.environ.get("PCC_FUZZ_SECONDS") or 30)
LIMITS = Limits(max_pages=50, max_seconds=15, max_memory_mb=512)
STARTED = []
HEADER = len(b"%PDF-1.4\n")


@st.composite
def mutants(draw) -> bytes:
    """The sample with a few bytes overwritten, spans deleted or repeated, maybe cut."""
    data = bytearray(SAMPLE_BYTES)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(HEADER, max(HEADER, len(data) - 1)))  # header: test_bad_input
        kind = draw(st.sampled_from(["overwrite", "delete", "repeat", "insert"]))
        size = draw(st.integers(1, 64))
        if kind == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(chunk)] = chunk
        elif kind == "delete":
            del data[at : at + size]
        elif kind == "repeat":
            data[at:at] = data[at : at + size]
        else:
            data[at:at] = draw(st.sampled_from(PDF_TOKENS))
    cut = len(data) if draw(st.integers(0, 3)) else draw(st.integers(HEADER, len(data)))
    return bytes(data[:cut])


# Tokens that steer the parser somewhere odd: nesting, references, streams, huge numbers.
PDF_TOKENS = [
    b"<<",
    b">>",
    b"[",
    b"]",
    b" 1 0 R ",
    b" 99999999 0 R ",
    b"stream\n",
    b"endstream",
    b"/Filter /FlateDecode",
    b"/Length 999999999",
    b"/Count 100000",
    b"obj",
    b"(",
    b"\\",
    b"%%EOF",
    b"-1e308",
]


@settings(
    max_examples=int(BUDGET_S * 10),  # more than fit in the budget
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=mutants())
def test_mutated_pdfs_end_in_a_document_or_a_clear_error(tmp_path, data):
    STARTED.append(time.monotonic())
    if STARTED[-1] - STARTED[0] > BUDGET_S:
        return
    path = tmp_path / "mutant.pdf"
    path.write_bytes(data)
    began = time.monotonic()
    try:
        result = extract_document(path, LIMITS)
    except UnreadableReport as exc:
        assert str(exc).startswith("mutant.pdf: ")
        assert "\n" not in str(exc) and len(str(exc)) < 300
    else:
        assert isinstance(result, Document)
    assert time.monotonic() - began < LIMITS.max_seconds + 5


# Text cut anywhere, as a table cell, a bullet or a line of a PDF may cut it: a sample of
# the corpus's passages, every prefix and suffix of their words, and the cuts that once
# raised (a text ending on a place, on "per" after a rate of crime or another, on "set").
CUTS = [
    "Residents feeling safe rose to 85%, compared with 78% across Wales",
    "Police recorded 18,240 crimes, equivalent to 79.6 crimes per",
    "The budget is £253.6m, an increase of £12.4m on the £241.2m set",
    "- 412 referrals received",
    "Police recorded 12,400 crimes in Newport, a rate of 81.2 per 1,000 of the city's 152,700 "
    "residents, compared with 74.9 per",
]


BATCH = 32  # texts read as paragraphs of one call: the parser's batches are faster


def cut_texts() -> list[str]:
    texts = [p["text"] for f in sorted(CORPUS.glob("*.yml")) for p in passages(f.stem)]
    texts = texts[:: max(1, len(texts) // 25)]
    cuts = [" ".join(t.split()[:k]) for t in texts for k in range(1, len(t.split()))]
    return CUTS + cuts + [" ".join(t.split()[k:]) for t in texts for k in range(1, len(t.split()))]


def test_text_cut_anywhere_is_read_without_an_error():
    texts = cut_texts()
    for start in range(0, len(texts), BATCH):  # each text a paragraph, parsed on its own
        read_text(
            texts[start : start + BATCH], Area("Ceredigion", "district"), financial_year(2023)
        )
