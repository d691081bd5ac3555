"""Need themes: what members state, grouped as a person would (see :mod:`.grouping`)."""

from trustmatch.needs.grouping import *  # noqa: F401,F403
