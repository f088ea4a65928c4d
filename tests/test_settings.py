"""Production settings refuse to start without their secrets; development keys stay out."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# Every variable production settings require, set to believable values.
PRODUCTION_SECRETS = {
    "DJANGO_SECRET_KEY": "a-real-looking-production-secret-" + "k" * 40,
    "DJANGO_ALLOWED_HOSTS": "stadvanontdekkingen.nl",
    "DATABASE_URL": "sqlite:////tmp/stad-settings-test.sqlite3",
    "DJANGO_EMAIL_HOST": "smtp.example.org",
    "DJANGO_DEFAULT_FROM_EMAIL": "Stad van ontdekkingen <noreply@example.org>",
}


def without(name):
    """Every production variable but ``name``."""
    return {key: value for key, value in PRODUCTION_SECRETS.items() if key != name}


def start_production(**environment):
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_SECRETS}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **environment)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_fails_with_a_clear_message():
    result = start_production(**without("DJANGO_SECRET_KEY"))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "refuse to start" in result.stderr


def test_production_without_allowed_hosts_fails_with_a_clear_message():
    result = start_production(**without("DJANGO_ALLOWED_HOSTS"))
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in result.stderr


def test_production_without_a_database_url_fails_instead_of_using_sqlite():
    result = start_production(**without("DATABASE_URL"))
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr
    assert "refuse to start" in result.stderr


def test_production_without_a_mail_server_or_sender_fails_with_a_clear_message():
    for name in ("DJANGO_EMAIL_HOST", "DJANGO_DEFAULT_FROM_EMAIL"):
        result = start_production(**without(name))
        assert result.returncode != 0
        assert f"{name} is not set" in result.stderr


def test_production_refuses_an_unknown_mail_security_mode():
    result = start_production(**PRODUCTION_SECRETS, DJANGO_EMAIL_SECURITY="tls1.3")
    assert result.returncode != 0
    assert "DJANGO_EMAIL_SECURITY" in result.stderr and "starttls" in result.stderr


def test_production_refuses_the_development_key():
    result = start_production(
        **{
            **PRODUCTION_SECRETS,
            "DJANGO_SECRET_KEY": "django-insecure-dev-only-key-stad-van-ontdekkingen-do-not-deploy",
        }
    )
    assert result.returncode != 0
    assert "development key" in result.stderr


def read_settings(settings_module, expression, **environment):
    """Evaluate ``expression`` on the settings of a fresh interpreter with ``environment``."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings; print({expression})",
        ],
        cwd=PROJECT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_with_its_secrets_passes_the_deploy_check_without_debug_tooling():
    result = start_production(**PRODUCTION_SECRETS)
    assert result.returncode == 0, result.stderr
    assert read_settings("config.settings.production", "settings.DEBUG", **PRODUCTION_SECRETS) == (
        "False"
    )
    apps = read_settings(
        "config.settings.production", "settings.INSTALLED_APPS", **PRODUCTION_SECRETS
    )
    assert "debug_toolbar" not in apps and "django_extensions" not in apps


def test_database_url_switches_the_database_to_postgresql():
    url = "postgres://app:secret@127.0.0.1:5432/stad"
    expression = "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME']"
    assert read_settings("config.settings.dev", expression, DATABASE_URL=url) == (
        "django.db.backends.postgresql stad"
    )
    assert "sqlite3" in read_settings("config.settings.dev", expression, DATABASE_URL="")


# Printed by read_settings as "<class> <key>".
MACHINE_TRANSLATOR = (
    "(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR or {}).get('CLASS'),"
    " (settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR or {}).get('OPTIONS', {}).get('AUTH_KEY')"
)
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"


def test_machine_translation_is_deepl_when_a_key_is_set():
    for module, environment in (
        ("config.settings.dev", {}),
        ("config.settings.production", PRODUCTION_SECRETS),
    ):
        result = read_settings(module, MACHINE_TRANSLATOR, DEEPL_API_KEY="abc:fx", **environment)
        assert result == f"{DEEPL} abc:fx"


def test_without_a_deepl_key_development_uses_the_dummy_and_production_none():
    dummy = "wagtail_localize.machine_translators.dummy.DummyTranslator"
    assert read_settings("config.settings.dev", MACHINE_TRANSLATOR, DEEPL_API_KEY="") == (
        f"{dummy} None"
    )
    production = read_settings(
        "config.settings.production", MACHINE_TRANSLATOR, DEEPL_API_KEY="", **PRODUCTION_SECRETS
    )
    assert production == "None None"


def test_the_deploy_check_under_production_settings_prints_no_warning():
    # Each silenced check has its reason beside SILENCED_SYSTEM_CHECKS in production.py.
    for switches in ({}, {"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "false"}, {"DJANGO_HSTS_PRELOAD": "1"}):
        result = start_production(**PRODUCTION_SECRETS, **switches)
        assert result.returncode == 0, result.stderr
        output = result.stdout + result.stderr
        assert "System check identified no issues" in output, (switches, output)
        assert "WARNING" not in output


HSTS = (
    "settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
    " settings.SECURE_HSTS_PRELOAD, settings.X_FRAME_OPTIONS"
)


def test_production_hsts_lasts_a_year_by_default_and_each_part_is_a_switch():
    production = "config.settings.production"
    assert read_settings(production, HSTS, **PRODUCTION_SECRETS) == "31536000 True False DENY"
    switched = read_settings(
        production,
        HSTS,
        **PRODUCTION_SECRETS,
        DJANGO_HSTS_SECONDS="600",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="false",
        DJANGO_HSTS_PRELOAD="true",
    )
    assert switched == "600 False True DENY"


def test_production_refuses_a_switch_it_cannot_read():
    result = start_production(**PRODUCTION_SECRETS, DJANGO_HSTS_PRELOAD="maybe")
    assert result.returncode != 0
    assert "DJANGO_HSTS_PRELOAD is 'maybe'" in result.stderr


def test_pictures_on_object_storage_are_allowed_by_the_content_security_policy():
    from config.settings.base import media_origins

    img_src = "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']"
    assert read_settings("config.settings.dev", img_src) == str(["'self'", "data:"])
    bucket = {"AWS_STORAGE_BUCKET_NAME": "stad-media"}
    assert media_origins({**bucket, "AWS_S3_CUSTOM_DOMAIN": "media.stadvanontdekkingen.nl"}) == [
        "https://media.stadvanontdekkingen.nl"
    ]
    assert media_origins({**bucket, "AWS_S3_ENDPOINT_URL": "https://s3.example.org/"}) == [
        "https://s3.example.org"
    ]
    # Amazon S3 with only a bucket (and a region): the bucket's own host, or no picture shows.
    assert media_origins({**bucket, "AWS_S3_REGION_NAME": "eu-central-1"}) == [
        "https://stad-media.s3.amazonaws.com",
        "https://stad-media.s3.eu-central-1.amazonaws.com",
    ]
    assert media_origins({}) == []
