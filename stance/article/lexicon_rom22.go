package article

// rom22Roles are party and mission posts the role lists of Spanish,
// French and Portuguese lacked: a delegate ("o delegado provincial do
// movimento, X, garantiu …", "la delegada del partido, X, dijo …", "le
// délégué régional du parti, X, a affirmé …"). With them the post before
// a name set off by commas is read as the speaker's role. A coordinator
// is left an occupation: it is an office only when it heads a body named
// with capitals (namedOccupation, intl_occupation.go), and "A
// coordenadora, X, …" names no office.
var rom22Roles = map[string][]string{
	"es": {"delegado", "delegada"},
	"fr": {"délégué", "déléguée"},
	"pt": {"delegado", "delegada"},
}

func init() {
	for code, ws := range rom22Roles {
		for _, w := range ws {
			lexicons[code].roles[w] = true
		}
	}
}

// rom22FrSpeechVerbs are French verbs of saying the list lacked that the
// Spanish and Portuguese lists hold ("confirmó que", "confirmou que"):
// "X a confirmé dans un communiqué que Y était réélu", "X confirme que
// …". Without a clause of "que" they report no speech ("a confirmé sa
// venue").
var rom22FrSpeechVerbs = []string{"confirmé", "confirme", "confirment", "confirmait"}

func init() {
	for _, w := range rom22FrSpeechVerbs {
		french.speechVerbs[w] = true
	}
}
