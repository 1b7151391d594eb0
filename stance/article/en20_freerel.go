package article

import "strings"

// A name given in a free relative inside an aside ("Jo Roe, confined to
// her home by what her party calls a police cordon, said …", "Kask,
// speaking in what officials described as a tense meeting, told …") is
// the reporter's hedge on a word, not a remark: the namer speaks no clause
// there, and the sentence's own speaker and verb come after the aside.
// The naming verb must follow "what" and a short subject, "what" must
// follow a word inside the sentence (a sentence opening "What the
// minister called …" is a pseudo-cleft whose subject does speak: "What
// she called for was a recount"), and a finite speech verb must follow a
// later comma. Without one ("he handed over what his office described as
// proof of fraud") the free relative is all the sentence says of the
// speaker's view, and stays a remark.

// freeRelativeName reports whether toks[i] is a naming verb (nameVerbs)
// in a free relative "what" + subject of one to four words, inside an
// aside before the sentence's speech verb.
func freeRelativeName(toks []token, i int) bool {
	if !nameVerbs[toks[i].lower] {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		switch {
		case !toks[k].word():
			return false
		case toks[k].is("what"):
			return k < i-1 && toks[k-1].word() && !toks[k-1].is("that") && speechAfterAside(toks, i)
		}
	}
	return false
}

// speechAfterAside reports whether a comma after toks[i] is followed by
// a finite speech verb (sayVerbs, not a participle) before the sentence
// ends.
func speechAfterAside(toks []token, i int) bool {
	comma := false
	for c := i + 1; c < len(toks); c++ {
		t := toks[c]
		switch {
		case t.is(",") && !comma && coordinatedSpeech(toks, c):
			return false // rev20en_fix.go: "spoke of what he described as fraud, and said …"
		case t.is(","):
			comma = true
		case comma && t.word() && sayVerbs[t.lower] && !strings.HasSuffix(t.lower, "ing"):
			return true
		}
	}
	return false
}
