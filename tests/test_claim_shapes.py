"""The claims pass on shapes of wording this session's corpora under-represent, each with
the claim a reader sees in it (written by hand, not from the pass's output), and the
arithmetic GX then applies to it."""

from __future__ import annotations

import pytest

from expectations.claims import evaluate
from transform.claims import spent_money
from transform.measures import read_text
from transform.places import Area, financial_year


def claims_of(text: str) -> list[tuple]:
    _, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    return [(c.kind, c.stated.text, [(r, f.text) for r, f in c.terms]) for c in claims]


SHAPES = {
    # "the average grant was" a sum of money: the sum shared over the count of grants
    "The fund made 32 grants to community groups in 2021/22, worth £76,800 in total, and the "
    "average grant was £2,400.": [
        ("rate", "£2,400", [("count", "£76,800"), ("base", "32")]),
    ],
    # money said available, that the money spent is of, is what an underspend is against
    "Of the £96,000 available to the partnership, £91,250 was spent, an underspend of £4,750.": [
        ("change_difference", "£4,750", [("from", "£96,000"), ("to", "£91,250")]),
    ],
    # a count in a clause opening on "of which" is some of the level before it, not the
    # start of that level's change
    "Recorded crime in Bury rose by 5.2% to 18,140 offences in 2022/23, of which violence "
    "against the person made up 6,012 (33.1%).": [
        ("share", "33.1", [("part", "6,012"), ("whole", "18,140")])
    ],
    # a count said to be in another state than its whole, or added to it in words, is
    # beside the whole, not a part of it
    "In 2023/24 the team's 212 cases were closed, 150 of them with the harm stopped, and 47 "
    "were still open at the year end.": [],
    "Officers recorded 512 fires, 380 of them deliberate, together with 61 false alarms.": [],
    "Police recorded 91 hate crimes, 64 of them racially motivated, and 27 were homophobic.": [
        ("part_whole", "91", [("part", "64"), ("part", "27")])
    ],
    # a rate's count is the last count before it, not a range after it: the range is the
    # benchmark the rate is set against
    "With 4.5 full-time equivalent advocates, the ISVA service supported 270 survivors in "
    "2022/23, a caseload of 60 per advocate set against the guide of 40 to 50.": [
        ("rate", "60", [("count", "270"), ("base", "4.5")]),
    ],
    # a change whose subject names a place of its own is not between the levels of a
    # sentence before about another place
    "• Criminal damage reported in Halton fell from 1,240 in 2022/23 to 1,116 in 2023/24.\n"
    "• Halton Castle saw the sharpest fall, down 22% on the previous year.": [],
    # parts of "of which" short of their whole, before a sentence on the others, are some
    # of them, not all; when that sentence gives the rest, the rest completes them
    "Knowsley received £380,000, of which £150,000 went on youth outreach and £110,000 on "
    "treatment places. The biggest of the other grants, £70,000, funded a "
    "refuge worker.": [],
    "Knowsley received £380,000, of which £150,000 went on youth outreach and £110,000 on "
    "treatment places. The remaining £120,000 funded two refuge workers.": [
        (
            "part_whole",
            "£380,000",
            [("part", "£150,000"), ("part", "£110,000"), ("part", "£120,000")],
        ),
    ],
    # a level a time owns ("the year before's") is what "than" compares with
    "The team ran 14 clinics in 2023/24 (11 in 2022/23) and saw 212 clients, 40 more than "
    "the year before's 172.": [
        ("change_difference", "40", [("from", "172"), ("to", "212")]),
    ],
    # a limit set beside a difference from a year it names without a figure is no end of
    # that difference
    "Arson attacks numbered 64 over the autumn, 19 fewer than the year before and within "
    "the cap of 80.": [],
    # a change in a "|" cell whose label names its quantity is not between its own level
    # and another cell's
    "Lessons delivered: 90 | Shop theft offences: down 9% from 610": [],
    # a figure named an aim after the part of "of these" is what the part fell short of,
    # no second part
    "The hub received 612 referrals; of these, 402 people took up support, a little under "
    "the 420 aimed for.": [],
    # a label naming what a rate is per is the label's own figure's, not every figure of
    # its line: the doers and the hours they gave are two counts
    "Volunteer Patrols: 64 volunteers gave 2,880 hours, an average of 45 each.": [
        ("rate", "45", [("count", "2,880"), ("base", "64")]),
    ],
    # a from-to of a change verb after "while" is that verb's own change: a difference
    # before the "while", on a year it names, is not between them
    "Violent offences in the town totalled 2,264, 122 fewer than the year before, while "
    "violence in the night-time economy climbed from 310 to 344.": [],
    # a count with a noun of its own after an aside closed by a comma and "and" stands
    # beside the whole, not among its parts
    "Crews went to 318 rubbish fires in the district, 244 of them on open land, and 52 "
    "chimney fires. Officers also carried out 860 safety visits.": [],
    # a part brought in by "with" after the first part of "of these" is a detail of the
    # first, not the next item
    "Total crime in the borough fell by 2.8% to 16,310 offences. Violent crime made up 6,045 "
    "of these, with violence without injury accounting for 2,870, while vehicle crime rose "
    "from 611 to 690.": [],
    # a clause set against a change by "while" is of the report's year, not the year the
    # change is on, so its level is no end of the change
    "Youth workers ran 48 sessions and 62% of young people said they felt safer, up 9 points "
    "on 2021/22, while 54% agreed there was enough to do locally.": [],
    # but a change of another quantity is not of the ends a bracket gives the first
    "Violence had risen by 6.1% (2,410 offences to 2,558), while theft was up by 148 "
    "offences to 1,930.": [
        ("percent_change", "6.1", [("from", "2,410"), ("to", "2,558")]),
    ],
    # a percentage in brackets restating a difference is of the difference's own ends
    "In all, 29 children entered the youth justice system for the first time, 11 fewer than "
    "the 40 in 2021/22 (27.5%).": [
        ("change_difference", "11", [("from", "40"), ("to", "29")]),
        ("percent_change", "27.5", [("from", "40"), ("to", "29")]),
    ],
    # a line wrapped after a word no sentence ends on runs on; money opening a line is no
    # list number
    "The council set its share of the precept at £1,842.60 for a Band D home, up £52.80 on "
    "last year's\n£1,789.80. Parish precepts are extra.": [
        ("change_difference", "£52.80", [("from", "£1,789.80"), ("to", "£1,842.60")]),
    ],
    # money awarded and shared out over a count, an average for each: a rate
    "My fund gave £52,000 to 19 groups this year, an average award of £2,737.": [
        ("rate", "£2,737", [("count", "£52,000"), ("base", "19")]),
    ],
    "The Commissioner awarded £88,200 to 42 neighbourhood groups, an average of £2,100 a group.": [
        ("rate", "£2,100", [("count", "£88,200"), ("base", "42")])
    ],
    # money left unspent is the money given less the money spent, though no plan word
    # names what was given
    "Spend reached £42,300 of the £45,000, an underspend of £2,700.": [
        ("change_difference", "£2,700", [("from", "£45,000"), ("to", "£42,300")]),
    ],
    "The CSP received £64k from the Commissioner and spent £59k of it. The £5k left over "
    "was handed back.": [
        ("change_difference", "£5k", [("from", "£64k"), ("to", "£59k")]),
    ],
    "The Commissioner's £1.5m community safety grant funded eight projects. By year end "
    "£1,420,000 had been spent, an underspend of £80,000.": [
        ("change_difference", "£80,000", [("from", "£1.5m"), ("to", "£1,420,000")]),
    ],
    "The CSP received £150,000 from the Commissioner, spending £82,000 on youth outreach, "
    "£41,500 on CCTV and £19,000 on a domestic abuse worker, with an underspend of £7,500 "
    "carried forward.": [],
    # a table's row opening on "All" closes the rows above it when every column adds up
    "Offence | 2022/23 | 2023/24\nTheft from vehicles | 930 | 870\nTheft of vehicles | 310 | "
    "335\nAll vehicle offences | 1,240 | 1,205": [
        ("part_whole", "1,240", [("part", "930"), ("part", "310")]),
        ("part_whole", "1,205", [("part", "870"), ("part", "335")]),
    ],
    "Offence | 2022/23 | 2023/24\nTheft from vehicles | 930 | 870\nTheft of vehicles | 310 | "
    "335\nAll acquisitive crime | 3,240 | 3,205": [],
    # a clause with a subject of its own and a counted object ends the list before it
    "The team removed 58 abandoned cars – 41 untaxed and 17 burnt out – while a local "
    "charity rehoused 12 families.": [
        ("part_whole", "58", [("part", "41"), ("part", "17")]),
    ],
    # what a level, a subject, said or did may stand between it and its change "on" a
    # level before
    "In the annual survey 64% said they trusted the council to deal with local problems, "
    "three points up on the 61% of 2021/22, and 30% thought litter was a problem.": [
        ("change_difference", "three", [("from", "61"), ("to", "64")]),
    ],
    "Of those asked, 58% said they had seen drug dealing in their area in the past year, 4 "
    "points down on the 62% of 2022/23, while 12% had reported it.": [
        ("change_difference", "4", [("from", "62"), ("to", "58")]),
    ],
    # a change word inside a name ("violence reduction fund") says nothing of a change
    "The £72,500 programme draws £45,000 from the serious violence reduction fund, £17,500 "
    "from the council and £10,000 from a housing trust.": [
        ("part_whole", "£72,500", [("part", "£45,000"), ("part", "£17,500"), ("part", "£10,000")]),
    ],
    # a figure whose noun is joined to the whole's by "and" stands beside the whole, not
    # among the parts "of which" lists
    "Patrols stopped 140 vehicles, resulting in 96 seizures, of which 60 were uninsured, "
    "and 12 arrests.": [],
    # lines of a figure and the year before's in brackets, closed by their total's line:
    # two columns, each adding up to its total
    "Theft from vehicles: 1,204 (2021/22: 1,388)\nTheft of vehicles: 512 (2021/22: 470)\n"
    "Total vehicle crime: 1,716 (2021/22: 1,858), down 142\nVehicle interference: 88": [
        ("change_difference", "142", [("from", "1,858"), ("to", "1,716")]),
        ("part_whole", "1,716", [("part", "1,204"), ("part", "512")]),
        ("part_whole", "1,858", [("part", "1,388"), ("part", "470")]),
    ],
    "Theft from vehicles: 1,204 (2021/22: 1,388)\nTheft of vehicles: 512 (2021/22: 470)\n"
    "Total recorded crime: 9,410 (2021/22: 9,902)": [],
    # "The KSI figure" is the level before whose own words the short name spells
    "Police attended 2,140 road collisions; 96 people were killed or seriously injured and "
    "1,210 suffered slight injuries. The KSI figure is 12 below the 108 of the previous "
    "year.": [("change_difference", "12", [("from", "108"), ("to", "96")])],
    "Police recorded 1,904 incidents in the borough, of which 612 were anti-social "
    "behaviour and 540 were criminal damage. The ASB figure was 15% below the 720 of the "
    "year before.": [("percent_change", "15", [("from", "720"), ("to", "612")])],
    # a line stating its change's start ("on the ... of 540") ends the change's item: the
    # next line, under its own label, is another's
    "Repeat callers to the council: down 12% on the 2022/23 figure of 540\n"
    "Calls to the ASB line: no more than 2,400\nWarning letters issued: 150": [],
    # a bracket right after a change holding "A to B" gives its two levels
    "Hate crime had increased by 4.6% (1,173 offences to 1,227), while hate incidents fell "
    "from 402 to 355.": [
        ("percent_change", "4.6", [("from", "1,173"), ("to", "1,227")]),
    ],
    # a level "compared with" another after a change "on last year" is this year's
    "Vehicle crime is down 9% on last year, with 2,002 offences recorded compared with 2,200.": [
        ("percent_change", "9", [("from", "2,200"), ("to", "2,002")]),
    ],
    # "percentage point" before the noun it qualifies is the change's unit
    "Confidence stood at 74% in 2023/24, up from 69.5%, a 4.5 percentage point improvement.": [
        ("change_difference", "4.5", [("from", "69.5"), ("to", "74")]),
    ],
    # a change "on" a level hung on it is from that level, to the level of its own
    # quantity before it, not a mark or a bracketed target
    "Sefton recorded 412 hate crimes in 2021/22, an increase of 37 on the previous year's "
    "375, and 154 hate incidents.": [
        ("change_difference", "37", [("from", "375"), ("to", "412")]),
    ],
    "There were 860 missing episodes involving 301 children, down 12% on the 977 episodes "
    "recorded in the previous year.": [
        ("percent_change", "12", [("from", "977"), ("to", "860")]),
    ],
    "88 referrals to MARAC (target 85), an increase of 11 on the 77 of the year before.": [
        ("change_difference", "11", [("from", "77"), ("to", "88")]),
    ],
    "Members heard that 81.2% of calls were answered within 10 seconds, against the "
    "national standard of 90%, an improvement of 4.1 points on last year's 77.1%.": [
        ("change_difference", "4.1", [("from", "77.1"), ("to", "81.2")]),
    ],
    # a change a verb moves is between two levels at two times, not from an aim beside them
    "Confidence in the police rose six percentage points to 58%, just short of the 60% "
    "aimed for.": [],
    "Repeat victims fell by 14 to 212, against a target of 200.": [],
    "Confidence in the police rose six percentage points to 58% from 52%, just short of "
    "the 60% aimed for.": [
        ("change_difference", "six", [("from", "52"), ("to", "58")]),
    ],
    "940 pupils screened; 276 assessments (target 300, a shortfall of 24); 131 went on to "
    "mentoring, 47.5% of those assessed. Exclusions: 41, down from 56.": [
        ("change_difference", "24", [("from", "300"), ("to", "276")]),
    ],
    "The target itself was raised by 5 points, from 55% to 60%.": [
        ("change_difference", "5", [("from", "55"), ("to", "60")]),
    ],
    # parts "of" kinds of crime are the main crimes picked out, unless the rest is named
    "The hub supported 1,640 victims of crime in 2023/24. Of those, 902 were victims of "
    "domestic abuse and 311 of stalking.": [],
    "Our commissioned services helped 3,020 victims of crime last year. Of those, 1,655 "
    "were victims of violence and 804 of sexual offences.": [],
    "The hub supported 1,640 victims of crime in 2023/24. Of those, 902 were victims of "
    "burglary, 311 of robbery and 427 of other crimes.": [
        ("part_whole", "1,640", [("part", "902"), ("part", "311"), ("part", "427")]),
    ],
    # money "each" beside a sum of money, in one clause with the count it is for
    "Fines in the 27 cases came to £10,800, or £400 each.": [
        ("rate", "£400", [("count", "£10,800"), ("base", "27")]),
    ],
    "The 38 licensed premises in the scheme paid £95 each, £3,610 in total.": [
        ("rate", "£95", [("count", "£3,610"), ("base", "38")]),
    ],
    "Fines in the 27 cases came to £10,800, up from £9,200, or £400 each.": [
        ("rate", "£400", [("count", "£10,800"), ("base", "27")]),
    ],
    # not a cap, nor a sum compared with, nor one paid after the price
    "The scheme fitted 86 video doorbells at up to £150 each, from a pot of £15,000.": [],
    "The 230 fraud victims seen lost £1,950 each, up from £1,640.": [],
    # a total named after one part takes the one level of the sentence before that makes it
    "The trust granted £64,000 to 19 clubs in 2022/23. The clubs raised £21,500 of their "
    "own, taking the total invested to £85,500.": [
        ("part_whole", "£85,500", [("part", "£64,000"), ("part", "£21,500")]),
    ],
    # money "for each of" a count is the sum before it over that count
    "The project spent £52,800 in 2023/24. That comes to £440 for each of the 120 "
    "households it helped and £660 for each of the 80 that completed.": [
        ("rate", "£440", [("count", "£52,800"), ("base", "120")]),
        ("rate", "£660", [("count", "£52,800"), ("base", "80")]),
    ],
    # money per a noun is over the count of it before the money, not one compared after it
    "Wardens cleared 1,240 fly-tips in 2022/23 at a cost of £86,800, an average of £70 per "
    "fly-tip, compared with 1,410 fly-tips costing £95,880 the year before.": [
        ("rate", "£70", [("count", "£86,800"), ("base", "1,240")]),
    ],
    # nights are counted, and money per night is their cost over them
    "The late-night bus ran on 64 nights at £250 a night, a cost of £16,000 met by the council.": [
        ("rate", "£250", [("count", "£16,000"), ("base", "64")]),
    ],
    # a part raised "towards" the whole before it, with the parts after it that end on the
    # rest, makes the whole up
    "Tenants pay £40 a month, raising £9,600 towards the £25,000 running cost; the council "
    "puts in £10,000 and the housing trust the remaining £5,400.": [
        ("part_whole", "£25,000", [("part", "£9,600"), ("part", "£10,000"), ("part", "£5,400")]),
    ],
    # grounds picked out end their list at a semicolon: what follows is of another kind
    "Officers carried out 1,950 searches in Eastbourne in 2022/23. Of those searches, 1,210 "
    "were for drugs and 356 for weapons; 290 led to an arrest and other items were found on "
    "41 occasions.": [],
    # the parts end where a clause with a subject of its own takes up another count
    "Crews attended 640 fires in 2023/24. Of these, 402 were accidental and 238 were "
    "deliberate, and the station fitted 1,120 smoke alarms.": [
        ("part_whole", "640", [("part", "402"), ("part", "238")]),
    ],
    # a change said "up from" its start is between them, whatever target it is set against
    "Officers reported that 88.6% of emergency calls were answered within ten seconds in "
    "2023/24, up from 81.0% the year before, a rise of 7.6 percentage points against the "
    "national target of 90%.": [
        ("change_difference", "7.6", [("from", "81.0"), ("to", "88.6")]),
    ],
    # a line Word wrapped after "was" runs on into the figure on the next
    "Bolton had 93 first time entrants in 2022/23. Measured against the 10 to 17 population "
    "of 31,200, the rate was\n298 per 100,000.": [
        ("rate", "298", [("count", "93"), ("base", "31,200")]),
    ],
    # a total said after bullets that make it up is their whole
    "Officers used these powers in 2023/24:\n• 140 Community Protection Warnings\n• 36 "
    "Community Protection Notices\n• 4 closure orders\nA total of 180 uses of the powers.": [
        ("part_whole", "180", [("part", "140"), ("part", "36"), ("part", "4")]),
    ],
    # a first quarter on its heading's line is a part as the bulleted quarters after it are
    "Hate crimes recorded in Bolton, 2023/24\nQ1: 118 • Q2: 131 • Q3: 104 • Q4: 97 • Year: 450": [
        ("part_whole", "450", [("part", "118"), ("part", "131"), ("part", "104"), ("part", "97")]),
    ],
    # "Of this," opens the parts of the sentence before's sum of money
    "The partnership's budget for 2023/24 was £142,000. Of this, £80,000 came from the PCC, "
    "£40,000 from the council and £22,000 from the housing trust.": [
        ("part_whole", "£142,000", [("part", "£80,000"), ("part", "£40,000"), ("part", "£22,000")]),
    ],
    # a percentage change named right after a count's change restates it, between its ends
    "There were 212 first time entrants in Bolton in 2023/24. The aim had been 230 or fewer, "
    "and the 2020/21 baseline was 265. Measured against the baseline, this is 53 fewer and a "
    "fall of 20.0%.": [
        ("change_difference", "53", [("from", "265"), ("to", "212")]),
        ("percent_change", "20.0", [("from", "265"), ("to", "212")]),
    ],
    # places within the district picked out of its whole need not cover it
    "The borough's cameras recorded 1,840 incidents in 2023/24, of which 910 were in the town "
    "centre and 602 at Farnworth market.": [],
    # other districts' figures after a district's are set against it, not its parts
    "The partnership's grant came to £96,000 in 2023/24, £1.74 per resident, compared with "
    "£0.91 in Wigan and £0.83 in Salford.": [],
    # a change in a bracket of its own is not set against a benchmark after the bracket
    "The control room answered 91.2% of 999 calls within 10 seconds in 2023/24, up from "
    "86.0% the year before (a rise of 5.2 percentage points) and above the national average "
    "of 80.4%.": [("change_difference", "5.2", [("from", "86.0"), ("to", "91.2")])],
    # a fund named right after its amount is the plan a cost leaves some of unspent
    "54 homes were fitted with new locks at a cost of £21,400 from the £30,000 fund, leaving "
    "£8,600 unspent.": [("change_difference", "£8,600", [("from", "£30,000"), ("to", "£21,400")])],
    # parts that leave out as much of the whole as the largest of them are picked out of
    # it, not all of it
    "In 2023, 62 people were killed or seriously injured on the district's roads. Of the 62, "
    "20 were cyclists and 21 were pedestrians.": [],
    # a change whose own subject names another measure is not between levels said in a
    # sentence before it
    "This year the PCC granted £88,000 to the Exeter Community Safety Partnership, down from "
    "£95,000 last year. The county council put in £12,000 of match funding, and the police "
    "precept went up by £14.": [],
    # a benchmark "recommended" beside a rate is no count of it
    "The MARAC heard 380 cases; its volume of 41.8 cases per 10,000 adult women (population "
    "90,900) is above SafeLives' recommended 40.": [
        ("rate", "41.8", [("count", "380"), ("base", "90,900")]),
    ],
    # a change naming its measure is not between the next sentence's levels of another
    # measure, catalogued or not, nor do reports "of" a thing of their own take the topic
    # of the sentence before
    "Night-time economy violence fell 5% this year. The council logged 88 reports of "
    "begging in the town centre, down from 120, a fall of 32.": [
        ("change_difference", "32", [("from", "120"), ("to", "88")]),
    ],
    "Violence in the night-time economy fell 6% over the year. Officers received 58 reports "
    "of drink spiking in the town, up from 41, a rise of 17.": [
        ("change_difference", "17", [("from", "41"), ("to", "58")]),
    ],
    # a change that names its own measure is not between another measure's levels in an
    # item before it
    "• Jobs logged by the camera operators to rise to 3,100 (2,760 last year)\n"
    "• Footage to support 150 or more arrests\n"
    "• Recorded burglary in the two estates down 8%": [],
    # a youth rate's base may be said as "10 to 17 year olds"
    "There were 63 first time entrants, or 300 per 100,000 among the county's 21,000 10 to "
    "17 year olds.": [
        ("rate", "300", [("count", "63"), ("base", "21,000")]),
    ],
    # those "who went on to reoffend" are the reoffenders a rate per reoffender is per
    "The cohort of 180 young people included 45 who went on to reoffend. Between them they "
    "committed 153 further offences, or 3.4 per reoffender.": [
        ("rate", "3.4", [("count", "153"), ("base", "45")]),
    ],
    # a bare change after a rate's two levels, past the rate's base, is in the rate's unit
    "First time entrants: 30 children, a rate of 150 per 100,000 of the 20,000 young people "
    "aged 10 to 17, down from 190 the year before, 40 lower.": [
        ("change_difference", "40", [("from", "190"), ("to", "150")]),
        ("rate", "150", [("count", "30"), ("base", "20,000")]),
    ],
    # a scorecard's arrow glued to its change ("↓6.0%") is the change's sign
    "Burglary: 1,128 (2021/22: 1,200) ↓6.0%\nVehicle crime: 636 (2021/22: 600) ↑6.0%": [
        ("percent_change", "6.0", [("from", "1,200"), ("to", "1,128")]),
        ("percent_change", "6.0", [("from", "600"), ("to", "636")]),
    ],
    # a per cent after ", or" restates a change stated "on" the level before it
    "Police recorded 4,620 crimes in the borough during 2022/23, a fall of 180 on the "
    "previous year's 4,800, or 3.75%.": [
        ("change_difference", "180", [("from", "4,800"), ("to", "4,620")]),
        ("percent_change", "3.75", [("from", "4,800"), ("to", "4,620")]),
    ],
    # an underspend named after its money ("The £1,850 underspend", "£2,700 underspent")
    # is the plan less the outturn, in its sentence or the one before; a cost per head
    # beside them is no outturn
    "The partnership spent £88,150 of its £90,000 grant. The £1,850 underspend was returned "
    "to the Commissioner.": [
        ("change_difference", "£1,850", [("from", "£90,000"), ("to", "£88,150")]),
    ],
    "Outturn: £61,300 against the £64,000 budget, an average of £245 per family; £2,700 "
    "underspent and carried forward": [
        ("change_difference", "£2,700", [("from", "£64,000"), ("to", "£61,300")]),
    ],
    # money "per young person" is per person, counted as young people
    "The mentoring scheme worked with 240 young people. It cost £96,000, an average of £400 "
    "per young person.": [
        ("rate", "£400", [("count", "£96,000"), ("base", "240")]),
    ],
    # a sentence opening "Of the N" on the sum of the list before is that list's whole
    "The service worked with 88 women and 17 men last year. Of the 105 survivors, 61 said "
    "they felt safer.": [
        ("part_whole", "105", [("part", "88"), ("part", "17")]),
    ],
    "The club ran 210 sessions, with 5,040 visits in all, an average of 24 a session.": [
        ("rate", "24", [("count", "5,040"), ("base", "210")]),
    ],
    # an hourly value set before the money ("At £11 an hour, ... worth £13,750") is that
    # money over the hours, given in the sentence before
    "Volunteers gave 1,250 hours to the scheme. At £11 an hour, their time was worth £13,750.": [
        ("rate", "£11", [("count", "£13,750"), ("base", "1,250")]),
    ],
    # a cost per head whose sentence lacks the count of heads, or the cost, finds it in the
    # sentence before: the noun counted there, or the total spent there
    "The scheme fitted locks at 312 homes last year. It cost £43,680, £140 a home.": [
        ("rate", "£140", [("count", "£43,680"), ("base", "312")]),
    ],
    "Donors gave a total of £27,000. The café served 900 rough sleepers, at a cost of about "
    "£30 per rough sleeper.": [
        ("rate", "£30", [("count", "£27,000"), ("base", "900")]),
    ],
    # after "N of them", a figure with a preposition of its own is some of the N, not the
    # next part; a preposition its verb already has is the next part's
    "The project took 212 referrals and supported 130 of them, 44 into volunteering.": [],
    "The hub took 96 referrals; 58 of them came from the police, 38 from schools.": [
        ("part_whole", "96", [("part", "58"), ("part", "38")]),
    ],
    # a cost per a noun in its cell's label is over the count whose label has that noun and
    # the words after it
    "Bikes marked: 1,310 | Bikes returned to owners: 46 | Spend: £6,440 | Cost per bike "
    "marked: £4.92": [
        ("rate", "£4.92", [("count", "£6,440"), ("base", "1,310")]),
    ],
    # a rate's base of households "about" so many is an estimate, as every population is
    "Rochdale recorded 1,806 vehicle crimes in 2022/23 among about 96,300 households, "
    "18.8 per 1,000 households.": [
        ("rate", "18.8", [("count", "1,806"), ("base", "96,300")]),
    ],
    # a forecast change has not happened: no levels are checked against it
    "The violence reduction budget of £310,000 was split £200,000 to schools and £110,000 "
    "to outreach; £141,500 had been spent by September and the outreach line is forecast "
    "to underspend by £9,000.": [
        ("part_whole", "£310,000", [("part", "£200,000"), ("part", "£110,000")]),
    ],
    # a change said of the subject of the clause it comments on is that subject's change,
    # whose earlier level is not given ("6 fewer than in 2021": of the 23 cyclists)
    "Road casualties in Halton: 212 in 2022, down 31 on the 243 of 2021. Of the 212, 23 "
    "cyclists were hurt, 6 fewer than in 2021.": [
        ("change_difference", "31", [("from", "243"), ("to", "212")]),
    ],
    # "of these" after a share is of the share's count, not of the whole in brackets the
    # share is of
    "Criminal damage is Crawley's second largest category, with 2,104 offences or 19% of "
    "all recorded crime (11,200). Damage to vehicles made up 912 of these and damage to "
    "dwellings 1,192.": [
        ("part_whole", "2,104", [("part", "912"), ("part", "1,192")]),
    ],
    # a "top-up" is a source of money, not a rise
    "Funding £64,200 (PCC grant £50,000; council top-up £14,200).": [
        ("part_whole", "£64,200", [("part", "£50,000"), ("part", "£14,200")]),
    ],
    # a change's end is not the "from" or "to" of another concept's change, nor what
    # another concept's change is "fewer" than
    "Members heard that recorded crime in Bolton had fallen by 4.1%, from 24,300 to 23,304 "
    "offences, while fly-tipping reports were down 312 to 2,140.": [
        ("percent_change", "4.1", [("from", "24,300"), ("to", "23,304")]),
    ],
    "Robbery in Bolton rose by 9% to 412 last year, and there were 61 arson attacks, 8 "
    "fewer than the 69 of the year before.": [
        ("change_difference", "8", [("from", "69"), ("to", "61")]),
    ],
    # a shortfall against a plan is from the plan to this year's level, not last year's
    "Deliberate grass fires: 288 (2021/22: 301), a fall of 13, but 9 short of the 279 aimed for.": [
        ("change_difference", "13", [("from", "301"), ("to", "288")]),
        ("change_difference", "9", [("from", "279"), ("to", "288")]),
    ],
    # "an average of 13 a night" shares the count out over the nights, as "a patrol" does
    "The Safe Haven in Market Street opened on 48 nights and looked after 624 people, an "
    "average of 13 a night.": [
        ("rate", "13", [("count", "624"), ("base", "48")]),
    ],
    # a rate's count is the one count before it in its clause, not one after a "while"
    "Bolton recorded 5,230 ASB incidents in 2022/23, 21.9 per 1,000 residents (population "
    "238,800), while the council logged 1,412 complaints about noise.": [
        ("rate", "21.9", [("count", "5,230"), ("base", "238,800")]),
    ],
    # a national standard is an aim, not the later level of a change in points
    "Members noted that 88.2% of 999 calls were answered within 10 seconds in 2022/23, up 3.6 "
    "points on 84.6% in 2021/22 and above the national standard of 85%.": [
        ("change_difference", "3.6", [("from", "84.6"), ("to", "88.2")]),
    ],
    # "That ... figure" is the part the sentence before picked out last
    "Road casualties in Bolton, 2022: 812 people were injured, 96 of them killed or "
    "seriously injured. That KSI figure compares with 120 in 2021, a fall of 20%.": [
        ("percent_change", "20", [("from", "120"), ("to", "96")]),
    ],
    # a "Label:" line's change is between its own levels, not another line's
    "Expected Outcomes:\nSafe Space: 800 people helped, no more than 200 of them needing an "
    "ambulance\nDoor staff trained: 250, from 95 venues\nNTE violence with injury: down 10% "
    "on 2021/22 (1,200 offences)": [],
    # a rate's population is no level of the count's change; a target beside a change in
    # points is no end of it, the level the points are said of is
    "Bolton had 112 first-time entrants in 2022/23, a rate of 420 per 100,000 children aged "
    "10 to 17 (population 26,700), compared with 151 across England. A year earlier there "
    "were 130, so the number dropped by 18.": [
        ("rate", "420", [("count", "112"), ("base", "26,700")]),
        ("change_difference", "18", [("from", "130"), ("to", "112")]),
    ],
    "In Bolton 84.6% of victims were contacted within 48 hours in 2022/23, ahead of the "
    "force target of 75% and 3.1 points above the 81.5% for the North West.": [
        ("change_difference", "3.1", [("from", "81.5"), ("to", "84.6")]),
    ],
    # a "Total" line whose other words each row above it says is the rows' total; a total
    # bullet's bracketed comparison is no item of the list
    "Primary fires started deliberately: 140\nSecondary fires started deliberately: 655\n"
    "Total fires started deliberately: 795": [
        ("part_whole", "795", [("part", "140"), ("part", "655")]),
    ],
    "Burglaries by quarter, 2022/23:\n• Q1: 212\n• Q2: 198\n• Q3: 240\n• Q4: 187\n"
    "• Total: 837 (2021/22: 901, down 7.1%)": [
        ("percent_change", "7.1", [("from", "901"), ("to", "837")]),
        ("part_whole", "837", [("part", "212"), ("part", "198"), ("part", "240"), ("part", "187")]),
    ],
    # the first part and "the remaining" one that add up to the whole are its partition;
    # the stages between them are of the first part
    "The hub took 640 calls. Of those, 590 were answered and logged, 41 were passed to a"
    " supervisor and 7 were escalated to police; the remaining 50 were abandoned.": [
        ("part_whole", "640", [("part", "590"), ("part", "50")]),
    ],
    # a part picked out "of them" in the sentence before is no end of the next sentence's
    # change; nor is a level compared with a figure of its own after it
    "Crews attended 512 deliberate fires in 2023/24, 301 of them refuse fires. Arson fell"
    " by 40 on the year before (552).": [
        ("change_difference", "40", [("from", "552"), ("to", "512")]),
    ],
    "Crews attended 512 deliberate fires in 2023/24. Arson fell by 40 on the year before"
    " (552), but 4 people were hurt in deliberate fires, compared with 1.": [
        ("change_difference", "40", [("from", "552"), ("to", "512")]),
    ],
    # outcomes with a verb left out are deeds of their own, which need not cover the whole
    "Navigators worked with 230 young people; 96 of them were placed into training, 41 into"
    " work and 12 returned to school.": [],
    "Of the 140 people, 52 were moved into hostels, 30 into detox and 48 into flats.": [
        ("part_whole", "140", [("part", "52"), ("part", "30"), ("part", "48")]),
    ],
    # a ";" item's level of another concept is no end of a change in an item of its own
    "Expected outcomes: 800 people helped at the night hub; at least 250 people kept out of"
    " A&E; violence with injury in the town centre down 15% on 2019/20 (930 offences); 90"
    " bars with trained door staff.": [],
    # a place's figure labelled in brackets beside the population is that place's rate,
    # not the rate's count
    "The first time entrant rate was 412 per 100,000 (Wales: 236; population 18,400).": [],
    # a percentage in brackets after the level a gap is compared with restates the gap;
    # "the 10% aim" is a change sought, not one between two levels
    "Burglaries numbered 388, 52 below the 3-year average of 440 (-11.8%), beating the 10%"
    " aim; 41 were in the summer, against 55 last year.": [
        ("change_difference", "52", [("from", "440"), ("to", "388")]),
        ("percent_change", "-11.8", [("from", "440"), ("to", "388")]),
    ],
    # a row of quarter cells, the first opening the line, closed by a "Year" cell; the
    # line after compares the year with the one before
    "Secondary fires 2023/24\nQ1 140 | Q2 212 | Q3 88 | Q4 75 | Year 515\nPrevious year 560"
    " | Change -45 | -8.0%": [
        ("part_whole", "515", [("part", "140"), ("part", "212"), ("part", "88"), ("part", "75")]),
        ("change_difference", "-45", [("from", "560"), ("to", "515")]),
        ("percent_change", "-8.0", [("from", "560"), ("to", "515")]),
    ],
    # "N more than in <year>" of a level whose year before is not said: not the start
    # another total fell "down 9% from"
    "Burglaries fell to 1,204, down 9% from 1,323 the year before. Over the same period the"
    " neighbourhood team opened 388 cases, 41 more than in 2022/23.": [
        ("percent_change", "9", [("from", "1,323"), ("to", "1,204")])
    ],
    # a part picked out, with a verb of its own, that a gap to a plan goes on from
    "The hub took 520 referrals, of whom 412 accepted support, 28 fewer than the 440 planned.": [
        ("change_difference", "28", [("from", "440"), ("to", "412")])
    ],
    # a gap to a target it does not state; the words before the next level are not its plan
    "Officers completed 2,318 safety visits (140 over target) and fitted 1,950 alarms.": [],
    # a "Label: value" line's change is of its own line and those above, not the next line
    "Repeat cases: 96\nSame quarter last year: 104, a fall of 8\nReferrals made: 61": [
        ("change_difference", "8", [("from", "104"), ("to", "96")])
    ],
    # "That compared with" the level of the sentence before; what it compared with is no
    # later level of the change after
    "Police recorded 2,480 vehicle crimes in 2023/24. That compared with 2,710 in 2022/23, a"
    " fall of 230, and was 18.6% below the 3,046 recorded in 2019/20.": [
        ("change_difference", "230", [("from", "2,710"), ("to", "2,480")]),
        ("percent_change", "18.6", [("from", "3,046"), ("to", "2,480")]),
    ],
    # a target or standard between a level and the start it is "down from" is no end of
    # the change
    "Members heard that 78.4% of 101 calls were answered within 3 minutes, against a local"
    " target of 85% and down from 83.1% in 2021/22, a fall of 4.7 percentage points.": [
        ("change_difference", "4.7", [("from", "83.1"), ("to", "78.4")])
    ],
    "Satisfaction was 79%, against the 85% target, down from 83% a year before, a drop of 4"
    " points.": [("change_difference", "4", [("from", "83"), ("to", "79")])],
    # two kinds picked out that leave more of the whole than the larger of them: not all
    "Of the 90 people hurt in house fires, 28 were smokers and 21 lived alone.": [],
    # the rest said but not counted: the parts named are not all of the whole
    "Of the 212 victims referred, 96 were women and 31 were men, and the rest gave no gender.": [],
    "The service took 164 referrals: 88 from the police and 40 from housing, with the"
    " remainder from schools and GPs.": [],
    # a Total line that goes on to compare itself with the year before
    "Calls to the ASB hotline by quarter:\n• Q1: 310\n• Q2: 284\n• Q3: 266\n"
    "Total: 860, down 4.4% on 2021/22 (900)": [
        ("percent_change", "4.4", [("from", "900"), ("to", "860")]),
        ("part_whole", "860", [("part", "310"), ("part", "284"), ("part", "266")]),
    ],
    # offences a cohort committed, before and after, and the fall between them: "commit"
    # with an object of its own aims at nothing
    "People on the IOM scheme committed 298 offences in the year before they joined and 121"
    " in the year after, a 59.4% reduction.": [
        ("percent_change", "59.4", [("from", "298"), ("to", "121")])
    ],
    # a wrapped line going on with a bracket that opens on a word
    "The borough recorded 4,120 ASB incidents in 2022/23, a rate of 31.7 per 1,000 residents"
    "\n(population 130,000), against 27.2 for the county.": [
        ("rate", "31.7", [("count", "4,120"), ("base", "130,000")])
    ],
    # "That" is the sentence before's count: the year before's, which it compares with,
    # is no count of the rate, and a rate named by its base alone is a rate of that count
    "Domestic abuse crimes numbered 1,950 in 2022/23. That compares with 1,780 in 2021/22,"
    " and works out at 13.0 crimes per 1,000 residents (population 150,000).": [
        ("rate", "13.0", [("count", "1,950"), ("base", "150,000")])
    ],
    # a Total line closing bullets or "Label: value" lines, with its year before or a
    # share in a bracket after it
    "Warning letters sent, 2022/23\n• Stage 1: 410\n• Stage 2: 96\n• Stage 3: 14\n"
    "Total: 520 (2021/22: 488)": [
        ("part_whole", "520", [("part", "410"), ("part", "96"), ("part", "14")])
    ],
    "Closures by outcome\nResolved: 212\nReferred on: 40\nTotal: 252 (84% resolved)": [
        ("part_whole", "252", [("part", "212"), ("part", "40")])
    ],
    # a level two years before is the change's start; a region's figure set against it
    # after is no end of it
    "In the survey, 72% of residents said they were satisfied with the council's response"
    " to ASB, 5 points down on the 77% of two years earlier and below the North West figure"
    " of 74%.": [("change_difference", "5", [("from", "77"), ("to", "72")])],
    # a region's figure is what a difference in points is against
    "Victim satisfaction stood at 81%, 3 points above the West Midlands figure of 78%.": [
        ("change_difference", "3", [("from", "78"), ("to", "81")])
    ],
    # a bare "other" labels an item of a breakdown, not the rest of the line before's
    # figure: parts that do not add up to it are no partition of it
    "Refuge places: 24\nWomen housed: 61\nReferrals by source: police 30, health 12, "
    "self 9, other 4": [],
    "The refuge housed 61 women. 30 were referred by the police and the other 31 by "
    "health services.": [
        ("part_whole", "61", [("part", "30"), ("part", "31")]),
    ],
    # a part picked out of a level and described ("41 of them involving ...") is not the
    # level a comparison after it is set against
    "Police recorded 388 burglaries in 2023/24, 41 of them involving a vehicle, against 352 "
    "the year before, a rise of 36.": [
        ("change_difference", "36", [("from", "352"), ("to", "388")]),
    ],
    # the parts "of those" a clause of another verb picks out are a group within the whole,
    # not a partition of it; of those the whole's own verb names, they are
    "The outreach team verified 742 people sleeping rough over the year. Of those it worked "
    "with, 316 moved into accommodation, 87 reconnected with family and 41 went into rehab.": [],
    "The outreach team worked with 444 people over the year. Of those it worked with, 316 "
    "moved into accommodation, 87 reconnected with family and 41 went into rehab.": [
        ("part_whole", "444", [("part", "316"), ("part", "87"), ("part", "41")])
    ],
    "The IDVA team supported 530 victims, 470 women and 60 men; 78% of those who completed "
    "the exit survey felt safer.": [("part_whole", "530", [("part", "470"), ("part", "60")])],
    # a gap to a baseline runs to the level said, not to another year's figure given in
    # brackets beside it
    "Reported ASB in the park rose to 612 (2022/23: 580) but remained 97 lower than the "
    "2019/20 baseline of 709.": [("change_difference", "97", [("from", "709"), ("to", "612")])],
    # a change said before both its levels is between the levels of the first one's unit,
    # not a rate after them
    "Vehicle crime fell by 12% to 616 offences (2022/23: 700), a rate of 4.4 per 1,000 "
    "residents.": [("percent_change", "12", [("from", "700"), ("to", "616")])],
    # a sum awarded is the plan an underspend is measured from, in its sentence or the one
    # before
    "The partnership was awarded £80,000 and spent £74,200, an underspend of £5,800.": [
        ("change_difference", "£5,800", [("from", "£80,000"), ("to", "£74,200")])
    ],
    "The Commissioner awarded the partnership £80,000 for 2023/24. Spend in the year was "
    "£74,200, an underspend of £5,800.": [
        ("change_difference", "£5,800", [("from", "£80,000"), ("to", "£74,200")])
    ],
    # ... but awards received are what was spent, no plan
    "The fund held £900,000 in 2023/24. 41 projects received awards totalling £897,500, "
    "leaving £2,500 unallocated.": [],
    # a count "combined" after a list is its total
    "Police logged 2,400 ASB incidents and 9,100 crimes in the town, 11,500 combined.": [
        ("part_whole", "11,500", [("part", "2,400"), ("part", "9,100")])
    ],
    # a group picked out of a level ("including") is not what a change of the level runs to
    "Police made 520 arrests in 2023, including 140 for drug supply, compared with 610 in "
    "2022, a fall of 14.8%.": [("percent_change", "14.8", [("from", "610"), ("to", "520")])],
    # a rise "on" a level runs from it to the level the rise is set beside
    "Bolton police recorded 1,030 knife crimes in 2023/24, a rise of 6.2% on 970, and 540 "
    "possession of weapon offences.": [
        ("percent_change", "6.2", [("from", "970"), ("to", "1,030")])
    ],
    # a number in the level's own name ("Section 59 warnings") does not part it from the
    # change "than" an earlier level that follows it
    "Year 3 (2023/24): 61 scooters seized (2022/23: 55) and 140 Section 59 warnings, 23 "
    "more than the 117 issued the year before.": [
        ("change_difference", "23", [("from", "117"), ("to", "140")])
    ],
    # "down from" a level, then the change said as a noun phrase: the change runs to the
    # level before it, however many verbs stand between, not to a benchmark after it
    "In the tenants' survey 58% of those asked said they trusted the council to act on "
    "nuisance, down from 64% in 2021, a drop of 6 percentage points, and below the county "
    "figure of 61%.": [("change_difference", "6", [("from", "64"), ("to", "58")])],
    # ... nor to a target in brackets beside it, nor to a standard it is "close to"
    "Victim contact within 48 hours stood at 88.5% (aim 85%) in 2023/24, up from 79.0% a "
    "year earlier, a rise of 9.5 percentage points and close to the regional level of 90%.": [
        ("change_difference", "9.5", [("from", "79.0"), ("to", "88.5")])
    ],
    # a count said as added that is exactly the gap between two levels is their change
    "The council added £9 a year to the Band D charge, taking it from £183.50 to £192.50.": [
        ("change_difference", "£9", [("from", "£183.50"), ("to", "£192.50")])
    ],
    # ... but not when it is not the gap: 12 members signed, the total grew by 10
    "The scheme signed 12 additional members, and membership rose from 140 to 150 households.": [],
    # the comparison names the level again by its head noun alone: calls about drug
    # dealing, not calls of any kind
    "Calls about drug dealing numbered 820 this year, 10% fewer than the 911 calls logged "
    "a year earlier.": [("percent_change", "10", [("from", "911"), ("to", "820")])],
    # ... in the sentence after it too, when that one refers back
    "Calls to the council about noisy neighbours numbered 2,210 in 2023/24. That is a rise "
    "of 8.5 per cent on the 2,037 calls taken the year before.": [
        ("percent_change", "8.5", [("from", "2,037"), ("to", "2,210")])
    ],
    # a fraction is a share: "a third fewer" is the change in per cent between the levels
    "Arson in the park fell to 24 from 36, a third fewer.": [
        ("percent_change", "a third", [("from", "36"), ("to", "24")])
    ],
    # "year on year" runs from the year before to the latest, not between the two older
    # levels listed last; the sentence that opens on "the year before" is of that year
    "Shoplifting rose to 930 offences. The year before there were 870, and in 2020/21 "
    "820, so 60 more year on year and 110 more over two years.": [
        ("change_difference", "60", [("from", "870"), ("to", "930")]),
        ("change_difference", "110", [("from", "820"), ("to", "930")]),
    ],
    "Robbery fell to 212 offences in 2022/23, from 240 in 2021/22 and 266 in 2020/21: 28 "
    "fewer year-on-year.": [("change_difference", "28", [("from", "240"), ("to", "212")])],
    # what a "with" says the level has stands apart from its change ("N fewer than")
    "Rural crime. Farm Watch membership grew to 388 farms, and thefts of farm machinery fell "
    "to 17 offences with a combined value of £142,000, 8 fewer than the 25 recorded the "
    "previous year.": [("change_difference", "8", [("from", "25"), ("to", "17")])],
    # ... and "or almost a quarter" restates the change before it in per cent
    "Repeat victims went from 80 to 61, a drop of 19, or almost a quarter.": [
        ("change_difference", "19", [("from", "80"), ("to", "61")]),
        ("percent_change", "a quarter", [("from", "80"), ("to", "61")]),
    ],
    # the difference between the area and the country
    "Completions reached 41%, 3 points above the national figure of 38%.": [
        ("change_difference", "3", [("from", "38"), ("to", "41")])
    ],
    # money "an hour" is the money over the hours; "a year" is a price, no rate
    "Volunteers gave 1,200 hours, valued at £14,400, or £12 an hour.": [
        ("rate", "£12", [("count", "£14,400"), ("base", "1,200")])
    ],
    # ... "per incident" over the sentence's one count, whatever its noun
    "Wardens cleared 960 fly-tips at a cost of £72,000, an average of £75 per incident.": [
        ("rate", "£75", [("count", "£72,000"), ("base", "960")])
    ],
    # money per head is the money nearest the heads, over them
    "Confiscation orders totalling £2.1 million were made, and £54,000 from the Force's "
    "share was awarded to 18 youth clubs, an average of £3,000 per club.": [
        ("rate", "£3,000", [("count", "£54,000"), ("base", "18")])
    ],
    # a change naming its noun runs from the level of that noun, past a figure of another
    # noun hung on it
    "Volunteers visited 1,260 homes in 31 streets, 180 more homes than the 1,080 visited "
    "a year earlier.": [("change_difference", "180", [("from", "1,080"), ("to", "1,260")])],
    # a weekly sum restating the yearly change is no change between the year's levels
    "Members agreed a rise of £11 for a Band D home, equivalent to 21p a week, taking the "
    "precept from £236.40 to £247.40.": [
        ("change_difference", "£11", [("from", "£236.40"), ("to", "£247.40")])
    ],
    # stages picked out of a whole, far short of it and not said to cover it: no claim
    "Of the 120 referrals received, 30 were assessed as high risk and 12 went to MARAC.": [],
    # ... but a list said to make up the whole is one, however short it falls
    "The 120 referrals were made up of 30 from police and 12 from health.": [
        ("part_whole", "120", [("part", "30"), ("part", "12")])
    ],
    # a list ends where a clause of its own begins
    "Secondary fires: 640 in all, comprising 410 grass and 230 refuse fires; refuse fires "
    "peaked in May with 52.": [("part_whole", "640", [("part", "410"), ("part", "230")])],
    "The team logged 6,200 calls, opened 512 cases and made 40 arrests, out of 90 arrests "
    "in the county.": [],
    # a table row under headings it does not repeat: the sign orders the two levels
    "Burglary | 412 | 380 | -32 | -7.8%": [
        ("change_difference", "-32", [("from", "412"), ("to", "380")]),
        ("percent_change", "-7.8", [("from", "412"), ("to", "380")]),
    ],
    # ... and with its years in the cells, the "%" at the row's end parsed apart
    "Vehicle crime | 2021/22 480 | 2022/23 432 | -48 | -10.0%": [
        ("change_difference", "-48", [("from", "480"), ("to", "432")]),
        ("percent_change", "-10.0", [("from", "480"), ("to", "432")]),
    ],
    # one level and the change in count: the other level is implied
    "The number of ASB incidents reduced by 412 (8.1%) to 4,690.": [
        ("percent_change", "8.1", [("change", "412"), ("to", "4,690")]),
    ],
    "Hate crime rose by 38 (9.4%) from 404.": [
        ("percent_change", "9.4", [("change", "38"), ("from", "404")]),
    ],
    # a share beside a part of a stated whole
    "Of 1,146 stop searches, 27.3% (313) resulted in a positive outcome.": [
        ("share", "27.3", [("part", "313"), ("whole", "1,146")]),
    ],
    # the aim is not the change; the change is the one between the two levels
    "Burglary had risen by 6.4% (3,810 offences to 4,054), against an objective to"
    " reduce it by 10%.": [
        ("percent_change", "6.4", [("from", "3,810"), ("to", "4,054")]),
    ],
    # a fine inside a part's words does not end the list
    "Officers dealt with 142 breaches: 97 people were given a warning, 38 received a £100"
    " fixed penalty notice and seven were prosecuted.": [
        ("part_whole", "142", [("part", "97"), ("part", "38"), ("part", "seven")]),
    ],
    # calendar years order a difference
    "There were 47 people killed or seriously injured in 2023, 9 fewer than the 56 recorded"
    " in 2022; 4 of the casualties were fatal.": [
        ("change_difference", "9", [("from", "56"), ("to", "47")]),
    ],
    # rates: a base in brackets after the rate, a base another figure's "per" is not
    # the count's, a rate per person of a group counted in the sentence
    "First time entrants: 38 young people, a rate of 212 per 100,000 10-17 year olds (17,900).": [
        ("rate", "212", [("count", "38"), ("base", "17,900")])
    ],
    "The rate of 52.3 per 1,000 households reflects 2,410 burglaries among 46,080 households.": [
        ("rate", "52.3", [("count", "2,410"), ("base", "46,080")])
    ],
    "The 412 further offences committed by the cohort's 96 reoffenders average 4.29 per"
    " reoffender.": [("rate", "4.29", [("count", "412"), ("base", "96")])],
    # a part of a whole and the rest, when the two add up to it
    "Members noted that 31 of the 36 posts were filled, with 5 vacancies being advertised.": [
        ("part_whole", "36", [("part", "31"), ("part", "5")]),
    ],
    "Members noted that 31 of the 36 posts were filled, with 4 vacancies being advertised.": [],
    # a level named a total, and the sentence's other levels of its unit that add up to it
    "Grants of £20,000 were secured, bringing the total budget to £65,000 with the council's"
    " £45,000.": [
        ("part_whole", "£65,000", [("part", "£20,000"), ("part", "£45,000")]),
    ],
    # a table row's labelled cells and its total (or "All") cell
    "Arrests by team | North 41 | South 38 | Total 79": [
        ("part_whole", "79", [("part", "41"), ("part", "38")]),
    ],
    "Casualties by severity, 2022: Fatal 3 | Serious 51 | Slight 280 | All 334": [
        ("part_whole", "334", [("part", "3"), ("part", "51"), ("part", "280")]),
    ],
    # bullets of one figure each: under a heading's figure they add up to, above a total
    "Warning letters sent: 63\n• Noise – 29\n• Parking – 20\n• Bonfires – 14": [
        ("part_whole", "63", [("part", "29"), ("part", "20"), ("part", "14")]),
    ],
    "Warning letters sent: 70\n• Noise – 29\n• Parking – 20\n• Bonfires – 14": [],
    "Treatment exits\n• Completed: 120\n• Dropped out: 45\n• Total: 165": [
        ("part_whole", "165", [("part", "120"), ("part", "45")]),
    ],
    # a comparison verb in the sentence after the level orders the two ("That compares with")
    "Last year 1,840 people used the hub. That compares with 1,612 in 2021/22, an increase of"
    " 228.": [
        ("change_difference", "228", [("from", "1,612"), ("to", "1,840")]),
    ],
    # a count with a year of its own is that year's level, not the change in count: the
    # two levels of the percentage change
    "Drug-related deaths rose by 25.0% (36 in 2021/22; 45 in 2022/23).": [
        ("percent_change", "25.0", [("from", "36"), ("to", "45")])
    ],
    # parts with no partition cue: a claim only when they add up to a level before them
    "Four licence reviews were held, resulting in one revocation and three suspensions.": [
        ("part_whole", "Four", [("part", "one"), ("part", "three")]),
    ],
    "The panel heard 318 cases (police 190; health 74; housing 54).": [
        ("part_whole", "318", [("part", "190"), ("part", "74"), ("part", "54")]),
    ],
    "Crews attended 940 fires. The figure includes 512 primary fires and 428 secondary fires.": [
        ("part_whole", "940", [("part", "512"), ("part", "428")]),
    ],
    # ... and none when they do not: a breakdown may leave some out
    "The panel heard 318 cases (police 190; health 74).": [],
    # a list the level is the first item of, and a level with its change, are not parts
    "There were 12 burglaries, 5 robberies and 7 thefts.": [],
    # ("the increase was 271" states the change between the two)
    "Thefts rose to 1,318 in 2023/24. In 2022/23 there had been 1,047, so the increase was 271.": [
        ("change_difference", "271", [("from", "1,047"), ("to", "1,318")])
    ],
    # a whole's bracketed parts are not the levels of the change stated after them
    "The helpline took 850 calls (victims 520, family 210, professionals 120), a 25% rise on "
    "the 680 taken the year before.": [
        ("percent_change", "25", [("from", "680"), ("to", "850")]),
        ("part_whole", "850", [("part", "520"), ("part", "210"), ("part", "120")]),
    ],
    # a ";" ends a clause: the change is between the levels of its own
    "Patrols: 40 held; 310 noise calls answered, 25 of them repeats; noise calls fell from "
    "150 to 120, a 20% reduction.": [("percent_change", "20", [("from", "150"), ("to", "120")])],
    # the change's own verb's "from" and "to", not another clause's "down from"
    "Knife crime: 12 children were cautioned, down from 19 the year before, and knife offences"
    " fell from 240 to 204, a 15% fall.": [
        ("percent_change", "15", [("from", "240"), ("to", "204")])
    ],
    # a gap to the country in points, whichever area the words give the gap
    "Satisfaction reached 78.5%, 4.5 percentage points above the Wales figure of 74%.": [
        ("change_difference", "4.5", [("from", "74"), ("to", "78.5")])
    ],
    # parts counted on with "a further" make a partition when their total is stated
    "Wardens removed 58 abandoned bikes in the spring and a further 27 bikes over the summer,"
    " 85 in all.": [("part_whole", "85", [("part", "58"), ("part", "27")])],
    # ... and not when it is not: the rest may be anywhere
    "Of those 90 arrests, 40 led to a charge and a further 12 to a caution.": [],
    # a hyphen inside a word is no list mark, and a whole is of its parts' unit
    "A grant of £90,000 was won for three parks, of which £50,000 pays for re-lighting in "
    "12 streets, £25,000 for CCTV and the balance of £15,000 for a warden.": [
        ("part_whole", "£90,000", [("part", "£50,000"), ("part", "£25,000"), ("part", "£15,000")])
    ],
    # a bulleted breakdown closed by a line that totals it
    "Fires by type:\n• Grass – 120\n• Refuse – 64\n• Vehicle – 16\nAll fires – 200": [
        ("part_whole", "200", [("part", "120"), ("part", "64"), ("part", "16")])
    ],
    # two lists that each add up to the level before them, the second after a participle
    "Inspectors visited 9 takeaways, 6 in the town centre and 3 in the villages, leading to"
    " 4 warnings and 5 closures.": [
        ("part_whole", "9", [("part", "6"), ("part", "3")]),
        ("part_whole", "9", [("part", "4"), ("part", "5")]),
    ],
    # a part of the whole right after "of", then the rest as a list
    "Of the plan's actions, 11 of the 16 were complete, four on track and one late.": [
        ("part_whole", "16", [("part", "11"), ("part", "four"), ("part", "one")])
    ],
    # shares each with its count in brackets part the whole by the counts
    "Of the 500 calls, 60% (300) were answered in a minute, 30% (150) in five and 10% (50) "
    "later.": [
        ("part_whole", "500", [("part", "300"), ("part", "150"), ("part", "50")]),
        ("share", "60", [("part", "300"), ("whole", "500")]),
        ("share", "30", [("part", "150"), ("whole", "500")]),
        ("share", "10", [("part", "50"), ("whole", "500")]),
    ],
    # parts of an amount of time that count nothing of their own take its unit
    "Staff gave 900 hours to the scheme, 600 of them on school patrols and the balance of 300 "
    "on the Speedwatch rota.": [("part_whole", "900", [("part", "600"), ("part", "300")])],
    # a gap to the country's average, stated against it
    "Repeat referrals were 21%, 4 percentage points below the national average of 25%.": [
        ("change_difference", "4", [("from", "25"), ("to", "21")])
    ],
    # ... but not a change on last year stated beside it
    "Repeat referrals were 21%, down 2 points on last year, against a national average of 25%.": [],
    # of two levels the periods leave alike, the one labelled the previous year's is earlier
    "Quarter 3 calls 1,450, previous year quarter 3 calls 1,520, a fall of 70.": [
        ("change_difference", "70", [("from", "1,520"), ("to", "1,450")])
    ],
    # a bracket holding a change is no comparison with the number after the change
    "Total recorded crime: 9,512 (down 2.4% / 234 offences)": [],
    # what is left of a budget is the change from the plan to the spend
    "The scheme spent £41,250 of its £45,000 allocation, leaving £3,750 unspent.": [
        ("change_difference", "£3,750", [("from", "£45,000"), ("to", "£41,250")])
    ],
    # a part of "our" whole, and the rest
    "Wardens completed 170 of our 200 planned patrols, with 30 cancelled.": [
        ("part_whole", "200", [("part", "170"), ("part", "30")])
    ],
    # years labelling values across a dash, and a change labelled the same way
    "Killed or seriously injured: 2022 – 200; 2023 – 180; change – 20 (10.0%)": [
        ("change_difference", "20", [("from", "200"), ("to", "180")]),
        ("percent_change", "10.0", [("from", "200"), ("to", "180")]),
    ],
    # an aim in a list of aims is no change between two levels
    "Maintain 9 third-party hate crime reporting centres; train 45 staff and volunteers to "
    "take reports; increase hate incidents reported through the centres by 10% on the "
    "2023/24 baseline of 30.": [],
    # rates do not add up: comparators placed elsewhere are no parts
    "The first time entrant rate was 290 per 100,000, against 210 for England and 80 for "
    "Wales.": [],
    # a change against a plan the text does not state has no other end to check
    "Referrals fell from 300 to 250. We trained 180 staff, 50 more than planned.": [],
    # a list's first item placed like the rest is an item, not their whole
    "Across the 3 wards, 301 calls were logged in Eastfield, 188 in Westfield and 120 in "
    "Northfield.": [],
    "Robbery clustered in two streets, with 70 offences in the High Street, 31 in Castle "
    "Street and 19 in St Anne's Road.": [],
    # a list ends where "of whom" picks a subgroup out of it
    "The service worked with 80 adults: 52 women and 28 men, of whom 19 were referred on.": [
        ("part_whole", "80", [("part", "52"), ("part", "28")])
    ],
    # ... and where a level is set against another
    "Thefts rose to 1,250. Of these, 700 were from shops and 550 from vehicles, compared "
    "with 1,100 last year, an increase of 13.6%.": [
        ("percent_change", "13.6", [("from", "1,100"), ("to", "1,250")]),
        ("part_whole", "1,250", [("part", "700"), ("part", "550")]),
    ],
    # a one-word label read as a verb does not cut a list short of its total
    "Referrals: police 310, health 72, schools 45, other 30; total 457.": [
        ("part_whole", "457", [("part", "310"), ("part", "72"), ("part", "45"), ("part", "30")])
    ],
    # parts whose own shares add up to more than all overlap: no partition
    "Of the 1,500 people surveyed, 1,200 (80%) felt safe by day and 690 (46%) after dark.": [
        ("share", "80", [("part", "1,200"), ("whole", "1,500")]),
        ("share", "46", [("part", "690"), ("whole", "1,500")]),
    ],
    # a figure inside another's noun says which, not how many: the gap runs to the other
    "146 officers from 12 stations attended the briefing, 26 more than the target of 120.": [
        ("change_difference", "26", [("from", "120"), ("to", "146")])
    ],
    # "of which" inside a ";" item lists that item's parts, not the items after it
    "Burglaries – 640; of which dwelling burglaries – 410 (64.1%); arrests made – 52; repeat "
    "victims – 38.": [("share", "64.1", [("part", "410"), ("whole", "640")])],
    # two levels joined by "and" share the period after them: neither is this year's
    "Wardens logged 412 calls and made 96 arrests in 2022/23, 40 more calls but 8 fewer "
    "arrests than the 372 and 104 of 2021/22.": [],
    # a part's act gapped behind a verb of its own label, its preposition repeated
    "Wardens issued 120 fixed penalty notices under the order. Littering accounted for 70 of "
    "them, dog fouling for 30 and failing to pick up after a dog for 20.": [
        ("part_whole", "120", [("part", "70"), ("part", "30"), ("part", "20")])
    ],
    # a change whose own verb names its end is not between another clause's levels
    "In Crewe, 1,310 burglaries were recorded, 8.1% fewer than the 1,425 of the year before, "
    "while referrals to victim support rose by 52 to 430.": [
        ("percent_change", "8.1", [("from", "1,425"), ("to", "1,310")])
    ],
    # a change a plan aims for is no change between the levels after it
    "The strategy aims for a 15% reduction in arson from the 2021/22 baseline of 420. In "
    "2023/24 there were 372 deliberate fires, a fall of 48 or 11.4%.": [
        ("change_difference", "48", [("from", "420"), ("to", "372")]),
        ("percent_change", "11.4", [("from", "420"), ("to", "372")]),
    ],
    # a sentence opening on the year before pins its level there
    "Knife crime rose to 143 offences. The year before there had been 118, so the rise was "
    "25 offences, or 21.2%.": [
        ("change_difference", "25", [("from", "118"), ("to", "143")]),
        ("percent_change", "21.2", [("from", "118"), ("to", "143")]),
    ],
    # a list between dashes ends at the change after it; a ceiling is a plan
    "Vehicle thefts came to 52 – cars 30, vans 14 and motorcycles 8 – four below the ceiling "
    "of 56.": [
        ("change_difference", "four", [("from", "56"), ("to", "52")]),
        ("part_whole", "52", [("part", "30"), ("part", "14"), ("part", "8")]),
    ],
    # a part counted out of its whole is no whole of the rest after it
    "The team met 9 of its 12 service standards, with the remaining three rated amber.": [
        ("part_whole", "12", [("part", "9"), ("part", "three")])
    ],
    # a bare figure set "against" a level is of that level's noun, not its sentence's subject
    "The 30 offenders in the cohort were convicted of 96 offences in the year after joining, "
    "against 240 in the year before – a fall of 60.0%.": [
        ("percent_change", "60.0", [("from", "240"), ("to", "96")])
    ],
    # a gap to a plan runs from the latest level, not the year before's
    "Secondary fires fell to 150 from 190 in 2021/22, a 21.1% reduction and 10 below the "
    "ceiling of 160.": [
        ("percent_change", "21.1", [("from", "190"), ("to", "150")]),
        ("change_difference", "10", [("from", "160"), ("to", "150")]),
    ],
    # a change's later level is in its own ";" item
    "There were 820 adults in treatment, up from 760, an increase of 7.9%; 96 left treatment "
    "successfully.": [("percent_change", "7.9", [("from", "760"), ("to", "820")])],
    # a rate's count is of the rate's year, not the year before's beside it
    "There were 64 first time entrants, down from 80 in 2020/21, a rate of 250 per 100,000 "
    "among the borough's 25,600 children aged 10 to 17.": [
        ("rate", "250", [("count", "64"), ("base", "25,600")])
    ],
    # a change's ends are levels of one unit, whatever rates stand beside them
    "Burglary reached 1,210 offences, up 10% on 1,100 in 2021/22, equivalent to 8.1 per "
    "1,000 of the town's 149,400 residents.": [
        ("percent_change", "10", [("from", "1,100"), ("to", "1,210")]),
        ("rate", "8.1", [("count", "1,210"), ("base", "149,400")]),
    ],
    # a part picked out with "of whom" is no end of its whole's change
    "In 2023, 52 people were killed or seriously injured on the district's roads, of whom 4 "
    "died; the total was 20% below the 2015-19 baseline average of 65.0.": [
        ("percent_change", "20", [("from", "65.0"), ("to", "52")])
    ],
    # an aim stating both ends before its change, each qualified, is checked
    "Reports made through the reporting centres to rise from 40 in 2021/22 to 55 or more, an "
    "increase of at least 15; every centre's staff to have completed training.": [
        ("change_difference", "15", [("from", "40"), ("to", "55")])
    ],
    # "raise ... by" an amount is a change, and its ends the levels after it
    "The council agreed to raise the charge for a bulky waste collection by £4, from £26 to £30.": [
        ("change_difference", "£4", [("from", "£26"), ("to", "£30")])
    ],
    # ... and parts whose shares add up to less than all leave some out: no partition
    "Of 960 thefts reported on the estate, 350 (36%) were of bicycles and 204 (21%) of mopeds.": [
        ("share", "36", [("part", "350"), ("whole", "960")]),
        ("share", "21", [("part", "204"), ("whole", "960")]),
    ],
    # ... nor do thresholds of one scale
    "Of 800 emergency calls, 560 were answered within 10 seconds and 770 within 30 seconds.": [],
    # "of these" in the sentence after a comparison is of the year's level, not the year before's
    "Officers issued 2,840 parking tickets in 2023/24, 310 more than the 2,530 of the year "
    "before. Of these, 1,900 were dealt with by a payment, 700 by an appeal and 240 at court.": [
        ("change_difference", "310", [("from", "2,530"), ("to", "2,840")]),
        ("part_whole", "2,840", [("part", "1,900"), ("part", "700"), ("part", "240")]),
    ],
    # the rest, in a sentence of its own, completes the parts picked out before it
    "Of the 25 actions, 19 are complete. The remaining 6 are under way.": [
        ("part_whole", "25", [("part", "19"), ("part", "6")])
    ],
    "Officers recorded 940 thefts. Of these, 610 were from shops. The rest, 330, were from "
    "vehicles.": [("part_whole", "940", [("part", "610"), ("part", "330")])],
    # two levels set against each other in brackets are not a level and a change
    "Overall crime is down 3.0% (8,730 compared with 9,000).": [],
    # a bracket closed before the next figure is the first figure's own, not a comparison
    "Thefts: 980 (2022/23) | 910 (2023/24) | -7%": [
        ("percent_change", "-7", [("from", "980"), ("to", "910")])
    ],
    # a change on a line of its own is between the lines above it
    "Noise complaints: 1,150\nPrevious year: 1,250\nChange: -8.0%": [
        ("percent_change", "-8.0", [("from", "1,250"), ("to", "1,150")])
    ],
    # bullets opening "Of which" part the bullet above them when they add up to it
    "• Cases opened: 260\n• Of which closed: 190\n• Of which open: 70": [
        ("part_whole", "260", [("part", "190"), ("part", "70")])
    ],
    # a list said to be some of many is no partition
    "Of the 1,150 reports, 480 were noise, 300 litter and 120 parking, among other types.": [],
    "Of the 760 crimes, notably 310 were thefts and 250 assaults.": [],
    # a change said to be "more than" one level is not between two others
    "There were 860 incidents, 40 more than in 2022/23 and 95 more than in 2021/22 (765).": [
        ("change_difference", "95", [("from", "765"), ("to", "860")])
    ],
    "Of 300 referrals, 24 more than last year, 70 came from schools.": [],
    # a list ends where a change begins
    "Of 410 calls, 250 were from victims and 160 from family, up from 380 calls in 2022/23.": [
        ("part_whole", "410", [("part", "250"), ("part", "160")])
    ],
    # a rate's population in brackets; a comparator after a ";" is no count of it
    "Burglary: 1,240 offences, a rate of 8.0 per 1,000 residents (population 155,000); "
    "force area 6.1.": [("rate", "8.0", [("count", "1,240"), ("base", "155,000")])],
    # a table row whose cell label names the population
    "Vehicle crime 1,560 | Households 52,000 | Rate per 1,000 30.0": [
        ("rate", "30.0", [("count", "1,560"), ("base", "52,000")])
    ],
    # a population word beats a bracket as the sign of the base ...
    "There were 2.5 robberies per 10,000 residents (40 robberies, population 160,000).": [
        ("rate", "2.5", [("count", "40"), ("base", "160,000")])
    ],
    # ... and a ";" inside the brackets does not part the rate from its base
    "First time entrant rate: 180 per 100,000 (27 entrants; youth population 15,000)": [
        ("rate", "180", [("count", "27"), ("base", "15,000")])
    ],
    # another area's rate is not computed from the home area's count and population
    "With 42 first time entrants and a 10-17 population of 21,000, the rate was 200 per "
    "100,000, compared with 160 for England.": [
        ("rate", "200", [("count", "42"), ("base", "21,000")])
    ],
    # a target written as a command is an aim, not a change between the sentence's levels
    "Reduce repeat MARAC cases by 5% from the 2021/22 level of 180, and hold 12 training "
    "sessions for staff.": [],
    # a rate and its population with no count to check it against: no claim (nor a crash)
    "The rate was 15.0 per 1,000 across a population of 130,000.": [],
    # "Label: value" lines are each their own cell, not a whole and its parts
    "Operation Hawk results:\nDays of action: 4\nPremises searched: 9\nArrests: 21\n"
    "Vehicles seized: 35": [],
    # parts placed by name: the first of them is not their whole
    "I awarded £2.1m to 48 organisations, split between three partnerships: £900,000 in "
    "Ashford, £700,000 in Dover and £500,000 in Thanet.": [
        ("part_whole", "£2.1m", [("part", "£900,000"), ("part", "£700,000"), ("part", "£500,000")])
    ],
    # a range is not a list
    "Grants of between £500 and £5,000 went to 22 groups, a total of £48,300.": [],
    # a clause after a ";" with a subject of its own ends the list
    "The panel discussed 512 cases, made up of 300 new cases and 212 repeat cases; 640 "
    "children lived in those households.": [
        ("part_whole", "512", [("part", "300"), ("part", "212")])
    ],
    # a change with another year is not a gap to the country
    "The share of burglaries solved was 6.1 per cent, 1.2 percentage points higher than in "
    "2021/22 but below the England rate of 7.0 per cent.": [],
    # with "other" closing a bracketed list, the whole is the one the list adds up to
    "Dwelling fires: 190 (kitchen 120, electrical 40, smoking materials 21, other causes 9)": [
        ("part_whole", "190", [("part", "120"), ("part", "40"), ("part", "21"), ("part", "9")])
    ],
    # an item's label that reads as a participle is no clause of its own
    "The VRU grant of £900,000 was spent as follows: interventions £500,000; data and "
    "analysis £150,000; staffing £200,000; evaluation £50,000.": [
        (
            "part_whole",
            "£900,000",
            [("part", "£500,000"), ("part", "£150,000"), ("part", "£200,000"), ("part", "£50,000")],
        )
    ],
    # bracketed parts: a number in a part's label is not a part
    "I awarded £600,000, split between youth work (£250,000), road safety (£50,000) and "
    "funding for the four CSPs (£300,000).": [
        (
            "part_whole",
            "£600,000",
            [("part", "£250,000"), ("part", "£50,000"), ("part", "£300,000")],
        )
    ],
    # a cell label of words joined by "/" or "-" is one label: all the row's cells are parts
    "Disposals: Referral/reparation 30 | Caution 12 | Youth caution 8 | Grand total 50": [
        ("part_whole", "50", [("part", "30"), ("part", "12"), ("part", "8")])
    ],
    # ... and cells read after a figure of their unit not read as a cell are only some of
    # the total's parts: the row's levels are its parts only when they add up to it
    "Disposals: Referral (reparation) 30 | Caution 12 | Youth caution 8 | Grand total 50": [
        ("part_whole", "50", [("part", "30"), ("part", "12"), ("part", "8")])
    ],
    # a level after a list, in a clause of its own that states it, when the list adds up
    "Wardens issued 140 fixed penalties for littering and 60 for dog fouling, making 200"
    " penalties in the year.": [("part_whole", "200", [("part", "140"), ("part", "60")])],
    "Mentors gave 420 hours in schools and 180 hours in youth clubs, making 600 hours over"
    " the summer.": [("part_whole", "600", [("part", "420"), ("part", "180")])],
    "Crews fitted 75 alarms in May and 45 in June, bringing the total for the first"
    " half-year to 120.": [("part_whole", "120", [("part", "75"), ("part", "45")])],
    # ... and none when it does not: the clause may count something else
    "The team visited 40 schools and 12 colleges, making 300 referrals.": [],
    # a count named a population is the rate's base before a count of residents
    "The 450 residents in treatment equal 6.0 per 1,000 adults (an adult population of 75,000).": [
        ("rate", "6.0", [("count", "450"), ("base", "75,000")])
    ],
    # of two levels the periods leave alike, the one labelled the earlier period's is earlier
    "Burglary: earlier period 1,300, later period 1,210, change -90.": [
        ("change_difference", "-90", [("from", "1,300"), ("to", "1,210")])
    ],
    # parts cutting the group two ways, one on a scale and one not, may overlap: no
    # partition unless they add up
    "Of the 300 callers, 140 were men and 95 were over 60.": [],
    # ... but cuts of one scale are one way: a slip in them is caught
    "Of the 80 clients, 50 were aged under 25 and 20 were aged 25 or over.": [
        ("part_whole", "80", [("part", "50"), ("part", "20")])
    ],
    # a change that names what it counts is between the levels of that (or of nothing
    # named), not of the sentence's other count
    "Patrols dealt with 640 incidents, resulting in 95 arrests. The year before they dealt"
    " with 600, so incidents rose by 40.": [
        ("change_difference", "40", [("from", "600"), ("to", "640")])
    ],
    # the levels stated before a change, not a later clause's "from ... to"
    "Burglaries fell to 410 from 450, a drop of 40, with attempted burglaries down from 60"
    " to 52.": [("change_difference", "40", [("from", "450"), ("to", "410")])],
    # ... or each says the same of the whole at another time: no partition
    "Of 1,000 residents asked, 820 felt safe in the day and 430 felt safe at night.": [],
    # parts up to a run that adds up to the whole; those after it cut the group another way
    "Of the 500 pupils, 260 were boys, 240 were girls and 60 had a special need.": [
        ("part_whole", "500", [("part", "260"), ("part", "240")])
    ],
    # ... or each gives an answer to one question
    "Of the 300 parents surveyed, 210 said the sessions helped and 160 said they would"
    " attend again.": [],
    # parts after a part that add up to it are its parts: a funnel, not the whole's
    "Of the 24 complaints, 15 were upheld, 10 led to an apology and 5 to compensation.": [
        ("part_whole", "15", [("part", "10"), ("part", "5")])
    ],
    # a bare "v" between two numbers sets one against the other: not a change and a level
    "Theft: down 6% (1,880 v 2,000)": [],
    # a phrasal verb's particle ("making up") is no change word before a list
    "Crews attended 940 fires, with grass fires making up 610 and bin fires 330.": [
        ("part_whole", "940", [("part", "610"), ("part", "330")])
    ],
    # a change in count "by" which the verb moves to a level, and its percentage apart
    "Robbery fell by 30 to 270, a reduction of 10 per cent.": [
        ("percent_change", "10", [("change", "30"), ("to", "270")])
    ],
    # ... but not another verb's percentage
    "Robbery fell by 30 to 270, while burglary fell 4 per cent.": [],
    # ... and the level after it is the one compared with, the earlier
    "Criminal damage increased year-on-year by 12.5% (900 offences v 800).": [
        ("percent_change", "12.5", [("from", "800"), ("to", "900")])
    ],
    # a quarter's label is a cell's label: the row's total is claimed whatever the sum,
    # so a slip in it is caught
    "Secondary fires | Q1 140 | Q2 210 | Q3 95 | Q4 60 | Total 500": [
        (
            "part_whole",
            "500",
            [("part", "140"), ("part", "210"), ("part", "95"), ("part", "60")],
        )
    ],
    # a "Total" column totals the cells before it in its row, past the row's label
    "Measure | Q1 | Q2 | Q3 | Q4 | Total\nDeliberate fires | 55 | 166 | 97 | 55 | 373\n"
    "Home safety visits | 138 | 392 | 89 | 369 | 989": [
        ("part_whole", "373", [("part", "55"), ("part", "166"), ("part", "97"), ("part", "55")]),
        ("part_whole", "989", [("part", "138"), ("part", "392"), ("part", "89"), ("part", "369")]),
    ],
    # a variance cell signed before its money is the change from budget to spend
    "Project | Budget | Spent | Variance\nYouth diversion | £45,000 | £41,500 | -£3,500": [
        ("change_difference", "£3,500", [("from", "£45,000"), ("to", "£41,500")])
    ],
    # a Total row sums a column of counts, and of shares when they make 100%, but a
    # rate's or a rate of success's total is taken over all, not summed
    "Ward | ASB incidents | Rate per 1,000 population\nRiverside | 373 | 83.3\n"
    "Castle | 744 | 55.8\nTotal | 1,117 | 63.1": [
        ("part_whole", "1,117", [("part", "373"), ("part", "744")])
    ],
    "Ward | Crimes | Solved %\nRiverside | 373 | 21.0\nCastle | 744 | 30.0\nTotal | 1,117 | 27.0": [
        ("part_whole", "1,117", [("part", "373"), ("part", "744")])
    ],
    "Ward | ASB incidents | % of all ASB\nRiverside | 373 | 33.4\nCastle | 744 | 66.6\n"
    "Total | 1,117 | 100.0": [
        ("part_whole", "1,117", [("part", "373"), ("part", "744")]),
        ("part_whole", "100.0", [("part", "33.4"), ("part", "66.6")]),
    ],
    # a part's own "of which" right after it does not end the list
    "Crews attended 840 fires, 515 of which were accidental and 325 deliberate.": [
        ("part_whole", "840", [("part", "515"), ("part", "325")])
    ],
    # a whole opening the sentence after "of" and whose it is: the parts after it are its,
    # not those of the first part
    "Of the council's £90,000 safety fund, the police received £40,000, with £30,000 going "
    "to youth work and £20,000 to CCTV.": [
        ("part_whole", "£90,000", [("part", "£40,000"), ("part", "£30,000"), ("part", "£20,000")])
    ],
    # a sentence opening on a total of the list before it, when the list adds up to it
    "Wardens removed 31 bikes and 12 trolleys from the river. A total of 43 items were taken"
    " away.": [("part_whole", "43", [("part", "31"), ("part", "12")])],
    "Patrols gave 18 warnings and 7 fines. In total, 25 actions followed.": [
        ("part_whole", "25", [("part", "18"), ("part", "7")])
    ],
    # ... and none when it does not: the total may count something else
    "Wardens removed 31 bikes and 12 trolleys from the river. A total of 60 volunteers helped.": [],
    # rows of a table flattened to text, one figure a line, closed by a "Total" line
    "Team | Arrests\nNorth | 57\nSouth | 44\nTotal | 101": [
        ("part_whole", "101", [("part", "57"), ("part", "44")])
    ],
    "Eastgate: 96\nWestgate: 88\nMarket: 71\nTotal: 255": [
        ("part_whole", "255", [("part", "96"), ("part", "88"), ("part", "71")])
    ],
    # ... but a line that names more than a total is a level of its own
    "Theft: 640\nCriminal damage: 210\nTotal crime: 5,900": [],
    # a first bullet that is a total, and the bullets under it that add up to it
    "• 96 referrals in all\n• 51 from schools\n• 30 from police\n• 15 from parents": [
        ("part_whole", "96", [("part", "51"), ("part", "30"), ("part", "15")])
    ],
    # people who "dropped out" left: a part, not a fall
    "Of the 150 people who started the course, 92 completed, 41 dropped out and 17 were "
    "transferred.": [("part_whole", "150", [("part", "92"), ("part", "41"), ("part", "17")])],
    # a change compared with a period, its two levels after it running one "to" the other
    "Vehicle thefts rose by 38 compared with 2022/23 (171 to 209).": [
        ("change_difference", "38", [("from", "171"), ("to", "209")])
    ],
    # a rate whose count is stated in a ";" clause of its own sentence
    "The service saw 64 first time entrants; with 21,300 young people aged 10 to 17 in the "
    "borough, the rate is 300 per 100,000.": [
        ("rate", "300", [("count", "64"), ("base", "21,300")])
    ],
    # ... but a comparator's rate after a rate of the sentence's own is not of its count
    "Theft: 700 offences, a rate of 7.0 per 1,000 households (households 100,000); the "
    "regional rate was 6.2.": [("rate", "7.0", [("count", "700"), ("base", "100,000")])],
    # a period before a ";" is not of the figure in the clause after it
    "Officers recorded 2,240 thefts in 2023/24; this compares with 2,500 in 2022/23 and is "
    "a 10.4% fall.": [("percent_change", "10.4", [("from", "2,500"), ("to", "2,240")])],
    # a shortfall against a plan, and an outturn above a target named before it
    "Volunteers ran 188 patrols, 12 short of the 200 planned.": [
        ("change_difference", "12", [("from", "200"), ("to", "188")])
    ],
    "CCTV reviews: target 500, completed 540 (40 above target).": [
        ("change_difference", "40", [("from", "500"), ("to", "540")])
    ],
    # ... its plan and outturn sought in its own ";" clause when the sentence has others
    "Wardens cleared 40 sites and fitted 9 gates; 310 letters were sent, 15 short of the 325"
    " planned.": [("change_difference", "15", [("from", "325"), ("to", "310")])],
    # ... its plan written with a thousands separator
    "Wardens handed out 1,140 leaflets, 60 short of the 1,200 planned.": [
        ("change_difference", "60", [("from", "1,200"), ("to", "1,140")])
    ],
    # a list does not run on past a ";" into a clause with a subject and verb of its own
    "The hub took 640 calls, of which 402 were from victims; volunteers made 120 follow-up"
    " visits.": [],
    # ... but items after a ";" that repeat the first item's verb are still the list
    "Of the 96 cases, police referred 41; schools referred 30; health services referred 25.": [
        ("part_whole", "96", [("part", "41"), ("part", "30"), ("part", "25")])
    ],
    # a change against a period the text gives no level of is not between two levels of
    # one period (the outturn and its target)
    "Vehicle thefts in the second quarter numbered 96 against a target of 110, 9 fewer than"
    " in the second quarter of 2021/22.": [],
    # a rate's count and base are whole numbers, not the rates of a list's other items
    "The estates with the highest burglary rates were Northgate (18.6 per 1,000 households),"
    " Millfield (12.3) and Ashbrook (9.7), against a borough rate of 6.2 per 1,000.": [],
    # one count and base make one rate: a rate set against it is a benchmark's
    "Police recorded 8,200 crimes, a rate of 61.5 per 1,000 residents on a population of"
    " 133,300, compared with 72.4 for the county.": [
        ("rate", "61.5", [("count", "8,200"), ("base", "133,300")])
    ],
    # the levels after "from" and "to" on the change's own verb are its ends, whatever
    # other levels the sentence has
    "Wardens issued 1,310 notices, 90 short of the 1,400 planned; shoplifting in the precinct"
    " fell by 20 per cent, from 250 to 200 offences.": [
        ("change_difference", "90", [("from", "1,400"), ("to", "1,310")]),
        ("percent_change", "20", [("from", "250"), ("to", "200")]),
    ],
    # ... and a change it is compared with is another place's, with no levels in the text
    "Wardens issued 1,310 notices, 90 short of the 1,400 planned; shoplifting in the precinct"
    " fell by 20 per cent, from 250 to 200 offences, compared with an 8 per cent fall across"
    " the county.": [
        ("change_difference", "90", [("from", "1,400"), ("to", "1,310")]),
        ("percent_change", "20", [("from", "250"), ("to", "200")]),
    ],
    # of two later levels, the one a target names is an aim, not the level the change reached
    "Vehicle crime stood at 540, down 10% on the 2019/20 baseline of 600 and under the"
    " target of 560.": [("percent_change", "10", [("from", "600"), ("to", "540")])],
    # a baseline that is an average of earlier years is one end of a change against it
    "In 2023, 96 pedestrians were hurt on the borough's roads, 12.7 per cent below the"
    " 2015-19 baseline average of 110.": [
        ("percent_change", "12.7", [("from", "110"), ("to", "96")])
    ],
    # a change compared with a stated level is between it and the level of its period
    # stated before the change, not an earlier year's
    "In the residents' survey 58% said they felt safe at night, up from 51% three years"
    " earlier and 6 percentage points above the England figure of 52%.": [
        ("change_difference", "6", [("from", "52"), ("to", "58")])
    ],
    # a participle with no subject of its own says again how the subject moved
    "Vehicle crime fell by 15%, dropping from 1,200 offences to 1,020.": [
        ("percent_change", "15", [("from", "1,200"), ("to", "1,020")])
    ],
    # ... but a change verb with a subject of its own moves another level
    "Theft fell by 6%, and shop thefts dropped from 300 to 282.": [],
    # the rest after a ";" completes the parts of a whole its clause and verb stated
    "The panel received 52 requests and 40 met the threshold; the remaining 12 were "
    "referred back.": [("part_whole", "52", [("part", "40"), ("part", "12")])],
    # ... but a part of none after the run is still one of them
    "Of the 30 appeals, 18 were upheld, 12 were dismissed and 0 were withdrawn.": [
        ("part_whole", "30", [("part", "18"), ("part", "12"), ("part", "0")])
    ],
    # "these" are what was done, not the target it was set against
    "240 homes were fitted with alarms against a target of 200. Of these, 150 were referred "
    "by the fire service and 90 by housing officers.": [
        ("part_whole", "240", [("part", "150"), ("part", "90")])
    ],
    # "N fewer than the X target" restates the level it follows, not an earlier one
    "Talks ran at 18 clubs against 20 planned, reaching 1,140 members, 60 fewer than the "
    "1,200 target.": [("change_difference", "60", [("from", "1,200"), ("to", "1,140")])],
    # the level compared with is of the change's unit, not a count said beside it
    "The fund paid out £48,200 to 31 clubs, £6,100 more than in 2022/23, when 27 clubs "
    "received £42,100.": [
        ("change_difference", "£6,100", [("from", "£42,100"), ("to", "£48,200")])
    ],
    # a list of labelled items closed by "the remaining" is the parts of the sentence
    # before's whole, its first item no whole of the rest
    "The panel considered 220 cases. Schools raised 90, the police 70 and health the "
    "remaining 60.": [("part_whole", "220", [("part", "90"), ("part", "70"), ("part", "60")])],
    # a bare gap to another area's rate is in the rate's unit, between the two rates
    "Burglary ran at 9.8 per 1,000 households, 1.3 lower than the regional rate of 11.1.": [
        ("change_difference", "1.3", [("from", "11.1"), ("to", "9.8")])
    ],
    # of two levels of the year, the one the change follows straight on
    "Wardens issued 96 fixed penalty notices, a rise of 21 on the 75 recorded in 2021/22, "
    "and served 34 closure notices.": [("change_difference", "21", [("from", "75"), ("to", "96")])],
    # a youth rate's count is the level of its year, its base the children of an age range
    "First time entrants fell from 40 in 2021/22 to 31 in 2022/23; with 14,800 young people "
    "aged 10 to 17, that is a rate of 209 per 100,000.": [
        ("rate", "209", [("count", "31"), ("base", "14,800")])
    ],
    # a shortfall against a target is the gap between the two
    "Volunteer hours: 2,730 given against a target of 3,000, a shortfall of 270 (9%).": [
        ("change_difference", "270", [("from", "3,000"), ("to", "2,730")]),
        ("percent_change", "9", [("from", "3,000"), ("to", "2,730")]),
    ],
    # a plain "Label: value" list closed by a total that carries its comparison after a comma
    "Hate crimes recorded, 2023/24\nRace: 612\nSexual orientation: 148\nDisability: 97\n"
    "Total: 857, up 7.7% on 2022/23": [
        ("part_whole", "857", [("part", "612"), ("part", "148"), ("part", "97")])
    ],
    # a shortfall after a level set "against" another is between them, not between the
    # line before's actual and target
    "Safety packs handed out: 312 (target 300). Volunteers recruited: 41 against 45, 4 short.": [
        ("change_difference", "4", [("from", "45"), ("to", "41")])
    ],
    # the patrols a count was made through are no end of its change
    "Members heard that 96 mopeds and other scooters had been seized through the two patrol "
    "teams in the town centre, against 140 the year before, a reduction of 44 (31.4%).": [
        ("change_difference", "44", [("from", "140"), ("to", "96")]),
        ("percent_change", "31.4", [("from", "140"), ("to", "96")]),
    ],
    # a row labelled "All <things>" closes the rows above it
    "Dispersal orders, 2022/23 | Issued | Breached\nTown centre | 64 | 11\nRiverside | 29 | 4\n"
    "All orders | 93 | 15": [
        ("part_whole", "93", [("part", "64"), ("part", "29")]),
        ("part_whole", "15", [("part", "11"), ("part", "4")]),
    ],
    # a gap "under" a budget is between the budget and the spend
    "Repairs to the cameras cost £48,300, £1,700 under the £50,000 budget.": [
        ("change_difference", "£1,700", [("from", "£50,000"), ("to", "£48,300")])
    ],
    # a part picked out "N of them" and named is no end of the whole's change
    "Wardens handled 640 complaints in 2021/22, 95 of them dog fouling. That was 28% more "
    "than the 500 handled in 2020/21.": [
        ("percent_change", "28", [("from", "500"), ("to", "640")])
    ],
    # nor is a part picked out of the whole after the change
    "Cameras logged 1,930 incidents in 2022/23 (1,702 in 2021/22), a rise of 13.4%, with "
    "operators passing 812 of them to the police.": [
        ("percent_change", "13.4", [("from", "1,702"), ("to", "1,930")])
    ],
    # a change said of the level right before it is not between another thing's levels
    "The hub took 640 referrals, against 590 a year earlier, a rise of 8.5%. Its volunteers "
    "handed out 210 safety packs, 35 more than the year before.": [
        ("percent_change", "8.5", [("from", "590"), ("to", "640")])
    ],
    # a level of hours a gap falls "short of" is in hours too
    "Volunteers gave 1,240 hours in 2023/24, 60 below the 1,300 expected.": [
        ("change_difference", "60", [("from", "1,300"), ("to", "1,240")])
    ],
    "Mentoring: 615 hours delivered (35 short of the 650 planned).": [
        ("change_difference", "35", [("from", "650"), ("to", "615")])
    ],
    # "for every 1,000" is "per 1,000"; a population after a rate's base is a count
    "Officers dealt with 1,230 fly-tips, 5.1 for every 1,000 residents (population 241,000).": [
        ("rate", "5.1", [("count", "1,230"), ("base", "241,000")])
    ],
    "The town recorded 1,216 burglaries, or 12.4 burglaries per 1,000 residents based on a "
    "population of 98,200.": [("rate", "12.4", [("count", "1,216"), ("base", "98,200")])],
    # a whole set against a baseline is the later end, not a part picked out of it; a
    # calendar year inside the report's year is this year
    "Cyclists were 23 of the 61 people seriously hurt on Bury's roads in 2022; that was "
    "9 fewer than the 2017–21 average of 70.": [
        ("change_difference", "9", [("from", "70"), ("to", "61")])
    ],
    # "N short" ending a clause after a plan is the gap to it; of two levels of the year,
    # the plan's end is the one counting what the plan counts
    "Wardens ran 52 school patrols against a target of 60, 8 short owing to sickness.": [
        ("change_difference", "8", [("from", "60"), ("to", "52")])
    ],
    "Membership rose to 410, with 27 new schemes registered, three short of the 30 planned.": [
        ("change_difference", "three", [("from", "30"), ("to", "27")])
    ],
    "The scheme offered 12 short breaks to young carers.": [],
    # a part's own breakdown in brackets is a list of its own inside the outer one; those
    # who "declined" an offer are a part, not a fall
    "Mediation was offered in 88 disputes: 52 went ahead (40 face to face and 12 by "
    "phone) and 36 declined.": [
        ("part_whole", "88", [("part", "52"), ("part", "36")]),
        ("part_whole", "52", [("part", "40"), ("part", "12")]),
    ],
    # a gap in points to another area's figure, with a target after it
    "Of the 640 people leaving treatment, 52.6% left drug free, 4.1 percentage points "
    "above the England figure of 48.5% and ahead of the 45% target.": [
        ("change_difference", "4.1", [("from", "48.5"), ("to", "52.6")])
    ],
    # a percentage change to a qualified level, checked within its rounding
    "Graffiti reports were down by 30%, from 410 in 2021/22 to fewer than 290.": [
        ("percent_change", "30", [("from", "410"), ("to", "290")])
    ],
    "Losses to rural theft reached an estimated £2.3m, up 15 per cent from £2.0m a year earlier.": [
        ("percent_change", "15", [("from", "£2.0m"), ("to", "£2.3m")])
    ],
    # a rate per doer: the count of what they did over those who did it
    "Of the 40 young people in the cohort, 12 reoffended, committing 45 further "
    "offences, an average of 3.75 per reoffender.": [
        ("rate", "3.75", [("count", "45"), ("base", "12")])
    ],
    # no sentence starts after "and": the last item of a list, with a verb of its own
    # (the parser split this one after "and")
    "Of the 1,146 people in treatment during the year, 612 were opiate users, 248 "
    "non-opiate users, 207 alcohol-only clients and 79 used non-opiates and alcohol "
    "together.": [
        ("part_whole", "1,146", [("part", "612"), ("part", "248"), ("part", "207"), ("part", "79")])
    ],
    # a change against a year whose level is not given, then the level against a target:
    # the target is no end of the change
    "Officers made 512 arrests, 40 more than in 2021/22 and above the target of 500.": [],
    # an item whose verb is left out ("and ... a further N"), closed by "a combined" sum
    "Street Pastors gave 3,120 hours and Neighbourhood Watch coordinators a further 1,480, "
    "a combined 4,600 volunteer hours.": [
        ("part_whole", "4,600", [("part", "3,120"), ("part", "1,480")])
    ],
    # a stated partition's part broken down in brackets
    "60 tenants were offered mediation. Of these, 41 took it up and 19 did not (11 "
    "refused and 8 could not be reached).": [
        ("part_whole", "60", [("part", "41"), ("part", "19")]),
        ("part_whole", "19", [("part", "11"), ("part", "8")]),
    ],
    # "the remaining" closes a list whose items carry money of their own between them
    "The grant scheme had 88 applications worth £640,000; 52 were approved, sharing "
    "£310,000, and the remaining 36 were turned down.": [
        ("part_whole", "88", [("part", "52"), ("part", "36")])
    ],
    # an aim that states both its ends is checked like any change
    "Street Watch groups to grow from 40 to 55, 15 more than now.": [
        ("change_difference", "15", [("from", "40"), ("to", "55")])
    ],
    # "violence against women and girls" names a crime, it sets nothing against anything
    "The fund gave out £150,000: £70,000 for youth work, £50,000 for tackling violence "
    "against women and girls and the remaining £30,000 for CCTV.": [
        ("part_whole", "£150,000", [("part", "£70,000"), ("part", "£50,000"), ("part", "£30,000")])
    ],
    # a season or holiday says when, not where: no whole placed before its places
    "1,200 places were taken up (700 in the summer, 300 at Easter and 200 at Christmas).": [
        ("part_whole", "1,200", [("part", "700"), ("part", "300"), ("part", "200")])
    ],
    # "the three towns" is where, no level to compare with
    "612 thefts were recorded in the three towns, 58 fewer than the 670 baseline.": [
        ("change_difference", "58", [("from", "670"), ("to", "612")])
    ],
    # the parts of the sentence before are no ends of a change set against its whole
    "Officers recorded 1,500 violent crimes, of which 900 were assaults and 600 threats. "
    "This was 4.0% down on the 1,562 recorded the year before.": [
        ("part_whole", "1,500", [("part", "900"), ("part", "600")]),
        ("percent_change", "4.0", [("from", "1,562"), ("to", "1,500")]),
    ],
    # a row's cell labelled "All ..." is the whole of the cells before it
    "Disposals | Caution 41 | Community resolution 66 | Charge 203 | All disposals 310": [
        ("part_whole", "310", [("part", "41"), ("part", "66"), ("part", "203")])
    ],
    # neither end of a change is a level another change verb moves
    "All crime had risen by 4.0% to 1,040 offences, from 1,000 in 2021/22, while reports "
    "of anti-social behaviour had fallen by 30 to 210.": [
        ("percent_change", "4.0", [("from", "1,000"), ("to", "1,040")])
    ],
    # a list closed by the sum it adds up to, "in all" after the sum's noun
    "Five days of action resulted in 17 warnings, 28 notices and 6 closure orders – 51 "
    "outcomes in all.": [("part_whole", "51", [("part", "17"), ("part", "28"), ("part", "6")])],
    # a "Label: value" line whose label counts hours is in hours: the count above is no part
    "Community Payback, 2023/24:\nProjects completed: 41\nHours on public projects: 9,200\n"
    "Hours on other projects: 14,800\nHours worked in total: 24,000": [
        ("part_whole", "24,000", [("part", "9,200"), ("part", "14,800")])
    ],
    # a figure counted "of which" out of the one before is its part, not one beside it
    "Crews attended 52 water incidents, 21 of which involved rescuing a total of 30 people.": [],
    # a line that states both ends states its change's, not the next line's
    "Schools programme, Conwy:\nTalks given: 620 (2022/23: 540; change +80)\nPupils taught: "
    "15,200 (2022/23: 13,900)": [("change_difference", "+80", [("from", "540"), ("to", "620")])],
    # a percentage in brackets at a row's end is the row's, not a sentence of its own
    "Dwelling fires | 2022/23 | 2023/24 | change\nNorth ward | 250 | 200 | -50 (-20.0%)\n"
    "Safety checks completed: 1,300, against 1,200 planned.": [
        ("change_difference", "-50", [("from", "250"), ("to", "200")]),
        ("percent_change", "-20.0", [("from", "250"), ("to", "200")]),
    ],
    # "N of the planned M" counts a part out of its whole, whose other part is "the other"
    "52 of the planned 60 volunteers finished training; the other 8 withdrew.": [
        ("part_whole", "60", [("part", "52"), ("part", "8")])
    ],
    # a gap in points to another area's figure runs from that figure, not from a target
    "Members were advised that 71.5% of referrals to treatment services in Bolton started "
    "treatment within 15 working days, 3.1 percentage points below the England figure of "
    "74.6% but above the 70% target.": [
        ("change_difference", "3.1", [("from", "74.6"), ("to", "71.5")])
    ],
    # a change with one end in its sentence takes the other from the sentence before only
    # when that one is of the same metric
    "There were 48 accidental dwelling fires, three fewer than the 51 of 2021/22. Deliberate "
    "fires rose by 12.5% to 270.": [("change_difference", "three", [("from", "51"), ("to", "48")])],
    # the items of a list after a level of hours, their unit left out, are hours: its parts
    "4,100 hours of unpaid work were completed – 2,600 in Bolton and 1,500 in Farnworth – on "
    "90 sites.": [("part_whole", "4,100", [("part", "2,600"), ("part", "1,500")])],
    # a change after a baseline average is no average itself, and runs from the baseline
    "64 people were killed or seriously injured on Bolton's roads in 2022, against a "
    "2015–2019 baseline average of 80, a reduction of 20.0%.": [
        ("percent_change", "20.0", [("from", "80"), ("to", "64")])
    ],
    # a change of its own metric in a ";" item is not between the levels of another item
    "2,500 attendances from at least 300 young people; a 15% fall in youth-related ASB in "
    "the two wards (baseline 840 incidents).": [],
    # people "cut off" by the tide are no fall: the last part of the rescued
    "Lifeguards rescued 140 people – 90 swimmers, 28 kayakers and 22 people cut off by the tide.": [
        ("part_whole", "140", [("part", "90"), ("part", "28"), ("part", "22")])
    ],
    # a bare target and shortfall after a level of hours are in hours too
    "Volunteers gave 2,400 hours against a target of 3,000, a shortfall of 600.": [
        ("change_difference", "600", [("from", "3,000"), ("to", "2,400")])
    ],  # counts in brackets after their items are parts, not numbered items of a list
    "The 27 actions were split between health (12), police (8), schools (4) and the council (3).": [
        ("part_whole", "27", [("part", "12"), ("part", "8"), ("part", "4"), ("part", "3")])
    ],
    # two areas "accounting for" some "of the total" pick out parts; they do not cover it
    "Burglary fell from 2,900 to 2,610, with Eastfield and Westbrook accounting for 640 and "
    "410 of the 2023/24 total respectively.": [],
    # a gap to an expected level is the difference between them; a per cent after
    # "N more, or" restates that change
    "The MARAC heard 640 cases, against an expected level of 710, leaving a gap of 70.": [
        ("change_difference", "70", [("from", "710"), ("to", "640")])
    ],
    # the parts in brackets after the later level are no nearer level of its change
    "Treatment starts: 300 adults (opiates 120, alcohol 180), 25 more than the 275 who "
    "started in 2021/22.": [
        ("change_difference", "25", [("from", "275"), ("to", "300")]),
        ("part_whole", "300", [("part", "120"), ("part", "180")]),
    ],
    # a plan's actual is in the plan's own ";" item, not the next item's
    "2,140 pupils reached against a target of 2,000, 140 above target; 96 staff trained.": [
        ("change_difference", "140", [("from", "2,000"), ("to", "2,140")])
    ],
    # a number counting the noun before a change verb is no change ("the three wards fell")
    "ASB in the three wards fell from 240 incidents to 180, a 25.0% reduction.": [
        ("percent_change", "25.0", [("from", "240"), ("to", "180")])
    ],
    # gaps to a plan named without its figure: the aim's end, and the baseline
    "The strategy commits to cutting burglary by 10% from the 2021/22 baseline of 900 "
    "offences to 810 by 2025. In 2022/23 there were 850 offences, 40 above the end-point "
    "and 50 below the baseline.": [
        ("percent_change", "10", [("from", "900"), ("to", "810")]),
        ("change_difference", "40", [("from", "810"), ("to", "850")]),
        ("change_difference", "50", [("from", "900"), ("to", "850")]),
    ],
    # a gap to a plan after its level runs from the plan to the level right before it
    "Hate crime reports rose to 120, and 27 new reporting centres were opened, three short "
    "of the 30 planned.": [("change_difference", "three", [("from", "30"), ("to", "27")])],
    # each change runs from the earlier level it names to the level they both compare
    "There were 41 road deaths in 2021, six more than the 35 in 2020 and 11 above the 30 "
    "in 2019.": [
        ("change_difference", "six", [("from", "35"), ("to", "41")]),
        ("change_difference", "11", [("from", "30"), ("to", "41")]),
    ],
    # a change is of its own ";" item's level, not a catalogued one of another item
    "Test purchases: 48 (2021/22: 40); failures: 6, two fewer than the eight of last year.": [
        ("change_difference", "two", [("from", "eight"), ("to", "6")])
    ],
    # the same items split in count and in money: two partitions
    "The fund of £450,000 supported 38 projects: 21 in Wirral (£240,000) and 17 in Sefton "
    "(£210,000).": [
        ("part_whole", "38", [("part", "21"), ("part", "17")]),
        ("part_whole", "£450,000", [("part", "£240,000"), ("part", "£210,000")]),
    ],
    # a plan stated before "more than planned" is the other end
    "Officers seized 52 bikes against a target of 40, 12 more than planned.": [
        ("change_difference", "12", [("from", "40"), ("to", "52")])
    ],
    # an aim that states both its ends, a baseline's and a ceiling's, is checked
    "Reduce deliberate fires by 10% from the 2022/23 baseline of 300, to no more than 270.": [
        ("percent_change", "10", [("from", "300"), ("to", "270")])
    ],
    "Enquiries rose to 1,300 from 1,000. That is 300 more, or 30.0%.": [
        ("change_difference", "300", [("from", "1,000"), ("to", "1,300")]),
        ("percent_change", "30.0", [("from", "1,000"), ("to", "1,300")]),
    ],
    # a target the change beats is no level of the year; "beat ... by" states a gap to it
    "Prolific offenders committed 212 offences, down from 260 in 2020/21, a fall of 48, "
    "beating the target of 230 by 18.": [
        ("change_difference", "48", [("from", "260"), ("to", "212")]),
        ("change_difference", "18", [("from", "230"), ("to", "212")]),
    ],
    # a line naming only a change is of the line above, whatever line follows
    "Burglary: 512 (2021/22: 560)\nChange: -48 (-8.6%)\nRobbery: 140 (2021/22: 150)\n"
    "Change: -10 (-6.7%)": [
        ("change_difference", "-48", [("from", "560"), ("to", "512")]),
        ("percent_change", "-8.6", [("from", "560"), ("to", "512")]),
        ("change_difference", "-10", [("from", "150"), ("to", "140")]),
        ("percent_change", "-6.7", [("from", "150"), ("to", "140")]),
    ],
    # a level of a clause joined on after the change is no end of it
    "The youth justice service diverted 96 children from court through its panel (2020/21: "
    "80), 16 more than the year before, and only 9 (9.4%) went on to reoffend within a year.": [
        ("change_difference", "16", [("from", "80"), ("to", "96")]),
    ],
    # each gap to a plan after the level runs to that level, past the level's own start
    # and the plan another gap is to
    "Road deaths fell to 17 from 22 in 2021, three below the ceiling of 20 and nine below the "
    "baseline average of 26.": [
        ("change_difference", "three", [("from", "20"), ("to", "17")]),
        ("change_difference", "nine", [("from", "26"), ("to", "17")]),
    ],
    # a level set against a standard is no end of the year's change, however near it
    "In 2022/23, 84.2% of emergency calls were answered within 10 seconds, against the "
    "national standard of 90%, an improvement of 3.5 percentage points on the 80.7% of "
    "2021/22.": [("change_difference", "3.5", [("from", "80.7"), ("to", "84.2")])],
    # a change in points restated in per cent "in relative terms" is a relative change
    "The detection rate was 21.0%, up from 17.5%; this is an increase of 3.5 percentage "
    "points, or 20.0% in relative terms.": [
        ("change_difference", "3.5", [("from", "17.5"), ("to", "21.0")]),
        ("percent_change", "20.0", [("from", "17.5"), ("to", "21.0")]),
    ],
    # a gap to the average of a group of similar areas runs from that average
    "Robbery was 0.92 offences per 1,000 population, 0.21 above the most similar group "
    "average of 0.71.": [("change_difference", "0.21", [("from", "0.71"), ("to", "0.92")])],
    # a plan compared with a rate is a rate, no second count beside the rate's own
    "The borough recorded 640 burglaries against 120,400 households, a rate of 5.3 per "
    "1,000, just above the 5.0 aimed for.": [
        ("rate", "5.3", [("count", "640"), ("base", "120,400")])
    ],
    # a change between two averages of two periods is checked against them
    "Emergency calls were answered in an average of 8 seconds in Q3, against 14 seconds in "
    "Q3 last year, a reduction of 6 seconds.": [
        ("change_difference", "6", [("from", "14"), ("to", "8")])
    ],
    "The average wait for a 101 call was 190 seconds in June, down from 305 seconds in May, "
    "115 seconds quicker.": [("change_difference", "115", [("from", "305"), ("to", "190")])],
    # an aim "by" so much "on" a level "to" another states both its ends
    "Cut shoplifting by 10% on the 2021/22 level of 1,200 offences, to no more than 1,080.": [
        ("percent_change", "10", [("from", "1,200"), ("to", "1,080")])
    ],
    # a variance against a plan runs to the outturn, even stated after both
    "The project closed with an overspend of £1,250 against its £20,000 grant, having spent "
    "£21,250.": [("change_difference", "£1,250", [("from", "£20,000"), ("to", "£21,250")])],
    "Reporting centres took 52 reports, 8 short of the 60 aimed for.": [
        ("change_difference", "8", [("from", "60"), ("to", "52")])
    ],
    # a change right after "compared with" a level runs to the level compared, not to the
    # whole the sentence opened on
    "The IOM cohort stood at 88 at the year end, with 31 people (35%) in work, compared with "
    "22 at the start of the year, 9 more.": [
        ("change_difference", "9", [("from", "22"), ("to", "31")])
    ],
    # "of which" after a target lists the parts of the level the target is set against;
    # a part gapped from its verb ("... and 1,100 to ...") counts what its whole counts
    "Cleveland Fire Brigade carried out 5,240 home fire safety checks against a target of "
    "5,000, of which 4,140 were to homes assessed as high risk and 1,100 to low risk homes.": [
        ("part_whole", "5,240", [("part", "4,140"), ("part", "1,100")])
    ],
    # a list closed by "the remaining" that adds up to the sentence before's whole is its
    # parts, not its first item split in two
    "The IOM cohort numbered 120 in March. 64 were fixed cohort, 38 flex and the remaining "
    "18 free.": [("part_whole", "120", [("part", "64"), ("part", "38"), ("part", "18")])],
    # a change "over two years" runs from the level two years before the latest
    "Burglary fell to 540 from 610 in 2021/22 and 700 in 2020/21, a drop of 160 over two years.": [
        ("change_difference", "160", [("from", "700"), ("to", "540")])
    ],
    # a stage after the parts, with a noun and a verb of its own, is no part of them
    "Forty DVPNs were authorised; thirty-one of these went to a hearing and twenty-two "
    "orders were granted.": [],
    # ... but a sentence opening on a change's noun is no such line: its levels may follow
    "A reduction of 12% in reports of anti-social behaviour shows growing confidence. This "
    "was a drop from 500 incidents to 440.": [
        ("percent_change", "12", [("from", "500"), ("to", "440")])
    ],
    # budgets compared: a budget is the level, not a plan set apart from it
    "The force's revenue budget for 2023/24 is £96.5m, an increase of £3.2m on the £93.3m "
    "of 2022/23, and includes savings of £1.4m.": [
        ("change_difference", "£3.2m", [("from", "£93.3m"), ("to", "£96.5m")])
    ],
    # a population estimate is a rate's base all the same
    "Youth justice recorded 52 first time entrants, out of an estimated 20,800 residents "
    "aged 10 to 17, a rate of 250 per 100,000.": [
        ("rate", "250", [("count", "52"), ("base", "20,800")])
    ],
    # ... and its count may be in the sentence before, of the rate's year
    "Proven reoffenders fell from 150 to 126. Against a population of 42,000 adults, the "
    "rate is 300 per 100,000.": [("rate", "300", [("count", "126"), ("base", "42,000")])],
    # ... but not when the sentence before counts more than one thing of that year
    "There were 126 reoffenders and 310 victims. Against a population of 42,000 adults, "
    "the rate is 300 per 100,000.": [],
    # parts add up to the level before them, not to another level standing between
    "The youth fund paid out £64,000 this year, £6,000 less than the £70,000 of last year, "
    "with £40,000 to sports clubs and the remaining £24,000 to detached work.": [
        ("change_difference", "£6,000", [("from", "£70,000"), ("to", "£64,000")]),
        ("part_whole", "£64,000", [("part", "£40,000"), ("part", "£24,000")]),
    ],
    # points in a sentence that says "per cent" are percentage points
    "Satisfaction rose to 80 per cent from 74 per cent, up 6 points.": [
        ("change_difference", "6", [("from", "74"), ("to", "80")])
    ],
    # a change "since" a year runs from that year's level to the latest, past the others
    "Sixty per cent of residents felt safe, compared with 52% in 2021 and 47% in 2019, a "
    "rise of 13 points since 2019.": [
        ("change_difference", "13", [("from", "47"), ("to", "Sixty")])
    ],
    # a row's count and rate are no two ends of its percentage change
    "Locality | ASB incidents | Rate per 1,000 | % change\nNorth | 1,640 | 18.2 | -6.1%\n"
    "South | 910 | 12.4 | +3.0%": [],
    # an average per occasion of a quantity in hours is over the hours its sentence gives
    "Marshals worked 52 shifts, giving 416 volunteer hours, an average of 8 volunteer hours "
    "per shift, and assisted 310 people.": [("rate", "8", [("count", "416"), ("base", "52")])],
    # a rate on a line of its own, its count and base on the lines above it
    "Reported ASB: 4,120 incidents\nPopulation (mid-2021): 151,800\nRate per 1,000 "
    "residents: 27.1": [("rate", "27.1", [("count", "4,120"), ("base", "151,800")])],
    # a change written as a number hyphened to its noun
    "Vehicle crime fell from 640 to 598, a 42-offence drop.": [
        ("change_difference", "42", [("from", "640"), ("to", "598")])
    ],
    # an average with its own figure ends at a colon: the whole after it is exact
    "Answering times averaged 12 seconds over the year: of 96,400 calls, 90,100 were "
    "answered and 6,300 were abandoned.": [
        ("part_whole", "96,400", [("part", "90,100"), ("part", "6,300")])
    ],
    # a second command's aim against a baseline: no level of another noun is its end
    "Support 150 young people and reduce youth-related ASB in the town centre by 20% "
    "against the 2020/21 baseline of 900 incidents.": [],
    # ... nor the "from" and "to" of the first command's verb
    "Increase the number of community reporting centres from 12 to 20 and raise reporting "
    "of disability hate crime by 30%.": [],
    # a level bracketed after the year a change is "on" is that year's level of the thing
    # before it, not of a noun past the bracket
    "The county recorded 3,410 violent offences, a 5.1% reduction on 2021/22 (3,593), and "
    "ambulance call-outs for assault with a weapon fell to 212.": [
        ("percent_change", "5.1", [("from", "3,593"), ("to", "3,410")])
    ],
    # parts said to "account for" some of a whole are the largest picked out, not all of it
    "Reports of anti-social behaviour reached 1,310, with youth nuisance accounting for 520, "
    "neighbour disputes for 380 and vehicle nuisance for 190.": [],
    # ... unless they add up to it
    "Reports of anti-social behaviour reached 1,090, with youth nuisance accounting for 520, "
    "neighbour disputes for 380 and vehicle nuisance for 190.": [
        ("part_whole", "1,090", [("part", "520"), ("part", "380"), ("part", "190")])
    ],
    # the grounds of a whole, each "for" a reason, with no "other" to close them: the main
    # grounds picked out, not all of them
    "Officers made 1,260 searches under section 1; of these, 790 were for controlled drugs "
    "and 215 for offensive weapons.": [],
    # ... unless they add up to it
    "Officers made 1,005 searches under section 1; of these, 790 were for controlled drugs "
    "and 215 for offensive weapons.": [("part_whole", "1,005", [("part", "790"), ("part", "215")])],
    # ... or a ground closes them with the rest, so a slip in them is caught
    "Officers made 1,260 searches under section 1; of these, 790 were for controlled drugs, "
    "215 for offensive weapons and 245 for stolen goods or other grounds.": [
        ("part_whole", "1,260", [("part", "790"), ("part", "215"), ("part", "245")])
    ],
    # ... or they come to more than it, which no picking out does
    "Of the 58 exclusions, 41 were for violence, 11 for drug dealing and 8 for theft.": [
        ("part_whole", "58", [("part", "41"), ("part", "11"), ("part", "8")])
    ],
    # a change set "against" a range is reckoned from its own earlier level, not from the
    # range's first end
    "Repeat referrals to the MARAC made up 27% of its cases, down from 34% the year before, "
    "a fall of 7 percentage points against the recommended 28 to 40%.": [
        ("change_difference", "7", [("from", "34"), ("to", "27")])
    ],
    # an average of earlier years is the earlier end of a change against it, whichever
    # year the report is of
    "Bolton saw 58 road deaths and serious injuries in 2021, 19 fewer than the 2016-2020 "
    "average of 77, a reduction of 24.7%.": [
        ("change_difference", "19", [("from", "77"), ("to", "58")]),
        ("percent_change", "24.7", [("from", "77"), ("to", "58")]),
    ],
    # ... but not an average a single year dates, which is that year's level
    "In 2023/24 victims waited an average of 14 days, down from 19 days in 2022/23, 5 days less.": [
        ("change_difference", "5", [("from", "19"), ("to", "14")])
    ],
    # ... and "than the average" names it, not a ceiling set beside it
    "Over the summer, crews attended 143 grass fires, within the cap of 150 and against a "
    "five-year average of 171, 28 fewer than the average.": [
        ("change_difference", "28", [("from", "171"), ("to", "143")])
    ],
    # a verbless item's change is between its own levels, not a level of the item before
    "2,050 pupils reached; 175 knives and other weapons handed in; knife-enabled offences "
    "down 8% on 2020/21 (160).": [],
    # a percentage in brackets after a change "than" a named level restates that change,
    # and an "average" in the comparison does not make it one
    "Over the summer, crews attended 143 grass fires, within the cap of 150 and against a "
    "five-year average of 171, 28 fewer than the average (16.4% below).": [
        ("change_difference", "28", [("from", "171"), ("to", "143")]),
        ("percent_change", "16.4", [("from", "171"), ("to", "143")]),
    ],
    # three named kinds leaving out more than the largest of them: those picked out
    "Of the 940 crimes reported by older residents, 212 were frauds, 160 thefts and 141 "
    "criminal damage.": [],
    # a change against a year alone runs to the level before it, not a clause's after it
    "There were 38 road deaths in Bolton in 2022, six fewer than in 2021, and 230 people "
    "were seriously injured.": [],
    # a colon after the year a total is "in" opens its list (a slip here: 150 + 70 + 30)
    "Wardens dealt with 260 complaints in 2023/24: 150 about noise, 70 about litter and 30 "
    "about dogs.": [("part_whole", "260", [("part", "150"), ("part", "70"), ("part", "30")])],
    # a range's ends are no parts of the list before them
    "The panel granted £52,000 to 30 groups, in awards ranging from £500 to £4,000, and "
    "partners added £18,000, making £70,000 in total.": [],
    # staff are counted in part, and named before what they are ("12 FTE caseworkers")
    "The advice team of 4.5 FTE closed 540 cases in the year, an average of 120 per FTE.": [
        ("rate", "120", [("count", "540"), ("base", "4.5")])
    ],
    "The service had 12 FTE caseworkers, who supported 1,020 families, 85 per FTE.": [
        ("rate", "85", [("count", "1,020"), ("base", "12")])
    ],
    # a gap "above the <whoever's> target" runs from the target, not from a benchmark
    "In Bolton, 92.4% of adults started treatment within three weeks of referral, 2.4 points "
    "above the Government target of 90%, against 91.1% across England.": [
        ("change_difference", "2.4", [("from", "90"), ("to", "92.4")])
    ],
    # an aim whose end is a target it names, not a "to"
    "Cut burglary in the target streets by 15% on the 2022/23 baseline of 240 offences "
    "(target: 204 or fewer) and mark at least 500 bikes.": [
        ("percent_change", "15", [("from", "240"), ("to", "204")])
    ],
    # "Label: value" items after ";" are one list, whatever the tagger made of a label
    "Community Trigger 2023/24 – Applications: 23; Threshold met: 15; Threshold not met: 8; "
    "Reviews leading to new actions: 11.": [("part_whole", "23", [("part", "15"), ("part", "8")])],
    # a list's clause before a ";" may add up to the whole before it, the list going on
    "The council received 16 Community Trigger applications in 2021/22. The threshold was met "
    "in 11 and not met in 5; of the 11 reviews held, 8 led to new actions.": [
        ("part_whole", "16", [("part", "11"), ("part", "5")])
    ],
    # a change restating a "from ... to" however far apart its ends are, and a change set
    # beside its level with a "from" of its own, are between those levels
    "Offences committed by the 62 people managed under IOM in Bolton fell from 804 in the 12 "
    "months before they joined the cohort to 470 in the 12 months after, a reduction of "
    "41.5%.": [("percent_change", "41.5", [("from", "804"), ("to", "470")])],
    "The retail partnership's 96 members reported 1,940 thefts through the app, down 6.0% "
    "from 2,064.": [("percent_change", "6.0", [("from", "2,064"), ("to", "1,940")])],
    # a gap to a plan named after its figure ("the 70% aim"); an average may be the level
    # that falls short of it or exceeds it
    "The residents' survey found 64% agreement, 6 points short of the 70% aim.": [
        ("change_difference", "6", [("from", "70"), ("to", "64")])
    ],
    "Hostel occupancy averaged 93%, 3 points above the 90% target.": [
        ("change_difference", "3", [("from", "90"), ("to", "93")])
    ],
    # a ranking word that names a kind of what is counted ranks nothing; a list's last
    # part may come with a verb of its own, completing the sum
    "The ASB team issued 210 first-stage warning letters, 48 second-stage letters and 12 "
    "Acceptable Behaviour Contracts and applied for 5 injunctions, making 275 interventions "
    "in total.": [
        ("part_whole", "275", [("part", "210"), ("part", "48"), ("part", "12"), ("part", "5")])
    ],
    # what a list's people have "between them" is no part of the list
    "The refuge took in 64 households (58 women, 5 men and 1 non-binary adult, with 92 "
    "children between them).": [
        ("part_whole", "64", [("part", "58"), ("part", "5"), ("part", "1")])
    ],
    # "one" with a participle counts, in a list with other numbers
    "Five premises licences went to review, with one revoked and four given extra conditions.": [
        ("part_whole", "Five", [("part", "one"), ("part", "four")])
    ],
    # a change before the ";" that opens a list, or "up to" a limit, is no change of its parts
    "The team reviewed 12 licences, up from 8; five were suspended for up to two months, four "
    "had conditions added and three were revoked.": [
        ("part_whole", "12", [("part", "five"), ("part", "four"), ("part", "three")])
    ],
    # parts go on past a ";" when the clause after it completes their sum exactly
    "Of the 540 residents referred to the service, 410 accepted support and a further 62 were "
    "signposted elsewhere; 68 could not be reached.": [
        ("part_whole", "540", [("part", "410"), ("part", "62"), ("part", "68")])
    ],
    # money "set aside" is a plan, and a count of the frame a rank is among is no level
    "Lighting upgrades cost £38,400 against the £42,000 set aside, leaving £3,600 unspent.": [
        ("change_difference", "£3,600", [("from", "£42,000"), ("to", "£38,400")])
    ],
    "Bolton recorded 1,962 burglaries, the lowest total of the county's ten districts and "
    "6.0% below the 2,087 of the year before.": [
        ("percent_change", "6.0", [("from", "2,087"), ("to", "1,962")])
    ],
    # levels an estimate gives are compared as stated
    "Fraud losses reported by older residents came to an estimated £612,000, £88,000 less "
    "than the £700,000 estimated a year earlier.": [
        ("change_difference", "£88,000", [("from", "£700,000"), ("to", "£612,000")])
    ],
    # a change noun naming a budget ("harm reduction") or a list's topic states no change
    "The £900k harm reduction budget was split between needle exchange (£350k), naloxone "
    "(£250,000) and outreach (£0.3m).": [
        ("part_whole", "£900k", [("part", "£350k"), ("part", "£250,000"), ("part", "£0.3m")])
    ],
    "In Bolton I have committed £2.2m over three years to crime reduction: £1,200,000 for two "
    "youth hubs and a mentor at the college, £650,000 for CCTV and £350,000 for street "
    "lighting.": [
        (
            "part_whole",
            "£2.2m",
            [("part", "£1,200,000"), ("part", "£650,000"), ("part", "£350,000")],
        )
    ],
    # no part is more than its whole, nor a frequency ("a week") a part of a total
    "Detached team out three evenings a week (7pm–10pm) at hotspots in Ainsdale and Formby: "
    "120 sessions planned for the year, staffed by two youth workers and a volunteer.": [],
    "Cycle safety course for Years 5 and 6 in 8 primary schools – one 45-minute lesson a "
    "week, 48 lessons in all.": [],
    # a rate per doer or occasion, stated as "each" or "a <noun>", with its count and base
    "The 6 FTE wardens handled 1,320 complaints, about 220 complaints each.": [
        ("rate", "220", [("count", "1,320"), ("base", "6")])
    ],
    "Youth clubs logged 9,300 visits from 1,550 young people, an average of 6 visits each.": [
        ("rate", "6", [("count", "9,300"), ("base", "1,550")])
    ],
    "Marshals worked 64 shifts, 512 hours in all, an average of 8 hours a shift.": [
        ("rate", "8", [("count", "512"), ("base", "64")])
    ],
    # a change with its percentage in brackets before its comparison
    "Burglaries: 1,248, 96 (8.3%) above the 1,152 recorded in 2021/22.": [
        ("change_difference", "96", [("from", "1,152"), ("to", "1,248")]),
        ("percent_change", "8.3", [("from", "1,152"), ("to", "1,248")]),
    ],
    # bracketed values after labels, one label's word read as a verb ("dispersed")
    "The £540,000 grant is split between refuge places (£300,000), dispersed accommodation "
    "(£160,000) and outreach (£80,000).": [
        (
            "part_whole",
            "£540,000",
            [("part", "£300,000"), ("part", "£160,000"), ("part", "£80,000")],
        )
    ],
    # a gap to "the group average" runs from it
    "The burglary rate was 6.1 per 1,000 households, 1.3 above the group average of 4.8.": [
        ("change_difference", "1.3", [("from", "4.8"), ("to", "6.1")])
    ],
    # an aim's start may be the subject of the verb that runs to its end
    "The team's 12 FTE would need to grow to 15 FTE to meet demand, an increase of 3.": [
        ("change_difference", "3", [("from", "12"), ("to", "15")])
    ],
    # a part that is the subject of a clause of its own ends the list before it
    "Of the 80 cases closed by March 2023, 61 (76%) said they felt safer, and 25 "
    "Non-Molestation Orders were applied for, of which nine were granted.": [
        ("share", "76", [("part", "61"), ("whole", "80")])
    ],
    # a per cent in brackets after the level a change is "on" restates the change
    "Criminal damage reports fell to 410, down 90 on last year's 500 (18.0%).": [
        ("change_difference", "90", [("from", "500"), ("to", "410")]),
        ("percent_change", "18.0", [("from", "500"), ("to", "410")]),
    ],
    # "N fewer than the Y": the level right before the change is its end, whatever was
    # counted earlier in the sentence
    "Over the Christmas fortnight officers breath-tested 1,950 motorists and arrested 141 for"
    " drink driving, 19 fewer than the 160 arrested last Christmas.": [
        ("change_difference", "19", [("from", "160"), ("to", "141")])
    ],
    # ... unless the change names another noun than that level's
    "The team recorded 274 episodes involving 96 children, 31 fewer episodes than the 305 "
    "the year before.": [("change_difference", "31", [("from", "305"), ("to", "274")])],
    # a bare number compared with a level in days is in days, and so is the level it is
    # "on"; an amount of hours "up" on another is no window
    "Truancy cost the group 64 school days this year, down 12 on the 76 lost in 2021/22, "
    "while 40 pupils were mentored.": [("change_difference", "12", [("from", "76"), ("to", "64")])],
    "Volunteers gave 2,310 hours, up 140 on the 2,170 given the year before.": [
        ("change_difference", "140", [("from", "2,170"), ("to", "2,310")])
    ],
    # "It is made up of" the sentence before's latest level, an allocation though it is
    "I have allocated £64,000 to the partnership this year, an increase of 6.7% on last "
    "year's £60,000. It is made up of £50,000 in core grant and £14,000 for youth diversion.": [
        ("percent_change", "6.7", [("from", "£60,000"), ("to", "£64,000")]),
        ("part_whole", "£64,000", [("part", "£50,000"), ("part", "£14,000")]),
    ],
    # a change restated "or" in another unit shares its change word
    "Hate crime reports reached 512 in 2022/23, 48 or 10.3% more than the 464 recorded in "
    "2021/22.": [
        ("change_difference", "48", [("from", "464"), ("to", "512")]),
        ("percent_change", "10.3", [("from", "464"), ("to", "512")]),
    ],
    "Fly-tipping fell to 1,990 incidents, 8.3% or 180 fewer than the 2,170 of the year before.": [
        ("percent_change", "8.3", [("from", "2,170"), ("to", "1,990")]),
        ("change_difference", "180", [("from", "2,170"), ("to", "1,990")]),
    ],
    # a level "from" a place after a clause of its own is no end of the change before it
    "Wardens handled 410 complaints, 45 fewer than the 455 in 2021/22 (a drop of 9.9%), and "
    "removed litter from 14 alleys.": [
        ("change_difference", "45", [("from", "455"), ("to", "410")]),
        ("percent_change", "9.9", [("from", "455"), ("to", "410")]),
    ],
    # "added N to the M", the total stated after them
    "This year we added 8 new cameras to the 44 already in place, bringing the network to 52.": [
        ("part_whole", "52", [("part", "8"), ("part", "44")])
    ],
    "The scheme added 15 volunteers to its existing 36, making 51 in all.": [
        ("part_whole", "51", [("part", "15"), ("part", "36")])
    ],
    # "the remaining N" alone in its sentence: the parts run on from the sentence before
    "The hotline took 2,140 calls in 2022/23, and 1,610 were passed to officers. The "
    "remaining 530 were closed with advice.": [
        ("part_whole", "2,140", [("part", "1,610"), ("part", "530")])
    ],
    # a row of "Label: value" cells: the first cell's year is its own, not the row's, and
    # "Rate per 1,000: 7.8" is a rate
    "Burglary 2021/22: 1,210 | Burglary 2022/23: 1,089 | Change: -10.0% | Population: "
    "140,000 | Rate per 1,000: 7.8": [
        ("percent_change", "-10.0", [("from", "1,210"), ("to", "1,089")]),
        ("rate", "7.8", [("count", "1,089"), ("base", "140,000")]),
    ],
    # ... and a target's cell is no end of the change, whatever year it names
    "Deliberate fires | Target 2022/23: 300 | Actual: 262 | Same period 2021/22: 291 | "
    "Change: -29 (-10.0%)": [
        ("change_difference", "-29", [("from", "291"), ("to", "262")]),
        ("percent_change", "-10.0", [("from", "291"), ("to", "262")]),
    ],
    # a rate's count is none of the parts after it, nor the field a rank is out of
    "The service logged 980 noise complaints, equal to 6.5 per 1,000 of the district's "
    "150,800 residents, and 301 of them came in at night.": [
        ("rate", "6.5", [("count", "980"), ("base", "150,800")])
    ],
    "The borough's 3,900 ASB incidents, across a population of 92,000, gave a rate of 42.4 "
    "per 1,000, placing it 2nd of the 14 in the county.": [
        ("rate", "42.4", [("count", "3,900"), ("base", "92,000")])
    ],
    # "of which ..., leaving" the other part; without "of which", what is left is a gap
    "The council must save £2.6m by 2025/26, of which £1.8m has been found, leaving a gap of "
    "£0.8m.": [("part_whole", "£2.6m", [("part", "£1.8m"), ("part", "£0.8m")])],
    "Spend was £389,600 against a grant of £400,000, leaving £10,400.": [
        ("change_difference", "£10,400", [("from", "£400,000"), ("to", "£389,600")])
    ],
    # a change "on the baseline" runs from it, not from the aim in brackets
    "64 referrals to the panel (target 60), an increase of 14 (28%) on the baseline of 50.": [
        ("change_difference", "14", [("from", "50"), ("to", "64")]),
        ("percent_change", "28", [("from", "50"), ("to", "64")]),
    ],
    # a change in brackets after "down from" is the first total's; the second total's
    # start is not stated
    "Recorded crime totalled 8,210 offences in the year to June, down from 8,904 a year "
    "before (-694), while hate crimes rose by 41 to 388.": [
        ("change_difference", "-694", [("from", "8,904"), ("to", "8,210")])
    ],
    # an aim "by" a count of a noun is a change, whatever the noun
    "Cut reported fly-tips by 90 incidents, from 640 to 550.": [
        ("change_difference", "90", [("from", "640"), ("to", "550")])
    ],
    # "altogether" after the total's noun, whatever the tagger made of the noun's words
    "Police recorded 240 thefts from motor vehicles and 88 thefts of motor vehicles in "
    "2022/23 – 328 vehicle offences altogether.": [
        ("part_whole", "328", [("part", "240"), ("part", "88")])
    ],
    # "a total <noun> of N" in the sentence after its parts
    "Wardens dealt with 58 cases in the town centre, 71 in the north and 40 elsewhere. That "
    "gave a total caseload of 169 for the year.": [
        ("part_whole", "169", [("part", "58"), ("part", "71"), ("part", "40")])
    ],
    # bullets on the heading's line, closed by a "Total" bullet; a table's rows run
    # together by ";", closed by a "Total" cell
    "Fixed penalties issued by ward, 2023/24: • Central – 41 • Northgate – 35 • Riverside – 22"
    " • Total – 98": [("part_whole", "98", [("part", "41"), ("part", "35"), ("part", "22")])],
    "Ward | Burglaries 2023/24: Abbey | 120; Castle | 96; Priory | 54; Total | 270": [
        ("part_whole", "270", [("part", "120"), ("part", "96"), ("part", "54")])
    ],
    # an aim a verb states ("aimed to fit"), and a shortfall "against target"; the actual
    # a variance runs to is the level before it, not a cost per head after it
    "The service aimed to fit 300 door locks during the year and fitted 276, a shortfall of 24"
    " against target.": [("change_difference", "24", [("from", "300"), ("to", "276")])],
    "The project cost £48,000 against a budget of £45,000, an overspend of £3,000, and helped "
    "600 people at a cost of £80 per person.": [
        ("change_difference", "£3,000", [("from", "£45,000"), ("to", "£48,000")]),
        ("rate", "£80", [("count", "£48,000"), ("base", "600")]),
    ],
    # a rate's "per" on the next line is not the unit of the count above it
    "Road casualties, 2023:\nKilled or seriously injured: 96\nResident population: 160,000\n"
    "KSI rate per 100,000 residents: 60.0": [
        ("rate", "60.0", [("count", "96"), ("base", "160,000")])
    ],
    # "999" and "101" labelling a calls table's rows are the lines, not counts
    "Calls answered | 2021/22 | 2022/23 | Change; 999 | 201,300 | 190,500 | -5.4%; 101 | "
    "402,000 | 380,100 | -5.4%": [
        ("percent_change", "-5.4", [("from", "201,300"), ("to", "190,500")]),
        ("percent_change", "-5.4", [("from", "402,000"), ("to", "380,100")]),
    ],
    # a change restated "or" in per cent runs between the ends of the change it restates;
    # the year "before" joining is earlier than the year "after"
    "The 64 people on the cohort committed 240 offences in the year before joining and 150 in "
    "the year after, a fall of 90 offences or 37.5%.": [
        ("change_difference", "90", [("from", "240"), ("to", "150")]),
        ("percent_change", "37.5", [("from", "240"), ("to", "150")]),
    ],
    # a trajectory is a plan, and a shortfall "against plan" its gap
    "The trajectory was for 1,200 adults in treatment by March; the year closed with 1,150, a "
    "shortfall of 50 against plan.": [
        ("change_difference", "50", [("from", "1,200"), ("to", "1,150")])
    ],
    # "N fewer than the <noun>": the level of that noun stated before, no number after
    "Officers served 120 dispersal notices; 96 were complied with in full, 24 fewer than the "
    "notices served.": [("change_difference", "24", [("from", "120"), ("to", "96")])],
    # a level "compared with N in <year>" is of that year, not the year before its comma
    "The borough recorded 52 first time entrants in 2022/23, compared with 41 in 2021/22; with"
    " 13,000 children aged 10 to 17 living in the borough, that is a rate of 400 per 100,000.": [
        ("rate", "400", [("count", "52"), ("base", "13,000")])
    ],
    # a rate's count is of the noun the rate names, and no benchmark set beside it
    "Across a population of 50,000 the rate was 12.2 incidents per 1,000, above the county "
    "benchmark of 10, from 610 incidents recorded.": [
        ("rate", "12.2", [("count", "610"), ("base", "50,000")])
    ],
    "The service heard 420 cases involving 610 children; set against a population of 60,000, "
    "that is 70 cases per 10,000.": [("rate", "70", [("count", "420"), ("base", "60,000")])],
    # a list's item repeating the verb of the item before ("met in 11, not met in 6")
    "Noise case reviews: 17 requests received; threshold met in 11, not met in 6.": [
        ("part_whole", "17", [("part", "11"), ("part", "6")])
    ],
    # a table of two columns under a heading, closed by a "Total" line: each column sums
    "Hate crime reports, 2023/24 against 2022/23:\nQ1 | 61 | 55\nQ2 | 70 | 64\nQ3 | 58 | 60\n"
    "Q4 | 66 | 59\nTotal | 255 | 238": [
        ("part_whole", "255", [("part", "61"), ("part", "70"), ("part", "58"), ("part", "66")]),
        ("part_whole", "238", [("part", "55"), ("part", "64"), ("part", "60"), ("part", "59")]),
    ],
    # ... but not a count in brackets after a year
    "The Youth Service engaged 1,810 young people in 2022, an increase of 210 on 2021 (1,600).": [
        ("change_difference", "210", [("from", "1,600"), ("to", "1,810")])
    ],
    # a level said in a clause set against the change ("although ...") is not its end
    "In the survey 64% of tenants said they felt safe at night, up from 58% in 2021/22, a rise "
    "of 6 points, although only 39% felt safe in the park.": [
        ("change_difference", "6", [("from", "58"), ("to", "64")])
    ],
    # both ends on the change's verb; the aside after it sets the later level against an aim
    "The plan allowed the caseload to grow to 1,240 from 1,105, an extra 135, against an "
    "ambition of 1,300 by 2025.": [
        ("change_difference", "135", [("from", "1,105"), ("to", "1,240")])
    ],
    # a gap to a target is of what was counted, not of where it was counted
    "Assemblies reached 2,930 pupils in 14 schools, 130 above the target of 2,800.": [
        ("change_difference", "130", [("from", "2,800"), ("to", "2,930")])
    ],
    # "N of them" picks a part out; a count of other nouns with a verb of its own is no part
    "The operation led to 38 arrests, 12 of them for supplying drugs, and 17 young people and "
    "vulnerable adults were safeguarded.": [],
    # bullets closed by a line "Total" and its figure, no colon between
    "Reports by strand, 2023/24:\n• Race 150\n• Religion 31\n• Disability 19\nTotal 200": [
        ("part_whole", "200", [("part", "150"), ("part", "31"), ("part", "19")])
    ],
    # a table's rows, a line each, closed by "Total <what>" under a row of the rest
    "Offence | 2022/23 | 2023/24\nRobbery | 210 | 190\nOther theft | 640 | 700\n"
    "Total theft and robbery | 850 | 890": [
        ("part_whole", "850", [("part", "210"), ("part", "640")]),
        ("part_whole", "890", [("part", "190"), ("part", "700")]),
    ],
    # ... but "Total <what>" under rows picked out of it is no sum
    "Offence | 2023/24\nRobbery | 210\nShoplifting | 640\nTotal recorded crime | 9,850": [],
    # a row of cells under a heading whose last cell is "Total"
    "Referrals to the hub, 2023/24\nQ1 | Q2 | Q3 | Total\n120 | 131 | 99 | 350": [
        ("part_whole", "350", [("part", "120"), ("part", "131"), ("part", "99")])
    ],
    # "N down to M": the level it fell from, then the level it fell to
    "Vehicle crime in the town centre: 260 down to 221 (-15.0%).": [
        ("percent_change", "-15.0", [("from", "260"), ("to", "221")])
    ],
    # a number in brackets in a row's label says what the row counts, not how many
    "Indicator | 2022/23 | 2023/24 | Change | RAG\nRepeat callers (5+ calls in 6 months) | 200 |"
    " 230 | +15.0% | R": [("percent_change", "+15.0", [("from", "200"), ("to", "230")])],
    # a figure in brackets on the next line, or a bracket still open, runs on
    "The hub received 301 referrals in 2022/23\n(2021/22: 262), an increase of 39.": [
        ("change_difference", "39", [("from", "262"), ("to", "301")])
    ],
    # a change said before both its ends, set against each other after it
    "Shoplifting fell by 10% compared with the previous year, with 540 recorded against 600 in "
    "2021/22.": [("percent_change", "10", [("from", "600"), ("to", "540")])],
    # a period in brackets right after a level is its own; a "Target:" change is an aim
    "Burglary: 940 (2021/22) | 880 (2022/23)\nChange: -60 (-6.4%)\nTarget: -5% | Status: Met": [
        ("change_difference", "-60", [("from", "940"), ("to", "880")]),
        ("percent_change", "-6.4", [("from", "940"), ("to", "880")]),
    ],
    # a line of cells stays one sentence where the parser would cut it ("| £4,500")
    "PCC funded projects 2020/21\nYouth diversion (Romney Marsh) | £4,500\nCommunity Safety "
    "Unit ASB officer | £12,800\nStreet Pastors | £2,200\nTotal | £19,500": [
        ("part_whole", "£19,500", [("part", "£4,500"), ("part", "£12,800"), ("part", "£2,200")])
    ],
    # a line ending on an arrow or a comma runs on
    "Deliberate fires Apr–Sept: 400 (2018) →\n300 (2019), -25.0%\nASB calls in the two wards: "
    "1,500 → 1,350,\n150 fewer calls (-10.0%)": [
        ("percent_change", "-25.0", [("from", "400"), ("to", "300")]),
        ("change_difference", "150", [("from", "1,500"), ("to", "1,350")]),
        ("percent_change", "-10.0", [("from", "1,500"), ("to", "1,350")]),
    ],
    # last year's figure in brackets after a whole is none of its parts
    "Of the 9 case review applications received in 2021/22 (2020/21: 6), 7 met the threshold "
    "and 2 did not.": [("part_whole", "9", [("part", "7"), ("part", "2")])],
    # a target between a level and the change is no level the change restates
    "Vehicle crime fell to 1,120 offences in 2022/23, inside the target of 1,300 and 20.0% "
    "below the 2019/20 baseline of 1,400.": [
        ("percent_change", "20.0", [("from", "1,400"), ("to", "1,120")])
    ],
    # lines each opened by "of which" are the parts of the line above
    "Referrals received: 640\nof which from police: 410\nof which from health: 230\n"
    "Cases closed: 590": [("part_whole", "640", [("part", "410"), ("part", "230")])],
    # a rate whose base is in its clause and its count in the sentence before, a benchmark
    # beside it
    "The MARAC discussed 500 cases involving 640 children. Set against an adult female "
    "population of 100,000, that is 50 cases per 10,000, above the benchmark of 40.": [
        ("rate", "50", [("count", "500"), ("base", "100,000")])
    ],
    # ... nor, against an earlier count of people, the count of where they were
    "The programme engaged 3,000 young people in 40 schools, against 2,500 pupils in 2021/22, "
    "an increase of 20.0%.": [("percent_change", "20.0", [("from", "2,500"), ("to", "3,000")])],
    # a rate per doer whose doers the sentence before counted
    "The cohort comprised 80 children, of whom 20 reoffended. Between them the reoffenders "
    "committed 70 further offences, an average of 3.50 per reoffender.": [
        ("rate", "3.50", [("count", "70"), ("base", "20")])
    ],
    # "compared with N a year earlier" is the year before, whatever year the clause before
    # named; a change whose own level is in its sentence takes no ends from the next one
    "Residents made 300 applications in 2022/23, compared with 250 a year earlier, a rise of "
    "20.0%.": [("percent_change", "20.0", [("from", "250"), ("to", "300")])],
    "The scheme now has 40 member premises, six more than a year ago. Members issued 90 bans "
    "in 2022/23 against 60 the year before, a rise of 50%.": [
        ("percent_change", "50", [("from", "60"), ("to", "90")])
    ],
    # money "per" a noun, the cost and the count of that noun in its sentence
    "The programme cost £36,000 and reached 2,400 pupils, a cost of £15 per pupil.": [
        ("rate", "£15", [("count", "£36,000"), ("base", "2,400")])
    ],
    # a paragraph wrapped by the page reads as one sentence
    "Youth-related ASB in the two wards\nfell from 240 to 198 incidents, a reduction\nof 42.": [
        ("change_difference", "42", [("from", "240"), ("to", "198")])
    ],
    # a whole's parts that run on past a ";" in a clause of their own
    "Of the 90 people released from prison, 60 had a home to go to; 20 were released homeless "
    "and 10 to temporary addresses.": [
        ("part_whole", "90", [("part", "60"), ("part", "20"), ("part", "10")])
    ],
    # a list of parts that a clause of its own ends
    "The camp ran for 10 days: 300 children took part, 180 from primary and 120 from "
    "secondary schools, and 2,400 meals were served.": [
        ("part_whole", "300", [("part", "180"), ("part", "120")])
    ],
    # a level and its change with an aside between dashes, the aside's own figures apart
    "Fire crews attended 500 deliberate fires in Bolton in 2023/24 – 300 secondary fires such "
    "as rubbish, grass and wheelie bins, and 200 primary fires involving vehicles or "
    "buildings – 20% fewer than the 625 attended the year before.": [
        ("percent_change", "20", [("from", "625"), ("to", "500")]),
        ("part_whole", "500", [("part", "300"), ("part", "200")]),
    ],
    # two statements about the whole, the first part no subject: no partition
    "The service worked with 200 children. Girls accounted for 30 of these children and 90 "
    "were from minority ethnic backgrounds.": [],
    "Victims of hate crime: 500. The unit contacted 450 of them, with 80 taking up support.": [],
    # a change in a "|" cell is between the levels of its cell
    "300 young people engaged (target 250) | First-time entrants: 60 against a baseline of "
    "75, a reduction of 15 | 90% of referrals contacted within 5 days": [
        ("change_difference", "15", [("from", "75"), ("to", "60")])
    ],
    # a rate's count in the sentence before, a benchmark "level" after it no count
    "The MARAC heard 500 cases. With an adult female population of 100,000 this is 50 cases "
    "per 10,000 adult females, above the recommended level of 40.": [
        ("rate", "50", [("count", "500"), ("base", "100,000")])
    ],
    # a change in money restated in per cent in brackets
    "The precept is £220.00, an increase of £20.00 (10.0%) on the £200.00 of 2021/22.": [
        ("change_difference", "£20.00", [("from", "£200.00"), ("to", "£220.00")]),
        ("percent_change", "10.0", [("from", "£200.00"), ("to", "£220.00")]),
    ],
    # a gap above a named baseline, other counts beside it
    "The force ended the year with 2,100 officers, 100 above its uplift baseline of 2,000, "
    "alongside 150 PCSOs and 1,400 police staff.": [
        ("change_difference", "100", [("from", "2,000"), ("to", "2,100")])
    ],
    # a change on last year, both levels set beside each other in brackets after it
    "Overall crime in the district is 3% lower than last year (12,405 compared to 12,789).": [
        ("percent_change", "3", [("from", "12,789"), ("to", "12,405")])
    ],
    # a change in count and in per cent with the count's noun between them
    "Burglary is down 185 offences year-on-year (-14.9%), to 1,056.": [
        ("percent_change", "-14.9", [("change", "185"), ("to", "1,056")])
    ],
    # "of these" parts closed by "the remaining" one in a clause of its own
    "Referrals numbered 800; police made 500 of these, children's services 200 and "
    "self-referrals accounted for the remaining 100.": [
        ("part_whole", "800", [("part", "500"), ("part", "200"), ("part", "100")])
    ],
    # levels set "v" each other: the direction stated orders them; each item its own ends
    "Performance against the Plan: burglary -10% (1,200 v 1,080); robbery +4% (300 v 312).": [
        ("percent_change", "-10", [("from", "1,200"), ("to", "1,080")]),
        ("percent_change", "+4", [("from", "300"), ("to", "312")]),
    ],
    # people who "declined", their share in brackets between: no fall
    "Of the 3,200 victims contacted, 2,144 (67%) accepted support and 1,056 (33%) declined.": [
        ("part_whole", "3,200", [("part", "2,144"), ("part", "1,056")]),
        ("share", "67", [("part", "2,144"), ("whole", "3,200")]),
        ("share", "33", [("part", "1,056"), ("whole", "3,200")]),
    ],
    # a percentage change and its level, the change in count restated in brackets after
    "Violent crime has increased by 3.2% to 9,874 crimes (an additional 306 offences).": [
        ("percent_change", "3.2", [("change", "306"), ("to", "9,874")])
    ],
    # "the remaining" part of "the total" the sentence before: this year's, not last year's
    "The hub received 2,000 referrals, 25% more than the 1,600 received in 2020/21. "
    "Self-referrals made up 400 of the total, with the remaining 1,600 from agencies.": [
        ("percent_change", "25", [("from", "1,600"), ("to", "2,000")]),
        ("part_whole", "2,000", [("part", "400"), ("part", "1,600")]),
    ],
    # a change's later end is its own doer's level, not another clause's dated one
    "The Council cleared 2,900 fly-tips in 2022/23, and officers issued 150 fixed penalty "
    "notices, an increase of 50 on the 100 issued in the previous year.": [
        ("change_difference", "50", [("from", "100"), ("to", "150")])
    ],
    # "higher by N (+P%) than M"
    "Crime stood at 1,100 offences, higher by 100 (+10%) than the 1,000 of 2021/22.": [
        ("change_difference", "100", [("from", "1,000"), ("to", "1,100")]),
        ("percent_change", "+10", [("from", "1,000"), ("to", "1,100")]),
    ],
    # a rate per doer in a row of "|" cells, its doers and deeds counted in cells before
    "Cohort size | 50 | Reoffenders | 20 | Reoffences | 70 | Reoffences per reoffender | 3.50": [
        ("rate", "3.50", [("count", "70"), ("base", "20")])
    ],
    # a name's "Plan" qualifying another noun names no plan
    "The office held 38 events, and the Police, Fire and Crime Plan consultation received "
    "3,100 responses, 1,100 more than the 2,000 received in 2020/21.": [
        ("change_difference", "1,100", [("from", "2,000"), ("to", "3,100")])
    ],
    # a name's "National" names no country; a count in brackets far after a from-to
    # restates nothing
    "Referrals to the National Referral Mechanism from Bolton rose from 50 to 60, an "
    "increase of 20%, with labour exploitation the most common type (30 referrals).": [
        ("percent_change", "20", [("from", "50"), ("to", "60")])
    ],
}


@pytest.mark.parametrize("text", list(SHAPES))
def test_the_claim_a_reader_sees_is_found(text):
    assert claims_of(text) == SHAPES[text]


@pytest.mark.parametrize(
    "kind, stated, terms, direction, low, high",
    [
        # 412 of the 5,102 the year before (4,690 + 412) is 8.08%; "8.1" holds within 0.05
        ("percent_change", 8.1, [("change", 412), ("to", 4690)], "decrease", 8.025, 8.125),
        # 38 on the 404 before is 9.41%
        ("percent_change", 9.4, [("change", 38), ("from", 404)], "increase", 9.356, 9.456),
        # 313 of 1,146 is 27.312%
        ("share", 27.3, [("part", 313), ("whole", 1146)], None, 27.262, 27.362),
        # 412 / 96 is 4.2917 per reoffender; "4.29" holds within 0.005
        ("rate", 4.29, [("count", 412), ("base", 96)], None, 4.287, 4.297),
    ],
)
def test_implied_levels_and_shares_are_evaluated(kind, stated, terms, direction, low, high):
    unit = "per_reoffender" if kind == "rate" else "count"
    result = evaluate(kind, stated, terms, direction, unit)
    assert (round(result["low"], 3), round(result["high"], 3)) == (low, high)


def test_a_shortfall_against_a_cut_holds_above_its_plan():
    # "9 short of the 279 aimed for" with 288 fires: short of a cut is above the plan
    _, claims = read_text(
        [
            "Deliberate grass fires: 288 (2021/22: 301), a fall of 13, but 9 short of the 279 "
            "aimed for."
        ],
        Area("Bolton", "district"),
        financial_year(2022),
    )
    short = next(c for c in claims if c.stated.text == "9")
    terms = [(role, f.value) for role, f in short.terms]
    result = evaluate(short.kind, 9.0, terms, short.stated.direction, "count")
    assert result["low"] <= 9.0 <= result["high"]


def test_a_fraction_holds_roughly():
    # 19 fewer on 80 is 23.75%: "about a quarter" holds within a tenth of that, and the
    # half unit of the 25 stated
    result = evaluate(
        "percent_change", 25.0, [("from", 80), ("to", 61)], "decrease", qualifier="approximately"
    )
    assert (round(result["low"], 3), round(result["high"], 3)) == (20.875, 26.625)


def test_an_item_of_a_list_is_not_the_whole_its_list_closes():
    # the parser reads "heaters" and "candles" as verbs: whatever it finds, "40" is an item
    text = "Dwelling fires: 190 (cooking 120, heaters 40, candles 21, other causes 9)"
    assert all(stated != "40" for _, stated, _ in claims_of(text))


def test_two_crimes_named_outright_are_no_ends_of_one_change_and_at_ends_a_change():
    text = (
        "Burglary fell by 12% to 640 over the year, while vehicle crime was up 14 on last "
        "year at 96."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    periods = {f.text: f.meaning["period"] for s in sentences for f in s if f.measure}
    assert periods["96"] == periods["640"] == financial_year(2022)  # "at 96" is this year's
    assert claims == []


def test_sources_that_each_made_some_of_a_whole_need_not_cover_it():
    # the other sources go unnamed: no error, and none claimed
    text = "The hub received 212 referrals. Schools made 88 of them, GPs 54 and the police 41."
    assert claims_of(text) == []


def test_parts_that_each_did_something_else_need_not_cover_their_whole():
    outcomes = (
        "84 young people were mentored, 52 of them improved their school attendance and 11 "
        "moved into an apprenticeship."
    )
    assert claims_of(outcomes) == []
    covering = outcomes.replace("and 11", "and 32")  # they add up: all of them
    assert claims_of(covering) == [("part_whole", "84", [("part", "52"), ("part", "32")])]


def test_another_figures_in_all_does_not_say_a_list_covers_its_whole():
    # "in all" is said of the hours; the people's list after the colon picks some out
    text = (
        "The night marshals worked 48 shifts, 390 hours in all, and assisted 512 people: "
        "160 were helped into a taxi, 95 were given water and 14 were seen by paramedics."
    )
    assert [c for c in claims_of(text) if c[0] == "part_whole"] == []
    covering = text.replace("and assisted 512 people", "and in all assisted 269 people")
    assert [c for c in claims_of(covering) if c[0] == "part_whole"] == [
        ("part_whole", "269", [("part", "160"), ("part", "95"), ("part", "14")])
    ]


def test_a_total_with_no_noun_counts_what_its_parts_count_not_who_counted_them():
    text = (
        "Youth ASB workers issued 40 fixed penalty notices and 25 community protection "
        "notices, 65 in all."
    )
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    codes = {f.meaning["metric"].code for s in sentences for f in s if f.measure}
    assert codes == {"environmental_enforcement"}


def test_a_rate_naming_only_its_population_measures_what_its_count_counts():
    text = (
        "Arrests for knife possession numbered 46; set against 18,400 young people aged 10 "
        "to 17, that is a rate of 250 per 100,000, against 198 for England."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    codes = {f.text: f.meaning["metric"].code for s in sentences for f in s if f.measure}
    assert codes["250"] == "arrests_per_100000_population"
    assert codes["198"] == "arrests_per_100000_population"  # the rate it is compared with
    assert [c.kind for c in claims] == ["rate"]


def test_a_change_naming_its_noun_is_not_between_levels_of_another_noun():
    text = (
        "The team recorded 212 missing episodes involving 70 children, 18 fewer episodes "
        "than the 230 the year before."
    )
    wrong = ("change_difference", "18", [("from", "230"), ("to", "70")])
    assert wrong not in claims_of(text)


def test_a_change_whose_ends_are_in_the_paragraph_before_is_read_across_paragraphs():
    # the levels are another parse's tokens: comparing their lines once crashed the pass
    texts = [
        "In the year to March the partnership and its many partners across the borough "
        "recorded 1,204 incidents of anti-social behaviour, against 980 the year before.",
        "That is a rise of 224.",
    ]
    _, claims = read_text(texts, Area("Bolton", "district"), financial_year(2022))
    found = [(c.kind, c.stated.text, [(r, f.text) for r, f in c.terms]) for c in claims]
    assert found == [("change_difference", "224", [("from", "980"), ("to", "1,204")])]


def test_money_in_millions_adds_up_exactly():
    # 4.1 * 1e6 is 4099999.9999999995 in floats: the whole must be the 4,100,000 it says
    text = "Of the £4.1m spent, £2.6m came from the grant and £1.5m from the budget."
    _, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    (claim,) = claims
    assert claim.stated.value == 4_100_000
    found = evaluate(claim.kind, claim.stated.value, [(r, f.value) for r, f in claim.terms])
    assert found["low"] <= claim.stated.value <= found["high"]


def test_a_figure_across_a_joint_partnerships_places_is_its_own():
    # "across Rochdale and Oldham" names both halves of the joint partnership: the figure is
    # the partnership's, so its change on the year before is read against it
    text = (
        "Police recorded 3,120 ASB incidents across Rochdale and Oldham in 2022/23 (Rochdale "
        "1,840; Oldham 1,280), a combined fall of 4.0% on the 3,250 recorded the year before."
    )
    home = Area("Rochdale and Oldham", "partnership")
    sentences, claims = read_text([text], home, financial_year(2022))
    areas = {f.text: [a.name for a in f.meaning["areas"]] for s in sentences for f in s}
    assert areas["3,120"] == ["Rochdale and Oldham"] and areas["1,840"] == ["Rochdale"]
    found = {(c.kind, c.stated.text): [(r, f.text) for r, f in c.terms] for c in claims}
    assert found[("percent_change", "4.0")] == [("from", "3,250"), ("to", "3,120")]


def test_a_sum_across_other_places_is_not_given_to_each():
    # a sum across two places that are not the report's own is no one place's: it must
    # not become a fact row for each (which a BI sum would count twice)
    text = "Police recorded 3,120 ASB incidents across Rochdale and Oldham in 2022/23."
    sentences, _ = read_text([text], Area("Wirral", "district"), financial_year(2022))
    (figure,) = [f for s in sentences for f in s if f.measure]
    assert len(figure.meaning["areas"]) == 1


def test_a_rate_per_doer_is_over_its_sentences_restating_of_them():
    # the base is the "Those 58" of the rate's own sentence, not the 58 before it
    texts = [
        "Of the 170 young people in the cohort, 58 reoffended within a year. Those 58 "
        "committed 203 further offences, 3.50 per reoffender."
    ]
    _, claims = read_text(texts, Area("Bolton", "district"), financial_year(2022))
    (rate,) = [c for c in claims if c.kind == "rate"]
    base = dict(rate.terms)["base"]
    assert (rate.stated.text, base.text) == ("3.50", "58")
    assert base.sentence.text.startswith("Those 58")


def test_money_said_of_an_expenditure_is_spent_and_money_spent_of_is_not():
    text = (
        "Of the £96,000 available, £91,250 was spent; expenditure of £44,620 came from the grant."
    )
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    money = {f.span.text: spent_money(f) for s in sentences for f in s if f.unit == "gbp"}
    assert money == {"£96,000": False, "£91,250": True, "£44,620": True}
