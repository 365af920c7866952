"""Django's Redis cache backend, keeping one redis-py client per server.

Django's backend makes a new `redis.Redis` client for every operation, and redis-py builds each
new client's table of reply handlers: about 70 µs, as long as a GET on loopback. An anonymous
visitor's stored page costs one cache read (relais/page_cache.py), so that doubles it. A redis-py
client is safe to share between threads (it takes a connection from its pool per command), and its
pool starts afresh in a forked server process.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
