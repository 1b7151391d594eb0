package article

import "strings"

// indexInner makes a speaker with a name of three words or more findable
// by its inner words: reporters shorten a name with two surnames, or a
// given name and two family names, to its first surname ("Tchiroma" after
// "Issa Tchiroma Bakary", "López" after "Andrés Manuel López Obrador",
// "Lula" after "Luiz Inácio Lula da Silva"). Particles ("da"), initials
// ("R.") and words of fewer than three letters are no surnames; the
// first speaker to have an inner word keeps it. The map is made on first
// use, as extractors of other languages are built without it.
func (x *extractor) indexInner(s *speaker, f []string) {
	for i := 1; i+1 < len(f); i++ {
		w := f[i]
		if nameParticles[w] || len([]rune(w)) < 3 || strings.ContainsAny(w, ".’'") {
			continue
		}
		if x.byInner == nil {
			x.byInner = make(map[string]*speaker)
		}
		if x.byInner[w] == nil {
			x.byInner[w] = s
		}
	}
}
