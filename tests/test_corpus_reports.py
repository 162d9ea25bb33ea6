"""The labelled corpus typeset as reports: its passages as Outcomes cells of a programmes
table (and overview paragraphs), rendered to PDF, read back with pdfplumber and turned
into star-schema rows. Every labelled measure must come back from the PDF with its value
and unit, and the claims recognised in the text must be recognised from the PDF too:
layout (line wraps, cells, pages) must lose nothing the wording carries."""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_score import passages
from pdfgen import Programme, Report, render_report

from extract import extract_document
from transform.star import to_star

KINDS = {"part_whole": "part_whole", "difference": "change_difference"}
KINDS |= {"percent_change": "percent_change", "rate": "rate"}
PER_REPORT = 40


def typeset(chosen: list[dict], district: str) -> Report:
    overview = [p["text"] for p in chosen if p["section"] == "overview"]
    rows = [p for p in chosen if p["section"] != "overview"]
    programmes = [  # "Programme 5" is a label, not a figure
        Programme([f"Programme {n}"], ["Safer communities."], [p["text"]])
        for n, p in enumerate(rows, 1)
    ]
    return Report(district, "2021/22", overview or ["Partners work together."], programmes)


def labelled(chosen: list[dict]) -> Counter:
    return Counter(
        (round(float(f["value"]), 1), f["unit"])
        for p in chosen
        for f in p.get("figures") or []
        if f.get("measure")
    )


def claims_labelled(chosen: list[dict]) -> Counter:
    return Counter(
        KINDS[c["kind"]] for p in chosen for c in p.get("claims") or [] if c["kind"] in KINDS
    )


@pytest.mark.parametrize("corpus,start", [("dev", 0), ("heldout", 40)])
def test_corpus_passages_come_back_from_a_pdf(tmp_path, corpus, start):
    chosen = [p for p in passages(corpus) if "\n" not in p["text"]][start : start + PER_REPORT]
    path = render_report(typeset(chosen, "Barnsley"), tmp_path / f"{corpus}.pdf")
    star = to_star(extract_document(path), "r")
    facts = star.tables["fact_measure"]
    found = Counter((round(v, 1), u) for v, u in zip(facts.value, facts.unit))
    want = labelled(chosen)
    right = sum((want & found).values())
    assert right / sum(want.values()) >= 0.95, sorted((want - found).elements())
    assert right / sum(found.values()) >= 0.9, sorted((found - want).elements())  # 0.97, 0.92
    kinds = Counter(star.tables["fact_claim"].claim_kind)
    wanted = claims_labelled(chosen)
    recognised = sum((wanted & kinds).values()) / max(1, sum(wanted.values()))
    assert recognised >= 0.6, (kinds, wanted)  # measured: 11 of 15 (dev), 11 of 13 (heldout)
