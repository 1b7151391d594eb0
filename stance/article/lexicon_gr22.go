package article

// gr22BylineGenres are German nouns of an opinion piece's genre that may
// open its byline before "von" ("Ein Kommentar von X", gr22_byline.go).
var gr22BylineGenres = wordSet(`Kommentar Gastkommentar Analyse Gastbeitrag Leitartikel Kolumne Essay Meinung Standpunkt Einschätzung`)
