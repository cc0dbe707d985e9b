# One entry point for set-up, the demo, tests and benchmarks. Every target installs what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TORCH  := torch==2.13.0

.PHONY: install demo demo-model test test-fast lint check-cuda bench clean eval

install: $(STAMP)

# torch is installed first and pinned: a bare torch requirement would pull several GB of CUDA wheels.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(TORCH)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# Runs every example study (the spec's sections, with their data) into demo-out/<study>/; the
# documents-and-model study (section 5) needs a trained checkpoint: make demo-model.
demo: install
	for study in examples/*/*.doe; do \
	  case $$study in examples/documents/*) continue;; esac; \
	  name=$$(basename $$study .doe); \
	  echo "== $$study"; \
	  $(BIN)/havoc doe run $$study --out demo-out/$$name || exit 1; \
	done
	@echo "reports, run sheets and plots are in demo-out/; section 5 (documents and the model): make demo-model"

# Section 5: indexes docs/ (lexical embedder, seconds), trains the default model when there is no
# checkpoint yet (under 10 minutes on 2 cores), then runs examples/documents/documents.doe.
demo-model: install
	$(BIN)/havoc retrieve index docs/ --embedder lexical
	ls runs/*/checkpoints/step_* >/dev/null 2>&1 || $(BIN)/havoc train
	$(BIN)/havoc doe run examples/documents/documents.doe --out demo-out/documents

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

# The project's own fast evaluation suites; exit 1 when a threshold is missed. JUnit XML for CI in eval-out/.
eval: install
	$(BIN)/havoc eval examples/evals/reason.yaml examples/evals/rounds/*.yaml examples/evals/doe.yaml --out eval-out --junit eval-out/junit.xml

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Compiles the CUDA sources with this machine's nvcc (skips with a message when there is none).
check-cuda: install
	$(BIN)/python -m kernels.build --check-cuda

bench: install
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache
