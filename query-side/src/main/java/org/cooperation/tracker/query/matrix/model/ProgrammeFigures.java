package org.cooperation.tracker.query.matrix.model;

import java.util.Collection;
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
	 * The figures per initiative and country of the given initiatives, read in a fixed
	 * number of queries however many they are: the status matrix asks once for all its
	 * rows. An initiative without records, and a country without records, is absent.
	 */
	Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds);

	/**
	 * The figures per country for one initiative; a country without records is absent.
	 */
	default Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId) {
		return figuresFor(List.of(initiativeId)).getOrDefault(initiativeId, Map.of());
	}

}
