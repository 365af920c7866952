"""relais/cache.py: Django's Redis cache backend, keeping one redis-py client per server, against
this machine's Redis."""

import uuid

import pytest

from relais.cache import RedisCache

from .conftest import REDIS_URL, needs_services

pytestmark = [pytest.mark.ops, needs_services]


@pytest.fixture
def cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"relais-test-{uuid.uuid4().hex}"})
    yield cache
    cache.delete_many(["page", "missing"])  # not clear(): it would empty the whole Redis database


def test_one_client_serves_every_operation(cache):
    """One Redis client serves reads and writes, including several keys at once."""
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    cache.set("page", {"content": b"<html>"}, 30)
    assert cache.get_many(["page", "missing"]) == {"page": {"content": b"<html>"}}
    assert cache.add("page", "other") is False
    cache.delete("page")
    assert cache.get("page") is None
    assert cache._cache.get_client() is client
