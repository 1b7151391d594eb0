package article

import (
	"strings"
	"unicode/utf8"
)

// dropListMarkers moves the start of each English paragraph past a list
// marker opening it: a hyphen, asterisk, bullet or middle dot followed by
// a space ("- Ivo Kask, the outgoing president, congratulated him"). A
// roundup of reactions is often a bulleted list, and with the marker in
// front the sentence's subject is not the first word: the reader missed
// the person opening it ("- Lena Dal did not sign the statement. He said
// …" gave "he" to the item before). The en and em dash are markers too
// (en32: "– Ivo Kask, prime minister of Tarnia:" signs the quotation of
// the next paragraph, and with the dash in front the line read as no
// speaker); in the other languages they open dialogue ("— Мы не
// признаем"), but this runs only for English (splitBlocks). The bullets that
// are list markers in every language ("•", "*") were dropped before, with
// markup (markup.go); the hyphen is one only in English reports.
func dropListMarkers(text string, blocks []block) []block {
	for i := range blocks {
		b := &blocks[i]
		r, n := utf8.DecodeRuneInString(text[b.start:b.end])
		if !strings.ContainsRune(listMarkers, r) || b.start+n >= b.end || text[b.start+n] != ' ' || !rev32enDashMarker(r, text[b.start:b.end]) { // rev32en_dash.go
			continue
		}
		s := b.start + n
		for s < b.end && text[s] == ' ' {
			s++
		}
		if s < b.end {
			b.start = s
		}
	}
	return blocks
}

// listMarkers open an item of a bulleted list in English
// (dropListMarkers); bullets, in markup.go, do in every language.
const listMarkers = "-–—"
