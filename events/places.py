"""Where an event takes place, in one line for readers and calendar programs.

Editors fill the venue and the city independently, and a venue often names its city already
("Schools and municipalities across Kosovo" in "Across Kosovo"): the line names it once.
"""

from core.slugs import readable_slugify


def place_line(venue, city):
    """The venue and the city, or only the one of them that already contains the other."""
    venue, city = venue.strip(), city.strip()
    if contains_words(venue, city):
        return venue
    if contains_words(city, venue):
        return city
    return ", ".join(part for part in (venue, city) if part)


def contains_words(text, part):
    """Whether `part` occurs in `text` as whole words, whatever their case and diacritics."""
    # Slugs are lowercase ASCII words joined by hyphens, with Serbian letters spelt out ("đ" as
    # "dj"), so comparing them ignores exactly what readers would not count as a difference.
    text, part = readable_slugify(text), readable_slugify(part)
    return bool(part) and f"-{part}-" in f"-{text}-"
