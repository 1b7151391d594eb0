package article

// German reports speech through "lassen" and an infinitive of saying
// that closes the clause before the reported one: "X ließ gemeinsam mit
// der Außenbeauftragten erklären, man warte …", "In einer Erklärung
// ließen X und Y am Montag wissen, man nehme das Ergebnis zur Kenntnis".
// clauseAfter takes the clause after a comma only when what stands
// before the comma is a short adverbial (adverbialOnly); a longer
// adverbial or a companion ("gemeinsam mit …") before the infinitive left
// the clause unread.

// letSayClause reports whether toks[from:k], before the comma toks[k],
// are words of no verb the rules know ending in an infinitive of saying,
// in a sentence where a form of "lassen" comes before them.
func (ix *intl) letSayClause(toks []token, from, k int) bool {
	if ix.lx.code != "de" || k-from < 1 || k-from > 8 || !toks[k-1].word() || !fgrDeSayInfinitives[toks[k-1].lower] {
		return false
	}
	for _, t := range toks[from : k-1] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
	}
	for i := from - 1; i >= 0 && i >= from-12 && !toks[i].isTerm(); i-- {
		if toks[i].word() && fgrDeLassen[toks[i].lower] {
			return true
		}
	}
	return false
}

// coSpeakersAfter returns a part for each person coordinated with the
// subject subj of the speech verb toks[v] that follows it ("ließen
// Bundeskanzlerin X und Außenminister Y am Montag wissen, man nehme …",
// "erklärten X und Y, …"): the same reported clause, said by each. A
// person after the clause's start is inside the remark, not its speaker
// ("sagte X, Y habe gewonnen"), and ends the list.
func (ix *intl) coSpeakersAfter(toks []token, p reportedPart, subj phrase, v int) []reportedPart {
	if p.kind != Reported || subj.kind != pName || subj.lo <= v || p.cs <= subj.hi {
		return nil
	}
	var out []reportedPart
	for _, q := range ix.coordinatedAfter(toks, subj) {
		if q.hi >= p.cs || !toks[q.lo-1].word() {
			break // only a conjunction's person, before the clause
		}
		c := p
		c.spk = ix.resolve(q)
		out = append(out, c)
	}
	return out
}
