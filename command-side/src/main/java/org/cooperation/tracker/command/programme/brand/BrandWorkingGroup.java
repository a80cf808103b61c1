package org.cooperation.tracker.command.programme.brand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.brand.ConceptApprovalWithheld;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DecideOnConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberNominated;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.kernel.programme.brand.MemberReplaced;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;
import org.cooperation.tracker.kernel.programme.brand.RecallMember;
import org.cooperation.tracker.kernel.programme.brand.RecordMeeting;
import org.cooperation.tracker.kernel.programme.brand.ReplaceMember;
import org.cooperation.tracker.kernel.programme.brand.SubmitConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupSeats;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The working group on "The cultural brand of Central Asia" of one brand-working-group
 * initiative: who sits in it for each participating country, the meetings it held, the
 * versions of its concept draft, and each country's position on the latest draft.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class BrandWorkingGroup {

	/** Seats one country may hold at a time. */
	static final int MAX_SEATS_PER_COUNTRY = WorkingGroupSeats.PER_COUNTRY;

	@AggregateIdentifier
	private WorkingGroupId workingGroupId;

	private InitiativeId initiativeId;

	private LocalDate establishedOn;

	private final Map<MemberId, Seat> members = new LinkedHashMap<>();

	private final Set<MeetingId> meetings = new HashSet<>();

	/** Day and place of each meeting, to refuse recording one meeting twice. */
	private final Set<String> meetingDaysAndPlaces = new HashSet<>();

	private final List<Draft> drafts = new ArrayList<>();

	/** Each country's position on the latest draft; a new draft starts it empty. */
	private final Map<Country, ConceptDecision> positionsOnLatest = new EnumMap<>(Country.class);

	protected BrandWorkingGroup() {
		// For Axon's event sourcing.
	}

	/**
	 * A working group belongs to a brand-working-group initiative, one per initiative.
	 */
	@CommandHandler
	public BrandWorkingGroup(EstablishWorkingGroup command, InitiativeRegister initiatives, Clock clock,
			Caller caller) {
		Access.secretariat(caller, "establish a working group");
		initiatives.of(command.initiativeId()).requireKind(InitiativeKind.BRAND_WORKING_GROUP, "a working group");
		NotInTheFuture.day(command.establishedOn(), clock, "the working group's establishment");
		apply(new WorkingGroupEstablished(command.workingGroupId(), command.initiativeId(), command.establishedOn(),
				command.note()));
	}

	/** A country's liaison nominates that country's members; no one else does. */
	@CommandHandler
	public void handle(NominateMember command, InitiativeRegister initiatives, Clock clock, Caller caller) {
		Country country = command.country();
		Access.liaisonOf(caller, country, "nominate a member of the working group for " + country.nameEn());
		initiatives.of(initiativeId).requireParticipant(country);
		if (members.containsKey(command.memberId())) {
			throw new RuleViolation("member " + command.memberId() + " is already nominated");
		}
		withinTheGroupsLife(command.nominatedOn(), clock, "a nomination");
		long seats = seatedOf(country).size();
		if (seats >= MAX_SEATS_PER_COUNTRY) {
			throw new RuleViolation(country.nameEn() + " already holds " + seats + " seats in the working group, the "
					+ "most a country may hold; replace or recall a member first");
		}
		roleIsFree(command.role(), null);
		notSeatedTwice(country, command.person().name(), null);
		apply(new MemberNominated(workingGroupId, command.memberId(), country, command.person(), command.role(),
				command.nominatedOn()));
	}

	@CommandHandler
	public void handle(ReplaceMember command, Clock clock, Caller caller) {
		Seat leaving = seated(command.replaced(), caller, "replace", "replaced");
		if (members.containsKey(command.memberId())) {
			throw new RuleViolation("member " + command.memberId() + " is already nominated");
		}
		withinTheGroupsLife(command.replacedOn(), clock, "a replacement");
		notBefore(command.replacedOn(), leaving.since(), "a replacement", leaving.name() + " joined");
		roleIsFree(command.role(), leaving.memberId());
		notSeatedTwice(leaving.country(), command.person().name(), leaving.memberId());
		apply(new MemberReplaced(workingGroupId, leaving.memberId(), command.memberId(), leaving.country(),
				command.person(), command.role(), command.replacedOn()));
	}

	@CommandHandler
	public void handle(RecallMember command, Clock clock, Caller caller) {
		Seat leaving = seated(command.memberId(), caller, "recall", "recalled");
		withinTheGroupsLife(command.recalledOn(), clock, "a recall");
		notBefore(command.recalledOn(), leaving.since(), "a recall", leaving.name() + " joined");
		apply(new MemberRecalled(workingGroupId, leaving.memberId(), leaving.country(), command.recalledOn(),
				command.note()));
	}

	/** Only participants of the initiative attend; one meeting is recorded once. */
	@CommandHandler
	public void handle(RecordMeeting command, InitiativeRegister initiatives, Clock clock, Caller caller) {
		Access.secretariat(caller, "record a meeting of the working group");
		InitiativeFacts initiative = initiatives.of(initiativeId);
		command.attending().stream().sorted().forEach(initiative::requireParticipant);
		if (meetings.contains(command.meetingId())) {
			throw new RuleViolation("meeting " + command.meetingId() + " is already recorded");
		}
		withinTheGroupsLife(command.heldOn(), clock, "a meeting");
		if (meetingDaysAndPlaces.contains(dayAndPlace(command.heldOn(), command.place()))) {
			throw new RuleViolation(
					"a meeting in " + command.place() + " on " + command.heldOn() + " is already recorded");
		}
		apply(new MeetingRecorded(workingGroupId, command.meetingId(), command.heldOn(), command.place(),
				command.attending(), command.decisions(), command.minutes()));
	}

	/** Drafts are numbered 1, 2, 3, ... with no gaps, each a document not seen before. */
	@CommandHandler
	public void handle(SubmitConceptDraft command, Clock clock, Caller caller) {
		Access.secretariat(caller, "put forward a concept draft");
		Draft latest = latestDraft();
		DraftVersion expected = (latest != null) ? latest.version().next() : DraftVersion.first();
		if (!command.version().equals(expected)) {
			throw new RuleViolation(((latest != null) ? "the latest concept draft is " + latest.version()
					: "no concept draft is recorded yet") + "; the next draft is " + expected + ", not "
					+ command.version());
		}
		withinTheGroupsLife(command.submittedOn(), clock, "a concept draft");
		if (latest != null) {
			notBefore(command.submittedOn(), latest.submittedOn(), "draft " + command.version(),
					"draft " + latest.version() + " was put forward");
		}
		for (Draft earlier : drafts) {
			if (earlier.sha256().equals(command.document().sha256())) {
				throw new RuleViolation("this document (SHA-256 " + earlier.sha256() + ") is already concept draft "
						+ earlier.version() + "; a new version needs a changed document");
			}
		}
		apply(new ConceptDraftSubmitted(workingGroupId, command.version(), command.title(), command.document(),
				command.submittedOn()));
	}

	/**
	 * A country decides on the latest draft only: a position on a superseded draft would
	 * not count, so it is refused rather than recorded.
	 */
	@CommandHandler
	public void handle(DecideOnConceptDraft command, InitiativeRegister initiatives, Clock clock, Caller caller) {
		Country country = command.country();
		Access.liaisonOf(caller, country, "decide " + country.nameEn() + "'s position on the concept draft");
		initiatives.of(initiativeId).requireParticipant(country);
		Draft latest = latestDraft();
		if (latest == null || command.version().value() > latest.version().value()) {
			throw new UnknownReference("there is no concept draft " + command.version()
					+ ((latest != null) ? "; the latest is " + latest.version() : "; none is recorded yet"));
		}
		if (!command.version().equals(latest.version())) {
			throw new RuleViolation("concept draft " + command.version() + " is superseded by " + latest.version()
					+ "; a position on it would not count, decide on " + latest.version());
		}
		NotInTheFuture.day(command.decidedOn(), clock, "a decision on the concept");
		notBefore(command.decidedOn(), latest.submittedOn(), "a decision on draft " + latest.version(),
				"it was put forward");
		if (positionsOnLatest.get(country) == command.decision()) {
			throw new RuleViolation(country.nameEn() + "'s position on concept draft " + latest.version()
					+ " is already " + command.decision());
		}
		apply((command.decision() == ConceptDecision.APPROVED)
				? new ConceptDraftApproved(workingGroupId, country, latest.version(), command.decidedOn(),
						command.note())
				: new ConceptApprovalWithheld(workingGroupId, country, latest.version(), command.decidedOn(),
						command.note()));
	}

	/**
	 * The member's seat, once the caller may change it: only the liaison of the country
	 * that nominated the member, as recorded.
	 */
	private Seat seated(MemberId memberId, Caller caller, String act, String done) {
		Seat seat = members.get(memberId);
		if (seat == null) {
			throw new RecordNotFound("the working group has no member " + memberId);
		}
		Access.liaisonOf(caller, seat.country(), act + " " + seat.name() + ", a member for " + seat.country().nameEn());
		if (!seat.seated()) {
			throw new RuleViolation(seat.name() + " (" + seat.country().nameEn() + ") left the working group on "
					+ seat.leftOn() + " and cannot be " + done);
		}
		return seat;
	}

	private List<Seat> seatedOf(Country country) {
		return members.values().stream().filter(Seat::seated).filter((seat) -> seat.country() == country).toList();
	}

	/**
	 * The group has one chair and one secretary at most; the member being replaced gives
	 * up their role.
	 */
	private void roleIsFree(MemberRole role, MemberId leaving) {
		if (role == MemberRole.MEMBER) {
			return;
		}
		members.values()
			.stream()
			.filter(Seat::seated)
			.filter((seat) -> seat.role() == role && !seat.memberId().equals(leaving))
			.findFirst()
			.ifPresent((holder) -> {
				throw new RuleViolation("the working group already has a " + role + ": " + holder.name() + " ("
						+ holder.country().nameEn() + "); replace them or nominate a MEMBER");
			});
	}

	private void notSeatedTwice(Country country, String name, MemberId leaving) {
		if (seatedOf(country).stream()
			.anyMatch((seat) -> !seat.memberId().equals(leaving) && seat.name().equalsIgnoreCase(name))) {
			throw new RuleViolation(name + " already sits in the working group for " + country.nameEn());
		}
	}

	private Draft latestDraft() {
		return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
	}

	private void withinTheGroupsLife(LocalDate date, Clock clock, String what) {
		NotInTheFuture.day(date, clock, what);
		notBefore(date, establishedOn, what, "the working group was established");
	}

	private static void notBefore(LocalDate date, LocalDate earliest, String what, String since) {
		if (date.isBefore(earliest)) {
			throw new RuleViolation(what + " dated " + date + " cannot precede " + earliest + ", when " + since);
		}
	}

	private static String dayAndPlace(LocalDate day, String place) {
		return day + "|" + place.strip().toLowerCase(Locale.ROOT);
	}

	@EventSourcingHandler
	void on(WorkingGroupEstablished event) {
		this.workingGroupId = event.workingGroupId();
		this.initiativeId = event.initiativeId();
		this.establishedOn = event.establishedOn();
	}

	@EventSourcingHandler
	void on(MemberNominated event) {
		members.put(event.memberId(), new Seat(event.memberId(), event.country(), event.person().name(), event.role(),
				event.nominatedOn(), null));
	}

	@EventSourcingHandler
	void on(MemberReplaced event) {
		members.computeIfPresent(event.replaced(), (id, seat) -> seat.left(event.replacedOn()));
		members.put(event.memberId(), new Seat(event.memberId(), event.country(), event.person().name(), event.role(),
				event.replacedOn(), null));
	}

	@EventSourcingHandler
	void on(MemberRecalled event) {
		members.computeIfPresent(event.memberId(), (id, seat) -> seat.left(event.recalledOn()));
	}

	@EventSourcingHandler
	void on(MeetingRecorded event) {
		meetings.add(event.meetingId());
		meetingDaysAndPlaces.add(dayAndPlace(event.heldOn(), event.place()));
	}

	@EventSourcingHandler
	void on(ConceptDraftSubmitted event) {
		drafts.add(new Draft(event.version(), event.document().sha256(), event.submittedOn()));
		positionsOnLatest.clear();
	}

	@EventSourcingHandler
	void on(ConceptDraftApproved event) {
		positionsOnLatest.put(event.country(), ConceptDecision.APPROVED);
	}

	@EventSourcingHandler
	void on(ConceptApprovalWithheld event) {
		positionsOnLatest.put(event.country(), ConceptDecision.WITHHELD);
	}

}
