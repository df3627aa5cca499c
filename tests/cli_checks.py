"""Assertions shared by the CLI tests (pytest puts this folder on sys.path)."""
from __future__ import annotations


def assert_user_error(result, *fragments):
    """Exit 2, exactly one line `error: …` on stderr, no traceback."""
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in lines[0]
