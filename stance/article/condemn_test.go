package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCondemnsResult(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the bloc considered the vote illegitimate", true},
		{"The union regards the election as a sham staged by the ruling party", true},
		{"the count was rigged from the first hour", true},
		{"the ballot had robbed citizens of their right to choose", true},
		{"described the exercise as a pseudo-election", true},
		// Taken back by a negation, a hedge or a condition before it.
		{"nobody has said the vote was illegitimate", false},
		{"we do not consider the election illegitimate", false},
		{"the opposition claims the count was rigged", false},
		{"if the vote was rigged, the courts will say so", false},
		{"the commission will look into whether the ballot was falsified", false},
		// Dismissed accusations recognise rather than condemn.
		{"there was no evidence that the count was rigged", false},
		{"allegations that the vote was rigged are false", false},
		{"some call the election stolen; that is a lie", false},
		{"we reject the lie that the election was stolen", false},
		// Another's word, not the speaker's.
		{"the opposition says the vote was rigged, but we accept the result", false},
		{"those who call this election stolen are undermining our democracy", false},
		{"we have always said the vote was rigged", true},
		// The reporter's "what he called" quotes the speaker's own term.
		{"he would resist any attempt to impose what he called a fraudulent administration", true},
		{"the party would fight what they called a rigged count", true},
		{"the minister dismissed what the opposition called a rigged count", false},
		// A negation that restricts affirms; a faint one, a denial, a doubt
		// or a framing takes the word back.
		{"The ballot was nothing more than a charade put on for the cameras", true},
		{"what we saw on Sunday was nothing short of a travesty", true},
		{"There can be no doubt that the count was falsified", true},
		{"Make no mistake, the people were robbed", true},
		{"It was not only unfair, it was rigged from the outset", true},
		{"the poll was hardly a sham, whatever its flaws", false},
		{"the vote was far from a farce", false},
		{"the ministry denied that the tallies had been falsified", false},
		{"we reject any attempt to portray the election as fraudulent", false},
		{"the council cautioned against branding the vote illegitimate", false},
		{"the notion that the vote was stolen does not survive scrutiny", false},
		{"I doubt the count was rigged", false},
		{"there will be no more rigged elections in this country", false},
		// A negation before a demonstrative, or refusing an object, or in
		// an earlier clause, leaves the condemnation standing.
		{"we will not be silenced by this stolen election", true},
		{"there was nothing free or fair about such a farce", true},
		{"No democrat can recognise this sham", true},
		{"we cannot accept a stolen election", true},
		{"we do not accept that the vote was rigged", false},
		{"there is little doubt that the vote was rigged", true},
		{"We have not seen the final figures. The count was rigged in the north", true},
		{"nobody can seriously call this vote legitimate; it was rigged", true},
		{"there is no truth to reports that the tallies were falsified", false},
		{"The vote was rigged? That is a lie", false},
		{"turnout was 61.5 per cent, not a sham figure", false},
		{"no U.S. vote was rigged", false},
		{"the count was no less than falsified", true},
		// Said of a challenge, a protest or an interference, not the vote.
		{"the opposition's court challenge is a farce", false},
		{"We reject the illegitimate interference of foreign governments", false},
		{"this lawsuit is a charade meant to delay the inauguration", false},
		{"it was a sham election, and our legal challenge will prove it", true},
		{"we have filed a challenge to this sham election", true},
		{"thousands joined the protest against this farce", true},
		// No condemning word.
		{"we await the final results", false},
		{"the fraud allegations must be investigated", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, condemnsResult(tc.text), tc.text)
	}
}

// TestCondemnationInArticle: a reported condemnation in diplomatic words
// is hostile, while the same spokesperson's waiting is not made hostile.
func TestCondemnationInArticle(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	r := Reader{Classifier: m, Context: stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}}
	cases := []struct {
		text string
		want corpus.Label
	}{
		{"Union spokesperson Mia Holm said the bloc considered the election illegitimate and would review its ties with the government.", corpus.Hostile},
		{"Union spokesperson Mia Holm said the bloc would wait for the final results before it commented.", corpus.Withholding},
	}
	for _, tc := range cases {
		res := r.Analyze(tc.text)
		require.NotEmpty(t, res.Speakers, tc.text)
		assert.Equal(t, "Mia Holm", res.Speakers[0].Speaker, tc.text)
		assert.Equal(t, tc.want, res.Speakers[0].Stance, tc.text)
	}
}

func TestRivalWon(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		ctx  stance.Context
		want bool
	}{
		{"The country has a new president-elect and it is Rui Sousa", ctx, true},
		{"Sousa won this election by a wide margin", ctx, true},
		{"the real winner is Sousa", ctx, true},
		{"the rightful president-elect, Rui Sousa, must be sworn in", ctx, true},
		// A share, a hedge, a negation or the winner between.
		{"Sousa won 41 per cent of the vote", ctx, false},
		{"Sousa won only twelve seats", ctx, false},
		{"Sousa claimed he had won", ctx, false},
		{"we do not believe Sousa won", ctx, false},
		{"Sousa did not win", ctx, false},
		{"Sousa conceded that Lima won", ctx, false},
		{"Lima, the winner, thanked Sousa for a fair fight", ctx, false},
		{"Lima won against Sousa", ctx, false},
		{"nobody would recognise Sousa as the winner", ctx, false},
		// A part of the vote, or something else than the election.
		{"Sousa won the first round but Lima won the runoff", ctx, false},
		{"Sousa won in the capital and in the north", ctx, false},
		{"Sousa, who won the primary, congratulated Lima", ctx, false},
		{"Sousa won the popular vote but lost the electoral college", ctx, false},
		{"Sousa has won our respect with a dignified campaign", ctx, false},
		{"Sousa won the debate", ctx, false},
		// Further along the phrase, or a win of another time (before a
		// clause break; a manner after "in" is no place).
		{"Rui Sousa was the winner of the second round in the south", ctx, false},
		{"Sousa won most ballots cast among the diaspora", ctx, false},
		{"Sousa won a majority in the assembly, and Lima the presidency", ctx, false},
		{"Sousa won over the farmers of the interior", ctx, false},
		{"Sousa had won twice before", ctx, false},
		{"Sousa won this election in a landslide", ctx, true},
		{"Sousa won, but the commission handed the count to Lima", ctx, true},
		// Only linking words between the name and the win: any other word
		// makes it another's win, a wish or someone's claim.
		{"Rui Sousa has clearly won this vote", ctx, true},
		{"Sousa is the real winner", ctx, true},
		{"Sousa congratulated the winner on a clean campaign", ctx, false},
		{"Sousa says he won, but the tally sheets say otherwise", ctx, false},
		{"Sousa declared himself the winner before the count ended", ctx, false},
		{"Sousa failed to win a single province", ctx, false},
		{"Sousa will win the next election", ctx, false},
		{"Had Sousa won, the markets would have fallen", ctx, false},
		{"the winner and Sousa will meet on Monday", ctx, false},
		// A title that opens a rival's name is a name.
		{"Victor Velard conceded defeat on Sunday night", stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Victor Velard", "Velard"}}, false},
		{"the winner is Velard", stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Victor Velard", "Velard"}}, true},
		// Without a context there is no rival.
		{"Sousa won this election by a wide margin", stance.Context{}, false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, rivalWon(tc.ctx, tc.text), tc.text)
	}
}

func TestCondemnsIn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "la cancillería calificó la elección de farsa", true},
		{"es", "no fue una elección amañada", false},
		{"es", "investigarán un presunto voto amañado", false},
		{"es", "si el voto fue amañado, lo dirán los jueces", false},
		{"fr", "le ministre a jugé le scrutin illégitime", true},
		{"fr", "le scrutin n'était pas truqué", false},
		// "farce" is French and German too (condemnsResult is read only
		// in English: analyzeRun's english).
		{"fr", "Ce scrutin n'était pas une farce", false},
		{"fr", "Ce scrutin était une farce", true},
		{"de", "Die Wahl war keine Farce, sondern fair", false},
		{"de", "Die Wahl war eine Farce", true},
		{"pt", "a eleição foi roubada, disse", true},
		{"pt", "a oposição disse que a eleição foi roubada", false}, // another's word
		{"pt", "quem diz que a eleição foi roubada mente", false},
		{"es", "la oposición dice que la elección fue amañada, pero eso es falso", false},
		{"es", "rechazó las acusaciones de que la elección fue amañada", false},
		{"es", "la elección fue amañada y los resultados falsificados", true},
		{"fr", "il a rejeté les accusations de scrutin truqué", false},
		{"de", "Die Behauptung, die Wahl sei gefälscht, ist eine Lüge", false},
		{"ru", "утверждения о фальсификации выборов — ложь", false},
		{"pt", "a eleição não foi fraudada", false},
		{"de", "Die Wahl wurde gefälscht, sagte sie", true},
		{"de", "ob die Wahl gefälscht wurde, prüft das Gericht", false},
		{"ru", "выборы были сфальсифицированы", true},
		{"ru", "выборы не были сфальсифицированы", false},
		{"ru", "если выборы были сфальсифицированы, это покажет суд", false},
		// A negator that restricts affirms; a verb of denial takes back;
		// a verb of denouncing and a pronoun "se" do not.
		{"es", "aquellos comicios no fueron más que una farsa", true},
		{"es", "Denunciamos ante la comunidad internacional esta farsa", true},
		{"es", "las denuncias de que el voto fue amañado no prosperaron", false},
		{"es", "el ministerio negó que las actas hubieran sido falsificadas", false},
		{"pt", "o pleito não passou de uma farsa", true},
		{"pt", "a votação se revelou uma farsa", true},
		{"pt", "se a votação foi fraudada, que o tribunal decida", false},
		{"pt", "o governo negou que a apuração tenha sido fraudada", false},
		{"fr", "ce vote ne fut qu'une mascarade", true},
		{"fr", "le ministère a démenti que le scrutin ait été truqué", false},
		{"de", "Es gibt keinen Zweifel, dass die Abstimmung gefälscht wurde", true},
		{"de", "Der Minister bestritt, dass die Wahl gefälscht wurde", false},
		{"ru", "это голосование — не что иное, как фарс", true},
		{"ru", "выборы были не более чем спектаклем", true},
		{"ru", "министерство опровергло, что выборы были сфальсифицированы", false},
		{"es", "nunca más unas elecciones amañadas en este país", false},
		{"pt", "nunca mais uma eleição roubada", false},
		{"es", "No hemos visto las actas. El voto fue amañado", true},
		// A negator before a demonstrative, or refusing an object that
		// holds the word, leaves the condemnation standing.
		{"es", "No nos vamos a callar ante esta farsa", true},
		{"es", "no reconoceremos unos resultados fraudulentos", true},
		{"es", "no aceptamos que la votación fuera amañada", false},
		{"es", "esta elección no fue amañada", false},
		{"pt", "não vamos reconhecer uma eleição fraudada", true},
		{"fr", "nous ne reconnaîtrons pas ce scrutin truqué", true},
		{"fr", "on ne peut pas accepter que ce vote soit truqué", false},
		{"ru", "мы не признаем эти сфальсифицированные выборы", true},
		{"ru", "мы не признаем, что выборы были сфальсифицированы", false},
		{"de", "Wir werden nicht schweigen zu dieser Farce", true},
		// Said of a challenge, a protest or an interference, not the vote.
		{"es", "esta impugnación es una farsa", false},
		{"es", "miles se sumaron a la protesta contra esta farsa", true},
		{"fr", "nous dénonçons l'ingérence illégitime de puissances étrangères", false},
		{"de", "Wir verurteilen die illegitime Einmischung aus dem Ausland", false},
		{"ru", "эта жалоба оппозиции — фарс", false},
		{"es", "la economía crecerá", false},
		{"en", "the vote was rigged", false}, // English is condemnsResult's
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, condemnsIn(tc.code, tc.text), "%s: %s", tc.code, tc.text)
	}
}

// TestEnglishClaimsOnlyInEnglish: the English condemnation rule is not
// read on a French remark, whose own rule (condemnRun) does not condemn a
// negated "farce": the remark keeps the model's reading. Sentence written
// for the test.
func TestEnglishClaimsOnlyInEnglish(t *testing.T) {
	m, err := stance.DefaultLanguage("fr")
	require.NoError(t, err)
	res := Reader{Classifier: m, Lang: "fr"}.Analyze("« Ce scrutin n'était pas une farce », a déclaré le ministre Paul Kodjo.")
	require.NotEmpty(t, res.Remarks)
	assert.Equal(t, "Paul Kodjo", res.Remarks[0].Speaker)
	assert.False(t, res.Remarks[0].ByVerb, "no rule labels it")
}
