package org.qunfang.patrol.runs;

import java.util.Optional;

import org.qunfang.identity.Caller;
import org.qunfang.identity.UserDirectory;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who a signed-in patrol member is: their village (the unit of their account) and, matched by phone
 * number, the resident on the duty roster.
 */
@Component
class Members {

	/** A member: the village of their account and the resident they are, if a phone matched one. */
	record Member(long userId, AdminUnit village, Long residentId) {
	}

	private final UserDirectory users;
	private final VillageScope villages;

	Members(UserDirectory users, VillageScope villages) {
		this.users = users;
		this.villages = villages;
	}

	/** The caller as a member of a village; empty when their account is not a village's. */
	Optional<Member> of(Caller caller) {
		return users.find(caller.userId()).flatMap(user -> {
			AdminUnit village;
			try {
				village = villages.village(caller, user.scopeUnitId());
			}
			catch (NotFoundException notAVillage) {
				return Optional.empty();
			}
			Long resident = users.phoneIndex(caller.userId())
				.flatMap(index -> villages.residentByPhoneIndex(village.countyId(), village.id(), index)).orElse(null);
			return Optional.of(new Member(caller.userId(), village, resident));
		});
	}
}
