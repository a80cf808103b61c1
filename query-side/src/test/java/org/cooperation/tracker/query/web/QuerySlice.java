package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.cooperation.tracker.accounts.AccountChangeNotifications;
import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.accounts.BuiltInUsers;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.access.AccessSchema;
import org.cooperation.tracker.access.guard.BucketStore;
import org.cooperation.tracker.access.signin.RememberedCredentials;
import org.cooperation.tracker.query.ApiInEnglish;
import org.cooperation.tracker.query.audit.EventExports;
import org.cooperation.tracker.query.audit.EventHistory;
import org.cooperation.tracker.query.deadletter.DeadLetters;
import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.initiative.CountryQueries;
import org.cooperation.tracker.query.initiative.IatiActivities;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.initiative.WorkspaceQueries;
import org.cooperation.tracker.query.initiative.web.ActorWords;
import org.cooperation.tracker.query.initiative.web.MatrixPageTable;
import org.cooperation.tracker.query.initiative.web.StatusMatrixReads;
import org.cooperation.tracker.query.ledger.Cosignatures;
import org.cooperation.tracker.query.ledger.LedgerQueries;
import org.cooperation.tracker.query.live.ReadModelGeneration;
import org.cooperation.tracker.query.initiative.web.ProgressChart;
import org.cooperation.tracker.query.initiative.web.FigureWords;
import org.cooperation.tracker.query.live.LiveStreams;
import org.cooperation.tracker.query.overview.OverviewQueries;
import org.cooperation.tracker.query.overview.web.OverviewMap;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.web.TourDisplay;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.secretariat.SecretariatQueue;
import org.cooperation.tracker.query.replay.Replays;
import org.cooperation.tracker.testing.SecurityConfigurations;

/**
 * A {@code @WebMvcTest} slice of the query side: every controller with the real web layer
 * around it (the problem answers of {@code ApiProblemHandler}, the error page of
 * {@code PageErrorHandler}, the media-type checks, the query-string limits, the
 * correlation id, the Thymeleaf templates with their {@code @show}, {@code @records} and
 * {@code @tour} helpers and the message bundles in the reader's language, the ETags of
 * {@link VersionEtag}) and the real security configuration ({@code QuerySideSecurity},
 * built by the access module's {@code SignIn}), on no database.
 * <p>
 * The query services are mocks, stubbed by each slice with the views or the
 * {@code NotFoundException} the read models would give. What needs the database is stood
 * in for: the rate-limit buckets, the access and accounts tables' migrations and change
 * notifications, the dead letters, and the built-in accounts: a request is signed in by
 * Spring Security Test as the official the full-context tests read as
 * ({@code QuerySideTestBase}), or as another demo account with its role
 * ({@link QuerySliceTest#signedInAs}). One annotation with every controller and every
 * mock, so all slices share one application context.
 * <p>
 * The slices cover each mapping (path, method, status, content type, ETag and
 * Cache-Control, view name and model) and its error shapes in seconds. The full-context
 * tests on PostgreSQL still cover what needs the read models: the views field by field,
 * what a page shows of them, ETags moving with new events, the OpenAPI document, the
 * static resources, sign-in with passwords and sessions, and the media-type and bad-input
 * sweeps over real HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = SecurityConfigurations.class),
		@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { VersionEtag.class, Display.class, ProgrammeDisplay.class, TourDisplay.class,
						LiveStreams.class, ProgressChart.class, ActorWords.class, FigureWords.class, OverviewMap.class,
						ReadModelGeneration.class, StatusMatrixReads.class, MatrixPageTable.class,
						RenderedFragments.class }),
		// The message bundles and the reader's language (the pages' labels and the
		// problems').
		@ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.cooperation\\.tracker\\.(access|query)\\.language\\..*"),
		// The history's downloads, which write what the mocked exports give.
		@ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.cooperation\\.tracker\\.query\\.audit\\.web\\.HistoryDownloads"),
		// The programme records' CSV downloads, which write what the mocked queries give.
		@ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.cooperation\\.tracker\\.query\\.programme\\.\\w+\\.web\\.\\w+Downloads"),
		// The IATI activity file, which writes what the mocked activities give.
		@ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.cooperation\\.tracker\\.query\\.initiative\\.web\\.IatiActivityFile") })
@MockitoBean(types = { Replays.class, AccessSchema.class, BucketStore.class, RememberedCredentials.class,
		DeadLetters.class, IncompleteRecords.class, InitiativeQueries.class, CountryQueries.class,
		ProtocolQueries.class, EventHistory.class, EventExports.class, ArchiveExchangeQueries.class,
		WorkingGroupQueries.class, CalendarQueries.class, CulturalTourQueries.class, MarketplaceQueries.class,
		AccountsSchema.class, BuiltInUsers.class, UserAccounts.class, AccountChangeNotifications.class,
		OverviewQueries.class, LedgerQueries.class, Cosignatures.class, IatiActivities.class, WorkspaceQueries.class,
		SecretariatQueue.class })
@Import(ApiInEnglish.class)
@WithMockUser(username = "official", roles = "OFFICIAL")
public @interface QuerySlice {

}
