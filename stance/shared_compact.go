package stance

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
)

// The shared-feature encoding holds a model whose features are exactly
// those of another model, its base, and only what differs: the header and
// the counts. A language's tone model and its stance model are trained on
// the same statements with the same analysis, so their features are the
// same list (28,954 in Spanish) and only the counts differ; the feature
// texts are most of a compact encoding (langmodels/es.bin: 514 KB), so
// the tone models of tonemodels/*.bin are written this way against their
// language's stance model.
//
//	"SKMS" (4 bytes)  uvarint version (1)
//	uvarint n, n bytes of JSON header, as in the compact encoding
//	uvarint V (features), 8 bytes FNV-1a 64 of the base's features (each followed by a 0 byte)
//	V × L uvarint counts, feature-major
//
// Decoding checks that the base has V features with that hash, so a base
// that changed is an error, not a model of mismatched counts. A model
// with a VADER term has no shared encoding.
const sharedMagic = "SKMS"

// featureHash is the FNV-1a 64 hash of a feature list.
func featureHash(features []string) uint64 {
	h := fnv.New64a()
	for _, f := range features {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// encodeShared returns m's shared-feature encoding against base; an error
// when their features differ.
func (m *Model) encodeShared(base *Model) ([]byte, error) {
	if !slices.Equal(m.features, base.features) {
		return nil, fmt.Errorf("stance: shared encoding: the model's %d features are not the base's %d", len(m.features), len(base.features))
	}
	if m.calib.hasVADER() {
		return nil, fmt.Errorf("stance: shared encoding: a calibration with a VADER term")
	}
	h := compactHeader{Options: m.Options(), Labels: m.labels, Documents: m.docs}
	if c, ok := m.Calibration(); ok {
		h.Calibration = &c
	}
	head, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	b := binary.AppendUvarint([]byte(sharedMagic), 1)
	b = binary.AppendUvarint(b, uint64(len(head)))
	b = append(b, head...)
	b = binary.AppendUvarint(b, uint64(len(m.features)))
	b = binary.LittleEndian.AppendUint64(b, featureHash(m.features))
	for _, c := range m.counts {
		b = binary.AppendUvarint(b, c)
	}
	return b, nil
}

// decodeShared decodes what encodeShared wrote, the features being base's
// (shared, not copied).
func decodeShared(data []byte, base *Model) (*Model, error) {
	pos := 0
	fail := func(what string) (*Model, error) {
		return nil, fmt.Errorf("%w: shared-feature model: %s at byte %d", ErrCorrupt, what, pos)
	}
	uvarint := func() (uint64, bool) {
		v, n := binary.Uvarint(data[pos:])
		if n <= 0 {
			return 0, false
		}
		pos += n
		return v, true
	}
	if len(data) < len(sharedMagic) || string(data[:len(sharedMagic)]) != sharedMagic {
		return nil, fmt.Errorf("%w: no shared-feature model header", ErrFormat)
	}
	pos = len(sharedMagic)
	if v, ok := uvarint(); !ok || v != 1 {
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
	if !ok || L == 0 || V != uint64(len(base.features)) || len(data)-pos < 8 ||
		binary.LittleEndian.Uint64(data[pos:]) != featureHash(base.features) {
		return fail(fmt.Sprintf("features: not the base model's %d", len(base.features)))
	}
	pos += 8
	m := &Model{opts: head.Options, labels: head.Labels, docs: head.Documents,
		features: base.features, counts: make([]uint64, int(V)*L)}
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
		if *c == (Calibration{}) || c.hasVADER() || m.checkCalibration(*c) != nil {
			return fail(fmt.Sprintf("calibration: temperature %v", c.Temperature))
		}
		m.setCalibration(*c)
	}
	return m, nil
}
