// Package bench measures what the Go SDK (github.com/minimax/minimax-go, generated into
// clients/go) costs per call, beside raw net/http + encoding/json and beside openai-go, against
// canned responses from a loopback server in the benchmark's process (httptest).
//
// It is a module of its own so that openai-go, pinned in go.mod, is never a dependency of the
// SDK. Run it through bench/go_overhead.py, which writes the fixtures from the spec's examples
// and prints the medians and ratios against the targets; or by hand:
//
//	.venv/bin/python bench/go_overhead.py --write-fixtures /tmp/fixtures.json
//	cd bench/go && go test -bench . -benchmem -count 6 -args -fixtures /tmp/fixtures.json [-rotate 1]
//
// Four contestants per kind of call, each making the same request (headers and a fresh
// Idempotency-Key included):
//
//	raw      net/http + encoding/json (or a hand-written SSE parser) on the MiniMax bytes
//	sdk      client.Chat.Completions / client.Chat.CompletionsStream of the SDK
//	raw-oai  the same raw code on the OpenAI-shaped bytes
//	openai   openai-go's client.Chat.Completions.New / NewStreaming on those bytes
//
// BenchmarkChat times a small chat completion, BenchmarkStream a 200-chunk stream read to its
// end, one sub-benchmark per contestant. TestContestants, and each benchmark before its timer
// starts, checks that every contestant gets the whole answer right. go test's -count repeats
// each sub-benchmark in place, so a burst of other work on the machine lands on one contestant:
// bench/go_overhead.py runs rounds of go test instead, each with -rotate one more, so that the
// contestants take turns going first, and compares the medians over every round. Targets: sdk
// at most 1.2x raw, per call and per stream; sdk faster than openai.
package bench
