package article

func init() {
	for code, ws := range lab22mlOccupations {
		for _, w := range ws {
			lexicons[code].occupations[w] = true
		}
	}
}

func init() {
	addCondemnStems(lab22mlCondemnStems)
}
