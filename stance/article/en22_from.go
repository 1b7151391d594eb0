package article

import "strings"

// fromLists reads the names after "from" at toks[j] (list) and those of
// a repeated "and from" after them: "received congratulations from Ivo
// Kask, head of the council, and from the council's prime minister, Lena
// Dal", "from A and from B". The first list's last name may have a
// description set off by commas (skipApposition) or a seat ("in Velor",
// skipLocative). The repeated "from" ended the list, so the second giver
// got nothing.
//
// A repeated "and from B" followed by what B gave ("and from Karl Ems a
// warning that …", "and from Kask nothing but silence") names no giver
// of the first thing (fromGapEnds), and a name followed by a speech verb
// is the attribution's subject ("from Lena Dal, her spokesman Aron Vik
// said"; fromAttribution) (rev21en).
func (x *extractor) fromLists(toks []token, j int) []phrase {
	out := fromAttribution(toks, x.list(toks, j))
	for n := 0; n < 4 && len(out) > 0; n++ {
		k := skipLocative(toks, skipOrigin(toks, out[len(out)-1].hi))
		if a := skipApposition(toks, k); a > k {
			k = a // ", head of the council,"
		} else if k < len(toks) && toks[k].is(",") {
			k++ // "A, and from B"
		}
		if k+2 >= len(toks) || !toks[k].is("and") || !toks[k+1].is("from") {
			break
		}
		more := fromAttribution(toks, x.list(toks, k+2))
		if len(more) == 0 || !fromGapEnds(toks, more[len(more)-1].hi) {
			break
		}
		out = append(out, more...)
	}
	return out
}

// fromGapEnds reports whether the list of a repeated "and from" ending
// before toks[e] ends its clause there: past an origin, a seat and a
// description, the sentence ends, a comma or a dash follows, or a word
// of fromGapOpeners ("on Tuesday", "who said …") or a participle of a
// speech or stance verb ("urging him to concede"). A noun phrase after
// it is what that giver sent: "and from Karl Ems a warning".
func fromGapEnds(toks []token, e int) bool {
	e = skipLocative(toks, skipOrigin(toks, e))
	if a := skipApposition(toks, e); a > e {
		e = a
	}
	if e >= len(toks) || !toks[e].word() || fromGapOpeners[toks[e].lower] {
		return true
	}
	w := toks[e].lower
	return strings.HasSuffix(w, "ing") && (contentVerbs[w] || sayVerbs[w] || urgeVerbs[w])
}

// fromAttribution cuts names from a list at the first one followed by a
// speech verb: "received congratulations from Lena Dal, her spokesman
// Aron Vik said" lists Lena Dal alone.
func fromAttribution(toks []token, names []phrase) []phrase {
	for n, ph := range names {
		if ph.hi < len(toks) && toks[ph.hi].word() && sayVerbs[toks[ph.hi].lower] {
			return names[:n]
		}
	}
	return names
}
