"""Issue 12: `pip wheel .` -> `pip install newskg-*.whl` in a fresh venv -> `kg extract`,
`validate`, `query` (a cookbook name), `ontology` work from any directory, with the
ontology, shapes, queries and JSON-LD context shipped inside the package.

Slow (builds a wheel, makes a venv, loads spaCy): about a minute. The fresh venv gets
the wheel with --no-deps; its dependencies come from the test venv's site-packages
through a .pth path entry (a plain path: the editable install's own .pth hooks are not
run there, so `import kg` can only find the installed wheel).
"""
from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _sh(args, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)
    assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-2000:])
    return proc


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy of the checkout (the build leaves build/ and *.egg-info behind)."""
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "out", "*.egg-info", "__pycache__", ".pytest_cache", ".kgrun*"))
    dist = tmp / "dist"
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, src]
    proc = subprocess.run([str(a) for a in pip], capture_output=True, text=True)
    if proc.returncode != 0:  # offline: build without isolation (needs setuptools + wheel here)
        proc = subprocess.run([str(a) for a in pip[:4] + ["--no-build-isolation"] + pip[4:]],
                              capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip().splitlines()[-1:]}")
    wheels = list(dist.glob("newskg-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_installs_and_runs_anywhere(tmp_path):
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as whl:      # our licence and every bundled one travel with it
        names = whl.namelist()
        meta = whl.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in meta
    licences = {n.split(".dist-info/licenses/")[1] for n in names if ".dist-info/licenses/" in n}
    assert {"LICENSE", "kg/lexicon/LICENSE-cameo.txt", "kg/gazetteer/LICENSE-petrarch2.txt"} <= licences
    venv = tmp_path / "venv"
    _sh([sys.executable, "-m", "venv", "--without-pip", venv])
    vpy = venv / "bin" / "python"
    purelib = Path(_sh([vpy, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    (purelib / "test-deps.pth").write_text("".join(f"{d}\n" for d in sorted(deps)))
    _sh([sys.executable, "-m", "pip", "--python", vpy, "install", "--no-deps", "--no-index", "--quiet", wheel])

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "a1.txt").write_text("Russia attacked Ukraine on Monday. China condemned the attack.\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    kg = venv / "bin" / "kg"
    where = _sh([vpy, "-c", "import kg; print(kg.__file__)"], cwd=work, env=env).stdout.strip()
    assert where.startswith(str(purelib)), where  # the wheel, not the checkout

    def kg_run(*args, **kw):
        return _sh([kg, *args], cwd=work, env=env, **kw)

    kg_run("extract", "a1.txt", "-o", "g.ttl")
    assert "conforms: yes" in kg_run("validate", "g.ttl").stdout
    assert "ent:russia" in kg_run("query", "g.ttl", "who-attacked-whom").stdout
    onto = kg_run("ontology").stdout
    assert "nkg:Attack" in onto or "#Attack>" in onto
    assert "<html" in kg_run("ontology", "-f", "html").stdout.lower()
    kg_run("extract", "a1.txt", "-o", "g.jsonld")  # the JSON-LD context comes from the package
    assert "conforms: yes" in kg_run("validate", "g.jsonld").stdout
