# The two commands in the README: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench bundle bundle-check clean translations messages

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CareMatch needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The interface's Qt translations (.ts -> .qm) and the core's gettext catalogues (.po -> .mo).
translations: $(STAMP)
	@for ts in resources/translations/*.ts; do \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done
	@$(BIN)/pybabel -q compile -d carematch/locale -D carematch

# After changing the core's words: extract them and update every language's .po (Babel).
messages: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output -k _ -k N_ -k ngettext:1,2 \
	  --project CareMatch -o carematch/locale/carematch.pot carematch
	$(BIN)/pybabel update --no-fuzzy-matching -i carematch/locale/carematch.pot \
	  -d carematch/locale -D carematch
	$(BIN)/pyside6-lupdate -no-obsolete $$(find carematch/gui -name '*.py' | sort) \
	  -ts resources/translations/*.ts

run: translations
	$(BIN)/carematch

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/carematch catalogue validate --strict

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/catalogue_load.py
	$(BIN)/python benchmarks/matching.py
	$(BIN)/python benchmarks/vault.py
	$(BIN)/python benchmarks/vault_lifecycle.py
	$(BIN)/python benchmarks/gui_start.py
	$(BIN)/python benchmarks/evidence.py
	$(BIN)/python benchmarks/packs.py
	$(BIN)/python benchmarks/caseload.py
	$(BIN)/python benchmarks/pooling.py

# The self-contained app in dist/CareMatch/ (PyInstaller one-folder; see packaging/).
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) translations
	@if [ "$$(uname)" = Linux ] && ! command -v objdump >/dev/null; then \
	  echo "make bundle needs binutils (objdump, strip). On Debian or Ubuntu: sudo apt install binutils"; \
	  exit 1; fi
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/carematch.spec

# Smoke-test the bundle the way a person's computer runs it: no Python, no venv on the path.
bundle-check:
	packaging/smoke-test dist/CareMatch

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
