package article

import "strings"

// leadAdverbialGerundMax is how many words a lead adverbial may run before
// its comma when a gerund inside it takes an object after a determiner
// ("Within minutes of the tribunal calling the trend irreversible,"):
// ten, as before, for the rest (leadAdverbialEnd; "Within hours of the
// polls closing in the north of Tarn on July 25," stays too long).
const leadAdverbialGerundMax = 14

// gerundObject reports whether toks[j] follows a gerund inside a lead
// adverbial ("of the tribunal calling the trend", "after the board
// declaring him the winner"): a lowercase word in -ing after the first
// word, so a determiner may open its object as it may after a
// preposition. The first word is leadAdverbialEnd's own participle.
func gerundObject(toks []token, j int) bool {
	if j < 2 {
		return false
	}
	t := toks[j-1]
	return t.word() && !t.cap && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

// leadAdverbialMax is the longest lead adverbial leadAdverbialEnd reads in
// toks: longer when a gerund takes an object in it.
func leadAdverbialMax(toks []token) int {
	for j := 2; j < len(toks) && j <= leadAdverbialGerundMax; j++ {
		if toks[j].is(",") {
			break
		}
		if gerundObject(toks, j) && toks[j].word() && determiners[toks[j].lower] {
			return leadAdverbialGerundMax // "calling the trend …", not "closing in the north …"
		}
	}
	return 10
}

// leadNameAfterDeterminer reports whether the capitalised toks[j] goes on
// a determiner that opens the object of a preposition or gerund in a lead
// adverbial ("Within minutes of the Electoral Council calling …", "After
// the Tarn commission declared …"): a name there is no subject.
func leadNameAfterDeterminer(toks []token, j int) bool {
	if j < 2 || !toks[j-1].word() || !determiners[toks[j-1].lower] {
		return false
	}
	p := toks[j-2].lower
	return objectPreps[p] || frontedPreps[p] || gerundObject(toks, j-1)
}

// insideLeadAdverbial reports whether the opening phrase ph found from
// the sentence's start is the subject of a gerund inside a lead adverbial
// ("Within minutes of the Electoral Tribunal calling the trend
// irreversible, Ivo Kask went …"): it ends before the adverbial's comma
// and a lowercase -ing word follows it. The main clause's subject after
// the comma opens the sentence then.
func insideLeadAdverbial(toks []token, ph phrase) bool {
	c := leadAdverbialEnd(toks)
	if c <= 0 || ph.hi >= c-1 || ph.lo == 0 {
		return false
	}
	return gerundObject(toks, ph.hi+1)
}
