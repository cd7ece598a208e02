package org.qunfang.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qunfang.identity.IdentityPermissions;
import org.qunfang.platform.web.HomeCard;
import org.springframework.stereotype.Component;

/** Home cards of the identity module: one's own account, and administration for those who do it. */
@Component
class IdentityHomeCards implements HomeCard.Provider {

	@Override
	public List<HomeCard> cards(String role, Set<String> permissions) {
		List<HomeCard> cards = new ArrayList<>();
		if (permissions.contains(IdentityPermissions.USER_VIEW)) {
			cards.add(new HomeCard("home.card.users.title", "home.card.users.text", "/admin/users",
					"home.card.users.action", 900));
		}
		if (permissions.contains(IdentityPermissions.ROLE_EDIT)) {
			cards.add(new HomeCard("home.card.roles.title", "home.card.roles.text", "/admin/roles",
					"home.card.roles.action", 910));
		}
		if (permissions.contains(IdentityPermissions.AUDIT_VIEW)) {
			cards.add(new HomeCard("home.card.audit.title", "home.card.audit.text", "/admin/audit",
					"home.card.audit.action", 920));
		}
		cards.add(new HomeCard("home.card.account.title", "home.card.account.text", "/account",
				"home.card.account.action", 1000));
		return cards;
	}
}
