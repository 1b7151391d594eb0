package corpus

import "fmt"

// Relabel returns copies of exs labelled by their metadata field instead:
// Relabel(English(), "tone") is the tone corpus, each statement labelled
// positive, neutral or negative, with its stance kept in Meta["stance"].
// The Meta maps are new, so the shared maps of the embedded corpus stay
// untouched. A statement without the field is an error naming it.
func Relabel(exs []Example, field string) ([]Example, error) {
	out := make([]Example, len(exs))
	for i, e := range exs {
		l := e.Meta[field]
		if l == "" {
			return nil, fmt.Errorf("corpus: statement %s has no %q field", e.ID, field)
		}
		meta := make(map[string]string, len(e.Meta)+1)
		for k, v := range e.Meta {
			meta[k] = v
		}
		meta["stance"] = string(e.Label)
		e.Meta, e.Label = meta, Label(l)
		out[i] = e
	}
	return out, nil
}
