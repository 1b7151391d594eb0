package article

import "strings"

// A headline speaker given by surname alone ("Lind: “We will work with
// her”") is the body's full name with that surname ("Prime Minister Anna
// Lind said …"): the headline comes first, so the surname was registered
// as a speaker of its own and the article had two speakers for one
// person. After the article is read, a one-word named speaker of the
// headline merges into the one full name (and only one) that ends with it.

// linkHeadlineSurnames merges each one-word headline speaker into the
// unique named speaker of several words whose last word is that name.
func (x *extractor) linkHeadlineSurnames() {
	for _, r := range x.remarks {
		if !r.Headline || r.spk == nil {
			continue
		}
		h := r.spk.canon()
		if h.kind != pName || strings.Contains(h.name, " ") {
			continue
		}
		var full *speaker
		n := 0
		for _, e := range x.entries {
			e = e.canon()
			f := strings.Fields(e.name)
			if e == h || e == full || e.kind != pName || len(f) < 2 || !strings.EqualFold(f[len(f)-1], h.name) {
				continue
			}
			full = e
			n++
		}
		if n == 1 {
			merge(h, full)
		}
	}
}
