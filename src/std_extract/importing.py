"""Third-party packages imported without the optional packages they would load for nothing.

Two libraries every std-extract process loads import, when it is installed, a package they can do
without and that std-extract never uses through them:

* jieba reads its data files through ``pkg_resources`` when it can (0.11 of its 0.14 CPU s of
  import: ``pkg_resources`` scans every installed distribution); without it, jieba opens the same
  files itself, its own fallback.
* pint imports Dask to accept Dask arrays as magnitudes (0.08 CPU s); std-extract's quantities are
  floats.

:func:`absent` imports them as if those packages were not installed, a case both libraries
handle.  The packages stay importable afterwards (the Dask engine imports Dask as usual), and a
package already imported is not hidden.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def absent(*names: str) -> Iterator[None]:
    """Imports in the block find the packages ``names`` missing, unless already imported.

    ``None`` in :data:`sys.modules` is the import system's own mark of a missing module (importing
    it raises ImportError, ``importlib.util.find_spec`` returns None); it is removed after the
    block.  Meant for a module's first import: another thread importing one of ``names`` meanwhile
    would find it missing too."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # the documented marker
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
