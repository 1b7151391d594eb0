package article

import "slices"

// A definite office ("the president") is the most recent speaker who
// holds it (recentOffice), counted by first mention. When two holders
// are known ("Turkish President X" named last, "President Y" named
// first) and the sentence before made Y the singular speaker again ("Y,
// for his part, spent the morning at his club. His campaign said …, and
// the president again claimed …"), the office is Y's: a reporter writes
// "the president" for the person the paragraph is about.

// off27LastHolder returns the last singular speaker when it is a named
// person whose role or name holds the office p names (matches), else nil.
// A deputy's or a former holder's role ("Vice President X") holds it
// only in name: "the president" after them is someone else.
func (x *extractor) off27LastHolder(p phrase) *speaker {
	l := x.lastSingular
	if l == nil {
		return nil
	}
	l = l.canon()
	if l.kind != pName || !l.matches(p.head, p.mods) || p.head == "leader" && !l.leads() {
		return nil
	}
	for _, w := range actionWords(l.role + " " + l.name) {
		if deputyWords[w] && !slices.Contains(p.mods, w) {
			return nil // "Vice President X …, the president said"
		}
	}
	if rev27offQualified(l.role, p) || x.rev27offSceneShift(p.lo) {
		return nil // rev27off_holder.go: "Velorian President X", "In Velor, meanwhile, the president"
	}
	return l
}
