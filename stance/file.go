package stance

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// The model file format: JSON, optionally gzip-compressed (detected by its
// magic bytes on load, chosen by a ".gz" suffix in SaveFile).
//
//	{
//	  "format":      "stancekit-model",
//	  "version":     3,
//	  "options":     {tokenizer options, kind, alpha, uniform_prior, binary, labels},
//	  "labels":      ["recognising", "withholding", "hostile"],
//	  "documents":   [D(c) for each label],
//	  "calibration": {"temperature": T, "vader": w, "bias": b},     only in a calibrated model; w, b only with a VADER term
//	  "features":    [["congratul", N(c₁,f), N(c₂,f), N(c₃,f)], …]   sorted by feature text
//	}
//
// Counts are non-negative integers; everything the model computes is derived
// from them at load time, so a file cannot hold a probability that disagrees
// with its counts. The calibration (see [Calibration]) holds the fitted
// numbers: T must be a finite number > 0; the VADER term's weight w and
// bias b, finite, are allowed only in a model whose labels are positive
// and negative.
//
// Versions: 1 had no calibration; 2 added the optional "calibration"; 3
// added its VADER term. Load reads all three (a version-1 file is an
// uncalibrated model). Save writes the lowest version that holds the
// model: 3 for a calibration with a VADER term, else 2, so that a file
// without one is what it was and a file with one is refused by a program
// that could not apply it, instead of predicting without it.
const (
	FormatName    = "stancekit-model"
	FormatVersion = 3
)

// Errors from Load; each is wrapped with details.
var (
	// ErrFormat: the input is something else, such as a corpus file (JSONL,
	// CSV) or another program's JSON.
	ErrFormat    = errors.New("not a model file")
	ErrVersion   = errors.New("unsupported model file version")
	ErrTruncated = errors.New("truncated model file")
	ErrCorrupt   = errors.New("corrupt model file")
)

type fileHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

type fileModel struct {
	Format    string         `json:"format"`
	Version   int            `json:"version"`
	Options   Options        `json:"options"`
	Labels    []corpus.Label `json:"labels"`
	Documents []uint64       `json:"documents"`
	// Calibration is nil for an uncalibrated model (and in version 1).
	Calibration *Calibration      `json:"calibration"`
	Features    []json.RawMessage `json:"features"`
}

// Save writes m to w in the model file format.
func (m *Model) Save(w io.Writer) error {
	opts, err := json.Marshal(m.Options())
	if err != nil {
		return fmt.Errorf("encoding the model's options: %w", err)
	}
	labels, err := json.Marshal(m.labels)
	if err != nil {
		return fmt.Errorf("encoding the model's labels: %w", err)
	}
	docs, err := json.Marshal(m.docs)
	if err != nil {
		return fmt.Errorf("encoding the model's document counts: %w", err)
	}
	// Write errors stick to bw and come back from Flush.
	bw := bufio.NewWriter(w)
	version := 2
	if m.calib.hasVADER() {
		version = 3
	}
	fmt.Fprintf(bw, "{\"format\":%q,\"version\":%d,\n\"options\":%s,\n\"labels\":%s,\n\"documents\":%s,\n", FormatName, version, opts, labels, docs)
	if c, ok := m.Calibration(); ok {
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("encoding the model's calibration: %w", err)
		}
		fmt.Fprintf(bw, "\"calibration\":%s,\n", b)
	}
	bw.WriteString("\"features\":[")
	L := len(m.labels)
	for f, name := range m.features {
		if f > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n[")
		b, err := json.Marshal(name)
		if err != nil {
			return fmt.Errorf("encoding feature %d: %w", f, err)
		}
		bw.Write(b)
		for c := 0; c < L; c++ {
			fmt.Fprintf(bw, ",%d", m.counts[f*L+c])
		}
		bw.WriteByte(']')
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// SaveFile writes m to path atomically: to a temporary file in the same
// directory, then renamed over path. A ".gz" suffix compresses it.
func (m *Model) SaveFile(path string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	var w io.Writer = f
	var gz *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		gz = gzip.NewWriter(f)
		w = gz
	}
	if err = m.Save(w); err != nil {
		return err
	}
	if gz != nil {
		if err = gz.Close(); err != nil {
			return err
		}
	}
	if err = f.Sync(); err != nil {
		return err
	}
	// CreateTemp makes the file private (0600); a model is data to share.
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Load reads a model written by Save (plain or gzip-compressed). It checks
// the format name, the version, the shape of every array and every count,
// and says which check failed.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip header: %v", ErrTruncated, err)
		}
		defer gz.Close()
		br = bufio.NewReader(gz)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) {
			return nil, fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		return nil, fmt.Errorf("reading model: %w", err)
	}
	return decode(data)
}

// LoadFile reads a model from a file.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// LoadFileOrDefault reads the model saved at path, or returns the default
// model ([Default]) if path is empty: what a program's -model flag means.
func LoadFileOrDefault(path string) (*Model, error) {
	if path == "" {
		return Default()
	}
	return LoadFile(path)
}

func decode(data []byte) (*Model, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrTruncated)
	}
	if trimmed[0] != '{' {
		return nil, fmt.Errorf("%w: does not start with a JSON object", ErrFormat)
	}
	// The header first, token by token, so that a newer or foreign file is
	// named as such even when the rest does not parse.
	valid := json.Valid(data)
	if err := checkHeader(data, valid); err != nil {
		return nil, err
	}
	if !valid {
		var v any
		err := json.Unmarshal(data, &v)
		var se *json.SyntaxError
		if errors.As(err, &se) && se.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))) {
			return nil, fmt.Errorf("%w: JSON ends unfinished after %d bytes", ErrTruncated, len(data))
		}
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	var fm fileModel
	if err := json.Unmarshal(data, &fm); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	L := len(fm.Labels)
	if L == 0 {
		return nil, fmt.Errorf("%w: no labels", ErrCorrupt)
	}
	if !slices.Equal(fm.Options.Labels, fm.Labels) {
		return nil, fmt.Errorf("%w: options list labels %v but the file has %v", ErrCorrupt, fm.Options.Labels, fm.Labels)
	}
	if len(fm.Documents) != L {
		return nil, fmt.Errorf("%w: %d document counts for %d labels", ErrCorrupt, len(fm.Documents), L)
	}
	m := &Model{opts: fm.Options, labels: fm.Labels, docs: fm.Documents,
		features: make([]string, len(fm.Features)), counts: make([]uint64, len(fm.Features)*L)}
	for f, raw := range fm.Features {
		var row []json.RawMessage
		if err := json.Unmarshal(raw, &row); err != nil {
			return nil, fmt.Errorf("%w: feature %d: %v", ErrCorrupt, f, err)
		}
		if len(row) != L+1 {
			return nil, fmt.Errorf("%w: feature %d has %d values, want a name and %d counts", ErrCorrupt, f, len(row), L)
		}
		if err := json.Unmarshal(row[0], &m.features[f]); err != nil {
			return nil, fmt.Errorf("%w: feature %d: name: %v", ErrCorrupt, f, err)
		}
		if f > 0 && m.features[f] <= m.features[f-1] {
			return nil, fmt.Errorf("%w: feature %d %q out of order or repeated", ErrCorrupt, f, m.features[f])
		}
		for c := 0; c < L; c++ {
			var v float64
			if err := json.Unmarshal(row[c+1], &v); err != nil {
				return nil, fmt.Errorf("%w: feature %q: count %d: %v", ErrCorrupt, m.features[f], c, err)
			}
			if v < 0 || v != math.Trunc(v) || v > 1<<53 {
				return nil, fmt.Errorf("%w: feature %q: count %v for label %q is not a non-negative integer", ErrCorrupt, m.features[f], v, fm.Labels[c])
			}
			m.counts[f*L+c] = uint64(v)
		}
	}
	if err := m.initLoaded(); err != nil {
		return nil, err
	}
	if err := m.loadCalibration(fm.Version, fm.Calibration); err != nil {
		return nil, err
	}
	return m, nil
}

// loadCalibration checks and sets the calibration read from a file of the
// given version: a version-1 file has none, and a calibration must have a
// valid temperature (JSON has no NaN or infinity; a missing or null
// temperature reads as 0).
func (m *Model) loadCalibration(version int, c *Calibration) error {
	if c == nil {
		return nil
	}
	if version < 2 {
		return fmt.Errorf("%w: a calibration in a version-%d file (calibrations came with version 2)", ErrCorrupt, version)
	}
	if c.hasVADER() && version < 3 {
		return fmt.Errorf("%w: a VADER term in a version-%d file (it came with version 3)", ErrCorrupt, version)
	}
	if t := c.Temperature; !(t > 0) || math.IsInf(t, 0) {
		return fmt.Errorf("%w: calibration: temperature %v is not a finite number > 0", ErrCorrupt, t)
	}
	if err := m.checkCalibration(*c); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	m.setCalibration(*c)
	return nil
}

// initLoaded finishes a model read from a file: every problem is the file's,
// so it is reported as ErrCorrupt, and the tables are built now, because a
// file may name two features whose hashes collide.
func (m *Model) initLoaded() error {
	if err := m.init(); err != nil {
		if errors.Is(err, ErrCorrupt) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return m.t().err
}

// checkHeader names a file that is not a model, or a model of another
// version, from its format and version alone.
func checkHeader(data []byte, valid bool) error {
	h := scanHeader(data)
	switch {
	case h.Format == "" && !valid:
		if err := foreignObject(data); err != nil {
			return err
		}
		return fmt.Errorf("%w: input ends or breaks before its header", ErrTruncated)
	case h.Format == "":
		return fmt.Errorf("%w: a JSON object with no \"format\" field (want %q)", ErrFormat, FormatName)
	case h.Format != FormatName:
		return fmt.Errorf("%w: format %q (want %q)", ErrFormat, h.Format, FormatName)
	case h.Version > FormatVersion:
		return fmt.Errorf("%w: file is version %d, this build reads up to version %d; upgrade stancekit", ErrVersion, h.Version, FormatVersion)
	case h.Version < 1:
		return fmt.Errorf("%w: version %d", ErrVersion, h.Version)
	}
	return nil
}

// foreignObject tells a file that is not a model from a truncated one when
// neither parses as a whole: a first object that is complete but lacks the
// format (a JSONL corpus has one object per line), or one whose first field
// is not "format", which Save always writes first. It returns nil when data
// may be a truncated model.
func foreignObject(data []byte) error {
	var first map[string]json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&first); err == nil {
		if _, ok := first["format"]; !ok {
			return fmt.Errorf("%w: a JSON object with no \"format\" field, followed by more data (a JSONL corpus?)", ErrFormat)
		}
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	if k, err := dec.Token(); err == nil && k != "format" {
		return fmt.Errorf("%w: the first field is %q, not \"format\"", ErrFormat, k)
	}
	return nil
}

// scanHeader recovers format and version from a file that does not parse
// as a whole (truncated), reading only its first tokens.
func scanHeader(data []byte) fileHeader {
	var h fileHeader
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return h
	}
	for i := 0; i < 4 && dec.More(); i++ {
		k, err := dec.Token()
		if err != nil {
			return h
		}
		switch k {
		case "format":
			if err := dec.Decode(&h.Format); err != nil {
				return h
			}
		case "version":
			if err := dec.Decode(&h.Version); err != nil {
				return h
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return h
			}
		}
	}
	return h
}

func sameOptions(a, b Options) error {
	a.Labels, b.Labels = nil, nil
	if !reflect.DeepEqual(a, b) {
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		return fmt.Errorf("%w: cannot merge models trained with different options: %s vs %s", ErrOptions, ja, jb)
	}
	return nil
}
