"""A partner's document is public once a live page links it, and private until then.

Downloads are requested over HTTP by the public, by another partner's user, by the partner's
own user and by Communications; the document's contents carry a marker that only the allowed
ones may receive.
"""

import pytest

from editorial.roles import COMMUNICATIONS

from . import factories

pytestmark = pytest.mark.django_db

MARKER = b"sbashk-dokument-sekret-51c2"


def contents(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def sbashk_document(tree):
    return factories.DocumentFactory(
        title="Raport i SBASHK",
        collection=tree("sbashk").access.document_collection,
        file__data=b"Raport " + MARKER,
    )


def link_from_highlight(tree, document, publish):
    highlight = factories.EventHighlightPageFactory.build(
        title="Paneli me raportin",
        posted_by=tree("sbashk"),
        live=False,
        body=[{"type": "document", "value": {"document": document.pk, "label": ""}}],
    )
    tree("past_event").add_child(instance=highlight)
    revision = highlight.save_revision()
    if publish:
        revision.publish()
    return highlight


def test_an_unused_partner_document_is_found_only_by_its_partner_and_communications(
    client, make_user, sbashk_document
):
    _, kec = make_user("Partner: KEC")
    _, sbashk = make_user("Partner: SBASHK")
    _, communications = make_user(COMMUNICATIONS)

    for refused in (client, kec):
        response = refused.get(sbashk_document.url)
        assert response.status_code == 404
        assert MARKER not in contents(response)
    for allowed in (sbashk, communications):
        response = allowed.get(sbashk_document.url)
        assert response.status_code == 200
        assert MARKER in contents(response)


def test_a_draft_that_links_the_document_does_not_make_it_public(client, tree, sbashk_document):
    link_from_highlight(tree, sbashk_document, publish=False)

    response = client.get(sbashk_document.url)

    assert response.status_code == 404
    assert MARKER not in contents(response)


def test_the_document_is_public_once_a_live_page_links_it(client, tree, sbashk_document):
    link_from_highlight(tree, sbashk_document, publish=True)

    response = client.get(sbashk_document.url)

    assert response.status_code == 200
    assert MARKER in contents(response)


def test_documents_outside_the_partners_collections_stay_public(client):
    document = factories.DocumentFactory(file__data=b"Raport publik " + MARKER)

    response = client.get(document.url)

    assert response.status_code == 200
    assert MARKER in contents(response)
