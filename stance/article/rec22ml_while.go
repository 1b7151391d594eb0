package article

import "slices"

// A second person's act after a contrastive conjunction. Wire copy joins
// two people's reactions in one sentence: "X le deseó éxito, mientras que
// el colombiano Y recordó su amistad con el ganador", "X a félicité le
// vainqueur, tandis que le président de la Commission, Y, s'est réjoui
// …", "X felicitou o vencedor, ao passo que Y lamentou …". The clause
// after the conjunction is the second person's act, whatever its verb;
// without this, the first person's act runs to the sentence end and the
// second person is never found.

// rec22mlWhileParts adds the act of a person named right after a
// contrastive conjunction inside an earlier part's clause, when the
// person is followed by a lower-case word (the verb) and is not already a
// part's subject.
func (ix *intl) rec22mlWhileParts(toks []token, parts []reportedPart) []reportedPart {
	words := rec22mlWhileWords[ix.lx.code]
	if len(words) == 0 || len(parts) == 0 {
		return parts
	}
	for i := 1; i < len(toks); i++ {
		n := matchPhrase(toks, i, words)
		if n == 0 || !toks[i-1].is(",") {
			continue
		}
		last, ok := rec22mlPartAround(parts, i)
		if !ok {
			continue
		}
		subj := ix.apposed(toks, i+n)
		if !ix.isPerson(subj) || subj.hi >= len(toks) {
			continue
		}
		v := subj.hi
		if toks[v].is(",") && subj.lo < v {
			v++ // "…, tandis que le président, Y, s'est réjoui"
		}
		// "…, tandis que son ministre, Y, proche de Z, avait adressé …" (rec24ml_while.go)
		v = ix.rec24mlPastDescription(toks, v)
		if v >= len(toks) || !toks[v].word() || toks[v].cap || ix.lx.complementizers[toks[v].lower] || ix.lx.subjectRelatives[toks[v].lower] || !ix.rev22rmlWhileVerb(toks, v) { // rev22rml_while.go
			continue
		}
		spk := ix.resolve(subj)
		if spk == nil || spk == last.spk || rec22mlHasSpeaker(parts, spk) {
			continue
		}
		if rec24mlRetake(parts, i, v, spk) {
			continue // the verb was read as the first person's (rec24ml_while.go)
		}
		at := len(parts)
		for at > 0 && parts[at-1].cs > v {
			at-- // the parts stay in the order of their text
		}
		parts = slices.Insert(parts, at, reportedPart{spk: spk, kind: Action, cs: v, lo: i - 1})
	}
	return parts
}

// rec22mlPartAround returns the part whose clause holds toks[i]: the last
// part that starts before it.
func rec22mlPartAround(parts []reportedPart, i int) (reportedPart, bool) {
	var last reportedPart
	ok := false
	for _, p := range parts {
		if p.cs < i && (!ok || p.cs >= last.cs) && (p.fixed == 0 || p.fixed > i) {
			last, ok = p, true
		}
	}
	return last, ok && last.spk != nil
}

// rec22mlHasSpeaker reports whether a part already has the speaker spk.
func rec22mlHasSpeaker(parts []reportedPart, spk *speaker) bool {
	for _, p := range parts {
		if p.spk == spk {
			return true
		}
	}
	return false
}
