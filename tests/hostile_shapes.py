"""Hostile page shapes at a chosen size, for the robustness tests and benchmarks/extraction.py.

Each shape is an article page (a headline and six distinct paragraphs) carrying one pathological
feature repeated n times; `build(name, scale)` makes it with scale × the shape's base count. At 16×
each reaches the size issue 12 found stalling extraction (2,000 unclosed <div>s each holding a
paragraph, 100,000 links, one element with 100,000 attributes, 20,000 <img>, 20,000 unclosed
<script>, 100,000 date spans, a 15.9 MB paragraph), so the cost from 1× to 16× shows whether every
pass is linear. Written by the project; nothing here comes from a saved page.
"""

from __future__ import annotations

from collections.abc import Callable

TITLE = "Warga Desa Lembah Hijau Bangun Jembatan Gantung Baru"
PROSE = "Warga Desa Lembah Hijau bergotong royong memperbaiki jalan yang rusak sejak musim hujan. "
URL = "https://example.test/2026/11/20/berita/warga-desa-bangun-jembatan.html"


SENTENCES = (
    "Warga Desa Lembah Hijau bergotong royong memperbaiki jalan yang rusak sejak musim hujan.",
    "Kepala desa mengatakan perbaikan dibiayai dana desa dan swadaya masyarakat setempat.",
    "Jembatan gantung yang lama sudah lapuk dan tidak aman dilalui anak-anak sekolah.",
    "Pekerjaan ditargetkan selesai sebelum panen raya pada akhir bulan depan.",
    "Pemerintah kabupaten berjanji mengirim alat berat untuk meratakan jalan desa.",
    "Warga berharap hasil bumi bisa diangkut ke pasar kecamatan lebih cepat dan murah.",
)


def article(paragraphs: int = 6) -> str:
    """Six paragraphs of distinct prose (repeated text reads as a hidden copy)."""
    return "".join(f"<p>{SENTENCES[i % 6]}</p>" for i in range(paragraphs))


def page(body: str, after: str = "") -> bytes:
    """An article page: `body` inside the story's container, `after` in a block of its own."""
    return (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        f"<div class=isi>{body}</div><div class=lain>{after}</div></body></html>"
    ).encode()


def plain() -> bytes:
    """The article page every shape starts from, with no hostile feature: its cost is the fixed
    part of every shape's 1× figure."""
    return page(article())


def nested_divs(n: int) -> bytes:
    return page("<div>" * n + article() + "</div>" * n)


def unclosed_divs(n: int) -> bytes:
    """Each paragraph in its own <div>, none closed: every paragraph one level deeper."""
    return page(
        "".join(
            f"<div><p>Paragraf {i}: warga desa berkata jalan rusak parah.</p>" for i in range(n)
        )
    )


def unclosed_div_p(n: int) -> bytes:
    return page(
        "".join(f"<div><p>Paragraf {i}: warga desa berkata jalan rusak parah." for i in range(n))
    )


def links(n: int) -> bytes:
    return page(article(), "".join(f'<a href="/berita/{i}">Tautan {i}</a> ' for i in range(n)))


def line_breaks(n: int) -> bytes:
    return page(article(), "<div>x" + "<br>" * n + "</div>")


def giant_attribute(n: int) -> bytes:
    return page(f'<div data-x="{"a" * n}">' + article() + "</div>")


def many_attributes(n: int) -> bytes:
    return page(f"<div {' '.join(f'data-a{i}=v{i}' for i in range(n))}>" + article() + "</div>")


def images(n: int) -> bytes:
    return page(article() + "".join(f'<img src="/foto/{i}.jpg" alt="foto {i}">' for i in range(n)))


def unclosed_scripts(n: int) -> bytes:
    return page(article(), "<script>var a = 1;\n" * n)


def date_spans(n: int) -> bytes:
    spans = (f"<span>Senin, {1 + i % 28} Maret 2024 {i % 24:02d}:15 WIB</span>" for i in range(n))
    return page(article(), "".join(spans))


def long_paragraph(n: int) -> bytes:
    return page(article() + f"<p>{PROSE * n}</p>")


# name -> (builder, count at 1×); 16× is the size issue 12 reported where it named one.
BASES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "nested divs": (nested_divs, 320),
    "unclosed divs, a paragraph each": (unclosed_divs, 125),
    "unclosed <div><p>": (unclosed_div_p, 125),
    "links": (links, 6_250),
    "line breaks in one element": (line_breaks, 6_250),
    "giant attribute": (giant_attribute, 500_000),
    "attributes on one element": (many_attributes, 6_250),
    "images": (images, 1_250),
    "unclosed scripts": (unclosed_scripts, 1_250),
    "date spans": (date_spans, 6_250),
    "long paragraph": (long_paragraph, 11_000),
}


def build(name: str, scale: int = 1) -> bytes:
    builder, base = BASES[name]
    return builder(base * scale)
