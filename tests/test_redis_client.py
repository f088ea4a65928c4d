"""Django's Redis cache makes a new redis-py client for every call, each filling a table of
reply handlers; ours keeps one per connection pool (``config.cache.ReusedRedisClient``)."""

from unittest import mock

import redis
from redis._parsers import _HiredisParser

from config.cache import ResilientRedisCache


def test_one_redis_client_serves_every_call_of_a_process():
    # Port 1: nothing answers, and nothing needs to: making a client opens no connection.
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    with mock.patch.object(
        redis.Redis, "__init__", autospec=True, side_effect=redis.Redis.__init__
    ) as made:
        clients = {id(cache._cache.get_client(write=write)) for write in (True, False, True)}
    assert len(clients) == 1
    assert made.call_count == 1


def test_each_server_keeps_its_own_client():
    cache = ResilientRedisCache("redis://127.0.0.1:1/0,redis://127.0.0.1:2/0", {})
    writer = cache._cache.get_client(write=True)
    reader = cache._cache.get_client(write=False)  # the replica: reads go to the second server
    assert writer is not reader
    assert writer.connection_pool.connection_kwargs["port"] == 1
    assert reader.connection_pool.connection_kwargs["port"] == 2


def test_replies_are_parsed_by_hiredis():
    """A page-cache hit is one Redis reply, a compressed page; redis-py parses it in C when
    hiredis (pinned with the ``redis[hiredis]`` extra) is installed, and in Python otherwise."""
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    connection = cache._cache.get_client().connection_pool.make_connection()
    assert isinstance(connection._parser, _HiredisParser)
