package article

import (
	"strings"
	"testing"
)

// TestDescriptiveBackRef: an office that describes a person's part in
// politics ("el candidato derechista", "o dirigente cívico") refers back
// to the person just named, whatever post they were named with; a post
// ("el ministro") after a person named with another post does not.
// Sentences written for the test.
func TestDescriptiveBackRef(t *testing.T) {
	tests := []struct{ name, lang, text, quote, speaker string }{
		{"Spanish candidate after a mayor", "es",
			"Reacciones\n\nEl alcalde capitalino Ivo Kask volvió a hablar ante sus seguidores. «Lo que hoy se firma es el acta de un fraude, y no lo vamos a legitimar», proclamó el candidato derechista.",
			"acta de un fraude", "Ivo Kask"},
		{"Portuguese leader after a chairman", "pt",
			"Reações\n\nEm Velor, o presidente do Comité Cívico, Ivo Kask, convocou uma greve geral. \"Ficamos nas ruas até que se respeite o voto\", advertiu o dirigente cívico.",
			"Ficamos nas ruas", "Ivo Kask"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuoteSpeaker(t, tc.lang, tc.text, tc.quote, tc.speaker) })
	}
	// counter-case: a post is not a description
	rs := ExtractLang("Reacciones\n\nEl alcalde capitalino Ivo Kask volvió a hablar ante sus seguidores. «Lo que hoy se firma es el acta de un fraude», dijo el ministro de Interior.", "es")
	for _, r := range rs {
		if r.Speaker == "Ivo Kask" && strings.Contains(r.Text, "acta de un fraude") {
			t.Errorf("the minister's quotation went to the mayor: %+v", r)
		}
	}
}

// checkQuoteSpeaker checks that text, read in lang, has a quotation
// containing quote and that every such quotation is speaker's.
func checkQuoteSpeaker(t *testing.T, lang, text, quote, speaker string) {
	t.Helper()
	found := false
	for _, r := range ExtractLang(text, lang) {
		if r.Kind == Direct && strings.Contains(r.Text, quote) {
			found = true
			if r.Speaker != speaker {
				t.Errorf("quotation %q is %q's, want %q", r.Text, r.Speaker, speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quotation with %q", quote)
	}
}
