# SPDX-License-Identifier: GPL-3.0-or-later
"""``with`` support for the readers that define ``close()`` (latent rasters, feature sources, input datasets,
clumping maps): one mixin instead of the same ``__enter__`` / ``__exit__`` pair in each."""


class Closable:
    """Mixin: ``with obj:`` returns obj and calls ``obj.close()`` on the way out; exceptions propagate."""

    def close(self) -> None:  # pragma: no cover - every user defines its own
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
