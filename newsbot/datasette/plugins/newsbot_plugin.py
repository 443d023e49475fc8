"""Loaded by `newsbot serve` (datasette --plugins-dir): the hooks live in newsbot.datasette.plugin."""

from newsbot.datasette.plugin import (  # noqa: F401
    asgi_wrapper,
    extra_template_vars,
    handle_exception,
    prepare_connection,
    register_routes,
    render_cell,
)
