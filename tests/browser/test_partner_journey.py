"""A partner posts a highlight from the dashboard, in a real browser, and the admin screens they
use on the way throw no JavaScript error."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.admin import log_in

# The admin address of the partner's own page, in the demo site's database.
PARTNER_PAGE_SCRIPT = """
import json
from partners.models import PartnerPage

kec = PartnerPage.objects.get(acronym="KEC", locale__language_code="sq")
print(json.dumps({"kec": kec.pk}))
"""


def photo_png():
    image = io.BytesIO()
    Image.new("RGB", (160, 100), (42, 157, 143)).save(image, "PNG")
    return image.getvalue()


@pytest.fixture
def partner(new_context):
    """The demo partner signed in to the admin (in English), and the errors its pages throw."""
    errors = []
    return log_in(new_context, "partner.kec", errors), errors


def test_partner_posts_a_highlight_from_the_dashboard_without_a_script_error(partner, site):
    page, errors = partner
    title = "Mësuesit ndanë përvojat e tyre"

    panel = page.get_by_role("region", name="Post a highlight")
    expect(panel).to_be_visible()
    event_link = panel.get_by_role("listitem").get_by_role("link").first
    event_id = re.search(r"/(\d+)/$", event_link.get_attribute("href")).group(1)

    page.goto(f"/admin/pages/{event_id}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.go_back()

    event_link.click()
    form = page.get_by_role("tabpanel", name="Content")
    expect(form.get_by_role("textbox", name="Date")).not_to_have_value("")
    # Typed key by key: the title's scripts listen to every key.
    form.get_by_role("textbox", name="Title").press_sequentially(title)
    form.get_by_role("textbox", name="Summary").fill("Dyzet mësues treguan çfarë provuan në klasë.")
    form.get_by_role("region", name="Photos").get_by_role("button", name="Add photo").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("File").set_input_files(
        files=[{"name": "mesuesit.png", "mimeType": "image/png", "buffer": photo_png()}]
    )
    chooser.get_by_role("textbox", name="Title").fill("Mësuesit në punëtori")
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    expect(form.get_by_role("region", name="Photo 1")).to_be_visible()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile(r"^Submit (for moderation|to )")).click()
    expect(
        page.get_by_text(re.compile(rf"Page '{title}' .*submitted for moderation"))
    ).to_be_visible()

    page.goto("/admin/")
    mine = (
        page.get_by_role("region", name="Post a highlight")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("link", name=title))
    )
    expect(mine).to_contain_text("In review")

    own_page = site.shell(PARTNER_PAGE_SCRIPT)["kec"]
    page.goto(f"/admin/pages/{own_page}/edit/")
    expect(page.get_by_role("tabpanel", name="Content")).to_be_visible()

    assert errors == []
