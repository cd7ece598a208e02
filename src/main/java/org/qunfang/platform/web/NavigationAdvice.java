package org.qunfang.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation the signed-in person may use, grouped by module. */
@ControllerAdvice
class NavigationAdvice {

	private final List<NavigationItem> items;

	NavigationAdvice(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			return Map.of();
		}
		Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return items.stream()
			.filter(i -> i.permission() == null || held.contains(i.permission()))
			.collect(Collectors.groupingBy(NavigationItem::group, LinkedHashMap::new, Collectors.toList()));
	}
}
