package org.qunfang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qunfang.cases.register.CaseFile;
import org.qunfang.cases.register.CaseStatus;
import org.qunfang.cases.register.StepKind;
import org.qunfang.platform.DomainException;

/** The rules of a case's handling, without Spring or a database. */
class CaseFileTest {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private static CaseFile registered() {
		return new CaseFile(1, 10, 20, "/10/30/20/", CaseStatus.REGISTERED, 100, "治保会", 0, 0);
	}

	@Test
	void aCaseIsNotResolvedWithoutAHandlingStep() {
		CaseFile file = registered();
		assertThatThrownBy(() -> file.resolve("调解成功", NOW)).isInstanceOf(DomainException.class)
			.hasMessageContaining("error.case.resolve-unhandled");
		assertThat(file.status()).isEqualTo(CaseStatus.REGISTERED);
		assertThat(file.pendingSteps()).isEmpty();

		file.handle("走访当事人", NOW);
		assertThat(file.status()).isEqualTo(CaseStatus.HANDLING);
		file.resolve("调解成功，赔偿到位", NOW);
		assertThat(file.status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(file.pendingSteps()).extracting(CaseFile.Step::kind).containsExactly(StepKind.HANDLING, StepKind.RESOLVED);
	}

	@Test
	void aResolutionSaysHowAndAStepSaysWhat() {
		CaseFile file = registered();
		assertThatThrownBy(() -> file.handle("  ", NOW)).hasMessageContaining("error.case.step-note");
		file.handle("到场查看", NOW);
		assertThatThrownBy(() -> file.resolve(null, NOW)).hasMessageContaining("error.case.outcome");
		assertThat(file.status()).isEqualTo(CaseStatus.HANDLING);
	}

	@Test
	void aTransferNeedsAReasonAndKeepsExactlyOneOwner() {
		CaseFile file = registered();
		assertThatThrownBy(() -> file.transfer(200, "调委会", "", NOW)).hasMessageContaining("error.case.transfer-reason");
		assertThatThrownBy(() -> file.transfer(100, "治保会", "换人", NOW)).hasMessageContaining("error.case.transfer-same");
		assertThat(file.ownerOrgId()).isEqualTo(100);

		file.transfer(200, "调委会", "属于民间纠纷，由调委会调解", NOW);
		assertThat(file.ownerOrgId()).isEqualTo(200);
		assertThat(file.ownerOrgName()).isEqualTo("调委会");
		CaseFile.Step step = file.pendingSteps().getFirst();
		assertThat(step.kind()).isEqualTo(StepKind.TRANSFERRED);
		assertThat(step.fromOrgId()).isEqualTo(100);
		assertThat(step.toOrgId()).isEqualTo(200);
		assertThat(step.note()).contains("民间纠纷");
	}

	@Test
	void aReferralNamesTheAuthorityAndTheReason() {
		CaseFile file = registered();
		assertThatThrownBy(() -> file.refer("", "涉嫌刑事犯罪", NOW)).hasMessageContaining("error.case.referred-to");
		assertThatThrownBy(() -> file.refer("桃源派出所", " ", NOW)).hasMessageContaining("error.case.referral-reason");
		file.refer("桃源派出所", "涉嫌刑事犯罪", NOW);
		assertThat(file.status()).isEqualTo(CaseStatus.REFERRED);
		assertThat(file.pendingSteps().getFirst().referredTo()).isEqualTo("桃源派出所");
	}

	@Test
	void closingWithoutResolutionIsHonestAboutWhy() {
		CaseFile file = registered();
		assertThatThrownBy(() -> file.closeUnresolved(null, NOW)).hasMessageContaining("error.case.close-reason");
		file.closeUnresolved("报案人撤回，无法联系", NOW);
		assertThat(file.status()).isEqualTo(CaseStatus.CLOSED_UNRESOLVED);
	}

	@Test
	void anEndedCaseTakesNoMoreSteps() {
		CaseFile file = registered();
		file.handle("处理", NOW);
		file.resolve("已解决", NOW);
		assertThatThrownBy(() -> file.handle("再处理", NOW)).hasMessageContaining("error.case.ended");
		assertThatThrownBy(() -> file.transfer(200, "调委会", "转", NOW)).hasMessageContaining("error.case.ended");
		assertThatThrownBy(() -> file.closeUnresolved("关", NOW)).hasMessageContaining("error.case.ended");
		assertThat(file.pendingSteps()).hasSize(2);
	}
}
