"""Areas and periods named in a sentence: listed places by name or alias, wards by their own
words, financial and calendar years."""

from transform.measures import read_text
from transform.places import Area, areas_in, financial_year


def named(text: str) -> list[tuple[str, str, str]]:
    return [(text[start:end], area.name, area.type) for start, end, area in areas_in(text)]


def test_a_ward_that_opens_a_sentence_is_named_without_the_opening_word():
    assert named(
        "In Seacombe Ward, 12 tonnes were cleared; The Liscard and Egremont Ward too."
    ) == [
        ("Seacombe Ward", "Seacombe Ward", "ward"),
        ("Liscard and Egremont Ward", "Liscard and Egremont Ward", "ward"),
    ]


def test_an_alias_is_found_where_it_stands_and_gives_its_area():
    assert named("The rate was 24% across the UK and 26% in St. Helens.") == [
        ("UK", "United Kingdom", "country"),
        ("St. Helens", "St Helens", "district"),
    ]


def test_the_longest_name_wins():
    assert named("Crime in England and Wales rose; in England alone") == [
        ("England and Wales", "England and Wales", "country"),
        ("England", "England", "country"),
    ]


def test_a_region_is_named_as_a_proper_name_and_not_inside_a_longer_one():
    assert named(
        "Knife crime fell 6%, below the East of England fall of 9% and the London figure;"
        " the hub on London Road and the north west of the town saw most, as the North West"
        " Ambulance Service reported."
    ) == [
        ("East of England", "East of England", "region"),
        ("London", "London", "region"),
    ]


def periods_of(text: str) -> dict[str, str]:
    sentences, _ = read_text([text], Area("Lincoln", "district"), financial_year(2023))
    return {f.text: f.meaning["period"].label for s in sentences for f in s if f.measure}


def test_a_calendar_year_the_words_name_is_the_figures_period():
    assert periods_of(
        "There were 47 people killed or seriously injured in 2023, 9 fewer than the 56"
        " recorded in 2022, and 12 since 2019 by 2025."
    ) == {"47": "2023", "9": "2023/24", "56": "2022", "12": "2023/24"}
    # a calendar year's previous year is a calendar year
    assert periods_of("In 2022 we recorded 310 hate crimes, up from 280 the year before.") == {
        "310": "2022",
        "280": "2021",
    }


def test_so_many_years_earlier_is_that_many_years_before_the_sentences():
    assert periods_of(
        "Of residents asked, 58% felt safe after dark, down from 64% three years ago and"
        " 61% two years earlier."
    ) == {"58": "2023/24", "64": "2020/21", "61": "2021/22"}


def test_a_year_after_what_a_sentence_compares_with_is_not_the_sentences():
    assert periods_of(
        "Knife crime stood at 96 offences. That compares with 120 in 2021/22, and works out"
        " at 0.6 offences per 1,000 residents."
    ) == {"96": "2023/24", "120": "2021/22", "0.6": "2023/24"}
