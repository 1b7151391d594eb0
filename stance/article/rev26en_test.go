package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev26enIntroducedNarrowed: the pronoun after a sentence naming one
// new person stays with the paragraph's speaker when that speaker came
// into play in the paragraph before the sentence, or when the new person
// is only the agent of a participle modifying something else; it still
// goes to a new person a paragraph opens with, or whom a main clause's
// passive introduces (articles invented for the test).
func TestRev26enIntroducedNarrowed(t *testing.T) {
	const lead = "Reactions\n\n"
	rec25Run(t, []rec25Case{
		// near-misses: the background sentence keeps the earlier speaker
		{"analyst, a year's background, he said", lead + "\"Voters were angry,\" said Ivo Kask, a political scientist. Turnout was the highest since 1994, when Piet Vos won the first free vote. \"The winner owes his margin to that anger,\" he said.",
			"owes his margin", "Ivo Kask"},
		{"actor, a building's founder, he said", lead + "Otto Berg addressed his supporters on Monday. The rally was held outside the offices of the Unity Party, founded by Piet Vos in 1990. \"We will never accept this count,\" he said.",
			"never accept this count", "Otto Berg"},
		{"senator, a judge who will hear it, she said", lead + "\"We will wait for the court,\" said Ana Lind, a senator. The court is chaired by Mara Ovid, appointed in 2019. \"Until it rules, nobody has won,\" she said.",
			"nobody has won", "Ana Lind"},
		{"new paragraph, a reduced participle, she said", lead + "\"We will wait for the court,\" said Ana Lind, a senator.\n\nThe court, headed by Mara Ovid since 2019, has until Friday to rule. \"Until it rules, nobody has won,\" she said.",
			"nobody has won", "Ana Lind"},
		{"new paragraph, a when clause, he said", lead + "\"Voters were angry,\" said Ivo Kask, a political scientist.\n\nTurnout was the highest since 1994, when Piet Vos won the first free vote. \"The winner owes his margin to that anger,\" he said.",
			"owes his margin", "Ivo Kask"},
		{"new paragraph, named after, he said", lead + "\"We will not give up,\" said Otto Berg, the defeated candidate.\n\nThe crowd filled a stadium named after Piet Vos, the first president. \"We will never accept this count,\" he said.",
			"never accept this count", "Otto Berg"},
		// the rule still fires
		{"new paragraph, reporters caught up with, he said", lead + "\"The count was rigged,\" said Ana Lind, a senator.\n\nReporters caught up with Piet Vos, a retired judge, outside the court. \"I saw nothing wrong,\" he said.",
			"saw nothing wrong", "Piet Vos"},
		{"new paragraph, was taken up by, he said", lead + "\"The count was rigged,\" said Ana Lind, a senator.\n\nThe demand for a recount was taken up on Tuesday by Piet Vos, who heads a lawyers' group. \"We want every ballot counted again,\" he said.",
			"every ballot counted", "Piet Vos"},
		{"new paragraph opens with the person, she told reporters", lead + "\"The count was rigged,\" said Ivo Kask, a senator.\n\nMara Ovid, a retired judge, watched the count in Lisk. \"I saw nothing wrong,\" she told reporters.",
			"saw nothing wrong", "Mara Ovid"},
		{"same paragraph, a call came from, he said", lead + "\"The count was rigged,\" said Otto Berg, a senator. A call for calm came instead from Piet Vos, a bishop. \"The winner must be respected,\" he said.",
			"must be respected", "Piet Vos"},
		{"same paragraph, a note was struck by, she said", lead + "\"The count was rigged,\" said Ana Lind, a senator. A different note was struck by Mia Roe, a mayor. \"I saw nothing wrong,\" she said.",
			"saw nothing wrong", "Mia Roe"},
		{"same paragraph, criticism came from, he told reporters", lead + "\"We accept the count,\" said Otto Berg, a senator. Criticism also came from Piet Vos, a union leader. \"This count was rigged,\" he told reporters.",
			"count was rigged", "Piet Vos"},
		{"same paragraph, appeals heard by, no voice", lead + "\"We will appeal every district,\" said Otto Berg, a senator. The appeals will be heard by Judge Piet Vos next week. \"We expect nothing from that court,\" he said.",
			"expect nothing", "Otto Berg"},
		{"plural opener, then the person, she said", lead + "\"The count was rigged,\" said Ana Lind, a senator.\n\nObservers from the mission disagreed. Their findings were presented on Tuesday by Mia Roe, its deputy head. \"We saw an orderly count,\" she said.",
			"orderly count", "Mia Roe"},
	})
}

// TestRev26enOthersClaimNarrowed: a claiming word after a determiner or a
// possessive is a noun, and a run that turns to the commentator's own
// view is theirs (clauses invented for the test).
func TestRev26enOthersClaimNarrowed(t *testing.T) {
	for run, want := range map[string]bool{
		"Kell's claims of fraud do not stand up":                                 false,
		"those claims have no basis and the result stands":                       false,
		"the opposition claims the count was rigged, but the observers saw none": false,
		"his rivals allege fraud, though nobody has shown any":                   false,
		"the opposition claims the count was rigged":                             true,
		"Kell's supporters allege the count was rigged and want a new vote":      true,
		"some in the ruling party insist the margin was larger than announced":   true,
	} {
		assert.Equal(t, want, rec25OthersClaim(run), run)
	}
}
