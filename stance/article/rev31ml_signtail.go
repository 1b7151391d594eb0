package article

// What may follow the office in a signature line. A roundup's signature
// line ends at the office or names where the words were posted: "Ana
// Ruiz, presidenta de Tarsia, en X", "…, sur Facebook", "…, auf X". A
// photo caption has the same opening and then tells a scene: "Ana Ruiz,
// presidenta de Tarsia, durante una cumbre en Bruselas", "…, en una
// foto de archivo". ml31SignatureLine took any tail without a full stop,
// so two captions made a roundup and the news paragraph under each (the
// opposition's complaint, a turnout figure) became the pictured person's
// direct remark. The tail is now empty, or a comma, a preposition of
// rev31mlPlatformPreps and one or two words that are no determiner or
// stop word (the platform's name).

// rev31mlPlatformTail reports whether tail, the tokens after the office
// of a signature line, is empty or names a platform.
func (ix *intl) rev31mlPlatformTail(tail []token) bool {
	if len(tail) == 0 {
		return true
	}
	if len(tail) < 3 || len(tail) > 4 || !tail[0].is(",") || !rev31mlPlatformPreps[tail[1].lower] {
		return false
	}
	for _, t := range tail[2:] {
		if !t.word() || ix.lx.determiners[t.lower] || ix.lx.stops[t.lower] {
			return false
		}
	}
	return true
}
