package article

// fromLists reads the names after "from" at toks[j] (list) and those of
// a repeated "and from" after them: "received congratulations from Ivo
// Kask, head of the council, and from the council's prime minister, Lena
// Dal", "from A and from B". The first list's last name may have a
// description set off by commas (skipApposition). The repeated "from"
// ended the list, so the second giver got nothing.
func (x *extractor) fromLists(toks []token, j int) []phrase {
	out := x.list(toks, j)
	for n := 0; n < 4 && len(out) > 0; n++ {
		k := skipOrigin(toks, out[len(out)-1].hi)
		if a := skipApposition(toks, k); a > k {
			k = a // ", head of the council,"
		} else if k < len(toks) && toks[k].is(",") {
			k++ // "A, and from B"
		}
		if k+2 >= len(toks) || !toks[k].is("and") || !toks[k+1].is("from") {
			break
		}
		more := x.list(toks, k+2)
		if len(more) == 0 {
			break
		}
		out = append(out, more...)
	}
	return out
}
