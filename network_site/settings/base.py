"""Settings shared by every environment; each value an operator may change comes from the environment."""

import os
from datetime import timedelta
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
# features (search, seo, editorial, translation_status, accounts, operations) ← demo.
# tests/test_architecture.py keeps it so.
INSTALLED_APPS = [
    "core",
    "home",
    "partners",
    "news",
    "events",
    "publications",
    "search",
    "seo",
    "editorial",
    "translation_status",
    "accounts",
    "operations",
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "operations.logs.RequestIdMiddleware",
    "operations.http.HeadWithoutBodyMiddleware",
    # /healthz answers before the host check, the HTTPS redirect and anything that may query
    # (operations/health.py).
    "operations.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "operations.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguageTreesLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before the admin's allow-list: someone who has not yet given their two-factor code is
    # sent to give it, whatever they asked for.
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "editorial.boundary.AdminAllowListMiddleware",
    "core.exports.FormulaSafeCSVMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "seo.redirects.LanguageAwareRedirectMiddleware",
    # Last, as axes asks: it turns a refused sign-in into the lock-out page, in the language
    # that the middleware above has chosen.
    "axes.middleware.AxesMiddleware",
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
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server fails a request (a 503 page) and the health check within seconds,
    # instead of holding every worker for the system's TCP timeout of a minute or more.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in lock-out (django-axes; accounts/lockout.py). axes' backend comes first: it refuses a
# locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failures are counted in the database, which every app server shares and which the admin's
# "Locked sign-ins" report reads; the cache handler would lose the counts with a Redis restart
# and, with Redis down, stop counting at all.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Five wrong passwords for one account, from anywhere, lock that account; five from one
# address, for any accounts, lock that address. Each for 15 minutes after the last failure.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=15)
# accounts.lockout forgets a successful sign-in's own failures, and only those.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_ip_address"
# How many reverse proxies of our own stand in front of the app servers (a load balancer,
# nginx): the client's address is taken from X-Forwarded-For only as far as they wrote it. With
# 0, REMOTE_ADDR; behind a proxy that must be set, or every visitor shares the proxy's address
# and one person's mistakes lock out everyone's sign-in.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# axes would otherwise keep every successful sign-in (address, browser) for ever; nothing
# reads that log.
AXES_DISABLE_ACCESS_LOG = True
# This site has no Django admin, where axes would list its records.
AXES_ENABLE_ADMIN = False

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
# Where `manage.py backup` writes its archives (operations/backup.py). Outside MEDIA_ROOT, so
# that no backup is ever served or backed up again.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# How long a browser or CDN may keep a picture without asking again (core/media.py, and the
# bucket's answers below). One day, not a year: Wagtail names a rendition after its original's
# file name, and a name freed by a deleted or replaced picture is given to the next upload of a
# file with that name, whose renditions then have the old addresses. After a day, asking again
# costs a 304.
MEDIA_CACHE_CONTROL = "public, max-age=86400"


def object_storage(environ):
    """The uploads' storage in an S3-compatible bucket, if `environ` names one.

    Several app servers each have a disk of their own: a picture uploaded through one must be
    seen by all, so uploads and renditions go to a bucket they share. Credentials come from
    AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or the machine's role, as boto3 finds them.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": environ.get("AWS_LOCATION", ""),
            # Objects get no ACL of their own: the bucket stays private, and its policy (or a
            # CDN's access to it) makes the renditions' images/ public and nothing else
            # (docs/deploy.md). Documents are read only through Wagtail's serve view, which keeps
            # a partner's unpublished upload private; original_images/ keep the uploader's
            # untouched file with its camera metadata, and no page links it.
            "default_acl": None,
            # Plain addresses: renditions' stay valid in cached pages, and a document's bucket
            # address, wherever it might show, grants nothing (a signed one would grant it).
            "querystring_auth": False,
            # Wagtail deletes a replaced picture's old file by name after saving the new one: an
            # upload of the same name must get a name of its own, as on a disk, not overwrite.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
        },
    }


if (UPLOADS_STORAGE := object_storage(os.environ)) is not None:
    STORAGES["default"] = UPLOADS_STORAGE


def uploads_origin(storage):
    """Where readers' browsers fetch pictures from when a bucket holds them, for the
    Content-Security-Policy: the CDN's domain, else the bucket's own address."""
    options = storage.get("OPTIONS", {})
    if storage["BACKEND"] != "storages.backends.s3.S3Storage":
        return ""
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    if options["endpoint_url"]:
        endpoint = urlsplit(options["endpoint_url"])
        return f"{endpoint.scheme}://{endpoint.netloc}"
    # django-storages names an AWS bucket by its virtual host, with the region when one is set.
    bucket, region = options["bucket_name"], options["region_name"]
    return (
        f"https://{bucket}.s3.{region}.amazonaws.com"
        if region
        else f"https://{bucket}.s3.amazonaws.com"
    )


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
# Documents are always sent by Wagtail's view, whatever the storage: with a bucket, Wagtail would
# otherwise redirect to the file's address there, past the check that keeps a partner's
# unpublished upload private (editorial.wagtail_hooks).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

WAGTAIL_SITE_NAME = "Rrjeti për Arsim Gjithëpërfshirës"
# The name that authenticator apps show beside the site's two-step sign-in codes.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
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
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        # Redis answers within a millisecond on the local network; one that does not answer in
        # half a second is away, and each page asks it a few times.
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
    # Sessions in the database, read through Redis: they survive Redis going away (reads fall
    # back to the database) and a Redis restart that empties it, and every app server sees
    # them. Redis alone would sign everyone out, and a database alone costs a query a request.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# A Redis outage makes the site slower, not gone: a failed read is a miss and a failed write is
# dropped, so pages come from the database (core/page_cache.py owes a purge of everything
# meanwhile). Each ignored error is logged, in one line (operations.outages.OneLineOutageFilter).
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

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
PAGE_CACHE_LISTING_URL_NAMES = [
    "search",
    "news_rss",
    "news_atom",
    "publications_rss",
    "publications_atom",
    "calendar_feed",
]

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

# Every page answers with a Content-Security-Policy (operations/security.py). Public pages run
# no inline script or style and load nothing from other sites but the embedded players named
# in EMBED_ORIGINS; JSON-LD is data, which the policy does not block. Embeds that need a
# script of their own site show their "Open on the original site" link only. MEDIA_ORIGINS:
# where pictures come from when they are not on this site (object storage, a CDN).
EMBED_ORIGINS = env_list(
    "EMBED_ORIGINS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
MEDIA_ORIGINS = env_list("MEDIA_ORIGINS", uploads_origin(STORAGES["default"]))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin writes inline scripts and styles into its pages, and shows page previews in a
# frame of its own: the admin's policy lets those run, still from this site only.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
        "frame-ancestors": ["'self'"],
    }
}
# Features no page of the site uses, turned off for every page and anything embedded in one.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "operations.logs.RequestIdFilter"},
        "outage_one_line": {"()": "operations.outages.OneLineOutageFilter"},
    },
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
        # Production's: one JSON object per line, which log collectors read without a parser.
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            # ISO 8601 in UTC, whatever the site's time zone.
            "timestamp": "time",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": os.environ.get("LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "network_site.requests": {"level": os.environ.get("REQUEST_LOG_LEVEL", "WARNING")},
        # While the database or Redis is away, one line per failure, not a traceback each.
        "django.request": {"filters": ["outage_one_line"]},
        "django_redis.cache": {"filters": ["outage_one_line"]},
    },
}


GENERATE_SECRET_KEY = 'python3 -c "import secrets; print(secrets.token_urlsafe(50))"'
# Django's own check (security.W009) passes a key of five letters repeated ten times; a key
# that guards sessions and password-reset links deserves more.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_DISTINCT_CHARACTERS = 20


def require_secret_key():
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            f"Set the SECRET_KEY environment variable; make one with: {GENERATE_SECRET_KEY}"
        )
    if (
        len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
        or len(set(SECRET_KEY)) < SECRET_KEY_MIN_DISTINCT_CHARACTERS
        or SECRET_KEY.startswith("django-insecure-")
    ):
        raise ImproperlyConfigured(
            f"SECRET_KEY is too weak: it needs at least {SECRET_KEY_MIN_LENGTH} characters, "
            f"{SECRET_KEY_MIN_DISTINCT_CHARACTERS} of them different, and must be random. "
            f"Make one with: {GENERATE_SECRET_KEY}"
        )


def require_database_url():
    """Production names its database: the embedded SQLite file is for a laptop."""
    if not os.environ.get("DATABASE_URL"):
        raise ImproperlyConfigured(
            "Set DATABASE_URL to the site's PostgreSQL database, such as "
            "postgres://user:password@db.example.org:5432/network_site."
        )


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
