package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev19grDeferredNearMisses: the near-misses of gr19_deferred.go
// that the review found (rev19gr_deferred.go); the rule still fires on
// its own cases. Sentences written for the test.
func TestRev19grDeferredNearMisses(t *testing.T) {
	tests := []struct {
		name string
		l    *langLexicon
		text string
		want bool
	}{
		{"de bevor wir gratulieren", &german, "Bevor wir ihr gratulieren, wollen wir das amtliche Endergebnis sehen", true},
		{"de ehe wir anerkennen", &german, "Wir warten ab, ehe wir das Ergebnis anerkennen", true},
		{"ru прежде чем признать", &russian, "Прежде чем признать итоги, мы изучим протоколы", true},
		// counter-cases
		{"de past plural after erst nachdem", &german, "Erst nachdem das Ergebnis feststand, gratulierten wir ihr sofort", false},
		{"de the noun Ehe", &german, "Man müsse die gleichgeschlechtliche Ehe anerkennen", false},
		{"de recognising a fact", &german, "Wir gratulieren, und bevor wir anerkennen, dass es Probleme gab, feiern wir", false},
		{"de kurz bevor", &german, "Er habe gratuliert, kurz bevor die Kommission die Ergebnisse anerkennen konnte", false},
		{"de noch bevor", &german, "Wir haben gratuliert, noch bevor die Gremien anerkennen konnten", false},
		{"ru ещё до того как", &russian, "Он поздравил её ещё до того как комиссия успела признать итоги", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.gr19Deferred(actionWords(tc.text)))
		})
	}
}
