package org.qunfang.funds.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.platform.DomainException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of incomes, expenses, reversals and re-designations applied with the posting rules:
 * every entry balances, no fund ever goes below zero, the account always holds what the funds hold, a
 * refused posting changes nothing, and income less expenditure is what is left.
 */
class PostingPropertiesTest {

	private static final List<Set<String>> FUND_PURPOSES = List.of(Set.of("PATROL_WAGES", "TOOLS"), Set.of("REWARDS"),
			Set.of("OFFICE", "TOOLS"));

	private static final List<String> PURPOSES = List.of("PATROL_WAGES", "TOOLS", "REWARDS", "OFFICE", "INSURANCE");

	/** One step of a random sequence: kind 0 income, 1 expense, 2 reversal, 3 re-designation. */
	record Op(int kind, int fund, int other, int purpose, long amount, int entry) {
	}

	@Provide
	Arbitrary<List<Op>> sequences() {
		Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
				Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, PURPOSES.size() - 1),
				Arbitraries.longs().between(1, 50_000), Arbitraries.integers().between(0, 200))
			.as(Op::new);
		return op.list().ofMinSize(1).ofMaxSize(120);
	}

	@Property(tries = 300)
	void theBooksStayRight(@ForAll("sequences") List<Op> ops) {
		Map<Long, Long> balances = new HashMap<>();
		for (long f = 0; f < FUND_PURPOSES.size(); f++) {
			balances.put(f, 0L);
		}
		List<List<Posting.Line>> entries = new ArrayList<>();
		List<Boolean> reversed = new ArrayList<>();
		long bank = 0;
		long income = 0;
		long expense = 0;
		for (Op op : ops) {
			Map<Long, Long> before = Map.copyOf(balances);
			List<Posting.Line> lines;
			try {
				lines = switch (op.kind()) {
					case 0 -> Posting.income(op.fund(), op.amount());
					case 1 -> Posting.expense(states(balances), PURPOSES.get(op.purpose()), op.amount(), null);
					case 2 -> {
						if (entries.isEmpty() || reversed.get(op.entry() % entries.size())) {
							yield null;
						}
						reversed.set(op.entry() % entries.size(), true);
						yield Posting.reversal(entries.get(op.entry() % entries.size()));
					}
					default -> Posting.redesignation(states(balances).get(op.fund()), op.other(), op.amount());
				};
				if (lines == null) {
					continue;
				}
				Map<Long, Long> changes = Posting.fundChanges(lines, balances);
				changes.forEach((fund, delta) -> balances.merge(fund, delta, Long::sum));
			}
			catch (DomainException refused) {
				if (op.kind() == 2) {
					reversed.set(op.entry() % entries.size(), false);
				}
				assertThat(balances).as("a refused posting changes nothing").isEqualTo(before);
				continue;
			}
			long debits = lines.stream().mapToLong(Posting.Line::debit).sum();
			assertThat(lines.stream().mapToLong(Posting.Line::credit).sum()).as("the entry balances").isEqualTo(debits);
			long change = Posting.bankChange(lines);
			bank += change;
			income += Math.max(change, 0);
			expense += Math.max(-change, 0);
			entries.add(lines);
			reversed.add(op.kind() == 2);
			assertThat(balances.values()).as("no fund below zero").allMatch(b -> b >= 0);
			assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).as("the account holds what the funds hold")
				.isEqualTo(bank);
		}
		assertThat(income - expense).isEqualTo(bank);
	}

	@Property(tries = 200)
	void anExpenseDrawsOnlyFromFundsThatAllowItsPurpose(@ForAll("sequences") List<Op> ops) {
		Map<Long, Long> balances = new HashMap<>(Map.of(0L, 30_000L, 1L, 30_000L, 2L, 30_000L));
		for (Op op : ops) {
			String purpose = PURPOSES.get(op.purpose());
			try {
				List<Posting.Line> lines = Posting.expense(states(balances), purpose, op.amount(), null);
				lines.stream().filter(l -> l.account() == Account.FUND)
					.forEach(l -> assertThat(FUND_PURPOSES.get(l.fundId().intValue())).contains(purpose));
				Posting.fundChanges(lines, balances).forEach((fund, delta) -> balances.merge(fund, delta, Long::sum));
			}
			catch (DomainException refused) {
				long available = 0;
				for (long f = 0; f < FUND_PURPOSES.size(); f++) {
					if (FUND_PURPOSES.get((int) f).contains(purpose)) {
						available += balances.get(f);
					}
				}
				assertThat(available).as("refused only when the allowed funds hold too little").isLessThan(op.amount());
			}
		}
	}

	private static List<Posting.FundState> states(Map<Long, Long> balances) {
		List<Posting.FundState> states = new ArrayList<>();
		for (int f = 0; f < FUND_PURPOSES.size(); f++) {
			states.add(new Posting.FundState(f, FUND_PURPOSES.get(f), balances.get((long) f), LocalDate.of(2026, 1, 1 + f)));
		}
		return states;
	}
}
