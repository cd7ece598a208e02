package org.qunfang.cases.suggestion;

/**
 * What the suggestion register is narrowed to; every part is optional.
 *
 * @param overdue only those whose reply is owed and past its deadline
 */
public record SuggestionFilter(Long villageId, SuggestionKind kind, SuggestionStatus status, boolean overdue) {

	public static final SuggestionFilter ALL = new SuggestionFilter(null, null, null, false);
}
