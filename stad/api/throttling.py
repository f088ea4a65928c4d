"""The API's limit per client (``API_RATE_LIMIT``, ``stad.core.rate_limits``), plugged into the
throttling step Django REST framework runs before every endpoint answers."""

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from stad.core.rate_limits import seconds_to_wait


class ClientRateThrottle(BaseThrottle):
    def allow_request(self, request, view):
        self.seconds = seconds_to_wait(request, "api", settings.API_RATE_LIMIT)
        return self.seconds is None

    def wait(self):
        return self.seconds
