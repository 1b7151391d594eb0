package article

// Silence in the languages of lexicons. A roundup of reactions tells of
// those who have not yet spoken as often as of those who have: "el
// presidente argentino no había dicho nada hasta la tarde", "der Kanzler
// hat sich bislang nicht geäußert", "Кремль пока не прокомментировал
// итоги", "Lisboa ainda não se pronunciou", "Paris ne s'est pas encore
// exprimé". A verb of speaking up or reacting (the language's silences),
// negated, with a word of delay or a condition near it (the language's
// delays and conditions: "not yet", "so far", "until"), is an act of its
// subject, and it withholds, as "has not yet congratulated" does. A bare
// "X did not speak" ("Emmanuel Macron, lui, ne s'est pas exprimé") is
// left alone: of a third party it is as often no stance at all. A verb of
// speech followed by its clause ("no dijo que …") stays reported speech.

// silenceWindow is how many words before a silence verb (or after it,
// "äußerte sich bislang nicht") its negation may stand; a word of delay
// may stand as far before it, or up to twice as far after it ("no había
// dicho nada hasta la tarde").
const silenceWindow = 4

// silenceAt reports whether toks[v] is a negated verb of silences with a
// word of delay near it in its clause, not followed by a clause of its
// own.
func (ix *intl) silenceAt(toks []token, v int) bool {
	if !ix.lx.silences[toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+2; k++ {
		if toks[k].word() && ix.lx.complementizers[toks[k].lower] || toks[k].is(":") || toks[k].kind == tQuote {
			return false // "no dijo que …", "n'a pas commenté : « … »"
		}
	}
	lo, hi := v, v+1
	for lo > 0 && lo > v-silenceWindow && toks[lo-1].word() {
		lo--
	}
	for hi < len(toks) && hi <= v+2*silenceWindow && toks[hi].word() {
		hi++
	}
	words := make([]string, 0, hi-lo)
	for _, t := range toks[lo:hi] {
		words = append(words, t.lower)
	}
	return ix.lx.silent(words)
}

// silent reports whether words have a verb of silences with a negation
// within silenceWindow words of it and a word of delay or a condition
// near it.
func (l *langLexicon) silent(words []string) bool {
	for i, w := range words {
		if !l.silences[w] {
			continue
		}
		negated, delayed := false, false
		for _, n := range words[max(0, i-silenceWindow):min(len(words), i+silenceWindow)] {
			negated = negated || l.negators[n]
			delayed = delayed || l.delays[n]
		}
		for _, n := range words[i+1 : min(len(words), i+1+2*silenceWindow)] {
			delayed = delayed || l.conditions[n]
		}
		if negated && delayed {
			return true
		}
	}
	return false
}

// keptSilence reports whether toks[v] is a verb of keeping or staying
// with the silence kept within three words from it ("mantém silêncio",
// "sigue en silencio", "garde le silence", "continuava calado",
// "хранит молчание"), or a verb silent by itself ("schweigt",
// "молчит"), not negated ("no guardó silencio"): a withholding act.
func (ix *intl) keptSilence(toks []token, v int) bool {
	if !ix.lx.keeps[toks[v].lower] || v > 0 && toks[v-1].word() && ix.lx.negators[toks[v-1].lower] {
		return false
	}
	for k := v; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
		if ix.lx.silentWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// keptSilent is keptSilence on the words of an act's text.
func (l *langLexicon) keptSilent(words []string) bool {
	for i, w := range words {
		if !l.keeps[w] || i > 0 && l.negators[words[i-1]] {
			continue
		}
		for _, n := range words[i:min(len(words), i+4)] {
			if l.silentWords[n] {
				return true
			}
		}
	}
	return false
}
