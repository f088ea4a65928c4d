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

Django also deflates every entry with zlib, and inflates it on every read. Most entries are
pages gzipped already, which deflate cannot shrink: inflating the agenda's 70 KB calendar feed
took 0.2 ms of each hit (half of it), and deflating it as long on each miss. Entries are
written as zlib's stored blocks (level 0), which Django's ``get`` reads as before, at the speed
of a copy.
"""

import pickle
import random
import time
import zlib

from django.core.cache.backends.filebased import FileBasedCache

from stad.core.page_cache.generation import GENERATION_KEY

CULL_SECONDS = 5


class PageFileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._next_look = 0.0

    def _write_content(self, file, timeout, value):
        # Django's own, but stored rather than deflated (see above); entries written by Django
        # before read back the same way.
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(zlib.compress(pickle.dumps(value, self.pickle_protocol), 0))

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
