package article

import "strings"

// The imperfect of a verb of acting. Wire copy tells what a person was
// doing as the background of the news in the imperfect ("X et Y
// rejetaient les résultats", "el diputado rechazaba el conteo", "a
// oposição contestava os números"); the lexicons list the perfect forms of
// those verbs and only a few imperfects. rec22mlImperfects derives the
// third-person imperfects of the regular verbs from the forms listed: the
// French participle in -é, the Spanish preterite in -ó/-aron/-ieron, the
// Portuguese preterite in -ou/-eu/-iu. Irregular verbs give no form or a
// form no text writes, which is harmless.

// rec22mlImperfects returns the imperfect forms derived from the verb
// forms in set for the language code.
func rec22mlImperfects(code string, set map[string]bool) []string {
	var out []string
	add := func(stem string, ends ...string) {
		if len([]rune(stem)) < 3 || strings.ContainsAny(stem, "-' ") {
			return
		}
		for _, e := range ends {
			out = append(out, stem+e)
		}
	}
	for w := range set {
		switch code {
		case "fr":
			if s, ok := strings.CutSuffix(w, "é"); ok {
				switch {
				case strings.HasSuffix(s, "c"):
					s = strings.TrimSuffix(s, "c") + "ç" // "annoncé" -> "annonçait"
				case strings.HasSuffix(s, "g"):
					s += "e" // "exigé" -> "exigeait"
				}
				add(s, "ait", "aient")
			}
		case "es":
			if s, ok := strings.CutSuffix(w, "aron"); ok {
				add(s, "aba", "aban")
			} else if s, ok := strings.CutSuffix(w, "ieron"); ok {
				add(s, "ía", "ían")
			}
		case "pt":
			if s, ok := strings.CutSuffix(w, "ou"); ok {
				add(s, "ava", "avam")
			} else if s, ok := strings.CutSuffix(w, "eu"); ok {
				add(s, "ia", "iam")
			} else if s, ok := strings.CutSuffix(w, "iu"); ok {
				add(s, "ia", "iam")
			}
		}
	}
	return out
}

func init() {
	for _, lx := range []*langLexicon{&french, &spanish, &portuguese} {
		for _, w := range rec22mlImperfects(lx.code, lx.actionVerbs) {
			if !lx.speechVerbs[w] && !rev22rmlStateImperfects[w] { // lexicon_rev22rml.go
				lx.actionVerbs[w] = true
				rev22rmlDerived[w] = true // rev22rml_background.go
			}
		}
	}
}
