"""Pass 4, a learned second opinion on what each measure measures.

The rules of transform.meaning read a figure's concept from its own words; where a
writer's wording is new to them they can give a near neighbour of the concept meant
(calls for service for the calls a noise patrol attends, which are noise complaints).
A linear model trained on the labelled corpus (tests/corpus/dev*.yml, by
`python tests/train_concepts.py`) reads the same parse, with the rules' answer among its
features, and picks between the catalogued neighbours: where the rules found a concept
and the model names another, the model's stands. Where it names none ("other"), a figure
whose noun names a thing of its own keeps the name of its own words ("1,412 advisory
notices", which the rules read as enforcement); a group of people ("412 residents") keeps
the rules' concept, since its own words say too little to name it, and so does a concept
the model was not trained on. The model never gives a concept to a figure the rules
found none for.

The model is data (transform/concept_model.json: its classes and the weight of each
feature for each), so it needs no learning library at run time and reads the same under
any version of one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from transform.figures import Figure
from transform.meaning import (
    PEOPLE,
    concept_named,
    counted_noun,
    governing_verb,
    metric_for,
    metric_of_level,
    names_a_thing,
    uncatalogued,
)

MODEL_FILE = Path(__file__).with_name("concept_model.json")
WINDOW = 6  # words either side of the number that describe it
UNCATALOGUED = "other"
# How much surer of its concept than of the rules' the model must be, per figure, to
# override them. Near a tie the two are neighbours the training sets label both ways (the
# sample's residents signing up to a scheme score within 0.2 of staff trained), and the
# rules' answer is the one a reader can trace.
MARGIN = 0.25


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def features(figure: Figure) -> dict[str, float]:
    """What the model reads: the rules' metric, the figure's unit and role, the noun it
    counts and that noun's modifiers, its verb and the verb's subject, and the words near
    it and in its sentence."""
    ruled = figure.meaning["ruled"]
    found = {
        f"rule={ruled.concept}": 1.0,
        f"unit={figure.unit}": 1.0,
        f"role={figure.role}": 1.0,
        f"rule_unit={ruled.concept}|{figure.unit}": 1.0,
    }
    found |= {f"name={word}": 1.0 for word in ruled.name.lower().split()}
    if (noun := counted_noun(figure)) is not None:
        found[f"noun={lemma(noun)}"] = 1.0
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        found |= {f"mod={lemma(c)}": 1.0 for c in modifiers}
    if (verb := governing_verb(figure.head)) is not None:
        found[f"verb={lemma(verb)}"] = 1.0
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found |= {f"subj={lemma(c)}": 1.0 for c in subjects}
    sentence, doc = figure.sentence, figure.doc
    near = doc[
        max(sentence.start, figure.first - WINDOW) : min(sentence.end, figure.last + WINDOW + 1)
    ]
    found |= {f"sent={lemma(t)}": 0.5 for t in sentence if t.is_alpha and not t.is_stop}
    found |= {f"win={lemma(t)}": 1.0 for t in near if t.is_alpha and not t.is_stop}
    return found


@cache
def model() -> dict:
    return json.loads(MODEL_FILE.read_text())


def scores(found: dict[str, float], weights: dict) -> list[float]:
    """Each class's score under a linear model for the features."""
    total = list(weights["intercept"])
    for name, value in found.items():
        for index, weight in weights["weights"].get(name, ()):
            total[index] += weight * value
    return total


def predicted(figures: list[Figure], ruled: str) -> str:
    """The model's concept for figures the rules read as one quantity, or "other": the
    class of highest score summed over them, unless the rules' concept scores within the
    margin of it."""
    weights = model()
    total = [sum(column) for column in zip(*(scores(features(f), weights) for f in figures))]
    best = max(range(len(total)), key=total.__getitem__)
    classes = weights["classes"]
    if ruled in classes and total[best] - total[classes.index(ruled)] < MARGIN * len(figures):
        return ruled
    return classes[best]


def second_opinion(figures: list[Figure]) -> None:
    """Keep the rules' metric as `ruled`, and give the measures the rules found a concept
    for the model's where it names another catalogued one, or their own words' name where
    it names none and they count things. Figures of one sentence the
    rules gave one concept ("fell from 412 to 380, 32 fewer") are decided together, so a
    level, its change and what it is compared with stay one quantity."""
    together: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        figure.meaning["ruled"] = ruled = figure.meaning["metric"]
        if ruled.concept is not None:  # what the catalog does not hold keeps its own name
            together[(id(figure.doc), figure.sentence.start, ruled.concept)].append(figure)
    for (*_, ruled), group in together.items():
        concept = predicted(group, ruled)
        # a concept the model was not trained on stays, and so do people, whose own
        # words say too little to name them
        kept = ruled not in model()["classes"] or ruled in PEOPLE
        if concept == UNCATALOGUED and not kept and things(group):
            drop_concept(group)  # "sent 1,412 advisory notices": not the catalog's
        elif concept not in (UNCATALOGUED, ruled):
            for figure in group:
                figure.meaning["metric"] = metric_for(concept_named(concept), figure)


def drop_concept(figures: list[Figure]) -> None:
    """Each figure named by its own words, not the catalog, but one that borrowed the
    rules' metric from a figure before it of the same noun, which is of that one's kind
    ("2,900 first warnings and 310 second warnings": both warnings; not "9 quad
    bikes, 4 tractors")."""
    named: dict[str, Figure] = {}
    for figure in figures:
        noun = lemma(figure.meaning["core"][-1])
        if figure.meaning["borrowed"] and noun in named:
            figure.meaning["metric"] = metric_of_level(named[noun], figure)
        else:
            figure.meaning["metric"] = uncatalogued(figure, naming_words(figure))
            named.setdefault(noun, figure)


def naming_words(figure: Figure) -> list[Token]:
    """The figure's noun phrase, after its verb when the noun is only "people" ("banned 58
    people": people banned), which alone names nothing."""
    core = figure.meaning["core"]
    verb = governing_verb(figure.head)
    plain = core and lemma(core[-1]) in ("people", "person", "individual")
    return [verb] + core if plain and verb is not None and verb.lemma_ != "be" else core


def things(figures: list[Figure]) -> bool:
    """Whether each figure counts a thing its noun names (not a record, a generic word or a
    unit: "412 cases", "the total")."""
    return all(f.unit == "count" and names_a_thing(f.meaning["core"][-1:]) for f in figures)
