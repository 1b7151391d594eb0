package article

// The German extended attribute. German puts a participle's complements
// between the article and the participle that describes the noun: "Der
// im Februar gestürzte Staatschef X ließ mitteilen …", "Die seit Jahren
// inhaftierte Oppositionelle X erklärte …", "Der von der Opposition
// unterstützte Kandidat X sagte …". The subject then opens at the article,
// and the words before the participle (a preposition and its noun, an
// adverb) are no clause of their own: the subject may start at the
// participle as it does after the article alone ("Der gestürzte
// Staatschef X").

// attributeSpan is how many words may stand between the article and the
// participle ("seit mehr als zehn Jahren").
const attributeSpan = 6

// attributeStart reports whether, in German, the subject phrase that
// starts at the lower-case word toks[lo] follows an extended attribute:
// a determiner that may start a subject, then a preposition or an adverb
// and up to attributeSpan words in all, all before toks[lo].
func (ix *intl) attributeStart(toks []token, lo int) bool {
	if ix.lx.code != "de" || lo < 2 || lo >= len(toks) || !toks[lo].word() || toks[lo].cap {
		return false
	}
	for d := lo - 2; d >= 0 && d >= lo-1-attributeSpan; d-- {
		t := toks[d]
		if !t.word() {
			return false
		}
		if !ix.lx.definite[t.lower] && !ix.lx.determiners[t.lower] {
			continue
		}
		first := toks[d+1]
		return !first.cap && first.word() && (ix.lx.stops[first.lower] || attributeOpeners[first.lower]) && ix.subjectStart(toks, d)
	}
	return false
}

// attributeOpening returns where the subject phrase starts in toks[s:b]
// when an extended attribute opens it ("Der in London lebende Milliardär
// X, der …, nennt …": at "lebende"), or s: openingSubject reads the person
// who opens a sentence past a description between commas, and the
// article and the words before the participle are no part of the
// phrase. Until the thirteenth session only the subject right before the
// verb stepped over the attribute (subjectStart).
func (ix *intl) attributeOpening(toks []token, s, b int) int {
	if ix.lx.code != "de" || s >= b || !toks[s].word() || !ix.lx.determiners[toks[s].lower] {
		return s
	}
	for lo := s + 2; lo < b && lo <= s+1+attributeSpan && toks[lo].word(); lo++ {
		if !toks[lo].cap && ix.attributeStart(toks, lo) && lo+1 < b && toks[lo+1].cap {
			return lo
		}
	}
	return s
}
