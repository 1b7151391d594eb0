// Package examples holds stancekit's example programs, each in its own
// directory; this test checks what they have in common.
package examples

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// programs are the example programs of this module (examples/beam is a
// module of its own, and its test.sh checks it).
var programs = []string{"article", "benchmark", "classify", "evaluate", "generate", "train", "perf/ready"}

// TestHelp runs every program with -h: it exits 0 and prints
// "usage: NAME [flags] ARGS" (ARGS optional), then a line of purpose.
func TestHelp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program")
	}
	dir := t.TempDir()
	args := []string{"build", "-o", dir + string(filepath.Separator)}
	for _, p := range programs {
		args = append(args, "./"+p)
	}
	if out, err := exec.Command("go", args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, p := range programs {
		name := filepath.Base(p)
		out, err := exec.Command(filepath.Join(dir, name), "-h").CombinedOutput()
		if err != nil {
			t.Errorf("%s -h: %v\n%s", name, err, out)
			continue
		}
		lines := strings.Split(string(out), "\n")
		usage := regexp.MustCompile(`^usage: ` + name + `( \[flags\].*)?$`)
		if !usage.MatchString(lines[0]) {
			t.Errorf("%s -h: first line %q, want %q", name, lines[0], "usage: "+name+" [flags] ARGS")
		}
		if len(lines) < 3 || lines[1] != "" || strings.TrimSpace(lines[2]) == "" {
			t.Errorf("%s -h: want a blank line and a line of purpose after the usage line:\n%s", name, out)
		}
		if strings.Contains(string(out), "go-build") {
			t.Errorf("%s -h names a temporary binary:\n%s", name, out)
		}
	}
}
