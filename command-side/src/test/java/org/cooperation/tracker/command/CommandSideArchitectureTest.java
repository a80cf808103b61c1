package org.cooperation.tracker.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;
import org.cooperation.tracker.testing.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The command side decides; it never reads or depends on the query side's read models.
 */
@AnalyzeClasses(packages = "org.cooperation.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

	@ArchTest
	static final ArchRule neverDependsOnTheQuerySide = ArchitectureRules
		.mayNotDependOn("org.cooperation.tracker.command..", "org.cooperation.tracker.query..");

	@ArchTest
	static final ArchRule aggregatesKnowNothingOfTheWeb = ArchitectureRules.onlyControllersUse(ArchitectureRules.WEB,
			"org.cooperation.tracker.command.protocol..", "org.cooperation.tracker.command.initiative..",
			"org.cooperation.tracker.command.programme..");

	@ArchTest
	static final ArchRule noJpaOnTheCommandSide = noClasses().that()
		.resideInAPackage("org.cooperation.tracker.command..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
		.because("the command side stores only events, through Axon's JDBC engine");

	@ArchTest
	static final ArchRule everyRecordLockWaitIsBounded = classes().that()
		.areAnnotatedWith(Aggregate.class)
		.should()
		.beAnnotatedWith(
				DescribedPredicate.describe("@Aggregate(lockFactory = \"" + BoundedWaits.AGGREGATE_LOCKS + "\")",
						(JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(Aggregate.class)
								&& BoundedWaits.AGGREGATE_LOCKS.equals(annotation.get("lockFactory").orElse(null))))
		.because("Axon's default record lock waits a minute, and a request must not");

	@ArchTest
	static final ArchRule everyRecordIsSnapshotted = classes().that()
		.areAnnotatedWith(Aggregate.class)
		.should()
		.beAnnotatedWith(DescribedPredicate.describe(
				"@Aggregate(snapshotTriggerDefinition = \"" + AggregateSnapshots.TRIGGER + "\")",
				(JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(Aggregate.class)
						&& AggregateSnapshots.TRIGGER.equals(annotation.get("snapshotTriggerDefinition").orElse(null))))
		.andShould()
		.beAnnotatedWith(Revision.class)
		.because("a record with a long history must load in the time of a short one, and a snapshot of an "
				+ "older shape of the record must be passed over, not misread (AggregateSnapshots)");

}
