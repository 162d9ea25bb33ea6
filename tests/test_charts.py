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


def curve(points: list[tuple[float, float]], fill: bool = True) -> dict:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    box = {"x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys)}
    return {"object_type": "curve", "pts": points, "fill": fill} | box


def test_an_icon_beside_a_figure_is_no_chart():
    """A person drawn as a head and a body (a year-in-numbers panel, Word's icons)."""
    head = curve([(110, 100), (116, 94), (122, 100), (116, 106), (110, 100)])
    body = curve([(104, 120), (108, 107), (124, 107), (128, 120), (104, 120)])
    text = words_of("1,204 people supported", 140, 104)
    kept, regions = without_charts(text, [head, body], [])
    assert not regions and kept == text


def test_a_key_of_equal_squares_is_no_chart():
    keys = [rect(60 + 90 * i, 100, 70 + 90 * i, 110) for i in range(3)]
    text = [
        w
        for i, t in enumerate(("On track", "At risk", "Off track"))
        for w in words_of(t, 74 + 90 * i, 100)
    ]
    kept, regions = without_charts(text, keys, [])
    assert not regions and kept == text


def test_a_pie_and_a_line_series_are_charts():
    centre = (200, 200)
    slices = [
        curve([centre, (200, 150), (250, 200), centre]),
        curve([centre, (250, 200), (200, 250), (150, 200), (200, 150), centre]),
    ]
    labels = [word("64%", 160, 190) | {"size": 9}, word("36%", 215, 170) | {"size": 9}]
    kept, regions = without_charts(labels, slices, [])
    assert regions and not kept
    series = curve([(100, 300), (150, 260), (200, 280), (250, 240)], fill=False)
    axis = line(100, 300, 260, 300)  # the series starts on it
    markers = [rect(x - 2, y - 2, x + 2, y + 2) for x, y in ((150, 260), (200, 280))]
    ticks = [word("Q1", 95, 304) | {"size": 9}, word("Q4", 245, 304) | {"size": 9}]
    kept, regions = without_charts(ticks, [series, axis, *markers], [])
    assert regions and not kept
