package org.cooperation.tracker.command.programme;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.cooperation.tracker.testing.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The programme records' aggregates decide by their rules alone: only their controllers
 * know the web, and only the contact store touches the database directly.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker.command.programme",
		importOptions = ImportOption.DoNotIncludeTests.class)
class ProgrammeArchitectureTest {

	@ArchTest
	static final ArchRule onlyControllersKnowTheWeb = ArchitectureRules.onlyControllersUse(
			new String[] { "org.springframework.web..", "jakarta.servlet..", "org.springframework.http.." });

	@ArchTest
	static final ArchRule onlyTheContactStoreUsesJdbc = noClasses().that()
		.doNotHaveSimpleName("JdbcCreatorContacts")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

}
