package article

// Taking note of the result in Spanish and Portuguese ("X tomó nota de
// los resultados provisionales", "X tomou nota dos resultados"), as
// French "prendre acte" (intl_noting12.go): the forms of "tomar" that,
// with "nota" at most two words after them ("tomó debida nota"), take
// note; the phrases notingRun looks for; and the words of the vote and
// its result that what is noted must hold (word stems).
var iberianNoting = wordSet(`tomó toma toman tomaron tomará tomarán tomado tomaba
	tomou tomam tomaram tomara tomava`)

func init() {
	notingPhrases["es"] = []string{"tomamos nota", "tomamos debida nota", "tomó nota", "toma nota", "toman nota", "tomaron nota", "tomará nota", "tomarán nota",
		"tomado nota", "tomaba nota", "tomó debida nota", "toma debida nota", "tomaron debida nota"}
	notingPhrases["pt"] = []string{"tomamos nota", "tomamos boa nota", "tomou nota", "toma nota", "tomam nota", "tomaram nota", "tomará nota", "tomado nota",
		"tomava nota", "tomou boa nota", "toma boa nota", "tomou devida nota"}
	notedResults["es"] = []string{"resultado", "proclamaci", "victoria", "triunfo", "elecci", "reelecci", "escrutinio",
		"votaci", "cómputo", "conteo", "cifras", "veredicto", "comicios"}
	notedResults["pt"] = []string{"resultado", "proclamaç", "vitória", "triunfo", "eleiç", "reeleiç", "escrutínio",
		"votaç", "apuraç", "contagem", "números", "veredicto", "pleito"}
}
