package article

// "X cast doubt on the result", "X raised serious questions about the
// count", "X threw fresh doubt over Lena Dal's victory": putting the
// result in doubt is a stance taken on it (questioning, withholding or
// worse, as the model reads the act), not a remark nobody made. Before,
// no verb of the sentence was a speech or stance verb and the speaker
// said nothing.

// doubtCast reports whether toks[i] is a verb casting doubt on a thing of
// the vote: a doubtCastVerbs word, an optional doubtMods word, a
// doubtNouns word, a doubtPreps word and an object of the vote or its
// result (doubtObject). "Raised questions about the economy" is none.
func doubtCast(toks []token, i int) bool {
	if !toks[i].word() || !doubtCastVerbs[toks[i].lower] {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].word() && doubtMods[toks[k].lower] {
		k++
	}
	if k+2 >= len(toks) || !toks[k].word() || !doubtNouns[toks[k].lower] || !toks[k+1].word() || !doubtPreps[toks[k+1].lower] {
		return false
	}
	var obj []string
	for o := k + 2; o < len(toks) && o < k+2+phrasalObjectSpan && toks[o].word(); o++ {
		obj = append(obj, toks[o].lower)
	}
	return doubtObject(obj)
}

// doubtObject reports whether the words after "cast doubt on" are the
// vote: a word of its result, process, count or figures (resultNouns,
// processNouns, countNouns, figureNouns, winWords, doubtTopicWords)
// within phrasalObjectSpan words, and no claim of others
// (challengeNouns, doubtedClaimWords). "Cast doubt on Kask's fraud
// claims" doubts a challenge to the vote, and "raised questions about
// Holt's health" or "about Tarn's economy" is off the vote: a capitalised
// word alone made them withholding before (rev21en).
func doubtObject(words []string) bool {
	words = words[:min(len(words), phrasalObjectSpan)]
	for _, w := range words {
		if challengeNouns[w] || doubtedClaimWords[w] {
			return false
		}
	}
	for _, w := range words {
		if resultNouns[w] || processNouns[w] || countNouns[w] || figureNouns[w] || winWords[w] || doubtTopicWords[w] {
			return true
		}
	}
	return false
}

// doubtOpens reports whether an action's words open (after auxiliaries
// and doubtAdverbs) with a verb casting
// doubt on the vote (doubtCast's words: "cast doubt on the result",
// "raised serious questions about the count"). Questioning the result
// without alleging fraud holds recognition back (GUIDELINES rule 4):
// actionStance reads it as withholding unless a stronger act (fraud
// asserted, a demand to annul) already decided.
func doubtOpens(words []string) bool {
	v := 0
	for v < len(words) && v < 3 && (auxVerbs[words[v]] || doubtAdverbs[words[v]]) {
		v++ // "has also cast doubt on …"
	}
	if len(words) < v+4 || !doubtCastVerbs[words[v]] {
		return false
	}
	k := v + 1
	if doubtMods[words[k]] {
		k++
	}
	return k+1 < len(words) && doubtNouns[words[k]] && doubtPreps[words[k+1]] && doubtObject(words[k+2:])
}
