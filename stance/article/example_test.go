package article_test

import (
	"fmt"
	"log"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/article"
)

func ExampleExtract() {
	text := `Leaders greet the winner

Most world leaders have congratulated the president-elect on his victory.

Russian President Vladimir Putin says he is not ready to recognise the winner until the courts confirm the result. He told a state TV station: ‘There’s nothing left to spoil.’`

	for _, r := range article.Extract(text) {
		fmt.Printf("%s | %s | %s | %q\n", r.Speaker, r.Role, r.Kind, r.Text)
		if text[r.Start:r.End] != r.Text {
			panic("offsets")
		}
	}
	// Output:
	// world leaders |  | action | "have congratulated the president-elect on his victory"
	// Vladimir Putin | Russian President | reported | "he is not ready to recognise the winner until the courts confirm the result"
	// Vladimir Putin | Russian President | direct | "There’s nothing left to spoil."
}

func ExampleExtractLang() {
	text := `El canciller de Norlandia, Iván Restrepo, habló ante la prensa.

«Esperaremos a que la autoridad electoral publique todas las actas», afirmó el canciller.

—No hay prisa —añadió Restrepo—. Nadie nos obliga a felicitar a nadie.

El diputado opositor Tomás Vidal fue más lejos en su rechazo del escrutinio.`

	for _, r := range article.ExtractLang(text, "es") {
		fmt.Printf("%s | %s | %q", r.Speaker, r.Role, r.Text)
		if r.Inferred {
			fmt.Print(" (inferred: no construction read the sentence)")
		}
		fmt.Println()
	}
	// Output:
	// Iván Restrepo | canciller de Norlandia | "Esperaremos a que la autoridad electoral publique todas las actas"
	// Iván Restrepo | canciller de Norlandia | "No hay prisa"
	// Iván Restrepo | canciller de Norlandia | "Nadie nos obliga a felicitar a nadie."
	// Tomás Vidal | diputado opositor | "fue más lejos en su rechazo del escrutinio" (inferred: no construction read the sentence)
}

func ExampleAnalyze() {
	m, err := stance.Default()
	if err != nil {
		panic(err)
	}
	text := `“We warmly congratulate the president-elect and look forward to deepening our partnership,” Chancellor Anna Berg said.

Prime Minister Karl Brandt said his government was not ready to recognise the winner until the official results were published.`

	res := article.Analyze(text, m)
	for _, a := range res.Remarks {
		fmt.Printf("%s (%s): %s\n", a.Speaker, a.Kind, a.Prediction.Label)
	}
	for _, s := range res.Speakers {
		fmt.Printf("%s, %s: %d remark(s), overall %s\n", s.Speaker, s.Role, s.Remarks, s.Stance)
	}
	// Output:
	// Anna Berg (direct): recognising
	// Karl Brandt (reported): withholding
	// Anna Berg, Chancellor: 1 remark(s), overall recognising
	// Karl Brandt, Prime Minister: 1 remark(s), overall withholding
}

// A Reader in the election's context: the names of the winner and the
// rivals are read as such, and the default judge leaves the researcher's
// remark about disinformation out of any stance.
func ExampleReader() {
	m, err := stance.Default()
	if err != nil {
		panic(err)
	}
	text := `Prime Minister Karl Brandt said on Monday that he would not congratulate Omar Rask until the courts had ruled.

Hana Volk, a researcher at the Lindqvist Institute, said the networks she follows had spent the week recycling old claims about foreign interference.`

	r := article.Reader{Classifier: m, Context: stance.Context{Winner: []string{"Omar Rask", "Rask"}, Rivals: []string{"Ivo Kask", "Kask"}}}
	res := r.Analyze(text)
	for _, a := range res.Remarks {
		fmt.Printf("%s: about the result %v, %s\n", a.Speaker, a.AboutResult, a.Prediction.Label)
	}
	for _, s := range res.Speakers {
		fmt.Printf("%s: %q (%d about the result, %d off topic)\n", s.Speaker, s.Stance, s.Remarks, s.OffTopic)
	}
	// Output:
	// Karl Brandt: about the result true, withholding
	// Hana Volk: about the result false, hostile
	// Karl Brandt: "withholding" (1 about the result, 0 off topic)
	// Hana Volk: "" (0 about the result, 1 off topic)
}

// A language's about-result judge says whether a remark is about the
// election result, here a Spanish one and one on the economy.
func ExampleDefaultAboutJudgeLang() {
	judge, err := article.DefaultAboutJudgeLang("es")
	if err != nil {
		log.Fatal(err)
	}
	for _, text := range []string{
		"Felicitamos al presidente electo y esperamos trabajar juntos.",
		"La inflación bajó al 3 % en octubre, dijo la economista.",
	} {
		about, _ := judge.Judge(stance.Context{}, text)
		fmt.Println(about)
	}
	// Output:
	// true
	// false
}
