"""pdfplumber's character objects, built without its generic attribute walk.

pdfplumber turns every pdfminer layout object into a dict by resolving each of its
attributes recursively (`Page.process_object`): for a character, whose attributes are
plain numbers, strings and tuples, that walk is nearly half the cost of reading a page.
`lean(page)` has the page build its characters directly, the same dicts with the same
values (tests/test_extract_lean.py compares them on every fixture); any other object,
or a character whose font name or tag is not a plain value, takes pdfplumber's own way.
"""

from __future__ import annotations

from functools import cache
from types import MethodType
from unicodedata import normalize

import pdfplumber
from pdfminer.layout import LTChar
from pdfplumber.utils import resolve_and_decode

CHAR_ATTRS = ("matrix", "fontname", "adv", "upright", "x0", "y0", "x1", "y1")
CHAR_ATTRS += ("width", "height", "size", "mcid", "tag")
PLAIN = (float, int, str, bool, type(None))


def lean(page: pdfplumber.page.Page) -> pdfplumber.page.Page:
    page.process_object = MethodType(process_object, page)
    return page


@cache
def colour_space(name) -> str:
    return resolve_and_decode(name)


def process_object(page: pdfplumber.page.Page, obj) -> dict:
    if type(obj) is not LTChar:
        return type(page).process_object(page, obj)
    attr = {k: obj.__dict__[k] for k in CHAR_ATTRS if k in obj.__dict__}
    # pdfminer computes the numbers; a name or tag may come raw from the file
    if not isinstance(attr.get("fontname"), str) or not isinstance(attr.get("tag"), PLAIN):
        return type(page).process_object(page, obj)  # bytes, references: the generic walk
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    attr["ncs"] = colour_space(obj.ncs.name)
    text = obj.get_text()
    form = page.pdf.unicode_norm
    attr["text"] = normalize(form, text) if form is not None else text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    mb_x0, mb_top = page.mediabox[:2]
    attr["top"] = (page.height - attr["y1"]) + mb_top
    attr["bottom"] = (page.height - attr["y0"]) + mb_top
    attr["doctop"] = page.initial_doctop + attr["top"]
    if mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
