# genbi: the two set-up commands are `make run` and `make test` (see README.md).
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
QUESTION   ?= How many customers are there?

.PHONY: all deps build build-asan run test demo clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

build-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DGENBI_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)

# Builds genbi and answers one question on the demo database (created on first use).
run: build
	./$(BUILD)/genbi ask "$(QUESTION)"

demo: build
	./$(BUILD)/genbi demo

# Unit and integration tests, on a normal and an AddressSanitizer + UBSan build.
test: build build-asan
	@sh scripts/test.sh $(BUILD) $(ASAN_BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
