# Two commands do all set-up: `make demo` and `make test` (both build .venv first).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test eval clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

system-deps:
	bash .ci/system-deps

demo: $(STAMP) system-deps
	$(BIN)/kg extract examples/ -o out/graph.ttl
	$(BIN)/kg graph out/graph.ttl -o out/graph.svg
	$(BIN)/kg extract examples-dated/ -o out/dated.ttl
	$(BIN)/kg map out/dated.ttl -o out/map.html

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/kg eval ../shared/eval/seed.jsonl ../shared/eval/dev.jsonl ../shared/eval/train.jsonl

clean:
	rm -rf $(VENV) build *.egg-info
