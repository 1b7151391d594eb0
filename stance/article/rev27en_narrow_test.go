package article

import "testing"

// TestRev27enDescribedVerb: a verb after the capitalised opening word is
// no description ("Crowds greeted veteran broadcaster Jo Roe …" opens with
// the crowds); a description with an article or a lower-case -ed first
// word still opens with the person (sentences invented for the test).
func TestRev27enDescribedVerb(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"crowds greeted", "Aftermath\n\nIvo Kask lost the vote. Crowds greeted veteran broadcaster Lena Dal at the airport, waving flags and demanding a recount.",
			"demanding a recount", ""},
		{"police detained", "Aftermath\n\nIvo Kask lost the vote. Police detained journalist Lena Dal on Monday, calling her claims of a rigged count false.",
			"rigged count false", ""},
		// still fires
		{"the retired pastor", "Aftermath\n\nIvo Kask lost the vote. The retired pastor Otto Kell went further, saying the count had been rigged.",
			"count had been rigged", "Otto Kell"},
		{"capitalised modifier", "Aftermath\n\nIvo Kask lost the vote. Norlandic pastor Lena Dal went further, saying the count had been rigged.",
			"count had been rigged", "Lena Dal"},
	})
}

// TestRev27enFurtherNarrow: "went further" followed by a direction is a
// journey, and a participle whose clause names neither the vote nor a
// name outdid something else; the vote-bound act still goes to the
// subject (sentences invented for the test).
func TestRev27enFurtherNarrow(t *testing.T) {
	rec25Run(t, []rec25Case{
		{"further north", "Aftermath\n\nIvo Kask lost the vote. Mission head Lena Dal went further north on Tuesday, visiting polling stations in the hills.",
			"visiting polling stations", ""},
		{"no vote nor name", "Aftermath\n\nSeveral parties pledged money for schools. Labour leader Otto Kell went further, proposing free school meals in every district.",
			"free school meals", ""},
		// still fires
		{"a name in the clause", "Aftermath\n\nIvo Kask lost the vote. Lena Dal has gone further, giving Kask an ultimatum to resign.",
			"an ultimatum to resign", "Lena Dal"},
		{"a vote word", "Aftermath\n\nIvo Kask lost the vote. Otto Kell went a step further on Monday, filing a petition to annul the count.",
			"filing a petition", "Otto Kell"},
	})
}
