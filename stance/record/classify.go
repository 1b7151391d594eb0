package record

import (
	"iter"

	"github.com/stancekit/stancekit/stance"
)

// Classify labels every statement of statements with predict on workers
// parallel goroutines (workers < 1: GOMAXPROCS) and hands each statement
// with its prediction to emit, one at a time, in input order, on the
// calling goroutine: N records in give N calls of emit, in the records'
// order, however the work was spread. It reads the statements as it goes
// and holds only a few batches at a time (stance.Ordered), so memory does
// not grow with the input.
//
// predict gets the whole statement, not only its text, so that it can use
// the record's other fields (winner, rivals, lang); it runs on other
// goroutines, concurrently with itself. Classify returns the first error
// in input order, from statements or emit; no statement after it is
// emitted.
//
//	w, err := record.NewWriter(os.Stdout, record.WriteOptions{Format: record.CSV,
//		Tasks: []record.Task{{Labels: m.Labels()}}})
//	err = record.Classify(record.ReadFile("statements.csv", record.ReadOptions{}), 0,
//		func(s record.Statement) stance.Prediction { return m.Predict(s.Text) },
//		func(s record.Statement, p stance.Prediction) error { return w.Write(s, p) })
func Classify(statements iter.Seq2[Statement, error], workers int,
	predict func(Statement) stance.Prediction, emit func(Statement, stance.Prediction) error) error {
	return stance.Ordered(statements, workers,
		func(s Statement, p *stance.Prediction) error {
			*p = predict(s)
			return nil
		},
		func(s Statement, p *stance.Prediction) error { return emit(s, *p) })
}
