"""Django's Redis cache, but a Redis that is down or slow does not take the site down.

Wagtail (the site's root paths), the rate limits and the exports read and write the cache on
ordinary page views. With Django's own RedisCache every one of those calls raises while Redis
is unreachable, so every page answers 500. This backend answers as an empty cache instead
(a read finds nothing, a write stores nothing), logs one warning, and for PAUZE seconds does
not even try Redis again, so a dead server costs one short timeout (settings: OPTIONS with
socket timeouts), not one per cache call.

Counting is the exception: incr() and decr() raise CacheStoring, because a counter that
silently stays at zero would switch a rate limit off unseen. kennisplatform.drempels decides
per rule what an unreachable cache means (let through, or refuse where security needs it);
`in_storing()` tells whether the cache is unreachable right now.
"""

import logging
import time

from redis.exceptions import ConnectionError as RedisVerbindingsfout
from redis.exceptions import InvalidResponse
from redis.exceptions import TimeoutError as RedisTijdfout

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Seconds without trying Redis after it failed once.
PAUZE = 5.0
# Unreachable, too slow, or something else than Redis answers at that address.
STORINGEN = (RedisVerbindingsfout, RedisTijdfout, InvalidResponse)

# Per process and Redis address: until when (time.monotonic()) Redis counts as unreachable.
# Deliberately per process: it describes this process's connection, not shared state.
_storing_tot = {}


class CacheStoring(Exception):
    """The cache server cannot be reached (or did not answer in time)."""


class RedisCacheMetUitval(RedisCache):
    def _sleutel(self):
        return tuple(self._servers)

    def in_storing(self):
        return _storing_tot.get(self._sleutel(), 0.0) > time.monotonic()

    def bereikbaar(self):
        """Whether Redis answers a PING now (for a health check: the other methods hide an
        outage on purpose). Ignores the pause; a failure starts one."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except STORINGEN as fout:
            self._storing(fout)
            return False

    def _storing(self, fout):
        if not self.in_storing():
            logger.warning(
                "De cache (Redis) is niet bereikbaar: %s. De site werkt %s seconden zonder "
                "cache verder en probeert het dan opnieuw.",
                str(fout).rstrip("."),
                int(PAUZE),
            )
        _storing_tot[self._sleutel()] = time.monotonic() + PAUZE

    def _probeer(self, methode, standaard, *args, **kwargs):
        if self.in_storing():
            return standaard
        try:
            return getattr(super(), methode)(*args, **kwargs)
        except STORINGEN as fout:
            self._storing(fout)
            return standaard

    def get(self, key, default=None, version=None):
        return self._probeer("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._probeer("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._probeer("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._probeer("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._probeer("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._probeer("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._probeer("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._probeer("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._probeer("delete_many", None, keys, version)

    def clear(self):
        return self._probeer("clear", False)

    def incr(self, key, delta=1, version=None):
        if self.in_storing():
            raise CacheStoring("De cache (Redis) is niet bereikbaar.")
        try:
            return super().incr(key, delta, version)
        except STORINGEN as fout:
            self._storing(fout)
            raise CacheStoring(str(fout)) from fout
