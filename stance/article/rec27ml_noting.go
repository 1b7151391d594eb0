package article

import "strings"

// Taking note of the ruling that settled the vote: "Washington prend acte
// de la décision du Conseil constitutionnel et se dit prêt à travailler
// avec le nouveau président", "Die Regierung nahm die Entscheidung des
// Verfassungsgerichts zur Kenntnis", "МИД принял к сведению решение ЦИК".
// The ruling of the court or commission that proclaims the result is the
// result; notesResult looked only for the words of the vote, so such a
// sentence gave no act. A ruling of any other body ("la décision du
// gouvernement de …") is still none.

// rec27mlRulings are the nouns of a ruling and the stems of the words
// that make a body one whose ruling settles a vote (a constitutional,
// supreme or electoral court, council or commission, or its acronym), by
// language: "la décision du Conseil constitutionnel", "el fallo del
// Tribunal Supremo Electoral", "решение Конституционного суда". A court
// or council with no such word ("la décision du tribunal de Libreville de
// condamner …", "la decisión del Consejo de Ministros", "решение суда по
// делу …", "die Entscheidung der EU-Kommission") rules on something else
// (rev27rml). German compounds are matched inside the word
// ("Verfassungsgerichts", "Wahlkommission").
var rec27mlRulings = map[string][2]map[string]bool{
	"fr": {wordSet(`décision décisions arrêt`), wordSet(`constitutionn électoral suprême hcc céni ceni céna cena cei cnrv`)},
	"es": {wordSet(`decisión fallo resolución`), wordSet(`electoral constitucional supremo suprema elecciones cne jne tse`)},
	"pt": {wordSet(`decisão acórdão`), wordSet(`eleitoral constitucional supremo superior eleições tse stf cne`)},
	"de": {wordSet(`entscheidung entscheidungen urteil`), wordSet(`verfassung wahl oberst`)},
	"ru": {wordSet(`решение решения`), wordSet(`цик избирком конституционн верховн избирательн`)},
}

// rec27mlNotesRuling reports whether, within notingObjectSpan tokens
// after the verb of taking toks[v], a ruling noun is followed within five
// tokens by a word that makes its body one whose ruling settles the vote
// (rec27mlRulings).
func (ix *intl) rec27mlNotesRuling(toks []token, v int) bool {
	r, ok := rec27mlRulings[ix.lx.code]
	if !ok {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+notingObjectSpan; k++ {
		if !toks[k].word() || !r[0][toks[k].lower] {
			continue
		}
		for b := k + 1; b < len(toks) && b <= k+5; b++ {
			if toks[b].word() && rec27mlBodyWord(ix.lx.code, toks[b].lower, r[1]) {
				return true
			}
		}
	}
	return false
}

// rec27mlBodyWord reports whether w is one of the body stems: a prefix
// of w, or in German anywhere in it.
func rec27mlBodyWord(code, w string, stems map[string]bool) bool {
	for s := range stems {
		if strings.HasPrefix(w, s) || code == "de" && strings.Contains(w, s) {
			return true
		}
	}
	return false
}
