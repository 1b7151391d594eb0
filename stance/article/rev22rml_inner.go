package article

import "strings"

// A word of recognition used as an adjective. innerActors gives the
// person who opens a reported clause an act when a word of recognition
// follows within ten words (rec22ml_inner.go). In Spanish and Portuguese
// the participle of "reconocer" is also the adjective "renowned", set
// before its noun after an article: "el diario informó que X contrató al
// reconocido economista Y", "X convidou o reconhecido economista Y". Such
// a word recognises nothing; a clitic before an infinitive ("para o
// felicitar") is no article before a participle and is left alone.

// rev22rmlAttributive reports whether toks[i] is a participle in
// -ado/-ido (and their feminine and plural) right after an article or an
// article joined to a preposition, in Spanish or Portuguese.
func (ix *intl) rev22rmlAttributive(toks []token, i int) bool {
	if ix.lx.code != "es" && ix.lx.code != "pt" || i == 0 || !toks[i-1].word() {
		return false
	}
	b := toks[i-1].lower
	if !ix.lx.determiners[b] && !rev22rmlArticlePreps[b] {
		return false
	}
	w := toks[i].lower
	for _, e := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
