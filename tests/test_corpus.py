"""The figure passes scored on the hand-labelled corpus (tests/corpus): passages of other
people's wording, labelled by hand (see tests/corpus/README.md).

`dev` to `dev40` are what the passes were tuned on, and `dev` to `dev40`, since the
thirty-eighth session (`dev` to `dev37` since the thirty-sixth), what the concept model
(transform/learned.py) is trained on, so
their meaning scores say how well it fits them, not how it does on new wording
(`dev5`, written in the fifth session before its changes, was first scored at meaning
0.718; `dev6`, weighted to stated
arithmetic, at claims recognised 0.703; `dev7` at claims 0.806; `dev8` at claims 0.784;
`dev9`, programme-table cells, at meaning 0.757; `dev11`, stated arithmetic in wordings
not tuned on, at claims 0.889 with 1 false error; `dev10` and `dev12`, written blind in the
ninth session by writers who never saw the pipeline, at meaning 0.741 and 0.771, claims
0.929 and 0.750, with 3 and 2 false errors; `dev13`, written blind at the start of the
tenth, at meaning 0.780, claims 0.746, with 4 false errors; `dev14`, written blind at the
start of the eleventh, at meaning 0.736, claims 0.800, with 1 false error; `dev15`, written
blind late in the eleventh, at meaning 0.517, claims 0.678, with 3 false errors, which were
fixed; `dev16`, written blind at the start of the twelfth, at meaning 0.667, claims 0.839,
with 3 false errors, which were fixed; `dev17`, written blind at the start of the
thirteenth, at meaning 0.700, claims 0.891, with no false error; `dev18` and `dev19`,
written blind in the fourteenth, at meaning 0.791 and 0.874, claims 0.838 and 0.889, with 2
and 1 false errors, which were fixed; `dev20` and `dev21`, written blind in the fifteenth,
at meaning 0.777 and 0.617, claims 0.695 and 0.833, with 4 and 2 false errors, which were
fixed; `dev22`, written blind at the start of the sixteenth, at meaning 0.649, claims 0.769,
with no false error; `dev23`, written blind at the start of the seventeenth, at meaning
0.716, claims 0.767, with 1 false error; `dev24`, `dev25` and `dev26`, written blind in
the eighteenth, at meaning 0.644, 0.815 and 0.840, claims 0.839, 0.838 and 0.814, with 2,
1 and no false errors, which were fixed; `dev27`, `dev28` and `dev29`, written blind in the
nineteenth, at meaning 0.845, 0.702 and 0.821, claims 0.923, 0.473 and 0.870, with no, 1
and 1 false errors, which were fixed; `dev30`, `dev31` and `dev32`, written blind in the
twentieth, at meaning 0.761, 0.787 and 0.821, claims 0.941, 0.939 and 0.889, with 1, 1 and
1 false errors, which were fixed; `dev33`, written blind in the twenty-first, at meaning
0.787, claims 0.820, with 1 false error, which was fixed; `dev34`, written blind in the
twenty-second, at meaning 0.887, claims 0.914, with 1 false error, which was fixed; `dev35`,
written blind in the thirty-second, at meaning 0.778, claims 0.902, with 1 false error,
which was fixed; `dev36`, written blind in the thirty-third, at meaning 0.811, claims 0.953,
with 1 false error, which was fixed; `dev37`, written blind in the thirty-fourth, at meaning
0.813, claims 0.867, with no false error), and
`heldout` too since
the second session, and `heldout7` since the seventh (written blind at the end of the sixth).
`heldout2` and `heldout3` were written and labelled by two other labellers without the
pipeline and are not looked at while tuning, so their scores say how the passes do on
wording nobody wrote them for; `heldout4` too (fourth session; only its two false errors
were looked at, and fixed), and `heldout5` (fifth session, by a writer who never saw the
pipeline's output; only its one false error was looked at, and fixed, and in the tenth
session a second, which a new rule raised, was read and fixed), and `heldout6`
(sixth session, written blind the same way; it crashed the figures pass on money ending a
text, and its three false errors were looked at and fixed by general rules), and
`heldout8` and `heldout9` (written blind by two writers at the start of the seventh
session; their eight false errors, and nothing else of them, were read and fixed by general
rules), and `heldout10` (written blind at the start of the eighth session; its two false
errors, a street list and a comparator read as a change's end, were read and fixed by
general rules), and `heldout11` (written blind at the start of the ninth session, beside
`dev10`; none of it was read), and `heldout12` (written blind in the eleventh session; it
crashed the meaning pass on a count restating a change of something uncatalogued, which the
traceback alone showed, and its five false errors, and nothing else of it, were read and
fixed by general rules), and `heldout13` (written blind at the start of the twelfth session;
its two false errors, and nothing else of it, were read and fixed by general rules), and
`heldout14` (written blind at the start of the thirteenth session; likewise its two false
errors), and `heldout15` (written blind in the thirteenth session; likewise its three), and
`heldout16` and `heldout17` (written blind in the fourteenth session; likewise their five
and one), and `heldout18` and `heldout19` (written blind in the fifteenth session; likewise
their four and two), and `heldout20` and `heldout21` (written blind at the start of the
sixteenth session, to one brief by two writers; likewise their three and four), and
`heldout22` (written blind an hour into the sixteenth; likewise its three), and
`heldout23` (written blind at the start of the seventeenth; likewise its two, and in the
twenty-second a third, which a new rule raised), and
`heldout24`, `heldout25` and `heldout26` (written blind in the eighteenth; likewise
heldout25's one), and `heldout27` (written blind late in the eighteenth and scored only at
its end), and `heldout28`, `heldout29` and `heldout30` (written blind in the nineteenth;
likewise their three, one and four, two of heldout30's fixed by its layout rules before
they were read), and `heldout31` (written blind in the nineteenth and scored only at its
end), and `heldout32`, `heldout33` and `heldout35` (written blind in the twentieth; likewise
their one false error each), and `heldout34` (written blind in the twentieth and scored
only at its end; likewise its two false errors, read then), and `heldout36` and
`heldout37` (written blind in the twenty-first; neither had a false error, and none of them
was read), and `heldout38` and `heldout39` (written blind in the twenty-second; neither had
a false error; heldout39's three false warnings were printed by mistake with its first
scores, so read, and fixed by general rules; heldout38's one was not read), and
`heldout40` (written blind in the twenty-ninth and scored, aggregates only, at its end), and
`heldout41` (written blind in the thirtieth; likewise its two false errors; part of its
misses was printed once by mistake, not tuned on), and `heldout42` (written blind in the
thirty-first; likewise its one false error), and `heldout43` (written blind in the
thirty-second; likewise its one false error), and `heldout44` (written blind in the
thirty-third; likewise its one false error), and `heldout45` (written blind in the
thirty-fourth), and `heldout46` (written blind in the thirty-fifth and scored, aggregates
only, at its end), and `heldout47` (written blind in the thirty-sixth; likewise its one
false error), and `heldout48` (written blind in the thirty-seventh and scored, aggregates
only, at its end; its first four passages printed once by mistake in the thirty-eighth),
and `heldout49` (written blind in the thirty-eighth; its one false error was read and
fixed by general rules), and `heldout50` (written blind in the thirty-ninth; likewise its
two false errors; a fragment of one of its passages was printed once by mistake, not
tuned on), and `heldout51` (written blind in the fortieth; likewise its two false errors), and
`heldout52` (written blind in the forty-first; likewise its one false error), and
`heldout53` (written blind in the forty-second), and `heldout54` (written blind in the
forty-third; its three false errors were read and fixed by general rules), and `heldout55`
(written blind in the forty-fourth; likewise its two false errors), and `heldout56`
(written blind in the forty-fifth), and `heldout57` (written blind in the forty-sixth), and
`heldout58` (written blind in the forty-seventh), and `heldout59` (written blind in the
forty-eighth), and `heldout60` (written blind in the forty-ninth; its one false error was
read and fixed by a general rule, and its one false warning, printed with it by mistake,
was left as it is), and `heldout61` (written blind in the fiftieth; its one false error was
read and fixed by a general rule), and `heldout62` (written blind in the fifty-first), and
`heldout63` (written blind in the fifty-second; its one false error was read and fixed by a
general rule), and `heldout64` (written blind in the fifty-third; likewise its one false
error), and `heldout65` (written blind in the fifty-fourth), and `heldout66` (written blind in
the fifty-fifth; likewise its one false error), and `heldout67` (written blind in the
fifty-sixth; likewise its one false error), and `heldout68` (written blind in the
fifty-seventh; likewise its one false error), and `heldout69` (written blind in the
fifty-eighth), and `heldout70` (written blind in the fifty-ninth), and `heldout71` (written
blind in the sixtieth), and `heldout72` (written blind in the sixty-first), and
`heldout73` (written blind in the sixty-second).
The thresholds are the scores
measured when they were set, less a small margin: a change that makes the passes worse on
any fails here. In the forty-first session the concept model began to take the catalog's
concept from things it reads as uncatalogued ("warning letters"): pairwise precision rose
on 12 of 14 newer sets and by 0.006 on the older held-out sets, and pairwise recall fell
by up to 0.012, so five floors of pairwise recall (`heldout`, `heldout12`, `heldout21`,
`heldout50`, `dev42`) and one of meaning (`heldout`, 0.937) were lowered by 0.01. In the
forty-third, the model retrained with `dev45` raised the older held-out sets' pairwise
precision by 0.003 and recall by 0.002, and took `heldout22`'s pairwise recall from 0.922
to 0.919: its floor was lowered by 0.01.
`python -m tests.corpus_score dev -v` lists every miss.
"""

from __future__ import annotations

import pytest
from corpus_score import read, read_set, score

# (corpus, measures recall, precision, value, unit, meaning, pairwise recall, claims)
FLOORS = {
    "dev": (0.99, 0.99, 0.99, 0.99, 0.95, 0.85, 1.00),  # 0.92 before s47: ASB cases (A)
    # pairwise 0.87 before s57 (U)
    # 0.917 since s13: its writer's Pubwatch member premises are licensing
    # meaning 0.920 before s20: bare levels set beside each other take the sentence's
    # topic (three held-out sets gained by it)
    "dev2": (0.99, 0.99, 0.99, 0.99, 0.91, 0.83, 1.00),
    "dev3": (0.99, 0.99, 0.99, 0.99, 0.93, 0.94, 1.00),
    # pairwise 0.90 before s25: its writer's closure orders are environmental enforcement,
    # a concept of their own since (most writers' are other)
    "dev4": (0.99, 0.99, 0.99, 0.99, 0.92, 0.89, 1.00),
    "dev5": (0.99, 1.00, 0.99, 0.99, 0.86, 0.66, 1.00),  # 0.83 before s25: as dev4; (A)
    # (pairwise 0.71 before s57 (U))
    # (pairwise 0.72 before s56, when 6 vehicles seized stopped sharing a code with
    # 18,400 vehicles checked for speeding, whose labels share the word "vehicle")
    "dev6": (0.99, 0.99, 0.99, 0.99, 0.98, 0.97, 1.00),
    "dev7": (0.99, 1.00, 0.99, 0.99, 0.96, 0.91, 1.00),
    "dev8": (0.99, 1.00, 0.99, 0.99, 0.91, 0.82, 1.00),
    "dev9": (0.99, 0.99, 0.99, 0.99, 0.85, 0.70, 1.00),
    "dev10": (0.99, 0.99, 0.99, 0.99, 0.86, 0.82, 1.00),
    "dev11": (0.99, 1.00, 0.99, 0.99, 0.97, 0.94, 1.00),
    "dev12": (0.99, 0.99, 0.99, 0.99, 0.89, 0.78, 1.00),
    "dev13": (0.99, 0.99, 0.99, 0.99, 0.86, 0.77, 1.00),
    "heldout": (0.99, 0.99, 0.99, 0.99, 0.91, 0.83, 1.00),  # 0.93, 0.86 before s47 (A)
    # pairwise 0.787 before s14: its writer's Band D precept is funding; meaning 0.863,
    # pairwise 0.760 before s19: a figure with no verb reads only its own ";" item (heldout16,
    # heldout20 and dev27 gained by it)
    "heldout2": (0.99, 0.97, 0.99, 0.98, 0.83, 0.59, 0.97),  # 0.85, 0.75 before s47 (A)
    # meaning 0.912 before s16 (0.903 since): a charge rate measures charges, not the
    # crime it is of (heldout20, heldout21 and dev18 gained by it)
    "heldout3": (0.99, 0.99, 0.99, 0.98, 0.90, 0.86, 0.98),
    "heldout4": (0.99, 1.00, 0.99, 0.99, 0.90, 0.80, 1.00),
    # 0.908 before s13: its writer's Pubwatch bans are licensing, a concept of their own now
    "heldout5": (0.96, 0.99, 0.99, 0.98, 0.90, 0.90, 0.94),
    "heldout6": (0.99, 0.99, 0.99, 0.99, 0.86, 0.87, 0.94),
    # pairwise 0.915 since s13: its Pubwatch member premises are licensing, a concept now
    # meaning 0.94 and pairwise 0.91 before s25: its writer's closure orders, as dev4;
    # pairwise 0.86 before s46: its writer's warning letters and ABCs are enforcement
    "heldout7": (0.99, 0.97, 0.99, 0.99, 0.92, 0.85, 1.00),
    # 0.878 and pairwise 0.800 before s14: its writer's Band D precept is funding
    # pairwise 0.71 before s25: its writer's closure orders, as dev4
    "heldout8": (0.99, 0.99, 0.99, 0.97, 0.86, 0.66, 0.89),
    "heldout9": (0.99, 0.97, 0.99, 0.98, 0.85, 0.90, 0.92),
    "heldout10": (0.99, 0.99, 0.99, 0.98, 0.86, 0.86, 0.92),
    "heldout11": (0.99, 0.99, 0.99, 0.99, 0.85, 0.82, 0.95),
    "dev14": (0.99, 0.98, 0.99, 0.99, 0.81, 0.78, 0.97),
    # pairwise recall 0.68 before s36: the concept model (transform/learned.py) splits a
    # pair of figures the labels count as one quantity (the held-out mean rose by it)
    "heldout12": (0.99, 0.99, 0.99, 0.99, 0.79, 0.62, 0.95),  # 0.65 before s47 (A)
    "dev15": (0.99, 0.99, 0.99, 0.99, 0.71, 0.54, 0.98),
    "heldout13": (0.99, 0.99, 0.99, 0.99, 0.78, 0.68, 0.90),
    "dev16": (0.99, 0.98, 0.99, 0.99, 0.77, 0.62, 0.98),
    "heldout14": (0.99, 0.98, 0.99, 0.99, 0.83, 0.75, 0.96),
    "dev17": (0.99, 1.00, 0.99, 0.99, 0.85, 0.74, 0.98),
    # pairwise 0.881 before s14 (0.879 since): a Band D precept is the precept now; meaning
    # 0.747 and pairwise 0.879 before s15 (0.737, 0.867 since): a target set against a level
    # is that level's (heldout13 and heldout14 gained by it)
    "heldout15": (0.99, 0.98, 0.99, 0.99, 0.73, 0.84, 0.95),  # pairwise 0.86 before s57 (U)
    "dev18": (0.99, 0.99, 0.99, 0.99, 0.86, 0.78, 1.00),
    "dev19": (0.99, 1.00, 0.99, 0.99, 0.88, 0.82, 0.98),
    "heldout16": (0.99, 0.97, 0.99, 0.99, 0.67, 0.56, 0.81),
    "heldout17": (0.99, 0.99, 0.99, 0.99, 0.77, 0.68, 0.96),
    "dev20": (0.99, 0.98, 0.99, 0.98, 0.79, 0.89, 0.98),
    "dev21": (0.99, 0.99, 0.99, 0.98, 0.63, 0.54, 0.96),
    # pairwise 0.601 before s19: an area's name in a figure's words says where, not what
    # (eight held-out sets gained recall or meaning by the same commit)
    "heldout18": (0.96, 0.97, 0.99, 0.99, 0.75, 0.59, 0.84),
    "heldout19": (0.99, 0.99, 0.99, 0.97, 0.79, 0.78, 0.75),
    "heldout20": (0.99, 0.99, 0.99, 0.99, 0.75, 0.74, 0.88),
    # pairwise recall 0.80 before s36: likewise (see heldout12)
    "heldout21": (0.99, 0.98, 0.99, 0.99, 0.70, 0.78, 0.83),
    "dev22": (0.99, 0.99, 0.99, 0.97, 0.69, 0.67, 0.96),
    "heldout22": (0.99, 0.99, 0.99, 0.99, 0.78, 0.91, 0.96),
    "heldout23": (0.99, 0.96, 0.99, 0.98, 0.72, 0.82, 0.83),
    "dev23": (0.99, 0.98, 0.99, 0.98, 0.75, 0.78, 0.96),
    "heldout24": (0.99, 0.98, 0.99, 0.99, 0.81, 0.76, 0.87),
    "dev24": (0.99, 0.99, 0.99, 0.98, 0.64, 0.58, 1.00),  # pairwise 0.59 before s25: dev4's
    "heldout25": (0.99, 0.98, 0.99, 0.98, 0.83, 0.71, 0.91),  # 0.73 before s47 (A)
    "dev25": (0.99, 0.99, 0.99, 0.99, 0.90, 0.88, 0.97),  # 0.96 before s47 (A)
    "heldout26": (0.99, 0.98, 0.99, 0.99, 0.79, 0.83, 0.78),
    # meaning 0.852 before s20: parts that run on past a ";" complete their whole, and
    # take its concept where the labeller gave the parts their own
    "dev26": (0.99, 0.99, 0.99, 0.99, 0.83, 0.74, 0.91),
    "heldout27": (0.98, 0.98, 0.99, 0.98, 0.83, 0.80, 0.95),
    "heldout28": (0.98, 0.99, 0.99, 0.98, 0.77, 0.85, 0.79),
    "dev27": (0.99, 0.99, 0.99, 0.98, 0.88, 0.82, 0.99),
    "heldout29": (0.99, 0.99, 0.99, 0.99, 0.85, 0.90, 0.95),
    "dev28": (0.98, 0.99, 0.99, 0.94, 0.83, 0.80, 0.94),  # claims 0.88 before s23
    # claims 0.74 before s23: a "Total" column past a row's label is claimed
    "heldout30": (0.99, 0.98, 0.99, 0.99, 0.76, 0.77, 0.86),
    "dev29": (0.99, 0.98, 0.99, 0.98, 0.81, 0.64, 0.90),
    "heldout31": (0.99, 0.99, 0.99, 0.99, 0.82, 0.84, 0.97),
    "dev30": (0.99, 0.99, 0.99, 0.99, 0.76, 0.63, 0.99),
    "dev31": (0.99, 0.99, 0.99, 0.99, 0.80, 0.70, 0.99),
    "heldout32": (0.99, 0.97, 0.99, 0.99, 0.77, 0.82, 0.97),
    "heldout33": (0.99, 0.97, 0.99, 0.98, 0.83, 0.74, 0.85),
    "dev32": (0.99, 0.98, 0.99, 0.98, 0.81, 0.65, 0.94),
    "heldout35": (0.99, 0.99, 0.99, 0.99, 0.84, 0.75, 0.97),
    "heldout34": (0.98, 0.97, 0.99, 0.97, 0.87, 0.64, 0.91),
    "dev33": (0.99, 0.99, 0.99, 0.98, 0.79, 0.83, 0.92),
    "heldout36": (0.99, 0.99, 0.99, 0.99, 0.89, 0.92, 0.89),
    "heldout37": (0.99, 0.98, 0.99, 0.99, 0.77, 0.70, 0.89),
    "dev34": (0.99, 0.99, 0.99, 0.99, 0.88, 0.79, 0.98),
    "heldout38": (0.99, 0.99, 0.99, 0.99, 0.84, 0.83, 0.95),
    "heldout39": (0.99, 0.98, 0.99, 0.99, 0.89, 0.93, 0.93),
    "heldout40": (0.98, 0.99, 0.99, 0.98, 0.89, 0.89, 0.88),
    "heldout41": (0.99, 0.99, 0.99, 0.98, 0.84, 0.75, 0.94),
    "heldout42": (0.99, 0.98, 0.99, 0.99, 0.88, 0.79, 0.96),
    "heldout43": (0.99, 0.96, 0.99, 0.99, 0.86, 0.83, 0.94),
    "dev35": (0.98, 0.97, 0.99, 0.99, 0.78, 0.64, 0.97),  # claims 0.902 before s32
    "heldout44": (0.99, 0.99, 0.99, 0.97, 0.87, 0.80, 0.92),
    "dev36": (0.99, 0.99, 0.99, 0.99, 0.81, 0.66, 0.95),
    "heldout45": (0.99, 0.97, 0.99, 0.99, 0.78, 0.84, 0.96),
    "dev37": (0.99, 0.99, 0.99, 0.99, 0.85, 0.69, 0.94),  # claims 0.867 before s34
    "heldout46": (0.99, 0.99, 0.99, 0.99, 0.84, 0.84, 0.91),
    "heldout47": (0.98, 0.99, 0.99, 0.99, 0.81, 0.77, 0.91),  # 0.79, 0.92 before s47 (B)
    # written blind in s36; the concept model is trained on them since s38 (see
    # tests/train_concepts.py)
    "dev38": (0.99, 0.98, 0.99, 0.99, 0.84, 0.81, 0.86),
    "dev39": (0.99, 0.99, 0.99, 0.99, 0.80, 0.73, 0.93),
    # written blind in s37; trained on since s38
    "dev40": (0.99, 0.99, 0.99, 0.99, 0.83, 0.84, 0.85),
    "heldout48": (0.99, 0.97, 0.99, 0.98, 0.80, 0.78, 0.88),
    # written blind in s38; the concept model is trained on dev41 to dev44 since s42
    "dev41": (0.99, 0.99, 0.99, 0.99, 0.88, 0.89, 0.91),
    "heldout49": (0.99, 0.98, 0.99, 0.98, 0.86, 0.73, 0.88),
    # written blind in s39
    "dev42": (0.99, 0.98, 0.99, 0.99, 0.81, 0.82, 0.88),
    "heldout50": (0.99, 0.98, 0.99, 0.98, 0.83, 0.68, 0.83),
    # written blind in s40
    "dev43": (0.99, 0.98, 0.99, 0.99, 0.86, 0.76, 0.94),
    "heldout51": (0.99, 0.98, 0.99, 0.98, 0.79, 0.69, 0.90),
    # written blind in s41
    "dev44": (0.99, 0.98, 0.99, 0.98, 0.82, 0.78, 0.86),
    "heldout52": (0.99, 0.98, 0.99, 0.99, 0.86, 0.70, 0.95),
    # written blind in s42; the concept model is trained on dev45 since s43
    "dev45": (0.99, 0.98, 0.99, 0.97, 0.78, 0.59, 0.84),
    "heldout53": (0.99, 0.98, 0.99, 0.98, 0.76, 0.66, 0.84),  # 0.68 before s47 (A)
    # written blind in s43; the concept model is not trained on dev46
    "dev46": (0.99, 0.98, 0.99, 0.98, 0.79, 0.77, 0.90),
    "heldout54": (0.99, 0.98, 0.99, 0.98, 0.85, 0.88, 0.88),
    # written blind in s44; the concept model is not trained on dev47
    "dev47": (0.99, 0.98, 0.99, 0.97, 0.82, 0.75, 0.88),
    "heldout55": (0.99, 0.98, 0.99, 0.97, 0.87, 0.88, 0.92),
    # written blind in s45; the concept model is not trained on dev48
    "dev48": (0.99, 0.97, 0.99, 0.95, 0.76, 0.76, 0.86),
    "heldout56": (0.99, 0.98, 0.99, 0.98, 0.84, 0.75, 0.88),
    # written blind in s46; the concept model is not trained on dev49
    "dev49": (0.99, 0.99, 0.99, 0.99, 0.92, 0.87, 0.94),  # 0.89 before s47 (A)
    "heldout57": (0.99, 0.99, 0.99, 0.98, 0.82, 0.70, 0.93),
    # written blind in s47; the concept model is not trained on dev50
    "dev50": (0.99, 0.99, 0.99, 0.99, 0.83, 0.80, 0.92),
    "heldout58": (0.99, 0.99, 0.99, 0.99, 0.81, 0.82, 0.89),
    # written blind in s48; the concept model is not trained on dev51
    "dev51": (0.99, 0.99, 0.99, 0.97, 0.73, 0.79, 0.83),
    "heldout59": (0.99, 0.99, 0.99, 0.98, 0.85, 0.82, 0.93),
    # written blind in s49; the concept model is not trained on dev52
    "dev52": (0.99, 0.99, 0.99, 0.98, 0.87, 0.82, 0.89),
    "heldout60": (0.99, 0.98, 0.99, 0.98, 0.87, 0.81, 0.94),
    # written blind in s50; the concept model is not trained on dev53
    "dev53": (0.98, 0.97, 0.99, 0.95, 0.82, 0.78, 0.81),  # pairwise 0.88 before s57 (U):
    # its labels give unit costs one "cost" whatever they are per
    "heldout61": (0.99, 0.99, 0.99, 0.98, 0.88, 0.90, 0.91),
    # written blind in s51; the concept model is not trained on dev54
    "dev54": (0.98, 0.99, 0.99, 0.97, 0.83, 0.92, 0.87),
    "heldout62": (0.99, 0.98, 0.99, 0.94, 0.85, 0.89, 0.94),
    # written blind in s52; the concept model is not trained on dev55
    "dev55": (0.99, 0.99, 0.99, 0.98, 0.84, 0.81, 0.90),
    "heldout63": (0.99, 0.99, 0.99, 0.99, 0.87, 0.79, 0.95),
    # written blind in s53; the concept model is not trained on dev56
    "dev56": (0.99, 0.99, 0.99, 0.90, 0.87, 0.92, 0.69),
    "heldout64": (0.99, 0.99, 0.99, 0.99, 0.88, 0.87, 0.93),
    # written blind in s54; the concept model is not trained on dev57
    "dev57": (0.99, 0.99, 0.99, 0.99, 0.78, 0.61, 0.93),
    "heldout65": (0.99, 0.99, 0.99, 0.99, 0.89, 0.87, 0.92),
    # written blind in s55; the concept model is not trained on dev58
    "dev58": (0.99, 0.99, 0.99, 0.99, 0.79, 0.86, 0.95),
    "heldout66": (0.99, 0.99, 0.99, 0.96, 0.90, 0.90, 0.92),
    # written blind in s56; the concept model is not trained on dev59
    "dev59": (0.99, 0.99, 0.99, 0.99, 0.70, 0.73, 0.96),
    "heldout67": (0.99, 0.99, 0.99, 0.99, 0.88, 0.90, 0.96),
    # written blind in s57; the concept model is not trained on dev60
    "dev60": (0.99, 0.99, 0.99, 0.99, 0.90, 0.90, 0.86),
    "heldout68": (0.99, 0.99, 0.99, 0.99, 0.83, 0.86, 0.94),
    # written blind in s58; the concept model is not trained on dev61
    "dev61": (0.99, 0.99, 0.99, 0.99, 0.91, 0.90, 0.96),
    "heldout69": (0.99, 0.99, 0.99, 0.99, 0.88, 0.83, 0.77),
    # written blind in s59; the concept model is not trained on dev62
    "dev62": (0.99, 0.99, 0.99, 0.97, 0.84, 0.84, 0.85),
    "heldout70": (0.99, 0.99, 0.99, 0.99, 0.91, 0.90, 0.97),
    # written blind in s60; the concept model is not trained on dev63
    "dev63": (0.99, 0.99, 0.99, 0.97, 0.85, 0.84, 0.94),
    "heldout71": (0.99, 0.99, 0.99, 0.99, 0.82, 0.76, 0.87),
    # written blind in s61; the concept model is not trained on dev64
    "dev64": (0.99, 0.99, 0.99, 0.97, 0.80, 0.70, 0.88),
    "heldout72": (0.99, 0.99, 0.99, 0.97, 0.86, 0.85, 0.86),
    # written blind in s62; the concept model is not trained on dev65
    "dev65": (0.99, 0.99, 0.99, 0.99, 0.82, 0.84, 0.86),
    "heldout73": (0.99, 0.99, 0.99, 0.99, 0.89, 0.87, 0.81),
}
# (A) lowered in the forty-seventh session, when a team's ASB cases became a measure of
# their own (asb_cases): the older sets label them ASB incidents, the newer mostly `other`
# about the case, so pairs of cases and incidents these sets call one quantity are now
# two. (B) a change naming its measure no longer takes the levels of another named
# measure from the sentence before: this set lost one claim read so (held-out false
# warnings fell from 17 to 14). (U) lowered in the fifty-seventh session, when money
# shared over what it paid for ("£380 per home", "£260 a night") became a metric of its
# own per that thing (funding_per_home): these sets label unit costs funding in pounds,
# one quantity with the sums they are shares of (held-out pairwise precision rose more).
# Warnings on correct arithmetic, where not none: the held-out sets' are left unread, so
# that the sets stay unseen
FALSE_WARNINGS = {"heldout12": 3}
# (heldout12's second since the forty-third session read "an average of 11 a night" as a
# rate per night, as the development sets label it; its third since the forty-eighth,
# when "night-time" stopped naming nights (held-out meaning rose); both left unread)
FALSE_WARNINGS |= {"heldout14": 1, "heldout16": 1}
FALSE_WARNINGS |= {"heldout18": 1, "heldout19": 2, "heldout21": 1}
FALSE_WARNINGS |= {"heldout30": 1, "heldout38": 1}
FALSE_WARNINGS |= {"heldout41": 1, "heldout44": 2}
FALSE_WARNINGS |= {"heldout48": 1, "heldout49": 2, "heldout50": 1}
FALSE_WARNINGS |= {"dev20": 1, "dev37": 2}  # not yet tuned away
FALSE_WARNINGS |= {"dev38": 1, "dev39": 1, "dev40": 1, "dev42": 3}
FALSE_WARNINGS |= {"heldout52": 1, "heldout53": 2, "heldout54": 1, "heldout56": 3}
FALSE_WARNINGS |= {"dev49": 1, "heldout57": 1, "dev50": 1, "heldout58": 2, "dev51": 1}
FALSE_WARNINGS |= {"heldout60": 1, "dev53": 2, "heldout62": 1, "dev55": 1}
FALSE_WARNINGS |= {"heldout64": 2, "heldout65": 2}
FALSE_WARNINGS |= {"heldout67": 1, "heldout69": 1, "heldout71": 1, "heldout72": 1}
# Errors on correct arithmetic, where not none (each a known miss, not yet fixed)
FALSE_ERRORS: dict[str, int] = {"dev57": 1}  # "71% ... felt safe ..., up 7 points from
# 64% ..., and 92% felt safe there during the day; 38% ...": the change set against the
# later clause's 92%


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    return request.param, score(request.param)


def test_measures_are_found_and_nothing_else(scored):
    name, s = scored
    recall, precision, value, unit, *_ = FLOORS[name]
    assert s.recall >= recall and s.precision >= precision, (s.recall, s.precision)
    assert s.share(s.value_ok) >= value and s.share(s.unit_ok) >= unit


def test_figures_get_their_meaning(scored):
    name, s = scored
    *_, meaning, pairwise, _ = FLOORS[name]
    assert s.share(s.meaning_ok) >= meaning
    assert s.pairwise()[0] >= pairwise


def test_stated_arithmetic_is_recognised(scored):
    name, s = scored
    assert s.claim_recall >= FLOORS[name][-1]


def test_correct_arithmetic_raises_no_error_nor_warning(scored):
    name, s = scored
    assert s.false_errors <= FALSE_ERRORS.get(name, 0)
    assert s.false_warnings <= FALSE_WARNINGS.get(name, 0)  # shares, rates, changes


def test_a_slip_in_a_sum_or_difference_is_caught():
    s = score("slips")
    read_as_one_report("slips")
    assert s.slips == 20
    assert s.slips_caught == 20
    assert s.false_errors == 0


def test_passages_read_as_the_paragraphs_of_one_report_raise_nothing(scored):
    read_as_one_report(scored[0])


def read_as_one_report(name: str) -> None:
    # a figure may be compared with the paragraph before's: each passage has a parse of its
    # own, so this reads them eight at a time, as a report's part would be read
    report = read_set(name)
    for start in range(0, len(report), 8):
        run = report[start : start + 8]
        read(run[0][0], [doc for _, doc in run])
