package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestFgr14Ellipsis: a second person named after a comma with an adverb
// of likeness did the same act (fgr14_ellipsis.go); a German sentence
// opening with "Für" names no antecedent for a later "er"; offices in
// -kommissar. Sentences written for the test.
func TestFgr14Ellipsis(t *testing.T) {
	runLangCases(t, []langCase{
		{"de X hat gratuliert, Y ebenso", "de", "EU-Kommissar Olaf Berg hat gratuliert, Lena Dal ebenso.",
			[]langRemark{{Action, "Olaf Berg", "hat gratuliert, Lena Dal ebenso"}, {Action, "Lena Dal", "hat gratuliert, Lena Dal ebenso"}}},
		{"fr X a félicité …, Y aussi", "fr", "Le président Olaf Berg a félicité le vainqueur, le roi Ivo Kask aussi.",
			[]langRemark{{Action, "Olaf Berg", "a félicité le vainqueur, le roi Ivo Kask aussi"}, {Action, "Ivo Kask", "a félicité le vainqueur, le roi Ivo Kask aussi"}}},
		// counter-case: the adverb opens more of the clause
		{"de …, Y auch die Opposition", "de", "Olaf Berg hat gratuliert, Lena Dal auch die Opposition.",
			[]langRemark{{Action, "Olaf Berg", "hat gratuliert, Lena Dal auch die Opposition"}}},
		{"de Für Belgrad …. Er hat …", "de", "Der Abgeordnete Ivo Kask lehnte das Ergebnis ab. Für Belgrad ist das die ideale Lage. Er hat die Wahl als unfair bezeichnet.",
			[]langRemark{{Action, "Ivo Kask", "lehnte das Ergebnis ab"}, {Action, "Ivo Kask", "hat die Wahl als unfair bezeichnet"}}},
	})
}

// TestFgr14GermanRefusalAfter: "verweigert" after the word of
// recognition is a refusal (fgr14_refusal.go); a recognition alone is
// not. Sentences written for the test.
func TestFgr14GermanRefusalAfter(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivar Kask"}, Rivals: []string{"Olaf Berg"}}
	assert.Equal(t, verdictHostile, german.actionVerdict(ctx, "hat dem Sieger die Glückwünsche verweigert"))
	assert.Equal(t, verdictHostile, german.actionVerdict(ctx, "verweigerte dem Sieger die Anerkennung"))
	assert.Equal(t, verdictRecognising, german.actionVerdict(ctx, "hat dem Sieger die Glückwünsche übermittelt"))
	// counter-case: the refusal negated (found probing)
	assert.NotEqual(t, verdictHostile, german.actionVerdict(ctx, "hat dem Sieger die Glückwünsche nicht verweigert"))
}

// TestFgr14GermanTelling: verbs of telling report a clause of their own
// subject, not of the speaker before; a trader named by a compound is a
// commentator (lexicon_fgr14.go). Sentences written for the test.
func TestFgr14GermanTelling(t *testing.T) {
	runLangCases(t, []langCase{
		{"de X erzählt, …", "de", "Der Politologe Ivo Kask sagte, die Kampagne sei ungleich gewesen. Der Gemüsehändler Olaf Berg erzählt, in seinem Laden sei wochenlang gestritten worden.",
			[]langRemark{{Reported, "Ivo Kask", "die Kampagne sei ungleich gewesen"}, {Reported, "Olaf Berg", "in seinem Laden sei wochenlang gestritten worden"}}},
		{"de X berichtete, …", "de", "Die Abgeordnete Lena Dal berichtete, in mehreren Wahllokalen habe es Unregelmäßigkeiten gegeben.",
			[]langRemark{{Reported, "Lena Dal", "in mehreren Wahllokalen habe es Unregelmäßigkeiten gegeben"}}},
	})
	assert.True(t, german.commentatorWord("gemüsehändler"))
	assert.False(t, german.commentatorWord("handelsminister")) // counter-case: an office
}
