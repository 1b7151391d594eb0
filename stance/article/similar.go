package article

// A reaction told by likeness to the one before it: "His running mate,
// Sara Lind, echoed the call.", "Alexei Tolm, a deputy in the Duma, took
// a similar line.", "The observers' chief struck a similar note." The
// subject takes the stance of the remark just before, whatever its kind,
// as "did the same" repeats the act before it (en16_same.go).

// similarVerbs open a likeness: "took a similar line", "struck a similar
// note", "sounded a similar note"; echoVerbs take what they echo as their
// object ("echoed the call", "echoed him").
var (
	similarVerbs = wordSet(`took takes take struck strikes sounded sounds adopted adopts`)
	echoVerbs    = wordSet(`echoed echoes`)
	similarNouns = wordSet(`line tack stance position approach view note tone`)
)

// similarAt reports whether toks[i] opens a likeness to the remark before:
// an echo verb with an object (not a sound's "echoed through the
// streets", echoSounds), or a similarVerbs verb then "a similar" (or "a similarly"
// and one word) and a similarNouns noun.
func similarAt(toks []token, i int) bool {
	if !toks[i].word() {
		return false
	}
	if echoVerbs[toks[i].lower] {
		return i+1 < len(toks) && toks[i+1].word() && !echoSounds[toks[i+1].lower]
	}
	if !similarVerbs[toks[i].lower] || i+3 >= len(toks) || !toks[i+1].is("a") {
		return false
	}
	k := i + 2
	switch {
	case toks[k].is("similar"):
		k++
	case toks[k].is("similarly") && k+2 < len(toks) && toks[k+1].word():
		k += 2
	default:
		return false
	}
	return toks[k].word() && similarNouns[toks[k].lower]
}

// similarWords reports whether the words of an act open with a likeness
// (similarAt on words).
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
	if len(x.remarks) == 0 {
		return false
	}
	r := x.remarks[len(x.remarks)-1]
	return !r.Headline && !r.NoStance && r.Start >= x.prevSentenceStart(st.toks[0].start)
}
