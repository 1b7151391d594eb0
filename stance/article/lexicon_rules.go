package article

// This file holds the word lists of the rule files whose names do not
// begin with lexicon: every word list of the package lives in a
// lexicon*.go file (TestWordListsInLexicon). Each group is headed by the
// file whose rules read it; the lists keep the comments that say why.

// The word lists of about22_conduct.go.

// conductNegWords make a playing field uneven: a word of unevenness
// (conductUneven) or a negation of "level" (claimNegations, and these).
var (
	conductUneven   = wordSet(`uneven unlevel tilted skewed unequal lopsided`)
	conductNegWords = wordSet(`far hardly anything`)
)

// conductClimate are the nouns of a climate ("a climate of fear") and
// conductFear what it is a climate of.
var (
	conductClimate = wordSet(`climate atmosphere`)
	conductFear    = wordSet(`fear intimidation repression coercion terror threats`)
)

// conductVotes name the vote, the contest or the voters (conductLoose
// only after a determiner or a word of the vote: "the campaign", "the
// election campaign", not "the vaccination campaign", "a poll of
// businesses"); conductVoters only the voters; conductChoose the verbs of
// their free choice; conductContest those who compete in the vote.
var (
	conductVotes   = wordSet(`vote votes voting election elections polls polling ballot ballots runoff run-off`)
	conductLoose   = wordSet(`campaign count poll`)
	conductDets    = wordSet(`the this that its his her their election electoral presidential parliamentary whole entire`)
	conductVoters  = wordSet(`voters voter people citizens electorate electors`)
	conductChoose  = wordSet(`express expressed expressing vote voted voting choose chose chosen choosing cast choice elect elected electing`)
	conductContest = wordSet(`candidates candidate parties opposition contest contestants race`)
)

// conductHolds turn a verdict into a demand, condition, hope or doubt;
// conductOthers (with claimHedges) give it to someone else or deny it
// ("the opposition says the playing field was not level", "those who
// claim there was a climate of fear are lying").
var (
	conductHolds  = wordSet(`must should need needs needed if unless whether hope hopes hoped ensure ensured urged urge called calls demand demanded`)
	conductOthers = wordSet(`says say insist insists argue argues lying nonsense`)
)

// conductWaits put a verdict off: voters who chose freely, and a count
// awaited, is praise and waiting (rule 5), not recognition.
var conductWaits = wordSet(`wait waits waiting waited await awaits awaiting awaited until pending premature final official certified`)

// The word lists of described.go.

// personDescriptors are modifiers that describe the holder of an office, not
// the office: "the veteran leader" is a leader described as a veteran.
var personDescriptors = wordSet(`veteran longtime long-time outgoing embattled defeated incumbent ousted exiled
	jailed imprisoned elderly influential powerful popular charismatic controversial populist firebrand fiery
	soft-spoken self-exiled`)

// pastOffice are the modifiers of an office held before.
var pastOffice = wordSet(`former ex retired`)

// The word lists of en15_time.go.

// addressees are the audiences a speech verb names before its clause.
var addressees = wordSet(`reporters journalists correspondents supporters lawmakers legislators parliament
	deputies senators diplomats delegates crowd audience voters viewers listeners colleagues members`)

// weekdays are bare time adverbials after a speech verb ("said Monday").
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// clauseQuantifiers open a clause's subject as a determiner does ("any
// government that …", "every vote", "no outsider"), or are it ("anyone
// proclaiming himself president …").
var clauseQuantifiers = wordSet(`any every no all some each anyone anybody everyone everybody nobody nothing everything`)

// verbAux are the finite auxiliaries that follow a clause's subject.
var verbAux = wordSet(`has have had is was were are will would could should may might must can cannot did does do`)

// The word lists of en22_locative.go.

// locativePreps set a name's seat after it: "Lena Dal in Tarn", "Ivo
// Kask at the Commission", "Jo Roe from Norland".
var locativePreps = wordSet(`in at from`)

// The word lists of fgr15_conjoined.go.

// conjoinedLangs are the languages conjoinedAct reads.
var conjoinedLangs = wordSet(`fr de ru`)

// The word lists of fgr15_negcorrelative.go.

// negativePairs are, per language, the pair's opening word, its closing
// words and the language's "and", as correlativePairs.
var negativePairs = map[string][]correlativePair{
	"fr": {{"ni", []string{"ni"}, "et"}},
	"ru": {{"ни", []string{",", "ни"}, "и"}, {"ни", []string{"ни"}, "и"}},
}

// The word lists of fgr16_holdoff.go.

// holdOffVerbs are verbs of hesitating or holding off, not negated.
var holdOffVerbs = wordSet(`повременил повременила повременили повременить повременит
	медлит медлят колеблется
	hésite hésitent hésitait
	zögert zögern zögerte zögerten`)

// The word lists of fgr16_nextdescribed.go.

// researchBodies are word parts of the bodies where commentators work.
var researchBodies = []string{"institut", "universit", "hochschul", "denkfabrik", "thinktank", "институт", "университет"}

// The word lists of fgr16_origin.go.

// deOriginPreps open a German origin after a name.
var deOriginPreps = wordSet(`aus von vom`)

// The word lists of fgr17_colonfragment.go.

// deFragmentWords are lower-case words a verbless German fragment may
// hold besides prepositions and determiners.
var deFragmentWords = wordSet(`dazu dann sowie beiden beide sein seine seinen seiner ihr ihre ihren ihrer`)

// The word lists of fgr17_denoun.go.

// deNounSuffixes end German common nouns and hardly any surname.
var deNounSuffixes = []string{"ung", "heit", "keit", "schaft", "tion", "ismus", "wünsche"}

// The word lists of fgr17_leftopen.go.

// deQuestionWords open an indirect question.
var deQuestionWords = wordSet(`ob wer wem wen wessen wann wie wo warum weshalb inwieweit`)

// The word lists of fgr17_opener.go.

// comparatives open a fronted comparative in the languages of lexicons.
var comparatives = wordSet(`plus moins más menos mais`)

// The word lists of fgr17_postname.go.

// ruObjectPronouns are the object pronouns that may stand before a verb.
var ruObjectPronouns = wordSet(`его её ее их ему ей им`)

// The word lists of fgr17_relaccording.go.

// relativeOpinions open a relative clause that gives its antecedent's
// view, by language.
var relativeOpinions = map[string][]string{
	"fr": {"pour qui", "selon qui", "d'après qui", "d’après qui", "pour lequel", "pour laquelle", "selon lequel", "selon laquelle"},
	"es": {"para quien", "según el cual", "según la cual"},
	"pt": {"para quem", "segundo o qual", "segundo a qual"},
	"ru": {"по мнению которого", "по мнению которой", "по словам которого", "по словам которой"},
}

// The word lists of fgr17_roles.go.

// euroPrefixes open the words for a member of the European Parliament
// and the like, which join the prefix to a role word: "eurodéputé",
// "eurodiputada", "eurodeputado", "евродепутат". Without them "a
// déclaré l'eurodéputé allemand X" lost its speaker: the role word is
// what lets a nationality adjective stand between it and the name.
var euroPrefixes = []string{"euro", "евро"}

// The word lists of fgr17_ruinstitution.go.

// ruInstitutionNouns head the names of bodies that speak.
var ruInstitutionNouns = wordSet(`совет комиссия комитет партия движение блок союз фронт коалиция миссия штаб суд конгресс`)

// The word lists of fgr17_satisfied.go.

var ruRemainVerbs = wordSet(`остался осталась остались осталось`)

// The word lists of gr20_subjunctive.go.

// deSingularPronouns are the subjects the subjunctive in -e follows.
var deSingularPronouns = wordSet(`man er sie es`)

// deNotSubjunctiveE are words in -e that stand after a pronoun without
// being its verb ("sie alle", "er heute", "man gerne", "sie einige
// Stunden später"), and "wurde", the preterite of "werden", the one
// indicative in -e but not -te ("Er wurde dort empfangen").
var deNotSubjunctiveE = wordSet(`alle beide ohne gerne heute alleine lange gerade bitte eine keine
	seine ihre diese jene selbe ebenso nie einige mehrere manche andere wenige jede solche
	wurde`)

// The word lists of gr21_zufolge.go.

// gr21PluralNounSuffixes end plurals of German common nouns.
var gr21PluralNounSuffixes = []string{"ungen", "heiten", "keiten", "schaften", "tionen", "umfragen", "ergebnisse"}

// The word lists of gr22_officepair.go.

// gr22PluralEndings are plural endings of office words and what replaces
// them in the singular.
var gr22PluralEndings = map[string][][2]string{
	"de": {{"s", ""}, {"innen", "in"}},
	"ru": {{"ы", ""}, {"и", ""}, {"а", ""}},
}

// The word lists of ibero15_purpose.go.

// preteriteEnds end the third-person preterite of Spanish and Portuguese
// verbs ("comunicó", "escribió", "utilizaron", "ligou", "escreveu",
// "usaram").
var preteriteEnds = map[string][]string{
	"es": {"ó", "aron", "ieron"},
	"pt": {"ou", "eu", "iu", "aram", "eram", "iram"},
}

// The word lists of ibero16_cleft.go.

// iberoCleftCopulas open a sentence of a cleft ("Fue X quien …", "Foi X
// quem …") and are no names: init adds them to notNames, so that the
// capitalised copula is not read as a first name. Not "Son" or "São" (a
// saint's name: "São Tomé").
var iberoCleftCopulas = map[string][]string{"es": {"fue", "fueron"}, "pt": {"foi", "foram"}}

// The word lists of ibero16_judged.go.

// iberoQuantifiers open an object after a fronted predicate.
var iberoQuantifiers = map[string]map[string]bool{
	"es": wordSet(`cualquier todo toda todos todas ningún ninguna`),
	"pt": wordSet(`qualquer todo toda todos todas nenhum nenhuma`),
}

// The word lists of ibero16_partitive.go.

// iberoPartitives open a partitive title.
var iberoPartitives = map[string][]string{
	"es": {"uno de los", "una de las", "uno de sus", "una de sus"},
	"pt": {"um dos", "uma das", "um de seus", "uma de suas"},
}

// The word lists of ibero16_perfect.go.

// iberoPerfectAux are the auxiliaries of the perfect and pluperfect
// before a participle.
var iberoPerfectAux = map[string]map[string]bool{
	"es": wordSet(`había habían ha han habría habrían`),
	"pt": wordSet(`tinha tinham havia haviam teria teriam`),
}

// perfectParticipleEnds end the participles of regular verbs after a
// perfect auxiliary (masculine singular).
var perfectParticipleEnds = []string{"ado", "ido"}

// The word lists of ibero17_connective.go.

// iberoConnectives17 are the connectives, by language.
var iberoConnectives17 = map[string][]string{
	"es": {"sin embargo", "no obstante", "además", "por su parte", "a su vez", "en cambio", "eso sí", "por otro lado", "con todo", "por lo demás", "de todos modos", "asimismo"},
	"pt": {"no entanto", "contudo", "todavia", "porém", "além disso", "por sua vez", "por seu lado", "por sua parte", "em contrapartida", "ainda assim", "mesmo assim", "por outro lado", "de resto", "aliás"},
}

// The word lists of ibero17_dedicate.go.

// dedicateVerbs are the forms of "dedicar".
var dedicateVerbs = map[string]map[string]bool{
	"es": wordSet(`dedicó dedicaron dedica dedican dedicaba dedicaban`),
	"pt": wordSet(`dedicou dedicaram dedica dedicam dedicava dedicavam`),
}

// dedicateInf are infinitives of acting the periphrases' lists lack.
var dedicateInf = map[string]map[string]bool{
	"es": wordSet(`tachar descalificar`),
	"pt": wordSet(`tachar desqualificar`),
}

// iberoRulers17 are the words of a ruler the roles lacked ("el gobernante
// venezolano", "o governante angolano").
var iberoRulers17 = map[string][]string{"es": {"gobernante"}, "pt": {"governante"}}

// The word lists of ibero17_emphatic.go.

// iberoEmphatics17 are the emphatic adjectives.
var iberoEmphatics17 = map[string]map[string]bool{
	"es": wordSet(`propio propia propios propias mismo misma`),
	"pt": wordSet(`próprio própria próprios próprias mesmo mesma`),
}

// iberoLocatives17 are the prepositions of place after which a name of
// several words without an office is a place ("en declaraciones a la
// prensa en Buenos Aires, el mandatario …", "em São Paulo"), not a person
// that an office refers back to.
var iberoLocatives17 = map[string]map[string]bool{
	"es": wordSet(`en`),
	"pt": wordSet(`em no na nos nas`),
}

// The word lists of ibero17_givenloser.go.

// givenLoserStems are the words of a loser after "por".
var givenLoserStems = map[string][]string{
	"es": {"derrotad", "vencid"},
	"pt": {"derrotad", "vencid"},
}

// The word lists of ibero17_insist.go.

// insistPhrases are the periphrases, from their verb to the word before
// the infinitive.
var insistPhrases = map[string][]string{
	"pt": {"fez questão de", "fizeram questão de", "faz questão de", "fazem questão de"},
	"es": {"se empeñó en", "se empeñaron en", "se empeña en"},
}

// The word lists of ibero17_office.go.

// iberoPartySuffixes17 end the adjectives of party and leaning that,
// with the demonyms, stand between an office and its holder's name
// ("socialista", "social-democrata", "liberal").
var iberoPartySuffixes17 = []string{"ista", "crata", "al"}

// iberoLangs17 are the languages of describedOffice.
var iberoLangs17 = map[string]bool{"es": true, "pt": true}

// iberoCopulas17 are the finite forms of "ser" and "estar" (and the
// Portuguese "ficar") that follow a subject: after an office they end it
// ("El diputado del Gran Polo Patriótico Freddy Alcalá fue más lejos:"),
// where a lower-case word would otherwise go on as the office's modifier.
var iberoCopulas17 = map[string]map[string]bool{
	"es": wordSet(`fue fueron es son era eran será serán estuvo estuvieron está están estaba estaban`),
	"pt": wordSet(`foi foram é são era eram será serão esteve estiveram está estão estava estavam ficou ficaram`),
}

// iberoInfinitiveAdverbs17 are the adverbs of time and degree a reporter
// puts between a speech verb and the infinitive it governs ("disse já
// estar a trabalhar com o governo", "dijo ya haber hablado con el
// ganador", "afirmou ainda não reconhecer"): the infinitive still opens
// the reported clause.
var iberoInfinitiveAdverbs17 = map[string]map[string]bool{
	"es": wordSet(`ya aún todavía también solo sólo apenas`),
	"pt": wordSet(`já ainda também só apenas`),
}

// The word lists of ibero17_without.go.

// iberoContinueVerbs17 are the verbs of continuing and remaining.
var iberoContinueVerbs17 = map[string]map[string]bool{
	"es": wordSet(`sigue siguen seguía seguían siguió continúa continúan continuaba continuaban continuó permanece permanecen permanecía`),
	"pt": wordSet(`segue seguem seguia seguiam seguiu continua continuam continuava continuavam continuou permanece permanecem permanecia`),
}

// iberoWithout17 are the words of "without", and iberoPromptAfterWithout17
// the words after them that make them "promptly".
var (
	iberoWithout17            = map[string]string{"es": "sin", "pt": "sem"}
	iberoPromptAfterWithout17 = []string{"esperar", "tardar", "dudar", "dudarlo", "demora", "demoras", "vacilar", "rodeos", "titubeos", "hesitar", "hesitação", "rodeios", "pestanejar"}
)

// The word lists of intl.go.

var germanMonths = wordSet(`januar februar märz april mai juni juli august september oktober november dezember`)

// intlHonorifics are dropped from names; intlAbbreviations end with a
// period that does not end a sentence.
var (
	// intlAddressees after a speech verb introduce whom it was said to.
	intlAddressees    = wordSet(`a al à au aux ao aos às`)
	intlHonorifics    = wordSet(`m m. mme mlle sr sra srta señor señora don doña herr frau senhor senhora dona dr господин госпожа`)
	intlAbbreviations = wordSet(`etc ee uu eeuu bzw usw vgl ca nr г гг т д п с им`)
)

// The word lists of intl_agedref13.go.

// positionHeads are offices held by one person of a country or a city at
// a time (president, chancellor, minister, mayor): with an age they still
// name a position, so "le président sortant de 74 ans" after "Le candidat
// de la coalition, X" is someone else, as "le président sortant" is.
var positionHeads = map[string]map[string]bool{
	"fr": wordSet(`président présidente chancelier chancelière ministre premier première roi reine maire gouverneur gouverneure`),
	"de": wordSet(`präsident präsidentin kanzler kanzlerin minister ministerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin`),
	"ru": wordSet(`президент канцлер министр премьер премьер-министр мэр губернатор`),
}

// ageUnits are the words of age after a number, keyed by language code.
var ageUnits = map[string]map[string]bool{
	"fr": wordSet(`ans`),
	"de": wordSet(`jahre jahren`),
	"ru": wordSet(`лет года`),
}

// The word lists of intl_agreement13.go.

// frenchEtre are the forms of "être" a participle agrees after.
var frenchEtre = wordSet(`est sont était étaient été s'est s'était s'étaient sera seront`)

// The word lists of intl_alsocalled13.go.

// alsoWords are the words of "also", keyed by language code.
var alsoWords = map[string]map[string]bool{
	"es": wordSet(`también`),
	"pt": wordSet(`também`),
}

// callPurposes open the purpose of a call of its own ("para hablar de la
// inflación"), keyed by language code.
var callPurposes = map[string]map[string]bool{"es": wordSet(`para`), "pt": wordSet(`para`)}

// The word lists of intl_aside.go.

// asideOpeners are prepositions of time that open such an aside in the
// languages whose stops lack them.
var asideOpeners = wordSet(`dès depuis desde logo ab seit`)

// The word lists of intl_aside15.go.

// gerundEndings are the endings of the adverbial participles that open an
// aside, by language: Spanish and Portuguese gerunds (hablando, falando,
// respondiendo), French participles (commentant), Russian деепричастия
// (выступая, отвечая, комментируя, подчеркнув, отметив).
var gerundEndings = map[string][]string{
	"es": {"ando", "iendo", "yendo"},
	"pt": {"ando", "endo", "indo"},
	"fr": {"ant"},
	"ru": {"ая", "яя", "уя", "юя", "ав", "ев", "ив", "ясь", "вшись"},
}

// The word lists of intl_attribute.go.

// attributeOpeners are the words besides the language's stops that open
// a German extended attribute: prepositions and adverbs of time and
// degree ("seit", "von", "zuvor", "erst", "lange", "kürzlich").
var attributeOpeners = wordSet(`seit von zuvor erst lange kürzlich bereits schon damals einst zweimal mehrfach wegen durch für gegen über unter zum zur`)

// The word lists of intl_avoid12.go.

// judgingVerbs are the languages' verbs of judging (lexicon_es.go,
// lexicon_pt.go).
var judgingVerbs = map[string]map[string]bool{"es": spanishJudging, "pt": portugueseJudging}

// The word lists of intl_bodyname.go.

// bodyNouns are the nouns that open the name of a body, per language.
var bodyNouns = map[string]map[string]bool{
	"es": wordSet(`consejo tribunal comisión ministerio gobierno cancillería departamento casa palacio
		organización unión partido corte jurado junta instituto servicio congreso senado cámara
		oficina secretaría misión comité frente alianza coalición movimiento`),
	"pt": wordSet(`conselho tribunal comissão ministério governo departamento casa palácio organização
		união partido supremo junta instituto serviço congresso senado câmara gabinete secretaria
		missão comitê comité frente aliança coligação movimento`),
}

// The word lists of intl_call.go.

var deCalls = wordSet(`rief riefen`)

// esCalls are the Spanish verbs of a phone call.
var esCalls = wordSet(`llamó llamaron telefoneó telefonearon`)

// The word lists of intl_cleft.go.

// deCleftVerbs are the copulas of a German cleft, before "es".
var deCleftVerbs = wordSet(`war ist waren sind`)

// The word lists of intl_colontitle.go.

// colonTitleLangs are the languages read so.
var colonTitleLangs = map[string]bool{"es": true, "pt": true}

// The word lists of intl_commentator.go.

// ageWords are the words of years after a person's age.
var ageWords = wordSet(`ans años anos jahre jahren лет года год`)

// elisions are the elided words that open a French word ("l'", "d'").
var elisions = []string{"l'", "l’", "d'", "d’"}

// The word lists of intl_complementof.go.

// complementJoins are the joining words read so, per language.
var complementJoins = map[string]map[string]bool{
	"es": wordSet(`de del`),
	"pt": wordSet(`de`),
}

// The word lists of intl_concedeact13.go.

// givesUp are the verbs of giving in the idiom of giving up, and lostWords
// the stems of the participles after "por".
var (
	givesUp   = map[string]map[string]bool{"es": wordSet(`dio dieron da dan`), "pt": wordSet(`deu deram dá dão deu-se deram-se`)}
	lostWords = []string{"perdid", "vencid", "derrotad"}
)

// givenUpStems open the nouns of a contest given up besides the
// language's words of the election (topicStems): "dio por perdida la
// contienda", "deu por perdida a disputa".
var givenUpStems = map[string][]string{
	"es": {"contiend", "batalla", "carrera", "disputa", "pugna", "lucha", "partida", "causa", "segunda", "presidencia"},
	"pt": {"disputa", "batalha", "corrida", "luta", "pleito", "partida", "causa", "segunda", "presidência"},
}

// The word lists of intl_condemnact.go, which held nothing else.

// condemningActs are the languages whose reported acts of speaking are
// read for a condemnation of the vote as reported speech is (condemnRun):
// Spanish and Portuguese reporters tell a reaction as an act of speaking
// with the accusation as its object ("habló de un fraude en las mesas",
// "falou num «golpe de secretaria»", "denunció un fraude de principio a
// fin"), which the verb rule has no verdict on and the models read by
// their other words. An act the verb rule has labelled is left alone.
// Russian, French and German reporters do the same ("назвал подсчёт
// «откровенной фальсификацией»", "a qualifié le scrutin de « mascarade »",
// "sprach von einer „Farce“"; added in the twelfth session).
var condemningActs = map[string]bool{"es": true, "pt": true, "ru": true, "fr": true, "de": true}

// The word lists of intl_correlative14.go.

var correlativePairs = map[string][]correlativePair{
	"es": {{"tanto", []string{"como"}, "y"}},
	"pt": {{"tanto", []string{"como"}, "e"}, {"tanto", []string{"quanto"}, "e"}},
	"fr": {{"tant", []string{"que"}, "et"}},
	"de": {{"sowohl", []string{"als", "auch"}, "und"}},
	"ru": {{"как", []string{",", "так", "и"}, "и"}, {"как", []string{"так", "и"}, "и"}},
}

// The word lists of intl_demonym.go.

// frContracted are the French articles fused with a preposition, definite
// like le and les.
var frContracted = wordSet(`du des au aux`)

// frDemonyms are French nationality nouns that the suffix test misses.
var frDemonyms = wordSet(`
	russe russes turc turque turcs grec grecque grecs belge belges suisse suisses
	allemand allemande britannique espagnol espagnole kosovar mongol nicaraguayen
	serbe serbes croate croates tchèque tchèques slovaque slovaques slovène
	slovènes bulgare bulgares hongrois hongroise polonais polonaise danois
	danoise finlandais finlandaise suédois suédoise norvégien norvégienne
	arabe arabes kényan kényane ivoirien ivoirienne égyptien égyptienne
	chypriote chypriotes kirghiz kazakh ouzbek tadjik turkmène azéri azerbaïdjanais
	géorgien géorgienne arménien arménienne biélorusse biélorusses ukrainien
	ukrainienne moldave moldaves estonien letton lituanien malgache malgaches
	comorien burkinabè burkinabé bissau-guinéen équato-guinéen congolais togolais
	béninois malien malienne nigérien nigérian sénégalais gabonais tchadien
	camerounais mauritanien mauritanienne rwandais burundais angolais
	zimbabwéen zambien namibien botswanais mozambicain somalien soudanais
	libyen tunisien algérien marocain saoudien qatari qatarien émirati
	iranien irakien syrien libanais jordanien israélien palestinien yéménite
	indien pakistanais afghan chinois japonais coréen vietnamien thaïlandais
	cambodgien birman indonésien philippin australien néo-zélandais
	canadien américain mexicain cubain vénézuélien colombien péruvien
	chilien argentin brésilien bolivien équatorien uruguayen paraguayen`)

// deCountryGenitives are country genitives the endings miss.
var deCountryGenitives = wordSet(`polens ungarns chinas irans iraks israels japans kubas perus chiles
	kenias venezuelas mexikos marokkos kanadas lettlands litauens estlands tschechiens`)

// The word lists of intl_documentque13.go.

// documentRelativeQue are the languages whose bare "que" opens a
// document's relative clause.
var documentRelativeQue = wordSet(`es pt`)

// issuingVerbs are the verbs of putting a document out that a bare "que"
// needs before the document: one received, read or criticised ("O
// jornalista X recebeu uma nota que pede …", "leyó un comunicado que
// exige …") is another's, whose issuer the sentence does not name.
var issuingVerbs = map[string]map[string]bool{
	"es": wordSet(`emitió emitieron emite publicó publicaron publica difundió difundieron difunde divulgó divulgaron
		envió enviaron remitió remitieron firmó firmaron suscribió suscribieron presentó presentaron redactó lanzó`),
	"pt": wordSet(`emitiu emitiram emite publicou publicaram publica divulgou divulgaram divulga difundiu difundiram
		enviou enviaram remeteu assinou assinaram subscreveu subscreveram apresentou apresentaram redigiu lançou`),
}

// The word lists of intl_dosame.go.

// doSame are, per language, the verbs "do" and the phrases for "the
// same" that may follow them.
var doSame = map[string]struct {
	verbs   map[string]bool
	phrases []string
}{
	"es": {wordSet(`hizo hicieron hace hacen`), []string{"lo propio", "lo mismo"}},
	"pt": {wordSet(`fez fizeram faz fazem`), []string{"o mesmo"}},
	"fr": {wordSet(`fait`), []string{"de même", "pareil", "autant"}},
	"de": {wordSet(`tat taten`), []string{"dasselbe", "das gleiche", "es ihm gleich", "es ihr gleich"}},
	"ru": {wordSet(`сделал сделала сделали`), []string{"то же самое", "то же"}},
}

// The word lists of intl_droppedact12.go.

// droppedActLangs are the languages read so; pluralVerbEnds end their
// verbs of the third person plural, whose subject is not the one person
// just named.
var (
	droppedActLangs = wordSet(`es pt`)
	pluralVerbEnds  = map[string][]string{"es": {"ron", "an", "en"}, "pt": {"ram", "am", "em"}}
)

// The word lists of intl_enclitic.go.

// ptEnclitics are the pronouns that follow a Portuguese verb after a
// hyphen.
var ptEnclitics = wordSet(`a o as os lhe lhes se me te nos vos la lo las los`)

// The word lists of intl_fallback.go.

// prepRelatives follow a preposition at the head of a relative clause
// ("en el cual", "no qual", "auquel", "dans lequel").
var prepRelatives = wordSet(`cual cuales qual quais lequel laquelle lesquels lesquelles auquel auxquels duquel`)

// possessiveRelatives open a relative clause about the name before them
// ("X, cuyo partido …", "X, чью победу …").
var possessiveRelatives = wordSet(`cuyo cuya cuyos cuyas cujo cuja cujos cujas dont dessen deren
	чей чья чьё чьи чью чьего чьей чьим чьих`)

// The word lists of intl_final.go.

var finalDecl = map[string]finalList{
	"es": {
		results: []string{"resultado", "cifra", "cómputo", "escrutinio", "conteo", "diferencia", "victoria", "triunfo", "proclamaci"},
		be:      wordSet(`es son fue fueron está están`),
		finals:  []string{"definitiv", "irreversible", "inapelable", "firme", "incuestionable", "inobjetable"},
		holds:   wordSet(`no ni nunca si cuando hasta aún todavía mientras antes sin tampoco`),
	},
	"pt": {
		results: []string{"resultado", "número", "apuraç", "contagem", "diferença", "vitória", "triunfo", "proclamaç"},
		be:      wordSet(`é são foi foram está estão`),
		finals:  []string{"definitiv", "irreversív", "inapelável", "incontestáve", "inquestionáve", "firme"},
		holds:   wordSet(`não nem nunca se quando até ainda enquanto antes sem tampouco`),
	},
}

// The word lists of intl_first.go, which held nothing else; what they are for:
//
// Among the first to react: "X foi dos primeiros a escrever nas redes
// sociais, falando numa “vitória do povo”", "fue de los primeros en
// reaccionar", "a été parmi les premiers à réagir". firstToRecognise
// takes a recognition after the word for "first"; a reaction or a
// message written is as much the act, whose text then says its stance.

// firstReactions are the infinitives of reacting and writing, in the
// languages of lexicons.
var firstReactions = wordSet(`
	escrever reagir pronunciar-se manifestar-se
	escribir reaccionar pronunciarse manifestarse
	réagir écrire saluer
	reagieren schreiben begrüßen
	отреагировать откликнуться приветствовать`)

// limitVerbs say someone did no more than what the infinitive after them
// tells ("se limitó a saludar a los mexicanos", "limitou-se a exigir"):
// reflexive, but an act when no clause follows, unlike "äußerte sich" or
// "no se ha manifestado", whose reflexive makes them speech.
var limitVerbs = wordSet(`limitó limitaron limitou-se limitaram-se`)

// The word lists of intl_infclause.go.

// infClauseLangs are the languages read so, with their infinitive
// endings.
var infClauseLangs = map[string][]string{"es": {"ar", "er", "ir"}, "pt": {"ar", "er", "ir", "or"}, "fr": {"er", "ir", "re"}} // fr: rom32_infinitive.go

// The word lists of intl_institution.go.

// institutionHeads are the heads of such offices, per language.
var institutionHeads = map[string]map[string]bool{
	"fr": wordSet(`département ministère gouvernement`),
}

// frInstitutionNouns are the capitalised nouns that open the name of a
// French institution whose name goes on with a lower-case adjective
// (frInstitutionAdjectives): "l'Union européenne", "la Commission
// africaine", "les Nations unies", "la Cour constitutionnelle".
var frInstitutionNouns = wordSet(`union commission parlement conseil cour assemblée banque nations organisation communauté
	parti front rassemblement mouvement coalition alliance congrès`)

var frInstitutionAdjectives = wordSet(`européenne européen africaine africain unies
	constitutionnelle constitutionnel nationale national mondiale internationale
	international électorale électoral suprême économique
	socialiste socialistes démocratique démocrate démocrates populaire républicain républicaine
	patriotique progressiste écologiste communiste libéral libérale`)

// The word lists of intl_invertedes13.go.

// esObjectMarks are the words that mark a Spanish person object.
var esObjectMarks = wordSet(`a al`)

// The word lists of intl_invite13.go.

// inviteVerbs are the forms of "inviter" read so, keyed by language code;
// inviteTo is the preposition before the infinitive and infinitiveEnds
// the endings of the infinitive.
var (
	inviteVerbs    = map[string]map[string]bool{"fr": wordSet(`invité invitée invite invitent invitait invitaient`)}
	inviteTo       = map[string]string{"fr": "à"}
	infinitiveEnds = map[string][]string{"fr": {"er", "ir", "re", "oir"}}
)

// The word lists of intl_joint12.go.

// jointLexicon holds the languages' jointWords. Russian is left out: the
// partner after "с" is in the instrumental ("с послом Иваром Каском"),
// which nominative does not undo.
var jointLexicon = map[string]jointWords{"de": germanJoint, "fr": frenchJoint}

// The word lists of intl_judged13.go.

// judgedVerbs are the verbs of judging of each language (lexicon_es.go,
// lexicon_pt.go).
var judgedVerbs = map[string]map[string]bool{"es": spanishJudged, "pt": portugueseJudged}

// judgedAttributivePreps are prepositions that, right after the word
// read as the predicate, show it to be an adjective of the object with
// the verb's complement following ("estimó la participación electoral en
// un 60 por ciento", "avaliou a situação política com os ministros"): a
// predicate ends the clause or is joined to another ("transparentes e
// credíveis"). A vote praised before such a complement is still read by
// the praise rule (intl_praised12.go).
var judgedAttributivePreps = map[string]map[string]bool{
	"es": wordSet(`con en sobre para durante ante tras`),
	"pt": wordSet(`com em na no nas nos sobre para durante perante após`),
}

// The word lists of intl_letsay.go.

// deVia are the German prepositions that name the channel of a message.
var deVia = wordSet(`über durch`)

// deSourcePost are German postpositions that close a source named between
// a speech verb and its clause ("sagte der Agentur Interfax zufolge, …",
// "sagte laut Interfax, …" is a preposition and needs none).
var deSourcePost = wordSet(`zufolge`)

// The word lists of intl_longtitle.go.

// longTitleLangs are the languages whose reports this file reads.
var longTitleLangs = wordSet(`fr de ru`)

var nicknameWords = wordSet(`dit dite alias genannt`)

// The word lists of intl_longtitle_ibero.go.

// iberoTitleLangs are the languages read so; longTitleMax is how many
// tokens the title may have.
var iberoTitleLangs = map[string]bool{"es": true, "pt": true}

// participleEnds end the participles that open a description between
// commas inside a long title ("reelegido", "elegida", "reeleito").
var participleEnds = []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "eito", "eita"}

// The word lists of intl_manipulated13.go.

// weakCondemnStems are the condemning stems that need a word of the
// election near them, keyed by language code (lexicon_process.go).
var weakCondemnStems = map[string][]string{
	"es": {"manipulad", "ilegal"},
	"pt": {"manipulad", "adulterad", "ilegal"},
}

// The word lists of intl_namelist.go.

// nameListLangs are the languages whose reports this file reads.
var nameListLangs = wordSet(`fr de ru`)

// The word lists of intl_noting12.go.

// notingPhrases are the phrases of taking note, by language.
var notingPhrases = map[string][]string{
	"fr": {"prend acte", "prennent acte", "prenait acte", "prenaient acte", "pris acte", "prise acte", "prendre acte", "prendra acte"},
	"de": {"zur kenntnis"},
	"ru": {"к сведению"},
}

// notedResults are the words of the vote and its result that what is
// taken note of must hold (notesResult), by language: word stems in
// French and Russian, word endings in German, whose compounds end in
// their head ("Präsidentenwahl", "Wahlergebnis"; not "Wahlbeobachter").
var notedResults = map[string][]string{
	"fr": {"résultat", "proclam", "victoire", "élection", "réélection", "scrutin", "vote", "dépouillement", "décompte", "chiffres", "verdict"},
	"de": {"wahl", "ergebnis", "ergebnisse", "ergebnissen", "sieg", "wiederwahl", "abstimmung", "auszählung", "resultat", "resultate", "wahlausgang", "verkündung"},
	"ru": {"итог", "результат", "выбор", "побед", "переизбран", "избрани", "голосовани", "подсчёт", "подсчет"},
}

// The word lists of intl_ownpartaux.go.

var ownPartLangs = wordSet(`fr de ru`)

var (
	frDenounce        = wordSet(`dénoncé dénonce dénoncent dénonçait`)
	frDenounceObjects = wordSet(`des la le les l' ces cette ce un une de d'`)
)

// The word lists of intl_ownvote.go.

// ownVoteStems are the stems of voting, per language (fr, de, ru; es and
// pt for reported remarks only, lexicon_ibero14.go).
var ownVoteStems = map[string][]string{
	"es": {"vot", "urna"},
	"pt": {"vot", "urna"},
	"de": {"wahl", "wähl", "gewählt", "stimm"},
	"fr": {"vot", "urne", "scrutin", "élect"},
	"ru": {"голос", "избира", "выбор", "участ"},
}

// ownVoteFirst are the first-person pronouns, per language.
var ownVoteFirst = map[string]map[string]bool{
	"de": wordSet(`ich wir mein meine meinen meinem meiner`),
	"fr": wordSet(`je j' j’ moi nous mon ma mes`),
	"ru": wordSet(`я мы мой моя моё мое мои меня`),
}

// The word lists of intl_pairapposition.go.

// pairAppositionLangs are the languages read so.
var pairAppositionLangs = map[string]bool{"es": true, "pt": true}

// The word lists of intl_participle_pt.go.

// ptPerfectParticiples are the participles of Portuguese stance verbs.
var ptPerfectParticiples = wordSet(`classificado rejeitado contestado condenado criticado`)

// ptPerfectAux are the auxiliaries of the Portuguese compound tenses.
var ptPerfectAux = wordSet(`tinha tinham tem têm havia haviam teria teriam`)

// The word lists of intl_participleopen12.go.

// participleLinks join an opening participle to what was asked
// ("Preguntado sobre", "Questionada sobre").
var participleLinks = wordSet(`sobre acerca`)

// The word lists of intl_perfectlist13.go.

// germanSeparable are the separable prefixes before "ge" in a participle
// ("angerufen", "aufgefordert", "zugesagt").
var germanSeparable = []string{"an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "hervor", "hin", "her"}

var obliqueArticlesDe = wordSet(`den dem einen einem ihn ihm`)

// The word lists of intl_phrase.go.

// intlCapParticles are the articles French names carry ("Le Pen", "La
// Fontaine", "Du Bellay").
var intlCapParticles = wordSet(`le la du`)

// foreignParticles are particles of Romance names that are no German
// words ("Luiz Inácio Lula da Silva"): in German they join a name after
// any number of its words, where "von der" may open a complement.
var foreignParticles = wordSet(`da de do dos del di du`)

// intlNameParticles join the words of a name; "der" and "дер" only after
// "van", "von" or "фон" (see nameParticleAt: a particle must be followed
// by a capitalised word, so "Merz von der CDU" is read with the
// abbreviation left out). "bin", "ibn", "ben" and "бин" join Arabic names
// ("Tamim bin Hamad Al Thani", "Mohammed ben Salmane"), whose subject
// was otherwise cut to the words after the particle.
var intlNameParticles = wordSet(`de da do dos das del di du van von фон дер der bin ibn bint ben бин ибн`)

// The word lists of intl_placeopen13.go.

// placeOpeners are the prepositions of place that open a sentence, keyed
// by language code.
var placeOpeners = map[string]map[string]bool{
	"fr": wordSet(`à au aux en dans depuis`),
	"de": wordSet(`in im aus nach`),
	"ru": wordSet(`в во на из`),
	"es": wordSet(`en desde`),               // "Desde Buenos Aires, el presidente electo X, …"
	"pt": wordSet(`em no na nos nas desde`), // "Em Lisboa, o deputado X, …"
}

// The word lists of intl_placeprep.go.

// placePreps are the prepositions of place fused with an article, and
// barePlacePreps the bare ones, keyed by language code.
var (
	placePreps     = map[string]map[string]bool{"pt": wordSet(`na no nas nos`)}
	barePlacePreps = map[string]map[string]bool{"es": wordSet(`en`), "pt": wordSet(`em`)}
)

// The word lists of intl_postposed16.go.

// congratStems open the verbs of congratulating, which make a whole act
// without an object ("Auch Karl Mena gratulierte.", "También X felicitó.").
var congratStems = map[string][]string{
	"de": {"gratul", "beglückwünsch"},
	"es": {"felicit"},
	"pt": {"felicit", "parabeniz", "cumpriment"},
	"fr": {"félicit"},
	"ru": {"поздрав"},
}

// The word lists of intl_praised12.go.

// praisedLexicon holds the languages' praiseWords.
var praisedLexicon = map[string]praiseWords{"de": germanPraised, "fr": frenchPraised, "ru": russianPraised,
	"es": spanishPraised, "pt": portuguesePraised}

// The word lists of intl_promise16.go.

// promiseVerbs take an infinitive of acting (promiseInf), after one of
// promisePreps when the language has any, and a negation may come between
// ("prometió no reconocer", "пообещал не признавать").
var (
	promiseVerbs = map[string]map[string]bool{
		"es": wordSet(`prometió prometieron promete prometen juró juraron amenazó amenazaron amenaza amenazan decidió decidieron`),
		"pt": wordSet(`prometeu prometeram promete prometem jurou juraram ameaçou ameaçaram ameaça ameaçam decidiu decidiram`),
		"fr": wordSet(`promis juré menacé décidé promet promettent menace menacent`),
		"ru": wordSet(`пообещал пообещала пообещали обещал обещала обещали пригрозил пригрозила пригрозили поклялся поклялась решил решила решили`),
	}
	promisePreps = map[string]map[string]bool{
		"es": wordSet(`con`),
		"pt": wordSet(`com`),
		"fr": wordSet(`de d'`),
	}
	promiseInf = map[string]map[string]bool{
		"es": wordSet(`impugnar recurrir desconocer rechazar reconocer aceptar felicitar denunciar anular`),
		"pt": wordSet(`contestar impugnar recorrer reconhecer aceitar rejeitar felicitar denunciar anular`),
		"fr": wordSet(`contester reconnaître accepter rejeter féliciter dénoncer saisir annuler`),
		"ru": wordSet(`оспорить обжаловать признать признавать отвергнуть поздравить отменить`),
	}
)

// The word lists of intl_qualify13.go.

// qualifyVerbs are the forms of "qualificar" among the stance verbs
// (lexicon_pt.go).
var qualifyVerbs = map[string]map[string]bool{"pt": wordSet(`qualificou qualificaram qualifica`)}

// The word lists of intl_reported.go.

// timeUnits are the words of units of time of the languages of lexicons.
var timeUnits = wordSet(`minutos horas días dias semanas minutes heures jours semaines
	minuten stunden tage tagen wochen минут минуты часов часа часы дней дня недель`)

var germanSubordinators = wordSet(`als nachdem weil wenn obwohl während da bevor seit seitdem`)

// The word lists of intl_rivalclaim.go.

// claimWins are the verbs of winning and the subject pronouns, per
// language.
var (
	claimWins = map[string]map[string]bool{
		"fr": wordSet(`gagné remporté gagne remporte vainqueur`),
		"de": wordSet(`gewonnen gewinne gewann sieger siegerin`),
		"ru": wordSet(`победил победила выиграл выиграла победитель`),
	}
	claimPronouns = map[string]map[string]bool{
		"fr": wordSet(`il elle qu'il qu'elle qu’il qu’elle`),
		"de": wordSet(`er sie`),
		"ru": wordSet(`он она`),
	}
)

// The word lists of intl_rivalelect.go.

// electedWords are, per language, the words for the elected or the winner.
var electedWords = map[string]map[string]bool{
	"es": wordSet(`electo electa ganador ganadora vencedor vencedora triunfador triunfadora`),
	"pt": wordSet(`eleito eleita vencedor vencedora ganhador ganhadora`),
}

// The word lists of intl_secondsaying.go.

// secondSayingLangs are the languages read so: French, German and
// Russian join the same construction ("X a qualifié le scrutin de « … »
// et estimé qu'…", "X поздравил … и заявил, что …") since the
// thirteenth session.
var secondSayingLangs = map[string]bool{"es": true, "pt": true, "fr": true, "de": true, "ru": true}

// The word lists of intl_side.go.

var sideLexicons = map[string]*sideLexicon{
	"es": &spanishSide, "pt": &portugueseSide, "fr": &frenchSide, "de": &germanSide, "ru": &russianSide,
}

// The word lists of intl_signatory.go.

// signatories are, per language, the participles of signing and the
// prepositions of their agent.
var signatories = map[string]struct{ signed, by map[string]bool }{
	"es": {wordSet(`firmado firmada firmados firmadas suscrito suscrita suscritos suscritas rubricado rubricada`),
		wordSet(`por`)},
	"pt": {wordSet(`assinado assinada assinados assinadas subscrito subscrita subscritos subscritas`),
		wordSet(`por pelo pela pelos pelas`)},
}

// The word lists of intl_speakingact.go.

// speakingActVerbs open an act of speaking, per language: besides the
// verbs of talking, the acts of speech the lexicons read as acts (a
// denunciation, an accusation, a reproach, a demand, a call, a naming, a
// rejection: "X призывает граждан сделать прививку" is off the result).
var speakingActVerbs = map[string]map[string]bool{
	"fr": wordSet(`évoque évoqué évoquait évoquant évoquent évoquaient parle parlé parlait parlant parlent mentionné mentionne abordé aborde
		dénoncé dénonce dénonçait`),
	"de": wordSet(`sprach spricht sprachen sprechen redete`),
	"ru": wordSet(`говорил говорила говорили говорит говорят упомянул упомянула
		обвинил обвинила обвинили упрекнул упрекнула упрекнули требует требовал требовала
		призывает призывал призывала называет называл называла отвергает отвергал отвергала`),
}

// speakingActLead are the words an act's text may open with before its
// verb (auxiliaries, negations, adverbs, clitics).
var speakingActLead = wordSet(`a ont avait avaient n'a n'avait ne n' pas aussi également lui hat hatte auch также тоже`)

// The word lists of intl_subjunctive.go.

// subjunctivePronouns are the German pronouns of one person that a
// subjunctive after them marks as reported ("er freue", "sie sei").
var subjunctivePronouns = wordSet(`er sie`)

// intlSubjunctiveNot are words after "er" or "sie" that end in -e but
// are no verbs ("er selbst" aside, "sie alle", "er gerne").
var intlSubjunctiveNot = wordSet(`alle beide gerne ebenfalls heute gestern bitte`)

// The word lists of intl_subjunctivecont13.go.

// reportedSubjunctives are the German verbs of the third person that only
// the subjunctive of reported speech has.
var reportedSubjunctives = wordSet(`sei seien könne müsse wolle solle dürfe möge habe werde`)

// sourceWordsDe attribute a German sentence to a source ("laut", "zufolge",
// "nach Angaben", "nach Ansicht", "nach Einschätzung"); backPronounsDe
// before them refer back to the last speaker.
var (
	sourceWordsDe  = wordSet(`laut zufolge angaben ansicht auffassung einschätzung darstellung`)
	backPronounsDe = wordSet(`ihm ihr ihnen seiner ihrer seinen ihren`)
)

// firstPersonDe are the German pronouns of the first person, whose
// "habe" and "werde" are indicative; subordinatorsDe open a clause whose
// subjunctive is not the sentence's own.
var (
	firstPersonDe   = wordSet(`ich wir`)
	subordinatorsDe = wordSet(`ob wenn weil als da obwohl nachdem bevor damit falls sodass`)
)

// The word lists of intl_surname.go.

// A Russian surname alone opening a sentence. Russian often opens a
// sentence with the object ("Поздравления также направили …"), so a
// single capitalised word that opens the sentence, is not known as a name
// and has no office is not taken for the subject (openingNoun). A word
// with the ending of a Russian, Ukrainian, Belarusian, Georgian or
// Armenian surname ("Петров заявил, что …", "Турчинов, который …,
// предупреждал", "Мукучян сообщил") is a person's name all the same:
// reports name people by the surname alone once they are introduced, in
// an interview's answer or a quotation the rules do not read as
// mentions, and no common noun that opens a sentence before its verb ends
// so (the object nouns that open sentences are plural: "Поздравления",
// "Телеграммы").
var ruSurnameEndings = []string{
	"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына",
	"ский", "цкий", "ская", "цкая", "енко", "чук", "юк", "вич",
	"дзе", "швили", "ян",
}

// The word lists of intl_thanks13.go.

// thanksVerbs are the verbs of thanking, and thanksObjects the stems of
// what a candidate thanks for besides the language's congratStems, keyed
// by language code.
var (
	thanksVerbs = map[string]map[string]bool{
		"es": wordSet(`agradeció agradecieron agradece agradecen`),
		"pt": wordSet(`agradeceu agradeceram agradece agradecem`),
	}
	thanksObjects = map[string][]string{
		"es": {"confianza", "apoyo", "voto", "respaldo"},
		"pt": {"confiança", "apoio", "voto"},
	}
	// thanksMessages are the stems of messages, which a singer or a
	// player thanks for as much as a candidate: like support, they are an
	// act only from the voters, leaders or a people, or when their giver
	// is not named ("agradeció los mensajes recibidos"; not "los
	// mensajes de cariño tras su lesión", "as mensagens dos fãs").
	thanksMessages = map[string][]string{
		"es": {"mensaje", "saludo", "telegrama"},
		"pt": {"mensage", "telegrama"},
	}
	// thanksGivers are the stems of those whose support or confidence a
	// candidate thanks for after a vote (thanksGiverVoters).
	thanksGivers = map[string][]string{
		"es": {"elector", "votante", "pueblo", "ciudadan", "militant", "simpatizant", "partidari", "seguidor", "compatriota", "aliad", "partido", "naci", "país", "pais", "todos",
			"líder", "lider", "jef", "president", "mandatari", "gobiern", "dirigent", "homólog", "países", "gobernant"},
		"pt": {"eleitor", "votante", "povo", "cidad", "militant", "simpatizant", "apoiant", "seguidor", "compatriota", "aliad", "partido", "naç", "país", "pais", "todos",
			"líder", "lider", "chef", "president", "mandatári", "govern", "dirigent", "homólog", "países"},
	}
	// thanksDemonymEnds end a people's name in the plural ("angolanos",
	// "portugueses", "brasileños", "argentinos", "brasileiros").
	thanksDemonymEnds = []string{"anos", "anas", "eses", "esas", "eños", "eñas", "inos", "inas", "eiros", "eiras", "enses"}
)

// The word lists of intl_verbfirst13.go, which held nothing else; what they are for:
//
// A sentence that opens with a stance verb, its subject dropped or after
// it, and a name as its object: "Felicitou Ivo Kask pela vitória",
// "Felicitó a Ivo Kask el martes". The capitalised verb was read as the
// first word of a name ("Felicitou Ivo Kask" became a speaker), as a
// speech verb never is (classify). In Spanish and Portuguese, where the
// subject is dropped or follows the verb, a stance verb opening the
// sentence is no part of a name.

// verbFirstLangs are the languages whose sentences open with a stance
// verb.
var verbFirstLangs = wordSet(`es pt`)

// The word lists of lab22ml_indefinite.go.

// lab22mlIndefinites are the indefinite articles that may open the body of
// a post, per language; Russian, which has none, says "одной из" ("one of
// the …"), read in lab22mlIndefiniteAt.
var lab22mlIndefinites = map[string]map[string]bool{
	"es": wordSet(`un una`),
	"pt": wordSet(`um uma`),
	"fr": wordSet(`un une`),
	"de": wordSet(`eines einer`),
	"ru": wordSet(`одной одного одним одном`),
}

// lab22mlContracted are prepositions fused with an indefinite article
// ("duma associação", "d'une coopérative").
var lab22mlContracted = map[string]map[string]bool{
	"pt": wordSet(`dum duma`),
	"fr": wordSet(`d'un d'une d’un d’une`),
}

// lab22mlPoliticalBodies are the stems of bodies of politics, whose posts
// stay offices after an indefinite article.
var lab22mlPoliticalBodies = map[string][]string{
	"es": {"país", "partid", "estado", "gobiern", "minister", "parlament", "comisi", "coalici", "movimiento", "frente", "bancada"},
	"pt": {"país", "partid", "estado", "govern", "minist", "parlament", "comiss", "coligaç", "coalizão", "moviment", "frente", "bancada"},
	"fr": {"pays", "parti", "état", "etat", "gouvern", "minist", "parlement", "commission", "coalition", "mouvement", "front", "groupe parlementaire"},
	"de": {"land", "länder", "staat", "partei", "regierung", "ministeri", "parlament", "kommission", "koalition", "bewegung", "fraktion", "bundesland"},
	"ru": {"стран", "парти", "государств", "правительств", "министерств", "парламент", "комисс", "коалиц", "движени", "фракци", "республик"},
}

// lab22mlHeads are heads of a body that are neither offices nor
// occupations in the lists ("responsable d'une association",
// "responsável de uma empresa"): read as posts only here.
var lab22mlHeads = wordSet(`responsable responsables responsável responsáveis`)

// The word lists of lab22ml_lexicon.go.

// lab22mlOccupations are occupations the lists lacked: a staff member of
// an institute, a firm or a university ("сотрудник Института Латинской
// Америки", "научная сотрудница"), who holds no office. A remark of theirs
// with a word of the election stays on the result (offTopicSpeakers).
var lab22mlOccupations = map[string][]string{
	"ru": {"сотрудник", "сотрудница"},
}

// lab22mlCondemnStems are words of a usurped office the condemnation
// lists lacked: "назвал избрание «узурпацией»", "«самозваный президент»",
// "un usurpateur", "una usurpación", "Usurpator".
var lab22mlCondemnStems = map[string][]string{
	"ru": {"узурпац", "узурпатор", "самозван"},
	"es": {"usurpa"},
	"pt": {"usurpa"},
	"fr": {"usurpat"},
	"de": {"usurpat"},
}

// The word lists of lab22ml_people.go.

// lab22mlTurnoutStems begin the words of the turnout and the calm of a
// vote, per language.
var lab22mlTurnoutStems = map[string][]string{
	"es": {"participación", "afluencia", "civismo", "concurrencia"},
	"pt": {"participação", "afluência", "civismo", "comparência"},
	"fr": {"participation", "mobilisation", "civisme", "affluence"},
	"de": {"wahlbeteiligung", "beteiligung"},
	"ru": {"явк", "активност"},
}

// lab22mlVictoryStems begin the words of the winner and the victory that,
// between the congratulation and the turnout, make it the winner's.
var lab22mlVictoryStems = map[string][]string{
	"es": {"ganad", "vencedor", "victori", "triunf", "presidente", "president", "reelect", "elegid"},
	"pt": {"vencedor", "vitória", "triunf", "presidente", "president", "reeleit"},
	"fr": {"vainqu", "victoire", "triomphe", "président", "élu", "réélu", "gagnant"},
	"de": {"sieg", "gewinner", "präsident", "gewählt", "wahlsieg", "kanzler"},
	"ru": {"победител", "побед", "президент", "избран", "переизбран"},
}

// lab22mlCongratStems begin the verbs and nouns of congratulation, per
// language (congratStems lacks the past "felicitó", "felicitou").
var lab22mlCongratStems = map[string][]string{
	"es": {"felicit", "enhorabuena"},
	"pt": {"felicit", "parabeniz", "parabén", "cumpriment"},
	"fr": {"félicit"},
	"de": {"gratul", "glückw"},
	"ru": {"поздрав"},
}

// The word lists of lab22ml_whoever.go.

// lab22mlWhoever are the phrases of an unnamed next leader, per language,
// as sequences of actionWords.
var lab22mlWhoever = map[string][][]string{
	"de": {{"wer", "immer"}, {"wer", "auch", "immer"}, {"egal", "wer"}, {"gleich", "wer"}, {"wer", "es", "auch", "wird"}},
	"es": {{"quienquiera", "que"}, {"quien", "quiera", "que"}, {"sea", "quien", "sea"}, {"sea", "quien", "fuere"}, {"gane", "quien", "gane"}},
	"pt": {{"seja", "quem", "for"}, {"quem", "quer", "que"}, {"ganhe", "quem", "ganhar"}, {"vença", "quem", "vencer"}},
	"fr": {{"quel", "qu'il", "soit"}, {"quel", "qu’il", "soit"}, {"quelle", "qu'elle", "soit"}, {"quelle", "qu’elle", "soit"}, {"qui", "que", "ce", "soit"}, {"quel", "que", "soit", "le", "vainqueur"}, {"quel", "que", "soit", "le", "gagnant"}},
	"ru": {{"кто", "бы", "ни"}, {"кем", "бы", "ни"}, {"кто", "бы", "то", "ни"}, {"кого", "бы", "ни"}, {"независимо", "от", "того", "кто"}},
}

// lab22mlWhoeverNot are the words that make a phrase of lab22mlWhoever
// something else after it: "wer immer noch glaubt" (who still believes).
var lab22mlWhoeverNot = map[string]map[string]bool{
	"de": wordSet(`noch wieder mehr`),
}

// lab22mlRuWho are the Russian forms of "who" that open "кто бы … ни".
var lab22mlRuWho = wordSet(`кто кем кого кому`)

// lab22mlWho are the words that open a clause of "who" without a head
// ("wer das Amt übernimmt", "quien gane", "quem vencer", "celui qui
// l'emportera", "кто победит"), per language; lab22mlWinVerbs are the
// verbs of winning or taking office still to come that must follow within
// four words. A past verb ("quien ganó", "кто победил") names a winner.
var lab22mlWho = map[string]map[string]bool{
	"de": wordSet(`wer`),
	"es": wordSet(`quien quienes`),
	"pt": wordSet(`quem`),
	"fr": wordSet(`quiconque qui`),
	"ru": wordSet(`кто`),
}

var lab22mlWinVerbs = map[string]map[string]bool{
	"de": wordSet(`gewinnt gewinne siegt siege übernimmt übernehme regiert regiere anführt anführe`),
	"es": wordSet(`gane ganen resulte resulten triunfe asuma gobierne`),
	"pt": wordSet(`vencer ganhar vença ganhe assumir governar`),
	"fr": wordSet(`l'emportera l’emportera gagnera remportera succédera`),
	"ru": wordSet(`победит станет займёт займет возглавит`),
}

// The word lists of lab26en_otherclause.go.

// lab26enOtherOpeners open a clause of simultaneous or contrasting time
// whose subject may be another actor ("congratulated Lima, even as the
// opposition demanded a recount").
var lab26enOtherOpeners = []string{" even as ", " even while ", ", while ", " just as ", " at a time when "}

// The word lists of lab27en_unchanged.go.

// lab27enChangeVerbs are the verbs of changing a result.
var lab27enChangeVerbs = wordSet(`change changes changed changing alter alters altered altering
	affect affects affected affecting`)

// lab27enNoneWords deny the subject of a change verb at a distance:
// "nothing (found in the audits) could alter", "none of it changes".
var lab27enNoneWords = wordSet(`nothing none no`)

// lab27enIntentWords before "to" and a change verb make it an aim, not a
// verdict on the result ("not trying to change the result").
var lab27enIntentWords = wordSet(`trying try tries tried attempt attempting attempts plan plans
	planning planned want wants wanted seek seeks seeking aim aims aiming intend intends intended`)

// The word lists of lab28en_before.go.

var (
	// lab28enSpoiledVerbs spoil a vote before it is held ("compromised
	// before a single vote was cast").
	lab28enSpoiledVerbs = wordSet(`compromised rigged`)
	// lab28enTimeWords stand between the participle and "before".
	lab28enTimeWords = wordSet(`long well weeks days months years even`)
	// lab28enVotingWords tell the vote being held.
	lab28enVotingWords = wordSet(`voted voting polling cast balloting`)
	// lab28enRaceNouns name the race itself as the thing settled.
	lab28enRaceNouns = wordSet(`contest race`)
)

// The word lists of lab28en_demand.go.

// lab28enRefuseWords hold a demand back ("refused to call for"), with
// actionReserves ("declined to", "stopped short of").
var lab28enRefuseWords = wordSet(`refused refuses refusing`)

// lab28enStopWords between a negation and the demand undo the negation.
var lab28enStopWords = wordSet(`stop stops cease ceases quit`)

// The word lists of lab28en_omit.go.

// lab28enOmitVerbs leave someone unnamed (a narrower omitVerbs: "call"
// and "address" make other acts).
var lab28enOmitVerbs = wordSet(`mention mentioned name named`)

// The word lists of lab28rom_tribute.go.

// lab28romTributeLangs are the languages lab28romTributeAfterGreeting reads.
var lab28romTributeLangs = wordSet(`es pt fr`)

// The word lists of lab29en_mock.go.

// sneerNouns, like mockNouns, tell a manner of mockery after "with" ("with
// a sneer", "with a smirk").
var sneerNouns = wordSet(`sneer smirk jeer snigger`)

// mockTargets after a mocking noun aim the mockery at something named
// after them ("with a sneer at the opposition's claims"; rev29len).
var mockTargets = wordSet(`at for toward towards`)

// The word lists of lab29en_tone.go.

// toneTrailers may follow a comparison of tone and still end it: "Moscow
// was cooler still." and "Ada Lund was blunter yet." set the speaker
// apart as firmly as "was blunter." does.
var toneTrailers = wordSet(`still yet`)

// The word lists of lab29rom_celebrated.go.

var (
	// lab29romCelebrateStems open the verbs of celebrating.
	lab29romCelebrateStems = map[string][]string{
		"es": {"celebr", "festej"},
		"pt": {"celebr", "festej", "comemor"},
		"fr": {"célébr", "fêt"},
	}
	// lab29romCelebratedObjects are the victories and results celebrated.
	lab29romCelebratedObjects = map[string]map[string]bool{
		"es": wordSet(`victoria triunfo resultado resultados reelección`),
		"pt": wordSet(`vitória triunfo resultado resultados reeleição`),
		"fr": wordSet(`victoire triomphe résultat résultats réélection`),
	}
	// lab29romOwnPossessives make a victory the celebrant's own.
	lab29romOwnPossessives = wordSet(`su sus nuestra nuestro sua seu nossa nosso sa son notre leur`)
)

// The word lists of lab29rom_riggedfor.go.

var (
	// lab29romTamperStems open the verbs of tampering with a count.
	lab29romTamperStems = []string{"alterad", "alteró", "alterar", "alteraron", "alterou", "alteraram",
		"manipul", "adulter", "amañ", "falsific", "falsifi", "trucad", "truqu", "maquill", "infl", "gonfl", "altéré", "altérée"}
	// lab29romChangeStems open the verbs of changing, tampering only with
	// a word of the vote right after them.
	lab29romChangeStems = []string{"cambi", "mud", "chang", "modifi", "troc"}
	// lab29romCountWords are the words of the vote a change may touch.
	lab29romCountWords = []string{"vot", "voix", "acta", "atas", "procès", "cifra", "chiffre", "número", "numer", "papelet", "boleta", "boletin", "bulletin", "resultado", "résultat"}
	// lab29romPurposes open a purpose.
	lab29romPurposes = wordSet(`para pour afin`)
	// lab29romGainNouns are the victories and margins a count is said to
	// have been tampered with for.
	lab29romGainNouns = []string{"victori", "vitóri", "victoir", "triunf", "triomph", "diferenc", "diferenç", "ventaj", "vantag", "avance", "écart", "mayorí", "maioria", "majorit"}
)

// The word lists of lab29rom_rivalvictory.go.

// lab29romVictoryNouns are, per language, the nouns of a victory.
var lab29romVictoryNouns = map[string]map[string]bool{
	"es": wordSet(`victoria triunfo`),
	"pt": wordSet(`vitória triunfo`),
	"fr": wordSet(`victoire triomphe`),
}

// lab29romDoubts are the words that put a victory in doubt when they
// stand right before its noun.
var lab29romDoubts = wordSet(`supuesta supuesto presunta presunto pretendida pretendido falsa falso
	suposta suposto alegada alegado pretensa pretenso
	prétendue prétendu supposée supposé fausse soi-disant`)

// The word lists of lab29rom_stopshort.go.

// lab29romStopShorts are the phrases of going as far as (lower case, an
// apostrophe as the words have it) and whether they need a recognition
// after them.
var lab29romStopShorts = map[string]map[string]bool{
	"es": {"sin llegar a": false, "no llegó a": false, "nunca llegó a": false, "no llegaron a": false, "sin por ello": true},
	"pt": {"sem chegar a": false, "não chegou a": false, "nunca chegou a": false, "não chegaram a": false, "sem por isso": true},
	"fr": {"sans aller jusqu'à": false, "n'est pas allé jusqu'à": false, "n'est pas allée jusqu'à": false, "sans pour autant": true},
}

// lab29romAdopt are the words of taking figures as one's own after "sans
// pour autant" ("faire siens", "hacer suyas").
var lab29romAdopt = wordSet(`siens sienne siennes sien suyas suyos suya suyo seus suas validar valider avaliser`)

// The word lists of lab30en_organisers.go.

// lab30enOrganisers are those who run a vote, as the object of praise.
var lab30enOrganisers = wordSet(`authorities officials organisers organizers administrators staff workers
	commission commissions`)

// lab30enPraisedFor are the words that say what the praise is for.
var lab30enPraisedFor = wordSet(`for on`)

// The word lists of lab30en_untilneg.go.

// lab30enUntils open a condition that puts a denied recognition off.
var lab30enUntils = wordSet(`until till pending unless before`)

// The word lists of markup.go.

// blockTags are the HTML elements whose start or end is a paragraph break
// for the reader.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "hr": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true,
	"section": true, "article": true, "header": true, "footer": true, "aside": true, "nav": true, "main": true,
	"figure": true, "figcaption": true, "table": true, "tr": true, "td": true, "th": true, "title": true,
}

// skippedTags are the elements whose content is not text a reader sees.
var skippedTags = map[string]bool{"script": true, "style": true}

// bullets are the list markers that open a line of a bulleted roundup
// ("• Germany's chancellor congratulated …"). Dashes are not among them:
// a dash opening a line is an interview's turn in French or Russian (an
// English hyphen-list is read in bullets12.go).
var bullets = []string{"•", "◦", "▪", "‣", "●", "·", "*"}

// The word lists of ml21_people.go.

// ml21NewWords call the winner by the office they are about to take
// ("y a la nueva presidenta", "et son nouveau président", "e o novo
// presidente", "y al mandatario entrante"); they count beside an office
// word of the language's roles.
var ml21NewWords = wordSet(`nuevo nueva entrante futuro futura nouveau nouvel nouvelle entrant futur future novo nova`)

// The word lists of ml21_recount.go.

// ml21AudienceStems open the words of a hall or an audience that share
// the stem of an audit: "ante un auditorio de simpatizantes", "devant un
// auditoire acquis", "diante de um auditório lotado" ask for nothing.
var ml21AudienceStems = []string{"auditorio", "auditoir", "auditório"}

// ml21RiggingStems open the words of a rigged or stolen vote that the
// condemnations lack: "denunció manipulación del padrón y pidió un
// reconteo", "a parlé d'un scrutin truqué et exigé un recomptage",
// "falou em roubo e exigiu a recontagem" allege fraud (hostile).
var ml21RiggingStems = []string{"manipul", "amañ", "robo", "robad", "robaron", "truqu", "trucag", "roubo", "roubad", "roubaram", "hold-up"}

// The word lists of notready.go.

// readyWords are the words of a readiness that a negation can deny.
var readyWords = wordSet(`ready prepared`)

// The word lists of off28_demonym.go.

var off28RuDemonyms = wordSet(off28RuDemonymList)

// off28ReportedVoteStems are the stems of one's own vote in a reported
// remark, for the languages whose ownVoteStems name the election too.
var off28ReportedVoteStems = map[string][]string{"ru": {"голос", "участ"}}

// The word lists of off28_verdict.go.

// off28VerdictWords are the words of a verdict on the result: who won it,
// whether it is final, clean or disputed, accepted or a fraud; not the
// neutral words of the count and the office (result, outcome, turnout,
// president), which an analysis uses to describe what happened.
var off28VerdictWords = wordSet(`accept accepted accepts accepting acceptance reject rejected rejects
	recognise recognised recognises recognize recognized recognizes recognition
	legitimate illegitimate legitimacy victory victorious defeat defeated lost lose loses
	fraud fraudulent rigged rigging stolen steal theft thief cheated
	congratulate congratulated congratulations concede conceded concession
	mandate president-elect annul annulled recount genuine fair unfair clean
	won win wins winner winners final settled dispute disputes disputed undisputed`)

// The word lists of off29_bystander.go.

// off29PollWorkers end German compounds of a poll worker.
var off29PollWorkers = []string{"beisitzer", "beisitzerin", "wahlhelfer", "wahlhelferin"}

// off29MarketWords name a market, the stall of a trader, in the languages
// of lexicons.
var off29MarketWords = wordSet(`mercado mercados feira marché marchés markt wochenmarkt marktstand
	рынок рынке рынка базар базаре`)

// off29Yes are the words of yes that name a referendum's side.
var off29Yes = wordSet(`sí si oui ja sim да yes`)

// off29PlaceOpeners are the prepositions of place that open a scene, per
// language.
var off29PlaceOpeners = map[string]map[string]bool{
	"es": wordSet(`en desde`),
	"fr": wordSet(`à au aux dans en devant`),
	"pt": wordSet(`em no na nos nas num numa`),
	"de": wordSet(`in im am an auf vor`),
	"ru": wordSet(`в во на у`),
}

// The word lists of passiveby.go.

// passiveStanceVerbs are the participles whose passive reports a stance
// toward the result or the winner.
var passiveStanceVerbs = wordSet(`congratulated welcomed hailed praised saluted greeted recognised recognized
	accepted acknowledged endorsed rejected denounced condemned dismissed disputed contested challenged`)

// passiveContestVerbs contest a result in the passive besides rejectVerbs
// ("The count was disputed by X").
var passiveContestVerbs = wordSet(`disputed contested challenged`)

// The word lists of pastclause16.go.

// irregularPasts are past tenses without "-ed" that open a clause after
// its subject.
var irregularPasts = wordSet(`had was were did made saw knew thought felt kept held won lost stood took gave sought meant`)

// The word lists of rec22en_backing.go.

// supportVerbs take the stance they back as their object ("backed the
// refusal"); backingBehind need "behind" first ("stood behind the
// decision", "rallied behind the call"). backedNouns name a stance taken
// before: the object must be one, so that "backed Kask" (a campaign) or
// "supported the bill" is no likeness.
var (
	supportVerbs  = wordSet(`backed backs supported supports endorsed endorses`)
	backingBehind = wordSet(`stood stand stands rallied rally rallies lined lines`)
	backedNouns   = wordSet(`refusal decision call boycott demand demands rejection position stance line appeal declaration statement`)
	backedDets    = wordSet(`the this that these those their his her its our`)
	weightVerbs   = wordSet(`threw throws throw put puts`)
)

// The word lists of rec22en_counted.go.

// countQuantifiers count a plural description as a number does.
var countQuantifiers = wordSet(`several both many some few`)

// The word lists of rec22ml_while.go.

// rec22mlWhileWords are the contrastive conjunctions, by language; those
// that are also temporal ("alors que", "enquanto", "während") are left
// out, since "alors que X était proclamé" tells no act.
var rec22mlWhileWords = map[string][]string{
	"es": {"mientras que", "en tanto que"},
	"fr": {"tandis que"},
	"pt": {"ao passo que"},
	"ru": {"тогда как", "в то время как"},
}

// The word lists of rec25en_introduced.go.

// rec25Pronouns are the personal pronouns that keep a person in play.
var rec25Pronouns = wordSet(`he she his her him hers himself herself`)

// The word lists of rec25en_who.go.

// rec25WhoAdverbs may stand between "who" and its speech verb.
var rec25WhoAdverbs = wordSet(`also later then further quickly again had has`)

var (
	// rec25FirstPerson subjects make the claim the speaker's own.
	rec25FirstPerson = wordSet(`i we our my`)
	// rec25Claiming are the claiming verbs rev24Alleging lacks.
	rec25Claiming = wordSet(`alleges claim claims insist insists`)
)

// The word lists of rec27en_described.go.

// rec27Occupations are occupations that may stand right before a name
// and that personRoles and commentatorNouns lack.
var rec27Occupations = wordSet(`pastor priest bishop cleric imam rabbi preacher host presenter anchor
	journalist reporter blogger broadcaster businessman businesswoman magnate tycoon campaigner
	organiser organizer unionist figure politician legislator parliamentarian veteran novelist writer`)

// The word lists of rec27en_further.go.

// rec27GoForms are the forms of "go" before "further".
var rec27GoForms = wordSet(`go goes going went gone`)

// The word lists of rec27en_madeclear.go.

// rec27MakeForms are the forms of "make" that open the phrase.
var rec27MakeForms = wordSet(`make makes made making`)

// rec27ClearWords are the adjectives that make "made … clear" speech.
var rec27ClearWords = wordSet(`clear plain`)

// rec27ClearDegrees may stand before "clear" ("made it very clear").
var rec27ClearDegrees = wordSet(`very quite perfectly crystal so`)

// The word lists of rec27ml_attrib.go.

// rec27mlOpeners are the particles that open a sentence before its
// subject's determiner, setting the speaker against the one before: "Já o
// deputado X, líder da bancada, foi direto: «…»", "Ya el senador X, …,
// fue tajante: «…»", "Auch der Abgeordnete X, …, wurde deutlich: „…“",
// "А депутат X, …, был резок: «…»". colonSubject takes a name only
// after a stop word, so the particle hid the subject.
var rec27mlOpeners = map[string]map[string]bool{
	"pt": wordSet(`já também`),
	"es": wordSet(`ya también`),
	"fr": wordSet(`même aussi`),
	"de": wordSet(`auch selbst`),
	"ru": wordSet(`а и даже`),
}

// The word lists of rec27ml_contrast.go.

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

// The word lists of rec27ml_noting.go.

// rec27mlRulings are the nouns of a ruling and the stems of the words
// that make a body one whose ruling settles a vote (a constitutional,
// supreme or electoral court, council or commission, or its acronym), by
// language: "la décision du Conseil constitutionnel", "el fallo del
// Tribunal Supremo Electoral", "решение Конституционного суда". A court
// or council with no such word ("la décision du tribunal de Libreville de
// condamner …", "la decisión del Consejo de Ministros", "решение суда по
// делу …", "die Entscheidung der EU-Kommission") rules on something else
// (rev27rml). German compounds are matched inside the word
// ("Verfassungsgerichts", "Wahlkommission").
var rec27mlRulings = map[string][2]map[string]bool{
	"fr": {wordSet(`décision décisions arrêt`), wordSet(`constitutionn électoral suprême hcc céni ceni céna cena cei cnrv`)},
	"es": {wordSet(`decisión fallo resolución`), wordSet(`electoral constitucional supremo suprema elecciones cne jne tse`)},
	"pt": {wordSet(`decisão acórdão`), wordSet(`eleitoral constitucional supremo superior eleições tse stf cne`)},
	"de": {wordSet(`entscheidung entscheidungen urteil`), wordSet(`verfassung wahl oberst`)},
	"ru": {wordSet(`решение решения`), wordSet(`цик избирком конституционн верховн избирательн`)},
}

// The word lists of rec28en_greet.go.

// rec28enCoolWords are what a result greeted coolly is greeted with.
var rec28enCoolWords = wordSet(`silence scepticism skepticism suspicion dismay caution
	concern alarm reserve reservations indifference disbelief derision scorn anger
	cool coolly cold frosty muted guarded
	shrug jeers boos whistles fury hostility contempt outrage disdain mockery`)

// rec28enCoolAdverbs greet the result coolly without a "with": "greeted
// the result warily", "greeted Berg's win coldly".
var rec28enCoolAdverbs = wordSet(`coldly coolly frostily icily warily guardedly sceptically skeptically grimly`)

// rec28enGreetVerbs are the forms of "greet" that make an act: the past
// only, as a headline's present ("Leaders greet the winner") tells of the
// lines below it and has no speaker of its own.
var rec28enGreetVerbs = wordSet(`greeted`)

// rec28enGreetStops end the object of "greeted": a preposition, a
// relative or a participle starts a phrase of its own, so "greeted the
// crowd after the result", "greeted supporters waiting for the results"
// and "greeted voters at the polls before the count" greet no result,
// while "greeted the news of her victory" does.
var rec28enGreetStops = wordSet(`after before at for to from while when as during following amid
	in on until with by who which that whom`)

// rec28enDeliverVerbs send a greeting by hand ("Iran's ambassador, Ivo
// Kask, delivered a message of congratulations to the president"); they
// are sendVerbs too, but unlike "sent" they make no act of their own
// without a greeting ("delivered a speech", "delivered the ballots").
var rec28enDeliverVerbs = wordSet(`deliver delivers delivered`)

// The word lists of rec28ml_ruphone.go.

// rec28mlCallAdverbs are Russian adverbs that may stand between the one
// called and the verb of calling, besides the language's preverbs.
var rec28mlCallAdverbs = wordSet(`лично сразу первым первой первыми вчера сегодня накануне`)

// The word lists of rec29en_choice.go.

// rec29enVoters name the electorate; rec29enChoiceVerbs its choice of
// someone; rec29enHolds make the choice a condition, demand or forecast.
var (
	rec29enVoters      = wordSet(`voters electorate nation citizens country people`)
	rec29enChoiceVerbs = wordSet(`chose chosen elected re-elected rewarded backed given gave handed entrusted returned`)
	rec29enHolds       = wordSet(`should must will would could might may can shall to`)
	rec29enTitles      = wordSet(`mr mrs ms president dr`)
)

// The word lists of rec29en_defer.go.

// rec29enDeferModals, rec29enDeferVerbs, rec29enDeferDets,
// rec29enVerdictNouns and rec29enDeferUntils are the parts of "would
// issue its assessment only after …" (see above); rec29enDeferAdjs may
// stand before the noun ("its own final assessment").
var (
	rec29enDeferModals  = wordSet(`will would shall to`)
	rec29enDeferVerbs   = wordSet(`set issue give publish present deliver state reserve hold make reach offer release announce pronounce express draw`)
	rec29enDeferDets    = wordSet(`its his her their our my no any a the`)
	rec29enDeferAdjs    = wordSet(`own final full formal definitive overall considered detailed first`)
	rec29enVerdictNouns = wordSet(`assessment verdict judgment judgement view conclusions conclusion position findings opinion evaluation`)
	rec29enDeferUntils  = wordSet(`after until till once pending before when`)
)

// rec29enSteps name a step of the count or of its review that a verdict
// waits for ("until the results were certified", "after comparing the
// commission's totals with the tallies").
var rec29enSteps = wordSet(`count counting counted recount tally tallies totals results result figures commission commission's
	court tribunal certified certify certification proclaimed proclamation complaints appeals objections ballots review ruling ruled`)

// The word lists of rec29en_place.go.

// rec29enDescribers open a described subject after a place.
var rec29enDescribers = wordSet(`the its his her their`)

// The word lists of rec30en_watcher.go.

// rec30enWatchers are the people who watch a vote ("as a domestic
// monitor"); rec30enWatching the words of a body that watches one, and
// rec30enVoteWords the words that make what it watches the vote.
var (
	rec30enWatchers  = wordSet(`monitor monitors observer observers watcher watchers poll-watcher poll-watchers scrutineer scrutineers`)
	rec30enWatching  = wordSet(`monitor monitors monitoring observer observers observation observatory watchdog watch poll-watching poll-monitoring election-monitoring vote-monitoring`)
	rec30enVoteWords = wordSet(`election elections electoral vote votes voting poll polls polling ballot ballots count poll-watching poll-monitoring election-monitoring vote-monitoring`)
)

// The word lists of rev19rom_schedule.go.

// revScheduleWords are the nouns of a date or calendar, by language.
var revScheduleWords = map[string]map[string]bool{
	"es": wordSet(`fecha fechas calendario cronograma plazo plazos`),
	"pt": wordSet(`data datas calendário cronograma prazo prazos`),
	"fr": wordSet(`date dates calendrier échéance échéances`),
}

// The word lists of rev19rom_shamplace.go.

// revShamPlaceBefore are the one- or two-word openings of a place phrase
// before a show word, by language.
var revShamPlaceBefore = map[string]map[string]bool{
	"es": wordSet(`al en_el en_la`),
	"pt": wordSet(`no na ao à em_o`),
	"fr": wordSet(`au dans_le dans_la`),
}

// revShamOperations are the words after a show word that make it a
// theatre of operations.
var revShamOperations = map[string]map[string]bool{
	"es": wordSet(`operaciones`),
	"pt": wordSet(`operações`),
	"fr": wordSet(`opérations`),
}

// The word lists of rev20rom.go.

// rev20ObjectClitics are the French object pronouns before an auxiliary.
var rev20ObjectClitics = wordSet(`l' m' t' le la les me te nous vous`)

// rev20Interrogatives are question words, capitalised in a subheading
// that opens as a byline does ("Por Qué Importa", "Par Où Commencer").
var rev20Interrogatives = wordSet(`qué quién quiénes cómo cuál cuándo dónde quê quem como qual quando onde porquê pourquoi quoi qui comment quand où`)

// rev20Possessives are the first-person singular possessives.
var rev20Possessives = wordSet(`mi mis meu minha meus minhas mon ma mes`)

// rev20Avoir are the forms of French "avoir" before "été" (not the
// summer: "qui dénonce depuis cet été « … »").
var rev20Avoir = wordSet(`a ont avait avaient aurait auraient aura`)

// rev20Etre are the forms of French "être" that make a passive.
var rev20Etre = wordSet(`est sont était étaient fut furent sera seront serait seraient`)

// The word lists of rev21gr_narrow.go.

// rev21grCaseEndings are the endings of the plural (and oblique) forms of
// nouns for people that gr22PluralEndings lacks ("Kandidaten",
// "кандидатов", "депутатам").
var rev21grCaseEndings = map[string][]string{
	"de": {"en", "n", "innen"},
	"ru": {"ов", "ев", "ей", "ам", "ами", "ах", "а", "у"},
}

// rev21grWinnerTitles are stems of German and Russian words that name the
// winner by office or by the result inside a compound or an oblique case
// ("dem neuen Präsidenten", "dem Wahlsieger", "dem Wahlgewinner",
// "нового президента", "новоизбранного", "главу государства"): a
// congratulation to the people and to one of them is no congratulation
// to the people alone (ml21_people.go).
var rev21grWinnerTitles = []string{"präsident", "staatsoberhaupt", "staatschef", "sieger", "gewinner",
	"президент", "новоизбранн", "главу", "лидер"}

// rev21grSurnameEndings are the case endings of a surname ("Соколова",
// "Соколову", "Соколовым", "Sokolows").
var rev21grSurnameEndings = wordSet(`а у ым ом е ой ую s`)

// The word lists of rev22lml_indefinite.go.

// rev22lmlGenericPosts open the posts that take their weight from the body
// they are held in, per language.
var rev22lmlGenericPosts = map[string][]string{
	"es": {"president", "portavoz", "vocer", "director", "gerente", "jef", "secretari", "responsable", "representante", "coordinador", "miembro", "integrante", "titular", "administrador", "dueñ", "propietari"},
	"pt": {"president", "porta-voz", "diretor", "director", "gerente", "chefe", "secretári", "responsáve", "representante", "coordenador", "membro", "titular", "administrador", "dono", "dona", "proprietári"},
	"fr": {"président", "porte-parole", "directeur", "directrice", "gérant", "chef", "secrétaire", "responsable", "représentant", "coordinat", "membre", "administrat", "patron", "propriétaire"},
	"de": {"präsident", "sprecher", "vorsitzend", "leiter", "chef", "geschäftsführer", "vertreter", "direktor", "mitglied", "inhaber", "manager"},
	"ru": {"президент", "председател", "представител", "руководител", "глав", "директор", "член", "сотрудни", "пресс-секретар", "координатор", "владел", "менеджер"},
}

// rev22lmlPoliticalBodies are stems of bodies of local government and of
// the opposition, political beside lab22mlPoliticalBodies.
var rev22lmlPoliticalBodies = map[string][]string{
	"es": {"provinci", "región", "regional", "municip", "ayuntamiento", "departamento", "alcald", "gobernaci", "oposi", "asamblea", "congreso", "senado"},
	"pt": {"provínci", "região", "regional", "municíp", "municipal", "prefeitur", "distrito", "oposi", "assembleia", "congresso", "senado"},
	"fr": {"provinc", "région", "commune", "municipal", "départe", "mairie", "opposi", "assemblée", "sénat"},
	"de": {"provinz", "region", "gemeinde", "kommun", "stadt", "landkreis", "kreis", "kanton", "opposition", "versammlung", "senat", "rat"},
	"ru": {"област", "регион", "район", "город", "муниципал", "округ", "оппозиц", "собрани", "дум", "совет", "сенат"},
}

// The word lists of rev22lml_people.go.

// rev22lmlNewWords are the words of a new office and government, beside
// ml21NewWords, in German and Russian.
var rev22lmlNewWords = wordSet(`neue neuen neuer neues künftige künftigen
	новый нового новому новым новая новой новую будущего будущему`)

// rev22lmlGovernments open the words of a government, which a new or
// incoming word makes the winner's.
var rev22lmlGovernments = []string{"gobierno", "gouvernement", "governo", "regierung", "правительств", "администрац", "executivo", "ejecutivo", "exécutif"}

// rev22lmlVoterStems open the words of the voters that begin with a stem
// of the elected ("electores", "eleitores", "eleitorado").
var rev22lmlVoterStems = []string{"elector", "eleitor", "électeur", "électorat"}

// rev22lmlContrasts are the words of contrast, which deny a winner's
// clause anywhere in it; rev22lmlNegations deny it only in the three words
// before the winner's word.
var rev22lmlContrasts = wordSet(`однако но без pero sin mas porém contudo sem mais sans aber jedoch ohne`)

var rev22lmlNegations = wordSet(`не ни no não pas ni nicht kein keine`)

// The word lists of rev22lml_usurp.go.

// rev22lmlUsurpStems are the usurping stems of lab22mlCondemnStems in all
// five languages.
var rev22lmlUsurpStems = []string{"узурп", "самозван", "usurpa"}

// rev22lmlOpposition open the words of the opposition.
var rev22lmlOpposition = []string{"oposi", "opposi", "оппозиц"}

// The word lists of rev22ren_backing.go.

// backedContent are the words after a backed noun that name its own
// content ("the decision to raise taxes", "her statement on the budget").
var backedContent = wordSet(`to on about over regarding concerning`)

// The word lists of rev22rml_background.go.

// rev22rmlDerived holds the imperfects of the lexicons' verbs of acting
// as rec22ml_imperfect.go derives them (those it adds and those the
// lexicons listed already).
var rev22rmlDerived = map[string]bool{}

// The word lists of rev26en_narrow.go.

// rev26Subordinators open a background clause (frontedSubordinators
// without "as", "if" and "once", which also open a role or a condition).
var rev26Subordinators = wordSet(`when after before while although though since until because whereas`)

// rev26BeForms are the forms of "be" that copulas lacks, before a
// passive participle ("has been joined by", "is being led by").
var rev26BeForms = wordSet(`be been being`)

// rev26VoiceNouns stand for a remark whose source follows "from" or "by"
// ("appeal" and "demand" are left out: "the appeals will be heard by
// Judge X" names no voice).
var rev26VoiceNouns = wordSet(`call note tone response reply reaction criticism praise warning message
	verdict voice dissent rebuke`)

// The word lists of rev27en_narrow.go.

// rev27FurtherDirections after "further" make the going a journey: "went
// further north, visiting polling stations", "went further afield".
var rev27FurtherDirections = wordSet(`north south east west inland afield abroad ahead away back down up
	along upstream downstream`)

// rev27FurtherTopic are words that tie the participle's clause to the
// vote, besides voteWatchNouns, voteContestWords and doubtTopicWords.
var rev27FurtherTopic = wordSet(`result results outcome winner winners recount inauguration swearing-in
	president president-elect resign resignation concede concession victory win defeat`)

// The word lists of rev27len_narrow.go.

// rev27lenBreaks between a word of none and the change verb start another
// clause, whose subject is no longer denied: "there were no observers in
// the room when the militia changed the count", "did nothing while local
// officials altered the tallies".
var rev27lenBreaks = wordSet(`when while whereas after since so then`)

// rev27lenConditions put the denial in a condition that lab27enIntended's
// conditionWords miss: "will recognise him once the audit shows the errors
// did not change the outcome", "provided the audit shows they could not
// alter it".
var rev27lenConditions = wordSet(`once provided providing assuming`)

// rev27lenFigureLeads may stand before a figure noun of the result; any
// other word names another matter's figures ("the census totals", "the
// trade figures").
var rev27lenFigureLeads = wordSet(`the these those its their our this final official published
	announced declared provisional preliminary new`)

// The word lists of rev27off_before.go.

// rev27offSideWords tie a description to a side of the race.
var rev27offSideWords = wordSet(`ally allies aide aides adviser advisers advisor advises advised
	advising loyalist loyalists supporter supporters backer backers coalition ruling governing
	re-election candidate candidate's`)

// The word lists of rev28len_narrow.go.

var (
	// rev28lenEndWords tell the vote ending or its count.
	rev28lenEndWords = wordSet(`closed close closing ended end ending finished counted counting tallied`)
	// rev28lenDenyWords deny the claim that follows.
	rev28lenDenyWords = wordSet(`nobody rejected rejects rejecting denied denies denying dismissed
		dismisses false untrue nonsense`)
	// rev28lenAfterName may follow a name that ends its noun phrase.
	rev28lenAfterName = wordSet(`by once in at during on when while as even either directly
		personally explicitly anywhere`)
	// rev28lenChainWords stand between a negation and the verb it negates.
	rev28lenChainWords = wordSet(`to of as so far go even explicitly openly formally directly
		publicly actually yet quite once outright`)
)

// The word lists of rev28ml_ruphone.go.

// rev28mlCallPrepositions are the prepositions that make a capitalised
// word ending in -у or -ю a place ("в Москву", "на Кубу").
var rev28mlCallPrepositions = wordSet(`в во на из к ко по`)

// rev28mlCallTopics open a topic of a call of its own after the verb
// ("по поводу поставок", "насчёт кредита").
var rev28mlCallTopics = wordSet(`поводу насчёт насчет относительно`)

// rev28mlBeforeVote are words that put what follows them before the vote
// when a word of the vote follows ("накануне голосования", "до выборов").
var rev28mlBeforeVote = wordSet(`накануне до`)

// The word lists of rev28off_verdict.go, which held nothing else.

// More words of a commentator's verdict (off28_verdict.go): trust in the
// count ("the figures cannot be trusted", "a credible result"), the
// people's choice ("the people have spoken, and Lima is their choice"),
// a vote called a sham or a farce ("this vote was a sham", "the numbers
// are a fabrication"), and waiting before a verdict ("we will wait for
// the joint session"). An analysis of the vote rarely uses them; a
// commentator who does takes a position on the result.
var rev28offVerdictWords = wordSet(`trust trusted trustworthy untrustworthy distrust credible credibility
	choice chose chosen spoken sham farce charade fake fabricated fabrication falsified falsification
	wait waiting await awaiting`)

// The word lists of rev29en_choice.go.

// rev29enVoterParts before the voters make them a part of the electorate.
var rev29enVoterParts = wordSet(`young younger old older elderly rural urban women men female male many most some
	first-time working-class middle-class poor poorer rich richer wealthy educated student students black white
	minority conservative liberal religious suburban`)

// The word lists of rev29en_defer.go.

// rev29enObjectPreps open the object of a verdict noun ("view on …");
// rev29enObjectEnds end the object phrase ("the vote in the north",
// "the swing only after"); rev29enVoteNouns head an object that is the
// vote beside resultNouns, winWords and resultObjectWords.
var (
	rev29enObjectPreps = wordSet(`of on about regarding concerning over into`)
	rev29enObjectEnds  = wordSet(`in at by for from with and of on only to its their his her once pending`)
	rev29enVoteNouns   = wordSet(`elections polls voting ballot process conduct tallies runoff run-off returns`)
)

// The word lists of rev29gr_narrow.go.

// rev29grInstrumental are endings of a masculine given name, or a
// feminine one in "-ой", after "с" ("Джоном", "Сергеем", "Анной"); a given
// name in the nominative rarely has them ("Алексей" ends in "-ей", which
// is left out).
var rev29grInstrumental = []string{"ом", "ем", "ём", "ой"}

// The word lists of rev29ml_celebrate.go.

// rev29mlCelebrateVerbs are the verbs of celebrating the review narrows.
var rev29mlCelebrateVerbs = wordSet(`
	festejó festejaron festeja comemorou comemoraram comemora festejou festejaram
	fêté bejubelte bejubelten
	отпраздновал отпраздновала отпраздновали праздновал праздновала праздновали`)

// rev29mlSportStems open the words of a sentence of sport, per language.
var rev29mlSportStems = map[string][]string{
	"es": {"fútbol", "futbol", "copa", "campeonato", "torneo", "estadio", "liga", "goles"},
	"pt": {"futebol", "taça", "campeonato", "torneio", "estádio", "gol", "clássico"},
	"fr": {"football", "coupe", "championnat", "tournoi", "stade", "match"},
	"de": {"fußball", "pokal", "meisterschaft", "turnier", "stadion", "mannschaft", "bundesliga"},
	"ru": {"футбол", "кубк", "матч", "чемпионат", "турнир", "стадион", "хоккей"},
}

// rev29mlReelection open the words of a re-election that the language's
// election words (topicStems) miss: "festejó la reelección de X",
// "bejubelte die Wiederwahl".
var rev29mlReelection = []string{"reelec", "reeleg", "réélect", "wiederwahl", "wiedergewählt"}

// The word lists of rev29off_narrow.go.

// rev29offPlaces are the places of daily life a reporter finds a
// passer-by in, in the languages of lexicons.
var rev29offPlaces = wordSet(`escuela escuelas colegio mercado feria barrio campamento albergue parada estación fila cola calle plaza esquina tienda pueblo aldea comunidad recinto puesto taller
	école collège lycée marché quartier camp arrêt gare file rue boutique village bureau cité atelier
	escola colégio bairro acampamento paragem fila rua praça loja aldeia vila banca secção assembleia
	школе рынке районе лагере остановке вокзале очереди улице площади магазине деревне селе участке посёлке дворе`)

// rev29offPlacesDe end German compounds of such a place.
var rev29offPlacesDe = []string{"schule", "markt", "viertel", "lager", "haltestelle", "bahnhof", "schlange", "straße", "platz", "laden", "dorf", "wahllokal", "kiez", "siedlung", "werkstatt"}

// rev29offLocatives are the prepositions (and contractions) that put a
// trader in a market: "no mercado", "au marché", "на рынке".
var rev29offLocatives = wordSet(`en em no na nos nas num numa au aux à dans sur на в auf am im bei`)

// rev29offCampWords name a campaign, a party or a candidate: a fronted
// description with one is a camp's, not a bystander's.
var rev29offCampWords = wordSet(`campagne campaña campanha kampagne wahlkampf кампании parti partido partei партии
	candidat candidate candidato candidata kandidat kandidatin кандидата`)

// The word lists of rev29rom_guards.go.

var (
	// lab29romOpposed end the object of a victory noun: the one beaten;
	// rev29romOpposedHeads only with a preposition after them ("frente a",
	// "face à": not "Frente Cívico", a name).
	lab29romOpposed      = wordSet(`sobre contra ante contre sur perante`)
	rev29romOpposedHeads = wordSet(`frente face diante`)
	rev29romOpposedLinks = wordSet(`a al à ao aos de`)
	// rev29romVerdictInfs are, besides the language's infinitives of
	// saying (periphrases' sayInf), the infinitives of calling and
	// judging a verdict may be stopped short of.
	rev29romVerdictInfs = map[string]map[string]bool{
		"es": wordSet(`hablar calificar tildar llamar tachar cuestionar impugnar poner denunciar acusar criticar condenar rechazar validar avalar`),
		"pt": wordSet(`falar qualificar classificar chamar questionar contestar pôr por denunciar acusar criticar condenar rejeitar validar`),
		"fr": wordSet(`parler qualifier traiter contester mettre remettre dénoncer accuser critiquer condamner rejeter faire valider avaliser`),
	}
	// rev29romContrasts say a verdict after a stop short.
	rev29romContrasts = wordSet(`pero sino mas porém mais toutefois cependant`)
	// rev29romGenitives open a noun's complement.
	rev29romGenitives = wordSet(`de del da do das dos des du`)
	// rev29romIdeals are the ideals and camps whose victory praises a
	// result ("la vitória da esperança", "el triunfo del oficialismo";
	// "la victoire du peuple" is a topic word already).
	rev29romIdeals = wordSet(`esperanza esperança espoir paz paix libertad liberdade liberté cambio mudança changement
		futuro futur avenir país pays nación nação nation patria pátria patrie
		oficialismo oficialista gobierno governo gouvernement pouvoir partido parti coalición coligação coalition
		candidata candidato candidat candidate presidenta presidente président présidente camp`)
	// rev29romOtherRaces name a race other than the one decided, or a
	// past one, after a rival's victory ("la victoire de X aux législatives
	// de 2019", "el triunfo de X en las primarias").
	rev29romOtherRaces = wordSet(`legislativas législatives municipales municipais municipales primarias primárias primaires
		regionales regionais régionales alcaldía prefeitura mairie gobernación senatoriales sénatoriales`)
	// rev29romYearPreps put a year after them ("de 2019", "en 2019").
	rev29romYearPreps = wordSet(`de en em du`)
	// rev29romDisowning before a tampering verb make it denied, merely
	// attempted or the opposition's.
	rev29romDisowning = wordSet(`negó niega negaron desmintió rechazó negou nega negaram desmentiu nié nie nient démenti dément
		intentó intentaron intentado intentar intento tentou tentaram tentado tentar tentativa tenté tentative tenter
		oposición opositores oposição opositores opposition opposants`)
)

// The word lists of rev30en_early.go.

// rev30enModals before a verdict word make it a forecast; rev30enWinVerbs
// take an object; rev30enWinObjects are the objects that make winning or
// losing the vote's ("won the race", "lose their seats") and
// rev30enWinIdioms those that make it something else ("lost ground");
// rev30enVerdictAdjs need a word of the vote or its result near
// (rec30enVoteWords, rec29enSteps, rev30enResultWords).
var (
	rev30enModals     = wordSet(`would will can could might may shall`)
	rev30enWinVerbs   = wordSet(`win wins won lose loses lost`)
	rev30enDets       = wordSet(`a an the any some more no its their his her every`)
	rev30enWinObjects = wordSet(`election elections vote votes poll polls race run-off runoff presidency presidential
		seat seats majority mandate ballot count round contest victory`)
	rev30enWinIdioms   = wordSet(`ground support favour favor praise backing time trust friends hearts points approval`)
	rev30enVerdictAdjs = wordSet(`final fair unfair clean genuine legitimate illegitimate settled undisputed`)
	rev30enResultWords = wordSet(`outcome winner victory win re-election presidency mandate`)
)

// rev30enChallenges are the words of a challenge to the result that a
// speaker who recognises it may call premature ("Lima won fairly and any
// talk of a recount is premature").
var rev30enChallenges = wordSet(`recount recounts fraud fraudulent rigged rigging annul annulled annulment dispute disputed challenge challenges`)

// The word lists of rev30en_watcher.go.

// rev30enStudyVerbs are verbs of study or advice beyond commentatorVerbs.
var rev30enStudyVerbs = wordSet(`advised advising advise researched researching research studying teaching
	tracking lecturing written wrote writes writing authored edits edited`)

// rev30enOtherWatch are the words before a watcher that make it one of
// another trade, rev30enPunditAdjs a pundit's; rev30enPressWords those
// that make a description the press's.
var (
	rev30enOtherWatch = wordSet(`compliance ceasefire truce rights human-rights peace pollution traffic hall
		market markets price prices safety health bird wildlife weather budget media press`)
	rev30enPunditAdjs = wordSet(`keen close closest seasoned veteran longtime long-time astute shrewd careful
		sharp acute attentive interested`)
	rev30enPressWords = wordSet(`magazine newspaper journal blog website site podcast programme program show
		column newsletter daily weekly media columnist commentator editor journalist reporter correspondent`)
)

// rev30enPastWords put a watcher's service before this vote;
// rev30enLastWhat after "last" do too ("last year"; not "last Sunday").
var (
	rev30enPastWords = wordSet(`former formerly ex once previously earlier ago`)
	rev30enLastWhat  = wordSet(`year years decade month months election elections vote cycle time`)
)

// The word lists of rev30len_narrow.go.

// rev30lenVoteWords name the vote or its running: praise of "the
// authorities" is praise of the vote only with one of them near it.
var rev30lenVoteWords = wordSet(`election elections electoral vote votes voting voters poll polls polling
	ballot ballots count counting tally tallying turnout`)

// rev30lenEarlier, before voteNouns, name votes before this one.
var rev30lenEarlier = wordSet(`past previous earlier former prior`)

// The word lists of rom20_anaphor.go.

var rom20Langs = map[string]bool{"es": true, "pt": true, "fr": true}

// The word lists of rom20_byline.go.

// rom20FirstPerson are the first-person singular pronouns and
// possessives of each language.
var rom20FirstPerson = map[string]map[string]bool{
	"es": wordSet(`yo mi mis mí me conmigo`),
	"pt": wordSet(`eu meu minha meus minhas mim comigo`),
	"fr": wordSet(`je j' j’ moi mon ma mes`),
	"de": wordSet(`ich mich mir mein meine meinen meinem meiner meines`),
	"ru": wordSet(`я меня мне мной мой моя моё мое мои моего моей моих моим`),
}

// rom20BylineWords open a byline.
var rom20BylineWords = map[string]string{"es": "Por", "pt": "Por", "fr": "Par", "de": "Von", "ru": "Автор:"}

// The word lists of rom22_namedclause.go.

// rom22Complementizers open the clause before the quotation.
var rom22Complementizers = map[string][]string{
	"es": {"que"},
	"pt": {"que"},
	"fr": {"que", "qu'", "qu’"},
}

// The word lists of rom22_ownsource.go.

// rom22OwnPossessives are the possessive determiners of the third person
// that make a source the subject's own.
var rom22OwnPossessives = map[string]map[string]bool{
	"es": wordSet(`su sus`),
	"fr": wordSet(`son sa ses leur leurs`),
	"pt": wordSet(`seu sua seus suas`),
}

// The word lists of sayobject13.go.

// finiteWords are the auxiliaries, copulas and common irregular pasts by
// which a clause after a speech verb without "that" shows its own finite
// verb ("the count had been fair", "Velor took note of the result").
var finiteWords = wordSet(`has have had is was were are will would could should may might must can did does do
	took gave made saw came went won lost got held kept left stood thought felt meant knew told chose spoke
	brought sent set put found became began showed shows says wants needs remains`)

// claimNouns take a "that" clause of their own ("the claim that", "his
// allegations that"), so a speech verb whose object they head reports no
// clause of its subject's.
var claimNouns = wordSet(`claim claims allegation allegations assertion assertions suggestion suggestions
	charge charges accusation accusations argument arguments notion idea view insistence reports report`)

// callObjects may follow "rang" directly in a telephone call.
var callObjects = wordSet(`him her them me us to back`)

// The word lists of similar.go.

// similarVerbs open a likeness: "took a similar line", "struck a similar
// note", "sounded a similar note"; echoVerbs take what they echo as their
// object ("echoed the call", "echoed him").
var (
	similarVerbs = wordSet(`took takes take struck strikes sounded sounds adopted adopts`)
	echoVerbs    = wordSet(`echoed echoes`)
	similarNouns = wordSet(`line tack stance position approach view note tone`)
)

// The word lists of vowto16.go.

// vowVerbs take "to" and an infinitive (vowTo).
var vowVerbs = wordSet(`vowed vows vowing pledged pledges pledging promised promises promising
	threatened threatens threatening swore swears swearing decided decides resolved`)

// The word lists of lab31en_pending.go.

// lab31enPendingSubordinators open a clause of an act still to come:
// "before Vask acknowledges Dal", "until the bloc recognises him".
var lab31enPendingSubordinators = wordSet(`before until till unless`)

// lab31enPendingAux put the verb of such a clause in the future or the
// perfect: "before Vask will congratulate", "until he has conceded".
var lab31enPendingAux = wordSet(`will would shall can could may might has have`)

// The word lists of lab31en_doso.go.

// lab31enDoForms are the forms of "do" in "do so" standing for an act
// told before: "refuses to do so", "has yet to do so", "did so".
var lab31enDoForms = wordSet(`do does did done doing`)

// The word lists of lab31en_timelead.go.

// lab31enTimeDegrees measure a clause of time right after a speech verb:
// "responded long before the results were due", "spoke soon after".
var lab31enTimeDegrees = wordSet(`long soon just well even right only barely moments`)

// lab31enTimeUnits measure it by a span: "reacted minutes after the count
// closed", "spoke two hours before the announcement".
var lab31enTimeUnits = wordSet(`seconds minutes hours days weeks months minute hour day week month`)

// lab31enTimeSubordinators open the clause of time so measured.
var lab31enTimeSubordinators = wordSet(`before after when while as once until since`)

// The word lists of lab31en_scorned.go.

// lab31enScornStems scorn a refusal of the result made by others:
// "denounced the rejection of the vote", "it is unacceptable".
var lab31enScornStems = []string{"condemn", "denounc", "unacceptabl", "deplor", "decried", "decry", "decries"}

// lab31enRejectionNouns name a refusal of the result: "the rejection of
// the vote", "the non-recognition of the election".
var lab31enRejectionNouns = wordSet(`rejection non-recognition nonrecognition`)

// lab31enVoteNouns name the vote itself as what was rejected: "the
// rejection of the vote", "of the elections".
var lab31enVoteNouns = wordSet(`vote votes election elections poll polls ballot`)

// lab31enOwnDeterminers make a refusal the speaker's own: "announced its
// refusal to recognise the result", "our refusal to accept".
var lab31enOwnDeterminers = wordSet(`its our my`)

// The word lists of lab31en_owngreeting.go.

// lab31enGreetingSubjects congratulate in the first person.
var lab31enGreetingSubjects = wordSet(`i we`)

// lab31enGreetingFillers stand between the subject and the verb: "we
// also warmly congratulate", "I would like to congratulate".
var lab31enGreetingFillers = wordSet(`also warmly heartily sincerely hereby would like to want wish again too cordially most therefore`)

// lab31enWinnerTitles name the winner by her title as the object of a
// congratulation: "congratulate the president-elect".
var lab31enWinnerTitles = wordSet(`president-elect prime-minister-elect winner victor`)

// lab31enFreeVoteNouns are what a free vote has and a mocked one lacks:
// "No opposition. No choice."
var lab31enFreeVoteNouns = wordSet(`opposition choice competition rivals rival challenger challengers alternative debate observers`)

// lab31enScareWords are the words of the result a speaker puts in
// quotation marks to disown: "her ‘victory’", "this 'election'".
var lab31enScareWords = wordSet(`victory win election elections elected re-election president winner landslide triumph vote result results legitimacy mandate`)

// The word lists of lab31en_quickto.go.

// lab31enEagerLeads make the act after "to" the actor's own: "were quick
// to condemn", "the first to reject", "rushed to denounce".
var lab31enEagerLeads = wordSet(`quick quicker swift swifter fast first rushed hastened hurried`)

// The word lists of lab31en_concern.go.

// lab31enConcernVerbs hold or voice a concern: "have serious concerns
// that", "expressed concern over", "raised doubts about".
var lab31enConcernVerbs = wordSet(`have has had expressed expresses express expressing voiced voices voice voicing raised raises raise raising`)

// lab31enConcernNouns are the concern or doubt held.
var lab31enConcernNouns = wordSet(`concern concerns doubt doubts distrust mistrust reservations misgivings`)

// lab31enConcernLinks open what the concern is about.
var lab31enConcernLinks = wordSet(`that about over regarding towards toward on with of as`)

// lab31enCheckWords are a checked count asked for after "the need for":
// "the need for transparent and accurate results", "for verification".
var lab31enCheckWords = wordSet(`transparent transparency verification verified audit audits recount accurate accuracy clarity scrutiny`)

// lab31enRejectStems reject the result outright: a concern with them is
// no mere concern.
var lab31enRejectStems = []string{"illegitim", "sham", "farce", "reject", "not recogni"}

// The word lists of lab31en_credible.go.

// lab31enQuestionWords put a verdict on the result in question: "asked
// whether the result was credible", "doubted the results were fair".
var lab31enQuestionWords = wordSet(`whether if doubt doubts doubted doubting question questioned questions questioning asked wondered`)

// The word lists of lab31en_greetfirst.go.

// lab31enPostponeWords hold a recognition back: a speaker who
// congratulates and uses one is left to the summary as before.
var lab31enPostponeWords = wordSet(`yet until await awaits awaited awaiting wait waits waiting pending once final certified certification premature early conditional provisional preliminary`)

// The word lists of ml31_alsoas.go.

// ml31AlsoAsPhrases join the last item of a list of subjects as "and"
// does ("…, ainsi que la CEDEAO ont félicité …").
var ml31AlsoAsPhrases = map[string][]string{
	"fr": {"ainsi que"},
	"es": {"así como"},
	"pt": {"assim como", "bem como"},
}

// The word lists of rev31len_narrow.go.

// rev31lenCountChecks are checks that are themselves a checked count:
// "the need for a transparent recount".
var rev31lenCountChecks = wordSet(`recount recounts audit audits verification`)

// rev31lenObjectAdjectives open an object that is no name: "refusal to
// accept foreign observers".
var rev31lenObjectAdjectives = wordSet(`foreign international independent local new any`)

// rev31lenResultObjects are objects of a refusal that are the result or
// the winner besides the result nouns: "refused to accept his defeat",
// "not to recognise the will of the voters".
var rev31lenResultObjects = wordSet(`defeat loss will voters verdict president president-elect mandate`)

// rev31lenWordNouns quote the word after them as a word: "the word
// 'landslide'".
var rev31lenWordNouns = wordSet(`word words term terms phrase label slogan headline`)

// rev31lenQuotedHeads follow a quoted word used as a name or a modifier:
// "their 'victory' party", "the 'win' rally".
var rev31lenQuotedHeads = wordSet(`party parties rally rallies celebration celebrations parade parades speech speeches lap night tour march sign signs banner banners song songs bus`)

// rev31lenCloserLeads set up an act nearer to "do so" than the
// recognition verb before them: "asked whether Selm would cut its aid".
var rev31lenCloserLeads = wordSet(`would will should could can whether asked`)

// The word lists of rev31ml_signtail.go.

// rev31mlPlatformPreps open the tail of a signature line that names where
// the words were posted ("en X", "sur Facebook", "auf X", "в Telegram").
var rev31mlPlatformPreps = map[string]bool{"en": true, "sur": true, "no": true, "na": true, "em": true, "auf": true, "in": true, "bei": true, "via": true, "в": true, "on": true}

// The word lists of rev31ml_callwait.go.

// rev31mlWaitPhrases open a condition of waiting inside a Spanish call
// on people to act ("… a revisar las actas antes de reconocer a X").
var rev31mlWaitPhrases = []string{"antes de", "hasta que", "hasta conocer", "mientras no"}

// The word lists of ml32_opening.go.

// ml32SingularEndings end a Russian verb of one subject in the past tense
// (and its reflexive).
var ml32SingularEndings = []string{"л", "ла", "ло", "лся", "лась", "лось"}

// The word lists of ml32_group.go.

// ml32GroupNouns are the collective nouns of politics that make a group
// speaker, per language (nominative forms).
var ml32GroupNouns = map[string]map[string]bool{
	"es": wordSet(`oposición gobiernos países observadores manifestantes líderes dirigentes mandatarios partidos capitales aliados cancillerías`),
	"pt": wordSet(`oposição governos países observadores manifestantes líderes dirigentes partidos capitais aliados`),
	"fr": wordSet(`opposition gouvernements pays observateurs manifestants dirigeants partis capitales alliés chancelleries`),
	"ru": wordSet(`оппозиция правительства страны наблюдатели протестующие демонстранты лидеры партии столицы союзники`),
}

// ml32ClauseConjunctions open a clause whose subject a group may be
// ("pero la oposición rechazó", "а оппозиция отказалась").
var ml32ClauseConjunctions = wordSet(`pero mas mais но а однако`)

// The word lists of ml32_passive.go.

// ml32PassiveAux are the forms of "be" that make a passive, per language.
var ml32PassiveAux = map[string]map[string]bool{
	"es": wordSet(`fue fueron sido es son era eran`),
	"pt": wordSet(`foi foram sido é são era eram`),
	"fr": wordSet(`été est sont fut furent`),
	"de": wordSet(`wurde wurden worden`),
}

// ml32AgentPreps introduce a passive's agent.
var ml32AgentPreps = map[string]map[string]bool{
	"es": wordSet(`por`),
	"pt": wordSet(`por pelo pela pelos pelas`),
	"fr": wordSet(`par`),
	"de": wordSet(`von vom`),
}

// ml32PassiveStems are the stems of the stance verbs' participles.
var ml32PassiveStems = map[string][]string{
	"es": {"felicitad", "saludad", "celebrad", "reconocid", "aceptad", "rechazad", "condenad", "cuestionad", "criticad", "impugnad", "denunciad", "aplaudid", "elogiad", "respaldad", "avalad", "desconocid", "repudiad", "acogid"},
	"pt": {"felicitad", "saudad", "celebrad", "reconhecid", "aceitad", "rejeitad", "condenad", "questionad", "criticad", "contestad", "denunciad", "aplaudid", "elogiad", "repudiad", "acolhid"},
	"fr": {"félicit", "salu", "reconnu", "accept", "rejet", "condamn", "contest", "critiqu", "dénonc", "applaudi", "accueilli"},
	"de": {"begrüßt", "beglückwünscht", "anerkannt", "akzeptiert", "abgelehnt", "verurteilt", "kritisiert", "angezweifelt", "angefochten", "zurückgewiesen", "gelobt", "gewürdigt"},
}

// ml32ParticipleEndings follow a stem of ml32PassiveStems in a participle.
var ml32ParticipleEndings = map[string]map[string]bool{
	"es": {"o": true, "a": true, "os": true, "as": true},
	"pt": {"o": true, "a": true, "os": true, "as": true},
	"fr": {"é": true, "ée": true, "és": true, "ées": true, "": true, "e": true, "s": true, "es": true},
	"de": {"": true},
}

// The word lists of eval.go.

// foldArticles are the articles a name form may open with that foldForm
// drops, so that name matching ignores them ("The Kremlin", "La oposición", "Die Opposition").
var foldArticles = wordSet(`the la le les el los las die der das den o os a as`)

// The word lists of gr32_adverbopening.go.

// gr32RuOpeningAdverbs open a Russian sentence before its subject: time
// and sequence ("Вчера Китай поздравил …", "Позднее Москва заявила …").
var gr32RuOpeningAdverbs = wordSet(`вчера сегодня накануне позднее позже ранее затем потом впоследствии
	тогда теперь утром вечером днём днем ночью также тоже`)

// The word lists of gr32_rupassive.go.

// gr32RuPassiveStems are the stems of the short passive participles of
// Russian stance verbs ("признан", "признаны").
var gr32RuPassiveStems = []string{"признан", "поздравлен", "одобрен", "поддержан", "приветствован",
	"осужден", "осуждён", "отвергнут", "раскритикован", "оспорен", "отклонен", "отклонён", "подвергнут"}

// gr32RuInstrumental end a capitalised word in the instrumental.
var gr32RuInstrumental = []string{"ом", "ем", "ём", "ой", "ей", "ым", "им", "ами", "ями"}

// gr32RuInstrumentalForms map an instrumental ending to the nominative's,
// the likelier first for each ending ("ией" before "ей").
var gr32RuInstrumentalForms = [][2]string{
	{"ией", "ия"}, {"еей", "ея"}, {"аем", "ай"}, {"ем", "ь"}, {"ём", "ь"}, {"ом", ""},
	{"ской", "ская"}, {"ной", "ная"}, {"ой", "а"}, {"ей", "я"},
	{"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ским", "ский"}, {"ым", "ый"}, {"им", "ий"},
	{"ями", "и"}, {"ами", "ы"}, {"ами", "и"}, {"ами", "а"},
}

// The word lists of gr32_denominative.go.

// gr32DeAdjectiveEndings end a German adjective of a body's name in an
// oblique case ("Afrikanischen", "Europäischen", "Weißen", "Vereinten").
var gr32DeAdjectiveEndings = []string{"ischen", "lichen", "igen", "alen", "ären", "einten", "eißen", "oten", "ünen"}

// gr32DePluralHeads are the plural nouns that end a body's name, whose
// adjective keeps -en in the nominative ("die Vereinten Nationen").
var gr32DePluralHeads = wordSet(`nationen staaten emirate emiraten inseln niederlande niederlanden grünen`)

// The word lists of gr32_appeal.go.

// gr32DeCallUp are the finite forms of aufrufen (appeal), whose particle
// "auf" closes the clause; gr32DeAppealOn those of appellieren, before
// "an".
var (
	gr32DeCallUp   = wordSet(`rief riefen ruft rufen`)
	gr32DeAppealOn = wordSet(`appellierte appellierten appelliert appellieren`)
)

// The word lists of gr32_likewise.go.

// gr32Likewise are, per language, the verbs of acting or speaking out
// that an adverb of likeness (adverbs) right before them makes a follow
// verb, and the verbs of taking a position (positions).
var gr32Likewise = map[string]struct {
	verbs, adverbs, positions map[string]bool
}{
	"de": {wordSet(`äußerte äußerten reagierte reagierten`), wordSet(`ebenso ähnlich genauso gleichlautend ebenfalls`), nil},
	"ru": {wordSet(`поступил поступила поступили поступило высказался высказалась высказались`), wordSet(`аналогично также тоже`),
		wordSet(`занял заняла заняли заняло занимает занимают`)},
}

// gr32RuLikePositions are the adjectives of likeness before "позицию".
var gr32RuLikePositions = map[string]bool{"аналогичную": true, "схожую": true, "похожую": true, "такую же": true, "ту же": true}

// The word lists of gr32_modalwait.go.

// gr32DeModals are German modals of intent; gr32DeStanceInfinitives the
// infinitives that close their clause with a stance on the result.
var (
	gr32DeModals            = wordSet(`will wollen möchte möchten`)
	gr32DeStanceInfinitives = wordSet(`abwarten prüfen anerkennen akzeptieren anfechten respektieren`)
)

// The word lists of rev32gr_narrow.go.

// rev32grDeResultInfixes name the result inside a German word
// ("Wahlergebnis", "Wahlsieg", "Wählerwillen", "Nachzählung");
// rev32grDeCalmStems open the words of calm ("Ruhe", "Zurückhaltung").
var (
	rev32grDeResultInfixes = []string{"ergebnis", "sieg", "niederlage", "betrug", "fälsch", "auszähl", "zählung",
		"anerkenn", "anerkannt", "legitim", "votum", "wahlausgang", "wille", "resultat"}
	rev32grDeCalmStems = []string{"ruhe", "zurückhalt", "besonnen", "gewaltfrei", "gewaltverzicht", "geduld", "friedlich"}
)

// rev32grRuAdjectives end a Russian adjective in the instrumental
// ("Конституционным", "Центральной", "Европейской").
var rev32grRuAdjectives = []string{"ным", "ским", "цким", "лым", "ной", "ской", "цкой"}

// partyAdjectives describe a party or body between "of the" and its name
// (extract.go partyAdjective); hyphenated words ("right-wing") do too.
var partyAdjectives = wordSet(`ruling governing main opposition conservative liberal socialist nationalist centrist populist
	former leftist rightist communist independent`)

// The word lists of clause_fallback.go.

// silenceAdjectives stand between "made no" and "comment" (sentence.go).
var silenceAdjectives = wordSet(`public official further immediate formal`)

// asideRelatives open a relative clause after a comma.
var asideRelatives = wordSet(`who whose which where when whom while whereas although though`)

// actPasts are past tenses without -ed that report an act.
// ("spoke" is no act: a speech verb with nothing said.)
var actPasts = wordSet(`took gave made held went came brought sought put set struck
	won lost met led kept left found saw chose threw drew broke stood began cast paid
	taken given gone come chosen thrown drawn broken begun`)

// notVerbsEd are words in -ed that are rarely a finite verb of a subject.
var notVerbsEd = wordSet(`need seed feed speed bred shed hundred red bed indeed
	united based related detailed limited interested concerned so-called alleged`)

// determinerWords and edBlockers stand before an -ed adjective or a
// passive participle, not before a finite verb.
var determinerWords = wordSet(`the a an its his her their our my your this that these those some any no every each another
	such which whose what most more less very so too`)

var edBlockers = wordSet(`of in on at by for with from into onto over under about after before against as than
	to get gets got getting become becomes became seem seems seemed remain remains remained and or`)

// The word lists of clause_fallback.go (rev33en).

// rev33enConditionals open a condition or an indirect question whose
// subject the clause fallback does not read ("If X embraced the result, …").
var rev33enConditionals = wordSet(`if unless whether`)

// The word lists of rev33ml_votetime.go.

// rev33mlVoteTimes open a time adverbial whose noun may be the vote
// ("antes de las elecciones", "au lendemain du scrutin", "после выборов").
var rev33mlVoteTimes = map[string]map[string]bool{
	"es": wordSet(`antes durante después tras víspera día`),
	"fr": wordSet(`avant pendant après lendemain veille lors jour`),
	"pt": wordSet(`antes durante depois após véspera dia`),
	"de": wordSet(`vor nach während seit`),
	"ru": wordSet(`накануне после до перед время ходе день канун`),
}

// rev33mlVoteTimeNouns are German compounds that name the time of the
// vote ("am Wahlabend").
var rev33mlVoteTimeNouns = wordSet(`wahlabend wahltag wahlsonntag wahlnacht wahlwoche wahltermin`)

// rev33mlArrestVerbs tell that a subject arrested someone ("La Policía
// detuvo a tres hombres por robar urnas"): a police act, like a victim's
// sufferedWords no stance on the result (intl_fallback.go, suffered).
var rev33mlArrestVerbs = map[string]map[string]bool{
	"es": wordSet(`detuvo detuvieron arrestó arrestaron apresó apresaron`),
	"pt": wordSet(`deteve detiveram prendeu prenderam`),
	"fr": wordSet(`arrêta arrêtèrent interpella interpellèrent`),
	"de": wordSet(`verhaftete verhafteten`),
	"ru": wordSet(`задержал задержала задержали арестовал арестовала арестовали`),
}

// rev33mlOtherVotes open the words that, next to a word of the vote, make
// it another vote than the one reported ("sus propias elecciones", "les
// prochaines élections", "выборы в следующем году" is not caught).
var rev33mlOtherVotes = map[string][]string{
	"es": {"propi", "próxim", "anterior", "pasad", "futur", "municipal"},
	"fr": {"propre", "prochain", "précédent", "futur", "municipal"},
	"pt": {"própri", "próxim", "anterior", "passad", "futur", "municipa"},
	"de": {"eigen", "nächst", "vorig", "kommend", "künftig"},
	"ru": {"собствен", "следующ", "предыдущ", "прошл", "будущ", "муниципал"},
}

// rev33mlVoteCauses open a cause adverbial whose noun may be the vote
// ("por las elecciones", "à cause des élections", "wegen der Wahl").
var rev33mlVoteCauses = map[string]map[string]bool{
	"es": wordSet(`por debido causa motivo`),
	"fr": wordSet(`cause raison`),
	"pt": wordSet(`causa devido`),
	"de": wordSet(`wegen aufgrund`),
	"ru": wordSet(`из-за связи`),
}
