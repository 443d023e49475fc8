"""Typed outcomes for pages that yield no article: callers catch these, never a bare Exception."""


class ExtractionError(Exception):
    """Base class: the page gave no article record. `reason` is a short machine-readable tag."""

    reason = "error"
    label = "no article"


class UnreadablePage(ExtractionError):
    """Empty, binary, undecodable or oversized content."""

    reason = "unreadable"
    label = "unreadable"


class NotAnArticle(ExtractionError):
    """A readable page that is not a news article (home page, index, tag page, gallery shell…)."""

    reason = "not_article"
    label = "not an article"
