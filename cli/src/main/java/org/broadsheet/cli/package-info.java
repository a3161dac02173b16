/**
 * The command line, {@code broadsheet build|new|serve|check|replies} ({@link org.broadsheet.cli.Main}
 * and a class per command): it reads options, runs the build through the facade
 * ({@link org.broadsheet.Broadsheet}) or a service (scaffold, serve, check, intake, moderation),
 * prints what they report ({@link org.broadsheet.cli.ConsoleProgress}, problems as
 * {@code file:line: message}) and turns the outcome into an exit code. When the JVM is its own
 * process, it may also ask for quick compilation ({@link org.broadsheet.cli.QuickCompilation}).
 */
package org.broadsheet.cli;
