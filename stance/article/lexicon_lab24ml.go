package article

// calledWords are one language's words of calling the result something
// ("nannte das Ergebnis „traurig für Lateinamerika“", "classificou a
// vitória como “histórica”"; lab24ml_called.go): the verbs of calling
// (finite forms and participles), the result or the vote as their object
// (objects: stems; exactObjects: whole words that as stems would open
// other words, "wahl" and "Wahlkampf"), the victory among them
// (victories), the words that disparage the result (scorns) and those
// that praise a victory (praises), and the possessives of one's own side
// ("seiner Partei", "nuestro"), whose result a speaker may regret without
// disparaging the winner's.
type calledWords struct {
	calls              map[string]bool
	objects, victories []string
	exactObjects       map[string]bool
	scorns, praises    []string
	owns               map[string]bool
}

// calledLexicon holds calledWords by language code.
var calledLexicon = map[string]calledWords{
	"de": {
		calls:        wordSet(`nannte nannten nennt nennen genannt bezeichnete bezeichneten bezeichnet wertete werteten wertet`),
		objects:      []string{"ergebnis", "resultat", "wahlergebnis", "wahlausgang", "ausgang", "sieg", "wahlsieg", "wiederwahl", "abstimmung"},
		exactObjects: wordSet(`wahl wahlen`),
		victories:    []string{"sieg", "wahlsieg", "wiederwahl"},
		scorns: []string{"traurig", "peinlich", "schlecht", "schlimm", "katastroph", "desaströs", "schande", "blamab",
			"beschäm", "skandal", "manipul", "farce", "witz", "hohn", "bedrohlich", "gefährlich"},
		praises: []string{"histor", "überzeugend", "verdient", "beeindruck", "glänzend", "eindrucksvoll", "klar", "deutlich", "sieg", "triumph", "erfolg"},
		owns:    wordSet(`sein seine seiner seinem seines ihr ihre ihrer ihrem unser unsere unserer unserem uns`),
	},
	"es": {
		calls: wordSet(`calificó calificaron califica calificado llamó llamaron llama llamado tildó tildaron tilda tildado
			consideró consideraron considera considerado describió describieron definió definieron catalogó`),
		objects:   []string{"resultado", "elecci", "comicio", "votaci", "victoria", "triunfo", "reelecci"},
		victories: []string{"victoria", "triunfo", "reelecci"},
		scorns: []string{"triste", "lamentable", "vergonz", "vergüenza", "bochorn", "desastr", "catastróf", "mala", "malo", "pésim",
			"escándalo", "escandal", "burla", "manipulad", "peligros"},
		praises: []string{"históric", "contundent", "clar", "merecid", "rotund", "aplastant", "incuestionabl", "indiscutibl", "victoria", "triunfo", "éxito"},
		owns:    wordSet(`su sus nuestro nuestra nuestros nuestras nos`),
	},
	"pt": {
		calls: wordSet(`classificou classificaram classifica classificado chamou chamaram chama chamado qualificou
			qualificaram qualificado considerou consideraram considera considerado descreveu descreveram`),
		objects:   []string{"resultado", "eleiç", "pleito", "votaç", "escrutín", "vitória", "triunfo", "reeleiç"},
		victories: []string{"vitória", "triunfo", "reeleiç"},
		scorns: []string{"triste", "lamentáv", "vergonh", "desastr", "catastróf", "má", "mau", "péssim", "escândalo",
			"escandal", "piada", "manipulad", "perigos"},
		praises: []string{"históric", "clar", "merecid", "inequívoc", "expressiv", "indiscutív", "incontestáv", "esmagador", "vitória", "triunfo", "sucesso", "êxito"},
		owns:    wordSet(`seu sua seus suas nosso nossa nossos nossas nos`),
	},
	"fr": {
		calls:     wordSet(`qualifié qualifie qualifiait jugé juge estimé estime appelé traité traite`),
		objects:   []string{"résultat", "élection", "scrutin", "vote", "victoire", "triomphe", "réélection"},
		victories: []string{"victoire", "triomphe", "réélection"},
		scorns: []string{"triste", "lamentabl", "honteu", "désastr", "catastroph", "mauvais", "navrant", "scandal",
			"manipulé", "dangereu", "inquiétant"},
		praises: []string{"histori", "nette", "incontestabl", "éclatant", "mérité", "indiscutabl", "écrasant", "victoire", "triomphe", "succès"},
		owns:    wordSet(`son sa ses notre nos nous`),
	},
	"ru": {
		calls:     wordSet(`назвал назвала назвали называет называют назвав`),
		objects:   []string{"результат", "итог", "выбор", "голосован", "побед", "переизбран"},
		victories: []string{"побед", "переизбран"},
		scorns: []string{"печальн", "позорн", "плох", "катастроф", "скандальн", "манипул", "опасн", "фарс",
			"издевательств"},
		praises: []string{"историческ", "убедительн", "заслуженн", "безоговорочн", "блестящ", "уверенн", "побед", "триумф", "успех"},
		owns:    wordSet(`свой своей своего свою своих наш наша нашей нашего наших нас`),
	},
}

// calledFrameVerbs are the verbs of calling of every language of
// calledLexicon: an act whose last words hold one asks for the quotation
// after it as its complement (calledComplement).
var calledFrameVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, cw := range calledLexicon {
		for w := range cw.calls {
			m[w] = true
		}
	}
	return m
}()

// mockVerbs are the verbs of saying something in mockery, by language
// ("spottete", "a ironisé", "ironizó", "ironizou", "иронизировал";
// lab24ml_mock.go). "se moquer de" is left out: "je me moque de qui
// gagne" is indifference.
var mockVerbs = map[string]map[string]bool{
	"de": wordSet(`höhnte höhnten spottete spotteten verspottete verspotteten verhöhnte verhöhnten ironisierte
		witzelte witzelten lästerte lästerten`),
	"fr": wordSet(`raillé raille raillait ironisé ironise ironisait persiflé`),
	"es": wordSet(`ironizó ironiza ironizaba burló mofó`),
	"pt": wordSet(`ironizou ironiza ironizava zombou troçou`),
	"ru": wordSet(`иронизировал иронизировала иронизирует съязвил съязвила высмеял высмеяла язвил`),
}
