package article

// The word lists of en32_fronted.go.

// en32FrontedOpeners open a fronted predicate whose actor follows the
// copula: "Joining the chorus of congratulations was A", "First to call
// was A", "Quick to congratulate W were A and B".
var en32FrontedOpeners = wordSet(`joining first quick swift quickest fastest earliest next`)
