"""How a chart is told from what is not one, on shapes and words made by hand (the
Word-made fixtures in tests/fixtures/word_charts test whole reports)."""

from extract.charts import is_table, without_charts


def word(text: str, x0: float, top: float, size: float = 10.0) -> dict:
    width = 0.55 * size * len(text)
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size}


def words_of(text: str, x0: float, top: float, size: float = 10.0) -> list[dict]:
    out = []
    for t in text.split():
        out.append(word(t, x0, top, size))
        x0 = out[-1]["x1"] + 0.3 * size
    return [w | {"size": size} for w in out]


def rect(x0: float, top: float, x1: float, bottom: float, fill: bool = True) -> dict:
    return {"object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": fill}


def line(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom}


def bar_chart(left: float, top: float) -> tuple[list[dict], list[dict]]:
    """Three bars on an axis under two gridlines, ticks at the left, months below."""
    base = top + 100
    graphics = [line(left, base, left + 200, base), line(left, top, left + 200, top)]
    graphics += [line(left, top + 50, left + 200, top + 50), line(left, top, left, base)]
    graphics += [
        rect(left + 20 + 60 * i, base - h, left + 50 + 60 * i, base)
        for i, h in enumerate((80, 40, 95))
    ]
    words = [
        w | {"size": 9}
        for w in (
            word("200", left - 22, top - 4, 9),
            word("100", left - 22, top + 46, 9),
            word("0", left - 10, base - 4, 9),
        )
    ]
    words += [
        word(m, left + 25 + 60 * i, base + 4, 9) | {"size": 9}
        for i, m in enumerate(("Apr", "May", "Jun"))
    ]
    return graphics, words


def test_a_frameless_charts_labels_go_and_prose_running_past_it_stays():
    graphics, labels = bar_chart(100, 200)
    # wrapped beside the chart, its first word inside the chart's padded region
    prose = words_of("Anti-social behaviour fell by 12% to 1,204 incidents", 280, 230)
    kept, regions = without_charts(labels + prose, graphics, [])
    assert regions
    assert [w["text"] for w in kept] == [w["text"] for w in prose]


def test_a_title_in_display_type_over_artwork_stays():
    graphics, _ = bar_chart(100, 200)
    title = words_of("Annual Report 2022/23", 110, 230, size=28)
    body = words_of("The partnership met six times in the year", 60, 400)
    kept, regions = without_charts(title + body, graphics, [])
    assert regions
    assert [w["text"] for w in kept] == [w["text"] for w in title + body]


def test_a_shaded_box_and_its_border_are_no_chart():
    text = words_of("Key fact: 1,204 people were supported by the hub", 70, 110)
    graphics = [rect(60, 100, 400, 130), line(60, 100, 400, 100), line(60, 130, 400, 130)]
    graphics += [line(60, 100, 60, 130), line(400, 100, 400, 130)]
    kept, regions = without_charts(text, graphics, [])
    assert not regions
    assert kept == text


def test_a_table_with_empty_shaded_cells_is_a_table():
    """A RAG column of colour only: its shading fills its cells exactly."""
    cells = [
        (60 + 100 * c, 100 + 20 * r, 160 + 100 * c, 120 + 20 * r)
        for r in range(3)
        for c in range(3)
    ]
    words = [
        word(t, x + 4, y + 4) | {"size": 10}
        for (x, y, _, _), t in zip(
            cells, ["Measure", "2022/23", "Status", "ASB", "1,204", "", "Fires", "98", ""]
        )
        if t
    ]
    shading = [rect(*cells[5]), rect(*cells[8])]
    assert is_table((60, 100, 360, 160), cells, words, shading)


def test_two_charts_framed_one_above_the_other_are_no_table():
    """Their frames touch, and pdfplumber finds a grid of two cells holding words."""
    frames = [(40, 80, 360, 240), (40, 240, 360, 400)]
    graphics, labels = bar_chart(100, 110)
    lower, lower_labels = bar_chart(100, 270)
    words = labels + lower_labels
    assert not is_table((40, 80, 360, 400), frames, words, graphics + lower)
    framed = graphics + lower + [rect(*f, fill=False) for f in frames]
    kept, regions = without_charts(words, framed, [])
    assert regions == frames and not kept
