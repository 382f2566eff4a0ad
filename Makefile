PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The modules setup.py compiles with mypyc (civicmod/native.py lists them): an edit to one reinstalls.
NATIVE := $(shell $(PYTHON) -c 'import ast; t = ast.parse(open("src/civicmod/native.py").read()); print(*("src/" + m.replace(".", "/") + ".py" for n in t.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "HOT" for m in ast.literal_eval(n.value)))')

.PHONY: demo test lint bench bench-publications bench-abuse bench-requests clean

# The venv's own setuptools as new as the build needs, so that `python setup.py build_ext --inplace` rebuilds too.
$(STAMP): pyproject.toml setup.py src/civicmod/native.py $(NATIVE)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip 'setuptools>=77'
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/civicmod review examples/comments.jsonl --config examples/civicmod.toml

test: $(STAMP)
	$(PY) -m ruff check src tests benchmarks examples
	$(PY) -m mypy --strict src
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/pii.py

bench-publications: $(STAMP)
	$(PY) benchmarks/publications.py

bench-abuse: $(STAMP)
	$(PY) benchmarks/abuse.py

bench-requests: $(STAMP)
	$(PY) benchmarks/requests.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
	find src -name "*.so" -delete
