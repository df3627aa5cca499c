"""`kg serve`: the Oxigraph SPARQL server (the `oxigraph` package's binary), read-only,
over a store made by `kg load`.

What it offers: the SPARQL 1.1 Protocol at /query (GET and POST, every results format
Oxigraph knows), Oxigraph's YASGUI page at /, the union of all graphs as the default
graph (kept as the store's default graph by kg.store, so a triple several documents state
is one triple), a time limit per query, and no update (the server is started read-only).
While it runs it holds the store's shared lock, so `kg load` into the same store is
refused instead of changing files under a running server.
"""
from __future__ import annotations

import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import KgError
from .store import check_store, locked

DEFAULT_BIND = "127.0.0.1:7878"
STARTUP_SECONDS = 20
_BIND = re.compile(r"^(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\[\]]+)):(?P<port>[0-9]{1,5})$")


class ServeError(KgError):
    pass


def parse_bind(bind: str) -> tuple[str, int]:
    """'127.0.0.1:7878', 'localhost:8000', '[::1]:7878' -> (host, port)."""
    m = _BIND.match(bind.strip())
    port = int(m.group("port")) if m else 0
    if not m or not 0 < port < 65536:
        raise ServeError(f"--bind: '{bind}' is not HOST:PORT (for example {DEFAULT_BIND})")
    host = m.group("v6") or m.group("host")
    if m.group("v6"):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ServeError(f"--bind: '{host}' is not an IPv6 address") from None
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise ServeError(f"--bind: unknown host '{host}'") from None
    return host, port


def url_of(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def check_port(host: str, port: int) -> None:
    """Fail early, with our own message, if the address cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            reason = "port in use" if exc.errno == 98 else (exc.strerror or str(exc))
            raise ServeError(f"--bind {host}:{port}: cannot listen there ({reason})") from None


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def _wait_listening(proc: subprocess.Popen, host: str, port: int) -> bool:
    """True once the server accepts connections; False if it exited first."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def serve(store: str | Path, bind: str = DEFAULT_BIND, timeout: float = 30, announce=print) -> None:
    """Run the server until Ctrl-C or SIGTERM; then stop it and return."""
    root = Path(store)
    data = check_store(root)
    host, port = parse_bind(bind)
    if timeout <= 0:
        raise ServeError("--timeout must be a positive number of seconds")
    binary = oxigraph_binary()
    with locked(root, exclusive=False):
        check_port(host, port)
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        cmd = [binary, "serve-read-only", "--location", str(data), "--bind", address,
               "--timeout-s", f"{timeout:g}"]
        log = tempfile.TemporaryFile()
        # Own process group: Ctrl-C reaches us, and we stop the server ourselves.
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                start_new_session=True)
        # SIGINT too: a shell starts background jobs with it ignored.
        previous = {sig: signal.signal(sig, _raise_interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            if not _wait_listening(proc, host, port):
                _stop(proc)
                log.seek(0)
                lines = [ln for ln in log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
                raise ServeError(f"the Oxigraph server did not start: {lines[-1] if lines else 'no message'}")
            url = url_of(host, port)
            announce(f"kg: serving {root} read-only at {url}/ (SPARQL endpoint {url}/query, "
                     f"query time limit {timeout:g} s); Ctrl-C stops")
            code = proc.wait()
            log.seek(0)
            tail = log.read().decode("utf-8", "replace").strip().splitlines()
            raise ServeError(f"the Oxigraph server stopped (exit {code}): {tail[-1] if tail else 'no message'}")
        except KeyboardInterrupt:
            _stop(proc)
            announce("kg: server stopped")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if proc.poll() is None:
                _stop(proc)
            log.close()


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass
