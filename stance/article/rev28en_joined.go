package article

import "strings"

// A clause after ", and" (rec28en_joined.go) has a speaker of its own only
// when its speech verb goes on to what was said: "…, and the chairman,
// Lena Dal, said the vote had been clean". When the speech verb ends the
// sentence, the attribution covers the whole of it and the ", and" only
// joins a second object of the request: "Police asked drivers to avoid
// the centre, and shops to close early, the police chief Ivo Kask said".

// rev28enOwnSpeech reports whether the first speech verb (sayVerbs, not a
// gerund) after toks[j] has a word right after it.
func rev28enOwnSpeech(toks []token, j int) bool {
	for k := j + 1; k < len(toks); k++ {
		if t := toks[k]; t.word() && sayVerbs[t.lower] && !strings.HasSuffix(t.lower, "ing") {
			return k+1 < len(toks) && toks[k+1].word()
		}
	}
	return false
}
