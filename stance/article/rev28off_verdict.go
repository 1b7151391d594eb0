package article
