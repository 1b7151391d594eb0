package article

// Round-ups list the countries and bodies that congratulated after the
// verb as often as the people: "Среди поздравивших были Франция, Германия
// и Китай", "Zu den ersten Gratulanten gehörten Frankreich und Spanien",
// "Glückwünsche schickten auch Frankreich, Spanien und Italien". The
// readers of such lists (amongList, the senders after an object-first
// verb) take only people named in full, since one bare name after a verb
// is as often its object. A list is another matter: two or more names,
// none with an office, separated by commas, the last joined by a
// conjunction and closing the sentence (nothing after it but
// punctuation), is the list of the actors, as ml32_colist.go reads such a
// list before a plural verb.

// gr32BareList returns the names listed from toks[j] to the end of the
// sentence ("Frankreich, Spanien und Italien"), or none when they are
// fewer than two, not joined by a conjunction at the end, or followed by
// more words.
func (ix *intl) gr32BareList(toks []token, j int) []phrase {
	var out []phrase
	joined := false
	for len(out) < 12 && j < len(toks) {
		p := ix.forward(toks, j)
		if !p.ok() || p.kind != pName || p.role != "" || ix.congratulation(toks[p.lo].lower) {
			return nil
		}
		out = append(out, p)
		k := p.hi
		if k == len(toks) || toks[k].isTerm() && k+1 == len(toks) {
			break
		}
		if toks[k].is(",") {
			k++
		}
		if k < len(toks) && toks[k].word() && ix.lx.conjunctions[toks[k].lower] {
			k, joined = k+1, true
		} else if joined || !toks[k-1].is(",") {
			return nil // "A und B bei der Feier": more words after the list
		}
		j = k
	}
	if len(out) < 2 || !joined {
		return nil
	}
	return out
}

// gr32BareSenders returns the first name of a bare list after the verb
// toks[v] of a sentence that opens with the congratulation sent
// ("Glückwünsche schickten auch Frankreich, Spanien und Italien"): the
// congratulation is the object, not the subject it was read for; with no
// such list there is no subject.
func (ix *intl) gr32BareSenders(toks []token, v int) phrase {
	j := v + 1
	for j < len(toks) && toks[j].word() && !toks[j].cap && (ix.lx.notNames[toks[j].lower] || fgrLikeAdverbs[toks[j].lower]) {
		j++ // "auch", "bereits"
	}
	if l := ix.gr32BareList(toks, j); len(l) > 0 {
		return l[0]
	}
	return phrase{}
}
