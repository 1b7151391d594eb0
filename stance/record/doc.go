// Package record reads the statements that programs classify and writes
// their predictions, so that every program takes and gives the same files:
// CSV or TSV with a header, JSON Lines, or plain lines in (Read, ReadFile),
// and CSV, TSV or JSON Lines out (Writer), one record at a time so that
// memory does not grow with the input. Classify labels a stream of
// records on every core and hands them back in input order.
//
// Reading reuses package corpus's readers, with their errors naming the
// file, line and field; a quoted CSV field may span lines and stays one
// statement. The text and id fields may have other names (ReadOptions), and
// every other field of a record (winner, rivals, lang, …) travels with it.
//
//	w, err := record.NewWriter(os.Stdout, record.WriteOptions{Format: record.CSV,
//		Tasks: []record.Task{{Labels: m.Labels()}}})
//	for s, err := range record.ReadFile("statements.csv", record.ReadOptions{TextField: "statement"}) {
//		if err != nil { … }
//		if err := w.Write(s, m.Predict(s.Text)); err != nil { … }
//	}
//	err = w.Flush()
package record
