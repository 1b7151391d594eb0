package article

import "testing"

// TestEn19BodyNames: the names of bodies the nineteenth session taught the
// reader (sentences invented for the test): a body named for its cause
// ("for Democratic Change") and a body followed by the place it sits in.
func TestEn19BodyNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a movement named for its cause",
			"Reactions\n\nThe Movement for Democratic Change said it would not accept the result.",
			[]want{{"Movement for Democratic Change", Reported, "it would not accept the result", 0}}},
		{"a citizens' group named for its cause, with an apposition",
			"Reactions\n\nCitizens for Social Justice, the largest opposition group, said the count had been rigged.",
			[]want{{"Citizens for Social Justice", Reported, "the count had been rigged", 0}}},
		{"an alliance named for its cause, acting",
			"Reactions\n\nThe Alliance for Progress congratulated Ivo Kask on his win.",
			[]want{{"Alliance for Progress", Action, "congratulated Ivo Kask on his win", 0}}},
		{"a party whose head word is a role word",
			"Reactions\n\nThe Party for Freedom, which won two seats, said the vote had been stolen.",
			[]want{{"Party for Freedom", Reported, "the vote had been stolen", 0}}},
		{"a leader's name before the cause",
			"Reactions\n\nDal for True Democracy said it would go to court.",
			[]want{{"Dal for True Democracy", Reported, "it would go to court", 0}}},
		// counter-cases: an office "for" a portfolio; a person "for" a
		// place is no body's name
		{"a minister for a portfolio",
			"Reactions\n\nMinister for Foreign Affairs Lena Dal said the vote was fair.",
			[]want{{"Lena Dal", Reported, "the vote was fair", 0}}},
		{"a person campaigning for a place",
			"Reactions\n\nAfter years of campaigning for Tarn, Ivo Kask said the vote was fair.",
			[]want{{"Ivo Kask", Reported, "the vote was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19InstitutionPlace: the place a body sits in is no part of its
// name, so the body named again without it is the same speaker.
func TestEn19InstitutionPlace(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Reactions\n\nThe Foreign Ministry in Velor said it welcomed the result.", "Foreign Ministry"},
		{"Reactions\n\nThe State Department in Washington described the vote as flawed.", "State Department"},
		{"Reactions\n\nThe Cross-Strait Affairs Office in Tarn said its policy would not change.", "Cross-Strait Affairs Office"},
		{"Reactions\n\nThe embassy in Velor said it would work with the new government.", "embassy"},
	}
	for _, tc := range tests {
		got := Extract(tc.text)
		if len(got) == 0 || got[0].Speaker != tc.want {
			t.Errorf("%q: got %+v, want speaker %q", tc.text, got, tc.want)
		}
	}
}

// TestEn19InstitutionPlaceEnd: the name ends before "in" only when a
// proper place follows it (counter-cases: "in charge", "in the capital").
func TestEn19InstitutionPlaceEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"the foreign ministry in Tarn", 3},
		{"the election office in New Velor", 3},
		{"the office in charge", 4},
		{"the liaison office in the capital", 6},
	}
	for _, tc := range tests {
		toks := tokenize(nil, tc.text, 0, len(tc.text), nil, 0)
		head := -1
		for j, tk := range toks {
			if institutions[tk.lower] {
				head = j
			}
		}
		if got := institutionPlaceEnd(toks, 1, head, len(toks)); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestEn19LeadGerund: a lead adverbial whose gerund has a body for its
// subject and an object ("Within minutes of the Tribunal calling the
// trend irreversible, X went …"): X opens the sentence, and the "he" or
// "she" of the next one is X, not the body.
func TestEn19LeadGerund(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"within minutes of a body calling",
			"Reactions\n\nWithin minutes of the Supreme Electoral Tribunal calling the preliminary trend irreversible, Lena Dal went before the cameras. Her party respected the institutions, she said.",
			[]want{{"Lena Dal", Reported, "Her party respected the institutions", 0}}},
		{"hours after a body certifying",
			"Reactions\n\nHours after the Electoral Council certifying the count, Marek Tamm faced reporters. His party would go to court, he said.",
			[]want{{"Marek Tamm", Reported, "His party would go to court", 0}}},
		{"soon after a body publishing",
			"Reactions\n\nSoon after the Central Commission publishing the first figures, Lena Dal appeared before supporters. The numbers were invented, she said.",
			[]want{{"Lena Dal", Reported, "The numbers were invented", 0}}},
		// counter-case: the person opens the sentence and the gerund is
		// his own; he stays the subject
		{"the subject's own gerund",
			"Reactions\n\nMarek Tamm, calling the count a fraud, walked out. His party would go to court, he said.",
			[]want{{"Marek Tamm", Action, "calling the count a fraud, walked out", 0}, {"Marek Tamm", Reported, "His party would go to court", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19BodyPronoun: "he" or "she" never means a body named by its
// proper name; the person opening a recent sentence is meant.
func TestEn19BodyPronoun(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a tribunal between the person and the pronoun",
			"Reactions\n\nLena Dal spoke to reporters late on Sunday. Earlier the Supreme Electoral Tribunal had called the trend irreversible. The count was flawed, she said.",
			[]want{{"Supreme Electoral Tribunal", Action, "had called the trend irreversible", 0}, {"Lena Dal", Reported, "The count was flawed", 1}}},
		{"a movement between the person and the pronoun",
			"Reactions\n\nMarek Tamm met supporters in Tarn. The Civic Movement has called the vote a fraud. He said the count was flawed.",
			[]want{{"Civic Movement", Action, "has called the vote a fraud", 0}, {"Marek Tamm", Reported, "the count was flawed", 1}}},
		{"a court between the person and the pronoun",
			"Reactions\n\nLena Dal left the capital on Monday. The Constitutional Court has rejected the appeal. We will keep fighting, she said.",
			[]want{{"Constitutional Court", Action, "has rejected the appeal", 0}, {"Lena Dal", Reported, "We will keep fighting", 1}}},
		// counter-case: no person before the body; the pronoun stays
		// with the body as before
		{"no person to go to",
			"Reactions\n\nThe Supreme Electoral Tribunal had called the trend irreversible. The count was final, he said.",
			[]want{{"Supreme Electoral Tribunal", Action, "had called the trend irreversible", 0}, {"Supreme Electoral Tribunal", Reported, "The count was final", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19AppositiveCo: a first conjunct set off by commas ("the envoy,
// Lena Dal, and …", "Lena Dal, the envoy, and …") shares the verb of
// the subject after "and".
func TestEn19AppositiveCo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"office, name, and a described name",
			"Reactions\n\nThe bloc's foreign policy chief, Lena Dal, and enlargement commissioner Marek Tamm congratulated Ivo Kask in a joint statement.",
			[]want{{"Marek Tamm", Action, "congratulated Ivo Kask in a joint statement", 0}, {"Lena Dal", Action, "congratulated Ivo Kask in a joint statement", 1}}},
		{"office, name, and a name with a possessive description",
			"Reactions\n\nVelor's foreign minister, Lena Dal, and her Norland counterpart Marek Tamm congratulated Ivo Kask on Monday.",
			[]want{{"Marek Tamm", Action, "congratulated Ivo Kask on Monday", 0}, {"Lena Dal", Action, "congratulated Ivo Kask on Monday", 1}}},
		{"name, office, and a bare name",
			"Reactions\n\nLena Dal, the bloc's foreign policy chief, and Marek Tamm congratulated Ivo Kask.",
			[]want{{"Marek Tamm", Action, "congratulated Ivo Kask", 0}, {"Lena Dal", Action, "congratulated Ivo Kask", 1}}},
		{"after a lead place",
			"Reactions\n\nIn Tarn, the opposition leader, Lena Dal, and her deputy Marek Tamm called the count a fraud.",
			[]want{{"Marek Tamm", Action, "called the count a fraud", 0}, {"Lena Dal", Action, "called the count a fraud", 1}}},
		// counter-case: the first conjunct is a verb's object
		{"the apposition is an object",
			"Reactions\n\nIvo Kask thanked the bloc's envoy, Lena Dal, and her Norland counterpart Marek Tamm called the count fair.",
			[]want{{"Marek Tamm", Action, "called the count fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19Tagline: an opinion piece whose author is named only in the
// closing note speaks in its first-person sentences.
func TestEn19Tagline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"is a lecturer",
			"Opinion: a seat total is no mandate\n\nThe board has declared Ivo Kask the winner. I am not ready to congratulate him.\n\nHanna Roe is a lecturer in public law.",
			[]want{{"Hanna Roe", Direct, "I am not ready to congratulate him", 0}}},
		{"was a minister",
			"Opinion: the count must be checked\n\nThe tally sheets have not been published. I will accept the result when they are.\n\nMarek Tamm was foreign minister of Tarn from 2010 to 2014.",
			[]want{{"Marek Tamm", Action, "will accept the result when they are", 0}}},
		{"teaches",
			"Opinion: Kask won fairly\n\nThe observers saw nothing amiss. I congratulate Ivo Kask without reservation.\n\nLena Dal teaches politics at the University of Tarn.",
			[]want{{"Lena Dal", Action, "congratulate Ivo Kask without reservation", 0}}},
		// counter-cases: a last paragraph of two sentences is news, not a
		// note; a closing description with no first person gives nothing
		{"a closing paragraph of two sentences",
			"Opinion: Kask won fairly\n\nThe observers saw nothing amiss. I congratulate Ivo Kask without reservation.\n\nLena Dal is a teacher. She voted in Tarn.",
			[]want{{"", Action, "congratulate Ivo Kask without reservation", 0}}},
		{"no first person",
			"Kask wins\n\nThe board declared Ivo Kask the winner on Monday.\n\nLena Dal is a lecturer in public law.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19ItBody: a sentence's "It" after a body spoke is that body.
func TestEn19ItBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"it added after a ministry",
			"Reactions\n\nThe foreign ministry welcomed the vote. It added that the count had been marred by fraud.",
			[]want{{"foreign ministry", Action, "welcomed the vote", 0}, {"foreign ministry", Reported, "the count had been marred by fraud", 1}}},
		{"it said after a movement",
			"Reactions\n\nThe Civic Movement rejected the count on Monday. It said the result had been fabricated.",
			[]want{{"Civic Movement", Action, "rejected the count on Monday", 0}, {"Civic Movement", Reported, "the result had been fabricated", 1}}},
		{"it said after the White House",
			"Reactions\n\nThe White House said it respected the vote. It said the count had been held amid censorship.",
			[]want{{"White House", Reported, "it respected the vote", 0}, {"White House", Reported, "the count had been held amid censorship", 1}}},
		// counter-cases: a person spoke before; the body spoke two
		// sentences before
		{"a person before it",
			"Reactions\n\nLena Dal welcomed the vote. It said the count had been fair.",
			[]want{{"Lena Dal", Action, "welcomed the vote", 0}, {"", Reported, "the count had been fair", 1}}},
		{"the body two sentences back",
			"Reactions\n\nThe foreign ministry welcomed the vote. Turnout was high. It said the count had been fair.",
			[]want{{"foreign ministry", Action, "welcomed the vote", 0}, {"", Reported, "the count had been fair", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn19TaintedPraise: a name of praise followed by a participle of
// foul means ("a victory bought with money") mocks the result.
func TestEn19TaintedPraise(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{`called the result "a victory bought with money" and said he would never accept it`, verdictHostile},
		{"described the outcome as a victory purchased by the ruling party", verdictHostile},
		{"called the vote a triumph manufactured by the state media", verdictHostile},
		// counter-cases: praise with no taint; a participle of merit
		{"called the result a victory for democracy", verdictRecognising},
		{"called the result a victory won fairly", verdictRecognising},
	}
	for _, tc := range tests {
		if got := namingVerdict(actionWords(tc.text)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
