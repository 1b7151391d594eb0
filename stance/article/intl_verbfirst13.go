package article

// A sentence that opens with a stance verb, its subject dropped or after
// it, and a name as its object: "Felicitou Ivo Kask pela vitória",
// "Felicitó a Ivo Kask el martes". The capitalised verb was read as the
// first word of a name ("Felicitou Ivo Kask" became a speaker), as a
// speech verb never is (classify). In Spanish and Portuguese, where the
// subject is dropped or follows the verb, a stance verb opening the
// sentence is no part of a name.
