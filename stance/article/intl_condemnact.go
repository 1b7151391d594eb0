package article

// condemningActs are the languages whose reported acts of speaking are
// read for a condemnation of the vote as reported speech is (condemnRun):
// Spanish and Portuguese reporters tell a reaction as an act of speaking
// with the accusation as its object ("habló de un fraude en las mesas",
// "falou num «golpe de secretaria»", "denunció un fraude de principio a
// fin"), which the verb rule has no verdict on and the models read by
// their other words. An act the verb rule has labelled is left alone.
// Russian, French and German reporters do the same ("назвал подсчёт
// «откровенной фальсификацией»", "a qualifié le scrutin de « mascarade »",
// "sprach von einer „Farce“"; added in the twelfth session).
var condemningActs = map[string]bool{"es": true, "pt": true, "ru": true, "fr": true, "de": true}
