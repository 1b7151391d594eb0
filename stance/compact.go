package stance

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/stancekit/stancekit/corpus"
)

// The compact model encoding holds the same counts as the JSON model file,
// for the model embedded in the binary (default.bin), which every program
// decodes at start: decoding it needs no JSON parsing per feature and no
// allocation per feature text.
//
//	"SKMC" (4 bytes)  uvarint version (1, or 2 with a VADER term)
//	uvarint n, n bytes of JSON header: {"options":…, "labels":[…], "documents":[…], "calibration":{…}}
//	uvarint V (features)
//	V × (uvarint len, len bytes of feature text)
//	V × L uvarint counts, feature-major
//
// Features are sorted by text as in the JSON file. The header's
// "calibration" is absent for an uncalibrated model, so such a model's
// encoding is the same as before calibrations existed; a calibration with a
// VADER term ("vader", "bias") is written as version 2, so that a decoder
// of version 1 refuses it instead of predicting without it. It is an
// internal format: the JSON file is the documented, inspectable one.
const compactMagic = "SKMC"

const compactVersion = 2

// compactHeader is the JSON header of the compact encoding.
type compactHeader struct {
	Options     Options        `json:"options"`
	Labels      []corpus.Label `json:"labels"`
	Documents   []uint64       `json:"documents"`
	Calibration *Calibration   `json:"calibration,omitempty"`
}

// compactHead returns m's JSON header, as both compact encodings write it.
func (m *Model) compactHead() ([]byte, error) {
	h := compactHeader{Options: m.Options(), Labels: m.labels, Documents: m.docs}
	if c, ok := m.Calibration(); ok {
		h.Calibration = &c
	}
	return json.Marshal(h)
}

func (m *Model) encodeCompact() ([]byte, error) {
	head, err := m.compactHead()
	if err != nil {
		return nil, err
	}
	b := []byte(compactMagic)
	version := uint64(1)
	if m.calib.hasVADER() {
		version = 2
	}
	b = binary.AppendUvarint(b, version)
	b = binary.AppendUvarint(b, uint64(len(head)))
	b = append(b, head...)
	b = binary.AppendUvarint(b, uint64(len(m.features)))
	for _, f := range m.features {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	for _, c := range m.counts {
		b = binary.AppendUvarint(b, c)
	}
	return b, nil
}

var errCompact = errors.New("compact model")

// compactReader reads what the compact encodings (this file's and the
// shared-feature one, shared_compact.go) have in common: uvarints, the
// magic, version and JSON header, the counts, and the checks that end a
// decoding. Its errors say where they stopped.
type compactReader struct {
	data []byte
	pos  int
	kind error // errCompact or errShared, wrapped in every error
}

// fail returns an error wrapping ErrCorrupt that says what was wrong where.
func (r *compactReader) fail(what string) error {
	return fmt.Errorf("%w: %w: %s at byte %d", ErrCorrupt, r.kind, what, r.pos)
}

func (r *compactReader) uvarint() (uint64, bool) {
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 {
		return 0, false
	}
	r.pos += n
	return v, true
}

// header reads the magic, a version from 1 to maxVersion and the JSON
// header.
func (r *compactReader) header(magic string, maxVersion uint64) (compactHeader, uint64, error) {
	var head compactHeader
	if len(r.data) < len(magic) || string(r.data[:len(magic)]) != magic {
		return head, 0, fmt.Errorf("%w: no %v header", ErrFormat, r.kind)
	}
	r.pos = len(magic)
	version, ok := r.uvarint()
	if !ok || version < 1 || version > maxVersion {
		return head, 0, r.fail("version")
	}
	n, ok := r.uvarint()
	if !ok || n > uint64(len(r.data)-r.pos) {
		return head, 0, r.fail("header length")
	}
	if err := json.Unmarshal(r.data[r.pos:r.pos+int(n)], &head); err != nil {
		return head, 0, r.fail("header: " + err.Error())
	}
	r.pos += int(n)
	return head, version, nil
}

// finish reads m's counts, which must end the data, checks the label
// arrays and prepares m for prediction.
func (r *compactReader) finish(m *Model) error {
	for i := range m.counts {
		c, ok := r.uvarint()
		if !ok || c > math.MaxInt64 {
			return r.fail("count")
		}
		m.counts[i] = c
	}
	if r.pos != len(r.data) {
		return r.fail("trailing data")
	}
	if len(m.docs) != len(m.labels) || !slices.Equal(m.opts.Labels, m.labels) {
		return r.fail("label arrays")
	}
	return m.initLoaded()
}

func decodeCompact(data []byte) (*Model, error) {
	all := string(data) // one copy; feature texts are substrings of it
	r := &compactReader{data: data, kind: errCompact}
	head, version, err := r.header(compactMagic, compactVersion)
	if err != nil {
		return nil, err
	}
	L := len(head.Labels)
	V, ok := r.uvarint()
	if !ok || L == 0 || V > uint64(len(data)) || V*uint64(L) > uint64(len(data)) {
		return nil, r.fail("feature count")
	}
	m := &Model{opts: head.Options, labels: head.Labels, docs: head.Documents,
		features: make([]string, V), counts: make([]uint64, int(V)*L)}
	for f := range m.features {
		k, ok := r.uvarint()
		if !ok || k > uint64(len(data)-r.pos) {
			return nil, r.fail("feature text")
		}
		m.features[f] = all[r.pos : r.pos+int(k)]
		r.pos += int(k)
		if f > 0 && m.features[f] <= m.features[f-1] {
			return nil, r.fail("feature order")
		}
	}
	if err := r.finish(m); err != nil {
		return nil, err
	}
	if c := head.Calibration; c != nil {
		if *c == (Calibration{}) || m.checkCalibration(*c) != nil || c.hasVADER() != (version == 2) {
			return nil, r.fail(fmt.Sprintf("calibration: temperature %v, VADER %v, bias %v in version %d", c.Temperature, c.VADER, c.Bias, version))
		}
		m.setCalibration(*c)
	} else if version == 2 {
		return nil, r.fail("version 2 without a VADER term")
	}
	return m, nil
}

// EncodeCompact returns m's compact encoding: the form in which a package
// embeds a trained model in the binary (as stance/default.bin holds the
// default model), because decoding it costs far less than parsing the JSON
// model file (BenchmarkDefaultDecode). The encoding is versioned but not a
// file format to exchange models in: Save writes that.
func (m *Model) EncodeCompact() ([]byte, error) { return m.encodeCompact() }

// DecodeCompact decodes what [Model.EncodeCompact] returned. It checks the
// header, the order of the features, every count and the calibration, and
// says which check failed (wrapping ErrFormat or ErrCorrupt). The model's
// feature texts share one copy of data.
func DecodeCompact(data []byte) (*Model, error) { return decodeCompact(data) }
