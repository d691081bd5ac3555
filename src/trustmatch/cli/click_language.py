"""click's own messages (usage errors, "Aborted!", help notes) in the reader's language.

click writes its messages through :mod:`gettext` (``_("No such option {name!r}.")``, then
``.format(...)``). Its modules bind ``gettext`` and ``ngettext`` at import; :func:`install`
gives them look-ups in trustmatch's catalogues instead, so that one catalogue per language stays
the only source of every sentence: the keys are ``click:`` plus click's English text (section
``# click`` of ``trustmatch.i18n.en``/``de``). The language is the one in effect
(:func:`trustmatch.i18n.resolve_language`: ``--lang``, else the locale). A message of click's that
the catalogues do not hold stays as click wrote it; ``tests/cli/test_click_language.py`` checks
that every one a user of trustmatch can meet is held.

Words click puts into its sentences (the name of a number type: "'abc' is not a valid integer
range") are translated too (keys ``click.word:``).
"""

from __future__ import annotations

import importlib

from trustmatch.i18n import catalogue, plural_category, resolve_language

CLICK_MODULES: tuple[str, ...] = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
)
"""click's modules whose messages a user of trustmatch can see."""


class _Template(str):
    """A translated template whose ``format`` also translates the words click puts into it."""

    lang: str = "en"

    def format(self, *args, **kwargs) -> str:  # noqa: D102 - str's own method
        words = catalogue(self.lang)
        kwargs = {
            name: words.get(f"click.word:{value}", value) if isinstance(value, str) else value
            for name, value in kwargs.items()
        }
        return str.format(self, *args, **kwargs)


def _template(text: str, lang: str) -> str:
    template = _Template(text)
    template.lang = lang
    return template


LATE_WORDS: frozenset[str] = frozenset({"file", "directory", "path"})
"""Words click translates when a parameter type is made (at import, in whatever language is in
effect then) and puts into a sentence later: they stay English until the sentence is written,
where :class:`_Template` translates them (``click.word:File``)."""


def click_gettext(message: str) -> str:
    """Return click's message ``message`` in the language in effect (see the module doc)."""
    if message in LATE_WORDS:
        return message
    lang = resolve_language()
    text = catalogue(lang).get(f"click:{message}")
    return _template(text, lang) if isinstance(text, str) else message


def click_ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form of click's message for ``count``, in the language."""
    lang = resolve_language()
    forms = catalogue(lang).get(f"click:{singular}")
    if not isinstance(forms, dict):
        return singular if count == 1 else plural
    text = forms.get(plural_category(lang, count), forms["other"])
    return _template(text, lang)


def install() -> None:
    """Give click's modules the catalogue look-ups (idempotent, cheap: click is loaded anyway)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = click_gettext
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext
