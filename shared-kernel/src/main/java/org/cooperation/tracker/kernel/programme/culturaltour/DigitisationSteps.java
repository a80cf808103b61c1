package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.DIGITISED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.NOT_ASSESSED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.PUBLISHED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.QUEUED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.RESTORED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.SCANNING;

/**
 * Which digitisation step may follow which: one step forward at a time along
 * {@code NOT_ASSESSED → QUEUED → SCANNING → RESTORED → DIGITISED → PUBLISHED}. A film
 * that needs no restoration may go from SCANNING straight to DIGITISED; the step must
 * then say why (see {@link #skipsRestoration}). Nothing goes back, and PUBLISHED is
 * final. The published language: the command side enforces it, the pages offer only these
 * steps.
 */
public final class DigitisationSteps {

	private static final Map<DigitisationState, Set<DigitisationState>> NEXT = Map.of(NOT_ASSESSED, EnumSet.of(QUEUED),
			QUEUED, EnumSet.of(SCANNING), SCANNING, EnumSet.of(RESTORED, DIGITISED), RESTORED, EnumSet.of(DIGITISED),
			DIGITISED, EnumSet.of(PUBLISHED), PUBLISHED, EnumSet.noneOf(DigitisationState.class));

	private DigitisationSteps() {
	}

	/** What the current state may move to, also as a hint in a refusal. */
	public static Set<DigitisationState> next(DigitisationState current) {
		return NEXT.get(current);
	}

	/** True for the step that leaves restoration out: SCANNING to DIGITISED. */
	public static boolean skipsRestoration(DigitisationState current, DigitisationState asked) {
		return current == SCANNING && asked == DIGITISED;
	}

}
