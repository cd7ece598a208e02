package org.qunfang.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.cases.CaseHistory.Sighting;
import org.qunfang.patrol.PatrolZone;
import org.qunfang.patrol.ZoneLocator;
import org.qunfang.risk.internal.VillageRisk.VillageForecast;
import org.qunfang.risk.internal.VillageRisk.ZoneForecast;

/**
 * The places and times to watch: the zone × weekday × four-hour blocks with the most expected cases (at most
 * two per zone, so the list names several places; none below {@value #STANDS_OUT} times the village's average
 * block, so a flat week lists nothing), each with the reasons in plain words — the recent cases
 * in and next to the zone when the near-repeat effect is a good part of its risk, and the zone's cases of
 * the past year in those hours.
 */
public final class Hotspots {

	/** The length of a time block, in hours. */
	public static final int BLOCK = 4;
	/** How recent a case must be to be named as a near-repeat reason, in days. */
	public static final int RECENT_DAYS = 14;
	private static final int PER_ZONE = 2;
	/** How many times the average block a block must be to stand out at all. */
	static final double STANDS_OUT = 1.2;
	private static final double NEAR_SHARE = 0.2;

	/**
	 * A reason: a message key and its arguments. For {@code risk.reason.near} the second argument is a list of
	 * alternating case type names and counts.
	 */
	public record Reason(String key, List<Object> args) {

		/** The reason as a sentence in the language. */
		public String text(org.springframework.context.MessageSource messages, java.util.Locale locale) {
			if (!key.equals("risk.reason.near")) {
				return messages.getMessage(key, args.toArray(), locale);
			}
			List<?> counts = (List<?>) args.get(1);
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < counts.size(); i += 2) {
				parts.add(messages.getMessage("risk.reason.count", new Object[] { counts.get(i), counts.get(i + 1) }, locale));
			}
			return messages.getMessage(key, new Object[] { args.get(0),
					String.join(messages.getMessage("punct.list", null, locale), parts) }, locale);
		}
	}

	/**
	 * A place and time to watch.
	 *
	 * @param ratio how many times the village's average zone and time block it is
	 */
	public record Hotspot(long villageId, ZoneForecast zone, int weekday, int fromHour, double expected, double ratio,
			List<Reason> reasons) {
	}

	private Hotspots() {
	}

	/** The {@code limit} hottest blocks of the village, hottest first, with their reasons. */
	public static List<Hotspot> of(VillageForecast forecast, int limit, Map<String, String> typeNames, ZoneId zone) {
		record Block(ZoneForecast zone, int weekday, int fromHour, double expected) {
		}
		List<Block> blocks = new ArrayList<>();
		for (ZoneForecast z : forecast.zones()) {
			for (int day = 0; day < 7; day++) {
				for (int from = 0; from < 24; from += BLOCK) {
					double sum = 0;
					for (int h = from; h < from + BLOCK; h++) {
						sum += z.byHour()[day * 24 + h];
					}
					blocks.add(new Block(z, day, from, sum));
				}
			}
		}
		double average = blocks.stream().mapToDouble(Block::expected).average().orElse(0);
		blocks.sort(Comparator.comparingDouble(Block::expected).reversed());
		Map<Long, Integer> taken = new HashMap<>();
		List<Hotspot> hot = new ArrayList<>();
		List<PatrolZone> zones = forecast.zones().stream().map(ZoneForecast::zone).toList();
		Instant start = forecast.from().atStartOfDay(zone).toInstant();
		for (Block b : blocks) {
			if (hot.size() >= limit || average <= 0 || b.expected() < STANDS_OUT * average) {
				break;
			}
			long id = b.zone().zone().id();
			if (taken.merge(id, 1, Integer::sum) > PER_ZONE) {
				continue;
			}
			hot.add(new Hotspot(forecast.villageId(), b.zone(), b.weekday(), b.fromHour(), b.expected(),
					average > 0 ? b.expected() / average : 1, reasons(b.zone(), b.fromHour(), forecast, zones, typeNames, start, zone)));
		}
		return hot;
	}

	private static List<Reason> reasons(ZoneForecast z, int fromHour, VillageForecast forecast, List<PatrolZone> zones,
			Map<String, String> typeNames, Instant start, ZoneId zone) {
		List<Reason> reasons = new ArrayList<>();
		PatrolZone here = z.zone();
		Map<String, Integer> nearby = new LinkedHashMap<>();
		List<Long> around = new ArrayList<>(here.adjacentIds());
		around.add(here.id());
		for (long zoneId : around) {
			for (Sighting s : forecast.recentByZone().getOrDefault(zoneId, List.of())) {
				if (Duration.between(s.occurredAt(), start).toDays() < RECENT_DAYS) {
					nearby.merge(typeNames.getOrDefault(s.caseType(), s.caseType()), 1, Integer::sum);
				}
			}
		}
		if (!nearby.isEmpty() && z.total() > 0 && z.nearRepeat() / z.total() >= NEAR_SHARE) {
			reasons.add(new Reason("risk.reason.near", List.of(RECENT_DAYS, counts(nearby))));
		}
		int year = 0;
		int inHours = 0;
		for (Sighting s : forecast.lastYear()) {
			PatrolZone at = ZoneLocator.locate(zones, s.place(), s.latitude(), s.longitude());
			if (at != null && at.id() == here.id()) {
				year++;
				int hour = s.occurredAt().atZone(zone).getHour();
				if (hour >= fromHour && hour < fromHour + BLOCK) {
					inHours++;
				}
			}
		}
		reasons.add(year == 0 ? new Reason("risk.reason.village", List.of())
				: new Reason("risk.reason.history", List.of(year, inHours, fromHour, fromHour + BLOCK)));
		return reasons;
	}

	/** "theft 4, dispute 1" as arguments the messages join: alternating type name and count. */
	private static List<Object> counts(Map<String, Integer> byType) {
		List<Object> parts = new ArrayList<>();
		byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> {
				parts.add(e.getKey());
				parts.add(e.getValue());
			});
		return parts;
	}
}
