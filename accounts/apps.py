from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Sign-in")

    def ready(self):
        from accounts.lockout import forget_failures_of_this_sign_in

        user_logged_in.connect(
            forget_failures_of_this_sign_in, dispatch_uid="accounts_forget_failures"
        )
