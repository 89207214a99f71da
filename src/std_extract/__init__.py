"""std-extract: read Chinese product and service standards and find their top runners.

The public API is a set of plain functions over typed models; the CLI is a thin layer on top.
"""

from std_extract.record import SCHEMA_VERSION

__version__ = "0.2.0"
__all__ = ["SCHEMA_VERSION", "__version__"]
