package article

// complementArticle reports whether the determiner toks[j] is the article
// of an office's complement rather than the one that opens the phrase: a
// contracted article that joins ("chef du gouvernement": French "du" is
// both a determiner and a joining word) or any determiner after a joining
// word ("chef de son parti"). possessiveBefore reads only the phrase's own
// opening determiner as the speaker's own office ("son gouvernement
// esperará"); before, "L'ancien chef du gouvernement ne reconnaît pas le
// résultat" read the complement's "du" as one and took "ne reconnaît"
// into the office, so the sentence had no subject.
func (ix *intl) complementArticle(toks []token, j int) bool {
	if ix.lx.rolePreps[toks[j].lower] {
		return true
	}
	return j > 0 && toks[j-1].word() && ix.lx.rolePreps[toks[j-1].lower]
}

// complementRole reports whether the office word cls[i] stands in the
// complement of the office cls[head], a joining word between them: "chef
// du gouvernement" is a chief, not a government, so the head stays the
// first office and the complement is its modifier. With the government as
// head, "L'ancien chef du gouvernement" was an institution and never
// referred back to the person just named.
func complementRole(cls []wordClass, i, head int) bool {
	if head < 0 {
		return false
	}
	for k := head + 1; k < i; k++ {
		if cls[k] == cPrep {
			return true
		}
	}
	return false
}

// loneArticleParticle reports whether toks[k] is "der" or "дер" without
// the "van", "von" or "фон" that makes it part of a name ("Van der
// Bellen", "фон дер Ляйен"): alone after a capitalised word it is the
// article of a genitive, and "den Rücktritt der Wahlkommission", "eine
// Überprüfung der Auszählung" were read as people named in full, the
// subject of the verb before them.
func loneArticleParticle(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word() || !articleParticles[toks[k].lower] {
		return false
	}
	return k == 0 || !toks[k-1].word() || !articleParticleOpeners[toks[k-1].lower]
}

// possessedTitleAt reports whether toks[k], the first word of a German
// phrase after a possessive determiner, describes the person named by the
// two or more capitalised words after it ("Sein Bündnispartner X Y",
// "Ihr Mitstreiter X Y"): a name takes no possessive, so the noun is the
// person's title and not the first word of their name.
func (ix *intl) possessedTitleAt(toks []token, k int, first bool) bool {
	if ix.lx.code != "de" || !first || k == 0 || !toks[k-1].word() || !dePossessives[toks[k-1].lower] || k+2 >= len(toks) {
		return false
	}
	return toks[k+1].word() && toks[k+1].cap && toks[k+2].word() && toks[k+2].cap && !ix.lx.isRole(toks[k+1].lower)
}
