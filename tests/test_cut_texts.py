"""The figure passes never fail on a text cut right after a figure, as a table cell or a
bullet ends ("Funding: £350k"): every development passage of the corpus, cut after each
of its numbers, is read without an exception (an IndexError there once failed a report)."""

from __future__ import annotations

import re

from corpus_score import passages

from transform.measures import read_text
from transform.places import Area, financial_year

SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "slips")
NUMBER = re.compile(r"\d[\d,.]*[a-zA-Z%]*")  # "350k", "2.4m", "12%", "1,204", "3rd"


def cut_texts() -> list[str]:
    texts = []
    for name in SETS:
        for passage in passages(name):
            text = passage["text"]
            texts += [text[: m.end()] for m in NUMBER.finditer(text)]
    return texts


def test_a_text_ending_in_a_figure_is_read():
    texts = cut_texts()
    assert len(texts) > 2000
    for start in range(0, len(texts), 32):  # as paragraphs of one call, each parsed alone
        batch = texts[start : start + 32]
        sentences, _ = read_text(batch, Area("Bolton", "district"), financial_year(2022))
        assert len(sentences) >= len(batch), batch  # a sentence or more of each


def test_money_with_a_multiplier_ends_a_text():
    sentences, _ = read_text(["Funding: £350k"], Area("Bolton", "district"), financial_year(2022))
    assert [(f.value, f.unit) for s in sentences for f in s if f.measure] == [(350000, "gbp")]
