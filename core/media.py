"""Pictures from the local media folder, in production as in development.

Public pages show pictures as Wagtail's renditions, files in MEDIA_ROOT/images/. Why a view of
our own: Django's static files view is for development only, and WhiteNoise serves only the
files it found when the process started, while renditions are made at any time. A front server
may serve the same folder instead (docs/deploy.md); with object storage the renditions'
addresses point at the bucket and this view finds nothing.

Only renditions are served. Uploaded originals (original_images/) are the uploader's untouched
files, with their camera's metadata (a phone's records where the photo was taken), at addresses
made of the uploader's file names; no page and no admin screen links them (the admin's
"original" is a rendition too). Documents are Wagtail's, at /documents/, which keeps a partner's
unpublished upload private.
"""

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import condition, require_safe

RENDITIONS_FOLDER = "images"
# The formats Wagtail writes renditions in for the formats that may be uploaded
# (WAGTAILIMAGES_EXTENSIONS); a file of any other kind in the folder is not served.
PICTURE_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}


def rendition_file(name):
    """The path of the rendition called `name`, or None for a name no rendition has.

    Wagtail keeps renditions side by side in one folder, so a name is one path segment (the URL
    pattern allows no "/"); a name starting with a dot is "..", "." or a hidden file.
    """
    path = Path(settings.MEDIA_ROOT, RENDITIONS_FOLDER, name)
    if name.startswith(".") or path.suffix.lower() not in PICTURE_TYPES:
        return None
    return path


def rendition_modified(request, name):
    path = rendition_file(name)
    try:
        modified = path.stat().st_mtime if path else None
    except (OSError, ValueError):  # missing, or a name no file can have (a NUL byte)
        return None
    return datetime.fromtimestamp(modified, tz=UTC) if modified else None


@require_safe
@condition(last_modified_func=rendition_modified)
def serve_rendition(request, name):
    """A rendition's file, with its type, Last-Modified (If-Modified-Since gives a 304) and a
    Cache-Control that lets browsers and CDNs keep it (settings.MEDIA_CACHE_CONTROL)."""
    path = rendition_file(name)
    if path is None:
        raise Http404
    try:
        file = path.open("rb")
    except (OSError, ValueError):  # missing, a folder, or a name no file can have
        raise Http404 from None
    response = FileResponse(file, content_type=PICTURE_TYPES[path.suffix.lower()])
    response["Cache-Control"] = settings.MEDIA_CACHE_CONTROL
    return response
