"""The cluster manager's book: indicators per period, the network measured, kick-off meetings.

* :mod:`trustmatch.book.models` — the book file's format (strict, frozen pydantic models).
* :mod:`trustmatch.book.store` — reading with located errors, append-only atomic recording.
* :mod:`trustmatch.book.network` — the who-worked-with-whom network per phase, measured.
* :mod:`trustmatch.book.effects` — what moved the cluster: indicators beside activities.
* :mod:`trustmatch.book.meetings` — kick-off dates, ``.ics`` invitations, participant lists.
"""
