package org.cooperation.tracker.command.snapshots;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.initiative.Initiative;
import org.cooperation.tracker.command.programme.brand.BrandWorkingGroup;
import org.cooperation.tracker.command.programme.culturaltour.TourProgramme;
import org.cooperation.tracker.command.protocol.Protocol;
import org.cooperation.tracker.command.programme.archive.ArchiveCopy;
import org.cooperation.tracker.command.programme.calendar.CalendarSubmission;
import org.cooperation.tracker.command.programme.culturaltour.ArchivalFilm;
import org.cooperation.tracker.command.programme.marketplace.CreatorListing;
import org.cooperation.tracker.kernel.programme.archive.ApproveArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarSubmission;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarSubmission;
import org.cooperation.tracker.kernel.programme.culturaltour.AdvanceFilmDigitisation;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.ChangeFilmRights;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.DelistCreator;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;
import org.cooperation.tracker.kernel.programme.marketplace.VerifyCreatorListing;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.DecideOnConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.DocumentReference;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.RecordMeeting;
import org.cooperation.tracker.kernel.programme.brand.SubmitConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.culturaltour.CancelTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.ConfirmTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.PlanTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.RecordTourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.protocol.AgreeDirection;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;
import org.cooperation.tracker.kernel.protocol.RecordSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record loaded from a snapshot behaves as one replayed from its events, through the
 * real command bus on real PostgreSQL. For each kind of long-lived record two twins get
 * the same long history; only one is snapshotted (the trigger is set out of reach here,
 * so the test decides when). Then both receive the same commands, accepted and refused
 * (illegal moves, duplicates, a stale expected version), and must answer alike, word for
 * word; at the end the snapshotted twin, loaded from its snapshot, has the same state, of
 * the same collection types in the same order, as when replayed from its events alone.
 */
@TestPropertySource(properties = "tracker.command.snapshot-every=1000000")
class SnapshotEquivalenceTest extends CommandSideIntegrationTest {

	private static final Caller SYSTEM = Caller.of("snapshot-test", Role.SYSTEM);

	private static final Caller SECRETARIAT = Caller.of("secretariat", Role.SECRETARIAT);

	private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

	/** Events in each long history: beyond the application's threshold of 50. */
	private static final int LONG = 120;

	@Autowired
	CommandGateway gateway;

	@Autowired
	Snapshotter snapshotter;

	@Autowired
	org.axonframework.config.Configuration axon;

	@Test
	void aProtocolLoadedFromItsSnapshotAnswersAsOneReplayed() {
		Twins<ProtocolId> twins = new Twins<>(ProtocolId.random(), ProtocolId.random());
		twins.each((protocol) -> {
			send(SYSTEM, recordProtocol(protocol, direction(-1)));
			for (int i = 0; i < LONG; i++) {
				send(SYSTEM, new AgreeDirection(protocol, direction(i), LocalizedText.english("Direction " + i)));
			}
			send(SYSTEM, new RecordSignature(protocol, Country.KZ, "Signatory KZ", "Minister", DAY));
		});
		snapshot(Protocol.class, twins.snapshotted());

		twins.answerAlike((protocol) -> List.of(
				send(SECRETARIAT, new AgreeDirection(protocol, direction(3), LocalizedText.english("Another"))),
				send(SECRETARIAT,
						new AgreeDirection(protocol, DirectionId.random(), LocalizedText.english("Direction 7"))),
				send(SECRETARIAT, new RecordSignature(protocol, Country.KZ, "Signatory KZ", "Minister", DAY)),
				send(SECRETARIAT, new RecordSignature(protocol, Country.TJ, "Signatory TJ", "Minister", DAY)),
				send(SECRETARIAT,
						new RecordSignature(protocol, Country.UZ, "Signatory UZ", "Minister", DAY.minusYears(2))),
				sendExpecting(3, SECRETARIAT,
						new RecordSignature(protocol, Country.UZ, "Signatory UZ", "Minister", DAY)),
				sendExpecting(LONG + 2, SECRETARIAT,
						new RecordSignature(protocol, Country.UZ, "Signatory UZ", "Minister", DAY)),
				send(SECRETARIAT, new AgreeDirection(protocol, direction(LONG), LocalizedText.english("Last")))));
		expectSameStateAsReplayed(Protocol.class, twins);
	}

	@Test
	void anInitiativeLoadedFromItsSnapshotAnswersAsOneReplayed() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(SYSTEM, recordProtocol(protocol, direction));
		Twins<InitiativeId> twins = new Twins<>(InitiativeId.random(), InitiativeId.random());
		twins.each((initiative) -> {
			send(SYSTEM, propose(initiative, protocol, direction, InitiativeKind.CULTURAL_CALENDAR));
			move(initiative, Country.KZ, ParticipationStatus.AGREED, 0);
			move(initiative, Country.KZ, ParticipationStatus.PREPARING, 1);
			move(initiative, Country.KZ, ParticipationStatus.SUSPENDED, 2);
			move(initiative, Country.UZ, ParticipationStatus.DECLINED, 3);
			for (int i = 0; i < LONG; i++) {
				send(SYSTEM, new FileProgressReport(initiative, report(i), Country.KG, new ProgressPercent(i % 101),
						DAY, "Report " + i, List.of()));
			}
		});
		snapshot(Initiative.class, twins.snapshotted());

		Caller kz = Caller.liaison("liaison-kz", Country.KZ);
		Caller kg = Caller.liaison("liaison-kg", Country.KG);
		twins.answerAlike(
				(initiative) -> List.of(send(kz, status(initiative, Country.KZ, ParticipationStatus.IMPLEMENTING, 5)),
						send(kz, status(initiative, Country.KZ, ParticipationStatus.PREPARING, 1)),
						send(Caller.liaison("liaison-uz", Country.UZ),
								new FileProgressReport(initiative, ProgressReportId.random(), Country.UZ,
										new ProgressPercent(5), DAY, "n", List.of())),
						send(kg, new FileProgressReport(initiative, report(7), Country.KG, new ProgressPercent(5), DAY,
								"n", List.of())),
						send(Caller.liaison("liaison-tj", Country.TJ),
								status(initiative, Country.TJ, ParticipationStatus.AGREED, 5)),
						send(kg, status(initiative, Country.KZ, ParticipationStatus.PREPARING, 5)),
						sendExpecting(4, kg, status(initiative, Country.KG, ParticipationStatus.AGREED, 5)),
						sendExpecting(LONG + 4, kg, status(initiative, Country.KG, ParticipationStatus.AGREED, 5)),
						send(kz, status(initiative, Country.KZ, ParticipationStatus.PREPARING, 6)),
						send(kz, status(initiative, Country.KZ, ParticipationStatus.IMPLEMENTING, 7))));
		expectSameStateAsReplayed(Initiative.class, twins);
	}

	@Test
	void aWorkingGroupLoadedFromItsSnapshotAnswersAsOneReplayed() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(SYSTEM, recordProtocol(protocol, direction));
		Twins<InitiativeId> initiatives = new Twins<>(InitiativeId.random(), InitiativeId.random());
		initiatives.each((initiative) -> {
			send(SYSTEM, propose(initiative, protocol, direction, InitiativeKind.BRAND_WORKING_GROUP));
			send(SYSTEM, new EstablishWorkingGroup(initiative, DAY, "Established"));
			WorkingGroupId group = WorkingGroupId.of(initiative);
			send(SYSTEM, nominate(group, 0, Country.KZ, "Chair KZ", MemberRole.CHAIR));
			send(SYSTEM, nominate(group, 1, Country.UZ, "Secretary UZ", MemberRole.SECRETARY));
			send(SYSTEM, nominate(group, 2, Country.KG, "Member KG", MemberRole.MEMBER));
			for (int i = 0; i < LONG; i++) {
				send(SYSTEM, new RecordMeeting(group, meeting(i), DAY.plusDays(i), "City " + i,
						EnumSet.of(Country.KZ, Country.UZ), "Decisions " + i, document("minutes-" + i)));
			}
			send(SYSTEM, new SubmitConceptDraft(group, DraftVersion.first(), "Draft 1", document("v1"), DAY));
			send(SYSTEM, new DecideOnConceptDraft(group, Country.KZ, DraftVersion.first(), ConceptDecision.APPROVED,
					DAY, "Yes"));
			send(SYSTEM, new SubmitConceptDraft(group, DraftVersion.first().next(), "Draft 2", document("v2"),
					DAY.plusDays(1)));
			send(SYSTEM, new DecideOnConceptDraft(group, Country.UZ, DraftVersion.first().next(),
					ConceptDecision.WITHHELD, DAY.plusDays(2), "Not yet"));
		});
		Twins<WorkingGroupId> twins = new Twins<>(WorkingGroupId.of(initiatives.snapshotted()),
				WorkingGroupId.of(initiatives.replayed()));
		snapshot(BrandWorkingGroup.class, twins.snapshotted());

		Caller kg = Caller.liaison("liaison-kg", Country.KG);
		twins.answerAlike((group) -> List.of(
				send(kg, nominate(group, 3, Country.KG, "Another chair", MemberRole.CHAIR)),
				send(kg, nominate(group, 2, Country.KG, "Member KG", MemberRole.MEMBER)),
				send(kg, nominate(group, 4, Country.KG, "member kg", MemberRole.MEMBER)),
				send(SECRETARIAT,
						new RecordMeeting(group, meeting(9), DAY, "Elsewhere", EnumSet.of(Country.KZ), "d",
								document("again"))),
				send(SECRETARIAT,
						new RecordMeeting(group, MeetingId.random(), DAY.plusDays(4), " city 4 ",
								EnumSet.of(Country.KZ), "d", document("again"))),
				send(SECRETARIAT, new SubmitConceptDraft(group, DraftVersion.first(), "Draft", document("v9"), DAY)),
				send(SECRETARIAT,
						new SubmitConceptDraft(group, new DraftVersion(3), "Draft 3", document("v1"), DAY.plusDays(3))),
				send(Caller.liaison("liaison-kz", Country.KZ),
						new DecideOnConceptDraft(group, Country.KZ, DraftVersion.first(), ConceptDecision.APPROVED,
								DAY.plusDays(3), "Old")),
				send(Caller.liaison("liaison-uz", Country.UZ),
						new DecideOnConceptDraft(group, Country.UZ, new DraftVersion(2), ConceptDecision.WITHHELD,
								DAY.plusDays(3), "Again")),
				send(kg, nominate(group, 5, Country.KG, "Second KG", MemberRole.MEMBER)),
				send(SECRETARIAT, new SubmitConceptDraft(group, new DraftVersion(3), "Draft 3", document("v3"),
						DAY.plusDays(3)))));
		expectSameStateAsReplayed(BrandWorkingGroup.class, twins, initiatives);
	}

	@Test
	void aTourProgrammeLoadedFromItsSnapshotAnswersAsOneReplayed() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(SYSTEM, recordProtocol(protocol, direction));
		Twins<InitiativeId> initiatives = new Twins<>(InitiativeId.random(), InitiativeId.random());
		initiatives.each((initiative) -> {
			send(SYSTEM, propose(initiative, protocol, direction, InitiativeKind.CULTURAL_TOUR_PLATFORM));
			TourProgrammeId programme = new TourProgrammeId(initiative, DAY.getYear());
			send(SYSTEM, new OpenTourProgramme(programme));
			for (int i = 0; i < LONG / 2; i++) {
				send(SYSTEM,
						new PlanTourLeg(programme, leg(i), TourLegKind.TOURING_PROGRAMME,
								LocalizedText.english("Leg " + i), Country.KZ, Country.UZ, "Tashkent", "Venue",
								DAY.plusDays(i), DAY.plusDays(i + 1), List.of()));
				if (i % 3 == 0) {
					send(SYSTEM, new ConfirmTourLeg(programme, leg(i), "Confirmed"));
				}
				else if (i % 3 == 1) {
					send(SYSTEM, new CancelTourLeg(programme, leg(i), "Cancelled"));
				}
			}
			send(SYSTEM, new RecordTourLegHeld(programme, leg(0), "Held", List.of()));
		});
		Twins<TourProgrammeId> twins = new Twins<>(new TourProgrammeId(initiatives.snapshotted(), DAY.getYear()),
				new TourProgrammeId(initiatives.replayed(), DAY.getYear()));
		snapshot(TourProgramme.class, twins.snapshotted());

		Caller uz = Caller.liaison("liaison-uz", Country.UZ);
		twins.answerAlike((programme) -> List.of(send(SECRETARIAT, new OpenTourProgramme(programme)),
				send(uz, new ConfirmTourLeg(programme, leg(3), "Again")),
				send(uz, new CancelTourLeg(programme, leg(1), "Again")),
				send(uz, new CancelTourLeg(programme, leg(0), "Held")),
				send(uz, new RecordTourLegHeld(programme, leg(2), "Not confirmed", List.of())),
				send(Caller.liaison("liaison-kg", Country.KG), new ConfirmTourLeg(programme, leg(2), "Not host")),
				send(uz, new ConfirmTourLeg(programme, leg(2), "Now")),
				send(uz, new ConfirmTourLeg(programme, leg(LONG), "Unknown")),
				send(SECRETARIAT,
						new PlanTourLeg(programme, leg(5), TourLegKind.TOURING_PROGRAMME,
								LocalizedText.english("Again"), Country.KZ, Country.UZ, "Tashkent", "Venue", DAY, DAY,
								List.of()))));
		expectSameStateAsReplayed(TourProgramme.class, twins, initiatives);
	}

	/**
	 * The short-lived records (a film, a listing, a calendar submission, an archive copy)
	 * rarely reach a snapshot of their own, but one taken of them must read back as well.
	 */
	@Test
	void shortLivedRecordsLoadedFromTheirSnapshotsAnswerAsReplayed() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(SYSTEM, recordProtocol(protocol, direction));
		InitiativeId tour = initiative(protocol, direction, InitiativeKind.CULTURAL_TOUR_PLATFORM);
		InitiativeId marketplace = initiative(protocol, direction, InitiativeKind.CREATIVE_MARKETPLACE);
		InitiativeId calendar = initiative(protocol, direction, InitiativeKind.CULTURAL_CALENDAR);
		InitiativeId archive = initiative(protocol, direction, InitiativeKind.ARCHIVE_EXCHANGE);
		Caller kz = Caller.liaison("liaison-kz", Country.KZ);
		Caller uz = Caller.liaison("liaison-uz", Country.UZ);

		Twins<ArchivalFilmId> films = new Twins<>(ArchivalFilmId.random(), ArchivalFilmId.random());
		films.each((film) -> {
			send(SYSTEM, new RegisterArchivalFilm(film, tour, Country.KZ, LocalizedText.english("Film"), 1965, false));
			send(SYSTEM, new AdvanceFilmDigitisation(film, tour, DigitisationState.QUEUED, DAY, "Queued"));
			send(SYSTEM, new ChangeFilmRights(film, tour, true, "Cleared"));
		});
		snapshot(ArchivalFilm.class, films.snapshotted());
		films.answerAlike((film) -> List.of(
				send(kz, new AdvanceFilmDigitisation(film, tour, DigitisationState.PUBLISHED, DAY, "Too far")),
				send(kz, new ChangeFilmRights(film, tour, true, "Again")),
				send(kz, new AdvanceFilmDigitisation(film, tour, DigitisationState.SCANNING, DAY.minusDays(1),
						"Early")),
				send(kz, new AdvanceFilmDigitisation(film, tour, DigitisationState.SCANNING, DAY, "Scanning"))));
		expectSameStateAsReplayed(ArchivalFilm.class, films);

		Twins<CreatorListingId> listings = new Twins<>(CreatorListingId.random(), CreatorListingId.random());
		listings.each((listing) -> {
			send(SYSTEM, new ListCreator(listing, marketplace, Country.KZ, "Weaver", Craft.WEAVER, "Almaty",
					LocalizedText.english("Carpets"), List.of(), null));
			send(SYSTEM, new VerifyCreatorListing(listing, marketplace));
		});
		snapshot(CreatorListing.class, listings.snapshotted());
		listings.answerAlike((listing) -> List.of(send(SECRETARIAT, new VerifyCreatorListing(listing, marketplace)),
				send(kz, new DelistCreator(listing, marketplace, "Retired")),
				send(kz, new DelistCreator(listing, marketplace, "Again"))));
		expectSameStateAsReplayed(CreatorListing.class, listings);

		Twins<CalendarSubmissionId> submissions = new Twins<>(CalendarSubmissionId.random(),
				CalendarSubmissionId.random());
		submissions.each((submission) -> {
			send(SYSTEM,
					new SubmitCalendarEvent(submission, calendar, Country.KZ, new EditionYear(2026),
							new CulturalEvent(LocalizedText.english("Festival"), CulturalEventType.FESTIVAL, "Almaty",
									DAY, DAY.plusDays(2), "Organiser", null, LocalizedText.english("Music"))));
			send(SYSTEM, new DecideOnCalendarSubmission(submission, calendar, SubmissionState.RETURNED, "Fix it"));
		});
		snapshot(CalendarSubmission.class, submissions.snapshotted());
		submissions
			.answerAlike(
					(submission) -> List.of(
							send(SECRETARIAT,
									new DecideOnCalendarSubmission(submission, calendar, SubmissionState.INCLUDED,
											null)),
							send(uz, new WithdrawCalendarSubmission(submission, calendar, Country.UZ, "Not ours")),
							send(kz, new WithdrawCalendarSubmission(submission, calendar, Country.KZ, "Withdrawn")),
							send(kz, new WithdrawCalendarSubmission(submission, calendar, Country.KZ, "Again"))));
		expectSameStateAsReplayed(CalendarSubmission.class, submissions);

		Twins<ArchiveCopyId> copies = new Twins<>(ArchiveCopyId.random(), ArchiveCopyId.random());
		copies.each((copy) -> {
			send(SYSTEM, new OfferArchiveCopy(copy, archive, Country.KZ, Country.UZ,
					new ArchiveMaterial(MaterialType.DOCUMENTARY, LocalizedText.english("Letters"), "Fond 1", null),
					"Offered"));
			send(SYSTEM, new ApproveArchiveCopy(copy, archive, Country.UZ, "Yes"));
		});
		snapshot(ArchiveCopy.class, copies.snapshotted());
		Sha256 checksum = Sha256.of("letters".getBytes(StandardCharsets.UTF_8));
		copies.answerAlike((copy) -> List.of(send(uz, new ApproveArchiveCopy(copy, archive, Country.UZ, "Again")),
				send(uz, new TransferArchiveCopy(copy, archive, Country.UZ, checksum, TransferMedium.DIGITAL_TRANSFER,
						DAY, "Not the holder")),
				send(kz, new TransferArchiveCopy(copy, archive, Country.KZ, checksum, TransferMedium.DIGITAL_TRANSFER,
						DAY, "Sent"))));
		expectSameStateAsReplayed(ArchiveCopy.class, copies);
	}

	private InitiativeId initiative(ProtocolId protocol, DirectionId direction, InitiativeKind kind) {
		InitiativeId initiative = InitiativeId.random();
		assertThat(send(SYSTEM, propose(initiative, protocol, direction, kind))).startsWith("accepted");
		return initiative;
	}

	/**
	 * The record is loaded from its snapshot: a state that only the snapshot holds (its
	 * title changed behind the application's back) is what a refusal then names.
	 */
	@Test
	void aRecordLoadsFromItsLatestSnapshot() {
		InitiativeId initiative = initiativeWithAHistory();
		tamperWithSnapshot(initiative, "\"title\":\"Initiative\"", "\"title\":\"Only in the snapshot\"");
		assertThat(send(Caller.liaison("liaison-uz", Country.UZ),
				status(initiative, Country.UZ, ParticipationStatus.COMPLETED, 5)))
			.contains("'Only in the snapshot'");
	}

	/**
	 * A snapshot that cannot be read, or one of another revision of the aggregate (its
	 * fields changed since), is passed over: the record is replayed from its events and
	 * the command answered as always.
	 */
	@Test
	void aSnapshotThatCannotBeReadOrIsOfAnotherRevisionIsPassedOver() {
		InitiativeId unreadable = initiativeWithAHistory();
		tamperWithSnapshot(unreadable, "\"title\":\"Initiative\"", "\"title\":{\"not\":\"a text\"}");
		expectAnsweredFromItsEvents(unreadable);

		InitiativeId olderShape = initiativeWithAHistory();
		tamperWithSnapshot(olderShape, "\"title\":\"Initiative\"", "\"title\":\"Only in the snapshot\"");
		superuser.update("UPDATE snapshotevententry SET payloadrevision = '0' WHERE aggregateidentifier = ?",
				olderShape.toString());
		expectAnsweredFromItsEvents(olderShape);
	}

	private void expectAnsweredFromItsEvents(InitiativeId initiative) {
		Caller uz = Caller.liaison("liaison-uz", Country.UZ);
		assertThat(send(uz, status(initiative, Country.UZ, ParticipationStatus.COMPLETED, 5)))
			.isEqualTo("refused RuleViolation: Uzbekistan's status on 'Initiative' is PROPOSED; it cannot move to "
					+ "COMPLETED (it may move to [AGREED, DECLINED])");
		assertThat(send(uz, status(initiative, Country.UZ, ParticipationStatus.AGREED, 5))).startsWith("accepted");
	}

	private InitiativeId initiativeWithAHistory() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(SYSTEM, recordProtocol(protocol, direction));
		InitiativeId initiative = InitiativeId.random();
		send(SYSTEM, propose(initiative, protocol, direction, InitiativeKind.CULTURAL_CALENDAR));
		move(initiative, Country.KZ, ParticipationStatus.AGREED, 0);
		move(initiative, Country.KZ, ParticipationStatus.PREPARING, 1);
		snapshot(Initiative.class, initiative);
		return initiative;
	}

	private void tamperWithSnapshot(Object id, String text, String replacement) {
		int changed = superuser.update("""
				UPDATE snapshotevententry
				SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')
				WHERE aggregateidentifier = ? AND position(? IN convert_from(payload, 'UTF8')) > 0""", text,
				replacement, id.toString(), text);
		assertThat(changed).as("snapshots changed").isEqualTo(1);
	}

	/** Two records with the same history; only the first gets a snapshot. */
	private record Twins<I>(I snapshotted, I replayed) {

		void each(java.util.function.Consumer<I> history) {
			history.accept(snapshotted);
			history.accept(replayed);
		}

		/** The same commands, each answered alike: ids aside, word for word. */
		void answerAlike(Function<I, List<String>> commands) {
			List<String> fromSnapshot = commands.apply(snapshotted)
				.stream()
				.map((answer) -> answer.replace(snapshotted.toString(), "<record>"))
				.toList();
			List<String> replayedAnswers = commands.apply(replayed)
				.stream()
				.map((answer) -> answer.replace(replayed.toString(), "<record>"))
				.toList();
			assertThat(fromSnapshot).containsExactlyElementsOf(replayedAnswers);
			assertThat(fromSnapshot).anyMatch((answer) -> answer.startsWith("accepted"))
				.anyMatch((answer) -> answer.startsWith("refused"));
		}

	}

	/** Asks for a snapshot as the trigger would, and waits until it is stored. */
	private void snapshot(Class<?> type, Object id) {
		snapshotter.scheduleSnapshot(type, id.toString());
		await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(id) == 1);
	}

	private long snapshots(Object id) {
		return jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class,
				id.toString());
	}

	/**
	 * The snapshotted twin as loaded (from its snapshot and the events after it) and as
	 * replayed from its events alone (once its snapshot is gone): the same fields, with
	 * values of the same classes (an EnumMap stays one), written alike in the same order.
	 * The other twin, replayed, has the same state too, ids aside.
	 */
	private <T> void expectSameStateAsReplayed(Class<T> type, Twins<?> twins, Twins<?>... parents) {
		assertThat(snapshots(twins.snapshotted())).isEqualTo(1);
		T fromSnapshot = load(type, twins.snapshotted());
		T twin = load(type, twins.replayed());
		superuser.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?",
				twins.snapshotted().toString());
		T replayed = load(type, twins.snapshotted());

		expectSameShape(fromSnapshot, replayed);
		expectSameShape(fromSnapshot, twin);
		assertThat(json(fromSnapshot)).isEqualTo(json(replayed));
		String snapshotted = json(fromSnapshot).replace(twins.snapshotted().toString(), "<record>");
		String other = json(twin).replace(twins.replayed().toString(), "<record>");
		for (Twins<?> parent : parents) {
			snapshotted = snapshotted.replace(parent.snapshotted().toString(), "<parent>");
			other = other.replace(parent.replayed().toString(), "<parent>");
		}
		assertThat(snapshotted).isEqualTo(other);
	}

	private <T> T load(Class<T> type, Object id) {
		return DefaultUnitOfWork.startAndGet(null)
			.executeWithResult(() -> axon.repository(type).load(id.toString()).invoke(Function.identity()))
			.getPayload();
	}

	private static void expectSameShape(Object one, Object other) {
		for (Field field : one.getClass().getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			field.setAccessible(true);
			try {
				Object a = field.get(one);
				Object b = field.get(other);
				assertThat((a != null) ? a.getClass() : null).as(field.getName())
					.isEqualTo((b != null) ? b.getClass() : null);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String json(Object aggregate) {
		try {
			return SnapshotJson.mapper().writeValueAsString(aggregate);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String send(Caller caller, Object command) {
		return dispatch(caller, command, Map.of());
	}

	/** As a request with If-Match naming that version. */
	private String sendExpecting(long version, Caller caller, Object command) {
		return dispatch(caller, command, Map.of("expectedAggregateVersion", version));
	}

	private String dispatch(Caller caller, Object command, Map<String, Object> extra) {
		Map<String, Object> metadata = new HashMap<>(caller.toMetaData());
		metadata.putAll(extra);
		try {
			Object result = gateway
				.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
			return "accepted " + result;
		}
		catch (RuntimeException ex) {
			return "refused " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	private void move(InitiativeId initiative, Country country, ParticipationStatus status, int day) {
		assertThat(send(SYSTEM, status(initiative, country, status, day))).startsWith("accepted");
	}

	private static ChangeParticipationStatus status(InitiativeId initiative, Country country,
			ParticipationStatus status, int day) {
		return new ChangeParticipationStatus(initiative, country, status, DAY.plusDays(day), "Note", List.of());
	}

	private static RecordProtocol recordProtocol(ProtocolId protocol, DirectionId direction) {
		return new RecordProtocol(protocol, null, LocalDate.of(2025, 11, 14), "Tashkent",
				LocalizedText.english("First meeting of the culture ministers of Central Asia"),
				List.of(new Party(Country.UZ, PartyRole.MEMBER, null), new Party(Country.KZ, PartyRole.MEMBER, null),
						new Party(Country.KG, PartyRole.MEMBER, null)),
				List.of(new AgreedDirection(direction, LocalizedText.english("Cultural events"))));
	}

	private static ProposeInitiative propose(InitiativeId initiative, ProtocolId protocol, DirectionId direction,
			InitiativeKind kind) {
		return new ProposeInitiative(initiative, protocol, direction, kind, LocalizedText.english("Initiative"),
				LocalizedText.english("Description"), Country.KZ, EnumSet.of(Country.KG, Country.UZ, Country.KZ));
	}

	private static NominateMember nominate(WorkingGroupId group, int n, Country country, String name, MemberRole role) {
		return new NominateMember(group, new MemberId(uuid("member", n)), country, new Nominee(name, "Expert"), role,
				DAY);
	}

	private static DirectionId direction(int n) {
		return new DirectionId(uuid("direction", n));
	}

	private static ProgressReportId report(int n) {
		return new ProgressReportId(uuid("report", n));
	}

	private static MeetingId meeting(int n) {
		return new MeetingId(uuid("meeting", n));
	}

	private static TourLegId leg(int n) {
		return new TourLegId(uuid("leg", n));
	}

	private static DocumentReference document(String name) {
		return new DocumentReference(EvidenceLink.of("https://example.org/" + name),
				Sha256.of(name.getBytes(StandardCharsets.UTF_8)));
	}

	/** The same id in both twins' histories: the ids inside a record are its own. */
	private static UUID uuid(String kind, int n) {
		return UUID.nameUUIDFromBytes((kind + n).getBytes(StandardCharsets.UTF_8));
	}

}
