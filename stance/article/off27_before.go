package article

import "strings"

// A reporter often introduces a bystander or an expert by a description
// with an indefinite article before the name, set off by commas: "And in
// Jaffna, a retired teacher I know, Ana Lima, said the queues …", "A
// vendor near the stadium, Ivo Kask, said …". That is the apposition of
// commentatorApposition put first, and tells the same thing: the person is
// quoted for colour or expertise. The head of the description may be
// followed by a contact clause ("a teacher I know", "a trader we met"),
// whose pronoun ends the head as a relative word does, and "near" ends it
// as "at" does ("a vendor near the station"). An office so
// introduced ("a spokesman for the ministry, X,") has no commentator's
// head, and a word of a party or campaign anywhere in the description ("a
// lawyer for the party, X,") makes it a side's.

// off27IndefiniteBefore reports whether before (the text right before a
// mention of a name) ends with ", " or opens a sentence after such a
// description: an indefinite article, then words up to the comma before
// the name, whose head (descriptionHead, stopping also at a subject
// pronoun) is a commentatorNouns noun, with no partisan word.
func off27IndefiniteBefore(before string) bool {
	seg, ok := strings.CutSuffix(before, ", ")
	if !ok {
		return false
	}
	if i := strings.LastIndexAny(seg, ",.;:—“”\"‘’\n()!?"); i >= 0 {
		seg = seg[i+1:]
	}
	w := actionWords(seg)
	if len(w) > 0 && clauseOpeners[w[0]] {
		w = w[1:] // "and a retired teacher …"
	}
	if len(w) < 2 || len(w) > 8 || w[0] != "a" && w[0] != "an" {
		return false
	}
	head := ""
	for _, x := range w[1:] {
		if appositionStops[x] || relativeWords[x] || subjectPronouns[x] || x == "near" {
			break
		}
		head = x
	}
	for _, x := range w {
		if partisanWords[x] {
			return false // "a lawyer for the party"
		}
	}
	if rev27offSided(seg) {
		return false // rev27off_before.go: "an economist and longtime Kessé ally"
	}
	return commentatorNouns[head]
}
