package record

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Task is one prediction that a record carries: the main one (stance), or
// another such as tone, and the labels of its probability columns.
type Task struct {
	// Name prefixes the task's fields; the main task's is ignored.
	Name   string
	Labels []corpus.Label
}

// WriteOptions configure a Writer.
type WriteOptions struct {
	// Format is CSV, TSV or JSONL.
	Format Format
	// Tasks are the predictions of every record, the main task first; at
	// least one.
	Tasks []Task
	// Echo also writes each statement's text.
	Echo bool
	// Lang also writes each record's language and, per task, whether its
	// language had no model (WriteRouted): for programs that route
	// statements by language (stance.Router). Without it the records are
	// as they were before routing existed.
	Lang bool
}

// Writer writes one record per statement, in the order given, with
// probabilities at full precision:
//
//   - CSV and TSV: a header, then the columns id, text (with Echo), label,
//     probability, p_LABEL for each of the main task's labels, abstained,
//     and for every other task T the columns T, T_probability, T_p_LABEL…,
//     T_abstained;
//   - JSONL: one object per line with id, text (with Echo), label,
//     probability, probabilities (label → probability), known,
//     no_features and abstained, as stance.PredictionJSON writes them,
//     then T, T_probability, T_probabilities and T_abstained for every
//     other task T.
//
// With Lang, CSV and TSV end with the columns lang, unsupported_language
// and T_unsupported_language for every other task T, and JSONL has the
// fields lang, unsupported_language and T_unsupported_language. A task
// whose language had no model (stance.Routed.Unsupported) gets an empty
// label; its probability cells are empty in CSV and TSV, and 0 with no
// probabilities in JSONL.
//
// A Writer buffers its output: call Flush at the end. It is not safe for
// concurrent use.
type Writer struct {
	o   WriteOptions
	bw  *bufio.Writer
	cw  *csv.Writer // CSV and TSV
	row []string
	rs  []stance.Routed // Write's predictions
	buf bytes.Buffer    // one JSON line
	enc *json.Encoder
	err error // of the JSON line being built
}

// NewWriter returns a Writer of records to w; for CSV and TSV it writes
// the header.
func NewWriter(w io.Writer, o WriteOptions) (*Writer, error) {
	if len(o.Tasks) == 0 || len(o.Tasks[0].Labels) == 0 {
		return nil, errors.New("record: a writer needs a task with labels")
	}
	for _, t := range o.Tasks[1:] {
		if t.Name == "" {
			return nil, errors.New("record: every task but the first needs a name")
		}
	}
	wr := &Writer{o: o, bw: bufio.NewWriterSize(w, 64<<10)}
	wr.enc = json.NewEncoder(&wr.buf)
	wr.enc.SetEscapeHTML(false)
	switch o.Format {
	case CSV, TSV:
		wr.cw = csv.NewWriter(wr.bw)
		if o.Format == TSV {
			wr.cw.Comma = '\t'
		}
		return wr, wr.cw.Write(wr.header())
	case JSONL:
		return wr, nil
	}
	return nil, fmt.Errorf("record: cannot write format %q (want csv, tsv or jsonl)", o.Format)
}

// header returns the CSV columns.
func (w *Writer) header() []string {
	h := []string{"id"}
	if w.o.Echo {
		h = append(h, "text")
	}
	for i, t := range w.o.Tasks {
		prefix := ""
		if i > 0 {
			prefix = t.Name + "_"
			h = append(h, t.Name)
		} else {
			h = append(h, "label")
		}
		h = append(h, prefix+"probability")
		for _, l := range t.Labels {
			h = append(h, prefix+"p_"+string(l))
		}
		h = append(h, prefix+"abstained")
	}
	if w.o.Lang {
		h = append(h, "lang", "unsupported_language")
		for _, t := range w.o.Tasks[1:] {
			h = append(h, t.Name+"_unsupported_language")
		}
	}
	return h
}

// Write writes the record of statement s; preds[i] is the prediction of
// the i-th task. With Lang, the record's language is empty: use
// WriteRouted.
func (w *Writer) Write(s Statement, preds ...stance.Prediction) error {
	w.rs = w.rs[:0]
	for _, p := range preds {
		w.rs = append(w.rs, stance.Routed{Prediction: p})
	}
	return w.WriteRouted(s, w.rs...)
}

// WriteRouted writes the record of statement s; rs[i] is the answer of the
// i-th task, whose Lang, the same for every task, is the record's
// language (the main task's is written).
func (w *Writer) WriteRouted(s Statement, rs ...stance.Routed) error {
	if len(rs) != len(w.o.Tasks) {
		return fmt.Errorf("record: %d predictions for %d tasks", len(rs), len(w.o.Tasks))
	}
	if w.cw != nil {
		return w.writeCSV(s, rs)
	}
	return w.writeJSON(s, rs)
}

func (w *Writer) writeCSV(s Statement, rs []stance.Routed) error {
	w.row = append(w.row[:0], s.ID)
	if w.o.Echo {
		w.row = append(w.row, s.Text)
	}
	for i, t := range w.o.Tasks {
		p := rs[i]
		if p.Unsupported {
			for range len(t.Labels) + 3 {
				w.row = append(w.row, "")
			}
			continue
		}
		w.row = append(w.row, string(p.Label), ftoa(p.Probability))
		for _, l := range t.Labels {
			w.row = append(w.row, ftoa(p.ProbabilityOf(l)))
		}
		w.row = append(w.row, strconv.FormatBool(p.Abstained))
	}
	if w.o.Lang {
		w.row = append(w.row, rs[0].Lang)
		for _, p := range rs {
			w.row = append(w.row, strconv.FormatBool(p.Unsupported))
		}
	}
	return w.cw.Write(w.row)
}

func (w *Writer) writeJSON(s Statement, rs []stance.Routed) error {
	w.buf.Reset()
	w.buf.WriteByte('{')
	w.field("id", s.ID)
	if w.o.Echo {
		w.field("text", s.Text)
	}
	main := rs[0].JSON(-1)
	w.field("label", main.Label)
	w.field("probability", main.Probability)
	w.field("probabilities", main.Probabilities)
	w.field("known", main.Known)
	w.field("no_features", main.NoFeatures)
	w.field("abstained", main.Abstained)
	for i, t := range w.o.Tasks[1:] {
		j := rs[i+1].JSON(-1)
		w.field(t.Name, j.Label)
		w.field(t.Name+"_probability", j.Probability)
		w.field(t.Name+"_probabilities", j.Probabilities)
		w.field(t.Name+"_abstained", j.Abstained)
	}
	if w.o.Lang {
		w.field("lang", rs[0].Lang)
		w.field("unsupported_language", rs[0].Unsupported)
		for i, t := range w.o.Tasks[1:] {
			w.field(t.Name+"_unsupported_language", rs[i+1].Unsupported)
		}
	}
	if err := w.err; err != nil {
		w.err = nil
		return fmt.Errorf("record %s: %w", s.ID, err)
	}
	b := w.buf.Bytes()
	b[len(b)-1] = '}' // the last field's comma
	if _, err := w.bw.Write(b); err != nil {
		return err
	}
	return w.bw.WriteByte('\n')
}

// field appends "key":value, to the JSON line; a value JSON cannot hold
// (a NaN probability) is kept in w.err.
func (w *Writer) field(key string, v any) {
	for _, x := range []any{key, v} {
		if err := w.enc.Encode(x); err != nil {
			w.err = cmp.Or(w.err, err)
			return
		}
		w.buf.Truncate(w.buf.Len() - 1) // Encode's newline
		w.buf.WriteByte(':')
	}
	w.buf.Truncate(w.buf.Len() - 1)
	w.buf.WriteByte(',')
}

// Flush writes out what is buffered and reports any error of the writes.
func (w *Writer) Flush() error {
	if w.cw != nil {
		w.cw.Flush()
		if err := w.cw.Error(); err != nil {
			return err
		}
	}
	return w.bw.Flush()
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
