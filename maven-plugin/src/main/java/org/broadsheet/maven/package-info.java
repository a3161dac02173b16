/**
 * The Maven plugin: {@code broadsheet:build}, {@code broadsheet:check} and {@code broadsheet:serve},
 * configured from the POM. Each goal turns its parameters into a {@link org.broadsheet.BuildRequest}
 * and calls the library as the command line does; every problem goes to the Maven log as a line
 * of its own, {@code file:line: message}, and errors fail the Maven build.
 */
package org.broadsheet.maven;
