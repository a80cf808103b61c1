package org.cooperation.tracker.query.programme.culturaltour;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Cultural Tour's read models stand alone, as the core's do: they know neither their
 * readers nor the other read models.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class CulturalTourArchitectureTest {

	@ArchTest
	static final ArchRule readModelsKnowNothingOfTheirReaders = noClasses().that()
		.resideInAPackage("..query.programme.culturaltour.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.cooperation.tracker.query.programme.culturaltour",
				"..query.programme.culturaltour.web..", "org.cooperation.tracker.query.web..");

	@ArchTest
	static final ArchRule readModelsAreIndependentOfTheCoreReadModels = noClasses().that()
		.resideInAPackage("..query.programme.culturaltour.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..query.protocol..", "..query.initiative..", "..query.history..");

}
