from django.core.management.base import BaseCommand

from core.admin_catalogues import DOMAINS, LANGUAGES, catalogue_path, refreshed_catalogue


class Command(BaseCommand):
    help = (
        "Bring admin_locale/ in line with the installed Wagtail and wagtail-localize: "
        "translations kept, new messages added untranslated, changed ones marked fuzzy."
    )

    def handle(self, *args, **options):
        for language in LANGUAGES:
            for domain in DOMAINS:
                catalogue, new = refreshed_catalogue(language, domain)
                path = catalogue_path(language, domain)
                path.parent.mkdir(parents=True, exist_ok=True)
                catalogue.save(str(path))
                untranslated = len(catalogue.untranslated_entries())
                fuzzy = len(catalogue.fuzzy_entries())
                self.stdout.write(
                    f"{path}: {len(catalogue)} messages, {new} new, {untranslated} to translate, "
                    f"{fuzzy} to review"
                )
