package article

// lab26mlRespects are the verbs of respecting or abiding by, per language
// (lab26ml_respect.go): "respeta el resultado", "respeita a decisão do
// Conselho Constitucional", "respecte le verdict", "respektiere das
// Ergebnis", "уважаю итоги голосования". Subjunctives and infinitives are
// in: a call on others to respect the result ("apelou ao MpD para
// respeitar a decisão") recognises it too.
var lab26mlRespects = map[string]map[string]bool{
	"es": wordSet(`respeta respetan respetamos respeto respetó respetaron respetará respetaremos respetarán respetar
		respete respeten respetado respetada acata acatan acatamos acato acató acataron acatar acatará acataremos acate acaten`),
	"pt": wordSet(`respeita respeitam respeitamos respeito respeitou respeitaram respeitará respeitaremos respeitarão respeitar
		respeite respeitem respeitado respeitada acata acatam acatamos acato acatou acataram acatar acatará acataremos acate acatem`),
	"fr": wordSet(`respecte respectent respectons respecté respectée respecter respectera respecterons respecteront respectait`),
	"de": wordSet(`respektiere respektiert respektieren respektierte respektierten respektierst akzeptiere`),
	"ru": wordSet(`уважаю уважаем уважает уважают уважал уважала уважали уважать уважайте уважим`),
}

// lab26mlResultObjects begin the words of a declared result or of the
// decision of the body that declared it, the objects that make respect a
// recognition. The people's choice or will ("la elección del pueblo", "den
// Willen des Volkes", "выбор народа") is left out: a government that
// respects "the choice of the people" without naming the winner often
// withholds.
var lab26mlResultObjects = map[string][]string{
	"es": {"resultado", "veredicto", "decisión", "decisiones", "fallo", "dictamen"},
	"pt": {"resultado", "veredicto", "decisão", "decisões", "acórdão"},
	"fr": {"résultat", "verdict", "décision"},
	"de": {"ergebnis", "wahlergebnis", "entscheidung", "urteil", "votum"},
	"ru": {"итог", "результат", "решени", "вердикт"},
}

// lab26mlWhatever are phrases of a result not yet known ("sea cual sea",
// "seja ele qual for", "quel qu'il soit", "wie auch immer", "каким бы ни"):
// respecting whatever comes is waiting, not recognising.
var lab26mlWhatever = []string{"sea cual sea", "sean cuales sean", "cual sea", "qual for", "quais forem", "quel qu'il soit",
	"quelle qu'elle soit", "quels qu'ils soient", "wie auch immer", "wie immer es", "welches auch immer", "каким бы ни",
	"какими бы ни", "каков бы ни", "каковы бы ни", "lo que decida", "o que decidir", "ce que décidera", "ce que dira"}

// lab26mlConcedeVerbs recognise a defeat when one (lab26mlDefeats)
// follows them within three words ("reconheceu a derrota", "reconoció su
// derrota", "a reconnu sa défaite", "признал поражение"); the verbs of
// admitting are concessionVerbs (intl_concede.go).
var lab26mlConcedeVerbs = map[string]map[string]bool{
	"es": wordSet(`reconoció reconocieron reconoce reconocen reconocido`),
	"pt": wordSet(`reconheceu reconheceram reconhece reconhecem reconhecido`),
	"fr": wordSet(`reconnu reconnaît reconnaissent reconnut`),
	"ru": wordSet(`признал признала признали признаёт признает признают`),
}

// lab26mlDefeats begin the words of a defeat, per language.
var lab26mlDefeats = map[string][]string{
	"es": {"derrota"}, "pt": {"derrota"}, "fr": {"défaite"}, "de": {"niederlage", "wahlniederlage"}, "ru": {"поражени"},
}

// lab26mlContests are the stems of the verbs and nouns of contesting the
// result, per language (lab26ml_notcontest.go): "impugnar", "recurrir",
// "contestar", "recorrer", "contester", "оспаривать", "обжаловать", and
// the appeal itself ("recurso", "recours", "impugnación").
var lab26mlContests = map[string][]string{
	"es": {"impugn", "recurrir", "recurrirá", "recurrire", "recurso"},
	"pt": {"contest", "impugn", "recorrer", "recorrerá", "recorrere", "recurso"},
	"fr": {"contester", "contestera", "contesterons", "contesteront", "recours"},
	"ru": {"оспари", "оспорит", "оспорим", "оспорят", "оспорить", "обжалова", "обжалу"},
}

// lab26mlContestLinks may stand between a negation and a verb or noun of
// contesting: auxiliaries of the future and of intention ("no va a
// impugnar", "não vai contestar", "ne va pas contester", "не будет
// оспаривать", "не намерен оспаривать") and the verbs that file an
// appeal ("no presentará recursos", "n'introduira aucun recours").
var lab26mlContestLinks = wordSet(`va vamos van a piensa piensan pensamos está estamos están tiene tienen previsto intención de
	presentará presentarán presentaremos presentar interpondrá interpondremos interponer
	vai vão irá irão pretende pretendem tenciona tencionam estão apresentará apresentarão apresentaremos apresentar interpor
	pas compte comptent entend entendent envisage introduira introduirons introduire déposera déposerons déposer aucun aucune
	ningún ninguna ningunos nenhum nenhuma
	будет будем будут станет станем станут намерен намерена намерены собирается собираются собираемся планирует планируют`)

// lab26mlContestNegators negate a contest where the lexicon's negators
// do not: the quantifiers of none ("aucun recours", "ningún recurso",
// "nenhum recurso").
var lab26mlContestNegators = wordSet(`aucun aucune ningún ninguna nenhum nenhuma`)

// lab26mlContestObjects begin the words of the result a contest is
// about; a negated contest of something else ("no impugnará la
// candidatura") recognises nothing.
var lab26mlContestObjects = map[string][]string{
	"es": {"resultado", "elecci", "comicio", "votaci", "victoria", "triunfo", "escrutinio", "cómputo", "fallo", "veredicto"},
	"pt": {"resultado", "eleiç", "pleito", "votaç", "vitória", "apuraç", "escrutín", "veredicto"},
	"fr": {"résultat", "élection", "scrutin", "vote", "victoire", "verdict", "décompte"},
	"ru": {"итог", "результат", "выбор", "голосовани", "побед", "решени"},
}

// lab26mlDecisions begin the words of a decision among
// lab26mlResultObjects: a decision is the result's only when a body that
// declares results made it (lab26mlAuthorities: "la decisión del
// tribunal", "a decisão do Conselho Constitucional") or it has no
// complement ("respeta esa decisión"); "la decisión soberana de los
// ecuatorianos", "die Entscheidung des ukrainischen Volkes" is the
// people's choice, the diplomatic formula that often withholds.
var lab26mlDecisions = []string{"decisi", "decisã", "decisõ", "décision", "entscheidung", "решени"}

// lab26mlAuthorities begin the words of the bodies that declare or judge a
// result.
var lab26mlAuthorities = []string{"tribunal", "conselho", "conseil", "consejo", "comisi", "comiss", "commission", "cour", "corte",
	"junta", "jurado", "cne", "tse", "cni", "cena", "ceni", "cei", "ine", "jne", "supremo", "juez", "juiz", "juge", "gericht",
	"kommission", "verfassungs", "wahlleit", "wahlbehörde", "wahlkommission", "суд", "комисс", "цик", "избирком", "центризбирком"}

// lab26mlGenitives open the complement of a decision ("de los
// ecuatorianos", "des Volkes").
var lab26mlGenitives = wordSet(`de del dos das da do des du d' der`)

// lab26mlNeithers are the correlative negations ("nem", "ni", "ни"): a
// contest denied with one of them is half of "neither … nor", not a
// recognition (lab26ml_notcontest.go).
var lab26mlNeithers = wordSet(`nem ni ни`)
