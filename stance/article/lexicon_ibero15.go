package article

// Word lists of the fifteenth session's Spanish and Portuguese rules
// (ibero15_*.go).

// iberoSubordinators open a subordinate clause whose subject follows them
// ("…, quando o presidente da Assembleia, X, anunciou …"): an office
// after one opens its clause (clauseSubordinatorBefore). Not the
// causal ones ("porque", "pues", "pois"): the clause after them gives the
// reason of the main clause's subject ("La oposición protestó, pues el
// presidente de la comisión, X, anunció los resultados sin contar …" is
// the opposition's complaint, no act of X).
var iberoSubordinators = map[string]map[string]bool{
	"es": wordSet(`cuando mientras aunque donde`),
	"pt": wordSet(`quando enquanto embora onde`),
}

// iberoAddresseePreps are the prepositions (with their contractions) of
// the person a remark was said to, between a verb of saying and its
// infinitive clause ("disse aos jornalistas estar …"; addresseeInfinitive).
var iberoAddresseePreps = map[string]map[string]bool{
	"es": wordSet(`a al`),
	"pt": wordSet(`a ao aos à às`),
}

// iberoSpeechVerbs15 are verbs of saying the lexicons lacked: "remachó"
// (drove home), "considerou" (held, with "que": Spanish has "consideró").
var iberoSpeechVerbs15 = map[string][]string{
	"es": {"remachó", "remacha", "remacharon"},
	"pt": {"considerou", "considera", "consideraram", "consideram"},
}

// iberoDefendVerbs are verbs of defending, which with a definite object
// of the vote are an act as a verb of emphasis is ("defendió la limpieza
// de la votación", "defendeu a lisura do processo"; emphasisObject,
// ibero14_emphasis.go).
var iberoDefendVerbs = map[string][]string{
	"es": {"defendió", "defendieron", "defiende"},
	"pt": {"defendeu", "defenderam", "defende"},
}

// iberoCongratStems open the nouns of congratulation and greeting that a
// verb of saying takes as its object ("repitió el saludo", "reiterou os
// parabéns"; congratObject): not "mensaje", which any verb of posting
// takes.
var iberoCongratStems = map[string][]string{
	"es": {"felicita", "enhorabuena", "parabién", "parabien", "saludo"},
	"pt": {"felicita", "parabén", "parabens", "cumprimento"},
}

// iberoRoles15 are offices of a race the role lists lacked: the rival a
// report names the loser by ("o adversário, o independente X,").
var iberoRoles15 = map[string][]string{
	"es": {"adversario", "adversaria", "rival", "contrincante"},
	"pt": {"adversário", "adversária", "rival"},
}

// iberoOccupations15 are titles of people who hold no office that vox
// pops of voters give and the occupation lists lacked (offTopicSpeakers,
// intl_commentator.go): a nurse or a fisherman who tells of their own
// vote is off the result unless they name it.
var iberoOccupations15 = map[string][]string{
	"es": {"enfermera", "enfermero", "pescador", "pescadora", "maestra", "maestro", "obrero", "obrera", "campesino", "campesina",
		"mecánico", "mecánica", "cocinero", "cocinera", "camarero", "camarera", "panadero", "panadera", "albañil", "conductor", "conductora"},
	"pt": {"enfermeira", "enfermeiro", "pescador", "pescadora", "operário", "operária", "camponês", "camponesa",
		"mecânico", "mecânica", "cozinheiro", "cozinheira", "padeiro", "padeira", "pedreiro", "empregada", "empregado", "condutor", "condutora"},
}

// iberoOwnVoteFirst are the first-person words of a voter's account in
// Spanish and Portuguese (ownVoteFirst, intl_ownvote.go): pronouns, and,
// as both languages drop the subject, the first-person forms of voting
// ("Voté temprano", "Votei cedo e fui para o mar").
var iberoOwnVoteFirst = map[string]string{
	"es": `yo me mi mis nosotros nos voté votamos`,
	"pt": `eu me meu minha meus minhas nós votei votámos votamos`,
}

// iberoThrough15 are the contracted forms of the phrases of the person an
// institution speaks through ("através do seu porta-voz, X,", "a través
// del portavoz X"), which the lexicons held only with "de".
var iberoThrough15 = map[string][]string{
	"es": {"a través del", "por medio del", "por boca del"},
	"pt": {"através do", "através da", "por meio do", "por meio da", "por intermédio do", "por intermédio da"},
}

// iberoActionVerbs15 are stance verbs the lexicons lacked: Portuguese
// "apelou" (appealed: "apelou à calma", "apelou ao respeito dos
// resultados"), as Spanish "pidió" is read.
var iberoActionVerbs15 = map[string][]string{
	"pt": {"apelou", "apelaram", "apela", "apelam"},
}

// preferVerbs below take the verbs of declining too ("escusou-se a
// comentar", "declinó comentar", "rehusó hacer declaraciones"), read
// with an infinitive only: "declinó la invitación" is no reaction.

// iberoCondemn15 are words of a fabricated result the condemnation lists
// lacked ("un resultado fabricado en los despachos", "cambió votos para
// fabricar la diferencia", "os votos foram fabricados"; condemnsIn). They
// are weak (weakCondemnStems): a word of the election must stand near,
// as "productos fabricados en China" has none.
var iberoCondemn15 = map[string][]string{
	"es": {"fabricad", "fabricaron", "fabricó", "fabricar"},
	"pt": {"fabricad", "fabricaram", "fabricou", "fabricar"},
}

// iberoAccording15 are attribution phrases the lexicons lacked, or held
// only before a name without an article ("a juicio de" but not "a juicio
// del exministro X"): "en opinión de(l) X, …", "na opinião de X, …", "no
// entender do ministro X, …". They open a reported clause as "según" does.
var iberoAccording15 = map[string][]string{
	"es": {"en opinión de", "en opinión del", "a juicio del", "en palabras del"},
	"pt": {"na opinião de", "na opinião do", "na opinião da", "no entender de", "no entender do", "no entender da"},
}

func init() {
	for code, ps := range iberoAccording15 {
		lx := lexicons[code]
		lx.according = append(lx.according, ps...)
		lx.reportedAccording = append(lx.reportedAccording, ps...)
	}
	addCondemnStems(iberoCondemn15)
	for code, ws := range iberoActionVerbs15 {
		for _, w := range ws {
			lexicons[code].actionVerbs[w] = true
		}
	}
	for code, ps := range iberoThrough15 {
		lexicons[code].through = append(lexicons[code].through, ps...)
	}
	for code, rel := range cleftRelatives {
		for w := range rel {
			lexicons[code].notNames[w] = true
		}
	}
	for code, ws := range iberoOwnVoteFirst {
		ownVoteFirst[code] = wordSet(ws)
	}
	for code, ws := range iberoOccupations15 {
		for _, w := range ws {
			lexicons[code].occupations[w] = true
		}
	}
	for code, ws := range iberoRoles15 {
		for _, w := range ws {
			lexicons[code].roles[w] = true
		}
	}
	for code, ws := range iberoSpeechVerbs15 {
		for _, w := range ws {
			lexicons[code].speechVerbs[w] = true
		}
	}
	for code, ws := range iberoDefendVerbs {
		for _, w := range ws {
			emphasisVerbs[code][w] = true
		}
	}
}

// iberoPossessives are the possessives before an object noun ("sus
// felicitaciones", "os seus parabéns"; congratObject).
var iberoPossessives = wordSet(`su sus mi mis nuestro nuestra nuestros nuestras seu sua seus suas meu minha meus minhas nosso nossa nossos nossas`)

// iberoFairNouns open the nouns of a vote's fairness that a verb of
// defending or emphasis takes as its object (fairActIn, ibero15_fairact.go).
var iberoFairNouns = map[string][]string{
	"es": {"limpieza", "transparencia", "legitimidad", "legalidad", "honestidad", "credibilidad", "pulcritud"},
	"pt": {"lisura", "limpeza", "transparência", "legitimidade", "legalidade", "honestidade", "credibilidade"},
}

// cleftRelatives open a pseudo-cleft sentence ("Quien felicitó … fue X"),
// and cleftCopulas are the copulas before its subject
// (pseudoCleftSubject, ibero15_pseudocleft.go). The relatives are no
// names: init adds them to notNames.
var (
	cleftRelatives = map[string]map[string]bool{"es": wordSet(`quien quienes`), "pt": wordSet(`quem`)}
	cleftCopulas   = map[string]map[string]bool{"es": wordSet(`fue fueron es son`), "pt": wordSet(`foi foram é são`)}
)

// preferVerbs are the verbs of preferring, opting and deciding that take
// an infinitive (preferAct, ibero15_prefer.go).
var preferVerbs = map[string]map[string]bool{
	"es": wordSet(`prefirió prefirieron prefiere prefieren optó optaron opta optan decidió decidieron decide deciden
		declinó declinaron rehusó rehusaron`),
	"pt": wordSet(`preferiu preferiram prefere preferem optou optaram opta optam decidiu decidiram decide decidem
		escusou-se escusaram-se escusa-se`),
}

// showSelfVerbs are the forms of "mostrar" that, reflexive, tell how the
// subject showed themself ("se mostró preocupado"; showedSelf,
// ibero15_showself.go).
var showSelfVerbs = map[string]map[string]bool{
	"es": wordSet(`mostró mostraron muestra muestran mostraba mostraban`),
	"pt": wordSet(`mostrou mostraram mostra mostram mostrava mostravam`),
}

// ptArticledPossessives are the Portuguese possessives that follow a
// definite article ("o seu", "a sua", "os nossos"; articledPossessive,
// ibero15_possessive.go).
var ptArticledPossessives = wordSet(`seu sua seus suas nosso nossa nossos nossas meu minha meus minhas`)

// wishStems open the infinitives of wishing with a pronoun attached after
// "para", and wishInfinitives the bare ones after a pronoun (wishAfter,
// ibero15_purpose.go).
var (
	wishStems       = map[string][]string{"es": {"desearle", "desearles"}, "pt": {"desejar-lhe"}}
	wishInfinitives = map[string][]string{"pt": {"desejar"}}
)

// giveVerbs are the forms of "dar" and givenStems the words of the winner
// or of validity after "por"/"como" (givenAsWinner,
// ibero15_givenwinner.go).
var (
	giveVerbs = map[string]map[string]bool{
		"es": wordSet(`dio dieron da dan daba daban`),
		"pt": wordSet(`deu deram dá dão dava davam`),
	}
	givenStems = map[string][]string{
		"es": {"ganador", "vencedor", "electo", "electa"},
		"pt": {"vencedor", "ganhador", "eleito", "eleita"},
	}
	// givenValidStems are the words of validity, which recognise only
	// with the vote or its result for object (voteTopics or
	// givenVoteStems within three words: "dio por buena la victoria", not
	// "dio por buena la explicación de su ministro").
	givenValidStems = map[string][]string{
		"es": {"buena", "bueno", "buenos", "buenas", "válid", "legítim"},
		"pt": {"boa", "bom", "bons", "boas", "válid", "legítim"},
	}
	// A defeat and the count's figures are the result too: "dio por
	// buena la derrota de su partido", "deu por bons os números da CNE".
	givenVoteStems = map[string][]string{
		"es": {"victori", "triunf", "recuent", "conteo", "derrota", "números", "cifras"},
		"pt": {"vitóri", "triunf", "recontagem", "derrota", "números", "cifras"},
	}
)

// commentStems open the infinitives of commenting, judging and
// recognising that a negated choice withholds ("prefirió no
// pronunciarse", "preferiu não tirar conclusões", "prefirió no entrar en
// el tema"; preferAct), and travelInfinitives are journeys, which are no
// reaction however the vote is named after them.
var (
	commentStems = map[string][]string{
		"es": {"pronunci", "coment", "opin", "declar", "habl", "valor", "adelant", "entrar", "hacer", "sacar", "respond", "reconoc", "felicit", "reaccion", "evalu"},
		"pt": {"pronunci", "coment", "opin", "declar", "falar", "avali", "adiant", "entrar", "fazer", "tirar", "respond", "reconhec", "felicit", "cumpriment", "reag"},
	}
	travelInfinitives = wordSet(`viajar ir volver regresar salir partir trasladarse voltar regressar sair deslocar-se`)
)
