package article

import "testing"

// TestProbeSetFloors holds the twenty-first session's probe articles as
// floors. The probes were written by helpers, each article telling known
// stances through one construction (metamorphic probes: mm21 in English,
// ml21 in es/fr/pt/de/ru, ml21's fresh.jsonl written after its rules) or
// coming near a new rule without being one of its cases (the reviews:
// rev21en, rev21rom, rev21gr, rev21cond). Without a test they could lose
// what the rules and the reviews' narrowings gained and nobody would see
// it. The figures are accuracy, recall and off-topic share measured with
// examples/article -eval at 2f91bad, less 0.02 in checkLangFloors; a set
// without off-topic speakers has share 0. Several probes still fail
// (model word weights and constructions left for later, listed in the
// helpers' reports), so these are floors, not targets.
func TestProbeSetFloors(t *testing.T) {
	for _, c := range []struct {
		path                     string
		n                        int
		accuracy, recall, offTop float64
	}{
		{"mm21/probes.jsonl", 165, 0.953, 0.988, 1.000},
		{"ml21/de.jsonl", 23, 0.974, 1.000, 1.000},
		{"ml21/es.jsonl", 23, 0.925, 1.000, 1.000},
		{"ml21/fr.jsonl", 23, 0.868, 0.947, 0.500},
		{"ml21/fresh.jsonl", 10, 1.000, 1.000, 0},
		{"ml21/pt.jsonl", 23, 0.950, 0.975, 1.000},
		{"ml21/ru.jsonl", 23, 0.974, 0.974, 0.500},
		{"rev21en/probes.jsonl", 166, 0.751, 0.814, 0.862},
		{"rev21rom/probes.jsonl", 56, 0.917, 0.979, 0.357},
		{"rev21rom/probes2.jsonl", 34, 0.833, 0.900, 0.500},
		{"rev21gr/de.jsonl", 54, 0.789, 0.825, 0},
		{"rev21gr/ru.jsonl", 51, 0.800, 0.943, 0.714},
		{"rev21cond/probes.jsonl", 102, 0.719, 1.000, 0},
	} {
		t.Run(c.path, func(t *testing.T) {
			checkLangFloors(t, "testdata/"+c.path, c.n, c.accuracy-0.02, c.recall-0.02, c.offTop-0.02)
		})
	}
}
