"""Partners add their publications to the library, with the file from their own collection, and
Communications approve them; until then neither the page nor its file reaches anybody else.

Everything is done over HTTP with the roles that setup_roles makes. KEC's unpublished
publication carries a marker in its title and in its file's bytes: no response to the public
or to SBASHK's people may contain it, until Communications approve the publication.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html
from wagtail.users.models import UserProfile

from editorial.roles import COMMUNICATIONS, REVIEW_TASK, TRANSLATORS
from publications.models import PublicationKind, PublicationPage

from . import factories
from .pdf_files import pdf_saying
from .utils import queries_for

pytestmark = pytest.mark.django_db

# Lower case, so that it survives into the draft's slug too.
MARKER = "kec-botim-sekret-93b1"
Document = get_document_model()


@pytest.fixture
def people(make_user, tree):
    kec_user, kec = make_user("Partner: KEC", username="kec-partner")
    _sbashk_user, sbashk = make_user("Partner: SBASHK", username="sbashk-partner")
    _approver, communications = make_user(COMMUNICATIONS, username="communications")
    return {
        "kec_user": kec_user,
        "kec": kec,
        "sbashk": sbashk,
        "communications": communications,
        "index": tree("publication_index"),
    }


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def upload(client, title, data, filename="studim.pdf"):
    """The partner uploads a file on the admin's document page; it lands in their collection."""
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(filename, data, "application/pdf")},
    )
    assert response.status_code == 302, body_of(response)
    return Document.objects.get(title=title)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["publications", "publicationpage", index.pk])


def publication_form(title, document, authors, action="action-submit", cover=None, about=()):
    data = nested_form_data(
        {
            "title": title,
            # What the editor's script makes of the title.
            "slug": title.lower().replace(" ", "-"),
            "kind": PublicationKind.STUDY,
            "date": "2025-03-14",
            "summary": "Si mbahen nxënësit në shkollë.",
            "document": document.pk,
            "cover": cover.pk if cover else "",
            "authors": inline_formset([{"partner": partner.pk} for partner in authors]),
            "related_pages": inline_formset([{"related_page": page.pk} for page in about]),
        }
    )
    if action:
        data[action] = "1"
    return data


def add_publication(client, index, title, document, authors, action="action-submit", about=()):
    data = publication_form(title, document, authors, action, about=about)
    response = client.post(add_url(index), data)
    assert response.status_code == 302, response.context["form"].errors
    return PublicationPage.objects.get(title=title, locale__language_code="sq")


def approve(client, page, comment="", action="approve"):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    assert client.post(url, {"comment": comment}).status_code in (200, 302)
    page.refresh_from_db()


def public_views(tree, publication, document):
    """Every public address where the publication or its file could show, in each language."""
    views = [publication.url, document.url, reverse("sitemap_index")]
    for language in ("sq", "sr-latn", "en"):
        views += [
            tree(name, language).url
            for name in ("home", "publication_index", "kec", "project", "past_event")
        ]
        with translation.override(language):
            views += [
                # Words of the title and of the file: the query itself is shown on the page.
                reverse("search") + "?q=Studim",
                reverse("search") + "?q=Faqja",
                reverse("publications_rss"),
                reverse("publications_atom"),
                reverse("sitemap_language", args=[language]),
            ]
    return views


def admin_views(index, publication):
    """What another partner's people could try in the admin to read or reach the publication."""
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[index.pk]),
        reverse("wagtailadmin_explore_results", args=[index.pk]),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[index.pk]),
        # Words of the titles: the query itself is shown on the page.
        reverse("wagtailadmin_choose_page_search") + "?q=Studim",
        reverse("wagtailadmin_pages:search") + "?q=Studim",
        reverse("wagtailadmin_api:pages:listing") + f"?child_of={index.pk}&for_explorer=1",
        reverse("wagtailadmin_api:pages:detail", args=[publication.pk]),
        reverse("wagtailadmin_pages:edit", args=[publication.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[publication.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[publication.pk]),
        reverse("wagtailadmin_pages:history", args=[publication.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[publication.pk]),
        reverse("wagtaildocs:index") + "?q=Studimi",
        reverse("wagtaildocs:index_results"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=Studimi",
        reverse("wagtaildocs_chooser:chosen", args=[publication.document_id]),
        reverse("wagtaildocs:edit", args=[publication.document_id]),
        reverse("wagtailadmin_api:documents:detail", args=[publication.document_id]),
    ]


def responses_showing_the_marker(client, urls):
    """The addresses among `urls` whose response shows the marker; each must answer, with the
    page or a refusal, never an error."""
    showing = []
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
        if MARKER in body_of(response):
            showing.append(url)
    return showing


def test_partner_submits_a_publication_that_stays_private_until_communications_approve_it(
    client, people, tree, django_capture_on_commit_callbacks
):
    kec = people["kec"]
    # What waits for the end of a transaction (search indexing, reading the file) runs too.
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(kec, f"Studimi {MARKER}", pdf_saying(f"Faqja e pare {MARKER}"))
        publication = add_publication(
            kec,
            people["index"],
            f"Studim {MARKER}",
            document,
            [tree("kec")],
            about=[tree("project")],
        )

    assert document.collection == tree("kec").access.document_collection

    assert not publication.live
    assert publication.owner == people["kec_user"]
    assert [author.partner for author in publication.authors.all()] == [tree("kec")]
    assert publication.current_workflow_task_state.task.name == REVIEW_TASK
    editor = body_of(kec.get(reverse("wagtailadmin_pages:edit", args=[publication.pk])))
    assert MARKER in editor and 'name="action-publish"' not in editor
    # The partner reads their own file.
    assert MARKER in body_of(kec.get(document.url))

    hidden = public_views(tree, publication, document)
    assert client.get(publication.url).status_code == 404
    assert client.get(document.url).status_code == 404
    assert [client.get(url).status_code for url in hidden[2:]] == [200] * len(hidden[2:])
    assert responses_showing_the_marker(client, hidden) == []
    assert responses_showing_the_marker(people["sbashk"], hidden) == []
    assert (
        responses_showing_the_marker(people["sbashk"], admin_views(people["index"], publication))
        == []
    )

    with django_capture_on_commit_callbacks(execute=True):
        approve(people["communications"], publication, "Faleminderit!")

    assert publication.live
    page = client.get(publication.url)
    assert page.status_code == 200 and f"Studim {MARKER}" in body_of(page)
    assert MARKER in body_of(client.get(document.url))
    for name in ("publication_index", "kec", "project"):
        assert f"Studim {MARKER}" in body_of(client.get(tree(name).url)), name
    # The search finds it by a word of its title, and by one that only its file holds.
    for word in ("Studim", "Faqja"):
        assert MARKER in body_of(client.get(reverse("search"), {"q": word})), word
    explorer = people["sbashk"].get(reverse("wagtailadmin_explore", args=[people["index"].pk]))
    assert f"Studim {MARKER}" in body_of(explorer)


def test_partner_cannot_publish_their_publication_themselves(client, people, tree):
    document = factories.DocumentFactory(collection=tree("kec").access.document_collection)

    publication = add_publication(
        people["kec"],
        people["index"],
        "Plani i veprimit",
        document,
        [tree("kec")],
        "action-publish",
    )

    assert not publication.live
    assert client.get(publication.url).status_code == 404
    for action in ("publish", "unpublish"):
        url = reverse("wagtailadmin_api:pages:action", args=[publication.pk, action])
        assert people["kec"].post(url, content_type="application/json").status_code == 403
    publication.refresh_from_db()
    assert not publication.live


def test_a_new_publication_starts_with_the_partners_organisation_among_its_authors(people, tree):
    def first_author(client):
        form = client.get(add_url(people["index"])).context["form"]
        return form.formsets["authors"].forms[0]["partner"].value()

    assert first_author(people["kec"]) == tree("kec").pk
    assert first_author(people["communications"]) is None


def test_partners_form_leaves_the_address_and_schedule_to_communications(people, tree):
    def inputs(client):
        form_html = body_of(client.get(add_url(people["index"])))
        return set(re.findall(r'<(?:input|textarea|select)[^>]*name="([^"]+)"', form_html))

    communications_only = {"slug", "seo_title", "search_description", "go_live_at", "expire_at"}
    assert not communications_only & inputs(people["kec"])
    assert communications_only <= inputs(people["communications"])
    assert {"title", "kind", "date", "summary", "document", "cover"} <= inputs(people["kec"])


def test_partner_names_their_own_organisation_among_the_authors(people, tree):
    client = people["kec"]
    document = factories.DocumentFactory(collection=tree("kec").access.document_collection)

    refused = client.post(
        add_url(people["index"]),
        publication_form("Në emër të SBASHK", document, [tree("sbashk")]),
    )
    written_together = add_publication(
        client, people["index"], "Studim i përbashkët", document, [tree("sbashk"), tree("kec")]
    )

    assert refused.status_code == 200
    (error,) = refused.context["form"].non_field_errors().as_data()
    assert error.code == "own_organisation_not_an_author"
    assert not PublicationPage.objects.filter(title="Në emër të SBASHK").exists()
    assert [author.partner for author in written_together.authors.all()] == [
        tree("sbashk"),
        tree("kec"),
    ]


def test_communications_credit_any_organisation(people, tree):
    document = factories.DocumentFactory()

    publication = add_publication(
        people["communications"],
        people["index"],
        "Raport i SBASHK",
        document,
        [tree("sbashk")],
        "action-publish",
    )

    assert publication.live
    assert [author.partner for author in publication.authors.all()] == [tree("sbashk")]


@pytest.mark.parametrize("theirs", ["document", "cover"])
def test_partner_cannot_attach_another_partners_file_or_picture(people, tree, theirs):
    sbashk = tree("sbashk").access
    own_document = factories.DocumentFactory(collection=tree("kec").access.document_collection)
    their_document = factories.DocumentFactory(
        title=f"Raport i SBASHK {MARKER}", collection=sbashk.document_collection
    )
    their_picture = factories.ImageFactory(
        title=f"Kopertina e SBASHK {MARKER}",
        collection=sbashk.image_collection,
        file__width=120,
        file__height=70,
    )
    data = publication_form(
        "Me skedarin e SBASHK",
        their_document if theirs == "document" else own_document,
        [tree("kec")],
        cover=their_picture if theirs == "cover" else None,
    )

    response = people["kec"].post(add_url(people["index"]), data)

    assert response.status_code == 200
    (error,) = response.context["form"].non_field_errors().as_data()
    assert error.code == "not_choosable"
    assert MARKER not in body_of(response)
    assert not PublicationPage.objects.filter(title="Me skedarin e SBASHK").exists()


def test_a_rejected_publication_comes_back_with_the_comment_and_stays_private(client, people, tree):
    document = factories.DocumentFactory(
        collection=tree("kec").access.document_collection, file__data=MARKER.encode()
    )
    publication = add_publication(
        people["kec"], people["index"], f"Protokoll {MARKER}", document, [tree("kec")]
    )

    approve(people["communications"], publication, "Shtoni vitin e studimit.", action="reject")

    assert not publication.live
    assert publication.current_workflow_state.status == "needs_changes"
    editor = people["kec"].get(reverse("wagtailadmin_pages:edit", args=[publication.pk]))
    assert "Shtoni vitin e studimit." in body_of(editor)
    for url in (publication.url, document.url, tree("publication_index").url):
        assert MARKER not in body_of(client.get(url)), url


def test_a_new_file_for_a_live_publication_stays_private_until_the_change_is_approved(
    client, people, tree, django_capture_on_commit_callbacks
):
    kec = people["kec"]
    first_edition = factories.DocumentFactory(
        collection=tree("kec").access.document_collection, file__data=b"Botimi i pare"
    )
    publication = add_publication(
        kec, people["index"], "Udhëzues për mësuesit", first_edition, [tree("kec")]
    )
    with django_capture_on_commit_callbacks(execute=True):
        approve(people["communications"], publication)
    with django_capture_on_commit_callbacks(execute=True):
        second_edition = upload(kec, "Botimi i dytë", pdf_saying(MARKER), "botimi-dyte.pdf")
        data = querydict_from_html(
            body_of(kec.get(reverse("wagtailadmin_pages:edit", args=[publication.pk]))),
            form_id="page-edit-form",
        )
        data["document"] = str(second_edition.pk)
        data["action-submit"] = "1"
        response = kec.post(reverse("wagtailadmin_pages:edit", args=[publication.pk]), data)
    assert response.status_code == 302

    # The live publication still offers its first edition; the second is nobody else's yet.
    assert client.get(first_edition.url).status_code == 200
    assert client.get(second_edition.url).status_code == 404
    assert people["sbashk"].get(second_edition.url).status_code == 404
    page = body_of(client.get(publication.url))
    assert first_edition.url in page and second_edition.url not in page

    publication.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        approve(people["communications"], publication)

    assert MARKER in body_of(client.get(second_edition.url))
    assert second_edition.url in body_of(client.get(publication.url))


def test_translators_translate_publications_as_any_other_page_and_not_partners_drafts(
    people, tree, make_user
):
    _translator, translator = make_user(TRANSLATORS)
    draft = add_publication(
        people["kec"],
        people["index"],
        f"Material trajnimi {MARKER}",
        factories.DocumentFactory(collection=tree("kec").access.document_collection),
        [tree("kec")],
    )

    english = translator.get(
        reverse("wagtailadmin_pages:edit", args=[tree("publication", "en").pk])
    )
    assert english.status_code == 200
    assert 'name="action-publish"' not in body_of(english)
    for source in (draft, tree("publication")):
        refused = translator.get(reverse("wagtailadmin_pages:edit", args=[source.pk]))
        assert refused.status_code == 403
        assert MARKER not in body_of(refused)


def test_dashboard_offers_the_library_and_follows_the_partners_publications(people, tree):
    UserProfile.objects.update_or_create(
        user=people["kec_user"], defaults={"preferred_language": "en"}
    )
    document = factories.DocumentFactory(collection=tree("kec").access.document_collection)
    publication = add_publication(
        people["kec"], people["index"], f"Buletini {MARKER}", document, [tree("kec")]
    )

    own = body_of(people["kec"].get(reverse("wagtailadmin_home")))
    other = body_of(people["sbashk"].get(reverse("wagtailadmin_home")))

    panel = own[own.index('id="add-a-publication') :]
    assert f'href="{add_url(people["index"])}"' in panel
    edit = reverse("wagtailadmin_pages:edit", args=[publication.pk])
    assert f'<a href="{edit}">Buletini {MARKER}</a>' in panel
    assert "In review" in panel[panel.index(edit) :]
    assert add_url(people["index"]) in other and MARKER not in other


def test_the_dashboard_costs_the_same_queries_however_many_publications(people, tree):
    client = people["kec"]
    collection = tree("kec").access.document_collection

    def add(title):
        document = factories.DocumentFactory(collection=collection)
        add_publication(client, people["index"], title, document, [tree("kec")])

    add("Publikimi 0")
    few = queries_for(client, reverse("wagtailadmin_home"))
    for number in range(1, 6):
        add(f"Publikimi {number}")
    many = queries_for(client, reverse("wagtailadmin_home"))

    assert many == few
