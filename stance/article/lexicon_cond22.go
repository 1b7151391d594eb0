package article

// cond22Openers open a condition a recognition is made to wait on
// (cond22_deferred.go), per language, as the words of a phrase joined by
// spaces; a word ending in an apostrophe opens any word it begins
// ("lorsqu'", "qu'"). English "if", "once", "provided" and "as soon as"
// are conditionalRecognition's (en21_cond.go).
var cond22Openers = map[string][]string{
	"en": {"when", "after", "the moment", "the day", "only when", "as soon as", "once", "if", "provided", "whenever"},
	"es": {"si", "cuando", "el día en que", "el día que", "una vez", "en cuanto", "tan pronto", "después de", "después que", "luego de", "apenas", "siempre que", "solo cuando", "sólo cuando"},
	"pt": {"se", "quando", "no dia em que", "o dia em que", "assim que", "logo que", "depois de", "depois da", "depois do", "depois que", "após", "uma vez", "desde que", "tão logo"},
	"fr": {"si", "le jour où", "s'il", "s'ils", "s'elle", "quand", "lorsque", "lorsqu'", "une fois", "dès que", "dès qu'", "après", "sitôt", "aussitôt", "à condition", "pourvu"},
	"de": {"wenn", "sobald", "falls", "nachdem", "sofern", "erst wenn"},
	"ru": {"когда", "как только", "после", "если", "лишь после", "только после"},
}

// cond22Steps begin the words of a step of the count a condition names
// (a court, a commission, the official or final result, a swearing-in).
// English also takes conditionStep's lists (en21_cond.go).
var cond22Steps = map[string][]string{
	"en": {"returned", "counted", "ballots", "re-elected", "reelected", "declared", "sworn", "inaugurat", "proclaim", "spoken", "rules", "ruled", "ruling", "verdict", "count", "tally", "results"},
	"es": {"result", "contad", "boleta", "tribunal", "escrutini", "proclam", "oficial", "definitiv", "cne", "jurado", "junta", "recuent", "conteo", "certifi", "confirm", "valid", "actas", "cómputo", "consejo", "juramen", "investid", "posesión", "corte"},
	"pt": {"result", "contad", "boletin", "boletim", "tribunal", "tse", "proclama", "oficia", "definitiv", "cne", "comissão", "contagem", "recontagem", "apura", "certifi", "confirm", "valid", "atas", "actas", "posse", "investidura", "supremo", "juramen"},
	"fr": {"résultat", "compté", "bulletin", "conseil", "cour", "proclam", "officiel", "définiti", "commission", "décompte", "recompt", "dépouill", "certifi", "confirm", "valid", "ceni", "investi", "assermenté", "prestation", "tribunal"},
	"de": {"ergebnis", "endergebnis", "amtlich", "offiziell", "gericht", "kommission", "bestätig", "vereidigt", "vereidigung", "feststeh", "fest", "auszählung", "ausgezählt", "wahlleit", "amtseinführung", "verfassungsgericht", "wahlkommission", "gewählt", "vorliegt", "vorliegen"},
	"ru": {"цик", "итог", "результат", "суд", "официальн", "объяв", "подтверд", "подсч", "инаугурац", "окончательн", "избирком", "комисси", "присяг", "вступ"},
}

// cond22Futures end a recognition verb's forms that are still to come
// (future and conditional): "felicitaremos", "nous féliciterons",
// "reconheceria", "поздравим". German has none: its future is an
// auxiliary (cond22Auxiliaries).
var cond22Futures = map[string][]string{
	"es": {"ré", "rá", "remos", "rán", "rás", "ría", "rían", "ríamos"},
	"pt": {"rei", "rá", "remos", "rão", "rás", "ria", "riam", "ríamos"},
	"fr": {"rai", "ra", "rons", "ront", "rait", "raient", "rez", "rais"},
	"ru": {"им", "ит", "ят", "ем", "ет", "ют", "ут"},
}

// cond22Auxiliaries put the recognition that follows them (within
// cond22AuxSpan words) in the future or a modal: "vamos felicitar", "va a
// reconocer", "werden gratulieren", "будем поздравлять"; English has
// deferringModals.
var cond22Auxiliaries = map[string]map[string]bool{
	"es": wordSet(`vamos va van voy iremos irá irán podrá podremos podrán podría podrían enviaremos enviará enviarán haremos hará`),
	"pt": wordSet(`vamos vai vão vou iremos irá irão poderá poderemos poderão poderia poderiam enviaremos enviará enviarão faremos fará`),
	"fr": wordSet(`allons va vont vais irons ira iront pourra pourrons pourront pourrait pourraient adresserons adressera adresseront enverrons enverra enverront`),
	"de": wordSet(`werden werde wird würde würden wollen will möchten möchte`),
	"ru": wordSet(`будем будет будут буду готовы готов готова станем станет направим направит`),
}

// cond22HoldVerbs hold a congratulation back until a step ("will hold my
// congratulations until the court has spoken", "reservaremos las
// felicitaciones hasta"): a hold verb, a recognition within three words
// after it, then cond22Untils within eight.
var cond22HoldVerbs = map[string]map[string]bool{
	"en": wordSet(`hold holding holds held reserve reserving reserves reserved withhold withholding save saving keep keeping defer deferring postpone postponing`),
	"es": wordSet(`reservaremos reservará reservarán reservamos guardaremos guardará aplazaremos aplazará posponemos pospondremos pospondrá`),
	"pt": wordSet(`reservaremos reservará guardaremos guardará adiaremos adiará`),
	"fr": wordSet(`réservons réserverons réservera gardons garderons gardera`),
	"de": wordSet(`aufsparen zurückhalten zurückstellen aufheben warten abwarten`),
	"ru": wordSet(`отложим отложит отложат повременим`),
}

// cond22Untils end a held congratulation's wait: "until", "hasta", "bis".
var cond22Untils = map[string]map[string]bool{
	"en": wordSet(`until till pending`),
	"es": wordSet(`hasta`),
	"pt": wordSet(`até`),
	"fr": wordSet(`jusqu'à jusqu'au jusqu'aux jusqu'`),
	"de": wordSet(`bis`),
	"ru": wordSet(`до пока`),
}

// cond22AuxSpan is how far a recognition may follow its auxiliary
// ("würden dem neuen Präsidenten gratulieren").
const cond22AuxSpan = 5

// cond22Pairs are the openers and closers of a negative correlative pair
// ("neither … nor", "ni … ni", "weder … noch", "ни … ни"), per language.
var cond22Pairs = map[string][2]string{
	"en": {"neither", "nor"},
	"es": {"ni", "ni"},
	"pt": {"nem", "nem"},
	"fr": {"ni", "ni"},
	"de": {"weder", "noch"},
	"ru": {"ни", "ни"},
}

// cond22Delays say a refusal is for now: "yet", "aún", "noch nicht".
var cond22Delays = map[string]map[string]bool{
	"en": wordSet(`yet still until unless before`),
	"es": wordSet(`aún todavía hasta mientras`),
	"pt": wordSet(`ainda até enquanto`),
	"fr": wordSet(`encore toujours jusqu'à tant`),
	"de": wordSet(`vorerst bisher bislang bis solange vorläufig zunächst`),
	"ru": wordSet(`ещё еще пока`),
}

// cond22Demands are verbs of demanding or urging: a recognition they
// govern is asked of another, not made by the speaker
// (cond22_demand.go): "exigiu que a comissão aceite", "forderte die
// Kommission auf, … zu akzeptieren", "потребовал, чтобы ЦИК признал".
var cond22Demands = map[string]map[string]bool{
	"es": wordSet(`exigió exige exigieron exigen exigimos pidió pide pidieron piden reclamó reclama reclamaron instó instaron urgió conminó`),
	"pt": wordSet(`exigiu exige exigiram exigem exigimos pediu pede pediram pedem reclamou instou`),
	"fr": wordSet(`exigé exige exigent exigeons exigeait demandé demande demandent réclamé réclame sommé somme`),
	"de": wordSet(`forderte fordert forderten fordern verlangte verlangt verlangten appellierte drängte`),
	"ru": wordSet(`потребовал потребовала потребовали требует требуют требовал требовала призвал призвала призвали призывает`),
}

// cond22Complementizers introduce the clause of what is demanded; German
// and Russian need none ("forderte X auf, … anzuerkennen", "призвал X
// признать").
var cond22Complementizers = map[string]map[string]bool{
	"es": wordSet(`que a`),
	"pt": wordSet(`que a`),
	"fr": wordSet(`que qu' à de`),
}

// cond22LoserStems begin words for the losing side of the count a demand
// may be made of: the opposition, the defeated or losing candidates
// (cond22_demand.go).
var cond22LoserStems = []string{"opposition", "oposici", "oposiç", "opositor", "derrotad", "vencid", "perdedor",
	"battu", "perdant", "unterleg", "verlierer", "оппозиц", "проигравш", "побеждённ", "побежденн"}

// cond22Repeats say a recognition is made again, after one already given
// (cond22Repeated), as the words of a phrase. "In person" alone is no
// repetition: "I will personally congratulate her once she is sworn in"
// still defers.
var cond22Repeats = map[string][]string{
	"en": {"again", "once more"},
	"es": {"de nuevo", "nuevamente", "otra vez"},
	"pt": {"de novo", "novamente", "outra vez"},
	"fr": {"de nouveau", "à nouveau"},
	"de": {"noch einmal", "erneut", "nochmals"},
	"ru": {"ещё раз", "еще раз", "снова"},
}

// cond22Already say a recognition is done already ("already", "ya",
// "bereits", "уже") when they stand shortly before it (cond22Repeated).
var cond22Already = map[string]map[string]bool{
	"en": wordSet(`already`),
	"es": wordSet(`ya`),
	"pt": wordSet(`já`),
	"fr": wordSet(`déjà`),
	"de": wordSet(`bereits schon`),
	"ru": wordSet(`уже`),
}

// cond22Coordinators join a second clause (cond22SecondClause).
var cond22Coordinators = wordSet(`and y e et und и`)
