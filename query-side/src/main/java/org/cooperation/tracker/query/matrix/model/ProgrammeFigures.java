package org.cooperation.tracker.query.matrix.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * One initiative kind's figures for the status matrix: the one or two numbers an official
 * looks at first. Each kind's read model provides a bean of this type.
 */
public interface ProgrammeFigures {

	/** The kind of initiative whose records these figures count. */
	InitiativeKind kind();

	/**
	 * The figures per country for one initiative; a country without records is absent.
	 */
	Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId);

}
