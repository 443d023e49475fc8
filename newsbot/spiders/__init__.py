"""Spiders: crawling only (discovery, paging, politeness). Extraction lives in newsbot.extract."""
