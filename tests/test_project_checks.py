"""Checks on the project itself: migrations match the models, Django's system checks pass."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    output = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=output)
    assert "No changes detected" in output.getvalue()


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")
