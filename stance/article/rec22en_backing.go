package article

import "strings"

// A reaction told as support for the stance just reported: "Jo Roe, Ivo Kask
// and Lena Dal all stood behind the joint refusal", "The Greens backed the
// decision", "Lena Dal rallied behind the call". Like "echoed the
// call" (similar.go), the subject takes the stance of the remark just
// before, which the object names back (a refusal, a decision, a call).

// backedStance reports whether the words of an act (w, from its verb)
// back a stance named back by its object: a supportVerbs verb, or a
// backingBehind one and "behind" (also "threw/put … weight behind"), then
// a determiner, at most two words and a backedNouns noun.
func backedStance(w []string) bool {
	return backedStanceCase(w, nil)
}

// backedStanceCase is backedStance knowing which words are capitalised
// (caps, or nil): an object naming its own content or another holder is
// no likeness (backedOther, rev22ren_backing.go).
func backedStanceCase(w []string, caps []bool) bool {
	k, n := backedShape(w)
	return n > 0 && !backedOther(w, caps, k, n)
}

// backedShape returns the indices of the backed object's determiner and
// noun in w, or -1, -1: a backing verb (backingObject), a backedDets
// determiner, at most two words and a backedNouns noun. Whatever the
// object names, an act of this shape with no remark just before has
// nothing to back and is no act (similar.go, backedShapeAt).
func backedShape(w []string) (k, n int) {
	k = backingObject(w)
	if k < 0 || k >= len(w) || !backedDets[w[k]] {
		return -1, -1
	}
	for j := k + 1; j < len(w) && j <= k+3; j++ {
		if backedNouns[w[j]] {
			return k, j
		}
	}
	return -1, -1
}

// backingObject returns the index of the object's first word after a
// backing verb opening w, or -1: "backed the …", "stood (firmly) behind
// the …", "threw (put) his weight behind the …" (rev22ren).
func backingObject(w []string) int {
	switch {
	case len(w) > 1 && supportVerbs[w[0]]:
		return 1
	case len(w) > 2 && backingBehind[w[0]] && w[1] == "behind":
		return 2
	case len(w) > 3 && backingBehind[w[0]] && strings.HasSuffix(w[1], "ly") && w[2] == "behind":
		return 3 // rev22ren: "stood firmly behind the refusal"
	case len(w) > 4 && weightVerbs[w[0]] && backedDets[w[1]] && w[2] == "weight" && w[3] == "behind":
		return 4 // rev22ren: "threw his weight behind the call"
	}
	return -1
}
