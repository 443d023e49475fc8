"""`python -m newsbot` = the `newsbot` command."""

from newsbot.cli import main

main()
