package article

import "slices"

// off27LastHolder (off27_holder.go) gives a bare office ("the president")
// to the last singular speaker who holds it. Two constructions say the
// reporter means another holder, and the rule then leaves the office to
// recentOffice:
//   - the last speaker's role carries a word the phrase lacks ("Velorian
//     President Ivo Kask", "Outgoing President Rui Sousa"): a reporter who
//     qualified that holder writes the bare office for the other one ("Kask,
//     for his part, urged calm. The president has said nothing, her aides
//     said");
//   - the sentence moves the scene before the office, with a place named
//     after "in" or "from" or a shifting adverb ("In Velor, meanwhile, the
//     president said …", "Elsewhere, the president …").

// rev27offQualified reports whether role (the last speaker's title, not
// the name) has a word beside the office head that the phrase's mods do
// not repeat: "velorian president" for "the president".
func rev27offQualified(role string, p phrase) bool {
	for _, w := range actionWords(role) {
		if w != p.head && !slices.Contains(p.mods, w) {
			return true
		}
	}
	return false
}

// rev27offSceneShift reports whether the current sentence, before its
// token lo (counted from the sentence's first token), moves the scene: a
// place named after "in" or "from" ("In Velor, …", "Speaking in Velor on
// Tuesday, …"; not a time: "in January") or a shifting adverb
// (openerWords: "meanwhile", "elsewhere", "abroad").
func (x *extractor) rev27offSceneShift(lo int) bool {
	if x.sentNo >= len(x.sents) {
		return false
	}
	s := x.sents[x.sentNo]
	for i := s.lo; i < s.lo+lo && i < len(x.toks); i++ {
		t := x.toks[i]
		if !t.word() {
			continue
		}
		if openerWords[t.lower] {
			return true
		}
		if i > s.lo && (x.toks[i-1].is("in") || x.toks[i-1].is("from")) && t.cap && !timeWords[t.lower] {
			return true
		}
	}
	return false
}
