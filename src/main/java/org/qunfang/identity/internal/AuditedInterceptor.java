package org.qunfang.identity.internal;

import java.lang.reflect.Method;
import java.util.Optional;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.audit.AuditWriter;
import org.qunfang.identity.audit.OperationEntry;
import org.qunfang.identity.audit.OperationEntry.Outcome;
import org.qunfang.platform.RefusalException;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the operation-log entry of each {@link Audited} call. It runs inside the use case's
 * transaction: on success the entry commits with the change; on refusal or failure it is written in a
 * transaction of its own, since the change itself rolls back.
 */
class AuditedInterceptor implements MethodInterceptor {

	private final AuditWriter writer;
	private final TransactionTemplate separate;
	private final SpelExpressionParser parser = new SpelExpressionParser();
	private final DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	AuditedInterceptor(AuditWriter writer, TransactionTemplate template) {
		this.writer = writer;
		this.separate = new TransactionTemplate(template.getTransactionManager());
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Method method = invocation.getMethod();
		Audited audited = AnnotatedElementUtils.findMergedAnnotation(method, Audited.class);
		if (audited == null && invocation.getThis() != null) {
			audited = AnnotatedElementUtils.findMergedAnnotation(
					invocation.getThis().getClass().getMethod(method.getName(), method.getParameterTypes()), Audited.class);
		}
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (RefusalException refused) {
			Audited a = audited;
			separate.executeWithoutResult(s -> writer.operation(entry(a, invocation, null, Outcome.REFUSED,
					refused.messageKey())));
			throw refused;
		}
		catch (RuntimeException failed) {
			Audited a = audited;
			separate.executeWithoutResult(s -> writer.operation(entry(a, invocation, null, Outcome.FAILED,
					failed.getClass().getSimpleName())));
			throw failed;
		}
		writer.operation(entry(audited, invocation, result, Outcome.SUCCESS, null));
		return result;
	}

	private OperationEntry entry(Audited audited, MethodInvocation invocation, Object result, Outcome outcome,
			String detail) {
		Optional<Caller> caller = CallerContext.current();
		String targetId = outcome == Outcome.SUCCESS || !audited.targetId().contains("#result")
				? targetId(audited, invocation, result) : null;
		return new OperationEntry(caller.map(c -> c.jurisdiction().countyId()).orElse(null),
				caller.map(Caller::userId).orElse(null), caller.map(Caller::username).orElse("system"),
				audited.value(), audited.target().isEmpty() ? null : audited.target(), targetId,
				caller.map(Caller::homePath).orElse(null), outcome, detail,
				CallerContext.clientAddress());
	}

	private String targetId(Audited audited, MethodInvocation invocation, Object result) {
		if (audited.targetId().isEmpty()) {
			return null;
		}
		MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, invocation.getMethod(),
				invocation.getArguments(), names);
		context.setVariable("result", result);
		Object value = parser.parseExpression(audited.targetId()).getValue(context);
		return value == null ? null : value.toString();
	}
}
