package article

import "strings"

// German glues the party or field to a describing noun: "Die
// CDU-Politikerin nannte …", "Der Grünen-Politiker sagte …", "der
// Außenpolitiker warnte …" after a sentence that named the person with
// another office ("Bundeskanzlerin Eva Brandt"). The compound describes
// the person as "die Politikerin" does (ref22DescriptionHeads), so it
// refers back to the person named last; read as an office of its own, it
// became a speaker nobody else was.

// lab29grCompoundDescription reports whether head, a German office word,
// ends with one of the language's description heads after a hyphen or
// as the last part of a compound ("cdu-politikerin", "europapolitiker").
func (ix *intl) lab29grCompoundDescription(head string) bool {
	if ix.lx.code != "de" {
		return false
	}
	for d := range ref22DescriptionHeads["de"] {
		if rest, ok := strings.CutSuffix(head, d); ok && rest != "" && !ref22DescriptionHeads["de"][head] {
			return true
		}
	}
	return false
}
