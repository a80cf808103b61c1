package org.cooperation.tracker.command.common;

import java.util.function.Function;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Reads what one aggregate needs to know of another from that aggregate itself, inside
 * the asking command's unit of work: always current, with no second copy to keep in step.
 * A kind's lookup names the aggregate and how its state reads as facts.
 *
 * @param <A> the aggregate looked up
 * @param <I> its id
 * @param <F> the facts it gives
 */
public abstract class AggregateFacts<A, I, F> {

	private final Repository<A> aggregates;

	private final Function<A, F> facts;

	private final String recordName;

	/**
	 * @param recordName how a refusal names the record, as in "no archival film ... is
	 * recorded"
	 */
	protected AggregateFacts(Repository<A> aggregates, Function<A, F> facts, String recordName) {
		this.aggregates = aggregates;
		this.facts = facts;
		this.recordName = recordName;
	}

	/**
	 * @throws UnknownReference when no such record exists (or the id belongs to another
	 * kind of record)
	 */
	public F of(I id) {
		try {
			return aggregates.load(id.toString()).invoke(facts);
		}
		catch (AggregateNotFoundException | IncompatibleAggregateException ex) {
			throw new UnknownReference("no " + recordName + " " + id + " is recorded",
					Phrase.of("refusal.reference.unknown", recordName, id));
		}
	}

}
