package article

// An office's complement goes on with another: "el jefe de Estado de
// Norlandia", "la ministra de Justicia de Velor", "o chefe de Governo de
// Norlândia". The "de" after the single capitalised word that a joining
// word put after the office is no name particle ("José de San Martín",
// "Lula da Silva") but joins a second complement: read as a name
// particle, it made "de Norlandia" the speaker's name and "jefe de
// Estado" the office. complementOfAt tells it, in Spanish and
// Portuguese.

// complementOfAt reports whether toks[k] joins a second complement to an
// office: cls (the classes of the phrase so far) end with an office, a
// joining word and one capitalised word.
func (ix *intl) complementOfAt(toks []token, k int, cls []wordClass) bool {
	n := len(cls)
	return complementJoins[ix.lx.code][toks[k].lower] && !toks[k].cap && n >= 3 &&
		cls[n-1] == cName && cls[n-2] == cPrep && cls[n-3] == cRole
}
