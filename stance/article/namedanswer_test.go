package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedAnswers: in an interview whose answers are labelled with the
// interviewee's name ("Dal: …") instead of "A:", the label is skipped as
// "A:" is: a person opening the answer is the sentence's subject ("Dal:
// Ivo Kask went on television and said …"), and a sentence with no
// remark is the interviewee's. Without "Q:" paragraphs such a label is a
// roundup's heading and makes no answer.
func TestNamedAnswers(t *testing.T) {
	text := "We spoke to Lena Dal, a historian.\n\nQ: Who moved first?\n\n" +
		"Dal: Ivo Kask went on television that day and said, in effect, that the defeat did not exist. He claimed the vote in Norland was rigged.\n\n" +
		"Q: Anything else?\n\nDal: The calendar mattered a great deal."
	got := Extract(text)
	var speakers, texts []string
	for _, r := range got {
		speakers = append(speakers, r.Speaker)
		texts = append(texts, r.Text)
	}
	assert.Equal(t, []string{"Ivo Kask", "Ivo Kask", "Lena Dal"}, speakers)
	assert.Equal(t, "The calendar mattered a great deal.", texts[len(texts)-1])

	got = Extract("Velor: The foreign ministry said it would wait for the final count.\n\nTarn: Nothing was heard from the capital.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "foreign ministry", got[0].Speaker)
	}
}

// TestQuestionStatementAntecedent: a statement in an interviewer's
// question ("Q: Ivo Kask walked out before the count. What did he say?")
// opens with its subject after the "Q:" label, and that person is whom
// the answer's "he" means; a question whose statement opens with no
// person leaves "he" to the person named before.
func TestQuestionStatementAntecedent(t *testing.T) {
	cases := []struct{ text, speaker string }{
		{"We spoke to Lena Dal, a historian.\n\nQ: Ivo Kask walked out before the count was read. What did he say?\n\n" +
			"A: He said the vote in Norland had been rigged.", "Ivo Kask"},
		{"We spoke to Lena Dal, a historian.\n\nQ: Velor's leader Otto Brenn stayed away. Why?\n\n" +
			"A: He said the count in Norland had been rigged.", "Otto Brenn"},
		// counter-case: the question's statement names nobody as subject
		{"Ivo Kask spoke to the press.\n\nQ: The count was slow. What did he say?\n\n" +
			"A: He said the vote in Norland had been rigged.", "Ivo Kask"},
	}
	for _, c := range cases {
		var got []string
		for _, r := range Extract(c.text) {
			if r.Kind == Reported && !r.Inferred { // "Ivo Kask spoke to the press" is no construction's remark
				got = append(got, r.Speaker)
			}
		}
		assert.Equal(t, []string{c.speaker}, got, c.text)
	}
}
