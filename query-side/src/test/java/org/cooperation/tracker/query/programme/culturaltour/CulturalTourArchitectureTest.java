package org.cooperation.tracker.query.programme.culturaltour;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.cooperation.tracker.testing.ArchitectureRules;

/**
 * The Cultural Tour's read models stand alone, as the core's do: they know neither their
 * readers nor the other read models.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class CulturalTourArchitectureTest {

	@ArchTest
	static final ArchRule readModelsKnowNothingOfTheirReaders = ArchitectureRules.mayNotDependOn(
			"..query.programme.culturaltour.model..", "org.cooperation.tracker.query.programme.culturaltour",
			"..query.programme.culturaltour.web..", "org.cooperation.tracker.query.web..");

	@ArchTest
	static final ArchRule readModelsAreIndependentOfTheCoreReadModels = ArchitectureRules.mayNotDependOn(
			"..query.programme.culturaltour.model..", "..query.protocol..", "..query.initiative..",
			"..query.history..");

}
