"""The second labellings line up with the first, and the pipeline keeps its scores on the
figures two labellers agree on (tests/agreement.py)."""

from __future__ import annotations

import pytest
from agreement import agreement, labelled_twice, second_labels
from corpus_score import passages
from test_corpus_files import CONCEPTS

# (pairwise recall, precision) on the figures both labellers agree on, when set, less a
# small margin
AGREED_FLOORS = {"dev": (0.72, 0.71), "heldout": (0.85, 0.85)}


@pytest.mark.parametrize("name", labelled_twice())
def test_a_second_labelling_names_every_measure_with_a_concept(name):
    second = second_labels(name)
    for passage in passages(name):
        measures = [f["text"] for f in passage.get("figures") or [] if f.get("measure")]
        others = second.get(passage["id"], [])
        assert [o["text"] for o in others] == measures, passage["id"]
        for other in others:
            assert other["concept"] in CONCEPTS, (passage["id"], other)
            assert other["concept"] != "other" or other.get("about"), (passage["id"], other)


@pytest.mark.parametrize("kind", sorted(AGREED_FLOORS))
def test_the_pipeline_names_what_both_labellers_agree_on(kind):
    names = [n for n in labelled_twice() if n.rstrip("0123456789") == kind]
    recall, precision = agreement(names).pipeline_against(1, agreed_only=True)
    floor_recall, floor_precision = AGREED_FLOORS[kind]
    assert recall >= floor_recall and precision >= floor_precision, (recall, precision)
