package org.cooperation.tracker.command.concurrency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's aggregate as the annotations on the command say, and the version it
 * expects in its metadata. Axon then loads the aggregate with that expected version: one
 * ahead of the stored version fails at once, and one behind fails before the handler runs
 * (see {@link UnseenChangesRefused}); either way with a
 * {@code ConflictingAggregateVersionException} and nothing appended. Creating commands do
 * not come here: their endpoints refuse a version first ({@link CreatesRecord}).
 */
class ExpectedVersionTargetResolver implements CommandTargetResolver {

	private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

	@Override
	public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
		VersionedAggregateIdentifier target = annotations.resolveTarget(command);
		if (command.getMetaData().get(ExpectedVersionOnCommands.METADATA_KEY) instanceof Number expected) {
			return new VersionedAggregateIdentifier(target.getIdentifierValue(), expected.longValue());
		}
		return target;
	}

}
