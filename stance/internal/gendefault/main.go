// Command gendefault trains the default model on the embedded leaders'
// corpus and writes its compact encoding; `go generate ./stance` runs it.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance"
)

func main() {
	out := flag.String("out", "default.bin", "output `file`")
	flag.Parse()
	b, err := stance.EncodeDefault()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
}
