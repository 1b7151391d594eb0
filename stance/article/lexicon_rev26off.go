package article

// rev26offVerdictStems open words of a verdict on the vote in a remark
// without a word of the election (rev26off_verdict.go): theft and
// cheating ("robaron", "roubaram", "volé", "betrogen", "украли"), winning
// ("gagné", "ganhou", "gewonnen", "выиграл") and the country's decision
// ("decidió", "a décidé", "decidiu", "entschieden"). Verbs of choosing
// ("eligió", "выбрал") and "Führung" are left out: a driver "chose another
// road", a guided tour ("Führung") is cancelled.
var rev26offVerdictStems = map[string][]string{
	"es": {"robar", "robaron", "robó", "robo", "estaf", "engañ", "tramp", "decidió", "decidieron"},
	"fr": {"volé", "volée", "volés", "voleur", "triché", "trich", "gagné", "gagnée", "décidé"},
	"pt": {"roub", "engan", "batot", "ganhou", "ganhar", "decidiu", "decidiram"},
	"de": {"betrog", "betrüg", "gestohlen", "stahl", "geklaut", "gewonnen", "entschieden"},
	"ru": {"украл", "украд", "украст", "обман", "нарисова", "подтасов", "выиграл"},
}

// rev26offGoverningParts open German compounds of an administration that
// governs a territory (rev26offGoverning): transitional, military, civil
// (the UN's is read from its hyphen: "UN-Verwaltung").
var rev26offGoverningParts = []string{"übergang", "militär", "zivil", "treuhand"}
