package examples

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkthrough runs, one by one and exactly as written, the commands of
// the README's researcher's walkthrough (the shell block between the
// walkthrough markers), from the repository's root, and fails on the first
// that does not exit 0.
func TestWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the example programs")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	cmds := walkthrough(t, filepath.Join(root, "README.md"))
	if len(cmds) < 5 {
		t.Fatalf("README's walkthrough has %d commands; want the whole walkthrough", len(cmds))
	}
	for _, c := range cmds {
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", c)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", c, err, out)
		}
		t.Logf("%s: ok, %d bytes of output", c, len(out))
	}
}

// walkthrough returns the command lines of README's walkthrough block,
// without comments and blank lines.
func walkthrough(t *testing.T, readme string) []string {
	t.Helper()
	f, err := os.Open(readme)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "<!-- walkthrough:start -->":
			in = true
		case line == "<!-- walkthrough:end -->":
			return cmds
		case in && line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "```"):
			cmds = append(cmds, line)
		}
	}
	t.Fatalf("%s: no walkthrough block between <!-- walkthrough:start --> and <!-- walkthrough:end -->", readme)
	return nil
}
