package article

import "strings"

// A Russian verb of judging with its object and a predicate in the
// instrumental ("X считает выборы сфальсифицированными", "считал итоги
// голосования недействительными", "считает их фарсом"): the verb is a
// speech verb, and with no clause after it no remark was read. As the
// Spanish and Portuguese "consideró la elección limpia" (intl_judged13.go),
// an object of one or two lower-case words and a predicate that ends as
// an instrumental are the speaker's judgement, read as an act. "считает
// голоса вручную" has no instrumental after its object and stays unread,
// as does a judgement of something other than the vote (ruJudgedVote).

// ruJudgedObject reports whether the Russian verb of judging toks[v]
// takes an object and a predicate in the instrumental.
func (ix *intl) ruJudgedObject(toks []token, v int) bool {
	if ix.lx.code != "ru" || !ruJudged[toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+2; k++ {
		if !ix.judgedWord(toks[k]) || hasAnySuffix(toks[k].lower, ruInstrumental...) {
			return false // an object of one or two words comes first
		}
		if p := k + 1; p < len(toks) && ix.judgedWord(toks[p]) && hasAnySuffix(toks[p].lower, ruInstrumental...) {
			return ix.ruJudgedVote(toks[v+1 : p+1])
		}
	}
	return false
}

// judgedWord reports whether t is a lower-case word of no other part.
func (ix *intl) judgedWord(t token) bool {
	lx := ix.lx
	return t.word() && !t.cap && !lx.stops[t.lower] && !lx.complementizers[t.lower] && !lx.conjunctions[t.lower] &&
		!lx.speechVerbs[t.lower] && !ix.verbLike(t.lower) && !lx.negators[t.lower] && !strings.Contains(t.lower, "-")
}

// ruJudgedVote reports whether the object and predicate words of a
// Russian judgement hold a word of the election ("выборы", "итоги",
// "фарсом") or open with a pronoun ("считает их фарсом"): "считает новый
// бюджет несправедливым" judges something else and stays unread.
func (ix *intl) ruJudgedVote(words []token) bool {
	if ruJudgedPronouns[words[0].lower] {
		return true
	}
	for _, t := range words {
		if hasStem([]string{t.lower}, ix.lx.topicStems) {
			return true
		}
	}
	return false
}
