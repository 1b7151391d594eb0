package article

import "testing"

// TestParticleSurnames: a surname that opens with particles is a name
// when it stands alone — at a sentence's start, after a comma or a title
// — and one speaker with the full name met before; particles stay
// inside full names as before. Sentences written for the test.
func TestParticleSurnames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a capitalised particle opens the sentence",
			"Reactions\n\nDe Kalve said the count had been fair.",
			[]want{{"De Kalve", Reported, "the count had been fair", 0}}},
		{"two particles, the first capitalised",
			"Reactions\n\nVan den Oord said the count had been fair.",
			[]want{{"Van den Oord", Reported, "the count had been fair", 0}}},
		{"a lower-case particle after an opener",
			"Reactions\n\nLater, dos Velor said he would go to court.",
			[]want{{"dos Velor", Reported, "he would go to court", 0}}},
		{"a title before the particle",
			"Reactions\n\nSenator dos Velor said the vote was rigged.",
			[]want{{"dos Velor", Reported, "the vote was rigged", 0}}},
		{"the surname alone is the full name met before",
			"Reactions\n\nOpposition leader Ivo dos Velor said the vote was rigged. Dos Velor later said he would go to court.",
			[]want{{"Ivo dos Velor", Reported, "the vote was rigged", 0}, {"Ivo dos Velor", Reported, "he would go to court", 1}}},
		{"a full name with particles, as before",
			"Reactions\n\nLena van der Kask said the count had been fair.",
			[]want{{"Lena van der Kask", Reported, "the count had been fair", 0}}},
		// counter-cases
		{"a place opened by an article is no speaker",
			"Reactions\n\nIn La Paz, the minister said the count was final.",
			[]want{{"minister", Reported, "the count was final", 0}}},
		{"a given name that is also a particle",
			"Reactions\n\nAl Kask said the count had been fair.",
			[]want{{"Al Kask", Reported, "the count had been fair", 0}}},
		{"an article that opens a newspaper's name is no particle of a surname",
			"Reactions\n\nLa Gaceta said the count had been fair.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
