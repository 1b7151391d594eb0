package article

// A second verb of saying of the same speaker in Spanish or Portuguese,
// after a first one or after an act: "X insistió en que las urnas
// «pueden ser manipuladas» y aseguró que …", "X insistiu que … e deu a
// entender que …", "X felicitou o presidente eleito e confirmou que
// estará na posse". The second verb's subject is the first one's, found
// before the first clause or act, so the first ran to that subject and
// was lost. secondSaying tells such a part: its
// text then starts at its own verb, and the first clause ends there.

// secondSaying reports whether the reported part p, whose subject subj
// stands before the clause of the reported part or act last, is a second
// saying of last's speaker.
func (ix *intl) secondSaying(last, p reportedPart, subj phrase) bool {
	return secondSayingLangs[ix.lx.code] && (last.kind == Reported || last.kind == Action) && p.kind == Reported && p.spk != nil &&
		p.spk == last.spk && subj.lo < last.cs && last.fixed == 0
}
