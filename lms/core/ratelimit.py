"""A fixed-window request counter in the shared cache (Redis in production, so it holds across
app servers). Used where a public endpoint could be used to enumerate secrets.

Every limit keys on client_address(): the sign-in lockout (django-axes, AXES_CLIENT_IP_CALLABLE),
certificate verification, enrolment keys and invitation joins. Behind a proxy, X-Forwarded-For
is read only when the direct peer is one of settings.RELAIS_TRUSTED_PROXIES; anyone else could
write any address there and start a fresh count with each request."""

import functools
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


@functools.cache
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().removeprefix("[").removesuffix("]"))
    except ValueError:
        return None


def client_address(request):
    """The address a request comes from: REMOTE_ADDR, unless that is a trusted proxy; then the
    right-most address of X-Forwarded-For that is not itself a trusted proxy (addresses further
    left were written by the client and prove nothing). None when no address is known."""
    peer = _parse(request.META.get("REMOTE_ADDR", ""))
    trusted = _networks(tuple(settings.RELAIS_TRUSTED_PROXIES))
    if peer is None:
        return None

    def is_trusted(address):
        return any(address in network for network in trusted)

    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    while is_trusted(peer) and hops:
        forwarded = _parse(hops.pop())
        if forwarded is None:  # a hop the trusted proxy did not write as an address: stop there
            break
        peer = forwarded
    return str(peer)


def too_many_requests(request, message=None):
    """What a rate limit answers: the 429 page, in the site's look, saying `message` if given."""
    return render(request, "429.html", {"message": message}, status=429)


def _address(request):
    return client_address(request) or "unknown"


def allow(request, scope, *, limit, window_seconds):
    """Count this request against `limit` per `window_seconds` for the client; False when over."""
    return _count(f"ratelimit:{scope}:{_address(request)}", limit, window_seconds)


def allow_account(user, scope, *, limit, window_seconds):
    """Count one use against `limit` per `window_seconds` for an account, from wherever it is
    asked (signed in or not); False when over."""
    return _count(f"ratelimit:{scope}:user:{user.pk}", limit, window_seconds)


def _person_keys(request, scope):
    return (
        f"ratelimit:{scope}:user:{request.user.pk}",
        f"ratelimit:{scope}:address:{_address(request)}",
    )


def over_limit(request, scope, *, per_account, per_address):
    """Whether the signed-in account, or its address, has used up its attempts (counted with
    count_attempt): a guesser is stopped whichever account they use, while colleagues behind the
    same office address keep a much larger allowance of their own."""
    account_key, address_key = _person_keys(request, scope)
    counts = cache.get_many([account_key, address_key])
    return counts.get(account_key, 0) >= per_account or counts.get(address_key, 0) >= per_address


def count_attempt(request, scope, *, window_seconds):
    for key in _person_keys(request, scope):
        if not cache.add(key, 1, timeout=window_seconds):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, timeout=window_seconds)


def _count(key, limit, window_seconds):
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit


def _address_key(request, scope):
    return f"ratelimit:{scope}:address:{client_address(request)}"


def address_over_limit(request, scope, *, limit):
    """Whether the client's address has used up its attempts (counted with count_address_attempt),
    for pages without an account, such as the attendees' check-in."""
    return cache.get(_address_key(request, scope), 0) >= limit


def count_address_attempt(request, scope, *, window_seconds):
    _count(_address_key(request, scope), limit=0, window_seconds=window_seconds)
