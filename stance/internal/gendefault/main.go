// Command gendefault trains a default model (-task stance: on the
// embedded leaders' corpus; tone: on its tones) and writes its compact
// encoding; `go generate ./stance` runs it.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance"
)

func main() {
	out := flag.String("out", "default.bin", "output `file`")
	task := flag.String("task", stance.TaskStance, "the default model's `task`: stance or tone")
	flag.Parse()
	encode := map[string]func() ([]byte, error){stance.TaskStance: stance.EncodeDefault, stance.TaskTone: stance.EncodeDefaultTone}[*task]
	if encode == nil {
		fmt.Fprintf(os.Stderr, "gendefault: -task %q: want stance or tone\n", *task)
		os.Exit(2)
	}
	b, err := encode()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
}
