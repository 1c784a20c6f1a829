"""Two ways to execute a report notebook with papermill: a fresh kernel per run, or a warm one.

``papermill`` is papermill's own engine: every run starts a kernel, which then imports pandas,
altair and scipy before doing any work. ``warm`` is the same engine with the kernel kept: each
worker process starts one kernel and reuses it for every notebook and country it is given,
resetting the kernel's state before each run (namespace, execution count, output cache,
warning registries, working directory), so that a run sees what a fresh kernel would show it.
The modules imported stay imported: that is the time saved. Both write the same files; the
tests and ``make benchmark`` compare them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from multiprocessing import util

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines

ENGINES = ("warm", "papermill")
#: Sent once to a new kernel: remember its namespace as a fresh kernel shows it to a notebook
#: (on the shell, outside the namespace), since IPython's reset leaves out a few names
#: (``_``, ``__doc__``, ``__spec__``, ...).
SNAPSHOT = "setattr(get_ipython(), '_fresh_namespace', dict(get_ipython().user_ns))"
#: Sent to the kernel before each run, silently and outside the history; one expression, so
#: that it leaves no name behind in the namespace it clears. IPython's reset ends with a full
#: garbage collection, which walks every object the imports made (half a second); freezing
#: what survives it keeps the next collection to what one run makes.
RESET = (
    "(lambda ip, os, sys, gc: (ip.reset(new_session=True), "
    "[ip.user_ns.setdefault(k, v) for k, v in ip._fresh_namespace.items()], gc.freeze(), "
    "[getattr(m, '__warningregistry__', {{}}).clear() for m in list(sys.modules.values())], "
    "os.chdir({cwd!r})))(get_ipython(), __import__('os'), __import__('sys'), __import__('gc'))"
)

#: The warm kernel keeps its input history in memory: a run's history is not worth a write.
HISTORY_IN_MEMORY = ["--HistoryManager.hist_file=:memory:"]


@dataclass
class _Kernel:
    """The warm kernel of this process: its name, its manager and the client talking to it
    (connected once: a client's start-up handshake costs more than a small notebook)."""

    name: str
    manager: AsyncKernelManager
    client: AsyncKernelClient


_KERNEL: _Kernel | None = None


def shutdown() -> None:
    """Stop this process's warm kernel (also run when a worker process exits)."""
    global _KERNEL
    if _KERNEL is not None:
        kernel, _KERNEL = _KERNEL, None
        kernel.client.stop_channels()
        run_sync(kernel.manager.shutdown_kernel)(now=True)


def warm_kernel(name: str, startup_timeout: float = 60) -> _Kernel:
    """This process's kernel of ``name``, started on first use or after it died."""
    if _KERNEL is not None and (_KERNEL.name != name
                                or not run_sync(_KERNEL.manager.is_alive)()):
        shutdown()
    if _KERNEL is None:
        _start(name, startup_timeout)
    assert _KERNEL is not None
    return _KERNEL


def _start(name: str, startup_timeout: float) -> None:
    """Start a kernel of ``name`` in the current directory, connect to it, remember both."""
    global _KERNEL
    manager = AsyncKernelManager(kernel_name=name)
    run_sync(manager.start_kernel)(cwd=os.getcwd(), extra_arguments=HISTORY_IN_MEMORY)
    client = manager.client()
    client.start_channels()
    try:
        run_sync(client.wait_for_ready)(timeout=startup_timeout)
        _run_silently(client, SNAPSHOT, startup_timeout)
    except Exception:
        client.stop_channels()
        run_sync(manager.shutdown_kernel)(now=True)
        raise
    client.allow_stdin = False
    _KERNEL = _Kernel(name, manager, client)
    util.Finalize(manager, shutdown, exitpriority=10)


def _run_silently(client: AsyncKernelClient, code: str, timeout: float | None) -> None:
    """Execute ``code`` in the kernel without output or history; raise if it fails."""
    msg_id = client.execute(code, silent=True, store_history=False)

    async def reply() -> dict:
        while True:
            msg = await client.get_shell_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    content = run_sync(reply)()["content"]
    if content["status"] != "ok":
        raise RuntimeError(f"the kernel could not run {code[:40]!r}: {content.get('evalue')}")


class WarmEngine(NBClientEngine):
    """papermill's nbclient engine on this process's warm kernel, reset before each run."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                 stderr_file=None, start_timeout=60, execution_timeout=None,
                                 **kwargs):
        """Run the parameterised notebook on the warm kernel (papermill has chdir'd to cwd)."""
        kernel = warm_kernel(kernel_name, start_timeout)
        kwargs.pop("input_path", None)
        timeout = execution_timeout or kwargs.pop("timeout", None)
        client = PapermillNotebookClient(
            nb_man, km=kernel.manager, timeout=timeout, startup_timeout=start_timeout,
            kernel_name=kernel_name, log_output=log_output, stdout_file=stdout_file,
            stderr_file=stderr_file, **kwargs)
        client.kc = kernel.client
        try:
            _run_silently(kernel.client, RESET.format(cwd=os.getcwd()), start_timeout)
            return client.execute(cleanup_kc=False)
        except BaseException:
            shutdown()  # a cell error does not get here: a kernel that timed out or died does
            raise


papermill_engines.register("warm", WarmEngine)
