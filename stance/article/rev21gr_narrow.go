package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of session 21's German and Russian rules (review rev21gr),
// each found by a probe sentence the rule misread.

// rev21grPairBlocked reports whether the words toks[j+1:c] after a plural
// office head toks[j] (gr22_officepair.go) show that the names after the
// comma are no apposition to the office: a verb ("Die Außenminister
// erklärten, A und B, so hieß es, …": the names open a reported clause)
// or a second word for people ("Die Sprecher der beiden Kandidaten, A und
// B, …", "Советники кандидатов, A и B, …": the names are the candidates').
func (ix *intl) rev21grPairBlocked(toks []token, j, c int) bool {
	for k := j + 1; k < c; k++ {
		t := toks[k]
		if !t.word() {
			continue
		}
		if !t.cap && ix.ml21Verb(t.lower) || ix.rev21grPersonNoun(t.lower) {
			return true
		}
	}
	return false
}

// rev21grPersonNoun reports whether w is an office or a noun for people,
// in the plural or an oblique case.
func (ix *intl) rev21grPersonNoun(w string) bool {
	if ix.gr22PluralRole(w) {
		return true
	}
	for _, e := range rev21grCaseEndings[ix.lx.code] {
		if s, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(s) > 3 && ix.lx.isRole(s) {
			return true
		}
	}
	return false
}

// rev21grActBefore reports whether the words before the office opening a
// name at toks[o] (gr22_officefirst.go) hold a word of congratulating,
// recognising or speaking: "Одним из первых, поздравивших победителя,
// стал президент России X" tells an act, "Победителем выборов в 2018
// году стал президент России X" or "На церемонии присутствовал
// президент России X" no remark of X's.
func (ix *intl) rev21grActBefore(toks []token, o int) bool {
	for _, t := range toks[:o] {
		if !t.word() {
			continue
		}
		if hasAnyPrefix(t.lower, ix.lx.congratStems) || hasAnyPrefix(t.lower, ix.lx.recognitionStems) || ix.lx.speechVerbs[t.lower] {
			return true
		}
	}
	return false
}

// rev21grWinnerTitle reports whether w holds one of rev21grWinnerTitles.
func rev21grWinnerTitle(w string) bool {
	for _, s := range rev21grWinnerTitles {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// rev21grWinnerInflected reports whether words name the winner by a
// surname in an oblique case ("с избранием Соколова", "а Соколова — с
// победой"): the surname of a winner's form, of at least four letters,
// with a case ending (rev21grSurnameEndings).
func rev21grWinnerInflected(ctx stance.Context, words []string) bool {
	for _, f := range ctx.Winner {
		fs := strings.Fields(strings.ToLower(f))
		if len(fs) == 0 {
			continue
		}
		s := fs[len(fs)-1]
		n := utf8.RuneCountInString(s)
		if n < 4 {
			continue
		}
		for _, w := range words {
			if e, ok := strings.CutPrefix(w, s); ok && rev21grSurnameEndings[e] {
				return true
			}
		}
	}
	return false
}

// rev21grNameQuote reports whether the quotation q opens with a capital
// letter in Russian: a short capitalised quotation after a verb is the
// name of a newspaper, an agency or a party ("сообщил «Интерфаксу»",
// "рассказал «Коммерсанту»"), no words of the subject's
// (ml21_objectquote.go).
func (ix *intl) rev21grNameQuote(q quote) bool {
	if ix.lx.code != "ru" {
		return false
	}
	cs, ce := trimQuote(ix.x.text, q.cstart, q.cend)
	if cs >= ce {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ix.x.text[cs:ce])
	return unicode.IsUpper(r)
}

// rev21grNotCoSubject reports whether the person phrase p, read after a
// plural speech verb as the subjects of a joint quotation
// (ml21_coquote.go), is an object rather than a subject: named right
// after a preposition ("Vertreter von A und B", "Anhänger von A und B")
// or, in Russian, in the genitive after a lower-case noun that is no
// office ("заявили в штабах A и B"),
// or, reached past an adverbial, right after a noun of it ("сообщили в
// посольстве A").
func (ix *intl) rev21grNotCoSubject(toks []token, p phrase, pastAdverbial bool) bool {
	n := p.hi - 1
	for n > p.lo && toks[n-1].word() && toks[n-1].cap {
		n--
	}
	if b := n - 1; b >= 0 && toks[b].word() && !toks[b].cap && (ix.lx.stops[toks[b].lower] || ix.lx.rolePreps[toks[b].lower]) {
		return true // "Anhänger von A": the name after a preposition
	}
	if ix.lx.code == "ru" && n > p.lo && !toks[n-1].cap && !ix.lx.stops[toks[n-1].lower] && !ix.rev21grOfficeIn(toks[p.lo:n]) {
		return true // "(в) штабах A": a Russian genitive after a noun that is no office; not "спикер парламента A"
	}
	if f := toks[p.lo]; f.word() && !f.cap {
		return false // "el presidente …", "в заявлении министр …"
	}
	if !pastAdverbial || p.lo == 0 {
		return false
	}
	b := toks[p.lo-1]
	return b.word() && !b.cap
}

// rev21grOfficeIn reports whether toks hold an office word or a
// determiner.
func (ix *intl) rev21grOfficeIn(toks []token) bool {
	for _, t := range toks {
		if t.word() && (ix.lx.isRole(t.lower) || ix.lx.determiners[t.lower]) {
			return true
		}
	}
	return false
}
