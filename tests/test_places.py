"""Areas named in a sentence: listed places by name or alias, wards by their own words."""

from transform.places import areas_in


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
