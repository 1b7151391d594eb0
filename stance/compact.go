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

func (m *Model) encodeCompact() ([]byte, error) {
	h := compactHeader{Options: m.Options(), Labels: m.labels, Documents: m.docs}
	if c, ok := m.Calibration(); ok {
		h.Calibration = &c
	}
	head, err := json.Marshal(h)
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

func decodeCompact(data []byte) (*Model, error) {
	all := string(data) // one copy; feature texts are substrings of it
	pos := 0
	fail := func(what string) (*Model, error) {
		return nil, fmt.Errorf("%w: %v: %s at byte %d", ErrCorrupt, errCompact, what, pos)
	}
	uvarint := func() (uint64, bool) {
		v, n := binary.Uvarint(data[pos:])
		if n <= 0 {
			return 0, false
		}
		pos += n
		return v, true
	}
	if len(all) < len(compactMagic) || all[:len(compactMagic)] != compactMagic {
		return nil, fmt.Errorf("%w: no compact model header", ErrFormat)
	}
	pos = len(compactMagic)
	version, ok := uvarint()
	if !ok || version < 1 || version > compactVersion {
		return fail("version")
	}
	n, ok := uvarint()
	if !ok || n > uint64(len(data)-pos) {
		return fail("header length")
	}
	var head compactHeader
	if err := json.Unmarshal(data[pos:pos+int(n)], &head); err != nil {
		return fail("header: " + err.Error())
	}
	pos += int(n)
	L := len(head.Labels)
	V, ok := uvarint()
	if !ok || L == 0 || V > uint64(len(data)) || V*uint64(L) > uint64(len(data)) {
		return fail("feature count")
	}
	m := &Model{opts: head.Options, labels: head.Labels, docs: head.Documents,
		features: make([]string, V), counts: make([]uint64, int(V)*L)}
	for f := range m.features {
		k, ok := uvarint()
		if !ok || k > uint64(len(data)-pos) {
			return fail("feature text")
		}
		m.features[f] = all[pos : pos+int(k)]
		pos += int(k)
		if f > 0 && m.features[f] <= m.features[f-1] {
			return fail("feature order")
		}
	}
	for i := range m.counts {
		c, ok := uvarint()
		if !ok || c > math.MaxInt64 {
			return fail("count")
		}
		m.counts[i] = c
	}
	if pos != len(data) {
		return fail("trailing data")
	}
	if len(m.docs) != L || !slices.Equal(m.opts.Labels, m.labels) {
		return fail("label arrays")
	}
	if err := m.initLoaded(); err != nil {
		return nil, err
	}
	if c := head.Calibration; c != nil {
		if *c == (Calibration{}) || m.checkCalibration(*c) != nil || c.hasVADER() != (version == 2) {
			return fail(fmt.Sprintf("calibration: temperature %v, VADER %v, bias %v in version %d", c.Temperature, c.VADER, c.Bias, version))
		}
		m.setCalibration(*c)
	} else if version == 2 {
		return fail("version 2 without a VADER term")
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
