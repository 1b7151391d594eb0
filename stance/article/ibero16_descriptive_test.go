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
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Kind == Direct && strings.Contains(r.Text, tc.quote) {
					found = true
					if r.Speaker != tc.speaker {
						t.Errorf("quotation %q is %q's, want %q", r.Text, r.Speaker, tc.speaker)
					}
				}
			}
			if !found {
				t.Errorf("no quotation with %q", tc.quote)
			}
		})
	}
	// counter-case: a post is not a description
	rs := ExtractLang("Reacciones\n\nEl alcalde capitalino Ivo Kask volvió a hablar ante sus seguidores. «Lo que hoy se firma es el acta de un fraude», dijo el ministro de Interior.", "es")
	for _, r := range rs {
		if r.Speaker == "Ivo Kask" && strings.Contains(r.Text, "acta de un fraude") {
			t.Errorf("the minister's quotation went to the mayor: %+v", r)
		}
	}
}
