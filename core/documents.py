"""Document downloads: Wagtail's view, with one header of its answer corrected."""

from wagtail.documents.views import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, without the Content-Encoding its file sending adds.

    For a file on the local disk, Wagtail's view answers through wagtail.utils.sendfile, which
    sets Content-Encoding to the encoding that Python's mimetypes guesses from the file name.
    For every document format that guess is None, which Django writes as the text "None": an
    encoding no client knows, and proxies refuse the answer. A guessed encoding would be wrong
    anyway (a ".gz" report is a gzip file to keep, not one to unpack on arrival), which is why
    Django's own FileResponse never sets it. Wagtail has no setting for this, and a
    SENDFILE_BACKEND cannot help, as the header is set after the backend has answered; so the
    header is taken off here, the one place documents are sent from.
    """
    response = serve.serve(request, document_id, document_filename)
    response.headers.pop("Content-Encoding", None)
    return response
