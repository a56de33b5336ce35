"""RSS 2.0 and Atom feeds of the site's listings (news, publications), one per language.

A content app builds a Channel of Entries for the request (its listing, filtered as its index
page filters it) and subclasses ChannelFeed with that function, and that subclass again with
Atom1Feed as feed_type. ChannelFeed only turns a Channel into Django's syndication calls, so
every feed of the site reads the same way.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.timezone import get_default_timezone
from django.utils.translation import get_language

from core.languages import html_language_tag


@dataclass
class Entry:
    title: str
    link: str
    description: str
    published: datetime.datetime
    updated: datetime.datetime | None
    categories: list[str]
    enclosures: list[Enclosure]
    # Who wrote the entry, as one name ("KEC, SBASHK"); None for the network's own entries.
    author: str | None = None


@dataclass
class Channel:
    title: str
    description: str
    link: str
    entries: list[Entry]


def start_of_day(day):
    """A calendar day as feeds want a date: its midnight in the network's own time zone."""
    return datetime.datetime.combine(day, datetime.time.min, get_default_timezone())


class ChannelFeed(Feed):
    """A feed of the Channel that `channel(request, *args)` builds (in subclasses).

    Everything a feed shows is worked out per request in get_object: one Feed instance serves
    every request, so it must keep no state of its own between them.
    """

    feed_type = Rss201rev2Feed
    item_guid_is_permalink = True

    @staticmethod
    def channel(request, *args, **kwargs):
        raise NotImplementedError

    @property
    def language(self):
        return html_language_tag(get_language())

    def get_object(self, request, *args, **kwargs):
        return self.channel(request, *args, **kwargs)

    def title(self, channel):
        return channel.title

    def description(self, channel):
        return channel.description

    def subtitle(self, channel):
        # The description, where Atom writes it (RSS writes no subtitle).
        return channel.description

    def link(self, channel):
        return channel.link

    def items(self, channel):
        return channel.entries

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_description(self, entry):
        return entry.description

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_author_name(self, entry):
        return entry.author

    def item_enclosures(self, entry):
        return entry.enclosures
