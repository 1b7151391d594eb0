package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// rec25SpeakerOf is the speaker of the first remark whose text holds
// frag, "(none)" when the remark has no speaker, or "" when no remark
// holds it. The clause fallback's remarks (Inferred) are left out: the
// tests using this fix what the constructions read.
func rec25SpeakerOf(text, frag string) string {
	for _, r := range Extract(text) {
		if !r.Inferred && strings.Contains(r.Text, frag) {
			if r.Speaker == "" {
				return "(none)"
			}
			return r.Speaker
		}
	}
	return ""
}

type rec25Case struct {
	name, text, frag, want string
}

func rec25Run(t *testing.T, cases []rec25Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, rec25SpeakerOf(tc.text, tc.frag), tc.text)
		})
	}
}

// TestRec25enWhoTail: a clause before "said X, <office>, who added that
// …" is X's remark, and so is the relative clause, in several offices,
// verbs and orders; a relative clause of no speech leaves the fronted
// clause to no one (sentences invented for the test).
func TestRec25enWhoTail(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"bare office, who added", "Reactions\n\nTarn was cautious: the choice of a leader is for voters alone, said Ivo Kask, spokesman for the foreign ministry, who added that Tarn wanted good ties.",
			"for voters alone", "Ivo Kask"},
		{"the who clause goes to the person, not the office", "Reactions\n\nTarn was cautious: the choice of a leader is for voters alone, said Ivo Kask, spokesman for the foreign ministry, who added that Tarn wanted good ties.",
			"wanted good ties", "Ivo Kask"},
		{"an article before the office, who also said", "Reactions\n\nThe count must be checked before anyone celebrates, said Lena Dal, a senior official at the observer mission, who also said the queues had been long.",
			"before anyone celebrates", "Lena Dal"},
		{"no apposition, who later told", "Reactions\n\nThe result would stand until the court ruled otherwise, said Piet Vos, who later told reporters he expected no surprises.",
			"until the court ruled", "Piet Vos"},
		{"deputy head of, who went on", "Reactions\n\nThe vote had been calm and orderly in most districts, said Mia Roe, deputy head of the monitoring mission, who added that two stations had closed early.",
			"calm and orderly", "Mia Roe"},
		// near-misses: the relative clause is no speech, or asks
		{"who lost the vote is no tail", "Reactions\n\nThe count was a fraud from start to finish, said Otto Kell, who lost the vote, and his party walked out of the hall in protest on Monday.",
			"fraud from start", ""},
		{"who asked is no tail", "Reactions\n\nThe count was slow in every district of the north, said Ana Berg, who asked the commission to hurry.",
			"slow in every district", ""},
	})
}

// TestRec25enIntroduced: "he said" or "she said" with a quotation right
// after a sentence that introduces one new person without a remark goes
// to that person, not to the last speaker of the same gender; the
// pronoun stays with the earlier speaker when the previous sentence kept
// them in play (articles invented for the test).
func TestRec25enIntroduced(t *testing.T) {
	const lead = "Reactions\n\nAna Lind, a lawyer, urged the commission to publish the tallies. \"The count must be open,\" she said.\n\n"
	const leadHe = "Reactions\n\nIvo Kask, a lawyer, urged the commission to publish the tallies. \"The count must be open,\" he said.\n\n"
	rec25Run(t, []rec25Case{
		{"echoed by, she said", lead + "That call was echoed in the capital by Mara Ovid, who coordinates a network of civic groups. \"We are not saying who won,\" she said.",
			"not saying who won", "Mara Ovid"},
		{"an office before the name, he told reporters", leadHe + "Party officials met on Tuesday, but secretary general Piet Vos left little doubt about the mood. \"Our members feel cheated,\" he told reporters.",
			"members feel cheated", "Piet Vos"},
		{"joined by, she added", lead + "The protest outside the commission was later joined by Mia Roe, a retired judge. \"I want to see every tally sheet,\" she added.",
			"every tally sheet", "Mia Roe"},
		{"a quote before the pronoun, the person as object", leadHe + "Reporters caught up with Otto Berg outside the court. \"I will accept what the judges decide,\" he said.",
			"what the judges decide", "Otto Berg"},
		// near-misses: the earlier speaker kept in play by a pronoun, the
		// opener being another person, the new person of the other gender
		{"he thanked the newcomer", leadHe + "He later thanked Piet Vos, the envoy, for his help. \"We will keep pressing,\" he said.",
			"keep pressing", "Ivo Kask"},
		{"the opener is the speaker", leadHe + "Ivo Kask, an adviser to Piet Vos, spoke again on Tuesday. \"We will keep pressing,\" he said.",
			"keep pressing", "Ivo Kask"},
		{"the quoted sentence names someone", lead + "The meeting was chaired by Piet Vos, a retired judge. \"We will keep pressing,\" she told Mia Roe.",
			"keep pressing", "Ana Lind"},
	})
}

// TestRec25enOthersClaim: a run that opens with others' allegation is a
// commentator's report of a camp's position; the speaker's own claim or a
// later alleging verb is not (clauses invented for the test).
func TestRec25enOthersClaim(t *testing.T) {
	for run, want := range map[string]bool{
		"Kell's supporters allege Dal won with bribes":           true,
		"the opposition claims the count was rigged":             true,
		"some in the ruling party insist the margin was larger":  true,
		"we allege the count was rigged":                         false,
		"I claim no special knowledge of the count":              false,
		"Dal won clearly, though her rivals allege fraud":        false,
		"the count was clean and the result should be respected": false,
	} {
		assert.Equal(t, want, rec25OthersClaim(run), run)
	}
}
