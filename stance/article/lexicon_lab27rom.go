package article

// lab27romConfinedStems begin the verbs of confining oneself to something,
// per language (lab27rom_confined.go): "se limitó a decir", "limitou-se a
// pedir", "s'est contenté de prendre acte", "s'est bornée à rappeler".
// Each needs a reflexive (lab27romReflexives, or "-se" joined to it) and a
// preposition after it (lab27romConfinedPreps).
var lab27romConfinedStems = map[string][]string{
	"es": {"limit"},
	"pt": {"limit"},
	"fr": {"content", "born"},
}

// lab27romReflexives are the reflexive pronouns and the reflexive
// auxiliaries that stand just before a verb of confining ("se limitó",
// "s'est contentée", "s'était borné"), or before its auxiliary
// (lab27romConfinedAux: "se ha limitado").
var lab27romReflexives = wordSet(`se s'est s’est s'était s’était s'étaient s’étaient s'est-il s’est-il s'est-elle s’est-elle`)

// lab27romConfinedAux are the auxiliaries between a reflexive and a verb
// of confining ("se ha limitado", "se había limitado").
var lab27romConfinedAux = wordSet(`ha había han habían`)

// lab27romConfinedPreps are the prepositions after a verb of confining
// ("a", "à", "de"; "d'" is joined to its verb: "s'est contenté d'indiquer").
var lab27romConfinedPreps = wordSet(`a à al ao de`)

// lab27romConfinedBarriers end what a verb of confining governs before the
// remark: a turn or a second clause of another subject ("se limitó a
// felicitar a los votantes, mientras X dijo …", "…, mais a ajouté que …").
var lab27romConfinedBarriers = wordSet(`mientras tandis enquanto pero mais mas aunque porém cependant sin embargo
	embora bien contudo`)

// lab27romConfinedSpan is how many words before the remark the verb of
// confining may stand ("se limitó a señalar que Washington «…»" is five).
const lab27romConfinedSpan = 12

// lab27romWillBe are the future forms of "to be" that say who the next
// leader will be (lab27rom_nextleader.go): "será", "vai ser", "sera".
var lab27romWillBe = wordSet(`será serà sera ser`)

// lab27romFutureAux put the infinitive "ser" after them in the future
// ("vai ser o novo Presidente", "va a ser el próximo").
var lab27romFutureAux = wordSet(`vai vão irá irão va van`)

// lab27romNextWords make the office after them the coming one ("el
// próximo presidente", "o novo chefe de Estado", "le prochain président").
var lab27romNextWords = wordSet(`próximo próxima nuevo nueva novo nova prochain prochaine nouveau nouvelle futuro futura futur future`)

// lab27romLeaderOffices begin the offices of the head of a state or a
// government.
var lab27romLeaderOffices = []string{"presiden", "présiden", "jefe", "chefe", "chef", "primer", "primeiro", "premier", "mandatari", "gobernador", "governador"}

// lab27romConditions open a condition or a guess that takes back a claim
// just after them ("si Zelaya será …", "quizá Zelaya será …").
var lab27romConditions = wordSet(`si se if quizá quizás talvez peut-être acaso ojalá`)

// lab27romHopeStems begin the forms of "esperar" in Spanish and Portuguese
// (lab27rom_hopework.go), which before an infinitive hope and before a
// noun wait.
var lab27romHopeStems = map[string][]string{
	"es": {"esper"},
	"pt": {"esper"},
}

// lab27romHopePast are the past forms of "esperar" before an infinitive:
// a hope that was ("esperava trabalhar com o vencedor, mas …").
var lab27romHopePast = wordSet(`esperaba esperaban esperábamos esperava esperavam esperávamos`)

// lab27romWorkVerbs are the infinitives of working with someone.
var lab27romWorkVerbs = wordSet(`trabajar colaborar cooperar trabalhar cooperar`)

// lab27romHopeFillers may stand between the verb of hoping and the
// infinitive ("espera con interés trabajar", "espera de cerca trabajar").
var lab27romHopeFillers = wordSet(`con interés poder seguir continuar de cerca perto`)
