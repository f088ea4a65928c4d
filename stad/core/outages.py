"""Circuit breakers for the services the site can do without: the search cluster and Redis.

A service that is down refuses connections at once, but one that hangs (accepts and never
answers) holds every request for its whole timeout: two concurrent searches on a hanging cluster
took the home page from 0.2 to 4.8 s on two workers. After a failure the breaker *opens*: for
``OUTAGE_RETRY_SECONDS`` the site does not ask the service at all (search answers from the
database, the cache acts as empty), then lets one request try again. An outage is one log line
when it starts and one when it ends, not a traceback per request; ``/healthz`` reports an open
breaker. The state is per worker process: each worker pays one timeout per retry period.

pybreaker keeps the state machine (closed, open, half-open); this module names the breakers and
says what visitors get meanwhile.
"""

import datetime
import logging
import os

import pybreaker
from redis.exceptions import RedisError

logger = logging.getLogger("stad.outages")


class OutageLog(pybreaker.CircuitBreakerListener):
    """One line when a service stops answering, one when it answers again."""

    def __init__(self, service, meanwhile):
        self.service, self.meanwhile = service, meanwhile
        self.last_error = None

    def failure(self, breaker, exc):
        self.last_error = exc

    def state_change(self, breaker, old, new):
        was = old.name if old else pybreaker.STATE_CLOSED
        if new.name == pybreaker.STATE_OPEN and was == pybreaker.STATE_CLOSED:
            logger.warning(
                "%s failed (%s: %s); %s, trying again every %s s",
                self.service,
                type(self.last_error).__name__,
                self.last_error,
                self.meanwhile,
                breaker.reset_timeout,
            )
        elif new.name == pybreaker.STATE_CLOSED and was == pybreaker.STATE_HALF_OPEN:
            logger.warning("%s answers again", self.service)


# Read here, not from Django's settings: the settings import this module (through the search
# fallback's alias), so it must not need them.
OUTAGE_RETRY_SECONDS = int(os.environ.get("OUTAGE_RETRY_SECONDS", "30"))


def breaker(name, service, meanwhile, outage_errors=(Exception,)):
    return pybreaker.CircuitBreaker(
        name=name,
        # Open at the first failure: the next request cannot be expected to fare better, and a
        # hanging service makes each failure cost a whole timeout.
        fail_max=1,
        reset_timeout=OUTAGE_RETRY_SECONDS,
        # The caller sees the service's own error (and falls back), not pybreaker's.
        throw_new_error_on_trip=False,
        listeners=[OutageLog(service, meanwhile)],
        # Other errors are the caller's own (a value Redis cannot store), not an outage.
        exclude=[lambda error: not isinstance(error, outage_errors)],
    )


search = breaker("search", "Search cluster", "searches are answered from the database")
cache = breaker("cache", "Redis", "pages are served without the cache", outage_errors=(RedisError,))
BREAKERS = {"search": search, "cache": cache}


def open_breakers():
    """Names of the services skipped at the moment (for /healthz): open breakers within their
    retry period. After it, a breaker stays open until a request tries the service, which a
    quiet worker may not get for a long time, so /healthz asks the service itself then."""
    now = datetime.datetime.now(datetime.UTC)

    def within_retry_period(item):
        opened_at = item._state_storage.opened_at  # pybreaker keeps it there; no public getter
        retry = datetime.timedelta(seconds=item.reset_timeout)
        return opened_at is not None and now < opened_at + retry

    return [
        name
        for name, item in BREAKERS.items()
        if item.current_state == pybreaker.STATE_OPEN and within_retry_period(item)
    ]


def close_all():
    """Forget every outage (tests, and a worker that knows better)."""
    for item in BREAKERS.values():
        item.close()
