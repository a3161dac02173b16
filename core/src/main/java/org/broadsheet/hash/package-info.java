/**
 * A general 64-bit hash ({@link org.broadsheet.hash.Fingerprint}) shared below the stages:
 * rendering fingerprints a page's inputs with it, output hashes the bytes it writes, and the
 * build cache checks its records and bodies with it. It tells accidents apart, not attacks.
 */
package org.broadsheet.hash;
