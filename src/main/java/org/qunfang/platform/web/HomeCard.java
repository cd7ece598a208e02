package org.qunfang.platform.web;

import java.util.List;
import java.util.Set;

/**
 * A card on a person's home page: a task or a figure, with where to act on it. Modules provide cards
 * for the roles and permissions they serve.
 *
 * @param title message key of the card's title
 * @param text message key of the explanation
 * @param path where the card leads
 * @param action message key of the link text
 * @param order position on the page
 * @param figure where the page fetches the card's figure (a count within the reader's jurisdiction) once
 *        shown, or {@code null} for a card without one
 */
public record HomeCard(String title, String text, String path, String action, int order, String figure) {

	/** A card without a figure. */
	public HomeCard(String title, String text, String path, String action, int order) {
		this(title, text, path, action, order, null);
	}

	/**
	 * The fragment a figure endpoint answers: the count, red while there is something to do.
	 *
	 * @param id the element id (for tests and styles)
	 */
	public static String figureFragment(String id, long count) {
		return "<span class=\"" + (count > 0 ? "text-danger" : "text-success") + "\" id=\"" + id.replaceAll("[^a-z0-9-]", "")
				+ "\">" + count + "</span>";
	}

	/** Provides the cards one module shows a person with this role and these permission codes. */
	public interface Provider {

		List<HomeCard> cards(String role, Set<String> permissions);
	}
}
