package stance_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func ExampleDefault() {
	m, err := stance.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{
		"Warm congratulations to the president-elect on a clear victory.",
		"We are not ready to recognise him until the result is confirmed in a legal way.",
		"This so-called election was a farce, and the result is illegitimate.",
	} {
		p := m.Predict(s)
		fmt.Println(p.Label)
	}
	// Output:
	// recognising
	// withholding
	// hostile
}

// The tone of a remark is its wording's valence, whatever its stance: the
// first statement recognises the result in a negative tone, the second
// withholds recognition in a positive one.
func ExampleDefaultTone() {
	tone, err := stance.DefaultTone()
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := stance.Default()
	for _, s := range []string{
		"This hurts, and it will keep hurting. But I accept the verdict.",
		"We warmly congratulate the people on a peaceful vote and will comment once the results are final.",
	} {
		fmt.Println(st.Predict(s).Label, tone.Predict(s).Label, tone.Task())
	}
	// Output:
	// recognising negative tone
	// withholding positive tone
}

// General polarity of any English text: the label is always given, and a
// prediction inside the neutral band (stance.PolarityBand) is marked
// abstained.
func ExampleDefaultPolarity() {
	m, err := stance.DefaultPolarity()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{
		"Absolutely love it, best purchase this year!",
		"The battery died after two days and support never answered.",
		"It was okay I guess.",
	} {
		p := m.Predict(s)
		fmt.Println(p.Label, p.Abstained)
	}
	// Output:
	// positive false
	// negative false
	// positive true
}

// The default polarity model stacks naive Bayes with VADER: its
// calibration weighs VADER's compound score of the text (see
// stance.Calibration), which reads negation, "but", capitals and "!".
func ExampleVADERCompound() {
	fmt.Printf("%.4f\n", stance.VADERCompound("The food was good"))
	fmt.Printf("%.4f\n", stance.VADERCompound("The food was good, but the service was awful!"))
	m, err := stance.DefaultPolarity()
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := m.Calibration()
	fmt.Println(c.VADER > 0)
	fmt.Println(m.Predict("The food was good, but the service was awful!").Label)
	// Output:
	// 0.4404
	// -0.5175
	// true
	// negative
}

func ExampleModel_Explain() {
	m, _ := stance.Default()
	x := m.Explain("We are not ready to recognise the new president.")
	fmt.Println(x.Label, "over", x.RunnerUp)
	for _, c := range x.Top(2) {
		fmt.Printf("%s negated=%v\n", c.Feature, c.Negated)
	}
	// Output:
	// withholding over hostile
	// NOT_recogn NOT_the negated=true
	// NOT_recogn negated=true
}

func ExampleModel_MostInformative() {
	m, _ := stance.Default()
	for _, inf := range m.MostInformative(corpus.Hostile, 3, 5) {
		fmt.Println(inf.Feature)
	}
	// Output:
	// rig
	// NOT_legitim
	// will never
}

func ExampleTrain() {
	data := `{"text":"Great result, well done","label":"positive"}
{"text":"A terrible, shameful result","label":"negative"}
{"text":"Well done to all","label":"positive"}
`
	m, err := stance.Train(corpus.ReadJSONL(strings.NewReader(data), corpus.ReadOptions{}), stance.Options{
		Tokenizer: stance.DefaultOptions().Tokenizer,
		Kind:      stance.Multinomial,
		Alpha:     1,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Labels(), m.Predict("well done").Label)
	// Output:
	// [negative positive] positive
}

// Training on one's own labels: DefaultOptions learn the label set from the
// data (here positive and negative reviews), sorted.
func ExampleTrain_ownLabels() {
	m, err := stance.Train(corpus.ReadFile("testdata/reviews.jsonl", corpus.ReadOptions{}), stance.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Labels())
	fmt.Println(m.Predict("a wonderful, moving film").Label)
	fmt.Println(m.Predict("boring and far too long").Label)
	// Output:
	// [negative positive]
	// positive
	// negative
}

// A model saved with SaveFile (".gz" compresses) is read back with LoadFile;
// Load reads one from an io.Reader.
func ExampleLoadFile() {
	m, err := stance.Train(corpus.ReadFile("testdata/reviews.jsonl", corpus.ReadOptions{}), stance.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "stance-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "reviews.json.gz")
	if err := m.SaveFile(path); err != nil {
		fmt.Println(err)
		return
	}
	loaded, err := stance.LoadFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(loaded.Labels(), loaded.Predict("a wonderful delight").Label)
	// Output:
	// [negative positive] positive
}

// TrainExamples trains on examples held in memory, such as the training part
// of a stratified split; the held-out part can then be scored.
func ExampleTrainExamples() {
	exs, err := corpus.ReadAll(corpus.ReadFile("testdata/reviews.jsonl", corpus.ReadOptions{}))
	if err != nil {
		fmt.Println(err)
		return
	}
	train, test, err := corpus.StratifiedSplit(exs, 0.2, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := stance.TrainExamples(train, stance.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(train), "training,", len(test), "test statements")
	for _, ex := range test {
		fmt.Println(ex.Label, m.Predict(ex.Text).Label) // true, predicted
	}
	// Output:
	// 8 training, 2 test statements
	// positive positive
	// negative negative
}

// Ordered classifies a stream of records on every core and writes the
// results in input order. Here the records are lines; the work, on the
// workers, predicts and formats into a buffer that is reused from record
// to record, and emit writes it.
func ExampleOrdered() {
	m, err := stance.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	in := strings.NewReader("Warm congratulations to the president-elect!\r\n\nThe result is a fraud.\n")
	err = stance.Ordered(stance.ReadLines(in, 1<<20), 0,
		func(l stance.Line, out *[]byte) error {
			p := m.Predict(l.Text)
			*out = fmt.Appendf((*out)[:0], "%d\t%s\tno features: %v", l.No, p.Label, p.NoFeatures)
			return nil
		},
		func(l stance.Line, out *[]byte) error {
			_, err := fmt.Printf("%s\n", *out)
			return err
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1	recognising	no features: false
	// 2	recognising	no features: true
	// 3	hostile	no features: false
}

// In an election's context the default model reads names as roles:
// congratulating the rival is hostile to the declared winner.
func ExampleModel_PredictIn() {
	m, _ := stance.Default()
	ctx := stance.Context{Winner: []string{"Nicolás Maduro", "Maduro"}, Rivals: []string{"Edmundo González", "González"}}
	fmt.Println(m.PredictIn(ctx, "We congratulate Edmundo González on his victory.").Label)
	fmt.Println(m.PredictIn(ctx, "We congratulate Nicolás Maduro on his victory.").Label)
	// Output:
	// hostile
	// recognising
}

// A language's default model reads its own language, each statement in
// its election's context; a language without a model is an error.
func ExampleDefaultLanguage() {
	m, err := stance.DefaultLanguage("es")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := stance.Context{Winner: []string{"Nicolás Maduro", "Maduro"}, Rivals: []string{"Edmundo González", "González"}}
	fmt.Println(m.PredictIn(ctx, "No reconocemos los resultados: hubo un fraude masivo.").Label)
	_, err = stance.DefaultLanguage("sv") // the tokenizer stems Swedish; no model
	fmt.Println(errors.Is(err, stance.ErrUnsupportedLanguage))
	// Output:
	// hostile
	// true
}
