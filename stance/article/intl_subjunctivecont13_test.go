package article

import "testing"

// TestExtractLangSubjunctiveContinuation: a German sentence whose verb is
// a subjunctive of reported speech, after an opening other than a
// pronoun, is a reported remark of the person the previous sentence's
// last remark was by (subjunctiveContinuation); not a subjunctive in a
// clause after "ob", nor a sentence with its own verb of saying. Sentences
// written for the test.
func TestExtractLangSubjunctiveContinuation(t *testing.T) {
	const base = "Die Vorsitzende der Partei, Lena Dal, nannte den Wahlausgang einen Rückschlag. "
	runLangCases(t, []langCase{
		{"de Eine Wahl …, mit …, könne man nicht anerkennen", "de", base + "Eine Wahl unter Ausnahmezustand, mit inhaftierten Kandidaten, könne man nicht als demokratisch anerkennen.",
			[]langRemark{{Action, "Lena Dal", "nannte den Wahlausgang einen Rückschlag"}, {Reported, "Lena Dal", "Eine Wahl unter Ausnahmezustand, mit inhaftierten Kandidaten, könne man nicht als demokratisch anerkennen"}}},
		{"de Gratulieren werde die Kanzlerin erst, wenn", "de", "Regierungssprecher Ivo Kask sagte, man wolle weiterarbeiten. Gratulieren werde die Kanzlerin aber erst, wenn der Bericht der Beobachter vorliege.",
			[]langRemark{{Reported, "Ivo Kask", "man wolle weiterarbeiten"}, {Reported, "Ivo Kask", "Gratulieren werde die Kanzlerin aber erst, wenn der Bericht der Beobachter vorliege"}}},
		// counter-case: the subjunctive is in a clause after "ob"
		{"de Unklar ist, ob … sei", "de", base + "Unklar ist, ob die Wahl frei gewesen sei.",
			[]langRemark{{Action, "Lena Dal", "nannte den Wahlausgang einen Rückschlag"}}},
		// counter-cases: the sentence names its own source (ownSourceDe)
		{"de Nach Angaben der Wahlkommission sei …", "de", base + "Nach Angaben der Wahlkommission sei die Abstimmung fair verlaufen.",
			[]langRemark{{Action, "Lena Dal", "nannte den Wahlausgang einen Rückschlag"}}},
		{"de …, teilte die Kommission am Montag mit", "de", base + "Die Wahl sei frei und fair gewesen, teilte die Kommission am Montag mit.",
			[]langRemark{{Action, "Lena Dal", "nannte den Wahlausgang einen Rückschlag"}}},
		{"de Den Angaben zufolge sei …", "de", base + "Den Angaben zufolge sei die Auszählung aber korrekt verlaufen.",
			[]langRemark{{Action, "Lena Dal", "nannte den Wahlausgang einen Rückschlag"}}},
	})
}
