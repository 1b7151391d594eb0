package article

import "testing"

// TestHonorificAtTextEnd: an honorific that ends the text ("M" alone, found
// by FuzzAnalyze) is read in every language without looking past the last
// token (nameParticleAt asked loneArticleParticle about toks[len(toks)]).
func TestHonorificAtTextEnd(t *testing.T) {
	for code := range lexicons {
		for _, text := range []string{"M", "Réactions\n\nM", "Il a dit M"} {
			if rs := ExtractLang(text, code); len(rs) != 0 {
				t.Errorf("%s %q: got %+v, want no remark", code, text, rs)
			}
		}
	}
}
