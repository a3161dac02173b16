/**
 * The search index of an edition, in fragments a browser loads only as a query needs them:
 * {@link org.broadsheet.search.SearchWords} says what a word is (the search worker folds and splits
 * text the same way), {@link org.broadsheet.search.SearchIndexer} turns an edition's articles into
 * {@link org.broadsheet.search.SearchFragments}: one fragment of terms and their postings per
 * first three letters, the postings of the commonest words apart, and the results' details in
 * small shards by day.
 */
package org.broadsheet.search;
