package article

import "strings"

// institutionNameEnd is where the name of the body toks[lo:hi] ends:
// before "in" and its place (institutionPlaceEnd), unless the text names
// the same body in another place too ("The embassy in Velor said …
// The embassy in Tarn said …"): then the place tells two bodies apart
// and stays in both names.
func institutionNameEnd(text string, toks []token, lo, head, hi int) int {
	in := institutionPlaceEnd(toks, lo, head, hi)
	if in == hi {
		return hi
	}
	name := span(text, toks, lo, in)
	if strings.EqualFold(name[:min(4, len(name))], "the ") {
		name = name[4:]
	}
	place := text[toks[in+1].start:toks[in+1].end]
	for rest := text; ; {
		i := strings.Index(rest, name+" in ")
		if i < 0 {
			return in
		}
		rest = rest[i+len(name)+4:]
		if f := strings.Fields(rest); len(f) > 0 && strings.Trim(f[0], ".,;:") != place {
			return hi
		}
	}
}
