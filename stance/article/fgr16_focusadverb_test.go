package article

import "testing"

// TestFgr16GermanFocusAdverb: a focus adverb between a German speech verb
// and its clause's comma ("erklärte lediglich, …", "sagte nur, …") is read
// past (deFocusAdverbs, lexicon_fgr16.go). Sentences written for the test.
func TestFgr16GermanFocusAdverb(t *testing.T) {
	runLangCases(t, []langCase{
		{"de erklärte lediglich", "de", "Der Bundestagsabgeordnete Ivo Kask erklärte lediglich, man nehme das vorläufige Ergebnis zur Kenntnis.",
			[]langRemark{{Reported, "Ivo Kask", "man nehme das vorläufige Ergebnis zur Kenntnis"}}},
		{"de sagte jedoch", "de", "Lena Dal sagte jedoch, die Wahl sei nicht frei gewesen.",
			[]langRemark{{Reported, "Lena Dal", "die Wahl sei nicht frei gewesen"}}},
		// counter-case: no clause after the adverb
		{"de sagte nur wenig", "de", "Lena Dal sagte nur wenig.", nil},
	})
}
