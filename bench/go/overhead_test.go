package bench

import (
	"context"
	"flag"
	"fmt"
	"os"
	"testing"
)

// bench is the server and the contestants, set up once for every test and benchmark; nil
// without -fixtures, when they are skipped.
var bench *contestants

func TestMain(m *testing.M) {
	flag.Parse()
	if *fixturesPath == "" {
		fmt.Fprintln(os.Stderr, "no -fixtures: the benchmarks are skipped "+
			"(run bench/go_overhead.py, or pass -args -fixtures PATH from its --write-fixtures)")
		os.Exit(m.Run())
	}
	f, err := loadFixtures(*fixturesPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	server := newServer(f)
	bench, err = newContestants(f, server.URL)
	if err != nil {
		server.Close()
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := m.Run()
	server.Close()
	os.Exit(code)
}

// TestContestants checks that every contestant gets the whole answer: the completion's content
// and every chunk of the stream, ended by its last frame.
func TestContestants(t *testing.T) {
	if bench == nil {
		t.Skip("no -fixtures")
	}
	for _, name := range bench.names {
		if err := check(bench.chat[name], bench.want[name][0]); err != nil {
			t.Errorf("%s chat: %v", name, err)
		}
		if err := check(bench.stream[name], bench.want[name][1]); err != nil {
			t.Errorf("%s stream: %v", name, err)
		}
	}
}

// BenchmarkChat times a small chat completion, one call per iteration.
func BenchmarkChat(b *testing.B) {
	run(b, func(c *contestants) map[string]contestant { return c.chat }, 0)
}

// BenchmarkStream times a 200-chunk stream read to its end, one stream per iteration.
func BenchmarkStream(b *testing.B) {
	run(b, func(c *contestants) map[string]contestant { return c.stream }, 1)
}

// run runs one sub-benchmark per contestant, each checked before its timer starts.
func run(b *testing.B, kind func(*contestants) map[string]contestant, want int) {
	if bench == nil {
		b.Skip("no -fixtures")
	}
	for _, name := range bench.names {
		call := kind(bench)[name]
		b.Run(name, func(b *testing.B) {
			if err := check(call, bench.want[name][want]); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			for b.Loop() {
				if _, err := call(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func check(call contestant, want any) error {
	got, err := call(context.Background())
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("got %#v, want %#v", got, want)
	}
	return nil
}
