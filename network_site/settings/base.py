"""Settings shared by every environment; each value an operator may change comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Dependencies point one way: core ← content apps (home, partners, news, events) ← site-wide
# features (search, seo, editorial, translation_status) ← demo. tests/test_architecture.py keeps
# it so.
INSTALLED_APPS = [
    "core",
    "home",
    "partners",
    "news",
    "events",
    "search",
    "seo",
    "editorial",
    "translation_status",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguageTreesLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "editorial.boundary.AdminAllowListMiddleware",
    "core.exports.FormulaSafeCSVMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "seo.redirects.LanguageAwareRedirectMiddleware",
]

ROOT_URLCONF = "network_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "network_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before each request reuses it, so one that the database
        # dropped (a restart, a failover) is replaced rather than failing the request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two requests that write at once (an editor's save while another request indexes a page
    # for the site search) would otherwise fail at once with "database is locked": a deferred
    # transaction cannot take the write lock that another holds, and SQLite does not wait for it.
    # Taking the lock at the start of each transaction makes the second wait its turn.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Lowercase codes; "sr-latn" makes Django's own strings (month names, form errors)
# come out in Latin script. HTML lang/hreflang attributes write it as "sr-Latn" (see core.languages).
LANGUAGE_CODE = "sq"
LANGUAGES = [
    ("sq", "Shqip"),
    ("sr-latn", "Srpski"),
    ("en", "English"),
]
# Our own strings first, so that our wording wins where Wagtail has the same message; then the
# admin's Wagtail and wagtail-localize messages, which they ship in neither language (see
# core/admin_catalogues.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Belgrade"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Translations are made deliberately and start as drafts; Communications publish them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Slugs stay ASCII; core.slugs turns Albanian and Serbian letters into readable ASCII.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Uploads. Editors and partners upload; what they may upload is limited here, and core.uploads
# gives the refusals in the editor's language (Wagtail's own are not translated into ours).
# Pictures: raster formats only. SVG can carry scripts and is never needed for photos.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# 40 megapixels: more than the photos of almost any camera or phone. The limit is on pixels, not
# bytes, because a picture is decoded whole to make its renditions: an 11,000 x 11,000 PNG of
# 15 KB used to take 2 GB of memory to preview.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# 15 MB: a full-resolution photo straight from a camera or phone fits.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageForm"
# Documents: office and PDF formats only, so no HTML, script or program is ever served from the
# site's own address.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# 20 MB: reports and scanned PDFs fit; larger files belong on a file-sharing service.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"

WAGTAIL_SITE_NAME = "Rrjeti për Arsim Gjithëpërfshirës"
# The admin shows Wagtail's own avatar, not Gravatar's: no third-party request, and no hash of
# a partner's e-mail address sent to another company.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Where people reach the site and its admin. Links in e-mails start with it, and
# `manage.py configure_site` gives the default Site its host. Without the trailing slash, as
# Wagtail appends "/admin/…" to it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# The admin speaks the site's languages. Someone who chose none in their account settings reads
# the admin, and gets notification e-mails, in LANGUAGE_CODE (see editorial.notifications).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_PASSWORD_RESET_ENABLED = True
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Plain text only: the translatable wording of notifications is in our .txt templates
# (templates/wagtailadmin/notifications/); Wagtail's HTML versions would add its English one.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False

# Demo accounts, one per role, are made by load_demo_content only where this is on (dev).
DEMO_USERS = False

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

# Whole public pages, kept in the default cache and purged on every change (core/page_cache.py).
# Production turns it on; the test suite turns it on where a test is about it.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "off") == "on"
# How long an entry may live without a purge. Purges make a stale entry unreachable at once;
# this only bounds the memory that unreachable entries hold before they age out.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", 24 * 60 * 60))
# How long a CDN or proxy may keep a page without asking again. Zero (ask every time; the ETag
# makes that cheap) unless the operator has it purged on every change (CACHE_PURGE_URL).
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", 0))
# Addresses that list the whole site: every publish purges them all, whatever their parameters.
PAGE_CACHE_LISTING_PATHS = r"^/(sitemap|robots\.txt|[^/]+/(search|feeds|calendar)/)"
PAGE_CACHE_LISTING_URL_NAMES = ["search", "news_rss", "news_atom", "calendar_feed"]

# Purges go through Wagtail's frontend cache: to our page cache always, and to a caching proxy
# (Varnish, nginx) that accepts HTTP PURGE when CACHE_PURGE_URL names it.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "core.purging.PageCacheBackend"}}
if os.environ.get("CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["CACHE_PURGE_URL"],
    }
# Wagtail would also purge each address under every other language prefix: our translations
# have addresses of their own, which core.purging names itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


def require_secret_key():
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")


def require_admin_base_url():
    """Production names its own address: the default would send people to 127.0.0.1 by e-mail."""
    address = urlsplit(os.environ.get("WAGTAILADMIN_BASE_URL", ""))
    if address.scheme not in ("http", "https") or not address.hostname:
        raise ImproperlyConfigured(
            "Set WAGTAILADMIN_BASE_URL to the address where people reach the site and its admin, "
            "such as https://network.example.org: notification e-mails link to it."
        )


# Our own date formats where Django's differ from local usage (see network_site/formats/).
FORMAT_MODULE_PATH = ["network_site.formats"]
