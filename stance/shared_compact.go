package stance

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
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
	head, err := m.compactHead()
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

// errShared names the shared-feature encoding in its errors.
var errShared = errors.New("shared-feature model")

// decodeShared decodes what encodeShared wrote, the features being base's
// (shared, not copied).
func decodeShared(data []byte, base *Model) (*Model, error) {
	r := &compactReader{data: data, kind: errShared}
	head, _, err := r.header(sharedMagic, 1)
	if err != nil {
		return nil, err
	}
	L := len(head.Labels)
	V, ok := r.uvarint()
	if !ok || L == 0 || V != uint64(len(base.features)) || len(data)-r.pos < 8 ||
		binary.LittleEndian.Uint64(data[r.pos:]) != featureHash(base.features) {
		return nil, r.fail(fmt.Sprintf("features: not the base model's %d", len(base.features)))
	}
	r.pos += 8
	m := &Model{opts: head.Options, labels: head.Labels, docs: head.Documents,
		features: base.features, counts: make([]uint64, int(V)*L)}
	if err := r.finish(m); err != nil {
		return nil, err
	}
	if c := head.Calibration; c != nil {
		if *c == (Calibration{}) || c.hasVADER() || m.checkCalibration(*c) != nil {
			return nil, r.fail(fmt.Sprintf("calibration: temperature %v", c.Temperature))
		}
		m.setCalibration(*c)
	}
	return m, nil
}
