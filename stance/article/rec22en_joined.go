package article

// joinedAside reads a company joined that is described, then named in an
// aside closed right before "in" or "to" (toks[k]): "Kask joined the
// leaders of two smaller parties — Jo Roe of the Farmers' Party and Ivo
// Dal of Unity — in calling on the commission to hold back the result";
// "Kask joined two other leaders, Jo Roe and Ivo Dal, in rejecting the
// result". It returns the joining verb's index, and the aside's bounds
// (open, close: its punctuation), or ok false. The aside, set off by
// dashes or by commas, holds at most joinedAsideSpan tokens with "and"
// among them, and the description between the verb and the aside at
// most joinedDescription words.
func joinedAside(toks []token, k int) (verb, open, close int, ok bool) {
	c := k - 1
	if c < 3 || !(isDash(toks[c]) || toks[c].is(",")) {
		return 0, 0, 0, false
	}
	o, and := -1, false
	for j := c - 1; j > 0 && j >= c-joinedAsideSpan; j-- {
		if toks[j].is("and") {
			and = true
		}
		if isDash(toks[c]) && isDash(toks[j]) || toks[c].is(",") && toks[j].is(",") {
			o = j
			break
		}
		if !isDash(toks[c]) && (isDash(toks[j]) || !toks[j].word() && !toks[j].is("'") && !toks[j].is("’")) {
			break
		}
	}
	if o < 2 || !and {
		return 0, 0, 0, false
	}
	for j := o - 1; j >= 0 && j >= o-joinedDescription-1; j-- {
		if !toks[j].word() {
			break
		}
		if joinVerbs[toks[j].lower] {
			return j, o, c, true
		}
	}
	return 0, 0, 0, false
}

// joinedDescription is how many words may describe the company joined
// before its aside ("the leaders of two smaller parties").
const joinedDescription = 7

// joinedAsideSpan is how many tokens the aside naming the company joined
// may hold.
const joinedAsideSpan = 30

// joinedAsideCo is the names of the joinedAside before toks[k], when the
// aside is a list of names and nothing else.
func (x *extractor) joinedAsideCo(toks []token, k int) []phrase {
	v, o, c, ok := joinedAside(toks, k)
	if !ok || !joinedCompany(toks, v, o) { // rev22ren_joined.go
		return nil
	}
	items := x.list(toks, o+1)
	if len(items) < 2 || items[0].lo != o+1 || skipOrigin(toks, items[len(items)-1].hi) != c {
		return nil
	}
	return items
}
