"""The page cache's store without Redis: Django's file cache, culled sparingly.

Django's ``FileBasedCache`` lists every file of its folder on each ``set`` to decide whether it
is full. The page cache stores a page, its cards and its figures on every miss, so with a few
thousand pages kept the listing cost a page built afresh more than its template (a tenth of a
miss at demo size, more as the folder fills). Here each process looks at most once every
``CULL_SECONDS``; between two looks the folder may grow past ``MAX_ENTRIES`` by what the
workers store meanwhile, a bound that stays a bound.

When the folder is full, Django deletes a random share of the files, which could be the page
cache's generation token: every page would then count as changed, and the whole site would be
built again at once. The token is never culled.
"""

import random
import time

from django.core.cache.backends.filebased import FileBasedCache

from stad.core.page_cache.generation import GENERATION_KEY

CULL_SECONDS = 5


class PageFileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._next_look = 0.0

    def _cull(self):
        now = time.time()
        if now < self._next_look:
            return
        self._next_look = now + CULL_SECONDS
        files = self._list_cache_files()
        if len(files) < self._max_entries:
            return
        kept = self._key_to_file(GENERATION_KEY)
        files = [name for name in files if name != kept]
        share = len(files) // self._cull_frequency if self._cull_frequency else len(files)
        for name in random.sample(files, share):
            self._delete(name)
