package article

func init() {
	for code, ws := range rec27mlContrastParticles {
		for _, w := range ws {
			lexicons[code].preverbs[w] = true
		}
	}
}
