package article

import "strings"

// Review of lab22ml_indefinite.go (rev22lml). A post of a body named by an
// indefinite article is an occupation only when the post takes its weight
// from the body: its head, spokesperson, representative, director or staff
// ("presidente de una asociación", "Sprecher eines Reiseveranstalters",
// "представитель одной из ассоциаций"). An office of its own (a senator,
// a mayor, a deputy, a governor: "senador de una provincia del norte",
// "maire d'une commune frontalière", "губернатор одной из северных
// областей") stays an office whatever its body. The body is read past up
// to two adjectives ("de un pequeño partido", "одной из оппозиционных
// фракций", "d'un petit parti"), a German compound holds the political
// stem anywhere ("einer Oppositionspartei"), and a body of local
// government or of the opposition is political (rev22lmlPoliticalBodies);
// a trade union is not (its secretary on wages speaks off the result).

// rev22lmlGenericPost reports whether w (a post of isRole or lab22mlHeads)
// opens with a post that takes its weight from its body.
func rev22lmlGenericPost(code, w string) bool {
	w = unelided(w)
	if i := strings.LastIndexByte(w, '-'); i > 0 && !hasStem([]string{w}, rev22lmlGenericPosts[code]) {
		w = w[i+1:] // "vice-presidente", "co-directeur"
	}
	return hasStem([]string{w}, rev22lmlGenericPosts[code])
}

// rev22lmlPoliticalBody reports whether one of the body's first words ws
// (the noun past up to two adjectives) is a body of politics: a stem of
// lab22mlPoliticalBodies or rev22lmlPoliticalBodies, in German anywhere in
// a compound ("Oppositionspartei", "Grenzgemeinde").
func rev22lmlPoliticalBody(code string, ws []string) bool {
	stems := append(append([]string(nil), lab22mlPoliticalBodies[code]...), rev22lmlPoliticalBodies[code]...)
	for _, w := range ws {
		if hasStem([]string{w}, stems) {
			return true
		}
		if code != "de" {
			continue
		}
		for _, s := range stems {
			if len(s) > 4 && strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}
