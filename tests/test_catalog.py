"""The metric catalog loses no word of a term but function words: a word the tagger reads
as a function word ("asb case" in lower case was read as "case") would make the term match
far more than it says."""

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from transform.meaning import CONCEPTS_FILE, catalog


def kept(word: str, forms: set[str]) -> bool:
    """Whether a form of the word is among the term's forms (a lemma may be shorter), or,
    for a hyphenated word, of its parts that are not function words ("off-road": "road")."""
    bare = word.replace("-", "")
    if any(f in (word, bare) or bare.startswith(f) or f.startswith(bare[:4]) for f in forms):
        return True
    parts = [p for p in word.split("-") if p not in STOP_WORDS]
    return "-" in word and all(kept(p, forms) for p in parts)


def test_every_term_keeps_the_words_that_name_something():
    concepts = {c.code: c for c in catalog()}
    lost = []
    for entry in yaml.safe_load(CONCEPTS_FILE.read_text())["concepts"]:
        for phrase, term in zip(entry["terms"], concepts[entry["code"]].terms):
            forms = set().union(*term) if term else set()
            words = [w for w in phrase.lower().split() if w not in STOP_WORDS]
            lost += [
                (entry["code"], phrase, w) for w in words if not w.isdigit() and not kept(w, forms)
            ]
    assert lost == []
