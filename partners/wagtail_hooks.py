from wagtail import hooks

from partners.models import PartnerPage


@hooks.register("page_shown_on_every_page")
def partner_pages(page):
    """The footer of every page lists the members and the funders, and a partner's kind can
    change in the very edit being published: any partner's change purges the whole site, which
    partners' few and rare edits afford."""
    return page.specific_class is PartnerPage
