package stance_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/baseline"
)

// Benchmarks of the project's models beside the jbrukh/bayesian baseline, in
// one run so the numbers compare. Report with -benchmem; one op is one
// statement unless the name says otherwise.

func benchTexts(b *testing.B) ([]string, []corpus.Label) {
	ex := corpus.Leaders()
	texts := make([]string, len(ex))
	labels := make([]corpus.Label, len(ex))
	for i, e := range ex {
		texts[i], labels[i] = e.Text, e.Label
	}
	return texts, labels
}

func BenchmarkPredict(b *testing.B) {
	texts, _ := benchTexts(b)
	for _, kind := range []stance.Kind{stance.Multinomial, stance.Complement} {
		o := stance.LeaderOptions()
		o.Kind = kind
		m, err := stance.TrainExamples(corpus.Leaders(), o)
		if err != nil {
			b.Fatal(err)
		}
		warm(m, texts)
		b.Run(string(kind), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Predict(texts[i%len(texts)])
				i++
			}
		})
		if kind != stance.Complement {
			continue
		}
		// The same model with a temperature (that of the default model,
		// about 3): the scores are divided by it before the softmax.
		cal, err := m.WithCalibration(stance.Calibration{Temperature: 3.1})
		if err != nil {
			b.Fatal(err)
		}
		warm(cal, texts)
		b.Run(string(kind)+"-calibrated", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				cal.Predict(texts[i%len(texts)])
				i++
			}
		})
		// In each statement's election context: finding the mentions of
		// the winner's and rivals' name forms costs a pass over the
		// words and a few allocations per statement.
		ex := corpus.Leaders()
		ctxs := make([]stance.Context, len(ex))
		for i, e := range ex {
			ctxs[i] = stance.ContextOf(e)
		}
		b.Run(string(kind)+"-context", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := i % len(ex)
				m.PredictIn(ctxs[k], ex[k].Text)
				i++
			}
		})
	}
	bl, err := baseline.Train(texts, benchLabels(), stance.DefaultOptions().Tokenizer)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("baseline-jbrukh", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			bl.Predict(texts[i%len(texts)])
			i++
		}
	})
}

// warm predicts enough statements for a model to build its lazy scoring
// tables (the three-label table comes after 8,192 predictions of one
// goroutine), which are not part of an op.
func warm(m *stance.Model, texts []string) {
	for i := range 10_000 {
		m.Predict(texts[i%len(texts)])
	}
}

func benchLabels() []corpus.Label {
	ex := corpus.Leaders()
	out := make([]corpus.Label, len(ex))
	for i, e := range ex {
		out[i] = e.Label
	}
	return out
}

// BenchmarkPredictParallel measures throughput on every core.
func BenchmarkPredictParallel(b *testing.B) {
	texts, _ := benchTexts(b)
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	warm(m, texts)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			m.Predict(texts[i%len(texts)])
			i++
		}
	})
}

// BenchmarkTrain trains on the whole leaders' corpus per op, with the
// project's trainer and with the jbrukh/bayesian baseline on the same
// features, and reports statements per second.
func BenchmarkTrain(b *testing.B) {
	texts, labels := benchTexts(b)
	b.Run("stance", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, err := stance.NewTrainer(stance.LeaderOptions())
			if err != nil {
				b.Fatal(err)
			}
			for i := range texts {
				if err := t.Add(texts[i], labels[i]); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := t.Model(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "statements/s")
	})
	b.Run("baseline-jbrukh", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := baseline.Train(texts, labels, stance.DefaultOptions().Tokenizer); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "statements/s")
	})
}

// BenchmarkDefault measures training the default model's counts from the
// embedded corpus, part of what Default would cost if it retrained (its
// calibration trains ten fold models more; TrainCalibrated);
// BenchmarkDefaultDecode measures what it costs instead.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stance.TrainExamples(corpus.Leaders(), stance.LeaderOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// synthetic returns n statements of 20–30 words drawn from the corpus's
// words, for long-text benchmarks.
func synthetic(n int) []string {
	var words []string
	for _, e := range corpus.Leaders() {
		words = append(words, strings.Fields(e.Text)...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		k := 20 + r.IntN(11)
		parts := make([]string, k)
		for j := range parts {
			parts[j] = words[r.IntN(len(words))]
		}
		out[i] = strings.Join(parts, " ")
	}
	return out
}

func BenchmarkPredictLong(b *testing.B) {
	texts := synthetic(4096)
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	warm(m, texts)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Predict(texts[i%len(texts)])
		i++
	}
}

// generatedJSONL returns n labelled statements as JSON lines, one to two
// clauses of corpus statements each (as examples/generate writes them).
func generatedJSONL(n int) []byte {
	var clauses [3][]string
	for _, e := range corpus.Leaders() {
		li := 0
		for i, l := range corpus.LeaderLabels() {
			if l == e.Label {
				li = i
			}
		}
		for _, c := range strings.FieldsFunc(e.Text, func(r rune) bool { return strings.ContainsRune(".;:!?\"", r) }) {
			if c = strings.TrimSpace(c); len(strings.Fields(c)) >= 3 && !strings.ContainsRune(c, '\\') {
				clauses[li] = append(clauses[li], c)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := range n {
		li := r.IntN(3)
		text := clauses[li][r.IntN(len(clauses[li]))]
		if r.IntN(2) == 0 {
			text += ". " + clauses[li][r.IntN(len(clauses[li]))]
		}
		fmt.Fprintf(&b, "{\"id\":\"g%d\",\"text\":%q,\"label\":%q}\n", i, text+".", corpus.LeaderLabels()[li])
	}
	return []byte(b.String())
}

// BenchmarkTrainReader measures training from an io.Reader of JSON lines,
// parsing included, on every core; it reports statements per second.
func BenchmarkTrainReader(b *testing.B) {
	const n = 200_000
	data := generatedJSONL(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, err := stance.Train(corpus.ReadJSONL(bytes.NewReader(data), corpus.ReadOptions{AllowDuplicates: true}), stance.LeaderOptions())
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkPredictSeq and BenchmarkPredictAll measure the bulk predictions
// on every core over long generated statements; one op is one statement.
func BenchmarkPredictSeq(b *testing.B) {
	texts := synthetic(4096)
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	warm(m, texts)
	b.ReportAllocs()
	b.ResetTimer()
	seq := func(yield func(string) bool) {
		for i := range b.N {
			if !yield(texts[i%len(texts)]) {
				return
			}
		}
	}
	for range m.PredictSeq(seq) {
	}
}

func BenchmarkPredictAll(b *testing.B) {
	texts := synthetic(4096)
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	warm(m, texts)
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += len(texts) {
		m.PredictAll(texts[:min(len(texts), b.N-done)])
	}
}

// BenchmarkOrderedLines measures the pipeline classify runs: lines read
// from a reader, predicted and formatted on every core, written in order.
// One op is one line; the bytes are those of the input.
func BenchmarkOrderedLines(b *testing.B) {
	texts := synthetic(4096)
	var text bytes.Buffer
	ends := []int{0} // ends[k]: the length of the first k lines
	for _, t := range texts {
		text.WriteString(t + "\n")
		ends = append(ends, text.Len())
	}
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	warm(m, texts)
	work := func(l stance.Line, out *[]byte) error {
		p := m.Predict(l.Text)
		*out = append(append((*out)[:0], p.Label...), '\t')
		*out = strconv.AppendFloat(*out, p.Probability, 'f', 4, 64)
		*out = append(*out, '\n')
		return nil
	}
	emit := func(l stance.Line, out *[]byte) error {
		_, err := io.Discard.Write(*out)
		return err
	}
	b.SetBytes(int64(text.Len() / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	// b.N lines: the statements over and over.
	var parts []io.Reader
	for n := b.N; n > 0; n -= len(texts) {
		parts = append(parts, bytes.NewReader(text.Bytes()[:ends[min(n, len(texts))]]))
	}
	if err := stance.Ordered(stance.ReadLines(io.MultiReader(parts...), 1<<20), 0, work, emit); err != nil {
		b.Fatal(err)
	}
}
