package article

import "testing"

// TestProbeSetFloors holds the twenty-first and twenty-second sessions'
// probe articles as floors. The probes were written by helpers, each
// article telling known
// stances through one construction (metamorphic probes: mm21 in English,
// ml21 in es/fr/pt/de/ru, ml21's fresh.jsonl written after its rules) or
// coming near a new rule without being one of its cases (the reviews:
// rev21en, rev21rom, rev21gr, rev21cond). Without a test they could lose
// what the rules and the reviews' narrowings gained and nobody would see
// it. The figures are accuracy, recall and off-topic share measured with
// examples/article -eval at 2f91bad, less 0.02 in checkLangFloors; a set
// without off-topic speakers has share 0. Several probes still fail
// (model word weights and constructions left for later, listed in the
// helpers' reports), so these are floors, not targets. The
// twenty-second session's sets follow, measured the same way at the
// session's end (the rules' helpers: rec22en, rec22ml, lab22en, lab22ml,
// agg22, about22, about23, rec23ml; the reviews: rev22ren, rev22rml,
// rev22len, rev22lml, rev22ab, rev23ml); the twenty-third's and the
// twenty-fourth's follow too, each measured at its session's end (the
// twenty-fourth's: rec25en, rec25ml, lab26en, lab26ml, off25 and their
// reviews rev26en, rev26rml, rev26len, rev26lml, rev26off; rec25en's and
// rev26en's interview probes fail since its interview introduction was
// dropped on a never-read floor, articles_test.go).
//
// At the thirty-second session's end every row was raised to the figures
// measured then (only upward; 16 rows), so the floors also hold what
// earlier sessions gained on these sets without raising them.
func TestProbeSetFloors(t *testing.T) {
	for _, c := range []struct {
		path                     string
		n                        int
		accuracy, recall, offTop float64
	}{
		{"mm21/probes.jsonl", 165, 0.958, 0.988, 1.000},
		{"ml21/de.jsonl", 23, 0.974, 1.000, 1.000},
		{"ml21/es.jsonl", 23, 0.925, 1.000, 1.000},
		{"ml21/fr.jsonl", 23, 0.921, 1.000, 0.500},
		{"ml21/fresh.jsonl", 10, 1.000, 1.000, 0},
		{"ml21/pt.jsonl", 23, 0.950, 0.975, 1.000},
		{"ml21/ru.jsonl", 23, 0.974, 0.974, 0.500},
		{"rev21en/probes.jsonl", 166, 0.757, 0.836, 0.862},
		{"rev21rom/probes.jsonl", 56, 0.917, 0.979, 0.357},
		{"rev21rom/probes2.jsonl", 34, 0.866, 0.933, 0.500},
		{"rev21gr/de.jsonl", 54, 0.789, 0.842, 0},
		{"rev21gr/ru.jsonl", 51, 0.800, 0.943, 0.714},
		{"rev21cond/probes.jsonl", 102, 0.719, 1.000, 0},
		{"about22/probes.jsonl", 12, 1.000, 1.000, 1.000},
		{"about23/probes.jsonl", 17, 0.875, 1.000, 0.833},
		{"agg22/probes.jsonl", 12, 0.923, 1.000, 0.000},
		{"lab22en/probes.jsonl", 27, 0.926, 1.000, 0.000},
		{"lab22ml/probes.jsonl", 24, 0.958, 1.000, 1.000},
		{"rec22en/probes.jsonl", 28, 0.892, 0.946, 0.875},
		{"rec22ml/probes.jsonl", 24, 0.903, 1.000, 0.500},
		{"rec23ml/probes.jsonl", 15, 0.893, 1.000, 0.000},
		{"rev22ab/probes.jsonl", 59, 0.886, 0.977, 0.867},
		{"rev22len/probes.jsonl", 85, 0.866, 0.988, 1.000},
		{"rev22lml/probes.jsonl", 84, 0.905, 1.000, 0.900},
		{"rev22ren/probes.jsonl", 90, 0.883, 0.918, 0.927},
		{"rev22rml/probes.jsonl", 83, 0.840, 0.926, 0.529},
		{"rev23ml/probes.jsonl", 54, 0.738, 0.875, 0.000},
		// the twenty-third session's rule helpers and their reviews
		{"rec24en/probes.jsonl", 30, 1.000, 1.000, 1.000},
		{"rec24ml/probes.jsonl", 19, 0.939, 1.000, 0.667},
		{"lab24en/probes.jsonl", 14, 0.714, 1.000, 0.000},
		{"lab24ml/probes.jsonl", 25, 0.920, 0.960, 0.000},
		{"lab25/probes.jsonl", 18, 0.812, 0.938, 0.000},
		{"off24/probes.jsonl", 17, 0.882, 1.000, 0.875},
		{"rev24en/probes.jsonl", 61, 0.885, 0.962, 0.886},
		{"rev24rml/probes.jsonl", 83, 0.682, 0.870, 0.333},
		{"rev24len/probes.jsonl", 56, 0.548, 0.785, 0.428},
		{"rev24lml/probes.jsonl", 56, 0.740, 0.944, 1.000},
		{"rev24off/probes.jsonl", 57, 0.704, 0.944, 1.000},
		{"rev25/probes.jsonl", 25, 0.500, 1.000, 0.000},
		// the twenty-fourth session's rule helpers and their reviews
		{"rec25en/probes.jsonl", 16, 0.684, 0.789, 1.000},
		{"rec25ml/probes.jsonl", 22, 0.970, 0.970, 0.000},
		{"lab26en/probes.jsonl", 23, 0.870, 1.000, 0.000},
		{"lab26ml/probes.jsonl", 24, 0.917, 1.000, 0.000},
		{"off25/probes.jsonl", 27, 0.722, 0.889, 0.941},
		{"rev26en/probes.jsonl", 46, 0.673, 0.854, 1.000},
		{"rev26rml/probes.jsonl", 44, 0.800, 0.925, 0.773},
		{"rev26len/probes.jsonl", 58, 0.673, 0.964, 0.333},
		{"rev26lml/probes.jsonl", 59, 0.746, 0.966, 0.000},
		{"rev26off/probes.jsonl", 47, 0.704, 0.840, 0.923},
		// the twenty-fifth session's rule helpers
		{"lab27rom/probes.jsonl", 20, 1.000, 1.000, 0.000},
		{"off27/probes.jsonl", 15, 1.000, 1.000, 1.000},
		{"rec27en/probes.jsonl", 14, 0.900, 1.000, 1.000},
		{"rev27en/probes.jsonl", 44, 0.654, 0.808, 0.952},
		{"lab27gr/probes.jsonl", 16, 0.842, 0.895, 0},
		{"rec27ml/probes.jsonl", 15, 0.944, 1.000, 0.000},
		{"lab27en/probes.jsonl", 12, 1.000, 1.000, 0.000},
		// the twenty-fifth session's reviewers
		{"rev27rom/probes.jsonl", 51, 0.878, 0.959, 0.000},
		{"rev27gr/probes.jsonl", 43, 0.659, 0.863, 0.000},
		{"rev27len/probes.jsonl", 43, 0.757, 1.000, 0.333},
		{"rev27off/probes.jsonl", 43, 1.000, 1.000, 1.000},
		{"rev27rml/probes.jsonl", 43, 0.820, 0.900, 0.167},
		// the twenty-sixth session's rule helpers and their reviews; rec28ml's
		// and rev28ml's probes are mostly of a rule dropped at the session's
		// end (a commentator condemning the vote in the other languages) and
		// hold what the reader does without it
		{"lab28gr/probes.jsonl", 13, 0.846, 1.000, 0},
		{"rev28gr/probes.jsonl", 49, 0.694, 0.980, 0},
		{"off28/probes.jsonl", 14, 1.000, 1.000, 1.000},
		{"rev28off/probes.jsonl", 47, 0.777, 0.978, 0.905},
		{"rec28ml/probes.jsonl", 15, 0.077, 0.923, 1.000},
		{"rev28ml/probes.jsonl", 48, 0.074, 0.926, 0.955},
		{"rec28en/probes.jsonl", 14, 1.000, 1.000, 1.000},
		{"rev28en/probes.jsonl", 45, 0.710, 0.774, 0.750},
		{"lab28rom/probes.jsonl", 22, 1.000, 1.000, 0.000},
		{"rev28rom/probes.jsonl", 45, 0.684, 0.947, 0.000},
		{"lab28en/probes.jsonl", 14, 0.929, 1.000, 0.000},
		{"rev28len/probes.jsonl", 44, 0.842, 0.974, 0.714},
		{"lab29en/probes.jsonl", 14, 1.000, 1.000, 1.000},
		// the twenty-seventh session's rule helpers
		{"rec29ml/probes.jsonl", 20, 0.950, 1.000, 1.000},
		{"rec30ml/probes.jsonl", 17, 1.000, 1.000, 1.000},
		{"lab29gr/probes.jsonl", 14, 0.933, 1.000, 0.000},
		{"rec29en/probes.jsonl", 23, 0.900, 0.950, 1.000},
		{"lab29rom/probes.jsonl", 20, 1.000, 1.000, 1.000},
		{"off29/probes.jsonl", 21, 1.000, 1.000, 1.000},
		{"rev29len/probes.jsonl", 34, 0.947, 0.974, 0.500},
		{"rev29ml/probes.jsonl", 65, 0.862, 0.966, 0.895},
		{"rev29gr/probes.jsonl", 33, 0.775, 0.825, 1.000},
		{"rev29off/probes.jsonl", 46, 0.875, 0.969, 1.000},
		{"rev29rom/probes.jsonl", 46, 0.795, 0.974, 0.000},
		{"rev29en/probes.jsonl", 55, 0.808, 0.846, 0.933},
		// the twenty-eighth session's rule helpers
		{"rec30en/probes.jsonl", 24, 0.714, 1.000, 1.000},
		{"lab30ml/probes.jsonl", 19, 0.789, 0.947, 0},
		{"lab30en/probes.jsonl", 16, 1.000, 1.000, 0.000},
		// the twenty-eighth session's reviewers
		{"rev30lml/probes.jsonl", 62, 0.804, 1.000, 0.188},
		{"rev30len/probes.jsonl", 56, 0.848, 1.000, 0.182},
		{"rev30en/probes.jsonl", 60, 0.863, 1.000, 0.868}, // the review of rec30en
		{"rev30ml/probes.jsonl", 56, 0.843, 0.902, 0.833},
		// the twenty-ninth session's rule helpers (written reading real news excerpts)
		{"rec31en/probes.jsonl", 21, 1.000, 1.000, 0},
		{"lab31en/probes.jsonl", 20, 0.966, 1.000, 0.000},
		{"ml31/probes.jsonl", 26, 1.000, 1.000, 0},
		// the twenty-ninth session's reviewers
		{"rev31en/probes.jsonl", 60, 0.872, 0.907, 0.952},  // the review of rec31en
		{"rev31len/probes.jsonl", 58, 0.709, 0.891, 0.333}, // the review of lab31en
		{"rev31ml/probes.jsonl", 64, 0.912, 0.926, 0.773},  // the review of ml31
		// the thirtieth session's rule helpers (made-up probes in the style of real round-ups)
		{"en32/probes.jsonl", 15, 0.964, 0.964, 0},
		{"rom32/probes.jsonl", 16, 0.970, 1.000, 0},
		{"gr32/probes.jsonl", 17, 0.857, 1.000, 0},
		// the thirtieth session's reviewers
		{"rev32en/probes.jsonl", 46, 0.855, 0.887, 1.000}, // the review of en32
		{"rev32ml/probes.jsonl", 49, 0.881, 0.915, 0.933}, // the review of rom32 and ml32 (the lead's)
		{"rev32gr/probes.jsonl", 44, 0.809, 0.936, 0.909}, // the review of gr32
		// the thirty-first session's reviewers (misfires of the clause fallback)
		{"rev33en/probes.jsonl", 56, 0.429, 0.821, 1.000}, // the English clause fallback
		{"rev33ml/probes.jsonl", 58, 0.703, 0.784, 0.875}, // the clause fallback of es/fr/pt/de/ru
		// the thirty-second session's reviewer (near-misses of the rules from real excerpts)
		{"rev34/probes.jsonl", 66, 0.765, 0.824, 1.000},
	} {
		t.Run(c.path, func(t *testing.T) {
			checkLangFloors(t, "testdata/"+c.path, c.n, c.accuracy-0.02, c.recall-0.02, c.offTop-0.02)
		})
	}
}
