from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for sign-ins that come with a request.

    Every sign-in form (Wagtail's admin login, password reset) passes its request to
    ``authenticate()``. Calls without one come from code, not from a visitor: the test client's
    ``login()``, a management command. Axes would refuse those outright; there is no address
    to count them against, so they are left to the next backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
