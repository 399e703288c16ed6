"""Child processes that start in milliseconds: a multiprocessing fork server with modules preloaded.

A test that needs a real second process (killed mid-write, racing another writer) but not a
real program start forks it from a server that has kamdesk imported already, instead of
paying a second or more of imports in every child.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import ForkServerContext

#: The modules whose functions run in the server's children. All are imported whichever test
#: starts the server (one per test process): a child would otherwise import its own module.
CHILD_MODULES = ("tests.helpers.kill_trials", "tests.helpers.racing_editor")


def preloaded_fork_server() -> ForkServerContext:
    """The fork-server context, importing :data:`CHILD_MODULES` in the server when it starts."""
    context = multiprocessing.get_context("forkserver")
    assert isinstance(context, ForkServerContext)
    context.set_forkserver_preload(list(CHILD_MODULES))
    return context
