package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of {@link ArchitectureTest} over the library and the command line together, the
 * command line ({@code org.broadsheet.cli}) being the top service: it may use the library, and no
 * class of the library may use it.
 */
@AnalyzeClasses(packages = "org.broadsheet",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotCoreTests.class})
class CommandLineArchitectureTest {

    @ArchTest
    static final ArchTests coreLayers = ArchTests.in(ArchitectureTest.class);

    @ArchTest
    static final ArchRule theLibraryNeverUsesTheCommandLine = noClasses().that().resideOutsideOfPackage("org.broadsheet.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.broadsheet.cli..")
            .as("no class of broadsheet-core uses the command line");
}
