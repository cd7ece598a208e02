package org.qunfang.cases.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.NewCase;
import org.qunfang.cases.register.PartyRole;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The case form as the page posts it: times in the display zone, the loss in yuan, parties as parallel
 * lists (one entry per row of the form; empty rows are ignored).
 */
public record CaseForm(@NotNull Long villageId, String caseType,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime occurredAt,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime reportedAt, Long groupId, String place,
		@DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
		String summary, @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lossYuan, String reporterName,
		CaseChannel channel, String sourceKind, Long sourceId, Boolean allowDuplicate, List<PartyRole> partyRole,
		List<String> partyName, List<Long> partyResidentId, List<String> partyPhone, List<String> partyNote) {

	static final int PARTY_ROWS = 3;

	/** An empty form for a village, with the channel and source the link gave. */
	static CaseForm blank(long villageId, CaseChannel channel, String sourceKind, Long sourceId, LocalDateTime now) {
		List<PartyRole> roles = new ArrayList<>();
		List<String> empty = new ArrayList<>();
		List<Long> none = new ArrayList<>();
		for (int i = 0; i < PARTY_ROWS; i++) {
			roles.add(i == 0 ? PartyRole.VICTIM : PartyRole.OTHER);
			empty.add("");
			none.add(null);
		}
		return new CaseForm(villageId, null, now, null, null, null, null, null, null, BigDecimal.ZERO, null,
				channel == null ? CaseChannel.VILLAGER : channel, sourceKind, sourceId, false, roles, empty, none,
				new ArrayList<>(empty), new ArrayList<>(empty));
	}

	NewCase toNewCase(ZoneId zone) {
		List<NewCase.NewParty> parties = new ArrayList<>();
		int rows = partyName == null ? 0 : partyName.size();
		for (int i = 0; i < rows; i++) {
			String name = partyName.get(i);
			Long resident = at(partyResidentId, i);
			if ((name == null || name.isBlank()) && resident == null) {
				continue;
			}
			parties.add(new NewCase.NewParty(at(partyRole, i), name, resident, at(partyPhone, i), at(partyNote, i)));
		}
		return new NewCase(villageId, caseType, occurredAt == null ? null : occurredAt.atZone(zone).toInstant(),
				reportedAt == null ? null : reportedAt.atZone(zone).toInstant(), groupId, place, latitude, longitude, summary,
				lossYuan == null ? 0 : lossYuan.movePointRight(2).longValueExact(), reporterName, channel,
				sourceKind == null || sourceKind.isBlank() ? null : sourceKind, sourceId, parties, Boolean.TRUE.equals(allowDuplicate));
	}

	private static <T> T at(List<T> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}
}
