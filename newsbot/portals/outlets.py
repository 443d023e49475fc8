"""Outlets known only by name: agencies, syndication partners and networks with no profile here.

Their names appear in other portals' datelines, titles and bylines ("Jakarta (JPNN.com) -",
"… | Republika Online"), so extraction must recognise them; they own no host and have no layouts
or sites, so nothing routes a page or a crawl to them.
"""

from __future__ import annotations

from newsbot.portals.base import Portal

OUTLETS = (
    Portal(
        name="jpnn",
        hosts="",
        article_url="",
        brands=("jpnn",),
        outlet_spellings=("JPNN.com",),
        dateline_outlets=("JPNN",),
    ),
    Portal(
        name="sindonews",
        hosts="",
        article_url="",
        brands=("sindonews",),
        dateline_outlets=("SINDOnews", "Sindonews"),
    ),
    Portal(
        name="republika",
        hosts="",
        article_url="",
        brands=("republika",),
        dateline_outlets=("Republika",),
    ),
    Portal(name="inews", hosts="", article_url="", dateline_outlets=(r"iNews(?:\.id)?",)),
    Portal(name="kontan", hosts="", article_url="", dateline_outlets=("Kontan",)),
    Portal(name="bisnis", hosts="", article_url="", dateline_outlets=("Bisnis",)),
    Portal(name="tirto", hosts="", article_url="", dateline_outlets=("Tirto",)),
    Portal(name="katadata", hosts="", article_url="", dateline_outlets=("Katadata",)),
    Portal(name="medcom", hosts="", article_url="", dateline_outlets=("Medcom",)),
    Portal(name="metrotv", hosts="", article_url="", dateline_outlets=("MetroTV",)),
    # Jawa Pos Group's regional Radar network: RadarBogor.id, RadarLampung.co.id.
    Portal(name="radar", hosts="", article_url="", camel_prefix="radar"),
)
