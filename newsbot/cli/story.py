"""`newsbot story ID`: one story's versions in time order, each compared word by word with the first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsbot.cli._common import db_option, fail
from newsbot.cli._store import open_store
from newsbot.cli.stories import minutes_label


def _when(published: str) -> str:
    return published[:16].replace("T", " ")


def _clip(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("story")
@click.argument("story_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the story as JSON.")
@click.option(
    "--phrases",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="How many added/cut passages to show per version.",
)
@db_option(must_exist=True)
def command(story_id: int, as_json: bool, phrases: int, db_path: Path) -> None:
    """Show a story's versions (first first) and what each added, cut and changed in the headline."""
    from newsbot.store.stories import story_detail

    with open_store(db_path, readonly=True) as store:
        story = story_detail(store.db, story_id)
    if story is None:
        fail(f"no story {story_id} (see `newsbot stories`)")
        return
    if as_json:
        click.echo(json.dumps(story, ensure_ascii=False, indent=2))
        return
    print_story(Console(highlight=False), story, phrases)


def print_story(console: Console, story: dict[str, Any], phrases: int = 3) -> None:
    """The versions of a story, first first, each with what it changed against the first."""
    story_id = story["story_id"]
    first, *others = story["members"]
    console.print(
        f"[bold]Story {story_id}[/bold]: {len(story['members'])} versions on"
        f" {', '.join(story['portals'])}"
    )
    console.print(
        f"first: [bold]{first['portal']}[/bold] {_when(first['published'])}  {first['headline']}",
        soft_wrap=True,
    )
    console.print(f"       [dim]{first['url']}[/dim]", soft_wrap=True)
    for version in others:
        diff = version["diff"]
        console.print(
            f"\n{minutes_label(version['minutes_after_first'])}  [bold]{version['portal']}[/bold]"
            f" {_when(version['published'])}  similarity {version['similarity']:.2f}"
            f" (facts {version['facts_similarity']:.2f})"
        )
        console.print(f"       [dim]{version['url']}[/dim]", soft_wrap=True)
        if diff["headline_changed"]:
            console.print(f"  headline: {version['headline']}", soft_wrap=True)
        else:
            console.print("  headline: unchanged")
        console.print(
            f"  words: {diff['words_kept']} kept, +{diff['words_added']} added,"
            f" -{diff['words_cut']} cut"
        )
        for text in sorted(diff["added"], key=len, reverse=True)[:phrases]:
            console.print(f"  [green]+ {_clip(text)}[/green]")
        for text in sorted(diff["cut"], key=len, reverse=True)[:phrases]:
            console.print(f"  [red]- {_clip(text)}[/red]")
