package org.cooperation.tracker.accounts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The accounts know only the shared kernel: access signs in against them and both
 * applications import them, never the other way round.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker.accounts", importOptions = ImportOption.DoNotIncludeTests.class)
class AccountsArchitectureTest {

	@ArchTest
	static final ArchRule knowNeitherAccessNorTheApplications = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.cooperation.tracker.access..", "org.cooperation.tracker.command..",
				"org.cooperation.tracker.query..")
		.because("dependencies run one way: the applications and access use the accounts");

	@ArchTest
	static final ArchRule knowNothingOfTheWeb = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.security.web..")
		.because("how a caller signs in over HTTP is the access module's; the accounts only answer who exists");

}
