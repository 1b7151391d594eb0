package article

import "testing"

// TestConstructions12 covers the twelfth session's English attribution
// constructions (project-written sentences, invented names).
func TestConstructions12(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a bulleted item opens with its subject: a later he is that subject",
			"Reactions\n\n- Ivo Kask, the outgoing president, congratulated Lima at a rally.\n\n- Lena Dal, a veteran of the left, did not sign the statement. She said her camp would wait for the court.",
			[]want{{"Ivo Kask", Action, "congratulated Lima at a rally", 0}, {"Lena Dal", Reported, "her camp would wait for the court", 1}}},
		{"a bullet dot opens an item too",
			"Reactions\n\n• Lena Dal, a veteran of the left, stayed away. She said the count was a fraud.",
			[]want{{"Lena Dal", Reported, "the count was a fraud", 0}}},
		{"a hyphenated word inside a paragraph is no bullet",
			"Reactions\n\nAnti-fraud monitors were out. Ivo Kask said the count was clean.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}}},
		{"a sentence-initial capitalised description before a name and a relative clause",
			"Reactions\n\nAnti-slavery campaigner Ivo Kask, who came second, told supporters the vote had been stolen.",
			[]want{{"Ivo Kask", Reported, "the vote had been stolen", 0}}},
		{"a capitalised adjective before a description and a name",
			"Reactions\n\nVeteran campaigner Lena Dal, who finished third, said the count was a fraud.",
			[]want{{"Lena Dal", Reported, "the count was a fraud", 0}}},
		// counter-case: a one-word name with lower-case words after it
		// and no name before the comma keeps its name
		{"a one-word known name before lower-case words stays the subject",
			"Reactions\n\nIvo Kask won. Kask later told reporters, who had waited all night, that the count was clean.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestTailAttribution: an act told with the attribution at the sentence's
// end is the spokesperson's reported remark and the actor's action, one
// span; counter-cases: a pronoun's attribution and an attribution with a
// clause after it.
func TestTailAttribution(t *testing.T) {
	const span = "President Ivo Kask spoke to Lima by telephone and wished him success"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a spokesman's name after the act",
			span + ", Velor spokesman Jon Roe said.",
			[]want{{"Jon Roe", Reported, span, 0}, {"Ivo Kask", Action, span, 1}}},
		{"an office after the act, with a time",
			"Lena Dal sent her congratulations on Monday night, her spokesman said on Tuesday.",
			[]want{{"spokesman", Reported, "Lena Dal sent her congratulations on Monday night", 0}, {"Lena Dal", Action, "Lena Dal sent her congratulations on Monday night", 1}}},
		// counter-cases
		{"he said after an act is not a second speaker",
			"Ivo Kask congratulated Lima on her victory, he said.",
			[]want{{"Ivo Kask", Action, "congratulated Lima on her victory, he said", 0}}},
		{"a comma and a name with no attribution verb stays in the act",
			"Ivo Kask congratulated Lima, Velor's new president.",
			[]want{{"Ivo Kask", Action, "congratulated Lima, Velor's new president", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
