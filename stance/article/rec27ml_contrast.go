package article

// rec27mlContrastParticles are the particles that stand between a subject
// and its verb to set the speaker against the one before: "Die
// Abgeordnete X hingegen sprach von einer „Scheinwahl“", "Der Minister X
// dagegen gratulierte dem Sieger", "Депутат X же заявил, что …". They
// join the language's preverbs, which subjects are read past; without
// them the particle ended the subject and the quotation or act went to
// no one.
var rec27mlContrastParticles = map[string][]string{
	"de": {"hingegen", "dagegen", "wiederum", "indes", "indessen", "jedoch", "allerdings", "ihrerseits", "seinerseits"},
	"ru": {"же"},
}

func init() {
	for code, ws := range rec27mlContrastParticles {
		for _, w := range ws {
			lexicons[code].preverbs[w] = true
		}
	}
}
