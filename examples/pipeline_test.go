package examples

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// generate -unique writes statements that evaluate accepts: no duplicate
// texts, so cross-validation runs on them as on any labelled file.
func TestGenerateUniqueEvaluates(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "./generate", "./evaluate").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data, err := exec.Command(filepath.Join(dir, "generate"), "-n", "200", "-jsonl", "-unique").Output()
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	path := filepath.Join(dir, "g.jsonl")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(filepath.Join(dir, "evaluate"), "-train", path, "-folds", "5", "-json").CombinedOutput()
	if err != nil {
		t.Fatalf("evaluate -train %s: %v\n%s", path, err, out)
	}
	if !strings.Contains(string(out), `"n": 200,`) {
		t.Fatalf("evaluate did not score 200 statements:\n%s", out)
	}
}
