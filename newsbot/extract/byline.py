"""The story's byline on a page no profile describes: who wrote it and who edited it.

Two conventions every CMS shares, read the same way on any site:

- an element whose class or id names the role ("author", "c-byline", "nmreporter", "penulis",
  "#editor", "metaInfoAuthorList-item"): its lines are the names, a line's own label
  ("Editor: …") over the element's role;
- a labelled line ("Penulis: X", "Editor: Y", "Reporter: X | Editor: Y", "Penulis: X Editor: Y",
  a table row "Penulis | X", a bold "Autor" before the name), wherever the story's block prints
  it, not only inside the body's container.

The story's own block (its <article>, or the container's grandparent) is read first; the rest
of the page only when the block has no byline, and then never in navigation, asides, footers or
comments. What the names are (labels cut, outlets and desks out) is `clean_authors`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from lxml.html import HtmlElement

from newsbot.extract import body as body_mod
from newsbot.extract.lists.index import PageIndex
from newsbot.extract.page import Page
from newsbot.portals.base import Vocabulary

# Class or id words naming the element's role in the byline (compounds included:
# "article__author-name", "nmreporter", "authors__list-item").
_AUTHOR_ROLE = re.compile(
    r"author|autor|byline|penulis|reporter|wartawan|jurnalis|journalist|writer|verfasser|"
    r"kontributor|contributor"
)
_EDITOR_ROLE = re.compile(r"editor|redaktur|penyunting")
_ROLE_WORDS = (*_AUTHOR_ROLE.pattern.split("|"), *_EDITOR_ROLE.pattern.split("|"))
# Role-named elements that are not the story's byline: comment threads, avatars and photos,
# follow and share buttons, profile boxes, an editor's picks, a rich-text editor's frame.
_NOT_BYLINE = re.compile(
    r"comment|avatar|image|img|photo|foto|pic|follow|social|share|bio|about|desc|pick|choice|"
    r"pilihan|editorial|toolbar|ql-|wysiwyg|login|popup|modal"
)
# A byline is a few short lines; a longer text is an author box or a list of stories.
_MAX_CHARS = 160
# Texts that open with a credit label: "Editor:", "Penulis :", "Autorin/Autor", "Oleh".
_LABEL_START = re.compile(
    r"^\s*(?P<label>penulis|editor|pewarta|reporter|wartawan|jurnalis|kontributor|penyunting|"
    r"redaktur|oleh|author|autor(?:in)?(?:\s*/\s*autor)?|writer|written by|laporan (?:wartawan|reporter)|"
    r"rep|red|text|texte|verfasser|(?:ditulis|diposting|dipublikasikan) oleh|posted by|by|von|"
    r"par|por|door)(?![\w.])\s*(?P<mark>[:：|])?",
    re.IGNORECASE,
)
# Labels that are one only with their mark ("Red: Y", "Text: X"; "Text" alone is a word).
_MARKED_ONLY = frozenset({"rep", "red", "text", "texte", "by", "von", "par", "por", "door"})
# A byline's preposition: "Oleh Agus Salim", "By Jane Roe", "Von Nina Magoley".
_BY_WORDS = frozenset(
    {"oleh", "by", "von", "par", "por", "door", "ditulis oleh", "diposting oleh",
     "dipublikasikan oleh", "posted by"}
)  # fmt: skip
# Where a byline's box is never the story's: navigation, asides, footers, comment threads.
_OUTSIDE = frozenset({"nav", "aside", "footer", "form", "script", "style", "head", "noscript"})


@dataclass
class Credits:
    """The names a byline gives, in order (labels left on, for `clean_authors`), and the
    first editor it names."""

    authors: list[str] = field(default_factory=list)
    editor: str = ""

    def __bool__(self) -> bool:
        return bool(self.authors or self.editor)


def find_credits(
    page: Page, scope: HtmlElement | None, container: HtmlElement | None, words: Vocabulary
) -> Credits:
    """The byline of the story's block `scope`, else of the page (see the module's doc): a
    labelled credit anywhere, a role-named box only up to the end of the story's `container`."""
    boxes = _role_boxes(page, words) + _author_links(page) + _labelled_boxes(page)
    if not boxes:
        return Credits()
    # Document order, each element once (an element both role-named and labelled keeps its
    # role), so a box comes before the boxes inside it.
    order = page.index(PageIndex.of).order
    unique = dict(reversed(boxes))
    boxes = sorted(unique.items(), key=lambda item: order.get(item[0], -1))
    # After the story's container a role-named box is a teaser's, unless a label says whose
    # credit it is (the credit line after the text: "Editor: …"): only labelled lines count.
    end = len(order)
    if container is not None:
        last = container
        while len(last):
            last = last[-1]
        end = order.get(last, end - 1) + 1
    boxes = [
        (el, r if r not in ("author", "editor", "by") or order.get(el, 0) < end else "")
        for el, r in boxes
    ]
    if scope is not None:
        found = _read([(el, role) for el, role in boxes if el is scope or _under(el, scope)])
        if found:
            return found
    return _read([(el, role) for el, role in boxes if not _in_furniture(el)])


def _role_boxes(page: Page, words: Vocabulary) -> list[tuple[HtmlElement, str]]:
    """(element, "author" | "editor") for the elements whose class or id names a role."""
    found: list[tuple[HtmlElement, str]] = []
    for attribute in ("class", "id"):
        # One search over all the values (one a line), then the values it hit: a page has
        # thousands of class values and few name a role.
        text = words.text(attribute)
        joined = text.lower()
        hits = []
        for word in _ROLE_WORDS:
            at = joined.find(word)
            while at >= 0:
                hits.append(at)
                at = joined.find(word, at + len(word))
        if not hits:
            continue
        values = words.owned(attribute)
        # Positions are in the lower-cased text, where a value may be longer than it is
        # ("\u0130" lower-cases to two characters): each value's end counted there.
        lengths = (len(v) if len(joined) == len(text) else len(v.lower()) for v in values)
        ends = list(accumulate(n + 1 for n in lengths))
        for i in dict.fromkeys(bisect_right(ends, at) for at in hits):
            if i >= len(values):
                continue
            value = values[i]
            low = value.lower()
            editor = _EDITOR_ROLE.search(low)
            if not (editor or _AUTHOR_ROLE.search(low)) or _NOT_BYLINE.search(low):
                continue
            el = value.getparent()
            if el is not None and el.tag not in _OUTSIDE:
                found.append((el, "editor" if editor else "author"))
    return found


# A link to the writer's page: "/author/jane-roe", "/autoren/name/max-kolter", "/penulis/agus".
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|penulis|reporter|wartawan|jurnalis|journalists?|writers?|"
    r"kontributor|byline)/(?P<slug>[^?#]+)",
    re.IGNORECASE,
)
_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")


def _author_links(page: Page) -> list[tuple[HtmlElement, str]]:
    """(link, "author") for the links to a writer's page whose words name the writer (the
    slug spells a word of the link's text): a menu's "Authors" link names nobody."""
    found: list[tuple[HtmlElement, str]] = []
    for el in page.index(PageIndex.of).clickers:
        href = el.get("href") or ""
        match = _AUTHOR_PAGE.search(href) if "/" in href else None
        if match is None:
            continue
        slug = unicodedata.normalize("NFKD", match.group("slug")).casefold()
        text = unicodedata.normalize("NFKD", body_mod.norm(el.text_content())).casefold()
        if any(word in slug for word in _SLUG_WORD.findall(text)):
            found.append((el, "author"))
    return found


def _labelled_boxes(page: Page) -> list[tuple[HtmlElement, str]]:
    """(block, "") for the blocks holding a short text that opens with a credit label."""
    found: list[tuple[HtmlElement, str]] = []
    for owner, text in page.index(PageIndex.of).short_texts:
        match = _LABEL_START.match(text)
        if match is None:
            if _ROLE_AFTER.match(text) and owner.text == text:
                found.append((owner, ""))
            continue
        rest = text[match.end() :].strip()
        # "Oleh karena itu": a label word opening prose is no label; a label is the whole
        # text, or has its mark, or a capitalised name follows.
        if not (match.group("mark") or not rest or rest[:1].isupper()):
            continue
        line = owner
        while line.tag not in body_mod.BLOCK_TAGS and (up := line.getparent()) is not None:
            line = up
        word = match.group("label").lower()
        opens = body_mod.norm(line.text_content()[:200]).startswith(body_mod.norm(text))
        if not opens and (word in _BY_WORDS or owner.text != text):
            continue  # "… des von Südafrika angestoßenen Verfahrens": inside a line, no label
        # A label alone ("Penulis: " before its <a>) is read with the line it opens, a label
        # that is a line of its own ("<h6>Penulis</h6><a>X</a>", "<dt>Editor</dt>") with the
        # box holding the line after it.
        block = owner if rest else line
        if not rest and body_mod.norm(line.text_content()) == body_mod.norm(text):
            up = line.getparent()
            block = up if up is not None and up.tag not in ("body", "html") else line
        if match.group("mark") or (word.startswith("laporan") and rest):
            role = ""  # (a "Laporan Wartawan X, Name" line needs no mark)
        elif word in _BY_WORDS:
            # "Von Knut Krohn": bylines' preposition, the teasers' too (read as role boxes are)
            role = "by" if rest else "label"
        elif not rest and word not in _MARKED_ONLY:
            role = "label"  # the label is its own text ("<b>Autor</b> Name")
        else:
            continue
        found.append((block, role))
    return found


def _read(boxes: list[tuple[HtmlElement, str]]) -> Credits:
    credits = Credits()
    taken: list[HtmlElement] = []
    for el, role in boxes:
        if any(el is t or _under(el, t) for t in taken):
            continue
        text = body_mod.norm(el.text_content())
        if not text or len(text) > _MAX_CHARS:
            continue
        lines = body_mod.text_lines(el)
        if role in ("author", "editor") and len(lines) > 3:
            continue  # a box of name, desk, date and more: the boxes inside it say which is which
        taken.append(el)
        for line in _labels_joined(lines):
            for credit in body_mod.split_credits(line):
                _take(credits, credit, role)
    return credits


def _labels_joined(lines: list[str]) -> list[str]:
    """The lines with a label standing on its own line joined to the value on the next
    ("Penulis", "Rina Marlina" -> "Penulis: Rina Marlina")."""
    out: list[str] = []
    pending = ""
    for line in lines:
        if pending:
            joint = " " if pending.lower() in _BY_WORDS else ": "  # "von" + "APA": "von APA"
            out.append(f"{pending}{joint}{line}")
            pending = ""
            continue
        match = _LABEL_START.match(line)
        if match is not None and match.end() == len(line.rstrip()) and match.group("label"):
            pending = match.group("label")
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return out


# "Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB": the name, then its role, then
# the date line's separator (or nothing).
_ROLE_AFTER = re.compile(
    r"^(?P<name>[A-Z][^\W\d_]*\.?(?: [A-Z][^\W\d_'’-]*\.?){0,4}),\s*"
    r"(?P<role>(?i:jurnalis|wartawan|reporter|kontributor|penulis|editor|redaktur))"
    r"\s*(?:[·|•]|$)"
)


def _take(credits: Credits, part: str, role: str) -> None:
    named = _ROLE_AFTER.match(part)
    if named is not None:
        editor = named.group("role").lower() in body_mod.EDITOR_LABELS
        _credit(credits, named.group("name"), editor=editor)
        return
    credit = body_mod.CREDIT.match(part)
    if credit is not None:
        label = (credit.group("label") or credit.group("label2") or "").lower()
        value = body_mod.credit_value(label, credit.group("value") or credit.group("value2") or "")
        _credit(credits, value, editor=label in body_mod.EDITOR_LABELS)
        return
    label = _LABEL_START.match(part)
    if label is not None:
        word = label.group("label").lower()
        value = part[label.end() :].strip(" :：|/")
        if word in _BY_WORDS:
            value = body_mod.AFTER_NAMES.split(value, maxsplit=1)[0]  # "Von X, Lille 05.08."
        if label.group("mark"):
            # "Text: X", "By: X": marked labels CREDIT leaves to bylines.
            _credit(credits, value, editor=word in body_mod.EDITOR_LABELS)
        elif (
            (role == "label" and word not in _MARKED_ONLY) or (role and word in _BY_WORDS)
        ) and _name_shaped(value):
            # "<b>Autorin/Autor</b> Roman Goncharenko": a label in its own element before the
            # name; "Oleh Agus Salim", "By Jane Roe": a byline's preposition (not after the
            # story's container, where it is a teaser's).
            _credit(credits, value, editor=word in body_mod.EDITOR_LABELS)
        elif role in ("author", "editor") and "," in value and _name_shaped(part):
            _credit(credits, part, editor=role == "editor")  # "Kontributor Padang, X"
        return  # else "Editor At Large", "Author of …": a role's title, not a credit
    if role in ("author", "editor") and _name_shaped(part):
        _credit(credits, part, editor=role == "editor")


def _credit(credits: Credits, value: str, *, editor: bool) -> None:
    if not value:
        return
    if editor:
        credits.editor = credits.editor or value
    else:
        credits.authors.append(value)


# What else a byline box prints beside the names: dates, counts, "©", questions, links' words.
_NOT_IN_NAMES = re.compile(r"[\d©@#?!:;()\[\]{}\"“”«»|]")
_NAMES_SPLIT = re.compile(r"\s*[,&/]\s*|\s+(?:and|und|dan|og|och|et|y|e|en|ve|i)\s+")
_DESK = re.compile(r"\s+[-–|]\s+\S+(?:\s+\S+)?$")
_BY = re.compile(r"^(?i:by|von|par|por|door|av|af|oleh|di)(?:\s+|$)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u309f]")  # hiragana: Japanese names are written in kanji


def _name_shaped(text: str) -> bool:
    """Whether an unlabelled line of a byline box reads as names ("von Jemima Kelly", "Fino
    Yurio Kristo - detikinet", "A, B und C", "松岡大地"): each name a few words, capitalised
    but for a particle, no sentence, date, count or heading in it."""
    text = _BY.sub("", text.strip())
    text = _DESK.sub("", text)  # a desk after the name: "X - detikNews", "X | Sepakbola"
    if not text or _NOT_IN_NAMES.search(text):
        return False
    for name in _NAMES_SPLIT.split(text):
        words = name.split()
        if not words:
            continue
        if _CJK.search(name):
            if len(words) > 2 or len(name) > 9 or _KANA.search(name):
                return False
            continue
        lower = [w for w in words if not w[:1].isupper()]
        if (
            len(words) > 5
            or not words[0][:1].isupper()
            or len(lower) > 1
            or lower[-1:] == words[-1:]
        ):
            return False
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
            return False  # an agency's or desk's code: "APA", "SDA"
    return True


_LETTERS = re.compile(r"[^\W\d_]+")


def signature_line(paragraphs: list[str], strong: set[str]) -> tuple[list[str], list[str]]:
    """A story signed in a line of its own, among its first three lines or as its last: all
    of the line bold (`strong`, see body.Body), read as names of two words or
    more ("Mathatisi Sebusi/Mohalenyane Phakela", "Lê Phương"), and none of their words
    written in lower case elsewhere in the story (a crosshead or kicker in Title Case,
    "Breaking News", "The Road Ahead", uses the story's words). The paragraphs without it,
    and its names; the paragraphs unchanged and [] when there is none."""
    if len(paragraphs) < 3 or not strong:
        return paragraphs, []
    lowered: set[str] | None = None
    for i in dict.fromkeys((0, 1, 2, len(paragraphs) - 1)):
        line = paragraphs[i]
        if line not in strong or not _name_shaped(line):
            continue
        names = [n for n in _NAMES_SPLIT.split(_BY.sub("", line)) if n]
        if _CJK.search(line) or any(len(n.split()) < 2 for n in names):
            continue
        if lowered is None:
            lowered = {w for p in paragraphs for w in _LETTERS.findall(p) if w.islower()}
        capitalised = [w for n in names for w in _LETTERS.findall(n) if not w.islower()]
        if any(w.lower() in lowered for w in capitalised):
            continue
        return paragraphs[:i] + paragraphs[i + 1 :], names
    return paragraphs, []


def _under(el: HtmlElement, top: HtmlElement) -> bool:
    return any(up is top for up in el.iterancestors())


def _in_furniture(el: HtmlElement) -> bool:
    for up in el.iterancestors():
        if up.tag in _OUTSIDE:
            return True
        marks = f"{up.get('class') or ''} {up.get('id') or ''}".lower()
        if "comment" in marks:
            return True
    return False


# The analytics data layer a page pushes for its tag manager (`dataLayer = [{'penulis': 'X',
# 'editor': 'Y', …}]`): the CMS's own record of who wrote and who edited the story. The key is
# matched from its role word on: a prefix ("content_author", "article_editor") changes neither
# the role nor the value, and with the optional prefix in front the regex took twice as long
# over the 5,000 characters it reads (0.30 against 0.13 ms a page on the saved pages).
_LAYER_ENTRY = re.compile(
    r"""(?P<key>author|authors|penulis|reporter|writer|editor|redaktur)['"]?\s*:\s*"""
    r"""(?P<v>['"])(?P<value>[^'"\n]{0,80})(?P=v)""",
    re.IGNORECASE,
)


def data_layer_credits(page: Page) -> Credits:
    """The author and editor names of the page's tag-manager data layer, where it has one."""
    credits = Credits()
    for script in page.elements("script"):
        text = script.text or ""
        at = text.find("dataLayer")
        if at < 0 or script.get("type", "").endswith("json"):
            continue
        for entry in _LAYER_ENTRY.finditer(text, at, at + 5_000):
            value = body_mod.norm(entry.group("value"))
            if not value or not _name_shaped(value):
                continue
            if entry.group("key").lower().endswith(("editor", "redaktur")):
                credits.editor = credits.editor or value
            else:
                credits.authors.append(value)
        if credits:
            break
    return credits
