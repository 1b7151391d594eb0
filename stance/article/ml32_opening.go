package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian news names a country, a city or a body by one word at the head
// of its sentence as often as a person ("Китай поздравил …", "Москва
// заявила, что …", "Евросоюз отверг итоги …"), and openingNoun refuses
// such a word because Russian also opens with the object ("Поздравления
// направили …"). The two differ in the verb: an object first leaves the
// subject after the verb, which subjectAfter looks for, and an opening
// object that is no congratulation is rare before a verb of one number
// with no subject after it. So when nothing after the verb is its subject,
// the opening word is, if the verb is a singular past (-л, -ла, -ло and
// their reflexives) and the word has four letters or more, or the word is
// an abbreviation ("США заявили"); the word is no congratulation or other
// common noun of the lexicon, and the article never writes it in lower
// case. The present tense is left out: "Ростания не признает итоги" is
// more often what someone said, and the next sentence tells who ("Об этом
// заявил X", intl_anaphora.go).

// ml32OpeningSubject returns the one capitalised word that opens the
// sentence right before the verb toks[v] (b is the last word before the
// verb, past auxiliaries) when it is the verb's subject by the rule
// above, or no phrase.
func (ix *intl) ml32OpeningSubject(toks []token, b, v int) phrase {
	if b < 0 || !toks[b].word() {
		return phrase{}
	}
	p := ix.subjectEnding(toks, b)
	if !p.ok() || !ix.openingNoun(p) || p.hi != b+1 {
		return phrase{}
	}
	w := toks[p.lo]
	if !ix.abbreviation(w) && (!hasAnySuffix(toks[v].lower, ml32SingularEndings...) || utf8.RuneCountInString(w.lower) < 4 || ix.lx.pronouns[w.lower]) {
		return phrase{} // not "Её поздравила …": a pronoun, the object
	}
	if ix.ml32CommonNoun(w.lower) || ix.rev32mlNotOpeningSubject(w) { // "Позднее поздравил …", "Петрова поддержал …" (rev32ml_opening.go)
		return phrase{}
	}
	return p
}

// ml32CommonNoun reports whether w, the lower case of a word that opens a
// sentence, is a common noun: a congratulation, an office, a source or an
// institution's noun of the lexicon ("Партия требует …"), or a word the
// article writes in lower case, in this form (lowerUse, nameforms.go) or
// another of its case endings ("партии" for "Партия").
func (ix *intl) ml32CommonNoun(w string) bool {
	if ix.congratulation(w) || ix.lx.isRole(w) || ix.lx.sourceNouns[w] || ix.lx.generic[w] || ruInstitutionNouns[w] || lowerUse(ix.x.text, w) {
		return true
	}
	r := []rune(w)
	if len(r) < 5 {
		return false
	}
	stem := string(r[:len(r)-1])
	for i := 0; ; {
		k := strings.Index(ix.x.text[i:], stem)
		if k < 0 {
			return false
		}
		s := i + k
		if before, _ := utf8.DecodeLastRuneInString(ix.x.text[:s]); s == 0 || !unicode.IsLetter(before) {
			return true
		}
		i = s + len(stem)
	}
}
