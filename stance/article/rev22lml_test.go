package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestRev22lmlIndefiniteOffice: an office of its own, or a post of a body
// of politics past adjectives or in a German compound, stays an office
// after an indefinite article; a post of a firm or an association is
// still an occupation. Sentences written for the review.
func TestRev22lmlIndefiniteOffice(t *testing.T) {
	cases := []struct {
		name, code, text, speaker string
		off                       bool
	}{
		{"es senator of a province", "es", "«Es un robo a plena luz del día», dijo Raúl Ortiz, senador de una provincia del norte.", "Raúl Ortiz", false},
		{"es deputy of a small party", "es", "«Trabajaremos con el nuevo gobierno», afirmó Pilar Soto, diputada de un pequeño partido regionalista.", "Pilar Soto", false},
		{"fr mayor of a commune", "fr", "« C'est un vol pur et simple », a lancé Marc Essomba, maire d'une commune frontalière.", "Marc Essomba", false},
		{"de spokesman of an opposition party", "de", "„Das ist ein Raub am helllichten Tag“, sagte Jens Kohl, Sprecher einer Oppositionspartei.", "Jens Kohl", false},
		{"ru member of an opposition faction", "ru", "«Это откровенный грабёж», — заявил Пётр Зуев, член одной из оппозиционных фракций.", "Пётр Зуев", false},
		{"pt spokesman of a small party", "pt", `"Vamos trabalhar com o novo governo", afirmou Célia Prado, porta-voz de um pequeno partido do centro.`, "Célia Prado", false},
		// the rule still reads a firm's or an association's post
		{"es spokeswoman of a chamber of commerce", "es", "«Las ventas de noviembre cayeron un diez por ciento», explicó Luisa Paredes, portavoz de una cámara de comercio local.", "Luisa Paredes", true},
		{"fr director of a transit firm", "fr", "« Les navires attendent trois jours au port », a expliqué Henri Ngo, directeur d'une société de transit.", "Henri Ngo", true},
		{"de spokeswoman of a bus company", "de", "„Die Busse nach Kroatien sind ausgebucht“, sagte Lena Fuchs, Sprecherin eines Busunternehmens.", "Lena Fuchs", true},
		{"es union secretary", "es", "«Los salarios deben subir un cinco por ciento», dijo Ana Ruiz, portavoz de un sindicato de docentes.", "Ana Ruiz", true},
		{"pt vice-president of an agency", "pt", `"Os voos para o Funchal estão cheios", contou Vasco Lima, vice-presidente de uma agência de viagens.`, "Vasco Lima", true},
		{"ru staff of one of the banks", "ru", "«Спрос на ипотеку весной растёт», — сказала Ольга Зимина, сотрудница одного из крупных банков.", "Ольга Зимина", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := ExtractLang(c.text, c.code)
			assert.NotEmpty(t, rs)
			got := lexicons[c.code].offTopicSpeakers(stance.Context{Winner: []string{"Norland"}}, c.text, rs)
			assert.Equal(t, c.off, got[c.speaker], "remarks: %+v", rs)
		})
	}
}

// TestRev22lmlWhoever: Russian idioms that name no next leader, and a
// remark that names the winner. Sentences written for the review.
func TestRev22lmlWhoever(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "кто бы что ни говорил, победа честная", false},
		{"ru", "кто бы там что ни думал, мы поздравляем нового президента", false},
		{"ru", "кто станет спорить с такими цифрами", false},
		{"ru", "кто бы ни стал президентом, мы будем партнёрами", true},
		{"ru", "тот, кто станет президентом, получит нашу поддержку", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, lab22mlNamesWhoever(c.code, actionWords(c.text)), "%s: %s", c.code, c.text)
	}
	ctx := stance.Context{Winner: []string{"Norland"}, Rivals: []string{"Varga"}}
	named := []struct {
		text string
		want bool
	}{
		{"wer immer das Ergebnis anzweifelt, irrt: Norland hat klar gewonnen", true},
		{"gane quien gane, Norland o Varga, trabajaremos con él", false},
		{"trabajaremos con el próximo gobierno, sea quien sea", false},
	}
	for _, c := range named {
		assert.Equal(t, c.want, rev22lmlWinnerNamed(ctx, actionWords(c.text)), c.text)
	}
	ru := stance.Context{Winner: []string{"Олег Самарин", "Самарин"}}
	assert.True(t, rev22lmlWinnerNamed(ru, actionWords("Кто займёт пост премьера, решат позже, а Самарину мы желаем успехов")), "an oblique case")
}

// TestRev22lmlPeopleTitled: a congratulation of the voters that also
// names the winner by a title, an oblique case or a new government, or
// whose other clause affirms the winner past a distant negation, is the
// winner's. Sentences written for the review.
func TestRev22lmlPeopleTitled(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Norland", "Олег Самарин", "Самарин"}, Rivals: []string{"Varga"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "felicitó a los votantes por la alta participación y a la mandataria electa", false},
		{"es", "felicitó a los votantes por la alta participación y deseó éxito al nuevo gobierno", false},
		{"fr", "a félicité les électeurs pour leur forte participation et le nouveau chef de l'État pour son élection", false},
		{"de", "gratulierte den Wählern zur hohen Wahlbeteiligung und der neuen Staatschefin zu ihrem Erfolg", false},
		{"ru", "поздравил граждан с высокой явкой и пожелал Самарину успехов на посту", false},
		{"es", "felicitó a los votantes por la masiva participación, y dijo que no cabe duda de que Norland ganó limpiamente", false},
		// still the people alone
		{"es", "felicitó a los votantes por la alta participación, pero no felicitó a Norland", true},
		{"es", "felicitó a los votantes por la alta participación y pidió esperar los resultados oficiales", true},
		{"es", "felicitó a los electores por la alta participación", true},
		{"pt", "felicitou os eleitores pela participação massiva", true},
		{"de", "gratulierte den Bürgern zur hohen Wahlbeteiligung und lobte den friedlichen Ablauf", true},
		{"ru", "поздравил избирателей с высокой явкой, но не поздравил Самарина", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, lab22mlPeopleCongratulated(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestRev22lmlNextNamesWinner: the next sentence of the same act names the
// winner; another speaker's sentence, or a new paragraph, does not count.
// Sentences written for the review.
func TestRev22lmlNextNamesWinner(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Norland"}}
	cases := []struct {
		text, other string
		want        bool
	}{
		{"El ministro felicitó a los votantes por la participación. Más tarde llamó a Norland para felicitarlo por su victoria. Fin.", "", true},
		{"El ministro felicitó a los votantes por la participación. Más tarde pidió calma a todos. Fin.", "", false},
		{"El ministro felicitó a los votantes por la participación.\nNorland celebró su victoria en la capital. Fin.", "", false},
		{"El ministro felicitó a los votantes por la participación. El senador Varga felicitó a Norland por su victoria. Fin.", "Varga", false},
	}
	for _, c := range cases {
		r := Reader{Context: ctx, text: c.text}
		e := strings.Index(c.text, "participación") + len("participación")
		a := Analysis{Remark: Remark{Speaker: "Ministro", Start: 12, End: e}}
		var remarks []Remark
		if c.other != "" {
			s := strings.Index(c.text, "El senador")
			remarks = append(remarks, Remark{Speaker: c.other, Start: s, End: s + 10})
		}
		assert.Equal(t, c.want, r.rev22lmlNextNamesWinner(&a, "es", remarks), c.text)
	}
}

// TestRev22lmlUsurpElsewhere: a usurping word said of a rival or of the
// opposition is set aside; said of the winner or the vote it condemns.
// Sentences written for the review.
func TestRev22lmlUsurpElsewhere(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Олег Самарин", "Самарин", "Norland"}, Rivals: []string{"Лаптев", "Varga"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "Самозваный «президент» Лаптев не имеет никакого мандата: законно избранный президент — Олег Самарин", true},
		{"pt", "acusou a oposição de tentar usurpar a vitória nas eleições", true},
		{"ru", "назвал избрание Самарина узурпацией власти", false},
		{"es", "calificó de usurpación la proclamación de Norland tras las elecciones", false},
		{"ru", "Самозваный «президент» Лаптев не имеет мандата, а выборы были сфальсифицированы", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, rev22lmlUsurpElsewhere(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
}
