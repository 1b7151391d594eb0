package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inferredOf returns the speaker and text of each Inferred remark of an
// English text.
func inferredOf(text string) [][2]string {
	var out [][2]string
	for _, r := range Extract(text) {
		if r.Inferred {
			out = append(out, [2]string{r.Speaker, r.Text})
		}
	}
	return out
}

// TestClauseFallback: an English sentence that no construction read gives
// the subject of each finite verb no rule knows the rest of its clause as
// an Inferred, reported remark (clause_fallback.go). Sentences written for
// the test.
func TestClauseFallback(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string
	}{
		{"an office and a name", "Norland's President Ivo Kask joined the repudiation.",
			[][2]string{{"Ivo Kask", "joined the repudiation"}}},
		{"a group and a perfect", "Opposition parties have moved to dismiss the result of the election.",
			[][2]string{{"Opposition parties", "have moved to dismiss the result of the election"}}},
		{"two bodies share the clause", "The United Nations and the African Union have also piled pressure on Kask to step aside.",
			[][2]string{{"African Union", "have also piled pressure on Kask to step aside"}, {"United Nations", "have also piled pressure on Kask to step aside"}}},
		{"a list among those acting", "Norland's President Ivo Kask and Tarnia's Prime Minister Lena Dal were among those congratulating Weber.",
			[][2]string{{"Lena Dal", "were among those congratulating Weber"}, {"Ivo Kask", "were among those congratulating Weber"}}},
		{"an adverb after the subject", "The military however announced plans to review the count.", nil}, // "announced": a rule's verb
		// counter-cases
		{"a capitalised word opening the sentence is no name", "Tensions surged after the count was announced.", nil},
		{"the same word inside a sentence makes it one", "Observers praised Norland. Norland moved swiftly to certify the count.",
			[][2]string{{"Norland", "moved swiftly to certify the count"}}},
		{"a verb inside a relative aside", "Lena Dal, whose husband Ivo Kask died in prison, stood outside the embassy.",
			[][2]string{{"Lena Dal", "stood outside the embassy"}}},
		{"a verb a rule left unread", "Supporters of Kask celebrated in the streets.", nil},
		{"a sentence with a remark", "Ivo Kask said the count was fair and travelled home.", nil},
		{"a sentence with a quotation", "Ivo Kask travelled home, “tired but happy”.", nil},
		{"a colon introduces what follows", "Ivo Kask gave the smoothest answer:", nil},
		{"a passive participle", "The result was welcomed abroad and disputed at home.", nil},
		{"an adjective after a determiner", "The disputed count dragged on.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, inferredOf(tc.text), tc.text)
		})
	}
}

// TestClauseFallbackKind: the fallback's remarks are reported, not
// actions, so that the judge reads them.
func TestClauseFallbackKind(t *testing.T) {
	got := Extract("Opposition parties have moved to dismiss the result of the election.")
	require.Len(t, got, 1)
	assert.True(t, got[0].Inferred)
	assert.Equal(t, Reported, got[0].Kind)
}

// TestInferredAbout: an English remark of the clause fallback is about the
// result only when the judge gives it at least inferredAbout; any other
// remark at the judge's own verdict. The judge here says "about" with
// probability 0.8 to everything, which is below inferredAbout (0.85).
func TestInferredAbout(t *testing.T) {
	require.Greater(t, inferredAbout, 0.8)
	judge := func(stance.Context, string) (bool, float64) { return true, 0.8 }
	text := "Ivo Kask said the count was slow. Opposition parties have moved to dismiss the result of the election."
	res := Reader{Classifier: defaultReader(t).Classifier, AboutResult: judge, Lang: "en"}.Analyze(text)
	require.Len(t, res.Remarks, 2)
	for _, a := range res.Remarks {
		if a.Inferred {
			assert.False(t, a.AboutResult, a.Text)
		} else {
			assert.True(t, a.AboutResult, a.Text)
		}
		assert.InDelta(t, 0.8, a.AboutResultProbability, 1e-12, a.Text)
	}
}

// TestCoSubjectBodies: a list of subjects may hold bodies named in lower
// case and groups whose names are capitalised (coMember); a group of
// people named by a capitalised complement is no member (rec31en_test.go,
// "the supporters of a list").
func TestCoSubjectBodies(t *testing.T) {
	checkPattern(t, "The Central Election Committee, the Norlandic government and the parliament also recognised Kask's victory.",
		[]want{{"parliament", Action, "also recognised Kask's victory", 0}, {"Norlandic government", Action, "also recognised Kask's victory", 1}, {"Central Election Committee", Action, "also recognised Kask's victory", 2}})
}

// TestPartyAdjective: "of the right-wing ARENA" is the origin of the name
// before it, not the subject.
func TestPartyAdjective(t *testing.T) {
	for _, text := range []string{
		"Ivo Kask of the right-wing Union said the count was fair.",
		"Ivo Kask of the ruling Norland Union said the count was fair.",
	} {
		got := Extract(text)
		require.Len(t, got, 1, text)
		assert.Equal(t, "Ivo Kask", got[0].Speaker, text)
	}
}

// TestMadeNoPublicComment: an adjective between "made no" and "comment"
// is still a silence.
func TestMadeNoPublicComment(t *testing.T) {
	got := Extract("Karl Abel has made no public comment since the announcement.")
	require.Len(t, got, 1)
	assert.Equal(t, "Karl Abel", got[0].Speaker)
	assert.True(t, got[0].NoStance)
}

// TestClauseSubjects: in the other languages a sentence that gave no
// remark and opens with a body, a group or several subjects joined by a
// conjunction gives each the clause when it speaks of the vote
// (clause_fallback.go). Sentences written for the test.
func TestClauseSubjects(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr two bodies", "fr", "Titre\n\nLa CEDEAO et l'Union africaine ont pris acte de l'élection de Karl Weber.",
			[]langRemark{{Reported, "CEDEAO", "ont pris acte de l'élection de Karl Weber"}, {Reported, "Union africaine", "ont pris acte de l'élection de Karl Weber"}}},
		{"pt a party after its determiner", "pt", "Título\n\nA Renamo já entregou o recurso pedindo a anulação dos resultados das eleições.",
			[]langRemark{{Reported, "Renamo", "já entregou o recurso pedindo a anulação dos resultados das eleições"}}},
		// counter-cases
		{"no word of the vote", "fr", "Titre\n\nLa CEDEAO et l'Union africaine ont signé un accord commercial.", nil},
		{"a negation", "pt", "Título\n\nA Renamo ainda não entregou o recurso contra os resultados das eleições.", nil},
		{"de a capitalised noun", "de", "Titel\n\nDie Opposition legte Einspruch gegen das Wahlergebnis ein.", nil},
		{"a word opening the sentence", "es", "Título\n\nEntre ambos polos se sitúa la mayoría de los votantes de la elección.", nil},
	})
}
