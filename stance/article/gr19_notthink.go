package article

import "slices"

// Not even thinking of recognising: "X dachte nicht daran, den Vorsprung
// der Union anzuerkennen", "denkt gar nicht daran, der Siegerin zu
// gratulieren", "и не думает признавать поражение". The person flatly
// refuses, which the guidelines call hostile; the verb of thinking was in
// no list, so the sentence gave no act, or the model read the
// recognition word. A form of "denken" (gr19DeThink) with a negation and
// "daran" within three words after it, and a recognition within
// gr19ThinkSpan words; in Russian a form of "думать" right after "не"
// with a recognition within three words.

// gr19ThinkSpan is how far the recognition may follow "daran"
// ("dachte nicht daran, den Vorsprung der Union anzuerkennen").
const gr19ThinkSpan = 8

// gr19NotThinking reports whether words refuse a recognition by not
// thinking of it; the verb of thinking may stand before the subject and
// so be missing from an act's words ("dachte der Kanzler nicht daran,
// …": the act is "nicht daran, … anzuerkennen").
func (l *langLexicon) gr19NotThinking(words []string) bool {
	for i, w := range words {
		var after []string
		switch {
		case l.code == "de" && w == "daran" && gr19NegatedBefore(l, words, i):
			after = words[i+1 : min(len(words), i+1+gr19ThinkSpan)]
		case l.code == "ru" && gr19RuThink[w] && i > 0 && words[i-1] == "не":
			after = words[i+1 : min(len(words), i+4)]
		}
		if rev19RefusedInfinitive(l, after) {
			return true // the first infinitive after the negated verb is a recognition (rev19gr_notthink.go)
		}
	}
	return false
}

// gr19NegatedBefore reports whether a negation stands in the two words
// before words[i].
func gr19NegatedBefore(l *langLexicon, words []string, i int) bool {
	for _, w := range words[max(0, i-2):i] {
		if l.negators[w] {
			return true
		}
	}
	return false
}

// gr19NotThinkAt reports whether toks[v] is a verb of thinking that
// refuses a recognition: German "dachte … nicht daran, … anzuerkennen"
// (the subject may stand between), Russian "не думает признавать".
func (ix *intl) gr19NotThinkAt(toks []token, v int) bool {
	w := toks[v].lower
	if !(ix.lx.code == "de" && gr19DeThink[w] || ix.lx.code == "ru" && gr19RuThink[w]) {
		return false
	}
	var words []string
	from := v
	if v > 0 && ix.lx.code == "ru" {
		from = v - 1 // "не думает": the negation before the verb
	}
	for k := from; k < len(toks) && k <= v+gr19ThinkSpan+6 && !toks[k].isTerm() && !toks[k].is(";") && toks[k].kind != tQuote; k++ {
		if toks[k].word() {
			words = append(words, toks[k].lower)
		}
	}
	if ix.lx.code == "de" && !slices.Contains(words[:min(len(words), 7)], "daran") {
		return false // "daran" follows the verb and its subject
	}
	return ix.lx.gr19NotThinking(words)
}
