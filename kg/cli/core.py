"""`kg`: a thin Typer layer over the library. This module: the app, one-line errors,
output helpers; the commands are in the other modules of kg.cli.

Exit codes: 0 ok; 1 the graph does not conform to the SHACL shapes; 2 an error (one line
`error: …` on stderr, never a traceback unless --debug or KG_DEBUG=1); 3 written, but some
corpus records were skipped (each reported with its line number).
"""
from __future__ import annotations

import functools
import os
import sys

import typer
from typer.core import TyperGroup

try:  # typer >= 0.2x carries its own copy of click
    from typer._click import exceptions as _click_errors
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as _click_errors

from .. import __version__
from ..errors import KgError


class OneLineErrors(TyperGroup):
    """Click's own usage errors (unknown option, missing argument, bad value) as one line
    `error: …` with exit 2, like ours; help and --version print as usual."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except getattr(_click_errors, "NoArgsIsHelpError", ()) as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except _click_errors.ClickException as exc:
            message = " ".join(exc.format_message().split())
            ctx = getattr(exc, "ctx", None)
            usage = isinstance(exc, _click_errors.UsageError) and ctx is not None
            hint = f" (see '{ctx.command_path} --help')" if usage else ""
            typer.echo(f"error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


# Every command that reads RDF reads any file `kg extract` writes: the format comes from
# this option, else the extension, else the content (kg.rdf.reading).
INPUT_FORMAT_HELP = ("Format of the input graph(s): turtle|nt|nq|trig|json-ld|xml "
                     "(default: from the extension, else from the content).")


app = typer.Typer(
    name="kg", cls=OneLineErrors, no_args_is_help=True, add_completion=False,
    pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Build an RDF knowledge graph of who did what to whom from English news text.")

_state = {"debug": os.environ.get("KG_DEBUG", "") not in ("", "0")}


def _err(message: str) -> None:
    typer.echo(message, err=True)


def handle_errors(fn):
    """Every command: user errors -> `error: …` + exit 2; no traceback leaks."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KgError as exc:
            if _state["debug"]:
                raise
            _err(f"error: {exc.one_line()}")
            raise typer.Exit(exc.exit_code)
        except BrokenPipeError:  # `kg query … | head`
            _silence_stdout()
            raise typer.Exit(0)
        except KeyboardInterrupt:
            _err("error: interrupted")
            raise typer.Exit(130)
        except Exception as exc:
            if _state["debug"]:
                raise
            detail = " ".join(str(exc).split())[:300] or "no details"
            _err(f"error: unexpected {type(exc).__name__}: {detail} (run with --debug for a traceback)")
            raise typer.Exit(2)
    return wrapper


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _emit(data: bytes, output: str) -> None:
    """To stdout for '-', else an atomic write (never a partial file)."""
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from ..rdf.serialize import write_atomic

    write_atomic(output, data)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg (newskg) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks (also KG_DEBUG=1)."),
) -> None:
    """Build an RDF knowledge graph of who did what to whom from English news text."""
    if debug:
        _state["debug"] = True
