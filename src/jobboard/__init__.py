"""jobboard: a static site generator for job boards."""

__version__ = "0.1.0"
