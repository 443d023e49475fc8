"""The page-metadata layer: what a page says about itself in JSON-LD, OpenGraph, <meta> and microdata.

This is the first layer of every field (portal profiles and the generic fallback come after it).
Portals get their own metadata wrong in known ways, and this layer corrects the generic ones:
titles carry site names (" - Kompas.com", " | Today Merdeka.com"), authors carry labels and portal
names ("Liputan6.com", "Kompas Cyber Media"), and some servers stamp WIB wall-clock times with a
wrong offset (Merdeka's "-07:00", old Detik's "Z"); such a time is re-read as WIB unless the URL or
another source shows it was a true UTC instant.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsbot.extract.dates import WIB, ParsedDate, date_from_url, parse_date, to_iso
from newsbot.extract.page import Page, is_article_type
from newsbot.portals import knowledge
from newsbot.record import Image

_TRUSTED_OFFSETS = {timedelta(hours=h) for h in (7, 8, 9)}


@dataclass
class Metadata:
    """Fields as the page's own metadata states them, cleaned; "" / [] where the page says nothing."""

    headline: str = ""
    description: str = ""
    authors: list[str] = field(default_factory=list)
    editor: str = ""
    published: str = ""
    modified: str = ""
    # The same two dates as parsed (None where the page states none): read once, used as such.
    published_date: ParsedDate | None = None
    modified_date: ParsedDate | None = None
    published_raw: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str = ""
    site_name: str = ""
    canonical: str = ""
    keywords: list[str] = field(default_factory=list)


def read_metadata(page: Page) -> Metadata:
    """Read every metadata field of `page` from its JSON-LD, OpenGraph, <meta> and microdata."""
    ld = page.article_jsonld
    site_name = _text(page.first_meta("og:site_name", "application-name")) or _name(
        ld.get("publisher")
    )
    if site_name.startswith(("http://", "https://")):
        site_name = urlsplit(site_name).hostname or ""
    site_names = [site_name, _name(ld.get("publisher"))]
    raw_title = (
        _text(ld.get("headline"))
        or page.first_meta("og:title", "twitter:title", "title")
        or _text(" ".join(t for el in page.elements("title") for t in el.itertext()))
    )
    # Next.js news sites (Jawa Pos) carry the article as data and no NewsArticle JSON-LD.
    nd = next_article(page) if not ld else {}
    published_date, published_raw = _pick_date(
        page, ld.get("datePublished") or nd.get("published_at"), _PUBLISHED_KEYS
    )
    modified_date, _ = _pick_date(page, ld.get("dateModified"), _MODIFIED_KEYS)
    keywords = _split_list(page.first_meta("news_keywords", "keywords", "keyword"))
    # <meta keywords> are not tags here: portals fill them with body words (the extraction
    # decides whether to trust them, see keywords_look_like_tags).
    tags = clean_tags(
        _split_list(ld.get("keywords"))
        or _meta_all(page, "article:tag")
        or [_name(t) for t in nd.get("tags") or [] if isinstance(t, dict)]
    )
    return Metadata(
        headline=clean_headline(raw_title, [*site_names, *_host_tokens(page.url)]),
        description=_text(ld.get("description"))
        or page.first_meta("og:description", "description", "twitter:description"),
        # The first source that names people: JSON-LD's structured authors over a <meta> that
        # often names the company ("Condé Nast") or a desk, over microdata.
        authors=next(
            (
                found
                for source in (
                    ld.get("author") or nd.get("authors"),
                    *(page.first_meta(key) for key in _AUTHOR_META),
                    _labelled_meta(page, _WRITTEN_BY),
                    _microdata(page, "author"),
                )
                if (found := clean_authors(source, site_names=[n for n in site_names if n]))
            ),
            [],
        ),
        editor=_first(
            clean_authors(
                [ld.get("editor") or nd.get("editor"), page.first_meta("editor", "content_editor")]
            )
        ),
        published=to_iso(published_date) if published_date else "",
        modified=to_iso(modified_date) if modified_date else "",
        published_date=published_date,
        modified_date=modified_date,
        published_raw=published_raw,
        section=_text(ld.get("articleSection"))
        or page.first_meta("article:section2", "article:section", "section", "articlesection")
        or _name(nd.get("category")),
        tags=tags,
        images=_images(page, ld),
        language=_language(page, ld),
        site_name=site_name,
        canonical=page.canonical,
        keywords=keywords,
    )


_NEXT_DATA = "//script[@id='__NEXT_DATA__']/text()"


def next_article(page: Page) -> dict[str, Any]:
    """props.pageProps.article of a Next.js page's __NEXT_DATA__, when it is one story."""
    for raw in page.tree.xpath(_NEXT_DATA)[:1]:
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        props = data.get("props") if isinstance(data, dict) else None
        page_props = props.get("pageProps") if isinstance(props, dict) else None
        article = page_props.get("article") if isinstance(page_props, dict) else None
        if isinstance(article, dict) and isinstance(article.get("title"), str):
            return article
    return {}


# --- headline -------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|:|»|·)\s+")
# Every profile's brand words (Portal.brands): a title segment or byline naming an outlet.
_BRANDS = re.compile(r"\b" + knowledge.alternation(knowledge.brand_words()) + r"\b", re.IGNORECASE)
_HOSTLIKE = re.compile(r"\b[\w-]+\.(?:com|co\.id|id|co|net|org|tv)\b", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"\s*[-|:]?\s*\b(?:halaman|page)\s+(?:all|semua|\d+)\s*$", re.IGNORECASE)


def clean_headline(title: str, site_names: Iterable[str] = ()) -> str:
    """The headline without trailing site/brand segments (" - Kompas.com", " | Today Merdeka.com").

    JSON-LD headlines are plain text, but CMSs often escape them twice ("Cabai &amp; Bawang")."""
    title = _text(html.unescape(title)) if "&" in (title or "") else _text(title)
    title = _PAGE_SUFFIX.sub("", title)
    names = {_key(n) for n in site_names if n and len(_key(n)) >= 3}
    removed_by = ""
    while True:
        parts = list(_SEPARATOR.finditer(title))
        if not parts:
            break
        last = parts[-1]
        tail = title[last.end() :]
        if not _names_a_site(tail, names):
            break
        removed_by = last.group(0).strip()
        title = title[: last.start()].rstrip()
    # "Kabarwarga.com - Headline", "Kabar Warga | Headline": the site's name before the headline.
    first = next(_SEPARATOR.finditer(title), None)
    if first is not None and _names_a_site(title[: first.start()], names):
        rest = title[first.end() :].strip()
        if len(rest.split()) >= 3:
            title = rest
    # "Headline - Health :: Okezone Lifestyle": a 1-2 word section sits before the brand.
    parts = list(_SEPARATOR.finditer(title))
    if removed_by and parts and parts[-1].group(0).strip() != removed_by:
        tail = title[parts[-1].end() :]
        if len(tail.split()) <= 2 and tail[:1].isupper() and len(title[: parts[-1].start()]) > 15:
            title = title[: parts[-1].start()].rstrip()
    return _PAGE_SUFFIX.sub("", title).strip()


# Where a kicker, a site name or a section joins the headline: "Kicker: …", "… | Site", "… - Site",
# "…：Site" (a full-width colon).
_JOIN = re.compile(r"(?:\s*(?:\||::|»|·|/|：)\s*|:\s+|\s+[-–—]\s+)")
# A kicker, site name or section is short; a longer remainder is part of the headline.
_MAX_EXTRA_WORDS = 10


def agree_headline(sources: Iterable[tuple[str, str]]) -> str:
    """The headline the page's sources agree on. `sources` are (text, role) pairs in their order
    of trust, role "meta" (JSON-LD, og:title, twitter:title), "shown" (the layout's headline,
    <h1>) or "title" (<title>).

    Each source adds its own extras: the site's name or the date after the headline, a section,
    a kicker before it ("Neue Leipziger Schule: …"). Starting from the most trusted text: when
    another source is the same text without an extra joined at its end, the extra is the
    site's; when a metadata source is it without an extra joined at its start, the extra is a
    kicker the publisher itself leaves out, and two sources that put different kickers before
    the same text agree on that text only. No list of site names: what is extra is what the
    other sources leave out. The <title> is often cut short for search engines, and an <h1>
    alone without the kicker every metadata source has is only the layout splitting it off, so
    neither is a target of those cuts. Sources that differ only in the
    mark joining kicker and headline (":" or " - ") give the mark most of them use.
    """
    texts = list(dict.fromkeys((_text(t.replace("\xad", "")), role) for t, role in sources))
    texts = [(t, role) for t, role in texts if t]
    if not texts:
        return ""
    best = texts[0][0]
    changed = True
    while changed:
        changed = False
        for other, role in texts:
            if len(other) < 8 or len(other) >= len(best) or role == "title":
                continue
            if _cut_extra(best, other, at_end=True) or (
                role == "meta" and _cut_extra(best, other, at_end=False)
            ):
                best, changed = other, True
                break
    best = _common_tail(best, [t for t, role in texts if role != "title"])
    return _usual_join(best, [t for t, _ in texts])


def _cut_extra(longer: str, shorter: str, *, at_end: bool) -> bool:
    """Whether `longer` is `shorter` plus a short extra joined after it (or before it)."""
    if at_end:
        if not longer.startswith(shorter):
            return False
        extra = longer[len(shorter) :]
        joined = _JOIN.match(extra) is not None
        rest = extra.lstrip(":|/»·-–—, ")
    else:
        if not longer.endswith(shorter):
            return False
        extra = longer[: -len(shorter)]
        joined = _JOIN.search(extra[-4:]) is not None
        rest = extra.rstrip(":|/»·-–—, ")
    return joined and bool(rest) and len(rest.split()) <= _MAX_EXTRA_WORDS


def _common_tail(best: str, others: list[str]) -> str:
    """The text after the kicker when another source puts a different kicker before it
    ("Overline A: Headline" and "Overline B - Headline" agree on "Headline")."""
    for join in _JOIN.finditer(best):
        tail = best[join.end() :]
        head = best[: join.start()]
        if len(tail) < 8 or len(tail.split()) < 2:
            break
        if not head or len(head.split()) > _MAX_EXTRA_WORDS:
            continue
        words = set(_WORD.findall(head.casefold()))
        for other in others:
            # Different kickers have no word in common ("Joburg has failed: …" and
            # "Johannesburg has failed: …" are one kicker spelt two ways).
            if (
                other != best
                and _cut_extra(other, tail, at_end=False)
                and not words & set(_WORD.findall(other[: -len(tail)].casefold()))
            ):
                return tail
    return best


def _usual_join(best: str, texts: list[str]) -> str:
    """`best` with the joining marks most sources use, when they differ from it in those only
    (a <title> counts with the site's name after it)."""
    key = _JOIN.sub("|", best)
    forms = [t for t in dict.fromkeys(texts) if t != best and _JOIN.sub("|", t) == key]
    if not forms:
        return best

    def votes(form: str) -> int:
        return sum(t == form or _cut_extra(t, form, at_end=True) for t in texts)

    top = max(forms, key=votes)
    return top if votes(top) > votes(best) else best


def _names_a_site(segment: str, names: set[str]) -> bool:
    key = _key(segment)
    if not key or len(segment.split()) > 6:
        return False
    if _BRANDS.search(segment) or _HOSTLIKE.search(segment):
        return True
    return any(name == key or (len(name) >= 4 and name in key) for name in names)


def _host_tokens(url: str) -> list[str]:
    """Brand-like words of the host: "lifestyle.okezone.com" -> ["okezone"]."""
    host = (urlsplit(url).hostname or "").lower()
    labels = [x for x in host.split(".") if x not in {"www", "m", "com", "co", "id", "net", "or"}]
    return labels[-1:] if labels else []


# --- tags ---------------------------------------------------------------------------------

# "Tekno:Telko", "Editor:Iskandar", "penulis: x": CMS bookkeeping in the keywords, not topics.
_LABELLED = re.compile(r"^[\w .-]{1,30}\s*:\s*\S")
_WORD = re.compile(r"\w+")
# SEO filler every page of a site carries ("berita terkini", "berita hari ini", "media online").
_SEO_TAG = re.compile(
    r"^(?:(?:berita|info|kabar|news)(?:\s+(?:terkini|terbaru|hari ini|indonesia|online|hangat|"
    r"panas|viral|heboh|update|populer|utama|nasional|daerah|harian))+|media online|portal berita|portal indonesia|info berita"
    # One word of SEO filler alone, never a story's topic ("viral" is: portals have a tag for it).
    r"|berita|terkini|terbaru|hari ini|news|update|breaking news|headline|headlines"
    # CMS placeholders left in keywords (IDN Times JSON-LD: "Update me").
    r"|update me)$",
    re.IGNORECASE,
)


def clean_tags(values: Iterable[str]) -> list[str]:
    """Topic tags as printed, without '#', label:value bookkeeping, empty or sentence-long items."""
    out: list[str] = []
    for value in values:
        tag = _text(value).lstrip("#").strip(" ,;|")
        if not tag or _LABELLED.match(tag) or _SEO_TAG.match(tag) or len(tag) > 60:
            continue
        if len(tag.split()) > 6:
            continue
        out.append(tag)
    return _dedupe(out)


def without_outlets(tags: list[str], site_names: Iterable[str]) -> list[str]:
    """The tags that do not name the outlet (its name, host or brand: see _names_outlet)."""
    names = {_key(n) for n in site_names if n}
    return [t for t in tags if not _names_outlet(t, _key(t), names)]


def keywords_look_like_tags(keywords: list[str], *texts: str) -> bool:
    """Whether <meta keywords> are real topics rather than a sentence cut at spaces/commas.

    Merdeka and KLY's today reader split the description or headline into one-word "keywords"
    ("Umumnya, banyak, orang, …", "makan."): items ending a sentence, or three items in a row that
    are consecutive words of the headline/description, mark the list as text, not tags.
    """
    if not keywords or any(k.rstrip().endswith((".", "!", "?")) for k in keywords):
        return False
    words = [w.lower() for text in texts for w in _WORD.findall(text)]
    pairs = set(pairwise(words))
    run = 0
    for first, second in pairwise(keywords):
        if " " not in first and " " not in second and (first.lower(), second.lower()) in pairs:
            run += 1
            if run >= 2:
                return False
        else:
            run = 0
    return True


# --- authors --------------------------------------------------------------------------------

_LABEL = re.compile(
    # "By", and its Indonesian, German, French, Italian, Spanish, Scandinavian and Dutch forms.
    r"^\s*(?:penulis|editor|reporter|pewarta|jurnalis|oleh|by|author|redaktur|von|par|di|por|av|af|"
    r"door|"
    # "Kontributor Lhokseumawe, Masriadi": the place after a contributor label is not a name.
    r"(?:kontributor|koresponden)(?:\s+[^,:]{2,40},|(?=\s*[:\-]))|"
    r"laporan wartawan[^,]*,?|diterbitkan oleh)(?:\s*[:\-]\s*|\s+)",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s*[-–|/]\s*(?:" + "|".join((*knowledge.byline_suffixes(), r"\w+\.(?:com|id)")) + r")\s*$",
    re.IGNORECASE,
)
# "A, B dan C", "A und B", "A og B", "A et B", "A y B", "A e B", "A en B", "A och B", "A ve B".
# Only between two names: "Dan Jervis-Bardy" is one.
_SPLIT = re.compile(r"\s*[,;&/]\s*|\s+(?:dan|and|und|og|och|et|y|e|en|ve|és|i|и)\s+", re.IGNORECASE)
# A desk code or role after a name: "Elena Oberholzer (obe)", "Ahmad (Kontributor)".
_PARENTHESES = re.compile(r"\s*\([^()]{0,40}\)")
# "Andi Saputra - Sepakbola", "Rahmat - detikNews": a desk or section after the name.
_DESK_SUFFIX = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,4})\s+[-–|]\s+\S+(?:\s+\S+)?$")
_NOT_NAMES = re.compile(
    r"^(?:tim|redaksi|tim redaksi|admin|administrator|staff|unknown|anonim|cyber media|"
    + "".join(re.escape(name) + "|" for name in knowledge.organisations())
    + r"jurnalis|wartawan|editor|penulis|reporter|null|none)$",
    re.IGNORECASE,
)
_DESK_CODE = re.compile(r"^[a-z]{2,5}$")
# A desk, an office or a role in a byline part ("Kontributor Lhokseumawe", "Tim Redaksi",
# "Redaktion Wirtschaft", "Pilihan Editor"): a person's name holds no such word.
_ROLE_WORD = re.compile(
    r"\b(?:redaksi|redaktion|redaktur|kontributor|koresponden|korrespondent|wartawan|jurnalis|"
    r"penulis|editor|newsroom|"
    # a coverage team, a public-relations office, a press release: "Tim Liputan", "Humas Pemkot
    # Metro", "Rilis", "Siaran Pers"
    r"liputan|humas|rilis|siaran pers|press release)\b",
    re.IGNORECASE,
)
# An academic degree after a name's comma ("Rina Marlina, S.Sos", "…, M.Si.", "…, Ph.D"): part of
# how Indonesian bylines print a name, never a second author.
_DEGREE = re.compile(
    r"(?:[SMD]\.\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][A-Za-z]{0,3}\.?){0,2}|Ph\.?\s?D\.?|MBA|MPH|"
    r"Lc\.?|[MB]\.A\.?)"
)


def clean_authors(values: Any, site_names: Iterable[str] = ()) -> list[str]:
    """Person names only, in order, deduplicated: labels, portal names, URLs and handles dropped.

    Accepts strings, JSON-LD Person/Organization dicts and lists of either. "A, B dan C" splits.
    Organizations are dropped: a byline of "Liputan6.com" names no author.
    """
    names = {_key(n) for n in site_names if n}
    out: list[str] = []
    seen: set[str] = set()
    for raw in _flatten_people(values):
        # (": Kontributor Lhokseumawe, Masriadi": a table row's value keeps its colon)
        text = _SUFFIX.sub("", _LABEL.sub("", _text(raw).lstrip(":： ")))
        if _CREDIT_LIKE.match(text) or text.startswith(("http://", "https://", "//")):
            # "Image: Getty Images/…", "Foto: …": a photo credit names no author; a URL (an
            # author page, a Facebook profile in article:author) names nobody in its words.
            continue
        desk = _DESK_SUFFIX.match(text)
        if desk and not _SPLIT.search(text):
            text = desk.group("name")
        text = _PARENTHESES.sub("", text)
        for part in _SPLIT.split(text):
            name = _LABEL.sub("", part).strip(" .:-–|()[]\"'")
            if _DEGREE.fullmatch(name):
                continue
            key = _key(name)
            if _names_outlet(name, key, names):
                break  # what follows the outlet is its address or desk: "x.de, Frankfurt, Germany"
            if not _is_person_name(name, key, names) or key in seen:
                continue
            seen.add(key)
            out.append(name)
    return out


# A host in a name: "mdr.de", "hessenschau.de", "Kompas.com" (a person's name has no dotted word).
_HOST_IN_NAME = re.compile(r"\b[\w-]{2,}\.(?:[a-z]{2,6}|co\.[a-z]{2})\b")


def _names_outlet(name: str, key: str, site_names: set[str]) -> bool:
    """Whether a byline part names the outlet: its name or host, its name and a desk, or the
    initials its host spells ("Deutsche Welle" on dw.com)."""
    if not key:
        return False
    if key in site_names or _HOST_IN_NAME.search(name) or _BRANDS.fullmatch(name.strip()):
        return True
    words = name.split()
    if len(words) < 2:
        return False
    # "MDR THÜRINGEN", "Kompas TV": the outlet and its desk or channel.
    return _key(words[0]) in site_names or "".join(w[0] for w in words).casefold() in site_names


def _flatten_people(values: Any) -> Iterable[str]:
    if isinstance(values, str):
        yield values
    elif isinstance(values, dict):
        kind = values.get("@type")
        kinds = {kind} if isinstance(kind, str) else set(kind or [])
        if kinds & {"Organization", "NewsMediaOrganization"}:
            return
        name = values.get("name")
        if isinstance(name, str):
            yield name
        elif isinstance(values.get("familyName"), str):  # a Person by its parts only
            parts = (values.get(k) for k in ("givenName", "additionalName", "familyName"))
            yield " ".join(p for p in parts if isinstance(p, str) and p.strip())
    elif isinstance(values, list | tuple):
        for value in values:
            yield from _flatten_people(value)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_CREDIT_LIKE = re.compile(
    r"^(?:foto|photo|image|bild|picture|illustration|ilustrasi|credit|sumber)s?\s*[:/]",
    re.IGNORECASE,
)


def _is_person_name(name: str, key: str, site_names: set[str]) -> bool:
    """Whether a byline part is a person's name; _names_outlet has already ruled out the
    outlet's own name, host and brands."""
    # Two ideographs or syllables make a Japanese, Chinese or Korean name ("新間"); two letters
    # of an alphabet are initials or a desk code.
    if len(key) < (2 if _CJK.search(key) else 3) or len(name) > 60 or len(name.split()) > 6:
        return False
    if "@" in name or ":" in name:
        return False  # an e-mail address, or a label ("Stand:", "Erstellt:") taken for a name
    if name.startswith(("@", "http", "www.")) or "://" in name or _HOSTLIKE.search(name):
        return False
    if _NOT_NAMES.match(name) or _DESK_CODE.match(name) or any(c.isdigit() for c in name):
        return False
    if _ROLE_WORD.search(name) or _LABEL.fullmatch(f"{name} "):
        return False  # (a label left alone: "Von", "Oleh")
    # "Kompas Regional": a longer name that holds the outlet's.
    return not any(len(s) >= 4 and s in key for s in site_names)


# --- dates ----------------------------------------------------------------------------------

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "content_publisheddate",
    "dc.date",
    "dc.date.issued",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")


def _pick_date(
    page: Page, ld_value: Any, meta_keys: tuple[str, ...]
) -> tuple[ParsedDate | None, str]:
    """(parsed value, raw string) of the first usable date among JSON-LD, <meta> and microdata."""
    raws: list[str] = [_text(ld_value)] + [page.first_meta(k) for k in meta_keys]
    if meta_keys is _PUBLISHED_KEYS:
        raws += _microdata(page, "datePublished") + [
            v
            for el in page.elements("time")
            if el.get("pubdate") is not None
            if (v := el.get("datetime")) is not None
        ]  # //time[@pubdate]/@datetime
    else:
        raws += _microdata(page, "dateModified")
    candidates = [(raw, parse_date(raw)) for raw in raws if raw]
    found = [(raw, d) for raw, d in candidates if d is not None]
    if not found:
        return None, ""
    raw, best = found[0]
    # A date-only value loses to a later source with the same day and a time.
    if not best.has_time:
        for other_raw, other in found[1:]:
            if other.has_time and other.value.date() == best.value.date():
                raw, best = other_raw, other
                break
    if not indonesian_page(page):
        # Offsets abroad mean what they say; a clock without one is in the zone the page's
        # other dated values state (one page, one zone).
        return _zone_from_page(page, raw, best), raw
    evidence = [d for _, d in found if d.value.utcoffset() in _TRUSTED_OFFSETS and d is not best]
    from_url = date_from_url(page.url)
    if from_url is not None:
        evidence.append(from_url)
    return sane_offset(best, evidence), raw


_ZONED = re.compile(
    r"\d[:.]\d\d(?:[:.]\d\d)?(?:[.,]\d+)?\s*(?:Z\b|[+-]\d\d:?\d\d\b|(?:WIB|WITA|WIT|UTC|GMT|[A-Z]{1,3}[SD]?T)\b)"
)


def has_zone(raw: str) -> bool:
    """Whether a date string states its zone ("…+02:00", "…Z", "… WIB", "… CEST")."""
    return bool(_ZONED.search(raw or ""))


def _zone_from_page(page: Page, raw: str, d: ParsedDate) -> ParsedDate:
    if not d.has_time or has_zone(raw):
        return d
    pool = [page.first_meta(k) for k in (*_PUBLISHED_KEYS, *_MODIFIED_KEYS)]
    pool += [_text(page.article_jsonld.get(k)) for k in ("datePublished", "dateModified")]
    pool += [v for el in page.elements("time") if (v := el.get("datetime")) is not None][:4]
    for other in pool:
        if other and has_zone(other):
            found = parse_date(other)
            if found is not None and found.has_time:
                return ParsedDate(d.value.replace(tzinfo=found.value.tzinfo), True)
    return d


def indonesian_page(page: Page) -> bool:
    """A page of an Indonesian site (by its language, an .id host or a portal profile): the
    only pages whose mislabelled offsets are re-read as WIB and whose bare clocks are WIB."""
    from newsbot.portals import portal_for_url

    host = (urlsplit(page.url).hostname or "").lower()
    if host.endswith(".id") or portal_for_url(page.url) is not None:
        return True
    return _language(page, page.article_jsonld) in ("id", "")


def sane_offset(d: ParsedDate, evidence: Iterable[ParsedDate] = ()) -> ParsedDate:
    """Correct a wall-clock WIB time stamped with a wrong offset; express true instants in WIB.

    Offsets +07/+08/+09 are Indonesian and trusted. Any other offset is either a real instant
    (liputan6's "…Z" values are true UTC) or WIB mislabelled (Merdeka's "-07:00", old Detik's
    "Z"): the reading closer to the evidence (URL date, other sources) wins; with no evidence a
    negative offset is taken as mislabelled WIB and UTC as a true instant.
    """
    offset = d.value.utcoffset()
    if not d.has_time or offset in _TRUSTED_OFFSETS:
        return d
    as_instant = ParsedDate(d.value.astimezone(WIB), True)
    as_wall = ParsedDate(d.value.replace(tzinfo=WIB), True)
    for ref in evidence:
        if ref.has_time:
            return min((as_instant, as_wall), key=lambda c: abs(c.value - ref.value))
        day = ref.value.astimezone(WIB).date() if ref.has_time else ref.value.date()
        matches = [c for c in (as_instant, as_wall) if c.value.date() == day]
        if len(matches) == 1:
            return matches[0]
    return as_wall if offset is not None and offset < timedelta(0) else as_instant


# --- small readers --------------------------------------------------------------------------


# <meta> tags that name the article's author, in order; a tag naming the outlet is passed over
# for the next ("author" is often the company, "article:author" the Facebook profile URL).
_AUTHOR_META = (
    "author",
    "content_author",
    "dc.creator",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
)
# Yoast SEO's "Written by" line (twitter:label1 / twitter:data1), in its common translations.
_WRITTEN_BY = frozenset(
    {
        "written by",
        "ditulis oleh",
        "penulis",
        "verfasst von",
        "geschrieben von",
        "écrit par",
        "escrito por",
        "scritto da",
        "geschreven door",
    }
)


def _labelled_meta(page: Page, labels: frozenset[str]) -> str:
    """The value of a labelled <meta> pair (twitter:labelN / twitter:dataN, or Yoast's newer
    twitter:misc:<label>) whose label is one of `labels`."""
    for n in range(1, 5):
        if page.first_meta(f"twitter:label{n}").casefold() in labels:
            return page.first_meta(f"twitter:data{n}")
    for label in labels:
        if value := page.first_meta(f"twitter:misc:{label}"):
            return value
    return ""


def _microdata(page: Page, prop: str) -> list[str]:
    """The values of `prop`: the article item's own when it has them (teasers of other stories
    around it carry their authors and dates in loose itemprops or items of their own)."""
    found = page.itemprops.get(prop, ())
    own = [el for el in found if _of_article_item(el)]
    values = []
    for el in own or found:
        value = (
            el.get("content")
            or el.get("datetime")
            or (el.get("title") if el.tag == "abbr" else None)  # Blogger's abbr.published
            or el.text_content()
        )
        if value and value.strip():
            values.append(_text(value))
    return values


def _of_article_item(el: HtmlElement) -> bool:
    """Whether `el`'s property belongs to an Article item (its nearest itemscope ancestor)."""
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    kind = (scope.get("itemtype") or "").rstrip("/") if scope is not None else ""
    return bool(kind) and is_article_type(re.split(r"[/#]", kind)[-1])


def _meta_all(page: Page, key: str) -> list[str]:
    found = [
        v
        for el in page.elements("meta")
        if key in (el.get("property"), el.get("name")) and (v := el.get("content")) is not None
    ]  # //meta[@property=key or @name=key]/@content
    return _dedupe(_text(v) for v in found if v.strip())


def _images(page: Page, ld: dict[str, Any]) -> list[Image]:
    urls: list[str] = []
    value = ld.get("image")
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            urls.append(item)
        elif isinstance(item, dict) and isinstance(item.get("url"), str):
            urls.append(item["url"])
    urls += [page.first_meta("og:image"), page.first_meta("twitter:image")]
    good = [page.absolute(u) for u in urls if u and u.strip().startswith(("http", "/"))]
    return [Image(url=u, caption="") for u in _dedupe(good)]


def _language(page: Page, ld: dict[str, Any]) -> str:
    for value in (
        _text(ld.get("inLanguage")),
        page.first_meta("language", "content-language", "og:locale"),
        page.tree.get("lang") or "",
    ):
        code = value.strip().replace("_", "-").split("-")[0].lower()
        if code == "in":
            code = "id"  # the old ISO 639 code some CMSs still emit
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return ""


def _split_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return _dedupe(_text(v) for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str):
        return []
    return _dedupe(p.strip() for p in value.split(",") if p.strip())


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value) if isinstance(value, str) else ""


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _key(value: str) -> str:
    """Letters and digits of any script, case-folded: "Jörg" and "大渡 美咲" keep their letters."""
    return _NOT_ALNUM.sub("", value.casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")


def _first(values: list[str]) -> str:
    return values[0] if values else ""


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out
