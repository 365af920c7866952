"""A fixed-window request counter in the shared cache (Redis in production, so it holds across
app servers). Used where a public endpoint could be used to enumerate secrets."""

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, scope, *, limit, window_seconds):
    """Count this request against `limit` per `window_seconds` for the client; False when over."""
    return _count(f"ratelimit:{scope}:{client_address(request)}", limit, window_seconds)


def allow_person(request, scope, *, limit, window_seconds):
    """Count against `limit` both for the signed-in account and for the client's address: neither
    many accounts behind one address nor one account from many addresses gets more tries."""
    by_address = allow(request, scope, limit=limit, window_seconds=window_seconds)
    by_account = _count(f"ratelimit:{scope}:user:{request.user.pk}", limit, window_seconds)
    return by_address and by_account


def _count(key, limit, window_seconds):
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
