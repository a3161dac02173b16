/** Plain data written as JSON, safe inside HTML: for pages, feeds and the reply intake alike. */
package org.broadsheet.json;
