package article

// lab30mlDoubts are the stems of the verbs and nouns of doubting or
// disputing the result, per language (lab30ml_nodoubt.go): "dudar",
// "poner en duda", "discutir", "cuestionar", "impugnar", "duvidar",
// "contestar", "douter", "contester", "сомневаться", "оспорить".
var lab30mlDoubts = map[string][]string{
	"es": {"dud", "discut", "cuestion", "impugn", "objetar"},
	"pt": {"duvid", "dúvida", "contest", "question", "discut", "impugn"},
	"fr": {"dout", "contest", "discut", "questionner"},
	"ru": {"сомнева", "сомнени", "оспари", "оспор"},
}

// lab30mlDoubtObjects add to lab26mlContestObjects the words of a
// mandate, the figures and the legitimacy a doubt may be about ("nadie
// puede discutir estos números", "personne ne peut contester le
// mandat").
var lab30mlDoubtObjects = map[string][]string{
	"es": {"mandato", "número", "cifra", "legitimidad", "conteo", "recuento"},
	"pt": {"mandato", "número", "legitimidade", "contagem"},
	"fr": {"mandat", "chiffre", "légitimité", "score"},
	"ru": {"мандат", "цифр", "легитимн", "подсчёт", "подсчет"},
}

// lab30mlNobodies are the subjects of none: "nadie puede dudar",
// "ninguém pode contestar", "personne ne peut contester", "никто не
// может оспорить".
var lab30mlNobodies = wordSet(`nadie ninguém personne никто`)

// lab30mlGrounds are the nouns of grounds or reasons, which a negation
// before them turns into a denial: "no hay motivo para", "aucune raison
// de", "нет оснований", "não há razão para".
var lab30mlGrounds = wordSet(`motivo motivos razón razones fundamento fundamentos base
	razão razões
	raison raisons motif motifs fondement
	оснований основания причин причины повода поводов`)

// lab30mlNegators negate a noun of grounds where the lexicons' negators
// do not: "sin motivo", "sem razão", "нет оснований".
var lab30mlNegators = wordSet(`sin sem нет`)

// lab30mlComplementizers open a clause after a verb of doubting ("nadie
// duda de que hubo fraude"): what follows is the claim, not the result.
var lab30mlComplementizers = wordSet(`que qu' qu'il qu'elle qu'on что чтобы`)

// lab30mlRelatives stand before a word of none in a relative clause
// whose antecedent is the result ("un mandato que nadie podrá discutir").
var lab30mlRelatives = wordSet(`que qui который которую которое которые которого`)

// lab30mlDeDismissals are German verbs of dismissing ("tat die Abstimmung
// als wertlos ab", abtun): separable acts (fgrDeSeparableActs) like
// "wies das Ergebnis zurück", read when the particle closes the clause
// and a word of the vote stands between.
var lab30mlDeDismissals = map[string]string{"tat": "ab", "tut": "ab", "taten": "ab", "tun": "ab"}

func init() {
	for stem, part := range lab30mlDeDismissals {
		fgrDeSeparableActs[stem] = part
	}
}

// lab30mlDeAnds close a German clause after a separable particle as a
// comma does: "tat die Abstimmung als wertlos ab und stellte klar, …".
var lab30mlDeAnds = wordSet(`und sowie oder`)

// lab30mlDeferVerbs are the past (and French participle) forms of putting
// off, per language (lab30ml_defer.go): "aplazó", "adiou", "a reporté",
// "отложил", "verschob".
var lab30mlDeferVerbs = map[string]map[string]bool{
	"es": wordSet(`aplazó aplazaron pospuso pospusieron postergó postergaron difirió difirieron`),
	"pt": wordSet(`adiou adiaram postergou postergaram`),
	"fr": wordSet(`reporté reportée reportés ajourné différé`),
	"ru": wordSet(`отложил отложила отложили отложило`),
	"de": wordSet(`verschob verschoben vertagte vertagten`),
}

// lab30mlDeferObjects begin the words of a judgement or a greeting that
// may be put off, beside cond22Recognition's words of recognition:
// "saludo", "valoración", "avaliação", "jugement", "оценка", "выводы",
// "Urteil".
var lab30mlDeferObjects = map[string][]string{
	"es": {"saludo", "juicio", "valoraci", "evaluaci", "pronunciamiento", "conclusi", "veredicto"},
	"pt": {"cumprimento", "juízo", "avaliaç", "conclus", "pronunciamento", "parabéns"},
	"fr": {"jugement", "évaluation", "appréciation", "conclusion", "verdict"},
	"ru": {"оценк", "вывод", "суждени", "заключени"},
	"de": {"urteil", "bewertung", "einschätzung", "stellungnahme", "glückw"},
}

// lab30mlDeAssessments are German judgements of the vote a dismissal may
// target ("die positive Bewertung der OSZE als Schönfärberei abgetan").
var lab30mlDeAssessments = []string{"bewertung", "einschätzung", "lob", "urteil", "bilanz"}

// lab30mlDeWorries are charges and worries about the vote whose dismissal
// defends it ("tat die Vorwürfe als haltlos ab", "die Bedenken der
// Beobachter als übertrieben abgetan").
var lab30mlDeWorries = []string{"zweifel", "vorwürf", "vorwurf", "kritik", "betrug", "fälschung", "manipulation",
	"anschuldigung", "sorge", "bedenken", "einwänd", "einwand", "warnung", "klage", "protest", "beschwerde",
	"negativ", "kritisch", "vernichtend"} // "die negative Bewertung der Wahl als voreilig abgetan" defends it (rev30lml)

// lab30mlFlaws begin the words of flaws and complaints a verb of
// recognising may admit instead of the result (lab30ml_flaws.go).
var lab30mlFlaws = map[string][]string{
	"es": {"existencia", "irregularidad", "problema", "errores", "deficiencia", "falencia", "denuncia", "queja", "fallas", "fallos"},
	"pt": {"existência", "irregularidade", "problema", "erros", "falha", "deficiência", "denúncia", "queixa"},
	"fr": {"existence", "irrégularité", "problème", "erreurs", "défaillance", "dysfonctionnement", "plainte", "lacune"},
	"ru": {"наличие", "нарушени", "проблем", "ошибк", "недостатк", "жалоб"},
	"de": {"unregelmäßigkeit", "probleme", "fehler", "mängel", "pannen", "beschwerde"},
}

// lab30mlNobodyLinks may stand between a word of none and its verb of
// doubting: modals, auxiliaries of the future and negations ("nadie va a
// cuestionar", "personne ne pourra contester", "никто не сможет
// оспорить").
var lab30mlNobodyLinks = wordSet(`puede pueden podrá podrán podría podrían va van a debe debería
	pode podem poderá poderão poderia vai vão deve não
	ne n' peut peuvent pourra pourront pourrait va vont doit saurait
	не может могут сможет смогут будет станет должен`)

// rev30lmlJudgements are the words of lab30mlDeferObjects that judge
// something (rev30lml_narrow.go): a judgement put off may be of a budget
// or a match; greetings and recognitions are the winner's.
var rev30lmlJudgements = map[string][]string{
	"es": {"juicio", "valoraci", "evaluaci", "pronunciamiento", "conclusi", "veredicto"},
	"pt": {"juízo", "avaliaç", "conclus", "pronunciamento"},
	"fr": {"jugement", "évaluation", "appréciation", "conclusion", "verdict"},
	"ru": {"оценк", "вывод", "суждени", "заключени"},
	"de": {"urteil", "bewertung", "einschätzung", "stellungnahme"},
}

// rev30lmlVoteExtras are words of the vote beside lab26mlContestObjects
// and fgrVoteObjects that a put-off judgement may be of ("valoración de
// los comicios", "оценку выборов", "Bewertung der Wahl").
var rev30lmlVoteExtras = map[string][]string{
	"es": {"proceso", "jornada", "sufragio", "urnas", "proclamaci", "vencedor", "ganador"},
	"pt": {"processo", "jornada", "sufrágio", "urnas", "proclamaç", "vencedor"},
	"fr": {"processus", "urnes", "proclamation", "vainqueur", "présidentielle", "législatives"},
	"ru": {"процесс", "кампани", "победител"},
	"de": {"sieger", "urnengang", "präsidentschaftswahl", "parlamentswahl"},
}

// rev30lmlDeferStops end a put-off judgement's complement: a colon's or a
// clause's opening ("отложили выводы, пока …").
var rev30lmlDeferStops = wordSet(`que hasta até jusqu'à jusqu'au jusqu'aux до пока bis auf à`)

// rev30lmlDeferLinks are prepositions and determiners of five letters or
// more that name nothing in a put-off judgement's complement.
var rev30lmlDeferLinks = wordSet(`sobre acerca respecto cualquier qualquer toute toutes über definitiva
	definitivo final finale окончательную окончательной окончательные
	domingo sábado lunes martes miércoles jueves viernes anoche segunda terça quarta quinta sexta ontem
	dimanche samedi lundi mardi mercredi jeudi vendredi воскресенья субботы`)

// rev30lmlIfs are words of condition before a denied doubt
// (rev30lml_narrow.go): "si el recuento confirma …, nadie podrá …".
var rev30lmlIfs = wordSet(`si s'il s'ils если wenn falls`)

// rev30lmlVictories are the words of a victory a rival may claim no one
// can doubt (rev30lml_narrow.go): "nadie puede discutir su victoria".
var rev30lmlVictories = []string{"victori", "triunf", "vitóri", "victoire", "побед"}
