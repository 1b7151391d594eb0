package article

import "testing"

// TestExtractLangReportedBeforeFragment: reported speech before its
// speech verb and subject may quote a few words in lower case; a
// quotation that opens in capitals is a title or someone's sentence, and
// the clause is no one's remark. Sentences written for the test.
func TestExtractLangReportedBeforeFragment(t *testing.T) {
	runLangCases(t, []langCase{
		{"es short fragment stays in the clause", "es", "La votación fue «limpia y ordenada» en todo el país, afirmó el canciller Luis Parra.",
			[]langRemark{{Reported, "Luis Parra", "La votación fue «limpia y ordenada» en todo el país"}}},
		// a longer fragment the clause goes on past stays in it too (lab27gr_embedded.go)
		{"de longer fragment stays in the clause", "de", "Die Koalition werde „mit allen demokratischen Kräften“ sprechen, sagte Parteichefin Eva Lind.",
			[]langRemark{{Reported, "Eva Lind", "Die Koalition werde „mit allen demokratischen Kräften“ sprechen"}}},
		// counter-case: a capitalised quotation inside the clause
		{"de capitalised quotation", "de", "Der Slogan „Wir schaffen das“ sei überholt, sagte Jan Olk.", nil},
	})
}
