// Command classify labels statements with their stance toward an election's
// declared winner.
//
//	go run ./examples/classify "We are not ready to recognise the new president."
//	go run ./examples/classify < statements.txt       # one statement per line
//	go run ./examples/classify -json -model model.json < statements.txt
//
// Each TEXT argument, or with none each line of standard input, gives one
// output line in input order: LABEL<TAB>PROBABILITY (the probability of that
// label, 4 decimals), or with -json an object with text, label,
// probabilities, known (features seen in training), no_features and
// abstained. With -explain N every statement is followed by its N strongest
// feature contributions; -informative N lists each label's N most
// informative features instead of classifying.
//
// Standard input is read in batches classified on every core, so memory stays
// constant however many lines come. Empty lines and lines with no known
// feature are classified from the prior and reported on standard error;
// invalid UTF-8 bytes are treated as spaces and reported too. Lines longer
// than -max-line bytes are classified on their first -max-line bytes, with a
// warning: nothing is skipped.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/stancekit/stancekit/stance"
)

type config struct {
	json        bool
	explain     int
	minProb     float64
	minMargin   float64
	maxLine     int
	workers     int
	quiet       bool
	informative int
}

func main() {
	var cfg config
	modelPath := flag.String("model", "", "saved model `file` (default: the embedded default model)")
	flag.BoolVar(&cfg.json, "json", false, "print one JSON object per statement")
	flag.IntVar(&cfg.explain, "explain", 0, "after each statement print its `n` strongest feature contributions (0: none)")
	flag.Float64Var(&cfg.minProb, "min-prob", 0, "flag predictions whose probability is below `p` as abstained")
	flag.Float64Var(&cfg.minMargin, "min-margin", 0, "flag predictions whose lead over the runner-up is below `m` as abstained")
	flag.IntVar(&cfg.maxLine, "max-line", 16<<20, "longest line in `bytes` classified whole")
	flag.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "parallel workers")
	flag.BoolVar(&cfg.quiet, "q", false, "no warnings about empty or invalid lines on standard error")
	flag.IntVar(&cfg.informative, "informative", 0, "print the `n` most informative features of each label (features seen at least 3 times) and exit")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: classify [flags] [TEXT ...]\n\nWith no TEXT, classifies each line of standard input.\n\n")
		flag.PrintDefaults()
	}
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `file` (for performance work)")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "classify:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(cfg, *modelPath, flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "classify:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(cfg config, modelPath string, args []string, in io.Reader, out, errw io.Writer) error {
	if cfg.workers < 1 {
		return fmt.Errorf("-workers %d: want at least 1", cfg.workers)
	}
	if cfg.maxLine < 1 {
		return fmt.Errorf("-max-line %d: want at least 1", cfg.maxLine)
	}
	var m *stance.Model
	var err error
	if modelPath != "" {
		m, err = stance.LoadFile(modelPath)
	} else {
		m, err = stance.Default()
	}
	if err != nil {
		return err
	}
	if cfg.minProb > 0 || cfg.minMargin > 0 {
		m = m.WithAbstention(stance.Abstention{MinProbability: cfg.minProb, MinMargin: cfg.minMargin})
	}
	w := bufio.NewWriterSize(out, 256<<10)
	if cfg.informative > 0 {
		for _, l := range m.Labels() {
			fmt.Fprintf(w, "%s\n", l)
			for _, inf := range m.MostInformative(l, cfg.informative, 3) {
				fmt.Fprintf(w, "  %-32q %6.2f nats  (%d of %d occurrences)\n", inf.Feature, inf.LogRatio, inf.Count, inf.Total)
			}
		}
		return w.Flush()
	}
	if len(args) > 0 {
		var buf []byte
		for i, a := range args {
			warn(cfg, errw, "argument", i+1, a)
			buf = format(buf[:0], cfg, m, a)
			w.Write(buf)
		}
		return w.Flush()
	}
	if err := stream(cfg, m, in, w, errw); err != nil {
		w.Flush()
		return err
	}
	return w.Flush()
}

// warn reports statements that will be classified from the prior alone or
// that had to be repaired.
func warn(cfg config, errw io.Writer, what string, n int, text string) {
	if cfg.quiet {
		return
	}
	switch {
	case strings.TrimSpace(text) == "":
		fmt.Fprintf(errw, "classify: %s %d: empty statement, label from the prior alone\n", what, n)
	case !utf8.ValidString(text):
		fmt.Fprintf(errw, "classify: %s %d: invalid UTF-8, bad bytes read as spaces\n", what, n)
	}
}

// batch is a run of input lines and their formatted output.
type batch struct {
	first int    // line number of the first line
	text  []byte // the lines, back to back
	ends  []int  // end offset of each line in text
	long  []int  // original lengths of truncated lines, parallel to ends (0: not truncated)
	out   []byte
	done  chan struct{}
}

const batchLines = 2048

func stream(cfg config, m *stance.Model, in io.Reader, w io.Writer, errw io.Writer) error {
	work := make(chan *batch, cfg.workers*2)
	order := make(chan *batch, cfg.workers*4)
	pool := sync.Pool{New: func() any { return &batch{done: make(chan struct{}, 1)} }}

	var wg sync.WaitGroup
	for range cfg.workers {
		wg.Go(func() {
			for b := range work {
				start := 0
				for _, end := range b.ends {
					// The lines live in b.text until the batch is written;
					// Predict keeps no reference to its input.
					line := unsafe.String(unsafe.SliceData(b.text[start:end]), end-start)
					if end == start {
						line = ""
					}
					b.out = format(b.out, cfg, m, line)
					start = end
				}
				b.done <- struct{}{}
			}
		})
	}

	writeErr := make(chan error, 1)
	go func() {
		var err error
		for b := range order {
			<-b.done
			if err == nil {
				_, err = w.Write(b.out)
			}
			if !cfg.quiet {
				start := 0
				for i, end := range b.ends {
					warn(cfg, errw, "line", b.first+i, string(b.text[start:end]))
					if b.long[i] > 0 {
						fmt.Fprintf(errw, "classify: line %d: %d bytes, classified on its first %d\n", b.first+i, b.long[i], cfg.maxLine)
					}
					start = end
				}
			}
			b.text, b.ends, b.long, b.out = b.text[:0], b.ends[:0], b.long[:0], b.out[:0]
			pool.Put(b)
		}
		writeErr <- err
	}()

	r := bufio.NewReaderSize(in, 1<<20)
	lineNo := 1
	b := pool.Get().(*batch)
	b.first = lineNo
	var readErr error
	for {
		n, long, err := readLine(r, b, cfg.maxLine)
		if n {
			lineNo++
			b.long = append(b.long, long)
			if len(b.ends) == batchLines {
				order <- b
				work <- b
				b = pool.Get().(*batch)
				b.first = lineNo
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = fmt.Errorf("reading standard input at line %d: %w", lineNo, err)
			}
			break
		}
	}
	if len(b.ends) > 0 {
		order <- b
		work <- b
	}
	close(work)
	close(order)
	wg.Wait()
	if err := <-writeErr; err != nil {
		return err
	}
	return readErr
}

// readLine appends the next line (without its line end) to b and reports
// whether there was one, and the line's full length if it was cut to max.
func readLine(r *bufio.Reader, b *batch, max int) (bool, int, error) {
	start := len(b.text)
	total := 0
	got := false
	var last2 [2]byte // the line's last two bytes, for its line end
	for {
		chunk, err := r.ReadSlice('\n')
		if len(chunk) > 0 {
			got = true
			last2[0], last2[1] = last2[1], chunk[len(chunk)-1]
			if len(chunk) > 1 {
				last2[0] = chunk[len(chunk)-2]
			}
		}
		total += len(chunk)
		if room := max - (len(b.text) - start); room > 0 {
			b.text = append(b.text, chunk[:min(len(chunk), room)]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if !got {
			return false, 0, err
		}
		// Strip the line end, \n or \r\n, from the kept text and the length.
		end := len(b.text)
		if last2[1] == '\n' {
			total--
			if end > start && b.text[end-1] == '\n' {
				end--
			}
			if last2[0] == '\r' {
				total--
				if end > start && b.text[end-1] == '\r' {
					end--
				}
			}
		}
		long := 0
		if total > max {
			long = total
			// Cut at a character boundary, not inside a UTF-8 sequence.
			for k := end - 1; k >= start && k >= end-utf8.UTFMax; k-- {
				if utf8.RuneStart(b.text[k]) {
					if !utf8.FullRune(b.text[k:end]) {
						end = k
					}
					break
				}
			}
		}
		b.text = b.text[:end]
		b.ends = append(b.ends, end)
		return true, long, err
	}
}

// format appends one statement's output to dst.
func format(dst []byte, cfg config, m *stance.Model, text string) []byte {
	if cfg.json || cfg.explain > 0 {
		return formatSlow(dst, cfg, m, text)
	}
	p := m.Predict(text)
	dst = append(dst, p.Label...)
	dst = append(dst, '\t')
	dst = strconv.AppendFloat(dst, p.Probability, 'f', 4, 64)
	return append(dst, '\n')
}

type jsonLine struct {
	Text string `json:"text"`
	stance.PredictionJSON
	Explanation []contribution `json:"explanation,omitempty"`
}

type contribution struct {
	Feature string  `json:"feature"`
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Negated bool    `json:"negated"`
	Weight  float64 `json:"weight"`
}

func formatSlow(dst []byte, cfg config, m *stance.Model, text string) []byte {
	var e stance.Explanation
	var p stance.Prediction
	if cfg.explain > 0 {
		e = m.Explain(text)
		p = e.Prediction
	} else {
		p = m.Predict(text)
	}
	if cfg.json {
		j := jsonLine{Text: strings.ToValidUTF8(text, "\uFFFD"), PredictionJSON: p.JSON(4)}
		for _, c := range e.Top(cfg.explain) {
			j.Explanation = append(j.Explanation, contribution{c.Feature, strings.ToValidUTF8(text[c.Start:c.End], "\uFFFD"), c.Start, c.End, c.Negated, round4(c.Weight)})
		}
		b, _ := json.Marshal(j)
		dst = append(dst, b...)
		return append(dst, '\n')
	}
	dst = append(dst, p.Label...)
	dst = append(dst, '\t')
	dst = strconv.AppendFloat(dst, p.Probability, 'f', 4, 64)
	dst = append(dst, '\n')
	return appendExplanation(dst, e, text, cfg.explain)
}

// appendExplanation writes the strongest contributions one per line:
//
//	+1.14  for withholding   "not ready"     NOT_readi  (negated)
func appendExplanation(dst []byte, e stance.Explanation, text string, n int) []byte {
	if e.RunnerUp == "" {
		return dst
	}
	dst = fmt.Appendf(dst, "  %s over %s by %.2f nats (prior %+.2f, %d features, %d unknown)\n",
		e.Label, e.RunnerUp, e.Margin, e.Prior, len(e.Contributions), len(e.Unknown))
	for _, c := range e.Top(n) {
		toward := e.Label
		if c.Weight < 0 {
			toward = e.RunnerUp
		}
		neg := ""
		if c.Negated {
			neg = "  (negated)"
		}
		dst = fmt.Appendf(dst, "  %+6.2f  for %-12s %-28q %s%s\n", c.Weight, toward, strings.ToValidUTF8(text[c.Start:c.End], "\uFFFD"), c.Feature, neg)
	}
	return dst
}

func round4(v float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return f
}
