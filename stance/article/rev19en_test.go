package article

import (
	"slices"
	"testing"
)

// TestRev19enSurnameNoBody: a person whose surname is a body's head word
// (House, Court) is no body: "she" still means her, and "It"
// never does.
func TestRev19enSurnameNoBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"she after a person surnamed House",
			"Reactions\n\nMira House, an analyst, said the vote was credible. She added that Ivo Kask had won clearly.",
			[]want{{"Mira House", Reported, "the vote was credible", 0}, {"Mira House", Reported, "Ivo Kask had won clearly", 1}}},
		{"It after a person surnamed Court is no speaker",
			"Reactions\n\nAnna Court, a historian, said the vote was calm. It said a great deal about the country, she added.",
			[]want{{"Anna Court", Reported, "the vote was calm", 0}, {"", Reported, "a great deal about the country, she added", 1}}},
		// the construction still holds for a body written with "the"
		{"It after the White House",
			"Reactions\n\nThe White House congratulated Kask. It added that it looked forward to working with him.",
			[]want{{"White House", Action, "congratulated Kask", 0}, {"White House", Reported, "it looked forward to working with him", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev19enTaintMeans: "bought", "paid", "engineered" after a name of
// praise mock the result only when foul means follow; the means of merit
// keep the praise.
func TestRev19enTaintMeans(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"called the result a victory bought with state money", verdictHostile},
		{"called the outcome a triumph engineered by the regime", verdictHostile},
		{"called the result a victory paid for with bribes", verdictHostile},
		{"called the result a victory stolen from the people", verdictHostile},
		// counter-cases: the same participles with means of merit
		{"called it a victory manufactured by hard work and patience", verdictRecognising},
		{"called the result a victory paid for by ordinary donors", verdictRecognising},
		{"called the outcome a triumph engineered by a brilliant campaign team", verdictRecognising},
		{"called the win a victory bought with the sacrifice of a generation", verdictRecognising},
	}
	for _, tc := range tests {
		if got := namingVerdict(actionWords(tc.text)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRev19enBodyPronounReach: a "he" met by a body goes to the person
// who opened one of the two sentences before, not to one who opened a
// sentence further back.
func TestRev19enBodyPronounReach(t *testing.T) {
	tests := []struct {
		name, text, remark, want string
		is                       bool
	}{
		{"the person three sentences back is not reached",
			"Reactions\n\nLena Dal said the vote was fair. Counting went on for days in the north. Reacting to the ruling, the Civic Movement said it would appeal. He added that the count was a fraud.",
			"the count was a fraud", "Lena Dal", false},
		{"the person opening the previous sentence still is",
			"Reactions\n\nWithin minutes of the Supreme Electoral Tribunal calling the trend irreversible, Marek Tamm went before the cameras. His party would go to court, he said.",
			"His party would go to court", "Marek Tamm", true},
	}
	for _, tc := range tests {
		found := false
		for _, r := range Extract(tc.text) {
			if r.Text == tc.remark {
				found = true
				if (r.Speaker == tc.want) != tc.is {
					t.Errorf("%s: remark %q has speaker %q (want %q: %v)", tc.name, r.Text, r.Speaker, tc.want, tc.is)
				}
			}
		}
		if !found {
			t.Errorf("%s: no remark %q", tc.name, tc.remark)
		}
	}
}

// TestRev19enTaglineNews: a news report's last line about someone in it
// ("Lars Wik was jailed in 2019", a passive, or a name written before) is
// no opinion piece's note: the reporter's own "I" is not theirs. An
// author named only in the note still gets the first-person sentences.
func TestRev19enTaglineNews(t *testing.T) {
	tests := []struct {
		name, text, remark, want string
	}{
		{"a name quoted before",
			"Wik rejects count\n\nLars Wik said on Monday the vote was rigged.\n\nI watched the count in Tarn on Sunday and saw no sign of fraud.\n\nLars Wik is a lawyer by training and a former judge.",
			"I watched the count in Tarn on Sunday and saw no sign of fraud", ""},
		{"a passive closing line",
			"Kask wins\n\nThe board declared a winner on Monday.\n\nI watched the count in Tarn on Sunday and saw no sign of fraud.\n\nIvo Kask was sworn in on Friday before a large crowd.",
			"I watched the count in Tarn on Sunday and saw no sign of fraud", ""},
		{"a reporter's I before a closing passive",
			"Kask wins\n\nThe board declared a winner on Monday.\n\nI counted the ballots with the observers and saw no fraud.\n\nIvo Kask was elected in 2019 after a long campaign.",
			"I counted the ballots with the observers and saw no fraud", ""},
		// counter-cases: an author described in the note alone
		{"an author based somewhere",
			"Opinion: no mandate\n\nThe board has declared Ivo Kask the winner.\n\nI am not ready to congratulate him on this count.\n\nHanna Roe is based in Tarn and teaches public law.",
			"I am not ready to congratulate him on this count", "Hanna Roe"},
		{"an author who was a minister",
			"Opinion: no mandate\n\nThe board has declared Ivo Kask the winner.\n\nI am not ready to congratulate him on this count.\n\nHanna Roe was foreign minister from 2010 to 2014.",
			"I am not ready to congratulate him on this count", "Hanna Roe"},
	}
	for _, tc := range tests {
		got := ""
		for _, r := range Extract(tc.text) {
			if r.Text == tc.remark {
				got = r.Speaker
			}
		}
		if got != tc.want {
			t.Errorf("%s: remark %q has speaker %q, want %q", tc.name, tc.remark, got, tc.want)
		}
	}
}

// TestRev19enCauseAnd: "and" inside a body's cause ("the Council for
// Peace and Justice") keeps the name whole; "and" before another body or
// a person still joins two speakers.
func TestRev19enCauseAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two causes",
			"Reactions\n\nThe Council for Peace and Justice welcomed the outcome.",
			[]string{"Council for Peace and Justice"}},
		{"a cause with a tail noun",
			"Reactions\n\nThe Institute for Democracy and Electoral Assistance welcomed the result.",
			[]string{"Institute for Democracy and Electoral Assistance"}},
		{"a body named later by its last word is another speaker",
			"Reactions\n\nThe Forum for Unity and Justice welcomed the result. Lawyers for Justice said nothing.",
			[]string{"Forum for Unity and Justice", "Lawyers for Justice"}},
		// counter-cases: a person or another body after "and"
		{"a body and a person",
			"Reactions\n\nThe Movement for Democratic Change and Ivo Kask rejected the count.",
			[]string{"Ivo Kask", "Movement for Democratic Change"}},
		{"two bodies",
			"Reactions\n\nThe Party for Freedom and the Civic Movement rejected the count.",
			[]string{"Civic Movement", "Party for Freedom"}},
	}
	for _, tc := range tests {
		if got := sortedSpeakers(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: speakers %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRev19enTwoPlaces: the same body named in two places ("the embassy
// in Velor", "the embassy in Tarn") is two speakers; named in one place,
// it is the body named again without it.
func TestRev19enTwoPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two embassies",
			"Reactions\n\nThe embassy in Velor said the vote was fair. The embassy in Tarn said the count was rigged.",
			[]string{"embassy in Tarn", "embassy in Velor"}},
		{"two foreign ministries",
			"Reactions\n\nThe Foreign Ministry in Velor said the vote was credible. The Foreign Ministry in Tarn said the vote was a sham.",
			[]string{"Foreign Ministry in Tarn", "Foreign Ministry in Velor"}},
		// counter-case: one place, then the body without it
		{"one place",
			"Reactions\n\nThe Foreign Ministry in Velor said the vote was credible. Later the Foreign Ministry congratulated Kask.",
			[]string{"Foreign Ministry"}},
	}
	for _, tc := range tests {
		if got := sortedSpeakers(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: speakers %q, want %q", tc.name, got, tc.want)
		}
	}
}

// sortedSpeakers are the distinct speakers of text's remarks, sorted.
func sortedSpeakers(text string) []string {
	var got []string
	for _, r := range Extract(text) {
		if r.Speaker != "" && !slices.Contains(got, r.Speaker) {
			got = append(got, r.Speaker)
		}
	}
	slices.Sort(got)
	return got
}
