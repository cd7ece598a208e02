/**
 * Funds (经费): each village's money for its prevention organizations, held by the township in its
 * extra-budgetary account for the village (村账乡管). Income from township finance, donations, defense
 * fees and levies goes into funds earmarked for purposes (patrol wages, lost-work subsidies, office
 * costs, prevention tools, rewards, insurance); the village proposes expenses and the township approves
 * and books them (maker-checker); a double-entry ledger in fen that is only ever appended to; periods
 * close; the bank statement is reconciled against the books. {@code ledger} keeps the books,
 * {@code approval} the proposals.
 */
package org.qunfang.funds;
