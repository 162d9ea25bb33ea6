"""Charts drawn on a page, found from their graphics, so their text is not read as prose.

A chart made in Word or Excel is exported to PDF as vector graphics with its labels as
ordinary text: axis ticks ("0 200 400 600"), categories ("Apr May Jun", "2019/20"), data
labels, a legend and a title. Read as prose, those words became headings, false figures
and one-word sections. Its figures say nothing a reader could place without the picture,
so a chart's words are left out; the report's caption, a paragraph outside the chart,
stays.

A chart is a cluster of graphics holding data marks (a filled shape holding no word,
like a bar, a pie slice, a marker or a legend key; or a slanting line, like a line
series) drawn as only charts draw them (bars on one baseline, slices meeting at a point,
a line series over an axis). Its region is the largest shape framing the cluster (the
chart area) unless that frame holds prose (a text box); else, unframed, the plot with
its axes, legend and a title centred above it, padded for the axis labels, and around
it a zone where a short run of words is a label. Rules, borders, underlines and shaded
paragraphs are no data marks, and a table's grid, whose cells hold words, is no chart.
A line of text running out of an unframed region (prose wrapped beside a chart) is
kept whole, and so is display text (a cover's title set over its artwork).
"""

from __future__ import annotations

import bisect
import statistics
from dataclasses import dataclass

from extract.tables import centre_in

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

NEAR = 4.0  # points between two graphics of one cluster
MIN_MARKS = 2  # drawn in a table's grid, as many data marks make it no table
PROSE_WORDS = 6  # a line of as many words set close is prose, not a label
LABEL_WORDS = 3  # a run of no more words near an unframed plot is one of its labels
PROSE_LINES = 3  # a frame holding as many lines of prose is a text box, not a chart
DISPLAY = 1.6  # text this many times the page's usual size is a title, never a chart's


def box_of(obj: dict) -> Box:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def contains(outer: Box, inner: Box, slack: float = 1.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def area(box: Box) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def near(a: Box, b: Box) -> bool:
    return (
        a[0] - NEAR <= b[2] and b[0] - NEAR <= a[2] and a[1] - NEAR <= b[3] and b[1] - NEAR <= a[3]
    )


class Words:
    """A page's words sorted by their tops, to find those in a box without a scan."""

    def __init__(self, words: list[dict]):
        self.words = sorted(words, key=lambda w: w["top"])
        self.tops = [w["top"] for w in self.words]

    def within(self, box: Box) -> list[dict]:
        start = bisect.bisect_left(self.tops, box[1] - 0.5)
        end = bisect.bisect_right(self.tops, box[3] + 0.5)
        return self.words[start:end]


def holds_a_word(box: Box, words: Words) -> bool:
    return any(contains(box, box_of(w), slack=0.5) for w in words.within(box))


def is_rectangle(obj: dict) -> bool:
    return obj["object_type"] == "rect" or not slants(obj)


def slants(obj: dict) -> bool:
    """A line or curve with a slanting segment: a line series, a slice's edge."""
    pts = obj.get("pts") or []
    return any(
        abs(x1 - x0) > 0.5 and abs(y1 - y0) > 0.5 for (x0, y0), (x1, y1) in zip(pts, pts[1:])
    )


def is_data_mark(obj: dict, words: Words) -> bool:
    """A bar, marker or legend key (a filled box holding no word), or a slanting line or
    shape (a line series, a pie slice, which may hold its label)."""
    box = box_of(obj)
    solid = obj.get("fill") and box[2] - box[0] > 1.5 and box[3] - box[1] > 1.5
    return slants(obj) or bool(solid and not holds_a_word(box, words))


def clusters(graphics: list[dict]) -> list[list[dict]]:
    """Graphics grouped by touching or nearly touching boxes (union-find over a grid of
    buckets, so a page of thousands of shapes costs little)."""
    boxes = [box_of(g) for g in graphics]
    parent = list(range(len(graphics)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, int], list[int]] = {}
    for i, box in enumerate(boxes):
        for key in bucket_keys(padded(box, NEAR)):
            for j in buckets.setdefault(key, []):
                if root(i) != root(j) and near(box, boxes[j]):
                    parent[root(i)] = root(j)
            buckets[key].append(i)
    groups: dict[int, list[dict]] = {}
    for i, g in enumerate(graphics):
        groups.setdefault(root(i), []).append(g)
    return list(groups.values())


BUCKET = 48.0  # points


def bucket_keys(box: Box) -> list[tuple[int, int]]:
    x0, y0 = int(box[0] // BUCKET), int(box[1] // BUCKET)
    x1, y1 = int(box[2] // BUCKET), int(box[3] // BUCKET)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def runs_of(words: list[dict]) -> list[list[dict]]:
    """Words on one line in one size, set closer than an em apart: a line of prose, or
    one label (a chart's labels are often smaller than the prose beside them)."""
    lines: dict[int, list[dict]] = {}
    for w in words:
        lines.setdefault(round(w["top"] / 2), []).append(w)
    runs = []
    for line in lines.values():
        line.sort(key=lambda w: w["x0"])
        runs.append([line[0]])
        for a, b in zip(line, line[1:]):
            same_type = abs(a["size"] - b["size"]) < 0.15 * max(a["size"], b["size"])
            if same_type and b["x0"] - a["x1"] < max(a["size"], b["size"]):
                runs[-1].append(b)
            else:
                runs.append([b])
    return runs


def prose_lines(words: list[dict]) -> int:
    return sum(len(run) >= PROSE_WORDS for run in runs_of(words))


def is_table(bbox: Box, cells: list[Box], words: list[dict], graphics: list[dict]) -> bool:
    """A grid pdfplumber found is a table if words fill a third of its cells or more,
    and nothing is drawn in it but its rules and cells' shading: a chart's bars and
    gridlines make a grid of empty cells, and two charts' frames a grid of two cells."""
    inside = [w for w in words if centre_in(w, bbox)]
    full = sum(any(centre_in(w, c) for w in inside) for c in cells)
    if full * 3 < len(cells):
        return False
    indexed = Words(inside)
    drawn = [
        g
        for g in graphics
        if contains(bbox, box_of(g))
        and is_data_mark(g, indexed)
        and not any(contains(c, box_of(g)) and contains(box_of(g), c) for c in cells)
    ]
    return len(drawn) < MIN_MARKS


def overlaps_any(box: Box, regions: list[Box]) -> bool:
    return any(area(intersection(box, r)) > 0 for r in regions)


def intersection(a: Box, b: Box) -> Box:
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


@dataclass
class Chart:
    """Where a chart is: its region (its frame, or its plot padded for its labels), and
    whether a frame bounds it; unframed, the zone around its plot where a short run of
    words is one of its labels."""

    region: Box
    framed: bool
    zone: Box


def chart_regions(
    graphics: list[dict], words: list[dict], runs: list[list[dict]], grids: list[Box]
) -> list[Chart]:
    """Where the page's charts are (see the module's docstring); runs are the words'
    runs (runs_of)."""
    loose = [g for g in graphics if not any(contains(grid, box_of(g)) for grid in grids)]
    indexed = Words(words)
    frames = [g for g in loose if is_rectangle(g) and holds_a_word(box_of(g), indexed)]
    framing_ids = {id(f) for f in frames}
    marks = [g for g in loose if id(g) not in framing_ids]
    pad = 1.5 * statistics.median(w["size"] for w in words) if words else 15.0
    data = [g for g in marks if is_data_mark(g, indexed)]
    of_data = {id(g) for g in data}
    charts: list[Chart] = []
    for cluster in clusters(marks):
        marked = [g for g in cluster if id(g) in of_data]
        if not marked or not is_chart(marked, cluster, pad):
            continue
        box = with_legend(bounds(marked), data, 2 * pad)
        frame = framing(box, frames, words)
        if frame:
            charts.append(Chart(frame, True, frame))
            continue
        em = pad / 1.5
        keys = data + [g for g in marks if is_line_key(g, em)]
        plot = with_legend(with_axes(bounds(marked), cluster), keys, 3 * pad)
        region = with_names(with_title(plot, pad, words, runs), keys, em, runs)
        charts.append(Chart(region, False, padded(plot, pad)))
    return charts


def is_chart(marked: list[dict], cluster: list[dict], pad: float) -> bool:
    """What a chart draws and an icon, a logo or a key does not: bars standing on one
    baseline, slices meeting at a point, or a line series over an axis or gridline."""
    return has_bars(marked) or has_slices(marked) or has_series(marked, cluster, pad)


def has_bars(marked: list[dict]) -> bool:
    """Columns of one width on one baseline, or bars of one height from one axis, not
    all of one size (a legend's keys are)."""
    boxes = [box_of(g) for g in marked if g.get("fill") and not slants(g)]
    columns = groups_by(boxes, lambda b: (round(b[3]), round(b[2] - b[0])))
    bars = groups_by(boxes, lambda b: (round(b[0]), round(b[3] - b[1])))
    return any(
        len(group) >= 2 and len({(round(b[2] - b[0]), round(b[3] - b[1])) for b in group}) > 1
        for group in columns + bars
    )


def groups_by(boxes: list[Box], key) -> list[list[Box]]:
    groups: dict = {}
    for b in boxes:
        groups.setdefault(key(b), []).append(b)
    return list(groups.values())


def has_slices(marked: list[dict]) -> bool:
    """Two filled shapes with a slanting edge meeting at a point (a pie's centre, or
    the ends of a doughnut's arcs)."""
    slices = [g for g in marked if g.get("fill") and slants(g)]
    seen: set[tuple[int, int]] = set()
    for g in slices:
        points = {(round(x * 2), round(y * 2)) for x, y in g["pts"]}
        if points & seen:
            return True
        seen |= points
    return False


def has_series(marked: list[dict], cluster: list[dict], pad: float) -> bool:
    """An unfilled line of three points or more, wide, over a straight rule at least
    as long (an axis, a gridline)."""
    series = [g for g in marked if not g.get("fill") and len(g.get("pts") or []) >= 3]
    rules = [g for g in cluster if not slants(g)]
    return any(
        s["x1"] - s["x0"] > 2 * pad
        and any(
            max(r["x1"] - r["x0"], r["bottom"] - r["top"]) >= 0.8 * (s["x1"] - s["x0"])
            for r in rules
        )
        for s in series
    )


def bounds(objs: list[dict]) -> Box:
    box = box_of(objs[0])
    for g in objs[1:]:
        box = union(box, box_of(g))
    return box


def with_axes(box: Box, cluster: list[dict]) -> Box:
    """The data marks and the axes and gridlines touching them, one after another (an
    axis reaches the gridlines above the tallest bar), but no rule much wider than the
    marks (a shaded paragraph's border under a chart set beside it)."""
    longest = 1.25 * (box[2] - box[0]) + 4 * NEAR
    short = [box_of(g) for g in cluster if g["x1"] - g["x0"] <= longest]
    grown = True
    while grown:
        grown = False
        for other in short:
            if not contains(box, other, 0) and near(box, other):
                box, grown = union(box, other), True
    return box


def with_legend(box: Box, data: list[dict], reach: float) -> Box:
    """The plot and the data marks within reach of it, one after another: a legend's
    keys stand apart from the plot and from each other, their names between them."""
    grown = True
    while grown:
        grown = False
        for g in data:
            other = box_of(g)
            if not contains(box, other) and near(padded(box, reach), other):
                box, grown = union(box, other), True
    return box


def padded(box: Box, pad: float) -> Box:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def framing(box: Box, frames: list[dict], words: list[dict]) -> Box | None:
    """The largest shape around the cluster holding no prose (the chart area)."""
    around = [box_of(f) for f in frames if contains(box_of(f), box)]
    for frame in sorted(around, key=area, reverse=True):
        if prose_lines([w for w in words if centre_in(w, frame)]) < PROSE_LINES:
            return frame
    return None


def with_title(box: Box, pad: float, words: list[dict], runs: list[list[dict]]) -> Box:
    """The plot padded for its axis labels (by half as much above and below, where a
    caption may stand close), and up to the lines above it about centred on it (a
    chart's title, centred on the chart area, which holds the axis labels too; a caption
    starts at the margin)."""
    region = (box[0] - pad, box[1] - pad / 2, box[2] + pad, box[3] + pad / 2)
    middle = (box[0] + box[2]) / 2
    margin = min((w["x0"] for w in words), default=0.0)
    for run in sorted(runs, key=lambda r: -r[0]["top"]):  # a title's lines upwards
        x0, top = min(w["x0"] for w in run), min(w["top"] for w in run)
        x1, bottom = max(w["x1"] for w in run), max(w["bottom"] for w in run)
        off = abs((x0 + x1) / 2 - middle)
        centred = x0 > margin + 1 and off < max(pad, (box[2] - box[0]) / 8)
        if centred and region[1] - pad <= bottom <= region[1] + pad and top < region[1]:
            region = (region[0], top, region[2], region[3])
    return region


def is_line_key(obj: dict, em: float) -> bool:
    """A short level stroke: a line series' key in a legend."""
    return obj["bottom"] - obj["top"] < 1.5 and em / 2 <= obj["x1"] - obj["x0"] <= 3 * em


def with_names(region: Box, marks: list[dict], em: float, runs: list[list[dict]]) -> Box:
    """The region and the names its legend's keys (small squares or strokes in it)
    stand before, however far they reach out of it."""
    keys = [
        box_of(g)
        for g in marks
        if contains(region, box_of(g))
        and g["x1"] - g["x0"] <= 3 * em
        and g["bottom"] - g["top"] < em
    ]
    for run in runs:
        box = bounds(run)
        middle = (box[1] + box[3]) / 2
        for key in keys:
            level = abs((key[1] + key[3]) / 2 - middle) < em / 2
            if level and 0 <= box[0] - key[2] < em:
                region = union(region, box)
    return region


def without_charts(
    words: list[dict], graphics: list[dict], grids: list[Box]
) -> tuple[list[dict], list[Box]]:
    """The words outside charts, and the charts' regions (a chart's own gridlines and
    bars may have been found as a table's grid: the caller drops those)."""
    runs = runs_of(words)
    charts = chart_regions(graphics, words, runs, grids)
    if not charts:
        return words, []
    display = DISPLAY * statistics.median(w["size"] for w in words)
    dropped = set()
    for run in runs:
        if statistics.median(w["size"] for w in run) > display:
            continue  # a cover's title over its artwork
        for chart in charts:
            inside = [w for w in run if centre_in(w, chart.region)]
            if is_label(run, chart):
                inside = run
            elif not chart.framed and len(inside) < len(run):
                continue  # past an unframed plot's edge, prose runs on; a frame is exact
            dropped.update(id(w) for w in inside)
    return [w for w in words if id(w) not in dropped], [c.region for c in charts]


def is_label(run: list[dict], chart: Chart) -> bool:
    """A few words reaching into the zone around an unframed plot: a category's name, an
    axis's tick, a data label (a caption or prose is longer)."""
    return not chart.framed and len(run) <= LABEL_WORDS and overlaps_any(bounds(run), [chart.zone])
