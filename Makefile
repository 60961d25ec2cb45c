# genbi: the two set-up commands are `make run` and `make test` (see README.md).
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
QUESTION   ?= How many customers are there?

.PHONY: all deps build build-asan build-fuzz run test demo clean

all: build

deps:
	@sh scripts/install-deps.sh

# The page's chart libraries (scripts/web-deps.sh) are embedded into genbi by the build.
build: deps
	@sh scripts/web-deps.sh
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

build-asan: deps
	@sh scripts/web-deps.sh
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DGENBI_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)

# libFuzzer targets (tests/fuzz, docs/testing.md), built with clang. Without clang the directory
# holds one test that reports the fuzz targets as skipped.
build-fuzz: deps
	@if command -v clang >/dev/null 2>&1; then cc=-DCMAKE_C_COMPILER=clang; else \
	    echo "build-fuzz: clang not found; the fuzz targets will be reported as skipped" >&2; \
	    cc=; fi; \
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DGENBI_FUZZ=ON $$cc >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS)

# Builds genbi and answers one question on the demo database (created on first use).
run: build
	./$(BUILD)/genbi ask "$(QUESTION)"

demo: build
	./$(BUILD)/genbi demo

# Unit and integration tests, on a normal and an AddressSanitizer + UBSan build, and a bounded
# run of every fuzz target (GENBI_FUZZ_SECONDS each, default 20).
test: build build-asan build-fuzz
	@sh scripts/test.sh $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
