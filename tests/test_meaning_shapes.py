"""The meaning pass on shapes of wording that pair figures with nouns by position, each
with the metric, role and direction a reader gives every figure (written by hand, not
from the pass's output)."""

from __future__ import annotations

import pytest
import yaml
from spacy.tokens import Doc

from transform.meaning import CONCEPTS_FILE, FUNCTION_WORDS, is_infinitive, phrase
from transform.measures import read_text, sentences_of
from transform.nlp import parse, pipeline, tag
from transform.places import Area, financial_year


def figures_of(text: str) -> list:
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    return [f for sentence in sentences for f in sentence]


def meanings_of(text: str) -> list[tuple]:
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    figures = [f for sentence in sentences for f in sentence if f.measure]
    return [(f.text, f.meaning["metric"].code, f.role, f.direction) for f in figures]


SHAPES = {
    # a crime the tagger reads as a verb after "while" is the subject of what follows it
    "Criminal damage fell to 1,850 offences, while shoplifting, at 1,240 offences, rose by 15%.": [
        ("1,850", "criminal_damage", "level", None),
        ("1,240", "shoplifting", "level", None),
        ("15", "shoplifting_change_percent", "percent_change", "increase"),
    ],
    # a count said to be what a source gave is a part of the count before it
    "The IDVA service took 860 referrals in 2023/24; the police were the source of 512.": [
        ("860", "idva_cases", "level", None),
        ("512", "idva_cases", "level", None),
    ],
    # a per cent that a change is said to represent (or equate to) is that change in per cent
    "Reports of ASB fell from 5,200 in 2022/23 to 4,680 in 2023/24. The reduction of 520 "
    "represents 10%.": [
        ("5,200", "asb_incidents", "level", None),
        ("4,680", "asb_incidents", "level", None),
        ("520", "asb_incidents_change", "change", "decrease"),
        ("10", "asb_incidents_change_percent", "percent_change", "decrease"),
    ],
    # referrals that name no kind, beside counts of domestic abuse, are referrals to its
    # services (or the MARAC's cases, when those are the nearest count); a service named
    # with them still decides
    "Officers attended 3,406 domestic abuse incidents in the borough. The outreach project "
    "took 871 referrals and worked with 502 people.": [
        ("3,406", "domestic_abuse_incidents", "level", None),
        ("871", "domestic_abuse_referrals", "level", None),
        ("502", "people_supported", "level", None),
    ],
    "The hub took 1,240 referrals, 96 more than the year before. They followed 2,950 "
    "domestic abuse incidents attended by officers.": [
        ("1,240", "domestic_abuse_referrals", "level", None),
        ("96", "domestic_abuse_referrals_change", "change", "increase"),
        ("2,950", "domestic_abuse_incidents", "level", None),
    ],
    "The MARAC discussed 640 cases in the year; the police made 410 referrals.": [
        ("640", "marac_cases", "level", None),
        ("410", "marac_cases", "level", None),
    ],
    "Police attended 3,406 domestic abuse incidents. The IDVA service received 960 referrals.": [
        ("3,406", "domestic_abuse_incidents", "level", None),
        ("960", "idva_cases", "level", None),
    ],
    # a bare level a time owns after "than" ("the year before's 240") is the change's level
    "The hate crime partnership trained 300 frontline staff, 60 more than the year before's 240.": [
        ("300", "people_trained", "level", None),
        ("60", "people_trained_change", "change", "increase"),
        ("240", "people_trained", "level", None),
    ],
    # levels of records that name nothing, between which a change naming its topic holds,
    # are records of that topic
    "A 15% rise in criminal damage saw logged incidents climb from 1,000 to 1,150.": [
        ("15", "criminal_damage_change_percent", "percent_change", "increase"),
        ("1,000", "criminal_damage", "level", None),
        ("1,150", "criminal_damage", "level", None),
    ],
    # people a label's volunteers helped are not volunteers
    "Street Angels: 30 volunteers gave 1,400 hours, supporting 290 people.": [
        ("30", "volunteers", "level", None),
        ("1,400", "volunteer_hours", "level", None),
        ("290", "people_supported", "level", None),
    ],
    # an example "including" in a whole that names its own kind more narrowly is of that
    # kind; not when the whole is another thing the examples are among
    "The fire service logged 96 deliberate fires in the ward, including 30 car fires and "
    "41 fires in wheelie bins.": [
        ("96", "deliberate_fires", "level", None),
        ("30", "deliberate_fires", "level", None),
        ("41", "deliberate_fires", "level", None),
    ],
    "Crews went to 1,810 incidents, including 305 fires and 640 false alarms.": [
        ("1,810", "fire_incidents", "level", None),
        ("305", "fires", "level", None),
        ("640", "false_alarms", "level", None),
    ],
    # a label's head noun, described by a participle after it, is what it counts; not
    # when the participle says what the noun led to
    "Ambulances called by door staff: 9": [("9", "ambulance_callouts", "level", None)],
    "Searches resulting in an arrest: 212": [("212", "arrests", "level", None)],
    # a "|" cell whose label names a quantity says what its figures are: not the subject
    # the parser found in a cell before it
    "Lessons delivered: 90 | Shop theft offences: down 9% from 610": [
        ("90", "sessions_delivered", "level", None),
        ("9", "shoplifting_change_percent", "percent_change", "decrease"),
        ("610", "shoplifting", "level", None),
    ],
    # a label's head noun names what is counted before the people a clause on it involves
    "ASB incidents involving young people around the precinct: up 6% on the 2022/23 figure "
    "of 300": [
        ("6", "asb_incidents_change_percent", "percent_change", "increase"),
        ("300", "asb_incidents", "level", None),
    ],
    "Arson involving young people at the quarry: down 20% on the 2020/21 figure of 85": [
        ("20", "deliberate_fires_change_percent", "percent_change", "decrease"),
        ("85", "deliberate_fires", "level", None),
    ],
    # a verb and the verb joined to it by "and" say together what was done to them
    "Over the festival weekend 2,180 fans went through the gates and 26 were stopped and "
    "searched.": [
        ("2,180", "fan", "level", None),
        ("26", "stop_search", "level", None),
    ],
    "During the operation, 148 people were stopped and searched in the town centre.": [
        ("148", "stop_search", "level", None)
    ],
    # people said to have needed an ambulance, or taken to hospital by one, are the
    # ambulance service's conveyances, though no noun of their own says so; but only the
    # subject nearest the verb (the parser may hang an earlier part on it)
    "Over the bank holiday the welfare tent saw 512 people, and 38 people were taken to "
    "hospital by ambulance.": [
        ("512", "people_supported", "level", None),
        ("38", "ambulance_callouts", "level", None),
    ],
    "812 people used the hub: 402 for a welfare check and 410 for first aid; 77 (9.5%) "
    "needed an ambulance.": [
        ("812", "people_supported", "level", None),
        ("402", "people_supported", "level", None),
        ("410", "people_supported", "level", None),
        ("77", "ambulance_callouts", "level", None),
        ("9.5", "ambulance_callouts_percent", "level", None),
    ],
    # the next item of a comma list is no word of the money before it: the volunteers to
    # be recruited do not make the caseworker's cost their value
    "Hub staffing: a caseworker at a cost of £24,500, recruitment and induction of new "
    "volunteers, and a phone line.": [("£24,500", "funding", "level", None)],
    # money the precept raises is funding; the precept on a Band D property is its own
    "The policing precept will raise £88.9m in 2023/24.": [("£88.9m", "funding", "level", None)],
    "The Band D precept rises by £13 to £316.53, which raises an extra £5.2m.": [
        ("£13", "precept_change", "change", "increase"),
        ("£316.53", "precept", "level", None),
        ("£5.2m", "funding", "level", None),
    ],
    # offenders said to have been charged are people charged, unless a group owns them
    "Shop theft rose to 1,210 offences; 41 exclusion notices were served and 96 offenders "
    "were charged.": [
        ("1,210", "shoplifting", "level", None),
        ("41", "exclusion_notices", "level", None),
        ("96", "people_charged", "level", None),
    ],
    "The IOM cohort's 64 offenders were charged with 140 offences.": [
        ("64", "offenders_managed", "level", None),
        ("140", "reoffending_count", "level", None),
    ],
    # numbers sharing one noun, each with a modifier of its own before it: each counts its
    # own kind, and words nearer the noun are all of theirs
    "Firefighters attended 274 accidental and 193 deliberate fires in the district.": [
        ("274", "fires", "level", None),
        ("193", "deliberate_fires", "level", None),
    ],
    "Crews went to 274 and 193 deliberate fires in Bolton and Wigan respectively.": [
        ("274", "deliberate_fires", "level", None),
        ("193", "deliberate_fires", "level", None),
    ],
    # a bare "from" after a count of its own noun, with a clause describing that noun in
    # between, is the count's earlier level, not a rate stated before the count
    "Police recorded 2,410 burglaries, 11.2 per 1,000 households, and 388 dwelling "
    "burglaries where the occupier was at home, down from 452 the previous year.": [
        ("2,410", "burglary", "level", None),
        ("11.2", "burglary_per_1000_households", "level", None),
        ("388", "burglary", "level", None),
        ("452", "burglary", "level", None),
    ],
    # a relative clause on the count's noun describes what it counts: its subject is no
    # noun of the bare "from" after it
    "Police logged 3,120 violent crimes, 9.8 per 1,000 people, and 210 violence with injury "
    "offences where the victim was under 18, down from 245 in 2021/22.": [
        ("3,120", "violent_crime", "level", None),
        ("9.8", "violent_crime_per_1000_population", "level", None),
        ("210", "violent_crime", "level", None),
        ("245", "violent_crime", "level", None),
    ],
    # hours a group's volunteers contributed are volunteer hours, whatever the group runs
    "Bury's Neighbourhood Watch groups now count 140 volunteers, who contributed 5,320 hours "
    "over the year.": [
        ("140", "volunteers", "level", None),
        ("5,320", "volunteer_hours", "level", None),
    ],
    # a bullet before a label is no word of it: the label's head noun still decides
    "• Arrests following a search: 212": [("212", "arrests", "level", None)],
    # a part in a bracket right after its whole, with a modifier of its own, is the kind
    # the modifier and the whole's noun name together
    "Crews dealt with 1,212 fires during 2023/24 (745 accidental, 467 deliberate).": [
        ("1,212", "fires", "level", None),
        ("745", "fires", "level", None),
        ("467", "deliberate_fires", "level", None),
    ],
    # "a further" parsed on the noun's head, the number under a modifier: the phrase is one,
    # and its head noun is what is counted
    "The scheme trained 40 marshals, and a further 26 community speed watch volunteers "
    "joined in the spring.": [
        ("40", "people_trained", "level", None),
        ("26", "volunteers", "level", None),
    ],
    # "those" with a participle after it is a group of its own, not the count before it:
    # the share is of what that group said
    "The ISVA service supported 233 survivors, and 91% of those leaving said they felt safer.": [
        ("233", "victims_supported", "level", None),
        ("91", "feel_safe", "level", None),
    ],
    # parts of all crime that name kinds of crime are those kinds, not crime in general
    "Total recorded crime in the borough came to 15,930 offences in 2022/23: 4,870 violent "
    "offences, 1,204 burglaries, 2,311 shoplifting offences and 7,545 other crimes.": [
        ("15,930", "recorded_crime", "level", None),
        ("4,870", "violent_crime", "level", None),
        ("1,204", "burglary", "level", None),
        ("2,311", "shoplifting", "level", None),
        ("7,545", "recorded_crime", "level", None),
    ],
    # money shared over what it paid for is a unit cost, a metric of its own per that
    # thing; a year's money is still a sum of funding
    "The target hardening project secured 120 homes for £45,600, an average of £380 per home.": [
        ("120", "target_hardening", "level", None),
        ("£45,600", "funding", "level", None),
        ("£380", "funding_per_home", "level", None),
    ],
    "Marshals covered 52 weekend nights at a cost of £13,520, or £260 a night.": [
        ("52", "sessions_delivered", "level", None),
        ("£13,520", "funding", "level", None),
        ("£260", "funding_per_night", "level", None),
    ],
    "The refuge costs £96,000 a year to run.": [("£96,000", "funding", "level", None)],
    # "for each of" so many names what money is per; bare money set against a unit cost is
    # one too
    "The youth service spent £52,800 on the programme, £440 for each of the 120 young "
    "people who took part.": [
        ("£52,800", "funding", "level", None),
        ("£440", "funding_per_young_person", "level", None),
        ("120", "children_young_people", "level", None),
    ],
    "Policing in the county costs £201 per resident, above the national average of £188.": [
        ("£201", "funding_per_capita", "level", None),
        ("£188", "funding_per_capita", "level", None),
    ],
    # a second verb with its own subject that "numbered" so many counts that subject, not
    # the first verb's object
    "The camera van caught 1,127 speeding drivers, and KSI casualties numbered 49 against "
    "a baseline of 58.": [
        ("1,127", "speeding", "level", None),
        ("49", "road_casualties", "level", None),
        ("58", "road_casualties", "level", None),
    ],
    # ambulance call-outs are the ambulance service's, not calls to the police; vehicles
    # seized are enforcement on vehicles, not crime against them
    "Ambulance call-outs to the town centre on weekend nights fell from 302 to 247.": [
        ("302", "ambulance_callouts", "level", None),
        ("247", "ambulance_callouts", "level", None),
    ],
    "Police seized 318 vehicles for having no insurance, 41 more than a year earlier.": [
        ("318", "vehicles_seized", "level", None),
        ("41", "vehicles_seized_change", "change", "increase"),
    ],
    # a sentence opening on "Most" or "The majority" counts what the sentence before did,
    # and a place's name says where, never what
    "Vehicle crime rose to 734 offences. Most were in Birkenhead (208), Wallasey (141) and "
    "Bebington (96).": [
        ("734", "vehicle_crime", "level", None),
        ("208", "vehicle_crime", "level", None),
        ("141", "vehicle_crime", "level", None),
        ("96", "vehicle_crime", "level", None),
    ],
    "Shoplifting reached 1,905 offences. The majority of them took place in Kirkby (611) "
    "and Huyton (402).": [
        ("1,905", "shoplifting", "level", None),
        ("611", "shoplifting", "level", None),
        ("402", "shoplifting", "level", None),
    ],
    "Wirral and Sefton together logged 140.": [("140", "unnamed_figure", "level", None)],
    # money a thing is worth is its value
    "Thieves took farm machinery worth £212,000 in 2023/24.": [
        ("£212,000", "farm_machinery_value_gbp", "level", None),
    ],
    # an uncatalogued name keeps a participle before its noun and a plural-only noun as
    # written
    "Street teams collected 540 discarded needles in 2022/23.": [
        ("540", "discarded_needle", "level", None),
    ],
    "Retailers reported goods worth £48,000 taken in 2022/23.": [
        ("£48,000", "goods_value_gbp", "level", None),
    ],
    # a Band D precept is the precept, though a budget the sum raised goes towards is
    # named after it
    "I have set the Gwent precept for a Band D property at £318.40 for 2024/25, an increase "
    "of £14.60 or 4.8% on 2023/24's £303.80, raising £61.3m towards a net budget of "
    "£170.5m.": [
        ("£318.40", "precept", "level", None),
        ("£14.60", "precept_change", "change", "increase"),
        ("4.8", "precept_change_percent", "percent_change", "increase"),
        ("£303.80", "precept", "level", None),
        ("£61.3m", "funding", "level", None),
        ("£170.5m", "funding", "level", None),
    ],
    # the Police and Crime Commissioner names an office, not crime
    "Norfolk's Police and Crime Commissioner has put £12 a year on a Band D bill, taking "
    "it from £301.05 to £313.05.": [
        ("£12", "precept", "level", None),
        ("£301.05", "precept", "level", None),
        ("£313.05", "precept", "level", None),
    ],
    # a rate's column names what is rated before "per"; a column naming its base is the
    # rate's population
    "Stalking, Bolton 2023/24 | Reports | Residents | Reports per 1,000 residents\n"
    "Bolton | 1,204 | 296,100 | 4.1": [
        ("1,204", "stalking_harassment", "level", None),
        ("296,100", "population", "level", None),
        ("4.1", "stalking_harassment_per_1000_population", "level", None),
    ],
    # people said to have been charged or convicted are counted as such, not as people
    # supported, whoever the noun says they are
    "The week of action led to 46 arrests, and 29 suspects were charged.": [
        ("46", "arrests", "level", None),
        ("29", "people_charged", "level", None),
    ],
    "After the operation 22 people were convicted.": [
        ("22", "people_convicted", "level", None),
    ],
    # the head noun of a subject names what is counted over a crime said before it
    "Drug dealing arrests climbed by 12% from 150 to 168.": [
        ("12", "arrests_change_percent", "percent_change", "increase"),
        ("150", "arrests", "level", None),
        ("168", "arrests", "level", None),
    ],
    # a part said by an adjective alone is the kind of its whole's thing that the two name
    "The service attended 640 fires in the borough, 212 of them deliberate.": [
        ("640", "fires", "level", None),
        ("212", "deliberate_fires", "level", None),
    ],
    # a line labelled by where some of the line above came from is that line's measure
    "Hate crime reports to the council's third-party centres: 212\nFrom schools: 64\nFrom "
    "housing officers: 58": [
        ("212", "hate_crime", "level", None),
        ("64", "hate_crime", "level", None),
        ("58", "hate_crime", "level", None),
    ],
    # a gap names nothing measured: the line above says what it is a gap in
    "First time entrants in Bolton: 61\nGap to England: +13": [
        ("61", "first_time_entrants", "level", None),
        ("+13", "first_time_entrants_change", "change", "increase"),
    ],
    # a rank on a line labelled only as a position in a group ranks the measure above it
    "Violence with injury, 2023/24: 2,410\nRate per 1,000 population: 8.4\nPosition in "
    "family group: 9th of 15": [
        ("2,410", "violent_crime", "level", None),
        ("8.4", "violent_crime_per_1000_population", "level", None),
        ("9th", "violent_crime_rank", "level", None),
    ],
    # a total with no noun of its own counts the records its sentence names before it,
    # whatever kinds its parts are
    "Bolton recorded more domestic abuse crimes than any other district in the county in "
    "2022/23, 4,920. Of these, 2,210 were violence with injury and 2,710 violence without "
    "injury.": [
        ("4,920", "domestic_abuse_incidents", "level", None),
        ("2,210", "domestic_abuse_incidents", "level", None),
        ("2,710", "domestic_abuse_incidents", "level", None),
    ],
    # a fire service's family group is a comparator, not families supported
    "Crews attended 912 deliberate fires in 2022/23, a rate of 17.2 per 10,000 residents. "
    "The family group average was 14.6.": [
        ("912", "deliberate_fires", "level", None),
        ("17.2", "deliberate_fires_per_10000_population", "level", None),
        ("14.6", "deliberate_fires_per_10000_population", "level", None),
    ],
    # a time officers took to reach incidents is their response time
    "Officers reached emergency incidents in an average of 10.6 minutes, against a target "
    "of 15 minutes.": [
        ("10.6", "response_time_minutes", "level", None),
        ("15", "response_time_minutes", "level", None),
    ],
    # a line labelled only by a year is the line above's measure in that year
    "Anti-social behaviour incidents, 2023/24: 4,210\n2022/23: 4,655": [
        ("4,210", "asb_incidents", "level", None),
        ("4,655", "asb_incidents", "level", None),
    ],
    # "Among these," opens a part of the whole before, as "Of these," does
    "The hub received 530 referrals for domestic abuse. Among these, 212 came in by phone.": [
        ("530", "domestic_abuse_referrals", "level", None),
        ("212", "domestic_abuse_referrals", "level", None),
    ],
    # a bare bullet leaves out the noun of the bullet above it
    "Under the town centre order, officers issued:\n• 58 fixed penalty notices for street "
    "drinking\n• 17 for aggressive begging": [
        ("58", "environmental_enforcement", "level", None),
        ("17", "environmental_enforcement", "level", None),
    ],
    # parts "of these" said to be where the whole's things were are of the whole, not
    # of those who live there, inline or in bullets under "Of these:"
    "Crews completed 2,310 home fire safety visits in 2023/24. Of these, 1,420 were in "
    "homes of people living alone.": [
        ("2,310", "home_safety_visits", "level", None),
        ("1,420", "home_safety_visits", "level", None),
    ],
    "Crews completed 2,310 home fire safety visits in 2023/24. Of these:\n• 1,420 were in "
    "homes of people living alone\n• 512 followed a referral from adult social care": [
        ("2,310", "home_safety_visits", "level", None),
        ("1,420", "home_safety_visits", "level", None),
        ("512", "home_safety_visits", "level", None),
    ],
    # a figure that "the number" stands for, after a sentence with no figure, is of that
    # sentence's subject
    "Shoplifting offences across the town centre fell again. The number recorded in 2023/24 "
    "was 412, compared with 455 the year before.": [
        ("412", "shoplifting", "level", None),
        ("455", "shoplifting", "level", None),
    ],
    # a share or part "of them" after a rate is of what the rate counts, not its base
    "Bolton recorded 2,210 burglaries, a rate of 7.6 per 1,000 residents (population "
    "290,000). Older people were the victims in 430 of them.": [
        ("2,210", "burglary", "level", None),
        ("7.6", "burglary_per_1000_population", "level", None),
        ("290,000", "population", "level", None),
        ("430", "burglary", "level", None),
    ],
    # records counted after a share of a population are not of the population
    "The estate is home to 6 per cent of the borough's population. Of the 310 cases the "
    "team opened, 41 came from the estate.": [
        ("6", "population_percent", "level", None),
        ("310", "case_team_open", "level", None),
        ("41", "case_team_open", "level", None),
    ],
    # an average the next sentence states for the rate before is the rate's, not its base's
    "Oldham recorded 5,120 ASB incidents, a rate of 21.4 per 1,000 residents (population "
    "239,000). This is the third highest in its family group, where the average is 18.9.": [
        ("5,120", "asb_incidents", "level", None),
        ("21.4", "asb_incidents_per_1000_population", "level", None),
        ("239,000", "population", "level", None),
        ("third", "asb_incidents_rank", "level", None),
        ("18.9", "asb_incidents_per_1000_population", "level", None),
    ],
    # a place noun said as an owner ("the town's") says whose rate, not what it counts
    "Bolton recorded 1,212 burglaries in 2022/23. The town's rate of 9.8 per 1,000 households "
    "was above the county average of 8.1.": [
        ("1,212", "burglary", "level", None),
        ("9.8", "burglary_per_1000_households", "level", None),
        ("8.1", "burglary_per_1000_households", "level", None),
    ],
    # a strand said to be the "motivating factor" in a count is a part of hate crime
    "Recorded hate crime in the borough fell to 640 offences. Race was the motivating factor "
    "in 388 and disability in 57, with smaller numbers for religion and gender identity.": [
        ("640", "hate_crime", "level", None),
        ("388", "hate_crime", "level", None),
        ("57", "hate_crime", "level", None),
    ],
    # county lines closed, in a table row the tagger reads as a name, are the networks
    # disrupted, not the people they exploit
    "County lines work | 2022/23 | 2023/24 | Change\nLines closed | 8 | 14 | +6": [
        ("8", "organised_crime", "level", None),
        ("14", "organised_crime", "level", None),
        ("+6", "organised_crime_change", "change", "increase"),
    ],
    # a participle the parser hung on the place a "to" phrase names changes the noun
    # before it
    "Ambulance call-outs to the city centre cut by 15% from 620 (to 527)": [
        ("15", "ambulance_callouts_change_percent", "percent_change", "decrease"),
        ("620", "ambulance_callouts", "level", None),
        ("527", "ambulance_callouts", "level", None),
    ],
    # a bracket opening on a benchmark's name holds the benchmark of the level before it
    "• Fewer than 40 people counted sleeping rough on the annual count night (baseline 63)\n"
    "• 150 people at risk of homelessness helped to keep their tenancy": [
        ("40", "rough_sleeping", "level", None),
        ("63", "rough_sleeping", "level", None),
        ("150", "people_supported", "level", None),
    ],
    # offences committed by people Integrated Offender Management manages, spelt out, are
    # their reoffending
    "The 38 adults managed under Integrated Offender Management in Medway committed 164 "
    "offences in the six months before joining and 71 in the six months after.": [
        ("38", "offenders_managed", "level", None),
        ("164", "reoffending_count", "level", None),
        ("71", "reoffending_count", "level", None),
    ],
    # places whose apposition calls them wards or areas have a part of the level before
    "Fly-tipping fell to 3,180 incidents across the borough. Hillfields, Foleshill and "
    "Radford, the three wards with the most, recorded 1,046 between them.": [
        ("3,180", "fly_tipping", "level", None),
        ("1,046", "fly_tipping", "level", None),
    ],
    # people an ambulance or hospital took are counted as those (an ambulance's as its
    # conveyances), not as the people a service helped; those who "would otherwise have"
    # needed one were helped
    "Volunteers at the night hub assisted 730 people: 402 were given water, 96 were "
    "conveyed to hospital and 17 needed an ambulance.": [
        ("730", "people_supported", "level", None),
        ("402", "people_supported", "level", None),
        ("96", "hospital", "level", None),
        ("17", "ambulance_callouts", "level", None),
    ],
    "The hub assisted 730 people, 88 of whom would otherwise have needed an ambulance.": [
        ("730", "people_supported", "level", None),
        ("88", "people_supported", "level", None),
    ],
    # things a team did with or for people, which the catalog does not name, are counted
    # as themselves, not as the people ("contacts with young people"); a people term with
    # the noun ("members of the public") still names the people
    "Youth workers made 2,960 contacts with young people over 240 sessions, and the bus "
    "helped 480 members of the public.": [
        ("2,960", "contact", "level", None),
        ("240", "sessions_delivered", "level", None),
        ("480", "people_supported", "level", None),
    ],
    # a place's bare count is a part of the measure before, not of the rate's population
    "Leeds recorded 4,210 burglaries, 10.9 per 1,000 residents (population 386,000). "
    "Harehills ward alone accounted for 610, or 14.5% of the total.": [
        ("4,210", "burglary", "level", None),
        ("10.9", "burglary_per_1000_population", "level", None),
        ("386,000", "population", "level", None),
        ("610", "burglary", "level", None),
        ("14.5", "burglary_percent", "level", None),
    ],
    # no sentence starts with a small letter inside a line (the parser cut this line in
    # three, and its change lost its measure)
    "An estimated saving to NHS services of £50,000 or more\nViolence with injury in the "
    "area down 10% from 1,100 (to 990)\n25 active volunteers giving 2,000 hours": [
        ("£50,000", "money_saved", "level", None),
        ("10", "violent_crime_change_percent", "percent_change", "decrease"),
        ("1,100", "violent_crime", "level", None),
        ("990", "violent_crime", "level", None),
        ("25", "volunteers", "level", None),
        ("2,000", "volunteer_hours", "level", None),
    ],
    # counts in brackets after items of an "Of N ...," opening count its whole's measure,
    # when the items name none of their own
    "Of 240 referrals to the navigator, the most common needs were housing (96) and debt (51).": [
        ("240", "referrals", "level", None),
        ("96", "referrals", "level", None),
        ("51", "referrals", "level", None),
    ],
    # people said, by the participle after them, to be sleeping rough are rough sleepers,
    # though the parser hung the participle on the verb
    "Bristol's winter snapshot recorded 31 people sleeping rough, against 42 in the "
    "previous count.": [
        ("31", "rough_sleeping", "level", None),
        ("42", "rough_sleeping", "level", None),
    ],
    # ambulance call-outs are the ambulance service's, not calls to the police; and a noun
    # ended by a particle ("sign-up") is named whole, not by its parts
    "Ambulance call-outs to the town centre fell by 15% from 300 to 255.": [
        ("15", "ambulance_callouts_change_percent", "percent_change", "decrease"),
        ("300", "ambulance_callouts", "level", None),
        ("255", "ambulance_callouts", "level", None),
    ],
    "Sign-ups to the scheme fell by 15% from 300 to 255.": [
        ("15", "sign_up_scheme_change_percent", "percent_change", "decrease"),
        ("300", "sign_up_scheme", "level", None),
        ("255", "sign_up_scheme", "level", None),
    ],
    # "night-time" says no nights: the night-time economy's incidents are no sessions
    "The night-time economy saw 1,480 violent incidents in 2023/24.": [
        ("1,480", "violent_incident", "level", None),
    ],
    # money a penalty notice is priced at is a penalty, though a grant is named beside it
    "Littering enforcement across the seafront: wardens, paid for from the £48,000\nPCC "
    "grant, patrol the promenade and serve £150 fixed penalty notices.": [
        ("£48,000", "funding", "level", None),
        ("£150", "fines_and_penalties", "level", None),
    ],
    # a place phrase with its number ("in the four town centres") places the offences: it
    # does not become what the change and its levels count
    "Criminal damage in the four town centres reduced by 15% from 240 (to 204 or fewer).": [
        ("15", "criminal_damage_change_percent", "percent_change", "decrease"),
        ("240", "criminal_damage", "level", None),
        ("204", "criminal_damage", "level", None),
    ],
    # money a thing is said to be worth, in a sentence that says nothing of funding, is
    # that thing's value; the worth of volunteers' time is its own measure
    "Officers handed back bicycles, phones and jewellery valued at £41,300 to their owners. "
    "Street Pastors gave 2,300 hours on Saturday nights, valued at £26,000 at the living "
    "wage.": [
        ("£41,300", "jewellery_value_gbp", "level", None),
        ("2,300", "volunteer_hours", "level", None),
        ("£26,000", "volunteer_time_value", "level", None),
    ],
    # money that paid penalty notices brought in is penalty income, not funding, whether
    # the notices are named in its sentence or the one before
    "Wardens handed out 388 fixed penalty notices for dog fouling, and 301 were paid, "
    "generating £30,100. The parking team issued 2,040 penalty charge notices. Settled "
    "charges brought in £71,400.": [
        ("388", "environmental_enforcement", "level", None),
        ("301", "environmental_enforcement", "level", None),
        ("£30,100", "fines_and_penalties", "level", None),
        ("2,040", "environmental_enforcement", "level", None),
        ("£71,400", "fines_and_penalties", "level", None),
    ],
    # money saved for someone else or protected is a cost avoided, not funding; a
    # budget's own saving is still funding
    "The falls response car avoided 640 ambulance call-outs, saving the trust an estimated "
    "£98,000. Trading Standards stopped 57 doorstep scams, protecting £88,500 of older "
    "residents' savings. Retendering the monitoring contract saved £14,000.": [
        ("640", "ambulance_callouts", "level", None),
        ("£98,000", "money_saved", "level", None),
        ("57", "doorstep_scam", "level", None),
        ("£88,500", "money_saved", "level", None),
        ("£14,000", "funding", "level", None),
    ],
    # "started deliberately" says of a part of fires what "deliberate" does
    "Firefighters attended 276 rubbish fires in the year, 201 of them started deliberately.": [
        ("276", "fires", "level", None),
        ("201", "deliberate_fires", "level", None),
    ],
    # a population rate's base that took what the count counts is the population
    "Youth justice: first time entrants in Oldham fell to 61, a rate of 254 per 100,000 among "
    "the borough's 24,000 10 to 17 year olds.": [
        ("61", "first_time_entrants", "level", None),
        ("254", "first_time_entrants_per_100000_population", "level", None),
        ("24,000", "population", "level", None),
    ],
    # a share in brackets after "N were repeats" is the share of that count
    "Bury's MARAC discussed 350 cases in the year, of which 84 were repeats (24%).": [
        ("350", "marac_cases", "level", None),
        ("84", "marac_cases", "level", None),
        ("24", "marac_cases_percent", "level", None),
    ],
    # a rate per session measures what its count counts, not sessions
    "The outreach team ran 208 street sessions, making 3,120 contacts (an average of 15 a "
    "session) with 940 different people.": [
        ("208", "sessions_delivered", "level", None),
        ("3,120", "contact", "level", None),
        ("15", "contact_per_session", "level", None),
        ("940", "people_supported", "level", None),
    ],
    # a ranked list's items the catalog names, each "at" its figure, are each their kind
    "Theft from shops was the most common offence at 912, followed by burglary at 455 and "
    "robbery at 120.": [
        ("912", "shoplifting", "level", None),
        ("455", "burglary", "level", None),
        ("120", "robbery", "level", None),
    ],
    # a verbless item's change is of the words before it, past a place's number ("the
    # three market towns"), not of the item before
    "• Knife arch deployments at 36 weekend events\n"
    "• Reported shoplifting across the three market towns up 7%": [
        ("36", "sessions_delivered", "level", None),
        ("7", "shoplifting_change_percent", "percent_change", "increase"),
    ],
    # those said to be sentenced to custody count custodial sentences, whatever came before
    "Youth cautions were issued to 58 young people in Halton, and 7 were sentenced to custody.": [
        ("58", "out_of_court_disposals", "level", None),
        ("7", "youth_custody", "level", None),
    ],
    # a part "of them" set after a comma, with no verb to say what it is, is of its whole
    "A week of action on county lines in Hartlepool led to 42 arrests, 17 of them for "
    "possession with intent to supply.": [
        ("42", "arrests", "level", None),
        ("17", "arrests", "level", None),
    ],
    # a name the page wrapped across two lines is one name
    "• 312 ASB reports logged by the council and 27 Acceptable\n"
    "  Behaviour Contracts signed with young people": [
        ("312", "asb_incidents", "level", None),
        ("27", "acceptable_behaviour_contracts", "level", None),
    ],
    # a team's ASB cases are its casework, not the incidents reported to it
    "Our neighbourhood nuisance team took on 207 new cases, 19 fewer than a year earlier, "
    "while anti-social behaviour incidents reported to the police came to 2,930.": [
        ("207", "asb_cases", "level", None),
        ("19", "asb_cases_change", "change", "decrease"),
        ("2,930", "asb_incidents", "level", None),
    ],
    "Caseworkers closed 164 anti-social behaviour cases in the year.": [
        ("164", "asb_cases", "level", None),
    ],
    # a table's columns name what a service's row counts at each stage of its work
    "Project | Referrals | Young people engaged | Felt safer\nKnife crime mentoring, "
    "2023/24 | 188 | 142 | 77%": [
        ("188", "referrals", "level", None),
        ("142", "children_young_people", "level", None),
        ("77", "feel_safe", "level", None),
    ],
    # warning letters are letters, not enforcement, and a measure of their own
    "The ASB team sent 640 first warning letters and 85 final letters, and served 12 "
    "community protection notices.": [
        ("640", "warning_letters", "level", None),
        ("85", "warning_letters", "level", None),
        ("12", "environmental_enforcement", "level", None),
    ],
    # a line opening on a word tagged a verb takes no subject from the finished sentence
    # before it
    "Speedwatch volunteers sent 2,300 advisory letters to keepers. Killed or seriously "
    "injured casualties in Bolton: 61, against a 2015-19 baseline average of 70, 9 below "
    "it.": [
        ("2,300", "warning_letters", "level", None),
        ("61", "road_casualties", "level", None),
        ("70", "road_casualties", "level", None),
        ("9", "road_casualties_change", "change", "decrease"),
    ],
    # items listed after a colon that closes a count's noun phrase, with no noun of their
    # own, are counts of it, whatever the sentence's subject names
    "A week of action on county lines led to 38 arrests: 22 for supplying class A drugs, 10 "
    "for possession with intent and 6 for money laundering.": [
        ("38", "arrests", "level", None),
        ("22", "arrests", "level", None),
        ("10", "arrests", "level", None),
        ("6", "arrests", "level", None),
    ],
    # a plural noun the tagger read as a verb after "that" is still the clause's subject
    "Members noted that calls to the police about anti-social behaviour in Bolton totalled "
    "5,210 in the year.": [
        ("5,210", "asb_incidents", "level", None),
    ],
    # a kind of the total's crime, as subject, is what "N of the total" counts
    "The force recorded 21,300 crimes in Bolton. Burglary accounted for 1,420 of the total. "
    "Shoplifting made up 9% of the total.": [
        ("21,300", "recorded_crime", "level", None),
        ("1,420", "burglary", "level", None),
        ("9", "shoplifting_percent", "level", None),
    ],
    # searches said to have led to an arrest alone are arrests; to a positive outcome, still
    # searches
    "Stop and search in Bolton: 4,210 searches, 58% of them for drugs; 702 led to an arrest "
    "(16.7%), and 1,120 led to a positive outcome.": [
        ("4,210", "stop_search", "level", None),
        ("58", "stop_search_percent", "level", None),
        ("702", "arrests", "level", None),
        ("16.7", "arrests_percent", "level", None),
        ("1,120", "stop_search", "level", None),
    ],
    # the people a rate's base is "of" are the population it is per, whatever the label
    "First time entrants: 45 children, a rate of 250 per 100,000 of the 18,000 young people "
    "aged 10 to 17.": [
        ("45", "first_time_entrants", "level", None),
        ("250", "first_time_entrants_per_100000_population", "level", None),
        ("18,000", "population", "level", None),
    ],
    # a bare subject naming again the head noun of the sentence before's measure is that
    # measure ("Incidents" after "fly-tipping incidents"); a later clause of other figures
    # under a subject of its own says nothing of the figures before it
    "Wardens dealt with 3,310 fly-tipping incidents. Incidents were 9% lower than the 3,637 "
    "of a year earlier, and closure orders were granted on 4 premises.": [
        ("3,310", "fly_tipping", "level", None),
        ("9", "fly_tipping_change_percent", "percent_change", "decrease"),
        ("3,637", "fly_tipping", "level", None),
        ("4", "closure_orders", "level", None),
    ],
    # a participle the parser hangs on a place phrase is said of what the phrase places
    "Expected outcomes: burglaries in the three wards cut by 15% (baseline 420).": [
        ("15", "burglary_change_percent", "percent_change", "decrease"),
        ("420", "burglary", "level", None),
    ],
    # acceptable behaviour contracts are agreements, not enforcement: a measure of their own
    "Officers issued 41 community protection warnings and agreed 19 acceptable behaviour "
    "agreements with young people; 6 ABCs were breached.": [
        ("41", "environmental_enforcement", "level", None),
        ("19", "acceptable_behaviour_contracts", "level", None),
        ("6", "acceptable_behaviour_contracts", "level", None),
    ],
    # people in general whose words name a narrower group are that group
    "Expected outcomes: 36 men completing the perpetrator programme and 70 partners offered "
    "support.": [
        ("36", "perpetrators", "level", None),
        ("70", "partner", "level", None),
    ],
    # people counted by starting something are starts of what they started, not the group
    # before them
    "The team assessed 140 people; 52 began structured treatment.": [
        ("140", "people_supported", "level", None),
        ("52", "drug_alcohol_treatment", "level", None),
    ],
    # a clause of other figures under the money's verb does not say what the money is; a
    # named council or force says who, not what
    "Torbay Council cleared 1,942 fly-tips at a cost of £231,000, while fines for littering "
    "raised £18,400.": [
        ("1,942", "fly_tipping", "level", None),
        ("£231,000", "funding", "level", None),
        ("£18,400", "fines_and_penalties", "level", None),
    ],
    "Letters of complaint to Cheshire East Council about parking reached 318 in 2023.": [
        ("318", "letter_complaint_parking", "level", None),
    ],
    # fines and penalty money is not funding: a court's award of fines and costs, a penalty
    # notice's tariff and the income from them
    "Enforcement officers issued 310 penalty notices at £150 each; 218 were paid, bringing "
    "in £32,700 of penalty income, and magistrates awarded £4,380 in fines and costs on the "
    "rest.": [
        ("310", "environmental_enforcement", "level", None),
        ("£150", "fines_and_penalties", "level", None),
        ("218", "environmental_enforcement", "level", None),
        ("£32,700", "fines_and_penalties", "level", None),
        ("£4,380", "fines_and_penalties", "level", None),
    ],
    # a whole keeps its noun: the "of which" clause hung on the place after it is a part's
    "Crews attended 862 fires in Halton, of which 511 were deliberate.": [
        ("862", "fires", "level", None),
        ("511", "deliberate_fires", "level", None),
    ],
    # those who left or entered what the object names are counted by it, not as referrals
    "Community rehabilitation hub: 212 adults referred; 64 left treatment in a planned way.": [
        ("212", "referrals", "level", None),
        ("64", "drug_alcohol_treatment", "level", None),
    ],
    # an average "a night" is per night, of what the nights saw; "a week" counts a week's
    "The Safe Haven in Market Street opened on 48 nights and looked after 624 people, an "
    "average of 13 a night.": [
        ("48", "sessions_delivered", "level", None),
        ("624", "people_supported", "level", None),
        ("13", "people_supported_per_night", "level", None),
    ],
    "Calls to the non-emergency number averaged 2,350 a week.": [
        ("2,350", "calls_for_service", "level", None),
    ],
    # what a part of a cohort "went on to" do names it, the parser's "to" a preposition
    "The Turnaround cohort numbered 96 young people in 2022/23. Of those, 21 went on to "
    "reoffend (21.9%) within twelve months.": [
        ("96", "children_young_people", "level", None),
        ("21", "reoffending_count", "level", None),
        ("21.9", "reoffending", "level", None),
    ],
    # a rate's comparator after a ";" that calls it an average or a rate is in its unit
    "Burglary: 540 offences, a rate of 4.9 per 1,000 households (households 110,000); most "
    "similar group average 5.6.": [
        ("540", "burglary", "level", None),
        ("4.9", "burglary_per_1000_households", "level", None),
        ("110,000", "households", "level", None),
        ("5.6", "burglary_per_1000_households", "level", None),
    ],
    # the subject after a ";" is the item's noun, not a place joined to its "in"
    "The fund paid for 300 door locks, 22 alley gates and 11 new CCTV cameras; burglary in "
    "Halliwell and Crompton fell from 240 to 190, down 20.8%.": [
        ("300", "door_lock", "level", None),
        ("22", "alley_gate", "level", None),
        ("11", "cctv", "level", None),
        ("240", "burglary", "level", None),
        ("190", "burglary", "level", None),
        ("20.8", "burglary_change_percent", "percent_change", "decrease"),
    ],
    # a bare change after a rate's two levels, and a level that "stood at", are the rate's
    "The borough's first time entrant rate fell from 402 to 351 per 100,000 10 to 17 year "
    "olds between 2020/21 and 2021/22, a drop of 51, while the North West's stood at 298.": [
        ("402", "first_time_entrants_per_100000_population", "level", None),
        ("351", "first_time_entrants_per_100000_population", "level", None),
        ("51", "first_time_entrants_change_per_100000_population", "change", "decrease"),
        ("298", "first_time_entrants_per_100000_population", "level", None),
    ],
    # the first item of a ranked list "accounted for" its figure: what the list ranks
    "Hate crime: 530 offences were recorded in 2022/23. Race accounted for 344, followed by "
    "religion (61) and disability (48).": [
        ("530", "hate_crime", "level", None),
        ("344", "hate_crime", "level", None),
        ("61", "hate_crime", "level", None),
        ("48", "hate_crime", "level", None),
    ],
    # a title line of up to 16 words over a table or "Label: value" lines names what they
    # count, and a head line of places, periods and change leaves it in force
    "Deliberate fires attended by the fire service in the borough, selected wards\n"
    "Ward | 2021/22 | 2022/23 | % change\nHalliwell | 212 | 180 | -15.1%\n"
    "All wards | 1,240 | 1,102 | -11.1%": [
        ("212", "deliberate_fires", "level", None),
        ("180", "deliberate_fires", "level", None),
        ("-15.1", "deliberate_fires_change_percent", "percent_change", "decrease"),
        ("1,240", "deliberate_fires", "level", None),
        ("1,102", "deliberate_fires", "level", None),
        ("-11.1", "deliberate_fires_change_percent", "percent_change", "decrease"),
    ],
    "People killed or seriously injured in road collisions across the whole borough\n"
    "2022: 96\n2017-19 baseline average: 118\nChange: -22": [
        ("96", "road_casualties", "level", None),
        ("118", "road_casualties", "level", None),
        ("-22", "road_casualties_change", "change", "decrease"),
    ],
    # a count is the number of its noun though the noun is said to be worth money too
    "Wardens carried out 640 patrols and issued 95 fixed penalty notices of £150.": [
        ("640", "sessions_delivered", "level", None),
        ("95", "environmental_enforcement", "level", None),
        ("£150", "fines_and_penalties", "level", None),
    ],
    # a verbless item's change "N% below" its level takes the item's words, past an aside
    # in brackets, and so does the level it is compared with
    "212 weapons surrendered in the amnesty bins; knife crime 6% below the 2020/21 level of 690.": [
        ("212", "weapons_surrendered", "level", None),
        ("6", "knife_crime_change_percent", "percent_change", "decrease"),
        ("690", "knife_crime", "level", None),
    ],
    "Amnesty bins took in 230 weapons; knife crime (possession and bladed-article offences) "
    "4% below the 2020/21 level of 540.": [
        ("230", "weapons_surrendered", "level", None),
        ("4", "knife_crime_change_percent", "percent_change", "decrease"),
        ("540", "knife_crime", "level", None),
    ],
    # "second" after a count other than one is the second of a list, not a time
    "The council sent 6,120 reminder letters: 4,800 first letters, 1,020 second and 300 third.": [
        ("6,120", "reminder_letter", "level", None),
        ("4,800", "reminder_letter", "level", None),
        ("1,020", "reminder_letter", "level", None),
        ("300", "reminder_letter", "level", None),
    ],
    # a rate's unit is not a count's in the next ";" clause
    "Total recorded crime in Bolton was 30,150 in 2022/23, equivalent to 101.2 crimes per "
    "1,000 residents (population 298,000), the second highest rate in the county; violence "
    "against the person made up 11,240.": [
        ("30,150", "recorded_crime", "level", None),
        ("101.2", "recorded_crime_per_1000_population", "level", None),
        ("298,000", "population", "level", None),
        ("second", "recorded_crime_rank", "level", None),
        ("11,240", "violent_crime", "level", None),
    ],
    # a figure alone in brackets right after a rate's base counts that base
    "The borough had 96 first time entrants, a rate of 240 per 100,000 10 to 17 year olds"
    " (40,000).": [
        ("96", "first_time_entrants", "level", None),
        ("240", "first_time_entrants_per_100000_population", "level", None),
        ("40,000", "population", "level", None),
    ],
    "The MARAC heard 450 cases, a rate of 36.0 per 10,000 adult women (125,000).": [
        ("450", "marac_cases", "level", None),
        ("36.0", "marac_cases_per_10000_adult_women", "level", None),
        ("125,000", "population", "level", None),
    ],
    # where the concept model reads a thing of its own that the catalog does not hold, the
    # figure keeps the name of its own words; a group of people keeps the rules' concept
    "Community Speedwatch groups sent 1,412 advisory notices to drivers.": [
        ("1,412", "advisory_notice", "level", None),
    ],
    # ... and a figure of the same noun that borrowed the rules' metric takes the same name
    "Speedwatch: 18 groups recorded 3,210 vehicles over the limit, each of which was sent a "
    "letter by the police: 2,900 first warnings and 310 second warnings.": [
        ("18", "speeding", "level", None),
        ("3,210", "vehicle", "level", None),
        ("2,900", "warning", "level", None),
        ("310", "warning", "level", None),
    ],
    # people hurt in fires are a harm of their own, not the fires
    "Crews attended 512 deliberate fires, and 4 people were hurt in deliberate fires.": [
        ("512", "deliberate_fires", "level", None),
        ("4", "injury", "level", None),
    ],
    "The first time entrant rate was 412 per 100,000 (Wales: 236; population 18,400).": [
        ("412", "first_time_entrants_per_100000_population", "level", None),
        ("236", "first_time_entrants_per_100000_population", "level", None),
        ("18,400", "population", "level", None),
    ],
    # a place's figure in brackets after a rate, labelled by its name alone, is that
    # place's rate
    "Hate crimes ran at 2.9 per 1,000 residents (England 2.4).": [
        ("2.9", "hate_crime_per_1000_population", "level", None),
        ("2.4", "hate_crime_per_1000_population", "level", None),
    ],
    # a sum "each" after penalty notices, or one "if paid" early, is the penalty's size,
    # not funding
    "Wardens issued 96 fixed penalty notices (£150 each).": [
        ("96", "environmental_enforcement", "level", None),
        ("£150", "fines_and_penalties", "level", None),
    ],
    "A fixed penalty of £300 for littering (£180 if paid within 14 days)": [
        ("£300", "fines_and_penalties", "level", None),
        ("£180", "fines_and_penalties", "level", None),
    ],
    # hare coursing and wildlife crime are measures of their own, not rural crime at large
    "The rural crime team dealt with 57 hare coursing incidents and 14 wildlife crimes.": [
        ("57", "hare_coursing", "level", None),
        ("14", "wildlife_crime", "level", None),
    ],
    "Rural crime fell by 8% to 412 offences; hare coursing reports fell to 31.": [
        ("8", "rural_crime_change_percent", "percent_change", "decrease"),
        ("412", "rural_crime", "level", None),
        ("31", "hare_coursing", "level", None),
    ],
    # "over budget" after a sum is its gap to the budget, not an amount of its own
    "The youth bus cost £54,100 to run, £4,100 over budget.": [
        ("£54,100", "funding", "level", None),
        ("£4,100", "funding_change", "change", "increase"),
    ],
    # "in N of them" counts the things "them" names, not the people the clause is about
    "Police recorded 412 burglaries, and older residents were the victims in 97 of them.": [
        ("412", "burglary", "level", None),
        ("97", "burglary", "level", None),
    ],
    # a term the parser splits, its noun read as a verb, is still the term
    "The Fire and Rescue Service completed 2,110 Safe and Well visits in the town.": [
        ("2,110", "home_safety_visits", "level", None)
    ],
    # the lines of a list closed by a total with its comparison count what the total counts
    "Fly-tips cleared by ward\nCentral: 402\nRiverside: 288\nTotal: 690, down 58 on 2022/23": [
        ("402", "fly_tipping", "level", None),
        ("288", "fly_tipping", "level", None),
        ("690", "fly_tipping", "level", None),
        ("58", "fly_tipping_change", "change", "decrease"),
    ],
    # a label's head noun names it, not the noun of a phrase after it
    "Risk assessment conference, 2024/25\nCases discussed: 244\n"
    "Children in those households: 309": [
        ("244", "marac_cases", "level", None),
        ("309", "children_young_people", "level", None),
    ],
    # children a case involves, or who live in the household, are not the service's cases
    "The MARAC in Bury considered 285 cases last year, involving 377 children.": [
        ("285", "marac_cases", "level", None),
        ("377", "children_young_people", "level", None),
    ],
    # a bare rate after a sentence of a topic and a group of people is the topic's
    "The MARAC reviewed 640 cases, involving 815 children. The repeat rate stood at 31%.": [
        ("640", "marac_cases", "level", None),
        ("815", "children_young_people", "level", None),
        ("31", "marac_cases_percent", "level", None),
    ],
    # drink spiking is not catalogued as a sexual offence: it keeps its own name
    "Drink spikings in the city centre went up from 52 to 67.": [
        ("52", "drink_spiking", "level", None),
        ("67", "drink_spiking", "level", None),
    ],
    # a share in brackets after a sum of money is a share of that money
    "PCC funding of £250,000 went on £150,000 (60%) for knife crime projects and £100,000 "
    "(40%) for burglary prevention.": [
        ("£250,000", "funding", "level", None),
        ("£150,000", "funding", "level", None),
        ("60", "funding_percent", "level", None),
        ("£100,000", "funding", "level", None),
        ("40", "funding_percent", "level", None),
    ],
    # what records were mostly made up of is a part of them, not what they are
    "Police recorded 640 offences in the town centre last year, mostly shoplifting and assaults.": [
        ("640", "recorded_crime", "level", None),
    ],
    # victims of one crime counted out of the victims a service helped, in the sentence
    # after, are among those helped
    "The victims' hub helped 5,200 victims of crime in 2023/24. Some 1,400 of them were "
    "victims of burglary.": [
        ("5,200", "victims_supported", "level", None),
        ("1,400", "victims_supported", "level", None),
    ],
    # a list item naming what it measures is compared within itself, not with the
    # figure of the item before it
    "Train 40 door staff; burglary in the three wards down 12% on last year's 310.": [
        ("40", "people_trained", "level", None),
        ("12", "burglary_change_percent", "percent_change", "decrease"),
        ("310", "burglary", "level", None),
    ],
    "Issue 80 warning letters; reported fly-tipping in the borough down 15% on the 2021/22 "
    "total of 940.": [
        ("80", "warning_letters", "level", None),
        ("15", "fly_tipping_change_percent", "percent_change", "decrease"),
        ("940", "fly_tipping", "level", None),
    ],
    # incidents a fire service attends are its incidents, not calls to the police; split
    # into kinds the catalog holds, each part is its kind
    "Firefighters in Halton went to 1,520 incidents last year: 301 fires, 842 false alarms "
    "and 377 special services.": [
        ("1,520", "fire_incidents", "level", None),
        ("301", "fires", "level", None),
        ("842", "false_alarms", "level", None),
        ("377", "fire_incidents", "level", None),
    ],
    # a count the parse leaves with no words of its own is of what its nearest nouns name,
    # when they name a concept of its unit (the parser takes "Killed" for the verb here)
    "Killed or seriously injured casualties on the county's roads numbered 130, 9 below the "
    "2015-19 average of 139.": [
        ("130", "road_casualties", "level", None),
        ("9", "road_casualties_change", "change", "decrease"),
        ("139", "road_casualties", "level", None),
    ],
    # another year's figure after a colon in brackets is no heading over the items after it
    "At least 60 patrols over the year (2021/22: 48); fewer than 120 violent crimes in the "
    "town centre (2021/22: 151).": [
        ("60", "sessions_delivered", "level", None),
        ("48", "sessions_delivered", "level", None),
        ("120", "violent_crime", "level", None),
        ("151", "violent_crime", "level", None),
    ],
    # referrals under a heading that names their kind with them are of that kind
    "Domestic abuse outreach service, 2022/23\nReferrals received: 1,120": [
        ("1,120", "domestic_abuse_referrals", "level", None),
    ],
    # people who died or were hurt, after a count of casualties, are casualties
    "Road casualties in the county fell to 312 in 2023. Young drivers remain a concern: 41 "
    "young people were injured, 6 of them seriously.": [
        ("312", "road_casualties", "level", None),
        ("41", "road_casualties", "level", None),
        ("6", "road_casualties", "level", None),
    ],
    # conversations had with young people are conversations, not young people
    "Street-based youth workers had 2,460 conversations with teenagers in the parks.": [
        ("2,460", "conversation", "level", None),
    ],
    # a count parsed as joined to the object before it, right before a verb of its own, is
    # that verb's subject: not what the sentence's subject took in
    "The IDVA service received 980 referrals and 310 high-risk cases went to MARAC.": [
        ("980", "idva_cases", "level", None),
        ("310", "marac_cases", "level", None),
    ],
    # the children a rate per head of population is set against are its population
    "There were 52 first time entrants in 2023/24, compared with 61 in 2022/23; with 19,800 "
    "children aged 10 to 17 in the borough, that is a rate of 263 per 100,000.": [
        ("52", "first_time_entrants", "level", None),
        ("61", "first_time_entrants", "level", None),
        ("19,800", "population", "level", None),
        ("263", "first_time_entrants_per_100000_population", "level", None),
    ],
    # "to" a programme, parsed as the verb's dative, still says whose the referrals are
    "Luton made 120 referrals to Channel in 2023/24.": [
        ("120", "prevent_referrals", "level", None),
    ],
    # an adjective said of a bare count makes a kind of what it borrows, when the catalog
    # has that kind; else it is what it borrows
    "Crews attended 642 fires in 2024/25; 318 were deliberate.": [
        ("642", "fires", "level", None),
        ("318", "deliberate_fires", "level", None),
    ],
    "Firefighters attended 512 fires, and of these 301 were deliberate.": [
        ("512", "fires", "level", None),
        ("301", "deliberate_fires", "level", None),
    ],
    "The hub received 210 referrals; 140 were new.": [
        ("210", "referrals", "level", None),
        ("140", "referrals", "level", None),
    ],
    # residents said to be in treatment are people treated, not the population a rate is of
    "Alcohol-related admissions were 5.8 per 1,000 against the England rate of 5.0; 1,840 "
    "residents were in structured drug treatment, up 4.0% on 1,769.": [
        ("5.8", "alcohol_hospital_admissions_per_1000_population", "level", None),
        ("5.0", "alcohol_hospital_admissions_per_1000_population", "level", None),
        ("1,840", "drug_alcohol_treatment", "level", None),
        ("4.0", "drug_alcohol_treatment_change_percent", "percent_change", "increase"),
        ("1,769", "drug_alcohol_treatment", "level", None),
    ],
    # a share "of the previous cohort" is whose it is, not what it measures
    "Of the young offenders in the cohort, 29.1% went on to re-offend, which is lower than "
    "the 33.6% of the previous cohort.": [
        ("29.1", "reoffending", "level", None),
        ("33.6", "reoffending", "level", None),
    ],
    # those helpers do something for are who is counted, not the helpers
    "Trained volunteers at the welfare bus looked after 377 people over the summer.": [
        ("377", "people_supported", "level", None),
    ],
    # a change between two levels whose arithmetic holds is of the level with a noun of its
    # own, not of the bare one's borrowed subject
    "Fire crews in the city carried out 52 water rescues on the river, 8 more than in "
    "2021/22 (44).": [
        ("52", "water_rescues", "level", None),
        ("8", "water_rescues_change", "change", "increase"),
        ("44", "water_rescues", "level", None),
    ],
    # nuisance riders are nuisance riding, whatever the record of them
    "Reports about nuisance riders on the dunes fell from 310 to 262.": [
        ("310", "asb_incidents", "level", None),
        ("262", "asb_incidents", "level", None),
    ],
    # bikes seized are vehicles taken off riders, not bicycle thefts
    "Officers seized 44 bikes from riders in the park, and 12 bikes were seized on "
    "the Wirral Way.": [
        ("44", "vehicles_seized", "level", None),
        ("12", "vehicles_seized", "level", None),
    ],
    # doers named as the subject are not what a bare level beside their object counts
    "Practitioners at the hospital referred 96 young people to the counselling service, up 18 "
    "on 2022/23 (78).": [
        ("96", "referrals", "level", None),
        ("18", "referrals_change", "change", "increase"),
        ("78", "referrals", "level", None),
    ],
    # times or occasions on which people went or were reported missing are episodes
    "Looked-after children were reported missing on 312 occasions last year.": [
        ("312", "missing_episodes", "level", None),
    ],
    "Teenagers in the borough went missing 140 times, against 171 in 2021/22.": [
        ("140", "missing_episodes", "level", None),
        ("171", "missing_episodes", "level", None),
    ],
    # a count joined to another of the same noun, naming nothing itself, is of its kind
    "The ASB team sent 230 first warning letters and 41 final letters to tenants.": [
        ("230", "warning_letters", "level", None),
        ("41", "warning_letters", "level", None),
    ],
    # a clause that leaves out its verb has its own subject, participle and all
    "Burglary fell from 880 to 812, and total recorded crime from 9,140 to 9,306.": [
        ("880", "burglary", "level", None),
        ("812", "burglary", "level", None),
        ("9,140", "recorded_crime", "level", None),
        ("9,306", "recorded_crime", "level", None),
    ],
    # a verbless item's words run over a hyphen glued inside a word
    "ASB: 212 reports; knife-enabled robberies down 12% on 2021/22.": [
        ("212", "asb_incidents", "level", None),
        ("12", "knife_crime_change_percent", "percent_change", "decrease"),
    ],
    # what is said of a thing in a clause after it can rule out what its noun names
    "150 knives handed in at police stations.": [
        ("150", "weapons_surrendered", "level", None),
    ],
    # a range of shares written with a dash is two measures, as "28 to 40%" is; an age
    # range so written is none
    "Cases heard by the Halton MARAC were 31% repeats (recommended range 28-40%); all "
    "concerned victims aged 16-25.": [
        ("31", "marac_cases_percent", "level", None),
        ("28", "marac_cases_percent", "level", None),
        ("40", "marac_cases_percent", "level", None),
    ],
    # a police force's area named beside a rate says where, not what: the row's measure
    "Violent crimes 2023/24: 2,310 | Population: 98,400 | Rate per 1,000: 23.5 | Cheshire "
    "force area rate: 19.2": [
        ("2,310", "violent_crime", "level", None),
        ("98,400", "population", "level", None),
        ("23.5", "violent_crime_per_1000_population", "level", None),
        ("19.2", "violent_crime_per_1000_population", "level", None),
    ],
    # a part "of the total" and a share "of the borough's total" measure the total before
    "Robbery rose to 612 offences in 2022/23. The town centre accounted for 240 of the total.": [
        ("612", "robbery", "level", None),
        ("240", "robbery", "level", None),
    ],
    "The busiest wards for fly-tipping were Heath (310 fly-tips) and Moor (205), together "
    "42% of the district's total.": [
        ("310", "fly_tipping", "level", None),
        ("205", "fly_tipping", "level", None),
        ("42", "fly_tipping_percent", "level", None),
    ],
    # "ones" stand for the noun counted before them
    "The grant bought 6 new cameras and repaired 11 older ones.": [
        ("6", "cctv", "level", None),
        ("11", "cctv", "level", None),
    ],
    # a number standing for a record left out takes the kind its "of" names ...
    "Wardens logged 88 incidents of fly-tipping, 41 of graffiti and 12 of drug dealing.": [
        ("88", "fly_tipping", "level", None),
        ("41", "graffiti", "level", None),
        ("12", "drug_offences", "level", None),
    ],
    # ... but people left out stay people ("victims of ..., 40 of burglary")
    "The service supported 300 victims; 95 were victims of fraud and 40 of burglary.": [
        ("300", "victims_supported", "level", None),
        ("95", "victims_supported", "level", None),
        ("40", "victims_supported", "level", None),
    ],
    # parts of hours that volunteers gave are volunteer hours too
    "Street Angels volunteers gave 1,900 hours: 1,250 of them in the town centre and the "
    "other 650 at festivals.": [
        ("1,900", "volunteer_hours", "level", None),
        ("1,250", "volunteer_hours", "level", None),
        ("650", "volunteer_hours", "level", None),
    ],
    # "and N of them" after a rate is a part of the count, not of the rate's population
    "Officers received 930 noise complaints, 6.1 per 1,000 of the 152,000 residents, and 140 "
    "of them were about parties.": [
        ("930", "noise_complaints", "level", None),
        ("6.1", "noise_complaints_per_1000_population", "level", None),
        ("152,000", "population", "level", None),
        ("140", "noise_complaints", "level", None),
    ],
    # hours a group gave, and what its time was valued at, are of what the group is
    "In 2023/24, 640 residents volunteered with Neighbourhood Watch, giving some 18,500 "
    "hours valued at £190,000.": [
        ("640", "volunteers", "level", None),
        ("18,500", "volunteer_hours", "level", None),
        ("£190,000", "volunteer_time_value", "level", None),
    ],
    # a Band D property's precept, though the tagger reads "precept" as a verb; the sum
    # the precept raises is funding
    "The police precept for a Band D property rises from £241.27 to £254.27, raising "
    "£41.2 million.": [
        ("£241.27", "precept", "level", None),
        ("£254.27", "precept", "level", None),
        ("£41.2 million", "funding", "level", None),
    ],
    # a rank and the rate it ranks measure the same offences, whatever the rate's noun
    "Crewe had the 2nd highest rate of shoplifting among its 15 most similar partnerships, "
    "at 12.8 offences per 1,000 population, 3.1 above the group average of 9.7.": [
        ("2nd", "shoplifting_rank", "level", None),
        ("12.8", "shoplifting_per_1000_population", "level", None),
        ("3.1", "shoplifting_change_per_1000_population", "change", "increase"),
        ("9.7", "shoplifting_per_1000_population", "level", None),
    ],
    # a target a verb holds its object at is of the object, not of who holds it
    "The youth justice service's aim is to hold first-time entrants below 210 per 100,000; "
    "the rate for 2022 was 197.": [
        ("210", "first_time_entrants_per_100000_population", "level", None),
        ("197", "first_time_entrants_per_100000_population", "level", None),
    ],
    # concerns about residents are concerns, not residents
    "The council's adult safeguarding team received 2,410 safeguarding concerns about "
    "Bury residents.": [
        ("2,410", "safeguarding_concern", "level", None),
    ],
    # county lines closed are the dealing networks disrupted, not people exploited
    "Eleven county lines were closed, three more than the eight planned.": [
        ("Eleven", "organised_crime", "level", None),
        ("three", "organised_crime_change", "change", "increase"),
        ("eight", "organised_crime", "level", None),
    ],
    "The county lines taskforce has closed 21 lines since April.": [
        ("21", "organised_crime", "level", None),
    ],
    # "days of action" are events, a catalog term across "of", not a count of "action"
    "The partnership ran 9 days of action and 2 weeks of action.": [
        ("9", "sessions_delivered", "level", None),
        ("2", "sessions_delivered", "level", None),
    ],
    # a bare object of a second verb is the first verb's object left out ...
    "The night patrol logged 830 noise complaints and attended 610 within the hour.": [
        ("830", "noise_complaints", "level", None),
        ("610", "noise_complaints", "level", None),
    ],
    # ... but people acted on again are what the second verb makes them
    "Youth workers met 510 young people and referred 64 to mentoring.": [
        ("510", "children_young_people", "level", None),
        ("64", "referrals", "level", None),
    ],
    # people who go on to start treatment are in treatment, and so is their share
    "Of the referrals, 310 people (62%) went on to start treatment.": [
        ("310", "drug_alcohol_treatment", "level", None),
        ("62", "drug_alcohol_treatment_percent", "level", None),
    ],
    # a list after a group of crimes names its kinds: each item is its own; an item that
    # is no kind of the group (where the complaints came from) keeps the group's
    "Neighbourhood crime in the borough totalled 3,408 offences: burglary 1,214, robbery 187 "
    "and vehicle crime 2,007.": [
        ("3,408", "neighbourhood_crime", "level", None),
        ("1,214", "burglary", "level", None),
        ("187", "robbery", "level", None),
        ("2,007", "vehicle_crime", "level", None),
    ],
    "Noise complaints numbered 2,418 in the year: domestic premises 1,930 and commercial "
    "premises 488.": [
        ("2,418", "noise_complaints", "level", None),
        ("1,930", "noise_complaints", "level", None),
        ("488", "noise_complaints", "level", None),
    ],
    # a part "of the" things named before counts those things; a kind as the subject
    # says which part it is
    "The team logged 2,140 missing episodes; 83 children accounted for 912 of the episodes.": [
        ("2,140", "missing_episodes", "level", None),
        ("83", "children_young_people", "level", None),
        ("912", "missing_episodes", "level", None),
    ],
    "The service took 530 referrals; hate crimes accounted for 64 of the referrals.": [
        ("530", "referrals", "level", None),
        ("64", "hate_crime", "level", None),
    ],
    # the adults a refuge shelters are victims of domestic abuse; its residents, with their
    # children, are the people it housed
    "The refuge housed 84 women and 102 children, 186 residents altogether, and the safe "
    "accommodation service supported 46 women in dispersed flats.": [
        ("84", "victims_supported", "level", None),
        ("102", "children_young_people", "level", None),
        ("186", "people_supported", "level", None),
        ("46", "victims_supported", "level", None),
    ],
    # ... but a sanctuary that shelters no one leaves people as people
    "The City of Sanctuary network welcomed 240 people at its weekly drop-in.": [
        ("240", "people_supported", "level", None),
    ],
    # people screened by a knife arch or an alcohol screen are screened, not supported
    "Search arches went up at 9 events and 8,120 people were screened, and 7 knives were "
    "recovered.": [
        ("9", "sessions_delivered", "level", None),
        ("8,120", "people_screened", "level", None),
        ("7", "knife", "level", None),  # knives found at an arch are no surrender: the
        # newer sets label them the knives themselves, and the model learnt it from dev45
    ],
    "At the station, 2,960 passengers passed through the knife arch over two days.": [
        ("2,960", "people_screened", "level", None),
    ],
    "Health trainers screened 1,150 patients for risky drinking and gave 430 brief advice "
    "sessions.": [
        ("1,150", "people_screened", "level", None),
        ("430", "sessions_delivered", "level", None),
    ],
    # a label's kind of notice decides, not that notices were issued
    "Exclusion notices issued by the Shopwatch scheme: 44": [
        ("44", "exclusion_notices", "level", None),
    ],
    # premises closed under an ASB power are closures, not licensing; premises visited are
    "Police sought closure notices on 6 premises used for drug dealing, and licensing "
    "officers visited 140 premises.": [
        ("6", "closure_orders", "level", None),
        ("140", "licensing", "level", None),
    ],
    # groups of people a whole of victims is counted out into are those victims
    "Among the 212 victims the service helped, 74 were men and 19 were over 70.": [
        ("212", "victims_supported", "level", None),
        ("74", "victims_supported", "level", None),
        ("19", "victims_supported", "level", None),
    ],
    # money a service or scheme costs is funding, whatever it works on (not a crime's cost)
    "The town's CCTV refresh came in at £91,400, under the £95,000 budget.": [
        ("£91,400", "funding", "level", None),
        ("£95,000", "funding", "level", None),
    ],
    # a ranked list of reasons breaks down its whole, whatever each reason names
    "Pubwatch members issued 44 bans; the most common reasons were violence (19) and drug "
    "possession (12).": [
        ("44", "pubwatch_bans", "level", None),
        ("19", "pubwatch_bans", "level", None),
        ("12", "pubwatch_bans", "level", None),
    ],
    # but a ranked list of kinds of its whole is of each kind
    "Police recorded 3,100 crimes; the most common types were violence (1,204) and theft (890).": [
        ("3,100", "recorded_crime", "level", None),
        ("1,204", "violent_crime", "level", None),
        ("890", "theft", "level", None),
    ],
    # homes a sentence says were target-hardened are counted as such, whoever lives there
    "Target hardening was fitted at 64 homes of domestic abuse victims.": [
        ("64", "target_hardening", "level", None)
    ],
    "Provide target hardening for 120 households hit by burglary.": [
        ("120", "target_hardening", "level", None)
    ],
    # money a penalty is priced at is the penalty's, not funding
    "Wardens issued 58 fixed penalty notices at £150 for littering.": [
        ("58", "environmental_enforcement", "level", None),
        ("£150", "fines_and_penalties", "level", None),
    ],
    # what a whole led to is a measure of its own; what is left of the whole is the whole's
    "Patrols logged 212 street drinking incidents, resulting in 30 arrests, 44 dispersal "
    "orders and 12 fixed penalty notices; the other 126 needed no action.": [
        ("212", "asb_incidents", "level", None),
        ("30", "arrests", "level", None),
        ("44", "environmental_enforcement", "level", None),
        ("12", "environmental_enforcement", "level", None),
        ("126", "asb_incidents", "level", None),
    ],
    # but parts of the whole that led to something are the whole's
    "There were 960 stop searches, of which 210 resulted in an arrest and the remaining 750 "
    "led to no further action.": [
        ("960", "stop_search", "level", None),
        ("210", "stop_search", "level", None),
        ("750", "stop_search", "level", None),
    ],
    # a figure a verb moves to measures the verb's object, whatever the unit's word
    "Hand out 900 naloxone kits, train 120 hostel staff, and lift successful completions of "
    "opiate treatment to 7.1% from 5.5%.": [
        ("900", "naloxone_kits", "level", None),
        ("120", "people_trained", "level", None),
        ("7.1", "drug_alcohol_treatment_percent", "level", None),
        ("5.5", "drug_alcohol_treatment_percent", "level", None),
    ],
    # a shop is where; its theft is shoplifting
    "Trading Standards seized illicit tobacco from 9 shops, and 1,092 shop thefts were recorded.": [
        ("9", "shop", "level", None),
        ("1,092", "shoplifting", "level", None),
    ],
    # a figure a verb holds at a bound measures the verb's object
    "Work with 200 young people at risk, and keep first-time entrants below 95.": [
        ("200", "children_young_people", "level", None),
        ("95", "first_time_entrants", "level", None),
    ],
    # a comparator names where and how many times, not what: it is what it is compared with
    "Hull recorded 13,114 ASB incidents, a rate of 93.9 per 1,000 residents and more than "
    "double the county figure of 41.2.": [
        ("13,114", "asb_incidents", "level", None),
        ("93.9", "asb_incidents_per_1000_population", "level", None),
        ("41.2", "asb_incidents_per_1000_population", "level", None),
    ],
    # a word led by a letter and a hyphen names its thing whole, not by its letter; an
    # e-scooter seized is a vehicle seized
    "Patrols stopped 73 e-scooter riders in the summer.": [
        ("73", "e_scooter_rider", "level", None)
    ],
    "Officers seized 58 e-bikes and 31 e-scooters over the summer.": [
        ("58", "vehicles_seized", "level", None),
        ("31", "vehicles_seized", "level", None),
    ],
    # a place's name is where, never what: a list of places is of one measure, and a
    # change "in the city centre" is of the level it follows
    "· Abbey ward: 412 ASB incidents · Greenlands ward: 286 · Central ward: 301": [
        ("412", "asb_incidents", "level", None),
        ("286", "asb_incidents", "level", None),
        ("301", "asb_incidents", "level", None),
    ],
    "Shoplifting offences in the city centre reached 1,684, up from 1,402. That is a 20.1% "
    "rise in the city centre.": [
        ("1,684", "shoplifting", "level", None),
        ("1,402", "shoplifting", "level", None),
        ("20.1", "shoplifting_change_percent", "percent_change", "increase"),
    ],
    # people a sentence or heading calls "referred" are referrals, when no figure counts them
    "The number of young people referred to the prevention offer rose from 96 to 131.": [
        ("96", "referrals", "level", None),
        ("131", "referrals", "level", None),
    ],
    "Young people referred to the diversion scheme\nQ1: 38\nQ2: 45": [
        ("38", "referrals", "level", None),
        ("45", "referrals", "level", None),
    ],
    # ... but a group a figure counts keeps its own noun
    "Of the 58 children referred, 41 attended a session.": [
        ("58", "children_young_people", "level", None),
        ("41", "children_young_people", "level", None),
    ],
    # a count the parser hung on the next ";" item's verb takes none of that verb's words
    "200 high-risk victims supported (Q1 50, Q2 50, Q3 50, Q4 50); 76% reported feeling "
    "safer at closure.": [  # high-risk victims are the IDVA service's clients
        ("200", "idva_cases", "level", None),
        ("50", "idva_cases", "level", None),
        ("50", "idva_cases", "level", None),
        ("50", "idva_cases", "level", None),
        ("50", "idva_cases", "level", None),
        ("76", "feel_safe", "level", None),
    ],
    # a table's columns count what their heads name, when the row's label names nothing
    "Ward | Burglaries | Vehicle crimes | Shoplifting\nCentral | 140 | 96 | 310": [
        ("140", "burglary", "level", None),
        ("96", "vehicle_crime", "level", None),
        ("310", "shoplifting", "level", None),
    ],
    # ... and a column's head gives a bare cell its unit, the columns parted by spaces as a
    # PDF's text gives them
    "Town       Hate crimes   Rate per 1,000   Population\nDover      212           1.8"
    "              117,900": [
        ("212", "hate_crime", "level", None),
        ("1.8", "hate_crime_per_1000_population", "level", None),
        ("117,900", "population", "level", None),
    ],
    # ... and a row's label says what its cells measure, whatever the row above measured,
    # by its head noun first
    "Measure | Q1 | Q2 | Total\nYoung people engaged | 52 | 245 | 297\n"
    "Street Pastor patrols | 374 | 141 | 515": [
        ("52", "children_young_people", "level", None),
        ("245", "children_young_people", "level", None),
        ("297", "children_young_people", "level", None),
        ("374", "sessions_delivered", "level", None),
        ("141", "sessions_delivered", "level", None),
        ("515", "sessions_delivered", "level", None),
    ],
    # ... but money in a row is money, whatever the row's label names
    "Project | Budget | Spent | Variance\nYouth diversion | £45,000 | £41,500 | -£3,500": [
        ("£45,000", "funding", "level", None),
        ("£41,500", "funding", "level", None),
        ("£3,500", "funding_change", "change", "decrease"),
    ],
    # ... and a rate's column that names only its base rates the count before it
    "Ward | ASB incidents | Rate per 1,000 population\nRiverside | 373 | 83.3\n"
    "Castle | 744 | 55.8": [
        ("373", "asb_incidents", "level", None),
        ("83.3", "asb_incidents_per_1000_population", "level", None),
        ("744", "asb_incidents", "level", None),
        ("55.8", "asb_incidents_per_1000_population", "level", None),
    ],
    # a rate whose last two words name a measure is that measure's, not its crime's
    "The hate crime charge rate was 11.2%.": [("11.2", "charges_percent", "level", None)],
    # a subject clause the parser made the root, the figure's verb its conjunct
    "Residents feeling safe after dark rose to 62%.": [("62", "feel_safe", "level", None)],
    # bare levels only set beside each other measure what the sentence is about
    "Overall crime in the district is 3% lower than last year (12,405 compared to 12,789).": [
        ("3", "recorded_crime_change_percent", "percent_change", "decrease"),
        ("12,405", "recorded_crime", "level", None),
        ("12,789", "recorded_crime", "level", None),
    ],
    # an aim's object held "in" something the parser hung on the verb: the people in it
    "Increase adults in treatment from 1,000 to 1,200.": [
        ("1,000", "drug_alcohol_treatment", "level", None),
        ("1,200", "drug_alcohol_treatment", "level", None),
    ],
    # money set against money before it, naming nothing, is the same money
    "Fraud losses reached £1.2m, compared with £900,000 in 2021/22.": [
        ("£1.2m", "fraud_gbp", "level", None),
        ("£900,000", "fraud_gbp", "level", None),
    ],
    # "Stop and search encounters", its first word parsed as the subject: one term, not
    # the reasons the searches were made for
    "Stop and search encounters in the borough totalled 1,204, split as 840 searches for "
    "drugs, 212 for offensive weapons and 152 for other reasons.": [
        ("1,204", "stop_search", "level", None),
        ("840", "stop_search", "level", None),
        ("212", "stop_search", "level", None),
        ("152", "stop_search", "level", None),
    ],
    # a rate of "offences" measures the crime its count counts
    "With 1,480 burglary offences recorded against a population of 98,000, the rate stood at "
    "15.1 offences per 1,000 residents.": [
        ("1,480", "burglary", "level", None),
        ("98,000", "population", "level", None),
        ("15.1", "burglary_per_1000_population", "level", None),
    ],
    # a target in brackets the parser hangs on the place a count is "to" hides no word of it
    "There were 64 referrals to MARAC (target 60) from agencies other than the police.": [
        ("64", "marac_cases", "level", None),
        ("60", "marac_cases", "level", None),
    ],
    # sexual orientation is a hate crime strand, its offences no sexual offences
    "Police recorded 512 hate crimes in the borough. Sexual orientation was the largest strand "
    "after race, with 121 offences.": [
        ("512", "hate_crime", "level", None),
        ("121", "hate_crime", "level", None),
    ],
    # a participle after a comma says why, not what the figure counts
    "Arson rose by 12.0%, from 250 to 280 incidents, driven by refuse and vehicle fires.": [
        ("12.0", "deliberate_fires_change_percent", "percent_change", "increase"),
        ("250", "deliberate_fires", "level", None),
        ("280", "deliberate_fires", "level", None),
    ],
    # people in a cohort a concept names are of that concept; a cohort's offending that
    # fell is its reoffending
    "Of the 120 young people in the reoffending cohort, 38 reoffended.": [
        ("120", "reoffending_count", "level", None),
        ("38", "reoffending_count", "level", None),
    ],
    "The IOM cohort stood at 96 at year end, and the cohort's offending fell by 52% over "
    "twelve months.": [
        ("96", "offenders_managed", "level", None),
        ("52", "reoffending_change_percent", "percent_change", "decrease"),
    ],
    # what a crime cost is that crime's, wherever "cost" stands in the sentence
    "The retail partnership estimated that shoplifting cost town-centre traders £2.3 million "
    "in 2022.": [("£2.3 million", "shoplifting_gbp", "level", None)],
    "The insurer put the cost of vehicle crime in the county at £1,400,000.": [
        ("£1,400,000", "vehicle_crime_gbp", "level", None)
    ],
    # the parts of a group of crimes, named, are their own kinds
    "Of the 9,120 neighbourhood crimes recorded, 3,410 were burglaries, 2,880 vehicle "
    "offences, 2,100 thefts from the person and 730 robberies.": [
        ("9,120", "neighbourhood_crime", "level", None),
        ("3,410", "burglary", "level", None),
        ("2,880", "vehicle_crime", "level", None),
        ("2,100", "theft", "level", None),
        ("730", "robbery", "level", None),
    ],
    # money the verb's object names is that ("raise the precept by £12"); money raised
    # through the precept is funding
    "The Commissioner proposed to raise the precept for a Band D property by £12, from "
    "£250.00 to £262.00.": [
        ("£12", "precept_change", "change", "increase"),
        ("£250.00", "precept", "level", None),
        ("£262.00", "precept", "level", None),
    ],
    "Of the £310 million budget, £96.5 million is raised through the precept.": [
        ("£310 million", "funding", "level", None),
        ("£96.5 million", "funding", "level", None),
    ],
    # a time "quicker" or "slower" than before is a change in it
    "The average response time to fires was 7.5 minutes, 40 seconds quicker than in 2022/23.": [
        ("7.5", "response_time_minutes", "level", None),
        ("40", "response_time_change", "change", "decrease"),
    ],
    # a share of records measures what its subject names: positive outcomes, not robbery
    "Positive outcomes for robbery rose to 14.0% of offences, up 1.5 points on the previous "
    "year's 12.5%.": [
        ("14.0", "crime_outcomes", "level", None),
        ("1.5", "crime_outcomes_change_percentage_points", "change", "increase"),
        ("12.5", "crime_outcomes", "level", None),
    ],
    # ... but stop and search outcomes are of the searches
    "Officers made 800 stop and searches, 25% of which led to a positive outcome.": [
        ("800", "stop_search", "level", None),
        ("25", "stop_search_percent", "level", None),
    ],
    # a kind of crime said with all the words of a broader one is that kind
    "Police-recorded knife crime in the borough totalled 96 offences.": [
        ("96", "knife_crime", "level", None),
    ],
    # "respectively" pairs the n-th figure with the n-th of the nouns; the change word
    # before the first figure states the second too
    "Burglary and robbery fell by 12% and 7% respectively.": [
        ("12", "burglary_change_percent", "percent_change", "decrease"),
        ("7", "robbery_change_percent", "percent_change", "decrease"),
    ],
    "Theft and burglary were down 8% and 11% respectively.": [
        ("8", "theft_change_percent", "percent_change", "decrease"),
        ("11", "burglary_change_percent", "percent_change", "decrease"),
    ],
    "Violent crime and criminal damage rose by 210 and 95, respectively, on last year.": [
        ("210", "violent_crime_change", "change", "increase"),
        ("95", "criminal_damage_change", "change", "increase"),
    ],
    # levels after "to" are not changes, and nouns that only say where referrals came
    # from are not what they measure
    "Referrals from police and health rose to 412 and 188 respectively.": [
        ("412", "referrals", "level", None),
        ("188", "referrals", "level", None),
    ],
    # a new clause after the change is its own level
    "ASB fell by 9%, and 7% of victims were repeat victims.": [
        ("9", "asb_incidents_change_percent", "percent_change", "decrease"),
        ("7", "victims_supported_percent", "level", None),
    ],
    # a share in brackets after each item of a list is the item's
    "Violence (41%), theft (19%) and criminal damage (11%) were the main crime types.": [
        ("41", "violent_crime_percent", "level", None),
        ("19", "theft_percent", "level", None),
        ("11", "criminal_damage_percent", "level", None),
    ],
    # verbless items of a list: the words before "up"/"down" say what changed
    "Burglary down 12%; robbery up 4%; hate crime up 9% on last year.": [
        ("12", "burglary_change_percent", "percent_change", "decrease"),
        ("4", "robbery_change_percent", "percent_change", "increase"),
        ("9", "hate_crime_change_percent", "percent_change", "increase"),
    ],
    "214 Safe and Well visits completed; 27 schools engaged; deliberate fires down 6%.": [
        ("214", "home_safety_visits", "level", None),
        ("27", "schools_reached", "level", None),
        ("6", "deliberate_fires_change_percent", "percent_change", "decrease"),
    ],
    # a label before its figure, each item of the list its own
    "Hate crime 412 (+8%); knife crime 231 (-9%).": [
        ("412", "hate_crime", "level", None),
        ("+8", "hate_crime_change_percent", "percent_change", "increase"),
        ("231", "knife_crime", "level", None),
        ("-9", "knife_crime_change_percent", "percent_change", "decrease"),
    ],
    # ... but the groups a stated whole breaks down into are not what is counted
    "The 96 referrals broke down as follows: education 41, youth justice 30 and health 25.": [
        ("96", "referrals", "level", None),
        ("41", "referrals", "level", None),
        ("30", "referrals", "level", None),
        ("25", "referrals", "level", None),
    ],
    # a group of people described by a clause is counted by what the clause says
    "The number of young people entering the youth justice system for the first time "
    "fell from 58 to 41.": [
        ("58", "first_time_entrants", "level", None),
        ("41", "first_time_entrants", "level", None),
    ],
    # a person referred is a referral; one visited is not a visit
    # parts of a group of people said only to come from a source are of the group
    "The hub assessed 2,400 victims. Of these, 1,900 were referred by the police and 500 "
    "self-referred.": [
        ("2,400", "victims_supported", "level", None),
        ("1,900", "victims_supported", "level", None),
        ("500", "victims_supported", "level", None),
    ],
    # items of a ranked list "with" or "at" their figures count what the list ranks
    "The hub took 212 hate crime reports. Race was the most common motivation with 120, "
    "followed by disability with 41.": [
        ("212", "hate_crime", "level", None),
        ("120", "hate_crime", "level", None),
        ("41", "hate_crime", "level", None),
    ],
    # what the counted things are said to be subject to names them; the adults
    # safeguarded from it are its cases (as the development sets' writers count them)
    "Officers identified 14 addresses subject to cuckooing and safeguarded 9 vulnerable adults.": [
        ("14", "exploitation", "level", None),
        ("9", "exploitation", "level", None),
    ],
    # money lost to a crime is the crime's, however the parser reads the sentence
    "Older residents were defrauded of £640,000 in 2023.": [
        ("£640,000", "fraud_gbp", "level", None),
    ],
    "Doorstep crime cost victims £96,000.": [("£96,000", "fraud_gbp", "level", None)],
    # an adverb right before the verb is a word of what was done ("seriously injured")
    "Two people were killed on the county's roads and 118 people were seriously injured.": [
        ("Two", "road_casualties", "level", None),
        ("118", "road_casualties", "level", None),
    ],
    # a subject's head noun names what is measured over the words after it, but not over
    # a term it is a word of
    "Thefts from vehicles fell to 588.": [("588", "vehicle_crime", "level", None)],
    "Arrests for possession with intent to supply rose to 96.": [
        ("96", "arrests", "level", None),
    ],
    # victims a service supported, said to be victims of one crime, are its victims
    "The victim hub supported 1,560 victims; 310 were victims of burglary and 95 of hate crime.": [
        ("1,560", "victims_supported", "level", None),
        ("310", "victims_supported", "level", None),
        ("95", "victims_supported", "level", None),
    ],
    # a service whose referrals and clients are its cases: the IDVA's, whoever they are,
    # but not what its advisers did
    "The Halton IDVA team accepted 530 referrals during the year.": [
        ("530", "idva_cases", "level", None),
    ],
    "Victims supported by the IDVA service: 96.": [("96", "idva_cases", "level", None)],
    "The IDVAs made 214 interventions.": [("214", "interventions", "level", None)],
    "The IDVA team opened 415 high-risk cases.": [("415", "idva_cases", "level", None)],
    # people "referred" with no one they referred: they were referred (the tagger may
    # read the verb as active)
    "35 women referred to the programme during the year.": [
        ("35", "referrals", "level", None),
    ],
    "In total, 146 perpetrators were referred to the Drive programme.": [
        ("146", "referrals", "level", None),
    ],
    "All 36 repeat victims were visited.": [("36", "victims_supported", "level", None)],
    # money a crime cost its victims is a loss to the crime, not spending
    "Cyber-enabled fraud cost local victims £2.1m, with 412 reports to Action Fraud.": [
        ("£2.1m", "fraud_gbp", "level", None),
        ("412", "fraud", "level", None),
    ],
    "Burglary prevention work cost £12,000.": [("£12,000", "funding", "level", None)],
    "Public order offences remain the second largest category at 1,877.": [
        ("second", "public_order_rank", "level", None),
        ("1,877", "public_order", "level", None),
    ],
    # a share of people who think something is what they think, whatever it is about
    "Residents satisfied with how the council deals with ASB: 62%.": [
        ("62", "satisfaction", "level", None)
    ],
    # "year, to 612" is not a school year's list ("Years 10 and 11")
    "Hate crime has risen for the third consecutive year, to 612.": [
        ("612", "hate_crime", "level", None)
    ],
    # a change the figure is said to be; a fraction a percentage restates
    "Criminal damage fell by almost a fifth (19%).": [
        ("19", "criminal_damage_change_percent", "percent_change", "decrease")
    ],
    # a plural noun after a number, read by the parser as a verb of which the number is
    # the subject
    "418 calls to the ASB hotline were received.": [("418", "asb_incidents", "level", None)],
    # all recorded crime is not the kind of crime the sentence goes on to name
    "Recorded crime fell from 9,816 to 9,402, a reduction of 414, including 46 fewer burglaries.": [
        ("9,816", "recorded_crime", "level", None),
        ("9,402", "recorded_crime", "level", None),
        ("414", "recorded_crime_change", "change", "decrease"),
        ("46", "burglary_change", "change", "decrease"),
    ],
    # a term that says an excluded word ("victim") still names its concept
    "Victim-based crime has fallen by 2.4%, from 21,650 to 21,130 offences.": [
        ("2.4", "recorded_crime_change_percent", "percent_change", "decrease"),
        ("21,650", "recorded_crime", "level", None),
        ("21,130", "recorded_crime", "level", None),
    ],
    # those who acted on a group are not the group; what they did to it may name it
    "Safe space volunteers assisted 644 people over the Christmas period.": [
        ("644", "people_supported", "level", None)
    ],
    "Volunteers trained 120 residents.": [("120", "people_trained", "level", None)],
    "Parenting practitioners worked with 96 parents and carers.": [
        ("96", "parents_carers", "level", None)
    ],
    "Our 212 Special Constables gave 41,600 hours of duty.": [
        ("212", "volunteers", "level", None),
        ("41,600", "volunteer_hours", "level", None),
    ],
    # a title line says what the lines under it count; a part says more than a bare total
    "Alcohol treatment exits, 2023/24\n• Successful completion: 148\n• Dropped out: 61\n"
    "• Total: 209": [
        ("148", "drug_alcohol_treatment", "level", None),
        ("61", "drug_alcohol_treatment", "level", None),
        ("209", "drug_alcohol_treatment", "level", None),
    ],
    # "Current" says when, not what
    "Repeat MARAC cases — Baseline: 118 | Current: 131 | Change: +11.0%": [
        ("118", "marac_cases", "level", None),
        ("131", "marac_cases", "level", None),
        ("+11.0", "marac_cases_change_percent", "percent_change", "increase"),
    ],
    # hours after a word that says whose hours they are; bare parts of an amount share its unit
    "Special constables gave 21,480 duty hours.": [("21,480", "volunteer_hours", "level", None)],
    "The 2,460 volunteer hours given were split between Street Pastors (1,580) and "
    "Community Speedwatch (880).": [
        ("2,460", "volunteer_hours", "level", None),
        ("1,580", "volunteer_hours", "level", None),
        ("880", "volunteer_hours", "level", None),
    ],
    # a table row's cells: a noun does not reach across a bar
    "Sessions delivered: 64 | Attendees: 1,102": [
        ("64", "sessions_delivered", "level", None),
        ("1,102", "people_supported", "level", None),
    ],
    # a phrase right after the noun, hung by the parser on the verb, can still name it
    "Retailers reported 1,134 thefts from shops, a rise of 22% on the year before.": [
        ("1,134", "shoplifting", "level", None),
        ("22", "shoplifting_change_percent", "percent_change", "increase"),
    ],
    # a generic noun counted before with a more specific meaning keeps it
    "The team completed 1,214 Safe and Well visits. A further 312 visits were made.": [
        ("1,214", "home_safety_visits", "level", None),
        ("312", "home_safety_visits", "level", None),
    ],
    # who reported a figure is not what it measures
    "The Panel noted that the proportion of 999 calls answered within 10 seconds had "
    "improved to 91.3%.": [("91.3", "calls_for_service_percent", "level", None)],
    # "there had been N" is of what the sentence before counted
    "Shoplifting offences rose to 1,318 in 2023/24. In 2022/23 there had been 1,047.": [
        ("1,318", "shoplifting", "level", None),
        ("1,047", "shoplifting", "level", None),
    ],
    # a sample size is how many answered, whatever the question
    "Satisfaction with the ASB service among closed cases was 84% (n=212).": [
        ("84", "satisfaction", "level", None),
        ("212", "survey_respondents", "level", None),
    ],
    # what a share of people is said to think
    "Of those surveyed, 84% felt safe walking alone after dark.": [
        ("84", "feel_safe", "level", None)
    ],
    # counts in brackets with years of their own are the levels, not a restated change
    "Drug-related deaths rose by 18.2% (44 in 2021/22; 52 in 2022/23).": [
        ("18.2", "drug_deaths_change_percent", "percent_change", "increase"),
        ("44", "drug_deaths", "level", None),
        ("52", "drug_deaths", "level", None),
    ],
    # prosecutions are enforcement, but of a crime the words name, that crime's
    "There were 42 hate crime prosecutions.": [("42", "hate_crime", "level", None)],
    "The council brought 9 prosecutions for fly-tipping.": [
        ("9", "environmental_enforcement", "level", None)
    ],
    # "compared to" puts a bare figure on the other side of a comparison
    "Calls to the police reporting ASB: 2,904 in 2023/24 compared to 3,310 in 2022/23.": [
        ("2,904", "asb_incidents", "level", None),
        ("3,310", "asb_incidents", "level", None),
    ],
    # a change whose arithmetic holds between two levels is theirs, whatever it counts
    "We attended 318 deliberate fires against 362 the year before, a fall of 44; "
    "firefighters also fitted 2,150 smoke alarms.": [
        ("318", "deliberate_fires", "level", None),
        ("362", "deliberate_fires", "level", None),
        ("44", "deliberate_fires_change", "change", "decrease"),
        ("2,150", "smoke_alarms", "level", None),
    ],
    "Robbery fell to 150 offences from 200. That meant 50 fewer victims and a drop of 25%.": [
        ("150", "robbery", "level", None),
        ("200", "robbery", "level", None),
        ("50", "robbery_change", "change", "decrease"),
        ("25", "robbery_change_percent", "percent_change", "decrease"),
    ],
    # a share "of which"/"of whom" is a share of the group before it
    "The MARAC heard 250 cases, 12% of which were repeats.": [
        ("250", "marac_cases", "level", None),
        ("12", "marac_cases_percent", "level", None),
    ],
    "We supported 96 victims, 40% of whom were male.": [
        ("96", "victims_supported", "level", None),
        ("40", "victims_supported_percent", "level", None),
    ],
    # a change stated again in the other unit, with no verb between, is the same change
    "Recorded crime rose by 3.8%, while anti-social behaviour fell by 18.6% – 1,104 fewer "
    "reports than the year before.": [
        ("3.8", "recorded_crime_change_percent", "percent_change", "increase"),
        ("18.6", "asb_incidents_change_percent", "percent_change", "decrease"),
        ("1,104", "asb_incidents_change", "change", "decrease"),
    ],
    # a rate with no noun of its own is the rate the sentence names, not its base's
    "Burnley has the 3rd highest rate of residential burglary in its Most Similar Group, at "
    "6.1 per 1,000 households against a group average of 5.0.": [
        ("3rd", "burglary_rank", "level", None),
        ("6.1", "burglary_per_1000_households", "level", None),
        ("5.0", "burglary_per_1000_households", "level", None),
    ],
    # a noun right before a bare figure labels it
    "Robbery: 412 offences, a rate of 2.9 per 1,000 residents (population 142,100).": [
        ("412", "robbery", "level", None),
        ("2.9", "robbery_per_1000_population", "level", None),
        ("142,100", "population", "level", None),
    ],
    # catalog: a treatment population is people in treatment; staff completing e-learning
    # are trained; a state of education, training or employment is not training
    "The adult treatment population of 1,250 included 610 opiate clients.": [
        ("1,250", "drug_alcohol_treatment", "level", None),
        ("610", "drug_alcohol_treatment", "level", None),
    ],
    # a "not" phrase of the catalog rules a concept out only when all its words are there
    # ("handed in" rules out knife crime; a lone "in" does not)
    "Hospital admissions for assault with a sharp object numbered 44 in 2023/24.": [
        ("44", "knife_crime", "level", None)
    ],
    "In total 212 knives were handed in.": [("212", "weapons_surrendered", "level", None)],
    # ... and a level of people at one end of it is a level of what the other end counts
    "In 2023 there were 11 road deaths in the district. That is 4 fewer than in 2022, when "
    "fifteen people died.": [
        ("11", "road_casualties", "level", None),
        ("4", "road_casualties_change", "change", "decrease"),
        ("fifteen", "road_casualties", "level", None),
    ],
    # a verb the parser left without a subject has the noun right before it; a change
    # moved by one verb is not of a level moved by another (ambulance call-outs are no
    # calls to the police since the forty-eighth session)
    "In Newport city centre violence in the night-time economy fell by 9%, and "
    "alcohol-related ambulance call-outs on weekend nights dropped from 310 to 262.": [
        ("9", "violent_crime_change_percent", "percent_change", "decrease"),
        ("310", "ambulance_callouts", "level", None),
        ("262", "ambulance_callouts", "level", None),
    ],
    # an aside set off by dashes is not the subject, nor what the records are of
    "Neighbourhood crime – vehicle offences, theft, burglary and robbery – decreased by 9.5%, "
    "from 2,000 recorded crimes to 1,810.": [
        ("9.5", "neighbourhood_crime_change_percent", "percent_change", "decrease"),
        ("2,000", "neighbourhood_crime", "level", None),
        ("1,810", "neighbourhood_crime", "level", None),
    ],
    # a part counted out of a possessed whole is of that whole
    "Officers made 230 arrests, and 35 of the town's 90 cameras were upgraded.": [
        ("230", "arrests", "level", None),
        ("35", "cctv", "level", None),
        ("90", "cctv", "level", None),
    ],
    # children reached in school are pupils, unless pupils are counted apart
    "Year 6 pupils took part in the safety days; 2,100 children attended over 10 days.": [
        ("2,100", "schools_reached", "level", None)
    ],
    "The cadets worked with 48 young people, and 96 pupils took part in the course.": [
        ("48", "children_young_people", "level", None),
        ("96", "schools_reached", "level", None),
    ],
    # a rate's words run up to its "per", however the parser hung them
    "Bolton's rate of 2.7 hospital admissions for assault with a sharp object per 10,000 "
    "population compares with the regional rate of 2.2.": [
        ("2.7", "knife_crime_per_10000_population", "level", None),
        ("2.2", "knife_crime_per_10000_population", "level", None),
    ],
    # records whose noun names only the kind of record are of what they are about
    "Calls to the noise line dropped from 840 to 700, a reduction of 140.": [
        ("840", "noise_complaints", "level", None),
        ("700", "noise_complaints", "level", None),
        ("140", "noise_complaints_change", "change", "decrease"),
    ],
    # a bare share is a share of the count before it, whatever its clause goes on to name
    # (but what a share of people say is what they think)
    "Officers carried out 980 stop and searches, and 31% resulted in an arrest.": [
        ("980", "stop_search", "level", None),
        ("31", "stop_search_percent", "level", None),
    ],
    "Of the 1,400 pupils surveyed, 78% said they felt safe in the town centre.": [
        ("1,400", "schools_reached", "level", None),
        ("78", "feel_safe", "level", None),
    ],
    # a rank with no noun of its own ranks the measure before it
    "Conwy recorded 61 crimes per 1,000 population, the 4th lowest of the Welsh council areas.": [
        ("61", "recorded_crime_per_1000_population", "level", None),
        ("4th", "recorded_crime_rank", "level", None),
    ],
    # a line's lead names its first figure, not a later one with a noun of its own
    "Accidental dwelling fires: 164 against a target of 180, with two deaths.": [
        ("164", "fires", "level", None),
        ("180", "fires", "level", None),
        ("two", "death", "level", None),
    ],
    # "pairs of" says how they come, not what they are
    "Volunteers handed out 450 pairs of flip-flops.": [("450", "flip_flop", "level", None)],
    "In all, 930 council employees completed e-learning.": [
        ("930", "people_trained", "level", None)
    ],
    # records named by what they ask for are that, not the topic beyond it
    "We had 12 requests for a Community Trigger case review; 5 met the threshold.": [
        ("12", "asb_case_reviews", "level", None),
        ("5", "asb_case_reviews", "level", None),
    ],
    # a subject's head noun names what its figures count, not the words after it, but a
    # compound before it is its own ("catalytic converter thefts")
    "Arrests for drug supply offences went up from 40 to 52.": [
        ("40", "arrests", "level", None),
        ("52", "arrests", "level", None),
    ],
    "Catalytic converter thefts went down from 90 to 64.": [
        ("90", "vehicle_crime", "level", None),
        ("64", "vehicle_crime", "level", None),
    ],
    # a share of all of something measures its subject, whatever the base's words name
    "Deliberate fires made up 58% of all incidents the crews attended.": [
        ("58", "deliberate_fires_percent", "level", None)
    ],
    # ... but a group of people is a share of what the base counts
    "Children in care accounted for 47% of all missing episodes recorded.": [
        ("47", "missing_episodes_percent", "level", None)
    ],
    # a part of a group of people is what it is said to be or do, when that names
    # something, and its whole stays the group
    "Of the 40 children whose orders ended, 29 (72.5%) were in suitable education, "
    "training or employment.": [
        ("40", "children_young_people", "level", None),
        ("29", "education_training_employment", "level", None),
        ("72.5", "education_training_employment_percent", "level", None),
    ],
    # a baseline measures what the figure set against it counts, catalogued or not
    "Warden numbers reached 64 at 31 March 2024, 9 above the baseline of 55 set under the "
    "council's plan.": [
        ("64", "warden", "level", None),
        ("9", "warden_change", "change", "increase"),
        ("55", "warden", "level", None),
    ],
    # people a verb refers on are referrals, as people who "were referred" are
    "The project engaged 212 young people and referred 38 into mentoring.": [
        ("212", "children_young_people", "level", None),
        ("38", "referrals", "level", None),
    ],
    # a subject's head noun names the record over a group of people before it
    "Family support referrals rose to 512, up from 470.": [
        ("512", "referrals", "level", None),
        ("470", "referrals", "level", None),
    ],
    # knife-arch deployments are sessions delivered, not knife crime
    "Knife arches were set up on 14 occasions at the bus station.": [
        ("14", "sessions_delivered", "level", None),
    ],
    # the precept is its own measure, not any funding
    "The precept for a Band D property rose by £12 to £281.50.": [
        ("£12", "precept_change", "change", "increase"),
        ("£281.50", "precept", "level", None),
    ],
    # a clause before a colon is no label of the figures after it: they are parts of its
    # figure, not what its verb says ("referred")
    "64 complaints were referred: 40 were resolved and 24 were closed.": [
        ("64", "complaint", "level", None),
        ("40", "complaint", "level", None),
        ("24", "complaint", "level", None),
    ],
    "The project engaged 150 young people, of whom 36 were referred on to mentoring.": [
        ("150", "children_young_people", "level", None),
        ("36", "referrals", "level", None),
    ],
    # a rate's generic "crimes" is of the crime its "rate of" names
    "The district had the third highest rate of criminal damage in Kent at 14.2 crimes per "
    "1,000 people, against 11.0 for the county.": [
        ("third", "criminal_damage_rank", "level", None),
        ("14.2", "criminal_damage_per_1000_population", "level", None),
        ("11.0", "criminal_damage_per_1000_population", "level", None),
    ],
    "By the end of their orders, 33 of the 45 young people were in education, training or "
    "employment.": [
        ("33", "education_training_employment", "level", None),
        ("45", "children_young_people", "level", None),
    ],
    "Of the 80 young people who finished the scheme in 2023, 60 (75%) had not reoffended "
    "after a year.": [
        ("80", "children_young_people", "level", None),
        ("60", "reoffending_count", "level", None),
        ("75", "reoffending", "level", None),
    ],
    # volunteers' time in money is its value, not volunteers nor funding
    "Our 40 Street Pastors gave 5,200 hours, worth an estimated £62,000.": [
        ("40", "volunteers", "level", None),
        ("5,200", "volunteer_hours", "level", None),
        ("£62,000", "volunteer_time_value", "level", None),
    ],
    "The value of volunteer time given to the scheme was put at £18,500.": [
        ("£18,500", "volunteer_time_value", "level", None)
    ],
    # a total of what a group counted measures what they counted, not the group
    "Street Pastors handed out 410 bottles of water in May and 390 in June, a combined "
    "total of 800.": [
        ("410", "bottle", "level", None),
        ("390", "bottle", "level", None),
        ("800", "bottle", "level", None),
    ],
    # children reached in schools are pupils; children at risk of exclusion from school are not
    "Safety assemblies in secondary schools reached 2,300 children.": [
        ("2,300", "schools_reached", "level", None)
    ],
    "The project supported 64 children at risk of exclusion from school.": [
        ("64", "children_young_people", "level", None)
    ],
    # referrals to the MARAC are its cases (SafeLives counts them so)
    "Referrals to MARAC rose to 388 from 341.": [
        ("388", "marac_cases", "level", None),
        ("341", "marac_cases", "level", None),
    ],
    # victims' verdicts on a service are satisfaction; a recommended range is not
    "Of the victims surveyed, 87% said the service helped them cope and recover.": [
        ("87", "satisfaction", "level", None)
    ],
    "Mediation: 94% of participants would recommend it to others.": [
        ("94", "satisfaction", "level", None)
    ],
    # what residents think of ASB is a perception, not ASB
    "In the survey, 23% of residents said anti-social behaviour was a big problem.": [
        ("23", "asb_perception", "level", None)
    ],
    # shares that only say why, or of which records, are parts of the count before
    "Police made 1,310 stop searches, 52% for drugs and 19% for weapons, with a positive "
    "outcome in 24.6% of cases.": [
        ("1,310", "stop_search", "level", None),
        ("52", "stop_search_percent", "level", None),
        ("19", "stop_search_percent", "level", None),
        ("24.6", "stop_search_percent", "level", None),
    ],
    # people a group helped, and "a further" more of them, are not the group
    "Street Angels helped 120 people on Fridays and a further 45 on Saturdays, 165 people in "
    "total.": [
        ("120", "people_supported", "level", None),
        ("45", "people_supported", "level", None),
        ("165", "people_supported", "level", None),
    ],
    # a phrasal verb's particle says what was done: handed out is no surrender
    "Volunteers handed out 900 bottles of water.": [("900", "bottle", "level", None)],
    "In the amnesty 212 knives were handed in.": [("212", "weapons_surrendered", "level", None)],
    # an aim in a list of aims changes what its verb's object names, by its figure
    "Engage 200 young people; reduce youth-related ASB calls in the two wards by 10%.": [
        ("200", "children_young_people", "level", None),
        ("10", "asb_incidents_change_percent", "percent_change", "decrease"),
    ],
    "Deliver 20 talks; reduce deliberate fires in the upper valleys by 15%.": [
        ("20", "sessions_delivered", "level", None),
        ("15", "deliberate_fires_change_percent", "percent_change", "decrease"),
    ],
    "Reduce repeat victimisation by 10%.": [
        ("10", "repeat_victimisation_change_percent", "percent_change", "decrease")
    ],
    # volunteers trained are people trained; volunteers who train others are not
    "By March, 45 staff and volunteers had been trained.": [
        ("45", "people_trained", "level", None)
    ],
    "Our 12 volunteers trained 400 pupils.": [
        ("12", "volunteers", "level", None),
        ("400", "schools_reached", "level", None),
    ],
    # "of those" defined by the words after it is a group of its own, not the level before
    "The service supported 210 victims, and 78% of those completing an exit survey said they "
    "felt safer.": [
        ("210", "victims_supported", "level", None),
        ("78", "feel_safe", "level", None),
    ],
    # a noun the parser left unattached right after a figure is what it counts
    "Upgrade 30 town centre cameras and buy 6 mobile cameras for ASB hotspots.": [
        ("30", "cctv", "level", None),
        ("6", "cctv", "level", None),
    ],
    # a clause that leaves out its verb has a subject of its own
    "Burglary fell from 400 to 350, and robbery from 120 to 100.": [
        ("400", "burglary", "level", None),
        ("350", "burglary", "level", None),
        ("120", "robbery", "level", None),
        ("100", "robbery", "level", None),
    ],
    # nights worked are sessions delivered
    "Taxi marshals worked 96 nights over the year.": [("96", "sessions_delivered", "level", None)],
    # a scorecard's arrow, a change noun as a cell's label and ", or N%" after a from-to
    # state changes
    "Hate crime: 96 offences (2022/23: 110) ▼14": [
        ("96", "hate_crime", "level", None),
        ("110", "hate_crime", "level", None),
        ("14", "hate_crime_change", "change", "decrease"),
    ],
    "Robbery 2022/23 150; Robbery 2023/24 130; reduction 20": [
        ("150", "robbery", "level", None),
        ("130", "robbery", "level", None),
        ("20", "robbery_change", "change", "decrease"),
    ],
    "Shoplifting grew from 400 to 450, or 12.5%.": [
        ("400", "shoplifting", "level", None),
        ("450", "shoplifting", "level", None),
        ("12.5", "shoplifting_change_percent", "percent_change", "increase"),
    ],
    # a change in a "|" cell with a label of its own is not another cell's level's
    "Sessions held: 36 | Pupils reached: 2,900 | Robberies of young people in the town "
    "centre: down 12% on 2023/24": [
        ("36", "sessions_delivered", "level", None),
        ("2,900", "schools_reached", "level", None),
        ("12", "robbery_change_percent", "percent_change", "decrease"),
    ],
    # a change straight after a level's noun phrase is that level's, catalogued or not
    "Officers made 112 arrests, and the unit prepared 418 case files for court hearings, 57 "
    "more than the year before.": [
        ("112", "arrests", "level", None),
        ("418", "case_file", "level", None),
        ("57", "case_file_change", "change", "increase"),
    ],
    # reports that staff took are of what was reported, not of the staff
    "At the Safe Space, door staff took 37 reports of drink spiking.": [
        ("37", "report_drink_spiking", "level", None)
    ],
    # what an arrest led to, when that is a charge, is a charge
    "Officers made 230 arrests under the operation, and 96 led to a charge.": [
        ("230", "arrests", "level", None),
        ("96", "charges", "level", None),
    ],
    # an ordinal word ends no part's predicate: what the part became names it
    "Of the 52 young people who completed, 4 (7.7%) became first time entrants within a year.": [
        ("52", "children_young_people", "level", None),
        ("4", "first_time_entrants", "level", None),
        ("7.7", "first_time_entrants_percent", "level", None),
    ],
    # people living in the households a case involves are themselves, not the cases
    "The Knowsley MARAC discussed 286 cases in 2022/23, with 371 children living in the "
    "households concerned.": [
        ("286", "marac_cases", "level", None),
        ("371", "children_young_people", "level", None),
    ],
    # people said to have bedded down on a street count are rough sleepers
    "The November street count found 23 people bedded down in the town centre.": [
        ("23", "rough_sleeping", "level", None)
    ],
    # "N more" that a verb follows, with no "than", is a further count, not a change
    "Wardens issued 212 fixed penalty notices for littering, and 57 more were issued for "
    "dog fouling.": [
        ("212", "environmental_enforcement", "level", None),
        ("57", "environmental_enforcement", "level", None),
    ],
    # a change word glued into a word of its own is no change
    "We delivered 24 drop-in sessions.": [("24", "sessions_delivered", "level", None)],
    # a referral order is a youth court's sentence, not a referral
    "Of the 64 children on the caseload, 38 were on referral orders.": [
        ("64", "children_young_people", "level", None),
        ("38", "court_orders", "level", None),
    ],
    # a heading names what a rate counts up to its "per", not its base
    "Offences per 1,000 population: 61.7": [
        ("61.7", "recorded_crime_per_1000_population", "level", None)
    ],
    "There were 23 applications for a case review about noise.": [
        ("23", "asb_case_reviews", "level", None)
    ],
    "ASB case reviews: applications received 14, of which 9 met the threshold.": [
        ("14", "asb_case_reviews", "level", None),
        ("9", "asb_case_reviews", "level", None),
    ],
}


@pytest.mark.parametrize("text", list(SHAPES))
def test_each_figure_gets_the_meaning_a_reader_gives_it(text):
    assert meanings_of(text) == SHAPES[text]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bound written as a sign
        (
            "Volunteer hours: 1,500+ | Complaints upheld: <= 12 | Calls answered: >95%",
            [
                (1500, "hours", "more_than"),
                (12, "count", "less_than"),
                (95, "percent", "more_than"),
            ],
        ),
        # a ceiling or floor said "at or below", "not exceeding" or "capped at"
        (
            "Repeat referrals to MARAC held at or below 28%; each award is capped at £2,000.",
            [(28, "percent", "less_than"), (2000, "gbp", "less_than")],
        ),
        # "an average of 24 a session" is per session, whatever the tagger made of "session"
        (
            "The club ran 210 sessions, with 5,040 visits in all, an average of 24 a session.",
            [(210, "count", "exact"), (5040, "count", "exact"), (24, "per_session", "average")],
        ),
        # the month or week of a scheme's run at which something stood is a label; a
        # count right after "week" is not
        (
            "By week 10, 46 of the 60 places had been taken; during Safer Streets week 212 "
            "households were visited.",
            [(46, "count", "exact"), (60, "count", "exact"), (212, "count", "exact")],
        ),
        ("At month 9, the fund had spent £88,200.", [(88200, "gbp", "exact")]),
        # an average ends where a participle opens a clause of its own after it
        (
            "Wardens made 1,240 visits to 80 parks, an average of 15.5 per park, resulting in "
            "96 fixed penalty notices.",
            [(1240, "count", "exact"), (80, "count", "exact"), (15.5, "per_park", "average")]
            + [(96, "count", "exact")],
        ),
        # a count after a rate's ";" is no rate, though "an average" stands just before it
        (
            "The Safe Haven opened on 40 nights and looked after 520 people, an average of 13 "
            "a night; 47 needed an ambulance.",
            [(40, "count", "exact"), (520, "count", "exact"), (13, "per_night", "average")]
            + [(47, "count", "exact")],
        ),
        # an amount of time is a measure; a window ("within 10 seconds") is not
        ("Response times in rural areas averaged 17 minutes.", [(17, "minutes", "average")]),
        # how long each thing lasts or covers is no amount, though the average length is
        ("The club issued 31 banning orders, each lasting 6 months.", [(31, "count", "exact")]),
        ("Police used 22 dispersal orders, each covering 36 hours.", [(22, "count", "exact")]),
        ("The average tenancy review lasted 45 days.", [(45, "days", "average")]),
        # a half of a year named as a period is no share
        (
            "Burglary: 410 offences against 466 in the same half of 2022/23.",
            [(410, "count", "exact"), (466, "count", "exact")],
        ),
        # how long on average, whatever the window word after it
        ("Cases were closed on average after 52 days.", [(52, "days", "average")]),
        (
            "The wait was 40 seconds against a target of 30 seconds.",
            [(40, "seconds", "exact"), (30, "seconds", "exact")],
        ),
        (
            "999 calls were answered within 10 seconds on 91% of occasions.",
            [(91, "percent", "exact")],
        ),
        # an estimate some words before the figure, no figure between
        (
            "Officers recovered cannabis with an estimated street value of £215,000.",
            [(215000, "gbp", "approximately")],
        ),
        # the line's wait is no count; an average ends at its clause after its unit
        (
            "The average 101 wait was 4 minutes, and 18.7% of callers hung up.",
            [(4, "minutes", "average"), (18.7, "percent", "exact")],
        ),
        ("Officers attended within 15 minutes in 88% of cases.", [(88, "percent", "exact")]),
        # an average set against a benchmark is that figure's, not the benchmark's
        ("Mentors held an average caseload of 14 against the recommended 10.",
         [(14, "count", "average"), (10, "count", "exact")]),
        # "over" the occasions a count was made across is no "more than"
        ("Wardens made 640 visits over 52 patrols, and over 300 residents signed up.",
         [(640, "count", "exact"), (52, "count", "exact"), (300, "count", "more_than")]),
        # an average ends at its bracket and at a semicolon, whatever ends a figure there
        ("Wardens cleared 240 fly-tips at a cost of £18,000 (an average of £75 each); they "
         "also issued 12 fixed penalty notices.",
         [(240, "count", "exact"), (18000, "gbp", "exact"), (75, "gbp", "average"),
          (12, "count", "exact")]),
        ("Shelters took in 96 families, an average of 8 a month; 14 of them had children.",
         [(96, "count", "exact"), (8, "count", "average"), (14, "count", "exact")]),
        # "a 101 call" is the line, "received 101 calls" a count
        ("The average time to answer a 101 call fell.", []),
        ("The team received 101 calls.", [(101, "count", "exact")]),
        # a service number after "or" or "on" is the line; a number there counting a noun
        # is a count
        ("Ring 999 or 101 to report it.", []),
        ("Thefts fell from 420 to 309 offences, or 111 fewer offences.",
         [(420, "count", "exact"), (309, "count", "exact"), (111, "count", "exact")]),
        # counted people said to be over or under an age are aged so; a level under a
        # threshold is a level
        ("Of the 90 people arrested, 31 were under 18 and 6 (7%) were over 65.",
         [(90, "count", "exact"), (31, "count", "exact"), (6, "count", "exact"),
          (7, "percent", "exact")]),
        ("Of 412 calls, 300 were under 10 minutes.",
         [(412, "count", "exact"), (300, "count", "exact"), (10, "minutes", "less_than")]),
        # "one" before a noun's modifier counts, whatever the tagger makes of the modifier
        ("One premises licence was suspended after the test purchase.",
         [(1, "count", "exact")]),
        # a lowercase "group" numbers nothing: the count after it counts
        ("Volunteers ran the carers' group 14 times in the year.", [(14, "count", "exact")]),
    ],
)  # fmt: skip
def test_durations_and_service_numbers(text, expected):
    got = [(f.value, f.unit, f.qualifier) for f in figures_of(text) if f.measure]
    assert got == expected


def test_a_national_change_is_the_countrys():
    text = "Violent crime rose by 4.1% since last year, while the national increase was 7.4%."
    figures = [f for f in figures_of(text) if f.measure]
    assert [(f.text, f.role, f.direction) for f in figures] == [
        ("4.1", "percent_change", "increase"),
        ("7.4", "percent_change", "increase"),
    ]
    assert [f.meaning["areas"][0].name for f in figures] == ["Bolton", "England"]


def test_a_cohort_named_by_its_year_is_no_count():
    figures = [f for f in figures_of("Of the 2022 cohort, 28.4% re-offended.") if f.measure]
    assert [f.text for f in figures] == ["28.4"]


def test_a_baseline_is_not_the_aim_of_another_items_measure_across_a_semicolon():
    text = (
        "Fly-tipping reports in the three hotspot wards cut by 20% from the 2021/22 baseline "
        "of 900, to no more than 720; at least 50 fixed penalty notices."
    )
    codes = {text: code for text, code, _, _ in meanings_of(text)}
    assert codes["50"] == "environmental_enforcement"
    assert not {codes["20"], codes["900"], codes["720"]} & {
        "environmental_enforcement",
        "environmental_enforcement_change_percent",
    }


def test_a_place_before_a_semicolon_is_not_the_subject_of_the_clause_after_it():
    # the shape of a passage whose parse hung the clause after ";" on the one before
    text = (
        "Stoke-on-Trent registered 96 deaths from drug misuse over 2020 to 2022, a rate of "
        "12.5 per 100,000 people, well above the England rate of 5.0; 2,030 residents were in "
        "drug treatment in 2023/24, up 2.0% on 1,990."
    )
    sentences, _ = read_text([text], Area("Stoke-on-Trent", "district"), financial_year(2023))
    places = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert (places["5.0"], places["2.0"], places["1,990"]) == (
        "England",
        "Stoke-on-Trent",
        "Stoke-on-Trent",
    )


def test_call_outs_split_into_kinds_named_in_the_catalog_are_each_their_kind():
    text = "Crews attended 1,500 incidents: 700 false alarms, 450 fires and 350 other emergencies."
    codes = {text: code for text, code, *_ in meanings_of(text)}
    assert (codes["700"], codes["450"]) == ("false_alarms", "fires")


def test_a_subject_is_not_sought_in_another_clause_across_a_semicolon():
    text = (
        "Killed or seriously injured casualties on Cumbria's roads fell to 171 in 2023; "
        "14 people lost their lives."
    )
    assert meanings_of(text)[0] == ("171", "road_casualties", "level", None)


def test_education_training_or_employment_is_not_training():
    text = (
        "At the end of their order, 52 of the 70 children (74.3%) were in education, "
        "training or employment."
    )
    assert not any(code.startswith("people_trained") for _, code, _, _ in meanings_of(text))


def test_a_year_naming_a_baseline_is_a_year_not_a_count():
    figures = figures_of("Cut deliberate fires by 10% against the 2021 baseline.")
    assert [(f.text, f.measure, f.why) for f in figures] == [
        ("10", True, None),
        ("2021", False, "year"),
    ]


def test_the_year_followed_by_a_count_is_no_school_year():
    figures = figures_of("During the year 24 were issued and 6 were withdrawn.")
    assert [(f.text, f.measure) for f in figures] == [("24", True), ("6", True)]
    figures = figures_of("Every Year 9 pupil took part.")
    assert [(f.text, f.measure, f.why) for f in figures] == [("9", False, "school_year")]


@pytest.mark.parametrize(
    "text, frame",
    [
        ("Burglary is the 2nd lowest of the twelve Community Safety Partnerships.", "twelve"),
        ("Admissions place the borough 4th of 150 upper-tier authorities.", "150"),
        ("Knife crime is the third lowest of the 33 London boroughs.", "33"),
        ("Criminal damage ranks the borough 7th of 15 in its Most Similar Group.", "15"),
        # the count of the items of the list its noun opens is the list's frame
        ("Referrals came through four routes: 61 police, 40 schools, 22 health and 9 self.",
         "four"),
        ("Fly-tipping was worst in two streets: Mill Lane (88) and Dock Road (71).", "two"),
        # where, among whom: the colleges, beaches, roads, CSPs and holidays of the area
        ("Drownings at the three beaches fell from 5 to 2.", "three"),
        ("The fund's £900,000 is shared by the four CSPs.", "four"),
    ],
)  # fmt: skip
def test_a_count_of_the_comparator_set_is_no_measure(text, frame):
    assert [f.why for f in figures_of(text) if f.text == frame] == ["structural"]


def test_circa_glued_to_its_number_and_a_count_before_a_school_year():
    [circa] = figures_of("c.350 residents came to the street events.")
    assert (circa.text, circa.measure, circa.qualifier) == ("350", True, "approximately")
    pupils = figures_of("Around 150 Year 5 and 6 pupils joined the Mini Police.")
    assert [(f.text, f.measure) for f in pupils] == [("150", True), ("5", False), ("6", False)]


def test_an_ordinal_word_before_a_superlative_is_a_rank():
    meanings = meanings_of("Criminal damage was the third highest crime type, at 1,210 offences.")
    assert meanings[0] == ("third", "criminal_damage_rank", "level", None)
    assert [f.value for f in figures_of("Fires were the third highest call type.")] == [3.0]
    assert figures_of("For the second year running, crime fell.") == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Criminal damage ranks the borough 7th of 15 in its Most Similar Group.", "7th"),
        ("Victim satisfaction was ranked 6 out of 8 against similar forces.", "6"),
        # "of the" a comparator set, or "in" one a verb of ranking places it in
        ("Burglary placed the borough 4th of the 9 in the county.", "4th"),
        ("Its robbery rate ranks it 14th in London.", "14th"),
    ],
)
def test_a_place_out_of_a_number_is_a_rank(text, place):
    assert [(f.text, f.unit) for f in figures_of(text) if f.measure] == [(place, "rank")]


@pytest.mark.parametrize(
    "text, window",
    [
        ("Victims were contacted within 24 hours of referral in 91% of cases.", "24"),
        ("High-risk victims are visited within 3 working days.", "3"),
        ("Robbery rose by 4% in the rolling 12 months to June.", "12"),
        # how long a thing ran or was looked at: weeks and months of it, whatever the words
        ("Burglary in the first nine months of the year fell by 6%.", "nine"),
        ("Each family receives up to 10 weeks of support.", "10"),
        ("Patrols ran for 8 summer weeks.", "8"),
        ("Of the 30 men who started, 21 completed all 24 weeks.", "24"),
        # when, not how long: a time before or after the report's
        ("Caseloads stood at 212, against 190 six months earlier.", "six"),
        ("Referrals reached 96, up from 71 three months ago.", "three"),
        ("Thefts fell by 14% on the 6 months before the scheme began.", "6"),
    ],
)
def test_a_window_of_time_after_something_is_no_measure(text, window):
    assert [f.why for f in figures_of(text) if f.text == window] == ["time_window"]


def test_an_average_ends_at_a_clause_joined_after_its_own_figure():
    text = "Wardens made 80 patrols, an average of 6 hours per patrol, and spoke to 950 residents."
    qualifiers = {f.text: f.qualifier for f in figures_of(text) if f.measure}
    assert qualifiers == {"80": "exact", "6": "average", "950": "exact"}


def test_an_average_per_something_else_than_time_is_a_measure():
    text = "Patrols ran 7 days a week, for an average of 5 hours a patrol."
    assert [(f.text, f.measure) for f in figures_of(text)] == [("7", False), ("5", True)]


def test_a_sentence_the_parser_ends_on_a_comma_runs_on():
    words = (
        "The budget is £ 2.1 m , of which £ 1.2 m is for housing , £ 0.9 m for outreach .".split()
    )
    starts = [True] + [False] * (len(words) - 1)
    starts[words.index("housing") + 2] = True  # where the parser of heldout22-039 split
    doc = Doc(pipeline().vocab, words=words, sent_starts=starts)
    assert [s.text for s in sentences_of(doc)] == [doc[:].text]
    lines = Doc(pipeline().vocab, words=["12", "visits", ",", "\n", "9", "arrests"])
    lines[4].is_sent_start = True  # a list's line after a line break stays its own
    assert len(sentences_of(lines)) == 2


def test_this_year_after_a_figure_is_the_reports_year():
    figures = [f for f in figures_of("Robberies: 212 last year, 190 this year.") if f.measure]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("212", "2021/22"),
        ("190", "2022/23"),
    ]


def test_a_figure_in_a_when_clause_is_of_the_year_the_clause_hangs_on():
    text = "Shoplifting was 12% higher than in 2020/21, when the town recorded 640 offences."
    figures = [f for f in figures_of(text) if f.measure]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("12", "2022/23"),
        ("640", "2020/21"),
    ]


def test_parts_of_a_whole_of_another_year_are_of_its_year():
    text = "Volunteers gave 3,400 hours in 2020/21. Of these, 2,100 were on night patrols."
    figures = [f for f in figures_of(text) if f.measure]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("3,400", "2020/21"),
        ("2,100", "2020/21"),
    ]


def test_the_previous_12_months_are_the_year_before():
    text = "Robberies in the rolling 12 months stood at 310, against 352 in the previous 12 months."
    figures = [f for f in figures_of(text) if f.measure]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("310", "2022/23"),
        ("352", "2021/22"),
    ]


def test_a_clause_after_while_is_not_of_the_year_a_change_before_it_is_on():
    text = (
        "62% of young people said they felt safer, up 9 points on 2021/22, while 54% agreed "
        "there was enough to do locally."
    )
    figures = [f for f in figures_of(text) if f.unit == "percent"]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("62", "2022/23"),
        ("54", "2022/23"),
    ]


def test_a_cell_of_a_row_is_not_of_the_year_the_next_cell_names():
    text = "Robbery | Actual YTD: 281 | Same period 2021/22: 305 | Change: -24 (-7.9%)"
    figures = [f for f in figures_of(text) if f.measure and f.role == "level"]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("281", "2022/23"),
        ("305", "2021/22"),
    ]


def test_a_cell_under_a_years_head_is_of_that_year():
    text = (
        "Crime type | 2020/21 | 2021/22 | Change\nBurglary | 412 | 380 | -32\n"
        "Shoplifting | 1,204 | 1,390 | +186"
    )
    figures = [f for f in figures_of(text) if f.measure and f.role == "level"]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("412", "2020/21"),
        ("380", "2021/22"),
        ("1,204", "2020/21"),
        ("1,390", "2021/22"),
    ]


def test_a_tables_last_cell_keeps_its_per_cent_in_its_line():
    text = (
        "Crime type | 2018/19 | 2019/20 | Change | % change\n"
        "Possession of weapons | 1,728 | 1,517 | -211 | -12.2%\n"
        "Burglary | 242 | 2,237 | +1,995 | +824.4%"
    )
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    lines = {f.sentence.text.strip() for s in sentences for f in s if f.measure}
    assert lines == {
        "Possession of weapons | 1,728 | 1,517 | -211 | -12.2%",
        "Burglary | 242 | 2,237 | +1,995 | +824.4%",
    }
    # ... and its row label too, which the parser may cut
    text = "Measure | Target | 2015/16 | Status\nHome fire safety visits | 600 | 626 | Green"
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    figures = [f for s in sentences for f in s if f.measure]
    assert [(f.text, f.sentence.text.strip()) for f in figures] == [
        ("600", "Home fire safety visits | 600 | 626 | Green"),
        ("626", "Home fire safety visits | 600 | 626 | Green"),
    ]


def test_a_cell_under_merged_heads_is_of_its_columns_year():
    text = (
        "Recorded crime by type\nCrime type | Offences | | Change\n"
        "| 2020/21 | 2021/22 | Number | %\nBurglary | 412 | 380 | -32 | -7.8%"
    )
    figures = [f for f in figures_of(text) if f.measure and f.role == "level"]
    assert [(f.text, f.meaning["period"].label) for f in figures] == [
        ("412", "2020/21"),
        ("380", "2021/22"),
    ]


def test_a_ratio_is_one_share_in_per_cent():
    text = "One in four residents felt unsafe; 3 out of every 10 calls were abandoned."
    figures = [(f.text, f.value, f.unit) for f in figures_of(text) if f.measure]
    assert figures == [("One in four", 25.0, "percent"), ("3 out of every 10", 30.0, "percent")]
    # ... but a school year and a count are two figures
    figures = [(f.text, f.measure) for f in figures_of("Year 5 in 10 schools took part.")]
    assert figures == [("5", False), ("10", True)]


def test_a_lower_case_label_word_ending_a_cell_is_the_cells_name():
    row = "Search outcomes | Arrest 90 | No further action 410 | All outcomes 500"
    assert [f.text for f in figures_of(row) if f.measure] == ["90", "410", "500"]
    assert [f.why for f in figures_of("Action 3: recruit champions.")] == ["label"]


def test_a_share_in_brackets_does_not_hide_what_a_count_is_out_of():
    bracket_first = "In 2023/24, 230 (64%) of the 360 cases closed by the IDVA service were safer."
    bracket_last = "In 2023/24, 230 of the 360 cases (64%) closed by the IDVA service were safer."
    assert [m[:2] for m in meanings_of(bracket_first)] == [
        ("230", "idva_cases"),
        ("64", "idva_cases_percent"),
        ("360", "idva_cases"),
    ]
    assert sorted(meanings_of(bracket_first)) == sorted(meanings_of(bracket_last))


def test_a_share_in_brackets_and_its_comparator_are_shares_of_its_count():
    text = "In 2023, 84 (60%) of the 140 mediation cases closed were resolved, compared with 52%."
    assert [m[:2] for m in meanings_of(text)] == [
        ("84", "mediation_case"),
        ("60", "mediation_case_percent"),
        ("140", "mediation_case"),
        ("52", "mediation_case_percent"),
    ]


def test_comparing_words_say_against_what_not_what_is_measured():
    text = "Of the mediation cases, 84 (60%) of the 140 closed were resolved, compared with 52%."
    codes = {code for _, code, *_ in meanings_of(text)}
    assert len(codes) == 2 and not any("compar" in code for code in codes), codes


@pytest.mark.parametrize(
    "text, number, why",
    [
        ("The hub at 14 Vale Street, Denbigh LL16 3AH opens on Fridays.", "14", "address"),
        ("Open daily at 3 Mill Lane for young people.", "3", "address"),
        ("Counts below 5 have been suppressed to protect victims.", "5", "threshold"),
        ("The duties are in Sections 5 to 7 of the Act.", "7", "label"),
        ("212 teachers completed the Group 2 safeguarding module.", "2", "label"),
        ("Calls to 101 fell by 9% to 52,000.", "101", "phone"),
        ("Pupils in Year 10 took part.", "10", "school_year"),
        ("The top 5 hotspots saw 30% of incidents.", "5", "structural"),
        ("Men and boys were the two largest groups.", "two", "structural"),
        ("999 calls rose by 4% and non-emergency 101 calls by 2%.", "101", "phone"),
        # the service named by its number, before the word that says so
        ("The Board heard that the 101 service met its target in May.", "101", "phone"),
        ("The 101 abandonment rate was 9.4% in March.", "101", "phone"),
        ("Answer times improved, but 101 callers still waited 4 minutes.", "101", "phone"),
        # ... or labelling its count after a colon, in brackets
        ("Calls for service: 90,100 (999: 30,400; 101: 59,700).", "999", "phone"),
        ("Calls for service: 90,100 (999: 30,400; 101: 59,700).", "101", "phone"),
        # a number in brackets in a row's label defines what the row counts
        (
            "Indicator | 2022/23 | 2023/24\nRepeat callers (3+ calls in 12 months) | 311 | 344",
            "3",
            "definition",
        ),
        # ages said without a verb, or as the second of two
        ("Officers moved on 88 people, 61 of them under 18.", "18", "age"),
        ("Warnings went to 40 young people aged 14 or 15.", "15", "age"),
        ("Robberies where the suspect was under 21 fell from 140 to 126.", "21", "age"),
        # a point in time is no amount of it; a number hyphened to a modifier is no count
        ("70% of clients were still in treatment at 12 weeks.", "12", "time_window"),
        ("Six months on, 40 of the 52 had not reoffended.", "Six", "time_window"),
        ("Mentors worked with 40 pupils, each for up to 10 weeks.", "10", "time_window"),
        # a small number ending a capitalised name is its round, not a count
        ("Safer Streets 5 funding of £420k paid for lighting and CCTV.", "5", "label"),
        # a year before a possessive of a survey is the survey's year
        ("In the 2022 residents' survey, 81% said they felt safe.", "2022", "year"),
        ("Over 1,900 people answered the 2021 community safety survey.", "2021", "year"),
        ("Staff follow a three-stage process.", "three", "compound"),
    ],
)
def test_addresses_thresholds_labels_and_service_numbers_are_no_measures(text, number, why):
    assert [f.why for f in figures_of(text) if f.text == number] == [why]


def test_a_street_in_a_name_is_no_address_and_a_house_number_counts_nothing():
    assert [f.text for f in figures_of("Our 54 Street Pastors gave 3,020 hours.") if f.measure] == [
        "54",
        "3,020",
    ]
    assert [f.measure for f in figures_of("Officers visited 12 High Street shops.")] == [True]
    assert [f.measure for f in figures_of("Arrests | Year 305 | Target 280")] == [True, True]
    quarters = figures_of("Referrals: April–June 31, July–September 27")
    assert [(f.text, f.measure) for f in quarters] == [("31", True), ("27", True)]
    assert [f.why for f in figures_of("The fun day on June 26 was a success.")] == ["date"]


@pytest.mark.parametrize("rate, count", [("68.4", "13,680"), ("61.5", "12,300")])
def test_a_rate_and_its_count_and_population_in_brackets(rate, count):
    text = f"Recorded crime per 1,000 population: {rate} ({count} crimes; population 200,000)"
    units = {f.text: f.unit for f in figures_of(text) if f.measure}
    assert units == {rate: "per_1000_population", count: "count", "200,000": "count"}


def test_a_place_right_before_a_figure_is_where_it_is_and_no_end_of_the_change():
    text = "Completions: 12.4% (England 10.9%), up 0.6 percentage points on last year's 11.8%."
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    areas = {f.text: [a.name for a in f.meaning["areas"]] for s in sentences for f in s}
    assert areas["10.9"] == ["England"] and areas["12.4"] == ["Bolton"]
    assert [[f.text for _, f in c.terms] for c in claims] == [["11.8", "12.4"]]


def test_each_catalog_code_names_one_concept():
    codes = [c["code"] for c in yaml.safe_load(CONCEPTS_FILE.read_text())["concepts"]]
    assert sorted(c for c in set(codes) if codes.count(c) > 1) == []


def test_no_catalog_term_loses_a_word_but_its_function_words():
    """A term is matched on its words but its function words; a lower-case acronym the
    tagger takes for a determiner ("asb" in "asb problem") would leave "problem" alone."""
    entries = yaml.safe_load(CONCEPTS_FILE.read_text())["concepts"]
    phrases = sorted({p for e in entries for p in [*e["terms"], *e.get("not", [])]})
    function = {"of", "and", "or", "the", "a", "to", "for", "in", "on", "by", "with", "from"}
    function |= {"at", "into", "out", "off", "up", "under", "as", "not", "no", "their", "own"}
    function |= {"after", "over", "all", "'s", "against", "without"}
    dropped = {
        p: [t.text for t in doc if t.pos_ in FUNCTION_WORDS and t.lower_ not in function]
        for p, doc in zip(phrases, tag(phrases))
    }
    assert {p: d for p, d in dropped.items() if d} == {}


def test_a_shift_in_something_is_no_session():
    [share] = meanings_of("Reporting saw a 12% shift towards online forms.")
    assert not share[1].startswith("sessions_delivered"), share


def test_a_share_set_after_a_count_and_a_comma_restates_it():
    count, share = meanings_of("Crews attended 812 false alarms, 41% of all call-outs.")
    assert "alarm" in count[1] and share[1] == count[1] + "_percent", (count, share)


def test_a_problem_that_is_not_asb_is_no_perception_of_asb():
    [share] = meanings_of("In the survey 35% said the biggest problem was litter.")
    assert not share[1].startswith("asb"), share


def test_what_a_part_of_a_group_of_people_did_to_something_is_what_it_counts():
    deed = "Of the 240 people who finished the course, 180 (75%) found paid work within a month."
    codes = dict((text, code) for text, code, *_ in meanings_of(deed))
    assert codes["240"] == "people_supported"
    assert "work" in codes["180"] and "work" in codes["75"]
    # how it went, or what the part is, leaves it a part of its whole's count
    manner = "Of the 300 clients who left treatment, 150 (50%) completed successfully."
    assert [code for _, code, *_ in meanings_of(manner)][0] == "drug_alcohol_treatment"
    assert {code for _, code, *_ in meanings_of(manner)} == {
        "drug_alcohol_treatment",
        "drug_alcohol_treatment_percent",
    }


def test_an_item_after_a_semicolon_has_its_own_subject_and_its_change_its_own_ends():
    text = (
        "Safer Streets: 62 new street lights installed and 140 gardens fitted with gates; "
        "robbery in the town centre fell from 88 to 61 offences, 27 fewer."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    codes = {f.text: f.meaning["metric"].code for s in sentences for f in s if f.measure}
    assert codes["88"] == codes["61"] == "robbery" and codes["27"] == "robbery_change"
    assert "robbery" not in codes["140"]  # the gardens are not the robbery's
    (claim,) = claims
    assert [(role, f.text) for role, f in claim.terms] == [("from", "88"), ("to", "61")]


def test_quarter_lines_count_what_a_long_heading_ending_in_a_colon_names():
    text = (
        "Deliberate fires attended by the fire and rescue service across Halton, 2023/24:\n"
        "• Q1: 96\n• Q2: 131\n• Q3: 74\n• Q4: 58"
    )
    assert {code for _, code, *_ in meanings_of(text)} == {"deliberate_fires"}


def test_second_before_a_noun_is_an_ordinal_not_a_unit_of_time():
    sentences, _ = read_text(
        ["Drivers were sent 4,104 first warnings and 758 second warnings."],
        Area("Bolton", "district"),
        financial_year(2022),
    )
    assert {f.text: f.unit for s in sentences for f in s if f.measure}["758"] == "count"


def test_bare_figures_in_brackets_beside_a_rate_in_brackets_are_rates_too():
    text = (
        "The highest burglary rates were in Abbey (14.2 per 1,000 households), Castle (11.9) "
        "and the Meadows (10.4)."
    )
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    units = {f.text: f.unit for s in sentences for f in s if f.measure}
    assert units == dict.fromkeys(["14.2", "11.9", "10.4"], "per_1000_households")


def test_a_change_label_on_a_line_of_its_own_under_a_timed_heading():
    text = (
        "Robbery of personal property, town centre, Friday and Saturday nights:\n"
        "2021/22: 212 offences\n2022/23: 190 offences\nReduction: 22 (10.4%)"
    )
    assert meanings_of(text) == [
        ("212", "robbery", "level", None),
        ("190", "robbery", "level", None),
        ("22", "robbery_change", "change", "decrease"),
        ("10.4", "robbery_change_percent", "percent_change", "decrease"),
    ]


def test_a_label_naming_the_same_noun_as_the_line_above_counts_the_same_thing():
    text = (
        "Home fire safety checks carried out: 1,950\nChecks for residents living alone: 720 (37%)"
    )
    assert [code for _, code, *_ in meanings_of(text)] == [
        "home_safety_visits",
        "home_safety_visits",
        "home_safety_visits_percent",
    ]


def test_parts_of_a_caseload_each_naming_their_own_kind_keep_their_own_metrics():
    text = (
        "The youth offending team's caseload stood at 93 in March, made up of 41 youth "
        "cautions, 37 referral orders and 15 custodial sentences."
    )
    codes = [code for _, code, *_ in meanings_of(text)]
    assert codes[1:] == ["out_of_court_disposals", "court_orders", "youth_custody"]


def test_children_entering_the_justice_system_are_first_time_entrants_but_not_their_base():
    text = (
        "Thirty-two young people entered the justice system for the first time in the year, "
        "a rate of 151 per 100,000 of the 21,190 children aged 10 to 17."
    )
    codes = {f: code for f, code, *_ in meanings_of(text)}
    assert codes["Thirty-two"] == "first_time_entrants"
    assert codes["151"] == "first_time_entrants_per_100000_population"
    assert codes["21,190"] != "first_time_entrants"


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "Vehicle crime rose by 6% last year and shoplifting by 11%.",
            ("11", "shoplifting_change_percent", "percent_change", "increase"),
        ),
        (
            "Theft dropped by 9%, and robbery by 4%, on the year before.",
            ("4", "robbery_change_percent", "percent_change", "decrease"),
        ),
        # the second of two changes, each of its own year, with the change word left out
        (
            "Vehicle crime was up 3.1% in 2022 and 4.6% in 2023.",
            ("4.6", "vehicle_crime_change_percent", "percent_change", "increase"),
        ),
    ],
)
def test_a_clause_that_leaves_out_its_change_verb_changes_its_own_subject(text, second):
    assert meanings_of(text)[1] == second


def test_levels_a_verb_takes_from_one_to_another_measure_what_it_moves():
    text = "Last year I took the policing precept from £248.50 to £258.50 for a Band D home."
    assert [code for _, code, *_ in meanings_of(text)] == ["precept", "precept"]


def test_after_dark_is_when_people_felt_safe_not_what_rose():
    text = "Residents who felt safe in Hanley after dark increased to 61%, from 55% in 2022."
    assert [code for _, code, *_ in meanings_of(text)] == ["feel_safe", "feel_safe"]


def test_a_target_set_beside_a_percentage_change_is_a_change_of_the_same_thing():
    text = "Shoplifting fell from 640 to 560 offences, a 12.5% drop, against the 10% target."
    assert meanings_of(text)[-1] == (
        "10",
        "shoplifting_change_percent",
        "percent_change",
        "decrease",
    )


def test_the_places_of_a_ranking_of_rates_are_rates_too():
    text = (
        "Hillside had the highest burglary rate at 18.2 per 1,000 households, then Riverside "
        "at 14.9 and Moorfield at 12.3; the town recorded 412 burglaries at 96 addresses."
    )
    units = {f.text: f.unit for f in figures_of(text) if f.measure}
    assert units == {
        "18.2": "per_1000_households",
        "14.9": "per_1000_households",
        "12.3": "per_1000_households",
        "412": "count",
        "96": "count",
    }


def test_a_further_bare_figure_is_more_of_the_unit_before_it():
    text = "Special constables gave 1,200 hours in March and police cadets a further 340."
    assert {f.text: f.unit for f in figures_of(text)}["340"] == "hours"


def test_hours_after_a_verbs_particle_are_given_not_a_window():
    text = "Mentors put in 880 hours with young people over the summer."
    assert [(f.text, f.measure, f.unit) for f in figures_of(text)] == [("880", True, "hours")]


@pytest.mark.parametrize(
    "text, number, qualifier",
    [
        ("Keep repeat referrals to no more than 12% of the total.", "12", "less_than"),
        ("The scheme will reach no fewer than 400 homes.", "400", "more_than"),
        ("At least half of schools, 30 or more, to take part.", "30", "more_than"),
        ("Keep waits to 10 days or less for 95% of callers.", "10", "less_than"),
        ("Support not fewer than 900 vulnerable people.", "900", "more_than"),
        ("Minimum of 300 young people engaged.", "300", "more_than"),
        ("410 young people engaged, 10 more than the minimum of 400.", "400", "exact"),
        ("The public vote was attended by approx. 150 residents.", "150", "approximately"),
    ],
)
def test_no_more_than_is_at_most_and_no_fewer_than_at_least(text, number, qualifier):
    assert {f.text: f.qualifier for f in figures_of(text)}[number] == qualifier


def test_counts_beside_the_sources_something_came_from_count_that_thing():
    text = (
        "Most referrals to the hate crime service came from the police (74), followed by "
        "housing officers (29) and schools (12)."
    )
    assert {code for _, code, *_ in meanings_of(text)} == {"referrals"}


@pytest.mark.parametrize(
    "text, number",
    [
        ("The grant pays for 3 detached youth workers in the town centre.", "3"),
        ("We funded 2 hate crime caseworkers this year.", "2"),
        # ... nor what they do, when the catalog names nothing of them
        (
            "Overdose prevention: two outreach workers and a nurse call at hostels and give out "
            "naloxone.",
            "two",
        ),
    ],
)
def test_workers_named_after_whom_they_serve_are_posts_not_that_group(text, number):
    codes = {f: code for f, code, *_ in meanings_of(text)}
    assert codes[number] not in ("children_young_people", "hate_crime")
    assert "worker" in codes[number]


@pytest.mark.parametrize(
    "text, number, noun",
    [
        (
            "Seven new third-party hate crime reporting centres opened in libraries.",
            "Seven",
            "centre",
        ),
        ("The fund kept 9 youth hubs open on Friday nights.", "9", "hub"),
        ("Four knife surrender bins were placed outside churches.", "Four", "bin"),
        ("Grants went to 31 community safety projects across the county.", "31", "project"),
    ],
)
def test_places_named_after_what_they_serve_are_those_places(text, number, noun):
    codes = {f: code for f, code, *_ in meanings_of(text)}
    assert noun in codes[number]


def test_a_label_ending_in_a_place_still_counts_what_the_label_names():
    codes = {f: code for f, code, *_ in meanings_of("Hate incidents reported at the hub: 61")}
    assert codes["61"] == "hate_crime"


def test_a_count_in_brackets_after_a_change_by_so_much_restates_the_change():
    text = "Shoplifting rose by 9% (82 offences) to 993, and robbery by 5% (6 offences) to 126."
    roles = {f: (role, direction) for f, _, role, direction in meanings_of(text)}
    assert roles["6"] == ("change", "increase")
    assert roles["126"] == ("level", None)


def test_a_line_whose_unit_words_name_the_measure_is_catalogued_by_them():
    nights, hours, people = figures_of(
        "Safe Space: 22 nights\n412 volunteer hours\n96 people helped"
    )
    assert hours.meaning["metric"].concept == "volunteer_hours"


def test_a_figure_with_a_subject_of_its_own_is_not_the_sentence_befores():
    text = (
        "The night bus helped 830 people home. Street fights averaged 4 a weekend, down "
        "from 9 a weekend before the service began."
    )
    codes = {f: code for f, code, *_ in meanings_of(text)}
    assert codes["4"] != "people_supported"


# one figure of each text, and the metric a reader gives it
ONE_FIGURE = [
    # people the catalog does not fit are named with what was done to them, not "people"
    ("Bolton Pubwatch banned 44 people from its 30 member venues in 2022/23.", "44",
     "ban_people"),
    # money "worth" so much is named by the thing it is the worth of, and no name takes the
    # figure's own unit word ("m" of "£6.3m")
    ("Farmers reported machinery worth an estimated £2.2m stolen in 2023.", "£2.2m",
     "machinery_value_gbp"),
    ("In Croydon an estimated £6.3m was stolen in burglaries.", "£6.3m", "burglary_gbp"),
    # warnings a team sent out about a topic are not the topic's incidents
    ("Ashfield's community safety team sent 164 ASB warnings to tenants in 2022/23.", "164",
     "asb_warning"),
    # a whole keeps its noun: the breakdown in brackets after its year is of its parts
    ("Firefighters dealt with 912 fires in 2023/24 (540 accidental, 372 deliberate).",
     "912", "fires"),
    # "criminal damage and arson (11%)" is one category
    ("Theft made up 21% of offences in Halton, ahead of criminal damage and arson (9%).",
     "9", "criminal_damage_percent"),
    # people who answered a survey are its respondents, whatever the question
    ("Of the 640 tenants who returned the questionnaire, 71% felt safe at home.",
     "640", "survey_respondents"),
    ("Most felt safer in the park after the works; 388 residents responded.",
     "388", "survey_respondents"),
    ("Of 95 parents who took part in the survey, 88 would recommend the course.",
     "95", "survey_respondents"),
    # a rate whose words name nothing the catalog knows measures what its count counts
    ("Officers recorded 3,310 hate incidents, equivalent to 12.2 reports per 1,000 "
     "residents based on a population of 271,300.", "12.2", "hate_crime_per_1000_population"),
    # the households a rate is per are households, whatever the heading over them
    ("Theft from vehicles: 812 offences; rate 9.4 per 1,000 households (86,400 households).",
     "86,400", "households"),
    # records that led to an outcome count the outcome
    ("Of the 2,140 incidents the camera operators logged, 720 were passed to officers "
     "and 96 resulted in an arrest.", "96", "arrests"),
    # a part said to concern something measures that, not its whole
    ("The out-of-hours line took 830 calls, of which 512 concerned noise and 318 "
     "related to animals.", "512", "noise_complaints"),
    # people of a group "referred on" are referrals
    ("The outreach team engaged 140 young people, 33 of them referred on to mentoring.",
     "33", "referrals"),
    # victims a service helped are victims supported, whatever crime befell them; victims
    # of a crime the police recorded are that crime
    ("Our caseworker supported 196 victims of anti-social behaviour this year.",
     "196", "victims_supported"),
    ("The charity gave specialist advocacy to 88 victims of stalking in Tameside.",
     "88", "victims_supported"),
    ("Police recorded 1,120 victims of domestic abuse-related crime in the borough.",
     "1,120", "domestic_abuse_incidents"),
    # the items of a ranked list count what is ranked: places and kinds are no measures
    ("Burglary rose to 880 offences. Castle ward saw the most (131), followed by Abbey "
     "(102).", "102", "burglary"),
    # a clause that counts something before a colon is no label for the figures after it
    ("The Help Point opened on 61 nights and assisted 402 people: 250 were given first aid, "
     "90 were seen by paramedics and 62 went to hospital.", "90", "people_supported"),
    # a minimum, maximum or ceiling is its partner's benchmark
    ("The project reached 702 older residents, 52 more than the minimum of 650.", "650",
     "people_supported"),
    # what was done so many times is what those times count, not who did it
    ("Marshals worked 88 nights, helped 402 people home and called paramedics on 14 "
     "occasions.", "14", "call_paramedic"),
    ("The late-night noise team visited 64 streets, witnessing a statutory nuisance 23 "
     "times.", "23", "noise_complaints"),
    # a count restating a change ("equating to") is a change of what changed, its
    # victims counted
    ("All crime fell by 3.1%, equating to 412 fewer victims than the year before.", "412",
     "recorded_crime_change"),
    # hours that volunteers gave are volunteer hours, whatever they did in them
    ("Special constables ran 40 patrols totalling 310 hours over the summer.", "310",
     "volunteer_hours"),
    # offences an offender cohort committed are its reoffending
    ("The 38 people in the IOM cohort committed 140 offences in the year after joining.",
     "140", "reoffending_count"),
    # nuisance bikes are anti-social behaviour, not bicycle theft
    ("Reports of nuisance bikes in the parks rose to 412.", "412", "asb_incidents"),
    # a bare "the N" is the level of that value stated before
    ("Burglaries fell to 64 in the year. Of the 64, 40 were of sheds and garages, 24 of "
     "homes.", "40", "burglary"),
    # the residents a rate per population is of are the population
    ("Officers logged 2,265 ASB incidents among the town's 151,000 residents, a rate of "
     "15.0 per 1,000 population.", "151,000", "population"),
    ("There were 231 hate crimes in the year. Race was the most common (150), followed "
     "by religion (41) and disability (40).", "41", "hate_crime"),
    ("The MARAC heard 410 cases. Most came from the police (260), followed by the IDVA "
     "service (90) and health (60).", "60", "marac_cases"),
    # victims of one crime among the victims a service supported are supported victims
    ("The helpline supported 6,210 victims of crime, 1,480 of them victims of stalking.",
     "1,480", "victims_supported"),
    ("The 530 victims we supported comprised 300 victims of burglary and 230 victims of "
     "robbery.", "230", "victims_supported"),
    ("Police recorded 1,560 victims of domestic abuse.", "1,560", "domestic_abuse_incidents"),
    # hours of unpaid work are Community Payback's hours, not people on probation; the
    # bare figure they are compared with is in hours too
    ("Offenders completed 9,400 hours of unpaid work, up from 8,100 the year before.",
     "8,100", "unpaid_work_hours"),
    # people said to have drowned or been rescued are drownings and rescues
    ("Three people drowned in the canal in 2023.", "Three", "drownings"),
    ("Lifeguards rescued 61 people from the sea.", "61", "water_rescues"),
    # the bare figure a change compares its level with is of that level's metric
    ("Fire crews fitted 52 smoke alarms, 9 more than the 43 in 2022.", "43", "smoke_alarms"),
    # a line under a heading is labelled by its own words before its colon, and a number
    # at a line's end counts nothing on the next line
    ("Town centre business crime partnership, 2023/24:\nMembers: 61\nShop theft recorded "
     "by police: 702", "702", "shoplifting"),
    ("Town centre business crime partnership, 2023/24:\nMembers: 61\nShop theft recorded "
     "by police: 702", "61", "member"),
    # money "seized" after its noun is seized, not spent
    ("County lines activity in Bolton, 2022/23: 14 lines closed, 37 people charged, 26 "
     "children safeguarded and £84,300 in cash seized.", "£84,300", "assets_recovered"),
    # people who died in the water drowned
    ("Four people died in the water at the reservoir in 2023.", "Four", "drownings"),
    # what the people a share is of are said to think, in their own clause
    ("40 alleys cleared; 82% of residents who reported an alley satisfied with the work.", "82",
     "satisfaction"),
    # the people a list of what became of referrals counts are those referrals
    ("The project received 140 referrals: 96 young people engaged, 30 declined and 14 could "
     "not be contacted.", "30", "referrals"),
    # a bare count opening its sentence stands for those the sentence before counted, not
    # for what a later clause names
    ("The hub contacted 9,200 victims of crime. 2,150 asked for further help, and 640 of "
     "those were referred to hate crime services.", "2,150", "victims_supported"),
    # naloxone kits and return home interviews are catalogued; the bare level a change is
    # "on" is of the level before the change
    ("The service gave out 830 naloxone kits, up 12.2% on the 740 issued in 2022/23.", "740",
     "naloxone_kits"),
    ("There were 240 missing episodes. Return home interviews were completed after 190 of "
     "them.", "190", "return_home_interviews"),
    # evenings open and performances given are sessions delivered
    ("The youth centre was open on 88 evenings.", "88", "sessions_delivered"),
    ("The play was performed 21 times across the borough's schools.", "21",
     "sessions_delivered"),
    # what a group is said to be doing right after it says what it is
    ("The count found 29 people sleeping rough in Bolton.", "29", "rough_sleeping"),
    # a change whose own subject names what changed is not the level's before it
    ("Volunteers gave 2,730 hours, and referrals rose by 40.", "40", "referrals_change"),
    # a crime naming the team that reached people says what the team works on; the people
    # it reached are the ones counted
    ("The knife crime outreach team reached 1,240 young people.", "1,240",
     "children_young_people"),
    ("The hate crime advocacy service supported 96 victims.", "96", "victims_supported"),
    # a helpline's calls, contacts and enquiries are its own measure, whoever runs it
    ("The women's aid helpline handled 5,210 enquiries.", "5,210", "helpline_contacts"),
    ("Calls to the domestic abuse helpline rose to 2,900.", "2,900", "helpline_contacts"),
    # the bare level a per cent change runs from is that change's level's
    ("Pupils reached: 2,100. Deliberate fires: 311, down 9.8% from 345.", "345",
     "deliberate_fires"),
    # people dispersed or directed to leave count dispersals; authorisations to disperse
    # are no stop and search
    ("Officers dispersed 212 people from the town centre.", "212", "environmental_enforcement"),
    ("Dispersal authorisations under Section 35: 14", "14", "environmental_enforcement"),
    # a share of a group of people that names only people measures the group
    ("Of the 1,600 victims supported by the hub, 980 (61%) were women.", "980",
     "victims_supported"),
    ("Of the 1,600 victims supported by the hub, 980 (61%) were women.", "61",
     "victims_supported_percent"),
    # perpetrators on programmes, VAWG crimes and call blockers are measures of their own
    ("The behaviour change course took 64 perpetrators in 2023/24.", "64", "perpetrators"),
    ("Officers recorded 1,870 VAWG-related crimes in the district.", "1,870", "vawg_crimes"),
    ("Trading Standards fitted 140 call blockers for older residents.", "140", "call_blockers"),
    ("Crews fitted 930 smoke alarms during home visits.", "930", "smoke_alarms"),
    ("Bleed control kits placed: 18", "18", "bleed_kits"),
    # the members of a scheme are members, not the licensing or shop theft they concern
    ("The town's Pubwatch now has 44 member premises.", "44", "scheme_members"),
    # what pupils say they now know is an attitude of its own, not the pupils reached
    ("Workshops reached 2,400 pupils; 78% said they understood the law better.", "78",
     "knowledge_understanding"),
    ("The partnership commissioned three Domestic Homicide Reviews.", "three",
     "domestic_homicide_reviews"),
    # people helped into treatment from custody are in treatment, whatever they came from
    ("People helped into treatment from custody: 96", "96", "drug_alcohol_treatment"),
    # bans from licensed premises are bans, not licensing visits; bikes seized are
    # vehicles seized, not the ASB they caused
    ("The town's Pubwatch issued 41 bans, up from 33.", "41", "pubwatch_bans"),
    ("Officers seized 64 off-road bikes and quads.", "64", "vehicles_seized"),
    ("Off-road bikes were the subject of 290 ASB reports.", "290", "asb_incidents"),
    # a comparison's other side in a clause of its own is of that clause's subject, even
    # when only the subject's attachments name it
    ("Burglary fell by 8% to 640 offences, while possession of weapons offences rose from "
     "210 to 246.", "210", "knife_crime"),
    # a target set against a level is the level's, whoever's sentence it is
    ("Cleveland Fire Brigade carried out 5,240 home fire safety checks against a target of "
     "5,000.", "5,000", "home_safety_visits"),
    # a rate is of what the word right before "rate" names, not of the crime it is about
    ("The domestic abuse arrest rate rose to 41.5%.", "41.5", "arrests_percent"),
    ("The hate crime rate stood at 2.1 per 1,000 residents.", "2.1",
     "hate_crime_per_1000_population"),
    # a charge or outcome rate measures the police's outcomes, not the crime
    ("The charge rate for burglary improved to 5.4%.", "5.4", "charges_percent"),
    ("The force's charge or summons rate for violent crime was 8.2%.", "8.2",
     "charges_percent"),
    # ... but people charged are still who they were
    ("Officers arrested 64 people, and 41 were charged.", "41", "arrests"),
    # "FTE" right after a number counts staff posts; "FTEs" are first-time entrants
    ("The grant pays for a family worker (0.5 FTE) for two years.", "0.5", "staff_posts"),
    ("The team grew to 6.5 FTE caseworkers.", "6.5", "staff_posts"),
    ("The youth justice service recorded 48 FTEs in 2022/23.", "48", "first_time_entrants"),
    # what a part of a group of people had, when it names a measure, not who they were
    ("Of 230 adults released from prison to the borough, 190 had settled accommodation on "
     "the night of release.", "190", "settled_accommodation"),
    # "non-" denies the word it joins: non-domestic violence is no domestic abuse
    ("Police recorded 510 non-domestic violent offences.", "510", "violent_crime"),
    # with no verb, a figure's words are those of its own ";" item, not the list's
    ("First Time Entrants held below 50 per year; reoffending rate for the YJS cohort under 30%.",
     "30", "reoffending"),
    # a row of column heads naming only periods leaves the title above in force
    ("Hate crime reports, 2023/24\nQ1 | Q2 | Q3 | Total\n61 | 70 | 58 | 189", "61",
     "hate_crime"),
    # records of two things joined by "and" are of both, not of what followed their fall
    ("Incidents of nuisance and anti-social behaviour in the town centre dropped by 27% "
     "following the introduction of the Public Spaces Protection Order, from 1,460 to 1,066.",
     "1,460", "asb_incidents"),
    # "N of them" after a population is of what was counted, not of the residents
    ("Boston recorded 2,100 ASB incidents for a population of 70,500, a rate of 29.8 per "
     "1,000 residents; the town centre alone accounted for 700 of them.", "700",
     "asb_incidents"),
    # a comparator "for <area> as a whole" is the rate it is compared with
    ("Wrexham recorded 40 first time entrants in 2022/23. Based on a 10-17 population of "
     "13,300, that is 301 per 100,000, well above the figure of 158 for Wales as a whole.",
     "158", "first_time_entrants_per_100000_population"),
    # nights a service ran "across" or "over" are counted, not a window
    ("Street Angels gave 1,900 hours across 90 nights and helped 500 people.", "90",
     "sessions_delivered"),
    # records whose label names only where they went are of the heading's topic
    ("Hate Crime – Key Figures 2022/23\nIncidents reported to Cumbria Constabulary: 512\n"
     "Cases heard at the panel: 40", "512", "hate_crime"),
    # records "of" a kind of crime are that crime
    ("There were 96 offences of robbery in the town centre.", "96", "robbery"),
    # a noun the parser hung on the object before "and" is the next verb's subject
    ("The hub received 2,030 referrals and its IDVAs worked with 517 clients.", "517",
     "idva_cases"),
    # a noun after "and" whose own number follows it is the next clause's, not the first's
    ("Crews went to 412 secondary fires; deliberate primary fires numbered 57 and "
     "accidental dwelling fires 38.", "57", "deliberate_fires"),
    # a level whose only word is that it was recorded is of what the sentence is about
    ("Domestic burglaries fell by 12% compared with the previous year, with 880 recorded "
     "against 1,000 in 2021/22.", "880", "burglary"),
]  # fmt: skip


@pytest.mark.parametrize("text, number, code", ONE_FIGURE)
def test_one_figure_gets_the_metric_a_reader_gives_it(text, number, code):
    codes = {f: c for f, c, *_ in meanings_of(text)}
    assert codes[number] == code


def test_money_in_millions_ends_its_sentence():
    sentences, _ = read_text(
        ["The scheme cost £3.4m. Burglary fell by 12% to 400."],
        Area("Bolton", "district"),
        financial_year(2022),
    )
    assert [[f.text for f in s] for s in sentences] == [["£3.4m"], ["12", "400"]]


def test_a_count_restating_a_change_of_something_uncatalogued_keeps_its_own_words():
    codes = {
        f: c for f, c, *_ in meanings_of("Cake sales fell by 12%, equating to 140 fewer people.")
    }
    assert codes["140"] == "people_supported_change"


@pytest.mark.parametrize(
    "text, units",
    [
        # a line's label that counts hours puts its figure in hours
        ("Hours on public projects: 9,200", {"9,200": "hours"}),
        # days of action are events counted, not an amount of time
        ("Days of action: 12", {"12": "count"}),
        # the bare figure a level of hours is compared with, and its change, are hours;
        # a comparison beside a number of days is not measured in them
        ("Volunteers gave 1,450 hours, up 150 on the 1,300 of last year.",
         {"1,450": "hours", "150": "hours", "1,300": "hours"}),
        ("The team ran 14 days of action, against 10 the year before.", {"10": "count"}),
        # a rate's other end and a change "per" a number no noun follows are in the rate's
        # unit, and so is a gap to a group's average
        ("Burglary fell to 6.2 per 1,000 households from 7.0 a year earlier, a fall of 0.8 "
         "per 1,000.", {"7.0": "per_1000_households", "0.8": "per_1000_households"}),
        ("Robbery was 0.92 offences per 1,000 population, 0.21 above the most similar group "
         "average of 0.71.", {"0.21": "per_1000_population"}),
        ("Shoplifting stood at 8.3 per 1,000 population, just above the 8.0 aimed for.",
         {"8.0": "per_1000_population"}),
        # ... and so are comparators in brackets after an area's name
        ("At 190 per 100,000 young people, the rate is below both the North West (233) and "
         "England (208).", {"233": "per_100000_population", "208": "per_100000_population"}),
        # a share per doer ("each") is per whoever the sentence says has it, and a share
        # per occasion ("a shift") per that occasion
        ("Caseworkers held an average of 27 open cases each.", {"27": "per_caseworker"}),
        ("The 6 FTE wardens handled 1,320 complaints, about 220 complaints each.",
         {"220": "per_warden"}),
        ("Youth clubs logged 9,300 visits from 1,550 young people, an average of 6 visits each.",
         {"9,300": "count", "6": "per_young_person"}),
        ("Marshals worked 64 shifts, 512 hours in all, an average of 8 hours a shift.",
         {"512": "hours", "8": "per_shift"}),
        # ... but not a time window ("7 days a week") nor "each" of a noun
        ("The hub is open 7 days a week and took 1,900 calls.", {"1,900": "count"}),
        ("Wardens gave 12 schools each a talk on litter.", {"12": "count"}),
    ],
)  # fmt: skip
def test_a_figure_takes_the_unit_its_label_or_comparison_gives(text, units):
    got = {f.text: f.unit for f in figures_of(text) if f.measure}
    assert {k: got[k] for k in units} == units


def test_a_number_in_brackets_is_a_number_not_an_emoticon():
    # spaCy's tokenizer keeps "8)" and "(-8" whole as emoticons
    texts = [f.text for f in figures_of("Referrals came from police (8) and health (-8 on 2022).")]
    assert texts[:2] == ["8", "-8"]


def test_the_place_a_verbs_subject_names_is_where_its_change_and_level_are():
    text = (
        "Bolton recorded 2,410 robberies, 3.0% fewer than the 2,485 of a year earlier, while "
        "Wigan's total rose 2.2% to 1,380."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    areas = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert areas == {"2,410": "Bolton", "3.0": "Bolton", "2,485": "Bolton", "2.2": "Wigan",
                     "1,380": "Wigan"}  # fmt: skip
    assert [(c.stated.text, [f.text for _, f in c.terms]) for c in claims] == [
        ("3.0", ["2,485", "2,410"])
    ]
    # ... but not a place in the name of an organisation that is the subject
    text = "Bolton Fire and Rescue Service fitted 1,410 alarms in Wigan, 90 short of the 1,500 aim."
    sentences, _ = read_text([text], Area("Wigan", "district"), financial_year(2022))
    assert {f.meaning["areas"][0].name for s in sentences for f in s if f.measure} == {"Wigan"}


def test_an_average_is_the_figure_it_is_said_of_not_the_gap_after_its_comma():
    text = "Hostel occupancy averaged 93%, 3 points above the 90% target."
    qualifiers = [(f.text, f.qualifier) for f in figures_of(text) if f.measure]
    assert qualifiers == [("93", "average"), ("3", "exact"), ("90", "exact")]


def test_a_to_far_from_its_verb_makes_no_infinitive_but_to_have_done_does():
    # the parser may hang "to" of "calls to Staffordshire Police" on the verb it leads to
    calls = parse(["ASB calls to Staffordshire Police from Stoke-on-Trent had numbered 8,903."])
    completed = parse(["Every centre is to have completed refresher training by March."])
    assert not is_infinitive(next(t for t in calls[0] if t.text == "numbered"))
    assert is_infinitive(next(t for t in completed[0] if t.text == "completed"))


def test_a_year_earlier_is_the_year_before_whatever_the_clause_before_named():
    sentences, _ = read_text(
        ["Residents made 300 applications in 2022/23, compared with 250 a year earlier."],
        Area("Bolton", "district"),
        financial_year(2022),
    )
    periods = {f.text: f.meaning["period"].label for s in sentences for f in s if f.measure}
    assert periods == {"300": "2022/23", "250": "2021/22"}


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The MARAC heard 40 cases per 10,000 adult females.", "per_10000_adult_females"),
        ("The rate was 12 per 1,000 adult women.", "per_1000_adult_women"),
        # a population whatever its words before
        ("The rate was 12 per 1,000 young people.", "per_1000_population"),
        # a row label's rate before its cell
        ("Reoffences | 69 | Reoffences per reoffender | 4.06", "per_reoffender"),
    ],
)
def test_a_rates_base_keeps_the_words_that_name_it(text, unit):
    rate = [f for f in figures_of(text) if f.measure][-1]
    assert rate.unit == unit


def test_a_bare_figure_takes_no_noun_from_another_items_figure():
    text = "163 homes target-hardened; repeat burglary victims fell from 58 to 41."
    codes = dict((text, code) for text, code, *_ in meanings_of(text))
    assert codes["163"] == "target_hardening"  # the homes, not the victims
    assert {codes["58"], codes["41"]}.isdisjoint({"home", "target_hardening"})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period said of the first figure, nothing set against it, is the sentence's
        ("Wardens cleared 960 fly-tips in 2020/21 at a cost of £81,000.",
         {"960": "2020/21", "£81,000": "2020/21"}),
        ("Wardens cleared 960 fly-tips in 2020/21, compared with 870 the year before.",
         {"960": "2020/21", "870": "2019/20"}),
        # but not a period of the other side of a comparison
        ("Wardens cleared 960 fly-tips, compared with 870 in 2020/21.",
         {"960": "2022/23", "870": "2020/21"}),
        ("Fly-tips rose to 960 from 870 in 2020/21.", {"960": "2022/23", "870": "2020/21"}),
    ],
)  # fmt: skip
def test_the_first_figures_period_is_the_sentences(text, expected):
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    periods = {f.text: f.meaning["period"].label for s in sentences for f in s if f.measure}
    assert periods == expected


def test_a_bare_number_opening_a_range_is_in_the_units_of_its_end():
    rates = figures_of("Caseloads should sit within the recommended 50 to 70 cases per adviser.")
    assert [(f.text, f.unit) for f in rates] == [("50", "per_adviser"), ("70", "per_adviser")]
    codes = [code for _, code, *_ in meanings_of("Mentors hold caseloads of 9 to 12 pupils.")]
    assert codes[0] == codes[1]  # what the range counts, however the parser hangs its start


def test_schools_a_group_came_from_are_no_schools_it_was_reached_in():
    text = (
        "Haringey's gangs programme worked with 146 young people in 2023/24: 92 were "
        "referred by the police, 31 by schools and 23 self-referred."
    )
    assert {code for _, code, *_ in meanings_of(text)} == {"children_young_people"}


def test_a_change_word_the_parser_hangs_on_an_adverb_still_says_a_change():
    figures = figures_of("Burglary rose by 9.5% in the town, against a 4.1% rise county-wide.")
    assert [(f.text, f.role, f.direction) for f in figures] == [
        ("9.5", "percent_change", "increase"),
        ("4.1", "percent_change", "increase"),
    ]


@pytest.mark.parametrize(
    "text, comparator, unit",
    [
        # the second of two comparators joined by "and", a multiple's, a "v" one's
        (
            "Our rate of 41.3 offences per 1,000 population compares with 36.0 for the force "
            "and 29.8 for England.",
            "29.8",
            "per_1000_population",
        ),
        (
            "That is a rate of 0.31 per 1,000, twice the 0.15 seen regionally.",
            "0.15",
            "per_1000_population",
        ),
        (
            "Rate 212 per 100,000 young people v 175 nationally.",
            "175",
            "per_100000_population",
        ),
    ],
)
def test_a_rates_comparators_are_in_its_unit(text, comparator, unit):
    assert [f.unit for f in figures_of(text) if f.text == comparator] == [unit]


def test_a_change_in_points_is_named_in_points():
    text = (
        "Cut the proven reoffending rate of the youth cohort from 38.0% to 33.5%, a fall of "
        "4.5 percentage points."
    )
    names = {f.text: f.meaning["metric"].name for f in figures_of(text)}
    assert names["38.0"] == "Re-offending"
    assert names["4.5"] == "Re-offending: change, percentage points"


def test_fte_after_a_number_is_no_first_time_entrant_in_a_figures_context():
    text = (
        "Each of the 7.5 FTE caseworkers holds about 40 cases; a further 1.5 FTE would bring "
        "that to 33."
    )
    codes = {f.text: f.meaning["metric"].code for f in figures_of(text) if f.measure}
    assert codes["1.5"] == "staff_posts"
    assert codes["33"] != "first_time_entrants"


def test_names_of_forces_and_places_name_no_metric():
    # "calls" parsed as a verb leaves the figure only names of a force and a place: what
    # is counted comes from its sentence, never from them
    text = (
        "Members noted that ASB calls to Staffordshire Police from Stoke-on-Trent had "
        "numbered 8,903 in 2023/24."
    )
    (figure,) = [f for f in figures_of(text) if f.measure]
    assert figure.meaning["metric"].catalogued
    assert not {"staffordshire", "stoke"} & set(figure.meaning["metric"].code.split("_"))


def test_nouns_run_on_after_the_numbers_noun_are_its_name():
    # the parse the small model gives "45 dispersal orders and 9 premises closure orders":
    # "premises" the number's noun, "closure orders" its apposition
    words = ["9", "premises", "closure", "orders"]
    doc = Doc(
        pipeline().vocab,
        words=words,
        heads=[1, 1, 3, 1],
        deps=["nummod", "ROOT", "compound", "appos"],
        pos=["NUM", "NOUN", "NOUN", "NOUN"],
    )
    core, _ = phrase(doc[1], {0})
    assert [t.text for t in core] == ["premises", "closure", "orders"]
    apart = Doc(
        pipeline().vocab,
        words=["9", "premises", ",", "closure", "orders"],
        heads=[1, 1, 1, 4, 1],
        deps=["nummod", "ROOT", "punct", "compound", "appos"],
        pos=["NUM", "NOUN", "PUNCT", "NOUN", "NOUN"],
    )
    assert [t.text for t in phrase(apart[1], {0})[0]] == ["premises"]


def test_a_rate_with_no_noun_of_its_own_is_of_its_count():
    # its count and base stated beside it: "83 per FTE" is the cases' rate, not the
    # domestic abuse service's incidents
    text = (
        "The domestic abuse service employed 9 FTE IDVAs, who took on 747 high-risk cases "
        "over the year, 83 per FTE."
    )
    codes = {f.text: f.meaning["metric"].code for f in figures_of(text) if f.measure}
    assert not codes["747"].startswith("domestic_abuse_incidents")
    assert codes["83"] == codes["747"] + "_per_fte"


def test_a_total_parsed_as_a_second_subject_keeps_its_own_noun():
    # the parser makes "126 sanctions in all" a subject of "logged" beside the shops
    text = (
        "The town centre scheme served 96 banning notices and 30 written warnings, 126 "
        "sanctions in all, and its 88 member shops logged 1,940 thefts on the radio link."
    )
    codes = {f.text: f.meaning["metric"].code for f in figures_of(text) if f.measure}
    assert "sanction" in codes["126"]
    assert codes["88"] == "scheme_members"


def test_places_a_service_provides_are_counted_however_capitalised():
    # "Reporting Centres" as a proper name is still centres the money set up, not the hate
    # crime they serve
    text = "Fund the Hate Crime Support Service and maintain 11 Third Party Reporting Centres."
    (figure,) = [f for f in figures_of(text) if f.measure]
    assert "centre" in figure.meaning["metric"].code
    assert not figure.meaning["metric"].catalogued


def test_a_time_shorter_than_another_is_a_fall():
    # "shorter than" a time, as "quicker than", says how far the time fell
    (change,) = [
        f
        for f in figures_of(
            "The average wait for first contact fell to 3.1 days, 1.4 days shorter than the "
            "4.5 days of 2022/23."
        )
        if f.text == "1.4"
    ]
    assert (change.role, change.direction, change.unit) == ("change", "decrease", "days")


def test_numbers_opening_items_after_a_colon_or_semicolon_are_list_numbers():
    # "1)" or "1." opening an item after ":" or ";", its neighbour numbered alike, names
    # the item; the count inside an item is still a measure
    text = (
        "Year two plan: 1) 4 youth clubs kept open; 2) mentoring for 30 pupils; "
        "3) a parents' evening in each school."
    )
    measures = [f.text for f in figures_of(text) if f.measure]
    assert measures == ["4", "30"]
    text = "The board agreed its aims: 1. Safer town centres; 2. Fewer repeat victims."
    assert [f.text for f in figures_of(text) if f.measure] == []


def test_a_bare_count_after_and_leaves_out_the_noun_of_the_list_s_first_count():
    # "and 951 for alcohol" leaves out what "1,806 adults ... in treatment" counts, past
    # the bare "402 for cocaine" between them
    text = "1,806 adults were in treatment for opiates, 402 for cocaine and 951 for alcohol."
    codes = {f.text: f.meaning["metric"].code for f in figures_of(text) if f.measure}
    assert codes["1,806"] == codes["951"] == "drug_alcohol_treatment"


def test_items_in_a_with_aside_are_not_the_topic_of_the_figures_before_it():
    text = (
        "Officers reported that crime in Bury had gone up by 4.1% (from 9,310 to 9,692"
        " offences), with shoplifting up 31% and residential burglary down 6%."
    )
    assert [code for _, code, *_ in meanings_of(text)] == [
        "recorded_crime_change_percent",
        "recorded_crime",
        "recorded_crime",
        "shoplifting_change_percent",
        "burglary_change_percent",
    ]


def test_lines_labelled_by_offence_under_a_heading_naming_an_action_count_that_action():
    text = "Arrests made by the team, 2023/24:\n• Burglary: 44\n• Robbery: 19\n• Drug supply: 31"
    assert [code for _, code, *_ in meanings_of(text)] == ["arrests"] * 3
    text = "Penalty notices issued, 2021/22:\n• Littering: 910\n• Fly-tipping: 212"
    assert [code for _, code, *_ in meanings_of(text)] == ["environmental_enforcement"] * 2


def test_this_in_the_next_sentence_stands_for_the_count_not_its_rates_population():
    text = (
        "The service recorded 31 first time entrants, a rate of 270 per 100,000 children"
        " (population 11,480). This was down from 45 the year before."
    )
    assert [code for _, code, *_ in meanings_of(text)][3] == "first_time_entrants"


def test_a_phrase_the_parser_hangs_on_the_verb_still_names_what_is_counted():
    text = "Sefton had 1,020 admissions to hospital for alcohol-specific conditions last year."
    assert [code for _, code, *_ in meanings_of(text)] == ["alcohol_hospital_admissions"]


def test_a_line_totalling_all_the_kinds_listed_counts_what_the_heading_names():
    text = (
        "Hate incidents reported to the council, 2023/24:\n• Race: 240\n• Disability: 51\n"
        "• Religion: 33\n• All categories: 324"
    )
    assert [code for _, code, *_ in meanings_of(text)] == ["hate_crime"] * 4


def test_counties_and_police_force_areas_are_places_not_what_is_counted():
    # a scorecard of force areas under a rate's heading: each line is a place's rate
    text = (
        "Violence with injury per 1,000 population, 2022/23\nBolton: 11.2\n"
        "Lancashire: 9.6\nWest Mercia: 7.3\nGreater Manchester: 10.4"
    )
    assert {code for _, code, *_ in meanings_of(text)} == {"violent_crime"}
    # ... the place a figure is "in", not one inside an organisation's name
    text = "Norfolk Trading Standards fitted 310 call blockers, 95 of them in Thames Valley."
    sentences, _ = read_text([text], Area("Bolton", "district"), financial_year(2022))
    areas = [f.meaning["areas"][0].name for s in sentences for f in s if f.measure]
    assert areas == ["Bolton", "Thames Valley"]


def test_a_rank_among_a_places_districts_is_not_that_places_figure():
    text = (
        "Bolton recorded 1,040 burglaries among 121,000 households, a rate of 8.6 per 1,000 "
        "and the highest of any district in England, where the average is 7.1."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    areas = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert areas["8.6"] == "Bolton"
    assert [(c.kind, c.stated.text) for c in claims] == [("rate", "8.6")]


def test_a_change_after_a_places_part_is_that_parts():
    text = (
        "Lancashire made 388 referrals to the National Referral Mechanism, 57 of them from "
        "Bolton, 12 more than the 45 the year before."
    )
    sentences, claims = read_text([text], Area("Bolton", "district"), financial_year(2022))
    areas = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert (areas["388"], areas["57"], areas["12"]) == ("Lancashire", "Bolton", "Bolton")
    assert [(c.stated.text, [f.text for _, f in c.terms]) for c in claims] == [("12", ["45", "57"])]


def test_a_place_a_clause_opens_on_is_where_its_figure_is():
    text = (
        "Wigan recorded 64 people killed or seriously injured in 2023, down 15.8% on 76. "
        "Across Lancashire the fall was 9.2%. Wigan had the 2nd lowest rate in the North West at "
        "41 per 100,000."
    )
    sentences, _ = read_text([text], Area("Wigan", "district"), financial_year(2023))
    areas = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert (areas["15.8"], areas["9.2"], areas["41"]) == ("Wigan", "Lancashire", "Wigan")
    # ... and a level and its change after "in" a place are both that place's
    text = "The cost of rural theft in Cumbria was £412,000 in 2022, up 8.4% from £380,000."
    sentences, claims = read_text([text], Area("Eden", "district"), financial_year(2022))
    areas = {f.text: f.meaning["areas"][0].name for s in sentences for f in s if f.measure}
    assert set(areas.values()) == {"Cumbria"}
    assert [(c.stated.text, [f.text for _, f in c.terms]) for c in claims] == [
        ("8.4", ["£380,000", "£412,000"])
    ]


def test_an_average_over_years_written_short_is_an_average():
    text = (
        "Bolton saw 71 people killed or seriously injured, 9 fewer than the 2017-21 average of 80."
    )
    qualifiers = [(f.text, f.qualifier) for f in figures_of(text) if f.measure]
    assert qualifiers == [("71", "exact"), ("9", "exact"), ("80", "average")]


def test_a_line_wrapped_after_a_comparison_word_runs_on():
    # Word wraps the line after "above"; the places' figures on the next are the rate's
    text = (
        "Bolton recorded 5,120 domestic abuse incidents, 17.4 per 1,000 population, above\n"
        "South Yorkshire (15.2) and England and Wales (14.9).\nEngagement: 75% or above\n"
        "Cases closed: 410"
    )
    units = [(f.text, f.unit) for f in figures_of(text) if f.measure]
    assert units == [
        ("5,120", "count"),
        ("17.4", "per_1000_population"),
        ("15.2", "per_1000_population"),
        ("14.9", "per_1000_population"),
        ("75", "percent"),
        ("410", "count"),
    ]


def test_a_force_areas_bracketed_figure_is_in_the_rate_it_is_set_against():
    text = (
        "Bolton's rate of 16.3 per 100,000 population was below the Greater Manchester force "
        "area (19.4) but above England (10.2)."
    )
    units = [(f.text, f.unit) for f in figures_of(text) if f.measure]
    assert units == [
        ("16.3", "per_100000_population"),
        ("19.4", "per_100000_population"),
        ("10.2", "per_100000_population"),
    ]


def test_the_noun_uses_is_the_lemma_use_not_us():
    doc = parse(["The team made 140 uses of its new powers."])[0]
    assert [t.lemma_ for t in doc if t.lower_ == "uses"] == ["use"]
    assert "us" not in figures_of("The team made 140 uses of its new powers.")[0].meaning[
        "metric"
    ].code.split("_")


def test_a_part_that_is_its_verbs_subject_is_not_named_by_a_later_clause():
    # the parser hangs "58 went on to start treatment" on the later clause's verb
    text = (
        "The outreach workers engaged 212 people. Of those, 58 went on to start treatment, "
        "six fewer than the 64 targeted, and 140 naloxone kits were handed out."
    )
    part = next(f for f in figures_of(text) if f.text == "58")
    assert part.meaning["metric"].code == "drug_alcohol_treatment"


def test_respondents_to_a_survey_are_its_respondents():
    text = (
        "In the 2024 residents' survey, 68% said they felt safe after dark. The survey had "
        "1,240 respondents."
    )
    assert meanings_of(text) == [
        ("68", "feel_safe", "level", None),
        ("1,240", "survey_respondents", "level", None),
    ]


def test_a_per_cent_in_brackets_after_a_level_of_a_year_restates_the_change_before_it():
    text = (
        "41 children entered the youth justice system for the first time, 11 fewer than the "
        "52 in 2021/22 (21.2%)."
    )
    share = next(f for f in figures_of(text) if f.text == "21.2")
    assert (share.role, share.direction) == ("percent_change", "decrease")


def test_a_part_of_them_that_went_on_to_do_something_counts_those_who_did_it():
    text = (
        "Liaison workers assessed 1,120 people in custody; 286 of them went on to start treatment."
    )
    codes = {f.text: f.meaning["metric"].code for f in figures_of(text)}
    assert codes["286"] == "drug_alcohol_treatment"
