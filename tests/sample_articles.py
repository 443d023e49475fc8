"""Hand-written Indonesian articles for store/CLI tests (the project's own text, not copied pages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsbot.record import Article
from newsbot.store import Store


def metro_umkm() -> Article:
    url = "https://lampung.suara.com/read/2022/03/24/115626/wali-kota-metro-pasarkan-umkm"
    return Article(
        url=url,
        portal="suara",
        site="lampung.suara.com",
        section="read",
        headline="Temui Anies Baswedan, Wali Kota Metro Wahdi Pasarkan Potensi UMKM",
        lead="Wali Kota Metro Wahdi Siradjudin menemui Gubernur DKI Jakarta Anies Baswedan.",
        authors=["Wakos Reza Gautama"],
        editor="Wakos Reza Gautama",
        published="2022-03-24T11:56:26+07:00",
        published_raw="Kamis, 24 Maret 2022 | 11:56 WIB",
        dateline={"raw": "SuaraLampung.id -", "place": "", "outlet": "SuaraLampung.id"},
        body=(
            "Wali Kota Metro Wahdi Siradjudin menemui Gubernur DKI Jakarta Anies Baswedan.\n\n"
            '"Kami mencoba memasarkan produk UMKM Kota Metro ke Jakarta," jelasnya.\n\n'
            '"Suplai produk pertanian dari daerah sangat kami butuhkan," jelasnya.'
        ),
        paragraphs=[
            "Wali Kota Metro Wahdi Siradjudin menemui Gubernur DKI Jakarta Anies Baswedan.",
            '"Kami mencoba memasarkan produk UMKM Kota Metro ke Jakarta," jelasnya.',
            '"Suplai produk pertanian dari daerah sangat kami butuhkan," jelasnya.',
        ],
        quotes=[
            {
                "text": "Kami mencoba memasarkan produk UMKM Kota Metro ke Jakarta,",
                "speaker": "Wahdi Siradjudin",
                "speaker_role": "Wali Kota Metro",
                "cue": "jelasnya",
                "paragraph": 1,
                "kind": "direct",
            },
            {
                "text": "Suplai produk pertanian dari daerah sangat kami butuhkan,",
                "speaker": "Anies Baswedan",
                "speaker_role": "Gubernur DKI Jakarta",
                "cue": "jelasnya",
                "paragraph": 2,
                "kind": "direct",
            },
        ],
        lists={
            "baca_juga": [
                {
                    "title": "Harga Cabai di Bandar Lampung Naik",
                    "url": "https://lampung.suara.com/read/2022/03/23/harga-cabai-naik",
                },
                {
                    "title": "Gempa Guncang Manado",
                    "url": "https://manado.antaranews.com/berita/1/gempa-guncang-manado",
                },
            ],
            "terpopuler": [
                {"title": "Jadwal Imsakiyah Lampung", "url": "https://lampung.suara.com/read/imsak"}
            ],
        },
        tags=["UMKM", "Kota Metro", "Anies Baswedan"],
        images=[{"url": "https://media.suara.com/metro.jpg", "caption": "Wahdi dan Anies; =1+1"}],
        language="id",
        content_hash="a1b2c3",
        extractor="suara/2022",
        crawled_at="2024-05-01T10:00:00+00:00",
    )


def sample_articles() -> list[Article]:
    """Four portals, three time zones (WIB, WITA, WIT), quotes, tags and Baca Juga lists."""
    return [
        metro_umkm(),
        Article(
            url="https://regional.kompas.com/read/2024/03/27/060000/banjir-rob-semarang",
            portal="kompas",
            site="regional.kompas.com",
            headline="Banjir Rob Rendam Ribuan Rumah di Semarang",
            lead="Banjir rob kembali merendam permukiman warga di pesisir Semarang.",
            authors=["Riska Farasonalia"],
            published="2024-03-27T06:00:00+07:00",
            published_raw="27/03/2024, 06:00 WIB",
            dateline={"raw": "SEMARANG, KOMPAS.com -", "place": "Semarang", "outlet": "Kompas.com"},
            body="Banjir rob kembali merendam permukiman warga.\n\n"
            '"Air masuk sejak subuh," kata Suyatmi, warga Tambak Lorok.',
            paragraphs=[
                "Banjir rob kembali merendam permukiman warga.",
                '"Air masuk sejak subuh," kata Suyatmi, warga Tambak Lorok.',
            ],
            quotes=[
                {
                    "text": "Air masuk sejak subuh,",
                    "speaker": "Suyatmi",
                    "speaker_role": "warga Tambak Lorok",
                    "cue": "kata",
                    "paragraph": 1,
                    "kind": "direct",
                }
            ],
            lists={
                "baca_juga": [
                    {
                        "title": "Temui Anies, Wali Kota Metro Pasarkan UMKM",
                        "url": metro_umkm().url,
                    }
                ]
            },
            tags=["banjir rob", "Semarang"],
            language="id",
            extractor="kompas/2023",
            crawled_at="2024-05-01T10:05:00+00:00",
        ),
        Article(
            url="https://makassar.tribunnews.com/2024/03/27/pasar-terong-ramai-jelang-lebaran",
            portal="tribun",
            site="makassar.tribunnews.com",
            headline="Pasar Terong Makassar Ramai Jelang Lebaran",
            lead="Pengunjung memadati Pasar Terong, Rabu pagi.",
            published="2024-03-27T06:30:00+08:00",
            published_raw="Rabu, 27 Maret 2024 06:30 WITA",
            body="Pengunjung memadati Pasar Terong, Rabu pagi. Harga beras naik.",
            paragraphs=["Pengunjung memadati Pasar Terong, Rabu pagi. Harga beras naik."],
            tags=["Lebaran", "Makassar", "harga beras"],
            language="id",
            extractor="tribun/2024",
        ),
        Article(
            url="https://papua.antaranews.com/berita/2024/03/27/kopi-wamena-ekspor",
            portal="antara",
            site="papua.antaranews.com",
            headline="Kopi Wamena Diekspor ke Jepang",
            lead="Kopi arabika Wamena diekspor perdana ke Jepang.",
            published="2024-03-27T07:30:00+09:00",
            published_raw="Rabu, 27 Maret 2024 07:30 WIT",
            dateline={"raw": "Wamena (ANTARA) -", "place": "Wamena", "outlet": "ANTARA"},
            body="Kopi arabika Wamena diekspor perdana ke Jepang. Petani kopi menyambut gembira.",
            paragraphs=["Kopi arabika Wamena diekspor perdana ke Jepang. Petani kopi menyambut."],
            quotes=[
                {
                    "text": "petani kopi kini punya pasar baru",
                    "speaker": "Anies Baswedan",
                    "speaker_role": "",
                    "cue": "menurut",
                    "paragraph": 0,
                    "kind": "indirect",
                }
            ],
            tags=["kopi", "ekspor"],
            language="id",
            extractor="antara/2024",
        ),
    ]


def filled_store(path: Path) -> Path:
    """A database at `path` holding sample_articles() and one finished crawl run."""
    with Store(path) as store:
        run = store.start_run("suara-lampung", {"max_articles": 10})
        for article in sample_articles():
            store.save(article, fetched_url=article.url, seen_at="2024-05-01T10:00:00+00:00")
        store.finish_run(run, {"saved": 4}, {"headline": 1.0, "published": 1.0}, ["slow portal"])
    return path


def demo_db(folder: Path) -> Path:
    """A database filled by a real `newsbot demo` crawl over loopback (once per folder)."""
    path = folder / "demo.db"
    if not path.exists():
        result = subprocess.run(
            [sys.executable, "-m", "newsbot", "demo", "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-2000:]
    return path
