package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// parseFlatJSON is the fast path of parseJSON for the common line: an object
// whose keys are plain strings and whose values are strings, or arrays of
// strings, without escapes or spaces inside arrays. It returns ok = false for
// anything else, and parseJSON then decodes with encoding/json, so both paths
// give the same Example (a fuzz test checks it). It exists because
// encoding/json into a map costs more than tokenizing the statement.
func parseFlatJSON(line []byte) (ex Example, ok bool) {
	if len(line) == 0 || line[0] != '{' || !utf8.Valid(line) {
		return Example{}, false
	}
	i := skipSpace(line, 1)
	if i < len(line) && line[i] == '}' {
		return Example{}, false // no text field: the slow path reports it
	}
	var seen [8]string // keys so far, to fall back on duplicates
	nseen := 0
	hasText := false
	for {
		key, j, ok := plainString(line, i)
		if !ok {
			return Example{}, false
		}
		for _, k := range seen[:nseen] {
			if k == string(key) {
				return Example{}, false
			}
		}
		if nseen == len(seen) {
			return Example{}, false
		}
		i = skipSpace(line, j)
		if i >= len(line) || line[i] != ':' {
			return Example{}, false
		}
		i = skipSpace(line, i+1)
		if i >= len(line) {
			return Example{}, false
		}
		raw, isArray, j, ok := flatValue(line, i)
		if !ok {
			return Example{}, false
		}
		k := string(key)
		seen[nseen] = k
		nseen++
		isText, ok := setFlatField(&ex, k, raw, isArray)
		if !ok {
			return Example{}, false
		}
		hasText = hasText || isText
		i = skipSpace(line, j)
		if i >= len(line) {
			return Example{}, false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
			continue
		case '}':
			if skipSpace(line, i+1) != len(line) || !hasText {
				return Example{}, false
			}
			return ex, true
		}
		return Example{}, false
	}
}

// flatValue reads the member value at line[i]: the contents of a string
// without escapes, or a compact array kept as its raw text. Anything else
// (numbers, null, objects, escapes) is left to the slow path, which decodes
// it exactly; ok is false then.
func flatValue(line []byte, i int) (raw []byte, isArray bool, next int, ok bool) {
	switch line[i] {
	case '"':
		raw, next, ok = plainString(line, i)
		return raw, false, next, ok
	case '[':
		if next, ok = plainArray(line, i); ok {
			return line[i:next], true, next, true
		}
	}
	return nil, false, 0, false
}

// setFlatField stores one member in ex the way the slow path would, and
// reports whether it was the text field. An array in id, text or label gives
// ok false so that the slow path can report the wrong type with its field.
func setFlatField(ex *Example, k string, raw []byte, isArray bool) (isText, ok bool) {
	switch k {
	case "id", "text", "label":
		if isArray {
			return false, false
		}
		switch k {
		case "id":
			ex.ID = strings.TrimSpace(string(raw))
		case "text":
			ex.Text = string(raw)
			return true, true
		case "label":
			ex.Label = Label(strings.TrimSpace(string(raw)))
		}
	default:
		if ex.Meta == nil {
			ex.Meta = make(map[string]string, 4)
		}
		ex.Meta[k] = string(raw)
	}
	return false, true
}

// plainString reads a JSON string at line[i] that has no escapes and no
// control characters, returning its contents and the index after it.
func plainString(line []byte, i int) ([]byte, int, bool) {
	if i >= len(line) || line[i] != '"' {
		return nil, 0, false
	}
	end := bytes.IndexByte(line[i+1:], '"')
	if end < 0 {
		return nil, 0, false
	}
	s := line[i+1 : i+1+end]
	for _, c := range s {
		if c < 0x20 || c == '\\' {
			return nil, 0, false
		}
	}
	return s, i + 2 + end, true
}

// plainArray reads a compact JSON array of plain strings at line[i],
// returning the index after it.
func plainArray(line []byte, i int) (int, bool) {
	i++ // '['
	if i < len(line) && line[i] == ']' {
		return i + 1, true
	}
	for {
		_, j, ok := plainString(line, i)
		if !ok || j >= len(line) {
			return 0, false
		}
		switch line[j] {
		case ',':
			i = j + 1
		case ']':
			return j + 1, true
		default:
			return 0, false
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}
