package org.qunfang.identity.audit;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar qunfang.jar --verify-audit}: verifies both logs against the configured database,
 * prints one line per chain and exits with 0 when both are intact, 1 otherwise.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	private final ChainVerifier verifier;
	private final ApplicationContext context;

	AuditVerifyCommand(ChainVerifier verifier, ApplicationContext context) {
		this.verifier = verifier;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("verify-audit")) {
			return;
		}
		List<ChainVerification> results = verifier.verifyAll();
		results.forEach(r -> System.out.println(r.intact()
				? "INTACT  " + r.chain() + ": " + r.checkedRows() + " rows verified, " + r.unsealedRows() + " not sealed yet"
				: "BROKEN  " + r.chain() + ": " + r.problem() + " at seq " + r.brokenAtSeq() + " (after "
						+ r.checkedRows() + " good rows)"));
		boolean intact = results.stream().allMatch(ChainVerification::intact);
		int code = SpringApplication.exit(context, (ExitCodeGenerator) () -> intact ? 0 : 1);
		System.exit(code);
	}
}
