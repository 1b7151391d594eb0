package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRec27enMadeClear: "made (it) clear/plain that …" reports the
// subject's words as "said that …" does, with or without "it", a degree
// adverb or "that"; a noun object or "made the rules clear" is no speech
// (sentences invented for the test).
func TestRec27enMadeClear(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"made plain that", "Aftermath\n\nDefence Minister Ivo Kask made plain that the army stood behind the certified result.",
			"the army stood behind", "Ivo Kask"},
		{"made it abundantly clear that", "Aftermath\n\nThe envoy, Lena Dal, made it abundantly clear that Velor would not recognise the count.",
			"Velor would not recognise", "Lena Dal"},
		{"has made clear, that left out", "Aftermath\n\nOpposition leader Otto Kell has made clear the party would take its case to the courts.",
			"take its case to the courts", "Otto Kell"},
		{"makes it very clear", "Aftermath\n\nMia Roe, the senate speaker, makes it very clear that the new government has her support.",
			"the new government has her support", "Mia Roe"},
		// near-misses: no clause after "clear"
		{"a noun object", "Aftermath\n\nDefence Minister Ivo Kask made clear his support for an orderly handover of power.",
			"orderly handover", ""},
		{"made the rules clear", "Aftermath\n\nDefence Minister Ivo Kask made the rules clear to the soldiers at the polling stations.",
			"to the soldiers", ""},
	})
}

// TestRec27enStandNoPanic: a remark whose "would stand" is the claim
// checked for fairness ran past its words' end and panicked.
func TestRec27enStandNoPanic(t *testing.T) {
	text := "Aftermath\n\nDefence Minister Ivo Kask said the vote would stand."
	ctx := stance.Context{Winner: []string{"Lena Dal"}, Rivals: []string{"Otto Kell"}}
	assert.NotPanics(t, func() { claimStance(ctx, "the vote would stand") })
	assert.False(t, fairlyHeld([]string{"the", "vote", "would", "stand"}, 1))
	assert.Equal(t, "Ivo Kask", rec25SpeakerOf(text, "would stand"))
}

// TestRec27enThroughBare: "through its director Ivo Kask," with no comma
// between office and name gives the officer the body's words; an office
// with a place, or no office, names no officer (sentences invented for
// the test).
func TestRec27enThroughBare(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"through its director", "Aftermath\n\nA monitoring group, through its director Ivo Kask, said it would not comment on the result yet.",
			"would not comment", "Ivo Kask"},
		{"through their spokeswoman", "Aftermath\n\nThe bishops, speaking through their spokeswoman Lena Dal, said the count deserved respect from all sides.",
			"deserved respect", "Lena Dal"},
		{"with a comma still works", "Aftermath\n\nA monitoring group, through its director, Ivo Kask, said it would not comment on the result yet.",
			"would not comment", "Ivo Kask"},
		// near-misses: no person's office before the name
		{"offices in a place", "Aftermath\n\nThe party, through its offices in Tarn, said it would not accept the result of the vote.",
			"would not accept", "party"},
		{"a lawyer in a place", "Aftermath\n\nThe party, through its lawyer in Tarn Mia Roe, said it would not accept the result of the vote.",
			"would not accept", "party"},
	})
}

// TestRec27enProfessionName: a sentence opening with an occupation the
// phrase grammar lacks, run into a name, has that person for the subject
// of a participle after a comma; no occupation, or a preposition, makes
// no subject (sentences invented for the test).
func TestRec27enProfessionName(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"capitalised modifier, two words", "Aftermath\n\nIvo Kask lost the vote. Norlandic pastor Lena Dal went further, saying the count had been rigged.",
			"count had been rigged", "Lena Dal"},
		{"article and three words", "Aftermath\n\nIvo Kask lost the vote. The civic committee leader Otto Kell has gone further, saying the winner must resign.",
			"the winner must resign", "Otto Kell"},
		{"after a lead adverbial", "Aftermath\n\nIvo Kask lost the vote. In Tarn, veteran radio host Mia Roe went further, saying the tally was invented.",
			"tally was invented", "Mia Roe"},
		// near-misses
		{"no occupation before the name", "Aftermath\n\nIvo Kask lost the vote. Crowds cheered Lena Dal as she arrived, saying the count had been rigged.",
			"count had been rigged", ""},
		{"a preposition", "Aftermath\n\nIvo Kask lost the vote. Supporters of Lena Dal went further, saying the count had been rigged.",
			"count had been rigged", ""},
	})
}

// TestRec27enFurtherAct: after "went further" the participle past the
// comma is the subject's act whatever its verb; "walked further" is no
// such phrase (sentences invented for the test).
func TestRec27enFurtherAct(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"has gone further, giving", "Aftermath\n\nIvo Kask lost the vote. Lena Dal has gone further, giving the winner an ultimatum to resign.",
			"an ultimatum to resign", "Lena Dal"},
		{"went a step further, with an adverbial", "Aftermath\n\nIvo Kask lost the vote. Otto Kell went a step further on Monday, filing a petition to annul the count.",
			"filing a petition", "Otto Kell"},
		{"went further still, threatening", "Aftermath\n\nIvo Kask lost the vote. Mia Roe went further still, threatening a general strike until a recount.",
			"threatening a general strike", "Mia Roe"},
		// near-misses
		{"walked further", "Aftermath\n\nIvo Kask lost the vote. Lena Dal walked further, reaching the square by noon with her supporters.",
			"reaching the square", ""},
		{"further in a noun phrase", "Aftermath\n\nIvo Kask lost the vote. Lena Dal asked for further checks, pointing to the missing ballot boxes in the north.",
			"missing ballot boxes", ""},
	})
}
