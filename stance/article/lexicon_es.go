package article

// spanish: «…» and “…” quotations, the raya of dialogue ("—No lo
// aceptaremos —dijo el ministro—."), the verb before its subject after a
// quotation ("«…», dijo Petro") and a dropped subject ("«…», añadió").
var spanish = langLexicon{
	code: "es",
	speechVerbs: wordSet(`
		objetó objeta matizó matiza deslizó desliza alegó alega arguyó adujo
		contó cuenta
		dijo dice dijeron decía declaró declara declararon afirmó afirma afirmaron
		aseguró asegura aseguraron señaló señala señalaron añadió añade agregó agrega
		escribió escribe sostuvo sostiene subrayó subraya insistió insiste
		advirtió advierte indicó indica explicó explica manifestó manifiesta
		apuntó apunta expresó expresa respondió responde replicó replica
		comentó comenta recalcó recalca concluyó anunció anuncia reiteró reitera
		repite repitió repetía
		puntualizó precisó enfatizó denunció denuncia
		posteó tuiteó publicó informó informa informaron limitó limitaron
		dicho declarado afirmado asegurado señalado añadido escrito
		defendió defiende defendieron
		cree creen considera consideró opina opinó estima estimó
		sentenció sentencia remarcó remarca destacó destaca aseveró asevera lamentó lamenta
		reprochó reprocha alertó alerta recordó recuerda ratificó ratifica acotó resaltó resalta
		aclaró aclara confirmó confirma mencionó planteó sugirió argumentó ironizó exclamó zanjó
		destacaron lamentaron recordaron confirmaron aclararon proclamó`),
	auxiliaries:       wordSet(`ha han había habían`),
	clitics:           wordSet(`le les me nos`),
	according:         []string{"según", "de acuerdo con", "a juicio de", "en palabras de", "para"},
	backPhrases:       []string{"así lo", "así se", "eso lo", "esto lo"},
	sourceNouns:       wordSet(`comunicado nota declaración mensaje fuentes fuente entorno`),
	sourceLinks:       wordSet(`de del la el los las difundido difundida publicado publicada emitido emitida por un una`),
	pronounAccording:  []string{"según él", "según ella", "a su juicio", "en su opinión"},
	likePhrases:       []string{"al igual que", "como hizo", "lo mismo que", "así como"},
	complementizers:   wordSet(`que`),
	reportedAccording: []string{"según", "de acuerdo con", "a juicio de", "en palabras de"},
	openingAccording:  []string{"para"},
	through:           []string{"a través de", "por medio de", "por boca de"},
	infinitives:       wordSet(`haber`),
	actionVerbs: wordSet(`
		festejó festejaron festeja
		felicitó felicita felicitaron felicitan felicitado saludó saluda saludaron
		saludado reconoció reconoce reconocieron reconocido rechazó rechaza
		rechazaron rechazado negó niega negaron negado condenó condena condenaron
		celebró celebra celebraron aplaudió aplaude respaldó respalda respaldaron
		cuestionó cuestiona cuestionaron impugnó impugna
		felicitando saludando calificó calificaron tildó
		manifestó expresó expresaron pidió pide pidieron exigió exige exigieron
		reclamó reclama reclamaron instó evitó evitaron anunció anunciaron deseó desearon esperará esperarán elogió elogiaron
		admitió admite admitieron aceptó acepta aceptaron felicitaba saludaba
		felicitaba saludaba reconocía rechazaba acusó acusaron limitó limitaron atacó atacaron
		desconoció desconocieron repudió repudiaron repudia tachó tacharon
		exhortó exhortaron instaron
		ofreció ofrecieron`),
	commentatorNouns: wordSet(`economista economistas analista analistas politólogo politóloga
		profesor profesora investigador investigadora constitucionalista experto experta
		consultor consultora vendedor vendedora comerciante sociólogo socióloga
		demógrafo demógrafa historiador historiadora docente académico académica
		catedrático catedrática encuestador encuestadora`),
	commentatorVerbs: wordSet(`vende venden enseña enseñan investiga`),
	occupations:      wordSet(`coordinador auxiliar coordinadora director directora gerente inspector inspectora abogado abogada médico médica estudiante vecino vecina votante elector electora empresario empresaria periodista activista sacerdote residente jubilado jubilada trabajador trabajadora agricultor agricultora taxista migrante`),
	topicStems:       []string{"elec", "elegid", "vot", "result", "victori", "triunf", "gan", "derrot", "fraud", "recuent", "escrutini", "conteo", "actas", "acta", "urna", "comicio", "felicit", "enhorabuena", "reconoc", "mandat", "investidura", "legítim", "legitim", "ilegítim", "democr", "dictad", "farsa", "proclam", "transparen", "pueblo", "voluntad", "soberan", "cne", "tribunal", "jurado"},
	sendVerbs: wordSet(`envió enviaron enviado envía mandó mandaron transmitió trasladó hizo hicieron
		llamó llamaron telefoneó telefonearon
		sumó sumaron unió unieron adhirió adhirieron`),
	purposes:         wordSet(`para`),
	congratStems:     []string{"felicita", "enhorabuena", "parabien", "saludo", "telegrama", "mensaje"},
	recognitionStems: []string{"acept", "felicit", "enhorabuena", "reconoc", "saludó", "saludaron", "saludar", "aplaudi"},
	negators:         wordSet(`no nunca ni tampoco`),
	refusals:         wordSet(`negó negaron niega niegan rechazó rechaza rechazaron evitó evitaron`),
	conditions:       wordSet(`hasta mientras antes`),
	avoids:           wordSet(`evitó evitaron`),
	silences:         wordSet(`pronunciado pronunció pronunciaron pronunciarse manifestado manifestó manifestarse dicho reaccionado reaccionó reaccionar comentado comentó comentar`),
	keeps:            wordSet(`mantiene mantuvo mantenía mantienen sigue seguía siguió permanece permanecía permaneció continúa continuaba guarda guardó guardaba silenció silenciaron calló callaron`),
	silentWords:      wordSet(`silencio callado callada callados silenció silenciaron calló callaron`),
	followVerbs:      wordSet(`siguió siguieron`),
	followWords:      wordSet(`ejemplo ejemplos línea pasos poco pocos pocas luego después minutos horas`),
	followedVerbs:    wordSet(`seguido seguida seguidos seguidas imitado imitada`),
	agents:           wordSet(`por de del`),
	subjectRelatives: wordSet(`que quien`),
	comeVerbs:        wordSet(`llegaron llegó vinieron vino recibió recibieron recibe reciben`),
	fromWords:        wordSet(`de del desde`),
	including:        []string{"como", "entre ellos", "entre ellas", "incluido", "incluida", "incluyendo"},
	interviewIntros:  []string{"hablamos con", "conversamos con", "entrevistamos a", "nuestro entrevistado", "nuestra entrevistada"},
	answerMarks:      wordSet(`r`),
	questionMarks:    wordSet(`p`),
	delays:           wordSet(`aún todavía había habían`),
	among:            wordSet(`entre`),
	amongVerbs:       wordSet(`estuvieron estaban estuvo figuraban figuran figuraron están`),
	officeSynonyms: map[string]string{"canciller": "ministro", "ministro": "ministro", "ministra": "ministro",
		"presidente": "presidente", "mandatario": "presidente", "presidenta": "presidente", "mandataria": "presidente",
		"líder": "líder", "dirigente": "líder", "lideresa": "líder"},
	reflexives:      wordSet(`se`),
	demonymSuffixes: []string{"ano", "ana", "ense", "és", "esa", "eño", "eña", "ino", "ina", "ita"},
	firstVerbs:      wordSet(`fue figuró estuvo`),
	firstWords:      wordSet(`primero primera primeros primeras`),
	whens:           []string{"cuando"},
	conjunctions:    wordSet(`y e`),
	preverbs:        wordSet(`no aún todavía ya se le les lo la ha han había habían también tampoco`),
	officeAliases:   map[string]string{"jefe estado": "presidente", "jefa estado": "presidente", "jefe diplomacia": "ministro", "jefa diplomacia": "ministro", "jefe gobierno": "primer"},
	roles: wordSet(`
		presidente presidenta expresidente expresidenta vicepresidente vicepresidenta
		exministro exministra excanciller mandatario mandataria
		ministro ministra canciller vicecanciller portavoz vocero vocera
		secretario secretaria jefe jefa líder dirigente senador senadora
		diputado diputada embajador embajadora gobernador gobernadora alcalde alcaldesa
		primer rey reina candidato candidata opositor opositora director directora
		analista politólogo politóloga observador observadora gobierno cancillería representante emir premier
		embajada ministerio aliado aliada`),
	rolePreps:   wordSet(`de del`),
	determiners: wordSet(`el la los las un una su sus`),
	definite:    wordSet(`el la los las`),
	pronouns:    wordSet(`él ella`),
	stops: wordSet(`en durante tras ante a al con desde por para que y e pero
		ayer hoy mañana`),
	notNames: wordSet(`ayer hoy además pero sin también luego después así aunque
		mientras este esta estos estas nosotros no sí lunes martes miércoles jueves
		viernes sábado domingo asimismo igualmente`),
	prodrop: true,
}

// spanishSide: see sideLexicon (intl_side.go).
var spanishSide = sideLexicon{
	where:    wordSet(`donde`),
	posted:   wordSet(`embajada embajador embajadora consulado cónsul`),
	at:       wordSet(`en`),
	speak:    wordSet(`habló habla hablaba hablaron hablado`),
	of:       wordSet(`de`),
	objects:  wordSet(`un una unos unas`),
	ownPart:  []string{"por su parte", "a su vez"},
	makes:    wordSet(`hizo hicieron hecho hace hacen`),
	comments: wordSet(`comentario comentarios declaraciones`),
	nones:    wordSet(`ningún ninguna`),
	so:       wordSet(`lo`),
	buts:     wordSet(`pero mas`),
	inWhich:  []string{"en el que", "en la que", "en el cual", "en la cual"},
	phones:   wordSet(`telefoneó telefoneo llamó llamaron telefonearon`),
	winners:  wordSet(`ganador ganadora vencedor vencedora triunfador`),
}

// spanishJudging are the verbs of judging or commenting that an act of
// avoiding takes ("evitó calificar la votación"; intl_avoid12.go).
var spanishJudging = wordSet(`calificar valorar evaluar opinar comentar juzgar pronunciarse`)

// spanishJudged are the verbs of judging that take an object and a
// predicate ("consideró las elecciones transparentes"; intl_judged13.go).
var spanishJudged = wordSet(`consideró considera consideraron consideran juzgó juzga estimó estima`)

// spanishPraised: a vote called free and fair ("calificó las elecciones
// de libres y transparentes", "consideró la votación limpia";
// intl_praised12.go).
var spanishPraised = praiseWords{
	calls: wordSet(`calificó calificaron califica consideró consideraron considera describió describieron
		definió definieron estimó juzgó catalogó`),
	objects: []string{"elecci", "comicio", "votaci", "escrutini", "sufragi"},
	praises: []string{"libre", "limpi", "transparent", "justa", "justo", "creíble", "honest", "democrátic",
		"ejemplar", "legítim", "correct"},
	neither: wordSet(`ni`),
	buts:    wordSet(`pero aunque sino`),
}
