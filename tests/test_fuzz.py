"""A quick fuzz profile of `kg extract` (property-based, hypothesis): random unicode,
control characters, long runs, HTML, broken JSON Lines, hostile metadata, hostile names
and base IRIs. Exit 0, 2 or 3; one error line; no traceback; no partial or leftover file;
every output parses strictly and passes `kg validate`. The long run (10,000+ cases) is
bench/fuzz_extract.py."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from fuzz_cases import cases, run_case


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(case=cases)
def test_extract_survives_hostile_input(tmp_path, nlp, case):
    assert run_case(case, tmp_path / "case") == []
