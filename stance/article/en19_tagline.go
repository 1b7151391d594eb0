package article

import "strings"

// tagline finds an opinion piece's author named only in its closing note
// ("Hanna Roe is a lecturer in public law.", "Ivo Kask was foreign
// minister from 2010 to 2014."), when no byline names one: the last
// paragraph is one sentence that opens with a name of two to four
// capitalised words and a taglineVerbs verb. It returns the index of the
// last headline block (the author's sentences are all after it) and the
// name, or -1.
func (x *extractor) tagline() (int, string) {
	last, head := -1, -1
	for bi, b := range x.blocks {
		if b.headline {
			head = bi
			continue
		}
		if b.end > b.start {
			last = bi
		}
	}
	if last < 0 || head < 0 || last <= head+1 {
		return -1, ""
	}
	b := x.blocks[last]
	text := strings.TrimSpace(x.text[b.start:b.end])
	if !strings.HasSuffix(text, ".") || strings.Count(text, ". ") > 0 {
		return -1, ""
	}
	f := strings.Fields(text)
	n := 0
	for n < len(f) && n < 5 && isCapWord(f[n]) {
		n++
	}
	if n < 2 || n > 4 || n+2 >= len(f) || !taglineVerbs[f[n]] {
		return -1, ""
	}
	if x.taglineNews(f, n, b.start) { // rev19en_body.go: "Carl Dunn was jailed in 2019."
		return -1, ""
	}
	return head, strings.Join(f[:n], " ")
}

// isCapWord reports whether w is a capitalised word of letters (a name's
// part, "Girma", "Jean-Paul"), no title.
func isCapWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || titles[strings.ToLower(w)] || honorifics[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '\'' || r > 127) {
			return false
		}
	}
	return true
}
