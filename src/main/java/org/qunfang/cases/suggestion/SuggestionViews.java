package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.qunfang.identity.PersonalData;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.platform.crypto.Masking;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** Turns suggestions into what staff see: names of places, masked personal data, the overdue flag. */
@Component
class SuggestionViews {

	private final ScopeDirectory places;
	private final PersonalData personalData;
	private final PersonalDataCipher cipher;
	private final Clock clock;

	SuggestionViews(ScopeDirectory places, PersonalData personalData, PersonalDataCipher cipher, Clock clock) {
		this.places = places;
		this.personalData = personalData;
		this.cipher = cipher;
		this.clock = clock;
	}

	SuggestionView view(Suggestion s, Locale locale) {
		Instant now = clock.instant();
		return new SuggestionView(s.id(), s.villageId(), villageName(s.villageId(), locale), s.kind(), s.content(),
				s.anonymous(), Masking.name(cipher.decrypt(s.nameCipher())),
				personalData.masked(PersonalData.Kind.PHONE, s.phoneCipher()), s.status(), s.submittedAt(), s.dueAt(),
				s.overdue(now), s.escalatedAt() != null, s.escalations(), s.ownerOrgId(), s.ownerName(), s.reply(),
				s.repliedAt(), s.repliedBy(), s.outcomeNote(), s.closedAt());
	}

	String villageName(long villageId, Locale locale) {
		return places.find(villageId).map(u -> u.name(locale)).orElse("");
	}
}
