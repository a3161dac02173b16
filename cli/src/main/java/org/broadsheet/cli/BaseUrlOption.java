package org.broadsheet.cli;

import picocli.CommandLine.Option;

/** {@code -b/--base-url URL}, for build and check: the site built for another address than broadsheet.yml's. */
final class BaseUrlOption {

    @Option(names = {"-b", "--base-url"}, paramLabel = "URL",
            description = "Build for this base URL instead of broadsheet.yml's baseUrl (a preview or staging deploy).")
    String baseUrl;
}
