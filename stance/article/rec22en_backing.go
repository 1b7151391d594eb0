package article

// A reaction told as support for the stance just reported: "Jo Roe, Ivo Kask
// and Lena Dal all stood behind the joint refusal", "The Greens backed the
// decision", "Lena Dal rallied behind the call". Like "echoed the
// call" (similar.go), the subject takes the stance of the remark just
// before, which the object names back (a refusal, a decision, a call).

// supportVerbs take the stance they back as their object ("backed the
// refusal"); backingBehind need "behind" first ("stood behind the
// decision", "rallied behind the call"). backedNouns name a stance taken
// before: the object must be one, so that "backed Kask" (a campaign) or
// "supported the bill" is no likeness.
var (
	supportVerbs  = wordSet(`backed backs supported supports endorsed endorses`)
	backingBehind = wordSet(`stood stand stands rallied rally rallies lined lines`)
	backedNouns   = wordSet(`refusal decision call boycott demand demands rejection position stance line appeal declaration statement`)
	backedDets    = wordSet(`the this their his her its our`)
)

// backedStance reports whether the words of an act (w, from its verb)
// back a stance named back by its object: a supportVerbs verb, or a
// backingBehind one and "behind" (also "threw/put … weight behind"), then
// a determiner, at most two words and a backedNouns noun.
func backedStance(w []string) bool {
	k := 0
	switch {
	case len(w) > 1 && supportVerbs[w[0]]:
		k = 1
	case len(w) > 2 && backingBehind[w[0]] && w[1] == "behind":
		k = 2
	default:
		return false
	}
	if k >= len(w) || !backedDets[w[k]] {
		return false
	}
	for j := k + 1; j < len(w) && j <= k+3; j++ {
		if backedNouns[w[j]] {
			return true
		}
	}
	return false
}
