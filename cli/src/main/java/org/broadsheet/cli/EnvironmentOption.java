package org.broadsheet.cli;

import picocli.CommandLine.Option;

/** {@code -e/--environment NAME}, for every command that builds: the settings of broadsheet.NAME.yml over the site's. */
final class EnvironmentOption {

    @Option(names = {"-e", "--environment"}, paramLabel = "NAME", defaultValue = "${env:BROADSHEET_ENV}",
            description = "Read broadsheet.NAME.yml over broadsheet.yml (default: $BROADSHEET_ENV, else none).")
    String environment;

    /** The environment named, or null for none: an empty {@code BROADSHEET_ENV=} names none. */
    String name() {
        return environment == null || environment.isBlank() ? null : environment;
    }
}
