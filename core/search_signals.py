"""Signals for text that pages offer to search but that is kept outside their own rows.

The site search rebuilds a page's search document whenever the page's row is saved
(search/indexing.py). Some of a page's searched text lives elsewhere and changes on its own
schedule: a publication's file text is read by a background task after the upload, and the pages
using the file are not saved then. The content app that knows this may not import the search
app (DESIGN.md, "Layout": site-wide features depend on content apps, never the reverse), and
saving those pages again only to have them indexed would write their live rows from stale copies.
So the content app sends this signal from core, which both depend on, and the search app
listens.
"""

from django.dispatch import Signal

# Sent with `pages`: a queryset of pages whose searched text changed without their rows saved.
page_text_changed = Signal()
