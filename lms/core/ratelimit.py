"""A fixed-window request counter in the shared cache (Redis in production, so it holds across
app servers). Used where a public endpoint could be used to enumerate secrets."""

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, scope, *, limit, window_seconds):
    """Count this request against `limit` per `window_seconds` for the client; False when over."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
