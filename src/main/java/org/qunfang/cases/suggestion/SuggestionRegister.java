package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.ScopeLevel;
import org.qunfang.identity.ScopeUnit;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 群众意见簿台账 — the register of the suggestion book within the caller's jurisdiction, filtered by
 * village, kind, status and overdue replies, and its counts by month for the last twelve months.
 */
@Service
public class SuggestionRegister {

	/** One month of the book: what arrived that month and where it stands now. */
	public record MonthCount(YearMonth month, int received, int answered, int escalated, int resolved,
			int closedUnresolved, int awaiting) {
	}

	/** At most this many rows are listed (and exported) at once; narrow the filter for older ones. */
	public static final int LIMIT = 1000;
	private static final int MONTHS = 12;

	private final Suggestions suggestions;
	private final SuggestionViews views;
	private final VillageScope villageScope;
	private final ScopeDirectory places;
	private final Clock clock;
	private final ZoneId zone;

	SuggestionRegister(Suggestions suggestions, SuggestionViews views, VillageScope villageScope, ScopeDirectory places,
			Clock clock, ZoneId displayZone) {
		this.suggestions = suggestions;
		this.views = views;
		this.villageScope = villageScope;
		this.places = places;
		this.clock = clock;
		this.zone = displayZone;
	}

	@Transactional(readOnly = true)
	public List<SuggestionView> list(Caller caller, SuggestionFilter filter, Locale locale) {
		return rows(caller, filter, Instant.EPOCH, LIMIT).stream().map(s -> views.view(s, locale)).toList();
	}

	/** How many suggestions in the caller's jurisdiction match the filter (for the home page's cards). */
	@Transactional(readOnly = true)
	public long count(Caller caller, SuggestionFilter filter) {
		caller.require(CasesPermissions.SUGGESTION_VIEW);
		return suggestions.count(caller.jurisdiction().where("s"), filter, clock.instant());
	}

	/** The last twelve months, oldest first, of the jurisdiction or of one village in it. */
	@Transactional(readOnly = true)
	public List<MonthCount> byMonth(Caller caller, Long villageId) {
		YearMonth current = YearMonth.now(clock.withZone(zone));
		Map<YearMonth, List<Suggestion>> months = new LinkedHashMap<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.put(current.minusMonths(i), new ArrayList<>());
		}
		Instant since = current.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(zone).toInstant();
		for (Suggestion s : rows(caller, SuggestionFilter.of(villageId), since, Integer.MAX_VALUE)) {
			months.computeIfPresent(YearMonth.from(s.submittedAt().atZone(zone)), (m, list) -> {
				list.add(s);
				return list;
			});
		}
		return months.entrySet().stream().map(e -> count(e.getKey(), e.getValue())).toList();
	}

	/** The villages of the caller's jurisdiction, for the register's filter and the QR posters. */
	public List<ScopeUnit> villages(Caller caller) {
		caller.require(CasesPermissions.SUGGESTION_VIEW);
		return places.within(caller.jurisdiction()).stream().filter(u -> u.level() == ScopeLevel.VILLAGE).toList();
	}

	/** A village of the caller's jurisdiction whose book they may see (for its QR poster). */
	public AdminUnit village(Caller caller, long villageId) {
		caller.require(CasesPermissions.SUGGESTION_VIEW);
		return villageScope.village(caller, villageId);
	}

	private List<Suggestion> rows(Caller caller, SuggestionFilter filter, Instant since, int limit) {
		caller.require(CasesPermissions.SUGGESTION_VIEW);
		if (filter.villageId() != null) {
			villageScope.village(caller, filter.villageId());
		}
		return suggestions.list(caller.jurisdiction().where("s"), filter, clock.instant(), since, limit);
	}

	private static MonthCount count(YearMonth month, List<Suggestion> arrived) {
		return new MonthCount(month, arrived.size(), (int) arrived.stream().filter(s -> s.reply() != null).count(),
				(int) arrived.stream().filter(s -> s.escalations() > 0).count(),
				(int) arrived.stream().filter(s -> s.status() == SuggestionStatus.RESOLVED).count(),
				(int) arrived.stream().filter(s -> s.status() == SuggestionStatus.CLOSED_UNRESOLVED).count(),
				(int) arrived.stream().filter(s -> s.status().awaitingReply()).count());
	}
}
