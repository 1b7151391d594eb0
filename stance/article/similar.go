package article

// A reaction told by likeness to the one before it: "His running mate,
// Sara Lind, echoed the call.", "Alexei Tolm, a deputy in the Duma, took
// a similar line.", "The observers' chief struck a similar note." The
// subject takes the stance of the remark just before, whatever its kind,
// as "did the same" repeats the act before it (en16_same.go).

// similarAt reports whether toks[i] opens a likeness to the remark before
// (similarWords on the words from toks[i] to the first non-word), or
// backs the stance of the remark before (backedStanceCase).
func similarAt(toks []token, i int) bool {
	words, caps := wordsAt(toks, i)
	return similarWords(words) || backedStanceCase(words, caps) // rec22en_backing.go: "stood behind the refusal"
}

// wordsAt returns up to ten words from toks[i] to the first non-word, in
// lower case, and which of them are capitalised.
func wordsAt(toks []token, i int) ([]string, []bool) {
	words, caps := make([]string, 0, 10), make([]bool, 0, 10)
	for k := i; k < len(toks) && k < i+10 && toks[k].word(); k++ {
		words, caps = append(words, toks[k].lower), append(caps, toks[k].cap)
	}
	return words, caps
}

// backedShapeAt reports whether toks[i] opens an act of backing a stance,
// whatever its object names (backedShape): with no remark just before it
// is no act (sentence.go), as "echoed the call" is not.
func backedShapeAt(toks []token, i int) bool {
	words, _ := wordsAt(toks, i)
	_, n := backedShape(words)
	return n > 0
}

// similarWords reports whether the words of an act open with a likeness:
// an echo verb with an object (not a sound's "echoed through the streets",
// echoSounds), or a similarVerbs verb then "a similar" (or "a similarly"
// and one word) and a similarNouns noun.
func similarWords(w []string) bool {
	if len(w) < 2 {
		return false
	}
	if echoVerbs[w[0]] {
		return !echoSounds[w[1]]
	}
	if !similarVerbs[w[0]] || len(w) < 4 || w[1] != "a" {
		return false
	}
	k := 2
	switch {
	case w[k] == "similar":
		k++
	case w[k] == "similarly" && len(w) > k+2:
		k += 2
	default:
		return false
	}
	return k < len(w) && similarNouns[w[k]]
}

// remarkJustBefore reports whether the last remark so far, of any kind,
// was told in this sentence or the one before and has a stance to repeat.
func (x *extractor) remarkJustBefore(st *sentState) bool {
	r, ok := x.lastRemarkNear(st)
	return ok && !r.Headline && !r.NoStance
}

// lastRemarkNear returns the last remark so far when it was told in this
// sentence or the one before.
func (x *extractor) lastRemarkNear(st *sentState) (found, bool) {
	if len(x.remarks) == 0 {
		return found{}, false
	}
	r := x.remarks[len(x.remarks)-1]
	return r, r.Start >= x.prevSentenceStart(st.toks[0].start)
}
