// Command ready measures how long the default model takes to be usable in a
// fresh process: from the start of main to the end of the first
// prediction, Default() included. Run it as a built binary, several times:
//
//	go build -o /tmp/ready ./examples/perf/ready && for i in 1 2 3 4 5; do /tmp/ready; done
//
// It prints the time in milliseconds. The Go runtime's own start-up, before
// main, is not included (about a millisecond; /usr/bin/time on the whole
// process shows it).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/stancekit/stancekit/stance"
)

func main() {
	start := time.Now()
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: ready\n\nMeasures how long the default model takes to load and make its first prediction in a fresh process.\n")
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	m, err := stance.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "ready:", err)
		os.Exit(1)
	}
	p := m.Predict("We are not ready to recognise the new president.")
	elapsed := time.Since(start)
	fmt.Printf("default model ready and one prediction (%s) in %.1f ms\n", p.Label, float64(elapsed.Microseconds())/1000)
}
