package org.broadsheet.view;

/** Where a listing page is among its pages, and links to the first, previous and next. */
public record PaginationView(int page, int pages, String firstUrl, String prevUrl, String nextUrl) {
}
