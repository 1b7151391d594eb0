package article

// A Russian wire sentence opens with an adverb of time or sequence as
// often as with its subject: "Вчера Китай поздравил Вебера", "Позднее
// Москва заявила, что …", "Затем Евросоюз отказался признать итоги". The
// adverb is a stop word, so subjectEnding steps past the capitalised
// word after it and ml32OpeningSubject, which wants that word first in the
// sentence, never saw it. One adverb of gr32RuOpeningAdverbs opening the
// sentence right before the word is read as no part of it: the word is
// then the subject by ml32OpeningSubject's rule, read on the sentence
// without the adverb (a singular past verb or an abbreviation, no
// common noun, nothing after the verb its subject).

// gr32AdverbOpeningSubject returns the one capitalised word after an
// opening adverb of time right before the verb toks[v] (b the last word
// before the verb), or no phrase.
func (ix *intl) gr32AdverbOpeningSubject(toks []token, b, v int) phrase {
	if !ix.lx.freeOrder || b != 1 || !toks[0].word() || !gr32RuOpeningAdverbs[toks[0].lower] {
		return phrase{}
	}
	rest := toks[1:]
	if ix.subjectAfter(rest, v-1).ok() {
		return phrase{} // "Вчера Вебера поздравил президент Ростании X"
	}
	p := ix.ml32OpeningSubject(rest, b-1, v-1)
	if !p.ok() {
		return phrase{}
	}
	p.lo, p.hi = p.lo+1, p.hi+1
	return p
}
