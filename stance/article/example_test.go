package article_test

import (
	"fmt"

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
