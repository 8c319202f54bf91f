"""`warta serve --workers N`: N uvicorn processes, each with its own listening socket.

With one shared socket (uvicorn's own `workers=`), whichever process wakes first accepts a
burst of new connections, and keep-alive clients then stay on it: measured here, 32
connections split 25/7 and 27/5 between two workers, so one queued while the other idled.
Each worker here binds the port with SO_REUSEPORT instead, and the kernel spreads the
connections over the workers evenly. Where SO_REUSEPORT is missing, uvicorn's workers serve.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
from types import FrameType
from typing import Any

APP = "warta.api.app:app_from_env"  # each worker builds its app from the environment


def reuse_port_supported() -> bool:
    return hasattr(socket, "SO_REUSEPORT") and sys.platform.startswith("linux")


def listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(host: str, port: int, options: dict[str, Any]) -> None:
    import uvicorn

    sock = listening_socket(host, port)
    config = uvicorn.Config(APP, factory=True, host=host, port=port, **options)
    uvicorn.Server(config).run(sockets=[sock])


def run_workers(host: str, port: int, workers: int, **options: Any) -> int:
    """Serve with `workers` processes until SIGINT/SIGTERM; the exit code (0: stopped by a
    signal, 1: a worker failed)."""
    import uvicorn

    if not reuse_port_supported():
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, **options)
        return 0
    try:  # a port in use fails here, once, in the parent
        listening_socket(host, port).close()
    except OSError as e:
        print(f"warta: serve: cannot listen on {host}:{port} ({e.strerror})", file=sys.stderr)
        return 1
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_worker, args=(host, port, options), daemon=True) for _ in range(workers)
    ]
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for p in procs:
            if p.is_alive():
                p.terminate()  # SIGTERM: uvicorn finishes the requests in flight

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for p in procs:
            p.start()
        failed = False
        while any(p.is_alive() for p in procs):
            for p in procs:
                p.join(timeout=0.5)
                if not p.is_alive() and p.exitcode not in (0, None) and not stopping:
                    failed = True
                    stop(signal.SIGTERM, None)
        return 1 if failed else 0
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
