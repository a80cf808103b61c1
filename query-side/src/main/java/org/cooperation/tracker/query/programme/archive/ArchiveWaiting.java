package org.cooperation.tracker.query.programme.archive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.query.initiative.Awaited;
import org.cooperation.tracker.query.initiative.AwaitedKind;
import org.cooperation.tracker.query.initiative.CountryWaitingSource;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyRow;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyRowRepository;

/**
 * The archive copies of every exchange whose next move is one country's: to approve an
 * offer or a request, to transfer, or to confirm a receipt. One statement.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ArchiveWaiting implements CountryWaitingSource {

	private static final Set<ArchiveCopyState> HOLDER_MOVES = awaiting(ExchangeParty.HOLDER);

	private static final Set<ArchiveCopyState> RECEIVER_MOVES = awaiting(ExchangeParty.RECEIVER);

	private final ArchiveCopyRowRepository copies;

	@Override
	public List<Awaited> waitingOn(Country country) {
		return copies.awaitingMoveOf(country, HOLDER_MOVES, RECEIVER_MOVES)
			.stream()
			.map((copy) -> awaited(copy, country))
			.toList();
	}

	private static Awaited awaited(ArchiveCopyRow copy, Country country) {
		Country counterpart = (copy.getHolder() == country) ? copy.getReceiver() : copy.getHolder();
		AwaitedKind kind = switch (copy.getState().nextStep()) {
			case APPROVE -> AwaitedKind.ARCHIVE_APPROVAL;
			case TRANSFER -> AwaitedKind.ARCHIVE_TRANSFER;
			case CONFIRM_RECEIPT -> AwaitedKind.ARCHIVE_RECEIPT;
		};
		// The ledger of the ordered pair lists the copy with its every step.
		String page = "archive-exchange/pairs/" + code(copy.getHolder()) + "/" + code(copy.getReceiver());
		return new Awaited(kind, copy.getInitiativeId(), copy.getTitle(), copy.getReference(), counterpart, null, page,
				copy.getStateSince(), copy.isSample());
	}

	private static String code(Country country) {
		return country.alpha2().toLowerCase(Locale.ROOT);
	}

	private static Set<ArchiveCopyState> awaiting(ExchangeParty party) {
		return Arrays.stream(ArchiveCopyState.values())
			.filter((state) -> state.awaitedParty() == party)
			.collect(Collectors.toUnmodifiableSet());
	}

}
