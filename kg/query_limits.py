"""What a `kg query` may do: read the graph it was given, for a limited time, and nothing else.

- No SERVICE (Oxigraph would send the query to any URL), no FROM / FROM NAMED (a query
  must not pick its own data). Checked on the query's tokens, outside strings, IRIs,
  comments and prefixed names, so `"from"`, `?from` and `ex:service` are fine.
- A time limit: Oxigraph's evaluation cannot be interrupted from Python, so the query
  runs in a forked child that is killed when the time is up.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import time
import traceback

from .errors import KgError, QueryError

DEFAULT_SECONDS = 60.0

# Everything that may hold a keyword-like word without being one, longest forms first.
_NOT_KEYWORDS = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|[?$][\w]+|@[A-Za-z0-9-]+"
    r"|(?:[A-Za-z][\w.-]*)?:[\w.:%\\-]*"
)


def forbidden_clause(text: str) -> str | None:
    """'SERVICE', 'FROM' or 'FROM NAMED' if the query uses it, else None."""
    import re

    bare = re.sub(_NOT_KEYWORDS, " ", text)
    m = re.search(r"(?<![\w])(service|from(?:\s+named)?)(?![\w])", bare, re.I)
    return " ".join(m.group(1).upper().split()) if m else None


def check_query(text: str) -> None:
    clause = forbidden_clause(text)
    if clause == "SERVICE":
        raise QueryError("SERVICE is not allowed: a query never reaches the network")
    if clause:
        raise QueryError(f"{clause} is not allowed: a query runs on the graph it is given "
                         f"(use GRAPH <…> {{ … }} for a named graph)")


def run_with_time_limit(fn, seconds: float, what: str = "the query"):
    """fn() in a forked child, its (picklable) result returned; the child is killed after
    `seconds`. KgErrors raised in the child are raised here as they were."""
    if seconds <= 0:
        raise QueryError("--timeout must be more than 0 seconds")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, send the outcome, leave without cleanup handlers
        os.close(read_fd)
        try:
            try:
                payload = ("ok", fn())
            except KgError as exc:
                payload = ("kg", type(exc), exc.one_line(), exc.exit_code)
            except BaseException as exc:  # noqa: BLE001 - reported by the parent
                payload = ("other", type(exc).__name__, " ".join(str(exc).split())[:300],
                           traceback.format_exc())
            data = pickle.dumps(payload)
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view):]
        finally:
            os._exit(0)
    os.close(write_fd)
    chunks, deadline, done = [], time.monotonic() + seconds, False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            ready, _, _ = select.select([read_fd], [], [], left)
            if ready:
                chunk = os.read(read_fd, 1 << 20)
                if not chunk:
                    done = True
                    break
                chunks.append(chunk)
    finally:
        os.close(read_fd)
        if not done:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if not done:
        raise QueryError(f"{what} took longer than {seconds:g} s (raise the limit with --timeout)")
    try:
        payload = pickle.loads(b"".join(chunks))
    except Exception:  # the child died before it could answer
        raise QueryError(f"{what} failed (the worker process died)") from None
    if payload[0] == "ok":
        return payload[1]
    if payload[0] == "kg":
        _, cls, message, code = payload
        exc = cls(message) if issubclass(cls, KgError) else KgError(message)
        exc.exit_code = code
        raise exc
    raise RuntimeError(f"{payload[1]}: {payload[2]}")
