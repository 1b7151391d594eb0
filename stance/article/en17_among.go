package article

// amongThem reads the names of an aside that picks members out of a
// plural subject, with k the comma closing the aside before the verb:
// "All five opposition candidates, Ivo Kask of Juwa and Lena Dal among
// them, rejected the results". The subject is a group no speaker
// stands for; the named members are the ones who act, each with the
// group's remark. It returns nil unless the aside, opened by a comma at
// most amongSpan tokens back, is a list of names ending in "among them".
func (x *extractor) amongThem(toks []token, k int) []phrase {
	if k < 4 || !toks[k].is(",") || !toks[k-1].is("them") || !toks[k-2].is("among") {
		return nil
	}
	for c := k - 3; c > 0 && c >= k-amongSpan; c-- {
		if !toks[c].is(",") {
			continue
		}
		items := x.list(toks, c+1)
		if len(items) == 0 || skipOrigin(toks, items[len(items)-1].hi) != k-2 {
			return nil
		}
		return items
	}
	return nil
}

// amongSpan is how far back the comma opening an "among them" aside may be.
const amongSpan = 16

// amongThemCo is the other names of the amongThem aside whose first name
// is ph, the subject found back from the verb.
func (x *extractor) amongThemCo(toks []token, ph phrase) []phrase {
	for k := ph.hi; k < len(toks) && k <= ph.hi+amongSpan; k++ {
		if toks[k].is(",") {
			if items := x.amongThem(toks, k); len(items) > 1 && items[0].lo == ph.lo {
				return items[1:]
			}
			return nil
		}
	}
	return nil
}
