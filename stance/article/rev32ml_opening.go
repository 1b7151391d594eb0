package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ml32OpeningSubject (ml32_opening.go) takes one capitalised word that
// opens a Russian sentence before a singular past verb for its subject.
// Two kinds of opening word are no subject:
//   - an adverb, when the subject is left out because the sentence before
//     named it ("Премьер выступил утром. Позднее поздравил X с победой",
//     "Накануне осудил итоги", "Официально признал итоги"): the adverbs
//     end in -но or in a comparative's -ее/-же/-ше (rev32mlAdverbEndings),
//     or are the few of rev32mlOpeningAdverbs;
//   - a name in an oblique case, the object before its verb ("Петрова
//     поддержал бизнес"): the word is a form with a case ending
//     (rev21grSurnameEndings) of a capitalised word the article writes
//     bare elsewhere ("Петров победил …").
//
// A country or a city in the nominative (Москва, Прибалтика) has no such
// bare form in the text, and keeps the rule.

// rev32mlNotOpeningSubject reports whether the opening word w is an
// adverb or an oblique form of a name written bare in the article.
func (ix *intl) rev32mlNotOpeningSubject(w token) bool {
	if rev32mlOpeningAdverbs[w.lower] || hasAnySuffix(w.lower, rev32mlAdverbEndings...) {
		return true
	}
	word := ix.x.text[w.start:w.end]
	for e := range rev21grSurnameEndings {
		stem, ok := strings.CutSuffix(word, e)
		if !ok || e == "" || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if wholeWordIn(ix.x.text, stem) {
			return true
		}
	}
	return false
}

// wholeWordIn reports whether w occurs in text with no letter right
// before or after it.
func wholeWordIn(text, w string) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !unicode.IsLetter(before)) && (e == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		off = e
	}
	return false
}
