"""One demo user per role, so a reviewer can try the admin as each member of the team."""

import secrets

from django.contrib.auth import get_user_model

from stad.editorial.roles import EDITOR, MODERATOR, TRANSLATOR

DEMO_USERS = ((EDITOR, "redacteur"), (MODERATOR, "eindredacteur"), (TRANSLATOR, "vertaler"))


def create_demo_users(groups):
    """Yield a line per user: a new user's generated password (shown this once, never stored
    in the clear), or that an existing user was left as it is."""
    for role, username in DEMO_USERS:
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": role.name},
        )
        user.groups.add(groups[role.name])
        if created:
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
            yield f"{role.name}: user {username}  password {password}  (shown once)"
        else:
            yield (
                f"{role.name}: user {username} exists; password unchanged "
                f"(new one: manage.py changepassword {username})"
            )
