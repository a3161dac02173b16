package org.broadsheet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.BuildClock;
import org.broadsheet.BuildProgress;
import org.broadsheet.BuildRequest;
import org.broadsheet.problem.Problem;

/**
 * What every goal is configured with: the site folder and how to build it, as the command line's
 * options say it ({@code --source}, {@code --output}, {@code --drafts}, {@code --future},
 * {@code --base-url}, {@code --environment}), each also a {@code -Dbroadsheet.NAME} property.
 */
abstract class SiteMojo extends AbstractMojo {

    /** The site folder, holding {@code content/}, {@code templates/} and {@code broadsheet.yml}. */
    @Parameter(property = "broadsheet.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** Where to write the site; by default the site folder's {@code site/}, as the command line does. */
    @Parameter(property = "broadsheet.outputDirectory")
    File outputDirectory;

    /** Publish articles marked {@code draft: true} as well. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish articles dated in the future (scheduled) as well. */
    @Parameter(property = "broadsheet.future", defaultValue = "false")
    boolean future;

    /** Build for this base URL instead of {@code broadsheet.yml}'s {@code baseUrl} (a preview or staging deploy). */
    @Parameter(property = "broadsheet.baseUrl")
    String baseUrl;

    /** Read {@code broadsheet.NAME.yml} over {@code broadsheet.yml}; by default {@code $BROADSHEET_ENV}, else none. */
    @Parameter(property = "broadsheet.environment", defaultValue = "${env.BROADSHEET_ENV}")
    String environment;

    /** Skip the goal. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Broadsheet (broadsheet.skip)");
            return;
        }
        if (!Files.isDirectory(sourceDirectory.toPath())) {
            throw new MojoExecutionException(sourceDirectory + " is not a folder; <sourceDirectory> names the site folder");
        }
        try {
            run(request());
        } catch (IOException e) {
            throw new MojoExecutionException("Broadsheet could not read or write a file: " + e.getMessage(), e);
        }
    }

    /** Runs the goal on the site the POM describes. */
    abstract void run(BuildRequest request) throws IOException, MojoExecutionException, MojoFailureException;

    /** The build the parameters describe, now (or at {@code SOURCE_DATE_EPOCH}). */
    BuildRequest request() {
        Path source = sourceDirectory.toPath();
        Path output = outputDirectory != null ? outputDirectory.toPath() : source.resolve("site");
        return new BuildRequest(source, output, drafts, future, BuildClock.now(), BuildProgress.NONE)
                .withBaseUrl(orNull(baseUrl)).inEnvironment(orNull(environment));
    }

    /** Logs each problem on a line of its own, as the command line prints it: errors as errors, the rest as warnings. */
    void log(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
    }

    /** An empty parameter, as {@code -Dbroadsheet.baseUrl=} or an unset {@code BROADSHEET_ENV} give, names none. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
